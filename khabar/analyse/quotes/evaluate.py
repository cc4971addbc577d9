"""Scoring quote extraction against a gold file (`khabar eval quotes --gold GOLD.jsonl --docs DIR`).

Gold: JSON Lines `{doc, line, speaker, speaker_entity, cue, content, direct, content_start?}`; `line` is the
1-based line of `DIR/<doc>.txt` (as ``cat -n``), `content_start` the offset of `content` in that line (when
absent, the first occurrence of `content` in the line). Canonical speakers come from `entities.jsonl` beside
the gold file (`{doc, line, text, entity, start?, end?}`): every surface form of an entity id.

The pages are read, cleaned as one batch (as `khabar analyze` does) and extracted before any gold label is
looked at. Scoring, all in page-text offsets:

* detection: a predicted quote matches a gold quote of the same page when their content spans overlap by
  at least half of the shorter of the two spans; matching is one-to-one, greedy by overlap ratio;
* attribution: a detected pair whose predicted speaker maps to the gold `speaker_entity`. The predicted
  speaker (its resolved name, else its surface) maps to an entity by normalised surface form (forms of the
  same page first, then of any page, then the longest form contained in the name), else by the gold
  entity mention its span covers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from khabar.analyse.quotes.extract import default_speaker_key
from khabar.errors import GoldFormatError
from khabar.gold import gold_pages, gold_records
from khabar.model import Article, Quote, RawDocument, Span

__all__ = ["GoldQuote", "evaluate_quotes", "read_quote_gold"]

_REQUIRED = ("doc", "line", "speaker", "speaker_entity", "cue", "content", "direct")
MIN_OVERLAP = 0.5


class GoldQuote:
    __slots__ = ("content", "doc", "entity", "line", "n", "span", "speaker")

    def __init__(
        self, n: int, doc: str, line: int, entity: str, content: str, span: Span, speaker: str
    ) -> None:
        self.n, self.doc, self.line, self.entity, self.content, self.span = (
            n,
            doc,
            line,
            entity,
            content,
            span,
        )
        self.speaker = speaker


def _doc_name(path: Path, n: int, doc: object) -> str:
    if not isinstance(doc, str) or not doc or "/" in doc or "\\" in doc or doc.startswith("."):
        raise GoldFormatError(f"{path}, line {n}: 'doc' must be a plain document name")
    return doc


def _line_no(path: Path, n: int, line: object) -> int:
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        raise GoldFormatError(f"{path}, line {n}: 'line' must be a positive integer")
    return line


def _page_lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def read_quote_gold(gold: Path, pages: dict[str, str] | None = None) -> list[GoldQuote]:
    """The gold quotes with their content spans in the page text; malformed records raise GoldFormatError.

    `pages` maps a doc name to its page text; without it, spans are left empty (format checks only).
    """
    out: list[GoldQuote] = []
    for n, rec in gold_records(gold):
        missing = [k for k in _REQUIRED if k not in rec]
        if missing:
            raise GoldFormatError(f"{gold}, line {n}: missing key(s) {', '.join(missing)}")
        doc = _doc_name(gold, n, rec["doc"])
        line = _line_no(gold, n, rec["line"])
        for key in ("speaker", "speaker_entity", "cue", "content"):
            if not isinstance(rec[key], str):
                raise GoldFormatError(f"{gold}, line {n}: {key!r} must be a string")
        if not rec["content"].strip():
            raise GoldFormatError(f"{gold}, line {n}: 'content' is empty")
        if not isinstance(rec["direct"], bool):
            raise GoldFormatError(f"{gold}, line {n}: 'direct' must be true or false")
        start = rec.get("content_start")
        if start is not None and (not isinstance(start, int) or isinstance(start, bool) or start < 0):
            raise GoldFormatError(f"{gold}, line {n}: 'content_start' must be a non-negative integer")
        span = Span(0, 0)
        if pages is not None:
            if doc not in pages:
                raise GoldFormatError(f"{gold}, line {n}: document {doc!r} has no page")
            lines = _page_lines(pages[doc])
            if line > len(lines):
                raise GoldFormatError(f"{gold}, line {n}: line {line} is past the end of {doc!r}")
            offset, text = lines[line - 1]
            content = rec["content"]
            at = (
                start
                if start is not None and text[start : start + len(content)] == content
                else text.find(content)
            )
            if at < 0:
                raise GoldFormatError(f"{gold}, line {n}: 'content' is not in line {line} of {doc!r}")
            span = Span(offset + at, offset + at + len(content))
        out.append(GoldQuote(n, doc, line, rec["speaker_entity"], rec["content"], span, rec["speaker"]))
    if not out:
        raise GoldFormatError(f"{gold}: no gold records")
    return out


class _EntityIndex:
    """Surface forms → entity ids, per page and overall, plus the mention spans of each page."""

    def __init__(self) -> None:
        self.by_doc: dict[str, dict[str, str]] = {}
        self.overall: dict[str, str] = {}
        self.mentions: dict[str, list[tuple[Span, str, str]]] = {}

    @classmethod
    def read(cls, path: Path | None, pages: dict[str, str]) -> _EntityIndex:
        index = cls()
        if path is None or not path.exists():
            return index
        for n, rec in gold_records(path):
            for key in ("doc", "line", "text", "entity"):
                if key not in rec:
                    raise GoldFormatError(f"{path}, line {n}: missing key {key}")
            doc = _doc_name(path, n, rec["doc"])
            line = _line_no(path, n, rec["line"])
            surface, entity = rec["text"], rec["entity"]
            if not isinstance(surface, str) or not isinstance(entity, str):
                raise GoldFormatError(f"{path}, line {n}: 'text' and 'entity' must be strings")
            key = default_speaker_key(surface)
            if not key:
                continue
            index.by_doc.setdefault(doc, {}).setdefault(key, entity)
            index.overall.setdefault(key, entity)
            start, end = rec.get("start"), rec.get("end")
            if doc in pages and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
                lines = _page_lines(pages[doc])
                if line <= len(lines):
                    offset = lines[line - 1][0]
                    kind = str(rec.get("type", ""))
                    index.mentions.setdefault(doc, []).append(
                        (Span(offset + start, offset + end), entity, kind)
                    )
        return index

    def add_gold_speakers(self, gold: list[GoldQuote]) -> None:
        """The gold speakers' own surface forms, for entities that entities.jsonl does not list (unnamed
        sources, documents); on the same page only, and after the forms from entities.jsonl."""
        for g in gold:
            key = default_speaker_key(g.speaker)
            if key:
                self.by_doc.setdefault(g.doc, {}).setdefault(key, g.entity)

    def entity_of(self, doc: str, name: str, raw_span: Span | None) -> str | None:
        key = default_speaker_key(name)
        if key:
            for table in (self.by_doc.get(doc, {}), self.overall):
                if key in table:
                    return table[key]
            padded = f" {key} "
            best = max(
                (
                    (len(k), e)
                    for k, e in self.by_doc.get(doc, {}).items()
                    if len(k) > 2 and f" {k} " in padded
                ),
                default=None,
            )
            if best is None:
                best = max(
                    ((len(k), e) for k, e in self.overall.items() if len(k) > 2 and f" {k} " in padded),
                    default=None,
                )
            if best is not None:
                return best[1]
        if raw_span is not None:
            rank = {"PER": 0, "ORG": 1, "LOC": 2}
            inside = [
                (rank.get(kind, 3), -len(span), entity)
                for span, entity, kind in self.mentions.get(doc, [])
                if span.start < raw_span.end and raw_span.start < span.end
            ]
            if inside:
                return min(inside)[2]
        return None


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _overlap(a: Span, b: Span) -> float:
    shorter = min(len(a), len(b))
    if shorter == 0:
        return 0.0
    return max(0, min(a.end, b.end) - max(a.start, b.start)) / shorter


def _raw(article: Article, quote: Quote, span: Span) -> Span | None:
    """A quote span in page-text offsets (title quotes through the title line), or None when unmapped."""
    if quote.part == "text":
        return article.raw_span(span)
    line = next((ln for ln in article.lines if ln.label == "title" and ln.text == article.title), None)
    if line is None:
        return None
    return Span(line.span.start + span.start, line.span.start + span.end)


def _jaccard(a: Span, b: Span) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = max(a.end, b.end) - min(a.start, b.start)
    return inter / union if union else 0.0


def predict_pages(
    pages: dict[str, str], docs: Path, *, use_cleaner: bool = True
) -> dict[str, list[tuple[Article, Quote]]]:
    """Clean every page (one batch) and extract its quotes as the pipeline does (entities first, so that
    speaker names follow them); `use_cleaner=False` extracts from the whole page text (a diagnostic that
    separates extraction errors from cleaning errors)."""
    from khabar.analyse.article import pipeline_quotes
    from khabar.clean.document import clean_documents

    if not use_cleaner:
        out_raw: dict[str, list[tuple[Article, Quote]]] = {}
        for name, text in pages.items():
            article = Article(
                id=name,
                source=str(docs / f"{name}.txt"),
                locator="",
                format="text",
                title="",
                text=text,
                raw_text=text,
            )
            out_raw[name] = [(article, q) for q in pipeline_quotes(article)]
        return out_raw
    raw_docs = [
        RawDocument(source=str(docs / f"{name}.txt"), locator="", format="text", text=text, meta={"id": name})
        for name, text in pages.items()
    ]
    out: dict[str, list[tuple[Article, Quote]]] = {name: [] for name in pages}
    for raw, articles in zip(raw_docs, clean_documents(raw_docs), strict=True):
        for article in articles:
            out[raw.meta["id"]].extend((article, q) for q in pipeline_quotes(article))
    return out


def evaluate_quotes(
    gold: Path, docs: Path, *, entities: Path | None = None, use_cleaner: bool = True
) -> dict[str, Any]:
    """Detection and attribution precision/recall/F1 of `extract_quotes` on `docs/<doc>.txt`.

    `entities` defaults to `entities.jsonl` beside `gold`. See the module docstring for the matching rules.
    `use_cleaner=False` scores extraction on the whole page text instead of the cleaned articles.
    """
    docs_needed = sorted({q.doc for q in read_quote_gold(gold)})
    pages = gold_pages(gold, docs, docs_needed)
    predicted = predict_pages(
        pages, docs, use_cleaner=use_cleaner
    )  # predictions first; gold labels are read after
    gold_quotes = read_quote_gold(gold, pages)
    index = _EntityIndex.read(entities if entities is not None else gold.parent / "entities.jsonl", pages)
    index.add_gold_speakers(gold_quotes)

    n_pred = sum(1 for v in predicted.values() for article, q in v if _raw(article, q, q.content_span))
    det_tp = att_tp = 0
    per_doc: dict[str, dict[str, int]] = {}
    for name in docs_needed:
        preds = [
            (sp, article, q) for article, q in predicted[name] if (sp := _raw(article, q, q.content_span))
        ]
        golds = [g for g in gold_quotes if g.doc == name]
        pairs = sorted(
            (
                (_overlap(p[0], g.span), _jaccard(p[0], g.span), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
                if _overlap(p[0], g.span) >= MIN_OVERLAP
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        d_det = d_att = 0
        for *_, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            d_det += 1
            _, article, quote = preds[i]
            raw_speaker = _raw(article, quote, quote.speaker_span) if quote.speaker_span else None
            name_text = quote.speaker_name or quote.speaker
            entity = index.entity_of(name, name_text, raw_speaker if quote.resolution == "explicit" else None)
            d_att += entity == golds[j].entity
        det_tp += d_det
        att_tp += d_att
        per_doc[name] = {"gold": len(golds), "predicted": len(preds), "detected": d_det, "attributed": d_att}
    return {
        "detection": _prf(det_tp, n_pred, len(gold_quotes)),
        "attribution": _prf(att_tp, n_pred, len(gold_quotes)),
        "gold": len(gold_quotes),
        "predicted": n_pred,
        "matching": f"content spans overlap by >= {MIN_OVERLAP} of the shorter span, one-to-one",
        "per_doc": per_doc,
    }
