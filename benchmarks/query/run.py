"""Query-side speed at scale: the views, full-text search, the FTS rebuild, bytes per article.

Run: python benchmarks/query/run.py [--articles N] [--fts-sizes 10000,100000,...] [--out FILE]

A store of N synthetic articles (default 1,000,000) is made with the real migrations and
views, filled by DuckDB SQL alone (no Python loop over rows):

- text: 4-14 paragraphs drawn from a pool of 20,000, each 40-110 words drawn log-uniformly
  (Zipf-like) from a 50,000-word vocabulary that starts with the demo corpus's words:
  about 4,500 characters per article on average (a long news page; the demo corpus has 1,400);
- 80% of stories have one copy and the rest two to four (syndication), 10% of articles
  carry a wire agency; 300 feeds in 150 outlets; one year of publication dates;
- regions: 0-2 per article, skewed like real coverage; topics: 1-2 per article.

Then, on that store: the latency of each view (a full scan and a typical filtered read),
of full-text searches through ``pipeline.search.search`` (one line per story), the time
to rebuild the FTS index (``pipeline.search.refresh_search_index``) at several sizes, and
the DuckDB file size per 1,000 articles with and without the index. Timings are the
median of REPEATS runs after one warm-up.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline import search, store  # noqa: E402

DEFAULT_ARTICLES = 1_000_000
# Index rebuilds timed on the first K articles (own table, own index) to show the growth.
DEFAULT_FTS_SIZES = (5_000, 20_000)
VOCAB_SIZE = 50_000
PARAGRAPHS = 20_000
FEEDS = 300
REPEATS = 3
REGIONS = (
    "balochistan",
    "gilgit_baltistan",
    "khyber_pakhtunkhwa",
    "sindh",
    "punjab",
    "islamabad",
    "azad_kashmir",
    "jammu_kashmir",
    "ladakh",
    "sistan_baluchestan",
    "afghanistan",
    "xinjiang",
)
TOPICS = (
    "mining_minerals",
    "militancy_terrorism",
    "military_operations",
    "human_rights",
    "cpec_china",
    "foreign_relations",
    "politics_governance",
    "economy_energy",
    "disaster_environment",
)


def _letters(n: int) -> str:
    """``n`` written in base 26 with the letters a-z."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = chr(ord("a") + digit) + out
        if n == 0:
            return out


def vocabulary() -> list[str]:
    """Words of the demo corpus, most frequent first, padded with invented words."""
    counts: Counter[str] = Counter()
    for path in (REPO / "pipeline" / "demo" / "corpus").rglob("*.html"):
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    words = [w for w, _ in counts.most_common(VOCAB_SIZE)]
    # Invented words of letters only: the fts tokenizer splits on digits, so "zq123"
    # would index as "zq" and one term would be in every article.
    words += [f"zq{_letters(i)}" for i in range(VOCAB_SIZE - len(words))]
    return words


def generate(duck: Any, n: int) -> None:
    """Fill the migrated store behind ``duck`` with ``n`` synthetic articles and their tags."""
    import pyarrow as pa

    words = vocabulary()
    duck.register("vocab_src", pa.table({"idx": list(range(len(words))), "word": words}))
    duck.execute("CREATE TEMP TABLE vocab AS SELECT * FROM vocab_src")
    # A paragraph: 40-110 words, word rank log-uniform over the vocabulary (Zipf-like).
    duck.execute(
        f"""
        CREATE TEMP TABLE paragraphs AS
        WITH slots AS (
            SELECT p, w FROM range({PARAGRAPHS}) t(p),
                 LATERAL range((40 + hash(p, 'len') % 71)::BIGINT) u(w)
        )
        SELECT p, string_agg(v.word, ' ' ORDER BY w) AS text
        FROM slots
        JOIN vocab v ON v.idx = least(
            floor(exp((hash(p, w) % 1000000) / 1e6 * ln({VOCAB_SIZE})))::BIGINT - 1,
            {VOCAB_SIZE - 1})
        GROUP BY p
        """
    )
    regions = ", ".join(f"'{r}'" for r in REGIONS)
    topics = ", ".join(f"'{t}'" for t in TOPICS)
    duck.execute(
        f"""
        CREATE TEMP TABLE base AS
        SELECT
            i AS article_id,
            -- 80% of stories have one copy; the others two to four, in consecutive ids
            i - CASE WHEN hash(i // 4, 'syn') % 10 < 2 THEN i % 4 ELSE 0 END AS story_id,
            hash(i, 'feed') % {FEEDS} AS feed_no,
            TIMESTAMPTZ '2025-11-01 00:00:00+00'
                + to_seconds((hash(i - CASE WHEN hash(i // 4, 'syn') % 10 < 2 THEN i % 4 ELSE 0 END,
                                   'day') % (365 * 86400))::BIGINT)
                + to_seconds((i % 4) * 3600) AS published_at
        FROM range({n}) t(i)
        """
    )
    duck.execute(
        f"""
        CREATE TEMP TABLE bodies AS
        WITH slots AS (
            SELECT article_id, k FROM base, LATERAL range((4 + hash(story_id, 'np') % 11)::BIGINT) u(k)
        )
        SELECT s.article_id, string_agg(p.text, chr(10) ORDER BY s.k) AS text
        FROM slots s JOIN base b USING (article_id)
        JOIN paragraphs p ON p.p = hash(b.story_id, s.k) % {PARAGRAPHS}
        GROUP BY s.article_id
        """
    )
    duck.execute(
        f"""
        INSERT INTO feeds (feed_id, url, name, last_attempt_at, last_ok_at, last_status,
                           consecutive_failures, entries_seen)
        SELECT 'feed-' || f, 'https://outlet' || (f // 2) || '.example/feed' || f || '.xml',
               'Outlet ' || (f // 2) || ' feed ' || f,
               TIMESTAMPTZ '2026-11-01 00:00:00+00', TIMESTAMPTZ '2026-11-01 00:00:00+00'
                   - to_days(CASE WHEN f % 50 = 0 THEN 20 ELSE 0 END),
               CASE WHEN f % 40 = 0 THEN 503 ELSE 200 END,
               CASE WHEN f % 40 = 0 THEN 4 ELSE 0 END, 1000
        FROM range({FEEDS}) t(f)
        """
    )
    duck.execute(
        """
        INSERT INTO articles (article_id, url, canonical_url, source_domain, outlet, feed_id,
                              title, text, published_at, fetched_at, language, agency,
                              text_hash, story_id, is_canonical, run_id)
        SELECT b.article_id,
               'https://outlet' || (b.feed_no // 2) || '.example/a/' || b.article_id,
               'https://outlet' || (b.feed_no // 2) || '.example/a/' || b.article_id,
               'outlet' || (b.feed_no // 2) || '.example', 'Outlet ' || (b.feed_no // 2),
               'feed-' || b.feed_no,
               -- a title: the first 6-13 words of the story's first paragraph
               array_to_string((string_split(p.text, ' '))[1:(6 + hash(b.story_id, 't') % 8)::BIGINT], ' '),
               x.text, b.published_at, b.published_at + INTERVAL 2 HOUR,
               CASE WHEN hash(b.article_id, 'ur') % 20 = 0 THEN 'ur' ELSE 'en' END,
               CASE WHEN hash(b.story_id, 'ag') % 10 = 0
                    THEN ['IANS', 'ANI', 'APP', 'PTI'][(1 + hash(b.story_id, 'an') % 4)::BIGINT] END,
               md5(x.text), b.story_id, b.article_id = b.story_id, 'bench'
        FROM base b JOIN bodies x USING (article_id)
        JOIN paragraphs p ON p.p = hash(b.story_id, 0) % 20000
        """
    )
    # Region tags: the two watched regions get the most coverage, the rest a long tail.
    duck.execute(
        f"""
        INSERT INTO article_regions (article_id, region, score, evidence)
        SELECT DISTINCT ON (article_id, region) article_id, region, 5 + hash(article_id, region) % 10,
               '[{{"term": "x", "where": "body", "count": 1}}]'
        FROM (
            SELECT article_id, ([{regions}])[1 + floor(pow((hash(story_id, k) % 1000) / 1000.0, 2)
                                                    * {len(REGIONS)})::INT] AS region
            FROM base, LATERAL range((hash(story_id, 'nr') % 3)::BIGINT) u(k)
        )
        """
    )
    duck.execute(
        f"""
        INSERT INTO article_topics (article_id, topic, score, evidence)
        SELECT DISTINCT ON (article_id, topic) article_id, topic, 3 + hash(article_id, topic) % 10,
               '[{{"term": "x", "where": "body", "count": 1}}]'
        FROM (
            SELECT article_id, ([{topics}])[(1 + hash(story_id, k, 'tp') % {len(TOPICS)})::BIGINT] AS topic
            FROM base, LATERAL range((1 + hash(story_id, 'nt') % 2)::BIGINT) u(k)
        )
        """
    )
    duck.execute(
        """
        INSERT INTO stories (story_id, canonical_article_id, title, first_seen_at,
                             first_published_at, copies, outlets)
        SELECT story_id, min(article_id), arg_min(title, article_id), min(fetched_at),
               min(published_at), count(*), list_sort(list_distinct(list(outlet)))
        FROM articles GROUP BY story_id
        """
    )
    for table in ("base", "bodies", "paragraphs", "vocab"):
        duck.execute(f"DROP TABLE {table}")
    duck.unregister("vocab_src")


def timed(work: Callable[[], Any], repeats: int = REPEATS) -> tuple[float, Any]:
    """Median seconds of ``repeats`` runs of ``work`` after one warm-up, and its last result."""
    result = work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


VIEW_QUERIES = {
    "coverage_daily: whole view": "SELECT count(*), sum(stories) FROM coverage_daily",
    "coverage_daily: one region, 30 days": (
        "SELECT * FROM coverage_daily WHERE region = 'balochistan'"
        " AND day >= DATE '2026-10-01' ORDER BY day"
    ),
    "story_outlets: whole view": "SELECT count(*), max(pickup_order) FROM story_outlets",
    "story_outlets: wire pickup by outlet": (
        "SELECT outlet, count(*) FILTER (WHERE pickup_order = 1) FROM story_outlets"
        " WHERE agency IS NOT NULL GROUP BY outlet ORDER BY 2 DESC LIMIT 10"
    ),
    "latest_stories: whole view": "SELECT count(*), max(copies) FROM latest_stories",
    "latest_stories: 20 latest of a region": (
        "SELECT title, published_at, copies FROM latest_stories"
        " WHERE region = 'gilgit_baltistan' AND rank_in_region <= 20"
    ),
    "feed_health: whole view": "SELECT health, count(*) FROM feed_health GROUP BY health",
}


def machine() -> str:
    """uname -a, cores, memory, Python and DuckDB versions, date."""
    import duckdb

    uname = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=False).stdout
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"- machine: `{uname.strip()}`\n- nproc: {os.cpu_count()}, memory {mem:.0f} GiB\n"
        f"- Python {platform.python_version()}, DuckDB {duckdb.__version__}\n"
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n"
    )


def size_mib(path: Path) -> float:
    """The DuckDB file and its WAL, in MiB."""
    wal = path.with_name(path.name + ".wal")
    return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 2**20


def main() -> None:
    """Build the store, measure, print a Markdown report (and write it with --out)."""
    parser = argparse.ArgumentParser(description="newsmon query-side benchmark")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument(
        "--fts-sizes",
        default=",".join(str(s) for s in DEFAULT_FTS_SIZES),
        help="comma-separated sizes of extra FTS rebuild timings (below --articles)",
    )
    parser.add_argument("--skip-full-fts", action="store_true", help="no FTS rebuild at N")
    parser.add_argument("--out", type=Path, help="also write the report here")
    parser.add_argument("--dir", type=Path, help="where the store goes (default: a temp dir)")
    args = parser.parse_args()
    n = args.articles
    lines = [f"# Query benchmark: {n:,} articles\n", machine()]
    lines.append(f"- command: `python benchmarks/query/run.py --articles {n}`\n")
    workdir = Path(args.dir or tempfile.mkdtemp(prefix="newsmon-query-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "bench.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)

    start = time.perf_counter()
    store.init_store(str(db))
    store.write(str(db), lambda conn: generate(store.raw(conn), n))
    build_s = time.perf_counter() - start
    with store.connect(str(db)) as conn:
        conn.exec_driver_sql("CHECKPOINT")
    counts = {}
    with store.connect(str(db), read_only=True) as conn:
        duck = store.raw(conn)
        for table in ("articles", "stories", "article_regions", "article_topics", "feeds"):
            counts[table] = duck.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        avg_chars = duck.execute("SELECT avg(length(text)) FROM articles").fetchone()[0]
    size_plain = size_mib(db)
    lines.append(
        f"\nStore: {', '.join(f'{v:,} {k}' for k, v in counts.items())}; "
        f"text {avg_chars:,.0f} characters per article on average. Generated in {build_s:.0f} s.\n"
    )

    lines.append("\n## Views (median of 3 after a warm-up, read-only connection)\n")
    lines.append("| query | seconds | rows |\n| --- | ---: | ---: |\n")
    with store.connect(str(db), read_only=True) as conn:
        duck = store.raw(conn)
        for name, sql in VIEW_QUERIES.items():
            seconds, rows = timed(lambda sql=sql: duck.execute(sql).fetchall())
            lines.append(f"| {name} | {seconds:.3f} | {len(rows)} |\n")
            print(f"{name}: {seconds:.3f} s", file=sys.stderr)

    lines.append("\n## Full-text index rebuild (`refresh_search_index`)\n")
    lines.append("| articles indexed | seconds | seconds per 1,000 |\n| ---: | ---: | ---: |\n")
    sizes = [int(s) for s in args.fts_sizes.split(",") if s and int(s) < n]
    for size in sizes:
        with store.connect(str(db)) as conn:
            duck = store.raw(conn)
            search.load_fts(duck)
            duck.execute(f"CREATE OR REPLACE TABLE sample AS FROM articles LIMIT {size}")
        with store.connect(str(db)) as conn:
            duck = store.raw(conn)
            search.load_fts(duck)
            start = time.perf_counter()
            duck.execute("PRAGMA create_fts_index('sample', 'article_id', 'title', 'text')")
            seconds = time.perf_counter() - start
        with store.connect(str(db)) as conn:
            search.load_fts(store.raw(conn))
            conn.exec_driver_sql("PRAGMA drop_fts_index('sample')")
            conn.exec_driver_sql("DROP TABLE sample")
        lines.append(f"| {size:,} | {seconds:.1f} | {1000 * seconds / size:.2f} |\n")
        print(f"fts rebuild at {size}: {seconds:.1f} s", file=sys.stderr)
    if args.skip_full_fts:
        lines.append(f"| {n:,} | not run (--skip-full-fts) | |\n")
        lines.append("\nNo search timings: the full index was not built.\n")
    else:
        start = time.perf_counter()
        store.write(str(db), search.refresh_search_index)
        seconds = time.perf_counter() - start
        lines.append(f"| {n:,} | {seconds:.1f} | {1000 * seconds / n:.2f} |\n")
        print(f"fts rebuild at {n}: {seconds:.1f} s", file=sys.stderr)
        with store.connect(str(db)) as conn:
            conn.exec_driver_sql("CHECKPOINT")
        size_fts = size_mib(db)
        lines.append(search_section(db))
        lines.append(
            f"\n## Size\n\n| store | MiB | KiB per 1,000 articles |\n| --- | ---: | ---: |\n"
            f"| without FTS index | {size_plain:,.0f} | {1024 * size_plain / n * 1000:,.0f} |\n"
            f"| with FTS index | {size_fts:,.0f} | {1024 * size_fts / n * 1000:,.0f} |\n"
        )
    if args.skip_full_fts:
        lines.append(
            f"\n## Size\n\n| store | MiB | KiB per 1,000 articles |\n| --- | ---: | ---: |\n"
            f"| without FTS index | {size_plain:,.0f} | {1024 * size_plain / n * 1000:,.0f} |\n"
        )
    report = "".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")


def search_section(db: Path) -> str:
    """Search latencies: a common word pair, a rare word, and with region and date filters."""
    words = vocabulary()
    cases = {
        f'common words "{words[50]} {words[60]}"': {"query": f"{words[50]} {words[60]}"},
        f'mid-frequency words "{words[2000]} {words[3000]}"': {
            "query": f"{words[2000]} {words[3000]}"
        },
        f'rare word "{words[40000]}"': {"query": words[40000]},
        f'"{words[2000]}" in gilgit_baltistan since 2026-06-01': {
            "query": words[2000],
            "region": "gilgit_baltistan",
            "since": datetime(2026, 6, 1, tzinfo=UTC).date(),
        },
    }
    out = ["\n## Full-text search (`newsmon search`: one line per story, limit 20)\n"]
    out.append("| search | seconds | stories |\n| --- | ---: | ---: |\n")
    with store.connect(str(db), read_only=True) as conn:
        for name, kwargs in cases.items():
            seconds, (_, rows) = timed(lambda kw=kwargs: search.search(conn, **kw))
            out.append(f"| {name} | {seconds:.3f} | {len(rows)} |\n")
            print(f"search {name}: {seconds:.3f} s", file=sys.stderr)
    return "".join(out)


if __name__ == "__main__":
    main()
