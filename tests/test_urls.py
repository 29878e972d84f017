"""URL canonicalization and the choice of a page's declared canonical."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.urls import canonicalize, redact_secrets, resolve_canonical, source_domain

ARTICLE = "https://dawn.com/news/1234/quetta-copper-lease"


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.dawn.com/news/1234/quetta-copper-lease",
        "https://m.dawn.com/news/1234/quetta-copper-lease/",
        "https://mobile.dawn.com/news/1234/quetta-copper-lease",
        "https://amp.dawn.com/news/1234/quetta-copper-lease",
        "https://www.dawn.com/news/1234/quetta-copper-lease/amp/",
        "https://www.dawn.com/amp/news/1234/quetta-copper-lease",
        "https://www.dawn.com/news/1234/quetta-copper-lease?amp=1",
        "https://www.dawn.com/news/1234/quetta-copper-lease?outputType=amp",
        "HTTPS://WWW.Dawn.COM:443/news/1234/quetta-copper-lease#comments",
        "https://www.dawn.com/news/1234/quetta-copper-lease?utm_source=tw&utm_medium=social",
        "https://www.dawn.com/news/1234/quetta-copper-lease?fbclid=IwAR0abc&gclid=xyz",
        "https://user@www.dawn.com/news/./1234/x/../quetta-copper-lease",
        "  https://www.dawn.com/news/1234/quetta-copper-lease\n",
    ],
)
def test_variants_map_to_one_url(variant: str) -> None:
    assert canonicalize(variant) == ARTICLE


def test_amp_html_suffix_is_folded() -> None:
    assert canonicalize("https://amp.example.com/2026/11/story.amp.html") == (
        "https://example.com/2026/11/story.html"
    )


def test_query_is_sorted_and_meaningful_parameters_kept() -> None:
    url = "https://example.com/story?page=2&id=77&utm_campaign=x&gallery=3&source=rss2"
    assert canonicalize(url) == "https://example.com/story?gallery=3&id=77&page=2&source=rss2"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.11:43210/2026/11/x/", "http://127.0.0.11:43210/2026/11/x"),
        ("http://127.0.0.11:80/2026/11/x/", "http://127.0.0.11/2026/11/x"),
        ("http://localhost:8000/a/amp/", "http://localhost:8000/a"),
        ("http://[::1]:8080/a/?utm_source=x", "http://[::1]:8080/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
    ],
)
def test_loopback_and_ports_survive(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_different_ports_stay_different() -> None:
    assert canonicalize("http://127.0.0.11:43210/a") != canonicalize("http://127.0.0.11:43211/a")


def test_ip_hosts_keep_their_first_label() -> None:
    assert canonicalize("http://10.0.0.1/x") == "http://10.0.0.1/x"


def test_non_http_is_left_alone() -> None:
    assert canonicalize("javascript:alert(1)") == "javascript:alert(1)"
    assert canonicalize("mailto:desk@example.com") == "mailto:desk@example.com"


def test_source_domain() -> None:
    assert source_domain("https://m.dawn.com/news/1") == "dawn.com"
    assert source_domain("https://www.thenews.com.pk/x") == "thenews.com.pk"
    assert source_domain("http://127.0.0.11:43210/2026/11/x/") == "127.0.0.11"


FETCHED = "https://m.dawn.com/news/1234/amp/"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (None, "https://dawn.com/news/1234"),
        ("https://www.dawn.com/news/1234/quetta-copper-lease", ARTICLE),
        ("//www.dawn.com/news/1234/quetta-copper-lease", ARTICLE),
        (
            "https://images.dawn.com/news/1234/quetta-copper-lease",  # same site
            "https://images.dawn.com/news/1234/quetta-copper-lease",
        ),
        ("javascript:void(0)", "https://dawn.com/news/1234"),
        ("/news/1234/quetta-copper-lease", "https://dawn.com/news/1234"),
        ("{{ canonical_url }}", "https://dawn.com/news/1234"),
        ("https://www.dawn.com/", "https://dawn.com/news/1234"),  # home page
        ("https://wire.example.org/story/99", "https://dawn.com/news/1234"),  # other site
        ("http://dawn.com:99999/x", "https://dawn.com/news/1234"),  # bad port
    ],
)
def test_resolve_canonical(declared: str | None, expected: str) -> None:
    assert resolve_canonical(FETCHED, declared) == expected


def test_cross_site_canonical_only_when_trusted() -> None:
    declared = "https://www.dawnnews.tv/news/1234"
    assert resolve_canonical(FETCHED, declared) == "https://dawn.com/news/1234"
    assert resolve_canonical(FETCHED, declared, {"dawnnews.tv"}) == "https://dawnnews.tv/news/1234"


def test_loopback_canonical_needs_same_host_and_port() -> None:
    fetched = "http://127.0.0.11:43210/2026/11/x/"
    same = "http://127.0.0.11:43210/2026/11/x-final/"
    assert resolve_canonical(fetched, same) == "http://127.0.0.11:43210/2026/11/x-final"
    assert resolve_canonical(fetched, "http://127.0.0.12:43210/2026/11/y/") == (
        "http://127.0.0.11:43210/2026/11/x"
    )
    assert resolve_canonical(fetched, "http://127.0.0.11:43211/2026/11/y/") == (
        "http://127.0.0.11:43210/2026/11/x"
    )


def test_home_page_may_be_its_own_canonical() -> None:
    assert resolve_canonical("https://www.dawn.com/", "https://dawn.com") == "https://dawn.com/"


_segment = st.text("abcxyz019-._~%é amp", min_size=0, max_size=8)
_urls = st.builds(
    lambda scheme, host, port, segs, query, frag: (
        f"{scheme}://{host}{port}/{'/'.join(segs)}?{query}#{frag}"
    ),
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["www.example.com", "m.example.co.uk", "127.0.0.11", "localhost", "amp.x.org"]),
    st.sampled_from(["", ":80", ":443", ":43210"]),
    st.lists(_segment, max_size=4),
    st.text("ab=&utm_x1%+", max_size=12),
    st.text("ab", max_size=3),
)


@given(_urls)
def test_canonicalize_is_idempotent(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once


@given(_urls)
def test_resolve_with_own_canonical_is_canonicalize(url: str) -> None:
    expected = canonicalize(url)
    assert resolve_canonical(url, url) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://u:pw@h.example/rss?token=t1&x=1", "https://u:****@h.example/rss?token=****&x=1"),
        ("https://h.example/rss?api_key=k&page=2", "https://h.example/rss?api_key=****&page=2"),
        ("https://h.example/rss?x=1", "https://h.example/rss?x=1"),  # nothing secret: as is
        ("https://u@h.example/rss", "https://u@h.example/rss"),  # a user name is no secret
        ("http://[]/x", "****"),  # not a URL: nothing of it shown
    ],
)
def test_redact_secrets(url: str, shown: str) -> None:
    assert redact_secrets(url) == shown
