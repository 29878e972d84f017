"""Write a second held-out set to pages/heldout2/: written after the post-heldout fixes.

The first held-out set was used to find gaps (see RESULTS.md / README); this set is the
blind check of the rules as they stand now. New articles, two new layouts (a
Medium-like blog and an old PHP portal with font tags) and noise worded differently
again. Every outlet, person and sentence here is invented.

Run: python benchmarks/extraction/make_heldout2.py  (deterministic; output committed).
"""

from __future__ import annotations

import random

from fixturekit import Article, Noise, esc, paragraphs_html, write_page
from make_heldout import bottom, menu, meta

ARTICLES = [
    Article(
        "kalat-wheat",
        "Kalat farmers switch to drip irrigation",
        "Imran Langove",
        "2026-04-21T09:15:00+05:00",
        [
            "Farmers in Kalat district have begun switching orchards and wheat plots to drip "
            "irrigation after a third dry winter left many wells close to empty.",
            "An agriculture extension officer said about two hundred farms had installed the "
            "systems with help from a provincial subsidy scheme that covers half the cost.",
            "Older farmers said they were unsure about the upkeep of the pipes, but younger "
            "growers reported that their water bills had fallen by a third in one season.",
            "The department plans to open a training centre in the district next year.",
        ],
    ),
    Article(
        "hunza-school",
        "Hunza school wins national science fair",
        "ANI",
        "2026-10-14T13:00:00+05:30",
        [
            "Gilgit [Pakistan], Oct 14 (ANI): Students from a government school in Hunza won the "
            "national science fair on Tuesday with a low-cost device that warns villages of "
            "rising water in glacial streams.",
            "The device uses a simple float switch and a mobile network connection to send text "
            "alerts, and costs less than a tenth of commercial sensors, the students said.",
            "Their teacher said the team had tested the design for a year near their village "
            "with help from local volunteers.",
            "The organisers said the project would be shown at a regional fair next spring.",
        ],
        agency="ANI",
        place="Gilgit",
    ),
    Article(
        "sibi-mela",
        "Sibi festival draws traders from across the province",
        "Staff Correspondent",
        "2026-02-18T18:00:00+05:00",
        [
            "SIBI, Feb 18: The annual Sibi festival opened on Wednesday with cattle shows, "
            "handicraft stalls and folk music, drawing traders and families from across the "
            "province.",
            "Organisers said more than four hundred stalls had been set up, twice as many as last "
            "year, and that security had been tightened around the grounds.",
            "Livestock traders said prices for camels and cattle were higher than last year "
            "because of strong demand from buyers in Sindh and Punjab.",
            "The festival will run for five days.",
        ],
        place="Sibi",
    ),
    Article(
        "gilgit-road",
        "Landslide blocks road to Astore valley",
        "Xinhua",
        "2026-07-30T06:30:00+05:00",
        [
            "ISLAMABAD, July 30 (Xinhua) -- A landslide blocked the main road to the Astore valley "
            "in northern Pakistan on Thursday, leaving tourists and residents stranded on both "
            "sides, local officials said.",
            "Road crews were working to clear the debris, but officials said further rain could "
            "slow the work, and advised travellers to postpone their trips.",
            "No casualties were reported.",
        ],
        agency="Xinhua",
        place="Islamabad",
    ),
    Article(
        "quetta-library",
        "City library extends hours for exam season",
        "Hina Jaffar",
        "2026-05-05T10:00:00+05:00",
        [
            "The central library in Quetta will stay open until ten at night during the exam "
            "season, the district administration announced on Monday, after students asked for "
            "a quiet place to study during power cuts.",
            "The library has installed solar panels on its roof, which its staff say will keep "
            "the reading rooms lit in the evenings.",
            "Students said the library's reading rooms fill up by mid-morning, and asked for more "
            "seats and faster internet.",
            "The administration said a second floor would be opened to readers next month.",
        ],
        tail="(Based on PTI report)",
        agency="PTI",
    ),
]

HEADLINES = [
    "Tribal elders call for talks over land dispute",
    "Rain brings relief to drought-hit Washuk",
    "Airline adds weekly flight to Turbat",
    "District hospital gets new ambulances",
    "Onion growers protest falling prices",
    "Football league returns to Lyari after break",
    "Phone signal restored in Panjgur after two weeks",
    "Museum displays newly found Mehrgarh pottery",
]


def keep_reading(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 3)
    lis = "".join(f'<li><a href="/k/{i}">{esc(h)}</a></li>' for i, h in enumerate(items))
    return Noise(f"<h2>Keep Reading</h2><ul>{lis}</ul>", ["Keep Reading", *items])


def in_other_news(rng: random.Random) -> Noise:
    items = rng.sample(HEADLINES, 3)
    ps = "".join(f'<p><a href="/o/{i}">{esc(h)}</a></p>' for i, h in enumerate(items))
    return Noise(f"<div><h5>In Other News</h5>{ps}</div>", ["In Other News", *items])


def advert_marker(rng: random.Random) -> Noise:
    return Noise("<p>Story continues below advertisement</p>", ["continues below advertisement"])


def youtube_cta(rng: random.Random) -> Noise:
    text = "Click here to subscribe to our YouTube channel for video reports."
    return Noise(f'<p><a href="/yt">{text}</a></p>', ["subscribe to our YouTube channel"])


def google_news(rng: random.Random) -> Noise:
    return Noise(
        "<p><em>Tap here to follow us on Google News.</em></p>", ["follow us on Google News"]
    )


def comments_count(rng: random.Random) -> Noise:
    return Noise(
        '<div class="cmts"><h3>Comments (2)</h3><div class="c"><b>Saleem</b><p>Good step, but '
        "late.</p></div><div class='c'><b>Ayesha</b><p>We need this in our town too.</p></div>"
        "<p>Post your comment</p></div>",
        ["Good step, but late", "We need this in our town too", "Post your comment"],
    )


def report_error(rng: random.Random) -> Noise:
    return Noise("<p>Spotted a mistake? Let us know.</p>", ["Spotted a mistake"])


def tags_line(rng: random.Random) -> Noise:
    return Noise(
        '<p>Tags: <a href="/t/1">Balochistan</a>, <a href="/t/2">Water</a>, '
        '<a href="/t/3">Farming</a></p>',
        ["Tags:"],
    )


def image_via(rng: random.Random) -> Noise:
    return Noise("<p>Image via Wikimedia Commons</p>", ["Wikimedia Commons"])


def also_on_site(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p>Also on the site: <a href="/a">{esc(h)}</a></p>', ["Also on the site", h])


INSIDE = [
    keep_reading,
    in_other_news,
    advert_marker,
    youtube_cta,
    google_news,
    image_via,
    also_on_site,
]
AFTER_BODY = [comments_count, report_error, tags_line, google_news]
OUTSIDE = [in_other_news, comments_count, keep_reading]


def medium(a, url, site, inside, outside):
    body = paragraphs_html(a, inside, p_attr=' class="pw-post-body-paragraph"')
    return (
        f'<!DOCTYPE html><html lang="en">{meta(a, url, site)}<body>{menu(site)}'
        f'<article><div class="pw-post"><h1 data-testid="storyTitle">{esc(a.title)}</h1>'
        f'<div><a rel="author" href="/@x">{esc(a.author)}</a></div>'
        f"<section>{body}</section></div></article>"
        f"{''.join(n.html for n in outside)}{bottom(site)}</body></html>"
    )


def php_portal(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<html>{meta(a, url, site)}<body bgcolor="#ffffff">{menu(site)}'
        f'<center><font size="5"><b>{esc(a.title)}</b></font></center>'
        f'<font face="Arial" size="2"><div class="txt">{body}</div></font>'
        f"<div class='rght'>{''.join(n.html for n in outside)}</div>{bottom(site)}</body></html>"
    )


TEMPLATES = [medium, php_portal]
SITES = [("Bolan Voice", "bolanvoice.example"), ("Northern Areas Times", "natimes.example")]
NOISY_PAGES = 12
CLEAN_PAGES = 4


def main() -> None:
    rng = random.Random(4242)
    for n in range(NOISY_PAGES):
        article = ARTICLES[n % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/story/{article.slug}-{n}"
        last = len(article.paragraphs)
        inside = {
            0: [rng.choice(INSIDE)(rng)],
            1: [rng.choice(INSIDE)(rng)],
            last: [rng.choice(AFTER_BODY)(rng)],
        }
        outside = [rng.choice(OUTSIDE)(rng)]
        noise = [x for xs in inside.values() for x in xs] + outside
        write_page(
            "heldout2",
            f"noisy-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, inside, outside),
            article,
            noise,
        )
    for n in range(CLEAN_PAGES):
        article = ARTICLES[(n + 2) % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/story/{article.slug}-clean-{n}"
        write_page(
            "heldout2",
            f"clean-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, {}, []),
            article,
            [],
        )


if __name__ == "__main__":
    main()
