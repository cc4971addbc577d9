"""`khabar eval brief`: ROUGE-1/2/L of our briefs against reference briefs, beside Lead, LexRank, TextRank.

Articles are built from each story's records: `clean_document` on a JSON Lines `RawDocument` (title, date
and outlet from the record), then `add_metadata` and a light analysis (sentences and resolved time
expressions; entity recognition and quotes are not needed by the brief and are left out for speed).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from khabar.errors import GoldFormatError
from khabar.gold import gold_records
from khabar.model import Article, RawDocument

__all__ = ["evaluate_briefs", "read_brief_gold", "story_articles"]


def read_brief_gold(gold: Path) -> list[dict[str, Any]]:
    out = []
    for n, record in gold_records(gold):
        for key, kind in (("story", str), ("reference", str), ("articles", list)):
            if not isinstance(record.get(key), kind):
                raise GoldFormatError(f"{gold}, line {n}: {key!r} missing or not a {kind.__name__}")
        for a in record["articles"]:
            if not isinstance(a, dict) or not isinstance(a.get("content"), str):
                raise GoldFormatError(f"{gold}, line {n}: each article needs a string 'content'")
        out.append(record)
    if not out:
        raise GoldFormatError(f"{gold}: no gold records")
    return out


def story_articles(records: list[dict[str, Any]], source: str = "<story>") -> list[Article]:
    """Articles of one story from `{id, source, date, title, content}` records (cleaned, lightly analysed)."""
    from khabar.analyse import add_metadata
    from khabar.arabic import find_time_expressions, split_sentences
    from khabar.clean import clean_document

    out: list[Article] = []
    for k, r in enumerate(records):
        meta = {key: str(r[key]) for key in ("id", "date", "title") if r.get(key)}
        if r.get("source"):
            meta["outlet"] = str(r["source"])
        doc = RawDocument(
            source=source, locator=f"record {k + 1}", format="jsonl", text=r["content"], meta=meta
        )
        for article in clean_document(doc):
            article = add_metadata(article)
            article = replace(
                article,
                sentences=split_sentences(article.text),
                time_expressions=find_time_expressions(article.text, article.published_date),
            )
            out.append(article)
    return out


def _split(story: str) -> str:
    return "tune" if int(hashlib.sha1(story.encode()).hexdigest(), 16) % 2 == 0 else "test"


def evaluate_briefs(gold: Path, *, budget_words: int = 120, split: str = "all") -> dict[str, Any]:
    """Macro-averaged ROUGE F1 of `make_brief` and the baselines; `split` = all | tune | test (stories by
    a hash of their id, about half each)."""
    from khabar.brief.baselines import lead, lexrank, textrank
    from khabar.brief.rouge import TOKENISATION, rouge
    from khabar.brief.summary import make_brief
    from khabar.compare.align import align_facts
    from khabar.group import find_families

    records = read_brief_gold(gold)
    if split != "all":
        records = [r for r in records if _split(r["story"]) == split]
    systems = ("ours", "lead", "lexrank", "textrank")
    totals = {s: {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0} for s in systems}
    cited = sentences = 0
    for record in records:
        articles = story_articles(record["articles"], str(gold))
        facts = align_facts(articles, find_families(articles))
        brief = make_brief(articles, facts, budget_words=budget_words, story_id=record["story"])
        outputs = {
            "ours": " ".join(s.text for s in brief.sentences),
            "lead": lead(articles, budget_words),
            "lexrank": lexrank(articles, budget_words),
            "textrank": textrank(articles, budget_words),
        }
        sentences += len(brief.sentences)
        cited += sum(1 for s in brief.sentences if s.citations)
        for name, text in outputs.items():
            for key, value in rouge(text, record["reference"]).items():
                totals[name][key] += value
    n = max(len(records), 1)
    mean = {s: {k: round(v / n, 4) for k, v in totals[s].items()} for s in systems}
    return {
        "stories": len(records),
        **mean["ours"],
        "cited_fraction": round(cited / sentences, 4) if sentences else 0.0,
        "tokenisation": TOKENISATION,
        "budget_words": budget_words,
        "split": split,
        "baselines": {s: mean[s] for s in ("lead", "lexrank", "textrank")},
    }
