"""The Tupu vocabulary as a closed rdflib namespace mirroring ``ontology/tupu.ttl``.

``TP.Visit`` is an IRI; a misspelt term raises ``AttributeError``, so a typo in an
exporter fails loudly instead of emitting an undeclared term.  The test suite
checks that this list and the ontology file declare exactly the same terms.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

from .iris import ID, ONTOLOGY

CLASSES: tuple[str, ...] = (
    "Person", "Place", "Park", "Organization", "Company", "Visit", "Document", "Evidence",
    "LocatedInStatement",
)
PROPERTIES: tuple[str, ...] = (
    # entities
    "alias", "level", "adminCode", "key", "mentionCount", "mentionedIn", "locatedIn",
    # visits
    "visitor", "place", "year", "startDate", "endDate", "role", "confidence",
    # provenance
    "evidence", "document", "sentence", "sentenceIndex", "sentenceStart", "sentenceEnd", "start", "end",
    "locatedEntity", "container",
    # documents
    "sourcePath", "date",
)

TP = ClosedNamespace(ONTOLOGY, list(CLASSES + PROPERTIES))
TPID = Namespace(ID)
SCHEMA = Namespace("https://schema.org/")

#: Class of each entity kind (see ``graph.types.ENTITY_KINDS``), and the extra super-classes
#: stated explicitly in exported data so that SPARQL needs no inference.
KIND_CLASS = {"person": TP.Person, "place": TP.Place, "park": TP.Park, "organization": TP.Organization,
              "company": TP.Company}
KIND_SUPERCLASSES = {"park": (TP.Place,), "company": (TP.Organization,)}

#: Values of ``tp:level`` (plain strings).
PLACE_LEVELS: tuple[str, ...] = ("country", "province", "prefecture", "county", "township", "village", "region",
                                 "foreign-city", "foreign-state")

ONTOLOGY_PATH = Path(__file__).resolve().parent.parent / "ontology" / "tupu.ttl"
