"""Shared helpers for writing benchmark pages: one ``.html`` and one ``.json`` truth per page.

The truth file holds the URL, the ground-truth body (paragraphs joined by newlines),
the noise strings that must not survive extraction, whether the page is clean, and
the expected dateline place and agency. All outlets and text are invented.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"


@dataclass
class Article:
    """An invented article: what the page shows as its body, and its metadata."""

    slug: str
    title: str
    author: str
    date: str  # ISO 8601 with offset, as the CMS would print it
    paragraphs: list[str]
    tail: str | None = None  # wire credit line shown after the body, not part of the truth
    agency: str | None = None
    place: str | None = None
    lang: str = "en"


@dataclass
class Noise:
    """A noise block: its markup and the strings that must not appear in the output."""

    html: str
    strings: list[str] = field(default_factory=list)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs_html(article: Article, inside: dict[int, list[Noise]], p_attr: str = "") -> str:
    """Body paragraphs with noise blocks inserted after paragraph i (-1: before the first)."""
    out = [n.html for n in inside.get(-1, [])]
    for i, para in enumerate(article.paragraphs):
        out.append(f"<p{p_attr}>{esc(para)}</p>")
        out.extend(n.html for n in inside.get(i, []))
    if article.tail:
        out.append(f"<p{p_attr}>{esc(article.tail)}</p>")
    out.extend(n.html for n in inside.get(len(article.paragraphs), []))
    return "\n".join(out)


def write_page(
    split: str, name: str, url: str, page: str, article: Article, noise: list[Noise]
) -> None:
    folder = PAGES / split
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_text(page, encoding="utf-8")
    truth = {
        "url": url,
        "body": "\n".join(article.paragraphs),
        "noise": sorted({s for n in noise for s in n.strings}),
        "clean": not noise,
        "agency": article.agency,
        "dateline_place": article.place,
        "lang": article.lang,
    }
    (folder / f"{name}.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
