"""Round 6 (#9), Spanish, Portuguese and Italian press: constructions met in real articles outside ../shared,
written here in our own sentences (none is copied from an article). Each case: publication date, text, and the
facts the contract expects, by the fields the case is about. Real spaCy pipelines, no mocks."""

from __future__ import annotations

import pytest

from nlp.wrap import unwrap
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"
GC, SVA = "Guardia Civil", "Spanish Customs Surveillance Service"
GDF, ADM = "Guardia di Finanza", "Italian Customs and Monopolies Agency"

CASES = [
    # --- the word for drugs tells the find first; the article names its one drug further on ---
    ("drug-word-first-es", "2025-06-10",
     "Más de 700 kilos de droga fueron incautados en una terminal del puerto de Manta. Los agentes de la Policía "
     "Nacional encontraron los ladrillos de cocaína ocultos entre cajas de atún.",
     [dict(drug="cocaine", kg=700, kind=E, port="Manta")]),
    ("drug-word-first-it", "2025-02-20",
     "Nel porto di Livorno sono stati rinvenuti 130 chili di stupefacente in un container di caffè. Secondo gli "
     "investigatori la cocaina sequestrata avrebbe fruttato 20 milioni di euro.",
     [dict(drug="cocaine", kg=130, kind=E, port="Livorno")]),
    ("drug-word-first-pt", "2025-04-02",
     "Cerca de 90 quilos de droga foram apreendidos no Porto de Itajaí. Os tabletes de cocaína estavam escondidos "
     "numa carga de frango congelado.",
     [dict(drug="cocaine", kg=90, kind=E, port="Itajai")]),
    # not where it should not: a period's total of 'droga' stays drugs in general, beside the find
    ("drug-word-period-total", "2025-06-10",
     "Los agentes hallaron 300 kilos de cocaína en un contenedor en el puerto de Manta. En lo que va de año se han "
     "incautado 9 toneladas de droga en los puertos del país.",
     [dict(drug="cocaine", kg=300, kind=E), dict(drug="other", kg=9000, kind=A)]),
    # nor for a later find told by the word for drugs: only the article's first find takes its one drug
    ("drug-word-later-find", "2025-06-10",
     "Los agentes hallaron 300 kilos de hachís en un camión en el puerto de Motril. En marzo, otros 200 kilos de droga "
     "fueron interceptados en el mismo puerto.",
     [dict(drug="cannabis", kg=300, kind=E), dict(drug="other", kg=200, kind=E)]),
    # nor in an article of two drugs: the word for drugs is the total of both
    ("drug-word-two-drugs", "2025-06-10",
     "La Guardia Civil ha intervenido 500 kilos de droga en el puerto de Valencia: 450 kilos de hachís y 50 kilos de "
     "cocaína ocultos en un camión.",
     [dict(drug="other", kg=500, kind=A), dict(drug="cannabis", kg=450, kind=E), dict(drug="cocaine", kg=50, kind=E)]),
    # --- the weight of what was found restates the find, after 'después de' / 'poco dopo' ---
    ("weight-of-find-es", "2025-05-12",
     "La Guardia Civil ha intervenido 38 kilos de cocaína adheridos al casco de un mercante en el puerto de Huelva. "
     "Después de varias horas de trabajo, los buzos extrajeron 30 paquetes que arrojaron un peso total de 38 kilos.",
     [dict(drug="cocaine", kg=38, kind=E, port="Huelva", agencies=[GC])]),
    ("weight-of-find-it", "2025-05-12",
     "I finanzieri hanno fermato nel porto di Bari un camion con 22 chili di eroina. Poco dopo hanno trovato nel "
     "doppiofondo dodici panetti di eroina per un peso complessivo di 22 chili.",
     [dict(drug="heroin", kg=22, kind=E, port="Bari")]),
    # not where it should not: 'another' ship tells a second find of the same weight
    ("weight-of-find-another", "2025-05-12",
     "La Guardia Civil ha intervenido 38 kilos de cocaína en un contenedor en el puerto de Huelva. Dos días después, "
     "en otro buque, los agentes hallaron paquetes de cocaína con un peso total de 38 kilos.",
     [dict(drug="cocaine", kg=38, kind=E), dict(drug="cocaine", kg=38, kind=E)]),
    # --- 'in recent days' tells when one seizure happened, not a period summed ---
    ("recent-days-one-seizure-es", "2024-10-02",
     "La operación ha permitido la incautación de 260 kilos de cocaína tras revisar varios contenedores llegados en los "
     "últimos días al puerto de Cartagena.",
     [dict(drug="cocaine", kg=260, kind=E, port="Cartagena")]),
    ("recent-days-one-seizure-pt", "2024-10-02",
     "Uma operação da Polícia Federal permitiu a apreensão no Porto de Santos, nos últimos dias, de 480 quilos de "
     "cocaína escondidos em sacas de café.",
     [dict(drug="cocaine", kg=480, kind=E, port="Santos")]),
    # not where it should not: finds of recent days told in the plural, or over a counted span of days, are a total
    ("recent-days-plural", "2024-10-02",
     "Negli ultimi giorni sono stati sequestrati nel porto di Livorno 310 chili di cocaina.",
     [dict(drug="cocaine", kg=310, kind=A)]),
    ("recent-days-counted", "2024-10-02",
     "La Guardia Civil ha permitido la incautación de 700 kilos de hachís en los últimos cinco días en el puerto de Ceuta.",
     [dict(drug="cannabis", kg=700, kind=A)]),
    # --- a press release pasted with a line break every 60-70 characters ---
    ("hard-wrapped-es", "2024-03-08",
     "La Guardia Civil, en una operación conjunta con la Agencia\n"
     "Tributaria, intervino ayer 410 kilos de cocaína ocultos en el\n"
     "interior de un contenedor de piñas en el puerto de Valencia. La\n"
     "incautación se produjo por la mañana y no hay detenidos. El\n"
     "contenedor había llegado el martes procedente de Costa Rica y\n"
     "tenía como destino un almacén de la provincia de Castellón.\n",
     [dict(drug="cocaine", kg=410, kind=E, port="Valencia", agencies=[GC, SVA])]),
    ("hard-wrapped-it", "2024-03-08",
     "Nel porto di Salerno il Comando Provinciale della Guardia di\n"
     "Finanza, insieme ai funzionari dell'Agenzia delle Dogane e dei\n"
     "Monopoli, ha sequestrato 95 chilogrammi di cocaina nascosti in\n"
     "un container di banane sbarcato da una nave proveniente dalla\n"
     "Colombia. I finanzieri hanno individuato il carico grazie alle\n"
     "unità cinofile e a una scansione radiogena del container.\n",
     [dict(drug="cocaine", kg=95, kind=E, port="Salerno", agencies=[GDF, ADM])]),
]


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES))
def test_round6_espt6_press(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


def test_unwrap_joins_wrap_breaks_only():
    wrapped = ("La Guardia Civil, en una operación conjunta con la Agencia\n"
               "Tributaria, intervino ayer 410 kilos de cocaína ocultos en el\n"
               "interior de un contenedor de piñas en el puerto de Valencia. La\n"
               "incautación se produjo por la mañana y no hay detenidos. El\n"
               "contenedor había llegado el martes procedente de Costa Rica y\n"
               "tenía como destino un almacén de Castellón.\n\nOtro párrafo.")
    out = unwrap(wrapped)
    assert len(out) == len(wrapped)  # offsets hold
    assert "Agencia Tributaria" in out and "Castellón.\n\nOtro" in out


@pytest.mark.parametrize("text", [
    # headline, date line and paragraphs of ordinary length: line breaks are sentence breaks
    " date 2025-03-01\nIncautan 300 kilos de cocaína en Algeciras\nLa Guardia Civil ha intervenido 300 kilos de "
    "cocaína en un contenedor de plátanos en el puerto de Algeciras, según fuentes de la investigación.\n"
    "El contenedor procedía de Ecuador.\nNo hay detenidos.\nLa investigación sigue abierta.\nFin.",
    # a list of short lines, each ending its sentence
    "Sequestri nel porto:\n- 120 chili di cocaina a gennaio.\n- 80 chili di hashish a febbraio.\n"
    "- 40 chili di eroina a marzo.\n- 20 chili di cocaina ad aprile.\n- 10 chili di hashish a maggio.",
])
def test_unwrap_leaves_ordinary_lines(text):
    assert unwrap(text) == text
