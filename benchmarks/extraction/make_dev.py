"""Write the development pages (the ones the noise rules were tuned on) to pages/dev/.

Run: python benchmarks/extraction/make_dev.py  (deterministic; the output is committed).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import random

from fixturekit import Article, Noise, esc, paragraphs_html, write_page

ARTICLES = [
    Article(
        "mineral-policy",
        "Cabinet clears draft mineral policy for Chagai district",
        "Nadia Rind",
        "2026-03-03T09:40:00+05:00",
        [
            "Quetta, March 3 (IANS) - The provincial cabinet on Tuesday cleared a draft mineral "
            "policy that would require mining companies in Chagai district to hire at least half "
            "of their workforce from nearby villages, officials said.",
            "The draft also sets aside a share of royalty income for a district development fund, "
            "which local elders have demanded for more than a decade during talks with the "
            "provincial government.",
            "Opposition members said the policy had been prepared without consulting tribal "
            "councils and warned that it could face legal challenges once it reaches the "
            "assembly for a vote.",
            "A spokesman for the mines department said public hearings would be held in Dalbandin "
            "and Nokkundi before the final text is sent to the assembly next month.",
        ],
        tail="--IANS",
        agency="IANS",
        place="Quetta",
    ),
    Article(
        "gwadar-desal",
        "Second desalination unit starts trial run in Gwadar",
        "Staff Reporter",
        "2026-03-04T11:05:00+05:00",
        [
            "GWADAR, March 4 (APP): A second seawater desalination unit began a trial run in "
            "Gwadar on Wednesday, raising the port city's daily supply by an estimated 1.2 million "
            "gallons, the district administration said.",
            "Residents of the old town have relied on water tankers for most of the past year "
            "after the Ankara Kaur dam ran low following two weak monsoon seasons.",
            "The deputy commissioner told reporters that the plant would run at half capacity for "
            "two weeks while engineers check the intake pipes and the power supply from the grid "
            "station.",
            "Fishermen's groups welcomed the trial but asked the authorities to publish figures "
            "on the brine discharged back into the bay, which they say affects their catch near "
            "the shore.",
        ],
        agency="APP",
        place="Gwadar",
    ),
    Article(
        "gb-glacier",
        "Glacier lake warning issued for Hunza villages",
        "Farhan Ali Shah",
        "2026-05-12T07:20:00+05:00",
        [
            "GILGIT: The Gilgit-Baltistan Disaster Management Authority on Monday issued a warning "
            "for six villages in Hunza after satellite images showed a glacial lake swelling "
            "faster than usual for the season.",
            "Officials said the lake above Hassanabad had grown by nearly a fifth in three weeks, "
            "and that early-warning sirens installed two years ago had been tested on Sunday "
            "evening.",
            "Families living closest to the stream bed have been asked to move livestock and "
            "stored grain to higher ground, while schools in the area will remain open for now.",
            "Local volunteers said the Karakoram Highway bridge near the village had been "
            "inspected and cleared for traffic, but warned that a sudden outburst could cut the "
            "road for days.",
        ],
        place="Gilgit",
    ),
    Article(
        "power-tariff",
        "Traders protest power tariff rise in Turbat",
        "Reuters",
        "2026-02-20T14:00:00+00:00",
        [
            "ISLAMABAD (Reuters) - Traders in the southwestern town of Turbat shut their shops on "
            "Friday to protest a rise in electricity tariffs, the third such strike this year, "
            "local officials and traders said.",
            "The federal energy ministry raised tariffs this month under a programme agreed with "
            "lenders, saying the increase was needed to reduce the debt that has piled up in the "
            "power sector.",
            "Shopkeepers said supply in the town was available for fewer than ten hours a day, and "
            "that higher bills for an unreliable service were pushing small businesses toward "
            "closure.",
            "A ministry official, speaking on condition of anonymity, said relief for consumers in "
            "remote districts was under discussion but no decision had been taken.",
        ],
        agency="Reuters",
        place="Islamabad",
    ),
    Article(
        "kabul-talks",
        "Officials meet in Kabul on border trade crossings",
        "Desk Report",
        "2026-01-15T16:30:00+05:30",
        [
            "New Delhi, Jan 15 (PTI) — Senior officials from the region met in Kabul on Thursday "
            "to discuss reopening two border trade crossings that have been closed since the "
            "autumn, according to people familiar with the talks.",
            "Transport operators say hundreds of trucks carrying fruit and coal have been stuck on "
            "both sides of the border, with losses mounting as perishable goods spoil.",
            "The talks also covered visa rules for traders and patients who travel for treatment, "
            "a subject on which earlier meetings had made little progress.",
            "A joint statement is expected after a second round of meetings planned for next "
            "month, officials said.",
        ],
        tail="(With inputs from PTI)",
        agency="PTI",
        place="New Delhi",
    ),
    Article(
        "quetta-school",
        "Girls' school reopens in Quetta after repairs",
        "Saima Kakar",
        "2026-04-08T10:10:00+05:00",
        [
            "Quetta [Pakistan], April 8 (ANI): A government girls' high school in the eastern part "
            "of Quetta reopened on Wednesday after a year of repairs to its roof and classrooms, "
            "officials said.",
            "The school, which enrols about nine hundred students, had been closed after heavy "
            "rain damaged the building, and classes had been held in a nearby community hall.",
            "Parents said the new classrooms were an improvement but that the school still lacked "
            "a science laboratory and enough teachers for the senior grades.",
            "The education department said recruitment for twenty teaching posts in the district "
            "would be announced before the summer holidays.",
        ],
        tail="Based on ANI report",
        agency="ANI",
        place="Quetta",
    ),
    Article(
        "skardu-airport",
        "Skardu airport extends runway for winter flights",
        "Karakoram Post Staff",
        "2026-10-02T08:45:00+05:00",
        [
            "Work to extend the runway at Skardu airport is expected to finish before December, "
            "allowing larger aircraft to land during the winter months, the civil aviation "
            "authority said on Friday.",
            "Tour operators in Baltistan say the extension could stretch the tourist season, "
            "which now ends when road travel becomes difficult after the first snowfall.",
            "The project has been delayed twice, first by a shortage of materials and then by a "
            "dispute over land compensation with families living near the airport boundary.",
            "Officials said that compensation had now been paid and that night landing equipment "
            "would be installed in the next phase of work.",
        ],
    ),
    Article(
        "cpec-road",
        "Work resumes on Hoshab-Awaran road section",
        "Makran Observer Correspondent",
        "2026-06-18T13:00:00+05:00",
        [
            "Turbat, June 18 (Xinhua) -- Construction resumed on Thursday on a section of the road "
            "linking Hoshab and Awaran, after a three-month pause caused by a contract dispute, "
            "the provincial works department said.",
            "The road is meant to cut travel time between the coast and the central districts of "
            "the province, and is part of a wider package of projects announced several years "
            "ago.",
            "Contractors said security arrangements for workers had been reviewed and that camps "
            "along the route had been moved closer to police posts.",
            "Residents of Awaran said the road would make it easier to reach hospitals in Turbat "
            "and Karachi, but asked that local labourers be hired for the work.",
        ],
        agency="Xinhua",
        place="Turbat",
    ),
    Article(
        "hr-hearing",
        "Commission hears families of missing persons in Quetta",
        "Amna Baloch",
        "2026-07-22T12:15:00+05:00",
        [
            "A commission on enforced disappearances heard testimony from forty families in Quetta "
            "this week, the largest number of cases it has taken up in a single sitting, "
            "according to lawyers who attended.",
            "Relatives travelled from Kech, Panjgur and Khuzdar, many of them carrying photographs "
            "and copies of police reports filed years ago.",
            "Lawyers for the families said the commission had ordered officials to submit updates "
            "on twelve cases within a month, a step they described as modest but welcome.",
            "Rights groups have long called for the commission's powers to be strengthened, "
            "arguing that its orders are too often ignored.",
            "The next hearing is scheduled for September in Turbat, the commission's secretary "
            "said.",
        ],
    ),
    Article(
        "earthquake-drill",
        "Earthquake drill held in Ziarat schools",
        "Staff Correspondent",
        "2026-09-09T09:00:00+05:00",
        [
            "ZIARAT, Sept 9: Students and teachers in eleven schools in Ziarat took part in an "
            "earthquake drill on Wednesday, the first such exercise in the district since a "
            "strong tremor struck the area years ago.",
            "Rescue workers showed students how to take cover under desks and how to leave the "
            "buildings in an orderly way once the shaking stops.",
            "District officials said several school buildings still needed structural "
            "strengthening and that funds had been requested from the provincial government.",
            "Teachers said the drill would be repeated every term so that new students learn "
            "what to do.",
        ],
        place="Ziarat",
    ),
    Article(
        "cricket-final",
        "Quetta side reaches final of inter-district tournament",
        "Sports Desk",
        "2026-11-01T18:20:00+05:00",
        [
            "A team from Quetta reached the final of the inter-district cricket tournament on "
            "Sunday after beating Sibi by six wickets in a semi-final played before a full crowd.",
            "Chasing 171, the side lost two early wickets but recovered through a steady "
            "partnership between its captain and a seventeen-year-old batsman playing his first "
            "season.",
            "The organisers said the final would be played on Wednesday under floodlights, the "
            "first night match at the ground since its renovation.",
            "Coaches said several players from the tournament had been invited to trials for the "
            "provincial under-19 squad.",
        ],
    ),
    Article(
        "dam-funds",
        "Funds released for small dams in Kachhi",
        "APP",
        "2026-08-14T15:00:00+05:00",
        [
            "The federal government released funds for the construction of four small dams in "
            "Kachhi district, which is expected to store flood water for irrigation during the "
            "dry months, officials said on Friday.",
            "Farmers in the district have lost crops to both floods and drought in recent years, "
            "and local representatives have pressed for storage to even out the supply.",
            "The irrigation department said tenders would be issued within a month and that "
            "construction would begin after the monsoon season.",
            "Engineers said the designs had been revised to take account of the heavy floods of "
            "recent years, with larger spillways than first planned.",
        ],
        agency="APP",
    ),
    Article(
        "urdu-water",
        "کوئٹہ میں پانی کی فراہمی کا نیا منصوبہ",
        "نمائندہ خصوصی",
        "2026-03-10T10:00:00+05:00",
        [
            "کوئٹہ: صوبائی حکومت نے شہر میں پانی کی قلت دور کرنے کے لیے ایک نئے منصوبے کی منظوری دے "
            "دی ہے جس کے تحت پرانی پائپ لائنوں کو تبدیل کیا جائے گا۔",
            "حکام کے مطابق منصوبے کے پہلے مرحلے میں شہر کے مشرقی علاقوں کو ترجیح دی جائے گی جہاں "
            "شہری کئی ماہ سے ٹینکروں پر انحصار کر رہے ہیں۔",
            "محکمہ آبپاشی کے ایک افسر نے بتایا کہ زیر زمین پانی کی سطح ہر سال نیچے جا رہی ہے اور "
            "بارش کے پانی کو ذخیرہ کرنے کے لیے چھوٹے ڈیم بھی بنائے جائیں گے۔",
            "شہریوں نے منصوبے کا خیرمقدم کیا تاہم مطالبہ کیا کہ کام کی رفتار اور اخراجات کے بارے "
            "میں معلومات عوام کے سامنے رکھی جائیں۔",
        ],
        place="کوئٹہ",
        lang="ur",
    ),
]

HEADLINES = [
    "Provincial assembly session adjourned amid walkout",
    "Coal miners demand safety gear after mine accident",
    "New bus service links Quetta with Chaman",
    "Dates harvest expected to rise in Panjgur this year",
    "Court seeks report on delayed university funds",
    "Wheat stocks sufficient until next harvest, says minister",
    "Polio campaign begins in twelve districts",
    "Fishermen stage sit-in at Pasni harbour",
    "Hospital in Khuzdar gets first dialysis unit",
    "Snowfall closes Babusar Pass for the season",
    "Traders seek extension of border market hours",
    "Solar panels installed in remote Awaran schools",
    "Police recruit first women officers in Kech",
    "Apricot growers in Hunza look for new markets",
    "Survey finds rise in out-of-school children",
    "Railway track repair to finish by month end",
]


def headline_list(rng: random.Random, n: int = 4) -> list[str]:
    return rng.sample(HEADLINES, n)


def links(items: list[str], li: bool = True) -> str:
    if li:
        return "".join(f'<li><a href="/news/{i}">{esc(h)}</a></li>' for i, h in enumerate(items))
    return "".join(f'<div><a href="/news/{i}">{esc(h)}</a></div>' for i, h in enumerate(items))


# --- noise blocks (the markup most CMSs produce) --------------------------------------


def related_classed(rng: random.Random) -> Noise:
    items = headline_list(rng)
    return Noise(
        f'<div class="related-posts"><h3>Related Stories</h3><ul>{links(items)}</ul></div>',
        ["Related Stories", *items],
    )


def hot_week_unclassed(rng: random.Random) -> Noise:
    items = headline_list(rng, 5)
    return Noise(
        f'<div class="x9k2"><h4>Hot this week</h4>{links(items, li=False)}</div>',
        ["Hot this week", *items],
    )


def read_more_teaser(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(
        f'<p><strong>Read More:</strong> <a href="/news/x">{esc(h)}</a></p>', ["Read More", h]
    )


def also_read(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p>Also read: <a href="/news/y">{esc(h)}</a></p>', ["Also read", h])


def recommended(rng: random.Random) -> Noise:
    items = headline_list(rng, 3)
    return Noise(
        f'<section class="recommended-stories"><h2>Recommended Stories</h2><ul>{links(items)}</ul>'
        "</section>",
        ["Recommended Stories", *items],
    )


def newsletter_box(rng: random.Random) -> Noise:
    text = "Sign up for our daily newsletter to get the top stories in your inbox."
    return Noise(
        f'<div class="newsletter-signup"><p>{text}</p><form action="/subscribe">'
        '<input type="email" placeholder="Your email address"><button>Subscribe</button></form>'
        "</div>",
        [text],
    )


def newsletter_line(rng: random.Random) -> Noise:
    text = "Subscribe to our newsletter for the latest updates from the province."
    return Noise(f"<p><em>{text}</em></p>", [text])


def share_widget(rng: random.Random) -> Noise:
    return Noise(
        '<div class="share-buttons"><span>Share</span><a href="#">Facebook</a>'
        '<a href="#">Twitter</a><a href="#">WhatsApp</a></div>',
        ["WhatsApp"],
    )


def share_line(rng: random.Random) -> Noise:
    return Noise(
        '<p>Share this article: <a href="#">Facebook</a> | <a href="#">X</a></p>',
        ["Share this article"],
    )


def author_bio(rng: random.Random) -> Noise:
    text = (
        "Hamid Jamali is a senior correspondent covering energy, mining and the economy "
        "of the province."
    )
    return Noise(f'<div class="author-bio"><img src="/a.jpg" alt=""><p>{text}</p></div>', [text])


def author_bio_plain(rng: random.Random) -> Noise:
    text = "Zarina Mengal is a staff reporter based in Quetta who covers courts and education."
    return Noise(f"<p><em>{text}</em></p>", [text])


def comments_area(rng: random.Random) -> Noise:
    return Noise(
        '<div id="comments" class="comments-area"><h3>Leave a Reply</h3>'
        "<form><label>Please enter your comment!</label><textarea></textarea>"
        "<label>Please enter your name here</label><input type=text></form></div>",
        ["Leave a Reply", "Please enter your comment", "Please enter your name"],
    )


def comments_plain(rng: random.Random) -> Noise:
    return Noise(
        "<h4>Comments</h4><p>Comments reflect users' views and not those of this newspaper.</p>"
        "<div>Loading comments…</div>",
        ["Comments reflect users", "Loading comments"],
    )


def photo_credit(rng: random.Random) -> Noise:
    return Noise(
        '<figure><img src="/p.jpg" alt=""><figcaption>Workers at the site on Monday. '
        "(Photo: Staff Photographer)</figcaption></figure>",
        ["Staff Photographer"],
    )


def photo_credit_line(rng: random.Random) -> Noise:
    return Noise("<p>Photo: Qasim Raisani / File</p>", ["Qasim Raisani"])


INSIDE = [
    related_classed,
    hot_week_unclassed,
    read_more_teaser,
    also_read,
    recommended,
    newsletter_line,
    share_line,
    photo_credit,
    photo_credit_line,
    newsletter_box,
    share_widget,
]
# Author boxes and comment sections follow the body (inside its container or not).
AFTER_BODY = [
    author_bio,
    author_bio_plain,
    comments_plain,
    comments_area,
    newsletter_line,
    share_line,
    related_classed,
]
OUTSIDE = [
    related_classed,
    hot_week_unclassed,
    recommended,
    newsletter_box,
    share_widget,
    comments_area,
    author_bio,
]

# --- page templates (one per CMS family) ------------------------------------------------


def head(a: Article, site: str, url: str, extra: str = "") -> str:
    return (
        f'<head><meta charset="utf-8"><title>{esc(a.title)} | {esc(site)}</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:title" content="{esc(a.title)}">'
        f'<meta property="article:published_time" content="{a.date}">'
        f'<meta name="author" content="{esc(a.author)}">{extra}</head>'
    )


SECTIONS = [
    "Pakistan",
    "Balochistan",
    "Gilgit-Baltistan",
    "Sindh",
    "Punjab",
    "Khyber",
    "World",
    "Business",
    "Markets",
    "Sport",
    "Cricket",
    "Opinion",
    "Editorial",
    "Culture",
    "Science",
    "Health",
    "Education",
    "Weather",
    "Videos",
    "Podcasts",
]
# Real article pages carry tens of kilobytes of scripts and menus around a short body;
# the chrome below gives the fixtures a comparable weight (so speed figures mean something).
SCRIPT = "".join(
    f"window.dataLayer=window.dataLayer||[];dataLayer.push({{'event':'view','slot':{i},"
    f"'section':'{s}','ts':{1700000000 + i * 37}}});"
    for i, s in enumerate(SECTIONS * 6)
)


def nav(site: str) -> str:
    menu = "".join(
        f'<li class="menu-item"><a href="/{s.lower()}">{esc(s)}</a><ul class="sub-menu">'
        + "".join(f'<li><a href="/{s.lower()}/{k}">{esc(s)} {k}</a></li>' for k in range(4))
        + "</ul></li>"
        for s in SECTIONS
    )
    return (
        f'<script>{SCRIPT}</script><div class="top-bar"><span>Sunday</span>'
        '<a href="/epaper">E-Paper</a><a href="/login">Log in</a></div>'
        f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
        f'<nav class="main-nav"><ul class="menu">{menu}</ul></nav></header>'
        '<div class="ad-slot" id="ad-top"><ins class="adsbygoogle"></ins></div>'
    )


def footer(site: str) -> str:
    cols = "".join(
        f'<div class="footer-col"><h5>{esc(s)}</h5><ul>'
        + "".join(f'<li><a href="/{s.lower()}/{k}">{esc(s)} archive {k}</a></li>' for k in range(3))
        + "</ul></div>"
        for s in SECTIONS
    )
    return (
        f'<footer class="site-footer">{cols}<p>© 2026 {esc(site)}. All rights reserved.</p>'
        '<a href="/about">About us</a> <a href="/contact">Contact</a>'
        f'<a href="/privacy">Privacy</a></footer><script>{SCRIPT}</script>'
    )


def wordpress(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{head(a, site, url)}<body class="single">'
        f'{nav(site)}<div id="content"><article class="post type-post">'
        f'<h1 class="entry-title">{esc(a.title)}</h1><div class="entry-meta">By '
        f'<span class="author vcard">{esc(a.author)}</span> <time datetime="{a.date}">'
        f'{a.date[:10]}</time></div><div class="entry-content">{body}</div></article>'
        f"{''.join(n.html for n in outside)}</div>{footer(site)}</body></html>"
    )


def drupal(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{head(a, site, url)}<body>{nav(site)}'
        '<main role="main"><div class="region region-content"><div class="node node--type-article">'
        f'<h1 class="page-title"><span>{esc(a.title)}</span></h1>'
        f'<div class="field field--name-field-byline">{esc(a.author)}</div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        f'field--item">{body}</div></div></div>'
        f'<div class="region region-sidebar">{"".join(n.html for n in outside)}</div>'
        f"</main>{footer(site)}</body></html>"
    )


def arc(a, url, site, inside, outside):
    body = paragraphs_html(a, inside, p_attr=' class="c-paragraph" data-type="text"')
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":'
        f'"{esc(a.title)}","datePublished":"{a.date}","author":{{"@type":"Person","name":'
        f'"{esc(a.author)}"}}}}</script>'
    )
    return (
        f'<!DOCTYPE html><html lang="{a.lang}">{head(a, site, url, ld)}<body>'
        f'<div id="fusion-app">{nav(site)}<div class="layout-section">'
        f'<div class="c-header"><h1 class="c-heading">{esc(a.title)}</h1>'
        f'<div class="c-byline">By <a href="/author">{esc(a.author)}</a></div></div>'
        f'<div class="article-body">{body}</div>'
        f'<div class="layout-right">{"".join(n.html for n in outside)}</div>'
        f"</div>{footer(site)}</div></body></html>"
    )


def custom(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<html lang="{a.lang}">{head(a, site, url)}<body><table width="100%"><tr>'
        f'<td class="main"><div class="newsTitle">{esc(a.title)}</div>'
        f'<div class="newsDate">{a.date[:10]}</div><div id="newsText">{body}</div></td>'
        f'<td class="side">{"".join(n.html for n in outside)}</td></tr></table>'
        f"{footer(site)}</body></html>"
    )


def amp(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    return (
        f'<!doctype html><html amp lang="{a.lang}">{head(a, site, url)}<body>'
        f'<header class="amp-header">{esc(site)}</header><article class="amp-article">'
        f'<h1>{esc(a.title)}</h1><amp-img src="/i.jpg" width="600" height="400"></amp-img>'
        f'<div class="amp-story-body">{body}</div>'
        '<amp-social-share type="facebook"></amp-social-share></article>'
        f"{''.join(n.html for n in outside)}{footer(site)}</body></html>"
    )


def html5(a, url, site, inside, outside):
    body = paragraphs_html(a, inside)
    direction = ' dir="rtl"' if a.lang == "ur" else ""
    return (
        f'<!DOCTYPE html><html lang="{a.lang}"{direction}>{head(a, site, url)}<body>'
        f"{nav(site)}<main><article><header><h1>{esc(a.title)}</h1>"
        f'<p class="byline">{esc(a.author)}</p></header>{body}</article>'
        f"<aside>{''.join(n.html for n in outside)}</aside></main>{footer(site)}"
        "</body></html>"
    )


TEMPLATES = [wordpress, drupal, arc, custom, amp, html5]
SITES = [
    ("Quetta Chronicle", "quettachronicle.example"),
    ("The Frontier Ledger", "frontierledger.example"),
    ("Karakoram Post", "karakorampost.example"),
    ("Makran Observer", "makranobserver.example"),
    ("Indus Wire Daily", "induswire.example"),
    ("Capital Gazette", "capitalgazette.example"),
]
NOISY_PAGES = 32
CLEAN_PAGES = 8


def urdu_noise(rng: random.Random) -> Noise:
    h = "گوادر میں ماہی گیروں کا احتجاج جاری"
    return Noise(f'<p>مزید پڑھیں: <a href="/ur/1">{h}</a></p>', ["مزید پڑھیں", h])


def main() -> None:
    rng = random.Random(20260303)
    english = [a for a in ARTICLES if a.lang == "en"]
    urdu = [a for a in ARTICLES if a.lang == "ur"]
    for n in range(NOISY_PAGES):
        article = english[n % len(english)] if n % 11 != 10 else urdu[0]
        template = TEMPLATES[n % len(TEMPLATES)] if article.lang == "en" else html5
        site, domain = SITES[(n * 5) % len(SITES)]
        url = f"https://{domain}/2026/{article.slug}-{n}"
        picks = [*rng.sample(INSIDE, 2), rng.choice(AFTER_BODY)]
        if article.lang == "ur":
            picks = [urdu_noise, share_widget, comments_area]
        last = len(article.paragraphs)
        inside = {1: [picks[0](rng)], 2: [picks[1](rng)], last: [picks[2](rng)]}
        outside = [f(rng) for f in rng.sample(OUTSIDE, 2)]
        noise = [x for xs in inside.values() for x in xs] + outside
        page = template(article, url, site, inside, outside)
        write_page("dev", f"noisy-{n:02d}-{template.__name__}", url, page, article, noise)
    for n in range(CLEAN_PAGES):
        article = english[(n * 3 + 1) % len(english)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/2026/{article.slug}-clean-{n}"
        page = template(article, url, site, {}, [])
        write_page("dev", f"clean-{n:02d}-{template.__name__}", url, page, article, [])


if __name__ == "__main__":
    main()
