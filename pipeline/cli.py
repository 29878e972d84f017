"""The ``newsmon`` command line: one entry point for users."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, ClassVar

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.progress import Progress, TaskID

from pipeline import settings, store
from pipeline.alerts_cli import alerts_app
from pipeline.config import ConfigError
from pipeline.output import print_rows

app = typer.Typer(
    help="newsmon: news monitoring for Balochistan, Gilgit-Baltistan and beyond.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(alerts_app, name="alerts")
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file path or store URL (default: $NEWSMON_DB or data/newsmon.duckdb)."
    ),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def run_query(
    db: str, sql: str, params: dict[str, Any] | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on a read-only connection to the store; return column names and rows."""
    with store.connect(db, read_only=True) as conn:
        result = conn.execute(sa.text(sql), params or {})
        if not result.returns_rows:
            return [], []
        return list(result.keys()), [tuple(r) for r in result]


class JsonLogFormatter(logging.Formatter):
    """One JSON object per log record: time, level, logger, message and structured extras."""

    EXTRAS = ("event", "feed_id", "url", "run_id", "counts")

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: getattr(record, k) for k in self.EXTRAS if hasattr(record, k)})
        return json.dumps(entry, ensure_ascii=False, default=str)


def setup_json_logging() -> None:
    """Send newsmon's log records to stderr as JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLogFormatter())
    logger = logging.getLogger("pipeline")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False


class _LiveProgress:
    """A rich progress display fed by the pipeline's ``progress(event, n)`` callback."""

    LABELS: ClassVar[dict[str, str]] = {
        "feeds": "feeds",
        "pages": "pages",
        "extract": "extract + tag",
    }

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, event: str, n: int) -> None:
        stage, _, kind = event.rpartition("_")
        if kind == "total":
            self.tasks[stage] = self.progress.add_task(self.LABELS.get(stage, stage), total=n)
        elif stage in self.tasks:
            self.progress.advance(self.tasks[stage], n)


@app.command()
def ingest(
    feeds: Annotated[
        Path, typer.Option("--feeds", help="Feeds YAML file.")
    ] = settings.DEFAULT_FEEDS_FILE,
    db: DbOption = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress display (for cron).")
    ] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the run's summary as one JSON object.")
    ] = False,
    log_json: Annotated[
        bool, typer.Option("--log-json", help="Log events as JSON lines on stderr (for cron).")
    ] = False,
) -> None:
    """Run one full ingest: feeds -> pages -> clean text -> tags -> stories -> store.

    Exits 0 when the run completed, even if some feeds or pages failed (see `runs`).
    A progress display shows on a terminal unless --quiet or --json.
    """
    from pipeline.ingest import run_ingest

    db_url = db or settings.default_db_url()
    if log_json:
        setup_json_logging()
    try:
        if not quiet and not json_out and not log_json and err_console.is_terminal:
            with Progress(console=err_console, transient=True) as bar:
                result = run_ingest(feeds, db_url, progress=_LiveProgress(bar))
        else:
            result = run_ingest(feeds, db_url)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    except store.StoreError as exc:
        raise _fail(f"store unusable: {exc}", 3) from None
    except OSError as exc:  # a full disk or a read-only data directory
        raise _fail(f"cannot write the data directory or the store: {exc}", 3) from None
    if json_out:
        summary = {"run_id": result.run_id, "counts": result.counts, "errors": result.errors}
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
        return
    counts = result.counts
    console.print(
        f"run {result.run_id}: {counts.get('feeds', 0)} feeds "
        f"({counts.get('feeds_failed', 0)} failed), {counts.get('entries', 0)} entries, "
        f"{counts.get('articles_new', 0)} new articles, {counts.get('stories_new', 0)} new stories, "
        f"{len(result.errors)} errors"
    )
    for error in result.errors[:20]:
        console.print(
            f"  [yellow]{error['stage']}[/] {error['url']}: {error['error']}", highlight=False
        )
    if len(result.errors) > 20:
        console.print(f"  ... and {len(result.errors) - 20} more (SELECT errors FROM runs)")


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run (read-only).")] = None,
    db: DbOption = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Run the SQL in this file.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv or json (JSON lines).")
    ] = "table",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="Named parameter NAME=VALUE, used as :NAME."),
    ] = None,
) -> None:
    """Run read-only SQL against the store."""
    if fmt not in ("table", "csv", "json"):
        raise _fail(f"unknown format {fmt!r}: use table, csv or json")
    if file is not None:
        sql = file.read_text(encoding="utf-8")
    if not sql:
        raise _fail("give SQL as an argument or with --file")
    params = dict(p.split("=", 1) for p in (param or []) if "=" in p)
    try:
        columns, rows = run_query(db or settings.default_db_url(), sql, params)
    except store.StoreError as exc:
        raise _fail(str(exc), 3) from None
    except sa.exc.DBAPIError as exc:
        raise _fail(f"SQL error: {exc.orig}") from None
    except sa.exc.StatementError as exc:
        raise _fail(f"SQL error: {exc}") from None
    print_rows(columns, rows, fmt)


@app.command()
def demo(
    data_dir: Annotated[Path, typer.Option("--data-dir", help="Where the demo store goes.")] = Path(
        "data/demo"
    ),
) -> None:
    """Serve the bundled corpus on 127.0.0.1 and run the whole pipeline into a fresh DuckDB file."""
    from pipeline.demo.run import run_demo

    result, db_path = run_demo(data_dir)
    db = str(db_path)
    _, totals = run_query(
        db,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),"
        " (SELECT count(*) FROM stories WHERE copies > 1), (SELECT count(*) FROM article_regions),"
        " (SELECT count(*) FROM article_topics)",
    )
    articles, stories_, syndicated, regions, topics = totals[0]
    console.print(f"[bold]newsmon demo[/]: store {db}", soft_wrap=True)
    console.print(
        f"  {articles} articles, {stories_} stories ({syndicated} with syndicated copies), "
        f"{regions} region tags, {topics} topic tags, {len(result.errors)} recorded errors",
        soft_wrap=True,
    )
    for error in result.errors:
        console.print(
            f"  [yellow]{error['stage']}[/] {error['url']}: {error['error']}",
            highlight=False,
            soft_wrap=True,
        )
    console.print("\nStories and articles per region:")
    print_rows(*run_query(db, EXAMPLE_QUERY), "table")
    console.print("Wire stories folded from their copies:")
    print_rows(*run_query(db, SYNDICATED_QUERY), "table")
    console.print(
        f'Try: newsmon query --db {db} "SELECT title, outlets FROM stories WHERE copies > 1"',
        soft_wrap=True,
    )


EXAMPLE_QUERY = """
SELECT r.region, count(DISTINCT a.story_id) AS stories, count(*) AS articles
FROM article_regions r JOIN articles a USING (article_id)
GROUP BY r.region ORDER BY stories DESC, r.region
"""
SYNDICATED_QUERY = """
SELECT s.title, a.agency, s.copies, array_to_string(s.outlets, ', ') AS outlets
FROM stories s JOIN articles a ON a.article_id = s.canonical_article_id
WHERE s.copies > 1 ORDER BY s.first_published_at
"""


@app.command()
def reprocess(
    db: DbOption = None,
    run: Annotated[
        list[str] | None, typer.Option("--run", help="Only this run's archive (repeatable).")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Data directory holding archive/.")
    ] = None,
    tags: Annotated[
        bool,
        typer.Option("--tags", help="Only re-tag the stored articles (after a taxonomy edit)."),
    ] = False,
    stories_only: Annotated[
        bool,
        typer.Option("--stories", help="Only rebuild bands and stories (after a dedup change)."),
    ] = False,
) -> None:
    """Re-run extract, tag and load over the archived pages, with no network.

    With --tags or --stories, redo only that step over the articles already stored.
    """
    from pipeline.reprocess import recluster, retag
    from pipeline.reprocess import reprocess as run_reprocess

    if tags or stories_only:
        try:
            for name, step in (("tags", retag), ("stories", recluster)):
                if (name == "tags" and tags) or (name == "stories" and stories_only):
                    done = step(db or settings.default_db_url())
                    console.print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in done.items()))
        except store.StoreError as exc:
            raise _fail(f"store unusable: {exc}", 3) from None
        return
    try:
        result = run_reprocess(db or settings.default_db_url(), data_dir=data_dir, runs=run)
    except store.StoreError as exc:
        raise _fail(f"store unusable: {exc}", 3) from None
    if result.archives == 0:
        raise _fail("no archived runs found (looked in DATA_DIR/archive)", 1)
    counts = result.counts
    console.print(
        f"run {result.run_id}: {result.archives} archive files, {counts.get('articles', 0)} pages extracted, "
        f"{counts.get('articles_new', 0)} new and {counts.get('articles_replaced', 0)} replaced articles, "
        f"{len(result.errors)} errors"
    )


@app.command()
def feeds(db: DbOption = None) -> None:
    """Feed health: last attempt, last success, status, failures, last error."""
    try:
        columns, rows = run_query(
            db or settings.default_db_url(),
            "SELECT feed_id, last_attempt_at, last_ok_at, last_status, consecutive_failures,"
            " entries_seen, last_error FROM feeds ORDER BY consecutive_failures DESC, feed_id",
        )
    except store.StoreError as exc:
        raise _fail(str(exc), 3) from None
    print_rows(columns, rows, "table")


if __name__ == "__main__":
    app()
