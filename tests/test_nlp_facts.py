"""Fact assembly on short texts written for these tests (real spaCy pipelines, no mocks)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(4)


def only(result):
    assert len(result.facts) == 1, [f.as_dict() for f in result.facts]
    return result.facts[0]


def test_english_event_with_every_field(extractor):
    text = ("Border Force officers at the Port of Felixstowe found 93 kg (205 pounds) of cocaine hidden among boxes "
            "of frozen prawns on Monday, the Home Office said. The container had been shipped from Guayaquil in Ecuador.")
    r = extractor.extract(text, published="2025-03-12")
    f = only(r)
    assert r.lang == "en" and r.relevant
    assert (f.drug, f.quantity_kg, f.port, f.locode, f.country, f.date) == ("cocaine", 93, "Felixstowe", "GBFXT", "GB", "2025-03-10")
    assert f.agencies == ["UK Border Force"] and f.kind == "event" and f.primary
    assert f.evidence.startswith("Border Force officers") and f.end_char > f.start_char


@pytest.mark.parametrize(
    ("lang", "text", "drug", "kg", "port"),
    [
        ("es", "Agentes de la Guardia Civil han intervenido 1.600 kilos de cocaína en el puerto de Algeciras.", "cocaine", 1600, "Algeciras"),
        ("pt", "A Receita Federal apreendeu 1.872 quilos de cocaína no Porto de Santos.", "cocaine", 1872, "Santos"),
        ("nl", "De douane heeft in de haven van Antwerpen ruim 2,5 ton cocaïne onderschept.", "cocaine", 2500, "Antwerp"),
        ("fr", "La douane a saisi 1 037 kilos de résine de cannabis au port de Marseille.", "cannabis", 1037, "Marseille"),
        ("it", "La Guardia di Finanza ha sequestrato mezza tonnellata di cocaina nel porto di Genova.", "cocaine", 500, "Genoa"),
        ("de", "Der Zoll hat im Hafen von Hamburg mehr als zwei Tonnen Kokain sichergestellt.", "cocaine", 2000, "Hamburg"),
    ],
    ids=["es", "pt", "nl", "fr", "it", "de"],
)
def test_seven_languages(extractor, lang, text, drug, kg, port):
    r = extractor.extract(text, published="2025-07-01")
    f = only(r)
    assert r.lang == lang
    assert (f.drug, f.quantity_kg, f.port) == (drug, kg, port)


def test_at_sea_has_no_port_and_the_navy_country(extractor):
    text = ("The Spanish Navy intercepted a sailing boat carrying 3 tonnes of cocaine 300 nautical miles off the Canary "
            "Islands on Sunday.")
    f = only(extractor.extract(text, published="2025-11-04"))
    assert f.port is None and f.country == "ES"


def test_yearly_total_is_a_background_aggregate(extractor):
    text = ("Customs officers found 400 kg of cocaine at the port of Rotterdam on Tuesday. "
            "In 2024, customs seized 50 tonnes of cocaine at Dutch ports.")
    facts = extractor.extract(text, published="2025-05-08").facts
    assert [(f.quantity_kg, f.kind, f.primary) for f in facts] == [(400, "event", True), (50000, "aggregate", False)]
    assert facts[1].port is None and facts[1].date == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "The port handled 14 million tonnes of cargo last year, a record.",
        "Smugglers tried to bring 10 tonnes of cocaine into Europe through the port, prosecutors said.",
        "Under the new law adults may carry up to 25 grams of cannabis for personal use.",
        "Police seized 2.3 million euros in cash in the raid.",
        "The exercise used 20 fake packages of one kilo of flour made to look like cocaine.",
    ],
    ids=["cargo", "smuggled-not-seized", "legal-limit", "cash", "fake"],
)
def test_hard_negatives(extractor, text):
    r = extractor.extract(text, published="2025-05-08")
    assert r.facts == [] and not r.relevant


def _kinds(result):
    return sorted((f.drug, f.quantity_kg, f.kind) for f in result.facts)


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total the article then reports one by one: the total is an aggregate, each part an event
        ("Customs seized 1,397 kilos of cocaine at the port of Bilbao. In March officers found 185 kilos of cocaine in a "
         "container of bananas. In May they found 1,212 kilos of cocaine in a container of pineapples.",
         [("cocaine", 185, "event"), ("cocaine", 1212, "event"), ("cocaine", 1397, "aggregate")]),
        ("De douane onderschepte bijna 3000 kilo cocaïne in de Rotterdamse haven. In de eerste container vond de douane "
         "1650 kilo cocaïne. In de tweede container trof de douane iets meer dan 1300 kilo cocaïne aan.",
         [("cocaine", 1300, "event"), ("cocaine", 1650, "event"), ("cocaine", 3000, "aggregate")]),
        # one seizure of several drugs: the sum is 'other', each drug an event
        ("Customs officers seized 23kg of narcotics at the port of Durban. The items tested positive for crystal meth, "
         "which weighed 10kg. Other items tested positive for fentanyl which weighed 13kg.",
         [("fentanyl", 13, "event"), ("methamphetamine", 10, "event"), ("other", 23, "aggregate")]),
    ],
    ids=["en-parts", "nl-parts", "en-mixed-drugs"],
)
def test_totals_of_reported_parts(extractor, text, expected):
    r = extractor.extract(text, published="2025-06-01")
    assert _kinds(r) == [(d, pytest.approx(kg), k) for d, kg, k in expected]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Border Force officers at Dover found a total of 6kg of cocaine hidden in a lorry.", "event"),
        ("Die Drogenfahnder haben in Bremerhaven insgesamt 125 Kilogramm Kokain in einer Bananensendung sichergestellt.", "event"),
        ("The 1.4 tonnes of cocaine were found on board a yacht intercepted in August last year at the port of Newlyn.", "event"),
        ("A Autoridade Tributária apreendeu a 31 de janeiro deste ano 68 quilos de cocaína no Porto de Sines.", "event"),
        ("Customs seized 4.4 tonnes of cocaine in three separate operations at the port of Colon.", "aggregate"),
        ("Le Senan a saisi 13 tonnes de cocaïne au port de Colon ces dix derniers jours.", "aggregate"),
        ("En los últimos cuatro años la policía ha decomisado 236 toneladas de cocaína en el puerto de Moín.", "aggregate"),
        ("Customs seized 12 tonnes of cocaine at the port of Antwerp in 2023.", "aggregate"),
    ],
)
def test_total_words_alone_do_not_make_an_aggregate(extractor, text, kind):
    f = only(extractor.extract(text, published="2025-06-01"))
    assert f.kind == kind


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "Colombia is a leading producer of cocaine, with output of around 951 tonnes a year.",
        "According to the paper, 10 bags of cocaine, each weighing 50kg, have vanished from the Tema Port.",
        "The container held 60 electric motors, and each motor hid an average of around eight kilograms of methamphetamine.",
        "Los agentes encontraron una veintena de bolsas con unos 20 kilos de cocaína cada una.",
        "The rise was driven by an increase in the number of seizures of cocaine weighing 100kg or more.",
        "Konkret ging es um den Schmuggel von 471 Kilogramm Kokain in einem Container.",
    ],
    ids=["production", "vanished", "per-item-en", "per-item-es", "threshold", "smuggled-de"],
)
def test_amounts_never_seized_are_no_facts(extractor, text):
    r = extractor.extract(text, published="2025-06-01")
    assert r.facts == [], [f.as_dict() for f in r.facts]


@pytest.mark.issue(9)
def test_bracketed_conversions_between_figure_and_drug(extractor):
    text = ("The UK Border Agency said around 100 kilos (220lb) of heroin, 15 kilos (33lb) of cocaine and 250 kilos "
            "(551lb) of cannabis were seized at the port of Dover.")
    r = extractor.extract(text, published="2025-06-01")
    assert sorted((f.drug, f.quantity_kg) for f in r.facts) == [("cannabis", 250), ("cocaine", 15), ("heroin", 100)]


@pytest.mark.issue(9)
def test_a_hedged_conversion_is_the_same_seizure(extractor):
    text = "More than 18,000kg (more than 40,000lbs) of cocaine was seized at the port of Felixstowe in 2022."
    r = extractor.extract(text, published="2025-06-01")
    assert [f.quantity_kg for f in r.facts] == [18000]


@pytest.mark.issue(9)
def test_a_figure_is_no_total_of_figures_that_only_nearly_add_up(extractor):
    # 400 + 359 + 90 + 34 = 883, not 889: every figure is its own seizure
    text = ("Op 11 mei werd 34 kilo cocaïne gevonden in de Rotterdamse haven. Op 19 mei lag er 889 kilo cocaïne onder "
            "houten balken. Op 26 mei werden 11 tassen met 359 kilo cocaïne aangetroffen. Op 29 mei kwamen 16 sporttassen "
            "met 400 kilo cocaïne tevoorschijn. Op 30 mei werd nog 90 kilo cocaïne gevonden.")
    r = extractor.extract(text, published="2022-06-01")
    assert {f.kind for f in r.facts} == {"event"} and len(r.facts) == 5


@pytest.mark.issue(9)
def test_figures_that_add_up_to_a_total_are_its_events_and_take_its_drug(extractor):
    text = ("En février, les douanes françaises ont intercepté 13 tonnes de cocaïne au port de Dunkerque. "
            "Cette saisie vise le marché français. "
            "Les agents douaniers ont effectué trois saisies distinctes : 1,9 tonne le 7 février, 8,4 tonnes le 12 février "
            "et 2,8 tonnes le 18 février.")
    r = extractor.extract(text, published="2026-03-01")
    assert _kinds(r) == [("cocaine", 1900, "event"), ("cocaine", 2800, "event"), ("cocaine", 8400, "event"),
                         ("cocaine", 13000, "aggregate")]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "En los últimos cuatro años la cantidad decomisada por las diferentes policías llega a 236 toneladas, una cifra récord.",
        "So far this year the coast guard has seized 13.7 tonnes in eleven separate operations.",
    ],
)
def test_a_period_total_of_no_named_drug_is_other(extractor, text):
    prefix = "La policía decomisó 460 kilos de cocaína en el puerto de Moín. El contenedor iba a Róterdam. Nadie fue detenido. "
    r = extractor.extract(prefix + text, published="2025-06-01")
    assert ("other", "aggregate") in {(f.drug, f.kind) for f in r.facts}


@pytest.mark.issue(9)
def test_a_period_count_of_packages_is_kept_beside_a_seizure_weight(extractor):
    text = ("SENAN agents seized 3.2 tons of cocaine in Panamanian Caribbean waters. So far this year, the National "
            "Aeronaval Service has seized 14,732 packages of cocaine in 100 operations.")
    r = extractor.extract(text, published="2024-10-03")
    assert {(f.drug, f.quantity_kg, f.units, f.kind) for f in r.facts} == {
        ("cocaine", None, 14732, "aggregate"), ("cocaine", 3200, None, "event")}


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "drug", "kg"),
    [
        ("Police seized 2.9 tons of cocaine in a plantain container at the port of Moín. The shipment, which was bound "
         "for Antwerp, totaled 2.9 tons of drugs, the newspaper reported.", "cocaine", 2900),
        ("Drogenfahnder haben im Hafen von Bremerhaven Kokain sichergestellt. Die insgesamt 125 Kilogramm Drogen "
         "befanden sich in mehreren Sporttaschen.", "cocaine", 125),
    ],
    ids=["restated-as-drugs", "refers-back"],
)
def test_drugs_that_refer_back_to_the_named_drug(extractor, text, drug, kg):
    f = only(extractor.extract(text, published="2025-06-01"))
    assert (f.drug, f.quantity_kg, f.kind) == (drug, kg, "event")


@pytest.mark.issue(9)
def test_an_unspecified_total_of_drugs_stays_other(extractor):
    f = only(extractor.extract("In 2023 customs seized a total of 221 tonnes of drugs at Dutch ports.", published="2024-02-01"))
    assert (f.drug, f.kind) == ("other", "aggregate")


@pytest.mark.issue(9)
def test_two_forms_of_one_drug_in_one_phrase_are_one_seizure(extractor):
    text = ("Les douaniers ont contrôlé un semi-remorque sur la RN10. Au total, la marchandise s'élevait à 755,5 kg de "
            "résine de cannabis et de 45 kg d'herbe de cannabis.")
    f = only(extractor.extract(text, published="2023-01-24"))
    assert (f.drug, f.quantity_kg) == ("cannabis", pytest.approx(800.5))


@pytest.mark.issue(9)
def test_one_drug_named_twice_in_a_list_stays_two_seizures(extractor):
    text = "Les douaniers ont trouvé 2 tonnes de cocaïne au port du Havre, et 300 kg de cocaïne dans un autre conteneur."
    r = extractor.extract(text, published="2023-01-24")
    assert sorted(f.quantity_kg for f in r.facts) == [300, 2000]


@pytest.mark.issue(9)
def test_drug_products_in_general_are_other(extractor):
    text = ("La Marine a saisi 1,4 tonne de cocaïne sur un navire de pêche. Depuis le début de l'année, plus de 14 tonnes "
            "de produits stupéfiants ont déjà été saisies aux Antilles, contre 11 tonnes pour l'année 2023.")
    r = extractor.extract(text, published="2024-05-31")
    assert sorted((f.drug, f.quantity_kg) for f in r.facts) == [("cocaine", 1400), ("other", 11000), ("other", 14000)]


@pytest.mark.issue(9)
def test_a_year_on_year_sentence_continues_the_drug_before(extractor):
    text = ("1,8 Tonnen Kokain verzeichnet die Jahresbilanz des Zolls für Bremerhaven. In Hamburg sind die Mengen "
            "deutlich stärker gestiegen: von 9,5 Tonnen im Jahr 2019 auf knapp 34 Tonnen im vergangenen Jahr.")
    r = extractor.extract(text, published="2024-03-01")
    assert sorted((f.drug, f.quantity_kg, f.kind) for f in r.facts) == [
        ("cocaine", 1800, "aggregate"), ("cocaine", 9500, "aggregate"), ("cocaine", 34000, "aggregate")]


@pytest.mark.issue(9)
def test_figures_of_other_goods_in_a_drug_sentence_are_no_drug(extractor):
    text = ("Desde 2020, as operações resultaram na apreensão de cerca de 18 toneladas de cocaína, 4,3 toneladas de haxixe, "
            "695 toneladas de cigarro, 113,34 toneladas de pescado e 14 toneladas de maconha.")
    r = extractor.extract(text, published="2023-05-01")
    assert sorted((f.drug, f.quantity_kg) for f in r.facts) == [
        ("cannabis", 4300), ("cannabis", 14000), ("cocaine", 18000)]


@pytest.mark.issue(9)
def test_a_hedged_total_sums_its_parts_within_its_hedge(extractor):
    text = ("Les douaniers de La Rochelle et d'Hendaye ont saisi à eux deux plus d'une tonne de cannabis le 20 janvier. "
            "À La Rochelle, ils ont découvert 755 kg de résine de cannabis dans un camion. "
            "À Hendaye, la saisie s'élève à 256 kg de cannabis.")
    r = extractor.extract(text, published="2023-01-24")
    assert _kinds(r) == [("cannabis", 256, "event"), ("cannabis", 755, "event"), ("cannabis", 1000, "aggregate")]


@pytest.mark.issue(9)
def test_a_cargo_word_in_a_seizure_sentence_keeps_the_drug_before(extractor):
    text = ("A Receita Federal apreendeu 1,3 tonelada de cocaína no Porto de Paranaguá. No dia 3 de setembro foram "
            "encontrados 165 kg de cocaína. Em 5 de setembro, mais 756 kg foram apreendidos em uma carga de amendoim.")
    r = extractor.extract(text, published="2019-10-11")
    assert sorted(f.quantity_kg for f in r.facts if f.drug == "cocaine") == [165, 756, 1300]


@pytest.mark.issue(9)
def test_pills_of_the_story_take_its_pill_drug(extractor):
    text = ("In the first attempt, inspectors at Duba Port found 50,000 amphetamine pills hidden in a shipment of tables. "
            "In the second, customs officers at Jeddah airport seized 20,200 pills concealed in a passenger's luggage.")
    r = extractor.extract(text, published="2025-02-01")
    assert sorted(f.units for f in r.facts if f.drug == "amphetamine") == [20200, 50000]


@pytest.mark.issue(9)
def test_a_figure_cut_before_its_drug_is_no_fact(extractor):
    text = ("La Policía Nacional incautó 2.890 kilos de cocaína en el puerto de Buenaventura. La Policía confirmó que "
            "con la más reciente incautación, ya son más de 80 toneladas que han sido decomisadas p")
    r = extractor.extract(text, published="2024-03-01")
    assert [f.quantity_kg for f in r.facts] == [2890]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("Une saisie de cocaïne historique a été réalisée au port du Havre, avec 1,9 tonne de poudre interceptée.", 1900),
        ("Customs found cocaine at the port of Santos: 400 kg of white powder in bags of sugar.", 400),
        ("La Guardia Civil intervino cocaína en Algeciras: 13.7 toneladas de sustancias ilícitas.", 13700),
    ],
)
def test_a_drug_form_word_after_a_figure_is_no_other_goods(extractor, text, kg):
    f = only(extractor.extract(text, published="2023-03-01"))
    assert f.quantity_kg == kg


@pytest.mark.issue(9)
def test_a_plain_round_figure_later_in_the_story_is_its_own_find(extractor):
    text = ("Tussen 11 mei en 29 mei heeft de douane cocaïne onderschept in de Rotterdamse haven. In een container met "
            "bananen werd 34 kilo cocaïne gevonden. Ook lag er 60 kilo cocaïne in een container met ananassen. "
            "In een container met hout werd 62 kilo cocaïne gevonden.")
    r = extractor.extract(text, published="2022-06-01")
    assert sorted(f.quantity_kg for f in r.facts) == [34, 60, 62]


@pytest.mark.issue(9)
def test_a_hedged_round_figure_restates_the_precise_one(extractor):
    text = ("Customs has seized 469 kg of methamphetamine hidden inside electric motors at the Ports of Auckland. "
            "The customs manager says this seizure of almost half a tonne of methamphetamine is the result of solid work.")
    f = only(extractor.extract(text, published="2019-09-06"))
    assert f.quantity_kg == 469


@pytest.mark.issue(9)
def test_every_reported_component_of_the_news_total_is_primary(extractor):
    text = ("Customs officers seized 23kg of narcotics at the port of Durban last week. The officers were on inspection "
            "rounds when they came across a box. Some items tested positive for crystal meth, which weighed 10kg. "
            "Other items tested positive for fentanyl which weighed 13kg.")
    r = extractor.extract(text, published="2024-01-07")
    assert {(f.drug, f.kind, f.primary) for f in r.facts} == {
        ("other", "aggregate", True), ("methamphetamine", "event", True), ("fentanyl", "event", True)}


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "history",
    ["This is not the first time that Costa Rica has detected drugs in fruit containers. Authorities detected 918 kilograms "
     "of cocaine in a pineapple shipment bound for Rotterdam.",
     "In August, authorities detected 918 kilograms of cocaine in a pineapple shipment bound for Rotterdam."],
    ids=["not-the-first-time", "months-before-the-report"],
)
def test_history_after_the_news_is_background(extractor, history):
    text = "Police seized 2.9 tons of cocaine in a plantain container at the port of Moín. " + history
    r = extractor.extract(text, published="2020-12-17")
    assert {(f.quantity_kg, f.primary) for f in r.facts} == {(2900, True), (918, False)}


@pytest.mark.issue(9)
def test_counts_of_pills_sum_to_a_total_like_weights(extractor):
    text = ("Customs announced that it thwarted four smuggling attempts involving more than 261,000 amphetamine pills. "
            "In the first attempt, inspectors at Duba Port found 50,000 amphetamine pills hidden in wooden tables. "
            "In the second, officers at Jeddah airport seized 20,200 amphetamine pills in a passenger's luggage. "
            "At the Al-Batha crossing, inspectors intercepted 192,000 amphetamine pills in a truck.")
    r = extractor.extract(text, published="2025-02-01")
    assert sorted((f.units, f.kind, f.primary) for f in r.facts) == [
        (20200, "event", True), (50000, "event", True), (192000, "event", True), (261000, "aggregate", True)]


@pytest.mark.issue(9)
def test_a_restated_mixed_total_is_other_with_its_drugs_as_events(extractor):
    text = ("The Navy intercepted a trawler with over 212kg of heroin and Ice drugs (crystal methamphetamine) in the "
            "high seas. The search led to the recovery of 160 packages of heroin, weighing about 180kg and 800g as "
            "well as 28 parcels of crystal methamphetamine, weighing around 31kg and 550g. The street value of the seized consignment "
            "of drugs weighing around 212kg and 350g is believed to be over Rs. 4000 million.")
    r = extractor.extract(text, published="2023-10-22")
    assert sorted((f.drug, f.quantity_kg, f.kind, f.primary) for f in r.facts) == [
        ("heroin", pytest.approx(180.8), "event", True), ("methamphetamine", pytest.approx(31.55), "event", True),
        ("other", pytest.approx(212.35), "aggregate", True)]


@pytest.mark.issue(9)
def test_the_same_precise_figure_twice_is_one_seizure(extractor):
    text = ("Police and Border Force seized 35,436kg of herbal cannabis in the year to March 2022. "
            "The amount of herbal cannabis seized more than doubled, with 35,436kg confiscated compared to 17,155kg "
            "in the previous period.")
    r = extractor.extract(text, published="2023-04-20")
    assert sorted(f.quantity_kg for f in r.facts) == [17155, 35436]


@pytest.mark.issue(9)
def test_amounts_a_gang_got_away_with_or_traded_are_no_facts(extractor):
    text = ("Am 5. Juli 2020 fand der Hamburger Zoll in einem Container 1280 Kilogramm Kokain. In zwei anderen Fällen "
            "war es der Bande jedoch im März 2020 gelungen, 154 und 381 Kilo Kokain aus Bananen-Containern zu holen. "
            "Der jüngere Angeklagte war auch am Handel mit 46 Kilo Amphetamin und 84 Kilo Marihuana beteiligt.")
    r = extractor.extract(text, published="2022-11-01")
    assert [(f.drug, f.quantity_kg) for f in r.facts] == [("cocaine", 1280)]


@pytest.mark.issue(9)
def test_the_drug_named_again_with_an_article_is_the_story_drug(extractor):
    text = ("L'Agenzia delle Dogane ha sequestrato 47 kg di cocaina nel porto di Vado Ligure. La droga, confezionata in "
            "42 panetti, ha un valore di 4 milioni di euro. A Trieste sono stati sequestrati 22,6 chilogrammi di oppio.")
    r = extractor.extract(text, published="2023-04-14")
    assert sorted((f.drug, f.quantity_kg, f.units) for f in r.facts) == [("cocaine", 47, None), ("opium", 22.6, None)]


@pytest.mark.issue(9)
def test_captagon_stays_captagon_when_called_amphetamine(extractor):
    text = ("La Guardia di finanza ha sequestrato nel porto di Salerno 14 tonnellate di amfetamine: si tratta di 84 "
            "milioni di pasticche col logo captagon.")
    f = only(extractor.extract(text, published="2020-07-01"))
    assert (f.drug, f.quantity_kg) == ("captagon", 14000)


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a later sentence restating the find dates it, past another figure and over a vaguer 'last week'
        ("Customs officers found 4,180 kilos of cocaine in a container at the port of Rotterdam last week. "
         "No owner was named. The find was made on December 30, officials said.", "2022-01-10", "2021-12-30"),
        ("German customs officials have found more than 16 tons of cocaine in containers in Hamburg, authorities said "
         "Wednesday. Another 7.2 tons of cocaine were seized in Belgium. The drugs were found in a search on "
         "February 12 of five containers.", "2021-02-24", "2021-02-12"),
        ("Der Zoll hat im Hamburger Hafen 4,5 Tonnen Kokain entdeckt, teilte das Hauptzollamt am Freitag mit. "
         "Die Drogen wurden vor zwei Wochen sichergestellt.", "2019-08-02", "2019-07"),
    ],
)
def test_a_restated_find_dates_the_lead(extractor, text, published, expected):
    assert extractor.extract(text, published=published).facts[0].date == expected


def test_a_restatement_without_a_definite_find_dates_nothing(extractor):
    # past another figure, 'a search on February 12' of other ships is not 'the drugs were found': the lead stays undated
    text = ("German customs officials have found more than 16 tons of cocaine in containers in Hamburg. "
            "Another 7.2 tons of cocaine were seized in Belgium. Officers also plan a search on February 12 of five other ships.")
    assert extractor.extract(text, published="2021-02-24").facts[0].date is None


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "primary"),
    [
        # beside an undated lead, a find dated by a bare past year is history
        ("La Policía se ha incautado hoy de cerca de 500 kilos de cocaína en el Puerto de Barcelona. Es uno de los "
         "mayores decomisos, después de los más de 700 kilos que encontró la Guardia Civil en 2012 en un contenedor.", False),
        # the same year as the report is no history; a past one is
        ("Customs seized 500 kg of cocaine at the port of Antwerp. Officers also found 200 kg of heroin in the same "
         "container in 2025.", True),
        ("Customs seized 500 kg of cocaine at the port of Antwerp. Officers also found 200 kg of heroin in the same "
         "container in 2019.", False),
    ],
)
def test_a_find_of_a_past_year_beside_an_undated_lead(extractor, text, primary):
    facts = extractor.extract(text, published="2025-06-01").facts
    assert [f.primary for f in facts] == [True, primary], [f.as_dict() for f in facts]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("scene", "primary"),
    [
        ("In June of this year cocaine was seized at a port in Philadelphia.", False),
        ("On August 1 officers searched a second container in the port.", True),  # the lead's own month
    ],
)
def test_a_later_find_set_in_another_month(extractor, scene, primary):
    text = ("Customs said on Friday (Aug 2) it had seized 4.5 tons of cocaine at the port of Hamburg. "
            f"{scene} They say the bust netted 16.5 tons of cocaine from a cargo ship.")
    facts = extractor.extract(text, published="2019-08-02").facts
    assert [f.primary for f in facts] == [True, primary], [f.as_dict() for f in facts]


@pytest.mark.issue(9)
def test_a_day_naming_the_find_told_before_is_not_the_next_figures(extractor):
    # 'the find on February 12' names the lead's day; the seven tons keep their own 'on February 21'
    text = ("Customs officials seized more than 16 tons of cocaine in the port of Hamburg, the office announced on "
            "Wednesday. As a result of the investigation into the find on February 12, another seven tons of cocaine "
            "were seized in Belgium on February 21.")
    facts = extractor.extract(text, published="2021-02-24").facts
    assert [(f.quantity_kg, f.date) for f in facts] == [(16000, "2021-02-12"), (7000, "2021-02-21")]


@pytest.mark.issue(9)
@pytest.mark.parametrize(("phrase", "found"), [("the seizure on", True), ("nach dem Fund vom", True),
                                              ("in an interview on", False), ("the funds of the", False),
                                              ("the fund of", False)])
def test_find_reference_needs_a_find_noun(phrase, found):
    from nlp.dates import FIND_REFERENCE

    assert bool(FIND_REFERENCE.search(f"said after {phrase} ")) is found


def _facts(result):
    return [(f.drug, f.quantity_kg, f.kind, f.primary) for f in result.facts]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        ("it", "Nel corso di tre distinte operazioni, i finanzieri hanno sequestrato complessivamente 450 chili di cocaina "
               "nel porto di Livorno. Nella prima operazione sono stati scoperti 200 chili di cocaina.",
         [("cocaine", 450, "aggregate", True), ("cocaine", 200, "event", True)]),
        ("de", "Der Zoll hat im vergangenen Jahr im Hamburger Hafen 18 Tonnen Kokain sichergestellt. Im Jahr davor waren es "
               "20 Tonnen.",
         [("cocaine", 18000, "aggregate", True), ("cocaine", 20000, "aggregate", False)]),
        ("it", "Le Fiamme Gialle hanno sequestrato kg 150 di cocaina nascosti in un container nel porto di Trieste.",
         [("cocaine", 150, "event", True)]),
        ("de", "Die Bande soll rund 2,5 Tonnen Kokain über den Hamburger Hafen nach Deutschland eingeführt haben.", []),
        ("it", "L'organizzazione avrebbe importato oltre 4 tonnellate di cocaina attraverso il porto di Genova.", []),
    ],
    ids=["it-one-operation-of-three", "de-the-year-before", "it-unit-first", "de-imported", "it-imported"],
)
def test_press_office_structures(extractor, lang, text, facts):
    assert _facts(extractor.extract(text, lang=lang, published="2024-05-10")) == facts


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        ("it", "La Guardia di Finanza ha sequestrato a bordo di due pescherecci oltre 18 tonnellate di hashish. I due "
               "pescherecci sono stati bloccati in due distinte operazioni.", [("cannabis", 18000, "aggregate", True)]),
        ("en", "Police seized 300kg of cocaine at the port of Dover. The drugs were found in three separate operations "
               "over the weekend.", [("cocaine", 300, "aggregate", True)]),
        # four suitcases, twelve past cases: no count of the operations that made this find
        ("en", "Border Force officers at Heathrow Airport found 62kg of cocaine in the luggage of two passengers. Officers "
               "found blocks packed into the linings of all four cases.", [("cocaine", 62, "event", True)]),
        ("en", "Police seized 300kg of cocaine at the port of Dover. Police have handled 12 cases of this kind this year.",
         [("cocaine", 300, "event", True)]),
    ],
    ids=["it-two-operations-told-after", "en-separate-operations-told-after", "en-suitcases", "en-past-cases"],
)
def test_a_lead_told_afterwards_as_several_operations_is_a_total(extractor, lang, text, facts):
    assert _facts(extractor.extract(text, lang=lang, published="2024-05-10")) == facts


@pytest.mark.issue(9)
def test_a_find_of_one_day_sums_no_finds_of_other_days(extractor):
    text = ("Cocaïnevangsten in Vlissingen\n\n1200 kg cocaïne - 12 dec 2019\n\n750 kg cocaïne - 30 nov 2019\n\n"
            "400 kg cocaïne - 28 maart 2019\n\n50 kg cocaïne - 6 feb 2019\n")
    kinds = {f.quantity_kg: f.kind for f in extractor.extract(text, lang="nl", published="2020-10-01").facts}
    assert kinds == {1200: "event", 750: "event", 400: "event", 50: "event"}


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("Die container stond in Roosendaal, en er lag 889 kilo cocaïne onder de balken.", "event"),
     ("In Zeebrugge ging het om 889 kilo cocaïne.", "aggregate")],
    ids=["that-container", "a-port-s-share"],
)
def test_a_find_in_that_container_is_no_sub_total(extractor, sentence, kind):
    text = "Tussen 11 mei en 29 mei heeft de Douane ruim 3600 kilo cocaïne onderschept in de Rotterdamse haven. " + sentence
    facts = extractor.extract(text, lang="nl", published="2022-06-01").facts
    assert [f.kind for f in facts if f.quantity_kg == 889] == [kind]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Nel primo container i finanzieri hanno trovato 200 chili di cocaina, nel secondo 150 chili di cocaina. "
               "Per un totale di 350 chili di cocaina sequestrati nel porto di Livorno."),
        ("es", "Los agentes localizaron 200 kilos de cocaína en un primer contenedor y 150 kilos de cocaína en otro. En "
               "total se intervinieron 350 kilos."),
    ],
    ids=["it", "es"],
)
def test_a_total_of_the_news_finds_told_after_them_is_news(extractor, lang, text):
    facts = _facts(extractor.extract(text, lang=lang, published="2024-05-10"))
    assert facts == [("cocaine", 200, "event", True), ("cocaine", 150, "event", True), ("cocaine", 350, "aggregate", True)]


@pytest.mark.issue(9)
def test_a_total_told_as_history_stays_background(extractor):
    text = ("Der Zoll hat im Hamburger Hafen 2,8 Tonnen Kokain sichergestellt. Bereits im Januar hatten Zollbeamte "
            "1,5 Tonnen Kokain in einem Container entdeckt.")
    facts = _facts(extractor.extract(text, lang="de", published="2024-05-10"))
    assert facts == [("cocaine", 2800, "event", True), ("cocaine", 1500, "event", False)]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        ("it", "La Guardia di Finanza ha arrestato un uomo trovato in possesso di 3 chili di cocaina. Secondo gli "
               "inquirenti, l'organizzazione aveva fatto arrivare nel porto di Livorno almeno 500 chili di cocaina.",
         [("cocaine", 3, "event", True)]),
        ("nl", "De douane heeft in de Rotterdamse haven 4000 kilo cocaïne onderschept. De drugs zaten in 160 pakketten "
               "van elk 25 kilo.", [("cocaine", 4000, "event", True)]),
    ],
    ids=["it-brought-in", "nl-each"],
)
def test_brought_in_and_per_package_weights_are_no_seizure(extractor, lang, text, facts):
    assert _facts(extractor.extract(text, lang=lang, published="2024-05-10")) == facts


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "kg"),
    [
        ("de", "Der Zoll hat im Hamburger Hafen 300 Kilogramm Kokain sichergestellt.\n\nLesen Sie auch: Zoll findet 1,5 "
               "Tonnen Kokain in Bremerhaven\n\nDie Ermittlungen dauern an.", 300),
        ("it", "La Guardia di Finanza ha sequestrato 200 chili di cocaina nel porto di Livorno.\n\nLeggi anche\nGioia "
               "Tauro, sequestrate 3 tonnellate di cocaina\n\nIl carico proveniva dalla Colombia.", 200),
        ("nl", "De douane heeft in de haven van Rotterdam 900 kilo cocaïne onderschept.\n\nLees ook: Douane vindt 1.600 "
               "kilo cocaïne tussen bananen in Vlissingen\n\nDe drugs zaten in een container met bananen.", 900),
    ],
    ids=["de", "it", "nl"],
)
def test_a_linked_story_s_headline_is_no_fact_of_the_article(extractor, lang, text, kg):
    assert [f.quantity_kg for f in extractor.extract(text, lang=lang, published="2024-05-10").facts] == [kg]


@pytest.mark.issue(9)
def test_a_headline_run_into_the_body_by_its_page_stamp_restates_the_body(extractor):
    text = ("Rekordfund in Hamburg: Zoll stellt 16 Tonnen Kokain sicher Stand: 24.02.2021 12:05 Uhr Beamte der "
            "Zollfahndung haben im Hamburger Hafen 16 Tonnen Kokain sichergestellt. Die Zollfahndung überprüfte am "
            "12. Februar fünf Container aus Paraguay.")
    facts = extractor.extract(text, lang="de", published="2021-02-24").facts
    assert [(f.quantity_kg, f.kind, f.primary) for f in facts] == [(16000, "event", True)]
    assert facts[0].evidence.startswith("Beamte der Zollfahndung")


@pytest.mark.issue(9)
def test_a_byline_stamp_that_ends_its_line_splits_nothing(extractor):
    from nlp.pipeline import build

    text = "Spain seizes 9.5 tonnes of cocaine\n\nBy AFP Published: Fri 25 Aug 2023, 7:11 PM\n\nSpanish police seized it."
    doc = build("en")(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Spain seizes 9.5 tonnes of cocaine", "By AFP Published: Fri 25 Aug 2023, 7:11 PM", "Spanish police seized it."]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        ("en", "Heroin worth more than £5 million has been seized by the UK Border Agency at the Port of Felixstowe. The "
               "estimated 80kg of heroin had been shipped to the UK from Asia in a single container.",
         [("heroin", 80, "event", True)]),
        ("es", "La Guardia Civil ha incautado cocaína en el puerto de Algeciras. Los 500 kilos de cocaína habían sido "
               "enviados desde Ecuador.", [("cocaine", 500, "event", True)]),
        # the figure is not what the sentence opens on: what the gang smuggled stays no seizure
        ("en", "Police seized 300 kg of cocaine at Rotterdam. The gang had smuggled the 2 tonnes of cocaine through the "
               "port in 2022.", [("cocaine", 300, "event", True)]),
        ("en", "Police seized cocaine at Rotterdam. The gang is believed to have smuggled 2 tonnes of cocaine through the "
               "port.", []),
    ],
    ids=["en-the-estimated", "es-los", "en-smuggled-later", "en-smuggled"],
)
def test_the_seized_drugs_told_again_with_their_shipping_verb(extractor, lang, text, facts):
    assert _facts(extractor.extract(text, lang=lang, published="2024-05-10")) == facts


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "facts"),
    [
        ("it", "Sequestrati 350 chili di droga nel porto di Genova: 300 chili di hashish e 50 chili di cocaina.",
         [("other", 350, "aggregate", True), ("cannabis", 300, "event", True), ("cocaine", 50, "event", True)]),
        ("es", "Los agentes intervinieron más de 1.000 kilos de droga: 800 kilos de cocaína y 200 kilos de hachís.",
         [("other", 1000, "aggregate", True), ("cocaine", 800, "event", True), ("cannabis", 200, "event", True)]),
        # with the article the word refers back to the drug named before
        ("es", "La Guardia Civil ha intervenido cocaína en el puerto de Algeciras. Eran 1.000 kilos de la droga, ocultos "
               "en un contenedor.", [("cocaine", 1000, "event", True)]),
    ],
    ids=["it-di-droga", "es-de-droga", "es-de-la-droga"],
)
def test_a_singular_word_for_drugs_in_general_makes_a_mixed_total(extractor, lang, text, facts):
    assert _facts(extractor.extract(text, lang=lang, published="2024-05-10")) == facts


@pytest.mark.issue(9)
def test_a_singular_word_for_drugs_after_the_drug_named_refers_back(extractor):
    text = ("Aproximadamente 550 kg de cocaína foram apreendidos no Porto de Navegantes. Essa foi a terceira apreensão de "
            "cocaína no porto em 2022, totalizando mais de uma tonelada de droga apreendida.")
    facts = _facts(extractor.extract(text, lang="pt", published="2022-08-20"))
    assert ("cocaine", 1000, "aggregate", False) in facts


@pytest.mark.issue(9)
def test_a_unit_abbreviation_dot_before_the_figure_ends_no_sentence(extractor):
    text = ("I militari della Guardia di Finanza hanno sequestrato Kg. 52 di cocaina occultati in un tir sbarcato al "
            "porto di Trieste. Il conducente è stato arrestato.")
    assert _facts(extractor.extract(text, lang="it", published="2024-05-10")) == [("cocaine", 52, "event", True)]


@pytest.mark.issue(9)
def test_a_sentence_that_ends_on_a_time_still_ends():
    from nlp.pipeline import build

    doc = build("de")("Er kam um 12 Uhr. 5 Männer wurden festgenommen.")
    assert [s.text.strip() for s in doc.sents] == ["Er kam um 12 Uhr.", "5 Männer wurden festgenommen."]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "drug"),
    [
        ("it", "I finanzieri hanno sequestrato 2 chili di shaboo nel porto di Genova.", "methamphetamine"),
        ("fr", "Les douaniers ont saisi 500 kilos d'herbe au port de Marseille.", "cannabis"),
        ("fr", "Les douaniers ont saisi 120 kilos de haschich au port de Marseille.", "cannabis"),
        ("es", "La policía intervino 300 kilos de pasta básica en el puerto del Callao.", "cocaine"),
        ("en", "A crack team of Border Force officers seized 20kg of heroin at the port of Dover.", "heroin"),
    ],
    ids=["it-shaboo", "fr-herbe", "fr-haschich", "es-pasta-basica", "en-crack-team"],
)
def test_newsroom_names_of_drugs(extractor, lang, text, drug):
    assert [f.drug for f in extractor.extract(text, lang=lang, published="2024-05-10").facts] == [drug]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "German authorities have seized 4.5 tonnes of cocaine in the port of Hamburg, making it the country's "
               "biggest haul to date.", "event"),
        ("en", "Spanish police confiscated the country's biggest cocaine haul to date of 9.5 tons in the port of Algeciras.",
         "event"),
        ("es", "La Guardia Civil ha intervenido en el puerto de Algeciras el mayor alijo de cocaína en lo que va de año, "
               "900 kilos.", "event"),
        # no superlative: the running total stays a total
        ("en", "Customs have seized 30 tonnes of cocaine in the port of Rotterdam so far this year.", "aggregate"),
        # a record amount over the period is still the period's total
        ("en", "Customs seized a record 30 tonnes of cocaine at the port of Antwerp so far this year.", "aggregate"),
    ],
    ids=["en-to-date", "en-haul-to-date-of", "es-en-lo-que-va", "en-so-far-total", "en-record-figure-so-far"],
)
def test_a_superlative_closed_by_to_date_is_one_seizure(extractor, lang, text, kind):
    assert [f.kind for f in extractor.extract(text, lang=lang, published="2023-08-25").facts] == [kind]


@pytest.mark.issue(9)
def test_the_search_of_the_load_weeks_ago_dates_the_find(extractor):
    lead = "German authorities say they have seized 4.5 tonnes of cocaine in the port of Hamburg. "
    searched = lead + "Hamburg's customs office said it had examined a suspicious shipping container two weeks ago."
    assert [f.date for f in extractor.extract(searched, lang="en", published="2019-08-02").facts] == ["2019-07"]
    # weeks ago that tell no search of the load (an investigation's start) still end the story: no date
    began = lead + "The investigation began two weeks ago."
    assert [f.date for f in extractor.extract(began, lang="en", published="2019-08-02").facts] == [None]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Im Februar wurde eine Rekordmenge von 23 Tonnen Kokain in Hamburg und Antwerpen beschlagnahmt.",
         ("aggregate", None, None)),
        ("en", "The total haul in Hamburg and Antwerp - more than 23 tons of cocaine - was seized in February.",
         ("aggregate", None, None)),
        # two ports of one country may be one find
        ("pt", "A Receita Federal apreendeu 500 quilos de cocaína no complexo portuário de Itajaí e Navegantes.",
         ("event", "Itajai", "BR")),
        # ports the load was bound for place nothing
        ("en", "Customs officers seized 2 tonnes of cocaine at the port of Rotterdam in a container bound for Hamburg and "
               "Antwerp.", ("event", "Rotterdam", "NL")),
    ],
    ids=["de-two-countries", "en-two-countries", "pt-one-country", "en-bound-for"],
)
def test_a_figure_at_ports_of_two_countries_is_a_total(extractor, lang, text, expected):
    facts = extractor.extract(text, lang=lang, published="2021-09-17").facts
    assert [(f.kind, f.port, f.country) for f in facts] == [expected]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "kgs"),
    [
        ("en", "Customs seized 4 tonnes of cocaine at the port of Rotterdam. More than half of the shipments discovered "
               "contained less than 100 kilos of drugs.", [4000]),
        ("pt", "A Alfândega apreendeu 4,5 toneladas de cocaína no porto de Hamburgo. Nos últimos anos, carregamentos com "
               "mais de uma tonelada de cocaína foram encontrados em Hamburgo.", [4500]),
        # a count of shipments is finds, not a size class
        ("en", "Customs found two shipments with more than 2 tonnes of cocaine at the port of Rotterdam.", [2000]),
        ("en", "Customs found a shipment with more than 300 kilos of cocaine at the port of Rotterdam.", [300]),
    ],
    ids=["en-shipments-contained", "pt-carregamentos-com", "en-two-shipments", "en-a-shipment"],
)
def test_shipments_that_contain_less_or_more_than_a_figure_are_a_size_class(extractor, lang, text, kgs):
    assert [f.quantity_kg for f in extractor.extract(text, lang=lang, published="2023-08-10").facts] == kgs


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("en", "Customs found 4,022 kilograms of cocaine at the port of Rotterdam on Friday. Nearly 11,000 kilograms of "
               "the drug was found at the port just in July.", ["event", "aggregate"]),
        ("de", "Der Zoll hat im Hamburger Hafen 2 Tonnen Kokain sichergestellt. Allein im Juli wurden dort 9 Tonnen "
               "Kokain beschlagnahmt.", ["event", "aggregate"]),
        # 'only in July' is when, not how much: the find stays one
        ("en", "Customs seized 2 tonnes of cocaine at the port of Rotterdam, but the find was made public only in July.",
         ["event"]),
    ],
    ids=["en-just-in-july", "de-allein-im-juli", "en-only-in-july"],
)
def test_a_month_alone_frames_a_total(extractor, lang, text, kinds):
    assert [f.kind for f in extractor.extract(text, lang=lang, published="2021-09-18").facts] == kinds


@pytest.mark.issue(9)
def test_tons_processed_through_a_port_are_its_traffic(extractor):
    text = ("Customs found 8 tonnes of cocaine in a banana shipment at the port of Rotterdam. Rotterdam is the largest "
            "port in Europe and in the first six months of 2023, more than 220 million tons were processed through its "
            "terminals.")
    assert [f.quantity_kg for f in extractor.extract(text, lang="en", published="2023-08-10").facts] == [8000]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2020, cocaine seizures in Antwerp totaled 65.6 tonnes, and in February 2021, Germany and Belgium made a "
         "record seizure of 23 tonnes of cocaine concealed in sea containers.", ("aggregate", None, None)),
        # nationality words before an authority: one find of a joint operation
        ("Spanish and Portuguese police seized 2 tonnes of cocaine in the port of Vigo.", ("event", "Vigo", "ES")),
    ],
    ids=["two-countries-act", "two-nationalities-police"],
)
def test_a_seizure_two_countries_made_together_is_a_total(extractor, text, expected):
    facts = [f for f in extractor.extract(text, lang="en", published="2021-10-31").facts if f.quantity_kg != 65600]
    assert [(f.kind, f.port, f.country) for f in facts] == [expected]
