"""Word clusters for the NER model, learnt from unlabelled Arabic news.

    .venv/bin/python scripts/ner_clusters.py        # writes khabar/resources/ner_clusters.tsv.gz

Called by `scripts/train_ner.py` when the clusters file is missing (or with --clusters). Method: count
left/right neighbours (±1 and ±2) of every frequent word against the most frequent context words, weight
the counts by positive PMI, reduce with a truncated SVD and cluster the unit-length vectors with k-means at
three granularities. Words are the `normalize` keys of the khabar tokenizer, so the runtime looks a word up
by the same key. Needs numpy, scipy and scikit-learn (training only; the runtime reads a plain TSV).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.analyse.entities.features import word_key  # noqa: E402
from khabar.analyse.entities.model import CLUSTERS_PATH, GRANULARITIES  # noqa: E402

DATA = ROOT / ".." / "shared" / "data"
CORPORA = (DATA / "saudinewsnet" / "articles.jsonl.gz", DATA / "ant" / "articles.jsonl.gz")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])*|\d+")


def texts(paths: tuple[Path, ...], limit: int) -> Iterator[str]:
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= limit:
                    break
                record = json.loads(line)
                yield f"{record.get('title') or ''}\n{record.get('content') or ''}"


def build(
    paths: tuple[Path, ...] = CORPORA,
    *,
    limit: int = 40_000,
    vocab_size: int = 60_000,
    min_count: int = 5,
    contexts: int = 2_000,
    dims: int = 100,
    seed: int = 13,
) -> dict[str, tuple[int, ...]]:
    """word key -> (cluster id at each of GRANULARITIES)."""
    started = time.time()
    ids: dict[str, int] = {}
    stream: list[int] = []
    for text in texts(paths, limit):
        stream.append(-1)  # document boundary
        for m in _WORD.finditer(text):
            key = word_key(m.group())
            stream.append(ids.setdefault(key, len(ids)))
    seq = np.asarray(stream, dtype=np.int64)
    counts = np.bincount(seq[seq >= 0], minlength=len(ids))
    print(f"clusters: {len(seq):,} tokens, {len(ids):,} types ({time.time() - started:.0f}s)", flush=True)

    order = np.argsort(-counts, kind="stable")
    vocab = order[: min(vocab_size, int((counts >= min_count).sum()))]
    ctx = order[:contexts]
    row_of = np.full(len(ids), -1, dtype=np.int64)
    row_of[vocab] = np.arange(len(vocab))
    col_of = np.full(len(ids) + 1, -1, dtype=np.int64)  # index -1 (boundary) maps to -1 too
    col_of[ctx] = np.arange(len(ctx))

    blocks = []
    for offset in (-2, -1, 1, 2):
        if offset < 0:
            centre, other = seq[-offset:], seq[:offset]
        else:
            centre, other = seq[:-offset], seq[offset:]
        rows = np.where(centre >= 0, row_of[np.maximum(centre, 0)], -1)
        cols = col_of[other]
        keep = (rows >= 0) & (cols >= 0)
        data = np.ones(int(keep.sum()), dtype=np.float32)
        blocks.append(
            sparse.coo_matrix((data, (rows[keep], cols[keep])), shape=(len(vocab), len(ctx))).tocsr()
        )
    matrix = sparse.hstack(blocks).tocsr()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    vectors = TruncatedSVD(dims, random_state=seed).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    print(f"clusters: PPMI-SVD {vectors.shape} ({time.time() - started:.0f}s)", flush=True)

    labels = []
    for k in GRANULARITIES:
        km = MiniBatchKMeans(k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(vectors))
        print(f"clusters: k={k} ({time.time() - started:.0f}s)", flush=True)
    words = {v: k for k, v in ids.items()}
    return {words[int(w)]: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab.tolist())}


def write(table: dict[str, tuple[int, ...]], path: Path = CLUSTERS_PATH) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        for word, ids in table.items():
            handle.write(word + "\t" + "\t".join(map(str, ids)) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40_000, help="articles read from each corpus")
    parser.add_argument("--out", type=Path, default=CLUSTERS_PATH)
    args = parser.parse_args(argv)
    table = build(limit=args.limit)
    write(table, args.out)
    print(f"clusters: {len(table):,} words -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
