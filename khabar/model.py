"""The records every stage passes along.

Stages are pure functions over these records: they take records and return records, and never open the
store or print. Every span is a pair of character offsets, so any later output can cite the exact text it
came from. Offsets into an `Article` are offsets into `Article.text` (the cleaned text); `Article.to_raw`
maps them back into the page text the article was cut from (`Article.raw_text`).
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

LineLabel = Literal["title", "body", "boilerplate"]
SourceFormat = Literal["text", "html", "jsonl", "warc", "feed"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning.

    `text` is the page text (plain text, or the text rendered from HTML); `html` keeps the markup when the
    source had it, so the cleaner can use an HTML extractor. `meta` holds whatever fields the source gave
    (title, date, url, outlet, author, id, category, ...), as strings, untouched.
    """

    source: str  # file path, or "<stdin>"
    locator: str  # where inside the source: "" for a whole file, "line 12", "record 3", "item 5"
    format: SourceFormat
    text: str
    html: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None

    @property
    def origin(self) -> str:
        """Human-readable place: ``path`` or ``path (line 12)``."""
        return f"{self.source} ({self.locator})" if self.locator else self.source

    def content_hash(self) -> str:
        """Identity of what was read (not where from): the same page read twice has the same hash."""
        digest = hashlib.sha256()
        for part in (self.format, json.dumps(self.meta, sort_keys=True), self.text, self.html or ""):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class IngestProblem:
    """A document (or part of one) that could not be read; reported, counted, never fatal."""

    source: str
    locator: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source} ({self.locator})" if self.locator else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a page, with the cleaner's verdict.

    `number` is 1-based as ``cat -n`` counts; `span` is its range in the page text; `segment` numbers the
    news items of a page that carries several (1 = the main article, 0 = boilerplate belonging to none).
    """

    number: int
    span: Span
    text: str
    label: LineLabel
    segment: int = 1
    score: float = 1.0  # the classifier's confidence in `label`


@dataclass(frozen=True, slots=True)
class Token:
    """A word or number with its span in the text it was cut from; `norm` is its matching key."""

    text: str
    span: Span
    norm: str
    stem: str = ""  # `norm` without the clitics that matter for matching (و ف ب ل ال ...)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date or time reference resolved to a calendar date (or a range of dates).

    `kind` is one of: "gregorian", "hijri", "numeric", "weekday", "relative", "month" (month without day).
    `value`/`end` are None when the expression could not be resolved (e.g. a weekday with no publication
    date to anchor it).
    """

    span: Span
    text: str
    kind: str
    value: date | None
    end: date | None = None
    calendar: Literal["gregorian", "hijri"] = "gregorian"


@dataclass(slots=True)
class Article:
    """A cleaned news article: the unit every later stage works on."""

    id: str
    source: str
    locator: str
    format: SourceFormat
    title: str
    text: str  # cleaned body text, kept lines joined by "\n"
    raw_text: str  # the page text the article was cut from
    # (offset in text, offset in raw_text, length) for each kept line, ascending: maps text back to raw
    offset_map: list[tuple[int, int, int]] = field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    author: str | None = None
    dateline: str | None = None  # the place in «موسكو - الفرنسية»
    agency: str | None = (
        None  # the wire agency, canonical English name ("AFP", "Anadolu", "Saudi Press Agency")
    )
    language: str = "ar"
    category: str | None = None
    segment: int = 1
    lines: list[Line] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    def to_raw(self, offset: int) -> int:
        """Map an offset in `text` to the matching offset in `raw_text`."""
        if not self.offset_map:
            return offset
        starts = [start for start, _, _ in self.offset_map]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        text_start, raw_start, length = self.offset_map[i]
        return raw_start + min(max(offset - text_start, 0), length)

    def raw_span(self, span: Span) -> Span:
        """The span of `raw_text` that a span of `text` came from."""
        return Span(self.to_raw(span.start), self.to_raw(span.end))

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None
