"""A learned second opinion on each quote's speaker.

The extractor's rules name one speaker per quote. They were written from hand-labelled sets, and on a set
they have not seen they pick the wrong one for more than a quarter of the quotes they find, most often where the
right speaker is a person or organisation the recogniser found nearby, or a speaker quoted earlier in the
article («وأضاف» after a quote of someone else, a verb or pronoun read as the subject). Here every quote's
candidates (the rule's speaker, the article's earlier speakers, the PERS and ORG mentions around the cue)
are scored by gradient-boosted trees trained on what the rules got right and wrong on sets they had not
seen yet (`scripts/train_speakers.py`), and the rule's speaker is replaced only when another candidate is
clearly likelier. Inference is numpy over the exported trees (`khabar/resources/quote_speakers.json`).
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from khabar.analyse.entities import lexicon as entity_lexicon
from khabar.analyse.entities.features import word_key
from khabar.analyse.quotes.lexicon import (
    ANAPHOR_HEADS,
    DOCUMENT_HEADS,
    OUTLET_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    addressed_acronym,
    default_speaker_key,
    gazetteer_tags,
    place_only,
    verb_forms,
)
from khabar.analyse.quotes.naming import on_word_edges
from khabar.model import Mention, Quote, Span

__all__ = [
    "MODEL_PATH",
    "ArticleEvidence",
    "Candidate",
    "SpeakerModel",
    "Statement",
    "choose_speakers",
    "feature_matrix",
    "load_speaker_model",
    "pick_candidate",
    "speaker_candidates",
    "speaker_mentions",
]

MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "quote_speakers.json"
LOOKBACK = 400  # characters before the cue in which a mention can be the speaker
_LOOKAHEAD = 200  # ... and after it, when the content does not reach further
_MENTIONS_EACH_SIDE = 5
_EARLIER_SPEAKERS = 4


class Statement(NamedTuple):
    """What the chooser reads of one quote: the rule's speaker name and where the cue and content are."""

    name: str
    cue: Span
    content: Span
    direct: bool
    resolution: str

    @classmethod
    def of(cls, quote: Quote) -> Statement:
        return cls(quote.speaker_name, quote.cue_span, quote.content_span, quote.direct, quote.resolution)


@dataclass
class Candidate:
    """One possible speaker of a quote, with the evidence for it (0/1 features by name); `span` is where
    the text writes `name` when it is a mention's (None for a speaker carried from an earlier quote)."""

    name: str
    words: set[str]
    features: Counter[str]
    span: Span | None = None


def _bucket(value: int, edges: Sequence[int]) -> int:
    return next((k for k, edge in enumerate(edges) if value <= edge), len(edges))


@lru_cache(maxsize=50_000)
def _words(name: str) -> frozenset[str]:
    return frozenset(default_speaker_key(name).split()) if name else frozenset()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(verb_forms())


@lru_cache(maxsize=20_000)
def _rule_evidence(name: str) -> dict[str, int]:
    """What the rule's speaker phrase looks like: a verb, a title, an anaphor, a prepositional or
    pronoun-suffixed word, a word the NER training data knows."""
    written = name.split()
    keys = [word_key(w) for w in written]
    if not keys:
        return {}
    head = keys[0]
    verbs = _verbs()
    return {
        "rule_is_verb": int(any(k in verbs or k.lstrip("وف") in verbs for k in keys)),
        "rule_head_title": int(
            head.removeprefix("ال") in TITLE_WORDS or head in TITLE_WORDS or head in ROLE_NOUNS
        ),
        "rule_head_anaphor": int(head in ANAPHOR_HEADS or head in OUTLET_WORDS or head in DOCUMENT_HEADS),
        "rule_prep": int(
            head[:1] in ("ب", "ل") and head[:2] != "لا" and len(head) > 3 and not gazetteer_tags(written[0])
        ),
        "rule_pron": int(len(keys) == 1 and head.endswith("ه") and not gazetteer_tags(written[0])),
        **{f"rule_gaz={tag.rstrip('+')}": 1 for w in written for tag in gazetteer_tags(w)},
        **{f"rule_head={kind}": 1 for kind in entity_lexicon.classes(entity_lexicon.key(written[0]))},
    }


def _rule_place(text: str, name: str, cue: Span) -> str:
    """Where the rule's name is written from the cue: right after it («قال الوزير»), after it within a
    few words, before it («الوزير قال»), or further away (a name carried from an earlier quote)."""
    after = text.find(name, cue.end, cue.end + 80) if name else -1
    if after >= 0:
        return "next" if after - cue.end <= 2 else "after"
    before = text.rfind(name, max(0, cue.start - 80), cue.start) if name else -1
    return "before" if before >= 0 else "far"


def _feminine_cue(text: str, cue: Span) -> int:
    """«قالت», «تقول», «وأكدت»: a feminine verb (a rough test on the written cue's first word)."""
    first = cue.slice(text).split()
    key = word_key(first[0]).lstrip("وف") if first else ""
    return int(key.startswith("ت") or key.endswith("ت"))


def speaker_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that can be a quote's speaker: people and organisations, whole words only (not «سي»
    cut out of «سي.ان.ان»), not a place the recogniser took for a person («أبو ظبي», which the gazetteer
    knows as «أبوظبي»), and not an acronym spoken to («تقول ديمة لبي بي سي»: the «بي سي» after «لبي»)."""
    return [
        m
        for m in mentions
        if m.type in ("PERS", "ORG")
        and on_word_edges(text, m.span)
        and not _spelt_place(m.span.slice(text))
        and not _spoken_to(text, m.span)
    ]


def _spoken_to(text: str, span: Span) -> bool:
    """Is the mention at `span` the rest of an acronym whose first letter carries the preposition ل?"""
    before = text[max(0, span.start - 12) : span.start].split()[-1:]  # the word before: «لبي» is short
    return addressed_acronym([word_key(w) for w in before + span.slice(text).split()[:1]])


def _spelt_place(name: str) -> bool:
    """Is `name`, written as one word, only a place in the gazetteer?"""
    return " " in name and place_only("".join(name.split()))


@dataclass(frozen=True)
class ArticleEvidence:
    """What every quote of one article shares: its text, the rules' statements (also latest cue first),
    and its PERS and ORG mentions (sorted by position, with how often each entity is mentioned and all the
    words they use)."""

    text: str
    statements: Sequence[Statement]
    mentions: Sequence[Mention]
    starts: list[int]
    ends_order: list[Mention]
    ends: list[int]
    counts: Counter[str]
    mention_words: frozenset[str]
    latest_first: list[Statement]

    @classmethod
    def of(cls, text: str, statements: Sequence[Statement], mentions: Sequence[Mention]) -> ArticleEvidence:
        by_start = sorted(mentions, key=lambda m: m.span.start)
        by_end = sorted(mentions, key=lambda m: m.span.end)
        return cls(
            text,
            statements,
            by_start,
            [m.span.start for m in by_start],
            by_end,
            [m.span.end for m in by_end],
            Counter(m.entity for m in mentions),
            frozenset().union(*(_words(m.text) for m in mentions)),
            sorted(statements, key=lambda s: -s.cue.start),
        )


def speaker_candidates(evidence: ArticleEvidence, index: int) -> list[Candidate]:
    """The candidates for the speaker of `evidence.statements[index]`, the rule's own first (when it named
    one). Candidates that share a word are one candidate with the evidence of both."""
    text, statements = evidence.text, evidence.statements
    said = statements[index]
    cue, content = said.cue, said.content
    feminine = _feminine_cue(text, cue)
    rule_words = _words(said.name)
    earlier: list[str] = []
    for other in evidence.latest_first:
        if other.cue.start < cue.start and other.name:
            other_words = _words(other.name)
            if not any(other_words & _words(e) for e in earlier):
                earlier.append(other.name)
    counts = evidence.counts
    candidates: list[Candidate] = []

    def add(name: str, features: dict[str, int], span: Span | None = None) -> None:
        words = _words(name)
        if not words:
            return
        for candidate in candidates:
            if candidate.words & words:
                if span is not None and (len(name) > len(candidate.name) or name == candidate.name):
                    candidate.name, candidate.span = name, span
                candidate.words |= words
                for key, value in features.items():
                    candidate.features[key] = max(candidate.features[key], value)
                return
        candidates.append(Candidate(name, set(words), Counter(features), span))

    if said.name:
        add(
            said.name,
            {
                "src_rule": 1,
                f"rule_res={said.resolution}": 1,
                f"rule_len={_bucket(len(said.name.split()), (1, 2, 3, 5))}": 1,
                "rule_direct": int(said.direct),
                f"rule_place={_rule_place(text, said.name, cue)}": 1,
                f"rule_fem={feminine}": 1,
                **_rule_evidence(said.name),
            },
        )
    for rank, name in enumerate(earlier[:_EARLIER_SPEAKERS]):
        add(name, {"src_earlier": 1, f"earlier_rank={rank}": 1})
    ending = evidence.ends_order[: bisect_right(evidence.ends, cue.start)]
    before = sorted((m for m in ending if m.span.start >= cue.start - LOOKBACK), key=lambda m: -m.span.start)
    reach = max(content.end, cue.end + _LOOKAHEAD)
    after = evidence.mentions[bisect_left(evidence.starts, cue.end) : bisect_right(evidence.starts, reach)]
    for side, near in (("b", before), ("a", after)):
        for rank, m in enumerate(near[:_MENTIONS_EACH_SIDE]):
            gap = m.span.start - cue.end if side == "a" else cue.start - m.span.end
            between = text[min(m.span.end, cue.end) : max(m.span.start, cue.start)]
            inside = int(content.start <= m.span.start < content.end)
            broken = int("." in between or "\n" in between)
            add(
                m.text,
                {
                    "src_mention": 1,
                    f"m_type={m.type}": 1,
                    f"m_side={side}": 1,
                    f"m_rank={side}{min(rank, 2)}": 1,
                    f"m_gap={side}{_bucket(gap, (2, 20, 60, 150))}": 1,
                    f"m_inside={side}{inside}": 1,
                    "m_title": int(bool(m.title)),
                    f"m_count={_bucket(counts[m.entity], (1, 2, 4))}": 1,
                    f"m_break={side}{broken}": 1,
                    f"m_fem={feminine}{m.type}": 1,
                },
                m.span,
            )
    rule_free = int(bool(said.name) and not rule_words & evidence.mention_words)
    last_words = _words(earlier[0]) if earlier else frozenset()
    for candidate in candidates:
        features = candidate.features
        features["same_as_rule"] = int(bool(candidate.words & rule_words))
        features["same_as_last_earlier"] = int(bool(candidate.words & last_words))
        features["rule_empty"] = int(not said.name)
        features["rule_entity_free"] = rule_free
    return candidates


def pick_candidate(candidates: Sequence[Candidate], probability: np.ndarray, margin: float) -> int | None:
    """The index of the candidate to name instead of the rule's speaker, or None to keep the rule's: the
    likeliest candidate, when the rule named none or it is likelier than the rule's by more than `margin`."""
    if not candidates:
        return None
    best = int(np.argmax(probability))
    rule = next((i for i, c in enumerate(candidates) if c.features.get("src_rule")), None)
    if best == rule or (rule is not None and probability[best] - probability[rule] <= margin):
        return None
    return best


def feature_matrix(rows: Sequence[Mapping[str, float]], index: Mapping[str, int]) -> np.ndarray:
    """Candidates' named features as a matrix whose columns are `index`'s (features it lacks are dropped)."""
    x = np.zeros((len(rows), len(index)))
    for r, features in enumerate(rows):
        for name, value in features.items():
            k = index.get(name)
            if k is not None:
                x[r, k] = value
    return x


class SpeakerModel:
    """Gradient-boosted trees over candidate features, evaluated with numpy, all trees at once.

    Each tree is laid out as a complete binary tree of the model's depth (a leaf above the last level
    becomes splits that send both ways to it), so a level is one gather for every tree and candidate.
    `margin`: how much likelier (in probability) another candidate must be before it replaces the rule's.
    """

    def __init__(self, spec: dict[str, object]) -> None:
        features = spec["features"]
        trees = spec["trees"]
        assert isinstance(features, list) and isinstance(trees, list)
        self.features: list[str] = [str(f) for f in features]
        self.index = {name: k for k, name in enumerate(self.features)}
        self.baseline = float(spec["baseline"])  # type: ignore[arg-type]
        self.margin = float(spec["margin"])  # type: ignore[arg-type]
        self.depth = max(int(tree["depth"]) for tree in trees)
        self._splits = 2**self.depth - 1  # slots per tree before its leaves
        self.split_feature = np.zeros((len(trees), self._splits), dtype=np.int64)
        self.split_threshold = np.full((len(trees), self._splits), np.inf)  # inf: every candidate goes left
        self.leaf_value = np.zeros((len(trees), self._splits + 1))
        for t, tree in enumerate(trees):
            self._lay_out(t, tree, 0, 0, 0)

    def _lay_out(self, t: int, tree: dict[str, list], node: int, slot: int, level: int) -> None:
        if level == self.depth:
            if not tree["leaf"][node]:
                raise ValueError(f"tree {t} is deeper than its stated depth")
            self.leaf_value[t, slot - self._splits] = tree["value"][node]
            return
        if tree["leaf"][node]:
            left = right = node
        else:
            self.split_feature[t, slot] = tree["feature"][node]
            self.split_threshold[t, slot] = tree["threshold"][node]
            left, right = tree["left"][node], tree["right"][node]
        self._lay_out(t, tree, left, 2 * slot + 1, level + 1)
        self._lay_out(t, tree, right, 2 * slot + 2, level + 1)

    def matrix(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        return feature_matrix(rows, self.index)

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(candidate is the speaker) for each row of `x` (columns in `self.features` order)."""
        if not len(x):
            return np.zeros(0)
        right = x[:, self.split_feature] > self.split_threshold  # (candidates, trees, splits)
        rows, trees = np.arange(len(x))[:, None], np.arange(len(self.leaf_value))[None, :]
        slot = np.zeros(right.shape[:2], dtype=np.int64)
        for _ in range(self.depth):
            slot = 2 * slot + 1 + right[rows, trees, slot]
        raw = self.baseline + self.leaf_value[trees, slot - self._splits].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-raw))


@lru_cache(maxsize=2)
def load_speaker_model(path: Path = MODEL_PATH) -> SpeakerModel | None:
    """The committed model, or None when it is missing (the rules' speakers are then kept)."""
    if not path.exists():
        return None
    return SpeakerModel(json.loads(path.read_text(encoding="utf-8")))


def choose_speakers(
    quotes: Sequence[Quote],
    text: str,
    mentions: Sequence[Mention],
    resolve: Callable[[str], str],
    model: SpeakerModel | None = None,
) -> list[Quote]:
    """`quotes` (of `text`, in order) with the speaker replaced where the model finds another candidate
    clearly likelier than the rule's: the speaker phrase becomes the chosen mention (none when the choice is
    a speaker quoted earlier, as for an implicit subject), and the name and key follow."""
    model = model or load_speaker_model()
    named = speaker_mentions(text, mentions)
    body = [k for k, q in enumerate(quotes) if q.part == "text"]
    if model is None or not named or not body:
        return list(quotes)
    evidence = ArticleEvidence.of(text, [Statement.of(quotes[k]) for k in body], named)
    per_quote = [speaker_candidates(evidence, i) for i in range(len(body))]
    rows = [c.features for candidates in per_quote for c in candidates]
    scores = model.probability(model.matrix(rows))
    out = list(quotes)
    at = 0
    for k, candidates in zip(body, per_quote, strict=True):
        pick = pick_candidate(candidates, scores[at : at + len(candidates)], model.margin)
        at += len(candidates)
        if pick is not None:
            chosen = candidates[pick]
            out[k] = replace(
                quotes[k],
                speaker=chosen.name if chosen.span is not None else "",
                speaker_span=chosen.span,
                speaker_name=chosen.name,
                speaker_key=resolve(chosen.name),
            )
    return out
