"""The library API: documents in, analyses and one knowledge graph out. No printing here."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from . import registry
from .documents import Skipped, make_document, read_documents
from .model import KnowledgeGraph, ModelBuilder
from .segment import Segmenter, default_segmenter
from .sentences import split_sentences
from .types import DEFAULT_MIN_CONFIDENCE, Analysis, Document, Mention, TimeExpr

Progress = Callable[[int, int | None, str], None]   # (done, total or None, current path)


def _keep_longest(mentions: list[Mention], rank: dict[str, int]) -> list[Mention]:
    """The non-overlapping mentions, longer spans first; on equal spans the earlier recogniser wins."""
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, rank.get(m.source, 99), m.start, m.key)):
        if all(m.end <= s or m.start >= e for s, e in taken):
            chosen.append(m)
            taken.append((m.start, m.end))
    return sorted(chosen, key=lambda m: (m.start, m.end, m.kind, m.key))


def analyze(doc: Document, segmenter: Segmenter | None = None,
            only: Iterable[str] | None = None, known_names: frozenset[str] = frozenset()) -> Analysis:
    """Run sentence splitting, segmentation, the recognisers and the extractors on one document.

    ``only`` names the recognisers/extractors to run (all registered ones by default);
    ``known_names`` are persons' names other documents gave (read wherever jieba tags them as names).
    """
    registry.load_builtin()
    names = set(only) if only is not None else None
    segmenter = segmenter or default_segmenter()
    analysis = Analysis(doc, split_sentences(doc.text, doc.id), segmenter.tokens(doc.text),
                        known_names=known_names)
    recognisers = [r for r in registry.ordered(registry.RECOGNISERS) if names is None or r.name in names]
    rank = {r.name: i for i, r in enumerate(recognisers)}
    for rec in recognisers:
        found = list(rec.fn(analysis))
        new_mentions = [m if m.source else replace(m, source=rec.name) for m in found if isinstance(m, Mention)]
        analysis.times = sorted(analysis.times + [t for t in found if isinstance(t, TimeExpr)],
                                key=lambda t: (t.start, t.end))
        if new_mentions:
            analysis.mentions = _keep_longest(analysis.mentions + new_mentions, rank)
    for ext in registry.ordered(registry.EXTRACTORS):
        if names is None or ext.name in names:
            analysis.facts.extend(ext.fn(analysis))
    return analysis


def _unread_names(analysis: Analysis) -> set[str]:
    """Words jieba tags as personal names (2 to 4 characters) that no mention of the analysis covers."""
    covered = bytearray(len(analysis.doc.text) + 1)
    for m in analysis.mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    return {t.text for t in analysis.tokens
            if t.pos.startswith("nr") and 2 <= len(t.text) <= 4 and not any(covered[t.start:t.end])}


def _titled_names(analyses: Iterable[Analysis]) -> set[str]:
    """The names of persons some analysis read with a title next to them that may be read bare
    elsewhere (:func:`persons.reusable_name`)."""
    from .extract.persons import reusable_name
    return {m.name for a in analyses for m in a.mentions
            if m.kind == "person" and m.attr("titles") and reusable_name(m.name, m.attr("titles"))}


def analyze_text(text: str, doc_id: str = "t", date: dt.date | None = None,
                 only: Iterable[str] | None = None) -> Analysis:
    """Analyse a string (tests, notebooks). ``date`` overrides the date read from the text."""
    doc = make_document(text, doc_id)
    if date is not None:
        doc = replace(doc, date=date, date_source="given")
    return analyze(doc, only=only)


@dataclass
class BuildResult:
    kg: KnowledgeGraph
    analyses: dict[str, Analysis] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    characters: int = 0


def build_model(analyses: Iterable[Analysis], min_confidence: float = 0.0) -> KnowledgeGraph:
    """Merge analyses into one graph, resolving entity keys across documents (located-in facts
    below ``min_confidence`` left out)."""
    from .gazetteer import load as load_gazetteer

    registry.load_builtin()
    builder = ModelBuilder({kind: r.fn for kind, r in registry.RESOLVERS.items()}, load_gazetteer())
    for a in analyses:
        builder.add(a)
    return builder.finish(min_confidence)


def build(inputs: list[str | Path], *, strict: bool = False, progress: Progress | None = None,
          only: Iterable[str] | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
          keep_tokens: bool = False) -> BuildResult:
    """Read every article under ``inputs`` and build the knowledge graph.

    Unreadable files are skipped and listed in ``BuildResult.skipped`` (``strict`` makes them fatal).
    Located-in facts with a confidence below ``min_confidence`` are left out (0 keeps them all).
    The analyses in ``BuildResult.analyses`` keep their sentences, mentions, times and facts; their
    word tokens, which nothing after the extractors reads and which take most of a large build's
    memory, only with ``keep_tokens``.
    """
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence {min_confidence!r} is outside 0..1")
    started = time.perf_counter()
    segmenter = default_segmenter()
    analyses: dict[str, Analysis] = {}
    skipped: list[Skipped] = []
    chars = 0
    unread: dict[str, set[str]] = {}     # per document: words jieba tags as names that no mention reads
    for i, item in enumerate(read_documents(inputs, strict=strict), start=1):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            analysis = analyze(item, segmenter, only)
            unread[item.id] = _unread_names(analysis)
            if not keep_tokens:
                analysis.tokens = []
            analyses[item.id] = analysis
            chars += len(item.text)
        if progress is not None:
            progress(i, None, item.path)
    # names one article gives with a title are names in the others too (「游泳运动员某某」 here,
    # 「，某某获得…」 there): the articles where jieba tags such a name and no rule read it are analysed again
    known = frozenset(_titled_names(analyses.values()))
    for doc_id, words in unread.items():
        if words & known:
            again = analyze(analyses[doc_id].doc, segmenter, only, known_names=known & words)
            if not keep_tokens:
                again.tokens = []
            analyses[doc_id] = again
    kg = build_model(analyses.values(), min_confidence)
    return BuildResult(kg, analyses, skipped, time.perf_counter() - started, chars)
