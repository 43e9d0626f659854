"""Cue words fire on the words they mean and never inside ordinary words (issue 9, cause 6)."""

from __future__ import annotations

import pytest

from nlp import cues
from nlp.units import find_quantities

pytestmark = pytest.mark.issue(9)


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("SEIZED", "Officers seized 2 tonnes"),
        ("SEIZED", "la Guardia Civil ha intervenido 300 kilos"),
        ("SEIZED", "der Zoll meldet einen Kokainfund im Hafen"),
        ("SEIZED", "la douane a retrouvé 40 kilos"),
        ("SEIZED", "de douane vond 500 kilo"),
        ("SEIZED", "ZATCA thwarted four smuggling attempts"),
        ("AGGREGATE", "en los últimos cuatro años la cantidad decomisada"),
        ("AGGREGATE", "seizures in the last three days amount to"),
        ("AGGREGATE", "responsible for eight cases, seizing"),
        ("AGGREGATE", "in het derde kwartaal"),
        ("AGGREGATE", "in the fiscal year to march"),
        ("AGGREGATE", "1,8 tonnen kokain verzeichnet die jahresbilanz des zolls"),
        ("AGGREGATE", "128 tonnes de cannabis (+15% par rapport à 2021)"),
        ("AGGREGATE", "customs have seized 30 tonnes so far this year"),
        ("AGGREGATE", "nearly 11,000 kilograms of the drug was found at the port just in july"),
        ("CARGO", "more than 220 million tons were processed through its terminals"),
        ("AGGREGATE", "solo en julio se incautaron 9 toneladas"),
        ("AGGREGATE", "a record 30 tonnes so far this year"),  # a figure between: the total is the record
        ("RECORD_SO_FAR", "el mayor alijo de cocaína en lo que va de año"),
        ("WEAK_AGGREGATE", "sur l'année 2020, on a appréhendé 65 kg"),
        ("TAKEOVER", "la Fiscalía de Drogas se hizo cargo"),
        ("SMUGGLED_ONLY", "10 bags of cocaine have vanished from the port"),
        ("SMUGGLED_ONLY", "der Kokainschmuggel über den Hafen"),
        ("PRODUCTION", "a leading producer, with output of around 951 tonnes a year"),
        ("PRODUCTION", "la producción de cocaína alcanzó 2.000 toneladas"),
        ("PRODUCTION", "die Produktion von Kokain"),
        ("LEGAL", "possession of up to 25 grams is legal"),
        ("NOT_AT_PORT", "found on the Landstraße near Bremen"),
        ("NOT_AT_PORT", "seized at the airport"),
    ],
)
def test_cue_fires_on_its_words(cue, text):
    assert getattr(cues, cue).search(text.lower())


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("SEIZED", "he said in an interview"),  # 'interv' (Spanish intervenir) inside 'interview'
        ("SEIZED", "the gang raised funds abroad"),  # German 'Fund' inside 'funds'
        ("SEIZED", "the foundation of the company"),
        ("SMUGGLED_ONLY", "environ 500 kilos de cocaïne"),  # 'envi' (enviado) inside 'environ'
        ("SMUGGLED_ONLY", "the police removed the boxes"),
        ("AGGREGATE", "uma equipa de fiscalização abriu o contentor"),  # 'fiscal' inside 'fiscalização'
        ("AGGREGATE", "el manual de la terminal"),  # 'anual' inside 'manual'
        ("AGGREGATE", "they found a total of 6kg of cocaine"),  # a total of one seizure's parts
        ("AGGREGATE", "one of the largest seizures in recent years"),
        ("WEAK_AGGREGATE", "a 31 de janeiro deste ano"),  # 'este ano' inside 'deste ano'
        ("AGGREGATE", "agentes del resguardo fiscal de la guardia civil"),  # 'fiscal' is no fiscal year
        ("AGGREGATE", "uno de los decomisos más importantes de los últimos años"),  # recent years frame no total
        ("AGGREGATE", "one of the largest seizures in the past years"),
        ("AGGREGATE", "making it the country’s biggest haul to date"),  # a record, no running total
        ("AGGREGATE", "der größte kokainfund seit jahresbeginn"),
        ("AGGREGATE", "the find was made public only in july"),  # when, not a month's sum
        ("CARGO", "the cocaine was processed into bricks"),  # processing a drug is no port's traffic
        ("AGGREGATE", "customs seized 2 tonnes in july"),
        ("LEGAL", "an illegal shipment of cocaine"),  # 'legal' inside 'illegal'
        ("NOT_AT_PORT", "a drug route abroad"),  # 'road' inside 'abroad'
        ("NOT_AT_PORT", "mit einem Straßenverkaufswert von 3 Millionen"),  # street value is no street
        ("TAKEOVER", "the courtesy of the port"),
        ("PRODUCTION", "Customs seized the product of a long investigation"),
        ("PER_ITEM", "seizing 2 tonnes each year"),
        ("FAKE", "a nephew of the skipper"),
    ],
)
def test_cue_does_not_fire_inside_other_words(cue, text):
    assert not getattr(cues, cue).search(text.lower()), getattr(cues, cue).search(text.lower())


def test_every_cue_list_is_bounded():
    """No cue of a word list matches the middle of a longer word."""
    for name in ("AGGREGATE", "WEAK_AGGREGATE", "BACKGROUND", "NOT_AT_PORT", "AT_SEA", "TAKEOVER", "COMPARISON",
                 "CARGO", "AGAIN", "TOTAL", "FAKE", "LEGAL", "STORY_BREAK", "SEIZED", "SMUGGLED_ONLY", "PRODUCTION"):
        rx = getattr(cues, name)
        for m in rx.finditer("xannual xfiscal xseized xsmuggled xproduction xrecord xairport xcourt xtotal"):
            raise AssertionError(f"{name} fires inside a word: {m.group(0)!r}")


@pytest.mark.parametrize(
    ("before", "after", "per_item"),
    [
        ("10 bags of cocaine, each weighing ", " (500kg in all)", True),
        ("each motor hid an average of around ", " of methamphetamine", True),
        ("4,489 packages, weighing approximately ", " each", True),
        ("una veintena de bolsas con unos ", " de esta droga cada una", True),
        ("460 paquetes, cada uno con un peso aproximado a ", ".", True),
        ("dix sacs pesant chacun ", " de cocaïne", True),
        ("zwölf Pakete mit jeweils ", " Kokain", True),
        ("Customs seized ", " of cocaine each year in the port", False),
        ("Officers found ", " of cocaine and 20 kg of heroin, each hidden in a car", False),
    ],
)
def test_per_item_weights(before, after, per_item):
    from nlp.components.seizures import _not_a_seizure

    text = before + "50 kilos" + after
    q = next(q for q in find_quantities(text) if q.start == len(before))
    assert _not_a_seizure(text, q, 0, len(text)) is per_item


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("the number of seizures weighing 100kg (220lbs) or more by Border Force", True),
        ("a rise in the number of seizures over 10kg by Border Force", True),
        ("les saisies de plus de 100 kg ont doublé", True),
        ("las incautaciones superiores a 100 kg", True),
        ("Border Force seized 100kg or so of cocaine", False),
        ("Border Force seized 100kg of cocaine and more than 20 kg of heroin", False),
    ],
)
def test_size_thresholds(text, threshold):
    from nlp.components.seizures import _not_a_seizure

    q = find_quantities(text)[0]
    assert _not_a_seizure(text, q, 0, len(text)) is threshold


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("La Guardia di Finanza sequestrò 80 chili nel luglio del 2016 nel porto di Gioia Tauro.", False),
        ("The yacht was intercepted in August last year.", False),
        ("Customs seized 12 tonnes in 2023.", True),
        ("Le port a enregistré 9 tonnes l'an dernier.", True),
    ],
)
def test_a_year_that_finishes_a_date_frames_no_period(text, framed):
    from nlp.components.seizures import _weak_aggregate

    assert _weak_aggregate(text) is framed


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("tussen 11 mei en 29 mei heeft de douane", True),
        ("between 11 and 29 May customs seized", True),
        ("du 3 au 14 mars, les douaniers", True),
        ("vom 3. bis 14. März stellte der Zoll", True),
        ("11–29 May", True),
        ("entre 300 et 400 kilos", False),
        ("de 2 a 3 toneladas", False),
        ("on 12 May at 3 pm", False),
    ],
)
def test_a_span_of_days_frames_a_total(text, span):
    assert bool(cues.DAY_SPAN.search(text.lower())) is span
    assert bool(cues.AGGREGATE.search(text.lower())) is span


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("HEDGE_MORE", "ont saisi plus d'", True),
        ("HEDGE_MORE", "seized more than ", True),
        ("HEDGE_MORE", "Zoll stellte über ", True),
        ("HEDGE_MORE", "the coverage of ", False),
        ("HEDGE_LESS", "onderschept bijna ", True),
        ("HEDGE_LESS", "verzeichnet knapp ", True),
        ("HEDGE_LESS", "the fastest boat carried ", False),
    ],
)
def test_hedges_bound_a_figure(cue, text, fires):
    assert bool(getattr(cues, cue).search(text.lower())) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("with this seizure, the country has detected 12.5 tons of cocaine", True),
        ("con esta incautación, la policía suma 20 toneladas", True),
        ("avec cette saisie, la douane totalise 9 tonnes", True),
        ("mit diesem Fund steigt die Menge auf 30 Tonnen", True),
        ("this seizure was made with the help of dogs", False),
        ("the seizure came with a warning", False),
    ],
)
def test_a_running_tally_is_an_aggregate(text, fires):
    assert bool(cues.AGGREGATE.search(text.lower())) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("con la más reciente incautación, ya son más de 80 toneladas", True),
        ("with the latest seizure, Border Force has found 9 tonnes this year", True),
        ("three men arrested in connection with the seizure of nearly 2 tonnes", False),
    ],
)
def test_a_running_tally_needs_the_new_find_named(text, fires):
    assert bool(cues.AGGREGATE.search(text.lower())) is fires


def test_cue_lists_come_from_one_data_file_a_language():
    import json
    import re
    from importlib import resources

    names = set()
    for lang in ("en", "es", "pt", "nl", "fr", "it", "de"):
        data = json.loads(resources.files("nlp").joinpath(f"data/cues/{lang}.json").read_text(encoding="utf-8"))
        for cue in ("SEIZED", "AGGREGATE", "NOT_AT_PORT", "TAKEOVER", "HEDGE_MORE", "SMUGGLED_ONLY"):
            assert data.get(cue), f"{lang}.json has no {cue} words"
        names |= {k for k in data if not k.startswith("_")}
        for cue, entries in data.items():
            if not cue.startswith("_"):
                for entry in entries:
                    re.compile(cues._bounded(entry, False))  # every entry is a valid, bounded pattern
    assert all(isinstance(getattr(cues, n), (re.Pattern, cues.Unless)) for n in names)  # every list is a cue of nlp.cues


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("this is not the first time that costa rica has detected drugs in fruit", True),
        ("no es la primera vez que se encuentra un gran cargamento", True),
        ("ce n'est pas la première fois que le port est visé", True),
        ("es ist nicht das erste mal, dass", True),
        ("it is the first time customs used the scanner", False),
        ("la primera vez que se usó el escáner", False),
    ],
)
def test_not_the_first_time_turns_to_history(text, fires):
    assert bool(cues.NOT_FIRST.search(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("appena qualche mese fa la guardia di finanza ha sequestrato", True),
        ("vor zwei jahren fand der zoll", True),
        ("il y a trois mois, la douane", True),
        ("drie jaar geleden vond de douane", True),
        ("hace dos años la policía", True),
        ("la guardia di finanza fa sapere", False),  # 'fa' alone is 'makes'
        ("vor dem hafen", False),
    ],
)
def test_time_ago_in_seven_languages_is_background(text, fires):
    assert bool(cues.BACKGROUND.search(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("in zwei anderen fällen war es der bande gelungen, 154 kilo kokain aus containern zu holen", True),
        ("er war am handel mit 46 kilo amphetamin beteiligt", True),
        ("acusados de tráfico de 300 kilos de cocaína", True),
        ("the gang managed to retrieve 200 kg from the terminal", True),
        ("ils ont réussi à faire passer 80 kilos", True),
        ("der handelshafen von hamburg", False),
        ("the dealer was arrested", False),
    ],
)
def test_traded_or_got_away_with_is_no_seizure(text, fires):
    assert bool(cues.SMUGGLED_ONLY.search(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [("350 kg di pasticche per ogni cilindro", True), ("20 kilos por cada paquete", True), ("für jeden container", True),
     ("pro jahr", False), ("per year", False), ("per kilo", False)],
)
def test_for_each_is_per_item(text, fires):
    assert bool(cues.PER_ITEM.search(text)) is fires


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("SEIZED", "im container fanden die zöllner 300 kilogramm kokain", True),
        ("SEIZED", "die beamten stellten in einem container 450 kilogramm kokain sicher", True),
        ("SEIZED", "die kontrolle fand am dienstag im hafen statt", False),  # 'fand ... statt' took place
        ("SEIZED", "der zoll stellt sicher, dass die container geprüft werden", False),  # 'sicherstellen, dass' ensures
        ("SEIZED", "i finanzieri hanno individuato 250 chili di cocaina", True),
        ("SEIZED", "sono stati recuperati 80 chili", True),
        ("SEIZED", "i funzionari hanno bloccato il carico", True),
        ("SEIZED", "la receita federal interceptou 300 quilos", True),
        ("SEIZED", "agentes encontraram 150 kg de cocaína", True),
        ("SEIZED", "les douaniers ont intercepté 1,2 tonne", True),
        ("SEIZED", "il bloccaggio dei conti", False),
        ("SMUGGLED_ONLY", "die bande soll 2,5 tonnen kokain nach deutschland eingeführt haben", True),
        ("SMUGGLED_ONLY", "l'organizzazione avrebbe importato oltre 4 tonnellate", True),
        ("SMUGGLED_ONLY", "droga introdotta attraverso il porto", True),
        ("SMUGGLED_ONLY", "die wiedereinführung der kontrollen", False),
        ("SMUGGLED_ONLY", "gli importatori di banane", False),
    ],
)
def test_seized_and_only_smuggled_in_press_office_german_italian_portuguese_french(cue, text, fires):
    assert bool(getattr(cues, cue).search(text)) is fires


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("SINGLE_SHIPMENT", "nella prima operazione sono stati scoperti 200 chili", True),
        ("SINGLE_SHIPMENT", "nell'ultima operazione sono stati recuperati 80 chili", True),
        ("SINGLE_SHIPMENT", "in the first operation, officers found 3 tonnes", True),
        ("SINGLE_SHIPMENT", "en la primera operación se intervinieron 4 toneladas", True),
        ("SINGLE_SHIPMENT", "bei der ersten kontrolle fanden die beamten 700 kilogramm", True),
        ("SINGLE_SHIPMENT", "bij de eerste controle vond de douane 500 kilo", True),
        ("SINGLE_SHIPMENT", "lors de la première opération, 300 kilos", True),
        ("SINGLE_SHIPMENT", "na primeira operação foram apreendidos 200 quilos", True),
        ("SINGLE_SHIPMENT", "in the first half of the year customs seized 9 tonnes", False),
        ("SINGLE_SHIPMENT", "nel primo semestre sono state sequestrate 5 tonnellate", False),
        ("SINGLE_SHIPMENT", "in den ersten sechs monaten", False),
        ("BACKGROUND", "im jahr davor waren es 20 tonnen", True),
        ("BACKGROUND", "l'anno precedente erano state 8 tonnellate", True),
        ("BACKGROUND", "het jaar daarvoor ging het om 40 ton", True),
        ("BACKGROUND", "no ano anterior foram 12 toneladas", True),
        ("BACKGROUND", "der zoll stand davor am container", False),
        ("BACKGROUND", "nel precedere la nave", False),
        ("COMPARISON", "allein im hamburger hafen waren es 30 tonnen", True),
        ("COMPARISON", "die waren eskortiert", False),
    ],
)
def test_one_operation_of_several_and_the_year_before(cue, text, fires):
    assert bool(getattr(cues, cue).search(text)) is fires


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("SMUGGLED_ONLY", "l'organizzazione aveva fatto arrivare nel porto almeno 500 chili", True),
        ("SMUGGLED_ONLY", "avrebbero fatto entrare in italia 2 tonnellate", True),
        ("SMUGGLED_ONLY", "i finanzieri hanno fatto sapere che", False),
        ("PER_ITEM_BEFORE", "160 pakketten van elk ", True),
        ("PER_ITEM_BEFORE", "twintig tassen met ieder zo'n ", True),
        ("PER_ITEM_BEFORE", "een vangst van ", False),
    ],
)
def test_brought_in_italian_and_each_before_the_figure_in_dutch(cue, text, fires):
    assert bool(getattr(cues, cue).search(text)) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [("per un totale di 350 chili", True), ("un total de 500 kilos", True), ("um total de 200 kg", True),
     ("die gesamtmenge von 1000 kilogramm", True), ("een totaal van 900 kilo", True),
     ("un totalitario regime", False), ("the totalitarian state", False), ("die gesamte ladung", False)],
)
def test_words_that_sum(text, fires):
    assert bool(cues.TOTAL.search(text)) is fires


@pytest.mark.parametrize(
    ("cue", "text", "fires"),
    [
        ("WEAK_AGGREGATE", "2023 wurden im hafen 4,8 tonnen kokain beschlagnahmt", True),
        ("WEAK_AGGREGATE", "2022 hatte der zoll 30 tonnen sichergestellt", True),
        ("WEAK_AGGREGATE", "die zahl 2023 steht für", False),
        ("SMUGGLED_ONLY", "dass die bande pro monat bis zu 500 kilogramm kokain umschlug", True),
        ("SMUGGLED_ONLY", "der umschlag im hafen", False),
    ],
)
def test_a_bare_year_before_the_verb_and_traded_in_german(cue, text, fires):
    assert bool(getattr(cues, cue).search(text)) is fires


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        ("Lesen Sie auch: Zoll findet 1,5 Tonnen Kokain in Bremerhaven", "Zoll findet 1,5 Tonnen Kokain in Bremerhaven"),
        ("Leggi anche\nGioia Tauro, sequestrate 3 tonnellate di cocaina", "Gioia Tauro, sequestrate 3 tonnellate di cocaina"),
        ("Read more: Record 5.7 tonnes of cocaine seized", "Record 5.7 tonnes of cocaine seized"),
        ("Te puede interesar: Incautados 2.000 kilos de hachís", "Incautados 2.000 kilos de hachís"),
        ("À lire aussi : Saisie record de 10 tonnes", "Saisie record de 10 tonnes"),
        ("Leia também: PF apreende 1,2 tonelada", "PF apreende 1,2 tonelada"),
        ("Lees ook Douane vindt 1.600 kilo cocaïne", "Douane vindt 1.600 kilo cocaïne"),
        ("Related:\nCustoms seize 2 tonnes", "Customs seize 2 tonnes"),
        ("Related seizures in 2023 totalled 50 tonnes.", None),  # prose, not a link label
        ("Customs said they read more than 300 manifests.", None),  # not at the start of a line
        ("Zum Lesen: der Bericht", None),
    ],
)
def test_a_read_also_link_is_another_story(text, teaser):
    from nlp.components.quantities import teaser_spans

    spans = teaser_spans(text)
    assert [text[s:e] for s, e in spans] == ([teaser] if teaser else [])
