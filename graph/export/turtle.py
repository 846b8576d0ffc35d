"""A small, fast, deterministic Turtle writer for IRI/literal triples (no blank nodes).

rdflib builds and serialises ~20,000 triples a second; a corpus build has hundreds of
thousands, so the exporter writes Turtle itself: subjects sorted by IRI, ``rdf:type`` first
then predicates sorted by IRI, objects sorted; IRIs shortened with the given prefixes when
the local part is a safe prefixed name; strings escaped per the Turtle grammar.
"""
from __future__ import annotations

import re
from itertools import groupby
from typing import Iterable, NamedTuple, Union

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class Lit(NamedTuple):
    """A literal: lexical form, datatype IRI (``xsd:string`` for plain strings), language tag."""

    lex: str
    datatype: str = XSD_STRING
    lang: str = ""


Term = Union[str, Lit]            # an IRI (plain str) or a literal
Triple = tuple[str, str, Term]

_LOCAL = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_\-]|\.(?=.)|%[0-9A-Fa-f]{2})*\Z")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_UNSAFE = re.compile(r'[\\"\x00-\x1f\x7f]')
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")


def _escape_string(text: str) -> str:
    return _STRING_UNSAFE.sub(lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


class TurtleWriter:
    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = dict(sorted(prefixes.items()))
        # longest namespace first, so tpid:place/… never wins over place:…
        self._by_length = sorted(self.prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self._cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        out = self._cache.get(iri)
        if out is None:
            out = ""
            for prefix, ns in self._by_length:
                if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
                    out = f"{prefix}:{iri[len(ns):]}"
                    break
            if not out:
                out = "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}", iri) + ">"
            self._cache[iri] = out
        return out

    def term(self, term: Term) -> str:
        if isinstance(term, str):
            return self.iri(term)
        if term.lang:
            return f'"{_escape_string(term.lex)}"@{term.lang}'
        if term.datatype == XSD_STRING:
            return f'"{_escape_string(term.lex)}"'
        if term.datatype == XSD_INTEGER and _INTEGER.match(term.lex):
            return term.lex
        if term.datatype == XSD_DECIMAL and _DECIMAL.match(term.lex):
            return term.lex
        return f'"{_escape_string(term.lex)}"^^{self.iri(term.datatype)}'

    def serialize(self, triples: Iterable[Triple]) -> str:
        out = [f"@prefix {prefix}: <{ns}> ." for prefix, ns in self.prefixes.items()]
        for subject, group in groupby(sorted(set(triples), key=_sort_key), key=lambda t: t[0]):
            parts = []
            for predicate, objects in groupby(group, key=lambda t: t[1]):
                verb = "a" if predicate == RDF_TYPE else self.iri(predicate)
                parts.append(f"{verb} " + ",\n        ".join(self.term(t[2]) for t in objects))
            out.append("")
            out.append(f"{self.iri(subject)} " + " ;\n    ".join(parts) + " .")
        return "\n".join(out) + "\n"


def _sort_key(t: Triple) -> tuple:
    o = t[2]
    okey = (0, o, "", "") if isinstance(o, str) else (1, o.lex, o.datatype, o.lang)
    return (t[0], t[1] != RDF_TYPE, t[1], okey)


def serialize_turtle(triples: Iterable[Triple], prefixes: dict[str, str]) -> str:
    """Turtle text for ``triples``; the same set of triples always gives the same text."""
    return TurtleWriter(prefixes).serialize(triples)
