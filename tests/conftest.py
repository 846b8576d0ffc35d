"""Shared fixtures.  ``small_kg`` is a tiny hand-built KnowledgeGraph covering every entity kind,
both visit roles, dated and undated visits, text and gazetteer containment, and evidence offsets
that really point into the document text."""
from __future__ import annotations

import datetime as dt

import pytest

from graph.model import Entity, KnowledgeGraph, LocatedInFact, VisitFact, visit_id
from graph.types import Document, Evidence

SMALL_TEXT = ("新华社杭州5月20日电 2019年5月20日至21日，张三在余杭区考察，李四陪同。\n"
              "示例科技股份有限公司位于杭州经济技术开发区。\n"
              "张三曾访问美国。\n")


def _evidence(doc: Document, cue: str, index: int) -> Evidence:
    """Evidence for the sentence (line) containing ``cue``; the span covers the cue."""
    start = doc.text.index(cue)
    s_start = doc.text.rfind("\n", 0, start) + 1
    s_end = doc.text.index("\n", start)
    return Evidence(doc.id, index, s_start, s_end, doc.text[s_start:s_end], start, start + len(cue))


def build_small_kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    doc = Document(id="a.txt", path="input/a.txt", text=SMALL_TEXT, encoding="utf-8",
                   date=dt.date(2019, 5, 20), date_source="dateline")
    kg.documents[doc.id] = doc

    def ent(kind: str, key: str, label: str, aliases=(), mentions: int = 1, **attrs: str) -> tuple[str, str]:
        e = Entity(kind, key, label, set(aliases), dict(attrs), {doc.id}, mentions)
        kg.entities[e.id] = e
        return e.id

    zhang = ent("person", "person:张三", "张三", mentions=2)
    li = ent("person", "person:李四", "李四")
    zj = ent("place", "cn:330000", "浙江省", ["浙江"], mentions=0, level="province", code="330000")
    hz = ent("place", "cn:330100", "杭州市", ["杭州"], level="prefecture", code="330100")
    yh = ent("place", "cn:330110", "余杭区", level="county", code="330110")
    us = ent("place", "geo:US", "美国", level="country", code="US")
    park = ent("park", "park:杭州经济技术开发区", "杭州经济技术开发区")
    comp = ent("company", "company:示例科技", "示例科技", ["示例科技股份有限公司"])
    ent("organization", "org:新华社", "新华社")
    kg.entities[zj].docs.clear()

    ev_visit = _evidence(doc, "张三在余杭区考察", 0)
    ev_comp = _evidence(doc, "示例科技股份有限公司位于杭州经济技术开发区", 1)
    ev_us = _evidence(doc, "张三曾访问美国", 2)
    for visitor, place, year, start, end, role, conf, ev in (
            (zhang, yh, 2019, dt.date(2019, 5, 20), dt.date(2019, 5, 21), "visitor", 0.9, ev_visit),
            (li, yh, 2019, dt.date(2019, 5, 20), dt.date(2019, 5, 21), "companion", 0.75, ev_visit),
            (zhang, us, None, None, None, "visitor", 0.6, ev_us)):
        vid = visit_id(visitor, place, year, start)
        kg.visits[vid] = VisitFact(vid, visitor, place, year, start, end, role, conf, [ev])
    kg.located_in[(comp, park)] = LocatedInFact(comp, park, 0.8, "text", [ev_comp])
    kg.located_in[(park, hz)] = LocatedInFact(park, hz, 0.7, "text", [ev_comp])
    kg.located_in[(yh, hz)] = LocatedInFact(yh, hz, 1.0, "gazetteer")
    kg.located_in[(hz, zj)] = LocatedInFact(hz, zj, 1.0, "gazetteer")
    return kg


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    """A fresh copy for every test (tests may mutate it)."""
    return build_small_kg()


def lexicon_error(module, monkeypatch, data_dir, filename: str, content: str) -> ValueError:
    """The error ``module.lexicon()`` raises when its ``filename`` holds ``content``; the module's
    own data directory and a fresh lexicon cache are restored afterwards."""
    (data_dir / filename).write_text(content, encoding="utf-8")
    monkeypatch.setattr(module, "DATA", data_dir)
    module.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError) as caught:
            module.lexicon()
    finally:
        monkeypatch.undo()
        module.lexicon.cache_clear()
    return caught.value
