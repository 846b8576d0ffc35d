"""The Tupu vocabulary as a closed rdflib namespace mirroring ``ontology/tupu.ttl``.

``TP.Visit`` is an IRI; a misspelt term raises ``AttributeError``, so a typo in an
exporter fails loudly instead of emitting an undeclared term.  The test suite
checks that this list and the ontology file declare exactly the same terms.
"""
from __future__ import annotations

import re

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

from .iris import ID, ONTOLOGY

CLASSES: tuple[str, ...] = (
    "Person", "Place", "Park", "Organization", "Company", "Visit", "Document", "Evidence",
    "LocatedInStatement",
)
PROPERTIES: tuple[str, ...] = (
    # entities
    "alias", "level", "adminCode", "isoCode", "key", "mentionCount", "mentionedIn", "locatedIn",
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
                                 "continent", "new-area", "zone", "foreign-state", "foreign-city")

ADMIN_CODE = re.compile(r"^[0-9]{6}(?:[0-9]{3})?$")      # tp:adminCode (Chinese division code, Wikidata P442)
ISO_CODE = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")  # tp:isoCode (ISO 3166-1 alpha-2 / ISO 3166-2)

