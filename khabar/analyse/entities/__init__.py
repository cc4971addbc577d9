"""Named entities: recognition (CRF over words, affixes, clusters, word lists, a training-data gazetteer),
evaluation, aliases.

    recognise(text) -> list[Mention]                    spans into `text`
    recognise_article(article) -> list[Mention]          spans into `article.text`, article_id set
    resolve_aliases(mentions) -> list[Entity]            canonical entities across articles and outlets
    linked_entity(mention, mentions) -> Entity | None    the entity of a mention those ids already link
    evaluate_ner(gold) -> dict                           `khabar eval ner --gold GOLD.conll`

The model is khabar/resources/ner_crf.bin with its gazetteer ner_crf_gazetteer.tsv.gz (built from the
training sentences only) and the word clusters ner_clusters.tsv.gz, rebuilt by `python scripts/train_ner.py`.
"""

from khabar.analyse.entities.aliases import (
    EQUIVALENCES,
    canonical_key,
    linked_entity,
    name_key,
    resolve_aliases,
)
from khabar.analyse.entities.conll import map_tag, read_conll
from khabar.analyse.entities.evaluate import evaluate_ner
from khabar.analyse.entities.recognise import NerModel, load_model, recognise, recognise_article

__all__ = [
    "EQUIVALENCES",
    "NerModel",
    "canonical_key",
    "evaluate_ner",
    "linked_entity",
    "load_model",
    "map_tag",
    "name_key",
    "read_conll",
    "recognise",
    "recognise_article",
    "resolve_aliases",
]
