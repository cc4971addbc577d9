"""Time expressions in Arabic news text, resolved against the publication date.

Resolution choices: a bare weekday is the occurrence nearest the publication date within -6..+3 days (news
mostly reports what happened, and announces at most a few days ahead); a day and month without a year take
the year that puts the date nearest the publication date; weeks run Saturday to Friday, as in most Arab
countries. Anything that needs `published` and lacks it keeps value None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from khabar.arabic.calendars import (
    GREGORIAN_MONTH,
    GREGORIAN_MONTHS,
    HIJRI_MONTH,
    HIJRI_MONTHS,
    gregorian,
    hijri,
    hijri_month_of,
    hijri_month_range,
    hijri_year_of,
    month_number,
    month_range,
    nearest_year,
)
from khabar.arabic.folding import fold, fold_literal
from khabar.arabic.normalize import DIACRITICS, IGNORABLE
from khabar.model import Span, TimeExpression

__all__ = ["find_time_expressions"]

_P = fold_literal
_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"  # a word start, allowing one attached و ف ب ل
_YEAR_WORD = _P(r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام|سنة|العام)?\s*)")
_PAST = _P("الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|السابق|السابقة")
_NEXT = _P("المقبل|المقبلة|القادم|القادمة")
_CURRENT = _P("الجاري|الجارية|الحالي|الحالية")
_HIJRI_SUFFIX = _P(r"(?:\s*(?P<hs>هـ|ه|هجري|هجرية|للهجرة)(?!\w))")
_WEEKDAY_NUMBERS = {"السبت": 5, "الأحد": 6, "الاثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الأربعاء": 2}
_WEEKDAYS = {_P(k): v for k, v in (_WEEKDAY_NUMBERS | {"الخميس": 3, "الجمعة": 4}).items()}
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + r")(?!\w)"

GREGORIAN_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:{_P('من')}\s+)?(?:{_P('شهر')}\s+)?(?P<m>{GREGORIAN_MONTHS})"
    rf"(?:\s*[/(\-]\s*(?P<m2>{GREGORIAN_MONTHS})(?:\s*\))?)?"
    rf"(?:{_YEAR_WORD}(?P<y>\d{{4}})(?!\d)(?:\s*م(?!\w))?"
    rf"|\s+{_P('من')}\s+{_P('(?:العام|السنة)')}\s+(?P<yrel>{_PAST}|{_NEXT}|{_CURRENT})(?!\w))?"
)
_MONTH = re.compile(
    rf"(?<!\w)(?:{_P('شهر')}\s+)?(?P<m>{GREGORIAN_MONTHS})(?:\s*[/(\-]\s*(?P<m2>{GREGORIAN_MONTHS})(?:\s*\))?)?"
    rf"{_YEAR_WORD}(?P<y>\d{{4}})(?!\d)"
)
HIJRI_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:{_P('من')}\s+)?(?:{_P('شهر')}\s+)?(?P<m>{HIJRI_MONTHS})"
    rf"(?:{_YEAR_WORD}(?P<y>1[345]\d\d)(?!\d))?{_HIJRI_SUFFIX}?"
)
_HIJRI_MONTH = re.compile(
    rf"(?<!\w)(?:{_P('شهر')}\s+)?(?P<m>{HIJRI_MONTHS}){_YEAR_WORD}(?P<y>1[345]\d\d)(?!\d){_HIJRI_SUFFIX}?"
)
# «في مارس الماضي»، «يوليو المقبل»، «رمضان الماضي»: a month named without a year, placed by its direction
_MONTH_RELATIVE = re.compile(
    rf"(?<!\w)(?:{_P('شهر')}\s+)?(?P<m>{GREGORIAN_MONTHS})(?:\s*[/(\-]\s*(?P<m2>{GREGORIAN_MONTHS})(?:\s*\))?)?"
    rf"\s+(?P<dir>{_PAST}|{_NEXT}|{_CURRENT})(?!\w)"
)
_HIJRI_MONTH_RELATIVE = re.compile(
    rf"(?<!\w)(?:{_P('شهر')}\s+)?(?P<m>{HIJRI_MONTHS})\s+(?P<dir>{_PAST}|{_NEXT}|{_CURRENT})(?!\w)"
)
_NUMERIC_DMY = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?![\d/.\-]\d|\d)"
)
_NUMERIC_YMD = re.compile(
    r"(?<![\d/.\-])(?P<y>\d{4})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/.\-]\d|\d)"
)
_TIME_OF_DAY = _P(r"(?:(?:صباح|مساء|ظهر|ظهيرة|فجر|ليلة|عصر|صبيحة|منتصف\s+ليل)\s+)")
_WEEKDAY_EXPR = re.compile(
    rf"{_START}{_TIME_OF_DAY}?(?:{_P('يوم')}\s+)?(?P<w>{_WEEKDAY})(?:\s+(?P<dir>{_PAST}|{_NEXT})(?!\w))?"
)
_RELATIVE_DAYS = {
    r"أول\s+من\s+أمس|أول\s+أمس|أمس\s+الأول": -2,
    r"بعد\s+غد|بعد\s+غدا": 2,
    r"الليلة\s+الماضية": -1,
    r"أمس|الأمس|البارحة": -1,
    r"غدا|الغد": 1,
    rf"اليوم(?!\s+ال(?!{'|'.join(w[2:] for w in _WEEKDAYS)}))|الليلة": 0,
}
_RELATIVE_DAY = re.compile(
    rf"{_START}{_TIME_OF_DAY}?(?:"
    + "|".join(f"(?P<r{i}>{_P(p)})" for i, p in enumerate(_RELATIVE_DAYS))
    + r")(?!\w)"
)
_RELATIVE_OFFSETS = list(_RELATIVE_DAYS.values())
_RANGE = re.compile(
    rf"{_START}(?:(?P<unit>{_P('الأسبوع|الشهر|العام|السنة')})\s+(?P<dir>{_PAST}|{_NEXT}|{_CURRENT})"
    rf"|(?:{_P('هذا|هذه')})\s+(?P<this>{_P('الأسبوع|الشهر|العام|السنة')}))(?!\w)"
)
_JOIN = re.compile(_P(r"[\s,،\-–—(]*(?:الموافق\s*)?"))

# Words each family of patterns cannot match without: a substring test is far cheaper than a regex scan,
# and most articles lack most of these words, so the scan is skipped.
_GREGORIAN_NEEDLES = tuple({name.split()[0] for name in GREGORIAN_MONTH})
_HIJRI_NEEDLES = tuple({name.split()[0] for name in HIJRI_MONTH})
_WEEKDAY_NEEDLES = tuple(_WEEKDAYS)
_RELATIVE_NEEDLES = tuple(_P(word) for word in ("أمس", "البارحة", "غد", "اليوم", "الليلة"))
_RANGE_NEEDLES = tuple(_P(word) for word in ("الأسبوع", "الشهر", "العام", "السنة"))
_NUMERIC_HINT = re.compile(r"\d[/.\-]\d")


def _has(text: str, needles: tuple[str, ...]) -> bool:
    return any(needle in text for needle in needles)


_TRAILING = frozenset(DIACRITICS + IGNORABLE)
_Found = tuple[int, int, int, TimeExpression]  # priority, folded start, folded end, expression


def _direction(word: str | None) -> int:
    if not word:
        return 0
    return -1 if re.fullmatch(_PAST, word) else 1 if re.fullmatch(_NEXT, word) else 0


def _weekday(m: re.Match[str], published: date | None) -> date | None:
    if published is None:
        return None
    target = _WEEKDAYS[m["w"]]
    step = _direction(m["dir"])
    if step < 0:
        return published - timedelta(days=(published.weekday() - target) % 7 or 7)
    if step > 0:
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    ahead = (target - published.weekday()) % 7
    return published + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _year_for(m: re.Match[str], published: date | None, make: Callable[[int], date | None]) -> date | None:
    if m["y"]:
        return make(int(m["y"]))
    if published is None:
        return None
    if m.groupdict().get("yrel"):
        return make(published.year + _direction(m["yrel"]))
    candidates = [make(published.year + k) for k in (-1, 0, 1)]
    return nearest_year(published, [c for c in candidates if c is not None])


def _month_towards(year: int, month: int, target: int, step: int) -> tuple[int, int]:
    """The (year, month) of month `target` seen from (`year`, `month`): the last one before it (step -1),
    the next one after it (+1), or the one of the same year (0)."""
    if step == 0:
        return year, target
    index = year * 12 + month - 1
    index += -((month - target) % 12 or 12) if step < 0 else (target - month) % 12 or 12
    return index // 12, index % 12 + 1


def _range(m: re.Match[str], published: date) -> tuple[date, date]:
    unit = m["unit"] or m["this"]
    step = _direction(m["dir"])
    if unit == _P("الأسبوع"):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7) + timedelta(weeks=step)
        return saturday, saturday + timedelta(days=6)
    if unit == _P("الشهر"):
        index = published.year * 12 + published.month - 1 + step
        return month_range(index // 12, index % 12 + 1)
    return date(published.year + step, 1, 1), date(published.year + step, 12, 31)


def _collect(folded: str, published: date | None) -> list[_Found]:
    found: list[_Found] = []

    def add(priority: int, m: re.Match[str], kind: str, value: date | None, end: date | None = None) -> None:
        calendar = "hijri" if kind == "hijri" else "gregorian"
        expr = TimeExpression(Span(0, 0), "", kind, value, end, calendar)
        found.append((priority, m.start(), m.end(), expr))

    gregorian_months = _has(folded, _GREGORIAN_NEEDLES)
    hijri_months = _has(folded, _HIJRI_NEEDLES)
    numeric = _NUMERIC_HINT.search(folded) is not None
    for m in GREGORIAN_DATE.finditer(folded) if gregorian_months else ():
        month, day = month_number(GREGORIAN_MONTH, m["m"]), int(m["d"])
        add(0, m, "gregorian", _year_for(m, published, lambda y, mo=month, d=day: gregorian(y, mo, d)))
    for m in _NUMERIC_DMY.finditer(folded) if numeric else ():
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if month > 12 and day <= 12:  # month-first, as some English-language CMSs print it
            day, month = month, day
        add(0, m, "numeric", gregorian(year, month, day))
    for m in _NUMERIC_YMD.finditer(folded) if numeric else ():
        add(0, m, "numeric", gregorian(int(m["y"]), int(m["m"]), int(m["d"])))
    for m in HIJRI_DATE.finditer(folded) if hijri_months else ():
        month, day = month_number(HIJRI_MONTH, m["m"]), int(m["d"])
        if month == 2 and not (m["y"] or m["hs"]):
            continue  # صفر is also "zero" (a football score)
        hijri_published = None
        if published is not None and not m["y"]:
            year = hijri_year_of(published)
            days = [hijri(year + k, month, day) for k in (-1, 0, 1)] if year else []
            hijri_published = nearest_year(published, [d for d in days if d is not None])
        add(0, m, "hijri", hijri(int(m["y"]), month, day) if m["y"] else hijri_published)
    for m in _MONTH.finditer(folded) if gregorian_months else ():
        first, last = month_range(int(m["y"]), month_number(GREGORIAN_MONTH, m["m"]))
        add(1, m, "month", first, last)
    for m in _HIJRI_MONTH.finditer(folded) if hijri_months else ():
        bounds = hijri_month_range(int(m["y"]), month_number(HIJRI_MONTH, m["m"]))
        add(1, m, "hijri", *(bounds or (None, None)))
    for m in _MONTH_RELATIVE.finditer(folded) if gregorian_months else ():
        if published is None:
            add(1, m, "month", None)
            continue
        year, month = _month_towards(
            published.year, published.month, month_number(GREGORIAN_MONTH, m["m"]), _direction(m["dir"])
        )
        add(1, m, "month", *month_range(year, month))
    for m in _HIJRI_MONTH_RELATIVE.finditer(folded) if hijri_months else ():
        now = hijri_month_of(published) if published is not None else None
        if now is None:
            add(1, m, "hijri", None)
            continue
        year, month = _month_towards(*now, month_number(HIJRI_MONTH, m["m"]), _direction(m["dir"]))
        add(1, m, "hijri", *(hijri_month_range(year, month) or (None, None)))
    for m in _WEEKDAY_EXPR.finditer(folded) if _has(folded, _WEEKDAY_NEEDLES) else ():
        add(2, m, "weekday", _weekday(m, published))
    for m in _RELATIVE_DAY.finditer(folded) if _has(folded, _RELATIVE_NEEDLES) else ():
        offset = _RELATIVE_OFFSETS[int(m.lastgroup[1:])] if m.lastgroup else 0
        add(2, m, "relative", published + timedelta(days=offset) if published else None)
    for m in _RANGE.finditer(folded) if _has(folded, _RANGE_NEEDLES) else ():
        add(2, m, "relative", *(_range(m, published) if published else (None, None)))
    return found


def _select(found: list[_Found]) -> list[_Found]:
    """Non-overlapping expressions: explicit dates first, then the longest."""
    taken: list[_Found] = []
    for item in sorted(found, key=lambda f: (f[0], f[1] - f[2], f[1])):
        if all(item[2] <= t[1] or item[1] >= t[2] for t in taken):
            taken.append(item)
    return sorted(taken, key=lambda f: f[1])


def _merge(folded: str, items: list[_Found]) -> list[_Found]:
    """Join «الخميس 14 تموز» and «أمس الخميس» into one expression each."""
    merged: list[_Found] = []
    for item in items:
        if merged:
            prio, start, end, expr = merged[-1]
            gap = folded[end : item[1]]
            if _JOIN.fullmatch(gap) and expr.kind in ("weekday", "relative") and expr.end is None:
                later = item[3]
                if later.kind not in ("weekday", "relative"):
                    merged[-1] = (prio, start, item[2], later)
                    continue
                if expr.kind == "relative" and later.kind == "weekday" and gap.strip(" ،,") == "":
                    merged[-1] = (prio, start, item[2], expr)
                    continue
        merged.append(item)
    return merged


def find_time_expressions(text: str, published: date | None = None) -> list[TimeExpression]:
    """Dates and date references in `text`, in order, resolved against the publication date."""
    if isinstance(published, datetime):
        published = published.date()
    folded = fold(text)
    items = _merge(folded.text, _select(_collect(folded.text, published)))
    result = []
    for _, start, end, expr in items:
        stop = folded.end(end)
        while stop < len(text) and text[stop] in _TRAILING:
            stop += 1  # keep the tanween of غداً and the tatweel of هـ inside the span
        span = Span(folded.start(start), stop)
        result.append(replace(expr, span=span, text=span.slice(text)))
    return result
