"""Round 7 (#9), Spanish and Portuguese press: constructions met in real articles outside ../shared, written here
in our own sentences (none is copied from an article; names and figures are invented). Each case: publication
date, text, and the facts the contract expects, by the fields the case is about. Real spaCy pipelines, no mocks."""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

CASES = [
    # --- a total over several operations, told with the Latin-American 'operativos', with 'diferentes acciones'
    #     (no count) or as 'the earlier actions' ('nas ações anteriores') ---
    ("operativos-count-es", "2025-03-04",
     "En dos operativos efectuados en el puerto de Buenaventura, la Armada decomisó más de 45 kilos de cocaína.",
     [dict(drug="cocaine", kg=45, kind=A)]),
    ("diferentes-acciones-es", "2025-03-04",
     "La Policía Nacional halló 400 kilos de cocaína en un contenedor en el puerto de Guayaquil. Esta semana los "
     "agentes también decomisaron 1,5 toneladas de droga en diferentes acciones en la provincia.",
     [dict(drug="cocaine", kg=400, kind=E), dict(drug="other", kg=1500, kind=A)]),
    ("acoes-anteriores-pt", "2025-03-04",
     "A Receita Federal apreendeu 320 kg de cocaína no Porto de Itajaí nesta terça-feira. Nas ações anteriores, os "
     "auditores tinham retido mais de 900 kg da droga.",
     [dict(drug="cocaine", kg=320, kind=E), dict(drug="cocaine", kg=900, kind=A)]),
    ("diversas-acoes-pt", "2025-03-04",
     "Em diversas ações no Porto de Paranaguá, a Receita Federal reteve 700 kg de cocaína.",
     [dict(drug="cocaine", kg=700, kind=A)]),
    # not where it should not: one operation, however many units or controls took part in it
    ("un-operativo-es", "2025-03-04",
     "Agentes de varias unidades realizaron un operativo en el puerto de Manta y hallaron 300 kilos de cocaína.",
     [dict(drug="cocaine", kg=300, kind=E)]),
    ("acciones-de-control-es", "2025-03-04",
     "Durante acciones de control en el puerto de Manta, la Policía halló 80 kilos de cocaína en un contenedor.",
     [dict(drug="cocaine", kg=80, kind=E)]),
    ("uma-acao-pt", "2025-03-04",
     "Em uma ação no Porto de Santos, a Polícia Federal apreendeu 210 kg de cocaína.",
     [dict(drug="cocaine", kg=210, kind=E)]),
    # --- a port city that is only the seat of a unit or office: 'Estación de Guardacostas de Cartagena',
    #     'Fiscalía de Drogas de Colón', 'Capitanía de Puerto de Buenaventura' place no find ---
    ("guardacostas-seat-es", "2025-03-04",
     "Tripulantes de la Estación de Guardacostas de Cartagena inspeccionaron una motonave que navegaba hacia "
     "Centroamérica y hallaron 300 kilos de cocaína en un contenedor.",
     [dict(drug="cocaine", kg=300, kind=E, port=None)]),
    ("fiscalia-seat-es", "2025-03-04",
     "La Fiscalía de Drogas de Colón, junto con el SENAN, decomisó 1.200 paquetes de droga en un puerto de la costa "
     "atlántica del país.",
     [dict(drug="other", kg=None, units=1200, kind=E, port=None)]),
    ("capitania-seat-es", "2025-03-04",
     "Buzos de la Armada, en coordinación con la Capitanía de Puerto de Buenaventura, hallaron 40 kilos de cocaína "
     "adheridos al casco de un granelero que navegaba frente a Bahía Solano.",
     [dict(drug="cocaine", kg=40, kind=E, port=None)]),
    # not where it should not: the same unit finding drugs in its own port, named as the place of the find
    ("guardacostas-seat-port-named", "2025-03-04",
     "La Estación de Guardacostas de Cartagena halló 300 kilos de cocaína en un contenedor en el puerto de Cartagena.",
     [dict(drug="cocaine", kg=300, kind=E, port="Cartagena")]),
    ("fiscalia-port-named", "2025-03-04",
     "La Fiscalía de Drogas informó del decomiso de 500 kilos de cocaína en un contenedor en el puerto de Colón.",
     [dict(drug="cocaine", kg=500, kind=E, port="Colon")]),
    # --- Brazilian releases: 'os procedimentos de polícia judiciária da União' names the Federal Police's legal
    #     function, not Portugal's Polícia Judiciária ---
    ("policia-judiciaria-function-pt", "2025-03-04",
     "A Receita Federal apreendeu 430 kg de cocaína em um contêiner de café no Porto de Santos nesta quarta-feira. "
     "A Polícia Federal foi acionada e conduziu os procedimentos de polícia judiciária da União.",
     [dict(drug="cocaine", kg=430, kind=E, agencies=["Brazilian Federal Revenue", "Brazilian Federal Police"])]),
    # not where it should not: Portugal's Polícia Judiciária, named as a body
    ("policia-judiciaria-body-pt", "2025-03-04",
     "A Polícia Judiciária apreendeu 300 quilos de cocaína num contentor no porto de Leixões.",
     [dict(drug="cocaine", kg=300, kind=E, agencies=["Portuguese Judicial Police"])]),
]


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES))
def test_round7_espt7_press(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize("text", [
    "en dos operativos efectuados en el puerto",
    "decomisaron 2 toneladas en diferentes acciones policiales",
    "en las operaciones anteriores se incautaron",
    "em diversas ações no porto",
    "nas ações anteriores, os auditores retiveram",
])
def test_several_operations_es_pt_fire(text):
    from nlp import cues
    assert cues.AGGREGATE.search(text)


@pytest.mark.parametrize("text", [
    "realizaron un operativo en el puerto",
    "durante acciones de control en el puerto",
    "em uma ação no porto de santos",
    "a operação anterior permitiu",
])
def test_several_operations_es_pt_quiet(text):
    from nlp import cues
    assert not cues.SEVERAL_OPERATIONS.search(text)
