"""Every response is archived, and reprocessing the archive rebuilds the same store offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import store
from pipeline.archive import read_archive
from pipeline.ingest import run_ingest
from pipeline.reprocess import archive_files, reprocess

SNAPSHOT_SQL = {
    "articles": "SELECT canonical_url, title, text, published_at, story_id, is_canonical, outlet FROM articles ORDER BY 1",
    "regions": "SELECT article_id, region, score FROM article_regions ORDER BY 1, 2",
    "topics": "SELECT article_id, topic, score FROM article_topics ORDER BY 1, 2",
    "stories": "SELECT story_id, canonical_article_id, copies, outlets FROM stories ORDER BY 1",
}


def snapshot(db: str) -> dict[str, list[tuple[Any, ...]]]:
    with store.connect(db, read_only=True) as conn:
        return {
            k: [tuple(r) for r in conn.exec_driver_sql(q).fetchall()]
            for k, q in SNAPSHOT_SQL.items()
        }


def test_archive_holds_every_response(feeds_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_ingest(feeds_file, str(tmp_path / "s.duckdb"), data_dir=data)
    files = archive_files(data, [result.run_id])
    assert files and all(f.suffix == ".gz" for f in files)
    items = [item for f in files for item in read_archive(f)]
    kinds = {item.kind for item in items}
    assert {"feed", "page"} <= kinds
    pages = [i for i in items if i.kind == "page"]
    assert len([p for p in pages if p.response.status == 200]) >= result.counts["articles_new"]
    assert any(p.response.status == 404 for p in pages)  # failures are archived too
    assert all(p.entry is not None and p.response.body is not None for p in pages)


def test_reprocess_rebuilds_the_same_store_without_network(
    feeds_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    original = str(tmp_path / "original.duckdb")
    run_ingest(feeds_file, original, data_dir=data)

    # No network from here on: any fetch would fail loudly.
    import httpx

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("reprocess must not use the network")

    monkeypatch.setattr(httpx.Client, "send", no_network)
    # Small chunks of pages and batches of articles: the same store must come out.
    from pipeline import ingest, load
    from pipeline import reprocess as reprocess_module

    monkeypatch.setattr(reprocess_module, "CHUNK_PAGES", 7)
    monkeypatch.setattr(load, "LOAD_BATCH_ARTICLES", 5)
    chunks: list[int] = []
    add = ingest.Stager.add
    monkeypatch.setattr(
        ingest.Stager, "add", lambda self, pages: (chunks.append(len(pages)), add(self, pages))[1]
    )
    rebuilt = str(tmp_path / "rebuilt.duckdb")
    result = reprocess(rebuilt, data_dir=data)
    assert result.archives >= 1
    assert len(chunks) > 1 and max(chunks) <= 7  # the archive was read in chunks
    assert snapshot(rebuilt) == snapshot(original)

    # In place: the same store comes out unchanged, articles replaced not duplicated.
    before = snapshot(original)
    again = reprocess(original, data_dir=data)
    assert again.counts["articles_new"] == 0
    assert again.counts["articles_replaced"] == len(before["articles"])
    assert snapshot(original) == before


def test_retag_and_recluster_rebuild_what_the_load_built(feeds_file: Path, tmp_path: Path) -> None:
    from pipeline.reprocess import recluster, retag

    db = str(tmp_path / "s.duckdb")
    run_ingest(feeds_file, db, data_dir=tmp_path / "data")
    before = snapshot(db)
    with store.connect(db) as conn:  # lose every tag, band and story
        for table in ("article_regions", "article_topics", "article_bands", "stories"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.exec_driver_sql("UPDATE articles SET story_id = NULL, is_canonical = FALSE")
    counts = retag(db)
    assert counts["region_tags"] == len(before["regions"])
    assert recluster(db)["stories"] == len(before["stories"])
    assert snapshot(db) == before
