"""German press, seventh round (#9): constructions met in German-language customs and police reports outside
../shared, each in a short paragraph written for this test (none copied from an article). Real spaCy pipelines,
no mocks.

- The year before the report frames a total as 'im Vorjahr', 'im gesamten Vorjahr', 'im Jahr zuvor' and 'im zu Ende
  gehenden Jahr' (the year now ending), as 'im vergangenen Jahr' does; a comparison with it ('mehr als im Vorjahr',
  'so viel wie im gesamten Vorjahr') frames nothing.
- An inland city that is also a small port in the index ('Köln', 'Berlin') is no port because the harbour of another
  port is named beside it ('über den Hamburger Hafen ... in Köln festgenommen', 'Schmuggel vom Hamburger Hafen:
  Polizei stellt bei Berlin ... sicher'); a small port's own harbour still makes it one ('in Brake ... Der Hafen').
- The weight a drug would be stretched to for the street ('auf etwa 120 Kilogramm gestreckt', 'auf rund 2,8 Tonnen
  gestreckt werden') is no seizure; a weight of cocaine that is 'nicht gestreckt' or 'ungestreckt' stays one.
"""

from __future__ import annotations

import pytest

from nlp import cues
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    # --- the year before, and the year now ending, frame a total ---
    ("im-vorjahr-earlier-total", "2024-09-12",
     "Zöllner haben im Hafen von Wilhelmshaven 120 Kilogramm Kokain in einem Kühlcontainer entdeckt. Im Vorjahr "
     "waren es im gesamten Hafen 900 Kilogramm gewesen.",
     [dict(drug="cocaine", quantity_kg=120, kind=E, primary=True),
      dict(drug="cocaine", quantity_kg=900, kind=A, primary=False)]),
    ("im-gesamten-vorjahr-earlier-total", "2025-11-20",
     "Das Zollfahndungsamt hat in diesem Jahr mehr als 9 Tonnen Kokain sichergestellt. Im gesamten Vorjahr hatten die "
     "Fahnder nur gut vier Tonnen abgefangen.",
     [dict(drug="cocaine", quantity_kg=9000, kind=A, primary=True),
      dict(drug="cocaine", quantity_kg=4000, kind=A, primary=False)]),
    ("im-jahr-zuvor-earlier-total", "2024-02-01",
     "Der niederländische Zoll hat im vergangenen Jahr 52 Tonnen Kokain beschlagnahmt. Im Jahr zuvor waren es 41 "
     "Tonnen.",
     [dict(drug="cocaine", quantity_kg=52000, kind=A, date="2023"),
      dict(drug="cocaine", quantity_kg=41000, kind=A)]),
    ("zu-ende-gehendes-jahr-total", "2025-12-22",
     "Im zu Ende gehenden Jahr stellten die Fahnder im Hafen von Rotterdam 45 Tonnen Kokain sicher, teilten die "
     "Behörden mit.",
     [dict(drug="cocaine", quantity_kg=45000, kind=A)]),
    # a find set against the year before is still one find
    ("mehr-als-im-vorjahr-is-one-find", "2024-09-12",
     "In einem Bananencontainer fanden Zöllner in Bremerhaven 310 Kilogramm Kokain, mehr als im Vorjahr in allen "
     "Kontrollen zusammen.",
     [dict(drug="cocaine", quantity_kg=310, kind=E, port="Bremerhaven")]),
    # --- the weight a drug is stretched to is no seizure ---
    ("stretched-to-weight-is-no-find", "2024-05-10",
     "Zöllner haben in Bremerhaven mehr als 60 Kilogramm Kokain in einem Bananencontainer sichergestellt. Für den "
     "Straßenverkauf wird das Kokain auf etwa 180 Kilogramm gestreckt.",
     [dict(drug="cocaine", quantity_kg=60, kind=E, port="Bremerhaven")]),
    ("stretched-to-weight-two-words-on", "2024-05-10",
     "Im Hamburger Hafen fanden Zollfahnder 400 Kilogramm hochreines Kokain, das die Händler auf rund 1,2 Tonnen "
     "Straßenware hätten strecken können.",
     [dict(drug="cocaine", quantity_kg=400, kind=E, port="Hamburg")]),
    ("unstretched-cocaine-stays", "2024-05-10",
     "Zollfahnder stellten im Hamburger Hafen 90 Kilogramm ungestrecktes Kokain sicher.",
     [dict(drug="cocaine", quantity_kg=90, kind=E, port="Hamburg")]),
    # --- another port's harbour makes no inland city a port ---
    ("arrest-city-beside-another-harbour", "2024-05-10",
     "Über den Hamburger Hafen wollte eine Bande Kokain einführen. Im Zusammenhang mit der Sicherstellung von 800 "
     "Kilogramm Kokain ist ein 44-Jähriger in Köln festgenommen worden.",
     [dict(drug="cocaine", quantity_kg=800, kind=E, port="Hamburg")]),
    ("small-port-with-its-own-harbour", "2024-05-10",
     "Zöllner fanden in Brake 150 Kilogramm Kokain an Bord eines Frachters. Der Hafen an der Weser gilt als wenig "
     "kontrolliert.",
     [dict(drug="cocaine", quantity_kg=150, kind=E, port="Brake")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES))
def test_german_press_round7(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(
    ("text", "fires"),
    [("im vorjahr waren es 49 tonnen", True), ("im gesamten vorjahr hatten die fahnder", True),
     ("im jahr zuvor waren es 13 tonnen", True), ("das jahr davor", True), ("im zu ende gehenden jahr", True),
     ("mehr als im vorjahr", False), ("so viel wie im gesamten vorjahr", False), ("im vorjahreszeitraum", False),
     ("ein jahr zuvorkommend", False)],
)
def test_german_year_before_frames_a_total(text, fires):
    assert bool(cues.WEAK_AGGREGATE.search(text)) is fires


def test_inland_city_beside_another_ports_harbour_is_no_port(extractor):
    text = ("Schmuggel über den Hamburger Hafen: Polizei stellt bei Berlin 900 Kilogramm Marihuana sicher. Die Beamten "
            "fanden die Drogen in einer Halle.")
    facts = extractor.extract(text, published="2024-05-10", lang="de").facts
    assert [f.quantity_kg for f in facts] == [900]
    assert facts[0].port != "Berlin"


@pytest.mark.parametrize(
    ("text", "fires"),
    [("auf etwa 120 kilogramm gestreckt", True), ("hätte man es zu strecken", True), ("lässt sich strecken", True),
     ("ungestrecktes kokain", False), ("streckenweise", False), ("auf der strecke nach basel", False)],
)
def test_german_stretched_to_cue(text, fires):
    assert bool(cues.CUT_TO.search(text)) is fires
