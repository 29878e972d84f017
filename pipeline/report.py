"""``newsmon report``: one self-contained HTML page about the store's recent coverage.

Coverage over time per region, the stories that spread widest with the outlets that ran
them, the topic mix per region, and feed health. The page has no script, no stylesheet
or font from elsewhere and no network access: the charts are inline SVG, and every
value from the store is HTML-escaped where it is written.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from pipeline import store

DEFAULT_DAYS = 30
# Widest-spread stories listed: a screenful, enough to see what was syndicated.
TOP_STORIES = 15
# Regions drawn in the coverage chart: more lines than this cannot be told apart; the
# table below the chart lists every region.
CHART_REGIONS = 8
# Colour-blind-safe qualitative palette (Okabe-Ito), one colour per charted region.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
CHART_WIDTH = 760
CHART_HEIGHT = 260
CHART_MARGIN = 40
BAR_HEIGHT = 18
REQUIRED_VIEWS = ("coverage_daily", "story_outlets", "latest_stories", "feed_health")

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #666; font-size: 0.85em; }
.health-ok { color: #1a7f37; } .health-silent, .health-erroring { color: #9a6700; }
.health-failing, .health-never_polled { color: #cf222e; }
svg text { font-family: system-ui, sans-serif; font-size: 11px; fill: #333; }
ul.outlets { margin: 0; padding-left: 1.2em; }
"""


def esc(value: Any) -> str:
    """``value`` as text safe inside HTML content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


@dataclass
class ReportData:
    """What the report shows, read from the store for one window of days."""

    start: date
    until: date
    coverage: dict[str, dict[date, int]] = field(default_factory=dict)
    region_totals: list[tuple[str, int, int, int]] = field(default_factory=list)
    top_stories: list[dict[str, Any]] = field(default_factory=list)
    topics: list[tuple[str, int]] = field(default_factory=list)
    topic_mix: dict[str, dict[str, int]] = field(default_factory=dict)
    feeds: list[dict[str, Any]] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)


def _rows(duck: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = duck.execute(sql, params)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def gather(conn: Connection, *, days: int = DEFAULT_DAYS, until: date | None = None) -> ReportData:
    """Read the report's figures for the ``days`` days ending on ``until`` (default: today, UTC)."""
    duck = store.raw(conn)
    missing = [
        v
        for v in REQUIRED_VIEWS
        if not duck.execute(
            "SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [v]
        ).fetchone()[0]
    ]
    if missing:
        raise store.StoreError(
            f"the store lacks the views {', '.join(missing)}: they are created when the store "
            "is migrated (any `newsmon ingest` does it)"
        )
    duck.execute("SET TimeZone = 'UTC'")
    until = until or datetime.now(UTC).date()
    start = until - timedelta(days=days - 1)
    window = [start, until]
    data = ReportData(start=start, until=until)
    story_day = "CAST(coalesce(s.first_published_at, s.first_seen_at) AS DATE)"

    for row in _rows(
        duck,
        "SELECT region, day, stories FROM coverage_daily WHERE day BETWEEN ? AND ?",
        window,
    ):
        data.coverage.setdefault(row["region"], {})[row["day"]] = row["stories"]
    data.region_totals = [
        (r["region"], r["stories"], r["articles"], r["outlets"])
        for r in _rows(
            duck,
            """
            SELECT r.region, count(DISTINCT a.story_id) AS stories, count(*) AS articles,
                   count(DISTINCT coalesce(a.outlet, a.source_domain)) AS outlets
            FROM article_regions r JOIN articles a USING (article_id)
            WHERE CAST(coalesce(a.published_at, a.fetched_at) AS DATE) BETWEEN ? AND ?
            GROUP BY r.region ORDER BY stories DESC, articles DESC, r.region
            """,
            window,
        )
    ]
    data.top_stories = _rows(
        duck,
        f"""
        SELECT s.story_id, s.title, s.copies, len(s.outlets) AS n_outlets,
               coalesce(s.first_published_at, s.first_seen_at) AS published_at,
               coalesce(any_value(l.regions), []) AS regions,
               coalesce(any_value(l.topics), []) AS topics
        FROM stories s LEFT JOIN latest_stories l USING (story_id)
        WHERE {story_day} BETWEEN ? AND ?
        GROUP BY ALL
        ORDER BY n_outlets DESC, s.copies DESC, published_at DESC, s.story_id
        LIMIT {TOP_STORIES}
        """,
        window,
    )
    runs: dict[int, list[dict[str, Any]]] = defaultdict(list)
    ids = [s["story_id"] for s in data.top_stories]
    if ids:
        for row in _rows(
            duck,
            "SELECT story_id, outlet, ran_at, pickup_order, url FROM story_outlets"
            " WHERE list_contains(?, story_id) ORDER BY ran_at, outlet",
            [ids],
        ):
            runs[row["story_id"]].append(row)
    for story in data.top_stories:
        story["runs"] = runs[story["story_id"]]
    topic_rows = _rows(
        duck,
        f"""
        SELECT t.topic, r.region, count(DISTINCT s.story_id) AS stories
        FROM stories s
        JOIN articles a USING (story_id)
        JOIN article_topics t ON t.article_id = a.article_id
        LEFT JOIN article_regions r ON r.article_id = a.article_id
        WHERE {story_day} BETWEEN ? AND ?
        GROUP BY ALL
        """,
        window,
    )
    for row in topic_rows:
        region = row["region"] or "(no region)"
        data.topic_mix.setdefault(region, {})[row["topic"]] = row["stories"]
    data.topics = [
        (r["topic"], r["stories"])
        for r in _rows(
            duck,
            f"""
            SELECT t.topic, count(DISTINCT s.story_id) AS stories
            FROM stories s JOIN articles a USING (story_id)
            JOIN article_topics t ON t.article_id = a.article_id
            WHERE {story_day} BETWEEN ? AND ?
            GROUP BY t.topic ORDER BY stories DESC, t.topic
            """,
            window,
        )
    ]
    data.feeds = _rows(
        duck,
        "SELECT feed_id, name, health, last_ok_at, last_status, consecutive_failures,"
        " articles, newest_published_at, last_error FROM feed_health"
        " ORDER BY health = 'ok', consecutive_failures DESC, feed_id",
        [],
    )
    totals = _rows(
        duck,
        f"""
        SELECT count(*) AS stories, coalesce(sum(s.copies), 0) AS articles
        FROM stories s WHERE {story_day} BETWEEN ? AND ?
        """,
        window,
    )[0]
    data.totals = {k: int(v) for k, v in totals.items()}
    return data


def _fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def coverage_svg(data: ReportData) -> str:
    """A line chart of stories per day for the regions with the most coverage."""
    days = [data.start + timedelta(days=i) for i in range((data.until - data.start).days + 1)]
    regions = [r[0] for r in data.region_totals if r[0] in data.coverage][:CHART_REGIONS]
    peak = max((n for r in regions for n in data.coverage[r].values()), default=0)
    top = max(peak, 1)
    inner_w = CHART_WIDTH - 2 * CHART_MARGIN
    inner_h = CHART_HEIGHT - 2 * CHART_MARGIN

    def x(i: int) -> float:
        return CHART_MARGIN + (inner_w * i / max(len(days) - 1, 1))

    def y(n: int) -> float:
        return CHART_HEIGHT - CHART_MARGIN - inner_h * n / top

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" '
        f'height="{CHART_HEIGHT + 20 * len(regions)}" viewBox="0 0 {CHART_WIDTH} '
        f'{CHART_HEIGHT + 20 * len(regions)}" aria-label="Stories per day per region">'
    ]
    for n in sorted({0, top // 2, top}):
        parts.append(
            f'<line x1="{CHART_MARGIN}" x2="{CHART_WIDTH - CHART_MARGIN}" y1="{y(n):.1f}" '
            f'y2="{y(n):.1f}" stroke="#ddd"/><text x="{CHART_MARGIN - 6}" y="{y(n) + 4:.1f}" '
            f'text-anchor="end">{n}</text>'
        )
    for i in sorted({0, len(days) // 2, len(days) - 1}):
        parts.append(
            f'<text x="{x(i):.1f}" y="{CHART_HEIGHT - CHART_MARGIN + 16}" '
            f'text-anchor="middle">{esc(days[i].isoformat())}</text>'
        )
    for k, region in enumerate(regions):
        colour = PALETTE[k % len(PALETTE)]
        series = [data.coverage[region].get(d, 0) for d in days]
        points = " ".join(f"{x(i):.1f},{y(n):.1f}" for i, n in enumerate(series))
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}">'
            f"<title>{esc(region)}</title></polyline>"
        )
        for i, n in enumerate(series):
            if n:
                parts.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(n):.1f}" r="3" fill="{colour}">'
                    f"<title>{esc(region)} {esc(days[i].isoformat())}: {n} stories</title></circle>"
                )
        legend_y = CHART_HEIGHT + 20 * k
        parts.append(
            f'<rect x="{CHART_MARGIN}" y="{legend_y - 9}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{CHART_MARGIN + 18}" y="{legend_y + 1}">{esc(region)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def topics_svg(topics: list[tuple[str, int]]) -> str:
    """A horizontal bar chart of stories per topic."""
    label_w = 180
    peak = max((n for _, n in topics), default=1) or 1
    height = BAR_HEIGHT * len(topics) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" aria-label="Stories per topic">'
    ]
    for i, (topic, n) in enumerate(topics):
        width = (CHART_WIDTH - label_w - 60) * n / peak
        top = i * BAR_HEIGHT + 4
        parts.append(
            f'<text x="{label_w - 6}" y="{top + 12}" text-anchor="end">{esc(topic)}</text>'
            f'<rect x="{label_w}" y="{top}" width="{width:.1f}" height="{BAR_HEIGHT - 4}" '
            f'fill="{PALETTE[0]}"><title>{esc(topic)}: {n} stories</title></rect>'
            f'<text x="{label_w + width + 6:.1f}" y="{top + 12}">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _coverage_table(data: ReportData) -> str:
    rows = "".join(
        f'<tr><td>{esc(region)}</td><td class="n">{stories}</td><td class="n">{articles}</td>'
        f'<td class="n">{outlets}</td></tr>'
        for region, stories, articles, outlets in data.region_totals
    )
    return (
        '<table><thead><tr><th>region</th><th class="n">stories</th><th class="n">articles</th>'
        f'<th class="n">outlets</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def _stories_table(data: ReportData) -> str:
    rows = []
    for s in data.top_stories:
        runs = "".join(
            f"<li>{esc(r['outlet'])} <span class='muted'>{esc(_fmt_time(r['ran_at']))}"
            f"{' (first)' if r['pickup_order'] == 1 else ''}</span></li>"
            for r in s["runs"]
        )
        rows.append(
            f"<tr><td>{esc(s['title'])}<div class='muted'>{esc(', '.join(s['regions']))}"
            f"{' · ' if s['topics'] else ''}{esc(', '.join(s['topics']))}</div></td>"
            f"<td>{esc(_fmt_time(s['published_at']))}</td>"
            f"<td class='n'>{esc(s['copies'])}</td><td><ul class='outlets'>{runs}</ul></td></tr>"
        )
    return (
        "<table><thead><tr><th>story</th><th>first ran (UTC)</th><th class='n'>copies</th>"
        f"<th>outlets, in the order they ran it</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _topic_mix_table(data: ReportData) -> str:
    topics = [t for t, _ in data.topics]
    order = [r[0] for r in data.region_totals if r[0] in data.topic_mix]
    order += sorted(set(data.topic_mix) - set(order))
    # Long topic ids may break after an underscore, so nine columns fit the page.
    head = "".join(f"<th class='n'>{esc(t).replace('_', '_<wbr>')}</th>" for t in topics)
    rows = "".join(
        f"<tr><td>{esc(region)}</td>"
        + "".join(f"<td class='n'>{data.topic_mix[region].get(t, '') or ''}</td>" for t in topics)
        + "</tr>"
        for region in order
    )
    return f"<table><thead><tr><th>region</th>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _feeds_table(data: ReportData) -> str:
    rows = "".join(
        f"<tr><td>{esc(f['name'])}<div class='muted'>{esc(f['feed_id'])}</div></td>"
        f"<td class='health-{esc(f['health'])}'>{esc(f['health'])}</td>"
        f"<td>{esc(_fmt_time(f['last_ok_at']))}</td><td class='n'>{esc(f['last_status'])}</td>"
        f"<td class='n'>{esc(f['consecutive_failures'])}</td><td class='n'>{esc(f['articles'])}</td>"
        f"<td>{esc(_fmt_time(f['newest_published_at']))}</td><td>{esc(f['last_error'])}</td></tr>"
        for f in data.feeds
    )
    return (
        "<table><thead><tr><th>feed</th><th>health</th><th>last good poll</th>"
        "<th class='n'>status</th><th class='n'>failures in a row</th><th class='n'>articles</th>"
        f"<th>newest article</th><th>last error</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def render(data: ReportData, *, generated_at: datetime | None = None) -> str:
    """The report as one HTML document (no script, no external resource)."""
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    period = f"{data.start.isoformat()} to {data.until.isoformat()}"
    body = [
        f"<h1>newsmon report: {esc(period)}</h1>",
        f"<p class='muted'>{esc(data.totals.get('stories', 0))} stories "
        f"({esc(data.totals.get('articles', 0))} articles, syndicated copies included) "
        f"first published in the period. Generated {esc(when)}.</p>",
        "<h2 id='coverage'>Coverage over time</h2>",
        "<p class='muted'>Stories per day per region (a wire story reprinted by several "
        "outlets counts once).</p>",
        coverage_svg(data),
        _coverage_table(data),
        "<h2 id='stories'>Stories that spread widest</h2>",
        _stories_table(data),
        "<h2 id='topics'>Topic mix</h2>",
        topics_svg(data.topics),
        _topic_mix_table(data),
        "<h2 id='feeds'>Feed health</h2>",
        _feeds_table(data),
    ]
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        # No resource from anywhere, and no script at all, even if markup slipped through.
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>newsmon report: {esc(period)}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def write_report(
    db: str,
    out: Path,
    *,
    days: int = DEFAULT_DAYS,
    until: date | None = None,
    wait: float = store.LOCK_WAIT_SECONDS,
) -> ReportData:
    """Read the store (read-only) and write the report to ``out``; return what it shows."""
    with store.connect(db, read_only=True, wait=wait) as conn:
        data = gather(conn, days=days, until=until)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(data), encoding="utf-8")
    return data
