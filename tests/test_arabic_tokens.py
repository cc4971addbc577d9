from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.arabic import match_keys, normalize, strip_clitics, tokenize

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def surfaces(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_words_keep_their_marks_and_tatweel() -> None:
    assert surfaces("قالَ الرئيـــسُ: «نعم».") == ["قالَ", "الرئيـــسُ", "نعم"]
    token = tokenize("وبالأمسِ")[0]
    assert (token.text, token.norm, token.stem) == ("وبالأمسِ", "وبالامس", "امس")


def test_numbers_stay_whole() -> None:
    assert surfaces("بلغ 3.5 و٣٫٥ في 14/7/2016 و2016-07-14 الساعة 9:16 عام 2016.") == [
        "بلغ", "3.5", "و", "٣٫٥", "في", "14/7/2016", "و", "2016-07-14", "الساعة", "9:16", "عام", "2016",
    ]  # fmt: skip
    assert [t.norm for t in tokenize("١٤/٧/٢٠١٦ 1,000")] == ["14/7/2016", "1,000"]


def test_latin_cjk_and_punctuation() -> None:
    assert surfaces("صحيفة Washington Post (AFP) F16 中国 - «» ، ؛ !") == [
        "صحيفة", "Washington", "Post", "AFP", "F16", "中", "国",
    ]  # fmt: skip
    assert surfaces("O'Brien's") == ["O'Brien's"]
    assert tokenize("CNN")[0].norm == "cnn"


def test_spans_and_keys() -> None:
    text = "وصل كيري إلى موسكو"
    tokens = tokenize(text)
    assert [t.span.slice(text) for t in tokens] == ["وصل", "كيري", "إلى", "موسكو"]
    assert [t.norm for t in tokens] == ["وصل", "كيري", "الي", "موسكو"]
    assert all(t.norm == normalize(t.text) for t in tokens)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الرئيس", "رييس"),
        ("والرئيس", "رييس"),
        ("فالرئيس", "رييس"),
        ("بالرئيس", "رييس"),
        ("كالرئيس", "رييس"),
        ("للرئيس", "رييس"),
        ("للحكومة", "حكومه"),
        ("وموسكو", "موسكو"),
        ("فموسكو", "موسكو"),
        ("بموسكو", "موسكو"),
        ("لموسكو", "موسكو"),
        ("وبموسكو", "موسكو"),
        ("ولروسيا", "روسيا"),
        ("وروسيا", "روسيا"),
        ("وقال", "قال"),
        ("فقال", "قال"),
        ("وأميركا", "اميركا"),
        ("الأمريكية", "امريكيه"),
        ("بالأمس", "امس"),
        # words that must not be mangled
        ("ولد", "ولد"),
        ("بلد", "بلد"),
        ("فيل", "فيل"),
        ("لبنان", "لبنان"),
        ("ولبنان", "لبنان"),
        ("للبنان", "لبنان"),
        ("بلبنان", "لبنان"),
        ("وزير", "وزير"),
        ("الوزير", "وزير"),
        ("والوزير", "وزير"),
        ("ووزير", "وزير"),
        ("وزارة", "وزاره"),
        ("واشنطن", "واشنطن"),
        ("وواشنطن", "واشنطن"),
        ("بريطانيا", "بريطانيا"),
        ("وبريطانيا", "بريطانيا"),
        ("فرنسا", "فرنسا"),
        ("وفرنسا", "فرنسا"),
        ("فلسطين", "فلسطين"),
        ("بوتين", "بوتين"),
        ("لافروف", "لافروف"),
        ("ليبيا", "ليبيا"),
        ("بغداد", "بغداد"),
        ("بيروت", "بيروت"),
        ("الله", "الله"),
        ("والله", "الله"),
        ("لله", "الله"),
        ("ألمانيا", "المانيا"),
        ("وألمانيا", "المانيا"),
        ("الألمانية", "المانيه"),
        ("الذي", "الذي"),
        ("إلى", "الي"),
        ("إلا", "الا"),
        ("والي", "والي"),
        ("والد", "والد"),
        ("بالغ", "بالغ"),
        ("ال", "ال"),
        ("وفي", "وفي"),
        ("بل", "بل"),
        ("لم", "لم"),
    ],
)
def test_strip_clitics(word: str, stem: str) -> None:
    assert strip_clitics(normalize(word)) == stem


@pytest.mark.parametrize(
    "forms",
    [
        ("روسيا", "وروسيا", "لروسيا", "بروسيا"),
        ("وزير", "الوزير", "والوزير", "للوزير", "بالوزير"),
        ("لبنان", "ولبنان", "للبنان", "بلبنان"),
        ("الأميركي", "والأميركي", "للأميركي", "اميركي"),
        ("حكومة", "الحكومة", "والحكومة", "للحكومة", "بالحكومة", "فالحكومة"),
    ],
)
def test_clitic_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({strip_clitics(normalize(f)) for f in forms}) == 1


def test_match_keys() -> None:
    assert match_keys("وصل وزير الخارجية الأميركي إلى موسكو") == [
        "وصل",
        "وزير",
        "خارجيه",
        "اميركي",
        "الي",
        "موسكو",
    ]
    assert match_keys("") == []


def test_seed_text_tokens() -> None:
    seeds = DATA / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed texts not found at {seeds}")
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens = tokenize(text)
        assert tokens, path.name
        assert all(t.span.slice(text) == t.text for t in tokens)
        assert all(t.norm and t.stem for t in tokens)
    text = (seeds / "000_70058f0de96a2261.txt").read_text(encoding="utf-8")
    assert "كرملين" in match_keys(text)


@given(st.text())
def test_spans_slice_back_ordered_non_overlapping(text: str) -> None:
    tokens = tokenize(text)
    last = 0
    for token in tokens:
        assert token.span.slice(text) == token.text
        assert token.span.start >= last
        assert len(token.span) > 0
        last = token.span.end


@given(
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .٫/1٢a"))
)
def test_tokenize_arabic_never_raises(text: str) -> None:
    for token in tokenize(text):
        assert token.span.slice(text) == token.text
        assert strip_clitics(token.norm) == token.stem or token.stem == token.norm
