"""The store's views: the common questions as SQL relations (sql/views/NAME.sql).

Each file is one ``CREATE OR REPLACE VIEW NAME AS ...`` over the public columns of the
core schema, so applying them again is harmless and a changed file replaces the old
view. ``store.migrate`` applies them when a migration ran or the files changed (their
checksum is kept in ``schema_views``), so an up-to-date store is not written to.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Connection

from pipeline import settings, store

VIEWS_DIR = settings.SQL_DIR / "views"


def view_files() -> list[Path]:
    """The view definitions, in name order (no view depends on another)."""
    return sorted(VIEWS_DIR.glob("*.sql"))


def apply_views(conn: Connection) -> list[str]:
    """Create or replace every view in sql/views inside the caller's transaction.

    Returns the names of the views applied.
    """
    names = []
    for path in view_files():
        try:
            store.raw(conn).execute(path.read_text(encoding="utf-8"))
        except Exception as exc:
            raise store.StoreError(f"view {path.name} failed: {exc}") from exc
        names.append(path.stem)
    return names


def views_checksum() -> str:
    """One checksum over every view file's name and text."""
    digest = hashlib.sha256()
    for path in view_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def apply_views_if_changed(conn: Connection, *, force: bool = False) -> list[str]:
    """Apply the views when ``force`` is set or the files changed since they were last applied.

    Returns the names of the views applied (none when nothing changed).
    """
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS schema_views"
        " (checksum VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    checksum = views_checksum()
    stored = conn.exec_driver_sql("SELECT checksum FROM schema_views").scalar()
    if stored == checksum and not force:
        return []
    names = apply_views(conn)
    conn.exec_driver_sql("DELETE FROM schema_views")
    conn.exec_driver_sql("INSERT INTO schema_views VALUES (?, ?)", (checksum, datetime.now(UTC)))
    return names
