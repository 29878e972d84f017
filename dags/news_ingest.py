"""news_ingest: the daily newsmon run as Airflow tasks.

plan (feeds + their state) -> fetch_feed (one mapped task per feed: discover, fetch,
extract, tag, stage) -> load (the only writer of the store, in the one-slot
``duckdb_writer`` pool). Tasks pass staged file paths, never article bodies. All work
lives in ``pipeline``; nothing heavy is imported or done at parse time.

The store is the ``db`` param, else the Airflow Variable ``newsmon_db``, else
``$NEWSMON_DB``. A backfill run (``airflow backfill create``) cannot fetch the past:
plan maps no feeds and load reprocesses the archived runs of the run's data interval.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, get_current_context, task

from pipeline.airflow_setup import WRITER_POOL
from pipeline.notify import notify_failure

# The Asset the load task updates; downstream DAGs (alerts) are scheduled on it.
# Its name and URI must never change once used.
NEWS_STORE = Asset(name="newsmon_store", uri="newsmon://store/articles")


def _pipeline_run_id(airflow_run_id: str) -> str:
    """A newsmon run id derived from the DAG run, so a re-run of one DAG run is the same run."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in airflow_run_id)
    return f"airflow-{safe}"


class _Run(NamedTuple):
    db: str
    feeds_file: str
    run_id: str
    run_dir: Path


def _this_run() -> _Run:
    """The store, feeds file and newsmon run of the current DAG run (from its params)."""
    from pipeline import settings
    from pipeline.airflow_setup import store_url
    from pipeline.ingest import run_dir_for

    context = get_current_context()
    params = context["params"]
    db = store_url(params.get("db"))
    feeds_file = params.get("feeds_file") or str(settings.DEFAULT_FEEDS_FILE)
    run_id = _pipeline_run_id(context["run_id"])
    return _Run(db, feeds_file, run_id, run_dir_for(run_id))


@dag(
    dag_id="news_ingest",
    # Data intervals (not trigger points), so a backfill run knows the window it covers.
    schedule=CronDataIntervalTimetable(
        os.environ.get("NEWSMON_INGEST_SCHEDULE", "@daily"), timezone="UTC"
    ),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["newsmon"],
    params={
        "feeds_file": Param(
            os.environ.get("NEWSMON_FEEDS", ""),
            type="string",
            description="Feeds YAML (empty: config/feeds.yaml)",
        ),
        "db": Param(
            os.environ.get("NEWSMON_DB", ""),
            type="string",
            description="Store URL or DuckDB path (empty: Variable newsmon_db, $NEWSMON_DB "
            "or data/newsmon.duckdb)",
        ),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(seconds=30),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(minutes=30),
        "on_failure_callback": [notify_failure],
    },
)
def news_ingest() -> None:
    @task
    def plan() -> list[dict[str, Any]]:
        from dataclasses import asdict

        from pipeline.airflow_setup import is_backfill
        from pipeline.config import load_feeds
        from pipeline.ingest import plan_run

        if is_backfill(get_current_context()["dag_run"].run_type):
            return []  # feeds cannot go back in time: load reprocesses the archive instead
        run = _this_run()
        return [asdict(w) for w in plan_run(load_feeds(run.feeds_file), run.db)]

    @task(max_active_tis_per_dagrun=8)
    def fetch_feed(work: dict[str, Any]) -> str:
        from pipeline.ingest import process_feeds
        from pipeline.stage import FeedWork

        run = _this_run()
        return process_feeds([FeedWork(**work)], run.run_dir, run.db)[0]

    # none_failed: a backfill maps no fetch tasks (skipped), and its load still runs.
    # Two hours: the load ends with the full-text index rebuild, which grows with the store
    # (13 minutes at 1,000,000 articles, benchmarks/query/RESULTS.md), and a backfill
    # reprocesses whole runs.
    @task(
        pool=WRITER_POOL,
        outlets=[NEWS_STORE],
        execution_timeout=timedelta(hours=2),
        trigger_rule="none_failed",
    )
    def load(outcome_paths: list[str]) -> dict[str, int]:
        from pipeline import settings
        from pipeline.airflow_setup import archived_runs_between, is_backfill
        from pipeline.load import load_run
        from pipeline.reprocess import reprocess

        run = _this_run()
        context = get_current_context()
        if is_backfill(context["dag_run"].run_type):
            start, end = context["data_interval_start"], context["data_interval_end"]
            assert start is not None and end is not None, "a backfill run has a data interval"
            runs = archived_runs_between(run.db, start, end, settings.data_dir())
            if not runs:
                return {"archived_runs": 0}
            return {"archived_runs": len(runs), **reprocess(run.db, runs=runs).counts}
        counts, _errors = load_run(run.db, run.run_id, list(outcome_paths))
        return counts

    load(fetch_feed.expand(work=plan()))


news_ingest()
