from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.evaluation.core import Score, doc_id_of, load_gold, locate


def test_score_counts_and_ratios():
    s = Score("visits")
    s.add({("习近平", "定西市", 2013), ("习近平", "兰州市", 2013)}, {("习近平", "定西市", 2013), ("习近平", "北京市", 2013)})
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    assert any("missed" in n and "兰州市" in n for n in s.notes)
    assert any("false positive" in n and "北京市" in n for n in s.notes)


def test_empty_score_is_perfect_but_not_divided_by_zero():
    s = Score("x")
    assert (s.precision, s.recall) == (1.0, 1.0)


def test_load_gold_names_bad_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"doc": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"g.jsonl:2: invalid JSON"):
        load_gold(p)


def test_locate_seed_and_corpus_paths(tmp_path):
    assert locate("seeds/a.txt", tmp_path, tmp_path / "c") == tmp_path / "seeds/a.txt"
    assert locate("corpus:rmrb/2019-10/x.txt", tmp_path, tmp_path / "c") == tmp_path / "c/rmrb/2019-10/x.txt"
    assert doc_id_of("corpus:rmrb/2019-10/x.txt") == "x.txt"
