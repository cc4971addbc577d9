"""`khabar eval facts`: cross-outlet fact alignment scored on the seed gold.

The pages of `docs` are cleaned (one batch) and analysed, the articles' sentences aligned into facts and
divergences found, all before the gold file is read. Each gold mention (doc, line, text) is then placed in
the predicted sentence whose page span overlaps its text most. Pairwise precision/recall/F1 run over pairs
of gold mentions: a pair is predicted together when both mentions landed in one predicted fact (or one
sentence), and is gold together when they belong to one gold fact. A gold divergence is found when some
predicted divergence joins two sentences that hold mentions of that gold fact.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

from khabar.compare.align import AlignConfig
from khabar.errors import GoldFormatError
from khabar.gold import gold_pages, gold_records
from khabar.model import Article, Divergence, Fact, RawDocument

__all__ = ["GoldFact", "analyse_pages", "evaluate_facts", "read_fact_gold"]


class GoldFact:
    __slots__ = ("divergence", "id", "mentions")

    def __init__(self, fact_id: str, mentions: list[tuple[str, int, str]], divergence: str | None) -> None:
        self.id = fact_id
        self.mentions = mentions
        self.divergence = divergence


def read_fact_gold(gold: Path) -> list[GoldFact]:
    """The gold facts; a malformed record raises GoldFormatError naming the file and line."""
    facts: list[GoldFact] = []
    for n, record in gold_records(gold):
        mentions = record.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            raise GoldFormatError(f"{gold}, line {n}: 'mentions' must be a non-empty list")
        parsed: list[tuple[str, int, str]] = []
        for m in mentions:
            if not isinstance(m, dict):
                raise GoldFormatError(f"{gold}, line {n}: each mention must be an object")
            doc, line, text = m.get("doc"), m.get("line"), m.get("text")
            if not isinstance(doc, str) or not doc or "/" in doc:
                raise GoldFormatError(f"{gold}, line {n}: mention 'doc' must be a document name")
            if not isinstance(line, int) or isinstance(line, bool) or line < 1:
                raise GoldFormatError(f"{gold}, line {n}: mention 'line' must be a positive integer")
            if not isinstance(text, str) or not text.strip():
                raise GoldFormatError(f"{gold}, line {n}: mention 'text' must be a non-empty string")
            parsed.append((doc, line, text))
        divergence = record.get("divergence")
        if divergence is not None and not isinstance(divergence, str):
            raise GoldFormatError(f"{gold}, line {n}: 'divergence' must be null or a string")
        fact_id = record.get("id", f"line{n}")
        facts.append(GoldFact(str(fact_id), parsed, divergence))
    if not facts:
        raise GoldFormatError(f"{gold}: no gold records")
    return facts


def analyse_pages(pages: dict[str, str], docs: Path) -> list[Article]:
    """Clean every page (one batch, so repeated furniture is seen) and analyse its articles; the outlet of
    each article is its document name (pages of the seed set come from one outlet each)."""
    from khabar.analyse import add_metadata, analyse_article
    from khabar.clean.document import clean_documents

    raw_docs = [
        RawDocument(source=str(docs / f"{name}.txt"), locator="", format="text", text=text, meta={"id": name})
        for name, text in pages.items()
    ]
    out: list[Article] = []
    for raw, articles in zip(raw_docs, clean_documents(raw_docs), strict=True):
        for article in articles:
            article = analyse_article(add_metadata(article))
            out.append(replace(article, outlet=raw.meta["id"], meta={**article.meta, "doc": raw.meta["id"]}))
    return out


def _page_line_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def evaluate_facts(
    gold: Path,
    docs: Path,
    *,
    use_embeddings: bool = True,
    embedder: object | None = None,
    config: AlignConfig | None = None,
) -> dict[str, Any]:
    """Pairwise P/R/F1 of `align_facts` and the share of gold divergences that `find_divergences` flags."""
    from khabar.compare.align import align_facts
    from khabar.compare.divergence import find_divergences
    from khabar.group import find_families

    names = sorted({doc for fact in read_fact_gold(gold) for doc, _, _ in fact.mentions})
    pages = gold_pages(gold, docs, names)

    # predictions first
    articles = analyse_pages(pages, docs)
    facts: list[Fact] = align_facts(
        articles,
        find_families(articles),
        use_embeddings=use_embeddings,
        embedder=embedder,  # type: ignore[arg-type]
        config=config or AlignConfig(),
    )
    divergences: list[Divergence] = [d for f in facts for d in find_divergences(f)]

    # then the gold
    gold_facts = read_fact_gold(gold)
    fact_of: dict[tuple[str, int], str] = {}
    for fact in facts:
        for m in fact.mentions:
            fact_of[(m.article_id, m.span.start)] = fact.id
    # raw spans of every predicted sentence, per document
    sent_spans: dict[str, list[tuple[int, int, tuple[str, int]]]] = {name: [] for name in pages}
    for article in articles:
        for fact in facts:
            for m in fact.mentions:
                if m.article_id == article.id:
                    raw = article.raw_span(m.span)
                    sent_spans[article.meta["doc"]].append((raw.start, raw.end, (article.id, m.span.start)))

    def place(doc: str, line: int, text: str, n_fact: str) -> tuple[str, int] | None:
        page = pages[doc]
        starts = _page_line_starts(page)
        if line > len(starts):
            raise GoldFormatError(f"{gold}: fact {n_fact!r}: line {line} is past the end of {doc!r}")
        line_text = page.split("\n")[line - 1]
        at = line_text.find(text)
        if at < 0:
            at, length = 0, len(line_text)  # text reworded by the annotator: use the whole line
        else:
            length = len(text)
        start = starts[line - 1] + at
        end = start + length
        best, best_overlap = None, 0
        for s, e, key in sent_spans[doc]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = key, overlap
        return best

    placed: list[tuple[str, tuple[str, int] | None]] = []  # (gold fact id, predicted sentence)
    for gf in gold_facts:
        for doc, line, text in gf.mentions:
            placed.append((gf.id, place(doc, line, text, gf.id)))
    tp = fp = fn = 0
    for (ga, pa), (gb, pb) in combinations(placed, 2):
        together = (
            pa is not None and pb is not None and (pa == pb or fact_of.get(pa, pa) == fact_of.get(pb, pb))
        )
        same = ga == gb
        if together and same:
            tp += 1
        elif together:
            fp += 1
        elif same:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    flagged = {
        frozenset({(d.left.article_id, d.left.span.start), (d.right.article_id, d.right.span.start)})
        for d in divergences
    }
    gold_div = [gf for gf in gold_facts if gf.divergence]
    found = 0
    for gf in gold_div:
        sentences = {p for g, p in placed if g == gf.id and p is not None}
        if any(pair <= sentences for pair in flagged if len(pair) == 2):
            found += 1
    return {
        "pairwise_precision": round(precision, 4),
        "pairwise_recall": round(recall, 4),
        "pairwise_f1": round(f1, 4),
        "divergences_gold": len(gold_div),
        "divergences_found": found,
        "divergences_predicted": len(divergences),
        "mentions_placed": sum(1 for _, p in placed if p is not None),
        "mentions_gold": len(placed),
    }
