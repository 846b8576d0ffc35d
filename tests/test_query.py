from __future__ import annotations

import csv
import io
import json

import pytest

from graph.errors import QueryError
from graph.export.rdf import write_turtle
from graph.query import (_width, format_result, load_query_text, query_names, run_query)


@pytest.fixture
def graph_file(small_kg, tmp_path):
    path = tmp_path / "graph.ttl"
    write_turtle(small_kg, path)
    return path


def test_shipped_queries_exist_and_run(graph_file):
    names = query_names()
    assert {"visits_by_person_year", "companies_per_park", "visits_per_province", "evidence"} <= set(names)
    for name in names:
        result = run_query(load_query_text("@" + name), graph_file)
        assert result.kind == "select" and len(result) > 0, name


def test_visits_by_person_year_rows(graph_file):
    result = run_query(load_query_text("@visits_by_person_year"), graph_file)
    rows = [[t.value if t else None for t in row] for row in result.rows]
    assert result.variables[:3] == ("person", "year", "place")
    assert ["张三", "2019", "余杭区", "2019-05-20", "2019-05-21", "visitor", "1"] in rows
    assert ["张三", None, "美国", None, None, "visitor", "1"] in rows


def test_visits_per_province_follows_containment(graph_file):
    result = run_query("@visits_per_province", graph_file)
    assert [(r[0].value, r[1].value) for r in result.rows] == [("浙江省", "2")]


def test_table_format_aligns_cjk(graph_file):
    out = format_result(run_query("@visits_by_person_year", graph_file), "table")
    lines = out.splitlines()
    assert lines[0].startswith("person | year | place")
    assert lines[-1] == "(3 rows)"
    # every separator '|' is in the same display column on every row
    def bar_columns(line: str) -> list[int]:
        return [_width(line[:i]) for i, ch in enumerate(line) if ch == "|"]
    cols = {tuple(bar_columns(line)) for line in lines[:1] + lines[2:-1]}
    assert len(cols) == 1


def test_width_counts_wide_characters():
    assert _width("abc") == 3
    assert _width("余杭区") == 6
    assert _width("ＡＢ") == 4


def test_csv_format(graph_file):
    out = format_result(run_query("@visits_by_person_year", graph_file), "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["person", "year", "place", "start", "end", "role", "evidence"]
    assert ["李四", "2019", "余杭区", "2019-05-20", "2019-05-21", "companion", "1"] in rows


def test_csv_quotes_commas_and_quotes(graph_file):
    out = format_result(run_query('SELECT ?x WHERE { BIND("a,\\"b\\"" AS ?x) }', graph_file), "csv")
    assert list(csv.reader(io.StringIO(out))) == [["x"], ['a,"b"']]


def test_json_format_is_sparql_results_json(graph_file):
    doc = json.loads(format_result(run_query(
        "SELECT ?p ?label ?y WHERE { ?v tp:visitor ?p ; tp:year ?y . ?p rdfs:label ?label } ORDER BY ?label",
        graph_file), "json"))
    assert doc["head"]["vars"] == ["p", "label", "y"]
    first = doc["results"]["bindings"][0]
    assert first["p"]["type"] == "uri" and first["p"]["value"].startswith("https://w3id.org/tupu/id/person/")
    assert first["label"] == {"type": "literal", "value": "张三", "xml:lang": "zh"}
    assert first["y"] == {"type": "literal", "value": "2019",
                          "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}


def test_ask_and_construct(graph_file):
    assert json.loads(format_result(run_query("ASK { ?v a tp:Visit }", graph_file), "json")) == \
        {"head": {}, "boolean": True}
    assert format_result(run_query("ASK { ?v a tp:Nothing }", graph_file), "table") == "false\n"
    res = run_query("CONSTRUCT { ?p a tp:Person } WHERE { ?p a tp:Person }", graph_file)
    assert res.kind == "graph" and len(res) == 2
    assert "person:张三" in format_result(res, "table")


def test_missing_graph_file(tmp_path):
    with pytest.raises(QueryError, match="graph file not found"):
        run_query("ASK {}", tmp_path / "nope.ttl")


def test_directory_means_its_graph_ttl(graph_file):
    assert run_query("ASK { ?s ?p ?o }", graph_file.parent).boolean is True


def test_invalid_turtle(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match="not valid Turtle"):
        run_query("ASK {}", bad)


def test_syntax_error_names_position(graph_file):
    with pytest.raises(QueryError) as info:
        run_query("SELECT ?x WHERE {\n  ?x a tp:Visit\n  ?x ?y }", graph_file)
    message = str(info.value)
    assert "SPARQL syntax error at line 3" in message
    assert "?x ?y }" in message and "^" in message


def test_unknown_query_name_lists_shipped_queries():
    with pytest.raises(QueryError, match="@visits_by_person_year"):
        load_query_text("@no_such_query")


def test_query_file_by_path(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query_text(f"@{path}") == "ASK { ?s ?p ?o }"
    assert load_query_text(str(path)) == "ASK { ?s ?p ?o }"
    assert load_query_text("SELECT * {}") == "SELECT * {}"
    assert load_query_text("@evidence.rq") == load_query_text("@evidence")


def test_unknown_format(graph_file):
    with pytest.raises(QueryError, match="valid formats: table, csv, json"):
        format_result(run_query("ASK {}", graph_file), "xml")


def test_ontology_readme_examples_run(graph_file):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "ontology" / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sparql\n(.*?)```", text, re.DOTALL)
    assert len(queries) >= 4
    for q in queries:
        assert len(run_query(q, graph_file)) > 0, q
