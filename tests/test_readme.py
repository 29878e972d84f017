"""README.md stays true: its example queries give the output it shows, on the demo store."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NEWSMON = str(Path(sys.executable).with_name("newsmon"))
EXAMPLE = re.compile(r"<!-- example-query -->\n```sql\n(.*?)\n```\n```text\n(.*?)\n```", re.DOTALL)
# `$ newsmon search ... --db data/demo/demo.duckdb` lines and the output under each.
SEARCH = re.compile(
    r"^\$ newsmon (search .*?) --db data/demo/demo.duckdb\n(.*?)(?=^\$ |^```)",
    re.DOTALL | re.MULTILINE,
)


def examples() -> list[tuple[str, str]]:
    found = EXAMPLE.findall((REPO / "README.md").read_text(encoding="utf-8"))
    return [(sql, output) for sql, output in found]


def test_readme_has_example_queries() -> None:
    assert len(examples()) >= 3


@pytest.mark.parametrize(("sql", "shown"), examples(), ids=lambda v: v.split("\n")[0][:40])
def test_example_query_output_matches_readme(demo_store: str, sql: str, shown: str) -> None:
    result = subprocess.run(
        [NEWSMON, "query", "--db", demo_store, sql],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "120"},
        check=True,
    )
    assert result.stdout.rstrip("\n") == shown


def test_search_examples_match_readme(demo_store: str) -> None:
    found = SEARCH.findall((REPO / "README.md").read_text(encoding="utf-8"))
    assert len(found) >= 2
    for command, shown in found:
        result = subprocess.run(
            [NEWSMON, *shlex.split(command), "--db", demo_store],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "120"},
            check=True,
        )
        assert result.stdout == shown, command


def test_readme_names_the_two_commands_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert re.search(r"^make test$", ci, re.MULTILINE)
