"""The places of a trigger: what follows a move verb, a 「在X」 frame, abbreviations, foreign frames."""
from __future__ import annotations

import re
from typing import Iterator

from ...gazetteer import MAJOR_CITY_POPULATION, load_or_none
from ...types import Mention, Sentence
from ..cue_words import CJK
from ..persons import _surname_at, lexicon as person_lexicon
from ..times import Dateline, find_dateline, opening_dateline
from .context import FOREIGN_LEVELS, _Context, _home_country, _is_foreign, _level, _tokens_between
from .lookup import _chinese_record, _country_of, _foreign_record, _place_level, _place_name
from .passages import _clause_bounds
from .triggers import lexicon as static_lexicon
from .venues import QUALIFIER, table, venue_at, venue_places


ENUM_SEPARATORS = ("、", "和", "及", "与", "以及", "，")

_APPOSITION = ("首都", "首府", "省会", "的首都", "的首府", "的省会")
_CITY_APPOSITION = re.compile(r"的?(?:[东西南北中]{1,2}部?)?(?:沿海|边境|港口|海滨|工业)?(?:城市|港城|小城|古城|重镇)")

_MODIFIED_ITEM = re.compile(r"(?:、|和|及|与)[^，。；、]{1,14}的")


def _place_groups(places: list[Mention], start: int, limit: int, text: str) -> list[list[Mention]]:
    """Places from ``start``: chains (adjacent places) separated by 、/和/及 until ``limit``.

    Returns a list of chains; each chain is a list of adjacent place mentions.
    """
    groups: list[list[Mention]] = []
    pos = start
    for m in places:
        if m.start < pos or m.end > limit:
            continue
        gap = text[pos:m.start]
        if not groups:
            if gap.strip():
                break
            groups.append([m])
        elif gap == "":
            groups[-1].append(m)
        elif gap in _APPOSITION or _CITY_APPOSITION.fullmatch(gap):
            groups[-1].append(m)      # 「印尼首都雅加达」「德国南部城市慕尼黑」: a chain with its capital or city
        elif gap in ENUM_SEPARATORS[:-1] or _MODIFIED_ITEM.fullmatch(gap):
            groups.append([m])
        else:
            break
        pos = m.end
    return groups


_LIST_END = re.compile(r"的|等|两地|三地|各地|一带|地区|考察|调研|视察|看望|慰问|访问|参观|走访|与|同|跟|参加|出席|开展|进行|洽谈|"
                       r"交流|学习|采访|并|期间|之际|[后时][，,]|[两三四五六七八九十几]个?(?:国家?|城市?|省份?|地区)|$")


def _list_closed(text: str, end: int, clause_end: int) -> bool:
    """Whether a place list ends at ``end`` (clause end, 等地, a visit verb …)."""
    return bool(_LIST_END.match(text[end:clause_end]))


def abbreviation_place(ctx: _Context, pos: int, key: str, name: str) -> Mention:
    """The place a one-character abbreviation at ``pos`` stands for (赴|鄂, 访|美), with its gazetteer level."""
    level = _place_level(key) or ("country" if key.startswith("geo:") else "region")
    return Mention("place", ctx.text[pos:pos + 1], pos, pos + 1, key, name, ctx.analysis.doc.id, "visits",
                   (("level", level),))


def implied_country(m: Mention, key: str, name: str) -> Mention:
    """The country a visit to the place ``m`` implies, written over ``m``'s span."""
    return Mention("place", m.text, m.start, m.end, key, name, m.doc_id, "visits", (("implied", "1"), ("level", "country")))


def _chain_targets(chain: list[Mention]) -> list[Mention]:
    """The places a chain stands for: its most specific place, and the country of a foreign chain.

    A chain is either adjacent mentions or one mention whose ``chain`` attribute lists the
    places written before it (「美国得克萨斯州」 → ``chain=geo:US``).
    """
    last = chain[-1]
    if _is_foreign(chain[0]) and _level(chain[0]) == "country" and len(chain) > 1:
        return [chain[0], last]
    if len(chain) == 1 and _is_foreign(last) and _level(last) == "foreign-city" and not last.attr("chain"):
        country = _country_of(last.key)
        name = _place_name(country) if country else None
        if name:                  # 「在巴西利亚出席会议」: a visit to a city abroad is a visit to its country
            return [implied_country(last, country, name), last]
    head = (chain[0].attr("chain") or "").split("|")[0]
    if head.startswith("geo:") and head.count(":") == 1 and head != "geo:CN" and _is_foreign(chain[0]):
        name = _place_name(head)
        if name:
            m = chain[0]
            country = Mention("place", m.text, m.start, m.end, head, name, m.doc_id, "visits", (("level", "country"),))
            return [country, last]
    return [last]


# home, studies or work told right after 在 + a place (在武汉读了大学, 在北京工作): no visit
SETTLED_WORDS = ("读", "上学", "求学", "学习", "工作", "生活", "出生", "长大", "定居", "任职", "安家")


def settled_after(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A pattern for a settled-life word (``SETTLED_WORDS`` and ``extra``) within two characters."""
    return re.compile(r"[^，。；]{0,2}?(?:" + "|".join(SETTLED_WORDS + extra) + ")")


def _home_after(ctx: _Context, end: int) -> bool:
    """Whether a word of home or work follows the place ending at ``end``, perhaps after the 等地 that
    closes a list (回到河南老家, 前往上海、杭州等地返岗复工)."""
    if ctx.text.startswith("等地", end):
        end += 2
    tail = ctx.text[end:end + 4]
    return any(tail.startswith(w) for w in ctx.lex.words("home"))


def _here_place(ctx: _Context, sentence: Sentence, trig_start: int) -> Mention | None:
    """The place a 「这里」 after the trigger points back to: the last place before it (same or previous sentence)."""
    own = [m for m in ctx.places if sentence.start <= m.start and m.end <= trig_start]
    if own:
        return own[0]             # the topic of the sentence: 「10月的雄安新区…，韩正来到这里」
    prev = ctx.analysis.sentences[max(0, sentence.index - 1)]
    cands = [m for m in ctx.places if prev.start <= m.start and m.end <= prev.end and m.key != "geo:CN"]
    return cands[-1] if cands else None


# a mission a country keeps abroad, named after it: 中国驻某国大使馆 (not 驻地, 驻点: a post where one stays)
_MISSION_OF = re.compile(r"驻(?!地|点|守|扎|村|队|站)")


def _places_after(ctx: _Context, sentence: Sentence, trig_end: int, clause_end: int) -> list[Mention]:
    text = ctx.text
    here = next((w for w in ctx.lex.words("here") if text.startswith(w, trig_end)), None)
    if here:
        p = _here_place(ctx, sentence, trig_end - 1)
        return [p] if p else []
    # allow a short modifier before the first place: 「来到海拔2400多米的定西市…」
    first = next((m for m in ctx.places if trig_end <= m.start < clause_end), None)
    if first is None or first.start > trig_end:
        landmark = _landmark_place(ctx, trig_end)
        if landmark is not None:
            return [landmark]
    if first is None:
        return []
    gap = text[trig_end:first.start]
    if len(gap) > 14 or (gap and not gap.endswith("的") and gap not in ("了", "过")) or ctx.lex.trigger_re.search(gap):
        return _site_list_places(ctx, trig_end, clause_end)
    if gap.endswith("的") and person_lexicon().title_re.match(text, first.end):
        return []                 # 「正在北京访问的法国总统马克龙」: the country is the visitor's, not a destination
    groups = _place_groups(ctx.places, first.start, clause_end, text)
    if len(groups) > 1 and not _list_closed(text, groups[-1][-1].end, clause_end):
        groups = groups[:-1]      # 「访问非洲、中国恢复联合国合法席位」: the last item starts a new phrase
    elif groups:
        groups += _list_goes_on(ctx, groups[-1][-1].end, clause_end)
    if groups and text.startswith("等地", groups[-1][-1].end) and _home_after(ctx, groups[-1][-1].end):
        return []                 # 「前往上海、杭州等地返岗复工」: where they all work
    out: list[Mention] = []
    for chain in groups:
        if _home_after(ctx, chain[-1].end) or text.startswith("援", chain[-1].end) or _MISSION_OF.match(text, chain[-1].end):
            continue              # 「考察了中国援萨项目」「来到中国驻某国使馆」: the donor of a project, the
            #                       sender of a mission abroad
        out.extend(_chain_targets(chain))
    if out and _SITE_TAIL.match(text, groups[-1][-1].end):
        # 「还到陵水黎族自治县坡村、海口市龙华南社区」: the items go on after a site the gazetteer lacks
        out.extend(p for p in _site_list_places(ctx, first.start, clause_end) if p not in out)
    return out


def _list_goes_on(ctx: _Context, end: int, clause_end: int) -> list[list[Mention]]:
    """Further place lists after a comma, each a whole clause of places (先后来到甲市乙县、丙区，丁市戊区、
    己区，庚市辛县，深入…): a list ending its clause goes on in the clauses that hold nothing else."""
    text = ctx.text
    out: list[list[Mention]] = []
    while end == clause_end and text.startswith(("，", ","), end):
        start = end + 1
        stop = next((i for i in range(start, len(text)) if text[i] in "，,。；;！？\n"), len(text))
        more = _place_groups(ctx.places, start, stop, text)
        if not more or more[-1][-1].end != stop:
            break
        out += more
        end, clause_end = stop, stop
    return out


# a short site name (a village, a community, a school) that ends a list item: 「坡村、」「龙华南社区、」
# a site name going on after a place and ending its list item (海口市|龙华南社区、…); not a time word
# that closes the verb phrase (访问某国|期间利用…、…)
_SITE_TAIL = re.compile(r"(?!期间|时|后|之后|以来|之际|前夕)[^，。；、的和与及等]{1,10}、")


# what follows a place's name in a word that is no landmark of it: 大城|市 (a big city, not 大城县's),
# 中山|路 (a street of any town)
_NOT_A_LANDMARK = re.compile(r"^[市县区省州镇乡]|[路街道巷]$")


def _landmark_place(ctx: _Context, start: int) -> Mention | None:
    """The city a landmark right after the verb is named after: 「北京西站」→ 北京市.

    Only for a jieba place word that no recogniser took, whose head is a Chinese province,
    prefecture or county name known to the gazetteer without ambiguity.
    """
    if any(m.start <= start < m.end for m in ctx.analysis.mentions):
        return None
    toks = _tokens_between(ctx, start, ctx.analysis.sentence_at(start).end)
    tok = toks[0] if toks else None
    if tok is None or tok.start != start or tok.flag != "ns" or len(tok.word) < 3:
        return None
    for n in (3, 2):
        rec = _chinese_record(tok.word[:n])
        if rec is not None and not _NOT_A_LANDMARK.search(tok.word[n:]):
            return Mention("place", tok.word[:n], start, start + n, rec[0], rec[1], ctx.analysis.doc.id, "visits",
                           (("level", rec[2]),))
    return None


def _site_list_places(ctx: _Context, start: int, clause_end: int) -> list[Mention]:
    """Items of a 、-list of sites that open with a place: 「来到研究所、…、海口市江东新区展示中心」."""
    text = ctx.text
    if "、" not in text[start:clause_end]:
        return []
    out: list[Mention] = []
    pos = start
    for item in text[start:clause_end].split("、"):
        groups = _place_groups(ctx.places, pos, pos + len(item), text) if item else []
        if groups and _TEAM_WORD.search(text, groups[0][-1].end, pos + len(item)):
            groups = []           # 「到达…、上海医疗救援队驻地」: a team named after its place, no site
        if groups and pos > start:
            out.extend(_chain_targets(groups[0]))
        pos += len(item) + 1
    return out


_TEAM_WORD = re.compile(r"队|团")

_ORGAN_NAME_TAIL = re.compile(r"^(?:纪委|监委|委|政府|人大|政协|党委)+")

_WITH_PARTNER = re.compile(r"[与同跟][^，。；、的在]{1,24}$")      # 「在罗马与X会面」: the partner before the verb

# a sports contest named after its place, right after it (天津|公开赛, 武汉|网球公开赛, 北京|马拉松)
_CONTEST = re.compile(r"^[^，。；、的]{0,6}?(?:公开赛|锦标赛|大奖赛|马拉松|分站赛|巡回赛|联赛|世界杯|[站杯]赛?)")

_FRAME_RE = re.compile(r"(?:在|到|赴|对|来)$")
# the topic of an inspection between its place and its verb: 在某省|就某某工作情况进行|调研
_TOPIC = re.compile(r"^就[^，。；：！？]{1,30}?(?:进行|开展)了?$")

_TIME_PHRASE_END = re.compile(r"(?:时刻|之际|时|期间|下|关头|阶段|以来|之时)$")


# a hospital of the place and its ward, between the place and the verb (在武汉|某某医院重症监护室|支援)
_WARD = re.compile(r"^[^，。；：、“”的在]{1,10}?(?:医院|院区)(?:[^，。；：、“”的在]{0,8}?(?:病区|病房|监护室|科室|科))?")


# talks held at a place, named at length: 在X|举行新一轮中美经贸高级别|磋商
_TALKS = re.compile(r"磋商|谈判|会谈|会晤")
_HELD_TALKS = re.compile(r"^(?:举行|进行)了?[^，。；的]{0,14}$")


# a quoted name inside the words between a frame's place and its verb counts for nothing
_QUOTED_NAME = re.compile(r"“[^“”，。；]{1,12}”")


def _frame_places(ctx: _Context, sentence: Sentence, clause_start: int, trig_start: int) -> list[Mention]:
    """Places of a 「在X(等地)…V」/「到X…V」/「对X进行…V」 frame before the trigger in its clause."""
    text = ctx.text
    cands = [m for m in ctx.places if clause_start <= m.start and m.end <= trig_start]
    if not cands:
        return []
    # find the leftmost place preceded by a frame preposition
    for m in cands:
        lead = text[max(clause_start, m.start - 2):m.start]
        if not (_FRAME_RE.search(lead) or lead.endswith("正在")):
            continue
        groups = _place_groups(ctx.places, m.start, trig_start, text)
        if not groups:
            continue
        if not lead.endswith("对") and _SITE_TAIL.match(text, groups[-1][-1].end, trig_start):
            groups += _site_items(ctx, groups[-1][-1].end, trig_start)   # 到湖南某村、福建宁德考察
        last_end = groups[-1][-1].end
        rest = text[last_end:trig_start]
        if lead.endswith("对"):
            if not re.match(r"(?:等[^，。；]{0,10}?(?:国家|国|地区|城市))?"      # 对某国等10个非洲国家进行访问
                            r"(?:成功|圆满|首次|再次)?(?:地)?(?:进行|的)?(?:了)?(?:成功|圆满|历史性|重要|首次|再次|友好)?(?:的)?"
                            r"(?:国事|正式|友好|工作|私人|为期[^，。]{1,4})?$", rest):
                continue          # 「对中国人民表达慰问」 is not 「对尼泊尔进行国事访问」「结束对越南的国事访问」
            rest = ""             # (all of it a manner of the visit)
        if groups[-1][-1].attr("embedded"):
            rest = _ORGAN_NAME_TAIL.sub("", rest)     # 「在三亚市纪委监委与干部座谈」
        rest = _WITH_PARTNER.sub("", rest)
        rest = _TOPIC.sub("", rest)                 # 「在河南就某某主题教育情况进行考察调研」
        rest = _CONTEST.sub("", rest, count=1)       # 「在天津公开赛从资格赛一路闯入…」: a contest of the place
        rest = _WARD.sub("", rest, count=1)          # 「在武汉某某医院重症监护室支援」: a hospital of the place
        if _TALKS.match(text, trig_start):
            rest = _HELD_TALKS.sub("", rest)          # 「在华盛顿举行新一轮中美经贸高级别磋商」
        rest = _QUOTED_NAME.sub("", rest)          # 「在重庆召开解决“两不愁三保障”突出问题座谈会」
        if len(rest) > 8 or re.search(r"[的家中里内]", rest[:1] or "x") and not rest.startswith("等") \
                or re.match(r"(?:后|前|时|以来|之际|期间)", rest):
            # (「在英国“脱欧”后立即对波兰进行访问」: a time, not a place)
            continue              # 「赴印度出席会晤、对尼泊尔进行国事访问」: a nearer frame may hold the verb
        if _home_after(ctx, last_end):
            return []
        out: list[Mention] = []
        for chain in groups:
            out.extend(_chain_targets(chain))
        return out
    return []


def _site_items(ctx: _Context, start: int, end: int) -> list[list[Mention]]:
    """The chains of the further items of a 、-list that goes on after a site the gazetteer lacks
    (湖南|十八洞村、福建宁德…): each item must open with a place; none when one does not."""
    text = ctx.text
    cut = text.find("、", start, end)
    out: list[list[Mention]] = []
    while cut >= 0:
        groups = _place_groups(ctx.places, cut + 1, end, text)
        if not groups:
            return []
        out += groups
        cut = text.find("、", groups[-1][-1].end, end)
        if cut >= 0 and not _SITE_TAIL.fullmatch(text, groups[-1][-1].end, cut + 1):
            break
    return out


# what a person did at a place before coming back from it: the errand of a trip (出差, 会诊完), with how
# the return went (紧急, 连夜); studies, work and home are no trip (从北京大学毕业后回到, 从老家返回)
_ERRAND = re.compile(r"(?:出差|采访|会诊|旅行|旅游|考察|调研|访问|采风|参观|比赛|参赛|开会|参会|救援|支援|驰援|抗疫|"
                     r"执行[^，。；家]{0,6}任务)?(?:完毕?|结束后?|后)?(?:又|就|便|才|刚刚?|已)?"
                     r"(?:紧急|连夜|匆匆|匆忙|急忙|连忙|火速|立即)?$")


def _came_back_from(ctx: _Context, clause_start: int, trig_start: int) -> list[Mention]:
    """「从黄石会诊完赶回来」「从福建出差回来」: the place after 从 was visited (the errand between it and
    the verb one of a trip's)."""
    text = ctx.text
    for m in ctx.places:
        if clause_start < m.start and m.end <= trig_start and text[m.start - 1] == "从":
            groups = _place_groups(ctx.places, m.start, trig_start, text)
            if not groups or len(groups) > 1:
                return []
            chain = groups[0]
            if _ERRAND.fullmatch(text, chain[-1].end, trig_start) is None:
                return []
            return list(_chain_targets(chain))
    return []


def _abbreviation_frame(ctx: _Context, clause_start: int, trig_start: int) -> list[Mention]:
    """「对日进行友好访问」「对华进行国事访问」: a one-character country after 对."""
    m = re.search(r"对(.)进行", ctx.text[clause_start:trig_start])
    if not m or m.group(1) not in ctx.lex.abbreviations:
        return []
    key, name = ctx.lex.abbreviations[m.group(1)]
    at = clause_start + m.start(1)
    return [Mention("place", m.group(1), at, at + 1, key, name, ctx.analysis.doc.id, "visits",
                    (("level", "country" if key.startswith("geo:") else "region"),))]


_FRAME_TIME_LEAD = re.compile(r"(?:此次|这次|当天|随后|其间|同日|次日|当晚|上午|下午|晚上)+")


# 「在<time>举行的<event named after its place>上，」: the opening of a frame of an event held
_HELD_EVENT_FRAME = re.compile(r"在[^，。；：“”]{0,14}?(?:举行|举办|进行)的")
# 「在2020年美国某某巡回赛中，」: the opening of a frame of an event of a year, named after its place
YEAR_EVENT_FRAME = re.compile(r"在(?:19|20)\d\d年(?:的)?")
_EVENT_AFTER_NAME = re.compile(r"[^，。；：“”的]{0,10}?(?:赛|马拉松|运动会|奥运会|亚运会|世锦赛|峰会|论坛|博览会)(?:期间)?[上中]?")


def _opening_frame(ctx: _Context, sentence: Sentence, clause_start: int) -> list[Mention]:
    """「在X(等地)，」 as the clause before the trigger's clause in the same sentence."""
    text = ctx.text
    s = clause_start - 1
    if s <= sentence.start:
        return []
    ps, pe = _clause_bounds(text, sentence, s - 1)
    lead = _FRAME_TIME_LEAD.match(text, ps, pe)
    if lead is not None:
        ps = lead.end()           # 「此次在金奈，」「当天下午在…，」: a time word before the frame
    body = text[ps:pe]
    if not body.startswith("在"):
        return []
    groups = _place_groups(ctx.places, ps + 1, pe, text)
    held = (_HELD_EVENT_FRAME.match(text, ps, pe) or YEAR_EVENT_FRAME.match(text, ps, pe)) if not groups else None
    if held is not None:
        # 「在2019年10月13日举行的芝加哥马拉松上，」「在2020年美国激流巡回赛中，」: the event was at the
        # place its name opens with
        groups = _place_groups(ctx.places, held.end(), pe, text)
        if groups and _EVENT_AFTER_NAME.fullmatch(text, groups[-1][-1].end, pe):
            return [t for chain in groups for t in _chain_targets(chain)]
        return []
    if not groups:
        return []
    rest = text[groups[-1][-1].end:pe]
    if "的" in rest or _TIME_PHRASE_END.search(rest):
        return []                 # 「在中国人民抗击疫情的关键时刻，」 is a time, not a place
    if len(rest) > 20 or "家" in rest or ctx.lex.trigger_re.search(rest) or _home_after(ctx, groups[-1][-1].end):
        return []
    out: list[Mention] = []
    for chain in groups:
        out.extend(_chain_targets(chain))
    return out


_COMPOUND_AFTER = re.compile(r"胜地|景区|景点|业|局|团|组|队|线路|产品|市场|资源|者|报告")

_GROUP_OF_TRAVELLERS = re.compile(r"[^，。；、]{0,2}?(?:游客|公民|人员|人次|人数|旅客|留学生|代表团|团组)")
# a sentence that dates what it tells in the past (2013年, 3月, 去年, 当年, 曾): a trip told there was made
PAST_DATE = re.compile(r"(?:1[89]|20)\d\d年|[0-9一二三四五六七八九十]{1,2}月|去年|前年|当年|那年|曾|\d+年前")

_COMPOUND_VERBS = ("旅游", "度假", "滑雪", "考察", "访问", "调研", "参观", "游览")

_OBJECT_OF_ABBREVIATION = ("接待", "会见", "欢迎", "接见", "邀请")

TRIP_WORDS = ("出访", "访问", "国事访问", "飞赴", "出国")


def dateline_place(ctx: _Context, dateline: Dateline | None = None) -> Mention | None:
    """The one place of ``dateline`` (by default the dateline that opens the report: 本报华盛顿10月10日
    电), the last one written in it (印度金奈 → 金奈); None for a dateline of several places."""
    dateline = opening_dateline(ctx.text) if dateline is None else dateline
    if dateline is None or "、" in dateline.place:
        return None
    inside = [p for p in ctx.places if dateline.start <= p.start and p.end <= dateline.end]
    return inside[-1] if inside else None


def _dateline_abroad(ctx: _Context, sentence: Sentence) -> list[Mention]:
    """「本报华盛顿10月10日电 …某某与某国贸易代表…开始新一轮磋商」: a meeting told by the sentence that
    opens with the report's dateline, of one place abroad, is held at the dateline's place (not when
    the sentence names another country, 赴印度出席会晤、对尼泊尔进行国事访问 filed from Kathmandu, nor when
    it gives the trip a place of its own: 访问肯尼亚，分别会见…, filed from Nairobi)."""
    place = dateline_place(ctx)
    if place is None or not _is_foreign(place) or not sentence.start <= place.start < sentence.end:
        return []
    country = _home_country(place)
    inside = [p for p in ctx.places if sentence.start <= p.start < sentence.end and p is not place]
    if any(_is_foreign(p) and _home_country(p) != country for p in inside):
        return []
    if any(_is_foreign(p) and _trip_verb_before(ctx, p.start) for p in inside):
        return []                 # 「…率团访问肯尼亚，分别会见…」: the sentence gives the trip its own place
    return [place]


def _trip_verb_before(ctx: _Context, pos: int) -> bool:
    """Whether a trip verb of the lexicon ends right before ``pos`` (访问|肯尼亚, 抵达|金奈)."""
    return any(m.end() == pos for m in ctx.lex.trigger_re.finditer(ctx.text, max(0, pos - 6), pos))


def _places_before(ctx: _Context, cs: int, ts: int) -> list[Mention]:
    """The places written right before a trip noun (首次中国之行, 这次武汉之行): the chain ending there, its
    most specific place (and the country of a foreign chain); none inside a book title."""
    chain = [p for p in _chain_ending_before(ctx, ts) if p.start >= cs]
    if not chain or chain[-1].end != ts or "《" in ctx.text[cs:chain[0].start] and "》" not in ctx.text[chain[0].start:ts]:
        return []
    return _chain_targets(chain)


# the levels of a place in China a "far" verb reaches
_FAR_LEVELS = ("province", "prefecture", "region", *FOREIGN_LEVELS)


def _trigger_places(ctx: _Context, sentence: Sentence, word: str, ts: int, te: int,
                    cs: int, ce: int) -> list[Mention]:
    lex = ctx.lex
    text = ctx.text
    abbreviated = lex.abbreviation(word)
    if abbreviated is not None and any(p.start == ts + 1 and p.end > te for p in ctx.places):
        # 「赴印尼」: the character starts a longer place name; the verb alone is the trigger
        word, te, abbreviated = word[0], ts + 1, None
    if abbreviated is not None:
        if text[max(0, ts - 2):ts] in _OBJECT_OF_ABBREVIATION and not _guest_named_after(ctx, te, ce):
            return []             # 「接待访华国际政要」: the visitors are the object, not named
        if _GROUP_OF_TRAVELLERS.match(text, ts + 2):
            return []             # 「访埃中国公民达50万人次」「来华游客」: the verb names a group, not a trip
        if word[1] not in static_lexicon().abbreviations and not PAST_DATE.search(text[sentence.start:ts]):
            return []             # an abbreviation the article defines (中哈 → 访哈) only in a dated sentence
                                  # (「2013年9月，某某访哈」); 「此访…再次访尼」 may be the coming trip
        place = abbreviation_place(ctx, ts + 1, *abbreviated)
        return [place, *_attended_event_city(ctx, te)] if place.key == "geo:CN" else [place]
    cls = lex.classes.get(word, "")
    if word in _COMPOUND_VERBS and _COMPOUND_AFTER.match(text, te):
        return []                 # 「旅游胜地」「考察团」: the verb is part of a noun
    places: list[Mention] = []
    if cls in ("move", "both", "return", "strict", "far", "leave"):
        places = _places_after(ctx, sentence, te, ce)
    if cls == "far":
        # 「赶到天津做手术」, not 「赶到某镇某小区」「赶到了某村」: a rush to a village or town is often a local errand
        places = [p for p in places if _is_foreign(p) or _level(p) in _FAR_LEVELS]
    if cls == "leave":
        return _left_after_a_visit(ctx, sentence, places)
    if cls == "back":
        return _came_back_from(ctx, cs, ts)
    if cls == "trip":             # (not 「首次中国之行的所见所闻」: a trip modifying a noun, told of when written)
        return [] if text.startswith("的", te) else _places_before(ctx, cs, ts)
    if not places and cls in ("frame", "both"):
        places = (_frame_places(ctx, sentence, cs, ts) or _abbreviation_frame(ctx, cs, ts)
                  or _opening_frame(ctx, sentence, cs) or _named_event_frame(ctx, cs, ts))
    if not places and cls == "frame":
        after = _places_after(ctx, sentence, te, ce)
        if after and text.startswith("等地", max(p.end for p in after)):
            places = after        # 「督促指导武汉等地」: a list of places ending in 等地 is where the verb is done
    if not places and cls in ("frame", "event") and word in EVENT_VERBS and word not in _SPEAKS:
        places = (_event_places(ctx, te, ce) or _held_event_after(ctx, te, ce) or _held_before(ctx, sentence, ts)
                  or _lead_event_abroad(ctx, word, ts, te))
        if word in SPEECHES and not all(_is_foreign(p) for p in places):
            return []             # a speech at home: often told of the past or of a coming event
    if not places and cls == "frame" and word in _WINS and _WON_AT.match(text, te, ce):
        places = _held_event_after(ctx, te, ce)     # 「夺得了在某国某市举行的某锦标赛冠军」: won where it was held
    if not places and word in _SPEAKS and _CHINESE_BODY.search(text, cs, ts) and "驻" not in text[cs:ts]:
        places = _lead_event_abroad(ctx, word, ts, te)    # 「中国某总局某司副司长某某在签字仪式上致辞」: a guest
    if cls == "abroad":
        # abroad, or a place of China the visitor came to from elsewhere (checked with the visitor:
        # 「习近平在武汉接见…」, not 「在北京会见…」)
        places = _frame_places(ctx, sentence, cs, ts) or _opening_frame(ctx, sentence, cs) \
            or _named_event_frame(ctx, cs, ts) or _dateline_abroad(ctx, sentence)
        if not places or not all(_is_foreign(p) or p.key.startswith("cn:") for p in places):
            return []
    if cls == "away":
        # 「某某等队员在意大利某地训练」: training abroad is a trip, training at home is work
        places = _frame_places(ctx, sentence, cs, ts) or _opening_frame(ctx, sentence, cs)
        if not places or not all(_is_foreign(p) for p in places):
            return []
    if not places and cls in ("move", "both", "frame"):
        places = _home_of(ctx, te, ce)
    if not places and text[te:te + 2] in ("期间", "时，", "之际"):
        places = _topic_places(ctx, sentence)
    if cls == "strict":
        places = [p for p in places if not p.key.startswith("unresolved:")]
    return places


EVENT_VERBS = ("出席", "参加", "参会", "与会", "致辞", "发言", "演讲")
# verbs of winning a contest (frame verbs): the contest they name may be one held at a place
_WINS = ("夺得", "夺取", "勇夺", "斩获", "摘取", "问鼎")
_WON_AT = re.compile(r"了?[^，。；：“”在]{0,10}?在[^，。；：“”]{1,16}?(?:举行|举办)的[^，。；：“”]{0,16}?(?:赛|运动会|奥运会|亚运会|杯)")

# 「在二十国集团领导人大阪峰会期间…会面」: a meeting named after its foreign city frames the verb
_NAMED_EVENT = re.compile(r"(?:峰会|会议|年会|论坛|博览会|世博会|运动会|奥运会|会晤)(?:期间|上|时|之际)")


def _named_event_frame(ctx: _Context, clause_start: int, trig_start: int) -> list[Mention]:
    """The foreign place in the name of the event of a 「在<…X…峰会>期间」 frame before the verb."""
    text = ctx.text
    at = text.rfind("在", clause_start, trig_start)
    if at < 0:
        return []
    end = _NAMED_EVENT.search(text, at, trig_start)
    if end is None or end.start() - at > 24 or re.search(r"[，。；：、“”]", text[at:end.start()]):
        return []
    names = table().name_re
    if names is not None and names.search(text, at, end.end()):
        # an event of the venue table: its edition's venue and year (在伦敦奥运会上 → 2012), none for one
        # to come or left open (在东京奥运会上, in 2019)
        venue = venue_at(text, at + 1, end.end(), ctx.analysis.doc.date)
        return venue_places(venue, text, ctx.analysis.doc.id) if venue is not None else []
    city = _major_city_before(ctx, end.start())
    return _chain_targets([city]) if city is not None else []


def _major_city_before(ctx: _Context, end: int) -> Mention | None:
    """A major foreign city whose name ends at ``end`` (大阪|峰会); the place recogniser leaves a
    foreign city written without its country or a cue before it alone."""
    gaz = load_or_none()
    if gaz is None:
        return None
    for n in (4, 3, 2):
        name = ctx.text[end - n:end]
        recs = sorted((r for r in gaz.lookup(name) if r.level == "foreign-city" and r.name == name
                       and r.population >= MAJOR_CITY_POPULATION), key=lambda r: (-r.population, r.key))
        if recs:
            return Mention("place", name, end - n, end, recs[0].key, recs[0].name, ctx.analysis.doc.id, "visits",
                           (("level", "foreign-city"),))
    return None


# 「来到（村民）张三家」: the visit is to someone's home
_NOT_HOME_AFTER = r"(?!乡|人|属|庭|园|族|长|具|电|门|底|务|政|境)"
_HOME = "家" + _NOT_HOME_AFTER      # 家 as a home, not 家乡/家人/家庭 …
_HOME_VISITED = re.compile(r"(?:[^，。；、]{0,6}?(?:村民|居民|农民|牧民|群众|老党员|贫困户|脱贫户))?"
                           r"([\u4e00-\u9fff·]{2,8}?)" + _HOME)
_HOME_WORD = re.compile(_HOME)
# between the place of a home and its owner: a street, lane or hamlet name, or 村民/的
_HOME_ADDRESS_GAP = re.compile(r"[^，。；：、\s“”（）]{0,8}")
_LIVES_IN = re.compile(r"(?:就|一直|世代)?(?:住在|家住|居住在|生活在)")


def _chain_ending_before(ctx: _Context, pos: int) -> list[Mention]:
    """The chain of adjacent places written last before ``pos``, with only an address gap between."""
    last = next((m for m in reversed(ctx.places) if m.end <= pos), None)
    if last is None or not _HOME_ADDRESS_GAP.fullmatch(ctx.text, last.end, pos):
        return []
    chain = [last]
    for m in reversed(ctx.places):
        if m.end == chain[0].start:
            chain.insert(0, m)
    return chain


def _home_of(ctx: _Context, te: int, ce: int) -> list[Mention]:
    """The place of a home visited: 「来到张三家」 with the home's address written elsewhere in the
    document (「回访某县某镇某村张三家」) or where its owner lives (「张三就住在某镇某村」).  A home
    not named by its owner (「来到小院」「来我们家」) is the one home of the document with an address."""
    text = ctx.text
    m = _HOME_VISITED.match(text, te, ce)
    if m is not None and _surname_at(m.group(1), 0, person_lexicon()):
        return _address_of(ctx, m.group(1), m.start(1))
    if not _OWN_HOME.match(text, te, ce):
        return []
    owners = {p.text for p in ctx.persons if _HOME_WORD.match(text, p.end)}
    for lives in _LIVES_IN.finditer(text):        # 「张三就住在…」: a name of two or three characters before
        owners.update(name for n in (3, 2) if (name := text[max(0, lives.start() - n):lives.start()])
                      and _surname_at(name, 0, person_lexicon()) and re.fullmatch(f"[{CJK}]+", name))
    owners = sorted(owners)
    found = [places for places in (_address_of(ctx, owner, -1) for owner in owners) if places]
    return found[0] if len(found) == 1 else []


# a home not named by its owner: 「来到小院」「来我们家」「来过咱家」
_OWN_HOME = re.compile(r"(?:过|了)?(?:(?:我们|咱们|我|咱)家|小院|农家小院)" + _NOT_HOME_AFTER)


def _address_of(ctx: _Context, owner: str, skip: int) -> list[Mention]:
    """Where the document says ``owner``'s home is: a place chain right before another 「owner家」, or
    the place after 「owner就住在」."""
    text = ctx.text
    for at in re.finditer(re.escape(owner), text):
        if at.start() == skip:
            continue
        if _HOME_WORD.match(text, at.end()):
            chain = _chain_ending_before(ctx, at.start())
            if chain:
                return _chain_targets(chain)
        lives = _LIVES_IN.search(text, at.end(), min(len(text), at.end() + 20))
        if lives is not None and not re.search(r"[。；！？]", text[at.end():lives.start()]):
            groups = _place_groups(ctx.places, lives.end(), min(len(text), lives.end() + 30), text)
            if groups and groups[0][0].start == lives.end():
                return _chain_targets(groups[0])
    return []


# the head of an event's name: 「二十国集团领导人约翰内斯堡峰会」「北京世园会闭幕式」
_EVENT_NAME = re.compile(r"(?:(?!会议)[^，。；：、“”《》]){0,24}?(?:峰会|世园会|博览会|运动会|奥运会|亚运会|冬奥会|世博会|论坛|年会|"
                         r"会晤|开幕式|闭幕式|庆典)")


_HELD = re.compile(r"[^，。；！？]{0,24}?(?:举行|召开|举办|开幕|揭幕|揭牌|开班|开营|闭幕|落幕)")
_GROUP_ATTENDS = re.compile(r"(?:各|多|近|余|等)[^，。；、]{0,8}$|(?:人|们|代表|嘉宾|人士)$")
_AND_OTHERS = re.compile(r"等(?:人|同志|领导同志)?")
# named persons, then 和/及 and a group, in one clause up to the verb
_NAMED_AND_GROUP = re.compile(r"(?:和|及|以及|、)[^，。；：“”]{2,80}(?:人|们|代表|嘉宾|人士)$")


def _group_attends(ctx: _Context, lo: int, hi: int) -> bool:
    """「东盟各国外长出席」「嘉宾近50人出席」: a group, not a named person, attends.  Read after the
    last person named (习近平 holds a 近); 「某某等出席」 names one who attends."""
    last = max((p.end for p in ctx.persons if lo < p.end <= hi), default=lo)
    if last > lo:
        others = _AND_OTHERS.match(ctx.text, last, hi)
        if others is not None and others.end() == hi:
            return False
    else:
        named = max((p.end for p in ctx.persons if hi - 90 < p.end <= lo), default=None)
        if named is not None and _NAMED_AND_GROUP.match(ctx.text, named, hi):
            return False          # 「某某、某某和来自各界的代表逾100人出席了活动」: the named attend with the group
    return _GROUP_ATTENDS.search(ctx.text, last, hi) is not None


def _held_before(ctx: _Context, sentence: Sentence, trig_start: int) -> list[Mention]:
    """「…仪式10日在澳门某某村举行。某某出席。」: an event held 在X, told earlier in the sentence or in
    the sentence before it (same paragraph), is where those who attend it are."""
    text = ctx.text
    cs, _ = _clause_bounds(text, sentence, trig_start)
    if _group_attends(ctx, cs, trig_start):
        return []                 # 「东盟各国外长出席」「嘉宾近50人出席」: a group, not a named person, attends
    sentences = ctx.analysis.sentences
    lo = sentence.start
    if sentence.index > 0 and sentences[sentence.index - 1].paragraph == sentence.paragraph:
        lo = sentences[sentence.index - 1].start
    held = [places for places, _, end in _held_places(ctx, lo, trig_start) if not _home_after(ctx, end)]
    return held[-1] if held else []


# venues of the capital (在人民大会堂会见, 在人民大会堂隆重举行, 在八一大楼会见: the Central Military Commission's), and 京
# for Beijing (在京会见, 在京举行)
_CAPITAL_VENUE = re.compile(r"人民大会堂|钓鱼台国宾馆|中南海|怀仁堂|八一大楼|京(?=(?:分别|先后|亲切)?(?:同|与|会见|会晤|会谈|举行|隆重|召开|开幕))")


def capital_venue(ctx: _Context, pos: int, end: int) -> Mention | None:
    """Beijing, when a venue of the capital (or 京) is written at ``pos``."""
    m = _CAPITAL_VENUE.match(ctx.text, pos)     # (its lookahead reads the verb after ``end``)
    if m is None or m.end() > end:
        return None
    return Mention("place", m.group(), m.start(), m.end(), "cn:110000", "北京市", ctx.analysis.doc.id, "visits",
                   (("level", "province"),))


def _held_places(ctx: _Context, lo: int, hi: int, venues: bool = False,
                 held: re.Pattern[str] = _HELD) -> Iterator[tuple[list[Mention], int, int]]:
    """The places (not China as a whole) of each 「在X…举行」 between ``lo`` and ``hi`` (``held``: what
    the event does there), with where the places start and where the chain ends (with ``venues``, a
    venue of the capital is Beijing)."""
    text = ctx.text
    for m in re.finditer("在", text[lo:hi]):
        at = lo + m.end()
        groups = _place_groups(ctx.places, at, hi, text)
        if not groups or groups[0][0].start != at:
            venue = capital_venue(ctx, at, hi) if venues else None
            if venue is not None and held.match(text, venue.end, hi) is not None:
                yield [venue], at, venue.end
            continue
        end = groups[-1][-1].end
        if held.match(text, end, hi) is not None:
            yield [t for chain in groups for t in _chain_targets(chain) if t.key != "geo:CN"], at, end


# what 出席/参加 attend when they name the article's event only by its kind (出席会议, 参加本届论坛;
# 「在一场某某参加的对话活动中」: a session of it)
_THE_MEETING = re.compile(r"(?:了)?(?:本届|此次|这次|该|上述|今年的)?(?:(?![的在和与同及了])[\u4e00-\u9fff]){0,4}?"
                          r"(?:会议|大会|论坛|峰会|开幕式|闭幕式|年会|招待会|晚会|庆典|活动|仪式|典礼|座谈会|发布会|宴会|音乐会|联欢会)"
                          r"|的[^，。；]{0,4}?(?:对话|讨论|分论坛|研讨)(?:活动|会)?[中上]")
LEAD_CHARS = 600        # the lead of an article: where it says what event it reports


def _lead_event_abroad(ctx: _Context, word: str, ts: int, te: int) -> list[Mention]:
    """「第五十六届慕尼黑安全会议…在德国南部城市慕尼黑举行。…某某应邀出席会议。」: a person who attends
    the meeting (or 与会) in an article whose lead reports a meeting held abroad was there.  Only
    abroad: at home, those who attend a meeting are often its local members (see
    :func:`lead_event_at_home`)."""
    places = _lead_event(ctx, word, ts, te)
    return places if places and all(_is_foreign(t) for t in places) else []


def lead_event_at_home(ctx: _Context, word: str, ts: int, te: int) -> list[Mention]:
    """The places in China of the meeting the article's lead reports as held there, when 出席/与会
    at ``ts`` attends it; whoever attends it went there only if they came from elsewhere (not for a
    speech: 发言, 演讲 at home are often told of the past or of a coming event)."""
    if word in SPEECHES:
        return []
    places = _lead_event(ctx, word, ts, te)
    return places if places and all(t.key.startswith("cn:") for t in places) else []


# verbs that attend the article's event without naming it (与会, 在致辞中表示)
_BARE_EVENT_VERBS = ("与会", "致辞", "发言", "演讲")
# speaking at the event: a visit only for a speaker who came from elsewhere to an event in China
# (abroad, the speaker is often its host: 某组织总干事在日内瓦致辞)
_SPEAKS = ("致辞",)
# a speaker whose title names a Chinese body (not an envoy posted there): at an event abroad, a guest
_CHINESE_BODY = re.compile(r"中国|中华人民共和国|中共|国务院|全国人大|全国政协")
# a speech (在发言中, 发表演讲) at the event the lead reports abroad (not an international body's
# head at its seat; at home, speeches are often told of the past or of a coming event)
SPEECHES = ("发言", "演讲")


# an event the lead announces for later (「某博览会将于11月5日至10日在上海举行」): not yet attended
_COMING = re.compile(r"将于|即将|将在|将要|拟于|定于")


def _coming(text: str, at: int) -> bool:
    """Whether the clause of 「在X…举行」 (``at``: after 在) says the event is still to come."""
    start = max(text.rfind(ch, 0, at) for ch in "，。；！？\n") + 1
    return _COMING.search(text, start, at) is not None


def _lead_event(ctx: _Context, word: str, ts: int, te: int) -> list[Mention]:
    text = ctx.text
    if not (word in _BARE_EVENT_VERBS or _THE_MEETING.match(text, te)) or _group_attends(ctx, max(0, ts - 10), ts):
        return []
    return lead_event_places(ctx, ts)


def lead_event_places(ctx: _Context, before: int) -> list[Mention]:
    """The places of the event the article's lead (before ``before``) reports as held there
    (「某论坛…在上海开幕」), not one it announces for later."""
    text = ctx.text
    lead = ctx.analysis.sentence_at(min(LEAD_CHARS, len(text) - 1))
    end = min(before, lead.end if lead is not None else LEAD_CHARS)   # (``before`` may open the lead's meeting)
    if end not in ctx.lead_events:
        ctx.lead_events[end] = _lead_event_places(ctx, end)
    return list(ctx.lead_events[end])


def _lead_event_places(ctx: _Context, end: int) -> list[Mention]:
    text = ctx.text
    # (a venue of the capital counts here only: those who attend the lead's event went there only
    # if they came from elsewhere, which their titles must say)
    held = [places for places, at, _ in _held_places(ctx, 0, end, venues=True) if not _coming(text, at)]
    if not held:
        return _dateline_meeting(ctx, end) or _named_event_held(ctx, end) or _held_here(ctx, end) \
            or _lead_known_event(ctx, end)
    for later in held[1:]:      # 「…在摩洛哥举行」 (the headline), 「…在摩洛哥首都拉巴特举行」: the same, more precise
        if {p.key for p in held[0]} < {p.key for p in later}:
            return later
    return held[0]


def _lead_known_event(ctx: _Context, end: int) -> list[Mention]:
    """The venue of an event of the venue table the lead names in an edition of the report's year
    (第七届世界军人运动会开幕式 in a report of its days → 武汉), when the lead writes no place for it."""
    date = ctx.analysis.doc.date
    venue = venue_at(ctx.text, 0, end, date) if date is not None else None
    if venue is None or venue.year != date.year:
        return []
    return venue_places(venue, ctx.text, ctx.analysis.doc.id)


# an event held 「在这里」: at the place its sentence opened on (10月的杭州，…某论坛日前在这里举行)
_HELD_HERE = re.compile(r"(?:在这里|在此|于此)(?:隆重|正式|成功)?(?:举行|开幕|召开|举办)")


def _held_here(ctx: _Context, end: int) -> list[Mention]:
    """The one place in China that opens the sentence of the lead's 「在这里举行」 (10月的杭州，…)."""
    text = ctx.text
    here = _HELD_HERE.search(text, 0, end)
    if here is None or _coming(text, here.start() + 1):
        return []
    sentence = ctx.analysis.sentence_at(here.start())
    cs = _clause_bounds(text, sentence, sentence.start)[1]
    opening = [p for p in ctx.places if sentence.start <= p.start and p.end <= cs]
    if len(opening) != 1 or not opening[0].key.startswith("cn:") or opening[0].key == "geo:CN":
        return []
    return opening


# a meeting the lead sentence tells of, its session 在…会上 (在全国某某推进会上强调), not a video link
_LEAD_MEETING = re.compile(r"在[^，。；：！？]{2,40}?(?:会议|大会|会|论坛|峰会|开幕式|闭幕式|典礼|仪式)(?:上|期间)")
_REMOTE = re.compile(r"视频|电视电话|网络|线上|连线")


def _dateline_meeting(ctx: _Context, end: int) -> list[Mention]:
    """「本报西安10月12日电 …某某11日在全国某某推进会上强调」: when the lead sentence opens with a
    dateline of a place in China and tells of a meeting (not one held by video), the meeting is
    held at the dateline's place."""
    text = ctx.text
    dateline = find_dateline(text[:end])
    if dateline is None:
        return []
    sentence = ctx.analysis.sentence_at(dateline.start)
    place = dateline_place(ctx, dateline)
    if place is None or not place.key.startswith("cn:"):
        return []
    meeting = _LEAD_MEETING.search(text, dateline.end, sentence.end)
    if meeting is None or meeting.start() > end or _REMOTE.search(text, sentence.start, sentence.end):
        return []
    return [place]


# an event named with its place and said to be held (第九届北京香山论坛举行, 某某博览会在京开幕)
_NAMED_EVENT_HELD = re.compile(r"[^，。；：、“”《》]{2,24}?(?:峰会|博览会|论坛|年会|运动会|世园会|世博会|交易会|洽谈会)"
                               r"[^，。；：！？]{0,12}?(?:举行|开幕|召开|举办)")


def _named_event_held(ctx: _Context, end: int) -> list[Mention]:
    """「10月21日至22日，…的第九届北京香山论坛举行」: the place in China written inside the name of the
    event the lead says is held (not one to come)."""
    text = ctx.text
    for m in _NAMED_EVENT_HELD.finditer(text, 0, end):
        if _coming(text, m.end()):
            continue
        inside = _places_in_name(ctx, m.start(), m.end())
        if inside and all(p.key.startswith("cn:") and p.key != "geo:CN" for p in inside):
            return [inside[-1]]
    return []


def _guest_named_after(ctx: _Context, te: int, ce: int) -> bool:
    """Whether the clause of a trip verb that is the object of 会见 or 接待 goes on to a person it
    describes (会见来华出席某论坛的某国国防部长某某), not a group (接待访华国际政要)."""
    mark = ctx.text.find("的", te, ce)
    return mark >= 0 and any(mark < p.start < min(ce, mark + 24) for p in ctx.persons)


# 来华|出席第九届北京香山论坛: the event a trip to China is made for, named with its city
_ATTENDS_NAMED = re.compile(r"(?:出席|参加)[^，。；：、“”《》的]{2,30}?(?:论坛|博览会|峰会|年会|运动会|世园会|世博会|交易会|洽谈会)")


def _attended_event_city(ctx: _Context, te: int) -> list[Mention]:
    """The Chinese city or province in the name of the event a trip to China (来华, 访华) is made to
    attend, written right after the verb (来华出席第九届北京香山论坛的…, 来华参加中国北京世园会…)."""
    m = _ATTENDS_NAMED.match(ctx.text, te)
    if m is None:
        return []
    return [p for p in _places_in_name(ctx, m.start(), m.end()) if p.key.startswith("cn:")][-1:]


def _places_in_name(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The places written inside an event's name at ``[start, end)``, or the first Chinese place whose
    name is a word of its own there (the recogniser leaves a place inside a forum's or an expo's name
    unread: 第九届|北京|香山论坛)."""
    inside = [p for p in ctx.places if start <= p.start and p.end <= end]
    if inside:
        return inside
    words = (_chinese_word_at(ctx, at, end) for at in range(start, end))
    return [p for p in words if p is not None][:1]


def _chinese_word_at(ctx: _Context, pos: int, end: int) -> Mention | None:
    """The Chinese province, prefecture or county whose name is a word of its own at ``pos`` (jieba's
    boundaries on both sides), ending by ``end``: 第九届|北京|香山论坛."""
    words = _tokens_between(ctx, pos, end)
    if not words or words[0].start != pos or words[0].flag != "ns":
        return None           # (中非|合作|论坛: an ordinary word, not 合作市)
    ends = {t.end for t in words}
    for n in range(min(6, end - pos), 1, -1):
        rec = _chinese_record(ctx.text[pos:pos + n]) if pos + n in ends else None
        if rec is not None:
            return Mention("place", ctx.text[pos:pos + n], pos, pos + n, rec[0], rec[1], ctx.analysis.doc.id,
                           "visits", (("level", rec[2]),))
    return None


def _event_places(ctx: _Context, start: int, clause_end: int) -> list[Mention]:
    """The place written inside the name of the event attended: 「出席北京世园会闭幕式」→ 北京,
    「出席二十国集团领导人约翰内斯堡峰会」→ 约翰内斯堡.  Not China as a whole, nor the first
    member of a joint name (「中国—东盟博览会」)."""
    m = _EVENT_NAME.match(ctx.text, start)
    if not m or m.end() > clause_end or QUALIFIER.match(ctx.text, m.end(), clause_end):
        return []                 # (参加东京奥运会亚洲区预选赛: a qualifier, not held in the tournament's city)
    text = ctx.text
    found = [p for p in ctx.places if start <= p.start and p.end <= m.end()]
    if not found:
        pos = start
        while pos < m.end() - 1:
            hit = _foreign_at(ctx, pos, m.end(), ("foreign-city",))
            if hit is not None:
                found.append(hit)
            pos = hit.end if hit is not None else pos + 1
    out = []
    for p in found:
        if p.key == "geo:CN" or text[p.end:p.end + 1] in "—－-–与和、":
            continue
        out.append(p)
    return out[-1:] if out else []


# the event attended named with where it is held: 出席了(某机构)在武汉举行的新闻发布会
_HELD_EVENT_BEFORE = re.compile(r"了?[^，。；：“”在]{0,10}?在")
_HELD_EVENT_AFTER = re.compile(r"(?:召开|举行|举办)的[^，。；：“”]{0,16}?(?:会议|大会|会|论坛|峰会|仪式|典礼|开幕式|闭幕式|"
                               r"活动|庆典|年会|博览会|展会|赛)")


def _held_event_after(ctx: _Context, start: int, clause_end: int) -> list[Mention]:
    m = _HELD_EVENT_BEFORE.match(ctx.text, start, clause_end)
    if m is None:
        return []
    groups = _place_groups(ctx.places, m.end(), clause_end, ctx.text)
    if not groups or groups[0][0].start != m.end():
        return []
    chain = groups[0]
    if not _HELD_EVENT_AFTER.match(ctx.text, chain[-1].end, clause_end):
        return []
    return [t for t in _chain_targets(chain) if t.key != "geo:CN"]


_TRIP_GOES_ON = re.compile(r"回国|启程|返回|返京|回京|抵达|飞抵|前往|转赴|飞赴")

_TRIP_ENDED = re.compile(r"结束[^，。；]{0,16}?(?:访问|考察|调研|视察|行程|出访|之旅)")


def _left_after_a_visit(ctx: _Context, sentence: Sentence, places: list[Mention]) -> list[Mention]:
    """离开X is a visit to X when the trip goes on (启程回国, 抵达Y) or a visit there has ended;
    a Chinese place also needs the ended visit (离开北京，前往延安插队 is leaving home)."""
    sent = ctx.text[sentence.start:sentence.end]
    ended = bool(_TRIP_ENDED.search(sent))
    goes_on = bool(_TRIP_GOES_ON.search(sent))
    return [p for p in places if ended or (goes_on and _is_foreign(p))]


def _topic_places(ctx: _Context, sentence: Sentence) -> list[Mention]:
    """「拉美哥斯达黎加，2013年6月访问期间，…」: a sentence that opens with a bare place names the trip."""
    _, first_end = _clause_bounds(ctx.text, sentence, sentence.start)
    groups = _place_groups(ctx.places, sentence.start, first_end, ctx.text)
    if not groups or groups[-1][-1].end != first_end or len(groups) > 1:
        return []
    return _chain_targets(groups[0])


def _org_prefix_places(ctx: _Context, start: int) -> list[list[Mention]]:
    """Foreign places written at the head of an organisation name: 「俄罗斯莫斯科国际关系学院」."""
    org = next((m for m in ctx.analysis.mentions if m.start == start and m.kind in ("organization", "company")), None)
    if org is None:
        return []
    chain: list[Mention] = []
    pos = start
    while pos < org.end:
        hit = _foreign_at(ctx, pos, org.end)
        if hit is None:
            break
        chain.append(hit)
        pos = hit.end
    return [chain] if chain else []


def _foreign_at(ctx: _Context, pos: int, end: int, levels: tuple[str, ...] = ("country", "foreign-city")) -> Mention | None:
    """The longest country or foreign city (of ``levels``) written at ``pos``, ending by ``end``."""
    for n in range(min(8, end - pos), 1, -1):
        rec = _foreign_record(ctx.text[pos:pos + n])
        if rec is not None and rec[2] in levels:
            return Mention("place", ctx.text[pos:pos + n], pos, pos + n, rec[0], rec[1], ctx.analysis.doc.id,
                           "visits", (("level", rec[2]),))
    return None


# 在X眼中/看来/心中: whose point of view, not where
VIEWPOINT_WORDS = "眼中|眼里|看来|心中|心目中"
_VIEWPOINT = re.compile(r"(?:的)?(?:" + VIEWPOINT_WORDS + ")")
# 在X…的关键时刻: a moment of X's, not a place
_MOMENT = re.compile(r"[^，。；：“”]{0,24}?(?:关键时刻|紧要关头|关键时期|时刻|关头)[，,]")


def _foreign_frames(ctx: _Context, lo: int, hi: int) -> Iterator[tuple[int, list[Mention]]]:
    """「在法国巴黎，…」 clauses between ``lo`` and ``hi`` naming a foreign place."""
    text = ctx.text
    for m in re.finditer("在", text[lo:hi]):
        at = lo + m.start()
        groups = _place_groups(ctx.places, at + 1, hi, text) or _org_prefix_places(ctx, at + 1)
        if not groups or not all(_level(c[0]) in FOREIGN_LEVELS or _is_foreign(c[0]) for c in groups):
            continue
        if _VIEWPOINT.match(text, groups[-1][-1].end):
            continue              # 「在美国眼中，…」: a point of view, not a place
        if _MOMENT.match(text, groups[-1][-1].end):
            continue              # 「在中国人民抗击疫情的关键时刻，…」: a time, not a place
        out: list[Mention] = []
        for chain in groups:
            out.extend(_chain_targets(chain))
        yield at, out
