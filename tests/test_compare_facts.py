"""Fact alignment and divergence on a literal Arabic mini-story (three outlets, one wire copy)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from khabar.arabic import find_time_expressions, split_sentences
from khabar.compare import align_facts, evaluate_facts, find_divergences
from khabar.errors import GoldFormatError
from khabar.model import Article, Fact, Family

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

TEXTS = {
    "a": (
        "وكالة-أ",
        "قتل 12 شخصا في انفجار سيارة مفخخة وسط مدينة الموصل صباح الأحد. "
        "وقالت الشرطة العراقية إن الانفجار استهدف سوقا شعبيا مزدحما بالمتسوقين. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان على الإنترنت.",
    ),
    "b": (
        "صحيفة-ب",
        "قتل 12 شخصا في انفجار سيارة مفخخة وسط مدينة الموصل صباح الأحد. "
        "وقالت الشرطة العراقية إن الانفجار استهدف سوقا شعبيا مزدحما بالمتسوقين. "
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان نشره على الإنترنت.",
    ),
    "c": (
        "قناة-ج",
        "لقي 15 شخصا مصرعهم في انفجار سيارة مفخخة بوسط الموصل صباح الأحد. "
        "وأوضحت الشرطة العراقية أن التفجير استهدف سوقا شعبيا مكتظا بالمتسوقين. "
        "وقال مسؤول محلي إن محافظ نينوى أمر بإغلاق الطرق المؤدية إلى المدينة حتى إشعار آخر.",
    ),
}


def story() -> list[Article]:
    published = datetime(2016, 7, 17, 10, 0)
    out = []
    for aid, (outlet, text) in TEXTS.items():
        out.append(
            Article(
                id=aid,
                source="test",
                locator="",
                format="text",
                title=f"انفجار في الموصل ({outlet})",
                text=text,
                raw_text=text,
                outlet=outlet,
                published=published,
                sentences=split_sentences(text),
                time_expressions=find_time_expressions(text, published.date()),
            )
        )
    return out


WIRE = (Family(id="fam-wire", representative="a", members=("a", "b")),)


def fact_with(facts: list[Fact], word: str) -> Fact:
    return next(f for f in facts if any(word in m.text for m in f.mentions))


def test_facts_align_across_rewording() -> None:
    facts = align_facts(story(), WIRE)
    blast = fact_with(facts, "مفخخة")
    assert {m.article_id for m in blast.mentions} == {"a", "b", "c"}
    market = fact_with(facts, "سوقا")
    assert {m.article_id for m in market.mentions} == {"a", "b", "c"}


def test_wire_family_counts_once() -> None:
    facts = align_facts(story(), WIRE)
    blast = fact_with(facts, "مفخخة")
    assert set(blast.outlets) == {"وكالة-أ", "صحيفة-ب", "قناة-ج"}
    assert set(blast.sources) == {"fam-wire", "c"}
    claim = fact_with(facts, "نينوى")
    assert claim.sources == ("c",)
    assert len(align_facts(story())[0].sources) == 3  # without families each article counts


def test_contradiction_is_a_divergence() -> None:
    blast = fact_with(align_facts(story(), WIRE), "مفخخة")
    found = [d for d in find_divergences(blast) if d.kind == "number"]
    assert found
    assert {frozenset(d.values) for d in found} == {frozenset({"12", "15"})}
    market = fact_with(align_facts(story(), WIRE), "سوقا")
    assert not [d for d in find_divergences(market) if d.kind == "number"]


@pytest.mark.skipif(not (DATA / "seeds-gold" / "facts.jsonl").exists(), reason="../shared/data is absent")
def test_evaluate_facts_on_seeds() -> None:
    result = evaluate_facts(DATA / "seeds-gold" / "facts.jsonl", DATA / "seeds")
    assert set(result) >= {
        "pairwise_precision",
        "pairwise_recall",
        "pairwise_f1",
        "divergences_gold",
        "divergences_found",
    }
    assert result["divergences_gold"] == 14
    assert result["pairwise_f1"] >= 0.15  # measured 0.197 (see benchmarks/facts_quality.py)


def test_malformed_fact_gold_raises(tmp_path: Path) -> None:
    gold = tmp_path / "facts.jsonl"
    good = {"fact": "x", "mentions": [{"doc": "d", "line": 1, "text": "نص"}], "divergence": None}
    gold.write_text(json.dumps(good) + "\n" + '{"fact": "y", "mentions": [{"doc": "d", "line": 0}]}\n')
    with pytest.raises(GoldFormatError, match=r"facts\.jsonl, line 2"):
        evaluate_facts(gold, tmp_path)
    gold.write_text("{not json\n")
    with pytest.raises(GoldFormatError, match=r"line 1"):
        evaluate_facts(gold, tmp_path)
