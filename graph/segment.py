"""Word segmentation with a private jieba tokenizer (the process-wide one is never touched)."""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Iterable

from .types import Token

_lock = threading.Lock()


class Segmenter:
    """Owns one ``jieba.Tokenizer`` and its POS tagger; user dictionaries are added to it only."""

    def __init__(self, user_dicts: Iterable[str | Path] = (), words: Iterable[str] = ()) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._pos = pos_tokenizer(self._tokenizer)
        self._user_dicts = [Path(p) for p in user_dicts]
        self._words = list(words)
        self._ready = False

    def _init(self) -> None:
        with _lock:
            if self._ready:
                return
            self._tokenizer.initialize()
            for path in self._user_dicts:
                self._tokenizer.load_userdict(str(path))
            for word in self._words:
                self._tokenizer.add_word(word)
            self._ready = True

    def tokens(self, text: str, pos: bool = True) -> list[Token]:
        """Tokens covering ``text`` with offsets; with ``pos`` also jieba's part-of-speech tags."""
        self._init()
        out: list[Token] = []
        offset = 0
        if pos:
            for pair in self._pos.cut(text):
                word, flag = pair.word, pair.flag
                out.append(Token(word, offset, offset + len(word), flag))
                offset += len(word)
        else:
            for word in self._tokenizer.cut(text):
                out.append(Token(word, offset, offset + len(word)))
                offset += len(word)
        return out

    def forget(self) -> None:
        """Drop the tags remembered for unknown runs (a benchmark times a cold start with it)."""
        memo = getattr(self._pos, "memo", None)
        if memo is not None:
            memo.clear()

    def words(self, text: str) -> list[str]:
        self._init()
        return self._tokenizer.lcut(text)


# unknown-character runs whose tags a POS tokenizer keeps (names and rare words recur across articles)
MEMO_SIZE = 200_000


def pos_tokenizer(tokenizer):
    """A ``jieba.posseg.POSTokenizer`` over ``tokenizer`` that tags each run of characters its
    dictionary lacks faster, with the same tags: jieba tags such a run with an HMM on its characters
    alone, the slowest step of segmentation.  The HMM is decoded by :mod:`graph.posdecode`, and a run
    seen before gets its tags from a memo.  A jieba without these steps (another version) gets a
    plain tokenizer."""
    import jieba.posseg

    from .posdecode import words

    base = jieba.posseg.POSTokenizer
    if not all(callable(getattr(base, name, None)) for name in ("_POSTokenizer__cut_detail", "_POSTokenizer__cut")):
        return base(tokenizer)
    pair = jieba.posseg.pair

    class _MemoPOSTokenizer(base):
        def __init__(self, tok) -> None:
            super().__init__(tok)
            self.memo: dict[str, list] = {}

        def _POSTokenizer__cut(self, run: str):
            return (pair(word, tag) for word, tag in words(run))

        def _POSTokenizer__cut_detail(self, run: str):
            tagged = self.memo.get(run)
            if tagged is None:
                tagged = list(super()._POSTokenizer__cut_detail(run))
                if len(self.memo) >= MEMO_SIZE:
                    self.memo.clear()
                self.memo[run] = tagged
            return iter(tagged)

    return _MemoPOSTokenizer(tokenizer)


_default: Segmenter | None = None


def default_segmenter() -> Segmenter:
    """A shared Segmenter for this process (created on first use)."""
    global _default
    if _default is None:
        _default = Segmenter()
    return _default
