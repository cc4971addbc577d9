"""Word lists of Arabic reported speech, in folded spelling (أإآ→ا، ى→ي، ة→ه، ؤ→و، ئ→ي; no diacritics).

A speech verb is listed once as (past 3rd masculine, present stem after the person prefix, active
participle stem, introducers it admits besides أن/إن/بأن, a colon and a quotation); its past, present,
feminine, dual and plural forms and participles (مضيفاً، مضيفةً) are generated, each with an optional و/ف.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from khabar.analyse.entities.features import word_key
from khabar.analyse.entities.gazetteer import load_gazetteer
from khabar.arabic import normalize, strip_clitics


def word_set(text: str) -> frozenset[str]:
    """The space-separated words of `text`."""
    return frozenset(text.split())


# Latin letters spelt out, as acronyms are written: «بي بي سي», «سي إن إن» (folded: «ان»).
LETTER_NAMES = word_set("بي سي تي دي جي اف ام ان اس ايه اي يو كيو زد")


def addressed_acronym(words: Sequence[str]) -> bool:
    """Do the folded `words` open an acronym with the preposition ل written onto its first letter («لبي بي
    سي»)? That is whom a speaker spoke to («وقال لبي بي سي»); no name begins so."""
    return (
        len(words) > 1 and words[0][:1] == "ل" and words[0][1:] in LETTER_NAMES and words[1] in LETTER_NAMES
    )


def default_speaker_key(name: str) -> str:
    """The matching key of a speaker name: normalised, clitics stripped, quotation marks dropped."""
    words = [strip_clitics(w) for w in normalize(name).replace('"', " ").split()]
    return " ".join(w for w in words if w)


def gazetteer_tags(word: str) -> tuple[str, ...]:
    """The entity tags the NER training data gave `word` (the shipped gazetteer), if any."""
    return load_gazetteer().words.get(word_key(word), ())


def place_only(word: str) -> bool:
    """Is `word` only a place in the NER gazetteer («أستراليا»)?"""
    tags = gazetteer_tags(word)
    return bool(tags) and all(tag.startswith("LOC") for tag in tags)


# Particles that tie the words after them into a name («عبد الفتاح», «فهد بن سعيد الراشدي», «آل صالح»).
NAME_LINKS = word_set("عبد ابو بن ابن بنت ال")


# (past, present stem, participle stem, extra introducers)
# extra introducers: "الي" (أشار إلى أن / إلى NP), "علي" (أكد على NP), "عن" (كشف عن NP), "في" (شكك في NP),
# "obj" (نفى NP: a denied proposition as a plain object).
SOUND_VERBS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("قال", "قول", "قايل", ()),
    ("اضاف", "ضيف", "مضيف", ()),
    ("اكد", "وكد", "موكد", ("علي",)),
    ("اوضح", "وضح", "موضح", ()),
    ("اشار", "شير", "مشير", ("الي",)),
    ("صرح", "صرح", "مصرح", ()),
    ("ذكر", "ذكر", "ذاكر", ()),
    ("نقل", "نقل", "ناقل", ()),
    ("افاد", "فيد", "مفيد", ()),
    ("اعتبر", "عتبر", "معتبر", ()),
    ("شدد", "شدد", "مشدد", ("علي",)),
    ("رفض", "رفض", "رافض", ()),
    ("تابع", "تابع", "متابع", ()),
    ("اعلن", "علن", "معلن", ("عن",)),
    ("كشف", "كشف", "كاشف", ("عن",)),
    ("لفت", "لفت", "لافت", ("الي",)),
    ("زعم", "زعم", "زاعم", ()),
    ("حذر", "حذر", "محذر", ("من",)),
    ("نوه", "نوه", "منوه", ("الي",)),
    ("اردف", "ردف", "مردف", ()),
    ("استطرد", "ستطرد", "مستطرد", ()),
    ("اجاب", "جيب", "مجيب", ()),
    ("اعترف", "عترف", "معترف", ()),
    ("اقر", "قر", "مقر", ()),
    ("اعرب", "عرب", "معرب", ("عن",)),
    ("افصح", "فصح", "مفصح", ("عن",)),
    ("اورد", "ورد", "مورد", ()),
    ("ختم", "ختم", "خاتم", ()),
    ("شكك", "شكك", "مشكك", ("في",)),
    ("تساءل", "تساءل", "متساءل", ()),
    ("استبعد", "ستبعد", "مستبعد", ()),
    ("رجح", "رجح", "مرجح", ()),
    ("بين", "بين", "مبين", ()),
    ("اعتقد", "عتقد", "معتقد", ()),
    ("توقع", "توقع", "متوقع", ()),
    ("تكهن", "تكهن", "متكهن", ("ب",)),  # «وتكهنت الصحافة الإسبانية … باقتراب رحيل …»
    ("المح", "لمح", "ملمح", ("الي",)),  # «وألمح التقرير إلى أن …»، «، ملمحاً إلى …»: a hint
    ("برر", "برر", "مبرر", ()),
    ("خلص", "خلص", "خالص", ("الي",)),  # «خلص التقرير إلى أن …»، «… إلى القول إن …»: a conclusion
    ("وثق", "ثق", "واثق", ("في",)),  # «يثق في أن فريقه …»: a belief; «وثّق» "documented" never takes في أن
    # Stance verbs: praise, welcome, criticism, expression, appeal, demand, description, accusation, threat.
    # Their content is an object, often after a preposition: «أشاد بـ …»، «عبّر عن …»، «طالب بـ …».
    ("اشاد", "شيد", "مشيد", ("ب",)),
    ("ثمن", "ثمن", "مثمن", ()),
    ("رحب", "رحب", "مرحب", ("ب",)),
    ("انتقد", "نتقد", "منتقد", ()),
    ("عبر", "عبر", "معبر", ("عن",)),
    ("اهاب", "هيب", "مهيب", ("ب",)),  # «، مهيباً بالجميع …» (after a comma; «مهيب» alone is "awesome")
    ("طالب", "طالب", "مطالب", ("ب",)),
    ("ناشد", "ناشد", "مناشد", ("ب",)),
    ("وصف", "صف", "واصف", ("ب",)),
    ("اتهم", "تهم", "", ("ب",)),
    ("هدد", "هدد", "", ("ب",)),
    # «أظهر مسح …»: what a survey, study or data set shows (only with such a subject: `EVIDENCE_HEADS`)
    ("اظهر", "ظهر", "", ()),
    # Conditions, proposals, warnings, insistence, denial, findings. A participle that is also a noun or a
    # name is left out: «مقترح» "proposal", «مصر» "Egypt", «منكر», «ملاحظ», «مغرد» "tweeter", «جازم».
    ("اقترح", "قترح", "", ()),
    ("نبه", "نبه", "", ("الي",)),
    ("اصر", "صر", "", ("علي",)),
    ("انكر", "نكر", "", ()),
    ("استدرك", "ستدرك", "مستدرك", ()),
    ("جزم", "جزم", "", ("ب",)),
    ("لاحظ", "لاحظ", "", ()),
    ("غرد", "غرد", "", ()),
    ("كتب", "كتب", "", ()),  # «وكتب … في مذكرة بحثية "…"»: only before a quotation (`_WROTE` in extract.py)
    ("وجد", "جد", "", ()),  # «وجدت دراسة أن …»: a finding, only with «أن» (`_FINDING` in extract.py)
    # Pledges and appeals with their own preposition (`PREP_ONLY`): «تعهد بعدم …»، «حث على …»، «نصح بـ …».
    ("تعهد", "تعهد", "متعهد", ("ب",)),
    ("توعد", "توعد", "متوعد", ("ب",)),  # a threat with its «بـ» content: «متوعداً إياه بنيل جزائه»
    ("حث", "حث", "حاث", ("علي",)),  # «، حاثاً الجميع على التعامل مع …»
    ("نصح", "نصح", "", ("ب",)),
)
EVIDENCE_HEADS = word_set(
    "مسح مسوح استطلاع استطلاعات دراسه دراسات بيانات احصاءات ارقام نتايج سجلات وثايق وثيقه تقرير"
)
# Verbs in the past only: the present of «أبلغ» (يُبلغ) is spelled as «يبلغ» "it amounts to / reaches", that of
# «وعد» (يعد) as «يُعدّ» "is considered"; each with its extra introducers, as in `SOUND_VERBS`.
# «جدّد» likewise: «تجدد» is also "was renewed" («تجدد القتال»), and its participle «مجدداً» is the adverb "again".
PAST_ONLY_VERBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ابلغ", ()),
    ("اخبر", ()),
    ("وعد", ("ب",)),
    ("جدد", ()),
    ("ابان", ()),  # «وأبان الطوالة أن …»; its present «يُبين» is spelled as that of «بيّن»
    ("لمح", ("الي",)),  # «وسبق أن لمح فيشر إلى أن …»: «ألمح» in its first form
)
# Defective verbs (final ى): past forms are irregular.
DEFECTIVE_VERBS: tuple[tuple[tuple[str, ...], str, str, tuple[str, ...]], ...] = (
    (("نفي", "نفت", "نفيا", "نفتا", "نفوا"), "نفي", "ناف", ("obj",)),
    (("راي", "رات", "رايا", "راتا", "راوا"), "ري", "", ()),
    (("ادعي", "ادعت", "ادعيا", "ادعتا", "ادعوا"), "دعي", "مدع", ()),
    (("ابدي", "ابدت", "ابديا", "ابدتا", "ابدوا"), "بدي", "مبد", ()),
    (("دعا", "دعت", "دعوا", "دعتا", "دعوا"), "دعو", "داعي", ("الي",)),
    (("اشتكي", "اشتكت", "اشتكيا", "اشتكتا", "اشتكوا"), "شتكي", "مشتك", ("من",)),  # a complaint: «اشتكوا من …»
)
# Verbs of appeal, demand, praise, description and accusation: their content follows their own preposition
# («دعا إلى»، «طالب بـ»، «عبّر عن») or «بأن», never a bare «أن» further on («ودعت» is also "bade farewell").
PREP_ONLY = word_set("خلص اشتكي وثق دعا طالب عبر هدد وصف اتهم اهاب ناشد اشاد رحب تعهد توعد وعد حث نصح")
# Verb forms spelled like a common noun, preposition or verb of another sense («عبر» "via", «ثمن» "price»,
# «طالب» "student", «وصف» "description", «يشيد» "builds", «يعبر» "crosses", «يهدد» "endangers"): speech only with
# their own preposition (or «بأن»), never with a bare «أن» found further on.
HOMOGRAPHS = word_set("عبر عبرا يعبر تعبر ثمن ثمنا طالب طالبا وصف وصفا رحب هدد يهدد تهدد يشيد تشيد")
# Past forms spelled like a preposition («إبان الأمطار» "during the rains", often written «أبان»): speech only
# where they open a clause («وأبان الطوالة أن …»).
CLAUSE_INITIAL_ONLY = word_set("ابان ابانت ابانا ابانوا")
# Verbal nouns that introduce reported speech in a nominal clause: «وسبق ذلك تأكيد المتحدثة … أن».
# «اكتفى بالقول إن …»، «وعلّقت على ألبومها بقولها: …»: "by saying", the clause's verb has the speaker.
BY_SAYING: tuple[str, ...] = ("بالقول", "بقوله", "بقولها", "بقولهم", "بقولهما")
NOUN_CUES: tuple[str, ...] = ("تاكيد", "تصريح", "تصريحات", "اعلان", "قول", "تحذير", "نفي", *BY_SAYING)
# Multi-word cues.
PHRASE_CUES: tuple[str, ...] = (
    r"جدد(?:ت|وا)? (?:ال)?تاكيد(?:ه|ها|هم)?",
    r"[يت]جدد (?:ال)?تاكيد(?:ه|ها|هم)?",
)

# Relay/attribution phrases: «بحسب …», «وفقاً لـ …», «نقلاً عن …», «على لسان …», «على ما صرّح …».
ACCORDING = (
    r"(?:و)?(?:ب)?حسب(?: ?ما)?|(?:و)?وفق(?:ا)?(?: ل| لما|ل| ما)?|(?:و)?طبقا(?: ل)?|(?:و)?نقلا عن|(?:و)?نقلا عما"
    r"|علي لسان|(?:و)?استنادا (?:الي|ل)|علي ما|كما"
)

# Clause-initial words a speaker phrase never crosses (looking back from a verb: «ورغم أن روسيا تقول»).
LOOKBACK_STOPS = word_set(
    "فمن ومن ان لان بان انه انها لكن لكنه لكنها ولكن غير فيما بينما حيث كما اذ اذا ثم بل او ام حين عندما بعدما "
    "الا ما مما عما و ف في من الي علي عن مع ب ل الذي التي الذين"
)
# Auxiliaries skipped between a fronted subject and its verb: «وكان لافروف قد أشار».
AUXILIARIES = word_set("كان وكان فكان كانت وكانت قد وقد لقد سبق وسبق")

# Words that end a speaker phrase: prepositions, time words, relatives («قال كارتر، في مؤتمر صحفي …»).
SPEAKER_STOPS = word_set(
    "في خلال امام عبر اثناء لدي عقب بعد قبل منذ اليوم امس مساء صباح ظهر الاحد الاثنين الثلاثاء "
    "الاربعاء الخميس الجمعه السبت حين عندما ردا تعليقا بشان حول مع الذي التي الذين قد ايضا كذلك "
    "بدوره بدورها من علي الي عن ان بان انه انها امس، الاسبوع الشهر مساء، صباح، خلالها فيه فيها "
    "دايما ابدا كثيرا بوضوح بصراحه حرفيا ذي ذو ذات يوم اليوم، ظهر مرارا مجددا سابقا لاحقا صراحه بدوره مره ثانيه اخري اول اليوم الليله الليله، هذا "
    "التاكيد"  # «وجدد السفير التأكيد على أن»: the object, never part of the speaker
)
# Heads of descriptions (not part of a person's name): «وزير الدفاع الأميركي آشتون كارتر».
TITLE_WORDS = word_set(
    "وزير وزيره وزراء رئيس رييس رييسه نايب مدير مديره سفير مندوب مستشار قايد زعيم عضو مسوول مسوولين مسوولون "
    "متحدث متحدثه ناطق ناطقه امين ممثل وكيل صحيفه وكاله موقع قناه مجله شبكه اذاعه محطه تلفزيون "
    "تقرير بيان مصدر مصادر باسم الرييس الملك الامير ولي الشيخ الوزير السفير المتحدث المتحدثه الناطق "
    "خبير خبراء محلل محللون مسوولو مدرب لاعب مخترع خطاط بايع فنان فنانه كاتب كاتبه باحث باحثه دكتور مهندس "
    "محامي قاضي مفتي نجم مغني مغنيه مخرج مخرجه لواء عميد عقيد مقدم الرايد نقيب ملازم اميرال ادميرال مدعي محافظ "
    "فريق مشرف منسق السيد معالي فخامه سماحه "
    # («الرائد» "Major" only with the article: bare «رائد» is a given name)
    # feminine titles (not «أمينة», a given name, nor «محافظة», a province)
    "زعيمه سفيره مستشاره قايده مندوبه ممثله وكيله نايبه خبيره محلله مدربه لاعبه دكتوره مهندسه محاميه قاضيه "
    "مشرفه السيده"
)
# Professions and roles that, definite and alone, stand for the person the article named («وقالت الفنانة»
# after «المطربة المصرية آمال ماهر»); not offices («المتحدث» may be a new, unnamed spokesman) nor plurals.
# «مطرب» and «متهم» are not titles a name follows in a speaker phrase: «المتهم حسن» is the object of «وصف
# القاضي تشارلز هادون المتهم حسن بأنه …».
ROLE_NOUNS = word_set(
    "فنان فنانه مطرب مطربه مغني مغنيه لاعب لاعبه مدرب مدربه نجم مخرج مخرجه كاتب كاتبه باحث باحثه متهم متهمه"
)
# Heads of unnamed sources: the whole phrase is the speaker («مصدر دبلوماسي مطلع»، «مسؤولين أميركيين»).
UNNAMED_SOURCES = word_set(
    "مصدر مصادر مسوول مسوولين مسوولون مسوولو خبير خبراء شهود محلل محللون دبلوماسي دبلوماسيون"
)
# Objects of «رفض …» that mean nothing was said: «رفض التعليق»، «رفض الكشف عن …».
DECLINED = word_set("تعليق الكشف كشف الادلاء ادلاء الافصاح افصاح الخوض خوض الرد تقديم")
# Verbs that state a position with a verbal-noun object (أكد ضرورةَ …، أعلن رفضَه …، أبدى استعدادَه …).
MASDAR_VERBS = frozenset({"اكد", "اعلن", "ابدي", "جدد", "شدد", "نفي", "ثمن", "انتقد", "توقع"})
# Abstract verbal nouns heading such an object, in folded spelling without the article or a pronoun.
POSITION_NOUNS = word_set(
    "ضروره اهميه استعداد رغبه حرص دعم تاييد رفض التزام موافقه ترحيب قلق اسف ادانه تمسك عزم نيه استمرار "
    "تضامن معارضه استنكار مسووليه مناشده"
)
# Verbal nouns of events that an announcement or confirmation reports: «أكد ناشطون مقتل 40 عنصرا»، «أعلنت البحرية
# اعتراض سفينة»، «أكدت تقارير وقوف إسرائيل وراء الهجوم».
EVENT_NOUNS = word_set("مقتل اصابه سقوط وفاه اعتقال اعتراض تدمير استشهاد اغتيال انسحاب وقوف ارتفاع")
# Quantifiers whose «من …» names the group that speaks: «كل من تركيا وروسيا»، «كثير من المسؤولين».
QUANTIFIERS = word_set("كل كثير عدد بعض عديد عشرات مييات")
# Plurals of things (sources, outlets, documents) take feminine singular agreement: «ذكرت المصادر».
NONHUMAN_PLURALS = word_set("تقارير مصادر وكالات وسايل بيانات صحف مواقع قنوات وثايق دراسات احصاءات ارقام")
OUTLET_WORDS = word_set("صحيفه وكاله موقع قناه مجله شبكه اذاعه محطه تلفزيون جريده")
# Data sets quoted as sources; definite, they point back to the source just quoted («وبحسب البيانات»).
DATA_NOUNS = word_set("بيانات ارقام احصاءات")
# Definite descriptions that point back to a speaker named earlier: «الصحيفة»، «المتحدث»، «الوزير التركي».
ANAPHOR_HEADS = (
    word_set(
        "صحيفه تقرير وكاله موقع قناه مجله شبكه متحدث متحدثه ناطق ناطقه وزير وزيره رييس رييسه مسوول "
        "سفير مندوب مبعوث جريده بيان رساله مصدر شركه"
    )
    | DATA_NOUNS
)
DOCUMENT_HEADS = word_set("صحيفه تقرير وكاله موقع قناه مجله شبكه جريده")
PRONOUN_SUBJECTS = word_set(
    "هو هي هم هما وهو وهي وهم لكنه لكنها ولكنه ولكنها انه انها فهو فهي لانه لانها لانهم"
)
# Masdars in front of a speaker after «وفقاً لـ»: «وفقاً لتصريحات مسؤولين» → «مسؤولين».
SPEECH_NOUNS = word_set("تصريحات تصريح تصريحات قول كلام بيان رواياه روايه مصادر") - {"مصادر"}


def _past(base: str) -> list[str]:
    return [base, base + "ت", base + "ا", base + "تا", base + "وا"]


def _present(stem: str) -> list[str]:
    return [p + stem + s for p in ("ي", "ت") for s in ("", "ون", "ان")]


def _participle(stem: str) -> list[str]:
    return [stem + s for s in ("ا", "ه", "ين", "ان", "")] if stem else []


def _defective_participle(stem: str) -> list[str]:
    """«نافياً»، «مبدياً»، «داعيةً»: the final ي of a defective participle («ناف»، «داعي») comes back before an ending."""
    if not stem:
        return []
    base = stem if stem.endswith("ي") else stem + "ي"
    return [base + s for s in ("ا", "ه", "ين", "ان")] + [stem]


def verb_forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every generated verb form → (lemma, extra introducers)."""
    forms: dict[str, tuple[str, tuple[str, ...]]] = {}
    for past, present, participle, extra in SOUND_VERBS:
        for form in _past(past) + _present(present) + _participle(participle):
            forms.setdefault(form, (past, extra))
    for pasts, present, participle, extra in DEFECTIVE_VERBS:
        for form in [*pasts, *_present(present), *_defective_participle(participle)]:
            forms.setdefault(form, (pasts[0], extra))
    for past, extra in PAST_ONLY_VERBS:
        for form in _past(past):
            forms.setdefault(form, (past, extra))
    # A bare participle stem and a few forms collide with very common words; they need more evidence.
    # «بين» is also "between", «تبين» "it turned out", «متوقع» "expected".
    for ambiguous in (
        "بين",
        "بينا",
        "تبين",
        "متوقع",
        "متوقعه",
        "متوقعا",
        "نقلا",
        "مقر",
        "مقره",  # «في مقره» "at its headquarters", far more often than the feminine participle
        "مشير",
        "مضيف",
        "ذاكر",
        "ناقل",
        "خاتم",
        "مرجح",
        "مستبعد",
        "قر",
        # participles that are nouns or adjectives: "built", "welcome", "critic", "crossing", "demands",
        # "petitioner", "preacher"
        "مشيد",
        "مرحب",
        "مرحبا",
        "منتقد",
        "معبر",
        "مطالب",
        "مطالبه",
        "مطالبين",
        "مطالبان",
        "مناشد",
        "واصف",
        "داعي",
        "داعيه",
        "داعيين",
        "داعيان",
    ):
        forms.pop(ambiguous, None)
    return forms


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` factored as a trie (fast to match; longest alternatives first)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def cue_pattern() -> re.Pattern[str]:
    """One regex over folded text: an optional و/ف, then a speech verb form, noun cue or phrase."""
    verbs = trie_pattern(verb_forms())
    nouns = trie_pattern(NOUN_CUES)
    phrases = "|".join(PHRASE_CUES)
    return re.compile(
        rf"(?<!\w)(?P<conj>[وف]?)(?:(?P<phrase>{phrases})|(?P<verb>{verbs})|(?P<noun>{nouns}))(?!\w)"
    )


def participle_forms() -> frozenset[str]:
    """The generated participles (مضيفاً، معتبرةً): cues whose subject is the governing clause's."""
    sound = [form for _, _, p, _ in SOUND_VERBS for form in _participle(p)]
    return frozenset(sound + [form for _, _, p, _ in DEFECTIVE_VERBS for form in _defective_participle(p)])


def feminine_forms() -> frozenset[str]:
    """Verb forms and participles whose subject is feminine (قالت، تقول، مضيفةً، نفت)."""
    forms: set[str] = set()
    for past, present, participle, _ in SOUND_VERBS:
        forms |= {past + "ت", past + "تا", "ت" + present, "ت" + present + "ان", participle + "ه"}
    for past, _ in PAST_ONLY_VERBS:
        forms |= {past + "ت", past + "تا"}
    for pasts, present, participle, _ in DEFECTIVE_VERBS:
        forms |= {pasts[1], pasts[3], "ت" + present, "ت" + present + "ان"}
        forms |= {form for form in _defective_participle(participle) if form.endswith("ه")}
    return frozenset(forms)
