"""The same statement reported by several outlets: grouping quotes and showing how their wordings differ.

Two quotes are the same statement when their speaker keys agree (equal, or one contained in the other:
«كارتر» and «آشتون كارتر»; pass an alias resolver to `extract_quotes` for more) and their contents share most of
their content words: the overlap coefficient of the two sets of clitic-free stems (function words left
out) is at least `threshold`. The overlap coefficient (shared / smaller set) keeps a short wire summary and
the longer original together. Candidates are found through an inverted index of stems per speaker, never
all pairs, and groups are the connected components of the matching pairs.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from khabar.analyse.quotes.lexicon import word_set
from khabar.arabic import tokenize
from khabar.model import Quote, QuoteGroup
from khabar.unionfind import DisjointSets

__all__ = ["DiffOp", "content_diff", "content_stems", "match_quotes", "quote_similarity", "same_speaker"]

DiffOp = tuple[Literal["equal", "replace", "delete", "insert"], str, str]

# Function words that carry no content in matching (normalised, clitic-free spellings).
_FUNCTION = word_set(
    "في من الي علي عن مع ان او ثم قد لم لن ما لا هذا هذه ذلك تلك التي الذي الذين كان كانت يكون بين "
    "حول عند بعد قبل كل اي هو هي هم نحن انه انها انا لكن بل حتي اذا اذ اما كما غير منذ خلال ضد عبر "
    "ايضا فقط لدي لها له لهم عليه عليها فيه فيها به بها منه منها وان بان فان"
)


def content_stems(text: str) -> frozenset[str]:
    """The content words of a quote as matching keys."""
    return frozenset(
        tok.stem
        for tok in tokenize(text)
        if tok.stem and tok.stem not in _FUNCTION and tok.norm not in _FUNCTION
    )


def quote_similarity(a: Quote, b: Quote) -> float:
    """Overlap coefficient of the content words of two quotes (0 when either has none)."""
    sa, sb = content_stems(a.content), content_stems(b.content)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def same_speaker(a: str, b: str) -> bool:
    """Two speaker keys name one speaker: equal, or one's words contain the other's («كارتر» ⊂ «آشتون كارتر»)."""
    if a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def match_quotes(quotes: Sequence[Quote], *, threshold: float = 0.5, min_shared: int = 2) -> list[QuoteGroup]:
    """Group the quotes that report one statement of one speaker; every quote lands in exactly one group.

    Quotes without a speaker key stay alone. Groups come in the order of their first quote.
    """
    stems = [content_stems(q.content) for q in quotes]
    sets = DisjointSets(len(quotes))
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        if not quote.speaker_key or not stems[i]:
            continue
        # Blocked by the last word of the speaker key (the family name: «آشتون كارتر» / «كارتر»).
        block = quote.speaker_key.split()[-1]
        counts: dict[int, int] = defaultdict(int)
        for stem in stems[i]:
            for j in index[(block, stem)]:
                counts[j] += 1
        for j, shared in counts.items():
            smaller = min(len(stems[i]), len(stems[j]))
            if (
                same_speaker(quote.speaker_key, quotes[j].speaker_key)
                and shared >= min(min_shared, smaller)
                and shared / smaller >= threshold
            ):
                sets.union(i, j)
        for stem in stems[i]:
            index[(block, stem)].append(i)
    members = sets.groups()
    groups: list[QuoteGroup] = []
    for root in sorted(members, key=lambda r: min(members[r])):
        chosen = tuple(quotes[i] for i in members[root])
        first = chosen[0]
        ident = hashlib.sha1(
            "\x00".join(f"{q.article_id}:{q.content_span.start}" for q in chosen).encode("utf-8")
        ).hexdigest()[:16]
        groups.append(
            QuoteGroup(
                id=ident, speaker_key=first.speaker_key, speaker_name=first.speaker_name, quotes=chosen
            )
        )
    return groups


def content_diff(a: str, b: str) -> list[DiffOp]:
    """Token-level differences between two wordings, compared on normalised keys, shown in the original.

    Each item is (op, words of `a`, words of `b`); "equal" runs are included so the whole text can be shown.
    """
    ta, tb = tokenize(a), tokenize(b)
    matcher = difflib.SequenceMatcher(a=[t.stem for t in ta], b=[t.stem for t in tb], autojunk=False)
    out: list[DiffOp] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        left = a[ta[i1].span.start : ta[i2 - 1].span.end] if i2 > i1 else ""
        right = b[tb[j1].span.start : tb[j2 - 1].span.end] if j2 > j1 else ""
        out.append((op, left, right))  # type: ignore[arg-type]
    return out
