"""Example SPARQL queries shipped with Tupu; run them with ``tupu query @NAME``."""
