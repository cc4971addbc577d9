"""The NER evaluator: CoNLL reading (ANERcorp and AQMAR layouts), exact-match scoring, malformed gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.analyse.entities import evaluate_ner, map_tag, read_conll
from khabar.analyse.entities.conll import entity_spans, score_spans
from khabar.errors import GoldFormatError


class FixedTagger:
    """Returns given tags for each sentence, in order."""

    def __init__(self, tags: list[list[str]]) -> None:
        self.tags = list(tags)

    def tag(self, words: list[str]) -> list[str]:
        out = self.tags.pop(0)
        assert len(out) == len(words)
        return out


def write(tmp_path: Path, text: str, name: str = "gold.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOLD = "قال O\nجون B-PERS\nكيري I-PERS\nفي O\nموسكو B-LOC\n\nوكالة B-ORG\nتاس I-ORG\n"


def test_exact_match_boundary_error_is_one_fp_and_one_fn(tmp_path: Path) -> None:
    gold = write(tmp_path, GOLD)
    # sentence 1: person boundary wrong (كيري alone), LOC right; sentence 2: ORG right.
    tagger = FixedTagger([["O", "O", "B-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG"]])
    scores = evaluate_ner(gold, model=tagger)
    assert scores["tokens"] == 7
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-3)
    per_type = scores["per_type"]
    assert isinstance(per_type, dict)
    assert per_type["PERS"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert per_type["LOC"]["f1"] == 1.0
    assert per_type["MISC"]["support"] == 0
    assert set(scores) >= {"precision", "recall", "f1", "per_type", "tokens", "tokens_per_second"}


def test_wrong_type_counts_against_both_types() -> None:
    gold = [entity_spans(["B-PERS", "I-PERS"])]
    pred = [entity_spans(["B-ORG", "I-ORG"])]
    scores = score_spans(gold, pred)
    assert scores["f1"] == 0.0
    per_type = scores["per_type"]
    assert isinstance(per_type, dict)
    assert per_type["PERS"]["recall"] == 0.0 and per_type["ORG"]["precision"] == 0.0


def test_entity_spans_reads_stray_inside_tag_as_a_start() -> None:
    assert entity_spans(["O", "I-LOC", "I-LOC", "B-LOC", "I-PERS"]) == {
        (1, 3, "LOC"),
        (3, 4, "LOC"),
        (4, 5, "PERS"),
    }


def test_perfect_prediction_scores_one(tmp_path: Path) -> None:
    gold = write(tmp_path, GOLD)
    sentences = read_conll(gold)
    scores = evaluate_ner(gold, model=FixedTagger([tags for _, tags in sentences]))
    assert scores["f1"] == 1.0


@pytest.mark.parametrize(
    ("tag", "mapped"),
    [
        ("B-PER", "B-PERS"),
        ("I-PER", "I-PERS"),
        ("B-MIS0", "B-MISC"),
        ("I-MIS3", "I-MISC"),
        ("B-MIS-2", "B-MISC"),
        ("B-MISS1", "B-MISC"),
        ("B-MIS1`", "B-MISC"),
        ("I--ORG", "I-ORG"),
        ("OO", "O"),
        ("B-PERS", "B-PERS"),
        ("I-MISC", "I-MISC"),
        ("O", "O"),
    ],
)
def test_aqmar_and_anercorp_tags_map_to_our_types(tag: str, mapped: str) -> None:
    assert map_tag(tag) == mapped


def test_aqmar_layout_is_read(tmp_path: Path) -> None:
    gold = write(
        tmp_path, "ريال B-ORG\nمدريد I-ORG\nفي O\nإسبانيا B-LOC\n.  O\n\nراؤول B-PER\nالكرة B-MIS1\n"
    )
    sentences = read_conll(gold)
    assert sentences[0][1] == ["B-ORG", "I-ORG", "O", "B-LOC", "O"]
    assert sentences[1][1] == ["B-PERS", "B-MISC"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("قال O\nكيري B-PERS extra\n", 2),
        ("قال O\n\nكيري\n", 3),
        ("قال O\nكيري B-PERSON\n", 2),
        ("قال X-LOC\n", 1),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    gold = write(tmp_path, text, "bad.conll")
    with pytest.raises(GoldFormatError, match=rf"bad\.conll:{line}:"):
        read_conll(gold)


def test_empty_or_missing_gold_raises(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError):
        read_conll(write(tmp_path, "\n\n"))
    with pytest.raises(GoldFormatError):
        read_conll(tmp_path / "missing.txt")
