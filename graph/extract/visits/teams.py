"""Members of a team sent to a place: 「援鄂医疗队队员张三」「支援湖北医疗队队长、某医院副院长李四」.

A team named after the place it went to help or to (援/支援/驰援/赴 + a place or a one-character
abbreviation of ``data/visit_abbreviations.txt`` + 医疗队, 救援队, 专家组, 维和…分队 …) puts the person
named right after it, joined only by titles and 、, at that place: the team went there, and so
did its members.  Long postings (援藏干部, 援疆工作队) are work, not visits, and are left out.

A person told as medical staff who goes to help a place (「李四作为医疗队员支援某市」) went there too.
A member named later by role alone (「医疗队队员李四」「队员李四」「医疗队的另一位医生李四」) belongs to the last team named in
that paragraph or the two before it; a team is also named by medical staff going to a place
(「医护人员火速驰援武汉」).
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Mention, Sentence
from ..persons import ends_in_title
from .arguments import _chain_targets, _place_groups, abbreviation_place
from .contests import lead_paragraph
from .context import _Context, _Event, _is_foreign, _level, _named
from .lookup import _ancestor_keys, _chinese_record
from .passages import _clause_bounds, paragraph_start
from .triggers import block_word_in

_HELP = re.compile(r"(?:支援|驰援|援助|援|赴)")
_TEAM = re.compile(r"(?:的)?[^，。；、“”（）]{0,10}?(?:医疗救援队|医疗队|救援队|医疗分队|专家组|医疗组|护理队|医护队|前方指挥部|指导组|督导组|联络组|检查组|督查组|巡视组|调研组|专家团|考察团|代表团|慰问团|"
                   r"维和[^，。；、“”（）]{0,6}?(?:分队|步兵营|部队|警队))")
# what may stand between the team and the member: roles and titles, joined by 、
_ROLES = re.compile(r"[^，。；：:“”（）()]{0,40}")
_MAX_GAP = 40
# medical staff in a sentence: 「驰援武汉」 there names their team
_STAFF = re.compile(r"医疗队|医护人员|医务人员|医疗队员|救援队|医护工作者")
# (援 alone too, as in 援鄂医疗队 and 增援武汉; not 声援, 求援, 外援 or 救援: no one goes)
_GO_HELP = re.compile(r"驰援|支援|援助|奔赴|赶赴|赴|(?<![声求外救])援")
# a member named by role alone, right before the name
_MEMBER = re.compile(r"(?:(?:医疗队|救援队|医疗分队)的(?:另|其中)?(?:一|两|几)?(?:位|名)?"
                     r"(?:医生|护士|医师|护师|队员|成员|专家)|(?:医疗队|救援队|医疗分队)?(?:队员|副?队长|领队))$"
                     r"(?<![中大支小]队长)")     # (交警大队|副中队长某某: a police rank, no member)
# a national or sports team travelling as the subject (中国女足于1月29日抵达澳大利亚), and the roles of
# its members named after it (中国女足主教练某某)
_SQUADS = r"(?:国家队|中国队|女足|男足|女排|男排|女篮|男篮|代表队|球队|集训队|女队|男队|摔跤队|游泳队|田径队|跳水队)"
_SQUAD_TRIP = re.compile(_SQUADS + r"(?:一行)?(?:于|在)?[^，。；：“”]{0,10}?(?:抵达|到达|飞抵|前往|奔赴|来到|赶赴)$")
# a squad told at a place abroad (中国女篮在塞尔维亚贝尔格莱德进行的…, 中国乒乓球队正在卡塔尔多哈进行着…)
_SQUAD_AT = re.compile(_SQUADS + r"(?:一行)?(?:主力)?(?:正|还|已|都)?在$")
_SQUAD_ROLE = re.compile(_SQUADS + r"(?:的)?(?:主教练|教练|主帅|领队|队长|队员|球员|主力|名将|选手|"
                         r"主攻|副攻|二传|接应|自由人|门将|前锋|中锋|后卫)$")
_TEAM_PARAGRAPHS = 2
# 「作为某省援助湖北医疗队的队员，某某到武汉后」: membership told before the name, across a comma
_AS_MEMBER_OF = re.compile(r"的(?:队员|成员|一员)[，,]")
# people a team treats or thanks, not its members
_TREATED = re.compile(r"患者|病人|病例|治愈|出院|救治(?!组|队|中心)|收治|家属|孩子")


# a short name in brackets after the place helped (南苏丹（朱巴）)
_BRACKETED = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")


def _place_after(ctx: _Context, pos: int) -> tuple[list[Mention], int] | None:
    """The places helped, written right at ``pos``: a chain of place mentions or an abbreviation."""
    groups = _place_groups(ctx.places, pos, len(ctx.text), ctx.text)
    if groups and groups[0][0].start == pos:
        chain = groups[0]
        end = chain[-1].end
        inner = _BRACKETED.match(ctx.text, end)
        if inner is not None:     # 赴南苏丹（朱巴）维和步兵营: a city in brackets is where the team is
            city = next((p for p in ctx.places if p.start == end + 1 and p.end == inner.end() - 1), None)
            return _chain_targets([*chain, city] if city is not None else chain), inner.end()
        return _chain_targets(chain), end
    abbr = ctx.lex.abbreviations.get(ctx.text[pos:pos + 1])
    if abbr is not None and abbr[0].startswith("cn:"):
        return [abbreviation_place(ctx, pos, *abbr)], pos + 1
    return None


def team_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """Visits of team members named in ``sentence``."""
    before = ctx.last_team
    named = list(_named_members(ctx, sentence))
    yield from named
    if not named:
        named = list(_staff_subjects(ctx, sentence))
        yield from named
    if not named:
        yield from _role_members(ctx, sentence)
    yield from _club_abroad(ctx, sentence)
    _note_squad_trip(ctx, sentence)
    _note_team(ctx, sentence, before)
    if ctx.last_team is not None and ctx.headline_team is None and (
            (sentence.paragraph == 0 and not ctx.text[sentence.start:sentence.end].rstrip().endswith("。"))
            or (ctx.last_team[1] == sentence.paragraph == lead_paragraph(ctx))):
        # 「某省派出14批医疗队员援助湖北——」, or a lead telling where the staff went: the article's team
        ctx.headline_team = ctx.last_team[0]


def _note_team(ctx: _Context, sentence: Sentence, before) -> None:
    if ctx.last_team is not before or not _STAFF.search(ctx.text, sentence.start, sentence.end):
        return                    # a team named with its place (支援湖北医疗队) says where it went
    for h in _GO_HELP.finditer(ctx.text, sentence.start, sentence.end):
        found = _place_after(ctx, h.end())
        if found is not None and not ctx.in_quote(h.start()):
            ctx.last_team = (tuple(found[0]), sentence.paragraph)
            return


# a person told as medical staff in the words between the name and the help verb (作为医疗队员)
_AS_STAFF = re.compile(r"作为[^，。；：“”]{0,10}?(?:医疗队员|医护人员|医务人员|医疗队|救援队员|医生|护士|队员)(?:之一)?$")
# 「某某是第一批上海驰援湖北的医疗队队员」「某某作为某省首批支援湖北医疗队的增援队员」: the person is a
# member of the team named after the verb
_IS_MEMBER = re.compile(r"(?:是|作为|加入了?|参加了?|出现在)[^，。；：“”]{0,14}$")
_CLAUSE = re.compile(r"[，。；：:！？“”]")
# clauses that tell more of the same subject before its membership: 今年41岁，是某医院护士长，
_PREDICATES = re.compile(r"(?:今年[0-9一二三四五六七八九十]+岁[，,])?(?:(?:也|还)?是[^，。；：“”]{1,24}[，,])+(?=(?:也|还)?是)")


def _pronoun_member(ctx: _Context, sentence: Sentence, at: int) -> tuple[Mention | None, int | None]:
    """「43岁的某某是某医院副主任，…，她主动报名加入支援湖北的医疗队」: a 他/她 opening the verb's clause
    stands for the one person the sentence names before it; that person and where the pronoun ends."""
    text = ctx.text
    cs, _ = _clause_bounds(text, sentence, at)
    if not re.match(r"[他她](?![们人])", text[cs:cs + 2]):
        return None, None
    named = {p.key: p for p in ctx.persons if sentence.start <= p.start and p.end <= cs}
    if len(named) != 1:
        return None, None
    return next(iter(named.values())), cs + 1


def _staff_subjects(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """「李四作为医疗队员支援某市」「李四是第一批驰援某省的医疗队队员」: a person named as medical staff
    who goes to help a place, or as a member of a team named after it."""
    text = ctx.text
    for h in _GO_HELP.finditer(text, sentence.start, sentence.end):
        found = _place_after(ctx, h.end())
        if found is None or ctx.in_quote(h.start()):
            continue
        # 「…，她主动报名加入支援湖北的医疗队」: a pronoun opening the verb's clause is its subject
        subject, told_from = _pronoun_member(ctx, sentence, h.start())
        if subject is None:
            subject = next((p for p in reversed(ctx.persons) if sentence.start <= p.start and p.end <= h.start()
                            and (h.start() - p.end <= 20 or _PREDICATES.match(text, p.end, h.start()))), None)
            told_from = subject.end if subject is not None else None
        if subject is None or told_from is None:
            continue
        between = text[told_from:h.start()]
        member = _IS_MEMBER.search(between) and _TEAM.match(text, found[1], sentence.end)
        if member and between.startswith(("，是", ",是")):
            between = between[1:]   # 「某某，是某医院首批支援湖北医疗队员中年龄最小的一位」
        chained = _PREDICATES.match(between)
        if member and chained is not None:
            between = between[chained.end():]   # 「某某今年41岁，是某医院护士长，也是某省首批支援湖北医疗队…中的一员」
        if _CLAUSE.search(between) or not (_AS_STAFF.search(between) or member) \
                or any(block_word_in(between, w) for w in ctx.lex.words("block")):
            continue            # 「某某虽然未能作为首批医疗队员奔赴武汉」: not gone (but 毫不犹豫地加入…医疗队)
        ctx.last_team = (tuple(found[0]), sentence.paragraph)
        yield _Event(subject, tuple(found[0]), (h.start(), h.end()), sentence, current=True)


def _note_squad_trip(ctx: _Context, sentence: Sentence) -> None:
    """「中国女足于1月29日抵达澳大利亚」: the squad's members named by role later were there too."""
    for p in ctx.places:
        if not (sentence.start <= p.start < sentence.end) or ctx.in_quote(p.start):
            continue
        lo = max(sentence.start, p.start - 24)
        if _SQUAD_TRIP.search(ctx.text, lo, p.start) or (_is_foreign(p) and _SQUAD_AT.search(ctx.text, lo, p.start)):
            groups = _place_groups(ctx.places, p.start, sentence.end, ctx.text)
            ctx.last_team = (tuple(_chain_targets(groups[0])) if groups else (p,), sentence.paragraph)
            return


def _role_members(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """「队员李四」「中国女足主教练某某」 after a team named going somewhere in the same paragraph or
    the two before it, or in the headline (the article's team); 「某支援队某分队队长、某医院主任李四」,
    a member named with their titles after the team's name, too."""
    if ctx.last_team is not None and sentence.paragraph - ctx.last_team[1] <= _TEAM_PARAGRAPHS:
        team = ctx.last_team[0]
    elif ctx.headline_team is not None:
        team = ctx.headline_team
    else:
        return
    for p in ctx.persons:
        if sentence.start <= p.start < sentence.end and not ctx.in_quote(p.start):
            role = _MEMBER.search(ctx.text, max(sentence.start, p.start - 14), p.start) \
                or _SQUAD_ROLE.search(ctx.text, max(sentence.start, p.start - 10), p.start)
            places = team
            if role is None and ctx.headline_team is not None:
                role = _team_appositive(ctx, sentence, p)
                places = ctx.headline_team   # 「某支援队某分队队长、某医院主任李四」: of the article's team
            if role is None:
                role = _named_member_of_group(ctx, sentence, p)
                places = team
            if role is None:
                role = _staff_from_elsewhere(ctx, sentence, p, team)
                places = team
            if role is None:
                role, places = _staff_there(ctx, sentence, p, team)
            if role is not None:
                places = _with_unit_place(ctx, places, role.start(), role.end())
                if len(places) == len(team):
                    places = _with_paragraph_place(ctx, places, sentence, p)
                if len(places) == len(team):
                    places = _with_destination(ctx, places)
                yield _Event(p, places, (role.start(), role.end()), sentence, current=True)


def _with_paragraph_place(ctx: _Context, team: tuple[Mention, ...], sentence: Sentence,
                          member: Mention) -> tuple[Mention, ...]:
    """The team's places and, first, the city or county inside them that the member's paragraph names
    last before the member, or else first in the member's sentence (某省医疗队驻|武汉|某医院…队员某某)."""
    keys = {m.key for m in team}
    start = paragraph_start(ctx.analysis, sentence)
    inside = [m for m in ctx.places if start <= m.start < sentence.end and m.key not in keys
              and _level(m) in ("prefecture", "county") and not ctx.in_quote(m.start)
              and keys & _ancestor_keys(m.key)]
    before = [m for m in inside if m.end <= member.start]
    chosen = before[-1] if before else next((m for m in inside if m.start >= sentence.start), None)
    return team if chosen is None else (chosen, *team)


# a team or staff told going to a place (驰援|武汉, 抵达|武汉, 医疗队驻|武汉), or helping it (支援|武汉)
_GOES_TO = re.compile(r"(?:驰援|奔赴|赶赴|赴|抵达|到达|来到|进入|驶向|南下|进驻|驻)$")
_HELPS = re.compile(r"(?:支援|援助)$")


def _with_destination(ctx: _Context, team: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The team's places and, first, the one city or county inside them that the article tells a team
    or staff going to (某省医疗队驰援|武汉, 医护人员抵达|武汉): a team named after its province (支援湖北医疗队)
    went where the article's teams went.  Nothing is added when the article names several places
    inside them that staff go to or help (支援黄冈, 抵达武汉), or helps one only (支援武汉的医生)."""
    keys = {m.key for m in team}
    if any(_level(m) in ("prefecture", "county") for m in team):
        return team
    goes, helps = [], []
    for m in ctx.places:
        if m.key not in keys and m.key.startswith("cn:") and _level(m) in ("prefecture", "county") \
                and keys & _ancestor_keys(m.key):
            lo = max(0, m.start - 2)
            if _GOES_TO.search(ctx.text, lo, m.start):
                goes.append(m)
            elif _HELPS.search(ctx.text, lo, m.start):
                helps.append(m)
    if not goes or len({m.key for m in goes + helps}) != 1:
        return team
    return (goes[0], *team)


# medical staff named with a unit of a place outside the team's (四川某县人民医院呼吸科医生|某某)
_STAFF_TITLE = re.compile(r"[^，。；：:！？“”（）()]{2,40}?(?:医院|卫生院|医学院|医科大学|疾控中心|疾病预防控制中心)"
                          r"[^，。；：:！？“”（）()、]{0,16}?(?:医生|护士|医师|护师|护士长|主任|副院长|院长|专家)$")


def _staff_from_elsewhere(ctx: _Context, sentence: Sentence, p: Mention,
                          team: tuple[Mention, ...]) -> re.Match[str] | None:
    """A doctor or nurse of a hospital of a place outside the team's, in the team's article."""
    title = _STAFF_TITLE.search(ctx.text, max(sentence.start, p.start - 40), p.start)
    if title is None:
        return None
    keys = {m.key for m in team}
    where = [m for m in ctx.places if title.start() <= m.start < title.end()]
    if not where or any(m.key in keys or keys & _ancestor_keys(m.key) for m in where) \
            or any(_is_foreign(m) for m in where):
        return None
    return title


# medical staff described as working at a place of the team's, listed after: 在武汉参与抗击疫情的一线医护人员甲、乙
_STAFF_THERE = re.compile(r"在(?P<where>[^，。；：“”]{2,12}?)(?:参与|参加|奋战|战斗|坚守|抗击)[^，。；：“”]{0,16}?的"
                          r"[^，。；：“”、]{0,10}?(?:医护人员|医务人员|医生|护士|队员)")


def _staff_there(ctx: _Context, sentence: Sentence, p: Mention,
                 team: tuple[Mention, ...]) -> tuple[re.Match[str] | None, tuple[Mention, ...]]:
    """「在武汉参与抗击疫情的一线医护人员甲、乙、丙」 in the article of a team sent to 湖北: each listed
    person works there for the team's time, at the place written after 在 (inside the team's places)."""
    keys = {m.key for m in team}
    for m in _STAFF_THERE.finditer(ctx.text, max(sentence.start, p.start - 60), p.start):
        rest = ctx.text[m.end():p.start]
        for q in ctx.persons:
            if m.end() <= q.start and q.end <= p.start:
                rest = rest.replace(q.text, "")
        if rest.strip("、"):
            continue              # (only names joined by 、 between the staff and the person)
        where = [q for q in ctx.places if m.start("where") == q.start and q.end <= m.end("where")]
        if where and (where[0].key in keys or keys & _ancestor_keys(where[0].key)):
            return m, (where[0], *team)
    return None, team


# a member of the group just sent, named with their posts: 检查组成员、某委员会副主任委员|某某
# (or one who went with the team: 随队出征的某协会副主席|某某)
_GROUP_MEMBER = re.compile(r"(?:组|队|团)(?:成员|组员|队员)[、，,]|随队(?:出征|出发|前往|出访)?的")


def _named_member_of_group(ctx: _Context, sentence: Sentence, p: Mention) -> re.Match[str] | None:
    found = None
    for m in _GROUP_MEMBER.finditer(ctx.text, max(sentence.start, p.start - _APPOSITIVE_SPAN), p.start):
        found = m
    if found is None:
        return None
    between = ctx.text[found.end():p.start]
    if _CLAUSE.search(between) or not ends_in_title(between):
        return None
    return found


# a team's name ending an appositive of titles before a member: 某支援队某分队|队长、某医院主任|李四
_TEAM_WORD = re.compile(r"医疗队|支援队|救援队|医疗分队|分队|医疗组")
_APPOSITIVE_SPAN = 30


def _team_appositive(ctx: _Context, sentence: Sentence, p: Mention) -> re.Match[str] | None:
    lo = max(sentence.start, p.start - _APPOSITIVE_SPAN)
    found = None
    for m in _TEAM_WORD.finditer(ctx.text, lo, p.start):
        found = m
    if found is None:
        return None
    between = ctx.text[found.end():p.start]
    if _CLAUSE.search(between) or "（" in between or _TREATED.search(between) or not ends_in_title(between):
        return None
    return found


def _with_unit_place(ctx: _Context, team: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The team's places and, first, a place inside them that names the member's unit (某支援队|大悟|分队,
    某省医疗队|孝感|分队): the unit works there."""
    keys = {m.key for m in team}
    unit = ctx.text[max(0, start - 12):end]
    cut = max(unit.rfind("队", 0, len(unit) - 2), unit.rfind("、"), unit.rfind("的"))
    unit = unit[cut + 1:]
    for n in (4, 3, 2):
        rec = _chinese_record(unit[:n])
        if rec is not None and rec[0] not in keys and keys & _ancestor_keys(rec[0]):
            s = end - len(unit)
            return (Mention("place", unit[:n], s, s + n, rec[0], rec[1], ctx.analysis.doc.id, "visits",
                            (("level", rec[2]),)), *team)
    return team


# the leader of a team named before it: 某某率(领)|中央|赴湖北指导组
_LEADS = re.compile(r"(?:率领|带领|率)[^，。；：“”、率领带]{0,6}$")


def _named_members(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    text = ctx.text
    for h in _HELP.finditer(text, sentence.start, sentence.end):
        if ctx.in_quote(h.start()) or (h.group() == "援" and text[h.start() - 1:h.start()] in ("支", "驰")):
            continue
        found = _place_after(ctx, h.end())
        if found is None:
            continue
        places, pos = found
        team = _TEAM.match(text, pos, sentence.end)
        if team is None:
            continue
        ctx.last_team = (tuple(places), sentence.paragraph)
        lead = _LEADS.search(text, max(sentence.start, h.start() - 12), h.start())
        leader = next((p for p in ctx.persons if lead is not None and p.end == lead.start()), None)
        places = _with_destination(ctx, tuple(places))
        if leader is not None:      # 「某某率中央赴湖北指导组深入一线」: the team's leader went with it
            yield _Event(leader, tuple(places), (h.start(), team.end()), sentence, current=True)
        member = next((p for p in ctx.persons if team.end() <= p.start <= team.end() + _MAX_GAP
                       and p.end <= sentence.end), None)
        if member is None:
            owner = _bracketed_member(ctx, sentence, h.start(), team.end())
            if owner is not None:   # 「滕某（军队支援湖北医疗队医生）：」: the member named before the brackets
                yield _Event(owner, tuple(places), (h.start(), team.end()), sentence, current=True)
            continue
        between = text[team.end():member.start]
        if not (_ROLES.fullmatch(between) or _AS_MEMBER_OF.fullmatch(between)) or _TREATED.search(between):
            continue            # 「…医疗队治愈出院首个重症患者胡某」: a patient, not a member
        if between and not (_AS_MEMBER_OF.fullmatch(between) or between.endswith(("、", "成员", "队员"))
                            or ends_in_title(between)):
            continue            # 「中央赴湖北指导组受习近平总书记委托」: the team acts on someone's behalf
        # a member of a team that is there now (the report's year unless the passage dates it), and those
        # listed with the member (某医疗队王某、仲某夫妇)
        yield _Event(member, tuple(places), (h.start(), team.end()), sentence, current=True)
        for other in (p for p in ctx.persons if member.end < p.start and p.end <= sentence.end):
            if text[member.end:other.start] not in ("、", "和"):
                break
            yield _Event(other, tuple(places), (h.start(), team.end()), sentence, current=True)
            member = other


# the rest of the brackets after the team: the member's role, then the closing bracket
_BRACKET_CLOSE = re.compile(r"[^（）()，。；]{0,10}[）)]")


def _bracketed_member(ctx: _Context, sentence: Sentence, help_start: int, team_end: int) -> Mention | None:
    """The person named right before brackets that hold the team and the person's role in it
    (滕某（军队支援湖北医疗队医生）), the words before the help verb a unit's name at most."""
    text = ctx.text
    opened = max(text.rfind("（", sentence.start, help_start), text.rfind("(", sentence.start, help_start))
    if opened < 0 or help_start - opened > 11 or re.search(r"[，。；：、）)]", text[opened + 1:help_start]):
        return None
    close = _BRACKET_CLOSE.match(text, team_end)
    if close is None or (close.end() - 1 > team_end and not ends_in_title(text[team_end:close.end() - 1])):
        return None
    return next((p for p in ctx.persons if p.end == opened), None)


# an athlete who joins or plays for a club abroad (某某加盟土耳其的某某俱乐部, 某某加盟的斯洛文尼亚某某俱乐部,
# 效力于意大利某某队): the athlete went to that country
_JOINS_CLUB = re.compile(r"(?:加盟|效力于|效力|转会至|转会到|签约)(?:了)?(?:的)?")
_CLUB = re.compile(r"[^，。；：“”（）]{0,14}?(?:俱乐部|球队|女排|男排|女篮|男篮|足球队|排球队|篮球队|队)")


def _club_abroad(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    text = ctx.text
    for m in _JOINS_CLUB.finditer(text, sentence.start, sentence.end):
        if ctx.in_quote(m.start()):
            continue
        groups = _place_groups(ctx.places, m.end(), sentence.end, text)
        if not groups or groups[0][0].start != m.end():
            continue
        chain = groups[0]
        if not all(_is_foreign(p) for p in chain) or not _CLUB.match(text, chain[-1].end, sentence.end):
            continue
        subject = _named(ctx, sentence.start, m.start())
        if not subject:
            continue
        between = text[subject[-1].end:m.start()]
        between = _AIDED.sub("", between, count=1)
        if re.search(r"[，。；：、和与及]", between):
            continue            # the athlete is named right before the verb (名将某某在某某的牵线下，加盟…)
        if re.search(r"将|计划|准备|有望|或|拟|可能|希望|想", between):
            continue            # a planned or hoped-for move
        current = _THIS_SEASON.search(text, sentence.start, sentence.end) is not None
        yield _Event(subject[-1], tuple(_chain_targets(chain)), (m.start(), m.end()), sentence, current=current)


# how a move came about, between the athlete and the verb (在某某的牵线下，)
_AIDED = re.compile(r"在[^，。；：]{1,12}下[，,]")
# the club is the athlete's now
_THIS_SEASON = re.compile(r"本赛季|这个赛季|新赛季|目前|如今|现在|今年")
