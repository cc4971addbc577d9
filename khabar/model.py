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


class Period(date):
    """A stretch of days (a week, a month, a year) that a text names as a whole («الشهر المقبل»): it sorts
    and compares as its first day, and `isoformat` writes it at its own precision in ISO 8601: "2025",
    "2024-04", or an interval "2024-03-16/2024-03-22", so that a timeline never shows a day it does not know.
    """

    __slots__ = ("last",)
    last: date

    def __new__(cls, first: date, last: date) -> Period:
        if last < first:
            raise ValueError(f"a period cannot end ({last}) before it begins ({first})")
        period = super().__new__(cls, first.year, first.month, first.day)
        period.last = date(last.year, last.month, last.day)
        return period

    def __reduce__(self) -> tuple[type[Period], tuple[date, date]]:
        return (Period, (date(self.year, self.month, self.day), self.last))

    def __repr__(self) -> str:
        return f"Period({self.isoformat()})"

    def isoformat(self) -> str:
        first = date(self.year, self.month, self.day)
        if (first.month, first.day, self.last.month, self.last.day) == (
            1,
            1,
            12,
            31,
        ) and first.year == self.last.year:
            return f"{first.year:04d}"
        following = date(self.last.year + self.last.month // 12, self.last.month % 12 + 1, 1)
        if (
            first.day == 1
            and (first.year, first.month) == (self.last.year, self.last.month)
            and (following - self.last).days == 1
        ):
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.isoformat()}/{self.last.isoformat()}"

    __str__ = isoformat


def day_or_period(first: date, last: date | None) -> date:
    """`first` itself when the expression names one day, else the `Period` from `first` to `last`."""
    return first if last is None or last == first else Period(first, last)


def parse_day_or_period(text: str) -> date:
    """A date or `Period` from its `isoformat` ("2024-03-16", "2024-04", "2025", "2024-03-16/2024-03-22")."""
    if "/" in text:
        first, last = text.split("/", 1)
        return Period(date.fromisoformat(first), date.fromisoformat(last))
    parts = text.split("-")
    if len(parts) == 1:
        year = int(parts[0])
        return Period(date(year, 1, 1), date(year, 12, 31))
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        following = date(year + month // 12, month % 12 + 1, 1)
        return Period(date(year, month, 1), date.fromordinal(following.toordinal() - 1))
    return date.fromisoformat(text)


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
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
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


QuoteResolution = Literal["explicit", "anaphor", "pronoun", "implicit", "unresolved"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement attributed to a speaker in one article: direct («...») or reported (قال إن ...).

    Spans are offsets into `Article.text` (into `Article.title` when `part` is "title").
    `speaker`/`speaker_span` are what the sentence itself names (empty/None for an implicit subject:
    «وأضاف أن ...»; the mention chosen instead where the speaker chooser overrules the rules' reading);
    `speaker_name` is who that resolves to (the last
    named speaker for pronouns, implicit subjects and anaphors such as «الصحيفة»), `speaker_key` its
    matching key (normalised surface, or an entity id when an alias resolver is given). `via` is the outlet,
    agency or document the statement was relayed through when the text says so («نقلت الصحيفة عن …»،
    «حسب وكالة …»).
    """

    article_id: str
    speaker: str
    speaker_span: Span | None
    speaker_name: str
    speaker_key: str
    resolution: QuoteResolution
    cue: str
    cue_span: Span
    content: str
    content_span: Span
    direct: bool
    via: str | None = None
    via_span: Span | None = None
    outlet: str | None = None
    part: Literal["text", "title"] = "text"  # "title": the spans index `Article.title` instead


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement reported by one or more articles/outlets (verbatim or paraphrased)."""

    id: str
    speaker_key: str
    speaker_name: str
    quotes: tuple[Quote, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The outlets (or article ids where the outlet is unknown) that report it, in first-seen order."""
        seen: dict[str, None] = {}
        for quote in self.quotes:
            seen.setdefault(quote.outlet or quote.article_id, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Family:
    """Near-duplicate articles (one wire dispatch reprinted with small edits) and the copy that stands for them.

    `representative` is the earliest member (the longest among equally early ones); `members` are article
    ids, representative first, then by publication time. `agency` is the wire agency when any member names it.
    """

    id: str
    representative: str
    members: tuple[str, ...]
    agency: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    """The grouping decision for one article: the story it joined (or opened) and how sure the grouper was.

    These pairs are all the store has to keep: the story state is rebuilt from them (`StoryClusterer.
    from_assignments`). `score` is the merge score of the story it joined (1.0 when it opened the story).
    """

    article_id: str
    story_id: str
    opened: bool
    score: float
    published: datetime | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event, possibly over several days and in several languages."""

    id: str
    article_ids: tuple[str, ...]
    first_published: datetime | None = None
    last_published: datetime | None = None
    title: str = ""  # the title of the article that opened the story
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()


EntityType = Literal["PERS", "LOC", "ORG", "MISC"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity as written in one article: `span` indexes `Article.text` (or the text recognised).

    `key` is the clitic-free matching key of the surface; `title` the title or role written just before a
    person (وزير الخارجية الأميركي), kept apart from the name; `sentence` the index of its sentence.
    """

    span: Span
    text: str
    type: EntityType
    sentence: int = 0
    article_id: str | None = None
    key: str = ""
    title: str | None = None
    score: float = 1.0
    entity: str = ""  # id of the canonical `Entity` the alias resolver put it in


@dataclass(slots=True)
class Entity:
    """One real-world entity across articles and outlets: its canonical name and every surface variant.

    `id` is stable for a given name and type (a slug of the canonical key), so two runs agree.
    """

    id: str
    name: str
    type: EntityType
    variants: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FactMention:
    """One sentence of one article that states a fact: `span` indexes `Article.text` (`Article.title` when
    `part` is "title")."""

    article_id: str
    sentence: int  # index into `Article.sentences` (-1 for the title)
    span: Span
    text: str
    outlet: str
    published: date | None = None
    part: Literal["text", "title"] = "text"

    def to_dict(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "sentence": self.sentence,
            "span": [self.span.start, self.span.end],
            "part": self.part,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Fact:
    """Sentences of a story's articles that state the same thing, across outlets and rewording.

    `outlets` are the outlets that state it; `sources` the independent sources: the members of one
    near-duplicate family (a wire dispatch reprinted) count once, under the family id. `dates` are the
    resolved dates of the time expressions its mentions carry.
    """

    id: str
    mentions: tuple[FactMention, ...]
    outlets: tuple[str, ...]
    sources: tuple[str, ...]
    centrality: float = 0.0
    dates: tuple[date, ...] = ()

    @property
    def corroboration(self) -> int:
        return len(self.sources)


DivergenceKind = Literal["number", "date", "weekday", "negation", "attribution", "modality"]


@dataclass(frozen=True, slots=True)
class Divergence:
    """Two aligned statements of one fact that disagree: `left`/`right` are the mentions, `values` what each
    says on the point of disagreement (``("12", "15")``, ``("الأربعاء", "الخميس")``)."""

    fact_id: str
    kind: DivergenceKind
    left: FactMention
    right: FactMention
    values: tuple[str, str]
    note: str = ""


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One extracted sentence of a brief with the outlets (and mentions) that support it."""

    text: str
    fact_id: str
    article_id: str
    span: Span
    citations: tuple[str, ...]  # outlets, the extracted one first
    supports: tuple[FactMention, ...] = ()
    sources: int = 1  # independent sources behind it


@dataclass(slots=True)
class Brief:
    """A cited summary of one story: headline, sentences, timeline, coverage, single-source claims and
    divergences. `to_dict()` / `to_markdown()` render it for the CLI, API and web UI."""

    story_id: str
    headline: str
    language: str
    sentences: list[BriefSentence]
    timeline: list[tuple[date, str, tuple[str, ...]]]  # (date, fact text, outlets)
    coverage: dict[str, dict[str, bool]]  # fact id -> outlet -> covered
    outlets: tuple[str, ...]
    single_source: list[BriefSentence]
    divergences: list[Divergence]
    budget_words: int = 120
    headline_article: str | None = None
    fact_labels: dict[str, str] = field(default_factory=dict)  # fact id -> short text (its central mention)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    def to_dict(self) -> dict[str, object]:
        def sentence(s: BriefSentence) -> dict[str, object]:
            return {
                "text": s.text,
                "fact": s.fact_id,
                "article_id": s.article_id,
                "span": [s.span.start, s.span.end],
                "citations": list(s.citations),
                "sources": s.sources,
            }

        return {
            "story": self.story_id,
            "headline": self.headline,
            "headline_article": self.headline_article,
            "language": self.language,
            "budget_words": self.budget_words,
            "words": self.words,
            "sentences": [sentence(s) for s in self.sentences],
            "timeline": [
                {"date": d.isoformat(), "fact": text, "outlets": list(outs)}
                for d, text, outs in self.timeline
            ],
            "outlets": list(self.outlets),
            "coverage": {f: dict(row) for f, row in self.coverage.items()},
            "facts": dict(self.fact_labels),
            "single_source": [sentence(s) for s in self.single_source],
            "divergences": [
                {
                    "fact": d.fact_id,
                    "kind": d.kind,
                    "values": list(d.values),
                    "note": d.note,
                    "left": d.left.to_dict(),
                    "right": d.right.to_dict(),
                }
                for d in self.divergences
            ],
        }

    def to_markdown(self) -> str:
        out = [f"# {self.headline}", ""]
        for s in self.sentences:
            out.append(f"{s.text} [{', '.join(s.citations)}]")
            out.append("")
        if self.timeline:
            out += ["## Timeline", ""]
            out += [f"- {d.isoformat()}: {text} [{', '.join(outs)}]" for d, text, outs in self.timeline]
            out.append("")
        if self.coverage:
            out += ["## Coverage", "", "| fact | " + " | ".join(self.outlets) + " |"]
            out.append("|---" * (len(self.outlets) + 1) + "|")
            for fact_id, row in self.coverage.items():
                label = self.fact_labels.get(fact_id, fact_id).replace("|", "/")[:80]
                cells = " | ".join("✓" if row.get(o) else "" for o in self.outlets)
                out.append(f"| {label} | {cells} |")
            out.append("")
        if self.single_source:
            out += ["## Single-source claims", ""]
            out += [f"- {s.text} [{', '.join(s.citations)}]" for s in self.single_source]
            out.append("")
        if self.divergences:
            out += ["## Divergences", ""]
            for d in self.divergences:
                out.append(
                    f"- {d.kind}: {d.left.outlet} «{d.values[0]}» vs {d.right.outlet} «{d.values[1]}»"
                    + (f" ({d.note})" if d.note else "")
                )
            out.append("")
        return "\n".join(out).rstrip() + "\n"
