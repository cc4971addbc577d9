"""A searchable copy of a text with diacritics and tatweel removed, mapped back to the original offsets.

Date patterns are written once in plain spelling; folding lets them match غداً، الإثنين or ٢٠١٦ too, while
the spans still point into the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from khabar.arabic.normalize import DIACRITICS, IGNORABLE

__all__ = ["Folded", "fold", "fold_literal"]

_ONE_TO_ONE = str.maketrans(
    {
        **dict.fromkeys("أإآٱ", "ا"),
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "\u066b": ".",
        "\u066c": ",",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_DROPPED = re.compile(f"[{re.escape(DIACRITICS + IGNORABLE)}]+")


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    # (offset in folded text, offset in original) at the start of each kept run, ascending
    _starts: tuple[int, ...]
    _origins: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The original offset of the folded character at `offset`."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._origins[i] + offset - self._starts[i]

    def end(self, offset: int) -> int:
        """The original end offset for a folded range ending at `offset`."""
        return self.start(offset - 1) + 1 if offset > 0 else 0


def fold(text: str) -> Folded:
    mapped = text.translate(_ONE_TO_ONE)
    starts, origins, pieces = [0], [0], []
    position = length = 0
    for m in _DROPPED.finditer(mapped):
        pieces.append(mapped[position : m.start()])
        length += m.start() - position
        position = m.end()
        starts.append(length)
        origins.append(position)
    pieces.append(mapped[position:])
    return Folded("".join(pieces), tuple(starts), tuple(origins))


def fold_literal(pattern: str) -> str:
    """Fold the Arabic letters of a regex pattern the same way as the searched text."""
    return pattern.translate(_ONE_TO_ONE)
