"""Per-line features for the boilerplate classifier.

A line is judged by its own shape (length, punctuation, function words, furniture phrases) and by its
neighbourhood: boilerplate comes in runs (menus, lists of other headlines, comment threads) and body text in
a dense block, so window averages and the features of the lines around it carry most of the signal.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from khabar.clean.lexicon import (
    COMMENT_MARKERS,
    CONTAINS_RE,
    FURNITURE,
    LIST_HEADERS,
    STAMP_RE,
    STOPWORDS,
)

_SENT_END = re.compile(r"[.!?؟…。][\"'”’»)\]]*$")
_PUNCT = re.compile(r"[,;:،؛]")
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[^\w\s]")
_LINK = re.compile(r"https?://|www\.|\S+@\S+\.\w|\.com\b|\.org\b|\.net\b", re.IGNORECASE)
_CODE = re.compile(r"[{}<>=;]|</?\w+[ >]|\(\)")
_BULLET = re.compile(r"^\s*(?:[-*•·›»▪►|]|\d{1,2}[.)-]\s)")
_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d"
    r"|(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "end_sentence",
    "end_colon",
    "punct_per_word",
    "digit_ratio",
    "stop_ratio",
    "titlecase_ratio",
    "symbol_ratio",
    "has_link",
    "furniture",
    "furniture_contains",
    "list_header",
    "comment_marker",
    "stamp",
    "dup_in_page",
    "code_like",
    "date_like",
    "bullet",
    "avg_word_len",
    *(
        f"{name}_{d}"
        for d in ("m2", "m1", "p1", "p2")
        for name in ("log_chars", "end_sentence", "stop", "furn")
    ),
    "win2_chars",
    "win5_chars",
    "win10_chars",
    "win5_end_sentence",
    "win5_long",
    "position",
    "mass_before",
    "dist_dense",
    "header_above",
    "comments_above",
    "log_lines",
    "chars_vs_max",
    "run_short",
)

N_BASE = 20


def base_features(text: str, key: str, dup: int) -> list[float]:
    """The features of one line on its own (the first `N_BASE` of `FEATURE_NAMES`)."""
    chars = len(text)
    words = text.split()
    n_words = len(words) or 1
    tokens = _WORD.findall(text.casefold())
    stops = 0
    for tok in tokens:
        # Arabic glues و/ف to the next word: «وقال», «فإن».
        if tok in STOPWORDS or (len(tok) > 2 and tok[0] in "وف" and tok[1:] in STOPWORDS):
            stops += 1
    latin = [w for w in words if w[:1].isascii() and w[:1].isalpha()]
    titled = sum(1 for w in latin if w[0].isupper())
    padded = f" {key} "
    furniture = key in FURNITURE or (n_words <= 4 and _furniture_head(key))
    return [
        math.log1p(chars),
        math.log1p(len(words)),
        1.0 if _SENT_END.search(text) else 0.0,
        1.0 if text.endswith((":", "：")) else 0.0,
        len(_PUNCT.findall(text)) / n_words,
        len(_DIGIT.findall(text)) / chars if chars else 0.0,
        stops / (len(tokens) or 1),
        titled / len(latin) if latin else 0.0,
        len(_SYMBOL.findall(text)) / chars if chars else 0.0,
        1.0 if _LINK.search(text) else 0.0,
        1.0 if furniture else 0.0,
        1.0 if CONTAINS_RE.search(padded) else 0.0,
        1.0 if key in LIST_HEADERS else 0.0,
        1.0 if key in COMMENT_MARKERS else 0.0,
        1.0 if STAMP_RE.search(text) else 0.0,
        float(min(dup, 3)),
        1.0 if _CODE.search(text) else 0.0,
        1.0 if _DATE.search(text) else 0.0,
        1.0 if _BULLET.match(text) else 0.0,
        sum(len(w) for w in words) / n_words,
    ]


def _furniture_head(key: str) -> bool:
    # The first one or two words of a short line, to catch «شارك على فيسبوك», "Share on X".
    parts = key.split()
    return bool(parts) and (parts[0] in FURNITURE or " ".join(parts[:2]) in FURNITURE)


def page_features(texts: list[str], keys: list[str]) -> list[list[float]]:
    """Feature vectors (in `FEATURE_NAMES` order) for the non-empty lines of one page."""
    n = len(texts)
    if n == 0:
        return []
    counts = Counter(keys)
    base = [base_features(t, k, counts[k] - 1) for t, k in zip(texts, keys, strict=False)]
    lc = [b[0] for b in base]
    es = [b[2] for b in base]
    long_ = [1.0 if len(t) >= 80 else 0.0 for t in texts]
    furn = [max(b[10], b[11], b[14]) for b in base]

    def prefix(values: list[float]) -> list[float]:
        acc = [0.0]
        for v in values:
            acc.append(acc[-1] + v)
        return acc

    p_lc, p_es, p_long = prefix(lc), prefix(es), prefix(long_)
    chars = [len(t) for t in texts]
    p_chars = prefix([float(c) for c in chars])
    total_chars = p_chars[-1] or 1.0

    def mean(acc: list[float], i: int, w: int) -> float:
        lo, hi = max(0, i - w), min(n, i + w + 1)
        return (acc[hi] - acc[lo]) / (hi - lo)

    # The densest stretch of text (5-line window with most characters) anchors the article.
    dense = max(range(n), key=lambda i: p_chars[min(n, i + 3)] - p_chars[max(0, i - 2)])
    max_lc = max(lc)

    # Lines after a list header, up to the next long sentence, belong to the list.
    header_above = [0.0] * n
    in_list = False
    comments_above = [0.0] * n
    seen_comments = False
    # Length of the run of consecutive short lines without sentence ends that this line belongs to.
    run_short = [0.0] * n
    for i, b in enumerate(base):
        header_above[i] = 1.0 if in_list else 0.0
        comments_above[i] = 1.0 if seen_comments else 0.0
        if b[12]:
            in_list = True
        elif b[2] and long_[i]:
            in_list = False
        if b[13] and i > dense:
            seen_comments = True
    i = 0
    while i < n:
        j = i
        while j < n and not base[j][2] and lc[j] < 4.0:
            j += 1
        for k in range(i, j):
            run_short[k] = math.log1p(j - i)
        i = max(j, i + 1)

    out: list[list[float]] = []
    log_lines = math.log1p(n)
    for i in range(n):
        row = list(base[i])
        for d in (-2, -1, 1, 2):
            k = i + d
            if 0 <= k < n:
                row += [lc[k], es[k], base[k][6], furn[k]]
            else:
                row += [0.0, 0.0, 0.0, 1.0]
        row += [
            mean(p_lc, i, 2),
            mean(p_lc, i, 5),
            mean(p_lc, i, 10),
            mean(p_es, i, 5),
            mean(p_long, i, 5),
            i / n,
            p_chars[i] / total_chars,
            abs(i - dense) / n,
            header_above[i],
            comments_above[i],
            log_lines,
            lc[i] - max_lc,
            run_short[i],
        ]
        out.append(row)
    return out
