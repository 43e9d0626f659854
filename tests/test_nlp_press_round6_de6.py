"""German press, sixth round (#9): constructions met in German-language customs reports and annual figures outside
../shared, each in a short paragraph written for this test (none copied from an article). Real spaCy pipelines,
no mocks.

- A year phrase frames a total in every declined form German writes it ('in diesem Jahr', 'im vorigen Jahr',
  'im letzten Jahr', 'im laufenden Jahr'), not only 'dieses Jahr' / 'vergangenen Jahr'; and 'im vorigen Jahr'
  dates like 'im vergangenen Jahr'.
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
