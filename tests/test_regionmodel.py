"""The learned region model: its NumPy inference equals scikit-learn's, the shipped file
is trained on the current rules, and tag() lets it decide regions with evidence (and
can do without)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from test_topicmodel import edited_taxonomy

from pipeline.regionmodel import (
    Mention,
    context_document,
    context_ngrams,
    context_window,
    load_region_model,
    mention_shape,
    numeric_features,
)
from pipeline.tag import Taxonomy, load_taxonomy, region_mentions, rule_scores, tag

REPO = Path(__file__).resolve().parent.parent
TAGGING = REPO / "benchmarks" / "tagging"

QUETTA = (
    "Quetta schools shut over fuel shortage",
    "QUETTA: Schools across Quetta were closed on Monday after a fuel shortage left buses "
    "idle, the education department said.\nParents in Quetta said the closure came without "
    "warning.",
)


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def trainer() -> object:
    sys.path[:0] = [str(TAGGING)]
    try:
        import train_region_model
    finally:
        sys.path.remove(str(TAGGING))
    return train_region_model


def test_context_masks_regions_and_keeps_six_tokens_each_side() -> None:
    s = "Speakers at a seminar in Lahore on Monday discussed water in Gwadar and Lahore."
    spans = [
        (s.index("Lahore"), s.index("Lahore") + 6, "punjab"),
        (s.index("Gwadar"), s.index("Gwadar") + 6, "balochistan"),
        (s.rindex("Lahore"), s.rindex("Lahore") + 6, "punjab"),
    ]
    left, right = context_window(s, spans[0][0], spans[0][1], "punjab", spans)
    assert left == ("Speakers", "at", "a", "seminar", "in")
    assert right == ("on", "Monday", "discussed", "water", "in", "YREG")
    left, right = context_window(s, spans[1][0], spans[1][1], "balochistan", spans)
    assert left[-3:] == ("discussed", "water", "in") and right == ("and", "YREG", ".")


def test_context_ngrams_match_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    doc = "TITLEMENTION at a XREG seminar | in YREG , A I کوئٹہ میں"
    analyzer = TfidfVectorizer(ngram_range=(1, 3), token_pattern=r"(?u)\b\w+\b").build_analyzer()
    assert context_ngrams(doc) == analyzer(doc)


def shape_of(text: str, tax: Taxonomy, title: str = "Notice") -> tuple[str, ...]:
    (m,) = [m for ms in region_mentions(title, text, tax).by_label.values() for m in ms]
    return mention_shape(m)


def test_a_mention_inside_a_longer_name_or_quotes_is_marked(tax: Taxonomy) -> None:
    assert shape_of("Profits at Ziarat Foods rose again.", tax) == ("NAMENEXT",)
    assert shape_of("The crew of MV Gwadar Star is stranded.", tax) == ("NAMENEXT", "NAMEPREV")
    assert shape_of('The film "Skardu Road" opened on Friday.', tax) == ("NAMENEXT", "QUOTED")
    assert shape_of("Critics praised 'Turbat' at the festival.", tax) == ("QUOTED",)


def test_a_place_used_as_a_place_is_not_marked(tax: Taxonomy) -> None:
    assert shape_of("Shops in Turbat stayed shut on Monday.", tax) == ()
    assert shape_of("Police said so. Turbat was calm on Monday.", tax) == ()
    assert shape_of("Schools in Turbat's old town stayed shut.", tax) == ()
    assert shape_of("He said: 'Schools in Turbat stayed shut.'", tax) == ()


def test_a_mention_opening_its_paragraph_is_marked(tax: Taxonomy) -> None:
    """A roundup gives each region a paragraph that opens with it ("In Skardu, ...",
    "Gwadar: ...")."""
    first = "Officials met on Monday to count the damage.\n"
    assert shape_of(first + "In Skardu, snow closed the airport.", tax) == ("PARASTART",)
    assert shape_of(first + "Gwadar: the port handled four ships.", tax) == ("PARASTART",)
    assert shape_of(first + "Snow closed the airport in Skardu.", tax) == ()


def test_title_mentions_get_no_shape_words(tax: Taxonomy) -> None:
    """Headlines are often in title case: "Schools In Turbat Stay Shut"."""
    (m,) = region_mentions("Schools In Turbat Stay Shut", "", tax).by_label["balochistan"]
    assert m.where == "title" and mention_shape(m) == ()
    assert "NAMENEXT" not in context_document([m])
    body = Mention("balochistan", "body", ("at",), ("Foods", "Ltd"), 0)
    assert context_document([body]).split()[-1] == "NAMENEXT"


def test_the_model_reads_how_strongly_the_topic_rules_found_a_topic(tax: Taxonomy) -> None:
    title, text = QUETTA
    strength = region_mentions(title, text, tax).topic_strength
    assert strength == max(rule_scores(title, text, tax).values()) > 0


def test_mentions_mark_origins_and_venues(tax: Taxonomy) -> None:
    article = region_mentions(
        "Poets meet in Lahore",
        "LAHORE: A Quetta-born poet read at a Lahore seminar on Sunday.\n"
        "Writers from Gilgit also read.",
        tax,
    )
    by_label = article.by_label
    assert article.top == "punjab" and article.topic_strength == 0.0
    assert all(m.origin for m in by_label["gilgit_baltistan"])
    assert {m.where for m in by_label["punjab"]} >= {"title", "dateline"}
    doc = context_document(by_label["gilgit_baltistan"])
    assert "XREG" in doc and "Gilgit" not in doc


def test_numpy_probabilities_equal_scikit_learns(tmp_path: Path, tax: Taxonomy) -> None:
    """Train the shipped configuration on two splits, export it, and compare the two
    implementations' probabilities on a third."""
    t = trainer()
    train = t.load(["test4", "test5"], tax)  # type: ignore[attr-defined]
    held = t.load(["test6"], tax)  # type: ignore[attr-defined]
    model = t.fit(train, np.arange(len(train.gold)))  # type: ignore[attr-defined]
    t.write(model, tax.regions, tmp_path / "m.npz")  # type: ignore[attr-defined]
    ours = load_region_model(tmp_path / "m.npz")
    theirs = model.proba(held.docs, held.numeric)
    rules = replace(tax, topic_model=None, region_model=None)
    got: dict[tuple[str, str], float] = {}
    for a in t.load_split("test6"):  # type: ignore[attr-defined]
        article = region_mentions(str(a["title"]), str(a["text"]), rules)
        for label, (p, _) in ours.probabilities(article).items():
            got[(str(a["id"]), label)] = p
    assert len(got) == len(theirs)
    for i, p in enumerate(theirs):
        assert got[(held.article[i], held.label[i])] == pytest.approx(p, abs=1e-5)
    assert (theirs > 0.5).any() and (theirs < 0.5).any()


@pytest.mark.slow
def test_shipped_model_is_trained_on_the_current_rules() -> None:
    run = subprocess.run(
        [sys.executable, str(TAGGING / "train_region_model.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_model_regions_carry_probability_and_the_rules_evidence(tax: Taxonomy) -> None:
    (region,) = [m for m in tag(*QUETTA, tax) if m.kind == "region"]
    assert region.label == "balochistan" and 0.5 <= region.score <= 1.0
    model, *rules = region.evidence
    assert model["where"] == "model"
    assert model["probability"] == pytest.approx(region.score, abs=1e-3)
    assert model["term"], "the context words that weighed most are named"
    assert rules and all(e["where"] != "model" for e in rules)


def shifted(tax: Taxonomy, intercept: float) -> Taxonomy:
    assert tax.region_model is not None
    return replace(tax, region_model=replace(tax.region_model, intercept=intercept))


def test_the_model_decides_a_region_the_rules_tag(tax: Taxonomy) -> None:
    rules = replace(tax, region_model=None)
    assert "balochistan" in {m.label for m in tag(*QUETTA, rules)}
    assert "balochistan" not in {m.label for m in tag(*QUETTA, shifted(tax, -50.0))}


def test_a_region_the_rules_dropped_can_be_kept_with_its_mentions_as_evidence(
    tax: Taxonomy,
) -> None:
    title, text = "Poets win award", "Writers from Quetta won the national award in Lahore."
    rules = replace(tax, region_model=None)
    assert "balochistan" not in {m.label for m in tag(title, text, rules)}
    kept = {m.label: m for m in tag(title, text, shifted(tax, 50.0))}
    model, mention = kept["balochistan"].evidence
    assert model["where"] == "model" and model["rule_score"] == 0.0
    assert mention["term"] == "Quetta" and mention["origin"] is True
    assert "Writers from Quetta" in str(mention["snippet"])


def test_a_region_the_model_does_not_know_is_left_to_the_rules(tax: Taxonomy) -> None:
    assert tax.region_model is not None
    renamed = tuple("elsewhere" if r == "balochistan" else r for r in tax.region_model.regions)
    unknown = replace(tax, region_model=replace(tax.region_model, regions=renamed, intercept=-50.0))
    (region,) = [m for m in tag(*QUETTA, unknown) if m.kind == "region"]
    assert region.label == "balochistan" and region.score >= tax.threshold("region", "balochistan")
    assert all(e["where"] != "model" for e in region.evidence)


def test_numeric_features_have_one_column_per_trained_region(tax: Taxonomy) -> None:
    assert tax.region_model is not None
    article = region_mentions(*QUETTA, tax)
    width = len(numeric_features("balochistan", article, tax.region_model.regions))
    assert width + len(tax.region_model.word_terms) == len(tax.region_model.coef)


def test_region_model_null_tags_by_rules_alone(tmp_path: Path) -> None:
    tax = load_taxonomy(
        edited_taxonomy(tmp_path, "region_model: region_model.npz", "region_model: null")
    )
    assert tax.region_model is None and tax.topic_model is not None
    (region,) = [m for m in tag(*QUETTA, tax) if m.kind == "region"]
    assert region.score >= 2.5 and all(e["where"] != "model" for e in region.evidence)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("region_model: missing.npz", "cannot read region model"),
        ("region_model: topic_model.npz", "not a region model file"),
        ("region_model: [a]", "expected a file name"),
        ("region_model_threshold: high", "expected a non-negative number"),
    ],
)
def test_bad_region_model_setting_is_a_clear_error(
    tmp_path: Path, setting: str, message: str
) -> None:
    old = (
        "region_model_threshold: 0.6"
        if setting.startswith("region_model_threshold")
        else "region_model: region_model.npz"
    )
    with pytest.raises(ValueError, match=message) as err:
        load_taxonomy(edited_taxonomy(tmp_path, old, setting))
    assert "settings.region_model" in str(err.value)
