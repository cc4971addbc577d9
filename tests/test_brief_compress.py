"""Leading datelines and agency credits are cut from brief sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.brief.summary import strip_dateline


def test_strips_place_and_agency() -> None:
    text = "الرياض - واس: أعلنت وزارة الداخلية القبض على خلية"
    assert text[strip_dateline(text) :] == "أعلنت وزارة الداخلية القبض على خلية"
    text = "واشنطن- الاناضول- كشف تقرير لصحيفة واشنطن بوست عن خطة"
    assert text[strip_dateline(text) :] == "كشف تقرير لصحيفة واشنطن بوست عن خطة"


def test_keeps_sentences_without_a_leading_dateline() -> None:
    assert strip_dateline("أعلنت وزارة الصحة (واس) اليوم تسجيل حالات جديدة") == 0
    assert strip_dateline("وصل وزير الخارجية إلى موسكو مساء الخميس") == 0
    assert strip_dateline("الرياض - واس") == 0  # nothing would be left


@given(st.text(alphabet="الرياضواس -:()بنكتمجدة،", max_size=60))
def test_cut_is_a_prefix_that_never_empties(text: str) -> None:
    n = strip_dateline(text)
    assert 0 <= n <= len(text)
    if n:
        assert text[n:].strip()
