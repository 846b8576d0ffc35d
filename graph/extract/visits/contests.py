"""Competitors at the contest an article's lead reports.

「当地时间26日，在卡塔尔首都多哈进行的某某公开赛展开单打第三轮的比赛。中国球员甲以3∶6、6∶3、6∶4战胜
荷兰名将乙，…」: the lead says where the contest is held (在X进行/举行 … 赛, or a report filed from a
city of China, not the capital, whose lead tells of a day of play: 本报武汉…电 …进入第四个比赛日); a person who competes in it
(战胜, 晋级, 夺冠, 不敌 …, or scores a goal: 攻入两球) in the paragraphs that report it was there, and so was the opponent beaten
or lost to.  Only in the lead's paragraph and the few after it: a report goes on to other contests
and to earlier seasons.
"""
from __future__ import annotations

import re
from typing import Iterator

from ...sentences import indented
from ...types import Mention, Sentence
from ..persons import BEATEN_VERBS, GOAL_SCORED, ends_in_title
from ..times import find_dateline, opening_dateline
from .affiliations import CAPITAL
from .arguments import LEAD_CHARS, YEAR_EVENT_FRAME, _chain_ending_before, _chain_targets, _foreign_at, _held_places, \
    _place_groups, dateline_place
from .context import _Context, _Event, _is_foreign, _named, _tokens_between
from .lookup import _ancestor_keys
from .passages import _clause_bounds

# the contest the lead reports: 在X|进行的某某公开赛, 在X|举行的…锦标赛, 在X|开赛, 在X|迎来…的首场比赛
_PLAYED = re.compile(r"[^，。；！？]{0,8}?(?:进行|举行|开赛|落幕|开幕|拉开帷幕|展开|结束|迎来|开始|征战|出战)")
_CONTEST = re.compile(r"公开赛|锦标赛|大奖赛|大师赛|巡回赛|分站赛|资格赛|预选赛|联赛|世界杯|奥运会|亚运会|冬奥会|"
                      r"运动会|马拉松|[^，。；！？]赛")
# competing: a person before the verb competes; one after a verb of beating or losing is the opponent
_COMPETES = re.compile(r"战胜|击败|淘汰|晋级|夺冠|夺得|摘得|取胜|负于|惜败于|输给了?|败给了?|不敌|的对手是|面对|出战|参赛|迎战|卫冕|摘金|夺金|登顶|"
                       r"逆转|力克|横扫|胜出|(?:获得|取得)[^，。；！？]{0,12}?(?:冠军|亚军|季军|金牌|银牌|铜牌)|收获|勇夺|斩获|摘取|"
                       r"弈成和局|战成平局|战平|打平|握手言和|逼平|弈和|(?:打破|刷新)[^，。；！？]{0,12}?纪录|"
                       # a place in the standings of the contest, not a world ranking (世界排名第三的某某)
                       r"(?<!世界)(?<!积分)(?:排名|位列|名列)第[一二三四五六七八九十0-9]+位?(?![一二三四五六七八九十0-9的位名])")
# a drawn game: the subject and the one after 与/同 played it (某某…与某国棋手某某弈成和局)
# the partners of a doubles pair: 甲/乙
_PAIRED = ("/", "／")
_DRAWS = ("弈成和局", "战成平局", "战平", "打平", "握手言和", "逼平", "弈和")
_OPPONENT = (*BEATEN_VERBS, "输给了", "败给了", "淘汰", "逆转", "横扫", "的对手是", "面对")
_PARAGRAPHS_AFTER_LEAD = 5
# a negated, past or planned result, and a sentence told of another occasion (a year, another event
# held somewhere)
_NOT_THIS_CONTEST = re.compile(r"未能|没能|未(?!来)|没有|无缘|曾|(?<![名主大老猛干骁战小女])将(?![军领士])|计划|准备|有望")
_PAST_CONTEST = re.compile(r"曾|去年|前年|上届|上赛季|此前")
_OTHER_OCCASION = re.compile(r"[0-9]{4}年|去年|前年|上届|首届|上赛季|上个?月|上周|举行的|进行的")


def lead_paragraph(ctx: _Context) -> int | None:
    """The first body paragraph: the first one indented like body text (headlines are not)."""
    return next((s.paragraph for s in ctx.analysis.sentences if indented(ctx.text, s)), None)


def _contest_places(ctx: _Context) -> tuple[list[Mention], Sentence] | None:
    """The places of the contest the lead (the first or second body paragraph) reports as held 在X,
    and the sentence that says so."""
    text = ctx.text
    para = lead_paragraph(ctx)
    # (a photo report opens with a caption: the lead may be the second body paragraph)
    lead = [s for s in ctx.analysis.sentences if para is not None and para <= s.paragraph <= para + 1]
    if not lead or lead[0].start > LEAD_CHARS:
        return None
    for places, at, end in _held_places(ctx, lead[0].start, lead[-1].end, held=_PLAYED):
        sentence = ctx.analysis.sentence_at(at)
        if not places or sentence is None or not _CONTEST.search(text, sentence.start, sentence.end) \
                or ctx.in_quote(at):
            continue              # (「我们是在西班牙开始集训的」: a quotation tells of something else)
        if _PAST_CONTEST.search(text, _clause_bounds(text, sentence, at)[0], at):
            continue              # 「这位选手去年在某地举行的锦标赛中夺冠」: a past contest
        return _leg_within(ctx, sentence, end, places) or places, sentence
    # 「英国沃特福德当地时间2月23日，随着某某战胜某某…，本次赛事落幕」: the places before 当地时间 at
    # the start of a lead sentence that tells of a contest
    for sentence in lead:
        at = text.find("当地时间", sentence.start, sentence.end)
        if at < 0 or not _CONTEST.search(text, at, sentence.end):
            continue
        groups = _place_groups(ctx.places, sentence.start, at, text)
        if groups and groups[0][0].start == sentence.start and groups[-1][-1].end == at:
            return [t for chain in groups for t in _chain_targets(chain)], sentence
    return _named_contest(ctx, lead) or _lead_city_contest(ctx, lead) or _leg_contest(ctx, lead) \
        or _dateline_contest(ctx, lead) or _venue_contest(ctx, lead) or _framed_contest(ctx, lead)


# a contest named after its city, told as played right after its name: 迪拜网球锦标赛展开女双首轮的争夺
_NAMED_PLAYED = re.compile(r"[^，。；：“”、的]{0,8}?(?:锦标赛|公开赛|大奖赛|大师赛|巡回赛|分站赛|马拉松)"
                           r"[^，。；：“”、]{0,8}?(?:展开|进行|开赛|落幕|开幕|拉开帷幕|战罢|收官|迎来)")


def _lead_city_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """The city abroad that opens the name of the contest the lead's first sentence tells as played
    (当地时间18日，某城网球锦标赛展开女双首轮的争夺), wherever the report is filed from; not a past one."""
    text = ctx.text
    for sentence in lead[:1]:
        for city in ctx.places:
            if not sentence.start <= city.start < sentence.end or city.attr("level") != "foreign-city":
                continue
            m = _NAMED_PLAYED.match(text, city.end, sentence.end)
            cs = _clause_bounds(text, sentence, city.start)[0]
            if m is None or _OTHER_OCCASION.search(text, cs, m.end()) or _NOT_THIS_CONTEST.search(text, cs, m.end()):
                continue
            return _chain_targets([city]), sentence
    return None


# 「在2020年美国激流巡回赛中，」: a frame naming the contest after its place, after its year
_CONTEST_AFTER_PLACE = re.compile(r"[^，。；：“”的]{0,10}?(?:赛|马拉松|运动会|奥运会|亚运会|冬奥会|世锦赛)[上中]")


def _framed_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """The places abroad a frame of the lead's first sentence names its contest after (在2020年美国激流
    巡回赛中，中国选手某某…获得冠军), in the report's year."""
    text = ctx.text
    date = ctx.analysis.doc.date
    for sentence in lead[:1]:
        for m in YEAR_EVENT_FRAME.finditer(text, sentence.start, sentence.end):
            if date is None or int(text[m.start() + 1:m.start() + 5]) != date.year:
                continue
            groups = _place_groups(ctx.places, m.end(), sentence.end, text)
            if not groups or groups[0][0].start != m.end() or not all(_is_foreign(p) for g in groups for p in g):
                continue
            after = _CONTEST_AFTER_PLACE.match(text, groups[-1][-1].end)
            if after is not None and text.startswith(("，", ","), after.end()):
                return [t for g in groups for t in _chain_targets(g)], sentence
    return None


# a leg of a series named after its place abroad, told as played: 世界杯德国德累斯顿站比赛结束
_LEG = re.compile(r"站(?:的)?(?:比赛|赛事|赛)?(?:[0-9一二三四五六七八九十]+日)?(?:在当地)?(?:全部|正式|顺利)?"
                  r"(?:进行|举行|开赛|落幕|开幕|拉开帷幕|展开|结束|收官|战罢|上|中)")


def _leg_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """The places abroad that name the leg of a series the lead's first sentence tells as played
    (短道速滑世界杯德国德累斯顿站比赛结束), wherever the report is filed from; not a leg to come."""
    text = ctx.text
    for sentence in lead[:1]:
        for m in _LEG.finditer(text, sentence.start, sentence.end):
            cs = _clause_bounds(text, sentence, m.start())[0]
            chain = _chain_ending_before(ctx, m.start())    # 德国|德累斯顿|站: the adjacent places before 站
            chain = [p for p in chain if p.start >= cs] if chain and chain[-1].end == m.start() else []
            if not chain or not all(p.key.startswith("geo:") and p.key != "geo:CN" for p in chain) \
                    or not _CONTEST.search(text, cs, chain[0].start) or _NOT_THIS_CONTEST.search(text, cs, m.start()):
                continue
            return _chain_targets(chain), sentence
    return None


def _leg_within(ctx: _Context, sentence: Sentence, end: int, places: list[Mention]) -> list[Mention]:
    """The city abroad that names the leg of the series held in ``places`` (在波兰举行的…巡回赛托伦站的
    比赛中), in the clause after ``end``: the city and its country, when the country is the held place."""
    text = ctx.text
    ce = _clause_bounds(text, sentence, end)[1]
    for pos in (m.start() for m in re.finditer("站", text[end:ce])):
        chain = _chain_ending_before(ctx, end + pos)
        if len(chain) == 1 and chain[0].end == end + pos and chain[0].attr("level") == "foreign-city":
            targets = _chain_targets(chain)
            if {t.key for t in targets} >= {p.key for p in places}:
                return targets
    return []


# a lead that opens on the contest's venue, after its time: 「19日上午，某市某区某某射击馆内，…赛况…」
_OPENING_TIME = re.compile(r"(?:当地时间)?[0-9一二三四五六七八九十年月日号]{1,12}(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午)?，")
_VENUE = re.compile(r"[^，。；！？、的]{0,16}?(?:场馆|赛场|球场|体育馆|体育场|体育中心|游泳馆|冰场|雪场|射击场|赛道)"
                    r"(?:内|里|上|中)?，")


def _venue_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """The places that open the lead's first sentence before a venue (在 left out: 某市某区某某体育中心
    游泳馆内，), when the sentence tells of a contest."""
    if not lead:
        return None
    text = ctx.text
    sentence = lead[0]
    time = _OPENING_TIME.match(text, sentence.start, sentence.end)
    start = time.end() if time else sentence.start
    groups = _place_groups(ctx.places, start, sentence.end, text)
    if not groups or groups[0][0].start != start or not _VENUE.match(text, groups[0][-1].end) \
            or not _CONTEST.search(text, sentence.start, sentence.end):
        return None
    return _chain_targets(groups[0]), sentence


# the lead of a report filed from the contest: the day's play (第四个比赛日, 比赛22日继续进行)
_PLAY_DAY = re.compile(r"比赛日|赛程|(?:比赛|赛事)[^，。；！？]{0,6}(?:进行|继续|展开|落幕|结束)|决赛|夺金|金牌")


def _dateline_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """「本报武汉10月22日电 22日，军运会进入第四个比赛日，…」: a report filed from one place in China (not
    the capital, where the desk files reports of contests anywhere) whose lead sentence tells of a
    contest's day of play and names no other place (China aside: 中国代表团) reports a contest held at
    the dateline's place."""
    if not lead:
        return None
    dateline = opening_dateline(ctx.text)
    place = dateline_place(ctx, dateline) if dateline is not None else None
    if dateline is None or place is None:
        return None
    sentence = ctx.analysis.sentence_at(dateline.start)
    if not place.key.startswith("cn:") or place.key == CAPITAL or sentence not in lead:
        return None               # (本报北京…电: the paper's desk files from the capital on contests anywhere)
    body = (dateline.end, sentence.end)
    if not _CONTEST.search(ctx.text, *body) or not _PLAY_DAY.search(ctx.text, *body) \
            or any(body[0] <= p.start < body[1] and p.key != "geo:CN" for p in ctx.places):
        return None
    return [place], sentence


# a contest abroad named with its city in the headline (「多哈田径世锦赛上，收获3金3银3铜」)
_CITY_CONTEST = re.compile(r"(?:世锦赛|锦标赛|公开赛|大奖赛|大师赛|巡回赛|分站赛|世界杯|奥运会|亚运会|冬奥会|马拉松|运动会)(?:上|中|期间)")
_CONTEST_NAME_GAP = 8
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年$")


def _named_contest(ctx: _Context, lead: list[Sentence]) -> tuple[list[Mention], Sentence] | None:
    """The city abroad in the name of the contest the headline reports as under way (多哈田径世锦赛上;
    not 东京奥运会入场券, a contest to come, nor one of another year), unless the dateline files the
    report from elsewhere; ``lead`` marks where the headline ends."""
    text = ctx.text
    date = ctx.analysis.doc.date
    starts = {t.start for t in ctx.analysis.tokens}
    dateline = find_dateline(text)
    # the headline names the report's contest; the lead may recall another (本报武汉…电 …曾在多哈世锦赛上…)
    title = [s for s in ctx.analysis.sentences if s.paragraph < (lead[0].paragraph if lead else 0)]
    for sentence in title:
        for m in _CITY_CONTEST.finditer(text, sentence.start, sentence.end):
            cs = _clause_bounds(text, sentence, m.start())[0]
            for pos in range(max(cs, m.start() - _CONTEST_NAME_GAP - 6), m.start() - 1):
                city = _foreign_at(ctx, pos, m.start(), ("foreign-city",)) if pos in starts else None
                if city is None or m.start() - city.end > _CONTEST_NAME_GAP \
                        or re.search("[，。；、“”的]", text[city.end:m.start()]):
                    continue
                year = _YEAR_BEFORE.search(text, cs, city.start)
                if _PAST_CONTEST.search(text, cs, city.start) or (year and date and int(year.group(1)) != date.year):
                    break
                if dateline is not None and dateline.place not in city.text and city.text not in dateline.place:
                    return None   # filed from elsewhere
                return _chain_targets([city]), sentence
    return None


# a person named as an entrant (参赛选手某某, 中国队选手某某, 女子铅球项目冠军某某) or as come from elsewhere
# (来自四川的某某) in the report; not a champion or athlete by title alone (2008年北京奥运会举重冠军某某,
# 中国运动员某某: of another contest, or only admired)
_ENTRANT_BEFORE = re.compile(r"(?:参赛选手|参赛者|队选手|队队员|项目冠军|"
                             r"队(?:主力)?(?:中锋|前锋|后卫|门将|主攻|二传|副攻|接应))$")
# the starting line-up, listed: 中国女篮的先发阵容为甲、乙、丙
_LINEUP = re.compile(r"(?:先发|首发)(?:阵容|名单)(?:为|是)$")
_FROM_BEFORE = re.compile(r"来自([^，。；：、的]{2,10})的[^，。；：、]{0,8}$")
_ENTRANT_CUE = re.compile(r"参赛|来自|队选手|队队员|项目冠军|组成的|赛后|先发|首发|中锋|前锋|后卫|门将|主攻|二传|副攻|接应")
# one who speaks after the game was at it (主教练某某赛后表示)
_AFTER_THE_GAME = re.compile(r"(?:在)?赛后(?:表示|说|坦言|称|感慨|接受)")
# the report of a contest names its entrants over more paragraphs than its results
_PARAGRAPHS_OF_ENTRANTS = 8


# a squad named by its members: 由甲、乙、丙组成的中国队
_SQUAD_OF = re.compile(r"由((?:[^，。；：、“”]{2,8}[、和])*[^，。；：、“”]{2,8})组成的[^，。；：“”]{0,8}?队")
# what joins two names of a list: 、 or 和, with items between them that are no recognised name
_LIST_GAP = re.compile(r"(?:[、和][\u4e00-\u9fff]{2,4})*[、和]")


def _entrants(ctx: _Context, sentence: Sentence, places: list[Mention]) -> list[Mention]:
    """Persons ``sentence`` names as entrants of the contest, or as come to it from elsewhere."""
    text = ctx.text
    out: list[Mention] = []
    squads = [m.span(1) for m in _SQUAD_OF.finditer(text, sentence.start, sentence.end)]
    for person in _named(ctx, sentence.start, sentence.end):
        if ctx.in_quote(person.start):
            continue
        if any(lo <= person.start and person.end <= hi for lo, hi in squads):
            out.append(person)    # 「由甲、乙、丙组成的中国队」: the members of a squad that competes
            continue
        if out and _LIST_GAP.fullmatch(text, out[-1].end, person.start):
            out.append(person)    # 「中国队选手甲、乙和丙」: the entrants listed after the first (an item
            continue              # between them the recogniser left unread: 甲、切阳什姐和丙)
        before = text[max(sentence.start, person.start - 16):person.start]
        came = _FROM_BEFORE.search(before)
        if _AFTER_THE_GAME.match(text, person.end) or _ENTRANT_BEFORE.search(before) or _LINEUP.search(before) \
                or (came is not None and not any(
                p.text in came.group(1) or came.group(1) in p.text for p in places)):
            out.append(person)
    return out


def _sentence_area(ctx: _Context, sentence: Sentence, places: list[Mention]) -> list[Mention]:
    """The contest's places, or the wider area in China that contains them when ``sentence`` names it (a
    report on games held across a city: 武汉晴朗的天空下，…空军五项比赛 is not at the lead's shooting
    range; a country named, 中国队, changes nothing)."""
    if sentence.start <= places[0].start < sentence.end:
        return places
    wider = [p for p in ctx.places if sentence.start <= p.start < sentence.end and not ctx.in_quote(p.start)
             and p.key.startswith("cn:") and any(p.key in _ancestor_keys(q.key) for q in places)]
    return wider[:1] or places


def _subject_before(ctx: _Context, sentence: Sentence, cs: int) -> list[Mention]:
    """The first person named in the nearest clause before ``cs`` that names one, going back through
    at most two clauses that open on a preposition or a verb (某某通过…，凭借…，取得…)."""
    text = ctx.text
    for _ in range(3):
        if cs <= sentence.start:
            return []
        ps = _clause_bounds(text, sentence, cs - 2)[0]
        named = _named(ctx, ps, cs - 1)
        if named:                 # (the clause's subject: near its start, or after its titles)
            return named[:1] if named[0].start - ps <= 12 or ends_in_title(text[ps:named[0].start]) else []
        first = next(iter(_tokens_between(ctx, ps, cs - 1)), None)
        if first is None or first.flag[:1] not in ("p", "v"):
            return []
        cs = ps
    return []


# a clause that opens on the verb, after adverbs or the score (，以6∶2击败…): its subject is the last one's
_BARE_PREDICATE = re.compile(r"[了也还又并再，, ]*(?:以[0-9０-９∶:比]+)?[了也还又并再]*")


def contest_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """Visits of those who compete, in ``sentence``, at the contest the lead reports."""
    text = ctx.text
    if not _COMPETES.search(text, sentence.start, sentence.end) \
            and not GOAL_SCORED.search(text, sentence.start, sentence.end) \
            and not _ENTRANT_CUE.search(text, sentence.start, sentence.end):
        return
    if ctx.contest is False:
        ctx.contest = _contest_places(ctx)      # once per document
    contest = ctx.contest
    if contest is None:
        return
    places, told = contest
    places = _sentence_area(ctx, sentence, places)
    if told.paragraph <= sentence.paragraph <= told.paragraph + _PARAGRAPHS_OF_ENTRANTS:
        for person in _entrants(ctx, sentence, places):     # 「参赛选手某某」「来自四川的某某」
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)
    if not told.paragraph <= sentence.paragraph <= told.paragraph + _PARAGRAPHS_AFTER_LEAD:
        return
    verbs = sorted([*_COMPETES.finditer(text, sentence.start, sentence.end),
                    *GOAL_SCORED.finditer(text, sentence.start, sentence.end)], key=lambda v: v.start())
    for verb in verbs:
        if ctx.in_quote(verb.start()):
            continue
        cs, ce = _clause_bounds(text, sentence, verb.start())
        if _NOT_THIS_CONTEST.search(text, cs, verb.start()) or (
                sentence.index != told.index and _OTHER_OCCASION.search(text, sentence.start, verb.start())):
            continue              # 未能夺得; 「在2019年…举行的芝加哥马拉松上，某某夺得…」: another occasion
        before = _named(ctx, cs, verb.start())
        if not before and cs > sentence.start and _BARE_PREDICATE.fullmatch(text, cs, verb.start()):
            # 「某某在本次比赛中表现抢眼，夺得…银牌」: a clause that opens on the verb has the subject of
            # the one before it (through clauses that open on a preposition or a verb: 凭借…，)
            before = _subject_before(ctx, sentence, cs)
        if verb.group() in _DRAWS:
            yield from _drawn(ctx, sentence, verb, places, before, cs, ce)
            continue
        if not before:
            continue
        competitors = [before[-1]]
        for person in reversed(before[:-1]):      # 「吴海燕、李影各入一球」: a list of them; 甲/乙: a pair
            if text[person.end:competitors[0].start] not in ("、", "和", *_PAIRED):
                break
            competitors.insert(0, person)
        if verb.group() in _OPPONENT:
            after = _named(ctx, verb.end(), ce)
            competitors += after[:1]
            for prev, person in zip(after, after[1:]):
                if text[prev.end:person.start] not in _PAIRED:
                    break
                competitors.append(person)        # (战胜…组合丙/丁: the opposing pair)
        for person in competitors:
            yield _Event(person, tuple(places), verb.span(), sentence, current=True)


def _drawn(ctx: _Context, sentence: Sentence, verb: re.Match[str], places: list[Mention],
           before: list[Mention], cs: int, ce: int) -> Iterator[_Event]:
    """Both sides of a drawn game: 「某某经过鏖战，与某国棋手某某弈成和局」「某某打平了某国名将某某」 (one
    who plays in their own country is dropped later, as for any visit)."""
    text = ctx.text
    prep = max(text.rfind(w, cs, verb.start()) for w in "与同跟")
    if prep >= 0:
        subjects = [p for p in before if p.start < prep]
        if not subjects and not _named(ctx, cs, prep) and not text[cs:prep].strip("并也还又，, "):
            subjects = _subject_before(ctx, sentence, cs)
        sides = subjects[-1:] + [p for p in before if p.start > prep][:1]
    else:
        sides = before[-1:] + _named(ctx, verb.end(), ce)[:1]
    for person in sides:
        yield _Event(person, tuple(places), verb.span(), sentence, current=True)
