import gzip

import pytest
from pytest_httpserver import HTTPServer

from pipeline import netguard
from pipeline.http import Fetcher, FetchError


def test_loopback_refused_unless_allowed(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/a").respond_with_data("ok")
    monkeypatch.delenv("NEWSMON_ALLOW_PRIVATE_NETWORKS")
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError, match="non-public address"):
        fetcher.get(httpserver.url_for("/a"))
    monkeypatch.setenv("NEWSMON_ALLOW_PRIVATE_NETWORKS", "1")
    with Fetcher(delay=0) as fetcher:
        assert fetcher.get(httpserver.url_for("/a")).body == b"ok"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.8/",
        "http://localhost/",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ],
)
def test_guard_refuses_private_and_non_http(url: str) -> None:
    with pytest.raises(netguard.BlockedURL):
        netguard.check_url(url, allow_private=False)


def test_redirects_followed_and_recorded(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("moved here")
    with Fetcher(delay=0) as fetcher:
        response = fetcher.get(httpserver.url_for("/old"))
    assert response.final_url == httpserver.url_for("/new")
    assert response.body == b"moved here"


def test_redirect_loop_is_an_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError, match="redirects"):
        fetcher.get(httpserver.url_for("/loop"))


def test_redirect_into_private_space_is_refused(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/r").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/x"}
    )
    monkeypatch.setattr(netguard, "_is_public", lambda address: not address.startswith("169.254."))
    monkeypatch.delenv("NEWSMON_ALLOW_PRIVATE_NETWORKS")
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError, match=r"169\.254\.169\.254"):
        fetcher.get(httpserver.url_for("/r"))


def test_body_cap_and_gzip_bomb(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    bomb = gzip.compress(b"\0" * 2_000_000)
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(delay=0, max_bytes=4096) as fetcher:
        with pytest.raises(FetchError, match="cap"):
            fetcher.get(httpserver.url_for("/big"))
        with pytest.raises(FetchError, match="cap"):
            fetcher.get(httpserver.url_for("/bomb"))


def test_connection_refused_is_a_fetch_error() -> None:
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError):
        fetcher.get("http://127.0.0.1:9/nothing-listens-here")
