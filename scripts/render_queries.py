"""Render README.md's query library from sql/queries/*.sql, with real output on the demo store.

    python scripts/render_queries.py                 # build the demo store, rewrite the section
    python scripts/render_queries.py --db data/demo/demo.duckdb
    python scripts/render_queries.py --check         # exit 1 if the README is out of date

The section sits between ``<!-- query-library -->`` and ``<!-- /query-library -->``;
each query's output between ``<!-- query:NAME -->`` and ``<!-- /query:NAME -->``.
tests/test_queries.py runs every query again and compares with what the README shows,
so it cannot drift.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
QUERIES_DIR = REPO / "sql" / "queries"
README = REPO / "README.md"
DOCUMENTS = (README,)
SECTION = re.compile(r"<!-- query-library -->\n.*?<!-- /query-library -->\n", re.DOTALL)
PARAM_LINE = re.compile(r"^--\s*param:\s*(\w+)=(.*)$", re.MULTILINE)
BLOCK = re.compile(r"<!-- query:([\w-]+) -->\n(.*?)<!-- /query:\1 -->", re.DOTALL)


@dataclass
class Query:
    """One example query file: its name, leading comment, SQL and example parameters."""

    name: str
    path: Path
    description: str
    sql: str
    params: dict[str, str]

    def command(self) -> str:
        """The `newsmon query` command line that runs it."""
        flags = "".join(f" -p {k}={v}" for k, v in self.params.items())
        return f"newsmon query --file sql/queries/{self.path.name}{flags}"


def load_queries(directory: Path = QUERIES_DIR) -> list[Query]:
    """Every sql/queries/*.sql file, in name order."""
    found = []
    for path in sorted(directory.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        comment = []
        for line in sql.splitlines():
            if not line.startswith("--"):
                break
            text = line.removeprefix("--").strip()
            if not PARAM_LINE.match(line) and not text.startswith("newsmon query"):
                comment.append(text)
        description = " ".join(c for c in comment if c and not c.endswith(":"))
        params = {m.group(1): m.group(2).strip() for m in PARAM_LINE.finditer(sql)}
        found.append(Query(path.stem, path, description, sql, params))
    return found


def run(db: str, query: Query) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The query's result on ``db``, through the same code as `newsmon query`."""
    from pipeline.cli import run_query

    return run_query(db, query.sql, query.params)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def markdown_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A GitHub-flavoured Markdown table of a result (``(no rows)`` when empty)."""
    if not rows:
        return "(no rows)\n"
    lines = [
        "| " + " | ".join(_cell(c) for c in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def output_block(db: str, query: Query) -> str:
    """The text that belongs between the query's markers."""
    return markdown_table(*run(db, query))


def render_section(db: str, queries: list[Query]) -> str:
    """The README's query library, between its markers, with every query's real output."""
    parts = [
        "<!-- query-library -->\n",
        "The library in `sql/queries/` (run any with `newsmon query --file`). The outputs are\n",
        "real, from the demo store; `tests/test_queries.py` re-runs every query and compares,\n",
        "so they cannot drift (regenerate with `.venv/bin/python scripts/render_queries.py`).\n\n",
    ]
    for q in queries:
        parts.append(f"#### {q.name}\n\n{q.description}\n\n")
        parts.append(f"```console\n$ {q.command()}\n```\n\n")
        parts.append(f"<details><summary>SQL</summary>\n\n```sql\n{q.sql.rstrip()}\n```\n\n")
        parts.append("</details>\n\n")
        parts.append(f"<!-- query:{q.name} -->\n{output_block(db, q)}<!-- /query:{q.name} -->\n\n")
    return "".join(parts).rstrip("\n") + "\n<!-- /query-library -->\n"


def shown_outputs(text: str) -> dict[str, str]:
    """Query name -> the output a document shows between its markers."""
    return {m.group(1): m.group(2) for m in BLOCK.finditer(text)}


def build_demo_store(data_dir: Path) -> str:
    """The demo store in ``data_dir``, built by the demo pipeline unless already there."""
    from pipeline import store
    from pipeline.demo.run import run_demo

    db = data_dir / "demo.duckdb"
    if not db.exists():
        run_demo(data_dir)
    store.init_store(str(db))  # an older demo store gets the current views
    return str(db)


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with --check, verify) the documents; return the exit status."""
    parser = argparse.ArgumentParser(description="Render README.md's query library.")
    parser.add_argument("--db", help="an existing demo store (default: build one)")
    parser.add_argument("--check", action="store_true", help="only report drift, exit 1 if any")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsmon-render-") as tmp:
        db = args.db or build_demo_store(Path(tmp) / "demo")
        text = README.read_text(encoding="utf-8")
        if not SECTION.search(text):
            print("README.md has no <!-- query-library --> section", file=sys.stderr)
            return 1
        section = render_section(db, load_queries())
        wanted = {README: SECTION.sub(lambda _: section, text)}
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)}", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(wanted[path], encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
