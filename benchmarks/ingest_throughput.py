"""Ingest + clean + analyse throughput on SaudiNewsNet, and whether memory stays flat as the corpus grows.

    python benchmarks/ingest_throughput.py [--stage clean|analyze] [--sizes 7000 14000 28406] [--repeats 3]
                                           [--workers 1 2]

`--stage clean` (the default) streams the file through the readers and the cleaner in worker processes and
stores nothing; `--stage analyze` runs `khabar analyze` end to end into a fresh SQLite file (metadata,
sentences, dates, entities, quotes). Each run is a fresh subprocess, so peak memory (max RSS of the process
and its workers) is measured per run. Prints one JSON object:
for each size and worker count the median articles/s over the repeats and the peak memory. Timings on a
shared 2-core machine are noisy: compare the ratios inside one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"

# "clean": ingest + clean only (read_sources -> clean_documents, streamed, nothing stored), the issue's
# figure; "analyze": the whole `khabar analyze` (metadata, sentences, dates, entities, quotes, SQLite).
RUN_ONE = """
import json, resource, sys, time
from concurrent.futures import ProcessPoolExecutor
from khabar.clean import clean_documents
from khabar.engines.local import analyze
from khabar.ingest import read_sources
from khabar.model import RawDocument
from khabar.store import Store
path, db, workers, stage = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def clean_batch(docs):
    return sum(len(articles) for articles in clean_documents(docs))

def batches(size=500):
    batch = []
    for item in read_sources([path]):
        if isinstance(item, RawDocument):
            batch.append(item)
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch

started = time.perf_counter()
if stage == "clean":
    documents = articles = 0
    with ProcessPoolExecutor(workers) as pool:
        pending = []
        for batch in batches():
            documents += len(batch)
            pending.append(pool.submit(clean_batch, batch))
            if len(pending) >= 2 * workers:
                articles += pending.pop(0).result()
        articles += sum(f.result() for f in pending)
    problems = None
else:
    with Store(db) as store:
        summary = analyze([path], store, workers=workers)
    documents, articles, problems = summary.documents_new, summary.articles_added, len(summary.problems)
seconds = time.perf_counter() - started
peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"articles": articles, "documents": documents, "problems": problems, "seconds": seconds,
                  "peak_rss_mb": max(peak_self, peak_children) / 1024}))
"""


def write_subset(size: int, folder: Path) -> Path:
    out = folder / f"saudinewsnet-{size}.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for count, line in enumerate(src):
            if count >= size:
                break
            dst.write(line)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[7000, 14000, 28406])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stage", choices=["clean", "analyze"], default="clean")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"needs {CORPUS} (the workplace's shared data)")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            subset = write_subset(size, folder)
            for workers in args.workers:
                runs = []
                for repeat in range(args.repeats):
                    db = folder / f"run-{size}-{workers}-{repeat}.db"
                    proc = subprocess.run(
                        [sys.executable, "-c", RUN_ONE, str(subset), str(db), str(workers), args.stage],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    runs.append(json.loads(proc.stdout))
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{db}{suffix}").unlink(missing_ok=True)
                rates = [run["documents"] / run["seconds"] for run in runs]
                results.append(
                    {
                        "size": size,
                        "workers": workers,
                        "articles_per_s_median": round(statistics.median(rates), 1),
                        "articles_per_s_runs": [round(rate, 1) for rate in rates],
                        "peak_rss_mb_max": round(max(run["peak_rss_mb"] for run in runs), 1),
                        "articles_stored": runs[0]["articles"],
                        "problems": runs[0]["problems"],
                    }
                )
                print(json.dumps(results[-1], ensure_ascii=False), file=sys.stderr)
    print(json.dumps({"corpus": str(CORPUS.name), "results": results}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
