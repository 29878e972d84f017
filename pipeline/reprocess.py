"""Re-run extract, tag and load over the raw archive, with no network.

When extraction rules, the taxonomy or dedup thresholds improve, ``newsmon reprocess``
rebuilds the store's articles from the WARC files every run kept. Into an empty store
it yields the store the original runs built; into the same store it replaces each
article's text, metadata and tags in place and rebuilds the stories they belong to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import settings, store
from pipeline.archive import read_archive
from pipeline.ingest import CHUNK_PAGES, FetchedPage, Stager, new_run_id, run_dir_for
from pipeline.load import load_run
from pipeline.stage import TAG_SCHEMA, FeedOutcome


@dataclass
class ReprocessResult:
    """What a reprocess run did."""

    run_id: str
    archives: int
    counts: dict[str, int]
    errors: list[dict[str, Any]]


def archive_files(data_dir: Path, runs: list[str] | None = None) -> list[Path]:
    """The WARC files of ``runs`` (all runs when None), oldest run first."""
    root = data_dir / "archive"
    if not root.is_dir():
        return []
    run_dirs = sorted(p for p in root.iterdir() if p.is_dir() and (runs is None or p.name in runs))
    return [f for d in run_dirs for f in sorted(d.glob("*.warc.gz"))]


def reprocess(
    db: str,
    *,
    data_dir: Path | None = None,
    runs: list[str] | None = None,
) -> ReprocessResult:
    """Rebuild articles, tags and stories in ``db`` from the archived pages of ``runs``."""
    data_dir = data_dir or settings.data_dir()
    db = store.normalize_url(db)
    files = archive_files(data_dir, runs)
    started = datetime.now(UTC)
    run_id = "reprocess-" + new_run_id(started)
    # Two passes over the archive, so that memory does not grow with it: the first finds
    # which record of each URL wins (the latest archived fetch; older ones stay in the
    # archive), the second extracts the winners, CHUNK_PAGES at a time.
    outcomes: dict[str, FeedOutcome] = {}
    latest: dict[str, tuple[int, int]] = {}  # page URL -> (file, record) of its latest fetch
    for file_no, path in enumerate(files):
        for record_no, item in enumerate(read_archive(path)):
            if item.kind != "page" or item.entry is None:
                continue
            if item.feed_id not in outcomes:
                outcomes[item.feed_id] = FeedOutcome(
                    item.feed_id,
                    item.feed_name,
                    "",
                    started.isoformat(),
                    ok=True,
                    apply_feed_state=False,
                )
            if item.response.status in range(300, 400):
                continue  # a redirect hop: the page itself is archived after it
            latest[item.entry.url] = (file_no, record_no)
    run_dir = run_dir_for(run_id, data_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    stager = Stager(list(outcomes.values()), run_dir)
    chunk: list[FetchedPage] = []
    for file_no, path in enumerate(files):
        for record_no, item in enumerate(read_archive(path)):
            if item.entry is not None and latest.get(item.entry.url) == (file_no, record_no):
                chunk.append(FetchedPage(item.entry, item.response, item.feed_name))
                if len(chunk) >= CHUNK_PAGES:
                    stager.add(chunk)
                    chunk = []
    if chunk:
        stager.add(chunk)
    paths = stager.finish()
    counts, errors = load_run(db, run_id, paths, started_at=started, replace=True)
    return ReprocessResult(run_id, len(files), counts, errors)


def _all_articles(db: str, columns: str) -> list[tuple[Any, ...]]:
    with store.connect(db, read_only=True) as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(f"SELECT {columns} FROM articles ORDER BY article_id")
        ]


def retag(db: str) -> dict[str, int]:
    """Re-tag every stored article with the current taxonomy (after it was edited)."""
    from pipeline import tag

    db = store.normalize_url(db)
    rows = []
    for article_id, title, text in _all_articles(db, "article_id, title, text"):
        for match in tag.tag(title or "", text):
            rows.append(
                {
                    "article_id": article_id,
                    "kind": match.kind,
                    "label": match.label,
                    "score": match.score,
                    "evidence": json.dumps(list(match.evidence), ensure_ascii=False),
                }
            )
    table = pa.Table.from_pylist(rows, schema=TAG_SCHEMA)
    with store.connect(db) as conn:
        duck = store.raw(conn)
        duck.register("new_tags", table)
        for kind, name, column in (
            ("region", "article_regions", "region"),
            ("topic", "article_topics", "topic"),
        ):
            duck.execute(f"DELETE FROM {name}")
            duck.execute(
                f"INSERT INTO {name} (article_id, {column}, score, evidence) "
                "SELECT article_id, label, score, evidence::JSON FROM new_tags WHERE kind = ?",
                [kind],
            )
        duck.unregister("new_tags")
    return {
        "articles": len({r["article_id"] for r in rows}),
        "region_tags": sum(r["kind"] == "region" for r in rows),
        "topic_tags": sum(r["kind"] == "topic" for r in rows),
    }


def recluster(db: str) -> dict[str, int]:
    """Rebuild every article's LSH bands and every story (after dedup constants changed)."""
    from pipeline import bandindex, dedup, stories

    db = store.normalize_url(db)
    articles = _all_articles(db, "article_id, text")
    band_rows: dict[str, list[int]] = {"article_id": [], "band": [], "hash": []}
    for article_id, text in articles:
        for band, value in enumerate(dedup.text_bands(text)):
            band_rows["article_id"].append(article_id)
            band_rows["band"].append(band)
            band_rows["hash"].append(value)
    bands = pa.table(
        band_rows,
        schema=pa.schema([("article_id", pa.int64()), ("band", pa.int16()), ("hash", pa.int64())]),
    )
    with store.connect(db) as conn:
        duck = store.raw(conn)
        duck.register("new_bands", bands)
        index = bandindex.BandIndex.open(duck)
        if index is not None:  # every row it holds is about to go
            index.reset()
        batch = bandindex.next_batch(duck)  # numbers go on increasing, as the index expects
        duck.execute("DELETE FROM article_bands")
        duck.execute(
            f"""
            INSERT INTO article_bands (article_id, band, hash, batch)
            SELECT article_id, band, hash, $batch FROM (
                SELECT article_id, band, hash FROM new_bands
                UNION ALL
                {dedup.exact_rows_sql("articles")}
            )
            """,
            {"batch": batch},
        )
        duck.unregister("new_bands")
        ids = [a for a, _ in articles]
        stories.dissolve(conn, ids)
        counts = stories.assign_stories(conn, ids)
        total = duck.execute("SELECT count(*) FROM stories").fetchone()
    return {"articles": len(ids), "stories": int(total[0]) if total else 0, **counts}
