"""SPARQL over a built ``graph.ttl`` with pyoxigraph, and result formatting.

``run_query(sparql, graph_path)`` loads the Turtle into an in-memory
``pyoxigraph.Store`` and returns a :class:`QueryResult` (SELECT rows, an ASK
boolean, or CONSTRUCT/DESCRIBE triples); ``format_result(result, fmt)`` renders
it as an aligned ``table`` (CJK-width aware), ``csv`` or ``json`` (the SPARQL 1.1
Query Results JSON format).  The prefixes of the exported graph (``tp:``,
``rdfs:``, ``xsd:`` …) are predeclared, so short queries may omit PREFIX lines.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from .errors import QueryError
from .export.rdf import PREFIXES

FORMATS = ("table", "csv", "json")
QUERY_PACKAGE = "graph.queries"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
DEFAULT_PREFIXES = {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


@dataclass(frozen=True)
class Term:
    """An RDF term of a result: ``type`` is ``uri``, ``literal``, ``bnode`` or ``triple``."""

    type: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def to_json(self) -> dict[str, str]:
        out = {"type": self.type, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype and self.datatype != _XSD_STRING:
            out["datatype"] = self.datatype
        return out

    def n3(self) -> str:
        if self.type == "uri":
            return f"<{self.value}>"
        if self.type == "bnode":
            return f"_:{self.value}"
        if self.type == "triple":
            return self.value
        text = json.dumps(self.value, ensure_ascii=False)
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != _XSD_STRING:
            return f"{text}^^<{self.datatype}>"
        return text


@dataclass(frozen=True)
class QueryResult:
    """``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = field(default=())

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)


# ------------------------------------------------------------------ loading --

def query_names() -> list[str]:
    """Names of the shipped queries (``graph/queries/*.rq``), usable as ``@NAME``."""
    root = resources.files(QUERY_PACKAGE)
    return sorted(p.name[:-3] for p in root.iterdir() if p.name.endswith(".rq"))


def load_query_text(spec: str) -> str:
    """SPARQL text from ``spec``: ``@NAME`` of a shipped query, ``@path/to/file.rq``, a path to an
    existing ``.rq`` file, or the SPARQL text itself."""
    if spec.startswith("@"):
        ref = spec[1:]
        if ref.endswith(".rq") and ref[:-3] in query_names() and not Path(ref).is_file():
            ref = ref[:-3]
        if ref in query_names():
            return resources.files(QUERY_PACKAGE).joinpath(f"{ref}.rq").read_text(encoding="utf-8")
        path = Path(ref)
        if path.is_file():
            return _read_query_file(path)
        raise QueryError(f"{spec}: no such shipped query or file; shipped queries: "
                         + ", ".join("@" + n for n in query_names()))
    if spec.endswith((".rq", ".sparql")) and "\n" not in spec and Path(spec).is_file():
        return _read_query_file(Path(spec))
    if not spec.strip():
        raise QueryError("empty query; give SPARQL text, @file.rq or @NAME (e.g. @visits_by_person_year)")
    return spec


def _read_query_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read query file ({exc})") from exc


def load_store(graph_path: str | os.PathLike[str]) -> ox.Store:
    """An in-memory store holding the Turtle file (a directory means its ``graph.ttl``)."""
    path = Path(graph_path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise QueryError(f"{path}: graph file not found; run `tupu build INPUT --out DIR` first "
                         "or give --graph DIR/graph.ttl")
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise QueryError(f"{path}: not valid Turtle ({exc})") from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"{path}: cannot load graph ({exc})") from exc
    return store


# ---------------------------------------------------------------- querying --

def _term(t) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        lang = t.language
        return Term("literal", t.value, None if lang else t.datatype.value, lang or None)
    return Term("triple", str(t))


def _syntax_message(sparql: str, exc: SyntaxError) -> str:
    """pyoxigraph says ``error at LINE:COL: …``; quote the line with a caret under the column."""
    msg = str(exc)
    m = re.search(r"at (\d+):(\d+)", msg)
    if m:
        line_no, col = int(m.group(1)), int(m.group(2))
        msg = re.sub(r"^error at \d+:\d+:\s*", "", msg)
        lines = sparql.splitlines()
        if 1 <= line_no <= len(lines):
            line = lines[line_no - 1]
            caret = " " * _width(line[:max(col - 1, 0)]) + "^"
            return f"SPARQL syntax error at line {line_no}, column {col}: {msg}\n  {line}\n  {caret}"
    return f"SPARQL syntax error: {msg}"


def run_query(sparql: str, graph_path: str | os.PathLike[str]) -> QueryResult:
    """Run ``sparql`` (or ``@NAME`` of a shipped query) over the Turtle file at ``graph_path``."""
    if sparql.startswith("@"):
        sparql = load_query_text(sparql)
    store = load_store(graph_path)
    try:
        res = store.query(sparql, prefixes=DEFAULT_PREFIXES)
    except SyntaxError as exc:
        raise QueryError(_syntax_message(sparql, exc)) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        variables = tuple(v.value for v in res.variables)
        rows = tuple(tuple(_term(sol[v]) for v in variables) for sol in res)
        return QueryResult("select", variables, rows)
    triples = tuple(sorted(((_term(t.subject), _term(t.predicate), _term(t.object)) for t in res),
                           key=lambda tr: tuple(x.n3() for x in tr)))
    return QueryResult("graph", ("subject", "predicate", "object"), triples=triples)


# -------------------------------------------------------------- formatting --

def _width(text: str) -> int:
    """Display width in a terminal: East Asian wide and full-width characters take two columns."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def _truncate(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _short_iri(iri: str) -> str:
    best = ""
    for prefix, ns in DEFAULT_PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(DEFAULT_PREFIXES.get(best, "")):
            best = prefix
    if best:
        return f"{best}:{unquote(iri[len(DEFAULT_PREFIXES[best]):])}"
    return f"<{iri}>"


def _display(term: Term | None) -> str:
    if term is None:
        return ""
    if term.type == "uri":
        return _short_iri(term.value)
    if term.type == "bnode":
        return f"_:{term.value}"
    return " ".join(term.value.split()) if "\n" in term.value or "\t" in term.value else term.value


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(result: QueryResult, max_cell: int = 60) -> str:
    """Aligned columns for a terminal; IRIs shortened with the graph's prefixes, long cells cut with …"""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    body = [[_truncate(_display(t), max_cell) for t in row]
            for row in (result.triples if result.kind == "graph" else result.rows)]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = [" | ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    n = len(body)
    lines.append(f"({n} {'row' if n == 1 else 'rows'})")
    return "\n".join(lines) + "\n"


def format_csv(result: QueryResult) -> str:
    """CSV with a header row of variable names; IRIs and literals as their plain value (SPARQL CSV style)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.variables)
    for row in (result.triples if result.kind == "graph" else result.rows):
        writer.writerow(["" if t is None else t.value for t in row])
    return buf.getvalue()


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON; CONSTRUCT results as bindings of ?subject ?predicate ?object."""
    if result.kind == "ask":
        doc: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        rows = result.triples if result.kind == "graph" else result.rows
        doc = {"head": {"vars": list(result.variables)},
               "results": {"bindings": [{v: t.to_json() for v, t in zip(result.variables, row) if t is not None}
                                        for row in rows]}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as ``table``, ``csv`` or ``json``."""
    if fmt == "table":
        return format_table(result)
    if fmt == "csv":
        return format_csv(result)
    if fmt == "json":
        return format_json(result)
    raise QueryError(f"unknown output format {fmt!r}; valid formats: {', '.join(FORMATS)}")
