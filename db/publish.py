"""Datasette over the portwatch database with the metadata shipped here: read-only, ready to serve."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def metadata() -> dict[str, Any]:
    """The Datasette metadata (titles, descriptions, facets, canned queries), keyed to the db's name."""
    text = resources.files("db").joinpath("metadata.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def metadata_for(db_path: str | Path) -> dict[str, Any]:
    """Metadata with the database section renamed to the file's stem (Datasette names dbs by stem)."""
    data = metadata()
    stem = Path(db_path).stem
    dbs = data.get("databases", {})
    if "portwatch" in dbs and stem != "portwatch":
        dbs[stem] = dbs.pop("portwatch")
    return data


def make_datasette(db_path: str | Path, *, allow_sql: bool = True) -> Any:
    """A Datasette instance over the database (as used by `portwatch serve` and the tests).

    `allow_sql=False` turns custom SQL off for a public server; canned queries, facets, search and
    the map stay. With it on, each query is bounded in time (sql_time_limit_ms) and in the size of
    any value it makes (datasette_plugin.MAX_VALUE_BYTES)."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from db import datasette_plugin

    if not pm.is_registered(datasette_plugin):
        pm.register(datasette_plugin, name="portwatch")
    datasette_plugin.quiet_rejections()
    if pm.get_plugin("datasette.facets") is not None:
        # portwatch's plugin gives the same facet classes, the column facet reading facet_counts
        pm.unregister(name="datasette.facets")

    static = str(resources.files("db").joinpath("static"))
    return Datasette(
        [str(db_path)],
        metadata={**metadata_for(db_path), **({} if allow_sql else {"allow_sql": False})},
        static_mounts=[("portwatch-static", static)],
        settings={
            "sql_time_limit_ms": 3000,
            "facet_time_limit_ms": 500,
            "default_page_size": 20,  # 20 rows x 28 columns render in a third of the time of 50
            "allow_download": False,
            # suggesting facets runs a query per column on every table page: seconds on 150,000 facts
            "suggest_facets": False,
            "truncate_cells_html": 300,
        },
    )
