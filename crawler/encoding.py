"""Decode a fetched page: by its declared charset when the bytes fit it, else by detection.

Sites often declare UTF-8 (in the header or a meta tag) and serve Latin-1 or Windows-1252; decoding
those bytes as declared fills titles, texts and evidence with U+FFFD. Pure: bytes in, text out.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
FALLBACK = "cp1252"  # what a mislabelled Western European page is written in, nearly always


def _norm(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charsets(body: bytes, header: str | None = None) -> list[str]:
    """Charsets the page claims, in order of authority: the Content-Type header, then a meta tag."""
    out: list[str] = []
    if header and "charset=" in header.lower():
        name = _norm(header.lower().split("charset=", 1)[1].split(";")[0])
        if name:
            out.append(name)
    m = _META_CHARSET.search(body[:4096])
    if m:
        name = _norm(m.group(1).decode("ascii", "ignore"))
        if name and name not in out:
            out.append(name)
    return out


def _mostly_utf8(body: bytes) -> bool:
    """UTF-8 with a few broken bytes (keep UTF-8) rather than another charset (detect)."""
    text = body.decode("utf-8", "replace")
    broken = text.count("\ufffd") - body.decode("utf-8", "ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > broken


def decode_page(body: bytes, header: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding used) of a page body.

    `header` is the Content-Type header; `declared` an encoding another layer settled on (Scrapy's
    response.encoding, or the one stored with a page). The first of these that decodes the bytes
    without an error wins; otherwise the charset is detected.
    """
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), "utf-8"
    candidates = declared_charsets(body, header)
    extra = _norm(declared)
    if extra and extra not in candidates:
        candidates.append(extra)
    for name in candidates:
        try:
            return body.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    if not candidates:
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if "utf-8" in candidates and _mostly_utf8(body):
        return body.decode("utf-8", "replace"), "utf-8"
    guess = _detect(body)
    return body.decode(guess, "replace"), guess


# letters of the seven languages portwatch reads (and the euro sign): a decoding that yields them
# rather than box-drawing or Baltic letters is the right one
WESTERN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ€ºª°«»–—‘’“”…·")


def _score(text: str) -> int:
    return sum(1 if ch in WESTERN else -2 for ch in text if ord(ch) > 0x7F)


def _detect(body: bytes) -> str:
    """The charset among cp1252 and charset-normalizer's guesses whose text reads most like the seven
    languages (charset-normalizer alone takes short French pages for Baltic ones)."""
    names = [FALLBACK]
    try:
        from charset_normalizer import from_bytes

        names += [m.encoding for m in list(from_bytes(body[:200_000]))[:3]]
    except Exception:  # noqa: BLE001 - detection is a best effort; the fallback is sound for Western pages
        pass
    best, best_score = FALLBACK, None
    for name in dict.fromkeys(filter(None, map(_norm, names))):
        if name == "utf-8":
            continue
        try:
            score = _score(body.decode(name))
        except UnicodeDecodeError:
            continue
        if best_score is None or score > best_score:
            best, best_score = name, score
    return best


def header_text(response, name: bytes) -> str | None:
    """A response header as text (HTTP headers are Latin-1), None when it is absent or empty."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
