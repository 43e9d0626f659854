"""A local fake of the two Google News pages a crawl meets, serving responses shaped like recorded ones.

- GET /rss/search?q=...            an RSS search feed whose items link to news.google.com/rss/articles/<id>
- GET /rss/articles/<id>?hl=...    the article page, whose c-wiz > div[jscontroller] carries the
                                   signature (data-n-a-sg) and timestamp (data-n-a-ts)
- POST /_/DotsSplashUi/data/batchexecute   Google's batch endpoint: answers garturlres with the
                                   publisher URL when id, signature and timestamp match, an error row otherwise
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TIMESTAMP = 1733245367


def signature(gnews_id: str) -> str:
    return f"AZ5r3e{gnews_id[::-1]}_sig"


ARTICLE_PAGE = """<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Google News</title>
<script nonce="x">window.WIZ_global_data = {{"FdrFJe":"-1"}};</script></head><body jscontroller="ll0Vsd">
<c-wiz jsrenderer="hU4bMe" class="iUCnwd" jsdata="deferred-i1" data-p="%.@.]" jsmodel="hc6Ubd">
<div jscontroller="aLI87" jsaction="rcuQ6b:npT2md" data-n-a-id="{id}" data-n-a-sg="{sg}" data-n-a-ts="{ts}"
 data-n-au="" data-n-hl="{hl}"></div></c-wiz></body></html>"""

PAGE_WITHOUT_SIGNATURE = """<!doctype html><html lang="en"><head><title>Google News</title></head><body>
<c-wiz jsrenderer="hU4bMe"><div class="Nc4Ine">This article is not available.</div></c-wiz></body></html>"""


def batch_answer(rows: list) -> str:
    """Google's framing: the anti-hijacking prefix, then each JSON chunk after its length."""
    out = ")]}'\n"
    for chunk in (rows, [["e", 4, None, None, 311]]):
        text = json.dumps(chunk, separators=(",", ":"))
        out += f"\n{len(text)}\n{text}"
    return out + "\n"


class FakeGoogle:
    """Serve the fake on 127.0.0.1 in a thread. `articles`: id -> publisher URL (None: Google answers
    with an error row); ids in `no_signature` get an article page without signature, ids in `redirects`
    a 302 elsewhere (as to a consent page); others are 404."""

    def __init__(self, articles: dict[str, str | None], no_signature: set[str] | frozenset[str] = frozenset(),
                 feed_ids: list[str] | None = None, redirects: dict[str, str] | None = None):
        self.articles = articles
        self.no_signature = set(no_signature)
        self.redirects = dict(redirects or {})  # id -> where the article page sends the client (consent page)
        self.feed_ids = feed_ids if feed_ids is not None else [*articles, *no_signature]
        self.requests: list[str] = []
        self.agents: set[str] = set()  # User-Agent headers received
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002
                return

            def _send(self, code: int, body: str, ctype: str) -> None:
                data = body.encode("utf-8")
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # noqa: N802
                fake.requests.append(f"GET {self.path}")
                fake.agents.add(self.headers.get("User-Agent") or "")
                parts = urlsplit(self.path)
                if parts.path == "/robots.txt":
                    return self._send(200, "User-agent: *\nDisallow: /search\nAllow: /rss/\nAllow: /_/\n", "text/plain")
                if parts.path == "/rss/search":
                    return self._send(200, fake.feed(), "application/xml; charset=utf-8")
                if parts.path.startswith("/rss/articles/"):
                    gid = parts.path.rsplit("/", 1)[1]
                    hl = parse_qs(parts.query).get("hl", ["en-US"])[0]
                    if gid in fake.redirects:
                        self.send_response(302)
                        self.send_header("Location", fake.redirects[gid])
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return None
                    if gid in fake.no_signature:
                        return self._send(200, PAGE_WITHOUT_SIGNATURE, "text/html; charset=utf-8")
                    if gid in fake.articles:
                        page = ARTICLE_PAGE.format(id=gid, sg=signature(gid), ts=TIMESTAMP, hl=hl)
                        return self._send(200, page, "text/html; charset=utf-8")
                return self._send(404, "<html><body>Not found</body></html>", "text/html")

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                fake.requests.append(f"POST {self.path}")
                fake.agents.add(self.headers.get("User-Agent") or "")
                if urlsplit(self.path).path != "/_/DotsSplashUi/data/batchexecute":
                    return self._send(404, "not found", "text/plain")
                try:
                    (rpc, inner, _, _), = json.loads(parse_qs(body)["f.req"][0])[0]
                    kind, _context, gid, ts, sg = json.loads(inner)
                except (KeyError, ValueError, TypeError):
                    return self._send(400, "bad request", "text/plain")
                url = fake.articles.get(gid)
                if rpc == "Fbv4je" and kind == "garturlreq" and ts == TIMESTAMP and sg == signature(gid) and url:
                    payload = json.dumps(["garturlres", url, 1])
                    rows = [["wrb.fr", "Fbv4je", payload, None, None, None, "generic"], ["di", 14],
                            ["af.httprm", 13, "-4127468823465178935", 2]]
                else:
                    rows = [["wrb.fr", "Fbv4je", None, None, None, [3], "generic"], ["di", 9]]
                return self._send(200, batch_answer(rows), "application/json; charset=utf-8")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def feed(self) -> str:
        items = "".join(
            f"<item><title>Seizure story {i} - Publisher</title>"
            f"<link>https://news.google.com/rss/articles/{gid}?oc=5</link>"
            f"<guid isPermaLink=\"false\">{gid}</guid><pubDate>Mon, 1{i} Mar 2025 08:00:00 GMT</pubDate>"
            f"<source url=\"https://publisher.example\">Publisher</source></item>"
            for i, gid in enumerate(self.feed_ids)
        )
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><rss version=\"2.0\" "
                "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><generator>NFE/5.0</generator>"
                "<title>\"cocaine port\" - Google News</title><link>https://news.google.com/search?q=cocaine</link>"
                f"<language>en-GB</language>{items}</channel></rss>")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
