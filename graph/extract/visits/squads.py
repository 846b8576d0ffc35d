"""Members of a squad that travels: 「中国女篮一行已于2月1日前往塞尔维亚进行适应性训练」.

A sports squad (女篮, 男足, 国家队, 中国队 …) that the article says went to a place took its
members there: the persons the article names as its players or staff — titled by the squad
(中国女篮主教练某某, 中国队球员某某) or by a player's role in a list (甲、乙等主力球员, 丙、丁两位年轻球员).
Not a person of another country (the opponents), nor a squad's planned trip.

A squad told as competing in a contest held at a place (在某地举行的预选赛中，中国女篮击败…) took its
members there too (:func:`squad_contest_events`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ...types import Mention, Sentence
from .affiliations import appositives
from .arguments import _chain_targets, _held_places, _place_groups
from .contests import _COMPETES, _CONTEST, _NOT_THIS_CONTEST, _PAST_CONTEST, _PLAYED
from .context import _Context, _Event
from .speakers import _YEAR

# the squad and its trip: 中国女篮(一行)(已)(于2月1日)前往|抵达|飞赴|出征 X
_SQUAD = r"(?:中国|国家)?(?:女篮|男篮|女排|男排|女足|男足|国足(?!协)|国家队|国奥队|[\u4e00-\u9fff]{0,4}?代表队|中国队)"
_SQUAD_TRIP = re.compile(_SQUAD + r"(?:一行|全队)?(?:已|已经|于|在|日前|近日|当天|[0-9一二三四五六七八九十]{1,2}月|"
                         r"[0-9一二三四五六七八九十]{1,3}日|[上下]午|晚|早)*(?:前往|抵达|飞抵|飞赴|赴|出征|来到|移师)")
# a title of a squad member: the squad's name or a player's or coach's role
_MEMBER_TITLE = re.compile(_SQUAD + r"|球员|队员|主教练|教练|主帅|队长|选手|中锋|后卫|前锋|门将|主攻|二传|自由人")
# a member who did not go: 某某受疫情影响，此次未能随球队出征 (in the clause after the name or the next)
_STAYED = re.compile(r"[^。；]{0,20}?(?:未能|没能|没有|未|无缘|缺席)[^，。；]{0,6}?(?:随队|随球队|出征|前往|同行|参赛)")
# a 、-list of names, then the role they share: 甲、乙等主力球员, 丙、丁两位年轻球员
_ROLE_AFTER_LIST = re.compile(r"(?:等|[两二三四五六七八九十几]+(?:位|名))[^，。；：、]{0,4}?(?:球员|队员|选手|运动员)")


def _members(ctx: _Context) -> list[Mention]:
    text = ctx.text
    out: dict[str, Mention] = {}
    # 某某受疫情影响，此次未能随球队出征: whichever mention says so
    stayed = {p.key for p in ctx.persons if _STAYED.match(text, p.end)}
    for p in ctx.persons:
        if p.attr("reference") or p.key in out or p.key in stayed:
            continue
        country = ctx.person_countries.get(p.key, "")
        if country and country != "geo:CN":
            continue              # (an opponent: 西班牙队的某某)
        spans = appositives(ctx, p)
        if any(q.key.startswith("geo:") and q.key != "geo:CN" and lo <= q.start < hi
               for lo, hi in spans for q in ctx.places):
            continue              # 韩国女篮球员某某: a player of another country's squad
        if any(_MEMBER_TITLE.search(text, lo, hi) for lo, hi in spans):
            out[p.key] = p
            continue
        # listed: the names joined by 、 up to the role after the list
        end = p.end
        while text[end:end + 1] == "、":
            nxt = next((q for q in ctx.persons if q.start == end + 1), None)
            if nxt is None:
                break
            end = nxt.end
        if _ROLE_AFTER_LIST.match(text, end):
            out[p.key] = p
    return list(out.values())


def squad_events(ctx: _Context, sentence: Sentence, blocked: Callable[[int, int], bool]) -> Iterator[_Event]:
    """``blocked(clause_start, pos)``: whether the words before ``pos`` make it no trip."""
    text = ctx.text
    for m in _SQUAD_TRIP.finditer(text, sentence.start, sentence.end):
        if ctx.in_quote(m.start()) or blocked(max(sentence.start, text.rfind("，", sentence.start, m.start()) + 1),
                                              m.end()):
            continue
        groups = _place_groups(ctx.places, m.end(), sentence.end, text)
        if not groups or groups[0][0].start != m.end():
            continue
        places = tuple(t for chain in groups[:1] for t in _chain_targets(chain) if t.key != "geo:CN")
        if not places:
            continue
        for member in _members(ctx):
            yield _Event(member, places, (m.start(), m.end()), sentence)


# a contest held at a place this year, and a squad competing in it, in one sentence: 「在塞尔维亚贝尔格莱德
# 举行的奥运会预选赛中，中国女篮以64∶62击败西班牙女篮」
_SQUAD_RE = re.compile(_SQUAD)
_SQUAD_COMPETES = re.compile(_SQUAD + r"[^，。；！？“”]{0,12}?(?:" + _COMPETES.pattern + r")")


def squad_contest_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A squad told as competing (击败, 战胜 …) in a contest the same sentence says is held at a place
    this year (「在塞尔维亚贝尔格莱德举行的奥运会预选赛中，中国女篮以64∶62击败西班牙女篮」) took its
    members there: those titled by that squad (中国女篮前锋某某) or by a role alone (中锋某某, 主教练某某),
    not those of another squad of the article (中国花滑队总教练某某, 双人滑选手某某)."""
    text = ctx.text
    date = ctx.analysis.doc.date
    for places, at, end in _held_places(ctx, sentence.start, sentence.end, held=_PLAYED):
        if not places or not _CONTEST.search(text, sentence.start, sentence.end):
            continue
        if any(date is None or int(y) != date.year for y in _YEAR.findall(text, sentence.start, end)) \
                or _PAST_CONTEST.search(text, sentence.start, at):
            continue              # a contest of another year (2016年在某地举行的…, 去年…)
        squad = _SQUAD_COMPETES.search(text, end, sentence.end)
        if squad is None or ctx.in_quote(squad.start()) or _NOT_THIS_CONTEST.search(text, squad.start(), squad.end()):
            continue
        core = re.sub(r"^(?:中国|国家)", "", _SQUAD_RE.match(text, squad.start()).group())
        for member in _members(ctx):
            if _member_of(ctx, member, core):
                yield _Event(member, tuple(places), squad.span(), sentence, current=True)
        return


# a player's or coach's role alone before a name (中锋某某, 20岁的中锋某某, 主教练某某)
_ROLE_END = re.compile(r"(?:主教练|教练|队长|中锋|后卫|前锋|门将|主攻|二传|自由人|球员|队员)$")
_OTHER_SQUAD = re.compile(r"队|选手|组合|运动员")


def _member_of(ctx: _Context, member: Mention, core: str) -> bool:
    """Whether the titles of ``member`` make them one of the squad ``core`` (女篮): its name, or a role
    alone with no other squad (中国花滑队总教练, 双人滑选手: of another)."""
    for lo, hi in appositives(ctx, member):
        span = ctx.text[lo:hi]
        if core in span:
            return True
        role = _ROLE_END.search(span)
        if role is not None and not _OTHER_SQUAD.search(span, 0, role.start()):
            return True
    return False
