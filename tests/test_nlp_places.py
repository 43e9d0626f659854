"""Ports, countries and agencies on short texts written for these tests (real spaCy pipelines, no mocks)."""

from __future__ import annotations

import pytest

from nlp.gazetteer import load
from nlp.pipeline import build

pytestmark = pytest.mark.issue(9)


def agencies_of(lang: str, text: str) -> list[str]:
    doc = build(lang)(text)
    return [s.label_ for s in doc.spans["agency"]]


def only(result):
    assert len(result.facts) == 1, [f.as_dict() for f in result.facts]
    return result.facts[0]


def test_every_listed_agency_is_shipped_with_its_role_and_country():
    gz = load()
    for name in ("Swiss Police", "Cape Verdean Coast Guard", "Sri Lanka Navy", "Senegalese Customs",
                 "Portuguese National Republican Guard", "Panamanian National Aeronaval Service", "Dutch Caribbean Coast Guard"):
        assert gz.agencies[name][0] == name and gz.agency_countries[name]
    assert gz.national["customs"]["SN"] == "Senegalese Customs"
    assert gz.national["navy"]["BR"] == "Brazilian Navy"
    # an authority agencies.csv does not list is named as the contract says
    assert gz.national["customs"]["TN"] == "Tunisian Customs"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "A Guarda Costeira cabo-verdiana apreendeu a droga.", ["Cape Verdean Coast Guard"]),
        ("pt", "A Polícia Judiciária (PJ) cabo-verdiana anunciou a apreensão. Segundo a PJ, o barco vinha do Brasil.",
         ["Cape Verdean Judicial Police", "Cape Verdean Judicial Police"]),
        ("pt", "A Polícia Judiciária apreendeu 100 quilos no porto de Leixões.", ["Portuguese Judicial Police"]),
        ("pt", "A Marinha do Brasil apreendeu a droga.", ["Brazilian Navy"]),
        ("es", "La Policía de Holanda decomisó la droga.", ["Dutch Police"]),
        ("fr", "La police suisse a saisi la drogue.", ["Swiss Police"]),
        ("de", "Die Schweizer Polizei hat das Kokain sichergestellt.", ["Swiss Police"]),
        ("it", "La guardia costiera greca ha sequestrato il carico.", ["Greek Coast Guard"]),
        ("en", "The Sri Lanka Navy and the Sri Lanka Coast Guard seized the boat.", ["Sri Lanka Navy", "Sri Lanka Coast Guard"]),
    ],
)
def test_role_and_nationality_name_the_authority(lang, text, expected):
    assert agencies_of(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said the drugs were found in a container."),  # unnamed police: nobody
        ("es", "La policía encontró la droga en un contenedor."),
        ("en", "Police in Spain found the drugs."),  # a place, not a nationality of the police
        ("fr", "Le directeur régional a expliqué à l'AFP que la drogue venait du Brésil."),  # the news agency
    ],
)
def test_no_authority_without_a_name(lang, text):
    assert agencies_of(lang, text) == []


def test_afp_is_the_police_when_australia_is_named():
    assert agencies_of("en", "The AFP said Australian officers seized the drugs.") == ["Australian Federal Police"]


def test_capitalised_role_word_inside_another_name_is_not_the_navy(extractor):
    doc = build("en")("CBP Air and Marine Operations helped at the Port of Philadelphia.")
    assert [s.label_ for s in doc.spans["customs"]] == []
    doc = build("en")("The navy seized the boat.")
    assert [s.label_ for s in doc.spans["customs"]] == ["navy"]


def test_generic_navy_takes_the_seizure_country(extractor):
    text = "A Marinha apreendeu 3 toneladas de cocaína no porto de Santos, no Brasil, na segunda-feira."
    f = only(extractor.extract(text, published="2024-05-08", lang="pt"))
    assert f.country == "BR" and f.agencies == ["Brazilian Navy"]
