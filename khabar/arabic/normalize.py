"""Matching keys for Arabic text.

`normalize` folds the spelling variation that differs between outlets (hamza seats, alef maqsura, ta
marbuta, diacritics, tatweel, digit shapes, quote and dash shapes) so two spellings of one word get one key.
The key is lossy on purpose and must never be shown to a reader.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["DIACRITICS", "IGNORABLE", "normalize", "to_ascii_digits"]

# Harakat, tanween, shadda, sukun, small high/low marks, superscript alef and the Quranic annotation signs:
# outlets vocalise inconsistently, so none of these may change a key.
DIACRITICS = (
    "".join(map(chr, range(0x0610, 0x061B)))
    + "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670"
    + "".join(map(chr, range(0x06D6, 0x06EE)))
    + "\u08d3\u08e1"
    + "".join(map(chr, range(0x08D4, 0x0900)))
)
# Invisible characters that CMS editors and bidi handling leave between letters of one word.
IGNORABLE = (
    "\u0640"  # tatweel (kashida): typographic stretching only
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
_SEPARATORS = {0x066B: ".", 0x066C: ","}  # Arabic decimal and thousands separators
_DIGIT_TABLE = _DIGITS | _SEPARATORS

_QUOTES = "«»“”„‟″‶‹›‘’‚‛′‵〝〞〟＂'`´"
_DASHES = "‐‑‒–—―−⁃﹘﹣－⸺⸻"

_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ٵ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh, common in text typed on Persian keyboards
    "ې": "ي",
    "ک": "ك",  # Persian keheh
    "ؤ": "و",
    "ئ": "ي",
    "ە": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "٪": "%",
}

_BASE_TABLE: dict[int, str | None] = (
    dict.fromkeys(map(ord, DIACRITICS + IGNORABLE))
    | {ord(k): v for k, v in _LETTERS.items()}
    | _DIGIT_TABLE
    | {ord(q): '"' for q in _QUOTES}
    | {ord(d): "-" for d in _DASHES}
)
_TABLE_TA = _BASE_TABLE | {ord("ة"): "ه"}
_TABLE_NO_TA = _BASE_TABLE

_SHORT = 200  # below this many characters str.translate is as fast


class _Replacer:
    """`text.translate(table)` for long texts: find the few characters present that the table changes, then
    one `str.replace` each. str.translate looks every character up in the dict (slow on whole articles);
    this is equivalent because no replacement is itself a character the table changes (checked here)."""

    def __init__(self, table: dict[int, str | None]) -> None:
        self.table = table
        self.replacements = {chr(k): v or "" for k, v in table.items()}
        if any(c in self.replacements for v in self.replacements.values() for c in v):
            raise ValueError("a replacement would be replaced again")
        self.pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(self.replacements)) + "]")

    def __call__(self, text: str) -> str:
        if len(text) < _SHORT:
            return text.translate(self.table)
        for char in set(self.pattern.findall(text)):
            text = text.replace(char, self.replacements[char])
        return text


_TRANSLATE_TA = _Replacer(_TABLE_TA)
_TRANSLATE_NO_TA = _Replacer(_TABLE_NO_TA)

# NFKC would expand the multiple primes into several quote marks; map them to one quote first.
_BEFORE_NFKC = str.maketrans(dict.fromkeys("″‶‴⁗", '"'))
_PRIMES = re.compile("[″‶‴⁗]")
_SPACES = re.compile(r"\s+")


def normalize(text: str, *, ta_marbuta: bool = True) -> str:
    """The matching key of `text`; see the module docstring. Idempotent."""
    table = _TABLE_TA if ta_marbuta else _TABLE_NO_TA
    if text.isascii():
        # Most Latin/number tokens: only case and spacing can change.
        key = text.casefold().translate(table)
        return _SPACES.sub(" ", key).strip() if not key.isalnum() else key
    if _PRIMES.search(text):
        text = text.translate(_BEFORE_NFKC)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    key = (_TRANSLATE_TA if ta_marbuta else _TRANSLATE_NO_TA)(text).casefold()
    # Removing a mark can bring together characters that NFKC composes (e + tatweel + acute), and
    # NFKC/casefold can produce marks again, so repeat until the key is stable.
    for _ in range(4):
        if unicodedata.is_normalized("NFKC", key):
            break
        key = unicodedata.normalize("NFKC", key).translate(table).casefold()
    return " ".join(key.split())


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits and the Arabic decimal/thousands separators as ASCII; same length."""
    return text.translate(_DIGIT_TABLE)
