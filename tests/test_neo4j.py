"""The Neo4j export, loaded into kuzu (an embedded Cypher database) through a small adapter
from the neo4j-admin header format (``name:type``, ``:ID``, ``:LABEL``, ``:START_ID`` …)."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from graph.export.neo4j import NODE_FILES, REL_FILES, write_neo4j
from graph.iris import entity_iri

KUZU_TYPES = {"": "STRING", "string": "STRING", "int": "INT64", "float": "DOUBLE", "date": "DATE",
              "string[]": "STRING[]"}


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def kuzu_value(value: str, typ: str) -> str:
    if typ == "string[]":
        return "[" + ",".join(value.split(";")) + "]" if value else ""
    return value


def load_into_kuzu(folder: Path, tmp: Path):
    """neo4j-admin CSVs → kuzu: one node table per node file (named by its first label), one rel
    table per relationship type with a FROM/TO pair per (start table, end table) seen."""
    kuzu = pytest.importorskip("kuzu")
    conn = kuzu.Connection(kuzu.Database(str(tmp / "db")))
    table_of: dict[str, str] = {}
    for spec in NODE_FILES:
        header, rows = read_csv(folder / spec.name)
        table = spec.labels[0]
        cols = [(h.split(":")[0] or "id", h.partition(":")[2]) for h in header if h != ":LABEL"]
        ddl = ", ".join(f"`{name}` {'STRING' if typ == 'ID' else KUZU_TYPES[typ]}" for name, typ in cols)
        conn.execute(f"CREATE NODE TABLE {table}({ddl}, PRIMARY KEY(`id`))")
        label_at = header.index(":LABEL")
        out = tmp / f"k_{spec.name}"
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            for row in rows:
                assert row[label_at].split(";")[0] == table
                table_of[row[0]] = table
                w.writerow([kuzu_value(v, t) for v, (_, t) in zip([v for i, v in enumerate(row) if i != label_at],
                                                                   cols)])
        conn.execute(f"COPY {table} FROM '{out}' (HEADER=false)")
    for spec in REL_FILES:
        header, rows = read_csv(folder / spec.name)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        cols = [(h.split(":")[0], h.partition(":")[2]) for h in header[3:]]
        groups: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
        for row in rows:
            assert row[2] == spec.type
            groups[(table_of[row[0]], table_of[row[1]])].append(row)
        pairs = sorted(groups) or [(spec.start_label if spec.start_label != "Entity" else "Person",
                                    spec.end_label if spec.end_label != "Entity" else "Place")]
        props = "".join(f", `{name}` {KUZU_TYPES[typ]}" for name, typ in cols)
        conn.execute(f"CREATE REL TABLE {spec.type}({', '.join(f'FROM {a} TO {b}' for a, b in pairs)}{props})")
        for (a, b), group in sorted(groups.items()):
            out = tmp / f"k_{a}_{b}_{spec.name}"
            with open(out, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                for row in group:
                    w.writerow(row[:2] + [kuzu_value(v, t) for v, (_, t) in zip(row[3:], cols)])
            conn.execute(f"COPY {spec.type} FROM '{out}' (HEADER=false, from='{a}', to='{b}')")
    return conn


def rows_of(conn, query: str, **params) -> list[list]:
    res = conn.execute(query, params)
    out = []
    while res.has_next():
        out.append(res.get_next())
    return out


@pytest.fixture
def exported(small_kg, tmp_path):
    folder = tmp_path / "neo4j"
    write_neo4j(small_kg, folder)
    return folder


def test_files_written(exported):
    names = sorted(p.name for p in exported.iterdir())
    assert names == sorted([f.name for f in NODE_FILES] + [f.name for f in REL_FILES] + ["import.cypher", "README.md"])
    header, _ = read_csv(exported / "nodes_visit.csv")
    assert header == ["id:ID", "name", "year:int", "startDate:date", "endDate:date", "role", "confidence:float", ":LABEL"]
    header, rows = read_csv(exported / "nodes_person.csv")
    assert header[:3] == ["id:ID", "name", "aliases:string[]"]
    assert len(rows) == 2


def test_kuzu_loads_and_answers_visit_query(exported, tmp_path, small_kg):
    conn = load_into_kuzu(exported, tmp_path)
    counts = {t: rows_of(conn, f"MATCH (n:{t}) RETURN count(n)")[0][0]
              for t in ("Person", "Place", "Park", "Company", "Organization", "Visit", "Document")}
    assert counts == {"Person": 2, "Place": 4, "Park": 1, "Company": 1, "Organization": 1, "Visit": 3, "Document": 1}
    got = rows_of(conn, "MATCH (p:Person)-[v:VISITED]->(pl:Place) WHERE p.name = $name "
                        "RETURN pl.name, v.year, v.role ORDER BY pl.name", name="张三")
    assert got == [["余杭区", 2019, "visitor"], ["美国", None, "visitor"]]
    # the same through Visit nodes, with the evidence sentence and offsets
    got = rows_of(conn, "MATCH (p:Person)<-[:VISITOR]-(v:Visit)-[:AT]->(pl:Place), (v)-[e:EVIDENCE]->(d:Document) "
                        "WHERE p.name = '李四' RETURN pl.name, v.role, e.start, e.`end`, d.name")
    assert got == [["余杭区", "companion", 27, 35, "a.txt"]]
    text = small_kg.documents["a.txt"].text
    assert text[27:35] == "张三在余杭区考察"
    got = rows_of(conn, "MATCH (c:Company)-[r:LOCATED_IN]->(k:Park) RETURN c.name, c.aliases, k.name, r.confidence, r.sentence")
    assert got == [["示例科技", ["示例科技股份有限公司"], "杭州经济技术开发区", 0.8, "示例科技股份有限公司位于杭州经济技术开发区。"]]
    got = rows_of(conn, "MATCH (a:Place)-[r:LOCATED_IN]->(b:Place) WHERE r.source = 'gazetteer' RETURN a.name, b.name ORDER BY a.name")
    assert sorted(map(tuple, got)) == [("余杭区", "杭州市"), ("杭州市", "浙江省")]


def test_ids_are_stable_iris(exported):
    _, rows = read_csv(exported / "nodes_place.csv")
    assert str(entity_iri("place", "cn:330110")) in {r[0] for r in rows}


def test_csv_quoting_of_awkward_text(small_kg, tmp_path):
    ent = small_kg.entities[("person", "person:张三")]
    ent.label = 'Zhang, "San"\nthe 3rd'
    ent.aliases = {"a;b", "c"}
    write_neo4j(small_kg, tmp_path)
    header, rows = read_csv(tmp_path / "nodes_person.csv")
    row = next(r for r in rows if r[1].startswith("Zhang"))
    assert row[1] == 'Zhang, "San"\nthe 3rd'
    assert row[header.index("aliases:string[]")].split(";") == ["a；b", "c"]


def test_import_cypher_is_consistent_with_the_files(exported):
    script = (exported / "import.cypher").read_text(encoding="utf-8")
    body = re.sub(r"(?m)^//.*$", "", script)
    statements = [s.strip() for s in re.split(r";\s*\n", body) if s.strip()]
    assert sum(s.startswith("CREATE CONSTRAINT") and "IF NOT EXISTS" in s for s in statements) == 3
    loads = [s for s in statements if s.startswith("LOAD CSV")]
    assert len(loads) == len(NODE_FILES) + len(REL_FILES)
    for stmt in loads:
        assert stmt.count("{") == stmt.count("}") and stmt.count("`") % 2 == 0 and stmt.count("(") == stmt.count(")")
        assert stmt.endswith("IN TRANSACTIONS OF 1000 ROWS")
        name = re.search(r"FROM 'file:///([^']+)'", stmt).group(1)
        header, _ = read_csv(exported / name)
        for column in re.findall(r"row\.`([^`]+)`", stmt):
            assert column in header, (name, column)
    # no article text in the script
    assert "张三" not in script and "余杭区" not in script


def test_readme_names_both_routes(exported):
    text = (exported / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in text and "--nodes=nodes_person.csv" in text
    assert "cypher-shell" in text and "import.cypher" in text


def test_deterministic(small_kg, tmp_path):
    write_neo4j(small_kg, tmp_path / "a")
    write_neo4j(small_kg, tmp_path / "b")
    for p in sorted((tmp_path / "a").iterdir()):
        assert p.read_bytes() == (tmp_path / "b" / p.name).read_bytes()
