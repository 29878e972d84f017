from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_feeds


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_form_loads(tmp_path: Path) -> None:
    feeds = load_feeds(
        write(
            tmp_path,
            "feeds:\n  - name: Example Daily — Pakistan\n"
            "    url: https://example.com/feeds/pakistan.xml\n",
        )
    )
    assert [(f.feed_id, str(f.url)) for f in feeds] == [
        ("example-daily-pakistan", "https://example.com/feeds/pakistan.xml")
    ]


def test_extra_keys_are_kept_and_disabled_feeds_skipped(tmp_path: Path) -> None:
    feeds = load_feeds(
        write(
            tmp_path,
            "feeds:\n  - {name: A, url: 'https://a.example/f', language: en}\n"
            "  - {name: B, url: 'https://b.example/f', enabled: false}\n",
        )
    )
    assert [f.name for f in feeds] == ["A"]


def test_default_feeds_file_is_valid() -> None:
    feeds = load_feeds(Path(__file__).parent.parent / "config" / "feeds.yaml")
    assert len(feeds) >= 8
    assert all(str(f.url).startswith("https://") for f in feeds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - name: A\n    url: ftp://x.example/f\n", "line 3: feeds.0.url"),
        (
            "feeds:\n  - name: A\n    url: https://a.example/f\n  - name: B\n",
            "line 4: feeds.1.url: Field required",
        ),
        ("feeds: [\n", "not valid YAML"),
        ("feeds: []\n", "feeds: List should have at least 1 item"),
        (
            "feeds:\n  - {name: A, url: 'https://a.example/1'}\n  - {name: A, url: 'https://a.example/2'}\n",
            "share the id",
        ),
        (
            "feeds:\n  - {name: A, url: 'https://a.example/1'}\n  - {name: B, url: 'https://a.example/1'}\n",
            "share the URL",
        ),
    ],
)
def test_bad_files_get_one_clear_error(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_feeds(write(tmp_path, text))
    assert expected in str(info.value)
    assert "Traceback" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_feeds(tmp_path / "nope.yaml")
