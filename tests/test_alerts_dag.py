"""The news_alerts DAG: cheap to parse, scheduled on the store Asset, and a real dag.test()."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from pytest_httpserver import HTTPServer

from tests.test_alerts import copies, hook_url, load, posts

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.airflow


def alerts_dag() -> object:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags" / "news_alerts.py"))
    assert not bag.import_errors, bag.import_errors
    return bag.dags["news_alerts"]


def test_dag_parses_cheaply_and_is_scheduled_on_the_store_asset() -> None:
    code = (
        "import sys; from airflow.dag_processing.dagbag import DagBag;"
        f"bag = DagBag(dag_folder={str(REPO / 'dags' / 'news_alerts.py')!r});"
        "assert not bag.import_errors, bag.import_errors;"
        "print('pipeline.alerts' in sys.modules, 'apprise' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False False"

    dag = alerts_dag()
    assets = [(a.name, a.uri) for a in dag.timetable.asset_condition.objects]  # type: ignore[attr-defined]
    assert assets == [("newsmon_store", "newsmon://store/articles")]
    assert dag.max_active_runs == 1  # type: ignore[attr-defined]
    task = dag.get_task("deliver")  # type: ignore[attr-defined]
    assert task.retries == 2
    assert [cb.__name__ for cb in task.on_failure_callback] == ["notify_failure"]


def test_failure_notifier_sends_through_the_apprise_connection(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    conn = {"conn_type": "apprise", "extra": {"config": [{"path": hook_url(httpserver)}]}}
    monkeypatch.setenv("AIRFLOW_CONN_APPRISE_DEFAULT", json.dumps(conn))
    sys.path.insert(0, str(REPO / "dags"))
    try:
        import news_alerts
    finally:
        sys.path.remove(str(REPO / "dags"))
    dag = alerts_dag()
    context = {
        "dag": dag,
        "ti": SimpleNamespace(task_id="deliver", try_number=3),
        "run_id": "manual__1",
        "exception": RuntimeError("store unusable"),
    }
    news_alerts.notify_failure(context)
    (post,) = posts(httpserver)
    assert post["title"] == "newsmon: news_alerts.deliver failed"
    assert post["message"] == "Run manual__1, try 3: store unusable"


def test_dag_test_delivers_to_the_webhook(
    airflow_db: Path, tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    db = str(tmp_path / "s.duckdb")
    rows, tags = copies(4)
    load(db, tmp_path, "r1", rows, tags)
    rules = tmp_path / "alerts.yaml"
    rule = {"name": "dag-rule", "channels": [hook_url(httpserver)], "backfill": True}
    rules.write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")

    dag = alerts_dag()
    run = dag.test(run_conf={"rules_file": str(rules), "db": db})  # type: ignore[attr-defined]
    assert str(run.state) in ("success", "DagRunState.SUCCESS")
    (post,) = posts(httpserver)
    assert post["title"] == "newsmon: Balochistan: Desalination plant opens in Gwadar"
    assert "Outlets: 4 (Outlet 0, Outlet 1, Outlet 2, Outlet 3)" in post["message"]


def test_a_channel_can_be_an_airflow_connection(
    tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.alerts import run_alerts

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    conn = {"conn_type": "apprise", "extra": {"config": [{"path": hook_url(httpserver)}]}}
    monkeypatch.setenv("AIRFLOW_CONN_NEWSMON_ALERTS", json.dumps(conn))
    db = str(tmp_path / "s.duckdb")
    rows, tags = copies(1)
    load(db, tmp_path, "r1", rows, tags)
    rules = tmp_path / "alerts.yaml"
    rule = {"name": "conn", "channels": ["airflow://newsmon_alerts"], "backfill": True}
    rules.write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    result = run_alerts(rules, db)
    assert (result.sent, result.failed) == (1, 0)
    assert len(posts(httpserver)) == 1
    monkeypatch.delenv("AIRFLOW_CONN_NEWSMON_ALERTS")
    rows, tags = copies(1, "Another Gwadar story about Balochistan water.")
    load(db, tmp_path, "r2", rows, tags)
    failed = run_alerts(rules, db)
    assert failed.failed == 1
    assert (
        "airflow://newsmon_alerts: Airflow connection 'newsmon_alerts' unusable" in failed.errors[0]
    )
