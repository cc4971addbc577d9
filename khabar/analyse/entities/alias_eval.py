"""Pairwise scoring of alias resolution on a gold entities file (seeds-gold/entities.jsonl layout)."""

from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from khabar.analyse.entities.aliases import resolve_aliases
from khabar.analyse.entities.recognise import Tagger, recognise
from khabar.errors import GoldFormatError
from khabar.model import EntityType, Mention, Span

__all__ = ["evaluate_aliases", "read_entity_gold"]

_TYPES: dict[str, EntityType] = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def read_entity_gold(path: Path) -> list[dict[str, object]]:
    """Records `{doc, line, text, type, entity, start?, end?, title?}`; raises GoldFormatError."""
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not all(k in record for k in ("doc", "line", "text", "type", "entity")):
                raise ValueError("needs doc, line, text, type, entity")
            if record["type"] not in _TYPES:
                raise ValueError(f"unknown type {record['type']!r}")
        except ValueError as exc:
            raise GoldFormatError(f"{path}:{number}: {exc}") from exc
        records.append(record)
    return records


def _pairwise(gold: list[str], pred: list[int | None]) -> dict[str, float | int]:
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold = gold[i] == gold[j]
        same_pred = pred[i] is not None and pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold_pairs": tp + fn}


def _misses(records: list[dict[str, object]], pred: list[int | None]) -> list[str]:
    """Gold entities split over several predicted ones, and predicted entities joining gold ones."""
    by_gold: dict[str, set[int | None]] = defaultdict(set)
    by_pred: dict[int, set[str]] = defaultdict(set)
    texts: dict[str, set[str]] = defaultdict(set)
    for record, p in zip(records, pred, strict=True):
        gold = str(record["entity"])
        by_gold[gold].add(p)
        texts[gold].add(str(record["text"]))
        if p is not None:
            by_pred[p].add(gold)
    out = [
        f"split {gold}: {sorted(texts[gold])}" + (" (some not recognised)" if None in ps else "")
        for gold, ps in sorted(by_gold.items())
        if len(ps) > 1
    ]
    out += [f"merged {sorted(golds)}" for golds in by_pred.values() if len(golds) > 1]
    return out


def evaluate_aliases(
    gold: Path, docs: Path | None = None, *, model: Tagger | None = None
) -> dict[str, object]:
    """Pairwise P/R/F1 over pairs of gold mentions: do two mentions share a canonical entity?

    Without `docs`, the gold surface mentions (with their gold titles) are resolved. With `docs` (the
    folder of `<doc>.txt` files), each line is recognised by the model, the recognised mentions are
    resolved, and each gold mention takes the entity of the recognised mention that overlaps it on its line
    (an unrecognised gold mention shares an entity with nothing).
    """
    records = read_entity_gold(gold)
    if docs is None:
        mentions = [
            Mention(
                span=Span(int(r.get("start", 0)), int(r.get("end", 0))),  # type: ignore[call-overload]
                text=str(r["text"]),
                type=_TYPES[str(r["type"])],
                article_id=str(r["doc"]),
                title=str(r["title"]) if r.get("title") else None,
            )
            for r in records
        ]
        entities = resolve_aliases(mentions)
        index = {id(m): k for k, e in enumerate(entities) for m in e.mentions}
        pred: list[int | None] = [index[id(m)] for m in mentions]
        return {
            "mode": "gold mentions",
            "mentions": len(records),
            **_pairwise([str(r["entity"]) for r in records], pred),
            "entities": len(entities),
            "misses": _misses(records, pred),
        }

    found: dict[tuple[str, int], list[Mention]] = {}
    all_mentions: list[Mention] = []
    for doc in sorted({str(r["doc"]) for r in records}):
        lines = (Path(docs) / f"{doc}.txt").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            ms = recognise(line, model=model, article_id=doc)
            found[(doc, number)] = ms
            all_mentions.extend(ms)
    entities = resolve_aliases(all_mentions)
    index = {id(m): k for k, e in enumerate(entities) for m in e.mentions}
    pred = []
    recognised = 0
    for r in records:
        start, end = int(r.get("start", -1)), int(r.get("end", -1))  # type: ignore[call-overload]
        best, overlap = None, 0
        for m in found.get((str(r["doc"]), int(r["line"])), []):  # type: ignore[call-overload]
            o = min(end, m.span.end) - max(start, m.span.start)
            if o > overlap:
                best, overlap = m, o
        recognised += best is not None
        pred.append(index[id(best)] if best is not None else None)
    return {
        "mode": "recognised mentions",
        "mentions": len(records),
        "gold_mentions_recognised": recognised,
        **_pairwise([str(r["entity"]) for r in records], pred),
        "entities": len(entities),
        "misses": _misses(records, pred),
    }
