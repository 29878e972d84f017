"""Shared parts of the fault benchmarks and tests: a slow corpus server, a webhook
receiver that counts deliveries, `newsmon` subprocesses killed with SIGKILL at chosen
points, and snapshots of the store's public tables.

Everything runs on loopback: the demo corpus is served on 127.0.0.x with a per-request
latency so that a run lasts long enough to be killed in each phase.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import duckdb
import yaml

from pipeline.demo.server import _handler, feeds_document, load_outlets

REPO = Path(__file__).resolve().parents[2]
_SCRIPT = Path(sys.executable).with_name("newsmon")
# The installed `newsmon` command (what users run); `python -m pipeline.cli` without one.
NEWSMON = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pipeline.cli"]
# Columns that record *when* something happened or *which run* did it: they differ
# between any two runs and are not part of what a run stores.
VOLATILE = {
    "fetched_at",
    "run_id",
    "first_seen_at",
    "created_at",
    "sent_at",
    "next_attempt_at",
    "attempts",
    "last_error",
}
PUBLIC_TABLES = ("articles", "stories", "article_regions", "article_topics", "alerts")
# Every table, for the "file is not corrupt" scan.
ALL_TABLES = (*PUBLIC_TABLES, "feeds", "runs", "article_bands", "alert_rules", "schema_migrations")


# --- servers ---------------------------------------------------------------------------


@dataclass
class CorpusServer:
    """The demo corpus with latency; counts page requests (neither feeds nor robots.txt)."""

    feeds_file: Path
    pages: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, path: str) -> None:
        route = path.split("?", 1)[0]
        if route != "/robots.txt" and not route.endswith(".xml"):
            with self.lock:
                self.pages += 1

    def reset(self) -> None:
        with self.lock:
            self.pages = 0


@contextmanager
def serve_slow_corpus(workdir: Path, latency: float = 0.05) -> Iterator[CorpusServer]:
    """Serve the demo corpus (each outlet on its own 127.0.0.x) answering after ``latency`` s."""
    outlets = load_outlets()
    servers: list[ThreadingHTTPServer] = []
    started: list[ThreadingHTTPServer] = []
    workdir.mkdir(parents=True, exist_ok=True)
    state = CorpusServer(workdir / "feeds.yaml")
    try:
        for n, outlet in enumerate(outlets):
            server = ThreadingHTTPServer((f"127.0.0.{101 + n}", 0), BaseHTTPRequestHandler)
            server.daemon_threads = True
            servers.append(server)
            outlet.base = f"http://127.0.0.{101 + n}:{server.server_port}"
        bases = {o.outlet_id: o.base for o in outlets}
        for outlet, server in zip(outlets, servers, strict=True):
            base_handler: Any = _handler(outlet, bases)

            class Slow(base_handler):
                def do_GET(self) -> None:
                    time.sleep(latency)
                    state.hit(self.path)
                    super().do_GET()

            server.RequestHandlerClass = Slow
            threading.Thread(target=server.serve_forever, daemon=True).start()
            started.append(server)
        state.feeds_file.write_text(
            yaml.safe_dump(feeds_document(outlets), allow_unicode=True), encoding="utf-8"
        )
        yield state
    finally:
        for server in started:
            server.shutdown()
        for server in servers:
            server.server_close()


@dataclass
class Receiver:
    """A JSON webhook: records each delivery's alert id header and body."""

    url: str
    deliveries: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Event = field(default_factory=threading.Event)
    hold: float = 0.0  # seconds to wait before answering (a window to kill the sender in)

    def reset(self, hold: float = 0.0) -> None:
        with self.lock:
            self.deliveries.clear()
            self.arrived.clear()
            self.hold = hold

    def ids(self) -> list[str]:
        with self.lock:
            return [i for header, _ in self.deliveries for i in header.split(",") if i]


@contextmanager
def serve_receiver() -> Iterator[Receiver]:
    """A webhook receiver on 127.0.0.1 counting every POST it gets."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    receiver = Receiver(f"json://127.0.0.1:{server.server_port}/hook")

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with receiver.lock:
                receiver.deliveries.append(
                    (self.headers.get("X-Newsmon-Alert-Id", ""), body.decode("utf-8", "replace"))
                )
                hold = receiver.hold
            receiver.arrived.set()
            if hold:
                time.sleep(hold)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: Any) -> None:
            return

    server.RequestHandlerClass = Hook
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def write_rules(path: Path, receiver: Receiver) -> Path:
    """One immediate rule, backfilled, to the receiver."""
    path.write_text(
        yaml.safe_dump(
            {
                "rules": [
                    {
                        "name": "watched",
                        "regions": ["balochistan", "gilgit_baltistan"],
                        "channels": [receiver.url],
                        "backfill": True,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    return path


# --- processes -------------------------------------------------------------------------


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NEWSMON_DATA_DIR=str(data_dir),
        NEWSMON_ALLOW_PRIVATE_NETWORKS="1",
        NEWSMON_HOST_DELAY="0",
        NEWSMON_RETRY_BACKOFF="0.01",
        PYTHONPATH=str(REPO),
    )
    env.pop("NEWSMON_DB", None)
    env.update(extra)
    return env


def ingest_cmd(feeds: Path, db: Path) -> list[str]:
    return [*NEWSMON, "ingest", "--feeds", str(feeds), "--db", str(db), "--quiet"]


def alerts_cmd(rules: Path, db: Path) -> list[str]:
    return [*NEWSMON, "alerts", "run", "--rules", str(rules), "--db", str(db)]


def run_ok(
    cmd: list[str], env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise AssertionError(
            f"{' '.join(cmd[:4])} exited {done.returncode}:\n{done.stderr[-3000:]}"
        )
    return done


def alerts_later(rules: Path, db: Path, env: dict[str, str], hours: float = 2.0) -> None:
    """``run_alerts`` (what `newsmon alerts run` calls) as if ``hours`` had passed: the claim
    of a row whose sender died expires after its backoff, so a later run sends it again."""
    when = (datetime.now(UTC) + timedelta(hours=hours)).isoformat()
    code = (
        "import sys; from datetime import datetime; from pipeline.alerts import run_alerts; "
        f"r = run_alerts({str(rules)!r}, {str(db)!r}, now=datetime.fromisoformat({when!r})); "
        "print(r.as_dict())"
    )
    run_ok([sys.executable, "-c", code], env)


@dataclass
class Kill:
    """One SIGKILL: where it was aimed, where the process really was, and what it left."""

    aim: str
    phase: str = ""
    killed: bool = False
    exit_code: int | None = None
    detail: str = ""


def _new_run_dirs(data_dir: Path, before: set[str]) -> list[Path]:
    runs = data_dir / "runs"
    if not runs.is_dir():
        return []
    return [p for p in runs.iterdir() if p.name not in before]


def _outcomes_written(data_dir: Path, before: set[str]) -> bool:
    return any(any(d.glob("*.json")) for d in _new_run_dirs(data_dir, before))


def kill_ingest(
    feeds: Path,
    db: Path,
    data_dir: Path,
    server: CorpusServer,
    aim: str,
    rng: random.Random,
    total_pages: int,
    timeout: float = 240,
) -> Kill:
    """Start `newsmon ingest` and SIGKILL it at a random point of phase ``aim``.

    fetch: after a random number of page requests; extract: after the last page was
    served, before the staged outcomes are written; load: a random moment after the
    outcomes appear (the load transaction runs then). Returns where it really was.
    """
    runs = data_dir / "runs"
    before = {p.name for p in runs.iterdir()} if runs.is_dir() else set()
    server.reset()
    kill = Kill(aim)
    proc = subprocess.Popen(
        ingest_cmd(feeds, db),
        env=env_for(data_dir),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout
    threshold = rng.randint(1, max(1, total_pages - 1))
    fire_at: float | None = None
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            now = time.monotonic()
            if fire_at is None:
                if aim == "fetch" and server.pages >= threshold:
                    fire_at = now
                elif aim == "extract" and server.pages >= total_pages:
                    fire_at = now + rng.uniform(0.0, 1.5)
                elif aim == "load" and _outcomes_written(data_dir, before):
                    fire_at = now + rng.uniform(0.0, 0.4)
            if fire_at is not None and now >= fire_at:
                pages = server.pages
                staged = _outcomes_written(data_dir, before)
                os.kill(proc.pid, signal.SIGKILL)
                kill.killed = True
                kill.phase = "load" if staged else ("extract" if pages >= total_pages else "fetch")
                kill.detail = f"pages served {pages}/{total_pages}"
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None and not kill.killed:
            proc.kill()
        _, err = proc.communicate(timeout=60)
    kill.exit_code = proc.returncode
    if not kill.killed:
        kill.phase = "finished first"
        kill.detail = err[-500:]
    _kill_orphans()
    return kill


def _kill_orphans() -> None:
    """SIGKILL of the ingest leaves its extraction workers and forkserver behind: they
    notice the closed pipe and exit; give them a moment so they do not pile up."""
    time.sleep(0.2)


def kill_alerts_during_send(
    rules: Path, db: Path, data_dir: Path, receiver: Receiver, nth: int, timeout: float = 120
) -> tuple[bool, list[str]]:
    """Start `newsmon alerts run`; SIGKILL it while its ``nth`` delivery is being answered
    (received by the webhook, not yet recorded as sent). Returns (killed, ids in flight)."""
    receiver.reset(hold=5.0)
    proc = subprocess.Popen(
        alerts_cmd(rules, db),
        env=env_for(data_dir),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout
    killed = False
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            with receiver.lock:
                count = len(receiver.deliveries)
            if count >= nth:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
            # answer the earlier ones at once: only the nth is held
            receiver.hold = 5.0 if count + 1 >= nth else 0.0
            time.sleep(0.002)
    finally:
        if proc.poll() is None and not killed:
            proc.kill()
        proc.communicate(timeout=60)
        receiver.hold = 0.0
    return killed, receiver.ids()


# --- the store -------------------------------------------------------------------------


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[Any, ...]]:
    cols = [
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
        if r[0] not in VOLATILE
    ]
    select = ", ".join(f'"{c}"::VARCHAR' for c in cols)
    return sorted(tuple(r) for r in con.execute(f"SELECT {select} FROM {table}").fetchall())


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The public tables' rows (volatile columns left out), sorted."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: _rows(con, t) for t in PUBLIC_TABLES}
    finally:
        con.close()


def check_not_corrupt(db: Path) -> str | None:
    """Open ``db`` (replaying its WAL) and read every row of every table; None if fine."""
    if not db.exists():
        return None
    # The copy goes to the system temp dir: ``db`` may sit on a full (or read-only) disk.
    scratch = Path(tempfile.mkdtemp(prefix="newsmon-check-"))
    copy = scratch / db.name
    try:
        shutil.copy(db, copy)
        wal = Path(str(db) + ".wal")
        if wal.exists():
            shutil.copy(wal, Path(str(copy) + ".wal"))
        con = duckdb.connect(str(copy))
        try:
            tables = {
                r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            }
            for t in ALL_TABLES:
                if t in tables:
                    con.execute(f"SELECT * FROM {t}").fetchall()
            if "articles" in tables:
                dup = con.execute(
                    "SELECT count(*) - count(DISTINCT canonical_url) FROM articles"
                ).fetchone()
                if dup and dup[0]:
                    return f"{dup[0]} duplicate canonical URLs"
            con.execute("CHECKPOINT")
        finally:
            con.close()
    except duckdb.Error as exc:
        return f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return None


def diff(expected: dict[str, list[tuple[Any, ...]]], got: dict[str, list[tuple[Any, ...]]]) -> str:
    """'' when equal; else per table, how many rows are missing and extra."""
    out = []
    for table in expected:
        want, have = set(expected[table]), set(got.get(table, []))
        if len(got.get(table, [])) != len(have):
            out.append(f"{table}: duplicate rows")
        if want != have:
            out.append(f"{table}: {len(want - have)} missing, {len(have - want)} extra")
    return "; ".join(out)


def check_deliveries(
    db: Path, delivered: list[str], in_flight: set[str] | None = None
) -> list[str]:
    """At-least-once: every sent row was delivered, every delivered id is a row, and an id
    delivered twice was one whose sender died (``in_flight``). Returns the problems."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = dict(con.execute("SELECT alert_id, status FROM alerts").fetchall())
    finally:
        con.close()
    problems = []
    unsent = [a for a, s in rows.items() if s != "sent"]
    if unsent:
        problems.append(f"{len(unsent)} alerts not sent")
    never = set(rows) - set(delivered)
    if never:
        problems.append(f"{len(never)} alerts recorded but never delivered")
    unknown = set(delivered) - set(rows)
    if unknown:
        problems.append(f"{len(unknown)} deliveries with an unknown alert id")
    dupes = {a for a in delivered if delivered.count(a) > 1}
    if in_flight is not None and dupes - in_flight:
        problems.append(f"{len(dupes - in_flight)} duplicates not explained by the kill")
    return problems


def counts_of(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
            for t in PUBLIC_TABLES
        }
    finally:
        con.close()


def as_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, default=str)


ProgressFn = Callable[[str], None]
