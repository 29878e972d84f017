import gzip
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

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


def test_retries_503_honouring_retry_after_then_succeeds(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/flaky").respond_with_data(
        "busy", status=503, headers={"Retry-After": "1"}
    )
    httpserver.expect_oneshot_request("/flaky").respond_with_data("ok")
    started = time.monotonic()
    with Fetcher(delay=0) as fetcher:
        response = fetcher.get(httpserver.url_for("/flaky"))
    assert response.status == 200 and response.body == b"ok"
    assert time.monotonic() - started >= 1.0  # waited as the server asked


def test_404_and_410_are_not_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("gone", status=410)
    with Fetcher(delay=0) as fetcher:
        assert fetcher.get(httpserver.url_for("/gone")).status == 410
    assert sum(1 for req, _ in httpserver.log if req.path == "/gone") == 1


def test_persistent_500_is_retried_then_returned(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/down").respond_with_data("x", status=500)
    with Fetcher(delay=0, retries=2) as fetcher:
        assert fetcher.get(httpserver.url_for("/down")).status == 500
    assert sum(1 for req, _ in httpserver.log if req.path == "/down") == 3


def test_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with (
        Fetcher(delay=0, retries=0, read_timeout=0.5) as fetcher,
        pytest.raises(FetchError, match="timed out"),
    ):
        fetcher.get(httpserver.url_for("/slow"))


def test_robots_txt_disallow_and_crawl_delay(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\n", content_type="text/plain"
    )
    httpserver.expect_request("/private/x").respond_with_data("secret")
    httpserver.expect_request("/public/a").respond_with_data("a")
    httpserver.expect_request("/public/b").respond_with_data("b")
    with Fetcher(delay=0) as fetcher:
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.get(httpserver.url_for("/private/x"))
        started = time.monotonic()
        fetcher.get(httpserver.url_for("/public/a"))
        fetcher.get(httpserver.url_for("/public/b"))
        assert time.monotonic() - started >= 0.5
    paths = [req.path for req, _ in httpserver.log]
    assert "/private/x" not in paths
    assert paths.count("/robots.txt") == 1  # cached per host


def test_user_agent_names_the_project(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ua").respond_with_data("ok")
    with Fetcher(delay=0) as fetcher:
        fetcher.get(httpserver.url_for("/ua"))
    ua = next(req.headers["User-Agent"] for req, _ in httpserver.log if req.path == "/ua")
    assert ua.startswith("newsmon/") and "+http" in ua
