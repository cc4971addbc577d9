"""A lossless JSON form of a story's brief and its aligned facts, for the `story_briefs` table.

`Brief.to_dict()` is the public rendering (it leaves out what the web page needs to place citation chips,
such as each sentence's supporting mentions); this codec keeps every field so that a stored brief comes
back equal to the one that was made.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from khabar.model import Brief, BriefSentence, Divergence, Fact, FactMention, Span, parse_day_or_period

FORMAT = 1  # bump when the JSON layout below changes: rows of another format are ignored


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_day(value: str | None) -> date | None:
    if value is None:
        return None
    return datetime.fromisoformat(value) if "T" in value else parse_day_or_period(value)


def _mention(m: FactMention) -> list[Any]:
    return [m.article_id, m.sentence, m.span.start, m.span.end, m.text, m.outlet, _day(m.published), m.part]


def _from_mention(item: list[Any]) -> FactMention:
    article_id, sentence, start, end, text, outlet, published, part = item
    return FactMention(article_id, sentence, Span(start, end), text, outlet, _from_day(published), part)


def _sentence(s: BriefSentence) -> dict[str, Any]:
    return {
        "text": s.text,
        "fact": s.fact_id,
        "article": s.article_id,
        "span": [s.span.start, s.span.end],
        "citations": list(s.citations),
        "supports": [_mention(m) for m in s.supports],
        "sources": s.sources,
    }


def _from_sentence(item: dict[str, Any]) -> BriefSentence:
    return BriefSentence(
        text=item["text"],
        fact_id=item["fact"],
        article_id=item["article"],
        span=Span(*item["span"]),
        citations=tuple(item["citations"]),
        supports=tuple(_from_mention(m) for m in item["supports"]),
        sources=item["sources"],
    )


def _fact(f: Fact) -> dict[str, Any]:
    return {
        "id": f.id,
        "mentions": [_mention(m) for m in f.mentions],
        "outlets": list(f.outlets),
        "sources": list(f.sources),
        "centrality": f.centrality,
        "dates": [_day(d) for d in f.dates],
    }


def _from_fact(item: dict[str, Any]) -> Fact:
    return Fact(
        id=item["id"],
        mentions=tuple(_from_mention(m) for m in item["mentions"]),
        outlets=tuple(item["outlets"]),
        sources=tuple(item["sources"]),
        centrality=item["centrality"],
        dates=tuple(d for d in (_from_day(v) for v in item["dates"]) if d is not None),
    )


def dump_brief(brief: Brief, facts: Sequence[Fact]) -> str:
    record = {
        "format": FORMAT,
        "story": brief.story_id,
        "headline": brief.headline,
        "language": brief.language,
        "sentences": [_sentence(s) for s in brief.sentences],
        "timeline": [[_day(d), text, list(outs)] for d, text, outs in brief.timeline],
        "coverage": brief.coverage,
        "outlets": list(brief.outlets),
        "single_source": [_sentence(s) for s in brief.single_source],
        "divergences": [
            {
                "fact": d.fact_id,
                "kind": d.kind,
                "left": _mention(d.left),
                "right": _mention(d.right),
                "values": list(d.values),
                "note": d.note,
            }
            for d in brief.divergences
        ],
        "budget_words": brief.budget_words,
        "headline_article": brief.headline_article,
        "fact_labels": brief.fact_labels,
        "facts": [_fact(f) for f in facts],
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def load_brief(text: str) -> tuple[Brief, list[Fact]] | None:
    """The brief and facts of `dump_brief`, or None for a row written in another format."""
    record = json.loads(text)
    if record.get("format") != FORMAT:
        return None
    brief = Brief(
        story_id=record["story"],
        headline=record["headline"],
        language=record["language"],
        sentences=[_from_sentence(s) for s in record["sentences"]],
        timeline=[(_from_day(d), text, tuple(outs)) for d, text, outs in record["timeline"]],  # type: ignore[misc]
        coverage={f: dict(row) for f, row in record["coverage"].items()},
        outlets=tuple(record["outlets"]),
        single_source=[_from_sentence(s) for s in record["single_source"]],
        divergences=[
            Divergence(
                fact_id=d["fact"],
                kind=d["kind"],
                left=_from_mention(d["left"]),
                right=_from_mention(d["right"]),
                values=(d["values"][0], d["values"][1]),
                note=d["note"],
            )
            for d in record["divergences"]
        ],
        budget_words=record["budget_words"],
        headline_article=record["headline_article"],
        fact_labels=dict(record["fact_labels"]),
    )
    return brief, [_from_fact(f) for f in record["facts"]]
