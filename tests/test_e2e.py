"""Issue #2's end-to-end path: a feed on 127.0.0.1 -> portwatch run -> SQLite -> Datasette finds article and fact."""

from __future__ import annotations

import asyncio
import json

import pytest

from tests.conftest import FIXTURES, run_portwatch

pytestmark = pytest.mark.issue(2)


def test_run_then_datasette_finds_article_and_fact(fixture_site, tmp_path, db_path):
    sources = fixture_site.sources_file(tmp_path, FIXTURES / "site" / "sources.yaml", only={"fixture-atom"})
    result = run_portwatch("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "new articles: 2" in result.stdout

    from db.publish import make_datasette

    ds = make_datasette(db_path)

    async def query():
        found = await ds.client.get("/portwatch/articles.json?_search=Antwerp&_shape=objects")
        facts = await ds.client.get("/portwatch/facts.json?_shape=objects&port=Antwerp")
        return found, facts

    found, facts = asyncio.run(query())
    assert found.status_code == 200
    titles = [r["title"] for r in found.json()["rows"]]
    assert titles == ["Port of Antwerp-Bruges: 2.5 tonnes of cocaine in scrap metal"]
    fact = facts.json()["rows"][0]
    assert (fact["drug"], fact["quantity_kg"], fact["locode"], fact["country"]) == ("cocaine", 2500.0, "BEANR", "BE")
    assert json.loads(fact["agencies"]) == ["Belgian Customs"]
    assert fact["url"].endswith("/news/article3.html")
    assert "2.5 tonnes of cocaine" in fact["evidence"]
    assert fact["event_id"]


def test_run_exit_code_says_some_sources_failed(fixture_site, tmp_path, db_path):
    sources = fixture_site.sources_file(tmp_path, FIXTURES / "site" / "sources.yaml",
                                        only={"fixture-rss1", "fixture-missing"})
    result = run_portwatch("run", "--db", db_path, "--sources", str(sources), "--allow-host", "127.0.0.1")
    assert result.returncode == 1
    assert "fixture-missing: HTTP 404" in result.stdout
    assert "run 1: partial" in result.stdout


def test_bad_catalogue_means_could_not_run(tmp_path, db_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - {name: x, kind: telegram, url: 'http://a.example/', language: en, country: GB, agency: A}\n")
    result = run_portwatch("run", "--db", db_path, "--sources", str(bad))
    assert result.returncode == 2
    assert "entry 1 (x): field 'kind'" in result.stderr
