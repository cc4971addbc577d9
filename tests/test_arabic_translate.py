"""normalize's fast character mapping for long texts is str.translate, character for character."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

normalize_module = importlib.import_module("khabar.arabic.normalize")
TABLES = [normalize_module._TABLE_TA, normalize_module._TABLE_NO_TA]
REPLACERS = [normalize_module._TRANSLATE_TA, normalize_module._TRANSLATE_NO_TA]
MAPPED = "".join(chr(k) for k in sorted(TABLES[0]))
CHARS = st.sampled_from(list(MAPPED + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءة\n 0123456789abcXYZ\"-'"))


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=CHARS, min_size=0, max_size=900))
def test_replacer_is_translate(text: str) -> None:
    for table, replacer in zip(TABLES, REPLACERS, strict=True):
        assert replacer(text) == text.translate(table)


def test_long_article_text_normalises_as_before() -> None:
    text = "أعلنت وزارةُ الخارجيّة «السعودية» إلى ٢٠١٦ — مؤتمر ـــ القاهرة. " * 20
    key = normalize_module.normalize(text)
    one = normalize_module.normalize(text[:64])  # short: str.translate itself
    assert one == 'اعلنت وزاره الخارجيه "السعوديه" الي 2016 - موتمر القاهره.'
    assert key == " ".join([one] * 20)
    assert "ة" not in key and "أ" not in key and "٢" not in key and "\u064f" not in key
