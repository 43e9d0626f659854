"""Fact assembly on short texts written for these tests (real spaCy pipelines, no mocks)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(4)


def only(result):
    assert len(result.facts) == 1, [f.as_dict() for f in result.facts]
    return result.facts[0]


def test_english_event_with_every_field(extractor):
    text = ("Border Force officers at the Port of Felixstowe found 93 kg (205 pounds) of cocaine hidden among boxes "
            "of frozen prawns on Monday, the Home Office said. The container had been shipped from Guayaquil in Ecuador.")
    r = extractor.extract(text, published="2025-03-12")
    f = only(r)
    assert r.lang == "en" and r.relevant
    assert (f.drug, f.quantity_kg, f.port, f.locode, f.country, f.date) == ("cocaine", 93, "Felixstowe", "GBFXT", "GB", "2025-03-10")
    assert f.agencies == ["UK Border Force"] and f.kind == "event" and f.primary
    assert f.evidence.startswith("Border Force officers") and f.end_char > f.start_char


@pytest.mark.parametrize(
    ("lang", "text", "drug", "kg", "port"),
    [
        ("es", "Agentes de la Guardia Civil han intervenido 1.600 kilos de cocaína en el puerto de Algeciras.", "cocaine", 1600, "Algeciras"),
        ("pt", "A Receita Federal apreendeu 1.872 quilos de cocaína no Porto de Santos.", "cocaine", 1872, "Santos"),
        ("nl", "De douane heeft in de haven van Antwerpen ruim 2,5 ton cocaïne onderschept.", "cocaine", 2500, "Antwerp"),
        ("fr", "La douane a saisi 1 037 kilos de résine de cannabis au port de Marseille.", "cannabis", 1037, "Marseille"),
        ("it", "La Guardia di Finanza ha sequestrato mezza tonnellata di cocaina nel porto di Genova.", "cocaine", 500, "Genoa"),
        ("de", "Der Zoll hat im Hafen von Hamburg mehr als zwei Tonnen Kokain sichergestellt.", "cocaine", 2000, "Hamburg"),
    ],
    ids=["es", "pt", "nl", "fr", "it", "de"],
)
def test_seven_languages(extractor, lang, text, drug, kg, port):
    r = extractor.extract(text, published="2025-07-01")
    f = only(r)
    assert r.lang == lang
    assert (f.drug, f.quantity_kg, f.port) == (drug, kg, port)


def test_at_sea_has_no_port_and_the_navy_country(extractor):
    text = ("The Spanish Navy intercepted a sailing boat carrying 3 tonnes of cocaine 300 nautical miles off the Canary "
            "Islands on Sunday.")
    f = only(extractor.extract(text, published="2025-11-04"))
    assert f.port is None and f.country == "ES"


def test_yearly_total_is_a_background_aggregate(extractor):
    text = ("Customs officers found 400 kg of cocaine at the port of Rotterdam on Tuesday. "
            "In 2024, customs seized 50 tonnes of cocaine at Dutch ports.")
    facts = extractor.extract(text, published="2025-05-08").facts
    assert [(f.quantity_kg, f.kind, f.primary) for f in facts] == [(400, "event", True), (50000, "aggregate", False)]
    assert facts[1].port is None and facts[1].date == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "The port handled 14 million tonnes of cargo last year, a record.",
        "Smugglers tried to bring 10 tonnes of cocaine into Europe through the port, prosecutors said.",
        "Under the new law adults may carry up to 25 grams of cannabis for personal use.",
        "Police seized 2.3 million euros in cash in the raid.",
        "The exercise used 20 fake packages of one kilo of flour made to look like cocaine.",
    ],
    ids=["cargo", "smuggled-not-seized", "legal-limit", "cash", "fake"],
)
def test_hard_negatives(extractor, text):
    r = extractor.extract(text, published="2025-05-08")
    assert r.facts == [] and not r.relevant
