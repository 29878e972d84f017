"""The whole pipeline over the demo corpus served on loopback, checked article by article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline import store
from pipeline.demo.server import Outlet
from pipeline.ingest import IngestResult, run_ingest
from pipeline.urls import canonicalize


@pytest.fixture(scope="module")
def ingested(
    corpus: list[Outlet], tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, IngestResult, dict[str, Outlet]]:
    import yaml

    from pipeline.demo.server import feeds_document

    tmp = tmp_path_factory.mktemp("integration")
    feeds = tmp / "feeds.yaml"
    feeds.write_text(yaml.safe_dump(feeds_document(corpus)), encoding="utf-8")
    db = str(tmp / "store.duckdb")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
        mp.setenv("NEWSMON_HOST_DELAY", "0")
        mp.setenv("NEWSMON_DATA_DIR", str(tmp / "data"))
        result = run_ingest(feeds, db)
    return db, result, {o.outlet_id: o for o in corpus}


def rows(db: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with store.connect(db, read_only=True) as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params).fetchall()]


def stored_articles(db: str) -> dict[str, dict[str, Any]]:
    cols = [
        "canonical_url",
        "url",
        "title",
        "text",
        "published_at",
        "language",
        "story_id",
        "outlet",
        "article_id",
    ]
    return {
        r[0]: dict(zip(cols, r, strict=True))
        for r in rows(db, f"SELECT {', '.join(cols)} FROM articles")
    }


def url_of(outlets: dict[str, Outlet], item: dict[str, Any]) -> str:
    return canonicalize(outlets[item["outlet"]].base + item["path"])


def test_every_article_is_stored_once_with_its_title_and_body(
    ingested: tuple[str, IngestResult, dict[str, Outlet]], truth: list[dict[str, Any]]
) -> None:
    db, _, outlets = ingested
    stored = stored_articles(db)
    present = [t for t in truth if not t.get("missing")]
    assert len(present) >= 30
    assert len(stored) == len(present)
    for item in present:
        article = stored.get(url_of(outlets, item))
        assert article is not None, f"not stored: {item['path']}"
        assert article["title"] == item["title"], item["path"]
        assert item["body_start"] in article["text"], item["path"]
        assert item["body_end"] in article["text"], item["path"]
        assert article["language"] == item["language"], item["path"]
        assert article["published_at"] == datetime.fromisoformat(item["published"]), item["path"]
        left = [noise for noise in item["noise"] if noise in article["text"]]
        assert not left, (item["path"], left)


def test_missing_pages_are_recorded_errors(
    ingested: tuple[str, IngestResult, dict[str, Outlet]], truth: list[dict[str, Any]]
) -> None:
    db, result, outlets = ingested
    missing = {outlets[t["outlet"]].base + t["path"] for t in truth if t.get("missing")}
    assert missing
    assert missing <= {e["url"] for e in result.errors if e["error"] == "HTTP 404"}
    (run_errors,) = rows(db, "SELECT json_array_length(errors) FROM runs")[0]
    assert run_errors == len(result.errors)


def test_watched_regions_are_tagged(
    ingested: tuple[str, IngestResult, dict[str, Outlet]], truth: list[dict[str, Any]]
) -> None:
    db, _, outlets = ingested
    tags: dict[str, set[str]] = {}
    for url, region in rows(
        db, "SELECT canonical_url, region FROM article_regions JOIN articles USING (article_id)"
    ):
        tags.setdefault(url, set()).add(region)
    watched = {"balochistan", "gilgit_baltistan"}
    for item in truth:
        if item.get("missing"):
            continue
        got = tags.get(url_of(outlets, item), set()) & watched
        assert got == watched & set(item["regions"]), item["path"]  # traps included


def test_wire_copies_share_one_story_and_independent_reports_do_not(
    ingested: tuple[str, IngestResult, dict[str, Outlet]], truth: list[dict[str, Any]]
) -> None:
    db, _, outlets = ingested
    stored = stored_articles(db)
    groups: dict[str, set[int]] = {}
    for item in truth:
        if item.get("wire_group") and not item.get("missing"):
            groups.setdefault(item["wire_group"], set()).add(
                stored[url_of(outlets, item)]["story_id"]
            )
    assert len(groups) >= 2
    for group, story_ids in groups.items():
        assert len(story_ids) == 1, group
    all_story_ids = [ids.pop() for ids in groups.values()]
    assert len(set(all_story_ids)) == len(all_story_ids)
    for story_id in all_story_ids:
        (copies, outlets_list) = rows(
            db, "SELECT copies, outlets FROM stories WHERE story_id = ?", (story_id,)
        )[0]
        assert copies >= 3 and len(outlets_list) >= 3
    # every article not in a wire group is its own story
    singles = [t for t in truth if not t.get("wire_group") and not t.get("missing")]
    single_stories = [stored[url_of(outlets, t)]["story_id"] for t in singles]
    assert len(set(single_stories)) == len(single_stories)


def test_second_ingest_adds_no_rows(
    ingested: tuple[str, IngestResult, dict[str, Outlet]], feeds_file: Path
) -> None:
    db, _, _ = ingested
    tables = ("articles", "stories", "article_regions", "article_topics", "feeds")
    before = {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    result = run_ingest(feeds_file, db)
    assert result.counts["articles_new"] == 0
    assert {t: rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in tables} == before
