"""The learned topic model: the topic rules' scores and the article's words, weighed together.

The topic rules (phrases, combos, salience) find the cues; on articles written by
annotators the rules never saw, deciding from those cues with fixed thresholds missed
or over-tagged more than a model that learned, from the labelled benchmark articles,
how much each cue and each word counts (benchmarks/tagging/README.md).

The model is one logistic regression per topic over three blocks of features:
TF-IDF of word 1-2-grams, TF-IDF of character 2-5-grams inside words (they carry Urdu
inflections and spelling variants), and ``log1p`` of each topic's rule score. It is
trained with scikit-learn by ``benchmarks/tagging/train_topic_model.py`` and shipped as
a NumPy ``.npz`` of vocabularies, IDF weights and coefficients, so tagging needs only
NumPy: the feature extraction here reproduces scikit-learn's ``TfidfVectorizer``
(lower-cased, ``\\b\\w\\w+\\b`` words; ``char_wb`` n-grams; sublinear tf; l2 norm per
block), and a test checks the two agree.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

_WORD = re.compile(r"(?u)\b\w\w+\b")
# Word n-grams named in an evidence entry, strongest first.
EVIDENCE_CUES = 5


# The model reads the body's first MAX_BODY_CHARS characters: its training articles are
# all shorter (at most ~1,200), the lead says what a story is about, and the cost of
# the character n-grams grows with the length (a 8,000-character article took 16 ms).
MAX_BODY_CHARS = 2500


def document(title: str, text: str) -> str:
    """The text the model reads: the title twice (it says what the story is about), then
    the start of the body."""
    return f"{title}\n{title}\n{text[:MAX_BODY_CHARS]}"


def word_ngrams(doc: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, as scikit-learn's word analyzer makes them."""
    tokens = _WORD.findall(doc.lower())
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def char_ngrams(doc: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words, as scikit-learn's ``char_wb`` makes them."""
    out: list[str] = []
    for word in doc.lower().split():
        w = f" {word} "
        for n in range(low, high + 1):
            if len(w) <= n:  # a short word counts once, whole
                out.append(w)
                break
            out.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return out


@dataclass(frozen=True, eq=False)
class _Block:
    """One TF-IDF block: term -> column, and each column's IDF."""

    index: Mapping[str, int]
    idf: np.ndarray

    def vector(self, grams: Iterable[str]) -> dict[int, float]:
        counts = Counter(j for g in grams if (j := self.index.get(g)) is not None)
        weights = {j: (1.0 + math.log(c)) * float(self.idf[j]) for j, c in counts.items()}
        norm = math.sqrt(math.fsum(v * v for v in weights.values()))
        return {j: v / norm for j, v in weights.items()} if norm else {}


@dataclass(frozen=True, eq=False)
class TopicModel:
    """A trained topic model (see the module docstring); ``load_topic_model`` reads one."""

    topics: tuple[str, ...]
    words: _Block
    chars: _Block
    coef: np.ndarray  # (topics, words + chars + topics)
    intercept: np.ndarray  # (topics,)
    word_terms: tuple[str, ...] = field(repr=False)

    def probabilities(
        self, title: str, text: str, rule_scores: Mapping[str, float]
    ) -> dict[str, tuple[float, tuple[str, ...]]]:
        """Per topic: the probability that the article is about it, and the word
        n-grams of the article that pushed hardest towards it (for the evidence)."""
        doc = document(title, text)
        words = self.words.vector(word_ngrams(doc))
        chars = self.chars.vector(char_ngrams(doc))
        n_words, n_chars = len(self.words.idf), len(self.chars.idf)
        cols = np.fromiter(
            [*words, *(n_words + j for j in chars)], dtype=np.int64, count=len(words) + len(chars)
        )
        vals = np.fromiter([*words.values(), *chars.values()], dtype=np.float64, count=len(cols))
        rules = np.log1p([max(0.0, rule_scores.get(t, 0.0)) for t in self.topics])
        z = self.coef[:, cols] @ vals + self.coef[:, n_words + n_chars :] @ rules + self.intercept
        word_cols = cols[: len(words)]
        out = {}
        for k, topic in enumerate(self.topics):
            push = self.coef[k, word_cols] * vals[: len(words)]
            best = np.argsort(-push)[:EVIDENCE_CUES]
            cues = tuple(self.word_terms[word_cols[i]] for i in best if push[i] > 0)
            out[topic] = (_sigmoid(float(z[k])), cues)
        return out


def _sigmoid(z: float) -> float:
    """The logistic function, without overflow for any z."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def save_topic_model(
    path: Path,
    topics: Iterable[str],
    word_terms: Iterable[str],
    word_idf: np.ndarray,
    char_terms: Iterable[str],
    char_idf: np.ndarray,
    coef: np.ndarray,
    intercept: np.ndarray,
) -> None:
    """Write a model in the format ``load_topic_model`` reads (compressed, float32 weights)."""
    np.savez_compressed(
        path,
        topics=np.array(list(topics), dtype=str),
        word_terms=np.array(list(word_terms), dtype=str),
        word_idf=np.asarray(word_idf, dtype=np.float32),
        char_terms=np.array(list(char_terms), dtype=str),
        char_idf=np.asarray(char_idf, dtype=np.float32),
        coef=np.asarray(coef, dtype=np.float32),
        intercept=np.asarray(intercept, dtype=np.float32),
    )


def model_file_key(path: Path, what: str) -> tuple[str, int, int]:
    """The resolved path, modification time and size of a model file (a cache key: an
    edited file is read again); ``ValueError`` naming the file when it cannot be read."""
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
    except OSError as exc:
        raise ValueError(f"{resolved}: cannot read {what}: {exc}") from exc
    return str(resolved), stat.st_mtime_ns, stat.st_size


def read_model_arrays(path: str, what: str) -> dict[str, np.ndarray]:
    """The arrays of a model ``.npz``; ``ValueError`` naming the file when it is not one."""
    try:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a {what} file: {exc}") from exc


def load_topic_model(path: Path) -> TopicModel:
    """Read a model file; ``ValueError`` naming the file when it is missing or malformed."""
    return _load_cached(*model_file_key(path, "topic model"))


@lru_cache(maxsize=4)
def _load_cached(path: str, _mtime_ns: int, _size: int) -> TopicModel:
    arrays = read_model_arrays(path, "topic model")
    try:
        topics = tuple(str(t) for t in arrays["topics"])
        word_terms = tuple(str(t) for t in arrays["word_terms"])
        char_terms = tuple(str(t) for t in arrays["char_terms"])
        coef = arrays["coef"].astype(np.float64)
        intercept = arrays["intercept"].astype(np.float64)
        word_idf = arrays["word_idf"].astype(np.float64)
        char_idf = arrays["char_idf"].astype(np.float64)
    except (ValueError, KeyError) as exc:
        raise ValueError(f"{path}: not a topic model file: {exc}") from exc
    width = len(word_terms) + len(char_terms) + len(topics)
    if (
        coef.shape != (len(topics), width)
        or intercept.shape != (len(topics),)
        or word_idf.shape != (len(word_terms),)
        or char_idf.shape != (len(char_terms),)
    ):
        raise ValueError(f"{path}: not a topic model file: array shapes do not agree")
    return TopicModel(
        topics=topics,
        words=_Block({t: j for j, t in enumerate(word_terms)}, word_idf),
        chars=_Block({t: j for j, t in enumerate(char_terms)}, char_idf),
        coef=coef,
        intercept=intercept,
        word_terms=word_terms,
    )
