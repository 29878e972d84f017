"""Wire copy: the dateline ("Quetta, March 3 (IANS) -") and the agency behind a story.

The agency is looked for in the dateline first, then the byline, then the tail line
("--IANS", "Based on ANI report"), which is removed from the text once recorded. The
agency names and their spellings are data, in ``config/noise.yaml`` (``agencies``); an
agency missing from that list is still recorded, as written, where the dateline or a
credit names it and the name is shaped like an agency's ("(SNW)", "Chiltan Newswire",
"چلتن نیوز سروس"). A listed agency found anywhere comes before such a one.
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
    # ... "Leh (Ladakh) [India], July 21 (ANI):" (the region in brackets after the town)
    re.compile(
        rf"^{_PLACE}(?:\s*\([A-Z][A-Za-z ]{{1,30}}\))?{_COUNTRY}\s*,\s*{_DAY_MONTH}\s*"
        rf"(?:{_AGENCY}\s*{_DASH}?|{_DASH})\s*"
    ),
    _PLACE_AGENCY,
    # "KARACHI:", "MITHI, Tharparkar:" (the district after the town)
    re.compile(
        r"^(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3})(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
        r"\s*:(?:\s+|$)"
    ),
    # Urdu papers: "کوئٹہ:" or "کوئٹہ (اے پی پی) —", not a byline's label ("رپورٹ: <name>")
    re.compile(
        r"^(?!(?:رپورٹ|تحریر|از|بقلم|نمائندہ|خصوصی رپورٹ|ترجمہ|تصویر|تصاویر|فوٹو)\s*[:–—-])"
        rf"(?P<place>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?)\s*(?:{_AGENCY})?\s*[:–—-]\s*"
    ),
)
# An agency missing from the configured list is still one where a dateline or a credit
# names it: an acronym in capitals ("SNW"), or in Urdu letter names ("ایم پی ایس", kept
# as its Latin letters, "MPS"), or a name ending in what agencies call themselves
# ("Chiltan Newswire", "چلتن نیوز سروس"), maybe with its acronym after it ("Riverline
# News Agency (RNA)": RNA).
_URDU_LETTER_NAMES = {
    "اے": "A", "بی": "B", "سی": "C", "ڈی": "D", "ای": "E", "ایف": "F", "جی": "G",
    "ایچ": "H", "آئی": "I", "جے": "J", "کے": "K", "ایل": "L", "ایم": "M", "این": "N",
    "او": "O", "پی": "P", "کیو": "Q", "آر": "R", "ایس": "S", "ٹی": "T", "یو": "U",
    "وی": "V", "ڈبلیو": "W", "ایکس": "X", "وائی": "Y", "زیڈ": "Z",
}  # fmt: skip
_URDU_LETTERS = "|".join(_URDU_LETTER_NAMES)
_ACRONYM = re.compile(rf"[A-Z]{{2,6}}|(?:{_URDU_LETTERS})(?: (?:{_URDU_LETTERS})){{1,4}}")
_AGENCY_NAME = re.compile(
    r"(?:(?:[A-Z][\w'’-]*\s+){1,4}(?:Newswire|News\s+Agency|Press\s+Agency|Agency"
    r"|Press\s+Service|News\s+Service|Feature\s+Service|Wire\s+Service|Wire|News\s+Network)"
    r"|(?:[\u0600-\u06ff]+\s+){1,3}(?:نیوز سروس|نیوز وائر|نیوز ایجنسی|پریس سروس|خبر رساں ادارہ))"
    r"(?:\s*\((?P<acronym>[A-Z]{2,6})\)?)?"
)
# A tail credit line is short: "--IANS", "(With inputs from PTI)", "Based on ANI report".
MAX_TAIL_CHARS = 60
# How many lines from the end may hold tail credits and editors' initials.
TAIL_LINES = 3
_TAIL_WRAPPERS = re.compile(
    r"^(?:based on (?:an? )?|with (?:inputs|input) from |source:?\s*|courtesy:?\s*|inputs from "
    r"|distributed by |supplied by )?"
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

    def name(self, text: str, *, acronym: bool = True) -> str | None:
        """The agency ``text`` names: a configured one, else ``text`` itself when it is
        shaped like an agency's name (or, with ``acronym``, like an agency's acronym)."""
        text = " ".join(text.strip(" .,:;-–—()[]").split())
        text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)  # a byline's "By ..."
        if known := self.lookup(text):
            return known
        if shaped := _AGENCY_NAME.fullmatch(text):
            return shaped.group("acronym") or text
        if acronym and _ACRONYM.fullmatch(text):
            letters = text.split()
            if all(letter in _URDU_LETTER_NAMES for letter in letters):
                return "".join(_URDU_LETTER_NAMES[letter] for letter in letters)
            return text
        return None

    def find(self, text: str) -> str | None:
        """The first agency named anywhere in ``text`` ("Staff Reporter / APP"), or the
        agency the whole of ``text`` names by its shape ("— Riverline News Agency")."""
        match = self._in_text.search(text)
        return self.lookup(match.group(0)) if match else self.name(text, acronym=False)


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
        agency = agencies.name(raw_agency) if raw_agency else None
        if raw_agency and agency is None and not match.group(0).rstrip().endswith(_DASHES):
            continue  # "(Our Correspondent)" needs its dash to be a dateline
        if (
            pattern is _PLACE_AGENCY
            and match.group("place").isascii()
            and not match.group("place").isupper()
            and agencies.lookup(raw_agency or "") is None
        ):
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
            # an unlisted acronym only when set off as a credit: "—MPS", "(SNW)"
            set_off = bare != last and last[0] in "-–—(["
            name = agencies.name(wrapped.group("agency"), acronym=set_off) if wrapped else None
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
    """The story's agency: dateline first, then byline, then the tail line; an agency of
    the configured list before one found only by its shape ("(SNW)" in the dateline,
    "APP" in the byline: APP)."""
    found = [
        dateline.agency if dateline else None,
        agencies.find(author) if author else None,
        tail_agency,
    ]
    listed = [agencies.lookup(name) for name in found if name]
    return next((name for name in listed if name), None) or next(
        (name for name in found if name), None
    )
