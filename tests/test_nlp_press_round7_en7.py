"""English press, seventh round (#9): constructions met in English-language customs, coast guard and police reports
(US, Jamaica, and others) outside ../shared, each in a short paragraph written for this test (none copied from an
article). Real spaCy pipelines, no mocks.

- US and Caribbean outlets give one seizure in pounds and again in round 'tons' (short tons: '35,000 lbs' and
  '17.5 tons'), or in kilograms and again in round pounds ('139.4 kilograms (307 pounds)' and 'more than 300
  pounds'). The round figure restates the precise one when it matches it in the unit it is written in; the fact
  keeps the pounds figure when only the short-ton reading of 'tons' matches (the contract's tonne is 1,000 kg, and
  the text's own pounds settle the reading). Tons that match no pounds figure stay tonnes, and a round figure that
  is another seizure's (dated apart, or 'another') is kept.
- Australian releases tell the find by the Border Force and then that the Federal Police 'seized the illicit drugs',
  'took possession of the cocaine' or that 'the narcotics were confiscated by AFP personnel' while they inquire: a
  later sentence with no figure in which another authority takes custody of what the finders' own sentence credits
  is a takeover, not a second credit. An authority named in the find's own sentence, or a custody sentence after a
  find credited to nobody, still counts.
- Indian releases place a find 'from a container near the Mundra port' or 'at a container station near Kandla port'
  and go on to say the container 'arrived at the Mundra port' weeks before: a find its own sentence puts near a
  port, or at a container (freight) station, is not at the port, and the arrival told after it does not place it
  there. A find at the port itself ('at Nhava Sheva port', 'at the container terminal of Mundra port') keeps it.
"""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

pytestmark = pytest.mark.issue(9)

E, A = "event", "aggregate"

# (id, published, text, [expected facts]); a fact is a dict of the fields asserted
CASES = [
    # --- one seizure in pounds and in round short tons, or in kilograms and in round pounds ---
    ("en-short-tons-restate-pounds", "2023-07-03",
     "Federal officers seized more than 12.5 tons of cocaine from four containers aboard the cargo ship Nordic "
     "Lark at the Port of Savannah. Inspectors counted 9,870 bricks, totaling about 25,000 pounds of cocaine, "
     "after the containers were unloaded.",
     [dict(drug="cocaine", kg=11339.8, kind=E)]),
    ("en-round-tons-after-precise-pounds", "2022-03-10",
     "The crew of the cutter Mohawk offloaded approximately 28,340 pounds of cocaine at Port Everglades on "
     "Wednesday. \"Keeping more than 14 tons of cocaine off our streets is the work of a whole crew,\" the "
     "captain said.",
     [dict(drug="cocaine", kg=12854.8, kind=E)]),
    ("en-round-pounds-restate-kilograms", "2021-05-04",
     "Police found more than 500 pounds of cocaine in a transhipment container at the port of Kingston on "
     "Monday. The cocaine weighed approximately 231.7 kilograms (511 pounds) in all.",
     [dict(drug="cocaine", kg=231.7, kind=E)]),
    # --- must not merge: tonnes with no pounds beside them, another seizure in pounds, a far figure ---
    ("en-tonnes-kept-without-pounds", "2023-02-14",
     "Customs officers seized 3.5 tonnes of cocaine at the port of Felixstowe on Monday, hidden in a cargo "
     "of bananas.",
     [dict(drug="cocaine", kg=3500, kind=E)]),
    ("en-another-seizure-in-pounds-kept", "2022-09-20",
     "Officers seized 2,200 pounds of cocaine at the Port of Miami on Monday. In a separate case in May, another "
     "one ton of cocaine was found on a ship at the same port.",
     [dict(drug="cocaine", kg=997.9, kind=E, primary=True),
      dict(drug="cocaine", kg=1000, kind=E, primary=False)]),
    ("en-far-pounds-figure-kept", "2022-11-08",
     "Officers seized 310 kilograms of cocaine from a container at the port of Kingston on Friday. Last year "
     "officers there seized more than 900 pounds of cocaine.",
     [dict(drug="cocaine", kg=310, kind=E, primary=True),
      dict(drug="cocaine", kg=408.2, primary=False)]),
    # --- custody taken after the find: the finders' credit only ---
    ("en-custody-seized-the-drugs-after-find", "2024-03-08",
     "Australian Border Force (ABF) officers located 45 kg of cocaine in a container at Port Botany on Monday. "
     "The Australian Federal Police seized the illicit drugs and investigators are making further inquiries.",
     [dict(drug="cocaine", kg=45, kind=E, agencies=["Australian Border Force"])]),
    ("en-custody-confiscated-by-after-find", "2024-03-08",
     "Australian Border Force officers found 38 kilograms of cocaine in the engine bay of a refrigerated container "
     "at Port Botany on Tuesday. The narcotics were confiscated by AFP personnel, and investigations are underway.",
     [dict(drug="cocaine", kg=38, kind=E, agencies=["Australian Border Force"])]),
    ("en-custody-took-possession-after-find", "2024-03-08",
     "Australian Border Force officers examined a container from Peru at Port Botany on Tuesday and found 22 "
     "kilograms of cocaine in its walls. AFP investigators took possession of the cocaine.",
     [dict(drug="cocaine", kg=22, kind=E, agencies=["Australian Border Force"])]),
    # must not drop: named in the find's own sentence, or no finder credited at all
    ("en-custody-joint-find-kept", "2024-03-08",
     "Australian Border Force and Australian Federal Police officers located 45 kg of cocaine in a container at "
     "Port Botany on Monday. The AFP seized the drugs.",
     [dict(drug="cocaine", kg=45, kind=E, agencies=["Australian Border Force", "Australian Federal Police"])]),
    ("en-custody-no-finder-kept", "2024-03-08",
     "A container from Ecuador held 60 kg of cocaine at Port Botany on Monday. The Australian Federal Police "
     "seized the drugs and arrested two men.",
     [dict(drug="cocaine", kg=60, kind=E, agencies=["Australian Federal Police"])]),
    # --- near the port, or at a container freight station: not at the port ---
    ("en-near-the-port-not-placed-by-arrival", "2022-05-26",
     "The DRI has seized 48 kg of cocaine from a container near the Mundra port in Kutch, an official said on "
     "Thursday. Officials searched the container, which arrived at the Mundra port weeks ago from a foreign "
     "country and was kept at a warehouse nearby since then.",
     [dict(drug="cocaine", kg=48, kind=E, port=None)]),
    ("en-container-station-near-the-port", "2022-04-25",
     "Officers seized 120 kg of heroin after a raid at a container station near Kandla port on Thursday.",
     [dict(drug="heroin", kg=120, kind=E, port=None)]),
    ("en-container-freight-station", "2022-04-25",
     "Customs officers found 35 kg of heroin in a container at a container freight station in Mundra on Friday.",
     [dict(drug="heroin", kg=35, kind=E, port=None)]),
    # must keep: at the port itself, or at its container terminal
    ("en-at-the-port-kept", "2022-04-25",
     "Officers seized 70 kg of heroin from a container at Nhava Sheva port on Friday. The container had arrived "
     "from Iran.",
     [dict(drug="heroin", kg=70, kind=E, port="Nhava Sheva")]),
    ("en-container-terminal-kept", "2022-04-25",
     "Officers seized 70 kg of heroin at the container terminal of Mundra port on Friday.",
     [dict(drug="heroin", kg=70, kind=E, port="Mundra")]),
]

KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_press_round7_en7(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)
