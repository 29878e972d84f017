"""Security: the private-network guard, SQL injection from feeds, secrets, HTML escaping.

Every target is a real server on loopback; the guard is on (NEWSMON_ALLOW_PRIVATE_NETWORKS
unset) unless a test says otherwise, and where a test needs its own server's address
allowed, only the predicate is patched, for that one address.
"""

from __future__ import annotations

import contextlib
import html
import logging
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from pipeline import alerts, netguard, store
from pipeline.alerts_message import StoryView, Tag, render_digest, render_story
from pipeline.alerts_rules import AlertRule
from pipeline.cli import app
from pipeline.http import Fetcher, FetchError
from pipeline.ingest import run_ingest
from tests.test_ingest import PARAS, feeds_yaml


class Recorder:
    """A server on 127.0.0.1 (and ::1 when available) that records every request."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "6")
                self.end_headers()
                self.wfile.write(b"secret")

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.v6: ThreadingHTTPServer | None = None
        try:

            class V6(ThreadingHTTPServer):
                address_family = socket.AF_INET6

            self.v6 = V6(("::1", self.port), Handler)
        except OSError:
            self.v6 = None
        for s in (self.server, self.v6):
            if s is not None:
                threading.Thread(target=s.serve_forever, daemon=True).start()

    def close(self) -> None:
        for s in (self.server, self.v6):
            if s is not None:
                s.shutdown()
                s.server_close()


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    r = Recorder()
    yield r
    r.close()


@pytest.fixture
def guard_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", raising=False)


LOOPBACK_SPELLINGS = [
    "localhost",
    "LocalHost",
    "localhost.",
    "127.0.0.1",
    "127.1",
    "127.0.1",
    "0x7f000001",
    "0x7f.0.0.1",
    "2130706433",
    "017700000001",
    "0177.0.0.1",
    "127.000.000.001",
    "[::1]",
    "[0:0:0:0:0:0:0:1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "0.0.0.0",
    "0",
    "[::]",
    "evil.example@127.0.0.1",
    "127.0.0.1.",
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_loopback_in_any_spelling_is_refused_and_never_contacted(
    host: str, recorder: Recorder, guard_on: None
) -> None:
    url = f"http://{host}:{recorder.port}/admin"
    with pytest.raises(netguard.BlockedURL):
        netguard.check_url(url)
    fetcher = Fetcher(retries=0, respect_robots=False)
    try:
        with pytest.raises(FetchError, match="refused"):
            fetcher.get(url)
    finally:
        fetcher.close()
    assert recorder.hits == []


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://10.0.0.1/",
        "http://192.168.0.1/",
        "http://172.16.0.1/",
        "http://100.64.0.1/",
        "http://[fc00::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://224.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:70/",
        "ftp://127.0.0.1/",
    ],
)
def test_private_link_local_and_other_schemes_are_refused(url: str, guard_on: None) -> None:
    with pytest.raises(netguard.BlockedURL):
        netguard.check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
        "http://[2002:a9fe:a9fe::1]/",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo, client 127.0.0.1
        "http://[64:ff9b:1::a00:1]/",  # NAT64 local use
    ],
)
def test_ipv6_forms_embedding_private_ipv4_are_refused(url: str, guard_on: None) -> None:
    with pytest.raises(netguard.BlockedURL):
        netguard.check_url(url)


@pytest.mark.parametrize(
    "address",
    ["2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1", "::ffff:8.8.8.8", "8.8.8.8"],
)
def test_public_addresses_in_every_form_pass(address: str) -> None:
    assert netguard._is_public(address)


@pytest.fixture
def inner() -> Iterator[Recorder]:
    """A second server, on 127.0.0.2: the 'internal service' a redirect must not reach."""
    r = Recorder()
    r.server.shutdown()
    r.server.server_close()
    r.close()
    r.hits = []
    rec = r

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            rec.hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    r.server, r.v6, r.port = server, None, server.server_port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield r
    r.close()


def test_redirects_into_private_space_are_refused(
    httpserver: HTTPServer, inner: Recorder, guard_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The public-looking server (127.0.0.1, allowed by the patched predicate alone)
    redirects to metadata, loopback in several spellings, and the inner server."""
    real = netguard._is_public
    monkeypatch.setattr(netguard, "_is_public", lambda a: a == "127.0.0.1" or real(a))
    targets = {
        "/meta": "http://169.254.169.254/latest/meta-data/iam/",
        "/inner": f"http://127.0.0.2:{inner.port}/admin",
        "/inner-dec": f"http://2130706434:{inner.port}/admin",
        "/inner-mapped": f"http://[::ffff:127.0.0.2]:{inner.port}/admin",
        "/inner-hex": f"http://0x7f000002:{inner.port}/admin",
        "/v6": f"http://[::1]:{inner.port}/admin",
        "/scheme": "file:///etc/passwd",
        "/twice": httpserver.url_for("/inner"),  # a public hop first, then private
    }
    for path, location in targets.items():
        httpserver.expect_request(path).respond_with_data(
            "", status=302, headers={"Location": location}
        )
    fetcher = Fetcher(retries=0, respect_robots=False)
    try:
        for path in targets:
            with pytest.raises(FetchError, match="refused"):
                fetcher.get(httpserver.url_for(path))
    finally:
        fetcher.close()
    assert inner.hits == []


def test_dns_rebinding_does_not_reach_loopback(
    recorder: Recorder, guard_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34"])

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            address = next(answers, "127.0.0.1")
            return real(address, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    fetcher = Fetcher(retries=0, respect_robots=False)
    try:
        with contextlib.suppress(FetchError):
            fetcher.get(f"http://rebind.test:{recorder.port}/admin")
    finally:
        fetcher.close()
    assert recorder.hits == []


# --- SQL injection ---------------------------------------------------------------------

HOSTILE = [
    "Robert'); DROP TABLE articles;--",
    "x' OR '1'='1",
    '"; DELETE FROM stories; --',
    "Gwadar \\'; ATTACH 'evil.db' AS e; --",
    "$1 ? :name %s {0}",
    'O\'Brien "the" quoted — ✓ بلوچستان',
]


def _page(text: str) -> str:
    """A page with no title or author of its own: the feed's title and author are stored."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head></head><body><article>"
        f"{body}<p>{html.escape(text)}</p></article></body></html>"
    )


def test_hostile_feed_values_are_stored_verbatim_and_tables_survive(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    items = []
    expected: dict[str, tuple[str, str]] = {}
    for n, text in enumerate(HOSTILE):
        path = f'/a{n}/it\'s-"quoted";--'
        url = httpserver.url_for(path)
        httpserver.expect_request(path).respond_with_data(_page(text), content_type="text/html")
        items.append(
            f"<item><title>{html.escape(text)}</title><link>{html.escape(url)}</link>"
            f"<author>{html.escape(text)}</author></item>"
        )
        expected[url] = (text, text)
    httpserver.expect_request("/feed.xml").respond_with_data(
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>T</title>"
        + "".join(items)
        + "</channel></rss>",
        content_type="application/rss+xml",
    )
    db = str(tmp_path / "s.duckdb")
    result = run_ingest(
        feeds_yaml(tmp_path, {"F'; DROP TABLE feeds;--": httpserver.url_for("/feed.xml")}), db
    )
    assert result.counts["articles_new"] == len(HOSTILE), result.errors
    with store.connect(db, read_only=True) as conn:
        titles = set(r[0] for r in conn.exec_driver_sql("SELECT title FROM articles"))
        authors = set(r[0] for r in conn.exec_driver_sql("SELECT author FROM articles"))
        texts = [r[0] for r in conn.exec_driver_sql("SELECT text FROM articles")]
        stored_urls = set(r[0] for r in conn.exec_driver_sql("SELECT url FROM articles"))
        tables = {r[0] for r in conn.exec_driver_sql("SELECT table_name FROM duckdb_tables()")}
        feeds = [r[0] for r in conn.exec_driver_sql("SELECT name FROM feeds")]
        story_count = conn.exec_driver_sql("SELECT count(*) FROM stories").scalar()
    assert titles == set(HOSTILE)
    assert authors == set(HOSTILE)
    assert all(any(h in t for h in HOSTILE) for t in texts)
    assert stored_urls == set(expected)
    assert feeds == ["F'; DROP TABLE feeds;--"]
    assert {"articles", "stories", "feeds", "runs", "alerts", "article_regions"} <= tables
    assert story_count and story_count >= 1

    # `newsmon query` binds --param values; they are data, never SQL
    runner = CliRunner()
    out = runner.invoke(
        app,
        [
            "query",
            "--db",
            db,
            "--format",
            "json",
            "-p",
            f"t={HOSTILE[1]}",
            "SELECT count(*) AS n FROM articles WHERE title = :t",
        ],
    )
    assert out.exit_code == 0, out.output
    assert '"n": 1' in out.output
    out = runner.invoke(app, ["query", "--db", db, "DROP TABLE articles"])
    assert out.exit_code != 0
    assert "Traceback" not in out.output
    with store.connect(db, read_only=True) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == len(HOSTILE)


# --- secrets ---------------------------------------------------------------------------

SECRET = "Zq9-s3cr3t-VALUE-8841"
SECRET_SPECIAL = "p@ss/w:rd#9?x&y=1%41"


def _seed_store(db: str) -> None:
    """A store with one story tagged Balochistan (through the real schema)."""
    store.init_store(db)
    with store.connect(db) as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (article_id, url, canonical_url, source_domain, outlet, title, "
            "text, fetched_at, text_hash, story_id, is_canonical, run_id) VALUES "
            "(7, 'http://e.test/a', 'http://e.test/a', 'e.test', 'E', 'Quetta <b>news</b>', "
            "'text', now(), 'h', 7, true, 'r1')"
        )
        conn.exec_driver_sql(
            "INSERT INTO stories VALUES (7, 7, 'Quetta <b>news</b>', now(), now(), 1, ['E'])"
        )
        conn.exec_driver_sql("INSERT INTO article_regions VALUES (7, 'balochistan', 3.0, '[]')")


class _Refusing(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(500)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def _all_text(db: str) -> str:
    con = duckdb.connect(db, read_only=True)
    try:
        out = []
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()
        for schema, table in tables:
            out.append(repr(con.execute(f'SELECT * FROM "{schema}"."{table}"').fetchall()))
        return "\n".join(out)
    finally:
        con.close()


@pytest.mark.parametrize("secret", [SECRET, SECRET_SPECIAL], ids=["plain", "special-chars"])
def test_channel_secrets_never_reach_logs_or_store(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    secret: str,
) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("HOOK_PASS", secret)
    monkeypatch.setenv("SMTP_PASS", secret)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - name: r\n    regions: [balochistan]\n    backfill: true\n    channels:\n"
        f"      - 'json://bot:${{HOOK_PASS}}@127.0.0.1:{server.server_port}/hook?token=${{HOOK_PASS}}'\n"
        f"      - 'mailto://bot:${{SMTP_PASS}}@127.0.0.1:{closed_port}?to=a@example.org'\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    _seed_store(db)
    caplog.set_level(logging.DEBUG)
    try:
        result = alerts.run_alerts(rules, db, now=datetime.now(UTC))
    finally:
        server.shutdown()
        server.server_close()
    assert result.failed == 2  # both channels failed, so their errors were recorded
    captured = capfd.readouterr()
    logged = caplog.text + captured.out + captured.err + "\n".join(result.errors)
    stored = _all_text(db)
    assert "HOOK_PASS" in stored  # the variable name is kept ...
    for needle in {secret, secret.replace("/", "%2F"), secret.replace("@", "%40")}:
        assert needle not in logged  # ... its value never
        assert needle not in stored
    runner = CliRunner()
    out = runner.invoke(app, ["alerts", "list", "--db", db, "--format", "json"])
    assert out.exit_code == 0 and secret not in out.output
    out = runner.invoke(
        app, ["alerts", "test", f"json://u:${{HOOK_PASS}}@127.0.0.1:{closed_port}/x"]
    )
    assert out.exit_code == 1 and secret not in out.output


# --- HTML escaping ---------------------------------------------------------------------

XSS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</h2><iframe src=javascript:alert(1)>",
    "&lt;already&gt; & <b>bold</b>",
]
ALLOWED_TAGS = {"html", "body", "h1", "h2", "h3", "p", "small", "ul", "li", "b", "br", "a"}


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if tag != "a" or name != "href":
                self.problems.append(f"{tag} {name}={value}")
            elif not (value or "").startswith(("http://", "https://")):
                self.problems.append(f"href={value}")


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", 'http://e.test/"onmouseover="x', "data:text/html,<b>"]
)
def test_alert_html_escapes_every_value(link: str) -> None:
    evil = XSS[0] + XSS[1]
    tag = Tag("region", "balochistan", 3.0, ({"term": XSS[1], "where": XSS[2], "snippet": XSS[0]},))
    story = StoryView(
        story_id=1,
        title=" ".join(XSS),
        link=link,
        published_at=datetime(2026, 11, 1, tzinfo=UTC),
        first_seen_at=datetime(2026, 11, 1, tzinfo=UTC),
        copies=2,
        outlets=(evil, XSS[2]),
        regions=(tag,),
        topics=(Tag("topic", "human_rights", 2.0, ({"term": evil, "where": "title"},)),),
    )
    rule = AlertRule(name="r", regions=["balochistan"], channels=["json://127.0.0.1:1/x"])
    for message in (
        render_story(story, rule, "id1"),
        render_digest([story], rule, ["id1"], datetime(2026, 11, 2, tzinfo=UTC)),
    ):
        audit = _Audit()
        audit.feed(message.html)
        audit.close()
        assert audit.problems == []
        assert "<script" not in message.html.lower()


def test_feed_credentials_never_reach_logs_or_store(
    httpserver: HTTPServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A feed behind basic auth or a token: the feeds file holds the secret, the store's
    feed state, the run's recorded errors and the logs do not."""
    monkeypatch.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
    httpserver.expect_request("/ok.xml").respond_with_data(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title></channel></rss>",
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/gone.xml").respond_with_data("gone", status=404)
    base = f"http://reader:pa55-{SECRET}@127.0.0.1:{httpserver.port}"
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n"
        f"  - name: ok\n    url: '{base}/ok.xml?api_token=tok-{SECRET}'\n"
        f"  - name: gone\n    url: '{base}/gone.xml?key=key-{SECRET}'\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    caplog.set_level(logging.DEBUG)
    # httpx's records are also caught at their own logger: an earlier test (Airflow's
    # logging set-up) may have raised its level, disabled it or stopped its propagation.
    caplog.set_level(logging.DEBUG, logger="httpx")
    monkeypatch.setattr(logging.getLogger("httpx"), "disabled", False)
    httpx_records: list[logging.LogRecord] = []
    catcher = logging.Handler()
    catcher.emit = httpx_records.append  # type: ignore[method-assign]
    logging.getLogger("httpx").addHandler(catcher)
    try:
        result = run_ingest(feeds, db, data_dir=tmp_path / "data")
    finally:
        logging.getLogger("httpx").removeHandler(catcher)
    assert result.counts["feeds_failed"] == 1 and result.errors  # the 404 was recorded
    stored = _all_text(db)
    assert f"127.0.0.1:{httpserver.port}/gone.xml" in stored  # the feed is still named
    # every log record but the test server's own access log (werkzeug)
    logged = "\n".join(
        f"{r.name}: {r.getMessage()}"
        for r in [*caplog.records, *httpx_records]
        if r.name != "werkzeug"
    )
    assert "HTTP Request: GET" in logged  # httpx's request lines were captured
    for text in (stored, logged, repr(result.errors)):
        assert SECRET not in text
