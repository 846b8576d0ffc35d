"""KnowledgeGraph → RDF triples → Turtle (or an rdflib ``Graph``), following ``ontology/tupu.ttl``.

* Every entity: its class (plus the explicit super-class for parks and companies),
  ``rdfs:label "…"@zh``, ``tp:alias`` for every other name, ``tp:key``, ``tp:level`` and
  ``tp:adminCode`` / ``tp:isoCode`` for places, ``tp:mentionCount`` and ``tp:mentionedIn``.
* Every visit: a ``tp:Visit`` node with visitor, place, year, dates, role, confidence and
  one ``tp:evidence`` per evidence span.
* Every located-in fact: the plain triple ``?s tp:locatedIn ?c``; a fact read from text is
  also described by a ``tp:LocatedInStatement`` node (gazetteer facts are not).
* ``tp:Evidence`` nodes are shared by the facts read from the same span.

No blank nodes are used and rdflib's Turtle serializer sorts everything, so the same graph
always serialises to the same bytes.
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
from .terms import XSD_DECIMAL, XSD_INTEGER, Lit, Term, Triple

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
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}
_RDF_TYPE, _LABEL = str(RDF.type), str(RDFS.label)


def decimal_literal(value: float) -> Lit:
    """A short, stable ``xsd:decimal`` for a confidence (3 decimals at most: 0.9, 1.0, 0.125)."""
    text = f"{round(float(value), 3):.3f}".rstrip("0")
    return Lit(text + "0" if text.endswith(".") else text, XSD_DECIMAL)


def int_literal(value: int) -> Lit:
    return Lit(str(int(value)), XSD_INTEGER)


def year_literal(year: int) -> Lit:
    return Lit(f"{year:04d}", str(XSD.gYear))


def date_literal(day: dt.date) -> Lit:
    return Lit(day.isoformat(), str(XSD.date))


def zh(text: str) -> Lit:
    return Lit(text, lang="zh")


class _Triples:
    """Collects triples as plain strings and :class:`Lit`; entity IRIs are computed once."""

    def __init__(self) -> None:
        self.triples: set[Triple] = set()
        self._iris: dict[tuple[str, str], str] = {}

    def add(self, s: str, p: str, o: Term) -> None:
        self.triples.add((str(s), str(p), o if isinstance(o, Lit) else str(o)))

    def entity(self, eid: tuple[str, str]) -> str:
        iri = self._iris.get(eid)
        if iri is None:
            iri = self._iris[eid] = str(iris.entity_iri(*eid))
        return iri

    def evidence(self, ev: Evidence) -> str:
        node = str(iris.evidence_iri(ev.doc_id, ev.start, ev.end))
        self.add(node, _RDF_TYPE, TP.Evidence)
        self.add(node, TP.document, iris.document_iri(ev.doc_id))
        self.add(node, TP.sentence, Lit(ev.sentence))
        self.add(node, TP.sentenceIndex, int_literal(ev.sentence_index))
        self.add(node, TP.sentenceStart, int_literal(ev.sentence_start))
        self.add(node, TP.sentenceEnd, int_literal(ev.sentence_end))
        self.add(node, TP.start, int_literal(ev.start))
        self.add(node, TP.end, int_literal(ev.end))
        return node


def triples(kg: KnowledgeGraph) -> set[Triple]:
    """Every triple of the exported graph (IRIs as ``str``, literals as :class:`Lit`)."""
    out = _Triples()
    add = out.add
    doc_ids: set[str] = set(kg.documents)

    for ent in kg.sorted_entities():
        if ent.kind not in KIND_CLASS:
            continue
        node = out.entity(ent.id)
        add(node, _RDF_TYPE, KIND_CLASS[ent.kind])
        for sup in KIND_SUPERCLASSES.get(ent.kind, ()):
            add(node, _RDF_TYPE, sup)
        add(node, _LABEL, zh(ent.label))
        for alias in ent.aliases - {ent.label, ""}:
            add(node, TP.alias, zh(alias))
        add(node, TP.key, Lit(ent.key))
        if ent.kind == "place":
            if ent.attrs.get("level"):
                add(node, TP.level, Lit(ent.attrs["level"]))
            code = ent.attrs.get("code", "")
            if ADMIN_CODE.match(code):
                add(node, TP.adminCode, Lit(code))
            elif ISO_CODE.match(code):
                add(node, TP.isoCode, Lit(code))
        add(node, TP.mentionCount, int_literal(ent.mentions))
        for doc_id in ent.docs:
            add(node, TP.mentionedIn, iris.document_iri(doc_id))
            doc_ids.add(doc_id)

    for v in kg.visits.values():
        node = str(iris.visit_iri(v.id))
        add(node, _RDF_TYPE, TP.Visit)
        visitor, place = kg.entities.get(v.visitor), kg.entities.get(v.place)
        label = f"{visitor.label if visitor else v.visitor[1]} → {place.label if place else v.place[1]}"
        add(node, _LABEL, zh(f"{label} ({v.year})" if v.year else label))
        add(node, TP.visitor, out.entity(v.visitor))
        add(node, TP.place, out.entity(v.place))
        if v.year is not None:
            add(node, TP.year, year_literal(v.year))
        if v.start_date is not None:
            add(node, TP.startDate, date_literal(v.start_date))
        if v.end_date is not None:
            add(node, TP.endDate, date_literal(v.end_date))
        add(node, TP.role, Lit(v.role))
        add(node, TP.confidence, decimal_literal(v.confidence))
        for ev in v.evidence:
            add(node, TP.evidence, out.evidence(ev))
            doc_ids.add(ev.doc_id)

    for f in kg.located_in.values():
        subj, cont = out.entity(f.subject), out.entity(f.container)
        add(subj, TP.locatedIn, cont)
        if f.source == "gazetteer":
            continue
        node = str(iris.located_in_iri(f.subject, f.container))
        add(node, _RDF_TYPE, TP.LocatedInStatement)
        add(node, TP.locatedEntity, subj)
        add(node, TP.container, cont)
        add(node, TP.confidence, decimal_literal(f.confidence))
        for ev in f.evidence:
            add(node, TP.evidence, out.evidence(ev))
            doc_ids.add(ev.doc_id)

    for doc_id in doc_ids:
        node = str(iris.document_iri(doc_id))
        add(node, _RDF_TYPE, TP.Document)
        add(node, _LABEL, Lit(doc_id))
        doc = kg.documents.get(doc_id)
        if doc is not None:
            add(node, TP.sourcePath, Lit(doc.path))
            if doc.date is not None:
                add(node, TP.date, date_literal(doc.date))
    return out.triples


def rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, str):
        return URIRef(term)
    if term.lang:
        return Literal(term.lex, lang=term.lang)
    return Literal(term.lex, datatype=None if term.datatype == str(XSD.string) else URIRef(term.datatype))


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The knowledge graph as an rdflib ``Graph`` (data only; the ontology is ``ontology/tupu.ttl``)."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, Namespace(ns), override=True, replace=True)
    for s, p, o in triples(kg):
        g.add((URIRef(s), URIRef(p), rdflib_term(o)))
    return g


def to_turtle(kg: KnowledgeGraph) -> bytes:
    """Turtle bytes (UTF-8) written by rdflib, identical across runs for the same graph.

    rdflib's Turtle serializer sorts subjects, predicates and objects; the graph has no blank
    nodes, so the same triples always give the same bytes."""
    return to_rdf(kg).serialize(format="turtle", encoding="utf-8")


def write_turtle(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> None:
    """Write ``kg`` as Turtle to ``path`` (atomically)."""
    atomic_write_bytes(path, to_turtle(kg))
