"""Coverage-guided fuzzing with atheris (libFuzzer) of what reads untrusted input.

    python benchmarks/faults/atheris_fuzz.py --seconds 60          # every target, 60 s each
    python benchmarks/faults/atheris_fuzz.py --target extract -- -runs=500   # one target

Targets: feed XML through ``parse_feed``, page bytes through ``extract``, text through
``tag`` (first line the title), bytes and a Content-Type through ``decode_html`` (first
line the Content-Type), strings through ``canonicalize``. The pipeline's modules are instrumented for coverage; libFuzzer
mutates inputs towards new branches, starting from seeds taken from our own fixtures
(the demo corpus's feeds and the extraction benchmark's pages).

A target fails on any exception but the documented one (``FeedParseError`` for a feed
that is not RSS or Atom) and on any call over libFuzzer's ``-timeout`` (10 s here). Each
target runs in a process of its own (libFuzzer ends the process when it stops). The
summary goes to benchmarks/faults/atheris-results.json with ``--seconds``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TARGETS = ("feed", "extract", "tag", "decode_html", "canonicalize")
# libFuzzer options for every target: a call over 10 s is a hang; inputs up to 64 KiB.
LIBFUZZER_ARGS = ["-timeout=10", "-max_len=65536", "-rss_limit_mb=4096"]
SEED_FILES = 12
MAX_CONTENT_TYPE = 100


def seeds(target: str) -> list[bytes]:
    """Starting inputs for ``target``, from our own fixtures."""
    feeds = sorted((REPO / "pipeline" / "demo" / "corpus").rglob("*.xml"))[:SEED_FILES]
    pages = sorted((REPO / "benchmarks" / "extraction" / "pages" / "dev").glob("*.html"))
    bodies = [f.read_bytes() for f in pages[:SEED_FILES]]
    return {
        "feed": [f.read_bytes() for f in feeds],
        "extract": bodies,
        # a Content-Type line, then the body
        "decode_html": [b"text/html; charset=utf-8\n" + b for b in bodies] + bodies[:2],
        "tag": [
            b"Quetta: Gwadar port workers protest\nThe Balochistan government said on Monday",
            "گلگت بلتستان میں برفباری\nسکردو اور ہنزہ میں سڑکیں بند".encode(),
        ],
        "canonicalize": [
            b"https://m.example.com/a/b/?utm_source=x&id=3#top",
            b"http://[::1]:80/amp/",
        ],
    }[target]


def fuzz_one(target: str) -> Callable[[bytes], None]:
    """The instrumented test function of ``target``."""
    import atheris

    with atheris.instrument_imports(include=["pipeline", "feedparser"]):
        from pipeline import encoding, tag, urls
        from pipeline.discover import FeedParseError, parse_feed
        from pipeline.extract import extract

    def feed(data: bytes) -> None:
        with contextlib.suppress(FeedParseError):
            parse_feed(data, "http://example.com/f.xml", "f")

    def page(data: bytes) -> None:
        extract(data, "http://example.com/a")

    def tagging(data: bytes) -> None:
        title, _, text = data.decode("utf-8", "replace").partition("\n")
        tag.tag(title, text)

    def decode(data: bytes) -> None:
        # "<Content-Type>\n<body>"; without a newline, the whole input is the body
        head, newline, body = data.partition(b"\n")
        if newline and len(head) <= MAX_CONTENT_TYPE:
            encoding.decode_html(body, head.decode("latin-1"))
        else:
            encoding.decode_html(data, None)

    def canonical(data: bytes) -> None:
        urls.canonicalize(data.decode("utf-8", "replace"))

    return {
        "feed": feed,
        "extract": page,
        "tag": tagging,
        "decode_html": decode,
        "canonicalize": canonical,
    }[target]


def run_target(target: str, libfuzzer_args: list[str]) -> None:
    """Fuzz ``target`` in this process (libFuzzer exits it when done)."""
    import atheris

    if target == "tag":
        from pipeline import tag

        tag.load_taxonomy()  # compiled once, before fuzzing, not inside the first call
    work = Path(tempfile.mkdtemp(prefix=f"newsmon-atheris-{target}-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for n, seed in enumerate(seeds(target)):
        (corpus / f"seed-{n}").write_bytes(seed)
    test = fuzz_one(target)
    # a failing input is written under the temporary directory (its path is printed)
    artifacts = f"-artifact_prefix={work}/"
    atheris.Setup([sys.argv[0], *LIBFUZZER_ARGS, artifacts, *libfuzzer_args, str(corpus)], test)
    atheris.Fuzz()


def run_all(seconds: int) -> list[dict[str, Any]]:
    """Every target for ``seconds`` each, one process per target; a row per target."""
    rows = []
    for target in TARGETS:
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, __file__, "--target", target, "--", f"-max_total_time={seconds}"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            check=False,
        )
        out = proc.stderr + proc.stdout
        done = re.findall(r"Done (\d+) runs", out) or re.findall(r"#(\d+)\s", out)
        failure = None
        if proc.returncode != 0:
            lines = [x for x in out.splitlines() if x.strip()]
            failure = "\n".join(lines[-15:])
        rows.append(
            {
                "target": target,
                "inputs_tried": int(done[-1]) if done else 0,
                "seconds": round(time.monotonic() - started, 1),
                "exit_code": proc.returncode,
                "failure": failure,
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--target", choices=TARGETS, help="fuzz one target in this process")
    parser.add_argument("--seconds", type=int, default=60, help="per target, with no --target")
    parser.add_argument("libfuzzer", nargs="*", help="libFuzzer arguments (after --)")
    args = parser.parse_args()
    if args.target:
        run_target(args.target, args.libfuzzer)
        return
    rows = run_all(args.seconds)
    (HERE / "atheris-results.json").write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": " ".join(platform.uname()),
                "nproc": os.cpu_count(),
                "command": "python benchmarks/faults/atheris_fuzz.py " + " ".join(sys.argv[1:]),
                "rows": rows,
                "total_inputs": sum(r["inputs_tried"] for r in rows),
                "targets_failing": sum(r["exit_code"] != 0 for r in rows),
            },
            indent=2,
        )
        + "\n"
    )
    sys.exit(1 if any(r["exit_code"] != 0 for r in rows) else 0)


if __name__ == "__main__":
    main()
