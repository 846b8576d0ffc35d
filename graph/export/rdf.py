"""KnowledgeGraph → RDF (rdflib) → Turtle, following ``ontology/tupu.ttl``.

* Every entity: its class (plus the explicit super-class for parks and companies),
  ``rdfs:label "…"@zh``, ``tp:alias`` for every other name, ``tp:key``, ``tp:level`` /
  ``tp:adminCode`` for places, ``tp:mentionCount`` and ``tp:mentionedIn``.
* Every visit: a ``tp:Visit`` node with visitor, place, year, dates, role, confidence and
  one ``tp:evidence`` per evidence span.
* Every located-in fact: the plain triple ``?s tp:locatedIn ?c``; a fact read from text is
  also described by a ``tp:LocatedInStatement`` node (gazetteer facts are not).
* ``tp:Evidence`` nodes are shared by the facts read from the same span.

No blank nodes are used and rdflib's Turtle serializer sorts subjects, predicates and
objects, so the same graph always serialises to the same bytes.
"""
from __future__ import annotations

import datetime as dt
import os

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from .. import iris
from ..atomic import atomic_write_bytes
from ..model import KnowledgeGraph
from ..ontology import ADMIN_CODE, ISO_CODE, KIND_CLASS, KIND_SUPERCLASSES, SCHEMA, TP
from ..types import Evidence

#: Prefixes bound in every exported graph (Turtle prefix → namespace).
PREFIXES: dict[str, str] = {
    "tp": iris.ONTOLOGY,
    "tpid": iris.ID,
    "person": f"{iris.ID}person/",
    "place": f"{iris.ID}place/",
    "park": f"{iris.ID}park/",
    "company": f"{iris.ID}company/",
    "org": f"{iris.ID}org/",
    "doc": f"{iris.ID}doc/",
    "visit": f"{iris.ID}visit/",
    "evidence": f"{iris.ID}evidence/",
    "li": f"{iris.ID}located-in/",
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}


def _new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns), override=True, replace=True)
    g.bind("rdf", RDF)
    return g


def decimal_literal(value: float) -> Literal:
    """A short, stable ``xsd:decimal`` for a confidence (3 decimals at most: 0.9, 1.0, 0.125)."""
    text = f"{round(float(value), 3):.3f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def year_literal(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def date_literal(day: dt.date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


def entity_ref(eid: tuple[str, str]) -> URIRef:
    return iris.entity_iri(*eid)


def _add_evidence(g: Graph, ev: Evidence) -> URIRef:
    node = iris.evidence_iri(ev.doc_id, ev.start, ev.end)
    g.add((node, RDF.type, TP.Evidence))
    g.add((node, TP.document, iris.document_iri(ev.doc_id)))
    g.add((node, TP.sentence, Literal(ev.sentence)))
    g.add((node, TP.sentenceIndex, Literal(ev.sentence_index)))
    g.add((node, TP.sentenceStart, Literal(ev.sentence_start)))
    g.add((node, TP.sentenceEnd, Literal(ev.sentence_end)))
    g.add((node, TP.start, Literal(ev.start)))
    g.add((node, TP.end, Literal(ev.end)))
    return node


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The knowledge graph as an rdflib ``Graph`` (data only; the ontology is ``ontology/tupu.ttl``)."""
    g = _new_graph()
    doc_ids: set[str] = set(kg.documents)

    for ent in kg.sorted_entities():
        if ent.kind not in KIND_CLASS:
            continue
        node = entity_ref(ent.id)
        g.add((node, RDF.type, KIND_CLASS[ent.kind]))
        for sup in KIND_SUPERCLASSES.get(ent.kind, ()):
            g.add((node, RDF.type, sup))
        g.add((node, RDFS.label, Literal(ent.label, lang="zh")))
        for alias in sorted(ent.aliases - {ent.label}):
            if alias:
                g.add((node, TP.alias, Literal(alias, lang="zh")))
        g.add((node, TP.key, Literal(ent.key)))
        if ent.kind == "place":
            if ent.attrs.get("level"):
                g.add((node, TP.level, Literal(ent.attrs["level"])))
            code = ent.attrs.get("code", "")
            if ADMIN_CODE.match(code):
                g.add((node, TP.adminCode, Literal(code)))
            elif ISO_CODE.match(code):
                g.add((node, TP.isoCode, Literal(code)))
        g.add((node, TP.mentionCount, Literal(int(ent.mentions))))
        for doc_id in sorted(ent.docs):
            g.add((node, TP.mentionedIn, iris.document_iri(doc_id)))
            doc_ids.add(doc_id)

    for vid in sorted(kg.visits):
        v = kg.visits[vid]
        node = iris.visit_iri(v.id)
        g.add((node, RDF.type, TP.Visit))
        visitor, place = kg.entities.get(v.visitor), kg.entities.get(v.place)
        label = f"{visitor.label if visitor else v.visitor[1]} → {place.label if place else v.place[1]}"
        g.add((node, RDFS.label, Literal(f"{label} ({v.year})" if v.year else label, lang="zh")))
        g.add((node, TP.visitor, entity_ref(v.visitor)))
        g.add((node, TP.place, entity_ref(v.place)))
        if v.year is not None:
            g.add((node, TP.year, year_literal(v.year)))
        if v.start_date is not None:
            g.add((node, TP.startDate, date_literal(v.start_date)))
        if v.end_date is not None:
            g.add((node, TP.endDate, date_literal(v.end_date)))
        g.add((node, TP.role, Literal(v.role)))
        g.add((node, TP.confidence, decimal_literal(v.confidence)))
        for ev in v.evidence:
            g.add((node, TP.evidence, _add_evidence(g, ev)))
            doc_ids.add(ev.doc_id)

    for pair in sorted(kg.located_in):
        f = kg.located_in[pair]
        subj, cont = entity_ref(f.subject), entity_ref(f.container)
        g.add((subj, TP.locatedIn, cont))
        if f.source == "gazetteer":
            continue
        node = iris.located_in_iri(f.subject, f.container)
        g.add((node, RDF.type, TP.LocatedInStatement))
        g.add((node, TP.locatedEntity, subj))
        g.add((node, TP.container, cont))
        g.add((node, TP.confidence, decimal_literal(f.confidence)))
        for ev in f.evidence:
            g.add((node, TP.evidence, _add_evidence(g, ev)))
            doc_ids.add(ev.doc_id)

    for doc_id in sorted(doc_ids):
        node = iris.document_iri(doc_id)
        g.add((node, RDF.type, TP.Document))
        g.add((node, RDFS.label, Literal(doc_id)))
        doc = kg.documents.get(doc_id)
        if doc is not None:
            g.add((node, TP.sourcePath, Literal(doc.path)))
            if doc.date is not None:
                g.add((node, TP.date, date_literal(doc.date)))
    return g


def to_turtle(kg: KnowledgeGraph) -> bytes:
    """Turtle bytes (UTF-8), identical across runs for the same graph."""
    data = to_rdf(kg).serialize(format="turtle", encoding="utf-8")
    return data if data.endswith(b"\n") else data + b"\n"


def write_turtle(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> None:
    """Write ``kg`` as Turtle to ``path`` (atomically)."""
    atomic_write_bytes(path, to_turtle(kg))
