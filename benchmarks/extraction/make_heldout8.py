"""Write an eighth held-out set to pages/heldout8/ -- written BLIND.

The author of this set did not read the pipeline, config/noise.yaml, the tests, any
RESULTS.md, the heldout3..7 generators or any existing page; only fixturekit.py,
make_heldout2.py and the fixture-format part of the README. So nothing here is tuned
to (or away from) the current rules.

What is new compared with earlier rounds (as far as a blind author can tell):

* Layout/markup: Ghost cards (kg-bookmark / kg-callout used for BOTH noise and
  content), Hugo with footnotes (footnote text is body), Jekyll + microformats
  h-entry, a Substack-like newsletter issue posted as an article, a Medium-like post,
  Blogger ``<br>`` text with Blogger's own chrome, a Tumblr-like text post, ASP.NET
  WebForms (page-wide ``<form>``, ``__VIEWSTATE``, body in a ``<span>`` with ``<br />``),
  frames-era nested tables with ``<font>``, Bootstrap cards (body in ``card-text`` and
  related stories in identical cards), Tailwind utility classes only, RDFa
  ``property="articleBody"``, paragraphs written as ``<li>`` items, an inline
  "key facts" box that IS article content, a live blog whose timestamps are content,
  an interview in ``<dl>``, a photo essay whose captions are the content, data tables
  in the body, three-plus Urdu RTL pages.
* Noise in unexpected places: inside ``<blockquote>`` (WordPress-style embed), inside
  ``<figure>``/``<figcaption>`` (a credit span next to a content caption), between
  ``<li>`` items and between ``<dt>/<dd>`` pairs, before the first paragraph, glued to
  the end of the last paragraph, right after a standalone dateline; noise worded
  freshly ("Hear this story read aloud", "Before you go", "Pass this dispatch
  along", "Fetching reader responses", Urdu equivalents, ...).
* Clean pages that tempt over-deletion: one-word paragraphs, standalone datelines,
  short lists, tables, quotes, and body sentences containing read, share, follow,
  comment, subscribe, related, advertisement, download, photo, listen, watch,
  trending, cookies, poll, app, newsletter (in English and Urdu).

Conventions (same as fixturekit): headline, ordinary captions and wire tail lines
("--IANS", "PTI AB CD") are neither body nor noise. Truth choices worth reviewing:
captions in the photo essays, footnote text, live-blog timestamps, <dt> questions,
table rows (cells joined by a space) and standalone datelines ARE body lines here;
the labels of content boxes ("Key facts", "At a glance") are neither body nor noise;
a noise marker glued inside a body paragraph is noise, the rest of that paragraph body.

Run: python benchmarks/extraction/make_heldout8.py  (deterministic; validates itself).
Every outlet, person and sentence here is invented.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout8"

# --------------------------------------------------------------------------- items


@dataclass
class Raw:
    """Body content given as markup; ``lines`` are its truth lines (in order)."""

    html: str
    lines: list[str]


@dataclass
class Plain:
    """Markup that is neither body nor noise (captions, wire tails, bylines)."""

    html: str


def strip(markup: str) -> str:
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", "", markup))).strip()


def R(markup: str, tag: str = "p", attr: str = "") -> Raw:
    """One body paragraph with inline markup; the truth line is its text."""
    return Raw(f"<{tag}{attr}>{markup}</{tag}>", [strip(markup)])


def render(items: list, mode: str = "p", pattr: str = "") -> tuple[str, list[str], list[Noise]]:
    """Render body items. str -> body paragraph; Raw -> body markup; Noise; Plain."""
    out: list[str] = []
    lines: list[str] = []
    noise: list[Noise] = []
    for it in items:
        if isinstance(it, str):
            if mode == "br":
                out.append(f"{esc(it)}<br /><br />")
            elif mode == "li":
                out.append(f"<li{pattr}>{esc(it)}</li>")
            else:
                out.append(f"<p{pattr}>{esc(it)}</p>")
            lines.append(it)
        elif isinstance(it, Raw):
            out.append(it.html)
            lines.extend(it.lines)
        elif isinstance(it, Noise):
            out.append(it.html)
            noise.append(it)
        elif isinstance(it, Plain):
            out.append(it.html)
        else:  # pragma: no cover
            raise TypeError(it)
    return "\n".join(out), lines, noise


# --------------------------------------------------------------------------- chrome

SECTIONS_EN = [
    "Home",
    "Balochistan",
    "Sindh",
    "Khyber Pakhtunkhwa",
    "Gilgit-Baltistan",
    "Business",
    "Sport",
    "Opinion",
    "Weather",
    "E-Paper",
]
SECTIONS_UR = [
    "صفحہ اول",
    "بلوچستان",
    "سندھ",
    "خیبر پختونخوا",
    "گلگت بلتستان",
    "کاروبار",
    "کھیل",
    "کالم",
    "موسم",
]


def scripts(seed: int) -> str:
    slots = [
        {
            "slot": f"div-ad-{seed}-{i}",
            "sizes": [[300, 250], [728, 90], [320, 50]],
            "targeting": {"pos": i, "section": "regional", "kw": ["pk", "news", f"s{seed}"]},
            "lazy": i % 3 == 0,
        }
        for i in range(150)
    ]
    cfg = json.dumps({"site": seed, "slots": slots, "consent": {"tcf": 2, "gdpr": 0}})
    js = (
        "(function(w,d){w.dataLayer=w.dataLayer||[];function g(){dataLayer.push(arguments)}"
        "g('js',new Date());g('config','G-XXXXSEED');var s=d.createElement('script');"
        "s.async=1;s.src='/static/bundle.SEED.js';d.head.appendChild(s);})(window,document);"
    ).replace("SEED", str(seed))
    css = "".join(
        f".c{seed}-{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{(i * 99991) % 0xFFFFFF:06x}}}"
        for i in range(220)
    )
    return (
        f"<style>{css}</style><script>{js}</script>"
        f'<script type="application/json" id="__CFG__">{cfg}</script>'
    )


def head(ctx: dict) -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": ctx["title"],
            "datePublished": ctx["date"],
            "author": {"@type": "Person", "name": ctx["author"]},
            "publisher": {"@type": "Organization", "name": ctx["site"]},
        },
        ensure_ascii=False,
    )
    return (
        f'<head><meta charset="utf-8"><title>{esc(ctx["title"])} | {esc(ctx["site"])}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:title" content="{esc(ctx["title"])}">'
        f'<meta property="og:url" content="{esc(ctx["url"])}">'
        f'<meta property="og:site_name" content="{esc(ctx["site"])}">'
        f'<meta property="article:published_time" content="{ctx["date"]}">'
        f'<meta name="author" content="{esc(ctx["author"])}">'
        f'<link rel="canonical" href="{esc(ctx["url"])}">'
        f'<script type="application/ld+json">{ld}</script>{scripts(ctx["seed"])}</head>'
    )


def nav(ctx: dict) -> str:
    secs = SECTIONS_UR if ctx["lang"] == "ur" else SECTIONS_EN
    lis = "".join(f'<li><a href="/{i}/">{esc(s)}</a></li>' for i, s in enumerate(secs))
    return (
        f'<header class="site-header"><a class="logo" href="/">{esc(ctx["site"])}</a>'
        f'<nav aria-label="Main"><ul class="menu">{lis}</ul></nav></header>'
    )


def foot(ctx: dict) -> str:
    if ctx["lang"] == "ur":
        return (
            f"<footer><p>ہمارے بارے میں · رابطہ · پالیسی</p>"
            f"<p>© 2026 {esc(ctx['site'])} — جملہ حقوق محفوظ ہیں</p></footer>"
        )
    return (
        '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
        '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/terms">Terms of use</a></li></ul>'
        f"<p>&copy; 2026 {esc(ctx['site'])}. All rights reserved.</p></footer>"
    )


def doc(ctx: dict, body: str, body_attr: str = "") -> str:
    d = ' dir="rtl"' if ctx["lang"] == "ur" else ""
    return (
        f'<!DOCTYPE html><html lang="{ctx["lang"]}"{d}>{head(ctx)}<body{body_attr}>'
        f"{body}</body></html>"
    )


def when(ctx: dict) -> str:
    return f'<time datetime="{ctx["date"]}">{ctx["date"][:10]}</time>'


# --------------------------------------------------------------------------- templates


def ghost(ctx):
    return doc(
        ctx,
        (
            f'<div class="viewport"><div class="site-content">{nav(ctx)}<main id="site-main">'
            f'<article class="article post tag-balochistan">'
            f'<header class="article-header gh-canvas"><h1 class="article-title">{esc(ctx["title"])}</h1>'
            f'<div class="article-byline"><a href="/author/x/">{esc(ctx["author"])}</a> {when(ctx)}</div>'
            f'</header><section class="gh-content gh-canvas">{ctx["body"]}</section></article>'
            f"{ctx['outside']}</main>{foot(ctx)}</div></div>"
        ),
        ' class="post-template"',
    )


def hugo(ctx):
    return doc(
        ctx,
        (
            f'{nav(ctx)}<main class="main"><article class="post-single">'
            f'<header class="post-header"><h1 class="post-title">{esc(ctx["title"])}</h1>'
            f'<div class="post-meta"><span>{when(ctx)}</span>&nbsp;·&nbsp;<span>{esc(ctx["author"])}</span></div></header>'
            f'<div class="post-content">{ctx["body"]}</div>'
            f'<footer class="post-footer">{ctx["after"]}</footer></article>{ctx["outside"]}</main>{foot(ctx)}'
        ),
    )


def jekyll_hentry(ctx):
    return doc(
        ctx,
        (
            f'{nav(ctx)}<main class="page-content" aria-label="Content"><div class="wrapper">'
            f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
            f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(ctx["title"])}</h1>'
            f'<p class="post-meta"><time class="dt-published" datetime="{ctx["date"]}" itemprop="datePublished">{ctx["date"][:10]}</time>'
            f' • <span class="p-author h-card" itemprop="author">{esc(ctx["author"])}</span></p></header>'
            f'<div class="post-content e-content" itemprop="articleBody">{ctx["body"]}</div>'
            f'<a class="u-url" href="{esc(ctx["url"])}" hidden></a></article>{ctx["outside"]}</div></main>{foot(ctx)}'
        ),
    )


def substack(ctx):
    return doc(
        ctx,
        (
            f'<div id="entry"><div class="main-menu">{nav(ctx)}</div><div class="container">'
            f'<div class="single-post"><div class="post-header"><h1 class="post-title published">{esc(ctx["title"])}</h1>'
            f'<h3 class="subtitle">A weekly letter from the Makran coast</h3>'
            f'<div class="post-meta"><a class="frontend-pencraft-Text-module__decoration-hover-underline">{esc(ctx["author"])}</a> {when(ctx)}</div></div>'
            f'<div class="available-content"><div dir="auto" class="body markup">{ctx["body"]}</div></div>'
            f"{ctx['outside']}</div></div>{foot(ctx)}</div>"
        ),
    )


def mediumish(ctx):
    return doc(
        ctx,
        (
            f'<div id="root">{nav(ctx)}<article><div class="l m n"><section>'
            f'<div class="ab ca"><h1 id="3f1a" class="pw-post-title">{esc(ctx["title"])}</h1>'
            f'<div class="pw-author"><a rel="noopener follow" href="/@author">{esc(ctx["author"])}</a>'
            f" · 6 min read · {when(ctx)}</div>{ctx['body']}</div></section></div></article>"
            f"{ctx['outside']}{foot(ctx)}</div>"
        ),
    )


def blogger(ctx):
    return doc(
        ctx,
        (
            f'<div class="content-outer">{nav(ctx)}<div class="main-inner"><div class="blog-posts hfeed">'
            f'<div class="date-outer"><h2 class="date-header"><span>Sunday, November 29, 2026</span></h2>'
            f'<div class="post hentry uncustomized-post-template">'
            f'<h3 class="post-title entry-title">{esc(ctx["title"])}</h3>'
            f'<div class="post-header"></div>'
            f'<div class="post-body entry-content" id="post-body-7712093">{ctx["body"]}'
            f'<div style="clear: both;"></div></div>{ctx["after"]}</div></div></div>'
            f"{ctx['outside']}</div>{foot(ctx)}</div>"
        ),
        ' class="loading"',
    )


def tumblr(ctx):
    return doc(
        ctx,
        (
            f'<div id="container">{nav(ctx)}<div id="posts"><div class="post text" id="post-733201">'
            f'<h2 class="title"><a href="{esc(ctx["url"])}">{esc(ctx["title"])}</a></h2>'
            f'<div class="body-text">{ctx["body"]}</div>{ctx["after"]}</div></div>'
            f"{ctx['outside']}{foot(ctx)}</div>"
        ),
    )


def aspnet(ctx):
    return doc(
        ctx,
        (
            '<form method="post" action="./NewsDetail.aspx?NewsID=40817" id="aspnetForm">'
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
            'value="/wEPDwUKLTM4NzE0MjcxOQ9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDxYCHgRUZXh0BRJGcm9udGllciBDb3VyaWVy" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOx2bV9" /></div>'
            f'<div id="ctl00_pnlHeader">{nav(ctx)}</div>'
            '<table id="ctl00_tblMain" width="100%"><tr><td id="ctl00_tdContent" valign="top">'
            f'<span id="ctl00_ContentPlaceHolder1_lblTitle" class="NewsTitle">{esc(ctx["title"])}</span><br />'
            f'<span id="ctl00_ContentPlaceHolder1_lblDate" class="NewsDate">{esc(ctx["author"])} | {ctx["date"][:10]}</span><br /><br />'
            f'<span id="ctl00_ContentPlaceHolder1_lblDetail" class="NewsDetail">{ctx["body"]}</span>'
            f'{ctx["after"]}</td><td id="ctl00_tdRight" width="250" valign="top">{ctx["outside"]}</td></tr></table>'
            f"{foot(ctx)}</form>"
        ),
    )


def frames_table(ctx):
    return doc(
        ctx,
        (
            '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">'
            f'<tr><td colspan="3" bgcolor="#003366">{nav(ctx)}</td></tr>'
            '<tr><td width="150" valign="top" bgcolor="#eeeeee"><font size="1">'
            '<a href="/archive">Archive</a><br><a href="/weather">Weather</a></font></td>'
            '<td width="470" valign="top"><table width="100%" cellpadding="4"><tr><td>'
            f'<font face="Verdana" size="4" color="#990000"><b>{esc(ctx["title"])}</b></font><br>'
            f'<font face="Verdana" size="1">{esc(ctx["author"])} &middot; {ctx["date"][:10]}</font></td></tr>'
            f'<tr><td class="newstext"><font face="Verdana" size="2">{ctx["body"]}</font></td></tr>'
            f"<tr><td>{ctx['after']}</td></tr></table></td>"
            f'<td width="160" valign="top">{ctx["outside"]}</td></tr>'
            f'<tr><td colspan="3">{foot(ctx)}</td></tr></table>'
        ),
        ' bgcolor="#ffffff" leftmargin="0" topmargin="0"',
    )


def bootstrap_cards(ctx):
    return doc(
        ctx,
        (
            f'<div class="container-fluid px-0">{nav(ctx)}</div><div class="container my-4"><div class="row">'
            '<div class="col-lg-8"><div class="card shadow-sm mb-4"><div class="card-body">'
            f'<h1 class="card-title h3">{esc(ctx["title"])}</h1>'
            f'<h6 class="card-subtitle mb-3 text-muted">{esc(ctx["author"])} · {ctx["date"][:10]}</h6>'
            f"{ctx['body']}</div></div>{ctx['after']}</div>"
            f'<div class="col-lg-4">{ctx["outside"]}</div></div></div>{foot(ctx)}'
        ),
    )


def tailwind(ctx):
    return doc(
        ctx,
        (
            f'<div class="min-h-screen flex flex-col">{nav(ctx)}'
            '<main class="flex-1 mx-auto w-full max-w-3xl px-4 py-10">'
            f'<h1 class="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl">{esc(ctx["title"])}</h1>'
            f'<div class="mt-3 flex items-center gap-2 text-sm text-slate-500"><span>{esc(ctx["author"])}</span>'
            f'<span aria-hidden="true">&middot;</span>{when(ctx)}</div>'
            f'<div class="mt-8 space-y-5 text-lg leading-8 text-slate-800">{ctx["body"]}</div>'
            f'<div class="mt-10">{ctx["after"]}</div></main>'
            f'<div class="mx-auto w-full max-w-5xl px-4">{ctx["outside"]}</div>{foot(ctx)}</div>'
        ),
        ' class="bg-white antialiased"',
    )


def rdfa(ctx):
    return doc(
        ctx,
        (
            f'{nav(ctx)}<div id="page" vocab="https://schema.org/" typeof="NewsArticle">'
            f'<h1 property="headline">{esc(ctx["title"])}</h1>'
            f'<p class="byline"><span property="author" typeof="Person"><span property="name">{esc(ctx["author"])}</span></span>'
            f' <span property="datePublished" content="{ctx["date"]}">{ctx["date"][:10]}</span></p>'
            f'<div property="articleBody">{ctx["body"]}</div>{ctx["after"]}</div>'
            f'<div id="sidebar">{ctx["outside"]}</div>{foot(ctx)}'
        ),
    )


def wire_portal(ctx):
    return doc(
        ctx,
        (
            f'<div class="dialog-off-canvas-main-canvas">{nav(ctx)}<main role="main">'
            '<article role="article" class="node node--type-wire-story node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{esc(ctx["title"])}</span></h1>'
            f'<div class="node__meta">{esc(ctx["author"])} | {when(ctx)}</div>'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{ctx["body"]}</div>'
            f"{ctx['after']}</article>{ctx['outside']}</main>{foot(ctx)}</div>"
        ),
        ' class="path-node page-node-type-wire-story"',
    )


def liveblog(ctx):
    return doc(
        ctx,
        (
            f'{nav(ctx)}<main class="lb-wrap"><header class="lb-head"><span class="lb-badge">LIVE</span>'
            f'<h1 class="lb-title">{esc(ctx["title"])}</h1><p class="lb-by">{esc(ctx["author"])} {when(ctx)}</p></header>'
            f'<section class="lb-feed" aria-live="polite">{ctx["body"]}</section>'
            f"{ctx['after']}{ctx['outside']}</main>{foot(ctx)}"
        ),
    )


def urdu_portal(ctx):
    return doc(
        ctx,
        (
            f'<div class="wrapper">{nav(ctx)}<div class="row"><div class="col-md-8 story-area">'
            f'<h1 class="story-title jameel-noori">{esc(ctx["title"])}</h1>'
            f'<div class="story-meta"><span class="reporter">{esc(ctx["author"])}</span> {when(ctx)}</div>'
            f'<div class="story-detail urdu-text">{ctx["body"]}</div>{ctx["after"]}</div>'
            f'<div class="col-md-4 side-area">{ctx["outside"]}</div></div>{foot(ctx)}</div>'
        ),
        ' class="rtl"',
    )


def urdu_wp(ctx):
    return doc(
        ctx,
        (
            f'<div id="page" class="site">{nav(ctx)}<div id="content" class="site-content">'
            '<div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(ctx["title"])}</h1>'
            f'<div class="entry-meta"><span class="byline">{esc(ctx["author"])}</span> {when(ctx)}</div></header>'
            f'<div class="entry-content">{ctx["body"]}</div>'
            f'<footer class="entry-footer">{ctx["after"]}</footer></article>'
            f"{ctx['outside']}</main></div></div>{foot(ctx)}</div>"
        ),
        ' class="post-template-default single single-post rtl"',
    )


# --------------------------------------------------------------------------- noise


def N(markup: str, *strings: str) -> Noise:
    return Noise(markup, list(strings))


def teaser_list(heading: str, items: list[str], tag: str = "h3", cls: str = "more") -> Noise:
    lis = "".join(f'<li><a href="/s/{i}">{esc(h)}</a></li>' for i, h in enumerate(items))
    return N(
        f'<div class="{cls}"><{tag}>{esc(heading)}</{tag}><ul>{lis}</ul></div>', heading, *items
    )


def comments_block(title: str, comments: list[tuple[str, str]], extra: list[str]) -> Noise:
    cs = "".join(
        f'<div class="comment"><cite class="fn">{esc(n)}</cite><p>{esc(t)}</p></div>'
        for n, t in comments
    )
    ex = "".join(f"<p>{esc(e)}</p>" for e in extra)
    return N(
        f'<section id="comments"><h3>{esc(title)}</h3>{cs}{ex}</section>',
        title,
        *[t for _, t in comments],
        *extra,
    )


# --------------------------------------------------------------------------- pages

PAGES_SPEC: list[dict] = []


def page(
    name,
    template,
    site,
    domain,
    title,
    author,
    date,
    items,
    *,
    after=(),
    outside=(),
    agency=None,
    place=None,
    lang="en",
    mode="p",
    pattr="",
):
    PAGES_SPEC.append(
        dict(
            name=name,
            template=template,
            site=site,
            domain=domain,
            title=title,
            author=author,
            date=date,
            items=items,
            after=list(after),
            outside=list(outside),
            agency=agency,
            place=place,
            lang=lang,
            mode=mode,
            pattr=pattr,
        )
    )


# ---- noisy pages ----------------------------------------------------------------

page(
    "noisy-00-ghost-kgcards",
    ghost,
    "Makran Ledger",
    "makranledger.example",
    "Gwadar desalination plant runs at half capacity",
    "Shahnaz Dashti",
    "2026-11-20T09:00:00+05:00",
    [
        N(
            '<div class="kg-card kg-audio-card"><div class="kg-audio-title">Hear this story read '
            'aloud</div><div class="kg-audio-duration">4:12</div></div>',
            "Hear this story read aloud",
        ),
        "The desalination plant built to ease Gwadar's water shortage has been running at about "
        "half its capacity since September, according to figures shared by the port town's "
        "water board.",
        "Engineers blamed frequent power cuts and a shortage of spare membranes, which have to "
        "be brought in from Karachi and often wait weeks at the warehouse.",
        N(
            '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/p/1">'
            '<div class="kg-bookmark-content"><div class="kg-bookmark-title">Tankers, queues and a '
            'thirsty port: our water series</div><div class="kg-bookmark-description">Part three of '
            'our reporting from the coast.</div><div class="kg-bookmark-metadata">Makran Ledger'
            "</div></div></a></figure>",
            "Tankers, queues and a thirsty port",
            "Part three of our reporting from the coast",
        ),
        "Residents in the old town said tanker prices had doubled, and that families now share "
        "a single tanker between two or three houses.",
        Raw(
            '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">'
            '💧</div><div class="kg-callout-text">The plant was designed to produce two million '
            "gallons a day. In October it averaged just under one million.</div></div>",
            [
                "The plant was designed to produce two million gallons a day. In October it "
                "averaged just under one million."
            ],
        ),
        "The water board said a dedicated power line would be finished by March.",
        N(
            '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-text">'
            'Get the Coastline briefing in your inbox every Friday. <a href="#/portal/signup">'
            "It costs nothing</a></div></div>",
            "Get the Coastline briefing in your inbox",
        ),
    ],
    outside=[
        N(
            '<section class="article-author"><h4>About the writer</h4><p>Shahnaz Dashti reports '
            "on water and fisheries along the Makran coast. Send her tips on Signal.</p></section>",
            "About the writer",
            "Send her tips on Signal",
        ),
        N(
            '<div class="comments-placeholder"><p>Fetching reader responses…</p></div>',
            "Fetching reader responses",
        ),
    ],
    place=None,
)

page(
    "noisy-01-hugo-blockquote-embed",
    hugo,
    "Frontier Notebook",
    "frontiernotebook.example",
    "Why Swat's trout farms are moving upstream",
    "Bakht Zada",
    "2026-11-18T18:30:00+05:00",
    [
        "Trout farmers in upper Swat have begun moving their ponds further up the valley, "
        "where the water stays cold through the summer.",
        "A fisheries officer said that warmer river water in August had killed thousands of "
        "fish in lower ponds two years in a row.",
        Raw(
            '<blockquote><p>"We followed the cold water. There was no other choice," said Gul '
            "Rehman, who has farmed trout near Kalam for fifteen years.</p></blockquote>",
            [
                '"We followed the cold water. There was no other choice," said Gul Rehman, who has '
                "farmed trout near Kalam for fifteen years."
            ],
        ),
        N(
            '<blockquote class="wp-embedded-content" data-secret="aX9"><p><a href="/2026/10/kalam-'
            'floods/">Next in this series: what the 2026 floods left behind in Kalam</a></p>'
            "</blockquote>",
            "Next in this series: what the 2026 floods left behind in Kalam",
        ),
        Raw(
            "<p>Moving a farm costs about two million rupees, Rehman said, most of it spent on "
            'new channels and on trucking the young fish up the valley.<sup id="fnref:1">'
            '<a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>',
            [
                "Moving a farm costs about two million rupees, Rehman said, most of it spent on "
                "new channels and on trucking the young fish up the valley."
            ],
        ),
        "The provincial fisheries department says it will lease land to farmers at lower rates "
        "above two thousand metres.",
        Raw(
            '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>The figure was '
            'given in 2026 rupees and does not include the cost of feed.&#160;<a href="#fnref:1" '
            'class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>',
            ["The figure was given in 2026 rupees and does not include the cost of feed."],
        ),
    ],
    after=[
        N(
            '<div class="share-buttons"><p>Found this useful? Pass it on.</p><a href="#">Copy link'
            '</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>',
            "Found this useful? Pass it on.",
            "Copy link",
        ),
        N(
            '<nav class="paginav"><a class="prev" href="/p/prev"><span class="title">« Prev</span>'
            "<br><span>Apple growers in Kalam try hail nets</span></a></nav>",
            "Apple growers in Kalam try hail nets",
        ),
    ],
)

page(
    "noisy-02-jekyll-hentry-first-para",
    jekyll_hentry,
    "Gilgit Field Notes",
    "gilgitnotes.example",
    "Counting snow leopards with camera traps in Khunjerab",
    "Sitara Baig",
    "2026-11-10T07:45:00+05:00",
    [
        N(
            "<p><em>This post is part of our winter fieldwork diary. Catch up on earlier entries "
            '<a href="/diary/">from the diary index</a>.</em></p>',
            "Catch up on earlier entries from the diary index",
        ),
        "Forty camera traps went up along the Khunjerab valley in October, strapped to rocks "
        "at the places where herders say the leopards cross.",
        "Each trap takes a picture when something warm walks past, and rangers collect the "
        "memory cards once a month.",
        "In the first month the cameras caught ibex, foxes, a lost yak and, on two nights, the "
        "same female snow leopard.",
        "Researchers tell individual leopards apart by the pattern of spots on their tails.",
    ],
    outside=[
        N(
            '<aside class="related"><h2>Earlier on this blog</h2><ul><li><a href="/a">Marmots of '
            'Deosai wake up early</a></li><li><a href="/b">A week with the Shimshal herders</a>'
            "</li></ul></aside>",
            "Earlier on this blog",
            "Marmots of Deosai wake up early",
            "A week with the Shimshal herders",
        ),
        N(
            '<div class="webmentions"><h3>Webmentions</h3><p>3 likes, 1 repost</p></div>',
            "Webmentions",
            "3 likes, 1 repost",
        ),
    ],
    place=None,
)

page(
    "noisy-03-substack-issue",
    substack,
    "The Makran Letter",
    "makranletter.example",
    "Issue 41: The fish auction that starts at 4 a.m.",
    "Jalal Baloch",
    "2026-11-22T06:00:00+05:00",
    [
        "Good morning from Pasni.",
        "Every day except Friday, the fish auction on the harbour front starts before the call "
        "to prayer, under three yellow bulbs and one loud man with a notebook.",
        "His name is Haji Noor, and he has run the auction for twenty-two years.",
        N(
            '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
            '<div class="preamble"><p>The Makran Letter is reader-supported. To get new issues, '
            'consider becoming a free or paid member.</p></div><form><input type="email" '
            'placeholder="Type your email…"><button>Join 6,000 readers of the coast</button></form>'
            "</div></div>",
            "consider becoming a free or paid member",
            "Join 6,000 readers of the coast",
        ),
        "Buyers bid with small hand signs, and a single crate of pomfret can change owners "
        "three times before the sun is up.",
        "Noor says the catch has shrunk by a third since trawlers from outside began working "
        "close to the coast.",
        N(
            '<p class="button-wrapper"><a class="button primary" href="/p/issue-41?share=1">'
            "<span>Pass this dispatch along</span></a></p>",
            "Pass this dispatch along",
        ),
        "Next week: the boat builders of Sur Bandar.",
    ],
    outside=[
        N(
            '<div class="post-footer"><div class="like-button">142</div><a href="/p/issue-41/'
            'comments">Reply to this dispatch</a></div>',
            "Reply to this dispatch",
        ),
        N(
            '<div class="portable-archive"><h4>More issues</h4><a href="/p/40">Issue 40: Salt pans '
            'of Jiwani</a><a href="/p/39">Issue 39: Rain, finally</a></div>',
            "Issue 40: Salt pans of Jiwani",
            "Issue 39: Rain, finally",
        ),
    ],
)

page(
    "noisy-04-mediumish-responses",
    mediumish,
    "Karakoram Notes",
    "karakoramnotes.example",
    "I walked the old Silk Road trail to Passu. Here is what changed",
    "Farhan Ali Shah",
    "2026-11-05T12:00:00+05:00",
    [
        "The trail from Gulmit to Passu used to take two days on foot. Now most of it runs "
        "beside a highway, and the hardest part is crossing it.",
        "I set out in early October with a borrowed rucksack and a paper map from 1998.",
        N(
            '<div class="speechify-ignore"><p>Member-only story? No — this one is free. Clap if '
            "it moved you.</p></div>",
            "Clap if it moved you",
        ),
        "The rope bridge at Hussaini is still there, though a newer one now hangs beside it for "
        "tourists who want photographs.",
        "In Passu, an old shopkeeper told me the glacier had retreated so far that children no "
        "longer believe it once reached the road.",
        "I believed him.",
    ],
    outside=[
        N(
            '<div class="responses"><h2>Responses (2)</h2><div><p>Beautiful writing, took me right '
            "back to 2009.</p></div><div><p>Was the hostel at Passu still open?</p></div>"
            "<button>See all responses</button></div>",
            "Responses (2)",
            "Beautiful writing, took me right back to 2009.",
            "Was the hostel at Passu still open?",
            "See all responses",
        ),
        teaser_list(
            "Picked for you",
            ["Ten days without a phone in Chapursan", "What the Attabad lake gave and took"],
            "h2",
        ),
    ],
)

page(
    "noisy-05-blogger-br",
    blogger,
    "Larkana Diary",
    "larkanadiary.example",
    "Mohenjo-daro guides learn sign language",
    "Ghulam Mustafa Abro",
    "2026-11-29T19:14:00+05:00",
    [
        "LARKANA: Twelve tour guides at Mohenjo-daro finished a six-week course in sign language "
        "on Saturday, so that deaf visitors can follow the history of the ruins.",
        "The course was taught by two teachers from a special education school in Sukkur.",
        N(
            '<div class="separator" style="clear: both;"><a href="/img/guides.jpg"><img src="/img/'
            'guides-s.jpg" width="400"></a></div>Picture: Larkana Diary / reader submission<br />'
            "<br />",
            "Picture: Larkana Diary / reader submission",
        ),
        "One guide, Sanaullah, said the hardest signs to learn were for the Great Bath and the "
        "granary.",
        "The site administration plans to print a visitor booklet in simple language next year.",
    ],
    mode="br",
    after=[
        N(
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span '
            'class="post-author vcard">Posted by <span class="fn">Ghulam Mustafa Abro</span></span>'
            ' at <a class="timestamp-link">7:14 PM</a> <a class="comment-link">No comments:</a>'
            '</div><div class="post-share-buttons">Email This BlogThis! Share to X Share to '
            'Facebook</div><div class="post-footer-line-2"><span class="post-labels">Labels: '
            "<a>heritage</a>, <a>Larkana</a></span></div></div>",
            "Posted by",
            "No comments:",
            "Email This BlogThis!",
            "Labels:",
        ),
    ],
    outside=[
        N(
            '<div class="comments" id="comments"><h4>No comments:</h4><div id="comment-editor">'
            '<p>Post a Comment</p></div></div><div class="blog-pager"><a>Newer Post</a> <a>Older '
            'Post</a> <a>Home</a></div><div class="post-feeds">Subscribe to: Post Comments (Atom)'
            "</div>",
            "Post a Comment",
            "Newer Post",
            "Older Post",
            "Subscribe to: Post Comments (Atom)",
        ),
    ],
    place="Larkana",
)

page(
    "noisy-06-tumblr-notes",
    tumblr,
    "Quetta Streets",
    "quettastreets.example",
    "The last typewriter repairman on Jinnah Road",
    "quettastreets",
    "2026-11-12T16:20:00+05:00",
    [
        "Abdul Qadir has repaired typewriters in the same narrow shop on Jinnah Road since 1979.",
        "Court clerks were once his best customers. Now it is mostly collectors, and the "
        "occasional student who wants to write poetry without a screen.",
        "He keeps spare keys in forty tobacco tins, each labelled by hand.",
        '"When I go, the shop goes," he said, and went back to work.',
    ],
    after=[
        N(
            '<div class="post-meta"><a class="tags" href="/tagged/quetta">#quetta</a> <a '
            'class="tags" href="/tagged/typewriters">#typewriters</a> <a class="tags">#old trades'
            '</a><a class="notes" href="#notes">58 notes</a><a class="reblog">Reblog</a></div>',
            "#typewriters",
            "58 notes",
            "Reblog",
        ),
        N(
            '<ol class="notes"><li class="note like">kakar-khan liked this</li><li class="note '
            'reblog">balochistan-archive reblogged this from quettastreets</li></ol>',
            "kakar-khan liked this",
            "reblogged this from quettastreets",
        ),
    ],
)

page(
    "noisy-07-aspnet-form",
    aspnet,
    "Frontier Courier",
    "frontiercourier.example",
    "Peshawar's BRT adds night buses on two routes",
    "Staff Reporter",
    "2026-11-27T21:00:00+05:00",
    [
        "PESHAWAR: The city's rapid bus service will run night buses on two routes from next "
        "Monday, its operating company announced on Friday.",
        "Buses will leave every twenty minutes between ten at night and two in the morning on "
        "the main corridor and the university feeder route.",
        "Hospital staff and shopkeepers had asked for late buses for more than a year.",
        "Fares will stay the same, the company said.",
    ],
    mode="br",
    after=[
        N(
            '<div id="ctl00_ContentPlaceHolder1_pnlTools"><a id="ctl00_ContentPlaceHolder1_lnkPrint" '
            "href=\"javascript:__doPostBack('ctl00$lnkPrint','')\">Printer friendly</a> | <a "
            'href="#">Send to a colleague</a></div>',
            "Printer friendly",
            "Send to a colleague",
        ),
        N(
            '<div id="ctl00_ContentPlaceHolder1_pnlComment"><b>Your view</b><br />Name: <input '
            'name="ctl00$txtName" /><br /><textarea name="ctl00$txtComment"></textarea><br /><input '
            'type="submit" value="Submit" /><br /><span class="small">Opinions posted here belong '
            "to the readers who write them, not to the Frontier Courier.</span></div>",
            "Your view",
            "Opinions posted here belong to the readers who write them",
        ),
    ],
    outside=[
        N(
            '<table id="ctl00_tblMostRead"><tr><th>Most Viewed</th></tr><tr><td><a>Hayatabad '
            "traders close shops over tax notices</a></td></tr><tr><td><a>Snow expected in Upper "
            "Dir this weekend</a></td></tr></table>",
            "Most Viewed",
            "Hayatabad traders close shops over tax notices",
            "Snow expected in Upper Dir this weekend",
        ),
    ],
    place="Peshawar",
)

page(
    "noisy-08-frames-table-pti-lastpara",
    frames_table,
    "Pak Frontier Wire",
    "pakfrontierwire.example",
    "Pakistan to reopen Torkham crossing for trucks",
    "PTI",
    "2026-11-24T15:10:00+05:30",
    [
        "Peshawar, Nov 24 (PTI) Pakistan will reopen the Torkham border crossing for cargo "
        "trucks from Wednesday after a nine-day closure, officials said on Tuesday.",
        "Hundreds of trucks carrying fruit and vegetables have been stuck on both sides of the "
        "border, and traders say much of the produce has already rotted.",
        "Customs officials said extra staff would be sent to clear the backlog.",
        Raw(
            '<p>Pedestrian crossings will resume later in the week. <font size="1" color="#666666">'
            "&gt;&gt; Reproduced from the agency feed without editing &lt;&lt;</font></p>",
            ["Pedestrian crossings will resume later in the week."],
        ),
    ],
    after=[
        Plain("<p>PTI AKJ RS</p>"),
        N(
            '<font size="1"><a href="/print?id=8812">Print this story</a> | <a href="/mail">Mail '
            'it</a> | <a href="/archive">Back to index</a></font>',
            "Print this story",
            "Back to index",
        ),
    ],
    outside=[
        N(
            '<table><tr><td bgcolor="#ffcc00"><b>Headlines</b></td></tr><tr><td><font size="1">'
            "<a>Cotton arrivals up 8 pc in Sindh</a><br><a>Karachi port handles record cargo</a>"
            "</font></td></tr></table>",
            "Cotton arrivals up 8 pc in Sindh",
            "Karachi port handles record cargo",
        ),
    ],
    agency="PTI",
    place="Peshawar",
)
# The noise string is the marker glued INTO the last body paragraph.
PAGES_SPEC[-1]["items"].append(Noise("", ["Reproduced from the agency feed without editing"]))

page(
    "noisy-09-bootstrap-cards",
    bootstrap_cards,
    "Indus Evening Post",
    "indusevening.example",
    "Sukkur barrage gates to be replaced in phases",
    "Rubina Memon",
    "2026-11-16T11:00:00+05:00",
    [
        "SUKKUR: The irrigation department will replace the gates of the Sukkur barrage in "
        "phases over the next four years, so that canals do not have to close for a whole "
        "season.",
        "The barrage has sixty-six gates, many of them more than ninety years old.",
        N(
            '<div class="card border-warning my-3"><div class="card-body"><p class="card-text small '
            'text-muted">Sponsored</p><p class="card-text">Fly Karachi to Sukkur in 55 minutes — '
            "winter fares now open</p></div></div>",
            "Fly Karachi to Sukkur in 55 minutes",
        ),
        "Engineers said the first twelve gates would be replaced during the annual canal "
        "closure in January.",
        "Farmers' groups asked the department to announce closure dates early so that they can "
        "plan sowing.",
    ],
    pattr=' class="card-text"',
    after=[
        N(
            '<div class="d-flex gap-2 mb-4"><a class="btn btn-outline-secondary btn-sm">Share on '
            'WhatsApp</a><a class="btn btn-outline-secondary btn-sm">Copy URL</a></div>',
            "Share on WhatsApp",
            "Copy URL",
        ),
    ],
    outside=[
        N(
            '<h5 class="mb-3">More from the Sindh desk</h5>'
            '<div class="card mb-3"><div class="card-body"><h6 class="card-title">Guddu barrage '
            'repairs finished ahead of time</h6><p class="card-text">Engineers completed work on the '
            "left pond a week early.</p></div></div>"
            '<div class="card mb-3"><div class="card-body"><h6 class="card-title">Rice growers '
            'worry about late water</h6><p class="card-text">Growers in Larkana say the canal '
            "opened three weeks late.</p></div></div>",
            "More from the Sindh desk",
            "Guddu barrage repairs finished ahead of time",
            "Engineers completed work on the left pond a week early.",
            "Rice growers worry about late water",
        ),
    ],
    place="Sukkur",
)

page(
    "noisy-10-tailwind-newsletter",
    tailwind,
    "Hazara Wire",
    "hazarawire.example",
    "Abbottabad's hill schools switch to winter timetable",
    "Nadia Swati",
    "2026-11-01T08:30:00+05:00",
    [
        Raw(
            '<p class="text-sm font-semibold uppercase tracking-wide text-slate-500">ABBOTTABAD'
            "</p>",
            ["ABBOTTABAD"],
        ),
        N(
            '<p class="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Get these alerts on '
            "WhatsApp — tap to join our channel</p>",
            "Get these alerts on WhatsApp",
        ),
        "Government schools in the hills around Abbottabad will open an hour later from Monday "
        "under the winter timetable, the district education office said.",
        "Schools above four thousand feet will also close for the winter holidays a week "
        "earlier than those in the city.",
        N(
            '<div class="my-8 rounded-xl bg-slate-50 p-6 ring-1 ring-slate-200"><p class="text-base '
            'font-semibold">The 6 a.m. Dispatch</p><p class="mt-1 text-sm text-slate-600">One '
            'email, every weekday, before the school run.</p><div class="mt-4 flex gap-2"><input '
            'class="w-full rounded-md border px-3 py-2" placeholder="you@example.com"><button '
            'class="rounded-md bg-slate-900 px-4 py-2 text-white">Count me in</button></div></div>',
            "The 6 a.m. Dispatch",
            "One email, every weekday, before the school run.",
            "Count me in",
        ),
        "Parents in Nathia Gali said the change was welcome because children walk long "
        "distances in the dark.",
    ],
    pattr=' class="text-lg"',
    outside=[
        N(
            '<div class="grid grid-cols-1 gap-6 sm:grid-cols-3"><h2 class="col-span-full text-xl '
            'font-bold">Reader favourites</h2><a class="block rounded-lg p-4 hover:bg-slate-50">'
            'Naran road to stay shut till April</a><a class="block rounded-lg p-4 hover:bg-slate-50">'
            "Mansehra girls win cricket final</a></div>",
            "Reader favourites",
            "Naran road to stay shut till April",
            "Mansehra girls win cricket final",
        ),
    ],
    place="Abbottabad",
)

page(
    "noisy-11-rdfa-app-figure",
    rdfa,
    "Bolan Mail Online",
    "bolanmail.example",
    "Quetta gets first electric buses for women",
    "APP",
    "2026-11-26T17:40:00+05:00",
    [
        "QUETTA, Nov 26 (APP): Balochistan's transport department on Thursday launched eight "
        "electric buses reserved for women and girl students in Quetta.",
        Raw(
            '<figure><img src="/img/ebus.jpg" alt=""><figcaption>Students board one of the new '
            'buses on Zarghoon Road. <span class="credit">Picture courtesy: Balochistan Transport '
            "Department</span></figcaption></figure>",
            [],
        ),
        "The buses will run on two routes linking the university, the girls' colleges and the "
        "main hospital.",
        "Officials said female conductors had been hired and trained for the service.",
        "The department plans to add twelve more buses next year.",
    ],
    after=[
        N(
            '<p class="disclaimer"><small>This copy arrived through an agency feed and was not '
            "edited by Bolan Mail staff.</small></p>",
            "was not edited by Bolan Mail staff",
        ),
    ],
    outside=[
        teaser_list(
            "Before you go",
            ["Ziarat juniper forest gets new guards", "Chaman traders meet customs officials"],
            "h4",
        ),
    ],
    agency="APP",
    place="Quetta",
)
PAGES_SPEC[-1]["items"].append(Noise("", ["Picture courtesy: Balochistan Transport Department"]))

page(
    "noisy-12-li-paragraphs",
    wire_portal,
    "Sindh Today",
    "sindhtoday.example",
    "Five things Hyderabad's new master plan changes",
    "Asif Qureshi",
    "2026-11-14T10:00:00+05:00",
    [
        "HYDERABAD: The city council approved a new master plan on Friday. Here is what it "
        "changes for residents.",
        Raw(
            '<ol class="story-points">'
            "<li>Heavy trucks will be kept out of the old city between eight in the morning and "
            "eight at night.</li>"
            "<li>Two new parks will be laid out on land now used as rubbish dumps.</li>"
            '<li class="inline-promo"><a href="/s/99">Don’t miss: Qasimabad traders fight parking '
            "fees</a></li>"
            "<li>Buildings along the canal will be limited to four storeys.</li>"
            "<li>Every new housing scheme must set aside land for a school.</li>"
            "<li>The plan will be reviewed every five years instead of every ten.</li></ol>",
            [
                "Heavy trucks will be kept out of the old city between eight in the morning and "
                "eight at night.",
                "Two new parks will be laid out on land now used as rubbish dumps.",
                "Buildings along the canal will be limited to four storeys.",
                "Every new housing scheme must set aside land for a school.",
                "The plan will be reviewed every five years instead of every ten.",
            ],
        ),
        "Builders' associations said they would challenge the height limit.",
    ],
    outside=[
        N(
            '<div class="views-element-container"><h2>Stories you may have missed</h2><div class='
            '"views-row"><a>Kotri bridge closed for repairs</a></div><div class="views-row"><a>'
            "Mango exporters eye Central Asia</a></div></div>",
            "Stories you may have missed",
            "Kotri bridge closed for repairs",
            "Mango exporters eye Central Asia",
        ),
    ],
    place="Hyderabad",
)
PAGES_SPEC[-1]["items"].append(Noise("", ["Qasimabad traders fight parking fees"]))

page(
    "noisy-13-factbox-vs-mostshared",
    ghost,
    "Karakoram Dispatch",
    "karakoramdispatch.example",
    "Attabad lake tunnel to be inspected after cracks appear",
    "Zulfiqar Hunzai",
    "2026-11-08T13:00:00+05:00",
    [
        "GILGIT: Engineers will inspect the tunnels beside Attabad lake after drivers reported "
        "cracks in the lining of the longest one, the highway authority said on Sunday.",
        "Traffic will move in one direction at a time during the inspection.",
        Raw(
            '<aside class="box box-info"><h3>Key facts</h3><ul>'
            "<li>Five tunnels, about seven kilometres in total</li>"
            "<li>Opened in 2015 after the 2010 landslide blocked the river</li>"
            "<li>Carry almost all road trade between Pakistan and China</li></ul></aside>",
            [
                "Five tunnels, about seven kilometres in total",
                "Opened in 2015 after the 2010 landslide blocked the river",
                "Carry almost all road trade between Pakistan and China",
            ],
        ),
        "Truck drivers said small cracks had appeared after an earthquake in September.",
        N(
            '<aside class="box box-info"><h3>Most shared this week</h3><ul><li><a>Hunza apricot '
            "oil finds buyers in Dubai</a></li><li><a>Snow closes Babusar top</a></li></ul></aside>",
            "Most shared this week",
            "Hunza apricot oil finds buyers in Dubai",
            "Snow closes Babusar top",
        ),
        "The authority said the inspection would take about two weeks.",
    ],
    outside=[
        N(
            '<div class="gh-comments"><p>Sign in to join the conversation</p><p>Be the first to '
            "respond</p></div>",
            "Sign in to join the conversation",
            "Be the first to respond",
        ),
    ],
    place="Gilgit",
)

page(
    "noisy-14-liveblog",
    liveblog,
    "Balochistan Now",
    "balochistannow.example",
    "Live: Heavy rain floods low-lying parts of Quetta",
    "Live desk",
    "2026-11-28T10:00:00+05:00",
    [
        N(
            '<div class="lb-toolbar"><span>Auto-update is on</span> <button>Pause updates'
            "</button></div>",
            "Auto-update is on",
            "Pause updates",
        ),
        Raw(
            '<article class="lb-post"><time>13:05</time><p>The provincial disaster authority '
            "says it has sent two more dewatering pumps to Sariab Road.</p></article>",
            [
                "13:05",
                "The provincial disaster authority says it has sent two more dewatering "
                "pumps to Sariab Road.",
            ],
        ),
        N(
            '<article class="lb-post lb-pinned-promo"><p>Download our app for instant alerts when '
            "roads close</p></article>",
            "Download our app for instant alerts",
        ),
        Raw(
            '<article class="lb-post"><time>12:40</time><p>Schools in the city will stay closed '
            'tomorrow, the education department says.</p><a class="lb-permalink">Link to this '
            "post</a></article>",
            [
                "12:40",
                "Schools in the city will stay closed tomorrow, the education department says.",
            ],
        ),
        Raw(
            '<article class="lb-post"><time>11:15</time><p>Water has entered homes in Kili '
            "Ismail. Residents are moving belongings to rooftops.</p></article>",
            [
                "11:15",
                "Water has entered homes in Kili Ismail. Residents are moving belongings "
                "to rooftops.",
            ],
        ),
        Raw(
            '<article class="lb-post"><time>10:00</time><p>Good morning. Quetta has had more '
            "rain overnight than in the whole of last November, the Met Office says.</p></article>",
            [
                "10:00",
                "Good morning. Quetta has had more rain overnight than in the whole of "
                "last November, the Met Office says.",
            ],
        ),
    ],
    outside=[
        N(
            '<div class="lb-end"><p>That’s all from us for now — the page refreshes by itself '
            "when new posts land.</p></div>",
            "the page refreshes by itself",
        ),
    ],
)
PAGES_SPEC[-1]["items"].append(Noise("", ["Link to this post"]))

page(
    "noisy-15-dl-interview",
    jekyll_hentry,
    "Chitral Review",
    "chitralreview.example",
    "‘The river taught me everything’: a conversation with a Chitrali boatman",
    "Mehr Nigar",
    "2026-11-03T09:00:00+05:00",
    [
        "Sher Wali has ferried people across the Chitral river for thirty years. We spoke to "
        "him on the bank near Drosh.",
        Raw(
            '<dl class="qa">'
            "<dt>How did you start?</dt><dd>My father had the boat. When his knees failed, I took "
            "the oars. I was fourteen.</dd>"
            "<dt>Is the river different now?</dt><dd>Faster in summer, lower in winter. The "
            "floods come earlier.</dd>"
            '<div class="qa-promo"><dt>Support slow journalism from the mountains</dt><dd>Become a '
            "member from 300 rupees a month</dd></div>"
            "<dt>Will your son take over?</dt><dd>No.</dd>"
            "<dt>Why not?</dt><dd>There is a bridge now. He drives a taxi across it.</dd></dl>",
            [
                "How did you start?",
                "My father had the boat. When his knees failed, I took the oars. I was fourteen.",
                "Is the river different now?",
                "Faster in summer, lower in winter. The floods come earlier.",
                "Will your son take over?",
                "No.",
                "Why not?",
                "There is a bridge now. He drives a taxi across it.",
            ],
        ),
    ],
    outside=[
        N(
            '<div class="share"><span>Send this to someone who loves rivers</span></div>',
            "Send this to someone who loves rivers",
        ),
    ],
)
PAGES_SPEC[-1]["items"].append(
    Noise(
        "",
        ["Support slow journalism from the mountains", "Become a member from 300 rupees a month"],
    )
)

page(
    "noisy-16-photo-essay",
    tailwind,
    "Makran Lens",
    "makranlens.example",
    "Photo essay: The salt makers of Jiwani",
    "Zarina Baloch",
    "2026-11-19T08:00:00+05:00",
    [
        "For four months each year, families from Jiwani camp beside the salt flats and rake "
        "the crust into white hills.",
        Raw(
            '<figure class="my-8"><img class="w-full rounded" src="/e/1.jpg" alt=""><figcaption '
            'class="mt-2 text-sm">Ahmed, 61, has raked salt here since he was a boy. He says the '
            'season now starts a month later. <span class="text-xs text-slate-400">Image: Zarina '
            "Baloch for Makran Lens</span></figcaption></figure>",
            [
                "Ahmed, 61, has raked salt here since he was a boy. He says the season now starts "
                "a month later."
            ],
        ),
        Raw(
            '<figure class="my-8"><img class="w-full rounded" src="/e/2.jpg" alt=""><figcaption '
            'class="mt-2 text-sm">Children carry water to the camp from a tank two kilometres '
            'away.</figcaption><div class="flex gap-2 text-xs"><a>Buy this print</a><a>Pin it</a>'
            "</div></figure>",
            ["Children carry water to the camp from a tank two kilometres away."],
        ),
        Raw(
            '<figure class="my-8"><img class="w-full rounded" src="/e/3.jpg" alt=""><figcaption '
            'class="mt-2 text-sm">A truck from Turbat collects the salt. A full load sells for '
            'less than a motorcycle. <span class="text-xs text-slate-400">Image: Zarina Baloch for '
            "Makran Lens</span></figcaption></figure>",
            [
                "A truck from Turbat collects the salt. A full load sells for less than a "
                "motorcycle."
            ],
        ),
        "When the rains come, the families pack up and go home.",
    ],
    outside=[
        N(
            '<p class="text-center text-sm">Swipe for the next essay →</p>',
            "Swipe for the next essay",
        ),
    ],
)
PAGES_SPEC[-1]["items"].append(
    Noise("", ["Image: Zarina Baloch for Makran Lens", "Buy this print", "Pin it"])
)

page(
    "noisy-17-ians-wire",
    wire_portal,
    "Sarhad Times",
    "sarhadtimes.example",
    "Pakistan's KP province launches polio drive amid security concerns",
    "IANS",
    "2026-11-23T14:00:00+05:30",
    [
        "Islamabad, Nov 23 (IANS) Authorities in Pakistan's Khyber Pakhtunkhwa province "
        "launched a week-long polio vaccination drive on Monday, with police escorting health "
        "teams in several southern districts.",
        N(
            '<p><strong>ALSO SEE |</strong> <a href="/n/7">Bannu health workers stage sit-in</a></p>',
            "Bannu health workers stage sit-in",
        ),
        "More than three million children under five are to be vaccinated, officials said.",
        "Health workers in Bannu and Lakki Marwat have faced attacks in past campaigns.",
        Plain("<p>--IANS</p><p>sd/pgh</p>"),
        N(
            "<p><em>(Only the headline and picture of this report may have been reworked by the "
            "Sarhad Times staff; the rest of the content is auto-generated from a syndicated "
            "feed.)</em></p>",
            "auto-generated from a syndicated feed",
        ),
    ],
    outside=[
        teaser_list(
            "Elsewhere on Sarhad Times",
            ["Kohat cement plant expands", "Dera Ismail Khan dates reach Gulf markets"],
            "h2",
        ),
    ],
    agency="IANS",
    place="Islamabad",
)

page(
    "noisy-18-ani-cookiebar",
    bootstrap_cards,
    "Asia Wire Desk",
    "asiawiredesk.example",
    "Residents in Gilgit protest long power outages",
    "ANI",
    "2026-11-21T19:30:00+05:30",
    [
        "Gilgit [Pakistan], Nov 21 (ANI): Hundreds of residents blocked the main road in "
        "Gilgit on Saturday to protest against power outages of up to twenty hours a day.",
        "Protesters said the outages had grown longer as temperatures dropped and the water "
        "flow to hydropower stations fell.",
        "Local officials said talks with the protesters were under way.",
        Plain('<p class="card-text">(ANI)</p>'),
    ],
    pattr=' class="card-text"',
    after=[
        N(
            '<div class="alert alert-light">Stay ahead with the day\'s headlines — install the Asia '
            "Wire Desk app</div>",
            "install the Asia Wire Desk app",
        ),
    ],
    outside=[
        N(
            '<div class="fixed-bottom bg-dark text-white p-3" id="consent"><p class="mb-0">We use '
            "small files to remember your settings and measure visits. <a>Accept all</a> <a>Manage "
            "choices</a></p></div>",
            "We use small files to remember your settings",
            "Manage choices",
        ),
    ],
    agency="ANI",
    place="Gilgit",
)

page(
    "noisy-19-urdu-sindh",
    urdu_portal,
    "روزنامہ سندھ سویرا",
    "sindhsavera.example",
    "تھر میں نئے آر او پلانٹس سے پانی کی فراہمی شروع",
    "نمائندہ خصوصی",
    "2026-11-25T11:00:00+05:00",
    [
        "مٹھی: ضلع تھرپارکر کے تین دیہات میں نئے آر او پلانٹس سے پینے کے صاف پانی کی فراہمی "
        "شروع کر دی گئی ہے۔",
        "ضلعی انتظامیہ کے ایک افسر نے بتایا کہ پلانٹس شمسی توانائی سے چلتے ہیں اور روزانہ دس "
        "ہزار گیلن پانی صاف کر سکتے ہیں۔",
        N(
            '<p><strong>یہ بھی دیکھیے:</strong> <a href="/n/4">کراچی میں بسوں کے کرائے بڑھ گئے</a></p>',
            "یہ بھی دیکھیے:",
            "کراچی میں بسوں کے کرائے بڑھ گئے",
        ),
        "گاؤں کی خواتین کا کہنا تھا کہ اب انہیں پانی کے لیے کئی کلومیٹر پیدل نہیں چلنا پڑے گا۔",
        "حکام کے مطابق اگلے سال مزید بارہ دیہات میں ایسے پلانٹس لگائے جائیں گے۔",
    ],
    after=[
        N('<div class="share-bar"><span>خبر دوستوں کو بھیجیں</span></div>', "خبر دوستوں کو بھیجیں"),
        N(
            '<div class="comments-area"><p class="note">قارئین کی آرا سے ادارے کا متفق ہونا ضروری '
            "نہیں</p><p>آرا لوڈ ہو رہی ہیں…</p></div>",
            "قارئین کی آرا سے ادارے کا متفق ہونا ضروری نہیں",
            "آرا لوڈ ہو رہی ہیں",
        ),
    ],
    outside=[
        teaser_list(
            "مقبول ترین",
            ["حیدرآباد میں گیس کی لوڈشیڈنگ میں اضافہ", "سکھر میں کھجور میلہ شروع"],
            "h3",
        ),
    ],
    lang="ur",
    place="مٹھی",
)

page(
    "noisy-20-urdu-gb-after-dateline",
    urdu_wp,
    "بام دنیا نیوز",
    "baamedunya.example",
    "سکردو میں خوبانی کی برآمد کے لیے نیا کولڈ اسٹوریج",
    "ثنا اللہ بلتی",
    "2026-11-17T09:30:00+05:00",
    [
        N(
            '<div class="audio-player"><p>یہ خبر سننے کے لیے پلے کا بٹن دبائیں</p></div>',
            "یہ خبر سننے کے لیے پلے کا بٹن دبائیں",
        ),
        "سکردو:",
        N(
            '<p><a href="https://whatsapp.example/channel">ہمارے واٹس ایپ چینل سے جڑیے</a></p>',
            "ہمارے واٹس ایپ چینل سے جڑیے",
        ),
        "گلگت بلتستان کے ضلع سکردو میں خوبانی اور چیری کو محفوظ رکھنے کے لیے پہلا بڑا کولڈ "
        "اسٹوریج مکمل ہو گیا ہے۔",
        "کاشتکاروں کا کہنا ہے کہ ہر سال فصل کا بڑا حصہ منڈی تک پہنچنے سے پہلے خراب ہو جاتا تھا۔",
        "منصوبے کے نگران نے بتایا کہ اسٹوریج میں ایک وقت میں پانچ سو ٹن پھل رکھا جا سکے گا۔",
        "مقامی تاجروں نے امید ظاہر کی کہ اس سے قیمتیں مستحکم ہوں گی۔",
    ],
    after=[
        N(
            '<div class="author-box"><h4>مصنف کے بارے میں</h4><p>ثنا اللہ بلتی بلتستان سے زراعت '
            "اور ماحولیات پر لکھتے ہیں۔</p></div>",
            "مصنف کے بارے میں",
            "زراعت اور ماحولیات پر لکھتے ہیں",
        ),
    ],
    outside=[
        N(
            '<div id="respond"><h3>اپنی رائے دیجیے</h3><p>آپ کا ای میل شائع نہیں کیا جائے گا۔</p>'
            "</div>",
            "اپنی رائے دیجیے",
            "آپ کا ای میل شائع نہیں کیا جائے گا",
        ),
    ],
    lang="ur",
    place="سکردو",
)

page(
    "noisy-21-urdu-kp-blockquote",
    urdu_portal,
    "روزنامہ خیبر آواز",
    "khyberawaz.example",
    "پشاور میں قصہ خوانی بازار کی بحالی کا کام مکمل",
    "اسٹاف رپورٹر",
    "2026-11-15T15:00:00+05:00",
    [
        "پشاور: تاریخی قصہ خوانی بازار کی بحالی کا پہلا مرحلہ مکمل ہو گیا ہے اور بازار میں "
        "پیدل چلنے والوں کے لیے نیا فرش بچھا دیا گیا ہے۔",
        "محکمہ آثار قدیمہ کے مطابق پرانی عمارتوں کی لکڑی کی بالکونیوں کو اصل نقشے کے مطابق "
        "مرمت کیا گیا ہے۔",
        Raw(
            "<blockquote><p>ایک پرانے دکاندار نے کہا: ’’بازار پھر سے ویسا لگتا ہے جیسا میرے "
            'بچپن میں تھا۔‘‘</p><p class="tw-share"><a>اس جملے کو ٹویٹ کریں</a></p></blockquote>',
            ["ایک پرانے دکاندار نے کہا: ’’بازار پھر سے ویسا لگتا ہے جیسا میرے بچپن میں تھا۔‘‘"],
        ),
        "دوسرے مرحلے میں بجلی کی تاریں زیر زمین بچھائی جائیں گی۔",
    ],
    outside=[
        teaser_list(
            "اسے بھی پڑھیے",
            ["مردان میں گنے کی قیمت پر احتجاج", "سوات میں سیاحوں کی آمد میں اضافہ"],
            "h4",
        ),
    ],
    lang="ur",
    place="پشاور",
)
PAGES_SPEC[-1]["items"].append(Noise("", ["اس جملے کو ٹویٹ کریں"]))

# ---- clean pages ----------------------------------------------------------------

page(
    "clean-00-hugo-footnotes-oneword",
    hugo,
    "Frontier Notebook",
    "frontiernotebook.example",
    "What the land records office in Charsadda told us",
    "Bakht Zada",
    "2026-11-11T18:00:00+05:00",
    [
        "We asked the land records office in Charsadda a simple question: how many ownership "
        "disputes are waiting for a hearing?",
        "We asked in writing, in person, and by phone.",
        "Nothing.",
        Raw(
            "<p>Then, in the fourth week, a clerk read us a number from a register: 4,112."
            '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a>'
            "</sup></p>",
            ["Then, in the fourth week, a clerk read us a number from a register: 4,112."],
        ),
        "Some of the files are older than the clerk.",
        "Readers who have waited years for a hearing can share their experience with us; we "
        "will follow up on every case we can verify.",
        Raw(
            '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>The register '
            'counts cases, not plots. One case can cover several plots.&#160;<a href="#fnref:1" '
            'class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>',
            ["The register counts cases, not plots. One case can cover several plots."],
        ),
    ],
)

page(
    "clean-01-bootstrap-li-paragraphs",
    bootstrap_cards,
    "Indus Evening Post",
    "indusevening.example",
    "Karachi's ferry to Manora: what you need to know",
    "Rubina Memon",
    "2026-11-09T09:00:00+05:00",
    [
        Raw('<p class="card-text">KARACHI:</p>', ["KARACHI:"]),
        Raw(
            '<p class="card-text">The ferry to Manora island resumes on Monday after a month of '
            "repairs. Read on for the new timings and fares.</p>",
            [
                "The ferry to Manora island resumes on Monday after a month of repairs. Read on "
                "for the new timings and fares."
            ],
        ),
        Raw(
            '<ul class="list-group list-group-flush mb-3">'
            '<li class="list-group-item">First boat: 7 a.m.</li>'
            '<li class="list-group-item">Last boat: 9 p.m.</li>'
            '<li class="list-group-item">Fare: 60 rupees.</li>'
            '<li class="list-group-item">Children under five travel free.</li></ul>',
            [
                "First boat: 7 a.m.",
                "Last boat: 9 p.m.",
                "Fare: 60 rupees.",
                "Children under five travel free.",
            ],
        ),
        Raw(
            '<p class="card-text">Boatmen who share the route said the repairs were overdue. '
            "Passengers are asked to follow the crew's instructions and wear life jackets.</p>",
            [
                "Boatmen who share the route said the repairs were overdue. Passengers are asked to "
                "follow the crew's instructions and wear life jackets."
            ],
        ),
        Raw('<p class="card-text">That is all.</p>', ["That is all."]),
    ],
    place="Karachi",
)

page(
    "clean-02-tailwind-keyfacts",
    tailwind,
    "Hazara Wire",
    "hazarawire.example",
    "Kaghan valley's first mobile clinic starts rounds",
    "Nadia Swati",
    "2026-11-04T10:30:00+05:00",
    [
        "A mobile clinic began weekly rounds in the Kaghan valley on Wednesday, reaching "
        "villages that are two hours' walk from the nearest health centre.",
        Raw(
            '<div class="my-6 rounded-lg border border-sky-200 bg-sky-50 p-5"><p class="font-'
            'semibold">At a glance</p><ul class="mt-2 list-disc pl-5 text-base">'
            "<li>One van, one doctor, two nurses</li><li>Nine villages a week</li>"
            "<li>Free medicines for children and pregnant women</li></ul></div>",
            [
                "One van, one doctor, two nurses",
                "Nine villages a week",
                "Free medicines for children and pregnant women",
            ],
        ),
        "Patients can download a booking slip from the health department's app, but most simply "
        "walk up and wait.",
        '"People watch for the van from the hillside," said Dr Saira Jadoon, the clinic\'s '
        'doctor. "By the time we park, there is a queue."',
        "The clinic will stop in January, when snow closes the road, and restart in April.",
    ],
    pattr=' class="text-lg"',
)

page(
    "clean-03-liveblog",
    liveblog,
    "Balochistan Now",
    "balochistannow.example",
    "Live: Counting under way in Turbat by-election",
    "Live desk",
    "2026-11-30T17:00:00+05:00",
    [
        Raw(
            '<article class="lb-post"><time>22:40</time><p>Final unofficial result: Abdul '
            "Ghafoor wins by 1,312 votes.</p></article>",
            ["22:40", "Final unofficial result: Abdul Ghafoor wins by 1,312 votes."],
        ),
        Raw(
            '<article class="lb-post"><time>21:05</time><p>Trending on local social media: '
            "photos of polling staff counting by lantern light after a power cut.</p></article>",
            [
                "21:05",
                "Trending on local social media: photos of polling staff counting by "
                "lantern light after a power cut.",
            ],
        ),
        Raw(
            '<article class="lb-post"><time>19:30</time><p>Results from 40 of 112 polling '
            'stations are in.</p><table class="lb-table"><tr><th>Candidate</th><th>Votes</th>'
            "</tr><tr><td>Abdul Ghafoor</td><td>8,204</td></tr><tr><td>Naseer Gichki</td>"
            "<td>7,611</td></tr></table></article>",
            [
                "19:30",
                "Results from 40 of 112 polling stations are in.",
                "Candidate Votes",
                "Abdul Ghafoor 8,204",
                "Naseer Gichki 7,611",
            ],
        ),
        Raw(
            '<article class="lb-post"><time>17:00</time><p>Polls have closed. Turnout looked '
            "low in the afternoon, our correspondent says. Follow this page for results as they "
            "come in.</p></article>",
            [
                "17:00",
                "Polls have closed. Turnout looked low in the afternoon, our "
                "correspondent says. Follow this page for results as they come in.",
            ],
        ),
    ],
)

page(
    "clean-04-dl-interview",
    rdfa,
    "Chitral Review",
    "chitralreview.example",
    "Five questions for the woman who runs Booni's only bookshop",
    "Mehr Nigar",
    "2026-11-06T09:00:00+05:00",
    [
        "Shabnam Begum opened her bookshop in Booni in 2019. It is also the town's post office "
        "drop and, in winter, its warmest room.",
        Raw(
            "<dl>"
            "<dt>What do people read here?</dt><dd>Poetry, exam guides and cookbooks. In that "
            "order.</dd>"
            "<dt>Do you sell online?</dt><dd>I have an app on my phone for orders, but the "
            "internet comes and goes.</dd>"
            "<dt>Your most requested book?</dt><dd>A Khowar dictionary. It is out of print.</dd>"
            "<dt>Any advice for readers?</dt><dd>Share books. Return them.</dd>"
            "<dt>Will you stay open this winter?</dt><dd>Yes.</dd></dl>",
            [
                "What do people read here?",
                "Poetry, exam guides and cookbooks. In that order.",
                "Do you sell online?",
                "I have an app on my phone for orders, but the internet comes and goes.",
                "Your most requested book?",
                "A Khowar dictionary. It is out of print.",
                "Any advice for readers?",
                "Share books. Return them.",
                "Will you stay open this winter?",
                "Yes.",
            ],
        ),
    ],
)

page(
    "clean-05-photo-essay-ghost",
    ghost,
    "Karakoram Dispatch",
    "karakoramdispatch.example",
    "Photo essay: Autumn in the Ghizer valley",
    "Zulfiqar Hunzai",
    "2026-11-02T08:00:00+05:00",
    [
        "Each October the poplars of Ghizer turn yellow in the space of a week. We spent that "
        "week in the valley.",
        Raw(
            '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/g/1.jpg" '
            'class="kg-image" alt=""><figcaption>Photo 1. Farmers in Gupis stack the last hay '
            "before the first frost.</figcaption></figure>",
            ["Photo 1. Farmers in Gupis stack the last hay before the first frost."],
        ),
        Raw(
            '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/g/2.jpg" '
            'class="kg-image" alt=""><figcaption>Photo 2. Listen closely at Khalti lake and you '
            "can hear the ice forming at the edges.</figcaption></figure>",
            [
                "Photo 2. Listen closely at Khalti lake and you can hear the ice forming at the "
                "edges."
            ],
        ),
        Raw(
            '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/g/3.jpg" '
            'class="kg-image" alt=""><figcaption>Photo 3. Schoolchildren in Phander walk home '
            "under the poplars.</figcaption></figure>",
            ["Photo 3. Schoolchildren in Phander walk home under the poplars."],
        ),
        "By the time we left, the leaves were on the ground.",
    ],
)

page(
    "clean-06-ians-standalone-dateline",
    wire_portal,
    "Sarhad Times",
    "sarhadtimes.example",
    "Pakistan's Sindh to digitise land records by 2028",
    "IANS",
    "2026-11-13T12:00:00+05:30",
    [
        "Karachi, Nov 13 (IANS)",
        "Pakistan's Sindh province plans to digitise all its land records by 2028, a provincial "
        "minister said on Friday.",
        "Related disputes take years in the courts, the minister said, and many begin with a "
        "missing or altered paper record.",
        "Owners will be able to read their records online and download a certified copy for a "
        "small fee.",
        "The minister did not comment on the cost of the project.",
        Plain("<p>--IANS</p><p>ab/sd</p>"),
    ],
    agency="IANS",
    place="Karachi",
)

page(
    "clean-07-aspnet-table",
    aspnet,
    "Frontier Courier",
    "frontiercourier.example",
    "Dir district announces matric results",
    "Staff Reporter",
    "2026-11-19T16:00:00+05:00",
    [
        "TIMERGARA: The board of education announced matric results for Lower and Upper Dir on "
        "Thursday. Girls outperformed boys in both districts.",
        Raw(
            '<table class="ResultTable" border="1"><tr><th>District</th><th>Pass rate</th></tr>'
            "<tr><td>Lower Dir</td><td>78%</td></tr><tr><td>Upper Dir</td><td>71%</td></tr>"
            "</table><br />",
            ["District Pass rate", "Lower Dir 78%", "Upper Dir 71%"],
        ),
        "Students can check individual results on the board's website or by sending their roll "
        "number by text message.",
        "Photo ID is required to collect certificates.",
    ],
    mode="br",
    place="Timergara",
)

page(
    "clean-08-substack-words",
    substack,
    "The Makran Letter",
    "makranletter.example",
    "Issue 42: The boat builders of Sur Bandar",
    "Jalal Baloch",
    "2026-11-29T06:00:00+05:00",
    [
        "Good morning from Sur Bandar.",
        "As promised, this week's letter is about the boat builders.",
        "There are nine of them left. They work without drawings, and they build by eye.",
        "Ustad Karim showed me the hull of a fishing boat that will take four months to finish. "
        "The owner pays in three parts, the last one when the boat first touches water.",
        'He does not advertise. "Advertisement is for people whose boats sink," he said.',
        "His grandson wants to put the yard's photos on an app. Karim has agreed, on one "
        "condition: no pictures of unfinished boats.",
        "Several of you wrote to ask whether you can subscribe to the yard's waiting list. You "
        "cannot; there is no list. You just turn up.",
        "Until next week.",
    ],
)

page(
    "clean-09-blogger-words",
    blogger,
    "Larkana Diary",
    "larkanadiary.example",
    "A bakery in Gilgit that sells apricot cookies by the kilo",
    "Ghulam Mustafa Abro",
    "2026-11-21T12:00:00+05:00",
    [
        "On a trip north I found a bakery in Gilgit's old bazaar that sells apricot cookies by "
        "the kilo.",
        "The owner, Amina, said the recipe came from her mother. She would not share it.",
        "A poll of my travelling companions put the walnut cookies second and the plain ones a "
        "distant third.",
        "Amina has a newsletter of sorts: a notice board by the till where she writes the "
        "week's specials.",
        "Worth the trip.",
    ],
    mode="br",
)

page(
    "clean-10-frames-pti",
    frames_table,
    "Pak Frontier Wire",
    "pakfrontierwire.example",
    "Balochistan to recruit 2,000 teachers for closed schools",
    "PTI",
    "2026-11-18T11:00:00+05:30",
    [
        "Islamabad, Nov 18 (PTI) Pakistan's Balochistan province will recruit 2,000 teachers to "
        "reopen schools that have been closed for lack of staff, an official said on Wednesday.",
        "An advertisement for the posts will appear in newspapers next week, and candidates from "
        "the same union council will be given preference.",
        "About three thousand primary schools in the province have a single teacher or none.",
        "Watch-dog groups said the recruitment must be on merit.",
    ],
    after=[Plain("<p>PTI SH GSP</p>")],
    agency="PTI",
    place="Islamabad",
)

page(
    "clean-11-urdu-gwadar-app",
    urdu_wp,
    "بلوچستان ٹائمز اردو",
    "balochtimesurdu.example",
    "گوادر کے ماہی گیروں کے لیے نئی جیٹی کا افتتاح",
    "اے پی پی",
    "2026-11-26T13:00:00+05:00",
    [
        "گوادر (اے پی پی) گوادر کے مغربی ساحل پر ماہی گیروں کے لیے تعمیر کی گئی نئی جیٹی کا "
        "جمعرات کو افتتاح کر دیا گیا۔",
        "ماہی گیروں کی تنظیم کے رہنما نے کہا کہ جیٹی سے کشتیوں کو طوفان کے دنوں میں محفوظ جگہ ملے گی۔",
        "جیٹی کے اخراجات وفاقی اور صوبائی حکومت نے برابر شیئر کیے۔",
        "ایک بزرگ ماہی گیر نے صرف اتنا کہا:",
        "’’شکریہ۔‘‘",
        "مزید تفصیلات کے لیے ماہی گیر محکمہ فشریز کے دفتر سے رابطہ کر سکتے ہیں۔",
    ],
    agency="APP",
    place="گوادر",
    lang="ur",
)

page(
    "clean-12-urdu-swat-list",
    urdu_portal,
    "روزنامہ خیبر آواز",
    "khyberawaz.example",
    "سوات میں لڑکیوں کے اسکول میں سائنس لیب قائم",
    "نمائندہ سوات",
    "2026-11-20T12:00:00+05:00",
    [
        "سوات:",
        "وادی سوات کے ایک سرکاری گرلز اسکول میں پہلی سائنس لیبارٹری قائم کر دی گئی ہے۔",
        "ہیڈ مسٹریس نے بتایا کہ اس سے پہلے طالبات صرف کتابوں میں تجربات پڑھتی تھیں۔",
        Raw(
            "<p>لیب میں یہ سامان موجود ہے:</p><ul><li>خوردبین</li><li>کیمیکل کے سیٹ</li>"
            "<li>شمسی پینل</li></ul>",
            ["لیب میں یہ سامان موجود ہے:", "خوردبین", "کیمیکل کے سیٹ", "شمسی پینل"],
        ),
        "نویں جماعت کی ایک طالبہ نے کہا کہ وہ ڈاکٹر بننا چاہتی ہے۔",
        "تبصرے کے لیے رابطہ کرنے پر محکمہ تعلیم نے کہا کہ مزید اسکولوں میں بھی لیبز بنیں گی۔",
    ],
    lang="ur",
    place="سوات",
)

page(
    "clean-13-hentry-quotes-ani",
    jekyll_hentry,
    "Asia Wire Desk",
    "asiawiredesk.example",
    "Pakistan's Skardu airport to get night landing system",
    "ANI",
    "2026-11-07T18:00:00+05:30",
    [
        "Skardu [Pakistan], Nov 7 (ANI): Skardu airport in Pakistan's Gilgit-Baltistan region "
        "will get a night landing system next year, allowing flights after dark for the first "
        "time, officials said on Saturday.",
        Raw(
            '<blockquote class="pullquote"><p>"Right now, if a flight is late, it simply does not '
            'come," a tourism operator said.</p></blockquote>',
            ['"Right now, if a flight is late, it simply does not come," a tourism operator said.'],
        ),
        "Tour operators said the change would help winter tourism.",
        "Cancelled.",
        "That, an airline official said, is the word passengers hear most often in winter.",
        Raw(
            '<p><a href="/t/skardu">Skardu</a> residents said they would also like a direct '
            "flight to Karachi.</p>",
            ["Skardu residents said they would also like a direct flight to Karachi."],
        ),
    ],
    agency="ANI",
    place="Skardu",
)

page(
    "clean-14-mediumish-ordered-steps",
    mediumish,
    "Karakoram Notes",
    "karakoramnotes.example",
    "How Hunza's village councils share irrigation water",
    "Farhan Ali Shah",
    "2026-11-25T12:00:00+05:00",
    [
        "In Hunza, water from the glaciers is shared by turns, and the turns are decided by the "
        "village council.",
        "Here is how the system works in Altit, as the council secretary explained it to me:",
        Raw(
            "<ol><li>Each family gets a turn of a fixed number of hours.</li>"
            "<li>Turns follow the channel from top to bottom.</li>"
            "<li>Anyone who misses a turn waits for the next round.</li>"
            "<li>Disputes go to the council, which meets on Fridays.</li></ol>",
            [
                "Each family gets a turn of a fixed number of hours.",
                "Turns follow the channel from top to bottom.",
                "Anyone who misses a turn waits for the next round.",
                "Disputes go to the council, which meets on Fridays.",
            ],
        ),
        "Related systems exist across Gilgit-Baltistan, with local names and local rules.",
        "The secretary keeps the schedule in a school notebook. He has never lost it.",
    ],
)


# --------------------------------------------------------------------------- build + check


class Visible(HTMLParser):
    BLOCK = frozenset(
        {
            "p",
            "div",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "aside",
            "header",
            "footer",
            "nav",
            "main",
            "figure",
            "figcaption",
            "blockquote",
            "table",
            "tr",
            "br",
            "hr",
            "form",
            "center",
            "time",
        }
    )
    CELL = frozenset({"td", "th"})
    SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "textarea"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    v = Visible()
    v.feed(markup)
    return re.sub(r"\s+", " ", "".join(v.parts)).strip()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def build() -> None:
    folder = PAGES / SPLIT
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*"):
        old.unlink()
    for seed, spec in enumerate(PAGES_SPEC):
        body, lines, noise_in = render(spec["items"], spec["mode"], spec["pattr"])
        after_html, _, noise_after = render(spec["after"])
        out_html, _, noise_out = render(spec["outside"])
        url = f"https://{spec['domain']}/{spec['date'][:4]}/{spec['date'][5:7]}/{spec['name'][9:]}"
        ctx = dict(
            title=spec["title"],
            author=spec["author"],
            date=spec["date"],
            site=spec["site"],
            url=url,
            lang=spec["lang"],
            seed=seed + 800,
            body=body,
            after=after_html,
            outside=out_html,
        )
        markup = spec["template"](ctx)
        article = Article(
            spec["name"],
            spec["title"],
            spec["author"],
            spec["date"],
            lines,
            agency=spec["agency"],
            place=spec["place"],
            lang=spec["lang"],
        )
        noise = [n for n in noise_in + noise_after + noise_out if n.strings]
        write_page(SPLIT, spec["name"], url, markup, article, noise)


def validate() -> tuple[int, int, int]:
    folder = PAGES / SPLIT
    clean = noisy = nstrings = 0
    problems: list[str] = []
    for jpath in sorted(folder.glob("*.json")):
        truth = json.loads(jpath.read_text(encoding="utf-8"))
        markup = (folder / f"{jpath.stem}.html").read_text(encoding="utf-8")
        vis = visible_text(markup)
        title = re.search(r"<title>(.*?) \| ", markup).group(1)
        title = htmllib.unescape(title)
        body = truth["body"]
        blines = body.split("\n")
        for line in blines:
            if not line.strip():
                problems.append(f"{jpath.stem}: empty body line")
            elif norm(line) not in vis:
                problems.append(f"{jpath.stem}: body line not visible: {line[:60]!r}")
        for s in truth["noise"]:
            if norm(s) not in vis:
                problems.append(f"{jpath.stem}: noise not visible: {s!r}")
            if s.lower() in body.lower() or s.lower() in title.lower():
                problems.append(f"{jpath.stem}: noise in body/headline: {s!r}")
        if truth["clean"] != (not truth["noise"]):
            problems.append(f"{jpath.stem}: clean flag disagrees with noise list")
        if jpath.stem.startswith("clean") != truth["clean"]:
            problems.append(f"{jpath.stem}: name disagrees with clean flag")
        if truth["clean"]:
            clean += 1
        else:
            noisy += 1
            nstrings += len(truth["noise"])
        if len(markup) < 30000:
            problems.append(f"{jpath.stem}: page suspiciously small ({len(markup)} chars)")
    if problems:
        raise SystemExit("heldout8 validation failed:\n" + "\n".join(problems))
    if clean < 12 or clean + noisy < 32:
        raise SystemExit(f"too few pages: {clean} clean, {noisy} noisy")
    urdu = sum(1 for s in PAGES_SPEC if s["lang"] == "ur")
    if urdu < 3:
        raise SystemExit("need at least three Urdu pages")
    return clean, noisy, nstrings


def main() -> None:
    build()
    clean, noisy, nstrings = validate()
    print(
        f"heldout8: {clean + noisy} pages ({noisy} noisy, {clean} clean), "
        f"{nstrings} noise strings; validation passed"
    )


if __name__ == "__main__":
    main()
