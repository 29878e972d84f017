"""Language of an article: py3langid (offline, fast) on the text; the page's lang as a fallback."""

from __future__ import annotations

import py3langid

# py3langid's cost is linear in input length, and two paragraphs settle the language.
SAMPLE_CHARS = 600
# Below this much text the classifier guesses; trust the page's own lang attribute instead.
MIN_CHARS = 40


def detect_language(text: str, html_lang: str | None = None) -> str | None:
    """ISO 639-1 code of ``text`` ("en", "ur"), or the page's declared language for short text."""
    declared = html_lang.split("-")[0].split("_")[0].strip().lower() if html_lang else None
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) < MIN_CHARS:
        return declared or None
    code, _score = py3langid.classify(sample)
    return str(code)
