from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.arabic import normalize, to_ascii_digits


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("ﻻ", "لا"),
        ("ﷲ", "الله"),
        ("مُحَمَّدٌ", "محمد"),
        ("غداً", "غدا"),
        ("الـــرئيس", "الرييس"),
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("مدرسة", "مدرسه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("الرئيسُ\u200c", "الرييس"),
        ("\u200fموسكو\u200e", "موسكو"),
        ("\ufeffسوريا", "سوريا"),
        ("٢٠١٦", "2016"),
        ("۱۳۹۵", "1395"),
        ("٣٫٥", "3.5"),
        ("١٬٠٠٠", "1,000"),
        ("«كيري»", '"كيري"'),
        ("“داعش”", '"داعش"'),
        ("„x‟ ‹y› ″z″", '"x" "y" "z"'),
        ("أميركية–روسية", "اميركيه-روسيه"),
        ("a—b―c−d‐e‑f‒g﹘h", "a-b-c-d-e-f-g-h"),
        ("Washington POST", "washington post"),
        ("  واشنطن \t\n  بوست  ", "واشنطن بوست"),
        ("ﺍﻟﺴﻼﻡ", "السلام"),
        ("ی ک", "ي ك"),
        ("", ""),
    ],
)
def test_normalize_cases(raw: str, key: str) -> None:
    assert normalize(raw) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أميركا", "اميركا"),
        ("إسرائيل", "اسرائيل"),
        ("الإثنين", "الاثنين"),
        ("الأثنين", "الاثنين"),
        ("غدًا", "غداً"),
        ("الجمعة", "الجمعه"),
        ("مستشفى", "مستشفي"),
        ("سوريّة", "سورية"),
        ("بوتين", "بوتـين"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الأميركي", "الامريكي"),
        ("سوريا", "سورية"),
        ("بيسكوف", "بسكوف"),
        ("مصر", "مصري"),
        ("سلام", "سلم"),
    ],
)
def test_different_words_differ(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


def test_ta_marbuta_can_be_kept() -> None:
    assert normalize("مدرسة", ta_marbuta=False) == "مدرسة"
    assert normalize("أُسرة", ta_marbuta=False) == "اسرة"
    assert normalize("مدرسة") == normalize("مدرسه")


def test_to_ascii_digits_is_length_preserving() -> None:
    assert to_ascii_digits("١٤/٧/٢٠١٦") == "14/7/2016"
    assert to_ascii_digits("٣٫٥ و۱۲٬۵") == "3.5 و12,5"
    assert to_ascii_digits("أحمد 12") == "أحمد 12"
    text = "في ٢٠١٦، بلغ النمو ٣٫٥٪"
    assert len(to_ascii_digits(text)) == len(text)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \u0640ﻻ«»")
    )
)
def test_normalize_is_idempotent_on_arabic(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(once, ta_marbuta=False) == normalize(once, ta_marbuta=False).strip()


@given(st.text())
def test_to_ascii_digits_keeps_length(text: str) -> None:
    assert len(to_ascii_digits(text)) == len(text)


def test_normalize_has_no_marks_or_wide_spaces() -> None:
    key = normalize("  قَالَ\u00a0\u00a0الرَّئِيسُ  ")
    assert key == "قال الرييس"
