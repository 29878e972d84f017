"""The views and the example-query library: every query runs, and the docs show its real output."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import store, views
from pipeline.cli import run_query
from scripts.render_queries import (
    DOCUMENTS,
    load_queries,
    output_block,
    shown_outputs,
)

PUBLIC_VIEWS = {"coverage_daily", "story_outlets", "latest_stories", "feed_health"}


def test_library_has_ten_commented_queries() -> None:
    queries = load_queries()
    assert len(queries) >= 10
    for q in queries:
        assert q.sql.startswith("--"), (
            f"{q.path.name} must open with a comment saying what it answers"
        )
        assert len(q.description) > 40, q.path.name


def test_every_view_file_is_one_create_or_replace_view() -> None:
    names = set()
    for path in views.view_files():
        sql = path.read_text(encoding="utf-8")
        assert f"CREATE OR REPLACE VIEW {path.stem} AS" in sql, path.name
        names.add(path.stem)
    assert names == PUBLIC_VIEWS


def test_views_agree_with_the_tables(demo_store: str) -> None:
    _, by_view = run_query(
        demo_store,
        "SELECT region, sum(articles) FROM coverage_daily GROUP BY region ORDER BY region",
    )
    _, by_table = run_query(
        demo_store, "SELECT region, count(*) FROM article_regions GROUP BY region ORDER BY region"
    )
    assert by_view == by_table and len(by_view) >= 5
    _, pickups = run_query(
        demo_store,
        "SELECT s.copies, count(*), min(o.pickup_order), max(o.pickup_order), min(o.lag)"
        " FROM story_outlets o JOIN stories s USING (story_id) WHERE s.copies > 1"
        " GROUP BY s.story_id, s.copies",
    )
    assert pickups, "the demo corpus has syndicated stories"
    for copies, outlets, first, last, lag in pickups:
        assert (outlets, first, last) == (copies, 1, copies) and lag.total_seconds() == 0
    _, latest = run_query(
        demo_store,
        "SELECT region, list(published_at ORDER BY rank_in_region) FROM latest_stories GROUP BY 1",
    )
    for region, times in latest:
        assert times == sorted(times, reverse=True), region
    _, health = run_query(demo_store, "SELECT DISTINCT health FROM feed_health")
    assert health == [("ok",)]


def test_a_changed_view_file_replaces_the_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    (tmp_path / "views").mkdir()
    monkeypatch.setattr(views, "VIEWS_DIR", tmp_path / "views")
    path = tmp_path / "views" / "answer.sql"
    path.write_text("CREATE OR REPLACE VIEW answer AS SELECT 41 AS n", encoding="utf-8")
    assert store.write(db, views.apply_views) == ["answer"]
    path.write_text("CREATE OR REPLACE VIEW answer AS SELECT 42 AS n", encoding="utf-8")
    store.write(db, views.apply_views)
    assert run_query(db, "SELECT n FROM answer") == (["n"], [(42,)])


def test_migrating_a_new_store_creates_the_views(tmp_path: Path) -> None:
    """store.migrate ends with views.apply_views: a new store has every public view."""
    db = str(tmp_path / "s.duckdb")
    store.init_store(db)
    _, rows = run_query(db, "SELECT view_name FROM duckdb_views() WHERE NOT internal")
    assert {r[0] for r in rows} >= PUBLIC_VIEWS, "store.migrate must call views.apply_views(conn)"


@pytest.mark.parametrize("query", load_queries(), ids=lambda q: q.name)
def test_documented_output_matches_the_query(demo_store: str, query: object) -> None:
    from scripts.render_queries import Query

    assert isinstance(query, Query)
    actual = output_block(demo_store, query)
    assert actual.count("\n") >= 2, f"{query.name} returns nothing on the demo store"
    shown = [
        (doc.name, blocks[query.name])
        for doc in DOCUMENTS
        if doc.exists() and query.name in (blocks := shown_outputs(doc.read_text("utf-8")))
    ]
    assert shown, f"no <!-- query:{query.name} --> block in README.md"
    for name, text in shown:
        assert text == actual, (
            f"{name} shows stale output for {query.name}: run scripts/render_queries.py"
        )
