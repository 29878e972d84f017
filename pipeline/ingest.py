"""One ingest run: plan -> per feed (discover, fetch, extract, tag, stage) -> load.

``newsmon ingest`` calls :func:`run_ingest`; the Airflow DAG calls :func:`plan_run`,
:func:`process_feeds` (one mapped task per feed) and :func:`pipeline.load.load_run`
as separate tasks. There is one implementation of each step.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline import dedup, extract, settings, store, tag, urls
from pipeline.archive import RunArchive
from pipeline.config import FeedConfig, load_feeds
from pipeline.discover import FeedParseError, parse_feed
from pipeline.encoding import decode_html
from pipeline.http import Fetcher, FetchError, Response
from pipeline.load import load_run
from pipeline.records import Entry, Extracted, StepError
from pipeline.stage import FeedOutcome, FeedWork, StagedWriter

log = logging.getLogger(__name__)

# Threads fetching pages at once across all hosts (per-host politeness is the throttle's job).
FETCH_WORKERS = 16
# Pages fetched, then extracted, per chunk: large enough to keep the extraction workers
# busy, small enough that memory does not grow with the number of entries.
CHUNK_PAGES = 200
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
        store.register_values(conn, "wanted_urls", "url", wanted)
        rows = conn.exec_driver_sql(
            "SELECT canonical_url FROM articles WHERE canonical_url IN (SELECT url FROM wanted_urls)"
        )
        return {r[0] for r in rows}


@dataclass
class _FeedFetch:
    work: FeedWork
    outcome: FeedOutcome
    entries: list[Entry]


def _fetch_feed(fetcher: Fetcher, work: FeedWork) -> _FeedFetch:
    attempted = datetime.now(UTC).isoformat()
    shown = urls.redact_secrets(work.url)  # what the store and the logs may hold
    outcome = FeedOutcome(work.feed_id, work.name, shown, attempted, ok=False)
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
        outcome.errors.append(asdict(StepError("feed", shown, exc.reason, work.feed_id)))
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
        outcome.errors.append(asdict(StepError("feed", shown, outcome.error, work.feed_id)))
        return _FeedFetch(work, outcome, [])
    outcome.body_hash = hashlib.sha256(response.body).hexdigest()
    if outcome.body_hash == work.body_hash:
        # Same bytes as last time, whatever the ETag said. Its entries are still read, so
        # pages that failed last time are tried again; stored ones are not fetched twice.
        outcome.counts["unchanged"] = 1
    try:
        entries = parse_feed(response.body, response.final_url, work.feed_id)
    except Exception as exc:  # any parser failure is this feed's error, never the run's
        if not isinstance(exc, FeedParseError):
            exc = FeedParseError(f"feed could not be parsed: {type(exc).__name__}: {exc}")
        outcome.error = str(exc)
        outcome.errors.append(asdict(StepError("feed", shown, str(exc), work.feed_id)))
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


class Stager:
    """Turns fetched pages into staged rows, chunk by chunk, and tallies each feed's outcome.

    Safe to call from one building thread while fetch threads record their own failures
    through :meth:`record_error`.
    """

    def __init__(self, outcomes: list[FeedOutcome], run_dir: Path) -> None:
        self.outcomes = {o.feed_id: o for o in outcomes}
        self.run_dir = run_dir
        # One pair of staged files for these feeds, named after them: a retried task
        # writes the same names again.
        feeds = "\n".join(sorted(self.outcomes)).encode()
        self.writer = StagedWriter(run_dir, f"part-{hashlib.sha256(feeds).hexdigest()[:16]}")
        self._staged_feeds: set[str] = set()
        self._lock = threading.Lock()

    def count(self, feed_id: str, key: str, n: int = 1) -> None:
        with self._lock:
            counts = self.outcomes[feed_id].counts
            counts[key] = counts.get(key, 0) + n

    def record_error(self, error: StepError) -> None:
        """One page failed: count it on its feed and keep the error."""
        assert error.feed_id is not None
        log.warning(
            "%s failed: %s: %s",
            error.stage,
            error.url,
            error.error,
            extra={"event": "page_error", "feed_id": error.feed_id, "url": error.url},
        )
        with self._lock:
            outcome = self.outcomes[error.feed_id]
            outcome.counts["page_errors"] = outcome.counts.get("page_errors", 0) + 1
            outcome.errors.append(asdict(error))

    def add(self, pages: list[FetchedPage]) -> None:
        """Extract and tag ``pages`` and append their rows to the staged files."""
        articles: list[dict[str, Any]] = []
        tags: list[dict[str, Any]] = []
        for page, result in zip(pages, build_articles(pages), strict=True):
            if isinstance(result, StepError):
                self.record_error(result)
                continue
            self.count(page.entry.feed_id, "articles")
            self._staged_feeds.add(page.entry.feed_id)
            articles.append(result[0])
            tags.extend(result[1])
        self.writer.append(articles, tags)

    def finish(self) -> list[str]:
        """Close the staged files and write every feed's outcome; return the outcome paths."""
        paths = self.writer.close()
        for feed_id in self._staged_feeds:
            self.outcomes[feed_id].articles_path = paths.get("articles")
            self.outcomes[feed_id].tags_path = paths.get("tags")
        for outcome in self.outcomes.values():
            log.log(
                logging.INFO if outcome.ok else logging.WARNING,
                "feed %s: %s",
                outcome.feed_id,
                "ok" if outcome.ok else f"failed: {outcome.error}",
                extra={"event": "feed", "feed_id": outcome.feed_id, "counts": outcome.counts},
            )
        return [str(o.write(self.run_dir)) for o in self.outcomes.values()]


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
            stager = Stager([f.outcome for f in fetched], run_dir)
            pending = [(f, e, urls.canonicalize(e.url)) for f in fetched for e in f.entries]
            known = known_canonical_urls(db, (canonical for _, _, canonical in pending))
            todo = []
            for f, e, canonical in pending:
                if canonical in known:
                    stager.count(f.work.feed_id, "known")
                else:
                    todo.append((f, e))
            todo = _interleave_hosts(todo)
            notify("pages_total", len(todo))
            notify("extract_total", len(todo))

            def fetch_page(item: tuple[_FeedFetch, Entry]) -> FetchedPage | None:
                feed, entry = item
                context = {
                    "kind": "page",
                    "feed_id": feed.work.feed_id,
                    "feed_name": feed.work.name,
                    "entry": entry,
                }
                try:
                    response = fetcher.get(entry.url, context=context)
                except FetchError as exc:
                    stager.record_error(StepError("fetch", entry.url, exc.reason, entry.feed_id))
                    return None
                finally:
                    notify("pages_done", 1)
                return FetchedPage(entry, response, feed.work.name)

            # Pages go through in chunks: while one chunk is extracted (in worker
            # processes), the next is fetched, and no more than two chunks of page bodies
            # are held at once, however many entries the feeds list.
            with ThreadPoolExecutor(max_workers=1) as builder:
                building: Future[None] | None = None
                for start in range(0, len(todo), CHUNK_PAGES):
                    chunk = todo[start : start + CHUNK_PAGES]
                    pages = [p for p in pool.map(fetch_page, chunk) if p is not None]
                    if building is not None:
                        building.result()
                        notify("extract_done", CHUNK_PAGES)
                    building = builder.submit(stager.add, pages)
                if building is not None:
                    building.result()
                    notify("extract_done", len(todo) % CHUNK_PAGES or CHUNK_PAGES)
    finally:
        fetcher.close()
        archive.close()
    return stager.finish()


def _interleave_hosts(items: list[tuple[_FeedFetch, Entry]]) -> list[tuple[_FeedFetch, Entry]]:
    """Reorder pages round-robin by host, so each chunk keeps every host busy at its own pace."""
    by_host: dict[str, list[tuple[_FeedFetch, Entry]]] = {}
    for item in items:
        by_host.setdefault(urlsplit(item[1].url).netloc, []).append(item)
    queues = list(by_host.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


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
    log.info("run %s loaded", run_id, extra={"event": "run", "run_id": run_id, "counts": counts})
    return IngestResult(run_id, counts, errors)
