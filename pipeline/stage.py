"""Staged files between steps: what a feed task hands to the load task.

A run's directory holds, per feed, ``<feed_id>.json`` (the outcome: feed state, counts,
errors) and, when it found new articles, ``<feed_id>.articles.parquet`` and
``<feed_id>.tags.parquet``. Tasks pass these paths, never article bodies.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.int64()),
        ("url", pa.string()),
        ("canonical_url", pa.string()),
        ("source_domain", pa.string()),
        ("outlet", pa.string()),
        ("feed_id", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("description", pa.string()),
        ("author", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("language", pa.string()),
        ("agency", pa.string()),
        ("dateline_place", pa.string()),
        ("text_hash", pa.string()),
        ("bands", pa.list_(pa.int64())),  # LSH band hashes; stored in article_bands
    ]
)
# The staged columns that go into ``articles`` as they are.
ARTICLE_COLUMNS = [c for c in ARTICLE_SCHEMA.names if c != "bands"]
TAG_SCHEMA = pa.schema(
    [
        ("article_id", pa.int64()),
        ("kind", pa.string()),
        ("label", pa.string()),
        ("score", pa.float64()),
        ("evidence", pa.string()),
    ]
)


@dataclass
class FeedWork:
    """What a feed task needs: the feed and its conditional-GET state from the store."""

    feed_id: str
    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None


@dataclass
class FeedOutcome:
    """What happened to one feed in one run; the load step applies it to ``feeds``."""

    feed_id: str
    name: str
    url: str
    attempted_at: str
    ok: bool
    status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    entries_seen: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    articles_path: str | None = None
    tags_path: str | None = None
    # False when the outcome comes from the archive (reprocess): the feed was not fetched now.
    apply_feed_state: bool = True

    def write(self, run_dir: Path) -> Path:
        """Write atomically (temp file + rename) and return the path."""
        path = run_dir / f"{self.feed_id}.json"
        _atomic_write_bytes(path, json.dumps(asdict(self), indent=1).encode("utf-8"))
        return path

    @classmethod
    def read(cls, path: Path | str) -> FeedOutcome:
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_table(rows: list[dict[str, Any]], schema: pa.Schema, path: Path) -> Path:
    """Write rows as Parquet atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, path)
    return path


# Rows are buffered per file and written as one row group when a file has this many, or
# when all buffers together pass BUFFER_BYTES (the largest buffers go first). A Parquet
# writer keeps every row group's metadata until the file closes: one row group per chunk
# and feed made that grow with the run.
ROW_GROUP_ROWS = 256
BUFFER_BYTES = 8 * 1024 * 1024
# Column statistics only for the short key columns: min/max of texts and titles would
# keep up to 8 KiB per column and row group in that metadata, and nothing reads them.
STATISTICS_COLUMNS = ["article_id", "kind", "label"]


def _row_bytes(row: dict[str, Any]) -> int:
    """Roughly what a staged row takes in memory: its strings, plus the dict and the bands."""
    return 3000 + sum(len(v) for v in row.values() if isinstance(v, str))


class StagedWriter:
    """Appends one feed's staged rows chunk by chunk, so memory does not grow with the run.

    Each feed gets ``<feed_id>.articles.parquet`` and ``<feed_id>.tags.parquet``, written
    under temporary names and renamed into place by :meth:`close`. At most about
    BUFFER_BYTES of rows wait in memory for their row group.
    """

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self._writers: dict[tuple[str, str], tuple[pq.ParquetWriter, Path, Path]] = {}
        self._buffers: dict[tuple[str, str], tuple[list[dict[str, Any]], pa.Schema]] = {}
        self._buffer_bytes: dict[tuple[str, str], int] = {}

    def append(
        self, feed_id: str, articles: list[dict[str, Any]], tags: list[dict[str, Any]]
    ) -> None:
        """Add rows of one feed (articles must be non-empty; tags may be empty)."""
        for kind, rows, schema in (
            ("articles", articles, ARTICLE_SCHEMA),
            ("tags", tags, TAG_SCHEMA),
        ):
            key = (feed_id, kind)
            if key not in self._writers:
                final = self.run_dir / f"{feed_id}.{kind}.parquet"
                tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
                self.run_dir.mkdir(parents=True, exist_ok=True)
                statistics = [c for c in STATISTICS_COLUMNS if c in schema.names]
                writer = pq.ParquetWriter(tmp, schema, write_statistics=statistics)
                self._writers[key] = (writer, tmp, final)
            if rows:
                buffered = self._buffers.setdefault(key, ([], schema))[0]
                buffered.extend(rows)
                self._buffer_bytes[key] = self._buffer_bytes.get(key, 0) + sum(
                    _row_bytes(r) for r in rows
                )
                if len(buffered) >= ROW_GROUP_ROWS:
                    self._flush(key)
        if sum(self._buffer_bytes.values()) > BUFFER_BYTES:
            for key in sorted(self._buffer_bytes, key=self._buffer_bytes.__getitem__)[::-1]:
                self._flush(key)
                if sum(self._buffer_bytes.values()) <= BUFFER_BYTES // 2:
                    break

    def _flush(self, key: tuple[str, str]) -> None:
        rows, schema = self._buffers.pop(key)
        self._buffer_bytes.pop(key)
        self._writers[key][0].write_table(pa.Table.from_pylist(rows, schema=schema))

    def close(self) -> dict[str, dict[str, str]]:
        """Finish every file; return, per feed, the paths by kind (``articles``, ``tags``)."""
        for key in list(self._buffers):
            self._flush(key)
        paths: dict[str, dict[str, str]] = {}
        for (feed_id, kind), (writer, tmp, final) in self._writers.items():
            writer.close()
            os.replace(tmp, final)
            paths.setdefault(feed_id, {})[kind] = str(final)
        self._writers.clear()
        return paths


def open_staged(paths: list[str], schema: pa.Schema) -> ds.Dataset:
    """Staged Parquet files as one dataset of ``schema`` (empty when there are none).

    Nothing is read up front: DuckDB scans the files when a query reads the dataset, so
    a load does not hold a second copy of the run's articles in Python.
    """
    return ds.dataset(paths, schema=schema, format="parquet")
