"""Datelines and wire agencies."""

from __future__ import annotations

import pytest

from pipeline.noise import load_rules, split_lead
from pipeline.wire import AgencyNames, agency_of, parse_dateline, split_tail


@pytest.fixture(scope="module")
def agencies() -> AgencyNames:
    return AgencyNames(load_rules().agencies)


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Quetta, March 3 (IANS) - Officials said", "Quetta", "IANS"),
        ("NEW DELHI, Mar 3, 2026 (PTI) — The ministry", "New Delhi", "PTI"),
        ("Quetta [Pakistan], March 2 (ANI): A school", "Quetta", "ANI"),
        ("Leh (Ladakh) [India], July 21 (ANI): Apricot growers", "Leh", "ANI"),
        ("ISLAMABAD (Reuters) - Traders shut", "Islamabad", "Reuters"),
        ("GWADAR, Pakistan (AP) — Fishermen", "Gwadar", "AP"),
        ("BEIJING, March 3 (Xinhua) -- China said", "Beijing", "Xinhua"),
        ("Turbat, 4 March (APP): Work resumed", "Turbat", "APP"),
        ("KARACHI, March 3: The court", "Karachi", None),
        ("GILGIT: The authority warned", "Gilgit", None),
        ("Dera Ismail Khan, May 1 (Our Correspondent) - Police", "Dera Ismail Khan", None),
        ("کوئٹہ (اے پی پی) — صوبائی حکومت نے", "کوئٹہ", "APP"),
        # agencies missing from the configured list, known by their shape
        ("KARACHI, Nov 2 (SNW): Boxers from Quetta", "Karachi", "SNW"),
        ("ZIARAT, March 9 (Chiltan Newswire) — A forest nursery", "Ziarat", "Chiltan Newswire"),
        ("HUB, Oct 9 (Indus Delta Agency) — Workers", "Hub", "Indus Delta Agency"),
        ("خضدار (سراوان نیوز سروس) — خضدار کی", "خضدار", "سراوان نیوز سروس"),
        ("پنجگور (ایم پی ایس) ضلعی انتظامیہ نے", "پنجگور", "MPS"),  # in its Latin letters
        ("MITHI, Tharparkar: A small radio station", "Mithi", None),
    ],
)
def test_datelines(line: str, place: str, agency: str | None, agencies: AgencyNames) -> None:
    found = parse_dateline(line, agencies)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert line[found.end :][0].isalpha()  # the story text starts right after the dateline


@pytest.mark.parametrize(
    "line",
    [
        "The Prime Minister (PM) - said on Monday that talks would go on.",
        "However, March 3 was a holiday in the province.",
        "Officials said the plan (approved last year) was delayed.",
        "US officials: the talks went well.",
        "The Chief Minister (CM) - said the budget was ready.",
        "رپورٹ: نگینہ کریم",
        "تصاویر: عارف بلوچ · 9 ستمبر 2026",
    ],
)
def test_sentences_are_not_datelines(line: str, agencies: AgencyNames) -> None:
    assert parse_dateline(line, agencies) is None


@pytest.mark.parametrize(
    ("lines", "kept", "agency"),
    [
        (["Body one.", "Body two.", "--IANS"], ["Body one.", "Body two."], "IANS"),
        (["Body.", "-- IANS", "ab/sd"], ["Body."], "IANS"),
        (["Body.", "Based on ANI report"], ["Body."], "ANI"),
        (["Body.", "(With inputs from PTI)"], ["Body."], "PTI"),
        (["Body.", "Source: APP"], ["Body."], "APP"),
        (
            ["Body ends here, said the official. --IANS"],
            ["Body ends here, said the official."],
            "IANS",
        ),
        (["Body.", "Reporting continues."], ["Body.", "Reporting continues."], None),
        (["The AP said so."], ["The AP said so."], None),
        (["Body.", "—MPS"], ["Body."], "MPS"),
        (["Body.", "(Makran Press Service)"], ["Body."], "Makran Press Service"),
        (["Body.", "Distributed by Jhelum Feature Service"], ["Body."], "Jhelum Feature Service"),
        (["Body.", "— قراقرم نیوز وائر"], ["Body."], "قراقرم نیوز وائر"),
        (["Body.", "— Riverline News Agency (RNA)"], ["Body."], "RNA"),
        (["Body.", "— Makran Wire"], ["Body."], "Makran Wire"),
        # capitals not set off as a credit are no agency
        (["Body.", "NOTE"], ["Body.", "NOTE"], None),
    ],
)
def test_tail_credits(
    lines: list[str], kept: list[str], agency: str | None, agencies: AgencyNames
) -> None:
    assert split_tail(lines, agencies) == (kept, agency)


def test_agency_priority_dateline_then_byline_then_tail(agencies: AgencyNames) -> None:
    dateline = parse_dateline("Quetta, March 3 (IANS) - x", agencies)
    assert agency_of(dateline, "Staff Reporter / APP", "PTI", agencies) == "IANS"
    assert agency_of(None, "Staff Reporter / APP", "PTI", agencies) == "APP"
    assert agency_of(None, "By Agence France-Presse", None, agencies) == "AFP"
    assert agency_of(None, "Aparna Rao", "PTI", agencies) == "PTI"
    assert agency_of(None, "Anita Sharma", None, agencies) is None
    # a listed agency comes before one found only by its shape
    urdu = parse_dateline("پنجگور (ایم پی ایس) — پنجگور کے", agencies)
    assert agency_of(urdu, "PPI", None, agencies) == "PPI"
    assert agency_of(urdu, "Staff Reporter", None, agencies) == "MPS"
    listed = parse_dateline("کوئٹہ (پی پی آئی) — میٹروپولیٹن", agencies)
    assert listed is not None and listed.agency == "PPI"


def test_a_dateline_in_a_paragraph_of_its_own_is_one(agencies: AgencyNames) -> None:
    """Some CMSs set "KARACHI:" as a paragraph of its own before the story's first."""
    found = parse_dateline("KARACHI:", agencies)
    assert found is not None and found.place == "Karachi"
    assert split_lead(["KARACHI:", "The ferry to Manora resumes on Monday."], agencies) == (
        ["KARACHI:", "The ferry to Manora resumes on Monday."],
        [],
    )


def test_a_credit_shaped_like_an_agency_is_found_but_a_label_in_capitals_is_not(
    agencies: AgencyNames,
) -> None:
    assert agencies.find("— Riverline News Agency (RNA)") == "RNA"
    assert agencies.find("(بولان نیوز سروس)") == "بولان نیوز سروس"
    assert agencies.find("LIVE") is None  # an acronym counts only in a dateline or set off
    assert agencies.find("Staff Reporter") is None
    assert agencies.find("By Chiltan Newswire") == "Chiltan Newswire"
