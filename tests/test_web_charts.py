"""The inline SVG charts: well-formed, accessible, escaped, and drawing the counts they are given."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.web.charts import NOT_XML, bins, day_span, sparkline, stacked_bars, timeline_plot

SVG = "{http://www.w3.org/2000/svg}"
DAY0 = date(2015, 7, 20)

day_counts = st.lists(
    st.tuples(st.integers(0, 60).map(lambda i: DAY0 + timedelta(days=i)), st.integers(1, 40)),
    min_size=1,
    max_size=30,
)
texts = st.text(min_size=0, max_size=40)


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # raises on anything that is not well-formed XML
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img" and root.get("aria-label")
    assert root.find(SVG + "title") is not None and root.find(SVG + "title").text == root.get("aria-label")
    assert root.get("direction") == "ltr"  # inherited by every text: time reads left to right
    return root


def bar_counts(root: ET.Element) -> list[int]:
    """The count each bar's tooltip states (…: N word)."""
    return [
        int(re.search(r": (\d+) ", rect.find(SVG + "title").text).group(1))  # type: ignore[union-attr]
        for rect in root.iter(SVG + "rect")
        if rect.find(SVG + "title") is not None
    ]


@settings(max_examples=60, deadline=None)
@given(start=st.integers(0, 400), length=st.integers(1, 500), max_bins=st.integers(1, 80))
def test_bins_cover_every_day_once(start: int, length: int, max_bins: int) -> None:
    first = DAY0 + timedelta(days=start)
    last = first + timedelta(days=length - 1)
    found = bins(first, last, max_bins)
    assert 1 <= len(found) <= max_bins
    covered = [day for b in found for day in day_span(b.start, b.end)]
    assert covered == day_span(first, last)


@settings(max_examples=60, deadline=None)
@given(counts=day_counts)
def test_a_sparkline_draws_every_article_once_and_scales_to_its_peak(counts: list[tuple[date, int]]) -> None:
    root = parse(sparkline(counts))
    drawn = bar_counts(root)
    assert sum(drawn) == sum(n for _, n in counts)
    heights = [float(r.get("height", 0)) for r in root.iter(SVG + "rect")]
    assert max(heights) <= float(root.get("height", 0))
    # the tallest bar is a bar with the largest count
    tallest = max(range(len(heights)), key=lambda i: heights[i])
    assert drawn[tallest] == max(drawn)
    assert str(max(drawn)) in root.get("aria-label", "")


def test_a_sparkline_spans_at_least_a_week_and_nothing_for_no_data() -> None:
    assert sparkline([]) == ""
    root = parse(sparkline([("2015-07-26T10:00:00", 3)]))
    assert len(list(root.iter(SVG + "rect"))) == 7  # six empty days before the one counted
    assert "2015-07-20" in root.get("aria-label", "") and "2015-07-26" in root.get("aria-label", "")


@settings(max_examples=60, deadline=None)
@given(
    points=st.lists(
        st.tuples(st.integers(0, 30).map(lambda i: DAY0 + timedelta(days=i)), texts), min_size=1, max_size=25
    )
)
def test_every_timeline_point_is_a_labelled_link(points: list[tuple[date, str]]) -> None:
    svg = timeline_plot([(day, text, f"#tl-{i}") for i, (day, text) in enumerate(points, 1)])
    root = parse(svg)
    links = list(root.iter(SVG + "a"))
    assert len(links) == len(points) == len(list(root.iter(SVG + "circle")))
    for i, (link, (day, text)) in enumerate(zip(links, points, strict=True), 1):
        assert link.get("href") == f"#tl-{i}"
        expected = f"{day.isoformat()}: {NOT_XML.sub('', text)}".replace("\r\n", "\n").replace("\r", "\n")
        assert link.find(SVG + "title").text == expected  # type: ignore[union-attr]
    # the axis names its direction and its first and last day
    labels = [t.text for t in root.iter(SVG + "text")]
    assert min(d for d, _ in points).isoformat() in labels and max(d for d, _ in points).isoformat() in labels
    assert any("اليسار إلى اليمين" in (t or "") for t in labels)


def test_timeline_later_days_lie_further_right() -> None:
    root = parse(
        timeline_plot([("2015-07-20", "أ", "#1"), ("2015-07-25", "ب", "#2"), ("2015-07-22", "ج", "#3")])
    )
    xs = [float(c.get("cx", 0)) for c in root.iter(SVG + "circle")]
    assert xs[0] < xs[2] < xs[1]


def test_markup_in_labels_is_inert() -> None:
    svg = timeline_plot([("2015-07-20", '<script>alert("x")</script>&', 'javascript:x" onload="y')])
    assert "<script>" not in svg and 'onload="y"' not in svg
    root = parse(svg)
    assert root.find(f".//{SVG}a/{SVG}title").text.endswith('<script>alert("x")</script>&')  # type: ignore[union-attr]
    assert timeline_plot([]) == ""


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 90).map(lambda i: (DAY0 + timedelta(days=i)).isoformat()),
            st.sampled_from(["سبق", "الرياض", "عكاظ", "الوطن", "مكة", "اليوم", "الجزيرة", "<b>"]),
            st.integers(1, 25),
        ),
        min_size=1,
        max_size=60,
    ),
    max_groups=st.integers(2, 6),
)
def test_stacked_bars_keep_every_count_and_at_most_max_groups_colours(
    rows: list[tuple[str, str, int]], max_groups: int
) -> None:
    root = parse(stacked_bars(rows, max_groups=max_groups))
    assert sum(bar_counts(root)) == sum(n for _, _, n in rows)
    legend = [r for r in root.iter(SVG + "rect") if r.find(SVG + "title") is None]
    assert len(legend) == min(len({g for _, g, _ in rows}), max_groups)
    assert stacked_bars([]) == ""
