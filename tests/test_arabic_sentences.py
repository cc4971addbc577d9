from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.arabic import split_sentences

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل كيري. والتقى بوتين! هل اتفقا؟ لا", ["وصل كيري.", "والتقى بوتين!", "هل اتفقا؟", "لا"]),
        ("سطر أول\nسطر ثان\r\n\nسطر ثالث", ["سطر أول", "سطر ثان", "سطر ثالث"]),
        ("قال، وأضاف؛ ثم مضى.", ["قال، وأضاف؛ ثم مضى."]),
        ("قال د. محمد إن النمو 3.5 في المئة.", ["قال د. محمد إن النمو 3.5 في المئة."]),
        ("التقى أ. ب. خالد وم. علي.", ["التقى أ. ب. خالد وم. علي."]),
        ("في عام 100 ق.م بنيت المدينة.", ["في عام 100 ق.م بنيت المدينة."]),
        ("ذكرت أ.ف.ب أن الهجوم وقع. وقتل اثنان.", ["ذكرت أ.ف.ب أن الهجوم وقع.", "وقتل اثنان."]),
        ("وقع في 14.7.2016 هجوم. ثم انتهى.", ["وقع في 14.7.2016 هجوم.", "ثم انتهى."]),
        (
            "Dr. Smith met Mr. Jones in the U.S. capital. Then left.",
            ["Dr. Smith met Mr. Jones in the U.S. capital.", "Then left."],
        ),
        ("قال: «سنأتي.» وغادر.", ["قال: «سنأتي.»", "وغادر."]),
        ("قال: «هل ستأتي؟» ثم غادر.", ["قال: «هل ستأتي؟» ثم غادر."]),
        ("سأل “لماذا؟” وصمت.", ["سأل “لماذا؟” وصمت."]),
        ('قال "انتهى!"', ['قال "انتهى!"']),
        ("قال «انتهى الأمر». وغادر.", ["قال «انتهى الأمر».", "وغادر."]),
        ("انتظر... ثم تكلم.", ["انتظر...", "ثم تكلم."]),
        ("انتظر… ثم تكلم", ["انتظر…", "ثم تكلم"]),
        ("ماذا؟! حقا؟؟", ["ماذا؟!", "حقا؟؟"]),
        ("«للفوز في المعركة»! … موسكو وواشنطن", ["«للفوز في المعركة»!", "… موسكو وواشنطن"]),
        ("موقع example.com مغلق.", ["موقع example.com مغلق."]),
        ("", []),
        ("   \n\t ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_spans_are_exact_and_trimmed() -> None:
    text = "  أولى.   ثانية!\n  ثالثة  "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    for s in sentences:
        assert text[s.span.start : s.span.end] == s.text
        assert s.text == s.text.strip()


def test_seed_sentences() -> None:
    seeds = DATA / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed texts not found at {seeds}")
    text = (seeds / "000_70058f0de96a2261.txt").read_text(encoding="utf-8")
    sentences = texts(text)
    assert any(s.startswith('ذكرت صحيفة "واشنطن بوست" الأميركية الخميس، 14 تموز/يوليو') for s in sentences)
    assert all(s.count("\n") == 0 for s in sentences)
    for path in sorted(seeds.glob("*.txt")):
        seed = path.read_text(encoding="utf-8")
        for s in split_sentences(seed):
            assert s.span.slice(seed) == s.text


def _covers(text: str) -> None:
    sentences = split_sentences(text)
    position = 0
    for s in sentences:
        assert text[s.span.start : s.span.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert not text[position : s.span.start].strip()
        position = s.span.end
    assert not text[position:].strip()


@given(st.text())
def test_sentences_cover_all_text(text: str) -> None:
    _covers(text)


@given(
    st.text(
        alphabet=st.sampled_from(list('قال د. أ.ف.ب 3.5 «»“”"؟?!…،؛\n ')) | st.characters(max_codepoint=0x6FF)
    )
)
def test_sentences_cover_punctuation_heavy_text(text: str) -> None:
    _covers(text)
