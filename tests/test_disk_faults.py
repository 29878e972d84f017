"""Disk full and a read-only data directory: a clear error, the store left consistent.

Uses real tmpfs mounts (root needed: `mount -t tmpfs`, `mount -o remount,ro`); skipped
with the reason where mounting is impossible, except on CI, where it fails.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.faults import harness as h
from pipeline import store
from tests.conftest import in_ci


def _mount(target: Path, size: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        message = f"cannot mount a tmpfs here: {done.stderr.strip()}"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def mnt(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "mnt"
    _mount(target, "64m")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


def _ingest(feeds: Path, db: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        h.ingest_cmd(feeds, db),
        env=h.env_for(data),
        cwd=h.REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture
def corpus_server(tmp_path: Path) -> Iterator[h.CorpusServer]:
    with h.serve_slow_corpus(tmp_path / "srv", latency=0.0) as server:
        yield server


def test_read_only_data_dir_fails_clearly_and_keeps_the_store(
    mnt: Path, corpus_server: h.CorpusServer
) -> None:
    db, data = mnt / "s.duckdb", mnt / "data"
    first = _ingest(corpus_server.feeds_file, db, data)
    assert first.returncode == 0, first.stderr[-2000:]
    before = h.snapshot(db)
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
    second = _ingest(corpus_server.feeds_file, db, data)
    assert second.returncode != 0
    assert "Traceback" not in second.stderr, second.stderr[-3000:]
    assert "read-only" in second.stderr.lower() or "store unusable" in second.stderr
    # readers still work on a read-only store
    out = subprocess.run(
        [*h.NEWSMON, "query", "--db", str(db), "--format", "csv", "SELECT count(*) FROM articles"],
        env=h.env_for(data),
        cwd=h.REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == str(len(before["articles"]))
    assert h.snapshot(db) == before


def test_disk_full_fails_clearly_and_the_next_run_completes(
    mnt: Path, corpus_server: h.CorpusServer, tmp_path: Path
) -> None:
    ref = tmp_path / "ref.duckdb"
    assert _ingest(corpus_server.feeds_file, ref, tmp_path / "ref-data").returncode == 0
    db, data = mnt / "s.duckdb", mnt / "data"
    store.init_store(str(db))
    filler = mnt / "filler"
    subprocess.run(
        ["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True, check=False
    )
    full = _ingest(corpus_server.feeds_file, db, data)
    assert full.returncode != 0
    assert h.check_not_corrupt(db) is None
    filler.unlink()
    again = _ingest(corpus_server.feeds_file, db, data)
    assert again.returncode == 0, again.stderr[-2000:]
    assert h.diff(h.snapshot(ref), h.snapshot(db)) == ""
    # the message: one clear line, no traceback
    assert "Traceback" not in full.stderr, full.stderr[-3000:]
    assert "No space left" in full.stderr
