"""URL canonicalization: one canonical form per article URL.

``canonicalize(url)`` maps every variant under which one article circulates to a
single string that is used as an identity key (``articles.canonical_url``):

- scheme and host lower-cased, a trailing dot on the host dropped, IDN hosts in
  their ASCII (punycode) form;
- default ports dropped (``:80`` for http, ``:443`` for https); any other port is
  kept, so ``http://127.0.0.11:43210/...`` stays distinct from ``:43211``;
- user info and the fragment dropped;
- host prefixes that only select a rendering dropped: ``www.``, ``m.``,
  ``mobile.``, ``amp.`` (never on IP addresses, never when what remains would
  be a bare public suffix);
- AMP paths folded: a path segment ``amp`` is removed, ``x.amp.html`` becomes
  ``x.html`` and ``x.amp`` becomes ``x``; ``amp``/``amp=1``/``outputType=amp``
  query parameters are removed;
- tracking parameters removed (an explicit list below: courlan's tracker
  regex is deliberately not used because it also removes ``gallery``,
  ``global``, ``source`` and ``cid``, which some sites use to pick the article);
- remaining query parameters sorted (blank values kept);
- dot segments resolved, percent-escapes normalized (unreserved characters
  decoded, hex upper-cased);
- trailing slash: **removed** from every path except the root, so ``/a/b/`` and
  ``/a/b`` are one key (CMSs serve both and redirect one to the other).

The scheme is kept as given: loopback test servers speak plain http and an
``https`` upgrade cannot be assumed for them.

``resolve_canonical(fetched_url, page_canonical)`` picks the URL that identifies
the article: the page's ``<link rel=canonical>``/``og:url`` when it is trustworthy,
otherwise the fetched URL, both canonicalized. A page canonical is accepted when

- it is an absolute ``http``/``https`` URL with a host (``//host/path`` is
  resolved with the fetched URL's scheme); ``javascript:``, ``data:``, relative
  paths and template junk are ignored;
- it is on the same site as the fetched URL: the same registered domain
  (``m.dawn.com`` and ``news.dawn.com`` are one site, via courlan/tld), or for
  hosts without a registered domain (IP addresses, ``localhost``) the same host
  *and* port;
- it is not the site's home page (path ``/`` with no query) unless the fetched
  URL is itself the home page: a misconfigured template that points every
  article to the home page would otherwise merge every article of the site.

A canonical pointing to **another site** is accepted only when that site's
registered domain is in ``trusted_domains`` (an explicit list the caller
passes, e.g. an outlet's own second domain). By default it is never accepted:
``canonical_url`` is an identity key, and a page naming another outlet's URL
would otherwise be merged with that article on the page's word alone. Syndicated
reprints are instead linked to the original by their text (``pipeline.dedup``),
which also catches the many reprints that declare no canonical at all.
"""

from __future__ import annotations

import ipaddress
import posixpath
import re
from collections.abc import Collection
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from courlan import extract_domain, scrub_url

HTTP_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

# Host labels that choose a rendering (desktop/mobile/AMP) of the same site.
RENDERING_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")

# Tracking parameters: analytics/ads click ids and share markers. Kept explicit and
# narrow: removing a parameter that selects the article would merge two articles.
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "itm_", "vero_", "oly_", "at_", "ga_")
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "ocid",
        "cmpid",
        "ncid",
        "icid",
        "s_cid",
        "xtor",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "smid",
        "sr_share",
        "share",
        "spref",
    }
)
# Query parameters that only ask for the AMP rendering.
AMP_PARAMS = {"amp": {"", "1", "true"}, "outputtype": {"amp"}, "output": {"amp"}}

_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# RFC 3986 unreserved characters: an escape of one of these means the same URL.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters left as they are when re-quoting a path (reserved ones keep their role).
_PATH_SAFE = "/:@!$&'()*+,;=%"


def _normalize_escape(match: re.Match[str]) -> str:
    char = chr(int(match.group()[1:], 16))
    return char if char in _UNRESERVED else match.group().upper()


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _normalize_host(host: str) -> str:
    host = host.lower().rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return host
    if _is_ip(host):
        return host
    for prefix in RENDERING_HOST_PREFIXES:
        rest = host.removeprefix(prefix)
        if rest != host:
            # Keep the label when the remainder would be a single label (``m.pk``).
            return rest if "." in rest else host
    return host


def _normalize_path(path: str) -> str:
    path = _PERCENT_ESCAPE.sub(_normalize_escape, path)
    path = quote(path, safe=_PATH_SAFE)
    if not path.startswith("/"):
        path = "/" + path
    segments = [s for s in posixpath.normpath(path).split("/") if s not in ("", "amp")]
    if segments:
        last = segments[-1]
        if last.endswith(".amp.html"):
            segments[-1] = last.removesuffix(".amp.html") + ".html"
        elif last.endswith(".amp") and last != ".amp":
            segments[-1] = last.removesuffix(".amp")
    return "/" + "/".join(segments)


def _keep_param(key: str, value: str) -> bool:
    lowered = key.lower()
    if lowered.startswith(TRACKING_PREFIXES) or lowered in TRACKING_PARAMS:
        return False
    return value.lower() not in AMP_PARAMS.get(lowered, set())


# courlan's scrub_url can need more than one pass (it strips a trailing quote, then the
# control character the quote hid); a few passes reach its fixed point.
SCRUB_PASSES = 8


def _scrubbed(url: str) -> str:
    """``url`` through courlan's scrub_url until it no longer changes."""
    for _ in range(SCRUB_PASSES):
        scrubbed = scrub_url(url)
        if scrubbed == url:
            break
        url = scrubbed
    return url


def canonicalize(url: str) -> str:
    """The canonical identity form of ``url`` (see the module docstring).

    Idempotent. Strings that are not http(s) URLs are returned stripped, unchanged.
    """
    url = _scrubbed(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in HTTP_SCHEMES or not parts.hostname:
        return url
    host = _normalize_host(parts.hostname)
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(k, v)
    )
    return urlunsplit((scheme, host, _normalize_path(parts.path), urlencode(query), ""))


def source_domain(url: str) -> str:
    """The outlet an article was published on: its host without ``www.``/``m.``/``amp.``.

    The port is not part of it (``127.0.0.11:43210`` -> ``127.0.0.11``).
    """
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return _normalize_host(host) if host else ""


def _site(url: str) -> str:
    """Site identity: the registered domain, or host:port when the host has none."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not _is_ip(host):
        domain = extract_domain(url)
        if domain:
            return domain
    return parts.netloc.lower()


def _is_home_page(canonical_url: str) -> bool:
    parts = urlsplit(canonical_url)
    return parts.path in ("", "/") and not parts.query


def resolve_canonical(
    fetched_url: str,
    page_canonical: str | None,
    trusted_domains: Collection[str] = (),
) -> str:
    """The canonical URL of an article: the page's declared canonical if trustworthy.

    ``fetched_url`` is the URL the article was fetched from (after redirects);
    ``page_canonical`` the page's ``<link rel=canonical>`` or ``og:url``, if any;
    ``trusted_domains`` registered domains (besides the fetched one) whose URLs a
    page may name as its canonical. Both URLs are returned canonicalized.
    """
    fetched = canonicalize(fetched_url)
    if not page_canonical:
        return fetched
    declared = "".join(page_canonical.split())
    if declared.startswith("//"):
        declared = f"{urlsplit(fetched).scheme}:{declared}"
    try:
        parts = urlsplit(declared)
        parts.port  # noqa: B018 -- raises ValueError on a malformed port
    except ValueError:
        return fetched
    if parts.scheme.lower() not in HTTP_SCHEMES or not parts.hostname:
        return fetched
    candidate = canonicalize(declared)
    if _is_home_page(candidate) and not _is_home_page(fetched):
        return fetched
    site = _site(candidate)
    if site != _site(fetched) and site not in set(trusted_domains):
        return fetched
    return candidate


# Query parameters whose values are credentials ("?token=...", "&api_key=..."), in feed
# URLs and in alert channels' Apprise URLs alike; and what a masked secret reads as.
SECRET_PARAM = re.compile(r"pass|secret|token|key|auth|sig|cred", re.IGNORECASE)
MASK = "****"


def redact_secrets(url: str) -> str:
    """``url`` as logs and the store may show it: the password of ``user:password@`` and
    the values of secret-looking query parameters masked (a feed behind basic auth or a
    token keeps working from the feeds file, and its secret goes nowhere else)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    userinfo, at, host = parts.netloc.rpartition("@")
    netloc = parts.netloc
    if at and ":" in userinfo:
        netloc = f"{userinfo.split(':', 1)[0]}:{MASK}@{host}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(SECRET_PARAM.search(k) for k, _ in pairs) and netloc == parts.netloc:
        return url
    query = urlencode([(k, MASK if SECRET_PARAM.search(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
