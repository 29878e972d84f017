"""The learned region model: whether an article is about a region it names, read from
the words around each mention.

The region rules (pipeline/tag.py) find every mention of a region and mark the ones
that name an origin, a list item, a route end or a venue; deciding from those marks
with fixed weights and a threshold met a new trap in new words on every blind set
("a Lahore seminar", "a Hunza restaurant in Lahore"). The model weighs, for each
region the article names, the words around its mentions (the mention itself masked as
``xreg``, other regions' mentions as ``yreg``, so "seminar in xreg" is learned once
for every city) together with where the mentions stand and what the rules marked.

It is one logistic regression over two blocks: TF-IDF of word 1-3-grams of the
mentions' contexts, and ``numeric_features``. The context is lower-cased, so a body
mention's shape is added as words: ``NAMENEXT``/``NAMEPREV`` when it is part of a longer
capitalised name ("Ziarat Foods", "MV Gwadar Star"), ``QUOTED`` when quotation marks
close round it (a film, a song, a brand: "'Skardu Nights' tops the charts"). The region rules' own scores are not inputs (only
which region the rules rank first, and how strongly the topic rules found any topic:
a story about a team, a film or a festival has none): the rules were fitted to the
labelled articles, and a model that learns to trust them learns their blind spots too
(benchmarks/tagging/README.md). It is trained with scikit-learn by
``benchmarks/tagging/train_region_model.py`` and shipped as a NumPy ``.npz``;
inference needs only NumPy and reproduces scikit-learn's ``TfidfVectorizer``
(lower-cased ``\\b\\w+\\b`` tokens, sublinear tf, l2 norm), which a test checks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.topicmodel import (
    EVIDENCE_CUES,
    _Block,
    _sigmoid,
    model_file_key,
    read_model_arrays,
)

# Tokens either side of a mention that its context keeps.
CONTEXT_TOKENS = 6
# How far (characters) either side of a mention its context window reaches.
CONTEXT_CHARS = 200
# Where a mention can stand (pipeline.tag's zones).
WHERES = ("title", "dateline", "lead", "body")

_CONTEXT_TOKEN = re.compile(r"\w+|[^\w\s]")
_WORD = re.compile(r"(?u)\b\w+\b")
_MASKS = frozenset({"XREG", "YREG"})
_QUOTES = frozenset("\"'“”‘’«»")
_SENTENCE_ENDS = frozenset(".!?:;")


@dataclass(frozen=True)
class Mention:
    """One region mention as the rules read it."""

    label: str
    where: str  # "title" | "dateline" | "lead" | "body"
    left: tuple[str, ...]  # up to CONTEXT_TOKENS tokens before it, regions masked
    right: tuple[str, ...]  # ... and after it
    paragraph: int  # its paragraph's index in its field (the title is one paragraph)
    origin: bool = False  # a place of origin: "a Quetta-born poet", "traders from Gwadar"
    in_list: bool = False  # a list item or a route's end
    in_passing: bool = False  # a venue, a destination, a comparison
    needs_context: bool = False  # a term that counts only beside a full mention
    opens_paragraph: bool = False  # at most one word before it in its paragraph ("In Skardu,")
    surface: str = ""  # the words matched, for the evidence
    snippet: str = ""


def context_window(
    s: str, start: int, end: int, label: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens either side of the mention ``s[start:end]`` of region ``label``; region
    mentions (``spans``: start, end, label) inside the windows become ``xreg`` when they
    name the same label, ``yreg`` when another."""

    def masked(a: int, b: int) -> str:
        parts, pos = [], a
        for s0, e0, lab in spans:
            if e0 <= a or s0 >= b:
                continue
            parts.append(s[pos : max(pos, s0)])
            parts.append(" XREG " if lab == label else " YREG ")
            pos = max(pos, e0)
        parts.append(s[pos:b])
        return "".join(parts)

    left = _CONTEXT_TOKEN.findall(masked(max(0, start - CONTEXT_CHARS), start))
    right = _CONTEXT_TOKEN.findall(masked(end, min(len(s), end + CONTEXT_CHARS)))
    return tuple(left[-CONTEXT_TOKENS:]), tuple(right[:CONTEXT_TOKENS])


@dataclass(frozen=True)
class ArticleMentions:
    """What the region model reads of one article, as the rules read it."""

    by_label: Mapping[str, Sequence[Mention]]  # every region named, with its mentions
    top: str | None  # the region the rules score highest
    topic_strength: float  # the highest score the topic rules gave any topic (0: none)


def context_document(mentions: Iterable[Mention]) -> str:
    """The text the model reads for one region: each mention's context, the mention as
    ``XREG``, with its shape words (``mention_shape``) after it; a title mention's
    context a second time, marked ``TITLEMENTION``."""
    parts = []
    for m in mentions:
        context = " ".join((*m.left, "XREG", *m.right, *mention_shape(m)))
        parts.append(context)
        if m.where == "title":
            parts.append("TITLEMENTION " + context)
    return " | ".join(parts)


def mention_shape(m: Mention) -> tuple[str, ...]:
    """Words for what the lower-cased context cannot show: ``NAMENEXT`` when a
    capitalised word follows the mention, ``NAMEPREV`` when one precedes it mid-sentence
    (both: it is part of a longer name), ``QUOTED`` when a quotation mark (not a
    possessive's apostrophe) opens right before it or closes right after its name, and
    ``PARASTART`` when a lead or body mention opens its paragraph (a roundup's "In
    Skardu, ...").
    A title mention can only be ``QUOTED``: headlines are often in title case."""

    def is_name(token: str) -> bool:
        return token not in _MASKS and token.isalpha() and token[0].isupper()

    def closes(i: int) -> bool:
        return i < len(m.right) and m.right[i] in _QUOTES and m.right[i + 1 : i + 2] != ("s",)

    out = []
    name_next = bool(m.right) and is_name(m.right[0])
    if m.opens_paragraph and m.where in ("lead", "body"):
        out.append("PARASTART")
    if m.where != "title":
        if name_next:
            out.append("NAMENEXT")
        if len(m.left) > 1 and is_name(m.left[-1]) and m.left[-2] not in _SENTENCE_ENDS:
            out.append("NAMEPREV")
    if (m.left and m.left[-1] in _QUOTES) or closes(0) or (name_next and closes(1)):
        out.append("QUOTED")
    return tuple(out)


def numeric_features(label: str, article: ArticleMentions, regions: Sequence[str]) -> list[float]:
    """How often and where ``label`` is named, next to the other regions; what the rules
    marked its mentions as; whether the rules rank it first; how strongly the topic rules
    found any topic; and which region it is (one column per region the model was
    trained with)."""
    by_label = article.by_label
    ms = by_label[label]
    n = len(ms)
    total = sum(len(v) for v in by_label.values())
    out = [math.log1p(n), n / total, float(len(by_label))]
    out.extend(math.log1p(sum(m.where == w for m in ms)) for w in WHERES)
    out.extend(
        sum(getattr(m, flag) for m in ms) / n
        for flag in ("origin", "in_list", "in_passing", "needs_context")
    )
    paragraphs = {m.paragraph for m in ms if m.where != "title"}
    out.append(math.log1p(len(paragraphs)))
    out.append(float(label == article.top))
    out.append(math.log1p(article.topic_strength))
    out.extend(float(label == r) for r in regions)
    return out


def context_ngrams(doc: str) -> list[str]:
    """Lower-cased word 1-3-grams (single-character words kept), as scikit-learn's word
    analyzer makes them with ``token_pattern=r"(?u)\\b\\w+\\b"``."""
    tokens = _WORD.findall(doc.lower())
    out = list(tokens)
    for n in (2, 3):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


@dataclass(frozen=True, eq=False)
class RegionModel:
    """A trained region model (see the module docstring); ``load_region_model`` reads one."""

    regions: tuple[str, ...]  # the one-hot columns of numeric_features
    words: _Block
    coef: np.ndarray  # (words + numeric,)
    intercept: float
    word_terms: tuple[str, ...] = field(repr=False)

    def probabilities(self, article: ArticleMentions) -> dict[str, tuple[float, tuple[str, ...]]]:
        """Per region named in the article: the probability that the article is about
        it, and the context n-grams that pushed hardest towards it."""
        n_words = len(self.words.idf)
        out = {}
        for label, mentions in article.by_label.items():
            words = self.words.vector(context_ngrams(context_document(mentions)))
            cols = np.fromiter(words, dtype=np.int64, count=len(words))
            vals = np.fromiter(words.values(), dtype=np.float64, count=len(words))
            numeric = np.asarray(numeric_features(label, article, self.regions))
            push = self.coef[cols] * vals
            z = float(push.sum() + self.coef[n_words:] @ numeric + self.intercept)
            out[label] = (_sigmoid(z), self._cues(cols, push))
        return out

    def _cues(self, cols: np.ndarray, push: np.ndarray) -> tuple[str, ...]:
        """The context n-grams next to the mention (they hold ``xreg``) that pushed
        hardest towards the region, the mention shown as ``[place]``, another region's
        as ``[other place]``."""
        cues: list[str] = []
        for i in np.argsort(-push):
            if push[i] <= 0 or len(cues) == EVIDENCE_CUES:
                break
            gram = self.word_terms[cols[i]]
            if "xreg" in gram.split():
                cues.append(" ".join(_SHOWN.get(w, w) for w in gram.split()))
        return tuple(cues)


_SHOWN = {"xreg": "[place]", "yreg": "[other place]"}


def save_region_model(
    path: Path,
    regions: Iterable[str],
    word_terms: Iterable[str],
    word_idf: np.ndarray,
    coef: np.ndarray,
    intercept: float,
) -> None:
    """Write a model in the format ``load_region_model`` reads (compressed, float32)."""
    np.savez_compressed(
        path,
        regions=np.array(list(regions), dtype=str),
        word_terms=np.array(list(word_terms), dtype=str),
        word_idf=np.asarray(word_idf, dtype=np.float32),
        coef=np.asarray(coef, dtype=np.float32),
        intercept=np.asarray([intercept], dtype=np.float32),
    )


def load_region_model(path: Path) -> RegionModel:
    """Read a model file; ``ValueError`` naming the file when it is missing or malformed."""
    return _load_cached(*model_file_key(path, "region model"))


@lru_cache(maxsize=4)
def _load_cached(path: str, _mtime_ns: int, _size: int) -> RegionModel:
    arrays = read_model_arrays(path, "region model")
    try:
        regions = tuple(str(t) for t in arrays["regions"])
        word_terms = tuple(str(t) for t in arrays["word_terms"])
        word_idf = arrays["word_idf"].astype(np.float64)
        coef = arrays["coef"].astype(np.float64)
        intercept = arrays["intercept"].astype(np.float64)
    except (ValueError, KeyError) as exc:
        raise ValueError(f"{path}: not a region model file: {exc}") from exc
    n_numeric = len(numeric_features("x", _PROBE, regions))
    if (
        coef.shape != (len(word_terms) + n_numeric,)
        or intercept.shape != (1,)
        or word_idf.shape != (len(word_terms),)
    ):
        raise ValueError(f"{path}: not a region model file: array shapes do not agree")
    return RegionModel(
        regions=regions,
        words=_Block({t: j for j, t in enumerate(word_terms)}, word_idf),
        coef=coef,
        intercept=float(intercept[0]),
        word_terms=word_terms,
    )


# An article used only to count numeric_features' columns.
_PROBE = ArticleMentions({"x": [Mention("x", "body", (), (), 0)]}, None, 0.0)
