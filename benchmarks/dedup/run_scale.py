"""Scale of syndication candidate lookup: DuckDB band rows vs. datasketch vs. brute force.

Run: python benchmarks/dedup/run_scale.py [--small] [--out benchmarks/dedup/RESULTS.md]

Synthetic MinHash signatures (random 32-bit values, as datasketch's affine32
scheme produces) stand in for articles; every tenth new article is a planted
near-copy of a stored one (30% of its signature values changed, Jaccard ~0.7),
so every method must find the same planted pairs. Band hashes come from
``pipeline.dedup.band_hash_matrix`` with the pipeline's BANDS x ROWS; article ids
are scattered over the int64 range as ``store.article_id_for`` scatters them.

Measured, in one run:

1. DuckDB, the store's method: a file under the temporary directory holding
   ``article_bands`` as migration 0003 makes it (primary key (article_id, band);
   no foreign key, a synthetic store has no article rows), at three store sizes.
   Per batch of new articles, in a fresh connection (each load is a fresh
   process) and a transaction rolled back afterwards: the batch's band rows
   inserted (as the load step does before the lookup), then the candidate
   lookup timed, by
   - the scan: ``pipeline.stories.band_candidates``, one hash join against
     every stored band row (what the store does);
   - ART index lookups (an experiment, not in the store): indexes on ``hash``
     and ``article_id`` built on the existing store, the new articles' rows and
     then their hashes looked up with literal ``IN (...)`` lists (which DuckDB
     answers by index scans), the same join over the rows found; both must
     return the same pairs.
   Also the indexes' cost: build time, MB in use, and inserting and committing
   a load of new articles' band rows with and without them;
2. datasketch ``MinHashLSH`` (same bands x rows) in memory: build and query time;
3. brute force (estimated Jaccard of each new signature against every stored
   one, vectorized numpy) on a smaller store.
"""

from __future__ import annotations

import argparse
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

from pipeline import dedup, stories

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
# Migration 0003's table without its foreign key (a synthetic store has no articles).
BANDS_DDL = """
    CREATE TABLE article_bands (
        article_id BIGINT NOT NULL, band SMALLINT NOT NULL, hash BIGINT NOT NULL,
        PRIMARY KEY (article_id, band))
"""
# The experiment's indexes. A new article's rows need their own index: DuckDB scans by
# index only with one-column indexes, so the primary key (article_id, band) cannot serve.
ART_INDEXES = """
    CREATE INDEX article_bands_hash ON article_bands (hash);
    CREATE INDEX article_bands_article ON article_bands (article_id);
"""
# Values per IN list: DuckDB uses the index only while fewer than max(2048, 0.1% of the
# table) rows match; 1024 hashes match ~1024 rows, 16 article ids 1024 band rows.
HASH_CHUNK = 1024
ARTICLE_CHUNK = HASH_CHUNK // dedup.BANDS

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


def band_table(ids: np.ndarray, sigs: np.ndarray) -> pa.Table:
    """Band rows (article_id, band, hash) of the articles ``ids`` as an Arrow table."""
    return pa.table(
        {
            "article_id": np.repeat(ids, dedup.BANDS),
            "band": np.tile(np.arange(dedup.BANDS, dtype=np.int16), len(ids)),
            "hash": dedup.band_hash_matrix(sigs).reshape(-1),
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
    """MB of the DuckDB file in use (blocks freed by dropped indexes not counted)."""
    con = duckdb.connect(str(path), read_only=True)
    row = con.execute(
        "SELECT used_blocks * block_size / 1e6 FROM pragma_database_size()"
    ).fetchone()
    con.close()
    return float(row[0]) if row else 0.0


def lookup(con: duckdb.DuckDBPyConnection, column: str, values: list[int], chunk: int) -> pa.Table:
    """Band rows whose ``column`` is one of ``values`` (not empty): literal IN lists, ``chunk`` a query."""
    return pa.concat_tables(
        con.execute(
            f"SELECT article_id, band, hash FROM article_bands WHERE {column} IN "
            f"({','.join(str(v) for v in values[i : i + chunk])})"
        ).to_arrow_table()
        for i in range(0, len(values), chunk)
    )


def index_candidates(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """``band_candidates`` by ART lookups: the same join, over the rows the indexes find."""
    ids = [i for (i,) in con.execute("SELECT article_id FROM assign_ids").fetchall()]
    new_rows = lookup(con, "article_id", ids, ARTICLE_CHUNK)
    con.register("new_rows", new_rows)
    con.register(
        "hit_rows", lookup(con, "hash", sorted(set(new_rows["hash"].to_pylist())), HASH_CHUNK)
    )
    pairs = con.execute(
        """
        SELECT DISTINCT nb.article_id, ob.article_id
        FROM new_rows nb JOIN hit_rows ob ON ob.band = nb.band AND ob.hash = nb.hash
                                         AND ob.article_id <> nb.article_id
        """
    ).fetchall()
    return [(int(a), int(b)) for a, b in pairs]


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
    con.execute("INSERT INTO article_bands SELECT * FROM batch_rows")
    con.execute("CREATE TEMP TABLE assign_ids AS SELECT article_id FROM batch_ids")
    find = stories.band_candidates if method == "scan" else index_candidates
    pairs, seconds = timed(find, con)
    con.execute("ROLLBACK")
    con.close()
    return seconds, frozenset(pairs)


def insert_committed(path: Path, rows: pa.Table) -> float:
    """Seconds to insert and commit ``rows`` in a fresh connection (deleted again after)."""
    con = duckdb.connect(str(path))
    con.register("batch_rows", rows)
    _, insert_s = timed(con.execute, "INSERT INTO article_bands SELECT * FROM batch_rows")
    con.execute(
        "DELETE FROM article_bands WHERE article_id IN (SELECT DISTINCT article_id FROM batch_rows)"
    )
    con.close()
    return insert_s


def grow_store(path: Path, loaded: int, size: int) -> float:
    """Append the stored articles ``loaded .. size - 1`` to the store; return seconds."""
    con = duckdb.connect(str(path))
    start_s = time.perf_counter()
    for start, sigs in store_chunks(size):
        skip = max(0, loaded - start)
        if skip < len(sigs):
            ids = article_ids(np.arange(start + skip, start + len(sigs)))
            chunk = band_table(ids, sigs[skip:])  # noqa: F841 -- read by DuckDB's replacement scan
            con.execute("INSERT INTO article_bands SELECT * FROM chunk")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - start_s


def set_indexes(path: Path, *, on: bool) -> float:
    """Build the experiment's ART indexes on the store (or drop them); return seconds."""
    con = duckdb.connect(str(path))
    start_s = time.perf_counter()
    if on:
        con.execute(ART_INDEXES)
    else:
        for (name,) in con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'article_bands'"
        ).fetchall():
            con.execute(f"DROP INDEX {name}")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - start_s


def duckdb_section(cfg: dict[str, Any], workdir: Path) -> list[str]:
    """The store's scan and the ART experiment, per store size and batch size."""
    path = workdir / "scale.duckdb"
    con = duckdb.connect(str(path))
    con.execute(BANDS_DDL)
    con.close()
    new_sigs, planted = new_signatures(cfg["new"], min(cfg["stores"]))
    new_ids = article_ids(np.arange(NEW_ID_BASE, NEW_ID_BASE + cfg["new"]))
    new_rows = band_table(new_ids, new_sigs)
    planted_ids = {int(new_ids[i]): int(article_ids(np.array([t]))[0]) for i, t in planted.items()}
    costs = [
        "| store articles | band rows | loading them (s) | MB in use | building the ART "
        "indexes (s) | MB in use with them | inserting and committing "
        f"{cfg['new']:,} new articles' band rows: without / with the indexes (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lookups = [
        "| store articles | new articles | scan (s) | ART lookups (s) | per new article: "
        "scan / ART (ms) | inserting and committing the load: without / with the ART "
        "indexes (s) | same pairs; planted found |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    loaded = 0
    for size in cfg["stores"]:
        load_s = grow_store(path, loaded, size)
        loaded, plain_mb = size, used_mb(path)
        batches = {b: (new_rows.slice(0, b * dedup.BANDS), new_ids[:b]) for b in cfg["batches"]}
        plain = {b: insert_committed(path, batches[b][0]) for b in cfg["batches"]}
        scans = {b: load_batch(path, *batches[b], "scan") for b in cfg["batches"]}
        index_s = set_indexes(path, on=True)
        indexed_mb = used_mb(path)
        indexed = {b: insert_committed(path, batches[b][0]) for b in cfg["batches"]}
        for b in cfg["batches"]:
            art_s, art_pairs = load_batch(path, *batches[b], "index")
            scan_s, scan_pairs = scans[b]
            in_batch = set(new_ids[:b].tolist())
            batch_planted = {n: o for n, o in planted_ids.items() if n in in_batch}
            hits = sum(pair in scan_pairs for pair in batch_planted.items())
            lookups.append(
                f"| {size:,} | {b:,} | {scan_s:.3f} | {art_s:.3f} "
                f"| {scan_s / b * 1000:.3f} / {art_s / b * 1000:.3f} "
                f"| {plain[b]:.2f} / {indexed[b]:.2f} "
                f"| {'yes' if art_pairs == scan_pairs else 'NO'}; {hits}/{len(batch_planted)} |"
            )
        costs.append(
            f"| {size:,} | {size * dedup.BANDS:,} | {load_s:.1f} | {plain_mb:.0f} "
            f"| {index_s:.1f} | {indexed_mb:.0f} | {plain[cfg['new']]:.2f} / {indexed[cfg['new']]:.2f} |"
        )
        set_indexes(path, on=False)  # the next size builds them again on the grown store
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
            "Each batch: a fresh connection (each load is a fresh process; the file is in "
            "the OS page cache), its band rows inserted, the lookup timed, rolled back. "
            "Scan: `stories.band_candidates`, the store's method. ART lookups: the "
            "experiment (indexes on `hash` and `article_id`, literal `IN` lists).",
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
