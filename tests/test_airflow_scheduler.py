"""A real Airflow: api-server, scheduler, dag-processor and triggerer as processes, with
PostgreSQL as the metadata database and the LocalExecutor. news_ingest is triggered
through the REST API, runs against the demo corpus served on loopback, and must land
every article in the store; then a backfill over the day that run is dated reprocesses
the archived run instead of fetching.

Needs PostgreSQL at 127.0.0.1:5432: skipped without it, failed without it on CI.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from airflow_procs import (
    airflow_home,
    expected_urls,
    postgres_database,
    run_to_end,
    start_core,
    stored_urls,
    task_instances,
    wait_for_api,
    wait_for_dag,
)

from pipeline import store

pytestmark = [pytest.mark.slow, pytest.mark.airflow]
DAG_ID = "news_ingest"
# Upper bounds per phase (components up, DAG parsed, run finished): a quiet 2-core machine
# needs about a tenth of them; a machine shared with other jobs has needed 230 s to start.
STARTUP_SECONDS = 300
RUN_SECONDS = 300


def test_scheduler_runs_news_ingest_and_a_backfill_reprocesses_the_archive(
    corpus: list[Any],
    truth: list[dict[str, Any]],
    feeds_file: Path,
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "store.duckdb")
    data_dir = tmp_path / "data"
    with (
        postgres_database("newsmon_airflow_test") as metadata_db,
        airflow_home(tmp_path, metadata_db, "LocalExecutor", {"NEWSMON_DB": db}) as af,
    ):
        pools = af.airflow("pools", "get", "duckdb_writer", "--output", "json")
        assert '"slots": "1"' in pools or '"slots": 1' in pools, pools
        start_core(af)
        api = wait_for_api(af, time.monotonic() + STARTUP_SECONDS)
        wait_for_dag(api, af, DAG_ID, time.monotonic() + STARTUP_SECONDS)

        conf = {"feeds_file": str(feeds_file), "db": db}
        run = run_to_end(api, af, DAG_ID, conf, time.monotonic() + RUN_SECONDS)
        tis = task_instances(api, DAG_ID, run["dag_run_id"])
        assert run["state"] == "success", (tis, af.logs())
        fetches = [t for t in tis if t["task_id"] == "fetch_feed"]
        assert len(fetches) == len(corpus_feeds(feeds_file))
        assert {t["state"] for t in tis} == {"success"}

        urls = stored_urls(db)
        assert sorted(urls) == sorted(expected_urls(corpus, truth))  # all, and once each
        assert (data_dir / "archive").is_dir()

        # The run above stands for one made two days ago (Airflow backfills only complete
        # intervals, and the scheduler has already made yesterday's run). A backfill of that
        # day maps no fetch tasks; its load reprocesses the archived run. Its store comes
        # from $NEWSMON_DB (no conf), as a deployment's would.
        day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        day -= timedelta(days=2)
        with store.connect(db) as conn:
            conn.exec_driver_sql(
                "UPDATE runs SET started_at = ? WHERE run_id LIKE 'airflow-manual%'",
                (day + timedelta(hours=12),),
            )
            moved = conn.exec_driver_sql(
                "SELECT count(*) FROM runs WHERE started_at = ?", (day + timedelta(hours=12),)
            ).scalar()
        assert moved == 1
        backfill = api.post(
            "/api/v2/backfills",
            {
                "dag_id": DAG_ID,
                "from_date": day.isoformat(),
                "to_date": (day + timedelta(hours=1)).isoformat(),
                "reprocess_behavior": "none",
                "max_active_runs": 1,
            },
        )
        deadline = time.monotonic() + RUN_SECONDS
        while time.monotonic() < deadline:
            af.check_alive()
            runs = api.poll(f"/api/v2/dags/{DAG_ID}/dagRuns?run_type=backfill", deadline)[
                "dag_runs"
            ]
            if runs and all(r["state"] in ("success", "failed") for r in runs):
                break
            time.sleep(1)
        assert runs, f"backfill {backfill} created no run"
        assert [r["state"] for r in runs] == ["success"], af.logs()
        backfill_tis = task_instances(api, DAG_ID, runs[0]["dag_run_id"])
        states = {(t["task_id"], t["state"]) for t in backfill_tis}
        assert ("load", "success") in states
        assert ("fetch_feed", "success") not in states  # nothing was fetched
    with store.connect(db, read_only=True) as conn:
        reprocessed = conn.exec_driver_sql(
            "SELECT counts->>'articles_replaced' FROM runs WHERE run_id LIKE 'reprocess-%'"
        ).fetchall()
    assert [int(r[0]) for r in reprocessed] == [len(urls)]
    assert sorted(stored_urls(db)) == sorted(urls)  # rebuilt in place, nothing added


def corpus_feeds(feeds_file: Path) -> list[Any]:
    from pipeline.config import load_feeds

    return list(load_feeds(feeds_file))
