"""The cleaner on small literal pages: what it keeps, what it drops, how it cuts and maps back."""

from __future__ import annotations

from khabar.clean import RepetitionIndex, article_id, classify_lines, clean_document, clean_documents
from khabar.model import RawDocument

BODY = [
    "القاهرة - رويترز",
    "أعلنت وزارة الصحة المصرية اليوم الأحد عن افتتاح مستشفى جديد في محافظة أسوان بتكلفة تجاوزت مليار جنيه، "
    "في إطار خطة الحكومة لتطوير الخدمات الطبية في صعيد مصر.",
    "وقال المتحدث باسم الوزارة في بيان إن المستشفى يضم مئتي سرير وقسما للطوارئ يعمل على مدار الساعة، وإنه "
    "سيخدم أكثر من مليون مواطن في المحافظة والمناطق المجاورة لها.",
    "وأضاف أن الوزارة تعتزم افتتاح ثلاثة مستشفيات أخرى قبل نهاية العام الجاري، مشيرا إلى أن العمل جار على "
    "تجهيزها بأحدث المعدات الطبية وتدريب الكوادر اللازمة لتشغيلها.",
    "وكانت الحكومة قد خصصت في موازنة العام الحالي مبلغا إضافيا لقطاع الصحة، بعد شكاوى متكررة من نقص الأسرة "
    "في المستشفيات العامة خلال فصل الصيف.",
]

PAGE = "\n".join(
    [
        "الرئيسية",
        "سياسة",
        "اقتصاد",
        "رياضة",
        "افتتاح مستشفى جديد في أسوان بتكلفة مليار جنيه",
        "حجم الخط",
        "شارك",
        *BODY,
        "اقرأ أيضا",
        "ارتفاع أسعار الذهب في السوق المحلية",
        "المنتخب يستعد لمباراة الحسم أمام تونس",
        "التعليقات",
        "محمد: خبر جميل جدا ونتمنى المزيد من المستشفيات في كل المحافظات وخاصة في الأرياف البعيدة عن المدن.",
        "اشترك في النشرة البريدية",
        "جميع الحقوق محفوظة © 2024",
    ]
)


def labels_of(text: str) -> dict[str, str]:
    return {line.text: line.label for line in classify_lines(text)}


def test_arabic_page_keeps_body_and_drops_furniture() -> None:
    labels = labels_of(PAGE)
    for line in BODY[1:]:
        assert labels[line] == "body", line
    for furniture in (
        "الرئيسية",
        "حجم الخط",
        "شارك",
        "اقرأ أيضا",
        "ارتفاع أسعار الذهب في السوق المحلية",
        "المنتخب يستعد لمباراة الحسم أمام تونس",
        "التعليقات",
        "اشترك في النشرة البريدية",
        "جميع الحقوق محفوظة © 2024",
    ):
        assert labels[furniture] == "boilerplate", furniture
    assert labels["افتتاح مستشفى جديد في أسوان بتكلفة مليار جنيه"] == "title"
    assert labels["القاهرة - رويترز"] == "body"


def test_reader_comment_after_comment_marker_is_dropped() -> None:
    labels = labels_of(PAGE)
    assert labels[PAGE.splitlines()[-3]] == "boilerplate"


def test_line_numbers_and_spans_follow_cat_n() -> None:
    text = "\n\nعنوان الخبر هنا للاختبار فقط\r\n   \n  " + BODY[1] + "  \n"
    lines = classify_lines(text)
    assert [line.number for line in lines] == [3, 5]
    for line in lines:
        assert line.span.slice(text) == line.text
        assert line.text == line.text.strip()


def page(outlet_line: str, body: list[str]) -> str:
    # Mid-page, among the paragraphs: where a footer alone cannot be told from them by its place.
    return "\n".join([*body[:2], outlet_line, *body[2:]])


def test_repetition_removes_shared_furniture_that_features_keep() -> None:
    # A long, sentence-like line in every page of the outlet: looks like prose, is a footer.
    footer = (
        "صحيفة الأفق اليومية تصدر عن مؤسسة الأفق للصحافة والنشر في عمان، ورئيس تحريرها المسؤول هو الكاتب "
        "سامي العلي منذ تأسيسها في مطلع الألفية الثالثة."
    )
    # Each page its own body: same sentences, told of a different city.
    bodies = [[line.replace("أسوان", city) for line in BODY[1:]] for city in ("أسوان", "الأقصر", "قنا")]
    texts = [page(footer, b) for b in bodies]
    alone = {line.text: line.label for line in classify_lines(texts[0])}
    assert alone[footer] == "body", "premise: the footer alone looks like body"

    index = RepetitionIndex()
    for text in texts:
        index.add_page("alufuq", text)
    assert index.count("alufuq", footer) == 3
    assert index.count("other", footer) == 0
    with_rep = {
        line.text: line.label for line in classify_lines(texts[0], outlet_key="alufuq", repetition=index)
    }
    assert with_rep[footer] == "boilerplate"
    assert with_rep[BODY[1]] == "body"

    docs = [
        RawDocument(f"site/{i}.txt", "", "text", t, meta={"outlet": "alufuq"}) for i, t in enumerate(texts)
    ]
    for articles in clean_documents(docs):
        assert articles and footer not in articles[0].text


def test_repetition_index_is_bounded() -> None:
    index = RepetitionIndex(max_keys=1000)
    for i in range(300):
        index.add_page("o", "\n".join(f"سطر فريد رقم {i} {j} كلمة" for j in range(20)) + "\nقائمة ثابتة")
    assert len(index) <= 1000
    assert index.count("o", "قائمة ثابتة") >= 2


MULTI = "\n".join(
    [
        "الرئيسية",
        "أخبار",
        *BODY[1:4],
        "وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في المنطقة",
        "بحث وزير الخارجية سامح شكري مع نظيره الأردني أيمن الصفدي في اتصال هاتفي اليوم تطورات الأوضاع في "
        "المنطقة وسبل تعزيز التعاون بين البلدين.",
        "وأكد الوزيران خلال الاتصال على أهمية مواصلة التنسيق والتشاور بين القاهرة وعمان إزاء القضايا "
        "الإقليمية، وفق بيان صادر عن وزارة الخارجية.",
        "ارتفاع صادرات القطن المصري إلى الأسواق الأوروبية",
        "ارتفعت صادرات القطن المصري إلى الأسواق الأوروبية خلال الربع الأول من العام بنسبة عشرين في المئة، "
        "بحسب بيانات رسمية نشرت اليوم.",
        "وعزت الهيئة العامة للصادرات هذا الارتفاع إلى تحسن جودة المحصول وزيادة الطلب على الأقطان طويلة "
        "التيلة في مصانع الغزل الأوروبية.",
        "جميع الحقوق محفوظة",
    ]
)


def test_multi_item_page_splits_into_segments() -> None:
    doc = RawDocument("x/multi.txt", "", "text", MULTI, meta={"title": "عنوان الصفحة", "url": "http://x/1"})
    articles = clean_document(doc)
    assert [a.segment for a in articles] == [1, 2, 3]
    assert articles[0].title == "عنوان الصفحة"
    assert articles[1].title == "وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في المنطقة"
    assert articles[2].title == "ارتفاع صادرات القطن المصري إلى الأسواق الأوروبية"
    assert articles[2].text.startswith("ارتفعت صادرات القطن")
    assert "جميع الحقوق" not in articles[2].text
    assert [a.id for a in articles] == [article_id(doc, 1), article_id(doc, 2), article_id(doc, 3)]
    assert articles[1].id.endswith("-2") and "-" not in articles[0].id


def test_offsets_map_every_kept_line_back_to_raw() -> None:
    for text in (PAGE, MULTI, "  \n" + PAGE.replace("\n", "\r\n")):
        doc = RawDocument("x/p.txt", "", "text", text, meta={"id": "p"})
        articles = clean_document(doc)
        assert articles
        for article in articles:
            assert article.raw_text == text
            start = 0
            for line in article.text.split("\n"):
                raw_start = article.to_raw(start)
                raw_end = article.to_raw(start + len(line))
                assert text[raw_start:raw_end] == line
                start += len(line) + 1


def test_article_id_is_stable_and_documented() -> None:
    import hashlib

    doc = RawDocument("a", "", "jsonl", "نص", meta={"id": "7", "url": "u"})
    expected = hashlib.sha256("7\x1fu\x1fنص".encode()).hexdigest()[:16]
    assert article_id(doc, 1) == expected
    assert article_id(doc, 3) == expected + "-3"


def test_jsonl_record_keeps_its_body() -> None:
    text = "\n".join([*BODY, "اقرأ أيضا", "عنوان خبر آخر لا علاقة له", "شارك"])
    doc = RawDocument(
        "feed.jsonl",
        "line 3",
        "jsonl",
        text,
        meta={
            "title": "افتتاح مستشفى",
            "outlet": "okaz",
            "url": "http://o/1",
            "author": "س",
            "category": "صحة",
        },
    )
    (article,) = clean_document(doc)
    assert article.text == "\n".join(BODY)
    assert article.title == "افتتاح مستشفى"
    assert (article.outlet, article.author, article.category, article.format) == ("okaz", "س", "صحة", "jsonl")
    assert article.locator == "line 3" and article.url == "http://o/1"


def test_short_jsonl_body_is_not_dropped() -> None:
    doc = RawDocument("f.jsonl", "line 1", "jsonl", "ارتفع المؤشر العام للسوق بنسبة واحد في المئة.")
    (article,) = clean_document(doc)
    assert article.text == doc.text


def test_trafilatura_extraction_is_trusted() -> None:
    doc = RawDocument("p.html", "", "html", "\n".join([*BODY[:3], "شارك"]), meta={"extractor": "trafilatura"})
    (article,) = clean_document(doc)
    assert article.text == "\n".join(BODY[:3])


def test_empty_and_all_furniture_pages_give_no_article() -> None:
    assert clean_document(RawDocument("e.txt", "", "text", "")) == []
    assert clean_document(RawDocument("e.txt", "", "text", "الرئيسية\nشارك\nاتصل بنا\n")) == []
    assert classify_lines("") == []
