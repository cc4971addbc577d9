"""Rule-based extraction of direct quotes and reported speech from one Arabic article.

The rules follow the grammar of Arabic reported speech rather than any one outlet's style:

* a speech verb (قال، أضاف، أكد، أشار …, any person/number, past or present, or its participle مضيفاً) is
  followed by a speaker phrase (possibly empty: «وأضاف أن …») and an introducer: the complementiser
  أن/إن/بأن (with its pronoun forms إنه، أنها …), a colon, an opening quotation mark, or a preposition the
  verb governs (أشار إلى، أكد على، كشف عن، شكك في); a fronted subject (SVO: «روسيا تقول إنها …»,
  «وكان لافروف قد أشار …») is read back from the verb;
* what follows the introducer is the content: the quotation when a quotation is the whole complement
  (direct), otherwise the clause up to the end of the sentence, the next coordinated speech verb
  («، معتبراً أن …») or an attribution phrase («، حسب وكالة …») (indirect);
* attribution phrases (بحسب، حسب، وفقاً لـ، نقلاً عن، على لسان، على ما صرّح، كما قال) either name the
  relaying source of a quote in the same sentence (`via`) or attribute the rest of the sentence;
* a quotation followed by «، قال فلان» and a headline «فلان: …» are attributed to what follows/precedes;
* an implicit subject (وتابع …، معتبراً …), a pronoun (لكنها اعتبرت) or a definite description pointing
  back («الصحيفة»، «المتحدث»، «الوزير التركي»، «البيان») resolves to the last speaker named outside a quotation
  whose gender agrees, else to the last person named after a definite title of that gender;
* a speaker phrase is a noun phrase: adverbials of manner («بشكل قاطع») and pronoun objects («أكدوا لها»)
  are skipped, a verbal noun after the verb («أبدت موافقتها على …») is the object, a document speaks for its
  issuer («بيان صادر عن الوزارة»), a dotted acronym («سي.ان.ان») is one word, a preposition written onto a
  source («وطبقاً لتقارير») is not part of it, and a verb in a relative clause («الأطباء الذين أكدوا») or after
  a fronted subject («ماليزيا تؤكد …») takes that noun as its subject.

All matching runs on a folded copy of the text (`khabar.arabic.folding`), so hamza seats, alef maqsura,
ta marbuta and diacritics never matter; spans are mapped back to `Article.text`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from khabar.analyse.quotes.lexicon import (
    ACCORDING,
    ANAPHOR_HEADS,
    AUXILIARIES,
    BY_SAYING,
    CLAUSE_INITIAL_ONLY,
    DATA_NOUNS,
    DECLINED,
    DOCUMENT_HEADS,
    EVENT_NOUNS,
    EVIDENCE_HEADS,
    HOMOGRAPHS,
    LOOKBACK_STOPS,
    MASDAR_VERBS,
    NAME_LINKS,
    NONHUMAN_PLURALS,
    OUTLET_WORDS,
    POSITION_NOUNS,
    PREP_ONLY,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SPEAKER_STOPS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    UNNAMED_SOURCES,
    addressed_acronym,
    cue_pattern,
    default_speaker_key,
    feminine_forms,
    gazetteer_tags,
    participle_forms,
    place_only,
    verb_forms,
    word_set,
)
from khabar.analyse.quotes.naming import name_from_entities
from khabar.analyse.quotes.speakers import choose_speakers
from khabar.arabic import normalize
from khabar.arabic.folding import Folded, fold
from khabar.arabic.normalize import DIACRITICS, IGNORABLE
from khabar.model import Article, Quote, QuoteResolution, Span

__all__ = ["default_speaker_key", "extract_quotes", "quotes_from_text"]

Resolver = Callable[[str], str]

_MARKS = frozenset(DIACRITICS + IGNORABLE)
_CUE = cue_pattern()
_FORMS = verb_forms()
_PARTICIPLES = participle_forms()
_FEMININE = feminine_forms()
_OPEN = {"«": "»«", "“": "”“", "”": "”“", '"': '"”“', "„": "“”", "‘": "’'", "'": "'’"}
_CLOSERS = "»”“\"'’"
_INTRO = re.compile(
    r"(?P<colon>:)|(?P<quote>[«“”\"„]|(?<=:)»)"
    r"|(?<!\w)(?<!\w\.)(?P<comp>[بلف]?ان(?:ه|ها|هم|هما|نا|ني|هن)?)(?!\w|\.\w)"
    r"|(?<!\w)(?<!\w\.)(?P<prep>الي|علي|عن|عما|في|من)(?!\w|\.\w)"
)  # never a letter group of a dotted acronym: «سي.ان.ان»
_ACC = re.compile(rf"(?<!\w)(?:{ACCORDING})(?!\w)")
_WORD = re.compile(r"(?P<sep>[،,؛;()\-–—])|(?P<w>\w+(?:\.\w+)*\.?)")
_TERMINATORS = ".!?؟"
_SPECIAL = re.compile("[\n«“„\"'”»’.!?؟]")
_OPENERS = re.compile('[«“„"”]')
_NP_END = re.compile(r"[،,:؛;]|[.!?؟](?=\s|$)")
_NEGATION = re.compile(r"(?<!\w)(?:لم|لا|لن|ما|ولم|ولا|ولن|فلم|فلا)\s+$")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:عما|مما|ما|كما|حسبما|لما)\s*$")
_RELATIVES = word_set("الذي التي الذين والذي والتي والذين اللذين اللتين ممن")
_RESUMPTIVE = word_set("فيه فيها")  # «قالت فيه X»: "in which", then the speaker
_DASHES = "-–—"  # a separator written as a dash opens or closes an aside, not a clause
_PERSONAL_RELATIVES = word_set("الذين اللذين اللتين")
_REPORT_NOUNS = word_set("تقرير مقال مقاله بيان مراسل افتتاحيه تحقيق تغريده")
_FOOTER_LABELS = word_set("رابط")  # «رابط الخبر بصحيفة …:» introduces the page's own headline again
_HEADLINE_NOT = word_set("الصوره صوره نشر تاريخ المصدر مصدر اخر تحديث اقرا شاهد تابع المزيد ملاحظه")
_ASKED = re.compile(r"(?<!\w)[وف]?(?:سيل|سيلت|سوال|لدي سوال)(?!\w)")
_ASK_END = re.compile(r"(?<!\w)(?:عن|عما|حول|اذا|ما|هل|ان)(?!\w)|[،,:]")
_CLAUSE_WORDS = word_set("لا لم لن ليس ليست يمكن ولا ولم ولن")
_FINDING = "وجد"
_WROTE = "كتب"
# Verbs used impersonally in the passive («يُعتقد أن»، «وُجد أن»): with no subject, nobody is quoted.
_OPINION = frozenset({"توقع", "اعتقد", "راي", "رجح", "استبعد", _FINDING})
_COMP_BARE = frozenset({"ان", "بان", "لان", "فان"})
# «أشاد بـ …»، «طالب بـ …»: the attached preposition of a stance verb introduces its content; never a word that
# itself begins with ب («بن»، «بعد»، «بين») or an adverbial («بشكل»، «بدوره»).
_BI = re.compile(r"(?<!\w)(?P<prep>ب)(?=\w{3})")
_NOT_BI = word_set(
    "بن بنت بين بينما بعد بعض بعيد بدون بل بدوره بدورها بدورهم بحسب بحسبما بسبب بشان بالنسبه بالفعل بالاضافه "
    "بذلك بهذا بهذه بكل بصفته بصفتها بوصفه بوصفها بعدما بغض باسم باسمه باسمها باسمهم"
)
# Places and bodies that a ب attaches inside a speaker phrase: «مدير الجوازات بمنطقة مكة»، «الناطق بقيادة …».
_IN_PLACE = word_set(
    "منطقه محافظه مدينه وزاره قياده اداره اداره جامعه مركز هييه امانه مجلس شركه قسم تعليم مكتب سفاره "
    "قنصليه بلديه مستشفي مدرسه كليه دوله ولايه مملكه فرع مديريه شرطه محكمه نادي"
)
_MAX_REGION = 160  # characters between a cue and its introducer
_MAX_SPEAKER_WORDS = 14  # «رئيس قسم العلوم الإدارية بتعليم المدينة رئيس فريق العمل رشيد بن هاشم رشيد»
_MAX_HOMOGRAPH_REGION = 6  # words between «عبّر» (or another `HOMOGRAPHS` verb) and its own preposition
_MAX_REGION_WORDS = 22


@dataclass(slots=True)
class _Speaker:
    head: tuple[int, int] | None = None  # the speaker phrase as written (folded offsets)
    name: tuple[int, int] | None = None  # the name inside or beside it («جون كيربي»), when one is found
    via: tuple[int, int] | None = None
    pronoun: bool = False


@dataclass(slots=True)
class _Cand:
    cue: tuple[int, int]
    content: tuple[int, int]
    direct: bool
    speaker: _Speaker = field(default_factory=_Speaker)
    participle: bool = False
    dual: bool = False  # a dual verb (تؤكدان، قالا): a coordinated subject is two speakers
    feminine: bool = False  # the cue agrees with a feminine subject (قالت، مضيفةً)
    silent: bool = False  # a named speaker who says nothing here («رفض … التعليق»، «سُئل …»): context only
    agrees: bool = False  # the cue is a verb or participle, so `feminine` is its subject's gender
    subject: tuple[int, int] | None = None  # an unexpressed subject found in the syntax (an outer verb's)


@dataclass(slots=True, frozen=True)
class _Said:
    """A speaker named so far in the article, for the subjects and pronouns that point back to it."""

    desc: str  # the speaker phrase, folded
    name: str  # its display name
    is_outlet: bool
    feminine: bool  # from the agreement of its verb (قالت، أكدت) when it had one, else from its words


class _Text:
    """The folded text with its sentence boundaries (quotation-aware) and word helpers."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.folded: Folded = fold(text)
        self.t = self.folded.text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._sentences()

    def _sentences(self) -> None:
        t = self.t
        start = 0
        closer: str | None = None
        n = len(t)
        for m in _SPECIAL.finditer(t):
            i = m.start()
            ch = t[i]
            if ch == "\n":
                self._add(start, i)
                start, closer = i + 1, None
            elif closer is not None:
                if ch in closer:
                    closer = None
                    if self._ends_after_closer(i):  # «… قراري.» ووفقاً لرئيس …: the sentence ended inside
                        self._add(start, i + 1)
                        start = i + 1
            elif ch in "«“„" or (ch in "\"'”" and (i == 0 or not t[i - 1].isalnum())):
                closer = _OPEN.get(ch)
            elif ch in _TERMINATORS and (i + 1 >= n or t[i + 1].isspace()):
                self._add(start, i + 1)
                start = i + 1
        self._add(start, n)

    def _ends_after_closer(self, i: int) -> bool:
        """A closing mark right after a terminator and before a space ends the sentence, unless a speech verb
        follows («"… انتهى." قال فلان», a postposed attribution)."""
        t = self.t
        j = i - 1
        while j >= 0 and t[j] in " \t":
            j -= 1
        if j < 0 or t[j] not in _TERMINATORS or i + 1 >= len(t) or not t[i + 1].isspace():
            return False
        k = i + 1
        while k < len(t) and t[k] in " \t":
            k += 1
        return _CUE.match(t, k) is None

    def _add(self, start: int, end: int) -> None:
        while start < end and self.t[start].isspace():
            start += 1
        if start < end:
            self.starts.append(start)
            self.ends.append(end)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return (0, self.ends[0] if self.ends else len(self.t))
        return (self.starts[i], self.ends[i])

    def close_quote(self, open_at: int, limit: int) -> int | None:
        """Offset of the mark closing the quotation opened at `open_at`, within the line."""
        closers = _OPEN.get(self.t[open_at], "")
        line_end = self.t.find("\n", open_at)
        stop = min(limit, line_end if line_end >= 0 else len(self.t))
        for j in range(open_at + 1, stop):
            if self.t[j] in closers:
                return j
        return None

    def is_name(self, a: int, b: int) -> bool:
        """«علي» the name, not «على» the preposition (which folding spells alike)."""
        return self.original_of(a, b).endswith("ي")

    def original_of(self, a: int, b: int) -> str:
        """The original text of t[a:b]."""
        return self.original[self.folded.start(a) : self.folded.end(b)]

    def marked(self, a: int, b: int) -> str:
        """The original text of t[a:b] with the marks folding dropped after its last letter (tanween, shadda)."""
        end = self.folded.start(b) if b < len(self.t) else len(self.original)
        return self.original[self.folded.start(a) : end]

    def words(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """Words and separators of t[a:b] as (text, start, end); separators have text "," ."""
        out: list[tuple[str, int, int]] = []
        for m in _WORD.finditer(self.t, a, b):
            out.append(("," if m.lastgroup == "sep" else m.group(), m.start(), m.end()))
        return out


def _strip(t: str, a: int, b: int, chars: str = " \t\n،,.:؛;") -> tuple[int, int]:
    while a < b and t[a] in chars:
        a += 1
    while b > a and t[b - 1] in chars:
        b -= 1
    return a, b


def _bare(word: str) -> str:
    """A word without the article (and a leading و before it), for comparisons against the word lists."""
    for prefix in ("وال", "فال", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def _in(word: str, words: frozenset[str]) -> bool:
    """`word` is in `words`, possibly with و/ف, ل or the article in front."""
    if word in words or _bare(word) in words:
        return True
    return word[:1] in "وفل" and len(word) > 3 and (word[1:] in words or _bare(word[1:]) in words)


def _is_stop(word: str) -> bool:
    if word in SPEAKER_STOPS or word[0].isdigit():
        return True
    if word.startswith("و") and word[1:] in SPEAKER_STOPS and len(word) > 2:
        return True
    # «للأناضول», «لوكالة …», «لصحيفة …»: the audience of the statement, not the speaker.
    if word.startswith("لل"):
        return True
    return word.startswith("ل") and word[1:] in OUTLET_WORDS | {"صحفيين", "وسايل", "تلفزيون"}


def _acc_start(word: str) -> bool:
    return bool(_ACC.fullmatch(word)) and word not in {"كما", "علي"}


def _without_audience(tx: _Text, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words of a speaker region without an audience written apart from its ل: «كشف لـ«عكاظ» مدير …»،
    «وقال لـ"الوطن" إنه …»، «لـ«الشرق الأوسط»» (the outlet spoken to, never the speaker)."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(words):
        if words[k][0] == "ل" and k + 1 < len(words) and words[k + 1][0] != ",":
            gap = tx.t[words[k][2] : words[k + 1][1]]
            opener = next((i for i, ch in enumerate(gap) if ch in _OPEN), None)
            close = tx.close_quote(words[k][2] + opener, len(tx.t)) if opener is not None else None
            k += 2
            while close is not None and k < len(words) and words[k][2] <= close:
                k += 1  # the rest of a quoted outlet name
            continue
        out.append(words[k])
        k += 1
    return out


def _parse_region(tx: _Text, a: int, b: int, relay: bool, addressee: bool = False) -> _Speaker:
    """The speaker phrase between a cue and its introducer: head, name beside it, relaying source."""
    words = _without_audience(tx, tx.words(a, b))
    sp = _Speaker()
    if len(words) == 1 and _circumstantial(words[0][0]):
        return sp  # «وأضاف متحدياً "…"»: how he said it; the subject is implicit
    if relay:  # «نقلت الصحيفة عن مسؤولين أن …»: the speaker follows عن, the relay precedes it
        for k, (w, _, _) in enumerate(words):
            if w in {"عن", "عما"}:
                cut = words[k - 1][1] if k and words[k - 1][0] in {"نقلا", "ونقلا"} else words[k][1]
                before = _parse_region(tx, a, cut, relay=False) if k else _Speaker()
                # «عن فالين قوله إن …»: "his saying" is the object of نقل, not part of the name
                end = words[-1][1] if len(words) > k + 2 and words[-1][0] in _SPEECH_PRONOUNS else b
                after = _parse_region(tx, words[k][2], end, relay=False) if w == "عن" else _Speaker()
                if after.head is not None:
                    after.via = before.head
                    return after
                before.via = None
                return before
    for k, (w, _, _) in enumerate(words[:-1]):
        if w in {"نقلا", "ونقلا"} and words[k + 1][0] in {"عن", "عما"}:
            # «قال مسؤول نقلاً عن تقرير …»: the original source follows, the relay precedes
            source = _parse_region(tx, words[k + 1][2], b, relay=False)
            relay_by = _parse_region(tx, a, words[k][1], relay=False) if k else _Speaker()
            if source.head is not None:
                source.via = relay_by.name or relay_by.head
                return source
            return relay_by
    parts: list[list[tuple[str, int, int]]] = [[]]
    for item in words:
        if item[0] == ",":
            parts.append([])
        else:
            parts[-1].append(item)
    parts = [_without_adjuncts(part) for part in parts]
    kept: list[tuple[int, list[tuple[str, int, int]]]] = []
    head_rest: list[tuple[str, int, int]] = []  # where the head's piece went on past it («الوزارة في بيان»)
    skipped = False  # the piece before was skipped (a prepositional phrase, a relative clause)
    for index, part in enumerate(parts):
        if not part:
            continue
        if skipped and not kept and "(" in tx.t[part[0][1] - 2 : part[0][1]]:
            continue  # «وقال في تغريدة له بموقع التواصل الاجتماعي (تويتر)»: the brackets belong to the adjunct
        skipped = False
        if part[0][0] in _RESUMPTIVE and len(part) > 1:
            part = part[1:]  # «رابطاً لوكالة … قالت فيه جوليا كيتشوم …»: "in which", then the speaker
        first = part[0][0]
        if _acc_start(first) or (first in {"نقلا", "ونقلا"} and len(part) > 1):
            rest = part[1:]
            if rest and rest[0][0] in {"عن", "ل", "الي"}:
                rest = rest[1:]
            if rest:
                via = _trim(tx, rest)
                if via:
                    sp.via = (via[0][1], via[-1][2])
                    if first in {"نقلا", "ونقلا"} and kept:  # «صحيفة X نقلاً عن مسؤولين»
                        head = kept[0][1]
                        sp.via, kept = (head[0][1], head[-1][2]), [(index, via)]
            continue
        if first in _RELATIVES or _is_stop(first):
            skipped = True
            continue
        whole = part
        part = _trim(tx, part)
        if part:
            if not kept and _in(part[-1][0], _TITLES_WITH_PREPOSITION) and len(whole) > len(part):
                rest = whole[len(part) :]
                # «المشرف على العروض المخرج فيصل يماني», else «المشرف على فرق الفنون الشعبية هذال العتيبي»
                sp.name = _titled_name_in(tx, rest) or _name_closing(tx, rest)
            elif not kept and len(whole) > len(part) and whole[len(part)][0] == "في":
                # «المتحدث باسم المقاومة في تعز العميد سمير الحاج»: where the title holds, then the name
                rest = whole[len(part) + 1 : len(part) + 6]
                sp.name = (
                    _titled_name_in(tx, rest, within=2, persons=True)
                    or _name_after_place(tx, rest)
                    # «أستاذ العلاقات الدولية في جامعة لوران الدكتور سامي عبد النور»: a rank after the place
                    or _ranked_name(tx, whole[len(part) : len(part) + 9])
                )
            elif not kept and len(whole) > len(part) and _in(part[0][0], TITLE_WORDS):
                # «المتحدث الرسمي للرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ تركي الشليل»: the
                # title ran on past a preposition of its organisation's name to a rank and the name
                sp.name = _ranked_name(tx, whole[len(part) :])
            if not kept:
                head_rest = whole[len(part) :]
            kept.append((index, part))
    if not kept:
        return sp
    head_index, head = kept[0]
    if any(w[0] in _MEETINGS for w in words if w[2] <= head[0][1]):
        return _Speaker(via=sp.via)  # «وأكد خلال لقائه، الجمعة، ممثل الرئيس …»: whom the speaker met
    addressed = addressee and (_accusative_plural(head[0][0]) or head[0][0] in _COLLECTIVE_ADDRESSEES)
    if addressed or _addressed_person(head[0][0]) or _addressed_acronym(head):
        # «ودعت المشجعين إلى …», «أعربت لجون …»: whom the speaker addressed; the subject is implicit
        return _Speaker(via=sp.via)
    to_whom = next((k for k in range(1, len(head)) if _addressed_acronym(head[k:])), None)
    if to_whom is not None:
        head = head[:to_whom]  # «وقال المسدي لبي بي سي»: the speaker, then whom he spoke to
    if addressee:
        # «دعت الوزارة المتقدمين …»: after a definite noun (never the first term of a genitive) the plural
        # in «ـين» is the addressee; «اتحاد المعلمين» (no article before it) is one name
        cut = next(
            (
                k
                for k in range(1, len(head))
                if head[k - 1][0].startswith("ال")
                and (_accusative_plural(head[k][0]) or _construct_addressee(tx, head, k))
            ),
            None,
        )
        if cut is not None:
            head = head[:cut]
    if head[0][0] in PRONOUN_SUBJECTS:  # «وقال وهو يرتدي زي الحداد …»: a circumstantial clause, not a name
        sp.pronoun = True
        return sp
    sp.head = (head[0][1], head[-1][2])
    issuer = _issuer(tx, head)
    if issuer is not None:
        sp.name = issuer
        return sp
    if sp.name is not None:
        return sp
    name = _name_in(tx, head)
    # «دعا المجلس، حزبَ المحافظين إلى …»: after a verb of appeal the next piece is the addressee; a piece in
    # parentheses («المجلس (أكبر منظمة …)») describes the head: neither is its name.
    bracketed = "(" in tx.t[head[-1][2] : kept[1][1][0][1]] if len(kept) > 1 else False
    if bracketed and name is None and len(head) == 1 and _in(head[0][0], OUTLET_WORDS):
        name = (kept[1][1][0][1], kept[1][1][-1][2])  # «وكالة (ذا كنديان برس) للأنباء»: the name in brackets
    # A piece after a head that was cut short describes what followed the head («الوزارة في بيان، نشرته …»).
    adjacent = len(kept) > 1 and kept[1][0] == head_index + 1  # the next piece comes right after the head
    follows = adjacent and not head_rest
    titled_head = any(_person_title(w[0]) for w in head)
    place_only = len(head_rest) <= 3 and not any(w[0] == "مع" or _in(w[0], TITLE_WORDS) for w in head_rest)
    if name is None and head_rest and place_only and titled_head and adjacent:
        # «رئيس اتحاد المسلمين في الولاية، أفنين ألتينر،»: a person's title cut at its place, then the name
        # (not «… في مؤتمر صحفي مع نظيره المصري، سامح شكري»: the counterpart's)
        name = _whole_name(tx, kept[1][1])
    if name == sp.head and follows and _person_title(head[0][0]):
        # «رئيس رابتورز، ماساي أوجيري،»: a title with a bare genitive read as a name, then the name itself
        name = _whole_name(tx, kept[1][1]) or name
    if name is None and follows and not addressee and not bracketed:
        apposition = kept[1][1]
        first = apposition[0][0]
        if len(apposition) <= 4 and not first.startswith("ال") and not _in(first, TITLE_WORDS):
            name = (apposition[0][1], apposition[-1][2])
        elif len(apposition) <= 4 and _in(first, TITLE_WORDS):
            name = _titled_name_in(tx, apposition)  # «وزير التربية …، الدكتور طارق شوقي،»
    sp.name = name
    return sp


def _whole_name(tx: _Text, aside: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The comma aside when it is a name of two or three words and nothing else («، أفنين ألتينر،»)."""
    full = _full_name_at(tx, aside)
    return full if full is not None and len(aside) in (2, 3) and full == (aside[0][1], aside[-1][2]) else None


# Ranks and honorifics written right before their holder's own name.
_RANKS = word_set("الشيخ الدكتور المهندس الاستاذ العقيد اللواء العميد المقدم النقيب الرايد")
# Whom an appeal is made to, never who makes it: «ودعا الشعب اليمني بمختلف مكوناته إلى …».
_COLLECTIVE_ADDRESSEES = word_set("الشعب المجتمع الجميع الاطراف الجماهير العالم الامه")
# A meeting with the subject's pronoun: the noun phrase after it is whom the subject met, not the speaker.
_MEETINGS = word_set(
    "لقايه لقايها لقاءه لقاءها اجتماعه اجتماعها استقباله استقبالها اتصاله اتصالها مباحثاته مباحثاتها "
    "محادثاته محادثاتها"
)


# Manner words of the base form after a speech verb («وتابع مازحاً»): the pattern below only knows derived forms.
_MANNER_WORDS = word_set("مازحا ضاحكا ساخرا غاضبا باكيا متهكما")


def _circumstantial(word: str) -> bool:
    """An indefinite accusative participle of a derived form standing alone («متحدياً»، «مستغرباً»، «مبتسماً»),
    or a manner word («مازحاً»): the manner of speaking, never a name (given names in «م…ا» are not
    participles of these forms)."""
    if word in _MANNER_WORDS:
        return True
    return (
        len(word) >= 6
        and word.startswith("م")
        and word.endswith("ا")
        and "ت" in word[1:3]  # «متحدياً»، «مبتسماً»، «مستغرباً»
        and not _known_name(word)
    )


def _construct_addressee(tx: _Text, head: list[tuple[str, int, int]], k: int) -> bool:
    """«ودعت الجمعية هيئة الإشراف على الانتخابات إلى …»: after an organisation's definite noun, a bare noun with
    a definite genitive starts a new noun phrase, the addressee (a definite noun never heads a genitive, and
    an adjective would carry the article). Not after a title, where a name follows («الرئيس عادل الجبير»),
    nor for a known given name."""
    if k + 1 >= len(head) or _in(head[k - 1][0], TITLE_WORDS):
        return False
    word = head[k][0]
    if word.startswith(("ال", "لل", "و")) or _attached_lam(word) or not word.isalpha() or _known_name(word):
        return False  # «الأمين العام للجامعة العربية», «محمد القاطرجي وشركة القاطرجي»: one noun phrase
    return _article(tx, head[k + 1])


def _accusative_plural(word: str) -> bool:
    """A definite sound masculine plural in «ـين» on a participle («المشجعين»، «المواطنين»، «المسؤولين»): the
    ending of the object or genitive, never of a subject (which ends in «ـون»)."""
    return word.startswith("الم") and word.endswith("ين") and len(word) >= 8


def _addressed_person(word: str) -> bool:
    """«حين أعربت لجون لوي ديماس، الرئيس التنفيذي …، عن رغبتها»: a given name with the preposition ل written
    onto it is whom the speaker spoke to (the NER gazetteer knows «جون» as a name, not «لجون»; «لافروف» is a
    name of its own)."""
    return _attached_lam(word) and not gazetteer_tags(word) and _known_name(word[1:])


def _addressed_acronym(head: list[tuple[str, int, int]]) -> bool:
    """«وقال لبي بي سي: …»: whom the speaker spoke to (see `addressed_acronym`)."""
    return addressed_acronym([w[0] for w in head[:2]])


# Adverbials of manner («بشكل قاطع»، «بصورة رسمية»، «على نحو واضح») and pronoun objects («أكدوا لها أن»):
# the verb's adjuncts and addressees, never its subject.
_MANNER = word_set("بشكل وبشكل بصوره وبصوره بطريقه وبطريقه بصفه بكل وبكل بلهجه وبلهجه بنبره وبنبره")
_OBJECT_PRONOUNS = word_set(
    "له لها لهم لهما لهن لنا لي لك لكم اليه اليها اليهم اليهما الينا عليه عليها عليهم منه منها منهم "
    "عنه عنها عنهم به بها بهم بنفسه بنفسها بنفسهم"
)


_TIME_BEFORE_SUBJECT = word_set("اليوم امس مساء")  # not «صباح», also a given name («صباح الخالد»)
_SO_CALLED = word_set("تسمي يسمي يعرف تعرف")
_DEMONSTRATIVES = word_set("هذا هذه ذلك تلك هذان هاتان هولاء اولايك")
_AFTER_MANNER = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_MANNER)) + r")\s+$")


def _without_adjuncts(part: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A comma-free piece of a speaker phrase without leading adverbials of manner and pronoun objects."""
    if part and part[0][0] == "وسط":
        return []  # «وأضافت وسط هتاف الجماهير»: an adverbial ("amid"), not a speaker
    k = 0
    while k < len(part):
        word = part[k][0]
        if word in _MANNER:
            k += 2
        elif word == "علي" and k + 1 < len(part) and part[k + 1][0] == "نحو":
            k += 3
        elif word == "ما" and k + 1 < len(part) and part[k + 1][0] in _SO_CALLED:
            k += 2  # «وأعلنت ما تسمى مؤسسة الكنانة …»: "the so-called", then the subject
        elif word in _OBJECT_PRONOUNS or (k == 0 and word in _DEMONSTRATIVES):
            k += 1  # «أوضح ذلك الناطق …»: the demonstrative is the verb's object, the speaker follows it
        elif word in _TIME_BEFORE_SUBJECT and k + 1 < len(part):
            k += 1  # «وأكد أمس الوزير …»، «أوضح ذلك اليوم مدير عام …»: when, then who
        else:
            break
    return part[k:]


_ISSUED = word_set("صادر صادره صدر صدرت")
# Verbs of a relative clause right after an indefinite document noun: «في بيان تلقت وكالة فرانس برس نسخة
# منه»، «في بيان نشرته على موقعها»; whoever follows them received or published it, not its issuer.
_HANDED = word_set(
    "تلقت تلقي تلقته تلقاه تسلمت تسلم حصلت حصل نشر نشرت نشره نشرته نشرها نشرتها اصدر اصدرت اصدره اصدرته "
    "اذاع اذاعت اذاعه اذاعته بث بثت بثه بثته وزع وزعت وزعه وزعته نقلته نقله تم"
)
_ACCREDITED = word_set("سفير سفيره مندوب مندوبه ممثل ممثله مبعوث مبعوثه")


def _issuer(tx: _Text, head: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """«بيان صادر عن القوات البحرية الباكستانية» → «القوات البحرية الباكستانية»: a document speaks for its issuer."""
    for k in range(len(head) - 2):
        if _bare(head[k][0]) in _ISSUED and head[k + 1][0] == "عن":
            rest = head[k + 2 :]
            return _name_in(tx, rest) or (rest[0][1], rest[-1][2])
    return None


_YEAR_WORDS = word_set("لعام للعام عام العام لسنه للسنه")


def _trim(tx: _Text, part: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Cut a speaker phrase at the first preposition, time word, relative or audience word."""
    out: list[tuple[str, int, int]] = []
    for item in part:
        word = item[0]
        if word == "عن" and out and _bare(out[-1][0]) in _ISSUED:
            out.append(item)  # «بيان صادر عن القوات البحرية»: the issuer belongs to the speaker phrase
            continue
        if word == "علي" and tx.is_name(item[1], item[2]):
            out.append(item)
            continue
        if word == "لدي" and any(_bare(w[0]) in _ACCREDITED for w in out):
            out.append(item)  # «سفير خادم الحرمين الشريفين لدى أستراليا نبيل …»: where the envoy serves
            continue
        if word == "من" and len(out) == 1 and _bare(out[0][0]) in QUANTIFIERS:
            out.append(item)  # «كل من تركيا وروسيا», «كثير من المسؤولين»: the group is the speaker
            continue
        if out and word.startswith("لل") and (out[-1][0].startswith("ال") or _in(out[-1][0], TITLE_WORDS)):
            # «المساعد للطب العلاجي», «الأمين العام للأمم المتحدة»: a genitive, not an audience
            out.append(item)
            continue
        if out and word.startswith("ل") and word[1:] in OUTLET_WORDS and _bare(out[-1][0]) in _REPORT_NOUNS:
            out.append(item)  # «تقرير لصحيفة …»: the report of an outlet, not a statement to it
            continue
        if out and (
            _is_stop(word) or word in _RELATIVES or _acc_start(word) or word in _FORMS or word in _MANNER
        ):
            break  # … or a speech verb of its own: «نقلاً عن مقاطع قالت إنها …»
        if not out and _is_stop(word):
            return []
        if out and _bare(word) in _YEAR_WORDS and tx.t[item[2] : item[2] + 6].strip()[:1].isdigit():
            break  # «تقرير منظمة الصحة العالمية لعام 2016»: the year of the report, not its name
        out.append(item)
        if len(out) >= _MAX_SPEAKER_WORDS:
            break
    return out


def _name_in(tx: _Text, head: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The proper name inside a speaker phrase: «وزير الدفاع الأميركي آشتون كارتر» → «آشتون كارتر»."""
    words = [w for w, _, _ in head]
    if len(words) >= 2 and _bare(words[0]) in QUANTIFIERS and words[1] == "من":
        return (head[0][1], head[-1][2])  # «كثير من المسؤولين»: the group as a whole
    titled = any(_in(w, TITLE_WORDS) or w.startswith("ال") for w in words)
    indefinite = not any(w.startswith(("ال", "وال")) for w in words) and len(words) <= 3
    if not titled or (_in(words[0], UNNAMED_SOURCES) and not words[0].startswith(("ال", "وال"))):
        return (head[0][1], head[-1][2])
    if indefinite and _in(words[0], TITLE_WORDS) and not _in(words[0], OUTLET_WORDS):
        return (head[0][1], head[-1][2])  # «مسؤول أمريكي», «تقرير استخباراتي»: an unnamed source
    outlet_at = next((k for k, w in enumerate(words) if _in(w, OUTLET_WORDS)), None)
    if outlet_at is not None and outlet_at + 1 < len(head):
        after = head[outlet_at][2]
        gap = tx.t[after : head[outlet_at + 1][1]]
        if any(ch in _OPEN for ch in gap):  # «صحيفة "واشنطن بوست" الأميركية»: the quoted name
            close = tx.close_quote(after + gap.index(next(ch for ch in gap if ch in _OPEN)), head[-1][2] + 2)
            inner = [w for w in head[outlet_at + 1 :] if close is None or w[2] <= close]
            if inner:
                return (inner[0][1], inner[-1][2])
        run = []
        for item in head[outlet_at + 1 :]:
            if item[0].startswith("ال") and run and (not run[0][0].startswith("ال") or _nisba(item[0])):
                break
            run.append(item)
        if run and len(run) == 1 and _bare(run[0][0]) in _GENERIC_OUTLET:
            return (head[outlet_at][1], head[-1][2])  # «وكالة الأنباء السودانية»: not just «الأنباء»
        if run and not _nisba(run[0][0]):
            return (run[0][1], run[-1][2])  # «صحيفة الحياة اللندنية» → «الحياة»
    # A name first, then its title: «حسين صالح الجنيدي وكيل محافظة أبين» → «حسين صالح الجنيدي».
    # («ألكساندرو رافيلا رئيس مختبر»: a name written with «أل», which folding spells like the article)
    if not (_article(tx, head[0]) or words[0].startswith("وال")) and not _in(words[0], TITLE_WORDS):
        end = 0
        for k in range(len(words)):
            if _in(words[k], TITLE_WORDS) or words[k] in _NOT_NAME:
                break
            if k and words[k].startswith("ال") and not _name_article(words, k):
                break
            end = k
        return (head[0][1], head[end][2])
    while len(head) > 1 and _masdar(head[-1][0]):
        head, words = head[:-1], words[:-1]  # «معالي الأمين العام ضرورة»: the verb's object, not a name
    # Backwards from the end: name words, and family names with the article after a first name
    # («محمد العلي», «عبد الفتاح السيسي»), up to the title.
    start: int | None = None
    for k in range(len(head) - 1, -1, -1):
        word = head[k][0]
        if word.startswith(_PREPOSED_ARTICLE) or word in _LED_BY:
            start = None  # «مستشار الأمن القومي بالبيت الأبيض»: a place after a preposition is not a name,
            break  # nor the leader in «التحالف بقيادة السعودية»
        if _in(word, TITLE_WORDS) or word in _NOT_NAME:
            break
        if (word.startswith("ال") or _and_article(word)) and not _name_article(words, k):
            break  # «وزير التربية والتعليم المصري»: a coordinated noun of the title, not a name
        if (
            start is not None
            and not words[start].startswith("ال")  # «لحرس الحدود»: the article-initial rest is no given name
            and _attached_lam(word)
            and k
            and (words[k - 1].startswith("ال") or _in(words[k - 1], TITLE_WORDS))
        ):
            break  # «الرئيس التنفيذي لتوتال باتريك بويانيه»: the title's «لـ» complement, then the name
        start = k
    if start is not None:
        if start > 0 and words[start - 1] == "لدي":
            if start + 1 == len(head):
                return None  # «سفير اليمن لدى موسكو»: the country alone; the name, if any, follows
            start += 1  # «لدى أستراليا نبيل بن محمد آل صالح»: the country, then the envoy's name
        if _attached_lam(words[start]) and words[0].startswith("ال"):
            return None  # «التحالف العربي لدعم الشرعية»: an organisation's purpose, not a name in it
        if (
            start > 0
            and start + 1 < len(head)
            and _in(words[start - 1], TITLE_WORDS)
            and len(words[start]) >= 5  # not فِعال, the pattern of many given names (حماد، زياد، روان)
            and _masdar_pattern(words[start])
            and words[start + 1].startswith("ال")
        ):
            return None  # «رئيس اتحاد المسلمين»: the title's genitive (a verbal noun), not a name
        return (head[start][1], head[-1][2])
    return None


_PREPOSED_ARTICLE = ("بال", "لل", "كال", "وبال", "ولل")
_GENERIC_OUTLET = word_set("انباء اخبار")  # «وكالة الأنباء المركزية الكورية»: the whole phrase is the name
_LED_BY = word_set("بقياده برياسه")
_NOT_NAME = frozenset({"باسم", "باسمه", "باسمها", "باسمهم", "عن", "و", "لدي"})


def _nisba(word: str) -> bool:
    """A relative adjective (الأميركية، اللندنية، الروسي): describes an outlet, is not its name."""
    return word.startswith("ال") and word.endswith(("يه", "ي", "يين", "يون"))


def _and_article(word: str) -> bool:
    """«والتعليم»، «والدفاع»: و and the article before a noun (not «والد» "father", «والي» "governor")."""
    return word.startswith("وال") and len(word) >= 6


def _name_article(words: list[str], k: int) -> bool:
    """May the article-initial word at `k` belong to a name (a family name after a first name)?"""
    if k == 0:
        return False
    prev = words[k - 1]
    if prev in NAME_LINKS:
        return True
    if (
        not prev.startswith("ال")
        and not _and_article(prev)
        and not _in(prev, TITLE_WORDS)
        and prev not in _NOT_NAME
    ):
        return True
    return k >= 2 and words[k - 2] in NAME_LINKS


def _lookback(tx: _Text, sentence_start: int, cue_start: int) -> _Speaker:
    """A subject fronted before its verb: «روسيا تقول إنها …», «وكان لافروف قد أشار …»."""
    words = tx.words(sentence_start, cue_start)
    aside = _relative_aside(tx, words)
    if aside is not None:  # «لكن الديمقراطيين، الذين يعارضون التعديلات، يقولون إن …»: the subject before it
        return _lookback(tx, sentence_start, aside)
    taken: list[tuple[str, int, int]] = []
    crossed_comma = False
    skipping = False
    for index in range(len(words) - 1, -1, -1):
        item = words[index]
        word = item[0]
        if (
            taken
            and word in _COMPLEMENT_PREPOSITIONS
            and index
            and _indefinite_adjective(tx, words[index - 1])
        ):
            taken.insert(0, item)  # «دبلوماسياً غربياً مطلعاً على المحادثات قال»: the adjective's complement
            continue
        if word == "," and tx.t[item[1]] in _DASHES:
            if not taken and not skipping:
                skipping = True  # «مسؤوليْن أميركيين -اشترطا عدم الكشف عن هويتهما- قالا …»
                continue
            if skipping:
                skipping = False
                continue
        if skipping:
            continue
        if word in AUXILIARIES and not taken:
            continue
        if word in _PERSONAL_RELATIVES and not taken and not crossed_comma:
            continue  # «الأطباء الذين أكدوا لها أن …»: a relative clause's verb has its antecedent as subject
            # (only the plural and dual relatives: «الخطة التي قال إنها …» has the plan as object)
        if word == "," and not taken and not crossed_comma:
            crossed_comma = True  # «وكانت صحيفة "واشنطن بوست"، أفادت بأن …»: needs كان before the subject
            continue
        if crossed_comma and word in AUXILIARIES:
            break
        if not taken and (word in PRONOUN_SUBJECTS or word in {"لكنه", "لكنها"}):
            return _Speaker(pronoun=True)  # «لكنها اعتبرت أن …»
        if word == "," or word in LOOKBACK_STOPS or word in AUXILIARIES or word[0].isdigit():
            break
        if word in _FORMS or _is_stop(word) or word in _MANNER or word in _OBJECT_PRONOUNS:
            return _Speaker()  # … or an adverbial of manner or a pronoun object: «بشكل قاطع أكد», «لها قال»
        if not taken and word.startswith(_PREPOSED_ARTICLE):
            return _Speaker()  # «ودمر الموقع بالكامل وكان يتوقع …»: a prepositional phrase, not a subject
        taken.insert(0, item)
        if len(taken) > 5 and not (len(taken) <= 8 and _name_then_title(tx, taken)):
            return _Speaker()
    if not taken:
        return _Speaker()
    if (
        len(taken) >= 3
        and taken[-1][0] in _SPEECH_EVENTS
        and _verb_like(taken[0][0])
        and not _article(tx, taken[0])  # «الرئيس الأمريكي كلمة» has no verb to give it
    ):
        taken = taken[1:-1]  # «ألقى مفتي أستراليا كلمة أشاد فيها …»: the verb's subject gave the speech
    if crossed_comma:
        before = [w for w in words if w[2] <= taken[0][1]]
        if not before or before[-1][0] not in AUXILIARIES:
            return _Speaker()
    # A leading conjunction belongs to the clause, not the name: «وواشنطن تقول» → «واشنطن».
    # A clause-initial و is the conjunction, but «وزير الداخلية …» begins with its own و, and so does a name
    # inside a clause: «غير أن واشنطن تتهم …».
    first = taken[0][0]
    before = tx.t[min(sentence_start, tx.sentence(taken[0][1])[0]) : taken[0][1]].rstrip()
    initial = not before or before[-1] in "،,:؛"
    conj = initial and first.startswith("و") and len(first) > 3 and first not in TITLE_WORDS | OUTLET_WORDS
    start = taken[0][1] + conj
    if taken[0][0] in {"و", "ف"}:
        taken = taken[1:]
        if not taken:
            return _Speaker()
        start = taken[0][1]
    head = (start, taken[-1][2])
    name = _name_in(tx, taken)
    if name is not None:
        name = (max(name[0], start), name[1])
    return _Speaker(head=head, name=name)


# Speeches given, whose giver speaks in the relative clause after them: «ألقى الوزير كلمة أكد فيها …».
_SPEECH_EVENTS = word_set("كلمه خطابا خطاب بيانا رساله محاضره تصريحا حديثا")


# The prepositions that open a verb's or an adjective's complement («مطلعاً على …»، «طلب من …»).
_COMPLEMENT_PREPOSITIONS = word_set("علي في من عن الي")


def _indefinite_adjective(tx: _Text, item: tuple[str, int, int]) -> bool:
    """An indefinite accusative written with its tanween or alif («مطلعاً»، «مقرباً»): an adjective or
    participle whose complement follows, not the end of a prepositional phrase."""
    word = item[0]
    if word.startswith("ال") or len(word) < 4 or not word.endswith("ا"):
        return False
    return bool(_TANWEEN.search(tx.marked(item[1], item[2])))


def _name_then_title(tx: _Text, words: list[tuple[str, int, int]]) -> bool:
    """Do `words` begin with a person's name of two or three words and go on with a person's title? «عبدالعزيز
    كابراوي نائب وزير النقل الماليزي» (a fronted subject that runs past five words)."""
    if _name_at(tx, words[:1]) is None:
        return False
    for j in range(1, min(4, len(words))):
        word = words[j][0]
        if _in(word, TITLE_WORDS):
            return j >= 2 and _person_title(word)
        if word == "," or _is_stop(word) or word in _FORMS:
            return False
    return False


def _relative_aside(tx: _Text, words: list[tuple[str, int, int]]) -> int | None:
    """Where a relative clause set off by commas right before a verb begins (its opening comma), if one is:
    «الديمقراطيين، الذين يعارضون التعديلات، يقولون»."""
    if len(words) < 4 or words[-1][0] != "," or tx.t[words[-1][1]] in _DASHES:
        return None
    for k in range(len(words) - 2, 0, -1):
        if words[k][0] == ",":
            opens = words[k + 1][0] in _RELATIVES and tx.t[words[k][1]] not in _DASHES
            return words[k][1] if opens and words[k - 1][0] != "," else None
    return None


def _content_end(tx: _Text, c0: int, s1: int) -> int:
    """End of an indirect content: sentence end, a coordinated speech verb or an attribution phrase."""
    end = s1
    for m in _CUE.finditer(tx.t, c0, s1):
        if m.group("verb") in HOMOGRAPHS:
            continue  # «… ، عبر موقعها»: the preposition
        before = tx.t[max(c0, m.start() - 3) : m.start()]
        if "،" in before or "," in before or (m.group("conj") and m.group("verb")):
            prefix = tx.t[c0 : m.start()].rstrip()
            if prefix.endswith(("،", ",")) or m.group("conj"):
                end = min(end, m.start())
                break
        if m.group("verb") in _PARTICIPLES and _adverbial(tx, c0, m):
            end = min(end, m.start())  # «… المخالفين مشدداً على …»: the speaker's next statement
            break
    for m in _ACC.finditer(tx.t, c0, end):
        before = tx.t[max(c0, m.start() - 3) : m.start()]
        if ("،" in before or "," in before) and m.group() not in {"كما"}:
            end = m.start()
            break
    meanwhile = _MEANWHILE.search(tx.t, c0, end)
    if meanwhile is not None:
        end = meanwhile.start()  # «وطالبت بعض الأصوات بوقف التصعيد، فيما توالت بيانات …»: the writer goes on
    return end


_MEANWHILE = re.compile(r"[،,]\s*فيما\s")


def _quote_content(tx: _Text, q: int, s1: int) -> tuple[int, int, int]:
    """(content start, content end, position after the closing mark) of a quotation opened at q."""
    close = tx.close_quote(q, len(tx.t))
    if close is None:
        line_end = tx.t.find("\n", q)
        end = line_end if line_end >= 0 else len(tx.t)
        a, b = _strip(tx.t, q + 1, end)
        b2 = b
        while b2 > a and tx.t[b2 - 1] in _CLOSERS:
            b2 -= 1
        return a, b2, end
    a, b = _strip(tx.t, q + 1, close)
    return a, b, close + 1


def _is_name_quote(tx: _Text, q: int) -> bool:
    """«صحيفة "واشنطن بوست"»، «وكالة «تاس»»: a quoted name, not a quotation."""
    close = tx.close_quote(q, q + 60)
    if close is None:
        return False
    inner = tx.words(q + 1, close)
    before = tx.words(max(0, q - 25), q)
    prev = before[-1][0] if before else ""
    # «صحيفة "…"», «لـ"سكاي نيوز عربية"» (an audience), or a short name
    if len(inner) <= 4 and (_in(prev, OUTLET_WORDS) or prev == "ل" or len(inner) <= 2):
        return True
    # «التقرير السنوي الذي نشرته "الجمعية الأميركية لمحرري الصحف" أن …»: the statement follows the name
    after = tx.words(close + 1, close + 12)[:1]
    return len(inner) <= 6 and bool(after) and after[0][0] in _ANNA_WORDS


def _direct_whole(tx: _Text, after: int, s1: int) -> bool:
    """After a closing mark: is the rest of the sentence empty or only an attribution?"""
    rest = tx.t[after:s1].strip(" \t.،,؛;»”\"'")
    if not rest:
        return True
    if tx.t[after:s1].lstrip().startswith(("،", ",")):
        m = _CUE.match(rest) or _ACC.match(rest)
        return m is not None
    return False


# Nouns of necessity and importance before «أن», the head of what was said: «أكد الوزير ضرورة أن …».
_NECESSITY = word_set("ضروره اهميه وجوب")
# Words after which «أن» opens a verb's clause («بعد أن»، «يجب أن»), never what a speaker said.
_SUBJUNCTIVE_LEADS = word_set("يجب ينبغي يمكن يتعين يجوز بد لابد يحق يستطيع تستطيع بعد قبل دون بدون منذ")


def _subjunctive(tx: _Text, s0: int, at: int) -> bool:
    """Does the «أن» at `at` follow a modal or a conjunction of time («بعد أن»)? «أكدت فيما بعد أن …» ("later")
    is the speech's own «أن»."""
    lead = _previous_word(tx, s0, at)
    if lead not in _SUBJUNCTIVE_LEADS:
        return False
    return _previous_word(tx, s0, tx.t.rfind(lead, s0, at)) != "فيما"


def _also_said(tx: _Text, verb_end: int, intro: re.Match[str] | None) -> bool:
    """After «كما» and a verb, does the verb's own «أن» follow a short subject with no clause between («كما
    أشار سعادته بأن …», «، كما أكد مدير الحلول التقنية روب سادوفسكي، أن …»)? Then «كما» is "also"."""
    if intro is None or intro.lastgroup != "comp":
        return False
    region = tx.t[verb_end : intro.start()].rstrip(" ،,")
    words = [w for w in tx.words(verb_end, intro.start()) if w[0] != ","]
    return not any(ch in region for ch in "،,؛:") and len(words) <= 7


def _from_cue(tx: _Text, m: re.Match[str]) -> _Cand | None:
    t = tx.t
    kind = m.lastgroup or "verb"
    c_start = m.start(kind)
    cue = (c_start, m.end())
    s0, s1 = tx.sentence(c_start)
    embedded = _embedded(tx, m, s0, s1)
    if embedded is not None:  # «عمّا قالت إنها مسودة اتفاق أن …»: what the outer speaker called a draft
        feminine = m.group(kind) in _FEMININE
        return _Cand(
            cue=cue,
            content=embedded[:2],
            direct=False,
            feminine=feminine,
            agrees=True,
            subject=_outer_subject(tx, embedded[2], m.start(), feminine),
        )
    word = m.group(kind)
    lemma, extras = _FORMS.get(word, (word, ()))
    if ((word in HOMOGRAPHS and word[0] not in "يت") or word in CLAUSE_INITIAL_ONLY) and not (
        m.group("conj") or _clause_initial(tx, s0, m.start()) or _after_adverbial_opening(tx, s0, m.start())
    ):
        return None  # «حصل طالب في الجامعة على …»: a past form inside a clause is the noun
    relative = _RELATIVE_BEFORE.search(t, max(s0, c_start - 8), m.start())
    lead = t[s0 : relative.start()].rstrip() if relative is not None else ""
    also = (
        relative is not None and relative.group().strip() == "كما" and (not lead or lead.endswith(("،", ",")))
    )
    if relative is not None and not (relative.group().strip() == "كما" and (lemma in PREP_ONLY or also)):
        return None  # «عمّا قالت …», «كما قال …»: a relative clause, read by the attribution rules
        # (but «كما أشاد بـ …»، «كما دعا إلى …» is "he also praised", a stance with its own preposition, and
        # so is a verb after «كما» opening a sentence or, with its own «أن», a clause: «، كما أشار سعادته بأن …»)
    if _not_a_cue(tx, s0, m):
        return None
    if word == lemma and _AFTER_COPULA.search(t, max(s0, m.start() - 8), m.start()):
        return None  # «كانت النتيجة رفضَ الزعيم أن …»: the verbal noun spelled like the verb, not a verb
    participle = kind == "verb" and word in _PARTICIPLES
    tied: _Speaker | None = None
    if participle:
        before = t[s0 : m.start()].rstrip()
        # «…» معترفاً بأن …»: a quotation closed before the participle ends a clause as a comma does
        closed = before.endswith(("»", "”")) or (before.endswith('"') and before.count('"') % 2 == 0)
        if before and not before.endswith(("،", ",", "؛")) and not closed:
            # «، مضيفاً أن …»: a participle reports speech after a comma, not inside a phrase; only قائلاً
            # also follows a verb of speaking or telling directly («وتابع الوزير قائلاً»، «وأخبره قائلاً»)
            tied = _tied_to_verb(tx, s0, m.start()) if lemma == "قال" else None
            if tied is None and not _adverbial(tx, s0, m):
                return None
    if _AFTER_MANNER.search(t, max(s0, m.start() - 12), m.start()):
        return None  # «بطريقة تشير إلى …»: an adjective clause of a manner noun, not a speaker's verb
    limit = min(s1, m.end() + _MAX_REGION)
    pos = nested_from = m.end()
    intro: re.Match[str] | None = None
    bi = _attached_bi(tx, m.end(), limit) if "ب" in extras else None
    while pos < limit:
        im = _INTRO.search(t, pos, limit)
        if bi is not None and bi.start() >= pos and (im is None or bi.start() < im.start()):
            if _CUE.search(t, nested_from, bi.start()) is None:
                intro = bi
            break
        if im is None:
            break
        # skipped: «قال الوزير في تصريحات أذيعت أمس إن …»، «قال راي إن»، «قال كيربي في رسالة عبر البريد إن»
        nested = next(
            (
                n
                for n in _CUE.finditer(t, nested_from, im.start())
                if not (_not_a_cue(tx, s0, n) or n.group("verb") in HOMOGRAPHS)
            ),
            None,
        )
        if nested is not None:
            inner = _embedded(tx, nested, s0, s1, outer=m)
            if inner is not None:  # «نقلاً عن مقاطع قالت إنها مسودة اتفاق أن …»: skip the embedded clause
                pos = nested_from = inner[1]
                continue
            if _RELATIVE_BEFORE.search(t, max(s0, nested.start() - 8), nested.start()):
                skip = _INTRO.search(t, nested.end(), limit)  # «عمّا قالت إنها مسودة» inside the region
                pos = nested_from = skip.end() if skip else limit
                continue
            break
        group = im.lastgroup
        if group == "comp" and _subjunctive(tx, s0, im.start()):
            pos = im.end()  # «بعد أن التقى نظيره»، «التي يجب أن تصوّت»: not the «أن» of what was said
            continue
        if group == "quote" and _is_name_quote(tx, im.start()):
            close = tx.close_quote(im.start(), limit)
            pos = (close + 1) if close is not None else im.end()
            continue
        if group == "prep":
            after_prep = _skip_space(t, im.end())
            if im.group() == "الي" and (saying := _TO_SAYING.match(t, after_prep)):
                after_prep = saying.end()  # «خلص التقرير إلى القول إن …»
            following = _INTRO.match(t, after_prep)
            if following is not None and following.lastgroup == "comp":
                after_comma = t[s0 : im.start()].rstrip().endswith(("،", ","))
                if im.group() == "علي" and "علي" not in extras and after_comma:
                    # «أعلن … إنشاء صندوق …، على أن تبدأ …»: "provided that", a clause of the object's
                    pos = following.end()
                    continue
                intro = following
                break
            if im.group() in extras or (im.group() == "عما" and "عن" in extras):
                if _title_complement(tx, s0, im, limit):
                    pos = im.end()
                    continue
                intro = im
                break
            if im.group() == "عن" and lemma == "نقل":
                pos = im.end()
                continue
            pos = im.end()
            continue
        intro = im
        break
    # «كتب» "books", «كتب مقالاً عن …»: writing is quoted only as a quotation, by a verb opening a clause
    if lemma == _WROTE and not (
        intro is not None
        and intro.lastgroup in {"quote", "colon"}
        and (m.group("conj") or _clause_initial(tx, s0, m.start()))
    ):
        return None
    if also and lemma not in PREP_ONLY and not _also_said(tx, m.end(), intro):
        # «…، كما قال الوزير.»، «كما ذكرت تقارير كثيرة في سبتمبر، حين سرت شائعة بأن …»: "as … said", read
        # by the attribution rules
        return None
    negated = _NEGATION.search(t, max(s0, m.start() - 6), m.start()) is not None
    if lemma == _FINDING and (intro is None or intro.lastgroup != "comp"):
        return None  # «وجد نفسه …»، «وجدت الشرطة جثة»: "found" states a finding only with «أن»
    if (word in HOMOGRAPHS or lemma in PREP_ONLY) and not (
        intro is not None
        and (
            intro.group() in extras
            or intro.group() == "عما"
            or intro.group()[0] == "ب"
            # «يثق في أن …»: its own preposition, then «أن» («خلص إلى القول إن …»: with «القول» between)
            or _previous_word(tx, s0, intro.start()) in (*extras, "القول")
        )
        and (
            word not in HOMOGRAPHS
            or _words_outside_brackets(tx, m.end(), intro.start()) <= _MAX_HOMOGRAPH_REGION
        )
    ):
        return None  # «عبر موقع فيسبوك»، «ثمن البرميل»: the noun or preposition, not the verb
    if intro is None:
        if negated:
            return None
        tail = tx.words(m.end(), min(s1, m.end() + _MAX_REGION))
        declined_at = next((w for w in tail[1:8] if _in(w[0], DECLINED)), None)
        if declined_at is not None:
            speaker = _parse_region(tx, m.end(), declined_at[1], relay=False)
            if speaker.head is not None:
                return _Cand(cue=cue, content=(cue[1], cue[1]), direct=False, speaker=speaker, silent=True)
        return (
            _postposed(tx, m, cue, s0, s1)
            or _pointing_back(tx, m, cue, s0, s1)
            or _object_denial(tx, m, cue, lemma, extras, s1)
            or _masdar_object(tx, m, cue, lemma, s0, s1)
            or _evidence_object(tx, m, cue, lemma, s1)
        )
    region = (m.end(), intro.start())
    region_words = tx.words(*region)
    if region_words and _masdar_word(tx, region_words[0]):
        # «حماس أبدت موافقتها على مشروع "…"»: the verbal noun is the object, never the speaker
        return _masdar_object(tx, m, cue, lemma, s0, s1)
    if len(region_words) > 1 and intro.lastgroup == "comp" and region_words[-1][0] in _NECESSITY:
        # «وأكد معالي الأمين العام ضرورة أن …»: the necessity is what was said, not part of the speaker
        region = (m.end(), region_words[-1][1])
        region_words = region_words[:-1]
    # «أعلنت مقدونيا استقلالها عام 1991»: a one-word subject, then the verbal noun; «وأعلنت ما تسمى جبهة
    # التحرير مسؤوليتها عن …»: the listed verbal noun, not «عن», opens the content
    one_word_subject = (
        len(region_words) > 1
        and not region_words[0][0].startswith("ال")
        and _masdar_word(tx, region_words[1])
    )
    before_own_preposition = intro.lastgroup == "prep" and any(_masdar(w[0]) for w in region_words[1:])
    if (one_word_subject or before_own_preposition) and (
        by_object := _masdar_object(tx, m, cue, lemma, s0, s1)
    ) is not None:
        return by_object
    if lemma == "اشار" and any(_bare(w[0]) in _GESTURE for w in tx.words(m.end(), min(s1, intro.end() + 60))):
        return None  # «وأشار بونجاح إلى الحكم بيده»: pointing, not speaking
    if len(region_words) > _MAX_REGION_WORDS or any(w[0] in _CLAUSE_WORDS for w in region_words):
        return None  # a clause, not a speaker phrase, stands between the verb and «أن»
    declined = next((k for k, w in enumerate(region_words) if _in(w[0], DECLINED)), None)
    if declined is not None:  # «رفض المتحدث … التعليق على …»: a speaker who declined to speak
        if declined == 0:
            return None
        speaker = _parse_region(tx, region[0], region_words[declined][1], relay=False)
        if speaker.head is None:
            return None
        return _Cand(cue=cue, content=(cue[1], cue[1]), direct=False, speaker=speaker, silent=True)
    group = intro.lastgroup

    if negated and group == "prep":
        return None  # «ولم يكشف كيربي عن أي تفاصيل»: nothing was said
    direct = False
    if group in {"colon", "quote"}:
        q = intro.start() if group == "quote" else _skip_space(t, intro.end())
        if q < len(t) and t[q] in _OPEN and not _is_name_quote(tx, q):
            a, b, after = _quote_content(tx, q, s1)
            direct = True
        else:
            a, b = _strip(t, intro.end(), _content_end(tx, intro.end(), s1))
    else:
        comp = intro.group()
        c0 = intro.end() if group == "prep" or comp in _COMP_BARE else intro.start() + (comp[0] in "بلف")
        c0 = _skip_space(t, c0)
        if (
            c0 < len(t)
            and t[c0] in _OPEN
            and c0 == _skip_space(t, intro.end())
            and not _is_name_quote(tx, c0)
        ):
            a, b, after = _quote_content(tx, c0, s1)
            if _direct_whole(tx, after, s1) and after <= s1 + 1:
                direct = True
            else:
                a, b = _strip(t, c0, _content_end(tx, c0, s1))
        else:
            a, b = _strip(t, c0, _content_end(tx, c0, s1))
    if not direct:
        a, b = _balance(t, a, b)
    if group == "prep" and len(tx.words(a, b)) < 3:
        return None
    if b - a < 3 or (len(tx.words(a, b)) < 2 and not direct):
        return None
    fronted = _fronted(tx, s0, m) if region_words and group == "prep" else None
    if fronted is not None:  # «ماليزيا تؤكد العثور على حطام …»: after a fronted subject comes the object
        a, b = _strip(t, region[0], b)
        return _Cand(
            cue=cue, content=(a, b), direct=False, speaker=fronted, feminine=word in _FEMININE, agrees=True
        )
    speaker = _parse_region(tx, *region, relay=lemma == "نقل", addressee=lemma in _ADDRESSING)
    if tied is not None and tied.head is not None:
        speaker = tied  # «وتابع الوزير الأمريكي قائلاً: …»
    elif participle:  # «مبرراً الخطوة بأنها …»: after a participle comes its object, never a subject
        speaker = _Speaker(via=speaker.via)
    elif lemma in _ADDRESSEE_VERBS and speaker.head is not None:
        speaker = _without_addressee(tx, speaker)
    if (
        speaker.head is None
        and not speaker.pronoun
        and kind != "noun"
        and not m.group("conj")
        and not participle
    ):
        back = _lookback(tx, s0, m.start())
        if back.head is not None or back.pronoun:
            back.via = speaker.via
            speaker = back
    if word == "يذكر" and not tx.words(*region) and group == "comp" and speaker.head is None:
        return None  # «ويُذكر أن …»: the writer's background note ("it is worth noting"), nobody is quoted
    if speaker.head is None and not speaker.pronoun and lemma in _OPINION and not participle and not direct:
        # «ويُتوقع أن …», «يُعتقد أن …»: impersonal passive, nobody is quoted; but a quotation has a speaker
        # («ويرى أن "الكثيرين لا يتركون العجين …"»: the subject of the clause before)
        return None
    if lemma == _SHOWED and not _evidence(tx, speaker):
        # «في أعقاب بيانات أظهرت أن …»: the data right before the verb that showed it
        found = None if m.group("conj") else _evidence_before(tx, s0, m.start())
        if found is None:
            return None  # «أظهرت الصور أن …»: only a survey, study or data set is a source
        speaker = _Speaker(head=found, name=found)
    if word in BY_SAYING and speaker.head is None:
        subject, feminine = _by_saying(tx, s0, m.start(), word)
        return _Cand(cue=cue, content=(a, b), direct=direct, feminine=feminine, agrees=True, subject=subject)
    return _Cand(
        cue=cue,
        content=(a, b),
        direct=direct,
        speaker=speaker,
        participle=participle,
        feminine=word in _FEMININE,
        agrees=kind == "verb",
        dual=kind == "verb" and not participle and _is_dual(word, lemma),
    )


_TITLES_WITH_PREPOSITION = word_set("المشرف المشرفه مشرف المسوول المسووله مسوول القايم القايمون القايمين")


def _titled_name_in(
    tx: _Text, words: list[tuple[str, int, int]], *, within: int = 6, persons: bool = False
) -> tuple[int, int] | None:
    """The name after the first title among the first `within` words («العروض المخرج فيصل يماني» → «فيصل
    يماني»); with `persons`, only after a person's title or rank, not a document's or an outlet's («تعز العميد
    سمير الحاج» → «سمير الحاج», but nothing in «بيان صحافي»)."""
    for k, word in enumerate(words[:within]):
        titled = _person_title(word[0]) if persons else _in(word[0], TITLE_WORDS)
        if titled:
            return _name_at(tx, words[k + 1 : k + 3])
    return None


def _ranked_name(tx: _Text, rest: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name after a rank among the first eight words of what follows a title, with no function word
    between the title's preposition and the rank."""
    rank = next((k for k, w in enumerate(rest[:8]) if _in(w[0], _RANKS)), None)
    if rank is None or any(_is_stop(w[0]) for w in rest[1:rank]):
        return None
    return _name_after_rank(tx, rest[rank + 1 : rank + 5])


def _ends_name(word: str) -> bool:
    """A word a name never runs into: a comma, a function word, a title, a verb or a word with a preposition
    fused to its article («بالمنطقة»)."""
    return (
        word == ","
        or _is_stop(word)
        or _in(word, TITLE_WORDS)
        or word in _FORMS
        or word.startswith(_PREPOSED_ARTICLE)
    )


def _name_after_rank(tx: _Text, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name right after a rank or honorific, up to the first comma, function word or title: «الدكتور
    عبدالله الموسى» (a family name in «ال…ى/ي» is part of it here, not an adjective)."""
    name = _name_at(tx, words[:1])
    if name is None:
        return None
    end = 0
    for k in range(1, len(words)):
        w = words[k][0]
        if _ends_name(w):
            break
        end = k
    return (words[0][1], words[end][2])


def _name_closing(tx: _Text, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The name that ends a title's complement with no title of its own before it, after a definite word:
    «على فرق الفنون الشعبية هذال العتيبي», «على برنامج إحالتي بوزارة الصحة سليمان بن أحمد الشريع». Two to four
    words, the first a bare word, the last a family name (with the article) or the name linked by «بن»."""
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        name, before = words[-size:], words[-size - 1][0]
        first = name[0][0]
        if not before.startswith("ال") or _is_stop(before) or first.startswith("ال") or first in NAME_LINKS:
            continue
        parts = [w[0] for w in name]
        if any(w == "," or _is_stop(w) or _in(w, TITLE_WORDS) or w in _FORMS for w in parts):
            continue
        if _masdar_word(tx, name[0]) or _name_at(tx, name[:1]) is None:
            continue
        family = parts[-1].startswith("ال") and _nisba(parts[-1])
        linked = any(w in NAME_LINKS for w in parts[1:-1])
        inner_bare = all(not w.startswith("ال") for w in parts[1:-1])
        if (family or linked or _known_name(first)) and inner_bare:
            return (name[0][1], name[-1][2])
    return None


def _name_after_place(tx: _Text, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """«السفير الصيني في كوريا الشمالية ليجين جون»: past a place the NER gazetteer knows (and its adjectives),
    the name of the title holder."""
    # the place: known places, their adjectives, or an organisation («في الشرطة الملكية الكندية تيد مونرو»)
    k = 0
    while k < len(words) and (
        any(tag.startswith("LOC") for tag in gazetteer_tags(words[k][0]))
        or (k and _nisba(words[k][0]))
        or (words[k][0].startswith("ال") and not _is_stop(words[k][0]))
    ):
        k += 1
    if k == 0 or k >= len(words) or words[k][0].startswith("ال"):
        return None
    name = _full_name_at(tx, words[k:])
    parts = [w for w, _, _ in tx.words(*name)] if name is not None else []
    if len(parts) < 2 or words[k][0] in _SPEECH_PRONOUNS:
        return None  # a first and a family name; not «فور هذا الإعلان» or «قوله»
    tags = [tag for w in parts for tag in gazetteer_tags(w)]
    if "ORG+" in tags or any(tag.startswith("LOC") for tag in tags):
        return None  # «لأسوشيتد برس» (an audience), «بمحافظة صنعاء» (more of the place)
    if any(w.startswith("ال") for w in parts) and not _known_name(parts[0]):
        return None  # «سيطرة المقاومة», «لكرة السلة»: a noun and its genitive, not a name
    return name


_NOT_PERSON_TITLES = word_set("بيان تقرير مصدر مصادر باسم") | OUTLET_WORDS | DOCUMENT_HEADS


def _person_title(word: str) -> bool:
    """A person's title or rank («وزير»، «العميد»), not a document's or an outlet's («بيان»، «صحيفة»)."""
    return _in(word, TITLE_WORDS) and not _in(word, _NOT_PERSON_TITLES)


def _title_complement(tx: _Text, s0: int, prep: re.Match[str], limit: int) -> bool:
    """Is the preposition the complement of a title before it, with the speech's «أن» still to come: «أكد
    المشرف على العروض المخرج فيصل يماني أن …» (not «أكد على …»)?"""
    previous = _previous_word(tx, s0, prep.start())
    if not (_in(previous, _TITLES_WITH_PREPOSITION) or _bare(previous) in _TITLES_WITH_PREPOSITION):
        return False
    comma = _NP_END.search(tx.t, prep.end(), limit)
    end = comma.start() if comma is not None else limit
    return any(m.lastgroup == "comp" for m in _INTRO.finditer(tx.t, prep.end(), end))


# A speaker's own turn with its pronoun, the object of the verb before «بقوله»: «واختتم حديثه بقوله».
_OWN_TURNS = word_set(
    "حديثه حديثها حديثهم كلامه كلامها كلمته كلمتها حواره حوارها تعليقه تعليقها رده ردها مداخلته مداخلتها"
)


def _by_saying(tx: _Text, s0: int, at: int, cue: str) -> tuple[tuple[int, int] | None, bool]:
    """Who speaks in «[verb] [subject] … بقوله/بالقول»: the subject after the clause's opening verb when one is
    named («وعلّقت بلقيس على ألبومها بقولها» → «بلقيس»), else nobody named (a pronoun subject: «واكتفت
    بالقول», «واختتم حديثه بقوله»); and whether that subject is feminine (the verb's ending or the cue's
    pronoun)."""
    start = max(s0, max(tx.t.rfind(ch, s0, at) for ch in "،,:؛") + 1)
    words = [w for w in tx.words(start, at) if w[0] != ","]
    verb = words[0][0] if words else ""
    feminine = cue.endswith("ها") or (bool(words) and _verb_like(verb) and verb.endswith("ت"))
    if len(words) < 2 or not _verb_like(verb) or _in(verb, TITLE_WORDS) or verb.startswith("ال"):
        return None, feminine
    if words[1][0] in _OWN_TURNS:
        return None, feminine
    if _in(words[1][0], TITLE_WORDS):
        return _name_at(tx, words[2:4]) or (words[1][1], words[1][2]), feminine
    return _name_at(tx, words[1:3]), feminine


_NOUN_ADJUNCT = word_set("في خلال عبر اثناء")
_PREPOSITIONS = word_set("في من الي علي عن مع لدي حتي منذ")


def _previous_word(tx: _Text, s0: int, at: int) -> str:
    """The word right before offset `at` in its sentence ("" when none, or when punctuation comes between)."""
    t = tx.t
    j = at
    while j > s0 and t[j - 1] in " \t":
        j -= 1
    i = j
    while i > s0 and (t[i - 1].isalnum() or t[i - 1] == "_"):
        i -= 1
    return t[i:j]


_VERB_LEADS = word_set("كما ثم قد وقد لقد فقد كذلك بدوره بدورها")


def _clause_initial(tx: _Text, s0: int, at: int) -> bool:
    """Does a clause begin at `at`: sentence start, after a comma or colon, or after «كما»، «قد»، «بدوره»?"""
    before = tx.t[s0:at].rstrip()
    return not before or before[-1] in "،,:؛" or _previous_word(tx, s0, at) in _VERB_LEADS


_ADVERBIAL_OPENERS = word_set("خلال اثناء عقب لدي في وفي")
_MAX_ADVERBIAL_OPENING = 3


def _after_adverbial_opening(tx: _Text, s0: int, at: int) -> bool:
    """Does the sentence open with a short adverbial of time or occasion right before `at` («وخلال اللقاء
    عبر …»، «وفي ختام الزيارة عبر …»), so that a verb there begins the main clause?"""
    words = tx.words(s0, at)
    return 2 <= len(words) <= _MAX_ADVERBIAL_OPENING and _in(words[0][0], _ADVERBIAL_OPENERS)


def _words_outside_brackets(tx: _Text, a: int, b: int) -> int:
    """How many words t[a:b] has outside parentheses and title asides: «المجلس (أكبر منظمة مدنية …)» and
    «زاهر بيراوي، رئيس اللجنة الدولية لكسر الحصار،» count as their heads alone."""
    inside = 0
    for p in re.finditer(r"\([^()]*\)|[،,]\s*([^،,()]+)(?=[،,])", tx.t[a:b]):
        aside = (p.group(1) or "").split()
        if p.group(1) is None or (aside and _in(aside[0], TITLE_WORDS)):  # «، ،» holds no word at all
            inside += len(tx.words(a + p.start(), a + p.end()))
    return len(tx.words(a, b)) - inside


def _not_a_cue(tx: _Text, s0: int, m: re.Match[str]) -> bool:
    """A cue match that is no speech of its own: a verbal noun after في/خلال («قال الوزير في تصريحات أذيعت
    أمس إن …»: the occasion of the outer verb's speech), or a finite verb form right after a speech verb
    («وأضاف راي أن …»: a name spelled like رأى, the subject of the verb before it)."""
    previous = _previous_word(tx, s0, m.start())
    if m.group("noun"):
        return previous in _NOUN_ADJUNCT
    word = m.group("verb")
    if not word or word in _PARTICIPLES or m.group("conj"):
        return False
    return previous in _FORMS or (previous[:1] in "وف" and previous[1:] in _FORMS)


def _fronted(tx: _Text, s0: int, m: re.Match[str]) -> _Speaker | None:
    """A subject of one to three words opening the sentence (or the text after a colon) right before a present
    verb with no conjunction: «ماليزيا تؤكد …». Such a verb has no subject of its own after it."""
    word = m.group("verb")
    if not word or m.group("conj") or word[0] not in "يت" or word in _PARTICIPLES:
        return None
    t = tx.t
    start = max(s0, t.rfind(":", s0, m.start()) + 1)
    words = tx.words(start, m.start())
    opener = max((k for k, w in enumerate(words) if w[0] in _SUBJECT_OPENERS), default=None)
    if opener is not None:  # «غير أن واشنطن تتهم موسكو …»: the subject of a clause after «أن»/«لكن»
        words = words[opener + 1 :]
        start = words[0][1] if words else m.start()
    if not 1 <= len(words) <= 3 or any(
        w[0] == "," or _is_stop(w[0]) or w[0] in LOOKBACK_STOPS for w in words
    ):
        return None
    if any(w[0] in _FORMS or w[0] in AUXILIARIES or w[0][0].isdigit() for w in words):
        return None
    back = _lookback(tx, start, m.start())
    return back if back.head is not None else None


_SUBJECT_OPENERS = word_set("ان لكن ولكن")
_AFTER_COPULA = re.compile(r"(?<!\w)[وف]?كانت\s+$")
_EMBED_COMP = re.compile(r"\s*:?\s*[«“\"]?(?P<comp>ان(?:ه|ها|هم|هما))(?!\w)")
_BARE_COMP = re.compile(r"(?<!\w)ب?ان(?!\w)")
_NOT_EMBEDDING = re.compile(r"(?<!\w)(?:كما|حسبما)\s*$")


def _embedded(
    tx: _Text, m: re.Match[str], s0: int, s1: int, outer: re.Match[str] | None = None
) -> tuple[int, int, int] | None:
    """The short clause of a speech verb embedded in another one's speaker phrase, ending where the outer
    verb's own «أن» begins: «ونقلت الصحيفة عمّا قالت إنها مسودة اتفاق أن …» → «إنها مسودة اتفاق».

    The embedded verb follows a relative (عمّا، ممّا، ما) or stands in the region of an earlier speech verb of
    the sentence (`outer`, or found here), takes إنه/إنها, and a bare أن/بأن follows within a few words.
    """
    t = tx.t
    if not m.group("verb") or m.group("verb") in _PARTICIPLES:
        return None
    comp = _EMBED_COMP.match(t, m.end())
    if comp is None or _NOT_EMBEDDING.search(t, max(s0, m.start() - 8), m.start()):
        return None
    if outer is None and not _RELATIVE_BEFORE.search(t, max(s0, m.start() - 8), m.start()):
        outer = next(
            (
                o
                for o in _CUE.finditer(t, s0, m.start())
                if o.group("verb")
                and o.group("verb") not in _PARTICIPLES
                and _region_open(tx, o.end(), m.start())
            ),
            None,
        )
        if outer is None:
            return None
    if outer is not None:
        outer_end = outer.end()
    else:  # «ونقلت الصحيفة عمّا قالت»: the outer verb is the last one before the relative
        outer_end = max((o.end() for o in _CUE.finditer(t, s0, m.start()) if o.group("verb")), default=s0)
    bare = _BARE_COMP.search(t, comp.end(), s1)
    if bare is None or not 1 <= len(tx.words(comp.end(), bare.start())) <= 6:
        return None
    if any(w[0] == "," or _CUE.fullmatch(w[0]) for w in tx.words(comp.end(), bare.start())):
        return None
    a, b = _strip(t, comp.start("comp"), bare.start())
    return (a, b, outer_end) if b > a else None


def _outer_subject(tx: _Text, a: int, b: int, feminine: bool) -> tuple[int, int] | None:
    """The subject an embedded verb shares with the verb it depends on: the outer verb's speaker phrase
    («وأشارت الصحيفة نقلاً عن مقاطع قالت …» → «الصحيفة»), or its relayed source when only that agrees."""
    rel = _RELATIVE_BEFORE.search(tx.t, max(a, b - 10), b)
    sp = _parse_region(tx, a, rel.start() if rel else b, relay=True)
    options = [x for x in (sp.via, sp.name or sp.head) if x is not None]
    for span in options:
        if _is_feminine(tx.t[span[0] : span[1]], tx.t[span[0] : span[1]]) == feminine:
            return span
    return options[0] if options else None


def _region_open(tx: _Text, a: int, b: int) -> bool:
    """No complementiser, colon or quotation between a speech verb and `b`: `b` is still in its speaker phrase."""
    for im in _INTRO.finditer(tx.t, a, b):
        if im.lastgroup != "prep":
            return False
    return len(tx.words(a, b)) <= 8


_ADDRESSEE_VERBS = frozenset({"ابلغ"})
_ADDRESSING = frozenset({"دعا", "طالب", "ناشد", "اهاب", "اتهم", "حذر"})  # a speaker, then whom it addresses
_GESTURE = word_set("بيده بيدها بيديه بيديها باصبعه باصبعها بيده، براسه براسها")


def _without_addressee(tx: _Text, sp: _Speaker) -> _Speaker:
    """«وأبلغ لابرون موقع النادي …»: a verb of telling takes its addressee after the subject; the speaker
    ends before an outlet or audience word."""
    assert sp.head is not None
    words = [w for w in tx.words(*sp.head) if w[0] != ","]
    for k, w in enumerate(words[1:], start=1):
        if _in(w[0], OUTLET_WORDS) or _bare(w[0]) in _AUDIENCES:
            head = (words[0][1], words[k - 1][2])
            return _Speaker(head=head, name=_name_in(tx, words[:k]), via=sp.via)
    return sp


_AUDIENCES = word_set("صحفيين صحافيين صحفيون مراسلين وسايل اعلام")


def _is_dual(word: str, lemma: str) -> bool:
    if word[0] in "يت" and word.endswith("ان"):
        return True
    return word.endswith("تا") or word == lemma + "ا"


def _conjuncts(tx: _Text, head: tuple[int, int]) -> list[tuple[int, int]]:
    """«روسيا وتركيا» → «روسيا», «تركيا»; «كل من تركيا وروسيا» likewise."""
    words = [w for w in tx.words(*head) if w[0] != ","]
    if len(words) >= 2 and words[0][0] == "كل" and words[1][0] == "من":
        words = words[2:]
    parts: list[list[tuple[str, int, int]]] = [[]]
    for k, w in enumerate(words):
        if k and w[0].startswith("و") and len(w[0]) > 2 and parts[-1]:
            parts.append([(w[0][1:], w[1] + 1, w[2])])
        else:
            parts[-1].append(w)
    if len(parts) < 2:
        return [head]
    return [(p[0][1], p[-1][2]) for p in parts if p]


def _asked(tx: _Text, m: re.Match[str]) -> _Cand | None:
    """«سُئل الأسد عما إذا …»: the person asked, who answers next (context for «أجاب»)."""
    _, s1 = tx.sentence(m.start())
    stop = _ASK_END.search(tx.t, m.end(), s1)
    speaker = _parse_region(tx, m.end(), stop.start() if stop else s1, relay=False)
    if speaker.head is None:
        return None
    cue = (m.start(), m.end())
    return _Cand(cue=cue, content=(cue[1], cue[1]), direct=False, speaker=speaker, silent=True)


def _inside_quotation(tx: _Text, pos: int, s0: int, before: int) -> bool:
    """Is `pos` inside a quotation that opens after `s0` and closes before `before`?"""
    for m in _OPENERS.finditer(tx.t, s0, pos):
        close = tx.close_quote(m.start(), before + 1)
        if close is not None and pos < close < before:
            return True
    return False


def _balance(t: str, a: int, b: int) -> tuple[int, int]:
    """Drop a closing mark left at the end of a content whose opening mark lies outside it."""
    while b > a and t[b - 1] in '»”"':
        inner = t[a : b - 1]
        if sum(inner.count(ch) for ch in '«“"') % 2 == 0 and "«" not in inner:
            b -= 1
            while b > a and t[b - 1] in " \t،,.":
                b -= 1
        else:
            break
    return a, b


def _skip_space(t: str, i: int) -> int:
    while i < len(t) and t[i] in " \t\u00a0":
        i += 1
    return i


def _postposed(tx: _Text, m: re.Match[str], cue: tuple[int, int], s0: int, s1: int) -> _Cand | None:
    """«"…"، قال فلان»: a quotation before the verb, the speaker after it."""
    t = tx.t
    i = m.start() - 1
    while i >= s0 and t[i] in " \t،,":
        i -= 1
    if i < s0 or t[i] not in _CLOSERS:
        return None
    j = i - 1
    floor = max(0, i - 1500)
    while j >= floor and t[j] != "\n" and not (t[j] in _OPEN and tx.close_quote(j, i + 1) == i):
        j -= 1
    if j < floor or t[j] == "\n":
        return None
    a, b = _strip(t, j + 1, i)
    if len(tx.words(a, b)) < 3:
        return None
    end = s1
    sep = re.search(r"[،,.]", t[m.end() : s1])
    if sep:
        end = m.end() + sep.start()
    speaker = _parse_region(tx, m.end(), end, relay=False)
    if speaker.head is None:
        return None
    word = m.group("verb") or ""
    return _Cand(
        cue=cue, content=(a, b), direct=True, speaker=speaker, feminine=word in _FEMININE, agrees=bool(word)
    )


def _masdar_object(
    tx: _Text, m: re.Match[str], cue: tuple[int, int], lemma: str, s0: int, s1: int
) -> _Cand | None:
    """«أعلنت كل من تركيا وروسيا … ضرورة التنسيق …», «موسكو تبدي استعدادها لدراسة …»: a statement verb whose
    object is an abstract verbal noun (ضرورة، أهمية، استعداد، دعم …) states a position: the object is the content,
    the words between the verb and it (or a subject fronted before the verb) the speaker."""
    if lemma not in MASDAR_VERBS or m.group("verb") is None or m.group("verb") in _PARTICIPLES:
        return None
    t = tx.t
    if _NEGATION.search(t, max(s0, m.start() - 6), m.start()):
        return None
    words = tx.words(m.end(), min(s1, m.end() + 200))[:16]
    if not any(w[0] == "باسم" or w[0] in _SO_CALLED for w in words[:8]):
        # only an organisation's name («المتحدث باسم …»، «ما تسمى …») makes a speaker phrase this long;
        # elsewhere a verbal noun that far is in another clause («وأبدى … بعض الملاحظات ووجه بسرعة معالجتها»)
        words = words[:12]
    at = _object_at(tx, words)
    if at is None:
        return None
    if at and words[at - 1][0] == "عدم":
        at -= 1  # «أكد … عدم نيته الاستقالة»: the negated position is the content
    a = words[at][1]
    b = _content_end(tx, a, s1)
    a, b = _strip(t, a, b)
    if len(tx.words(a, b)) < 2:
        return None
    speaker = _parse_region(tx, m.end(), a, relay=False) if at else _Speaker()
    if speaker.head is None and not m.group("conj"):
        speaker = _lookback(tx, s0, m.start())
    if speaker.head is None and not m.group("conj"):
        return None
    word = m.group("verb")
    return _Cand(
        cue=cue, content=(a, b), direct=False, speaker=speaker, feminine=word in _FEMININE, agrees=True
    )


def _object_at(tx: _Text, words: list[tuple[str, int, int]]) -> int | None:
    """Where the verb's object opens among the `words` after it, or None when a comma ends the speaker phrase
    first. Brackets and dashes never end it; the commas of a meeting phrase do not («وأكد خلال لقائه، الأحد،
    مدير المنظمة، ضرورة …»), nor a comma right before the object («أعلنت حركة الشباب، مسؤوليتها»); a verbal
    noun in an organisation's name after «باسم» is part of that name («المتحدث باسم تحالف دعم الشرعية»)."""
    meeting = len(words) > 1 and words[0][0] == "خلال" and words[1][0] in _MEETINGS
    after_comma = False
    for k, w in enumerate(words):
        comma = w[0] == "," and tx.t[w[1]] in "،,"
        if comma and not meeting and not (k + 1 < len(words) and _opens_object(words[k + 1][0])):
            return None
        in_name = any(v[0] == "باسم" for v in words[max(0, k - 3) : k])
        opens = (
            _masdar_word(tx, w) or _object_after_subject(words, k) or (after_comma and _opens_object(w[0]))
        )
        if w[0] != "," and not in_name and opens:
            return k
        after_comma = comma
    return None


def _opens_object(word: str) -> bool:
    """After a comma that closes the speaker phrase, a word that can open the verb's object: a listed
    verbal noun or an indefinite one («…، امتلاك قوات التحالف أدلة»), not a preposition («خلال»)."""
    return _masdar(word) or (not word.startswith("ال") and not _is_stop(word) and _masdar_pattern(word))


def _object_after_subject(words: list[tuple[str, int, int]], k: int) -> bool:
    """«وأكد التحالف إصدار 6 تصاريح …»: an indefinite verbal noun right after a definite subject is the verb's
    object (an adjective of the subject would be definite too; a title before a name, «الوزيرة انتصار», is
    excluded)."""
    if k == 0:
        return False
    word, previous = words[k][0], words[k - 1][0]
    return (
        not word.startswith(("ال", "و", "ف", "ب", "ل"))
        and not _is_stop(word)
        and _masdar_pattern(word)
        and previous.startswith("ال")
        and (previous in _WEEKDAYS or not _is_stop(previous))  # «… في مصر الأحد إصدار …», not «إلى اتفاق»
        and not _in(previous, TITLE_WORDS)
    )


def _masdar(word: str) -> bool:
    """An abstract verbal noun that heads a stated position, with or without the article or a pronoun."""
    bare = _bare(word)
    for suffix in ("هما", "هم", "ها", "ه", ""):
        stem = bare[: -len(suffix)]
        if stem.endswith("ت"):  # «موافقتها»: the ta marbuta of «موافقة» before a pronoun
            stem = stem[:-1] + "ه"
        if suffix and bare.endswith(suffix) and stem in POSITION_NOUNS:
            return True
    # an event noun only indefinite, as an announcement's object: «مقتل», not «المقتل»
    return bare in POSITION_NOUNS or word in EVENT_NOUNS


_SHOWED = "اظهر"


def _evidence(tx: _Text, speaker: _Speaker) -> bool:
    """Is the speaker phrase headed by a survey, study or data set («مسح رسمي»، «دراسة أمريكية»)?"""
    words = tx.words(*speaker.head) if speaker.head else []
    return bool(words) and _bare(words[0][0]) in EVIDENCE_HEADS


def _source_before(
    tx: _Text, s0: int, at: int, is_source: Callable[[str], bool], stops: Callable[[str], bool]
) -> tuple[int, int] | None:
    """A source noun that opens the clause ending at `at`, as the last word before it or with one more word
    (an adjective) between, no comma or `stops` word after it: «بيانات أظهرت …»، «تقرير مفاده …»."""
    words = tx.words(s0, at)[-2:]
    for k, w in enumerate(words):
        if is_source(w[0]) and not any(x[0] == "," or stops(x[0]) for x in words[k + 1 :]):
            return (w[1], words[-1][2])
    return None


def _evidence_before(tx: _Text, s0: int, at: int) -> tuple[int, int] | None:
    """An indefinite survey, study or data set right before «أظهر», whose relative clause it opens:
    «بيانات أظهرت أن …»، «دراسة أمريكية أظهرت أن …»."""
    return _source_before(tx, s0, at, lambda w: w in EVIDENCE_HEADS, _is_stop)


def _evidence_object(tx: _Text, m: re.Match[str], cue: tuple[int, int], lemma: str, s1: int) -> _Cand | None:
    """«وأظهر مسح رسمي يوم السبت توقف النمو في …»: what a survey showed, as a plain object after the survey and
    its time adverbials."""
    if lemma != _SHOWED or _NEGATION.search(tx.t, max(0, m.start() - 6), m.start()):
        return None
    words = [w for w in tx.words(m.end(), min(s1, m.end() + 120)) if w[0] != ","]
    if not words or _bare(words[0][0]) not in EVIDENCE_HEADS:
        return None
    k = 1
    while k < len(words) and not _is_stop(words[k][0]) and k < 3:
        k += 1  # «مسح رسمي»، «استطلاع رويترز»
    while k < len(words) and (_is_stop(words[k][0]) or words[k][0] in _WEEKDAYS):
        k += 1  # «يوم السبت»، «أمس»
    if k >= len(words) or words[k][0] in {"ان", "بان"}:
        return None
    a, b = _strip(tx.t, words[k][1], _content_end(tx, words[k][1], s1))
    if len(tx.words(a, b)) < 3:
        return None
    speaker = _Speaker(head=(words[0][1], words[k - 1][2]))
    speaker.name = speaker.head
    while k > 1 and (_is_stop(words[k - 1][0]) or words[k - 1][0] in _WEEKDAYS):
        k -= 1
        speaker.head = speaker.name = (words[0][1], words[k - 1][2])
    return _Cand(cue=cue, content=(a, b), direct=False, speaker=speaker, agrees=True)


_WEEKDAYS = word_set("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت يوم")


def _masdar_word(tx: _Text, item: tuple[str, int, int]) -> bool:
    """A listed verbal noun (`_masdar`), or any noun on a common masdar pattern with a pronoun suffix: «بقاءه»،
    «تحضيره»، «استمراره»، «انسحابها». A suffixed verbal noun right after أكد/نفى/أعلن is its object, never its
    subject; the article alone is not enough («الاتحاد»، «التقرير» are subjects on the same patterns)."""
    word = item[0]
    if _masdar(word):
        return True
    if word.startswith(("ال", "وال")) or word in _MEETINGS:
        return False  # («خلال لقائه»: when the speaker spoke, not what)
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            # «إدارة»: a feminine ending spelled like the pronoun, not a suffix
            return _masdar_pattern(word[: -len(suffix)]) and tx.original[tx.folded.start(item[2] - 1)] != "ة"
    return False


def _masdar_pattern(stem: str) -> bool:
    """The stem (folded, no article) of a verbal noun of a derived form or فِعال/فُعول: تفعيل (تحضير), تفاعل
    (تعاون), إفعال (إعلان), افتعال (انتقال), انفعال (انسحاب), استفعال (استمرار), مفاعلة (مشاركة), فعال (بقاء)."""
    n = len(stem)
    if stem.endswith("ت"):  # «مشاركته»: the ta marbuta before a pronoun
        return n == 6 and stem[0] == "م" and stem[2] == "ا"
    if n == 4:
        return stem[2] in "او"
    if n == 5:
        return (stem[0] == "ت" and (stem[3] == "ي" or stem[2] == "ا")) or (stem[0] == "ا" and stem[3] == "ا")
    if n == 6:
        return stem[0] == "ا" and stem[4] == "ا" and (stem[2] in "تطد" or stem[1] == "ن")
    return n == 7 and stem.startswith("است") and stem[5] == "ا"


def _attached_bi(tx: _Text, a: int, b: int) -> re.Match[str] | None:
    """The first word in t[a:b] that starts with the preposition ب (see `_BI`)."""
    for bm in _BI.finditer(tx.t, a, b):
        word = tx.t[bm.start() : _WORD.match(tx.t, bm.start()).end()]  # type: ignore[union-attr]
        if word in _NOT_BI or word in _OBJECT_PRONOUNS or word in _MANNER or word == "بان":
            continue
        if word[1:2] == "ي":
            continue  # «جاين بيركن»، «زاهر بيراوي»: a name that starts with بي; a verbal noun never starts with ي
        if _bare(word[1:]) in _IN_PLACE or _previous_word(tx, a, bm.start()) in _PREPOSITIONS:
            continue  # «في بريطانيا»: a name that starts with ب after a preposition
        if tx.t.count("(", a, bm.start()) > tx.t.count(")", a, bm.start()):
            continue  # «طالب المجلس (أكبر منظمة … في بريطانيا) بإجراء …»: inside a parenthesis
        return bm
    return None


def _pointing_back(tx: _Text, m: re.Match[str], cue: tuple[int, int], s0: int, s1: int) -> _Cand | None:
    """«… في الفترة الصباحية. أوضح ذلك الناطق الإعلامي بجوازات القصيم الرائد حماد المطيري»: a sentence-initial
    speech verb whose object is «ذلك» states the sentence before it."""
    words = tx.words(m.end(), s1)
    if not words or words[0][0] not in {"ذلك", "هذا"} or s0 == 0 or not _clause_initial(tx, s0, m.start()):
        return None
    if not m.group("verb") or m.group("verb") in _PARTICIPLES:
        return None
    p0, p1 = tx.sentence(s0 - 1)
    if p1 > s0 or len(tx.words(p0, p1)) < 4:
        return None
    nested = _CUE.search(tx.t, words[0][2], s1)  # «… والذي أكد أن …»: the speaker phrase ends there
    speaker = _parse_region(tx, m.end(), nested.start() if nested else s1, relay=False)
    if speaker.head is None:
        return None
    a, b = _strip(tx.t, p0, p1)
    verb = m.group("verb")
    return _Cand(
        cue=cue, content=(a, b), direct=False, speaker=speaker, feminine=verb in _FEMININE, agrees=True
    )


def _object_denial(
    tx: _Text, m: re.Match[str], cue: tuple[int, int], lemma: str, extras: tuple[str, ...], s1: int
) -> _Cand | None:
    """«نفت الخارجية الأمريكية، وجود تنسيق …»: a denied proposition as a plain object."""
    if "obj" not in extras or m.group("noun"):
        return None
    t = tx.t
    comma = re.search(r"[،,]", t[m.end() : s1])
    if comma is None or len(tx.words(m.end(), m.end() + comma.start())) > 6:
        return None
    region = (m.end(), m.end() + comma.start())
    a, b = _strip(t, region[1], _content_end(tx, region[1] + 1, s1))
    if len(tx.words(a, b)) < 2:
        return None
    speaker = _parse_region(tx, *region, relay=False)
    if speaker.head is None:
        return None
    return _Cand(cue=cue, content=(a, b), direct=False, speaker=speaker)


def _according(tx: _Text, m: re.Match[str], cands: list[_Cand]) -> _Cand | None:
    """«بحسب الوثيقة»، «وفقاً لتصريحات مسؤولين»، «على ما صرّح المتحدث باسمه …»."""
    t = tx.t
    s0, s1 = tx.sentence(m.start())
    start = m.end()
    phrase = m.group()
    verb = _CUE.match(t, _skip_space(t, start))
    needs_verb = phrase in {"كما", "علي ما", "وفق ما", "وفقا لما", "وفق لما"} or phrase.endswith("ما")
    verb_end: int | None = None
    if verb is not None and verb.group("verb"):
        start = verb_end = verb.end()
    elif needs_verb:
        verb_end = _verb_with_object(tx, _skip_space(t, start))  # «حسبما أخبرته المخرجة …»
        if verb_end is None and (stated := _STATED_IN.match(t, _skip_space(t, start))) is not None:
            verb_end = stated.end()  # «وفقاً لما جاء في صحيفة "الإندبندنت"»: what was written in a source
        if verb_end is None:
            return None
        start = verb_end
    sep = _NP_END.search(t, start, s1)
    end = sep.start() if sep else s1
    fa = _FA_INNA.search(t, start, end)  # «وطبقاً لتقارير نشرتها الوكالات فإن …»: فإن ends the source
    if fa is not None:
        end = fa.start()
    elif sep is None or t[sep.start()] in _TERMINATORS:
        end = _construct_end(tx, start, end)
    words = [w for w in tx.words(start, end) if w[0] != ","]
    pronoun_source = bool(words) and words[0][0].lstrip("ل") in _SPEECH_PRONOUNS  # «وحسب قوله …»
    if pronoun_source:
        end = words[0][2]
    while len(words) > 1 and words[0][0].lstrip("ل") in SPEECH_NOUNS and not words[1][0].startswith("ل"):
        words = words[1:]  # «وفقاً لتصريحات مسؤولين» → «مسؤولين»; but «بيان للدول الأعضاء» is the statement
    if words and _GOVERNS_LAM.match(phrase) and not phrase.endswith("ل") and _attached_lam(words[0][0]):
        words[0] = (words[0][0][1:], words[0][1] + 1, words[0][2])  # «وطبقاً لتقارير …» → «تقارير …»
    source_end = end
    if pronoun_source:
        speaker = _Speaker(pronoun=True)
        head = (m.start(), m.start())
    else:
        relative = next((k for k, w in enumerate(words) if k and w[0] in _RELATIVES), None)
        if relative is not None:  # «حسبما أخبرته المخرجة إيناس بكر التي كانت تتولى …»: the source ends there
            words = words[:relative]
            if (
                words
                and phrase != "كما"
                and (
                    _in(words[0][0], OUTLET_WORDS)
                    or any(t.startswith("ORG") for t in gazetteer_tags(words[0][0]))
                )
            ):
                source_end = words[-1][2]  # an outlet, then its own statement: «بحسب الوكالة التي أشارت …»
        if not words or len(words) > 10:
            return None
        if verb is None and not _plausible_source([w[0] for w in words]):
            # «حسب الاختصاص», «وفقاً للقانون»: not a source of information (after a speech verb, as in «بحسب
            # ما ذكر النادي الكاتالوني», the verb's subject is one)
            return None
        speaker = _parse_region(tx, words[0][1], end, relay=False)
        if speaker.head is None:
            return None
    head = speaker.head or head
    source = speaker.name or head
    # Relayed: the attribution closes (or sits inside the speaker phrase of) a quote of this sentence.
    for k, c in enumerate(cands):
        if _inside_quotation(tx, c.cue[0], s0, m.start()):
            continue  # «بأن "… صرح بأن …"، على ما صرّح فلان»: the attribution is of the whole quotation
        if s0 <= c.cue[0] < s1 and (
            c.cue[1] <= m.start() <= c.content[0] or abs(c.content[1] - m.start()) <= 4
        ):
            if c.speaker.head is None or head != c.speaker.head:
                cands[k] = _relayed(c, source)
            return None
        if c.content[0] <= m.start() < c.content[1]:
            return None
        # «…، بحسب الوكالة التي أشارت إلى أن …»: a verb in the source's relative clause is not relayed by it
        if m.start() < c.cue[0] < s1 and not t[source_end : c.cue[0]].strip(" \t،,و"):
            cands[k] = _relayed(c, source)  # «حسب وكالة …، قال فلان …»
            return None
    lead = tx.t[s0 : m.start()].strip(" \t،,و")
    before = tx.t[s0 : m.start()].rstrip()
    last = not t[end:s1].strip(" \t،,.:؛;" + _CLOSERS)  # «…، وفقاً لما جاء في صحيفة X.»: nothing follows
    following = tx.words(end, s1)
    if not last and following and following[0][0] == "," and len(following) > 1:
        # «…، وفق ما قاله خبراء الأمم المتحدة، الذين أكدوا أن …»: a relative clause about the source follows
        last = following[1][0] in _RELATIVES
    if lead.removeprefix("و") == "ذلك" and s0 > 0 and last:
        # «… 5.44 ليرة. وذلك وفقاً لوكالة "رويترز".»: the sentence before is what the source says; a quote
        # already read there was relayed by the source
        a, b = _strip(t, *tx.sentence(s0 - 1))
        for k, c in enumerate(cands):
            if a <= c.cue[0] < b:
                cands[k] = _relayed(c, source)
                return None
    elif not lead or (
        (_opens_with_and(m.group(), t[end : end + 1]) and before.endswith(("،", ",", ".")) and not last)
        or not before
    ):
        # «وبحسب الوثيقة، فإن …», «…، وحسب قوله سيعرض …»: the rest of the sentence
        a = _skip_space(t, end if t[end : end + 1] not in "،,:" else end + 1)
        opener = re.match(r"(?:ف|و)?ان(?:ه|ها)?\s", t[a:s1])
        if opener:
            a += opener.end()
        a, b = _strip(t, a, s1)
    else:
        a, b = _strip(t, s0, m.start())
        turns = list(_ADVERSATIVE.finditer(t, a, b))
        if turns and len(tx.words(turns[-1].end(), b)) >= 2:
            a = turns[-1].end()  # «…، إلا أن الزعيم رفض تواجده، حسبما أخبرته …»: the clause before the source
        opener = re.match(r"(?:و|ف)?ان\s", t[a:b])
        if opener:
            a += opener.end()
        if b > a and t[b - 1] in _CLOSERS:  # «… بأن "…"، على ما صرّح …»: the quotation is the content
            j = b - 2
            while j > a and not (t[j] in _OPEN and tx.close_quote(j, b) == b - 1):
                j -= 1
            if j > a and len(tx.words(j + 1, b - 1)) >= 3:
                a = j
    if len(tx.words(a, b)) < 3:
        return None
    direct = t[a] in _OPEN and tx.close_quote(a, b + 1) is not None and tx.close_quote(a, b + 1) >= b - 1
    if direct:
        a, b = _strip(t, a + 1, b, " \t،,.:" + _CLOSERS)
    if pronoun_source:  # «حسب قوله» / «حسب قولها»: the pronoun agrees with its antecedent
        feminine = words[0][0].endswith(("ها", "هن"))
        return _Cand(
            cue=(m.start(), end),
            content=(a, b),
            direct=direct,
            speaker=speaker,
            feminine=feminine,
            agrees=True,
        )
    cue_end = words[0][1] if verb_end is None else verb_end
    return _Cand(
        cue=(m.start(), cue_end if verb_end is not None else m.end()),
        content=(a, b),
        direct=direct,
        speaker=speaker,
    )


def _relayed(cand: _Cand, source: tuple[int, int]) -> _Cand:
    """`cand` relayed through `source`, unless it already names the source it came through."""
    return cand if cand.speaker.via is not None else replace(cand, speaker=replace(cand.speaker, via=source))


def _opens_with_and(phrase: str, after_source: str) -> bool:
    """Does an attribution phrase mid-sentence open what follows: it begins with the conjunction «و» («وبحسب»،
    «ووفقاً»), or it is «وفق» set off by commas («وجدد، وفقاً لوكالة الأنباء اليمنية، موقف …»)? «…، وفق ما أعلنه
    وزير الخارجية خالد المنصوري عقب مباحثاته …» (no comma after the source) closes what came before it."""
    if phrase.startswith("وفق"):
        return after_source in "،,"
    return phrase.startswith("و")


def _construct_end(tx: _Text, a: int, b: int) -> int:
    """Where a source named by an indefinite title ends when no comma follows it: the title, its genitive and
    the definite words after them («ووفقاً لرئيس مرسيليا شهد اجتماع …» → «رئيس مرسيليا»)."""
    words = [w for w in tx.words(a, b) if w[0] != ","]
    first = words[0][0].removeprefix("ل") if words else ""
    if len(words) < 5 or first.startswith("ال") or not _in(first, TITLE_WORDS):
        return b  # a definite title («المخرجة الراحلة إيناس بكر التي …») takes adjectives and a name instead
    k = 2
    gap = tx.t[words[0][2] : words[1][1]]
    opener = next((i for i, ch in enumerate(gap) if ch in _OPEN), None)
    if opener is not None and (close := tx.close_quote(words[0][2] + opener, b)) is not None:
        while k < len(words) and words[k][2] <= close:
            k += 1  # «صحيفة "واشنطن بوست" نقلا عن …»: the whole quoted name
    while k < len(words) and words[k][0].startswith("ال"):
        k += 1
    return words[k - 1][2] if len(words) - k >= 3 else b


_ADVERSATIVE = re.compile(r"[،,]\s*(?:الا ان|غير ان|لكن|ولكن|بيد ان)\s+")
_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه", "ني", "نا")


def _verb_with_object(tx: _Text, at: int) -> int | None:
    """End of a speech verb carrying an object pronoun at `at` («أخبرته»، «أبلغهم»), else None."""
    word = tx.words(at, min(len(tx.t), at + 30))[:1]
    if not word or word[0][1] != at:
        return None
    text = word[0][0]
    if text[:1] in "وف" and len(text) > 4:
        text = text[1:]  # «وأخبره»
    for suffix in _OBJECT_SUFFIXES:
        if text.endswith(suffix) and text[: -len(suffix)] in _FORMS:
            return word[0][2]
    return None


_STATED_IN = re.compile(r"(?:جاء|ورد|نشر)\s+(?:في|علي)(?=\s)")
# «وجاء في صحيفة لوباريزيان أن …», «وورد في التقرير أن …»: what a text says, opening a clause.
_WRITTEN_IN = re.compile(r"(?<!\w)[وف]?(?P<verb>جاء|ورد)\s+في\s+")
_THAT = re.compile(r"(?<!\w)[بف]?ان(?:ه|ها|هم)?(?!\w)")


def _written_in(tx: _Text, m: re.Match[str]) -> _Cand | None:
    """«وجاء في صحيفة لوباريزيان أن لجنة …»: the source is the document or outlet after «في» (a few words, no
    punctuation), the content the clause after its «أن» («جاء في المرتبة الثانية» or «جاء في وقت» is no
    source)."""
    t = tx.t
    s0, s1 = tx.sentence(m.start())
    if not _clause_initial(tx, s0, m.start()):
        return None
    that = _THAT.search(t, m.end(), s1)
    if that is None or any(ch in t[m.end() : that.start()] for ch in "،,:؛;.!?؟"):
        return None
    words = tx.words(m.end(), that.start())
    if not words or len(words) > 6:
        return None
    first = words[0][0]
    if not (_in(first, _SOURCE_NOUNS) or _in(first, _REPORT_NOUNS) or _in(first, OUTLET_WORDS)):
        return None
    speaker = _parse_region(tx, words[0][1], words[-1][2], relay=False)
    if speaker.head is None:
        return None
    a, b = _strip(t, that.end(), s1)
    if len(tx.words(a, b)) < 3:
        return None
    return _Cand(cue=(m.start("verb"), m.end("verb")), content=(a, b), direct=False, speaker=speaker)


_GIST = re.compile(r"(?<!\w)(?P<verb>مفاد(?:ه|ها))\s+(?:ب?ان(?:ه|ها|هم)?)(?!\w)")


def _gist(tx: _Text, m: re.Match[str]) -> _Cand | None:
    """«بعد ورود تقرير مفاده أن …»، «رسالة مفادها أن …»: "to the effect that", said by the report or message
    named right before (one adjective may come between)."""
    s0, s1 = tx.sentence(m.start())
    source = _source_before(
        tx, s0, m.start(), lambda w: _in(w, _SOURCE_NOUNS) or _in(w, _REPORT_NOUNS), lambda w: False
    )
    if source is None:
        return None
    a, b = _strip(tx.t, m.end(), _content_end(tx, m.end(), s1))
    if len(tx.words(a, b)) < 3:
        return None
    speaker = _Speaker(head=source, name=source)
    return _Cand(cue=(m.start("verb"), m.end("verb")), content=(a, b), direct=False, speaker=speaker)


_GOVERNS_LAM = re.compile(r"(?:و)?(?:وفق|طبقا|استنادا)")


def _attached_lam(word: str) -> bool:
    """«لتقارير»، «لرئيس»: the preposition ل written onto the source (not «للـ», whose article it absorbed)."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) > 3


_FA_INNA = re.compile(r"(?<!\w)ف?ان(?:ه|ها)?(?!\w)")
_SPEECH_PRONOUNS = word_set(
    "قوله قولها قولهم تصريحه تصريحها تصريحاته تصريحاتها تعبيره تعبيرها روايته روايتها"
)
_SOURCE_NOUNS = word_set(
    "وثيقه بيان تقرير تقارير مصدر مصادر صحيفه وكاله موقع قناه مجله شبكه اذاعه جريده اعلام وسايل مسوول "
    "مسوولين مسوولون خبراء شهود بيانات ارقام احصاءات تصريحات دراسه استطلاع رواية روايه مراسل وزاره هييه "
    "منظمه الامم الشرطه الجيش"
)


_NORMS = word_set(
    "قرار قرارات قانون قوانين نظام انظمه تعليمات احكام شروط معايير لوايح لايحه خطه اتفاق اتفاقيه مبادي "
    "توجيهات ضوابط اجراءات قواعد"
)


def _plausible_source(words: list[str]) -> bool:
    """A phrase after «بحسب/وفقاً لـ» that can be a source: a name, an outlet, an official, a document."""
    first = words[0].lstrip("ل")
    if _in(first, _NORMS):
        return False  # «طبقاً لقرارات الشرعية», «وفقاً لنظام …»: in accordance with a rule, not a source
    if not first.startswith("ال"):
        return True  # a name, or an indefinite source («مصدر حكومي», «تقارير نشرتها وكالات»)
    if _in(first, _SOURCE_NOUNS) or _in(first, TITLE_WORDS) or _in(first, ANAPHOR_HEADS):
        return True
    if len(words) == 1 and any(tag.startswith("ORG") for tag in gazetteer_tags(first)):
        return True  # «بحسب الأناضول»: an organisation the NER training data knows
    return len(words) >= 2 and not words[1].startswith("ال") and not _nisba(words[1])


def _headline(tx: _Text, s0: int, s1: int, taken: list[_Cand]) -> _Cand | None:
    """«البنتاغون: من غير المرجّح …»: a short subject and a colon opening a sentence."""
    t = tx.t
    colon = t.find(":", s0, min(s1, s0 + 50))
    if colon < 0 or any(c.cue[0] < colon < c.content[1] and c.cue[0] >= s0 for c in taken):
        return None
    words = [w for w in tx.words(s0, colon)]
    if words and _bare(words[0][0]) in _FOOTER_LABELS:
        return _headline(tx, colon + 1, s1, taken)  # «رابط الخبر بصحيفة الوئام: العمل : إصدار …»
    if not 1 <= len(words) <= 4 or any(
        w[0] == "," or _CUE.fullmatch(w[0]) or w[0][0].isdigit() for w in words
    ):
        return None
    if any(w[0] in _HEADLINE_NOT or _is_stop(w[0]) for w in words):
        return None
    a, b = _strip(t, colon + 1, s1)
    if len(tx.words(a, b)) < 4 or any(ch.isdigit() for ch in t[a : min(b, a + 12)]):
        return None
    direct = False
    if t[a] in _OPEN:
        a, b, _ = _quote_content(tx, a, s1)
        direct = True
    speaker = _Speaker(head=(words[0][1], words[-1][2]), name=_name_in(tx, words))
    return _Cand(cue=(colon, colon + 1), content=(a, b), direct=direct, speaker=speaker)


def _is_title_anaphor(words: list[str]) -> bool:
    """A definite title alone or with a relative adjective: «المخترع»، «الوزير التركي»، «المتهم»."""
    return (
        1 <= len(words) <= 2
        and words[0].startswith(("ال", "وال"))
        and (_in(words[0], TITLE_WORDS) or _in(words[0], ROLE_NOUNS))
        and all(_nisba(w) for w in words[1:])
    )


# Honorifics before a title («معالي الأمين العام») and with a pronoun for the dignitary named before («سموه»).
# Honorifics before a title («معالي الأمين العام») and with a pronoun for the dignitary named before («سموه»).
_HONORIFIC_TITLES = word_set("معالي فخامه سعاده سمو سماحه فضيله")
_HONORIFIC_PRONOUNS = word_set("سموه سموها معاليه معاليها فخامته سماحته سعادته سعادتها فضيلته جلالته")


def _is_construct_title(words: list[str]) -> bool:
    """A title with its definite genitive, alone or with relative adjectives: «رئيس الحكومة»، «وزير
    الخارجية الأميركي», or with a place the gazetteer knows: «مفتي أستراليا»."""
    return (
        2 <= len(words) <= 3
        and not words[0].startswith(("ال", "وال"))
        and _in(words[0], TITLE_WORDS)
        and (words[1].startswith("ال") or place_only(words[1]))
        and all(_nisba(w) for w in words[2:])
    )


def _mentioned_title(tx: _Text, words: list[str], before: int, size: int = 2) -> tuple[int, int] | None:
    """The name the article gave after an earlier, fuller mention of a construct title: «رئيس الحكومة
    الإسبانية، ماريانو راخوي» for a later «رئيس الحكومة» (its adjectives and one comma may come between);
    the title's first `size` words are matched."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words[:size]) + r"(?!\w)")
    found = None
    for m in pattern.finditer(tx.t, 0, before):
        stop = min(before, m.end() + 80)
        marks = [i for i in (tx.t.find(ch, m.end(), stop) for ch in ':«"“') if i >= 0]
        after = tx.words(m.end(), min([stop, *marks]))[:6]  # a name never runs on into what is said
        k = 0
        while k < len(after) and after[k][0] != "," and _nisba(after[k][0]):
            k += 1
        if k + 1 < len(after) and after[k][0] == "في" and place_only(after[k + 1][0]):
            k += 2  # «المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلاو»: where the office is
        if k < len(after) and after[k][0] == ",":
            k += 1
        while k < len(after) and after[k][0] in _RANKS:
            k += 1  # «مفتي أستراليا الدكتور إبراهيم أبو محمد»
        found = _full_name_at(tx, after[k:]) or found
    return found


def _known_name(word: str) -> bool:
    """Was `word` part of a person's name in the NER training data?"""
    return any(tag.startswith("PERS") for tag in gazetteer_tags(word))


_DIRECTIONS = word_set("جنوب جنوبي شمال شمالي شرق شرقي غرب غربي وسط شمالا جنوبا شرقا غربا")


def _full_name_at(tx: _Text, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Like `_name_at`, but a name of up to four words, through its links: «عادل بن أحمد الجبير»."""
    first = _name_at(tx, words[:1])
    if first is None or words[0][0].startswith((*_PREPOSED_ARTICLE, "وال")) or words[0][0] in _DIRECTIONS:
        return None  # «وزير الخارجية التركي جنوبي روسيا»: where the meeting was, not a name
    end = 0
    for k in range(1, min(4, len(words))):
        w = words[k][0]
        if words[k - 1][0] == "ال" and w.isalpha():
            end = k  # «عبدالعزيز آل الشيخ», «نبيل آل صالح»: the family after «آل», even a title word
            break
        if _ends_name(w):
            break
        linked_before = any(words[j][0] in NAME_LINKS for j in range(1, k))
        if w.startswith("ال") and _nisba(w) and words[k - 1][0] not in NAME_LINKS and not linked_before:
            break  # «جون كيري الأمريكي»: an adjective after the name (but «فهد بن سعيد الراشدي»: the family)
        linked = w.startswith("ال") or w in NAME_LINKS or words[k - 1][0] in NAME_LINKS or _known_name(w)
        if not linked and (k > 1 or _masdar_word(tx, words[k]) or _name_at(tx, words[k : k + 1]) is None):
            break  # «الفنانة فلة اعتذارها لمحبيها»: past a second word, only links and known names
        end = k
        if w.startswith("ال"):
            break  # «مشاري البلام تقييم الأعمال»: the family name ends the name
    while end > 0 and words[end][0] in NAME_LINKS:
        end -= 1
    return (words[0][1], words[end][2])


_TANWEEN = re.compile("[\u064b-\u064d]")
_NUMBER_WORDS = word_set(
    "اثنان اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره عشرات "
    "ميه مايه مييات الف الاف مليون ملايين مليار مليارات"
)
_NOT_NAME_ADJECTIVES = word_set(
    "اخر اخري اخرون اخرين اخران ثان ثاني ثالث ثالثه واحد رفيع كبير بارز سابق سابقه"
)


def _mentioned(tx: _Text, head: str, before: int) -> tuple[int, int] | None:
    """The name after the last earlier mention of a title («المخترع الروسي أليكسي تشوركين» → the name)."""
    pattern = re.compile(rf"(?<!\w)(?:ال)?{re.escape(head)}(?!\w)")
    found = None
    for m in pattern.finditer(tx.t, 0, before):
        words = tx.words(m.end(), min(before, m.end() + 90))[:8]
        cut = next((k for k, w in enumerate(words) if w[0] == ","), None)
        words = words[:cut]  # «أمام الزعيم، حيث أجرى …»: a name never crosses a comma
        if words and _article(tx, words[0]) and _nisba(words[0][0]):
            words = words[1:]  # «الروسي»
        if words and _attached_lam(words[0][0]):
            # «المدرب الفرنسي لنادي ريال مدريد الإسباني زين الدين زيدان»: past the title's «لـ» complement
            known = next((k for k, w in enumerate(words) if k and _known_name(w[0])), None)
            words = words[known:] if known is not None else []
        words = words[:4]
        if words and words[0][0] in _HANDED:
            continue  # «البيان» after «في بيان تلقت وكالة فرانس برس نسخة منه»: not the issuer's name
        if len(words) >= 3 and _bare(words[0][0]) in _ISSUED and words[1][0] == "عن":
            words = words[2:]  # «البيان» after «بيان صادر عن الوزارة»: the issuer
        name = _name_at(tx, words)
        if (
            name is not None
            and len(words) > 1
            and name[1] == words[0][2]
            and words[1][0] in _COMPLEMENT_PREPOSITIONS
        ):
            name = None  # «اللاعب طلب من إدارة الاتحاد»: a verb and its preposition, not a name
        found = name or found
    return found


def _described(tx: _Text, words: list[str], history: list[_Said], before: int) -> str | None:
    """The earlier named speaker that a bare title stands for, when the article introduced them with that title
    or adjective: «وتابع المدرب الفرنسي» after «الفرنسي آرسين فينغر، مدرب فريق آرسنال» → «آرسين فينغر»."""
    marks = {_bare(w) for w in words}
    for said in reversed(history):
        if said.is_outlet or not said.name or _in(fold(said.name).text.split()[0], _REPORT_NOUNS):
            continue  # not a document («تقرير منظمة الصحة العالمية»): a title stands for a person
        surname = fold(said.name).text.split()[-1]
        if len(surname) < 3 or surname in marks:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", tx.t[:before]):
            near = tx.words(max(0, m.start() - 40), min(before, m.end() + 40))
            if any(w[0] != "," and _bare(w[0]) in marks for w in near):
                return said.name
    return None


def _name_at(tx: _Text, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of the name (at most two words) that `words` begins with, if it begins with one: not a
    definite word, a function word, a title, a verb form or an adjective of the title before it."""
    name = []
    for w in words[:2]:
        if _TANWEEN.search(tx.marked(w[1], w[2])):
            break  # «فلة الجزائرية حداً»: an accusative noun with tanween, never part of a name
        family = bool(name) and w[0].startswith("ال") and not _nisba(w[0])  # «مشاري البلام»، «خالد الفالح»
        if (_article(tx, w) and not family) or _is_stop(w[0]) or _in(w[0], TITLE_WORDS) or w[0] in _FORMS:
            break
        if w[0] in _NOT_NAME_ADJECTIVES or w[0][2:] in _NOT_NAME_ADJECTIVES:
            break  # «مسؤول آخر»، «مسؤول رفيع»، «الوزير خالد السابق»: an adjective, not a name
        if w[0] in _NUMBER_WORDS:
            break  # «عقد اللاعب عشرة ملايين يورو»: a number, not a name
        name.append(w)
    if len(name) == 2 and name[1][0] in NAME_LINKS:
        return _full_name_at(tx, words)  # «المحافظ فهد بن سعيد الراشدي»: a name never ends at its «بن»
    return (name[0][1], name[-1][2]) if name else None


def _article(tx: _Text, word: tuple[str, int, int]) -> bool:
    """Does the word begin with the article as written (not a name with a hamza folded to ا: «أليكسي»)?"""
    return word[0].startswith("ال") and tx.original[tx.folded.start(word[1])] == "ا"


def _is_anaphor(words: list[str]) -> bool:
    return 1 <= len(words) <= 3 and words[0].startswith(("ال", "وال")) and _bare(words[0]) in ANAPHOR_HEADS


def quotes_from_text(
    text: str, *, article_id: str = "", outlet: str | None = None, resolve: Resolver | None = None
) -> list[Quote]:
    """The quotes of a plain text (see `extract_quotes`)."""
    if not text.strip():
        return []
    tx = _Text(text)
    cands: list[_Cand] = []
    for m in _CUE.finditer(tx.t):
        cand = _from_cue(tx, m)
        if cand is not None:
            cands.append(cand)
    for m in _BAYYANA.finditer(tx.t):
        # «وبيَّن الشليل أن …»: «بين» is left out of the cues as "between", unless its shadda is written or,
        # bare, it opens a clause and introduces «أن» («من جهته بين رئيس البرنامج … أن …»)
        if "\u0651" in tx.marked(m.start("verb"), m.end("verb")):
            if (cand := _from_cue(tx, m)) is not None:
                cands.append(cand)
        elif _bare_bayyana(tx, m) and (cand := _from_cue(tx, m)) is not None and _after_anna(tx, cand):
            cands.append(cand)
    for m in _ASKED.finditer(tx.t):
        cand = _asked(tx, m)
        if cand is not None:
            cands.append(cand)
    for m in _WRITTEN_IN.finditer(tx.t):
        cand = _written_in(tx, m)
        if cand is not None:
            cands.append(cand)
    for m in _GIST.finditer(tx.t):
        cand = _gist(tx, m)
        if cand is not None:
            cands.append(cand)
    for m in _ACC.finditer(tx.t):
        cand = _according(tx, m, cands)
        if cand is not None:
            cands.append(cand)
    starts = sorted(c.content[0] for c in cands if not c.silent)
    for s0, s1 in zip(tx.starts, tx.ends, strict=True):
        if tx.t.find(":", s0, min(s1, s0 + 50)) < 0:
            continue
        k = bisect.bisect_left(starts, s0)
        if k == len(starts) or starts[k] >= s1:
            cand = _headline(tx, s0, s1, cands)
            if cand is not None:
                cands.append(cand)
    cands = _dedupe(cands)
    cands = [c for c in cands if not _unvoiced_in_quotation(c, cands)]
    _cut_at_new_speakers(tx, cands)
    quotes = _resolve(tx, text, cands, article_id, outlet, resolve)
    # a stance («ودعت إلى …»، «وأشاد بـ …») that no speaker holds is no report: «المسرحية … ودعت إلى …»
    # (a one-letter name is a conjunction left over by the resolution, not a speaker)
    return [q for q in quotes if len(q.speaker_name or "") > 1 or _cue_lemma(q.cue) not in PREP_ONLY]


# The masculine past «بيّن» "made clear" (its noun and participle groups never match, as `_CUE`'s may).
_ANNA_WORDS = word_set("ان بان انه انها")
_TO_SAYING = re.compile(r"القول\s+")
_SIDE_LEADS = word_set("جهته جهتها جانبه جانبها جهتهم جانبهم")
_ANNA_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_ANNA_WORDS)) + r")\s*$")


def _bare_bayyana(tx: _Text, m: re.Match[str]) -> bool:
    """Does a bare «بين» stand where a verb opens a clause: «وبين», after a comma, «كما» or «من جهته»?"""
    s0, _ = tx.sentence(m.start())
    at = m.start("verb")
    return bool(m.group("conj")) or _clause_initial(tx, s0, at) or _previous_word(tx, s0, at) in _SIDE_LEADS


def _after_anna(tx: _Text, cand: _Cand) -> bool:
    """Did the candidate's content come after «أن»/«بأن»/«أنه» (a statement, not «بين الطرفين …»)?"""
    return not cand.direct and bool(_ANNA_BEFORE.search(tx.t, max(0, cand.content[0] - 8), cand.content[0]))


_BAYYANA = re.compile(r"(?<!\w)(?P<conj>[وف]?)(?P<phrase>(?!))?(?P<noun>(?!))?(?P<verb>بين)(?!\w)")


def _cue_lemma(cue: str) -> str:
    word = fold(cue).text
    if word not in _FORMS and word[:1] in "وف":
        word = word[1:]
    return _FORMS.get(word, (word, ()))[0]


_CLAUSE_OPENERS = ("لكن", "ولكن", "بينما", "فيما", "في حين", "،", ",")


def _cut_at_new_speakers(tx: _Text, cands: list[_Cand]) -> None:
    """End a reported content where a new clause with its own speaker begins: «… أن X، لكن مسؤولَين قالا …»."""
    t = tx.t
    for k, c in enumerate(cands):
        if c.direct or c.silent:
            continue
        for d in cands:
            if d is c or d.silent or not c.content[0] < d.cue[0] < c.content[1] or d.speaker.head is None:
                continue
            start = min(d.speaker.head[0], d.cue[0])
            prefix = t[c.content[0] : start].rstrip()
            opener = next((o for o in _CLAUSE_OPENERS if prefix.endswith(o)), None)
            if opener is None and not (d.cue[0] == start and t[d.cue[0]] in "وف"):
                continue
            end = len(prefix) - (len(opener) if opener else 0) + c.content[0]
            a, b = _strip(t, c.content[0], end)
            if len(tx.words(a, b)) >= 2:
                cands[k] = c = replace(c, content=(a, b))


def _unvoiced_in_quotation(c: _Cand, cands: list[_Cand]) -> bool:
    """A speech verb with no subject of its own inside someone's direct quotation («… بعد أن أعلنت سابقاً أن
    …»): its subject is someone the quotation talks about, never the quoted speaker or anyone before."""
    if c.speaker.head is not None or c.subject is not None or c.speaker.pronoun:
        return False
    return any(o is not c and o.direct and o.content[0] <= c.cue[0] < o.content[1] for o in cands)


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    cands.sort(key=lambda c: (c.cue[0], c.content[0]))
    out: list[_Cand] = []
    for c in cands:
        clash = False
        for o in out:
            if o.cue == c.cue or (o.content == c.content and not c.silent):
                clash = True
                break
        if not clash:
            out.append(c)
    return out


def _resolve(
    tx: _Text, text: str, cands: list[_Cand], article_id: str, outlet: str | None, resolve: Resolver | None
) -> list[Quote]:
    f = tx.folded

    def span(pair: tuple[int, int]) -> Span:
        a, b = pair
        if b <= a:
            return Span(f.start(a), f.start(a))
        end = f.end(b)
        while end < len(text) and text[end] in _MARKS:  # keep a final tanween or shadda inside the span
            end += 1
        return Span(f.start(a), end)

    key_of = resolve or default_speaker_key
    history: list[_Said] = []
    quotes: list[Quote] = []
    for c in cands:
        nested = any(o is not c and o.content[0] <= c.cue[0] < o.content[1] for o in cands)
        if c.silent and c.speaker.head is None:
            continue
        sp = c.speaker
        head_words = [w for w, _, _ in tx.words(*sp.head) if w != ","] if sp.head is not None else []
        if (
            sp.head is not None
            and (len(head_words) == 1 or (len(head_words) == 2 and _circumstantial(head_words[1])))
            and head_words[0] in _FORMS
            and _OPENERS.search(tx.t, sp.head[1], c.cue[0]) is not None
        ):
            # «وأضاف: "أعتقد أن …"», «وتابع مازحاً: "أعتقد …"»: the verb that opened the quotation is not the
            # inner cue's speaker
            sp = _Speaker(via=sp.via)
        speaker_span = span(sp.head) if sp.head else None
        speaker = speaker_span.slice(text) if speaker_span else ""
        resolution: QuoteResolution
        if sp.head is not None:
            desc = tx.t[sp.head[0] : sp.head[1]]
            words = [w for w, _, _ in tx.words(*sp.head) if w != ","]
            name = _clean_name(span(sp.name).slice(text)) if sp.name else _clean_name(speaker)
            resolution = "explicit"
            if len(words) > 1 and words[0] in _HONORIFIC_TITLES:
                words = words[1:]  # «معالي الأمين العام»: the title after the honorific is the anaphor
            if sp.name is None and _is_anaphor(words):
                found = _antecedent(words, history)
                if found is not None:
                    name, resolution = found, "anaphor"
            if sp.name is None and resolution == "explicit" and _is_title_anaphor(words):
                mention = _mentioned(tx, _bare(words[0]), sp.head[0])
                if mention is not None:  # «يقول المخترع …» after «المخترع الروسي أليكسي تشوركين»
                    name, resolution = _clean_name(span(mention).slice(text)), "anaphor"
                elif (described := _described(tx, words, history, sp.head[0])) is not None:
                    name, resolution = described, "anaphor"
                elif (
                    len(words) == 1
                    and _in(words[0], ROLE_NOUNS)
                    and (person := _role_antecedent(tx, sp.head[0], words[0], history))
                ):
                    # «قالت الفنانة» after «المطربة المصرية آمال ماهر»: the person named before
                    name, resolution = person, "anaphor"
            elif resolution == "explicit" and len(words) == 1 and words[0] in _HONORIFIC_PRONOUNS:
                # «وعبر سموه عن سعادته»: "his highness" is the dignitary just named
                if history:
                    name, resolution = history[-1].name, "anaphor"
                elif (person := _titled_person(tx, sp.head[0], words[0].endswith("ها"))) is not None:
                    name, resolution = _clean_name(span(person).slice(text)), "anaphor"
            elif (
                sp.name in (None, sp.head)
                and resolution == "explicit"
                and 2 <= len(words) <= 3
                and _in(words[0], ROLE_NOUNS)
                and not words[0].startswith("ال")
                and (person := _last_person(history, words[0].endswith("ه"))) is not None
            ):
                name, resolution = person, "anaphor"  # «وأوضح نجم ريال مدريد» after «وأكد رونالدو»
            elif (
                (sp.name is None or (len(words) > 1 and place_only(words[1])))
                and resolution == "explicit"
                and _is_construct_title(words)
            ):
                mention = _mentioned_title(tx, words, sp.head[0])
                if mention is not None:  # «وقال رئيس الحكومة» after «رئيس الحكومة الإسبانية، ماريانو راخوي»
                    name, resolution = _clean_name(span(mention).slice(text)), "anaphor"
            elif (
                sp.name is None
                and resolution == "explicit"
                and 3 <= len(words) <= 4
                and _person_title(words[0])
                and (mention := _mentioned_title(tx, words, sp.head[0], size=len(words))) is not None
            ):
                # «وطالب الأمين العام للجامعة العربية» after «الأمين العام للجامعة العربية، أحمد أبو الغيط»
                name, resolution = _clean_name(span(mention).slice(text)), "anaphor"
            if not nested:
                is_outlet = any(_in(w, OUTLET_WORDS) for w in words)
                feminine = c.feminine if c.agrees else _is_feminine(desc, name)
                history.append(_Said(desc, name, is_outlet, feminine))
            if c.silent:
                continue
        elif c.subject is not None:
            name, resolution = _clean_name(span(c.subject).slice(text)), "implicit"
            words = [w for w, _, _ in tx.words(*c.subject) if w != ","]
            if _is_anaphor(words):
                name = _antecedent(words, history) or name
            if not nested:  # the subject found in the syntax is an antecedent for the pronouns after it
                history.append(_Said(tx.t[c.subject[0] : c.subject[1]], name, False, c.feminine))
        elif (
            c.participle
            and _CUE.search(tx.t, tx.sentence(c.cue[0])[0], c.cue[0]) is None
            and (subject := _clause_subject(tx, c)) is not None
        ):
            # «واستقال الأرجنتيني بيلسا … مبرراً الخطوة بأن …»: a participle shares its clause's subject
            name, resolution = _clean_name(span(subject).slice(text)), "implicit"
        elif c.participle and (subject := _earlier_subject(tx, c, cands)) is not None:
            # «الأمر الذي كشف عنه رمضان في لقاء …، مؤكداً أنه …»: the subject of the sentence's speech verb
            name, resolution = _clean_name(span(subject).slice(text)), "implicit"
            history.append(_Said(tx.t[subject[0] : subject[1]], name, False, c.feminine))
        elif history:
            name = _implicit(tx, c, history)
            resolution = "pronoun" if sp.pronoun else "implicit"
        elif (subject := _clause_subject(tx, c)) is not None:
            name, resolution = _clean_name(span(subject).slice(text)), "implicit"
        else:
            name, resolution = "", "unresolved"
        via_span = span(sp.via) if sp.via else None
        heads: list[tuple[Span | None, str, str]] = [(speaker_span, speaker, name)]
        if (
            (c.dual or tx.t.startswith("كل من", sp.head[0] if sp.head else 0))
            and sp.head
            and resolution == "explicit"
        ):
            split = _conjuncts(tx, sp.head)
            if len(split) == 2:
                heads = [(span(h), span(h).slice(text), _clean_name(span(h).slice(text))) for h in split]
        for speaker_span, speaker, name in heads:
            quotes.append(
                _quote(
                    c,
                    span,
                    text,
                    article_id,
                    outlet,
                    speaker,
                    speaker_span,
                    name,
                    key_of,
                    resolution,
                    via_span,
                )
            )
    return quotes


def _quote(
    c: _Cand,
    span: Callable[[tuple[int, int]], Span],
    text: str,
    article_id: str,
    outlet: str | None,
    speaker: str,
    speaker_span: Span | None,
    name: str,
    key_of: Resolver,
    resolution: QuoteResolution,
    via_span: Span | None,
) -> Quote:
    return Quote(
        article_id=article_id,
        speaker=speaker,
        speaker_span=speaker_span,
        speaker_name=name,
        speaker_key=key_of(name) if name else "",
        resolution=resolution,
        cue=span(c.cue).slice(text),
        cue_span=span(c.cue),
        content=span(c.content).slice(text),
        content_span=span(c.content),
        direct=c.direct,
        via=_clean_name(via_span.slice(text)) if via_span else None,
        via_span=via_span,
        outlet=outlet,
    )


def _clause_subject(tx: _Text, c: _Cand) -> tuple[int, int] | None:
    """The subject of a sentence-initial verb, for a coordinated speech verb with no speaker named before:
    «أثار بيب جوارديولا … الشكوك … وقال إن …» → «بيب جوارديولا» (Arabic news is verb-first)."""
    s0, _ = tx.sentence(c.cue[0])
    cue = tx.t[c.cue[0] : c.cue[1]]
    if cue not in _FORMS and cue[1:] not in _FORMS:
        return None  # «وحسب قوله»: a pronoun, resolved by agreement with the speakers before
    words = [w for w in tx.words(s0, c.cue[0]) if w[0] != ","]
    if len(words) < 2 or not _verb_like(words[0][0]) or _in(words[0][0], TITLE_WORDS):
        return None
    if words[0][0].startswith("ال"):
        return None
    if _in(words[1][0], TITLE_WORDS) and (titled := _full_name_at(tx, words[2:6])) is not None:
        return titled  # «رفض الفنان مشاري البلام تقييم …، وقال إنه …»: the name after the subject's title
    sp = _parse_region(tx, words[1][1], c.cue[0], relay=False)
    if sp.head is None:
        return None
    head = [w for w in tx.words(*sp.head) if w[0] != ","]
    untitled = not any(_in(w[0], TITLE_WORDS) for w in head)
    if untitled and (definite := _definite_subject(tx, head, words[0][0], c)) is not None:
        return definite  # «واستقبلت البلدية الشكاوى طوال …»: the definite noun, not a word further on
    name = sp.name or _name_in(tx, head)
    if name is None or (untitled and len(head) > 3):
        return None
    return name


def _definite_subject(
    tx: _Text, head: list[tuple[str, int, int]], verb: str, c: _Cand
) -> tuple[int, int] | None:
    """«واقتادت البحرية الإسرائيلية السفينة إلى …، وقالت إن …» → «البحرية الإسرائيلية»: after a verb-first
    verb the subject is the definite noun right after it with its relative adjectives (the object follows).
    Only when the two coordinated verbs agree in gender, as verbs sharing one subject must, and only for
    verbs of saying: «وهدفت المسرحية … ودعت إلى …» is a play's message, not a statement."""
    core = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    if _cue_lemma(tx.t[c.cue[0] : c.cue[1]]) in PREP_ONLY | HOMOGRAPHS:
        return None
    if (
        _bare(verb) in _DEMONSTRATIVES
        or not c.agrees
        or (core.endswith("ت") or core[:1] == "ت") != c.feminine
    ):
        return None
    if not head[0][0].startswith("ال") or _is_stop(head[0][0]):
        return None
    end = 0
    while (
        end + 1 < len(head)
        and _nisba(head[end + 1][0])
        and tx.original[tx.folded.end(head[end + 1][2]) - 1] != "ى"
    ):
        end += 1  # (folding spells «الشكاوى» like a relative adjective; the original keeps its ى)
    if _nisba(head[0][0]) and end + 1 < len(head) and not head[end + 1][0].startswith("ال"):
        return None  # «واستقال الأرجنتيني بيلسا …»: a name follows its description
    return (head[0][1], head[end][2])


def _verb_like(word: str) -> bool:
    """Could `word` open a verb-first sentence: a prefixed form («أثار»، «يواصل»، «وتابع») or a bare
    three-letter past verb («رفض»، «شدد»، «نفى»), with an optional و or ف before it."""
    core = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word[:1] in "اتيو" or core[:1] in "اتي" or len(_bare(core)) == 3


def _adverbial(tx: _Text, s0: int, m: re.Match[str]) -> bool:
    """A participle in the accusative with no comma before it that still states its own speech: «… ومتابعتهم
    مشدداً على جدية الوزارة … مبيناً في ذلك دور التفتيش»; only the masculine singular «ـاً» form, which an
    adjective («المؤكد»، «مشددة») or a noun after a preposition or a copula never takes."""
    word = m.group("verb")
    previous = _previous_word(tx, s0, m.start())
    return (
        word.endswith("ا")
        and not m.group("conj")
        and bool(previous)
        and not previous[0].isdigit()
        and previous not in LOOKBACK_STOPS
        and previous not in AUXILIARIES
        and previous not in SPEAKER_STOPS
    )


def _tied_to_verb(tx: _Text, s0: int, at: int) -> _Speaker | None:
    """«وتابع الوزير قائلاً»، «وأخبره قائلاً»: the speech verb (and its subject) that قائلاً at `at` completes,
    or None when no verb of speaking or telling comes right before it."""
    words = tx.words(max(s0, at - 80), at)
    if words and _verb_with_object(tx, words[-1][1]) is not None:
        return _Speaker()
    verbs = [m for m in _CUE.finditer(tx.t, max(s0, at - 160), at) if m.group("verb")]
    if not verbs or verbs[-1].group("verb") in _PARTICIPLES:
        return None
    gap = tx.words(verbs[-1].end(), at)
    if len(gap) > _MAX_SPEAKER_WORDS or any(w[0] == "," for w in gap):
        return None
    if not gap or any(_in(w[0], DECLINED) for w in gap):
        return _Speaker()  # «وصرح مسؤول رفض الكشف عن هويته قائلاً»: not the refusal's object
    speaker = _parse_region(tx, verbs[-1].end(), at, relay=False)
    if len(gap) > 5 and speaker.name is None:
        return None  # past five words only a title with its holder's name («وأوضح المتحدث … العقيد X قائلاً»)
    return speaker


def _earlier_subject(tx: _Text, c: _Cand, cands: list[_Cand]) -> tuple[int, int] | None:
    """The subject of a relative clause's past speech verb with a pronoun object before a participle of the same
    sentence, when that verb introduced nothing itself: «الأمر الذي كشف عنه رمضان في لقاء، مؤكداً أنه …» →
    «رمضان»."""
    s0, _ = tx.sentence(c.cue[0])
    earlier = [
        m
        for m in _CUE.finditer(tx.t, s0, c.cue[0])
        if m.group("verb") and m.group("verb") not in _PARTICIPLES and m.group("verb")[0] not in "يت"
    ]
    if not earlier or any(o.cue[0] <= earlier[-1].start("verb") < o.cue[1] for o in cands):
        return None
    m = earlier[-1]
    comma = _NP_END.search(tx.t, m.end(), c.cue[0])
    region = tx.words(m.end(), comma.start()) if comma is not None else []
    if not region or region[0][0] not in _OBJECT_PRONOUNS:
        return None
    sp = _parse_region(tx, m.end(), comma.start() if comma else m.end(), relay=False)
    if sp.head is None:
        return None
    return sp.name or sp.head


def _is_feminine(desc: str, name: str) -> bool:
    first = _bare(desc.split()[0]) if desc.split() else ""
    last = normalize(name).split()[-1] if name.split() else ""
    return (
        first.endswith("ه")
        or first in OUTLET_WORDS
        or first in NONHUMAN_PLURALS
        or (last.endswith("ا") and not desc.startswith(tuple(TITLE_WORDS)))
    )


_OUTLET_MENTION = re.compile(r"(?<!\w)(?:" + "|".join(sorted(OUTLET_WORDS)) + r")\s+[«“\"”]?(\w+(?:\s\w+)?)")
# An outlet with «لـ/بـ» written on: an audience or a host («لصحيفة غانا سبورتس»، «بقناة …»).
_OUTLET_ATTACHED = re.compile(
    r"(?<!\w)[لب](?:" + "|".join(sorted(OUTLET_WORDS)) + r")\s+[«“\"”]?(\w+(?:\s\w+){0,2})"
)


def _implicit(tx: _Text, c: _Cand, history: list[_Said]) -> str:
    """Who an unexpressed subject is: the last speaker named, agreeing in gender with the verb when one does.

    A feminine verb right after an outlet named in the same sentence takes it as subject («مقال نشرته صحيفة
    "واشنطن بوست"، وادّعت فيه أن …»).
    """
    hosts: list[re.Match[str]] = []
    if c.feminine:
        s0, _ = tx.sentence(c.cue[0])
        # not an outlet after a preposition: «استضافتها على قناة "النهار"» names the host, not the speaker
        mentions = list(_OUTLET_MENTION.finditer(tx.t, s0, c.cue[0]))
        hosts = [o for o in mentions if _is_stop(_previous_word(tx, s0, o.start()) or "و")]
        mentions = [o for o in mentions if o not in hosts]
        hosts = sorted([*hosts, *_OUTLET_ATTACHED.finditer(tx.t, s0, c.cue[0])], key=lambda o: o.start())
        if mentions:
            return _clean_name(tx.original_of(*mentions[-1].span(1)))
    for said in reversed(history):
        if c.participle or said.feminine == c.feminine:
            return said.name
    if hosts and not c.participle:
        # «كشف فلان لصحيفة غانا سبورتس اونلاين … وقالت: "…"»: no speaker so far agrees, the paper does
        words = tx.words(*hosts[-1].span(1))
        cut = next((k for k, w in enumerate(words) if k and _is_stop(w[0])), len(words))  # not «… عن»
        return _clean_name(tx.original_of(words[0][1], words[cut - 1][2]))
    if c.agrees:  # no speaker so far agrees («وحسب قوله» after «طبقاً لتقارير»): a titled person named before
        person = _titled_person(tx, c.cue[0], c.feminine)
        if person is not None:
            return _clean_name(tx.original_of(*person))
    return history[-1].name


def _last_person(history: list[_Said], feminine: bool) -> str | None:
    """The name of the last speaker quoted who is not an outlet, of the given gender."""
    return next(
        (s.name for s in reversed(history) if not s.is_outlet and s.name and s.feminine == feminine), None
    )


def _role_antecedent(tx: _Text, before: int, role: str, history: list[_Said]) -> str | None:
    """Who a definite role alone («الفنانة»، «المتهم») stands for: the last person quoted, of the role's gender,
    else the person last named after a title of that gender."""
    feminine = role.endswith("ه")
    if (said := _last_person(history, feminine)) is not None:
        return said
    person = _titled_person(tx, before, feminine)
    return _clean_name(tx.original_of(*person)) if person is not None else None


def _titled_person(tx: _Text, before: int, feminine: bool) -> tuple[int, int] | None:
    """The name after the last title of the given gender before `before`: «المخترع الروسي أليكسي تشوركين»."""
    words = [w for w in tx.words(max(0, before - 800), before) if w[0] != ","]
    for k in range(len(words) - 1, -1, -1):
        word = words[k][0]
        if not word.startswith(("ال", "وال")) or _in(word, OUTLET_WORDS):
            continue
        if not (_in(word, TITLE_WORDS) or _in(word, ROLE_NOUNS)):
            continue  # a definite title («المخترع»، «المطربة»), not a construct («مدير أعماله»)
        if _in(word, _REPORT_NOUNS):
            continue
        if _bare(word).endswith("ه") != feminine:
            continue
        rest = words[k + 1 : k + 6]
        if rest and rest[0][0] in _RELATIVES:
            continue  # «الممثلة التي تقف أمامه»: a relative clause, not a name
        if rest and _article(tx, rest[0]) and _nisba(rest[0][0]):
            rest = rest[1:]
        name = _full_name_at(tx, rest)
        if name is not None:
            return name
    return None


def _clean_name(name: str) -> str:
    return (
        re.sub(r"\s+", " ", name.strip(" \t\n«»“”\"'،,.:#").replace("_", " "))  # «#فلة_الجزائرية»
        .replace("«", "")
        .replace("»", "")
        .replace("“", "")
        .replace("”", "")
        .replace('"', "")
        .strip()
    )


# «المصدر»، «البيانات»: the source or the data just quoted («وبحسب البيانات» after «أعلن مكتب الإحصاء أن …»)
_SOURCE_ANAPHORS = word_set("مصدر") | DATA_NOUNS


def _antecedent(words: list[str], history: list[_Said]) -> str | None:
    """The earlier speaker a definite description points back to («الصحيفة» → «واشنطن بوست»)."""
    head = _bare(words[0])
    if head in _SOURCE_ANAPHORS and len(words) == 1:
        return history[-1].name if history else None  # «وأوضح المصدر أن …»: the source just quoted
    wanted = {_bare(w) for w in words}
    for said in reversed(history):
        if head in DOCUMENT_HEADS and said.is_outlet:
            return said.name
        if head == "شركه" and said.is_outlet and _bare(said.desc.split()[0]) == "موقع":
            return said.name  # «وأعلنت الشركة» after «قال موقع "تويتر"»: the website is the company
        words_of = said.desc.split()
        have = {_bare(w) for w in words_of} | {_bare(w[1:]) for w in words_of if w[:1] in "ول"}
        if wanted <= have:
            return said.name
    return None


def extract_quotes(article: Article, *, resolve: Resolver | None = None) -> list[Quote]:
    """Direct quotes and reported speech in `article.title` (headlines: «البنتاغون: …», part="title") and
    `article.text`, in order.

    `resolve` maps a speaker name to its canonical key (`canonical_key` in the pipeline); by default the
    key is the normalised surface (`default_speaker_key`). When `article.mentions` holds the article's
    entities, a learned chooser may name another of them as a quote's speaker (`choose_speakers`), and
    speaker names follow them (`name_from_entities`). Never raises on odd text.
    """
    quotes = quotes_from_text(article.text, article_id=article.id, outlet=article.outlet, resolve=resolve)
    if article.mentions:
        # The chooser reads the rules' own names (it learnt from them); naming then tidies the names kept.
        quotes = choose_speakers(quotes, article.text, article.mentions, resolve or default_speaker_key)
        quotes = name_from_entities(quotes, article.text, article.mentions, resolve or default_speaker_key)
    if article.title.strip():
        title = quotes_from_text(article.title, article_id=article.id, outlet=article.outlet, resolve=resolve)
        quotes = [replace(q, part="title") for q in title] + quotes
    return quotes
