"""Place recognition: gazetteer look-up, context disambiguation, chains, villages, foreign states.

Pipeline inside one document:

1. every gazetteer form is matched (longest first) and filtered: short forms must
   coincide with jieba word boundaries, a place followed by 大学/银行/路/平原 …
   names something else, and generic or ordinary-word forms (城区, 平安) are weak;
2. unambiguous strong mentions form the context; shared names (朝阳区) and weak
   forms are decided by it (``graph.gazetteer.resolve``) or left unresolved;
3. adjacent places where each lies in the previous (定西市渭源县) merge into one
   mention; a village written after a county or township (…县…村) extends it;
4. a transliterated name + 州/省 after a country becomes a foreign state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ..gazetteer import Form, Gazetteer, PlaceRecord
from ..gazetteer.names import is_generic
from ..gazetteer.matcher import Hit, Matcher, default_matcher
from ..gazetteer.resolve import (WEIGHT_DATELINE, WEIGHT_DOCUMENT, WEIGHT_PARAGRAPH, WEIGHT_SENTENCE,
                                 Context, choose, related)
from ..registry import recogniser
from ..types import Analysis, Mention, Token

HAN = r"\u4e00-\u9fff"
# What follows a place name and makes the whole something else (a school, a bank, a street, a landform …).
NOT_PLACE_AFTER = re.compile(
    r"(大学|中学|小学|学院|学校|附中|[一二三四五六七八九十0-9]{1,3}中(?![国心央部间外期])|银行|公司|集团|股份|"
    r"路(?![上线径子])|大街|街(?![道头区])|大道|大桥|平原|高原|盆地|山脉|日报|晚报|电视台|卫视|广播电台|医院|机场|"
    r"火车站|高铁站|队(?![伍])|式(?![的])|特色|梦|菜(?![园地])|共产党|科学院|工程院|协会|商会|海关|大剧院|"
    r"博物馆|体育场|体育馆|宾馆|饭店|酒店|号(?![召])|牌)")
# A named institution, facility or event a few characters later (呼和浩特市儿童福利院, 井冈山革命烈士陵园,
# 北京冬奥会): the place is part of that name.
FACILITY_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(陵园|纪念馆|博物馆|博物院|福利院|学校|学院|大学|医院|研究院|研究所|"
                            r"剧院|图书馆|幼儿园|体育馆|公园|地铁|冬奥会|奥运会|亚运会|世博会|峰会|论坛|博览会)")
# A foreign party: 泰国民主党, 捷克和摩拉维亚共产党 (but not 政党, 两党).
PARTY_AFTER = re.compile(rf"[{HAN}]{{0,10}}?党(?![员委组派内外建史])")
# A unit character and what follows it forming another word: 东方市场, 新城区域.
UNIT_WORDS = ("市场", "区域", "区块", "区间", "区位", "省份", "县域经济", "市值", "市面")
# 甘肃省委, 定西市政府, 渭源县长: the place is the part before the unit character.
ORGAN_AFTER = re.compile(r"^(委|政府|人大|政协|长|纪委|委员会)")
# 甘肃省委, 中国政府, 定西市政府: the whole is an organisation (flat annotation: no place inside).
ORGAN_NAME = re.compile(r"^(委(?!员)|政府|人大|政协|纪委|委员会|党委)")
UNIT_CHARS = "省市县区州旗盟"
GLUE_POS = frozenset(("nr", "nrt", "a", "an", "n", "nz", "ng", "t"))
# 罗马什娜, 德里格拉佐娃: a foreign place name running into a transliterated personal name.
TRANSLITERATED_TAIL = frozenset("娃娜娅佐夫什耶诺奇基维")
# 中亚国家, 中国人民: jieba joins a place and these head nouns into one word; the place still counts.
HEAD_NOUNS = frozenset(("国家", "地区", "各国", "人民", "民众", "政府", "企业", "经济", "社会", "城市", "农村",
                        "人", "籍", "方面", "一带", "地方", "全省", "全市", "全县"))
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶程苏魏吕"
                     "丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
                     "江高金白石田方龙万余付史柳武")
VILLAGE_RE = re.compile(rf"[{HAN}]{{1,6}}?村(?:[{HAN}]{{1,3}}?(?:寨|屯|组)(?:[{HAN}]{{2,8}}?村)?)?")
# A short form followed by one of these is part of a smaller place's name (三河村, 青山镇).
SMALLER_UNIT = re.compile(r"(村|乡|镇|街道|社区|屯|寨|组|片区|大队)")
TOWNSHIP_RE = re.compile(rf"([{HAN}]{{1,5}}?)(乡|镇|街道|苏木)")
TOWNSHIP_UNITS = ("镇", "乡", "街道", "苏木")
VILLAGE_STOP = set("的了在和与是有等各全该本每这那个们到从把被对为以及向将也都就并又或")
NAME_BARRIERS = VILLAGE_STOP | set("、，。；：！？")
GENERIC_VILLAGE = re.compile(r"(^|^一[名个位些家户]|部分|农|乡|山|渔|贫困|示范|重点|行政|自然|城中|边境|特色|旅游|文明|传统|古|新|"
                             r"搬迁|移民|社区|中心|全国|美丽|生态|富裕|先进|样板|试点|帮扶|定点|包)$")
STATE_RE = re.compile(rf"[{HAN}]{{1,6}}?[州省]")
DATELINE_RE = re.compile(rf"([{HAN}]{{2,12}}?)(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
                         rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日电")
FOREIGN = ("country", "foreign-state", "foreign-city")


@dataclass
class Found:
    """A place candidate while the document is being resolved."""

    start: int
    end: int
    text: str
    keys: list[str]
    weak: bool
    key: str | None = None
    full: bool = True
    chain: list[str] = field(default_factory=list)
    local: str = ""                     # name of a place the gazetteer lacks (a village, a foreign state)
    parent: str = ""                    # containing key of a village / synthetic foreign state
    level: str = ""


class Document:
    """Offsets → sentence and paragraph indices of one analysis."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.doc.text
        starts, ends = set(), set()
        self.token_end_at: dict[int, int] = {}
        for t in analysis.tokens:
            starts.add(t.start)
            ends.add(t.end)
            for i in range(t.start + 1, t.end):
                self.token_end_at[i] = t.end
        self.token_starts, self.token_ends = starts, ends
        self.token_before: dict[int, Token] = {t.end: t for t in analysis.tokens}
        self.token_at: dict[int, Token] = {t.start: t for t in analysis.tokens}   # tokens by start offset

    def where(self, offset: int) -> tuple[int, int]:
        if not self.analysis.sentences:
            return 0, 0
        s = self.analysis.sentence_at(offset)
        return s.index, s.paragraph

    def aligned(self, start: int, end: int) -> bool:
        if not self.token_starts:
            return True
        return start in self.token_starts and end in self.token_ends


def _candidates(gaz: Gazetteer, hit: Hit) -> tuple[list[str], bool]:
    """Keys a hit may denote after preferring current over former units, full over short forms."""
    forms: list[Form] = list(hit.forms)
    recs = {f.key: gaz.get(f.key) for f in forms}
    current = [f for f in forms if recs[f.key] is not None and not recs[f.key].former]
    forms = current or forms
    home = [f for f in forms if recs[f.key].level not in ("foreign-state", "foreign-city")]
    if home and len(home) < len(forms) and any(recs[f.key].level != "country" for f in home):
        forms = home                       # 西北地区: the region rather than a foreign territory
    if any(f.full for f in forms):
        forms = [f for f in forms if f.full]
    strong = [f for f in forms if not f.weak]
    if strong and len(strong) < len(forms):
        forms = strong
    cities = [f for f in forms if recs[f.key].level == "foreign-city"]
    if cities and len(cities) < len(forms):
        countries = {_country(gaz, f.key) for f in cities}
        others = [f for f in forms if f not in cities]
        if all(recs[f.key].level == "foreign-state" and recs[f.key].parent in countries for f in others):
            forms = cities                 # 撒马尔罕: the city rather than the region named after it
        else:
            forms = others
    weak = all(f.weak or _minor_city(recs[f.key]) for f in forms)
    return sorted(f.key for f in forms), weak


def _country(gaz: Gazetteer, key: str) -> str:
    chain = [gaz.get(key), *gaz.ancestors(key)]
    return next((r.key for r in chain if r is not None and r.level == "country"), "")


def _minor_city(rec: PlaceRecord | None) -> bool:
    return rec is not None and rec.level == "foreign-city" and rec.population < 1_000_000


def _accept(doc: Document, hit: Hit, full: bool, matcher: Matcher, prev_end: int = -1) -> bool:
    text = doc.text
    after = text[hit.end:hit.end + 6]
    if NOT_PLACE_AFTER.match(after) or _inside_name(text, hit.end) or _inside_title(text, hit.start):
        return False
    if ORGAN_NAME.match(after) or (hit.text[-1] not in UNIT_CHARS and after[:1] in UNIT_CHARS
                                   and ORGAN_NAME.match(after[1:])):
        return False
    if hit.text[-1] in UNIT_CHARS and any(text.startswith(w, hit.end - 1) for w in UNIT_WORDS):
        return False
    if not full and SMALLER_UNIT.match(after):
        return False
    if _township_word(doc, hit):
        return False
    if not full and len(hit.text) == 2 and _after_surname(doc, hit.start):
        return False
    foreign = any(f.key.startswith("geo:") for f in hit.forms)
    if (not full or foreign) and "·" in (text[hit.start - 1:hit.start] + after[:1]):
        return False                          # 瑞安·文森特, 阿里·萨利赫: part of a transliterated name
    if not full or len(hit.text) == 2:
        if not doc.token_starts:
            return True
        starts = hit.start in doc.token_starts or hit.start == prev_end
        ends = (hit.end in doc.token_ends or _unit_follows(text, hit.end)
                or text[hit.end:doc.token_end_at.get(hit.end, hit.end)] in HEAD_NOUNS
                or any(h.end in doc.token_ends for h in matcher.at(text, hit.end)) if hit.end < len(text) else True)
        return starts and ends
    return True


def _glued(doc: Document, start: int) -> bool:
    """秦汉新城, 幸福安康: a weak short form right after a content word is the end of a longer name or phrase."""
    before = doc.token_before.get(start)
    return (before is not None and len(before.text) >= 2 and before.pos in GLUE_POS
            and all("\u4e00" <= ch <= "\u9fff" for ch in before.text))


def _township_word(doc: Document, hit: Hit) -> bool:
    """发展乡村, 平安乡村, 占城镇就业人员: a township name whose unit character starts an ordinary word."""
    text, end = doc.text, hit.end
    if hit.text[-1] == "乡" and text[end:end + 1] in "村亲土愁贤情音" and end < len(text):
        return True
    return hit.text[-2:] in ("城镇", "乡镇", "村镇", "市镇") and (end - 2) in doc.token_starts


def _inside_name(text: str, end: int) -> bool:
    m = FACILITY_AFTER.match(text, end)
    return bool(m) and not set(text[end:m.start(1)]) & NAME_BARRIERS


def _inside_title(text: str, start: int) -> bool:
    """《敦煌女儿》: a place inside the title of a work is part of the title."""
    opened = text.rfind("《", max(0, start - 30), start)
    return opened >= 0 and "》" not in text[opened:start] and "》" in text[start:start + 30]


def _party(text: str, end: int) -> bool:
    m = PARTY_AFTER.match(text, end)
    if not m:
        return False
    gap = m.group(0)
    return not set(gap) & (NAME_BARRIERS) and not gap.endswith(("政党", "两党", "各党", "执政党", "在野党"))


def _after_surname(doc: Document, start: int) -> bool:
    """王海林: a two-character short form right after a one-character surname token is a given name."""
    return start >= 1 and doc.text[start - 1] in SURNAMES and start - 1 in doc.token_starts


def _unit_follows(text: str, end: int) -> bool:
    """定西市委 is tokenised 定西/市委: a short form followed by a unit-led word is aligned enough."""
    return end < len(text) and text[end] in UNIT_CHARS and bool(ORGAN_AFTER.match(text[end + 1:end + 4]))


def _match(doc: Document, matcher: Matcher) -> list[Found]:
    gaz = matcher.gazetteer
    out: list[Found] = []
    i, text, prev_end = 0, doc.text, -1
    while i < len(text):
        hits = matcher.at(text, i) if text[i] in matcher._lengths else []
        taken = None
        for hit in hits:
            keys, weak = _candidates(gaz, hit)
            full = any(f.full for f in hit.forms if f.key in keys)
            level = gaz.get(keys[0]).level if keys else ""
            if weak and not full and hit.start != prev_end and _glued(doc, hit.start):
                continue
            if keys and _accept(doc, hit, full, matcher, prev_end) and not (
                    (level == "country" and _party(text, hit.end))
                    or (level in FOREIGN and text[hit.end:hit.end + 1] in TRANSLITERATED_TAIL)):
                taken = _shrink(gaz, doc, Found(hit.start, hit.end, hit.text, keys, weak, full=full))
                break
        if taken is None:
            i += 1
            continue
        out.append(taken)
        prev_end = taken.end
        i = taken.end if taken.end > i else i + 1
    return out


def _shrink(gaz: Gazetteer, doc: Document, f: Found) -> Found:
    """定西市长 → the place is 定西 (the unit character belongs to 市长)."""
    if f.text[-1] in UNIT_CHARS and ORGAN_AFTER.match(doc.text[f.end:f.end + 3]):
        short = f.text[:-1]
        keys = [k for k in f.keys if (rec := gaz.get(k)) is not None and short in rec.aliases]
        if keys and len(short) >= 2:
            return Found(f.start, f.end - 1, short, keys, f.weak, full=False)
    return f


def _dateline_span(text: str) -> tuple[int, int]:
    m = DATELINE_RE.search(text[:300])
    return (m.start(1), m.end(1)) if m else (-1, -1)


def _context(doc: Document, found: list[Found], at: Found, dateline: tuple[int, int]) -> Context:
    sent, para = doc.where(at.start)
    weights: dict[str, int] = {}
    for f in found:
        if f.key is None or f is at or f.key.startswith("unresolved:"):
            continue
        s, p = doc.where(f.start)
        w = WEIGHT_SENTENCE if s == sent else WEIGHT_PARAGRAPH if p == para else WEIGHT_DOCUMENT
        if dateline[0] <= f.start < dateline[1]:
            w = max(w, WEIGHT_DATELINE)
        for key in [f.key, *f.chain]:
            weights[key] = max(weights.get(key, 0), w)
    return Context(weights)


def _resolve(gaz: Gazetteer, doc: Document, found: list[Found]) -> list[Found]:
    for f in found:
        if len(f.keys) == 1 and not f.weak:
            f.key = f.keys[0]
    doc_keys = {f.key for f in found if f.key}
    dateline = _dateline_span(doc.text)
    kept: list[Found] = []
    previous: Found | None = None
    for f in found:
        prev_key = previous.key if previous is not None and previous.end == f.start else None
        if f.key is None:
            context = _context(doc, found, f, dateline)
            key = choose(gaz, f.keys, context, prev_key) or _renamed_township(gaz, f.text, context)
            if f.weak:
                supported = key is not None and _supported(gaz, key, context, doc_keys, prev_key)
                if not supported:
                    continue
                doc_keys.add(key)           # later weak mentions of the same place are supported
            if key is None and not f.full:
                continue                   # an ambiguous short form without context is rarely a place
            f.key = key if key is not None else f"unresolved:{f.text}"
        kept.append(f)
        previous = f
    return kept


def _supported(gaz: Gazetteer, key: str, context: Context, doc_keys: set[str], prev_key: str | None) -> bool:
    """A weak form (新城, 临安, 马斯卡廷) needs its parent, a place inside it, or itself nearby."""
    if prev_key is not None and related(gaz, key, prev_key):
        return True
    rec = gaz.get(key)
    if key in doc_keys:
        return True
    if rec is not None and rec.level == "township":
        return _township_supported(gaz, rec, context)
    parent = rec.parent if rec is not None else ""
    return any(w >= WEIGHT_PARAGRAPH and k != key and (k == parent or gaz.is_within(k, key))
               for k, w in context.weights.items())


def _township_supported(gaz: Gazetteer, rec: PlaceRecord, context: Context) -> bool:
    """A township needs its county or prefecture in the paragraph (its province in the sentence).

    Units with a short or unusual name (雪乡, 乌镇, 大兴国际机场) only count right after their county.
    """
    if len(rec.name) <= 2 or not rec.name.endswith(TOWNSHIP_UNITS) or is_generic(rec.name):
        return False
    for anc in gaz.ancestors(rec.key):
        if anc.level == "country":
            break
        need = WEIGHT_SENTENCE if anc.level == "province" else WEIGHT_PARAGRAPH
        if context.weights.get(anc.key, 0) >= need:
            return True
    return False


def _chains(gaz: Gazetteer, found: list[Found]) -> list[Found]:
    """Merge adjacent places where each lies inside the previous one."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (last is not None and last.end == f.start and last.key and f.key and not last.local
                and not f.key.startswith("unresolved:")
                and any(r.key == last.key for r in gaz.ancestors(f.key))):
            out[-1] = Found(last.start, f.end, last.text + f.text, f.keys, False, f.key,
                            chain=[*last.chain, last.key])
        else:
            out.append(f)
    return out


def _renamed_township(gaz: Gazetteer, name: str, context: Context) -> str | None:
    """龙泉镇 in an article about 新田县, whose township is now 龙泉街道: the county's township of that stem."""
    m = TOWNSHIP_RE.fullmatch(name)
    if not m:
        return None
    counties = sorted(((w, k) for k, w in context.weights.items()
                       if (rec := gaz.get(k)) is not None and rec.level == "county"), reverse=True)
    for weight, county in counties:
        found = [r.key for r in gaz.children(county) if r.level == "township" and r.name != name
                 and TOWNSHIP_RE.fullmatch(r.name) and TOWNSHIP_RE.fullmatch(r.name).group(1) == m.group(1)]
        if len(found) == 1 and weight >= WEIGHT_PARAGRAPH:
            return found[0]
    return None


def _village_name(doc: Document, start: int, after_township: bool = False) -> str:
    m = VILLAGE_RE.match(doc.text, start)
    if not m:
        return ""
    name = m.group(0)
    first = name[:name.index("村")]
    if len(first) < 2 and not after_township:
        return ""                              # 武汉返村: a one-character stem only right after a township
    if any(ch in VILLAGE_STOP for ch in name) or GENERIC_VILLAGE.search(first) or set(first) & set("乡镇"):
        return ""
    if len(first) > 5 or _has_function_word(doc, start, start + len(first)):
        return ""                              # 威信县通过深入推进村…: a clause, not a village name
    return name


def _has_function_word(doc: Document, start: int, end: int) -> bool:
    for i in range(start, end):
        token = doc.token_at.get(i)
        if token is not None and (token.pos in ("p", "c", "d", "u", "r", "ad")
                                  or (len(token.text) >= 2 and token.pos in ("v", "vn"))):
            return True
    return False


def _township(gaz: Gazetteer, text: str, county: str, start: int) -> tuple[str, int] | None:
    """A township written after its county whose name the gazetteer lacks (清水乡, now 清水镇)."""
    m = TOWNSHIP_RE.match(text, start)
    if not m or set(m.group(1)) & VILLAGE_STOP:
        return None
    stem = m.group(1)
    for rec in gaz.children(county):
        if rec.level == "township" and rec.name[:len(stem)] == stem and rec.name[len(stem):] in ("乡", "镇", "街道", "苏木"):
            return rec.key, m.end()
    return county, m.end()


def _villages(gaz: Gazetteer, doc: Document, found: list[Found]) -> None:
    """A village written right after a county or township: 渭源县元古堆村, 腾冲市清水乡三家村."""
    for f in found:
        rec = gaz.get(f.key) if f.key else None
        if rec is None or rec.level not in ("prefecture", "county", "township") or f.end >= len(doc.text):
            continue
        parent, start = f.key, f.end
        name = _village_name(doc, start, rec.level == "township")
        if not name and rec.level == "county":
            town = _township(gaz, doc.text, f.key, start)
            if town is not None:
                parent, start = town
                name = _village_name(doc, start, True)
        if name:
            f.chain = [*f.chain, f.key] + ([parent] if parent != f.key else [])
            f.parent, f.local, f.level = parent, name, "village"
            f.key = f"village:{parent}/{name}"
            f.text, f.end = doc.text[f.start:start + len(name)], start + len(name)


def _states(gaz: Gazetteer, doc: Document, found: list[Found]) -> None:
    """艾奥瓦州 / 塔斯马尼亚州 after a country name: a first-level division of that country."""
    starts = {f.start for f in found}
    for f in found:
        rec = gaz.get(f.key) if f.key else None
        if rec is None or rec.level != "country" or f.end in starts:
            continue
        m = STATE_RE.match(doc.text, f.end)
        if m and not set(m.group(0)) & VILLAGE_STOP and _state_like(gaz, f.key, m.group(0)):
            name = m.group(0)
            f.chain = [*f.chain, f.key]
            known = _similar_state(gaz, f.key, name)
            if known is not None:
                f.key, f.level = known, "foreign-state"
            else:
                f.parent, f.local, f.level = f.key, name, "foreign-state"
                f.key = f"geo:adm1:{rec.code}.{name}"
            f.text, f.end = f.text + name, m.end()


def _state_like(gaz: Gazetteer, country: str, name: str) -> bool:
    """The country names its divisions with this suffix (日本厚生劳动省 is a ministry) and it is no Chinese place."""
    suffixes = {r.name[-1] for r in gaz.children(country) if r.level == "foreign-state"}
    return name[-1] in suffixes and not any(r.key.startswith("cn:") for r in gaz.lookup(name))


def _similar_state(gaz: Gazetteer, country: str, name: str) -> str | None:
    """A known division whose name differs by one transliteration character (塔斯马尼亚 / 塔斯曼尼亚)."""
    stem = name[:-1]
    found = []
    for rec in gaz.children(country):
        other = rec.name[:-1] if rec.name[-1] in "州省" else rec.name
        if rec.level == "foreign-state" and len(other) == len(stem) >= 3:
            if sum(a != b for a, b in zip(other, stem)) <= 1:
                found.append(rec.key)
    return found[0] if len(found) == 1 else None


def _repeats(doc: Document, found: list[Found]) -> list[Found]:
    """Later mentions of villages and foreign states found once in the document."""
    known = {f.local: f for f in found if f.local}
    for f in found:                          # 梁家河 for 梁家河村, once the village is known
        if f.level == "village" and f.local.endswith("村") and len(f.local) >= 4 and "村" not in f.local[:-1]:
            known.setdefault(f.local[:-1], f)
    taken = [(f.start, f.end) for f in found]
    extra = []
    for name, first in sorted(known.items(), key=lambda item: (-len(item[0]), item[0])):
        for m in re.finditer(re.escape(name), doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            extra.append(Found(m.start(), m.end(), name, [first.key], False, first.key, parent=first.parent,
                               local=name, level=first.level))
            taken.append((m.start(), m.end()))
    return sorted(found + extra, key=lambda f: f.start)


def _mention(gaz: Gazetteer, doc_id: str, f: Found) -> Mention:
    rec = gaz.get(f.key) if f.key else None
    attrs: list[tuple[str, str]] = []
    if rec is not None:
        name = rec.name
        attrs.append(("level", rec.level))
        if rec.code:
            attrs.append(("code", rec.code))
    else:
        name = f.local or f.text
        if f.level:
            attrs.append(("level", f.level))
        if f.parent:
            attrs.append(("parent", f.parent))
        if f.key and f.key.startswith("unresolved:"):
            levels = {r.level for k in f.keys if (r := gaz.get(k)) is not None}
            if len(levels) == 1:
                attrs.append(("level", levels.pop()))
            attrs.append(("candidates", "|".join(f.keys)))
    if f.chain:
        attrs.append(("chain", "|".join(f.chain)))
    return Mention(kind="place", text=f.text, start=f.start, end=f.end, key=f.key or f"unresolved:{f.text}",
                   name=name, doc_id=doc_id, source="places", attrs=tuple(attrs))


def find_places(analysis: Analysis, matcher: Matcher | None = None) -> list[Mention]:
    """Place mentions of one analysed document, in text order."""
    matcher = matcher or default_matcher()
    gaz = matcher.gazetteer
    doc = Document(analysis)
    found = _resolve(gaz, doc, _match(doc, matcher))
    found = _chains(gaz, found)
    _villages(gaz, doc, found)
    _states(gaz, doc, found)
    found = _repeats(doc, found)
    return [_mention(gaz, analysis.doc.id, f) for f in found]


@recogniser("places", order=20)
def recognise_places(analysis: Analysis) -> Iterator[Mention]:
    yield from find_places(analysis)
