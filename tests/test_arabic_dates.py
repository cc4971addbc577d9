from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.arabic import find_time_expressions, parse_date

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
FRIDAY = date(2016, 7, 15)
THURSDAY = date(2016, 7, 14)


def found(text: str, published: date | None = FRIDAY) -> list[tuple[str, str, date | None]]:
    return [(e.text, e.kind, e.value) for e in find_time_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14 تموز/يوليو 2016", date(2016, 7, 14)),
        ("14 يوليو 2016", date(2016, 7, 14)),
        ("14 يوليه 2016م", date(2016, 7, 14)),
        ("3 كانون الثاني 2016", date(2016, 1, 3)),
        ("3 كانون الأول 2015", date(2015, 12, 3)),
        ("1 تشرين الأول 2015", date(2015, 10, 1)),
        ("2 تشرين الثاني/نوفمبر 2015", date(2015, 11, 2)),
        ("5 شباط 2016", date(2016, 2, 5)),
        ("5 آذار 2016", date(2016, 3, 5)),
        ("9 إبريل 2016", date(2016, 4, 9)),
        ("9 أبريل 2016", date(2016, 4, 9)),
        ("9 نيسان 2016", date(2016, 4, 9)),
        ("9 أيار 2016", date(2016, 5, 9)),
        ("9 يونيه 2016", date(2016, 6, 9)),
        ("9 حزيران 2016", date(2016, 6, 9)),
        ("9 آب 2016", date(2016, 8, 9)),
        ("9 اغسطس 2016", date(2016, 8, 9)),
        ("9 أيلول 2016", date(2016, 9, 9)),
        ("9 أكتوبر 2016", date(2016, 10, 9)),
        ("٢٧ سبتمبر ٢٠٢٤", date(2024, 9, 27)),
        ("14 من يوليو عام 2016", date(2016, 7, 14)),
        ("14 تموز/يوليو", date(2016, 7, 14)),
        ("20 فبراير", date(2016, 2, 20)),
        ("14 يوليو من العام الماضي", date(2015, 7, 14)),
    ],
)
def test_gregorian(text: str, value: date) -> None:
    [expr] = find_time_expressions(f"وقع ذلك في {text} في موسكو", FRIDAY)
    assert (expr.text, expr.kind, expr.value) == (text, "gregorian", value)


def test_year_is_the_nearest_to_publication() -> None:
    assert found("في 28 ديسمبر", date(2016, 1, 3)) == [("28 ديسمبر", "gregorian", date(2015, 12, 28))]
    assert found("في 2 يناير", date(2015, 12, 30)) == [("2 يناير", "gregorian", date(2016, 1, 2))]


def test_weekday_joins_explicit_date() -> None:
    text = 'ذكرت صحيفة "واشنطن بوست" الأميركية الخميس، 14 تموز/يوليو، أن واشنطن'
    assert found(text) == [("الخميس، 14 تموز/يوليو", "gregorian", THURSDAY)]
    assert found("الخميس 14 يوليه 2016") == [("الخميس 14 يوليه 2016", "gregorian", THURSDAY)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("26 شوال 1436 هـ", date(2015, 8, 11)),
        ("26 شوال 1436ه", date(2015, 8, 11)),
        ("26 شوال 1436", date(2015, 8, 11)),
        ("1 محرم 1437 هـ", date(2015, 10, 14)),
        ("10 ربيع الأول 1437 هـ", date(2015, 12, 21)),
        ("10 ربيع الآخر 1437 هـ", date(2016, 1, 20)),
        ("10 ربيع الثاني 1437 هـ", date(2016, 1, 20)),
        ("10 جمادى الأولى 1437 هـ", date(2016, 2, 19)),
        ("10 جمادى الآخرة 1437 هـ", date(2016, 3, 19)),
        ("10 ذو القعدة 1437 هـ", date(2016, 8, 13)),
        ("10 ذي الحجة 1437 هـ", date(2016, 9, 11)),
        ("10 رمضان", date(2016, 6, 15)),
    ],
)
def test_hijri(text: str, value: date) -> None:
    [expr] = find_time_expressions(f"الموافق {text} حسب", FRIDAY)
    assert (expr.text, expr.kind, expr.value, expr.calendar) == (text, "hijri", value, "hijri")


def test_hijri_zero_is_not_safar() -> None:
    assert found("فاز الفريق 3 صفر") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14/7/2016", THURSDAY),
        ("14-07-2016", THURSDAY),
        ("14.7.2016", THURSDAY),
        ("2016-07-14", THURSDAY),
        ("2016/7/14", THURSDAY),
        ("١٤/٧/٢٠١٦", THURSDAY),
        ("7/14/2016", THURSDAY),
        ("31/2/2016", None),
    ],
)
def test_numeric(text: str, value: date | None) -> None:
    assert found(f"بتاريخ {text} وقع") == [(text, "numeric", value)]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("الخميس", FRIDAY, THURSDAY),
        ("الجمعة", THURSDAY, FRIDAY),
        ("الخميس", THURSDAY, THURSDAY),
        ("السبت", FRIDAY, date(2016, 7, 16)),
        ("الأحد", FRIDAY, date(2016, 7, 17)),
        ("الاثنين", FRIDAY, date(2016, 7, 18)),
        ("الثلاثاء", FRIDAY, date(2016, 7, 12)),
        ("الإثنين", FRIDAY, date(2016, 7, 18)),
        ("الأثنين", FRIDAY, date(2016, 7, 18)),
        ("الأربعاء", FRIDAY, date(2016, 7, 13)),
        ("الجمعة الماضي", FRIDAY, date(2016, 7, 8)),
        ("الخميس الماضي", FRIDAY, THURSDAY),
        ("الجمعة المقبل", FRIDAY, date(2016, 7, 22)),
        ("الخميس المقبل", FRIDAY, date(2016, 7, 21)),
        ("الأحد القادم", FRIDAY, date(2016, 7, 17)),
        ("يوم الأحد", FRIDAY, date(2016, 7, 17)),
        ("مساء الخميس", FRIDAY, THURSDAY),
    ],
)
def test_weekdays(text: str, published: date, value: date) -> None:
    assert found(f"وقال {text} إن", published) == [(text, "weekday", value)]


@pytest.mark.parametrize("prefixed", ["والخميس", "بالخميس", "فالخميس"])
def test_weekday_with_clitic(prefixed: str) -> None:
    assert found(f"وصل {prefixed} إلى") == [("الخميس", "weekday", THURSDAY)]


def test_real_sentences() -> None:
    assert found("ويلتقي لافروف الجمعة في موسكو", THURSDAY) == [("الجمعة", "weekday", FRIDAY)]
    assert found("وصل كيري مساء الخميس، إلى موسكو") == [("مساء الخميس", "weekday", THURSDAY)]
    assert found("أمس الخميس") == [("أمس الخميس", "relative", THURSDAY)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("اليوم", FRIDAY),
        ("أمس", THURSDAY),
        ("الأمس", THURSDAY),
        ("البارحة", THURSDAY),
        ("أول أمس", date(2016, 7, 13)),
        ("أول من أمس", date(2016, 7, 13)),
        ("غدا", date(2016, 7, 16)),
        ("غداً", date(2016, 7, 16)),
        ("بعد غد", date(2016, 7, 17)),
        ("الليلة", FRIDAY),
        ("صباح اليوم", FRIDAY),
        ("مساء أمس", THURSDAY),
        ("ظهر اليوم", FRIDAY),
    ],
)
def test_relative_days(text: str, value: date) -> None:
    assert found(f"وقال {text} إن") == [(text, "relative", value)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("الأسبوع الماضي", date(2016, 7, 2), date(2016, 7, 8)),
        ("الأسبوع المقبل", date(2016, 7, 16), date(2016, 7, 22)),
        ("الشهر الماضي", date(2016, 6, 1), date(2016, 6, 30)),
        ("الشهر المقبل", date(2016, 8, 1), date(2016, 8, 31)),
        ("العام الماضي", date(2015, 1, 1), date(2015, 12, 31)),
        ("العام المقبل", date(2017, 1, 1), date(2017, 12, 31)),
    ],
)
def test_ranges(text: str, start: date, end: date) -> None:
    [expr] = find_time_expressions(f"خلال {text} وقع", FRIDAY)
    assert (expr.text, expr.kind, expr.value, expr.end) == (text, "relative", start, end)


def test_month_with_year() -> None:
    [expr] = find_time_expressions("في يوليو 2016 وقع", FRIDAY)
    assert (expr.text, expr.kind, expr.value, expr.end) == (
        "يوليو 2016",
        "month",
        date(2016, 7, 1),
        date(2016, 7, 31),
    )
    [expr] = find_time_expressions("في شباط/فبراير 2016", None)
    assert (expr.value, expr.end) == (date(2016, 2, 1), date(2016, 2, 29))


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("يونيو الماضي", "month", date(2016, 6, 1), date(2016, 6, 30)),
        ("يوليو الماضي", "month", date(2015, 7, 1), date(2015, 7, 31)),  # in July: last year's
        ("شهر آب المقبل", "month", date(2016, 8, 1), date(2016, 8, 31)),
        ("مارس/آذار الماضي", "month", date(2016, 3, 1), date(2016, 3, 31)),
        ("يناير المقبل", "month", date(2017, 1, 1), date(2017, 1, 31)),
        ("يوليو الجاري", "month", date(2016, 7, 1), date(2016, 7, 31)),
        ("رمضان الماضي", "hijri", date(2016, 6, 6), date(2016, 7, 5)),  # 1437, just ended
        ("شوال الجاري", "hijri", date(2016, 7, 6), date(2016, 8, 3)),
    ],
)
def test_month_named_with_a_direction(text: str, kind: str, start: date, end: date) -> None:
    [expr] = find_time_expressions(f"وقع في {text} ثم", FRIDAY)
    assert (expr.text, expr.kind, expr.value, expr.end) == (text, kind, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم القوات الروسية حالياً دعماً",
        "صحيفة اليومية",
        "الأمسية الشعرية",
        "قال محمد جمعة إن",
        "الجمعية العامة",
        "اليوم الوطني",
        "قصف 3 مواقع و14 هدفا",
        "أبي وأمي",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert found(text) == []


def test_unresolved_without_publication_date() -> None:
    assert found("وصل الخميس", None) == [("الخميس", "weekday", None)]
    assert found("وصل أمس", None) == [("أمس", "relative", None)]
    assert found("14 يوليو", None) == [("14 يوليو", "gregorian", None)]
    assert found("14 يوليو 2016", None) == [("14 يوليو 2016", "gregorian", THURSDAY)]


def test_published_datetime_is_accepted() -> None:
    assert found("وصل أمس", datetime(2016, 7, 15, 23, 30)) == [("أمس", "relative", THURSDAY)]


def test_spans_point_into_original_text() -> None:
    text = "وصَلَ غداً الـخميس 14 تمّوز ٢٠١٦ في 26 شوال 1436 هـ."
    for expr in find_time_expressions(text, FRIDAY):
        assert expr.span.slice(text) == expr.text
    assert [e.text for e in find_time_expressions(text, FRIDAY)][-1] == "26 شوال 1436 هـ"


def test_seed_article() -> None:
    seeds = DATA / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed texts not found at {seeds}")
    text = (seeds / "000_70058f0de96a2261.txt").read_text(encoding="utf-8")
    exprs = find_time_expressions(text, FRIDAY)
    assert exprs[0].text == "الخميس، 14 تموز/يوليو" and exprs[0].value == THURSDAY
    assert all(e.span.slice(text) == e.text for e in exprs)
    assert "حالياً" not in [e.text for e in exprs]
    page = (seeds / "002_bef5a855cbb79548.txt").read_text(encoding="utf-8")
    values = {e.value for e in find_time_expressions(page, THURSDAY)}
    assert THURSDAY in values and date(2024, 9, 27) in values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21 02:51:32", datetime(2015, 7, 21, 2, 51, 32)),
        ("2016-07-14T10:00:00+03:00", datetime(2016, 7, 14, 10, 0)),
        ("2016-07-14T10:00:00Z", datetime(2016, 7, 14, 10, 0)),
        ("2016-07-14T10:00:00.123+0300", datetime(2016, 7, 14, 10, 0)),
        ("2016-07-14", datetime(2016, 7, 14)),
        ("Sun, 18 Feb 2018 21:35:43 +0400", datetime(2018, 2, 18, 21, 35, 43)),
        ("Thu, 14 Jul 2016 09:16:00 GMT", datetime(2016, 7, 14, 9, 16)),
        ("14/07/2016", datetime(2016, 7, 14)),
        ("14/07/2016 18:30", datetime(2016, 7, 14, 18, 30)),
        ("الجمعة 27 سبتمبر 2024 7:26 ص", datetime(2024, 9, 27, 7, 26)),
        ("الجمعة 27 سبتمبر 2024 7:26 م", datetime(2024, 9, 27, 19, 26)),
        ("نشر في: 14 مارس 2024 - 10:32", datetime(2024, 3, 14, 10, 32)),
        ("نشر في: الخميس 14 يوليه 2016 - 9:16 م", datetime(2016, 7, 14, 21, 16)),
        ("الخميس 14 تموز/يوليو 2016", datetime(2016, 7, 14)),
        ("26 شوال 1436 هـ", datetime(2015, 8, 11)),
        ("٢٠١٦-٠٧-١٤", datetime(2016, 7, 14)),
        ("12:00 ص 1 يناير 2020", datetime(2020, 1, 1)),
    ],
)
def test_parse_date(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "   ", "garbage", "2016-13-45", "99/99/9999", "الخميس", "Sun, 99 Foo", "31 فبراير 2016"]
)
def test_parse_date_garbage(value: str) -> None:
    assert parse_date(value) is None


@given(st.text())
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or result.tzinfo is None


@given(st.text(), st.one_of(st.none(), st.dates()))
def test_find_time_expressions_never_raises(text: str, published: date | None) -> None:
    for expr in find_time_expressions(text, published):
        assert expr.span.slice(text) == expr.text


@given(
    st.lists(
        st.sampled_from(
            [
                "الخميس",
                "14",
                "تموز",
                "/",
                "يوليو",
                "2016",
                "أمس",
                " ",
                "،",
                "هـ",
                "شوال",
                "1436",
                "الماضي",
                "\u064b",
            ]
        )
    )
)
def test_find_time_expressions_on_date_words(words: list[str]) -> None:
    text = " ".join(words)
    exprs = find_time_expressions(text, FRIDAY)
    assert all(expr.span.slice(text) == expr.text for expr in exprs)
    assert all(a.span.end <= b.span.start for a, b in pairwise(exprs))
