"""Matching one statement across outlets, and the wording differences between two reports of it."""

from __future__ import annotations

from dataclasses import replace

from khabar.analyse.quotes import content_diff, match_quotes, quotes_from_text
from khabar.model import Quote


def quote(text: str, article: str, outlet: str) -> Quote:
    (q,) = quotes_from_text(text, article_id=article, outlet=outlet)
    return q


def test_paraphrases_of_one_statement_form_one_group_with_several_sources() -> None:
    a = quote(
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لدراسة المقترح الأميركي بشأن سوريا.",
        "a",
        "RT",
    )
    b = quote("أكد سيرغي لافروف أن روسيا مستعدة لدراسة مقترح أمريكي حول سورية.", "b", "Anadolu")
    c = quote("وقال سيرغي لافروف إن العلاقات مع تركيا تتحسن بسرعة.", "c", "AFP")
    d = quote("قال جون كيري إن واشنطن مستعدة لدراسة المقترح الروسي بشأن سوريا.", "d", "CNN")
    groups = match_quotes([a, b, c, d])
    assert [len(g.quotes) for g in groups] == [2, 1, 1]
    assert groups[0].sources == ("RT", "Anadolu")
    assert groups[0].speaker_key == a.speaker_key


def test_verbatim_copies_group_and_unknown_speakers_stay_alone() -> None:
    text = "قال المتحدث باسم الوزارة جون كيربي إن التنسيق مع موسكو يقتصر على سلامة الطيران."
    a, b = quote(text, "a", "X"), quote(text, "b", "Y")
    loose = replace(a, speaker_key="", article_id="c")
    groups = match_quotes([a, b, loose])
    assert [len(g.quotes) for g in groups] == [2, 1]


def test_every_quote_lands_in_exactly_one_group() -> None:
    texts = [
        "قال كيري إن المحادثات بناءة.",
        "قال كيري إن المحادثات كانت بناءة ومفيدة.",
        "قال كيري إن الطقس جميل اليوم.",
    ]
    quotes = [quote(t, str(i), f"o{i}") for i, t in enumerate(texts)]
    groups = match_quotes(quotes)
    assert sorted(q.article_id for g in groups for q in g.quotes) == ["0", "1", "2"]
    assert len(groups) == 2


def test_content_diff_shows_wording_differences_in_original_spelling() -> None:
    ops = content_diff("موسكو مستعدة لدراسة المقترح الأميركي", "روسيا مستعدّة لدراسة مقترح أمريكي")
    assert ("replace", "موسكو", "روسيا") in ops
    equal = [op for op in ops if op[0] == "equal"]
    assert equal and equal[0][1] == "مستعدة لدراسة المقترح الأميركي"[: len(equal[0][1])]
    assert "".join(o[2] for o in ops if o[0] != "delete")  # the right side is fully represented


def test_surname_and_full_name_of_one_speaker_match() -> None:
    a = quote("قال وزير الدفاع الأميركي آشتون كارتر إن التحالف سيواصل دعم القوات العراقية.", "a", "X")
    b = quote("وقال كارتر إن التحالف سيواصل دعم القوات العراقية في المعارك.", "b", "Y")
    groups = match_quotes([a, b])
    assert len(groups) == 1 and groups[0].sources == ("X", "Y")
