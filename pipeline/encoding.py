"""Decode fetched bytes to text: BOM, then the HTTP charset, then <meta>, then detection.

Labels follow the WHATWG Encoding Standard where it differs from Python: pages that
say ISO-8859-1 or ASCII are decoded as Windows-1252, as browsers do. Bad bytes are
replaced, never raised.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# The HTML spec's prescan looks at the first 1024 bytes for a charset declaration.
PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Text codecs no web page is decoded with (they raise or mangle instead of replacing).
NOT_PAGE_ENCODINGS = frozenset({"idna", "utf-7", "punycode"})
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}


def _known(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # unknown, or not a name at all ("utf\x00-8")
        return None
    # Only real text encodings: codecs also knows base64, zlib, rot13, idna...
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_PAGE_ENCODINGS:
        return None
    return info.name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if Python knows it."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return _known(value)
    return None


def sniff_encoding(body: bytes, content_type: str | None = None) -> str:
    """The encoding to decode ``body`` with (never fails: falls back to UTF-8)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    declared = charset_from_content_type(content_type)
    if declared:
        return declared
    match = _META_CHARSET.search(body[:PRESCAN_BYTES])
    if match:
        meta = _known(match.group(1).decode("ascii", "ignore"))
        if meta:
            return meta
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body[:65536]).best()
    return (_known(best.encoding) if best is not None else None) or "utf-8"


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """``body`` as text, bad bytes replaced."""
    encoding = sniff_encoding(body, content_type)
    try:
        text = body.decode(encoding, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        text = body.decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff")
