"""Where things live and what the environment may override. Read at call time, never at import."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
CONFIG_DIR = PROJECT_ROOT / "config"
DEFAULT_FEEDS_FILE = CONFIG_DIR / "feeds.yaml"

ENV_DB = "NEWSMON_DB"
ENV_DATA_DIR = "NEWSMON_DATA_DIR"
ENV_ALLOW_PRIVATE = "NEWSMON_ALLOW_PRIVATE_NETWORKS"
ENV_DB_MEMORY_LIMIT = "NEWSMON_DB_MEMORY_LIMIT"


def data_dir() -> Path:
    """The data directory (store, staging, archive): $NEWSMON_DATA_DIR or ./data."""
    return Path(os.environ.get(ENV_DATA_DIR) or "data").resolve()


def default_db_url() -> str:
    """The store URL: $NEWSMON_DB, else a DuckDB file in the data directory."""
    return os.environ.get(ENV_DB) or f"duckdb:///{data_dir() / 'newsmon.duckdb'}"


def allow_private_networks() -> bool:
    """True when fetching from loopback/private addresses is allowed (tests and the demo)."""
    return os.environ.get(ENV_ALLOW_PRIVATE, "").strip().lower() in {"1", "true", "yes"}


def db_memory_limit() -> str | None:
    """DuckDB's memory limit for connections to a DuckDB-file store ($NEWSMON_DB_MEMORY_LIMIT,
    e.g. "512MB"); None leaves DuckDB's default, 80% of RAM.

    It bounds what DuckDB keeps of the store (its block cache) and the full-text index
    rebuild, which grow with the store; past it DuckDB spills to ``<store>.tmp``.
    """
    return os.environ.get(ENV_DB_MEMORY_LIMIT) or None
