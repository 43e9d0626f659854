"""Issue #9, seventh round (primary flag, totals against single finds): how newsrooms in the seven languages name one
seizure inside a story of period totals, and which finds of such a story are its news.

Causes found on real articles kept outside the repository (/tmp/fixprim in the round's notes); every case here is a
paragraph written for this test (other figures, places and wording, never an article's sentence). The expected facts
were decided from the contract (shared/spec/seizure-facts.md) and the shared corpus README before running the
extractor. Only the fields a case is about are asserted; each expected fact is matched by drug and quantity_kg.
"""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

# (id, published, text, [expected facts])
CASES = [
    # One seizure named as such ('une saisie de', 'een vangst van', 'in one go') inside a story led by a period's total
    # is a single find, an event, not a sub-total of the period.
    ("fr-une-saisie-in-a-year-story", None,
     "Les douaniers du port de Brest ont saisi 3,2 tonnes de cocaïne en 2023. Les agents ont aussi réalisé une saisie de 620 kg d'héroïne dans un entrepôt de la région.",
     [dict(drug="cocaine", kg=3200, kind="aggregate", primary=True),
      dict(drug="heroin", kg=620, kind="event", primary=True)]),
    ("fr-in-one-go-in-a-year-story", None,
     "Le port de Sète a vu passer 2,4 tonnes de cocaïne saisies en 2023. En fin d'année 2023, ce sont 710 kg de "
     "cocaïne qui ont été saisis d'un seul coup.",
     [dict(drug="cocaine", kg=2400, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=710, kind="event", primary=True)]),
    ("nl-een-vangst-van-in-a-period-story", None,
     "Sinds begin maart heeft de douane in de haven van Moerdijk ruim 2.300 kilo cocaïne onderschept. In maart "
     "leidde een vangst van 1.100 kilo cocaïne tot drie aanhoudingen.",
     [dict(drug="cocaine", kg=2300, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=1100, kind="event", primary=True)]),
    ("de-compound-container-in-a-year-story", None,
     "Der Zoll in Wilhelmshaven hat im Jahr 2022 insgesamt 3,9 Tonnen Kokain sichergestellt. Im Mai 2022 fanden "
     "die Beamten 1,7 Tonnen Kokain in einem Kühlcontainer aus Kolumbien.",
     [dict(drug="cocaine", kg=3900, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=1700, kind="event", primary=True)]),
    ("en-in-one-go-in-a-year-story", None,
     "Officers at the port of Tilbury seized 4.1 tonnes of cocaine in 2023. In October 2023 they seized 1.3 tonnes "
     "of cocaine in one go from a reefer.",
     [dict(drug="cocaine", kg=4100, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=1300, kind="event", primary=True)]),
    # ... and the words of one seizure inside a total's own sentence name the part, never the total
    ("fr-une-saisie-inside-the-total-sentence", None,
     "En 2023, les douaniers du port de Sète ont saisi 4,6 tonnes de cocaïne, dont une saisie de 900 kg en mai.",
     [dict(drug="cocaine", kg=4600, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=900, kind="event", primary=True)]),
    # ... while a month's finds told without a single seizure stay a sub-total of the year
    ("fr-month-subtotal-stays-aggregate", None,
     "Les douaniers du port de Sète ont saisi 5,2 tonnes de cocaïne en 2023. Rien qu'en mars 2023, 1,6 tonne de "
     "cocaïne a été saisie sur les quais.",
     [dict(drug="cocaine", kg=5200, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=1600, kind="aggregate", primary=True)]),
    ("nl-total-of-finds-stays-aggregate", None,
     "In 2023 onderschepte de douane in de haven van Moerdijk ruim 4.800 kilo cocaïne. In de maand mei alleen al "
     "ging het om 2.100 kilo cocaïne.",
     [dict(drug="cocaine", kg=4800, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=2100, kind="aggregate", primary=True)]),
    # The biggest find of the period a total sums up is one of the total's own finds, news like the total; a record
    # of all time or an earlier largest find stays history.
    ("nl-biggest-catch-of-the-period", None,
     "In het eerste halfjaar heeft de douane in de haven van Moerdijk 6.400 kilo cocaïne onderschept. De grootste "
     "vangst was een partij van 2.200 kilo cocaïne tussen ananassen.",
     [dict(drug="cocaine", kg=6400, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=2200, kind="event", primary=True)]),
    ("en-biggest-catch-of-the-period", None,
     "So far this year, customs officers at the port of Tilbury have intercepted 7,300 kilograms of cocaine. The "
     "biggest catch was a shipment of 1,900 kilograms of cocaine in a banana container.",
     [dict(drug="cocaine", kg=7300, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=1900, kind="event", primary=True)]),
    # a month named inside the period is no history by itself ('in April' in a half-year's story) ...
    ("en-month-inside-the-period-stays-news", None,
     "In the first half of the year customs officers at the port of Tilbury intercepted 8,200 kilograms of cocaine. "
     "The biggest catch was 2,600 kilograms of cocaine found in April in a container of bananas.",
     [dict(drug="cocaine", kg=8200, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=2600, kind="event", primary=True)]),
    # ... while an earlier month under a later dateline still is
    ("nl-earlier-month-under-dateline-stays-history", "2024-12-10",
     "De douane vond dinsdag 300 kilo cocaïne in een container in de haven van Moerdijk. In april werd in dezelfde "
     "haven 900 kilo cocaïne onderschept.",
     [dict(drug="cocaine", kg=300, kind="event", primary=True),
      dict(drug="cocaine", kg=900, kind="event", primary=False)]),
    ("en-largest-ever-stays-history", None,
     "So far this year, customs officers at the port of Tilbury have intercepted 7,300 kilograms of cocaine. The "
     "largest seizure ever made at the port was 3,100 kilograms of cocaine in a container of coffee.",
     [dict(drug="cocaine", kg=7300, kind="aggregate", primary=True),
      dict(drug="cocaine", kg=3100, kind="event", primary=False)]),
    ("en-previous-largest-in-event-story", None,
     "Border Force officers found 2.2 tonnes of cocaine in a container of pineapples at Tilbury on Monday. The "
     "previous largest seizure at the port was 1.4 tonnes of cocaine found in a container of coffee.",
     [dict(drug="cocaine", kg=2200, kind="event", primary=True),
      dict(drug="cocaine", kg=1400, kind="event", primary=False)]),
]


# cases the extractor still gets wrong, kept visible (strict: a fix must remove them from here)
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_round7_primary(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(("cue", "text", "fires"), [
    ("SINGLE_BEFORE", "les douaniers ont réalisé une saisie d'", True),
    ("SINGLE_BEFORE", "ils ont fait une saisie de près de ", True),
    ("SINGLE_BEFORE", "in maart leidde een vangst van ", True),
    ("SINGLE_BEFORE", "la guardia civil realizó una incautación de ", True),
    ("SINGLE_BEFORE", "a receita fez uma apreensão de ", True),
    ("SINGLE_BEFORE", "officers made a haul of ", True),
    ("SINGLE_BEFORE", "a total haul of ", False),
    ("SINGLE_BEFORE", "une saisie de cocaïne a eu lieu et ", False),  # the figure must follow the words
    ("SINGLE_SHIPMENT", "ils ont saisi 300 kilos d'un seul coup", True),
    ("SINGLE_SHIPMENT", "in einem kühlcontainer aus ecuador", True),
    ("SINGLE_SHIPMENT", "les saisies de cocaïne ont doublé", False),
    ("SINGLE_SHIPMENT", "tout à coup, les douaniers", False),
    ("LARGEST_FIND", "the biggest catch was", True),
    ("LARGEST_FIND", "de grootste vangst betrof", True),
    ("LARGEST_FIND", "the biggest ports of europe", False),
    ("EVER", "the largest seizure ever made", True),
    ("EVER", "whenever the customs", False),
])
def test_round7_cues(cue, text, fires):
    from nlp import cues
    assert bool(getattr(cues, cue).search(text)) is fires
