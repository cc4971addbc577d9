"""`Period`: a week, month or year named as a whole sorts as its first day and prints at its own precision."""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.model import Period, day_or_period, parse_day_or_period


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (date(2025, 1, 1), date(2025, 12, 31), "2025"),
        (date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (date(2024, 12, 1), date(2024, 12, 31), "2024-12"),
        (date(2024, 3, 16), date(2024, 3, 22), "2024-03-16/2024-03-22"),
        (date(2024, 1, 1), date(2025, 12, 31), "2024-01-01/2025-12-31"),
    ],
)
def test_iso_8601_at_its_own_precision(first: date, last: date, text: str) -> None:
    period = Period(first, last)
    assert period.isoformat() == text == str(period)
    assert parse_day_or_period(text) == period and parse_day_or_period(text).last == last  # type: ignore[attr-defined]


def test_a_day_stays_a_day_and_a_backwards_period_is_refused() -> None:
    assert type(day_or_period(date(2024, 3, 1), None)) is date
    assert type(day_or_period(date(2024, 3, 1), date(2024, 3, 1))) is date
    assert parse_day_or_period("2024-03-01") == date(2024, 3, 1)
    with pytest.raises(ValueError, match="before it begins"):
        Period(date(2024, 3, 2), date(2024, 3, 1))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(1, 800))
def test_round_trips_and_sorts_as_its_first_day(first: date, days: int) -> None:
    period = Period(first, first + timedelta(days=days))
    back = parse_day_or_period(period.isoformat())
    assert isinstance(back, Period) and back == period and back.last == period.last
    assert pickle.loads(pickle.dumps(period)).last == period.last
    assert sorted([first + timedelta(days=1), period])[0] is period
