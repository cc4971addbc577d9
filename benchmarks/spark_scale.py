"""Full pipeline, local engine vs Spark engine, on the same machine in the same run, at growing sizes.

For each size N the first N/2 records of SaudiNewsNet and of ANT (or of each --input file, split evenly)
are written to one JSON Lines file; then, each in its own process:

- local: `khabar analyze FILE --db X --workers W` (read, clean, analyse, store, group stories, families);
- spark: `khabar analyze --engine spark FILE --out DIR --master local[W]` (the same stages, Parquet out);
- load:  `khabar load DIR --db Y` (reported apart: it is the step a user runs once to serve the result).

Reported per run: wall seconds, articles/s, the ratio spark/local, peak memory of the whole process tree
(the sum of the resident sizes of the command and all its children, the JVM and Python workers included,
sampled every 0.2 s from /proc), and the agreement of the two engines' stories (B-cubed F1 and exact
equality of the partitions). Usage:

    python benchmarks/spark_scale.py --sizes 500 1000 2000 --workers 2
    python benchmarks/spark_scale.py --input ../shared/data/stories/saudinewsnet-dev.jsonl --sizes 1459
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
# The Spark engine as `khabar analyze --engine spark` runs it (its own session on the master given), printing
# the seconds of each step; the wall time measured around it includes starting the JVM.
SPARK_RUN = """
import json, sys
from khabar.engines.spark import analyze_spark
summary = analyze_spark([sys.argv[1]], sys.argv[2], sys.argv[3])
print(json.dumps(summary.phases))
"""
DEFAULT_INPUTS = [DATA / "saudinewsnet" / "articles.jsonl.gz", DATA / "ant" / "articles.jsonl.gz"]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(x) for x in task.read_text().split())
        except OSError:
            continue
    return found


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants."""
    total, stack, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while stack:
        current = stack.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        stack.extend(_children(current))
    return total


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(wall seconds, peak tree RSS in bytes, stdout) of one command; raises when it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    return seconds, peak, stdout.decode()


def write_sample(inputs: list[Path], size: int, path: Path) -> int:
    """The first size/len(inputs) non-blank lines of each input into one JSON Lines file."""
    share = [size // len(inputs) + (1 if i < size % len(inputs) else 0) for i in range(len(inputs))]
    written = 0
    with path.open("wb") as out:
        for source, wanted in zip(inputs, share, strict=True):
            opener = gzip.open if source.name.endswith(".gz") else open
            with opener(source, "rb") as handle:
                taken = 0
                for line in handle:
                    if taken >= wanted:
                        break
                    if line.strip():
                        out.write(line.rstrip(b"\n") + b"\n")
                        taken += 1
            written += taken
    return written


def bcubed_agreement(db: Path, out_dir: Path) -> dict[str, float | int | bool]:
    import pyarrow.parquet as pq

    from khabar.group import bcubed

    with sqlite3.connect(db) as conn:
        local = dict(conn.execute("SELECT article_id, story_id FROM story_articles"))
    table = pq.read_table(out_dir / "stories", columns=["article_id", "story_id"]).to_pylist()
    spark = {row["article_id"]: row["story_id"] for row in table}
    shared = local.keys() & spark.keys()
    _, _, f1 = bcubed({k: spark[k] for k in shared}, {k: local[k] for k in shared})
    return {
        "articles_local": len(local),
        "articles_spark": len(spark),
        "bcubed_f1": round(f1, 4),
        "identical": local == spark,
        "stories_local": len(set(local.values())),
        "stories_spark": len(set(spark.values())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--input", type=Path, nargs="*", default=DEFAULT_INPUTS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--workers", type=int, default=2, help="local engine workers = Spark local[N] cores")
    parser.add_argument("--engines", nargs="+", default=["local", "spark"], choices=["local", "spark"])
    args = parser.parse_args()
    missing = [str(p) for p in args.input if not p.exists()]
    if missing:
        sys.exit(f"missing input: {', '.join(missing)} (the workplace's shared data)")
    env = {**os.environ, "KHABAR_DEBUG": "1"}
    khabar = [sys.executable, "-m", "khabar"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            sample = Path(tmp) / f"sample-{size}.jsonl"
            n = write_sample(args.input, size, sample)
            row: dict[str, object] = {"articles": n, "workers": args.workers}
            if "local" in args.engines:
                db = Path(tmp) / f"local-{size}.db"
                seconds, peak, _ = run_measured(
                    [*khabar, "analyze", str(sample), "--db", str(db), "--workers", str(args.workers), "-q"],
                    env,
                )
                row |= {
                    "local_s": round(seconds, 1),
                    "local_per_s": round(n / seconds, 2),
                    "local_peak_mb": peak >> 20,
                }
            if "spark" in args.engines:
                out = Path(tmp) / f"spark-{size}"
                seconds, peak, printed = run_measured(
                    [sys.executable, "-c", SPARK_RUN, str(sample), str(out), f"local[{args.workers}]"], env
                )
                phases = json.loads(printed.strip().splitlines()[-1])
                row |= {
                    "spark_s": round(seconds, 1),
                    "spark_per_s": round(n / seconds, 2),
                    "spark_peak_mb": peak >> 20,
                    "spark_phases_s": {k: round(v, 1) for k, v in phases.items()},
                }
                loaded = Path(tmp) / f"loaded-{size}.db"
                load_s, load_peak, _ = run_measured([*khabar, "load", str(out), "--db", str(loaded)], env)
                row |= {"load_s": round(load_s, 1), "load_peak_mb": load_peak >> 20}
            if "local_s" in row and "spark_s" in row:
                row["spark_over_local"] = round(float(row["spark_s"]) / float(row["local_s"]), 2)  # type: ignore[arg-type]
                row |= bcubed_agreement(Path(tmp) / f"local-{size}.db", Path(tmp) / f"spark-{size}")
            print(json.dumps(row), flush=True)
            rows.append(row)
    print(f"load average at the end: {os.getloadavg()}", file=sys.stderr)


if __name__ == "__main__":
    main()
