"""The feeds file: YAML validated by a pydantic schema, with errors that name the line.

The minimal form must always load::

    feeds:
      - name: Example Daily — Pakistan
        url: https://example.com/feeds/pakistan.xml
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message says where and why."""


class FeedConfig(BaseModel):
    """One configured feed. Keys newsmon does not know are kept, not rejected."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1)
    url: HttpUrl
    id: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    enabled: bool = True
    tags: list[str] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: HttpUrl) -> HttpUrl:
        if value.scheme not in ("http", "https"):
            raise ValueError("only http and https feeds are supported")
        return value

    @property
    def feed_id(self) -> str:
        """The stable id of this feed: ``id`` if given, else a slug of the name."""
        return self.id or slugify(self.name)


class FeedsFile(BaseModel):
    """The whole feeds file."""

    model_config = ConfigDict(extra="allow")

    feeds: list[FeedConfig] = Field(min_length=1)


def slugify(text: str) -> str:
    """ASCII, lower-case, dash-separated slug of ``text``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "feed"


def _line_of(node: yaml.Node, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at pydantic location ``loc``, as deep as it exists."""
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            match = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            match = node.value[part] if part < len(node.value) else None
        else:
            match = None
        if match is None:
            break
        node = match
        line = node.start_mark.line + 1
    return line


def _load_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    try:
        return yaml.safe_load(text), yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "somewhere"
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}: {where}: not valid YAML: {problem}") from None


def validate_yaml(path: Path, model: type[BaseModel]) -> BaseModel:
    """Load ``path`` and validate it with ``model``; raise ConfigError naming line and field."""
    data, root = _load_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        messages = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            field = ".".join(str(p) for p in loc) or "(top level)"
            line = _line_of(root, loc) if root is not None else None
            where = f"line {line}: " if line else ""
            messages.append(f"{path}: {where}{field}: {err['msg']}")
        raise ConfigError("\n".join(messages)) from None


def load_feeds(path: Path | str) -> list[FeedConfig]:
    """The enabled feeds of a feeds file; ConfigError if it is invalid or ids collide."""
    parsed = validate_yaml(Path(path), FeedsFile)
    assert isinstance(parsed, FeedsFile)
    ids: dict[str, str] = {}
    urls: dict[str, str] = {}
    for feed in parsed.feeds:
        if feed.feed_id in ids:
            raise ConfigError(
                f"{path}: feeds {ids[feed.feed_id]!r} and {feed.name!r} share the id "
                f"{feed.feed_id!r}: give one of them an explicit `id:`"
            )
        if str(feed.url) in urls:
            raise ConfigError(
                f"{path}: feeds {urls[str(feed.url)]!r} and {feed.name!r} share the URL {feed.url}"
            )
        ids[feed.feed_id] = feed.name
        urls[str(feed.url)] = feed.name
    return [f for f in parsed.feeds if f.enabled]
