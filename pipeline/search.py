"""Full-text search: BM25 over article titles and texts, with DuckDB's fts extension.

The index lives in the store (schema ``fts_main_articles``) and is rebuilt whole by
:func:`refresh_search_index`, which the load step calls right after its transaction
commits (in a transaction of its own), so the index is current after each load. The extension is loaded from
the ``duckdb-extension-fts`` package's file: no download, no network.

A search ranks articles, then folds them into stories: one line per story (its best
copy's score), best first.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlalchemy.engine import Connection

from pipeline import ducklake, store

log = logging.getLogger(__name__)

FTS_PACKAGE = "duckdb_extension_fts"
INDEX_SCHEMA = "fts_main_articles"
# Porter stemming and English stop words: the corpus is mostly English; Urdu words pass
# through both unchanged, so Urdu still matches on whole words.
INDEX_PRAGMA = (
    "PRAGMA create_fts_index('articles', 'article_id', 'title', 'text',"
    " stemmer = 'porter', stopwords = 'english', strip_accents = 1, lower = 1, overwrite = 1)"
)
DEFAULT_LIMIT = 20

SEARCH_SQL = f"""
WITH hits AS (
    SELECT a.story_id, a.url, score
    FROM (SELECT *, {INDEX_SCHEMA}.match_bm25(article_id, $query) AS score FROM articles) a
    WHERE score IS NOT NULL AND a.story_id IS NOT NULL
)
SELECT
    round(max(h.score), 3) AS score,
    strftime(coalesce(s.first_published_at, s.first_seen_at), '%Y-%m-%d %H:%M') AS published_utc,
    s.title,
    s.copies,
    array_to_string(s.outlets, ', ') AS outlets,
    arg_max(h.url, h.score) AS url,
    s.story_id
FROM hits h
JOIN stories s USING (story_id)
WHERE ($since IS NULL OR coalesce(s.first_published_at, s.first_seen_at) >= $since)
  AND ($region IS NULL OR EXISTS (
        SELECT 1 FROM articles x JOIN article_regions r USING (article_id)
        WHERE x.story_id = s.story_id AND r.region = $region))
  AND ($topic IS NULL OR EXISTS (
        SELECT 1 FROM articles x JOIN article_topics t USING (article_id)
        WHERE x.story_id = s.story_id AND t.topic = $topic))
GROUP BY s.story_id, s.title, s.first_published_at, s.first_seen_at, s.copies, s.outlets
ORDER BY score DESC, s.story_id
LIMIT $limit
"""


class NoSearchIndex(store.StoreError):
    """The store has no full-text index (never built, or a DuckLake store)."""


def load_fts(duck: Any) -> None:
    """Load the fts extension into the DuckDB connection ``duck``, from the package's file."""
    loaded = duck.execute(
        "SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'fts' AND loaded"
    ).fetchone()
    if not loaded[0]:
        path = str(ducklake.extension_file(FTS_PACKAGE)).replace("'", "''")
        duck.execute(f"LOAD '{path}'")


def has_index(duck: Any) -> bool:
    """True when the store behind ``duck`` holds a full-text index of ``articles``."""
    found = duck.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name = 'docs'",
        [INDEX_SCHEMA],
    ).fetchone()
    return bool(found[0])


def refresh_search_index(conn: Connection) -> bool:
    """Rebuild the full-text index of ``articles`` inside the caller's transaction.

    Returns False and builds nothing on a DuckLake store (not indexed). The fts
    extension has no incremental update: the rebuild reads every article (its cost per
    store size is in benchmarks/query/RESULTS.md). Call it at most once per transaction:
    DuckDB 1.5 fails the commit of a transaction that overwrote the same fts index twice.
    """
    if store.is_lake(conn):
        log.info("no full-text index on a DuckLake store", extra={"event": "fts_skipped"})
        return False
    duck = store.raw(conn)
    load_fts(duck)
    duck.execute(INDEX_PRAGMA)
    return True


def unindexed_articles(conn: Connection) -> int:
    """How many articles the full-text index does not cover (added since its last rebuild)."""
    found = store.raw(conn).execute(
        f"SELECT count(*) FROM articles a WHERE NOT EXISTS"
        f" (SELECT 1 FROM {INDEX_SCHEMA}.docs d WHERE d.name = a.article_id)"
    )
    return int(found.fetchone()[0])


def search(
    conn: Connection,
    query: str,
    *,
    region: str | None = None,
    topic: str | None = None,
    since: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Stories whose copies match ``query`` (BM25 over title and text), best first.

    Filters: a copy tagged ``region`` / ``topic``; first published on or after ``since``.
    Returns column names and rows. Raises NoSearchIndex when the store has no index.
    """
    duck = store.raw(conn)
    if store.is_lake(conn) or not has_index(duck):
        raise NoSearchIndex(
            "the store has no full-text index: it is built by each load, "
            "or now with `newsmon search --reindex`"
        )
    load_fts(duck)
    duck.execute("SET TimeZone = 'UTC'")
    result = duck.execute(
        SEARCH_SQL,
        {"query": query, "region": region, "topic": topic, "since": since, "limit": limit},
    )
    columns = [d[0] for d in result.description]
    return columns, [tuple(r) for r in result.fetchall()]
