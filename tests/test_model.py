from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from graph.model import ModelBuilder
from graph.types import Analysis, Document, Evidence, LocatedIn, Mention, Visit


@dataclass(frozen=True)
class Rec:
    key: str
    name: str
    level: str
    code: str
    parent: str | None


class FakeGazetteer:
    records = {
        "geo:CN": Rec("geo:CN", "中国", "country", "", None),
        "cn:620000": Rec("cn:620000", "甘肃省", "province", "620000", "geo:CN"),
        "cn:621100": Rec("cn:621100", "定西市", "prefecture", "621100", "cn:620000"),
    }

    def get(self, key):
        return self.records.get(key)

    def ancestors(self, key):
        out, rec = [], self.records.get(key)
        while rec is not None and rec.parent:
            rec = self.records[rec.parent]
            out.append(rec)
        return out


def ev(doc, start):
    return Evidence(doc, 0, 0, 10, "句子", start, start + 2)


def person(doc, text, start=0):
    return Mention("person", text, start, start + len(text), f"person:{text}", text, doc)


def place(doc, text, key, name, start=5):
    return Mention("place", text, start, start + len(text), key, name, doc, attrs=(("level", "prefecture"),))


def analysis(doc_id, mentions, facts):
    a = Analysis(Document(doc_id, doc_id, "x", "utf-8"))
    a.mentions, a.facts = mentions, facts
    return a


def test_short_and_full_place_names_become_one_entity_with_aliases():
    b = ModelBuilder(gazetteer=FakeGazetteer())
    b.add(analysis("a", [place("a", "定西", "cn:621100", "定西市")], []))
    b.add(analysis("b", [place("b", "定西市", "cn:621100", "定西市")], []))
    kg = b.finish()
    ent = kg.entity("place", "cn:621100")
    assert ent.label == "定西市" and ent.aliases == {"定西"} and ent.docs == {"a", "b"}


def test_containment_chain_goes_up_to_the_country():
    b = ModelBuilder(gazetteer=FakeGazetteer())
    village = Mention("place", "某某村", 0, 3, "village:cn:621100/某某村", "某某村", "a",
                      attrs=(("level", "village"), ("parent", "cn:621100")))
    b.add(analysis("a", [village], []))
    kg = b.finish()
    pairs = {(s[1], c[1]) for s, c in kg.located_in}
    assert pairs == {("village:cn:621100/某某村", "cn:621100"), ("cn:621100", "cn:620000"), ("cn:620000", "geo:CN")}
    assert all(f.source == "gazetteer" for f in kg.located_in.values())


def test_same_visit_in_two_sentences_is_one_fact_with_both_evidences():
    b = ModelBuilder(gazetteer=FakeGazetteer())
    p, pl = person("a", "张三"), place("a", "定西", "cn:621100", "定西市")
    v1 = Visit(p, pl, 2013, dt.date(2013, 2, 2), None, (ev("a", 0),))
    v2 = Visit(p, pl, 2013, dt.date(2013, 2, 2), dt.date(2013, 2, 5), (ev("a", 40),))
    v3 = Visit(p, pl, 2019, None, None, (ev("a", 80),))
    b.add(analysis("a", [p, pl], [v1, v2, v3]))
    kg = b.finish()
    assert len(kg.visits) == 2
    first = next(f for f in kg.visits.values() if f.year == 2013)
    assert [e.start for e in first.evidence] == [0, 40]
    assert first.end_date == dt.date(2013, 2, 5)


def test_resolver_merges_keys_and_names_the_label():
    def resolve(mentions):
        return {m.key: "company:隆基股份" for m in mentions if m.name.startswith("隆基")}

    b = ModelBuilder({"company": resolve}, gazetteer=FakeGazetteer())
    c1 = Mention("company", "隆基", 0, 2, "company:隆基", "隆基", "a")
    c2 = Mention("company", "隆基股份", 0, 4, "company:隆基股份", "隆基股份", "b")
    park = Mention("park", "某经开区", 5, 9, "park:某经济技术开发区", "某经济技术开发区", "a")
    fact = LocatedIn(c1, park, (ev("a", 0),), 0.9)
    b.add(analysis("a", [c1, park], [fact]))
    b.add(analysis("b", [c2], []))
    kg = b.finish()
    companies = [e for e in kg.entities.values() if e.kind == "company"]
    assert [(e.label, e.aliases) for e in companies] == [("隆基股份", {"隆基"})]
    (li,) = [f for f in kg.located_in.values() if f.source == "text"]
    assert li.subject == ("company", "company:隆基股份") and li.confidence == 0.9


def test_an_entity_read_only_in_facts_counts_for_every_document_it_is_read_in():
    from graph.pipeline import analyze_text, build_model
    texts = {"a.txt": "兰州新区九成企业已复工。甲乙化工有限公司落户兰州新区。",
             "b.txt": "接到兰州新区的通知，丙丁材料有限公司落户兰州新区。"}
    kg = build_model([analyze_text(t, doc_id=d) for d, t in texts.items()])
    park = next(e for e in kg.entities.values() if e.kind == "park" and e.label == "兰州新区")
    assert park.docs == {"a.txt", "b.txt"}


def test_a_build_keeps_no_tokens_unless_asked_and_builds_the_same_graph(tmp_path) -> None:
    from graph.pipeline import build

    (tmp_path / "a.txt").write_text(
        "本报北京3月5日电 2019年3月4日，某某公司董事长张明华来到云南省曲靖市考察。"
        "张明华说，公司已落户曲靖经济技术开发区。", encoding="utf-8")
    lean = build([tmp_path])
    full = build([tmp_path], keep_tokens=True)
    assert [a.tokens for a in lean.analyses.values()] == [[]]
    assert all(a.tokens for a in full.analyses.values())
    assert all(a.mentions and a.sentences for a in lean.analyses.values())
    assert sorted(lean.kg.visits) == sorted(full.kg.visits) and lean.kg.visits
    assert sorted(lean.kg.located_in) == sorted(full.kg.located_in)
    assert sorted(lean.kg.entities) == sorted(full.kg.entities)
