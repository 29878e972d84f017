"""Refuse to fetch from loopback, private, link-local and metadata addresses.

The check resolves the host and looks at every address it resolves to, so a public
name pointing at 127.0.0.1 is refused too. Tests and the demo set
NEWSMON_ALLOW_PRIVATE_NETWORKS=1 to fetch from 127.0.0.1.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from pipeline import settings

ALLOWED_SCHEMES = frozenset({"http", "https"})


class BlockedURL(ValueError):
    """A URL newsmon will not fetch (scheme or address); the message says why."""


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


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
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise BlockedURL(f"refused {url!r}: host {host!r} does not resolve ({exc})") from None
    for info in infos:
        address = str(info[4][0])
        if not _is_public(address):
            raise BlockedURL(
                f"refused {url!r}: {host} resolves to non-public address {address} "
                f"(set {settings.ENV_ALLOW_PRIVATE}=1 to allow)"
            )
