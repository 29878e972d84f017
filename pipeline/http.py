"""Polite, bounded HTTP fetching with httpx.

One :class:`Fetcher` per run holds the pooled client, the per-host politeness state
(concurrency, minimum delay, robots.txt with its Crawl-delay) and the network guard,
and retries what is worth retrying (timeouts, resets, 429 and 5xx, honouring
Retry-After). Every response that arrives is handed to ``on_response`` (the archive).
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from pipeline import netguard
from pipeline.urls import redact_secrets


class _RedactedURLs(logging.Filter):
    """Masks credentials in the URLs httpx logs ("HTTP Request: GET https://u:pw@..."):
    wherever its records go (an Airflow task log keeps INFO), the secret does not."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_secrets(str(a)) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


logging.getLogger("httpx").addFilter(_RedactedURLs())

DEFAULT_USER_AGENT = "newsmon/0.1 (news monitoring; +https://github.com/newsmon/newsmon)"
ROBOTS_AGENT = "newsmon"
# A news page is rarely over 2 MiB; 10 MiB leaves room and stops runaway bodies.
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
# Whole-request bound: a server that trickles bytes cannot hold a worker forever.
TOTAL_TIMEOUT = 60.0
# Politeness defaults: at most 2 requests in flight per host, 1 s between their starts,
# 16 in flight overall.
DEFAULT_HOST_DELAY = 1.0
DEFAULT_HOST_CONCURRENCY = 2
GLOBAL_CONCURRENCY = 16
# Retries: 3 more attempts, 1 s, 2 s, 4 s (+ up to 50% jitter); a Retry-After longer
# than RETRY_AFTER_CAP is not waited for (the item fails now and is tried next run).
MAX_RETRIES = 3
BACKOFF_BASE = 1.0
RETRY_AFTER_CAP = 120.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# robots.txt is fetched once per host and kept this long.
ROBOTS_TTL = 24 * 3600.0
ROBOTS_MAX_BYTES = 512 * 1024
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A fetch that produced no usable response; ``status`` is set when the server answered."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass
class Response:
    """A complete HTTP response (body decoded from its Content-Encoding, read up to the cap)."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    request_headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


def user_agent() -> str:
    """The User-Agent: $NEWSMON_USER_AGENT or the default naming the project and a contact URL."""
    return os.environ.get("NEWSMON_USER_AGENT") or DEFAULT_USER_AGENT


def host_delay() -> float:
    """Seconds between requests to one host: $NEWSMON_HOST_DELAY or the default."""
    return float(os.environ.get("NEWSMON_HOST_DELAY", DEFAULT_HOST_DELAY))


def retry_backoff() -> float:
    """Seconds of the first retry's wait: $NEWSMON_RETRY_BACKOFF or the default."""
    return float(os.environ.get("NEWSMON_RETRY_BACKOFF", BACKOFF_BASE))


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class _Host:
    """Politeness state of one host: a concurrency gate and the next allowed start time."""

    def __init__(self, concurrency: int) -> None:
        self.gate = threading.BoundedSemaphore(concurrency)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.robots: Protego | None = None
        self.robots_expires = 0.0


class Fetcher:
    """One per run: pooled client, per-host politeness, robots.txt, retries, the guard."""

    def __init__(
        self,
        *,
        delay: float | None = None,
        host_concurrency: int = DEFAULT_HOST_CONCURRENCY,
        max_bytes: int = MAX_BODY_BYTES,
        retries: int = MAX_RETRIES,
        backoff: float | None = None,
        read_timeout: float = READ_TIMEOUT,
        respect_robots: bool = True,
        on_response: Callable[[Response, Any], None] | None = None,
    ) -> None:
        self.delay = host_delay() if delay is None else delay
        self.host_concurrency = host_concurrency
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = retry_backoff() if backoff is None else backoff
        self.respect_robots = respect_robots
        self.on_response = on_response
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._global = threading.BoundedSemaphore(GLOBAL_CONCURRENCY)
        transport = httpx.HTTPTransport(
            limits=httpx.Limits(
                max_connections=GLOBAL_CONCURRENCY, max_keepalive_connections=GLOBAL_CONCURRENCY
            )
        )
        # The guard again at connect time, on the address actually connected to (httpx
        # has no public hook for the connector; httpcore is pinned in uv.lock).
        transport._pool._network_backend = netguard.GuardedBackend()
        self.client = httpx.Client(
            headers={"User-Agent": user_agent()},
            timeout=httpx.Timeout(CONNECT_TIMEOUT, read=read_timeout),
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _host(self, netloc: str) -> _Host:
        with self._hosts_lock:
            if netloc not in self._hosts:
                self._hosts[netloc] = _Host(self.host_concurrency)
            return self._hosts[netloc]

    def get(
        self, url: str, headers: Mapping[str, str] | None = None, *, context: Any = None
    ) -> Response:
        """GET ``url`` politely: robots.txt, per-host limits, retries, checked redirects.

        Every response received on the way (redirects, retried failures, robots.txt) is
        passed to ``on_response`` with ``context``.
        """
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                netguard.check_url(current)
            except netguard.BlockedURL as exc:
                raise FetchError(url, str(exc)) from None
            if self.respect_robots and not self._robots_allow(current, context):
                raise FetchError(url, f"disallowed by robots.txt ({current})")
            response = self._get_with_retries(url, current, headers or {}, context)
            if response.status in REDIRECT_CODES and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            return response
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _robots_allow(self, url: str, context: Any) -> bool:
        parts = urlsplit(url)
        host = self._host(parts.netloc)
        with host.lock:
            fresh = host.robots is not None and host.robots_expires > time.monotonic()
        if not fresh:
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            parsed = Protego.parse("")
            try:
                response = self._get_with_retries(
                    robots_url,
                    robots_url,
                    {},
                    context and {**context, "kind": "robots", "entry": None},
                    retries=0,
                )
                if response.status == 200:
                    text = response.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
                    parsed = Protego.parse(text)
            except FetchError:
                pass  # robots.txt unreachable: like Scrapy, treat as no restrictions
            with host.lock:
                host.robots, host.robots_expires = parsed, time.monotonic() + ROBOTS_TTL
        assert host.robots is not None
        return bool(host.robots.can_fetch(url, ROBOTS_AGENT))

    def _wait_turn(self, host: _Host) -> None:
        """Block until this host's minimum delay (or its robots Crawl-delay) has passed."""
        delay = self.delay
        if host.robots is not None:
            crawl_delay = host.robots.crawl_delay(ROBOTS_AGENT)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + delay
        if start > now:
            time.sleep(start - now)

    def _get_with_retries(
        self,
        url: str,
        current: str,
        headers: Mapping[str, str],
        context: Any,
        retries: int | None = None,
    ) -> Response:
        host = self._host(urlsplit(current).netloc)
        attempts = (self.retries if retries is None else retries) + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            with host.gate, self._global:
                self._wait_turn(host)
                try:
                    response = self._get_once(url, current, headers)
                except FetchError as exc:
                    if last or exc.status is not None:  # an answered but unusable body: no retry
                        raise
                    wait = self.backoff * 2**attempt
                else:
                    if self.on_response is not None:
                        self.on_response(response, context)
                    if response.status not in RETRY_STATUSES or last:
                        return response
                    wait = self.backoff * 2**attempt
                    asked = _retry_after(response.headers.get("retry-after"))
                    if asked is not None:
                        if asked > RETRY_AFTER_CAP:
                            return response  # not worth holding the run: fail now, retry next run
                        wait = max(wait, asked)
            time.sleep(wait * (1 + random.random() / 2))
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, current: str, headers: Mapping[str, str]) -> Response:
        deadline = time.monotonic() + TOTAL_TIMEOUT
        try:
            with self.client.stream("GET", current, headers=dict(headers)) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(
                        url, f"body of {declared} bytes exceeds the cap", resp.status_code
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(
                            url, f"body exceeds the cap of {self.max_bytes} bytes", resp.status_code
                        )
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"took longer than {TOTAL_TIMEOUT:.0f} s")
                    chunks.append(chunk)
                return Response(
                    url=url,
                    final_url=str(resp.url),
                    status=resp.status_code,
                    headers={k.lower(): v for k, v in resp.headers.items()},
                    body=b"".join(chunks),
                    fetched_at=datetime.now(UTC),
                    request_headers=dict(resp.request.headers),
                )
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
