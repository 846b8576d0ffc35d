"""The ``tupu`` command: a thin layer that parses arguments, calls the library and reports."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .errors import TupuError
from .types import DEFAULT_MIN_CONFIDENCE

EPILOG = "Examples:\n  tupu build seeds\n  tupu query @visits_by_person_year\n  tupu eval"


def _progress(stream):
    interactive = stream.isatty()
    last = [0.0]

    def report(done: int, total: int | None, path: str) -> None:
        now = time.monotonic()
        if interactive or now - last[0] >= 2.0 or done == total:
            last[0] = now
            of = f"/{total}" if total else ""
            end = "\r" if interactive and done != total else "\n"
            print(f"tupu: [{done}{of}] {path}"[:120].ljust(60 if interactive else 0), end=end, file=stream, flush=True)
    return report


def cmd_build(args: argparse.Namespace) -> int:
    from .documents import iter_files
    from .outputs import check_writable, write_outputs
    from .pipeline import build

    out = Path(args.out)
    check_writable(out)
    total = sum(1 for _ in iter_files(args.inputs))
    tick = _progress(sys.stderr) if not args.quiet else None
    progress = (lambda done, _t, path: tick(done, total, path)) if tick else None
    result = build(args.inputs, strict=args.strict, progress=progress, min_confidence=args.min_confidence)
    paths = write_outputs(result, out)
    if not args.quiet:
        print(summary(result, paths), file=sys.stderr)
    return 0


def summary(result, paths: dict[str, Path]) -> str:
    kg = result.kg
    classes: dict[str, int] = {}
    for e in kg.entities.values():
        classes[e.kind] = classes.get(e.kind, 0) + 1
    text_li = sum(1 for f in kg.located_in.values() if f.source == "text")
    speed = result.characters / result.seconds if result.seconds else 0
    lines = [
        f"tupu: built {len(result.analyses)} document(s), {result.characters:,} characters "
        f"in {result.seconds:.1f} s ({speed:,.0f} chars/s)",
        "  entities: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())),
        f"  facts: visits {len(kg.visits)}, located-in {text_li} (+ administrative containment "
        f"{len(kg.located_in) - text_li})",
    ]
    if result.skipped:
        lines.append(f"  skipped {len(result.skipped)} file(s):")
        lines.extend(f"    {s.path}: {s.reason}" for s in result.skipped[:10])
        if len(result.skipped) > 10:
            lines.append(f"    … {len(result.skipped) - 10} more in report.json")
    lines.append("  wrote: " + ", ".join(str(p) for p in paths.values()))
    return "\n".join(lines)


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_result, load_query_text, run_query

    result = run_query(load_query_text(args.query), Path(args.graph))
    sys.stdout.write(format_result(result, args.format))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    report_path = Path(args.out) / "report.json"
    if not report_path.exists():
        raise TupuError(f"{report_path}: no such file; run `tupu build INPUT --out {args.out}` first")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    print(json.dumps({"totals": report["totals"], "analytics": report["analytics"]},
                     ensure_ascii=False, indent=2))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation.run import evaluate_devset

    report = evaluate_devset(Path(args.devset), Path(args.root), Path(args.corpus), args.relation or None,
                             min_confidence=args.min_confidence, annotated_only=args.annotated_only,
                             batches=args.batches, causes=args.causes)
    width = max([28] + [len(s.name) for _, _, s in report.rows])
    print(f"{'relation':<12} {'split':<9} {'measure':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for relation, split, s in report.rows:
        print(f"{relation:<12} {split:<9} {s.name:<{width}} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
              f"{s.tp:5d} {s.fp:5d} {s.fn:5d}")
        if args.verbose:
            for note in s.notes:
                print(f"    {note}")
    if report.causes:
        from .evaluation.causes import CAUSES
        for split, counts in report.causes:
            total = sum(counts.values())
            print(f"\nvisits {split}: {total} missed (administrative places), by cause")
            for cause in CAUSES:
                share = counts[cause] / total if total else 0.0
                print(f"  {cause:<24} {counts[cause]:5d}  {share:6.1%}")
    if report.missing:
        print(f"note: {len(report.missing)} annotated document(s) not found and not scored "
              f"(corpus directory {args.corpus} absent?): " + ", ".join(report.missing[:5]), file=sys.stderr)
    return 0


def _batches(value: str) -> tuple[int, int]:
    from .evaluation.run import parse_batches
    try:
        return parse_batches(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _confidence(value: str) -> float:
    try:
        c = float(value)
    except ValueError:
        c = -1.0
    if not 0.0 <= c <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a confidence; give a number from 0 to 1, e.g. 0.6")
    return c


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tupu", description="Build a knowledge graph from Chinese news articles.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="read articles and write graph.ttl, graph.html, neo4j/ and report.json")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article .txt files or folders of them")
    b.add_argument("--out", default="out", help="output directory (default: out)")
    b.add_argument("--strict", action="store_true", help="stop at the first unreadable file instead of skipping it")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    b.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="C",
                   help="leave out located-in facts below this confidence, 0..1 (default: %(default)s; "
                        "0 keeps the weak ones a passage or the whole article suggests)")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run SPARQL over a built graph")
    q.add_argument("query", help="SPARQL text, @file.rq, or @NAME of a shipped query (e.g. @visits_by_person_year)")
    q.add_argument("--graph", default="out/graph.ttl", help="Turtle file (default: out/graph.ttl)")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("stats", help="print counts, top entities and components of the last build")
    s.add_argument("--out", default="out", help="build output directory (default: out)")
    s.set_defaults(func=cmd_stats)

    e = sub.add_parser("eval", help="precision/recall/F1 per relation on the annotated development set")
    e.add_argument("--devset", default="tests/devset", help="folder of gold *.jsonl files (default: tests/devset)")
    e.add_argument("--root", default=".", help="folder that gold 'doc' paths are relative to (default: .)")
    e.add_argument("--corpus", default="../shared/corpus", help="folder for 'corpus:' documents (default: ../shared/corpus)")
    e.add_argument("--relation", action="append", help="score only this relation (places, visits, located_in)")
    e.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    e.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE, metavar="C",
                   help="score the graph built with this located-in threshold (default: %(default)s)")
    e.add_argument("--annotated-only", action="store_true",
                   help="leave out gold facts added by adjudicating predictions (\"adjudicated\": true)")
    e.add_argument("--causes", action="store_true",
                   help="count the missed visits by cause: wrong year, visitor or place not recognised, "
                        "both in the same, adjacent or farther sentences")
    e.add_argument("--batches", type=_batches, metavar="N[-M]",
                   help="score only the held-out records of these annotation batches (each relation numbers "
                        "its own), e.g. the rounds annotated last: --relation visits --batches 92-95")
    e.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except TupuError as e:
        print(f"tupu: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tupu: interrupted; existing outputs were left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
