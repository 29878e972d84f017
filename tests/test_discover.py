from datetime import UTC, datetime

import pytest

from pipeline.discover import FeedParseError, parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
<item><title>One</title><link>/2026/11/one/</link><pubDate>Tue, 17 Nov 2026 10:00:00 +0500</pubDate></item>
<item><title>Two</title><link>https://news.example/two?utm_source=rss</link><author>a@news.example (Asma Khan)</author></item>
<item><title>Dup</title><link>https://news.example/two?utm_source=rss</link></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Mail</title><link>mailto:desk@news.example</link></item>
<item><title>Bad date</title><link>https://news.example/three</link><pubDate>yesterday-ish</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:x</id><updated>2026-11-20T08:00:00Z</updated>
<entry><title>Hunza</title><id>urn:1</id><link rel="alternate" href="https://gb.example/hunza"/>
<published>2026-11-20T08:00:00+05:00</published><updated>2026-11-20T09:00:00Z</updated></entry>
</feed>"""


def test_rss_entries_absolute_deduplicated_and_safe() -> None:
    entries = parse_feed(RSS, "https://news.example/feed.xml", "f")
    assert [e.url for e in entries] == [
        "https://news.example/2026/11/one/",
        "https://news.example/two?utm_source=rss",
        "https://news.example/three",
    ]
    assert entries[0].published_at == datetime(2026, 11, 17, 5, 0, tzinfo=UTC)
    assert entries[2].published_at is None  # a malformed date affects that field only
    assert all(e.feed_id == "f" for e in entries)


def test_atom_entries() -> None:
    (entry,) = parse_feed(ATOM, "https://gb.example/atom.xml", "gb")
    assert entry.url == "https://gb.example/hunza"
    assert entry.title == "Hunza"
    assert entry.published_at == datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
        b"<?xml version='1.0'?><rss><channel><title>x",
        b"\x00\x01\x02 not xml at all",
    ],
)
def test_not_a_feed_is_a_clear_error(body: bytes) -> None:
    with pytest.raises(FeedParseError):
        parse_feed(body, "https://x.example/feed", "f")


def test_empty_feed_has_no_entries() -> None:
    body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    assert parse_feed(body, "https://x.example/feed", "f") == []


def test_truncated_feed_keeps_the_entries_it_has() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        b"<item><title>A</title><link>https://x.example/a</link></item><item><title>B"
    )
    assert [e.url for e in parse_feed(body, "https://x.example/feed", "f")] == [
        "https://x.example/a"
    ]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title><link>https://x.example/a</link></item></channel></rss>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>x</title><link>https://x.example/a</link></item></channel></rss>"""


@pytest.mark.parametrize("body", [BILLION_LAUGHS, XXE])
def test_entity_tricks_refused(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="refused"):
        parse_feed(body, "https://x.example/feed", "f")


def test_plain_doctype_still_parses() -> None:
    body = b'<?xml version="1.0"?><!DOCTYPE rss><rss version="2.0"><channel><title>t</title><item><title>x</title><link>https://x.example/a</link></item></channel></rss>'
    assert [e.url for e in parse_feed(body, "https://x.example/feed", "f")] == [
        "https://x.example/a"
    ]
