"""One ingest run: plan -> per feed (discover, fetch, extract, tag, stage) -> load.

``newsmon ingest`` calls :func:`run_ingest`; the Airflow DAG calls :func:`plan_run`,
:func:`process_feeds` (one mapped task per feed) and :func:`pipeline.load.load_run`
as separate tasks. There is one implementation of each step.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline import dedup, extract, settings, store, tag, urls
from pipeline.archive import RunArchive
from pipeline.config import FeedConfig, load_feeds
from pipeline.discover import FeedParseError, parse_feed
from pipeline.encoding import decode_html
from pipeline.http import Fetcher, FetchError, Response
from pipeline.load import load_run
from pipeline.records import Entry, Extracted, StepError
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome, FeedWork, write_table

log = logging.getLogger(__name__)

# Threads fetching pages at once across all hosts (per-host politeness is the throttle's job).
FETCH_WORKERS = 16
PAGE_OK = range(200, 300)


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique run id: UTC timestamp plus a random suffix."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def run_dir_for(run_id: str, data_dir: Path | None = None) -> Path:
    """The staging directory of one run."""
    return (data_dir or settings.data_dir()) / "runs" / run_id


def plan_run(feeds: Iterable[FeedConfig], db: str) -> list[FeedWork]:
    """The work of one run: each enabled feed with its conditional-GET state from the store."""
    store.init_store(db)
    feeds = list(feeds)
    state: dict[str, tuple[Any, ...]] = {}
    with store.connect(db, read_only=True) as conn:
        for row in conn.exec_driver_sql(
            "SELECT feed_id, url, etag, last_modified, body_hash FROM feeds"
        ):
            state[row[0]] = tuple(row[1:])
    work = []
    for feed in feeds:
        url = str(feed.url)
        prior = state.get(feed.feed_id)
        # A feed whose URL changed starts over: its old validators belong to another document.
        etag, last_modified, body_hash = prior[1:] if prior and prior[0] == url else (None,) * 3
        work.append(FeedWork(feed.feed_id, feed.name, url, etag, last_modified, body_hash))
    return work


def known_canonical_urls(db: str, candidates: Iterable[str]) -> set[str]:
    """Which of ``candidates`` are already stored as articles (read-only, bounded wait)."""
    wanted = sorted(set(candidates))
    if not wanted:
        return set()
    with store.connect(db, read_only=True) as conn:
        rows = conn.exec_driver_sql(
            "SELECT canonical_url FROM articles WHERE list_contains(?, canonical_url)", (wanted,)
        )
        return {r[0] for r in rows}


@dataclass
class _FeedFetch:
    work: FeedWork
    outcome: FeedOutcome
    entries: list[Entry]


def _fetch_feed(fetcher: Fetcher, work: FeedWork) -> _FeedFetch:
    attempted = datetime.now(UTC).isoformat()
    outcome = FeedOutcome(work.feed_id, work.name, work.url, attempted, ok=False)
    headers = {}
    if work.etag:
        headers["If-None-Match"] = work.etag
    if work.last_modified:
        headers["If-Modified-Since"] = work.last_modified
    try:
        response = fetcher.get(
            work.url,
            headers,
            context={"kind": "feed", "feed_id": work.feed_id, "feed_name": work.name},
        )
    except FetchError as exc:
        outcome.error, outcome.status = exc.reason, exc.status
        outcome.errors.append(asdict(StepError("feed", work.url, exc.reason, work.feed_id)))
        return _FeedFetch(work, outcome, [])
    outcome.status = response.status
    outcome.etag = response.headers.get("etag") or work.etag
    outcome.last_modified = response.headers.get("last-modified") or work.last_modified
    if response.status == 304:
        outcome.ok, outcome.body_hash = True, work.body_hash
        outcome.counts["not_modified"] = 1
        return _FeedFetch(work, outcome, [])
    if response.status not in PAGE_OK:
        outcome.error = f"HTTP {response.status}"
        outcome.errors.append(asdict(StepError("feed", work.url, outcome.error, work.feed_id)))
        return _FeedFetch(work, outcome, [])
    outcome.body_hash = hashlib.sha256(response.body).hexdigest()
    if outcome.body_hash == work.body_hash:
        # Same bytes as last time, whatever the ETag said. Its entries are still read, so
        # pages that failed last time are tried again; stored ones are not fetched twice.
        outcome.counts["unchanged"] = 1
    try:
        entries = parse_feed(response.body, response.final_url, work.feed_id)
    except FeedParseError as exc:
        outcome.error = str(exc)
        outcome.errors.append(asdict(StepError("feed", work.url, str(exc), work.feed_id)))
        return _FeedFetch(work, outcome, [])
    outcome.ok = True
    outcome.entries_seen = len(entries)
    outcome.counts["entries"] = len(entries)
    return _FeedFetch(work, outcome, entries)


@dataclass
class FetchedPage:
    """A page fetched (or read from the archive) for one feed entry."""

    entry: Entry
    response: Response
    feed_name: str


def build_articles(
    pages: list[FetchedPage],
) -> list[tuple[dict[str, Any], list[dict[str, Any]]] | StepError]:
    """Extract and tag fetched pages: per page, its staged article and tag rows, or its error.

    Extraction runs in worker processes (a page that crashes its worker fails alone).
    """
    results: list[tuple[dict[str, Any], list[dict[str, Any]]] | StepError | None] = []
    to_extract: list[int] = []
    for page in pages:
        response = page.response
        content_type = (response.content_type or "").lower()
        if response.status not in PAGE_OK:
            results.append(
                StepError("fetch", page.entry.url, f"HTTP {response.status}", page.entry.feed_id)
            )
        elif content_type and "html" not in content_type and "xml" not in content_type:
            results.append(
                StepError(
                    "fetch",
                    page.entry.url,
                    f"not an HTML page ({content_type})",
                    page.entry.feed_id,
                )
            )
        else:
            results.append(None)
            to_extract.append(len(results) - 1)
    extracted = extract.extract_many(
        [
            (
                decode_html(pages[i].response.body, pages[i].response.content_type),
                pages[i].response.final_url,
                pages[i].entry.published_at,
            )
            for i in to_extract
        ]
    )
    for index, found in zip(to_extract, extracted, strict=True):
        page = pages[index]
        if isinstance(found, extract.ExtractionError):
            results[index] = StepError("extract", page.entry.url, found.message, page.entry.feed_id)
            continue
        results[index] = _rows_for(page, found)
    return [r for r in results if r is not None]


def _rows_for(page: FetchedPage, found: Extracted) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    entry, response = page.entry, page.response
    canonical = urls.resolve_canonical(response.final_url, found.canonical_url)
    article_id = store.article_id_for(canonical)
    title = found.title or entry.title
    row = {
        "article_id": article_id,
        "url": entry.url,
        "canonical_url": canonical,
        "source_domain": urls.source_domain(canonical),
        "outlet": found.site_name or page.feed_name,
        "feed_id": entry.feed_id,
        "title": title,
        "text": found.text,
        "description": found.description or entry.summary,
        "author": found.author or entry.author,
        "published_at": found.published_at or entry.published_at,
        "fetched_at": response.fetched_at,
        "language": found.language,
        "agency": found.agency,
        "dateline_place": found.dateline_place,
        "text_hash": dedup.text_hash(found.text),
        "bands": dedup.text_bands(found.text),
    }
    tags = [
        {
            "article_id": article_id,
            "kind": t.kind,
            "label": t.label,
            "score": t.score,
            "evidence": json.dumps(list(t.evidence), ensure_ascii=False),
        }
        for t in tag.tag(title or "", found.text)
    ]
    return row, tags


def stage_outcomes(
    outcomes: list[FeedOutcome], pages: list[FetchedPage], run_dir: Path
) -> list[str]:
    """Build the articles of ``pages`` and stage them with their feeds' outcomes; return outcome paths."""
    by_feed = {o.feed_id: o for o in outcomes}
    articles: dict[str, list[dict[str, Any]]] = {o.feed_id: [] for o in outcomes}
    tags: dict[str, list[dict[str, Any]]] = {o.feed_id: [] for o in outcomes}
    for page, result in zip(pages, build_articles(pages), strict=True):
        outcome = by_feed[page.entry.feed_id]
        if isinstance(result, StepError):
            outcome.counts["page_errors"] = outcome.counts.get("page_errors", 0) + 1
            outcome.errors.append(asdict(result))
            continue
        outcome.counts["articles"] = outcome.counts.get("articles", 0) + 1
        articles[outcome.feed_id].append(result[0])
        tags[outcome.feed_id].extend(result[1])
    paths = []
    for outcome in outcomes:
        if articles[outcome.feed_id]:
            outcome.articles_path = str(
                write_table(
                    articles[outcome.feed_id],
                    ARTICLE_SCHEMA,
                    run_dir / f"{outcome.feed_id}.articles.parquet",
                )
            )
            outcome.tags_path = str(
                write_table(
                    tags[outcome.feed_id], TAG_SCHEMA, run_dir / f"{outcome.feed_id}.tags.parquet"
                )
            )
        paths.append(str(outcome.write(run_dir)))
    return paths


def process_feeds(
    works: list[FeedWork],
    run_dir: Path,
    db: str,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> list[str]:
    """Discover, fetch, extract and tag the new articles of ``works``; stage them per feed.

    ``progress(event, n)`` hears ``feeds_total``/``feeds_done``, ``pages_total``/
    ``pages_done`` and ``extract_total``/``extract_done`` as the run advances.

    Every response is archived (WARC) under the data directory. Returns the paths of the
    feed outcomes (JSON), one per feed, which the load step reads. Every failure is
    recorded in its feed's outcome and affects that item only.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    notify = progress or (lambda _stage, _n: None)
    archive = RunArchive(archive_dir_for(run_dir.name, run_dir.parent.parent))

    def keep(response: Response, context: dict[str, Any] | None) -> None:
        if context is not None:
            archive.write(response, **context)

    fetcher = Fetcher(on_response=keep)
    try:
        with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
            notify("feeds_total", len(works))

            def fetch_feed(work: FeedWork) -> _FeedFetch:
                result = _fetch_feed(fetcher, work)
                notify("feeds_done", 1)
                return result

            fetched = list(pool.map(fetch_feed, works))
            pending = [(f, e) for f in fetched for e in f.entries]
            known = known_canonical_urls(db, (urls.canonicalize(e.url) for _, e in pending))
            todo = []
            for f, e in pending:
                if urls.canonicalize(e.url) in known:
                    f.outcome.counts["known"] = f.outcome.counts.get("known", 0) + 1
                else:
                    todo.append((f, e))

            notify("pages_total", len(todo))

            def fetch_page(item: tuple[_FeedFetch, Entry]) -> FetchedPage | None:
                feed, entry = item
                notify("pages_done", 1)
                try:
                    response = fetcher.get(
                        entry.url,
                        context={
                            "kind": "page",
                            "feed_id": feed.work.feed_id,
                            "feed_name": feed.work.name,
                            "entry": entry,
                        },
                    )
                except FetchError as exc:
                    feed.outcome.counts["page_errors"] = (
                        feed.outcome.counts.get("page_errors", 0) + 1
                    )
                    feed.outcome.errors.append(
                        asdict(StepError("fetch", entry.url, exc.reason, entry.feed_id))
                    )
                    return None
                return FetchedPage(entry, response, feed.work.name)

            pages = [p for p in pool.map(fetch_page, todo) if p is not None]
    finally:
        fetcher.close()
        archive.close()
    notify("extract_total", len(pages))
    paths = stage_outcomes([f.outcome for f in fetched], pages, run_dir)
    notify("extract_done", len(pages))
    return paths


def archive_dir_for(run_id: str, data_dir: Path | None = None) -> Path:
    """Where one run's WARC files go."""
    return (data_dir or settings.data_dir()) / "archive" / run_id


@dataclass
class IngestResult:
    """The summary of one ``newsmon ingest`` run (as recorded in ``runs``)."""

    run_id: str
    counts: dict[str, int]
    errors: list[dict[str, Any]]


def run_ingest(
    feeds_file: Path | str,
    db: str,
    *,
    data_dir: Path | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> IngestResult:
    """One full run in-process: the same steps the Airflow DAG runs as tasks."""
    feeds = load_feeds(feeds_file)
    db = store.normalize_url(db)
    started = datetime.now(UTC)
    run_id = new_run_id(started)
    works = plan_run(feeds, db)
    outcome_paths = process_feeds(works, run_dir_for(run_id, data_dir), db, progress=progress)
    counts, errors = load_run(db, run_id, outcome_paths, started_at=started)
    return IngestResult(run_id, counts, errors)
