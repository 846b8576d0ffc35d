"""Text structure a visit is read against: quotations, section headings, clause bounds."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...types import Analysis, Mention, Sentence


CLAUSE_BREAK = "，,；;：:。！？!?\n"


def paragraph_start(analysis: Analysis, sentence: Sentence) -> int:
    """Where the paragraph holding ``sentence`` begins."""
    start = sentence.start
    for s in analysis.sentences[: sentence.index + 1][::-1]:
        if s.paragraph != sentence.paragraph:
            break
        start = s.start
    return start


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^“”]*”|「[^「」]*」|‘[^‘’]*’", text):
        spans.append((m.start(), m.end()))
    return spans


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    year: int | None
    places: tuple[Mention, ...]


_HEADING_TIME = re.compile(r"((?:1[89]|20)\d\d)年")
# a heading is a year and a place with a few words more (镜头一, 第一站); a headline naming an event
# (2019年中国北京世界园艺博览会圆满闭幕) is no heading
_HEADING_REST = 8


def headings(analysis: Analysis) -> list[Heading]:
    """Short lines that give a year and/or a place for the passage below (「镜头一 2013年 甘肃」)."""
    text = analysis.doc.text
    out: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip().lstrip("#").strip()
        if not body or len(body) > 24 or re.search(r"[，。；！？,;!?]", body):
            continue
        ym = _HEADING_TIME.search(body)
        if ym and re.match(r"生|出生", body[ym.end():]):
            ym = None               # 「某某（1995年生）——」: a person's birth year, no passage's
        places = tuple(m for m in analysis.mentions if m.kind == "place" and start <= m.start and m.end <= end)
        rest = body.replace(ym.group(), "") if ym else body
        for m in places:
            rest = rest.replace(m.text, "")
        if ym and places and len(re.sub(r"\s", "", rest)) <= _HEADING_REST:
            out.append(Heading(start, end, int(ym.group(1)), places))
        elif ym and len(body) <= 12:
            out.append(Heading(start, end, int(ym.group(1)), ()))
    return out


def _clause_bounds(text: str, sentence: Sentence, offset: int) -> tuple[int, int]:
    s = offset
    while s > sentence.start and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    e = offset
    while e < sentence.end and text[e] not in CLAUSE_BREAK:
        e += 1
    return s, e
