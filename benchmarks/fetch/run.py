"""Fetch benchmark: many feeds over many hosts, with latency, against the politeness bound.

Serves N hosts on loopback addresses (127.0.0.21, ...), each with F feeds of E entries
whose pages answer after LATENCY seconds, runs one real ingest over all of them, and
reports wall time against the politeness lower bound (the busiest host's requests times
the minimum delay between two requests to one host) and peak memory. Runs each size in
a fresh process so peak RSS is that run's own.

    python benchmarks/fetch/run.py            # 200 feeds x 50 entries over 20 hosts
    python benchmarks/fetch/run.py --quick    # 40 feeds x 10 entries over 4 hosts
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
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "ma",
    "ne",
    "su",
    "la",
    "pe",
    "di",
    "go",
    "ba",
    "zu",
    "hi",
    "mo",
    "te",
    "ra",
    "ni",
    "so",
]
# Distinct invented words, so that no two pages are near copies of each other.
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]


def article(host: int, n: int) -> bytes:
    rng = random.Random(host * 100_003 + n)
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(40)) + ".</p>" for _ in range(6)
    )
    return (
        f"<html><head><title>Story {n} from host {host}</title></head><body><nav>Home</nav>"
        f"<article><h1>Story {n} from host {host}</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    ).encode()


def feed(base: str, host: int, feed_no: int, entries: int) -> bytes:
    items = "".join(
        f"<item><title>Story {feed_no * entries + i}</title>"
        f"<link>{base}/story/{feed_no * entries + i}</link></item>"
        for i in range(entries)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Host {host} feed {feed_no}</title>"
        f"{items}</channel></rss>"
    ).encode()


def serve(
    hosts: int, feeds: int, entries: int, latency: float
) -> tuple[list[str], list[ThreadingHTTPServer]]:
    urls, servers = [], []
    for h in range(hosts):
        address = f"127.0.0.{21 + h}"
        server = ThreadingHTTPServer((address, 0), BaseHTTPRequestHandler)
        base = f"http://{address}:{server.server_port}"

        class Handler(BaseHTTPRequestHandler):
            host_no, base_url = h, base

            def do_GET(self) -> None:
                time.sleep(latency)
                if self.path.startswith("/feed/"):
                    body, ctype = (
                        feed(self.base_url, self.host_no, int(self.path.split("/")[2]), entries),
                        "application/rss+xml",
                    )
                elif self.path.startswith("/story/"):
                    body, ctype = (
                        article(self.host_no, int(self.path.split("/")[2])),
                        "text/html; charset=utf-8",
                    )
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
        urls += [f"{base}/feed/{f}" for f in range(feeds)]
    return urls, servers


def one_run(hosts: int, feeds: int, entries: int, latency: float, delay: float) -> dict[str, Any]:
    """Run one ingest in this process; return its figures."""
    os.environ["NEWSMON_ALLOW_PRIVATE_NETWORKS"] = "1"
    os.environ["NEWSMON_HOST_DELAY"] = str(delay)
    from pipeline.ingest import run_ingest

    urls, servers = serve(hosts, feeds, entries, latency)
    work = Path(tempfile.mkdtemp(prefix="newsmon-fetch-bench-"))
    feeds_file = work / "feeds.yaml"
    feeds_file.write_text(
        "feeds:\n" + "".join(f"  - name: feed {i}\n    url: {u}\n" for i, u in enumerate(urls))
    )
    marks: dict[str, float] = {}

    rss_before_load = [0.0]

    def progress(event: str, n: int) -> None:
        marks[event] = time.monotonic()
        if event == "extract_done":  # the last one comes right before the load step
            rss_before_load[0] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    started = time.monotonic()
    result = run_ingest(
        feeds_file, str(work / "store.duckdb"), data_dir=work / "data", progress=progress
    )
    wall = time.monotonic() - started
    for server in servers:
        server.shutdown()
    # robots.txt + feeds + pages on the busiest host; each start waits `delay` after the last
    per_host_requests = 1 + feeds + feeds * entries
    bound = per_host_requests * delay
    return {
        "hosts": hosts,
        "feeds": hosts * feeds,
        "entries": hosts * feeds * entries,
        "articles_new": result.counts.get("articles_new", 0),
        "errors": len(result.errors),
        "delay_s": delay,
        "latency_s": latency,
        "politeness_bound_s": round(bound, 1),
        "fetch_wall_s": round(marks.get("pages_done", started) - started, 1),
        "total_wall_s": round(wall, 1),
        "fetch_vs_bound": round((marks.get("pages_done", started) - started) / bound, 2),
        "total_vs_bound": round(wall / bound, 2),
        "peak_rss_fetch_mib": round(rss_before_load[0], 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small run (4 hosts, 40 feeds x 10 entries)"
    )
    parser.add_argument(
        "--delay", type=float, default=0.25, help="minimum seconds between requests to one host"
    )
    parser.add_argument("--latency", type=float, default=0.05, help="added latency per response")
    parser.add_argument(
        "--one", nargs=3, type=int, metavar=("HOSTS", "FEEDS", "ENTRIES"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(*args.one, latency=args.latency, delay=args.delay)))
        return
    sizes = [(4, 10, 10)] if args.quick else [(20, 10, 10), (20, 10, 50)]
    rows = []
    for hosts, feeds, entries in sizes:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(hosts),
                str(feeds),
                str(entries),
                "--delay",
                str(args.delay),
                "--latency",
                str(args.latency),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    lines = [
        "# Fetch benchmark results",
        "",
        f"Date: {datetime.now(UTC).isoformat(timespec='seconds')}  ",
        f"Machine: `{' '.join(platform.uname())}`, nproc={os.cpu_count()}  ",
        f"Command: `python benchmarks/fetch/run.py{' --quick' if args.quick else ''}`",
        "",
        "| hosts | feeds | entries | new articles | errors | delay s | latency s | politeness bound s | fetch wall s | total wall s | fetch / bound | total / bound | peak RSS MiB, fetch + extract | peak RSS MiB, whole run |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['hosts']} | {r['feeds']} | {r['entries']} | {r['articles_new']} | {r['errors']} | {r['delay_s']} | "
            f"{r['latency_s']} | {r['politeness_bound_s']} | {r['fetch_wall_s']} | {r['total_wall_s']} | "
            f"{r['fetch_vs_bound']} | {r['total_vs_bound']} | {r['peak_rss_fetch_mib']} | {r['peak_rss_mib']} |"
        )
    (HERE / ("RESULTS-quick.md" if args.quick else "RESULTS.md")).write_text(
        "\n".join(lines) + "\n"
    )


if __name__ == "__main__":
    main()
