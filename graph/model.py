"""The in-memory knowledge graph: entities merged across documents, facts with provenance.

No I/O here. ``build_model`` turns per-document analyses into one
``KnowledgeGraph``; exporters read it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .types import Analysis, Document, Evidence, LocatedIn, Mention, Visit

EntityId = tuple[str, str]   # (kind, key)


@dataclass
class Entity:
    kind: str
    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)   # level, code, …
    docs: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def id(self) -> EntityId:
        return (self.kind, self.key)

    def names(self) -> set[str]:
        return {self.label, *self.aliases}


class _Evidenced:
    """Shared by the facts: the documents their evidence comes from."""

    evidence: list[Evidence]

    @property
    def docs(self) -> set[str]:
        return {e.doc_id for e in self.evidence}


@dataclass
class VisitFact(_Evidenced):
    id: str
    visitor: EntityId
    place: EntityId
    year: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    role: str
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class LocatedInFact(_Evidenced):
    subject: EntityId
    container: EntityId
    confidence: float
    source: str                    # "text" (an extractor read it) or "gazetteer" (administrative containment)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class KnowledgeGraph:
    entities: dict[EntityId, Entity] = field(default_factory=dict)
    visits: dict[str, VisitFact] = field(default_factory=dict)
    located_in: dict[tuple[EntityId, EntityId], LocatedInFact] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)

    def entity(self, kind: str, key: str) -> Entity | None:
        return self.entities.get((kind, key))

    def find(self, name: str, kind: str | None = None) -> list[Entity]:
        """Entities whose label or alias is ``name`` (sorted by id)."""
        return sorted((e for e in self.entities.values()
                       if name in e.names() and (kind is None or e.kind == kind)), key=lambda e: e.id)

    def sorted_entities(self) -> list[Entity]:
        return [self.entities[k] for k in sorted(self.entities)]


def _add_mention(kg: KnowledgeGraph, m: Mention, key: str, doc_id: str) -> EntityId:
    eid = (m.kind, key)
    ent = kg.entities.get(eid)
    if ent is None:
        ent = kg.entities[eid] = Entity(m.kind, key, m.name)
    elif key == m.key and len(m.name) > len(ent.label):
        # the resolver may later relabel; here prefer the longest canonical name seen for this key
        ent.aliases.add(ent.label)
        ent.label = m.name
    for name in (m.name, m.text, *m.aliases()):
        if name and name != ent.label:
            ent.aliases.add(name)
    for k, v in m.attrs:
        if k in ("level", "code", "parent") and v:
            ent.attrs.setdefault(k, v)
    if doc_id:
        ent.docs.add(doc_id)
    ent.mentions += 1
    return eid


def visit_id(visitor: EntityId, place: EntityId, year: int | None, start: dt.date | None) -> str:
    raw = "|".join([visitor[1], place[1], str(year or ""), start.isoformat() if start else ""])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


class ModelBuilder:
    """Accumulates analyses; ``finish()`` resolves keys across documents and returns the graph."""

    def __init__(self, resolvers: dict[str, Callable[[list[Mention]], dict[str, str]]] | None = None,
                 gazetteer=None) -> None:
        self.resolvers = resolvers or {}
        self.gazetteer = gazetteer
        self.analyses: list[Analysis] = []

    def add(self, analysis: Analysis) -> None:
        self.analyses.append(analysis)

    def finish(self, min_confidence: float = 0.0) -> KnowledgeGraph:
        """The merged graph; located-in facts whose best confidence over all articles is below
        ``min_confidence`` are left out (a fact one article states firmly keeps the weaker evidence
        of the others)."""
        kg = KnowledgeGraph()
        canon = self._canonical_keys()

        def key_of(m: Mention) -> str:
            return canon.get(m.kind, {}).get(m.key, m.key)

        for a in sorted(self.analyses, key=lambda a: a.doc.id):
            kg.documents[a.doc.id] = a.doc
            for m in a.mentions:
                if m.kind != "date":
                    _add_mention(kg, m, key_of(m), a.doc.id)
            for fact in a.facts:
                if isinstance(fact, Visit):
                    self._add_visit(kg, fact, key_of)
                elif isinstance(fact, LocatedIn):
                    self._add_located_in(kg, fact, key_of)
        kg.located_in = {k: f for k, f in kg.located_in.items() if f.confidence >= min_confidence}
        self._relabel(kg, canon)
        self._add_containment(kg)
        for fact in [*kg.visits.values(), *kg.located_in.values()]:
            fact.evidence = sorted(set(fact.evidence), key=_ev_sort)
        return kg

    # -- resolution -------------------------------------------------------------
    def _canonical_keys(self) -> dict[str, dict[str, str]]:
        by_kind: dict[str, list[Mention]] = {}
        for a in self.analyses:
            for m in a.mentions:
                by_kind.setdefault(m.kind, []).append(m)
            for f in a.facts:
                for m in _fact_mentions(f):
                    by_kind.setdefault(m.kind, []).append(m)
        out: dict[str, dict[str, str]] = {}
        for kind, fn in self.resolvers.items():
            mentions = sorted(by_kind.get(kind, []), key=lambda m: (m.doc_id, m.start, m.end, m.key))
            out[kind] = dict(fn(mentions))
        return out

    def _relabel(self, kg: KnowledgeGraph, canon: dict[str, dict[str, str]]) -> None:
        """For a kind with a resolver, the canonical key ``<prefix>:<name>`` names the label."""
        for kind in canon:
            for ent in kg.entities.values():
                if ent.kind != kind or ":" not in ent.key:
                    continue
                name = ent.key.split(":", 1)[1]
                if name and name != ent.label:
                    ent.aliases.add(ent.label)
                    ent.label = name
                ent.aliases.discard(ent.label)

    # -- facts --------------------------------------------------------------------
    def _entity_for(self, kg: KnowledgeGraph, m: Mention, key_of) -> EntityId:
        eid = (m.kind, key_of(m))
        ent = kg.entities.get(eid)
        if ent is None:
            return _add_mention(kg, m, key_of(m), m.doc_id)
        for name in m.aliases():
            if name and name != ent.label:       # names a fact's reading gives the entity (重庆|两江新区)
                ent.aliases.add(name)
        if m.doc_id:
            ent.docs.add(m.doc_id)               # read in this document too (a new area as a park)
        return eid

    def _add_visit(self, kg: KnowledgeGraph, v: Visit, key_of) -> None:
        visitor = self._entity_for(kg, v.visitor, key_of)
        place = self._entity_for(kg, v.place, key_of)
        vid = visit_id(visitor, place, v.year, v.start_date)
        fact = kg.visits.get(vid)
        if fact is None:
            kg.visits[vid] = VisitFact(vid, visitor, place, v.year, v.start_date, v.end_date, v.role,
                                       v.confidence, list(v.evidence))
        else:
            fact.evidence.extend(v.evidence)
            fact.confidence = max(fact.confidence, v.confidence)
            fact.end_date = fact.end_date or v.end_date
            if v.role == "visitor":
                fact.role = "visitor"

    def _add_located_in(self, kg: KnowledgeGraph, f: LocatedIn, key_of) -> None:
        subject = self._entity_for(kg, f.subject, key_of)
        container = self._entity_for(kg, f.container, key_of)
        if subject == container:
            return
        fact = kg.located_in.get((subject, container))
        if fact is None:
            kg.located_in[(subject, container)] = LocatedInFact(subject, container, f.confidence, "text",
                                                                list(f.evidence))
        else:
            fact.evidence.extend(f.evidence)
            fact.confidence = max(fact.confidence, f.confidence)

    def _add_containment(self, kg: KnowledgeGraph) -> None:
        """Administrative containment of every place, up to the country, from the gazetteer."""
        places = [e for e in kg.sorted_entities() if e.kind == "place"]
        for ent in places:
            child: EntityId = ent.id
            parent_key = ent.attrs.get("parent")
            chain = []
            if self.gazetteer is not None:
                start = parent_key if parent_key else ent.key
                rec = self.gazetteer.get(start)
                if parent_key and rec is not None:
                    chain.append(rec)
                chain.extend(self.gazetteer.ancestors(start) if rec is not None else [])
            for rec in chain:
                pid: EntityId = ("place", rec.key)
                pent = kg.entities.get(pid)
                if pent is None:
                    pent = kg.entities[pid] = Entity("place", rec.key, rec.name)
                    if rec.level:
                        pent.attrs["level"] = rec.level
                    if rec.code:
                        pent.attrs["code"] = rec.code
                if (child, pid) not in kg.located_in:
                    kg.located_in[(child, pid)] = LocatedInFact(child, pid, 1.0, "gazetteer")
                child = pid


def _fact_mentions(f) -> Iterable[Mention]:
    if isinstance(f, Visit):
        return (f.visitor, f.place)
    if isinstance(f, LocatedIn):
        return (f.subject, f.container)
    return ()


def _ev_sort(e: Evidence) -> tuple:
    return (e.doc_id, e.start, e.end, e.sentence_index)
