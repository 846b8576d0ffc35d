"""Located-in facts: company → park, company → place (when no park is given), park → place.

Rules, strongest first (confidence in brackets):

* park → its place prefix (株洲|经开区 → 株洲市) [1.0]; a park written right after a
  place (河北|雄安新区) [0.9];
* company right after a park, a place or 位于 …: 苏州高新区的莱克电气公司,
  位于浙江省天台县的浙江银轮机械股份有限公司 [0.95]; a brand written right after a place
  (株洲中天一期…) [0.8]; a company right after the seat of its headquarters, a country,
  province or city alike (总部位于美国的某某公司) [0.95];
* a company told as one of a park's or a place's companies (甲乙公司是某高新区的一家高科技企业) [0.9];
* a sentence with a settle cue (落户, 入驻, 疏解到, 建成投产 … in ``data/located_in_cues.txt``)
  and one park, else one city/county [0.9 / 0.8] (a dateline's place, 本报北京10月17日电, is where
  the report was filed and does not count);
* a sentence opening with 在<park or city/county>， (在苏州工业园区，纳微科技公司…) [0.8];
* a sentence framed by one park (在某某经开区，以甲公司、乙科技等为代表的头部企业…;
  株洲经开区…以中天…为代表的…企业) [0.8];
* a settle or enumeration cue without any park or place in the sentence: the nearest
  park opening a sentence, else city/county, in the six sentences before it (same passage) [0.5];
* the same without any container in those sentences: the dominant city or county of the
  text so far (the most frequent, at least two mentions and a third of all) [0.4];
* a company whose name begins with a city or county (泉州晋通, 天台绿丰塑业有限公司) [0.6];
  after a province, only a county of that province counts (江苏|紫金|农商银行 is a brand);
* a branch in the place its name gives (某银行|无锡|分行) [0.9]; a legal name written after a
  park (某市高新区|甲乙制造有限公司) [0.95]; a company's campus named by its brand
  (某某科技|浏阳|园区) holds that company [0.95];
* a park named at the start of an organisation (某工业园区|管委会) is a park like any other;
* any other company of an article whose headline names one park only, a park written at least
  three times and at least half of the article's parks, cities and counties: that park; the same
  for a county or district written five times and two thirds of them (eight times and three
  quarters when the headline names no place) [0.4].

A national new area (雄安新区, 前海深港现代服务业合作区) is also read as a park of its city or
province [0.9]; a municipality's district called 新区 (浦东新区) only where the text places a
company or park in it.

A signing alone (签约, 签订 … without a settle cue) gives no fact.  Facts inferred
from passage context (not one sentence) have confidence < 0.7, so users can filter.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Iterable, Iterator

from ..gazetteer import MAJOR_CITY_POPULATION, is_province_rank_city, load_or_none, long_abolished, strong_form
from ..registry import extractor
from ..sentences import indented
from ..types import Analysis, Evidence, LocatedIn, Mention, Sentence
from .cue_words import CJK, is_common_word, read_rows, word_tag
from .organizations import legal_stripped as _legal_stripped
from .company_names import is_place_name, lexicon_prefixes
from .parks import short_place_name

# place levels a company may be located in (a province or country is too coarse to be a fact)
COMPANY_PLACE_LEVELS = ("prefecture", "county", "township", "village", "new-area", "zone", "foreign-city")
CONTEXT_SENTENCES = 6

EXPLICIT, ADJACENT, CUE, FRAME, NAME_PREFIX, PASSAGE, DOCUMENT = 1.0, 0.95, 0.9, 0.8, 0.6, 0.5, 0.4


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in read_rows("located_in_cues.txt"):
        if len(row) < 2 or row[1] not in ("settle", "sign", "enum", "establish"):
            raise ValueError(f"located_in_cues.txt: bad row {row!r}; expected word<TAB>settle|sign|enum|establish")
        out.setdefault(row[1], []).append(row[0])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _has(text: str, kind: str) -> bool:
    if any(w in text for w in _cues().get(kind, ())):
        return True
    if kind != "settle":
        return False
    if _SITES_THERE.search(text):
        return True             # 「某公司在某区有线下门店60家」「在沈阳的两大工厂」: its own sites in the place
    # 设立|分公司, 成立|研发中心: settles a company only when a site follows (设立…基金 does not)
    return any(re.search(re.escape(w) + f"[^，,；;。]{{0,12}}?{_SITE}", text) for w in _cues().get("establish", ()))


_SITE = r"(?:工厂|厂区|基地|公司|总部|中心|分行|支行|办事处|门店|研究院|实验室)"
_SITES_THERE = re.compile(r"在(?!国内|国外|海外|境外|全国|全球|各地|世界|中国)[^，,；;。在]{2,16}?(?:的|有|拥有|设有|开设了?)[^，,；;。]{0,8}?(?:门店|生产基地|工厂|厂区)")


def _place_ok(m: Mention) -> bool:
    level = m.attr("level")
    return (level is None or level in COMPANY_PLACE_LEVELS) and not _long_abolished(m.key)


@functools.lru_cache(maxsize=4096)
def _long_abolished(key: str) -> bool:
    return long_abolished(load_or_none(), key)


def _province_rank_city(key: str, level: str | None) -> bool:
    """北京, 上海, 天津, 重庆, 香港, 澳门: cities of province rank, as fine a place for a company as any city."""
    return level == "province" and is_province_rank_city(key)


def _city_or_county(rec) -> bool:
    """A prefecture, a county or a city of province rank: a place a company's name can say it is in."""
    return rec.level in ("prefecture", "county") or _province_rank_city(rec.key, rec.level)


def _fine_place(m: Mention) -> bool:
    """A place fine enough to hold a company or park: a city or finer, or a city of province rank."""
    return _place_ok(m) or _province_rank_city(m.key, m.attr("level"))


def _park_place(a: Analysis, park: Mention) -> Mention | None:
    key = park.attr("place")
    start, end = park.attr("place_start"), park.attr("place_end")
    if not key or start is None or end is None:
        return None
    s, e = int(start), int(end)
    attrs = (("level", park.attr("place_level")),) if park.attr("place_level") else ()
    return Mention("place", a.doc.text[s:e], s, e, key, park.attr("place_name") or a.doc.text[s:e],
                   a.doc.id, "parks", attrs)


def _area_park(a: Analysis, s: int, e: int, name: str, attrs: tuple[tuple[str, str], ...] = ()) -> Mention:
    """The park reading of a new area written at [s, e) (its key is ``park:<full name>``)."""
    return Mention("park", a.doc.text[s:e], s, e, f"park:{name}", name, a.doc.id, "located_in", attrs)


def _written_places(a: Analysis) -> frozenset[str]:
    """The keys of the places an article writes."""
    return frozenset(m.key for m in a.mentions if m.kind == "place")


def _record_place(a: Analysis, s: int, e: int, rec) -> Mention:
    """A place mention at [s, e) for a gazetteer record."""
    return Mention("place", a.doc.text[s:e], s, e, rec.key, rec.name, a.doc.id, "located_in", (("level", rec.level),))


class _Facts:
    """Collects facts, keeping one per (subject, container) with the best confidence and all evidence."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.items: dict[tuple, tuple[Mention, Mention, float, list[Evidence]]] = {}

    def add(self, subject: Mention, container: Mention, confidence: float, start: int, end: int) -> None:
        if subject.key == container.key:
            return
        k = (subject.kind, subject.key, container.kind, container.key)
        ev = self.a.evidence(min(start, end), max(start, end))
        if k in self.items:
            s, c, conf, evs = self.items[k]
            evs.append(ev)
            if confidence > conf:
                self.items[k] = (subject, container, confidence, evs)
        else:
            self.items[k] = (subject, container, confidence, [ev])

    def facts(self) -> list[LocatedIn]:
        out = []
        for k in sorted(self.items):
            s, c, conf, evs = self.items[k]
            evs = sorted(set(evs), key=lambda e: (e.start, e.end))
            out.append(LocatedIn(s, c, tuple(evs), conf, "located_in"))
        return out

    def has_subject(self, subject: Mention) -> bool:
        return any(k[0] == subject.kind and k[1] == subject.key for k in self.items)


def _in_sentence(mentions: Iterable[Mention], sent: Sentence) -> list[Mention]:
    return [m for m in mentions if sent.start <= m.start and m.end <= sent.end]


def _between(a: Analysis, left: Mention, right: Mention) -> str:
    return a.doc.text[left.end:right.start]


_ADMIN = ("province", "prefecture", "county", "township")


# 「某园区位于某市某区」「某镇是某出口加工区所在地」
_PARK_LIES_IN = re.compile(r"[，,]?(?:位于|坐落于|坐落在|地处|设在|建在)")
_SEAT_AFTER = re.compile(r"(?:的)?所在地")


def _park_site_facts(a: Analysis, parks: list[Mention], places: list[Mention], out: _Facts) -> None:
    """A park said to lie in a place (位于, 坐落于 …) or a place said to be a park's seat (所在地): the
    most specific place of the chain written there."""
    text = a.doc.text
    for park in parks:
        m = _PARK_LIES_IN.match(text, park.end)
        if m is not None:
            chain = _chain_at(places, m.end())
            area = next((q for q in parks if q.start == m.end() and q.key != park.key), None)
            if chain and _fine_place(chain[-1]):
                out.add(park, chain[-1], CUE, park.start, chain[-1].end)
            elif area is not None:        # 某出口加工区位于上海浦东新区: a park in a new area
                out.add(park, area, CUE, park.start, area.end)
            continue
        lead = text.rfind("位于", max(0, park.start - 16), park.start)
        if lead >= 0 and text.endswith("的", 0, park.start):
            chain = _chain_at(places, lead + 2)
            if chain and chain[-1].end == park.start - 1 \
                    and _fine_place(chain[-1]):
                out.add(park, chain[-1], CUE, lead, park.end)     # 位于海珠区的某某产业园
                continue
        seat = _SEAT_AFTER.match(text, park.end)
        if seat is not None and text.endswith("是", 0, park.start):
            chain = [p for p in places if p.end == park.start - 1]
            if chain and _fine_place(chain[-1]):
                out.add(park, chain[-1], CUE, chain[-1].start, seat.end())


def _elsewhere(park: Mention, place: Mention) -> bool:
    """Whether a place written before a park known to lie elsewhere is a partner of its name, not where it
    is (澳门|横琴: the zone lies in 珠海市): neither that place nor one above or below it."""
    known = park.attr("place")
    gaz = load_or_none()
    if not known or gaz is None or place.kind != "place" or place.key == known:
        return False
    return place.key not in {x.key for x in gaz.ancestors(known)} and known not in {x.key for x in gaz.ancestors(place.key)}


def _chain_at(places: list[Mention], pos: int) -> list[Mention]:
    """The places written one after another from ``pos`` (上海市|浦东新区)."""
    chain: list[Mention] = []
    for p in sorted(places, key=lambda m: m.start):
        if p.start == (chain[-1].end if chain else pos):
            chain.append(p)
    return chain


def _park_facts(a: Analysis, parks: list[Mention], places: list[Mention], out: _Facts) -> None:
    # a park read once with its city (珠海|横琴新区) is not also put in a region read elsewhere (横琴|新区)
    with_admin = {p.key for p in parks if p.attr("place_level") in _ADMIN}
    bounds = {t.start for t in a.tokens} | {t.end for t in a.tokens}
    for park in parks:
        brand = park.attr("brand")
        company = None
        if brand:       # 某某科技|浏阳|园区: the brand's company is in its campus
            key, name = park.attr("brand_key") or f"company:{brand}", park.attr("brand_name") or brand
            company = Mention("company", brand, park.start, park.start + len(brand), key, name,
                              a.doc.id, "located_in", (("cue", "park-brand"),))
            out.add(company, park, ADJACENT, park.start, park.end)
        container = _park_place(a, park)
        if container is not None and park.key in with_admin and container.attr("level") not in _ADMIN:
            continue
        if container is not None and container.attr("level") == "new-area":
            container = _area_park(a, container.start, container.end, container.name)   # 某新区|秦川园区: a park in a park
        if container is not None and container.attr("level") not in ("country", "continent", "region"):
            # (a park named after a region, 长三角…示范区, 西南交大…, lies in no one place its name tells)
            out.add(park, container, EXPLICIT, container.start, park.end)
            continue
        before = [p for p in places if p.end == park.start] or \
            [p for p in parks if p.end == park.start and brand]      # 某高新区|甲乙产业园: a campus in a park
        if before and not _elsewhere(park, before[-1]):
            out.add(park, before[-1], CUE, before[-1].start, park.end)
        elif company is not None and park.attr("brand_key"):
            # 某某现代农业产业园 of 某省某区|某某农业科技有限公司: the campus is where its company's name says
            legal = next((c for c in a.mentions if c.kind == "company" and c.key == company.key), None)
            gaz = load_or_none()
            place = _name_prefix_place(a, legal, gaz, bounds, _written_places(a)) \
                if legal is not None and gaz is not None else None
            if place is not None:
                out.add(park, place, NAME_PREFIX, park.start, park.end)


_CLAUSE_END = re.compile(r"[，,；;：:]")
# a clause about a company of its own, named or not
_OTHER_COMPANY = re.compile(r"(?:一家|某|这家|另一家)[^，。；]{0,6}(?:企业|公司)")


# companies listed as another's customers or partners, not as companies of the place
_CUSTOMERS = re.compile(r"(?:客户|用户|合作伙伴|买家|采购商|经销商)(?:包括|有|涵盖|遍及|中有)")


def _clause_flags(a: Analysis, sent: Sentence, c: Mention) -> tuple[bool, bool, bool]:
    """(settle, sign, enum) cues of the clause holding ``c``; when it has none, of the clause after it
    (某某集团，首批疏解到某新区的…)."""
    text = a.doc.text
    bounds = [sent.start] + [m.end() for m in _CLAUSE_END.finditer(text, sent.start, sent.end)] + [sent.end]
    i = max(k for k in range(len(bounds) - 1) if bounds[k] <= c.start)
    clause = text[bounds[i]:bounds[i + 1]]
    if _CUSTOMERS.search(text, bounds[i], c.start):
        return (False, False, False)    # 「客户包括甲、乙等世界知名品牌」: the clause's company serves them
    flags = (_has(clause, "settle"), _has(clause, "sign"), _has(clause, "enum"))
    if not any(flags) and i + 2 < len(bounds):
        nxt = text[bounds[i + 1]:bounds[i + 2]]
        if not _OTHER_COMPANY.search(nxt):     # (「…，这是总部位于某区的一家企业捐赠的…」: another company's seat)
            flags = (_has(nxt, "settle"), _has(nxt, "sign"), _has(nxt, "enum"))
    if not any(flags) and i == 1 and text[bounds[0]:bounds[1]].lstrip().startswith("作为"):
        lead = text[bounds[0]:bounds[1]]       # 「作为扎根南京的金融生力军，某某银行…」: said of the subject
        flags = (_has(lead, "settle"), _has(lead, "sign"), _has(lead, "enum"))
    if flags[1] and not flags[0]:
        rest = text[bounds[i + 1]:sent.end]
        if "项目" in rest and _has(rest, "settle"):
            flags = (True, True, flags[2])   # 「某园区与某公司签约，一个…项目正式落户某市」: the signed project settles
    if c.attr("cue") == "enumeration":     # listed as one of a place's companies (A、B等50多家…企业)
        flags = (flags[0], flags[1], True)
    return flags


_FACILITY = r"(?:工厂|厂区|基地|分公司|子公司|公司|项目|总部|研发中心|生产基地|园区)"
_MONTH, _DAY = r"[0-9一二三四五六七八九十]{1,2}月", r"[0-9一二三四五六七八九十]{1,3}日"
_DATE_LEAD = rf"(?:{_MONTH})?(?:{_DAY})?(?:[上下]午)?[，,]?"
_FRAME = re.compile(rf"{_DATE_LEAD}在(?P<x>[^，,。；;：:]{{2,30}}?)(?:内|里|上|境内)?[，,]")
# 「某某产业基地内，…」: a park opening the sentence without 在
_PARK_FRAME = re.compile(rf"{_DATE_LEAD}(?P<x>[^，,。；;：:在]{{2,30}}?)(?:内|里)[，,]")


def _frame(a: Analysis, sent: Sentence, containers: list[Mention]) -> Mention | None:
    """The park or place of a sentence that opens with 在X， (在株洲经开区，…; 在正阳，…; after a date,
    2月8日，在…), or the park of one that opens with X内， (某产业基地内，…)."""
    m = _FRAME.match(a.doc.text, sent.start, sent.end)
    bare = m is None
    if bare:
        m = _PARK_FRAME.match(a.doc.text, sent.start, sent.end)
    if m is None:
        return _paragraph_place(a, sent, containers)
    inside = [c for c in containers if c.start >= m.start("x") and c.end <= m.end("x")]
    last = inside[-1] if inside else None
    if last is not None and last.end == m.end("x") and (
            last.kind == "park" or (not bare and _fine_place(last))):
        return last
    return None


_PLACE_LEAD = re.compile(r"(?P<x>[^，,。；;：:]{2,12}?)[，,]")
_DATE_ONLY = re.compile(rf"(?:{_MONTH})?{_DAY}(?:[上下]午)?[，,]")       # a day, then a comma


def _paragraph_place(a: Analysis, sent: Sentence, containers: list[Mention]) -> Mention | None:
    """「山东青岛，从事…的某某有限公司，…」: a paragraph that opens with nothing but a chain of places
    and a comma (after a date, if any) sets the scene (a city or finer) for its first sentence."""
    if sent.index > 0 and a.sentences[sent.index - 1].paragraph == sent.paragraph:
        return None
    text = a.doc.text
    lo = sent.start
    while lo < sent.end and text[lo] in " \u3000\t":
        lo += 1
    date = _DATE_ONLY.match(text, lo, sent.end)
    if date is not None:
        lo = date.end()           # 「2月13日，浙江建德市，某某有限公司负责人…」
    m = _PLACE_LEAD.match(text, lo, sent.end)
    if m is None:
        return None
    pos, last = lo, None
    for c in containers:
        if c.start == pos and c.kind == "place":
            pos, last = c.end, c
    if last is None or pos != m.end("x") or not _fine_place(last):
        return None
    return last


# (a verb of running the site may come first: 特斯拉|重启了|在上海的超级工厂)
_SITE_AFTER = re.compile(f"(?:(?:重启|复工|扩建|新建|建设|运营|开设|设立)了?)?"
                         f"在(?P<x>[^，,。；;：:的]{{2,20}}?)的?[{CJK}]{{0,6}}?{_FACILITY}")
_COMPANY_SITE = re.compile(f"[{CJK}]{{0,8}}?(?:{_FACILITY})")


def _site_of(a: Analysis, sent: Sentence, c: Mention, containers: list[Mention],
             places: list[Mention]) -> Mention | None:
    """A company's plant or project told with its place: 甲乙在上海的超级工厂 (company 在 place 的
    facility), 广东湛江的德国甲乙项目 (place 的 [home country] company … facility)."""
    text = a.doc.text
    m = _SITE_AFTER.match(text, c.end, sent.end)
    if m is not None:
        hit = [p for p in [*containers, *places] if p.start == m.start("x") and p.end == m.end("x")]
        if hit and (hit[0].kind == "park" or _fine_place(hit[0])):
            return hit[0]
    country = [p for p in places if p.end == c.start and p.attr("level") == "country"]
    if not country or not _COMPANY_SITE.match(text, c.end, sent.end):
        return None         # (a place 的 company with nothing between is read by adjacency)
    before = [p for p in containers if p.end == country[0].start - 1 and text[p.end] == "的"
              and (p.kind == "park" or _place_ok(p))]     # 的|德国|甲乙: the company's home country
    return before[0] if before else None


def _passage_park_in(a: Analysis, sent: Sentence, parks: list[Mention], place: Mention) -> Mention | None:
    """The one park of the preceding sentences that lies in ``place`` (the passage is about it)."""
    first = max(0, sent.index - CONTEXT_SENTENCES)
    found = {m.key: m for prior in a.sentences[first:sent.index] for m in _in_sentence(parks, prior)
             if m.attr("place") == place.key}
    return next(iter(found.values())) if len(found) == 1 else None


# 「某某公司是某高新区的一家高科技制造企业」: a company told as one of a park's or a place's companies
_COPULA = re.compile(r"(?:也|则|就)?是(?:位于|地处)?")
_COPULA_TAIL = re.compile(r"(?:内|里|境内)?的?(?:一家|一个|一所|首家|重点|骨干|龙头)?[^，。；]{0,12}?"
                          r"(?:企业|公司|工厂|厂家|药企|车企|龙头)")


# a relative clause that tells where the company named after it is: 位于|扎根 <place> … 的 <company>
_RELATIVE_SITE = re.compile(r"位于|地处|坐落于|坐落在|扎根|扎根于|落户|落户于|落户在|总部设在|总部位于")


# the community or village of an address between its township (or county) and a company: 某县某镇|某某社区|某某有限公司
_ADDRESS_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,5}(?:社区|村)")
# a kind of company between a place or park and a company's name: 临沂|民营企业|某某集团有限公司
_KIND_BETWEEN = re.compile(r"的?(?:民营|国有|本土|本地|龙头|骨干|外资|台资|港资|老牌|知名|重点|高新技术|科技型|规上|上市){1,3}(?:企业|公司)")


def _address_before(p: Mention, c: Mention) -> bool:
    """Whether the place right before a company is an address down to a township or village, and the
    company's name begins with a place of its own (某县某镇某村|江西某某米业有限公司)."""
    return p.kind == "place" and p.attr("level") in ("township", "village") and is_place_name(c.text[:2])


def _after_last(text: str, lo: int, pos: int, marks: str) -> int:
    """Where the words before ``pos`` begin: after the last of ``marks`` in ``[lo, pos)``, else ``lo``."""
    return max([lo] + [text.rfind(ch, lo, pos) + 1 for ch in marks])


# after a list of companies: 等, a count, a place, words of their trade, and the kind (甲、乙等一批湖北龙头民营企业,
# 甲、乙等广东家电企业): the place is where the listed companies are
_LIST_HEAD = re.compile(r"等(?:一批|一些|多家|众多|诸多|[0-9一二三四五六七八九十百千多余几]+家)?")
_HEAD_KIND = re.compile(r"(?:的)?[^，。；：、“”的]{0,8}?(?:企业|公司|集团|厂商|厂家|药企|车企|房企|巨头)(?![家园区])")
_LIST_JOINT = re.compile(r"、|和|及|与|以及")


def _list_head_facts(a: Analysis, sent: Sentence, companies: list[Mention], places: list[Mention],
                     out: _Facts) -> set[int]:
    """Companies listed before 等 and a kind of company that a place modifies are in that place: a
    province, city or county, or the country of foreign companies (甲、乙等美国企业)."""
    text = a.doc.text
    placed: set[int] = set()
    by_end = {c.end: c for c in _in_sentence(companies, sent)}
    for m in _LIST_HEAD.finditer(text, sent.start, sent.end):
        place = next((p for p in places if p.start == m.end()), None)
        if place is None or place.attr("level") not in ("country", "province", "prefecture", "county") \
                or place.key == "geo:CN" or not _HEAD_KIND.match(text, place.end, sent.end):
            continue
        # the items before 等, back to the clause's start: those that are companies (an item we do not
        # read as one, 甲、山河建设、乙, is skipped)
        lo = _after_last(text, sent.start, m.start(), "，。；：（“")
        listed = []
        for k, item in enumerate(re.finditer(r"[^、]+", text[lo:m.start()])):
            s, e = lo + item.start(), lo + item.end()
            joint = _LIST_JOINT.match(text, s)
            if joint is not None and joint.end() < e and e - joint.end() >= 2:
                s = joint.end()       # 与甲: the joint opens the item
            c = by_end.get(e)
            if c is not None and (c.start == s or k == 0 and c.start > s):
                listed.append(c)      # (the first item after the clause's own words: 这将使|甲、乙等…)
        if len(listed) < 2:
            continue              # (one name before 等 may be a person's or a product's)
        for c in listed:
            out.add(c, place, CUE, place.start, place.end)
            placed.add(c.start)
    return placed


def _sentence_facts(a: Analysis, sent: Sentence, companies: list[Mention], parks: list[Mention],
                    places: list[Mention], out: _Facts) -> set[int]:
    """Facts read from one sentence; returns the start offsets of the companies placed."""
    text = a.doc.text
    placed: set[int] = set()
    s_parks = _in_sentence(parks, sent)
    s_places = [p for p in _in_sentence(places, sent) if _fine_place(p)]
    containers = sorted(s_parks + s_places, key=lambda m: m.start)
    starts = {c.start for c in companies}
    # a place written right before a company names that company's site (水富|云天化), and one right after
    # it too (某电投|山东海阳|核电): neither is the sentence's container for other companies
    ends = {c.end for c in companies}
    s_places = [p for p in s_places if p.end not in starts and p.start not in ends]
    frame = _frame(a, sent, containers)
    if frame is not None and frame.kind != "park" and s_parks:
        frame = None            # 在湘西土家族苗族自治州，某经开区…: the park is the more specific container
    for c in _in_sentence(companies, sent):
        seat = _headquarters_before(a, sent, c, places)
        if seat is not None:            # 总部位于美国的某某公司: its seat, of any level
            out.add(c, seat, ADJACENT, seat.start, c.end)
            placed.add(c.start)
            continue
        if _HQ_NAMED.search(text, sent.start, c.start):
            continue                    # 总部位于圣路易斯的某某公司: a seat we cannot read, not the sentence's place
        # adjacency: <park|place>(的|内的|里的)?<company>; 位于 … 的 <company>
        prev = [m for m in containers if m.end <= c.start]
        if prev:
            p = prev[-1]
            gap = _between(a, p, c)
            if _KIND_BETWEEN.fullmatch(gap) or (p.kind == "place" and p.attr("level") in ("county", "township")
                                                and _ADDRESS_BETWEEN.fullmatch(gap)):
                out.add(c, p, ADJACENT, p.start, c.end)     # 临沂|民营企业|某某集团有限公司; 某镇|某某社区|某公司
                placed.add(c.start)
                continue
            if gap in ("的", "内的", "里的", "内", "") and (p.kind == "park" or gap != "" or _short_brand(c)
                                                       or _address_before(p, c)):
                out.add(c, p, ADJACENT if gap else FRAME, p.start, c.end)
                placed.add(c.start)
                continue
            head = text[sent.start:c.start]
            i = max((w.start() for w in _RELATIVE_SITE.finditer(head)), default=-1)
            if i >= 0 and p.start >= sent.start + i and re.fullmatch(r"[^，。；]*的", text[p.end:c.start] or "的"):
                out.add(c, p, ADJACENT, sent.start + i, c.end)
                placed.add(c.start)
                continue
        kind_of = _COPULA.match(text, c.end, sent.end)
        if kind_of is not None:
            where = next((m for m in containers if m.start == kind_of.end()), None)
            if where is not None and _COPULA_TAIL.match(text, where.end, sent.end):
                out.add(c, where, CUE, c.start, where.end)     # 某某公司是某高新区的一家高科技企业
                placed.add(c.start)
                continue
        after = [m for m in containers if m.start == c.end and m.kind == "place"]
        if after and re.match(_FACILITY, text[after[0].end:sent.end]):
            out.add(c, after[0], FRAME, c.start, after[0].end)     # 台积电南京工厂
            placed.add(c.start)
            continue
        site = _site_of(a, sent, c, containers, places)
        if site is not None:            # 某某在上海的超级工厂; 广东湛江的德国某某项目
            out.add(c, site, FRAME, min(site.start, c.start), max(site.end, c.end))
            placed.add(c.start)
            continue
        flags = _clause_flags(a, sent, c)
        if frame is not None and frame.end <= c.start and not (flags[1] and not flags[0]):
            out.add(c, frame, FRAME, frame.start, c.end)        # 在苏州工业园区，纳微科技公司…
            placed.add(c.start)
            continue
        if not _settles(flags):
            continue       # no location cue, or a signing alone
        settle = flags[0]
        # 「武汉是“中国光谷”所在地，…涌现出A、B等骨干企业」: a zone named by its nickname, with no
        # settle cue, is said of the city, not a frame for its companies
        framing = [p for p in s_parks if settle or not p.attr("nickname")]
        if len({p.key for p in framing}) == 1 and (settle or framing[0].end <= c.start):
            # one park, written once or more (落户某园区的…企业，…在某园区…的帮助下): the mention nearest
            p = min(framing, key=lambda m: (abs(m.start - c.start), m.start))
            out.add(c, p, CUE if settle else FRAME, min(p.start, c.start), max(p.end, c.end))
            placed.add(c.start)
        elif not framing and len({p.key for p in s_places}) == 1 \
                and not _other_place_in_clause(a, sent, c, s_places[0], places, ends):
            p = s_places[0]
            park = _passage_park_in(a, sent, parks, p)
            if park is not None:      # a passage about one park of this place: the park, not the place
                out.add(c, park, PASSAGE + 0.1, c.start, c.end)
            else:
                out.add(c, p, FRAME if settle else FRAME - 0.1, min(p.start, c.start), max(p.end, c.end))
            placed.add(c.start)
    return placed


_HQ = r"总部(?:位于|设在|设于|在)"
_HQ_BEFORE = re.compile(_HQ + "$")
_HQ_NAMED = re.compile(_HQ + r"[^，。；、的]{1,16}的$")


def _headquarters_before(a: Analysis, sent: Sentence, c: Mention, places: list[Mention]) -> Mention | None:
    """「总部位于美国的某某公司」「总部设在香港的某某集团」: the place of the headquarters written right
    before the company (and 的), a country, province or city alike (the innermost of a chain)."""
    if a.doc.text[c.start - 1:c.start] != "的":
        return None
    chain = [p for p in places if sent.start <= p.start and p.end <= c.start - 1]
    if not chain or chain[-1].end != c.start - 1:
        return None
    first = len(chain) - 1
    while first > 0 and chain[first - 1].end == chain[first].start:
        first -= 1              # 总部位于美国密苏里州圣路易斯的: back to the start of the chain
    if not _HQ_BEFORE.search(a.doc.text, sent.start, chain[first].start) or _long_abolished(chain[-1].key):
        return None
    return chain[-1]


def _other_place_in_clause(a: Analysis, sent: Sentence, c: Mention, p: Mention, places: list[Mention],
                           company_ends: set[int]) -> bool:
    """Whether the company's own clause names another place, of any level (「通用电气公司将在广东建设
    …基地，西门子…将落户北京」: 北京 is Siemens's, not GE's; 「罗氏制药中国总裁…」).  A region written
    right after a company's name (复星|华南总部) does not count."""
    text = a.doc.text
    lo = max(text.rfind(ch, sent.start, c.start) for ch in "，；,;") + 1
    hi = min([i for i in (text.find(ch, c.end, sent.end) for ch in "，；,;") if i >= 0] or [sent.end])
    lo = max(lo, sent.start)
    if lo <= p.start < hi:
        return False
    return any(lo <= m.start and m.end <= hi and m.key != p.key
               and (m.start not in company_ends or _is_country(m)) for m in places)


def _is_country(m: Mention) -> bool:
    return m.key.startswith("geo:") and m.key.count(":") == 1      # 罗氏制药|中国|总裁: the country counts


def _settles(flags: tuple[bool, bool, bool]) -> bool:
    settle, sign, enum = flags
    return (settle or enum) and not (sign and not settle)


def _short_brand(c: Mention) -> bool:
    """A company written as a bare brand (中天, 恒立电子) rather than a legal name."""
    return c.attr("cue") in ("repeat", "place-brand", "lexicon") and len(c.text) <= 6


# a time opening a sentence before its subject: 截至2019年7月，, 目前，, 近年来，, 今年以来，
_TIME_OPENING = re.compile(r"[\s\u3000]*(?:截至|截止到?|到)?[^，。；：“”]{0,12}?(?:年|月|日|目前|近年来|以来|如今|当前)(?:底|初|末|中旬|上旬|下旬)?[，,]")


def _passage_facts(a: Analysis, sent: Sentence, companies: list[Mention], parks: list[Mention],
                   places: list[Mention], placed: set[int], out: _Facts) -> None:
    """Companies of a settle/enumeration sentence with no container: the passage's park or place."""
    todo = [c for c in _in_sentence(companies, sent) if c.start not in placed]
    if not todo or _in_sentence(parks, sent) or [p for p in _in_sentence(places, sent) if _fine_place(p)]:
        return
    todo = [c for c in todo if _settles(_clause_flags(a, sent, c))]
    if not todo:
        return
    first = max(0, sent.index - CONTEXT_SENTENCES)
    for prior in reversed(a.sentences[first:sent.index]):
        if sent.paragraph - prior.paragraph > 4:
            break
        # 醴陵市产业园区，…; 截至2019年7月，某产业新城已签约…: the park opening the sentence, after a time if any
        lead = _TIME_OPENING.match(a.doc.text, prior.start, prior.end)
        opening = prior.start + (len(lead.group()) if lead else 0)
        topic = [m for m in _in_sentence(parks, prior) if m.start - opening <= 1 and m.start >= prior.start]
        cands = topic or [p for p in _in_sentence(places, prior) if _place_ok(p)]
        keys = {m.key for m in cands}
        if len(keys) == 1:
            for c in todo:
                out.add(c, cands[-1], PASSAGE, cands[-1].start, c.end)
            return
        if len(keys) > 1:
            return
    dominant = _dominant_place([p for p in places if p.end <= sent.start])
    if dominant is not None:
        for c in todo:
            out.add(c, dominant, DOCUMENT, c.start, c.end)


def _dominant_place(places: list[Mention]) -> Mention | None:
    """The city or county the document is about: the most frequent one, with ≥ 2 mentions and ≥ a third
    of all city/county mentions."""
    local = [p for p in places if p.attr("level") in ("prefecture", "county")]
    counts: dict[str, int] = {}
    for p in local:
        counts[p.key] = counts.get(p.key, 0) + 1
    if not counts:
        return None
    key, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    if n >= 2 and 3 * n >= len(local) and list(counts.values()).count(n) == 1:
        return next(p for p in local if p.key == key)
    return None


def embedded_park(a: Analysis, m: Mention) -> Mention | None:
    """The park written at the start of ``m``'s name (see ``organizations.park_attrs``), else None."""
    key = m.attr("prefix_park")
    if not key:
        return None
    s, e = int(m.attr("prefix_park_start")), int(m.attr("prefix_park_end"))
    return Mention("park", a.doc.text[s:e], s, e, key, m.attr("prefix_park_name") or a.doc.text[s:e], a.doc.id,
                   "located_in", tuple((k[len("prefix_park."):], v) for k, v in m.attrs if k.startswith("prefix_park.")))


def _branch_facts(a: Analysis, companies: list[Mention], out: _Facts) -> None:
    """A branch is where its name says (某银行|无锡|分行 → 无锡市; 某银行|深圳前海|分行 → that new area);
    a legal name written after a park (某市高新区|甲乙制造有限公司) is in that park."""
    gaz = load_or_none()
    for c in companies:
        park = embedded_park(a, c)
        if park is not None:
            out.add(c, park, ADJACENT, c.start, c.end)
        key = c.attr("branch_place")
        rec = gaz.get(key) if gaz is not None and key else None
        if rec is None:
            continue
        s, e = int(c.attr("branch_place_start")), int(c.attr("branch_place_end"))
        if rec.level == "new-area":
            container = _area_park(a, s, e, rec.name)
        elif rec.level in COMPANY_PLACE_LEVELS or _province_rank_city(rec.key, rec.level):
            container = _record_place(a, s, e, rec)
        else:
            continue
        out.add(c, container, CUE, c.start, c.end)


_ANAPHORA = re.compile(r"(?:这|该)(?:家|个|所)?(?:位于|地处|坐落于|坐落在|落户)(?P<x>[^，。；：的]{2,24}?)的"
                       r"[^，。；：的“”]{0,10}?(?:企业|公司|工厂|药企|车企|厂家|厂商|制造商|生产商)")


# 「某某有限公司…。…公司所在地某某开发区…」: the seat of the company just named; 「某某公司所在地——某区」,
# 「走进某某公司所在的某某高新区」
_SEAT_OF_COMPANY = re.compile(r"(公司|企业|工厂|该厂)?的?所在(?:地(?:——|—|：|:|是|为|位于)?|的)")


def _anaphora_facts(a: Analysis, companies: list[Mention], parks: list[Mention], places: list[Mention],
                    out: _Facts) -> None:
    """「某某有限公司…。这家位于某市某区某镇的企业，…」: the company named last before (at most two
    sentences back) is where 这家位于…的企业 says; 「…公司所在地某某开发区」 (the sentence or the one
    before) likewise."""
    text = a.doc.text
    containers = sorted([*parks, *(p for p in places if _place_ok(p))], key=lambda m: m.start)
    for m in _ANAPHORA.finditer(text):
        inside = [c for c in containers if m.start("x") <= c.start and c.end <= m.end("x")]
        if not inside:
            continue
        sent = a.sentence_at(m.start())
        floor = a.sentences[max(0, sent.index - 2)]
        before = [c for c in companies if c.end <= m.start() and c.start >= floor.start]
        if not before or out.has_subject(before[-1]):
            continue
        where = max(inside, key=lambda c: (c.end, c.end - c.start))
        out.add(before[-1], where, FRAME, m.start(), m.end())
    for m in _SEAT_OF_COMPANY.finditer(text):
        at = m.end()
        first = next((c for c in containers if c.start == at), None)
        if first is None:
            continue
        chain = [first]           # 「公司所在地上海某某开发区」: the park (or the innermost place) written there
        while (nxt := next((c for c in containers if c.start == chain[-1].end), None)) is not None:
            chain.append(nxt)
        sent = a.sentence_at(m.start())
        floor = a.sentences[max(0, sent.index - 1)]
        named = next((c for c in companies if c.end == m.start()), None)    # 某某公司|所在地——某区
        if named is not None:
            before = [named]
        elif m.group(1):          # 公司所在地: the company named last, in this sentence or the one before
            before = [c for c in companies if c.end <= m.start() and c.start >= floor.start]
        else:
            continue
        if before and not out.has_subject(before[-1]):
            out.add(before[-1], chain[-1], FRAME, m.start(), chain[-1].end)


# companies settling "here": 甲、乙等一批企业扎根于此, 甲、乙在这里落户
_HERE = re.compile(r"(?:扎根|聚集|集聚|汇聚|云集|落户|入驻|落地|安家|进驻|扎堆)(?:于此|在此|此地|在这里|这里)|"
                   r"(?:在这里|在此)(?:落户|安家|扎根|设厂|建厂)")


# a place written as a means (依托某园区的平台, 借助某地的资源), not where the clause is
_MEANS = re.compile(r"依托|借助|凭借|通过|利用")


def _here_facts(a: Analysis, companies: list[Mention], parks: list[Mention], places: list[Mention],
                out: _Facts) -> None:
    """「以某新区为引领，某省…。甲、乙等一批企业聚集于此」: the companies of the clause that settle "here"
    are in the park or place written last before them, in their sentence or the one before it in
    the paragraph (not China as a whole)."""
    text = a.doc.text
    containers = sorted([*parks, *(p for p in places if p.key != "geo:CN" and p.attr("level") != "continent")],
                        key=lambda m: m.start)
    for m in _HERE.finditer(text):
        sent = a.sentence_at(m.start())
        lo = _after_last(text, sent.start, m.start(), "，；：。")
        settled = [c for c in companies if lo <= c.start and c.end <= m.start() and not out.has_subject(c)]
        if not settled:
            continue
        prev = a.sentences[sent.index - 1] if sent.index > 0 else sent
        floor = prev.start if prev.paragraph == sent.paragraph else sent.start
        before = [c for c in containers if floor <= c.start and c.end <= settled[0].start
                  and not _MEANS.search(text, _after_last(text, floor, c.start, "，；。"), c.start)]
        if not before:
            continue
        for c in settled:
            out.add(c, before[-1], FRAME, m.start(), m.end())


class _NamePlaces:
    """The place each company's name begins with (:func:`_name_prefix_place`), worked out once per
    document: the sentence loop and the last passes ask for the same companies."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.gaz = load_or_none()
        self.bounds = {t.start for t in a.tokens} | {t.end for t in a.tokens}
        self.written = _written_places(a)
        self.known: dict[tuple[int, int], Mention | None] = {}

    def of(self, c: Mention) -> Mention | None:
        if self.gaz is None:
            return None
        k = (c.start, c.end)
        if k not in self.known:
            self.known[k] = _name_prefix_place(self.a, c, self.gaz, self.bounds, self.written)
        return self.known[k]


def _name_prefix_facts(a: Analysis, companies: list[Mention], out: _Facts, names: _NamePlaces,
                       province: bool = False) -> None:
    """A company whose name begins with a park, a city or a county is located there (泉州晋通 → 泉州市);
    with ``province``, only one whose name begins with nothing finer than its province (浙江某某集团 →
    浙江省), which is added last: a finer place the text gives, even by its topic, says more."""
    if names.gaz is None:
        return
    for c in companies:
        if not out.has_subject(c):
            park = embedded_park(a, c)
            if park is not None:    # 长沙经开区|集团公司: a company named after its park is in that park
                out.add(c, park, NAME_PREFIX, c.start, c.end)
                continue
            place = names.of(c)
            if place is not None and province == (_only_province(place) and place.start == c.start):
                out.add(c, place, NAME_PREFIX, c.start, c.end)


def _only_province(place: Mention) -> bool:
    """A province, autonomous region or special administrative region (not 北京, 上海 …)."""
    return place.attr("level") == "province" and not _province_rank_city(place.key, "province")


def _name_prefix_place(a: Analysis, c: Mention, gaz, bounds: set[int], written: frozenset[str]) -> Mention | None:
    """The city or county a company's name begins with, the county when a city and its county are
    both written (某市|某区|甲乙有限公司)."""
    seat = _seat_in_name(a, c, gaz)
    if seat is not None:        # 瑞安森（天津）医疗器械有限公司, 某某变速器天津有限公司: the subsidiary's place,
        return _address_inside(a, c, gaz, seat) or seat     # or a district of it its address gives
    if re.search(r"[（(](?!集团[）)]|控股[）)])[^）)]+[）)]", c.text):
        return None             # a bracketed place abroad or a bracket of another kind (not （集团）): no prefix
    branch = _BRANCH_TAIL.search(c.text)
    if branch is not None:      # 北京某某新材料|新泰|分公司: a branch is where its own place says, if anywhere
        for n in range(min(4, branch.start()), 1, -1):     # (a province's too: 某某湖北省分公司)
            records = [r for r in gaz.lookup(c.text[branch.start() - n:branch.start()]) if r.current_in(_year(a))
                       and (r.level == "province" or _city_or_county(r))]
            if records:
                return _record_place(a, c.start + branch.start() - n, c.start + branch.start(), records[0])
        return None
    local = _local_unit_place(a, c, gaz, bounds, written)
    if local is not None:
        return local            # 国网某市供电公司, 国家电网某省公司: a national company's unit of that place
    before = next((p for p in a.mentions if p.kind == "place" and p.end == c.start
                   and p.attr("level") == "province"), None)
    pos, outer = 0, (before.key if before is not None else None)
    country = None              # 美国|波音公司: a company named after its country abroad is there, if nowhere finer
    province = None             # 浙江|某某传动机械股份有限公司: one named after its province is there, if nowhere finer
    while pos < len(c.text) - 2:
        rec, n = _leading_place(gaz, c.text[pos:], written, _year(a))
        if rec is None or (bounds and c.start + pos + n not in bounds and not _in_place_word(a, c.start + pos, n)
                           and not (rec.key in written and rec.level == "county")):
            return country or province      # 东方航空…: 东方 is not a word of this name
        if outer is not None and outer not in {x.key for x in gaz.ancestors(rec.key)}:
            return None         # 江苏|紫金农商银行: 紫金 (a county of another province) is part of the brand
        if 0 < pos < _lexicon_brand_end(c.text):
            return None         # 中国太平|保险集团: 太平 is part of a well-known company's name, not 太平区
        if pos == 0 and outer is None and _other_province_before(a, gaz, c.text[:n], rec.key):
            return None         # 紫金农商银行, which the article also writes 江苏紫金农村商业银行
        prefix = c.text[pos:pos + n]
        if is_common_word(prefix, 300) and word_tag(prefix) != "ns" and prefix != rec.name \
                and not strong_form(gaz, prefix, rec.key):
            return None         # 东方演艺集团: 东方 is an ordinary word here (石家庄 never is)
        rest = _legal_stripped(c.text[pos + n:])
        # (a city abroad after its country, a major one, or one written with 市: 美国|洛杉矶|某某物流集团)
        city = _city_or_county(rec) or (rec.level == "foreign-city" and c.text[pos + n:pos + n + 1] != "·" and (
            outer is not None or (rec.population or 0) >= MAJOR_CITY_POPULATION or c.text[pos + n - 1] == "市"))
        if city and is_common_word(rest, 100) and not _SECTOR_REST.fullmatch(rest) \
                and rest == c.text[pos + n:]:
            return None         # 大连时代: the place is part of the brand, not where it is (大连时代集团 is there)
        if city:
            inner, m = _leading_place(gaz, c.text[pos + n:], written, _year(a))
            if inner is not None and inner.level == "county" and rec.key in {x.key for x in gaz.ancestors(inner.key)} \
                    and len(c.text) - (pos + n + m) >= 4 and (not bounds or c.start + pos + n + m in bounds):
                pos, rec, n = pos + n, inner, m      # 某市|某区|甲乙有限公司: the district
            return _record_place(a, c.start + pos, c.start + pos + n, rec)
        if pos == 0 and rec.level == "country" and rec.key != "geo:CN" and len(_legal_stripped(c.text[n:])) >= 2:
            country = _record_place(a, c.start, c.start + n, rec)
        elif rec.level == "province" and rec.key.startswith("cn:") and province is None \
                and len(_legal_stripped(c.text[pos + n:])) >= 2:
            province = _record_place(a, c.start + pos, c.start + pos + n, rec)
        pos, outer = pos + n, rec.key   # a province or country first (广西|玉林|玉柴集团): look further
        local = _local_unit_place(a, c, gaz, bounds, written, pos, outer)
        if local is not None:
            return local        # 某省|中车|某市|电力机车有限公司
    return country or province


def _lexicon_brand_end(name: str) -> int:
    """Where the longest lexicon company name (of up to 10 characters) that begins ``name`` ends (0 when none does)."""
    return max(lexicon_prefixes(name, 0, 10), default=0)


# what follows the place in the name of a national company's local unit (国网某市供电公司, 中国铁路某局集团有限公司,
# 某央企湖北装备公司): up to four characters of its trade, then 公司
_LOCAL_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?|局集团)(?:有限)?公司$")


def _local_unit_place(a: Analysis, c: Mention, gaz, bounds: set[int], written: frozenset[str],
                      pos: int = 0, outer: str | None = None) -> Mention | None:
    """The place written between a well-known company's name and 公司 (国网某市供电公司, 国家电网某省
    公司, 某某集团某市分公司): a unit of that company in that province, city or county; also a city or
    county before the unit's own name and a legal ending (中车|某市|某某机车车辆股份有限公司, after a
    province ``outer`` at ``pos``: 某省|中车|某市|电力机车有限公司, the city inside that province)."""
    for k in reversed(lexicon_prefixes(c.text, pos, min(8, len(c.text) - pos - 4))):
        if bounds and c.start + k not in bounds:
            continue
        rest = c.text[k:]
        rec, n = _leading_place(gaz, rest, written, _year(a))
        while rec is not None:      # 国网河南某市供电公司, 国网某市某区供电公司: the place written last
            inner, m = _leading_place(gaz, rest[n:], written, _year(a))
            if inner is None or rec.key not in {x.key for x in gaz.ancestors(inner.key)}:
                break
            rest, rec, n, k = rest[n:], inner, m, k + n
        abroad = rec is not None and rec.level == "country" and rec.key != "geo:CN" and outer is None
        if rec is None or not (rec.level == "province" or _city_or_county(rec) or abroad) \
                or (bounds and c.start + k + n not in bounds) \
                or (outer is not None and outer not in {x.key for x in gaz.ancestors(rec.key)}):
            return None
        if abroad:              # 中国某某集团|某国|公司: its unit in that country
            return _record_place(a, c.start + k, c.start + k + n, rec) if _ABROAD_UNIT.fullmatch(c.text, k + n) else None
        if _LOCAL_UNIT.fullmatch(c.text, k + n) or (
                _city_or_county(rec) and (end := _LEGAL_END.search(c.text, k + n)) is not None
                and end.start() - (k + n) >= 2):
            return _record_place(a, c.start + k, c.start + k + n, rec)
        return None
    return None


# what follows the country in the name of a company's unit abroad: 公司 or 分公司, or a short name of its
# own (中国某某|老挝|某某江发电公司)
_ABROAD_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?)?(?:分公司|公司|有限公司)$")


_BRANCH_TAIL = re.compile(r"(?:分公司|分行|支行|分厂|营业部)$")


# a place in brackets inside a legal name, or right before its legal ending
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")
_LEGAL_END = re.compile(r"(?:股份)?有限(?:责任)?公司$")


def _seat_in_name(a: Analysis, c: Mention, gaz) -> Mention | None:
    """The city or county a legal name gives its subsidiary: in brackets (某某（天津）医疗器械有限公司)
    or right before 有限公司 (某某汽车变速器天津有限公司), or right after the group's name
    (某某集团|某市|锅炉厂有限责任公司)."""
    def place(s: int, e: int) -> Mention | None:    # (a province there is where it registered: 某某（云南）股份有限公司)
        records = [r for r in gaz.lookup(c.text[s:e]) if r.current_in(_year(a)) and _city_or_county(r)]
        return _record_place(a, c.start + s, c.start + e, records[0]) if len(records) == 1 else None

    m = _BRACKETED.search(c.text)
    if m is not None:
        return place(m.start(1), m.end(1))
    end = _LEGAL_END.search(c.text)
    if end is None:
        return None
    group = c.text.find("集团")
    if 0 < group and group + 2 < end.start() - 2:
        for n in (5, 4, 3, 2):      # 某电集团|哈尔滨|锅炉厂有限责任公司: the group's unit in that city
            if group + 2 + n < end.start():
                found = place(group + 2, group + 2 + n)
                if found is not None:
                    return found
    for n in (4, 3, 2):
        s = end.start() - n
        if s > 1:
            if any(r.level == "province" and r.current_in(_year(a)) and not _city_or_county(r)
                   for r in gaz.lookup(c.text[s:end.start()])):
                return None     # 某某集团黑龙江有限公司: a province (黑龙江, not 龙江县) is where it registered
            form = c.text[s:end.start()]
            if is_common_word(form, 300) and word_tag(form) != "ns":
                continue        # 某某资源|股份有限公司: an ordinary word (资源), not the county 资源县
            found = place(s, end.start())
            if found is not None:
                return found
    return None


def _address_inside(a: Analysis, c: Mention, gaz, seat: Mention) -> Mention | None:
    """The innermost place of an address written before a name with its own seat, when it lies inside
    the seat (福建厦门市同安区|弓立（厦门）医疗用品有限公司 → 同安区)."""
    pos, last = 0, None
    while pos < len(c.text) - 2:
        rec, n = _leading_place(gaz, c.text[pos:], year=_year(a))
        if rec is None:
            break
        last, pos = (rec, pos, n), pos + n
    if last is None or seat.start < c.start + pos:
        return None
    rec, at, n = last
    if rec.key == seat.key or seat.key not in {x.key for x in gaz.ancestors(rec.key)}:
        return None
    return _record_place(a, c.start + at, c.start + at + n, rec)


def _in_place_word(a: Analysis, start: int, n: int) -> bool:
    """Whether the place name at ``start`` begins a jieba word tagged as a place (上海浦东 holds 上海),
    or a rare word jieba tagged as another name (北京华|博创: the place and the brand's first character)."""
    return any(t.start == start and t.end > start + n and (
        t.pos == "ns" or (t.pos == "nz" and not is_common_word(t.text, 100))) for t in a.tokens)


def _other_province_before(a: Analysis, gaz, prefix: str, key: str) -> bool:
    """Whether the text writes ``prefix`` right after the name of a province ``key`` is not in."""
    text = a.doc.text
    ancestors = {x.key for x in gaz.ancestors(key)}
    for m in re.finditer(re.escape(prefix), text):
        for n in (3, 2):
            recs = gaz.lookup(text[max(0, m.start() - n):m.start()]) if m.start() >= n else []
            if any(r.level == "province" and r.key not in ancestors for r in recs):
                return True
    return False

# what may follow a city's name in the name of a company of that city (台州|银行, 鄂尔多斯|集团,
# 某市|地铁集团): a legal head or a public-utility sector, never a brand word (大连|时代)
_SECTOR_REST = re.compile(r"(?:农村商业|农商|商业)?银行|集团|公司|(?:地铁|轨道交通|港务|港口|机场|燃气|水务|"
                          r"电力|供电|交通投资|交投|城投|建工|公交|钢铁|铁路|航空|能源|化工|农商行)(?:集团|公司)?")


def _year(a: Analysis) -> int | None:
    return a.doc.date.year if a.doc.date is not None else None


def _leading_place(gaz, name: str, written: frozenset[str] = frozenset(), year: int | None = None):
    """The longest place name current in ``year`` that begins ``name`` and its length; of places
    sharing that name (昌吉: the prefecture and its city), the one the article also writes in full."""
    for n in range(min(6, len(name) - 2), 1, -1):
        records = [r for r in gaz.lookup(name[:n]) if r.current_in(year)]
        if records:
            return next((r for r in records if r.key in written), records[0]), n
    return None, 0


_HEADLINE_CHARS = 40        # a headline line is short and not indented like a body paragraph


def _headline_topic(a: Analysis, containers: list[Mention]) -> Mention | None:
    """The park or county an article is about: the only park, city, county or township its headline
    lines (the short lines before the first indented body paragraph) name; a park written at least
    three times in all and making at least half of all park, city, county and township mentions, or a
    county, district or township written at least five times and making two thirds of them; when the
    headline names no place, a county the body names at least eight times, three quarters of them.
    (A city is no such topic: an article about a city names partners and suppliers from elsewhere.)"""
    text = a.doc.text
    head: list[Sentence] = []
    for sent in a.sentences:
        if indented(text, sent) or len(sent.text) > _HEADLINE_CHARS:
            break
        head.append(sent)
    local = [c for c in containers if c.kind == "park" or c.attr("level") in ("prefecture", "county", "township")]
    named = {c.key for sent in head for c in _in_sentence(local, sent)}
    counts = Counter(c.key for c in local)
    if not named:           # a headline naming no place: a county the body names eight times, three quarters
        top = max(counts, key=lambda k: (counts[k], k), default=None)
        if top is not None and not top.startswith("park:") and counts[top] >= 8 and 4 * counts[top] >= 3 * len(local):
            named = {top}
    if len(named) != 1:
        return None
    key = next(iter(named))
    n = counts[key]
    if key.startswith("park:"):
        if n < 3 or 2 * n < len(local):
            return None
    elif not any(c.key == key and c.attr("level") in ("county", "township") for c in local) \
            or n < 5 or 3 * n < 2 * len(local):
        return None
    return next(c for c in local if c.key == key)


def _topic_facts(a: Analysis, companies: list[Mention], topic: Mention | None, out: _Facts) -> None:
    """Companies the text places nowhere else are in the park the whole article is about."""
    if topic is None:
        return
    for c in companies:
        if not out.has_subject(c) and c.start > topic.start:
            out.add(c, topic, DOCUMENT, c.start, c.end)


def _new_area_parks(a: Analysis, places: list[Mention]) -> dict[int, tuple[Mention, Mention]]:
    """New areas read as development zones of the unit they lie in: a national new area (in its city
    or province) and a municipality's district called 新区 (浦东新区). Returns, by the start of the
    place mention, (the park reading, its city or province written over the same span).
    A new area written inside an address chain (上海市浦东新区某镇某村) is no mention of its own and
    so no park."""
    gaz = load_or_none()
    out: dict[int, tuple[Mention, Mention]] = {}
    if gaz is None:
        return out
    for m in places:
        rec = gaz.get(m.key)
        parent = gaz.get(rec.parent) if rec is not None and rec.parent else None
        if rec is None or parent is None:
            continue
        municipality = _province_rank_city(parent.key, parent.level)
        if rec.level != "new-area" and not (municipality and rec.level == "county" and rec.name.endswith("新区")):
            continue
        attrs = [("place", parent.key), ("place_level", parent.level), ("place_name", parent.name)]
        before = next((p for p in places if p.end == m.start and p.key == parent.key), None)
        if before is not None:      # 重庆|两江新区: the park is also called by the whole
            attrs.append(("alias", a.doc.text[before.start:m.end]))
        # and so it is wherever written: 重庆两江新区, 河北雄安新区, 上海浦东新区
        attrs += [("alias", short_place_name(parent.name, parent.level) + rec.name), ("alias", parent.name + rec.name)]
        out[m.start] = (_area_park(a, m.start, m.end, rec.name, tuple(sorted(attrs))),
                        _record_place(a, m.start, m.end, parent))
    names: dict[str, set[str]] = {}
    for park, _city in out.values():      # every surface of a new area names its park (河北雄安新区, 雄安新区)
        names.setdefault(park.key, set()).update({park.text, *park.aliases()})
    return {start: (park.with_attrs(("alias", n) for n in names[park.key]), city)
            for start, (park, city) in out.items()}


def find_located_in(a: Analysis) -> list[LocatedIn]:
    companies = [m for m in a.mentions if m.kind == "company"]
    parks = [m for m in a.mentions if m.kind == "park"]
    places = [m for m in a.mentions if m.kind == "place"]
    # parks hidden inside longer names (某经开区|管委会, 某市高新区|甲乙制造有限公司)
    parks = sorted(parks + [p for m in a.mentions if m.kind in ("company", "organization")
                            for p in [embedded_park(a, m)] if p is not None], key=lambda m: (m.start, m.end))
    out = _Facts(a)
    new_areas = _new_area_parks(a, places)
    if new_areas:           # a new area of one city is a park in that city and contains its companies
        for park, city in new_areas.values():
            out.add(park, city, CUE, park.start, park.end)
        places = [p for p in places if p.start not in new_areas]
        parks = sorted(parks + [park for park, _city in new_areas.values()], key=lambda m: (m.start, m.end))
    _park_facts(a, parks, places, out)
    _park_site_facts(a, parks, places, out)
    _branch_facts(a, companies, out)
    campuses = [p for p in parks if p.attr("brand_key")]
    parks = [p for p in parks if not p.attr("brand_key")]   # a company's own campus holds no other company
    text_places = [p for p in places if not _DATELINE_AFTER.match(a.doc.text, p.end)]
    _here_facts(a, companies, parks, text_places, out)
    names = _NamePlaces(a)
    for sent in a.sentences:
        placed = _sentence_facts(a, sent, companies, parks, text_places, out)
        placed |= _list_head_facts(a, sent, [c for c in companies if c.start not in placed], text_places, out)
        named = _Facts(a)
        _name_prefix_facts(a, [c for c in _in_sentence(companies, sent) if c.start not in placed], named, names)
        placed |= {subject.start for subject, _c, _f, _e in named.items.values()}   # its name says where
        _passage_facts(a, sent, companies, parks, places, placed, out)
    _anaphora_facts(a, companies, parks, places, out)
    _name_prefix_facts(a, companies, out, names)
    topic = _headline_topic(a, sorted(parks + places, key=lambda m: m.start))
    _topic_facts(a, companies, topic, out)
    if topic is not None and topic.kind == "place":     # a campus the text places nowhere else
        _topic_facts(a, campuses, topic, out)
    _name_prefix_facts(a, companies, out, names, province=True)
    return out.facts()


# the place of a dateline (本报北京10月17日电): where the report was filed, not a place the sentence speaks of
_DATELINE_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日电")


@extractor("located_in")
def extract_located_in(analysis: Analysis) -> Iterator[LocatedIn]:
    yield from find_located_in(analysis)
