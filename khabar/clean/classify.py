"""Label every non-empty line of a page as title, body or boilerplate, and split multi-item pages."""

from __future__ import annotations

import math
import re
from typing import Literal

from khabar.clean import features as F
from khabar.clean.features import date_share, page_features
from khabar.clean.lexicon import (
    COMMENT_MARKERS,
    CONTAINS_RE,
    CREDIT_RE,
    FURNITURE,
    LABEL_PREFIX_RE,
    LINK_LABEL_RE,
    LIST_HEADERS,
    STAMP_RE,
)
from khabar.clean.repetition import RepetitionIndex
from khabar.clean.scorer import LineModel, default_model, sigmoid, viterbi_keep
from khabar.clean.text import line_key, split_lines
from khabar.model import Line, LineLabel, Span

Mode = Literal["page", "body"]

_SENT_END = re.compile(r"[.!؟…。][\"'”’»)\]]*$")
_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{2,40}$")
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)
_BODY_KEY_CHARS = 160
# «صورة أرشيفية لكورنيش المرجان», "File photo of ...": a caption names itself.
_CAPTION_HEAD = re.compile(r"^\W*(?:صورة|الصورة|صور|photo|file photo|picture|image)\b", re.IGNORECASE)
# Log-odds above which a prose line of the main block is kept whatever the smoothing says.
BLOCK_RESCUE = -1.0
# Longest «related articles» list (header and headlines) that may sit between an article's lead and its body.
_INSERTED_LIST_LINES = 8
# A full sentence right above such a list is the article's lead unless the model is quite sure it is not.
_LEAD_RESCUE = -3.0
_PAREN_TAIL = re.compile(r"\(\s*[^()]{2,40}\)\s*$")
_PHOTO_CREDIT = re.compile(
    r"\b(?:getty|reuters|afp|ap|epa|shutterstock|photo|file|صوره|تصوير|ارشيف|ارشيفيه|رويترز|فرانس برس|الاناضول)\b"
)
_ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}")
_ANY_DIGIT = re.compile(r"\d")
_TWO_SEPARATORS = math.log1p(2)
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و")


def classify_lines(
    text: str,
    *,
    outlet_key: str | None = None,
    repetition: RepetitionIndex | None = None,
    known_title: str | None = None,
) -> list[Line]:
    """Every non-empty line of `text` (a page, one block per line) with its label and segment.

    `repetition` (with `outlet_key`) tells how many pages of the same outlet carry each line; a line shared
    by several pages is site furniture. `known_title` (the page's title from metadata) helps find the title
    line.
    """
    return classify(text, mode="page", outlet_key=outlet_key, repetition=repetition, known_title=known_title)


def classify(
    text: str,
    *,
    mode: Mode = "page",
    outlet_key: str | None = None,
    repetition: RepetitionIndex | None = None,
    known_title: str | None = None,
    model: LineModel | None = None,
) -> list[Line]:
    spans = split_lines(text)
    if not spans:
        return []
    texts = [span.slice(text) for _, span in spans]
    if mode == "body":
        # Body mode only looks up short lines (furniture is short): skip keying the paragraphs.
        keys = [line_key(t) if len(t) <= _BODY_KEY_CHARS else "" for t in texts]
    else:
        keys = [line_key(t) for t in texts]
    others = _repeats(keys, outlet_key, repetition)
    if mode == "body":
        keep, scores = _body_mode(texts, keys, others)
        title_i = _known_title_line(keys, known_title, limit=2)
        labels: list[LineLabel] = ["body" if k else "boilerplate" for k in keep]
        if title_i is not None:
            labels[title_i] = "title"
        segments = [1 if label != "boilerplate" else 0 for label in labels]
        return _lines(spans, texts, labels, segments, scores)

    model = model or default_model()
    rows = page_features(texts, keys)
    logits = [model.logit(row) for row in rows]
    labels, segments, scores = label_page(texts, keys, rows, logits, others, model.switch, known_title)
    return _lines(spans, texts, labels, segments, scores)


def label_page(
    texts: list[str],
    keys: list[str],
    rows: list[list[float]],
    logits: list[float],
    others: list[int],
    switch: float,
    known_title: str | None = None,
    block_rescue: float = BLOCK_RESCUE,
) -> tuple[list[str], list[int], list[float]]:
    """Labels, segments and confidences of a page's lines from the model's log-odds and the rules.

    Split from `classify` so that training can score a page with logits computed in bulk.
    """
    logits = list(logits)
    words = [len(t.split()) for t in texts]
    credit = [_is_credit(t, w) for t, w in zip(texts, words, strict=False)]
    for i, other in enumerate(others):
        if other and not credit[i]:
            # Not learned: the training pages come one per site, so the weight is set by hand. Two other
            # pages are strong evidence; one other page only for short lines (a shared headline list).
            if other >= 2:
                logits[i] -= 3.0 + math.log(other)
            elif words[i] <= 8:
                logits[i] -= 1.5
    keep = viterbi_keep(logits, switch)
    # Prose of a main block: a full sentence of some length inside a run of prose nearly as heavy as the page's
    # densest one (the article, or one item of a multi-item page) is
    # article text unless the model is fairly sure it is not (sites end pages in ways the model never saw).
    for i, row in enumerate(rows):
        if (
            not keep[i]
            and row[F.IN_BLOCK]
            and row[F.END_SENTENCE]
            and words[i] >= 10
            and logits[i] > block_rescue
        ):
            keep[i] = True
    # Furniture phrases, list headers and what they head, comment threads, time stamps, tag/share/link
    # lines: dropped whatever the model says, the phrases are unambiguous and the model never saw them in
    # Arabic.
    hard_drop = [
        bool(row[F.FURNITURE_I] or row[F.LIST_HEADER_I] or row[F.COMMENT_I] or row[F.STAMP_I])
        or bool(row[F.COMMENTS_ABOVE] or row[F.LABEL_PREFIX] or row[F.URL_SHARE] >= 0.4)
        or bool(row[F.CONTAINS_I] and words[i] <= 25)
        or bool(row[F.HEADER_ABOVE] and not credit[i] and not (row[F.END_SENTENCE] and len(texts[i]) >= 80))
        for i, row in enumerate(rows)
    ]
    n = len(texts)
    for i in range(n):
        if hard_drop[i]:
            keep[i] = False
    for i in _leads_above_inserted_lists(keep, hard_drop, rows, words, logits):
        keep[i] = True
    for i in range(n):
        # Datelines and bylines («موسكو - الفرنسية», «| الوطن – وكالات») sit right next to the body.
        if not keep[i] and credit[i] and not hard_drop[i] and _near_kept(keep, i):
            keep[i] = True
    # Picture captions inside the body: short, no final stop, ending with the picture's credit in brackets
    # or after a dash («... صباح الخميس (صوت الخليج)», «... - الأفق»).
    first_kept = next((i for i in range(n) if keep[i]), n)
    last_kept = next((i for i in range(n - 1, -1, -1) if keep[i]), -1)
    for i in range(first_kept + 1, last_kept):
        if keep[i] and not credit[i] and _caption(texts[i], words[i], rows[i], keys, i):
            keep[i] = False
    scores = [sigmoid(x) for x in logits]
    labels = ["body" if k else "boilerplate" for k in keep]
    title_like = [
        _title_like(t, w, rows[i]) and not credit[i]
        for i, (t, w) in enumerate(zip(texts, words, strict=False))
    ]
    title_i = _find_title(texts, keys, keep, title_like, known_title)
    if title_i is not None:
        labels[title_i] = "title"
        for j in range(n):
            if j != title_i and keys[j] == keys[title_i] and labels[j] != "boilerplate":
                labels[j] = "boilerplate"
    segments = _segments(texts, labels, title_like, words)
    return labels, segments, [s if k else 1.0 - s for s, k in zip(scores, keep, strict=False)]


def _caption(text: str, words: int, row: list[float], keys: list[str], i: int) -> bool:
    """A picture caption: short, no final stop, and either naming itself a picture or crediting the picture
    to an agency, a photographer's word or the site itself (a name standing elsewhere on the page), in
    brackets or after a dash: «... صباح الخميس (صوت الخليج)», «... - الأفق». A bracket that is not a
    credit («Things We Like (Pros)») leaves the line alone."""
    if words > 25 or row[F.END_SENTENCE]:
        return False
    if words <= 15 and _CAPTION_HEAD.match(text):
        return True
    match = _PAREN_TAIL.search(text) or _SITE_SUFFIX.search(text)
    if match is None or len(text[: match.start()].split()) < 4:
        return False
    credit = line_key(match.group(), digits=False)
    if not credit or credit.count(" ") > 3:
        return False
    if match.group().lstrip().startswith("(") and _ARABIC_WORDS.fullmatch(credit):
        # An Arabic caption credits its picture in brackets by convention: «(نبأ)», «(صوت الخليج)».
        return True
    return bool(CREDIT_RE.search(f" {credit} ") or _PHOTO_CREDIT.search(credit)) or _names_elsewhere(
        credit, keys, i
    )


def _names_elsewhere(name: str, keys: list[str], i: int) -> bool:
    """Whether `name` (a key) stands as, or opens or ends, another short line of the page."""
    return any(
        j != i
        and (k == name or k.startswith(name + " ") or k.endswith(" " + name) or f" {name} " in f" {k} ")
        for j, k in enumerate(keys)
        if k and k.count(" ") < 8
    )


def _lines(
    spans: list[tuple[int, Span]],
    texts: list[str],
    labels: list[LineLabel] | list[str],
    segments: list[int],
    scores: list[float],
) -> list[Line]:
    return [
        Line(number, span, t, label, seg if label != "boilerplate" else 0, round(score, 4))  # type: ignore[arg-type]
        for (number, span), t, label, seg, score in zip(spans, texts, labels, segments, scores, strict=False)
    ]


def _repeats(keys: list[str], outlet_key: str | None, repetition: RepetitionIndex | None) -> list[int]:
    """How many *other* pages of the outlet carry each line (the page itself was indexed too)."""
    if repetition is None or outlet_key is None:
        return [0] * len(keys)
    return [max(repetition.count_key(outlet_key, k) - 1, 0) for k in keys]


def _leads_above_inserted_lists(
    keep: list[bool],
    hard_drop: list[bool],
    rows: list[list[float]],
    words: list[int],
    logits: list[float],
) -> list[int]:
    """Prose lines cut off from the article below them only by a list the site inserted into the text.

    Sites put «موضوعات متعلقة» / «اقرأ أيضاً» with a few headlines after the first paragraphs; the main block
    then starts below the list and the lead above it looks like a separate, lighter block.
    """
    n = len(keep)
    prose = [
        not keep[i]
        and not hard_drop[i]
        and bool(rows[i][F.END_SENTENCE])
        and words[i] >= 10
        and logits[i] > _LEAD_RESCUE
        for i in range(n)
    ]
    leads: list[int] = []
    for i in range(n):
        if not prose[i]:
            continue
        j, list_lines = i + 1, 0
        while (
            j < n and list_lines <= _INSERTED_LIST_LINES and (prose[j] or _list_line(rows[j], hard_drop[j]))
        ):
            list_lines += not prose[j]
            j += 1
        if 0 < list_lines <= _INSERTED_LIST_LINES and j < n and keep[j]:
            leads.append(i)
    return leads


def _list_line(row: list[float], dropped: bool) -> bool:
    return dropped and bool(row[F.LIST_HEADER_I] or row[F.HEADER_ABOVE])


def _is_credit(text: str, words: int) -> bool:
    return words <= 8 and bool(CREDIT_RE.search(f" {line_key(text, digits=False)} "))


def _near_kept(keep: list[bool], i: int) -> bool:
    # The next line but one still counts forward: a publication stamp often sits between dateline and body.
    return any(0 <= j < len(keep) and keep[j] for j in (i - 1, i + 1, i + 2))


def _body_mode(texts: list[str], keys: list[str], others: list[int]) -> tuple[list[bool], list[float]]:
    """Text that is already an article body: drop only what is plainly furniture."""
    keep: list[bool] = []
    in_list = False
    for t, k, other in zip(texts, keys, others, strict=False):
        n_words = t.count(" ") + 1
        drop = (
            k in FURNITURE
            or k in COMMENT_MARKERS
            or bool(STAMP_RE.search(t))
            or bool(_URL_ONLY.match(t))
            or (n_words <= 20 and _short_furniture(t))
            or (n_words <= 12 and bool(CONTAINS_RE.search(f" {k} ")))
            or (other >= 2 and n_words <= 12 and not _is_credit(t, n_words))
        )
        if k in LIST_HEADERS:
            in_list, drop = True, True
        elif in_list:
            # A list of other headlines runs until the prose resumes.
            if len(t) >= 80 and _SENT_END.search(t):
                in_list = False
            else:
                drop = True
        keep.append(not drop)
    # Rules, not a model: a fixed confidence.
    return keep, [0.9] * len(keep)


def _short_furniture(text: str) -> bool:
    """A tag/share/link line or a time stamp (cheap tests first: body mode sees every line of a feed)."""
    head = text[:40]
    if (":" in head or "：" in head or "http" in text) and (
        LABEL_PREFIX_RE.match(text) or LINK_LABEL_RE.match(text)
    ):
        return True
    return bool(_ANY_DIGIT.search(text)) and date_share(text) >= 0.6


def _known_title_line(keys: list[str], known_title: str | None, limit: int) -> int | None:
    if not known_title:
        return None
    target = line_key(known_title)
    for i, k in enumerate(keys[:limit]):
        if k and (k == target or _strip_suffix_key(k) == target):
            return i
    return None


def _strip_suffix_key(key_or_text: str) -> str:
    return line_key(_SITE_SUFFIX.sub("", key_or_text))


def _title_like(text: str, words: int, row: list[float]) -> bool:
    if not 3 <= words <= 30 or len(text) < 12 or len(text) > 250:
        return False
    if _SENT_END.search(text) or text.endswith((":", "：", "،", ",")):
        return False
    return not (
        row[F.FURNITURE_I]
        or row[F.CONTAINS_I]
        or row[F.LIST_HEADER_I]
        or row[F.COMMENT_I]
        or row[F.STAMP_I]
        or row[F.HAS_LINK]
        or row[F.CODE_I]
        or row[F.BULLET_I]
        or row[F.HEADER_ABOVE]
        or row[F.LABEL_PREFIX]
        or row[F.DATE_SHARE] >= 0.4
        or row[F.SEPARATORS] >= _TWO_SEPARATORS
    )


def _find_title(
    texts: list[str], keys: list[str], keep: list[bool], title_like: list[bool], known_title: str | None
) -> int | None:
    n = len(texts)
    first_body = next((i for i in range(n) if keep[i]), None)
    if first_body is None:
        return None
    if known_title:
        target = line_key(known_title)
        for i in range(min(n, first_body + 1)):
            if title_like[i] and keys[i] and (keys[i] == target or _strip_suffix_key(texts[i]) == target):
                return i
    # The page's <title> line: a headline with the site's name after a bar or dash («... | صوت الخليج»,
    # «... - بوابة الشروق»), the name standing again elsewhere on the page (masthead, copyright line).
    for i in range(min(n, first_body + 1)):
        if title_like[i] and _names_site(texts[i], keys, i):
            return i
    # The <title> line repeated as the headline: the first copy is the title.
    if title_like[0] or _SITE_SUFFIX.search(texts[0]):
        head = keys[0]
        stripped = _strip_suffix_key(texts[0])
        for j in range(1, min(n, first_body + 1)):
            if keys[j] and keys[j] in (head, stripped):
                return 0
    if title_like[first_body] and first_body + 1 < n and keep[first_body + 1]:
        return first_body
    # Else the headline just above the body; a short line there («المرصد - متابعات») is more likely a
    # byline or section than the headline when a fuller headline-like line stands above it.
    candidates: list[int] = []
    for i in range(first_body - 1, max(-1, first_body - 9), -1):
        if title_like[i]:
            candidates.append(i)
        if len(texts[i]) >= 120 and _SENT_END.search(texts[i]):
            break
    if not candidates:
        return None
    return next((i for i in candidates if len(texts[i].split()) >= 5), candidates[0])


def _names_site(text: str, keys: list[str], i: int) -> bool:
    match = _SITE_SUFFIX.search(text)
    if match is None:
        return False
    site = line_key(match.group(), digits=False)
    if not site or len(text[: match.start()].split()) < 4:
        return False
    return _names_elsewhere(site, keys, i)


def _stems(text: str) -> set[str]:
    out: set[str] = set()
    for w in line_key(text, digits=False).split():
        for p in _ARTICLE_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p) :]
                break
        if len(w) >= 3:
            out.add(w[:4])
    return out


def _segments(texts: list[str], labels: list[str], title_like: list[bool], words: list[int]) -> list[int]:
    """Number the news items of the page: a headline-like line between body runs opens a new item.

    It must look like a headline (short, no final stop), follow a body run, and be restated by the
    paragraph after it (news leads repeat their headline's words), which tells it from a subheading.
    """
    n = len(texts)
    segments = [0] * n
    current = 1
    body_in_segment = 0
    for i in range(n):
        if labels[i] == "boilerplate":
            continue
        if labels[i] == "body" and title_like[i] and words[i] >= 4 and body_in_segment >= 2:
            nxt = next((j for j in range(i + 1, min(n, i + 3)) if labels[j] == "body"), None)
            if nxt is not None and words[nxt] >= 12:
                head = _stems(texts[i])
                lead = _stems(texts[nxt])
                if head and len(head & lead) / len(head) >= 0.3:
                    current += 1
                    body_in_segment = 0
                    labels[i] = "title"
                    segments[i] = current
                    continue
        segments[i] = current
        if labels[i] == "body":
            body_in_segment += 1
    return segments
