"""Grouping: near-duplicate families (wire copies) and incremental story clustering."""

from khabar.group.embedding import Embedder, UseEmbedder, default_embedder
from khabar.group.evaluate import cluster_articles, evaluate_stories, read_story_gold
from khabar.group.metrics import adjusted_rand_index, bcubed, cluster_scores, pairwise_f1
from khabar.group.near_duplicates import NearDuplicateIndex, find_families
from khabar.group.stories import MergeModel, StoryClusterer, StoryConfig, load_merge_model

__all__ = [
    "Embedder",
    "MergeModel",
    "NearDuplicateIndex",
    "StoryClusterer",
    "StoryConfig",
    "UseEmbedder",
    "adjusted_rand_index",
    "bcubed",
    "cluster_articles",
    "cluster_scores",
    "default_embedder",
    "evaluate_stories",
    "find_families",
    "load_merge_model",
    "pairwise_f1",
    "read_story_gold",
]
