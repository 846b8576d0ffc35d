"""Choosing one place among several that share a name, from the document's context.

A candidate scores when a place named nearby is one of its ancestors or
descendants (朝阳区 with 北京 in the sentence).  Nearer context weighs more:
the immediately preceding place of a chain decides alone, then the same
sentence, the same paragraph, the dateline and the rest of the document.
When the context does not decide, the name stays unresolved.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import Gazetteer

WEIGHT_SENTENCE = 4
WEIGHT_PARAGRAPH = 3
WEIGHT_DATELINE = 2
WEIGHT_DOCUMENT = 1
ROOTS = frozenset({"geo:CN"})


@dataclass(frozen=True)
class Context:
    """Resolved places around a mention: key → the highest weight at which it was seen."""

    weights: dict[str, int]


def related(gaz: Gazetteer, a: str, b: str) -> bool:
    """True when one place contains the other (the country root does not count)."""
    if a == b:
        return True
    if b not in ROOTS and any(r.key == b for r in gaz.ancestors(a)):
        return True
    return a not in ROOTS and any(r.key == a for r in gaz.ancestors(b))


def score(gaz: Gazetteer, candidate: str, context: Context) -> int:
    """Weights of the related places in context; the candidate itself named elsewhere counts double."""
    return sum(w * (2 if key == candidate else 1) for key, w in context.weights.items()
               if related(gaz, candidate, key))


def by_default(gaz: Gazetteer, candidates: list[str]) -> str | None:
    """The reading to take without context: a province, or a unit containing all the others (和田地区 ⊃ 和田市)."""
    provinces = [c for c in candidates if (rec := gaz.get(c)) is not None and rec.level == "province"]
    if len(provinces) == 1:
        return provinces[0]
    for c in candidates:
        if all(o == c or any(r.key == c for r in gaz.ancestors(o)) for o in candidates):
            return c
    cities = [gaz.get(c) for c in candidates]
    if all(r is not None and r.level == "foreign-city" for r in cities):
        ranked = sorted(cities, key=lambda r: -r.population)
        if ranked[0].population >= 5 * max(ranked[1].population, 1):
            return ranked[0].key
    return None


def choose(gaz: Gazetteer, candidates: list[str], context: Context, previous: str | None = None) -> str | None:
    """The key the context selects among ``candidates``, or None when it does not decide."""
    if len(candidates) == 1:
        return candidates[0]
    if previous is not None:
        inside = [c for c in candidates if related(gaz, c, previous) and c != previous]
        if len(inside) == 1:
            return inside[0]
    provinces = [c for c in candidates if (rec := gaz.get(c)) is not None and rec.level == "province"]
    if len(provinces) == 1:
        near = Context({k: w for k, w in context.weights.items() if w >= WEIGHT_SENTENCE})
        if not any(score(gaz, c, near) for c in candidates if c != provinces[0]):
            return provinces[0]            # 海南 is the province unless its namesake's region is in the sentence
    scores = sorted(((score(gaz, c, context), c) for c in candidates), reverse=True)
    if scores[0][0] > scores[1][0]:
        return scores[0][1]
    if scores[0][0] == 0:
        return by_default(gaz, candidates)
    return by_default(gaz, [c for s, c in scores if s == scores[0][0]])
