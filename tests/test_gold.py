from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import GoldFormatError
from khabar.gold import gold_records


def test_records_skip_blank_lines_and_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"a": 1}\n\n  \n{"b": "ب"}\n', "utf-8")
    assert list(gold_records(path)) == [(1, {"a": 1}), (4, {"b": "ب"})]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"a": 1}\n{broken\n', "line 2: not valid JSON"),
        (b'{"a": 1}\n[1, 2]\n', "line 2: expected a JSON object"),
        (b'{"a": 1}\n{"b": "\xff\xfe"}\n', "line 2: not UTF-8"),
    ],
)
def test_malformed_gold_names_the_file_and_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(content)
    with pytest.raises(GoldFormatError, match=message) as caught:
        list(gold_records(path))
    assert str(path) in str(caught.value)


def test_a_missing_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        list(gold_records(tmp_path / "absent.jsonl"))
