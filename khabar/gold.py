"""Reading gold files for `khabar eval`: one reader, one kind of error message for every evaluator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.errors import GoldFormatError


def gold_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSON Lines gold file.

    Raises `GoldFormatError` naming the file (and line) when it cannot be read, is not UTF-8, or a line is
    not a JSON object.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    with handle:
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise GoldFormatError(f"{path}, line {number}: not UTF-8 text") from exc
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{path}, line {number}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise GoldFormatError(f"{path}, line {number}: expected a JSON object")
            yield number, record
