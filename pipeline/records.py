"""Plain records that the pipeline steps hand to each other.

Each step is a function from records to records; none of them knows about Airflow or
the store. Records are staged to Parquet between steps (see ``pipeline.stage``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Entry:
    """One item discovered in a feed: a link to an article page and what the feed says of it."""

    feed_id: str
    url: str
    title: str | None = None
    published_at: datetime | None = None
    summary: str | None = None
    author: str | None = None


@dataclass
class Page:
    """One fetched HTTP response for an article page (the body is raw bytes)."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    fetched_at: datetime
    encoding: str | None = None


@dataclass
class Extracted:
    """What extraction finds in one article page. ``text`` is the clean body, paragraphs joined by newlines."""

    text: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    agency: str | None = None
    dateline_place: str | None = None


@dataclass(frozen=True)
class TagMatch:
    """A region or topic tag for one article, with the evidence that earned it.

    ``evidence`` is a list of matches: ``{"term": ..., "label_term": ..., "where": "title"|"lead"|"body", "count": n}``.
    """

    kind: str  # "region" | "topic"
    label: str
    score: float
    evidence: tuple[dict[str, object], ...] = field(default_factory=tuple)


@dataclass
class StepError:
    """A failure that affected one item only (a feed, a page); recorded in ``runs.errors``."""

    stage: str  # "feed" | "fetch" | "extract" | "tag"
    url: str
    error: str
    feed_id: str | None = None
