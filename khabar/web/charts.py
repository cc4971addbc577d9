"""Small server-side charts as inline SVG: no script, no library, nothing fetched.

Pure functions from counts to an SVG string. Every chart carries `role="img"`, an `aria-label` and a
`<title>` that say what it shows in words, and every text in it is escaped. Time runs left to right (the
SVG is `dir="ltr"` inside the right-to-left page) and the axis says so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

PALETTE = ("#1f6f8b", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#2e4057", "#99582a", "#00798c")
OTHER_COLOUR = "#9aa5b1"
AXIS_NOTE = "الزمن من اليسار إلى اليمين"


NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def esc(value: object) -> str:
    """Text for an SVG attribute or element: escaped, without the characters XML does not allow."""
    return html.escape(NOT_XML.sub("", str(value)), quote=True)


def parse_day(value: str | date) -> date:
    """A day from an ISO date or timestamp (its first ten characters) or a date."""
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return date.fromisoformat(value[:10])


def day_span(start: date, end: date) -> list[date]:
    """Every day from `start` to `end`, both included (empty when end < start)."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


@dataclass(frozen=True, slots=True)
class Bin:
    start: date
    end: date  # included

    @property
    def label(self) -> str:
        return self.start.isoformat() if self.start == self.end else f"{self.start} … {self.end}"


def bins(start: date, end: date, max_bins: int) -> list[Bin]:
    """Consecutive bins of whole days covering [start, end], at most `max_bins` of equal width."""
    days = (end - start).days + 1
    if days <= 0:
        return []
    width = -(-days // max(max_bins, 1))
    return [
        Bin(start + timedelta(days=i), min(start + timedelta(days=i + width - 1), end))
        for i in range(0, days, width)
    ]


def _bin_index(day: date, start: date, width: int) -> int:
    return (day - start).days // width


def _svg(width: int, height: int, label: str, body: str, css_class: str) -> str:
    return (
        f'<svg class="{css_class}" xmlns="http://www.w3.org/2000/svg" role="img" direction="ltr" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(label)}">'
        f"<title>{esc(label)}</title>{body}</svg>"
    )


def sparkline(
    counts: Sequence[tuple[str | date, int]],
    *,
    start: date | None = None,
    end: date | None = None,
    min_days: int = 7,
    width: int = 112,
    height: int = 22,
    what: str = "مقالة",
) -> str:
    """Bars of a count per day (`counts`: (day, n), days may repeat) from `start` to `end` (default: the
    first and last day counted, widened to `min_days` ending on the last). Empty string for no counts."""
    per_day: dict[date, int] = {}
    for day, n in counts:
        per_day[parse_day(day)] = per_day.get(parse_day(day), 0) + int(n)
    if not per_day:
        return ""
    last = end or max(per_day)
    first = start or min(min(per_day), last - timedelta(days=max(min_days, 1) - 1))
    groups = bins(first, last, max_bins=width // 3)
    step = (groups[0].end - groups[0].start).days + 1
    totals = [0] * len(groups)
    for day, n in per_day.items():
        if first <= day <= last:
            totals[_bin_index(day, first, step)] += n
    peak = max(max(totals), 1)
    bar = width / len(groups)
    rects = []
    for i, (group, total) in enumerate(zip(groups, totals, strict=True)):
        h = 0 if total == 0 else max(1.5, (height - 2) * total / peak)
        rects.append(
            f'<rect x="{i * bar:.1f}" y="{height - 1 - h:.1f}" width="{max(bar - 1, 0.8):.1f}" height="{h:.1f}">'
            f"<title>{esc(group.label)}: {total} {esc(what)}</title></rect>"
        )
    baseline = f'<line x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}" class="axis"/>'
    label = f"{what} في اليوم من {first} إلى {last} (الأعلى {peak})"
    return _svg(width, height, label, baseline + "".join(rects), "spark")


def _ticks(first: date, last: date, left: float, right: float, y: float, count: int = 5) -> str:
    """Date labels under a time axis: the first and last day and up to `count - 2` between."""
    days = (last - first).days
    if days <= 0:
        picks = [first]
    else:
        picks = list(
            dict.fromkeys(first + timedelta(days=round(days * i / (count - 1))) for i in range(count))
        )

    def x(day: date) -> float:
        return left if days <= 0 else left + (right - left) * (day - first).days / days

    parts = []
    for i, day in enumerate(picks):
        anchor = (
            "start"
            if i == 0 and len(picks) > 1
            else "end"
            if i == len(picks) - 1 and len(picks) > 1
            else "middle"
        )
        parts.append(
            f'<line x1="{x(day):.1f}" y1="{y}" x2="{x(day):.1f}" y2="{y + 4}" class="axis"/>'
            f'<text x="{x(day):.1f}" y="{y + 15}" text-anchor="{anchor}">{day.isoformat()}</text>'
        )
    return "".join(parts)


def timeline_plot(
    points: Sequence[tuple[str | date, str, str]], *, width: int = 720, row: int = 16, max_rows: int = 6
) -> str:
    """The dated facts of a story on a time axis: `points` are (day, text, link). Each point is a link
    with its day and text as its title and its number (1-based, in the given order) beside it; points of
    one day stack upwards (past `max_rows`, the rest of that day share the top row)."""
    if not points:
        return ""
    days = [parse_day(day) for day, _, _ in points]
    first, last = min(days), max(days)
    left, right = 24.0, width - 24.0
    stacked: dict[date, int] = {}
    levels = []
    for day in days:
        levels.append(min(stacked.get(day, 0), max_rows - 1))
        stacked[day] = stacked.get(day, 0) + 1
    top = max(levels) + 1
    axis_y = 10 + top * row + 6
    height = int(axis_y + 36)
    span = (last - first).days

    def x(day: date) -> float:
        return (left + right) / 2 if span == 0 else left + (right - left) * (day - first).days / span

    marks = []
    for number, ((when, text, link), day, level) in enumerate(zip(points, days, levels, strict=True), 1):
        cx, cy = x(day), axis_y - 8 - level * row
        label = (
            when.isoformat() if isinstance(when, date) else day.isoformat()
        )  # a Period keeps its precision
        marks.append(
            f'<a href="{esc(link)}"><title>{label}: {esc(text)}</title>'
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5"/>'
            f'<text x="{cx + 8:.1f}" y="{cy + 4:.1f}" class="n">{number}</text></a>'
        )
    axis = f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" class="axis"/>'
    note = f'<text x="{width / 2:.0f}" y="{height - 2}" text-anchor="middle" class="note">{esc(AXIS_NOTE)} →</text>'
    label = f"التسلسل الزمني: {len(points)} حدثاً مؤرخاً من {first} إلى {last}"
    return _svg(
        width,
        height,
        label,
        axis + _ticks(first, last, left, right, axis_y) + "".join(marks) + note,
        "plot timeline-plot",
    )


def stacked_bars(
    rows: Sequence[tuple[str | date, str, int]],
    *,
    width: int = 720,
    height: int = 180,
    max_groups: int = 6,
    what: str = "ذكر",
) -> str:
    """Counts per day stacked by group (`rows`: (day, group, n)), the `max_groups` largest groups in
    colour and the rest as one grey "أخرى"; a legend names the colours. Empty string for no rows."""
    if not rows:
        return ""
    totals: dict[str, int] = {}
    for _, group, n in rows:
        totals[group] = totals.get(group, 0) + int(n)
    ranked = sorted(totals, key=lambda g: (-totals[g], g))
    shown = ranked[:max_groups] if len(ranked) <= max_groups else ranked[: max_groups - 1]
    other = "أخرى" if len(ranked) > len(shown) else None
    colour = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(shown)}
    days = [parse_day(day) for day, _, _ in rows]
    first, last = min(days), max(days)
    left, right, top = 36.0, width - 12.0, 8.0
    order = [*shown, *([other] if other else [])]
    totals_shown = {g: totals[g] for g in shown} | (
        {other: sum(totals[g] for g in ranked[len(shown) :])} if other else {}
    )
    legend_rows = -(-len(order) // 4)
    axis_y = height - 34 - 16 * legend_rows
    groups = bins(first, last, max_bins=int((right - left) // 4))
    step = (groups[0].end - groups[0].start).days + 1
    stacks: list[dict[str, int]] = [{} for _ in groups]
    for (_, group, n), parsed in zip(rows, days, strict=True):
        key = group if group in colour else str(other)
        stack = stacks[_bin_index(parsed, first, step)]
        stack[key] = stack.get(key, 0) + int(n)
    peak = max(max((sum(s.values()) for s in stacks), default=1), 1)
    bar = (right - left) / len(groups)
    parts = [
        f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" class="axis"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{axis_y}" class="axis"/>',
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{axis_y}" text-anchor="end">0</text>',
    ]
    scale = (axis_y - top) / peak
    for i, (group_bin, stack) in enumerate(zip(groups, stacks, strict=True)):
        y = axis_y
        for key in order:
            n = stack.get(key, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            fill = colour.get(key, OTHER_COLOUR)
            parts.append(
                f'<rect x="{left + i * bar:.1f}" y="{y:.1f}" width="{max(bar - 1, 0.8):.1f}" height="{h:.1f}" '
                f'fill="{fill}"><title>{esc(group_bin.label)} · {esc(key)}: {n} {esc(what)}</title></rect>'
            )
    centre = (groups[0].start, groups[-1].end)
    parts.append(_ticks(centre[0], centre[1], left + bar / 2, right - bar / 2, axis_y))
    legend_y = axis_y + 34
    for i, key in enumerate(order):
        lx = left + (i % 4) * ((right - left) / 4)
        ly = legend_y + (i // 4) * 16
        parts.append(
            f'<rect x="{lx:.1f}" y="{ly - 9}" width="10" height="10" fill="{colour.get(key, OTHER_COLOUR)}"/>'
            f'<text x="{lx + 14:.1f}" y="{ly}">{esc(key)} ({totals_shown[key]})</text>'
        )
    parts.append(
        f'<text x="{width / 2:.0f}" y="{height - 2}" text-anchor="middle" class="note">{esc(AXIS_NOTE)} →</text>'
    )
    total = sum(totals.values())
    label = f"{what} في اليوم من {first} إلى {last}: {total} في المجموع، حسب المصدر"
    return _svg(width, height, label, "".join(parts), "plot bars")
