"""Write a third held-out set to pages/heldout3/: written before the structural rules.

A blind check of the rules as they stood after ``heldout2``: new articles, five new
layouts (a Substack-like newsletter, a Squarespace-like block layout with every
paragraph in its own block, a Hugo-like static site, a Bootstrap news portal and a
Vue-like app with scoped ``data-v`` attributes and hashed classes) and every kind of
noise worded again in new ways, much of it in plain ``<p>``/``<div>`` markup without
telling class names. Some body paragraphs carry an inline link or a question, so rules
that look at links and questions are tested on real body text too. Every outlet,
person and sentence here is invented.

Run: python benchmarks/extraction/make_heldout3.py  (deterministic; output committed).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from fixturekit import Article, Noise, esc, paragraphs_html, write_page
from make_dev import SCRIPT, SECTIONS

SPLIT = "heldout3"

ARTICLES = [
    Article(
        "gwadar-boats",
        "Gwadar boat builders struggle to find teak",
        "Nadia Dashti",
        "2026-03-09T11:20:00+05:00",
        [
            "Boat builders in Gwadar say the price of teak has almost doubled in two years, "
            "forcing some yards along the west bay to turn away orders for new fishing boats.",
            "The wood arrives by sea from the Gulf, and traders said new port charges and a "
            "weaker rupee had pushed a single plank beyond what most fishermen can pay.",
            "Who will build our boats when the old masters retire? asked one builder, who "
            "said none of his four sons wanted to learn the trade.",
            "A fisheries official said the provincial government was studying a plan to let "
            "yards import wood without duty for three years.",
            "The yards employ about six hundred people.",
        ],
        place=None,
    ),
    Article(
        "skardu-airport",
        "Skardu flights suspended as fog settles over valley",
        "APP",
        "2025-12-02T08:45:00+05:00",
        [
            "SKARDU, Dec 2 (APP): All flights to and from Skardu were suspended on Tuesday after "
            "dense fog settled over the valley for a second day, airport officials said.",
            "Passengers were moved to the road route, a drive of more than twelve hours, and "
            "the airline said it would refund tickets for travellers who chose not to wait.",
            "Hoteliers said cancellations had risen sharply since the weekend, just as the "
            "winter tourist season was beginning.",
            "Officials said flights would resume once visibility improved.",
        ],
        agency="APP",
        place="Skardu",
    ),
    Article(
        "turbat-clinic",
        "Mobile clinic reaches villages cut off by floods",
        "Reuters",
        "2026-08-17T15:10:00+05:00",
        [
            "TURBAT, Pakistan, Aug 17 (Reuters) - A mobile clinic run by a local charity reached "
            "villages south of Turbat on Monday for the first time since floods washed away the "
            "only road last month.",
            "Doctors on board said they had treated more than three hundred people in two days, "
            "most of them children with stomach infections from unsafe water.",
            "Residents were told to follow the district health office's advice on boiling "
            "water until the wells had been cleaned.",
            "The charity said it would keep the clinic in the area for at least three weeks.",
        ],
        agency="Reuters",
        place="Turbat",
    ),
    Article(
        "ziarat-juniper",
        "Ziarat volunteers plant juniper saplings on bare slopes",
        "Kamran Achakzai",
        "2026-04-02T09:00:00+05:00",
        [
            "Volunteers in Ziarat planted about four thousand juniper saplings on slopes above "
            "the town over the weekend, part of an effort to restore one of the oldest juniper "
            "forests in the world.",
            "Forest officers said the saplings had been raised in a nursery for two years, and "
            "that only about half were expected to survive the first winter.",
            "Local schools have joined the drive, and the forest department has published a "
            "guide to caring for the young trees on its website.",
            "The next planting is planned for the autumn.",
        ],
    ),
    Article(
        "muzaffarabad-bridge",
        "New footbridge opens over the Neelum in Muzaffarabad",
        "Staff Reporter",
        "2026-06-11T17:30:00+05:00",
        [
            "MUZAFFARABAD, June 11: A new suspension footbridge over the Neelum river opened on "
            "Thursday, cutting the walk to the city's main market for thousands of residents on "
            "the eastern bank.",
            "The old bridge was closed two years ago after engineers found its cables badly "
            "rusted, and residents had since crossed by boat or made a long detour by road.",
            "Shopkeepers at the market said they expected more customers now that families "
            "could walk across in a few minutes.",
            "The bridge was built by the local government with a loan from a development bank.",
        ],
        place="Muzaffarabad",
    ),
    Article(
        "quetta-bus-app",
        "Quetta bus service launches live tracking",
        "PTI",
        "2026-09-23T12:00:00+05:30",
        [
            "The city bus service in Quetta has started showing the live position of its buses "
            "on a phone app, the transport department said on Wednesday.",
            "Passengers can see how far away the next bus is and how full it is, officials said, "
            "adding that the data came from devices fitted to all forty buses last month.",
            "Daily riders welcomed the change but said the service still needed more buses on "
            "the busiest routes in the morning.",
            "The department said ten new buses would join the fleet before the end of the year.",
        ],
        tail="-- PTI",
        agency="PTI",
    ),
]

# A phrase in a body paragraph that the page shows as an inline link: real body text
# that is partly link text must survive.
INLINE_LINKS = {
    "ziarat-juniper": "published a guide to caring for the young trees",
    "turbat-clinic": "district health office's advice",
}

HEADLINES = [
    "Fishermen demand fuel subsidy ahead of season",
    "Chaman traders reopen shops after strike",
    "Power outages return to Panjgur",
    "Hockey academy opens in Khuzdar",
    "Rare leopard filmed near Kalat",
    "Water board promises new pipeline for Hub",
    "Students protest fee rise at Lasbela university",
    "Date harvest best in a decade, say growers",
    "New ferry route planned for Ormara",
    "Apricot exports from Hunza rise",
]


def pick(rng: random.Random, n: int) -> list[str]:
    return rng.sample(HEADLINES, n)


def links(items: list[str], wrap: str = "li", prefix: str = "/news") -> str:
    return "".join(
        f'<{wrap}><a href="{prefix}/{i}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


# --- noise: each kind in wordings and markup no earlier split used ---------------------


def ad_marker(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Article continues after this message",
            "Scroll down to keep reading",
            "Sponsored message",
            "Advertisement continues below",
        ]
    )
    return Noise(f'<div class="x7k2"><span>{text}</span></div>', [text])


def corrections(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Found an error in this report? Write to our corrections desk.",
            "See something wrong? Tell our editors.",
            "Have we got something wrong? Contact the readers' editor.",
        ]
    )
    return Noise(f"<p><em>{text}</em></p>", [text])


def image_credit(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Photograph: Saadia Rind/Coastline Herald",
            "Image by Kamran Shah via Flickr",
            "Picture: courtesy of the district forest office",
            "Video grab: Hasan Lehri",
        ]
    )
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


def keep_reading_list(rng: random.Random) -> Noise:
    heading = rng.choice(["Don't miss", "You might also like", "Further reading", "Read next"])
    items = pick(rng, 3)
    return Noise(f"<h4>{esc(heading)}</h4><ul>{links(items)}</ul>", [heading, *items])


def more_from_outlet(rng: random.Random) -> Noise:
    items = pick(rng, 3)
    return Noise(
        f'<div class="q9-wrap"><p><strong>More from the Herald</strong></p>'
        f"{links(items, 'p', '/h')}</div>",
        ["More from the Herald", *items],
    )


def newsletter_box(rng: random.Random) -> Noise:
    lead = "The Frontier Brief: our weekday email on politics in the north"
    return Noise(
        f'<div class="b3x"><p><b>{lead}</b></p><p>Delivered before breakfast, free.</p>'
        '<a class="btn" href="/brief">Sign me up</a></div>',
        [lead, "Delivered before breakfast", "Sign me up"],
    )


def podcast_promo(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Listen: The Valley Hour, our weekly podcast, is out now wherever you get podcasts.",
            "New episode: hear our reporters discuss this story on Coast Talk.",
        ]
    )
    return Noise(f'<p><a href="/podcast">{esc(text)}</a></p>', [text])


def video_promo(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p><strong>WATCH</strong> — <a href="/video/3">{esc(h)}</a></p>', ["WATCH —", h])


def follow_line(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Stay updated: follow the Herald on Instagram and Threads.",
            "Like our page on Facebook for the latest from Balochistan",
            "Get breaking alerts on Telegram — join our channel today.",
        ]
    )
    return Noise(f"<p>{esc(text)}</p>", [text])


def trending(rng: random.Random) -> Noise:
    heading = rng.choice(["Trending now", "What readers are clicking", "Popular today"])
    items = pick(rng, 4)
    return Noise(
        f'<div class="rail-7"><h3>{esc(heading)}</h3><ol>{links(items)}</ol></div>',
        [heading, *items],
    )


def comment_prompt(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "What do you make of this? Leave your thoughts below.",
            "Tell us what you think in the comments.",
        ]
    )
    return Noise(f"<p>{esc(text)}</p>", [text])


def comment_rules(rng: random.Random) -> Noise:
    text = (
        "Comments are moderated and may take time to appear. Abusive remarks will be removed "
        "without notice."
    )
    return Noise(f'<div class="note"><p>{text}</p></div>', ["Comments are moderated"])


def author_bio(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Zainab Marri is a staff writer covering education and health. She can be reached "
            "on X at @zmarri.",
            "Farid Notezai writes about the coast and its fisheries for the Herald.",
        ]
    )
    return Noise(f'<div class="k1"><img src="/a.jpg" alt=""><p>{esc(text)}</p></div>', [text])


def update_note(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "This article was updated on 12 March to correct the name of the district officer.",
            "Updated at 4:15pm with comments from the minister.",
            "An earlier version of this report misstated the number of stalls.",
        ]
    )
    return Noise(f"<p><i>{esc(text)}</i></p>", [text])


def topic_row(rng: random.Random) -> Noise:
    return Noise(
        '<div class="r5"><span>Filed under</span> <a href="/t/coast">Coast</a> · '
        '<a href="/t/fish">Fisheries</a> · <a href="/t/econ">Economy</a></div>',
        ["Filed under"],
    )


def topics_heading(rng: random.Random) -> Noise:
    return Noise(
        '<h5>Topics</h5><p><a href="/t/1">Weather</a> <a href="/t/2">Aviation</a> '
        '<a href="/t/3">Gilgit-Baltistan</a></p>',
        ["Topics", "Aviation"],
    )


def share_row(rng: random.Random) -> Noise:
    return Noise(
        '<div class="z0"><a href="#">Print</a> | <a href="#">Email</a> | '
        '<a href="#">WhatsApp</a> | <a href="#">Facebook</a></div>',
        ["Print | Email", "WhatsApp | Facebook"],
    )


def related_inline(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p>RELATED → <a href="/r/7">{esc(h)}</a></p>', ["RELATED", h])


def app_cta(rng: random.Random) -> Noise:
    text = "Download the Herald app for breaking news alerts on your phone"
    return Noise(f'<p><a href="/app">{text}</a></p>', [text])


def support_cta(rng: random.Random) -> Noise:
    text = (
        "Independent reporting from the region costs money. Support our journalism from "
        "Rs 300 a month."
    )
    return Noise(f'<div class="m4"><p>{text}</p><a href="/support">Contribute</a></div>', [text])


def listen_bar(rng: random.Random) -> Noise:
    return Noise(
        '<div class="aud"><button>Play</button><span>Listen to this story · 4 min</span></div>',
        ["Listen to this story"],
    )


def next_prev(rng: random.Random) -> Noise:
    a, b = pick(rng, 2)
    return Noise(
        f'<div class="pn"><a href="/p">‹ Previous: {esc(a)}</a><a href="/n">Next: {esc(b)} ›</a></div>',
        [a, b],
    )


def rights_line(rng: random.Random) -> Noise:
    text = "Reproduction of this story in any form without written permission is not allowed."
    return Noise(f"<p>{text}</p>", [text])


def reporting_credit(rng: random.Random) -> Noise:
    text = "Reporting by Mehran Kakar; Editing by Lisa Fenwick"
    return Noise(f"<p>({text})</p>", [text])


INSIDE: list[Callable[[random.Random], Noise]] = [
    ad_marker,
    image_credit,
    keep_reading_list,
    podcast_promo,
    video_promo,
    follow_line,
    related_inline,
    app_cta,
    listen_bar,
    newsletter_box,
    more_from_outlet,
]
AFTER_BODY: list[Callable[[random.Random], Noise]] = [
    corrections,
    update_note,
    author_bio,
    topic_row,
    topics_heading,
    share_row,
    comment_prompt,
    support_cta,
    rights_line,
    reporting_credit,
    next_prev,
]
OUTSIDE: list[Callable[[random.Random], Noise]] = [
    trending,
    comment_rules,
    more_from_outlet,
    newsletter_box,
    keep_reading_list,
    author_bio,
]


# --- page chrome and layouts -------------------------------------------------------


def head(a: Article, url: str, site: str) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{esc(a.title)} | {esc(site)}</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f"<script>{SCRIPT}</script></head>"
    )


def navbar(site: str) -> str:
    items = "".join(f'<li><a href="/s/{s.lower()}">{esc(s)}</a></li>' for s in SECTIONS * 2)
    return f'<header class="top"><a href="/">{esc(site)}</a><nav><ul>{items}</ul></nav></header>'


def footer(site: str) -> str:
    items = "".join(f'<a href="/archive/{s.lower()}">{esc(s)} archive</a> ' for s in SECTIONS * 3)
    return f"<footer><div>{items}</div><p>© 2026 {esc(site)}</p></footer>"


def body_html(a: Article, inside: dict[int, list[Noise]], p_attr: str = "") -> str:
    out = paragraphs_html(a, inside, p_attr)
    phrase = INLINE_LINKS.get(a.slug)
    if phrase:
        out = out.replace(esc(phrase), f'<a href="/more">{esc(phrase)}</a>', 1)
    return out


def outside_html(outside: list[Noise]) -> str:
    return "".join(n.html for n in outside)


def substack(a, url, site, inside, outside):
    body = body_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body>{navbar(site)}'
        f'<div class="single-post"><div class="post-header"><h1 class="post-title">'
        f'{esc(a.title)}</h1><div class="byline">{esc(a.author)}</div></div>'
        f'<div class="available-content"><div class="body markup" dir="auto">{body}</div></div>'
        f'<div class="post-footer">{outside_html(outside)}</div></div>'
        f"{footer(site)}</body></html>"
    )


def squarespace(a, url, site, inside, outside):
    # Every paragraph and every inserted block in its own content block.
    body = body_html(a, inside)
    blocks = "".join(
        f'<div class="sqs-block html-block"><div class="sqs-block-content">{line}</div></div>'
        for line in body.split("\n")
    )
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body id="collection-5f2">'
        f'{navbar(site)}<main id="page"><article class="BlogItem hentry">'
        f'<h1 class="BlogItem-title">{esc(a.title)}</h1><div class="Blog-meta">{esc(a.author)}'
        f'</div><div class="sqs-layout sqs-grid-12">{blocks}</div></article>'
        f'<section class="BlogItem-pagination">{outside_html(outside)}</section></main>'
        f"{footer(site)}</body></html>"
    )


def hugo(a, url, site, inside, outside):
    body = body_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body>{navbar(site)}'
        f'<main><article><h1>{esc(a.title)}</h1><p class="meta">By {esc(a.author)}</p>'
        f'<div class="content">{body}</div></article>'
        f"<div>{outside_html(outside)}</div></main>{footer(site)}</body></html>"
    )


def bootstrap(a, url, site, inside, outside):
    body = body_html(a, inside, p_attr=' class="text-justify"')
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body>{navbar(site)}'
        '<div class="container"><div class="row"><div class="col-md-8">'
        f'<h2 class="news-title">{esc(a.title)}</h2><div class="news-author">{esc(a.author)}</div>'
        f'<div class="news-body">{body}</div></div>'
        f'<div class="col-md-4">{outside_html(outside)}</div></div></div>'
        f"{footer(site)}</body></html>"
    )


def vue(a, url, site, inside, outside):
    body = body_html(a, inside, p_attr=' data-v-3fa2c1=""')
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body><div id="app">'
        f'{navbar(site)}<div data-v-3fa2c1="" class="c-a91"><h1 data-v-3fa2c1="">'
        f'{esc(a.title)}</h1><span data-v-3fa2c1="">{esc(a.author)}</span>'
        f'<div data-v-3fa2c1="" class="c-b07">{body}</div></div>'
        f'<div class="c-f3e">{outside_html(outside)}</div>{footer(site)}</div></body></html>'
    )


TEMPLATES = [substack, squarespace, hugo, bootstrap, vue]
SITES = [
    ("Coastline Herald", "coastlineherald.example"),
    ("Frontier Ledger", "frontierledger.example"),
    ("Karakoram Post", "karakorampost.example"),
]
NOISY_PAGES = 20
CLEAN_PAGES = 5


def main() -> None:
    rng = random.Random(7311)
    for n in range(NOISY_PAGES):
        article = ARTICLES[n % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/{article.slug}-{n}"
        last = len(article.paragraphs)
        inside = {
            0: [rng.choice(INSIDE)(rng)],
            2: [rng.choice(INSIDE)(rng)],
            last: [f(rng) for f in rng.sample(AFTER_BODY, 2)],
        }
        if n % 3 == 0:
            inside[-1] = [listen_bar(rng)]
        outside = [f(rng) for f in rng.sample(OUTSIDE, 2)]
        noise = [x for xs in inside.values() for x in xs] + outside
        write_page(
            SPLIT,
            f"noisy-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, inside, outside),
            article,
            noise,
        )
    for n in range(CLEAN_PAGES):
        article = ARTICLES[(n + 3) % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/{article.slug}-clean-{n}"
        write_page(
            SPLIT,
            f"clean-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, {}, []),
            article,
            [],
        )


if __name__ == "__main__":
    main()
