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
