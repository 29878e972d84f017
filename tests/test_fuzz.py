"""Fuzzing the parsers with hypothesis: hostile feeds, pages and URLs.

Each target may only raise its documented error type, and must return within a time
bound (SIGALRM per call). Examples are bounded so the file runs in seconds; the long
run is benchmarks/faults/fuzz.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import encoding, tag, urls
from pipeline.discover import FeedParseError, parse_feed
from pipeline.extract import extract
from tests.conftest import in_ci

T = TypeVar("T")
CALL_LIMIT_S = 10  # per call: far above any real page, low enough to catch a hang
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: Any) -> None:
        raise Hang(f"call took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def bounded(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with time_limit(CALL_LIMIT_S):
        return fn(*args, **kwargs)


# --- strategies: structured enough to get past the first byte -------------------------

TEXTS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)
NASTY = st.sampled_from(
    [
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]>",
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
        "&xxe;",
        "&#0;",
        "&#x110000;",
        "&amp;",
        "\x00",
        "\ufeff",
        "<script>",
        "</",
        "<?xml version='1.0' encoding='utf-16'?>",
        "<meta charset='x-unknown'>",
        "<meta charset=utf-7>",
        "javascript:",
        "http://",
        "//",
        "%",
        "%zz",
        "[::1]",
        "\u202e",
        "بلوچستان",
        "گلگت",
    ]
)
PIECE = st.one_of(TEXTS, NASTY)


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["rss", "atom", "junk"]))
    items = draw(st.lists(st.tuples(PIECE, PIECE, PIECE, PIECE), max_size=6))
    if kind == "rss":
        body = "".join(
            f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
            f"<pubDate>{p}</pubDate></item>"
            for t, link, d, p in items
        )
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{body}</channel></rss>"
    elif kind == "atom":
        body = "".join(
            f"<entry><title>{t}</title><link href='{link}'/><summary>{d}</summary>"
            f"<updated>{p}</updated></entry>"
            for t, link, d, p in items
        )
        doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>{body}</feed>"
    else:
        doc = "".join(t + link + d + p for t, link, d, p in items)
    raw = doc.encode("utf-8", "surrogatepass")
    cut = draw(st.integers(0, len(raw)))
    return raw[:cut] if draw(st.booleans()) else raw


@st.composite
def pages(draw: st.DrawFn) -> str:
    blocks = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["p", "div", "article", "h1", "nav", "script", "table", "li", "a"]),
                PIECE,
            ),
            max_size=12,
        )
    )
    head = draw(PIECE)
    body = "".join(f"<{t}>{x}</{t}>" for t, x in blocks)
    return f"<html><head><title>{head}</title>{draw(PIECE)}</head><body>{body}</body></html>"


URLISH = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda scheme, host, port, path, query: f"{scheme}://{host}{port}{path}{query}",
        st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
        st.one_of(
            st.sampled_from(
                [
                    "example.com",
                    "WWW.Example.COM.",
                    "[::1]",
                    "[::ffff:1.2.3.4]",
                    "xn--",
                    "a..b",
                    "m.example.pk",
                    "ex ample.com",
                    "例え.テスト",
                    "127.1",
                    "[",
                    "]",
                ]
            ),
            st.text(max_size=20),
        ),
        st.sampled_from(["", ":80", ":443", ":0", ":99999", ":-1", ":abc", ":"]),
        st.one_of(
            st.text(max_size=30), st.sampled_from(["/a/../../b", "/amp/x.amp.html", "/%2F%zz%41"])
        ),
        st.one_of(
            st.just(""),
            st.builds(lambda q: "?" + q, st.text(max_size=30)),
            st.just("?utm_source=x&b=2&a=1&amp=1#frag"),
        ),
    ),
)


# --- targets -------------------------------------------------------------------------


@FUZZ
@given(feeds())
@example(b"")
def test_parse_feed_raises_only_feed_parse_error(body: bytes) -> None:
    try:
        entries = bounded(parse_feed, body, "http://example.com/feed.xml", "f")
    except FeedParseError:
        return
    for entry in entries:
        assert entry.url.startswith(("http://", "https://"))
        assert entry.feed_id == "f"


@FUZZ
@given(st.binary(max_size=2000))
@example(b"")
def test_parse_feed_on_random_bytes(body: bytes) -> None:
    with suppress(FeedParseError):
        bounded(parse_feed, body, "http://example.com/feed.xml", "f")


@FUZZ
@given(pages(), st.sampled_from(["http://example.com/a", "http://[::1]/x", "not a url", ""]))
def test_extract_returns_article_or_none(html: str, url: str) -> None:
    found = bounded(extract, html, url)
    if found is not None:
        assert found.text.strip()


@FUZZ
@given(st.binary(max_size=3000))
def test_extract_on_random_bytes(body: bytes) -> None:
    bounded(extract, body, "http://example.com/a")


@FUZZ
@given(TEXTS, st.lists(PIECE, max_size=30).map(" ".join))
def test_tag_never_raises(title: str, text: str) -> None:
    for found in bounded(tag.tag, title, text):
        assert found.score >= 0
        assert found.kind in ("region", "topic")


@FUZZ
@example(b"\x00", "text/html; charset=idna")
@example(b"<p>x</p>", "text/html; charset=base64")
@given(
    st.binary(max_size=3000),
    st.one_of(
        st.none(),
        st.sampled_from(
            [
                "text/html",
                "text/html; charset=utf-8",
                "text/html; charset=x-bogus",
                "text/html; charset=",
                'text/html; charset="utf-16"',
                "text/html; charset=utf-7",
                ";;;charset=latin1",
                "text/html; charset=idna",
                "text/html; charset=rot13",
                "text/html; charset=base64",
                "text/html; charset=uu",
                "text/html; charset=zlib",
            ]
        ),
        st.text(max_size=40),
    ),
)
def test_decode_html_always_returns_text(body: bytes, content_type: str | None) -> None:
    text = bounded(encoding.decode_html, body, content_type)
    assert isinstance(text, str)


@FUZZ
@given(URLISH)
def test_canonicalize_is_total_and_idempotent_on_urls(url: str) -> None:
    once = bounded(urls.canonicalize, url)
    assert isinstance(once, str)
    if once.startswith(("http://", "https://")):
        assert bounded(urls.canonicalize, once) == once


@FUZZ
@given(URLISH)
@example('0\x08"')
def test_canonicalize_is_idempotent_on_any_string(url: str) -> None:
    once = bounded(urls.canonicalize, url)
    assert bounded(urls.canonicalize, once) == once


# --- the same inputs through a whole run: one bad item must not sink the run ----------


def _ingest_with(tmp_path: Any, httpserver: Any, feed_body: bytes, page_ctype: str) -> Any:
    from pipeline.ingest import run_ingest
    from tests.test_ingest import feeds_yaml, page, rss

    httpserver.expect_request("/good.xml").respond_with_data(
        rss(httpserver, ["/good", "/odd"]), content_type="application/rss+xml"
    )
    httpserver.expect_request("/odd.xml").respond_with_data(
        feed_body, content_type="application/rss+xml"
    )
    httpserver.expect_request("/good").respond_with_data(
        page("Quetta water queues"), content_type="text/html"
    )
    httpserver.expect_request("/odd").respond_with_data(
        page("Gwadar harbour"), content_type=page_ctype
    )
    feeds = feeds_yaml(
        tmp_path, {"Good": httpserver.url_for("/good.xml"), "Odd": httpserver.url_for("/odd.xml")}
    )
    return run_ingest(feeds, str(tmp_path / "s.duckdb"))


def test_empty_feed_body_does_not_kill_the_run(tmp_path: Any, httpserver: Any) -> None:
    result = _ingest_with(tmp_path, httpserver, b"", "text/html")
    assert result.counts["articles_new"] == 2
    assert result.counts["feeds_failed"] == 1


def test_hostile_charset_page_does_not_kill_the_run(tmp_path: Any, httpserver: Any) -> None:
    ok_feed = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    result = _ingest_with(tmp_path, httpserver, ok_feed, "text/html; charset=base64")
    assert result.counts["articles_new"] >= 1


# Found by atheris (benchmarks/faults/atheris_fuzz.py), missed by the hypothesis runs.
def test_unparseable_canonical_link_is_ignored() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the story, with enough words to be kept.</p>" for n in range(6)
    )
    html = (
        '<html><head><link rel="canonical" href="http://[]/x"></head>'
        f"<body><article><h1>Title</h1>{body}</article></body></html>"
    )
    found = extract(html, "http://example.com/a")
    assert found is not None and found.canonical_url is None


def test_nul_in_declared_charset_is_ignored() -> None:
    assert encoding.decode_html(b"<p>caf\xc3\xa9</p>", "text/html; charset=ut\x00f-8") == (
        "<p>café</p>"
    )


ATHERIS_RUNS = 300


@pytest.mark.parametrize("target", ["feed", "extract", "tag", "decode_html", "canonicalize"])
def test_atheris_coverage_guided_runs_find_nothing(target: str) -> None:
    """libFuzzer (atheris) mutates our fixtures towards new branches of the pipeline's
    code: ATHERIS_RUNS inputs per target, none may raise an undocumented error or hang
    (benchmarks/faults/atheris_fuzz.py runs them for minutes)."""
    try:
        import atheris  # noqa: F401
    except ImportError:
        if in_ci():
            raise
        pytest.skip("atheris is not installed (it has wheels for x86_64 Linux only)")
    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [
            sys.executable,
            str(repo / "benchmarks" / "faults" / "atheris_fuzz.py"),
            "--target",
            target,
            "--",
            f"-runs={ATHERIS_RUNS}",
            "-seed=1",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
        timeout=600,
        check=False,
    )
    out = proc.stderr + proc.stdout
    assert proc.returncode == 0, out[-3000:]
    assert f"Done {ATHERIS_RUNS} runs" in out, out[-3000:]
