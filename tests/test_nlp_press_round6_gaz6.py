"""Issue #9, round 6 (helper gaz6): where a find is placed, and who made it, in real articles kept outside the
repository; each cause was seen in at least two articles of different outlets. Every case is a paragraph written for
this test (other figures, places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

import pytest

from nlp import places
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

CASES = [
    # --- a port city named as the place where something was said ('wie ein Sprecher in Bremerhaven sagte', 'teilte
    # der Zoll in Bremen mit', 'in Hamburg vorgestellte Jahresbilanz', 'told reporters in Rotterdam') is not the place
    # of the find
    ("de-said-in-a-port-city", "2024-03-08",
     "Im vergangenen Jahr stellte der Zoll insgesamt 900 Kilogramm Kokain sicher, wie eine Sprecherin am Montag in "
     "Hamburg sagte.",
     [dict(drug="cocaine", kg=900, kind="aggregate", port=None)]),
    ("de-announced-in-a-port-city-verb-last", "2024-03-08",
     "Zöllner haben 120 Kilogramm Kokain in einem Bananencontainer sichergestellt. Das Rauschgift war in Kartons "
     "versteckt, teilte das Hauptzollamt am Mittwoch in Bremen mit.",
     [dict(drug="cocaine", kg=120, kind="event", port=None)]),
    ("en-told-reporters-in-a-port-city", "2024-03-08",
     "Customs officers found 300 kilograms of cocaine in a container of pineapples, a spokeswoman told reporters in "
     "Rotterdam on Friday.",
     [dict(drug="cocaine", kg=300, kind="event", port=None)]),
    # must not fire: the find placed at the port, the statement made elsewhere or nowhere; 'in Hamburg mit Spürhunden'
    ("de-found-at-port-then-said", "2024-03-08",
     "Der Zoll hat im Hamburger Hafen 300 Kilogramm Kokain sichergestellt, sagte ein Sprecher am Freitag.",
     [dict(drug="cocaine", kg=300, kind="event", port="Hamburg")]),
    ("en-said-in-another-city", "2024-03-08",
     "Police seized 50 kilograms of cocaine at the port of Durban, a spokesman said in Pretoria.",
     [dict(drug="cocaine", kg=50, kind="event", port="Durban")]),
    ("de-in-port-city-with-dogs", "2024-03-08",
     "Zollbeamte haben in Hamburg mit Spürhunden 40 Kilogramm Kokain entdeckt.",
     [dict(drug="cocaine", kg=40, kind="event", port="Hamburg")]),
    ("en-said-in-a-statement", "2024-03-08",
     "Customs said in a statement that 200 kilograms of cocaine were found at the port of Antwerp.",
     [dict(drug="cocaine", kg=200, kind="event", port="Antwerp")]),
    # --- a sentence of one figure that places it 'nel porto di X' / 'en el puerto de X' and also names a bare city
    # (the seat of the office that seized: 'l'Ufficio delle Dogane di Napoli', 'la Policía Nacional de Guayaquil'):
    # the find is at the port, however near the figure the city stands
    ("it-office-city-before-the-port", "2024-03-08",
     "Ottanta chili di cocaina sono stati trovati dai funzionari dell'Ufficio delle Dogane di Napoli, insieme alla "
     "Guardia di Finanza, in un container sbarcato nel porto di Salerno.",
     [dict(drug="cocaine", kg=80, kind="event", port="Salerno")]),
    ("es-police-city-before-the-port", "2024-03-08",
     "La Policía Nacional de Guayaquil incautó 1,2 toneladas de cocaína en el puerto de Posorja.",
     [dict(drug="cocaine", kg=1200, kind="event", port="Posorja")]),
    # must not fire: 'X, el puerto de Y' tells which city's port X is; 'del puerto de' is where a load came from
    ("es-port-apposition-keeps-the-terminal", "2024-03-08",
     "La Policía Judicial se incautó el lunes de 900 kilos de cocaína en Leixões, el puerto de Oporto.",
     [dict(drug="cocaine", kg=900, kind="event", port="Leixoes")]),
    ("es-origin-port-is-no-place-of-find", "2024-03-08",
     "La Guardia Civil incautó 300 kilos de cocaína en Algeciras, en un contenedor que venía del puerto de Guayaquil.",
     [dict(drug="cocaine", kg=300, kind="event", port="Algeciras")]),
    # --- Italian names of the Albanian State Police ('polizia di frontiera albanese') credit it, not the Italian police
    ("it-albanian-border-police", "2024-03-08",
     "La polizia di frontiera albanese e la Guardia di Finanza hanno sequestrato 12 chili di eroina nel porto di "
     "Durazzo.",
     [dict(drug="heroin", kg=12, kind="event", agencies=["Albanian State Police", "Guardia di Finanza"])]),
    # 'Polstrada' (the Polizia Stradale, a service of the Polizia di Stato) credits the Italian State Police
    ("it-polstrada-is-state-police", "2024-03-08",
     "Gli agenti della Polstrada hanno sequestrato 9 chili di cocaina in un camion fermato sulla A14.",
     [dict(drug="cocaine", kg=9, kind="event", port=None, agencies=["Italian State Police"])]),
    # must not fire: bare 'la polizia' is no named body
    ("it-bare-police-credits-nobody", "2024-03-08",
     "La polizia ha sequestrato 12 chili di eroina nel porto di Bari.",
     [dict(drug="heroin", kg=12, kind="event", agencies=[])]),
]


@pytest.mark.parametrize("published, text, expected", case_params(CASES))
def test_round6_gaz6(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize("before, fires", [
    ("told a news conference in ", True),
    ("a spokesman said in ", True),
    ("a spokeswoman told reporters in ", True),
    ("la portavoz dijo en ", True),
    ("at a press conference in ", True),
    ("the drugs were found in ", False),
    ("said the drugs were found in ", False),
])
def test_statement_before(before, fires):
    assert bool(places.STATEMENT_BEFORE.search(before)) is fires


@pytest.mark.parametrize("after, fires", [
    (" mit.", True),
    (" sagte.", True),
    (" vorgestellten Jahresbilanz", True),
    (" mit Spürhunden", False),
    (" sichergestellt.", False),
])
def test_statement_after(after, fires):
    assert bool(places.STATEMENT_AFTER.match(after)) is fires
