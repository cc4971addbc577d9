"""`evaluate_ner`: entity-level scores of the NER model on a CoNLL gold file (khabar eval ner)."""

from __future__ import annotations

from pathlib import Path

from khabar.analyse.entities.conll import read_conll
from khabar.analyse.entities.features import clear_caches
from khabar.analyse.entities.recognise import Tagger, load_model
from khabar.analyse.entities.train import score_model

__all__ = ["evaluate_ner"]


def evaluate_ner(gold: Path, *, model: Tagger | None = None) -> dict[str, object]:
    """Exact-match micro P/R/F1, per type, token count and tagging speed on a `token TAG` file.

    Reads ANERcorp (B-/I- PERS LOC ORG MISC) and AQMAR (PER, MIS0..3 -> PERS, MISC) layouts; a malformed
    file raises GoldFormatError naming the file and line. The gold tags are read only for scoring: the
    model sees the tokens alone. Speed is measured from cold word-feature caches, on this one process.
    """
    sentences = read_conll(Path(gold))
    model = model or load_model()
    clear_caches()
    return score_model(model, sentences)
