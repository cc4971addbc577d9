"""Brief one story: a cited extractive summary, headline, timeline, coverage, single-source claims and
divergences."""

from khabar.brief.evaluate import evaluate_briefs, read_brief_gold, story_articles
from khabar.brief.rouge import TOKENISATION, rouge
from khabar.brief.story import MAX_BRIEF_ARTICLES, brief_story, select_for_brief
from khabar.brief.summary import BriefConfig, fit_budget, make_brief

__all__ = [
    "MAX_BRIEF_ARTICLES",
    "TOKENISATION",
    "BriefConfig",
    "brief_story",
    "evaluate_briefs",
    "fit_budget",
    "make_brief",
    "read_brief_gold",
    "rouge",
    "select_for_brief",
    "story_articles",
]
