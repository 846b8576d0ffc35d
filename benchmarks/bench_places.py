"""Gazetteer start-up time and place matching speed.

    python benchmarks/bench_places.py [--corpus ../shared/corpus] [--articles 200] [--runs 5]

Prints, for a cold process, the median time of ``import graph.gazetteer; load()``
(with the marshal cache warm, and without any cache), then characters per second
of the gazetteer matcher alone and of the whole places recogniser (on already
segmented text) over ``seeds/`` and, when present, the first N corpus articles,
next to jieba's own ``Tokenizer().lcut`` on the same text as the baseline.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLD = ("import time; t = time.perf_counter(); import graph.gazetteer as g; g.load(); "
        "print(time.perf_counter() - t)")


def cold_start(runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True,
                             cwd=ROOT, env=env)
        times.append(float(out.stdout))
    return statistics.median(times)


def texts_of(paths: list[Path]) -> list[str]:
    from graph.documents import read_documents
    return [d.text for d in read_documents(paths)]


def speed(label: str, texts: list[str]) -> None:
    import jieba

    from graph.extract.places import find_places
    from graph.gazetteer.matcher import default_matcher
    from graph.pipeline import analyze_text
    from graph.segment import default_segmenter

    chars = sum(len(t) for t in texts)
    matcher = default_matcher()
    t0 = time.perf_counter()
    for text in texts:
        matcher.scan(text)
    t_scan = time.perf_counter() - t0

    analyses = [analyze_text(text, only=[]) for text in texts]   # segmentation is not timed below
    find_places(analyze_text("在腾冲市清水乡三家村。", only=[]))   # warm-up: lazy indexes (children of a unit)
    t0 = time.perf_counter()
    mentions = sum(len(find_places(a)) for a in analyses)
    t_rec = time.perf_counter() - t0

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    t0 = time.perf_counter()
    for text in texts:
        tokenizer.lcut(text)
    t_jieba = time.perf_counter() - t0
    default_segmenter()
    print(f"{label}: {len(texts)} texts, {chars} chars, {mentions} place mentions")
    print(f"  gazetteer scan      {chars / t_scan:12,.0f} chars/s")
    print(f"  places recogniser   {chars / t_rec:12,.0f} chars/s  (matching + filters + resolution)")
    print(f"  jieba lcut baseline {chars / t_jieba:12,.0f} chars/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    print(f"gazetteer start-up (cold process, median of {args.runs}): "
          f"{cold_start(args.runs):.3f} s with the cache, ", end="")
    with tempfile.TemporaryDirectory() as tmp:
        import os
        env = dict(os.environ, TUPU_CACHE_DIR=str(Path(tmp) / "none" / "x"))
        Path(tmp, "none").write_text("not a directory", encoding="utf-8")   # the cache cannot be written
        print(f"{cold_start(args.runs, env):.3f} s parsing the data without a cache")

    speed("seeds", texts_of(sorted((ROOT / "seeds").glob("*.txt"))))
    corpus = Path(args.corpus) / "rmrb"
    if corpus.is_dir():
        speed(f"corpus ({args.articles} articles)", texts_of(sorted(corpus.glob("*/*.txt"))[:args.articles]))
    else:
        print(f"corpus: {corpus} absent, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
