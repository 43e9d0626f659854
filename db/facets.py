"""Datasette facets for portwatch: column facets summed from the facet_counts summary table.

Datasette 0.65 runs one `select col, count(*) ... group by col` per facet, one after another, over
every matching row. facet_counts (migration m007, kept current by triggers) holds one row per
combination of the faceted columns' values, so when a page is filtered only by equality on those
columns its facets are summed from a few thousand rows. Any other page (full-text search, ranges,
other columns, `_next`) is counted live (a full-text search in one group-by over its summarised
facet columns rather than one query per facet), and those counts are kept in memory until the
database file changes, which it only does when a run or an extraction writes.
"""

from __future__ import annotations

import json
import os
from collections import OrderedDict
from typing import Any

from datasette.facets import ArrayFacet, ColumnFacet, DateFacet
from datasette.database import QueryInterrupted
from datasette.utils import detect_json1, escape_sqlite, path_with_added_args, path_with_removed_args

SUMMARISED = frozenset({"facts", "events", "articles"})
# request arguments that do not change which rows a table page's facets count
NEUTRAL_ARGS = frozenset({"_size", "_facet", "_facet_size", "_facet_date", "_facet_array", "_sort", "_sort_desc",
                          "_shape", "_labels", "_nolabels", "_col", "_nocol", "_json", "_nl", "_trace", "_nosuggest"})
LIVE_CACHE_ENTRIES = 512


def facet_classes() -> list[type]:
    """Datasette's own facet classes with the column facet replaced by SummaryColumnFacet."""
    return [SummaryColumnFacet, DateFacet, *([ArrayFacet] if detect_json1() else [])]


class SummaryColumnFacet(ColumnFacet):
    """Column facets read from facet_counts when the page's filters allow, counted live otherwise."""

    _cubes: dict[tuple[str, str], tuple[Any, list[tuple[dict[str, Any], int]]]] = {}
    _live: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
    _summed: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    async def facet_results(self):  # type: ignore[no-untyped-def]
        configs = self.get_configs()
        if not configs:
            return [], []
        stamp = self._stamp()
        summed = await self._from_summary(configs, stamp)
        if summed is not None:
            return summed, []
        key = (self.database, self.sql, json.dumps(self.params, sort_keys=True, default=str),
               json.dumps(configs, sort_keys=True), self.get_facet_size(), stamp)
        cached = self._live.get(key) if stamp is not None else None
        if cached is None:
            results, timed_out = await self._in_one_query(configs, stamp), []
            if results is None:
                results, timed_out = await super().facet_results()
            if timed_out or stamp is None:
                return results, timed_out
            cached = self._live[key] = [{k: v for k, v in r.items() if k != "results"} | {
                "values": [(v["value"], v["count"], v["label"]) for v in r["results"]]} for r in results]
            while len(self._live) > LIVE_CACHE_ENTRIES:
                self._live.popitem(last=False)
        else:
            self._live.move_to_end(key)
        # toggle URLs and selection depend on this request's query string: rebuilt every time
        return [self._facet_info(c["name"], c["values"], c["truncated"], c["hideable"]) for c in cached], []

    async def _in_one_query(self, configs: list[dict[str, Any]], stamp: Any) -> list[dict[str, Any]] | None:
        """Every column facet of a full-text search page from one group-by over the matching rows, when
        they are all columns of the summary (a handful of values each): the matches are looked up
        once instead of once per facet. Other filters are left to a query per facet, which covering
        indexes answer faster. None when this does not apply or takes too long."""
        if self.table not in SUMMARISED or len(configs) < 2 or not any(
                k.startswith("_search") and self.request.args.get(k) for k in self.request.args):
            return None
        if "facet_counts" not in await self.ds.databases[self.database].table_names():
            return None
        cube = await self._cube(stamp)
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        if not cube or not set(columns) <= cube[0][0].keys():
            return None
        distinct = list(dict.fromkeys(columns))
        cols = ", ".join(escape_sqlite(c) for c in distinct)
        try:
            rows = (await self.ds.execute(
                self.database, f"select {cols}, count(*) from ({self.sql}) group by {cols}", self.params,
                truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms") * len(distinct))).rows
        except QueryInterrupted:
            return None
        size = self.get_facet_size()
        out = []
        for config, column in zip(configs, columns, strict=True):
            i = distinct.index(column)
            counts: dict[Any, int] = {}
            for row in rows:
                if row[i] is not None:
                    counts[row[i]] = counts.get(row[i], 0) + row[-1]
            ranked = sorted(counts.items(), key=lambda vc: (-vc[1], _sqlite_order(vc[0])))[: size + 1]
            out.append(self._facet_info(column, ranked, len(ranked) > size, config["source"] != "metadata"))
        return out

    def _stamp(self) -> tuple[Any, ...] | None:
        """The database file (two files served under one name differ) and its state, which changes
        whenever it or its write-ahead log is written."""
        path = getattr(self.ds.databases.get(self.database), "path", None)
        if not path:
            return None
        out: list[Any] = [os.path.realpath(path)]
        for name in (path, f"{path}-wal"):
            try:
                st = os.stat(name)
            except OSError:
                out += [0, 0, 0]
                continue
            out += [st.st_ino, st.st_mtime_ns, st.st_size]
        return tuple(out)

    def _filters(self) -> dict[str, str] | None:
        """Column -> value when every filter of the request is an equality, else None."""
        filters: dict[str, str] = {}
        for key in self.request.args:
            values = self.request.args.getlist(key)
            if key.startswith("_"):
                if key not in NEUTRAL_ARGS:
                    return None
                continue
            column = key[: -len("__exact")] if key.endswith("__exact") else key
            if "__" in column or len(values) != 1 or column in filters:
                return None
            filters[column] = values[0]
        return filters

    async def _cube(self, stamp: Any) -> list[tuple[dict[str, Any], int]]:
        cache_key = (self.database, str(self.table))
        hit = self._cubes.get(cache_key)
        if hit and stamp is not None and hit[0] == stamp:
            return hit[1]
        rows = await self.ds.execute(self.database, "select key, n from facet_counts where tbl = ? and n > 0",
                                     [self.table])
        cube = [(json.loads(r[0]), r[1]) for r in rows.rows]
        self._cubes[cache_key] = (stamp, cube)
        return cube

    async def _from_summary(self, configs: list[dict[str, Any]], stamp: Any) -> list[dict[str, Any]] | None:
        if self.table not in SUMMARISED or self.row_count is None:
            return None
        filters = self._filters()
        if filters is None or "facet_counts" not in await self.ds.databases[self.database].table_names():
            return None
        cube = await self._cube(stamp)
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        known = cube[0][0].keys() if cube else set(filters) | set(columns)
        if not set(filters) <= known or not set(columns) <= known:
            return None
        size = self.get_facet_size()
        key = (self.database, self.table, stamp, tuple(sorted(filters.items())), tuple(columns), size)
        summed = self._summed.get(key) if stamp is not None else None
        if summed is None:
            matching = [(k, n) for k, n in cube if all(_equal(k[c], v) for c, v in filters.items())]
            total = sum(n for _, n in matching)
            ranked_by_column = []
            for column in dict.fromkeys(columns):
                counts: dict[Any, int] = {}
                for k, n in matching:
                    if k[column] is not None:
                        counts[k[column]] = counts.get(k[column], 0) + n
                ranked_by_column.append(
                    (column, sorted(counts.items(), key=lambda vc: (-vc[1], _sqlite_order(vc[0])))[: size + 1]))
            summed = (total, dict(ranked_by_column))
            if stamp is not None:
                self._summed[key] = summed
                while len(self._summed) > LIVE_CACHE_ENTRIES:
                    self._summed.popitem(last=False)
        total, ranked = summed
        if total != self.row_count:
            return None  # the summary disagrees with the table: count live, never show wrong numbers
        return [self._facet_info(column, ranked[column], len(ranked[column]) > size, config["source"] != "metadata")
                for config, column in zip(configs, columns, strict=True)]

    def _facet_info(self, column: str, values: list[tuple[Any, ...]], truncated: bool,
                    hideable: bool) -> dict[str, Any]:
        """The facet as ColumnFacet.facet_results describes it: (value, count[, label]) of each value."""
        qs_pairs = self.get_querystring_pairs()
        results = []
        for value, count, *label in values[: self.get_facet_size()]:
            column_qs = f"{column}__exact" if column.startswith("_") else column
            selected = (column_qs, str(value)) in qs_pairs
            if selected:
                toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                toggle_path = path_with_added_args(self.request, {column_qs: value})
            results.append({"value": value, "label": label[0] if label else value, "count": count,
                            "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                            "selected": selected})
        return {"name": column, "type": self.type, "hideable": hideable,
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                "results": results, "truncated": truncated}


def _equal(stored: Any, arg: str) -> bool:
    """`column = 'arg'` as SQLite compares it: numbers against numeric text, text exactly."""
    if stored is None:
        return False
    if isinstance(stored, int | float) and not isinstance(stored, bool):
        try:
            return float(arg) == stored
        except ValueError:
            return False
    return str(stored) == arg


def _sqlite_order(value: Any) -> tuple[int, Any]:
    """SQLite's order of values: numbers before text."""
    return (0, value) if isinstance(value, int | float) else (1, str(value))
