"""Bad input from real (local) servers: each gets a clear recorded error, the run goes on."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from pipeline import netguard, store
from pipeline.ingest import run_ingest
from tests.test_ingest import PARAS, feeds_yaml, page, rss


def stored_urls(db: str) -> set[str]:
    with store.connect(db, read_only=True) as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT url FROM articles")}


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """A server that sends headers and half a body, then resets the connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><p>half"
                )
                conn.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}/reset"
    stop.set()
    thread.join()
    listener.close()


def test_one_run_survives_every_kind_of_bad_page(
    httpserver: HTTPServer, tmp_path: Path, resetting_server: str
) -> None:
    good = page("Gwadar port handles record cargo")
    invalid_utf8 = (
        page("Hunza apricot harvest")
        .encode()
        .replace(
            b"apricot harvest</h1>", b"apricot harvest</h1><p>\xff\xfe broken \xc3\x28 bytes</p>"
        )
    )
    paths = [
        "/good",
        "/huge",
        "/wrong-type",
        "/invalid-utf8",
        "/empty",
        "/redirect-loop",
        "/good",
        "/good?utm_source=x",
    ]
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, paths).replace(
            "</channel>", f"<item><title>r</title><link>{resetting_server}</link></item></channel>"
        ),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/good").respond_with_data(good, content_type="text/html")
    httpserver.expect_request("/huge").respond_with_data(
        b"<html><p>" + b"x" * (50 * 1024 * 1024), content_type="text/html"
    )
    httpserver.expect_request("/wrong-type").respond_with_data(good, content_type="image/png")
    httpserver.expect_request("/invalid-utf8").respond_with_data(
        invalid_utf8, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/empty").respond_with_data("", content_type="text/html")
    httpserver.expect_request("/redirect-loop").respond_with_data(
        "", status=302, headers={"Location": "/redirect-loop"}
    )
    db = str(tmp_path / "s.duckdb")
    result = run_ingest(feeds_yaml(tmp_path, {"F": httpserver.url_for("/feed.xml")}), db)

    errors = {e["url"]: e["error"] for e in result.errors}
    assert "exceeds the cap" in errors[httpserver.url_for("/huge")]
    assert "not an HTML page" in errors[httpserver.url_for("/wrong-type")]
    assert "redirects" in errors[httpserver.url_for("/redirect-loop")]
    assert httpserver.url_for("/empty") in errors
    assert resetting_server in errors
    # the good page once (the tracking-parameter duplicate is the same article), the broken-bytes page kept
    assert stored_urls(db) == {httpserver.url_for("/good"), httpserver.url_for("/invalid-utf8")}
    with store.connect(db, read_only=True) as conn:
        text = conn.exec_driver_sql(
            "SELECT text FROM articles WHERE url LIKE '%invalid-utf8'"
        ).scalar()
    assert text is not None and PARAS[0][:40] in text


def test_feed_of_ten_thousand_entries(httpserver: HTTPServer, tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>t{i}</title><link>{httpserver.url_for('/gone')}?id={i}</link></item>"
        for i in range(10_000)
    )
    body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>big</title>{items}</channel></rss>"
    httpserver.expect_request("/big.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    # robots.txt keeps the 10,000 page fetches off the wire: this tests the run, not the server
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /gone\n")
    result = run_ingest(
        feeds_yaml(tmp_path, {"Big": httpserver.url_for("/big.xml")}), str(tmp_path / "s.duckdb")
    )
    assert result.counts["entries"] == 10_000
    assert result.counts["page_errors"] == 10_000
    assert all("robots.txt" in e["error"] for e in result.errors)
    assert result.counts["articles_new"] == 0


def test_entries_pointing_into_private_space_are_refused(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feed's own host counts as public here; its entries point at loopback and metadata addresses."""
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        "<item><title>a</title><link>http://127.0.0.5/admin</link></item>"
        "<item><title>b</title><link>http://169.254.169.254/latest/meta-data/</link></item>"
        "<item><title>c</title><link>http://[::ffff:127.0.0.1]/x</link></item>"
        "</channel></rss>"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    monkeypatch.delenv("NEWSMON_ALLOW_PRIVATE_NETWORKS")
    real_is_public = netguard._is_public
    monkeypatch.setattr(netguard, "_is_public", lambda a: a == "127.0.0.1" or real_is_public(a))
    result = run_ingest(
        feeds_yaml(tmp_path, {"F": httpserver.url_for("/feed.xml")}), str(tmp_path / "s.duckdb")
    )
    refused = [e for e in result.errors if "non-public address" in e["error"]]
    assert len(refused) == 3
    assert [req.path for req, _ in httpserver.log] == ["/robots.txt", "/feed.xml"] or [
        req.path for req, _ in httpserver.log
    ] == ["/feed.xml"]
