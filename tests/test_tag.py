"""Region and topic tagging: traps, Urdu names, evidence, thresholds, taxonomy errors."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.records import TagMatch
from pipeline.regionmodel import Mention
from pipeline.tag import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy, region_mentions, tag


def labels(matches: list[TagMatch], kind: str = "region") -> set[str]:
    return {m.label for m in matches if m.kind == kind}


def match(matches: list[TagMatch], label: str) -> TagMatch:
    (found,) = [m for m in matches if m.label == label]
    return found


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    """The shipped taxonomy with its rules deciding alone: these tests are about the rules
    (the models' tests are in test_topicmodel.py and test_regionmodel.py)."""
    return replace(load_taxonomy(), topic_model=None, region_model=None)


# ---------------------------------------------------------------- traps


def test_sistan_baluchestan_is_not_balochistan(tax: Taxonomy) -> None:
    got = tag(
        "Gunmen kill guards in Iran's Sistan-Baluchestan",
        "ZAHEDAN: Gunmen killed three border guards near Saravan in Sistan and Baluchestan "
        "province, state media said.\nJaish al-Adl claimed the attack. Baluch activists in "
        "Iranian Baluchistan say the province is neglected.",
        tax,
    )
    assert labels(got) == {"sistan_baluchestan"}
    assert "militancy_terrorism" in labels(got, "topic")


def test_irans_baluchistan_phrase_does_not_count_for_pakistan(tax: Taxonomy) -> None:
    got = tag("Drought in Iran's Baluchistan", "Wells have dried up across the area.", tax)
    assert labels(got) == {"sistan_baluchestan"}


def test_team_named_after_city_is_sport_not_region(tax: Taxonomy) -> None:
    got = tag(
        "Quetta Gladiators beat Karachi Kings",
        "KARACHI: Quetta Gladiators beat Karachi Kings by six wickets in the PSL.\n"
        "The Gladiators' bowling attack was superb and the innings ended in the 18th over.",
        tax,
    )
    assert labels(got) == set()
    assert labels(got, "topic") == set()  # "bowling attack" is not militancy


def test_match_in_a_city_is_discounted_as_sport(tax: Taxonomy) -> None:
    text = (
        "MULTAN: Pakistan beat England by 152 runs in the Test at Multan, spinners taking all "
        "20 wickets.\nEngland's batters collapsed in the second innings."
    )
    assert labels(tag("Pakistan win Multan Test", text, tax)) == set()


def test_gb_as_gigabytes_or_britain_is_not_gilgit_baltistan(tax: Taxonomy) -> None:
    assert (
        labels(tag("New phone has 16 GB RAM", "Storage is 512 GB. Team GB cheered.", tax)) == set()
    )
    assert labels(tag("Team GB win gold", "GB athletes won the relay.", tax)) == set()


def test_gb_counts_in_context_and_only_uppercase(tax: Taxonomy) -> None:
    got = tag(
        "Floods hit GB", "GILGIT: Floods swept away bridges in Hunza, GB officials said.", tax
    )
    gb = match(got, "gilgit_baltistan")
    assert {e["term"] for e in gb.evidence} >= {"GB", "Hunza"}
    lower = tag("Floods hit gb", "Rain fell all day.", tax)
    assert labels(lower) == set()
    # A number before it makes it a unit even when the region is in context.
    data = tag("Hunza hotels", "Hunza hotels offer 5 GB of free data.", tax)
    assert "GB" not in {e["term"] for e in match(data, "gilgit_baltistan").evidence}


def test_province_named_in_list_of_all_provinces_is_not_coverage(tax: Taxonomy) -> None:
    got = tag(
        "Polio drive in Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan",
        "The campaign covers Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan.\n"
        "Health workers will go door to door.",
        tax,
    )
    assert labels(got) == set()
    # Urdu lists too: Arabic comma and "aur".
    urdu = tag("پنجاب، سندھ، خیبر پختونخوا اور بلوچستان میں مہم", "", tax)
    assert labels(urdu) == set()


def test_listed_province_with_its_own_coverage_is_tagged(tax: Taxonomy) -> None:
    got = tag(
        "Floods in Balochistan",
        "QUETTA: Flash floods hit Lasbela and Khuzdar.\n"
        "Aid was sent to Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan.",
        tax,
    )
    assert labels(got) == {"balochistan"}
    listed = [e for e in match(got, "balochistan").evidence if e.get("in_list")]
    assert listed and listed[0]["label_term"] == "Balochistan"


def test_route_ends_and_birthplaces_are_not_coverage(tax: Taxonomy) -> None:
    route = tag("Kashgar-Gwadar trucks", "Customs rules for the Kashgar-Gwadar route changed.", tax)
    assert labels(route) == set()
    born = tag(
        "Quetta-born physicist wins prize", "The Quetta-born scientist thanked her school.", tax
    )
    assert labels(born) == set()
    # Within one region a dash is not a route between regions.
    assert labels(tag("Quetta-Chaman road reopens", "Traffic resumed.", tax)) == {"balochistan"}


def test_places_of_origin_are_not_coverage(tax: Taxonomy) -> None:
    climber = tag(
        "Shimshal climber reaches Everest summit",
        "KATHMANDU: A climber from Shimshal village in Hunza reached the top of Everest.",
        tax,
    )
    assert labels(climber) == set()
    headline = tag("Gilgit man wins poetry prize", "He is a native of Skardu.", tax)
    assert labels(headline) == set()
    firm = tag("Dubai branch opens", "A restaurant chain from Islamabad opened in Dubai.", tax)
    assert labels(firm) == set()
    # Events in the place still count, next to a passing origin.
    killed = tag(
        "Gunmen kill labourers in Kech",
        "TURBAT: Gunmen killed six labourers from Punjab in Kech district.",
        tax,
    )
    assert labels(killed) == {"balochistan"}


def test_venue_and_goods_origin_or_destination_are_discounted(tax: Taxonomy) -> None:
    ceremony = tag(
        "Poet honoured at ceremony in Lahore",
        "A poet won the national award at a ceremony in Lahore on Saturday, and thanked "
        "the jury at a conference in Karachi.",
        tax,
    )
    assert labels(ceremony) == set()
    cargo = tag(
        "Goods from Kashgar reach Sost on way to Gwadar",
        "SOST: Trucks carrying goods from Kashgar reached Sost on their way to Gwadar, "
        "and cargo bound for Kandahar was cleared at the Sost dry port.",
        tax,
    )
    assert labels(cargo) == {"gilgit_baltistan"}
    passing = [e for e in match(cargo, "gilgit_baltistan").evidence if e.get("in_passing")]
    assert not passing
    held = tag("Water shortage hits Quetta", "Later, a seminar at Quetta discussed it.", tax)
    evidence = [e for e in match(held, "balochistan").evidence if e.get("in_passing")]
    assert evidence and evidence[0]["where"] == "lead"


def test_origins_cover_coordinated_places_were_from_and_urdu(tax: Taxonomy) -> None:
    dead = tag(
        "Nine miners killed in Duki mine",
        "DUKI: Nine miners were killed in a mine collapse in Duki district on Tuesday.\n"
        "Most of the dead were from Shangla in Swat, where many miners come from.",
        tax,
    )
    assert labels(dead) == {"balochistan"}
    # "Balochistan and Gilgit-Baltistan writers": both are origins, not coverage.
    urdu = tag("بلوچستان اور گلگت بلتستان کے ادیبوں کی کتابیں", "میلہ پانچ روز جاری رہے گا۔", tax)
    assert labels(urdu) == set()
    # ...while the same names without the person noun are coverage.
    assert labels(tag("بلوچستان اور گلگت بلتستان میں بارش", "", tax)) == {
        "balochistan",
        "gilgit_baltistan",
    }
    record = tag(
        "Shimshal climber summits Everest",
        "KATHMANDU: The climber reached the top of Everest.\n"
        "He has already climbed K2 and Nanga Parbat.",
        tax,
    )
    assert labels(record) == set()


def test_destinations_and_coordinated_passing_places_are_discounted(tax: Taxonomy) -> None:
    got = tag(
        "Torkham reopens after closure",
        "LANDI KOTAL: The Torkham crossing reopened on Friday.\n"
        "Trucks carrying goods bound for Kabul and Jalalabad crossed into Afghanistan.",
        tax,
    )
    assert labels(got) == {"khyber_pakhtunkhwa"}
    afghan = [e for e in got if e.label == "afghanistan"]
    assert not afghan
    cargo = tag("Gwadar handles transit cargo for Afghanistan", "GWADAR: Ships unloaded.", tax)
    assert labels(cargo) == {"balochistan"}


def test_passing_mention_does_not_anchor_a_context_term(tax: Taxonomy) -> None:
    # "Afghans" (context) is not vouched for by "sent to Afghanistan" (in passing).
    got = tag(
        "Afghans detained in Karachi",
        "KARACHI: Police detained 400 Afghan nationals in Karachi this week.\n"
        "They will be sent to Afghanistan, officials said.",
        tax,
    )
    assert labels(got) == {"sindh"}


# ---------------------------------------------------------------- topic rules


def test_government_decision_combo_is_politics(tax: Taxonomy) -> None:
    got = tag(
        "Wheat support price fixed",
        "KARACHI: The Sindh cabinet on Monday fixed the wheat support price at Rs4,000.",
        tax,
    )
    politics = match(got, "politics_governance")
    combo = [e for e in politics.evidence if e["label_term"] == "government decision"]
    assert combo and combo[0]["where"] == "lead"
    assert combo[0]["term"] == "cabinet on Monday fixed"
    assert "economy_energy" in labels(got, "topic")
    # Reported speech is not a decision, nor is a decision word before its actor.
    said = tag(
        "Coal output doubles",
        "ISLAMKOT: The energy department said cheaper coal had cut the cost of power.",
        tax,
    )
    assert "politics_governance" not in labels(said, "topic")
    after = tag("Ban", "A banned group, the department of home affairs, was named.", tax)
    assert "politics_governance" not in labels(after, "topic")
    # Nor a pair split across sentences.
    split = tag("Plan", "The government met on Monday. Prices were fixed by the market.", tax)
    assert "politics_governance" not in labels(split, "topic")


def test_protest_is_human_rights_only_when_the_state_answers_it(tax: Taxonomy) -> None:
    prices = tag(
        "Farmers protest over wheat price",
        "MULTAN: Thousands of farmers protested in Multan against the wheat price.",
        tax,
    )
    assert "human_rights" not in labels(prices, "topic")
    detained = tag(
        "Protesters detained in Gilgit",
        "GILGIT: Police detained dozens of protesters and fired tear gas in Gilgit.",
        tax,
    )
    rights = match(detained, "human_rights")
    assert any(e["label_term"] == "protesters detained or dispersed" for e in rights.evidence)
    curbs = tag(
        "Internet curbs in Srinagar",
        "SRINAGAR: Authorities suspended mobile internet across the valley on Monday.",
        tax,
    )
    assert "human_rights" in labels(curbs, "topic")


def test_ambiguous_topic_words_need_context(tax: Taxonomy) -> None:
    medal = tag("Pakistan wins gold", "LAHORE: Pakistan won the gold medal in kabaddi.", tax)
    assert labels(medal, "topic") == set()
    collapse = tag(
        "Miners killed in coal mine collapse",
        "DUKI: Nine miners were killed after a methane explosion in a coal mine.",
        tax,
    )
    assert labels(collapse, "topic") == {"mining_minerals"}
    landslide = tag(
        "Landslides block Karakoram Highway",
        "GILGIT: Landslides blocked the Karakoram Highway near Khunjerab for a day.",
        tax,
    )
    assert "cpec_china" not in labels(landslide, "topic")
    trade = tag(
        "Khunjerab reopens for trade with China",
        "SOST: The Khunjerab Pass reopened for trade and the first containers crossed.",
        tax,
    )
    assert "cpec_china" in labels(trade, "topic")
    ctd = tag("CTD arrests suspect", "The counter-terrorism department arrested a man.", tax)
    assert "militancy_terrorism" not in labels(ctd, "topic")
    floodlights = tag("New floodlights", "The stadium's floodlights were switched on.", tax)
    assert "disaster_environment" not in labels(floodlights, "topic")


def test_act_between_states_combo_is_foreign_relations(tax: Taxonomy) -> None:
    got = tag(
        "Firing along the LoC",
        "MUZAFFARABAD: Villagers fled after firing across the Line of Control.\n"
        "Both sides agreed to observe the ceasefire, officials said.",
        tax,
    )
    relations = match(got, "foreign_relations")
    assert [e["label_term"] for e in relations.evidence] == ["act between states"]
    assert relations.evidence[0]["term"] == "Both sides agreed"
    # The country alone, without an act between states, is not relations.
    alone = tag("Firing along the LoC", "Both sides of the valley were shelled.", tax)
    assert "foreign_relations" not in labels(alone, "topic")
    # A capital as a place is no diplomacy.
    bombing = tag("Kabul bombing kills 15", "KABUL: A suicide bomber struck in Kabul.", tax)
    assert "foreign_relations" not in labels(bombing, "topic")


def test_combos_are_configurable_and_validated(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "    phrases: [copper]\n",
        "    phrases: [copper]\n"
        "    combos:\n"
        "      - {name: new mine, weight: 3, ordered: true, all: [[mine], [opened, opens]]}\n",
    )
    t = load_taxonomy(write(tmp_path, text % 1))
    got = tag("News", "A mine opened in Chagai.", t)
    assert match(got, "mining_minerals").evidence[0]["label_term"] == "new mine"
    assert labels(tag("News", "They opened a mine in Chagai.", t), "topic") == set()
    for bad, field in [
        ("{all: [[mine]]}", "combos[0].all"),
        ("{all: [[mine], []]}", "combos[0].all"),
        ("{all: [[mine], [opened]], ordered: maybe}", "combos[0].ordered"),
        ("{all: [[mine], [opened]], near: 3}", "combos[0]"),
    ]:
        path = write(
            tmp_path,
            MINIMAL.replace(
                "    phrases: [copper]\n", f"    phrases: [copper]\n    combos: [{bad}]\n"
            )
            % 1,
            "bad.yaml",
        )
        with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
            load_taxonomy(path)


def test_rupee_amounts_are_economy_cues(tax: Taxonomy) -> None:
    got = tag(
        "Bridge rebuilt in Kech",
        "The bridge cost Rs4 billion. Its repair cost Rs2bn and was paid in Rs500 notes.",
        tax,
    )
    evidence = match(got, "economy_energy").evidence
    assert any(e["label_term"] == "Rs" for e in evidence)


def test_dateline_and_metonym_capital_is_not_islamabad(tax: Taxonomy) -> None:
    got = tag(
        "Islamabad and Kabul agree to talks",
        "ISLAMABAD: The federal cabinet approved talks with Afghanistan on trade.",
        tax,
    )
    assert "islamabad" not in labels(got)
    local = tag(
        "Fire in Margalla Hills",
        "ISLAMABAD: The Capital Development Authority put out a fire in the Margalla Hills.",
        tax,
    )
    assert "islamabad" in labels(local)


def test_azad_jammu_and_kashmir_is_not_indian_jammu_and_kashmir(tax: Taxonomy) -> None:
    got = tag("Azad Jammu and Kashmir cabinet meets", "MUZAFFARABAD: The AJK cabinet met.", tax)
    assert labels(got) == {"azad_kashmir"}


def test_indian_punjab_and_indian_hyderabad_are_not_pakistan(tax: Taxonomy) -> None:
    assert (
        labels(tag("Farmers protest in Indian Punjab", "Indian Punjab farmers marched.", tax))
        == set()
    )
    assert "sindh" not in labels(tag("Hyderabad metro", "Hyderabad metro opens in Telangana.", tax))


def test_word_boundaries(tax: Taxonomy) -> None:
    # "Hub" inside "Hubei", "Sibi" inside "Sibiu", "Quetta" inside a longer word.
    assert labels(tag("Hubei factories reopen", "Sibiu and Quettaville are quiet.", tax)) == set()


# ---------------------------------------------------------------- Urdu


def test_urdu_names_tag_their_region(tax: Taxonomy) -> None:
    got = tag(
        "بلوچستان میں سیلاب",
        "کوئٹہ: بلوچستان کے کئی اضلاع میں سیلاب سے تباہی ہوئی۔",
        tax,
    )
    assert labels(got) == {"balochistan"}
    assert "disaster_environment" in labels(got, "topic")
    gb = tag("گلگت بلتستان میں احتجاج", "سکردو اور ہنزہ میں بازار بند رہے۔", tax)
    assert labels(gb) == {"gilgit_baltistan"}
    # چمن is Chaman but also the word for "garden": excluded from the gazetteer's names.
    assert labels(tag("چمن میں پھول کھل گئے", "چمن میں بچے کھیل رہے تھے۔", tax)) == set()
    # District towns in Urdu script, named without their province.
    dates = tag("پنجگور: کھجور کی قیمتیں گر گئیں", "پنجگور میں کاشتکار پریشان ہیں۔", tax)
    assert labels(dates) == {"balochistan"}
    assert labels(tag("خپلو میں برفباری", "خپلو اور کھرمنگ میں سڑکیں بند ہیں۔", tax)) == {
        "gilgit_baltistan"
    }
    # Skardu is written with and without its initial alif.
    assert labels(tag("اسکردو میں طغیانی", "اسکردو: نالے میں طغیانی سے پل بہہ گیا۔", tax)) == {
        "gilgit_baltistan"
    }


def test_arabic_letter_forms_and_dashes_are_folded(tax: Taxonomy) -> None:
    # Quetta written with Arabic kaf and heh (U+0643, U+0647) instead of Urdu keheh, heh goal.
    quetta = "کوئٹہ".replace("\u06a9", "\u0643").replace("\u06c1", "\u0647")
    assert quetta != "کوئٹہ"
    assert labels(tag(quetta, "", tax)) == {"balochistan"}
    assert labels(tag("Gilgit\u2013Baltistan budget", "", tax)) == {"gilgit_baltistan"}


# ---------------------------------------------------------------- evidence, salience


def test_evidence_records_term_place_count_and_snippet(tax: Taxonomy) -> None:
    body = (
        "QUETTA: The Reko Diq project in Chagai signed a new lease on Tuesday, officials said, "
        "after months of talks between the company, the lenders and the provincial government "
        "over royalties, local hiring, water use and the road to the port.\n"
        "Reko Diq holds one of the largest copper deposits in the world. Reko Diq employs "
        "2,000 people."
    )
    got = tag("Reko Diq lease signed", body, tax)
    bal = match(got, "balochistan")
    by_where = {(e["label_term"], e["where"]): e for e in bal.evidence}
    assert by_where[("Reko Diq", "title")]["count"] == 1
    assert by_where[("Reko Diq", "lead")]["count"] == 1
    assert by_where[("Reko Diq", "body")]["count"] == 2
    assert by_where[("Quetta", "dateline")]["count"] == 1
    snippet = str(by_where[("Reko Diq", "body")]["snippet"])
    assert "Reko Diq holds one" in snippet and len(snippet) < 120
    assert "mining_minerals" in labels(got, "topic")
    # Strongest evidence first: the title.
    assert bal.evidence[0]["where"] == "title"


def test_title_counts_more_than_passing_body_mention(tax: Taxonomy) -> None:
    filler = "Officials discussed the national budget at length. " * 6
    passing = tag("Budget debate", f"{filler}\nA member from Gwadar spoke briefly.", tax)
    assert "balochistan" not in labels(passing)
    title = tag("Gwadar budget debate", f"{filler}\nMembers spoke.", tax)
    assert "balochistan" in labels(title)


def test_side_mentions_of_a_neighbour_fall_below_the_relative_floor(tax: Taxonomy) -> None:
    got = tag(
        "Quetta traders strike over Balochistan taxes",
        "QUETTA: Traders in Quetta, Turbat and Khuzdar shut their shops across Balochistan "
        "against the new provincial taxes, and the Balochistan Assembly debated the issue.\n"
        "The finance minister said the taxes would fund schools and clinics, and that "
        "shopkeepers with small turnover would be exempt from the new levy this year.\n"
        "A trader said goods from Peshawar cost more now. Peshawar suppliers agreed, and "
        "traders in Khyber Pakhtunkhwa watched closely.",
        tax,
    )
    assert labels(got) == {"balochistan"}


def test_scores_are_at_or_above_threshold_and_sorted(tax: Taxonomy) -> None:
    got = tag(
        "Gilgit-Baltistan floods; Chilas road cut",
        "GILGIT: Floods hit Hunza and Nagar. Relief reached Skardu.\nA trader from Quetta said.",
        tax,
    )
    assert all(m.score >= tax.threshold(m.kind, m.label) for m in got)
    regions = [m for m in got if m.kind == "region"]
    assert [m.label for m in regions] == ["gilgit_baltistan"]
    assert [m.kind for m in got] == sorted((m.kind for m in got), key=["region", "topic"].index)


def test_gazetteer_towns_extend_curated_lists(tax: Taxonomy) -> None:
    # "Dera Murad Jamali" is only in GeoNames, not in the curated YAML.
    got = tag("Dera Murad Jamali protest", "Traders closed shops in Dera Murad Jamali.", tax)
    assert "balochistan" in labels(got)
    # "Arif Wala" is filed under Balochistan in GeoNames but is in Punjab: excluded.
    assert "balochistan" not in labels(tag("Arif Wala market", "Arif Wala traders.", tax))


def test_prefix_terms_match_word_forms(tax: Taxonomy) -> None:
    got = tag("Militancy rises", "Militants and terrorism are discussed.", tax)
    assert "militancy_terrorism" in labels(got, "topic")


# ---------------------------------------------------------------- taxonomy file

MINIMAL = """
settings: {region_threshold: %s, topic_threshold: 3}
regions:
  balochistan:
    names: [Balochistan]
    places: [Quetta, {term: Hub, case: exact, context: true}]
topics:
  mining_minerals:
    phrases: [copper]
"""


def write(tmp_path: Path, text: str, name: str = "taxonomy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_threshold_is_configurable(tmp_path: Path) -> None:
    body = "Officials inspected schools in Quetta."
    low = load_taxonomy(write(tmp_path, MINIMAL % 1, "low.yaml"))
    high = load_taxonomy(write(tmp_path, MINIMAL % 10, "high.yaml"))
    assert labels(tag("Meeting", body, low)) == {"balochistan"}
    assert labels(tag("Meeting", body, high)) == set()


def test_context_term_needs_another_match(tmp_path: Path) -> None:
    t = load_taxonomy(write(tmp_path, MINIMAL % 1))
    assert labels(tag("Hub of activity", "The Hub opened.", t)) == set()
    assert labels(tag("Hub traders", "Traders in Hub and Quetta.", t)) == {"balochistan"}


def test_load_taxonomy_is_cached_and_reloads_an_edited_file(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL % 1)
    first = load_taxonomy(path)
    assert load_taxonomy(path) is first
    path.write_text(MINIMAL.replace("copper", "gold") % 1, encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert load_taxonomy(path) is not first
    assert load_taxonomy() is load_taxonomy(DEFAULT_TAXONOMY)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("regions: [a, b\n", "not a readable YAML file"),
        ("- just a list\n", "top level"),
        ("topics: {t: {phrases: [x]}}\n", "regions"),
        ("regions: {r: {names: [x]}}\ntopics: {t: {phrases: [x]}}\nextra: 1\n", "extra"),
        ("regions: {Bad-Id: {names: [x]}}\ntopics: {t: {phrases: [x]}}\n", "regions.Bad-Id"),
        (
            "regions: {r: {names: [x], towns: [y]}}\ntopics: {t: {phrases: [x]}}\n",
            "regions.r.towns",
        ),
        ("regions: {r: {names: x}}\ntopics: {t: {phrases: [x]}}\n", "regions.r.names"),
        ("regions: {r: {names: [3]}}\ntopics: {t: {phrases: [x]}}\n", "regions.r.names[0]"),
        (
            "regions: {r: {names: [{term: GB, case: upper}]}}\ntopics: {t: {phrases: [x]}}\n",
            "regions.r.names[0].case",
        ),
        (
            "regions: {r: {names: [{term: x, weight: heavy}]}}\ntopics: {t: {phrases: [x]}}\n",
            "regions.r.names[0].weight",
        ),
        ("regions: {r: {names: [x], threshold: -1}}\ntopics: {t: {phrases: [x]}}\n", "threshold"),
        ("regions: {r: {names: [x]}}\ntopics: {t: {phrases: []}}\n", "topics.t"),
        ("settings: {region_threshold: high}\nregions: {r: {names: [x]}}\n", "settings.region"),
    ],
)
def test_bad_taxonomy_raises_value_error_naming_the_field(
    tmp_path: Path, text: str, field: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ValueError) as err:
        load_taxonomy(path)
    assert field in str(err.value)
    assert str(path) in str(err.value)


def test_missing_taxonomy_file_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read taxonomy"):
        load_taxonomy(tmp_path / "absent.yaml")


def test_default_taxonomy_has_the_design_ids(tax: Taxonomy) -> None:
    assert set(tax.regions) == {
        "balochistan",
        "gilgit_baltistan",
        "azad_kashmir",
        "khyber_pakhtunkhwa",
        "sindh",
        "punjab",
        "islamabad",
        "jammu_kashmir",
        "ladakh",
        "sistan_baluchestan",
        "afghanistan",
        "xinjiang",
    }
    assert set(tax.topics) == {
        "mining_minerals",
        "militancy_terrorism",
        "military_operations",
        "human_rights",
        "cpec_china",
        "foreign_relations",
        "politics_governance",
        "economy_energy",
        "disaster_environment",
    }


# ---------------------------------------------------------------- issue 6: test6/test7 kinds


def test_bound_suffix_is_a_destination_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Skardu-bound coach crashes near Mansehra",
        "MANSEHRA: A coach overturned near Mansehra on Friday, police in Mansehra said.",
        tax,
    )
    assert "gilgit_baltistan" not in labels(got)


def test_trip_destination_after_left_for_is_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Coach fire kills nine in Lahore",
        "LAHORE: A coach caught fire in Lahore on Friday, an hour after it had left the "
        "city's bus terminal for Quetta with 40 passengers.\nLahore police said the "
        "driver had fled and that the coach carried no fire extinguisher on board.\n"
        "The bus company's office in Quetta gave no comment.",
        tax,
    )
    assert "balochistan" not in labels(got)


def test_places_after_between_are_route_ends(tax: Taxonomy) -> None:
    got = tag(
        "Freight protocol for the corridor between Urumqi and Quetta",
        "BEIJING: The two countries signed a protocol for the road corridor between "
        "Urumqi and Quetta, officials said, to cut transit times for containers.",
        tax,
    )
    assert not labels(got) & {"balochistan", "xinjiang"}


def test_from_after_an_event_says_where_it_happened(tax: Taxonomy) -> None:
    """ "from" usually names where goods or people come from, but "went missing from
    Turbat" is where the reported event happened."""

    def turbat(text: str) -> Mention:
        (mention,) = region_mentions("Rally", text, tax).by_label["balochistan"]
        return mention

    assert not turbat("The student went missing from Turbat last week.").in_passing
    assert not turbat("Police said he was picked up from Turbat on Monday.").in_passing
    assert turbat("Trucks from Turbat reached Karachi on Monday.").in_passing


def test_quake_only_felt_in_a_place_is_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Quake in Kashgar kills four; tremors felt in Skardu",
        "An earthquake struck near Kashgar in Xinjiang on Monday, killing four people.\n"
        "The tremor was also felt in Skardu and Hunza, but no damage was reported.",
        tax,
    )
    assert labels(got) == {"xinjiang"}


def test_goods_through_a_pass_is_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Urumqi fair draws Pakistani traders",
        "URUMQI: Pakistani traders attended the Urumqi fair in Xinjiang this week.\n"
        "Officials said trade through the Khunjerab Pass and along the Karakoram Highway "
        "had doubled.",
        tax,
    )
    assert labels(got) == {"xinjiang"}


def test_diaspora_community_and_roots_are_origins(tax: Taxonomy) -> None:
    got = tag(
        "Toronto's Skardu community holds a food festival",
        "TORONTO: Families in Toronto with roots in Skardu and Shigar held a food festival "
        "on Sunday.",
        tax,
    )
    assert "gilgit_baltistan" not in labels(got)


def test_teams_and_firms_from_a_place_are_origins(tax: Taxonomy) -> None:
    got = tag(
        "Polo final: Hunza and Chitral teams meet at Shandur",
        "GILGIT: Teams from Hunza and Chitral met in the final in Ghizer, organised by the "
        "Gilgit-Baltistan tourism department.",
        tax,
    )
    assert "khyber_pakhtunkhwa" not in labels(got)
    got = tag(
        "Lahore firm wins contract for Gwadar water plant",
        "GWADAR: A Lahore-based company will build a water plant at Gwadar, the Gwadar "
        "Development Authority said.",
        tax,
    )
    assert labels(got) == {"balochistan"}


def test_namesake_placed_in_another_region_by_apposition(tax: Taxonomy) -> None:
    got = tag(
        "Floods hit Kalat, capital of Zabul",
        "Floods struck Kalat, the capital of Afghanistan's Zabul province, on Friday, "
        "officials said.",
        tax,
    )
    assert labels(got) == {"afghanistan"}


def test_possessive_of_a_passing_place_is_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Chitral elders condemn infiltration",
        "CHITRAL: Elders in Chitral condemned militant infiltration from Afghanistan's "
        "Kunar province into the district.",
        tax,
    )
    assert labels(got) == {"khyber_pakhtunkhwa"}


def test_title_dateline_counts_like_a_passing_mention(tax: Taxonomy) -> None:
    got = tag(
        "Quetta: Taliban name new governor of Helmand",
        "QUETTA: The Taliban named a new governor of Helmand province on Sunday, a "
        "spokesman in Kabul said.",
        tax,
    )
    assert labels(got) == {"afghanistan"}


def test_region_named_only_in_the_title_as_a_comparison(tax: Taxonomy) -> None:
    got = tag(
        "Like Punjab, Sindh to cap school fees",
        "KARACHI: The Sindh cabinet approved a cap on private school fees on Monday.",
        tax,
    )
    assert labels(got) == {"sindh"}


def test_visitor_speaking_in_a_city_is_in_passing(tax: Taxonomy) -> None:
    got = tag(
        "Finance minister in Gilgit says inflation is falling",
        "GILGIT: The federal finance minister said on Monday that national inflation had "
        "fallen, speaking at a dinner in Gilgit with businessmen.",
        tax,
    )
    assert "gilgit_baltistan" not in labels(got)


def test_lowercase_northern_areas_is_not_the_old_name(tax: Taxonomy) -> None:
    got = tag("Snow cuts roads in northern areas", "Roads in Naran were closed by snow.", tax)
    assert "gilgit_baltistan" not in labels(got)
    assert "gilgit_baltistan" in labels(tag("Snow cuts roads in Northern Areas", "", tax))


def test_khost_in_harnai_is_not_afghanistan(tax: Taxonomy) -> None:
    got = tag(
        "Quake jolts Harnai",
        "HARNAI: An earthquake struck Harnai district before dawn, flattening houses in "
        "Khost and Shahrig. The tremor was also felt in Quetta and Sibi.\nThe road to "
        "Khost was blocked.",
        tax,
    )
    assert labels(got) == {"balochistan"}


def test_a_woman_named_farah_is_not_afghanistan_but_farah_province_with_context_is(
    tax: Taxonomy,
) -> None:
    got = tag(
        "Farah Khan to head Quetta ombudsman office",
        "QUETTA: Farah Khan was appointed provincial ombudsman on Monday. Farah Khan said "
        "she would clear the backlog of complaints within a year.",
        tax,
    )
    assert "afghanistan" not in labels(got)
    got = tag(
        "Floods hit western Afghanistan",
        "KABUL: Floods swept through Farah and Herat provinces of Afghanistan, the Taliban "
        "administration said.",
        tax,
    )
    assert "afghanistan" in labels(got)


def test_provincial_cricket_sides_are_sport(tax: Taxonomy) -> None:
    got = tag(
        "Opener's century lifts Sindh past Punjab",
        "KARACHI: An opener hit a century as Sindh beat Punjab by 40 runs in the one-day "
        "cup at the National Stadium.\nPunjab were bowled out for 230. Sindh play again "
        "on Saturday.",
        tax,
    )
    assert labels(got) == set()


def test_balochistan_districts_are_in_the_vocabulary(tax: Taxonomy) -> None:
    got = tag("Juniper forest fire in Ziarat", "The fire spread across the valley.", tax)
    assert labels(got) == {"balochistan"}


def test_sit_in_alone_is_not_human_rights(tax: Taxonomy) -> None:
    got = tag(
        "Traders' sit-in over border closure enters second week",
        "Traders continued their sit-in outside the district office on Monday, demanding "
        "that the crossing be reopened.",
        tax,
    )
    assert "human_rights" not in labels(got, "topic")


def test_shutter_down_strike_is_politics(tax: Taxonomy) -> None:
    got = tag(
        "Shutter-down strike in Skardu",
        "Shops stayed shut in Skardu on Monday during a shutter-down strike.",
        tax,
    )
    assert "politics_governance" in labels(got, "topic")


def test_accidental_blast_is_not_militancy(tax: Taxonomy) -> None:
    got = tag(
        "Six miners killed in methane blast",
        "Six coal miners were killed on Monday when a methane blast tore through a mine.",
        tax,
    )
    assert "militancy_terrorism" not in labels(got, "topic")
    assert "mining_minerals" in labels(got, "topic")


def test_exchanging_fire_is_not_a_fire(tax: Taxonomy) -> None:
    got = tag(
        "Border guards exchange fire",
        "Border guards of the two countries exchanged fire for an hour on Friday.",
        tax,
    )
    assert "disaster_environment" not in labels(got, "topic")


def test_urdu_firing_and_blast_are_militancy(tax: Taxonomy) -> None:
    got = tag("کوئٹہ میں پولیس چوکی پر فائرنگ", "نامعلوم افراد نے فائرنگ کی۔", tax)
    assert "militancy_terrorism" in labels(got, "topic")
    got = tag("پشاور میں دھماکہ، تین اہلکار شہید", "", tax)
    assert "militancy_terrorism" in labels(got, "topic")


def test_a_minister_alone_is_not_politics(tax: Taxonomy) -> None:
    got = tag(
        "Minister inspects flood defences",
        "The minister visited the embankments on Monday as the river rose.",
        tax,
    )
    assert "politics_governance" not in labels(got, "topic")


def test_domestic_talks_and_agreements_are_not_foreign_relations(tax: Taxonomy) -> None:
    got = tag(
        "Provinces fail to reach agreement in talks on water shares",
        "The provinces failed to reach an agreement on water shares in talks on Monday.",
        tax,
    )
    assert "foreign_relations" not in labels(got, "topic")


def test_stranded_tourists_are_not_economy(tax: Taxonomy) -> None:
    got = tag(
        "Tourists stranded by snowfall",
        "Thousands of tourists were stranded by heavy snowfall on Friday.",
        tax,
    )
    assert "economy_energy" not in labels(got, "topic")


def test_naval_exercises_are_military(tax: Taxonomy) -> None:
    got = tag("Navy holds naval exercise off the coast", "The drill lasted three days.", tax)
    assert "military_operations" in labels(got, "topic")


def test_anti_terrorism_law_is_not_militancy(tax: Taxonomy) -> None:
    got = tag(
        "Activist detained under anti-terrorism law",
        "Police detained an activist under the anti-terrorism law on Monday.",
        tax,
    )
    assert "militancy_terrorism" not in labels(got, "topic")


def test_curfew_alone_is_not_human_rights(tax: Taxonomy) -> None:
    got = tag(
        "Curfew imposed after gun attack",
        "Authorities imposed a curfew on Monday after gunmen attacked a market.",
        tax,
    )
    assert "human_rights" not in labels(got, "topic")


def test_urdu_tourism_is_economy(tax: Taxonomy) -> None:
    got = tag("سیاحت کا نیا قانون", "اسمبلی نے سیاحت کا قانون منظور کر لیا۔", tax)
    assert "economy_energy" in labels(got, "topic")


# ---------------------------------------------------------------- paragraph subjects


def test_region_named_through_one_paragraph_is_its_subject(tax: Taxonomy) -> None:
    """The event's place, given only in the last paragraph, still makes the tag."""
    got = tag(
        "Journalist's family says he was taken at night",
        "The family of a reporter who wrote about land disputes says he was taken from "
        "his home by men in plain clothes on Thursday and has not been heard from since.\n"
        "His wife said the men showed no warrant. Unions called for his release.\n"
        "He was picked up in Khuzdar's old bazaar; police in Khuzdar said they had no "
        "record of an arrest, and the Khuzdar press club will protest on Saturday.",
        tax,
    )
    assert labels(got, "region") == {"balochistan"}


def test_two_side_mentions_in_a_closing_paragraph_are_not_a_subject(tax: Taxonomy) -> None:
    got = tag(
        "Jacobabad sizzles at 51C as heatwave grips Sindh",
        "JACOBABAD: The temperature in Jacobabad reached 51 degrees Celsius on Sunday, "
        "the highest in the country this year, as a heatwave gripped upper Sindh.\n"
        "Hospitals in Jacobabad, Larkana and Sukkur reported hundreds of cases of "
        "heatstroke, and the Sindh health department opened cooling wards.\n"
        "Power cuts of up to 12 hours made conditions worse in rural areas.\n"
        "The heatwave will last until Thursday; temperatures also rose in Sibi and Turbat.",
        tax,
    )
    assert labels(got, "region") == {"sindh"}


def test_a_paragraph_on_the_other_side_of_the_border_tags_that_side(tax: Taxonomy) -> None:
    got = tag(
        "Firing across the LoC in Kharmang",
        "SKARDU: Residents of two villages in Kharmang said Indian troops fired across "
        "the Line of Control on Saturday night, damaging a house.\n"
        "Pakistani officials said troops responded.\n"
        "In Kargil, Indian officials said Pakistani posts fired first at Batalik, and "
        "families in Drass spent the night in bunkers.",
        tax,
    )
    assert labels(got, "region") == {"gilgit_baltistan", "ladakh"}


# ---------------------------------------------------------------- things named after places


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (  # a style named after a place
            "How Quetta-style tea cafes took over Lahore's street corners",
            "LAHORE: Quetta-style tea cafes with their low benches and doodh patti have "
            "spread across Lahore's markets, and Punjab's food authority has begun "
            "inspecting them.",
            {"punjab"},
        ),
        (  # a route's ends written "X-to-Y"
            "Kashgar-to-Gwadar freight trial clears customs at Sost",
            "SOST: A convoy of Chinese trucks cleared customs at the Sost dry port in under "
            "five hours on Sunday, and traders in Sost said the speed was welcome.",
            {"gilgit_baltistan"},
        ),
        (  # a train named after a place
            "Bolan Mail derails near Jacobabad; 14 injured",
            "JACOBABAD: Five coaches of the Bolan Mail derailed near Jacobabad on Sunday, "
            "injuring 14 passengers, railway officials in Sukkur said.",
            {"sindh"},
        ),
        (  # a meeting merely held in a city
            "Central Asian ministers meet in Gwadar to discuss transit trade",
            "Transport ministers of four Central Asian states discussed tariffs and "
            "customs rules for transit trade on Monday.",
            set(),
        ),
        (  # a visitor's words, the verb first
            "IMF talks on track, says finance minister in Quetta",
            "The finance minister said talks with the fund on the next tranche were on "
            "track and that reserves had reached $14 billion.",
            set(),
        ),
        (  # an Urdu match report: teams named after cities
            "کوئٹہ مارخورز نے کراچی میں ملتان کو آٹھ وکٹوں سے ہرا دیا",
            "کراچی: کوئٹہ مارخورز نے ٹورنامنٹ کے میچ میں ملتان کو آٹھ وکٹوں سے شکست دی۔ "
            "کوئٹہ کے اوپنر نے 70 رنز بنائے۔",
            set(),
        ),
    ],
)
def test_things_named_after_places_are_not_the_place(
    tax: Taxonomy, title: str, text: str, want: set[str]
) -> None:
    assert labels(tag(title, text, tax), "region") == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (  # a seminar named by its city
            "Tax reforms will widen the net, says FBR chief at Gilgit seminar",
            "The revenue board's chairman said retailers would be brought into the tax net "
            "through a digital system to be launched nationwide in July.",
            set(),
        ),
        (  # a visitor's stop
            "Pakistan to host SCO ministers in autumn",
            "GILGIT: Pakistan will host a meeting of foreign ministers in October, the Foreign "
            "Office spokesperson said, speaking to reporters during a visit to Gilgit.",
            set(),
        ),
        (  # a comparison
            "Glacial flood destroys homes in Chitral's Reshun",
            "CHITRAL: A glacial lake outburst flood swept through Reshun village in upper "
            "Chitral on Tuesday, destroying 18 houses.\n"
            "Villagers said the flood was larger than the one that struck the neighbouring "
            "Ghizer district of Gilgit-Baltistan two years ago.",
            {"khyber_pakhtunkhwa"},
        ),
        (  # a boxing report: places are where the boxers come from
            "Lyari boxer wins gold in Almaty",
            "ALMATY: Pakistan's Arbaz Baloch won gold in the 57kg category at the Asian "
            "Boxing Championships on Saturday.\n"
            "Baloch, 21, learnt boxing at a club in Karachi's Lyari neighbourhood; the boxer "
            "is the first Pakistani to win an Asian gold medal in 14 years.",
            set(),
        ),
    ],
)
def test_venues_visits_comparisons_and_boxing_reports(
    tax: Taxonomy, title: str, text: str, want: set[str]
) -> None:
    assert labels(tag(title, text, tax), "region") == want


@pytest.mark.parametrize(
    ("place", "region"),
    [
        ("Gaddani", "balochistan"),
        ("Hanna Lake", "balochistan"),
        ("Pat Feeder", "balochistan"),
        ("Khaplu", "gilgit_baltistan"),
        ("Shimshal", "gilgit_baltistan"),
        ("Gulmit", "gilgit_baltistan"),
        ("Naltar", "gilgit_baltistan"),
    ],
)
def test_villages_lakes_and_valleys_missing_from_geonames_are_named(
    tax: Taxonomy, place: str, region: str
) -> None:
    """GeoNames (population 5,000 and up) misses them; a blind set's stories about them
    went untagged."""
    mentions = region_mentions("Notice", f"Officials in {place} said on Monday.", tax)
    assert set(mentions.by_label) == {region}
