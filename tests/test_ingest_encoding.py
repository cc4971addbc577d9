"""decode_bytes: BOMs, UTF-16 without BOM, Arabic code pages, binary refusal, newline normalisation."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.errors import InputError
from khabar.ingest import UndecodableError, decode_bytes
from khabar.ingest.encoding import declared_charset

ARABIC = "ذكرت صحيفة واشنطن بوست الأميركية الخميس أن واشنطن ستعرض على موسكو التعاون العسكري.\n"


def test_undecodable_error_is_an_input_error() -> None:
    assert issubclass(UndecodableError, InputError)


def test_strict_utf8() -> None:
    assert decode_bytes(ARABIC.encode("utf-8")) == (ARABIC, "utf-8")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    text, name = decode_bytes(bom + ARABIC.encode(codec))
    assert (text, name) == (ARABIC, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    assert decode_bytes((ARABIC * 3).encode(codec)) == (ARABIC * 3, codec)


def test_utf16_without_bom_ascii() -> None:
    text = "Moscow - AFP\nThe minister said on Thursday.\n"
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")


def test_windows_1256() -> None:
    text, name = decode_bytes((ARABIC * 2).encode("cp1256"))
    assert text == ARABIC * 2
    assert name == "cp1256"


def test_iso_8859_6() -> None:
    sample = "قال الرئيس ان الحكومة ستعمل على حل المشكلة في اقرب وقت ممكن\n" * 2
    text, name = decode_bytes(sample.encode("iso8859-6"))
    assert text == sample
    assert name == "iso8859-6"


def test_declared_charset_is_used_after_utf8() -> None:
    data = ARABIC.encode("cp1256")
    assert decode_bytes(data, declared="windows-1256") == (ARABIC, "cp1256")


def test_mostly_utf8_with_a_stray_byte() -> None:
    data = (ARABIC * 20).encode("utf-8") + b"\xff" + ARABIC.encode("utf-8")
    text, name = decode_bytes(data)
    assert name == "utf-8"
    assert text.startswith(ARABIC)


def test_newlines_are_normalised() -> None:
    assert decode_bytes("سطر\r\nسطر\rسطر".encode())[0] == "سطر\nسطر\nسطر"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"PK\x03\x04" + b"\x00" * 40,
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        b"\xff\xd8\xff\xe0" + b"JFIF",
        b"\x7fELF\x02\x01\x01" + b"\x00" * 40,
        bytes(range(256)) * 8,
        b"abc\x00\x01\x02\x00\x00\xff\x10\x00",
        b"text \x01\x02\x03\x04\x05\x06\x07\x08 more \x0e\x0f\x10\x11\x12",
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(UndecodableError, match="binary file, not text"):
        decode_bytes(data)


def test_bad_utf16_after_bom_gives_reason() -> None:
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00")


def test_declared_charset_in_meta() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1256">') == "windows-1256"
    head = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">'
    assert declared_charset(head) == "iso-8859-6"
    assert declared_charset(b"<html><body>") is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_bytes_only_raises_undecodable(data: bytes) -> None:
    try:
        text, name = decode_bytes(data)
    except UndecodableError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)
        assert "\r" not in text
        assert name
