from __future__ import annotations

import json

import networkx as nx
import pytest

from graph.analytics import pagerank, stats, to_networkx
from graph.model import KnowledgeGraph


def test_to_networkx_nodes_and_edges(small_kg):
    g = to_networkx(small_kg)
    assert g.number_of_nodes() == 9
    relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
    assert relations == ["locatedIn"] * 4 + ["visited"] * 3
    labels = {d["label"]: d["kind"] for _, d in g.nodes(data=True)}
    assert labels["张三"] == "person" and labels["杭州经济技术开发区"] == "park"
    visited = [(g.nodes[u]["label"], g.nodes[v]["label"], d["year"]) for u, v, d in g.edges(data=True)
               if d["relation"] == "visited"]
    assert ("张三", "余杭区", 2019) in visited and ("张三", "美国", None) in visited


def test_stats_counts_and_components(small_kg):
    s = stats(small_kg)
    assert s["classes"] == {"company": 1, "organization": 1, "park": 1, "person": 2, "place": 4}
    assert s["relations"] == {"visited": 3, "locatedIn": 4, "locatedIn_text": 2, "locatedIn_gazetteer": 2}
    # 新华社 is isolated; everything else hangs together through 余杭区/杭州市
    assert s["components"]["count"] == 2
    assert s["components"]["sizes"] == [8, 1]
    assert s["components"]["singletons"] == 1
    assert [m["label"] for m in s["components"]["largest"][:2]] == ["杭州市", "余杭区"]
    json.dumps(s)  # JSON-ready


def test_top_degree_order_and_ties(small_kg):
    top = stats(small_kg)["top_degree"]
    # 杭州市 and 余杭区 both have degree 3; the tie goes to the smaller IRI (cn-330100 < cn-330110)
    assert [(t["label"], t["degree"]) for t in top[:2]] == [("杭州市", 3), ("余杭区", 3)]
    assert [t["degree"] for t in top] == sorted((t["degree"] for t in top), reverse=True)
    for a, b in zip(top, top[1:]):
        if a["degree"] == b["degree"]:
            assert a["iri"] < b["iri"]
    assert len(top) == 9


def test_pagerank_matches_networkx_definition():
    g = nx.MultiDiGraph()
    g.add_edges_from([("a", "b"), ("a", "b"), ("b", "c"), ("c", "a"), ("d", "c")])
    pr = pagerank(g)
    assert sum(pr.values()) == pytest.approx(1.0)
    # hand check of the stationary equations: pr(v) = (1-α)/n + α Σ pr(u)·w(u,v)/out(u)
    n, alpha = 4, 0.85
    assert pr["b"] == pytest.approx((1 - alpha) / n + alpha * pr["a"], rel=1e-6)
    assert pr["c"] == pytest.approx((1 - alpha) / n + alpha * (pr["b"] + pr["d"]), rel=1e-6)
    assert pr["d"] == pytest.approx((1 - alpha) / n, rel=1e-6)


def test_top_pagerank_favours_containers(small_kg):
    top = stats(small_kg)["top_pagerank"]
    assert top[0]["label"] == "浙江省"
    assert all(0 < t["pagerank"] < 1 for t in top)


def test_stats_is_deterministic(small_kg):
    assert json.dumps(stats(small_kg)) == json.dumps(stats(small_kg))


def test_empty_graph():
    s = stats(KnowledgeGraph())
    assert s["nodes"] == 0 and s["top_degree"] == [] and s["top_pagerank"] == []
    assert s["components"] == {"count": 0, "sizes": [], "singletons": 0, "largest": []}
