"""Conservative removal of the proclitics that block matching (و ف ب ل ك and the article ال).

Without a lexicon a light stemmer can only guess whether an initial و or ب is a conjunction or part of the
word (وزير، بريطانيا). The guess here is tuned for matching keys: the article forms are removed whenever a
plausible stem is left, a bare conjunction or preposition only when a long stem is left and the word is not a
known word starting with that letter. A wrong "keep" only loses a match; a wrong "strip" can merge two
different words, so the rules lean towards keeping.
"""

from __future__ import annotations

__all__ = ["strip_clitics"]

# Words whose initial ال is not the article, in normalized spelling (أ→ا, ى→ي, ة→ه).
_ROOT_AL = frozenset(
    [
        "الله",
        "الا",
        "الي",
        "الذي",
        "التي",
        "الذين",
        "اللذان",
        "اللذين",
        "اللتان",
        "اللتين",
        "اللاتي",
        "اللواتي",
        "اللايي",
        "الان",
        "الف",
        "الفا",
        "الاف",
        "المانيا",
        "الماني",
        "المانيه",
        "المان",
        "البانيا",
        "الباني",
        "البانيه",
        "الياس",
        "البرت",
        "الفريد",
        "الكسندر",
        "الكسي",
        "الينوي",
        "الاسكا",
        "الزهايمر",
        "الجيريا",
    ]
)


def _words(*rows: str) -> frozenset[str]:
    return frozenset(" ".join(rows).split())


# Common words whose first letter is و / ف / ب / ل itself, long enough to be hit by the bare rules.
_ROOT_INITIAL = _words(
    # و
    "وزير وزيره وزراء وزاره وزارات وزاري وزاريه وكاله وكالات وكيل ولايه ولايات واشنطن وفد وفود وقت",
    " اوقات وضع وطن وطني وطنيه وجه وجهه وجهات وصل وصول وقع وقوع وقف وثيقه وثايق ورقه ورده والد والده",
    " والدي وادي واقع واقعه واضح واضحه وحده وحدات وحيد وسط وسايل وسيله وعد وعود وفاه وفاق وفقا وفق",
    " ولي والي واليه وراء وزن وجود واجب وارد واسع ورشه وظيفه وظايف وقود وباء وتيره وساطه وسيط وداع",
    " وعي ودايع ولاده ولاء وليد وليام ويلز وارسو وهران ويكيليكس واتساب وول ويست ويب ويندوز ويليام",
    # ف
    " فرنسا فرنسي فرنسيه فرنسيين فلسطين فلسطيني فلسطينيه فلسطينيين فنزويلا فنلندا فيتنام فيينا",
    " فيلم افلام فريق فرق فرصه فرص فتره فترات فكره افكار فصايل فصيل فندق فقط فيسبوك فبراير فرع فروع",
    " فقير فقراء فعل فعاليات فيديو فتاه فلاديمير فرانسوا فايننشال فوق فيروس فيه فيها فيهم فيما فيلق",
    " فلوجه فلسفه فلوريدا فرانكفورت فوضي فيضان فيضانات فحص فضاء فضايح فضيحه فشل فوايد فايده فارس",
    " فراغ فرد افراد فرض فريضه فرحه فهم فوري فوريه فورا فيليب فيصل فهد فاطمه فتح فتحي فتوي فايز فايزه",
    # ب
    " بريطانيا بريطاني بريطانيه بريطانيين بغداد بيروت بكين برلين بروكسل باريس بوتين باكستان بلجيكا",
    " بولندا بلغاريا بنغلاديش بورما بوليفيا بنما بيلاروسيا بيلاروس بودابست بوخارست بلغراد برشلونه",
    " بيان بيانات برنامج برامج برلمان برلماني برلمانيه بطوله بطولات بعثه بلدان بلاد بلديه بنوك بورصه",
    " بضايع بحيره بحريه بحرين البحرين باحث باحثين باراك بايدن بلينكن بومبيو بشار بنيامين بنغازي",
    " بوغدانوف بيسكوف بيونغ بيونغيانغ برازيل بوينغ بريكس بعيد بعيده بسيط بسيطه بيت بيوت بيير بوريس",
    " بيئه بلوغ بنايه بنيه بالغ بالغه باقي باقيه بعدما بينما بينهم بينها بينهما بدايه بديل بدايل",
    # ل
    " لبنان لبناني لبنانيه لبنانيين ليبيا ليبي ليبيه ليبيين لندن لافروف لاجي لاجيين لاعب لاعبين لجنه",
    " لجان لقاء لقاءات لحظه لغه لغات لعبه لايحه لواء لوبي ليله ليالي ليبرالي ليبرمان لوكسمبورغ لاهاي",
    " لاتفيا ليتوانيا لاوس ليون لشبونه لاغوس لقب لكنه لكنها لكنهم لماذا لديه لديها لديهم لدينا ليست",
    " ليسوا لاسيما لبيد لوران لويس لوموند لوفيغارو لوس لينين ليبرمان ليكود لواءات لقطه لقطات لوحه",
    " لوحات لحوم لحيه لطيف لطيفه لمسه لهجه لولا لوجستي لوجستيه",
)

_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال")
_MIN_ARTICLE_STEM = 2
_MIN_COMBINED_STEM = 3  # وال/بال: والد(ه) and بالغ(ه) begin the same way, so demand a longer stem
_MIN_WAW_STEM = 3
_MIN_PREP_STEM = 4  # bare ب/ل: too many names start with them (بريطانيا، لبنان)


def _strip_article(word: str) -> str | None:
    """The stem after an article-bearing prefix, or None if `word` has none."""
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_COMBINED_STEM:
            rest = word[len(prefix) :]
            return "ال" + rest if "ال" + rest in _ROOT_AL else rest
    if word.startswith("لل") and len(word) - 2 >= _MIN_ARTICLE_STEM:
        rest = word[2:]
        # لله، للبنان: ل + a word whose own first letters are ال or ل.
        if "ال" + rest in _ROOT_AL:
            return "ال" + rest
        if "ل" + rest in _ROOT_INITIAL or "ل" + rest in _ROOT_AL:
            return "ل" + rest
        return rest
    if word.startswith("ال") and len(word) - 2 >= _MIN_ARTICLE_STEM:
        return word if word in _ROOT_AL else word[2:]
    return None


def _strip_bare(word: str) -> str:
    """Remove a bare و/ف, then a bare ب/ل, each only where a long stem is left."""
    if word in _ROOT_INITIAL:
        return word
    if word[0] in "وف" and len(word) - 1 >= _MIN_WAW_STEM:
        rest = word[1:]
        if rest in _ROOT_INITIAL:
            return rest
        article = _strip_article(rest)
        if article is not None:
            return article
        word = rest
    if word[0] in "بل" and len(word) - 1 >= _MIN_PREP_STEM and word not in _ROOT_INITIAL:
        return word[1:]
    return word


def strip_clitics(norm_word: str) -> str:
    """`norm_word` (a key from `normalize`) without its proclitics; returned unchanged when in doubt."""
    if norm_word == "لله":
        return "الله"
    if len(norm_word) < 3 or norm_word in _ROOT_AL:
        return norm_word
    article = _strip_article(norm_word)
    if article is not None:
        return article
    return _strip_bare(norm_word)
