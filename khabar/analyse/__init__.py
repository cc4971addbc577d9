"""Per-article analysis: metadata, sentences and resolved time expressions.

Later stages (entities, quotes) join here as components over the same `Article`.
"""

from khabar.analyse.article import analyse_article
from khabar.analyse.metadata import add_metadata

__all__ = ["add_metadata", "analyse_article"]
