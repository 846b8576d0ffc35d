"""Speed and memory of the pipeline, printed next to jieba's own segmentation speed.

    python benchmarks/bench.py [--corpus ../shared/corpus] [--articles 200] [--repeat 3]

Figures: start-up (a fresh process importing Tupu and analysing one sentence), characters
per second of jieba's segmentation alone (the baseline), of the whole per-document pipeline
and of the whole build (reading, all extractors, cross-document merging), and peak memory.
Runs on seeds/ and, when the shared corpus is present, on the first N corpus articles.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def startup(repeat: int) -> float:
    code = "from graph.pipeline import analyze_text; analyze_text('习近平来到定西市考察。')"
    return median_seconds(lambda: subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True), repeat)


def measure(name: str, files: list[Path], repeat: int) -> None:
    import jieba

    from graph.documents import read_document
    from graph.pipeline import analyze, build
    from graph.segment import default_segmenter

    jieba.setLogLevel(30)
    docs = [read_document(p) for p in files]
    chars = sum(len(d.text) for d in docs)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    seg = default_segmenter()
    analyze(docs[0], seg)   # warm caches (dictionaries, gazetteer)

    def cold(fn):
        # each run starts without the segmenter's remembered tags, as a build of new articles does
        return lambda: (seg.forget(), fn())

    t_jieba = median_seconds(lambda: [tokenizer.lcut(d.text) for d in docs], repeat)
    t_pos = median_seconds(cold(lambda: [seg.tokens(d.text) for d in docs]), repeat)
    t_pipe = median_seconds(cold(lambda: [analyze(d, seg) for d in docs]), repeat)
    t_build = median_seconds(cold(lambda: build(files)), repeat)
    print(f"\n{name}: {len(docs)} articles, {chars:,} characters (median of {repeat})")
    print(f"  jieba cut (baseline)      {chars / t_jieba:>12,.0f} chars/s")
    print(f"  jieba posseg (our tokens) {chars / t_pos:>12,.0f} chars/s   {t_pos / t_jieba:5.1f}x baseline time")
    print(f"  pipeline (all extractors) {chars / t_pipe:>12,.0f} chars/s   {t_pipe / t_jieba:5.1f}x baseline time")
    print(f"  whole build               {chars / t_build:>12,.0f} chars/s   {t_build:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(f"start-up (fresh process, import + one sentence): {startup(args.repeat):.2f} s")
    measure("seeds", sorted((ROOT / "seeds").glob("*.txt")), args.repeat)
    corpus = Path(args.corpus)
    files = sorted(corpus.rglob("*.txt"))[: args.articles] if corpus.exists() else []
    if files:
        measure(f"corpus ({corpus})", files, max(1, args.repeat // 2))
    else:
        print(f"\ncorpus: {corpus} not present; corpus figures skipped")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
