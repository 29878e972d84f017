"""Alert messages: one story, or a daily digest grouped by region, as plain text and HTML.

Pure functions over :class:`StoryView` records read from the store. Every value that
goes into the HTML is escaped, and only http(s) links become anchors.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.alerts_rules import AlertRule, display_name

# Evidence entries shown per tag: the strongest few say why; the rest is in the store.
MAX_EVIDENCE = 3
# Outlet names listed in a message before "and N more": a wire story can run in dozens.
MAX_OUTLETS = 12
TITLE_PREFIX = "newsmon"
UNTITLED = "(untitled)"


@dataclass(frozen=True)
class Tag:
    """A region or topic tag of a story: its best score and the evidence behind it."""

    kind: str
    label: str
    score: float
    evidence: tuple[dict[str, Any], ...]

    @property
    def name(self) -> str:
        return display_name("regions" if self.kind == "region" else "topics", self.label)


@dataclass(frozen=True)
class StoryView:
    """What a message says about one story."""

    story_id: int
    title: str | None
    link: str
    published_at: datetime | None
    first_seen_at: datetime
    copies: int
    outlets: tuple[str, ...]
    regions: tuple[Tag, ...]
    topics: tuple[Tag, ...]

    @property
    def sort_time(self) -> datetime:
        return self.published_at or self.first_seen_at


@dataclass(frozen=True)
class Message:
    """A rendered alert: subject line, plain text body and HTML body."""

    title: str
    text: str
    html: str


def _when(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return "unknown"
    local = value.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M %Z} ({value.astimezone(ZoneInfo('UTC')):%H:%M UTC})"


def _outlets(story: StoryView) -> str:
    shown = list(story.outlets[:MAX_OUTLETS])
    more = len(story.outlets) - len(shown)
    names = ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    return f"{len(story.outlets)} ({names})"


def _evidence_line(entry: dict[str, Any]) -> str:
    term = str(entry.get("term", "?"))
    where = str(entry.get("where", "?"))
    if where == "model":  # the learned model's entry: its strongest cues
        return f"{entry.get('label_term', 'model')}: {term}" if term else "model"
    count = entry.get("count", 1)
    line = f"“{term}” in {where} ×{count}"
    snippet = entry.get("snippet")
    return f"{line}: {snippet}" if snippet else line


def _score(tag: Tag) -> str:
    """A model's probability as such ("probability 0.97"); a rules score as a score."""
    if tag.evidence and tag.evidence[0].get("where") == "model":
        return f"probability {tag.score:.2f}"
    return f"score {tag.score:.1f}"


def _tag_text(tag: Tag) -> list[str]:
    lines = [f"  - {tag.name} ({_score(tag)})"]
    lines += [f"      {_evidence_line(e)}" for e in tag.evidence[:MAX_EVIDENCE]]
    return lines


def _tag_html(tag: Tag) -> str:
    evidence = "".join(
        f"<li>{html.escape(_evidence_line(e))}</li>" for e in tag.evidence[:MAX_EVIDENCE]
    )
    return (
        f"<li><b>{html.escape(tag.name)}</b> ({_score(tag)})"
        + (f"<ul>{evidence}</ul>" if evidence else "")
        + "</li>"
    )


def _link_html(story: StoryView) -> str:
    text = html.escape(story.link)
    if story.link.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(story.link, quote=True)}">{text}</a>'
    return text


def story_text(story: StoryView, zone: ZoneInfo) -> list[str]:
    """The plain-text block of one story."""
    lines = [
        story.title or UNTITLED,
        f"Link: {story.link}",
        f"Published: {_when(story.published_at, zone)}",
        f"Outlets: {_outlets(story)}",
    ]
    if story.regions:
        lines += ["Regions:"] + [line for t in story.regions for line in _tag_text(t)]
    if story.topics:
        lines += ["Topics:"] + [line for t in story.topics for line in _tag_text(t)]
    return lines


def story_html(story: StoryView, zone: ZoneInfo, heading: str = "h2") -> str:
    """The HTML block of one story; every value escaped."""
    parts = [
        f"<{heading}>{html.escape(story.title or UNTITLED)}</{heading}>",
        "<p>",
        f"Link: {_link_html(story)}<br>",
        f"Published: {html.escape(_when(story.published_at, zone))}<br>",
        f"Outlets: {html.escape(_outlets(story))}",
        "</p>",
    ]
    for label, tags in (("Regions", story.regions), ("Topics", story.topics)):
        if tags:
            parts.append(f"<p>{label}:</p><ul>{''.join(_tag_html(t) for t in tags)}</ul>")
    return "".join(parts)


def _footer(rule: AlertRule, alert_ids: list[str]) -> tuple[str, str]:
    ids = ", ".join(alert_ids)
    text = f"Rule: {rule.name} · alert id: {ids}"
    return text, f"<p><small>{html.escape(text)}</small></p>"


def render_story(story: StoryView, rule: AlertRule, alert_id: str) -> Message:
    """The immediate alert for one new story."""
    zone = rule.zone
    regions = ", ".join(t.name for t in story.regions if t.label in rule.regions)
    title = f"{TITLE_PREFIX}: {regions or 'new story'}: {story.title or UNTITLED}"
    foot_text, foot_html = _footer(rule, [alert_id])
    text = "\n".join([*story_text(story, zone), "", foot_text])
    body = f"<html><body>{story_html(story, zone)}{foot_html}</body></html>"
    return Message(title=title, text=text, html=body)


def group_by_region(stories: list[StoryView], rule: AlertRule) -> list[tuple[str, list[StoryView]]]:
    """Stories under each watched region they are tagged with (rule order), newest first.

    A story tagged with two watched regions is listed under both.
    """
    groups = []
    for region in rule.regions:
        members = [s for s in stories if any(t.label == region for t in s.regions)]
        if members:
            members.sort(key=lambda s: (s.sort_time, s.story_id), reverse=True)
            groups.append((region, members))
    return groups


def render_digest(
    stories: list[StoryView], rule: AlertRule, alert_ids: list[str], now: datetime
) -> Message:
    """The daily digest of ``stories`` for ``rule``, grouped by region, newest first."""
    zone = rule.zone
    day = now.astimezone(zone)
    title = f"{TITLE_PREFIX} digest {day:%Y-%m-%d}: {len(stories)} new stories ({rule.name})"
    text_lines = [title, ""]
    html_parts = [f"<html><body><h1>{html.escape(title)}</h1>"]
    for region, members in group_by_region(stories, rule):
        name = display_name("regions", region)
        text_lines += [f"== {name} ({len(members)}) ==", ""]
        html_parts.append(f"<h2>{html.escape(name)} ({len(members)})</h2>")
        for story in members:
            text_lines += [*story_text(story, zone), ""]
            html_parts.append(story_html(story, zone, heading="h3"))
    foot_text, foot_html = _footer(rule, alert_ids)
    text_lines.append(foot_text)
    html_parts.append(f"{foot_html}</body></html>")
    return Message(title=title, text="\n".join(text_lines), html="".join(html_parts))
