"""Trigger lexicon of the visit extractor: ``data/visit_triggers.txt`` and ``data/visit_abbreviations.txt``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator


DATA = Path(__file__).resolve().parents[1] / "data"

# verbs that take a one-character place abbreviation (访美, 赴京, 抵沪, 来华); 来 only with the
# abbreviations listed, because 来日/来意/来加 are ordinary words
ABBREVIATION_VERBS: dict[str, frozenset[str]] = {
    "访": frozenset(), "赴": frozenset(), "抵": frozenset(), "来": frozenset("华京沪"),
}

# classes of verbs that take a place (the others modify a verb: block, medium, home, here)
VERB_CLASSES = ("move", "frame", "abroad", "away", "event", "both", "return", "strict", "far", "leave", "back", "trip")

TRIGGER_CLASSES = (*VERB_CLASSES, "block", "medium", "home", "here")

# words with 不 that negate nothing of the trip (不断, 不远千里, 不顾, 毫不犹豫)
_NOT_NEGATING = ("不断", "不久", "不少", "不远", "不顾", "不辞", "不畏")


def negates(text: str, pos: int) -> bool:
    """Whether the 不 at ``pos`` of ``text`` negates what follows (not 不断, 不远千里, 毫不犹豫地)."""
    return text[pos:pos + 2] not in _NOT_NEGATING and text[pos - 1:pos] != "毫"


def block_word_in(text: str, word: str) -> bool:
    """Whether the block word ``word`` stands in ``text`` (a 不 only where it negates: not 不少, 毫不犹豫)."""
    if word != "不":
        return word in text
    return any(negates(text, m.start()) for m in re.finditer("不", text))


@dataclass(frozen=True)
class Lexicon:
    classes: dict[str, str]
    trigger_re: re.Pattern[str]
    abbreviations: dict[str, tuple[str, str]]
    defined: frozenset[str] = frozenset()       # abbreviations the document defines (中柬 → 来柬 too)

    def abbreviation(self, word: str) -> tuple[str, str] | None:
        """The place of a verb+abbreviation trigger (访美, 赴京, 来华), else None."""
        if len(word) != 2 or word[1] not in self.abbreviations:
            return None
        verb = word[0]
        only = ABBREVIATION_VERBS.get(verb)
        if only is None or (only and word[1] not in only and word[1] not in self.defined):
            return None
        return self.abbreviations[word[1]]

    def words(self, *classes: str) -> tuple[str, ...]:
        return tuple(sorted((w for w, c in self.classes.items() if c in classes), key=lambda w: (-len(w), w)))


def _rows(name: str, width: int) -> Iterator[tuple[int, list[str]]]:
    with open(DATA / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].rstrip("\n")
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != width:
                raise ValueError(f"{name} line {n}: {line!r}; expected {width} tab-separated fields")
            yield n, parts


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    classes: dict[str, str] = {}
    for n, (word, cls) in _rows("visit_triggers.txt", 2):
        if cls not in TRIGGER_CLASSES:
            raise ValueError(f"visit_triggers.txt line {n}: class {cls!r}; valid: {', '.join(TRIGGER_CLASSES)}")
        classes[word] = cls
    abbreviations = {abbr: (key, name) for _, (abbr, key, name) in _rows("visit_abbreviations.txt", 3)}
    return _build(classes, abbreviations)


# 「中哈两国」「中几关系」: a bilateral formula that abbreviates the other country to one character
_BILATERAL = re.compile(r"中([\u4e00-\u9fff])(?:两国|关系|双方|合作|友好|友谊|建交|人民|两党|务实|全面|传统)")


def document_lexicon(lex: Lexicon, text: str, countries: dict[str, tuple[str, str]]) -> Lexicon:
    """``lex`` with the one-character abbreviations a document defines for itself: in an article on
    中哈关系 that names 哈萨克斯坦, 访哈 is a visit to it. ``countries``: the document's countries by
    name → (key, name); a character that starts the names of two of them defines nothing."""
    extra: dict[str, tuple[str, str]] = {}
    for ch in sorted(set(_BILATERAL.findall(text))):
        if ch in lex.abbreviations or ch in "国方美":
            continue
        named = {v for name, v in countries.items() if name.startswith(ch) and v[0] != "geo:CN"}
        if len(named) == 1:
            extra[ch] = named.pop()
    if not extra:
        return lex
    return _build(lex.classes, {**lex.abbreviations, **extra}, frozenset(extra))


def _build(classes: dict[str, str], abbreviations: dict[str, tuple[str, str]],
           defined: frozenset[str] = frozenset()) -> Lexicon:
    verbs = sorted((w for w, c in classes.items() if c in VERB_CLASSES),
                   key=lambda w: (-len(w), w))
    alternatives = []
    for verb, only in sorted(ABBREVIATION_VERBS.items()):
        allowed = sorted(a for a in abbreviations if not only or a in only or a in defined)
        if allowed:
            alternatives.append(re.escape(verb) + "(?:" + "|".join(re.escape(a) for a in allowed) + ")")
    abbr = "|".join(alternatives)
    return Lexicon(classes, re.compile(abbr + "|" + "|".join(re.escape(v) for v in verbs)), abbreviations, defined)
