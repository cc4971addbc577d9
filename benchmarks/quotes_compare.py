"""Quote extraction of the working tree beside a committed version, in one run: seeds gold, hand-labelled sets
and speed.

    .venv/bin/python benchmarks/quotes_compare.py [--base HEAD] [--sets 1,2,3,4,5,6,7,8,9] [--limit 1000] [--repeats 5]

The committed `khabar/analyse/quotes/` of `--base` is read with `git show` (read-only: no checkout, nothing in
the repository changes) into a temporary package, its imports pointed at that copy and its speaker model the
one committed with it, and both versions are
scored by the same code: `evaluate_quotes` on `../shared/data/seeds-gold/quotes.jsonl` (cleaned pages, as
`khabar eval quotes`), `benchmarks/quotes_handcheck.py` on each set, and the articles/s of
`benchmarks/quotes_speed.py` (entities found first, untimed, as the pipeline does) timed alternately (base, work, base, work, …) so that machine load falls on
both alike. Prints one JSON object {"base": …, "work": …, "speed_ratio": work/base}.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "khabar/analyse/quotes"
SPEAKER_MODEL = "khabar/resources/quote_speakers.json"
SEEDS = ROOT / ".." / "shared" / "data" / "seeds"
SEEDS_GOLD = ROOT / ".." / "shared" / "data" / "seeds-gold" / "quotes.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_handcheck  # noqa: E402
import quotes_speed  # noqa: E402

import khabar.analyse.article as pipeline  # noqa: E402
from khabar.analyse.article import with_entities  # noqa: E402
from khabar.analyse.entities import canonical_key  # noqa: E402


def committed_package(rev: str, into: Path, name: str) -> ModuleType:
    """`khabar.analyse.quotes` as of `rev`, importable as `name` (a copy under `into`)."""
    files = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{rev}:{PACKAGE}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    # Laid out as in the repository (…/analyse/<name>, …/resources), so that the copy finds the speaker
    # model of `rev` where its own code looks for it (two folders up, in resources/).
    target = into / "khabar" / "analyse" / name
    target.mkdir(parents=True)
    resources = into / "khabar" / "resources"
    resources.mkdir()
    shown = subprocess.run(
        ["git", "show", f"{rev}:{SPEAKER_MODEL}"], cwd=ROOT, capture_output=True, text=True
    )
    if shown.returncode == 0:  # older versions had no model
        (resources / Path(SPEAKER_MODEL).name).write_text(shown.stdout, encoding="utf-8")
    for file in files:
        if not file.endswith(".py"):
            continue
        source = subprocess.run(
            ["git", "show", f"{rev}:{PACKAGE}/{file}"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        (target / file).write_text(source.replace("khabar.analyse.quotes", name), encoding="utf-8")
    sys.path.insert(0, str(target.parent))
    return importlib.import_module(name)


def scores(package: ModuleType, sets: list[str]) -> dict[str, Any]:
    """Seeds and hand-labelled sets scored with `package`'s extractor: the handcheck and `khabar eval quotes`
    reach it through the pipeline's `pipeline_quotes`, so that step is pointed at it while they run."""
    extract = importlib.import_module(package.__name__ + ".extract")
    evaluate = importlib.import_module(package.__name__ + ".evaluate")
    out: dict[str, Any] = {}
    own = pipeline.extract_quotes
    pipeline.extract_quotes = extract.extract_quotes
    try:
        if SEEDS_GOLD.exists():
            seeds = evaluate.evaluate_quotes(SEEDS_GOLD, SEEDS)
            out["seeds"] = {k: seeds[k] for k in ("detection", "attribution", "gold", "predicted")}
        for name in sets:
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                quotes_handcheck.main(["--set", name])
            result = json.loads(buffer.getvalue())
            keys = ("detection", "attribution", "speaker_words", "gold", "predicted")
            out[f"set{name}"] = {k: result[k] for k in keys}
    finally:
        pipeline.extract_quotes = own
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--sets", default="1,2,3,4,5,6,7,8,9")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    import khabar.analyse.quotes as work

    with tempfile.TemporaryDirectory() as tmp:
        base = committed_package(args.base, Path(tmp), "quotes_base")
        sets = [s for s in args.sets.split(",") if s]
        result: dict[str, Any] = {"base": scores(base, sets), "work": scores(work, sets)}
        # as in the pipeline, the entities are found first (untimed): the working tree names speakers by them
        articles = [with_entities(a) for a in quotes_speed.load(quotes_speed.CORPUS, args.limit)]
        timings: dict[str, list[float]] = {"base": [], "work": []}
        for _ in range(args.repeats):
            for label, package in (("base", base), ("work", work)):
                started = time.perf_counter()
                for article in articles:
                    package.extract_quotes(article, resolve=canonical_key)
                timings[label].append(time.perf_counter() - started)
    for label in ("base", "work"):
        median = statistics.median(timings[label])
        result[label]["articles_per_s"] = round(len(articles) / median, 1)
    result["speed_ratio"] = round(result["work"]["articles_per_s"] / result["base"]["articles_per_s"], 3)
    result["articles"] = len(articles)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
