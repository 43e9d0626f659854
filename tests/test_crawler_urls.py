"""Canonical URLs and the host guard."""

from __future__ import annotations

import pytest

from crawler.urls import canonicalize, refuse_reason


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM:80/a?utm_source=x&id=3#frag", "http://example.com/a?id=3"),
        ("https://example.com:443/path?fbclid=abc", "https://example.com/path"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?b=1&gclid=2&c=3", "https://example.com/a?b=1&c=3"),
    ],
    ids=["utm-and-fragment", "fbclid", "empty-path", "keeps-real-params"],
)
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


@pytest.mark.parametrize(
    ("url", "allowed", "refused"),
    [
        ("http://127.0.0.1:8000/", frozenset(), True),
        ("http://127.0.0.1:8000/", frozenset({"127.0.0.1"}), False),
        ("http://10.1.2.3/", frozenset(), True),
        ("http://169.254.169.254/latest/meta-data", frozenset(), True),
        ("http://[::1]/", frozenset(), True),
        ("file:///etc/passwd", frozenset(), True),
        ("http://8.8.8.8/", frozenset(), False),
    ],
    ids=["loopback", "loopback-allowed", "private", "link-local", "ipv6-loopback", "file-scheme", "public"],
)
def test_refuse_reason(url, allowed, refused):
    assert (refuse_reason(url, allowed) is not None) is refused
