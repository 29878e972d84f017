"""Train the region model that pipeline/regionmodel.py applies, and write config/region_model.npz.

Run from the repository root after editing the region rules or the labelled splits:

    .venv/bin/python benchmarks/tagging/train_region_model.py          # retrain and write
    .venv/bin/python benchmarks/tagging/train_region_model.py --check  # is the shipped file current?
    .venv/bin/python benchmarks/tagging/train_region_model.py --cv     # leave-one-split-out figures

One example per (article, region it names): the context n-grams and numeric features
of pipeline.regionmodel, labelled by whether the article carries that region. One
logistic regression (lbfgs, C=32) over TF-IDF word 1-3-grams (min_df 2) and the
numeric features. The configuration was chosen by scoring, for test10 and test11,
the rules as they stood when each was first scored blind against the model trained
on the splits written before it (README.md). Trained on every labelled split except
those in ``BLIND``.

The mentions' marks (origin, list, passing) come from the rules, so the model must be
retrained whenever the region rules change; ``--check`` (run by the tests) retrains in
memory and fails when the shipped file gives other weights.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from run import SPLITS as ALL_SPLITS  # noqa: E402
from run import load_split  # noqa: E402

from pipeline.regionmodel import (  # noqa: E402
    context_document,
    load_region_model,
    numeric_features,
    save_region_model,
)
from pipeline.tag import (  # noqa: E402
    DEFAULT_TAXONOMY,
    Taxonomy,
    build_taxonomy,
    region_mentions,
    tag,
)

C = 32.0
MIN_DF = 2
# Splits kept out of training until they have been scored once, blind (add a new
# split's name here before its first scoring; remove it afterwards).
BLIND: tuple[str, ...] = ()
SPLITS = tuple(name for name in ALL_SPLITS if name not in BLIND)
OUT = ROOT / "config" / "region_model.npz"
# The regions whose precision the alerts hang on (issue #6 asks 0.97 of each).
ALERT_REGIONS = ("balochistan", "gilgit_baltistan")


@dataclass
class Data:
    """One row per (article, region it names)."""

    split: np.ndarray
    article: list[str]
    label: list[str]
    docs: list[str]
    numeric: np.ndarray
    gold: np.ndarray  # 1 when the article carries the region
    rules: np.ndarray  # 1 when the rules alone tag it
    missed: dict[str, int]  # per split: gold regions the article never names


def rules_only(tax: Taxonomy) -> Taxonomy:
    return replace(tax, topic_model=None, region_model=None)


def shipped_taxonomy() -> Taxonomy:
    """config/taxonomy.yaml without its region model: the file being replaced may have
    been written for other features, and the rules alone make the training rows."""
    data = yaml.safe_load(DEFAULT_TAXONOMY.read_text(encoding="utf-8"))
    data["settings"]["region_model"] = None
    return build_taxonomy(data, source=str(DEFAULT_TAXONOMY))


def load(splits: Sequence[str], tax: Taxonomy) -> Data:
    rules = rules_only(tax)
    rows: list[tuple[str, str, str, str, list[float], int, int]] = []
    missed: dict[str, int] = {}
    for name in splits:
        missed[name] = 0
        for a in load_split(name):
            title, text = str(a.get("title") or ""), str(a.get("text") or "")
            gold = set(a.get("regions") or [])  # type: ignore[call-overload]
            article = region_mentions(title, text, rules)
            kept = {m.label for m in tag(title, text, rules) if m.kind == "region"}
            missed[name] += len(gold - set(article.by_label))
            for label, ms in article.by_label.items():
                rows.append(
                    (
                        name,
                        str(a["id"]),
                        label,
                        context_document(ms),
                        numeric_features(label, article, tax.regions),
                        int(label in gold),
                        int(label in kept),
                    )
                )
    return Data(
        split=np.array([r[0] for r in rows]),
        article=[r[1] for r in rows],
        label=[r[2] for r in rows],
        docs=[r[3] for r in rows],
        numeric=np.array([r[4] for r in rows], dtype=float),
        gold=np.array([r[5] for r in rows]),
        rules=np.array([r[6] for r in rows]),
        missed=missed,
    )


class Model:
    """TF-IDF of the context n-grams next to the numeric features, one logistic regression."""

    def __init__(self) -> None:
        self.vec = TfidfVectorizer(
            ngram_range=(1, 3), sublinear_tf=True, min_df=MIN_DF, token_pattern=r"(?u)\b\w+\b"
        )
        self.clf = LogisticRegression(C=C, max_iter=5000)

    def fit(self, docs: list[str], numeric: np.ndarray, gold: np.ndarray) -> Model:
        x = sparse.hstack([self.vec.fit_transform(docs), sparse.csr_matrix(numeric)]).tocsr()
        self.clf.fit(x, gold)
        return self

    def proba(self, docs: list[str], numeric: np.ndarray) -> np.ndarray:
        x = sparse.hstack([self.vec.transform(docs), sparse.csr_matrix(numeric)]).tocsr()
        return np.asarray(self.clf.predict_proba(x)[:, 1])


def fit(data: Data, idx: np.ndarray) -> Model:
    return Model().fit([data.docs[i] for i in idx], data.numeric[idx], data.gold[idx])


def counts(pred: np.ndarray, gold: np.ndarray, missed: int) -> np.ndarray:
    """tp, fp, fn; ``missed`` gold regions that no row stands for are false negatives."""
    tp = int(((pred == 1) & (gold == 1)).sum())
    fp = int(((pred == 1) & (gold == 0)).sum())
    fn = int(((pred == 0) & (gold == 1)).sum()) + missed
    return np.array([tp, fp, fn])


def f1(c: np.ndarray) -> float:
    tp, fp, fn = c
    return float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0


def cross_validate(data: Data, threshold: float) -> None:
    """Region micro-F1 per split, the rules alone against the model trained on the
    other splits; then, pooled, precision and recall of the two regions alerts watch.
    The rules were tuned on every split, so both columns are optimistic; only a blind
    split says how either generalises."""
    print("| held-out split | rows | rules alone | model trained on the others |")
    print("|---|---|---|---|")
    pred = np.zeros(len(data.gold), dtype=int)
    total_rules, total_model = np.zeros(3), np.zeros(3)
    for name in SPLITS:
        test = np.flatnonzero(data.split == name)
        model = fit(data, np.flatnonzero(data.split != name))
        p = model.proba([data.docs[i] for i in test], data.numeric[test])
        pred[test] = p >= threshold
        c_rules = counts(data.rules[test], data.gold[test], data.missed[name])
        c_model = counts(pred[test], data.gold[test], data.missed[name])
        total_rules += c_rules
        total_model += c_model
        print(f"| {name} | {len(test)} | {f1(c_rules):.3f} | {f1(c_model):.3f} |")
    print(f"| all, pooled | {len(data.gold)} | {f1(total_rules):.3f} | {f1(total_model):.3f} |")
    print("\n| region, pooled | rules P | rules R | model P | model R |\n|---|---|---|---|---|")
    labels = np.array(data.label)
    for region in ALERT_REGIONS:
        rows = labels == region
        cells = []
        for guess in (data.rules, pred):
            tp, fp, fn = counts(guess[rows], data.gold[rows], 0)
            cells += [f"{tp / max(tp + fp, 1):.3f}", f"{tp / max(tp + fn, 1):.3f}"]
        print(f"| {region} | {' | '.join(cells)} |")


def write(model: Model, regions: Sequence[str], path: Path) -> None:
    save_region_model(
        path,
        regions,
        model.vec.get_feature_names_out(),
        model.vec.idf_,
        model.clf.coef_[0],
        float(model.clf.intercept_[0]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument("--cv", action="store_true", help="leave-one-split-out figures only")
    args = parser.parse_args()
    tax = shipped_taxonomy()
    data = load(SPLITS, tax)
    if args.cv:
        cross_validate(data, tax.region_model_threshold)
        return
    model = fit(data, np.arange(len(data.gold)))
    if not args.check:
        write(model, tax.regions, OUT)
        print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB), trained on {', '.join(SPLITS)}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.npz"
        write(model, tax.regions, fresh_path)
        fresh = load_region_model(fresh_path)
        try:
            shipped = load_region_model(OUT)
        except ValueError as exc:
            raise SystemExit(f"{exc}: run {Path(__file__).name} without --check") from exc
        same = (
            fresh.regions == shipped.regions
            and fresh.word_terms == shipped.word_terms
            and np.allclose(fresh.coef, shipped.coef, atol=1e-5)
        )
    if not same:
        raise SystemExit(f"{OUT} is out of date: run {Path(__file__).name} without --check")
    print(f"{OUT} is current")


if __name__ == "__main__":
    main()
