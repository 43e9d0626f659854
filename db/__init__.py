"""The one place that writes SQL: open the portwatch database with its schema applied.

Nothing here knows about Scrapy or spaCy; callers pass plain dicts and dataclasses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from db.migrations import migrations

BUSY_TIMEOUT_MS = 30_000


class DatabaseLocked(RuntimeError):
    """Another process holds a write lock on the database for longer than the busy timeout."""


def open_db(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` in WAL mode with migrations applied."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    database = sqlite_utils.Database(conn)
    try:
        database.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if str(path) != ":memory:":
            database.enable_wal()
        database.execute("PRAGMA synchronous = NORMAL")
        database.execute("PRAGMA foreign_keys = ON")
        if migrate:
            migrations.apply(database)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(f"database {path} is locked by another process: {exc}") from exc
        raise
    return database
