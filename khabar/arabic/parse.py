"""Dates from metadata strings (feed fields, JSON fields, page bylines).

Time zones are dropped, not converted: the result is the wall-clock time the source printed. Outlets in one
story are compared by calendar day, and converting to UTC would move late-evening articles to the next day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from email.utils import parsedate_tz

from khabar.arabic.calendars import GREGORIAN_MONTH, HIJRI_MONTH, gregorian, hijri, month_number
from khabar.arabic.dates import GREGORIAN_DATE, HIJRI_DATE
from khabar.arabic.folding import fold, fold_literal

__all__ = ["parse_date"]

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?"
)
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)")
_CLOCK = re.compile(
    fold_literal(
        r"(?<!\d)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
        r"(?:\s*(?P<ampm>ص|م|صباحا|مساء|صباحاً|مساءً|am|pm|a\.m\.|p\.m\.)(?!\w))?"
    ),
    re.IGNORECASE,
)
_MORNING = frozenset(fold_literal(w) for w in ("ص", "صباحا", "am", "a.m."))


def _clock(text: str) -> time:
    m = _CLOCK.search(text)
    if m is None:
        return time()
    hour, minute, second = int(m["H"]), int(m["M"]), int(m["S"] or 0)
    if m["ampm"]:
        morning = m["ampm"].lower() in _MORNING
        hour = hour % 12 + (0 if morning else 12)
    try:
        return time(hour, minute, second)
    except ValueError:
        return time()


def _combine(day: date | None, text: str) -> datetime | None:
    return datetime.combine(day, _clock(text)) if day else None


def _rfc822(value: str) -> datetime | None:
    parts = parsedate_tz(value)
    if parts is None or not re.search(r"[A-Za-z]{3}", value):
        return None
    try:
        return datetime(*parts[:6])
    except (ValueError, OverflowError):
        return None


def _parse(value: str) -> datetime | None:
    text = fold(value.strip()).text
    m = _ISO.fullmatch(text)
    if m:
        day = gregorian(int(m["y"]), int(m["m"]), int(m["d"]))
        return _combine(day, text[m.end("d") :])
    if result := _rfc822(text):
        return result
    if (m := GREGORIAN_DATE.search(text)) and m["y"]:
        day = gregorian(int(m["y"]), month_number(GREGORIAN_MONTH, m["m"]), int(m["d"]))
        return _combine(day, text[m.end() :])
    if (m := HIJRI_DATE.search(text)) and m["y"]:
        day = hijri(int(m["y"]), month_number(HIJRI_MONTH, m["m"]), int(m["d"]))
        return _combine(day, text[m.end() :])
    for pattern in (_DMY, _YMD):
        if m := pattern.search(text):
            d, mo = int(m["d"]), int(m["m"])
            if mo > 12 and d <= 12:
                d, mo = mo, d
            return _combine(gregorian(int(m["y"]), mo, d), text[m.end() :])
    return None


def parse_date(value: str) -> datetime | None:
    """A naive datetime in the time the source printed, or None; never raises on malformed input."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return _parse(value)
    except (ValueError, OverflowError, TypeError, IndexError, KeyError):
        return None
