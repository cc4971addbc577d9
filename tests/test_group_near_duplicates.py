"""Near-duplicate families: wire copies with edits join, different reports stay apart."""

from __future__ import annotations

from datetime import datetime

from khabar.group.near_duplicates import NearDuplicateIndex, find_families
from khabar.model import Article

WIRE = (
    "أعلنت وزارة الداخلية السعودية القبض على خلية إرهابية مكونة من عشرة أشخاص في منطقة الرياض بعد عملية "
    "أمنية استمرت عدة أسابيع، وضبطت بحوزتهم أسلحة ومتفجرات وأموالا كانت معدة لتنفيذ هجمات على منشآت "
    "حكومية ومساجد في المنطقة الشرقية، وقال المتحدث الأمني إن التحقيقات مع الموقوفين مستمرة لكشف "
    "ارتباطاتهم بتنظيمات خارجية."
)
OTHER = (
    "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف واحد في المباراة التي أقيمت مساء أمس على ملعب "
    "الملك فهد الدولي بالرياض ضمن الجولة الأولى من الدوري السعودي للمحترفين، وسجل أهداف الهلال "
    "المهاجم البرازيلي في الشوط الأول ثم أضاف المدافع الهدف الثاني."
)


def article(id_: str, title: str, text: str, hour: int, agency: str | None = None) -> Article:
    return Article(
        id=id_,
        source="test",
        locator="",
        format="jsonl",
        title=title,
        text=text,
        raw_text=text,
        published=datetime(2015, 7, 26, hour),
        agency=agency,
    )


def test_edited_wire_copy_forms_one_family_with_earliest_representative() -> None:
    edited = "الرياض - واس: " + WIRE.replace("عشرة أشخاص", "10 أشخاص").replace("مستمرة", "ما زالت مستمرة")
    articles = [
        article("late", "الداخلية: القبض على خلية", edited + " وأشاد المواطنون بجهود رجال الأمن.", 11),
        article("early", "القبض على خلية إرهابية في الرياض", WIRE, 9, agency="Saudi Press Agency"),
        article("match", "الهلال يفوز على النصر", OTHER, 10),
    ]
    families = find_families(articles)
    assert len(families) == 1
    family = families[0]
    assert family.representative == "early"
    assert family.members == ("early", "late")
    assert family.agency == "Saudi Press Agency"


def test_equal_time_prefers_longest_and_is_deterministic() -> None:
    a = article("a", "t", WIRE, 9)
    b = article("b", "t", WIRE + " وأضاف المتحدث أن الموقوفين سيحالون إلى المحكمة الجزائية المتخصصة.", 9)
    first = find_families([a, b])
    assert first == find_families([b, a])
    assert first[0].representative == "b"


def test_short_and_unrelated_texts_do_not_join() -> None:
    index = NearDuplicateIndex()
    assert index.add(article("x", "t", WIRE, 9)) == []
    assert index.add(article("y", "t", OTHER, 9)) == []
    assert index.add(article("z", "t", "خبر قصير", 9)) == []
    assert index.families() == []
