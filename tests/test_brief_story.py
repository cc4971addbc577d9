"""Large stories are briefed from a bounded sample that keeps every outlet and one copy of each wire dispatch."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.brief import brief_story, select_for_brief
from khabar.model import Article, Family

from .test_compare_facts import story


def article(i: int, outlet: str, minutes: int) -> Article:
    text = f"نص الخبر رقم {i}."
    return Article(
        id=f"a{i:03d}",
        source="test",
        locator="",
        format="text",
        title=f"خبر {i}",
        text=text,
        raw_text=text,
        outlet=outlet,
        published=datetime(2016, 7, 17, 8, 0) + timedelta(minutes=minutes),
    )


def test_small_story_is_kept_whole() -> None:
    articles = [article(i, "o1", i) for i in range(5)]
    assert select_for_brief(articles, [], limit=5) == articles


def test_sample_keeps_every_outlet_the_earliest_reports_and_one_wire_copy() -> None:
    # 60 articles: outlet o0 has 50 (the earliest of them a wire copy of o1's first), o1..o10 one each.
    articles = [article(i, "o0", 100 + i) for i in range(50)]
    articles += [article(50 + k, f"o{k}", 5 * k) for k in range(1, 11)]
    wire = Family(id="f", representative="a050", members=("a050", "a000"))
    chosen = select_for_brief(articles, [wire], limit=12)
    ids = [a.id for a in chosen]
    assert len(chosen) == 12
    assert {a.outlet for a in chosen} == {f"o{k}" for k in range(11)}
    assert "a000" not in ids  # a copy of a050, which is kept
    assert "a001" in ids and "a002" in ids  # o0's earliest reports that are not copies
    assert ids == [a.id for a in articles if a.id in set(ids)]  # original order


@given(st.lists(st.integers(0, 4), min_size=1, max_size=60), st.integers(1, 30))
def test_sample_is_bounded_and_a_subset(outlets: list[int], limit: int) -> None:
    articles = [article(i, f"o{o}", i) for i, o in enumerate(outlets)]
    chosen = select_for_brief(articles, [], limit=limit)
    assert len(chosen) == min(limit, len(articles))
    assert {a.outlet for a in chosen} == {a.outlet for a in articles} or len(chosen) == limit


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        select_for_brief([], [], limit=0)


def test_brief_story_cites_its_sentences() -> None:
    brief, facts = brief_story(story(), "s1", budget_words=60)
    assert facts
    assert brief.sentences and all(s.citations for s in brief.sentences)
