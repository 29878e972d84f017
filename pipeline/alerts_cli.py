"""``newsmon alerts``: deliver due alerts, list the outbox, test a channel.

Registered in pipeline/cli.py as ``app.add_typer(alerts_app, name="alerts")``.

    newsmon alerts run --rules config/alerts.yaml --db data/newsmon.duckdb
    newsmon alerts list --db data/newsmon.duckdb --status failed
    newsmon alerts test 'json://127.0.0.1:8080/hook'
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from pipeline import settings, store
from pipeline.config import ConfigError
from pipeline.output import print_rows

alerts_app = typer.Typer(
    help="Alerts on new coverage: deliver, list, test a channel.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

# The newest rows `alerts list` shows unless told otherwise: enough for a glance.
DEFAULT_LIST_LIMIT = 50

RulesOption = Annotated[
    Path, typer.Option("--rules", help="Alert rules YAML (default: config/alerts.yaml).")
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="DuckDB file path or store URL (default: $NEWSMON_DB or data/newsmon.duckdb)."
    ),
]


def _fail(message: str, code: int) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@alerts_app.command("run")
def run(
    rules: RulesOption = settings.CONFIG_DIR / "alerts.yaml",
    db: DbOption = None,
) -> None:
    """Queue alerts for new stories and send whatever is due (what the Airflow DAG runs).

    Exits 0 when the run completed, even if some channels failed (they are retried by
    the next run; see `newsmon alerts list --status failed`).
    """
    from pipeline.alerts import run_alerts

    try:
        result = run_alerts(rules, db or settings.default_db_url())
    except ConfigError as exc:
        raise _fail(str(exc), 2) from None
    except store.StoreError as exc:
        raise _fail(f"store unusable: {exc}", 3) from None
    console.print(
        f"{result.rules} rules: {result.queued} alerts queued, {result.sent} sent in "
        f"{result.messages} messages, {result.failed} failed, {result.unsent} unsent",
        highlight=False,
    )
    for error in result.errors:
        console.print(f"  [yellow]failed[/] {escape(str(error))}", highlight=False)


@alerts_app.command("list")
def list_alerts(
    db: DbOption = None,
    status: Annotated[
        str | None,
        typer.Option("--status", help="Only rows with this status: pending, sent, failed."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows, newest first.")] = (
        DEFAULT_LIST_LIMIT
    ),
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv or json (JSON lines).")
    ] = "table",
) -> None:
    """The alert outbox, newest first: story, rule, channel (redacted), status, attempts."""
    from pipeline.alerts import STATUSES

    if status is not None and status not in STATUSES:
        raise _fail(f"unknown status {status!r}: use {', '.join(STATUSES)}", 2)
    if fmt not in ("table", "csv", "json"):
        raise _fail(f"unknown format {fmt!r}: use table, csv or json", 2)
    sql = """
        SELECT x.created_at, x.status, x.rule, x.channel, x.story_id, s.title, x.attempts,
               x.sent_at, x.next_attempt_at, x.last_error
        FROM alerts x LEFT JOIN stories s USING (story_id)
        WHERE CAST(? AS VARCHAR) IS NULL OR x.status = ?
        ORDER BY x.created_at DESC, x.alert_id LIMIT ?
    """
    try:
        with store.connect(db or settings.default_db_url(), read_only=True) as conn:
            result = conn.exec_driver_sql(sql, (status, status, limit))
            columns, rows = list(result.keys()), result.fetchall()
    except store.StoreError as exc:
        raise _fail(str(exc), 3) from None
    print_rows(columns, [tuple(r) for r in rows], fmt)


@alerts_app.command("test")
def test_channel(
    channel: Annotated[
        str, typer.Argument(help="Apprise URL; ${VAR} is read from the environment.")
    ],
) -> None:
    """Send a test message to CHANNEL; exit 1 if it could not be delivered."""
    from pipeline.alerts import send_test

    key, error = send_test(channel)
    if error:
        raise _fail(error, 1)
    console.print(f"sent a test message to {key}", highlight=False)
