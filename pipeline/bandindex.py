"""A sorted index of the stored LSH band hashes, kept beside a DuckDB store file.

Why: finding a new article's candidate copies by an SQL join reads every stored band
row (64 an article), so a load's lookup costs what a scan of the store costs (2.9 s a
batch at 1M stored articles, for 10 new articles as for 10,000). DuckDB's own ART
indexes answer lookups but rewrite themselves at every checkpoint (+13 s a load at 1M;
benchmarks/dedup/RESULTS.md). This index is sorted runs of ``(hash, band, article_id)``
in NumPy files, memory-mapped: a lookup is a binary search per band hash of the new
articles, so its cost follows the new articles (and the logarithm of the store).

A cache, never the truth: ``article_bands`` is the truth, and each of its rows carries
the number of the load batch that wrote it (``batch``, increasing with every batch).
The index covers the rows of batches up to its watermark; rows of later batches are
read from the store by batch number, which DuckDB answers from recent row groups only
(zone maps), and are written to the index at the next load, once committed. So a crash
anywhere leaves the index behind, never wrong. An index that belongs to another store
or to a store rolled back to a backup is dropped and rebuilt. Deleted or replaced band
rows may linger in the index: they only add candidates, which are verified on the
texts. Runs merge geometrically (a run merges into the one before it once it holds at
least half as many rows), so there are O(log n) runs and each row is rewritten
O(log n) times, in chunks of bounded memory.

Only a local DuckDB file has an index; a DuckLake store uses the SQL join.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

log = logging.getLogger(__name__)

SUFFIX = ".bands"  # the index of store ``x.duckdb`` is the directory ``x.duckdb.bands``
MANIFEST = "manifest.json"
FORMAT = 1
CHUNK = 1 << 20  # rows read or merged at a time (about 18 MiB a chunk)
RUN_ROWS = 1 << 22  # rows sorted at a time into a new run (about 72 MiB)
PARTS = (("hash", np.int64), ("band", np.int16), ("id", np.int64))  # a run's files


@dataclass(frozen=True)
class _Run:
    name: str
    rows: int


def store_file(duck: Any) -> Path | None:
    """The file of the DuckDB database ``duck`` uses, or None (in memory, DuckLake)."""
    row = duck.execute(
        "SELECT path, type FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    if row is None or not row[0] or row[1] != "duckdb":
        return None
    return Path(row[0])


def store_identity(duck: Any) -> str:
    """What tells this store from another: when its first migration was applied."""
    row = duck.execute("SELECT applied_at FROM schema_migrations WHERE version = 1").fetchone()
    return str(row[0]) if row else ""


def next_batch(duck: Any) -> int:
    """The batch number for band rows written now: one more than any stored.

    DuckDB answers ``max`` from its column statistics (2 ms at 64M rows).
    """
    row = duck.execute("SELECT coalesce(max(batch), 0) + 1 FROM article_bands").fetchone()
    return int(row[0])


class BandIndex:
    """The band index of one store file (see the module docstring)."""

    def __init__(self, directory: Path, identity: str) -> None:
        self.directory = directory
        self.identity = identity
        self.watermark = -1  # every batch up to this one is in the runs
        self.runs: list[_Run] = []
        self._arrays: dict[str, tuple[np.ndarray, ...]] = {}
        manifest = directory / MANIFEST
        if manifest.exists():
            try:
                data = json.loads(manifest.read_text("utf-8"))
                if data.get("format") == FORMAT and data.get("store") == identity:
                    self.watermark = int(data["watermark"])
                    self.runs = [_Run(r["name"], int(r["rows"])) for r in data["runs"]]
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("band index %s unreadable, rebuilding: %s", directory, exc)
        self._remove_strays()

    @classmethod
    def open(cls, duck: Any) -> BandIndex | None:
        """The index of the store ``duck`` is connected to; None when it cannot have one."""
        path = store_file(duck)
        if path is None:
            return None
        try:
            index = cls(path.with_name(path.name + SUFFIX), store_identity(duck))
            if index.watermark >= next_batch(duck):  # the store went back (a restored backup)
                index.reset()
        except OSError as exc:  # a cache: without it the load joins against the store
            log.warning("band index of %s unusable: %s", path, exc)
            return None
        return index

    def reset(self) -> None:
        """Forget every run: the next catch-up rebuilds the index from the store."""
        self.watermark, self.runs, self._arrays = -1, [], {}
        shutil.rmtree(self.directory, ignore_errors=True)

    # -- reading -------------------------------------------------------------------------

    def _run_arrays(self, run: _Run) -> tuple[np.ndarray, ...]:
        """The run's (hash, band, id) arrays, memory-mapped."""
        if run.name not in self._arrays:
            self._arrays[run.name] = tuple(
                np.load(self.directory / f"{run.name}.{part}.npy", mmap_mode="r")
                for part, _ in PARTS
            )
        return self._arrays[run.name]

    def lookup(self, hashes: np.ndarray, bands: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every indexed row with one of the ``(band, hash)`` pairs given.

        Returns (position of the pair in ``hashes``/``bands``, the row's article_id).
        """
        order = np.argsort(hashes, kind="stable")
        probe = np.asarray(hashes, dtype=np.int64)[order]
        probe_bands = np.asarray(bands, dtype=np.int16)[order]
        found_at: list[np.ndarray] = []
        found_ids: list[np.ndarray] = []
        for run in self.runs:
            run_hashes, run_bands, run_ids = self._run_arrays(run)
            lo = np.searchsorted(run_hashes, probe, side="left")
            hi = np.searchsorted(run_hashes, probe, side="right")
            hit = np.flatnonzero(hi > lo)
            if hit.size == 0:
                continue
            reps = (hi - lo)[hit]
            first = np.repeat(np.cumsum(reps) - reps, reps)
            rows = np.repeat(lo[hit], reps) + (np.arange(int(reps.sum())) - first)
            same_band = run_bands[rows] == np.repeat(probe_bands[hit], reps)
            found_at.append(np.repeat(order[hit], reps)[same_band])
            found_ids.append(np.asarray(run_ids[rows[same_band]]))
        if not found_at:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty
        return np.concatenate(found_at), np.concatenate(found_ids)

    # -- writing -------------------------------------------------------------------------

    def catch_up(self, duck: Any, below: int) -> None:
        """Add the stored rows of batches after the watermark and before ``below``.

        Call it inside the transaction that writes batch ``below``: the rows read are of
        committed batches, so what is written here stays true whatever that transaction
        does. Rows are read in insertion order and sorted ``RUN_ROWS`` at a time into
        runs, which merge as usual, so even the first build over a large store holds a
        bounded amount of memory (DuckDB sorting 64M rows at once held 4.5 GiB).
        """
        if below - 1 <= self.watermark:
            return
        reader = duck.execute(
            "SELECT hash, band, article_id FROM article_bands"
            f" WHERE batch > {int(self.watermark)} AND batch < {int(below)}"
        ).to_arrow_reader(CHUNK)
        pending: list[pa.RecordBatch] = []
        for chunk in reader:
            pending.append(chunk)
            if sum(c.num_rows for c in pending) >= RUN_ROWS:
                self._add_run(pa.Table.from_batches(pending))
                pending = []
        if pending:
            self._add_run(pa.Table.from_batches(pending))
        self.watermark = below - 1
        self._save()

    def _add_run(self, rows: pa.Table) -> None:
        """Write ``rows`` (hash, band, article_id) sorted by hash as the newest run; merge."""
        if rows.num_rows == 0:
            return
        columns = [rows.column(i).to_numpy() for i in range(len(PARTS))]
        order = np.argsort(columns[0], kind="stable")
        name = f"run-{uuid.uuid4().hex}"
        out = self._create(name, rows.num_rows)
        for column, array in zip(columns, out, strict=True):
            array[:] = column[order]
        self._finish(out)
        self.runs.append(_Run(name, rows.num_rows))
        self._merge_tail()

    def _create(self, name: str, rows: int) -> tuple[np.ndarray, ...]:
        """A new run's (hash, band, id) files of ``rows`` rows, memory-mapped for writing."""
        self.directory.mkdir(parents=True, exist_ok=True)
        return tuple(
            np.lib.format.open_memmap(
                self.directory / f"{name}.{part}.npy", mode="w+", dtype=dtype, shape=(rows,)
            )
            for part, dtype in PARTS
        )

    @staticmethod
    def _finish(arrays: tuple[np.ndarray, ...]) -> None:
        for array in arrays:
            array.flush()  # type: ignore[attr-defined]

    def _merge_tail(self) -> None:
        """Merge the newest run into the one before while it is at least half its size."""
        while len(self.runs) >= 2 and self.runs[-1].rows * 2 >= self.runs[-2].rows:
            older, newer = self.runs[-2], self.runs[-1]
            name = f"run-{uuid.uuid4().hex}"
            out = self._create(name, older.rows + newer.rows)
            _merge(self._run_arrays(older), self._run_arrays(newer), out)
            self._finish(out)
            self.runs[-2:] = [_Run(name, older.rows + newer.rows)]
            for run in (older, newer):
                self._arrays.pop(run.name, None)

    def _save(self) -> None:
        """Write the manifest atomically, then delete the files it no longer names."""
        data = {
            "format": FORMAT,
            "store": self.identity,
            "watermark": self.watermark,
            "runs": [{"name": r.name, "rows": r.rows} for r in self.runs],
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.directory / f"{MANIFEST}.tmp"
        tmp.write_text(json.dumps(data), "utf-8")
        os.replace(tmp, self.directory / MANIFEST)
        self._remove_strays()

    def _remove_strays(self) -> None:
        """Delete run files the manifest does not name (left by a crash or a merge)."""
        if not self.directory.is_dir():
            return
        keep = {r.name for r in self.runs}
        for path in self.directory.glob("run-*.npy"):
            if path.name.split(".", 1)[0] not in keep:
                path.unlink(missing_ok=True)


def _merge(
    a: tuple[np.ndarray, ...], b: tuple[np.ndarray, ...], out: tuple[np.ndarray, ...]
) -> None:
    """Merge runs ``a`` and ``b`` (sorted by hash) into ``out``, a chunk of each at a time."""
    a_hash, b_hash = a[0], b[0]
    i = j = at = 0

    def put(parts: list[tuple[np.ndarray, ...]]) -> None:
        nonlocal at
        columns = [np.concatenate([part[c] for part in parts]) for c in range(len(out))]
        order = np.argsort(columns[0], kind="stable")
        for column, array in zip(columns, out, strict=True):
            array[at : at + len(order)] = column[order]
        at += len(order)

    while i < len(a_hash) or j < len(b_hash):
        if j == len(b_hash):  # b is done: the rest of a, a chunk at a time
            put([tuple(col[i : i + CHUNK] for col in a)])
            i = min(i + CHUNK, len(a_hash))
        elif i == len(a_hash):
            put([tuple(col[j : j + CHUNK] for col in b)])
            j = min(j + CHUNK, len(b_hash))
        else:
            # Everything up to the smaller of the two chunks' last hashes: at least one
            # run advances, and neither gives more than a chunk (plus rows equal to it).
            bound = min(
                a_hash[min(i + CHUNK, len(a_hash)) - 1], b_hash[min(j + CHUNK, len(b_hash)) - 1]
            )
            i2 = int(np.searchsorted(a_hash, bound, side="right"))
            j2 = int(np.searchsorted(b_hash, bound, side="right"))
            put([tuple(col[i:i2] for col in a), tuple(col[j:j2] for col in b)])
            i, j = i2, j2
