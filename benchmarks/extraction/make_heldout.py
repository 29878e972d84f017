"""Write the held-out pages to pages/heldout/: written after the noise rules were frozen.

New articles, new CMS layouts (Ghost-like, Blogger-like, Joomla-like, a Next.js-like
site with hashed class names) and new wordings of the same kinds of noise. The rules
were not changed after these pages were first measured.

Run: python benchmarks/extraction/make_heldout.py  (deterministic; output committed).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import random

from fixturekit import Article, Noise, esc, paragraphs_html, write_page
from make_dev import SCRIPT, SECTIONS

ARTICLES = [
    Article(
        "peshawar-bus",
        "Electric buses join Peshawar's rapid transit fleet",
        "AFP",
        "2026-04-02T10:30:00+05:00",
        [
            "PESHAWAR, April 2 (AFP) — Twenty electric buses joined Peshawar's rapid transit "
            "fleet on Thursday, the first step in a plan to replace the city's ageing diesel "
            "vehicles within five years, the transport authority said.",
            "The buses will run on the busiest corridor between the old city and the university "
            "area, where commuters often wait more than twenty minutes at peak hours.",
            "Officials said charging stations had been built at two depots and that a third "
            "would open before the summer, when demand for air-conditioned buses rises.",
            "Drivers were trained for three weeks on the new vehicles, and the authority said it "
            "would publish monthly figures on breakdowns and passenger numbers.",
        ],
        agency="AFP",
        place="Peshawar",
    ),
    Article(
        "ajk-tourism",
        "Neelum valley hotels report early bookings",
        "Staff Reporter",
        "2026-03-11T12:00:00+05:00",
        [
            "Muzaffarabad, Mar 11 (APP): Hotel owners in the Neelum valley reported a rise in "
            "early bookings for the spring season, helped by the reopening of a repaired bridge "
            "on the main valley road.",
            "The bridge had been closed for most of last year after a landslide damaged its "
            "foundations, forcing visitors to take a long detour through mountain villages.",
            "The tourism department said it would station rescue teams at three points along "
            "the road during the holiday weeks and asked visitors to check weather reports.",
            "Guest house owners in Keran and Sharda said they had hired extra staff and were "
            "preparing for the busiest season since the pandemic.",
        ],
        agency="APP",
        place="Muzaffarabad",
    ),
    Article(
        "skardu-power",
        "Skardu hydropower unit back online after repairs",
        "Baltistan Bureau",
        "2026-12-01T09:00:00+05:00",
        [
            "SKARDU: A small hydropower unit that supplies much of Skardu town returned to service "
            "on Tuesday after two weeks of repairs to its turbine, ending long evening outages.",
            "Residents had relied on diesel generators and wood stoves as temperatures dropped "
            "below freezing, and traders complained that shops had to close early.",
            "The power department said a second unit under construction upstream would be "
            "finished next year, but warned that winter flows in the river remain low.",
            "Engineers said the repaired turbine would be inspected weekly until the spring.",
        ],
        place="Skardu",
    ),
    Article(
        "chaman-market",
        "Border market reopens at Chaman with new hours",
        "Reuters",
        "2026-02-05T07:45:00+00:00",
        [
            "QUETTA, Pakistan (Reuters) - A border market at Chaman reopened on Thursday with "
            "longer opening hours, after traders and officials agreed on new document checks "
            "for daily crossers, a local administrator said.",
            "Thousands of porters and small traders depend on the market, which had been closed "
            "for most of the winter after a dispute over travel papers.",
            "Traders said the new hours would allow perishable goods to cross before dark, "
            "cutting losses that had grown during the closure.",
            "Officials on both sides said the arrangement would be reviewed after three months.",
        ],
        agency="Reuters",
        place="Quetta",
    ),
    Article(
        "swat-flood",
        "Flood walls planned along Swat river",
        "Sana Yousafzai",
        "2026-07-08T14:20:00+05:00",
        [
            "The provincial irrigation department has approved plans for flood protection walls "
            "along a twelve-kilometre stretch of the Swat river, where hotels and homes were "
            "damaged in past floods.",
            "Engineers said the walls would be set back from the water's edge to give the river "
            "room during high flows, and that some buildings on the banks would be moved.",
            "Hotel owners said they supported the plan in principle but wanted clarity on "
            "compensation before any demolition begins.",
            "The department said public meetings would be held in Mingora and Bahrain before the "
            "designs are finalised.",
        ],
    ),
    Article(
        "kashmir-apple",
        "Apple growers count losses after hailstorm",
        "Desk",
        "2026-05-20T11:10:00+05:30",
        [
            "Srinagar, May 20 (IANS) A hailstorm damaged apple orchards in several villages of "
            "south Kashmir on Tuesday, with growers estimating that a large part of this year's "
            "crop had been hit.",
            "Horticulture officials began a survey of the damage and said the report would be "
            "used to decide on relief for the worst affected growers.",
            "Growers said the storm came at the worst possible time, just after the fruit had "
            "set, and asked for faster payment of crop insurance claims.",
            "The weather office has forecast more unsettled weather for the rest of the week.",
        ],
        tail="--IANS\nrn/sd",
        agency="IANS",
        place="Srinagar",
    ),
    Article(
        "lasbela-coast",
        "Mangrove planting drive on Lasbela coast",
        "Noor Jahan",
        "2026-08-02T08:00:00+05:00",
        [
            "Volunteers and forest department staff planted mangrove saplings along a stretch of "
            "the Lasbela coast this week, part of an effort to protect the shoreline from "
            "erosion and storm surges.",
            "Fishermen in the area say mangrove forests shelter young fish and shrimp, and that "
            "their catch has fallen as the trees were cut for firewood over the years.",
            "The forest department said it would hire local guards to protect the new plantations "
            "and would pay families to look after the saplings for the first two years.",
            "Scientists from a university in Karachi will monitor how many of the saplings "
            "survive the coming monsoon.",
        ],
    ),
    Article(
        "islamabad-court",
        "High court seeks reply on water tanker rates",
        "Court Correspondent",
        "2026-06-25T16:00:00+05:00",
        [
            "The high court on Wednesday asked the city administration to explain the rates "
            "charged by private water tankers, after residents complained that prices had "
            "doubled during the summer.",
            "A lawyer for the petitioners told the court that many neighbourhoods received piped "
            "water only twice a week, leaving families with no choice but to buy from tankers.",
            "The court directed the administration to submit a report on the legal hydrants "
            "operating in the city and the rates they are allowed to charge.",
            "The hearing was adjourned for two weeks.",
        ],
    ),
    Article(
        "urdu-gwadar",
        "گوادر میں ماہی گیروں کے لیے نئی جیٹی",
        "اسٹاف رپورٹر",
        "2026-09-15T10:00:00+05:00",
        [
            "گوادر (اے پی پی) — ضلعی انتظامیہ نے ماہی گیروں کے لیے ایک نئی جیٹی کی تعمیر کا "
            "کام شروع کر دیا ہے جس سے کشتیوں کو سامان اتارنے میں آسانی ہوگی۔",
            "ماہی گیروں کی تنظیم کے رہنماؤں نے کہا کہ پرانی جیٹی پر رش کی وجہ سے مچھلی خراب ہو "
            "جاتی تھی اور انہیں کم قیمت پر فروخت کرنا پڑتی تھی۔",
            "حکام کے مطابق جیٹی کا پہلا حصہ چھ ماہ میں مکمل ہوگا اور اس کے ساتھ برف خانہ بھی "
            "بنایا جائے گا۔",
        ],
        agency="APP",
        place="گوادر",
        lang="ur",
    ),
]

HEADLINES = [
    "Teachers' protest enters third day in Turbat",
    "New cold storage opens for Hunza potato growers",
    "Provincial budget to focus on rural roads",
    "Water dispute resolved after jirga in Kohlu",
    "Gas pressure complaints rise as winter sets in",
    "Medical college admissions test rescheduled",
    "Dust storm delays flights at Quetta airport",
    "Women's cricket trials draw record numbers",
    "Fish prices fall as catch improves off Ormara",
    "University library gets digital archive grant",
    "Highway toll rates revised from next month",
    "Bridge repair completed on Indus near Besham",
]


def pick(rng: random.Random, n: int) -> list[str]:
    return rng.sample(HEADLINES, n)


def anchors(items: list[str], wrap: str = "li") -> str:
    return "".join(
        f'<{wrap}><a href="/story/{i}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


# --- noise, in wordings and markup the dev pages did not use --------------------------


def more_on_story(rng: random.Random) -> Noise:
    items = pick(rng, 3)
    return Noise(
        f"<h3>More on this story</h3><ul>{anchors(items)}</ul>", ["More on this story", *items]
    )


def top_stories_cards(rng: random.Random) -> Noise:
    items = pick(rng, 4)
    cards = "".join(
        f'<article class="card"><a href="/s/{i}"><h3>{esc(h)}</h3></a>'
        f"<span>{i + 2} hours ago</span></article>"
        for i, h in enumerate(items)
    )
    return Noise(f'<div class="sc-1x8f"><h2>Top Stories</h2>{cards}</div>', ["Top Stories", *items])


def also_read_pipe(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p><b>ALSO READ |</b> <a href="/s/9">{esc(h)}</a></p>', ["ALSO READ", h])


def read_colon(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p><strong>READ:</strong> <a href="/s/8">{esc(h)}</a></p>', [h])


def suggested_reading(rng: random.Random) -> Noise:
    items = pick(rng, 3)
    return Noise(
        f'<div class="box"><p><strong>Suggested Reading</strong></p>{anchors(items, "p")}</div>',
        ["Suggested Reading", *items],
    )


def briefing_signup(rng: random.Random) -> Noise:
    text = "Get the morning briefing delivered to your inbox — subscribe now."
    return Noise(f'<div class="cta"><p>{text}</p></div>', [text])


def whatsapp_channel(rng: random.Random) -> Noise:
    text = "Want more stories like this? Join our WhatsApp channel."
    return Noise(f"<p><i>{text}</i></p>", [text])


def share_x(rng: random.Random) -> Noise:
    return Noise(
        '<div class="post-actions"><a href="#">Share on X</a> <a href="#">Share via Email</a> '
        '<a href="#">Copy link</a></div>',
        ["Share on X", "Share via Email"],
    )


def contributor_card(rng: random.Random) -> Noise:
    text = "Rabia Sumalani reports on water and climate for the paper from Quetta."
    return Noise(f'<div class="contributor-card"><p>{text}</p></div>', [text])


def discussion(rng: random.Random) -> Noise:
    return Noise(
        '<section class="discussion"><h3>Join the conversation</h3><p>0 Comments</p>'
        "<p>Be the first to comment on this story.</p></section>",
        ["Join the conversation", "Be the first to comment"],
    )


def reader_disclaimer(rng: random.Random) -> Noise:
    text = (
        "Disclaimer: The views expressed by readers in the comments below are their own and "
        "not those of the newspaper."
    )
    return Noise(f"<p><small>{text}</small></p>", ["views expressed by readers"])


def photo_credit_colon(rng: random.Random) -> Noise:
    return Noise("<p>Photo credit: Shahid Ali Lango</p>", ["Shahid Ali Lango"])


def picture_courtesy(rng: random.Random) -> Noise:
    return Noise(
        '<figure class="wp-caption"><img src="/x.jpg" alt=""><p class="wp-caption-text">'
        "(Picture courtesy: district administration)</p></figure>",
        ["Picture courtesy"],
    )


def most_read_week(rng: random.Random) -> Noise:
    items = pick(rng, 4)
    return Noise(
        f'<div class="w-list"><span class="w-title">Most Read This Week</span><ol>{anchors(items)}</ol></div>',
        ["Most Read This Week", *items],
    )


INSIDE = [
    more_on_story,
    also_read_pipe,
    read_colon,
    suggested_reading,
    whatsapp_channel,
    share_x,
    photo_credit_colon,
    picture_courtesy,
    briefing_signup,
    top_stories_cards,
]
AFTER_BODY = [contributor_card, discussion, reader_disclaimer, whatsapp_channel, share_x]
OUTSIDE = [top_stories_cards, most_read_week, briefing_signup, discussion, contributor_card]


def urdu_noise(rng: random.Random) -> Noise:
    h = "کوئٹہ میں گیس کی لوڈشیڈنگ کے خلاف احتجاج"
    return Noise(f'<p>یہ بھی پڑھیں: <a href="/ur/5">{h}</a></p>', ["یہ بھی پڑھیں", h])


# --- layouts --------------------------------------------------------------------------


def meta(a: Article, url: str, site: str) -> str:
    return (
        f'<head><meta charset="utf-8"><title>{esc(a.title)} - {esc(site)}</title>'
        f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{esc(site)}">'
        f'<meta itemprop="datePublished" content="{a.date}"><script>{SCRIPT}</script></head>'
    )


def menu(site: str) -> str:
    items = "".join(f'<a class="nv-l" href="/c/{s.lower()}">{esc(s)}</a>' for s in SECTIONS * 2)
    return f'<div class="hdr"><a href="/">{esc(site)}</a><div class="nv">{items}</div></div>'


def bottom(site: str) -> str:
    links = "".join(f'<a href="/c/{s.lower()}/all">All {esc(s)}</a> ' for s in SECTIONS * 3)
    return f'<div class="ftr"><div>{links}</div><p>Copyright 2026 {esc(site)}</p></div>'


def ghost(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{meta(a, url, site)}<body class="post-template">'
        f'{menu(site)}<main class="site-main"><article class="post-full">'
        f'<header class="post-full-header"><h1 class="post-full-title">{esc(a.title)}</h1>'
        f'<span class="byline-meta-content">{esc(a.author)}</span></header>'
        f'<section class="post-full-content"><div class="post-content">{body}</div></section>'
        f"</article>{''.join(n.html for n in outside)}</main>{bottom(site)}</body></html>"
    )


def blogger(a, url, site, inside, outside):
    body = paragraphs_html(a, inside).replace("<p>", "").replace("</p>", "<br><br>")
    return (
        f'<html lang="{a.lang}">{meta(a, url, site)}<body>{menu(site)}<div class="main-outer">'
        f'<div class="post hentry"><h3 class="post-title entry-title">{esc(a.title)}</h3>'
        f'<div class="post-body entry-content" id="post-body-1">{body}</div>'
        f'<div class="post-footer">Posted by {esc(a.author)}</div></div>'
        f'<div class="sidebar-column">{"".join(n.html for n in outside)}</div></div>'
        f"{bottom(site)}</body></html>"
    )


def joomla(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{meta(a, url, site)}<body>{menu(site)}'
        '<div id="container"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>'
        f'<dl class="article-info"><dd class="createdby">{esc(a.author)}</dd></dl>'
        f'<div itemprop="articleBody">{body}</div></div>'
        f'<div class="moduletable">{"".join(n.html for n in outside)}</div></div>'
        f"{bottom(site)}</body></html>"
    )


def nextjs(a, url, site, inside, outside):
    body = paragraphs_html(a, inside, p_attr=' class="css-83rm2x"')
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{meta(a, url, site)}<body><div id="__next">'
        f'{menu(site)}<div class="css-1qg3k"><h1 class="css-9ks0">{esc(a.title)}</h1>'
        f'<div class="css-5tn2">{esc(a.author)}</div><div class="css-a7x1">{body}</div>'
        f'<div class="css-r2d2">{"".join(n.html for n in outside)}</div></div>'
        f"{bottom(site)}</div></body></html>"
    )


def urdu_site(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="ur" dir="rtl">{meta(a, url, site)}<body>{menu(site)}'
        f'<div class="news-detail"><h1>{esc(a.title)}</h1><div class="detail-text">{body}</div>'
        f"</div>{''.join(n.html for n in outside)}{bottom(site)}</body></html>"
    )


TEMPLATES = [ghost, blogger, joomla, nextjs]
SITES = [
    ("Peshawar Today", "peshawartoday.example"),
    ("Valley Herald", "valleyherald.example"),
    ("Coastline News", "coastlinenews.example"),
    ("The Capital Record", "capitalrecord.example"),
]
NOISY_PAGES = 18
CLEAN_PAGES = 6


def main() -> None:
    rng = random.Random(77)
    english = [a for a in ARTICLES if a.lang == "en"]
    urdu = next(a for a in ARTICLES if a.lang == "ur")
    for n in range(NOISY_PAGES):
        is_urdu = n % 9 == 8
        article = urdu if is_urdu else english[n % len(english)]
        template = urdu_site if is_urdu else TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[(n * 3) % len(SITES)]
        url = f"https://{domain}/news/{article.slug}-{n}"
        picks = [*rng.sample(INSIDE, 2), rng.choice(AFTER_BODY)]
        if is_urdu:
            picks = [urdu_noise, share_x, discussion]
        last = len(article.paragraphs)
        inside = {0: [picks[0](rng)], 2: [picks[1](rng)], last: [picks[2](rng)]}
        outside = [f(rng) for f in rng.sample(OUTSIDE, 2)]
        noise = [x for xs in inside.values() for x in xs] + outside
        page = template(article, url, site, inside, outside)
        write_page("heldout", f"noisy-{n:02d}-{template.__name__}", url, page, article, noise)
    for n in range(CLEAN_PAGES):
        article = english[(n * 3 + 2) % len(english)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/news/{article.slug}-clean-{n}"
        page = template(article, url, site, {}, [])
        write_page("heldout", f"clean-{n:02d}-{template.__name__}", url, page, article, [])


if __name__ == "__main__":
    main()
