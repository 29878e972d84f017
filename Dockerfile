# newsmon on Airflow: the official Airflow 3.3.2 image plus this package, installed from
# uv.lock so the image runs exactly the versions the tests ran (duckdb 1.5.5 included: a
# store written by another DuckDB version cannot be read).
FROM apache/airflow:3.3.2-python3.11

USER root
COPY --chown=airflow:root pyproject.toml uv.lock README.md /opt/newsmon/
COPY --chown=airflow:root pipeline/ /opt/newsmon/pipeline/
COPY --chown=airflow:root sql/ /opt/newsmon/sql/
COPY --chown=airflow:root config/ /opt/newsmon/config/
USER airflow

# uv exports the locked runtime set (no dev tools); pip installs it against Airflow's
# own constraints-free image, then the package itself without re-resolving.
RUN pip install --no-cache-dir uv==0.13.9 \
 && cd /opt/newsmon \
 && uv export --frozen --no-dev --no-hashes --no-emit-project -o /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt \
 && pip install --no-cache-dir --no-deps /opt/newsmon \
 && python -c "import duckdb; assert duckdb.__version__ == '1.5.5', duckdb.__version__"

ENV NEWSMON_DATA_DIR=/opt/airflow/data \
    PYTHONPATH=/opt/newsmon
