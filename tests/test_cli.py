"""The `newsmon` command as users type it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

NEWSMON = str(Path(sys.executable).with_name("newsmon"))
runner = CliRunner()


def test_ingest_then_query_in_every_format(feeds_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", "--feeds", str(feeds_file), "--db", db])
    assert result.exit_code == 0, result.output
    assert "new articles" in result.output

    as_json = runner.invoke(
        app, ["query", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "json"]
    )
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout.strip())["n"] >= 30

    as_csv = runner.invoke(
        app,
        [
            "query",
            "SELECT region, count(*) AS n FROM article_regions GROUP BY 1 ORDER BY 1",
            "--db",
            db,
            "--format",
            "csv",
        ],
    )
    assert as_csv.stdout.splitlines()[0] == "region,n"
    assert any(line.startswith("balochistan,") for line in as_csv.stdout.splitlines())

    with_param = runner.invoke(
        app,
        [
            "query",
            "SELECT count(*) AS n FROM article_regions WHERE region = :r",
            "--db",
            db,
            "-p",
            "r=gilgit_baltistan",
            "--format",
            "json",
        ],
    )
    assert json.loads(with_param.stdout)["n"] >= 1


def test_query_is_read_only_and_errors_are_clear(feeds_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    assert runner.invoke(app, ["ingest", "--feeds", str(feeds_file), "--db", db]).exit_code == 0
    delete = runner.invoke(app, ["query", "DELETE FROM articles", "--db", db])
    assert delete.exit_code != 0
    assert "read-only" in delete.output.lower() or "read only" in delete.output.lower()
    bad = runner.invoke(app, ["query", "SELECT nope FROM articles", "--db", db])
    assert bad.exit_code == 2
    assert "SQL error" in bad.output and "Traceback" not in bad.output
    none = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "absent.duckdb")])
    assert none.exit_code == 3 and "no store" in none.output


def test_ingest_with_a_bad_feeds_file_exits_non_zero_with_one_message(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: https://x.example/f\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--feeds", str(bad), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2
    assert "line 2" in result.output and "feeds.0.name" in result.output
    assert "Traceback" not in result.output


def test_demo_command_end_to_end(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSMON_")}
    out = subprocess.run(
        [NEWSMON, "demo", "--data-dir", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    summary = out.stdout
    counts = summary.split("articles,")[0].split()[-1]
    assert int(counts) >= 30
    assert "region tags" in summary and " 0 region tags" not in summary
    assert "balochistan" in summary and "gilgit_baltistan" in summary
    assert (tmp_path / "demo" / "demo.duckdb").exists()


def test_ingest_log_json_and_summary_json(feeds_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NEWSMON_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [
            NEWSMON,
            "ingest",
            "--feeds",
            str(feeds_file),
            "--db",
            str(tmp_path / "s.duckdb"),
            "--log-json",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["counts"]["articles_new"] >= 30
    events = [json.loads(line) for line in out.stderr.splitlines() if line.startswith("{")]
    kinds = {e.get("event") for e in events}
    assert {"feed", "page_error", "run"} <= kinds
    assert all({"time", "level", "message"} <= e.keys() for e in events)


def test_query_file_params_parquet_and_bad_param(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from pipeline import store

    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    sql = tmp_path / "q.sql"
    sql.write_text("-- a comment\nSELECT :n::INTEGER + 1 AS m, 'x' AS s", encoding="utf-8")
    out = tmp_path / "q.parquet"
    args = ["query", "--db", db, "--file", str(sql), "-p", "n=41", "--format", "parquet"]
    assert runner.invoke(app, args).exit_code == 2  # parquet needs --out
    done = runner.invoke(app, [*args, "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert pq.read_table(out).to_pylist() == [{"m": 42, "s": "x"}]
    bad = runner.invoke(app, ["query", "--db", db, "SELECT 1", "-p", "novalue"])
    assert bad.exit_code == 2 and "NAME=VALUE" in bad.output


def test_query_says_store_busy_while_a_loader_holds_it(tmp_path: Path) -> None:
    from pipeline import store

    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True);"
            " time.sleep(60)",
            db,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        busy = runner.invoke(app, ["query", "--db", db, "SELECT 1", "--wait", "1"])
    finally:
        holder.kill()
        holder.wait()
    assert busy.exit_code == 4
    assert "store busy" in busy.output and "Traceback" not in busy.output
    assert runner.invoke(app, ["query", "--db", db, "SELECT 1", "--wait", "5"]).exit_code == 0


def test_query_table_prints_brackets_in_values_as_they_are(tmp_path: Path) -> None:
    """A title such as "[VIDEO] Floods" is data: the table must not read it as markup."""
    from pipeline import store

    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    sql = "SELECT '[VIDEO] Floods in [bold]Quetta' AS \"[title]\", 'in [place] said' AS cue"
    done = runner.invoke(app, ["query", "--db", db, sql], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert "[VIDEO] Floods in [bold]Quetta" in done.output
    assert "[title]" in done.output and "in [place] said" in done.output
    failed = runner.invoke(app, ["query", "--db", db, 'SELECT * FROM "[nope]"'])
    assert failed.exit_code != 0 and "[nope]" in failed.output
