"""Write a seventh held-out set to pages/heldout7/: written BLIND.

Written on 2026-11-30 by a writer who did not read the extraction rules (pipeline/,
config/noise.yaml), the tests, RESULTS.md, the other held-out generators (3-6) or any
existing page; only fixturekit.py, make_heldout2.py (for the truth format) and the
README were read. Nothing here was tuned against the extractor, which was never run.

What is new compared with the earlier sets (as far as the README tells):

* Markup: WordPress block theme (wp-block-*, Jetpack share/like/related), Newspack
  (inline donation popup, homepage-articles block inside the story, "Republish"),
  Drupal 10 layout builder (several blocks inside the content region, an embedded
  entity teaser), Joomla com_content (article-info dl, loadposition module, font-size
  toolbar, JComments form), Sitecore-like components, Arc XP-like fusion markup,
  Next.js with hashed CSS-module classes and __NEXT_DATA__, Vue (data-v-*), Svelte
  (svelte-* classes), Angular (_ngcontent-* attributes), Astro (data-astro-cid-*),
  Gatsby (css-* emotion classes), Web Components (custom elements with light-DOM
  text), AMP (amp-ad, amp-consent, amp-list), a Google Web Story (amp-story pages),
  a print view, an Elementor page, the tagDiv "Newspaper" theme, a layout table
  portal and an old portal whose paragraphs are <br>-separated text in one <span>.
* Noise, mostly between paragraphs inside the story container and often in bare
  <p>/<div>/<span>: "Listen to this story" audio players, "In case you missed it",
  "ICYMI", "Catch up on ...", "Editor's picks", "What others are reading", "Trending
  now", "You May Have Missed", donation and membership prompts, paywall meters and
  login walls, WhatsApp/Telegram/YouTube/Instagram/X/Google follow prompts, sponsored
  and partner cards, ad labels with "content continues below", cookie text inside the
  story, reaction bars, polls, star ratings, "Was this article helpful?", read-time
  and published/updated lines, breadcrumbs and tag rows inside the article, author
  bios and "More by" links, e-paper and print-edition promos, correction-request
  prompts, syndication disclaimers, photo credits repeated as text, Web Story
  "Swipe up" and "Next story" furniture, print-view furniture; Urdu (RTL) variants
  of "also read", follow, share, comment form and comment disclaimer.
* Clean pages (12) built to provoke over-deletion: one-line paragraphs, a
  standalone dateline line, bullet and numbered lists, a Q&A interview, block
  quotes, a paragraph that is only a quote, subheadings, a table of figures, a
  genuine correction paragraph, and short body sentences starting with or using
  Read, Share, Follow, Comment, Subscribe, Related, Advertisement, Download, Photo,
  Listen, Watch, Trending, cookies, poll; Urdu lines starting with "مزید" (more)
  and using "شیئر" (share).

Truth conventions (as in fixturekit): body = the story's lines joined by newlines;
subheadings, list items, table rows (cells joined by spaces), block quotes, Q&A lines
and a standalone dateline line are body; the headline, captions, bylines and wire
tails ("--IANS", "(ANI)", "PTI AKJ ZH", IANS desk codes) are not body and not listed
as noise. Site menus and footers are chrome and not listed (except on the print view,
which has no menu, where its furniture is listed).

Run: python benchmarks/extraction/make_heldout7.py  (deterministic; checks itself).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser

from fixturekit import PAGES, Article, Noise, esc, write_page

SPLIT = "heldout7"


# ---------------------------------------------------------------- body items


@dataclass
class H:
    """A subheading inside the story (body)."""

    text: str


@dataclass
class L:
    """A bullet or numbered list inside the story (each item a body line)."""

    items: list[str]
    ordered: bool = False


@dataclass
class Q:
    """A block quote inside the story (body)."""

    text: str


@dataclass
class T:
    """A table of figures inside the story (each row a body line, cells joined by spaces)."""

    rows: list[list[str]]


@dataclass
class Tail:
    """A wire tail line after the story ("--IANS"): neither body nor noise."""

    text: str


@dataclass
class Spec:
    name: str
    template: object
    site: str
    domain: str
    slug: str
    title: str
    author: str
    date: str
    seq: list
    outside: list = field(default_factory=list)
    agency: str | None = None
    place: str | None = None
    lang: str = "en"

    @property
    def url(self) -> str:
        return f"https://{self.domain}/{self.date[:4]}/{self.date[5:7]}/{self.slug}"

    def lines(self) -> list[str]:
        out: list[str] = []
        for it in self.seq:
            if isinstance(it, str):
                out.append(it)
            elif isinstance(it, (H, Q)):
                out.append(it.text)
            elif isinstance(it, L):
                out.extend(it.items)
            elif isinstance(it, T):
                out.extend(" ".join(r) for r in it.rows)
        return out

    def noises(self) -> list[Noise]:
        return [it for it in self.seq if isinstance(it, Noise)] + list(self.outside)

    def tail(self) -> str | None:
        tails = [it.text for it in self.seq if isinstance(it, Tail)]
        return " / ".join(tails) if tails else None


def N(markup: str, *strings: str) -> Noise:
    return Noise(markup, list(strings))


# ---------------------------------------------------------------- rendering


def render(
    seq,
    para=lambda t: f"<p>{esc(t)}</p>",
    h=lambda t: f"<h2>{esc(t)}</h2>",
    lst=None,
    quote=lambda t: f"<blockquote><p>{esc(t)}</p></blockquote>",
    table=None,
    tail=lambda t: f'<p class="tail">{esc(t)}</p>',
) -> str:
    out = []
    for it in seq:
        if isinstance(it, Noise):
            out.append(it.html)
        elif isinstance(it, str):
            out.append(para(it))
        elif isinstance(it, H):
            out.append(h(it.text))
        elif isinstance(it, Q):
            out.append(quote(it.text))
        elif isinstance(it, Tail):
            out.append(tail(it.text))
        elif isinstance(it, L):
            if lst:
                out.append(lst(it))
            else:
                tag = "ol" if it.ordered else "ul"
                lis = "".join(f"<li>{esc(x)}</li>" for x in it.items)
                out.append(f"<{tag}>{lis}</{tag}>")
        elif isinstance(it, T):
            if table:
                out.append(table(it))
            else:
                out.append(table_html(it))
    return "\n".join(out)


def table_html(t: T, cls: str = "") -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in t.rows[0])
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in t.rows[1:])
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def human(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return d.strftime("%B %-d, %Y %-I:%M %p")


def blob(seed: str, n: int) -> str:
    """Deterministic analytics/ad-config JavaScript, about n entries (~80 bytes each)."""
    rng = random.Random(seed)
    units = []
    for i in range(n):
        slot = f"/{rng.randint(10000, 99999)}/{rng.choice(['news', 'pk', 'regional', 'home'])}"
        slot += f"/{rng.choice(['top', 'mid', 'btm', 'rail', 'inread'])}_{i}"
        w, h = rng.choice([300, 320, 728, 970]), rng.choice([50, 90, 250, 600])
        w2, h2 = rng.choice([300, 336]), rng.choice([250, 280])
        lazy = rng.choice(["true", "false"])
        units.append(
            f'{{"slot":"{slot}","sizes":[[{w},{h}],[{w2},{h2}]],"lazy":{lazy},'
            f'"k":"{rng.getrandbits(32):08x}"}}'
        )
    return (
        "window.__adcfg={units:[" + ",".join(units) + "]};"
        "(function(w,d){var q=w.__q=w.__q||[];function t(e){q.push([Date.now(),e])}"
        "d.addEventListener('scroll',function(){t('s')},{passive:true});"
        "w.addEventListener('load',function(){t('l');var s=d.createElement('script');"
        "s.async=1;s.src='/static/tag.js?v=" + f"{rng.getrandbits(24):06x}" + "';"
        "d.head.appendChild(s)})})(window,document);"
    )


SECTIONS_EN = [
    "Home",
    "Pakistan",
    "Balochistan",
    "Karachi",
    "Khyber Pakhtunkhwa",
    "Gilgit-Baltistan",
    "Punjab",
    "World",
    "Business",
    "Sports",
    "Opinion",
    "Health",
    "Education",
    "Videos",
    "Podcasts",
    "E-paper",
    "Weather",
    "Jobs",
    "Obituaries",
    "Contact",
]
SECTIONS_UR = [
    "صفحہ اول",
    "پاکستان",
    "بلوچستان",
    "کراچی",
    "خیبر پختونخوا",
    "گلگت بلتستان",
    "دنیا",
    "کاروبار",
    "کھیل",
    "کالم",
    "صحت",
    "تعلیم",
    "ویڈیوز",
    "ای پیپر",
    "موسم",
    "رابطہ",
]


def head(p: Spec, extra: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": p.date,
        "author": {"@type": "Person", "name": p.author},
        "publisher": {"@type": "Organization", "name": p.site},
        "mainEntityOfPage": p.url,
        "inLanguage": p.lang,
    }
    css = "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{(i * 2654435761) % 0xFFFFFF:06x}}}"
        for i in range(60)
    )
    return (
        f'<head><meta charset="utf-8"><title>{esc(p.title)} | {esc(p.site)}</title>'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<link rel="canonical" href="{p.url}">'
        f'<meta property="og:title" content="{esc(p.title)}">'
        f'<meta property="og:site_name" content="{esc(p.site)}">'
        f'<meta property="article:published_time" content="{p.date}">'
        f'<meta name="author" content="{esc(p.author)}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f"<style>{css}</style>{extra}"
        f"<script>{blob(p.name, 200)}</script></head>"
    )


def nav(p: Spec, cls: str = "site-header") -> str:
    secs = SECTIONS_UR if p.lang == "ur" else SECTIONS_EN
    lis = "".join(
        f'<li class="menu-item"><a href="/{i}/">{esc(s)}</a></li>' for i, s in enumerate(secs)
    )
    sub = "".join(f'<li><a href="/tag/{i}">{esc(s)}</a></li>' for i, s in enumerate(secs[2:8]))
    return (
        f'<header class="{cls}"><div class="logo"><a href="/">{esc(p.site)}</a></div>'
        f'<nav class="main-nav" aria-label="Main"><ul class="menu">{lis}</ul></nav>'
        f'<nav class="sub-nav"><ul>{sub}</ul></nav>'
        '<button class="search-toggle" aria-label="Search">&#128269;</button></header>'
    )


def footer(p: Spec, cls: str = "site-footer") -> str:
    secs = SECTIONS_UR if p.lang == "ur" else SECTIONS_EN
    cols = "".join(
        f'<div class="col"><ul>{"".join(f"<li><a href=/f/{j}{i}>{esc(s)}</a></li>" for j, s in enumerate(secs[i : i + 6]))}</ul></div>'
        for i in range(0, len(secs), 6)
    )
    if p.lang == "ur":
        legal = f"جملہ حقوق محفوظ ہیں © 2026 {esc(p.site)}"
    else:
        legal = (
            f"&copy; 2026 {esc(p.site)}. All rights reserved. "
            '<a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · '
            '<a href="/about">About us</a> · <a href="/advertise">Advertise</a>'
        )
    return (
        f'<footer class="{cls}"><div class="cols">{cols}</div><p class="legal">{legal}</p></footer>'
        f"<script>{blob(p.name + '-end', 80)}</script>"
    )


def doc(p: Spec, inner: str, html_attr: str = "", head_extra: str = "", body_attr: str = "") -> str:
    d = ' dir="rtl"' if p.lang == "ur" else ""
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"{d}{html_attr}>{head(p, head_extra)}'
        f"<body{body_attr}>{inner}</body></html>"
    )


def outside_html(p: Spec) -> str:
    return "".join(n.html for n in p.outside)


# ---------------------------------------------------------------- templates


def wp_block(p: Spec) -> str:
    body = render(
        p.seq,
        h=lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>',
        lst=lambda li: (
            f'<{"ol" if li.ordered else "ul"} class="wp-block-list">'
            + "".join(f"<li>{esc(x)}</li>" for x in li.items)
            + f"</{'ol' if li.ordered else 'ul'}>"
        ),
        quote=lambda t: f'<blockquote class="wp-block-quote"><p>{esc(t)}</p></blockquote>',
        table=lambda t: f'<figure class="wp-block-table">{table_html(t)}</figure>',
        tail=lambda t: f"<p>{esc(t)}</p>",
    )
    inner = (
        '<div class="wp-site-blocks">'
        + nav(p, "wp-block-template-part site-header")
        + '<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">'
        f'<article class="wp-block-group post-4471 post type-post status-publish format-standard has-post-thumbnail hentry">'
        f'<h1 class="wp-block-post-title has-x-large-font-size">{esc(p.title)}</h1>'
        '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">'
        f'<div class="wp-block-post-author-name"><a href="/author/x" target="_self" class="wp-block-post-author-name__link">{esc(p.author)}</a></div>'
        f'<div class="wp-block-post-date"><time datetime="{p.date}">{human(p.date)}</time></div></div>'
        '<figure class="wp-block-post-featured-image"><img width="1200" height="675" src="/wp-content/uploads/2026/11/lead.jpg" alt="" decoding="async"></figure>'
        f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">{body}</div>'
        "</article>"
        f"{outside_html(p)}</main>" + footer(p, "wp-block-template-part site-footer") + "</div>"
    )
    return doc(
        p, inner, body_attr=' class="post-template-default single single-post wp-embed-responsive"'
    )


def newspack(p: Spec) -> str:
    body = render(p.seq)
    inner = (
        nav(p, "site-header header-default newspack--header")
        + '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main">'
        '<article id="post-9912" class="post-9912 post type-post status-publish format-standard entry">'
        '<header class="entry-header"><span class="cat-links"><a href="/category/gb">Gilgit-Baltistan</a></span>'
        f'<h1 class="entry-title">{esc(p.title)}</h1>'
        f'<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author vcard">By <a class="url fn n" href="/author/s">{esc(p.author)}</a></span></span>'
        f'<span class="posted-on"><time class="entry-date published" datetime="{p.date}">{human(p.date)}</time></span></div></div></header>'
        f'<div class="entry-content">{body}</div>'
        f"{outside_html(p)}</article></main></div></div>" + footer(p, "site-footer newspack-footer")
    )
    return doc(p, inner, body_attr=' class="single single-post newspack-front-page h-sb"')


def drupal10(p: Spec) -> str:
    body = render(
        p.seq,
        table=lambda t: table_html(t, "table table--figures"),
    )
    pre = "".join(n.html for n in p.outside if "field--name-field-dates" in n.html)
    post = "".join(n.html for n in p.outside if "field--name-field-dates" not in n.html)
    inner = (
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        + nav(p, "region region-header")
        + '<main role="main"><div class="region region-content">'
        '<div data-drupal-messages-fallback class="hidden"></div>'
        f'<article data-history-node-id="20581" class="node node--type-article node--promoted node--view-mode-full">'
        '<div class="layout layout--twocol-section layout--twocol-section--67-33">'
        '<div class="layout__region layout__region--first">'
        f'<div class="block block-layout-builder block-field-blocknodearticletitle"><h1 class="page-title"><span class="field field--name-title">{esc(p.title)}</span></h1></div>'
        f'<div class="block block-layout-builder block-field-blocknodearticleuid"><span class="field field--name-uid"><span>{esc(p.author)}</span></span></div>'
        f"{pre}"
        '<div class="block block-layout-builder block-field-blocknodearticlebody">'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div></div>'
        f"{post}</div>"
        '<div class="layout__region layout__region--second"><div class="block block-views">'
        '<div class="view-content"></div></div></div>'
        "</div></article></div></main>" + footer(p, "region region-footer") + "</div>"
    )
    return doc(p, inner, body_attr=' class="path-node page-node-type-article"')


def joomla(p: Spec) -> str:
    pre = "".join(n.html for n in p.outside if "article-info" in n.html or "fontsize" in n.html)
    post = "".join(n.html for n in p.outside if n.html not in pre)
    body = render(p.seq)
    inner = (
        nav(p, "header container-header full-width")
        + '<div class="site-grid"><div class="grid-child container-component">'
        '<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h2 itemprop="headline">{esc(p.title)}</h2></div>'
        f"{pre}"
        f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>'
        f"{post}</div></main></div>"
        '<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><div class="card-body"></div></div></div></div>'
        + footer(p, "container-footer footer full-width")
    )
    return doc(
        p,
        inner,
        body_attr=' class="site com_content wrapper-static view-article layout-blog no-task itemid-118"',
    )


def sitecore(p: Spec) -> str:
    paras = render(
        p.seq,
        para=lambda t: f"<p>{esc(t)}</p>",
        tail=lambda t: f"<p>{esc(t)}</p>",
    )
    inner = (
        '<div id="wrapper"><header><div id="header" class="row">'
        + nav(p, "component navigation navigation-main")
        + '</div></header><main><div id="content" class="row">'
        '<div class="component title"><div class="component-content">'
        f'<div class="field-title"><h1>{esc(p.title)}</h1></div></div></div>'
        f'<div class="component byline"><div class="component-content"><span class="field-author">{esc(p.author)}</span> <span class="field-date">{human(p.date)}</span></div></div>'
        '<div class="component rich-text article-body" data-sc-id="{6F1B2A7C-0D9E-4B31-9A1F-7C2E5D8A9B10}">'
        f'<div class="component-content">{paras}</div></div>'
        f"{outside_html(p)}</div></main>" + footer(p, "component footer") + "</div>"
    )
    return doc(p, inner)


def arcxp(p: Spec) -> str:
    body = render(
        p.seq,
        para=lambda t: f'<p class="c-paragraph" data-el="text" dir="auto">{esc(t)}</p>',
        h=lambda t: f'<h2 class="c-heading" data-el="header">{esc(t)}</h2>',
        quote=lambda t: (
            f'<blockquote class="c-blockquote" data-el="blockquote"><p>{esc(t)}</p></blockquote>'
        ),
        tail=lambda t: f'<p class="c-paragraph" data-el="text">{esc(t)}</p>',
    )
    inner = (
        '<div id="fusion-app" class="layout-section">'
        + nav(p, "b-header-nav-chain")
        + '<main class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">'
        '<div class="b-headline"><h1 class="c-heading">' + esc(p.title) + "</h1></div>"
        f'<div class="b-byline"><address class="c-attribution">{esc(p.author)}</address><time datetime="{p.date}">{human(p.date)}</time></div>'
        f'<article class="b-article-body" data-fusion-component="article-body">{body}</article></div>'
        f'<aside class="b-right-rail-advanced__rail" data-fusion-component="rail">{outside_html(p)}</aside></main>'
        + footer(p, "b-footer")
        + '</div><script id="fusion-metadata" type="application/javascript">'
        'window.Fusion=window.Fusion||{};Fusion.arcSite="herald";Fusion.deployment="1742";</script>'
    )
    return doc(p, inner)


def nextjs(p: Spec) -> str:
    body = render(
        p.seq,
        para=lambda t: f'<p class="Paragraph_root__Zq4tB">{esc(t)}</p>',
        h=lambda t: f'<h2 class="Heading_h2__u7Hkp">{esc(t)}</h2>',
    )
    data = {
        "props": {
            "pageProps": {
                "story": {
                    "headline": p.title,
                    "byline": p.author,
                    "published": p.date,
                    "paragraphs": p.lines(),
                }
            }
        },
        "page": "/[section]/[slug]",
        "buildId": "k3Jd9aLq0xYzT",
        "isFallback": False,
    }
    inner = (
        '<div id="__next">'
        + nav(p, "Header_wrap__3hGx1")
        + '<main class="Layout_main__Fh20k"><article class="Story_story__kP0e2">'
        f'<h1 class="Story_headline__xT9aC">{esc(p.title)}</h1>'
        f'<div class="Byline_root__b8Q2s"><span class="Byline_name__Wc3LP">{esc(p.author)}</span>'
        f'<time class="Byline_time__T2rv0" datetime="{p.date}">{human(p.date)}</time></div>'
        f'<div class="ArticleBody_body__3xK9q">{body}</div></article>'
        f'<aside class="Rail_rail__Gh7ew">{outside_html(p)}</aside></main>'
        + footer(p, "Footer_footer__Yk1sM")
        + "</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )
    return doc(p, inner)


def vue(p: Spec) -> str:
    v = "data-v-7b1c2e4a"
    body = render(
        p.seq,
        para=lambda t: f'<p {v} class="story-text">{esc(t)}</p>',
        tail=lambda t: f'<p {v} class="story-text">{esc(t)}</p>',
    )
    inner = (
        f'<div id="app" data-server-rendered="true"><div {v} class="page">'
        + nav(p, "top-bar")
        + f'<section {v} class="story"><h1 {v} class="story__title">{esc(p.title)}</h1>'
        f'<div {v} class="story__meta"><span {v}>{esc(p.author)}</span> <span {v}>{human(p.date)}</span></div>'
        f'<div {v} class="story__content">{body}</div></section>'
        f'<section {v} class="below">{outside_html(p)}</section>'
        + footer(p, "bottom-bar")
        + "</div></div>"
        '<script>window.__INITIAL_STATE__={"route":{"name":"story"},"ads":{"enabled":true}}</script>'
    )
    return doc(p, inner)


def webcomponents(p: Spec) -> str:
    body = render(
        p.seq,
        para=lambda t: f"<ledger-para>{esc(t)}</ledger-para>",
        tail=lambda t: f"<ledger-para>{esc(t)}</ledger-para>",
    )
    inner = (
        nav(p, "ledger-header") + '<ledger-page layout="story"><ledger-article story-id="QL-88213">'
        f'<ledger-headline slot="headline"><h1>{esc(p.title)}</h1></ledger-headline>'
        f'<ledger-byline slot="byline" author="{esc(p.author)}" datetime="{p.date}">{esc(p.author)} · {human(p.date)}</ledger-byline>'
        f'<ledger-body slot="body">{body}</ledger-body></ledger-article>'
        f"{outside_html(p)}</ledger-page>"
        + footer(p, "ledger-footer")
        + '<script type="module" src="/static/ledger-elements.js"></script>'
    )
    return doc(p, inner)


AMP_HEAD = (
    '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
    '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>'
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
    "<style amp-custom>.article-body p{line-height:1.6}.ad-lbl{font-size:10px}</style>"
)


def amp(p: Spec) -> str:
    body = render(p.seq)
    inner = (
        nav(p, "amp-header") + '<main id="content" role="main"><article class="amp-wp-article">'
        f'<header class="amp-wp-article-header"><h1 class="amp-wp-title">{esc(p.title)}</h1>'
        f'<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(p.author)}</span></div>'
        f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{p.date}">{human(p.date)}</time></div></header>'
        '<figure class="amp-wp-article-featured-image"><amp-img width="1200" height="675" src="/lead.jpg" layout="responsive" alt=""></amp-img></figure>'
        f'<div class="amp-wp-article-content article-body">{body}</div></article></main>'
        f"{outside_html(p)}" + footer(p, "amp-wp-footer")
    )
    return doc(p, inner, html_attr=" amp", head_extra=AMP_HEAD)


def webstory(p: Spec) -> str:
    pages: list[list[str]] = []
    for it in p.seq:
        if isinstance(it, str):
            pages.append([f'<p class="story-text">{esc(it)}</p>'])
        elif isinstance(it, Noise):
            pages[-1].append(it.html)
    story_pages = "".join(
        f'<amp-story-page id="page-{i + 2}"><amp-story-grid-layer template="fill">'
        f'<amp-img src="/ws/{i}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img>'
        f'</amp-story-grid-layer><amp-story-grid-layer template="vertical" class="bottom">{"".join(blocks)}</amp-story-grid-layer></amp-story-page>'
        for i, blocks in enumerate(pages)
    )
    cover_extra = "".join(n.html for n in p.outside if "cover" in n.html)
    bookend = "".join(n.html for n in p.outside if "cover" not in n.html)
    inner = (
        f'<amp-story standalone title="{esc(p.title)}" publisher="{esc(p.site)}" '
        'publisher-logo-src="/logo.png" poster-portrait-src="/ws/poster.jpg">'
        '<amp-story-page id="cover"><amp-story-grid-layer template="fill">'
        '<amp-img src="/ws/cover.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
        f'<amp-story-grid-layer template="vertical"><h1>{esc(p.title)}</h1>'
        f'<p class="byline">By {esc(p.author)}</p>{cover_extra}</amp-story-grid-layer></amp-story-page>'
        f"{story_pages}{bookend}</amp-story>"
    )
    head_extra = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
        "<style amp-boilerplate>body{visibility:hidden}</style>"
    )
    return doc(p, inner, html_attr=" amp", head_extra=head_extra)


def printview(p: Spec) -> str:
    body = render(p.seq)
    top = "".join(n.html for n in p.outside if "noprint" in n.html)
    bottom = "".join(n.html for n in p.outside if "noprint" not in n.html)
    inner = (
        f'<div class="print-wrap"><div class="print-masthead"><img src="/img/logo-bw.png" alt="{esc(p.site)}"></div>'
        f"{top}"
        f'<h1 class="print-title">{esc(p.title)}</h1>'
        f'<p class="print-meta">{esc(p.author)} — {human(p.date)}</p>'
        f'<div class="print-body">{body}</div>{bottom}</div>'
    )
    return doc(p, inner, body_attr=' class="print" onload="window.print()"')


def divbr(p: Spec) -> str:
    """Old portal: the whole story is one <span> of <br>-separated text inside a table cell."""
    parts = []
    for it in p.seq:
        if isinstance(it, str):
            parts.append(f"{esc(it)}<br><br>")
        elif isinstance(it, Tail):
            parts.append(f"{esc(it.text)}<br>")
        elif isinstance(it, Noise):
            parts.append(it.html)
    story = "\n".join(parts)
    inner = (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>'
        + nav(p, "topnav")
        + "</td></tr></table>"
        '<table width="980" align="center" border="0"><tr>'
        '<td width="650" valign="top" class="newsbox">'
        f'<span id="ctl00_ContentPlaceHolder1_lblHeading" class="headline">{esc(p.title)}</span><br>'
        f'<span class="date">{human(p.date)}</span><br><br>'
        f'<span id="ctl00_ContentPlaceHolder1_lblNews" class="newstext">{story}</span>'
        f'</td><td width="330" valign="top" class="rightcol">{outside_html(p)}</td></tr></table>'
        + footer(p, "bottomnav")
    )
    return doc(p, inner)


def layout_table(p: Spec) -> str:
    rows = []
    for it in p.seq:
        if isinstance(it, str):
            rows.append(
                f'<tr><td class="txt"><font face="Verdana" size="2">{esc(it)}</font></td></tr>'
            )
        elif isinstance(it, Noise):
            rows.append(f"<tr><td>{it.html}</td></tr>")
        elif isinstance(it, L):
            tag = "ol" if it.ordered else "ul"
            rows.append(
                f"<tr><td><{tag}>"
                + "".join(f"<li>{esc(x)}</li>" for x in it.items)
                + f"</{tag}></td></tr>"
            )
    inner = (
        '<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">'
        f'<tr><td colspan="3">{nav(p, "hdr")}</td></tr>'
        '<tr><td width="160" valign="top" class="leftnav"><a href="/">Home</a><br><a href="/quetta">Quetta</a><br>'
        '<a href="/districts">Districts</a><br><a href="/archive">Archive</a></td>'
        '<td width="600" valign="top"><table width="100%" cellpadding="4" class="story">'
        f'<tr><td class="hd"><b><font size="4">{esc(p.title)}</font></b></td></tr>'
        f'<tr><td class="by">{esc(p.author)} | {human(p.date)}</td></tr>'
        + "".join(rows)
        + f'</table></td><td width="230" valign="top" class="right">{outside_html(p)}</td></tr>'
        f'<tr><td colspan="3">{footer(p, "ftr")}</td></tr></table>'
    )
    return doc(p, inner, body_attr=' bgcolor="#f4f4f4" topmargin="0"')


def urdu_spans(p: Spec) -> str:
    """Urdu portal: each paragraph a <span> closed by <br><br> inside a div; widgets between."""
    parts = []
    for it in p.seq:
        if isinstance(it, str):
            parts.append(f'<span class="detail-text">{esc(it)}</span><br><br>')
        elif isinstance(it, Noise):
            parts.append(it.html)
    inner = (
        nav(p, "urdu-header")
        + '<div class="container"><div class="row"><div class="col-md-8 news-detail">'
        f'<h1 class="urdu-heading">{esc(p.title)}</h1>'
        f'<div class="news-date">{esc(p.author)} · {p.date[:10]}</div>'
        f'<div class="news-detail-body">{"".join(parts)}</div></div>'
        f'<div class="col-md-4 sidebar">{outside_html(p)}</div></div></div>'
        + footer(p, "urdu-footer")
    )
    return doc(p, inner)


def bootstrap(p: Spec) -> str:
    body = render(p.seq)
    inner = (
        nav(p, "navbar navbar-expand-lg navbar-dark bg-dark")
        + '<div class="container mt-3"><div class="row"><div class="col-lg-8">'
        f'<h1 class="display-6 fw-bold">{esc(p.title)}</h1>'
        f'<p class="text-muted small">{esc(p.author)} &middot; {human(p.date)}</p>'
        f'<div class="story-content fs-5">{body}</div></div>'
        f'<div class="col-lg-4">{outside_html(p)}</div></div></div>'
        + footer(p, "bg-dark text-light py-4")
    )
    return doc(p, inner)


def svelte(p: Spec) -> str:
    s = "svelte-1x7qk2m"
    body = render(
        p.seq,
        para=lambda t: f'<p class="para {s}">{esc(t)}</p>',
        tail=lambda t: f'<p class="para {s}">{esc(t)}</p>',
    )
    inner = (
        '<div style="display: contents">'
        + nav(p, f"masthead {s}")
        + f'<main class="{s}"><article class="story {s}"><h1 class="{s}">{esc(p.title)}</h1>'
        f'<div class="meta {s}"><span class="{s}">{esc(p.author)}</span> <time class="{s}">{human(p.date)}</time></div>'
        f'<div class="story-body {s}">{body}</div></article>{outside_html(p)}</main>'
        + footer(p, f"foot {s}")
        + '</div><script type="module">import{start}from"/_app/immutable/entry/start.B7x1.js";start({target:document.body})</script>'
    )
    return doc(p, inner)


def astro(p: Spec) -> str:
    a = "data-astro-cid-6kovzz2q"
    body = render(
        p.seq,
        para=lambda t: f"<p {a}>{esc(t)}</p>",
    )
    inner = (
        nav(p, "site-header") + f'<main {a}><article class="prose" {a}><header {a}>'
        f'<h1 {a}>{esc(p.title)}</h1><p class="byline" {a}>{esc(p.author)} · <time datetime="{p.date}">{human(p.date)}</time></p></header>'
        f'<div class="content" {a}>{body}</div></article>'
        f'<astro-island uid="Z1kq8" component-url="/_astro/Comments.js" client="visible">{outside_html(p)}</astro-island></main>'
        + footer(p)
    )
    return doc(p, inner)


def angular(p: Spec) -> str:
    ng = "_ngcontent-ng-c2871034"
    body = render(
        p.seq,
        para=lambda t: f'<p {ng}="" class="article-p">{esc(t)}</p>',
    )
    inner = (
        '<app-root ng-version="17.3.2" _nghost-ng-c1102>'
        + nav(p, "app-header")
        + f'<app-article {ng}="" _nghost-ng-c2871034=""><div {ng}="" class="article-wrap">'
        f'<h1 {ng}="">{esc(p.title)}</h1><div {ng}="" class="by">{esc(p.author)} | {human(p.date)}</div>'
        f'<div {ng}="" class="article-body">{body}</div></div></app-article>'
        f"<app-aside>{outside_html(p)}</app-aside>" + footer(p, "app-footer") + "</app-root>"
    )
    return doc(p, inner)


def plaincms(p: Spec) -> str:
    """A Django-CMS-like page: plugin wrappers around every block."""
    body = render(
        p.seq,
        para=lambda t: f'<div class="cms-plugin cms-plugin-text"><p>{esc(t)}</p></div>',
    )
    inner = (
        nav(p, "cms-toolbar-expanded header")
        + '<div class="page-content"><div class="story-container">'
        f'<h1>{esc(p.title)}</h1><div class="story-meta">{esc(p.author)}, {human(p.date)}</div>'
        f'<div class="story-placeholder">{body}</div></div>'
        f'<div class="after-story">{outside_html(p)}</div></div>' + footer(p)
    )
    return doc(p, inner)


def gatsby(p: Spec) -> str:
    body = render(
        p.seq,
        para=lambda t: f'<p class="css-1q2w3e4">{esc(t)}</p>',
        tail=lambda t: f'<p class="css-1q2w3e4">{esc(t)}</p>',
    )
    inner = (
        '<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">'
        + nav(p, "css-9x8y7z")
        + f'<main class="css-k2j3h4"><h1 class="css-u8i9o0">{esc(p.title)}</h1>'
        f'<div class="css-b7n6m5">{esc(p.author)} · {human(p.date)}</div>'
        f'<div class="css-a1s2d3 e1h2j3k0">{body}</div>{outside_html(p)}</main>'
        + footer(p, "css-z0x9c8")
        + '</div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>'
    )
    return doc(p, inner)


def tagdiv(p: Spec) -> str:
    body = render(p.seq)
    inner = (
        '<div id="td-outer-wrap" class="td-theme-wrap">'
        + nav(p, "td-header-wrap td-header-style-1")
        + '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article class="post type-post status-publish format-standard"><div class="td-post-header">'
        '<ul class="td-category"><li class="entry-category"><a href="/c/balochistan">Balochistan</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{esc(p.title)}</h1>'
        f'<div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/a/x">{esc(p.author)}</a></div>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{p.date}">{human(p.date)}</time></span></div></header></div>'
        f'<div class="td-post-content tagdiv-type">{body}</div></article>'
        f"{outside_html(p)}</div></div></div></div></div>"
        + footer(p, "td-footer-wrapper")
        + "</div>"
    )
    return doc(p, inner)


def elementor(p: Spec) -> str:
    body = render(p.seq)
    inner = (
        '<div data-elementor-type="header" class="elementor elementor-12">'
        + nav(p, "elementor-section elementor-top-section")
        + '</div><div data-elementor-type="single-post" class="elementor elementor-88 elementor-location-single post-5120 post type-post">'
        '<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container elementor-column-gap-default">'
        '<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">'
        f'<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{esc(p.title)}</h1></div></div>'
        f'<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">{esc(p.author)}</li><li class="elementor-icon-list-item">{human(p.date)}</li></ul></div></div>'
        f'<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">{body}</div></div>'
        f"{outside_html(p)}</div></div></div></section></div>"
        + '<div data-elementor-type="footer" class="elementor elementor-40">'
        + footer(p, "elementor-section")
        + "</div>"
    )
    return doc(
        p,
        inner,
        body_attr=' class="post-template-default single single-post elementor-default elementor-kit-5 elementor-page-88"',
    )


# ---------------------------------------------------------------- pages: noisy

SPECS: list[Spec] = []


def add(**kw) -> None:
    SPECS.append(Spec(**kw))


add(
    name="noisy-01-wp-block-jetpack",
    template=wp_block,
    site="Bolan Pass Gazette",
    domain="bolanpass.example",
    slug="mastung-cold-storage",
    title="Mastung orchards to get solar cold-storage units",
    author="Shazia Raisani",
    date="2026-11-24T10:20:00+05:00",
    place="Mastung",
    seq=[
        "MASTUNG, Nov 24: Apple and apricot growers in Mastung will get four solar-powered "
        "cold-storage units before next season, the district agriculture office said on Monday, "
        "ending years of selling fruit at throwaway prices during the August glut.",
        "Each unit can hold about sixty tonnes and will be run by a growers' cooperative, which "
        "will charge members a fixed fee per crate rather than a share of the sale price.",
        N(
            '<figure class="wp-block-audio"><figcaption class="wp-element-caption">Listen to this story</figcaption>'
            '<audio controls src="/wp-content/uploads/tts/4471.mp3"></audio></figure>'
            '<p class="has-small-font-size">Voiced by automated narration · 3:41</p>',
            "Listen to this story",
            "Voiced by automated narration",
        ),
        "Growers said middlemen from Quetta and Karachi had set prices in the orchards for as long "
        "as they could remember, because fruit that was not sold within a week would rot.",
        N(
            '<p><strong>In case you missed it:</strong> <a href="/2026/11/nushki-bus-stand">Nushki bus '
            "stand to be moved out of town centre</a></p>",
            "In case you missed it",
            "Nushki bus stand to be moved out of town centre",
        ),
        "Haji Noor Ahmed, who farms twelve acres near the town, said he lost almost a third of his "
        "apricots last summer. “If we can wait three weeks, we can ask for a fair price,” he said.",
        N(
            '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button">'
            '<a class="wp-block-button__link wp-element-button" href="https://whatsapp.example/channel/bpg">'
            "Join our WhatsApp channel for Balochistan news</a></div></div>",
            "Join our WhatsApp channel",
        ),
        "The units are funded by a provincial horticulture programme and are due to be installed "
        "in March, officials said.",
        N(
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
            '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
            '<li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span>'
            '<span class="sharing-screen-reader-text">Click to share on Facebook (Opens in new window)</span></a></li>'
            '<li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button" href="?share=jetpack-whatsapp"><span>WhatsApp</span>'
            '<span class="sharing-screen-reader-text">Click to share on WhatsApp (Opens in new window)</span></a></li>'
            "</ul></div></div></div>"
            '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>'
            '<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span>'
            ' <span class="loading">Loading...</span></div></div>',
            "Share this:",
            "Click to share on WhatsApp",
            "Like this:",
        ),
        N(
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
            '<div class="jp-relatedposts-items jp-relatedposts-items-visual">'
            '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r/1">Quetta fruit market traders seek covered sheds</a></h4>'
            '<p class="jp-relatedposts-post-context">In "Agriculture"</p></div>'
            '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r/2">Kalat apple festival returns after four years</a></h4>'
            '<p class="jp-relatedposts-post-context">In "Agriculture"</p></div></div></div>',
            "Quetta fruit market traders seek covered sheds",
            "Kalat apple festival returns after four years",
            'In "Agriculture"',
        ),
    ],
    outside=[
        N(
            '<div class="wp-block-group newsletter-box"><h2 class="wp-block-heading">Get the Gazette in your inbox every morning</h2>'
            '<form class="wp-block-jetpack-subscriptions"><input type="email" placeholder="Type your email…">'
            "<button>Subscribe</button></form></div>",
            "Get the Gazette in your inbox",
        )
    ],
)

add(
    name="noisy-02-newspack",
    template=newspack,
    site="Karakoram Courier",
    domain="karakoramcourier.example",
    slug="skardu-night-landings",
    title="Skardu airport night landings delayed again",
    author="Sakina Hussaini",
    date="2026-11-19T08:05:00+05:00",
    seq=[
        "Night landings at Skardu airport will not begin before the spring, the aviation "
        "authority said this week, the third delay since the runway lights were installed last year.",
        "Officials said an inspection team had asked for changes to the approach lighting on the "
        "eastern end of the runway, where the valley narrows between two ridges.",
        N(
            '<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft">'
            '<h2 class="article-section-title"><span>More from Baltistan</span></h2>'
            '<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title">'
            '<a href="/2026/11/shigar-fort">Shigar fort hotel reopens after restoration</a></h3></div></article>'
            '<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title">'
            '<a href="/2026/11/khaplu-school">Khaplu girls school gets its first computer lab</a></h3></div></article></div>',
            "More from Baltistan",
            "Shigar fort hotel reopens after restoration",
            "Khaplu girls school gets its first computer lab",
        ),
        "Hotel owners in Skardu said the delay would cost them another winter season. Most flights "
        "from Islamabad are cancelled when clouds cover the mountains after midday.",
        "A spokesman for the authority said safety came before the timetable. He did not give a new date.",
        N(
            '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" data-frequency="0,0,0,month">'
            '<div class="newspack-popup__content"><p><strong>Local news needs local support.</strong> Readers like you keep '
            "the Courier free to read in every valley.</p>"
            '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate">Become a member today</a></div></div>'
            "</div></div>",
            "Local news needs local support",
            "Become a member today",
        ),
        "Pilots' associations have long asked for night operations at the airport, which handles "
        "most of the region's tourist traffic in summer.",
        N(
            '<div class="newspack-republication-tracker"><button class="republication-tracker-tool__button">Republish this story</button></div>',
            "Republish this story",
        ),
    ],
    outside=[
        N(
            '<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Sakina Hussaini</h2></div>'
            "<p>Sakina Hussaini covers transport and tourism in Gilgit-Baltistan for the Courier. She was "
            "previously a producer at a community radio station in Skardu.</p>"
            '<a class="author-link" href="/author/sakina">More by Sakina Hussaini</a></div></div>',
            "covers transport and tourism in Gilgit-Baltistan",
            "More by Sakina Hussaini",
        )
    ],
)

add(
    name="noisy-03-drupal10-layout",
    template=drupal10,
    site="Khyber Lantern",
    domain="khyberlantern.example",
    slug="di-khan-cotton-whitefly",
    title="D.I. Khan cotton growers count losses after whitefly attack",
    author="APP",
    date="2026-11-26T16:12:00+05:00",
    agency="APP",
    place="Dera Ismail Khan",
    seq=[
        "DERA ISMAIL KHAN, Nov 26 (APP): Cotton growers in Dera Ismail Khan have lost about a "
        "quarter of their crop to a whitefly attack this season, the district agriculture "
        "department said on Wednesday.",
        "A survey of 140 villages found the worst damage in fields sown late, after the canal "
        "closure in May pushed back planting by several weeks.",
        N(
            '<div class="embedded-entity align-center"><article class="node node--type-article node--view-mode-teaser">'
            '<div class="field field--name-field-kicker">Related</div>'
            '<h2 class="node__title"><a href="/node/20412" rel="bookmark"><span class="field field--name-title">'
            "Cotton support price: what the new rate means for growers</span></a></h2></article></div>",
            "Cotton support price: what the new rate means for growers",
        ),
        "Officials said farmers had been advised to spray in the early morning and to remove weeds "
        "that shelter the insect, but many could not afford more than one round of pesticide.",
        N(
            '<div class="views-element-container block block-views block-views-blockmost-read-block-1">'
            '<h2>Most read</h2><div><div class="view view-most-read"><div class="item-list"><ol>'
            '<li><a href="/node/20577">Kohat tunnel toll to rise from January</a></li>'
            '<li><a href="/node/20569">Bannu sugar mill clears farmers\' dues</a></li>'
            '<li><a href="/node/20560">Power cuts return to Lakki Marwat villages</a></li>'
            "</ol></div></div></div></div>",
            "Most read",
            "Kohat tunnel toll to rise from January",
            "Bannu sugar mill clears farmers' dues",
            "Power cuts return to Lakki Marwat villages",
        ),
        "The department will distribute resistant seed for next season through the provincial "
        "seed corporation, a spokesman added.",
    ],
    outside=[
        N(
            '<div class="block block-layout-builder field--name-field-dates"><span>Published on 26 Nov 2026, 04:12 pm</span>'
            " | <span>Updated on 26 Nov 2026, 06:40 pm</span></div>",
            "Published on 26 Nov 2026",
            "Updated on 26 Nov 2026",
        ),
        N(
            '<div class="block block-layout-builder block-field-blocknodearticlefield-tags">'
            '<div class="field field--name-field-tags field--label-inline"><div class="field__label">Topics:</div>'
            '<div class="field__items"><div class="field__item"><a href="/t/agri">Agriculture</a></div>'
            '<div class="field__item"><a href="/t/cotton">Cotton</a></div><div class="field__item"><a href="/t/dik">D.I. Khan</a></div></div></div></div>',
            "Topics:",
        ),
    ],
)

add(
    name="noisy-04-joomla",
    template=joomla,
    site="Clifton Dispatch",
    domain="cliftondispatch.example",
    slug="keamari-jetty-sit-in",
    title="Keamari fishermen demand new jetty after boat collision",
    author="Farhan Qureshi",
    date="2026-11-27T18:40:00+05:00",
    seq=[
        "Fishermen from Keamari and Baba Island staged a sit-in outside the fisheries office on "
        "Thursday, demanding a new jetty after two boats collided in the crowded harbour channel last week.",
        "Three fishermen were injured in the collision, which happened before dawn when dozens of "
        "boats were leaving for the open sea at the same time.",
        N(
            '<div class="moduletable "><h3>Karachi Roundup</h3><ul class="mod-articleslatest latestnews mod-list">'
            '<li><a href="/karachi/1188-malir">Malir dairy farmers protest milk price cap</a></li>'
            '<li><a href="/karachi/1187-ferry">Manora ferry fares unchanged for winter</a></li></ul></div>',
            "Karachi Roundup",
            "Malir dairy farmers protest milk price cap",
            "Manora ferry fares unchanged for winter",
        ),
        "The fishermen's cooperative said the existing jetty was built for a fleet a third of "
        "today's size, and that boats now wait up to two hours to unload.",
        "A fisheries official met a delegation and promised to send a proposal for a second jetty "
        "to the provincial government.",
        "The protesters ended the sit-in in the evening.",
    ],
    outside=[
        N(
            '<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>'
            '<dd class="createdby" itemprop="author"><span itemprop="name">Written by Farhan Qureshi</span></dd>'
            '<dd class="category-name">Category: <a href="/karachi">Karachi</a></dd>'
            '<dd class="published"><time datetime="2026-11-27T18:40:00+05:00">Published: 27 November 2026</time></dd>'
            '<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1204">Hits: 1204</dd></dl>',
            "Written by Farhan Qureshi",
            "Hits: 1204",
        ),
        N(
            '<div class="fontsize btn-group">Font size <a href="#" onclick="fs(-1)">A-</a> '
            '<a href="#" onclick="fs(0)">A</a> <a href="#" onclick="fs(1)">A+</a> '
            '<a href="?tmpl=component&amp;print=1">Print</a></div>',
            "Font size",
        ),
        N(
            '<div id="jc"><h4>Add comment</h4><form id="comments-form" name="comments-form">'
            '<p><label for="comments-form-name">Name (required)</label><input id="comments-form-name" type="text"></p>'
            '<p><label for="comments-form-email">E-mail (required, but will not display)</label><input id="comments-form-email" type="text"></p>'
            '<p><textarea id="comments-form-comment"></textarea></p><p><a href="#" id="comments-form-send">Send</a></p></form></div>',
            "E-mail (required, but will not display)",
            "Name (required)",
        ),
    ],
)

add(
    name="noisy-05-sitecore-ians",
    template=sitecore,
    site="Indus Wire Daily",
    domain="induswire.example",
    slug="gwadar-desalination-resumes",
    title="Pakistan: Gwadar desalination plant resumes supply after two months",
    author="IANS",
    date="2026-11-25T21:30:00+05:30",
    agency="IANS",
    place="Islamabad",
    seq=[
        "Islamabad, Nov 25 (IANS) A desalination plant in Pakistan's port city of Gwadar resumed "
        "supplying water on Tuesday after a shutdown of almost two months, local media reported.",
        N(
            '<div class="component meter-bar"><div class="component-content"><span class="meter-count">'
            "You have 3 free articles left this month.</span> "
            '<a class="meter-cta" href="/subscribe">Subscribe for unlimited access</a></div></div>',
            "free articles left this month",
            "Subscribe for unlimited access",
        ),
        "The plant had stopped working in late September because of a fault in its power line, "
        "forcing residents to buy water from tankers at up to three times the usual price.",
        "Officials said the plant would supply about two million gallons a day in its first week "
        "and more once a second unit was repaired.",
        N(
            '<div class="component-content"><p>Don\'t miss out on the stories that matter — get our morning briefing.</p>'
            '<form action="/nl"><input type="email" placeholder="Your email address"><button type="submit">Sign me up</button></form></div>',
            "Don't miss out on the stories that matter",
            "Sign me up",
        ),
        "Residents of the old town said water had reached some neighbourhoods but not others, and "
        "that the tankers were still doing business.",
        "Gwadar has faced water shortages for years, and the town depends on the plant and on a dam "
        "that fills only in years of good rain.",
        Tail("--IANS"),
        Tail("sd/rtk"),
        N(
            "<p><em>(Disclaimer: This story is auto-generated from a syndicated feed; only the headline "
            "has been changed by our desk.)</em></p>",
            "auto-generated from a syndicated feed",
        ),
    ],
)

add(
    name="noisy-06-arcxp-ani",
    template=arcxp,
    site="Harbour City Herald",
    domain="harbourherald.example",
    slug="port-qasim-new-lane",
    title="Karachi: Port Qasim truck queues ease after new lane opens",
    author="ANI",
    date="2026-11-27T14:55:00+05:30",
    agency="ANI",
    place="Karachi",
    seq=[
        "Karachi [Pakistan], November 27 (ANI): Container trucks leaving Port Qasim moved faster "
        "on Thursday after a new lane opened on the main approach road, easing queues that had "
        "stretched for several kilometres this month, a local daily reported.",
        N(
            '<div class="arc-ad ad-container b-ad-block" data-ad-slot="inline_1"><span class="ad-label">ADVERTISEMENT</span>'
            '<div id="arcad_inline_1" class="arcad"></div></div>',
            "ADVERTISEMENT",
        ),
        "Transporters had complained that trucks waited up to nine hours to leave the port area, "
        "delaying exports and raising freight charges.",
        N(
            '<div class="c-interstitial"><p class="c-interstitial__text">Scroll to continue with content</p></div>',
            "Scroll to continue with content",
        ),
        "The port authority said the new lane would be used only by loaded trucks leaving the "
        "terminals, while empty vehicles would use the old service road.",
        N(
            '<aside class="c-related-link" data-el="interstitial_link"><span class="c-related-link__label">MORE ON THIS</span> '
            '<a href="/karachi/2026/11/20/ferry-timetable/">Karachi harbour ferries to get new timetable</a></aside>',
            "MORE ON THIS",
            "Karachi harbour ferries to get new timetable",
        ),
        "Traffic police said they had also stopped parking on the shoulders of the road near the toll plaza.",
        "Transporters welcomed the change but said a permanent solution required a second road link "
        "to the national highway.",
        Tail("(ANI)"),
    ],
    outside=[
        N(
            '<div class="b-top-table-list"><h2 class="b-header">Top Stories</h2><ul>'
            '<li><a href="/t/1">Sea breeze brings early relief as Karachi heat breaks</a></li>'
            '<li><a href="/t/2">Korangi causeway closed for repairs this weekend</a></li>'
            '<li><a href="/t/3">City council votes to rename Saddar square</a></li></ul></div>',
            "Top Stories",
            "Sea breeze brings early relief as Karachi heat breaks",
            "Korangi causeway closed for repairs this weekend",
            "City council votes to rename Saddar square",
        )
    ],
)

add(
    name="noisy-07-nextjs",
    template=nextjs,
    site="Frontier Daily Brief",
    domain="frontierbrief.example",
    slug="swat-snow-bookings",
    title="Swat hotels report record bookings for snow season",
    author="Amjad Yousafzai",
    date="2026-11-23T09:00:00+05:00",
    place="Mingora",
    seq=[
        N(
            '<div class="ArticleMeta_readTime__9bT1c"><svg aria-hidden="true"></svg><span>4 min read</span></div>',
            "4 min read",
        ),
        "MINGORA: Hotels in Kalam and Malam Jabba are reporting record bookings for December, as "
        "families from Punjab plan trips to see the first snow of the season, the Swat hotels association said.",
        N(
            '<div class="Teaser_wrap__k2Jd8"><span class="Teaser_kicker__aa1Xq">ICYMI</span>'
            '<a class="Teaser_link__P0o9i" href="/kp/lowari-tunnel-repairs">Chitral\'s Lowari tunnel to close for repairs</a></div>',
            "ICYMI",
            "Chitral's Lowari tunnel to close for repairs",
        ),
        "The association's president said rooms in Kalam were fully booked for the weekends before "
        "the new year, and that rates had risen by about a fifth.",
        N(
            '<div class="Sponsored_card__Qw21x"><span class="Sponsored_label__p2">Sponsored</span>'
            '<a href="https://ads.example/kvr" rel="sponsored">Plan your northern getaway with Kalam Valley Resorts</a>'
            '<span class="Sponsored_meta__Z1">Partner content</span></div>',
            "Plan your northern getaway",
            "Partner content",
        ),
        "The district administration has asked hotels to register guests online and to keep "
        "generators ready, after power cuts left visitors in the dark last winter.",
        "Road crews have been stationed near the worst stretches of the Kalam road to clear snow, officials said.",
        N(
            '<div class="Digest_root__Hh3s1"><div class="Digest_title__y7">Catch up on the day\'s top stories</div>'
            '<ul class="Digest_list__W0"><li><a href="/kp/peshawar-brt">Peshawar bus service adds late-night trips</a></li>'
            '<li><a href="/kp/mardan-stadium">Mardan stadium floodlights finally switched on</a></li></ul></div>',
            "Catch up on the day's top stories",
            "Peshawar bus service adds late-night trips",
            "Mardan stadium floodlights finally switched on",
        ),
    ],
)

add(
    name="noisy-08-vue-pti",
    template=vue,
    site="Sindhu Post",
    domain="sindhupost.example",
    slug="gilgit-cancer-hospital",
    title="Pak govt to build cancer hospital in Gilgit: officials",
    author="PTI",
    date="2026-11-23T19:10:00+05:30",
    agency="PTI",
    place="Islamabad",
    seq=[
        "Islamabad, Nov 23 (PTI) Pakistan will build a cancer hospital in Gilgit, the first in the "
        "mountainous region, officials said on Sunday.",
        "Patients from Gilgit-Baltistan now travel to Islamabad or Rawalpindi for radiation therapy, "
        "a journey of up to twenty hours by road when the Karakoram Highway is open.",
        N(
            '<div data-v-7b1c2e4a class="reactions"><p data-v-7b1c2e4a>What do you think of this story?</p>'
            "<button data-v-7b1c2e4a>Like <b>214</b></button> · <button data-v-7b1c2e4a>Love <b>58</b></button> · "
            "<button data-v-7b1c2e4a>Angry <b>3</b></button></div>",
            "What do you think of this story?",
        ),
        "The hospital will have eighty beds and two radiation machines, and will be run by the "
        "atomic energy commission, which operates similar centres across the country, an official said.",
        N(
            '<div data-v-7b1c2e4a class="poll-widget"><h4 data-v-7b1c2e4a>Quick poll</h4>'
            "<p data-v-7b1c2e4a>Should every district have a cancer screening centre?</p>"
            '<label data-v-7b1c2e4a><input type="radio" name="p1"> Yes</label> <label data-v-7b1c2e4a><input type="radio" name="p1"> No</label>'
            '<button data-v-7b1c2e4a>Vote</button><span data-v-7b1c2e4a class="count">1,322 votes</span></div>',
            "Should every district have a cancer screening centre?",
            "1,322 votes",
        ),
        "Construction is expected to take three years.",
        Tail("PTI AKJ ZH"),
        N(
            '<div data-v-7b1c2e4a class="feedback"><span data-v-7b1c2e4a>Was this article helpful?</span> '
            "<button data-v-7b1c2e4a>Yes</button><button data-v-7b1c2e4a>No</button></div>"
            '<div data-v-7b1c2e4a class="stars">Rate this story: ★★★★☆ (4.1/5)</div>',
            "Was this article helpful?",
            "Rate this story",
        ),
    ],
)

add(
    name="noisy-09-webcomponents-app",
    template=webcomponents,
    site="Quetta Ledger",
    domain="quettaledger.example",
    slug="hanna-lake-boating",
    title="Boating resumes at Hanna Lake as water level rises",
    author="APP",
    date="2026-11-22T17:25:00+05:00",
    agency="APP",
    place="Quetta",
    seq=[
        "QUETTA, Nov 22 (APP): Boating resumed at Hanna Lake on Saturday for the first time in two "
        "years after autumn rains raised the water level, the Quetta Development Authority said.",
        N(
            '<ledger-figure><img src="/img/hanna.jpg" alt=""><figcaption>Pedal boats on Hanna Lake.</figcaption></ledger-figure>'
            "<ledger-credit>Photo: APP / Naveed Kasi</ledger-credit>",
            "Photo: APP / Naveed Kasi",
        ),
        "The lake had nearly dried up during the long drought, leaving the boats stacked on the bank "
        "and the lakeside restaurants closed.",
        N(
            '<share-bar layout="inline"><button slot="x">Share on X</button><button slot="fb">Share on Facebook</button>'
            '<button slot="copy">Copy link</button></share-bar>',
            "Share on Facebook",
            "Copy link",
        ),
        "An authority spokesman said ten pedal boats had been repaired and life jackets bought for "
        "visitors, and that boating would be allowed until sunset.",
        "Families who came to the lake on the first day said they had not expected to see so much water.",
        N(
            '<newsletter-signup list="mornings"><h3 slot="heading">Sign up for Ledger Mornings</h3>'
            '<p slot="blurb">Quetta\'s news in five minutes, every weekday at 7am.</p></newsletter-signup>',
            "Sign up for Ledger Mornings",
            "in five minutes, every weekday",
        ),
        "The authority plans to plant trees along the eastern shore in the spring.",
    ],
    outside=[
        N(
            '<ledger-related-rail><h2 slot="title">You might also like</h2>'
            '<ledger-card href="/s/1">Urak valley orchards hit by early frost</ledger-card>'
            '<ledger-card href="/s/2">Quetta gas pressure falls as cold snap begins</ledger-card></ledger-related-rail>'
            '<ledger-follow handle="@QuettaLedger">Follow @QuettaLedger on X</ledger-follow>',
            "You might also like",
            "Urak valley orchards hit by early frost",
            "Quetta gas pressure falls as cold snap begins",
            "Follow @QuettaLedger on X",
        )
    ],
)

add(
    name="noisy-10-amp",
    template=amp,
    site="Makran Coast Post",
    domain="makrancoast.example",
    slug="pasni-harbour-dredging",
    title="Pasni fish harbour dredging to start in January",
    author="Naseer Dashti",
    date="2026-11-21T12:00:00+05:00",
    seq=[
        "Dredging of the silted fish harbour at Pasni will start in January, the fisheries department "
        "said on Friday, nearly a decade after the harbour stopped taking larger boats.",
        N(
            '<div class="amp-ad-wrapper"><span class="ad-lbl">Advertisement</span>'
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/mcp/inarticle" layout="responsive"></amp-ad></div>',
            "Advertisement",
        ),
        "Fishermen have been forced to anchor offshore and ferry their catch to the beach in small "
        "boats, which adds hours to each trip and spoils part of the catch in summer.",
        N(
            '<div class="amp-share-row"><span class="amp-share-label">Share this story</span>'
            '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>'
            '<amp-social-share type="facebook" width="40" height="40" data-param-app_id="1"></amp-social-share></div>',
            "Share this story",
        ),
        "The contract for the work was signed this week. Officials said the dredging would take "
        "about eight months and would restore a depth of four metres in the main basin.",
        "Local fishermen's leaders said they had heard such promises before, but would welcome the "
        "machines when they arrived.",
        N(
            '<section class="amp-recs"><h3>Recommended for you</h3><div class="amp-recs-list">'
            '<a href="/amp/ormara-jetty">Ormara jetty lights restored after storm</a>'
            '<a href="/amp/gwadar-boat-yard">Gwadar boat builders get orders from Oman</a></div></section>',
            "Recommended for you",
            "Ormara jetty lights restored after storm",
            "Gwadar boat builders get orders from Oman",
        ),
    ],
    outside=[
        N(
            '<amp-consent id="site-consent" layout="nodisplay"><div class="consent-ui">'
            "<p>We use cookies to personalise content and ads and to analyse our traffic. By continuing "
            "to use this site you agree to our use of cookies.</p>"
            '<button on="tap:site-consent.accept">Accept</button> <button on="tap:site-consent.reject">Manage options</button></div></amp-consent>',
            "We use cookies to personalise content",
            "Manage options",
        )
    ],
)

add(
    name="noisy-11-webstory",
    template=webstory,
    site="Shigar Valley Observer",
    domain="shigarobserver.example",
    slug="deosai-closes-winter",
    title="Deosai closes for winter",
    author="Hamida Rizvi",
    date="2026-11-16T11:30:00+05:00",
    seq=[
        "Deosai National Park closed to visitors on November 15, as the first heavy snow covered "
        "the road from Skardu.",
        N('<p class="credit">Photo: Ali Raza Shigri / SVO</p>', "Photo: Ali Raza Shigri"),
        "Park staff counted about 7,000 visitors this summer, more than in any year since the park "
        "opened its camping sites.",
        N('<p class="credit">Photo: Ali Raza Shigri / SVO</p>', "Photo: Ali Raza Shigri"),
        "Rangers said brown bears had been seen near Sheosar Lake until the last week of October.",
        "The park will reopen in June, when the snow on the passes melts.",
        N(
            '<amp-story-page-outlink layout="nodisplay" cta-image="/ws/arrow.png"><a href="/2026/11/deosai-winter">'
            "Swipe up to read the full story</a></amp-story-page-outlink>",
            "Swipe up to read the full story",
        ),
    ],
    outside=[
        N(
            '<amp-story-page id="bookend"><amp-story-grid-layer template="vertical">'
            '<h2>Next story</h2><a href="/web-stories/apricots">How Skardu\'s apricot growers dry their crop</a>'
            "<p>Share this Web Story</p></amp-story-grid-layer></amp-story-page>",
            "How Skardu's apricot growers dry their crop",
            "Share this Web Story",
        )
    ],
)

add(
    name="noisy-12-printview",
    template=printview,
    site="Frontier Evening Post",
    domain="frontierevening.example",
    slug="bannu-traders-strike-ends",
    title="Bannu traders end strike after talks with police",
    author="Staff Reporter",
    date="2026-11-25T22:45:00+05:00",
    place="Bannu",
    seq=[
        "BANNU: Traders in Bannu reopened their shops on Tuesday, ending a three-day strike after "
        "the district police chief agreed to post more officers in the main bazaar.",
        "The strike was called after two shopkeepers were robbed at gunpoint in the same week. "
        "Traders said they had asked for more patrols for months.",
        N(
            "<p>Also read: Kohat tunnel toll to rise from January</p>",
            "Also read: Kohat tunnel toll",
        ),
        "Under the agreement, police will set up a post at the entrance to the cloth market and "
        "patrol the bazaar after dark.",
        "The traders' union said it would review the arrangement after a month.",
    ],
    outside=[
        N(
            '<div class="noprint"><a href="javascript:window.print()">Print this page</a> | '
            '<a href="javascript:window.close()">Close window</a></div>',
            "Print this page",
            "Close window",
        ),
        N(
            '<div class="print-foot"><p>Printed from frontierevening.example on 26 November 2026, 11:02 PKT</p>'
            "<p>URL: https://frontierevening.example/2026/11/bannu-traders-strike-ends</p>"
            "<p>&copy; 2026 Frontier Evening Post. All rights reserved.</p></div>",
            "Printed from frontierevening.example",
            "All rights reserved",
        ),
    ],
)

add(
    name="noisy-13-divbr-app",
    template=divbr,
    site="Lyari Times Network",
    domain="lyaritimes.example",
    slug="expressway-service-roads",
    title="Lyari Expressway service roads to be resurfaced",
    author="APP",
    date="2026-11-28T15:05:00+05:00",
    agency="APP",
    place="Karachi",
    seq=[
        "KARACHI, Nov 28 (APP): Work to resurface the service roads along the Lyari Expressway will "
        "begin next week and is expected to finish by the end of January, the Karachi Metropolitan "
        "Corporation said on Friday.",
        N(
            '<span style="color:#c00"><b>Also Read:</b> <a href="/news/88231">Water board announces '
            "shutdown in District Central</a></span><br><br>",
            "Also Read:",
            "Water board announces shutdown in District Central",
        ),
        "The roads have been badly damaged since the monsoon, and commuters from Gulbahar and Garden "
        "have complained of long delays at the crossings.",
        N("<span><i>Photo: APP / File</i></span><br>", "Photo: APP / File"),
        "Officials said traffic would be diverted one section at a time, and that work would be done mostly at night.",
        N(
            '<span class="tg"><a href="https://t.example/lyaritimes">Follow us on Telegram for breaking news from Karachi</a></span><br><br>',
            "Follow us on Telegram",
        ),
        "The corporation has also promised to repair the streetlights on the stretch.",
        N(
            '<span class="cmnt">Views expressed in the comments are those of the readers and not of Lyari Times Network.</span><br>'
            '<span class="cmnt">(0) Comments | <a href="#c">Post a comment</a></span>',
            "Views expressed in the comments are those of the readers",
            "Post a comment",
        ),
    ],
)

add(
    name="noisy-14-layout-table",
    template=layout_table,
    site="Chaman Border News",
    domain="chamannews.example",
    slug="loralai-college-labs",
    title="Loralai girls' college opens first science labs",
    author="Abdul Wahid Kakar",
    date="2026-11-18T13:15:00+05:00",
    seq=[
        "The government girls' degree college in Loralai has opened its first physics and chemistry "
        "laboratories, allowing students to take science subjects without moving to Quetta.",
        "Until this year, students who wanted to study science after secondary school had to leave "
        "the district, and the principal said many families would not allow it.",
        N(
            '<b>Most Read</b><br><a href="/n/5521">Zhob road reopens after flood repairs</a><br>'
            '<a href="/n/5518">Killa Saifullah gets new water scheme</a>',
            "Most Read",
            "Zhob road reopens after flood repairs",
            "Killa Saifullah gets new water scheme",
        ),
        "Forty-two students enrolled in the first science class in September. The college has hired "
        "three lecturers and a laboratory assistant.",
        "Parents at the opening said they hoped the college would add biology next year, so that "
        "their daughters could prepare for medical college entrance tests.",
        N(
            'Text size: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a> | '
            '<a href="/print/5524">Print</a> | <a href="/email/5524">Email</a>',
            "Text size",
        ),
        N("Comments (0) | Be the first to comment", "Be the first to comment"),
    ],
    outside=[
        N(
            '<div class="adv">Advertise with us: call 0822-41xxxx for rates</div>',
            "Advertise with us",
        )
    ],
)

add(
    name="noisy-15-urdu-wp",
    template=wp_block,
    site="روزنامہ بولان نامہ",
    domain="bolannama.example",
    slug="winter-vacations",
    title="بلوچستان کے سرد علاقوں میں سردیوں کی تعطیلات کا اعلان",
    author="اے پی پی",
    date="2026-11-20T14:00:00+05:00",
    agency="APP",
    place="کوئٹہ",
    lang="ur",
    seq=[
        "کوئٹہ (اے پی پی) محکمہ تعلیم بلوچستان نے صوبے کے سرد علاقوں کے سرکاری اسکولوں میں یکم "
        "دسمبر سے سردیوں کی تعطیلات کا اعلان کر دیا ہے۔",
        N(
            '<p><strong>یہ بھی پڑھیں:</strong> <a href="/2026/11/gwadar-water">گوادر میں پانی کی فراہمی بحال</a></p>',
            "یہ بھی پڑھیں",
            "گوادر میں پانی کی فراہمی بحال",
        ),
        "اعلامیے کے مطابق تعطیلات اٹھائیس فروری تک جاری رہیں گی اور اسکول یکم مارچ کو دوبارہ کھلیں گے۔",
        N(
            '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://whatsapp.example/c/bn">'
            "ہمارا واٹس ایپ چینل فالو کریں</a></div></div>",
            "واٹس ایپ چینل فالو کریں",
        ),
        "محکمہ تعلیم کے ایک افسر نے بتایا کہ گرم علاقوں کے اسکولوں کی تعطیلات کا اعلان الگ سے کیا جائے گا۔",
        "والدین نے فیصلے کا خیر مقدم کیا اور کہا کہ شدید سردی میں بچوں کو اسکول بھیجنا مشکل ہو جاتا ہے۔",
        N(
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شیئر کریں:</h3><ul>'
            '<li><a href="?share=facebook">فیس بک</a></li><li><a href="?share=x">ایکس</a></li></ul></div>',
            "شیئر کریں",
        ),
        N(
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">جواب دیں</h3>'
            '<form class="comment-form"><p class="comment-notes">آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا۔</p>'
            '<p><label for="comment">تبصرہ</label><textarea id="comment"></textarea></p>'
            '<p><label for="author">نام *</label><input id="author"></p><p><label for="email">ای میل *</label><input id="email"></p>'
            '<p class="form-submit"><input type="submit" value="تبصرہ بھیجیں"></p></form>'
            '<p class="disclaimer">تبصرے صارفین کی ذاتی رائے ہیں، ادارے کا ان سے متفق ہونا ضروری نہیں۔</p></div>',
            "آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا",
            "تبصرے صارفین کی ذاتی رائے ہیں",
        ),
    ],
    outside=[
        N(
            '<div class="wp-block-group more-news"><h2 class="wp-block-heading">مزید خبریں</h2><ul class="wp-block-latest-posts__list">'
            '<li><a href="/1">تربت میں نئی سڑک کا افتتاح</a></li><li><a href="/2">نوشکی میں گیس کی قلت برقرار</a></li></ul></div>',
            "مزید خبریں",
            "تربت میں نئی سڑک کا افتتاح",
            "نوشکی میں گیس کی قلت برقرار",
        )
    ],
)

add(
    name="noisy-16-urdu-spans",
    template=urdu_spans,
    site="آئینۂ شمال",
    domain="aainashumal.example",
    slug="gilgit-loadshedding",
    title="گلگت میں بجلی کی لوڈشیڈنگ بارہ گھنٹے تک پہنچ گئی",
    author="نمائندہ خصوصی",
    date="2026-11-26T20:30:00+05:00",
    place="گلگت",
    lang="ur",
    seq=[
        "گلگت (نمائندہ خصوصی) سردیوں کے آغاز کے ساتھ ہی گلگت شہر اور گرد و نواح میں بجلی کی "
        "لوڈشیڈنگ بڑھ کر روزانہ بارہ گھنٹے تک پہنچ گئی ہے۔",
        N(
            '<div class="ad-slot"><span class="ad-label">اشتہار</span><ins class="adsbygoogle"></ins></div>',
            "اشتہار",
        ),
        "محکمہ برقیات کے مطابق دریاؤں میں پانی کم ہونے سے پن بجلی گھروں کی پیداوار آدھی رہ گئی ہے۔",
        N(
            '<div class="inline-top"><b>ٹاپ اسٹوریز</b><br><a href="/n/1">ہنزہ میں سیاحتی سیزن ختم</a><br>'
            '<a href="/n/2">استور میں برفباری سے راستے بند</a></div>',
            "ٹاپ اسٹوریز",
            "ہنزہ میں سیاحتی سیزن ختم",
            "استور میں برفباری سے راستے بند",
        ),
        "شہریوں کا کہنا ہے کہ شام کے اوقات میں بجلی نہ ہونے سے طلبہ کی پڑھائی اور چھوٹے کاروبار متاثر ہو رہے ہیں۔",
        "محکمے نے کہا ہے کہ نئے سولر منصوبے اگلے سال مکمل ہونے پر صورتحال بہتر ہو جائے گی۔",
        N(
            '<span class="yt-cta"><a href="https://yt.example/aaina">ہمارے یوٹیوب چینل کو سبسکرائب کریں</a></span><br>',
            "یوٹیوب چینل کو سبسکرائب کریں",
        ),
    ],
    outside=[
        N(
            '<div class="nl-box"><p>ہمارے نیوز لیٹر کے لیے سائن اپ کریں</p><input type="email"><button>بھیجیں</button></div>',
            "نیوز لیٹر کے لیے سائن اپ کریں",
        )
    ],
)

add(
    name="noisy-17-bootstrap-widgets",
    template=bootstrap,
    site="Saddar Times",
    domain="saddartimes.example",
    slug="korangi-treated-water",
    title="Korangi factories to get treated sewage water for cooling",
    author="Rabia Siddiqui",
    date="2026-11-24T18:00:00+05:00",
    seq=[
        "Factories in the Korangi industrial area will be able to buy treated sewage water for their "
        "cooling systems from next summer, under a plan approved by the Karachi water utility on Monday.",
        N(
            '<div class="trend-strip"><span class="badge bg-danger">Trending now</span> '
            '<a href="/k/ferry">Keamari ferry fares cut for students</a></div>',
            "Trending now",
            "Keamari ferry fares cut for students",
        ),
        "The plant will treat about ten million gallons a day from the drains that now carry waste "
        "water straight into the sea near Korangi Creek.",
        N(
            '<div class="ratio ratio-16x9 my-3"><p class="fw-bold">Watch: How Karachi\'s tanker business works</p>'
            '<iframe src="https://video.example/embed/xk29" title="video" allowfullscreen></iframe></div>',
            "Watch: How Karachi's tanker business works",
        ),
        "Industry representatives said factories were spending heavily on tanker water, and that "
        "treated water would cost about half as much.",
        N(
            '<div class="inline-ad text-center"><small class="text-muted">Ad</small><div class="adslot" id="div-gpt-ad-3"></div>'
            '<small class="text-muted">Content continues below</small></div>',
            "Content continues below",
        ),
        "The utility's chief engineer said the plant would be built in two phases, and that the "
        "first would be ready within eighteen months.",
        N(
            '<div><p>Editor\'s picks</p><ul><li><a href="/k/clifton-beach">Clifton beach gets lifeguard towers</a></li>'
            '<li><a href="/k/orangi-clinic">Orangi clinic stays open through the night</a></li></ul></div>',
            "Editor's picks",
            "Clifton beach gets lifeguard towers",
            "Orangi clinic stays open through the night",
        ),
        "Environmental groups welcomed the plan but said the untreated waste from other drains would still reach the creek.",
        N(
            '<div class="app-promo">Get breaking news on your phone. <a href="/app">Download the Saddar Times app</a></div>',
            "Download the Saddar Times app",
            "Get breaking news on your phone",
        ),
        "The plan will now go to the provincial cabinet for funding.",
        N(
            '<p class="small">Follow us on Instagram @saddartimes for photos from the city</p>',
            "Follow us on Instagram",
        ),
    ],
)

add(
    name="noisy-18-svelte-paywall-pti",
    template=svelte,
    site="Indus Observer",
    domain="indusobserver.example",
    slug="kp-river-saplings",
    title="Pak's Khyber Pakhtunkhwa to plant 10 million saplings along rivers",
    author="PTI",
    date="2026-11-21T20:20:00+05:30",
    agency="PTI",
    place="Peshawar",
    seq=[
        N(
            '<p class="updated svelte-1x7qk2m">Last Updated: 22 Nov 2026, 09:14 IST</p>',
            "Last Updated: 22 Nov 2026",
        ),
        "Peshawar, Nov 21 (PTI) The Khyber Pakhtunkhwa government in northwest Pakistan will plant "
        "ten million saplings along the banks of the Swat and Kabul rivers over the next two years to "
        "reduce flood damage, officials said on Friday.",
        "The forestry department said the trees would be planted on land where houses and shops were "
        "washed away in recent floods, and that building would not be allowed there again.",
        "Officials said local volunteers would be paid to look after the saplings for three years.",
        Tail("PTI SH RD"),
        N(
            '<div class="wall svelte-1x7qk2m"><h3 class="svelte-1x7qk2m">Sign in to continue reading</h3>'
            '<p class="svelte-1x7qk2m">Create a free account or log in to get unlimited access to every story.</p>'
            '<button class="svelte-1x7qk2m">Log in</button><p class="svelte-1x7qk2m">Already a subscriber? <a href="/login">Log in here</a></p></div>',
            "Sign in to continue reading",
            "Create a free account or log in",
            "Already a subscriber?",
        ),
    ],
    outside=[
        N(
            '<div class="promo svelte-1x7qk2m"><p>Subscribe to our print edition and get the e-paper free for a year.</p></div>',
            "Subscribe to our print edition",
        )
    ],
)

add(
    name="noisy-19-astro-authorbox",
    template=astro,
    site="Koh-e-Sulaiman Herald",
    domain="kohsulaiman.example",
    slug="zhob-women-police-desk",
    title="Zhob opens its first women's police desk",
    author="Gul Bano Mandokhel",
    date="2026-11-19T16:40:00+05:00",
    seq=[
        N(
            '<nav class="crumbs" data-astro-cid-6kovzz2q aria-label="Breadcrumb">Home › Pakistan › Balochistan › Zhob</nav>'
            '<p class="rt" data-astro-cid-6kovzz2q>Reading time: 2 minutes</p>',
            "Home › Pakistan › Balochistan",
            "Reading time: 2 minutes",
        ),
        "Zhob district opened its first police desk staffed by women officers on Wednesday, giving "
        "women a place to report complaints without going into the main station.",
        "The desk is in a separate room at the city police station, with its own entrance, and is "
        "staffed by two constables and a female assistant sub-inspector.",
        "The district police officer said women had rarely come forward with complaints, and that "
        "many cases were settled by elders without the police being told.",
        "A local lawyer said the desk was a good start, but that women from the villages would still "
        "find it hard to travel to the city.",
        N(
            "<p data-astro-cid-6kovzz2q><em>Also published in our e-paper, page 3.</em></p>",
            "Also published in our e-paper",
        ),
        N(
            '<div class="tags" data-astro-cid-6kovzz2q><a href="/t/zhob">#Zhob</a> <a href="/t/police">#Police</a> <a href="/t/women">#Women</a></div>',
            "#Police",
        ),
        N(
            '<div class="about-author" data-astro-cid-6kovzz2q><h4>About the author</h4>'
            "<p>Gul Bano Mandokhel reports on Zhob and the Sulaiman range for the Herald. She writes about "
            'policing, courts and women\'s rights.</p><p><a href="/author/gbm">More by this author</a></p></div>',
            "About the author",
            "reports on Zhob and the Sulaiman range",
            "More by this author",
        ),
    ],
)

add(
    name="noisy-20-tagdiv-newspaper",
    template=tagdiv,
    site="Turbat Times Online",
    domain="turbattimes.example",
    slug="turbat-university-hostel",
    title="University of Turbat opens hostel for women students",
    author="Shahnaz Gichki",
    date="2026-11-22T11:10:00+05:00",
    seq=[
        "The University of Turbat opened a hostel for women students on Saturday, ending a long wait "
        "for students from Panjgur, Awaran and the coastal towns who had been renting rooms in the city.",
        "The hostel has 120 beds, a mess and a study hall, and will be run by a warden appointed by the university.",
        N(
            '<div class="td-a-rec td-a-rec-id-content_inline tdi_77 td_block_template_1">'
            '<span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle"></ins></div>',
            "- Advertisement -",
        ),
        "The vice-chancellor said the number of women students had doubled in five years, and that a "
        "second block would be built if funds were available.",
        "Students said the hostel would save their families money and make it easier for parents to "
        "let them study away from home.",
    ],
    outside=[
        N(
            '<div class="td_block_wrap td_block_related_posts tdi_80 td_with_ajax_pagination td-pb-border-top">'
            '<h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>'
            '<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner">'
            '<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/p/1">Kech date growers look for new markets</a></h3></div>'
            '<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/p/2">Buleda road contract awarded after delay</a></h3></div></div></div>',
            "RELATED ARTICLES",
            "MORE FROM AUTHOR",
            "Kech date growers look for new markets",
            "Buleda road contract awarded after delay",
        ),
        N(
            '<div class="comments" id="comments"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title"><span class="td-pulldown-size">LEAVE A REPLY</span></h3>'
            '<form class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">'
            '<textarea placeholder="Comment:" name="comment"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>'
            '<div class="comment-form-input-wrap td-form-author"><input placeholder="Name:*" name="author"><div class="td-warning-author">Please enter your name here</div></div>'
            '<div class="comment-form-input-wrap td-form-email"><input placeholder="Email:*" name="email"><div class="td-warning-email-error">You have entered an incorrect email address!</div>'
            '<div class="td-warning-email">Please enter your email address here</div></div>'
            '<p class="comment-form-cookies-consent"><input type="checkbox"><label>Save my name, email, and website in this browser for the next time I comment.</label></p>'
            '<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>',
            "LEAVE A REPLY",
            "Please enter your comment!",
            "You have entered an incorrect email address!",
            "Save my name, email, and website",
        ),
    ],
)

add(
    name="noisy-21-angular-video",
    template=angular,
    site="Kabul River Post",
    domain="kabulriverpost.example",
    slug="chitral-snow-leopard-camera",
    title="Snow leopard caught on camera trap near Booni",
    author="Imtiaz Ahmad",
    date="2026-11-20T10:30:00+05:00",
    seq=[
        "A snow leopard has been photographed by a camera trap near Booni in upper Chitral, the "
        "wildlife department said on Thursday, the first record of the animal in that valley in six years.",
        N(
            '<figure _ngcontent-ng-c2871034="" class="video-embed"><div class="yt-lite" data-id="a1b2c3"></div>'
            "<figcaption>Camera-trap footage from the hills above Booni</figcaption></figure>"
            '<p _ngcontent-ng-c2871034=""><b>WATCH |</b> <a href="/video/markhor">Chitral\'s markhor count, explained</a></p>',
            "WATCH |",
            "Chitral's markhor count, explained",
        ),
        "The camera was one of twenty placed by the department and a local conservation committee "
        "along the slopes above the village in September.",
        "Villagers in the area lose goats to predators every winter. The committee runs an insurance "
        "scheme that pays herders for animals killed by snow leopards, so that they do not hunt them.",
        N(
            '<p _ngcontent-ng-c2871034="">Subscribe to our YouTube channel and hit the bell icon for more wildlife videos.</p>',
            "hit the bell icon",
        ),
        "Wildlife officials said the sighting showed that the scheme was working.",
        N(
            '<p _ngcontent-ng-c2871034="">📸 Photo: Wildlife Department Chitral</p>',
            "Photo: Wildlife Department Chitral",
        ),
    ],
    outside=[
        N(
            '<div class="follow-x">Follow @KabulRiverPost on X for live updates</div>',
            "Follow @KabulRiverPost on X",
        )
    ],
)

add(
    name="noisy-22-djangocms-rating",
    template=plaincms,
    site="Nagar Dispatch",
    domain="nagardispatch.example",
    slug="attabad-life-jackets",
    title="Attabad Lake boat operators must carry life jackets for all",
    author="Rehmat Karim",
    date="2026-11-17T15:00:00+05:00",
    seq=[
        "Boat operators on Attabad Lake must provide a life jacket for every passenger from next "
        "season, the Hunza district administration said in an order issued on Tuesday.",
        "The order follows an accident in August in which a boat carrying tourists overturned near "
        "the eastern shore of the lake. All passengers were rescued.",
        N(
            '<div class="cms-plugin rating">Rate this article: ★★★★☆ 4.2 <span>(87 votes)</span></div>',
            "Rate this article",
            "(87 votes)",
        ),
        "Operators found without life jackets will have their boats impounded for a week, the order says.",
        N(
            '<div class="cms-plugin adbox"><span class="lbl">Ad</span><div class="slot"></div>'
            '<a href="/subscribe">Remove ads with a subscription</a></div>',
            "Remove ads with a subscription",
        ),
        "The boat owners' association said most of its members already carried jackets, but that "
        "tourists often refused to wear them.",
    ],
    outside=[
        N(
            '<p class="fix-req">Found an error in this story? <a href="/corrections">Send us a correction</a>.</p>',
            "Found an error in this story?",
            "Send us a correction",
        ),
        N(
            '<div id="comments-app"><p class="loading">Comments are loading, please wait…</p></div>',
            "Comments are loading, please wait",
        ),
    ],
)

add(
    name="noisy-23-gatsby-ians",
    template=gatsby,
    site="South Asia Desk",
    domain="southasiadesk.example",
    slug="kp-polio-drive",
    title="Pakistan: Polio drive begins in 20 districts of Khyber Pakhtunkhwa",
    author="IANS",
    date="2026-11-29T18:45:00+05:30",
    agency="IANS",
    place="Islamabad",
    seq=[
        "Islamabad, Nov 29 (IANS) A five-day polio vaccination drive began on Monday in 20 districts "
        "of Pakistan's Khyber Pakhtunkhwa province, health officials said.",
        "More than 28,000 workers will go door to door to vaccinate about four million children under "
        "the age of five, the provincial health department said in a statement.",
        N(
            '<div class="css-0">This site uses cookies. By continuing to browse you agree to our cookie policy. <a href="#">OK</a></div>',
            "This site uses cookies",
        ),
        "Police have been deployed to protect the teams in districts where vaccinators were attacked in the past, officials said.",
        N(
            '<div class="css-r3t4y5"><p class="css-1q2w3e4"><b>What others are reading</b></p><ol>'
            '<li><a href="/s/1">Nepal: Trekking permits go digital from January</a></li>'
            '<li><a href="/s/2">Sri Lanka: Tea exports rise for third month</a></li>'
            '<li><a href="/s/3">Bangladesh: River ferry service extended to Barishal</a></li></ol></div>',
            "What others are reading",
            "Nepal: Trekking permits go digital from January",
            "Sri Lanka: Tea exports rise for third month",
            "Bangladesh: River ferry service extended to Barishal",
        ),
        "Health officials said the number of cases this year was lower than last year, but that the "
        "virus was still found in sewage samples from several cities.",
        Tail("--IANS"),
        Tail("ms/sd"),
        N(
            '<p class="css-1q2w3e4"><i>(This story has not been edited by South Asia Desk staff and is '
            "auto-published from a syndicated news feed.)</i></p>",
            "has not been edited by South Asia Desk staff",
        ),
    ],
)

add(
    name="noisy-24-elementor",
    template=elementor,
    site="Baltit Bulletin",
    domain="baltitbulletin.example",
    slug="gb-wheat-quota-winter",
    title="Gilgit-Baltistan raises subsidised wheat quota for winter",
    author="Ejaz Hussain Shah",
    date="2026-11-25T12:30:00+05:00",
    seq=[
        "The Gilgit-Baltistan government has raised the quota of subsidised wheat for the winter "
        "months, when roads to the lower parts of the country are often blocked for days, the food "
        "department said on Wednesday.",
        N(
            '<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
            "<p>⭐ Tap the star to add Baltit Bulletin to your preferred sources on Google.</p></div></div>",
            "preferred sources on Google",
        ),
        "Districts in the upper valleys, including Ghizer, Astore and Nagar, will receive an extra ten "
        "percent until the end of February.",
        "Flour mill owners said they would need more storage space to keep the extra wheat, and asked "
        "the government to rent warehouses in the district towns.",
        N(
            '<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container">'
            '<h2 class="elementor-heading-title">You May Have Missed</h2><div class="elementor-posts-container elementor-posts elementor-grid">'
            '<article class="elementor-post"><h3 class="elementor-post__title"><a href="/p/a">Naltar ski slopes open a week early</a></h3></article>'
            '<article class="elementor-post"><h3 class="elementor-post__title"><a href="/p/b">Gahkuch hospital gets a dialysis unit</a></h3></article>'
            "</div></div></div>",
            "You May Have Missed",
            "Naltar ski slopes open a week early",
            "Gahkuch hospital gets a dialysis unit",
        ),
        "The department said stocks at its depots were sufficient for three months.",
    ],
    outside=[
        N(
            '<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation">'
            '<div class="elementor-post-navigation__prev"><a href="/p/prev"><span class="post-navigation__prev--label">Previous</span>'
            '<span class="post-navigation__prev--title">Hunza traders seek bank branch in Sost</span></a></div>'
            '<div class="elementor-post-navigation__next"><a href="/p/next"><span class="post-navigation__next--label">Next</span>'
            '<span class="post-navigation__next--title">Skardu power station repairs completed</span></a></div></div></div>',
            "Hunza traders seek bank branch in Sost",
            "Skardu power station repairs completed",
        )
    ],
)


# ---------------------------------------------------------------- pages: clean

add(
    name="clean-01-wp-block-lists",
    template=wp_block,
    site="Bolan Pass Gazette",
    domain="bolanpass.example",
    slug="hub-textile-training",
    title="How Hub's new textile training centre works",
    author="Shazia Raisani",
    date="2026-11-28T09:30:00+05:00",
    place="Hub",
    seq=[
        "HUB: A training centre for textile workers opened in Hub this month, offering free six-week "
        "courses in machine operation and quality checks to young people from Lasbela district.",
        "The centre is run by a group of mills in the Hub industrial estate, which say they cannot find "
        "enough trained workers locally.",
        H("Who can apply"),
        "Applicants must be between 18 and 30 years old and live in Lasbela or Hub district. The courses are:",
        L(
            [
                "Machine operation for spinning and weaving",
                "Quality inspection",
                "Basic maintenance and safety",
            ]
        ),
        H("What trainees get"),
        "Trainees receive a daily allowance for transport. Those who finish can download a certificate "
        "from the centre's website, and the mills have agreed to interview every graduate.",
        "Share of local hires: under one in five, by the mills' own count.",
        "District officials have long pressed the mills to share more jobs with residents.",
        "The first batch of 40 trainees started on November 17.",
    ],
)

add(
    name="clean-02-drupal10-table",
    template=drupal10,
    site="Khyber Lantern",
    domain="khyberlantern.example",
    slug="peshawar-dengue-falls",
    title="Dengue cases fall in Peshawar as nights turn cold",
    author="Staff Correspondent",
    date="2026-11-27T17:00:00+05:00",
    place="Peshawar",
    seq=[
        "PESHAWAR, Nov 27:",
        "Dengue cases in Peshawar have fallen sharply over the past three weeks as night temperatures "
        "dropped, the district health office said on Thursday.",
        "The office recorded 61 new cases in the week to November 23, down from more than 300 a week in early October.",
        T(
            [
                ["Week ending", "New cases"],
                ["October 12", "318"],
                ["October 26", "204"],
                ["November 9", "117"],
                ["November 23", "61"],
            ]
        ),
        "Health officials said fogging and larva surveys would continue until the end of the month.",
        "Hospitals have closed most of the extra dengue wards opened in September.",
    ],
)

add(
    name="clean-03-nextjs-qa",
    template=nextjs,
    site="Frontier Daily Brief",
    domain="frontierbrief.example",
    slug="nowshera-teacher-interview",
    title="‘The river taught us to plan’: a Nowshera teacher on rebuilding her school",
    author="Amjad Yousafzai",
    date="2026-11-26T08:00:00+05:00",
    seq=[
        "Saima Gul teaches at a government primary school in Nowshera that was flooded twice in twelve "
        "years. She spoke to the Brief about rebuilding it. The interview has been edited for length.",
        "Q: What did the school look like after the water went down?",
        "A: Mud up to the windows. We lost the desks, the books and the register. The walls stood, which was lucky.",
        "Q: How did you restart classes?",
        "A: Under a tent, in the yard of a neighbour's house, for four months. Parents brought mats.",
        "Q: What is different in the new building?",
        "A: The classrooms are on a raised plinth, and the records are kept on the first floor. We also "
        "keep a list of phone numbers so we can reach every family if a warning comes.",
        "Q: Do your students talk about the floods?",
        "A: The older ones do. We read stories about rivers in class, and they share their own.",
        "Q: Anything else?",
        "A: Follow the warnings. That is all.",
    ],
)

add(
    name="clean-04-amp-quotes",
    template=amp,
    site="Makran Coast Post",
    domain="makrancoast.example",
    slug="daran-turtles-return",
    title="Green turtles return to Daran beach in record numbers",
    author="Naseer Dashti",
    date="2026-11-29T10:45:00+05:00",
    seq=[
        "Green turtles have returned to nest on the beach at Daran near Jiwani in larger numbers than "
        "in any of the past five years, according to volunteers who count the nests each night.",
        "The volunteers recorded 212 nests between August and November, compared with 140 last year.",
        Q(
            "“Ten years ago people took the eggs to sell. Now the same families guard the nests,” said "
            "Karim Bakhsh, who leads the volunteer group."
        ),
        "Fishermen have agreed to keep nets away from the beach during the nesting months, and a local "
        "school takes pupils to watch hatchlings reach the sea.",
        "“We want them to come back every year.”",
        "Photo records kept by the volunteers show that some turtles return to the same stretch of sand.",
        "The wildlife department plans to fence part of the beach next year.",
    ],
)

add(
    name="clean-05-divbr-short",
    template=divbr,
    site="Lyari Times Network",
    domain="lyaritimes.example",
    slug="lyari-library-reopens",
    title="Lyari library reopens with evening hours",
    author="APP",
    date="2026-11-20T19:00:00+05:00",
    agency="APP",
    place="Karachi",
    seq=[
        "KARACHI, Nov 20 (APP): A public library in Lyari reopened on Thursday after a year of repairs, "
        "with new reading rooms and evening opening hours.",
        "It will stay open until 9 pm.",
        "The library was built in the 1950s and was closed last year after part of its roof collapsed in the monsoon.",
        "Read-aloud sessions for children will be held every Saturday morning.",
        "Library staff said residents had donated more than two thousand books during the repairs.",
        "Officials declined to comment on the cost.",
        "No date has been set for the opening of the computer room.",
    ],
)

add(
    name="clean-06-urdu-list",
    template=wp_block,
    site="روزنامہ بولان نامہ",
    domain="bolannama.example",
    slug="khuzdar-bus-terminal",
    title="خضدار میں نئے بس اڈے کا افتتاح",
    author="اے پی پی",
    date="2026-11-27T13:20:00+05:00",
    agency="APP",
    place="خضدار",
    lang="ur",
    seq=[
        "خضدار (اے پی پی) خضدار شہر کے نئے بس اڈے کا افتتاح جمعرات کو کر دیا گیا، جس کے بعد قومی "
        "شاہراہ پر کھڑی بسوں کی وجہ سے ہونے والی ٹریفک کی مشکلات کم ہونے کی امید ہے۔",
        "نئے اڈے میں یہ سہولیات دستیاب ہوں گی:",
        L(
            [
                "مسافروں کے لیے انتظار گاہ",
                "خواتین کے لیے علیحدہ کمرہ",
                "پینے کا صاف پانی",
                "ٹکٹ کے لیے کمپیوٹرائزڈ کاؤنٹر",
            ]
        ),
        "ضلعی انتظامیہ نے کہا ہے کہ اگلے ماہ سے شہر کے اندر بسوں کے کھڑے ہونے پر پابندی ہوگی۔",
        "ٹرانسپورٹرز نے نئے اڈے کا خیر مقدم کیا۔",
    ],
)

add(
    name="clean-07-urdu-arcxp",
    template=arcxp,
    site="آئینۂ شمال",
    domain="aainashumal.example",
    slug="skardu-snow-tourists",
    title="اسکردو میں برفباری کے بعد سیاحوں کی آمد",
    author="نمائندہ",
    date="2026-11-28T18:15:00+05:00",
    place="اسکردو",
    lang="ur",
    seq=[
        "اسکردو (نمائندہ) اسکردو اور گرد و نواح میں موسم کی پہلی برفباری کے بعد سیاحوں کی بڑی تعداد علاقے کا رخ کر رہی ہے۔",
        "ہوٹل مالکان نے بتایا کہ سیاح سوشل میڈیا پر برفباری کی تصاویر شیئر کر رہے ہیں جس سے مزید لوگ آ رہے ہیں۔",
        "انتظامیہ نے سیاحوں کو ہدایت کی ہے کہ وہ سفر سے پہلے موسم کی صورتحال معلوم کر لیں۔",
        Q("“ہم نے برف ہٹانے والی مشینیں شاہراہ پر تعینات کر دی ہیں،” ڈپٹی کمشنر نے کہا۔"),
        "مزید برفباری کی پیش گوئی اگلے ہفتے کے لیے کی گئی ہے۔",
    ],
)

add(
    name="clean-08-sitecore-ians",
    template=sitecore,
    site="Indus Wire Daily",
    domain="induswire.example",
    slug="gb-local-polls-april",
    title="Pakistan: Gilgit-Baltistan to hold local polls in April",
    author="IANS",
    date="2026-11-26T22:05:00+05:30",
    agency="IANS",
    place="Islamabad",
    seq=[
        "Islamabad, Nov 26 (IANS) Gilgit-Baltistan will hold local government elections in April, the "
        "region's election commission said on Wednesday, the first such polls in more than a decade.",
        "The commission said voter lists would be updated in January, and that candidates would be able "
        "to follow the process on its website.",
        "Political parties in the region have long demanded the elections, saying development funds are "
        "now spent without any local say.",
        "Related cases over the drawing of ward boundaries are pending in the chief court, and the "
        "commission said it would follow the court's orders.",
        "Voters who subscribe to the commission's text message service will receive the address of their polling station.",
        Tail("--IANS"),
        Tail("ahm/rs"),
    ],
)

add(
    name="clean-09-printview-numbered",
    template=printview,
    site="Frontier Evening Post",
    domain="frontierevening.example",
    slug="thandiani-road-reopens",
    title="Thandiani road reopens to light traffic",
    author="Staff Reporter",
    date="2026-11-24T21:10:00+05:00",
    place="Abbottabad",
    seq=[
        "ABBOTTABAD: The road to Thandiani has reopened to light traffic after repairs to three sections "
        "damaged by landslides in the summer, the highways department said.",
        "Drivers should note the following:",
        L(
            [
                "Heavy vehicles are not allowed beyond the Kalapani check post.",
                "The road is closed from sunset to sunrise.",
                "Chains must be carried after the first snowfall.",
            ],
            ordered=True,
        ),
        "Officials said the work had cost less than planned because local contractors supplied stone from nearby quarries.",
        "Watch for falling rocks, the signs along the road say.",
    ],
)

add(
    name="clean-10-layout-table-trapwords",
    template=layout_table,
    site="Chaman Border News",
    domain="chamannews.example",
    slug="quetta-debate-league-final",
    title="Quetta schools hold first debate league final",
    author="Abdul Wahid Kakar",
    date="2026-11-23T18:30:00+05:00",
    seq=[
        "Students from eight Quetta schools took part in the final of the city's first inter-school "
        "debate league on Sunday, arguing whether advertisement boards should be banned on Jinnah Road.",
        "The winning team, from a girls' high school in Satellite Town, argued for the ban. Judges said "
        "they had listened closely to the rebuttals before deciding.",
        "Listen before you answer, one judge told the students.",
        "Parents watched from the back of the hall, and a bake sale by the school's cookery club sold "
        "out of cookies and samosas within an hour.",
        "A poll of the audience before the debate found most people opposed the ban; a second poll afterwards was evenly split.",
        "Trending topics for next year's league include water use and road safety, the organisers said.",
        "Photo exhibitions of the league's three rounds will be held at the Quetta press club next month.",
    ],
)

add(
    name="clean-11-joomla-correction",
    template=joomla,
    site="Clifton Dispatch",
    domain="cliftondispatch.example",
    slug="saddar-book-market-fees",
    title="KMC halves stall fees at Saddar book market",
    author="Farhan Qureshi",
    date="2026-11-29T12:00:00+05:00",
    seq=[
        "The Karachi Metropolitan Corporation has cut the daily fee for stalls at the weekly book market "
        "in Saddar by half, after booksellers said they could not afford the rise announced in the summer.",
        "The fee is now 200 rupees a day.",
        "Booksellers said the market had lost about a third of its stalls since the rise, as some moved to selling online.",
        "A KMC official said the corporation wanted to keep the market alive.",
        "Correction: An earlier version of this story said the market is held on Sundays. It is held on Saturdays.",
    ],
)

add(
    name="clean-12-vue-ani",
    template=vue,
    site="Sindhu Post",
    domain="sindhupost.example",
    slug="khunjerab-season-extension",
    title="Gilgit traders seek longer Khunjerab trade season",
    author="ANI",
    date="2026-11-24T16:30:00+05:30",
    agency="ANI",
    place="Gilgit",
    seq=[
        "Gilgit [Pakistan], November 24 (ANI): Traders in Gilgit-Baltistan have asked the government to "
        "keep the Khunjerab pass open for trade for two more weeks this winter, a local newspaper reported.",
        "The pass usually closes at the end of November because of snow.",
        "Traders said goods ordered for the winter were still waiting on the other side of the border, "
        "and that a quick poll of members found most would lose money if the pass closed on time.",
        "Prices of dry fruit and fabric have been trending higher in Gilgit's markets this month, they said.",
        "Officials said a decision would be taken after a review of the weather forecast.",
        Tail("(ANI)"),
    ],
)


# ---------------------------------------------------------------- checks

BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "button",
    "label",
    "option",
    "textarea",
    "input",
}
SKIP = {"script", "style", "template", "noscript", "head", "svg", "title"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK or "-" in tag:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK or "-" in tag:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    v = _Visible()
    v.feed(page)
    return re.sub(r"\s+", " ", "".join(v.parts))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check() -> None:
    folder = PAGES / SPLIT
    names = sorted(p.stem for p in folder.glob("*.json"))
    assert names == sorted(s.name for s in SPECS), "stale or missing pages"
    clean = noisy = urdu = strings = 0
    for spec in SPECS:
        truth = json.loads((folder / f"{spec.name}.json").read_text(encoding="utf-8"))
        page = (folder / f"{spec.name}.html").read_text(encoding="utf-8")
        text = visible_text(page)
        body = truth["body"]
        assert body and body == "\n".join(spec.lines()), spec.name
        for line in body.split("\n"):
            assert norm(line) in text, (spec.name, "body line not visible", line)
        low_body = body.casefold()
        low_title = spec.title.casefold()
        for s in truth["noise"]:
            assert len(s) >= 4, (spec.name, "noise string too short", s)
            assert norm(s) in text, (spec.name, "noise not visible", s)
            assert s.casefold() not in low_body, (spec.name, "noise in body", s)
            assert s.casefold() not in low_title, (spec.name, "noise in headline", s)
        if spec.tail():
            for t in spec.tail().split(" / "):
                assert t not in body.split("\n"), (spec.name, "tail line in body")
        assert truth["clean"] == (not truth["noise"]), spec.name
        if spec.name.startswith("clean-"):
            assert truth["clean"] and not truth["noise"], spec.name
            clean += 1
        else:
            assert not truth["clean"] and truth["noise"], spec.name
            noisy += 1
        urdu += truth["lang"] == "ur"
        strings += len(truth["noise"])
    assert clean >= 10 and clean + noisy >= 32 and urdu >= 3
    print(
        f"{SPLIT}: {clean + noisy} pages ({noisy} noisy, {clean} clean, {urdu} Urdu), {strings} noise strings: checks passed"
    )


def main() -> None:
    for spec in SPECS:
        article = Article(
            slug=spec.slug,
            title=spec.title,
            author=spec.author,
            date=spec.date,
            paragraphs=spec.lines(),
            tail=spec.tail(),
            agency=spec.agency,
            place=spec.place,
            lang=spec.lang,
        )
        page = spec.template(spec)
        write_page(SPLIT, spec.name, spec.url, page, article, spec.noises())
    check()


if __name__ == "__main__":
    main()
