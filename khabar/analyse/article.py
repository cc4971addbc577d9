"""The per-article analysis components, run in order over one `Article`:
sentences → time expressions → entity mentions (with their canonical entity) → quotes."""

from __future__ import annotations

from dataclasses import replace

from khabar.analyse.entities import canonical_key, recognise_article, resolve_aliases
from khabar.analyse.quotes import extract_quotes
from khabar.arabic import find_time_expressions, split_sentences
from khabar.model import Article, Mention, Quote


def analyse_article(article: Article) -> Article:
    """Sentences, resolved dates, named entities and quotes of one article (pure: returns a new record)."""
    article = replace(
        article,
        sentences=split_sentences(article.text),
        time_expressions=find_time_expressions(article.text, article.published_date),
    )
    article = with_entities(article)
    return replace(article, quotes=_quotes(article))


def pipeline_quotes(article: Article) -> list[Quote]:
    """The quotes `analyse_article` finds in `article`: its entities first, so that speakers follow them."""
    return _quotes(with_entities(article))


def _quotes(article: Article) -> list[Quote]:
    return extract_quotes(article, resolve=canonical_key)


def with_entities(article: Article) -> Article:
    """`article` with its entity mentions, each linked to its canonical entity (the step before quotes, whose
    speaker names follow these mentions); splits the sentences first when that was not done."""
    if not article.sentences:
        article = replace(article, sentences=split_sentences(article.text))
    return replace(article, mentions=link_entities(recognise_article(article)))


def link_entities(mentions: list[Mention]) -> list[Mention]:
    """Each mention with the id of its canonical entity (variants within the article resolved together)."""
    entity_of = {id(m): entity.id for entity in resolve_aliases(mentions) for m in entity.mentions}
    return [replace(m, entity=entity_of.get(id(m), "")) for m in mentions]
