"""Text-level cues for place recognition: word boundaries and the contexts that make a name something else.

A place name followed by 大学/银行/路/平原, inside 《…》, an institution (…福利院), an
event (…冬奥会), a foreign party (泰国民主党) or an organ (甘肃省委) is not a place
mention; a short form must coincide with jieba's word boundaries.  The cue lists are
generic (suffixes, heads, surnames), never names taken from sample articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..types import Analysis, Token
from .matcher import Hit, Matcher

HAN = r"\u4e00-\u9fff"
# What follows a place name and makes the whole something else (a school, a bank, a street, a landform …).
NOT_PLACE_AFTER = re.compile(
    r"(大学|中学|小学|学院|学校|附中|[一二三四五六七八九十0-9]{1,3}中(?![国心央部间外期])|银行|公司|集团|股份|"
    r"路(?![上线径子])|大街|街(?![道头区])|大道|大桥|平原|高原|盆地|山脉|日报|晚报|电视台|卫视|广播电台|医院|机场|"
    r"火车站|高铁站|队(?![伍])|式(?![的])|特色|梦|菜(?![园地])|共产党|科学院|工程院|协会|商会|海关|大剧院|"
    r"博物馆|体育场|体育馆|宾馆|饭店|酒店|号(?![召])|牌)")
# A named institution, facility or event a few characters later (呼和浩特市儿童福利院, 井冈山革命烈士陵园,
# 北京冬奥会): the place is part of that name.
EVENT_WORDS = ("冬奥会", "奥运会", "亚运会", "世博会", "峰会", "论坛", "博览会")
FACILITY_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(陵园|纪念馆|博物馆|博物院|福利院|学校|学院|大学|医院|研究院|研究所|"
                            r"剧院|图书馆|幼儿园|体育馆|公园|地铁|" + "|".join(EVENT_WORDS) + ")")
# A foreign party: 泰国民主党, 土耳其正义与发展党 (but not 政党, 两党; 和 ends the name).
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
# 中亚国家, 中国人民, 日本首相: jieba joins a place and these head nouns (or a leader's title) into one word;
# the place still counts.
HEAD_NOUNS = frozenset(("国家", "地区", "各国", "人民", "民众", "政府", "企业", "经济", "社会", "城市", "农村",
                        "人", "籍", "方面", "一带", "地方", "全省", "全市", "全县",
                        "首相", "总理", "总统", "女王", "国王", "市民", "作家", "士兵", "战士", "歌手"))
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶程苏魏吕"
                     "丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
                     "江高金白石田方龙万余付史柳武")
# A short form followed by one of these is part of a smaller place's name (三河村, 青山镇).
SMALLER_UNIT = re.compile(r"(村|乡|镇|街道|社区|屯|寨|组|片区|大队)")
VILLAGE_STOP = set("的了在和与是有等各全该本每这那个们到从把被对为以及向将也都就并又或")
NAME_BARRIERS = VILLAGE_STOP | set("、，。；：！？")


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


class TextView:
    """One analysed document: its text, token boundaries and offsets → sentence and paragraph."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.doc.text
        self._where: dict[int, tuple[int, int]] = {}
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
        """(sentence index, paragraph index) of an offset, memoised."""
        found = self._where.get(offset)
        if found is None:
            if not self.analysis.sentences:
                found = (0, 0)
            else:
                s = self.analysis.sentence_at(offset)
                found = (s.index, s.paragraph)
            self._where[offset] = found
        return found

    def aligned(self, start: int, end: int) -> bool:
        if not self.token_starts:
            return True
        return start in self.token_starts and end in self.token_ends


# one character that turns a place name into a river, lake or bay named after it (澜沧江, 杭州湾, 鄱阳湖)
LANDFORM_CHARS = "江河湖湾"


def acceptable(doc: TextView, hit: Hit, full: bool, matcher: Matcher, prev_end: int = -1) -> bool:
    text = doc.text
    after = text[hit.end:hit.end + 6]
    if NOT_PLACE_AFTER.match(after) or _inside_name(doc, hit.end) or _inside_title(text, hit.start):
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
        word = doc.token_at.get(hit.start)
        if word is not None and word.pos == "ns" and word.end == hit.end + 1 and text[hit.end] in LANDFORM_CHARS:
            return False                      # 澜沧|江, 杭州|湾: the river or bay named after the place
        if not full and word is not None and word.end == hit.start + 1 and word.pos in ("c", "p") \
                and glued(doc, hit.start):
            return False                      # 龙头企业|和|政、产、学: a conjunction, not the first character of 和政
        starts = hit.start in doc.token_starts or hit.start == prev_end
        token_rest = text[hit.end:doc.token_end_at.get(hit.end, hit.end)]    # the token's part after the name
        ends = (hit.end in doc.token_ends or _unit_follows(text, hit.end) or _conjunction_glued(doc, hit)
                or _venue_glued(doc, hit)
                or token_rest in HEAD_NOUNS
                or (foreign and token_rest == "站")   # 巡回赛托伦站: the leg of a series named after the city
                or any(h.end in doc.token_ends for h in matcher.at(text, hit.end)) if hit.end < len(text) else True)
        return starts and ends
    return True


# a conjunction or preposition the segmenter may glue to an unknown name before it (金奈同|印度总理…)
_GLUED_LINK = "同与和跟及"


def _conjunction_glued(doc: TextView, hit: Hit) -> bool:
    """金奈同/nr: the segmenter read the place and the 同 after it as one unknown name."""
    word = doc.token_at.get(hit.start)
    return (word is not None and word.end == hit.end + 1 and doc.text[hit.end] in _GLUED_LINK
            and word.pos in ("nr", "ns", "nrt", "nz"))


# a venue or transport hub the segmenter reads as one word with the place it is in (北京天安门广场,
# 广州白云机场, 北京人民大会堂)
_VENUE_END = re.compile(rf"[{HAN}]{{1,5}}(?:广场|机场|火车站|高铁站|大会堂|体育场|体育中心|会展中心|会议中心|博览中心|展览中心)")


def _venue_glued(doc: TextView, hit: Hit) -> bool:
    """广州白云机场/ns: the place and the venue in it, read as one word; the place is where the venue is."""
    word = doc.token_at.get(hit.start)
    return word is not None and word.end > hit.end and _VENUE_END.fullmatch(doc.text, hit.end, word.end) is not None


def glued(doc: TextView, start: int) -> bool:
    """秦汉新城, 幸福安康: a weak short form right after a content word is the end of a longer name or phrase."""
    before = doc.token_before.get(start)
    return (before is not None and len(before.text) >= 2 and before.pos in GLUE_POS
            and all("\u4e00" <= ch <= "\u9fff" for ch in before.text))


def _township_word(doc: TextView, hit: Hit) -> bool:
    """发展乡村, 平安乡村, 占城镇就业人员: a township name whose unit character starts an ordinary word."""
    text, end = doc.text, hit.end
    if hit.text[-1] == "乡" and text[end:end + 1] in "村亲土愁贤情音" and end < len(text):
        return True
    return hit.text[-2:] in ("城镇", "乡镇", "村镇", "市镇") and (end - 2) in doc.token_starts


def _inside_name(doc: TextView, end: int) -> bool:
    """北京冬奥会, 井冈山革命烈士陵园: a place a few characters before an institution or event is part of
    its name; not a place before a verb and an event (在悉尼|征战|奥运会预选赛, 中国|申办|奥运会: the place is
    where it is done; an institution's name may hold a verb: 某地|开放|大学)."""
    text = doc.text
    m = FACILITY_AFTER.match(text, end)
    if not m or set(text[end:m.start(1)]) & NAME_BARRIERS:
        return False
    verb = doc.token_at.get(end)
    return m.group(1) not in EVENT_WORDS or verb is None or verb.pos != "v" or verb.end > m.start(1)


def _inside_title(text: str, start: int) -> bool:
    """《敦煌女儿》: a place inside the title of a work is part of the title."""
    opened = text.rfind("《", max(0, start - 30), start)
    return opened >= 0 and "》" not in text[opened:start] and "》" in text[start:start + 30]


def in_party_name(text: str, end: int) -> bool:
    m = PARTY_AFTER.match(text, end)
    if not m:
        return False
    gap = m.group(0)
    return not set(gap) & (NAME_BARRIERS) and not gap.endswith(("政党", "两党", "各党", "执政党", "在野党"))


def _after_surname(doc: TextView, start: int) -> bool:
    """王海林: a two-character short form right after a one-character surname token is a given name."""
    return start >= 1 and doc.text[start - 1] in SURNAMES and start - 1 in doc.token_starts


def _unit_follows(text: str, end: int) -> bool:
    """定西市委 is tokenised 定西/市委: a short form followed by a unit-led word is aligned enough."""
    return end < len(text) and text[end] in UNIT_CHARS and bool(ORGAN_AFTER.match(text[end + 1:end + 4]))
