"""Reading the gazetteer data files, and a compiled cache of them.

The data (gzipped TSV + user lexicons) takes ~0.25 s to parse; the prepared
tables are therefore also kept as a ``marshal`` file in the user's cache
directory (``$TUPU_CACHE_DIR``, else ``$XDG_CACHE_HOME/tupu``, else
``~/.cache/tupu``), keyed by the data files' sizes and modification times and
the Python version.  When the cache cannot be written, the data is simply parsed.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Iterator

from . import LEVELS, Gazetteer, Row

TABLES = ("cn.tsv.gz", "world.tsv.gz")
LEXICONS = ("regions.tsv", "aliases.tsv", "common_words.txt", "place_words.txt")


def _read_tsv_gz(path: Path, out: list[Row], weak: list[tuple[str, str]]) -> None:
    with open(path, "rb") as f:
        text = gzip.decompress(f.read()).decode("utf-8")
    for line in text.splitlines():
        row = line.split("\t")
        aliases = row[5]
        if aliases:
            items = aliases.split("|")
            if "~" in aliases:
                weak.extend((row[0], a[1:] or row[1]) for a in items if a[0] == "~")
                items = list(dict.fromkeys(a.lstrip("~") for a in items if a != "~"))
            row[5] = items
        else:
            row[5] = []
        out.append(row)


def lexicon_rows(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, line, columns) of each row of a user TSV lexicon (``#`` starts a comment line)."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                yield n, line.rstrip("\n"), [c.strip() for c in line.rstrip("\n").split("\t")]


def read_lexicon(path: Path) -> list[list[str]]:
    """Rows of a user TSV lexicon (``#`` starts a comment line)."""
    return [cols for _, _, cols in lexicon_rows(path)]


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
        if alias.startswith("="):                       # preferred label; the old one stays an alias
            alias = alias[1:]
            record = rows[row[0]]
            record[5] = [a for a in [*record[5], record[1]] if a != alias]
            record[1] = alias
            continue
        if alias.startswith("~"):
            alias = alias[1:]
            weak.append((row[0], alias))
        rows[row[0]][5] = [*rows[row[0]][5], alias]


def read_data(data_dir: Path) -> Gazetteer:
    """Parse the tables and the user lexicons of ``data_dir``."""
    rows: list[Row] = []
    weak: list[tuple[str, str]] = []
    for name in TABLES:
        _read_tsv_gz(data_dir / name, rows, weak)
    if (data_dir / "regions.tsv").exists():
        _regions(data_dir / "regions.tsv", rows, weak)
    by_key = {r[0]: r for r in rows}
    if (data_dir / "aliases.tsv").exists():
        _aliases(data_dir / "aliases.tsv", by_key, weak)
    gaz = Gazetteer(by_key.values(), weak)
    # short forms that need context (common_words.txt) or stand alone (place_words.txt)
    for name, mark in (("common_words.txt", gaz.make_weak), ("place_words.txt", gaz.make_strong)):
        if (data_dir / name).exists():
            for row in read_lexicon(data_dir / name):
                for word in row[0].split():
                    mark(word)
    return gaz


def cache_dir() -> Path:
    if os.environ.get("TUPU_CACHE_DIR"):
        return Path(os.environ["TUPU_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tupu"


def _fingerprint(data_dir: Path) -> str:
    parts = [sys.version, str(data_dir.resolve())]
    for name in TABLES + LEXICONS:
        path = data_dir / name
        if path.exists():
            st = path.stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def read_cached(data_dir: Path) -> Gazetteer:
    """Like :func:`read_data`, through the marshal cache when possible.

    The cyclic garbage collector is paused meanwhile: the tables are ~600k small
    objects without cycles, and repeated collections would double the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_cached(data_dir)
    finally:
        if enabled:
            gc.enable()


def _read_cached(data_dir: Path) -> Gazetteer:
    path = cache_dir() / f"gazetteer-{_fingerprint(data_dir)}.marshal"
    try:
        with open(path, "rb") as f:
            return Gazetteer.from_state(marshal.loads(f.read()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    gaz = read_data(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(marshal.dumps(gaz.state()))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass                                  # a read-only home: parse every time
    return gaz
