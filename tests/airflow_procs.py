"""Helpers for tests that start real services: a throwaway PostgreSQL database, Airflow
components as processes (stopped by PID, children included), and the REST API v2 flow.

The services are this machine's PostgreSQL (127.0.0.1:5432, user postgres) and Redis
(127.0.0.1:6379). When one is down the test skips with the reason, except on CI
(``CI=true``), where it fails: a CI run that silently skipped them would prove nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import in_ci

REPO = Path(__file__).resolve().parent.parent
PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
ADMIN_USER = "admin"
# Seconds a stopped component gets to exit after SIGTERM before it is killed.
STOP_GRACE_SECONDS = 15.0


def need_service(host: str, port: int, what: str) -> None:
    """Skip (or, on CI, fail) unless ``host:port`` accepts connections."""
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError as exc:
        reason = f"{what} is not reachable at {host}:{port} ({exc})"
        if in_ci():
            pytest.fail(f"CI=true and {reason}")
        pytest.skip(reason)


def _admin_sql(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres")
    try:
        conn.autocommit = True  # CREATE/DROP DATABASE cannot run in a transaction
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


@contextmanager
def postgres_database(prefix: str) -> Iterator[str]:
    """A fresh, uniquely named database on the local PostgreSQL, dropped afterwards."""
    need_service(PG_HOST, PG_PORT, "PostgreSQL")
    name = f"{prefix}_{secrets.token_hex(4)}"
    _admin_sql(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        _admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid`` (from /proc), deepest last."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _signal(pids: list[int], sig: signal.Signals) -> None:
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, sig)


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """Stop ``proc`` and every process it started: SIGTERM, then SIGKILL after a grace period."""
    family = [proc.pid, *_descendants(proc.pid)]
    _signal(family, signal.SIGTERM)
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=STOP_GRACE_SECONDS)
    # Children that outlived their parent (or ignored SIGTERM) are killed by their PIDs.
    _signal([proc.pid, *family[1:], *_descendants(proc.pid)], signal.SIGKILL)
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=STOP_GRACE_SECONDS)


@dataclass
class AirflowHome:
    """One Airflow installation for a test: its home, environment and running components."""

    home: Path
    env: dict[str, str]
    api_port: int
    password: str
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    def airflow(self, *args: str, timeout: float = 300) -> str:
        """Run an ``airflow`` CLI command in this home; return its stdout (raise on failure)."""
        done = subprocess.run(
            [str(Path(sys.executable).parent / "airflow"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.home,
        )
        if done.returncode != 0:
            raise RuntimeError(f"airflow {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def start(self, name: str, *args: str) -> None:
        """Start one component (``airflow <args>``), its output in ``<home>/<name>.log``."""
        log = (self.home / f"{name}.log").open("wb")
        self.procs[name] = subprocess.Popen(
            [str(Path(sys.executable).parent / "airflow"), *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.home,
        )
        log.close()

    def stop_all(self) -> None:
        """Stop every component this home started, by PID, children included."""
        for proc in self.procs.values():
            stop_process(proc)

    def logs(self) -> str:
        """The tail of every component's log (for a failure message)."""
        parts = []
        for name in self.procs:
            text = (self.home / f"{name}.log").read_text(errors="replace")
            parts.append(f"--- {name} ---\n{text[-4000:]}")
        return "\n".join(parts)

    def check_alive(self) -> None:
        """Fail with the logs if a component exited."""
        dead = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
        if dead:
            raise AssertionError(f"Airflow components exited: {dead}\n{self.logs()}")


def airflow_env(home: Path, sql_alchemy_conn: str, executor: str, api_port: int) -> dict[str, str]:
    """The environment of an Airflow home on PostgreSQL, with the project's DAGs only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    venv_bin = str(Path(sys.executable).parent)
    env.update(
        {
            # Airflow starts subprocesses named `airflow`: the venv's must come first.
            "PATH": venv_bin + os.pathsep + env.get("PATH", ""),
            "PYTHONPATH": str(REPO),
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": executor,
            "AIRFLOW__CORE__PARALLELISM": "8",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sql_alchemy_conn,
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN_USER}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
            "AIRFLOW__API__PORT": str(api_port),
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{api_port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(16),
            "AIRFLOW__CORE__FERNET_KEY": "",
            # Fast pick-up of the DAG file and of new runs: the test waits on both.
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "1",
            "AIRFLOW__CORE__DAG_FILE_PROCESSOR_TIMEOUT": "120",
        }
    )
    return env


@contextmanager
def airflow_home(
    tmp: Path, metadata_db: str, executor: str, extra_env: dict[str, str]
) -> Iterator[AirflowHome]:
    """A migrated Airflow home on the PostgreSQL database ``metadata_db``; stops all on exit."""
    home = tmp / "airflow-home"
    home.mkdir(parents=True)
    password = secrets.token_urlsafe(12)
    (home / "passwords.json").write_text(json.dumps({ADMIN_USER: password}))
    port = free_port()
    env = airflow_env(
        home, f"postgresql+psycopg2://{PG_USER}@{PG_HOST}:{PG_PORT}/{metadata_db}", executor, port
    )
    env.update(extra_env)
    af = AirflowHome(home, env, port, password)
    try:
        af.airflow("db", "migrate")
        code = "from pipeline.airflow_setup import setup; setup()"
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=REPO, timeout=120)
        yield af
    finally:
        af.stop_all()  # the logs stay in the test's tmp dir (pytest keeps the last 3 runs)


class Api:
    """The REST API v2 with a bearer token from ``/auth/token``."""

    def __init__(self, base: str, user: str, password: str) -> None:
        self.base = base
        self.token = self._call(
            "POST", "/auth/token", {"username": user, "password": password}, auth=False
        )["access_token"]

    def _call(self, method: str, path: str, body: Any = None, *, auth: bool = True) -> Any:
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base + path, data=data, headers=headers, method=method
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"null")

    def get(self, path: str) -> Any:
        return self._call("GET", path)

    def poll(self, path: str, deadline: float) -> Any:
        """GET ``path``, retrying while a busy api-server times out or drops the connection."""
        while True:
            try:
                return self.get(path)
            except (TimeoutError, ConnectionError, urllib.error.URLError) as exc:
                if isinstance(exc, urllib.error.HTTPError) or time.monotonic() >= deadline:
                    raise
                time.sleep(2)

    def post(self, path: str, body: Any) -> Any:
        return self._call("POST", path, body)

    def patch(self, path: str, body: Any) -> Any:
        return self._call("PATCH", path, body)


def wait_for_api(af: AirflowHome, deadline: float) -> Api:
    """Wait until the api-server answers and the token flow works."""
    last: Exception | None = None
    while time.monotonic() < deadline:
        af.check_alive()
        try:
            return Api(af.api, ADMIN_USER, af.password)
        except (urllib.error.URLError, ConnectionError, OSError) as exc:  # not up yet
            last = exc
            time.sleep(1)
    raise AssertionError(f"api-server not up in time ({last})\n{af.logs()}")


def wait_for_dag(api: Api, af: AirflowHome, dag_id: str, deadline: float) -> None:
    """Wait until the dag-processor has serialized ``dag_id``, then unpause it."""
    while time.monotonic() < deadline:
        af.check_alive()
        try:
            api.get(f"/api/v2/dags/{dag_id}/details")
            api.patch(f"/api/v2/dags/{dag_id}", {"is_paused": False})
            return
        except urllib.error.HTTPError as exc:
            if exc.code != 404:
                raise
            time.sleep(1)
    raise AssertionError(f"DAG {dag_id} never appeared\n{af.logs()}")


def run_to_end(
    api: Api, af: AirflowHome, dag_id: str, conf: dict[str, Any], deadline: float
) -> dict[str, Any]:
    """Trigger ``dag_id`` with ``conf`` and poll until the run finishes; return the run."""
    run = api.post(f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf})
    run_id = run["dag_run_id"]
    while time.monotonic() < deadline:
        af.check_alive()
        run = api.poll(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}", deadline)
        if run["state"] in ("success", "failed"):
            return dict(run)
        time.sleep(1)
    raise AssertionError(f"run {run_id} still {run['state']} at the deadline\n{af.logs()}")


def task_instances(api: Api, dag_id: str, run_id: str) -> list[dict[str, Any]]:
    """Every task instance of one DAG run (mapped ones included)."""
    found = api.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances?limit=100")
    return list(found["task_instances"])


def expected_urls(outlets: list[Any], truth: list[dict[str, Any]]) -> set[str]:
    """The canonical URLs of every article of the served corpus that exists."""
    from pipeline.urls import canonicalize

    bases = {o.outlet_id: o.base for o in outlets}
    return {canonicalize(bases[t["outlet"]] + t["path"]) for t in truth if not t.get("missing")}


def stored_urls(db: str) -> list[str]:
    """Every stored article's canonical URL (duplicates kept, so a test can see them)."""
    from pipeline import store

    with store.connect(db, read_only=True) as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT canonical_url FROM articles")]


def start_core(af: AirflowHome) -> None:
    """Start the api-server (one worker, loopback), scheduler, dag-processor and triggerer."""
    af.start(
        "api-server",
        "api-server",
        "--host",
        "127.0.0.1",
        "--port",
        str(af.api_port),
        "--workers",
        "1",
    )
    for component in ("scheduler", "dag-processor", "triggerer"):
        af.start(component, component)
