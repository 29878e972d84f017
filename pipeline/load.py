"""The load step: apply one run's staged files to the store in short transactions.

Idempotent: loading the same staged files again adds no rows (articles are keyed by
canonical URL; tags and stories follow the articles that were new). Articles go in
batches, a transaction each; the run's record goes last. Then the full-text index is
rebuilt in a transaction of its own.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from functools import partial
from typing import Any

import duckdb
import pyarrow as pa
from sqlalchemy.engine import Connection

from pipeline import bandindex, dedup, search, store, stories
from pipeline.stage import (
    ARTICLE_COLUMNS,
    ARTICLE_SCHEMA,
    TAG_SCHEMA,
    FeedOutcome,
    drop_staged_view,
    staged_view,
)

COLUMNS = ", ".join(ARTICLE_COLUMNS)


def _json(value: Any) -> Any:
    """A JSON column's value (the driver returns text or already-decoded values)."""
    return json.loads(value) if isinstance(value, str) else value


def _apply_feed_outcome(conn: Connection, o: FeedOutcome) -> None:
    """Upsert one feed's state: insert the feed if it is new, then apply the outcome.

    Not ``ON CONFLICT``: DuckLake has no keys to conflict on. Inside the load's write
    transaction the two statements are one upsert.
    """
    conn.exec_driver_sql(
        """
        INSERT INTO feeds (feed_id, url, name, consecutive_failures, entries_seen)
        SELECT ?, ?, ?, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM feeds WHERE feed_id = ?)
        """,
        (o.feed_id, o.url, o.name, o.feed_id),
    )
    conn.exec_driver_sql(
        """
        UPDATE feeds SET
            name = ?,
            etag = ?,
            last_modified = ?,
            body_hash = coalesce(?, body_hash),
            last_attempt_at = ?,
            last_ok_at = coalesce(?, last_ok_at),
            last_status = ?,
            last_error = ?,
            consecutive_failures = CASE WHEN ? THEN 0 ELSE consecutive_failures + 1 END,
            entries_seen = entries_seen + ?
        WHERE feed_id = ?
        """,
        (
            o.name,
            o.etag,
            o.last_modified,
            o.body_hash,
            o.attempted_at,
            o.attempted_at if o.ok else None,
            o.status,
            o.error,
            o.ok,
            o.entries_seen,
            o.feed_id,
        ),
    )


# Articles are loaded in batches of this many, each in a short write transaction of its
# own, so the load's memory (the batch's staged rows, DuckDB's transaction-local rows)
# does not grow with the run.
LOAD_BATCH_ARTICLES = 5000


def load_run(
    db: str,
    run_id: str,
    outcome_paths: list[str],
    *,
    started_at: datetime | None = None,
    replace: bool = False,
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Load the staged outcomes of run ``run_id``; return the run's counts and errors.

    Articles go in batches of LOAD_BATCH_ARTICLES, one write transaction each, with their
    tags, bands and stories: every batch leaves the store consistent, and a load that
    stopped half-way (a crash, a kill) picks up where it stopped when run again, since
    articles already stored are skipped. The run's row in ``runs`` (with the feeds'
    states) is written last, in a transaction of its own: loading a run that has it
    changes nothing and returns what it recorded.

    Staged articles already in the store (by canonical URL) are skipped, unless
    ``replace`` is set (reprocessing): then their text, metadata and tags are replaced
    and the stories they belonged to are rebuilt.
    """
    outcomes = [FeedOutcome.read(p) for p in outcome_paths]
    # Feeds staged by one task share its files: each file once.
    article_paths = list(dict.fromkeys(o.articles_path for o in outcomes if o.articles_path))
    tag_paths = list(dict.fromkeys(o.tags_path for o in outcomes if o.tags_path))
    errors = [e for o in outcomes for e in o.errors]
    counts: Counter[str] = Counter()
    for o in outcomes:
        counts.update(o.counts)
    counts["feeds"] = len(outcomes)
    counts["feeds_failed"] = sum(not o.ok for o in outcomes)

    store.init_store(db)
    recorded = _recorded(db, run_id)
    if recorded is not None:  # a retried load of a run that already landed changes nothing
        if _index_behind(db):
            store.write(db, search.refresh_search_index)
        return recorded

    picked = _pick_staged(article_paths)
    paths = (article_paths, tag_paths)
    replaced = 0
    for start in range(0, picked.num_rows, LOAD_BATCH_ARTICLES):
        keys = picked.slice(start, LOAD_BATCH_ARTICLES)
        replaced += store.write(
            db, partial(_load_batch, run_id=run_id, keys=keys, paths=paths, replace=replace)
        )

    def finish(conn: Connection) -> tuple[dict[str, int], list[dict[str, Any]]]:
        done = _recorded_in(conn, run_id)
        if done is not None:  # another load of this run finished first
            return done
        for outcome in outcomes:
            if outcome.apply_feed_state:
                _apply_feed_outcome(conn, outcome)
        run_counts = Counter(counts)
        run_counts.update(_run_story_counts(conn, run_id))
        if replace:
            run_counts["articles_replaced"] = replaced
        conn.exec_driver_sql(
            """
            INSERT INTO runs (run_id, started_at, finished_at, status, counts, errors)
            VALUES (?, ?, ?, 'completed', ?, ?)
            """,
            (
                run_id,
                started_at or datetime.now(UTC),
                datetime.now(UTC),
                json.dumps(dict(sorted(run_counts.items()))),
                json.dumps(errors, ensure_ascii=False),
            ),
        )
        return dict(run_counts), errors

    run_counts, run_errors = store.write(db, finish)
    # The full-text index is rebuilt in a transaction of its own, so a long rebuild never
    # holds the load back and a crash during it loses no article (the next load rebuilds).
    if run_counts.get("articles_new") or run_counts.get("articles_replaced") or _index_behind(db):
        store.write(db, search.refresh_search_index)
    return run_counts, run_errors


def _recorded_in(
    conn: Connection, run_id: str
) -> tuple[dict[str, int], list[dict[str, Any]]] | None:
    """The counts and errors ``runs`` holds for a completed ``run_id``, if any."""
    done = conn.exec_driver_sql(
        "SELECT counts, errors FROM runs WHERE run_id = ? AND status = 'completed'", (run_id,)
    ).first()
    return None if done is None else (_json(done[0]), _json(done[1]))


def _recorded(db: str, run_id: str) -> tuple[dict[str, int], list[dict[str, Any]]] | None:
    with store.connect(db, read_only=True) as conn:
        return _recorded_in(conn, run_id)


def _pick_staged(article_paths: list[str]) -> pa.Table:
    """The staged rows to load, as keys (article_id, url, fetched_at) sorted by article_id.

    One row per canonical URL, the earliest fetched (a page listed by two feeds is
    staged twice). Only the key columns are read, so this stays small.
    """
    con = duckdb.connect()
    try:
        staged_view(con, "staged_articles", article_paths, ARTICLE_SCHEMA)
        keys: pa.Table = con.execute(
            """
            SELECT article_id, url, fetched_at FROM staged_articles
            QUALIFY row_number() OVER (PARTITION BY canonical_url ORDER BY fetched_at, url) = 1
            ORDER BY article_id
            """
        ).to_arrow_table()
    finally:
        con.close()
    return keys


def _load_batch(
    conn: Connection,
    *,
    run_id: str,
    keys: pa.Table,
    paths: tuple[list[str], list[str]],
    replace: bool,
) -> int:
    """Load the staged articles of ``keys`` with their tags, bands and stories.

    ``paths`` are the staged (article, tag) files. Returns how many stored articles were
    replaced (``replace`` only).
    """
    duck = store.raw(conn)
    staged_view(duck, "staged_articles", paths[0], ARTICLE_SCHEMA)
    staged_view(duck, "staged_tags", paths[1], TAG_SCHEMA)
    duck.register("batch_keys", keys)
    duck.execute(
        """
        CREATE OR REPLACE TEMP TABLE staged AS
        SELECT s.* FROM staged_articles s SEMI JOIN batch_keys k
            ON s.article_id = k.article_id AND s.url = k.url AND s.fetched_at = k.fetched_at
        QUALIFY row_number() OVER (PARTITION BY s.article_id) = 1
        """
    )
    replaced: list[int] = []
    regroup: list[int] = []
    if replace:
        replaced, regroup = _replace_existing(conn)
    # The new rows' ids are picked first and the rows inserted second (not INSERT ...
    # RETURNING, which DuckLake lacks); the anti-join keeps one row per canonical URL.
    duck.execute(
        """
        CREATE OR REPLACE TEMP TABLE new_articles AS SELECT s.article_id FROM staged s
        -- two anti-joins, not one with OR: each is a hash join at any store size
        WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id)
          AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.canonical_url = s.canonical_url)
        """
    )
    duck.execute(
        f"INSERT INTO articles ({COLUMNS}, run_id) SELECT {COLUMNS}, ? FROM staged"
        " WHERE article_id IN (SELECT article_id FROM new_articles)",
        [run_id],
    )
    inserted = [r[0] for r in duck.execute("SELECT article_id FROM new_articles").fetchall()]
    # Opened before this batch's band rows exist: it drops itself if the store went back.
    index = bandindex.BandIndex.open(duck)
    _insert_rows(conn, inserted + replaced)
    # The band index serves when every article to group has just had its bands written:
    # not when stories of replaced articles bring older members back to regroup.
    fresh = not set(regroup) - set(replaced)
    stories.assign_stories(conn, sorted(set(inserted + regroup)), index if fresh else None)
    duck.execute("DROP TABLE new_articles")
    duck.execute("DROP TABLE staged")
    drop_staged_view(duck, "staged_articles")
    drop_staged_view(duck, "staged_tags")
    duck.unregister("batch_keys")
    return len(replaced)


def _run_story_counts(conn: Connection, run_id: str) -> dict[str, int]:
    """What the run added, counted from the store (so a resumed load counts all of it).

    ``articles_new``: articles first stored by this run; ``stories_new``: stories made of
    this run's articles only; ``copies_joined``: this run's articles in a story with
    other articles.
    """
    row = conn.exec_driver_sql(
        """
        WITH mine AS (SELECT article_id, story_id FROM articles WHERE run_id = ?),
        sizes AS (
            SELECT a.story_id, count(*) AS articles, count(*) FILTER (WHERE a.run_id = ?) AS own
            FROM articles a WHERE a.story_id IN (SELECT story_id FROM mine)
            GROUP BY a.story_id
        )
        SELECT
            (SELECT count(*) FROM mine),
            (SELECT count(*) FROM sizes WHERE articles = own),
            (SELECT count(*) FROM mine JOIN sizes USING (story_id) WHERE sizes.articles > 1)
        """,
        (run_id, run_id),
    ).one()
    return {"articles_new": row[0], "stories_new": row[1], "copies_joined": row[2]}


def _index_behind(db: str) -> bool:
    """True when the full-text index is missing or lacks stored articles (never on DuckLake)."""
    with store.connect(db, read_only=True) as conn:
        if store.is_lake(conn):
            return False
        return not search.has_index(store.raw(conn)) or search.unindexed_articles(conn) > 0


REPLACED_COLUMNS = [
    c for c in ARTICLE_COLUMNS if c not in ("article_id", "canonical_url", "fetched_at")
]


def _replace_existing(conn: Connection) -> tuple[list[int], list[int]]:
    """Overwrite stored articles that are staged again; dissolve their stories.

    Returns (replaced article ids, every article whose story must be rebuilt). Rows are
    updated in place, not deleted: DuckDB's foreign keys refuse a delete and re-insert
    of a referenced row in one transaction.
    """
    duck = store.raw(conn)
    replaced = [
        r[0]
        for r in duck.execute(
            "SELECT a.article_id FROM articles a JOIN staged s USING (canonical_url)"
        ).fetchall()
    ]
    if not replaced:
        return [], []
    assignments = ", ".join(f"{c} = s.{c}" for c in REPLACED_COLUMNS)
    duck.execute(
        f"UPDATE articles SET {assignments} FROM staged s WHERE articles.canonical_url = s.canonical_url"
    )
    store.register_values(conn, "replaced_ids", "article_id", replaced)
    for table in ("article_regions", "article_topics", "article_bands"):
        duck.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM replaced_ids)"
        )
    regroup = [
        r[0]
        for r in duck.execute(
            """
            SELECT article_id FROM articles WHERE story_id IN (
                SELECT story_id FROM articles WHERE article_id IN (SELECT article_id FROM replaced_ids))
            """
        ).fetchall()
    ]
    duck.unregister("replaced_ids")
    stories.dissolve(conn, regroup)
    return replaced, sorted(set(regroup) | set(replaced))


def _insert_rows(conn: Connection, article_ids: list[int]) -> None:
    """Insert the staged bands and tags of ``article_ids`` (new or replaced articles)."""
    duck = store.raw(conn)
    store.register_values(conn, "loaded_ids", "article_id", article_ids)
    duck.execute(
        f"""
        INSERT INTO article_bands (article_id, band, hash, batch)
        WITH rows AS (
            SELECT article_id, (b.i - 1)::SMALLINT AS band, b.hash
            FROM staged, unnest(bands) WITH ORDINALITY AS b(hash, i)
            UNION ALL
            {dedup.exact_rows_sql("staged")}
        )
        SELECT article_id, band, hash, ? FROM rows
        WHERE article_id IN (SELECT article_id FROM loaded_ids)
        """,
        # No check for rows already there (a scan of every stored band row): the ids are
        # new articles' and replaced ones', whose rows _replace_existing deleted.
        [bandindex.next_batch(duck)],
    )
    for kind, table, column in (
        ("region", "article_regions", "region"),
        ("topic", "article_topics", "topic"),
    ):
        duck.execute(
            f"""
            INSERT INTO {table} (article_id, {column}, score, evidence)
            SELECT DISTINCT ON (t.article_id, t.label) t.article_id, t.label, t.score, t.evidence::JSON
            FROM staged_tags t
            WHERE t.kind = ? AND t.article_id IN (SELECT article_id FROM loaded_ids)
              AND NOT EXISTS (SELECT 1 FROM {table} x
                              WHERE x.article_id = t.article_id AND x.{column} = t.label)
            """,
            [kind],
        )
    duck.unregister("loaded_ids")
