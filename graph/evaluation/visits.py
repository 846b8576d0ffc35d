"""Visits against ``tests/devset/visits.jsonl``: per document, sets of (visitor, place, year).

Gold: ``{"doc": …, "visits": [{"visitor", "place", "year", "role"?, "admin"?, "note"?}], "heldout"?: true}``.
A gold name matches a predicted entity when it equals the entity's label or one of its
aliases; years must be equal (``null`` matches only a visit without a year).  Roles are
not compared (a companion is a visitor too).

Scores:

* ``visits (visitor, place, year)`` — every gold visit;
* ``visits, administrative places`` — only places that are administrative units or
  countries: gold visits not marked ``"admin": false`` (villages, regions, sites), and
  predicted visits to such places (matched to an administrative gold visit, or with a
  ``cn:``/``geo:`` key when unmatched);
* ``visits, with containment`` — as the first, but a predicted visit also stands for the
  visits to the places containing its place in the graph (``tp:locatedIn+``: a visit to a
  village is one to its township, county, city and province), as a SPARQL query over the
  output would read it.  Such implied visits count only when they match a gold visit; a
  predicted visit that implies a gold one and is not gold itself (a township of the gold
  county: more specific, not wrong) counts as the gold visits it implies, not as a false
  positive;
* ``visits, administrative places, with containment`` — the second score read the same way:
  the product records the most specific place of a visit and its containment, so a visit to
  a township answers for its county, city and province.
"""
from __future__ import annotations

from ..model import KnowledgeGraph, VisitFact
from .core import Score, above, containers, doc_id_of

Triple = tuple[str, str, "int | None"]
ADMIN_KEY_PREFIXES = ("cn:", "geo:")


def _gold_triples(rec: dict) -> list[tuple[Triple, bool]]:
    out = []
    for v in rec.get("visits", []):
        missing = [k for k in ("visitor", "place", "year") if k not in v]
        if missing:
            raise ValueError(f"{rec.get('doc')}: gold visit {v} lacks {', '.join(missing)}; "
                             "each visit needs visitor, place and year (null when unknown)")
        out.append(((v["visitor"], v["place"], v["year"]), bool(v.get("admin", True))))
    return out


def _facts_by_doc(kg: KnowledgeGraph) -> dict[str, list[VisitFact]]:
    by_doc: dict[str, list[VisitFact]] = {}
    for fact in kg.visits.values():
        for doc in fact.docs:
            by_doc.setdefault(doc, []).append(fact)
    return by_doc


def _predicted(kg: KnowledgeGraph, facts: list[VisitFact],
               gold: list[tuple[Triple, bool]]) -> list[tuple[Triple, bool]]:
    """Each predicted fact as a triple: the gold triple it matches, else its entity labels."""
    out = []
    for f in facts:
        visitor, place = kg.entities.get(f.visitor), kg.entities.get(f.place)
        vnames = visitor.names() if visitor else {f.visitor[1]}
        pnames = place.names() if place else {f.place[1]}
        match = next(((t, a) for t, a in gold if t[0] in vnames and t[1] in pnames and t[2] == f.year), None)
        if match is not None:
            out.append(match)
        else:
            label_v = visitor.label if visitor else f.visitor[1]
            label_p = place.label if place else f.place[1]
            out.append(((label_v, label_p, f.year), f.place[1].startswith(ADMIN_KEY_PREFIXES)))
    return out


def _contained(kg: KnowledgeGraph, facts: list[VisitFact], gold: list[tuple[Triple, bool]],
               predicted: list[tuple[Triple, bool]], parents: dict) -> list[tuple[Triple, bool]]:
    """The predicted visits as a transitive query reads them: each also stands for the gold visits
    to places containing its place (same visitor and year); one that implies a gold visit and is
    not gold itself (a township of the gold county: more specific, not wrong) counts as those only."""
    wanted = {t for t, _ in gold}
    out: list[tuple[Triple, bool]] = []
    for f, (triple, admin) in zip(facts, predicted):
        visitor = kg.entities.get(f.visitor)
        vnames = visitor.names() if visitor else {f.visitor[1]}
        implied = []
        for up in above(parents, f.place):
            ent = kg.entities.get(up)
            names = ent.names() if ent else {up[1]}
            implied += [(t, a) for t, a in gold if t[0] in vnames and t[1] in names and t[2] == f.year]
        out += implied
        if triple in wanted or not implied:
            out.append((triple, admin))
    return out


def evaluate(gold: list[dict], kg: KnowledgeGraph) -> list[Score]:
    every = Score("visits (visitor, place, year)")
    admin = Score("visits, administrative places")
    contained = Score("visits, with containment")
    admin_contained = Score("visits, administrative places, with containment")
    by_doc = _facts_by_doc(kg)
    parents = containers(kg, ("place",), ("place",))
    for rec in gold:
        doc = doc_id_of(rec["doc"])
        g = _gold_triples(rec)
        p = _predicted(kg, by_doc.get(doc, []), g)
        every.add({t for t, _ in g}, {t for t, _ in p}, doc)
        admin.add({t for t, a in g if a}, {t for t, a in p if a}, doc)
        c = _contained(kg, by_doc.get(doc, []), g, p, parents)
        contained.add({t for t, _ in g}, {t for t, _ in c}, doc)
        admin_contained.add({t for t, a in g if a}, {t for t, a in c if a}, doc)
    return [every, admin, contained, admin_contained]
