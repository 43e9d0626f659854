"""Facet counts from the facet_counts summary (#13, item 3): kept exact by triggers through inserts,
updates and deletes, and served by Datasette without one count query per facet."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest
from datasette.tracer import capture_traces

import db
from db.publish import make_datasette

pytestmark = pytest.mark.issue(13)

FACETED = {"facts": ("drug", "port", "country", "kind", "year"), "events": ("drug", "port", "country", "year"),
           "articles": ("lang", "source_id", "relevant")}


def live_counts(path: str, table: str) -> dict[str, int]:
    cols = FACETED[table]
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"SELECT {', '.join(cols)}, count(*) FROM {table} GROUP BY {', '.join(cols)}").fetchall()
    return {json.dumps(dict(zip(cols, r[:-1], strict=True))): r[-1] for r in rows}


def summary_counts(path: str, table: str) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT key, n FROM facet_counts WHERE tbl = ?", [table]).fetchall()
    return {json.dumps(json.loads(k)): n for k, n in rows}


@pytest.fixture
def small_db(tmp_path):
    path = str(tmp_path / "portwatch.db")
    conn = db.open_db(path)
    articles = [{"id": f"a{i}", "url": f"https://x.example/{i}", "canonical_url": f"https://x.example/{i}",
                 "source_id": f"src{i % 3}", "lang": ["en", "es", "nl"][i % 3], "fetched_at": "2025-01-01",
                 "published": f"2025-01-{1 + i % 28:02d}", "title": f"t{i}", "text": "cocaine bananas" if i % 2 else "x",
                 "relevant": i % 2} for i in range(30)]
    conn["articles"].insert_all(articles)
    facts = [{"id": f"f{j}", "article_id": f"a{j % 30}", "seq": 0, "extractor_version": "t", "created": "2025",
              "drug": ["cocaine", "cocaine", "heroin", "cannabis"][j % 4], "port": [None, "Antwerp", "Rotterdam"][j % 3],
              "country": ["BE", "NL", "ES"][j % 3], "kind": "event" if j % 5 else "aggregate", "primary": 1,
              "year": 2024 + j % 2, "quantity_kg": float(j), "published": f"2025-01-{1 + j % 28:02d}",
              "evidence": "bananas" if j % 2 else "pineapples"} for j in range(60)]
    conn["facts"].insert_all(facts)
    conn.close()
    return path


def test_triggers_keep_counts_exact(small_db):
    assert summary_counts(small_db, "facts") == live_counts(small_db, "facts")
    conn = db.open_db(small_db)
    conn.execute("UPDATE facts SET port = 'Hamburg', year = 2023 WHERE id IN ('f1', 'f2', 'f7')")
    conn.execute("DELETE FROM facts WHERE drug = 'heroin'")
    conn.execute("UPDATE facts SET event_id = NULL")  # columns that are not faceted change nothing
    conn["facts"].insert({"id": "f1", "article_id": "a1", "seq": 1, "extractor_version": "t", "created": "2025",
                          "drug": "mdma", "kind": "event", "primary": 0}, replace=True)
    conn.execute("UPDATE articles SET lang = 'pt' WHERE id = 'a3'")
    conn.execute("DELETE FROM facts WHERE article_id = 'a29'")
    conn.execute("DELETE FROM articles WHERE id = 'a29'")
    conn.close()
    for table in ("facts", "articles"):
        assert summary_counts(small_db, table) == live_counts(small_db, table)
    # no row is left at zero
    with sqlite3.connect(small_db) as conn:
        assert conn.execute("SELECT count(*) FROM facet_counts WHERE n <= 0").fetchone() == (0,)


def get(ds, url):
    """The JSON of a page, with the SQL it ran under "_sql"."""
    async def fetch():
        traces: list[dict] = []
        with capture_traces(traces):
            resp = await ds.client.get(url)
        return resp, traces

    resp, traces = asyncio.run(fetch())
    assert resp.status_code == 200, (url, resp.text[:500])
    return {**resp.json(), "_sql": [t["sql"] for t in traces if "sql" in t]}


def facet_sql(data) -> list[str]:
    """The queries that counted facets over the page's rows (Datasette's one per facet, or portwatch's one)."""
    return [sql for sql in data["_sql"] if "count(*)" in sql and "from (" in sql]


@pytest.mark.parametrize("query, filters", [
    ("", {}),
    ("?drug=cocaine", {"drug": "cocaine"}),
    ("?port=Antwerp&year=2025", {"port": "Antwerp", "year": 2025}),
    ("?country__exact=ES&kind=event&_sort=quantity_kg", {"country": "ES", "kind": "event"}),
])
def test_facets_come_from_the_summary_and_match_live_counts(small_db, query, filters):
    ds = make_datasette(small_db)
    sep = "&" if query else "?"
    data = get(ds, f"/portwatch/facts.json{query}{sep}_facet=port")
    assert facet_sql(data) == []  # no per-facet count query ran
    with sqlite3.connect(small_db) as conn:
        where = " AND ".join(f"{c} = ?" for c in filters) or "1"
        for column in FACETED["facts"]:
            expected = conn.execute(
                f"SELECT {column}, count(*) FROM facts WHERE {where} AND {column} IS NOT NULL "
                f"GROUP BY {column} ORDER BY count(*) DESC, {column}", list(filters.values())).fetchall()
            got = [(v["value"], v["count"]) for v in data["facet_results"][column]["results"]]
            assert got == [tuple(r) for r in expected], column
    assert data["facet_results"]["port_2"]["results"] == data["facet_results"]["port"]["results"]
    assert not data["facet_results"]["drug"]["hideable"] and data["facet_results"]["port_2"]["hideable"]


def test_other_filters_are_counted_live_then_cached_until_the_data_changes(small_db):
    ds = make_datasette(small_db)
    url = "/portwatch/facts.json?_search=bananas&quantity_kg__gte=10"
    first = get(ds, url)
    assert len(facet_sql(first)) == 1  # full-text search and a range: one count over the matching rows
    with sqlite3.connect(small_db) as conn:
        for column in FACETED["facts"]:
            expected = conn.execute(
                f"SELECT {column}, count(*) FROM facts WHERE rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts "
                f"MATCH 'bananas') AND quantity_kg >= 10 AND {column} IS NOT NULL GROUP BY {column} "
                f"ORDER BY count(*) DESC, {column}").fetchall()
            got = [(v["value"], v["count"]) for v in first["facet_results"][column]["results"]]
            assert got == [tuple(r) for r in expected], column
    again = get(ds, url)
    assert facet_sql(again) == [] and again["facet_results"] == first["facet_results"]
    conn = db.open_db(small_db)
    conn.execute("DELETE FROM facts WHERE drug = 'cocaine' AND quantity_kg >= 10 AND evidence = 'bananas'")
    conn.close()
    changed = get(ds, url)
    assert len(facet_sql(changed)) == 1
    assert "cocaine" not in {v["value"] for v in changed["facet_results"]["drug"]["results"]}


def test_a_summary_that_disagrees_with_the_table_is_not_used(small_db):
    with sqlite3.connect(small_db) as conn:
        conn.execute("UPDATE facet_counts SET n = n + 5 WHERE tbl = 'facts' AND key LIKE '%heroin%'")
    data = get(make_datasette(small_db), "/portwatch/facts.json")
    assert len(facet_sql(data)) == 5  # counted live, one query per facet
    with sqlite3.connect(small_db) as conn:
        heroin = conn.execute("SELECT count(*) FROM facts WHERE drug = 'heroin'").fetchone()[0]
    assert {v["value"]: v["count"] for v in data["facet_results"]["drug"]["results"]}["heroin"] == heroin
