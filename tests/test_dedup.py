"""Syndicated-copy detection: signatures, band hashes and the copy verifier."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import dedup

# Invented texts: a wire story, a trimmed and edited reprint, and another outlet's own
# report of the same event (same names, places and numbers, its own wording).
WIRE = """Gilgit, Aug 14 (IANS) - At least seven people were killed and eleven injured when a
landslide struck a passenger van on the Karakoram Highway near Dasu on Wednesday afternoon,
police said.

The van was travelling from Rawalpindi to Gilgit with 18 passengers when boulders and mud
slid onto the road after two days of heavy rain. District police officer Naveed Akhtar said
four of the dead were members of one family returning from a wedding.

Rescue teams used bulldozers to clear the debris from the road through the night. The
injured were taken to the district headquarters hospital in Dasu, where three were said to
be in critical condition.

The National Highway Authority said traffic on the highway remained suspended between Besham
and Chilas and would be restored once engineers had checked the stability of the slope.

The meteorological department has forecast more rain in the northern areas until Saturday
and advised travellers to avoid the highway."""

REPRINT = """At least seven people were killed and eleven injured when a landslide struck a
passenger van on the Karakoram Highway near Dasu on Wednesday afternoon, police said.

ALSO READ | Budget talks stall over development funds

The van was travelling from Rawalpindi to Gilgit with 18 passengers when boulders and mud
slid onto the road after two days of heavy rain. District police officer Naveed Akhtar said
four of the dead were members of one family returning from a wedding.

Through the night, rescuers cleared the debris from the road with bulldozers. The injured
were taken to the district headquarters hospital in Dasu, where three were said to be in
\u201ccritical\u201d condition.

--IANS"""

INDEPENDENT = """A passenger van was buried under a landslide on the Karakoram Highway near
Dasu on Wednesday, killing seven people, among them four from the same family who had been
at a wedding, according to police.

Eleven others were hurt. The vehicle, carrying 18 people from Rawalpindi towards Gilgit, was
hit after rain had soaked the mountainside for two days, DPO Naveed Akhtar said. Three of the
wounded were in a critical state at the Dasu hospital.

Machinery worked until morning to reopen the road, but the NHA kept the stretch from Besham
to Chilas closed pending a slope inspection. Forecasters expect rain to continue in the north
until Saturday and have asked people not to travel on the highway."""

UNRELATED = """The State Bank of Pakistan kept its key policy rate unchanged at 12 per cent
on Monday, saying inflation had eased but risks from global oil prices remained. Consumer
price inflation slowed to 6.8 per cent in the previous month, the lowest in three years, and
foreign exchange reserves had risen to 11.2 billion dollars, the bank said."""


def test_normalize_text_ignores_case_and_typography() -> None:
    assert dedup.normalize_text("\u201cQuetta\u2019s\u201d  \u2014 PORT") == "quetta s port"
    assert dedup.text_hash("Quetta's port") == dedup.text_hash("QUETTA\u2019S  port!")


def test_truncated_wire_copy_is_a_copy() -> None:
    jaccard, containment = dedup.copy_score(WIRE, REPRINT)
    assert containment > 0.6
    assert jaccard < containment  # truncation lowers Jaccard, not containment
    assert dedup.is_copy(WIRE, REPRINT)


def test_independent_report_of_the_same_event_is_not_a_copy() -> None:
    assert dedup.copy_score(WIRE, INDEPENDENT)[1] < dedup.CONTAINMENT_THRESHOLD
    assert not dedup.is_copy(WIRE, INDEPENDENT)
    assert not dedup.is_copy(REPRINT, INDEPENDENT)
    assert not dedup.is_copy(WIRE, UNRELATED)


# A recurring notice: next week's keeps every sentence and changes the facts.
NOTICE = """ISLAMABAD, Nov 12 (APP): The weekly sensitive price indicator rose by 0.42 per cent
in the week ended November 11, the statistics bureau said on Thursday.

Prices of 19 items increased, 7 decreased and 25 remained stable during the week under review,
the bureau said.

Tomatoes, onions and LPG cylinders recorded the largest increases, while chicken and eggs
became cheaper, according to the bureau's data."""
NEXT_NOTICE = """ISLAMABAD, Nov 19 (APP): The weekly sensitive price indicator rose by 0.17 per cent
in the week ended November 18, the statistics bureau said on Thursday.

Prices of 14 items increased, 9 decreased and 28 remained stable during the week under review,
the bureau said.

Tomatoes, onions and LPG cylinders recorded the largest increases, while chicken and eggs
became cheaper, according to the bureau's data."""


def test_next_weeks_notice_is_not_a_copy_but_a_reformatted_misspelt_reprint_is() -> None:
    assert dedup.copy_score(NOTICE, NEXT_NOTICE)[1] >= dedup.CONTAINMENT_THRESHOLD
    assert dedup.fact_swaps(NOTICE, NEXT_NOTICE)[0] >= 2
    assert not dedup.is_copy(NOTICE, NEXT_NOTICE)
    reprint = (
        NOTICE.replace("ISLAMABAD, Nov 12 (APP): ", "")
        .replace("0.42 per cent", "0.42pc")
        .replace("statistics bureau", "Statistics Bureau")
        .replace("Tomatoes", "Tomattoes")
    )
    assert dedup.fact_swaps(reprint, NOTICE)[0] == 0
    assert dedup.is_copy(NOTICE, reprint)


def test_amounts_compare_by_value_and_briefs_allow_no_swap() -> None:
    assert dedup._amounts("Rs2.5bn") == dedup._amounts("Rs 2,500 million") == {"2.5e+09"}
    brief = "A fire broke out at the cloth market in Hyderabad on Sunday night. Firefighters put it out after three hours, officials said. No one was hurt."
    other = brief.replace("Hyderabad", "Sukkur")
    assert dedup.fact_swaps(other, brief) == (1, 3)
    assert not dedup.is_copy(brief, other)
    assert dedup.is_copy(brief, brief.replace("officials said", "officials told reporters"))


def test_short_or_empty_texts_only_match_exactly() -> None:
    sentence = "Seven people were killed in a landslide near Dasu, police said."
    assert not dedup.is_copy(sentence, WIRE)
    assert dedup.is_copy(sentence, sentence.upper())
    assert not dedup.is_copy("", "")
    assert dedup.text_bands(sentence) == []


def test_signature_shape_and_determinism() -> None:
    sig = dedup.signature(WIRE)
    assert sig.dtype == np.uint64
    assert sig.shape == (dedup.NUM_PERM,)
    assert np.array_equal(sig, dedup.signature(WIRE))
    assert dedup.BANDS * dedup.ROWS == dedup.NUM_PERM


def test_band_hashes_are_signed_64_bit_and_one_per_band() -> None:
    bands = dedup.band_hashes(dedup.signature(WIRE))
    assert len(bands) == dedup.BANDS
    assert all(-(2**63) <= h < 2**63 for h in bands)
    assert len(set(bands)) == dedup.BANDS  # the band index is mixed into every hash
    assert any(h < 0 for h in bands)


def test_copies_share_a_band_and_others_do_not() -> None:
    wire = dedup.text_bands(WIRE)
    reprint = dedup.text_bands(REPRINT)
    unrelated = dedup.text_bands(UNRELATED)
    assert any(a == b for a, b in zip(wire, reprint, strict=True))
    assert not any(a == b for a, b in zip(wire, unrelated, strict=True))


def test_band_hash_matrix_matches_band_hashes() -> None:
    sigs = np.stack([dedup.signature(t) for t in (WIRE, REPRINT, UNRELATED)])
    matrix = dedup.band_hash_matrix(sigs)
    assert matrix.dtype == np.int64
    assert matrix.shape == (3, dedup.BANDS)
    assert matrix[1].tolist() == dedup.band_hashes(sigs[1])


_WORDS = ("the", "van", "police", "quetta", "gilgit", "seven", "killed", "landslide", "said")
_words = st.sampled_from(_WORDS)
_texts = st.lists(_words, min_size=0, max_size=80).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_texts, _texts)
def test_is_copy_and_scores_are_symmetric(a: str, b: str) -> None:
    assert dedup.is_copy(a, b) == dedup.is_copy(b, a)
    assert dedup.copy_score(a, b) == dedup.copy_score(b, a)


@settings(max_examples=60, deadline=None)
@given(_texts)
def test_a_text_longer_than_min_shingles_is_a_copy_of_itself(text: str) -> None:
    if len(dedup.shingles(text)) >= dedup.MIN_SHINGLES:
        assert dedup.is_copy(text, text + " --IANS")
        assert dedup.copy_score(text, text) == (1.0, 1.0)
