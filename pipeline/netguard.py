"""Refuse to fetch from loopback, private, link-local and metadata addresses.

Two checks. :func:`check_url` (before each request and each redirect hop) refuses a
scheme other than http(s) and a host that resolves to any non-public address, with a
message that says why. :class:`GuardedBackend` (the HTTP client's connector) resolves
the host again *when it connects*, refuses the same addresses and connects to the
address it checked: a name that answers a public address to the first lookup and
127.0.0.1 to the second (DNS rebinding) cannot slip between check and connect.

IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4,
Teredo) are judged by that IPv4 address. Tests and the demo set
NEWSMON_ALLOW_PRIVATE_NETWORKS=1 to fetch from 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore

from pipeline import settings

ALLOWED_SCHEMES = frozenset({"http", "https"})
# NAT64 prefixes: the well-known one carries the IPv4 address in its last 32 bits; the
# local-use one (RFC 8215) is a site's own translator, never a public destination.
NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")


class BlockedURL(ValueError):
    """A URL newsmon will not fetch (scheme or address); the message says why."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for, if it is one of the forms that carry one."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    if ip in NAT64_WELL_KNOWN or (ip.packed[:12] == bytes(12) and int(ip) > 1):
        return ipaddress.IPv4Address(ip.packed[12:])  # NAT64, or deprecated IPv4-compatible
    return None


def _is_public(address: str) -> bool:
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(
        address.split("%", 1)[0]
    )
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in NAT64_LOCAL_USE:
            return False
        ip = _embedded_ipv4(ip) or ip
    return ip.is_global and not ip.is_multicast


def public_addresses(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in resolver order; BlockedURL if any is not public."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedURL(f"host {host!r} does not resolve ({exc})") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    for address in addresses:
        if not _is_public(address):
            raise BlockedURL(
                f"{host} resolves to non-public address {address} "
                f"(set {settings.ENV_ALLOW_PRIVATE}=1 to allow)"
            )
    return addresses


def check_url(url: str, *, allow_private: bool | None = None) -> None:
    """Raise BlockedURL unless ``url`` is http(s) and its host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BlockedURL(f"refused {url!r}: only http and https are fetched")
    host = parts.hostname
    if not host:
        raise BlockedURL(f"refused {url!r}: no host")
    if allow_private is None:
        allow_private = settings.allow_private_networks()
    if allow_private:
        return
    try:
        public_addresses(host, parts.port or 443)
    except BlockedURL as exc:
        raise BlockedURL(f"refused {url!r}: {exc}") from None


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's connector, made to connect only to public addresses it resolved itself.

    The host is resolved once per connection; every answer must be public, and the
    connection goes to one of those very addresses (tried in resolver order). TLS
    still verifies the certificate against the host name (httpcore passes it to
    ``start_tls`` separately). With private networks allowed it is the plain connector.
    """

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        if settings.allow_private_networks():
            return self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            addresses = public_addresses(host, port)
        except BlockedURL as exc:
            raise httpcore.ConnectError(f"refused: {exc}") from None
        last: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None, "getaddrinfo returns at least one address or raises"
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("refused: newsmon never connects to a unix socket")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
