"""Typed records passed between pipeline stages.

Every record that comes from text carries its provenance: the document id and
character offsets into ``Document.text`` (``start`` inclusive, ``end``
exclusive, counted in Python ``str`` indices, i.e. Unicode code points).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Iterable, Literal

EntityKind = Literal["person", "place", "organization", "company", "park", "date"]
ENTITY_KINDS: tuple[str, ...] = ("person", "place", "organization", "company", "park", "date")

# located-in facts below this confidence (a company placed only by the passage or the article
# around it) are left out of the graph unless asked for: on held-out articles they were right
# about three times in ten
DEFAULT_MIN_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Document:
    """One article as read from disk."""

    id: str                      # stable id: the file name without directory (or a path relative to the input root)
    path: str                    # path as given by the user
    text: str                    # decoded text, BOM removed, line endings normalised to \n
    encoding: str                # "utf-8", "utf-8-sig", "gb18030"
    date: dt.date | None = None  # publication date when known
    date_source: str = "none"    # "dateline", "text", "filename", "none"


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int                   # 0-based position in the document
    start: int
    end: int
    text: str                    # == doc.text[start:end]
    paragraph: int = 0           # 0-based paragraph index (paragraphs are separated by blank lines / newlines)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    pos: str = ""                # jieba part-of-speech tag when known


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and the character span inside the document."""

    doc_id: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    start: int                   # span of the fact's cue/arguments inside the document
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of text recognised as an entity.

    ``key`` is the resolution key: mentions with the same ``(kind, key)`` are the
    same entity.  Places use their gazetteer key (``cn:621100``, ``geo:US``,
    ``geo:city:4868907``, ``region:长三角``, ``village:<parent key>/<name>``);
    other kinds use a normalised name and may be merged later by a resolver.
    ``name`` is the canonical (label) form, ``text`` the surface form.
    """

    kind: str
    text: str
    start: int
    end: int
    key: str
    name: str
    doc_id: str = ""
    source: str = ""             # name of the recogniser that produced it
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.attrs:
            if k == name:
                return v
        return default

    def aliases(self) -> list[str]:
        """Other names of the entity that this mention gives (its ``alias`` attributes)."""
        return [v for k, v in self.attrs if k == "alias"]

    def with_attrs(self, extra: Iterable[tuple[str, str]]) -> "Mention":
        """The same mention with more attributes (kept sorted)."""
        return replace(self, attrs=tuple(sorted({*self.attrs, *extra})))


@dataclass(frozen=True)
class TimeExpr:
    """A normalised time expression found in text."""

    text: str
    start: int
    end: int
    year: int | None
    begin: dt.date | None = None   # first day when the text gives a day (or a range start)
    finish: dt.date | None = None  # last day of a range when given
    granularity: str = "year"      # "day", "month", "year", "relative"


@dataclass(frozen=True)
class Visit:
    visitor: Mention
    place: Mention
    year: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    evidence: tuple[Evidence, ...]
    role: str = "visitor"          # "visitor" or "companion"
    confidence: float = 1.0
    source: str = ""


@dataclass(frozen=True)
class LocatedIn:
    """``subject`` (a company or park) lies in ``container`` (a park or place)."""

    subject: Mention
    container: Mention
    evidence: tuple[Evidence, ...]
    confidence: float = 1.0
    source: str = ""


Fact = Visit | LocatedIn


@dataclass
class Analysis:
    """Everything known about one document; recognisers and extractors read it."""

    doc: Document
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    # persons' names other documents of the same run gave with a title (read here wherever jieba
    # tags the same word as a name)
    known_names: frozenset[str] = frozenset()

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (the last sentence if past the end)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def evidence(self, start: int, end: int) -> Evidence:
        s = self.sentence_at(start)
        return Evidence(self.doc.id, s.index, s.start, s.end, s.text, start, end)

    def mentions_in(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end and (kind is None or m.kind == kind)]
