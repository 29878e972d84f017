"""Airflow overhead and DuckLake write throughput, measured in one run.

1. The demo corpus (served on loopback) ingested three ways, trigger to success:
   `newsmon ingest` (CLI process), `airflow dags test` (one process, SQLite metadata),
   and a LocalExecutor deployment (PostgreSQL metadata; api-server, scheduler,
   dag-processor, triggerer; triggered through the REST API). Ratios to the CLI.
2. DuckLake (catalog in the local PostgreSQL): load throughput of one writer loading
   two staged runs one after the other vs two writer processes loading one each at
   once. The runs are the corpus's staged articles copied under new URLs (disjoint).

Usage: python benchmarks/airflow/run.py [--copies N]  (needs PostgreSQL at 127.0.0.1)
Writes benchmarks/airflow/out/results.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from airflow_procs import (  # noqa: E402  (test helpers: processes, PostgreSQL, REST API)
    PG_HOST,
    PG_USER,
    airflow_home,
    postgres_database,
    run_to_end,
    start_core,
    wait_for_api,
    wait_for_dag,
)

from pipeline.demo.server import feeds_document, serve_corpus  # noqa: E402
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
# Bounds for the deployment's phases (the machine may be shared and slow).
DEADLINE_SECONDS = 600
LOADER = """
import json, sys, time
from pipeline.load import load_run
db, start = sys.argv[1], float(sys.argv[2])
runs = json.loads(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
began = time.time()
for run_id, paths in runs:
    load_run(db, run_id, paths)
print(json.dumps({"seconds": time.time() - began}))
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=REPO)
    return time.monotonic() - started


def ingest_three_ways(feeds_file: Path, work: Path, env: dict[str, str]) -> dict[str, float]:
    bin_dir = Path(sys.executable).parent
    results = {}
    results["newsmon ingest"] = timed(
        [
            str(bin_dir / "newsmon"),
            "ingest",
            "--feeds",
            str(feeds_file),
            "--db",
            str(work / "cli.duckdb"),
        ],
        env,
    )
    home = work / "sqlite-home"
    af_env = {
        **env,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "PYTHONPATH": str(REPO),
    }
    subprocess.run(
        [str(bin_dir / "airflow"), "db", "migrate"], env=af_env, check=True, capture_output=True
    )
    conf = json.dumps({"feeds_file": str(feeds_file), "db": str(work / "dagtest.duckdb")})
    results["airflow dags test"] = timed(
        [str(bin_dir / "airflow"), "dags", "test", "news_ingest", "-c", conf], af_env
    )
    os.environ.update(env)
    with (
        postgres_database("newsmon_bench_airflow") as metadata_db,
        airflow_home(work, metadata_db, "LocalExecutor", {}) as af,
    ):
        start_core(af)
        api = wait_for_api(af, time.monotonic() + DEADLINE_SECONDS)
        wait_for_dag(api, af, "news_ingest", time.monotonic() + DEADLINE_SECONDS)
        started = time.monotonic()
        run = run_to_end(
            api,
            af,
            "news_ingest",
            {"feeds_file": str(feeds_file), "db": str(work / "local.duckdb")},
            time.monotonic() + DEADLINE_SECONDS,
        )
        results["LocalExecutor (REST trigger)"] = time.monotonic() - started
        assert run["state"] == "success", af.logs()
    return results


def synthetic_runs(staged: list[str], copies: int, work: Path) -> list[tuple[str, list[str]]]:
    """Two runs of disjoint articles: the staged corpus copied ``copies`` times each."""
    outcomes = [FeedOutcome.read(p) for p in staged]
    base = pa.concat_tables(
        pq.read_table(p, schema=ARTICLE_SCHEMA)
        for p in dict.fromkeys(o.articles_path for o in outcomes if o.articles_path)
    )
    tags = pa.concat_tables(
        pq.read_table(p, schema=TAG_SCHEMA)
        for p in dict.fromkeys(o.tags_path for o in outcomes if o.tags_path)
    )
    runs = []
    for index, name in enumerate(("w1", "w2")):
        arts, tgs = [], []
        for c in range(copies):
            # High bits make every copy's ids distinct (ids are 63-bit; copies < 2**18).
            offset = (index * copies + c + 1) << 44
            ids = pa.array([i ^ offset for i in base["article_id"].to_pylist()], pa.int64())
            urls = pa.array([f"{u}#{name}-{c}" for u in base["canonical_url"].to_pylist()])
            arts.append(base.set_column(0, "article_id", ids).set_column(2, "canonical_url", urls))
            tag_ids = pa.array([i ^ offset for i in tags["article_id"].to_pylist()], pa.int64())
            tgs.append(tags.set_column(0, "article_id", tag_ids))
        run_dir = work / "synthetic" / name
        run_dir.mkdir(parents=True)
        pq.write_table(pa.concat_tables(arts), run_dir / "all.articles.parquet")
        pq.write_table(pa.concat_tables(tgs), run_dir / "all.tags.parquet")
        outcome = FeedOutcome(
            "bench", "bench", "http://bench.invalid/", "2026-01-01T00:00:00+00:00", ok=True
        )
        outcome.articles_path = str(run_dir / "all.articles.parquet")
        outcome.tags_path = str(run_dir / "all.tags.parquet")
        outcome.apply_feed_state = False
        runs.append((name, [str(outcome.write(run_dir))]))
    return runs


def loaders(db: str, groups: list[list[tuple[str, list[str]]]], env: dict[str, str]) -> float:
    start = time.time() + 5  # every loader imported and waiting before the clock starts
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", LOADER, db, str(start), json.dumps(g)],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for g in groups
    ]
    try:
        outs = [p.communicate(timeout=DEADLINE_SECONDS)[0] for p in procs]
    finally:
        for p in procs:
            p.kill()
    assert all(p.returncode == 0 for p in procs)
    # DuckDB writes its progress bar ("100% ▕███▏ ...") to stdout too, sometimes after
    # the result line: pick the result out of the output, not its last line.
    return max(float(re.findall(r'\{"seconds": ([^}]*)\}', o)[-1]) for o in outs)


def ducklake_writers(
    feeds_file: Path, work: Path, env: dict[str, str], copies: int
) -> dict[str, Any]:
    from pipeline.config import load_feeds
    from pipeline.ingest import plan_run, process_feeds

    scratch = str(work / "scratch.duckdb")
    staged = process_feeds(
        plan_run(load_feeds(feeds_file), scratch), work / "runs" / "corpus", scratch
    )
    runs = synthetic_runs(staged, copies, work)
    articles = sum(
        pq.read_metadata(str(FeedOutcome.read(paths[0]).articles_path)).num_rows
        for _, paths in runs
    )
    result: dict[str, Any] = {"articles": articles}
    for label, groups in (("one writer", [runs]), ("two writers", [[runs[0]], [runs[1]]])):
        with postgres_database("newsmon_bench_lake") as name:
            db = f"ducklake:postgres:dbname={name} host={PG_HOST} user={PG_USER}?data_path={work / label.replace(' ', '-')}"
            from pipeline import store

            store.init_store(db)
            seconds = loaders(db, groups, env)
            with store.connect(db, read_only=True) as conn:
                stored = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
        assert stored == articles, (label, stored, articles)
        result[label] = seconds
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50, help="corpus copies per DuckLake run")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    env = {**os.environ, "NEWSMON_ALLOW_PRIVATE_NETWORKS": "1", "NEWSMON_HOST_DELAY": "0"}
    with (
        tempfile.TemporaryDirectory(prefix="newsmon-bench-airflow-") as tmp,
        serve_corpus() as outlets,
    ):
        work = Path(tmp)
        env["NEWSMON_DATA_DIR"] = str(work / "data")
        os.environ.update(env)
        feeds_file = work / "feeds.yaml"
        feeds_file.write_text(yaml.safe_dump(feeds_document(outlets)), encoding="utf-8")
        lake = ducklake_writers(feeds_file, work, env, args.copies)
        ingest = ingest_three_ways(feeds_file, work, env)
    machine = {
        "uname": " ".join(platform.uname()),
        "nproc": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "loadavg_at_end": os.getloadavg(),
    }
    (OUT / "results.json").write_text(
        json.dumps({"machine": machine, "ingest": ingest, "ducklake": lake}, indent=1)
    )
    cli = ingest["newsmon ingest"]
    print(f"machine: {machine}")
    print("| way | seconds | × newsmon ingest |\n| --- | ---: | ---: |")
    for way, seconds in ingest.items():
        print(f"| {way} | {seconds:.1f} | {seconds / cli:.2f} |")
    n = lake["articles"]
    print(
        f"\nDuckLake, {n} articles in two disjoint runs:\n| writers | seconds | articles/s |\n| --- | ---: | ---: |"
    )
    for label in ("one writer", "two writers"):
        print(f"| {label} | {lake[label]:.1f} | {n / lake[label]:.0f} |")


if __name__ == "__main__":
    main()
