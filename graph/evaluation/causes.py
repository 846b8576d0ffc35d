"""Why gold visits were missed: each miss of the ``visits, administrative places`` score put in one class.

The classes, tried in this order:

* ``wrong year`` — the visitor and the place were linked, with another year (or none);
* ``visitor not recognised`` — no person mention of the document bears the visitor's name;
* ``place not recognised`` — no place mention bears the place's name (often a place the article
  implies and never writes: the country of a foreign guest, the province of a city);
* ``same sentence`` / ``adjacent sentences`` / ``farther apart`` — both were recognised; the
  nearest mentions of the two stand that many sentences apart, and no rule linked them.

A name counts for a mention when it is the mention's name or text or a name of the graph entity the
mention resolved to (its label and aliases).  The classes sum to the score's misses.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..model import KnowledgeGraph
from ..types import Analysis, Mention
from .core import doc_id_of
from .visits import _facts_by_doc, _gold_triples, _predicted

CAUSES = ("wrong year", "visitor not recognised", "place not recognised",
          "same sentence", "adjacent sentences", "farther apart")


def _names(kg: KnowledgeGraph) -> dict[tuple[str, str], dict[str, set[str]]]:
    """For each (document, kind): each name of the document's entities of that kind → all names of
    its entity."""
    out: dict[tuple[str, str], dict[str, set[str]]] = {}
    for ent in kg.entities.values():
        names = ent.names()
        for doc in ent.docs:
            by_name = out.setdefault((doc, ent.kind), {})
            for name in names:
                by_name.setdefault(name, set()).update(names)
    return out


def _occurrences(mentions: Iterable[Mention], name: str, names: dict[str, set[str]]) -> list[Mention]:
    wanted = names.get(name, set()) | {name}
    return [m for m in mentions if m.name in wanted or m.text in wanted]


def miss_causes(gold: list[dict], kg: KnowledgeGraph, analyses: dict[str, Analysis]) -> Counter[str]:
    """The missed administrative gold visits of ``gold`` counted by cause (see the module docstring)."""
    by_doc = _facts_by_doc(kg)
    names = _names(kg)
    causes: Counter[str] = Counter()
    for rec in gold:
        doc = doc_id_of(rec["doc"])
        analysis = analyses.get(doc)
        if analysis is None:
            continue
        triples = _gold_triples(rec)
        facts = by_doc.get(doc, [])
        found = {t for t, admin in _predicted(kg, facts, triples) if admin}
        linked: set[tuple[str, str]] = set()       # (visitor name, place name) of every visit found
        for f in facts:
            visitor, place = kg.entities.get(f.visitor), kg.entities.get(f.place)
            for v in (visitor.names() if visitor else {f.visitor[1]}):
                linked.update((v, p) for p in (place.names() if place else {f.place[1]}))
        persons = names.get((doc, "person"), {})
        places = names.get((doc, "place"), {})
        for (visitor, place, year), admin in triples:
            if not admin or (visitor, place, year) in found:
                continue
            causes[_cause(analysis, visitor, place, linked, persons, places)] += 1
    return causes


def _cause(analysis: Analysis, visitor: str, place: str, linked: set[tuple[str, str]],
           persons: dict[str, set[str]], places: dict[str, set[str]]) -> str:
    if (visitor, place) in linked:
        return "wrong year"
    who = _occurrences((m for m in analysis.mentions if m.kind == "person"), visitor, persons)
    if not who:
        return "visitor not recognised"
    where = _occurrences((m for m in analysis.mentions if m.kind == "place"), place, places)
    if not where:
        return "place not recognised"
    gap = min(abs(analysis.sentence_at(a.start).index - analysis.sentence_at(b.start).index)
              for a in who for b in where)
    return "same sentence" if gap == 0 else "adjacent sentences" if gap == 1 else "farther apart"
