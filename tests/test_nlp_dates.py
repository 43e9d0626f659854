"""Dates in seven languages, resolved against the publication day or a dateline."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.dates import dateline, find_dates

pytestmark = pytest.mark.issue(4)
REF = date(2025, 7, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday, the Home Office said", "2025-06-30"),
        ("lo scorso giovedì", "2025-06-26"),
        ("el pasado martes", "2025-06-24"),
        ("mardi dernier", "2025-06-24"),
        ("am vergangenen Mittwoch", "2025-06-25"),
        ("vorige week dinsdag", "2025-06-24"),
        ("na última segunda-feira", "2025-06-30"),
        ("ieri", "2025-06-30"),
        ("in der Nacht zu Samstag", "2025-06"),
        ("la semaine dernière", "2025-06"),
        ("earlier this month", "2025-07"),
        ("Ende September", "2024-09"),
        ("in mid-January", "2025-01"),
        ("eerder dit jaar", "2025"),
        ("l'an dernier", "2024"),
        ("in 2023", "2023"),
        ("On 6 March 2023", "2023-03-06"),
        ("14 maart", "2025-03-14"),
        ("3 de junio de 2024", "2024-06-03"),
    ],
)
def test_resolved(text, expected):
    assert find_dates(text, REF)[0].value == expected


def test_relative_dates_need_a_reference():
    assert find_dates("el pasado martes", None) == []
    assert find_dates("14 maart", None) == []
    assert find_dates("in 2023", None)[0].value == "2023"


def test_dateline_sets_the_reference_day():
    assert dateline("ANVERS (Belgique), 23 oct (CPA) - La douane", date(2025, 10, 24)) == date(2025, 10, 23)
    assert dateline("LISBON, Oct 13 (CPA) - Police", date(2025, 10, 14)) == date(2025, 10, 13)
    assert dateline("No dateline here.", date(2025, 10, 14)) is None


# issue 9: a ` date YYYY-MM` line gives the month only; relative days then settle the month, not a day
MONTH_REF = date(2024, 8, 31)  # what parse_date makes of "2024-08"


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", "2024-08"),
        ("vorige week", "2024-08"),
        ("ieri", "2024-08"),
        ("el pasado martes", "2024-08"),
        ("le week-end dernier", "2024-08"),
        ("last month", "2024-07"),
        ("on 15 August", "2024-08-15"),  # a day the text states keeps its day, and the line's year
        ("em julho", "2024-07"),
        ("14 maart 2023", "2023-03-14"),
    ],
)
def test_month_only_reference(text, expected):
    assert find_dates(text, MONTH_REF, "month")[0].value == expected


@pytest.mark.issue(9)
def test_month_only_publication_date():
    from nlp import date_precision, parse_date

    assert parse_date("2024-08") == date(2024, 8, 31) and date_precision("2024-08") == "month"
    assert parse_date("2024-12") == date(2024, 12, 31)
    assert parse_date("2024-02-10") == date(2024, 2, 10) and date_precision("2024-02-10") == "day"
    assert parse_date("2024-13") is None


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("head", "published"),
    [(" date 2024-08-02 Australian police", "2024-08-02"), (" date 2024-08 De douane", "2024-08"),
     (" date 2025-03-12\nDutch Customs", "2025-03-12"), ("Dated text: date 2024-08 is not a date line", None)],
)
def test_date_line_on_the_first_line_of_a_text(tmp_path, head, published):
    from portwatch.files import read_document

    doc = tmp_path / "a.txt"
    doc.write_text(head + " found 700 kg of cocaine.\n", encoding="utf-8")
    got = read_document(doc)
    assert got["published"] == published
    assert not got["text"].lstrip().startswith("date") and got["text"].endswith("cocaine.\n")


@pytest.mark.issue(9)
def test_month_only_date_line_end_to_end():
    from nlp import Extractor

    text = "De douane heeft dinsdag in de haven van Rotterdam 1650 kilo cocaïne onderschept. De drugs zaten in bananen."
    (fact,) = Extractor().extract(text, published="2019-08", lang="nl").facts
    assert fact.date == "2019-08"
    (fact,) = Extractor().extract(text, published="2019-08-09", lang="nl").facts
    assert fact.date == "2019-08-06"


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of days settles the month, not a day
        ("Tussen 11 mei en 29 mei heeft de Douane", "2025-05"),
        ("seized the heroin on September 17 and 19.", "2024-09"),
        ("du 3 au 7 mars 2021", "2021-03"),
        ("entre el 5 y el 9 de junio", "2025-06"),
        # fiscal periods and quarters are named by the year they end
        ("in the year to March 2022", "2022"),
        ("in the 12 months to March 2021", "2021"),
        ("since records began in 2006/7", "2007"),
        ("in the first quarter of 2023", "2023"),
        ("im ersten Quartal 2024", "2024"),
        ("nel primo semestre del 2023", "2023"),
        ("FY22", "2022"),
        # years ago
        ("due anni fa", "2023"),
        ("hace dos años", "2023"),
        # a weekday glued to its part of the day
        ("de container van dinsdagavond", "2025-07-01"),
        ("am Donnerstagabend", "2025-06-26"),
    ],
)
def test_periods(text, expected):
    assert find_dates(text, REF)[0].value == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "between 5 and 10 kilos",  # a range of amounts, not of days
        "100 to 120 kg",
        "De 2020 até o momento, elas já resultaram",  # a period over several years settles no date
        "desde 1993 contra las organizaciones",
        "since 2019, officers have seized",
        "between 2019-2023",
        "a week later",  # with no earlier day to count from
        "uma semana depois de a Receita ter encontrado",  # counted back from an event named next
        "weekly checks and a later inspection",
    ],
)
def test_no_date_settled(text):
    assert find_dates(text, REF) == []


@pytest.mark.issue(9)
def test_since_this_year_is_this_year():
    assert [d.value for d in find_dates("since 2025, customs have seized", REF)] == ["2025"]
    assert [d.value for d in find_dates("en julio de 2020", REF)] == ["2020-07"]  # 'de 2020' is no 'since'


@pytest.mark.issue(9)
def test_later_counts_from_the_last_day_named():
    before = "Op 19 mei vond de douane 698 kilo cocaïne. "
    assert find_dates("Een week later werden 359 kilo aangetroffen.", REF, before=before)[0].value == "2025-05-26"
    assert find_dates("Een dag later vonden douaniers 1,5 ton.", REF, before=before)[0].value == "2025-05-20"
    assert find_dates("Le lendemain, 300 kg.", REF, before="le 3 juin, ")[0].value == "2025-06-04"
    assert find_dates("Quelques jours plus tard, 62 kilos.", REF, before="le 3 juin, ")[0].value == "2025-06"
    assert find_dates("a week later", REF, before="in 2024, ") == []
    assert find_dates("Een week later", REF, before=before)[0].follows


@pytest.mark.issue(9)
def test_weekday_with_its_day_number_under_a_month_only_date():
    oct_2019 = date(2019, 10, 31)
    assert find_dates("nesta sexta-feira (11) apreendeu", oct_2019, "month")[0].value == "2019-10-11"
    assert find_dates("nesta sexta-feira (12) apreendeu", oct_2019, "month")[0].value == "2019-10"  # not a Friday
    assert find_dates("na última segunda-feira (30)", oct_2019, "month")[0].value == "2019-09-30"  # the month before


@pytest.mark.issue(9)
def test_last_week_across_new_year_is_unsettled():
    assert find_dates("were seized last week", date(2024, 1, 7)) == []
    assert find_dates("were seized last week", date(2024, 1, 20))[0].value == "2024-01"


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("sentence", "word", "reporting"),
    [
        ("128 tonnes de cannabis (+15% par rapport à 2021), plus", "2021", True),
        ("Das sind fünf Prozent mehr als 2022 und ein Rekord", "2022", True),
        ("un ligero descenso respecto a 2022, cuando se decomisaron 58,3 toneladas", "2022", False),
        ("seized 1.4 tonnes in 2023, compared with 2022 when", "2023", False),
        ("ont indiqué vendredi les Forces armées", "vendredi", True),
        ("The cutter offloaded 34,780 pounds of cocaine in Port Everglades Tuesday.", "Tuesday", True),
        ("Officers seized 34,780 pounds of cocaine in Port Everglades on Tuesday.", "Tuesday", False),
    ],
)
def test_dates_that_are_no_seizure_date(sentence, word, reporting):
    from nlp.dates import is_reporting

    (mention,) = [d for d in find_dates(sentence, REF) if sentence[d.start:d.end].endswith(word)]
    assert is_reporting(sentence, mention) is reporting


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "day", "stated"),
    [
        ("Costa Rica Seizes 2.9 Tons\n\nBy Gustavo Arias\nDecember 17, 2020\n\nThe police", date(2020, 12, 17), "December 17, 2020"),
        ("Customs seizure\n\n11.54am 06 September 2019 | News\n\nCustoms has seized", date(2019, 9, 6), "11.54am 06 September 2019 | News"),
        ("Rekordfund in Hamburg Stand: 24.02.2021 12:05 Uhr Beamte", date(2021, 2, 24), "Stand: 24.02.2021"),
        ("di Redazione\n14 Aprile 2023\nStampa\n", date(2023, 4, 14), "14 Aprile 2023"),
        ("Fort-de-France, France | AFP | vendredi 31/05/2024 - La Marine", date(2024, 5, 31),
         "Fort-de-France, France | AFP | vendredi 31/05/2024 - "),
    ],
)
def test_page_date(text, day, stated):
    from nlp.dates import page_date

    got = page_date(text)
    assert got is not None and got.day == day and text[got.start:got.end] == stated


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "Seized at the quay on 3 March 2024\nCustoms officers found 50 kg.",  # a short line telling a seizure
        "Customs officers found 50 kg of cocaine on 3 March 2024 at the port - the largest find this year.",
        "Published by the ministry\nThe 2023 figures show 50 kg.",
    ],
)
def test_no_page_date(text):
    from nlp.dates import page_date

    assert page_date(text) is None


@pytest.mark.issue(9)
def test_assembler_dates_from_context():
    from nlp import Extractor

    ex = Extractor()
    text = ("Border Force officers have seized cocaine hidden inside a lorry at Harwich.\n\n"
            "On April 30, officers at the port searched the lorry after noticing anomalies.\n\n"
            "Inside the trailer they found 54kg of cocaine.")
    (fact,) = ex.extract(text, published="2020-05-04", lang="en").facts
    assert fact.date == "2020-04-30"  # the sentence that sets the scene dates the find
    text = ("Colombia seizes cocaine\n\nJune 9, 2020\n\nColombian police on Tuesday seized cocaine at the port of "
            "Buenaventura.\n\nSome 4.9 tonnes of the drug were seized in two containers.")
    (fact,) = ex.extract(text, lang="en").facts
    assert fact.date == "2020-06-09"  # the byline date is the reference, never the seizure's own
    text = ("Panamanian authorities seized 4.4 tons of cocaine on Monday at the port of Colón.\n\n"
            "In another operation, agents seized 3.2 tons of cocaine in Caribbean waters.")
    lead, other = ex.extract(text, published="2024-10-03", lang="en").facts
    assert (lead.date, other.date) == ("2024-09-30", None)


@pytest.mark.issue(9)
def test_recent_days_month_and_year_of_a_month():
    assert find_dates("nei giorni scorsi hanno sequestrato", REF) == []  # 1 July: the days before are in June
    assert find_dates("nei giorni scorsi hanno sequestrato", date(2023, 4, 14))[0].value == "2023-04"
    assert find_dates("ces derniers jours", date(2023, 4, 30), "month")[0].value == "2023-04"
    assert find_dates("in the recent past", REF) == []
    assert find_dates("scattò nel luglio del 2016 quando", REF)[0].value == "2016-07"
    assert find_dates("em maio do 2019", REF)[0].value == "2019-05"


@pytest.mark.issue(9)
def test_previous_year_counts_from_the_year_named_before():
    before = "The amount seized in the year to March 2022 more than doubled. A report published on Thursday said so. "
    got = find_dates("nearly 10 times the figure for the previous year", date(2023, 4, 20), before=before)
    assert got[0].value == "2021"
    before = "the “highest recorded quantity since 2002”. "  # a 'since' year names no period of the figures
    assert find_dates("the previous year", date(2023, 4, 20), before=before)[0].value == "2022"


@pytest.mark.issue(9)
def test_assembler_owner_and_story_dates():
    from nlp import Extractor

    ex = Extractor()
    text = ("Sri Lanka Navy seized 31kg of crystal methamphetamine contained in 12 sacks this morning (Oct 22) "
            "at the Dondra fisheries harbour, the Navy said.")
    (fact,) = ex.extract(text, published="2023-10-22", lang="en").facts
    assert fact.date == "2023-10-22"  # the sacks are no figure of their own: the date is the weight's
    text = ("Customs has seized an estimated 469 kg of methamphetamine hidden in electric motors at the Ports of Auckland.\n\n"
            "Two Canadians are appearing in the Auckland District Court today.")
    (fact,) = ex.extract(text, published="2019-09-06", lang="en").facts
    assert fact.date is None  # the court day is the publication day, not the seizure's


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The seizures in the last three days amount to", date(2024, 10, 3), "2024"),  # 30 Sep - 2 Oct: the year
        ("The seizures in the last three days amount to", date(2024, 10, 20), "2024-10"),
        ("ces dix derniers jours", date(2024, 10, 20), "2024-10"),
        ("negli ultimi 15 giorni", date(2024, 10, 20), "2024-10"),
        ("in den letzten zwei Wochen", date(2024, 1, 10), None),  # reaches into the year before
    ],
)
def test_last_n_days(text, ref, expected):
    got = find_dates(text, ref)
    assert (got[0].value if got else None) == expected


@pytest.mark.issue(9)
def test_last_n_does_not_fire_on_other_counts():
    assert find_dates("the last two containers held 50 kg", REF) == []
    assert find_dates("in the past three years", REF) == []


@pytest.mark.issue(9)
def test_a_list_line_is_no_byline():
    from nlp.dates import page_date

    assert page_date("Cocaïnevangsten in Vlissingen\n\n35 kg cocaïne - 29 sept. 2020\n\n216 kg cocaïne - 10 juli 2020") is None


@pytest.mark.issue(9)
def test_a_sentence_period_frames_its_totals():
    from nlp import Extractor

    ex = Extractor()
    text = ("Panamanian authorities seized 4.4 tons of cocaine on Monday in three containers at the port of Colón.\n\n"
            "So far this year, the National Aeronaval Service has seized at least 59,434 drug packages in 100 operations, "
            "where 14,732 packages of cocaine were confiscated.")
    dates = {f.units: f.date for f in ex.extract(text, published="2024-10-03", lang="en").facts if f.units}
    assert dates == {59434: "2024", 14732: "2024"}
    from nlp.components.seizures import RISE

    assert RISE.search("rising from 187kg (412lbs) to 1,837kg") and RISE.search("von 9,5 Tonnen im Jahr 2019 auf knapp 34")
    assert not RISE.search("a container from Ecuador to Antwerp held 50 kg")


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anfang Mai", "2025-05"),
        ("a mediados de marzo", "2025-03"),
        ("anteayer", "2025-06-29"),
        ("vorgestern", "2025-06-29"),
        ("na última semana", "2025-06"),
    ],
)
def test_more_relative_words(text, expected):
    assert find_dates(text, REF)[0].value == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("sentence", "reporting"),
    [
        ("Customs said in a statement on Monday", True),
        ("police told reporters on Monday", True),
        ("Police announced the seizure on Monday", True),
        ("officers said were hidden in bananas on Monday", False),  # no filler: the find's day
        ("Officers seized the haul on Monday", False),
    ],
)
def test_announcement_day_is_not_the_seizure_day(sentence, reporting):
    from nlp.dates import is_reporting

    (mention,) = find_dates(sentence, REF)
    assert is_reporting(sentence, mention) is reporting


@pytest.mark.issue(9)
def test_the_one_day_of_a_sentence_dates_each_of_its_figures():
    from nlp import Extractor

    ex = Extractor()
    text = ("The Navy said the search at the Dondra fisheries harbour led to the recovery of heroin weighing about 180kg "
            "as well as crystal methamphetamine weighing around 31kg this morning (Oct 22).")
    facts = ex.extract(text, published="2023-10-22", lang="en").facts
    assert {f.quantity_kg: f.date for f in facts} == {180: "2023-10-22", 31: "2023-10-22"}
    text = ("Customs seized 500 kg of cocaine at the port of Antwerp on Monday, compared with 200 kg of cocaine "
            "found at the port of Rotterdam.")
    dates = {f.quantity_kg: f.date for f in ex.extract(text, published="2025-07-01", lang="en").facts}
    assert dates.get(500) == "2025-06-30" and dates.get(200) != "2025-06-30"


@pytest.mark.issue(9)
def test_the_day_told_a_paragraph_later():
    from nlp import Extractor

    text = ("Customs officers have seized 469 kg of methamphetamine hidden in electric motors at the Ports of Auckland.\n\n"
            "This is the largest methamphetamine seizure at the border.\n\nThree men were arrested.\n\n"
            "They face charges for the importation of a class A drug.\n\nThe investigation began in 2019.\n\n"
            "In mid-August, the shipment from Thailand was searched by Customs officers.")
    (fact,) = Extractor().extract(text, published="2019-09-06", lang="en").facts
    assert fact.date == "2019-08"


@pytest.mark.issue(9)
def test_the_same_day_is_the_day_named_before():
    assert find_dates("Le même jour, en début de soirée", REF, before="le 20 janvier dernier, ")[0].value == "2025-01-20"
    assert find_dates("Diezelfde avond werden opnieuw insluipers gezien", REF, before="Op 11 mei ")[0].value == "2025-05-11"
    assert find_dates("de dag van de douane", REF, before="Op 11 mei ") == []  # 'the day' alone is no day
    assert find_dates("on the same day", REF) == []  # nothing named before


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was seized in October last year.", "2024-10"),
        ("en octubre del año pasado", "2024-10"),
        ("im Oktober letzten Jahres", "2024-10"),
        ("em outubro do ano passado", "2024-10"),
        ("in oktober vorig jaar", "2024-10"),
    ],
)
def test_month_of_last_year(text, expected):
    assert find_dates(text, REF)[0].value == expected


@pytest.mark.issue(9)
def test_month_of_last_year_needs_a_reference():
    assert find_dates("in October last year", None) == []
    assert [d.value for d in find_dates("in October, more than last year", REF)] == ["2024-10", "2024"]


@pytest.mark.issue(9)
def test_a_day_number_alone_takes_the_month_named_last():
    before = "O radar reconheceu o 'Wood' a 21 de maio, 520 km a sul de Cabo Verde. "
    assert find_dates("Às 02h00 do dia 22, os fuzileiros abordaram o pesqueiro", REF, before=before)[0].value == "2025-05-22"
    assert find_dates("el día 5 la policía", date(2019, 6, 4))[0].value == "2019-05-05"  # the 5th is still to come
    assert find_dates("no dia 3", date(2019, 6, 4))[0].value == "2019-06-03"
    assert find_dates("no dia 15 de março", REF)[0].value == "2025-03-15"  # a stated month wins
    assert find_dates("el día 12/03", REF) == [] and find_dates("dia 40", REF) == []
    assert find_dates("no dia 3", None) == []


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("die bereits vor zwei Wochen sichergestellten Drogen", date(2019, 8, 2), ("2019-07", "month")),
        ("two weeks ago", date(2019, 8, 2), ("2019-07", "month")),
        ("drie weken geleden", date(2025, 7, 25), ("2025-07", "month")),
        ("hace tres días", date(2025, 7, 1), ("2025-06-28", "day")),
        ("il y a deux mois", date(2025, 1, 15), ("2024-11", "month")),
        ("vor einem Monat", date(2025, 7, 1), ("2025-06", "month")),
        ("tre settimane fa", date(2025, 7, 25), ("2025-07", "month")),
    ],
)
def test_counted_back(text, ref, expected):
    """'N days/weeks/months ago' in every language: a day for days, a month for weeks and months."""
    got = find_dates(text, ref)
    assert (got[0].value, got[0].precision) == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    [
        "two weeks ago",  # 29 June to 5 July: no one month
        "hace semanas",  # no count
        "vor zwei Stunden",  # hours settle the report's day, not another
    ],
)
def test_counted_back_unsettled(text):
    assert find_dates(text, date(2025, 7, 16)) == []


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("The discovery was made between Thursday night and Friday morning.", date(2021, 9, 18), ["2021-09"]),
        ("discovered overnight from Saturday to Sunday", date(2021, 10, 31), ["2021-10"]),
        ("in der Nacht von Samstag auf Sonntag", date(2021, 10, 31), ["2021-10"]),
        ("nella notte tra domenica e lunedì", date(2021, 11, 1), []),  # 31 October and 1 November: no one month
        ("on Monday and Wednesday", date(2021, 9, 18), ["2021-09-13", "2021-09-15"]),  # two days apart: each its own
    ],
)
def test_two_days_running(text, ref, expected):
    assert [d.value for d in find_dates(text, ref)] == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        ("informou o Ministério Público nesta sexta-feira (17)", True),
        ("informó la Policía Nacional el martes", True),
        ("the police said the drugs were seized on Monday", False),  # the seizure's day, not the saying's
        ("informou que a droga foi apreendida nesta quinta-feira", False),
        ("em portos brasileiros, informou o órgão nesta quinta-feira", True),
        ("elles avaient annoncé la saisie le 15 mai", False),  # announced the seizure OF 15 May: the find's day
    ],
)
def test_speaker_after_the_reporting_verb(text, reporting):
    from nlp.dates import is_reporting

    d = find_dates(text, date(2021, 9, 17))[-1]
    assert is_reporting(text, d) is reporting


@pytest.mark.issue(9)
@pytest.mark.parametrize("text", ["no primeiro semestre deste ano", "in the first half of this year",
                                  "im ersten Halbjahr dieses Jahres"])
def test_a_part_of_this_year(text):
    assert [(d.value, d.precision) for d in find_dates(text, date(2025, 7, 31))] == [("2025", "year")]


# a part of the reference day or the night before it: "last night", "this morning", in the seven languages
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("officers searched the container this morning", date(2019, 9, 6), ["2019-09-06"]),
        ("la Guardia Civil interceptó esta mañana", date(2019, 9, 6), ["2019-09-06"]),
        ("les douaniers ont saisi ce matin", date(2019, 9, 6), ["2019-09-06"]),
        ("sequestrati stamattina nel porto", date(2019, 9, 6), ["2019-09-06"]),
        ("heute Morgen entdeckten Zollbeamte", date(2019, 9, 6), ["2019-09-06"]),
        ("vanochtend onderschepte de douane", date(2019, 9, 6), ["2019-09-06"]),
        ("gisteravond onderschepte de douane", date(2019, 9, 6), ["2019-09-05"]),
        # a night runs over two days: its month, when both fall in one
        ("police raided the warehouse last night", date(2019, 9, 6), ["2019-09"]),
        ("la policía detuvo anoche", date(2019, 9, 6), ["2019-09"]),
        ("vannacht in de haven", date(2019, 9, 6), ["2019-09"]),
        ("police raided the warehouse last night", date(2019, 9, 1), []),
        # the night before and the morning after: two days running, so the month
        ("Last night and this morning around 65 Customs and Police staff", date(2019, 9, 6), ["2019-09"]),
        ("ayer y hoy", date(2019, 9, 6), ["2019-09"]),
        ("Last night and this morning officers", date(2019, 9, 1), []),  # 31 August and 1 September
        # a month-only reference settles the month
        ("this morning", date(2019, 9, 30), ["2019-09"]),
    ],
)
def test_parts_of_the_reference_day(text, ref, expected):
    precision = "month" if ref.day == 30 else "day"
    assert [d.value for d in find_dates(text, ref, precision)] == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    ["in the morning the ship sailed", "on the night of the raid", "every night the crew", "the afternoon shift",
     "the night before", "la nuit du crime", "de nachtdienst", "die Nachtschicht", "de ochtendploeg",
     "durante la mañana siguiente", "this mornings' papers", "overnight storage"],
)
def test_parts_of_a_day_that_name_no_day(text):
    assert find_dates(text, date(2019, 9, 6)) == []


# a period of months is the year, not its first month
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between January and March 2023, customs seized", ["2023"]),
        ("from January to June", ["2025"]),
        ("entre enero y marzo de 2024", ["2024"]),
        ("de janvier à juin", ["2025"]),
        ("von Januar bis Juni", ["2025"]),
        ("van januari tot en met juni 2023", ["2023"]),
        ("tra gennaio e marzo", ["2025"]),
        ("em maio e junho", ["2025"]),
        ("from November to February", []),  # runs into another year
    ],
)
def test_a_period_of_months(text, expected):
    assert [d.value for d in find_dates(text, REF)] == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in March, and customs may be", ["2025-03"]),  # 'may' the verb is no month
        ("in June the customs and", ["2025-06"]),
        ("seized in June and destroyed in July", ["2025-06", "2025-07"]),  # two months, each its own event
    ],
)
def test_months_that_are_no_period(text, expected):
    assert [d.value for d in find_dates(text, REF)] == expected


# a weekday of the week before: "Wednesday last week" is not "last Wednesday" when the reference is a Thursday
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    "text",
    ["Wednesday last week", "on Wednesday of last week", "last week on Wednesday", "el miércoles de la semana pasada",
     "mercredi de la semaine dernière", "mercoledì della scorsa settimana", "am Mittwoch der vergangenen Woche",
     "woensdag vorige week", "vorige week woensdag"],
)
def test_a_weekday_of_last_week(text):
    assert [d.value for d in find_dates(text, date(2025, 7, 3))] == ["2025-06-25"]


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last Wednesday", ["2025-07-02"]),  # the most recent Wednesday
        ("on Wednesday", ["2025-07-02"]),
        ("on Wednesday, last week's figures", ["2025-07-02", "2025-06"]),  # two mentions, not one day of last week
    ],
)
def test_a_weekday_that_is_not_of_last_week(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 7, 3))] == expected


# "over the weekend": the weekend before the reference, as "last weekend" is
@pytest.mark.issue(9)
@pytest.mark.parametrize(("text", "expected"), [("seized over the weekend", ["2025-06"]), ("at the weekend", ["2025-06"]),
                                                ("weekend shifts", []), ("the weekend ferry", [])])
def test_over_the_weekend(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 7, 3))] == expected


# "this year" and "last year" as Romance and German texts finish a date: after 'del', 'deste', 'dell'', 'des'
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a finales del año pasado", ["2024"]),
        ("alla fine dell'anno scorso", ["2024"]),
        ("Ende des vergangenen Jahres", ["2024"]),
        ("Ende vergangenen Jahres", ["2024"]),
        ("no início deste ano", ["2025"]),
        ("Anfang dieses Jahres", ["2025"]),
        ("en lo que va del año", ["2025"]),
        ("em maio deste ano", ["2025-05"]),
        ("im Mai dieses Jahres", ["2025-05"]),
        ("in May this year", ["2025-05"]),
        ("nel maggio dell'anno in corso", ["2025-05"]),
        ("em 2023 e no ano anterior", ["2023", "2022"]),  # the year before the one named
        ("en 2023 y del año anterior", ["2023", "2022"]),
        ("customs may this year seize more", ["2025"]),  # 'may' the verb is no May
    ],
)
def test_this_year_and_last_year_after_a_preposition(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 7, 3))] == expected


@pytest.mark.issue(9)
@pytest.mark.parametrize("text", ["the year's anterior view", "un año más",
                                  "dieser Jahreszeit", "el año pasadizo"])
def test_year_words_that_are_no_date(text):
    assert find_dates(text, date(2025, 7, 3)) == []


# a time the text gives but does not settle: the figure so placed borrows no date from the sentence before
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("A few months ago customs found 2 tonnes", True),
        ("Appena qualche mese fa la Guardia di Finanza ha sequestrato", True),
        ("hace unos meses la Guardia Civil", True),
        ("il y a quelques mois, les douaniers", True),
        ("vor einigen Monaten hatte der Zoll", True),
        ("enkele maanden geleden onderschepte de douane", True),
        ("há alguns meses a Receita Federal", True),
        ("customs recently seized", True),
        ("three months ago customs found", False),  # settled: find_dates reads it
        ("a recent seizure of 2 tonnes", False),
        ("a few kilos more than in March", False),
        ("in the last few days", False),
    ],
)
def test_vague_time(text, vague):
    from nlp.dates import vague_time

    assert vague_time(text) is vague


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("third", "expected"),
    [
        ("Appena qualche mese fa nel porto di Gioia Tauro la Guardia di Finanza ha sequestrato circa 2,7 tonnellate di cocaina.", None),
        ("Nel porto di Gioia Tauro la Guardia di Finanza ha sequestrato circa 2,7 tonnellate di cocaina.", "2021-12"),
    ],
)
def test_a_vaguely_placed_find_borrows_no_date(third, expected):
    from nlp import Extractor

    text = ("La Guardia di Finanza ha sequestrato lunedì 188 chili di cocaina nel porto di Napoli. Nel dicembre del 2021 "
            "il questore disse che il porto di Gioia Tauro era il più trafficato. " + third)
    facts = {f.quantity_kg: f for f in Extractor().extract(text, published="2024-08", lang="it").facts}
    assert facts[188.0].date == "2024-08"
    assert facts[2700.0].date == expected


# the day something was explained or announced, in the words Portuguese, Spanish, Italian and Dutch reports use
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        ("como explicou esta terça-feira Luís Neves, diretor nacional da PJ", True),
        ("explicó el martes el fiscal", True),
        ("the police explained on Monday", True),
        ("De Spaanse douane en politie hebben vrijdag aangekondigd een recordvangst te hebben gedaan", True),
        ("Der Zoll hat am Freitag angekündigt", True),
        ("De douane heeft vrijdag 300 kilo in beslag genomen, werd later aangekondigd", False),  # the find's day
        ("customs seized the cocaine on Friday, as announced", False),
        ("los agentes informaron el martes que", True),
        ("la Guardia di Finanza ha annunciato ieri il sequestro", True),
        ("a Polícia Federal afirmou nesta terça-feira", True),
        ("la Policía Nacional ha informado este martes", True),
        ("informaram que na terça-feira apreenderam 300 kg", False),  # the seizure's day, told after 'que'
    ],
)
def test_explained_and_announced_days(text, reporting):
    from nlp.dates import is_reporting

    d = find_dates(text, date(2023, 8, 25))[0]
    assert is_reporting(text, d) is reporting


# a total's own day: kept when the total sums finds of that day, the year when the day bounds a period
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("les douaniers ont saisi à eux deux plus d'une tonne de cannabis, le 20 janvier dernier", "2023-01-20"),
        ("since 1 January customs have seized a total of 12 tonnes", "2023"),
        ("depuis le 1er janvier, les douanes ont saisi au total 12 tonnes", "2023"),
        ("seit dem 1. Januar hat der Zoll insgesamt 12 Tonnen", "2023"),
        ("up to 30 June customs seized a total of 12 tonnes", "2023"),
    ],
)
def test_the_day_of_a_total(text, expected):
    from nlp.resolvers.dates import _total_date

    d = find_dates(text, date(2023, 7, 31))[0]
    assert _total_date(text, d) == expected


# a background total takes the one period the sentence before it names; two periods there settle none
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("before", "expected"),
    [("The minister praised the work of the police during 2020.", "2020"),
     ("The minister praised the work of the police in 2019 and 2020.", None)],
)
def test_a_background_total_takes_the_period_before_it(before, expected):
    from nlp import Extractor

    text = ("Police seized 2.9 tons of cocaine in a container at the port of Moín on October 11, 2020. " + before +
            " With this seizure, the country has detected a total of 12.5 tons of cocaine in containers.")
    facts = {f.quantity_kg: f for f in Extractor().extract(text, published="2020-12-17", lang="en").facts}
    assert facts[2900.0].date == "2020-10-11"
    assert (facts[12500.0].kind, facts[12500.0].primary, facts[12500.0].date) == ("aggregate", False, expected)


# only the day a shipment arrived is told: the find's month, not that day
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "arrival"),
    [
        ("The shipment arrived at Felixstowe on Tuesday last week.", True),
        ("el contenedor llegó al puerto de Valencia el 3 de mayo", True),
        ("o navio atracou no porto de Santos no dia 3 de maio", True),
        ("Der am 12. Mai in Hamburg eingetroffene Container", True),
        ("de container die op 12 mei in Rotterdam aankwam", True),
        ("Customs seized the cocaine on Tuesday last week.", False),
        ("el 3 de mayo la Guardia Civil intervino la droga", False),
        ("The shipment, which arrived in May, was searched on 12 June", False),  # the search's own day
    ],
)
def test_arrival_day(text, arrival):
    from nlp.dates import arrival_day

    days = [d for d in find_dates(text, date(2025, 7, 3)) if d.precision == "day"]
    assert arrival_day(text, days[-1]) is arrival


@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("second", "expected"),
    [("The shipment arrived at Felixstowe on Tuesday last week.", "2010-11"),
     ("The shipment was opened at Felixstowe on Tuesday last week.", "2010-11-09")],
)
def test_a_find_told_by_its_arrival_day_is_dated_by_the_month(second, expected):
    from nlp import Extractor

    text = "Border Force officers seized 80kg of heroin at the Port of Felixstowe. " + second
    (fact,) = Extractor().extract(text, published="2010-11-17", lang="en").facts
    assert fact.date == expected


# an undated total of finds reported one by one takes the day they share, and no day when they have several
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Navy intercepted a trawler carrying 212 kg of drugs off Galle. The search at the harbour led to the "
         "recovery of 180 kg of heroin and 32 kg of crystal methamphetamine this morning (Oct 22), the Navy said.",
         "2023-10-22"),
        ("Customs seized a total of 212 kg of drugs in two operations. Officers recovered 180 kg of heroin on Oct 20. "
         "In another operation they found 32 kg of crystal methamphetamine on Oct 22.", None),
    ],
)
def test_a_total_takes_the_day_its_parts_share(text, expected):
    from nlp import Extractor

    facts = {f.quantity_kg: f for f in Extractor().extract(text, published="2023-10-22", lang="en").facts}
    assert facts[212.0].kind == "aggregate"
    assert facts[212.0].date == expected


# a yearly report's previous period is the year before the one it names
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seized in the year to March 2022, compared to 17,155kg in the previous period", ["2022", "2021"]),
        ("en 2023 se incautaron 50 toneladas, frente a 40 en el periodo anterior", ["2023", "2022"]),
        ("im ersten Halbjahr 2024 und im Vorjahreszeitraum", ["2024", "2023"]),
        ("the previous period", ["2022"]),  # none named: the year before the reference's
        ("a previous seizure", []),
        ("the period before the summer", []),
    ],
)
def test_the_previous_period(text, expected):
    assert [d.value for d in find_dates(text, date(2023, 4, 20))] == expected


@pytest.mark.issue(9)
def test_a_year_counted_back_twice_is_counted_from_the_named_year():
    before = "in the year to March 2022, compared to 17,155kg in the previous period. "
    assert [d.value for d in find_dates("The figure for the previous year rose", date(2023, 4, 20), before=before)] == ["2021"]


# wire datelines as German, Spanish and Portuguese agencies write them
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rom, 13. März (dpa) - Die Polizei", date(2024, 3, 13)),
        ("Hamburg, 13. März 2024 (dpa) – Der Zoll", date(2024, 3, 13)),
        ("Madrid, 12 mar (EFE).- La Guardia Civil", date(2024, 3, 12)),
        ("Guayaquil, 13 de marzo (EFE).- La Policía", date(2024, 3, 13)),
        ("São Paulo, 13 de março de 2024 - A Polícia Federal", date(2024, 3, 13)),
        ("Customs, 13 kilos - no dateline", None),
        ("In Hamburg, 13. März hat der Zoll - ", None),
    ],
)
def test_wire_datelines(text, expected):
    assert dateline(text, date(2024, 3, 20)) == expected


# the day of an announcement, told before the verb or set off by commas
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        ("Spanish police and customs on Friday announced the seizure of nearly 9.5 tonnes", True),
        ("A Procuradoria holandesa anunciou, nesta quinta-feira (10), a apreensão de mais de oito toneladas", True),
        ("La Guardia Civil el martes anunció la incautación", True),
        ("Customs on Friday seized 300 kg", False),
        ("the seizure, made on Friday, was announced", False),
    ],
)
def test_announcement_day_before_the_verb(text, reporting):
    from nlp.dates import is_reporting

    d = find_dates(text, date(2023, 8, 25))[0]
    assert is_reporting(text, d) is reporting


# a figure told again later with its day: that day, when the figure's own sentence dates nothing
@pytest.mark.issue(9)
@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("A search by Belgian customs officials at the port of Antwerp on Saturday uncovered 7.2 tons of cocaine "
         "hidden in wood blocks.", "2021-02-20"),
        ("Belgian customs officials at the port of Antwerp uncovered the 7.2 tons of cocaine hidden in wood blocks.", None),
    ],
)
def test_a_figure_told_again_with_its_day(last, expected):
    from nlp import Extractor

    text = ("German customs found 16 tons of cocaine in Hamburg, authorities said yesterday. Another 7.2 tons of "
            "cocaine were seized in Belgium. The freight was addressed to a man in Vlaardingen. " + last)
    facts = {f.quantity_kg: f for f in Extractor().extract(text, published="2021-02-25", lang="en").facts}
    assert facts[7200.0].date == expected
