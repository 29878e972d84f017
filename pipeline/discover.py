"""Feed discovery: parse an RSS/Atom body with feedparser into entries."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring

from pipeline.records import Entry

# Complaints feedparser makes about a feed that still parsed fine.
BENIGN_BOZO = (
    feedparser.CharacterEncodingOverride,
    feedparser.NonXMLContentType,
)


class FeedParseError(ValueError):
    """A feed body that is not a usable RSS/Atom document."""


def _refuse_entity_tricks(body: bytes) -> None:
    """Refuse feeds that declare entities (billion laughs) or reference external ones (XXE)."""
    head = body[:4096].lower()
    if b"<!doctype" not in head and b"<!entity" not in body.lower():
        return
    try:
        defused_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (EntitiesForbidden, ExternalReferenceForbidden, DTDForbidden) as exc:
        raise FeedParseError(
            f"refused: the feed declares XML entities ({type(exc).__name__})"
        ) from None
    except ParseError:
        pass  # broken XML without entity tricks: feedparser's lenient parser decides


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError):
                continue
    return None


def _entry_link(entry: Any, base_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [
        link.get("href")
        for link in entry.get("links", [])
        if link.get("rel", "alternate") == "alternate"
    ]
    guid = entry.get("id")
    if guid and entry.get("guidislink", False):
        candidates.append(guid)
    for raw in candidates:
        if not raw or not isinstance(raw, str):
            continue
        url = urljoin(base_url, raw.strip())
        if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname:
            return url
    return None


def parse_feed(body: bytes, base_url: str, feed_id: str) -> list[Entry]:
    """The entries of a feed body, each with an absolute http(s) link, duplicates dropped.

    Raises FeedParseError when the body is not a feed at all (an HTML page, broken XML
    with no entries). Entries without a usable link are skipped.
    """
    _refuse_entity_tricks(body)
    try:
        parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    except Exception as exc:  # feedparser raises on some malformed input (e.g. &#2000000;)
        raise FeedParseError(f"not a valid feed: {type(exc).__name__}: {exc}") from None
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        if parsed.bozo and not isinstance(reason, BENIGN_BOZO):
            raise FeedParseError(f"not a valid feed: {type(reason).__name__}: {reason}")
        if not parsed.get("version"):
            raise FeedParseError("not an RSS or Atom feed")
        return []  # a well-formed feed that lists nothing yet
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        url = _entry_link(item, base_url)
        if url is None or url in seen:
            continue
        seen.add(url)
        entries.append(
            Entry(
                feed_id=feed_id,
                url=url,
                title=(item.get("title") or "").strip() or None,
                published_at=_entry_date(item),
                summary=item.get("summary"),
                author=item.get("author"),
            )
        )
    return entries
