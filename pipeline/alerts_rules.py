"""Alert rules: the YAML users edit, validated, and the channels they name.

The minimal form must always load::

    rules:
      - name: watched-regions
        regions: [balochistan, gilgit_baltistan]
        channels: ["mailto://alerts@example.org", "json://127.0.0.1:8080/hook"]

A channel is an Apprise URL. Secrets stay out of the file: ``${SMTP_PASSWORD}`` in a
URL is replaced by that environment variable when sending, and ``airflow://CONN_ID``
sends to the Apprise URLs of an Airflow connection (conn type ``apprise``, the
provider's ``config`` extra). What the store records (``alerts.channel``,
``alert_rules.channel``) is :func:`redact`-ed: variable names, never their values.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline import settings
from pipeline.config import validate_yaml
from pipeline.urls import MASK, SECRET_PARAM

DEFAULT_RULES_FILE = settings.CONFIG_DIR / "alerts.yaml"
TAXONOMY_FILE = settings.CONFIG_DIR / "taxonomy.yaml"
DEFAULT_REGIONS = ("balochistan", "gilgit_baltistan")
DEFAULT_TIMEZONE = "Asia/Karachi"
ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
AIRFLOW_SCHEME = "airflow"
# Schemes whose host and path are addresses, not credentials (mail, generic webhooks).
PLAIN_SCHEMES = frozenset(
    {"mailto", "mailtos", "json", "jsons", "form", "forms", "xml", "xmls", AIRFLOW_SCHEME}
)
# Host or path parts at least this long are tokens in other services' URLs (Slack,
# Telegram, Discord, Teams ids are 9+ characters; channel names start with # or @).
TOKEN_MIN_CHARS = 8


class AlertRule(BaseModel):
    """One rule: which stories it alerts on, where it sends them, and when."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key must fail, not silently alert

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=100)
    description: str | None = None
    regions: list[str] = Field(default_factory=lambda: list(DEFAULT_REGIONS), min_length=1)
    topics: list[str] = Field(
        default_factory=list, description="if given, a story needs one of these topics too"
    )
    min_score: float = Field(default=0.0, ge=0, description="minimum region (and topic) score")
    include_sources: list[str] = Field(
        default_factory=list, description="outlet names or domains; empty: every source"
    )
    exclude_sources: list[str] = Field(default_factory=list)
    channels: list[str] = Field(min_length=1)
    mode: Literal["immediate", "digest"] = "immediate"
    digest_at: time = Field(default=time(8, 0), description="local time of the daily digest")
    timezone: str = DEFAULT_TIMEZONE
    backfill: bool = Field(
        default=False, description="also alert stories the store held before the rule first ran"
    )
    enabled: bool = True

    @field_validator("regions")
    @classmethod
    def _known_regions(cls, value: list[str]) -> list[str]:
        return _check_labels("regions", value)

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, value: list[str]) -> list[str]:
        return _check_labels("topics", value)

    @field_validator("include_sources", "exclude_sources")
    @classmethod
    def _lower_sources(cls, value: list[str]) -> list[str]:
        return [s.strip().lower() for s in value if s.strip()]

    @field_validator("timezone")
    @classmethod
    def _real_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from None
        return value

    @field_validator("channels")
    @classmethod
    def _channel_urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if "://" not in url:
                raise ValueError(f"{redact(url)!r} is not an Apprise URL (scheme://...)")
        keys = [redact(url) for url in value]
        if len(set(keys)) != len(keys):
            raise ValueError("two channels are the same once secrets are redacted")
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def next_digest_at(self, now: datetime) -> datetime:
        """The first digest time at or after ``now`` (aware), in the rule's time zone."""
        local = now.astimezone(self.zone)
        slot = datetime.combine(local.date(), self.digest_at, tzinfo=self.zone)
        if slot < local:
            slot = datetime.combine(local.date() + timedelta(days=1), self.digest_at, self.zone)
        return slot


class RulesFile(BaseModel):
    """The whole rules file."""

    model_config = ConfigDict(extra="allow")

    rules: list[AlertRule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> RulesFile:
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"rule names must be unique: {', '.join(dupes)}")
        return self


def load_rules(path: Path | str) -> list[AlertRule]:
    """The enabled rules of a rules file; ConfigError naming line and field if invalid."""
    parsed = validate_yaml(Path(path), RulesFile)
    assert isinstance(parsed, RulesFile)
    return [r for r in parsed.rules if r.enabled]


@functools.lru_cache(maxsize=4)
def _taxonomy_labels(path: Path, mtime: float) -> dict[str, dict[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, dict[str, str]] = {}
    for kind in ("regions", "topics"):
        section = data.get(kind) or {}
        out[kind] = {
            label: ((body or {}).get("names") or [label.replace("_", " ").title()])[0]
            if kind == "regions"
            else label.replace("_", " ")
            for label, body in section.items()
        }
    return out


def taxonomy_labels(kind: str) -> dict[str, str]:
    """Label id -> display name for ``kind`` ("regions" or "topics"); {} without a taxonomy."""
    try:
        return _taxonomy_labels(TAXONOMY_FILE, TAXONOMY_FILE.stat().st_mtime)[kind]
    except (OSError, yaml.YAMLError, AttributeError):
        return {}


def _check_labels(kind: str, value: list[str]) -> list[str]:
    known = taxonomy_labels(kind)
    unknown = [v for v in value if known and v not in known]
    if unknown:
        raise ValueError(
            f"unknown {kind} {', '.join(map(repr, unknown))}: known are {', '.join(sorted(known))}"
        )
    return value


def display_name(kind: str, label: str) -> str:
    """How a region or topic id reads in a message ("gilgit_baltistan" -> "Gilgit-Baltistan")."""
    return taxonomy_labels(kind).get(label) or label.replace("_", " ")


# --- channels -----------------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
    """A channel ready to send: its redacted key (what the store holds) and real URLs."""

    key: str
    urls: tuple[str, ...]
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def scrub(self, text: str) -> str:
        """``text`` with every secret value of this channel masked."""
        for secret in sorted(self.secrets, key=len, reverse=True):
            if secret:
                text = text.replace(secret, MASK)
        return text


class ChannelError(RuntimeError):
    """A channel that cannot be resolved (missing variable or connection); no secret inside."""


def redact(url: str) -> str:
    """The channel as the store keeps it: ``${VAR}`` names stay, literal secrets are masked.

    Masked: the password of ``user:password@``, values of secret-looking query
    parameters, and, for services that carry tokens in the URL itself (Slack,
    Telegram, Discord, Teams ...), every long host or path part (``T...2``, first and
    last character kept so two channels stay apart). Because variable names are kept
    and values never enter it, rotating a secret does not change a channel's identity
    (its outbox rows and its first-run baseline).
    """
    if "://" not in url:
        return MASK
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    userinfo, _, host = netloc.rpartition("@")
    if ":" in userinfo:
        user, password = userinfo.split(":", 1)
        userinfo = f"{user}:{password if ENV_REF.fullmatch(password) else MASK}"
    path = parts.path
    if scheme not in PLAIN_SCHEMES:
        host = _mask_token(host)
        path = "/".join(_mask_token(p) for p in path.split("/"))
    netloc = f"{userinfo}@{host}" if userinfo else host
    query = [
        (k, v if ENV_REF.fullmatch(v) or not SECRET_PARAM.search(k) else MASK)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(
        (parts.scheme, netloc, path, urlencode(query, safe="${}@:/*"), parts.fragment)
    )


def _mask_token(part: str) -> str:
    if len(part) < TOKEN_MIN_CHARS or ENV_REF.fullmatch(part) or part[0] in "#@":
        return part
    return f"{part[0]}...{part[-1]}"


def resolve(url: str) -> Channel:
    """The channel behind a configured URL: variables expanded, Airflow connections read."""
    key = redact(url)
    secrets: list[str] = []

    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        value = os.environ.get(name)
        if value is None:
            raise ChannelError(f"environment variable {name} is not set (channel {key})")
        secrets.append(value)
        return value

    expanded = ENV_REF.sub(expand, url)
    parts = urlsplit(expanded)
    if parts.scheme.lower() == AIRFLOW_SCHEME:
        urls = _airflow_connection_urls(parts.netloc or parts.path.strip("/"), key)
        secrets.extend(urls)  # a connection's URLs are secret whole
        secrets.extend(_url_secrets(u) for u in urls)
    else:
        urls = [expanded]
        secrets.append(_url_secrets(expanded))
    return Channel(key=key, urls=tuple(urls), secrets=tuple(s for s in secrets if s))


def _url_secrets(url: str) -> str:
    """The literal password of a URL, to scrub from error text."""
    try:
        return urlsplit(url).password or ""
    except ValueError:
        return ""


def _airflow_connection_urls(conn_id: str, key: str) -> list[str]:
    """The Apprise URLs of Airflow connection ``conn_id`` (as the Apprise provider reads them)."""
    try:
        from airflow.providers.apprise.hooks.apprise import AppriseHook
    except ImportError:  # pragma: no cover - the provider is a locked dependency
        raise ChannelError(f"{key}: the Airflow Apprise provider is not installed") from None
    hook = AppriseHook(apprise_conn_id=conn_id)
    try:
        config = hook.get_config_from_conn(hook.get_connection(conn_id))
    except Exception as exc:
        raise ChannelError(
            f"{key}: Airflow connection {conn_id!r} unusable: {type(exc).__name__}"
        ) from None
    entries = config if isinstance(config, list) else [config]
    urls = [str(e["path"]) for e in entries if isinstance(e, dict) and e.get("path")]
    if not urls:
        raise ChannelError(f"{key}: Airflow connection {conn_id!r} has no Apprise paths")
    return urls
