"""Datasette over a real portwatch database: facets, search, canned queries, CSV, Atom, read-only (#5)."""

from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest

import db
from db.publish import make_datasette, metadata

pytestmark = pytest.mark.issue(5)

@pytest.fixture(scope="module")
def served(analyst_db):
    return analyst_db, make_datasette(analyst_db)


def get(ds, url):
    return asyncio.run(ds.client.get(url))


def test_default_facets_and_newest_first(served):
    _, ds = served
    data = get(ds, "/portwatch/facts.json?_shape=objects").json()
    assert set(data["facet_results"]) >= {"drug", "port", "country", "kind", "year"}
    drugs = {f["value"]: f["count"] for f in data["facet_results"]["drug"]["results"]}
    assert drugs == {"cocaine": 4, "cannabis": 1}
    published = [r["published"] for r in data["rows"]]
    assert published == sorted(published, reverse=True)


def test_full_text_search_on_articles_and_facts(served):
    _, ds = served
    rows = get(ds, "/portwatch/articles.json?_search=hashish&_shape=objects").json()["rows"]
    assert [r["url"] for r in rows] == ["https://news.example/4"]
    rows = get(ds, "/portwatch/facts.json?_search=Rotterdam&_shape=objects").json()["rows"]
    assert {r["quantity_kg"] for r in rows} == {2500.0}  # the evidence sentence names the port
    rows = get(ds, "/portwatch/facts.json?_search=ports&_shape=objects").json()["rows"]
    assert {r["quantity_kg"] for r in rows} == {50000.0}


def test_canned_queries_count_events_not_reports(served):
    _, ds = served
    rows = get(ds, "/portwatch/largest_seizures.json?_shape=objects").json()["rows"]
    felixstowe = [r for r in rows if r["port"] == "Felixstowe"]
    assert len(felixstowe) == 1 and felixstowe[0]["n_articles"] == 2  # two reports, one seizure
    by_port = {(r["port"], r["year"]): r["tonnes"] for r in get(ds, "/portwatch/tonnes_by_port_year.json?_shape=objects").json()["rows"]}
    assert by_port[("Felixstowe", 2025)] == 0.93
    for name in metadata()["databases"]["portwatch"]["queries"]:
        resp = get(ds, f"/portwatch/{name}.json?drug=&min_kg=&country=&eu=")
        assert resp.status_code == 200, name


def test_csv_export_of_facts_and_queries(served):
    _, ds = served
    text = get(ds, "/portwatch/facts.csv?_size=max").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 5 and {"drug", "quantity_kg", "evidence", "url"} <= set(rows[0])
    assert get(ds, "/portwatch/tonnes_by_drug_year.csv").status_code == 200


def test_atom_feed_filters_by_drug_and_size(served):
    _, ds = served
    resp = get(ds, "/portwatch/new_seizures_feed.atom?drug=cocaine&min_kg=1000&country=&eu=")
    assert resp.status_code == 200 and "<feed" in resp.text
    assert resp.text.count("<entry>") == 1 and "2500" in resp.text
    everything = get(ds, "/portwatch/new_seizures_feed.atom?drug=&min_kg=&country=&eu=")
    assert everything.text.count("<entry>") == 4  # primary single seizures only
    eu = get(ds, "/portwatch/new_seizures_feed.atom?drug=cocaine&min_kg=500&country=&eu=1")
    assert eu.text.count("<entry>") == 1  # Rotterdam; Felixstowe is not in the EU
    gb = get(ds, "/portwatch/new_seizures_feed.atom?drug=&min_kg=&country=gb&eu=")
    assert gb.text.count("<entry>") == 2


def test_served_read_only(served):
    _, ds = served
    resp = get(ds, "/portwatch.json?sql=" + "delete from facts")
    assert resp.status_code == 400
    assert json.loads(resp.text)["ok"] is False


def test_every_table_and_column_is_described(served):
    path, _ = served
    conn = db.open_db(path)
    tables = metadata()["databases"]["portwatch"]["tables"]
    for table in ("facts", "events", "articles", "sources", "runs", "source_runs"):
        assert tables[table].get("description") or tables[table].get("hidden"), table
    for table in tables:
        described = set(tables[table].get("columns", {}))
        assert {c.name for c in conn[table].columns} <= described, table
    # every table a migration makes is in the metadata (bookkeeping and full-text shadow tables aside)
    made = {t for t in conn.table_names()
            if t not in ("_sqlite_migrations", "sqlite_sequence") and "_fts" not in t}
    assert made - set(tables) == set()
