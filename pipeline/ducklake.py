"""DuckLake as the store: a catalog in PostgreSQL, the data as Parquet files in a directory.

The store URL has the form ``ducklake:<catalog>?data_path=<directory>``, where
``<catalog>`` is what DuckLake's own ``ATTACH 'ducklake:...'`` takes:

- ``ducklake:postgres:dbname=newsmon host=db.internal user=newsmon?data_path=/srv/newsmon/lake/``
  (several machines; the password comes from ``PGPASSWORD`` or ``~/.pgpass``, never the URL)
- ``ducklake:/srv/newsmon/catalog.ducklake?data_path=/srv/newsmon/lake/`` (a DuckDB file as
  catalog: one machine only, like the plain DuckDB store)

``data_path`` is needed when the lake is created and ignored afterwards (the catalog
remembers it). Every connection is an in-memory DuckDB with the lake attached and made
the default database, so the pipeline's SQL runs unchanged; temporary tables and
registered Arrow tables live in the connection's memory.

The extensions are loaded offline, from the ``duckdb-extension-ducklake`` and
``duckdb-extension-postgres`` packages (installed from their files once, then loaded).

DuckLake has no PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY constraints:
:func:`translate_ddl` strips them from the migrations, and the load step avoids
``ON CONFLICT`` and ``INSERT ... RETURNING``. Its commits are optimistic: two
transactions that both delete from one data file conflict, and the later commit fails.
Every write transaction therefore bumps one shared row (:func:`claim_write`), so two
concurrent writers always conflict, the later one is retried against the new snapshot
(:func:`is_conflict` tells those failures apart), and its anti-joins then see the
other's rows: nothing is lost and nothing is stored twice. Readers read a snapshot and
never wait.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

PREFIX = "ducklake:"
LAKE = "newsmon_lake"
# The one-row table every write transaction updates: concurrent writers conflict on it.
WRITE_TOKEN_TABLE = "newsmon_write_token"
# DuckLake's extension name -> the Python package that ships its file for duckdb 1.5.5.
EXTENSION_PACKAGES = {
    "ducklake": "duckdb_extension_ducklake",
    "postgres_scanner": "duckdb_extension_postgres",
}
# DuckLake's message when a read-only attach finds no lake in the catalog.
NO_LAKE_MARKER = "creating a new DuckLake is explicitly disabled"
# Messages of a commit that lost to a concurrent one (retry it) rather than a broken one.
CONFLICT_MARKERS = ("Transaction conflict", "Failed to commit DuckLake transaction")


class DuckLakeURLError(ValueError):
    """A ``ducklake:`` store URL that cannot be used."""


def is_ducklake(url: str) -> bool:
    """True for a ``ducklake:`` store URL."""
    return url.startswith(PREFIX)


def parse_url(url: str) -> tuple[str, str | None]:
    """(catalog, data_path) of a ``ducklake:`` URL; data_path is absolute, or None."""
    body = url.removeprefix(PREFIX)
    catalog, _, query = body.partition("?")
    if not catalog:
        raise DuckLakeURLError(f"{url!r}: no catalog (e.g. ducklake:postgres:dbname=newsmon)")
    options = parse_qs(query, keep_blank_values=True)
    unknown = sorted(set(options) - {"data_path"})
    if unknown:
        raise DuckLakeURLError(f"{url!r}: unknown option(s) {', '.join(unknown)}; known: data_path")
    data_path = options.get("data_path", [None])[-1]
    if data_path:
        resolved = str(Path(data_path).expanduser().resolve())
        data_path = resolved if resolved.endswith("/") else resolved + "/"
    return catalog, data_path or None


def extension_file(package: str) -> Path:
    """The DuckDB extension file shipped by the Python package ``package`` (no download)."""
    module = importlib.import_module(package)
    found = sorted(Path(next(iter(module.__path__))).glob("extensions/*/*.duckdb_extension"))
    if not found:
        raise RuntimeError(f"package {package} ships no DuckDB extension file")
    return found[-1]


def load_extensions(duck: Any) -> None:
    """Install (from the Python packages' files, no network) and load DuckLake's extensions."""
    installed = {
        name
        for (name,) in duck.execute(
            "SELECT extension_name FROM duckdb_extensions() WHERE installed"
        ).fetchall()
    }
    for name, package in EXTENSION_PACKAGES.items():
        if name not in installed:
            duck.execute(f"INSTALL '{extension_file(package)}'")
        duck.execute(f"LOAD {name}")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def attach(duck: Any, url: str, *, read_only: bool = False) -> None:
    """Attach the lake of ``url`` to the DuckDB connection ``duck`` and make it the default."""
    catalog, data_path = parse_url(url)
    load_extensions(duck)
    options = []
    if data_path:
        Path(data_path).mkdir(parents=True, exist_ok=True)
        options.append(f"DATA_PATH {_quote(data_path)}")
    if read_only:
        options.append("READ_ONLY")
    suffix = f" ({', '.join(options)})" if options else ""
    duck.execute(f"ATTACH {_quote(PREFIX + catalog)} AS {LAKE}{suffix}")
    duck.execute(f"USE {LAKE}")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine whose every connection has the lake attached as its default database."""
    parse_url(url)  # fail on a bad URL now, not at the first connection
    engine = sa.create_engine(
        "duckdb:///:memory:",
        poolclass=NullPool,
        # Never download: the extensions come from the Python packages (load_extensions).
        connect_args={"config": {"autoinstall_known_extensions": False}},
    )

    @sa.event.listens_for(engine, "connect")
    def _attach(dbapi_connection: Any, _record: Any) -> None:
        attach(dbapi_connection, url, read_only=read_only)

    return engine


def claim_write(duck: Any) -> None:
    """Update the shared write token inside the current write transaction.

    Two transactions that both do this conflict in DuckLake, so the later commit fails
    and is retried against the snapshot the earlier one committed.
    """
    duck.execute(f"CREATE TABLE IF NOT EXISTS {WRITE_TOKEN_TABLE} (writes BIGINT NOT NULL)")
    row = duck.execute(f"UPDATE {WRITE_TOKEN_TABLE} SET writes = writes + 1").fetchone()
    if not row or row[0] == 0:
        duck.execute(f"INSERT INTO {WRITE_TOKEN_TABLE} VALUES (1)")


def is_conflict(exc: BaseException) -> bool:
    """True when ``exc`` (or its cause) is a DuckLake commit that lost to a concurrent one."""
    seen: BaseException | None = exc
    while seen is not None:
        if any(marker in str(seen) for marker in CONFLICT_MARKERS):
            return True
        seen = seen.__cause__ or getattr(seen, "orig", None)
    return False


# Column constraints DuckLake refuses; NOT NULL and DEFAULT are kept.
_COLUMN_CONSTRAINT = re.compile(
    r"\s+(?:PRIMARY\s+KEY|UNIQUE|REFERENCES\s+\w+\s*\([^)]*\))(?=\s*(?:,|\)|--|\n|$|NOT\b|DEFAULT\b))",
    re.IGNORECASE,
)
_TABLE_CONSTRAINT = re.compile(
    r",\s*(?:--[^\n]*\n\s*)*(?:PRIMARY\s+KEY|UNIQUE|FOREIGN\s+KEY)\s*\([^)]*\)"
    r"(?:\s*REFERENCES\s+\w+\s*\([^)]*\))?",
    re.IGNORECASE,
)
_CHECK = re.compile(r"\s+CHECK\s*\(", re.IGNORECASE)


def _strip_checks(sql: str) -> str:
    out, pos = [], 0
    for match in _CHECK.finditer(sql):
        if match.start() < pos:
            continue
        depth, end = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            end += 1
        out.append(sql[pos : match.start()])
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def translate_ddl(sql: str) -> str:
    """A migration's DDL without the constraints DuckLake does not support.

    The constraints document intent and guard the DuckDB file; on DuckLake the load
    step's anti-joins and the serialized writes keep the same invariants.
    """
    return _COLUMN_CONSTRAINT.sub("", _TABLE_CONSTRAINT.sub("", _strip_checks(sql)))
