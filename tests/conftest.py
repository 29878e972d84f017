"""Shared fixtures: the served corpus, private-network permission, a fresh data dir."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.demo.server import CORPUS_DIR, Outlet, feeds_document, serve_corpus

REPO = Path(__file__).resolve().parent.parent
# Airflow reads its configuration once, at import: point it at a throwaway home before
# any test imports it, so tests never touch ~/airflow or a developer's settings.
os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="newsmon-test-airflow-")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(REPO / "dags")


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """A migrated Airflow metadata DB (SQLite in AIRFLOW_HOME), once per session."""
    subprocess.run(
        [sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True
    )
    return Path(os.environ["AIRFLOW_HOME"])


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test: its own data dir, loopback allowed, no politeness delay, no ambient store."""
    monkeypatch.setenv("NEWSMON_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
    monkeypatch.setenv("NEWSMON_HOST_DELAY", "0")
    monkeypatch.setenv("NEWSMON_RETRY_BACKOFF", "0.01")
    monkeypatch.delenv("NEWSMON_DB", raising=False)


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo store (``newsmon demo``), built once per session; tests only read it."""
    from scripts.render_queries import build_demo_store

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSMON_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        mp.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
        return build_demo_store(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def corpus() -> Iterator[list[Outlet]]:
    """The demo corpus served on loopback for the whole session."""
    with serve_corpus() as outlets:
        yield outlets


@pytest.fixture(scope="session")
def truth() -> list[dict[str, Any]]:
    """Ground truth for every article of the corpus."""
    data = yaml.safe_load((CORPUS_DIR / "truth.yaml").read_text(encoding="utf-8"))
    return list(data["articles"])


@pytest.fixture
def feeds_file(corpus: list[Outlet], tmp_path: Path) -> Path:
    """A feeds file naming every feed of the served corpus."""
    path = tmp_path / "feeds.yaml"
    path.write_text(yaml.safe_dump(feeds_document(corpus), allow_unicode=True), encoding="utf-8")
    return path


def in_ci() -> bool:
    """True on CI, where tests that need a service must fail rather than skip."""
    return os.environ.get("CI", "").lower() == "true"
