"""Google News article links to publisher URLs: pure helpers, no fetching.

Items of a Google News RSS search link to `news.google.com/rss/articles/<id>` pages, not to the
article. Since 2024 the id no longer holds the URL in clear; it is resolved as the maintained
decoders (googlenewsdecoder and its ports) do it:

1. GET the article page `<base>/rss/articles/<id>?hl=..&gl=..&ceid=..`; its `c-wiz > div[jscontroller]`
   carries a signature (`data-n-a-sg`) and a timestamp (`data-n-a-ts`);
2. POST them with the id to `<base>/_/DotsSplashUi/data/batchexecute` (rpc `Fbv4je`, request
   `garturlreq`); the answer's `garturlres` row holds the publisher's URL.

The spider (crawler/spiders/queries.py) sends both requests through the Scrapy engine; these
functions build the requests' URLs and bodies and read the answers. `<base>` is the setting
PORTWATCH_GNEWS_BASE, so that tests point it at a local fake.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, quote, urlsplit

from parsel import Selector

HOSTS = ("news.google.com",)
BATCH_PATH = "/_/DotsSplashUi/data/batchexecute"
RPC_ID = "Fbv4je"
# the client context googlenewsdecoder sends with each garturlreq (Google ignores most of it)
_CONTEXT = [["X", "X", ["X", "X"], None, None, 1, 1, "US:en", None, 1, None, None, None, None, None, 0, 1],
            "X", "X", 1, [1, 1, 1], 1, 1, None, 0, 0, None, 0]
_ID_RE = re.compile(r"^[A-Za-z0-9_-]{8,}$")


class ResolveError(ValueError):
    """A Google News link could not be turned into a publisher URL; the message says why."""


def article_id(url: str, base: str | None = None) -> str | None:
    """The article id of a Google News article link (`/rss/articles/<id>`, `/articles/<id>`, `/read/<id>`).

    Links on news.google.com count, and so do links on `base` (the configured Google address).
    """
    parts = urlsplit(url)
    hosts = set(HOSTS)
    if base:
        hosts.add(urlsplit(base).netloc.lower())
    if (parts.netloc or "").lower() not in hosts:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 2 and segments[-2] in ("articles", "read") and _ID_RE.match(segments[-1]):
        return segments[-1]
    return None


def article_page_url(base: str, gnews_id: str, *locale_from: str) -> str:
    """The article page that carries the signature, in the locale of the link or the search feed."""
    hl, gl, ceid = "en-US", "US", "US:en"
    for url in locale_from:
        query = parse_qs(urlsplit(url).query)
        if query.get("hl") and query.get("gl") and query.get("ceid"):
            hl, gl, ceid = query["hl"][0], query["gl"][0], query["ceid"][0]
            break
    return (f"{base.rstrip('/')}/rss/articles/{gnews_id}"
            f"?hl={quote(hl, safe='')}&gl={quote(gl, safe='')}&ceid={quote(ceid, safe='')}")


def batch_url(base: str) -> str:
    """Google's batch endpoint."""
    return f"{base.rstrip('/')}{BATCH_PATH}?rpcids={RPC_ID}"


def read_signature(html: str) -> tuple[str, str]:
    """(signature, timestamp) of an article page; ResolveError when the page has none."""
    sel = Selector(text=html)
    node = sel.css("c-wiz > div[jscontroller]")
    candidates = node if node else sel.xpath("//*[@data-n-a-sg and @data-n-a-ts]")
    for el in candidates:
        sg, ts = el.attrib.get("data-n-a-sg"), el.attrib.get("data-n-a-ts")
        if sg and ts:
            return sg, ts
    raise ResolveError("the Google News article page carries no signature (data-n-a-sg / data-n-a-ts)")


def batch_body(gnews_id: str, signature: str, timestamp: str) -> str:
    """The form body (`f.req=...`) that asks the batch endpoint for one article's URL."""
    ts: int | str = int(timestamp) if timestamp.isdigit() else timestamp
    inner = json.dumps(["garturlreq", _CONTEXT, gnews_id, ts, signature], separators=(",", ":"))
    envelope = [[[RPC_ID, inner, None, "generic"]]]
    return "f.req=" + quote(json.dumps(envelope, separators=(",", ":")))


def read_batch_answer(text: str) -> str:
    """The publisher URL in a batch endpoint answer; ResolveError when it holds none."""
    body = text.lstrip()
    if body.startswith(")]}'"):  # Google's anti-JSON-hijacking prefix
        body = body[4:]
    rows: list = []
    decoder = json.JSONDecoder()
    # the answer is one or more JSON arrays, each preceded by its length on a line of its own
    pos = 0
    while pos < len(body):
        while pos < len(body) and body[pos] in " \t\r\n0123456789":
            pos += 1
        if pos >= len(body):
            break
        try:
            chunk, pos = decoder.raw_decode(body, pos)
        except json.JSONDecodeError as exc:
            raise ResolveError(f"the batch answer is not JSON: {exc.msg}") from exc
        if isinstance(chunk, list):
            rows.extend(chunk)
    errors = []
    for row in rows:
        if not (isinstance(row, list) and len(row) >= 3 and row[0] == "wrb.fr" and row[1] == RPC_ID):
            continue
        payload = row[2]
        if isinstance(payload, str):
            try:
                payload = json.loads(payload)
            except json.JSONDecodeError:
                payload = None
        if isinstance(payload, list) and len(payload) >= 2 and payload[0] == "garturlres":
            url = payload[1]
            if isinstance(url, str) and urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc:
                return url
            errors.append(f"not a URL: {str(url)[:80]!r}")
        else:
            errors.append(f"error {row[5]!r}" if len(row) > 5 and row[5] else "no garturlres row")
    raise ResolveError("Google's batch answer holds no publisher URL" + (f" ({'; '.join(errors)})" if errors else ""))
