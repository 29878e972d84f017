"""Stories: each article's story is the connected component of its copies.

Two articles are linked when one is a copy of the other: the same normalized text, or
a near copy found through LSH bands and verified on the texts (``candidate_links``). A story's id is the smallest
article_id among its articles, so the stories do not depend on the order in which
copies arrive. The story's canonical article is the wire copy when an agency is known,
else the earliest published.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa
from sqlalchemy.engine import Connection

from pipeline import dedup, store
from pipeline.alerts import remap_stories


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


def band_candidates(duck: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """Pairs (article in ``assign_ids``, other article) that share a ``(band, hash)`` row.

    One hash join against every stored band row: a scan of ``article_bands`` per load,
    so its cost grows with the store, not with the load (in a fresh process, 0.3 s at
    100,000 stored articles and 2.9 s at 1M, for 10 or 10,000 new ones alike). ART
    indexes on ``hash`` and ``article_id`` looked up with ``IN (...)`` lists were
    measured instead and not adopted: their lookups win only for loads of up to ~100
    new articles at 1M, and their upkeep slows every load's commit (+13 s for 10,000
    new articles at 1M) and makes the store 2.4 times larger
    (benchmarks/dedup/RESULTS.md, "Scale").
    """
    pairs = duck.execute(
        """
        SELECT DISTINCT nb.article_id, ob.article_id
        FROM article_bands nb JOIN assign_ids USING (article_id)
        JOIN article_bands ob ON ob.band = nb.band AND ob.hash = nb.hash
                             AND ob.article_id <> nb.article_id
        """
    ).fetchall()
    return [(int(a), int(b)) for a, b in pairs]


def candidate_links(conn: Connection) -> list[tuple[int, int]]:
    """Pairs (article to assign, other article) that are copies.

    Exact copies share the hash of their normalized text. Near copies share at least one
    LSH band (``band_candidates``, an SQL join against every stored article) and pass
    ``dedup.is_copy`` on their texts, which accepts truncated copies (containment) and
    rejects independent reports of the same event.
    """
    duck = store.raw(conn)
    exact = duck.execute(
        """
        SELECT n.article_id, a.article_id
        FROM articles n JOIN assign_ids USING (article_id)
        JOIN articles a ON a.text_hash = n.text_hash AND a.article_id <> n.article_id
        """
    ).fetchall()
    links = {(int(a), int(b)) for a, b in exact}
    pending = [pair for pair in band_candidates(duck) if pair not in links]
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


def assign_stories(conn: Connection, new_ids: list[int]) -> dict[str, int]:
    """Give articles without a story (``new_ids``) their stories, merging where copies link.

    Returns counts: ``stories_new`` (stories that did not exist before this load) and
    ``copies_joined`` (new articles that joined a story with other articles).
    """
    if not new_ids:
        return {"stories_new": 0, "copies_joined": 0}
    duck = store.raw(conn)
    _register(conn, "new_ids", new_ids)
    duck.execute("CREATE OR REPLACE TEMP TABLE assign_ids AS SELECT id AS article_id FROM new_ids")
    links = candidate_links(conn)
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
