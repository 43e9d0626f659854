"""Issue #9, round 6 (helper frnl6): causes seen in French- and Dutch-language real articles kept outside the
repository, each in at least two articles of different outlets. Every case is a paragraph written for this test
(other figures, places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

import pytest

from nlp import cues
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
    # --- a total since a month ('depuis septembre', 'sinds april') or over a span of years ('entre 2017 et 2020',
    # 'tussen 2018 en 2021') is framed over a period; since a month of a named year, it is dated by that year only
    # while the report is in it
    ("fr-since-a-month-frames-a-total", "2023-12-05",
     "Depuis septembre, les douaniers du port de Dunkerque ont intercepté plus de 4 tonnes de cocaïne.",
     [dict(drug="cocaine", kg=4000, kind="aggregate")]),
    ("fr-since-a-month-and-year-frames-a-total", "2024-02-05",
     "Depuis octobre 2023, plus de six tonnes de cocaïne ont été saisies en Guadeloupe.",
     [dict(drug="cocaine", kg=6000, kind="aggregate", date=None)]),  # a period over two years: no one date
    ("fr-since-a-month-of-this-year", "2023-11-20",
     "Depuis mars 2023, les douaniers martiniquais ont intercepté près de 2,5 tonnes de cocaïne.",
     [dict(drug="cocaine", kg=2500, kind="aggregate", date="2023")]),
    ("nl-since-a-month-frames-a-total", "2023-12-05",
     "Sinds april heeft de douane in de haven van Vlissingen ruim 6 ton cocaïne onderschept.",
     [dict(drug="cocaine", kg=6000, kind="aggregate")]),
    ("fr-between-two-years-frames-a-total", "2022-05-02",
     "Entre 2017 et 2020, plus de 30 tonnes de cocaïne ont été saisies dans les ports d'Afrique de l'Ouest, "
     "selon l'ONUDC.",
     [dict(drug="cocaine", kg=30000, kind="aggregate")]),
    ("nl-between-two-years-frames-a-total", "2022-05-02",
     "Tussen 2018 en 2021 werd in de Belgische havens bijna 250 ton cocaïne onderschept.",
     [dict(drug="cocaine", kg=250000, kind="aggregate")]),
    # not where the month only times the watch on a ship, nor where it closes a record that ranks one find
    ("fr-since-a-month-in-a-side-clause", "2023-12-05",
     "Le cargo, surveillé depuis avril, a été fouillé jeudi au port de Dunkerque, où les douaniers ont découvert "
     "600 kg de cocaïne.",
     [dict(drug="cocaine", kg=600, kind="event")]),
    ("fr-biggest-since-a-month", "2023-12-05",
     "Les douaniers du Havre ont saisi jeudi 750 kg de cocaïne, la plus grosse saisie depuis juillet sur le port.",
     [dict(drug="cocaine", kg=750, kind="event")]),
    ("nl-since-a-month-in-a-side-clause", "2023-12-05",
     "Het schip, dat sinds augustus werd gevolgd, werd donderdag in de haven van Antwerpen doorzocht. De douane "
     "vond 900 kilo cocaïne.",
     [dict(drug="cocaine", kg=900, kind="event")]),
    # --- a sentence that opens by summing up ('Au total', 'In totaal') or adding to ('S'y ajoutent', 'Daarnaast') the
    # sentence before counts over that sentence's period (and takes its year), when it frames one with no figure or
    # told only totals
    ("fr-in-all-after-a-year-frame", "2023-01-12",
     "Le record des saisies annuelles de drogue au port d'Anvers est tombé en 2022. Au total, la douane belge a "
     "intercepté près de 95 tonnes de cocaïne, tandis que la douane néerlandaise a saisi 45 tonnes à Rotterdam.",
     [dict(drug="cocaine", kg=95000, kind="aggregate", date="2022"),
      dict(drug="cocaine", kg=45000, kind="aggregate", date="2022")]),
    ("fr-added-to-a-year-total", "2020-02-12",
     "Les douaniers du Havre ont saisi mardi 1 040 kg de cocaïne dans un conteneur de fruits. En 2019, les douaniers "
     "français ont saisi au total 11 tonnes de cocaïne. S'y ajoutent 9 tonnes de cocaïne saisies en haute mer sur "
     "leurs indications.",
     [dict(drug="cocaine", kg=1040, kind="event", primary=True),
      dict(drug="cocaine", kg=11000, kind="aggregate", date="2019"),
      dict(drug="cocaine", kg=9000, kind="aggregate", date="2019")]),
    ("nl-in-all-after-a-year-frame", "2023-01-12",
     "Vorig jaar werd in de haven van Rotterdam een recordhoeveelheid drugs onderschept. In totaal ging het om 46 ton "
     "cocaïne.",
     [dict(drug="cocaine", kg=46000, kind="aggregate", date="2022")]),
    # not after a sentence that tells how one find was hidden, nor for a find of its own day, nor after an event
    ("fr-in-all-after-the-hiding-place", "2020-02-12",
     "La drogue était cachée dans des sacs de café. Au total, 640 kg de cocaïne ont été saisis au port du Havre.",
     [dict(drug="cocaine", kg=640, kind="event")]),
    ("fr-in-all-found-on-a-day", "2020-02-12",
     "Depuis janvier, la douane du Havre a saisi près de 3 tonnes de cocaïne. Au total, 420 kg ont été découverts "
     "lundi dans un seul conteneur.",
     [dict(drug="cocaine", kg=3000, kind="aggregate"), dict(drug="cocaine", kg=420, kind="event")]),
    ("nl-besides-after-an-event", "2023-01-12",
     "De douane vond dinsdag 300 kilo cocaïne in de haven van Antwerpen. Daarnaast werd 40 kilo heroïne gevonden in "
     "dezelfde container.",
     [dict(drug="cocaine", kg=300, kind="event"), dict(drug="heroin", kg=40, kind="event")]),
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


@pytest.mark.parametrize("text", [
    "depuis juin, plus de cinq tonnes ont été saisies",
    "depuis début décembre, la douane a saisi",
    "sinds maart werd ruim 4 ton onderschept",
    "entre 2019 et 2021, plus de 47 tonnes",
    "tussen 2018 en 2021 werd 250 ton onderschept",
])
def test_period_cues_fire(text):
    assert cues.AGGREGATE.search(text)


@pytest.mark.parametrize("text", [
    "la plus grosse saisie depuis juillet sur le port",  # a record that ranks one find
    "de grootste vangst sinds mei in de haven",
    "le cargo, surveillé depuis avril, a été fouillé",  # a side clause that times a watch
    "entre 20 et 30 kilos",  # no years
    "entre 2019 kg et 2021 kg",
])
def test_period_cues_do_not_fire(text):
    assert not cues.AGGREGATE.search(text)


@pytest.mark.parametrize(("cue", "text"), [
    ("ADDED_TO", "s'y ajoutent 9 tonnes saisies en mer"),
    ("ADDED_TO", "à cela s'ajoutent 2 tonnes"),
    ("ADDED_TO", "daarnaast werd 40 kilo heroïne gevonden"),
    ("ADDED_TO", "in addition, 2 tonnes of heroin were seized"),
])
def test_added_to_fires(cue, text):
    assert getattr(cues, cue).match(text)


@pytest.mark.parametrize("text", [
    "on en a ajouté 9 tonnes",  # a verb of adding, not the opening phrase
    "cela s'ajoute aux 3 tonnes",
    "in additional containers",
    "ze kwamen daar aan",
])
def test_added_to_does_not_fire(text):
    assert not cues.ADDED_TO.search(text)
