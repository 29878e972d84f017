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
from pipeline.config import FeedConfig, load_feeds
from pipeline.discover import FeedParseError, parse_feed
from pipeline.http import Fetcher, FetchError, Response
from pipeline.load import load_run
from pipeline.records import Entry, StepError
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
        response = fetcher.get(work.url, headers)
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


def _decode(response: Response) -> str | bytes:
    """The page as text when the server names a charset we know, else bytes for trafilatura to sniff."""
    content_type = response.content_type or ""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            try:
                return response.body.decode(value.strip().strip("\"'"), errors="replace")
            except LookupError:
                break
    return response.body


def _article_rows(
    entry: Entry, response: Response, feed_name: str
) -> tuple[dict[str, Any], list[dict[str, Any]]] | str:
    """The staged article row and tag rows for one fetched page, or an error message."""
    if response.status not in PAGE_OK:
        return f"HTTP {response.status}"
    content_type = (response.content_type or "").lower()
    if content_type and "html" not in content_type and "xml" not in content_type:
        return f"not an HTML page ({content_type})"
    try:
        found = extract.extract(
            _decode(response), response.final_url, fallback_published=entry.published_at
        )
    except Exception as exc:  # one page's extraction failure must not end the run
        return f"extraction failed: {type(exc).__name__}: {exc}"
    if found is None or not found.text.strip():
        return "no article text found"
    canonical = urls.resolve_canonical(response.final_url, found.canonical_url)
    article_id = store.article_id_for(canonical)
    title = found.title or entry.title
    row = {
        "article_id": article_id,
        "url": entry.url,
        "canonical_url": canonical,
        "source_domain": urls.source_domain(canonical),
        "outlet": found.site_name or feed_name,
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


def process_feeds(
    works: list[FeedWork],
    run_dir: Path,
    db: str,
    *,
    fetcher: Fetcher | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> list[str]:
    """Discover, fetch, extract and tag the new articles of ``works``; stage them per feed.

    Returns the paths of the feed outcomes (JSON), one per feed, which the load step reads.
    Every failure is recorded in its feed's outcome and affects that item only.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    notify = progress or (lambda _stage, _n: None)
    try:
        with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
            fetched = list(pool.map(lambda w: _fetch_feed(fetcher, w), works))
            notify("feeds", len(fetched))
            pending = [(f, e) for f in fetched for e in f.entries]
            known = known_canonical_urls(db, (urls.canonicalize(e.url) for _, e in pending))
            todo = [(f, e) for f, e in pending if urls.canonicalize(e.url) not in known]
            for f, e in pending:
                if urls.canonicalize(e.url) in known:
                    f.outcome.counts["known"] = f.outcome.counts.get("known", 0) + 1

            def fetch_page(item: tuple[_FeedFetch, Entry]) -> Response | FetchError:
                try:
                    return fetcher.get(item[1].url)
                except FetchError as exc:
                    return exc

            responses = list(pool.map(fetch_page, todo))
            notify("pages", len(responses))
    finally:
        if own_fetcher:
            fetcher.close()

    articles: dict[str, list[dict[str, Any]]] = {f.work.feed_id: [] for f in fetched}
    tags: dict[str, list[dict[str, Any]]] = {f.work.feed_id: [] for f in fetched}
    for (feed, entry), response in zip(todo, responses, strict=True):
        counts = feed.outcome.counts
        result = (
            response.reason
            if isinstance(response, FetchError)
            else _article_rows(entry, response, feed.work.name)
        )
        if isinstance(result, str):
            counts["page_errors"] = counts.get("page_errors", 0) + 1
            stage = "fetch" if isinstance(response, FetchError) or "HTTP" in result else "extract"
            feed.outcome.errors.append(asdict(StepError(stage, entry.url, result, entry.feed_id)))
            continue
        row, tag_rows = result
        if row["canonical_url"] in known:
            counts["known"] = counts.get("known", 0) + 1
            continue
        counts["articles"] = counts.get("articles", 0) + 1
        articles[feed.work.feed_id].append(row)
        tags[feed.work.feed_id].extend(tag_rows)
    notify("extracted", len(todo))

    paths = []
    for feed in fetched:
        feed_id = feed.work.feed_id
        if articles[feed_id]:
            feed.outcome.articles_path = str(
                write_table(
                    articles[feed_id], ARTICLE_SCHEMA, run_dir / f"{feed_id}.articles.parquet"
                )
            )
            feed.outcome.tags_path = str(
                write_table(tags[feed_id], TAG_SCHEMA, run_dir / f"{feed_id}.tags.parquet")
            )
        paths.append(str(feed.outcome.write(run_dir)))
    return paths


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
