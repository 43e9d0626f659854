"""A tiny Datasette plugin shipped with portwatch: fast read connections for facet pages.

Datasette opens its own SQLite connections; memory-mapped I/O and a larger page cache let facet
counts over 150,000 facts read the file through the OS page cache instead of 4 KiB reads.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

MMAP_BYTES = 1 << 30  # address space only; pages come from the OS cache as they are read
CACHE_KIB = 64 * 1024


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Tune every connection Datasette opens on a portwatch database."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts of search results stay in memory
