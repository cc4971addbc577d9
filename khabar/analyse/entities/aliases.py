"""Alias resolution: group mentions across articles and outlets into canonical entities.

Two mentions of one type join when any of these holds:
- the same name key: `normalize`d, clitics and the article removed, and a spelling skeleton that drops the
  inner long vowels and a final ه/ا (بيسكوف / بسكوف, سوريا / سورية, الأميركي / الأمريكي);
- a known equivalence (EQUIVALENCES: داعش / تنظيم الدولة, أمريكا / الولايات المتحدة, ...);
- an organisation named with and without its head word (جبهة النصرة / النصرة, وزارة الخارجية / الخارجية);
- a single-word person name that is the last name of exactly one full name in the input (كيري / جون كيري);
- a bare role (الرئيس الروسي) that is the title written before exactly one named person in the input.
Leading titles are not part of a person's name (وزير الخارجية الأميركي كيري -> كيري).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from khabar.analyse.entities import lexicon
from khabar.arabic import normalize
from khabar.model import Entity, EntityType, Mention
from khabar.unionfind import DisjointSets

__all__ = ["EQUIVALENCES", "canonical_key", "linked_entity", "name_key", "resolve_aliases"]

# Groups of names for one entity that no spelling rule can join. The first is the canonical name.
EQUIVALENCES: tuple[tuple[str, ...], ...] = (
    (
        "تنظيم الدولة الإسلامية",
        "داعش",
        "تنظيم داعش",
        "تنظيم الدولة",
        "الدولة الإسلامية",
        "الدولة الإسلامية في العراق والشام",
        "تنظيم الدولة الإسلامية في العراق والشام",
    ),
    ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا", "أميركا", "الولايات المتحدة الأميركية"),
    ("جبهة النصرة", "النصرة", "جبهة فتح الشام"),
    ("الأمم المتحدة", "الأمم المتحدة", "هيئة الأمم المتحدة"),
    ("وكالة الصحافة الفرنسية", "الفرنسية", "فرانس برس", "وكالة فرانس برس", "أ.ف.ب", "أ ف ب", "ا ف ب"),
    ("وكالة الأناضول", "الأناضول", "الأناضول للأنباء"),
    ("وكالة الأنباء السورية", "سانا", "وكالة سانا", "الوكالة العربية السورية للأنباء"),
    ("وكالة الأنباء السعودية", "واس", "وكالة واس"),
    ("وكالة أنباء الإمارات", "وام", "وكالة وام", "وكالة الأنباء الإماراتية"),
    ("وكالة الأنباء الكويتية", "كونا", "وكالة كونا"),
    ("وكالة الأنباء اليمنية", "سبأ", "وكالة سبأ"),
    ("وكالة أنباء الشرق الأوسط", "أ ش أ", "أ.ش.أ"),
    ("روسيا اليوم", "آر تي", "RT"),
    ("رويترز", "وكالة رويترز"),
    ("البنتاغون", "البنتاجون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية"),
    ("التحالف الدولي", "التحالف", "التحالف الدولي ضد داعش", "التحالف الدولي بقيادة الولايات المتحدة"),
    ("الجيش الروسي", "القوات الروسية"),
    ("الجيش السوري", "القوات السورية", "قوات النظام السوري", "قوات النظام"),
    ("الاتحاد الأوروبي", "الاتحاد الاوروبي", "الأوروبي"),
    ("حلف شمال الأطلسي", "الناتو", "حلف الناتو", "حلف الأطلسي"),
    ("المملكة العربية السعودية", "السعودية", "المملكة"),
    ("الإمارات العربية المتحدة", "الإمارات"),
    ("المملكة المتحدة", "بريطانيا"),
    ("إسرائيل", "اسرائيل"),
    ("حزب الله", "حزب الله اللبناني"),
    ("الكرملين", "الكرملن"),
)

_QUOTES = re.compile(r"[«»\"'“”()\[\]{}.,،:؛]")
_ORG_HEADS = frozenset(lexicon.key(w) for w in ["جبهة", "حركة", "تنظيم", "حزب", "وزارة", "جماعة", "ميليشيا"])


def _skeleton(word: str) -> str:
    """A spelling-tolerant key of one clitic-free word."""
    if len(word) > 3 and word[-1] in "اه":
        word = word[:-1]
    if len(word) <= 2:
        return word
    return word[0] + "".join(c for c in word[1:] if c not in "اوي")


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str:
    """Clitic-free key of a name word; a bare ب/ل is kept (بسكوف، لاريجاني are names, not ب + سكوف)."""
    norm = normalize(word)
    if not norm:
        return ""
    stem = lexicon.key(word)
    if norm[0] in "بل" and not norm.startswith(("بال", "لل")):
        return norm
    return stem


def _words(text: str) -> list[str]:
    return [k for k in (_word_key(w) for w in _QUOTES.sub(" ", text).split()) if k]


def _role_split(text: str) -> tuple[list[str], list[str]]:
    """(title words, name words) of a person mention: وزير الخارجية الأميركي كيري -> ([...], [كيري])."""
    raw = _QUOTES.sub(" ", text).split()
    keys = [_word_key(w) for w in raw]
    if not raw or "title" not in lexicon.classes(keys[0]):
        return [], [k for k in keys if k]
    cut = 1
    while cut < len(raw) and (
        "title" in lexicon.classes(keys[cut]) or normalize(raw[cut]).startswith(("ال", "وال", "بال"))
    ):
        cut += 1
    return [k for k in keys[:cut] if k], [k for k in keys[cut:] if k]


@lru_cache(maxsize=200_000)
def name_key(text: str, kind: str | None = None) -> str:
    """The spelling-tolerant key of a name; for persons the leading titles are dropped.

    A person mention that is all title (الرئيس الروسي) keeps its whole key, prefixed with "role:".
    """
    if kind == "PERS":
        title, words = _role_split(text)
        if not words:
            return "role:" + " ".join(_skeleton(w) for w in title)
    else:
        words = _words(text)
    return " ".join(_skeleton(w) for w in words)


_EQUIV: dict[str, str] = {}
for _group in EQUIVALENCES:
    for _variant in _group:
        _EQUIV[name_key(_variant)] = name_key(_group[0])


def canonical_key(text: str, kind: str | None = None) -> str:
    """`name_key` with the known equivalences applied: one key per entity («وام» / «وكالة أنباء الإمارات»)."""
    key = name_key(text, kind)
    return _EQUIV.get(key, key)


def _canonical_key(mention: Mention) -> str:
    return canonical_key(mention.text, mention.type)


def _join_by(sets: DisjointSets, groups: dict[tuple[str, str], list[int]]) -> None:
    for members in groups.values():
        for i in members[1:]:
            sets.union(members[0], i)


def resolve_aliases(mentions: Iterable[Mention]) -> list[Entity]:
    """Canonical entities over `mentions` (one story, or a corpus), each with its variants and mentions.

    Entities come out in order of first mention; every input mention is in exactly one entity.
    """
    items: Sequence[Mention] = list(mentions)
    sets = DisjointSets(len(items))
    keys = [_canonical_key(m) for m in items]
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (m, k) in enumerate(zip(items, keys, strict=True)):
        if k:
            by_key[(m.type, k)].append(i)
    _join_by(sets, by_key)

    # Organisations with and without their head word: جبهة النصرة / النصرة.
    for i, m in enumerate(items):
        words = keys[i].split()
        if m.type == "ORG" and len(words) > 1 and _words(m.text)[0] in _ORG_HEADS:
            rest = (m.type, _EQUIV.get(" ".join(words[1:]), " ".join(words[1:])))
            if rest in by_key:
                sets.union(i, by_key[rest][0])

    # Surnames: a one-word person name that ends exactly one multi-word person entity.
    full_by_last: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(items):
        words = keys[i].split()
        if m.type == "PERS" and len(words) > 1:
            full_by_last[words[-1]].add(sets.find(i))
    for i, m in enumerate(items):
        words = keys[i].split()
        if m.type == "PERS" and len(words) == 1:
            roots = {sets.find(r) for r in full_by_last.get(words[0], set())}
            if len(roots) == 1:
                sets.union(i, roots.pop())

    # Bare roles: الرئيس الروسي written alone, and as the title of exactly one named person.
    named_by_title: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(items):
        if m.type == "PERS" and m.title and len(_words(m.title)) > 1:
            named_by_title[" ".join(_skeleton(w) for w in _words(m.title))].add(i)
    for i, m in enumerate(items):
        if m.type != "PERS":
            continue
        if not keys[i].startswith("role:"):
            continue
        roots = {sets.find(r) for r in named_by_title.get(keys[i][5:], set())}
        if len(roots) == 1:
            sets.union(i, roots.pop())

    members = sets.groups()
    entities = []
    for root in members:
        group = [items[i] for i in members[root]]
        entities.append(_entity(group, keys[root]))
    return entities


def linked_entity(mention: Mention, mentions: Iterable[Mention]) -> Entity | None:
    """The canonical entity of an already linked `mention` (`Mention.entity` set by `resolve_aliases`' ids),
    built from the `mentions` that share its id; None when it is not linked."""
    if not mention.entity:
        return None
    return _entity([m for m in mentions if m.entity == mention.entity], _canonical_key(mention))


def _is_role(text: str) -> bool:
    return not _role_split(text)[1]


def _entity(group: list[Mention], key: str) -> Entity:
    counts = Counter(m.text for m in group)
    types = Counter(m.type for m in group)
    kind: EntityType = types.most_common(1)[0][0]
    named = [t for t in counts if not (kind == "PERS" and _is_role(t))] or list(counts)
    if kind == "PERS":
        name = max(named, key=lambda t: (len(t.split()), counts[t]))
    else:
        name = max(named, key=lambda t: (counts[t], len(t)))
    slug = "-".join(name_key(name, kind).split()) or key.replace(" ", "-")
    return Entity(
        id=f"{kind.lower()}:{slug}",
        name=name,
        type=kind,
        variants=tuple(t for t, _ in counts.most_common()),
        mentions=group,
    )
