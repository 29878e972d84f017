"""Concurrency: readers during a write get an answer or a clear "busy" error after a
bounded wait; two ingests at once leave one consistent store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.faults import harness as h
from pipeline import store
from pipeline.ingest import run_ingest

HOLD = """
import sys, time
from pipeline import store
with store.connect(sys.argv[1]) as conn:
    conn.exec_driver_sql("INSERT INTO runs (run_id, started_at, status) VALUES ('held', now(), 'running')")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.exec_driver_sql("DELETE FROM runs WHERE run_id = 'held'")
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store's write lock inside an open transaction, as a load does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=h.REPO,
        env=h.env_for(db.parent / "data"),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    store.init_store(str(path))
    return path


def test_query_during_a_write_waits_then_answers(db: Path) -> None:
    holder = _hold(db, 2.0)
    started = time.monotonic()
    out = subprocess.run(
        [*h.NEWSMON, "query", "--db", str(db), "--format", "csv", "SELECT count(*) AS n FROM runs"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=h.REPO,
        env=h.env_for(db.parent / "data"),
    )
    holder.wait(timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "0"  # the holder's uncommitted row never seen
    assert time.monotonic() - started < 60


def test_reader_while_the_store_stays_busy_gets_store_busy(db: Path) -> None:
    holder = _hold(db, 8.0)
    try:
        started = time.monotonic()
        with (
            pytest.raises(store.StoreBusy, match="held by another process"),
            store.connect(str(db), read_only=True, wait=1.0),
        ):
            pass
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()


def test_two_ingests_at_once_leave_one_consistent_store(tmp_path: Path) -> None:
    with h.serve_slow_corpus(tmp_path / "srv", latency=0.01) as server:
        ref = tmp_path / "ref.duckdb"
        run_ingest(server.feeds_file, str(ref), data_dir=tmp_path / "ref-data")
        db = tmp_path / "s.duckdb"
        procs = [
            subprocess.Popen(
                h.ingest_cmd(server.feeds_file, db),
                env=h.env_for(tmp_path / f"d{i}"),
                cwd=h.REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(2)
        ]
        results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        # each either completed or refused clearly (store busy), never a traceback
        assert proc.returncode in (0, 3), err[-2000:]
        assert "Traceback" not in err
        if proc.returncode == 3:
            assert "held by another process" in err
    assert any(p.returncode == 0 for p in procs)
    assert h.check_not_corrupt(db) is None
    assert h.diff(h.snapshot(ref), h.snapshot(db)) == ""
