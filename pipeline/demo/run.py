"""``newsmon demo``: serve the corpus on loopback, run the whole pipeline into a fresh store."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from pipeline import settings
from pipeline.demo.server import CORPUS_DIR, feeds_document, serve_corpus
from pipeline.ingest import IngestResult, run_ingest

# The demo's hosts are our own loopback servers: no need to wait between requests.
DEMO_HOST_DELAY = "0"


def run_demo(data_dir: Path, corpus: Path = CORPUS_DIR) -> tuple[IngestResult, Path]:
    """Run one ingest over the served corpus into ``data_dir/demo.duckdb`` (made anew).

    Returns the run's result and the store's path.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / "demo.duckdb"
    for stale in (db_path, db_path.with_name(db_path.name + ".wal")):
        stale.unlink(missing_ok=True)
    os.environ[settings.ENV_ALLOW_PRIVATE] = "1"
    os.environ.setdefault("NEWSMON_HOST_DELAY", DEMO_HOST_DELAY)
    with serve_corpus(corpus) as outlets:
        feeds_file = data_dir / "demo-feeds.yaml"
        feeds_file.write_text(yaml.safe_dump(feeds_document(outlets), allow_unicode=True), "utf-8")
        result = run_ingest(feeds_file, str(db_path), data_dir=data_dir)
    return result, db_path
