"""Gazetteer lookups of the visit extractor, cached: names, unique Chinese units, foreign places."""
from __future__ import annotations

from functools import lru_cache

from ...gazetteer import load


@lru_cache(maxsize=256)
def _place_name(key: str) -> str | None:
    rec = load().get(key)
    return rec.name if rec else None


@lru_cache(maxsize=256)
def _place_level(key: str) -> str | None:
    rec = load().get(key)
    return rec.level if rec else None


@lru_cache(maxsize=4096)
def _chinese_record(name: str) -> tuple[str, str, str] | None:
    """(key, name, level) of the one current Chinese province, prefecture or county called ``name``."""
    recs = [r for r in load().lookup(name) if r.key.startswith("cn:") and r.level in ("province", "prefecture", "county")
            and getattr(r, "valid_to", None) is None]
    return (recs[0].key, recs[0].name, recs[0].level) if len(recs) == 1 else None


@lru_cache(maxsize=4096)
def _country_of(key: str) -> str:
    """The ``geo:`` key of the country a place is in ('' when none); memoised."""
    return load().country_of(key)


@lru_cache(maxsize=4096)
def _foreign_record(name: str) -> tuple[str, str, str] | None:
    """(key, name, level) of the country, else the most populous foreign city, called ``name``."""
    recs = [r for r in load().lookup(name) if r.level in ("country", "foreign-city") and r.key != "geo:CN"]
    recs.sort(key=lambda r: (r.level != "country", -getattr(r, "population", 0), r.key))
    return (recs[0].key, recs[0].name, recs[0].level) if recs else None


@lru_cache(maxsize=4096)
def _ancestor_keys(key: str) -> frozenset[str]:
    """The keys of the units that contain the place ``key``."""
    return frozenset(r.key for r in load().ancestors(key))
