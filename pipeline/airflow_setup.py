"""What newsmon needs from an Airflow installation, created by the project, not by hand.

``python -m pipeline.airflow_setup`` (called by ``make airflow-init``, ``make
airflow-standalone``, compose's ``airflow-init`` service and the tests) creates the
one-slot ``duckdb_writer`` pool that guards the store's writer. Run it after
``airflow db migrate``, with the same Airflow environment; it is idempotent.

The DAG's runtime lookups live here too: the store URL (DAG param, else the Airflow
Variable ``newsmon_db``, else ``$NEWSMON_DB``) and, for a backfill run, which archived
runs fall in its data interval.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

WRITER_POOL = "duckdb_writer"
# One slot: a DuckDB file takes one writing process, and on DuckLake concurrent writers
# would only retry against each other.
WRITER_POOL_SLOTS = 1
WRITER_POOL_DESCRIPTION = "newsmon: only one task writes the store at a time"
# The Airflow Variable that may hold the store URL (a secret when it names a catalog).
DB_VARIABLE = "newsmon_db"
# Run type of DAG runs created by `airflow backfill create`.
BACKFILL_RUN_TYPE = "backfill"


def setup() -> None:
    """Create or update the ``duckdb_writer`` pool in Airflow's metadata database."""
    from airflow.models.pool import Pool

    Pool.create_or_update_pool(
        WRITER_POOL, WRITER_POOL_SLOTS, WRITER_POOL_DESCRIPTION, include_deferred=False
    )


def store_url(param: str | None) -> str:
    """The store of a DAG run: its ``db`` param, else Variable ``newsmon_db``, else the default."""
    from pipeline import settings, store

    if param:
        return store.normalize_url(param)
    from airflow.sdk import Variable

    configured = Variable.get(DB_VARIABLE, default=None)
    return store.normalize_url(configured or settings.default_db_url())


def is_backfill(run_type: str | None) -> bool:
    """True for a DAG run created by a backfill (its tasks reprocess the archive)."""
    return str(run_type or "").removeprefix("DagRunType.").lower() in {
        BACKFILL_RUN_TYPE,
        "backfill_job",
    }


def archived_runs_between(db: str, start: datetime, end: datetime, data_dir: Path) -> list[str]:
    """The runs loaded in ``[start, end)`` whose raw responses are in the archive.

    Feeds cannot go back in time: a backfill over a window rebuilds the articles those
    runs fetched, from their WARC files. Reprocess runs are not themselves reprocessed.
    """
    from pipeline import store

    with store.connect(db, read_only=True) as conn:
        rows = conn.exec_driver_sql(
            "SELECT run_id FROM runs WHERE started_at >= ? AND started_at < ? "
            "AND run_id NOT LIKE 'reprocess-%' ORDER BY started_at",
            (start, end),
        ).fetchall()
    archive = data_dir / "archive"
    return [r[0] for r in rows if (archive / r[0]).is_dir()]


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    setup()
    print(f"pool {WRITER_POOL}: {WRITER_POOL_SLOTS} slot")


if __name__ == "__main__":
    main()
