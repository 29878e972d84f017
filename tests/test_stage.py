"""Staged Parquet files: rows appended a few at a time land in few row groups, all of them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pipeline import stage
from pipeline.stage import ARTICLE_SCHEMA, StagedWriter


def article(n: int, text_chars: int = 2000) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ARTICLE_SCHEMA.names)
    row.update(
        article_id=n,
        url=f"http://t.example/{n}",
        canonical_url=f"http://t.example/{n}",
        feed_id="f",
        title=f"Story {n}",
        text=f"{n} " + "x" * text_chars,
        fetched_at=datetime(2026, 11, 30, tzinfo=UTC),
        bands=[n, n + 1],
    )
    return row


def test_rows_appended_one_at_a_time_make_few_row_groups(tmp_path: Path) -> None:
    writer = StagedWriter(tmp_path)
    for n in range(1000):  # one row per chunk, as a feed whose pages spread over chunks
        writer.append("f", [article(n)], [])
    paths = writer.close()
    parquet = pq.ParquetFile(paths["f"]["articles"])
    assert parquet.metadata.num_rows == 1000
    assert parquet.metadata.num_row_groups <= -(-1000 // stage.ROW_GROUP_ROWS)
    assert sorted(parquet.read(columns=["article_id"]).column(0).to_pylist()) == list(range(1000))
    text = parquet.metadata.row_group(0).column(ARTICLE_SCHEMA.names.index("text"))
    assert not text.is_stats_set  # no min/max of whole texts kept per row group


def test_buffers_are_flushed_when_they_pass_the_byte_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stage, "BUFFER_BYTES", 50_000)
    writer = StagedWriter(tmp_path)
    for n in range(40):  # 40 feeds, 2 kB each: past the cap long before 256 rows a feed
        writer.append(f"feed{n}", [article(n)], [])
    assert sum(writer._buffer_bytes.values()) <= 50_000
    paths = writer.close()
    assert sum(pq.ParquetFile(p["articles"]).metadata.num_rows for p in paths.values()) == 40
