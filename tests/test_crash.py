"""Crash safety, fast version: SIGKILL `newsmon ingest` mid-fetch and mid-load, and
`newsmon alerts run` mid-delivery; the next run ends with exactly the rows of an
uninterrupted run. The long version (20+ random kill points) is
benchmarks/faults/crash.py."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from benchmarks.faults import harness as h
from pipeline.alerts import run_alerts
from pipeline.ingest import run_ingest

pytestmark = pytest.mark.slow


def test_kills_during_fetch_load_and_alert_delivery_lose_nothing(tmp_path: Path) -> None:
    rng = random.Random(11)
    with h.serve_slow_corpus(tmp_path / "srv", latency=0.02) as server, h.serve_receiver() as rx:
        rules = h.write_rules(tmp_path / "rules.yaml", rx)
        ref = tmp_path / "ref.duckdb"
        run_ingest(server.feeds_file, str(ref), data_dir=tmp_path / "ref-data")
        pages = server.pages
        assert pages > 10
        ingest_only = tmp_path / "ingest-only.duckdb"
        shutil.copy(ref, ingest_only)
        run_alerts(rules, str(ref))
        reference = h.snapshot(ref)
        assert reference["articles"] and reference["alerts"]

        db, data = tmp_path / "s.duckdb", tmp_path / "data"
        phases = []
        for aim in ("fetch", "load"):
            kill = h.kill_ingest(server.feeds_file, db, data, server, aim, rng, pages)
            assert kill.killed, kill.detail
            assert h.check_not_corrupt(db) is None
            phases.append(kill.phase)
        assert phases == ["fetch", "load"]
        h.run_ok(h.ingest_cmd(server.feeds_file, db), h.env_for(data))
        got = h.snapshot(db)
        assert h.diff({t: reference[t] for t in got if t != "alerts"}, got) == ""

        adb = tmp_path / "a.duckdb"
        shutil.copy(ingest_only, adb)
        killed, first = h.kill_alerts_during_send(rules, adb, data, rx, nth=2)
        assert killed and len(first) == 2
        assert h.check_not_corrupt(adb) is None
        rx.reset()
        h.alerts_later(rules, adb, h.env_for(data))
        delivered = first + rx.ids()
        assert h.check_deliveries(adb, delivered, in_flight=set(first)) == []
        assert h.diff({"alerts": reference["alerts"]}, {"alerts": h.snapshot(adb)["alerts"]}) == ""
