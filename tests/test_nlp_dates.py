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
