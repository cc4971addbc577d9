"""Compare the articles of one story: align the facts they state, count independent sources, find where
outlets disagree."""

from khabar.compare.align import AlignConfig, align_facts, similarity_matrix
from khabar.compare.divergence import find_divergences
from khabar.compare.evaluate import evaluate_facts, read_fact_gold

__all__ = [
    "AlignConfig",
    "align_facts",
    "evaluate_facts",
    "find_divergences",
    "read_fact_gold",
    "similarity_matrix",
]
