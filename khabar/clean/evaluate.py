"""Line-level scoring of the cleaner against a gold file (`khabar eval clean`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from khabar.errors import GoldFormatError
from khabar.gold import gold_pages, gold_records
from khabar.model import RawDocument

_LABELS = ("title", "body", "boilerplate")


def read_gold(gold: Path) -> dict[str, dict[int, tuple[str, int]]]:
    """``{doc: {line: (label, segment)}}`` from a gold lines JSONL file; malformed records raise."""
    out: dict[str, dict[int, tuple[str, int]]] = {}
    for n, rec in gold_records(gold):
        missing = [k for k in ("doc", "line", "label") if k not in rec]
        if missing:
            raise GoldFormatError(f"{gold}, line {n}: missing key(s) {', '.join(missing)}")
        doc, line, label = rec["doc"], rec["line"], rec["label"]
        if not isinstance(doc, str) or not doc or "/" in doc or "\\" in doc or doc.startswith("."):
            raise GoldFormatError(f"{gold}, line {n}: 'doc' must be a plain document name")
        if not isinstance(line, int) or isinstance(line, bool) or line < 1:
            raise GoldFormatError(f"{gold}, line {n}: 'line' must be a positive integer")
        if label not in _LABELS:
            raise GoldFormatError(f"{gold}, line {n}: bad label {label!r} (expected one of {_LABELS})")
        segment = rec.get("segment", 1)
        out.setdefault(doc, {})[line] = (label, segment if isinstance(segment, int) else 1)
    if not out:
        raise GoldFormatError(f"{gold}: no gold records")
    return out


def evaluate_clean(gold: Path, docs: Path) -> dict[str, Any]:
    """Score the cleaner on `docs/<doc>.txt` against `gold`: micro precision/recall/F1 over lines.

    Positive = a line kept as title or body. All pages are cleaned as one batch, repetition included, the
    way `clean_documents` cleans what a reader yields: each page is pooled with the pages of its outlet
    (the one its copyright line names, else the folder).
    """
    from khabar.clean.document import clean_batch

    gold_lines = read_gold(gold)
    raw_docs = [
        RawDocument(source=str(docs / f"{doc}.txt"), locator="", format="text", text=text, meta={"id": doc})
        for doc, text in gold_pages(gold, docs, gold_lines).items()
    ]

    tp = fp = fn = 0
    per_doc: dict[str, dict[str, Any]] = {}
    for raw, lines in zip(raw_docs, clean_batch(raw_docs), strict=False):
        name = raw.meta["id"]
        expected = gold_lines[name]
        d_tp = d_fp = d_fn = 0
        predicted = {line.number: line.label != "boilerplate" for line in lines}
        for number, truth in expected.items():
            # A gold line the cleaner did not see (e.g. whitespace-only to us) counts as dropped.
            pred, pos = predicted.get(number, False), truth[0] != "boilerplate"
            d_tp += pred and pos
            d_fp += pred and not pos
            d_fn += pos and not pred
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        per_doc[name] = {**_prf(d_tp, d_fp, d_fn), "lines": len(expected)}
    return {
        **_prf(tp, fp, fn),
        "lines": sum(len(v) for v in gold_lines.values()),
        "docs": len(gold_lines),
        "per_doc": per_doc,
    }


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
