"""Extraction benchmark: plain trafilatura vs ours (and newspaper4k / news-please if present).

    python benchmarks/extraction/run.py [--repeats 3] [--other-python /tmp/othervenv/bin/python]
    python benchmarks/extraction/run.py --quality-only [--splits heldout3]  # quick look

Quality per split (dev: the pages the rules were tuned on; heldout: written after the
rules were frozen): token-level precision / recall / F1 against the ground-truth body,
noise strings surviving, text lost on clean pages, and the metadata fields. Speed on
all pages: pages per second single-process and pooled (all cores). Prints the tables
and writes RESULTS.md next to this file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import trafilatura  # noqa: E402
from systems import plain_trafilatura, tuned_trafilatura  # noqa: E402

from pipeline.extract import extract, extract_many  # noqa: E402
from pipeline.records import Extracted  # noqa: E402

SPLITS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
)
DEFAULT_OTHER_PYTHON = "/tmp/othervenv/bin/python"
# The fixture pages are small; timing each several times per run steadies the figures.
SPEED_COPIES = 5
TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    split: str
    name: str
    path: Path
    html: str
    url: str
    truth: dict


def load_pages(splits: tuple[str, ...] = SPLITS) -> list[Page]:
    pages = []
    for split in splits:
        for truth_path in sorted((HERE / "pages" / split).glob("*.json")):
            html_path = truth_path.with_suffix(".html")
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            pages.append(
                Page(
                    split,
                    truth_path.stem,
                    html_path,
                    html_path.read_text(encoding="utf-8"),
                    truth["url"],
                    truth,
                )
            )
    return pages


def tokens(text: str) -> Counter[str]:
    return Counter(TOKEN.findall(text.casefold()))


def prf(truth: str, got: str) -> tuple[float, float, float]:
    t, g = tokens(truth), tokens(got)
    common = sum((t & g).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(t.values()) if t else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def surviving(page: Page, got: str) -> list[str]:
    text = norm(got)
    return [s for s in page.truth["noise"] if norm(s) in text]


def time_single(fn: Callable[..., Extracted | None], pages: list[Page]) -> float:
    start = time.perf_counter()
    for page in pages:
        fn(page.html, page.url)
    return time.perf_counter() - start


def time_pooled(fn: Callable[..., Extracted | None], pages: list[Page], workers: int) -> float:
    items = [(p.html, p.url, None) for p in pages]
    start = time.perf_counter()
    extract_many(items, workers=workers, extractor=fn)
    return time.perf_counter() - start


def run_others(python: str, pages: list[Page], workers: int, repeats: int) -> dict:
    if not Path(python).exists():
        return {}
    listing = [{"name": f"{p.split}/{p.name}", "path": str(p.path), "url": p.url} for p in pages]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(listing, fh)
    try:
        done = subprocess.run(
            [python, str(HERE / "others.py"), fh.name, str(workers), str(repeats)],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.CalledProcessError, json.JSONDecodeError, IndexError) as exc:
        return {"error": {"error": str(exc)}}
    finally:
        os.unlink(fh.name)


def quality_rows(outputs: dict[str, dict[str, str]], pages: list[Page]) -> list[list[str]]:
    rows = []
    for split in dict.fromkeys(p.split for p in pages):  # the splits asked for, in order
        split_pages = [p for p in pages if p.split == split]
        noisy = [p for p in split_pages if not p.truth["clean"]]
        clean = [p for p in split_pages if p.truth["clean"]]
        if not split_pages:
            continue
        n_noise = sum(len(p.truth["noise"]) for p in noisy)
        plain = outputs["trafilatura (defaults)"]
        for system, texts in outputs.items():
            scores = [prf(p.truth["body"], texts[f"{p.split}/{p.name}"]) for p in split_pages]
            left = [s for p in noisy for s in surviving(p, texts[f"{p.split}/{p.name}"])]
            dirty = sum(1 for p in noisy if surviving(p, texts[f"{p.split}/{p.name}"]))
            lost = 0
            for p in clean:
                key = f"{p.split}/{p.name}"
                t = tokens(p.truth["body"])
                lost += sum(((t & tokens(plain[key])) - (t & tokens(texts[key]))).values())
            f1_noisy = [prf(p.truth["body"], texts[f"{p.split}/{p.name}"])[2] for p in noisy]
            f1_clean = [prf(p.truth["body"], texts[f"{p.split}/{p.name}"])[2] for p in clean]
            rows.append(
                [
                    f"{split} ({len(noisy)}+{len(clean)})",
                    system,
                    f"{sum(s[0] for s in scores) / len(scores):.3f}",
                    f"{sum(s[1] for s in scores) / len(scores):.3f}",
                    f"{sum(s[2] for s in scores) / len(scores):.3f}",
                    f"{sum(f1_noisy) / max(1, len(f1_noisy)):.3f}",
                    f"{sum(f1_clean) / max(1, len(f1_clean)):.3f}",
                    f"{len(left)}/{n_noise} ({dirty} pages)",
                    str(lost),
                ]
            )
    return rows


def metadata_rows(ours: dict[str, Extracted | None], pages: list[Page]) -> list[list[str]]:
    rows = []
    for split in dict.fromkeys(p.split for p in pages):  # the splits asked for, in order
        sp = [p for p in pages if p.split == split]
        if not sp:
            continue
        got = [(p, ours[f"{p.split}/{p.name}"]) for p in sp]
        agency = sum(1 for p, e in got if e and e.agency == p.truth["agency"])
        place = sum(1 for p, e in got if e and e.dateline_place == p.truth["dateline_place"])
        lang = sum(1 for p, e in got if e and e.language == p.truth["lang"])
        dated = sum(1 for p, e in got if e and e.published_at is not None)
        rows.append(
            [
                split,
                f"{agency}/{len(sp)}",
                f"{place}/{len(sp)}",
                f"{lang}/{len(sp)}",
                f"{dated}/{len(sp)}",
            ]
        )
    return rows


DEMO_CORPUS = ROOT / "pipeline" / "demo" / "corpus"


def demo_rows() -> list[list[str]]:
    """Extra check on the demo corpus (written by someone else, with its own truth.yaml)."""
    truth_path = DEMO_CORPUS / "truth.yaml"
    if not truth_path.exists():
        return []
    import yaml

    articles = [a for a in yaml.safe_load(truth_path.read_text())["articles"] if not a["missing"]]
    rows = []
    for name, fn in (("trafilatura (defaults)", plain_trafilatura), ("newsmon (ours)", extract)):
        start_ok = end_ok = agency_ok = noise_total = noise_left = 0
        for a in articles:
            base = f"https://{a['outlet']}.example"
            path = DEMO_CORPUS / a["outlet"] / a["path"].strip("/")
            if path.is_dir():
                path = path / "index.html"
            html = path.read_text(encoding="utf-8").replace("{{BASE}}", base)
            html = re.sub(r"\{\{BASE:[^}]*\}\}", base, html)
            got = fn(html, base + a["path"])
            text = norm(got.text) if got else ""
            start_ok += text.startswith(norm(a["body_start"]))
            end_ok += text.endswith(norm(a["body_end"]))
            agency_ok += bool(got) and got.agency == a["agency"]
            noise_total += len(a["noise"])
            noise_left += sum(1 for n in a["noise"] if norm(n) in text)
        n = len(articles)
        agency = f"{agency_ok}/{n}" if fn is extract else "-"
        rows.append(
            [name, f"{start_ok}/{n}", f"{end_ok}/{n}", f"{noise_left}/{noise_total}", agency]
        )
    return rows


Q_HEADER = [
    "split (noisy+clean)",
    "system",
    "P",
    "R",
    "F1",
    "F1 noisy",
    "F1 clean",
    "noise strings surviving",
    "clean-page tokens lost vs plain",
]


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--other-python", default=os.environ.get("NEWSMON_BENCH_OTHER_PYTHON", DEFAULT_OTHER_PYTHON)
    )
    parser.add_argument(
        "--quality-only",
        action="store_true",
        help="print the quality table of plain trafilatura and ours; no speed, no RESULTS.md",
    )
    parser.add_argument("--splits", default=",".join(SPLITS), help="comma-separated splits")
    args = parser.parse_args()
    pages = load_pages(tuple(args.splits.split(",")))
    keys = [f"{p.split}/{p.name}" for p in pages]

    ours = {k: extract(p.html, p.url) for k, p in zip(keys, pages, strict=True)}
    outputs: dict[str, dict[str, str]] = {}
    for name, fn in (
        ("trafilatura (defaults)", plain_trafilatura),
        ("trafilatura (precision, no comments)", tuned_trafilatura),
    ):
        outputs[name] = {
            k: ((e := fn(p.html, p.url)) and e.text) or "" for k, p in zip(keys, pages, strict=True)
        }
    outputs["newsmon (ours)"] = {k: e.text if e else "" for k, e in ours.items()}
    if args.quality_only:
        print(table(Q_HEADER, quality_rows(outputs, pages)))
        return

    # Speed: every page SPEED_COPIES times, best of --repeats, the two systems interleaved
    # so that drift in machine load hits both alike.
    speed_pages = pages * SPEED_COPIES
    time_pooled(extract, pages[: args.workers], args.workers)  # start the forkserver once
    runs: dict[str, list[tuple[float, float]]] = {
        "trafilatura (defaults)": [],
        "newsmon (ours)": [],
    }
    for _ in range(args.repeats):
        for name, fn in (
            ("trafilatura (defaults)", plain_trafilatura),
            ("newsmon (ours)", extract),
        ):
            runs[name].append(
                (time_single(fn, speed_pages), time_pooled(fn, speed_pages, args.workers))
            )
    speed = {name: (min(r[0] for r in rs), min(r[1] for r in rs)) for name, rs in runs.items()}
    others = run_others(args.other_python, speed_pages, args.workers, args.repeats)
    notes = []
    for system, result in others.items():
        if "error" in result:
            notes.append(f"{system}: not measured ({result['error']})")
            continue
        outputs[system] = result["texts"]
        speed[system] = (result["single_s"], result["pooled_s"])
    if not others:
        notes.append(f"newspaper4k / news-please: not measured (no {args.other_python})")

    quality = table(Q_HEADER, quality_rows(outputs, pages))
    meta = table(
        ["split", "agency", "dateline place", "language", "published_at found"],
        metadata_rows(ours, pages),
    )
    demo = demo_rows()
    base_single, base_pooled = speed["trafilatura (defaults)"]
    s_rows = [
        [
            system,
            f"{len(speed_pages) / single:.1f}",
            f"{len(speed_pages) / pooled:.1f}",
            f"{single / base_single:.2f}",
            f"{pooled / base_pooled:.2f}",
        ]
        for system, (single, pooled) in speed.items()
    ]
    speed_table = table(
        [
            "system",
            "pages/s single",
            f"pages/s pooled ({args.workers} workers)",
            "time vs trafilatura single",
            "time vs trafilatura pooled",
        ],
        s_rows,
    )
    failures = [k for k, e in ours.items() if e is None]
    uname = " ".join(platform.uname())
    report = (
        "\n\n".join(
            [
                "# Extraction benchmark results",
                f"Date: {datetime.now(UTC).isoformat(timespec='seconds')}  \n"
                f"Machine: `{uname}`, nproc={os.cpu_count()}  \n"
                f"trafilatura {trafilatura.__version__}, Python {platform.python_version()}, "
                f"{len(pages)} pages; speed over {len(speed_pages)} pages (each {SPEED_COPIES} times), "
                f"best of {args.repeats} runs",
                "## Quality (token-level, macro-averaged over pages)",
                quality,
                "## Metadata (ours)",
                meta,
                *(
                    [
                        "## Demo corpus (pipeline/demo/corpus, its own truth.yaml)",
                        table(
                            [
                                "system",
                                "body start exact",
                                "body end exact",
                                "noise surviving",
                                "agency",
                            ],
                            demo,
                        ),
                    ]
                    if demo
                    else []
                ),
                "## Speed (all pages)",
                speed_table,
                *(["Notes: " + "; ".join(notes)] if notes else []),
                *([f"Pages with no text from ours: {', '.join(failures)}"] if failures else []),
            ]
        )
        + "\n"
    )
    print(report)
    (HERE / "RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
