"""The Airflow DAG: it parses cheaply, and a real dag.test() run loads what the CLI loads."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import store
from pipeline.ingest import run_ingest

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.airflow


def test_dag_file_imports_cleanly_and_cheaply() -> None:
    started = time.monotonic()
    code = (
        "import sys; from airflow.models.dagbag import DagBag;"
        f"bag = DagBag(dag_folder={str(REPO / 'dags')!r});"
        "assert not bag.import_errors, bag.import_errors;"
        "dag = bag.dags['news_ingest'];"
        "print(sorted(t.task_id for t in dag.tasks));"
        "print('pipeline.ingest' in sys.modules, 'trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    assert lines[-2] == "['fetch_feed', 'load', 'plan']"
    assert lines[-1] == "False False"  # no pipeline work imported at parse time
    assert time.monotonic() - started < 120


def test_dag_properties() -> None:
    from airflow.models.dagbag import DagBag

    dag = DagBag(dag_folder=str(REPO / "dags")).dags["news_ingest"]
    assert dag is not None
    assert dag.max_active_runs == 1
    assert dag.catchup is False
    load = dag.get_task("load")
    assert load.pool == "duckdb_writer"
    assert [o.name for o in load.outlets] == ["newsmon_store"]
    assert dag.get_task("fetch_feed").retries == 2
    for task in dag.tasks:  # failures notify through the Apprise notifier
        assert [cb.__name__ for cb in task.on_failure_callback] == ["notify_failure"]


def articles_of(db: str) -> list[tuple[str, str, str | None]]:
    with store.connect(db, read_only=True) as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT canonical_url, text_hash, story_id::VARCHAR FROM articles ORDER BY canonical_url"
            ).fetchall()
        ]


def test_dag_test_loads_the_same_articles_as_the_cli(
    airflow_db: Path, feeds_file: Path, tmp_path: Path
) -> None:
    from airflow.models.dagbag import DagBag

    dag = DagBag(dag_folder=str(REPO / "dags")).dags["news_ingest"]
    assert dag is not None
    airflow_db = str(tmp_path / "airflow.duckdb")
    run = dag.test(run_conf={"feeds_file": str(feeds_file), "db": airflow_db})
    assert str(run.state) in ("success", "DagRunState.SUCCESS")

    cli_db = str(tmp_path / "cli.duckdb")
    run_ingest(feeds_file, cli_db)
    from_dag, from_cli = articles_of(airflow_db), articles_of(cli_db)
    assert len(from_dag) >= 30
    assert from_dag == from_cli
    with store.connect(airflow_db, read_only=True) as conn:
        (run_id,) = conn.exec_driver_sql("SELECT run_id FROM runs").fetchone() or ("",)
    assert run_id.startswith("airflow-")
