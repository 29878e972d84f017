"""Full-text search: BM25 over titles and texts, one line per story, filters, the index kept current."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection
from typer.testing import CliRunner

from pipeline import search, store
from pipeline.cli import app
from pipeline.ingest import run_dir_for, run_ingest
from pipeline.load import load_run

runner = CliRunner()


def find(db: str, text: str, **filters: object) -> list[dict[str, object]]:
    with store.connect(db, read_only=True) as conn:
        columns, rows = search.search(conn, text, **filters)  # type: ignore[arg-type]
    return [dict(zip(columns, r, strict=True)) for r in rows]


def test_one_line_per_story_best_first(demo_store: str) -> None:
    hits = find(demo_store, "glacier lake")
    assert len({h["story_id"] for h in hits}) == len(hits) >= 2
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    top = hits[0]
    assert "glacier lake" in str(top["title"]).lower()
    assert top["copies"] == 3  # the wire story's three copies fold into one line


def test_filters_region_topic_since_and_limit(demo_store: str) -> None:
    gb = find(demo_store, "rare earth", region="gilgit_baltistan", since=date(2026, 1, 1))
    assert [h["title"] for h in gb][:1] == [
        "Shigar villagers oppose gemstone and rare-earth lease to outside firm"
    ]
    assert find(demo_store, "rare earth", region="balochistan") == []
    assert all(
        str(h["published_utc"]) >= "2026-11-20"
        for h in find(demo_store, "glacier", since=date(2026, 11, 20))
    )
    assert (
        len(find(demo_store, "Karakoram"))
        > len(find(demo_store, "Karakoram", topic="cpec_china"))
        >= 1
    )
    assert len(find(demo_store, "Karakoram", limit=1)) == 1
    assert find(demo_store, "zzqqxx") == []


def test_search_command_formats_and_missing_index(demo_store: str, tmp_path: Path) -> None:
    out = runner.invoke(app, ["search", "rare earth", "--db", demo_store, "--format", "json"])
    assert out.exit_code == 0, out.output
    first = json.loads(out.stdout.splitlines()[0])
    assert "rare-earth" in first["title"] and first["url"].startswith("http")
    table = runner.invoke(app, ["search", "glacier lake", "--db", demo_store])
    assert table.exit_code == 0 and "Shishper" in table.stdout and "url" not in table.stdout
    bare = str(tmp_path / "bare.duckdb")
    store.init_store(bare)
    missing = runner.invoke(app, ["search", "x", "--db", bare])
    assert missing.exit_code == 3 and "no full-text index" in missing.output
    assert "Traceback" not in missing.output
    rebuilt = runner.invoke(app, ["search", "x", "--db", bare, "--reindex"])
    assert rebuilt.exit_code == 0, rebuilt.output


def test_index_is_current_after_each_load(feeds_file: Path, tmp_path: Path) -> None:
    """load_run rebuilds the index after its transaction: a search finds the new articles."""
    db = str(tmp_path / "s.duckdb")
    run_ingest(feeds_file, db, data_dir=tmp_path / "data")
    with store.connect(db, read_only=True) as conn:
        assert search.has_index(store.raw(conn)), "load_run must call search.refresh_search_index"
        assert search.unindexed_articles(conn) == 0
        _, rows = search.search(conn, "Shishper")
    assert rows


def test_a_retried_load_rebuilds_only_a_missing_index(
    feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data = str(tmp_path / "s.duckdb"), tmp_path / "data"
    result = run_ingest(feeds_file, db, data_dir=data)
    outcomes = sorted(str(p) for p in run_dir_for(result.run_id, data).glob("*.json"))
    assert outcomes
    rebuilds: list[int] = []
    real = search.refresh_search_index
    monkeypatch.setattr(
        search, "refresh_search_index", lambda conn: rebuilds.append(1) or real(conn)
    )
    load_run(db, result.run_id, outcomes)  # a retry of a run that landed, index current
    assert rebuilds == []

    def drop_index(conn: Connection) -> None:
        search.load_fts(store.raw(conn))
        store.raw(conn).execute("PRAGMA drop_fts_index('articles')")

    store.write(db, drop_index)
    load_run(db, result.run_id, outcomes)  # the same retry after a rebuild that never ran
    assert rebuilds == [1]
    with store.connect(db, read_only=True) as conn:
        assert search.unindexed_articles(conn) == 0
