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


# Rows are buffered and written as one row group when there are ROW_GROUP_ROWS of them or
# they pass BUFFER_BYTES, whichever comes first. A Parquet writer keeps every row group's
# metadata (and its own column buffers) until the file closes, so the rows of all of a
# task's feeds go into one file per kind: one writer per feed (hundreds) grew with the run.
ROW_GROUP_ROWS = 1024
BUFFER_BYTES = 8 * 1024 * 1024
# Column statistics only for the short key columns: min/max of texts and titles would
# keep up to 8 KiB per column and row group in that metadata, and nothing reads them.
STATISTICS_COLUMNS = ["article_id", "kind", "label"]


def _row_bytes(row: dict[str, Any]) -> int:
    """Roughly what a staged row takes in memory: its strings, plus the dict and the bands."""
    return 3000 + sum(len(v) for v in row.values() if isinstance(v, str))


class StagedWriter:
    """Appends a task's staged rows chunk by chunk, so memory does not grow with the run.

    Rows of every feed go to ``<part>.articles.parquet`` and ``<part>.tags.parquet``
    (articles carry their feed_id, tags their article_id), written under temporary names
    and renamed into place by :meth:`close`. At most about BUFFER_BYTES of rows per kind
    wait in memory for their row group.
    """

    def __init__(self, run_dir: Path, part: str) -> None:
        self.run_dir = run_dir
        self.part = part
        self._writers: dict[str, tuple[pq.ParquetWriter, Path, Path]] = {}
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._buffer_bytes: dict[str, int] = {}

    def append(self, articles: list[dict[str, Any]], tags: list[dict[str, Any]]) -> None:
        """Add rows (either list may be empty)."""
        for kind, rows in (("articles", articles), ("tags", tags)):
            if not rows:
                continue
            buffered = self._buffers.setdefault(kind, [])
            buffered.extend(rows)
            self._buffer_bytes[kind] = self._buffer_bytes.get(kind, 0) + sum(
                _row_bytes(r) for r in rows
            )
            if len(buffered) >= ROW_GROUP_ROWS or self._buffer_bytes[kind] > BUFFER_BYTES:
                self._flush(kind)

    def _flush(self, kind: str) -> None:
        rows = self._buffers.pop(kind, [])
        self._buffer_bytes.pop(kind, None)
        if not rows:
            return
        schema = ARTICLE_SCHEMA if kind == "articles" else TAG_SCHEMA
        if kind not in self._writers:
            final = self.run_dir / f"{self.part}.{kind}.parquet"
            tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
            self.run_dir.mkdir(parents=True, exist_ok=True)
            statistics = [c for c in STATISTICS_COLUMNS if c in schema.names]
            self._writers[kind] = (
                pq.ParquetWriter(tmp, schema, write_statistics=statistics),
                tmp,
                final,
            )
        self._writers[kind][0].write_table(pa.Table.from_pylist(rows, schema=schema))

    def close(self) -> dict[str, str]:
        """Finish the files; return their paths by kind (``articles``, ``tags``), for the
        kinds that had rows."""
        for kind in list(self._buffers):
            self._flush(kind)
        paths: dict[str, str] = {}
        for kind, (writer, tmp, final) in self._writers.items():
            writer.close()
            os.replace(tmp, final)
            paths[kind] = str(final)
        self._writers.clear()
        return paths


def staged_view(duck: Any, name: str, paths: list[str], schema: pa.Schema) -> None:
    """Make the staged Parquet files ``paths`` readable as temporary view ``name``.

    DuckDB's own Parquet reader scans them when a query reads the view (nothing is read
    up front, and its memory is DuckDB's, released after each query; scanning through
    pyarrow datasets kept growing a load's memory batch after batch). With no files the
    view is empty, with the columns of ``schema``.
    """
    if paths:
        files = ", ".join("'" + p.replace("'", "''") + "'" for p in paths)
        source = f"read_parquet([{files}])"
    else:
        duck.register(f"{name}_empty", schema.empty_table())
        source = f"{name}_empty"
    duck.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM {source}")


def drop_staged_view(duck: Any, name: str) -> None:
    """Drop a view made by :func:`staged_view` (and its empty table, if it had none)."""
    duck.execute(f"DROP VIEW IF EXISTS {name}")
    duck.unregister(f"{name}_empty")
