"""Loaders for the user-extensible cue-word files of the park, organisation and located-in rules.

The files live in ``graph/extract/data/``: one entry per line, fields separated by a
tab, ``#`` starts a comment. Users extend them by adding lines.  ``word_frequency``
answers "is this a common Chinese word?" from jieba's own dictionary (read, never
modified), which the rules use to tell brand names (中天, 雄安) from common words
(阳光, 化工).
"""
from __future__ import annotations

import functools
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
CJK = r"\u3400-\u4dbf\u4e00-\u9fff"


def data_path(name: str) -> Path:
    path = DATA_DIR / name
    if not path.is_file():
        valid = ", ".join(sorted(p.name for p in DATA_DIR.glob("*.txt")))
        raise FileNotFoundError(f"no cue-word file {name!r} in {DATA_DIR}; available: {valid}")
    return path


@functools.lru_cache(maxsize=None)
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Non-comment rows of a data file, split on tabs (surrounding blanks removed)."""
    rows = []
    with open(data_path(name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip("\n")
            if line.strip():
                rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


@functools.lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """The first field of every row of a data file."""
    return frozenset(row[0] for row in read_rows(name) if row[0])


@functools.lru_cache(maxsize=1)
def _jieba_dictionary() -> dict[str, tuple[int, str]]:
    """Words of 2–4 characters of jieba's dictionary with frequency ≥ 3: (frequency, part-of-speech tag)."""
    try:
        import jieba
    except ImportError:   # pragma: no cover - jieba is a dependency
        return {}
    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ")
            if len(parts) >= 2 and 2 <= len(parts[0]) <= 4:
                try:
                    n = int(parts[1])
                except ValueError:
                    continue
                if n >= 3:
                    words[parts[0]] = (n, parts[2] if len(parts) > 2 else "")
    return words


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of ``word`` (0 when it is not a dictionary word of 2–4 characters)."""
    return _jieba_dictionary().get(word, (0, ""))[0]


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word ("" when unknown); nr/nz/nt/ns mark names."""
    return _jieba_dictionary().get(word, (0, ""))[1]


def is_common_word(word: str, threshold: int = 100) -> bool:
    """True when ``word`` is an ordinary dictionary word (阳光, 化工) rather than a proper name."""
    return word_frequency(word) >= threshold
