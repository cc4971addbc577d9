"""Turn the bytes of a document into text, or say in one line why that is not possible.

Arabic archives are full of windows-1256 and ISO-8859-6 pages and of UTF-16 exports from office tools, so
those get explicit handling; anything else goes through charset_normalizer.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from khabar.errors import InputError

__all__ = ["UndecodableError", "declared_charset", "decode_bytes"]


class UndecodableError(InputError):
    """Bytes that cannot be read as text (binary data, or no encoding fits)."""


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"\x7fELF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"SQLite format 3\x00",
    b"OggS",
    b"ID3",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp",
    b"\x28\xb5\x2f\xfd",
    b"wOFF",
    b"wOF2",
)
_RIFF = b"RIFF"

_SAMPLE = 64 * 1024
# Bytes that never occur in text files, whatever the single-byte encoding (tab, LF, FF, CR and ESC do).
_CONTROL = frozenset(
    set(range(0x01, 0x09)) | {0x0B} | set(range(0x0E, 0x1B)) | set(range(0x1C, 0x20)) | {0x7F}
)
_MAX_CONTROL_RATIO = 0.03

_ARABIC_LEGACY = ("cp1256", "iso8859-6")  # codecs.lookup() spellings
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; return ``(text, encoding)`` with newlines normalised to ``\\n``.

    `declared` is a charset the container claimed (an HTTP header, a ``<meta charset>``); it is tried
    right after the unambiguous signals (BOMs, UTF-16 layout, strict UTF-8), because declarations in old
    Arabic pages are often wrong.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data[len(bom) :].decode(name)), name
            except UnicodeDecodeError as exc:
                raise UndecodableError(
                    f"invalid {name} data after byte-order mark (byte {exc.start})"
                ) from None
    if not data:
        return "", "utf-8"
    if _has_magic(data):
        raise UndecodableError("binary file, not text")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise UndecodableError("binary file, not text")
        return utf16
    if _control_ratio(sample) > _MAX_CONTROL_RATIO:
        raise UndecodableError("binary file, not text")
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # A few broken sequences (a truncated download, one stray byte) should not send a UTF-8 page
        # through the legacy guessers, which would turn every Arabic letter into mojibake.
        return _newlines(data.decode("utf-8", errors="replace")), "utf-8"
    if declared:
        text = _try_declared(data, declared)
        if text is not None:
            return text
    return _legacy(data)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset>``), if any."""
    match = _CHARSET_RE.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.lstrip("\ufeff")


def _has_magic(data: bytes) -> bool:
    if data.startswith(_MAGIC):
        return True
    return data.startswith(_RIFF) and data[8:12] in (b"WAVE", b"AVI ", b"WEBP")


def _control_ratio(sample: bytes) -> float:
    count = sum(1 for byte in sample if byte in _CONTROL)
    return count / len(sample)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text shows NULs (ASCII) or 0x06 (Arabic) on one parity of byte positions only."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    even, odd = sample[0::2], sample[1::2]
    half = max(len(odd), 1)
    for high, low, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        zeros_high = high.count(0)
        zeros_low = low.count(0)
        arabic_high = high.count(0x06)
        if zeros_low > zeros_high // 20 or (zeros_high + arabic_high) / half < 0.5:
            continue
        try:
            text = data[: len(data) - (len(data) % 2)].decode(name)
        except UnicodeDecodeError:
            continue
        if _printable_ratio(text[:4096]) >= 0.95:
            return _newlines(text), name
    return None


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return good / len(text)


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = sum(1 for ch in text[:200_000] if ord(ch) > 0x7F and ch != "\ufffd")
    return bad <= 3 + len(text) // 2000 and non_ascii >= 10 * bad


def _try_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return None
    if name in ("utf-8", "ascii"):
        return None  # strict UTF-8 already failed, so the declaration is wrong
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if name in _ARABIC_LEGACY and _arabic_score(text) < 0.5:
        return None
    return _newlines(text), name


def _arabic_score(text: str) -> float:
    """How much `text` reads as Arabic: share of Arabic letters, plus how often «ال» occurs.

    Both Arabic code pages map their upper half to Arabic letters, but only the right one produces the
    article «ال» at the rate real Arabic has (about one word in three), so that breaks ties.
    """
    sample = text[:20_000]
    letters = len(_ANY_LETTER.findall(sample))
    if not letters:
        return 0.0
    arabic = len(_ARABIC_LETTER.findall(sample))
    words = max(len(sample.split()), 1)
    return arabic / letters + min(sample.count("ال") / words, 1.0)


def _legacy(data: bytes) -> tuple[str, str]:
    best_arabic: tuple[float, str, str] | None = None
    for name in _ARABIC_LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _arabic_score(text)
        if best_arabic is None or score > best_arabic[0]:
            best_arabic = (score, text, name)

    guess = charset_normalizer.from_bytes(data[:_SAMPLE]).best()
    guessed = codecs.lookup(guess.encoding).name if guess is not None else None
    if best_arabic is not None and best_arabic[0] >= 0.8:
        # Sanity check: when the bytes read as Arabic in an Arabic code page, trust that over a guesser
        # that may have picked cp1250 or mac_arabic on a short sample.
        if guessed in _ARABIC_LEGACY and guessed != best_arabic[2]:
            try:
                alt = data.decode(guessed)
            except UnicodeDecodeError:
                alt = None
            if alt is not None and _arabic_score(alt) > best_arabic[0]:
                return _newlines(alt), guessed
        return _newlines(best_arabic[1]), best_arabic[2]
    if guessed is None:
        raise UndecodableError("unknown text encoding (not UTF-8, UTF-16 or an Arabic code page)")
    text = data.decode(guessed, errors="replace")
    if _printable_ratio(text[:4096]) < 0.9:
        raise UndecodableError("binary file, not text")
    return _newlines(text), guessed
