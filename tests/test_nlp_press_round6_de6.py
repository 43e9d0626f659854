"""German press, sixth round (#9): constructions met in German-language customs reports and annual figures outside
../shared, each in a short paragraph written for this test (none copied from an article). Real spaCy pipelines,
no mocks.

- A year phrase frames a total in every declined form German writes it ('in diesem Jahr', 'im vorigen Jahr',
  'im letzten Jahr', 'im laufenden Jahr'), not only 'dieses Jahr' / 'vergangenen Jahr'; and 'im vorigen Jahr'
  dates like 'im vergangenen Jahr'.
- A year named right after a comparative ('mehr als im Jahr 2021', 'gegenüber 2022', 'than in 2021') is the period a
  total is set against: it dates no figure, so the total keeps the period of its report; a total whose sentence names
  none takes the one period of the plain sentence before it ('Der Zoll zog im vergangenen Jahr so viel Kokain aus dem
  Verkehr wie nie. Insgesamt ...'). A figure that follows the compared year in its clause is that year's own.
- A month or day followed by the preposition 'mit' ('Anfang Juli mit einem Frachter', 'Mitte März mit zwei Taschen')
  is no report's day: only the particle 'mit' that closes its clause ('teilte das Hauptzollamt am Dienstag mit.')
  makes the day the announcement's.
"""

from __future__ import annotations

import pytest

from nlp import cues
from nlp.dates import find_dates
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    # --- year phrases in their declined forms frame a total ---
    ("in-diesem-jahr-total", "2025-06-12",
     "Im Rostocker Hafen sind in diesem Jahr bereits 2,4 Tonnen Haschisch beschlagnahmt worden, wie das Hauptzollamt "
     "Stralsund mitteilte.",
     [dict(drug="cannabis", quantity_kg=2400, kind=A, date="2025")]),
    ("im-vorigen-jahr-earlier-total", "2024-10-08",
     "Im Hafen von Bremerhaven stellten Zollbeamte am Montag 250 Kilogramm Kokain in einem Kühlcontainer sicher. "
     "Im vorigen Jahr hatte der Zoll dort rund drei Tonnen beschlagnahmt.",
     [dict(drug="cocaine", quantity_kg=250, kind=E, primary=True, date="2024-10-07"),
      dict(drug="cocaine", quantity_kg=3000, kind=A, primary=False, date="2023")]),
    # the largest find 'in diesem Jahr' ranks one seizure: it frames no total
    ("in-diesem-jahr-record-is-one-find", "2025-06-12",
     "Es ist die größte Sicherstellung in diesem Jahr: 300 Kilogramm Kokain fanden Zöllner am Dienstag im Hamburger "
     "Hafen.",
     [dict(drug="cocaine", quantity_kg=300, kind=E, port="Hamburg")]),
    # --- a compared year dates no total ---
    ("compared-year-after-total-frame-before", "2024-03-20",
     "Der Zoll zog im vergangenen Jahr so viel Kokain aus dem Verkehr wie nie zuvor. Insgesamt stellten die Beamten "
     "12 Tonnen sicher, gut dreimal mehr als im Jahr 2021, wie das Finanzministerium mitteilte.",
     [dict(drug="cocaine", quantity_kg=12000, kind=A, date="2023")]),
    ("compared-years-in-a-later-total", "2024-03-20",
     "Bei der Vorstellung seiner Jahresbilanz meldete der Zoll, im vergangenen Jahr bundesweit 20 Tonnen Kokain "
     "beschlagnahmt zu haben. Das sind vier Tonnen mehr als im Jahr 2022. Zudem stellten die Zöllner 4.300 Kilo "
     "Marihuana sicher, etwa 700 Kilo mehr als im Vorjahr und 2.000 Kilo mehr als im Jahr 2021.",
     [dict(drug="cocaine", quantity_kg=20000, kind=A, date="2023"),
      dict(drug="cannabis", quantity_kg=4300, kind=A, date="2023")]),
    # the figure set against the compared year keeps it; so does a rise told from it
    ("compared-figure-keeps-its-year", "2024-03-20",
     "Die Beamten beschlagnahmten im vergangenen Jahr 3.100 Kilo Marihuana. Beim Heroin stieg die Menge auf 40 Kilo "
     "gegenüber 25 Kilo im Jahr 2022.",
     [dict(drug="cannabis", quantity_kg=3100, kind=A, date="2023"),
      dict(drug="heroin", quantity_kg=40, kind=A),
      dict(drug="heroin", quantity_kg=25, kind=A, date="2022")]),
    ("compared-year-then-its-figure-en", "2024-02-10",
     "Customs seized 18 tonnes of cocaine at the port in 2023, double the amount compared with 2022, when officers "
     "seized 9 tonnes.",
     [dict(drug="cocaine", quantity_kg=18000, kind=A, date="2023"),
      dict(drug="cocaine", quantity_kg=9000, kind=A, date="2022")]),
    # --- 'mit' after a date: a preposition, unless it closes the clause ---
    ("arrival-month-then-mit", "2024-08-15",
     "Zollbeamte haben im Hamburger Hafen in einem Container mit Kaffeesäcken rund 600 Kilogramm Kokain entdeckt. "
     "Der Container war bereits Anfang Juli mit einem Frachter aus Brasilien angekommen.",
     [dict(drug="cocaine", quantity_kg=600, kind=E, port="Hamburg", date="2024-07")]),
    ("entry-month-then-mit", "2024-03-22",
     "Am Flughafen Köln/Bonn hat der Zoll 6 Kilogramm Kokain in einem Rucksack entdeckt. Wie das Hauptzollamt am "
     "Donnerstag mitteilte, wollte ein 35-Jähriger Mitte März mit zwei präparierten Taschen aus Kolumbien einreisen.",
     [dict(drug="cocaine", quantity_kg=6, kind=E, port=None, date="2024-03")]),
    ("mit-closing-the-clause-is-the-announcement", "2024-03-22",
     "Zöllner haben im Hafen von Bremerhaven 90 Kilogramm Kokain sichergestellt. Das teilte das Hauptzollamt Bremen "
     "am Dienstag mit, nachdem die Ermittlungen abgeschlossen waren.",
     [dict(drug="cocaine", quantity_kg=90, kind=E, port="Bremerhaven", date=None)]),
]


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES))
def test_german_press_round6(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(
    ("text", "fires"),
    [("im hafen wurden in diesem jahr 3 tonnen gefunden", True), ("im vorigen jahr fand der zoll 2 tonnen", True),
     ("im laufenden jahr", True), ("im letzten jahr", True),
     ("die vorigen jahrgänge", False), ("in diesem jahrhundert", False), ("am letzten jahrestag", False)],
)
def test_german_year_phrases_frame_a_total_in_every_form(text, fires):
    assert bool(cues.WEAK_AGGREGATE.search(text)) is fires


def test_im_vorigen_jahr_is_last_year():
    from datetime import date
    found = find_dates("Im vorigen Jahr beschlagnahmte der Zoll rund vier Tonnen.", date(2024, 10, 8))
    assert [(d.value, d.precision) for d in found] == [("2023", "year")]
    found = find_dates("im Mai vorigen Jahres", date(2024, 10, 8))
    assert [(d.value, d.precision) for d in found] == [("2023-05", "month")]
