"""CeleryExecutor for real: Redis (this machine's) as broker, PostgreSQL as metadata and
result backend, one `airflow celery worker` process. news_ingest's mapped fetch tasks
must run on that worker, from the Celery queue, and the store must get the corpus.

Needs PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379: skipped without them,
failed without them on CI.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Any

import pytest
from airflow_procs import (
    PG_HOST,
    PG_PORT,
    PG_USER,
    REDIS_HOST,
    REDIS_PORT,
    airflow_home,
    expected_urls,
    need_service,
    postgres_database,
    run_to_end,
    start_core,
    stored_urls,
    task_instances,
    wait_for_api,
    wait_for_dag,
)

pytestmark = [pytest.mark.slow, pytest.mark.airflow]
DAG_ID = "news_ingest"
# Upper bounds per phase, as in test_airflow_scheduler.py.
STARTUP_SECONDS = 300
RUN_SECONDS = 300
# Redis has 16 numbered databases; a random one keeps parallel runs' queues apart.
REDIS_DATABASES = 16


def test_celery_worker_runs_the_mapped_fetch_tasks(
    corpus: list[Any], truth: list[dict[str, Any]], feeds_file: Path, tmp_path: Path
) -> None:
    need_service(REDIS_HOST, REDIS_PORT, "Redis")
    queue = f"newsmon_test_{secrets.token_hex(3)}"
    worker_name = f"newsmon-test-{secrets.token_hex(3)}"
    db = str(tmp_path / "store.duckdb")
    with postgres_database("newsmon_celery_test") as metadata_db:
        celery_env = {
            "AIRFLOW__CELERY__BROKER_URL": (
                f"redis://{REDIS_HOST}:{REDIS_PORT}/{secrets.randbelow(REDIS_DATABASES)}"
            ),
            "AIRFLOW__CELERY__RESULT_BACKEND": (
                f"db+postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/{metadata_db}"
            ),
            # Tasks go to a queue only this test's worker listens on.
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue,
            "AIRFLOW__CELERY__DEFAULT_QUEUE": queue,
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "4",
        }
        with airflow_home(tmp_path, metadata_db, "CeleryExecutor", celery_env) as af:
            start_core(af)
            af.start(
                "celery-worker",
                "celery",
                "worker",
                "--queues",
                queue,
                "--celery-hostname",
                f"{worker_name}@%h",
                "--concurrency",
                "4",
                "--skip-serve-logs",
            )
            api = wait_for_api(af, time.monotonic() + STARTUP_SECONDS)
            wait_for_dag(api, af, DAG_ID, time.monotonic() + STARTUP_SECONDS)
            conf = {"feeds_file": str(feeds_file), "db": db}
            run = run_to_end(api, af, DAG_ID, conf, time.monotonic() + RUN_SECONDS)
            tis = task_instances(api, DAG_ID, run["dag_run_id"])
            assert run["state"] == "success", (tis, af.logs())
            worker_log = (af.home / "celery-worker.log").read_text(errors="replace")
    fetches = [t for t in tis if t["task_id"] == "fetch_feed"]
    assert len(fetches) >= 4
    for ti in tis:
        assert ti["state"] == "success"
        assert ti["queue"] == queue  # routed through the Celery queue
        assert ti["hostname"], ti  # a worker took it
    assert worker_name in worker_log  # the worker that consumed the queue is ours
    # Celery logs "Task ... received" per task it takes: every task instance went through it.
    assert worker_log.count(" received") >= len(tis), worker_log[-3000:]
    assert sorted(stored_urls(db)) == sorted(expected_urls(corpus, truth))
