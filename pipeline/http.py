"""HTTP fetching with httpx: timeouts, a streamed size cap, checked redirects, one client per run."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline import netguard

DEFAULT_USER_AGENT = "newsmon/0.1 (news monitoring; +https://github.com/newsmon/newsmon)"
# A news page is rarely over 2 MiB; 10 MiB leaves room and stops runaway bodies.
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
# Whole-request bound: a server that trickles bytes cannot hold a worker forever.
TOTAL_TIMEOUT = 60.0
# Politeness: minimum seconds between two requests to one host.
DEFAULT_HOST_DELAY = 1.0
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
    """A complete HTTP response (body read up to the cap)."""

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


class HostThrottle:
    """Keeps at least ``delay`` seconds between the starts of two requests to one host."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def wait(self, host: str) -> None:
        """Block until this host may be requested again."""
        if self.delay <= 0:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.delay
        if slot > now:
            time.sleep(slot - now)


def user_agent() -> str:
    """The User-Agent: $NEWSMON_USER_AGENT or the default naming the project and a contact URL."""
    return os.environ.get("NEWSMON_USER_AGENT") or DEFAULT_USER_AGENT


def host_delay() -> float:
    """Seconds between requests to one host: $NEWSMON_HOST_DELAY or the default."""
    return float(os.environ.get("NEWSMON_HOST_DELAY", DEFAULT_HOST_DELAY))


class Fetcher:
    """One per run: a pooled httpx client, the per-host throttle and the network guard."""

    def __init__(self, *, delay: float | None = None, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.max_bytes = max_bytes
        self.throttle = HostThrottle(host_delay() if delay is None else delay)
        self.client = httpx.Client(
            headers={"User-Agent": user_agent()},
            timeout=httpx.Timeout(CONNECT_TIMEOUT, read=READ_TIMEOUT),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=16),
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """GET ``url``, following at most MAX_REDIRECTS redirects, each hop checked by the guard."""
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                netguard.check_url(current)
            except netguard.BlockedURL as exc:
                raise FetchError(url, str(exc)) from None
            self.throttle.wait(urlsplit(current).netloc)
            response = self._get_once(url, current, headers or {})
            if response.status in REDIRECT_CODES and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            return response
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

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
