"""news_alerts: deliver alerts on new coverage whenever the store changes.

Scheduled on the Asset the news_ingest load task updates, or every 15 minutes (so
digests go out at their local time and failed channels are retried with their
backoff even when no ingest ran). One task calls ``pipeline.alerts.run_alerts``, the
function behind ``newsmon alerts run``; all work lives in ``pipeline``, nothing heavy
is imported at parse time.

The task is not in the ``duckdb_writer`` pool: its two writes are short and wait for
the store's lock on their own (``pipeline.store.connect``), and holding the pool's
one slot while sending over the network would stall the ingest's load.

Failures notify through the Apprise provider's ``AppriseNotifier`` (connection
``$NEWSMON_NOTIFY_CONN``, default ``apprise_default``), attached to the task: a
DAG-level on_failure_callback works under the scheduler but breaks ``dag.test()``.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, Param, dag, task

from pipeline.notify import notify_failure

# The same Asset news_ingest's load updates. Its name and URI must never change.
NEWS_STORE = Asset(name="newsmon_store", uri="newsmon://store/articles")
# How often to look for due digests and retries besides store updates.
FALLBACK_CRON = os.environ.get("NEWSMON_ALERTS_SCHEDULE", "*/15 * * * *")


@dag(
    dag_id="news_alerts",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable(FALLBACK_CRON, timezone="UTC"), assets=[NEWS_STORE]
    ),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["newsmon"],
    params={
        "rules_file": Param(
            os.environ.get("NEWSMON_ALERT_RULES", ""),
            type="string",
            description="Alert rules YAML (empty: config/alerts.yaml)",
        ),
        "db": Param(
            os.environ.get("NEWSMON_DB", ""),
            type="string",
            description="Store URL or DuckDB path (empty: $NEWSMON_DB or data/newsmon.duckdb)",
        ),
    },
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=1),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(minutes=15),
        "on_failure_callback": [notify_failure],
    },
)
def news_alerts() -> None:
    @task
    def deliver() -> dict[str, Any]:
        """Queue and send due alerts; channel failures are recorded and retried later."""
        from airflow.sdk import get_current_context

        from pipeline import settings
        from pipeline.alerts import run_alerts
        from pipeline.alerts_rules import DEFAULT_RULES_FILE

        params = get_current_context()["params"]
        rules_file = params.get("rules_file") or str(DEFAULT_RULES_FILE)
        db = params.get("db") or settings.default_db_url()
        return run_alerts(rules_file, db).as_dict()

    deliver()


news_alerts()
