"""Split a document into sentences, keeping character offsets."""
from __future__ import annotations

import re

from .types import Sentence

_END = "。！？!?；;…"
_CLOSE = "”’」』）)》\"'"
# a sentence runs up to an end mark (plus closing quotes/brackets) or a line break
_SENTENCE = re.compile(rf"[^\n{_END}]*(?:[{_END}]+[{_CLOSE}]*|\n|$)")
_SPACE = " \t\r\u3000\xa0"


def split_sentences(text: str, doc_id: str = "") -> list[Sentence]:
    """Sentences of ``text`` with offsets; blank lines start a new paragraph; whitespace is trimmed."""
    out: list[Sentence] = []
    paragraph = 0
    line_has_text = False
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        chunk = match.group()
        if chunk.endswith("\n"):
            end -= 1
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if start < end:
            out.append(Sentence(doc_id, len(out), start, end, text[start:end], paragraph))
            line_has_text = True
        if chunk.endswith("\n") and line_has_text:
            paragraph += 1
            line_has_text = False
    return out


def indented(text: str, sentence: Sentence) -> bool:
    """Whether the line ``sentence`` begins is indented like body text (headlines are not)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return text[line_start:sentence.start + 1].startswith(("\u3000", " ", "\t"))
