"""URL rules: canonical forms (tracking parameters and fragments dropped) and the host guard.

Pure functions; no network I/O except the name lookup in `refuse_reason`.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "matomo_", "hsa_", "at_")
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ito",
    "ns_mchannel", "ns_source", "ns_campaign", "ocid", "smid", "xtor", "wt.mc_id", "_ga", "share",
}


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    parts = urlsplit(url.strip())
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
    """Why `url` must not be fetched (non-http scheme, private or loopback address), or None."""
    parts = urlsplit(url)
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
