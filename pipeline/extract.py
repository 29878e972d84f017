"""Article extraction: clean body text and metadata from one HTML page.

trafilatura is the engine. ``extract`` is the one front door; it is pure (no network):
parse once with lxml, remove noise blocks (``pipeline.noise``), let trafilatura find the
body and the metadata, drop noise lines, then read the dateline and the wire agency
(``pipeline.wire``) and the language (``pipeline.language``).

``extract_many`` runs ``extract`` in worker processes: a native crash in the HTML
parser kills one worker, and only that page fails.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from multiprocessing.process import AuthenticationString, BaseProcess  # type: ignore[attr-defined]
from urllib.parse import urljoin, urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pipeline.language import detect_language
from pipeline.noise import (
    DEFAULT_RULES_PATH,
    clean_lines,
    clean_tree,
    is_orphan_heading,
    load_rules,
    split_lead,
)
from pipeline.records import Extracted
from pipeline.wire import AgencyNames, agency_of, parse_dateline, split_tail

# Clocks and time zones disagree by minutes; a date further ahead than this is a bad guess.
FUTURE_TOLERANCE = timedelta(minutes=10)
# A page that takes longer than this to extract is pathological; its worker is killed.
PAGE_TIMEOUT_SECONDS = 120.0
# forkserver: workers fork from a clean server process, not from a parent that may run
# threads (Airflow, HTTP clients), and the preload imports trafilatura only once.
START_METHOD = "forkserver"
# Pages sent ahead to each worker, so it never waits for the parent between pages.
TASKS_IN_FLIGHT = 2
# htmldate: prefer the original publication date, with the time and offset when given.
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"

Extractor = Callable[..., Extracted | None]


@dataclass(frozen=True)
class ExtractionError:
    """One page that could not be extracted (no article, an exception, a dead worker)."""

    url: str
    message: str


@lru_cache(maxsize=1)
def _agency_names() -> AgencyNames:
    return AgencyNames(load_rules(DEFAULT_RULES_PATH).agencies)


def warm_up() -> None:
    """Load the noise rules, the agency names and the language model now rather than per page."""
    _agency_names()
    detect_language("Warm-up sentence so that the language model is loaded before work.")


def _to_utc(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def resolve_published(
    page_date: str | None, fallback: datetime | None, now: datetime
) -> datetime | None:
    """The publication time in UTC: the page's, else the feed's; dates in the future are rejected.

    A date-only page value on the same day as the feed's timestamp yields the feed's
    (more precise) timestamp.
    """
    limit = now + FUTURE_TOLERANCE
    feed = _to_utc(fallback.isoformat()) if fallback else None
    if feed is not None and feed > limit:
        feed = None
    page = _to_utc(page_date)
    if page is not None and page > limit:
        page = None
    if page is None:
        return feed
    date_only = page_date is not None and len(page_date) <= len("YYYY-MM-DD")
    if date_only and feed is not None and feed.date() == page.date():
        return feed
    return page


# Where pages declare their publication time with the time of day and offset; htmldate
# (through trafilatura) reliably finds the day but often drops the time.
PUBLISHED_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@property="og:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//time[contains(concat(" ", normalize-space(@class), " "), " published ")]/@datetime',
)


def _declared_published(tree: HtmlElement) -> str | None:
    """The first full ISO 8601 timestamp the page declares as its publication time."""
    for xpath in PUBLISHED_XPATHS:
        for value in tree.xpath(xpath):
            text = str(value).strip()
            if len(text) > len("YYYY-MM-DD") and _to_utc(text) is not None:
                return text
    return None


def _canonical_url(tree: HtmlElement, url: str) -> str | None:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        values = [v.strip() for v in tree.xpath(xpath) if v.strip()]
        if values:
            try:
                return urljoin(url, values[0])
            except ValueError:  # not a URL ("http://[]/"): the page names no canonical
                continue
    return None


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def extract(
    html: str | bytes,
    url: str,
    *,
    fallback_published: datetime | None = None,
    now: datetime | None = None,
) -> Extracted | None:
    """Extract the article in ``html`` (fetched from ``url``); None when no article is found."""
    now = now or datetime.now(UTC)
    tree = load_html(html)
    if tree is None:
        return None
    rules = load_rules(DEFAULT_RULES_PATH)
    host = urlsplit(url).hostname
    canonical = _canonical_url(tree, url)
    declared_published = _declared_published(tree)
    html_lang = tree.get("lang")
    clean_tree(tree, rules, host)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,  # guesses from text and copyright lines are poor
            "outputformat": DATE_FORMAT,
            "max_date": now.strftime("%Y-%m-%d"),
        },
    )
    if not isinstance(doc, Document) or not doc.text:
        return None
    lines = [line for line in doc.text.split("\n") if line.strip()]
    # trafilatura keeps the headline and the byline when they sit in the body container
    head = [doc.title or "", doc.author or "", f"By {doc.author}"]
    while lines and any(_same_text(lines[0], h) for h in head if h.strip(" By")):
        lines = lines[1:]
    last = lines[-1].strip() if lines else ""
    lines, _dropped = clean_lines(lines, rules, host)
    agencies = _agency_names()
    # the text ended in noise lines, and the line now last (not a wire credit) is the
    # heading of that noise's box
    if (
        len(lines) > 1
        and lines[-1] != last
        and is_orphan_heading(lines[-1])
        and split_tail(lines[-1:], agencies)[1] is None
    ):
        lines = lines[:-1]
    # the byline row before the first sentence ("Staff Reporter", "Reading time: 3 min")
    lines, lead = split_lead(lines, agencies)
    lines, tail_agency = split_tail(lines, agencies)
    if not lines:
        return None
    dateline = parse_dateline(lines[0], agencies)
    text = "\n".join(lines)
    return Extracted(
        text=text,
        title=doc.title,
        author=doc.author,
        published_at=resolve_published(declared_published or doc.date, fallback_published, now),
        language=detect_language(text, html_lang),
        canonical_url=canonical,
        site_name=doc.sitename,
        description=doc.description,
        agency=agency_of(dateline, doc.author or " ".join(lead), tail_agency, agencies),
        dateline_place=dateline.place if dateline else None,
    )


# --- worker pool ---------------------------------------------------------------------

Task = tuple[int, str | bytes, str, datetime | None]


def _worker(conn: Connection, extractor: Extractor) -> None:
    """Worker loop: receive a page, send back (index, result or None, error message or None)."""
    while True:
        task: Task | None = conn.recv()
        if task is None:
            return
        index, html, url, fallback = task
        try:
            conn.send((index, extractor(html, url, fallback_published=fallback), None))
        except Exception as exc:  # one bad page must not stop the worker
            conn.send((index, None, f"{type(exc).__name__}: {exc}"))


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    in_flight: deque[int] = field(default_factory=deque)  # sent, in the order it works
    deadline: float = 0.0


def _start_worker(ctx: multiprocessing.context.BaseContext, extractor: Extractor) -> _Slot:
    parent_end, child_end = ctx.Pipe()
    process = ctx.Process(target=_worker, args=(child_end, extractor), daemon=True)  # type: ignore[attr-defined]
    process.start()
    child_end.close()
    return _Slot(process=process, conn=parent_end)


def _death_notice(process: BaseProcess) -> str:
    process.join(timeout=1)
    code = process.exitcode
    if code is not None and code < 0:
        return f"worker died ({signal.Signals(-code).name})"
    return f"worker died (exit code {code})"


def _stop(slot: _Slot) -> None:
    if slot.process.is_alive():
        slot.process.kill()
    slot.process.join()
    slot.conn.close()


@contextlib.contextmanager
def _starting_workers(extractor: Extractor) -> Iterator[None]:
    """Start extraction workers from any parent process: a CLI, an Airflow task, a Celery worker.

    Two things multiprocessing does by default are undone while workers start:

    - it refuses children to a daemonic process (a Celery prefork worker's task), since
      a daemon dies without cleanup and would orphan them; extract_many stops its
      workers itself and each exits when its pipe closes, so the flag is cleared;
    - a new worker re-runs the parent's ``__main__`` script. For an Airflow task that
      is the ``airflow`` command, which fails outside the task's setup. The workers
      need nothing from ``__main__`` (the worker loop and the extractor are imported
      by module name), so the script is hidden, unless the extractor lives there;
    - under Celery, billiard has replaced the process's authentication key with its own
      type, which refuses to be pickled for a multiprocessing child: the same bytes
      are handed over as multiprocessing's own type.
    """
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    daemon = config.pop("daemon", None)
    authkey = config.get("authkey")
    if authkey is not None and type(authkey) is not AuthenticationString:
        config["authkey"] = AuthenticationString(bytes(authkey))
    main = sys.modules["__main__"]
    hide = getattr(main, "__spec__", None) is None and extractor.__module__ != "__main__"
    main_file = main.__dict__.pop("__file__", None) if hide else None
    try:
        yield
    finally:
        if main_file is not None:
            main.__file__ = main_file
        if daemon is not None:
            config["daemon"] = daemon
        if authkey is not None:
            config["authkey"] = authkey


def extract_many(
    items: Sequence[tuple[str | bytes, str, datetime | None]],
    workers: int | None = None,
    *,
    extractor: Extractor = extract,
    timeout: float = PAGE_TIMEOUT_SECONDS,
) -> list[Extracted | ExtractionError]:
    """Extract many pages in worker processes; results in the order of ``items``.

    Each item is (html, url, feed date). A page that yields no article, raises, takes
    longer than ``timeout`` seconds, or kills its worker becomes an ``ExtractionError``;
    the other pages are unaffected (a dead worker is replaced, and the pages queued
    behind the one that killed it are handed out again).
    """
    if not items:
        return []
    count = min(workers or os.cpu_count() or 1, len(items))
    ctx = multiprocessing.get_context(START_METHOD)
    ctx.set_forkserver_preload(["pipeline.extract_preload"])
    results: list[Extracted | ExtractionError | None] = [None] * len(items)
    pending = deque(range(len(items)))
    with _starting_workers(extractor):
        slots = [_start_worker(ctx, extractor) for _ in range(count)]

    def fail(index: int, message: str) -> None:
        results[index] = ExtractionError(url=items[index][1], message=message)

    try:
        while pending or any(s.in_flight for s in slots):
            for slot in slots:
                while pending and len(slot.in_flight) < TASKS_IN_FLIGHT:
                    index = pending.popleft()
                    if not slot.in_flight:
                        slot.deadline = time.monotonic() + timeout
                    slot.in_flight.append(index)
                    try:
                        slot.conn.send((index, *items[index]))
                    except OSError:  # the worker just died: its sentinel says so below
                        break
            busy = [s for s in slots if s.in_flight]
            next_deadline = min(s.deadline for s in busy)
            ready = set(
                wait(
                    [s.conn for s in busy] + [s.process.sentinel for s in busy],
                    timeout=max(0.0, next_deadline - time.monotonic()),
                )
            )
            for position, slot in enumerate(slots):
                if not slot.in_flight:
                    continue
                if slot.conn in ready:
                    try:
                        index, result, error = slot.conn.recv()
                    except (EOFError, OSError):
                        error = _death_notice(slot.process)
                    else:
                        slot.in_flight.popleft()
                        slot.deadline = time.monotonic() + timeout
                        if error is not None:
                            fail(index, error)
                        elif result is None:
                            fail(index, "no article text found")
                        else:
                            results[index] = result
                        continue
                elif slot.process.sentinel in ready:
                    error = _death_notice(slot.process)
                elif time.monotonic() >= slot.deadline:
                    error = f"timed out after {timeout:.0f} s"
                else:
                    continue
                # the first page in flight is the one the worker was on; requeue the rest
                fail(slot.in_flight.popleft(), error)
                pending.extendleft(reversed(slot.in_flight))
                _stop(slot)
                with _starting_workers(extractor):
                    slots[position] = _start_worker(ctx, extractor)
    finally:
        for slot in slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        for slot in slots:
            slot.process.join(timeout=1)
            _stop(slot)
    return [
        r if r is not None else ExtractionError(url, "not processed")
        for r, (_, url, _) in zip(results, items, strict=True)
    ]
