"""CoNLL `token TAG` gold files (ANERcorp and AQMAR layouts) and entity-level exact-match scoring."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from khabar.errors import GoldFormatError

__all__ = ["TYPES", "Sentence", "entity_spans", "map_tag", "read_conll", "score_spans"]

TYPES = ("PERS", "LOC", "ORG", "MISC")
Sentence = tuple[list[str], list[str]]  # (tokens, BIO tags with our four types)

_TAG = re.compile(r"^([BI])-+([A-Za-z]+)[-`\d]*$")
_TYPE = {"PERS": "PERS", "PER": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
# Tags that are not B-/I- TYPE but occur in the published AQMAR files; each is read as written here.
_KNOWN_NOISE = {"OO": "O", "IO": "O", "B-ENGLISH": "O", "B-SPANISH": "O"}


def map_tag(tag: str) -> str | None:
    """Our BIO tag for a gold tag (AQMAR: PER -> PERS, MIS* -> MISC), or None when it is not a tag."""
    if tag == "O":
        return "O"
    if tag in _KNOWN_NOISE:
        return _KNOWN_NOISE[tag]
    m = _TAG.match(tag)
    if m is None:
        return None
    prefix, name = m.groups()
    name = name.upper()
    kind = "MISC" if name.startswith("MIS") else _TYPE.get(name)
    return f"{prefix}-{kind}" if kind else None


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a `token TAG` file; blank lines separate sentences. Raises GoldFormatError."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        fields = line.split()
        if len(fields) != 2:
            raise GoldFormatError(f"{path}:{number}: expected 'token TAG', got {raw!r}")
        tag = map_tag(fields[1])
        if tag is None:
            raise GoldFormatError(f"{path}:{number}: unknown tag {fields[1]!r}")
        tokens.append(fields[0])
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    if not sentences:
        raise GoldFormatError(f"{path}: no tokens")
    return sentences


def entity_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) token ranges of a BIO sequence; an I- that does not continue starts an entity."""
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start >= 0 and (prefix != "I" or name != kind):
            spans.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, name
    return spans


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score_spans(
    gold: Iterable[set[tuple[int, int, str]]], pred: Iterable[set[tuple[int, int, str]]]
) -> dict[str, object]:
    """Exact-match micro P/R/F1 and per type: a boundary or type error is one FP and one FN."""
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    for g, p in zip(gold, pred, strict=True):
        for span in g & p:
            counts[span[2]][0] += 1
        for span in p - g:
            counts[span[2]][1] += 1
        for span in g - p:
            counts[span[2]][2] += 1
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    precision, recall, f1 = _prf(tp, fp, fn)
    per_type: dict[str, dict[str, float | int]] = {}
    for t, (a, b, c) in counts.items():
        tp_, fp_, fn_ = a, b, c
        p_, r_, f_ = _prf(tp_, fp_, fn_)
        per_type[t] = {"precision": p_, "recall": r_, "f1": f_, "support": tp_ + fn_}
    return {"precision": precision, "recall": recall, "f1": f1, "per_type": per_type}
