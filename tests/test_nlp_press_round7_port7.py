"""Issue #9, round 7 (helper fixport): where a find or a total is placed, in real articles kept outside the
repository; each cause was seen in at least two articles of different outlets. Every case is a paragraph written for
this test (other figures, places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

import pytest

from nlp import cues
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

CASES = [
    # --- a running count of finds at one port ('Esta é a terceira apreensão de cocaína no Porto de X em 2023', 'It was
    # the fourth seizure at the Port of X this year') and, in the next sentence, the port's total with no place of its
    # own ('Em 2022, 14 operações apreenderam 3 toneladas'): the total is the port's, the one the count is kept at
    ("pt-count-at-port-then-total", "2023-05-10",
     "A Receita Federal apreendeu 210 kg de cocaína num contêiner no Porto de Itajaí nesta terça-feira (9). "
     "Esta é a terceira apreensão de cocaína no Porto de Itajaí em 2023. "
     "Em 2022, 14 operações apreenderam mais de 3 toneladas da droga.",
     [dict(drug="cocaine", kg=210, kind="event", port="Itajai"),
      dict(drug="cocaine", kg=3000, kind="aggregate", port="Itajai")]),
    ("pt-nth-count-at-port-then-sum", "2024-08-10",
     "A Receita Federal apreendeu 95 kg de cocaína no Porto de Santos nesta quinta-feira (8). "
     "Essa é a 11ª apreensão de cocaína no Porto de Santos no ano de 2024. Ao todo, o órgão já reteve 2.140 kg da droga.",
     [dict(drug="cocaine", kg=95, kind="event", port="Santos"),
      dict(drug="cocaine", kg=2140, kind="aggregate", port="Santos")]),
    ("en-count-at-port-then-total", "2024-06-12",
     "Customs officers seized 95 kilograms of cocaine at the Port of Tauranga on Monday. "
     "It was the second seizure at the Port of Tauranga this year. "
     "Altogether, officers have intercepted 160 kilograms of the drug in 2024.",
     [dict(drug="cocaine", kg=95, kind="event", port="Tauranga"),
      dict(drug="cocaine", kg=160, kind="aggregate", port="Tauranga")]),
    ("es-count-at-port-then-total", "2024-06-12",
     "La Policía incautó 400 kilos de cocaína en el puerto de Buenaventura el martes. "
     "Es la quinta incautación en el puerto de Buenaventura este año. "
     "En total, los agentes han decomisado 2,3 toneladas de cocaína en 2024.",
     [dict(drug="cocaine", kg=400, kind="event", port="Buenaventura"),
      dict(drug="cocaine", kg=2300, kind="aggregate", port="Buenaventura")]),
    # must not fire: the total placed in a whole country; no count at the port before it; a count that names no port
    ("pt-count-at-port-then-national-total", "2023-05-10",
     "A Receita Federal apreendeu 210 kg de cocaína no Porto de Itajaí nesta terça-feira (9). "
     "Esta é a terceira apreensão de cocaína no Porto de Itajaí em 2023. "
     "No Brasil, a Receita apreendeu 30 toneladas de cocaína em 2022.",
     [dict(drug="cocaine", kg=210, kind="event", port="Itajai"),
      dict(drug="cocaine", kg=30000, kind="aggregate", port=None)]),
    ("en-no-count-before-the-total", "2024-06-12",
     "Customs officers seized 95 kilograms of cocaine at the Port of Tauranga on Monday. "
     "The drugs were hidden in a shipment of bananas. "
     "Last year, Customs seized 1.2 tonnes of cocaine.",
     [dict(drug="cocaine", kg=95, kind="event", port="Tauranga"),
      dict(drug="cocaine", kg=1200, kind="aggregate", port=None)]),
    ("en-count-without-a-port", "2024-06-12",
     "Customs officers seized 95 kilograms of cocaine at the Port of Tauranga on Monday. "
     "It was the agency's third seizure this year. "
     "Last year, Customs seized 1.2 tonnes of cocaine.",
     [dict(drug="cocaine", kg=95, kind="event", port="Tauranga"),
      dict(drug="cocaine", kg=1200, kind="aggregate", port=None)]),
    # --- 'one of the ports' is one port: 'en uno de los principales puertos de Ecuador', 'at one of Britain's busiest
    # ports' names no total over several ports, so the port the story names next is the find's
    ("es-one-of-the-ports-then-named", "2024-06-12",
     "Un cargamento de 250 kilos de cocaína fue decomisado esta semana en uno de los principales puertos de Colombia. "
     "La Policía realizó el operativo dentro de las instalaciones del puerto de Buenaventura.",
     [dict(drug="cocaine", kg=250, kind="event", port="Buenaventura")]),
    ("en-one-of-the-ports-then-named", "2024-06-12",
     "Officers seized 120 kilograms of cocaine at one of Ecuador's busiest ports on Tuesday. "
     "The container was searched at the port of Guayaquil before it was loaded.",
     [dict(drug="cocaine", kg=120, kind="event", port="Guayaquil")]),
    # must not fire: the ports of a whole country
    ("es-the-ports-of-a-country", "2024-06-12",
     "La Policía decomisó 500 kilos de cocaína en los puertos de Colombia en mayo. "
     "Una parte se halló en el puerto de Buenaventura.",
     [dict(drug="cocaine", kg=500, port=None)]),
    # --- Spanish tells where a load was going with 'hacia', 'iba a ser enviado al puerto de X', 'planeaba descargar el
    # alijo en X': that port is the destination, not the place of the find
    ("es-to-be-sent-to-a-port", "2024-06-12",
     "Agentes antinarcóticos hallaron 900 kilos de cocaína en un contenedor que iba a ser enviado al puerto de Valencia, "
     "durante una inspección en el puerto de Buenaventura.",
     [dict(drug="cocaine", kg=900, kind="event", port="Buenaventura")]),
    ("es-planned-to-unload-at-a-port", "2024-06-12",
     "La Policía incautó 1,5 toneladas de cocaína en un barco que planeaba descargar la droga en Puerto Quetzal. "
     "El hallazgo se produjo en el puerto de Buenaventura.",
     [dict(drug="cocaine", kg=1500, kind="event", port="Buenaventura")]),
    ("es-heading-towards-a-port", "2024-06-12",
     "Un cargamento de 600 kilos de cocaína que viajaba hacia el puerto mexicano de Veracruz fue hallado por la Policía "
     "en el puerto de Santa Marta.",
     [dict(drug="cocaine", kg=600, kind="event", port="Santa Marta")]),
    # must not fire: a load that arrived at the port of the find; 'hacia' telling the time
    ("es-arrived-at-the-port-of-the-find", "2024-06-12",
     "El contenedor llegó al puerto de Valencia, donde los agentes incautaron 300 kilos de cocaína.",
     [dict(drug="cocaine", kg=300, kind="event", port="Valencia")]),
    ("es-hacia-telling-the-time", "2024-06-12",
     "La Guardia Civil incautó hacia las tres de la tarde 250 kilos de cocaína en el puerto de Algeciras.",
     [dict(drug="cocaine", kg=250, kind="event", port="Algeciras")]),
]


@pytest.mark.parametrize("published, text, expected", case_params(CASES))
def test_round7_port7(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize("text, fires", [
    ("esta é a terceira apreensão de cocaína no porto", True),
    ("essa é a 14ª apreensão de cocaína", True),
    ("it was the fourth major seizure at the port", True),
    ("the 12th cocaine seizure at", True),
    ("es la quinta incautación en el puerto", True),
    ("el tercer decomiso en", True),
    ("c'est la troisième saisie au port", True),
    ("è il quarto sequestro nel porto", True),
    ("der dritte Kokainfund im Hafen", True),
    ("de vierde vangst in de haven", True),
    ("in the first half of the year", False),
    ("the first container was opened", False),
    ("a primeira vez que", False),
    ("le premier semestre", False),
])
def test_nth_seizure(text, fires):
    assert bool(cues.NTH_SEIZURE.search(text)) is fires


@pytest.mark.parametrize("text, fires", [
    ("en uno de los principales puertos marítimos de ecuador", False),
    ("at one of britain's busiest ports", False),
    ("em um dos terminais de santos", False),
    ("in einem der größten häfen europas", False),
    ("en los puertos de ecuador", True),
    ("at uk ports", True),
    ("in den häfen von hamburg und bremerhaven", True),
    ("one of the officers said the ports were busy", True),
])
def test_port_plural_one_of(text, fires):
    assert bool(cues.PORT_PLURAL.search(text)) is fires


@pytest.mark.parametrize("before, fires", [
    ("que iba a ser enviado al puerto de ", True),
    ("que planeaba descargar el alijo en ", True),
    ("la droga iba a ser descargada en ", True),
    ("transportadas hacia el puerto mexicano de ", True),
    ("el contenedor fue descargado en el puerto de ", False),
    ("el buque llegó al puerto de ", False),
    ("incautaron la droga en el puerto de ", False),
])
def test_dest_before_spanish(before, fires):
    assert bool(cues.DEST_BEFORE.search(before)) is fires
