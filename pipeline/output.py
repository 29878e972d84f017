"""Printing query results for people and for programs: a rich table, CSV or JSON lines."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    """Print a result as a rich table, CSV or JSON lines."""
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        for row in rows:
            sys.stdout.write(
                json.dumps(
                    dict(zip(columns, row, strict=True)), default=_json_default, ensure_ascii=False
                )
                + "\n"
            )
    else:
        # Cells are plain Text: a value such as "[VIDEO] Floods in Quetta" is data, not
        # rich markup to interpret (and drop).
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(Text(column))
        for row in rows:
            table.add_row(*(Text("" if v is None else str(v)) for v in row))
        Console().print(table)
