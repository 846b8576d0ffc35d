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


def test_visits_with_containment_credit_the_places_containing_a_visited_place():
    from graph.evaluation.visits import evaluate
    from graph.model import Entity, KnowledgeGraph, LocatedInFact, VisitFact
    from graph.types import Evidence

    kg = KnowledgeGraph()
    for kind, key, label in [("person", "person:甲", "甲"), ("place", "village:x/某村", "某村"),
                             ("place", "cn:1", "某县"), ("place", "cn:2", "某省"), ("place", "cn:3", "另一县")]:
        kg.entities[(kind, key)] = Entity(kind, key, label)
    ev = Evidence("d.txt", 0, 0, 5, "甲来到某村。", 0, 5)
    kg.visits["v"] = VisitFact("v", ("person", "person:甲"), ("place", "village:x/某村"), 2019, None, None,
                               "visitor", 1.0, [ev])
    kg.located_in[(("place", "village:x/某村"), ("place", "cn:1"))] = LocatedInFact(
        ("place", "village:x/某村"), ("place", "cn:1"), 1.0, "gazetteer", [])
    kg.located_in[(("place", "cn:1"), ("place", "cn:2"))] = LocatedInFact(
        ("place", "cn:1"), ("place", "cn:2"), 1.0, "gazetteer", [])
    gold = [{"doc": "seeds/d.txt", "visits": [
        {"visitor": "甲", "place": "某村", "year": 2019, "admin": False},
        {"visitor": "甲", "place": "某省", "year": 2019},
        {"visitor": "甲", "place": "另一县", "year": 2019},
        {"visitor": "甲", "place": "某县", "year": 2018}]}]
    strict, admin, contained, admin_contained = evaluate(gold, kg)
    assert (strict.tp, strict.fp, strict.fn) == (1, 0, 3)
    # 某省 contains the village: implied; 另一县 does not, and 2018 is another year
    assert (contained.tp, contained.fp, contained.fn) == (2, 0, 2)
    # the administrative scores leave the village out on both sides
    assert (admin.tp, admin.fp, admin.fn) == (0, 0, 3)
    assert (admin_contained.tp, admin_contained.fp, admin_contained.fn) == (1, 0, 2)


def test_missed_visits_are_counted_by_cause():
    import datetime as dt

    from graph.evaluation.causes import CAUSES, miss_causes
    from graph.pipeline import analyze_text, build_model

    # sentences: 0 the one visit, 1 a person and a place no rule links, 2 and 4 two more persons
    text = "总经理李思文2019年来到宁波市考察。李思文说，湖州的茶很好。张明远介绍，发展很快。天气晴朗。王强表示，很满意。"
    a = analyze_text(text, doc_id="d.txt", date=dt.date(2020, 3, 2))
    assert [(f.visitor.name, f.place.name, f.year) for f in a.facts] == [("李思文", "宁波市", 2019)]
    gold = [{"doc": "seeds/d.txt", "visits": [
        {"visitor": "李思文", "place": "宁波市", "year": 2019},      # found: no miss
        {"visitor": "李思文", "place": "宁波市", "year": 2020},
        {"visitor": "赵无名", "place": "宁波市", "year": 2019},
        {"visitor": "李思文", "place": "温州市", "year": 2019},
        {"visitor": "李思文", "place": "湖州市", "year": 2019},
        {"visitor": "张明远", "place": "湖州市", "year": 2019},
        {"visitor": "王强", "place": "宁波市", "year": 2019},
        {"visitor": "李思文", "place": "某村", "year": 2019, "admin": False}]}]   # not administrative
    causes = miss_causes(gold, build_model([a]), {"d.txt": a})
    assert [causes[c] for c in CAUSES] == [1, 1, 1, 1, 1, 1]
