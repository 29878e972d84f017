"""Wire copy: the dateline ("Quetta, March 3 (IANS) -") and the agency behind a story.

The agency is looked for in the dateline first, then the byline, then the tail line
("--IANS", "Based on ANI report"), which is removed from the text once recorded. The
agency names and their spellings are data, in ``config/noise.yaml`` (``agencies``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# A place: capitalised words ("New Delhi", "QUETTA", "Dera Ismail Khan"), or one Urdu
# word group, optionally followed by "[Pakistan]" or ", Pakistan".
_PLACE = (
    r"(?P<place>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3}"
    r"|[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2})"
)
_COUNTRY = r"(?:\s*\[[^\]]{1,40}\]|,\s*(?P<country>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?=\s*[,(]))?"
_AGENCY = r"\(\s*(?P<agency>[^()]{1,40}?)\s*\)"
_DASH = r"(?:-{1,2}|–|—|:)"
_DASHES = ("-", "–", "—", ":")

# "Quetta, March 3 (IANS) -", "NEW DELHI, Mar 3, 2026 (PTI) —", "Quetta [Pakistan], March 3 (ANI):"
# "ISLAMABAD (Reuters) -", "GWADAR, Pakistan (AP) —", "KARACHI, March 3:", "QUETTA:"
# After an agency the dash is often left out: "Srinagar, May 20 (IANS) A hailstorm ..."
_PLACE_AGENCY = re.compile(rf"^{_PLACE}{_COUNTRY}\s*{_AGENCY}\s*{_DASH}?\s*")
_DATELINES = (
    re.compile(rf"^{_PLACE}{_COUNTRY}\s*,\s*{_DAY_MONTH}\s*(?:{_AGENCY}\s*{_DASH}?|{_DASH})\s*"),
    _PLACE_AGENCY,
    re.compile(r"^(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3})\s*:(?:\s+|$)"),
    # Urdu papers: "کوئٹہ:" or "کوئٹہ (اے پی پی) —"
    re.compile(rf"^(?P<place>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?)\s*(?:{_AGENCY})?\s*[:–—-]\s*"),
)
# A tail credit line is short: "--IANS", "(With inputs from PTI)", "Based on ANI report".
MAX_TAIL_CHARS = 60
# How many lines from the end may hold tail credits and editors' initials.
TAIL_LINES = 3
_TAIL_WRAPPERS = re.compile(
    r"^(?:based on (?:an? )?|with (?:inputs|input) from |source:?\s*|courtesy:?\s*|inputs from )?"
    r"(?P<agency>.+?)(?:'s)?(?: reports?| inputs?| report and inputs)?$",
    re.IGNORECASE,
)
# Editors' initials after a wire tail line: "ab/sd", "sd/arm".
_EDITOR_CODES = re.compile(r"^[a-z]{1,5}(?:/[a-z]{1,5})+$")
# "... said the official. --IANS" (maybe with editors' initials) ending the last paragraph.
_INLINE_TAIL = re.compile(
    r"\s*(?:-{1,2}|–|—)\s*(?P<agency>[A-Za-z]{2,10})(?:\s+[a-z]{1,5}(?:/[a-z]{1,5})+)?\s*$"
)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: the place, the agency (when named) and where the story text starts."""

    place: str
    agency: str | None
    end: int


class AgencyNames:
    """Recognises agency names as written in datelines, bylines and tail lines."""

    def __init__(self, agencies: Mapping[str, Sequence[str]]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        parts: list[str] = []
        for name, spellings in agencies.items():
            for spelling in (name, *spellings):
                if spelling.isupper() or not spelling.isascii():
                    self._exact[spelling] = name
                    parts.append(rf"(?-i:{re.escape(spelling)})")
                else:
                    self._folded[spelling.casefold()] = name
                    parts.append(re.escape(spelling))
        parts.sort(key=len, reverse=True)
        self._in_text = re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])", re.IGNORECASE)

    def lookup(self, text: str) -> str | None:
        """The agency ``text`` names exactly ("IANS", "Press Trust of India"), else None."""
        text = text.strip(" .,:;-–—()[]")
        return self._exact.get(text) or self._folded.get(text.casefold())

    def find(self, text: str) -> str | None:
        """The first agency named anywhere in ``text`` ("Staff Reporter / APP")."""
        match = self._in_text.search(text)
        return self.lookup(match.group(0)) if match else None


def _place(raw: str) -> str:
    raw = raw.strip()
    return raw.title() if raw.isupper() else raw


def parse_dateline(first_line: str, agencies: AgencyNames) -> Dateline | None:
    """The dateline at the start of the first paragraph, if there is one."""
    for pattern in _DATELINES:
        match = pattern.match(first_line)
        if match is None:
            continue
        raw_agency = match.groupdict().get("agency")
        agency = agencies.lookup(raw_agency) if raw_agency else None
        if raw_agency and agency is None and not match.group(0).rstrip().endswith(_DASHES):
            continue  # "(Our Correspondent)" needs its dash to be a dateline
        if pattern is _PLACE_AGENCY and agency is None and not match.group("place").isupper():
            continue  # "The Minister (PM) -" is a sentence, not a dateline
        return Dateline(place=_place(match.group("place")), agency=agency, end=match.end())
    return None


def split_tail(lines: Sequence[str], agencies: AgencyNames) -> tuple[list[str], str | None]:
    """Remove tail credit lines ("--IANS", "ab/sd") from the end; returns (lines, agency)."""
    kept = list(lines)
    agency: str | None = None
    for _ in range(TAIL_LINES):
        if not kept:
            break
        last = kept[-1].strip()
        if _EDITOR_CODES.fullmatch(last):
            kept.pop()
            continue
        if len(last) <= MAX_TAIL_CHARS:
            bare = last.strip(" -–—()[].")
            wrapped = _TAIL_WRAPPERS.fullmatch(bare)
            name = agencies.lookup(wrapped.group("agency")) if wrapped else None
            if name:
                agency = agency or name
                kept.pop()
                continue
        inline = _INLINE_TAIL.search(last)
        if inline and (name := agencies.lookup(inline.group("agency"))):
            agency = agency or name
            kept[-1] = last[: inline.start()].rstrip()
            if not kept[-1]:
                kept.pop()
        break
    return kept, agency


def agency_of(
    dateline: Dateline | None, author: str | None, tail_agency: str | None, agencies: AgencyNames
) -> str | None:
    """The story's agency: dateline first, then byline, then the tail line."""
    if dateline and dateline.agency:
        return dateline.agency
    if author and (name := agencies.find(author)):
        return name
    return tail_agency
