"""Scale of syndication candidate lookup: DuckDB band rows vs. datasketch vs. brute force.

Run: python benchmarks/dedup/run_scale.py [--small] [--out benchmarks/dedup/RESULTS.md]

Synthetic MinHash signatures (random 32-bit values, as datasketch's affine32
scheme produces) stand in for articles; every tenth new article is a planted
near-copy of a stored one (30% of its signature values changed, Jaccard ~0.7),
so every method must find the same planted pairs. Band hashes come from
``pipeline.dedup.band_hash_matrix`` with the pipeline's BANDS x ROWS.

Measured, in one run:

1. DuckDB (file on disk, ``article_bands(article_id, band, hash)`` with an ART
   index on ``hash``), at three store sizes with the same new articles:
   - batch: all new articles' band rows in a table, one hash join (DuckDB has no
     index join: the join scans the store once, whatever the batch size);
   - per article: one ``WHERE hash IN (<its BANDS hashes>)`` query per new
     article, which DuckDB answers from the ART index (the band index is mixed
     into ``hash``, so ``hash`` alone is selective);
   - the batch join at several batch sizes on the largest store;
2. datasketch ``MinHashLSH`` (same bands x rows) in memory: build and query time;
3. brute force (estimated Jaccard of each new signature against every stored
   one, vectorized numpy) on a smaller store.
"""

from __future__ import annotations

import argparse
import statistics
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

from pipeline import dedup

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
SEED = 7
MAX_HASH = 2**32 - 1  # affine32 signature values are below 2**32
PLANT_EVERY = 10  # every tenth new article is a near-copy of a stored one
PLANT_CHANGED = 0.3  # share of signature values changed in a planted copy
CHUNK = 50_000  # signatures generated and loaded per step (bounds memory)
PER_ARTICLE_SAMPLE = 200  # new articles timed one query at a time
CANDIDATE_JACCARD = 0.5  # brute force: report pairs with estimated Jaccard above this

FULL = {
    "stores": (100_000, 300_000, 1_000_000),
    "new": 10_000,
    "lsh_store": 100_000,
    "brute_store": 20_000,
    "batches": (100, 1_000, 10_000),
}
SMALL = {
    "stores": (10_000, 30_000, 100_000),
    "new": 1_000,
    "lsh_store": 10_000,
    "brute_store": 5_000,
    "batches": (100, 1_000),
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


def band_table(first_id: int, sigs: np.ndarray) -> pa.Table:
    """Band rows (article_id, band, hash) of consecutive articles as an Arrow table."""
    hashes = dedup.band_hash_matrix(sigs)
    n = len(sigs)
    return pa.table(
        {
            "article_id": np.repeat(np.arange(first_id, first_id + n, dtype=np.int64), dedup.BANDS),
            "band": np.tile(np.arange(dedup.BANDS, dtype=np.int16), n),
            "hash": hashes.reshape(-1),
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


def duckdb_section(cfg: dict[str, Any], workdir: Path) -> list[str]:
    """Batch and per-article candidate lookup at each store size."""
    con = duckdb.connect(str(workdir / "scale.duckdb"))
    largest = max(cfg["stores"])
    t0 = time.perf_counter()
    con.execute("CREATE TABLE staged(article_id BIGINT, band SMALLINT, hash BIGINT)")
    for start, sigs in store_chunks(largest):
        chunk = band_table(start, sigs)  # noqa: F841 -- read by DuckDB's replacement scan
        con.execute("INSERT INTO staged SELECT * FROM chunk")
    gen = time.perf_counter() - t0
    new_sigs, planted = new_signatures(cfg["new"], min(cfg["stores"]))
    new_rows = band_table(0, new_sigs)  # noqa: F841 -- read by DuckDB's replacement scan
    con.execute("CREATE TABLE new_bands AS SELECT * FROM new_rows")
    new_hashes = dedup.band_hash_matrix(new_sigs)
    sample = range(0, cfg["new"], max(1, cfg["new"] // PER_ARTICLE_SAMPLE))
    join = """
        SELECT DISTINCT n.article_id, s.article_id
        FROM new_bands n JOIN article_bands s ON s.hash = n.hash AND s.band = n.band
        WHERE n.article_id < ?
    """
    per_article_sql = "SELECT DISTINCT article_id FROM article_bands WHERE hash IN ({})"
    lines = [
        f"Store rows: {dedup.BANDS} band rows per article; generating and loading "
        f"{largest:,} articles' rows took {gen:.1f} s.",
        "",
        "| store articles | band rows | ART index build (s) | file MB | batch join, "
        f"{cfg['new']:,} new (s) | per new article, batch (ms) | per new article, "
        f"one indexed query each, {len(sample)} sampled: median / p95 (ms) "
        "| planted found: batch / sampled |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in cfg["stores"]:
        con.execute("DROP TABLE IF EXISTS article_bands")
        con.execute(f"CREATE TABLE article_bands AS SELECT * FROM staged WHERE article_id < {size}")
        _, index_s = timed(con.execute, "CREATE INDEX article_bands_hash ON article_bands(hash)")
        con.execute("CHECKPOINT")
        con.execute(join, [1]).fetchall()  # warm the cache
        pairs, batch_s = timed(lambda: set(con.execute(join, [cfg["new"]]).fetchall()))
        times, hits = [], 0
        for i in sample:
            values = ",".join(str(int(h)) for h in new_hashes[i])
            rows, s = timed(lambda v=values: con.execute(per_article_sql.format(v)).fetchall())
            times.append(s * 1000)
            hits += i in planted and (planted[i],) in rows
        size_mb = con.execute(
            "SELECT sum(total_blocks * block_size) / 1e6 FROM pragma_database_size()"
        ).fetchone()
        lines.append(
            f"| {size:,} | {size * dedup.BANDS:,} | {index_s:.1f} "
            f"| {size_mb[0] if size_mb else 0:.0f}"
            f" | {batch_s:.2f} | {batch_s / cfg['new'] * 1000:.3f} "
            f"| {statistics.median(times):.2f} / {np.percentile(times, 95):.2f} "
            f"| {found(pairs, planted)} / {hits}/{sum(i in planted for i in sample)} |"
        )
    lines += [
        "",
        f"Batch size on the largest store ({largest:,} articles):",
        "",
        "| new articles in the batch | join (s) | per new article (ms) |",
        "| ---: | ---: | ---: |",
    ]
    for batch in cfg["batches"]:
        _, s = timed(lambda b=batch: con.execute(join, [b]).fetchall())
        lines.append(f"| {batch:,} | {s:.3f} | {s / batch * 1000:.3f} |")
    con.close()
    return lines


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
