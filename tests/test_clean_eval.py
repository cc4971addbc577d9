"""`evaluate_clean` on the shared gold sets, and its handling of malformed gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.clean import classify_lines, evaluate_clean
from khabar.errors import GoldFormatError

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the workplace's shared data), which is absent here")
    return path


def test_seeds_f1_above_floor() -> None:
    result = evaluate_clean(shared("seeds-gold", "lines.jsonl"), shared("seeds"))
    # Measured 0.971 (the site-generalising model of 2026-11; 0.993 before, by a model that fitted its
    # training sites more closely and scored 0.747 on unseen clean-dev pages); room for a retrained model.
    assert result["f1"] >= 0.95
    assert result["docs"] == 5
    assert set(result["per_doc"]) == {p.stem for p in shared("seeds").glob("*.txt")}


def test_clean_dev_scores(tmp_path: Path) -> None:
    result = evaluate_clean(shared("clean-dev", "lines.jsonl"), shared("clean-dev", "docs"))
    # In-sample (the model is trained on clean-dev): guards against a broken artefact, not a quality claim.
    # Measured 0.81: the regularised model fits its training pages less closely than the old one (0.876).
    assert result["f1"] >= 0.78
    assert result["lines"] == 16867


def write(tmp_path: Path, lines: list[str]) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "a.txt").write_text("عنوان\n\nنص الخبر هنا.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


GOOD = json.dumps({"doc": "a", "line": 1, "label": "title", "text": "عنوان"}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        (json.dumps({"doc": "a", "label": "body"}), "line 2: missing key(s) line"),
        (json.dumps({"doc": "a", "line": 3, "label": "main"}), "line 2: bad label 'main'"),
        (json.dumps({"doc": "a", "line": "3", "label": "body"}), "line 2: 'line' must be a positive integer"),
        (json.dumps(["a", 3]), "line 2: expected a JSON object"),
        (json.dumps({"doc": "../x", "line": 3, "label": "body"}), "line 2: 'doc' must be a plain"),
    ],
)
def test_malformed_gold_raises_naming_file_and_line(tmp_path: Path, bad: str, message: str) -> None:
    gold = write(tmp_path, [GOOD, bad])
    with pytest.raises(GoldFormatError) as info:
        evaluate_clean(gold, tmp_path / "docs")
    assert str(gold) in str(info.value)
    assert message in str(info.value)


def test_missing_doc_file_raises(tmp_path: Path) -> None:
    gold = write(tmp_path, [GOOD, json.dumps({"doc": "b", "line": 1, "label": "body"})])
    with pytest.raises(GoldFormatError, match="'b'"):
        evaluate_clean(gold, tmp_path / "docs")


def test_small_gold_scores_exactly(tmp_path: Path) -> None:
    gold = write(tmp_path, [GOOD, json.dumps({"doc": "a", "line": 3, "label": "body"})])
    result = evaluate_clean(gold, tmp_path / "docs")
    assert result["lines"] == 2 and result["docs"] == 1
    assert set(result) == {"precision", "recall", "f1", "lines", "docs", "per_doc"}


_LINE_CHARS = st.sampled_from(
    list("abc XYZ.,:!?؟،")
    + list("اأبتثجحخدذرسشصضطظعغفقكلمنهوية")
    + ["\u064b", "\u0640", "\t", "\r", "1", "©"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_LINE_CHARS, max_size=120) | st.text(max_size=40), max_size=30))
def test_classify_lines_covers_every_nonempty_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = classify_lines(text)
    expected = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    assert [line.number for line in result] == expected
    for line in result:
        assert line.span.slice(text) == line.text
        assert line.text.strip() == text.split("\n")[line.number - 1].strip()
        assert line.label in ("title", "body", "boilerplate")
        assert (line.segment == 0) == (line.label == "boilerplate")
