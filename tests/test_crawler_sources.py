"""The source catalogue: the shipped one is valid; a malformed one names the entry and the field."""

from __future__ import annotations

import pytest

from crawler.sources import KINDS, SourceError, load_sources

pytestmark = pytest.mark.issue(3)


def test_shipped_catalogue_is_valid_and_covers_every_kind():
    sources = load_sources()
    assert len(sources) >= 50
    assert {s.kind for s in sources} == set(KINDS)
    langs = {s.language for s in sources if s.kind in ("gdelt", "google-news")}
    assert {"en", "es", "pt", "nl", "fr", "it", "de"} <= langs


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{kind: rss, url: 'https://a.example/f', language: en, country: GB, agency: A}", "entry 1: field 'name': is required"),
        ("{name: a, kind: telegram, url: 'https://a.example/f', language: en, country: GB, agency: A}", "entry 1 (a): field 'kind'"),
        ("{name: a, kind: rss, url: 'ftp://a.example/f', language: en, country: GB, agency: A}", "entry 1 (a): field 'url'"),
        ("{name: a, kind: rss, url: 'https://a.example/f', language: en, country: GB, agency: A, enabled: maybe}", "field 'enabled'"),
        ("{name: a, kind: rss, url: 'https://a.example/f', language: en, country: GB, agency: A, crawl_delay: -1}", "field 'crawl_delay'"),
        ("{name: a, kind: listing, url: 'https://a.example/f', language: en, country: GB, agency: A, article_pattern: '('}", "field 'article_pattern'"),
        ("{name: a, kind: rss, url: 'https://a.example/f', language: en, country: GB, agency: A, enabeld: true}", "field 'enabeld': unknown field"),
    ],
    ids=["no-name", "bad-kind", "bad-url", "bad-enabled", "bad-delay", "bad-regex", "typo"],
)
def test_malformed_entries_are_named(tmp_path, entry, message):
    path = tmp_path / "s.yaml"
    path.write_text(f"sources:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(SourceError, match=".*") as err:
        load_sources(path)
    assert message in str(err.value)


def test_broken_yaml_names_the_line(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("sources:\n  - name: a\n    kind: [rss\n", encoding="utf-8")
    with pytest.raises(SourceError, match="line"):
        load_sources(path)


def test_duplicate_names_are_refused(tmp_path):
    one = "{name: a, kind: rss, url: 'https://a.example/f', language: en, country: GB, agency: A}"
    path = tmp_path / "s.yaml"
    path.write_text(f"sources:\n  - {one}\n  - {one}\n", encoding="utf-8")
    with pytest.raises(SourceError, match="entry 2 \\(a\\): field 'name': duplicate"):
        load_sources(path)
