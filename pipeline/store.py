"""The store: a SQLAlchemy engine over DuckDB, the schema migrations, and locked access.

DuckDB lets one process hold a file read-write; any other open of it (read-only too)
fails while it does. Every open here is short and retried for a bounded time, and
engines use ``NullPool`` so a closed connection releases the file at once.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from pipeline import settings

MIGRATIONS_DIR = settings.SQL_DIR / "migrations"
MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
# How long a writer or reader waits for another process's lock before giving up: a load
# holds the file for seconds, so a minute covers it while still failing a stuck store.
LOCK_WAIT_SECONDS = 60.0
LOCK_RETRY_INITIAL = 0.05


class StoreError(RuntimeError):
    """The store cannot be used (bad URL, unreadable file, failed migration)."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the bounded wait."""


def normalize_url(db: str | Path) -> str:
    """A store URL from a URL or a bare DuckDB file path."""
    text = str(db)
    if "://" in text:
        return text
    return f"duckdb:///{Path(text).expanduser().resolve()}"


def _duckdb_file(url: str) -> Path | None:
    if url.startswith("duckdb:///") and not url.startswith("duckdb:///:memory:"):
        return Path(url.removeprefix("duckdb:///").split("?", 1)[0])
    return None


def make_engine(db: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for the store at ``db`` (file path or URL); read-only opens cannot write."""
    url = normalize_url(db)
    path = _duckdb_file(url)
    connect_args: dict[str, Any] = {}
    if path is not None:
        if read_only:
            if not path.exists():
                raise StoreError(f"no store at {path}: run `newsmon ingest` first")
            connect_args["read_only"] = True
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return sa.create_engine(url, poolclass=NullPool, connect_args=connect_args)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(f"unusable store URL {url!r}: {exc}") from None


def _is_lock_error(exc: BaseException) -> bool:
    return "Could not set lock" in str(exc) or "Conflicting lock" in str(exc)


@contextmanager
def connect(
    db: str | Path, *, read_only: bool = False, wait: float = LOCK_WAIT_SECONDS
) -> Iterator[Connection]:
    """A connection to the store, in a transaction that commits on success.

    Retries with backoff while another process holds the DuckDB lock, up to ``wait``
    seconds, then raises StoreBusy.
    """
    engine = make_engine(db, read_only=read_only)
    deadline = time.monotonic() + wait
    delay = LOCK_RETRY_INITIAL
    try:
        while True:
            try:
                conn = engine.connect()
                break
            except sa.exc.DBAPIError as exc:
                if not _is_lock_error(exc):
                    raise StoreError(f"cannot open store {engine.url}: {exc.orig}") from None
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"store {engine.url} is held by another process (waited {wait:.0f} s)"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        with conn, conn.begin():
            yield conn
    finally:
        engine.dispose()


def raw(conn: Connection) -> Any:
    """The DuckDB connection under a SQLAlchemy connection (for Arrow registration)."""
    return conn.connection.driver_connection


def register_values(conn: Connection, name: str, column: str, values: list[Any]) -> None:
    """Make ``values`` queryable as the one-column relation ``name`` on this connection.

    Passing a long Python list as a bound parameter costs DuckDB seconds per 10,000
    values; an Arrow table costs milliseconds, and joins against it are hash joins.
    """
    import pyarrow as pa

    raw(conn).register(name, pa.table({column: pa.array(values)}))


def pending_migrations(conn: Connection) -> list[tuple[int, str, Path]]:
    """Migrations in sql/migrations not yet recorded in ``schema_migrations``, in order."""
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL,"
        " applied_at TIMESTAMPTZ NOT NULL)"
    )
    applied = {row[0] for row in conn.exec_driver_sql("SELECT version FROM schema_migrations")}
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = MIGRATION_NAME.match(path.name)
        if match is None:
            raise StoreError(f"migration file {path.name} is not named NNNN_name.sql")
        version = int(match.group(1))
        if version not in applied:
            found.append((version, match.group(2), path))
    return found


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations in order inside the caller's transaction; return their names."""
    done = []
    for version, name, path in pending_migrations(conn):
        sql = path.read_text(encoding="utf-8")
        try:
            raw(conn).execute(sql)
        except Exception as exc:
            raise StoreError(f"migration {path.name} failed: {exc}") from exc
        conn.exec_driver_sql(
            "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
            (version, name, hashlib.sha256(sql.encode()).hexdigest(), datetime.now(UTC)),
        )
        done.append(path.name)
    return done


def init_store(db: str | Path) -> list[str]:
    """Create or upgrade the store at ``db``; return the migrations applied."""
    with connect(db) as conn:
        return migrate(conn)


def article_id_for(canonical_url: str) -> int:
    """A stable 63-bit id for an article, from its canonical URL."""
    return int.from_bytes(hashlib.sha256(canonical_url.encode("utf-8")).digest()[:8], "big") >> 1
