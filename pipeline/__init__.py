"""newsmon: news-monitoring ingestion pipeline (feeds -> clean, tagged, deduplicated articles in DuckDB)."""

__version__ = "0.1.0"
