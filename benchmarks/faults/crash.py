"""Crash benchmark: SIGKILL `newsmon ingest` and `newsmon alerts run` at random points,
run again, and check the store ends exactly as after an uninterrupted run.

    python benchmarks/faults/crash.py                 # 24 ingest kills + 6 alert kills
    python benchmarks/faults/crash.py --kills 8 --alert-kills 2 --seed 7

The demo corpus is served on 127.0.0.101+ with 50 ms latency per request. A reference
store comes from one uninterrupted ingest and one uninterrupted alerts run. Then, in
chains, a fresh store is hit by up to three killed ingests in a row (each aimed at
fetch, extract or the load transaction, at random), then one run that completes; its
public tables (articles, stories, article_regions, article_topics; volatile columns such
as fetched_at left out) must equal the reference's, with no duplicate, nothing missing,
and every DuckDB file left by a kill must open and read in full. Alert kills: a copy of
the reference ingest store, `newsmon alerts run` killed while the webhook holds its n-th
delivery (received, not yet recorded), then `run_alerts` again once the claim's backoff
has passed: every alert row must be `sent`, each delivered at least once, duplicates
only for the alert ids in flight at the kill, and the alert rows equal the reference's.
Prints JSON lines and writes the summary to benchmarks/faults/crash-results.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.faults import harness as h

HERE = Path(__file__).resolve().parent
AIMS = ("fetch", "extract", "load")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=24, help="ingest kills (at least 20)")
    parser.add_argument("--alert-kills", type=int, default=6)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="newsmon-crash-"))
    started = time.monotonic()
    summary: dict[str, Any] = {"seed": args.seed, "kills": [], "chains": [], "alert_kills": []}
    with h.serve_slow_corpus(work, args.latency) as server, h.serve_receiver() as receiver:
        rules = h.write_rules(work / "rules.yaml", receiver)
        ref_db, ref_data = work / "ref.duckdb", work / "ref-data"
        h.run_ok(h.ingest_cmd(server.feeds_file, ref_db), h.env_for(ref_data))
        total_pages = server.pages
        ingest_only = work / "ref-ingest.duckdb"
        shutil.copy(ref_db, ingest_only)
        receiver.reset()
        h.run_ok(h.alerts_cmd(rules, ref_db), h.env_for(ref_data))
        reference = h.snapshot(ref_db)
        ref_problems = h.check_deliveries(ref_db, receiver.ids())
        summary["reference"] = {
            "counts": h.counts_of(ref_db),
            "pages": total_pages,
            "alert_problems": ref_problems,
        }
        print(json.dumps(summary["reference"]), flush=True)
        ingest_ref = {t: v for t, v in reference.items() if t != "alerts"}

        done, chain = 0, 0
        while done < args.kills:
            chain += 1
            db, data = work / f"c{chain}.duckdb", work / f"c{chain}-data"
            kills = []
            for _ in range(min(rng.randint(1, 3), args.kills - done)):
                kill = h.kill_ingest(
                    server.feeds_file, db, data, server, rng.choice(AIMS), rng, total_pages
                )
                kill.detail += f"; store after kill: {h.check_not_corrupt(db) or 'opens, reads'}"
                kills.append(kill)
                done += kill.killed
                corrupt = h.check_not_corrupt(db)
                summary["kills"].append({**kill.__dict__, "chain": chain, "corrupt": corrupt})
                print(json.dumps(summary["kills"][-1]), flush=True)
            h.run_ok(h.ingest_cmd(server.feeds_file, db), h.env_for(data))
            got = h.snapshot(db)
            problem = h.diff(ingest_ref, {t: v for t, v in got.items() if t != "alerts"})
            lost = sum(len(set(ingest_ref[t]) - set(got[t])) for t in ingest_ref)
            summary["chains"].append(
                {
                    "chain": chain,
                    "kills": sum(k.killed for k in kills),  # landed kills only
                    "clean": not problem,
                    "problem": problem,
                    "rows_lost": lost,
                    "counts": h.counts_of(db),
                }
            )
            print(json.dumps(summary["chains"][-1]), flush=True)

        for n in range(args.alert_kills):
            db, data = work / f"a{n}.duckdb", work / f"a{n}-data"
            shutil.copy(ingest_only, db)
            nth = rng.randint(1, max(1, len(reference["alerts"])))
            killed, before = h.kill_alerts_during_send(rules, db, data, receiver, nth)
            in_flight = set(before)  # sent by the killed run, none recorded: all may repeat
            corrupt = h.check_not_corrupt(db)
            receiver_before = list(before)
            receiver.deliveries.clear()
            h.run_ok(h.alerts_cmd(rules, db), h.env_for(data))  # now: the claim still holds
            h.alerts_later(rules, db, h.env_for(data))
            delivered = receiver_before + receiver.ids()
            problems = h.check_deliveries(db, delivered, in_flight)
            rows_diff = h.diff(
                {"alerts": reference["alerts"]}, {"alerts": h.snapshot(db)["alerts"]}
            )
            entry = {
                "nth": nth,
                "killed": killed,
                "corrupt": corrupt,
                "delivered": len(delivered),
                "distinct": len(set(delivered)),
                "duplicates": len(delivered) - len(set(delivered)),
                "problems": problems + ([rows_diff] if rows_diff else []),
            }
            summary["alert_kills"].append(entry)
            print(json.dumps(entry), flush=True)

    kills = summary["kills"]
    summary["totals"] = {
        "ingest_kills": sum(k["killed"] for k in kills),
        "by_phase": {p: sum(k["killed"] and k["phase"] == p for k in kills) for p in AIMS},
        "corrupt_after_kill": sum(bool(k["corrupt"]) for k in kills),
        "chains": len(summary["chains"]),
        "chains_clean": sum(c["clean"] for c in summary["chains"]),
        "kills_in_clean_chains": sum(c["kills"] for c in summary["chains"] if c["clean"]),
        "rows_lost": sum(c["rows_lost"] for c in summary["chains"]),
        "alert_kills": sum(a["killed"] for a in summary["alert_kills"]),
        "alert_kills_clean": sum(
            a["killed"] and not a["problems"] and not a["corrupt"] for a in summary["alert_kills"]
        ),
        "alert_duplicates": sum(a["duplicates"] for a in summary["alert_kills"]),
        "wall_s": round(time.monotonic() - started, 1),
    }
    print(json.dumps(summary["totals"]), flush=True)
    (HERE / "crash-results.json").write_text(h.as_json(summary) + "\n")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
