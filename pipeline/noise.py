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
  short button-like link (sign-up and support boxes), short unpunctuated labels standing
  between body paragraphs ("Sponsored message") and the heading just before a headline
  list, whatever its wording.
- ``clean_lines`` works on the extracted text: it drops short lines that are noise
  by their wording ("Please enter your comment", "Comments reflect users' views") or by
  their shape: a sentence that starts with an imperative and speaks to the reader ("Let
  us know", "Support our journalism"), credit lines ("Image by <name> via <source>"),
  update notes.

Per-domain rules in the YAML are a fallback for what the heuristics miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from lxml import etree
from lxml.html import HtmlElement

from pipeline.wire import AgencyNames

DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "config" / "noise.yaml"

# A heading ("Related Stories", "Comments (3)") is short; longer text is a paragraph.
MAX_HEADING_CHARS = 60
# A teaser paragraph ("Read More: <headline>") is one line, not a body paragraph.
MAX_TEASER_CHARS = 300
# Share of a teaser's text that is link text: "Read More: " + a linked headline.
MIN_TEASER_LINK_RATIO = 0.4
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
MAX_BUTTON_WORDS = 3
MAX_BUTTON_BOX_CHARS = 300
# A stray label ("Sponsored message", "Story continues below advertisement") is a few
# words without sentence punctuation in a plain p, div or span standing between two body
# paragraphs. A paragraph with markup inside (<p><strong>Crosshead</strong></p>) is a
# crosshead and stays; so do labels at the end of the body, where wire credits sit.
MAX_LABEL_WORDS = 6
LABEL_TAGS = frozenset({"p", "div", "span"})
# How sentences end (closing quotes and brackets may follow the mark).
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# Tags that may hold a section heading or a teaser line.
HEADING_TAGS = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "header", "dt", "li"}
)
TEASER_TAGS = frozenset({"p", "div", "li"})
LIST_TAGS = frozenset({"ul", "ol", "div", "section", "aside", "nav"})
# Attributes whose values name what a block is.
NAMING_ATTRIBUTES = ("class", "id", "role", "aria-label")
JSON_LD = "application/ld+json"


def _any_tag(tags: Iterable[str]) -> str:
    return " or ".join(f"self::{t}" for t in sorted(tags))


_NAMED = etree.XPath("//*[@class or @id or @role or @aria-label]")
# Headings and teasers hold no blocks; testing that first spares measuring big containers.
_SHORT_BLOCKS = etree.XPath(
    f"//*[{_any_tag(HEADING_TAGS)}][not(.//p or .//div or .//li or .//table)]"
    f"[string-length(normalize-space()) <= {MAX_TEASER_CHARS}]"
)
# Blocks that hold loose text broken by <br> (and so no <p> around it).
_BR_BLOCKS = etree.XPath(
    "//div[br][normalize-space(text()) or br[normalize-space(following-sibling::text())]]"
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
_LINK_BLOCKS = etree.XPath(f"//*[{_any_tag(LIST_TAGS)}][count(.//a) >= {MIN_LIST_LINKS}]")
# Small boxes whose last element is a link: candidates for button-ended boxes. Starting
# from the links visits far fewer nodes than testing every element's last child.
_BUTTON_BOXES = etree.XPath(
    "//a[not(following-sibling::*)]/parent::*[self::div or self::section]"
    f"[string-length(normalize-space()) <= {MAX_BUTTON_BOX_CHARS}]"
)
_BOX_CONTENT_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
# Splits a line into clauses: after sentence marks, colons and dashes used as labels.
_CLAUSES = re.compile(r"(?<=[.!?:|—–])\s+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_SEPARATORS = re.compile(r"[\s\-_]+")


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
    section_heading: re.Pattern[str]
    line_pattern: re.Pattern[str]
    max_line_chars: int
    line_phrase: re.Pattern[str]
    tail_line_pattern: re.Pattern[str]
    tail_lines: int
    teaser_prefix: re.Pattern[str]
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
        section_heading=re.compile(_alternation(raw["section_headings"]), re.IGNORECASE),
        line_pattern=re.compile(_alternation(raw["line_patterns"]), re.IGNORECASE),
        max_line_chars=int(raw["max_line_chars"]),
        line_phrase=re.compile(_alternation(raw["line_phrases"]), re.IGNORECASE),
        tail_line_pattern=re.compile(_alternation(raw["tail_line_patterns"]), re.IGNORECASE),
        tail_lines=int(raw["tail_lines"]),
        teaser_prefix=re.compile(_alternation(raw["teaser_prefixes"]), re.IGNORECASE),
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
    """Heading text without the trailing colon/arrows some sites add ("Read more »")."""
    return text.strip(" :»›>|-–—…").strip()


def _protected(tree: HtmlElement) -> set[HtmlElement]:
    """Elements never removed whole: the headline, the main paragraph block, their ancestors."""
    anchors: list[HtmlElement] = list(tree.iter("h1"))
    anchors.extend(tree.xpath("//*[@itemprop='articleBody']"))
    weight: dict[HtmlElement, int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + len(p.text_content())
    if weight:
        anchors.append(max(weight, key=lambda el: weight[el]))
    protected: set[HtmlElement] = set()
    for anchor in anchors:
        node: HtmlElement | None = anchor
        while node is not None and node not in protected:
            protected.add(node)
            node = node.getparent()
    return protected


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


def _climb(node: HtmlElement, text: str, protected: set[HtmlElement]) -> HtmlElement:
    """The outermost wrapper of ``node`` that holds nothing but ``text``."""
    parent = node.getparent()
    while parent is not None and parent not in protected and _text(parent) == text:
        node, parent = parent, parent.getparent()
    return node


def _headed_block(
    heading: HtmlElement, text: str, protected: set[HtmlElement], *, whole_section: bool
) -> list[HtmlElement]:
    """The heading and what it introduces: its link lists, or (``whole_section``) all after it."""
    node = _climb(heading, text, protected)
    block = [node]
    sibling = node.getnext()
    while sibling is not None and sibling not in protected:
        if not whole_section and not _is_linky_or_empty(sibling):
            break
        block.append(sibling)
        sibling = sibling.getnext()
    return block


def _is_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def _is_link_line(el: HtmlElement, text: str) -> bool:
    """A line that is a linked headline behind at most a short label ("WATCH — <a>…</a>")."""
    n_linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    n_label = len(text.split()) - n_linked
    if n_linked < LINK_LINE_MIN_WORDS:
        return False
    if n_label <= LINK_LINE_MAX_LABEL_WORDS:
        return True
    lead = el.text or ""
    return (
        n_label <= LINK_LINE_MAX_LEAD_WORDS
        and len(lead.split()) == n_label
        and bool(LABEL_END.search(lead))
    )


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
    """A few unpunctuated words in a plain p/div/span standing between body paragraphs.

    A wire credit ("(Based on PTI report)") has the same shape but names an agency; it
    stays for ``pipeline.wire`` to read.
    """
    if (
        el.tag not in LABEL_TAGS
        or len(text.split()) > MAX_LABEL_WORDS
        or _is_sentence(text)
        or next(el.iter("a"), None) is not None
        or (el.tag == "p" and len(el) > 0)
        or rules.agency_names.find(text)
    ):
        return False
    node = _climb(el, text, protected)
    return all(
        sibling is not None and _is_paragraph(sibling)
        for sibling in (node.getprevious(), node.getnext())
    )


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
        if (
            box in protected
            or (button.tail or "").strip()
            or len(_text(button).split()) > MAX_BUTTON_WORDS
        ):
            continue
        if any(child.tag in _BOX_CONTENT_TAGS and _text(child) for child in box[:-1]):
            yield box


def _is_headline_list(el: HtmlElement, text: str) -> bool:
    links = sum(1 for a in el.iter("a") if a.text_content().strip())
    return links >= MIN_LIST_LINKS and _link_ratio(el, len(text)) >= MIN_LIST_LINK_RATIO


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


def _text_blocks(
    tree: HtmlElement, rules: NoiseRules, protected: set[HtmlElement]
) -> Iterable[HtmlElement]:
    """Blocks that are noise by their text: headed lists and sections, teasers, headline lists."""
    for el in _SHORT_BLOCKS(tree):
        if el in protected:
            continue
        text = _text(el)
        if len(text) <= MAX_HEADING_CHARS:
            heading = _heading_text(text)
            if rules.section_heading.fullmatch(heading):
                yield from _headed_block(el, text, protected, whole_section=True)
                continue
            if rules.list_heading.fullmatch(heading):
                yield from _headed_block(el, text, protected, whole_section=False)
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
            yield el
        elif _is_stray_label(el, text, rules, protected):
            yield _climb(el, text, protected)
    for el in _LINK_BLOCKS(tree):
        if el not in protected and _is_headline_list(el, _text(el)):
            yield el
            previous = el.getprevious()
            if _is_heading_like(previous, protected):
                yield previous
    yield from _button_boxes(tree, protected)


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
    unwrap_layout_tables(tree)
    split_br_paragraphs(tree)
    protected = _protected(tree)
    # Two passes: the cheap one (tags, class names) shrinks the tree the text pass reads.
    removed += _drop(_named_blocks(tree, rules, protected))
    removed += _drop(_text_blocks(tree, rules, protected))
    return removed


def is_noise_line(
    line: str, rules: NoiseRules, domain: DomainRules | None = None, *, in_tail: bool = False
) -> bool:
    """True when a line of extracted text is noise by its wording (``in_tail``: near the end)."""
    text = line.strip()
    if not text:
        return True
    if len(text) > rules.max_line_chars:
        return False
    if rules.line_pattern.match(text) or rules.line_phrase.search(text):
        return True
    if is_reader_prompt(text, rules):
        return True
    if in_tail and rules.tail_line_pattern.match(text):
        return True
    return bool(domain and domain.line_pattern and domain.line_pattern.match(text))


def is_reader_prompt(text: str, rules: NoiseRules) -> bool:
    """A line that tells the reader to do something: a clause starting with an imperative.

    "See something wrong? Tell our editors.", "Stay updated: follow us on Threads",
    "Support our journalism from Rs 300 a month." The clause must start with a verb of
    ``reader_verbs`` (not a quotation: '"Leave us alone," she said' is body text) and the
    line from that clause on must address the reader or name a channel (``reader_words``).
    """
    clauses = _CLAUSES.split(text)
    for i, clause in enumerate(clauses):
        first = _FIRST_WORD.match(clause)
        if (
            first
            and rules.reader_verb.fullmatch(first.group())
            and rules.reader_word.search(" ".join(clauses[i:]))
        ):
            return True
    return False


def clean_lines(
    lines: Sequence[str], rules: NoiseRules, host: str | None = None
) -> tuple[list[str], int]:
    """Drop noise lines; returns the kept lines and how many were dropped."""
    domain = rules.for_host(host)
    kept = [line.strip() for line in lines if not is_noise_line(line, rules, domain)]
    tail_start = max(0, len(kept) - rules.tail_lines)
    kept = kept[:tail_start] + [
        line for line in kept[tail_start:] if not is_noise_line(line, rules, domain, in_tail=True)
    ]
    return kept, len(lines) - len(kept)


def _has_content(p: HtmlElement) -> bool:
    return len(p) > 0 or bool((p.text or "").strip())


def split_br_paragraphs(tree: HtmlElement) -> int:
    """Turn text laid out with ``<br>`` inside a block (Blogger, old CMSs) into ``<p>`` elements.

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


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn tables used for page layout (cells holding paragraphs) into plain blocks.

    Otherwise the whole article comes out as one table row, cells joined by "|".
    Returns how many tables were unwrapped.
    """
    unwrapped = 0
    for table in _LAYOUT_TABLES(tree):
        for el in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
            el.tag = "div"
        unwrapped += 1
    return unwrapped
