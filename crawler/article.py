"""Read an article out of a stored HTML page: title, main text, date, author, language, canonical URL.

Pure: HTML in, dict out. trafilatura reads the body (its own boilerplate rules, precision mode,
its readability/jusText fallbacks) and the metadata (htmldate for the publication date: JSON-LD,
meta tags, URL, visible date); the page's declared language is kept as declared. JSON-LD
`articleBody` and feed fields are the fallbacks. Imports neither Scrapy nor spaCy, so the
extractor and re-extraction use it on stored pages too.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

import htmldate
import lxml.html
import trafilatura
from trafilatura.utils import load_html

READER_VERSION = "reader-3"

# Boxes that carry other articles' text and that trafilatura's own rules leave in ("Lees ook" /
# "read also" links, most-read lists). trafilatura already cuts aside/nav/footer, "related" boxes,
# share bars, newsletter prompts and comments.
PRUNE_XPATH = [
    "//*[@class][contains(@class, 'readalso') or contains(@class, 'read-also') or contains(@class, 'lees-ook')"
    " or contains(@class, 'mostread') or contains(@class, 'most-read') or contains(@class, 'most-viewed')]",
]
OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
    "deduplicate": False,
    "prune_xpath": PRUNE_XPATH,
}
# Precision mode sometimes locks on a small box (a reprint notice) and misses the story: when it
# keeps less than this share of what the balanced mode finds, the balanced mode's text is used.
SHORT_TEXT = 600
MIN_SHARE = 0.2


def read_article(html: str | bytes, url: str, hints: dict[str, Any] | None = None) -> dict[str, Any]:
    """Title, text, published (ISO), author, lang (declared), canonical_url and reader_version of a page."""
    hints = hints or {}
    tree = _parse(html)
    meta = _declared(tree, url) if tree is not None else {}
    text = _paragraphs(_text(tree, url)) if tree is not None else ""
    if tree is not None and len(text) < SHORT_TEXT:
        balanced = _paragraphs(_text(tree, url, favor_precision=False))
        if len(text) < MIN_SHARE * len(balanced):
            text = balanced
    if not text:
        text = _paragraphs(_strip_tags(meta.get("body") or hints.get("summary") or ""))
    # a date the page declares in a structured field is taken to the second; htmldate looks further
    # (the URL, visible dates) only when there is none
    published = _iso(meta.get("published")) or (_iso(_find_date(tree, url)) if tree is not None else None)
    return {
        "title": meta.get("title") or hints.get("title"),
        "text": text,
        "published": published or _iso(hints.get("published")),
        "author": meta.get("author") or hints.get("author"),
        "lang": lang_code(meta.get("lang")) or lang_code(hints.get("lang")),
        "canonical_url": meta.get("canonical") or url,
        "reader_version": READER_VERSION,
    }


def read_text(html: str, url: str) -> str:
    """The body text alone: the signature of `score_reader.py --reader crawler.article:read_text`."""
    return str(read_article(html, url)["text"])


def _parse(html: str | bytes) -> Any:
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    try:
        return load_html(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _text(tree: Any, url: str, **options: Any) -> str | None:
    """trafilatura's main text of the page (it reads a copy of the tree)."""
    doc = trafilatura.bare_extraction(tree, url=url or None, **{**OPTIONS, **options})
    return getattr(doc, "text", None)


def _find_date(tree: Any, url: str) -> str | None:
    """htmldate's publication day (JSON-LD, meta tags, the URL, visible dates), as YYYY-MM-DD. Second to
    the declared fields: on the dev pages it took an id ('SC-2025-09-5244') and a year in the page for
    the date of 2 pages out of 100 that declare theirs."""
    try:
        return htmldate.find_date(tree, url=url or None, original_date=True, extensive_search=True)
    except ValueError:
        return None


def _paragraphs(text: str | None) -> str:
    return "\n\n".join(p.strip() for p in (text or "").split("\n") if p.strip())


def _strip_tags(text: str) -> str:
    if "<" not in text:
        return text
    try:
        return str(lxml.html.fromstring(f"<div>{text}</div>").text_content())
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", text)


def _declared(tree: Any, url: str) -> dict[str, Any]:
    """What the page states about itself: JSON-LD article fields, meta tags, language, canonical URL."""
    out: dict[str, Any] = {}
    jsonld_lang = None
    for node in _jsonld_articles(tree):
        out.setdefault("title", _str(node.get("headline")))
        out.setdefault("published", _str(node.get("datePublished")))
        author = node.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str):
            out.setdefault("author", author)
        jsonld_lang = jsonld_lang or _str(node.get("inLanguage"))
        if isinstance(node.get("articleBody"), str):
            out.setdefault("body", node["articleBody"])

    metas: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = (node.get("content") or "").strip()
        key = node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv")
        if content and key:
            metas.setdefault(key.lower(), content)

    def meta(*keys: str) -> str | None:
        return next((metas[k.lower()] for k in keys if k.lower() in metas), None)

    if not out.get("published"):
        out["published"] = meta("article:published_time", "datePublished", "pubdate", "publish-date",
                                "dc.date", "DC.date.issued", "sailthru.date")
    if not out.get("published"):
        found = tree.xpath("//time[@itemprop='datePublished']/@datetime | //time[contains(@class,'publish')]"
                           "/@datetime | //article//time/@datetime")
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
    # declared language, in this order: <html lang>, og:locale, JSON-LD inLanguage, other meta tags
    html_lang = tree.xpath("/html/@lang | /html/@xml:lang")
    for value in (html_lang[0] if html_lang else None, meta("og:locale"), jsonld_lang,
                  meta("language", "content-language", "dc.language")):
        if lang_code(value):
            out["lang"] = value
            break
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    if canonical and canonical[0].strip():
        absolute = urljoin(url, canonical[0].strip())
        if absolute.startswith(("http://", "https://")):
            out["canonical"] = absolute
    return out


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


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


def _iso(value: Any) -> str | None:
    """Normalise a date string to ISO 8601 (keeps the time zone when there is one)."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value  # a day stays a day (no invented midnight)
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


def lang_code(value: Any) -> str | None:
    """ISO 639 code of a declared language: 'pt-BR' -> 'pt', 'nl_BE' -> 'nl', and the English names GDELT
    gives ('Spanish' -> 'es'); None for 'und', 'mul' or anything else."""
    if not value or not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    if len(code) > 3:
        code = _language_names().get(value.strip().lower(), "")
    return code if re.fullmatch(r"[a-z]{2,3}", code) and code not in ("und", "mul", "zxx") else None


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """English language name -> ISO 639 code, from the CLDR data Babel ships."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if "_" not in code:
            names.setdefault(name.lower(), code)
    return names
