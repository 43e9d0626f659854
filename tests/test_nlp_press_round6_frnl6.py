"""Issue #9, round 6 (helper frnl6): causes seen in French- and Dutch-language real articles kept outside the
repository, each in at least two articles of different outlets. Every case is a paragraph written for this test
(other figures, places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

import pytest

from nlp.units import find_quantities
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

CASES = [
    # --- a space-grouped figure with a decimal comma ('2 314,8 kg') is one figure, not its last group
    ("fr-space-grouped-with-decimals", "2023-05-17",
     "Les douaniers de Dunkerque ont saisi mardi 2 314,8 kg de cocaïne dans un conteneur de bananes.",
     [dict(drug="cocaine", kg=2314.8, kind="event", port="Dunkirk")]),
    ("fr-space-grouped-decimals-restated", "2023-05-17",
     "Plus de deux tonnes de cocaïne ont été découvertes mardi au port de Dunkerque. Au total, 2 114,8 kg de "
     "cocaïne ont été sortis des cartons de bananes.",
     [dict(drug="cocaine", kg=2114.8, kind="event", primary=True)]),
]


KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_round6_frnl6(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(("text", "kg"), [
    ("1 066,5 kg", 1066.5),
    ("12\u00a0345,25 kilos", 12345.25),
    ("1 250 kg", 1250),  # no decimals: as before
    ("250,5 kg", 250.5),
])
def test_space_grouped_figure_keeps_its_decimals(text, kg):
    (q,) = find_quantities(text)
    assert abs(q.value - kg) < 1e-6 and q.text == text
