"""The learned speaker chooser: candidates, the numpy tree evaluator, and when it may replace a speaker."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.analyse.quotes import default_speaker_key, extract_quotes, quotes_from_text
from khabar.analyse.quotes.speakers import (
    ArticleEvidence,
    SpeakerModel,
    Statement,
    choose_speakers,
    load_speaker_model,
    speaker_candidates,
    speaker_mentions,
)
from khabar.model import Article, Mention, Span

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "التقى وزير الخارجية سامي الحداد نظيره الفرنسي في باريس أمس. "
    "وقال أضاف إن المحادثات كانت مثمرة، مشيرا إلى أن البلدين سيوقعان اتفاقا الشهر المقبل."
)


def _mention(text: str, surface: str, kind: str = "PERS", entity: str = "") -> Mention:
    at = text.index(surface)
    return Mention(span=Span(at, at + len(surface)), text=surface, type=kind, entity=entity or surface)


def _leaf_model(feature: str, inside: float, outside: float, margin: float = 0.1) -> SpeakerModel:
    """One stump: raw score `inside` for candidates with `feature`, `outside` for the others."""
    return SpeakerModel(
        {
            "features": [feature],
            "baseline": 0.0,
            "margin": margin,
            "trees": [
                {
                    "feature": [0, 0, 0],
                    "threshold": [0.5, 0.0, 0.0],
                    "left": [1, 0, 0],
                    "right": [2, 0, 0],
                    "value": [0.0, outside, inside],
                    "leaf": [False, True, True],
                    "depth": 1,
                }
            ],
        }
    )


def test_tree_evaluator_follows_splits_and_adds_the_baseline() -> None:
    model = _leaf_model("src_mention", inside=2.0, outside=-1.0)
    p = model.probability(np.array([[1.0], [0.0]]))
    assert p == pytest.approx([1 / (1 + np.exp(-2.0)), 1 / (1 + np.exp(1.0))])
    assert model.probability(np.zeros((0, 1))).shape == (0,)


def test_exported_trees_give_the_probabilities_of_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.ensemble")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_speakers

    rng = np.random.default_rng(3)
    x = rng.integers(0, 2, size=(400, 6)).astype(float)
    y = ((x[:, 0] + x[:, 2] * x[:, 3] + rng.random(400) * 0.8) > 1.0).astype(int)
    fitted = sklearn.HistGradientBoostingClassifier(max_iter=40, max_depth=3, random_state=0).fit(x, y)
    model = SpeakerModel(train_speakers.export_trees(fitted, [f"f{k}" for k in range(6)]))
    assert model.probability(x) == pytest.approx(fitted.predict_proba(x)[:, 1], abs=1e-9)


def test_candidates_merge_a_mention_into_the_rule_speaker_that_shares_its_name() -> None:
    quotes = quotes_from_text(TEXT)
    said = [Statement.of(q) for q in quotes]
    mentions = [_mention(TEXT, "سامي الحداد")]
    candidates = speaker_candidates(ArticleEvidence.of(TEXT, said, mentions), len(said) - 1)
    names = [c.name for c in candidates]
    assert len(set(names)) == len(names)
    for candidate in candidates:
        if candidate.features["src_rule"]:
            assert candidates[0] is candidate  # the rule's own comes first
        if "الحداد" in candidate.words:
            assert candidate.features["src_mention"] == 1


def test_chooser_replaces_the_rule_speaker_only_by_a_clearly_likelier_candidate() -> None:
    quotes = quotes_from_text(TEXT)
    assert quotes and all(q.speaker_name != "سامي الحداد" for q in quotes)
    mentions = [_mention(TEXT, "سامي الحداد")]
    sure = _leaf_model("src_mention", inside=4.0, outside=-4.0)
    chosen = choose_speakers(quotes, TEXT, mentions, default_speaker_key, model=sure)
    assert [q.speaker_name for q in chosen] == ["سامي الحداد"] * len(quotes)
    assert all(q.speaker_key == default_speaker_key("سامي الحداد") for q in chosen)
    # the speaker phrase is the chosen mention, so the evidence shown is the name's own
    assert all(q.speaker == "سامي الحداد" and q.speaker_span == mentions[0].span for q in chosen)
    assert [q.resolution for q in chosen] == [q.resolution for q in quotes]
    unsure = _leaf_model("src_mention", inside=0.1, outside=0.0)  # likelier, but within the margin
    assert choose_speakers(quotes, TEXT, mentions, default_speaker_key, model=unsure) == quotes


def test_a_speaker_carried_from_an_earlier_quote_has_no_phrase_of_its_own() -> None:
    text = "قال الوزير إن الاتفاق قريب. وأضاف الاتفاق أن الموعد لم يحدد بعد، وفق شركة النور."
    quotes = quotes_from_text(text)
    assert [q.speaker_name for q in quotes][:2] == ["الوزير", "الاتفاق"]
    earlier_first = _leaf_model("src_earlier", inside=4.0, outside=-4.0)
    mentions = [_mention(text, "شركة النور", "ORG")]
    chosen = choose_speakers(quotes, text, mentions, default_speaker_key, model=earlier_first)
    assert chosen[0] == quotes[0]  # nothing was quoted before it
    assert chosen[1].speaker_name == "الوزير"
    assert (chosen[1].speaker, chosen[1].speaker_span) == ("", None)


def test_chooser_leaves_quotes_alone_without_mentions_model_or_body_quotes() -> None:
    quotes = quotes_from_text(TEXT)
    sure = _leaf_model("src_mention", inside=4.0, outside=-4.0)
    assert choose_speakers(quotes, TEXT, [], default_speaker_key, model=sure) == quotes
    assert load_speaker_model(ROOT / "no-such-model.json") is None
    titles = [replace(q, part="title") for q in quotes]
    mentions = [_mention(TEXT, "سامي الحداد")]
    assert choose_speakers(titles, TEXT, mentions, default_speaker_key, model=sure) == titles
    places = [_mention(TEXT, "باريس", "LOC")]
    assert choose_speakers(quotes, TEXT, places, default_speaker_key, model=sure) == quotes


def test_shipped_model_loads_and_reads_the_features_the_candidates_give() -> None:
    model = load_speaker_model()
    assert model is not None
    assert 0 < model.margin < 1 and model.depth <= 4
    known = set(model.features)
    assert {"src_rule", "src_mention", "src_earlier", "same_as_rule"} <= known
    article = Article(id="a", source="", locator="", format="jsonl", title="", text=TEXT, raw_text="")
    quotes = extract_quotes(replace(article, mentions=[_mention(TEXT, "سامي الحداد")]))
    assert quotes  # the pipeline path runs the chooser without error


_WORDS = st.sampled_from(
    [
        "قال",
        "أضاف",
        "وأكد",
        "إن",
        "أن",
        "الوزير",
        "محمد",
        "علي",
        "الشركة",
        "وزارة",
        "الصحة",
        "المتحدث",
        "باسم",
        "أمس",
        "،",
        ".",
        "«",
        "»",
        ":",
        "وقالت",
        "مصادر",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=40), st.data())
def test_chosen_names_are_always_written_in_the_article(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    spans = [(m, m + len(w)) for m, w in _offsets(words)]
    picked = data.draw(st.lists(st.sampled_from(spans), max_size=4, unique=True)) if spans else []
    mentions = [
        Mention(span=Span(a, b), text=text[a:b], type="PERS", entity=text[a:b]) for a, b in sorted(picked)
    ]
    quotes = quotes_from_text(text)
    chosen = choose_speakers(quotes, text, mentions, default_speaker_key)
    assert len(chosen) == len(quotes)
    for before, after in zip(quotes, chosen, strict=True):
        assert after.content_span == before.content_span
        assert after.speaker_name == before.speaker_name or after.speaker_name in text


def _offsets(words: list[str]) -> list[tuple[int, str]]:
    out, at = [], 0
    for w in words:
        out.append((at, w))
        at += len(w) + 1
    return out


def test_a_place_the_recogniser_took_for_a_person_is_no_candidate() -> None:
    text = "وقالت العنود في أبو ظبي إن المعرض يفتتح غدا."

    def person(name: str) -> Mention:
        start = text.index(name)
        return Mention(span=Span(start, start + len(name)), text=name, type="PERS", key=name)

    assert [m.text for m in speaker_mentions(text, [person("العنود"), person("أبو ظبي")])] == ["العنود"]


def test_an_acronym_spoken_to_is_no_candidate() -> None:
    text = 'تقول ديمة لبي بي سي: "لا يزال سكان الغوطة يمارسون حياتهم". وقالت بي بي سي إن المقابلة سجلت أمس.'

    def organisation(at: int) -> Mention:
        start = text.index("بي سي", at)
        return Mention(span=Span(start, start + 5), text="بي سي", type="ORG", key="بي سي")

    spoken_to, speaking = organisation(0), organisation(text.index("وقالت"))
    assert speaker_mentions(text, [spoken_to, speaking]) == [speaking]
