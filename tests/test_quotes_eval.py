"""`evaluate_quotes` on the seed pages, and its handling of malformed gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.analyse.quotes import evaluate_quotes, read_quote_gold
from khabar.errors import GoldFormatError

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

# Measured on the seeds (68 gold quotes): detection F1 0.882, attribution F1 0.866; floors leave a margin.
DETECTION_FLOOR = 0.83
ATTRIBUTION_FLOOR = 0.81


def _seeds() -> tuple[Path, Path]:
    gold, docs = DATA / "seeds-gold" / "quotes.jsonl", DATA / "seeds"
    if not gold.exists() or not docs.exists():
        pytest.skip(f"needs the shared seed data at {DATA} (seeds/ and seeds-gold/), which is absent here")
    return gold, docs


def test_seed_scores_stay_above_the_measured_floor() -> None:
    gold, docs = _seeds()
    result = evaluate_quotes(gold, docs)
    assert result["gold"] == 68
    assert result["detection"]["f1"] >= DETECTION_FLOOR, result["detection"]
    assert result["attribution"]["f1"] >= ATTRIBUTION_FLOOR, result["attribution"]
    assert result["attribution"]["f1"] <= result["detection"]["f1"]
    assert set(result) >= {"detection", "attribution", "gold", "predicted"}
    for key in ("detection", "attribution"):
        assert set(result[key]) == {"precision", "recall", "f1"}


def _page(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d1.txt").write_text(
        "عنوان الخبر\nوقال وزير الخارجية سامح شكري إن مصر تدعم الحل السياسي للأزمة.\n", encoding="utf-8"
    )
    return docs


def _gold(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "quotes.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    )
    return path


GOOD = {
    "doc": "d1",
    "line": 2,
    "speaker": "سامح شكري",
    "speaker_entity": "sameh-shoukry",
    "cue": "قال",
    "content": "مصر تدعم الحل السياسي للأزمة",
    "direct": False,
}


def test_a_small_gold_file_scores_end_to_end(tmp_path: Path) -> None:
    docs = _page(tmp_path)
    gold = _gold(tmp_path, GOOD)
    (tmp_path / "entities.jsonl").write_text(
        json.dumps({"doc": "d1", "line": 2, "text": "سامح شكري", "type": "PER", "entity": "sameh-shoukry"}),
        encoding="utf-8",
    )
    result = evaluate_quotes(gold, docs)
    assert result["gold"] == 1
    assert result["detection"]["recall"] == 1.0
    assert result["attribution"]["recall"] == 1.0


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ({k: v for k, v in GOOD.items() if k != "speaker_entity"}, "missing key"),
        ({**GOOD, "line": 0}, "'line'"),
        ({**GOOD, "doc": "../etc"}, "'doc'"),
        ({**GOOD, "direct": "yes"}, "'direct'"),
        ({**GOOD, "content_start": -3}, "content_start"),
        ({**GOOD, "content": "نص غير موجود في السطر"}, "not in line"),
        ({**GOOD, "line": 99}, "past the end"),
    ],
)
def test_malformed_gold_raises_naming_file_and_line(tmp_path: Path, record: object, message: str) -> None:
    docs = _page(tmp_path)
    gold = _gold(tmp_path, GOOD, record)
    with pytest.raises(GoldFormatError) as err:
        evaluate_quotes(gold, docs)
    assert str(gold) in str(err.value) and message in str(err.value)
    if "line 2" not in str(err.value):
        assert "line" in str(err.value)


def test_missing_document_and_empty_gold_raise(tmp_path: Path) -> None:
    docs = _page(tmp_path)
    with pytest.raises(GoldFormatError, match="has no file"):
        evaluate_quotes(_gold(tmp_path, {**GOOD, "doc": "d2"}), docs)
    with pytest.raises(GoldFormatError, match="no gold records"):
        read_quote_gold(_gold(tmp_path, ""))
    with pytest.raises(GoldFormatError, match="cannot read"):
        read_quote_gold(tmp_path / "absent.jsonl")
