"""extract(): noise removal on real markup, metadata, dates, Urdu, and the worker pool."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trafilatura

from pipeline.extract import ExtractionError, extract, extract_many, resolve_published
from pipeline.records import Extracted
from tests.fixtures.extraction.crash_hook import crashing_extractor

REPO = Path(__file__).resolve().parent.parent

PARAS = [
    "Quetta, March 3 (IANS) - The provincial cabinet on Tuesday approved a plan to build "
    "three new water reservoirs near the city, officials said after a long meeting.",
    "The reservoirs are meant to store rain water for the dry months, when residents of the "
    "eastern neighbourhoods rely on private tankers for drinking water.",
    "Engineers told the cabinet that work on the first reservoir could begin in the autumn if "
    "the funds are released on time by the finance department.",
    "Opposition members asked for the site surveys to be made public before any contract is "
    "signed, saying earlier projects had run far over budget.",
]
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def page(body: str, *, head: str = "", lang: str = "en", after: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        "<title>Cabinet approves reservoirs | Test Times</title>"
        '<link rel="canonical" href="/2026/03/reservoirs">'
        '<meta name="author" content="Nadia Rind">'
        f"{head}</head><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/pk'>"
        "Pakistan</a></li><li><a href='/w'>World</a></li></ul></nav>"
        '<article class="post"><h1 class="entry-title">Cabinet approves reservoirs</h1>'
        f'<div class="entry-content">{body}</div></article>{after}</body></html>'
    )


def paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


NOISE_INSIDE = (
    paras(PARAS[:2])
    + '<p><strong>Read More:</strong> <a href="/x">Wheat stocks sufficient until harvest</a></p>'
    + '<div class="k2"><h4>Hot this week</h4><div><a href="/1">Polio drive begins in twelve '
    "districts</a></div><div><a href='/2'>Bus service links Quetta with Chaman</a></div>"
    "<div><a href='/3'>Snowfall closes Babusar Pass</a></div></div>"
    + paras(PARAS[2:])
    + "<p>--IANS</p>"
    + "<h4>Comments</h4><p>Please enter your comment!</p>"
    + "<p>Comments reflect users' views and not those of the newspaper.</p>"
    + "<div>Loading comments…</div>"
)
NOISE = [
    "Read More",
    "Wheat stocks sufficient",
    "Hot this week",
    "Polio drive",
    "Babusar Pass",
    "Please enter your comment",
    "Comments reflect users",
    "Loading comments",
    "--IANS",
]


def test_noise_inside_the_container_is_removed_where_plain_trafilatura_keeps_it() -> None:
    html = page(
        NOISE_INSIDE,
        head='<meta property="article:published_time" content="2026-03-03T09:40:00+05:00">',
    )
    plain = trafilatura.extract(html) or ""
    assert any(n in plain for n in NOISE), "the fixture must be a hard case for trafilatura"

    got = extract(html, "https://test.example/2026/03/reservoirs?utm=x", now=NOW)

    assert got is not None
    assert got.text == "\n".join(PARAS)
    assert [n for n in NOISE if n in got.text] == []
    assert got.agency == "IANS"
    assert got.dateline_place == "Quetta"
    assert got.title == "Cabinet approves reservoirs"
    assert got.author == "Nadia Rind"
    assert got.canonical_url == "https://test.example/2026/03/reservoirs"
    assert got.published_at == datetime(2026, 3, 3, 4, 40, tzinfo=UTC)
    assert got.language == "en"


def test_clean_page_keeps_all_text_plain_trafilatura_keeps() -> None:
    body = [p.replace("Quetta, March 3 (IANS) - ", "") for p in PARAS]
    html = page(paras(body) + "<h2>What comes next</h2>" + paras([PARAS[3] + " More later."]))
    plain = trafilatura.extract(html) or ""
    got = extract(html, "https://test.example/a", now=NOW)
    assert got is not None
    for line in plain.splitlines()[1:]:  # plain also keeps the headline, which we drop
        assert line in got.text
    assert got.agency is None and got.dateline_place is None


def test_dateline_in_a_paragraph_of_its_own_is_kept_as_the_story_start() -> None:
    body = [p.replace("Quetta, March 3 (IANS) - ", "") for p in PARAS]
    html = page(paras(["QUETTA, Mar 3:", *body]))
    got = extract(html, "https://test.example/a", now=NOW)
    assert got is not None
    assert got.text.splitlines()[0] == "QUETTA, Mar 3:"
    assert got.dateline_place == "Quetta"


def test_sidebar_noise_outside_the_container_and_share_bar_are_removed() -> None:
    after = (
        '<aside class="sidebar"><h3>Recommended Stories</h3><ul><li><a href="/a">Dates '
        'harvest rises in Panjgur</a></li><li><a href="/b">Court seeks funds report</a></li>'
        '<li><a href="/c">Railway repair ends soon</a></li></ul></aside>'
        '<div class="share-buttons"><a href="#">Facebook</a><a href="#">WhatsApp</a></div>'
        '<div class="newsletter-box"><p>Sign up for our newsletter to get the news first.</p>'
        "</div>"
    )
    got = extract(page(paras(PARAS), after=after), "https://test.example/a", now=NOW)
    assert got is not None
    assert got.text == "\n".join(PARAS)


def test_byline_row_timestamps_notes_and_furniture_after_the_story_are_removed() -> None:
    body = [p.replace("Quetta, March 3 (IANS) - ", "") for p in PARAS]
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reservoirs</title>'
        "</head><body><main><h1>Cabinet approves reservoirs</h1>"
        "<div class='row'><span>Staff Reporter / APP</span> <span>Reading time: 4 min</span></div>"
        f"<div class='prose'>{paras(body)}"
        "<p><small>This piece was revised on 9 May to add the department's response.</small></p>"
        "<p class='mod'>Last modified on Friday, 15 May 2026 at 18:02</p></div>"
        "<div class='grid'><div><p>Opinions posted below belong to their authors. We remove "
        "posts that break our community rules.</p></div><div class='person'><p>Amna Jamali "
        "has followed the coast for the paper since 2019.</p><a href='/p/aj'>More by this "
        "author</a></div></div></main></body></html>"
    )
    got = extract(html, "https://test.example/a", now=NOW)
    assert got is not None
    assert got.text == "\n".join(body)
    assert got.agency == "APP"  # read from the byline row, which is not body text


def test_clean_page_with_linked_sentences_and_a_like_block_after_an_advert_loses_nothing() -> None:
    body = [
        *PARAS[:2],
        "Also, <a href='/b'>the provincial council approved a new budget for the bazaar</a> on "
        "Monday.",
        "Residents can <a href='/s'>read more about the water scheme</a> at the district office, "
        "officials said.",
        *PARAS[2:],
    ]
    after = (
        "<div class='ad'></div><div class='entry-content'><p>The next meeting is in May.</p></div>"
    )
    html = page(paras(body)).replace("</article>", after + "</article>")
    plain = trafilatura.extract(html) or ""
    got = extract(html, "https://test.example/a", now=NOW)
    assert got is not None
    for line in plain.splitlines()[1:]:  # plain also keeps the headline, which we drop
        assert line in got.text
    assert "on Monday." in got.text and "The next meeting is in May." in got.text


def test_future_page_date_is_rejected_for_the_feed_date() -> None:
    future = (NOW + timedelta(days=30)).isoformat()
    feed = datetime(2026, 5, 31, 8, 0, tzinfo=UTC)
    html = page(paras(PARAS), head=f'<meta property="article:published_time" content="{future}">')
    got = extract(html, "https://test.example/a", fallback_published=feed, now=NOW)
    assert got is not None
    assert got.published_at == feed


def test_resolve_published_rules() -> None:
    feed = datetime(2026, 5, 31, 8, 0, tzinfo=UTC)
    assert resolve_published(None, None, NOW) is None
    assert resolve_published(None, NOW + timedelta(days=1), NOW) is None  # future feed date
    assert resolve_published("2026-05-30T10:00:00+05:00", feed, NOW) == datetime(
        2026, 5, 30, 5, 0, tzinfo=UTC
    )
    assert resolve_published("2026-05-31", feed, NOW) == feed  # same day: feed is more precise
    assert resolve_published("2026-05-29", feed, NOW) == datetime(2026, 5, 29, tzinfo=UTC)
    assert resolve_published("2026-05-29T10:00:00", None, NOW) == datetime(
        2026, 5, 29, 10, tzinfo=UTC
    )  # naive: taken as UTC


URDU = [
    "کوئٹہ: صوبائی حکومت نے شہر میں پانی کی قلت دور کرنے کے لیے ایک نئے منصوبے کی منظوری دے دی "
    "ہے جس کے تحت پرانی پائپ لائنوں کو تبدیل کیا جائے گا۔",
    "حکام کے مطابق منصوبے کے پہلے مرحلے میں شہر کے مشرقی علاقوں کو ترجیح دی جائے گی جہاں شہری کئی "
    "ماہ سے ٹینکروں پر انحصار کر رہے ہیں۔",
    "شہریوں نے منصوبے کا خیرمقدم کیا تاہم مطالبہ کیا کہ کام کی رفتار اور اخراجات کے بارے میں "
    "معلومات عوام کے سامنے رکھی جائیں۔",
]


def test_urdu_right_to_left_page() -> None:
    body = (
        paras(URDU[:2])
        + '<p>مزید پڑھیں: <a href="/ur/1">گوادر میں ماہی گیروں کا احتجاج جاری</a></p>'
        + paras(URDU[2:])
    )
    html = page(body, lang="ur").replace("<html ", '<html dir="rtl" ')
    got = extract(html.encode("utf-8"), "https://urdu.example/a", now=NOW)
    assert got is not None
    assert got.text == "\n".join(URDU)
    assert got.language == "ur"
    assert got.dateline_place == "کوئٹہ"


def test_per_domain_rule_is_a_fallback_for_one_site() -> None:
    extra = (
        '<div class="hcl-xtra"><p>The Ledger has served the hill districts since 1952.</p></div>'
    )
    html = page(paras(PARAS[:2]) + extra + paras(PARAS[2:]))
    ruled = extract(html, "https://www.hillcountryledger.example/a", now=NOW)
    other = extract(html, "https://other.example/a", now=NOW)
    assert ruled is not None and other is not None
    assert "served the hill districts" not in ruled.text
    assert "served the hill districts" in other.text


def test_not_an_article_returns_none() -> None:
    assert extract("", "https://test.example/a") is None
    assert (
        extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", "https://t.example/")
        is None
    )


# --- worker pool ----------------------------------------------------------------------


def test_extract_many_keeps_order_and_isolates_a_dead_worker() -> None:
    urls = [
        "https://t.example/1",
        "https://t.example/crash",
        "https://t.example/2",
        "https://t.example/raise",
        "https://t.example/3",
        "https://t.example/empty",
        "https://t.example/4",
        "https://t.example/crash-again",
        "https://t.example/5",
    ]
    results = extract_many(
        [("<html></html>", u, None) for u in urls], workers=2, extractor=crashing_extractor
    )
    assert len(results) == len(urls)
    for url, result in zip(urls, results, strict=True):
        if "crash" in url:
            assert isinstance(result, ExtractionError)
            assert result.message == "worker died (SIGABRT)"
        elif "raise" in url:
            assert isinstance(result, ExtractionError) and "bad page" in result.message
        elif "empty" in url:
            assert isinstance(result, ExtractionError) and result.url == url
        else:
            assert isinstance(result, Extracted) and result.text == f"text of {url}"


def test_extract_many_runs_the_real_extractor() -> None:
    html = page(NOISE_INSIDE)
    results = extract_many(
        [(html, "https://t.example/a", None), (b"", "https://t.example/b", None)]
    )
    assert isinstance(results[0], Extracted) and results[0].text == "\n".join(PARAS)
    assert isinstance(results[1], ExtractionError)
    assert extract_many([]) == []


@pytest.mark.parametrize("workers", [1, 3])
def test_extract_many_with_fewer_or_more_workers_than_pages(workers: int) -> None:
    urls = [f"https://t.example/{i}" for i in range(5)]
    results = extract_many(
        [("x", u, None) for u in urls], workers=workers, extractor=crashing_extractor
    )
    assert [r.text for r in results if isinstance(r, Extracted)] == [f"text of {u}" for u in urls]


# A script standing in for the `airflow` command that runs a task: importing it a second
# time (as multiprocessing does in new workers by default) fails, and it calls
# extract_many from a daemonic process with a foreign authentication key, as a Celery
# prefork worker's task does.
HOSTILE_PARENT = """
import multiprocessing
if __name__ == "__mp_main__":
    raise SystemExit("the parent's __main__ was run again in a worker")


class ForeignKey(bytes):
    # like billiard's authentication key under Celery: refuses multiprocessing's pickler

    def __reduce__(self):
        raise TypeError("Pickling an AuthenticationString object is disallowed")


def job(queue):
    from pipeline.extract import extract_many

    config = multiprocessing.current_process()._config
    config["authkey"] = ForeignKey(bytes(config["authkey"]))

    html = "<html><body><article>" + "<p>Quetta water crisis deepens as wells run dry.</p>" * 6 + "</article></body></html>"
    results = extract_many([(html, "https://t.example/a", None)] * 3, workers=2)
    queue.put([type(r).__name__ for r in results])


if __name__ == "__main__":
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    daemon = ctx.Process(target=job, args=(queue,), daemon=True)
    daemon.start()
    print(queue.get(timeout=120))
    daemon.join()
"""


def test_extract_many_from_a_daemonic_task_of_a_script_that_cannot_be_rerun(
    tmp_path: Path,
) -> None:
    script = tmp_path / "airflow_like"  # no .py: run as a script, like .venv/bin/airflow
    script.write_text(HOSTILE_PARENT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == str(["Extracted"] * 3)


def test_heading_of_a_box_dropped_at_the_end_goes_with_it() -> None:
    """A corrections box: its prompt goes as noise, so its heading must not end the story;
    a short last line of the story itself, and a wire tail, are kept."""
    box = (
        '<div class="box"><h4>Accuracy matters to us</h4>'
        "<p>Found something wrong? Write to the standards desk and we will look into it.</p>"
        "</div>"
    )
    got = extract(page(paras(PARAS) + box), "https://test.example/a", now=NOW)
    assert got is not None
    assert got.text.splitlines()[-1] == PARAS[-1]
    assert "Accuracy matters" not in got.text

    ending = [*PARAS, "No one was hurt"]
    got = extract(page(paras(ending)), "https://test.example/b", now=NOW)
    assert got is not None and got.text.splitlines()[-1] == "No one was hurt"

    tail = paras(PARAS[1:]) + "<p>Based on ANI report</p>" + box
    got = extract(page(tail), "https://test.example/c", now=NOW)
    assert got is not None and got.agency == "ANI"
    got = extract(page(paras(PARAS[1:]) + "<p>--ANI</p>" + box), "https://test.example/d", now=NOW)
    assert got is not None and got.agency == "ANI" and "ANI" not in got.text
