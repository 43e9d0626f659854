"""Issue #9, round 7 (helper frnlit7): causes seen in French-, Dutch- and Italian-language real articles kept
outside the repository, each in at least two articles of different outlets. Every case is a paragraph written for
this test (other figures, places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

CASES = [
    # --- under a total the article opens with, a find whose own day is told by the plain sentence just before its
    # figure ('De eerste partij werd op 3 maart gevonden ... De douaniers troffen daarin 700 kilo aan', 'La première
    # intervention a eu lieu le 4 avril ... a réalisé une saisie de 1 800 kg') is one find, not a sub-total
    ("nl-find-dated-by-the-sentence-before-under-a-total", "2024-03-10",
     "De douane heeft de afgelopen dagen in totaal 1200 kilo cocaïne onderschept in de haven van Rotterdam. "
     "De eerste partij werd op 3 maart gevonden in een container met ananas. De douaniers troffen daarin 700 kilo aan.",
     [dict(drug="cocaine", kg=1200, kind="aggregate", port="Rotterdam"),
      dict(drug="cocaine", kg=700, kind="event", port="Rotterdam", date="2024-03-03")]),
    ("fr-find-dated-by-the-sentence-before-under-a-total", "2024-04-12",
     "Deux navires de la Marine nationale ont saisi au total 3 tonnes de cocaïne lors de deux interventions au large "
     "de la Guadeloupe. La première opération a eu lieu le 4 avril, au large de Basse-Terre. L'équipage de la "
     "frégate a réalisé une saisie de 1800 kg de cocaïne à bord d'un voilier.",
     [dict(drug="cocaine", kg=3000, kind="aggregate"),
      dict(drug="cocaine", kg=1800, kind="event", date="2024-04-04")]),
    # not a share of a year's total told after a sentence of no day
    ("fr-share-of-a-yearly-total-stays-a-total", "2024-01-15",
     "En 2023, les douaniers ont saisi 20 tonnes de cocaïne dans le port du Havre. Les contrôles ont été renforcés "
     "dans les terminaux. L'essentiel, 15 tonnes, a été découvert dans des conteneurs de fruits.",
     [dict(drug="cocaine", kg=20000, kind="aggregate"),
      dict(drug="cocaine", kg=15000, kind="aggregate")]),
]

KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_round7_frnlit7(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)
