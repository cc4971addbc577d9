"""Speaker names as the article's entities give them.

The extractor reads a speaker phrase by rule; where the entity recogniser found a person or organisation
inside it, that mention tells where the name starts and ends («الرئيس التنفيذي لشركة موانئ الجنوب رامي حداد»
→ «رامي حداد», «ماركوس هوبر المتعامل» → «ماركوس هوبر»), and the article's alias resolution gives the fullest
form of the same entity («نتانياهو» → «بنيامين نتانياهو» when the article named him in full before). The
recogniser is trusted only where the words it leaves out cannot be part of a name: a title, an
organisation or place, a definite or prepositional word, a particle. Every quote that resolved to the old
name (pronouns, implicit subjects) takes the new one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from khabar.analyse.entities import canonical_key, linked_entity, resolve_aliases
from khabar.analyse.entities.features import word_key
from khabar.analyse.quotes.lexicon import NAME_LINKS, SPEAKER_STOPS, TITLE_WORDS, gazetteer_tags, word_set
from khabar.arabic import normalize
from khabar.model import Entity, Mention, Quote, Span

__all__ = ["name_from_entities", "on_word_edges"]

# Words after a name that belong to the sentence, not to the name: «كيم جونغ أون قوله», «السيسي عنها».
_AFTER_NAME = word_set("قوله قولها عنه عنها عنهم فيما حينها وهو وهي كافه جميع الجميع نظيره نظيرته")
# Second parts of compound given names: a mention starting with one lost its first part («خلف الله»).
_SECOND_PARTS = word_set("الله الدين الرحمن الرحيم العزيز الكريم")
_CLITIC_LAM = "ل"
# Honorifics that precede a name like a title but are not in the title list (they also end names: «آل الشيخ»).
_HONORIFICS = word_set("شيخ امام")
# Kinship that names a person by relation, like a title: «ابن عم الطيار الدكتور عبدالله العقيل».
_KINSHIP = word_set("ابن ابنه نجل نجله شقيق شقيقه والد والده زوج زوجه عم عمه خال خاله اخ اخت حفيد حفيده")
# Words that may stand between a title phrase and the name it refers to («مندوب المملكة في الأمم المتحدة …»).
_GAP_PARTICLES = word_set("في لدى")
_WORD = re.compile(r"\S+")
_T = TypeVar("_T")


def _key(word: str) -> str:
    return word_key(word.strip("«»\"'“”()،,.:"))


def _with_article(word: str) -> bool:
    """«المتعامل», not «الكساندرو» (ألكساندرو) nor «فالديس»: checked on the written word."""
    return word.startswith("ال") and len(word) > 4


def _prepositional(word: str) -> bool:
    """«بالجوف», «للشركة», «كالعادة»: a preposition fused with the article (no name starts so)."""
    return (word.startswith(("بال", "كال")) and len(word) > 5) or (word.startswith("لل") and len(word) > 4)


def _outside_name(word: str, *, article: bool = True, other_entity: bool = False) -> bool:
    """Can `word`, next to a recognised name, be left out of it? Titles, prepositional words,
    pronoun-suffixed particles and abbreviations can; so can (with `article`) a word with the article that
    was never part of a person's name in the NER training data, and a word the recogniser put in a place or
    organisation (`other_entity`). A bare word that might be one more part of the name («دانييلا رحمة»,
    «لاي محمد») cannot."""
    word = word.strip("«»\"'“”()،,:")
    key = _key(word)
    if not key or word.endswith(".") or not key.isalpha() or _prepositional(word) or other_entity:
        return True
    if key in TITLE_WORDS or key in _AFTER_NAME or (key in SPEAKER_STOPS and word != "علي"):
        return True
    return article and _with_article(word) and not any(tag.startswith("PERS") for tag in gazetteer_tags(word))


def on_word_edges(text: str, span: Span) -> bool:
    """A mention cut inside a dotted acronym («سي» of «سي.ان.ان») is no name."""
    before = text[span.start - 1] if span.start else " "
    after = text[span.end : span.end + 2] or " "
    if after[0] == "." and after[1:].isalnum():
        return False
    return (before.isspace() or before in '«"“(') and (after[0].isspace() or after[0] in '»"”)،,:؛;.')


def _without_edges(items: list[_T], word: Callable[[_T], str]) -> list[_T]:
    """`items` (a person's name, word by word) without the leading and trailing words that cannot be part of
    it, keeping at least one; a name may have the article at either end («الوليد الدريعان», «محمد الصفيان»)."""
    start, end = 0, len(items)
    while end - start > 1 and _outside_name(word(items[start]), article=False):
        start += 1
    while end - start > 1 and _outside_name(word(items[end - 1]), article=False):
        end -= 1
    return items[start:end]


def _core(text: str, mention: Mention) -> Span:
    """A person's mention without the edge words that cannot be part of a name («د. محمد أبو العلا» → «محمد
    أبو العلا», «بالجوف عبد العزيز الرويلي» → «عبد العزيز الرويلي»): the recogniser sometimes takes an
    abbreviation, a place or a particle in."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, mention.span.start, mention.span.end)]
    if not words:
        return mention.span
    if mention.type == "PERS":
        words = _without_edges(words, lambda w: text[w[0] : w[1]])
    return Span(words[0][0], words[-1][1])


def _trims_safely(text: str, name: Span, core: Span, kind: str, others: Sequence[Span]) -> bool:
    """Are the words that the mention's `core` drops from (or adds to) the rule's name outside any name?
    `others` are the spans of the article's places, organisations and other non-person mentions."""

    def outside(word: re.Match[str]) -> bool:
        return _outside_name(word.group(), other_entity=_within(word, others))

    if core.start > name.start:  # words before the mention are dropped
        dropped = list(_WORD.finditer(text, name.start, core.start))
        if kind != "PERS" or not outside(dropped[-1]):
            return False
        first = text[core.start : core.end].split()[0]
        if _key(first) in _SECOND_PARTS or _key(dropped[-1].group()) in NAME_LINKS:
            return False
    elif core.start < name.start:  # words before the rule's name are added
        added = text[core.start : name.start].split()
        if kind != "PERS" or any(_with_article(w) or _key(w) in TITLE_WORDS for w in added):
            return False
    # words after the mention are dropped
    after = next(_WORD.finditer(text, core.end, name.end), None)
    return after is None or outside(after)


def _titled(word: str) -> bool:
    """«مندوب», «الأمين», «شيخ», «الإمام»: a title or honorific, with or without the article."""
    key = _key(word)
    bare = key[2:] if key.startswith("ال") else key
    return key in TITLE_WORDS or bare in TITLE_WORDS or bare in _HONORIFICS


def _related(word: str) -> bool:
    """«ابن», «شقيقة», «والد»: a word of kinship, which names a person by relation as a title does."""
    return _key(word) in _KINSHIP


def _named_after(
    text: str, quote: Quote, name: Span, people: Sequence[Mention], others: Sequence[Span]
) -> Mention | None:
    """The person named right after a speaker `name` that is a title or a kinship, before what was said:
    «أوضح مندوب المملكة في الأمم المتحدة عبدالله المعلمي أن», «شدد شيخ الأزهر الإمام أحمد الطيب على أن»,
    «وقال ابن عم الطيار الدكتور عبدالله العقيل: إن». Between the
    two only titles, definite words, «في»/«لدى» and places or organisations may stand; «لنظيره» or a verb
    means someone else."""
    phrase = quote.speaker_span
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, name.start, name.end))
    if not words or not (_titled(words[0].group()) or _related(words[0].group())):
        return None
    if any(
        not (_related(w.group()) or _outside_name(w.group(), other_entity=_within(w, others)))
        for w in words[1:]
    ):
        return None
    # The name stands between the phrase and the content (cue first) or the cue (speaker first).
    limit = quote.content_span.start if quote.cue_span.end <= phrase.start else quote.cue_span.start
    follower = next((m for m in people if name.end <= m.span.start < limit), None)
    if follower is None or any(ch in ".؛:!?؟" for ch in text[name.end : follower.span.start]):
        return None
    gap = list(_WORD.finditer(text, name.end, follower.span.start))
    if len(gap) > 4:
        return None
    for word in gap:
        key = _key(word.group())
        if key in _AFTER_NAME or not (
            _titled(word.group()) or _within(word, others) or key in _GAP_PARTICLES or _with_article(key)
        ):
            return None
    return follower


def _within(word: re.Match[str], spans: Sequence[Span]) -> bool:
    return any(o.start <= word.start() and word.end() <= o.end for o in spans)


def _without_clitic(name: str, text: str, rule_name: str) -> str:
    """«لمانشستر يونايتد» → «مانشستر يونايتد»: the preposition the recogniser kept with the name, where the
    text writes the word without it too, or only the word without it is a known given name («لستيفن»); so
    «لابرون» and «ليلى» keep their «ل»."""
    first = name.split()[0]
    if not first.startswith(_CLITIC_LAM) or first in rule_name.split() or len(first) < 4:
        return name
    rest = first[1:]
    known = any(t.startswith("PERS") for t in gazetteer_tags(rest)) and not any(
        t.startswith("PERS") for t in gazetteer_tags(first)
    )
    if first.startswith("لل") or known or re.search(rf"(?<!\w){re.escape(rest)}(?!\w)", text):
        return name[1:]
    return name


def _name_words(name: str, kind: str) -> str:
    words = name.split()
    return " ".join(_without_edges(words, str) if kind == "PERS" else words)


def _fullest(entity: Entity | None, own: str, kind: str, text: str) -> str:
    """The entity's name when it is `own` with more of the same name in front («بنيامين نتانياهو» for
    «نتانياهو»), else `own`."""
    if entity is None or entity.type != kind:
        return own
    full = _without_clitic(_name_words(entity.name, kind), text, own)
    own_keys, full_keys = canonical_key(own, kind).split(), canonical_key(full, kind).split()
    if len(full_keys) <= len(own_keys) or full_keys[-len(own_keys) :] != own_keys:
        return own
    added = full.split()[: len(full.split()) - len(own.split())]
    if not added or _key(added[0]) in _SECOND_PARTS:
        return own
    for i, word in enumerate(added):
        linked = i > 0 and _key(added[i - 1]) in NAME_LINKS
        if not linked and _outside_name(word):
            return own
    return full


def name_from_entities(
    quotes: Sequence[Quote], text: str, mentions: Sequence[Mention], resolve: Callable[[str], str]
) -> list[Quote]:
    """`quotes` with their speaker names taken from the entity mentions of `text` where those are sure."""
    named = [m for m in mentions if m.type in ("PERS", "ORG")]
    if not named or not quotes:
        return list(quotes)
    entity_of: dict[int, Entity] | None = None  # the article's entities, resolved when first needed
    others = [m.span for m in mentions if m.type != "PERS"]
    people = [m for m in named if m.type == "PERS"]
    renamed: dict[str, str] = {}
    for quote in quotes:
        if quote.part != "text" or quote.resolution != "explicit" or quote.speaker_span is None:
            continue
        if not quote.speaker_name or quote.speaker_name in renamed:
            continue
        phrase = quote.speaker_span
        at = text.find(quote.speaker_name, phrase.start, phrase.end)
        if at < 0:
            continue
        name = Span(at, at + len(quote.speaker_name))
        follower = _named_after(text, quote, name, people, others)
        if follower is not None:
            pick, core = follower, _core(text, follower)
            if not on_word_edges(text, pick.span):
                continue
        else:
            inside = [m for m in named if m.span.start < name.end and m.span.end > name.start]
            people_inside = [m for m in inside if m.type == "PERS"]
            pick = people_inside[-1] if people_inside else (inside[0] if len(inside) == 1 else None)
            if pick is None or not (phrase.start <= pick.span.start and pick.span.end <= phrase.end):
                continue
            core = _core(text, pick)
            if not on_word_edges(text, pick.span) or not _trims_safely(text, name, core, pick.type, others):
                continue
        own = _without_clitic(core.slice(text), text, quote.speaker_name)
        entity = linked_entity(pick, mentions)
        if entity is None:  # mentions not linked by the pipeline: resolve them here, once
            if entity_of is None:
                entity_of = {id(m): e for e in resolve_aliases(named) for m in e.mentions}
            entity = entity_of.get(id(pick))
        new = _fullest(entity, own, pick.type, text)
        if normalize(new) != normalize(quote.speaker_name):  # more than tatweel or hamza forms
            renamed[quote.speaker_name] = new
    if not renamed:
        return list(quotes)
    return [
        replace(q, speaker_name=renamed[q.speaker_name], speaker_key=resolve(renamed[q.speaker_name]))
        if q.part == "text" and q.speaker_name in renamed
        else q
        for q in quotes
    ]
