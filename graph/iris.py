"""The one place where IRIs are made. Deterministic: the same entity gets the same IRI in every build."""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

ONTOLOGY = "https://w3id.org/tupu/ontology#"
ID = "https://w3id.org/tupu/id/"

_KIND_PATH = {"person": "person", "place": "place", "organization": "org", "company": "company",
              "park": "park"}


def _slug(text: str) -> str:
    """Percent-encode a key so the IRI stays ASCII and unambiguous (reversible with unquote)."""
    return quote(text, safe="")


def entity_iri(kind: str, key: str) -> URIRef:
    """IRI of an entity from its (kind, key); place keys ``cn:621100`` become ``place/cn-621100``."""
    if kind not in _KIND_PATH:
        raise ValueError(f"unknown entity kind {kind!r}; valid kinds: {', '.join(sorted(_KIND_PATH))}")
    prefix, _, rest = key.partition(":")
    if kind == "place":
        return URIRef(f"{ID}place/{_slug(prefix)}-{_slug(rest)}")
    return URIRef(f"{ID}{_KIND_PATH[kind]}/{_slug(rest or prefix)}")


def document_iri(doc_id: str) -> URIRef:
    return URIRef(f"{ID}doc/{_slug(doc_id)}")


def visit_iri(visit_id: str) -> URIRef:
    return URIRef(f"{ID}visit/{visit_id}")


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def evidence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{ID}evidence/{_digest(doc_id, start, end)}")


def located_in_iri(subject: tuple[str, str], container: tuple[str, str]) -> URIRef:
    return URIRef(f"{ID}located-in/{_digest(*subject, *container)}")
