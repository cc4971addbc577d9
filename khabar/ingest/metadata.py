"""Cheap metadata found in the text of a page: dateline, wire agency, byline, language, outlet, URL.

Pure functions on strings. Every pattern tolerates the spelling variants Arabic news sites actually use
(hamza or bare alef, ta marbuta or ha, tatweel, dotted or spaced abbreviations such as «أ.ف.ب»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from khabar.arabic import normalize
from khabar.model import Span

__all__ = [
    "Dateline",
    "canonical_agency",
    "detect_language",
    "find_byline",
    "find_dateline",
    "find_outlet",
    "find_url",
]


@dataclass(frozen=True, slots=True)
class Dateline:
    """The «موسكو - الفرنسية» opening of a wire story: where it was filed and which agency sent it."""

    place: str | None
    agency: str | None  # canonical English name, e.g. "AFP"
    span: Span


def _key(text: str) -> str:
    """Lookup key: normalised, without spaces, dots or quotes, without a leading «وكالة»."""
    key = re.sub(r"[\s.\-«»\"'()]+", "", normalize(text))
    for prefix in ("وكاله", "agence", "agency"):
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            key = key[len(prefix) :]
    return key


# --- agencies ----------------------------------------------------------------------------------------

# Names that are safe to take as a credit anywhere in the opening lines; short forms such as «بنا», «قنا»
# or «الفرنسية» are ordinary words too, so they only count inside a dateline or in parentheses.
_AGENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # canonical: (unambiguous aliases, dateline-only aliases)
    "AFP": (
        ("فرانس برس", "فرانس بريس", "وكالة الصحافة الفرنسية", "أ ف ب", "AFP", "Agence France-Presse"),
        ("الفرنسية", "الصحافة الفرنسية"),
    ),
    "Reuters": (("رويترز", "Reuters"), ()),
    "AP": (("أسوشيتد برس", "أسوشييتد برس", "اسوشيتدبرس", "Associated Press"), ("أ ب", "AP")),
    "Anadolu": (("وكالة الأناضول", "Anadolu"), ("الأناضول", "أناضول")),
    "Saudi Press Agency": (("وكالة الأنباء السعودية", "SPA"), ("واس",)),
    "DPA": (("د ب أ", "وكالة الأنباء الألمانية", "dpa"), ("الألمانية",)),
    "WAM": (("وكالة أنباء الإمارات", "WAM"), ("وام",)),
    "KUNA": (("كونا", "وكالة الأنباء الكويتية", "KUNA"), ()),
    "QNA": (("وكالة الأنباء القطرية", "QNA"), ("قنا",)),
    "MENA": (("أ ش أ", "وكالة أنباء الشرق الأوسط", "MENA"), ()),
    "SANA": (("سانا", "الوكالة العربية السورية للأنباء", "SANA"), ()),
    "Xinhua": (("شينخوا", "شينهوا", "Xinhua"), ()),
    "Sputnik": (("سبوتنيك", "Sputnik"), ()),
    "TASS": (("وكالة تاس", "TASS"), ("تاس",)),
    "RIA Novosti": (("ريا نوفوستي", "نوفوستي", "RIA Novosti"), ()),
    "Interfax": (("إنترفاكس", "انترفاكس", "Interfax"), ()),
    "BNA": (("وكالة أنباء البحرين", "BNA"), ("بنا",)),
    "Petra": (("وكالة الأنباء الأردنية", "وكالة بترا", "Petra"), ("بترا",)),
}

_BY_KEY: dict[str, str] = {
    _key(alias): canonical
    for canonical, (strong, weak) in _AGENCIES.items()
    for alias in (*strong, *weak, canonical)
}


def canonical_agency(name: str) -> str | None:
    """Canonical English name of a wire agency written in Arabic or English, or None."""
    key = _key(name)
    if not key:
        return None
    found = _BY_KEY.get(key)
    if found is None and key.endswith(("للانباء", "الانباء")):
        found = _BY_KEY.get(key.removesuffix("للانباء").removesuffix("الانباء"))
    return found


_LETTER_VARIANTS = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآٱ]",
    "إ": "[اأإآٱ]",
    "آ": "[اأإآٱ]",
    "ة": "[ةه]",
    "ه": "[ةه]",
    "ي": "[يى]",
    "ى": "[يى]",
}
_MARKS = "[\u064b-\u065f\u0670\u0640]*"


def _alias_pattern(alias: str) -> str:
    words = alias.split()
    abbreviation = all(len(word) == 1 for word in words) and len(words) > 1
    parts: list[str] = []
    for w, word in enumerate(words):
        if w:
            # «أ ف ب», «أ.ف.ب» and «أف ب» all occur; full names may lose their space («اسوشيتدبرس»).
            parts.append(r"[ \t.]*" if abbreviation else r"[ \t]*")
        letters = [_LETTER_VARIANTS.get(ch, re.escape(ch)) + _MARKS for ch in word]
        parts.append("".join(letters))
    pattern = "".join(parts)
    if abbreviation:
        pattern += r"\.?"
    return pattern


def _alternation(aliases: list[str]) -> str:
    aliases = sorted(set(aliases), key=len, reverse=True)
    return "|".join(_alias_pattern(alias) for alias in aliases)


_ALL_ALIASES = [a for c, (s, w) in _AGENCIES.items() for a in (*s, *w, c)]
_STRONG_ALIASES = [a for _, (s, _w) in _AGENCIES.items() for a in s if not a.isascii() or len(a) > 4]
_AGENCY = rf"(?:وكال[ةه][ \t]+)?(?:{_alternation(_ALL_ALIASES)})(?:[ \t]+لل[اأ]نباء)?"
_STRONG = rf"(?:وكال[ةه][ \t]+)?(?:{_alternation(_STRONG_ALIASES)})"
_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3][\u0621-\u065F\u0670-\u06D3]*"
_PLACE = (
    rf"(?:{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,2}}|[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){{0,2}})"
)
_DASH = r"[-–—:]"
_EDGE_L = r"(?<![\w])"
_EDGE_R = r"(?![\w])"

_PLACE_DASH_AGENCY = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})[ \t]*{_DASH}[ \t]*(?P<agency>{_AGENCY}){_EDGE_R}", re.MULTILINE
)
_PLACE_PAREN_AGENCY = re.compile(
    # The trailing dash is required: without it «قال (أ ف ب) إن» would make «قال» a place.
    rf"^[ \t]*(?P<place>{_PLACE})[ \t]*(?:[،,][^()\n]{{1,30}}?)?\([ \t]*(?P<agency>{_AGENCY})[ \t]*\)"
    rf"[ \t]*{_DASH}",
    re.MULTILINE,
)
# An agency we do not know by name, credited the way only agencies are: «لوران - (نبأ) -».
_PLACE_PAREN_UNKNOWN = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})[ \t]*{_DASH}[ \t]*\([ \t]*(?P<agency>{_ARABIC_WORD})"
    rf"[ \t]*\)[ \t]*{_DASH}",
    re.MULTILINE,
)
_PAREN_AGENCY = re.compile(rf"(?:{_DASH}[ \t]*)?\([ \t]*(?P<agency>{_AGENCY})[ \t]*\)")
_LINE_AGENCY = re.compile(rf"^[ \t]*(?P<agency>{_AGENCY})[ \t]*{_DASH}?[ \t]*$", re.MULTILINE)
_LEADING_AGENCY = re.compile(rf"^[ \t]*(?P<agency>{_AGENCY})[ \t]*{_DASH}", re.MULTILINE)
_CREDIT = re.compile(rf"{_EDGE_L}(?P<agency>{_STRONG}){_EDGE_R}")

_OPENING_LINES = 12


def _opening(text: str, lines: int = _OPENING_LINES) -> str:
    """The first `lines` non-empty lines, as a prefix of `text` so that offsets stay valid."""
    end = 0
    seen = 0
    while seen < lines and end < len(text):
        nl = text.find("\n", end)
        nl = len(text) if nl < 0 else nl
        if text[end:nl].strip():
            seen += 1
        end = nl + 1
    return text[: min(end, len(text))]


def find_dateline(text: str) -> Dateline | None:
    """The dateline («موسكو - الفرنسية», «موسكو (رويترز) -», «(أ ف ب)») or agency credit of a story."""
    head = _opening(text)
    placed = [d for d in (_first(p, head, True) for p in (_PLACE_PAREN_AGENCY, _PLACE_DASH_AGENCY)) if d]
    if placed:
        return min(placed, key=lambda d: d.span.start)
    unknown = _PLACE_PAREN_UNKNOWN.search(head)
    if unknown and canonical_agency(unknown.group("place")) is None:
        agency = " ".join(unknown.group("agency").split())
        return Dateline(unknown.group("place").strip(), agency, Span(unknown.start(), unknown.end()))
    for pattern in (_LEADING_AGENCY, _LINE_AGENCY, _PAREN_AGENCY, _CREDIT):
        found = _first(pattern, head, False)
        if found:
            return found
    return None


def _first(pattern: re.Pattern[str], head: str, has_place: bool) -> Dateline | None:
    for match in pattern.finditer(head):
        agency = canonical_agency(match.group("agency"))
        if agency is None:
            continue
        place = match.group("place").strip() if has_place else None
        if place and canonical_agency(place) is not None:
            continue
        return Dateline(place=place, agency=agency, span=Span(match.start(), match.end()))
    return None


# --- bylines -----------------------------------------------------------------------------------------

_BYLINE_WORDS = (
    r"متابعة|بقلم|كتب|كتبت|كتابة|إعداد|اعداد|تحرير|ترجمة|تقرير|حوار|تغطية|رصد|By|Written by|Par|Por|Von"
)
_NAME = r"[^\s:：|\d][^:：|\n\d]{1,58}?"
_BYLINE = re.compile(
    rf"^[ \t]*(?:{_BYLINE_WORDS})[ \t]*[:：\-–—]?[ \t]*(?P<name>{_NAME})[ \t]*[:：.]?[ \t]*$",
    re.MULTILINE,
)
_PLACE_NAME = re.compile(
    rf"^[ \t]*{_PLACE}[ \t]*[:：][ \t]*(?P<name>[^:：\n\d]{{3,50}}?)[ \t]*$", re.MULTILINE
)


def _clean_name(name: str) -> str | None:
    name = name.strip(" \t:：.-–—«»\"'“”")
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return None
    return " ".join(words)


def find_byline(text: str) -> str | None:
    """The author named in the opening lines: «بقلم: ...», «متابعة حسن عبّاس:», «لندن: رنيم حنوش»."""
    head = _opening(text, 8)
    for match in _BYLINE.finditer(head):
        name = _clean_name(match.group("name"))
        if name:
            return name
    for match in _PLACE_NAME.finditer(_opening(text, 3)):
        name = _clean_name(match.group("name"))
        if name and len(name.split()) <= 4 and canonical_agency(name) is None:
            return name
    return None


# --- language ----------------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _wordset("the of and to in is that for on with was as by at from it are be this have has"),
    "fr": _wordset("le la les des du et est un une dans que qui pour sur pas au aux avec ce sont"),
    "de": _wordset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem"),
    "es": _wordset("el la los las del y en que por con una para es se su al lo como más"),
    "id": _wordset("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh ada"),
}
_MALAY_MARKERS = _wordset("kerana iaitu boleh bahawa ialah sahaja kerajaan beliau")
_INDONESIAN_MARKERS = _wordset("karena yaitu bisa bahwa pemerintah")
_PERSIAN_LETTERS = re.compile("[پچژگکی]")
_URDU_LETTERS = re.compile("[ٹڈڑںےھ]")
_WORD = re.compile(r"[^\W\d_]+")


_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("kana", re.compile(r"[\u3040-\u30FF]")),
    ("han", re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")),
    ("hangul", re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("greek", re.compile(r"[\u0370-\u03FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]")),
)
_SIMPLE_SCRIPTS = {"han": "zh", "hangul": "ko", "cyrillic": "ru", "hebrew": "he", "greek": "el"}


def detect_language(text: str) -> str:
    """ISO 639-1 code from the script (and, for Latin script, stopwords); "und" when unsure."""
    sample = text[:6000]
    # Regex counting runs in C: a per-character Python loop made this the slowest step of reading.
    counts = {script: len(pattern.findall(sample)) for script, pattern in _SCRIPTS}
    total = sum(counts.values())
    if total < 12:
        return "und"
    script, count = max(counts.items(), key=lambda item: item[1])
    if script in ("han", "kana") and counts["kana"] > 0.05 * total:
        return "ja"
    if count < 0.5 * total:
        return "und"
    if script == "arabic":
        return _arabic_script_language(sample, count)
    if script in _SIMPLE_SCRIPTS:
        return _SIMPLE_SCRIPTS[script]
    return _latin_language(sample)


def _arabic_script_language(sample: str, letters: int) -> str:
    urdu = len(_URDU_LETTERS.findall(sample))
    persian = len(_PERSIAN_LETTERS.findall(sample))
    if urdu > 0.02 * letters:
        return "ur"
    if persian > 0.04 * letters and sample.count("ة") < persian / 4:
        return "fa"
    return "ar"


def _latin_language(sample: str) -> str:
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 3:
        return "und"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (lang, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top < 1.3 * second:
        return "und"
    if lang == "id":
        malay = sum(1 for w in words if w in _MALAY_MARKERS)
        indonesian = sum(1 for w in words if w in _INDONESIAN_MARKERS)
        return "ms" if malay > indonesian else "id"
    return lang


# --- outlet and URL ----------------------------------------------------------------------------------

_RIGHTS = (
    r"(?:جميع\s+الحقوق\s+محفوظة|كافة\s+الحقوق\s+محفوظة|الحقوق\s+محفوظة|حقوق\s+النشر\s+محفوظة"
    r"|All\s+rights\s+reserved)"
)
_YEARS = r"(?:\d{4}(?:\s*[-–]\s*\d{4})?)"
_COPYRIGHT_SIGN = r"(?:©|\(c\)|copyright|حقوق\s+النشر)"
_RIGHTS_TO = re.compile(rf"{_RIGHTS}\s*(?:ل\s*ـ?|لـ|إلى|for|to)\s*(?P<name>[^\n.|،©]{{2,60}})", re.IGNORECASE)
_AFTER_SIGN = re.compile(
    rf"{_COPYRIGHT_SIGN}\s*(?:{_COPYRIGHT_SIGN}\s*)?{_YEARS}?\s*(?P<name>[^\n.|،©]{{2,60}}?)\s*(?:[.|،]|{_RIGHTS}|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BEFORE_SIGN = re.compile(r"^\s*(?P<name>[^\n.|،©]{2,40}?)\s*©", re.MULTILINE)
_FOOTER_LINES = 40


def _outlet_name(name: str) -> str | None:
    name = re.sub(rf"\s*{_YEARS}\s*", " ", name)
    name = re.sub(rf"\s*{_RIGHTS}.*$", "", name, flags=re.IGNORECASE)
    name = name.strip(" \t:：.-–—«»\"'“”,،")
    if not name or not re.search(r"[^\W\d_]", name):
        return None
    if re.fullmatch(rf"{_COPYRIGHT_SIGN}|{_RIGHTS}", name, flags=re.IGNORECASE):
        return None
    words = name.split()
    return " ".join(words) if len(words) <= 6 else None


def find_outlet(text: str, url: str | None = None) -> str | None:
    """The outlet named in a copyright line («© 2024 الرصد»), else the URL's host without ``www.``."""
    lines = [line for line in text.splitlines() if line.strip()]
    # Copyright lines live in footers, so read from the bottom up.
    for line in reversed(lines[-_FOOTER_LINES:] if len(lines) > _FOOTER_LINES else lines):
        for pattern in (_RIGHTS_TO, _AFTER_SIGN, _BEFORE_SIGN):
            if pattern is not _RIGHTS_TO and not re.search(rf"©|{_COPYRIGHT_SIGN}", line, re.IGNORECASE):
                continue
            match = pattern.search(line)
            if match:
                name = _outlet_name(match.group("name"))
                if name:
                    return name
    return _host(url) if url else None


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


_URL = r"https?://[^\s<>\"'«»]+"
_URL_LINE = re.compile(rf"^[ \t]*(?P<url>{_URL})[ \t]*$", re.MULTILINE)
_URL_LABELLED = re.compile(
    rf"(?:المصدر|رابط\s+المقال|رابط\s+الخبر|الرابط|Source|URL|Link)\s*[:：]\s*(?P<url>{_URL})", re.IGNORECASE
)


def find_url(text: str) -> str | None:
    """A page URL written in the text: on a line of its own, or after «المصدر:» / «رابط المقال:»."""
    found = [m for pattern in (_URL_LABELLED, _URL_LINE) for m in pattern.finditer(text)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start("url"))
    return first.group("url").rstrip(".,،)]}>؛;")
