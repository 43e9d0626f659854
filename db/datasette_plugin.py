"""A tiny Datasette plugin shipped with portwatch: fast read connections for facet pages, bounded
custom SQL, and one log line (not a 200-line traceback) for every query Datasette rejects.

Datasette opens its own SQLite connections; memory-mapped I/O and a larger page cache let facet
counts over 150,000 facts read the file through the OS page cache instead of 4 KiB reads.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from datasette import hookimpl

MMAP_BYTES = 1 << 30  # address space only; pages come from the OS cache as they are read
CACHE_KIB = 64 * 1024
# No string or blob a query makes may be larger than this (SQLITE_LIMIT_LENGTH): above every value
# portwatch stores (downloads are capped at 10 MB), far below `select randomblob(200000000)`.
MAX_VALUE_BYTES = 24 * 1024 * 1024

log = logging.getLogger("portwatch.serve")


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Tune every connection Datasette opens on a portwatch database, and bound its values."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts of search results stay in memory
    if hasattr(conn, "setlimit"):  # Python 3.11+
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def register_facet_classes() -> list[type]:
    """Datasette's facet classes, the column facet summed from facet_counts when it can be (db.facets);
    make_datasette unregisters Datasette's own `datasette.facets` so each facet is counted once."""
    from db.facets import facet_classes

    return facet_classes()


def quiet_rejections() -> None:
    """Datasette's default exception handler prints a rich traceback with every local variable for
    each rejected query (too slow, invalid, not found): 200 lines a request in the server log. It
    prints them only when `rich` is importable, so portwatch's server hides it from that module;
    real server errors (500) still get their plain traceback from the same handler."""
    import datasette.handle_exception as default_handler

    default_handler.rich = None


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: BaseException) -> None:
    """One log line per rejected request; Datasette's default handler renders the error page."""
    status = getattr(exception, "status", 500)
    if isinstance(status, int) and status < 500:
        message = getattr(exception, "message", None) or (exception.args[0] if exception.args else exception)
        log.warning("rejected %s (HTTP %s): %s", request.path, status, " ".join(str(message).split())[:200])


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """The server's CSV (`.csv` pages, `_format=csv`) is formula-safe like `portwatch export`."""
    from db.csvsafe import safe_csv_record

    def wrap(app: Any) -> Any:
        async def csv_safe(scope: dict[str, Any], receive: Any, send: Any) -> None:
            query = scope.get("query_string") or b""
            if scope.get("type") != "http" or not (str(scope.get("path", "")).endswith(".csv")
                                                    or b"_format=csv" in query):
                await app(scope, receive, send)
                return
            state = {"csv": False}

            async def send_safe(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    headers = [(k, v) for k, v in message.get("headers") or [] if k.lower() != b"content-length"]
                    ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                    state["csv"] = ctype.startswith((b"text/plain", b"text/csv"))
                    message = {**message, "headers": headers}
                elif message["type"] == "http.response.body" and state["csv"] and message.get("body"):
                    message = {**message, "body": safe_csv_record(message["body"])}
                await send(message)

            await app(scope, receive, send_safe)

        return csv_safe

    return wrap
