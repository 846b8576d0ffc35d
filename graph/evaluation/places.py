"""Place recognition and resolution against ``tests/devset/places.jsonl``.

Gold: ``{"doc": …, "places": [{"text", "start", "end", "key"}], "upto": <offset, optional>}``;
``key`` null means "a place that cannot be resolved" (an ``unresolved:`` key is then correct).
With ``upto`` only mentions starting before that offset are annotated, so only those are scored.

Scores: recognition by exact span, recognition by overlapping span (one-to-one), and
resolution accuracy over exactly matched spans (reported as ``tp`` = correct key,
``fp`` = wrong key, so its precision is the accuracy).
"""
from __future__ import annotations

from ..types import Analysis, Mention
from .core import Score, doc_id_of


def _predicted(analysis: Analysis, upto: int | None) -> list[Mention]:
    return [m for m in analysis.mentions
            if m.kind == "place" and (upto is None or m.start < upto)]


def _key_ok(gold_key: str | None, key: str) -> bool:
    return key.startswith("unresolved:") if gold_key is None else key == gold_key


def _overlap_pairs(gold: list[dict], pred: list[Mention]) -> int:
    """One-to-one matches between overlapping spans, in text order."""
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, m in enumerate(pred):
            if i not in used and m.start < g["end"] and g["start"] < m.end:
                used.add(i)
                matched += 1
                break
    return matched


def evaluate(gold: list[dict], analyses: dict[str, Analysis]) -> list[Score]:
    exact, overlap = Score("recognition (exact span)"), Score("recognition (overlap)")
    resolution = Score("resolution (accuracy)")
    for record in gold:
        doc_id = doc_id_of(record["doc"])
        analysis = analyses.get(doc_id)
        if analysis is None:
            exact.notes.append(f"{doc_id}: not analysed")
            continue
        upto = record.get("upto")
        places = sorted(record["places"], key=lambda p: (p["start"], p["end"]))
        pred = _predicted(analysis, upto)
        gold_spans = {(p["start"], p["end"], p["text"]) for p in places}
        pred_spans = {(m.start, m.end, m.text) for m in pred}
        exact.add(gold_spans, pred_spans, doc_id)
        hits = _overlap_pairs(places, pred)
        overlap.tp += hits
        overlap.fp += len(pred) - hits
        overlap.fn += len(places) - hits
        by_span = {(m.start, m.end): m for m in pred}
        for p in places:
            m = by_span.get((p["start"], p["end"]))
            if m is None:
                continue
            if _key_ok(p.get("key"), m.key):
                resolution.tp += 1
            else:
                resolution.fp += 1
                resolution.notes.append(f"{doc_id}: {p['text']}@{p['start']} gold {p.get('key')} got {m.key}")
    return [exact, overlap, resolution]
