"""The ``newsmon`` command line: one entry point for users."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, ClassVar

import duckdb
import sqlalchemy as sa
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, TaskID

from pipeline import report as report_module
from pipeline import search as search_module
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
FORMATS = ("table", "csv", "json", "parquet")
FormatOption = Annotated[
    str, typer.Option("--format", help="table, csv, json (JSON lines) or parquet (needs --out).")
]
OutOption = Annotated[
    Path | None, typer.Option("--out", "-o", help="Write the result to this file.")
]
WaitOption = Annotated[
    float,
    typer.Option("--wait", min=0, help="Seconds to wait for a running load to release the store."),
]
EXIT_STORE = 3  # no store, or an unusable one
EXIT_BUSY = 4  # another process (a load) held the store for longer than --wait
# Search columns left out of the table (too wide for a terminal line); other formats keep them.
SEARCH_TABLE_HIDDEN = ("url", "story_id")


def _error_line(error: dict[str, Any]) -> str:
    """One recorded error for the console: its stage, then its URL and message as text."""
    return f"  [yellow]{error['stage']}[/] " + escape(f"{error['url']}: {error['error']}")


def _fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


# ``:n::INTEGER``: SQLAlchemy takes a name followed by ``:`` for no parameter at all, so
# the cast is split off (``:n ::INTEGER``) and ``:n`` binds.
_PARAM_BEFORE_CAST = re.compile(r"(?<![:\w\\]):(\w+)::")


def run_query(
    db: str,
    sql: str,
    params: dict[str, Any] | None = None,
    *,
    wait: float = store.LOCK_WAIT_SECONDS,
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on a read-only connection to the store; return column names and rows.

    Times show in UTC, as the store keeps them, whatever the machine's time zone.
    """
    with store.connect(db, read_only=True, wait=wait) as conn:
        conn.exec_driver_sql("SET TimeZone = 'UTC'")
        result = conn.execute(sa.text(_PARAM_BEFORE_CAST.sub(r":\1 ::", sql)), params or {})
        if not result.returns_rows:
            return [], []
        return list(result.keys()), [tuple(r) for r in result]


def write_output(
    columns: list[str], rows: list[tuple[Any, ...]], fmt: str, out: Path | None
) -> None:
    """Print rows as ``fmt`` to stdout, or write them to ``out`` (Parquet needs ``out``)."""
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert out is not None  # checked by the caller, before the query ran
        table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        pq.write_table(table, out)
        err_console.print(f"wrote {len(rows)} rows to {out}", highlight=False, soft_wrap=True)
    elif out is not None:
        with out.open("w", encoding="utf-8", newline="") as handle, redirect_stdout(handle):
            print_rows(columns, rows, fmt)
    else:
        print_rows(columns, rows, fmt)


def _check_format(fmt: str, out: Path | None) -> None:
    if fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if fmt == "parquet" and out is None:
        raise _fail("--format parquet writes a file: give it with --out FILE")


@contextmanager
def _clear_errors() -> Iterator[None]:
    """Turn store and SQL failures into one message and an exit code, never a traceback."""
    try:
        yield
    except store.StoreBusy as exc:
        raise _fail(
            f"store busy: {exc}; a load is probably running, try again when it has finished",
            EXIT_BUSY,
        ) from None
    except store.StoreError as exc:
        raise _fail(str(exc), EXIT_STORE) from None
    except sa.exc.DBAPIError as exc:
        raise _fail(f"SQL error: {exc.orig}") from None
    except (sa.exc.StatementError, duckdb.Error) as exc:
        raise _fail(f"SQL error: {exc}") from None


def _parse_params(param: list[str] | None) -> dict[str, str]:
    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise _fail(f"parameter {item!r} is not NAME=VALUE")
        params[name] = value
    return params


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
    except sa.exc.DBAPIError as exc:  # e.g. the store's own write failed: disk full
        raise _fail(f"cannot write the store: {exc.orig}", 3) from None
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
            _error_line(error),
            highlight=False,
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
    fmt: FormatOption = "table",
    out: OutOption = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="Named parameter NAME=VALUE, used as :NAME."),
    ] = None,
    wait: WaitOption = store.LOCK_WAIT_SECONDS,
) -> None:
    """Run read-only SQL against the store (the views and sql/queries/*.sql included).

    Exit codes: 2 bad SQL or arguments, 3 no usable store, 4 store busy (a load held it
    for longer than --wait seconds).
    """
    _check_format(fmt, out)
    if file is not None:
        try:
            sql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot read {file}: {exc.strerror}") from None
    if not sql:
        raise _fail("give SQL as an argument or with --file")
    params = _parse_params(param)
    with _clear_errors():
        columns, rows = run_query(db or settings.default_db_url(), sql, params, wait=wait)
    write_output(columns, rows, fmt, out)


@app.command("search")
def search_command(
    text: Annotated[str, typer.Argument(help='Words to find, e.g. "rare earth".')],
    db: DbOption = None,
    region: Annotated[
        str | None, typer.Option("--region", help="Only stories with a copy tagged this region.")
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", help="Only stories with a copy tagged this topic.")
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option("--since", formats=["%Y-%m-%d"], help="Only stories first run on or after."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many stories.")] = (
        search_module.DEFAULT_LIMIT
    ),
    fmt: FormatOption = "table",
    out: OutOption = None,
    wait: WaitOption = store.LOCK_WAIT_SECONDS,
    reindex: Annotated[
        bool,
        typer.Option(
            "--reindex", help="Rebuild the full-text index first (opens the store to write)."
        ),
    ] = False,
) -> None:
    """Full-text search (BM25 over titles and texts): one line per story, best first.

    The table shows score, date, title, copies and outlets; the other formats add the
    best-matching copy's url and the story_id.
    """
    _check_format(fmt, out)
    db_url = db or settings.default_db_url()
    with _clear_errors():
        if reindex:
            with store.connect(db_url, wait=wait) as conn:
                if not search_module.refresh_search_index(conn):
                    raise store.StoreError("a DuckLake store has no full-text index")
        with store.connect(db_url, read_only=True, wait=wait) as conn:
            columns, rows = search_module.search(
                conn,
                text,
                region=region,
                topic=topic,
                since=since.date() if since else None,
                limit=limit,
            )
            behind = search_module.unindexed_articles(conn)
    if behind:
        err_console.print(
            f"[yellow]warning:[/] {behind} articles are not in the search index yet;"
            " `newsmon search --reindex` adds them",
            highlight=False,
            soft_wrap=True,
        )
    if fmt == "table":
        keep = [i for i, c in enumerate(columns) if c not in SEARCH_TABLE_HIDDEN]
        columns, rows = [columns[i] for i in keep], [tuple(r[i] for i in keep) for r in rows]
    write_output(columns, rows, fmt, out)


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    db: DbOption = None,
    days: Annotated[
        int, typer.Option("--days", min=1, help="How many days, ending on --until.")
    ] = report_module.DEFAULT_DAYS,
    until: Annotated[
        datetime | None,
        typer.Option("--until", formats=["%Y-%m-%d"], help="Last day shown (default: today, UTC)."),
    ] = None,
    wait: WaitOption = store.LOCK_WAIT_SECONDS,
) -> None:
    """Write one self-contained HTML report: coverage, top stories, topics, feed health."""
    with _clear_errors():
        data = report_module.write_report(
            db or settings.default_db_url(),
            out,
            days=days,
            until=until.date() if until else None,
            wait=wait,
        )
    console.print(
        f"wrote {out}: {data.start} to {data.until}, {data.totals['stories']} stories, "
        f"{len(data.feeds)} feeds",
        highlight=False,
        soft_wrap=True,
    )


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
            _error_line(error),
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
