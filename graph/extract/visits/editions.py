"""Events of the venue table a person won, took part in or spoke at, named by their edition: the person
was at the event's venue, in that edition's year when the name tells it (``venues``: 伦敦奥运会 →
伦敦, 2012; 首届进博会 → 上海, 2018).

* a title of the games before the name: 「平昌冬奥会冠军、韩国选手某某」「伦敦奥运会旗手某某」;
* a verb of winning or taking part before the games' name, its subject the person (「某某曾夺得2010年
  温哥华冬奥会冠军」「她参加过汉城奥运会」), or the person after 的 when the clause describes them
  (「曾夺得伦敦奥运会个人花剑冠军的某某」);
* the persons named right before 「在<the event>…上/期间」 (「某某主席在首届某博览会开幕式上宣布」), of any
  event of the table, a fair held at one place as well as moving games;
* a clause that is only the games' frame (「在雅典奥运会上，」「2010年温哥华冬奥会，」) and a result in the
  clauses after it (「某某获得…金牌，某某摘得…」).

Not a result negated, hoped for or prepared for (未能, 有望, 备战), nor a quotation; an edition
still to come has no venue (``venues``).
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Mention, Sentence
from ..persons import lexicon as person_lexicon
from .context import _Context, _Event, _named, _references, _tokens_between
from .contests import _COMPETES, _subject_before
from .passages import _clause_bounds, paragraph_start
from .speakers import _FROM_AFAR
from .venues import Venue, table, venue_at, venue_places

# a title of the games written before a person's name (with other titles of theirs after 、)
_TITLE = re.compile(r"[^，。；：、“”的]{0,12}?(?:冠军|亚军|季军|金牌得主|银牌得主|铜牌得主|奖牌得主|旗手)"
                    r"(?:、[^，。；：、“”的]{0,12})?")
# a verb of winning or taking part (出席, 亲历) before the event's name
_TOOK_PART = re.compile(r"(?:获得|夺得|摘得|赢得|收获|斩获|勇夺|摘取|参加|出席|亲历|参展|出战|征战|亮相|站上|登上)(?:了|过)?"
                        r"(?:[^，。；：“”]{0,6}?)$")
# a result described of the person named after 的: 「夺得伦敦奥运会(和…世锦赛)个人花剑冠军的某某」
_DESCRIBED = re.compile(r"(?:(?:和|、|及|与)[^，。；：“”]{2,16}?)?[^，。；：“”]{0,16}?(?:冠军|亚军|季军|金牌|银牌|铜牌|奖牌|名)的")
# a clause that is only the games' frame: 「在当天举行的|洛杉矶奥运会|男子手枪慢射比赛中，」「10月20日的|军运会|
# 军事五项赛场上，」
_FRAME_OPEN = re.compile(r"在?(?:[^，。；：“”]{0,10}?(?:举行|进行)的|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日的|当天的)?")
_FRAME_REST = re.compile(r"[^，。；：“”]{0,12}?(?:上|中|期间|里)?")
# a result: a contest's (夺冠, 获得…金牌) or a place in the ranking (获得第四名)
_RESULT = re.compile(_COMPETES.pattern + r"|(?:获得|取得|收获|名列|位列)[^，。；！？]{0,12}?(?:第[0-9一二三四五六七八九十]+名|奖牌)")
# what follows the event's name in 「在<event>…上」: its part (开幕式, 主旨演讲) and 上/期间/中
_AT_EVENT = re.compile(r"[^，。；：“”]{0,10}?(?:上|期间|中|时|之际)")
# a message to the event from afar, or watching it from afar
_FROM_AFAR_TO_EVENT = re.compile(_FROM_AFAR.pattern + r"|贺电|电视|直播|观看")
# what may stand between the subject and 在: titles, a time (主席, 日前)
_SUBJECT_GAP = 6
# how long the titles between 的 and the person described may be (的意大利选手某某)
_TITLES_GAP = 10
# a habit over editions: 连续两年, 每年, 多次
_HABIT = re.compile(r"连续[^，。；：]{0,3}年|每年|年年|历届|多次|每届")
_ANOTHER_OCCASION = re.compile(r"(?:19|20)\d\d年")
_NOT_DONE = re.compile(r"未能|没能|未|没有|无缘|有望|备战|冲击|争取|希望|力争|将(?![军领士])|计划|准备|资格|门票|入场券")


def _named_events(ctx: _Context, sentence: Sentence) -> Iterator[Venue]:
    text = ctx.text
    date = ctx.analysis.doc.date
    pos = sentence.start
    while pos < sentence.end:
        v = venue_at(text, pos, sentence.end, date)
        if v is None:
            return
        pos = v.end
        if not ctx.in_quote(v.start):
            yield v


def _subject_of(ctx: _Context, person: Mention, verb: int) -> bool:
    """Whether ``person`` is the subject of the verb at ``verb``: only titles, adverbs, times and counts
    between them (某某主席连续两年出席, 某某曾…参加), or a role after 作为 (他作为企业代表参加了…); not
    another subject (某某介绍了台湾企业参加…)."""
    words = _tokens_between(ctx, person.end, verb)
    if words and words[0].word in ("作为", "以"):
        return True
    titles = person_lexicon().titles
    return all(t.flag[:1] in "dpmqtcu" or t.word in titles or t.word in ("连续", "专程") for t in words)


def _list_ending(ctx: _Context, persons: list[Mention]) -> list[Mention]:
    """The last person of ``persons`` and those listed right before it (甲、乙和丙)."""
    out = persons[-1:]
    for p in reversed(persons[:-1]):
        if ctx.text[p.end:out[0].start] not in ("、", "和", "与"):
            break
        out.insert(0, p)
    return out


def _subjects(ctx: _Context, sentence: Sentence, cs: int, verb: int) -> list[Mention]:
    """The persons the clause at ``cs`` names before its verb; for a clause that opens on 他/她 the text
    does not link, the last person named before it in the paragraph (「刘某…。2010年某某冬奥会，她获得…」)."""
    found = _references(ctx, cs, verb)
    if found or not re.match(r"[他她]", ctx.text[cs:verb]):
        return found
    before = _named(ctx, paragraph_start(ctx.analysis, sentence), cs)
    return before[-1:]


def edition_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    text = ctx.text
    joined: tuple[int, list[Mention], tuple[int, int]] | None = None   # the last games' end, persons, verb
    for v in _named_events(ctx, sentence):
        places = tuple(venue_places(v, text, ctx.analysis.doc.id))
        if not places:
            continue
        if joined is not None and text[joined[0]:v.start] in ("和", "、", "及", "与"):
            # 「夺得2010年某某冬奥会和2014年某某冬奥会冠军」: the games joined to the last share its persons
            for person in joined[1]:
                yield _Event(person, places, joined[2], sentence)
            joined = (v.end, joined[1], joined[2])
            continue
        joined = None
        persons, span = _took_part(ctx, sentence, v)
        if not persons:
            persons, span = _attended_at(ctx, sentence, v)
        for person in persons:
            yield _Event(person, places, span, sentence)
        if persons:
            joined = (v.end, persons, span)
            continue
        cs, ce = _clause_bounds(text, sentence, v.start)
        rest = _FRAME_REST.fullmatch(text, v.end, ce)
        if v.moving and _FRAME_OPEN.fullmatch(text, cs, v.start) and rest is not None:
            yield from _framed_results(ctx, sentence, ce, places)


def _took_part(ctx: _Context, sentence: Sentence, v: Venue) -> tuple[list[Mention], tuple[int, int]]:
    """The persons a title (…冠军某某) or a verb (某某夺得…, 夺得…冠军的某某) says won or entered the games
    named at ``v``, and the span of the words that say so."""
    text = ctx.text
    cs, ce = _clause_bounds(text, sentence, v.start)
    title = _TITLE.match(text, v.end, sentence.end) if v.moving else None
    if title is not None:
        after = _named(ctx, title.end(), min(len(text), title.end() + 24))
        if after and after[0].start == title.end():
            return after[:1], (v.start, v.end)
    verb = _TOOK_PART.search(text, cs, v.start)
    if verb is None or _NOT_DONE.search(text, cs, v.start) or (v.year is None and _HABIT.search(text, cs, v.start)):
        return [], (v.start, v.end)   # (「连续两年出席某博览会」: editions the text does not date)
    described = _DESCRIBED.match(text, v.end, ce)
    if described is not None:
        # the person right after 的, or after titles of theirs (的意大利选手某某)
        after = _named(ctx, described.end(), min(len(text), described.end() + 24))
        titled = after and after[0].start - described.end() <= _TITLES_GAP \
            and not re.search(r"[，。；：、“”]", text[described.end():after[0].start])
        return (after[:1] if titled else []), verb.span()
    subjects = _subjects(ctx, sentence, cs, verb.start())
    if subjects and not _subject_of(ctx, subjects[-1], verb.start()):
        return [], verb.span()
    if not subjects and not text[cs:verb.start()].strip("曾也还又并先后均都，, "):
        subjects = _subject_before(ctx, sentence, cs)
    return _list_ending(ctx, subjects), verb.span()


def _attended_at(ctx: _Context, sentence: Sentence, v: Venue) -> tuple[list[Mention], tuple[int, int]]:
    """The persons named right before 「在<the event>…上/期间」 (某某主席在首届某博览会开幕式上宣布): they
    were there; not one who speaks to it from afar (视频, 贺信) or will be there (将)."""
    text = ctx.text
    cs, ce = _clause_bounds(text, sentence, v.start)
    at = v.start - 1
    if text[at:v.start] != "在" or not _AT_EVENT.match(text, v.end, ce) or _FROM_AFAR_TO_EVENT.search(text, cs, ce) \
            or _NOT_DONE.search(text, cs, at):
        return [], (v.start, v.end)
    subjects = _references(ctx, cs, at)
    if not subjects or at - subjects[-1].end > _SUBJECT_GAP or not _subject_of(ctx, subjects[-1], at):
        return [], (v.start, v.end)
    return _list_ending(ctx, subjects), (at, v.end)


def _framed_results(ctx: _Context, sentence: Sentence, frame_end: int,
                    places: tuple[Mention, ...]) -> Iterator[_Event]:
    """The subjects of the results told in the clauses after a games' frame (在雅典奥运会上，甲获得…，
    乙摘得…), up to the sentence's end or a clause that names another occasion (a year, other games)."""
    text = ctx.text
    pos = frame_end + 1
    while pos < sentence.end:
        cs, ce = _clause_bounds(text, sentence, pos)
        if _ANOTHER_OCCASION.search(text, cs, ce) or table().name_re.search(text, cs, ce):
            return                # 「…，2018年某某冬奥会，她…」: the next frame
        verb = _RESULT.search(text, cs, ce)
        if verb is not None and not _NOT_DONE.search(text, cs, verb.start()):
            for person in _list_ending(ctx, _subjects(ctx, sentence, cs, verb.start())):
                yield _Event(person, places, verb.span(), sentence)
        pos = ce + 1
