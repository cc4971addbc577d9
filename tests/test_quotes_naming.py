"""Speaker names taken from the article's entity mentions (khabar.analyse.quotes.naming)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.analyse.entities import canonical_key
from khabar.analyse.quotes import default_speaker_key, extract_quotes
from khabar.analyse.quotes.naming import name_from_entities
from khabar.model import Article, Mention, Quote, Span


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def _mention(text: str, part: str, kind: str = "PERS", after: int = 0) -> Mention:
    return Mention(span=_span(text, part, after), text=part, type=kind, key=canonical_key(part, kind))  # type: ignore[arg-type]


def _quote(
    text: str, phrase: str, name: str, content: str, resolution: str = "explicit", after: int = 0
) -> Quote:
    explicit = resolution == "explicit"
    return Quote(
        article_id="a",
        speaker=phrase if explicit else "",
        speaker_span=_span(text, phrase, after) if explicit else None,
        speaker_name=name,
        speaker_key=default_speaker_key(name),
        resolution=resolution,  # type: ignore[arg-type]
        cue="قال",
        cue_span=Span(0, 1),
        content=content,
        content_span=_span(text, content),
        direct=False,
    )


def _names(text: str, quotes: list[Quote], mentions: list[Mention]) -> list[str]:
    return [q.speaker_name for q in name_from_entities(quotes, text, mentions, default_speaker_key)]


def test_the_person_inside_a_title_and_organisation_is_the_name() -> None:
    text = "وقال الرئيس التنفيذي لشركة موانئ الجنوب رامي حداد إن الشركة ستوسع أعمالها."
    phrase = "الرئيس التنفيذي لشركة موانئ الجنوب رامي حداد"
    quote = _quote(text, phrase, "موانئ الجنوب رامي حداد", "الشركة ستوسع أعمالها")
    mentions = [_mention(text, "موانئ الجنوب", "ORG"), _mention(text, "رامي حداد")]
    renamed = name_from_entities([quote], text, mentions, default_speaker_key)
    assert renamed[0].speaker_name == "رامي حداد"
    assert renamed[0].speaker_key == default_speaker_key("رامي حداد")
    # without mentions nothing changes
    assert name_from_entities([quote], text, [], default_speaker_key) == [quote]


def test_a_surname_takes_the_full_name_the_article_gave_and_resolved_quotes_follow() -> None:
    text = "التقى رئيس الوزراء بنيامين نتانياهو الوفد. وقال نتانياهو إن الزيارة مهمة. وأضاف أن الحوار مستمر."
    explicit = _quote(text, "نتانياهو", "نتانياهو", "الزيارة مهمة", after=40)
    implicit = _quote(text, "", "نتانياهو", "الحوار مستمر", resolution="implicit")
    mentions = [_mention(text, "بنيامين نتانياهو"), _mention(text, "نتانياهو", after=40)]
    quotes = name_from_entities([explicit, implicit], text, mentions, default_speaker_key)
    assert [q.speaker_name for q in quotes] == ["بنيامين نتانياهو", "بنيامين نتانياهو"]
    assert {q.speaker_key for q in quotes} == {default_speaker_key("بنيامين نتانياهو")}


def test_a_title_goes_and_a_given_name_beginning_with_lam_stays() -> None:
    text = "وقالت الدكتورة ليلى الأحمد إن الأمطار ستستمر. وتوقعت الأحمد أن تتراجع حدة الهطول."
    first = _quote(text, "الدكتورة ليلى الأحمد", "الدكتورة ليلى الأحمد", "الأمطار ستستمر")
    second = _quote(text, "الأحمد", "الأحمد", "تتراجع حدة الهطول", after=40)
    mentions = [_mention(text, "ليلى الأحمد"), _mention(text, "الأحمد", after=40)]
    assert _names(text, [first, second], mentions) == ["ليلى الأحمد", "ليلى الأحمد"]


# (text, speaker phrase, the rule's name, content, mentions as (text, type), the name expected)
_CASES = [
    # words after the name that belong to the sentence are dropped
    (
        "ونقلت الوكالة عن كيم جونغ أون قوله إن المحادثات مثمرة.",
        "كيم جونغ أون قوله",
        "كيم جونغ أون قوله",
        "المحادثات مثمرة",
        [("كيم جونغ أون", "PERS")],
        "كيم جونغ أون",
    ),
    (
        "وقال ماركوس هوبر المتعامل إن السوق هادئة.",
        "ماركوس هوبر المتعامل",
        "ماركوس هوبر المتعامل",
        "السوق هادئة",
        [("ماركوس هوبر", "PERS")],
        "ماركوس هوبر",
    ),
    # a second given name the recogniser left out is kept
    (
        "وقالت الفنانة دانييلا رحمة إن الألبوم جاهز.",
        "الفنانة دانييلا رحمة",
        "دانييلا رحمة",
        "الألبوم جاهز",
        [("دانييلا", "PERS")],
        "دانييلا رحمة",
    ),
    # so is the first part of a compound name
    (
        "وقال خلف الله بن عبيدالله الطويرقي إن العمل بدأ.",
        "خلف الله بن عبيدالله الطويرقي",
        "خلف الله بن عبيدالله الطويرقي",
        "العمل بدأ",
        [("الله بن عبيدالله الطويرقي", "PERS")],
        "خلف الله بن عبيدالله الطويرقي",
    ),
    # a mention cut inside a dotted acronym is no name
    (
        "وقالت قناة سي.ان.ان ترك إن الطريق مغلق.",
        "قناة سي.ان.ان ترك",
        "سي.ان.ان ترك",
        "الطريق مغلق",
        [("سي", "ORG")],
        "سي.ان.ان ترك",
    ),
    # an organisation mention stretched over the title before a person does not replace the person
    (
        "وقالت مديرة المنظمة إيمان عطا إن الحملة مستمرة.",
        "مديرة المنظمة إيمان عطا",
        "إيمان عطا",
        "الحملة مستمرة",
        [("المنظمة إيمان عطا", "ORG")],
        "إيمان عطا",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "name", "content", "found", "expected"), _CASES)
def test_only_words_that_cannot_be_part_of_a_name_are_cut(
    text: str, phrase: str, name: str, content: str, found: list[tuple[str, str]], expected: str
) -> None:
    quote = _quote(text, phrase, name, content)
    mentions = [_mention(text, part, kind) for part, kind in found]
    assert _names(text, [quote], mentions) == [expected]


def test_extract_quotes_names_speakers_by_the_articles_mentions() -> None:
    text = "وقال الرئيس التنفيذي لشركة موانئ الجنوب رامي حداد إن الشركة ستوسع أعمالها في العام المقبل."
    bare = Article(id="a", source="", locator="", format="text", title="", text=text, raw_text=text)
    before = extract_quotes(bare)
    assert [q.speaker_name for q in before] == ["موانئ الجنوب رامي حداد"]
    mentions = [_mention(text, "موانئ الجنوب", "ORG"), _mention(text, "رامي حداد")]
    with_mentions = Article(
        id="a", source="", locator="", format="text", title="", text=text, raw_text=text, mentions=mentions
    )
    after = extract_quotes(with_mentions, resolve=canonical_key)
    assert [(q.speaker_name, q.speaker_key) for q in after] == [("رامي حداد", canonical_key("رامي حداد"))]


_WORDS = st.sampled_from(
    ["قال", "الرئيس", "وزير", "محمد", "الصفيان", "إن", "بن", "الله", "لشركة", "قوله", "سي.ان", "،", "أحمد"]
)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, min_size=2, max_size=12), data=st.data())
def test_new_names_are_taken_from_the_text_and_nothing_raises(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    starts = [i for i, ch in enumerate(text) if ch != " " and (i == 0 or text[i - 1] == " ")]
    ends = [i for i, ch in enumerate(text) if ch != " " and (i + 1 == len(text) or text[i + 1] == " ")]
    mentions = []
    for _ in range(data.draw(st.integers(0, 3))):
        a = data.draw(st.sampled_from(starts))
        b = data.draw(st.sampled_from([e + 1 for e in ends if e >= a]))
        kind = data.draw(st.sampled_from(["PERS", "ORG", "LOC"]))
        mentions.append(
            Mention(span=Span(a, b), text=text[a:b], type=kind, key=canonical_key(text[a:b], kind))
        )
    a = data.draw(st.sampled_from(starts))
    b = data.draw(st.sampled_from([e + 1 for e in ends if e >= a]))
    quote = _quote(text, text[a:b], text[a:b], text[a:b])
    for renamed in name_from_entities([quote], text, mentions, default_speaker_key):
        name = renamed.speaker_name
        assert name == quote.speaker_name or name in text or "ل" + name in text


def _article(text: str, mentions: list[Mention]) -> Article:
    return Article(
        id="a", source="", locator="", format="text", title="", text=text, raw_text=text, mentions=mentions
    )


@pytest.mark.parametrize(
    ("text", "people", "others", "name"),
    [
        (
            "أوضح مندوب المملكة في الأمم المتحدة عبدالله المعلمي أن المملكة تتحمل تكاليف الإغاثة.",
            ["عبدالله المعلمي"],
            ["الأمم المتحدة"],
            "عبدالله المعلمي",
        ),
        (
            "شدد شيخ الأزهر الإمام أحمد الطيب على أن وسطية الإسلام تمثل حلا للمشكلات.",
            ["شيخ الأزهر", "أحمد الطيب"],
            [],
            "أحمد الطيب",
        ),
        (
            "وقال ابن عم الطيار الدكتور عبدالله العقيل: إن جثمان مازن وصل إلى المدينة المنورة.",
            ["عبدالله العقيل", "مازن"],
            [],
            "عبدالله العقيل",
        ),
    ],
)
def test_the_person_named_after_a_title_is_the_speaker(
    text: str, people: list[str], others: list[str], name: str
) -> None:
    mentions = [_mention(text, p) for p in people] + [_mention(text, o, "ORG") for o in others]
    quotes = extract_quotes(_article(text, mentions), resolve=canonical_key)
    assert [q.speaker_name for q in quotes] == [name]


def test_someone_else_named_after_a_title_is_not_the_speaker() -> None:
    # Naming alone (the chooser, which may still pick the other person, is tested on its own).
    for between in ("أمس بعد لقاء", "مع", "لنظيره"):
        text = f"وقال وزير الخارجية {between} سيرغي لافروف إن المحادثات كانت صريحة."
        rules = [_quote(text, "وزير الخارجية", "وزير الخارجية", "المحادثات كانت صريحة")]
        named = name_from_entities(rules, text, [_mention(text, "سيرغي لافروف")], canonical_key)
        assert [q.speaker_name for q in named] == ["وزير الخارجية"]


def test_a_kinship_word_with_a_name_of_its_own_is_that_name() -> None:
    # «ابن سلمان» is a name: the word after the kinship word is no title, so nobody after it is looked for
    text = "وقال ابن سلمان إن المشروع الجديد سيكتمل العام المقبل بحسب محمد العلي."
    rules = [_quote(text, "ابن سلمان", "ابن سلمان", "المشروع الجديد سيكتمل العام المقبل")]
    named = name_from_entities(rules, text, [_mention(text, "محمد العلي")], canonical_key)
    assert [q.speaker_name for q in named] == ["ابن سلمان"]
