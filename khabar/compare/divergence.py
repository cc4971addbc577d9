"""Divergence: aligned statements of one fact that disagree on a number, a date or weekday, negation or
modality (will happen vs happened).

Rules, per pair of mentions from different articles:
- number: both give a count of the same thing (the same word follows the digits: «12 قتيلا» / «15 قتيلا»)
  with different values, or each gives exactly one number (years and day numbers of dates left out) and
  they differ;
- date: both carry resolved dates (time expressions resolved against each article's publication date) and
  share none; weekday: both name weekdays and share none (dates unresolved);
- negation: one states it with a negation (لم، لن، لا، ليس، نفى، ...) and the other without;
- modality: one puts it in the future (سوف، سـ + imperfect) and the other does not.
"""

from __future__ import annotations

import re
from itertools import combinations

from khabar.arabic import find_time_expressions, match_keys, normalize, to_ascii_digits
from khabar.model import Divergence, DivergenceKind, Fact, FactMention

__all__ = ["find_divergences"]

_WEEKDAYS = frozenset(match_keys("السبت الأحد الإثنين الثلاثاء الأربعاء الخميس الجمعة"))
_NEGATIONS = frozenset(
    normalize(w)
    for w in ["لم", "لن", "لا", "ليس", "ليست", "لسنا", "غير", "عدم", "نفى", "ينفي", "نفت", "تنفي", "نفي"]
)
_FUTURE = re.compile(r"^(?:و|ف)?س(?!ياس|يطر|يار|يد|نو|ته|تين|نه|نغ|نا|تا)(?:ي|ت|ن)\w{2,}$")
_COUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s+(\S+)")


def _time_spans(m: FactMention) -> tuple[list[tuple[int, int]], set[str], set[str]]:
    spans: list[tuple[int, int]] = []
    dates: set[str] = set()
    weekdays: set[str] = set()
    for te in find_time_expressions(m.text, m.published):
        spans.append((te.span.start, te.span.end))
        if te.value is not None:
            dates.add(te.value.isoformat() if te.end is None else f"{te.value}/{te.end}")
        weekdays.update(k for k in match_keys(te.text) if k in _WEEKDAYS)
    return spans, dates, weekdays


def _counts(m: FactMention, time_spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(number, counted word key) outside time expressions, years left out."""
    text = to_ascii_digits(m.text)
    out: list[tuple[str, str]] = []
    for match in _COUNT.finditer(text):
        start = match.start(1)
        if any(s <= start < e for s, e in time_spans):
            continue
        value = match.group(1).replace(",", "")
        if re.fullmatch(r"(19|20)\d\d", value):
            continue
        keys = match_keys(match.group(2))
        out.append((value, keys[0] if keys else ""))
    # a number at the very end of the sentence
    tail = re.search(r"(\d+(?:[.,]\d+)?)\W*$", text)
    if tail and not any(s <= tail.start(1) < e for s, e in time_spans):
        value = tail.group(1)
        if not re.fullmatch(r"(19|20)\d\d", value) and value not in {v for v, _ in out}:
            out.append((value, ""))
    return out


def _words(m: FactMention) -> list[str]:
    return normalize(m.text).split()


def _pair(fact: Fact, a: FactMention, b: FactMention) -> list[Divergence]:
    out: list[Divergence] = []

    def add(kind: DivergenceKind, va: str, vb: str, note: str = "") -> None:
        out.append(Divergence(fact.id, kind, a, b, (va, vb), note))

    ta, da, wa = _time_spans(a)
    tb, db, wb = _time_spans(b)
    ca, cb = _counts(a, ta), _counts(b, tb)
    by_word_a = {w: v for v, w in ca if w}
    by_word_b = {w: v for v, w in cb if w}
    shared = [w for w in by_word_a if w in by_word_b and by_word_a[w] != by_word_b[w]]
    if shared:
        w = shared[0]
        add("number", by_word_a[w], by_word_b[w], f"count of «{w}»")
    elif len(ca) == 1 and len(cb) == 1 and ca[0][0] != cb[0][0]:
        add("number", ca[0][0], cb[0][0])
    if da and db and not da & db:
        add("date", ", ".join(sorted(da)), ", ".join(sorted(db)))
    elif wa and wb and not wa & wb:
        add("weekday", ", ".join(sorted(wa)), ", ".join(sorted(wb)))
    neg_a = [w for w in _words(a) if w in _NEGATIONS]
    neg_b = [w for w in _words(b) if w in _NEGATIONS]
    if bool(neg_a) != bool(neg_b):
        add("negation", neg_a[0] if neg_a else "—", neg_b[0] if neg_b else "—")
    fut_a = [w for w in _words(a) if w == "سوف" or _FUTURE.match(w)]
    fut_b = [w for w in _words(b) if w == "سوف" or _FUTURE.match(w)]
    if bool(fut_a) != bool(fut_b):
        add("modality", fut_a[0] if fut_a else "—", fut_b[0] if fut_b else "—", "future vs not")
    return out


def find_divergences(fact: Fact, *, kinds: frozenset[str] | None = None) -> list[Divergence]:
    """The disagreements between the mentions of `fact` from different articles (see the module rules).

    `kinds` keeps only those kinds (default: all of number, date, weekday, negation, modality).
    """
    out: list[Divergence] = []
    for a, b in combinations(fact.mentions, 2):
        if a.article_id == b.article_id or (a.outlet == b.outlet and a.text == b.text):
            continue
        out.extend(d for d in _pair(fact, a, b) if kinds is None or d.kind in kinds)
    return out
