"""The one place that writes SQL: open the portwatch database with its schema applied.

Nothing here knows about Scrapy or spaCy; callers pass plain dicts and dataclasses.

A file portwatch cannot use (not SQLite, truncated, read-only, locked by another writer past the
busy timeout, written by a newer portwatch) raises UnusableDatabase with a one-line reason before
anything is written to it: the file is left as it was.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import sqlite_utils

from db.migrations import migrations

# seconds a writer waits for another one; PORTWATCH_DB_TIMEOUT changes it
BUSY_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"


class UnusableDatabase(RuntimeError):
    """The database file cannot be used; the message says why in one line."""


class DatabaseLocked(UnusableDatabase):
    """Another process holds a write lock on the database for longer than the busy timeout."""


class DatabaseNewer(UnusableDatabase):
    """The database has migrations (schema changes) this portwatch does not know."""


_savepoints = itertools.count(1)

# Database files this process has open through open_db: (st_dev, st_ino) -> connections still open.
# SQLite locks a database with POSIX advisory locks, which belong to the process, not to the descriptor:
# closing ANY descriptor of the file (a plain open/read/close of its header) silently drops the locks of
# every SQLite connection of this process on it (https://www.sqlite.org/howtocorrupt.html, 2.2). Another
# process closing its reader then believes it is the last user, checkpoints and deletes the WAL, and this
# process goes on committing into the deleted WAL file: its writes are invisible to everyone else until
# it closes, or lost. check_file reads the header only of files no connection of this process holds.
_open_files: dict[tuple[int, int], int] = {}
_open_files_lock = threading.Lock()


def _file_key(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _forget(key: tuple[int, int]) -> None:
    with _open_files_lock:
        left = _open_files.get(key, 0) - 1
        if left > 0:
            _open_files[key] = left
        else:
            _open_files.pop(key, None)


class _Connection(sqlite3.Connection):
    """A connection that tells check_file, while it is open, that its file must not be opened and closed."""

    _release: weakref.finalize | None = None

    def hold(self, path: str | Path) -> None:
        key = _file_key(path)
        if key is None or self._release is not None:
            return
        with _open_files_lock:
            _open_files[key] = _open_files.get(key, 0) + 1
        self._release = weakref.finalize(self, _forget, key)  # closed, or dropped without close()

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._release is not None:
                self._release()


def held_open(path: str | Path) -> bool:
    """Whether a connection of this process made by open_db has the database file `path` open."""
    key = _file_key(path)
    with _open_files_lock:
        return key is not None and key in _open_files


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All the statements inside are applied together or not at all.

    Connections are opened in autocommit mode (isolation_level=None), where `with conn:` opens no
    transaction: every statement would be committed on its own and a crash could leave a write half
    done. This opens one (BEGIN IMMEDIATE: the write lock is taken up front, so a busy database waits
    the busy timeout here rather than failing halfway) and commits it, or rolls it back when anything
    inside raises. Inside an open transaction it nests as a SAVEPOINT, so a failing inner write is
    undone alone and the outer one decides. Do not use `with conn:` inside: it would commit early."""
    conn = db.conn
    if conn.in_transaction:
        name = f"portwatch_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:  # SQLite may already have rolled back (disk full, interrupted)
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        # a COMMIT that fails (a deferred constraint, a disk that filled up, busy readers) leaves
        # the transaction open: the next write would nest inside it as a savepoint and vanish
        # with it, so undo it here and let the caller see the error
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def busy_timeout_ms() -> int:
    """The busy timeout in milliseconds (PORTWATCH_DB_TIMEOUT in seconds overrides the default)."""
    value = os.environ.get("PORTWATCH_DB_TIMEOUT")
    try:
        return int(float(value) * 1000) if value else BUSY_TIMEOUT_MS
    except ValueError:
        return BUSY_TIMEOUT_MS


def check_file(path: str | Path, *, write: bool = True) -> None:
    """Raise UnusableDatabase when `path` is not a usable SQLite file; reads only the header."""
    p = Path(path)
    if p.is_dir():
        raise UnusableDatabase(f"database {path} is a directory, not a file")
    if not p.exists():
        parent = p.parent if str(p.parent) else Path(".")
        if write and parent.exists() and not os.access(parent, os.W_OK):
            raise UnusableDatabase(f"cannot create database {path}: directory {parent} is read-only")
        return
    # A file a connection of this process holds was checked when that connection opened it; reading its
    # header again through a descriptor of our own would release that connection's locks (see _open_files).
    if not held_open(p):
        _check_header(p, path)
    if write:
        for f in (p, p.parent if str(p.parent) else Path(".")):
            if not os.access(f, os.W_OK):
                raise UnusableDatabase(f"database {path} is read-only ({'file' if f == p else 'its directory'} "
                                       f"is not writable): portwatch needs to write to it")


def _check_header(p: Path, path: str | Path) -> None:
    """Raise UnusableDatabase when the file's first 100 bytes are not a SQLite header or say it is truncated."""
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise UnusableDatabase(f"cannot read database {path}: {exc.strerror or exc}") from exc
    if size == 0:
        pass  # an empty file is a new database to SQLite
    elif not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise UnusableDatabase(f"{path} is not a SQLite database (left as it is; pass another --db)")
    elif len(head) < 100:
        raise UnusableDatabase(f"database {path} is truncated ({size} bytes, less than its own header)")
    else:
        page_size = int.from_bytes(head[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(head[28:32], "big")
        # the page count in the header is valid when its "version-valid-for" matches the change counter
        if pages and head[24:28] == head[92:96] and size < pages * page_size:
            raise UnusableDatabase(f"database {path} is truncated: {size:,} bytes where its header says "
                                   f"{pages * page_size:,} (restore it from a backup)")


def open_db(path: str | Path, *, migrate: bool = True, write: bool | None = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` in WAL mode with migrations applied.

    `write=False` opens an existing database read-only (no migrations, no WAL switch); `write=None`
    (readers: export, serve, sources) writes when it can and reads a read-only file as it is."""
    memory = str(path) == ":memory:"
    if write is None:
        p = Path(path)
        write = memory or not p.exists() or (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK))
    if not memory:
        if write:
            check_file(path, write=True)
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        else:
            check_file(path, write=False)
    timeout = busy_timeout_ms()
    try:
        if write or memory:
            conn = sqlite3.connect(str(path), timeout=timeout / 1000, isolation_level=None, factory=_Connection)
        else:
            conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=timeout / 1000,
                                   isolation_level=None, factory=_Connection)
    except sqlite3.Error as exc:
        raise UnusableDatabase(f"cannot open database {path}: {exc}") from exc
    if not memory:
        conn.hold(path)
    database = sqlite_utils.Database(conn)
    try:
        database.execute(f"PRAGMA busy_timeout = {timeout}")
        _refuse_newer(database, path)
        if not write:
            return database
        if not memory:
            database.enable_wal()
        database.execute("PRAGMA synchronous = NORMAL")
        database.execute("PRAGMA foreign_keys = ON")
        if migrate:
            migrations.apply(database)
            _check_columns(database, path)
    except UnusableDatabase:
        conn.close()
        raise
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(f"database {path} is locked by another process for more than "
                                 f"{timeout / 1000:g} s: {exc}") from exc
        raise UnusableDatabase(f"cannot use database {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
        conn.close()
        raise UnusableDatabase(f"cannot use database {path}: {exc}") from exc
    return database


def _refuse_newer(database: sqlite_utils.Database, path: str | Path) -> None:
    """A database migrated by a newer portwatch is refused before anything is written to it."""
    table = migrations.migrations_table
    if not database[table].exists():
        return
    known = {m.name for m in migrations._migrations}  # noqa: SLF001 - sqlite-utils keeps the list there
    applied = [m.name for m in migrations.applied(database)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise DatabaseNewer(f"database {path} has schema changes this portwatch does not know "
                            f"({', '.join(unknown)}): it was written by a newer portwatch; upgrade portwatch")


@lru_cache(maxsize=1)
def expected_columns() -> dict[str, frozenset[str]]:
    """Every table's columns after all migrations, from a scratch in-memory database."""
    scratch = sqlite_utils.Database(memory=True)
    migrations.apply(scratch)
    out = {name: frozenset(scratch[name].columns_dict) for name in scratch.table_names()
           if not name.startswith(("_", "sqlite_")) and "_fts" not in name}
    scratch.close()
    return out


def _check_columns(database: sqlite_utils.Database, path: str | Path) -> None:
    """A table without a column the migrations made means a schema portwatch cannot use."""
    have = set(database.table_names())
    for table, columns in expected_columns().items():
        if table not in have:
            raise UnusableDatabase(f"database {path} lacks table {table!r}: its schema is not one this "
                                   f"portwatch made")
        missing = sorted(columns - set(database[table].columns_dict))
        if missing:
            raise UnusableDatabase(f"database {path}: table {table!r} lacks column(s) {', '.join(missing)}: "
                                   f"its schema is not one this portwatch made")
