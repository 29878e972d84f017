"""Load benchmark: 50,000 entries from 500 feeds through one `run_ingest`, memory vs size.

    python benchmarks/faults/load.py                  # 10,000 then 50,000 entries
    python benchmarks/faults/load.py --sizes 2000     # a quick look

500 feeds on 50 loopback hosts (127.0.0.151 ...), each feed listing ENTRIES/500 distinct
short articles, host delay 0.01 s (NEWSMON_HOST_DELAY), no added latency. Each size runs
in a fresh process, so its peak RSS (ru_maxrss, this process; extraction workers are
children and reported apart) is that run's own. Reports peak RSS just before the load
step (fetch + extract), before the full-text index rebuild (fetch, extract and load) and
for the whole run, entries in, articles stored, and items lost (entries minus articles
stored minus recorded errors: must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FEEDS = 500
HOSTS = 50
FIRST_HOST = 151
SYLLABLES = ["ka", "ri", "to", "ma", "ne", "su", "la", "pe", "di", "go", "ba", "zu", "hi", "mo"]
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]


def article(n: int) -> bytes:
    rng = random.Random(n)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(30)) + ".</p>" for _ in range(3)
    )
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"{paras}</article></body></html>"
    ).encode()


def feed_body(base: str, feed_no: int, per_feed: int) -> bytes:
    first = feed_no * per_feed
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/s/{n}</link></item>"
        for n in range(first, first + per_feed)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>F{feed_no}</title>{items}"
        "</channel></rss>"
    ).encode()


def serve(per_feed: int) -> tuple[list[str], list[ThreadingHTTPServer]]:
    urls, servers = [], []
    feeds_per_host = FEEDS // HOSTS
    for h in range(HOSTS):
        server = ThreadingHTTPServer((f"127.0.0.{FIRST_HOST + h}", 0), BaseHTTPRequestHandler)
        server.daemon_threads = True
        base = f"http://127.0.0.{FIRST_HOST + h}:{server.server_port}"

        class Handler(BaseHTTPRequestHandler):
            base_url = base

            def do_GET(self) -> None:
                parts = self.path.split("/")
                if self.path.startswith("/f/"):
                    body, ctype = (
                        feed_body(self.base_url, int(parts[2]), per_feed),
                        "application/rss+xml",
                    )
                elif self.path.startswith("/s/"):
                    body, ctype = article(int(parts[2])), "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        server.RequestHandlerClass = Handler
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls += [f"{base}/f/{h * feeds_per_host + f}" for f in range(feeds_per_host)]
    return urls, servers


def one_run(entries: int, delay: float, db: Path | None = None) -> dict[str, Any]:
    os.environ["NEWSMON_ALLOW_PRIVATE_NETWORKS"] = "1"
    os.environ["NEWSMON_HOST_DELAY"] = str(delay)
    from pipeline.ingest import run_ingest

    per_feed = entries // FEEDS
    urls, servers = serve(per_feed)
    work = Path(tempfile.mkdtemp(prefix="newsmon-load-bench-"))
    feeds_file = work / "feeds.yaml"
    feeds_file.write_text(
        "feeds:\n" + "".join(f"  - name: feed {i}\n    url: {u}\n" for i, u in enumerate(urls))
    )
    marks: dict[str, float] = {}
    rss_fetch = [0.0]

    def progress(event: str, n: int) -> None:
        marks[event] = time.monotonic()
        if event == "extract_done":
            rss_fetch[0] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # The full-text index rebuild after the load covers the whole store, not the run:
    # the peak just before it is reported apart.
    from pipeline import search

    rss_load = [0.0]
    rebuild = search.refresh_search_index

    def refresh(conn: Any) -> None:
        rss_load[0] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rebuild(conn)

    search.refresh_search_index = refresh  # type: ignore[assignment]
    db = db or work / "store.duckdb"
    before = _stored(db)
    started = time.monotonic()
    result = run_ingest(feeds_file, str(db), data_dir=work / "data", progress=progress)
    wall = time.monotonic() - started
    for server in servers:
        server.shutdown()
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    stored = int(con.execute("SELECT count(*) FROM articles").fetchone()[0]) - before  # type: ignore[index]
    distinct = (
        int(con.execute("SELECT count(DISTINCT canonical_url) FROM articles").fetchone()[0])
        - before
    )  # type: ignore[index]
    con.close()
    return {
        "store_articles_before": before,
        "feeds": len(urls),
        "entries": result.counts.get("entries", 0),
        "articles_stored": stored,
        "duplicates": stored - distinct,
        "errors": len(result.errors),
        "items_lost": result.counts.get("entries", 0) - stored - len(result.errors),
        "wall_s": round(wall, 1),
        "fetch_extract_s": round(marks.get("extract_done", started) - started, 1),
        "peak_rss_fetch_extract_mib": round(rss_fetch[0], 1),
        "peak_rss_before_index_mib": round(rss_load[0], 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_children_mib": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def _stored(db: Path) -> int:
    """Articles already in the store at ``db`` (0 when there is none)."""
    if not db.exists():
        return 0
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--delay", type=float, default=0.01)
    parser.add_argument(
        "--memory-limit", help="NEWSMON_DB_MEMORY_LIMIT for the runs (e.g. 256MB); default none"
    )
    parser.add_argument(
        "--prefill",
        type=int,
        default=0,
        help="first fill each size's store with this many other entries (in another process)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one, args.delay, args.db)))
        return
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NEWSMON_DB_MEMORY_LIMIT": args.memory_limit or "",
    }

    def run(size: int, db: Path | None) -> dict[str, Any]:
        command = [sys.executable, __file__, "--one", str(size), "--delay", str(args.delay)]
        out = subprocess.run(
            command + (["--db", str(db)] if db else []),
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        return result

    rows = []
    for size in args.sizes:
        db = None
        if args.prefill:  # another process fills the store; the measured run comes after
            db = Path(tempfile.mkdtemp(prefix="newsmon-load-bench-")) / "store.duckdb"
            run(args.prefill, db)
        rows.append(run(size, db))
        rows[-1]["db_memory_limit"] = args.memory_limit
        print(json.dumps(rows[-1]), flush=True)
    name = "load-results" + ("-limited" if args.memory_limit else "")
    name += f"-prefill{args.prefill}.json" if args.prefill else ".json"
    (HERE / name).write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": " ".join(platform.uname()),
                "nproc": os.cpu_count(),
                "command": "python benchmarks/faults/load.py " + " ".join(sys.argv[1:]),
                "rows": rows,
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
