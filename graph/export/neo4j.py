"""KnowledgeGraph → Neo4j: CSVs in the ``neo4j-admin database import`` format, ``import.cypher``
for ``LOAD CSV`` into a running server, and a README naming both routes.

Graph shape (same for both routes):

* nodes ``(:Person:Entity)``, ``(:Place:Entity)``, ``(:Park:Place:Entity)``,
  ``(:Organization:Entity)``, ``(:Company:Organization:Entity)``, ``(:Visit)``, ``(:Document)``;
  every node has ``id`` (its IRI, stable across builds) and ``name``.
* ``(:Visit)-[:VISITOR]->(:Person)``, ``(:Visit)-[:AT]->(:Place)``,
  ``(:Visit)-[:EVIDENCE {sentence, start, end, sentenceStart, sentenceEnd, sentenceIndex}]->(:Document)``,
* a shortcut ``(:Person)-[:VISITED {visit, year, startDate, endDate, role, confidence}]->(:Place)``
  per visit (``visit`` is the Visit node's id),
* ``(:Entity)-[:LOCATED_IN {source, confidence, sentence, document, start, end, evidenceCount}]->(:Place)``
  (``source`` is ``text`` or ``gazetteer``; the sentence is the first evidence),
* ``(:Entity)-[:MENTIONED_IN]->(:Document)``.

Files are written with the ``csv`` module (every field that needs it is quoted); the Cypher
script is a fixed template and never contains article text.  Array properties use ``;`` as
the delimiter (neo4j-admin's default), so a ``;`` inside an alias is written as ``；``.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write_text
from ..iris import document_iri, entity_iri, visit_iri
from ..model import KnowledgeGraph
from ..ontology import ADMIN_CODE, ISO_CODE

ARRAY_DELIMITER = ";"


@dataclass(frozen=True)
class NodeFile:
    name: str                      # file name
    kind: str                      # entity kind, or "visit" / "document"
    merge_label: str               # label MERGE matches on in import.cypher (has a uniqueness constraint)
    labels: tuple[str, ...]        # all labels of the node
    columns: tuple[str, ...]       # neo4j-admin header columns except id and :LABEL


@dataclass(frozen=True)
class RelFile:
    name: str
    type: str
    start_label: str
    end_label: str
    columns: tuple[str, ...]       # property columns
    merge_keys: tuple[str, ...] = ()  # columns that tell parallel relationships apart in MERGE


_ENTITY_COLUMNS = ("name", "aliases:string[]", "key", "mentionCount:int")
NODE_FILES: tuple[NodeFile, ...] = (
    NodeFile("nodes_person.csv", "person", "Entity", ("Person", "Entity"), _ENTITY_COLUMNS),
    NodeFile("nodes_place.csv", "place", "Entity", ("Place", "Entity"), _ENTITY_COLUMNS + ("level", "adminCode", "isoCode")),
    NodeFile("nodes_park.csv", "park", "Entity", ("Park", "Place", "Entity"), _ENTITY_COLUMNS),
    NodeFile("nodes_organization.csv", "organization", "Entity", ("Organization", "Entity"), _ENTITY_COLUMNS),
    NodeFile("nodes_company.csv", "company", "Entity", ("Company", "Organization", "Entity"), _ENTITY_COLUMNS),
    NodeFile("nodes_visit.csv", "visit", "Visit", ("Visit",),
             ("name", "year:int", "startDate:date", "endDate:date", "role", "confidence:float")),
    NodeFile("nodes_document.csv", "document", "Document", ("Document",), ("name", "path", "date:date")),
)
REL_FILES: tuple[RelFile, ...] = (
    RelFile("rels_visitor.csv", "VISITOR", "Visit", "Entity", ()),
    RelFile("rels_at.csv", "AT", "Visit", "Entity", ()),
    RelFile("rels_visited.csv", "VISITED", "Entity", "Entity",
            ("visit", "year:int", "startDate:date", "endDate:date", "role", "confidence:float"), ("visit",)),
    RelFile("rels_evidence.csv", "EVIDENCE", "Visit", "Document",
            ("sentence", "start:int", "end:int", "sentenceStart:int", "sentenceEnd:int", "sentenceIndex:int"),
            ("start:int", "end:int")),
    RelFile("rels_located_in.csv", "LOCATED_IN", "Entity", "Entity",
            ("source", "confidence:float", "sentence", "document", "start:int", "end:int", "evidenceCount:int")),
    RelFile("rels_mentioned_in.csv", "MENTIONED_IN", "Entity", "Document", ()),
)
_CONVERT = {"int": "toInteger({})", "float": "toFloat({})", "date": "date({})",
            "string[]": f"split({{}}, '{ARRAY_DELIMITER}')", "string": "{}"}


def _array(values) -> str:
    return ARRAY_DELIMITER.join(sorted(v.replace(ARRAY_DELIMITER, "；") for v in values if v))


def _num(value: float) -> str:
    return f"{round(float(value), 6):g}"


def _csv(header: list[str], rows: list[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue()


def _node_rows(kg: KnowledgeGraph) -> dict[str, list[list[object]]]:
    rows: dict[str, list[list[object]]] = {f.name: [] for f in NODE_FILES}
    by_kind = {f.kind: f for f in NODE_FILES}
    for ent in kg.sorted_entities():
        spec = by_kind.get(ent.kind)
        if spec is None:
            continue
        row: list[object] = [str(entity_iri(ent.kind, ent.key)), ent.label, _array(ent.aliases - {ent.label}),
                             ent.key, int(ent.mentions)]
        if ent.kind == "place":
            code = ent.attrs.get("code", "")
            row += [ent.attrs.get("level", ""), code if ADMIN_CODE.match(code) else "",
                    code if ISO_CODE.match(code) else ""]
        rows[spec.name].append(row + [ARRAY_DELIMITER.join(spec.labels)])
    for vid in sorted(kg.visits):
        v = kg.visits[vid]
        visitor, place = kg.entities.get(v.visitor), kg.entities.get(v.place)
        name = f"{visitor.label if visitor else v.visitor[1]} → {place.label if place else v.place[1]}"
        rows["nodes_visit.csv"].append([
            str(visit_iri(vid)), f"{name} ({v.year})" if v.year else name, v.year,
            v.start_date.isoformat() if v.start_date else None, v.end_date.isoformat() if v.end_date else None,
            v.role, _num(v.confidence), "Visit"])
    doc_ids = set(kg.documents)
    for ent in kg.entities.values():
        doc_ids |= ent.docs
    for fact in [*kg.visits.values(), *kg.located_in.values()]:
        doc_ids |= {e.doc_id for e in fact.evidence}
    for doc_id in sorted(doc_ids):
        doc = kg.documents.get(doc_id)
        rows["nodes_document.csv"].append([
            str(document_iri(doc_id)), doc_id, doc.path if doc else None,
            doc.date.isoformat() if doc and doc.date else None, "Document"])
    return rows


def _rel_rows(kg: KnowledgeGraph) -> dict[str, list[list[object]]]:
    rows: dict[str, list[list[object]]] = {f.name: [] for f in REL_FILES}
    for vid in sorted(kg.visits):
        v = kg.visits[vid]
        node, person, place = str(visit_iri(vid)), str(entity_iri(*v.visitor)), str(entity_iri(*v.place))
        rows["rels_visitor.csv"].append([node, person, "VISITOR"])
        rows["rels_at.csv"].append([node, place, "AT"])
        rows["rels_visited.csv"].append([
            person, place, "VISITED", node, v.year, v.start_date.isoformat() if v.start_date else None,
            v.end_date.isoformat() if v.end_date else None, v.role, _num(v.confidence)])
        for e in v.evidence:
            rows["rels_evidence.csv"].append([node, str(document_iri(e.doc_id)), "EVIDENCE", e.sentence, e.start,
                                              e.end, e.sentence_start, e.sentence_end, e.sentence_index])
    for pair in sorted(kg.located_in):
        f = kg.located_in[pair]
        first = f.evidence[0] if f.evidence else None
        rows["rels_located_in.csv"].append([
            str(entity_iri(*f.subject)), str(entity_iri(*f.container)), "LOCATED_IN", f.source, _num(f.confidence),
            first.sentence if first else None, first.doc_id if first else None,
            first.start if first else None, first.end if first else None, len(f.evidence)])
    for ent in kg.sorted_entities():
        for doc_id in sorted(ent.docs):
            rows["rels_mentioned_in.csv"].append([str(entity_iri(ent.kind, ent.key)), str(document_iri(doc_id)),
                                                  "MENTIONED_IN"])
    return rows


def node_header(spec: NodeFile) -> list[str]:
    return ["id:ID", *spec.columns, ":LABEL"]


def rel_header(spec: RelFile) -> list[str]:
    return [":START_ID", ":END_ID", ":TYPE", *spec.columns]


# ----------------------------------------------------------------- cypher --

def _prop(column: str) -> tuple[str, str]:
    """``name:type`` header → (property name, Cypher expression reading it from ``row``)."""
    name, _, typ = column.partition(":")
    return name, _CONVERT[typ or "string"].format(f"row.`{column}`")


def _set_clause(var: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{var}.`{name}` = {expr}" for name, expr in map(_prop, columns))


def import_cypher() -> str:
    """The LOAD CSV script (a fixed template: labels, types and property names only)."""
    lines = ["// Tupu: load the CSVs of this folder into a running Neo4j 5 server.",
             "// Copy the CSV files into the server's import/ directory, then:",
             "//   cypher-shell -u neo4j -p <password> -f import.cypher",
             "// Headers are in the neo4j-admin format (name:type); LOAD CSV reads them by name.",
             ""]
    for label in sorted({f.merge_label for f in NODE_FILES}):
        lines.append(f"CREATE CONSTRAINT tupu_{label.lower()}_id IF NOT EXISTS "
                     f"FOR (n:{label}) REQUIRE n.id IS UNIQUE;")
    lines.append("")
    for spec in NODE_FILES:
        extra = [lab for lab in spec.labels if lab != spec.merge_label]
        set_labels = f"\n  SET n:{':'.join(extra)}" if extra else ""
        lines += [f"LOAD CSV WITH HEADERS FROM 'file:///{spec.name}' AS row",
                  "CALL { WITH row",
                  f"  MERGE (n:{spec.merge_label} {{id: row.`id:ID`}}){set_labels}",
                  f"  SET {_set_clause('n', spec.columns)}",
                  "} IN TRANSACTIONS OF 1000 ROWS;", ""]
    for spec in REL_FILES:
        rest = tuple(c for c in spec.columns if c not in spec.merge_keys)
        props = f"\n  SET {_set_clause('r', rest)}" if rest else ""
        # parallel edges (two visits of one person to one place, two evidence spans in one document)
        # stay apart by MERGE-ing on their distinguishing properties
        key = (" {" + ", ".join(f"`{name}`: {expr}" for name, expr in map(_prop, spec.merge_keys)) + "}"
               if spec.merge_keys else "")
        lines += [f"LOAD CSV WITH HEADERS FROM 'file:///{spec.name}' AS row",
                  "CALL { WITH row",
                  f"  MATCH (a:{spec.start_label} {{id: row.`:START_ID`}})",
                  f"  MATCH (b:{spec.end_label} {{id: row.`:END_ID`}})",
                  f"  MERGE (a)-[r:{spec.type}{key}]->(b){props}",
                  "} IN TRANSACTIONS OF 1000 ROWS;", ""]
    return "\n".join(lines)


def readme() -> str:
    nodes = " ".join(f"--nodes={f.name}" for f in NODE_FILES)
    rels = " ".join(f"--relationships={f.name}" for f in REL_FILES)
    node_list = "\n".join(f"| `{f.name}` | `:{':'.join(f.labels)}` | {', '.join(c.split(':')[0] for c in f.columns)} |"
                          for f in NODE_FILES)
    rel_list = "\n".join(f"| `{f.name}` | `(:{f.start_label})-[:{f.type}]->(:{f.end_label})` | "
                         f"{', '.join(c.split(':')[0] for c in f.columns) or '—'} |" for f in REL_FILES)
    return f"""# Tupu graph for Neo4j

Written by `tupu build`. Every node has `id` (its Tupu IRI, stable across builds) and `name`.

| file | labels | properties |
|---|---|---|
{node_list}

| file | relationship | properties |
|---|---|---|
{rel_list}

A visit is both a `(:Visit)` node (with `VISITOR`, `AT` and `EVIDENCE` edges; `EVIDENCE` carries
the sentence and its character offsets, counted in Unicode code points) and a direct
`(:Person)-[:VISITED]->(:Place)` shortcut whose `visit` property is the Visit node's `id`.
`LOCATED_IN` edges carry `source` (`text` or `gazetteer`), `confidence` and, for facts read from
text, the first evidence sentence, its document and offsets. Array properties (`aliases`) use
`;` as the delimiter.

## Route 1: offline bulk import (new database, server stopped)

Run from this folder:

    neo4j-admin database import full --overwrite-destination {nodes} {rels} neo4j

## Route 2: into a running server

Copy the CSV files into the server's `import/` directory, then:

    cypher-shell -u neo4j -p <password> -f import.cypher

The script creates uniqueness constraints, then `LOAD CSV` + `MERGE` in transactions of 1000
rows, so running it twice does not duplicate anything.

## Example

    MATCH (p:Person {{name: '某某'}})-[v:VISITED]->(pl:Place)
    RETURN v.year, pl.name ORDER BY v.year;

    MATCH (v:Visit)-[e:EVIDENCE]->(d:Document) RETURN v.name, d.name, e.sentence, e.start, e.end LIMIT 10;
"""


def write_neo4j(kg: KnowledgeGraph, directory: str | os.PathLike[str]) -> list[Path]:
    """Write the node/relationship CSVs, ``import.cypher`` and ``README.md`` into ``directory``."""
    out = Path(directory)
    written = []
    nodes, rels = _node_rows(kg), _rel_rows(kg)
    for spec in NODE_FILES:
        written.append(atomic_write_text(out / spec.name, _csv(node_header(spec), nodes[spec.name])))
    for rspec in REL_FILES:
        written.append(atomic_write_text(out / rspec.name, _csv(rel_header(rspec), rels[rspec.name])))
    written.append(atomic_write_text(out / "import.cypher", import_cypher()))
    written.append(atomic_write_text(out / "README.md", readme()))
    return written
