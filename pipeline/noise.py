"""Noise removal around and inside the article container.

Two passes, both driven by ``config/noise.yaml``:

- ``clean_tree`` works on the parsed page (lxml) *before* trafilatura sees it: it drops
  blocks whose class/id says what they are (related stories, share bars, author boxes,
  comment sections...), link-dense headline lists, headings that introduce such lists,
  teaser paragraphs ("Read More: <a>...</a>") and form-like tags. The block holding the
  headline or the article's paragraphs is never dropped as a whole, so noise *inside* the
  article container is removed while the container stays.
  Beyond wordings, it drops blocks by their shape: paragraphs that are mostly one
  linked headline behind a short label ("WATCH — <a>...</a>"), boxes that end in a
  short button-like link (sign-up, support and author boxes), short unpunctuated labels
  standing between body paragraphs ("Sponsored message"), badges (a div holding one short
  span: "Pinned post"), the heading just before a headline list, whatever its wording,
  and a heading with a short list of links under it, the block around a form control
  outside a form (sign-up, comment and poll boxes, live-blog toolbars), paragraphs set
  wholly in <small> (notes, fine print), and, on a page whose main container holds most
  of the paragraph text, the short blocks that follow the container's last paragraph,
  inside it or after it (author boxes, view counters, comment notices outside any named
  block). A sentence that goes on after its link is body text, not a linked teaser.
  Also: the heading over a run of link lines that are each a block of their own, a link
  line set after a <br> at the end of a paragraph ("<br><small>Related: <a>…</a></small>"),
  the text around a <form> (its heading and small print), a box ending in a paragraph
  that is one button-like link ("Have an account? Log in"), a line of sentences closed
  by a button link, a short label set wholly in italics between paragraphs, and an
  italic paragraph that speaks to the reader and quotes nobody (paywall and editor's
  notes). A block after the story that holds a container shaped like the story's is the
  story continued, and is looked into rather than dropped.
  Custom elements (web components, "<story-para>") become divs (paragraphs when they
  hold only inline text), and those whose tag name says noise ("<newsletter-box>") go;
  a question answered by form controls ("Was this useful? [Yes] [No]") and a short
  label after a picture or audio player (its credit) go; a share or follow label goes
  with its bar of buttons only, up to the next body paragraph; <br> text in spans and
  in table cells becomes paragraphs. A box that opens with an advert's label ("Ad")
  goes, and so does a call to the reader set over a button of its own, and a summary
  box ("Key points") that says software wrote it. A section heading that is all link
  ("<a>Leave a comment</a>") is a button: it goes alone. A teaser cut off with "..."
  before a "Read full story" link goes with its headline, and an author box (a head
  shot, the name in bold, a bio opening with the name) goes. Prose in a
  <pre> (a forwarded message) becomes paragraphs, without the message's furniture.
  It also gives trafilatura the story whole where it read only part of it: a story
  continued in a second container after an advert slot, a lead paragraph kept in a
  "teaser" block, footnotes after the story, every page of a PDF exported as positioned
  lines (rebuilt into paragraphs and table rows), a sentence straight in a <section>,
  a liveblog's entry headings and lists, a crosshead over a list or a table, a pull
  quote laid out as a <figure>, and the text of a <time> inside a sentence (trafilatura
  drops it).
- ``clean_lines`` works on the extracted text: it drops short lines that are noise
  by their wording ("Please enter your comment", "Comments reflect users' views") or by
  their shape: a sentence that starts with an imperative and speaks to the reader ("Let
  us know", "Support our journalism") or ends in a short call to action after speaking
  to the reader ("... on our app. Download now."), credit lines ("Image by <name> via
  <source>"), update notes, timestamps behind a short label ("Last modified on <date> at
  <time>"; a dateline standing alone, "SKARDU, Dec 2:", is not one), and lines repeated
  in the text (a promo placed at several slots), toolbars as text ("Font size · Print ·
  Email"), relative timestamps ("Updated 2 hours ago"), polls as text (options behind an
  empty choice mark, "( ) Yes", and their question) and an "About <Name>" heading
  followed by the named person's bio, short "|"-separated bars of noise items, and
  noise lines behind an emoji or an opening bracket. Kept: a live blog's entry (its
  time, then whatever it says: "2:00 pm: Follow this page for results"), a table's
  rows (a date in a cell is data), an imperative reported with who said it ("Mind the
  gap, the guard told them."), a correction that states the right fact after the
  wrong one. A wire tail
  with editors' initials ("PTI AB CD") is cut to the agency's name for
  ``pipeline.wire``. ``split_lead`` then splits off the byline row
  before the first sentence ("Staff Reporter", "Reading time", a publication-and-update
  row with dates).

Per-domain rules in the YAML are a fallback for what the heuristics miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml
from lxml import etree
from lxml.html import HtmlElement

from pipeline.wire import AgencyNames, parse_dateline

DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "config" / "noise.yaml"

# A heading ("Related Stories", "Comments (3)") is short; longer text is a paragraph.
MAX_HEADING_CHARS = 60
# A teaser paragraph ("Read More: <headline>") is one line, not a body paragraph.
MAX_TEASER_CHARS = 300
# Share of a teaser's text that is link text: "Read More: " + a linked headline.
MIN_TEASER_LINK_RATIO = 0.4
# A photo story has at least this many captioned pictures.
MIN_STORY_CAPTIONS = 3
# Inline elements of a caption that may hold its credit ("Image: Zarina Baloch").
INLINE_CREDIT_TAGS = frozenset({"span", "small", "em", "i", "cite"})
# A headline list has at least this many links...
MIN_LIST_LINKS = 3
# ...and is mostly link text (nav menus, "Hot this week", tag clouds).
MIN_LIST_LINK_RATIO = 0.75
# A block following a list heading is part of the list when it is at least this linky.
MIN_FOLLOWER_LINK_RATIO = 0.5
# A link line ("WATCH — <a>headline</a>") has at most this many words outside its links
# (the label) and at least LINK_LINE_MIN_WORDS linked words: a headline, not a byline
# link ("<a>Nadia Dashti</a>") that trafilatura reads the author from.
LINK_LINE_MAX_LABEL_WORDS = 3
LINK_LINE_MIN_WORDS = 4
# A longer label is allowed when it comes first and ends like a label ("Also on the
# site: <a>...</a>"): body sentences do not break off with a colon before a link.
LINK_LINE_MAX_LEAD_WORDS = 6
LABEL_END = re.compile(r"[:|»›>→—–-]\s*$")
# A button is a link of at most this many words ("Sign me up", "Contribute") that ends
# a box of at most MAX_BUTTON_BOX_CHARS: a sign-up or support box, not an article.
MAX_BUTTON_WORDS = 4
MAX_BUTTON_BOX_CHARS = 300
# A stray label ("Sponsored message", "Story continues below advertisement") is a few
# words without sentence punctuation in a plain p, div or span standing between two body
# paragraphs. A paragraph with markup inside (<p><strong>Crosshead</strong></p>) is a
# crosshead and stays; so do labels at the end of the body, where wire credits sit.
MAX_LABEL_WORDS = 6
LABEL_TAGS = frozenset({"p", "div", "span"})
# Media: a stray label may follow one as well as a paragraph (a caption set outside it).
MEDIA_TAGS = ("img", "picture", "video", "audio")
# Tags that hold a sentence laid out without a <p> (a paragraph all the same).
LOOSE_TAGS = frozenset({"div", "span"})
# ...and a paragraph set wholly in italics is such a label too ("<p><em>Story goes on
# after the advert</em></p>"): a crosshead is set in bold; italics mark notes to the reader.
NOTE_TAGS = frozenset({"em", "i"})
# How sentences end (closing quotes and brackets may follow the mark; "۔" and "؟" are
# the Urdu full stop and question mark).
SENTENCE_END = re.compile(r"[.!?…۔؟][\"'”’)\]]*$")
# Small print: a paragraph whose whole text is in <small> (HTML's element for side
# comments, legal notes, attributions) is a note, not body text...
SMALL_PRINT = "small"
# ...unless small print is a large part of the story (a page that sets its body small).
MAX_SMALL_PRINT_SHARE = 1 / 3
# After the story: when one container holds at least this share of the page's paragraph
# text, the page is that story, and the short blocks that follow the container (author
# boxes, comment notices, promos outside any named block) are page furniture.
MIN_STORY_SHARE = 2 / 3
# A block after the story of at most this many characters is dropped whole; a longer
# one is looked into, so that only its short blocks go.
MAX_AFTER_STORY_CHARS = 400
# A form control (a text field, a button, a choice) outside a <form> marks a widget: a
# sign-up box, a comment box, a poll, a live blog's toolbar. The nearest block around it
# that holds other text goes when it has at most MAX_BUTTON_BOX_CHARS characters; the
# story's container never does.
# An author's name, bold over a bio in an author box, has this many words.
AUTHOR_NAME_WORDS = range(2, 5)
# A call to the reader over a button of its own has at most this many words.
MAX_PROMPT_LINE_WORDS = 25
CONTROL_TAGS = ("input", "textarea", "button", "select")
# A short headed link list: a heading followed by a list of at least this many items,
# each of them a link ("Key events", "Sponsored Links", "You may also read": a
# headline list too short for MIN_LIST_LINKS, but introduced like one).
MIN_HEADED_LIST_LINKS = 2
# A badge: a div whose only content is one <span> of at most MAX_LABEL_WORDS words
# without sentence punctuation ("Pinned post", "Advertisement").
BADGE_TAGS = frozenset({"div"})
# Blocks inside the story's container after its last paragraph that are furniture when
# short (author boxes, counters), and the tags that may end a story and keep a block.
TRAILING_TAGS = frozenset({"div", "section", "aside", "span"})
KEPT_AT_END_TAGS = ("ul", "ol", "dl", "table", "blockquote", "pre")
# Tags that may hold a section heading or a teaser line.
HEADING_TAGS = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "header", "dt", "li"}
)
TEASER_TAGS = frozenset({"p", "div", "li"})
# A promoted box: a linked headline in one of these, with a sponsor's label or credit.
SUBHEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
PROMO_BOX_TAGS = frozenset({"div", "section", "aside", "li", "article"})
# Inline elements that may hold a line of their own after a <br> inside a paragraph.
INLINE_LINE_TAGS = frozenset({"small", "span", "em", "i", "b", "strong", "font"})
LIST_TAGS = frozenset({"ul", "ol", "div", "section", "aside", "nav"})
# Attributes whose values name what a block is.
NAMING_ATTRIBUTES = ("class", "id", "role", "aria-label")
JSON_LD = "application/ld+json"


def _any_tag(tags: Iterable[str]) -> str:
    return " or ".join(f"self::{t}" for t in sorted(tags))


# Custom elements (web components): a hyphen in the tag name.
_CUSTOM = etree.XPath("//*[contains(local-name(), '-')]")
_NAMED = etree.XPath("//*[@class or @id or @role or @aria-label]")
# Headings and teasers hold no blocks; testing that first spares measuring big containers.
_SHORT_BLOCKS = etree.XPath(
    f"//*[{_any_tag(HEADING_TAGS)}][not(.//p or .//div or .//li or .//table)]"
    f"[string-length(normalize-space()) <= {MAX_TEASER_CHARS}]"
)
# Blocks that hold loose text broken by <br> (and so no <p> around it).
_BR_BLOCKS = etree.XPath(
    "//*[self::div or self::span[not(ancestor::p)] or self::font[not(ancestor::p)]][br]"
    "[normalize-space(text()) or br[normalize-space(following-sibling::text())]"
    # ...or sentences in spans set apart by <br> ("<span>...</span><br><br><span>...")
    " or br[following-sibling::*[1][self::span or self::font][normalize-space()]]]"
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "ul",
        "ol",
        "dl",
        "table",
        "figure",
        "blockquote",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "form",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "nav",
    }
)
# Outermost first: a table with a paragraph or a block in a cell lays out the page.
_LAYOUT_TABLES = etree.XPath("//table[.//td//p or .//td//div]")
# Elements of no children and a few characters: candidates for an advert's label.
_AD_LABELS = etree.XPath(
    f"//*[{_any_tag(INLINE_LINE_TAGS | {'p', 'div', 'label'})}][not(*)]"
    f"[string-length(normalize-space()) <= {MAX_HEADING_CHARS // 2}]"
)
_LINK_BLOCKS = etree.XPath(f"//*[{_any_tag(LIST_TAGS)}][count(.//a) >= {MIN_LIST_LINKS}]")
# Small boxes whose last element is a link: candidates for button-ended boxes. Starting
# from the links visits far fewer nodes than testing every element's last child.
_BUTTON_BOXES = etree.XPath(
    "//a[not(following-sibling::*)]/parent::*[self::div or self::section]"
    f"[string-length(normalize-space()) <= {MAX_BUTTON_BOX_CHARS}]"
    # ...or whose last element is a paragraph holding nothing but one link
    " | //a[not(following-sibling::*)]/parent::p[not(following-sibling::*)][count(*) = 1]"
    "/parent::*[self::div or self::section]"
    f"[string-length(normalize-space()) <= {MAX_BUTTON_BOX_CHARS}]"
)
_BOX_CONTENT_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
# Splits a line into clauses: after sentence marks, colons and dashes used as labels.
_CLAUSES = re.compile(r"(?<=[.!?:|—–])\s+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD = re.compile(r"\w")
_DIGITS = re.compile(r"\d+")

_SEPARATORS = re.compile(r"[\s\-_]+")

# Timestamps. A line that is a date or a time behind a short label ("Last modified on
# Friday, 15 May 2026 at 18:02", "First published 3 May 2026", "Date: 3/5/2026") is page
# metadata, whatever the verb: a date (a time alone is not enough: "Polls closed at 5pm")
# and at most TIMESTAMP_LABEL_WORDS other words, which are a "Label:" or participles with
# their particles ("Ceasefire agreed on 3 May", a timeline entry, is not a label).
TIMESTAMP_LABEL_WORDS = 4
MAX_TIMESTAMP_CHARS = 80
# A call to the reader is short ("Support our journalism from Rs 300 a month."): every
# one in the fixture sets has at most 15 words. A longer line that starts with such a
# verb is a sentence of the story ('Read more about where you live: that is the slogan
# painted on the van, ...').
MAX_PROMPT_WORDS = 20
# A call to action closing a line that speaks to the reader ("... on our app. Download
# now.", "... to your inbox. Sign up here."): a last clause of at most this many words
# that starts with an imperative.
MAX_CALL_WORDS = 3
# ...without a comma or quotation marks ("Help, they said." is reported speech).
_NOT_A_CALL = re.compile(r"[,\"“”‘’']")
_QUOTATION = re.compile(r"[\"“”«»]")
# A correction note: a "Correction:" label or the story's earlier version spoken of...
_CORRECTION = re.compile(
    r"^\W*(?:correction|clarification)s?\s*:|\ban? (?:earlier|previous|prior) (?:version|edition)\b",
    re.IGNORECASE,
)
# ...split into sentences (a semicolon closes the wrong version: "...; it is ...")...
_SENTENCES = re.compile(r"(?<=[.;!?])\s+")
# ...and the words of a note about the note ("We regret the error.").
_NOTE_WORDS = re.compile(
    r"\b(?:corrected|updated|amended|revised|edited|changed|errors?|mistakes?|regrets?"
    r"|apologi[sz]e\w*)\b",
    re.IGNORECASE,
)
# Reported speech without quotation marks: an imperative followed by who said it
# ("Check the brakes twice, the instructor reminded the class.", "If you want to help,
# the librarian says, do not send money."): the story reporting what someone told
# someone, not the site speaking to the reader.
_ATTRIBUTION = re.compile(
    r",\s+(?:[^\W\d_][\w'’-]*\s+){0,4}"
    r"(?:said|says|told|tells|asked|asks|added|adds|urged|urges|warned|warns|reminded|reminds"
    r"|recalled|recalls|insisted|insists|explained|explains|advised|advises|wrote|writes)"
    r"\b(?:,|[^.!?]{0,60}[.!?][\"'”’)]*(?:\s|$))",
    re.IGNORECASE,
)
# The reader addressed, or the outlet speaking of its own products ("Also in our weekend
# edition.", "... on our app"); a slogan in italics may say "we" and "our land".
_ADDRESS = re.compile(
    r"\b(?:you(?:r|rs|rself)?|our\s(?:[\w-]+\s){0,2}(?:edition|e-?paper|paper|newspaper|magazine"
    r"|print|website|site|app|newsletter|podcast|channel|desk|newsroom|archive|diary|series"
    r"|blog)s?)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # the months in Urdu
    r"|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
)
# A time counted back from now ("6 hours ago", "a day ago") dates a line as a date does.
_RELATIVE = r"(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?"
_NUMERIC_DATE = r"\d{4}-\d{1,2}-\d{1,2}(?:t[\d:.+-]*z?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
_YEAR = r"(?:19|20)\d{2}"
_TIME_ZONE = r"pkt|ist|gmt|utc|bst|est|edt|cet|cest|pst|pdt|[+-]\d{2}:?\d{2}"
_DATE_PIECE = re.compile(
    rf"(?<!\w)(?:{_RELATIVE}|{_NUMERIC_DATE}|{_TIME}|(?:{_MONTH})\.?|{_WEEKDAY}\.?|{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?|{_TIME_ZONE})(?!\w)",
    re.IGNORECASE,
)
# Besides participles ("published", "last modified on", "first written"), the words a
# timestamp label is made of.
_TIMESTAMP_LABEL_WORDS = frozenset({"on", "at", "in", "first", "last", "originally", "since"})
_HAS_DATE = re.compile(
    rf"(?<!\w)(?:{_RELATIVE}|{_NUMERIC_DATE}|(?:{_MONTH})\.?\s+\d{{1,2}}(?!\w)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?!\w))",
    re.IGNORECASE,
)
# Lines before the story's first sentence that are short and end without sentence
# punctuation are the byline row ("Staff Reporter", "Reading time: 3 minutes"), not body.
MAX_LEAD_WORDS = 12
# ...or up to twice as long when it holds a date (the publication and update times,
# "Published 3 Mar 2026 10:15 am | Last updated 4 Mar 2026"): a dateline, the one
# line before the first sentence that is the story's, is recognised first.
MAX_DATED_LEAD_WORDS = 2 * MAX_LEAD_WORDS
# A toolbar as text: at least this many short items, set apart by middle dots or bullets
# ("Font size: A- A A+ · Print · Email"); none is a sentence.
MIN_TOOLBAR_ITEMS = 3
_TOOLBAR_SEPARATOR = re.compile(r"\s[·•]\s")
# Symbols and brackets before a line's first word (an emoji, a bullet, an opening
# parenthesis); quotation marks are kept: a quoted line is somebody's words.
# A live blog's entry: its time, then what happened or what the desk says ("2:00 pm:
# Follow this page for results as they come in."), whatever its wording, is the story,
# and no byline row ("16:40 PKT · Staff Reporter").
_LIVE_ENTRY = re.compile(
    r"(?!.*[·|•])\d{1,2}[:.]\d{2}(\s?[ap]\.?m\.?)?(\s?(pkt|pst|gmt|utc|ist))?\s*[:—–-]?"
    r"\s+[^\W\d_]\S*(\s+\S+){3,}",
    re.IGNORECASE,
)
_LEADING_MARKS = re.compile(r"^[^\w\"“”‘’'«»]+")
# A wire tail line with editors' initials in capitals: "PTI AB CDE", "(UNI) XY".
_DESK_INITIALS = re.compile(r"\W*(\w[\w ]*?\w)\W*((?:\s+(?-i:[A-Z]{2,4})){1,3})\s*")
# A table's row in extracted text: cells between unescaped "|" ("| Week | Cases |").
MIN_TABLE_CELLS = 2
_TABLE_CELL = re.compile(r"(?<!\\)\|")
# A poll as text: options that start with an empty choice mark ("( ) Yes", "[ ] No",
# "○ Not sure"), at least MIN_POLL_OPTIONS of them in a row, and the question before them.
MIN_POLL_OPTIONS = 2
_CHOICE = re.compile(r"(?:\(\s?\)|\[\s?\]|[○◯☐□◻⚪])\s*\w")
# An author box as text: "About <Name>" and a line that starts with the name.
_ABOUT_NAME = re.compile(r"about\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})", re.I)
# A line (of at least this many words) repeated in the text is a promo placed at several
# slots: a story does not repeat its own paragraphs.
MIN_REPEATED_WORDS = 3


@dataclass(frozen=True)
class DomainRules:
    """Fallback rules for one site: XPath expressions of blocks to drop, extra line patterns."""

    drop_xpath: tuple[etree.XPath, ...] = ()
    line_pattern: re.Pattern[str] | None = None


@dataclass(frozen=True)
class NoiseRules:
    """Compiled form of ``config/noise.yaml``."""

    block_attribute: re.Pattern[str]
    drop_tags: frozenset[str]
    list_heading: re.Pattern[str]
    summary_heading: re.Pattern[str]
    section_heading: re.Pattern[str]
    bar_heading: re.Pattern[str]
    line_pattern: re.Pattern[str]
    max_line_chars: int
    line_phrase: re.Pattern[str]  # the phrases in Latin script...
    urdu_line_phrase: re.Pattern[str]  # ... and in Arabic script, searched apart
    tail_line_pattern: re.Pattern[str]
    tail_lines: int
    teaser_prefix: re.Pattern[str]
    ad_label: re.Pattern[str]
    reader_verb: re.Pattern[str]
    reader_word: re.Pattern[str]
    agencies: dict[str, tuple[str, ...]]
    agency_names: AgencyNames
    domains: dict[str, DomainRules] = field(default_factory=dict)

    def for_host(self, host: str | None) -> DomainRules | None:
        """The per-domain rules for ``host`` (or a parent domain of it), if any."""
        if not host:
            return None
        host = host.lower().removeprefix("www.")
        while host:
            if host in self.domains:
                return self.domains[host]
            _, _, host = host.partition(".")
        return None


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")


def _phrases(patterns: Iterable[str]) -> re.Pattern[str]:
    """Phrases looked for only where a word starts: the engine then skips the positions
    inside words (searching every position cost twice the time)."""
    return re.compile(rf"(?<!\w)(?:{_alternation(patterns) or '(?!)'})", re.IGNORECASE)


def has_phrase(text: str, rules: NoiseRules) -> bool:
    """Whether ``text`` holds one of the ``line_phrases``, looking for the Urdu ones only
    in text with Arabic script and the others only in text with Latin letters."""
    return bool(
        (_LATIN.search(text) and rules.line_phrase.search(text))
        or (_ARABIC.search(text) and rules.urdu_line_phrase.search(text))
    )


def _compile_domain(raw: dict[str, Any]) -> DomainRules:
    lines = raw.get("line_patterns") or []
    return DomainRules(
        drop_xpath=tuple(etree.XPath(x) for x in raw.get("drop_xpath") or []),
        line_pattern=re.compile(_alternation(lines), re.IGNORECASE) if lines else None,
    )


@lru_cache(maxsize=4)
def load_rules(path: Path = DEFAULT_RULES_PATH) -> NoiseRules:
    """Read and compile the noise rules (cached: the file is read once per process)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in raw.items():
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            # an unquoted "word:" in YAML turns a pattern into a mapping: say so, loudly
            raise ValueError(f"{path}: every entry of {key!r} must be a string (quote it)")
    words = [_SEPARATORS.sub("", w.lower()) for w in raw["block_attribute_words"]]
    agencies = {k: tuple(str(a) for a in v) for k, v in (raw.get("agencies") or {}).items()}
    return NoiseRules(
        block_attribute=re.compile(_alternation(re.escape(w) for w in words)),
        drop_tags=frozenset(raw.get("drop_tags") or ()),
        list_heading=re.compile(_alternation(raw["list_headings"]), re.IGNORECASE),
        summary_heading=re.compile(_alternation(raw["summary_headings"]), re.IGNORECASE),
        section_heading=re.compile(_alternation(raw["section_headings"]), re.IGNORECASE),
        bar_heading=re.compile(_alternation(raw.get("bar_headings") or ["(?!)"]), re.IGNORECASE),
        line_pattern=re.compile(_alternation(raw["line_patterns"]), re.IGNORECASE),
        max_line_chars=int(raw["max_line_chars"]),
        line_phrase=_phrases(p for p in raw["line_phrases"] if not _ARABIC.search(p)),
        urdu_line_phrase=_phrases(p for p in raw["line_phrases"] if _ARABIC.search(p)),
        tail_line_pattern=re.compile(_alternation(raw["tail_line_patterns"]), re.IGNORECASE),
        tail_lines=int(raw["tail_lines"]),
        teaser_prefix=re.compile(_alternation(raw["teaser_prefixes"]), re.IGNORECASE),
        ad_label=re.compile(_alternation(raw["ad_labels"]), re.IGNORECASE),
        reader_verb=re.compile(_alternation(raw["reader_verbs"]), re.IGNORECASE),
        reader_word=re.compile(rf"\b(?:{_alternation(raw['reader_words'])})\b", re.IGNORECASE),
        agencies=agencies,
        agency_names=AgencyNames(agencies),
        domains={
            host.lower(): _compile_domain(rules or {})
            for host, rules in (raw.get("domains") or {}).items()
        },
    )


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _link_ratio(el: HtmlElement, text_len: int) -> float:
    if text_len == 0:
        return 0.0
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked / text_len


def _heading_text(text: str) -> str:
    """Heading text without the trailing colon/arrows some sites add ("Read more »") or a
    count ("Reader responses (2)", "تبصرے (4)")."""
    return _HEADING_COUNT.sub("", text.strip(" :»›>|-–—…")).strip()


_HEADING_COUNT = re.compile(r"\s*[(\[]\d+[)\]]$")


# The story's container as schema.org microdata marks it. ``itemprop`` holds a
# space-separated list ("description articleBody" on Blogger), so match the token.
ARTICLE_BODY = "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')]"


# A main paragraph block with less text than this is looked for among sentences in divs.
MIN_MAIN_CHARS = 200


def _heaviest_parent(paragraphs: Iterable[HtmlElement]) -> HtmlElement | None:
    """The parent holding the most text of ``paragraphs``."""
    weight: dict[HtmlElement, int] = {}
    for p in paragraphs:
        parent = p.getparent()
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + len(p.text_content())
    return max(weight, key=lambda el: weight[el]) if weight else None


def _protected(tree: HtmlElement) -> tuple[set[HtmlElement], HtmlElement | None]:
    """Elements never removed whole: the headline, the main paragraph block, their ancestors.

    Also returns the main paragraph block (the parent of the most paragraph text).
    """
    anchors: list[HtmlElement] = list(tree.iter("h1"))
    anchors.extend(tree.xpath(ARTICLE_BODY))
    main = _heaviest_parent(tree.iter("p"))
    if main is None or len(_text(main)) < MIN_MAIN_CHARS:
        # a story with no <p> (Blogger's justified <div>s): its sentences in divs
        in_divs = _heaviest_parent(
            el for el in tree.iter("div") if _is_loose_paragraph(el, _text(el))
        )
        main = main if in_divs is None else in_divs
    if main is not None:
        anchors.append(main)
    protected: set[HtmlElement] = set()
    for anchor in anchors:
        node: HtmlElement | None = anchor
        while node is not None and node not in protected:
            protected.add(node)
            node = node.getparent()
    return protected, main


def _join_continuations(main: HtmlElement | None) -> None:
    """Move into the story's paragraph block the later siblings that continue it: the
    same tag, a class word in common, paragraphs of prose (<div class="article-body">...
    </div><div class="ad-slot"></div><div class="article-body article-body--continued">
    ...</div>). trafilatura reads one container, and lost the story's second half. A
    page that sets each paragraph in a block of its own has its sub-headings, quotes,
    lists and tables between them: those come along, in their places."""
    if main is None or main.tag not in LOOSE_TAGS:
        return
    words = set(main.get("class", "").split())
    sibling = main.getnext()
    between: list[HtmlElement] = []
    while words and sibling is not None:
        after = sibling.getnext()
        if (
            sibling.tag == main.tag
            and words & set(sibling.get("class", "").split())
            and any(_is_sentence(_text(p)) for p in sibling.iter("p"))
            and _link_ratio(sibling, len(_text(sibling))) < MIN_TEASER_LINK_RATIO
        ):
            main.extend(insert for el in between if (insert := _body_insert(el)) is not None)
            between = []
            if sibling.text and sibling.text.strip():  # words before its first element
                if len(main):
                    main[-1].tail = (main[-1].tail or "") + sibling.text
                else:
                    main.text = (main.text or "") + sibling.text
            main.extend(list(sibling))
            sibling.drop_tree()
        elif isinstance(sibling.tag, str):
            between.append(sibling)
        sibling = after


def _body_insert(el: HtmlElement) -> HtmlElement | None:
    """``el`` if it is a sub-heading, list, table or quote, or the one such block a
    wrapper holds (trafilatura drops "<div><h2>...</h2></div>" inside a paragraph block)."""
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        if el.tag in SUBHEADING_TAGS or el.tag in KEPT_AT_END_TAGS:
            break
        el = el[0]
    return el if el.tag in SUBHEADING_TAGS or el.tag in KEPT_AT_END_TAGS else None


_NOTES = re.compile(r"footnotes|endnotes", re.IGNORECASE)
# a note's marker ("[1]", "1") or its link back to the text ("↩︎", "^")
_NOTE_LINK = re.compile(r"\[?\d{1,3}\]?|[↩↑^\ufe0e\s]+")


def _join_footnotes(main: HtmlElement | None) -> None:
    """Move into the story's paragraph block the footnotes that follow it (Markdown's
    <section class="footnotes">, a role="doc-endnotes" list), and drop the note markers
    and back-links in it. trafilatura reads one container, and lost a long read's notes;
    "[1]" and "↩︎" are links, not words of the story."""
    if main is None:
        return
    for link in list(main.iter("a")):
        if _is_note_link(link):
            parent = link.getparent()
            (parent if parent is not None and parent.tag == "sup" else link).drop_tree()
    for sibling in main.itersiblings():
        naming = " ".join(sibling.get(a, "") for a in ("class", "id", "role"))
        if _NOTES.search(naming) and sibling.find(".//li") is not None:
            for link in [link for link in sibling.iter("a") if _is_note_link(link)]:
                link.drop_tree()
            for note in sibling.iter("li"):  # each note a paragraph of the story's
                paragraph = main.makeelement("p")
                paragraph.text = _text(note)
                main.append(paragraph)
            sibling.drop_tree()
            break


def _is_note_link(link: HtmlElement) -> bool:
    return link.get("href", "").startswith("#") and bool(_NOTE_LINK.fullmatch(_text(link) or " "))


_TEASER = re.compile("teaser", re.IGNORECASE)


def _keep_lead_teaser(main: HtmlElement | None) -> None:
    """Move into the story's paragraph block the "teaser" blocks before it that hold a
    sentence and few links: the story's lead paragraph, kept apart from the body (TYPO3's
    news record: <div class="teaser-text">...</div> ... <div class="news-text-wrap">).
    trafilatura drops every block named "teaser", and reads one container: it lost the
    story's first paragraph. A teaser of another story is a link, and stays where it is."""
    if main is None:
        return
    leads = []
    for node in (main, main.getparent()):
        for sibling in node.itersiblings(preceding=True) if node is not None else ():
            if (
                _TEASER.search(" ".join((sibling.get("class", ""), sibling.get("id", ""))))
                and any(_is_sentence(_text(p)) for p in sibling.iter("p"))
                and _link_ratio(sibling, len(_text(sibling))) < MIN_TEASER_LINK_RATIO
            ):
                leads.append(sibling)
    for lead in leads:  # nearest first, each put before the one after it
        for attribute in ("class", "id"):
            if attribute in lead.attrib:
                lead.set(attribute, _TEASER.sub("lead", lead.get(attribute, "")))
        lead.tail, main.text = (main.text or "") + (lead.tail or ""), None
        main.insert(0, lead)


def _captions_to_paragraphs(tree: HtmlElement, rules: NoiseRules) -> None:
    """A photo story's captions become its paragraphs: all its <figcaption>s (at least
    MIN_STORY_CAPTIONS) when they hold more text than the paragraphs beside them.

    Elsewhere a caption describes a photo or repeats its credit beside the story
    (figcaption is dropped), but in a gallery the captions are the story, and trafilatura
    (which judges figures on its own) kept them on one such page and dropped them on
    another."""
    captions = list(tree.iter("figcaption"))
    if len(captions) < MIN_STORY_CAPTIONS:
        return
    # the paragraphs beside the captions: inside the smallest block holding them all
    around = set(captions[0].iterancestors())
    for caption in captions[1:]:
        around &= set(caption.iterancestors())
    block = max(around, key=lambda el: sum(1 for _ in el.iterancestors()))
    caption_chars = sum(len(_text(c)) for c in captions)
    other_chars = sum(
        len(_text(p))
        for p in block.iter("p")
        if not any(a.tag == "figcaption" for a in p.iterancestors())
    )
    if caption_chars <= other_chars:
        return
    for caption in captions:
        figure = caption.getparent()
        if figure is not None and figure.tag == "figure":
            figure.tag = "div"
        for part in list(caption.iter(*INLINE_CREDIT_TAGS)):  # a credit set in the caption goes
            if is_noise_line(_text(part), rules):
                part.drop_tree()
        caption.tag = (
            "div" if any(isinstance(c.tag, str) and c.tag in ("p", "div") for c in caption) else "p"
        )


def _names_noise(el: HtmlElement, rules: NoiseRules) -> bool:
    for attr in NAMING_ATTRIBUTES:
        value = el.get(attr)
        if value and rules.block_attribute.search(_SEPARATORS.sub("", value.lower())):
            return True
    return False


def _is_linky_or_empty(el: HtmlElement) -> bool:
    if not isinstance(el.tag, str):
        return True
    text = _text(el)
    return not text or _link_ratio(el, len(text)) >= MIN_FOLLOWER_LINK_RATIO


def _summary_box(
    heading: HtmlElement, text: str, rules: NoiseRules, protected: set[HtmlElement]
) -> list[HtmlElement]:
    """A summary box that says it was written by software ("Key points" over a list, then
    "These points were drafted by an AI tool"): its heading, its lists and that note.
    An editor's "Key points" box, with no such note, is the story's own and stays."""
    node = _climb(heading, text, protected)
    block = [node]
    for sibling in node.itersiblings():
        if sibling in protected:
            break
        if sibling.tag in ("ul", "ol"):
            block.append(sibling)
            continue
        if len(block) > 1 and is_noise_line(_text(sibling), rules):
            return [*block, sibling]
        break
    return []


def _is_teaser_card(el: HtmlElement) -> bool:
    """A card under a list heading: a headline in a heading of its own and a line of
    summary, short, in a block of its own ("<div><h6>Guddu repairs finished</h6><p>...</p>
    </div>"), linked or not."""
    if el.tag not in PROMO_BOX_TAGS or len(_text(el)) > MAX_BUTTON_BOX_CHARS:
        return False
    first = next((c for c in el.iter(*SUBHEADING_TAGS, "p")), None)
    return first is not None and first.tag in SUBHEADING_TAGS


def _climb(node: HtmlElement, text: str, protected: set[HtmlElement]) -> HtmlElement:
    """The outermost wrapper of ``node`` that holds nothing but ``text``."""
    parent = node.getparent()
    while parent is not None and parent not in protected and _text(parent) == text:
        node, parent = parent, parent.getparent()
    return node


def _headed_block(
    heading: HtmlElement,
    text: str,
    protected: set[HtmlElement],
    *,
    whole_section: bool,
    bar: bool = False,
) -> list[HtmlElement]:
    """The heading and what it introduces: its link lists, or (``whole_section``) all after
    it, or (``bar``) the buttons after it up to the next body paragraph."""
    node = _climb(heading, text, protected)
    block = [node]
    sibling = node.getnext()
    while sibling is not None and sibling not in protected:
        if not (whole_section or bar or _is_linky_or_empty(sibling) or _is_teaser_card(sibling)):
            break
        if bar and _is_body_block(sibling):
            break
        block.append(sibling)
        sibling = sibling.getnext()
    return block


def _is_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def _words_after_last_link(el: HtmlElement, text: str) -> bool:
    """Whether words follow the last link ("Also, <a>the council voted</a> on Monday.")."""
    links = [" ".join(a.text_content().split()) for a in el.iter("a")]
    at = text.rfind(links[-1]) if links and links[-1] else -1
    return at >= 0 and _WORD.search(text, at + len(links[-1])) is not None


def _is_link_line(el: HtmlElement, text: str) -> bool:
    """A line that is a linked headline behind at most a short label ("WATCH — <a>…</a>").

    A sentence that goes on after its link ("Also, <a>the council approved the budget</a>
    on Monday.") is body text: a label comes before the headline, not after it.
    """
    n_linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    n_label = len(text.split()) - n_linked
    if n_linked < LINK_LINE_MIN_WORDS:
        return False
    if _is_sentence(text) and _words_after_last_link(el, text):
        return False
    if n_label <= LINK_LINE_MAX_LABEL_WORDS:
        return True
    lead = _text_before_first_link(el, text)
    return (
        n_label <= LINK_LINE_MAX_LEAD_WORDS
        and len(lead.split()) == n_label
        and bool(LABEL_END.search(lead))
    )


def _text_before_first_link(el: HtmlElement, text: str) -> str:
    """The text before the first link, inline markup included ("<b>Click here:</b> <a>")."""
    first = next(el.iter("a"), None)
    linked = _text(first) if first is not None else ""
    at = text.find(linked) if linked else -1
    return text[:at] if at >= 0 else ""


def _is_paragraph(el: HtmlElement) -> bool:
    """A body paragraph, or a wrapper holding only one (block layouts put each in a div)."""
    if not isinstance(el.tag, str):
        return False
    first = el if el.tag == "p" else next(el.iter("p"), None)
    if first is None:
        return False
    text = _text(first)
    return text == _text(el) and _is_sentence(text)


def _is_stray_label(
    el: HtmlElement, text: str, rules: NoiseRules, protected: set[HtmlElement]
) -> bool:
    """A few unpunctuated words in a plain p/div/span standing between body paragraphs
    (or sentences laid out as spans or divs, line breaks between them aside), or between
    a picture, video or audio player and a paragraph (a caption or credit of the media).

    A wire credit ("(Based on PTI report)") has the same shape but names an agency; it
    stays for ``pipeline.wire`` to read. So does a line right after a block quote: it
    says who was quoted.
    """
    if (
        el.tag not in LABEL_TAGS
        or len(text.split()) > MAX_LABEL_WORDS
        or _is_sentence(text)
        or next(el.iter("a"), None) is not None
        # the story's crosshead, or a span inside one
        or next(el.iter(*SUBHEADING_TAGS), None) is not None
        or next(el.iterancestors(*SUBHEADING_TAGS), None) is not None
        or (el.tag == "p" and len(el) > 0 and not _wholly_in(el, NOTE_TAGS))
        or rules.agency_names.find(text)
    ):
        return False
    if _is_media(_neighbour(el.itersiblings(preceding=True))) and el.getnext() is None:
        return True  # the last line of a box that opens with a picture: "PIW photo No. 33"
    node = _climb(el, text, protected)
    previous = _neighbour(node.itersiblings(preceding=True))
    if previous is not None and previous.tag == "blockquote":
        return False  # the quote's attribution: "Mukhi Parmanand, village elder"
    return _is_body_block(_neighbour(node.itersiblings())) and (
        _is_body_block(previous) or _is_media(previous)
    )


def _is_body_block(el: HtmlElement | None) -> bool:
    """A body paragraph, or a sentence laid out as a div or span."""
    return el is not None and (
        _is_paragraph(el) or (el.tag in LOOSE_TAGS and _is_loose_paragraph(el, _text(el)))
    )


def _is_media(el: HtmlElement | None) -> bool:
    """A picture, a video or an audio player (or a block holding one and no text): the
    short line after it is its caption or credit ("Narrated by a synthetic voice · 2:10")."""
    if el is None or not isinstance(el.tag, str):
        return False
    if el.tag in MEDIA_TAGS:
        return True
    return (
        el.tag in ("figure", "div", "p")
        and not _text(el)
        and next(el.iter(*MEDIA_TAGS), None) is not None
    )


def _neighbour(siblings: Iterable[HtmlElement]) -> HtmlElement | None:
    """The first sibling that is not a line break (text laid out as spans between <br>s)."""
    return next((s for s in siblings if s.tag != "br"), None)


def _wholly_in(el: HtmlElement, tags: frozenset[str]) -> bool:
    """Whether all of ``el``'s text is in one child of ``tags``: "<p><em>...</em></p>"."""
    return (
        len(el) == 1
        and el[0].tag in tags
        and not (el.text or "").strip()
        and not (el[0].tail or "").strip()
    )


def _is_note_to_reader(text: str) -> bool:
    """An italic paragraph that speaks to the reader or as the outlet ("You have two free
    articles left", "This appeared in our print edition") and quotes nobody: a paywall's
    or an editor's note, not the story (which reports what others say, in quotation
    marks)."""
    return bool(_ADDRESS.search(text)) and not _QUOTATION.search(text)


def _is_badge(el: HtmlElement, text: str, rules: NoiseRules) -> bool:
    """A block whose only content is one short <span>: "Pinned post", "Advertisement".

    Body text and datelines sit in paragraphs; a lone span in a div is a badge or a
    placeholder label, unless body text follows it: then it may be a crosshead (between
    two paragraphs it is ``_is_stray_label``'s to judge).
    """
    if el.tag not in BADGE_TAGS or len(el) != 1 or (el.text or "").strip():
        return False
    span = el[0]
    return (
        span.tag == "span"
        and not _opens_body_text(el.getnext())
        and not (span.tail or "").strip()
        and len(span) == 0
        and len(text.split()) <= MAX_LABEL_WORDS
        and not _is_sentence(text)
        and not rules.agency_names.find(text)
    )


def _opens_body_text(el: HtmlElement | None) -> bool:
    """Whether ``el`` is a paragraph, a sentence laid out as a div, a list, table or quote."""
    if el is None or not isinstance(el.tag, str):
        return False
    return el.tag in KEPT_AT_END_TAGS or _is_paragraph(el) or _is_loose_paragraph(el, _text(el))


def _control_boxes(tree: HtmlElement, protected: set[HtmlElement]) -> Iterable[HtmlElement]:
    """The block around a form control: sign-up, comment and poll boxes, live-blog toolbars.

    That is the nearest block holding text besides its controls (a text field and its
    button may sit in a wrapper of their own, inside the box that says what they are for),
    if it is short. A paragraph with a control in its text is left alone (a paragraph
    holding only controls is their wrapper). A <form> counts as one
    control (its heading and small print sit around it: "Our weekly letter" above the
    form, "Unsubscribe at any time" below), unless it holds the story (a page laid out
    in one form, as ASP.NET WebForms does).
    """
    for control in tree.iter(*CONTROL_TAGS, "form"):
        if control.get("type") == "hidden" or next(control.iterancestors("form"), None) is not None:
            continue  # inside a form: the form is the control
        if control in protected:
            continue
        for node in control.iterancestors():
            if node in protected or (node.tag == "p" and _text_without_controls(node)):
                break
            if node.tag not in BLOCK_TAGS and node.tag != "li":
                continue
            text = _text(node)
            if len(text) > MAX_BUTTON_BOX_CHARS:
                break
            rest = _text_without_controls(node)
            if not rest:
                continue  # the controls' own wrapper: the box is further out
            if _is_loose_paragraph(node, rest) and not rest.endswith(("?", "؟")):
                # a paragraph laid out as a div, with a button in it; a question that
                # the controls answer ("Did this help? [Yes] [No]") is a widget
                break
            yield node
            break


def _bare_text_paragraphs(tree: HtmlElement) -> None:
    """A sentence straight in a <section>, with no block inside, becomes a <p>.

    A page building its story of <section> blocks with no <p> (one per paragraph, as
    sub-headings, lists and quotes have theirs) lost most of it inside trafilatura once
    the noise around it was gone. Doing the same for <div>s lost text on other pages:
    trafilatura already reads a sentence in a <div>."""
    for el in list(tree.iter("section")):
        text = _text(el)
        # a sentence, or a list's lead-in ("The fair's last day had three events:")
        if _is_loose_paragraph(el, text[:-1] + "." if text.endswith(":") else text):
            el.tag = "p"


def _is_loose_paragraph(el: HtmlElement, text: str) -> bool:
    """A sentence straight in a div or span, with no block inside: a paragraph all the same."""
    return _is_sentence(text) and not any(child.tag in BLOCK_TAGS for child in el)


def _text_without_controls(el: HtmlElement) -> str:
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and child.tag not in CONTROL_TAGS and child.tag != "form":
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


def _headed_link_lists(tree: HtmlElement, protected: set[HtmlElement]) -> Iterable[HtmlElement]:
    """A heading followed by a list whose every item is a link: a short headline list.

    A lead-in ending in a colon ("The candidates are:") introduces a list of the story.
    """
    for items in tree.iter("ul", "ol"):
        if items in protected or len(items) < MIN_HEADED_LIST_LINKS:
            continue
        if not all(_is_link_item(li) for li in items):
            continue
        heading = items.getprevious()
        if _is_heading_like(heading, protected) and not _text(heading).endswith(":"):
            yield items
            yield _climb(heading, _text(heading), protected)


def _is_link_item(li: HtmlElement) -> bool:
    if li.tag != "li":
        return False
    text = _text(li)
    return bool(text) and _link_ratio(li, len(text)) >= MIN_LIST_LINK_RATIO


def _is_heading_like(el: HtmlElement | None, protected: set[HtmlElement]) -> bool:
    """Short text, no links, no sentence punctuation: a heading whatever its wording."""
    if el is None or not isinstance(el.tag, str) or el in protected:
        return False
    text = _text(el)
    return (
        0 < len(text) <= MAX_HEADING_CHARS
        and not _is_sentence(text)
        and next(el.iter("a"), None) is None
    )


def _button_boxes(tree: HtmlElement, protected: set[HtmlElement]) -> Iterable[HtmlElement]:
    """Small boxes of text that end in a button-like link: sign-up, support, follow boxes."""
    for box in _BUTTON_BOXES(tree):
        button = box[-1]
        if button.tag == "p" and ((button.text or "").strip() or (button[0].tail or "").strip()):
            continue  # a paragraph with words besides its link
        if box in protected or (button.tail or "").strip() or not _is_button(_text(button)):
            continue
        if any(child.tag in _BOX_CONTENT_TAGS and _text(child) for child in box[:-1]):
            yield box


def _prompts_with_buttons(tree: HtmlElement, protected: set[HtmlElement]) -> Iterable[HtmlElement]:
    """A call set as a line of its own over a button of its own, both paragraphs (a
    channel post's "Save today's news in the app and read it offline" / <a>Get the
    app</a>): a crosshead is followed by body text, not by a button."""
    for button in tree.iter("p"):
        links = list(button.iter("a"))
        if (
            len(links) != 1
            or button in protected
            or _text(links[0]) != (text := _text(button))
            or not _is_button(text)
        ):
            continue  # not a paragraph that is all one short link
        prompt = _neighbour(button.itersiblings(preceding=True))
        if prompt is None or prompt.tag != "p" or prompt in protected:
            continue
        text = _text(prompt)
        if (
            text
            and len(text.split()) <= MAX_PROMPT_LINE_WORDS
            and not _is_sentence(text)
            and next(prompt.iter("a"), None) is None
        ):
            yield prompt
            yield button


def _is_button(text: str) -> bool:
    """A button's words: "Join now", or a short question and its answer ("Have an
    account? Log in"): at most MAX_BUTTON_WORDS words after the last question mark."""
    if not any(c.isalpha() for c in text):
        return False  # an arrow or a number: a footnote's way back, not a button
    question, mark, answer = text.rpartition("?")
    if mark and len(question.split()) <= MAX_BUTTON_WORDS:
        text = answer
    return len(text.split()) <= MAX_BUTTON_WORDS


def _is_headline_list(el: HtmlElement, text: str, link_chars: dict[HtmlElement, int]) -> bool:
    """At least MIN_LIST_LINKS links that make most of the text.

    ``link_chars`` caches each link's text length: nested candidate blocks share links.
    """
    links = linked = 0
    for a in el.iter("a"):
        size = link_chars.get(a)
        if size is None:
            size = link_chars[a] = len(" ".join(a.text_content().split()))
        links += size > 0
        linked += size
    return links >= MIN_LIST_LINKS and bool(text) and linked / len(text) >= MIN_LIST_LINK_RATIO


def _named_blocks(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """Blocks that are noise by their tag or by what their class/id calls them."""
    for el in tree.iter(*rules.drop_tags):
        if el not in protected and not (el.tag == "script" and el.get("type") == JSON_LD):
            yield el
    for el in _NAMED(tree):
        if el not in protected and _names_noise(el, rules):
            yield el
    yield from _control_boxes(tree, protected)


def _text_blocks(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """Blocks that are noise by their text: headed lists and sections, teasers, headline lists."""
    link_lines: set[HtmlElement] = set()
    for el in _SHORT_BLOCKS(tree):
        if el in protected:
            continue
        text = _text(el)
        if len(text) <= MAX_HEADING_CHARS:
            heading = _heading_text(text)
            if rules.section_heading.fullmatch(heading):
                node = _climb(el, text, protected)
                parent = node.getparent()
                if _link_ratio(node, len(text)) >= MIN_TEASER_LINK_RATIO * 2:
                    # a button ("<a>Leave a comment</a>") in the story, not a section's head
                    yield node
                elif (
                    parent is not None
                    and parent.tag == "p"
                    and parent not in protected
                    and parent.index(node) == 0
                    and not (parent.text or "").strip()
                ):
                    # the head of a paragraph of lines: "<p><b>Media contact</b><br>Name..."
                    yield from _headed_block(parent, _text(parent), protected, whole_section=True)
                else:
                    yield from _headed_block(el, text, protected, whole_section=True)
                continue
            if rules.bar_heading.fullmatch(heading):
                yield from _headed_block(el, text, protected, whole_section=False, bar=True)
                continue
            if rules.list_heading.fullmatch(heading):
                yield from _headed_block(el, text, protected, whole_section=False)
                continue
            if rules.summary_heading.fullmatch(heading):
                yield from _summary_box(el, text, rules, protected)
                continue
        if not text:
            continue
        if el.tag in TEASER_TAGS and (
            (
                rules.teaser_prefix.match(text)
                and _link_ratio(el, len(text)) >= MIN_TEASER_LINK_RATIO
            )
            or _is_link_line(el, text)
        ):
            link_lines.add(el)
            yield el
        elif (el.tag in TEASER_TAGS and _ends_in_button(el, text)) or (
            el.tag == "p" and _wholly_in(el, NOTE_TAGS) and _is_note_to_reader(text)
        ):
            yield el
        elif _is_stray_label(el, text, rules, protected):
            yield _climb(el, text, protected)
        elif _is_badge(el, text, rules):
            yield el
    yield from _headings_of_link_lines(link_lines, protected)
    yield from _link_lines_after_breaks(tree)
    link_chars: dict[HtmlElement, int] = {}
    for el in _LINK_BLOCKS(tree):
        if el not in protected and _is_headline_list(el, _text(el), link_chars):
            yield el
            previous = el.getprevious()
            if _is_heading_like(previous, protected):
                yield previous
    yield from _button_boxes(tree, protected)
    yield from _prompts_with_buttons(tree, protected)
    yield from _headed_link_lists(tree, protected)
    yield from _promo_boxes(tree, rules, protected)
    yield from _labelled_ads(tree, rules, protected)
    yield from _truncated_teasers(tree, rules, protected)
    yield from _author_boxes(tree, protected)


def _truncated_teasers(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """A teaser: a summary cut off with "..." and a link on to the story ("Read full
    story »"), with its headline; the outermost short box around it goes."""
    for link in tree.iter("a"):
        parent = link.getparent()
        if parent is None:
            continue
        before = (link.getprevious().tail if link.getprevious() is not None else parent.text) or ""
        if not before.rstrip().endswith(("...", "…")):
            continue
        label = _text(link)
        if not label or not is_noise_line(label, rules):
            continue
        box = None
        for node in link.iterancestors():
            if node in protected or len(_text(node)) > MAX_AFTER_STORY_CHARS:
                break
            box = node
        if box is not None:
            yield box


def _author_boxes(tree: HtmlElement, protected: set[HtmlElement]) -> Iterable[HtmlElement]:
    """An author box: a head shot, the author's name set in bold on a line of its own
    and a short bio that opens with that name ("<img><p><b>Shahzeb Lal</b></p><p>Shahzeb
    Lal has driven the Dir-Chitral road ...</p>")."""
    for name in tree.iter("p"):
        text = _text(name)
        bio = name.getnext()
        box = name.getparent()
        if (
            bio is None
            or bio.tag != "p"
            or box is None
            or box in protected
            or not _wholly_in(name, frozenset({"b", "strong"}))
            or len(text.split()) not in AUTHOR_NAME_WORDS
            or not _text(bio).startswith(text)
            or len(_text(box)) > MAX_AFTER_STORY_CHARS
            or next(box.iter("img"), None) is None
        ):
            continue
        yield box


def _labelled_ads(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """A small box that opens with an advert's label ("<div><span>Ad</span><p>Braldu
    Springs mineral water</p></div>"): what follows the label in it is the advert."""
    for label in _AD_LABELS(tree):
        box = label.getparent()
        if (
            box is None
            or box in protected
            or box.tag not in PROMO_BOX_TAGS
            or label.getprevious() is not None
            or (box.text or "").strip()
            or not rules.ad_label.fullmatch(_text(label))
        ):
            continue
        text = _text(box)
        if len(text) <= MAX_BUTTON_BOX_CHARS and text != _text(label):
            yield box


def _promo_boxes(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """A small box around one linked headline whose other lines are noise by their
    wording, a sponsor's label or credit ("Paid partner content" / <a><h4>Plan your
    trip</h4></a> / "Presented by ..."): left alone, the headline reads as a crosshead."""
    for link in tree.iter("a"):
        if next(link.iter(*SUBHEADING_TAGS), None) is not None:
            headline = link  # <a><h4>...</h4></a>
        elif (parent := link.getparent()) is not None and parent.tag in SUBHEADING_TAGS:
            headline = parent  # <h4><a>...</a></h4>
        else:
            continue
        box = headline.getparent()
        if box is None or box in protected or box.tag not in PROMO_BOX_TAGS:
            continue
        if len(_text(box)) > MAX_BUTTON_BOX_CHARS:
            continue
        lines = [(box.text or "").strip(), *(_text(c) for c in box if c is not headline)]
        if any(line and is_noise_line(line, rules) for line in lines):
            yield box


def _headings_of_link_lines(
    link_lines: set[HtmlElement], protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """The heading over a run of linked headlines, each in a block of its own.

    A headline list laid out as separate lines ("<b>Worth your time</b><br>• <a>...</a>
    <br>• <a>...</a>", or a div per item) is no list element: its items go one by one as
    link lines, and the heading over at least MIN_HEADED_LIST_LINKS of them goes too.
    """
    for el in link_lines:
        heading = el.getprevious()
        if heading is None or heading in link_lines or not _is_heading_like(heading, protected):
            continue
        run, node = 0, el
        while node is not None and node in link_lines:
            run, node = run + 1, node.getnext()
        if run >= MIN_HEADED_LIST_LINKS and not _text(heading).endswith(":"):
            yield heading


def _link_lines_after_breaks(tree: HtmlElement) -> Iterable[HtmlElement]:
    """A linked headline set on its own line at the end of a paragraph, after a <br>.

    "...said on Wednesday.<br><small>Related: <a>Dam work resumes</a></small>": the
    inline element after the break is a line of its own, and a link line as a paragraph
    would be.
    """
    for br in tree.iter("br"):
        line = br.getnext()
        if (
            line is None
            or line.tag not in INLINE_LINE_TAGS
            or br.getparent() is None
            or br.getparent().tag != "p"
            or (br.tail or "").strip()
            or (line.tail or "").strip()
            or not (line.getnext() is None or line.getnext().tag == "br")
        ):
            continue
        text = _text(line)
        if text and _is_link_line(line, text):
            yield line


def _ends_in_button(el: HtmlElement, text: str) -> bool:
    """A line of sentences closed by a button ("Our weekend long-read, on Saturdays.
    <a>Count me in</a>"): a body sentence does not end on a link after its full stop."""
    if len(text) > MAX_BUTTON_BOX_CHARS or len(el) == 0:
        return False
    button = el[-1]
    if button.tag != "a" or (button.tail or "").strip() or any(c.tag in BLOCK_TAGS for c in el):
        return False
    label = _text(button)
    before = text[: len(text) - len(label)].strip() if text.endswith(label) else ""
    return bool(label) and _is_button(label) and _is_sentence(before)


def _small_print(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> list[HtmlElement]:
    """Paragraphs set wholly in <small>: update notes, fine print, credits.

    A wire credit in small print ("<small>(With inputs from PTI)</small>") stays for
    ``pipeline.wire``; nothing goes when small print is a large part of the page's text.
    """
    found: list[HtmlElement] = []
    small_chars = 0
    for small in tree.iter(SMALL_PRINT):
        p = next(small.iterancestors("p"), None)
        if p is None or p in protected or (found and found[-1] is p):
            continue
        text = _text(p)
        in_small = sum(len(_text(s)) for s in p.iter(SMALL_PRINT))
        if text and in_small >= len(text) - text.count(" ") and not rules.agency_names.find(text):
            found.append(p)
            small_chars += len(text)
    if not found:
        return found
    total = sum(len(_text(p)) for p in tree.iter("p"))
    return found if small_chars <= MAX_SMALL_PRINT_SHARE * total else []


def _after_story(
    tree: HtmlElement, main: HtmlElement | None, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """Short blocks that follow the story's container on a page that is one story.

    The container must hold most of the page's paragraph text (so a layout that puts each
    paragraph in its own block, where the "container" is one paragraph, is left alone).
    What follows it, outside it, is furniture: author boxes, comment notices, promos.
    A block shaped like the container (same tag, class and id but its numbers: the story
    continued after an advert) and a wire credit naming an agency are kept.
    """
    if main is None or main.getparent() is None:
        return
    inside = sum(len(p.text_content()) for p in main.iter("p"))
    total = sum(len(p.text_content()) for p in tree.iter("p"))
    if not total or inside < MIN_STORY_SHARE * total:
        return
    yield from _after_last_paragraph(main, rules, protected)
    shape = _shape(main)
    node = main
    while (parent := node.getparent()) is not None:
        for sibling in node.itersiblings():
            yield from _furniture(sibling, shape, rules, protected)
        node = parent


def _after_last_paragraph(
    main: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """Short blocks inside the story's container after its last paragraph.

    A view counter, a comment notice or an author box placed inside the container, after
    the story. What may go on with the story stays: a wrapper holding one paragraph, a
    sentence laid out as a div, lists, tables and quotes and the crosshead before them, a
    wire credit, and a block of paragraphs unless a link or a picture stands beside them
    (an author box: a name linked to the author's page, a head shot, next to a short bio).
    """
    children = [child for child in main if isinstance(child.tag, str)]
    last = next(
        (
            i
            for i in reversed(range(len(children)))
            if children[i].tag == "p" and _is_paragraph(children[i])
        ),
        None,
    )
    if last is None:
        return
    for child in children[last + 1 :]:
        if child.tag not in TRAILING_TAGS or child in protected:
            continue
        if next(child.iter(*KEPT_AT_END_TAGS), None) is not None or _is_paragraph(child):
            continue
        text = _text(child)
        if (
            not text
            or len(text) > MAX_AFTER_STORY_CHARS
            or _is_loose_paragraph(child, text)
            or rules.agency_names.find(text)
        ):
            continue
        following = next(
            (el for el in child.itersiblings() if isinstance(el.tag, str) and _text(el)), None
        )
        if _is_heading_like(child, protected) and _opens_body_text(following):
            continue  # a crosshead
        has_sentences = any(_is_sentence(_text(p)) for p in child.iter("p"))
        if not has_sentences or _beside_paragraphs(child):
            yield child


def _beside_paragraphs(el: HtmlElement) -> bool:
    """Whether ``el`` holds a link or an image outside its paragraphs."""
    for node in el.iter("a", "img"):
        parent = node.getparent()
        while parent is not None and parent is not el and parent.tag != "p":
            parent = parent.getparent()
        if parent is el:
            return True
    return False


def _shape(el: HtmlElement) -> tuple[str, str, str]:
    """Tag, class and id but its numbers: "body-part-2" continues "body-part-1"."""
    return (el.tag, el.get("class") or "", _DIGITS.sub("", el.get("id") or ""))


def _furniture(
    el: HtmlElement,
    shape: tuple[str, str, str],
    rules: NoiseRules,
    protected: set[HtmlElement],
) -> Iterable[HtmlElement]:
    if not isinstance(el.tag, str) or el in protected or _shape(el) == shape:
        return
    text = _text(el)
    if not text:
        return
    if len(text) > MAX_AFTER_STORY_CHARS or _holds_shape(el, shape):
        for child in el:
            yield from _furniture(child, shape, rules, protected)
    elif not rules.agency_names.find(text):
        yield el


def _holds_shape(el: HtmlElement, shape: tuple[str, str, str]) -> bool:
    """Whether a block holding a container shaped like the story's (the story continued,
    wrapped deeper than the container itself: CMS "paragraph" items) is inside ``el``."""
    return any(_shape(d) == shape for d in el.iterdescendants(shape[0]))


def _custom_elements(tree: HtmlElement, rules: NoiseRules) -> list[HtmlElement]:
    """Turn custom elements ("<story-para>", "<promo-rail>": web components) into divs,
    or into paragraphs when they hold only inline content.

    The HTML parser knows nothing of them and treats them as inline, so their text runs
    together into one line. A custom element's name says what it is, as a class does:
    the ones whose name holds a word of ``block_attribute_words`` ("<newsletter-box>",
    "<site-related-list>") are returned, to be dropped unless they hold the story.
    """
    named: list[HtmlElement] = []
    for el in _CUSTOM(tree):
        if rules.block_attribute.search(_SEPARATORS.sub("", el.tag.lower())):
            named.append(el)
        # one holding only inline content and ending a sentence is the story's paragraph
        # ("<story-paragraph>"); as a <div> of bare text trafilatura passed it over, and
        # kept only the <p>s around the story: a cookie notice and a comment prompt
        leaf = not any(
            isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or "-" in child.tag)
            for child in el
        )
        el.tag = "p" if leaf and _text(el) else "div"
    return named


def _drop(elements: Iterable[HtmlElement]) -> int:
    removed = 0
    for el in list(elements):
        if el.getparent() is not None:
            el.drop_tree()
            removed += 1
    return removed


def clean_tree(tree: HtmlElement, rules: NoiseRules, host: str | None = None) -> int:
    """Remove noise blocks from ``tree`` in place; returns how many blocks were removed."""
    removed = 0
    domain = rules.for_host(host)
    if domain is not None:
        for xpath in domain.drop_xpath:
            removed += _drop(el for el in xpath(tree) if isinstance(el, HtmlElement))
    custom = _custom_elements(tree, rules)
    # <br> text first: a table cell holding such text then holds paragraphs, and is layout
    split_br_paragraphs(tree)
    prose_pre_paragraphs(tree, rules.agency_names)
    unwrap_layout_tables(tree)
    join_positioned_lines(tree)
    _bare_text_paragraphs(tree)
    _unwrap_heading_headers(tree)
    _unwrap_quote_figures(tree)
    protected, main = _protected(tree)
    _join_continuations(main)
    _keep_lead_teaser(main)
    _join_footnotes(main)
    _captions_to_paragraphs(tree, rules)
    # The cheap pass (tags, class names) first: it shrinks the tree the later ones read.
    removed += _drop(el for el in custom if el not in protected)
    removed += _drop(_named_blocks(tree, rules, protected))
    removed += _drop(_text_blocks(tree, rules, protected))
    removed += _drop(_small_print(tree, rules, protected))
    removed += _drop(_after_story(tree, main, rules, protected))
    blocks = _blocks_like(tree, main)
    for block in blocks:
        _lists_to_paragraphs(block)
        _inline_times(block)
    # ... and in any paragraph: a live entry's "<p><time>16:40</time> Traffic is moving"
    for paragraph in {time.getparent() for time in tree.iter("time")}:
        if paragraph is not None and paragraph.tag == "p":
            _inline_times(paragraph)
    _headings_to_paragraphs(blocks)
    return removed


def _inline_times(el: HtmlElement) -> None:
    """Move out the text of the <time> elements that sit inside a line of text ("The
    council met on <time>Monday</time>", "<time>18:20</time> Power restored"):
    trafilatura drops a <time>'s text wherever it is, and the sentence lost its day.
    The element stays, empty, for its datetime attribute (the page's date)."""
    for time in list(el.iter("time")):
        line = time.getparent()
        text = _text(time)
        if line is not None and text and len(_text(line)) > len(text):
            for child in list(time):
                time.remove(child)
            time.text = None
            time.tail = text + (time.tail or "")


def _headings_to_paragraphs(blocks: list[HtmlElement]) -> None:
    """The story's sub-headings that trafilatura drops become paragraphs: one right
    before a list or a table ("Main terms of the agreement" over a numbered list,
    "Prices" over a table), and, when the story comes in several blocks (a liveblog's
    entries), the heading before each block ("18:20 Power restored"; trafilatura kept
    the first only). Other sub-headings stay headings: their tag helps trafilatura tell
    a story's crossheads from a box of teaser cards."""
    headings = [h for block in blocks for h in block.iter(*SUBHEADING_TAGS) if _heads_a_list(h)]
    if len(blocks) > 1:
        headings.extend(
            h
            for block in blocks
            if (h := block.getprevious()) is not None and h.tag in SUBHEADING_TAGS
        )
    for heading in headings:
        heading.tag = "p"
        _inline_times(heading)


def _heads_a_list(heading: HtmlElement) -> bool:
    """Whether a table or a list follows, or a list _lists_to_paragraphs made into
    "- item" paragraphs."""
    after = heading.getnext()
    if after is None:
        return False
    first = after[0] if len(after) else None
    return after.tag in ("table", "ul", "ol", "dl") or (
        first is not None and first.tag == "p" and (first.text or "").startswith("- ")
    )


def _blocks_like(tree: HtmlElement, main: HtmlElement | None) -> list[HtmlElement]:
    """The story's paragraph block and the blocks of the same tag and class (a
    liveblog's entries, each its own "post body")."""
    if main is None:
        return []
    if not main.get("class"):
        return [main]
    return [el for el in tree.iter(main.tag) if el.get("class") == main.get("class")]


def _unwrap_heading_headers(tree: HtmlElement) -> None:
    """A <header> holding nothing but a sub-heading (a liveblog entry's "18:20 Power
    restored to the Old Town") is unwrapped: trafilatura drops headers, the site's
    masthead and the story's title block (which hold links, the <h1> or the byline)."""
    for header in list(tree.iter("header")):
        children = [child for child in header if isinstance(child.tag, str)]
        if (
            children
            and all(child.tag in SUBHEADING_TAGS for child in children)
            and next(header.iter("a"), None) is None
            and not (header.text or "").strip()
        ):
            header.drop_tag()


def _unwrap_quote_figures(tree: HtmlElement) -> None:
    """A <figure> around a block quote (a pull quote laid out as a figure) becomes a
    <div>: trafilatura drops figures, and the quote with them."""
    for figure in list(tree.iter("figure")):
        if next(figure.iter("blockquote"), None) is not None:
            figure.tag = "div"


def _lists_to_paragraphs(main: HtmlElement | None) -> None:
    """Turn the story's own lists (the flat, mostly unlinked lists inside the main
    paragraph block) into "- item" paragraphs.

    trafilatura drops a list it finds in a container it does not recognise (a "panel-body"
    or a plain <div>: its fallback extractors keep paragraphs, not list items), while it
    keeps every paragraph there: a story's key points and numbered findings went missing
    on seven pages of five blind sets. A list of links is left a list: trafilatura
    judges those.
    """
    if main is None:
        return
    for lst in list(main.iter("ul", "ol")):
        items = [li for li in lst if isinstance(li.tag, str)]
        if (
            not items
            or any(
                li.tag != "li" or li.find(".//ul") is not None or li.find(".//ol") is not None
                for li in items
            )
            or _link_ratio(lst, len(_text(lst))) >= MIN_FOLLOWER_LINK_RATIO
        ):
            continue
        for li in items:
            li.tag = "p"
            li.text = "- " + (li.text or "").lstrip()
        lst.tag = "div"


def is_noise_line(
    line: str, rules: NoiseRules, domain: DomainRules | None = None, *, in_tail: bool = False
) -> bool:
    """True when a line of extracted text is noise by its wording (``in_tail``: near the end)."""
    text = line.strip()
    if not text:
        return True
    if (
        len(text) > rules.max_line_chars
        or states_correction(text, rules)
        or _LIVE_ENTRY.match(text)
    ):
        return False
    # a line's wording counts from its first word: "📸 Photo: ...", "(Disclaimer: ...)"
    start = _LEADING_MARKS.sub("", text)
    if not _reports_speech(text) and (
        rules.line_pattern.match(text)
        or (start != text and rules.line_pattern.match(start))
        or has_phrase(text, rules)
    ):
        return True
    if is_reader_prompt(text, rules):
        return True
    if "|" in text and _is_bar_of_noise(text, rules, domain):
        return True
    if is_toolbar(text) and not rules.agency_names.find(text):
        return True
    if in_tail and rules.tail_line_pattern.match(text):
        return True
    if (
        is_timestamp(text)
        and parse_dateline(text, rules.agency_names) is None
        and not is_table_row(text)
    ):
        # a dateline standing alone ("SKARDU, Dec 2:") is the story's start, not a
        # timestamp; nor is a row of a table of figures ("| March 4 | 1,204 |")
        return True
    return bool(domain and domain.line_pattern and domain.line_pattern.match(text))


def _reports_speech(text: str) -> bool:
    """Who said it, then more of the line: a paragraph of the story ("Subscribe to
    nothing, she tells visitors who ask. Just come and knock."). A line that ends on its
    attribution may still be a teaser's headline ("Also read: Port to expand, officials
    say.")."""
    said = _ATTRIBUTION.search(text)
    return said is not None and said.end() < len(text.rstrip())


def _is_bar_of_noise(text: str, rules: NoiseRules, domain: DomainRules | None) -> bool:
    """Short items set apart by "|", each noise on its own: "(4) Comments | Add yours".

    A table's row is data, and stays.
    """
    if is_table_row(text):
        return False
    items = [item.strip() for item in text.split("|")]
    return len(items) > 1 and all(
        item and len(item.split()) <= MAX_LABEL_WORDS and is_noise_line(item, rules, domain)
        for item in items
    )


def states_correction(text: str, rules: NoiseRules) -> bool:
    """A correction that says what is right after what was wrong: information, kept.

    "Clarification: A previous version of this report gave the bridge's length as 40
    metres. It is 400 metres long." The note goes on, after its first sentence, with a
    sentence of the story's own (no reader, outlet or note words: "We regret the error",
    "The story has been amended" are furniture). A bare note ("An earlier version of
    this report misstated the number of stalls.") is one sentence, and goes.
    """
    if not _CORRECTION.search(text):
        return False
    sentences = _SENTENCES.split(text)
    if len(sentences) < 2:
        return False
    rest = " ".join(sentences[1:])
    return _WORD.search(rest) is not None and not (
        rules.reader_word.search(rest) or _NOTE_WORDS.search(rest)
    )


# An interview's question or answer ("A: Yes. Download the passport app and pick a
# slot.") is the story speaking, even when it tells someone to do something.
_QA_LABEL = re.compile(r"\s*(?:Q|A|Question|Answer)\s*[:.]\s")


def is_reader_prompt(text: str, rules: NoiseRules) -> bool:
    """A line that tells the reader to do something: a clause starting with an imperative.

    "See something wrong? Tell our editors.", "Stay updated: follow us on Threads",
    "Support our journalism from Rs 300 a month." The clause must start with a verb of
    ``reader_verbs`` (not a quotation: '"Leave us alone," she said' is body text) and the
    line from that clause on must address the reader or name a channel (``reader_words``),
    or the clause is a short call to action ending a line that does ("Catch the latest on
    our app. Download now.").
    """
    if len(text.split()) > MAX_PROMPT_WORDS or _ATTRIBUTION.search(text) or _QA_LABEL.match(text):
        return False
    clauses = _CLAUSES.split(text)
    for i, clause in enumerate(clauses):
        first = _FIRST_WORD.match(clause)
        if first is None or not rules.reader_verb.fullmatch(first.group()):
            continue
        if rules.reader_word.search(" ".join(clauses[i:])):
            return True
        if (
            0 < i == len(clauses) - 1
            and len(clause.split()) <= MAX_CALL_WORDS
            and not _NOT_A_CALL.search(clause)
            and rules.reader_word.search(text)
        ):
            return True
    return False


# A box's heading left alone at the end of the text once the box's own lines went as
# noise ("Accuracy matters to us" over a corrections prompt): a few words, no sentence
# punctuation, no figures. A story does not end on such a line.
_ORPHAN_HEADING = re.compile(r"[^\W\d_][^.!?…:;\"”’'()\[\]۔\d]*")
ORPHAN_HEADING_WORDS = range(2, 7)


def is_orphan_heading(line: str) -> bool:
    """A line that reads as a heading: 2-6 words, no sentence punctuation or figures."""
    text = line.strip()
    return len(text.split()) in ORPHAN_HEADING_WORDS and bool(_ORPHAN_HEADING.fullmatch(text))


def is_table_row(text: str) -> bool:
    """A row of a table as trafilatura writes it, with at least MIN_TABLE_CELLS cells
    holding text: "| March 4 | 1,204 |". A date in a table's row is data, not the page's
    timestamp (which a layout table holds alone in its one cell)."""
    if not (text.startswith("|") and text.endswith("|")):
        return False
    cells = [cell for cell in _TABLE_CELL.split(text.strip("|")) if cell.strip()]
    return len(cells) >= MIN_TABLE_CELLS


def is_toolbar(text: str) -> bool:
    """Short items set apart by middle dots or bullets: "Font size · Print · Save"."""
    items = _TOOLBAR_SEPARATOR.split(text)
    return len(items) >= MIN_TOOLBAR_ITEMS and all(
        0 < len(item.split()) <= MAX_LABEL_WORDS and not _is_sentence(item) for item in items
    )


def _boxes_as_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that make a poll or an author box laid out as lines of text.

    A poll: MIN_POLL_OPTIONS options or more in a row, each starting with an empty
    choice mark, and the question before them. An author box: "About <Name>" followed
    by a line that starts with that name.
    """
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CHOICE.match(lines[j]):
            j += 1
        if j - i >= MIN_POLL_OPTIONS:
            drop.update(range(i, j))
            if i > 0 and lines[i - 1].rstrip().endswith(("?", "؟")):
                drop.add(i - 1)
        about = _ABOUT_NAME.fullmatch(lines[i])
        if about and i + 1 < len(lines) and lines[i + 1].startswith(about.group(1)):
            drop.update((i, i + 1))
        i = max(j, i + 1)
    return drop


def is_timestamp(text: str) -> bool:
    """A date or time behind at most a short label: "Last modified on Friday, 15 May at 18:02".

    A sentence that mentions a date ("He died on 3 May 2026.") is body text.
    """
    if len(text) > MAX_TIMESTAMP_CHARS:
        return False
    if _HAS_DATE.search(text) is None:
        return False
    label = " ".join(_DATE_PIECE.sub(" ", text).split()).strip(" ,|·•-–—")
    if _is_sentence(label):
        return False
    words = [w.casefold() for w in _FIRST_WORD.findall(label)]
    if len(words) > TIMESTAMP_LABEL_WORDS:
        return False
    return label.endswith(":") or all(
        w in _TIMESTAMP_LABEL_WORDS or w.endswith(("ed", "en")) for w in words
    )


def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _repeated(lines: Sequence[str]) -> set[str]:
    """Lines of at least MIN_REPEATED_WORDS words that occur more than once."""
    seen: dict[str, int] = {}
    for line in lines:
        key = _line_key(line)
        if len(key.split()) >= MIN_REPEATED_WORDS:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def split_lead(lines: Sequence[str], agencies: AgencyNames) -> tuple[list[str], list[str]]:
    """Split off the byline row before the story's first sentence: (story lines, lead lines).

    A dateline standing alone ("QUETTA, March 3 (IANS) -") is the story's start, and so
    is a live blog's first entry ("16:40 Last stranded vehicles reach Sost"); text with
    no sentence at all is left as it is.
    """
    for i, line in enumerate(lines):
        if (
            _is_sentence(line)
            or len(line.split()) > MAX_DATED_LEAD_WORDS
            or (len(line.split()) > MAX_LEAD_WORDS and _HAS_DATE.search(line) is None)
            or parse_dateline(line, agencies) is not None
            or _LIVE_ENTRY.match(line)
        ):
            return list(lines[i:]), list(lines[:i])
    return list(lines), []


def clean_lines(
    lines: Sequence[str], rules: NoiseRules, host: str | None = None
) -> tuple[list[str], int]:
    """Drop noise lines; returns the kept lines and how many were dropped."""
    domain = rules.for_host(host)
    repeated = _repeated(lines)
    kept = [line.strip() for line in lines if not is_noise_line(line, rules, domain)]
    boxes = _boxes_as_lines(kept)
    if boxes:
        kept = [line for i, line in enumerate(kept) if i not in boxes]
    if repeated:
        # every copy goes, but the first line stays: a lead repeated as a summary
        kept = kept[:1] + [line for line in kept[1:] if _line_key(line) not in repeated]
    tail_start = max(0, len(kept) - rules.tail_lines)
    kept = kept[:tail_start] + [
        _bare_credit(line, rules)
        for line in kept[tail_start:]
        if not is_noise_line(line, rules, domain, in_tail=True)
    ]
    return kept, len(lines) - len(kept)


def _bare_credit(line: str, rules: NoiseRules) -> str:
    """A wire tail line without the desk's initials: "PTI AB CDE" -> "PTI".

    Agencies close a story with their name and the initials of the editors who handled
    it, in capitals; the bare name is left for ``pipeline.wire.split_tail`` to read.
    """
    credit = _DESK_INITIALS.fullmatch(line)
    if credit and rules.agency_names.lookup(credit.group(1)):
        return credit.group(1)
    return line


def _has_content(p: HtmlElement) -> bool:
    return len(p) > 0 or bool((p.text or "").strip())


def split_br_paragraphs(tree: HtmlElement) -> int:
    """Turn text laid out with ``<br>`` in a div or span (Blogger, old CMSs) into ``<p>`` elements.

    Old portals put the story in a ``<font>`` with ``<br>`` breaks: that is split too.
    Otherwise trafilatura may merge and reorder such text. Returns how many blocks changed.
    """
    changed = 0
    for block in _BR_BLOCKS(tree):
        parts: list[HtmlElement] = []
        current = block.makeelement("p")
        current.text = block.text
        for child in list(block):
            block.remove(child)
            if not isinstance(child.tag, str) or (
                child.tag != "br" and child.tag not in BLOCK_TAGS
            ):
                current.append(child)  # inline: stays in the paragraph, with its tail
                continue
            tail, child.tail = child.tail, None
            if _has_content(current):
                parts.append(current)
            if child.tag != "br":
                parts.append(child)
            current = block.makeelement("p")
            current.text = tail
        if _has_content(current):
            parts.append(current)
        block.text = None
        block.extend(parts)
        changed += 1
    return changed


# A <pre> may hold prose rather than code: a forwarded message, a plain-text bulletin.
# Code has a line like these; prose has at least MIN_PRE_SENTENCES sentences.
_CODE_LINE = re.compile(
    r"[{};]\s*$|^\s*(def|class|import|from|return|for|while|if|var|let|const|function)\b"
    r"|\w\([^()]*\)\s*$|^\s*[#$>]\s|\s==?\s"
)
MIN_PRE_SENTENCES = 2
_LIST_MARK = re.compile(r"^\s*([-*•●▪]|\d{1,2}[.)])\s")
_DASH_LABEL = re.compile(r"^[—–]\s*\S")


def prose_pre_paragraphs(tree: HtmlElement, agencies: AgencyNames) -> int:
    """Turn the prose in a <pre> into paragraphs, one per blank-line separated group.

    A forwarded message keeps its furniture as groups of lines too: a group of several
    lines none of which is a sentence or a list item ("↪ Forwarded" over "Passed on as
    received", a label over headlines, share buttons, comments) is not the story's and
    goes, as does a box's label set behind a dash ("— Sponsored section: ..."), unless it
    names a wire agency (the story's credit, for ``pipeline.wire``). A line of its own
    that is no sentence is a sub-heading. Returns how many <pre> blocks changed.
    """
    changed = 0
    for pre in list(tree.iter("pre")):
        if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in pre.iterdescendants()):
            continue
        lines = [line.strip() for line in pre.text_content().splitlines()]
        if any(_CODE_LINE.search(line) for line in lines) or (
            sum(_is_sentence(line) for line in lines) < MIN_PRE_SENTENCES
        ):
            continue
        groups: list[list[str]] = [[]]
        for line in lines:
            if line:
                groups[-1].append(line)
            elif groups[-1]:
                groups.append([])
        paragraphs = []
        for group in groups:
            if len(group) > 1 and not any(
                _is_sentence(line) or _LIST_MARK.match(line) for line in group
            ):
                continue
            if len(group) == 1 and _DASH_LABEL.match(group[0]) and not agencies.find(group[0]):
                continue
            for line in group:
                paragraph = pre.makeelement("p")
                if len(group) == 1 and not _is_sentence(line):
                    etree.SubElement(paragraph, "strong").text = line  # a crosshead's markup
                else:
                    paragraph.text = line
                paragraphs.append(paragraph)
        for child in list(pre):
            pre.remove(child)
        pre.tag, pre.text = "div", None
        pre.attrib.pop("style", None)
        pre.extend(paragraphs)
        changed += 1
    return changed


# Text laid out as absolutely positioned lines (pdf2htmlEX and other PDF-to-HTML e-paper
# exports): one element per printed line, "top" and "left" in its style.
_POSITIONED = etree.XPath(
    "//div[not(*)][contains(@style, 'top:') or contains(@style, 'top :')][normalize-space()]"
)
_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*(-?(?:\d+(?:\.\d*)?|\.\d+))px")
_FONT_SIZE_CLASS = re.compile(r"\bfs\w+")
MIN_POSITIONED_LINES = 5
# a printed line wraps when its next word would not have fitted: within this share of
# the longest line set in the same font size
WRAP_SHARE = 0.9


@dataclass
class _Row:
    top: float
    cells: list[HtmlElement]
    font: str

    @property
    def text(self) -> str:
        return " ".join(_text(cell) for cell in self.cells)


def join_positioned_lines(tree: HtmlElement) -> int:
    """Rebuild paragraphs from text laid out as positioned lines, one ``<p>`` per paragraph.

    A PDF page turned into HTML holds each printed line in its own element, placed by
    its style: trafilatura read each line as a paragraph, dropped the short ones (a
    wrapped sentence's last words, the cells of a table's row) and read one page only.
    Lines at the same height are a table's row, joined by spaces. A line joins the one
    above it when it follows at the page's usual line spacing, in the same font size,
    and its first word would not have fitted at the end of the line above (the printer
    wrapped it). The pages (containers of positioned lines) are then read as one: each
    later page's paragraphs move to the first. Returns how many paragraphs were made.
    """
    holders: dict[HtmlElement, list[HtmlElement]] = {}
    for line in _POSITIONED(tree):
        if _TOP.search(line.get("style", "")) and (parent := line.getparent()) is not None:
            holders.setdefault(parent, []).append(line)
    pages = [parent for parent, lines in holders.items() if len(lines) >= MIN_POSITIONED_LINES]
    made = 0
    for page in pages:
        made += _rebuild_page(page, set(holders[page]))
    for later in pages[1:]:
        if later.tag == pages[0].tag:
            pages[0].extend(list(later))
    return made


def _rebuild_page(page: HtmlElement, lines: set[HtmlElement]) -> int:
    runs: list[list[HtmlElement]] = [[]]
    for child in page:
        if child in lines:
            runs[-1].append(child)
        elif runs[-1]:
            runs.append([])
    gaps: list[float] = []
    widest: dict[str, int] = {}
    run_rows = [_rows(run) for run in runs if run]
    for rows in run_rows:
        for above, below in pairwise(rows):
            gaps.append(round(below.top - above.top, 1))
        for row in rows:
            if len(row.cells) == 1:
                widest[row.font] = max(widest.get(row.font, 0), len(row.text))
    spacing = max(set(gaps), key=gaps.count) if gaps else 0.0
    made = 0
    for run, rows in zip((r for r in runs if r), run_rows, strict=True):
        paragraphs: list[list[_Row]] = []
        for row in rows:
            previous = paragraphs[-1][-1] if paragraphs else None
            if (
                previous is not None
                and len(row.cells) == 1 == len(previous.cells)
                and row.font == previous.font
                and row.top - previous.top <= spacing * 1.25
                and len(previous.text) + 1 + len(row.text.split()[0])
                > WRAP_SHARE * widest.get(row.font, 0)
            ):
                paragraphs[-1].append(row)
            else:
                paragraphs.append([row])
        anchor = run[0]
        for group in paragraphs:
            p = page.makeelement("p")
            p.text = " ".join(row.text for row in group)
            anchor.addprevious(p)
            made += 1
        for line in run:
            page.remove(line)
    return made


def _rows(run: list[HtmlElement]) -> list[_Row]:
    rows: list[_Row] = []
    for line in run:
        match = _TOP.search(line.get("style", ""))
        top = float(match.group(1)) if match else 0.0
        font = _FONT_SIZE_CLASS.search(line.get("class", ""))
        if rows and abs(rows[-1].top - top) < 1:
            rows[-1].cells.append(line)
        else:
            rows.append(_Row(top, [line], font.group() if font else ""))
    return rows


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn tables used for page layout (cells holding paragraphs) into plain blocks.

    Otherwise the whole article comes out as one table row, cells joined by "|".
    Returns how many tables were unwrapped.
    """
    unwrapped = 0
    for table in _LAYOUT_TABLES(tree):
        # A table of figures inside a cell is data and stays; a nested table of blocks
        # or of one column is layout too.
        data = {t for t in table.iter("table") if t is not table and _is_data_table(t)}
        parts = [
            el
            for el in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th")
            if not any(t in data for t in _tables_between(el, table))
        ]
        for el in parts:
            el.tag = "div"
        unwrapped += 1
    return unwrapped


# A data table's cell holds a figure or a few words, no paragraphs or blocks.
MAX_DATA_CELL_CHARS = 80


def _is_data_table(table: HtmlElement) -> bool:
    """A table of figures: header cells, or at least two rows of at least two cells that
    each hold a few words and no block ("<td><font>Islamkot</font></td><td>3200</td>")."""
    if table.find(".//th") is not None:
        return True
    rows = table.findall(".//tr")
    return len(rows) >= 2 and all(
        len(cells := row.findall("td")) >= 2
        and all(
            len(_text(cell)) <= MAX_DATA_CELL_CHARS
            and next(cell.iter(*BLOCK_TAGS, "br"), None) is None
            for cell in cells
        )
        for row in rows
    )


def _tables_between(el: HtmlElement, outer: HtmlElement) -> list[HtmlElement]:
    """The tables that hold ``el`` inside ``outer`` (``el`` itself if it is one)."""
    found = [el] if el.tag == "table" and el is not outer else []
    for ancestor in el.iterancestors():
        if ancestor is outer:
            return found
        if ancestor.tag == "table":
            found.append(ancestor)
    return found
