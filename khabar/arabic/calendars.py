"""Month names of both Gregorian series and of the Hijri calendar, and calendar arithmetic.

Names are written in plain spelling and folded (see `folding`) before use, so the patterns match the folded
text. Hijri dates are converted with the Umm al-Qura tables of `hijridate` (the calendar of Saudi outlets
and the one most Arabic news sites print).
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from khabar.arabic.folding import fold_literal

__all__ = [
    "GREGORIAN_MONTH",
    "GREGORIAN_MONTHS",
    "HIJRI_MONTH",
    "HIJRI_MONTHS",
    "gregorian",
    "hijri",
    "hijri_month_range",
    "hijri_year_of",
    "month_number",
    "month_range",
    "nearest_year",
]

_GREGORIAN_NAMES = {
    1: "يناير كانون_الثاني جانفي",
    2: "فبراير شباط فيفري",
    3: "مارس آذار",
    4: "أبريل إبريل ابريل نيسان أفريل",
    5: "مايو أيار ماي",
    6: "يونيو يونيه حزيران جوان",
    7: "يوليو يوليه تموز جويلية",
    8: "أغسطس اغسطس أغسطوس آب أوت",
    9: "سبتمبر أيلول",
    10: "أكتوبر اكتوبر تشرين_الأول",
    11: "نوفمبر تشرين_الثاني",
    12: "ديسمبر كانون_الأول",
}
_HIJRI_NAMES = {
    1: "محرم المحرم",
    2: "صفر",
    3: "ربيع_الأول ربيع_أول",
    4: "ربيع_الآخر ربيع_الثاني ربيع_آخر ربيع_ثاني",
    5: "جمادى_الأولى جمادى_الأول جمادى_أولى",
    6: "جمادى_الآخرة جمادى_الثانية جمادى_الآخر جمادى_ثانية",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو_القعدة ذي_القعدة ذو_القعده",
    12: "ذو_الحجة ذي_الحجة",
}


def _table(names: dict[int, str]) -> dict[str, int]:
    return {
        fold_literal(name).replace("_", " "): month for month, row in names.items() for name in row.split()
    }


GREGORIAN_MONTH = _table(_GREGORIAN_NAMES)
HIJRI_MONTH = _table(_HIJRI_NAMES)


def _alternation(table: dict[str, int]) -> str:
    # Longest first, so كانون الثاني wins over any shorter name and ماي never cuts مايو.
    names = sorted(table, key=len, reverse=True)
    return "(?:" + "|".join(name.replace(" ", r"\s+") for name in names) + r")(?!\w)"


GREGORIAN_MONTHS = _alternation(GREGORIAN_MONTH)
HIJRI_MONTHS = _alternation(HIJRI_MONTH)


def month_number(table: dict[str, int], name: str) -> int:
    return table[" ".join(name.split())]


def gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, or None outside the tables or the month."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def hijri_month_range(year: int, month: int) -> tuple[date, date] | None:
    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
    except (ValueError, OverflowError):
        return None
    g1, g2 = first.to_gregorian(), last.to_gregorian()
    return date(g1.year, g1.month, g1.day), date(g2.year, g2.month, g2.day)


def hijri_year_of(day: date) -> int | None:
    month = hijri_month_of(day)
    return month[0] if month else None


def hijri_month_of(day: date) -> tuple[int, int] | None:
    """The (year, month) of the Hijri (Umm al-Qura) month `day` falls in, or None outside the tables."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def nearest_year(published: date, candidates: list[date]) -> date | None:
    """The candidate nearest to `published`; ties go to the past, where most news happens."""
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - published).days), d > published))
