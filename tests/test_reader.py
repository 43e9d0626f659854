"""The article reader on real and dev pages: body, boxes cut, date, declared language; read once (#10)."""

from __future__ import annotations

import gzip
import json
import re
import sys

import lxml.html
import pytest
from click.testing import CliRunner

from crawler.article import READER_VERSION, read_article, read_text
from tests.conftest import SHARED

DEV = SHARED / "corpus" / "dev"
BENCH = SHARED / "bench" / "article-extraction"
needs_dev = pytest.mark.skipif(not (DEV / "sites.json").exists(), reason="../shared/corpus/dev is not beside the checkout")
needs_bench = pytest.mark.skipif(not (BENCH / "ground-truth.json").exists(), reason="../shared/bench is not there")

# boxes in the dev pages that name other seizures or are chrome, by class
BOXES = ("relatedposts", "related-releases", "mostread", "most-viewed", "inline-related", "readalso", "newsletter",
         "share", "signoff", "publicidad")
BODIES = {  # each outlet's article container (dev corpus README)
    "customs": "//*[@id='press-release']//*[contains(@class,'release-body')]",
    "police": "//*[contains(@class,'field--name-body')]",
    "portcargo": "//*[contains(@class,'entry-content')]",
    "meridian": "//*[@itemprop='articleBody']",
    "cpa": "//*[contains(@class,'story-text')]",
    "gaceta": "//*[contains(@class,'cuerpo-nota')]",
    "scheldemond": "//*[contains(@class,'sc-article__content')]",
}


def _dev_pages():
    sites = json.loads((DEV / "sites.json").read_text(encoding="utf-8"))
    for pid, site in sites.items():
        yield pid, site, (DEV / site["file"]).read_text(encoding="utf-8")


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.issue(10)
@needs_dev
def test_dev_pages_keep_every_body_paragraph_and_cut_every_box():
    missed, leaked, pages = [], [], 0
    for pid, site, html in _dev_pages():
        tree = lxml.html.fromstring(html)
        text = _words(read_article(html, "http://HOST" + site["path"])["text"])
        pages += 1
        for box in tree.xpath("//*[@class]"):
            if any(name in box.get("class") for name in BOXES):
                for line in box.xpath(".//a | .//p | .//li"):
                    words = _words(line.text_content())
                    if len(words) > 25 and words in text:
                        leaked.append((pid, words[:60]))
        (body,) = tree.xpath(BODIES[site["outlet"]])[:1]
        for para in body.xpath(".//p[not(ancestor-or-self::*[contains(@class,'share') or contains(@class,'signoff') "
                               "or contains(@class,'related') or contains(@class,'readalso')])]"):
            words = _words(para.text_content())
            if len(words) >= 30 and words not in text:
                missed.append((pid, words[:60]))
    assert pages == 100
    assert not leaked, leaked[:5]
    assert not missed, missed[:5]


@pytest.mark.issue(10)
@needs_dev
def test_dev_pages_publication_date_and_declared_language():
    sys.path.insert(0, str(DEV))
    try:
        from check_corpus import published_date  # the corpus's own reading of each page's date
    finally:
        sys.path.remove(str(DEV))
    wrong = []
    for pid, site, html in _dev_pages():
        art = read_article(html, "http://HOST" + site["path"])
        if (art["published"] or "")[:10] != published_date(html).date().isoformat() or art["lang"] != site["lang"]:
            wrong.append((pid, art["published"], art["lang"]))
    assert not wrong


@pytest.mark.issue(10)
@needs_bench
def test_real_pages_benchmark_body_f1_and_no_empty_output():
    sys.path.insert(0, str(SHARED / "tools"))
    try:
        from score_reader import page_counts, summarise
    finally:
        sys.path.remove(str(SHARED / "tools"))
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    counts, empty = [], 0
    for key, page in truth.items():
        with gzip.open(BENCH / "html" / f"{key}.html.gz", "rb") as fh:
            text = read_text(fh.read().decode("utf-8", "replace"), page.get("url", ""))
        empty += not text.strip()
        counts.append(page_counts(page.get("articleBody", ""), text))
    precision, recall, f1 = summarise(counts)
    assert empty == 0
    assert f1 >= 0.965, (precision, recall, f1)


STORY = ("Customs officers seized 1,200 kg of cocaine at the port of Rotterdam on Monday, hidden in a container "
         "of bananas from Ecuador. ") * 3


@pytest.mark.issue(10)
def test_read_also_and_most_read_boxes_are_cut_and_headings_kept():
    # boxes of prose, not only links (trafilatura's link-density rule alone cuts link lists)
    html = (f"<html lang='en'><body><article><h1>Cocaine in bananas</h1><p>{STORY}</p>"
            "<div class='sc-readalso'><p>Read also: last month customs officers found 380 kilos of cocaine in a cargo "
            "of pineapples in Terneuzen, the largest find there this year.</p></div>"
            "<h2>Second find this year</h2><p>" + STORY.replace("1,200", "900") + "</p>"
            "<div class='most-read'><p>Most read: police seize 9 tonnes of cocaine in Hamburg harbour after a tip "
            "from Colombian investigators.</p></div></article></body></html>")
    text = read_article(html, "https://news.example/a")["text"]
    assert "1,200 kg" in text and "900 kg" in text and "Second find this year" in text
    assert "380 kilos" not in text and "9 tonnes" not in text


@pytest.mark.issue(10)
def test_publication_date_from_url_when_the_page_declares_none():
    html = f"<html><body><article><p>{STORY}</p></article></body></html>"
    art = read_article(html, "https://news.example/2024/03/18/cocaine-rotterdam.html")
    assert art["published"] == "2024-03-18"


@pytest.mark.issue(10)
def test_declared_language_is_kept_and_normalised():
    assert read_article(f"<html lang='pt-BR'><body><p>{STORY}</p></body></html>", "https://x/a")["lang"] == "pt"
    og = f"<html><head><meta property='og:locale' content='nl_BE'></head><body><p>{STORY}</p></body></html>"
    assert read_article(og, "https://x/a")["lang"] == "nl"
    jsonld = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "de"}</script>'
              f"</head><body><p>{STORY}</p></body></html>")
    assert read_article(jsonld, "https://x/a")["lang"] == "de"
    # no declaration on the page: the feed's language; none at all: left to the extractor's detector
    bare = f"<html><body><p>{STORY}</p></body></html>"
    assert read_article(bare, "https://x/a", {"lang": "es"})["lang"] == "es"
    assert read_article(bare, "https://x/a", {"lang": "Spanish"})["lang"] == "es"  # GDELT names languages
    assert read_article(bare, "https://x/a")["lang"] is None


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "lang"), [
    ("De douane heeft in de haven van Antwerpen ruim 2,5 ton cocaïne onderschept.", "nl"),
    ("A Receita Federal apreendeu 1.872 quilos de cocaína no Porto de Santos.", "pt"),
    ("La Guardia di Finanza ha sequestrato mezza tonnellata di cocaina nel porto di Genova.", "it"),
    ("Gümrük muhafaza ekipleri Mersin limanında 610 kilogram kokain ele geçirdi ve iki kişiyi gözaltına aldı.", "tr"),
    ("Таможенники изъяли 500 килограммов кокаина в порту Санкт-Петербурга, сообщила пресс-служба.", "ru"),
    ("", "und"),
    ("1,200 - 3.4", "und"),
])
def test_detect_answers_one_of_the_seven_or_another_language(text, lang):
    from nlp.lang import detect

    assert detect(text) == lang


@pytest.mark.issue(10)
def test_an_article_in_another_language_gets_its_language_and_no_facts(extractor):
    turkish = "Gümrük muhafaza ekipleri Mersin limanında 610 kilogram kokain ele geçirdi ve iki kişiyi gözaltına aldı."
    result = extractor.extract(turkish, published="2025-03-01")
    assert (result.lang, result.relevant, result.facts) == ("tr", False, [])
    # a declared language outside the seven is not replaced by a guess among them
    english = "Customs officers seized 1,200 kg of cocaine at the port of Rotterdam on Monday."
    assert extractor.extract(english, published="2025-03-01", lang="pl").facts == []
    # and a declared language among the seven is used as declared
    assert extractor.extract(english, published="2025-03-01", lang="en-GB").lang == "en"


def _store(path: str, url: str, html: str, article: dict) -> None:
    import db
    from db import writes

    conn = db.open_db(path)
    writes.save_article(conn, {"url": url, "final_url": url, "source_id": "t", "status": 200, "body": html.encode()},
                        {"canonical_url": url, **article})
    conn.close()


def _rows(path: str, sql: str) -> list[tuple]:
    import db

    conn = db.open_db(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.issue(10)
def test_extraction_uses_the_stored_text_and_rereads_only_for_a_new_reader(tmp_path):
    from portwatch.cli import cli

    path = str(tmp_path / "portwatch.db")
    page = (f"<html lang='en'><body><article><p>{STORY.replace('Rotterdam', 'Antwerp')}</p></article></body></html>")
    stored = read_article(page, "https://news.example/a")
    assert stored["reader_version"] == READER_VERSION and "Antwerp" in stored["text"]
    # read at crawl time by this reader: the stored text is what extraction reads (the page is not read again)
    _store(path, "https://news.example/a", page, {**stored, "text": stored["text"].replace("Antwerp", "Hamburg")})
    result = CliRunner().invoke(cli, ["extract", "--db", path])
    assert result.exit_code == 0, result.output
    assert _rows(path, "SELECT port FROM facts") == [("Hamburg",)]
    # a new reader version: the stored raw page is read again, and the new text is extracted again
    conn_sql = "UPDATE articles SET reader_version = 'reader-0'"
    import db

    conn = db.open_db(path)
    with conn.conn:
        conn.execute(conn_sql)
    conn.close()
    result = CliRunner().invoke(cli, ["extract", "--db", path])
    assert result.exit_code == 0, result.output
    assert _rows(path, "SELECT reader_version, lang FROM articles") == [(READER_VERSION, "en")]
    assert _rows(path, "SELECT port FROM facts") == [("Antwerp",)]


@pytest.mark.issue(10)
def test_a_stored_article_in_another_language_keeps_it_through_extraction(tmp_path):
    from portwatch.cli import cli

    path = str(tmp_path / "portwatch.db")
    page = ("<html lang='pl'><body><article><p>Funkcjonariusze Krajowej Administracji Skarbowej przejęli w porcie "
            "w Gdańsku 400 kilogramów kokainy ukrytej w kontenerze z krewetkami. " * 3 + "</p></article></body></html>")
    _store(path, "https://news.example/pl", page, read_article(page, "https://news.example/pl"))
    result = CliRunner().invoke(cli, ["extract", "--db", path])
    assert result.exit_code == 0, result.output
    assert _rows(path, "SELECT lang, relevant FROM articles") == [("pl", 0)]
    assert _rows(path, "SELECT count(*) FROM facts") == [(0,)]
    # Datasette shows it as such: the language facet and the canned query of other languages
    import asyncio

    from db.publish import make_datasette

    ds = make_datasette(path)
    facets = asyncio.run(ds.client.get("/portwatch/articles.json?_shape=objects")).json()["facet_results"]
    assert [(f["value"], f["count"]) for f in facets["lang"]["results"]] == [("pl", 1)]
    rows = asyncio.run(ds.client.get("/portwatch/other_languages.json?_shape=objects")).json()["rows"]
    assert [(r["lang"], r["articles"]) for r in rows] == [("pl", 1)]


def test_reader_text_has_blank_lines_between_paragraphs():
    html = f"<html><body><article><p>{STORY}</p><p>{STORY.replace('1,200', '700')}</p></article></body></html>"
    text = read_article(html, "https://x/a")["text"]
    assert re.search(r"Ecuador\.\n\nCustoms", text)


@pytest.mark.issue(10)
def test_the_crawl_reads_each_article_once_and_extraction_does_not_read_it_again(tmp_path):
    import db
    from portwatch.jobs import _refresh_readers
    from tests.conftest import FIXTURES, Site, run_portwatch

    site = Site(FIXTURES / "site")
    try:
        sources = site.sources_file(tmp_path, FIXTURES / "site" / "sources.yaml", only={"fixture-atom"})
        path = str(tmp_path / "portwatch.db")
        result = run_portwatch("crawl", "--db", path, "--sources", str(sources), "--allow-host", "127.0.0.1")
        assert result.returncode == 0, result.stderr[-2000:]
    finally:
        site.close()
    (version, lang, published, text), = _rows(path, "SELECT reader_version, lang, published, text FROM articles "
                                                    "WHERE canonical_url LIKE '%article3.html'")
    assert (version, lang, published) == (READER_VERSION, "en", "2025-03-08T09:00:00+00:00")
    assert "2.5 tonnes" in text and "9 tonnes" not in text
    conn = db.open_db(path)
    try:
        assert _refresh_readers(conn) == 0  # read at crawl time by this reader: nothing to read again
    finally:
        conn.close()
