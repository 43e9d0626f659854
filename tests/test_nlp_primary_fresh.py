"""What is the news and what is background, and what is a total, as real articles that report several seizures
signal it (issue #9): a find told in the pluperfect, a superlative closed by 'this year', a figure only set against
the year before, the older figure of a change, a sum over one day. Every text is written for this test: the same
constructions as the press writes them, with other numbers, places and words."""

from __future__ import annotations

import pytest

from tests.press import case_params, check_facts

E, A = "event", "aggregate"

CASES = [
    # a find told in the pluperfect is history, in German, French and Spanish as in Italian
    ("de-pluperfect", "2024-06-14",
     "Der Zoll hat am Montag im Hafen von Bremerhaven 250 Kilogramm Kokain in einem Container aus Ecuador "
     "sichergestellt. Im Frühjahr hatten Fahnder in Hamburg rund 90 Kilo in einem Bananencontainer beschlagnahmt.",
     [dict(drug="cocaine", kg=250, kind=E, primary=True), dict(drug="cocaine", kg=90, kind=E, primary=False)]),
    ("de-days-before", "2024-06-14",
     "Der Zoll hat im Hafen von Bremerhaven 250 Kilogramm Kokain in einem Container aus Ecuador sichergestellt. "
     "Wenige Tage davor stellten Beamte in Hamburg 70 Kilo in einem Kühlcontainer sicher.",
     [dict(drug="cocaine", kg=250, kind=E, primary=True), dict(drug="cocaine", kg=70, kind=E, primary=False)]),
    ("fr-plus-que-parfait", "2024-06-14",
     "Les douaniers ont saisi mardi 430 kg de cocaïne dans un conteneur au port de Marseille. En mars, 210 kilos "
     "avaient été interceptés à Dunkerque dans une cargaison d'ananas.",
     [dict(drug="cocaine", kg=430, kind=E, primary=True), dict(drug="cocaine", kg=210, kind=E, primary=False)]),
    # hours before: the same day's operation, still the news
    ("de-hours-before-pluperfect", "2024-06-14",
     "Der Zoll hat am Montag im Hafen von Bremerhaven 250 Kilogramm Kokain sichergestellt. Wenige Stunden zuvor "
     "hatten Beamte am selben Terminal 40 Kilo in einem Kühlcontainer entdeckt.",
     [dict(drug="cocaine", kg=250, kind=E, primary=True), dict(drug="cocaine", kg=40, kind=E, primary=True)]),
    ("es-pluscuamperfecto", "2024-06-14",
     "La Guardia Civil ha intervenido 800 kilos de cocaína en el puerto de Valencia. En febrero se habían "
     "incautado 150 kilos en un contenedor de plátanos en el mismo muelle.",
     [dict(drug="cocaine", kg=800, kind=E, primary=True), dict(drug="cocaine", kg=150, kind=E, primary=False)]),
    # a superlative closed by a period ranks one find: it frames no total
    ("en-biggest-since-the-start", "2024-06-14",
     "Police seized nearly 3 tons of cocaine at the port of Santos, their biggest haul since the beginning of the "
     "year, officials said.",
     [dict(drug="cocaine", kg=3000, kind=E, primary=True)]),
    ("fr-plus-grosse-cette-annee", "2024-06-14",
     "Plus de 900 kg de cocaïne ont été saisis au Havre, la plus grosse saisie réalisée cette année en France.",
     [dict(drug="cocaine", kg=900, kind=E, primary=True)]),
    # a figure only set against the year before is still this period's figure
    ("de-more-than-the-year-before", "2024-03-05",
     "Im vergangenen Jahr beschlagnahmte der Zoll 12 Tonnen Kokain. Außerdem stellten die Beamten 6200 Kilo "
     "Marihuana sicher, rund 800 Kilo mehr als im Vorjahr.",
     [dict(drug="cocaine", kg=12000, kind=A, primary=True), dict(drug="cannabis", kg=6200, kind=A, primary=True)]),
    ("en-more-than-the-previous-year", "2024-03-05",
     "Border officers seized 9 tonnes of cocaine in 2023. Officers also seized 3,100 kg of cannabis in 2023, 400 kg "
     "more than in the previous year.",
     [dict(drug="cocaine", kg=9000, kind=A, primary=True), dict(drug="cannabis", kg=3100, kind=A, primary=True)]),
    # a difference to a bare year is no seizure
    ("de-more-than-a-bare-year", "2024-03-05",
     "Der Zoll beschlagnahmte 2023 knapp 11 Tonnen Kokain, das sind 3 Tonnen mehr als 2022.",
     [dict(drug="cocaine", kg=11000, kind=A)]),
    # the older figure of a change is history
    ("en-rose-from-to", "2024-03-05",
     "Customs seized 700kg of ketamine at the ports last year. The quantity of heroin seized rose from 120kg in "
     "2022 to 480kg in 2023.",
     [dict(drug="ketamine", kg=700, kind=A, primary=True), dict(drug="heroin", kg=120, kind=A, primary=False),
      dict(drug="heroin", kg=480, kind=A, primary=True)]),
    # 'de' / 'von' of a haul is no 'from': the find that brings a total to a figure stays the news (review of bad65a1)
    ("es-mas-de-eleva-a", "2025-06-14",
     "Más de 300 kilos de cocaína fueron intervenidos el martes en el puerto de Valencia, lo que eleva a 2 toneladas "
     "la cocaína incautada allí este año.",
     [dict(drug="cocaine", kg=300, kind=E, primary=True), dict(drug="cocaine", kg=2000, kind=A)]),
    ("fr-plus-de-portant-a", "2025-06-14",
     "Cette saisie de 500 kg de cocaïne au Havre porte à 3 tonnes la quantité de cocaïne saisie depuis janvier.",
     [dict(drug="cocaine", kg=500, primary=True), dict(drug="cocaine", kg=3000, kind=A)]),
    ("de-lieferung-von-auf", "2025-06-14",
     "Der Zoll hat im Hamburger Hafen eine Lieferung von 300 Kilogramm Kokain sichergestellt, damit stieg die Menge "
     "in diesem Jahr auf 2 Tonnen Kokain.",
     [dict(drug="cocaine", kg=300, primary=True), dict(drug="cocaine", kg=2000)]),
    # a sum over one day told after its finds
    ("es-en-un-solo-dia", "2024-06-14",
     "Los agentes hallaron 6 kilos de cocaína en la maleta de un pasajero. Otro viajero llevaba 4 kilos de cocaína "
     "adheridos al cuerpo. En un solo día se intervinieron más de 10 kilos de cocaína.",
     [dict(drug="cocaine", kg=6, kind=E), dict(drug="cocaine", kg=4, kind=E), dict(drug="cocaine", kg=10, kind=A)]),
]

KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "expected"), case_params(CASES, KNOWN_FAILURES))
def test_news_and_background_in_reports_of_several_seizures(extractor, published, text, expected):
    check_facts(extractor, published, text, expected)


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("BACKGROUND", "im frühjahr hatten fahnder in hamburg rund 90 kilo beschlagnahmt", True),
        ("BACKGROUND", "damals war die ladung im hafen sichergestellt worden", True),
        ("BACKGROUND", "drei wochen davor", True),
        ("BACKGROUND", "der zoll hat 250 kilogramm kokain sichergestellt", False),
        ("BACKGROUND", "die ermittler warnten davor", False),
        ("BACKGROUND", "210 kilos avaient été interceptés à dunkerque", True),
        ("BACKGROUND", "les douanes avaient annoncé la saisie de 2 tonnes", True),
        ("BACKGROUND", "les douaniers avaient contrôlé le navire", False),
        ("BACKGROUND", "se habían incautado 150 kilos", True),
        ("BACKGROUND", "los agentes habían detenido al capitán", False),
        ("BACKGROUND", "rund 800 kilo mehr als im vorjahr", False),
        ("BACKGROUND", "400 kg more than in the previous year", False),
        ("BACKGROUND", "a 20 % rise compared with last year", False),
        ("BACKGROUND", "in più rispetto all'anno precedente", False),
        ("BACKGROUND", "un 12 % más respecto al año anterior", False),
        ("BACKGROUND", "en hausse par rapport à l'année dernière", False),
        ("BACKGROUND", "in the previous year 3 tonnes were seized", True),
        ("RECORD_SO_FAR", "their biggest haul since the beginning of the year", True),
        ("RECORD_SO_FAR", "la plus grosse saisie réalisée cette année", True),
        ("RECORD_SO_FAR", "il più grande sequestro di quest'anno", True),
        ("RECORD_SO_FAR", "el mayor alijo de este año", True),
        ("RECORD_SO_FAR", "der größte fund in diesem jahr", True),
        ("RECORD_SO_FAR", "customs seized 9 tonnes this year", False),
        ("TOTAL", "en un solo día se intervinieron más de 10 kilos", True),
        ("TOTAL", "in a single day officers seized", True),
        ("TOTAL", "in un solo giorno sono stati sequestrati", True),
        ("TOTAL", "the ship docked one day later", False),
    ],
)
def test_cues_of_history_records_and_sums(cue, text, fires):
    from nlp import cues

    assert bool(getattr(cues, cue).search(text)) is fires, getattr(cues, cue).search(text)


def test_a_difference_to_a_bare_year_follows_its_figure():
    from nlp import cues

    assert cues.DIFFERENCE_AFTER.match(" mehr als 2022.")
    assert not cues.DIFFERENCE_AFTER.match(" im Jahr 2022 sichergestellt")
