"""The extractors the benchmark compares, as picklable module-level functions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import trafilatura

from pipeline.records import Extracted


def plain_trafilatura(
    html: str | bytes, url: str, *, fallback_published: datetime | None = None, **_: Any
) -> Extracted | None:
    """trafilatura with its defaults (metadata on, comments on): the baseline."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if not isinstance(doc, trafilatura.settings.Document) or not doc.text:
        return None
    return Extracted(text=doc.text, title=doc.title)


def tuned_trafilatura(
    html: str | bytes, url: str, *, fallback_published: datetime | None = None, **_: Any
) -> Extracted | None:
    """trafilatura without comments and with favor_precision: its own best effort at no noise."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if not isinstance(doc, trafilatura.settings.Document) or not doc.text:
        return None
    return Extracted(text=doc.text, title=doc.title)
