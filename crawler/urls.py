"""URL rules: the one validity check, canonical forms (tracking parameters and fragments dropped)
and the host guard.

Every URL that comes from a catalogue, a feed, a sitemap, a listing or a redirect passes through
`url_problem` (directly or through `canonicalize`): an invalid one is a recorded failure of its
source or link, never an exception that ends a loop.

Pure functions; no network I/O except the name lookup in `refuse_reason`.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "matomo_", "hsa_", "at_")
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ito",
    "ns_mchannel", "ns_source", "ns_campaign", "ocid", "smid", "xtor", "wt.mc_id", "_ga", "share",
}


MAX_URL_LENGTH = 8192
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class InvalidURL(ValueError):
    """A URL that cannot be fetched: the message says why."""


def url_problem(url: object) -> str | None:
    """Why `url` is not a fetchable absolute http(s) URL (bad port, broken IPv6 literal, no host,
    spaces or control characters in the host), or None when it is fine."""
    if not isinstance(url, str) or not url.strip():
        return "empty URL"
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        return f"URL longer than {MAX_URL_LENGTH} characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError when out of range or not a number
    except ValueError as exc:
        return f"invalid URL {url[:200]!r}: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"invalid URL {url[:200]!r}: scheme {parts.scheme or '(none)'!r} is not http or https"
    if not host:
        return f"invalid URL {url[:200]!r}: no host"
    if _CONTROL.search(url) or re.search(r"\s", host):
        return f"invalid URL {url[:200]!r}: control characters, or spaces in the host"
    if "[" not in parts.netloc:
        try:
            host.encode("idna")
        except UnicodeError as exc:
            return f"invalid URL {url[:200]!r}: host {host!r} is not a valid name ({exc})"
    return None


def check_url(url: object) -> str:
    """`url` stripped when valid; InvalidURL (a ValueError) saying why otherwise."""
    problem = url_problem(url)
    if problem:
        raise InvalidURL(problem)
    return str(url).strip()


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters.

    Raises InvalidURL for a URL that `url_problem` rejects."""
    parts = urlsplit(check_url(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def refuse_reason(url: str, allowed_hosts: frozenset[str] = frozenset()) -> str | None:
    """Why `url` must not be fetched (invalid, non-http scheme, private or loopback address), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError when out of range
    except ValueError as exc:
        return f"invalid URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http or https"
    host = (parts.hostname or "").lower()
    if not host:
        return "no host in URL"
    if host in allowed_hosts:
        return None
    for address in _addresses(host):
        if address in allowed_hosts:
            return None
        ip = ipaddress.ip_address(address)
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            return f"host {host} resolves to non-public address {address} (allow it with --allow-host {host})"
    return None


@lru_cache(maxsize=4096)
def _addresses(host: str) -> tuple[str, ...]:
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return ()  # let the downloader report the DNS failure in its own words
    return tuple(sorted({str(info[4][0]).split("%")[0] for info in infos}))
