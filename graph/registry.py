"""Name-keyed registries for recognisers, fact extractors and entity resolvers.

* A **recogniser** ``fn(analysis) -> Iterable[Mention | TimeExpr]`` finds spans.
  Recognisers run in ascending ``order``; each sees the mentions found before it.
* An **extractor** ``fn(analysis) -> Iterable[Fact]`` reads a fully recognised
  document and yields facts (visits, located-in ...). Extractors are pure: they
  must not mutate the analysis.
* A **resolver** ``fn(mentions) -> dict[key, canonical_key]`` merges the keys of
  one entity kind across all documents of a build (e.g. 中天 / 中天科技).

Modules register themselves on import; ``load_builtin()`` imports them all.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable

from .types import Analysis, Fact, Mention, TimeExpr

Recogniser = Callable[[Analysis], Iterable["Mention | TimeExpr"]]
Extractor = Callable[[Analysis], Iterable[Fact]]
Resolver = Callable[[list[Mention]], dict[str, str]]


@dataclass(frozen=True)
class Registered:
    name: str
    fn: Callable
    order: int = 0


RECOGNISERS: dict[str, Registered] = {}
EXTRACTORS: dict[str, Registered] = {}
RESOLVERS: dict[str, Registered] = {}

BUILTIN_MODULES = (
    "graph.extract.times",
    "graph.extract.places",
    "graph.extract.parks",
    "graph.extract.organizations",
    "graph.extract.brand_parks",
    "graph.extract.persons",
    "graph.extract.visits",
    "graph.extract.located_in",
)


def recogniser(name: str, order: int) -> Callable[[Recogniser], Recogniser]:
    def register(fn: Recogniser) -> Recogniser:
        RECOGNISERS[name] = Registered(name, fn, order)
        return fn
    return register


def extractor(name: str, order: int = 0) -> Callable[[Extractor], Extractor]:
    def register(fn: Extractor) -> Extractor:
        EXTRACTORS[name] = Registered(name, fn, order)
        return fn
    return register


def resolver(kind: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        RESOLVERS[kind] = Registered(kind, fn)
        return fn
    return register


def load_builtin() -> None:
    """Import every built-in extractor module so that it registers itself."""
    for module in BUILTIN_MODULES:
        importlib.import_module(module)


def ordered(registry: dict[str, Registered], names: Iterable[str] | None = None) -> list[Registered]:
    """Registered items sorted by (order, name); ``names`` selects a subset and rejects unknown ones."""
    if names is not None:
        names = list(names)
        unknown = [n for n in names if n not in registry]
        if unknown:
            valid = ", ".join(sorted(registry))
            raise ValueError(f"unknown extractor {unknown[0]!r}; valid names: {valid}")
        items = [registry[n] for n in names]
    else:
        items = list(registry.values())
    return sorted(items, key=lambda r: (r.order, r.name))
