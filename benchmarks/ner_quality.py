"""NER quality and speed: our CRF (with and without document context) against a plain word + affix CRF,
trained on the same data in this run.

    .venv/bin/python benchmarks/ner_quality.py            # ~15 min on a busy 2-core box; one JSON object

Each part is printed to stderr as soon as it is done; the whole result goes to stdout at the end.

All models are trained on ANERcorp train.txt minus its last 10% of sentences (the fixed dev split) and
scored on that dev split (held out) and on AQMAR (Wikipedia, out of domain, PER -> PERS, MIS* -> MISC).
The shipped model (trained on all of train.txt) is scored on AQMAR too: AQMAR was never used for training or
tuning. Speed is tokens per CPU-second of one process (one core), from cold word-feature caches: tagging
pre-tokenised dev sentences, and `recognise` end to end (sentences, tokens, features, CRF, mentions) on
raw news articles.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.analyse.entities import recognise  # noqa: E402
from khabar.analyse.entities.conll import Sentence, read_conll  # noqa: E402
from khabar.analyse.entities.features import FeatureConfig, baseline_features, clear_caches  # noqa: E402
from khabar.analyse.entities.model import CLUSTERS_PATH, GAZETTEER_PATH, MODEL_PATH  # noqa: E402
from khabar.analyse.entities.recognise import NerModel, load_model, words_of  # noqa: E402
from khabar.analyse.entities.train import score_model, split_dev, train_crf  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"


def _brief(scores: dict[str, object]) -> dict[str, object]:
    per_type = scores["per_type"]
    assert isinstance(per_type, dict)
    return {
        "precision": scores["precision"],
        "recall": scores["recall"],
        "f1": scores["f1"],
        "per_type_f1": {t: v["f1"] for t, v in per_type.items()},
        "per_type": per_type,
        "tokens_per_second": scores["tokens_per_second"],
    }


def _progress(part: str, value: object) -> None:
    """One finished part, at once, on stderr (the full JSON object goes to stdout at the end)."""
    print(json.dumps({part: value}, ensure_ascii=False), file=sys.stderr, flush=True)


def _score(model: NerModel, sentences: list[Sentence]) -> dict[str, object]:
    clear_caches()
    return _brief(score_model(model, sentences))


def _raw_speed(n_articles: int = 300) -> dict[str, float]:
    texts = []
    with gzip.open(DATA / "saudinewsnet" / "articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i < 20_000:  # articles well past the first ones
                continue
            texts.append(json.loads(line)["content"] or "")
            if len(texts) >= n_articles:
                break
    tokens = sum(len(words_of(t)) for t in texts)
    model = load_model()
    clear_caches()
    started = time.process_time()
    mentions = sum(len(recognise(t, model=model)) for t in texts)
    elapsed = time.process_time() - started
    return {
        "articles": len(texts),
        "tokens": tokens,
        "mentions": mentions,
        "tokens_per_second": round(tokens / elapsed),
    }


def main() -> int:
    train, dev = split_dev(read_conll(DATA / "anercorp" / "train.txt"))
    aqmar: list[Sentence] = []
    for path in sorted((DATA / "aqmar").glob("*.txt")):
        aqmar.extend(read_conll(path))
    result: dict[str, object] = {
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "dev_tokens": sum(len(w) for w, _ in dev),
        "aqmar_tokens": sum(len(w) for w, _ in aqmar),
    }
    with tempfile.TemporaryDirectory() as tmp:
        variants = (
            ("ours", None, FeatureConfig()),
            ("ours_without_document_context", None, FeatureConfig(document=0)),
            ("baseline_word_affix", baseline_features, None),
        )
        for name, featurize, config in variants:
            started = time.time()
            path = Path(tmp) / f"{name}.crf"
            if featurize is None:
                train_crf(train, path, config=config)
                model = NerModel(path, config=config)
            else:
                train_crf(train, path, featurize=featurize)
                model = NerModel(path, featurize)
            entry: dict[str, object] = {
                "train_seconds": round(time.time() - started),
                "model_bytes": path.stat().st_size,
                "dev": _score(model, dev),
            }
            _progress(f"{name}.dev", entry)
            entry["aqmar"] = _score(model, aqmar)
            _progress(f"{name}.aqmar", entry["aqmar"])
            result[name] = entry
    shipped = load_model()
    sizes = {path.name: path.stat().st_size for path in (MODEL_PATH, CLUSTERS_PATH, GAZETTEER_PATH)}
    shipped_result: dict[str, object] = {
        "note": "trained on all of train.txt (dev included): its AQMAR figure is out of domain and held out",
        "aqmar": _score(shipped, aqmar),
    }
    _progress("shipped_model.aqmar", shipped_result["aqmar"])
    shipped_result["recognise_raw_text"] = _raw_speed()
    _progress("shipped_model.recognise_raw_text", shipped_result["recognise_raw_text"])
    shipped_result["artefact_bytes"] = sizes
    shipped_result["total_mb"] = round(sum(sizes.values()) / 1e6, 2)
    result["shipped_model"] = shipped_result
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
