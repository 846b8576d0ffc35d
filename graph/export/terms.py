"""Plain RDF terms (IRIs as ``str``, literals as ``Lit``) that the exporter builds before rdflib sees them."""
from __future__ import annotations

from typing import NamedTuple, Union

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
