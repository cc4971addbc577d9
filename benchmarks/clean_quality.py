"""Line-level quality of the cleaner against trafilatura and jusText, on the seed, clean-dev and examples sets.

    .venv/bin/python benchmarks/clean_quality.py        # needs ../shared/data and the `bench` extra

Peers get each page as HTML, one <p> per line inside html/body, since they work on markup; a line counts
as kept by a peer when its text appears in the peer's output. jusText gets the Arabic stoplist on the seeds
and, on clean-dev, the English one: the set is mostly English and carries no language tag per page, and a
stoplist chosen by guessing the language would measure the guess as much as jusText.
Note: clean-dev is our training set, so "ours" there is the in-sample figure; the held-out (cross-validated)
clean-dev figure is printed by scripts/train_clean.py. The seeds and our own Arabic example pages
(examples/pages, ten pages of five made-up outlets written for the demo) were never trained on.
"""

from __future__ import annotations

import html
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.clean.document import clean_batch  # noqa: E402
from khabar.clean.evaluate import read_gold  # noqa: E402
from khabar.model import RawDocument  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"
SETS = {
    "seeds": (DATA / "seeds-gold" / "lines.jsonl", DATA / "seeds", "Arabic"),
    "clean-dev": (DATA / "clean-dev" / "lines.jsonl", DATA / "clean-dev" / "docs", "English"),
    "examples": (ROOT / "examples" / "gold" / "lines.jsonl", ROOT / "examples" / "pages", "Arabic"),
}


def as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{paras}</body></html>"


def run_trafilatura(text: str, _: str) -> str:
    import trafilatura

    return trafilatura.extract(as_html(text)) or ""


def run_justext(text: str, stoplist: str) -> str:
    import justext

    paras = justext.justext(as_html(text).encode("utf-8"), justext.get_stoplist(stoplist))
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def score(gold: dict[str, dict[int, tuple[str, int]]], kept: dict[str, set[int]]) -> dict[str, float]:
    tp = fp = fn = 0
    for doc, lines in gold.items():
        for number, (label, _) in lines.items():
            pred, pos = number in kept[doc], label != "boilerplate"
            tp += pred and pos
            fp += pred and not pos
            fn += pos and not pred
    return prf(tp, fp, fn)


def ours(texts: dict[str, str], docs_dir: Path, repetition: bool) -> dict[str, set[int]]:
    docs = [RawDocument(str(docs_dir / f"{d}.txt"), "", "text", t, meta={"id": d}) for d, t in texts.items()]
    if repetition:
        results = list(clean_batch(docs))
    else:
        from khabar.clean.document import document_lines

        results = [document_lines(doc) for doc in docs]
    return {
        d: {ln.number for ln in lines if ln.label != "boilerplate"}
        for d, lines in zip(texts, results, strict=False)
    }


def peer(texts: dict[str, str], fn: Callable[[str, str], str], stoplist: str) -> dict[str, set[int]]:
    kept: dict[str, set[int]] = {}
    for doc, text in texts.items():
        out = fn(text, stoplist)
        kept[doc] = {
            n for n, line in enumerate(text.split("\n"), 1) if line.strip() and " ".join(line.split()) in out
        }
    return kept


def main() -> None:
    table: dict[str, dict[str, dict[str, float]]] = {}
    for name, (gold_path, docs_dir, stoplist) in SETS.items():
        gold = read_gold(gold_path)
        texts = {d: (docs_dir / f"{d}.txt").read_text(encoding="utf-8") for d in gold}
        rows: dict[str, dict[str, float]] = {}
        systems: list[tuple[str, Callable[[], dict[str, set[int]]]]] = [
            ("ours", partial(ours, texts, docs_dir, True)),
            ("ours_no_repetition", partial(ours, texts, docs_dir, False)),
            ("trafilatura", partial(peer, texts, run_trafilatura, stoplist)),
            (f"justext_{stoplist.lower()}", partial(peer, texts, run_justext, stoplist)),
        ]
        for system, run in systems:
            start = time.perf_counter()
            kept = run()
            elapsed = time.perf_counter() - start
            rows[system] = {**score(gold, kept), "ms_per_page": round(1000 * elapsed / len(texts), 2)}
        table[name] = {"pages": len(texts), "lines": sum(len(v) for v in gold.values()), **rows}  # type: ignore[dict-item]
    print(json.dumps(table, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
