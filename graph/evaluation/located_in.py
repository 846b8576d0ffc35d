"""Scores for company recognition, park recognition and located-in pairs (``tests/devset/located_in.jsonl``).

A gold name matches an entity when it is the entity's label or one of its aliases
(株洲经开区 matches the park labelled 株洲经济技术开发区).  An entity counts for a
document when the document is among its sources; a located-in fact when one of its
evidence sentences is in the document.  Containment the model adds from the
gazetteer (``source="gazetteer"``) is not scored: only facts read from text.

``located_in.with_containment`` is the located-in score as a transitive query over the
output reads it (``tp:locatedIn+``): a company placed in a park is also in the park's
county and city.  Such implied pairs count only when they match a gold pair; a predicted
pair that implies a gold pair (a company placed in a township of the gold county: more
specific, not wrong) counts as that gold pair rather than as a false positive.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Entity, KnowledgeGraph
from .core import Score, above, containers, doc_id_of

SCORES = ("companies", "parks", "located_in", "with_containment")


def _match_names(gold: Iterable[str], entities: Iterable[Entity]) -> set[str]:
    """Each predicted entity as the gold name it matches (one gold name per entity), else its label."""
    remaining = sorted(set(gold))
    out: set[str] = set()
    for ent in sorted(entities, key=lambda e: e.id):
        names = ent.names()
        hit = next((g for g in remaining if g in names), None)
        if hit is not None:
            remaining.remove(hit)
            out.add(hit)
        else:
            out.add(f"{ent.label} [{ent.kind}]")
    return out


def _doc_entities(kg: KnowledgeGraph, doc_id: str, kind: str) -> list[Entity]:
    return [e for e in kg.entities.values() if e.kind == kind and doc_id in e.docs]


def _pairs(kg: KnowledgeGraph, doc_id: str, gold: list[dict], min_confidence: float) -> dict[tuple, tuple[str, str]]:
    """Each located-in fact read from the document (by its entity keys) as the gold pair it matches,
    else its labels."""
    wanted = [(g["subject"], g["container"]) for g in gold]
    out: dict[tuple, tuple[str, str]] = {}
    for (subject, container), fact in sorted(kg.located_in.items()):
        if fact.source != "text" or doc_id not in fact.docs or fact.confidence < min_confidence:
            continue
        if subject[0] not in ("company", "park"):
            continue
        s_ent, c_ent = kg.entities.get(subject), kg.entities.get(container)
        if s_ent is None or c_ent is None:
            continue
        s_names, c_names = s_ent.names(), c_ent.names()
        hit = next(((s, c) for s, c in wanted if s in s_names and c in c_names), None)
        out[(subject, container)] = hit if hit is not None else (s_ent.label, c_ent.label)
    return out


def _contained(kg: KnowledgeGraph, found: dict[tuple, tuple[str, str]], gold: list[dict], parents: dict) -> set:
    """The pairs as a transitive query reads them: a pair whose container lies inside a gold pair's
    container (a company placed in a township of the gold county) stands for that gold pair."""
    wanted = {(g["subject"], g["container"]) for g in gold}
    out: set[tuple[str, str]] = set()
    for (subject, container), pair in found.items():
        names = kg.entities[subject].names()
        implied = set()
        for up in above(parents, container, stop=subject):
            ent = kg.entities.get(up)
            c_names = ent.names() if ent is not None else set()
            implied |= {(s, c) for s, c in wanted if s in names and c in c_names}
        out |= implied
        if pair in wanted or not implied:
            out.add(pair)
    return out


def evaluate(gold: list[dict], kg: KnowledgeGraph, min_confidence: float = 0.0) -> list[Score]:
    """Precision/recall of companies, parks and located-in pairs over the gold documents."""
    scores = {name: Score(f"located_in.{name}") for name in SCORES}
    parents = containers(kg, ("park", "place"))
    for rec in gold:
        for field in ("doc", "companies", "parks", "located_in"):
            if field not in rec:
                raise ValueError(f"gold record {rec.get('doc', rec)!r} lacks {field!r}; "
                                 f"fields: doc, companies, parks, located_in")
        doc_id = doc_id_of(rec["doc"])
        label = doc_id
        scores["companies"].add(set(rec["companies"]),
                                _match_names(rec["companies"], _doc_entities(kg, doc_id, "company")), label)
        scores["parks"].add(set(rec["parks"]), _match_names(rec["parks"], _doc_entities(kg, doc_id, "park")), label)
        gold_pairs = {(g["subject"], g["container"]) for g in rec["located_in"]}
        found = _pairs(kg, doc_id, rec["located_in"], min_confidence)
        scores["located_in"].add(gold_pairs, set(found.values()), label)
        scores["with_containment"].add(gold_pairs, _contained(kg, found, rec["located_in"], parents), label)
    return [scores[name] for name in SCORES]
