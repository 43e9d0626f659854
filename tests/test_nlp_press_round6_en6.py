"""Issue #9, round 6 (helper en6): causes seen in English-language real articles kept outside the repository, each
in at least two articles of different outlets. Every case is a paragraph written for this test (other figures,
places and wording, never an article's sentence); the expected facts follow the contract
(shared/spec/seizure-facts.md). Each cause has a case where it must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlp.dates import dateline, dateline_end, page_date
from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

CASES = [
    # --- a byline line that opens with the day and trails a source or a page widget is the page's date: 'yesterday'
    # counts from it, and the byline's day is no seizure's
    ("en-weekday-byline-with-source", None,
     "Heroin haul found at Chittagong\n\nTue, 14 Mar 2023 Source: examplewire.com\n\n"
     "Customs officers yesterday seized 62 kilograms of heroin from a container at Chittagong port.",
     [dict(drug="heroin", kg=62, kind="event", date="2023-03-13", port="Chittagong")]),
    ("en-weekday-byline-with-widget", None,
     "Cocaine found in fruit boxes\n\nFriday, 3 June 2022 09:15 -   - {{counter.views}}\n\n"
     "Police yesterday found 45 kilograms of cocaine in a container of pineapples at the port of Mombasa.",
     [dict(drug="cocaine", kg=45, kind="event", date="2022-06-02", port="Mombasa")]),
    # --- a release wire's dateline ('HALIFAX, May 14, 2024 /CNW/ -') is the report's day; the day told after it
    # dates the find
    ("en-release-wire-dateline", None,
     "HALIFAX, May 14, 2024 /CNW/ - On May 9, 2024, border services officers at the Port of Halifax seized "
     "88 kg of cocaine hidden in a shipment of frozen fish.",
     [dict(drug="cocaine", kg=88, kind="event", date="2024-05-09", port="Halifax")]),
    # --- a dated search of the load before the text's first figure sets the find's day, told as a verb or as a noun
    ("en-dated-inspection-before-the-figure", "2024-05-20",
     "On May 9, 2024, officers at the Port of Halifax were asked to examine a refrigerated container from "
     "Ecuador. Under the false floor they noticed fresh welding. A total of 70 bricks weighing 81 kg of cocaine "
     "were removed.",
     [dict(drug="cocaine", kg=81, kind="event", date="2024-05-09")]),
    ("en-dated-inspection-as-a-noun", "2021-10-12",
     "\u201cOn Tuesday, 5 October 2021, members carried out a search after a tip-off about a container on a ship "
     "from Brazil. A false wall was found behind the boxes. Behind it 14 bricks of cocaine weighing about 16 "
     "kilograms were recovered,\u201d the spokesperson said.",
     [dict(drug="cocaine", kg=16, kind="event", date="2021-10-05")]),
    # not a dated sentence that tells no search of a load (a meeting), nor one after an earlier figure
    ("en-dated-meeting-before-the-figure", "2021-10-12",
     "On Tuesday, 5 October 2021, the port authority met the customs service to discuss new scanners. The "
     "talks were said to be useful. Officers recovered 16 kilograms of cocaine from a container at the port of "
     "Durban.",
     [dict(drug="cocaine", kg=16, kind="event", date=None)]),
    # --- a find at a post office or in the parcel post is at no port, though the town is a port
    ("en-post-office-is-no-port", "2023-04-02",
     "Customs officers arrested a man at the main post office in Durban after 230 grams of methamphetamine were found in a "
     "parcel sent from abroad.",
     [dict(drug="methamphetamine", kg=0.23, kind="event", port=None)]),
    ("en-parcel-post-is-no-port", "2023-04-02",
     "Officers seized 1.2 kilograms of cocaine sent to Suva through the parcel post, hidden in tins of coffee.",
     [dict(drug="cocaine", kg=1.2, kind="event", port=None)]),
    # --- bricks counted in one sentence stay a find of their own when the weight told elsewhere is another find's:
    # a weight beside its own count, or a weight told after a break in the story
    ("en-bricks-beside-an-earlier-find-with-its-own-count", "2024-09-10",
     "Customs officials at Durban harbour found 31 large bricks of cocaine in a container of steel pipes on 6 "
     "September. In March 2024, officials seized 52 bricks of cocaine, weighing about 60 kilograms, from a "
     "traveller at King Shaka airport.",
     [dict(drug="cocaine", kg=None, units=31, kind="event", port="Durban"),
      dict(drug="cocaine", kg=60, kind="event")]),
    ("en-bricks-beside-a-weight-after-a-break", "2023-11-14",
     "Police at Walvis Bay seized 180 bricks of cocaine from a bulk carrier at the weekend. Four months ago, drugs "
     "worth N$90m were found at the port. At the time, officers recovered 310kg of cocaine from a container.",
     [dict(drug="cocaine", kg=None, units=180, kind="event"),
      dict(drug="cocaine", kg=310, kind="event")]),
    # not bricks that the weight of the same find accounts for, told before them, with a search 'two weeks ago'
    ("en-bricks-of-the-weighed-find", "2023-11-14",
     "Customs officers have seized 2.1 tonnes of cocaine at the port of Walvis Bay. They said they had examined a "
     "container of copper ore two weeks ago. Inside they found 1,900 packets of cocaine.",
     [dict(drug="cocaine", kg=2100, kind="event")]),
    # nor bricks that a later total with its own count sums up
    ("en-bricks-summed-by-a-total-with-its-count", "2022-08-20",
     "Behind a panel of the sofa the officers found 38 bricks of cocaine. The search went on through the whole "
     "container. In total 410 packets of cocaine totalling 452 kg of cocaine were seized at the port of Le Havre.",
     [dict(drug="cocaine", kg=452, kind="event")]),
    # not a port find whose story names a postal service elsewhere
    ("en-port-find-beside-a-post-office-name", "2023-04-02",
     "Customs officers at Suva wharf seized 12 kilograms of cocaine from a container of tinned fish.",
     [dict(drug="cocaine", kg=12, kind="event", port="Suva")]),
]

KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_round6_en6(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(("text", "day"), [
    ("Title\n\nTue, 14 Mar 2023 Source: examplewire.com\n\nBody.", date(2023, 3, 14)),
    ("Title\n\nFriday, 3 June 2022 09:15 -   - {{counter.views}}\n\nBody.", date(2022, 6, 3)),
])
def test_byline_line_opening_with_the_day(text, day):
    got = page_date(text)
    assert got is not None and got.day == day


@pytest.mark.parametrize("text", [
    # a short sentence that opens with a place and a day is a report, not a byline
    "Title\n\nDurban, 3 June 2022. Police found cocaine in a truck.\n\nBody.",
    "Title\n\nFriday, 3 June 2022 officers seized drugs at the port\n\nBody.",
])
def test_no_byline_in_a_sentence(text):
    assert page_date(text) is None


def test_release_wire_dateline():
    text = "HALIFAX, May 14, 2024 /CNW/ - On May 9, 2024, officers seized 88 kg of cocaine."
    assert dateline(text, None) == date(2024, 5, 14)
    assert text[dateline_end(text):].startswith(" On May 9")
    fr = "MONTRÉAL, le 16 avril 2025 /CNW/ - Le 4 avril 2025, les agents ont saisi 17 kg de cocaïne."
    assert dateline(fr, None) == date(2025, 4, 16)
    # a slash in a sentence is no wire name
    assert dateline("HALIFAX, May 14 and/or May 15 - officers seized 88 kg.", None) is None
