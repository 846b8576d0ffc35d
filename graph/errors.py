"""One base error for the library; the CLI turns these into one-line messages."""
from __future__ import annotations


class TupuError(Exception):
    """Base class of every error Tupu raises on purpose."""


class InputError(TupuError):
    """A file or folder given as input cannot be read as an article."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OutputError(TupuError):
    """An output file or directory cannot be written."""


class QueryError(TupuError):
    """A SPARQL query or its graph file is invalid."""
