"""Scale of syndication candidate lookup: the store's band index and scan vs. datasketch vs. brute force.

Run: python benchmarks/dedup/run_scale.py [--small] [--out benchmarks/dedup/RESULTS.md]

Synthetic MinHash signatures (random 32-bit values, as datasketch's affine32
scheme produces) stand in for articles; every tenth new article is a planted
near-copy of a stored one (30% of its signature values changed, Jaccard ~0.7),
so every method must find the same planted pairs. Band hashes come from
``pipeline.dedup.band_hash_matrix`` with the pipeline's BANDS x ROWS; article ids
are scattered over the int64 range as ``store.article_id_for`` scatters them.

Measured, in one run:

1. DuckDB, the store's methods: a file under the temporary directory holding
   ``article_bands`` as the migrations make it (no key; each row with its load
   batch), grown to three store sizes, with the store's band index
   (``pipeline.bandindex``) beside it, brought up to date after each growth (timed,
   with its size on disk). Per batch of new articles, in a fresh connection and a
   fresh index object (each load is a fresh process) and a transaction rolled back
   afterwards: the batch's band rows inserted (as the load step does before the
   lookup), then the candidate lookup timed, by
   - the scan: ``pipeline.stories.band_candidates`` without the index, one hash
     join against every stored band row;
   - the index: ``band_candidates`` with the index (binary searches in its runs,
     plus the join over this batch's own rows); both must return the same pairs.
   Also the index's upkeep: loads of new articles, one after another, each committed
   and then added to the index (``BandIndex.catch_up``, merges included), and the
   worst case, a merge that rewrites the whole index. ART indexes were measured by the
   version of this script in commit 1b5e9a4 (RESULTS.md keeps its figures);
2. datasketch ``MinHashLSH`` (same bands x rows) in memory: build and query time;
3. brute force (estimated Jaccard of each new signature against every stored
   one, vectorized numpy) on a smaller store.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import LeanMinHash, MinHashLSH
from run_quality import machine, write_section

from pipeline import bandindex, dedup, stories

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
SEED = 7
MAX_HASH = 2**32 - 1  # affine32 signature values are below 2**32
PLANT_EVERY = 10  # every tenth new article is a planted near-copy of a stored one
PLANT_CHANGED = 0.3  # share of signature values changed in a planted copy
CHUNK = 50_000  # signatures generated and loaded per step (bounds memory)
CANDIDATE_JACCARD = 0.5  # brute force: report pairs with estimated Jaccard above this
REPEATS = 2  # runs per timed lookup; the fastest counts
NEW_ID_BASE = 2**40  # new articles' ids are drawn from positions past every stored one
SCATTER = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it permutes uint64
# The table as migrations 0003-0005 leave it.
BANDS_DDL = """
    CREATE TABLE article_bands (
        article_id BIGINT NOT NULL, band SMALLINT NOT NULL, hash BIGINT NOT NULL,
        batch BIGINT DEFAULT 0)
"""
IDENTITY = "benchmark"  # the band index's store identity (a synthetic store has no migrations)
UPKEEP_LOADS = 8  # loads in a row whose index upkeep is timed (merges happen among them)

FULL = {
    "stores": (100_000, 300_000, 1_000_000),
    "new": 10_000,
    "batches": (10, 100, 1_000, 10_000),
    "lsh_store": 100_000,
    "brute_store": 20_000,
}
SMALL = {
    "stores": (10_000, 30_000, 100_000),
    "new": 1_000,
    "batches": (1, 10, 100, 1_000),
    "lsh_store": 10_000,
    "brute_store": 5_000,
}


def signatures(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` random signatures (uint64, values below 2**32)."""
    return rng.integers(0, MAX_HASH, size=(n, dedup.NUM_PERM), dtype=np.uint64)


def store_chunks(n: int) -> Iterator[tuple[int, np.ndarray]]:
    """The stored signatures, ``CHUNK`` at a time, reproducibly: (first id, signatures)."""
    for start in range(0, n, CHUNK):
        rng = np.random.default_rng([SEED, 0, start])
        yield start, signatures(rng, min(CHUNK, n - start))


def new_signatures(n: int, plant_from: int) -> tuple[np.ndarray, dict[int, int]]:
    """New signatures with planted near-copies of stored ids below ``plant_from``."""
    rng = np.random.default_rng([SEED, 1, n])  # a stream apart from the store chunks
    sigs = signatures(rng, n)
    planted: dict[int, int] = {}
    stored = dict(store_chunks(plant_from))
    for i in range(0, n, PLANT_EVERY):
        target = int(rng.integers(0, plant_from))
        base = stored[target - target % CHUNK][target % CHUNK].copy()
        changed = rng.random(dedup.NUM_PERM) < PLANT_CHANGED
        base[changed] = rng.integers(0, MAX_HASH, size=int(changed.sum()), dtype=np.uint64)
        sigs[i] = base
        planted[i] = target
    return sigs, planted


def article_ids(positions: np.ndarray) -> np.ndarray:
    """Article ids of articles at ``positions``: distinct, positive, scattered like URL hashes."""
    with np.errstate(over="ignore"):
        return ((positions.astype(np.uint64) * SCATTER) >> np.uint64(1)).astype(np.int64)


def band_table(ids: np.ndarray, sigs: np.ndarray, batch: int = 0) -> pa.Table:
    """Band rows (article_id, band, hash, batch) of the articles ``ids`` as an Arrow table."""
    return pa.table(
        {
            "article_id": np.repeat(ids, dedup.BANDS),
            "band": np.tile(np.arange(dedup.BANDS, dtype=np.int16), len(ids)),
            "hash": dedup.band_hash_matrix(sigs).reshape(-1),
            "batch": np.full(len(ids) * dedup.BANDS, batch, dtype=np.int64),
        }
    )


def timed(fn: Callable[..., T], *args: Any) -> tuple[T, float]:
    """(result, seconds)."""
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def found(pairs: set[tuple[int, int]], planted: dict[int, int]) -> str:
    """How many planted (new, stored) pairs are among ``pairs``."""
    return f"{sum((i, t) in pairs for i, t in planted.items())}/{len(planted)}"


def used_mb(path: Path) -> float:
    """MB of the DuckDB file in use."""
    con = duckdb.connect(str(path), read_only=True)
    row = con.execute(
        "SELECT used_blocks * block_size / 1e6 FROM pragma_database_size()"
    ).fetchone()
    con.close()
    return float(row[0]) if row else 0.0


def dir_mb(path: Path) -> float:
    """MB of the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def index_dir(path: Path) -> Path:
    return path.with_name(path.name + bandindex.SUFFIX)


def load_batch(
    path: Path, rows: pa.Table, ids: np.ndarray, method: str
) -> tuple[float, frozenset[tuple[int, int]]]:
    """One load's candidate lookup by ``method`` ("scan" or "index"): (seconds, pairs).

    A fresh connection; the batch's band rows inserted first, as the load step does,
    and everything rolled back afterwards. The fastest of ``REPEATS`` runs (the
    machine is shared); every run must find the same pairs.
    """
    runs = [_load_batch_once(path, rows, ids, method) for _ in range(REPEATS)]
    if len({pairs for _, pairs in runs}) != 1:
        raise AssertionError(f"{method}: repeated runs found different pairs")
    return min(seconds for seconds, _ in runs), runs[0][1]


def _load_batch_once(
    path: Path, rows: pa.Table, ids: np.ndarray, method: str
) -> tuple[float, frozenset[tuple[int, int]]]:
    """One run of ``load_batch``."""
    con = duckdb.connect(str(path))
    con.register("batch_rows", rows)
    con.register("batch_ids", pa.table({"article_id": ids}))
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO article_bands SELECT article_id, band, hash, ? FROM batch_rows",
        [bandindex.next_batch(con)],
    )
    con.execute("CREATE TEMP TABLE assign_ids AS SELECT article_id FROM batch_ids")
    index = bandindex.BandIndex(index_dir(path), IDENTITY) if method == "index" else None
    pairs, seconds = timed(stories.band_candidates, con, index)
    con.execute("ROLLBACK")
    con.close()
    return seconds, frozenset(pairs)


def index_upkeep(path: Path, rows: pa.Table, loads: int) -> tuple[list[float], float]:
    """The index's upkeep: (seconds per load for ``loads`` loads in a row, worst merge).

    Each load's rows (``rows`` under new article ids) are committed as the next batch
    and the index brought up to date, as the next load does (merges included). The
    worst merge is one that rewrites the whole index: the store's run with the loads'.
    Afterwards the rows are deleted and the index put back as it was.
    """
    directory = index_dir(path)
    saved = directory.with_name(directory.name + ".saved")
    shutil.copytree(directory, saved)
    con = duckdb.connect(str(path))
    first = bandindex.next_batch(con)
    seconds = []
    for n in range(loads):
        ids = pa.array(rows["article_id"].to_numpy() + n + 1)  # fresh ids for each load
        batch_rows = rows.set_column(0, "article_id", ids)  # noqa: F841 -- read by DuckDB
        con.execute(
            "INSERT INTO article_bands SELECT article_id, band, hash, ? FROM batch_rows",
            [first + n],
        )
        index = bandindex.BandIndex(directory, IDENTITY)
        seconds.append(timed(index.catch_up, con, first + n + 1)[1])
    index = bandindex.BandIndex(directory, IDENTITY)
    older, newer = index.runs[0], index.runs[1]  # the store's rows, and the loads'
    out = index._create("run-worst", older.rows + newer.rows)
    arrays = (index._run_arrays(older), index._run_arrays(newer), out)
    worst = timed(bandindex._merge, *arrays)[1]
    con.execute(f"DELETE FROM article_bands WHERE batch >= {first}")
    con.close()
    shutil.rmtree(directory)
    saved.rename(directory)
    return seconds, worst


def grow_store(path: Path, loaded: int, size: int) -> float:
    """Append the stored articles ``loaded .. size - 1`` to the store; return seconds.

    Each chunk is a load batch of its own (batch numbers go on from the last).
    """
    con = duckdb.connect(str(path))
    start_s = time.perf_counter()
    for start, sigs in store_chunks(size):
        skip = max(0, loaded - start)
        if skip < len(sigs):
            ids = article_ids(np.arange(start + skip, start + len(sigs)))
            chunk = band_table(ids, sigs[skip:], bandindex.next_batch(con))  # noqa: F841 -- read by DuckDB's replacement scan
            con.execute("INSERT INTO article_bands SELECT * FROM chunk")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - start_s


def catch_up_index(path: Path) -> float:
    """Bring the index up to date with every committed batch; return seconds."""
    con = duckdb.connect(str(path))
    index = bandindex.BandIndex(index_dir(path), IDENTITY)
    _, seconds = timed(index.catch_up, con, bandindex.next_batch(con))
    con.close()
    return seconds


def duckdb_section(cfg: dict[str, Any], workdir: Path) -> list[str]:
    """The store's scan and its band index, per store size and batch size."""
    path = workdir / "scale.duckdb"
    con = duckdb.connect(str(path))
    con.execute(BANDS_DDL)
    con.close()
    new_sigs, planted = new_signatures(cfg["new"], min(cfg["stores"]))
    new_ids = article_ids(np.arange(NEW_ID_BASE, NEW_ID_BASE + cfg["new"]))
    new_rows = band_table(new_ids, new_sigs)
    planted_ids = {int(new_ids[i]): int(article_ids(np.array([t]))[0]) for i, t in planted.items()}
    costs = [
        "| store articles | band rows | loading them (s) | store MB in use | bringing the "
        "index up to date (s) | index MB on disk | index runs | adding a load of "
        f"{cfg['new']:,} new articles to the index, {UPKEEP_LOADS} loads in a row: mean / "
        "max (s) | a merge rewriting the whole index (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lookups = [
        "| store articles | new articles | scan (s) | band index (s) | per new article: "
        "scan / index (ms) | index / scan | same pairs; planted found |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    loaded = 0
    for size in cfg["stores"]:
        load_s = grow_store(path, loaded, size)
        loaded = size
        sync_s = catch_up_index(path)
        runs = len(bandindex.BandIndex(index_dir(path), IDENTITY).runs)
        upkeep, worst_s = index_upkeep(path, new_rows, UPKEEP_LOADS)
        for b in cfg["batches"]:
            rows, ids = new_rows.slice(0, b * dedup.BANDS), new_ids[:b]
            scan_s, scan_pairs = load_batch(path, rows, ids, "scan")
            index_s, index_pairs = load_batch(path, rows, ids, "index")
            in_batch = set(ids.tolist())
            batch_planted = {n: o for n, o in planted_ids.items() if n in in_batch}
            hits = sum(pair in index_pairs for pair in batch_planted.items())
            lookups.append(
                f"| {size:,} | {b:,} | {scan_s:.3f} | {index_s:.3f} "
                f"| {scan_s / b * 1000:.3f} / {index_s / b * 1000:.3f} | {index_s / scan_s:.3f} "
                f"| {'yes' if index_pairs == scan_pairs else 'NO'}; {hits}/{len(batch_planted)} |"
            )
        costs.append(
            f"| {size:,} | {size * dedup.BANDS:,} | {load_s:.1f} | {used_mb(path):.0f} "
            f"| {sync_s:.1f} | {dir_mb(index_dir(path)):.0f} | {runs} "
            f"| {sum(upkeep) / len(upkeep):.2f} / {max(upkeep):.2f} | {worst_s:.1f} |"
        )
    return [*costs, "", *lookups]


def lsh_section(cfg: dict[str, Any]) -> list[str]:
    """datasketch MinHashLSH in memory with the same bands x rows."""
    size = cfg["lsh_store"]
    new_sigs, planted = new_signatures(cfg["new"], min(size, min(cfg["stores"])))
    lsh = MinHashLSH(num_perm=dedup.NUM_PERM, params=(dedup.BANDS, dedup.ROWS))

    def build() -> None:
        for start, sigs in store_chunks(size):
            for k, sig in enumerate(sigs):
                lsh.insert(
                    start + k, LeanMinHash(seed=dedup.SEED, hashvalues=sig, scheme=dedup.SCHEME)
                )

    def query() -> set[tuple[int, int]]:
        return {
            (i, int(key))
            for i, sig in enumerate(new_sigs)
            for key in lsh.query(LeanMinHash(seed=dedup.SEED, hashvalues=sig, scheme=dedup.SCHEME))
        }

    _, build_s = timed(build)
    pairs, query_s = timed(query)
    return [
        "| store articles | build (s) | query all new (s) | per new article (ms) | planted found |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {size:,} | {build_s:.1f} | {query_s:.2f} | {query_s / cfg['new'] * 1000:.3f} "
        f"| {found(pairs, planted)} |",
    ]


def brute_section(cfg: dict[str, Any]) -> list[str]:
    """Estimated Jaccard of every new signature against every stored one."""
    size = cfg["brute_store"]
    stored = np.concatenate([s for _, s in store_chunks(size)])
    new_sigs, planted = new_signatures(cfg["new"], size)

    def compare() -> set[tuple[int, int]]:
        pairs: set[tuple[int, int]] = set()
        for i, sig in enumerate(new_sigs):
            similar = np.flatnonzero((stored == sig).mean(axis=1) >= CANDIDATE_JACCARD)
            pairs.update((i, int(j)) for j in similar)
        return pairs

    pairs, s = timed(compare)
    per = s / cfg["new"] * 1000
    return [
        "| store articles | all new (s) | per new article (ms) | extrapolated to "
        f"{max(cfg['stores']):,} stored (ms per new article) | planted found |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {size:,} | {s:.2f} | {per:.3f} | {per * max(cfg['stores']) / size:.0f} "
        f"| {found(pairs, planted)} |",
    ]


def main() -> None:
    """Run every section and write them into RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="small sizes for a quick run")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    cfg = SMALL if args.small else FULL
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        duck = duckdb_section(cfg, Path(tmp))
    lsh = lsh_section(cfg)
    brute = brute_section(cfg)
    body = "\n".join(
        [
            f"## Scale (run_scale.py{' --small' if args.small else ''})",
            "",
            machine(),
            "",
            f"{cfg['new']:,} new articles, every {PLANT_EVERY}th a planted near-copy; "
            f"BANDS={dedup.BANDS} x ROWS={dedup.ROWS}.",
            "",
            "### DuckDB band rows (the store's method)",
            "",
            "Each batch: a fresh connection and index object (each load is a fresh "
            "process; the files are in the OS page cache), its band rows inserted, the "
            "lookup timed, rolled back. Scan: `stories.band_candidates` without the "
            "index. Band index: `band_candidates` with `pipeline.bandindex`.",
            "",
            *duck,
            "",
            "### datasketch MinHashLSH, in memory",
            "",
            *lsh,
            "",
            "### Brute force (numpy, estimated Jaccard against every stored signature)",
            "",
            *brute,
            "",
            f"Whole run: {time.perf_counter() - start:.0f} s.",
        ]
    )
    print(body)
    write_section(args.out, "scale-small" if args.small else "scale", body)


if __name__ == "__main__":
    main()
