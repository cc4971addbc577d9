"""A JSON form of `Article` that round-trips exactly, for engines that ship records between processes or
write them to files (the Spark engine's Parquet tables carry it in their `record` column).

Lines use the store's own compact form (`khabar.store.sqlite`); everything else is spelled out field by
field, so `article_from_json(article_to_json(a)) == a` for every article a stage can produce.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from khabar.model import Article, Mention, Quote, Sentence, Span, TimeExpression
from khabar.store.sqlite import line_from_json, line_to_json

__all__ = ["article_from_json", "article_to_json", "quote_to_dict"]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _unspan(value: list[int] | None) -> Span | None:
    return None if value is None else Span(value[0], value[1])


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _undate(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def quote_to_dict(q: Quote) -> dict[str, Any]:
    """One quote as plain JSON values (spans as [start, end])."""
    return {
        "article_id": q.article_id,
        "speaker": q.speaker,
        "speaker_span": _span(q.speaker_span),
        "speaker_name": q.speaker_name,
        "speaker_key": q.speaker_key,
        "resolution": q.resolution,
        "cue": q.cue,
        "cue_span": _span(q.cue_span),
        "content": q.content,
        "content_span": _span(q.content_span),
        "direct": q.direct,
        "via": q.via,
        "via_span": _span(q.via_span),
        "outlet": q.outlet,
        "part": q.part,
    }


def _quote(d: dict[str, Any]) -> Quote:
    fields = dict(d)
    for name in ("speaker_span", "cue_span", "content_span", "via_span"):
        fields[name] = _unspan(fields[name])
    return Quote(**fields)


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "span": _span(m.span),
        "text": m.text,
        "type": m.type,
        "sentence": m.sentence,
        "article_id": m.article_id,
        "key": m.key,
        "title": m.title,
        "score": m.score,
        "entity": m.entity,
    }


def _time(t: TimeExpression) -> dict[str, Any]:
    return {
        "span": _span(t.span),
        "text": t.text,
        "kind": t.kind,
        "value": _day(t.value),
        "end": _day(t.end),
        "calendar": t.calendar,
    }


_SCALARS = (
    "id",
    "source",
    "locator",
    "format",
    "title",
    "text",
    "raw_text",
    "url",
    "outlet",
    "author",
    "dateline",
    "agency",
    "language",
    "category",
    "segment",
    "meta",
)


def article_to_json(article: Article) -> str:
    """The whole article (cleaning verdicts, sentences, dates, mentions, quotes) as one JSON string."""
    record: dict[str, Any] = {name: getattr(article, name) for name in _SCALARS}
    record["published"] = article.published.isoformat() if article.published else None
    record["offset_map"] = [list(item) for item in article.offset_map]
    record["lines"] = [line_to_json(line) for line in article.lines]
    record["sentences"] = [[s.index, s.span.start, s.span.end] for s in article.sentences]
    record["time_expressions"] = [_time(t) for t in article.time_expressions]
    record["mentions"] = [_mention(m) for m in article.mentions]
    record["quotes"] = [quote_to_dict(q) for q in article.quotes]
    return json.dumps(record, ensure_ascii=False)


def article_from_json(data: str) -> Article:
    """The inverse of `article_to_json`."""
    record = json.loads(data)
    article = Article(**{name: record[name] for name in _SCALARS})
    article.published = datetime.fromisoformat(record["published"]) if record["published"] else None
    article.offset_map = [(a, b, c) for a, b, c in record["offset_map"]]
    article.lines = [line_from_json(item, article.raw_text) for item in record["lines"]]
    article.sentences = [
        Sentence(index, Span(start, end), article.text[start:end])
        for index, start, end in record["sentences"]
    ]
    article.time_expressions = [
        TimeExpression(
            span=Span(*t["span"]),
            text=t["text"],
            kind=t["kind"],
            value=_undate(t["value"]),
            end=_undate(t["end"]),
            calendar=t["calendar"],
        )
        for t in record["time_expressions"]
    ]
    article.mentions = [Mention(**{**m, "span": Span(*m["span"])}) for m in record["mentions"]]
    article.quotes = [_quote(q) for q in record["quotes"]]
    return article
