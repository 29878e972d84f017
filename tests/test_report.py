"""`newsmon report`: one self-contained HTML file, escaped, rendered by a real headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import report, store
from pipeline.cli import app
from scripts.render_queries import build_demo_store
from tests.conftest import in_ci

runner = CliRunner()
EVIL = "<script>alert('x')</script> Gwadar & co"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
]
# Chromium logs each page console message on stderr as ...:CONSOLE(line)] "message".
CONSOLE_MARKER = ":CONSOLE"


@pytest.fixture(scope="module")
def evil_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo store, with the widest story's title holding markup."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSMON_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        mp.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
        demo = build_demo_store(tmp_path_factory.mktemp("demo"))
    db = str(tmp_path_factory.mktemp("evil") / "evil.duckdb")
    shutil.copy(demo, db)
    with store.connect(db) as conn:
        conn.exec_driver_sql(
            "UPDATE stories SET title = ? WHERE story_id = (SELECT story_id FROM stories"
            " ORDER BY copies DESC, first_published_at LIMIT 1)",
            (EVIL,),
        )
    return db


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if in_ci():
            pytest.fail("chromium is not installed (CI installs it: apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return found


def run_chromium(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_report_is_escaped_and_self_contained(evil_store: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(
        app,
        ["report", "--db", evil_store, "--out", str(out), "--until", "2026-11-21", "--days", "14"],
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Gwadar &amp; co" in page
    assert " src=" not in page and " href=" not in page and "@import" not in page
    assert page.count("<svg") == 2 and "<polyline" in page
    for heading in ("Coverage over time", "Stories that spread widest", "Topic mix", "Feed health"):
        assert heading in page
    for region in ("balochistan", "gilgit_baltistan"):
        assert f"<title>{region}</title>" in page


def test_report_window_counts(evil_store: str) -> None:
    with store.connect(evil_store, read_only=True) as conn:
        everything = report.gather(conn, days=14, until=date(2026, 11, 21))
        last_day = report.gather(conn, days=1, until=date(2026, 11, 21))
        future = report.gather(conn, days=7, until=date(2030, 1, 7))
    assert everything.totals["stories"] >= 30
    assert 0 < last_day.totals["stories"] < everything.totals["stories"]
    assert future.totals == {"stories": 0, "articles": 0} and future.top_stories == []
    assert report.render(future).count("<svg") == 2  # empty charts still render
    evil = [s for s in everything.top_stories if s["title"] == EVIL]
    assert len(evil) == 1 and [r["pickup_order"] for r in evil[0]["runs"]] == [1, 2, 3]
    assert everything.top_stories[0]["copies"] == 3  # the widest-spread stories come first


def test_chromium_renders_the_report_without_console_errors(
    evil_store: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    report.write_report(evil_store, out, days=14, until=date(2026, 11, 21))
    shot = tmp_path / "report.png"
    screenshot = run_chromium(out, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000")
    assert screenshot.returncode == 0, screenshot.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert CONSOLE_MARKER not in screenshot.stderr, screenshot.stderr
    dom = run_chromium(out, tmp_path, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "&lt;script&gt;alert('x')&lt;/script&gt; Gwadar &amp; co" in dom.stdout
    assert "<script" not in dom.stdout.lower()
    assert CONSOLE_MARKER not in dom.stderr, dom.stderr


def test_console_errors_would_be_seen(tmp_path: Path) -> None:
    """The check above can fail: a page that logs an error shows up in Chromium's stderr."""
    page = tmp_path / "bad.html"
    page.write_text("<html><body><script>console.error('boom-42')</script></body></html>", "utf-8")
    result = run_chromium(page, tmp_path, "--dump-dom")
    assert CONSOLE_MARKER in result.stderr and "boom-42" in result.stderr
