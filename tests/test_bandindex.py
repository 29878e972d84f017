"""The band index beside the store file: same candidates as the SQL join, and a cache that
heals itself (lost, behind, from another store, from a store restored to a backup)."""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_stories import article, load_batch, snapshot

from pipeline import bandindex, stories


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 3 rows, so reads and merges cross many chunk boundaries."""
    monkeypatch.setattr(bandindex, "CHUNK", 3)


def test_merge_of_two_runs_is_sorted_and_keeps_every_row(small_chunks: None) -> None:
    rng = np.random.default_rng(5)
    runs = []
    for size in (40, 17):
        hashes = np.sort(rng.integers(-6, 6, size))  # many equal hashes across chunk edges
        runs.append((hashes, rng.integers(0, 4, size).astype(np.int16), rng.integers(0, 99, size)))
    out = (np.empty(57, np.int64), np.empty(57, np.int16), np.empty(57, np.int64))
    bandindex._merge(runs[0], runs[1], out)
    assert np.all(np.diff(out[0]) >= 0)
    got = sorted(zip(*(c.tolist() for c in out), strict=True))
    want = sorted(zip(*(np.concatenate(c).tolist() for c in zip(*runs, strict=True)), strict=True))
    assert got == want


def _bands_db(rows: list[tuple[int, int, int, int]], new: set[int]) -> Any:
    duck = duckdb.connect()
    duck.execute(
        "CREATE TABLE article_bands (article_id BIGINT, band SMALLINT, hash BIGINT, batch BIGINT)"
    )
    if rows:
        duck.executemany("INSERT INTO article_bands VALUES (?, ?, ?, ?)", rows)
    duck.register("ids", pa.table({"article_id": pa.array(sorted(new), pa.int64())}))
    duck.execute("CREATE TEMP TABLE assign_ids AS SELECT article_id FROM ids")
    return duck


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 11), st.integers(0, 3), st.integers(-3, 3), st.integers(1, 6)),
        max_size=60,
        unique_by=lambda r: (r[0], r[1]),
    ),
    steps=st.lists(st.integers(1, 6), max_size=4),
    new=st.sets(st.integers(0, 13), max_size=8),
)
def test_property_indexed_candidates_equal_the_join(
    rows: list[tuple[int, int, int, int]], steps: list[int], new: set[int]
) -> None:
    """Any rows in any batches, the index caught up in any steps (runs, merges): the pairs
    for articles whose rows are all newer than the index are the join's pairs."""
    old = bandindex.CHUNK, bandindex.RUN_ROWS
    bandindex.CHUNK, bandindex.RUN_ROWS = 3, 5  # many runs and merges, chunk by chunk
    try:
        with tempfile.TemporaryDirectory() as tmp:
            index = bandindex.BandIndex(Path(tmp) / "idx", "store-1")
            duck = _bands_db(rows, set())
            for below in sorted(steps):
                index.catch_up(duck, below=below)
            stale = {a for a, _, _, batch in rows if batch <= index.watermark}
            duck = _bands_db(rows, new - stale)
            joined = stories.band_candidates(duck)
            assert stories.band_candidates(duck, index) == sorted(joined)
            assert sum(r.rows for r in index.runs) == sum(
                1 for r in rows if r[3] <= index.watermark
            )
            sizes = [r.rows for r in index.runs]  # merged: each run under half the one before
            assert all(newer * 2 < older for older, newer in itertools.pairwise(sizes))
    finally:
        bandindex.CHUNK, bandindex.RUN_ROWS = old


def _index_dir(db: str) -> Path:
    return Path(db + bandindex.SUFFIX)


def _manifest(db: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((_index_dir(db) / bandindex.MANIFEST).read_text())
    return loaded


# Wire stories, reprints, independent reports and short texts, in four loads.
LOADS = [
    [article(0, 3), article(1, 5), article(2, 0)],
    [article(3, 4), article(4, 6), article(5, 0)],
    [article(6, 4), article(7, 3), article(8, 1)],
    [article(9, 5), article(10, 6), article(11, 4)],
]


def _load_all(db: str, run_dir: Path, loads: list[list[dict[str, Any]]], first: int = 0) -> None:
    for n, rows in enumerate(loads, start=first):
        load_batch(db, run_dir, f"r{n}", rows)


def test_loads_through_the_index_make_the_stories_the_join_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexed = str(tmp_path / "indexed.duckdb")
    _load_all(indexed, tmp_path / "a", LOADS)
    manifest = _manifest(indexed)
    assert manifest["watermark"] == 3  # loads 1-3 are in the index; load 4 only in the store
    assert sum(r["rows"] for r in manifest["runs"]) > 0
    with monkeypatch.context() as m:
        m.setattr(bandindex.BandIndex, "open", classmethod(lambda cls, duck: None))
        joined = str(tmp_path / "joined.duckdb")
        _load_all(joined, tmp_path / "b", LOADS)
        assert not _index_dir(joined).exists()
    assert snapshot(indexed) == snapshot(joined)
    assert any(copies > 1 for _, _, copies, _, _ in snapshot(indexed)[1])


@pytest.mark.parametrize("damage", ["deleted", "another_store", "unreadable", "stray_run"])
def test_a_lost_or_foreign_index_is_rebuilt(tmp_path: Path, damage: str) -> None:
    expected = str(tmp_path / "expected.duckdb")
    _load_all(expected, tmp_path / "e", LOADS)
    db = str(tmp_path / "s.duckdb")
    _load_all(db, tmp_path / "s", LOADS[:2])
    index = _index_dir(db)
    if damage == "deleted":
        shutil.rmtree(index)
    elif damage == "another_store":  # a copy of another store's index, with more batches
        shutil.rmtree(index)
        shutil.copytree(_index_dir(expected), index)
    elif damage == "unreadable":
        (index / bandindex.MANIFEST).write_text("{not json")
    else:
        (index / "run-left-by-a-crash.hash.npy").write_bytes(b"partial")
    _load_all(db, tmp_path / "s", LOADS[2:], first=2)
    assert snapshot(db) == snapshot(expected)
    assert _manifest(db)["watermark"] == 3
    assert not (index / "run-left-by-a-crash.hash.npy").exists()
    named = {r["name"] for r in _manifest(db)["runs"]}
    assert {p.name.split(".")[0] for p in index.glob("run-*.npy")} == named


def test_a_store_restored_from_a_backup_drops_an_index_that_is_ahead(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    _load_all(db, tmp_path / "s", LOADS[:1])
    shutil.copy(db, tmp_path / "backup.duckdb")
    _load_all(db, tmp_path / "s", LOADS[1:3], first=1)
    assert _manifest(db)["watermark"] == 2
    shutil.copy(tmp_path / "backup.duckdb", db)  # back to batch 1; the index knows batch 2
    _load_all(db, tmp_path / "s", [LOADS[3]], first=3)
    expected = str(tmp_path / "expected.duckdb")
    _load_all(expected, tmp_path / "e", [LOADS[0], LOADS[3]])
    assert snapshot(db) == snapshot(expected)
    assert _manifest(db)["watermark"] == 1


def test_a_failing_index_falls_back_to_the_join_and_catches_up_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while the index writes: the load goes on (the join), loses nothing,
    and a later load brings the index up to date."""
    expected = str(tmp_path / "expected.duckdb")
    _load_all(expected, tmp_path / "e", LOADS)
    db = str(tmp_path / "s.duckdb")
    _load_all(db, tmp_path / "s", LOADS[:2])

    def full_disk(self: bandindex.BandIndex) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(bandindex.BandIndex, "_save", full_disk)
        _load_all(db, tmp_path / "s", [LOADS[2]], first=2)
    assert _manifest(db)["watermark"] == 1  # what the failed catch-up wrote is not named
    _load_all(db, tmp_path / "s", [LOADS[3]], first=3)
    assert snapshot(db) == snapshot(expected)
    assert _manifest(db)["watermark"] == 3


def test_reclustering_drops_the_index_and_the_next_load_rebuilds_it(tmp_path: Path) -> None:
    """``reprocess --stories`` rewrites every band row: the index's rows all go stale."""
    from pipeline.reprocess import recluster

    db = str(tmp_path / "s.duckdb")
    _load_all(db, tmp_path / "s", LOADS[:3])
    assert _manifest(db)["watermark"] == 2
    recluster(db)
    assert not _index_dir(db).exists()
    _load_all(db, tmp_path / "s", [LOADS[3]], first=3)
    expected = str(tmp_path / "expected.duckdb")
    _load_all(expected, tmp_path / "e", LOADS)
    assert snapshot(db) == snapshot(expected)
    assert _manifest(db)["watermark"] == 4  # the three loads' rows and recluster's batch
