"""Per-line features for the boilerplate classifier.

A line is judged by its own shape (length, punctuation, function words, furniture phrases, time stamps) and
by its place in the page. The page-level features are normalised by the page itself (length against the
page's median and longest line, rank of length, share of the page's text) and anchored on the *main block*,
the densest contiguous run of prose lines, so that what the model learns carries from one site to another
instead of memorising the line lengths and layouts of the training sites.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from khabar.clean.lexicon import (
    COMMENT_MARKERS,
    CONTAINS_RE,
    DATE_TOKEN_RE,
    FURNITURE,
    LABEL_PREFIX_RE,
    LINK_LABEL_RE,
    LIST_HEADERS,
    STAMP_RE,
    STOPWORDS,
    ZH_STOPCHARS,
)

_SENT_END = re.compile(r"[.!?؟…。！？][\"'”’»)\]]*$")
_PUNCT = re.compile(r"[,;:،؛，、]")
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[^\w\s]")
_LINK = re.compile(r"https?://|www\.|\S+@\S+\.\w|\.com\b|\.org\b|\.net\b", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_CODE = re.compile(r"[{}<>=;]|</?\w+[ >]|\(\)")
_BULLET = re.compile(r"^\s*(?:[-*•·›»▪►|]|\d{1,2}[.)-]\s)")
_SEPARATOR = re.compile(r"\s[|•·»/›]\s|\s[|•·]|[|•·]\s")
_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d"
    r"|(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_COUNT = re.compile(r"(?:\s0)+$")  # «التعليقات (٣)» keys as "التعليقات 0"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A picture caption ends with the picture's credit in brackets: «... صباح الخميس (صوت الخليج)».
_PAREN_CREDIT = re.compile(r"\(\s*[^()]{2,40}\)\s*$")
_DATE_SPLIT = re.compile(r"[\s,،|()\[\]\-–—]+")

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
    "date_share",
    "separators",
    "allcaps_ratio",
    "paren_credit",
    "label_prefix",
    "url_share",
    *(
        f"{name}_{d}"
        for d in ("m2", "m1", "p1", "p2")
        for name in ("rel_chars", "end_sentence", "stop", "furn")
    ),
    "rel_median",
    "rel_max",
    "len_rank",
    "win2_rel",
    "win5_rel",
    "win10_rel",
    "win5_end_sentence",
    "win5_prose",
    "win5_share",
    "in_block",
    "block_mass",
    "before_block",
    "after_block",
    "block_gap",
    "block_share",
    "position",
    "mass_before",
    "header_above",
    "comments_above",
    "run_short",
)

N_BASE = 26
# Indices the rules in classify.py read.
END_SENTENCE = 2
STOP = 6
HAS_LINK = 9
FURNITURE_I = 10
CONTAINS_I = 11
LIST_HEADER_I = 12
COMMENT_I = 13
STAMP_I = 14
CODE_I = 16
BULLET_I = 18
DATE_SHARE = 20
SEPARATORS = 21
PAREN_CREDIT = 23
LABEL_PREFIX = 24
URL_SHARE = 25
IN_BLOCK = FEATURE_NAMES.index("in_block")
BLOCK_MASS = FEATURE_NAMES.index("block_mass")
HEADER_ABOVE = FEATURE_NAMES.index("header_above")
COMMENTS_ABOVE = FEATURE_NAMES.index("comments_above")


def date_share(text: str) -> float:
    """Share of the line's tokens that are dates, times, weekdays or publication-stamp words."""
    tokens = [t for t in _DATE_SPLIT.split(text.casefold()) if t.strip(".:،,")]
    if not tokens:
        return 0.0
    hits = sum(1 for t in tokens if DATE_TOKEN_RE.match(t.strip(".:،,")))
    # A stamp needs a number in it: «في», «on» alone are no dates.
    return hits / len(tokens) if _DIGIT.search(text) else 0.0


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
    stop_ratio = stops / (len(tokens) or 1)
    if _CJK.search(text):
        cjk = _CJK.findall(text)
        # About one character in six of running Chinese prose is one of these.
        stop_ratio = min(1.0, 2.5 * sum(1 for c in cjk if c in ZH_STOPCHARS) / len(cjk))
    latin = [w for w in words if w[:1].isascii() and w[:1].isalpha()]
    titled = sum(1 for w in latin if w[0].isupper())
    caps = sum(1 for w in latin if len(w) > 1 and w.isupper())
    padded = f" {key} "
    furniture = key in FURNITURE or (n_words <= 4 and _furniture_head(key))
    end_sentence = bool(_SENT_END.search(text))
    d_share = date_share(text) if n_words <= 30 else 0.0
    label = bool(LABEL_PREFIX_RE.match(text) or LINK_LABEL_RE.match(text))
    stamp = bool(STAMP_RE.search(text)) or d_share >= 0.6
    url_chars = sum(len(m) for m in _URL.findall(text))
    return [
        math.log1p(chars),
        math.log1p(len(words)),
        1.0 if end_sentence else 0.0,
        1.0 if text.endswith((":", "：")) else 0.0,
        len(_PUNCT.findall(text)) / n_words,
        len(_DIGIT.findall(text)) / chars if chars else 0.0,
        stop_ratio,
        titled / len(latin) if latin else 0.0,
        len(_SYMBOL.findall(text)) / chars if chars else 0.0,
        1.0 if _LINK.search(text) else 0.0,
        1.0 if furniture else 0.0,
        1.0 if CONTAINS_RE.search(padded) else 0.0,
        1.0 if key in LIST_HEADERS else 0.0,
        1.0 if key in COMMENT_MARKERS or _COUNT.sub("", key) in COMMENT_MARKERS else 0.0,
        1.0 if stamp else 0.0,
        float(min(dup, 3)),
        1.0 if _CODE.search(text) else 0.0,
        1.0 if _DATE.search(text) else 0.0,
        1.0 if _BULLET.match(text) else 0.0,
        sum(len(w) for w in words) / n_words,
        d_share,
        math.log1p(len(_SEPARATOR.findall(text))),
        caps / len(latin) if latin else 0.0,
        1.0 if not end_sentence and n_words <= 30 and _PAREN_CREDIT.search(text) else 0.0,
        1.0 if label else 0.0,
        url_chars / chars if chars else 0.0,
    ]


def _furniture_head(key: str) -> bool:
    # The first one or two words of a short line, to catch «شارك على فيسبوك», "Share on X".
    parts = key.split()
    return bool(parts) and (parts[0] in FURNITURE or " ".join(parts[:2]) in FURNITURE)


def _prefix(values: list[float]) -> list[float]:
    acc = [0.0]
    for v in values:
        acc.append(acc[-1] + v)
    return acc


def _weights(chars: list[int], prose: list[bool], walls: list[bool]) -> list[float]:
    return [
        float(c) if p else -(12.0 + 0.5 * c) - (400.0 if w else 0.0)
        for c, p, w in zip(chars, prose, walls, strict=False)
    ]


def block_mass(weights: list[float]) -> list[float]:
    """For each line, the weight of the best run of lines through it, as a share of the page's best run.

    1.0 inside the main block, near 1.0 in a second article of a multi-item page, small or negative for a
    sentence stranded among furniture.
    """
    n = len(weights)
    fwd = [0.0] * n
    bwd = [0.0] * n
    acc = 0.0
    for i, w in enumerate(weights):
        acc = w + acc if acc > 0.0 else w
        fwd[i] = acc
    acc = 0.0
    for i in range(n - 1, -1, -1):
        acc = weights[i] + acc if acc > 0.0 else weights[i]
        bwd[i] = acc
    through = [f + b - w for f, b, w in zip(fwd, bwd, weights, strict=False)]
    best = max(through)
    if best <= 0.0:
        return [0.0] * n
    return [max(-1.0, t / best) for t in through]


def main_block(chars: list[int], prose: list[bool], walls: list[bool]) -> tuple[int, int]:
    """The run of lines [a, b] with the most prose text, short non-prose lines inside it costing a little.

    Maximum-sum contiguous run (Kadane) with a prose line weighing its length and any other line a penalty
    growing with its length: a menu of ten short links costs about one paragraph. A wall (list header,
    comment marker, furniture phrase) costs more than a few paragraphs: the article does not run across it.
    """
    best, best_a, best_b = -1.0, 0, -1
    run, run_a = 0.0, 0
    for i, c in enumerate(chars):
        w = float(c) if prose[i] else -(12.0 + 0.5 * c) - (400.0 if walls[i] else 0.0)  # as in _weights
        if run <= 0.0:
            run, run_a = w, i
        else:
            run += w
        if run > best:
            best, best_a, best_b = run, run_a, i
    if best_b < 0:
        longest = max(range(len(chars)), key=chars.__getitem__)
        return longest, longest
    return best_a, best_b


def page_features(texts: list[str], keys: list[str]) -> list[list[float]]:
    """Feature vectors (in `FEATURE_NAMES` order) for the non-empty lines of one page."""
    n = len(texts)
    if n == 0:
        return []
    counts = Counter(keys)
    base = [base_features(t, k, counts[k] - 1) for t, k in zip(texts, keys, strict=False)]
    chars = [len(t) for t in texts]
    lc = [b[0] for b in base]
    es = [b[2] for b in base]
    ordered = sorted(lc)
    median = ordered[n // 2] if n % 2 else 0.5 * (ordered[n // 2 - 1] + ordered[n // 2])
    max_lc = ordered[-1]
    rel = [x - median for x in lc]
    rank: dict[float, float] = {}
    for r, x in enumerate(ordered):
        rank[x] = r / max(n - 1, 1)  # ties: the highest rank of the tied lengths
    prose = [bool(b[2]) and b[1] >= math.log1p(6) and not b[10] and not b[11] for b in base]
    furn = [max(b[10], b[11], b[14], b[24]) for b in base]
    walls = [bool(b[10] or b[12] or b[13] or b[24]) for b in base]
    a, b_ = main_block(chars, prose, walls)
    mass = block_mass(_weights(chars, prose, walls))
    first_prose = next((i for i in range(n) if prose[i]), n)

    p_rel, p_es = _prefix(rel), _prefix(es)
    p_prose = _prefix([1.0 if p else 0.0 for p in prose])
    p_chars = _prefix([float(c) for c in chars])
    total_chars = p_chars[-1] or 1.0
    block_share = (p_chars[b_ + 1] - p_chars[a]) / total_chars

    def mean(acc: list[float], i: int, w: int) -> float:
        lo, hi = max(0, i - w), min(n, i + w + 1)
        return (acc[hi] - acc[lo]) / (hi - lo)

    header_above = [0.0] * n
    in_list = False
    comments_above = [0.0] * n
    seen_comments = False
    for i, bf in enumerate(base):
        header_above[i] = 1.0 if in_list else 0.0
        comments_above[i] = 1.0 if seen_comments else 0.0
        if bf[12]:
            in_list = True
        elif prose[i] and chars[i] >= 80:
            in_list = False
        if bf[13] and i > first_prose:
            seen_comments = True
    # Length of the run of consecutive short lines without sentence ends that this line belongs to.
    run_short = [0.0] * n
    i = 0
    while i < n:
        j = i
        while j < n and not es[j] and lc[j] < 4.0:
            j += 1
        for k in range(i, j):
            run_short[k] = math.log1p(j - i)
        i = max(j, i + 1)

    out: list[list[float]] = []
    for i in range(n):
        row = list(base[i])
        for d in (-2, -1, 1, 2):
            k = i + d
            if 0 <= k < n:
                row += [rel[k], es[k], base[k][6], furn[k]]
            else:
                row += [-3.0, 0.0, 0.0, 1.0]
        row += [
            rel[i],
            lc[i] - max_lc,
            rank[lc[i]],
            mean(p_rel, i, 2),
            mean(p_rel, i, 5),
            mean(p_rel, i, 10),
            mean(p_es, i, 5),
            mean(p_prose, i, 5),
            (p_chars[min(n, i + 3)] - p_chars[max(0, i - 2)]) / total_chars,
            1.0 if a <= i <= b_ else 0.0,
            mass[i],
            math.log1p(a - i) if i < a else 0.0,
            math.log1p(i - b_) if i > b_ else 0.0,
            (a - i) / n if i < a else ((i - b_) / n if i > b_ else 0.0),
            block_share,
            i / n,
            p_chars[i] / total_chars,
            header_above[i],
            comments_above[i],
            run_short[i],
        ]
        out.append(row)
    return out
