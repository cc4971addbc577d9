"""Sentence splitting for Arabic news text.

Line breaks always end a sentence (cleaned articles keep one paragraph per line). Inside a line a sentence
ends at . ! ? ؟ … unless the mark belongs to a number, an abbreviation or an initial, or is a quoted
question/exclamation that the sentence goes on after. The Arabic comma and semicolon never end a sentence.
"""

from __future__ import annotations

import re

from khabar.model import Sentence, Span

__all__ = ["split_sentences"]

_TERMINATORS = ".!?؟…"
_CLOSERS = "»”’\"')]›}"
_TERMINATOR_RUN = re.compile(r"[.!?؟…]+")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)$")
_LONGEST_ABBREVIATION = 24
_LINES = re.compile(r"[^\n\r\u2028\u2029]+")

# Latin abbreviations that take a period (lower case); single letters are initials and handled apart.
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "vol",
        "ed",
        "al",
        "approx",
        "dept",
        "est",
    ]
)
# Arabic abbreviations written with a period, beyond the single letters (د. أ. م. ش. ص. ق.).
_AR_ABBREVIATIONS = frozenset(["ق.م", "أ.ف.ب", "ا.ف.ب", "أ.ب", "ا.ب", "م.م", "د.ك", "ج.م.ع", "ت.ع", "ر.س"])


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the period at `dot` ends an abbreviation or an initial rather than a sentence."""
    # Only the last few characters matter; searching from the line start made long lines quadratic.
    m = _WORD_BEFORE.search(line, max(dot - _LONGEST_ABBREVIATION, 0), dot)
    if m is None or m.end() != dot:
        return False
    word = m.group(1)
    if word in _AR_ABBREVIATIONS or word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 2 and word[0] in "وب" and "\u0621" <= word[1] <= "\u064a":
        return True  # an initial with an attached conjunction: وم. علي
    # Initials and dotted acronyms: every part is one letter (U.S, أ.ف.ب, د).
    return all(len(part) == 1 and part.isalpha() for part in word.split("."))


def _boundary(line: str, start: int, end: int) -> int | None:
    """Where the sentence ends for the terminator run `line[start:end]`, or None if it does not."""
    run = line[start:end]
    after = end
    while after < len(line) and line[after] in _CLOSERS:
        after += 1
    quoted = after > end
    rest = line[after:].lstrip()
    if not rest:
        return after
    if not line[after].isspace() and not quoted:
        return None  # 3.5, 14.7.2016, أ.ف.ب, example.com
    if run == ".":
        if start > 0 and line[start - 1].isdigit() and rest[0].isdigit():
            return None
        if _is_abbreviation(line, start):
            return None
        return after
    if quoted and set(run) <= set("!?؟") and rest[0] not in _TERMINATORS:
        return None  # «هل ستأتي؟» قال ...: the sentence goes on after the quoted question
    if quoted and rest[0] in _TERMINATORS:
        return None  # the run and a terminator after the quote end the sentence there
    return after


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, each with its exact span (trimmed of surrounding whitespace)."""
    sentences: list[Sentence] = []

    def add(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sentences.append(Sentence(len(sentences), Span(start, end), text[start:end]))

    for line_match in _LINES.finditer(text):
        line = line_match.group()
        offset = line_match.start()
        begin = 0
        for m in _TERMINATOR_RUN.finditer(line):
            if not line[begin : m.start()].strip():
                continue  # a leading "…" or a stray mark joins the sentence that follows
            end = _boundary(line, m.start(), m.end())
            if end is not None and end > begin:
                add(offset + begin, offset + end)
                begin = end
        add(offset + begin, offset + len(line))
    return sentences
