"""KnowledgeGraph → a self-contained interactive HTML view (pyvis / vis-network), usable offline.

* vis-network is inlined (``cdn_resources="in_line"``); every remaining remote
  ``<script src=http…>`` / ``<link href=http…>`` of pyvis' template (bootstrap) is removed.
* Nodes are entities, coloured by class (legend in the top-left corner), sized by degree.
  Visits are edges person → place labelled ``visited <year>``; located-in facts are edges
  labelled ``locatedIn`` (dashed when they come from the gazetteer).
* Tooltips show the name, class, aliases and evidence sentences.  All text from articles is
  HTML-escaped when the tooltip HTML is built, and the page turns each tooltip into a DOM element
  itself, so the result is the same whether a vis-network version renders title strings as text
  or as HTML.  Labels are drawn on the canvas (never parsed as HTML) and pass through pyvis'
  ``tojson`` filter, which escapes ``<``, ``>`` and ``&`` inside the inline script.
* Layout: force-directed physics bounded to 200 stabilisation iterations, then switched off,
  so a graph of a few thousand nodes settles in seconds and stays still.
"""
from __future__ import annotations

import html
import math
import os
import re
from collections import defaultdict

from pyvis.network import Network

from ..atomic import atomic_write_text
from ..iris import entity_iri
from ..errors import OutputError
from ..model import Entity, KnowledgeGraph, LocatedInFact, VisitFact
from ..types import Evidence

#: kind → (colour, English name, Chinese name); the legend lists them in this order.
CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    "person": ("#e15759", "Person", "人物"),
    "place": ("#4e79a7", "Place", "地点"),
    "park": ("#59a14f", "Park", "园区"),
    "company": ("#f28e2b", "Company", "企业"),
    "organization": ("#b07aa1", "Organization", "机构"),
}
VISIT_COLOUR = "#d37295"
LOCATED_COLOUR = "#8c8c8c"
MAX_EVIDENCE = 3          # evidence sentences per tooltip
MAX_SENTENCE = 160        # characters per quoted sentence
STABILIZATION_ITERATIONS = 200

OPTIONS = {
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.01, "springLength": 110,
                             "springConstant": 0.08, "avoidOverlap": 0.3},
        "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS, "updateInterval": 25,
                          "fit": True},
        "minVelocity": 1.0,
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "multiselect": True},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10, "align": "middle"},
              "smooth": False},
    "nodes": {"shape": "dot", "font": {"size": 14}},
}

_REMOTE_TAG = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//[^>]*>\s*</script\s*>"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//[^>]*>""",
    re.IGNORECASE | re.DOTALL)
_REMOTE_ATTR = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)

_STYLE = """<style>
  html, body { margin: 0; overflow: hidden; font-family: sans-serif; }
  #mynetwork { box-sizing: border-box; border: none !important; border-radius: 0 !important;
               box-shadow: none !important; }
  div.vis-tooltip { white-space: normal !important; max-width: 460px; font: 13px/1.4 sans-serif !important; }
  .tupu-tip q { color: #444; }
  #tupu-legend { position: fixed; top: 10px; left: 10px; z-index: 10; background: rgba(255,255,255,.92);
                 border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; font-size: 13px; }
  #tupu-legend div { margin: 2px 0; white-space: nowrap; }
  #tupu-legend .dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
                      margin-right: 6px; vertical-align: middle; }
  #tupu-legend .line { display: inline-block; width: 22px; margin-right: 6px; vertical-align: middle;
                       border-top: 2px solid; }
</style>"""

# Runs inside pyvis' drawGraph() just before the network is created: tooltips become DOM
# elements built from our (already escaped) HTML, and physics stops once stabilised.
_TOOLTIP_JS = """
                  function tupuTip(item) {
                      if (typeof item.title !== "string") { return null; }
                      var el = document.createElement("div");
                      el.className = "tupu-tip";
                      el.innerHTML = item.title;
                      return {id: item.id, title: el};
                  }
                  nodes.update(nodes.get().map(tupuTip).filter(Boolean));
                  edges.update(edges.get().map(tupuTip).filter(Boolean));
                  network = new vis.Network(container, data, options);
                  network.once("stabilizationIterationsDone", function () {
                      network.setOptions({physics: {enabled: false}});
                  });
"""
_NETWORK_LINE = "network = new vis.Network(container, data, options);"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _quote(ev: Evidence) -> str:
    sentence = ev.sentence if len(ev.sentence) <= MAX_SENTENCE else ev.sentence[:MAX_SENTENCE - 1] + "…"
    return f"<q>{_esc(sentence)}</q> <small>({_esc(ev.doc_id)} {ev.start}–{ev.end})</small>"


def _evidence_html(evidence: list[Evidence]) -> str:
    if not evidence:
        return ""
    shown = [f"<br>{_quote(ev)}" for ev in evidence[:MAX_EVIDENCE]]
    more = f"<br><small>… {len(evidence) - MAX_EVIDENCE} more</small>" if len(evidence) > MAX_EVIDENCE else ""
    return "<br><b>证据 evidence</b>" + "".join(shown) + more


def _legend(counts: dict[str, int], visits: int, located: int) -> str:
    rows = [f'<div><span class="dot" style="background:{colour}"></span>{zh} {en} ({counts.get(kind, 0)})</div>'
            for kind, (colour, en, zh) in CLASS_STYLE.items()]
    rows.append(f'<div><span class="line" style="border-color:{VISIT_COLOUR}"></span>'
                f'到访 visited (year) ({visits})</div>')
    rows.append(f'<div><span class="line" style="border-color:{LOCATED_COLOUR}"></span>'
                f'位于 locatedIn ({located})</div>')
    rows.append('<div><small>虚线 dashed: from the gazetteer</small></div>')
    return '<div id="tupu-legend"><b>图例 Legend</b>' + "".join(rows) + "</div>"


def _node_title(ent: Entity, evidence: list[Evidence]) -> str:
    _, en, zh = CLASS_STYLE[ent.kind]
    aliases = sorted(ent.aliases - {ent.label})
    level = ent.attrs.get("level", "")
    if level and ent.attrs.get("code"):
        level += " " + ent.attrs["code"]
    return (f"<b>{_esc(ent.label)}</b> <small>{zh} {en}</small>"
            + (f"<br>别名 aliases: {_esc('、'.join(aliases))}" if aliases else "")
            + (f"<br>{_esc(level)}" if level else "")
            + f"<br>提及 mentions: {ent.mentions} in {len(ent.docs)} document(s)"
            + _evidence_html(sorted(set(evidence), key=lambda e: (e.doc_id, e.start, e.end))))


def _visit_edge(kg: KnowledgeGraph, v: VisitFact, a: str, b: str) -> dict:
    dates = " – ".join(d.isoformat() for d in (v.start_date, v.end_date) if d)
    title = (f"<b>{_esc(kg.entities[v.visitor].label)}</b> 到访 visited <b>{_esc(kg.entities[v.place].label)}</b>"
             + (f"<br>年份 year: {v.year}" if v.year else "") + (f"<br>日期 dates: {dates}" if dates else "")
             + f"<br>角色 role: {_esc(v.role)}; 置信度 confidence: {v.confidence:.2f}"
             + _evidence_html(v.evidence))
    return {"from": a, "to": b, "arrows": "to", "label": f"visited {v.year}" if v.year else "visited",
            "title": title, "color": VISIT_COLOUR, "width": 1.5}


def _located_edge(kg: KnowledgeGraph, f: LocatedInFact, a: str, b: str) -> dict:
    title = (f"<b>{_esc(kg.entities[f.subject].label)}</b> 位于 locatedIn "
             f"<b>{_esc(kg.entities[f.container].label)}</b><br>来源 source: {_esc(f.source)}"
             + (f"; 置信度 confidence: {f.confidence:.2f}" if f.source != "gazetteer" else "")
             + _evidence_html(f.evidence))
    return {"from": a, "to": b, "arrows": "to", "label": "locatedIn", "title": title,
            "color": LOCATED_COLOUR, "width": 1, "dashes": f.source == "gazetteer"}


def _network(kg: KnowledgeGraph) -> tuple[Network, dict[str, int], int, int]:
    ids = {eid: str(entity_iri(*eid)) for eid in kg.entities if eid[0] in CLASS_STYLE}
    visits = [kg.visits[k] for k in sorted(kg.visits) if kg.visits[k].visitor in ids and kg.visits[k].place in ids]
    located = [kg.located_in[k] for k in sorted(kg.located_in) if k[0] in ids and k[1] in ids]
    edges: list[dict] = [_visit_edge(kg, v, ids[v.visitor], ids[v.place]) for v in visits]
    edges += [_located_edge(kg, f, ids[f.subject], ids[f.container]) for f in located]

    degree: dict[str, int] = defaultdict(int)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for edge, fact in zip(edges, [*visits, *located]):
        for node in (edge["from"], edge["to"]):
            degree[node] += 1
            evidence[node].extend(fact.evidence)
        k = parallel[(edge["from"], edge["to"])]
        parallel[(edge["from"], edge["to"])] += 1
        # parallel edges (one person, one place, several years) curve apart
        edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * k, 2)} if k else False

    counts: dict[str, int] = defaultdict(int)
    nodes: list[dict] = []
    for eid in sorted(ids):
        ent, node = kg.entities[eid], ids[eid]
        counts[ent.kind] += 1
        nodes.append({"id": node, "label": ent.label, "shape": "dot", "title": _node_title(ent, evidence[node]),
                      "color": CLASS_STYLE[ent.kind][0], "size": round(min(10 + 5 * math.sqrt(degree[node]), 48), 2)})

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    # pyvis' add_node/add_edge check membership in lists (quadratic); its template only needs these lists
    net.nodes, net.edges = nodes, edges
    net.options = OPTIONS
    return net, counts, len(visits), len(located)


def strip_remote_resources(page: str) -> str:
    """Remove ``<script src=http…>`` and ``<link href=http…>`` tags; fail if any remote reference remains."""
    page = _REMOTE_TAG.sub("", page)
    leftover = _REMOTE_ATTR.search(page)
    if leftover:
        raise OutputError(f"remote resource left in the HTML view near: {page[leftover.start():leftover.start() + 80]!r}")
    return page


def to_html(kg: KnowledgeGraph) -> str:
    """The graph view as one self-contained HTML page (no network access needed)."""
    net, counts, n_visits, n_located = _network(kg)
    page = net.generate_html(name="graph.html")
    page = strip_remote_resources(page)
    if _NETWORK_LINE not in page:
        raise OutputError("unexpected pyvis template: cannot install the tooltip and physics handlers")
    page = page.replace(_NETWORK_LINE, _TOOLTIP_JS.strip("\n").lstrip(), 1)
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n        <title>Tupu 图谱</title>\n'
                        + _STYLE, 1)
    page = re.sub(r"\s*<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page = re.sub(r"<!--(?:(?!-->).)*node_modules.*?-->", "", page, flags=re.DOTALL)
    page = page.replace("<body>", "<body>\n" + _legend(counts, n_visits, n_located), 1)
    return page


def write_html(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> None:
    """Write the HTML view to ``path`` (atomically)."""
    atomic_write_text(path, to_html(kg))
