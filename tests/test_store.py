import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import store

# The public contract of DESIGN.md: these relations with (at least) these columns.
DESIGN_SCHEMA = {
    "feeds": {
        "feed_id",
        "url",
        "name",
        "etag",
        "last_modified",
        "last_ok_at",
        "consecutive_failures",
    },
    "articles": {
        "article_id",
        "url",
        "canonical_url",
        "source_domain",
        "feed_id",
        "title",
        "text",
        "author",
        "published_at",
        "fetched_at",
        "language",
        "story_id",
        "is_canonical",
    },
    "stories": {"story_id", "canonical_article_id", "title", "first_seen_at", "copies", "outlets"},
    "article_regions": {"article_id", "region", "score", "evidence"},
    "article_topics": {"article_id", "topic", "score", "evidence"},
    "alerts": {"alert_id", "story_id", "rule", "channel", "status", "created_at", "sent_at"},
    "runs": {"run_id", "started_at", "finished_at", "counts", "errors"},
}


def columns(db: str) -> dict[str, set[str]]:
    with store.connect(db, read_only=True) as conn:
        rows = conn.exec_driver_sql(
            "SELECT table_name, column_name FROM information_schema.columns"
        ).fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def test_migrations_create_the_design_schema_once(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    applied = store.init_store(db)
    assert applied == sorted(p.name for p in store.MIGRATIONS_DIR.glob("*.sql"))
    found = columns(db)
    for table, wanted in DESIGN_SCHEMA.items():
        assert wanted <= found.get(table, set()), (table, wanted - found.get(table, set()))
    assert store.init_store(db) == []  # nothing pending the second time
    with store.connect(db, read_only=True) as conn:
        recorded = [r[0] for r in conn.exec_driver_sql("SELECT version FROM schema_migrations")]
    assert recorded == sorted(recorded) and len(recorded) == len(applied)


def test_constraints_hold(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        with store.connect(db) as conn:
            conn.exec_driver_sql(
                "INSERT INTO feeds (feed_id, url, name) VALUES ('a', 'https://x/1', 'A'), ('a', 'https://x/2', 'B')"
            )
    with store.connect(db, read_only=True) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM feeds").scalar() == 0


def test_article_bands_migration_keeps_rows_and_drops_the_in_memory_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store made before 0004 keeps its band rows; the table ends with no key or index
    (their ART indexes cost memory in every load, growing with the store), and 0005 puts
    the rows it finds in batch 0 and adds each article's exact-copy key (band -1)."""
    import shutil

    old = tmp_path / "migrations"
    old.mkdir()
    for path in sorted(store.MIGRATIONS_DIR.glob("*.sql"))[:3]:
        shutil.copy(path, old)
    db = str(tmp_path / "s.duckdb")
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS_DIR", old)
        store.init_store(db)
    with store.connect(db) as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (article_id, url, canonical_url, source_domain, fetched_at,"
            " text, text_hash, run_id) VALUES (7, 'u', 'u', 'd', now(), 't', 'a1b2', 'r')"
        )
        conn.exec_driver_sql("INSERT INTO article_bands VALUES (7, 0, 11), (7, 1, 12)")
    assert store.init_store(db) == [
        "0004_article_bands_unkeyed.sql",
        "0005_article_bands_batch.sql",
    ]
    with store.connect(db, read_only=True) as conn:
        rows = conn.exec_driver_sql("SELECT * FROM article_bands ORDER BY band").fetchall()
        keys = conn.exec_driver_sql(
            "SELECT constraint_type FROM duckdb_constraints()"
            " WHERE table_name = 'article_bands' AND constraint_type <> 'NOT NULL'"
        ).fetchall()
        indexes = conn.exec_driver_sql(
            "SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'article_bands'"
        ).scalar()
    assert rows == [(7, -1, 0xA1B2, 0), (7, 0, 11, 0), (7, 1, 12, 0)]
    assert keys == [] and indexes == 0


def test_read_only_connection_cannot_write(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    with pytest.raises(Exception, match=r"(?i)read.only"):
        with store.connect(db, read_only=True) as conn:
            conn.exec_driver_sql("DELETE FROM feeds")


def test_store_held_by_another_process_is_busy_after_bounded_wait(tmp_path: Path) -> None:
    db_file = tmp_path / "s.duckdb"
    store.init_store(str(db_file))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db_file)!r}); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(store.StoreBusy, match="held by another process"):
            with store.connect(str(db_file), read_only=True, wait=1.0):
                pass
        assert time.monotonic() - started < 10
    finally:
        holder.kill()
        holder.wait()
    with store.connect(str(db_file), read_only=True, wait=5.0) as conn:  # released: opens again
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1


def test_store_urls() -> None:
    assert store.normalize_url("x.duckdb").startswith("duckdb:////")
    assert store.normalize_url("duckdb:///:memory:") == "duckdb:///:memory:"
    with pytest.raises(store.StoreError, match="no store"):
        store.make_engine("/nonexistent/dir/s.duckdb", read_only=True)
    with pytest.raises(store.StoreError, match="unusable store URL"):
        store.make_engine("nosuchdriver://x/y")


def test_memory_limit_applies_to_store_connections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    monkeypatch.setenv("NEWSMON_DB_MEMORY_LIMIT", "300MB")
    for read_only in (False, True):
        with store.connect(db, read_only=read_only) as conn:
            limit = conn.exec_driver_sql("SELECT current_setting('memory_limit')").scalar()
        assert limit == "286.1 MiB"  # DuckDB reports 300 MB in MiB
    monkeypatch.setenv("NEWSMON_DB_MEMORY_LIMIT", "lots")
    with pytest.raises(store.StoreError, match="memory"):
        with store.connect(db, read_only=True):
            pass
