"""Does an offline learned topic classifier beat the topic rules? (issue #6)

Run from the repository root:

    .venv/bin/python benchmarks/tagging/classifier.py                   # cross-validation only
    .venv/bin/python benchmarks/tagging/classifier.py --heldout test6    # ... and the held-out split

Trains one-vs-rest logistic regressions (scikit-learn, TF-IDF word n-grams, optionally
character n-grams and the rules' own per-topic scores as features) on the six training
splits and compares, by cross-validation on those splits only, the topic micro-F1 and
per-topic P/R/F1 of

- ``rules``: pipeline.tag as it is;
- ``clf``: the classifier alone (probability >= t);
- ``union``: the rules' topics plus the classifier's topics with probability >= t;
- ``rescue``: the rules' topics plus topics the rules scored > 0 but below the
  threshold (a weak rule hit) when the classifier gives them probability >= t;
- ``veto``: ``rescue``, minus rule topics scored below 2x the threshold that the
  classifier gives probability < t_low.

Two cross-validations: leave-one-split-out (6 folds, grouped by split: each fold is a
split written at another time, the nearest thing to a new blind split) and 5-fold
shuffled (seed 0). Model and strategy selection use leave-one-split-out only; a nested
leave-one-split-out (selection repeated inside each outer training part) gives the
honest estimate of the whole selection procedure.

``--heldout NAME`` then trains the selected configuration on all six splits and scores
NAME once, rules and combined side by side. Nothing in this script looks at a split
that is not named (test7 is never opened).

Caveat: the rules themselves were tuned on all six training splits (README.md), so the
rules' CV figures are optimistic and so is every strategy that keeps the rules' tags;
only a held-out split written by someone else says how either generalises.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from run import load_split, machine, prf  # noqa: E402

from pipeline.tag import Taxonomy, load_taxonomy, rule_scores, tag  # noqa: E402
from pipeline.topicmodel import document  # noqa: E402

TRAIN_SPLITS = ("dev", "test", "test2", "test3", "test4", "test5")
SEED = 0


@dataclass
class Data:
    """The articles of some splits, with gold topics and the rules' topic scores."""

    ids: list[str]
    split: np.ndarray  # (n,) split name per article
    titles: list[str]
    texts: list[str]
    gold: np.ndarray  # (n, k) 0/1
    rules: np.ndarray  # (n, k) 0/1: the rules' topics
    score: np.ndarray  # (n, k): the rules' topic scores, also below the threshold
    region_gold: list[set[str]]
    region_rules: list[set[str]]


def load(splits: Sequence[str], tax: Taxonomy) -> Data:
    """The splits' articles; ``rules`` and ``score`` from the topic rules alone (no model)."""
    tax = replace(tax, topic_model=None)
    topics = tax.topics
    ids, split, titles, texts, gold, rules, score = [], [], [], [], [], [], []
    rgold, rrules = [], []
    for name in splits:
        for a in load_split(name):
            title, text = str(a["title"]), str(a["text"])
            want = set(a.get("topics") or [])
            got = tag(title, text, tax)
            low = rule_scores(title, text, tax)
            ids.append(str(a["id"]))
            split.append(name)
            titles.append(title)
            texts.append(text)
            gold.append([t in want for t in topics])
            rules.append([any(m.kind == "topic" and m.label == t for m in got) for t in topics])
            score.append([low.get(t, 0.0) for t in topics])
            rgold.append(set(a.get("regions") or []))
            rrules.append({m.label for m in got if m.kind == "region"})
    return Data(
        ids,
        np.array(split),
        titles,
        texts,
        np.array(gold, dtype=int),
        np.array(rules, dtype=int),
        np.array(score, dtype=float),
        rgold,
        rrules,
    )


# ---------------------------------------------------------------- models


@dataclass(frozen=True)
class Config:
    """One classifier configuration."""

    chars: bool  # add character n-grams (char_wb 2-5) to word 1-2 grams
    rules_feat: bool  # add the rules' per-topic scores as features
    C: float
    balanced: bool

    def name(self) -> str:
        parts = ["word" + ("+char" if self.chars else ""), f"C={self.C:g}"]
        if self.rules_feat:
            parts.append("+rules")
        if self.balanced:
            parts.append("bal")
        return " ".join(parts)


CONFIGS = [
    Config(chars, rules_feat, C, balanced)
    for chars, rules_feat, C, balanced in itertools.product(
        (False, True), (False, True), (1.0, 4.0, 16.0), (False, True)
    )
]


def rules_features(score: np.ndarray) -> np.ndarray:
    return np.log1p(score)


class Model:
    """TF-IDF (+ rule scores) -> one logistic regression per topic."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        self.char = (
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
            if cfg.chars
            else None
        )
        self.clfs: list[LogisticRegression | float] = []

    def _x(self, docs: list[str], score: np.ndarray, fit: bool) -> sparse.csr_matrix:
        parts = [self.word.fit_transform(docs) if fit else self.word.transform(docs)]
        if self.char is not None:
            parts.append(self.char.fit_transform(docs) if fit else self.char.transform(docs))
        if self.cfg.rules_feat:
            parts.append(sparse.csr_matrix(rules_features(score)))
        return sparse.hstack(parts, format="csr")

    def fit(self, docs: list[str], score: np.ndarray, y: np.ndarray) -> Model:
        x = self._x(docs, score, fit=True)
        self.clfs = []
        for k in range(y.shape[1]):
            if y[:, k].min() == y[:, k].max():  # a topic absent (or always present)
                self.clfs.append(float(y[0, k]))
                continue
            clf = LogisticRegression(
                C=self.cfg.C,
                class_weight="balanced" if self.cfg.balanced else None,
                solver="liblinear",
                random_state=SEED,
            )
            self.clfs.append(clf.fit(x, y[:, k]))
        return self

    def proba(self, docs: list[str], score: np.ndarray) -> np.ndarray:
        x = self._x(docs, score, fit=False)
        cols = [
            np.full(x.shape[0], c) if isinstance(c, float) else c.predict_proba(x)[:, 1]
            for c in self.clfs
        ]
        return np.stack(cols, axis=1)


def docs_of(data: Data, idx: np.ndarray) -> list[str]:
    return [document(data.titles[i], data.texts[i]) for i in idx]


def oof_proba(data: Data, idx: np.ndarray, folds: list[np.ndarray], cfg: Config) -> np.ndarray:
    """Out-of-fold probabilities for the articles ``idx`` (folds partition ``idx``)."""
    out = np.zeros((len(data.ids), data.gold.shape[1]))
    for test in folds:
        train = np.setdiff1d(idx, test)
        m = Model(cfg).fit(docs_of(data, train), data.score[train], data.gold[train])
        out[test] = m.proba(docs_of(data, test), data.score[test])
    return out


def split_folds(data: Data, idx: np.ndarray) -> list[np.ndarray]:
    return [idx[data.split[idx] == s] for s in dict.fromkeys(data.split[idx])]


def kfold_folds(idx: np.ndarray, n: int = 5) -> list[np.ndarray]:
    kf = KFold(n_splits=n, shuffle=True, random_state=SEED)
    return [idx[test] for _, test in kf.split(idx)]


# ---------------------------------------------------------------- strategies


@dataclass(frozen=True)
class Strategy:
    kind: str  # "rules" | "clf" | "union" | "rescue" | "veto"
    t: float = 0.5
    t_low: float = 0.0

    def name(self) -> str:
        if self.kind == "rules":
            return "rules"
        if self.kind == "veto":
            return f"veto t={self.t:g} t_low={self.t_low:g}"
        return f"{self.kind} t={self.t:g}"

    def apply(self, rules: np.ndarray, score: np.ndarray, p: np.ndarray, thr: float) -> np.ndarray:
        if self.kind == "rules":
            return rules
        if self.kind == "clf":
            return (p >= self.t).astype(int)
        if self.kind == "union":
            return rules | (p >= self.t)
        weak = (score > 0) & (score < thr)
        out = rules | (weak & (p >= self.t))
        if self.kind == "veto":
            shaky = (rules == 1) & (score < 2 * thr) & (p < self.t_low)
            out = out & ~shaky
        return out.astype(int)


STRATEGIES = [
    Strategy("rules"),
    *(Strategy("clf", t) for t in (0.3, 0.4, 0.5)),
    *(Strategy("union", t) for t in (0.5, 0.6, 0.7, 0.8, 0.9)),
    *(Strategy("rescue", t) for t in (0.3, 0.4, 0.5, 0.6)),
    *(Strategy("veto", t, tl) for t in (0.4, 0.5) for tl in (0.05, 0.1, 0.2)),
]


def counts(pred: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """(k, 3): tp, fp, fn per topic."""
    tp = (pred & gold).sum(0)
    fp = (pred & (1 - gold)).sum(0)
    fn = ((1 - pred) & gold).sum(0)
    return np.stack([tp, fp, fn], axis=1)


def micro(c: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = c.sum(0)
    return prf(tp, fp, fn)


# ---------------------------------------------------------------- selection


def select(
    data: Data, idx: np.ndarray, thr: float, configs: Iterable[Config]
) -> tuple[Config, Strategy, float]:
    """The (config, non-rules strategy) with the best leave-one-split-out micro-F1 on idx."""
    best: tuple[float, Config, Strategy] | None = None
    folds = split_folds(data, idx)
    for cfg in configs:
        p = oof_proba(data, idx, folds, cfg)[idx]
        for st in STRATEGIES[1:]:
            pred = st.apply(data.rules[idx], data.score[idx], p, thr)
            f = micro(counts(pred, data.gold[idx]))[2]
            if best is None or f > best[0] + 1e-12:
                best = (f, cfg, st)
    assert best is not None
    return best[1], best[2], best[0]


# ---------------------------------------------------------------- report


def per_topic_table(topics: Sequence[str], results: dict[str, np.ndarray]) -> list[str]:
    names = list(results)
    rows = [
        "| topic | n | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |",
        "|" + "---|" * (2 + 3 * len(names)),
    ]
    first = results[names[0]]
    for k, t in enumerate(topics):
        cells = [" | ".join(f"{v:.2f}" for v in prf(*results[n][k])) for n in names]
        rows.append(f"| {t} | {first[k][0] + first[k][2]} | " + " | ".join(cells) + " |")
    cells = []
    for n in names:
        p, r, f = micro(results[n])
        cells.append(f"{p:.2f} | {r:.2f} | **{f:.3f}**")
    rows.append("| **micro** | | " + " | ".join(cells) + " |")
    return rows


def top_words(model: Model, topics: Sequence[str], n: int = 8) -> list[str]:
    """The strongest positive word features per topic (what the classifier learned),
    and, with rule features, the weight of the topic's own rule score."""
    names = model.word.get_feature_names_out()
    k_topics = len(topics)
    out = []
    for k, t in enumerate(topics):
        c = model.clfs[k]
        if isinstance(c, float):
            continue
        w = c.coef_[0][: len(names)]
        best = np.argsort(-w)[:n]
        line = f"- {t}: " + ", ".join(f"{names[j]}" for j in best)
        if model.cfg.rules_feat:
            line += f" (own rule score weight {c.coef_[0][-k_topics + k]:.2f})"
        out.append(line)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", help="score this split once with the selected config")
    parser.add_argument("--quick", action="store_true", help="skip the nested CV")
    args = parser.parse_args()
    if args.heldout in TRAIN_SPLITS:
        parser.error("the held-out split must not be a training split")

    t0 = time.perf_counter()
    tax = load_taxonomy()
    thr = tax.threshold("topic", tax.topics[0])
    assert all(tax.threshold("topic", t) == thr for t in tax.topics)
    topics = tax.topics
    data = load(TRAIN_SPLITS, tax)
    idx = np.arange(len(data.ids))
    print(f"# Learned topic classifier vs rules\n\nmachine: {machine()}")
    print(f"training splits: {', '.join(TRAIN_SPLITS)} ({len(idx)} articles)\n")

    # 1. Every config x strategy, leave-one-split-out and 5-fold.
    cv = {"split": split_folds(data, idx), "5fold": kfold_folds(idx)}
    grid: dict[tuple[str, str, str], float] = {}
    oof: dict[tuple[str, Config], np.ndarray] = {}
    for cfg in CONFIGS:
        for cv_name, folds in cv.items():
            p = oof_proba(data, idx, folds, cfg)
            oof[(cv_name, cfg)] = p
            for st in STRATEGIES:
                pred = st.apply(data.rules, data.score, p, thr)
                grid[(cv_name, cfg.name(), st.name())] = micro(counts(pred, data.gold))[2]
    rules_f = {c: grid[(c, CONFIGS[0].name(), "rules")] for c in cv}
    print("## Grid: topic micro-F1, out-of-fold (LOSO = leave one split out | 5-fold)\n")
    print(f"rules: LOSO {rules_f['split']:.3f} | 5-fold {rules_f['5fold']:.3f}\n")
    print("| config | " + " | ".join(st.name() for st in STRATEGIES[1:]) + " |")
    print("|---|" + "---|" * (len(STRATEGIES) - 1))
    for cfg in CONFIGS:
        cells = [
            f"{grid[('split', cfg.name(), st.name())]:.3f} / {grid[('5fold', cfg.name(), st.name())]:.3f}"
            for st in STRATEGIES[1:]
        ]
        print(f"| {cfg.name()} | " + " | ".join(cells) + " |")

    # 2. Selection by LOSO; the best classifier alone too.
    cfg, st, f_sel = select_from_grid(grid, "split")
    best_clf = max(
        ((c, s) for c in CONFIGS for s in STRATEGIES if s.kind == "clf"),
        key=lambda cs: grid[("split", cs[0].name(), cs[1].name())],
    )
    # The best classifier on the text alone (no rule scores as features).
    text_clf = max(
        ((c, s) for c in CONFIGS for s in STRATEGIES if s.kind == "clf" and not c.rules_feat),
        key=lambda cs: grid[("split", cs[0].name(), cs[1].name())],
    )
    print(f"\nselected (best LOSO micro-F1): {cfg.name()} / {st.name()} ({f_sel:.3f})")
    print(f"best classifier alone: {best_clf[0].name()} / {best_clf[1].name()}")
    print(f"best text-only classifier: {text_clf[0].name()} / {text_clf[1].name()}\n")
    for cv_name in cv:
        p_sel, p_clf = oof[(cv_name, cfg)], oof[(cv_name, best_clf[0])]
        p_txt = oof[(cv_name, text_clf[0])]
        results = {
            "rules": counts(data.rules, data.gold),
            "text clf": counts(text_clf[1].apply(data.rules, data.score, p_txt, thr), data.gold),
            "clf": counts(best_clf[1].apply(data.rules, data.score, p_clf, thr), data.gold),
            "combined": counts(st.apply(data.rules, data.score, p_sel, thr), data.gold),
        }
        print(f"## Per topic, out-of-fold ({cv_name})\n")
        print("\n".join(per_topic_table(topics, results)) + "\n")
        per_split = []
        for s in TRAIN_SPLITS:
            m = data.split == s
            a = micro(counts(data.rules[m], data.gold[m]))[2]
            b = micro(counts(st.apply(data.rules[m], data.score[m], p_sel[m], thr), data.gold[m]))[
                2
            ]
            per_split.append(f"{s} {a:.3f} -> {b:.3f}")
        print(f"per split, rules -> combined ({cv_name}): " + "; ".join(per_split) + "\n")

    # 3. Nested LOSO: the selection itself repeated inside each outer training part.
    if not args.quick:
        print("## Nested leave-one-split-out (selection inside each outer fold)\n")
        pred = np.zeros_like(data.gold)
        for test in split_folds(data, idx):
            train = np.setdiff1d(idx, test)
            c_in, s_in, f_in = select(data, train, thr, CONFIGS)
            m = Model(c_in).fit(docs_of(data, train), data.score[train], data.gold[train])
            p = m.proba(docs_of(data, test), data.score[test])
            pred[test] = s_in.apply(data.rules[test], data.score[test], p, thr)
            s_name = data.split[test[0]]
            a = micro(counts(data.rules[test], data.gold[test]))[2]
            b = micro(counts(pred[test], data.gold[test]))[2]
            print(
                f"- {s_name}: chose {c_in.name()} / {s_in.name()} (inner {f_in:.3f}); "
                f"rules {a:.3f} -> combined {b:.3f}"
            )
        results = {"rules": counts(data.rules, data.gold), "nested": counts(pred, data.gold)}
        print()
        print("\n".join(per_topic_table(topics, results)) + "\n")

    # 4. The final model on all six splits.
    final = Model(cfg).fit(docs_of(data, idx), data.score, data.gold)
    print("## Strongest word cues of the final model\n")
    print("\n".join(top_words(final, topics)) + "\n")

    if args.heldout:
        held = load([args.heldout], tax)
        p = final.proba(docs_of(held, np.arange(len(held.ids))), held.score)
        combined = st.apply(held.rules, held.score, p, thr)
        hdocs = docs_of(held, np.arange(len(held.ids)))
        alone: dict[str, np.ndarray] = {}
        for name, (c, strat) in (("text clf", text_clf), ("clf", best_clf)):
            m = final if c == cfg else Model(c).fit(docs_of(data, idx), data.score, data.gold)
            alone[name] = strat.apply(held.rules, held.score, m.proba(hdocs, held.score), thr)
        results = {
            "rules": counts(held.rules, held.gold),
            "text clf": counts(alone["text clf"], held.gold),
            "clf": counts(alone["clf"], held.gold),
            "combined": counts(combined, held.gold),
        }
        print(f"## Held-out {args.heldout} ({len(held.ids)} articles), scored once\n")
        print(
            f"combined: {cfg.name()} / {st.name()}; clf: {best_clf[0].name()} / "
            f"{best_clf[1].name()}; text clf: {text_clf[0].name()} / {text_clf[1].name()}; "
            f"all trained on the {len(TRAIN_SPLITS)} training splits\n"
        )
        print("\n".join(per_topic_table(topics, results)) + "\n")
        for label in ("balochistan", "gilgit_baltistan"):
            pairs = list(zip(held.region_gold, held.region_rules, strict=True))
            tp = sum(label in g and label in r for g, r in pairs)
            fp = sum(label not in g and label in r for g, r in pairs)
            print(
                f"region {label} precision (rules; topics do not touch regions): "
                f"{prf(tp, fp, 0)[0]:.2f} ({tp}/{tp + fp})"
            )
        added = int(((combined == 1) & (held.rules == 0)).sum())
        removed = int(((combined == 0) & (held.rules == 1)).sum())
        print(f"combined vs rules: {added} topic tags added, {removed} removed")
    print(f"\nwall time {time.perf_counter() - t0:.0f} s")


def select_from_grid(
    grid: dict[tuple[str, str, str], float], cv_name: str
) -> tuple[Config, Strategy, float]:
    best = max(
        ((c, s) for c in CONFIGS for s in STRATEGIES[1:]),
        key=lambda cs: grid[(cv_name, cs[0].name(), cs[1].name())],
    )
    return best[0], best[1], grid[(cv_name, best[0].name(), best[1].name())]


if __name__ == "__main__":
    main()
