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
    writer = StagedWriter(tmp_path, "part")
    for n in range(3000):  # one row per chunk, as feeds whose pages spread over chunks
        writer.append([article(n)], [])
    paths = writer.close()
    assert set(paths) == {"articles"}  # no tags were staged: no tags file
    parquet = pq.ParquetFile(paths["articles"])
    assert parquet.metadata.num_rows == 3000
    assert parquet.metadata.num_row_groups <= -(-3000 // stage.ROW_GROUP_ROWS)
    assert sorted(parquet.read(columns=["article_id"]).column(0).to_pylist()) == list(range(3000))
    text = parquet.metadata.row_group(0).column(ARTICLE_SCHEMA.names.index("text"))
    assert not text.is_stats_set  # no min/max of whole texts kept per row group


def test_buffer_is_flushed_when_it_passes_the_byte_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stage, "BUFFER_BYTES", 50_000)
    writer = StagedWriter(tmp_path, "part")
    for n in range(40):  # 5 kB rows: past the cap long before ROW_GROUP_ROWS rows
        writer.append([article(n)], [])
        assert sum(writer._buffer_bytes.values()) <= 50_000
    paths = writer.close()
    parquet = pq.ParquetFile(paths["articles"])
    assert parquet.metadata.num_rows == 40
    assert parquet.metadata.num_row_groups >= 4


def test_feeds_of_one_task_share_one_pair_of_files(tmp_path: Path) -> None:
    """Hundreds of feeds, one writer per kind: open writers do not grow with the feeds."""
    writer = StagedWriter(tmp_path, "part")
    for n in range(500):
        row = article(n, text_chars=10)
        row["feed_id"] = f"feed{n}"
        tag = {"article_id": n, "kind": "region", "label": "x", "score": 1.0, "evidence": "[]"}
        writer.append([row], [tag])
        assert len(writer._writers) <= 2
    paths = writer.close()
    assert sorted(p.rsplit("/", 1)[1] for p in paths.values()) == [
        "part.articles.parquet",
        "part.tags.parquet",
    ]
    feeds = pq.read_table(paths["articles"], columns=["feed_id"]).column(0).to_pylist()
    assert len(set(feeds)) == 500
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # no temporary file left behind
        "part.articles.parquet",
        "part.tags.parquet",
    ]
