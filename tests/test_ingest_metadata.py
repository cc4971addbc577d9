"""Pure metadata finders on literal Arabic strings and on the seed pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ingest import (
    canonical_agency,
    detect_language,
    find_byline,
    find_dateline,
    find_outlet,
    find_url,
)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


@pytest.mark.parametrize(
    ("text", "place", "agency", "covered"),
    [
        ("موسكو - الفرنسية\nقال الوزير", "موسكو", "AFP", "موسكو - الفرنسية"),
        ("واشنطن- الاناضول\nأعلن", "واشنطن", "Anadolu", "واشنطن- الاناضول"),
        ("الرياض - واس\nرعى", "الرياض", "Saudi Press Agency", "الرياض - واس"),
        ("موسكو (رويترز) - قال الكرملين", "موسكو", "Reuters", "موسكو (رويترز) -"),
        ("القاهرة – د ب أ\nقالت", "القاهرة", "DPA", "القاهرة – د ب أ"),
        ("بيروت (أ ف ب) - أعلن", "بيروت", "AFP", "بيروت (أ ف ب) -"),
        ("العنوان\nالقاهرة، 5 مايو (رويترز) - قال", "القاهرة", "Reuters", "القاهرة، 5 مايو (رويترز) -"),
        ("دبي - وام\nأكد", "دبي", "WAM", "دبي - وام"),
        ("MOSCOW (Reuters) - The Kremlin said", "MOSCOW", "Reuters", "MOSCOW (Reuters) -"),
    ],
)
def test_dateline_with_place(text: str, place: str, agency: str, covered: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert found.span.slice(text) == covered


@pytest.mark.parametrize(
    ("text", "agency", "covered"),
    [
        ("قال المتحدث (أ ف ب) إن", "AFP", "(أ ف ب)"),
        ("أ.ف.ب\nقال المتحدث", "AFP", "أ.ف.ب"),
        ("قال مسؤول أمريكي - (رويترز)", "Reuters", "- (رويترز)"),
        ("العنوان\nذكرت وكالة فرانس برس أن", "AFP", "وكالة فرانس برس"),
        ("عنوان\nنقلت وكالة سبوتنيك عن", "Sputnik", "وكالة سبوتنيك"),
    ],
)
def test_dateline_without_place(text: str, agency: str, covered: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.place is None
    assert found.agency == agency
    assert found.span.slice(text) == covered


@pytest.mark.parametrize(
    "text",
    [
        "| الوطن – وكالات\nنص الخبر",
        "قالت الخارجية الفرنسية إن الوزير سيزور المنطقة",
        "واشنطن بوست: خطة أمريكية روسية مشتركة",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("الفرنسية", "AFP"),
        ("أ ف ب", "AFP"),
        ("أ.ف.ب", "AFP"),
        ("ا ف ب", "AFP"),
        ("فرانس برس", "AFP"),
        ("وكالة الصحافة الفرنسية", "AFP"),
        ("رويترز", "Reuters"),
        ("أسوشيتد برس", "AP"),
        ("أ ب", "AP"),
        ("الأناضول", "Anadolu"),
        ("الاناضول", "Anadolu"),
        ("وكالة الأناضول للأنباء", "Anadolu"),
        ("واس", "Saudi Press Agency"),
        ("وكالة الأنباء السعودية", "Saudi Press Agency"),
        ("د ب أ", "DPA"),
        ("وام", "WAM"),
        ("كونا", "KUNA"),
        ("قنا", "QNA"),
        ("أ ش أ", "MENA"),
        ("سانا", "SANA"),
        ("شينخوا", "Xinhua"),
        ("سبوتنيك", "Sputnik"),
        ("تاس", "TASS"),
        ("ريا نوفوستي", "RIA Novosti"),
        ("إنترفاكس", "Interfax"),
        ("بنا", "BNA"),
        ("بترا", "Petra"),
        ("Reuters", "Reuters"),
        ("الفرنسيّة", "AFP"),
    ],
)
def test_canonical_agency(name: str, canonical: str) -> None:
    assert canonical_agency(name) == canonical


@pytest.mark.parametrize("name", ["وكالات", "الوطن", "", "الخارجية"])
def test_unknown_agency(name: str) -> None:
    assert canonical_agency(name) is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("متابعة حسن عبّاس:\n\nذكرت صحيفة", "حسن عبّاس"),
        ("بقلم: محمد الأحمد\nنص", "محمد الأحمد"),
        ("العنوان\nكتب: أحمد علي\nنص", "أحمد علي"),
        ("لندن: رنيم حنوش\nحدد رئيس الوزراء", "رنيم حنوش"),
        ("لندن: «الشرق الأوسط أونلاين»", "الشرق الأوسط أونلاين"),
    ],
)
def test_byline(text: str, author: str) -> None:
    assert find_byline(text) == author


@pytest.mark.parametrize(
    "text",
    ["واشنطن بوست: خطة أمريكية روسية مشتركة لمحاربة تنظيم الدولة وجبهة النصرة", "نص عادي بلا كاتب", ""],
)
def test_no_byline(text: str) -> None:
    assert find_byline(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ذكرت صحيفة واشنطن بوست الأميركية الخميس أن واشنطن ستعرض على موسكو التعاون", "ar"),
        ("The minister said that the talks with the delegation were positive and useful.", "en"),
        ("Le ministre a dit que les discussions avec la délégation sont utiles pour la paix.", "fr"),
        ("Der Minister sagte, dass die Gespräche mit der Delegation nicht einfach sind und", "de"),
        ("El ministro dijo que las conversaciones con la delegación son útiles para la paz.", "es"),
        ("Menteri itu berkata bahawa rundingan dengan delegasi tersebut adalah berguna kerana ia", "ms"),
        ("Menteri mengatakan bahwa pembicaraan dengan delegasi itu berguna karena bisa membantu", "id"),
        ("外交部发言人表示，双方将继续就地区局势保持沟通与合作。", "zh"),
        ("外務省の報道官は、双方が地域情勢について意思疎通を続けると述べた。", "ja"),
        ("외교부 대변인은 양측이 지역 정세에 대해 소통을 계속할 것이라고 말했다.", "ko"),
        ("Министр заявил, что переговоры с делегацией были полезными.", "ru"),
        ("وزیر امور خارجه گفت که مذاکرات با هیئت ایرانی مفید بود و کمک می‌کند", "fa"),
        ("12345 67890 !!!", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("نص الخبر\n© 2024 الرصد. جميع الحقوق محفوظة", "الرصد"),
        ("نص\nجميع الحقوق محفوظة لـ صحيفة الوطن", "صحيفة الوطن"),
        ("Body\n© 2016 Al Arabiya", "Al Arabiya"),
        ("Body\nCopyright © 2016 Al Arabiya News. All rights reserved", "Al Arabiya News"),
        ("نص\nالرصد © 2024", "الرصد"),
    ],
)
def test_outlet_from_copyright(text: str, outlet: str) -> None:
    assert find_outlet(text, "https://www.other.example/x") == outlet


def test_outlet_from_url() -> None:
    assert find_outlet("نص بلا حقوق", "https://www.alrased.example/news/1") == "alrased.example"
    assert find_outlet("نص بلا حقوق") is None
    assert find_outlet("نص", "not a url") is None


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("نص\nhttps://example.com/a/b.\nنص", "https://example.com/a/b"),
        ("المصدر: http://x.example/a?b=1 نص", "http://x.example/a?b=1"),
        ("رابط المقال: https://news.example/2024/05/item.html", "https://news.example/2024/05/item.html"),
    ],
)
def test_find_url(text: str, url: str) -> None:
    assert find_url(text) == url


def test_no_url_inside_a_sentence() -> None:
    assert find_url("قرأت الخبر على https://x.example في الصباح") is None


def _seed(prefix: str) -> str:
    folder = DATA / "seeds"
    if not folder.is_dir():
        pytest.skip(f"shared seed pages not found at {folder}")
    matches = sorted(folder.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed page {prefix} not found in {folder}")
    return matches[0].read_text(encoding="utf-8")


def test_seed_pages() -> None:
    assert find_byline(_seed("000")) == "حسن عبّاس"
    dateline = find_dateline(_seed("002"))
    assert dateline is not None
    assert dateline.agency == "AFP"
    # «| الوطن – وكالات» credits no agency by name.
    assert find_byline(_seed("003")) is None
    assert detect_language(_seed("004")) == "ar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لوران - (نبأ) - وقّعت مورانيا وأستروفيا أمس", ("لوران", "نبأ")),
        ("قال (مصدر مطلع) - إن الوفد وصل", None),
    ],
)
def test_unknown_agency_in_a_parenthesised_dateline(text: str, expected: tuple[str, str] | None) -> None:
    found = find_dateline(text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.place, found.agency) == expected
