"""Label every non-empty line of a page as title, body or boilerplate, and split multi-item pages."""

from __future__ import annotations

import math
import re
from typing import Literal

from khabar.clean.features import page_features
from khabar.clean.lexicon import (
    COMMENT_MARKERS,
    CONTAINS_RE,
    CREDIT_RE,
    FURNITURE,
    LIST_HEADERS,
    STAMP_RE,
)
from khabar.clean.repetition import RepetitionIndex
from khabar.clean.scorer import LineModel, default_model, sigmoid, viterbi_keep
from khabar.clean.text import line_key, split_lines
from khabar.model import Line, LineLabel, Span

Mode = Literal["page", "body"]

_SENT_END = re.compile(r"[.!؟…。][\"'”’»)\]]*$")
_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{2,40}$")
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)
_BODY_KEY_CHARS = 160
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و")


def classify_lines(
    text: str,
    *,
    outlet_key: str | None = None,
    repetition: RepetitionIndex | None = None,
    known_title: str | None = None,
) -> list[Line]:
    """Every non-empty line of `text` (a page, one block per line) with its label and segment.

    `repetition` (with `outlet_key`) tells how many pages of the same outlet carry each line; a line shared
    by several pages is site furniture. `known_title` (the page's title from metadata) helps find the title
    line.
    """
    return classify(text, mode="page", outlet_key=outlet_key, repetition=repetition, known_title=known_title)


def classify(
    text: str,
    *,
    mode: Mode = "page",
    outlet_key: str | None = None,
    repetition: RepetitionIndex | None = None,
    known_title: str | None = None,
    model: LineModel | None = None,
) -> list[Line]:
    spans = split_lines(text)
    if not spans:
        return []
    texts = [span.slice(text) for _, span in spans]
    if mode == "body":
        # Body mode only looks up short lines (furniture is short): skip keying the paragraphs.
        keys = [line_key(t) if len(t) <= _BODY_KEY_CHARS else "" for t in texts]
    else:
        keys = [line_key(t) for t in texts]
    others = _repeats(keys, outlet_key, repetition)
    if mode == "body":
        keep, scores = _body_mode(texts, keys, others)
        title_i = _known_title_line(keys, known_title, limit=2)
        labels: list[LineLabel] = ["body" if k else "boilerplate" for k in keep]
        if title_i is not None:
            labels[title_i] = "title"
        segments = [1 if label != "boilerplate" else 0 for label in labels]
        return _lines(spans, texts, labels, segments, scores)

    model = model or default_model()
    rows = page_features(texts, keys)
    logits = [model.logit(row) for row in rows]
    words = [len(t.split()) for t in texts]
    credit = [_is_credit(t, w) for t, w in zip(texts, words, strict=False)]
    for i, other in enumerate(others):
        if other and not credit[i]:
            # Not learned: the training pages come one per site, so the weight is set by hand. Two other
            # pages are strong evidence; one other page only for short lines (a shared headline list).
            if other >= 2:
                logits[i] -= 3.0 + math.log(other)
            elif words[i] <= 8:
                logits[i] -= 1.5
    keep = viterbi_keep(logits, model.switch)
    # Furniture phrases, list headers and what they head, comment threads, picture credits: dropped
    # whatever the model says, the phrases are unambiguous and the model never saw them in Arabic.
    hard_drop = [
        bool(row[10] or row[12] or row[13] or row[14] or row[45])
        or bool(row[11] and words[i] <= 25)
        or bool(row[44] and not (row[2] and len(texts[i]) >= 120))
        for i, row in enumerate(rows)
    ]
    n = len(texts)
    for i in range(n):
        if hard_drop[i]:
            keep[i] = False
    for i in range(n):
        # Datelines and bylines («موسكو - الفرنسية», «| الوطن – وكالات») sit right next to the body.
        if not keep[i] and credit[i] and not hard_drop[i] and _near_kept(keep, i):
            keep[i] = True
    scores = [sigmoid(x) for x in logits]
    labels = ["body" if k else "boilerplate" for k in keep]
    title_like = [
        _title_like(t, w, rows[i]) and not credit[i]
        for i, (t, w) in enumerate(zip(texts, words, strict=False))
    ]
    title_i = _find_title(texts, keys, keep, title_like, known_title)
    if title_i is not None:
        labels[title_i] = "title"
        for j in range(n):
            if j != title_i and keys[j] == keys[title_i] and labels[j] != "boilerplate":
                labels[j] = "boilerplate"
    segments = _segments(texts, labels, title_like, words)
    return _lines(
        spans, texts, labels, segments, [s if k else 1.0 - s for s, k in zip(scores, keep, strict=False)]
    )


def _lines(
    spans: list[tuple[int, Span]],
    texts: list[str],
    labels: list[LineLabel] | list[str],
    segments: list[int],
    scores: list[float],
) -> list[Line]:
    return [
        Line(number, span, t, label, seg if label != "boilerplate" else 0, round(score, 4))  # type: ignore[arg-type]
        for (number, span), t, label, seg, score in zip(spans, texts, labels, segments, scores, strict=False)
    ]


def _repeats(keys: list[str], outlet_key: str | None, repetition: RepetitionIndex | None) -> list[int]:
    """How many *other* pages of the outlet carry each line (the page itself was indexed too)."""
    if repetition is None or outlet_key is None:
        return [0] * len(keys)
    return [max(repetition.count_key(outlet_key, k) - 1, 0) for k in keys]


def _is_credit(text: str, words: int) -> bool:
    return words <= 8 and bool(CREDIT_RE.search(f" {line_key(text, digits=False)} "))


def _near_kept(keep: list[bool], i: int) -> bool:
    # The next line but one still counts forward: a publication stamp often sits between dateline and body.
    return any(0 <= j < len(keep) and keep[j] for j in (i - 1, i + 1, i + 2))


def _body_mode(texts: list[str], keys: list[str], others: list[int]) -> tuple[list[bool], list[float]]:
    """Text that is already an article body: drop only what is plainly furniture."""
    keep: list[bool] = []
    in_list = False
    for t, k, other in zip(texts, keys, others, strict=False):
        n_words = t.count(" ") + 1
        drop = (
            k in FURNITURE
            or k in COMMENT_MARKERS
            or bool(STAMP_RE.search(t))
            or bool(_URL_ONLY.match(t))
            or (n_words <= 12 and bool(CONTAINS_RE.search(f" {k} ")))
            or (other >= 2 and n_words <= 12 and not _is_credit(t, n_words))
        )
        if k in LIST_HEADERS:
            in_list, drop = True, True
        elif in_list:
            # A list of other headlines runs until the prose resumes.
            if len(t) >= 80 and _SENT_END.search(t):
                in_list = False
            else:
                drop = True
        keep.append(not drop)
    # Rules, not a model: a fixed confidence.
    return keep, [0.9] * len(keep)


def _known_title_line(keys: list[str], known_title: str | None, limit: int) -> int | None:
    if not known_title:
        return None
    target = line_key(known_title)
    for i, k in enumerate(keys[:limit]):
        if k and (k == target or _strip_suffix_key(k) == target):
            return i
    return None


def _strip_suffix_key(key_or_text: str) -> str:
    return line_key(_SITE_SUFFIX.sub("", key_or_text))


def _title_like(text: str, words: int, row: list[float]) -> bool:
    if not 3 <= words <= 30 or len(text) < 12 or len(text) > 250:
        return False
    if _SENT_END.search(text) or text.endswith((":", "：", "،", ",")):
        return False
    # furniture, contains, list header, comment marker, stamp, link, code, bullet; after a list header
    return not (
        row[10] or row[11] or row[12] or row[13] or row[14] or row[9] or row[16] or row[18] or row[44]
    )


def _find_title(
    texts: list[str], keys: list[str], keep: list[bool], title_like: list[bool], known_title: str | None
) -> int | None:
    n = len(texts)
    first_body = next((i for i in range(n) if keep[i]), None)
    if first_body is None:
        return None
    if known_title:
        target = line_key(known_title)
        for i in range(min(n, first_body + 1)):
            if title_like[i] and keys[i] and (keys[i] == target or _strip_suffix_key(texts[i]) == target):
                return i
    # The page's <title> line («... - بوابة الشروق») repeated as the headline: the first copy is the title.
    if title_like[0] or _SITE_SUFFIX.search(texts[0]):
        head = keys[0]
        stripped = _strip_suffix_key(texts[0])
        for j in range(1, min(n, first_body + 1)):
            if keys[j] and keys[j] in (head, stripped):
                return 0
    if title_like[first_body] and first_body + 1 < n and keep[first_body + 1]:
        return first_body
    for i in range(first_body - 1, max(-1, first_body - 9), -1):
        if title_like[i]:
            return i
        if len(texts[i]) >= 120 and _SENT_END.search(texts[i]):
            break
    return None


def _stems(text: str) -> set[str]:
    out: set[str] = set()
    for w in line_key(text, digits=False).split():
        for p in _ARTICLE_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p) :]
                break
        if len(w) >= 3:
            out.add(w[:4])
    return out


def _segments(texts: list[str], labels: list[str], title_like: list[bool], words: list[int]) -> list[int]:
    """Number the news items of the page: a headline-like line between body runs opens a new item.

    It must look like a headline (short, no final stop), follow a body run, and be restated by the
    paragraph after it (news leads repeat their headline's words), which tells it from a subheading.
    """
    n = len(texts)
    segments = [0] * n
    current = 1
    body_in_segment = 0
    for i in range(n):
        if labels[i] == "boilerplate":
            continue
        if labels[i] == "body" and title_like[i] and words[i] >= 4 and body_in_segment >= 2:
            nxt = next((j for j in range(i + 1, min(n, i + 3)) if labels[j] == "body"), None)
            if nxt is not None and words[nxt] >= 12:
                head = _stems(texts[i])
                lead = _stems(texts[nxt])
                if head and len(head & lead) / len(head) >= 0.3:
                    current += 1
                    body_in_segment = 0
                    labels[i] = "title"
                    segments[i] = current
                    continue
        segments[i] = current
        if labels[i] == "body":
            body_in_segment += 1
    return segments
