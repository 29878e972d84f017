"""Stories do not depend on arrival order: same partition and ids however copies arrive.

Band candidates (``stories.band_candidates``) are exactly the pairs sharing a band row.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_dedup import INDEPENDENT, REPRINT, UNRELATED, WIRE

from pipeline import dedup, store, stories
from pipeline.load import load_run
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome, write_table

# 0-2: too short for bands (exact copies only); 3-6: long enough for LSH bands, with a
# wire story and its trimmed reprint (copies), another outlet's report of the same
# event (a band candidate at most, not a copy) and an unrelated text.
TEXTS = [
    "Quetta, Nov 19 (IANS) - A desalination plant in Gwadar began supplying water on Thursday.",
    "Gilgit, Nov 20 (APP): Authorities warned villages in Hunza of a glacial lake outburst.",
    "Karachi's streets flooded after the heaviest rain in a decade, officials said.",
    WIRE,
    REPRINT,
    INDEPENDENT,
    UNRELATED,
]
BASE = datetime(2026, 11, 20, tzinfo=UTC)


def article(n: int, text_index: int) -> dict[str, Any]:
    url = f"http://outlet{n % 4}.example/story/{n}"
    return {
        "article_id": store.article_id_for(url),
        "url": url,
        "canonical_url": url,
        "source_domain": f"outlet{n % 4}.example",
        "outlet": f"Outlet {n % 4}",
        "feed_id": f"f{n % 4}",
        "title": f"Headline {n}",
        "text": TEXTS[text_index],
        "description": None,
        "author": None,
        "published_at": BASE + timedelta(hours=n),
        "fetched_at": BASE + timedelta(days=1),
        "language": "en",
        "agency": "IANS" if text_index == 0 and n % 2 else None,
        "dateline_place": None,
        "text_hash": dedup.text_hash(TEXTS[text_index]),
        "bands": dedup.text_bands(TEXTS[text_index]),
    }


def load_batch(db: str, run_dir: Path, run_id: str, rows: list[dict[str, Any]]) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    outcome = FeedOutcome("f", "F", "http://outlet.example/feed", BASE.isoformat(), ok=True)
    outcome.articles_path = str(
        write_table(rows, ARTICLE_SCHEMA, run_dir / f"{run_id}.articles.parquet")
    )
    outcome.tags_path = str(write_table([], TAG_SCHEMA, run_dir / f"{run_id}.tags.parquet"))
    outcome.feed_id = run_id
    load_run(db, run_id, [str(outcome.write(run_dir))])


def snapshot(db: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with store.connect(db, read_only=True) as conn:
        arts = conn.exec_driver_sql(
            "SELECT article_id, story_id, is_canonical FROM articles ORDER BY article_id"
        ).fetchall()
        stories = conn.exec_driver_sql(
            "SELECT story_id, canonical_article_id, copies, outlets, first_seen_at FROM stories ORDER BY story_id"
        ).fetchall()
    return arts, stories


def test_exact_copies_form_one_story_with_every_outlet(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    load_batch(db, tmp_path, "r1", [article(n, 0) for n in range(4)] + [article(9, 2)])
    _, stories = snapshot(db)
    assert sorted(s[2] for s in stories) == [1, 4]
    wire = next(s for s in stories if s[2] == 4)
    assert wire[3] == ["Outlet 0", "Outlet 1", "Outlet 2", "Outlet 3"]
    # canonical: an agency-attributed copy (odd n), the earliest published of those
    assert wire[1] == article(1, 0)["article_id"]


def test_a_then_b_equals_b_then_a_equals_both(tmp_path: Path) -> None:
    a = [article(0, 0), article(1, 1)]
    b = [article(2, 0), article(3, 1), article(4, 2)]
    results = []
    for name, batches in {"ab": [a, b], "ba": [b, a], "both": [a + b]}.items():
        db = str(tmp_path / f"{name}.duckdb")
        for i, batch in enumerate(batches):
            load_batch(db, tmp_path / name, f"r{i}", batch)
        results.append(snapshot(db)[0])
    assert results[0] == results[1] == results[2]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(st.integers(0, len(TEXTS) - 1), min_size=1, max_size=7),
    cut=st.integers(0, 7),
    seed=st.randoms(use_true_random=False),
)
def test_property_order_independent(tmp_path: Path, texts: list[int], cut: int, seed: Any) -> None:
    rows = [article(n, t) for n, t in enumerate(texts)]
    shuffled = rows[:]
    seed.shuffle(shuffled)
    example_dir = Path(tempfile.mkdtemp(dir=tmp_path))  # tmp_path is shared by all examples
    snaps = []
    for n, batches in enumerate(([rows], [shuffled[:cut], shuffled[cut:]])):
        db = str(example_dir / f"p{n}.duckdb")
        for i, batch in enumerate(batches):
            if batch:
                load_batch(db, Path(db).with_suffix(""), f"r{i}", batch)
        snaps.append(snapshot(db))
    assert snaps[0][0] == snaps[1][0]
    assert [s[:4] for s in snaps[0][1]] == [s[:4] for s in snaps[1][1]]


def test_loading_the_same_run_twice_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    rows = [article(n, n % 3) for n in range(5)]
    load_batch(db, tmp_path, "r1", rows)
    first = snapshot(db)
    load_batch(db, tmp_path, "r1", rows)
    load_batch(db, tmp_path, "r2", rows)
    assert snapshot(db) == first


def test_a_trimmed_reprint_joins_the_wire_story_and_another_outlets_report_does_not(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "s.duckdb")
    load_batch(db, tmp_path, "r1", [article(0, 3), article(1, 5)])
    load_batch(db, tmp_path, "r2", [article(2, 4), article(3, 6)])
    arts, _ = snapshot(db)
    story = {aid: sid for aid, sid, _ in arts}
    ids = [article(n, t)["article_id"] for n, t in ((0, 3), (1, 5), (2, 4), (3, 6))]
    assert story[ids[2]] == story[ids[0]]  # the reprint, through a band candidate
    assert len({story[ids[0]], story[ids[1]], story[ids[3]]}) == 3


def test_band_candidates_pair_new_articles_with_new_and_stored_ones(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    stored = [article(n, t) for n, t in enumerate((3, 5, 6, 0))]
    new = [article(n, t) for n, t in enumerate((4, 4, 6, 1), start=10)]
    load_batch(db, tmp_path, "r1", stored)
    load_batch(db, tmp_path, "r2", new)
    new_ids = [r["article_id"] for r in new] + [stored[0]["article_id"]]  # a regrouped one too
    with store.connect(db, read_only=True) as conn:
        duck = store.raw(conn)
        duck.register("ids", pa.table({"article_id": pa.array(new_ids, pa.int64())}))
        duck.execute("CREATE TEMP TABLE assign_ids AS SELECT article_id FROM ids")
        pairs = set(stories.band_candidates(duck))
    wire, unrelated = stored[0]["article_id"], stored[2]["article_id"]
    reprints = [r["article_id"] for r in new[:2]]
    assert {(reprints[0], wire), (reprints[0], reprints[1])} <= pairs  # new-old, new-new
    assert (wire, reprints[0]) in pairs  # the regrouped stored article's side
    assert (new[2]["article_id"], unrelated) in pairs  # an exact copy shares every band
    assert not any(new[3]["article_id"] in pair for pair in pairs)  # too short: no bands


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 3), st.integers(-3, 3)),
        max_size=60,
        unique_by=lambda r: (r[0], r[1]),
    ),
    new=st.sets(st.integers(0, 13), max_size=8),
)
def test_property_band_candidates_are_the_pairs_sharing_a_band_row(
    rows: list[tuple[int, int, int]], new: set[int]
) -> None:
    """Any band rows, equal hashes in different bands included (those are no match)."""
    duck = duckdb.connect()
    duck.execute(
        "CREATE TABLE article_bands (article_id BIGINT NOT NULL, band SMALLINT NOT NULL, "
        "hash BIGINT NOT NULL, PRIMARY KEY (article_id, band))"
    )
    if rows:
        duck.executemany("INSERT INTO article_bands VALUES (?, ?, ?)", rows)
    duck.execute("CREATE TEMP TABLE assign_ids (article_id BIGINT)")
    if new:
        duck.executemany("INSERT INTO assign_ids VALUES (?)", [(i,) for i in new])
    expected = {
        (a, b)
        for a, band_a, hash_a in rows
        for b, band_b, hash_b in rows
        if a in new and a != b and (band_a, hash_a) == (band_b, hash_b)
    }
    found = stories.band_candidates(duck)
    assert sorted(found) == sorted(expected)
    assert len(found) == len(expected)  # each pair once
