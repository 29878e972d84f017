"""Does a learned block classifier generalise to an unseen writer's pages better than the rules?

    .venv/bin/python benchmarks/extraction/blockmodel.py [--variants base,words] [--cache FILE]

Leave-one-split-out (LOSO) over dev..heldout8. For every held-out split S, a logistic
regression is trained on the text blocks of the other splits' pages and its thresholds are
chosen by an inner LOSO over those training splits only; it is then applied to S in three
ways on top of an unmodified copy of ``pipeline.extract.extract``:

- filter:  drop an output line of ours when P(body) < t_filter;
- restore: put back a line that trafilatura gives on the raw page but the rules removed,
           when P(body) > t_restore;
- both.

The candidate "blocks" are the lines that can reach the output: those of ours, those of
plain trafilatura (defaults), those of trafilatura with extract()'s settings on the raw tree
and those of trafilatura after clean_tree but before the line rules. Each line is tied to
its DOM element in the raw page for the tag, class/id, link-density and ancestor features.
A block that reaches no output cannot change any score, so nothing else is a candidate.

The output text is scored with run.py's own functions (prf, surviving, tokens and the
clean-page loss formula of quality_rows). heldout9 is never read (run.SPLITS stops at 8).
See BLOCKMODEL.md for the results and the recommendation.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import pickle
import platform
import re
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent.parent), str(HERE)]

import numpy as np  # noqa: E402
import trafilatura  # noqa: E402
from lxml.html import HtmlElement  # noqa: E402
from run import SPLITS, Page, load_pages, prf, surviving, tokens  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from systems import plain_trafilatura  # noqa: E402
from trafilatura.settings import Document  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402

from pipeline.extract import _agency_names, _same_text, extract  # noqa: E402
from pipeline.noise import DEFAULT_RULES_PATH, clean_lines, clean_tree, load_rules, split_lead  # noqa: E402
from pipeline.wire import split_tail  # noqa: E402

assert "heldout9" not in SPLITS
N_FEATURES = 1 << 18
C = 0.5
GRID = [round(x, 2) for x in np.arange(0.02, 0.99, 0.02)]
NO_THRESHOLD = -1.0  # filter never fires / restore never fires
WORD = re.compile(r"\w+")
KEY_DROP = re.compile(r"[\s|\-]+")
SENT_END = re.compile(r"[.!?。؟۔][\"'”’)\]]*$")
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "but",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "had",
        "have",
        "that",
        "this",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "his",
        "her",
        "their",
        "said",
        "says",
        "not",
        "who",
        "which",
        "when",
        "after",
        "than",
        "more",
        "will",
        "would",
        "could",
        "also",
    ]
)
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta"})
REGION_TAGS = (
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "figure",
    "a",
    "li",
    "table",
    "article",
    "main",
)


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def key(text: str) -> str:
    return KEY_DROP.sub("", text).casefold()


# --- the extract() flow, copied stage by stage ---------------------------------------


def our_stages(html: str, url: str) -> tuple[list[str], list[str], set[int] | None]:
    """(lines after clean_tree + trafilatura, final lines) exactly as extract() makes them."""
    tree = load_html(html)
    rules = load_rules(DEFAULT_RULES_PATH)
    host = urlsplit(url).hostname
    clean_tree(tree, rules, host)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if not isinstance(doc, Document) or not doc.text:
        return [], [], None
    lines = [line for line in doc.text.split("\n") if line.strip()]
    stage1 = list(lines)
    head = [doc.title or "", doc.author or "", f"By {doc.author}"]
    while lines and any(_same_text(lines[0], h) for h in head if h.strip(" By")):
        lines = lines[1:]
    lines, _ = clean_lines(lines, rules, host)
    agencies = _agency_names()
    lines, _lead = split_lead(lines, agencies)
    lines, _tail = split_tail(lines, agencies)
    return stage1, lines, None


def raw_lines(html: str, url: str) -> list[str]:
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if not isinstance(doc, Document) or not doc.text:
        return []
    return [line for line in doc.text.split("\n") if line.strip()]


# --- candidates: one per distinct line, tied to its DOM element ----------------------


@dataclass
class Cand:
    text: str
    sources: set[str]
    order: float  # position for merging (index in the DOM / source lists)
    label: str = "other"  # body / noise / other
    feats: dict[str, float] = field(default_factory=dict)
    in_ours: bool = False
    dropped: bool = False  # given by trafilatura on the raw page but absent from ours


@dataclass
class PageData:
    page: Page
    ours: list[str]
    plain: str
    cands: list[Cand]
    ours_idx: list[int]  # candidate index of each output line of ours


def element_index(
    tree: HtmlElement,
) -> tuple[dict[str, HtmlElement], list[tuple[str, HtmlElement]]]:
    exact: dict[str, HtmlElement] = {}
    allk: list[tuple[str, HtmlElement]] = []
    for el in tree.iter():
        if not isinstance(el, HtmlElement) or el.tag in SKIP_TAGS:
            continue
        if any(a.tag in SKIP_TAGS for a in el.iterancestors()):
            continue
        k = key(el.text_content())
        if not k or len(k) > 20000:
            continue
        exact[k] = el  # iter() is document order: the innermost of a same-text chain wins
        allk.append((k, el))
    allk.sort(key=lambda kv: len(kv[0]))
    return exact, allk


def find_element(line: str, exact: dict, allk: list) -> HtmlElement | None:
    k = key(line)
    if not k:
        return None
    if k in exact:
        return exact[k]
    for ek, el in allk:  # shortest element containing the line
        if len(ek) >= len(k) and k in ek:
            return el
    return None


def bucket(x: float, edges: tuple[float, ...]) -> int:
    for i, e in enumerate(edges):
        if x <= e:
            return i
    return len(edges)


def class_tokens(el: HtmlElement) -> list[str]:
    raw = f"{el.get('class', '')} {el.get('id', '')}"
    return [t for t in re.split(r"[^a-z]+", raw.casefold()) if 2 < len(t) < 20]


def label_of(line: str, page: Page, body_key: str, body_lines: set[str], body_tok: set[str]) -> str:
    n = norm(line)
    if any(norm(s) in n or (len(n) > 8 and n in norm(s)) for s in page.truth["noise"]):
        return "noise"
    k = key(line)
    toks = WORD.findall(n)
    if len(toks) < 4:  # a short line counts only as a whole body line ("KARACHI:")
        return "body" if k and k in body_lines else "other"
    if k in body_key:
        return "body"
    # a long line that differs from the truth in a few tokens only (a headline does not)
    if len(toks) >= 12 and sum(t in body_tok for t in toks) / len(toks) >= 0.9:
        return "body"
    return "other"


def line_shape(text: str) -> dict[str, float]:
    f: dict[str, float] = {}
    words = text.split()
    toks = WORD.findall(text.casefold())
    nw = len(words)
    f[f"nw={bucket(nw, (1, 2, 3, 5, 8, 12, 20, 35, 60))}"] = 1
    f["lognw"] = math.log1p(nw) / 4
    f[
        f"end={'sent' if SENT_END.search(text) else text.strip()[-1:] if text.strip()[-1:] in ':?|…' else 'none'}"
    ] = 1
    nsent = len(re.findall(r"[.!?؟۔](\s|$)", text))
    f[f"nsent={bucket(nsent, (0, 1, 2, 4))}"] = 1
    first = text.strip()[:1]
    f[
        f"first={'upper' if first.isupper() else 'lower' if first.islower() else 'digit' if first.isdigit() else 'other'}"
    ] = 1
    letters = [c for c in text if c.isalpha()]
    if letters:
        caps = sum(c.isupper() for c in letters) / len(letters)
        f[f"caps={bucket(caps, (0.03, 0.08, 0.15, 0.3, 0.6))}"] = 1
    if words:
        title = sum(w[:1].isupper() for w in words) / nw
        f[f"title={bucket(title, (0.1, 0.25, 0.5, 0.8))}"] = 1
    digits = sum(c.isdigit() for c in text) / max(1, len(text))
    f[f"digits={bucket(digits, (0, 0.05, 0.15, 0.4))}"] = 1
    if toks:
        fw = sum(t in FUNCTION_WORDS for t in toks) / len(toks)
        f[f"fw={bucket(fw, (0, 0.1, 0.2, 0.3))}"] = 1
    ascii_ratio = sum(c.isascii() for c in letters) / max(1, len(letters))
    f[f"ascii={ascii_ratio > 0.5}"] = 1
    for name, pat in (
        ("pipe", r"\|"),
        ("dot", r"·|•"),
        ("at", r"@"),
        ("url", r"https?://|www\.|\.com\b"),
        ("quote", r"[\"“”]"),
        ("colon_start", r"^[^:]{1,25}:"),
        ("paren", r"^\(|\)$"),
        ("arrow", r"[»›→↩]"),
        ("time", r"\b\d{1,2}:\d{2}\b"),
        ("emoji", r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
    ):
        if re.search(pat, text):
            f[f"has:{name}"] = 1
    return f


def dom_feats(el: HtmlElement | None, line: str, removed: bool | None) -> dict[str, float]:
    f: dict[str, float] = {}
    if el is None:
        f["dom=none"] = 1
        return f
    f[f"tag={el.tag}"] = 1
    parent = el.getparent()
    f[f"ptag={parent.tag if parent is not None else 'none'}"] = 1
    ancestors = list(el.iterancestors())
    f[f"depth={bucket(len(ancestors), (4, 6, 8, 10, 13, 16))}"] = 1
    anc_tags = {a.tag for a in ancestors}
    for t in REGION_TAGS:
        if t in anc_tags or el.tag == t:
            f[f"in:{t}"] = 1
    text = el.text_content()
    tl = max(1, len(" ".join(text.split())))
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    if el.tag == "a" or "a" in anc_tags:
        linked = tl
    f[f"linkd={bucket(linked / tl, (0, 0.2, 0.5, 0.9))}"] = 1
    f[f"share={bucket(len(line) / tl, (0.3, 0.7, 0.95))}"] = 1
    blocks = sum(1 for c in el if c.tag in ("p", "div", "li", "ul", "ol", "table", "section"))
    f[f"kids={bucket(blocks, (0, 1, 3))}"] = 1
    sib_long = 0
    for s in (el.getprevious(), el.getnext()):
        if s is not None and len(s.text_content().split()) >= 15:
            sib_long += 1
    f[f"siblong={sib_long}"] = 1
    if el.find(".//input") is not None or el.find(".//button") is not None:
        f["has:control"] = 1
    for depth, node in enumerate([el, *ancestors[:4]]):
        for t in class_tokens(node):
            f[f"cls{min(depth, 1)}:{t}"] = 1
    if removed is not None:
        f[f"treerm={removed}"] = 1
    return f


def build_page(page: Page) -> PageData:
    stage1, ours, _ = our_stages(page.html, page.url)
    got = extract(page.html, page.url)
    assert (got.text if got else "") == "\n".join(ours), page.name
    p = plain_trafilatura(page.html, page.url)
    plain = p.text if p else ""
    plain_l = [line for line in plain.split("\n") if line.strip()]
    raw_l = raw_lines(page.html, page.url)
    tree = load_html(page.html)
    exact, allk = element_index(tree)
    order_of = {el: i for i, el in enumerate(tree.iter())}

    body_key = key(page.truth["body"])
    body_lines = {key(line) for line in page.truth["body"].split("\n")}
    body_tok = set(WORD.findall(page.truth["body"].casefold()))
    ours_norm = norm(" ".join(ours))
    ours_keys = [norm(line) for line in ours if len(line.split()) >= 3]

    cands: dict[str, Cand] = {}
    for src, lines in (("ours", ours), ("plain", plain_l), ("raw", raw_l), ("stage1", stage1)):
        for i, line in enumerate(lines):
            n = norm(line)
            if not n:
                continue
            c = cands.get(n)
            if c is None:
                c = cands[n] = Cand(text=line.strip(), sources=set(), order=0.0)
                c.label = label_of(line, page, body_key, body_lines, body_tok)
            c.sources.add(src)
            c.feats[f"pos:{src}"] = i / max(1, len(lines) - 1)
    clist = list(cands.values())
    # "core": long sentence lines of the plain output, where the story most likely is
    lens = [len(c.text.split()) for c in clist]
    els = []
    for c in clist:
        el = find_element(c.text, exact, allk)
        els.append(el)
        c.order = order_of.get(el, -1) if el is not None else -1
    core = [
        c.order
        for c, n in zip(clist, lens, strict=True)
        if n >= 15 and SENT_END.search(c.text) and c.order >= 0
    ]
    lo, hi = (min(core), max(core)) if core else (0, 0)
    for c, el in zip(clist, els, strict=True):
        c.in_ours = "ours" in c.sources
        nc = norm(c.text)
        c.dropped = (
            not c.in_ours
            and bool(c.sources & {"plain", "raw"})
            and nc not in ours_norm
            and not any(k in nc for k in ours_keys)
        )
        f = line_shape(c.text)
        f.update(dom_feats(el, c.text, None))
        if c.order < 0:
            f["corepos=unknown"] = 1
        elif c.order < lo:
            f["corepos=before"] = 1
        elif c.order > hi:
            f["corepos=after"] = 1
        else:
            f["corepos=inside"] = 1
        f[f"srcs={'+'.join(sorted(c.sources - {'ours', 'stage1'}))}"] = 1
        # source positions were stored first; keep them
        c.feats.update(f)
    # neighbours in DOM order
    ordered = sorted(range(len(clist)), key=lambda i: clist[i].order)
    for j, i in enumerate(ordered):
        for side, k in (("prev", j - 1), ("next", j + 1)):
            if 0 <= k < len(ordered):
                nb = clist[ordered[k]]
                nwn = len(nb.text.split())
                clist[i].feats[f"{side}nw={bucket(nwn, (3, 8, 15, 30))}"] = 1
                clist[i].feats[f"{side}sent={bool(SENT_END.search(nb.text))}"] = 1
            else:
                clist[i].feats[f"{side}=none"] = 1
    index = {norm(c.text): i for i, c in enumerate(clist)}
    ours_idx = [index[norm(line)] for line in ours]
    return PageData(page, ours, plain, clist, ours_idx)


def add_boilerplate(data: list[PageData]) -> None:
    """How many other pages of the same split hold the same line (site furniture)."""
    by_split: dict[str, dict[str, int]] = {}
    for d in data:
        counts = by_split.setdefault(d.page.split, {})
        for c in d.cands:
            counts[norm(c.text)] = counts.get(norm(c.text), 0) + 1
    for d in data:
        counts = by_split[d.page.split]
        for c in d.cands:
            others = counts[norm(c.text)] - 1
            c.feats[f"boiler={bucket(others, (0, 1, 3))}"] = 1


# --- model ---------------------------------------------------------------------------

VARIANTS = {
    # name: (use words, use class/id tokens, use boilerplate count)
    "shape": (False, False, False),
    "shape+cls": (False, True, False),
    "shape+cls+words": (True, True, False),
    "shape+cls+boiler": (False, True, True),
}


RULE_FEATURES = frozenset({"pos:ours", "pos:stage1"})


def hashed(c: Cand, variant: str) -> dict[int, float]:
    words, cls, boiler = VARIANTS[variant]
    out: dict[int, float] = {}
    for name, v in c.feats.items():
        if name.startswith("cls") and not cls:
            continue
        if name.startswith("boiler") and not boiler:
            continue
        if name in RULE_FEATURES:  # the rules' own decisions: perfect on the splits they fit
            continue
        h = zlib.crc32(name.encode()) % N_FEATURES
        out[h] = out.get(h, 0.0) + v
    if words:
        toks = WORD.findall(c.text.casefold())
        grams = [f"w:{t}" for t in toks] + [f"b:{a}_{b}" for a, b in itertools.pairwise(toks)]
        scale = 1 / math.sqrt(max(1, len(grams)))
        for g in grams:
            h = zlib.crc32(g.encode()) % N_FEATURES
            out[h] = out.get(h, 0.0) + scale
    return out


def matrix(rows: list[dict[int, float]]) -> sparse.csr_matrix:
    indptr, indices, values = [0], [], []
    for r in rows:
        indices.extend(r.keys())
        values.extend(r.values())
        indptr.append(len(indices))
    return sparse.csr_matrix((values, indices, indptr), shape=(len(rows), N_FEATURES))


@dataclass
class Design:
    X: sparse.csr_matrix
    y: np.ndarray
    w: np.ndarray
    split_of_row: np.ndarray
    page_rows: list[np.ndarray]  # rows of each page


def design(data: list[PageData], variant: str) -> Design:
    rows, y, w, sp, page_rows = [], [], [], [], []
    for d in data:
        start = len(rows)
        for c in d.cands:
            rows.append(hashed(c, variant))
            y.append(c.label == "body")
            w.append(math.sqrt(max(1, len(WORD.findall(c.text)))))
            sp.append(d.page.split)
        page_rows.append(np.arange(start, len(rows)))
    return Design(matrix(rows), np.array(y), np.array(w), np.array(sp), page_rows)


def fit(des: Design, mask: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    model.fit(des.X[mask], des.y[mask], sample_weight=des.w[mask])
    return model


# --- decisions and scoring ----------------------------------------------------------


def output_text(d: PageData, prob: np.ndarray, t_filter: float, t_restore: float) -> str:
    """ours, minus lines with P(body) < t_filter, plus dropped lines with P(body) > t_restore."""
    kept = [
        (d.cands[i].order, line)
        for line, i in zip(d.ours, d.ours_idx, strict=True)
        if prob[i] >= t_filter
    ]
    if t_restore >= 0:
        for c, pr in zip(d.cands, prob, strict=True):
            if c.dropped and pr > t_restore:
                # before the first line of ours that comes later in the page
                at = next(
                    (j for j, (o, _) in enumerate(kept) if c.order >= 0 and o > c.order), len(kept)
                )
                kept.insert(at, (c.order, c.text))
    return "\n".join(line for _, line in kept)


def model_alone_text(d: PageData, prob: np.ndarray, t: float) -> str:
    """No rules: trafilatura (extract()'s settings) on the raw page, lines with P(body) >= t."""
    kept = [
        (c.feats["pos:raw"], c.text)
        for c, pr in zip(d.cands, prob, strict=True)
        if "raw" in c.sources and pr >= t
    ]
    return "\n".join(line for _, line in sorted(kept))


def split_scores(data: list[PageData], texts: list[str]) -> dict[str, float]:
    """run.py's metrics for one split: P, R, F1 macro over pages, noise left, clean loss."""
    s = [prf(d.page.truth["body"], t) for d, t in zip(data, texts, strict=True)]
    left = sum(
        len(surviving(d.page, t))
        for d, t in zip(data, texts, strict=True)
        if not d.page.truth["clean"]
    )
    n_noise = sum(len(d.page.truth["noise"]) for d in data if not d.page.truth["clean"])
    lost = 0
    for d, t in zip(data, texts, strict=True):
        if d.page.truth["clean"]:
            tt = tokens(d.page.truth["body"])
            lost += sum(((tt & tokens(d.plain)) - (tt & tokens(t))).values())
    n = len(s)
    return {
        "P": sum(x[0] for x in s) / n,
        "R": sum(x[1] for x in s) / n,
        "F1": sum(x[2] for x in s) / n,
        "noise": left,
        "n_noise": n_noise,
        "lost": lost,
    }


MODES = ("filter", "filter@alone", "restore", "both", "alone")


def choose(data: list[PageData], probs: list[np.ndarray], mode: str) -> tuple[float, float]:
    """Thresholds maximising mean page F1 over the pages given (out-of-fold probabilities).

    filter@alone takes the threshold that is best for the model alone (on trafilatura's
    unfiltered lines), since on the training splits the rules leave no noise to filter.
    """
    pairs = list(zip(data, probs, strict=True))

    def mean_f1(fn) -> float:
        return float(np.mean([prf(d.page.truth["body"], fn(d, p))[2] for d, p in pairs]))

    off = NO_THRESHOLD
    grid = [off, *GRID]
    if mode in ("alone", "filter@alone"):
        t = max(GRID, key=lambda t: (mean_f1(lambda d, p: model_alone_text(d, p, t)), -t))
        return t, off
    t_f = t_r = off
    if mode in ("filter", "both"):
        t_f = max(grid, key=lambda t: (mean_f1(lambda d, p: output_text(d, p, t, off)), -t))
    if mode in ("restore", "both"):
        t_r = max(grid, key=lambda t: (mean_f1(lambda d, p: output_text(d, p, t_f, t)), t))
    return t_f, t_r


def loso(data: list[PageData], variant: str, log: list[str]) -> dict[str, dict[str, list[str]]]:
    """texts[mode][split] for the held-out pages; thresholds from inner LOSO only."""
    des = design(data, variant)
    splits = [s for s in SPLITS if any(d.page.split == s for d in data)]
    # inner out-of-fold probabilities: a model trained without {outer, inner} predicts inner
    pair_prob: dict[tuple[str, str], np.ndarray] = {}
    for a_i, a in enumerate(splits):
        for b in splits[a_i + 1 :]:
            m = fit(des, ~np.isin(des.split_of_row, [a, b]))
            pr = m.predict_proba(des.X)[:, 1]
            pair_prob[(a, b)] = pair_prob[(b, a)] = pr
    out: dict[str, dict[str, list[str]]] = {m: {} for m in MODES}
    for s in splits:
        model = fit(des, des.split_of_row != s)
        prob_out = model.predict_proba(des.X)[:, 1]
        train = [(i, d) for i, d in enumerate(data) if d.page.split != s]
        inner_probs = [pair_prob[(s, d.page.split)][des.page_rows[i]] for i, d in train]
        test = [(i, d) for i, d in enumerate(data) if d.page.split == s]
        for mode in MODES:
            tf, tr = choose([d for _, d in train], inner_probs, mode)
            log.append(f"{variant} {s} {mode}: t_filter={tf} t_restore={tr}")
            if mode == "alone":
                texts = [model_alone_text(d, prob_out[des.page_rows[i]], tf) for i, d in test]
            else:
                texts = [output_text(d, prob_out[des.page_rows[i]], tf, tr) for i, d in test]
            out[mode][s] = texts
    return out


def fmt_row(split: str, system: str, sc: dict[str, float]) -> str:
    return (
        f"| {split} | {system} | {sc['P']:.3f} | {sc['R']:.3f} | {sc['F1']:.3f} "
        f"| {sc['noise']}/{sc['n_noise']} | {sc['lost']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="shape+cls,shape+cls+words", help=", ".join(VARIANTS))
    parser.add_argument("--cache", default="", help="pickle of the page features (dev speed-up)")
    parser.add_argument("--label-stats", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            data = pickle.load(fh)
    else:
        data = [build_page(p) for p in load_pages(SPLITS)]
        add_boilerplate(data)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(data, fh)
    t1 = time.perf_counter()
    print(
        f"{len(data)} pages, {sum(len(d.cands) for d in data)} candidate lines, features {t1 - t0:.0f} s"
    )
    if args.label_stats:
        for s in SPLITS:
            cs = [c for d in data if d.page.split == s for c in d.cands]
            kept = [c for c in cs if c.in_ours]
            drop = [c for c in cs if c.dropped]
            print(
                s,
                "kept body/noise/other",
                sum(c.label == "body" for c in kept),
                sum(c.label == "noise" for c in kept),
                sum(c.label == "other" for c in kept),
                "dropped",
                sum(c.label == "body" for c in drop),
                sum(c.label == "noise" for c in drop),
                sum(c.label == "other" for c in drop),
            )
    header = "| split | system | P | R | F1 | noise strings surviving | clean tokens lost vs plain |\n|---|---|---|---|---|---|---|"
    rows: list[str] = []
    macro: dict[str, list[dict[str, float]]] = {}
    log: list[str] = []
    results = {v: loso(data, v, log) for v in args.variants.split(",")}
    t2 = time.perf_counter()
    for s in SPLITS:
        sd = [d for d in data if d.page.split == s]
        systems = {
            "plain trafilatura": [d.plain for d in sd],
            "rules alone (ours)": ["\n".join(d.ours) for d in sd],
        }
        for v, res in results.items():
            for mode in MODES:
                name = "model alone" if mode == "alone" else f"rules+model {mode}"
                systems[f"{name} [{v}]"] = res[mode][s]
        for name, texts in systems.items():
            sc = split_scores(sd, texts)
            macro.setdefault(name, []).append(sc)
            rows.append(fmt_row(f"{s} ({len(sd)})", name, sc))
    for name, scs in macro.items():
        avg = {k: sum(x[k] for x in scs) / len(scs) for k in ("P", "R", "F1")}
        avg.update({k: sum(x[k] for x in scs) for k in ("noise", "n_noise", "lost")})
        rows.append(fmt_row("macro LOSO (9 splits)", name, avg))
    print(header)
    print("\n".join(rows))
    print("\nThresholds chosen by inner LOSO (t = -1: that step off):")
    print("\n".join(log))
    print(
        f"\nMachine: {' '.join(platform.uname())}, nproc={os.cpu_count()}; "
        f"features {t1 - t0:.0f} s, models {t2 - t1:.0f} s"
    )


if __name__ == "__main__":
    main()
