"""Noise removal on the parsed page and on extracted lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from pipeline.noise import (
    DEFAULT_RULES_PATH,
    clean_lines,
    clean_tree,
    is_reader_prompt,
    load_rules,
    split_br_paragraphs,
    split_lead,
    unwrap_layout_tables,
)

BODY = (
    "<p>The provincial cabinet approved three reservoirs near the city on Tuesday after a "
    "long meeting with engineers and district officials.</p>"
    "<p>Work on the first reservoir could begin in the autumn if the finance department "
    "releases the funds on time, the engineers said.</p>"
)


def text_after_cleaning(markup: str, host: str | None = None) -> str:
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    clean_tree(tree, load_rules(), host)
    return " ".join(tree.text_content().split())


def test_container_with_a_noisy_class_name_is_kept_but_noise_inside_it_goes() -> None:
    markup = (
        '<div class="post-content comments-enabled">'
        f"<h1>Reservoirs approved</h1>{BODY}"
        '<div class="sharethis"><a href="#">Facebook</a></div>'
        "<h3>Related Stories</h3><ul><li><a href='/1'>Polio drive begins</a></li>"
        "<li><a href='/2'>Bus service to Chaman</a></li></ul>"
        "<p>One more paragraph of the story follows the list and must be kept as it is.</p>"
        "</div>"
    )
    text = text_after_cleaning(markup)
    assert "three reservoirs" in text and "One more paragraph" in text
    assert "Facebook" not in text
    assert "Related Stories" not in text and "Polio drive" not in text


def test_headline_list_without_heading_or_class_is_removed() -> None:
    links = "".join(
        f"<li><a href='/{i}'>Headline number {i} about things</a></li>" for i in range(4)
    )
    text = text_after_cleaning(f"<article>{BODY}<ul>{links}</ul></article>")
    assert "Headline number" not in text and "three reservoirs" in text


def test_list_with_prose_is_kept() -> None:
    items = "".join(
        f"<li>Point {i}: the council will review the budget line.</li>" for i in range(3)
    )
    text = text_after_cleaning(f"<article>{BODY}<ul>{items}</ul></article>")
    assert "Point 2" in text


def test_teaser_and_comment_section_are_removed() -> None:
    markup = (
        f"<article>{BODY}<p>Also read: <a href='/x'>Wheat stocks are sufficient</a></p>"
        "<h4>Leave a Reply</h4><p>Please enter your comment!</p><p>Your name</p></article>"
    )
    text = text_after_cleaning(markup)
    assert "Wheat stocks" not in text and "Please enter" not in text and "Your name" not in text


def test_json_ld_is_kept_for_metadata() -> None:
    tree = lxml_html.fromstring(
        '<html><head><script type="application/ld+json">{"a": 1}</script>'
        f"<script>var x = 1;</script></head><body><article>{BODY}</article></body></html>"
    )
    clean_tree(tree, load_rules())
    scripts = tree.findall(".//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]


def test_layout_tables_are_unwrapped_but_data_tables_are_not() -> None:
    tree = lxml_html.fromstring(
        f"<html><body><table><tr><td>{BODY}</td><td>side</td></tr></table>"
        "<table><tr><td>Quetta</td><td>12 mm</td></tr></table></body></html>"
    )
    assert unwrap_layout_tables(tree) == 1
    assert len(tree.findall(".//table")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Read More: Wheat stocks sufficient until next harvest",
        "Please enter your comment!",
        "Comments reflect users' views and not those of the newspaper.",
        "Loading comments…",
        "Sign up for our daily newsletter to get the top stories in your inbox.",
        "Share this article: Facebook | X",
        "Photo: Qasim Raisani / File",
        "(Photo: Staff Photographer)",
        "2026-02-20",
        "Updated: March 3, 2026 10:15 PKT",
        "مزید پڑھیں: گوادر میں احتجاج",
    ],
)
def test_noise_lines(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Readers of the report said the share of royalty income was too small.",
        "The photo exhibition opens on Monday in the arts council hall.",
        "Comments by the minister drew criticism from the opposition benches.",
    ],
)
def test_body_lines_that_mention_noise_words_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_author_bio_is_dropped_only_near_the_end() -> None:
    bio = "Zarina Mengal is a staff reporter based in Quetta who covers courts."
    body = [f"Paragraph {i} of the story, long enough to be body text." for i in range(5)]
    kept, _ = clean_lines([*body, bio], load_rules())
    assert bio not in kept
    kept, _ = clean_lines([bio, *body], load_rules())
    assert bio in kept


def test_br_laid_out_text_becomes_paragraphs_in_order() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div class='post-body'>First part of the story.<br><br>"
        "<ul><li><a href='/1'>A</a></li></ul>Second <b>part</b> here.<br>Third part.</div>"
        "</body></html>"
    )
    assert split_br_paragraphs(tree) == 1
    block = tree.find(".//div")
    assert [(c.tag, " ".join(c.text_content().split())) for c in block] == [
        ("p", "First part of the story."),
        ("ul", "A"),
        ("p", "Second part here."),
        ("p", "Third part."),
    ]


def test_unquoted_yaml_pattern_is_reported(tmp_path: Path) -> None:
    broken = DEFAULT_RULES_PATH.read_text(encoding="utf-8").replace(
        "  - 'disclaimer\\s*:'", "  - disclaimer:"
    )
    path = tmp_path / "noise.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match="line_patterns"):
        load_rules(path)


# --- rules by shape: they must hold for wordings no list in noise.yaml names ----------


def test_linked_headline_behind_a_short_label_is_removed() -> None:
    markup = (
        f"<article>{BODY}"
        "<p><strong>WATCH</strong> — <a href='/v'>Herders move flocks early as snow comes</a></p>"
        "<p>Elsewhere on the site: <a href='/e'>Council votes to rename the old bazaar</a></p>"
        "<p><a href='/p'>Listen to the weekly valley round-up, out every Friday</a></p>"
        "<p>The engineers said <a href='/r'>their earlier survey of the site</a> had found no "
        "sign of the faults that stopped the previous project.</p></article>"
    )
    text = text_after_cleaning(markup)
    assert "Herders move" not in text and "WATCH" not in text
    assert "rename the old bazaar" not in text and "weekly valley" not in text
    assert "their earlier survey of the site had found no sign" in text


def test_box_ending_in_a_button_link_is_removed() -> None:
    markup = (
        f"<article>{BODY}<div class='b9'><p><b>The Hill Letter: mountain news each Monday</b></p>"
        "<p>Free, and one click to leave.</p><a href='/join'>Count me in</a></div></article>"
    )
    text = text_after_cleaning(markup)
    assert "Hill Letter" not in text and "Count me in" not in text
    assert "three reservoirs" in text


def test_stray_label_between_paragraphs_goes_but_crosshead_and_wire_credit_stay() -> None:
    first, second = BODY.split("</p>", 1)
    markup = (
        f"<article>{first}</p><div class='q1'><span>Promoted content ahead</span></div>"
        f"{second}<p><strong>Funding questions</strong></p><p>The bank has not said yes.</p>"
        "<p>(Adapted from an APP report)</p><p>Readers may write to the desk.</p></article>"
    )
    text = text_after_cleaning(markup)
    assert "Promoted content" not in text
    assert "Funding questions" in text and "Adapted from an APP report" in text


def test_heading_of_a_headline_list_goes_whatever_its_wording() -> None:
    links = "".join(
        f"<li><a href='/{i}'>Headline number {i} about the valley</a></li>" for i in range(3)
    )
    text = text_after_cleaning(f"<article>{BODY}<h4>Picked by our night desk</h4><ul>{links}</ul>")
    assert "Picked by our night desk" not in text and "three reservoirs" in text


@pytest.mark.parametrize(
    "line",
    [
        "Noticed an error? Drop our standards team a line.",
        "What's your view? Share it with us on the forum.",
        "Stay in the loop: follow the Ledger on Threads",
        "Help keep local reporting free. Donate to our newsroom fund today.",
        "Get the Karakoram Post app for alerts on your phone",
        "Picture by Samina Baloch via the district press office",
        "Video still: Provincial Disaster Management Authority",
        "(Additional reporting by Irfan Raisani in Turbat)",
        "This report has been amended to give the correct date of the hearing.",
        "Updated on Friday with the final result.",
        "A previous version of this story gave the wrong figure for the budget.",
        "Republishing this article in full without the editor's consent is prohibited.",
    ],
)
def test_noise_lines_by_shape(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to follow the health office's advice on boiling water.",
        '"Leave us alone," one shopkeeper told the officials who came to the market.',
        "Who will build our boats when the old masters retire? asked one builder.",
        "Photographs taken by the survey team show the cracks in the canal wall.",
        "Support for the plan has grown since the floods, the minister said.",
        "The board said it had updated its figures after the census.",
        # starts like a call to the reader, but is a long sentence of the story
        "Read more about where you live: that is the slogan painted on the side of the van, "
        "which carries local histories collected by teachers.",
    ],
)
def test_body_lines_shaped_like_prompts_or_credits_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


# --- shape rules added for heldout4's misses (issue #4); each must hold on unseen sites --


def test_sentence_that_goes_on_after_its_link_is_body_text() -> None:
    markup = (
        f"<article>{BODY}"
        "<p>Also, <a href='/c'>the provincial council approved a new budget for the bazaar</a> "
        "on Monday.</p>"
        "<p>Residents can <a href='/s'>read more about the water scheme</a> at the district "
        "office, officials said.</p>"
        "<p>Also on the valley desk: <a href='/v'>Council votes to rename the old bazaar</a></p>"
        "</article>"
    )
    text = text_after_cleaning(markup)
    assert "Also, the provincial council approved a new budget for the bazaar on Monday." in text
    assert "read more about the water scheme at the district office" in text
    assert "rename the old bazaar" not in text


def test_box_ending_in_a_four_word_link_is_removed() -> None:
    markup = (
        f"<article>{BODY}<div class='person'><p>Amna Jamali has followed the coast's fisheries "
        "for the paper since 2019.</p><a href='/people/aj'>More by this author</a></div>"
        "</article>"
    )
    text = text_after_cleaning(markup)
    assert "Amna Jamali" not in text and "More by this author" not in text
    assert "three reservoirs" in text


def test_small_print_paragraph_goes_but_wire_credit_and_small_words_stay() -> None:
    markup = (
        f"<article>{BODY}"
        "<p>The minister, <small>who took office in March,</small> did not comment.</p>"
        "<p><span><small>Note from the desk: the second paragraph was reworded on 9 May."
        "</small></span></p>"
        "<p><small>(With inputs from PTI)</small></p></article>"
    )
    text = text_after_cleaning(markup)
    assert "reworded" not in text
    assert "who took office in March" in text and "With inputs from PTI" in text


def test_page_set_in_small_print_keeps_its_text() -> None:
    body = "".join(
        f"<p><small>Paragraph {i} of a story that an old portal sets in small type.</small></p>"
        for i in range(4)
    )
    assert "Paragraph 3 of a story" in text_after_cleaning(f"<article>{body}</article>")


def _story(paragraphs: int = 5) -> str:
    return "".join(
        f"<p>Paragraph {i} of the story says what the cabinet decided about the reservoirs "
        "and what the engineers told it.</p>"
        for i in range(paragraphs)
    )


def test_short_blocks_after_the_story_container_are_removed() -> None:
    markup = (
        f"<main><h1>Reservoirs approved</h1><div class='x1'>{_story()}</div>"
        "<div class='x2'><div><p>Views in the thread further down are the posters' own; "
        "we take down what breaks the house rules.</p></div>"
        "<div><p>Hina Lango has followed water policy for the paper since 2021.</p></div></div>"
        "<p>(Based on an APP report)</p></main>"
    )
    text = text_after_cleaning(markup)
    assert "Paragraph 4 of the story" in text
    assert "thread further down" not in text and "Hina Lango" not in text
    assert "Based on an APP report" in text  # a wire credit is read by pipeline.wire


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("<div class='body-part'>", "<div class='body-part'>"),
        ("<div id='story-section-1'>", "<div id='story-section-2'>"),
    ],
)
def test_story_continued_after_an_advert_in_a_like_block_is_kept(first: str, second: str) -> None:
    markup = (
        f"<main><h1>Reservoirs approved</h1>{first}{_story(6)}</div><div class='ad-slot'></div>"
        f"{second}<p>The next meeting is in May.</p></div></main>"
    )
    assert "The next meeting is in May." in text_after_cleaning(markup)


def test_paragraphs_each_in_their_own_block_are_all_kept() -> None:
    # Squarespace-like: the "main block" is one paragraph, so nothing follows "the story"
    blocks = "".join(
        f"<div class='sqs-block'><div class='sqs-block-content'><p>Paragraph {i} of the "
        "story.</p></div></div>"
        for i in range(6)
    )
    text = text_after_cleaning(f"<main><h1>Reservoirs</h1>{blocks}</main>")
    assert all(f"Paragraph {i} of the story." in text for i in range(6))


@pytest.mark.parametrize(
    "line",
    [
        "Last modified on Friday, 15 May 2026 at 18:02",
        "First published 3 May 2026",
        "Date: 3/5/2026",
        "Posted on March 3, 2026 at 10:15 PKT",
        "This piece was revised on 9 May to add the department's response.",
        "This article was originally published in Urdu.",
        "This story is based on interviews with twelve growers.",
    ],
)
def test_timestamp_and_self_referring_note_lines(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "He died on 3 May 2026.",
        "Elections on 8 February 2024",  # a crosshead
        "Ceasefire agreed on 3 May",  # a timeline entry
        "Polls closed at 5pm",
        "This report was prepared by the provincial auditors in 2024.",
        "Read more about the scheme on the district office's notice board, the officer said.",
    ],
)
def test_body_lines_with_dates_or_self_reference_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_bio_line_is_dropped_at_the_end_but_a_sentence_with_covers_stays() -> None:
    body = [f"Paragraph {i} of the story, long enough to be body text." for i in range(4)]
    bio = "Amna Jamali covers the Lasbela coast and has reported on fisheries since 2019."
    kept, _ = clean_lines([*body, bio], load_rules())
    assert bio not in kept
    for line in ("The insurance scheme covers repairs.", "The Prime Minister covers the cost."):
        assert clean_lines([*body, line], load_rules())[0][-1] == line


def test_repeated_lines_go_but_a_lead_repeated_as_summary_keeps_one_copy() -> None:
    promo = "Watch our film from the valley on the weekend show"
    lead = "The cabinet approved three reservoirs on Tuesday."
    lines = [
        lead,
        lead,
        "Second paragraph.",
        promo,
        "Third paragraph.",
        promo,
        "Yes, sir.",
        "Yes, sir.",
    ]
    kept, _ = clean_lines(lines, load_rules())
    assert kept == [lead, "Second paragraph.", "Third paragraph.", "Yes, sir.", "Yes, sir."]


def test_byline_row_before_the_first_sentence_is_split_off() -> None:
    agencies = load_rules().agency_names
    lines = ["Staff ReporterReading time: 3 minutes", "Xinhua", "The pass opened on Friday."]
    assert split_lead(lines, agencies) == (lines[2:], lines[:2])
    dateline = ["QUETTA, March 3 (IANS) -", "The cabinet met."]
    assert split_lead(dateline, agencies) == (dateline, [])
    no_sentence = ["A list item", "Another item"]
    assert split_lead(no_sentence, agencies) == (no_sentence, [])


# --- shape rules added for heldout5's misses (issue #4); each must hold on unseen sites --


@pytest.mark.parametrize(
    "box",
    [
        # a sign-up box: the field and its button in a wrapper of their own
        "<div class='k1'><p>The morning digest from the mountains</p><div class='k2'>"
        "<input type='email' placeholder='you@example.com'><button>Go</button></div>"
        "<p>You can opt out whenever you wish.</p></div>",
        # a reader-comment box: a comment and a text field, no <form> around them
        "<div class='k3'><h4>What readers say (2)</h4><div><b>Saima</b><p>About time too.</p>"
        "</div><textarea></textarea><p>Posts are the writers' own.</p></div>",
        # a poll
        "<div class='k4'><h4>Your view</h4><p>Should the dam be built?</p><label>"
        "<input type='radio'> For</label><label><input type='radio'> Against</label></div>",
        # a live blog's toolbar
        "<div class='k5'><span>ON AIR</span> <span>Updating itself</span> "
        "<button>Pause</button></div>",
    ],
)
def test_box_around_a_form_control_outside_a_form_is_removed(box: str) -> None:
    # before the story's paragraphs, so that no rule about what follows the story applies
    text = text_after_cleaning(f"<article><h1>Reservoirs approved</h1>{box}{BODY}</article>")
    assert "three reservoirs" in text and "finance department" in text
    for gone in ("morning digest", "opt out", "Saima", "writers' own", "dam be built", "ON AIR"):
        assert gone not in text


def test_paragraph_laid_out_as_a_div_keeps_its_text_despite_a_button() -> None:
    markup = (
        f"<article>{BODY}<div class='tx'>The engineers will report again in June, the "
        "minister said. <button>Listen</button></div></article>"
    )
    assert "report again in June" in text_after_cleaning(markup)


def test_heading_with_a_short_list_of_links_goes_but_a_lead_in_list_stays() -> None:
    links = "<ul><li><a href='/1'>Ferry service</a></li><li><a href='/2'>Fares frozen</a></li></ul>"
    markup = f"<article>{BODY}<div class='m1'><h4>Worth a look</h4>{links}</div></article>"
    text = text_after_cleaning(markup)
    assert "Worth a look" not in text and "Ferry service" not in text
    assert "three reservoirs" in text
    lead_in = f"<article>{BODY}<p>The two plans named in the report are:</p>{links}</article>"
    text = text_after_cleaning(lead_in)
    assert "two plans named" in text and "Ferry service" in text and "Fares frozen" in text


def test_badge_in_a_div_goes_but_a_span_crosshead_before_a_paragraph_stays() -> None:
    markup = (
        f"<article>{BODY}<div class='b1'><span>Top update</span></div>"
        "<div class='feed'><div><h3>Engineers report</h3>"
        f"{BODY}</div><div class='b2'><span>Promoted</span></div></div></article>"
    )
    text = text_after_cleaning(markup)
    assert "Top update" not in text and "Promoted" not in text
    assert "Engineers report" in text
    # a span in a div that opens a run of paragraphs may be a crosshead: it stays
    crosshead = (
        f"<article><h1>Reservoirs approved</h1><div><span>What comes next</span></div>"
        f"{_story(3)}</article>"
    )
    assert "What comes next" in text_after_cleaning(crosshead)
    before_a_list = (
        f"<article>{BODY}<div><span>New fares</span></div>"
        "<ul><li>Adults: Rs 50</li><li>Students: Rs 20</li></ul></article>"
    )
    assert "New fares" in text_after_cleaning(before_a_list)


def test_linked_headline_behind_a_label_in_bold_is_removed() -> None:
    markup = (
        f"<article>{BODY}<p><strong>Worth your time today:</strong> "
        "<a href='/x'>Dam survey finds cracks in the spillway</a></p></article>"
    )
    text = text_after_cleaning(markup)
    assert "Worth your time" not in text and "spillway" not in text
    assert "three reservoirs" in text


def test_short_blocks_after_the_last_paragraph_inside_the_container_are_removed() -> None:
    markup = (
        f"<main><h1>Reservoirs approved</h1><div class='body'>{_story()}"
        "<div class='hits'>Read 2,310 times</div>"
        "<div class='pf'><h3><a href='/a/1'>Hina Lango</a></h3>"
        "<p>Writes on water for the paper.</p></div>"
        "<div class='end'><p>The cabinet meets again on Friday.</p></div>"
        "<div class='w'>(Based on an APP report)</div>"
        "<div class='t'><ul><li>Dam one: 2027</li><li>Dam two: 2029</li></ul></div>"
        "<div class='s'><h3>What the engineers want</h3><p>More surveys first.</p></div>"
        "</div></main>"
    )
    text = text_after_cleaning(markup)
    assert "Paragraph 4 of the story" in text
    assert "2,310" not in text and "Hina Lango" not in text and "Writes on water" not in text
    # a wrapped last paragraph, a wire credit and a list that ends the story stay
    assert "meets again on Friday" in text
    assert "Based on an APP report" in text and "Dam two: 2029" in text
    # paragraphs with no link or picture beside them: the story goes on
    assert "What the engineers want" in text and "More surveys first." in text


def test_br_laid_out_text_in_a_span_becomes_paragraphs() -> None:
    tree = lxml_html.fromstring(
        "<html><body><span class='detail'>First line of the story.<br><br>"
        "Second line of the story.<br></span></body></html>"
    )
    assert split_br_paragraphs(tree) == 1
    assert [p.text for p in tree.iter("p")] == [
        "First line of the story.",
        "Second line of the story.",
    ]
    # a span inside a paragraph (lines of a verse, an address) is left as it is
    tree = lxml_html.fromstring("<html><body><p><span>One line<br>Another</span></p></body></html>")
    assert split_br_paragraphs(tree) == 0


@pytest.mark.parametrize(
    "line",
    [
        "All our election results are on the app. Install today.",
        "Every result from your constituency is on our site. Visit now.",
    ],
)
def test_line_ending_in_a_call_to_action_is_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules())[0] == [
        "A body line that stays."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We asked the boatmen what they needed. Help, they said.",
        'The guards told us to move. "Leave now."',
        "Residents said the water had gone. Others stayed.",
    ],
)
def test_short_last_clauses_that_are_not_calls_to_action_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


@pytest.mark.parametrize("line", ["GILGIT, Jan 9:", "MUZAFFARABAD, March 14 -"])
def test_dateline_standing_alone_is_not_a_timestamp(line: str) -> None:
    lines = [line, "The pass opened on Friday."]
    assert clean_lines(lines, load_rules()) == (lines, 0)
    assert clean_lines(["A body line.", "Published: Jan 9, 2026"], load_rules())[1] == 1


@pytest.mark.parametrize(
    "line",
    [
        "This site uses cookies to measure traffic. Accept all",
        "We use cookies so that the site works for you.",
        "We and our vendors use cookies. Settings OK",
    ],
)
def test_cookie_banner_lines_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules())[0] == [
        "A body line that stays."
    ]


@pytest.mark.parametrize(
    "line",
    ["Reload this page for the newest entries.", "Refresh the page to see new posts."],
)
def test_prompt_to_reload_the_page_is_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules())[0] == [
        "A body line that stays."
    ]


def test_a_story_about_cookies_stays() -> None:
    line = "The regulator found that the two shopping sites use cookies to track children."
    assert clean_lines([line], load_rules()) == ([line], 0)


# --- shape rules added for heldout6's misses (issue #4); wordings differ from the pages --


def test_hyphenated_word_after_read_is_a_sentence_not_a_teaser_label() -> None:
    line = "Read-only copies of the ledger were handed to the auditors on Friday."
    assert clean_lines([line], load_rules()) == ([line], 0)
    assert clean_lines(["A body line that stays.", "Read - Budget explained"], load_rules())[1] == 1


def test_note_that_the_story_was_not_edited_is_dropped_but_a_report_about_edits_stays() -> None:
    note = "(Apart from the title, this article has not been edited by our desk; it comes from a feed.)"
    assert clean_lines(["A body line that stays.", note], load_rules())[1] == 1
    body = "The report has not been changed since 2019, the ministry said."
    assert clean_lines([body], load_rules()) == ([body], 0)


def test_responses_count_heading_opens_a_comment_section() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<div><h3>7 replies</h3><div><b>Sadia</b><p>About time the dams were built.</p></div>"
        "</div></article>"
    )
    text = text_after_cleaning(markup)
    assert "finance department" in text
    assert "7 replies" not in text and "About time the dams" not in text


def test_urdu_comment_count_heading_opens_a_comment_section() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<h3>تبصرے (4)</h3><p>یہ بہت اچھی خبر ہے، حکومت کو کام جلد شروع کرنا چاہیے۔</p>"
        "<p>ہمارے علاقے میں بھی ایسا ڈیم بننا چاہیے تاکہ پانی کی کمی دور ہو۔</p></article>"
    )
    text = text_after_cleaning(markup)
    assert "finance department" in text and "اچھی خبر" not in text and "ڈیم" not in text


def test_story_continued_in_a_later_item_wrapping_a_like_container_is_kept() -> None:
    # CMS "paragraph" items: the story's text blocks sit each in an item of their own,
    # with an embed item between them; the later item is not furniture
    markup = (
        "<main><h1>Reservoirs approved</h1><div class='items'>"
        f"<div class='item'><div class='txt'>{_story(6)}</div></div>"
        "<div class='item'><div class='embed'><p><a href='/pod'>Hear the podcast</a></p></div>"
        "</div><div class='item'><div class='txt'><p>The next meeting is in May.</p></div></div>"
        "</div></main>"
    )
    text = text_after_cleaning(markup)
    assert "Paragraph 5 of the story" in text and "The next meeting is in May." in text


def test_br_laid_out_text_in_a_font_element_becomes_paragraphs() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div><font size='2'>First line of the story.<br><br>"
        "<span>Sponsored</span><br><br>Second line of the story.<br></font></div></body></html>"
    )
    assert split_br_paragraphs(tree) == 1
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == [
        "First line of the story.",
        "Sponsored",
        "Second line of the story.",
    ]


def test_short_label_set_in_italics_between_paragraphs_goes_but_bold_crosshead_stays() -> None:
    first, second = BODY.split("</p>", 1)
    markup = f"<article>{first}</p><p><em>Story goes on after the advert</em></p>{second}</article>"
    text = text_after_cleaning(markup)
    assert "goes on after the advert" not in text and "finance department" in text
    crosshead = (
        f"<article>{first}</p><p><strong>Where the money goes</strong></p>{second}</article>"
    )
    assert "Where the money goes" in text_after_cleaning(crosshead)


def test_heading_over_link_lines_each_in_its_own_block_goes() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<p><b>Worth your time</b></p>"
        "<p>• <a href='/1'>Ferry fares frozen for the summer</a></p>"
        "<p>• <a href='/2'>Bus depot moves out of the town centre</a></p>"
        "<p>The engineers will report to the cabinet again in June, officials said.</p>"
        "</article>"
    )
    text = text_after_cleaning(markup)
    assert "Worth your time" not in text and "Ferry fares" not in text
    assert "report to the cabinet again in June" in text


def test_link_line_after_a_break_at_the_end_of_a_paragraph_goes() -> None:
    markup = (
        "<article><h1>Reservoirs approved</h1>"
        "<p>The ministry confirmed the figures on Monday.<br>"
        "<small>See too → <a href='/1'>Harbour dredging starts next week</a></small></p>"
        f"{BODY}</article>"
    )
    text = text_after_cleaning(markup)
    assert "ministry confirmed the figures" in text
    assert "Harbour dredging" not in text and "See too" not in text


def test_text_around_a_form_goes_but_a_page_laid_out_in_a_form_keeps_its_story() -> None:
    box = (
        "<div><h4>The weekly mountain letter, every Friday morning.</h4>"
        "<form action='/nl'><input type='email'><button>Join</button></form>"
        "<small>No spam, ever.</small></div>"
    )
    text = text_after_cleaning(f"<article><h1>Reservoirs approved</h1>{box}{BODY}</article>")
    assert "mountain letter" not in text and "No spam" not in text
    assert "three reservoirs" in text
    page = f"<form action='/p.aspx'><h1>Reservoirs approved</h1>{BODY}<input type='hidden'></form>"
    assert "finance department" in text_after_cleaning(page)


def test_box_ending_in_a_paragraph_that_is_one_button_link_goes() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<div><p>This is your second free article of four.</p>"
        "<p>Subscribe from Rs 199 to read on.</p>"
        "<p><a href='/in'>Have an account? Log in</a></p></div>"
        "<p>The engineers will report to the cabinet again in June, officials said.</p>"
        "</article>"
    )
    text = text_after_cleaning(markup)
    assert "free article" not in text and "Rs 199" not in text and "Log in" not in text
    assert "report to the cabinet again in June" in text


def test_line_of_sentences_closed_by_a_button_link_goes_but_a_linked_source_stays() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<p>Our weekend long-read, in your inbox on Saturdays. <a href='/nl'>Count me in</a></p>"
        "<p>The ruling was read out by <a href='/j'>Justice Naeem Akhtar</a></p>"
        "</article>"
    )
    text = text_after_cleaning(markup)
    assert "weekend long-read" not in text and "Count me in" not in text
    assert "Justice Naeem Akhtar" in text


def test_a_footnote_ending_in_its_back_link_is_not_a_line_closed_by_a_button() -> None:
    """Static-site footnotes end in a link back to the reference: an arrow, no words."""
    markup = (
        f"<article><h1>Land records</h1>{BODY}"
        "<div class='footnotes' role='doc-endnotes'><hr><ol><li id='fn:1'>"
        "<p>The ledger lists deeds, not fields. One deed may cover three fields."
        " <a href='#fnref:1' class='footnote-backref'>↩︎</a></p></li></ol></div></article>"
    )
    assert "One deed may cover three fields." in text_after_cleaning(markup)


def test_a_table_of_figures_inside_a_layout_table_stays_a_table() -> None:
    """Only the layout table's own rows and cells are unwrapped, not a data table in a cell."""
    tree = lxml_html.fromstring(
        f"<html><body><table><tr><td>{BODY}"
        "<table class='results'><tr><th>Tehsil</th><th>Turnout</th></tr>"
        "<tr><td>Khar</td><td>61%</td></tr></table></td><td>side</td></tr></table>"
        "</body></html>"
    )
    assert unwrap_layout_tables(tree) == 1
    (table,) = tree.findall(".//table")
    assert table.get("class") == "results" and len(table.findall(".//td")) == 2


def test_italic_note_to_the_reader_goes_but_an_italic_quote_or_report_stays() -> None:
    first, second = BODY.split("</p>", 1)
    note = "<p><i>You have two free articles left this week. Join for Rs 150 to keep going.</i></p>"
    text = text_after_cleaning(f"<article>{first}</p>{note}{second}</article>")
    assert "free articles left" not in text and "finance department" in text
    quote = "<p><i>“We will not leave our land,” the elders told the jirga.</i></p>"
    report = "<p><i>The hearing resumes on Monday in the high court.</i></p>"
    slogan = "<p><i>We are the people of the coast, and we are staying.</i></p>"
    text = text_after_cleaning(f"<article>{first}</p>{quote}{report}{slogan}{second}</article>")
    assert "We will not leave our land" in text and "hearing resumes" in text
    assert "people of the coast" in text


@pytest.mark.parametrize(
    "line",
    [
        "Font size: A- A A+ · Email · Bookmark",
        "Listen • Share • Print",
        "Updated 40 minutes ago",
        "Published an hour ago",
    ],
)
def test_toolbar_and_relative_timestamp_lines_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules())[0] == [
        "A body line that stays."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The fair sold books in Urdu · Balochi · Pashto, organisers said.",
        "Rescuers left the valley 3 days ago",
        "The ferry sank two hours ago, the coast guard said.",
    ],
)
def test_body_lines_with_dots_or_a_time_ago_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_poll_as_text_and_its_question_go() -> None:
    lines = [
        "The ferry will run until October.",
        "Your say: should the ferry run in winter?",
        "( ) Yes",
        "[ ] No",
        "( ) Don't know",
        "The council meets again in May.",
    ]
    assert clean_lines(lines, load_rules())[0] == [lines[0], lines[-1]]
    question = ["Will the ferry run in winter?", "Nobody could say, the boatmen said."]
    assert clean_lines(question, load_rules()) == (question, 0)


def test_about_a_named_person_and_their_bio_go() -> None:
    lines = [
        "The ferry will run until October.",
        "The council meets again in May.",
        "About Saima Rind",
        "Saima Rind has followed the coast for ten years for the paper.",
    ]
    assert clean_lines(lines, load_rules())[0] == lines[:2]
    other = ["About Gwadar port, officials said little.", "Gwadar port handled more ships."]
    assert clean_lines(other, load_rules()) == (other, 0)


def test_dated_publication_row_before_the_first_sentence_is_split_off() -> None:
    agencies = load_rules().agency_names
    row = "Published on Monday, 3 March 2026 at 10:15 am PKT | Last updated on Tuesday, 4 March"
    urdu = "شائع 3 مارچ 2026 10:15 صبح | آخری بار تازہ کیا گیا 4 مارچ 2026 شام سات بجے"
    for lead in (row, urdu):
        lines = [lead, "The pass opened on Friday."]
        assert split_lead(lines, agencies) == (lines[1:], [lead])
    long_line = "A line of thirteen words with no date in it and no full stop at all"
    assert split_lead([long_line, "Body."], agencies) == ([long_line, "Body."], [])


# --- fixes prompted by heldout7 (issue #4); wordings differ from the pages ---------------


def test_rows_of_a_table_of_dated_figures_are_not_timestamps() -> None:
    rows = ["| Month | Visitors |", "|---|---|", "| March 4 | 1,204 |", "| April 1 | 988 |"]
    assert clean_lines(["The museum published its figures.", *rows], load_rules())[1] == 0
    # a date alone in a cell (a layout table's timestamp) still goes
    assert clean_lines(["A body line.", "| Posted 4 March 2026 |"], load_rules())[1] == 1


def test_imperative_reported_with_who_said_it_is_a_sentence_not_a_prompt() -> None:
    line = "Watch your footing on the ice, a guide warned the climbers."
    assert clean_lines([line], load_rules()) == ([line], 0)
    assert clean_lines(["A body line.", "Watch our new series on the app."], load_rules())[1] == 1


@pytest.mark.parametrize(
    "line",
    [
        "If you want to help, the librarian says, do not send money. Send books.",
        "Subscribe to nothing, she tells visitors who ask how to get the alerts. Just come "
        "and knock on my door.",
    ],
)
def test_who_said_it_in_the_middle_of_a_line_makes_it_the_storys(line: str) -> None:
    assert clean_lines(["A body line.", line], load_rules()) == (["A body line.", line], 0)


def test_a_teaser_ending_on_who_said_it_still_goes() -> None:
    teaser = "Also read: Port will double its berths, officials say."
    assert clean_lines(["A body line.", teaser], load_rules())[1] == 1


def test_a_teaser_label_then_a_sentence_in_lower_case_is_the_storys() -> None:
    rules = load_rules()
    line = "Related: the Karakoram Highway near Attabad was closed for six hours on Tuesday."
    assert clean_lines(["A body line.", line], rules) == (["A body line.", line], 0)
    for teaser in ("Related: Quetta traders strike over new tax", "Read more: https://x.pk/a"):
        assert clean_lines(["A body line.", teaser], rules)[1] == 1


def test_a_comment_section_headed_with_its_count_goes() -> None:
    got = text_after_cleaning(
        f"<div><h1>Reservoirs</h1>{BODY}<section><h3>Reader responses (2)</h3>"
        "<div><b>Mahpara</b><p>Finally some good news for our area.</p></div>"
        "<div><b>Naseer</b><p>Who checks whether the money is spent?</p></div></section></div>"
    )
    assert "three reservoirs" in got and "Mahpara" not in got and "good news" not in got


def test_a_promoted_box_around_a_linked_headline_goes() -> None:
    promo = (
        "<div><span>Paid partner content</span><a href='/partner/1'><h4>Plan your winter "
        "trip to Skardu with zero hassle</h4></a><p>Presented by Peaks and Passes Travel</p>"
        "</div>"
    )
    got = text_after_cleaning(f"<div><h1>Reservoirs</h1>{BODY}{promo}{BODY}</div>")
    assert "winter trip" not in got and "three reservoirs" in got
    # a linked crosshead of the story, with no sponsor beside it, stays
    crosshead = "<div><a href='#costs'><h4>What it will cost</h4></a><p>Rs 2bn.</p></div>"
    assert "What it will cost" in text_after_cleaning(f"<div>{BODY}{crosshead}{BODY}</div>")


@pytest.mark.parametrize(("first", "second"), [(4, 1), (1, 4)])
def test_a_story_continued_after_an_advert_slot_is_read_whole(first: int, second: int) -> None:
    """Whichever half holds more text, the other half is read too, in its place
    (trafilatura alone reads only the first half when it is the longer)."""
    from pipeline.extract import extract

    def half(name: str, n: int) -> str:
        return "".join(
            f"<p>{name} half, paragraph {i}, of the council story told here.</p>" for i in range(n)
        )

    page = (
        "<html><body><h1>Independents take most seats</h1><div class='page'>"
        f"<div class='article-body'>{half('First', first)}</div>"
        "<div class='ad-slot' style='min-height:640px'></div>"
        f"<div class='article-body article-body--continued'>{half('Second', second)}</div>"
        "</div></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None
    assert got.text.index("First half, paragraph 0") < got.text.index("Second half, paragraph 0")


def test_correction_stating_the_right_fact_stays_but_a_bare_note_goes() -> None:
    fact = (
        "Clarification: A previous version of this report gave the bridge's length as "
        "40 metres. It is 400 metres long."
    )
    assert clean_lines([fact], load_rules()) == ([fact], 0)
    for note in (
        "An earlier version of this report misstated the bridge's length. We regret the error.",
        "Correction: an earlier version of this article misspelled the mayor's name.",
    ):
        assert clean_lines(["A body line.", note], load_rules())[1] == 1


def test_share_label_between_story_paragraphs_goes_alone_and_the_story_goes_on() -> None:
    later = (
        "<p>The contractor said the first pumps would be installed before the monsoon and "
        "tested over the summer, with the rest following next year.</p>"
        "<p>Residents of the lower villages said they would believe it when the water came.</p>"
    )
    markup = (
        f"<article><h1>Reservoirs approved</h1><div class='body'>{BODY}"
        "<div><span>Share this article</span><i class='icon'></i></div>"
        "<div><span>Facebook</span> <span>Email</span></div>"
        f"{later}<h4>Comments (2)</h4><p>Good news.</p><p>About time.</p></div></article>"
    )
    text = text_after_cleaning(markup)
    assert "first pumps" in text and "lower villages" in text
    assert "Share this article" not in text and "Facebook" not in text
    assert "Good news" not in text and "About time" not in text


def test_br_laid_out_text_in_a_table_cell_is_unwrapped_with_the_table() -> None:
    markup = (
        "<table><tr><td><span class='story'>The provincial cabinet approved three "
        "reservoirs on Tuesday.<br><br>Work could begin in the autumn, engineers said."
        "<br><br></span></td><td></td></tr></table>"
    )
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    clean_tree(tree, load_rules())
    assert not tree.xpath("//td")
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == [
        "The provincial cabinet approved three reservoirs on Tuesday.",
        "Work could begin in the autumn, engineers said.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "▶ Image: Forest Department Swat",
        "(Disclaimer: the opinions above belong to the writer alone)",
    ],
)
def test_noise_line_behind_a_symbol_or_an_opening_bracket_is_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules())[0] == [
        "A body line that stays."
    ]


def test_bar_of_noise_items_split_by_pipes_goes_but_a_line_of_places_stays() -> None:
    assert clean_lines(["A body line.", "(12) Comments | Add a comment"], load_rules())[1] == 1
    line = "Turnout: Peshawar 41% | Mardan 38% | Swat 35%"
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_question_answered_by_buttons_is_a_widget() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<div><span>Did you find this useful?</span> <button>Yes</button><button>No</button>"
        "</div></article>"
    )
    text = text_after_cleaning(markup)
    assert "finance department" in text and "useful" not in text


def test_popup_between_paragraphs_goes() -> None:
    markup = (
        "<article><h1>Reservoirs approved</h1><p>The cabinet met on Tuesday.</p>"
        "<div class='promo-popup'><p><strong>Independent reporting costs money.</strong> "
        "Members keep it free.</p></div>" + BODY + "</article>"
    )
    text = text_after_cleaning(markup)
    assert "finance department" in text and "Independent reporting" not in text


def test_italic_note_in_the_outlets_voice_goes_but_an_italic_report_stays() -> None:
    markup = (
        f"<article><h1>Reservoirs approved</h1>{BODY}"
        "<p><em>US officials declined to comment on the cabinet's decision.</em></p>"
        "<p><em>This feature first ran in our Sunday magazine.</em></p></article>"
    )
    text = text_after_cleaning(markup)
    assert "US officials declined" in text and "Sunday magazine" not in text


def test_label_between_sentences_laid_out_as_spans_and_breaks_goes() -> None:
    markup = (
        "<article><h1>Reservoirs approved</h1><div class='story'>"
        "<span>The provincial cabinet approved three reservoirs on Tuesday.</span><br><br>"
        "<div class='slot'><span>Sponsored</span><ins></ins></div>"
        "<span>Work could begin in the autumn, the engineers said.</span><br><br>"
        "</div></article>"
    )
    text = text_after_cleaning(markup)
    assert "three reservoirs" in text and "engineers said" in text
    assert "Sponsored" not in text


def test_sentences_in_spans_between_breaks_become_paragraphs() -> None:
    tree = lxml_html.fromstring(
        "<div><span>The dam opened.</span><br><br><span>Farmers cheered.</span></div>"
    )
    assert split_br_paragraphs(tree) == 1
    assert [" ".join(p.text_content().split()) for p in tree.iter("p")] == [
        "The dam opened.",
        "Farmers cheered.",
    ]


@pytest.mark.parametrize("line", ["ہمیں انسٹاگرام پر فالو کیجیے", "ہماری ویب سائٹ وزٹ کریں۔"])
def test_urdu_call_to_the_reader_naming_the_outlet_is_dropped(line: str) -> None:
    assert clean_lines(["ایک خبر کی سطر۔", line], load_rules())[1] == 1


@pytest.mark.parametrize(
    "line",
    [
        "حکومت نے کہا کہ شہری پانی احتیاط سے استعمال کریں",
        "ہمارے مطالبات تسلیم کریں، مظاہرین نے کہا",
    ],
)
def test_urdu_body_lines_with_an_imperative_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_custom_elements_become_blocks_and_their_names_say_what_is_noise() -> None:
    markup = (
        "<story-view><h1>Reservoirs approved</h1><story-text>"
        "<story-para>The provincial cabinet approved three reservoirs on Tuesday.</story-para>"
        "<promo-newsletter-box>Morning briefing, every day at six</promo-newsletter-box>"
        "<story-para>Work could begin in the autumn, the engineers said.</story-para>"
        "</story-text><site-related-list><x-card>Bus fares rise</x-card></site-related-list>"
        "</story-view>"
    )
    tree = lxml_html.fromstring(f"<html><body>{markup}</body></html>")
    clean_tree(tree, load_rules())
    text = " ".join(tree.text_content().split())
    assert "three reservoirs" in text and "engineers said" in text
    assert "Morning briefing" not in text and "Bus fares" not in text
    assert not tree.xpath("//*[contains(local-name(), '-')]")


def test_short_line_after_an_audio_player_is_its_credit() -> None:
    markup = (
        "<article><h1>Reservoirs approved</h1><p>The cabinet met on Tuesday to vote.</p>"
        "<figure><audio src='/a.mp3'></audio></figure><p>Narrated by synthetic voice · 2:10</p>"
        f"{BODY}</article>"
    )
    text = text_after_cleaning(markup)
    assert "finance department" in text and "synthetic voice" not in text


def test_wire_tail_with_editors_initials_in_capitals_is_left_as_the_bare_agency() -> None:
    from pipeline.wire import split_tail

    rules = load_rules()
    kept, _ = clean_lines(["The ferry sailed at noon.", "UNI KR MSA"], rules)
    assert kept == ["The ferry sailed at noon.", "UNI"]
    assert split_tail(kept, rules.agency_names) == (["The ferry sailed at noon."], "UNI")
    line = "Relief goods reached the flooded areas, said the NDMA"
    assert clean_lines([line], rules) == ([line], 0)


def test_microdata_article_body_is_kept_when_itemprop_lists_several_names() -> None:
    """Blogger marks the post `itemprop="description articleBody"` inside a `widget Blog`
    block and writes its lines as bare <div>s (no <p> to find the story by): the named
    container must not be dropped as a sidebar widget."""
    lines = [
        "Tune to the community station any evening and you will hear a farmer explaining "
        "pest control or a teacher reading a poem.",
        "Twelve volunteers run it; it went on air two years ago.",
    ]
    markup = (
        '<div class="widget PageList"><ul><li><a href="/a">Home</a></li>'
        '<li><a href="/b">About</a></li></ul></div>'
        '<div class="widget Blog" id="Blog1"><div class="post hentry">'
        '<h3 class="post-title">Community radio finds its voice</h3>'
        '<div class="post-body" itemprop="description articleBody">'
        + "".join(f"<div>{line}</div><div><br></div>" for line in lines)
        + "</div></div></div>"
    )
    text = text_after_cleaning(markup)
    assert all(line in text for line in lines)
    assert "About" not in text


def test_an_interview_answer_is_not_a_reader_prompt() -> None:
    rules = load_rules()
    answer = "A: Yes. Download the government's passport app, choose Gilgit and pick a slot."
    assert not is_reader_prompt(answer, rules)
    assert is_reader_prompt("Download our app for the latest news from your district.", rules)


@pytest.mark.parametrize(
    "line",
    [
        "You have reached your limit of free articles this month",
        "You have three free reads left this week.",
        "Already a member? Log in to keep reading.",
        "Readers' posts are checked before they appear and do not speak for us.",
        "Views shared below are the writers' own; we do not endorse them.",
        "Comments do not necessarily reflect the policy of this website.",
        "Become a supporter of the Valley Courier from Rs500 a month",
        "About the author: Sana Baloch covers the Makran coast.",
        "Tagged with",
        "Permalink to this update",
        "This story was auto-generated from an agency feed.",
        "ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں",
        "تبصرے لوڈ ہو رہے ہیں…",
        "تصویر: اے پی پی",
        "اشتہار",
    ],
)
def test_paywall_disclaimer_and_label_lines_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "You have to see the new bridge to believe it, one trader said.",
        "Readers' letters to the chief minister were read out in the assembly on Monday.",
        "The union said it would become a member of the national federation next year.",
        "Tags on the cattle will show which herds were vaccinated.",
        "اشتہارات پر پابندی کا فیصلہ عدالت میں چیلنج کر دیا گیا۔",
    ],
)
def test_body_lines_near_those_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_urdu_comment_section_under_a_readers_views_heading_goes() -> None:
    got = text_after_cleaning(
        BODY
        + "<h3>قارئین کی آراء</h3><div><p>بہت اچھی خبر ہے۔</p><p>ہمارے علاقے پر بھی توجہ دی جائے۔</p></div>"
    )
    assert "reservoirs" in got and "قارئین" not in got and "بہت اچھی" not in got


def test_story_lists_become_paragraphs_but_link_lists_stay_lists() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div class='panel-body'>"
        + BODY
        + "<ol><li>Most new schools are primary schools.</li><li>Girls' schools are a third.</li></ol>"
        "<ul><li><a href='/a'>Flood relief reaches Dadu</a></li>"
        "<li><a href='/b'>Power cuts in Sukkur</a></li></ul>"
        "</div></body></html>"
    )
    clean_tree(tree, load_rules())
    paragraphs = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    assert "- Most new schools are primary schools." in paragraphs
    assert "- Girls' schools are a third." in paragraphs
    assert not list(tree.iter("ol"))
    assert len(list(tree.iter("ul"))) <= 1  # the headline list: removed or left a list
    assert "Flood relief reaches Dadu" not in paragraphs


def test_a_photo_storys_captions_are_its_text_but_a_storys_caption_goes() -> None:
    captions = "".join(
        f"<figure><img src='/{i}.jpg'><figcaption><p>{text}</p></figcaption></figure>"
        for i, text in enumerate(
            [
                "Apricot trees flower across the terraces below the fort in early April.",
                "Visitors stop on the highway to photograph the orchards in bloom.",
                "Schoolchildren walk home under the trees after the last bell.",
            ]
        )
    )
    gallery = text_after_cleaning(f"<main><h1>In pictures</h1>{captions}</main>")
    assert "Apricot trees" in gallery and "Schoolchildren" in gallery
    # comments elsewhere on the page do not outweigh the captions; a credit inside a
    # caption goes
    credited = captions.replace(
        "</p></figcaption>", " <span>Photo: Nadia Baig</span></p></figcaption>"
    )
    comments = "".join(
        f"<p>Comment {i}: {'what a lovely valley and a lovely set of photos ' * 4}</p>"
        for i in range(6)
    )
    busy = text_after_cleaning(
        f"<main><h1>In pictures</h1><div>{credited}</div></main><section>{comments}</section>"
    )
    assert "Apricot trees" in busy and "Schoolchildren" in busy and "Nadia Baig" not in busy
    story = text_after_cleaning(
        "<main><h1>Reservoirs</h1><figure><img src='/r.jpg'><figcaption>The site. Photo: "
        "Staff</figcaption></figure>" + BODY + "</main>"
    )
    assert "reservoirs" in story and "The site" not in story


@pytest.mark.parametrize(
    "line",
    [
        "Stay with us on Instagram",
        "Listen to the Indus Hour wherever you get podcasts",
        "Already read three stories? Sign in here to carry on reading",
        "Every comment is checked by a moderator before it appears.",
        "Brought to you by Chenab Mobile",
        "Unlock everything from Rs 249 a month",
        "House rules: keep it civil",
        "Have your say. Sign in to post a response.",
        "Scroll to continue reading",
        "Paid partner content",
        "اپنی رائے کا اظہار کیجیے",
        "خبر کا بقیہ حصہ نیچے پڑھیے",
        "سپانسرڈ",
        "پیشکش: زبان گھر اکیڈمی",
    ],
)
def test_promos_sponsor_labels_and_comment_rules_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


def test_the_line_after_a_block_quote_says_who_was_quoted_and_stays() -> None:
    got = text_after_cleaning(
        "<div>"
        + BODY
        + "<blockquote><p>The company built a water plant in our village.</p></blockquote>"
        "<p>Mukhi Parmanand, village elder</p>"
        "<p>Others said the plant had not worked since the spring, when the power failed.</p>"
        "</div>"
    )
    assert "Mukhi Parmanand, village elder" in got


@pytest.mark.parametrize(
    "line",
    [
        "Tips welcome: desk@baltororeview.example",
        "عبدالباری ترین روزنامہ صنوبر کے لیے ماحول اور مقامی حکومت کے موضوعات پر لکھتے ہیں۔",
    ],
)
def test_a_tip_line_and_an_urdu_bio_go_at_the_end_only(line: str) -> None:
    rules = load_rules()
    body = [f"Body line {i} of the story." for i in range(6)]
    assert clean_lines([*body, line], rules) == (body, 1)
    assert line in clean_lines([line, *body], rules)[0]


def test_a_storys_paragraphs_in_custom_elements_are_read_and_the_ps_around_them_are_not() -> None:
    """<story-paragraph> holding bare text: as a <div> trafilatura passed it over and read
    the <p>s outside the story (a cookie notice, a comment prompt) instead."""
    from pipeline.extract import extract

    def paragraphs(numbers: range) -> str:
        return "".join(
            f"<story-paragraph>Paragraph {i} of the beach clean-up story, told in full here."
            "</story-paragraph>"
            for i in numbers
        )

    page = (
        "<html><body><div><p>This site stores small files on your device to count visits."
        "</p></div><news-article><story-headline>Volunteers clear the beach</story-headline>"
        f"<story-body>{paragraphs(range(2))}"
        "<story-embed><p><small>Photo: Nazia Hussain</small></p></story-embed><story-table><table><tr><th>Waste</th>"
        "<th>Weight</th></tr><tr><td>Bottles</td><td>700 kg</td></tr></table></story-table>"
        "<story-list><story-item>Plastic bottles"
        "</story-item><story-item>Old fishing nets</story-item></story-list>"
        f"{paragraphs(range(2, 4))}<story-embed><p>Follow our WhatsApp channel for the latest "
        "news.</p></story-embed></story-body></news-article>"
        "<after-article><p>Log in to post a comment.</p></after-article></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None
    assert [f"Paragraph {i} of" in got.text for i in range(4)] == [True] * 4
    assert "Plastic bottles" in got.text and "Old fishing nets" in got.text
    assert "small files" not in got.text and "Log in" not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "This site stores small files on your device to count visits and remember settings.",
        "Paid content. Not produced by our newsroom.",
        "Continued on page 7",
        "Printed from northernweekly.example — the e-paper is free for print subscribers",
        "Send your feedback to the editor.",
        "(بقیہ صفحہ ۷ پر)",
        "تبصرہ کرنے کے لیے لاگ اِن کریں۔",
        "© 2026 ساحلی خبرنامہ. جملہ حقوق محفوظ ہیں۔",
        "Support independent reporting: become a Notes from the Frontier supporter and "
        "browse without adverts.",
        "Continued on page 2 »",
        "Page 1 of 2 | Next page | Read on one page",
        "You are visitor number 0045213",
        "(بقیہ خبر صفحہ 7 پر)",
        "آپ ہماری ویب سائٹ کے وزیٹر نمبر 0045213 ہیں",
        "ہمارا واٹس ایپ چینل جوائن کیجیے اور ہر بڑی خبر سب سے پہلے پائیے",
        "This piece reached you through the Pir Panjal Post feed.",
        "Yesterday",
        "Published in The Daily Meridian, February 17th, 2026",
        "Advertisement · Story continues",
        "(بقیہ صفحہ 7 کالم 4 پر)",
        "بشکریہ روزنامہ چراغِ کوہسار، صفحہ 3",
        "تازہ ترین اپڈیٹس کے لیے ہمارا واٹس ایپ چینل جوائن کریں اور گوگل نیوز پر بھی ہمیں فالو"
        " کریں۔",
        "ہماری ویڈیو رپورٹس کے لیے یوٹیوب چینل سبسکرائب کیجیے اور گھنٹی کا نشان دبائیے۔",
        "واٹس ایپ سے بھیجیں",
        "ربط کاپی کریں",
        "↪ آگے بھیجا گیا",
        "Today at 4:15 pm",
        "Pages open faster in our phone app, even on one bar of signal.",
        "اس مہینے ایک مفت خبر باقی ہے۔ پوری رسائی صرف ۱۹۹ روپے میں",
        "کیا آپ کے ہاں بھی ایسا ہوا؟ نیچے لکھ کر بتائیے",
        "اس سے پہلے کی رپورٹ",
        "ہماری ایپ میں خبریں کمزور سگنل پر بھی جلد کھلتی ہیں",
        "کوئی غلطی دیکھی؟ ہمارے مدیر ہر نشاندہی کا جائزہ لیتے ہیں",
    ],
)
def test_cookie_paid_post_jump_and_print_lines_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        # the story's instructions to the public, in the second person but not the outlet's
        "Send a message with your name, village and the problem, and the clinic replies "
        "with a time.",
        "Share your view before the deadline.",
        "The gazette continued on page 7 with a list of every school that had closed.",
        "The pages were printed from a file the council sent by e-mail.",
        "“Our app crashed twice during the flood,” the officer said.",
        "The findings were published in a medical journal in March.",
        "شہریوں سے کہا گیا کہ وہ محکمے کا واٹس ایپ چینل جوائن کریں۔",
        "ریسکیو کی ایپ ڈاؤن لوڈ کر کے اپنے علاقے کی صورتحال معلوم کریں۔",
    ],
)
def test_instructions_to_the_public_and_lines_near_the_new_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


@pytest.mark.parametrize(
    "bio",
    [
        "شمیم اختر پندرہ برس سے علاقائی صحافت سے وابستہ ہیں۔",
        "شفقت حسین گلگت میں ہمارے نامہ نگار ہیں اور پہاڑی علاقوں کی خبروں پر نظر رکھتے ہیں۔",
        "نسیم اچکزئی کوئٹہ سے تعلیم اور ماحولیات کے موضوعات پر لکھتی ہیں۔",
    ],
)
def test_an_urdu_journalists_bio_goes_at_the_end_but_a_union_mans_stays(bio: str) -> None:
    rules = load_rules()
    body = [f"Body line {i} of the story." for i in range(6)]
    assert clean_lines([*body, bio], rules) == (body, 1)
    member = "وہ دس برس سے مزدور یونین سے وابستہ ہیں۔"
    assert clean_lines([*body, member], rules) == ([*body, member], 0)


def test_a_crosshead_in_a_block_of_its_own_between_paragraphs_stays() -> None:
    """Squarespace puts each block, a sub-heading too, in its own div: a few words
    between two paragraphs, but a heading, not a stray label."""

    def block(inner: str) -> str:
        return (
            "<div class='sqs-block'><div class='sqs-block-content'>"
            f"<div class='sqs-html-content'>{inner}</div></div></div>"
        )

    got = text_after_cleaning(
        "<div>"
        + block("<p>The photographs were printed by a Skardu print shop for the show.</p>")
        + block("<h3>Sponsors and visitors</h3>")
        + block("<p>The exhibition has no sponsors and charges no entry fee at all.</p>")
        + "</div>"
    )
    assert "Sponsors and visitors" in got


def test_a_lead_paragraph_in_a_teaser_block_is_read_first() -> None:
    """TYPO3 keeps a news record's teaser (its lead) apart from the body, in a block
    named "teaser", which trafilatura drops; a linked teaser of another story goes."""
    from pipeline.extract import extract

    page = (
        "<html><body><div class='news-single'><h1>Book fair ends</h1>"
        "<div class='teaser-text'><p>LORALAI: The three-day book fair at the degree college "
        "ended on Sunday with more than seven thousand visitors.</p></div>"
        "<div class='teaser'><p><a href='/n/2'>Polio drive begins in the district</a></p></div>"
        f"<div class='news-text-wrap' itemprop='articleBody'>{BODY}</div></div></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None
    assert got.text.startswith("LORALAI: The three-day book fair")
    assert "three reservoirs" in got.text and "Polio drive" not in got.text


def test_a_pdf_pages_positioned_lines_become_paragraphs_and_every_page_is_read() -> None:
    """pdf2htmlEX: one element per printed line, placed by its style. Wrapped lines join
    into their paragraph, the cells of a row join into one line, short lines that were
    not wrapped (a list's items) stay apart, and the second page is read too."""
    from pipeline.extract import extract

    def line(top: int, text: str, left: int = 72) -> str:
        return f'<div class="t fs2" style="left:{left}px;top:{top}px">{text}</div>'

    page1 = (
        line(250, "SKARDU, Dec 2: More than ninety villagers in the valley have completed a")
        + line(272, "week of training in avalanche rescue and first aid, ahead of a hard winter")
        + line(294, "that the weather office says will bring heavy snow.")
        + line(340, "Canal")
        + line(340, "Closed from", 262)
        + line(362, "Rohri Canal")
        + line(362, "January 6", 262)
        + line(400, "Check the weather bulletin before crossing any slope", 96)
        + line(422, "Keep a torch and a whistle in the house", 96)
    )
    page2 = (
        line(90, "Trainer Sajida Parveen said women made up a third of the class.")
        + line(124, "The district administration said a second course would be held in Minimarg in")
        + line(146, "December.")
        + line(180, "Every volunteer is given a radio and a probe.")
        + line(214, "The course will be repeated in spring for those who missed it this year.")
    )
    html = (
        "<html><body><div id='page-container'>"
        f"<div class='pf'><div class='pc pc1'>{page1}</div></div>"
        f"<div class='pf'><div class='pc pc2'>{page2}</div></div></div></body></html>"
    )
    got = extract(html, "https://example.pk/epaper/1")
    assert got is not None
    lines = got.text.split("\n")
    assert (
        "SKARDU, Dec 2: More than ninety villagers in the valley have completed a week of "
        "training in avalanche rescue and first aid, ahead of a hard winter that the weather "
        "office says will bring heavy snow." in lines
    )
    assert "Rohri Canal January 6" in lines
    assert "Check the weather bulletin before crossing any slope" in lines
    assert "Keep a torch and a whistle in the house" in lines
    assert (
        "The district administration said a second course would be held in Minimarg in "
        "December." in lines
    )


def test_a_long_reads_footnotes_are_read_without_their_markers() -> None:
    from pipeline.extract import extract

    page = (
        "<html><body><article><h1>Cable television fades</h1><div class='e-content'>"
        + BODY
        + "<p>Operators now sell an app to win members back."
        "<sup class='footnote-ref'><a href='#fn1' id='fnref1'>[1]</a></sup></p></div>"
        "<hr class='footnotes-sep'><section class='footnotes'><ol>"
        "<li id='fn1'><p>Prices were checked with three operators in the town."
        "<a href='#fnref1' class='footnote-backref'>↩︎</a></p></li></ol></section>"
        "</article></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None
    assert "Operators now sell an app to win members back." in got.text.split("\n")
    assert got.text.split("\n")[-1] == "Prices were checked with three operators in the town."


def test_a_story_told_in_sections_with_no_paragraph_tags_is_read() -> None:
    """Each paragraph a <section> of bare text, as sub-headings and lists have theirs."""
    from pipeline.extract import extract

    sections = "".join(
        f"<section data-block='text'>Paragraph {i} of the apricot dryer story, told in "
        "full here.</section>"
        for i in range(5)
    )
    page = (
        "<html><body><div id='app'><section class='story-head'><h1>Solar dryers in Shigar"
        "</h1></section><section class='story'>"
        "<section data-block='text'><div>The week's news free in your inbox.<br><form>"
        "<input type='email'><button>Sign up</button></form></div></section>"
        f"{sections}<section data-block='list'><ul><li>Forty kilos of apricots a load</li>"
        "<li>Half the price paid by the farmers</li></ul></section></section>"
        "<section class='below'><p><a href='/app'>Get the latest news on our app</a></p>"
        "<div><h3>Most read today</h3><ol><li><a href='/1'>Wheat buying begins</a></li>"
        "<li><a href='/2'>Snow closes roads</a></li></ol></div></section></div></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None
    assert [f"Paragraph {i} of" in got.text for i in range(5)] == [True] * 5
    assert "Most read" not in got.text and "Wheat buying" not in got.text


def test_a_liveblogs_entry_headings_and_every_entrys_list_are_kept() -> None:
    markup = "".join(
        f"<article class='lb-post'><header class='lb-post__head'><h3>Update {i} from the "
        f"valley</h3></header><div class='lb-post__body'><p>Entry {i} reports that the "
        "road was cleared by the afternoon, the police said.</p>"
        + ("<ol><li>Move documents to a high shelf</li><li>Switch off the breaker</li></ol>")
        + "</div></article>"
        for i in range(3)
    )
    tree = lxml_html.fromstring(
        f"<html><body><header><a href='/'>Site</a></header><div>{markup}</div></body></html>"
    )
    clean_tree(tree, load_rules())
    assert len(tree.xpath("//header")) == 1  # the site's masthead, with its link, stays
    headings = [" ".join(el.text_content().split()) for el in tree.iter("h3", "p")]
    assert [h for h in headings if h.startswith("Update")] == [
        f"Update {i} from the valley" for i in range(3)
    ]
    items = [p.text for p in tree.iter("p") if (p.text or "").startswith("- ")]
    assert items == ["- Move documents to a high shelf", "- Switch off the breaker"] * 3


@pytest.mark.parametrize("heading", ["Readers have their say (2)", "پڑھنے والوں نے کیا کہا (۲)"])
def test_a_comment_section_under_a_readers_say_heading_goes(heading: str) -> None:
    got = text_after_cleaning(
        f"<div>{BODY}<div><h4>{heading}</h4><div><b>Saleem</b><p>A fair piece, though "
        "officials always promise more than they deliver.</p></div></div></div>"
    )
    assert "three reservoirs" in got
    assert "fair piece" not in got and heading not in got


@pytest.mark.parametrize(
    "after",
    [
        "<ol><li>A minimum monthly wage for every loom hand</li>"
        "<li>Overtime paid at double the hourly rate</li></ol>",
        "<table><tr><th>Kind</th><th>Last year</th></tr><tr><td>Begum Jangi</td>"
        "<td>9,000</td></tr></table>",
    ],
)
def test_a_crosshead_over_a_list_or_a_table_is_read(after: str) -> None:
    """trafilatura dropped a sub-heading right before a list or a table on pages where it
    kept the rest (a Mailchimp archive, an Urdu table, a mobile site)."""
    from pipeline.extract import extract

    paragraph = (
        "<p style='margin:10px 0'>The agreement covers about four thousand workers at "
        "the mills of the industrial estate, the union said on {day}.</p>"
    )
    page = (
        "<html><body><table><tr><td><h1>Mill workers sign wage deal</h1>"
        + paragraph.format(day="Monday")
        + "<h3 style='display:block'>Main terms of the agreement</h3>"
        + after
        + paragraph.format(day="Tuesday")
        + "</td></tr></table></body></html>"
    )
    got = extract(page, "https://example.pk/news/1")
    assert got is not None and "Main terms of the agreement" in got.text


def test_a_span_inside_a_crosshead_is_not_a_stray_label() -> None:
    """Wix wraps a crosshead's text in spans, in a block of its own between paragraphs."""

    def block(inner: str) -> str:
        return f"<div class='_1Q9if'><div data-testid='richTextElement'>{inner}</div></div>"

    got = text_after_cleaning(
        "<div>"
        + block(
            "<p><span><span>A district programme has brought water to the village.</span>"
            "</span></p>"
        )
        + block("<h2><span><span>Time given back</span></span></h2>")
        + block("<p><span>Women said the hours saved now go into embroidery.</span></p>")
        + "</div>"
    )
    assert "Time given back" in got


def test_a_sections_lead_in_to_a_list_is_a_paragraph() -> None:
    tree = lxml_html.fromstring(
        "<html><body><section><section>The fair's last day had three events:</section>"
        "<section><ul><li>A poetry reading</li></ul></section><section>Book sales</section>"
        "</section></body></html>"
    )
    split_br_paragraphs(tree)
    clean_tree(tree, load_rules())
    assert [p.text for p in tree.iter("p")][:1] == ["The fair's last day had three events:"]
    assert "Book sales" not in [p.text for p in tree.iter("p")]  # a label, not a sentence


def test_a_day_or_a_time_in_a_sentence_is_kept_and_the_time_element_stays() -> None:
    """trafilatura drops a <time>'s text wherever it is: "The council met on and ..."."""
    from pipeline.extract import extract

    body = "".join(
        f"<p>The council met on <time datetime='2026-01-0{i}'>Monday {i}</time> and "
        "approved three reservoirs near the city after a long meeting.</p>"
        for i in range(1, 4)
    )
    page = f"<html><body><article><h1>Reservoirs approved</h1><div>{body}</div></article></body></html>"
    got = extract(page, "https://example.pk/news/1")
    assert got is not None and "The council met on Monday 2 and approved" in got.text
    tree = lxml_html.fromstring(page)
    clean_tree(tree, load_rules())
    assert [t.get("datetime") for t in tree.iter("time")] == [f"2026-01-0{i}" for i in (1, 2, 3)]


def test_every_liveblog_entrys_heading_is_read_with_its_time() -> None:
    from pipeline.extract import extract

    entries = "".join(
        f"<article class='lb-post'><h3><time datetime='2026-02-23T{h}:00'>{h}</time> "
        f"{title}</h3><div class='lb-post__body'><p>Entry about {title.lower()}: the "
        "district administration said the work went on through the evening.</p></div>"
        "</article>"
        for h, title in (
            ("18:20", "Power restored to the Old Town"),
            ("15:45", "Fishermen told to stay ashore"),
            ("12:10", "Schools closed for a day"),
        )
    )
    page = (
        "<html><body><h1>Gwadar rain: live</h1><div class='live-feed'>"
        f"{entries}</div></body></html>"
    )
    got = extract(page, "https://example.pk/live/1")
    assert got is not None
    lines = got.text.split("\n")
    assert "15:45 Fishermen told to stay ashore" in lines
    assert "12:10 Schools closed for a day" in lines


def test_a_blog_post_with_no_paragraph_tags_in_a_widget_is_kept() -> None:
    """Blogger: the post's sentences in justified <div>s, inside <div class="widget
    Blog">, under an <h3>; the page's <h1> is the blog's name. With no <p> to find the
    story by, "widget" had dropped the whole post."""
    from pipeline.extract import extract

    sentences = "".join(
        f"<div style='text-align: justify;'><span>Sentence {i} of the column about buses "
        "in Quetta, and why the city needs them more than flyovers.</span></div>"
        "<div><br /></div>"
        for i in range(6)
    )
    page = (
        "<html><body><header><h1><a href='/'>Sulaiman Range Notes</a></h1></header>"
        "<main><div class='widget Blog' id='Blog1'><article><h3 class='post-title'>Quetta "
        f"needs buses</h3><div class='post-body entry-content'>{sentences}</div></article>"
        "</div></main></body></html>"
    )
    got = extract(page, "https://example.pk/2026/07/buses.html")
    assert got is not None
    assert [f"Sentence {i} of the column" in got.text for i in range(6)] == [True] * 6


def test_a_malformed_top_in_a_positioned_line_is_not_an_error() -> None:
    """ "top:.px" or "top:1.2.3px" is not a position: that line is left as it is, and
    the page's other lines are still rebuilt."""
    from pipeline.noise import join_positioned_lines

    tops = ["10", ".", "1.2.3", "32", "54", "76", "98"]
    lines = "".join(
        f"<div style='left:72px;top:{top}px'>Printed line {i} of the page, set apart.</div>"
        for i, top in enumerate(tops)
    )
    tree = lxml_html.fromstring(f"<html><body><div>{lines}</div></body></html>")
    assert join_positioned_lines(tree) > 0
    text = " ".join(tree.text_content().split())
    assert all(f"Printed line {i} of" in text for i in range(len(tops)))


@pytest.mark.parametrize(
    "line",
    [
        "MPS/QB/HK 1415",
        "[Pictures with this story are on the photo service, ref. MPS-0912-GWD]",
        "Media queries: Office of Public Affairs, Block C, ext. 2291",
        "WATCH: Kabaddi finals in Sibi: the best raids",
        "Tap follow to get a new visual story from the mountains every week.",
        "This copy is licensed to subscribing clients only; onward sale is not permitted.",
        "Columns carry the thinking of their writers; the paper runs them to widen the debate.",
        "The views expressed in this piece are the writer's own.",
        "She teaches in Quetta. X: @urbanquetta",
        "This text was read from the page image by machine and may contain errors.",
        "یہ متن خودکار نظام نے تصویر سے پڑھ کر لکھا ہے، اس میں غلطیاں ممکن ہیں۔",
    ],
)
def test_wire_slugs_desk_notes_licences_and_disclaimers_are_dropped(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "The council said the [unnamed] contractor had been paid in full.",
        "Watch the river, the guard told the children, and never cross after dark.",
        "The views of the farmers were clear, the author of the survey said.",
        "The machine may contain errors, the engineer warned, so every reading is checked.",
        "PTI and ANI both carried the report on Tuesday.",
    ],
)
def test_body_lines_near_the_slug_and_disclaimer_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


@pytest.mark.parametrize(
    "tail",
    [
        "Rukhsana Achakzai teaches urban planning in Quetta and has written for the paper "
        "since 2019.",
        "Event pictures are available in the photo gallery of this website.",
    ],
)
def test_a_columnists_bio_and_a_gallery_note_go_at_the_end_only(tail: str) -> None:
    rules = load_rules()
    body = [f"Body line {i} of the story." for i in range(6)]
    assert clean_lines([*body, tail], rules) == (body, 1)
    assert clean_lines([tail, *body], rules) == ([tail, *body], 0)


def test_a_sign_up_box_whose_controls_sit_in_a_paragraph_goes() -> None:
    box = (
        "<div><p><b>Morning Brief</b> — five stories from across the country before "
        "breakfast.</p><p><input type='email' placeholder='Your email'> "
        "<button>Count me in</button></p></div>"
    )
    kept = "<p>Type your name <input type='text'> and the clinic calls you back.</p>"
    text = text_after_cleaning(f"<article>{BODY}{box}{kept}{BODY}</article>")
    assert "Morning Brief" not in text and "five stories" not in text
    assert "Type your name" in text and "three reservoirs" in text


def test_a_pictures_credit_in_the_box_of_the_picture_goes() -> None:
    box = "<div><img src='/photo33.jpg' alt=''><br>PIW photo No. 33</div>"
    text = text_after_cleaning(f"<article>{BODY}{box}<p><b>Arrangements</b></p>{BODY}</article>")
    assert "PIW photo" not in text
    assert "Arrangements" in text and "three reservoirs" in text


def test_a_box_opening_with_an_advert_label_goes_with_its_advert() -> None:
    ad = "<div><span>Ad</span><p>Braldu Springs mineral water — bottled at 3,000 metres</p></div>"
    long_text = "The promotion of three officers was confirmed by the board on Friday. " * 6
    story_box = f"<div><span>Promotion</span><p>{long_text}</p></div>"
    text = text_after_cleaning(f"<article>{BODY}{ad}{story_box}{BODY}</article>")
    assert "Braldu Springs" not in text
    assert "promotion of three officers" in text


def test_a_forwarded_message_in_a_pre_is_read_as_paragraphs_without_its_furniture() -> None:
    from pipeline.extract import extract

    paragraphs = [
        f"Sentence {i} of the forwarded report says what the cooperative did this season."
        for i in range(5)
    ]
    message = "\n\n".join(
        [
            "↪ Forwarded\nPassed on as received",
            "— Sponsored section: from a mineral water company",
            paragraphs[0],
            "— Before you go, see this too:\nCamel vaccination drive in Kharan",
            paragraphs[1],
            "How the members share the work",
            paragraphs[2],
            "— Most opened right now\nNew shed for date packing in Panjgur\n"
            "Evening market hours change in Gilgit",
            paragraphs[3],
            "- Dryers are shared by turn.\n- Each member's fruit is weighed apart.",
            paragraphs[4],
            "— APP",
        ]
    )
    page = (
        "<html><body><main><h1>Apricot dryers</h1>"
        f"<pre style='white-space:pre-wrap'>{message}</pre></main></body></html>"
    )
    got = extract(page, "https://bulletin.example/notices/1")
    assert got is not None
    lines = got.text.split("\n")
    assert [line for line in lines if line.startswith("Sentence")] == paragraphs
    assert "How the members share the work" in lines
    assert "Dryers are shared by turn." in got.text
    for furniture in ("Forwarded", "Passed on", "Sponsored section", "see this too", "Kharan"):
        assert furniture not in got.text
    assert "Most opened" not in got.text and "Panjgur" not in got.text
    assert got.agency == "APP"


def test_code_in_a_pre_is_left_as_it_is() -> None:
    from pipeline.noise import prose_pre_paragraphs

    code = "board = load_board('pasni.csv')\nboard.summary()\n\nIt prints the rows.\nThen it stops."
    tree = lxml_html.fromstring(f"<html><body><pre>{code}</pre></body></html>")
    assert prose_pre_paragraphs(tree, load_rules().agency_names) == 0
    assert tree.find(".//pre").text == code


def test_a_call_over_a_button_of_its_own_goes_but_a_crosshead_over_a_paragraph_stays() -> None:
    lines = (
        "<p>📌 <b>Save today's news in the app and read it offline</b></p>"
        "<p><span><a href='#'>Get the app</a></span></p>"
        "<p><b>How the work was shared</b></p>"
        "<p>Every house sends one man two days a week, and the children count baskets.</p>"
    )
    text = text_after_cleaning(f"<article>{BODY}{lines}{BODY}</article>")
    assert "Save today's news" not in text and "Get the app" not in text
    assert "How the work was shared" in text and "Every house sends" in text


@pytest.mark.parametrize(
    "line",
    [
        "This page is presented with the support of Sunehri Date Traders.",
        "یہ صفحہ سنہری کھجور تاجران کے تعاون سے پیش کیا جا رہا ہے",
    ],
)
def test_a_sponsors_line_goes(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


def test_a_notebooks_code_cell_and_its_output_go() -> None:
    cell = (
        "<div class='jp-Cell jp-CodeCell'><div class='jp-InputArea'><pre>board = "
        "load_board('pasni.csv')</pre></div><div class='jp-OutputArea'><pre>rows loaded: "
        "1,284 across 31 mornings</pre></div></div>"
    )
    text = text_after_cleaning(f"<article>{BODY}{cell}{BODY}</article>")
    assert "load_board" not in text and "rows loaded" not in text
    assert "three reservoirs" in text


def test_cards_under_a_more_from_heading_go_even_without_links() -> None:
    cards = "".join(
        f"<div class='card'><div class='card-body'><h6>Barrage repairs {i} finished</h6>"
        f"<p>Engineers completed work on pond {i} a week early.</p></div></div>"
        for i in range(2)
    )
    rail = f"<div class='col-4'><h5>More from the Sindh desk</h5>{cards}</div>"
    story = (
        f"<div class='col-8'><div class='card'><div class='card-body'><h1>Reservoirs</h1>{BODY}"
        f"{BODY}</div></div></div>"
    )
    text = text_after_cleaning(f"<div class='row'>{story}{rail}</div>")
    assert "Barrage repairs" not in text and "completed work on pond" not in text
    assert "three reservoirs" in text


def test_a_linked_headline_with_its_time_in_an_article_of_its_own_goes() -> None:
    teaser = (
        "<article><a href='/story/36'><h4>Nushki solar park connected to national grid</h4>"
        "</a><time>Yesterday</time></article>"
    )
    text = text_after_cleaning(f"<article>{BODY}{teaser}{BODY}</article>")
    assert "Nushki solar park" not in text and "three reservoirs" in text


def test_a_promo_inside_an_interviews_list_goes() -> None:
    qa = (
        "<dl><dt>How did you start?</dt><dd>My father had the boat.</dd>"
        "<div class='qa-promo'><dt>Support slow journalism from the mountains</dt>"
        "<dd>Become a member from 300 rupees a month</dd></div>"
        "<dt>Why not?</dt><dd>There is a bridge now.</dd></dl>"
    )
    text = text_after_cleaning(f"<article>{BODY}{qa}</article>")
    assert "slow journalism" not in text
    assert "How did you start?" in text and "There is a bridge now." in text


def test_an_italic_note_on_the_series_a_post_belongs_to_goes() -> None:
    note = (
        "<p><em>This post is part of our winter fieldwork diary. Catch up on earlier "
        "entries <a href='/diary/'>from the diary index</a>.</em></p>"
    )
    text = text_after_cleaning(f"<article>{note}{BODY}</article>")
    assert "fieldwork diary" not in text and "three reservoirs" in text


@pytest.mark.parametrize(
    "line",
    [
        "Tagged with: Health, Pakistan, Features",
        "That’s all from us for now — the page refreshes by itself when new posts land.",
        "Member-only story? No — this one is free. Clap if it moved you.",
    ],
)
def test_tag_lists_live_page_furniture_and_member_banners_go(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Tags: the customs office seized the goods at the border, officials said.",
        "The page refreshes its count of flood victims every hour, the authority said, "
        "though some districts report late.",
    ],
)
def test_body_lines_near_the_tag_list_and_live_page_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


@pytest.mark.parametrize(
    ("time", "words"),
    [
        ("2:00 pm:", "Follow this page for results as they come in. Polling ends at 5 pm."),
        (
            "07:00",
            "Good morning. We will post updates here through the day. Send a comment or a "
            "correction to our desk and we will read every one.",
        ),
    ],
)
def test_a_live_blogs_entry_stays_whatever_its_wording(time: str, words: str) -> None:
    entry = f"{time} {words}"
    assert clean_lines([entry, "Later entries follow."], load_rules()) == (
        [entry, "Later entries follow."],
        0,
    )
    # the same words with no time before them are the desk's prompt
    assert clean_lines([words], load_rules()) == ([], 1)


def test_a_live_blogs_first_entry_heading_is_no_byline_row() -> None:
    from pipeline.extract import _agency_names

    lines = [
        "16:40 PKT · Staff Reporter",
        "16:40 Last stranded vehicles reach Sost",
        "The last of the trucks rolled into Sost shortly after four, the duty officer said.",
    ]
    assert split_lead(lines, _agency_names()) == (lines[1:], lines[:1])


def test_a_pull_quote_laid_out_as_a_figure_is_read() -> None:
    from pipeline.extract import extract

    paragraphs = "".join(
        f"<p class='Paragraph_p'>Paragraph {i} of the story about the cherry harvest in Hunza "
        "and the first shipment flown straight to the Gulf this week.</p>"
        for i in range(4)
    )
    quote = (
        "<figure class='Quote_root'><blockquote class='Quote_text'>“We need no advertising; "
        "our cherries speak for themselves,” a grower in Nagar said.</blockquote></figure>"
    )
    page = (
        f"<html><body><main><article><h1>Cherries fly to the Gulf</h1>{paragraphs}{quote}"
        f"{paragraphs}</article></main></body></html>"
    )
    got = extract(page, "https://example.pk/cherries")
    assert got is not None
    assert "our cherries speak for themselves" in got.text


def test_a_summary_box_written_by_software_goes_but_an_editors_key_points_stay() -> None:
    items = "<ul><li>Heat warnings go out a day ahead</li><li>Three wards open</li></ul>"
    ai_box = (
        f"<div><div><b>Key points</b></div>{items}<p>These points were drafted by an AI tool "
        "and checked by an editor.</p></div>"
    )
    text = text_after_cleaning(f"<article>{ai_box}{BODY}</article>")
    assert "Key points" not in text and "Heat warnings" not in text and "AI tool" not in text
    editors_box = f"<div><div><b>Key points</b></div>{items}</div>"
    text = text_after_cleaning(f"<article>{editors_box}{BODY}</article>")
    assert "Heat warnings go out a day ahead" in text


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Advertisement · Scroll to continue reading",
        "You have 1 free story left this month.",
        "Comments are reviewed before they appear. Posts that attack other readers will be "
        "deleted.",
        "Summary produced with the help of AI; our editors checked it against the story.",
        "Trucks queue at the Sost dry port near the Khunjerab Pass. (Orient Daily/Liu Ming)",
        "Thanks for reading. This issue is free, so forward it to someone who breathes Lahore air.",
        "نیوز لیٹر",
        "ہر صبح گلگت بلتستان کی اہم خبریں اپنے ان باکس میں پائیں۔",
        "یہ خبر کوئٹہ آبزرور کی ویب سائٹ سے پرنٹ کی گئی: https://observer.example/ur/1",
        "روشن اردو کا واٹس ایپ چینل جوائن کریں اور اہم خبریں فوراً حاصل کریں۔",
    ],
)
def test_modern_sites_adverts_meters_ai_notes_and_sign_offs_go(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement ran in three papers before the election, the commission said.",
        "The tool was drafted by engineers at the university and tested on AI models.",
        "Voters in Quetta (Sariab/Brewery) queued from dawn, officials said.",
    ],
)
def test_body_lines_near_the_modern_sites_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_a_magazine_editors_bio_goes_at_the_end() -> None:
    rules = load_rules()
    body = [f"Body line {i} of the interview." for i in range(6)]
    bio = "Farah Naz Rizvi is the magazine's climate editor. Her reporting won an award in 2024."
    assert clean_lines([*body, bio], rules) == (body, 1)


def test_a_leave_a_comment_button_in_the_story_does_not_take_the_rest_with_it() -> None:
    button = "<p class='button-wrapper'><a href='/comments'><span>Leave a comment</span></a></p>"
    after = "<p>Stay safe, and keep the windows shut when the smog is at its worst.</p>"
    text = text_after_cleaning(f"<article>{BODY}{button}{after}</article>")
    assert "Leave a comment" not in text and "Stay safe" in text


def test_a_story_set_a_paragraph_per_block_keeps_its_crossheads_and_quotes() -> None:
    from pipeline.extract import extract

    def para(i: int) -> str:
        return (
            f"<div class='bbc-19j92fr'><p>Paragraph {i} of the story about the juniper forest "
            "of Ziarat and the volunteers who guard it from cutting and disease.</p></div>"
        )

    page = (
        "<html><body><main><article><h1>Guarding Ziarat's junipers</h1>"
        f"{para(0)}{para(1)}<h2>The fuel problem</h2>{para(2)}"
        "<blockquote><p>Our grandfather said these trees were here before us.</p></blockquote>"
        f"{para(3)}{para(4)}</article></main></body></html>"
    )
    got = extract(page, "https://example.pk/junipers")
    assert got is not None
    assert "The fuel problem" in got.text and "Our grandfather said" in got.text
    assert all(f"Paragraph {i} of the story" in got.text for i in range(5))


def test_a_live_entrys_time_is_kept_outside_the_main_block() -> None:
    from pipeline.extract import extract

    intro = (
        "<div class='lb-intro'><p>The Karakoram Highway has been blocked at several points in "
        "Upper Kohistan after overnight rain set off landslides, and traffic is held at Besham "
        "and Chilas while the highway authority clears the road.</p></div>"
    )
    entries = "".join(
        f"<article class='lb-post'><div class='lb-body'><p><time datetime='2026-07-19T1{i}:15'>"
        f"1{i}:15</time> Entry {i}: excavators reached slide number {i} near Harban.</p></div>"
        "</article>"
        for i in range(3)
    )
    page = f"<html><body><main><h1>Live: KKH blocked</h1>{intro}{entries}</main></body></html>"
    got = extract(page, "https://example.pk/live")
    assert got is not None
    assert all(f"1{i}:15 Entry {i}" in got.text for i in range(3))


def test_a_table_of_figures_without_header_cells_in_a_layout_table_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td><font>{place}</font></td><td><font>{cows}</font></td></tr>"
        for place, cows in (("Union council", "Cows"), ("Islamkot", "3200"), ("Diplo", "2750"))
    )
    page = (
        f"<table><tr><td><p>{BODY}</p><table border='1'>{rows}</table><p>After the table the "
        "story goes on with a sentence of its own.</p></td></tr></table>"
    )
    tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
    assert unwrap_layout_tables(tree) == 1
    inner = tree.findall(".//table")
    assert len(inner) == 1 and len(inner[0].findall(".//td")) == 6


def test_a_teaser_cut_off_with_dots_and_a_read_on_link_goes_with_its_headline() -> None:
    teaser = (
        "<table><tr><td><b>Lasbela coastal road resurfacing begins</b><br>District officials "
        "met elders on Sunday to settle the matter before ... <a href='/n/8790'>Read full "
        "story &raquo;</a></td></tr></table>"
    )
    text = text_after_cleaning(f"<article>{BODY}{teaser}{BODY}</article>")
    assert "Lasbela coastal road" not in text and "met elders" not in text
    assert "three reservoirs" in text


def test_an_author_box_with_a_head_shot_goes_but_a_profile_in_the_story_stays() -> None:
    box = (
        "<div><img src='/author.jpg' alt=''><p><strong>Shahzeb Lal</strong></p><p>Shahzeb Lal "
        "has driven the Dir-Chitral road in every season since 2011.</p></div>"
    )
    profile = (
        "<div><p><strong>Abdul Wahid</strong></p><p>Abdul Wahid has farmed olives near Zhob "
        "for thirty years and now presses his own oil.</p></div>"
    )
    blocks = "".join(
        f"<div class='sqs-block'><p>Paragraph {i} of the road log, on the Lowari tunnel and "
        "the queues at the Dir end on market days.</p></div>"
        for i in range(5)
    )
    box_block = f"<div class='sqs-block'>{box}</div>"
    text = text_after_cleaning(f"<article>{blocks}{profile}{blocks}{box_block}</article>")
    assert "Shahzeb Lal" not in text
    assert "Abdul Wahid has farmed olives" in text and "Paragraph 4 of the road log" in text


def test_a_press_releases_contact_block_and_source_line_go() -> None:
    contact = (
        "<p><strong>Media contact</strong><br>Farhan Achakzai<br>Communications Manager<br>"
        "press@sabzbagh.example</p><p>SOURCE Sabzbagh Solar</p>"
    )
    text = text_after_cleaning(f"<article>{BODY}{contact}</article>")
    assert "Farhan Achakzai" not in text and "press@" not in text and "SOURCE" not in text
    assert "three reservoirs" in text


def test_an_also_in_this_issue_box_goes() -> None:
    box = (
        "<div><p>Also in this issue</p><a href='/f/1'>Night shift at the Sukkur fish auction</a>"
        "<br><a href='/f/2'>The tailors who stitch Karachi's school uniforms</a></div>"
    )
    text = text_after_cleaning(f"<article>{BODY}{box}{BODY}</article>")
    assert "Also in this issue" not in text and "Sukkur fish auction" not in text


@pytest.mark.parametrize(
    "line",
    [
        "This news has been read 812 times",
        "Hits: 2318",
        "sponsored · ads keep this blog free to read",
        "— Paid placement —",
        "Photograph © Sami Ullah / The Lowari Log",
        "Gas pressure (continued from page 1)",
        "گیس پریشر (گزشتہ سے پیوستہ)",
        "Valley Times — lite version",
        "وادی ٹائمز — لائٹ ورژن",
        "ایسی مزید تحریروں کے لیے انسٹاگرام اور فیس بک پر ہنزہ ڈائری کو فالو کیجیے",
        "ٹیلی گرام پر وادی ٹائمز کو فالو کریں",
        "سندھ ویو کی ایپ اب اینڈرائیڈ اور آئی فون پر",
        "آپ 3 میں سے 2 مفت خبریں پڑھ چکے ہیں",
    ],
)
def test_counters_labels_jump_heads_and_urdu_follow_and_app_lines_go(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "The notice was read 12 times at the jirga before the elders agreed.",
        "SOURCES close to the talks said a deal was near.",
        "حکام نے شہریوں سے کہا کہ وہ فیس بک پر محکمے کو فالو کریں۔",
    ],
)
def test_body_lines_near_the_counter_and_follow_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_phrases_are_looked_for_in_their_own_script_only(tmp_path: Path) -> None:
    """Urdu phrases are searched apart from the others; a rules file with none of them
    must not take every Urdu line for noise (an empty alternation matches anything)."""
    raw = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    start = raw.index("line_phrases:")
    end = raw.index("\n\n", start)
    latin_only = "line_phrases:\n  - join our .{0,30}channel"
    rules_path = tmp_path / "noise.yaml"
    rules_path.write_text(raw[:start] + latin_only + raw[end:], encoding="utf-8")
    rules = load_rules(rules_path)
    urdu = "ضلعی انتظامیہ نے اسکول دوبارہ کھولنے کا فیصلہ کیا ہے۔"
    assert clean_lines([urdu], rules) == ([urdu], 0)
    assert clean_lines(["Join our WhatsApp channel", urdu], rules) == ([urdu], 1)


@pytest.mark.parametrize(
    "line",
    [
        "Sort by: Best",
        "Change delivery time · Unsubscribe from all digests",
        "Filed under Reading list · Tagged water, Balochistan, motions",
        "Reprinted for members with the author's permission ahead of Thursday's debate.",
        "You are receiving this because you follow 4 feeds and chose a morning digest.",
        "This article originally appeared on Sindh Tide and is republished here under a "
        "content-sharing agreement.",
        "Ask the syndication desk about terms",
    ],
)
def test_digest_partner_and_thread_furniture_goes(line: str) -> None:
    assert clean_lines(["A body line that stays.", line], load_rules()) == (
        ["A body line that stays."],
        1,
    )


@pytest.mark.parametrize(
    "line",
    [
        "The report first appeared in a provincial gazette in March, officials said.",
        "Residents can unsubscribe from the alerts by sending STOP, the department said.",
    ],
)
def test_body_lines_near_the_digest_and_partner_wordings_stay(line: str) -> None:
    assert clean_lines([line], load_rules()) == ([line], 0)


def test_our_reporters_bio_and_an_urdu_readers_opinion_section_go() -> None:
    rules = load_rules()
    body = [f"Body line {i} of the story." for i in range(6)]
    bio = (
        "Our reporter Taimur Khattak covers the north-west and has previously worked for "
        "two Peshawar dailies."
    )
    assert clean_lines([*body, bio], rules) == (body, 1)
    comments = (
        "<div><h3>پڑھنے والوں کی رائے (2)</h3><p>بہت اچھی خبر ہے، حکومت کو بھی ساتھ دینا "
        "چاہیے۔</p><p>ہمارے علاقے میں بھی ایسا کام ہونا چاہیے۔</p></div>"
    )
    text = text_after_cleaning(f"<article>{BODY}</article>{comments}")
    assert "پڑھنے والوں کی رائے" not in text and "بہت اچھی خبر" not in text
