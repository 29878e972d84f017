"""The store: a SQLAlchemy engine over DuckDB, the schema migrations, and locked access.

DuckDB lets one process hold a file read-write; any other open of it (read-only too)
fails while it does. Every open here is short and retried for a bounded time, and
engines use ``NullPool`` so a closed connection releases the file at once.
"""

from __future__ import annotations

import hashlib
import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from pipeline import ducklake, settings

log = logging.getLogger(__name__)
MIGRATIONS_DIR = settings.SQL_DIR / "migrations"
MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
# How long a writer or reader waits for another process's lock before giving up: a load
# holds the file for seconds, so a minute covers it while still failing a stuck store.
LOCK_WAIT_SECONDS = 60.0
LOCK_RETRY_INITIAL = 0.05
# How often a DuckLake write transaction that lost to a concurrent commit is re-run: each
# retry starts from the winner's snapshot, so only a burst of writers needs several.
DUCKLAKE_WRITE_ATTEMPTS = 20
T = TypeVar("T")


class StoreError(RuntimeError):
    """The store cannot be used (bad URL, unreadable file, failed migration)."""


class NoStore(StoreError):
    """A read-only open of a store that was never created."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the bounded wait."""


def normalize_url(db: str | Path) -> str:
    """A store URL from a URL or a bare DuckDB file path."""
    text = str(db)
    if "://" in text or ducklake.is_ducklake(text):
        return text
    return f"duckdb:///{Path(text).expanduser().resolve()}"


def _duckdb_file(url: str) -> Path | None:
    if url.startswith("duckdb:///") and not url.startswith("duckdb:///:memory:"):
        return Path(url.removeprefix("duckdb:///").split("?", 1)[0])
    return None


def make_engine(db: str | Path, *, read_only: bool = False) -> Engine:
    """An engine for the store at ``db`` (file path or URL); read-only opens cannot write."""
    url = normalize_url(db)
    if ducklake.is_ducklake(url):
        try:
            return ducklake.make_engine(url, read_only=read_only)
        except ducklake.DuckLakeURLError as exc:
            raise StoreError(f"unusable store URL: {exc}") from None
    path = _duckdb_file(url)
    connect_args: dict[str, Any] = {}
    limit = settings.db_memory_limit()
    if limit:
        connect_args["config"] = {"memory_limit": limit}
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
    seconds, then raises StoreBusy. On a DuckLake store a write connection claims the
    write token (see :mod:`pipeline.ducklake`): use :func:`write` to retry on conflict.
    """
    engine = make_engine(db, read_only=read_only)
    lake = ducklake.is_ducklake(normalize_url(db))
    deadline = time.monotonic() + wait
    delay = LOCK_RETRY_INITIAL
    try:
        while True:
            try:
                conn = engine.connect()
                break
            except sa.exc.DBAPIError as exc:
                if not _is_lock_error(exc):
                    if lake and ducklake.NO_LAKE_MARKER in str(exc.orig):
                        raise NoStore(f"no DuckLake store at {normalize_url(db)}") from None
                    raise StoreError(f"cannot open store {engine.url}: {exc.orig}") from None
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"store {engine.url} is held by another process (waited {wait:.0f} s)"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        with conn, conn.begin():
            if lake and not read_only:
                ducklake.claim_write(raw(conn))
            yield conn
    finally:
        engine.dispose()


def write(db: str | Path, work: Callable[[Connection], T]) -> T:
    """Run ``work(conn)`` in one write transaction and return its result.

    On a DuckDB file this is :func:`connect` (bounded wait for the file lock). On
    DuckLake, a commit that lost to a concurrent writer is re-run from the start, with
    backoff, so ``work`` must be a function of what it reads in the transaction.
    """
    delay = LOCK_RETRY_INITIAL
    for attempt in range(DUCKLAKE_WRITE_ATTEMPTS):
        try:
            with connect(db) as conn:
                return work(conn)
        except Exception as exc:
            lake = ducklake.is_ducklake(normalize_url(db))
            if not lake or not ducklake.is_conflict(exc) or attempt + 1 == DUCKLAKE_WRITE_ATTEMPTS:
                raise
            log.warning(
                "DuckLake commit lost to a concurrent writer; retrying (attempt %d)",
                attempt + 2,
                extra={"event": "ducklake_conflict"},
            )
            time.sleep(delay * (1 + random.random()))  # jitter: do not collide again in step
            delay = min(delay * 2, 1.0)
    raise AssertionError("unreachable")


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


def is_lake(conn: Connection) -> bool:
    """True when ``conn`` is a connection to a DuckLake store."""
    found = (
        raw(conn)
        .execute(
            "SELECT count(*) FROM duckdb_databases() WHERE database_name = ? AND type = 'ducklake'",
            [ducklake.LAKE],
        )
        .fetchone()
    )
    return bool(found and found[0])


def _ddl_for(conn: Connection, sql: str) -> str:
    """``sql`` as this store accepts it (DuckLake: without constraints)."""
    return ducklake.translate_ddl(sql) if is_lake(conn) else sql


def pending_migrations(conn: Connection) -> list[tuple[int, str, Path]]:
    """Migrations in sql/migrations not yet recorded in ``schema_migrations``, in order."""
    conn.exec_driver_sql(
        _ddl_for(
            conn,
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL,"
            " applied_at TIMESTAMPTZ NOT NULL)",
        )
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
    """Apply pending migrations in order inside the caller's transaction; return their names.

    The views of sql/views are created or replaced afterwards when a migration ran or
    a view file changed: a changed view takes effect at the next load, no migration needed.
    """
    from pipeline import views  # views builds on store: imported here, not at the top

    done = []
    for version, name, path in pending_migrations(conn):
        sql = path.read_text(encoding="utf-8")
        try:
            raw(conn).execute(_ddl_for(conn, sql))
        except Exception as exc:
            raise StoreError(f"migration {path.name} failed: {exc}") from exc
        conn.exec_driver_sql(
            "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
            (version, name, hashlib.sha256(sql.encode()).hexdigest(), datetime.now(UTC)),
        )
        done.append(path.name)
    views.apply_views_if_changed(conn, force=bool(done))
    return done


def init_store(db: str | Path) -> list[str]:
    """Create or upgrade the store at ``db``; return the migrations applied."""
    if ducklake.is_ducklake(normalize_url(db)) and not _lake_needs_migrate(db):
        return []  # a write transaction would be a new snapshot and a conflict for loaders
    return write(db, migrate)


def _lake_needs_migrate(db: str | Path) -> bool:
    """True when the DuckLake store at ``db`` is missing, lacks a migration or has stale
    views (a read-only look)."""
    from pipeline import views

    try:
        with connect(db, read_only=True) as conn:
            found = raw(conn).execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = ?"
                " AND table_name IN ('schema_migrations', 'schema_views')",
                [ducklake.LAKE],
            )
            if len(found.fetchall()) < 2:
                return True
            applied = {r[0] for r in conn.exec_driver_sql("SELECT version FROM schema_migrations")}
            checksum = conn.exec_driver_sql("SELECT checksum FROM schema_views").scalar()
    except NoStore:
        return True
    wanted = {
        int(m.group(1)) for p in MIGRATIONS_DIR.glob("*.sql") if (m := MIGRATION_NAME.match(p.name))
    }
    return not wanted <= applied or checksum != views.views_checksum()


def article_id_for(canonical_url: str) -> int:
    """A stable 63-bit id for an article, from its canonical URL."""
    return int.from_bytes(hashlib.sha256(canonical_url.encode("utf-8")).digest()[:8], "big") >> 1
