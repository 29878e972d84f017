"""Duplicate detection: exact copies by hash, syndicated copies by MinHash-LSH + verification.

Two articles are *copies* when one body is (mostly) contained in the other: the
same wire story with a new headline, a dateline added or dropped, a trimmed tail,
a paragraph dropped, a sentence reworded or an editor's line added. Two
independent reports of one event (same names, places and numbers, different
wording) are *not* copies.

How the store uses this module:

1. ``text_hash(text)``: exact copies (same normalized text). Its first 60 bits are
   stored as band ``EXACT_BAND`` (``exact_rows_sql``), so exact copies are candidates
   like near ones; an empty text gets no such row.
2. ``text_bands(text)``: ``BANDS`` signed 64-bit LSH band hashes, stored as rows
   ``article_bands(article_id BIGINT, band SMALLINT, hash BIGINT, batch BIGINT)``
   with ``band`` = position in the list. Texts too short to verify
   (fewer than ``MIN_SHINGLES`` shingles) get no LSH bands. Candidates for a new
   article are the stored articles sharing at least one ``(band, hash)`` row
   (``pipeline.stories.band_candidates``, through the band index
   ``pipeline.bandindex``). The band number is also mixed into ``hash``.
3. ``is_copy(text_a, text_b)``: verify each candidate on the texts (equal hashes, or
   the exact shingle sets).

Lower-level pieces: ``shingles`` (word k-shingles of ``normalize_text``),
``signature`` (datasketch MinHash values, ``uint64[NUM_PERM]``), ``band_hashes``
(one signature) / ``band_hash_matrix`` (many), ``copy_score`` ->
``(jaccard, containment)``. The constants were chosen from the measured curve in
``benchmarks/dedup/RESULTS.md`` (``python benchmarks/dedup/run_quality.py``).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+", re.UNICODE)

# Words per shingle. 5 separates copies from non-copies best in the measured curve
# (benchmarks/dedup/RESULTS.md): the lowest containment of a copy is 0.40 and the
# highest of an independent report 0.15 (ratio 2.3; 3-word shingles: 0.47 vs 0.29,
# ratio 1.6, because independent reports share phrases like "the provincial
# government"; 7-word shingles lose more of each small edit: 0.36 vs 0.16).
SHINGLE_SIZE = 5
# MinHash permutations: BANDS * ROWS. The standard error of a Jaccard estimate is
# ~1/sqrt(128) = 0.09, enough for candidate generation: every candidate is verified
# on exact shingles.
NUM_PERM = 128
# 64 bands of 2 rows: a pair with Jaccard J becomes a candidate with probability
# 1 - (1 - J**2)**64: 0.93 at J=0.2, 0.998 at J=0.3, 0.006 at J=0.01. Trimmed
# copies have a low Jaccard (a copy cut to 40% of the original has J ~ 0.4) even
# though their containment is high; measured candidate recall of copy pairs:
# 64x2 1.000, 42x3 0.979, 32x4 0.924, 16x8 0.379. The price is more candidates to
# verify and 64 band rows per article.
BANDS = 64
ROWS = 2
# Fixed seed and permutation scheme (datasketch >= 2 default, named so a datasketch
# upgrade cannot silently change it): stored band hashes must stay comparable.
SEED = 1
SCHEME = "affine32"
# A copy: at least this share of the shorter text's shingles occur in the longer, and
# it does not report other facts (``fact_swaps``). Measured (5-word shingles) on the
# development set: copies >= 0.40 even with a dropped paragraph, a trimmed tail and a
# reworded sentence; independent reports of the same event <= 0.15. Sets written blind
# by others added what it lacked: an agency's next-day follow-up repeats the first
# story's background paragraph word for word (0.30-0.38 of the shorter text), and
# template notices (a weekly price index, a fog advisory, a brief that differs in one
# place name) share 0.44-0.91 with the next one, which no threshold separates from an
# edited copy. Over dev, blind1, blind2 and blind3 (the stories users see,
# benchmarks/dedup/RESULTS.md) containment >= 0.5 with at most one swapped sentence
# (none in a text of up to three sentences) and 10 shingles at least did best: the
# lowest F1 of the four sets 0.979, against 0.965 for containment >= 0.6 alone. A fifth
# set, blind4, scored once afterwards: precision 1.000, recall 0.985 (0.6 alone: 0.965).
CONTAINMENT_THRESHOLD = 0.5
# Below this many shingles (about two lines) a text is too short to tell a reprint
# from a shared quotation: such texts only match exactly. A copy cut to one short
# paragraph (25 words) still has more.
MIN_SHINGLES = 10
# Sentences of the shorter text that match one of the longer text but state other
# numbers, dates or names (a template notice for another day or place). A copy may
# have one (a figure corrected, a name misspelt beyond recognition); a brief of up to
# SHORT_TEXT_SENTENCES sentences none.
MAX_FACT_SWAPS = 1
SHORT_TEXT_SENTENCES = 3
# Two sentences are the same sentence, edited, at this word-set Jaccard or more.
SAME_SENTENCE_JACCARD = 0.5
# Names this similar are one name misspelt ("Balochistan", "Balochsitan").
SAME_NAME_RATIO = 0.8

_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
_UINT64 = np.uint64
# splitmix64 constants (Steele et al.): a fast, well-mixing 64-bit finalizer.
_MIX_1 = _UINT64(0xBF58476D1CE4E5B9)
_MIX_2 = _UINT64(0x94D049BB133111EB)
_GOLDEN = _UINT64(0x9E3779B97F4A7C15)


def normalize_text(text: str) -> str:
    """Case-fold, NFKC-normalize and keep only word characters, single-spaced."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def text_hash(text: str) -> str:
    """A hex digest of the normalized text: equal for exact copies."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


# The band of the exact-copy key in article_bands (LSH bands are 0 .. BANDS - 1).
EXACT_BAND = -1
EMPTY_TEXT_HASH = text_hash("")


def exact_rows_sql(source: str) -> str:
    """SQL selecting the exact-copy band rows ``(article_id, band, hash)`` of ``source``.

    ``source`` has ``article_id`` and ``text_hash`` columns; the key is the hash's first
    60 bits, as BIGINT; an empty text has no row. Migration 0005 spells it out too.
    """
    return (
        f"SELECT article_id, {EXACT_BAND} AS band, ('0x' || left(text_hash, 15))::BIGINT AS hash"
        f" FROM {source} WHERE text_hash <> '{EMPTY_TEXT_HASH}'"
    )


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Word ``size``-shingles of the normalized text (a shorter text is one shingle)."""
    words = normalize_text(text).split()
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, shingle_size: int = SHINGLE_SIZE) -> np.ndarray:
    """MinHash of the text's shingles: ``uint64`` array of length ``NUM_PERM``.

    An empty text gets datasketch's empty signature (every value the maximum).
    """
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, shingle_size)])
    return np.asarray(minhash.hashvalues, dtype=_UINT64)


def _mix(x: np.ndarray) -> np.ndarray:
    x = x ^ (x >> _UINT64(30))
    x = x * _MIX_1
    x = x ^ (x >> _UINT64(27))
    x = x * _MIX_2
    return x ^ (x >> _UINT64(31))


def band_hash_matrix(signatures: np.ndarray, bands: int = BANDS) -> np.ndarray:
    """Band hashes of many signatures: ``int64[n, bands]`` from ``uint64[n, NUM_PERM]``.

    Band ``i`` hashes signature values ``i*rows .. (i+1)*rows - 1`` together with
    ``i`` (``rows = NUM_PERM // bands``) and is returned as a signed 64-bit integer.
    """
    sigs = np.atleast_2d(np.asarray(signatures, dtype=_UINT64))
    rows = sigs.shape[1] // bands
    blocks = sigs[:, : bands * rows].reshape(sigs.shape[0], bands, rows)
    with np.errstate(over="ignore"):
        acc = np.broadcast_to(
            _mix(np.arange(bands, dtype=_UINT64) + _GOLDEN), blocks.shape[:2]
        ).copy()
        for r in range(rows):
            acc = _mix(acc ^ blocks[:, :, r])
    return acc.view(np.int64)


def band_hashes(sig: np.ndarray) -> list[int]:
    """``BANDS`` signed 64-bit band hashes of one signature; list position = band index."""
    return [int(h) for h in band_hash_matrix(sig)[0]]


def text_bands(text: str) -> list[int]:
    """The band hashes to store for an article; empty when the text is too short."""
    if len(shingles(text)) < MIN_SHINGLES:
        return []
    return band_hashes(signature(text))


def shingle_scores(a: set[str], b: set[str]) -> tuple[float, float]:
    """``(jaccard, containment of the smaller set in the larger)`` of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def copy_score(text_a: str, text_b: str, shingle_size: int = SHINGLE_SIZE) -> tuple[float, float]:
    """``(jaccard, containment of the shorter in the longer)`` on exact shingles."""
    return shingle_scores(shingles(text_a, shingle_size), shingles(text_b, shingle_size))


def is_copy(text_a: str, text_b: str) -> bool:
    """Whether one text is a (possibly trimmed or lightly edited) copy of the other."""
    if text_hash(text_a) == text_hash(text_b):
        return bool(normalize_text(text_a))
    a, b = shingles(text_a), shingles(text_b)
    if min(len(a), len(b)) < MIN_SHINGLES or shingle_scores(a, b)[1] < CONTAINMENT_THRESHOLD:
        return False
    # the shorter text's sentences are checked; on a tie, the same one whatever the order
    short, long = (text_a, text_b) if (len(a), text_a) <= (len(b), text_b) else (text_b, text_a)
    swapped, sentences = fact_swaps(short, long)
    return swapped <= (0 if sentences <= SHORT_TEXT_SENTENCES else MAX_FACT_SWAPS)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_AMOUNT = re.compile(
    r"(\d+(?:[.,]\d+)*)(?:\s*(billion|bn|million|mn|thousand|crore|lakh)(?![^\W\d_]))?", re.I
)
_SCALE = {
    "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "thousand": 1e3,
    "crore": 1e7, "lakh": 1e5,
}  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)


def _amounts(sentence: str) -> set[str]:
    """The numbers of a sentence by value: "Rs2.5bn", "Rs 2.5 billion" and "2,500 million" agree."""
    found = set()
    for digits, scale in _AMOUNT.findall(sentence):
        try:
            value = float(digits.replace(",", "")) * _SCALE.get(scale.lower(), 1)
        except ValueError:
            continue
        found.add(f"{value:.6g}")
    return found


def _names(sentence: str) -> set[str]:
    """Capitalised words but the first, lower-cased; months by their first three letters."""
    words = _LETTERS.findall(sentence)
    return {
        w.lower()[:3] if w.lower()[:3] in _MONTHS else w.lower()
        for w in words[1:]
        if w[0].isupper()
    }


def _same_name(name: str, others: set[str]) -> bool:
    """Whether ``name`` is one of ``others`` misspelt ("balochistan", "balochsitan")."""
    return any(difflib.SequenceMatcher(None, name, o).ratio() >= SAME_NAME_RATIO for o in others)


def _swapped(mine: set[str], theirs: set[str], *, fuzzy: bool = False) -> bool:
    """Each side has something the other lacks (a value replaced, not one added or dropped)."""
    only_mine, only_theirs = mine - theirs, theirs - mine
    if fuzzy:  # a misspelt name is the same name
        only_mine, only_theirs = (
            {x for x in only_mine if not _same_name(x, only_theirs)},
            {y for y in only_theirs if not _same_name(y, only_mine)},
        )
    return bool(only_mine) and bool(only_theirs)


def _facts(sentence: str) -> tuple[set[str], set[str], set[str]]:
    """A sentence's (words and amounts, amounts, names)."""
    amounts = _amounts(sentence)
    return {w.lower() for w in _LETTERS.findall(sentence)} | amounts, amounts, _names(sentence)


def _sentences(text: str) -> list[str]:
    """The sentences of ``text`` with at least four words."""
    return [x for x in _SENTENCE_END.split(text) if len(x.split()) >= 4]


def fact_swaps(short: str, long: str) -> tuple[int, int]:
    """(sentences of ``short`` that are a sentence of ``long`` with other facts, sentences).

    Each sentence of at least four words is matched to the most similar sentence of
    ``long`` (word-set Jaccard >= SAME_SENTENCE_JACCARD, not identical); it is swapped
    when the two give different numbers (compared by value, so reformatting is no swap)
    or different names (misspellings aside). A reprint keeps its facts; the next week's
    price notice keeps the sentences and swaps the facts.
    """
    theirs = [_facts(x) for x in _sentences(long)]
    mine = [_facts(x) for x in _sentences(short)]
    swapped = 0
    for words, amounts, names in mine:
        best, best_j = None, 0.0
        for other in theirs:
            j = len(words & other[0]) / len(words | other[0])
            if j > best_j:
                best, best_j = other, j
        if best is None or not SAME_SENTENCE_JACCARD <= best_j < 1.0:
            continue
        if _swapped(amounts, best[1]) or _swapped(names, best[2], fuzzy=True):
            swapped += 1
    return swapped, len(mine)
