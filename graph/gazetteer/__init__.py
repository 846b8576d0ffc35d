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

import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, NamedTuple

DATA_DIR = Path(__file__).parent / "data"
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
        self._forms: dict[str, list[Form]] = {}
        self._children: dict[str, list[str]] | None = None
        weak_set = set(weak)
        for row in rows:
            self._add_row(row, weak_set)

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
            forms[name] = [Form(key, (key, name) in weak, True)]
        elif all(f.key != key for f in bucket):
            bucket.append(Form(key, (key, name) in weak, True))
        if row[5]:
            for alias in row[5]:
                bucket = forms.setdefault(alias, [])
                if all(f.key != key for f in bucket):
                    bucket.append(Form(key, (key, alias) in weak, False))

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
                                                   _year(vf), _year(vt), int(pop or 0))
        return rec

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def ancestors(self, key: str) -> list[PlaceRecord]:
        """Containing places, parent first, up to the country (``geo:CN`` for China)."""
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
        recs = [self.get(f.key) for f in self._forms.get(name, ())]
        return sorted(recs, key=lambda r: (r.former, LEVELS.index(r.level) if r.level in LEVELS else 99, r.key))

    def forms(self, name: str) -> list[Form]:
        return list(self._forms.get(name, ()))

    def surface_forms(self) -> dict[str, list[Form]]:
        """Every surface form (read-only view used by the matcher)."""
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


def _year(value: str | int | None) -> int | None:
    return int(value) if value else None


def _read_tsv_gz(path: Path, out: list[Row], weak: list[tuple[str, str]]) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    for line in text.splitlines():
        row = line.split("\t")
        aliases = row[5]
        if aliases:
            items = aliases.split("|")
            if "~" in aliases:
                weak.extend((row[0], a[1:]) for a in items if a[0] == "~")
                items = list(dict.fromkeys(a.lstrip("~") for a in items))
            row[5] = items
        else:
            row[5] = ()
        out.append(row)


def read_lexicon(path: Path) -> list[list[str]]:
    """Rows of a user TSV lexicon (``#`` starts a comment line)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                rows.append([c.strip() for c in line.rstrip("\n").split("\t")])
    return rows


def _regions(path: Path, out: list[Row], weak: list[tuple[str, str]]) -> None:
    for number, row in enumerate(read_lexicon(path), start=1):
        row += [""] * (4 - len(row))
        name, level, parent, aliases = row[:4]
        if level not in LEVELS:
            raise ValueError(f"{path}:{number}: unknown level {level!r}; valid levels: {', '.join(LEVELS)}")
        forms = [a for a in aliases.split("|") if a]
        weak.extend((f"region:{name}", a[1:]) for a in forms if a.startswith("~"))
        out.append([f"region:{name}", name, level, "", parent, [a.lstrip("~") for a in forms], "", "", ""])


def _aliases(path: Path, rows: dict[str, Row], weak: list[tuple[str, str]]) -> None:
    for number, row in enumerate(read_lexicon(path), start=1):
        if len(row) < 2 or row[0] not in rows:
            raise ValueError(f"{path}:{number}: expected '<known key>\\t<alias>', got {row!r}")
        alias = row[1]
        if alias.startswith("~"):
            alias = alias[1:]
            weak.append((row[0], alias))
        rows[row[0]][5] = [*rows[row[0]][5], alias]


def read(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read a gazetteer from a data directory (``load()`` caches the packaged one)."""
    rows: list[Row] = []
    weak: list[tuple[str, str]] = []
    for name in ("cn.tsv.gz", "world.tsv.gz"):
        _read_tsv_gz(data_dir / name, rows, weak)
    if (data_dir / "regions.tsv").exists():
        _regions(data_dir / "regions.tsv", rows, weak)
    by_key = {r[0]: r for r in rows}
    if (data_dir / "aliases.tsv").exists():
        _aliases(data_dir / "aliases.tsv", by_key, weak)
    gaz = Gazetteer(by_key.values(), weak)
    if (data_dir / "common_words.txt").exists():
        _common_words(data_dir / "common_words.txt", gaz)
    return gaz


def _common_words(path: Path, gaz: Gazetteer) -> None:
    """Short forms that are ordinary words (平安, 新建 …) become weak: they need context."""
    for row in read_lexicon(path):
        for word in row[0].split():
            forms = gaz._forms.get(word)
            if forms:
                gaz._forms[word] = [f if f.full else f._replace(weak=True) for f in forms]


_cache: Gazetteer | None = None


def load() -> Gazetteer:
    """The packaged gazetteer, read on first use and cached for the process."""
    global _cache
    if _cache is None:
        _cache = read()
    return _cache


__all__ = ["Form", "Gazetteer", "LEVELS", "PlaceRecord", "load", "read"]
