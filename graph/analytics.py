"""Graph analytics with networkx: the entity graph, counts, central entities, components.

``to_networkx(kg)`` gives a ``MultiDiGraph`` whose nodes are entity IRIs (attributes
``kind``, ``label``, ``key``) and whose edges are ``visited`` (person → place, one per
visit, with ``year``/``role``/``confidence``) and ``locatedIn`` (subject → container, with
``source``/``confidence``).  ``stats(kg)`` summarises it as a JSON-ready dict; every list
is ordered deterministically (score descending, ties broken by IRI).  ``components`` gives the
number of weakly connected components, the sizes of the 20 largest, the number of isolated
entities and the best-connected members of the largest component.
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from .iris import entity_iri
from .model import KnowledgeGraph

TOP_N = 10
MAX_SIZES = 20     # component sizes listed (largest first)


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for ent in kg.sorted_entities():
        g.add_node(str(entity_iri(ent.kind, ent.key)), kind=ent.kind, label=ent.label, key=ent.key)

    def node(eid: tuple[str, str]) -> str:
        iri = str(entity_iri(*eid))
        if iri not in g:  # a fact naming an entity the model did not list: keep it visible
            g.add_node(iri, kind=eid[0], label=eid[1].split(":", 1)[-1], key=eid[1])
        return iri

    for vid in sorted(kg.visits):
        v = kg.visits[vid]
        g.add_edge(node(v.visitor), node(v.place), key=f"visit:{vid}", relation="visited", year=v.year,
                   role=v.role, confidence=v.confidence)
    for pair in sorted(kg.located_in):
        f = kg.located_in[pair]
        g.add_edge(node(f.subject), node(f.container), key="locatedIn", relation="locatedIn",
                   source=f.source, confidence=f.confidence)
    return g


def pagerank(g: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank by power iteration in pure Python (parallel edges count as weight; dangling nodes
    spread their rank evenly).  Same result as ``networkx.pagerank`` without needing scipy."""
    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {u: g.out_degree(u) for u in nodes}
    incoming: dict[str, list[tuple[str, int]]] = {u: [] for u in nodes}
    for v in nodes:
        counts = Counter(u for u, _ in g.in_edges(v))
        incoming[v] = sorted(counts.items())
    dangling = [u for u in nodes if out_weight[u] == 0]
    rank = {u: 1.0 / n for u in nodes}
    for _ in range(max_iter):
        spread = alpha * sum(rank[u] for u in dangling) / n + (1.0 - alpha) / n
        new = {v: spread + alpha * sum(rank[u] * c / out_weight[u] for u, c in incoming[v]) for v in nodes}
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def _top(g: nx.MultiDiGraph, scores: dict[str, float], name: str, digits: int | None = None) -> list[dict]:
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
    return [{"iri": iri, "label": g.nodes[iri]["label"], "kind": g.nodes[iri]["kind"],
             name: round(score, digits) if digits is not None else score} for iri, score in ordered]


def stats(kg: KnowledgeGraph) -> dict:
    """Counts per class and relation, top entities by degree and PageRank, weakly connected components."""
    g = to_networkx(kg)
    classes = Counter(data["kind"] for _, data in g.nodes(data=True))
    relations = Counter(data["relation"] for _, _, data in g.edges(data=True))
    located = Counter(f.source for f in kg.located_in.values())
    degree = {u: int(d) for u, d in g.degree()}
    components = sorted((sorted(c) for c in nx.weakly_connected_components(g)), key=lambda c: (-len(c), c[0]))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "classes": dict(sorted(classes.items())),
        "relations": {"visited": relations.get("visited", 0), "locatedIn": relations.get("locatedIn", 0),
                      "locatedIn_text": located.get("text", 0), "locatedIn_gazetteer": located.get("gazetteer", 0)},
        "documents": len(kg.documents),
        "top_degree": _top(g, degree, "degree"),
        "top_pagerank": _top(g, pagerank(g), "pagerank", 6),
        "components": {
            "count": len(components),
            "sizes": [len(c) for c in components[:MAX_SIZES]],
            "singletons": sum(1 for c in components if len(c) == 1),
            "largest": _top(g, {u: degree[u] for u in components[0]}, "degree") if components else [],
        },
    }
