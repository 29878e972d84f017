"""Stories do not depend on arrival order: same partition and ids however copies arrive."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import dedup, store
from pipeline.load import load_run
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome, write_table

TEXTS = [
    "Quetta, Nov 19 (IANS) - A desalination plant in Gwadar began supplying water on Thursday.",
    "Gilgit, Nov 20 (APP): Authorities warned villages in Hunza of a glacial lake outburst.",
    "Karachi's streets flooded after the heaviest rain in a decade, officials said.",
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
    texts=st.lists(st.integers(0, 2), min_size=1, max_size=7),
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
