from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.export.rdf import decimal_literal, rdflib_term, to_rdf, to_turtle, write_turtle
from graph.ontology import TP

HERE = Path(__file__).resolve().parent
SHAPES = HERE.parent / "ontology" / "shapes.ttl"


def validate(g: Graph) -> tuple[bool, str]:
    pyshacl = pytest.importorskip("pyshacl")
    ok, _, text = pyshacl.validate(g, shacl_graph=Graph().parse(SHAPES), advanced=True)
    return ok, text


def test_matches_golden_file(small_kg):
    got = to_rdf(small_kg)
    want = Graph().parse(HERE / "golden" / "small.ttl", format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(f"differs from golden\nonly in output:\n{only_got.serialize(format='nt')}"
                    f"\nonly in golden:\n{only_want.serialize(format='nt')}")


def test_turtle_is_byte_identical_across_runs(small_kg, tmp_path):
    first = to_turtle(small_kg)
    assert to_turtle(small_kg) == first
    # a fresh interpreter with another hash seed (sets iterate differently) gives the same bytes
    code = ("import sys; sys.path.insert(0, %r); from conftest import build_small_kg; "
            "from graph.export.rdf import to_turtle; sys.stdout.buffer.write(to_turtle(build_small_kg()))"
            % str(HERE))
    for seed in ("1", "12345"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                             cwd=HERE.parent, env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        assert out == first
    path = tmp_path / "sub" / "graph.ttl"
    write_turtle(small_kg, path)
    assert path.read_bytes() == first
    assert not [p for p in path.parent.iterdir() if p.name != "graph.ttl"], "temp file left behind"


def test_prefixes_and_literals(small_kg):
    text = to_turtle(small_kg).decode("utf-8")
    assert "@prefix tp: <https://w3id.org/tupu/ontology#> ." in text
    assert '"2019"^^xsd:gYear' in text
    assert '"2019-05-20"^^xsd:date' in text
    assert 'rdfs:label "余杭区"@zh' in text
    assert "_:" not in text, "no blank nodes (they would break byte-identical output)"


def test_provenance_reaches_sentence_and_offsets(small_kg):
    g = to_rdf(small_kg)
    rows = list(g.query("""
        PREFIX tp: <https://w3id.org/tupu/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?sentence ?start ?end ?sstart ?path WHERE {
          ?v a tp:Visit ; tp:visitor/rdfs:label "张三"@zh ; tp:place/rdfs:label "余杭区"@zh ;
             tp:evidence ?e .
          ?e tp:sentence ?sentence ; tp:start ?start ; tp:end ?end ; tp:sentenceStart ?sstart ;
             tp:document/tp:sourcePath ?path .
        }"""))
    assert len(rows) == 1
    sentence, start, end, sstart, path = rows[0]
    text = small_kg.documents["a.txt"].text
    assert text[int(start):int(end)] == "张三在余杭区考察"
    assert text[int(sstart):int(sstart) + len(str(sentence))] == str(sentence)
    assert str(path) == "input/a.txt"


def test_located_in_statement_pattern(small_kg):
    g = to_rdf(small_kg)
    rows = list(g.query("""
        PREFIX tp: <https://w3id.org/tupu/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?cl ?conf ?sentence WHERE {
          ?c tp:locatedIn ?p . ?c rdfs:label ?cl .
          ?st tp:locatedEntity ?c ; tp:container ?p ; tp:confidence ?conf ; tp:evidence/tp:sentence ?sentence .
        } ORDER BY ?cl"""))
    assert [(str(r[0]), float(r[1])) for r in rows] == [("杭州经济技术开发区", 0.7), ("示例科技", 0.8)]
    # gazetteer containment is a plain triple without a statement node
    assert len(list(g.triples((None, TP.locatedIn, None)))) == 4
    assert len(list(g.subjects(RDF.type, TP.LocatedInStatement))) == 2


def test_subclass_types_are_explicit(small_kg):
    g = to_rdf(small_kg)
    for s in g.subjects(RDF.type, TP.Company):
        assert (s, RDF.type, TP.Organization) in g
    for s in g.subjects(RDF.type, TP.Park):
        assert (s, RDF.type, TP.Place) in g


@pytest.mark.parametrize("value, text", [(0.9, "0.9"), (1, "1.0"), (0.12345, "0.123"), (0, "0.0")])
def test_decimal_literal(value, text):
    assert decimal_literal(value).lex == text


def test_shacl_conforms(small_kg):
    ok, report = validate(to_rdf(small_kg))
    assert ok, report


def test_shacl_rejects_broken_graphs(small_kg):
    g = to_rdf(small_kg)
    visit = sorted(g.subjects(RDF.type, TP.Visit))[0]
    g.remove((visit, TP.evidence, None))
    g.add((visit, TP.year, Literal("2019")))  # a plain string, not a gYear
    ok, report = validate(g)
    assert not ok
    assert "tp:evidence" in report and "gYear" in report

    g = to_rdf(small_kg)
    person = sorted(g.subjects(RDF.type, TP.Person))[0]
    g.add((person, RDFS.label, Literal("另一个名字", lang="zh")))
    assert not validate(g)[0]

    g = to_rdf(small_kg)
    st = sorted(g.subjects(RDF.type, TP.LocatedInStatement))[0]
    g.remove((g.value(st, TP.locatedEntity), TP.locatedIn, g.value(st, TP.container)))
    ok, report = validate(g)
    assert not ok and "is missing" in report

    g = to_rdf(small_kg)
    g.set((st, TP.confidence, rdflib_term(decimal_literal(1.5))))
    assert not validate(g)[0]


def test_write_turtle_reports_unwritable_path(small_kg, tmp_path):
    from graph.errors import OutputError

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_turtle(small_kg, blocker / "graph.ttl")


def test_turtle_parses_back_to_the_same_graph(small_kg):
    text = to_turtle(small_kg)
    assert isomorphic(Graph().parse(data=text, format="turtle"), to_rdf(small_kg))
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(text, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(to_rdf(small_kg))


@pytest.mark.parametrize("name", [
    'a "quoted" name', "back\\slash", "new\nline\r\ttab", "ctrl\x01\x7fchar", "emoji 🚀 and ；、", "trailing.",
    "<script>&amp;</script>", "'single'", '"""triple"""'])
def test_turtle_escapes_awkward_strings(small_kg, name):
    small_kg.entities[("person", "person:张三")].label = name
    small_kg.entities[("person", "person:张三")].aliases = {name + "x"}
    doc = small_kg.documents["a.txt"]
    small_kg.documents["a.txt"] = dataclasses.replace(doc, path=f"dir with space/{name}.txt")
    g = Graph().parse(data=to_turtle(small_kg), format="turtle")
    assert isomorphic(g, to_rdf(small_kg))
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert name in labels


@pytest.fixture(scope="module")
def seed_kg():
    pipeline = pytest.importorskip("graph.pipeline")
    seeds = HERE.parent / "seeds"
    return pipeline.build([seeds / "000_c3c11e6e4fdb97c8.txt", seeds / "003_46adc884de154f12.txt"]).kg


def test_pipeline_graph_conforms_and_queries_run(seed_kg, tmp_path):
    from graph.query import load_query_text, query_names, run_query

    assert seed_kg.visits and seed_kg.located_in
    path = tmp_path / "graph.ttl"
    write_turtle(seed_kg, path)
    ok, report = validate(Graph().parse(path, format="turtle"))
    assert ok, report
    for name in query_names():
        run_query(load_query_text("@" + name), path)
    rows = run_query(load_query_text("@visits_by_person_year"), path).rows
    assert len(rows) >= 1
