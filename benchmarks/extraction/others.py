"""Time and run newspaper4k and news-please on the benchmark pages (in their own venv).

Run by run.py as: OTHER_PYTHON others.py PAGES_LIST.json WORKERS REPEATS
Prints JSON: {system: {"texts": {name: text}, "single_s": t, "pooled_s": t} | {"error": msg}}
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from multiprocessing import Pool
from pathlib import Path

warnings.filterwarnings("ignore")


def _newspaper(args: tuple[str, str]) -> str:
    import newspaper

    html, url = args
    art = newspaper.Article(url, language="en", fetch_images=False)
    art.download(input_html=html)
    art.parse()
    return art.text or ""


def _newsplease(args: tuple[str, str]) -> str:
    from newsplease import NewsPlease

    html, url = args
    art = NewsPlease.from_html(html, url=url, fetch_images=False)
    return (art.maintext or "") if art else ""


SYSTEMS = {"newspaper4k": _newspaper, "news-please": _newsplease}


def main() -> None:
    listing = json.loads(Path(sys.argv[1]).read_text())
    workers, repeats = int(sys.argv[2]), int(sys.argv[3])
    pages = [(Path(p["path"]).read_text(encoding="utf-8"), p["url"]) for p in listing]
    names = [p["name"] for p in listing]
    out: dict[str, object] = {}
    for system, fn in SYSTEMS.items():
        try:
            texts = [fn(page) for page in pages]  # warm-up and quality run
            singles, pooled_runs = [], []
            for _ in range(repeats):
                start = time.perf_counter()
                for page in pages:
                    fn(page)
                singles.append(time.perf_counter() - start)
                with Pool(workers) as pool:
                    pool.map(fn, pages[:workers])  # warm the workers' imports
                    start = time.perf_counter()
                    pool.map(fn, pages, chunksize=1)
                    pooled_runs.append(time.perf_counter() - start)
            single, pooled = min(singles), min(pooled_runs)
            out[system] = {
                "texts": dict(zip(names, texts, strict=True)),
                "single_s": single,
                "pooled_s": pooled,
            }
        except Exception as exc:  # report, don't hide: the table says why a row is missing
            out[system] = {"error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
