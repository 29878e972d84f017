"""Train the topic model that pipeline/topicmodel.py applies, and write config/topic_model.npz.

Run from the repository root after editing the topic rules or the labelled splits:

    .venv/bin/python benchmarks/tagging/train_topic_model.py          # retrain and write
    .venv/bin/python benchmarks/tagging/train_topic_model.py --check  # is the shipped file current?
    .venv/bin/python benchmarks/tagging/train_topic_model.py --cv     # leave-one-split-out figures

The configuration is the one benchmarks/tagging/classifier.py selected by
leave-one-split-out cross-validation (CLASSIFIER.md): word 1-2-grams and character
2-5-grams (TF-IDF), plus the rules' nine topic scores, one logistic regression per
topic (liblinear, C=4). It is trained on every labelled split except those in
``BLIND``: splits kept unseen until they have been scored once.

The rules' scores are inputs, so the model must be retrained whenever the topic rules
change; ``--check`` (run by the tests) retrains in memory and fails when the shipped
file gives other probabilities.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from classifier import Config, Data, Model, counts, docs_of, load, micro  # noqa: E402
from run import SPLITS as ALL_SPLITS  # noqa: E402

from pipeline.tag import load_taxonomy  # noqa: E402
from pipeline.topicmodel import load_topic_model, save_topic_model  # noqa: E402

CONFIG = Config(chars=True, rules_feat=True, C=4.0, balanced=False)
# Splits kept out of training until they have been scored once, blind (add a new
# split's name here before its first scoring; remove it afterwards).
BLIND: tuple[str, ...] = ()
SPLITS = tuple(name for name in ALL_SPLITS if name not in BLIND)
OUT = ROOT / "config" / "topic_model.npz"


def train() -> tuple[Model, tuple[str, ...]]:
    """The model trained on SPLITS, with the rules alone (no model) giving its rule scores."""
    tax = load_taxonomy()
    data = load(SPLITS, tax)
    idx = np.arange(len(data.ids))
    return Model(CONFIG).fit(docs_of(data, idx), data.score, data.gold), tax.topics


def cross_validate(data: Data, threshold: float) -> None:
    """Topic micro-F1 per split, the rules alone against the model trained on the other
    splits (each split was written by another hand or at another time)."""
    print("| held-out split | articles | rules alone | model trained on the others |")
    print("|---|---|---|---|")
    total_rules, total_model = np.zeros(3), np.zeros(3)
    for name in SPLITS:
        test = np.flatnonzero(data.split == name)
        train_idx = np.flatnonzero(data.split != name)
        model = Model(CONFIG).fit(
            docs_of(data, train_idx), data.score[train_idx], data.gold[train_idx]
        )
        pred = (model.proba(docs_of(data, test), data.score[test]) >= threshold).astype(int)
        c_rules = counts(data.rules[test], data.gold[test])
        c_model = counts(pred, data.gold[test])
        total_rules += c_rules.sum(0)
        total_model += c_model.sum(0)
        print(f"| {name} | {len(test)} | {micro(c_rules)[2]:.3f} | {micro(c_model)[2]:.3f} |")
    f_rules = micro(total_rules[None, :])[2]
    f_model = micro(total_model[None, :])[2]
    print(f"| all, pooled | {len(data.ids)} | {f_rules:.3f} | {f_model:.3f} |")


def write(model: Model, topics: tuple[str, ...], path: Path) -> None:
    assert model.char is not None
    if any(isinstance(c, float) for c in model.clfs):
        raise SystemExit("a topic has no positive (or no negative) article in the splits")
    save_topic_model(
        path,
        topics,
        model.word.get_feature_names_out(),
        model.word.idf_,
        model.char.get_feature_names_out(),
        model.char.idf_,
        np.stack([c.coef_[0] for c in model.clfs if not isinstance(c, float)]),
        np.array([c.intercept_[0] for c in model.clfs if not isinstance(c, float)]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument("--cv", action="store_true", help="leave-one-split-out figures only")
    args = parser.parse_args()
    if args.cv:
        tax = load_taxonomy()
        cross_validate(load(SPLITS, tax), tax.topic_model_threshold)
        return
    model, topics = train()
    if not args.check:
        write(model, topics, OUT)
        print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB), trained on {', '.join(SPLITS)}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.npz"
        write(model, topics, fresh_path)
        fresh, shipped = load_topic_model(fresh_path), load_topic_model(OUT)
        same = (
            fresh.topics == shipped.topics
            and fresh.coef.shape == shipped.coef.shape
            and np.allclose(fresh.coef, shipped.coef, atol=1e-5)
        )
    if not same:
        raise SystemExit(f"{OUT} is out of date: run {Path(__file__).name} without --check")
    print(f"{OUT} is current")


if __name__ == "__main__":
    main()
