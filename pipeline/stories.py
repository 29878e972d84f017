"""Stories: each article's story is the connected component of its copies.

Two articles are linked when one is a copy of the other: the same normalized text, or
a near copy found through LSH bands and verified on the texts (``candidate_links``). A story's id is the smallest
article_id among its articles, so the stories do not depend on the order in which
copies arrive. The story's canonical article is the wire copy when an agency is known,
else the earliest published.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import duckdb
import pyarrow as pa
from sqlalchemy.engine import Connection

from pipeline import bandindex, dedup, store
from pipeline.alerts import remap_stories

log = logging.getLogger(__name__)


def _register(conn: Connection, name: str, ids: Iterable[int]) -> None:
    """Expose ``ids`` to SQL as relation ``name`` with column ``id`` (cheap for many ids)."""
    store.raw(conn).register(name, pa.table({"id": pa.array(list(ids), pa.int64())}))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(self, node: tuple[str, int]) -> tuple[str, int]:
        self.parent.setdefault(node, node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: tuple[str, int], b: tuple[str, int]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def band_candidates(
    duck: duckdb.DuckDBPyConnection, index: bandindex.BandIndex | None = None
) -> list[tuple[int, int]]:
    """Pairs (article in ``assign_ids``, other article) that share a ``(band, hash)`` row.

    Without ``index``: one hash join against every stored band row, a scan of
    ``article_bands`` whose cost grows with the store (in a fresh process 0.3 s at
    100,000 stored articles and 2.9 s at 1M, for 10 or 10,000 new ones alike). With the
    store's band index (:mod:`pipeline.bandindex`): binary searches for the new
    articles' hashes in the index, plus the join over the rows the index does not hold
    yet (this transaction's own, read by batch number); same pairs, at a cost that
    follows the new articles (benchmarks/dedup/RESULTS.md, "Scale"). The index may be
    used only when every article of ``assign_ids`` had its bands written after the
    index's watermark, as in a load of new articles.
    """
    if index is not None:
        try:
            return _indexed_candidates(duck, index)
        except OSError as exc:  # the index is a cache: a full disk must not stop the load
            log.warning("band index unusable, joining against the store: %s", exc)
    return sorted(_joined_pairs(duck))


def _joined_pairs(
    duck: duckdb.DuckDBPyConnection, after: int | None = None
) -> set[tuple[int, int]]:
    """Pairs sharing a band row, by an SQL join; only rows of batches after ``after`` if given."""
    recent = "" if after is None else f"AND nb.batch > {int(after)} AND ob.batch > {int(after)}"
    pairs = duck.execute(
        f"""
        SELECT DISTINCT nb.article_id, ob.article_id
        FROM article_bands nb JOIN article_bands ob
          ON ob.band = nb.band AND ob.hash = nb.hash AND ob.article_id <> nb.article_id
        WHERE nb.article_id IN (SELECT article_id FROM assign_ids) {recent}
        """
    ).fetchall()
    return {(int(x), int(y)) for x, y in pairs}


def _indexed_candidates(
    duck: duckdb.DuckDBPyConnection, index: bandindex.BandIndex
) -> list[tuple[int, int]]:
    """``band_candidates`` through the band index (see there)."""
    new = duck.execute(
        f"SELECT article_id, band, hash, batch FROM article_bands WHERE batch > {int(index.watermark)}"
        " AND article_id IN (SELECT article_id FROM assign_ids)"
    ).fetchnumpy()
    if len(new["batch"]) == 0:  # no band rows (texts too short or empty): no candidates
        return []
    # The articles' rows are this transaction's own: the batches before theirs are
    # committed and go into the index first (the rows read above all stay after it).
    index.catch_up(duck, below=int(new["batch"].min()))
    at, others = index.lookup(new["hash"], new["band"])
    pairs = {(int(x), int(y)) for x, y in zip(new["article_id"][at], others, strict=True) if x != y}
    return sorted(pairs | _joined_pairs(duck, after=index.watermark))


def candidate_links(
    conn: Connection, index: bandindex.BandIndex | None = None
) -> list[tuple[int, int]]:
    """Pairs (article to assign, other article) that are copies.

    Candidates share a band row (``band_candidates``, through the band ``index`` when
    given): the exact-copy key (band -1, the text hash) or an LSH band. Each is verified
    by ``dedup.is_copy`` on the texts, which accepts exact and truncated copies
    (containment) and rejects independent reports of the same event.
    """
    duck = store.raw(conn)
    links: set[tuple[int, int]] = set()
    pending = band_candidates(duck, index)
    if pending:
        ids = sorted({i for pair in pending for i in pair})
        _register(conn, "text_ids", ids)
        texts = dict(
            duck.execute(
                "SELECT article_id, text FROM articles WHERE article_id IN (SELECT id FROM text_ids)"
            ).fetchall()
        )
        verdicts: dict[tuple[int, int], bool] = {}
        for a, b in pending:
            if a not in texts or b not in texts:  # a stale index entry of a deleted article
                continue
            key = (min(a, b), max(a, b))
            if key not in verdicts:
                verdicts[key] = dedup.is_copy(texts[a], texts[b])
            if verdicts[key]:
                links.add((a, b))
    return sorted(links)


def refresh_stories(conn: Connection, story_ids: Iterable[int]) -> None:
    """Recompute the ``stories`` rows and ``is_canonical`` flags of ``story_ids``."""
    ids = sorted(set(story_ids))
    if not ids:
        return
    duck = store.raw(conn)
    _register(conn, "touched_ids", ids)
    duck.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT id AS story_id FROM touched_ids")
    duck.execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM touched)")
    duck.execute(
        """
        INSERT INTO stories (story_id, canonical_article_id, title, first_seen_at,
                             first_published_at, copies, outlets)
        WITH ranked AS (
            SELECT a.*, row_number() OVER (
                PARTITION BY story_id
                ORDER BY agency IS NULL, published_at NULLS LAST, length(text) DESC, article_id
            ) AS rank
            FROM articles a WHERE story_id IN (SELECT story_id FROM touched)
        )
        SELECT story_id,
               max(article_id) FILTER (WHERE rank = 1),
               max(title) FILTER (WHERE rank = 1),
               min(fetched_at), min(published_at), count(*),
               list_sort(list_distinct(list(coalesce(outlet, source_domain))))
        FROM ranked GROUP BY story_id
        """
    )
    duck.execute(
        """
        UPDATE articles SET is_canonical = (article_id = s.canonical_article_id)
        FROM stories s
        WHERE articles.story_id = s.story_id AND s.story_id IN (SELECT story_id FROM touched)
          AND articles.is_canonical IS DISTINCT FROM (article_id = s.canonical_article_id)
        """
    )
    duck.execute("DROP TABLE touched")


def dissolve(conn: Connection, article_ids: list[int]) -> None:
    """Take ``article_ids`` out of their stories (and drop those stories) so they can be regrouped."""
    duck = store.raw(conn)
    _register(conn, "dissolved_ids", article_ids)
    duck.execute(
        """
        DELETE FROM stories WHERE story_id IN (
            SELECT story_id FROM articles WHERE article_id IN (SELECT id FROM dissolved_ids))
        """
    )
    duck.execute(
        "UPDATE articles SET story_id = NULL, is_canonical = FALSE "
        "WHERE article_id IN (SELECT id FROM dissolved_ids)"
    )


def assign_stories(
    conn: Connection, new_ids: list[int], index: bandindex.BandIndex | None = None
) -> dict[str, int]:
    """Give articles without a story (``new_ids``) their stories, merging where copies link.

    ``index``: the store's band index, usable when every article of ``new_ids`` had its
    bands written in this transaction (see ``band_candidates``).

    Returns counts: ``stories_new`` (stories that did not exist before this load) and
    ``copies_joined`` (new articles that joined a story with other articles).
    """
    if not new_ids:
        return {"stories_new": 0, "copies_joined": 0}
    duck = store.raw(conn)
    _register(conn, "new_ids", new_ids)
    duck.execute("CREATE OR REPLACE TEMP TABLE assign_ids AS SELECT id AS article_id FROM new_ids")
    links = candidate_links(conn, index)
    others = sorted({b for _, b in links})
    story_of: dict[int, int] = {}
    if others:
        _register(conn, "linked_ids", others)
        story_of = dict(
            duck.execute(
                "SELECT article_id, story_id FROM articles "
                "WHERE article_id IN (SELECT id FROM linked_ids) AND story_id IS NOT NULL"
            ).fetchall()
        )
    uf = _UnionFind()
    new_set = set(new_ids)

    def node(article_id: int) -> tuple[str, int]:
        if article_id in new_set or article_id not in story_of:
            return ("a", article_id)
        return ("s", story_of[article_id])

    for article_id in new_ids:
        uf.find(("a", article_id))
    for a, b in links:
        uf.union(node(a), node(b))
    components: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for n in list(uf.parent):
        components.setdefault(uf.find(n), []).append(n)

    old_stories = sorted(
        {sid for members in components.values() for kind, sid in members if kind == "s"}
    )
    members_of_old: dict[int, list[int]] = {}
    if old_stories:
        _register(conn, "old_story_ids", old_stories)
        for aid, sid in duck.execute(
            "SELECT article_id, story_id FROM articles WHERE story_id IN (SELECT id FROM old_story_ids)"
        ).fetchall():
            members_of_old.setdefault(sid, []).append(aid)

    assignments: list[tuple[int, int]] = []
    moved: dict[int, int] = {}  # old story id -> new, for stories that merged or changed id
    stories_new = copies_joined = 0
    for members in components.values():
        articles = [i for kind, i in members if kind == "a"]
        for kind, sid in members:
            if kind == "s":
                articles.extend(members_of_old.get(sid, []))
        story_id = min(articles)
        moved.update({sid: story_id for kind, sid in members if kind == "s" and sid != story_id})
        assignments.extend((aid, story_id) for aid in articles)
        if not any(kind == "s" for kind, _ in members):
            stories_new += 1
        if len(articles) > 1:
            copies_joined += sum(1 for kind, _ in members if kind == "a")
    duck.register(
        "assignments",
        pa.table(
            {
                "article_id": pa.array([a for a, _ in assignments], pa.int64()),
                "story_id": pa.array([s for _, s in assignments], pa.int64()),
            }
        ),
    )
    duck.execute(
        """
        UPDATE articles SET story_id = m.story_id FROM assignments m
        WHERE articles.article_id = m.article_id AND articles.story_id IS DISTINCT FROM m.story_id
        """
    )
    _register(conn, "old_story_ids", old_stories)
    duck.execute("DELETE FROM stories WHERE story_id IN (SELECT id FROM old_story_ids)")
    remap_stories(conn, moved)  # alerts follow their story to its new id
    refresh_stories(conn, {s for _, s in assignments})
    duck.execute("DROP TABLE assign_ids")
    return {"stories_new": stories_new, "copies_joined": copies_joined}
