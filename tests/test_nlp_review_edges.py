"""Cue and pattern edges found in review (#9): a word list or a lookaround must not fire inside longer words."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.dates import find_dates

pytestmark = pytest.mark.issue(9)
REF = date(2025, 7, 1)


@pytest.mark.parametrize(
    "text",
    [
        "according to the Customs Annual Report 2024, officers seized 45 tonnes",
        "volgens het jaarrapport 2024 van de Douane",
        "selon le rapport 2024 de l'Ofast",
    ],
)
def test_a_year_after_a_word_ending_in_port_is_a_date(text):
    # 'Port 2000' (Le Havre's terminal) is no year; 'Report 2024', 'rapport 2024' are
    assert [d.value for d in find_dates(text, REF)] == ["2024"]


def test_a_year_that_names_a_terminal_is_still_no_date():
    assert find_dates("au terminal de Port 2000, au Havre", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Receita Federal, órgão do Ministério da Fazenda, apreendeu 2 toneladas de cocaína no Porto de Santos nesta "
        "segunda-feira.",
        "Auditores da Receita Federal e da Secretaria da Fazenda apreenderam 2 toneladas de cocaína no Porto de Santos "
        "nesta segunda-feira.",
        "Fiscais da Secretaria de Estado da Fazenda apreenderam 2 toneladas de cocaína no Porto de Santos nesta segunda-feira.",
    ],
)
def test_the_finance_ministry_is_no_farm(extractor, text):
    # 'fazenda~' (a farm: not at a port) also fired on Brazil's finance ministry and state tax offices
    facts = extractor.extract(text, published="2025-07-01", lang="pt").facts
    assert [f.port for f in facts] == ["Santos"]


def test_a_farm_is_still_not_at_the_port(extractor):
    text = "A Polícia Federal apreendeu 2 toneladas de maconha numa fazenda perto do Porto de Paranaguá nesta segunda-feira."
    facts = extractor.extract(text, published="2025-07-01", lang="pt").facts
    assert [f.port for f in facts] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Around 300 tonnes of cocaine flow into Europe every year, a new EU report finds.",
        "The study finds that about 300 tonnes of cocaine enters Europe every year through its ports.",
        "Around 300 tonnes of cocaine flow into Europe every year, a new EU report found.",
        "A study found that about 300 tonnes of cocaine flow into Europe every year through its ports.",
    ],
)
def test_what_a_report_finds_is_no_seizure(extractor, text):
    # the noun 'find' and 'found' are seizure words (f2af675); the verb of a report or a study, in either tense,
    # is not: the flow stays no fact
    assert extractor.extract(text, published="2025-07-01", lang="en").facts == []


def test_a_find_is_still_a_seizure_word():
    from nlp import cues

    for text in ("the largest single find of the year was", "customs officers find 2.9 tonnes of cocaine", "two finds"):
        assert cues.SEIZED.search(text), text


@pytest.mark.parametrize(
    ("lang", "text", "port"),
    [
        ("fr", "Les douaniers ont saisi 2 tonnes de cocaïne dans la zone industrielle portuaire du Havre mardi.", "Le Havre"),
        ("fr", "Les douaniers ont saisi 2 tonnes de cocaïne dans la zone d'activités portuaires du Havre mardi.", "Le Havre"),
        ("pt", "A Receita Federal apreendeu 2 toneladas de cocaína na zona industrial portuária de Suape nesta segunda-feira.",
         "Suape"),
        ("es", "La Guardia Civil incautó 2 toneladas de cocaína en la zona industrial portuaria de Algeciras el lunes.",
         "Algeciras"),
        ("it", "La Guardia di Finanza ha sequestrato 2 tonnellate di cocaina nella zona industriale portuale di Gioia Tauro "
         "lunedì.", "Gioia Tauro"),
    ],
)
def test_the_ports_own_industrial_zone_is_at_the_port(extractor, lang, text, port):
    # 'zone industrielle', 'zona industrial(e)' (1337068) are no port, but not the port's own zone ('portuaire')
    facts = extractor.extract(text, published="2025-07-01", lang=lang).facts
    assert [f.port for f in facts] == [port]


def test_an_industrial_zone_is_still_not_at_the_port(extractor):
    text = "Les douaniers ont saisi 2 tonnes de cocaïne dans un entrepôt de la zone industrielle près du port du Havre mardi."
    facts = extractor.extract(text, published="2025-07-01", lang="fr").facts
    assert [f.port for f in facts] == [None]


def test_found_is_still_a_seizure_word():
    from nlp import cues

    for text in ("customs officers found 2.9 tonnes of cocaine", "the drugs were found in a container", "found hidden"):
        assert cues.SEIZED.search(text), text
    for text in ("a new eu report found.", "the study found that", "reports found 300 tonnes flow in"):
        assert not cues.SEIZED.search(text), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "una incautación sin precedentes"),
        ("es", "un alijo sin precedente en el puerto"),
        ("pt", "uma apreensão sem precedentes"),
        ("pt", "uma apreensão sem precedente"),
        ("it", "un sequestro senza precedenti"),
    ],
)
def test_an_unprecedented_seizure_is_no_background(lang, text):
    from nlp import cues

    assert not cues.BACKGROUND.search(text), (lang, text)


@pytest.mark.parametrize("text", ["il precedente sequestro", "nei mesi precedenti", "el precedente decomiso"])
def test_a_previous_seizure_is_still_background(text):
    from nlp import cues

    assert cues.BACKGROUND.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "In de container, die vanuit Ecuador naar Rotterdam werd vervoerd, zat 500 kilo cocaïne.",
        "In de container, die per schip werd vervoerd, zaten 500 kilo cocaïne.",
        "In de vrachtwagen die de bananen vervoerde, lag 500 kilo cocaïne.",
    ],
)
def test_where_a_find_was_carried_is_no_smuggling_only(text):
    # 'vervoerd' in the relative clause that names the container; the main clause ('zat 500 kilo') tells the find
    from nlp import cues

    assert not cues.SMUGGLED_ONLY.search(text.lower()), text


@pytest.mark.parametrize(
    "text",
    [
        "Jaarlijks wordt zo'n 300 ton cocaïne via de haven vervoerd.",
        "De cocaïne werd vervoerd in containers met bananen, die naar Antwerpen gingen.",
    ],
)
def test_what_is_carried_is_still_smuggling_only(text):
    from nlp import cues

    assert cues.SMUGGLED_ONLY.search(text.lower()), text


@pytest.mark.parametrize(
    ("cue", "entry"),
    [("SMUGGLED_ONLY", "enviad~"), ("SMUGGLED_ONLY", "enviar~"), ("NOT_AT_PORT", "zona industrial(?!\\s+portu[aá])")],
)
def test_a_cue_shared_by_spanish_and_portuguese_is_listed_once(cue, entry):
    # nlp/cues.py merges every language's list into one regex a cue, whatever the text's language: an entry
    # that reads the same in Spanish and Portuguese needs no second copy (es.json holds it)
    from nlp import cues

    assert cues._LISTS[cue].count(entry) == 1
