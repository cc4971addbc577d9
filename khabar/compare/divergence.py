"""Divergence: aligned statements of one fact that disagree on a number, a date or weekday, negation or
modality (will happen vs happened).

Rules, per pair of mentions from different articles:
- number: both give a count of the same thing (the same word follows the digits: «12 قتيلا» / «15 قتيلا»)
  with different values, or each gives exactly one number (years and day numbers of dates left out) and
  they differ;
- date: both carry resolved dates (time expressions resolved against each article's publication date) and
  share none; weekday: both name weekdays and share none (dates unresolved);
- negation: one states it with a negation (لم، لن، لا، ليس، نفى، ...) and the other without;
- modality: one puts it in the future (سوف، سـ + imperfect) and the other does not;
- attribution: both name who says it (the words after a reporting verb, or a headline's «X: ...» prefix)
  and the two sources share no word.

Non-negating collocations (غير أن "however", لا سيما "especially", لا يزال "still") do not count as
negation. Mentions of one article are compared too (a lead's paraphrase against the quote it sums up), but
a mention is never compared with itself or with an identical sentence of the same outlet.
"""

from __future__ import annotations

import re
from itertools import combinations

from khabar.arabic import find_time_expressions, match_keys, normalize, to_ascii_digits
from khabar.model import Divergence, DivergenceKind, Fact, FactMention

__all__ = ["find_divergences", "speaker_keys"]

_WEEKDAYS = frozenset(match_keys("السبت الأحد الإثنين الثلاثاء الأربعاء الخميس الجمعة"))
_NEGATIONS = frozenset(
    normalize(w)
    for w in ["لم", "لن", "لا", "ليس", "ليست", "لسنا", "غير", "عدم", "نفى", "ينفي", "نفت", "تنفي", "نفي"]
)
_FUTURE = re.compile(
    r"^(?:و|ف)?س(?!ياس|يطر|يار|يد|نو|ته|تين|نه|نغ|نا|تا|يرغ|يرج|يول|يف|يره|يره|ينا)(?:ي|ت|ن)\w{2,}$"
)
# a negation word followed by one of these is not a negation: غير أن (however), لا سيما (especially),
# لا يزال / لا تزال (still), لا بد (must)
_NOT_NEGATING = frozenset(normalize(w) for w in ["أن", "ان", "إن", "سيما", "يزال", "تزال", "بد", "مرة"])
_REPORTING = frozenset(
    match_keys(
        "قال قالت ذكر ذكرت أفاد أفادت كشف كشفت أكد أكدت أعلن أعلنت رفض رفضت أشار أشارت نقل نقلت اعتبر اعتبرت "
        "شكك شككت ادعى ادعت أوضح أوضحت صرح صرحت نفى نفت اتهم اتهمت"
    )
)
_SPEAKER_WORDS = 3
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


def _negations(m: FactMention) -> list[str]:
    words = [w.strip('.,،؛:«»"“”()') for w in _words(m)]
    # و/ف joined to the particle: ولم، فلا، ولن
    words = [w[1:] if w[:1] in {"و", "ف"} and w[1:] in _NEGATIONS else w for w in words]
    return [
        w
        for i, w in enumerate(words)
        if w in _NEGATIONS and not (i + 1 < len(words) and words[i + 1] in _NOT_NEGATING)
    ]


def speaker_keys(text: str) -> frozenset[str]:
    """Who `text` says is speaking: the content words after its first reporting verb (قال، ذكرت، رفض …,
    up to three, stopping at أن/إن), or the words before a headline's colon («البنتاغون: …»)."""
    from khabar.compare.text import STOP

    head, colon, _ = text.partition(":")
    if colon and 0 < len(head.split()) <= 3 and not any(k in _REPORTING for k in match_keys(head)):
        return frozenset(k for k in match_keys(head) if k not in STOP)
    keys = match_keys(text)
    for i, k in enumerate(keys):
        if k in _REPORTING:
            out: list[str] = []
            for nxt in keys[i + 1 :]:
                if nxt in {"ان", "بان", "انه", "انها", "الى", "عن"} or len(out) == _SPEAKER_WORDS:
                    break
                if nxt not in STOP and nxt not in _REPORTING:
                    out.append(nxt)
            return frozenset(out)
    return frozenset()


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
    neg_a = _negations(a)
    neg_b = _negations(b)
    if bool(neg_a) != bool(neg_b):
        add("negation", neg_a[0] if neg_a else "—", neg_b[0] if neg_b else "—")
    fut_a = [w for w in _words(a) if w == "سوف" or _FUTURE.match(w)]
    fut_b = [w for w in _words(b) if w == "سوف" or _FUTURE.match(w)]
    if bool(fut_a) != bool(fut_b):
        add("modality", fut_a[0] if fut_a else "—", fut_b[0] if fut_b else "—", "future vs not")
    sa, sb = speaker_keys(a.text), speaker_keys(b.text)
    if sa and sb and not sa & sb:
        add("attribution", " ".join(sorted(sa)), " ".join(sorted(sb)), "who says it")
    return out


def find_divergences(fact: Fact, *, kinds: frozenset[str] | None = None) -> list[Divergence]:
    """The disagreements between the mentions of `fact` from different articles (see the module rules).

    `kinds` keeps only those kinds (default: all of number, date, weekday, negation, modality,
    attribution).
    """
    out: list[Divergence] = []
    for a, b in combinations(fact.mentions, 2):
        if (a.article_id == b.article_id and a.span == b.span) or (a.outlet == b.outlet and a.text == b.text):
            continue
        out.extend(d for d in _pair(fact, a, b) if kinds is None or d.kind in kinds)
    return out
