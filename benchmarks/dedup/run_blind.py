"""Syndication quality on a blind labelled set, through the store itself.

Run: python benchmarks/dedup/run_blind.py [--set blind1] [--loads 3] [--out benchmarks/dedup/RESULTS.md]
     python benchmarks/dedup/run_blind.py --sweep 0.3,0.4,0.5 --set dev --set blind1

The set (``<set>.yaml``, written by someone who had not seen the method or its
constants) lists articles with their ``group`` (one story: a wire original and its
copies) and ``event`` (several groups may report one event independently).
``--set dev`` scores the development set of dataset.py the same way. Unlike
run_quality.py, which replays the method on its own, this loads the articles into a
DuckDB store with the pipeline's load step (``pipeline.load.load_run``: band rows,
band index, verification, stories), in ``--loads`` loads of a shuffled order, then
reads ``articles.story_id``. Pairwise precision, recall and F1 over pairs of articles
in one story (what users see), the independent reports merged with a copy (the hard
negatives), and every mistake with the copy's edits. ``--sweep`` instead loads each
set once per containment threshold (``dedup.CONTAINMENT_THRESHOLD``) and writes one
table: the threshold curve of the stories users see, where a copy needs only one
verified link to its story (connected components), not a link to every copy.
"""

from __future__ import annotations

import argparse
import itertools
import random
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from dataset import build, hard_negative_groups
from run_quality import machine, prf, write_section

from pipeline import dedup, store
from pipeline.load import load_run
from pipeline.stage import ARTICLE_SCHEMA, TAG_SCHEMA, FeedOutcome, write_table

HERE = Path(__file__).resolve().parent
BASE = datetime(2026, 11, 1, tzinfo=UTC)
SEED = 11


def dev_items() -> list[dict[str, Any]]:
    """The development set (dataset.py) as set items: an independent report's event is
    the story it reports on."""
    event = {report: story for story, report in hard_negative_groups()}
    return [
        {
            "id": a.id,
            "group": a.group,
            "event": event.get(a.group, a.group),
            "kind": a.kind,
            "edits": list(a.edits),
            "title": a.id,
            "text": a.text,
        }
        for a in build()
    ]


def staged_row(n: int, item: dict[str, Any]) -> dict[str, Any]:
    """The staged article of set item ``item`` (the ``n``-th), as extraction leaves it."""
    url = f"http://outlet{n % 9}.example/{item['id']}"
    text = str(item["text"]).strip()
    return {
        "article_id": store.article_id_for(url),
        "url": url,
        "canonical_url": url,
        "source_domain": f"outlet{n % 9}.example",
        "outlet": f"Outlet {n % 9}",
        "feed_id": f"f{n % 9}",
        "title": item["title"],
        "text": text,
        "description": None,
        "author": None,
        "published_at": BASE + timedelta(minutes=n),
        "fetched_at": BASE + timedelta(days=1),
        "language": "en",
        "agency": None,
        "dateline_place": None,
        "text_hash": dedup.text_hash(text),
        "bands": dedup.text_bands(text),
    }


def load_in_store(items: list[dict[str, Any]], loads: int, workdir: Path) -> dict[str, int]:
    """Load the items in ``loads`` loads of a shuffled order; return item id -> story id."""
    rows = {item["id"]: staged_row(n, item) for n, item in enumerate(items)}
    order = sorted(rows)
    random.Random(SEED).shuffle(order)
    db = str(workdir / "blind.duckdb")
    size = -(-len(order) // loads)
    for k in range(loads):
        batch = [rows[i] for i in order[k * size : (k + 1) * size]]
        run_dir = workdir / f"run{k}"
        run_dir.mkdir()
        outcome = FeedOutcome("f", "F", "http://outlet.example/feed", BASE.isoformat(), ok=True)
        outcome.articles_path = str(write_table(batch, ARTICLE_SCHEMA, run_dir / "a.parquet"))
        outcome.tags_path = str(write_table([], TAG_SCHEMA, run_dir / "t.parquet"))
        outcome.feed_id = f"run{k}"
        load_run(db, f"run{k}", [str(outcome.write(run_dir))])
    with store.connect(db, read_only=True) as conn:
        story = dict(conn.exec_driver_sql("SELECT article_id, story_id FROM articles").fetchall())
    return {i: int(story[row["article_id"]]) for i, row in rows.items()}


def set_items(name: str) -> list[dict[str, Any]]:
    """The articles of set ``name``."""
    if name == "dev":
        return dev_items()
    loaded: list[dict[str, Any]] = yaml.safe_load((HERE / f"{name}.yaml").read_text("utf-8"))
    return loaded


def score(
    items: list[dict[str, Any]], loads: int
) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    """Load ``items`` into a fresh store: (pairs in one story, copy pairs, hard negatives)."""
    by_id = {item["id"]: item for item in items}
    with tempfile.TemporaryDirectory() as tmp:
        story = load_in_store(items, loads, Path(tmp))
    pairs = list(itertools.combinations(sorted(by_id), 2))
    truth = {(a, b) for a, b in pairs if by_id[a]["group"] == by_id[b]["group"]}
    predicted = {(a, b) for a, b in pairs if story[a] == story[b]}
    hard = {
        (a, b)
        for a, b in pairs
        if by_id[a]["event"] == by_id[b]["event"] and by_id[a]["group"] != by_id[b]["group"]
    }
    return predicted, truth, hard


def sweep(names: list[str], thresholds: list[float], loads: int) -> str:
    """The containment-threshold curve of the stories, per set."""
    lines = [
        f"## Containment threshold through the store (run_blind.py --sweep "
        f"{','.join(map(str, thresholds))} {' '.join(f'--set {n}' for n in names)})",
        "",
        machine(),
        "",
        f"Current `CONTAINMENT_THRESHOLD` = {dedup.CONTAINMENT_THRESHOLD}. Each cell: "
        "precision / recall of pairs in one story (hard negatives merged).",
        "",
        "| threshold | " + " | ".join(names) + " |",
        "| ---: | " + " | ".join("---" for _ in names) + " |",
    ]
    items = {name: set_items(name) for name in names}
    current = dedup.CONTAINMENT_THRESHOLD
    try:
        for t in thresholds:
            dedup.CONTAINMENT_THRESHOLD = t
            cells = []
            for name in names:
                predicted, truth, hard = score(items[name], loads)
                precision, recall, _ = prf(predicted, truth)
                cells.append(f"{precision:.3f} / {recall:.3f} ({len(predicted & hard)})")
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
    finally:
        dedup.CONTAINMENT_THRESHOLD = current
    return "\n".join(lines)


def evaluate(name: str, loads: int) -> str:
    """The section for set ``name``."""
    items = set_items(name)
    by_id = {item["id"]: item for item in items}
    predicted, truth, hard = score(items, loads)
    precision, recall, f1 = prf(predicted, truth)
    groups = {item["group"] for item in items}
    kinds = Counter(str(item["kind"]) for item in items)

    def describe(a: str, b: str) -> str:
        scores = dedup.copy_score(by_id[a]["text"], by_id[b]["text"])
        edits = by_id[b].get("edits") or by_id[a].get("edits") or []
        return (
            f"- {a} ({by_id[a]['kind']}) ~ {b} ({by_id[b]['kind']}) [{', '.join(edits)}]: "
            f"jaccard {scores[0]:.2f}, containment {scores[1]:.2f}"
        )

    lines = [
        f"## Set {name} through the store (run_blind.py --set {name} --loads {loads})",
        "",
        machine(),
        "",
        f"Set: {len(items)} articles in {len(groups)} stories "
        f"({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))}); {len(truth)} copy pairs, "
        f"{len(hard)} hard negative pairs (two stories of one event). Loaded through "
        f"`pipeline.load.load_run` in {loads} loads of a shuffled order.",
        "",
        "| pairs in one story | precision | recall | F1 | hard negatives merged |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| {len(predicted)} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {len(predicted & hard)} |",
        "",
        "Missed copy pairs:",
        *([describe(a, b) for a, b in sorted(truth - predicted)] or ["- none"]),
        "",
        "Wrongly merged pairs:",
        *([describe(a, b) for a, b in sorted(predicted - truth)] or ["- none"]),
    ]
    return "\n".join(lines)


def main() -> None:
    """Score the sets (or sweep the threshold) and write the sections into RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", action="append", help="<set>.yaml beside this script, or dev (default blind1)"
    )
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--sweep", help="comma-separated containment thresholds")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    names = args.set or ["blind1"]
    if args.sweep:
        body = sweep(names, [float(t) for t in args.sweep.split(",")], args.loads)
        print(body)
        write_section(args.out, "threshold-sweep", body)
        return
    for name in names:
        body = evaluate(name, args.loads)
        print(body)
        write_section(args.out, name, body)


if __name__ == "__main__":
    main()
