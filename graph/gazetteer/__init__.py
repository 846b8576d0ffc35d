"""The place gazetteer: China's administrative divisions, foreign places and regions.

``load()`` returns the process-wide :class:`Gazetteer` (read once from the
gzipped TSV files in ``data/``, about 0.1 s).  Keys follow docs/ARCHITECTURE.md:
``cn:621100`` (codes padded to 6 digits, townships 9 digits), ``geo:CN``,
``geo:adm1:US.IA``, ``geo:city:<geonameid>``, ``region:<name>``.

User-extensible lexicons (plain UTF-8 TSV beside the data):
``regions.tsv`` (non-administrative regions, continents, national new areas) and
``aliases.tsv`` (extra surface forms for any key).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

DATA_DIR = Path(__file__).parent / "data"
# inhabitants: a foreign city this large is known by its name alone (大阪, 洛杉矶)
MAJOR_CITY_POPULATION = 1_000_000
LEVELS: tuple[str, ...] = ("country", "province", "prefecture", "county", "township", "village",
                           "region", "continent", "new-area", "foreign-state", "foreign-city", "zone")


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    key: str
    name: str                         # full standard name (rdfs:label)
    level: str
    code: str = ""                    # administrative / ISO code
    parent: str = ""                  # key of the containing place ("" for countries)
    aliases: tuple[str, ...] = ()     # short and former forms
    valid_from: int | None = None     # years of validity for former units
    valid_to: int | None = None
    population: int = 0

    @property
    def former(self) -> bool:
        return self.valid_to is not None

    def current_in(self, year: int | None) -> bool:
        """Whether the place still existed in ``year`` (江干区, merged away in 2021, in 2020); without
        a year, whether it exists today."""
        return self.valid_to is None or (year is not None and self.valid_to > year)


class Form(NamedTuple):
    """One surface form of a place; ``weak`` forms are only places with supporting context."""

    key: str
    weak: bool
    full: bool                        # the form is the standard name (not a short/former form)


Row = list  # [key, name, level, code, parent, aliases, valid_from, valid_to, population] as read


class Gazetteer:
    """Records are kept as raw rows and turned into :class:`PlaceRecord` on first access."""

    def __init__(self, rows: Iterable[Row] = (), weak: Iterable[tuple[str, str]] = ()) -> None:
        self._rows: dict[str, Row] = {}
        self._records: dict[str, PlaceRecord] = {}
        self._forms: dict[str, list[tuple[str, bool, bool]]] = {}   # form -> [(key, weak, full)]
        self._children: dict[str, list[str]] | None = None
        weak_set = set(weak)
        for row in rows:
            self._add_row(row, weak_set)

    @classmethod
    def from_state(cls, state: tuple[dict[str, Row], dict[str, list[tuple[str, bool, bool]]]]) -> Gazetteer:
        """A gazetteer from :meth:`state` (the cached, marshal-able form)."""
        gaz = cls()
        gaz._rows, gaz._forms = state
        return gaz

    def state(self) -> tuple[dict[str, Row], dict[str, list[tuple[str, bool, bool]]]]:
        return self._rows, self._forms

    def _add_row(self, row: Row, weak: set[tuple[str, str]]) -> None:
        key, name, level = row[0], row[1], row[2]
        self._rows[key] = row
        self._records.pop(key, None)
        self._children = None
        if level == "zone":
            return
        forms = self._forms
        bucket = forms.get(name)
        if bucket is None:
            forms[name] = [(key, (key, name) in weak, True)]
        elif all(f[0] != key for f in bucket):
            bucket.append((key, (key, name) in weak, True))
        for alias in row[5]:
            bucket = forms.get(alias)
            if bucket is None:
                forms[alias] = [(key, (key, alias) in weak, False)]
            elif all(f[0] != key for f in bucket):
                bucket.append((key, (key, alias) in weak, False))

    def make_weak(self, form: str) -> None:
        """Short forms equal to ``form`` need context from now on (full names are unchanged)."""
        if form in self._forms:
            self._forms[form] = [f if f[2] else (f[0], True, False) for f in self._forms[form]]

    def make_strong(self, form: str) -> None:
        """Short forms equal to ``form`` of current cities and counties stand alone from now on
        (大连, 孝感: jieba tags them as ordinary words, yet in the news they name the place)."""
        def current(key: str) -> bool:
            rec = self.get(key)
            return rec is not None and rec.level in ("prefecture", "county") and not rec.former
        if form in self._forms:
            self._forms[form] = [(f[0], False, False) if not f[2] and current(f[0]) else f
                                 for f in self._forms[form]]

    def add(self, rec: PlaceRecord, weak_aliases: Iterable[str] = ()) -> None:
        """Add (or replace) a record, e.g. from a user lexicon."""
        row = [rec.key, rec.name, rec.level, rec.code, rec.parent, rec.aliases,
               rec.valid_from, rec.valid_to, rec.population]
        self._add_row(row, {(rec.key, a) for a in weak_aliases})

    # -- look-ups ---------------------------------------------------------
    def get(self, key: str) -> PlaceRecord | None:
        rec = self._records.get(key)
        if rec is None:
            row = self._rows.get(key)
            if row is None:
                return None
            k, name, level, code, parent, aliases, vf, vt, pop = row
            rec = self._records[key] = PlaceRecord(k, name, level, code, parent, tuple(aliases),
                                                   int(vf) if vf else None, int(vt) if vt else None,
                                                   int(pop or 0))
        return rec

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def ancestors(self, key: str) -> list[PlaceRecord]:
        """Containing places, parent first, up to the country (``geo:CN`` for China).

        Keys of places found from context work too: ``village:<parent key>/<name>``
        and ``geo:adm1:<CC>.<name>`` start from their parent.
        """
        parent = context_parent(key)
        if parent is not None and key not in self._rows:
            rec = self.get(parent)
            return [rec, *self.ancestors(parent)] if rec is not None else []
        out: list[PlaceRecord] = []
        rec = self.get(key)
        seen = {key}
        while rec is not None and rec.parent and rec.parent not in seen:
            seen.add(rec.parent)
            rec = self.get(rec.parent)
            if rec is not None:
                out.append(rec)
        return out

    def lookup(self, name: str) -> list[PlaceRecord]:
        """Places (not zones) with this standard name, short form or former name; current ones first."""
        recs = [self.get(f[0]) for f in self._forms.get(name, ())]
        return sorted(recs, key=lambda r: (r.former, LEVELS.index(r.level) if r.level in LEVELS else 99, r.key))

    def forms(self, name: str) -> list[Form]:
        return [Form(*f) for f in self._forms.get(name, ())]

    def surface_forms(self) -> dict[str, list[tuple[str, bool, bool]]]:
        """Every surface form → [(key, weak, full)] (read-only view used by the matcher)."""
        return self._forms

    def zones(self) -> list[PlaceRecord]:
        """Development zones listed as county/township units by the statistical codes (parks, not places)."""
        return [self.get(k) for k in sorted(k for k, row in self._rows.items() if row[2] == "zone")]

    def children(self, key: str) -> list[PlaceRecord]:
        """Places whose parent is ``key`` (the index is built on first use)."""
        if self._children is None:
            index: dict[str, list[str]] = {}
            for k, row in self._rows.items():
                if row[4]:
                    index.setdefault(row[4], []).append(k)
            self._children = index
        return [self.get(k) for k in sorted(self._children.get(key, ()))]

    def is_within(self, key: str, container: str) -> bool:
        return any(a.key == container for a in self.ancestors(key))

    def country_of(self, key: str) -> str:
        """The key of the country the place is in (its own for a country, ``geo:CN`` for China); ''
        when none is known."""
        rec = self.get(key)
        if rec is not None and rec.level == "country":
            return rec.key
        return next((r.key for r in self.ancestors(key) if r.level == "country"), "")


def context_parent(key: str) -> str | None:
    """The parent encoded in a context key (``village:cn:621123/某某村`` → ``cn:621123``; a division or a
    town abroad the gazetteer lacks, ``geo:adm1:KR.某道`` or ``geo:city:NL.某某`` → its country), else None."""
    if key.startswith("village:") and "/" in key:
        return key[len("village:"):].rsplit("/", 1)[0]
    for prefix in ("geo:adm1:", "geo:city:"):
        if key.startswith(prefix) and "." in key:
            return "geo:" + key[len(prefix):].split(".", 1)[0]
    return None


_cache: Gazetteer | None = None


def load() -> Gazetteer:
    """The packaged gazetteer (with the user lexicons in ``data/``), read on first use and cached."""
    global _cache
    if _cache is None:
        from .store import read_cached
        _cache = read_cached(DATA_DIR)
    return _cache


def chinese_unit(gaz, name: str, levels: tuple[str, ...], year: int | None):
    """The first place of China called ``name`` in ``gaz`` (anything offering ``lookup``) that is of one
    of ``levels`` and current in ``year``, else None."""
    return next((r for r in gaz.lookup(name) if r.key.startswith("cn:") and r.current_in(year)
                 and r.level in levels), None)


def load_or_none() -> Gazetteer | None:
    """``load()``, or None when the packaged data cannot be read: the recognisers then work
    without gazetteer keys instead of failing."""
    try:
        return load()
    except Exception:   # noqa: BLE001 - a damaged installation degrades, it does not crash a build
        return None


def read(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read a gazetteer from a data directory without any cache."""
    from .store import read_data
    return read_data(data_dir)


def last_written(gaz, key: str, text: str, start: int, end: int) -> int:
    """Where in ``text[start:end]`` the place ``key`` of ``gaz`` is last written by its name or an alias
    of two characters or more (the innermost unit of a chain 山东潍坊寿光 → the offset of 寿光); -1 if
    nowhere."""
    rec = gaz.get(key)
    if rec is None:
        return -1
    forms = {rec.name, *getattr(rec, "aliases", ())}
    return max([-1, *(text.rfind(form, start, end) for form in forms if len(form) >= 2)])


def strong_form(gaz, name: str, key: str) -> bool:
    """Whether ``name`` is a form of the place ``key`` that the gazetteer holds as no ordinary word
    (沈阳, 石家庄; not 东方 or 大连, which are weak)."""
    return any(f.key == key and not f.weak for f in gaz.forms(name))


# units abolished before this year are regions when named today (晋东南地区, 1981-1985)
ABOLISHED_BEFORE = 2000


# 北京, 天津, 上海, 重庆: cities of province rank
MUNICIPALITIES = frozenset({"cn:110000", "cn:120000", "cn:310000", "cn:500000"})
# 香港, 澳门: special administrative regions, cities of province rank like the municipalities
SPECIAL_ADMINISTRATIVE_REGIONS = frozenset({"cn:810000", "cn:820000"})


def is_municipality(key: str) -> bool:
    """Whether ``key`` is one of the four municipalities (cities of province rank)."""
    return key in MUNICIPALITIES


def is_province_rank_city(key: str) -> bool:
    """Whether ``key`` is a city of province rank: a municipality, 香港 or 澳门."""
    return key in MUNICIPALITIES or key in SPECIAL_ADMINISTRATIVE_REGIONS


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in (DATA_DIR / "capitals.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            country, key = line.split("\t")[:2]
            out.setdefault(country, set()).add(key)
    return {country: frozenset(keys) for country, keys in out.items()}


def capitals(country: str) -> frozenset[str]:
    """The keys of the capital of a foreign ``country`` (``geo:IN``) and of any other seat of its
    government (海牙 beside 阿姆斯特丹), from ``data/capitals.tsv``; empty when it is not listed."""
    return _capitals().get(country, frozenset())


def long_abolished(gaz, key: str) -> bool:
    """Whether ``key`` is a unit abolished last century: named in today's news it is a region, not a
    place that holds a park or a company."""
    rec = gaz.get(key) if gaz is not None and key else None
    valid_to = getattr(rec, "valid_to", None)
    return valid_to is not None and valid_to < ABOLISHED_BEFORE


__all__ = ["ABOLISHED_BEFORE", "Form", "Gazetteer", "LEVELS", "MAJOR_CITY_POPULATION", "MUNICIPALITIES", "PlaceRecord",
           "SPECIAL_ADMINISTRATIVE_REGIONS", "capitals", "chinese_unit", "is_municipality", "is_province_rank_city",
           "last_written", "load", "load_or_none",
           "long_abolished", "read", "strong_form"]
