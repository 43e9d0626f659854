"""A local replay web server: serves a folder on 127.0.0.1, writing its own address where files say {base}.

Used by `portwatch demo`, the tests and the benchmarks; `python -m portwatch.replay DIR` prints its URL.
Special paths exercise failure handling: /slow/MS/..., /status/NNN, /huge.bin, /truncated.html, /loop;
/__requests lists the requests received (?clear empties the list).
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


class ReplayHandler(BaseHTTPRequestHandler):
    """GET/HEAD from the folder with ETag and Last-Modified, honouring conditional requests."""

    protocol_version = "HTTP/1.1"  # keep-alive, as real sites serve; every response sets Content-Length
    root: Path
    base: str
    routes: dict[str, str] = {}
    log_requests: list[str]
    started = formatdate(time.time() - 3600, usegmt=True)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        return

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:  # noqa: N802
        path = urlsplit(self.path).path
        if path == "/__requests":  # for tests: what the crawler asked for
            body = "\n".join(self.log_requests).encode()
            if "clear" in self.path:
                self.log_requests.clear()
            return self._send(200, body, "text/plain")
        self.log_requests.append(f"{time.time():.3f} {self.command} {self.path} {self.headers.get('If-None-Match') or ''}")
        if path.startswith("/slow/"):
            _, _, ms, rest = path.split("/", 3)
            time.sleep(int(ms) / 1000)
            path = "/" + rest
        if path.startswith("/status/"):
            code = int(path.split("/")[2] or 500)
            return self._send(code, b"status page\n", "text/plain")
        if path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/huge.bin":
            size = 50 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<p>x</p>" * 8192
            try:
                sent = 0
                while sent < size and not head:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/truncated.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>Cut short")
            self.wfile.flush()
            self.close_connection = True
            return None
        if path in self.routes:  # a corpus' sites.json: URL path -> file in the folder
            target = (self.root / self.routes[path]).resolve()
        else:
            target = (self.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not str(target).startswith(str(self.root.resolve())) or not target.is_file():
            return self._send(404, b"not found\n", "text/plain")
        body = target.read_bytes()
        if target.suffix == ".gz":
            body = gzip.compress(_fill(gzip.decompress(body), self.base), mtime=0)
        else:
            body = _fill(body, self.base)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix in (".xml", ".rss", ".atom"):
            ctype = "application/xml"
        if target.name.endswith(".latin1.html"):
            ctype = "text/html; charset=iso-8859-1"
        elif ctype.startswith("text/"):
            ctype += "; charset=utf-8"
        return self._send(200, body, ctype, etag=etag, head=head)

    def _send(self, code: int, body: bytes, ctype: str, etag: str | None = None, head: bool = False) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", self.started)
        self.end_headers()
        if not head:
            self.wfile.write(body)


def _fill(body: bytes, base: str) -> bytes:
    """Write the server's own address where a file says {base} (or http://HOST, as the shared corpus does)."""
    return body.replace(b"{base}", base.encode()).replace(b"http://HOST", base.encode())


class ReplayServer:
    """A threaded server on 127.0.0.1:port (0 = any free port) serving `root`."""

    def __init__(self, root: str | Path, port: int = 0, routes: dict[str, str] | None = None):
        handler = type("Handler", (ReplayHandler,), {"root": Path(root), "base": "", "log_requests": [],
                                                     "routes": dict(routes or {})})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.handler = handler
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        handler.base = self.url
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def requests(self) -> list[str]:
        """Request lines received so far."""
        return self.handler.log_requests

    def __enter__(self) -> ReplayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def routes_from_sites(path: str | Path) -> dict[str, str]:
    """URL path -> file from a corpus' sites.json ({id: {"path", "file"}})."""
    import json

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {v["path"]: v["file"] for v in data.values()}


def main() -> None:
    """Serve a folder until killed; the first line printed is the base URL.

    python -m portwatch.replay DIR [--sites DIR/sites.json]
    """
    import argparse

    ap = argparse.ArgumentParser(description="Serve a folder on 127.0.0.1 (a replay site for crawls)")
    ap.add_argument("root", nargs="?", default=".")
    ap.add_argument("--sites", help="a sites.json mapping URL paths to files")
    args = ap.parse_args()
    server = ReplayServer(args.root, routes=routes_from_sites(args.sites) if args.sites else None)
    print(server.url, flush=True)
    server.httpd.serve_forever()


if __name__ == "__main__":
    main()
