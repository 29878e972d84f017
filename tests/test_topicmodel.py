"""The learned topic model: its NumPy inference equals scikit-learn's, the shipped file
is trained on the current rules, and tag() uses it with evidence (and can do without)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from pipeline.tag import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy, rule_scores, tag
from pipeline.topicmodel import char_ngrams, load_topic_model, word_ngrams

REPO = Path(__file__).resolve().parent.parent
TAGGING = REPO / "benchmarks" / "tagging"


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def test_ngrams_match_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    doc = "QUETTA: Gunmen  attacked a\nCPEC convoy; I saw it. کوئٹہ میں فائرنگ"
    word = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    assert word_ngrams(doc) == word(doc)
    assert char_ngrams(doc) == char(doc)


def test_numpy_probabilities_equal_scikit_learns(tmp_path: Path) -> None:
    """Train the shipped configuration on one split, export it, and compare the two
    implementations' probabilities on another split."""
    sys.path[:0] = [str(TAGGING)]
    try:
        from classifier import Model, docs_of, load
        from train_topic_model import CONFIG, write
    finally:
        sys.path.remove(str(TAGGING))
    tax = load_taxonomy()
    train, held = load(["test4"], tax), load(["test5"], tax)
    model = Model(CONFIG).fit(docs_of(train, np.arange(len(train.ids))), train.score, train.gold)
    write(model, tax.topics, tmp_path / "m.npz")
    ours = load_topic_model(tmp_path / "m.npz")
    theirs = model.proba(docs_of(held, np.arange(len(held.ids))), held.score)
    for i, (title, text) in enumerate(zip(held.titles, held.texts, strict=True)):
        probs = ours.probabilities(title, text, rule_scores(title, text, tax))
        got = [probs[t][0] for t in tax.topics]
        assert got == pytest.approx(list(theirs[i]), abs=1e-5), held.ids[i]
    assert (theirs > 0.5).any() and (theirs < 0.5).any()


@pytest.mark.slow
def test_shipped_model_is_trained_on_the_current_rules() -> None:
    run = subprocess.run(
        [sys.executable, str(TAGGING / "train_topic_model.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_model_topics_carry_probability_and_the_rules_evidence(tax: Taxonomy) -> None:
    got = tag(
        "Balochistan cabinet raises wheat support price",
        "QUETTA: The Balochistan cabinet on Monday raised the wheat support price to "
        "Rs4,000 per 40kg and approved Rs2bn for flour subsidies.\n"
        "Farmers' groups said the increase would barely cover the cost of fertiliser.",
        tax,
    )
    topics = {m.label: m for m in got if m.kind == "topic"}
    assert {"politics_governance", "economy_energy"} <= set(topics)
    for m in topics.values():
        assert 0.5 <= m.score <= 1.0
        model, *rules = m.evidence
        assert model["where"] == "model" and model["probability"] == pytest.approx(
            m.score, abs=1e-3
        )
        assert model["term"], "the words that weighed most are named"
        assert rules, "the rules' cues stay in the evidence"


def test_the_model_decides_a_topic_the_rules_found(tax: Taxonomy) -> None:
    """A rule hit alone does not make the tag: with the model's intercept for the topic
    pushed far down, the topic goes, though the rules still score it over their threshold."""
    assert tax.topic_model is not None
    title = "Copper output at Saindak rises"
    text = "Copper production at the Saindak mine rose by a tenth this year, the company said."
    k = tax.topic_model.topics.index("mining_minerals")
    intercept = tax.topic_model.intercept.copy()
    intercept[k] = -50.0
    vetoed = replace(tax, topic_model=replace(tax.topic_model, intercept=intercept))
    assert "mining_minerals" in {m.label for m in tag(title, text, tax)}
    assert "mining_minerals" in {m.label for m in tag(title, text, replace(tax, topic_model=None))}
    assert "mining_minerals" not in {m.label for m in tag(title, text, vetoed)}


def edited_taxonomy(tmp_path: Path, old: str, new: str) -> Path:
    """The shipped taxonomy with one edit, written to ``tmp_path`` beside copies of its
    model files."""
    text = DEFAULT_TAXONOMY.read_text(encoding="utf-8")
    assert old in text
    for model in DEFAULT_TAXONOMY.parent.glob("*_model.npz"):
        shutil.copy(model, tmp_path / model.name)
    path = tmp_path / "taxonomy.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_topic_model_null_tags_by_rules_alone(tmp_path: Path) -> None:
    tax = load_taxonomy(
        edited_taxonomy(tmp_path, "topic_model: topic_model.npz", "topic_model: null")
    )
    assert tax.topic_model is None
    got = tag("Copper output at Saindak rises", "Copper production at the Saindak mine rose.", tax)
    mining = next(m for m in got if m.label == "mining_minerals")
    assert mining.score >= 3.0 and all(e["where"] != "model" for e in mining.evidence)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("topic_model: missing.npz", "cannot read topic model"),
        ("topic_model: taxonomy.yaml", "not a topic model file"),
        ("topic_model: 3", "expected a file name"),
        ("topic_modle: topic_model.npz", "unknown setting"),
    ],
)
def test_bad_topic_model_setting_is_a_clear_error(
    tmp_path: Path, setting: str, message: str
) -> None:
    path = edited_taxonomy(tmp_path, "topic_model: topic_model.npz", setting)
    with pytest.raises(ValueError, match=message) as err:
        load_taxonomy(path)
    assert "settings.topic_mod" in str(err.value)


def test_probabilities_stay_finite_for_extreme_rule_scores(tax: Taxonomy) -> None:
    assert tax.topic_model is not None
    probs = tax.topic_model.probabilities("x", "y", dict.fromkeys(tax.topics, 1e300))
    assert all(0.0 <= p <= 1.0 for p, _ in probs.values())
