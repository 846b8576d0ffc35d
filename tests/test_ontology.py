from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from graph.ontology import CLASSES, PLACE_LEVELS, PROPERTIES, TP
from graph.iris import ONTOLOGY

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_PATH = ROOT / "ontology" / "tupu.ttl"   # in the checkout; the installed package does not ship it
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def declared_terms(g: Graph) -> set[str]:
    out = set()
    for t in TERM_TYPES:
        for s in g.subjects(RDF.type, t):
            if str(s).startswith(ONTOLOGY):
                out.add(str(s)[len(ONTOLOGY):])
    return out


def test_ontology_parses_and_has_header(onto):
    assert (URIRef(ONTOLOGY.rstrip("#")), RDF.type, OWL.Ontology) in onto
    assert len(onto) > 200


def test_every_term_has_zh_and_en_label_and_comment(onto):
    terms = declared_terms(onto)
    assert terms
    for term in sorted(terms):
        iri = URIRef(ONTOLOGY + term)
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(iri, prop)}
            assert {"zh", "en"} <= langs, f"{term} lacks a zh/en {prop}"


def test_closed_namespace_matches_ontology_file(onto):
    assert declared_terms(onto) == set(CLASSES) | set(PROPERTIES)
    classes = {str(s)[len(ONTOLOGY):] for s in onto.subjects(RDF.type, OWL.Class) if str(s).startswith(ONTOLOGY)}
    assert classes == set(CLASSES)


def test_closed_namespace_rejects_unknown_terms():
    assert str(TP.Visit) == ONTOLOGY + "Visit"
    with pytest.raises(AttributeError):
        TP.Vist  # noqa: B018
    with pytest.raises(KeyError):
        TP["nonexistent"]


def test_every_term_used_in_code_exists():
    used = set()
    for path in sorted((ROOT / "graph").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bTP\.([A-Za-z_]\w*)", text))
        used |= set(re.findall(r"\bTP\[[\"'](\w+)[\"']\]", text))
        used |= set(re.findall(r"\btp:([A-Za-z]\w*)", text))
    docs = [*sorted((ROOT / "graph" / "queries").glob("*.rq")), ROOT / "ontology" / "shapes.ttl",
            ROOT / "ontology" / "README.md"]
    for path in docs:
        used |= set(re.findall(r"\btp:([A-Za-z]\w*)", path.read_text(encoding="utf-8")))
    assert used, "no tp: term found in code"
    assert used <= set(CLASSES) | set(PROPERTIES), sorted(used - set(CLASSES) - set(PROPERTIES))


def test_class_hierarchy_and_alignment(onto):
    assert (TP.Company, RDFS.subClassOf, TP.Organization) in onto
    assert (TP.Park, RDFS.subClassOf, TP.Place) in onto
    assert (TP.Visit, RDFS.subClassOf, URIRef("https://schema.org/Event")) in onto
    assert (TP.Evidence, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in onto
    assert (TP.startDate, RDFS.subPropertyOf, URIRef("https://schema.org/startDate")) in onto


def test_level_comment_lists_every_level(onto):
    comment = " ".join(str(o) for o in onto.objects(TP.level, RDFS.comment) if o.language == "en")
    for level in PLACE_LEVELS:
        assert level in comment


def test_place_levels_agree_with_gazetteer_and_shapes():
    from graph.gazetteer import LEVELS

    assert set(PLACE_LEVELS) == set(LEVELS)
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    listed = re.search(r"sh:path tp:level ;.*?sh:in \(([^)]*)\)", shapes, re.DOTALL).group(1)
    assert set(re.findall(r'"([^"]+)"', listed)) == set(PLACE_LEVELS)
