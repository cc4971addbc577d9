"""Reading gold files for `khabar eval`: one reader, one kind of error message for every evaluator."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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


def gold_pages(gold: Path, docs: Path, names: Iterable[str]) -> dict[str, str]:
    """The text of `docs/NAME.txt` for every document a gold file names (UTF-8, as the gold sets are).

    A missing or unreadable page is an error in the gold set, reported against the gold file.
    """
    pages: dict[str, str] = {}
    for name in names:
        path = docs / f"{name}.txt"
        try:
            pages[name] = path.read_bytes().decode("utf-8")
        except FileNotFoundError as exc:
            raise GoldFormatError(f"{gold}: document {name!r} has no file {path}") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(f"{gold}: document {name!r}: cannot read {path} as UTF-8 ({exc})") from exc
    return pages
