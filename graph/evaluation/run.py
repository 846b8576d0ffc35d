"""``tupu eval``: build the annotated documents once and score every relation."""
from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import build
from ..types import DEFAULT_MIN_CONFIDENCE
from .core import Score, doc_id_of, load_gold, locate

# gold file stem -> (evaluation module, what its evaluate() takes besides the gold records)
RELATIONS = {
    "places": ("graph.evaluation.places", "analyses"),
    "visits": ("graph.evaluation.visits", "kg"),
    "located_in": ("graph.evaluation.located_in", "kg"),
}


@dataclass
class EvalReport:
    rows: list[tuple[str, str, Score]] = field(default_factory=list)   # (relation, split, score)
    missing: list[str] = field(default_factory=list)                    # gold documents not found
    causes: list[tuple[str, Counter]] = field(default_factory=list)     # (split, missed visits by cause)


# the lists of gold facts in each relation's records
FACT_LISTS = ("visits", "located_in")


def annotated(record: dict) -> dict:
    """The record without the facts added by adjudication (``"adjudicated": true``): those an
    annotator, shown a prediction the first annotation lacked, judged true of the article."""
    return {k: [f for f in v if not f.get("adjudicated")] if k in FACT_LISTS else v for k, v in record.items()}


def in_batches(record: dict, batches: tuple[int, int] | None) -> bool:
    """Whether ``record`` is a held-out record of a batch in the range ``batches`` (first, last); every
    record when no range is given."""
    if batches is None:
        return True
    batch = record.get("heldout_batch")
    return bool(record.get("heldout")) and isinstance(batch, int) and batches[0] <= batch <= batches[1]


def parse_batches(value: str) -> tuple[int, int]:
    """``92-95`` or ``92`` -> (first, last); ``ValueError`` names the bad value."""
    parts = value.split("-")
    if len(parts) in (1, 2) and all(p.strip().isdigit() for p in parts):
        first, last = int(parts[0]), int(parts[-1])
        if first <= last:
            return first, last
    raise ValueError(f"bad batch range {value!r}; write one batch (92) or a range (92-95)")


def evaluate_devset(devset: Path, root: Path, corpus: Path, relations: list[str] | None = None,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, annotated_only: bool = False,
                    batches: tuple[int, int] | None = None, causes: bool = False) -> EvalReport:
    """Score every relation's gold file in ``devset``; ``batches`` keeps only the held-out records of
    those annotation batches (each relation numbers its own batches); ``causes`` also counts the
    missed visits by cause (:mod:`graph.evaluation.causes`)."""
    report = EvalReport()
    golds: dict[str, list[dict]] = {}
    for name in relations or list(RELATIONS):
        if name not in RELATIONS:
            raise ValueError(f"unknown relation {name!r}; valid: {', '.join(RELATIONS)}")
        path = devset / f"{name}.jsonl"
        if path.exists():
            records = [r for r in load_gold(path) if in_batches(r, batches)]
            golds[name] = [annotated(r) for r in records] if annotated_only else records
    paths: dict[str, Path] = {}
    for records in golds.values():
        for rec in records:
            path = locate(rec["doc"], root, corpus)
            if path.exists():
                paths[rec["doc"]] = path
            elif rec["doc"] not in report.missing:
                report.missing.append(rec["doc"])
    # the graph with every located-in fact; located-in is scored as built (with the threshold
    # ``tupu build`` uses by default) and with all facts
    result = build(sorted(paths.values()), min_confidence=0.0)
    for name, records in golds.items():
        module = importlib.import_module(RELATIONS[name][0])
        source = result.analyses if RELATIONS[name][1] == "analyses" else result.kg
        present = [r for r in records if r["doc"] in paths and doc_id_of(r["doc"]) in result.analyses]
        for split, subset in (("dev", [r for r in present if not r.get("heldout")]),
                              ("held-out", [r for r in present if r.get("heldout")])):
            if not subset:
                continue
            if name == "located_in":
                built = module.evaluate(subset, source, min_confidence=min_confidence)
                every = module.evaluate(subset, source, min_confidence=0.0)
                for score in built:
                    report.rows.append((name, split, score))
                for score in (s for s in every if s.name.endswith(("located_in", "with_containment"))):
                    # the pairs again, weak facts included
                    score.name += " (all confidences)"
                    report.rows.append((name, split, score))
            else:
                for score in module.evaluate(subset, source):
                    report.rows.append((name, split, score))
            if name == "visits" and causes:
                from .causes import miss_causes
                report.causes.append((split, miss_causes(subset, result.kg, result.analyses)))
    return report
