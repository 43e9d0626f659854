"""Read an article out of a stored HTML page: title, main text, date, author, language, canonical URL.

Pure: HTML in, dict out (trafilatura for the body; JSON-LD, meta tags and feed fields as fallbacks).
Imports neither Scrapy nor spaCy, so the extractor and re-extraction use it on stored pages too.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura

READER_VERSION = "reader-2"

# Boxes inside article bodies that carry other articles' text ("Related", "Read more", "Lees ook",
# share bars, newsletter prompts): they name other seizures, so they are cut before reading.
BOILERPLATE_RE = re.compile(
    r"related|share|sharing|social|read-?also|readalso|read-?more|lees-?ook|see-?also|newsletter|promo|"
    r"advert|\bads?\b|ad-slot|cookie|most-?read|recommend|teaser|breadcrumb|subscribe|signoff|byline|"
    r"comments?\b|widget|sidebar|caption",
    re.I,
)
DROP_TAGS = ("aside", "nav", "footer", "form", "script", "style", "noscript", "figure", "figcaption",
             "button", "iframe", "svg")


def read_article(html: str | bytes, url: str, hints: dict[str, Any] | None = None) -> dict[str, Any]:
    """Title, text, published (ISO), author, lang, canonical_url and reader_version of a page."""
    hints = hints or {}
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    meta = _metadata(tree, url) if tree is not None else {}
    text = _body_text(tree) if tree is not None else None
    if not text:
        text = meta.get("body") or hints.get("summary") or ""
        text = _strip_tags(text)
    return {
        "title": meta.get("title") or hints.get("title"),
        "text": text.strip(),
        "published": _iso(meta.get("published")) or _iso(hints.get("published")),
        "author": meta.get("author") or hints.get("author"),
        "lang": _lang(meta.get("lang") or hints.get("lang")),
        "canonical_url": meta.get("canonical") or url,
        "reader_version": READER_VERSION,
    }


def _strip_tags(text: str) -> str:
    if "<" not in text:
        return text
    try:
        return str(lxml.html.fromstring(f"<div>{text}</div>").text_content())
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", text)


def _metadata(tree: Any, url: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for node in _jsonld_articles(tree):
        out.setdefault("title", node.get("headline"))
        out.setdefault("published", node.get("datePublished"))
        author = node.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str):
            out.setdefault("author", author)
        out.setdefault("lang", node.get("inLanguage"))
        if isinstance(node.get("articleBody"), str):
            out.setdefault("body", node["articleBody"])

    def meta(*keys: str) -> str | None:
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                found = tree.xpath(f"//meta[@{attr}=$k]/@content", k=key)
                if found and found[0].strip():
                    return str(found[0]).strip()
        return None

    if not out.get("published"):
        out["published"] = meta("article:published_time", "datePublished", "pubdate", "publish-date",
                                "date", "dc.date", "DC.date.issued", "sailthru.date")
    if not out.get("published"):
        found = tree.xpath("//time[@itemprop='datePublished']/@datetime | //time[contains(@class,'publish')]"
                           "/@datetime | //article//time/@datetime | //time/@datetime")
        out["published"] = found[0] if found else None
    if not out.get("published"):
        epoch = tree.xpath("//*[@data-epoch]/@data-epoch")
        if epoch and epoch[0].isdigit():
            out["published"] = datetime.fromtimestamp(int(epoch[0]), UTC).isoformat()
    if not out.get("title"):
        out["title"] = meta("og:title", "twitter:title") or _first_text(tree, "//h1") or _first_text(
            tree, "//title")
    if not out.get("author"):
        out["author"] = meta("author", "article:author", "dc.creator")
    if not out.get("lang"):
        langs = tree.xpath("/html/@lang")
        out["lang"] = langs[0] if langs else meta("og:locale", "language", "content-language")
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    if canonical and canonical[0].strip():
        absolute = urljoin(url, canonical[0].strip())
        if absolute.startswith(("http://", "https://")):
            out["canonical"] = absolute
    return out


def _jsonld_articles(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith(("Article", "NewsArticle", "BlogPosting", "Report"))
                       for k in kinds):
                    found.append(item)
    return found


def _first_text(tree: Any, xpath: str) -> str | None:
    nodes = tree.xpath(xpath)
    if not nodes:
        return None
    text = " ".join(nodes[0].text_content().split())
    return text or None


def _body_text(tree: Any) -> str | None:
    """Main text, paragraphs separated by blank lines, with boilerplate boxes cut first."""
    body = tree.find("body")
    total = len((body if body is not None else tree).text_content())
    for el in list(tree.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in DROP_TAGS or el.tag == "header" and el.getparent() is not None and el.getparent().tag == "article":
            _drop(el)
            continue
        marker = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if marker and BOILERPLATE_RE.search(marker) and el.tag not in ("html", "body", "article", "main"):
            # a box is small; an element holding most of the page ("article-body has-share-tools") is the story
            if total and len(el.text_content()) > 0.5 * total:
                continue
            _drop(el)
    for h1 in tree.xpath("//h1"):
        _drop(h1)
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    text = trafilatura.extract(
        cleaned,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=False,
        deduplicate=False,
        with_metadata=False,
    )
    if text:
        return "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    paragraphs = [" ".join(p.text_content().split()) for p in tree.xpath("//p")]
    joined = "\n\n".join(p for p in paragraphs if len(p) > 40)
    return joined or None


def _drop(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    parent.remove(el)
    if tail and tail.strip():
        prev = parent[-1] if len(parent) else None
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _iso(value: Any) -> str | None:
    """Normalise a date string to ISO 8601 (keeps the time zone when there is one)."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    return m.group(0) if m else None


def _lang(value: Any) -> str | None:
    if not value or not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
