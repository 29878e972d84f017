"""Long fuzz run: the strategies of tests/test_fuzz.py with many more examples.

    python benchmarks/faults/fuzz.py --examples 2000

For each target, runs hypothesis with ``--examples`` inputs, a per-call time limit, and
reports inputs tried, the documented errors seen, and the first undocumented failure
(exception type and the shrunk input) if any. Writes benchmarks/faults/fuzz-results.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import encoding, tag, urls
from pipeline.discover import FeedParseError, parse_feed
from pipeline.extract import extract
from tests.test_fuzz import PIECE, TEXTS, URLISH, bounded, feeds, pages

HERE = Path(__file__).resolve().parent


def _feed(body: bytes) -> None:
    with contextlib.suppress(FeedParseError):
        bounded(parse_feed, body, "http://example.com/f.xml", "f")


TARGETS: dict[str, tuple[Callable[..., Any], Any]] = {
    "parse_feed/structured": (_feed, feeds()),
    "parse_feed/bytes": (_feed, st.binary(max_size=4000)),
    "extract/structured": (lambda h: bounded(extract, h, "http://example.com/a"), pages()),
    "extract/bytes": (
        lambda b: bounded(extract, b, "http://example.com/a"),
        st.binary(max_size=4000),
    ),
    "tag": (
        lambda t: bounded(tag.tag, t[0], t[1]),
        st.tuples(TEXTS, st.lists(PIECE, max_size=40).map(" ".join)),
    ),
    "decode_html": (
        lambda a: bounded(encoding.decode_html, a[0], a[1]),
        st.tuples(st.binary(max_size=4000), st.one_of(st.none(), st.text(max_size=40))),
    ),
    "canonicalize": (lambda u: bounded(urls.canonicalize, u), URLISH),
}


def run(name: str, fn: Callable[..., Any], strategy: Any, examples: int) -> dict[str, Any]:
    tried = [0]

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(strategy)
    def target(value: Any) -> None:
        tried[0] += 1
        fn(value)

    started = time.monotonic()
    failure = None
    try:
        target()
    except BaseException as exc:  # report, go on with the next target
        failure = f"{type(exc).__name__}: {str(exc)[:300]}"
    return {
        "target": name,
        "inputs_tried": tried[0],
        "seconds": round(time.monotonic() - started, 1),
        "failure": failure,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    rows = []
    for name, (fn, strategy) in TARGETS.items():
        rows.append(run(name, fn, strategy, args.examples))
        print(json.dumps(rows[-1]), flush=True)
    total = sum(r["inputs_tried"] for r in rows)
    print(
        json.dumps(
            {"inputs_tried": total, "targets_failing": sum(bool(r["failure"]) for r in rows)}
        )
    )
    (HERE / "fuzz-results.json").write_text(
        json.dumps({"examples": args.examples, "rows": rows}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
