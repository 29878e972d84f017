"""The ingest run against a real local HTTP server: bad input affects that item only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from pipeline import store
from pipeline.config import ConfigError
from pipeline.ingest import run_ingest

PARAS = [
    "Officials in Quetta said on Monday that the provincial water authority would dig forty new tube wells "
    "across the city before the summer, after a winter of queues at public taps.",
    "The chief engineer told reporters that groundwater in the valley had fallen by more than two metres a "
    "year and that the city needed surface water from a dam to keep up with demand.",
    "Residents of the eastern suburbs said tanker prices had doubled since October and that many families "
    "now spend a fifth of their income on water bought by the can.",
]


def page(title: str, paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Test Daily'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright Test Daily</footer></body></html>"
    )


def rss(server: HTTPServer, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>{p}</title><link>{server.url_for(p)}</link></item>" for p in paths
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>T</title>"
        f"{items}</channel></rss>"
    )


def feeds_yaml(tmp_path: Path, urls: dict[str, str]) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n" + "".join(f"  - name: {n}\n    url: {u}\n" for n, u in urls.items()),
        encoding="utf-8",
    )
    return path


def counts(db: str) -> dict[str, int]:
    with store.connect(db, read_only=True) as conn:
        return {
            t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0
            for t in ("articles", "stories", "article_regions", "article_topics", "feeds", "runs")
        }


def test_bad_feeds_and_pages_are_recorded_and_the_run_goes_on(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/good.xml").respond_with_data(
        rss(httpserver, ["/a", "/cp1252", "/gone", "/broken", "/pdf"]),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/a").respond_with_data(
        page("Quetta water queues"), content_type="text/html"
    )
    cp1252 = page("Café owners in Gwadar – a “new” harbour").encode("cp1252")
    httpserver.expect_request("/cp1252").respond_with_data(
        cp1252, content_type="text/html; charset=windows-1252"
    )
    httpserver.expect_request("/gone").respond_with_data("gone", status=410)
    httpserver.expect_request("/broken").respond_with_data(
        b"\xff\xfe\x00<<<\x80", content_type="text/html"
    )
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    httpserver.expect_request("/500.xml").respond_with_data("oops", status=500)
    httpserver.expect_request("/html.xml").respond_with_data(page("Home"), content_type="text/html")
    feeds = feeds_yaml(
        tmp_path,
        {
            "Good": httpserver.url_for("/good.xml"),
            "Server error": httpserver.url_for("/500.xml"),
            "Not a feed": httpserver.url_for("/html.xml"),
            "Nobody home": "http://127.0.0.1:9/feed.xml",
        },
    )
    db = str(tmp_path / "s.duckdb")
    result = run_ingest(feeds, db)

    by_url = {e["url"]: e for e in result.errors}
    assert by_url[httpserver.url_for("/500.xml")]["error"] == "HTTP 500"
    assert (
        "not a valid feed" in by_url[httpserver.url_for("/html.xml")]["error"]
        or "not an RSS" in by_url[httpserver.url_for("/html.xml")]["error"]
    )
    assert by_url["http://127.0.0.1:9/feed.xml"]["stage"] == "feed"
    assert by_url[httpserver.url_for("/gone")]["error"] == "HTTP 410"
    assert "not an HTML page" in by_url[httpserver.url_for("/pdf")]["error"]
    assert result.counts["feeds_failed"] == 3

    with store.connect(db, read_only=True) as conn:
        titles = dict(conn.exec_driver_sql("SELECT url, title FROM articles").fetchall())
        health = dict(
            conn.exec_driver_sql("SELECT name, consecutive_failures FROM feeds").fetchall()
        )
        run_errors = conn.exec_driver_sql("SELECT errors FROM runs").scalar()
    assert titles[httpserver.url_for("/a")] == "Quetta water queues"
    assert titles[httpserver.url_for("/cp1252")] == "Café owners in Gwadar – a “new” harbour"
    assert health == {"Good": 0, "Server error": 1, "Not a feed": 1, "Nobody home": 1}
    recorded = run_errors if isinstance(run_errors, list) else json.loads(run_errors)
    assert len(recorded) == len(result.errors)

    # Second run: nothing new, failures counted again, stored pages not fetched again.
    before = counts(db)
    page_hits = sum(1 for req, _ in httpserver.log if req.path == "/a")
    run_ingest(feeds, db)
    after = counts(db)
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }
    assert sum(1 for req, _ in httpserver.log if req.path == "/a") == page_hits
    with store.connect(db, read_only=True) as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT consecutive_failures FROM feeds WHERE name = 'Server error'"
            ).scalar()
            == 2
        )


def test_conditional_get_uses_stored_validators(httpserver: HTTPServer, tmp_path: Path) -> None:
    body = rss(httpserver, ["/a"])
    httpserver.expect_request("/f.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    httpserver.expect_request("/f.xml").respond_with_data(
        body, headers={"ETag": '"v1"'}, content_type="application/rss+xml"
    )
    httpserver.expect_request("/a").respond_with_data(
        page("Quetta water queues"), content_type="text/html"
    )
    feeds = feeds_yaml(tmp_path, {"F": httpserver.url_for("/f.xml")})
    db = str(tmp_path / "s.duckdb")
    assert run_ingest(feeds, db).counts["articles_new"] == 1
    second = run_ingest(feeds, db)
    assert second.counts.get("not_modified") == 1
    assert second.counts["articles_new"] == 0


def test_private_addresses_refused_without_permission(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/f.xml").respond_with_data(rss(httpserver, ["/a"]))
    monkeypatch.delenv("NEWSMON_ALLOW_PRIVATE_NETWORKS")
    db = str(tmp_path / "s.duckdb")
    result = run_ingest(feeds_yaml(tmp_path, {"F": httpserver.url_for("/f.xml")}), db)
    assert "non-public address" in result.errors[0]["error"]
    assert not httpserver.log  # nothing was requested
    assert counts(db)["articles"] == 0


def test_bad_config_fails_before_anything_runs(tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: X\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"feeds\.0\.url"):
        run_ingest(bad, str(tmp_path / "s.duckdb"))
    assert not (tmp_path / "s.duckdb").exists()


def snapshot(db: str) -> dict[str, list[tuple[object, ...]]]:
    """Everything a load writes, in a comparable order."""
    queries = {
        "articles": "SELECT article_id, canonical_url, story_id, is_canonical, run_id FROM articles",
        "stories": "SELECT * FROM stories",
        "regions": "SELECT article_id, region, score FROM article_regions",
        "topics": "SELECT article_id, topic, score FROM article_topics",
        "bands": "SELECT article_id, band, hash FROM article_bands",
        "feeds": "SELECT feed_id, etag, body_hash, entries_seen FROM feeds",
    }
    with store.connect(db, read_only=True) as conn:
        return {
            name: sorted(conn.exec_driver_sql(sql).fetchall(), key=repr)
            for name, sql in queries.items()
        }


def test_a_load_in_small_batches_resumed_after_a_crash_equals_one_batch(
    feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are short transactions of their own: a load that stopped half-way and was
    run again leaves the store, and the run's counts, as one uninterrupted load does."""
    from pipeline import load, stories
    from pipeline.config import load_feeds
    from pipeline.ingest import plan_run, process_feeds

    scratch = str(tmp_path / "scratch.duckdb")
    staged = process_feeds(plan_run(load_feeds(feeds_file), scratch), tmp_path / "run", scratch)
    whole, batched = str(tmp_path / "whole.duckdb"), str(tmp_path / "batched.duckdb")
    expected, _ = load.load_run(whole, "run-1", staged)
    assert expected["articles_new"] >= 30 and expected["copies_joined"] > 0

    monkeypatch.setattr(load, "LOAD_BATCH_ARTICLES", 4)
    assign, calls = stories.assign_stories, []

    def crash_in_third_batch(conn: object, ids: list[int], index: object = None) -> object:
        calls.append(len(ids))
        if len(calls) == 3:
            raise RuntimeError("killed")
        return assign(conn, ids, index)  # type: ignore[arg-type]

    monkeypatch.setattr(stories, "assign_stories", crash_in_third_batch)
    with pytest.raises(RuntimeError, match="killed"):
        load.load_run(batched, "run-1", staged)
    with store.connect(batched, read_only=True) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 8
        assert conn.exec_driver_sql("SELECT count(*) FROM runs").scalar() == 0
    got, _ = load.load_run(batched, "run-1", staged)  # run again: resumes

    # three calls before the crash, then one per batch of 4 (the first two load nothing)
    assert len(calls) == 3 + -(-expected["articles_new"] // 4)
    assert got == expected
    assert snapshot(batched) == snapshot(whole)
