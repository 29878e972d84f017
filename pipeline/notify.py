"""Failure notifications for the DAGs, through the Apache Airflow Apprise provider.

Attached to tasks (``default_args``), not to DAGs: a DAG-level on_failure_callback
works under the scheduler but breaks ``dag.test()``. The Apprise connection is
``$NEWSMON_NOTIFY_CONN`` (default ``apprise_default``), e.g.
``AIRFLOW_CONN_APPRISE_DEFAULT='{"conn_type": "apprise", "extra": {"config": [{"path": "mailto://..."}]}}'``.
"""

from __future__ import annotations

import os
from typing import Any

NOTIFY_CONN_ENV = "NEWSMON_NOTIFY_CONN"


def notify_failure(context: Any) -> None:
    """Task failure callback: an Apprise notification through the provider's notifier."""
    from airflow.providers.apprise.notifications.apprise import AppriseNotifier

    notifier = AppriseNotifier(
        title="newsmon: {{ dag.dag_id }}.{{ ti.task_id }} failed",
        body="Run {{ run_id }}, try {{ ti.try_number }}: {{ exception }}",
        apprise_conn_id=os.environ.get(NOTIFY_CONN_ENV, "apprise_default"),
    )
    notifier(context)
