"""Write a fourth held-out set to pages/heldout4/: written after the structural rules.

The blind check of the shape rules added after ``heldout3`` (link lines, button-ended
boxes, stray labels, headings of headline lists, reader prompts, credit and update
shapes). New articles, four new layouts (Tailwind utility classes, an ASP.NET WebForms
portal with ``ctl00_`` ids, a Wix-like page of nested spans and ``data-testid``
attributes, a Jekyll-like blog) and every kind of noise worded again, including
shapes the rules were not written for (reading-time lines, "was this helpful" polls,
tip-line requests). Every outlet, person and sentence here is invented.

Run: python benchmarks/extraction/make_heldout4.py  (deterministic; output committed).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from fixturekit import Article, Noise, esc, paragraphs_html, write_page
from make_heldout3 import footer, head, navbar

SPLIT = "heldout4"

ARTICLES = [
    Article(
        "panjgur-dates",
        "Panjgur date growers try cold storage",
        "Shahzaib Baloch",
        "2026-09-14T10:00:00+05:00",
        [
            "Date growers in Panjgur have pooled money to build the district's first cold store, "
            "hoping to sell their fruit later in the year when prices are higher.",
            "The store can hold about two hundred tonnes and runs on solar power during the day "
            "and a diesel generator at night, its manager said.",
            "Growers said middlemen had long bought their dates straight after the harvest at low "
            "prices, because the fruit would spoil within weeks in the heat.",
            "What happens if the generator fails? The manager said a second one was on order.",
            "The growers plan a second store next year if this one pays for itself.",
        ],
    ),
    Article(
        "khunjerab-trade",
        "Trade through Khunjerab picks up after winter closure",
        "Xinhua",
        "2026-04-03T14:20:00+05:00",
        [
            "SOST, April 3 (Xinhua) -- Trucks carrying fruit, textiles and machinery crossed the "
            "Khunjerab pass on Friday as trade resumed after the winter closure, customs officials "
            "said.",
            "Officials said about sixty trucks had been cleared on the first day, more than on the "
            "opening day last year.",
            "Traders in Sost said faster clearance at the new customs yard had cut waiting times "
            "from days to hours.",
            "The pass stays open until the end of November.",
        ],
        agency="Xinhua",
        place="Sost",
    ),
    Article(
        "lasbela-mangroves",
        "Fishing families replant mangroves near Sonmiani",
        "Amna Jamali",
        "2026-02-26T08:30:00+05:00",
        [
            "Fishing families near Sonmiani have replanted mangroves along a stretch of creek that "
            "was cleared for firewood a decade ago.",
            "Women from three villages raise the seedlings in plastic bags and carry them out at "
            "low tide, said a coordinator of the project.",
            "Fishermen said crabs and young fish had already returned to the replanted areas, "
            "and that their catches near the shore had improved.",
            "Follow-up surveys will be carried out every six months, the coordinator said.",
        ],
    ),
    Article(
        "chitral-power",
        "Small hydropower plant lights up Chitral villages",
        "APP",
        "2026-01-20T16:00:00+05:00",
        [
            "CHITRAL, Jan 20 (APP): A small hydropower plant built on a mountain stream began "
            "supplying electricity to five villages in upper Chitral on Tuesday.",
            "The plant produces about four hundred kilowatts and was built by a community "
            "organisation with a grant from the provincial government.",
            "Villagers said they had relied on kerosene lamps and a few solar panels until now, "
            "and that schools would be able to run evening classes.",
            "A committee of villagers will collect fees to pay for repairs.",
        ],
        agency="APP",
        place="Chitral",
    ),
    Article(
        "hub-textbooks",
        "Hub schools receive textbooks weeks late",
        "Staff Reporter",
        "2026-05-08T09:45:00+05:00",
        [
            "HUB: Government schools in Hub received their textbooks on Thursday, five weeks after "
            "the school year began, education officials said.",
            "Teachers said pupils had shared a few old copies in the meantime, and that some "
            "classes had fallen behind in mathematics and English.",
            "The education department blamed delays at the printing press and said it would "
            "change its supplier next year.",
            "Parents said they had bought some books in the market at their own cost.",
        ],
        place="Hub",
    ),
]

HEADLINES = [
    "Turbat university opens new library wing",
    "Wind farm proposed near Jiwani coast",
    "Mastung apple growers form cooperative",
    "Bus fares rise on Quetta to Karachi route",
    "Anti-polio drive reaches remote Kohlu villages",
    "Gilgit cricket ground gets floodlights",
    "Desalination plant repaired in Gwadar",
    "Old caravanserai restored in Chaman",
]


def pick(rng: random.Random, n: int) -> list[str]:
    return rng.sample(HEADLINES, n)


def links(items: list[str], wrap: str = "li") -> str:
    return "".join(
        f'<{wrap}><a href="/read/{i}">{esc(h)}</a></{wrap}>' for i, h in enumerate(items)
    )


# --- noise, worded and marked up afresh ---------------------------------------------


def ad_label(rng: random.Random) -> Noise:
    text = rng.choice(["Continue reading below", "Paid promotion", "Partner content"])
    return Noise(f'<div class="tw-ad"><p class="text-xs uppercase">{text}</p></div>', [text])


def reading_time(rng: random.Random) -> Noise:
    return Noise('<span class="text-sm">Reading time: 3 minutes</span>', ["Reading time"])


def helpful_poll(rng: random.Random) -> Noise:
    return Noise(
        '<div class="poll"><p>Was this article helpful?</p><a href="#y">Yes</a> '
        '<a href="#n">No</a></div>',
        ["Was this article helpful"],
    )


def tip_line(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Have a story idea? Email our newsroom at tips@hubtimes.example.",
            "Know something we should look into? Send us a tip in confidence.",
        ]
    )
    return Noise(f"<p><em>{esc(text)}</em></p>", [text])


def pictured(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Pictured: volunteers at the creek. Credit: Sana Kalmati",
            "Main image: Ali Hassan Zehri/Valley Courier",
            "Photos by Yasir Mengal",
        ]
    )
    return Noise(f'<p class="caption">{esc(text)}</p>', [text])


def latest_region(rng: random.Random) -> Noise:
    items = pick(rng, 3)
    heading = rng.choice(["Latest from the region", "Elsewhere in the province", "Before you go"])
    return Noise(
        f"<h3>{esc(heading)}</h3><ul class='list-none'>{links(items)}</ul>", [heading, *items]
    )


def sponsored_link(rng: random.Random) -> Noise:
    h = rng.choice(HEADLINES)
    return Noise(f'<p>Sponsored: <a href="/s/1">{esc(h)}</a></p>', ["Sponsored:", h])


def reader_funded(rng: random.Random) -> Noise:
    text = (
        "Our reporting is paid for by readers like you. Become a member and keep the newsroom "
        "independent."
    )
    return Noise(
        f'<section class="mt-8 p-4"><p>{text}</p><a href="/member">Join now</a></section>',
        ["paid for by readers like you", "Join now"],
    )


def email_capture(rng: random.Random) -> Noise:
    return Noise(
        '<div class="mail-box"><h4>Morning Mail</h4><p>The day\'s five stories before 8am.</p>'
        '<input type="email" placeholder="Email"><a href="#">Get it</a></div>',
        ["Morning Mail", "five stories before 8am"],
    )


def posted_in(rng: random.Random) -> Noise:
    return Noise(
        '<p class="cats">Posted in <a href="/c/1">Coast</a>, <a href="/c/2">Environment</a></p>',
        ["Posted in"],
    )


def bio_more(rng: random.Random) -> Noise:
    text = "Amna Jamali covers the Lasbela coast and has reported on fisheries since 2019."
    return Noise(
        f'<div class="person"><p>{text}</p><a href="/people/aj">More by this author</a></div>',
        [text, "More by this author"],
    )


def issue_report(rng: random.Random) -> Noise:
    text = "Report an issue with this article"
    return Noise(f'<p><a href="/fix">{text}</a></p>', [text])


def last_modified(rng: random.Random) -> Noise:
    text = "Last modified on Friday, 15 May 2026 at 18:02"
    return Noise(f'<p class="mod">{text}</p>', [text])


def copy_row(rng: random.Random) -> Noise:
    return Noise(
        '<div class="actions"><a href="#">Bookmark</a> <a href="#">Copy link</a> '
        '<a href="#">Print this page</a></div>',
        ["Bookmark", "Print this page"],
    )


def comment_note(rng: random.Random) -> Noise:
    text = (
        "Opinions posted below belong to their authors. We remove posts that break our "
        "community rules."
    )
    return Noise(f"<div><p>{text}</p></div>", ["Opinions posted below"])


def watch_video(rng: random.Random) -> Noise:
    text = "Watch our video report from the valley on the Courier's channel"
    return Noise(f"<p>{text}</p>", [text])


def correction_note(rng: random.Random) -> Noise:
    text = rng.choice(
        [
            "Clarification: a caption in an earlier edition named the wrong village.",
            "This piece was revised on 9 May to add the department's response.",
        ]
    )
    return Noise(f"<p><small>{esc(text)}</small></p>", [text])


INSIDE: list[Callable[[random.Random], Noise]] = [
    ad_label,
    pictured,
    latest_region,
    sponsored_link,
    watch_video,
    email_capture,
    tip_line,
]
AFTER_BODY: list[Callable[[random.Random], Noise]] = [
    helpful_poll,
    tip_line,
    posted_in,
    bio_more,
    issue_report,
    last_modified,
    copy_row,
    correction_note,
    reader_funded,
]
OUTSIDE: list[Callable[[random.Random], Noise]] = [
    latest_region,
    comment_note,
    reader_funded,
    email_capture,
    bio_more,
]


def tailwind(a, url, site, inside, outside, top):
    body = paragraphs_html(a, inside, p_attr=' class="mb-4 leading-7"')
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body class="bg-white">'
        f'{navbar(site)}<main class="mx-auto max-w-3xl px-4"><h1 class="text-3xl font-bold">'
        f'{esc(a.title)}</h1><div class="flex gap-2 text-sm">{esc(a.author)}{top}</div>'
        f'<div class="prose prose-lg">{body}</div>'
        f'<div class="mt-10 grid grid-cols-2">{"".join(n.html for n in outside)}</div></main>'
        f"{footer(site)}</body></html>"
    )


def aspnet(a, url, site, inside, outside, top):
    body = paragraphs_html(a, inside)
    return (
        f'<html>{head(a, url, site)}<body><form id="aspnetForm" method="post" action="./x">'
        f'<div id="ctl00_pnlHeader">{navbar(site)}</div>'
        f'<span id="ctl00_ContentPlaceHolder1_lblTitle"><b>{esc(a.title)}</b></span><br>'
        f'<span id="ctl00_ContentPlaceHolder1_lblAuthor">{esc(a.author)}</span>{top}'
        f'<div id="ctl00_ContentPlaceHolder1_divDetail">{body}</div>'
        f'<div id="ctl00_pnlRight">{"".join(n.html for n in outside)}</div>'
        f"</form>{footer(site)}</body></html>"
    )


def wix(a, url, site, inside, outside, top):
    body = paragraphs_html(a, inside).replace("<p>", '<p class="font_8"><span>')
    body = body.replace("</p>", "</span></p>")
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body><div id="SITE_CONTAINER">'
        f'{navbar(site)}<div data-testid="richTextElement"><h1 class="font_0">'
        f'<span>{esc(a.title)}</span></h1></div><div data-testid="post-author">'
        f'{esc(a.author)}</div>{top}<div data-testid="richTextElement" class="rc-9">{body}</div>'
        f'<div data-testid="columns">{"".join(n.html for n in outside)}</div>'
        f"{footer(site)}</div></body></html>"
    )


def jekyll(a, url, site, inside, outside, top):
    body = paragraphs_html(a, inside)
    return (
        f'<!DOCTYPE html><html lang="en">{head(a, url, site)}<body>{navbar(site)}'
        f'<div class="wrapper"><article class="post h-entry"><header class="post-header">'
        f'<h1 class="post-title p-name">{esc(a.title)}</h1><p class="post-meta">'
        f'{esc(a.author)}</p>{top}</header><div class="post-content e-content">{body}</div>'
        f"</article>{''.join(n.html for n in outside)}</div>{footer(site)}</body></html>"
    )


TEMPLATES = [tailwind, aspnet, wix, jekyll]
SITES = [("Valley Courier", "valleycourier.example"), ("Hub Times", "hubtimes.example")]
NOISY_PAGES = 12
CLEAN_PAGES = 4


def main() -> None:
    rng = random.Random(9127)
    for n in range(NOISY_PAGES):
        article = ARTICLES[n % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/news/{article.slug}-{n}"
        last = len(article.paragraphs)
        inside = {
            1: [rng.choice(INSIDE)(rng)],
            2: [rng.choice(INSIDE)(rng)],
            last: [f(rng) for f in rng.sample(AFTER_BODY, 2)],
        }
        top = reading_time(rng) if n % 2 == 0 else None
        outside = [f(rng) for f in rng.sample(OUTSIDE, 2)]
        noise = [x for xs in inside.values() for x in xs] + outside + ([top] if top else [])
        write_page(
            SPLIT,
            f"noisy-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, inside, outside, top.html if top else ""),
            article,
            noise,
        )
    for n in range(CLEAN_PAGES):
        article = ARTICLES[(n + 1) % len(ARTICLES)]
        template = TEMPLATES[n % len(TEMPLATES)]
        site, domain = SITES[n % len(SITES)]
        url = f"https://{domain}/news/{article.slug}-clean-{n}"
        write_page(
            SPLIT,
            f"clean-{n:02d}-{template.__name__}",
            url,
            template(article, url, site, {}, [], ""),
            article,
            [],
        )


if __name__ == "__main__":
    main()
