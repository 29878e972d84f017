"""The DuckLake store (catalog in this machine's PostgreSQL, data as Parquet files).

Needs PostgreSQL at 127.0.0.1:5432: skipped without it, failed without it on CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from airflow_procs import PG_HOST, PG_USER, postgres_database

from pipeline import ducklake, store
from pipeline.config import load_feeds
from pipeline.ingest import plan_run, process_feeds, run_ingest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
# The loaders wait for this moment so both are inside their write transactions at once.
START_DELAY_SECONDS = 4.0


@pytest.fixture
def lake(tmp_path: Path) -> Iterator[str]:
    """A DuckLake store URL on a fresh PostgreSQL database (dropped afterwards)."""
    with postgres_database("newsmon_ducklake_test") as name:
        yield f"ducklake:postgres:dbname={name} host={PG_HOST} user={PG_USER}?data_path={tmp_path / 'lake'}"


def articles(db: str) -> list[tuple[str, str, int | None]]:
    with store.connect(db, read_only=True) as conn:
        return [
            (r[0], r[1], r[2])
            for r in conn.exec_driver_sql(
                "SELECT canonical_url, text_hash, story_id FROM articles ORDER BY canonical_url"
            )
        ]


def test_url_form_and_translation() -> None:
    catalog, data_path = ducklake.parse_url("ducklake:postgres:dbname=x host=h?data_path=/srv/lake")
    assert (catalog, data_path) == ("postgres:dbname=x host=h", "/srv/lake/")
    with pytest.raises(ducklake.DuckLakeURLError):
        ducklake.parse_url("ducklake:postgres:dbname=x?datapath=/srv/lake")
    sql = (
        "CREATE TABLE t (a BIGINT PRIMARY KEY, b VARCHAR NOT NULL UNIQUE, "
        "c INTEGER NOT NULL DEFAULT 0 CHECK (c >= 0 AND (c < 10)), "
        "d BIGINT NOT NULL REFERENCES t (a),\n PRIMARY KEY (a, b))"
    )
    assert ducklake.translate_ddl(sql) == (
        "CREATE TABLE t (a BIGINT, b VARCHAR NOT NULL, c INTEGER NOT NULL DEFAULT 0, d BIGINT NOT NULL)"
    )


def test_ingest_into_ducklake_matches_the_duckdb_file(
    lake: str, feeds_file: Path, tmp_path: Path
) -> None:
    result = run_ingest(feeds_file, lake)
    assert result.counts["articles_new"] >= 30
    file_db = str(tmp_path / "file.duckdb")
    run_ingest(feeds_file, file_db)
    assert articles(lake) == articles(file_db)  # same articles, same stories
    assert list((tmp_path / "lake").rglob("*.parquet")), "data is Parquet under data_path"
    again = run_ingest(feeds_file, lake)  # a second run adds nothing
    assert again.counts.get("articles_new", 0) == 0
    assert len(articles(lake)) == len(articles(file_db))


def test_readers_do_not_wait_for_a_writer(lake: str) -> None:
    store.init_store(lake)
    with store.connect(lake) as writer:
        writer.exec_driver_sql(
            "INSERT INTO runs (run_id, started_at, status) VALUES ('open', now(), 'running')"
        )
        started = time.monotonic()
        with store.connect(lake, read_only=True, wait=0) as reader:
            seen = reader.exec_driver_sql("SELECT count(*) FROM runs").scalar()
        assert seen == 0  # the snapshot before the writer's commit
        assert time.monotonic() - started < 5
    with store.connect(lake, read_only=True) as reader:
        assert reader.exec_driver_sql("SELECT count(*) FROM runs").scalar() == 1


LOADER = """
import json, logging, sys, time
from pipeline.load import load_run
logging.basicConfig(level=logging.WARNING)
db, run_id, paths, start = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), float(sys.argv[4])
time.sleep(max(0.0, start - time.time()))
began = time.time()
counts, _ = load_run(db, run_id, paths)
print(json.dumps({"counts": counts, "began": began, "ended": time.time()}))
"""


def test_two_loaders_at_once_lose_nothing_and_store_nothing_twice(
    lake: str, feeds_file: Path, tmp_path: Path
) -> None:
    feeds = load_feeds(feeds_file)
    assert len(feeds) >= 4
    store.init_store(lake)
    works = plan_run(feeds, lake)
    # Two runs that share feeds: the shared feeds' articles are staged by both.
    first = process_feeds(works[: len(works) // 2 + 1], tmp_path / "runs" / "a", lake)
    second = process_feeds(works[len(works) // 2 - 1 :], tmp_path / "runs" / "b", lake)
    start = time.time() + START_DELAY_SECONDS
    loaders = [
        subprocess.Popen(
            [sys.executable, "-c", LOADER, lake, run_id, json.dumps(paths), str(start)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for run_id, paths in (("run-a", first), ("run-b", second))
    ]
    try:
        outputs = [p.communicate(timeout=240) for p in loaders]
    finally:
        for p in loaders:
            p.kill()
    for p, (_out, err) in zip(loaders, outputs, strict=True):
        assert p.returncode == 0, err[-3000:]
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    counts = [r["counts"] for r in reports]
    # The loads really ran at once, and the one that committed second was re-run.
    assert max(r["began"] for r in reports) < min(r["ended"] for r in reports)
    assert any("lost to a concurrent writer" in err for _, err in outputs)

    # The reference: the same staged runs loaded one after the other into a DuckDB file.
    from pipeline.load import load_run

    file_db = str(tmp_path / "serial.duckdb")
    serial = [load_run(file_db, "run-a", first)[0], load_run(file_db, "run-b", second)[0]]
    stored = articles(lake)
    assert len(stored) >= 30
    assert len({url for url, _, _ in stored}) == len(stored), "an article stored twice"
    assert stored == articles(file_db), "an article lost, or stories differ from a serial load"
    # Both loads landed, and between them they inserted each article exactly once.
    assert sum(c["articles_new"] for c in counts) == len(stored)
    assert sum(c["articles_new"] for c in serial) == len(stored)
    with store.connect(lake, read_only=True) as conn:
        runs = sorted(r[0] for r in conn.exec_driver_sql("SELECT run_id FROM runs"))
        tags = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT (article_id, region)) FROM article_regions"
        ).one()
        bands = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT (article_id, band)) FROM article_bands"
        ).one()
        feeds_rows = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT feed_id) FROM feeds"
        ).one()
        story_rows = conn.exec_driver_sql(
            "SELECT count(*), count(DISTINCT story_id) FROM stories"
        ).one()
    assert runs == ["run-a", "run-b"]
    for total, distinct in (tags, bands, feeds_rows, story_rows):
        assert total == distinct > 0
    assert feeds_rows[0] == len(feeds)


def test_a_bad_url_is_a_store_error() -> None:
    with pytest.raises(store.StoreError):
        store.make_engine("ducklake:?data_path=/x")
