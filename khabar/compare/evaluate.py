"""`khabar eval facts`: cross-outlet fact alignment scored on the seed gold.

The pages of `docs` are cleaned (one batch) and analysed, the articles' sentences aligned into facts and
divergences found, all before the gold file is read. Each gold mention (doc, line, text) is then placed in
the predicted sentence whose page span overlaps its text most. Pairwise precision/recall/F1 run over pairs
of gold mentions: a pair is predicted together when both mentions landed in one predicted fact (or one
sentence), and is gold together when they belong to one gold fact. A gold divergence is found when some
predicted divergence joins two sentences that hold mentions of that gold fact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.compare.align import AlignConfig
from khabar.errors import GoldFormatError
from khabar.gold import gold_pages, gold_records
from khabar.model import Article, Divergence, Fact, RawDocument

if TYPE_CHECKING:
    from khabar.compare.text import Unit

__all__ = [
    "GoldFact",
    "analyse_pages",
    "divergence_scores",
    "evaluate_facts",
    "evaluate_gold_fact_divergences",
    "evaluate_gold_span_alignment",
    "gold_facts_of",
    "gold_span_units",
    "oracle_clusters",
    "pairwise_scores",
    "place_mentions",
    "predict_facts",
    "read_fact_gold",
    "reference_scores",
]

UnitKey = tuple[str, int]  # (article id, start of the unit's span in the article text)


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


def predict_facts(
    pages: dict[str, str],
    docs: Path,
    *,
    use_embeddings: bool = True,
    embedder: object | None = None,
    config: AlignConfig | None = None,
) -> tuple[list[Article], list[Fact], list[Divergence]]:
    """Clean and analyse `pages`, align their facts and find divergences (no gold involved)."""
    from khabar.compare.align import align_facts
    from khabar.compare.divergence import find_divergences
    from khabar.group import find_families

    articles = analyse_pages(pages, docs)
    facts: list[Fact] = align_facts(
        articles,
        find_families(articles),
        use_embeddings=use_embeddings,
        embedder=embedder,  # type: ignore[arg-type]
        config=config or AlignConfig(),
    )
    divergences: list[Divergence] = [d for f in facts for d in find_divergences(f)]
    return articles, facts, divergences


def place_mentions(
    gold_facts: Sequence[GoldFact], pages: dict[str, str], articles: Sequence[Article], facts: Sequence[Fact]
) -> list[tuple[str, UnitKey | None]]:
    """(gold fact id, predicted unit) for every gold mention, in gold order: the unit (a mention of some
    predicted fact) whose page span overlaps the mention's text most; None when no unit overlaps it (the
    line was dropped as boilerplate, or is a title the aligner does not use)."""
    by_id = {a.id: a for a in articles}
    spans: dict[str, list[tuple[int, int, UnitKey]]] = {name: [] for name in pages}
    for fact in facts:
        for m in fact.mentions:
            article = by_id[m.article_id]
            if m.part != "text":
                continue
            raw = article.raw_span(m.span)
            spans[article.meta["doc"]].append((raw.start, raw.end, (m.article_id, m.span.start)))
    starts = {name: _page_line_starts(text) for name, text in pages.items()}
    lines = {name: text.split("\n") for name, text in pages.items()}
    placed: list[tuple[str, UnitKey | None]] = []
    for gf in gold_facts:
        for doc, line, text in gf.mentions:
            if line > len(starts[doc]):
                raise GoldFormatError(f"gold fact {gf.id!r}: line {line} is past the end of {doc!r}")
            line_text = lines[doc][line - 1]
            at = line_text.find(text)
            if at < 0:
                at, length = 0, len(line_text)  # text reworded by the annotator: use the whole line
            else:
                length = len(text)
            start = starts[doc][line - 1] + at
            end = start + length
            best: UnitKey | None = None
            best_overlap = 0
            for s, e, key in spans[doc]:
                overlap = min(e, end) - max(s, start)
                if overlap > best_overlap:
                    best, best_overlap = key, overlap
            placed.append((gf.id, best))
    return placed


def pairwise_scores(
    placed: Sequence[tuple[str, UnitKey | None]], facts_of: Mapping[UnitKey, Collection[str]]
) -> dict[str, float]:
    """Pairwise P/R/F1 over pairs of gold mentions. A pair is predicted together when both mentions were
    placed in one unit, or in units that are mentions of one predicted fact (`facts_of`: the predicted facts
    of each unit; a unit may state several, a unit it lacks is a fact of its own); it is gold together when
    both belong to one gold fact. An unplaced mention is together with nothing."""
    tp = fp = fn = 0
    for (ga, pa), (gb, pb) in combinations(placed, 2):
        together = (
            pa is not None
            and pb is not None
            and (pa == pb or not set(facts_of.get(pa, (pa,))).isdisjoint(facts_of.get(pb, (pb,))))
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
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def gold_facts_of(placed: Sequence[tuple[str, UnitKey | None]]) -> dict[UnitKey, set[str]]:
    """The gold facts whose mentions were placed in each unit."""
    out: dict[UnitKey, set[str]] = {}
    for g, p in placed:
        if p is not None:
            out.setdefault(p, set()).add(g)
    return out


def oracle_clusters(placed: Sequence[tuple[str, UnitKey | None]]) -> dict[UnitKey, tuple[str]]:
    """The best one-fact-per-unit clustering of the predicted units that the gold allows: each unit joins
    the gold fact most of the mentions placed in it belong to (ties: the first in gold order)."""
    votes: dict[UnitKey, Counter[str]] = {}
    for g, p in placed:
        if p is not None:
            votes.setdefault(p, Counter())[g] += 1
    return {unit: (c.most_common(1)[0][0],) for unit, c in votes.items()}


def reference_scores(placed: Sequence[tuple[str, UnitKey | None]]) -> dict[str, float]:
    """F1 through the same placement of: the gold grouping with one fact per unit (`oracle_f1`) and with
    every gold fact a unit holds (`oracle_multi_f1`): the ceilings the unit segmentation and the cleaning
    allow; every unit alone (`singletons_f1`); all units in one fact (`one_cluster_f1`)."""
    units = {p for _, p in placed if p is not None}
    return {
        "oracle_f1": round(pairwise_scores(placed, oracle_clusters(placed))["f1"], 4),
        "oracle_multi_f1": round(pairwise_scores(placed, gold_facts_of(placed))["f1"], 4),
        "singletons_f1": round(pairwise_scores(placed, {})["f1"], 4),
        "one_cluster_f1": round(pairwise_scores(placed, dict.fromkeys(units, ("all",)))["f1"], 4),
    }


def divergence_scores(
    gold_facts: Sequence[GoldFact],
    placed: Sequence[tuple[str, UnitKey | None]],
    divergences: Sequence[Divergence],
) -> dict[str, int]:
    """Gold divergences found (some predicted divergence joins two units that hold mentions of that gold
    fact) and how the predicted ones fall: `on_divergent` (the two units share a gold fact with a
    divergence), `false` (they share only gold facts without one) or `unaligned` (no shared gold fact)."""
    facts_in = gold_facts_of(placed)
    divergent = {gf.id for gf in gold_facts if gf.divergence}
    pairs = {
        frozenset({(d.left.article_id, d.left.span.start), (d.right.article_id, d.right.span.start)})
        for d in divergences
    }
    found = 0
    for gf in gold_facts:
        if not gf.divergence:
            continue
        units = {p for g, p in placed if g == gf.id and p is not None}
        if any(len(pair) == 2 and pair <= units for pair in pairs):
            found += 1
    on_divergent = false = unaligned = 0
    for d in divergences:
        a = facts_in.get((d.left.article_id, d.left.span.start), set())
        b = facts_in.get((d.right.article_id, d.right.span.start), set())
        shared = a & b
        if shared & divergent:
            on_divergent += 1
        elif shared:
            false += 1
        else:
            unaligned += 1
    return {
        "divergences_gold": len(divergent),
        "divergences_found": found,
        "divergences_predicted": len(divergences),
        "divergences_on_divergent_facts": on_divergent,
        "divergences_on_agreeing_facts": false,
        "divergences_unaligned": unaligned,
    }


def evaluate_facts(
    gold: Path,
    docs: Path,
    *,
    use_embeddings: bool = True,
    embedder: object | None = None,
    config: AlignConfig | None = None,
) -> dict[str, Any]:
    """Pairwise P/R/F1 of `align_facts` and the share of gold divergences that `find_divergences` flags,
    with the gold-grouping oracle and the trivial clusterings scored through the same placement."""
    names = sorted({doc for fact in read_fact_gold(gold) for doc, _, _ in fact.mentions})
    pages = gold_pages(gold, docs, names)

    # predictions first
    articles, facts, divergences = predict_facts(
        pages, docs, use_embeddings=use_embeddings, embedder=embedder, config=config
    )

    # then the gold
    gold_facts = read_fact_gold(gold)
    placed = place_mentions(gold_facts, pages, articles, facts)
    facts_of: dict[UnitKey, set[str]] = {}
    for fact in facts:
        for m in fact.mentions:
            facts_of.setdefault((m.article_id, m.span.start), set()).add(fact.id)
    scores = pairwise_scores(placed, facts_of)
    return {
        "pairwise_precision": round(scores["precision"], 4),
        "pairwise_recall": round(scores["recall"], 4),
        "pairwise_f1": round(scores["f1"], 4),
        **divergence_scores(gold_facts, placed, divergences),
        "mentions_placed": sum(1 for _, p in placed if p is not None),
        "mentions_gold": len(placed),
        "reference": reference_scores(placed),
    }


def gold_span_units(
    gold_facts: Sequence[GoldFact], pages: dict[str, str], published: Mapping[str, date | None] | None = None
) -> list[tuple[str, Unit]]:
    """(gold fact id, unit) for every gold mention, the unit being the mention's own text in its page: the
    segmentation oracle, so alignment can be scored apart from cleaning and sentence/clause cutting. Each
    page is one article here (its outlet the document name); the grouping is not given to the aligner."""
    from khabar.compare.text import Unit, content_keys
    from khabar.model import Span

    articles = {
        name: Article(
            id=name,
            source=name,
            locator="",
            format="text",
            title="",
            text=text,
            raw_text=text,
            outlet=name,
            published=datetime.combine(day, time()) if (day := (published or {}).get(name)) else None,
        )
        for name, text in pages.items()
    }
    out: list[tuple[str, Unit]] = []
    for gf in gold_facts:
        for doc, line, text in gf.mentions:
            lines = pages[doc].split("\n")
            if line > len(lines):
                raise GoldFormatError(f"gold fact {gf.id!r}: line {line} is past the end of {doc!r}")
            start = sum(len(x) + 1 for x in lines[: line - 1]) + max(lines[line - 1].find(text), 0)
            unit = Unit(
                article=articles[doc],
                sentence=line - 1,
                span=Span(start, start + len(text)),
                text=text,
                keys=tuple(content_keys(text)) or ("∅",),
                source=doc,
                position=(line - 1) / max(len(lines) - 1, 1),
            )
            out.append((gf.id, unit))
    return out


def evaluate_gold_span_alignment(
    gold: Path, docs: Path, *, embedder: object | None = None, config: AlignConfig | None = None
) -> dict[str, float]:
    """Pairwise P/R/F1 of the aligner's clustering when its units are the gold mentions themselves (the
    segmentation oracle; every gold mention is its own unit, so the gold grouping scores 1.0)."""
    from khabar.compare.align import cluster_units, similarity_matrix

    gold_facts = read_fact_gold(gold)
    pages = gold_pages(gold, docs, sorted({doc for f in gold_facts for doc, _, _ in f.mentions}))
    pairs = gold_span_units(gold_facts, pages)
    units = [u for _, u in pairs]
    sim = similarity_matrix(units, embedder, config or AlignConfig())  # type: ignore[arg-type]
    clusters = cluster_units(sim, config or AlignConfig())
    facts_of = {(i, 0): (f"c{k}",) for k, members in enumerate(clusters) for i in members}
    placed = [(g, (i, 0)) for i, (g, _) in enumerate(pairs)]
    scores = pairwise_scores(placed, facts_of)
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}


def evaluate_gold_fact_divergences(gold: Path, docs: Path) -> dict[str, int]:
    """The divergence finder alone, on the gold facts themselves (alignment oracle): each gold fact with two
    or more mentions becomes a fact of those mentions (publication dates from the analysed pages) and
    `find_divergences` runs on it. Counts the gold divergent facts flagged and the agreeing ones flagged
    (false alarms), with the divergence kinds that fired."""
    from khabar.compare.divergence import find_divergences

    gold_facts = read_fact_gold(gold)
    pages = gold_pages(gold, docs, sorted({doc for f in gold_facts for doc, _, _ in f.mentions}))
    published = {a.meta["doc"]: a.published_date for a in analyse_pages(pages, docs)}
    units = gold_span_units(gold_facts, pages, published)
    found = false_alarms = multi = 0
    kinds: Counter[str] = Counter()
    for gf in gold_facts:
        mentions = tuple(u.mention() for g, u in units if g == gf.id)
        if len(mentions) < 2:
            continue
        multi += 1
        fact = Fact(id=gf.id, mentions=mentions, outlets=(), sources=())
        flagged = find_divergences(fact)
        kinds.update(d.kind for d in flagged)
        if flagged and gf.divergence:
            found += 1
        elif flagged:
            false_alarms += 1
    return {
        "facts_with_two_mentions": multi,
        "divergences_gold": sum(1 for f in gold_facts if f.divergence),
        "divergences_found": found,
        "agreeing_facts_flagged": false_alarms,
        **{f"kind_{k}": v for k, v in sorted(kinds.items())},
    }
