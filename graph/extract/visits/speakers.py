"""Speakers at the article's event: 「在开班式上，某国某报副总编辑某某说」.

When the lead reports an event held at a place in China (「某访学班21日在北京开班」), a person told
as speaking at a session of it (在开幕式上, 在论坛上, 在致辞中, a sentence opening 座谈会上， … then 说,
表示, 发言) was there.  Only a person who came from elsewhere went there
(:func:`affiliations.from_elsewhere`: a foreigner, an official of another province, a central
official outside the capital); the host's own people were at home.  A session named with a place of
its own (在上海的论坛上) or a year is another event.

A foreigner introduced with a title who speaks in such a report was there even when no session is
named (:func:`reported_speaker_events`), as was one who speaks in the report of a group's trip the lead
tells (「某访学班的学员们走进某省某市」); so was an official from elsewhere who speaks in the report of a
press conference (国新办在武汉举行新闻发布会。…国家卫生健康委主任某某介绍).  Abroad, a titled person of
a third country who speaks in the report of an event its lead says people attended was there
(:func:`abroad_speaker_events`).

A sentence after the lead that only lists who attended (「甲、乙、丙出席。」「某某出席会议并讲话。」) puts
each who came from elsewhere at the event's place, as do names written bare beside a central official
away from the capital (news names the state's leaders without titles).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ...gazetteer import load_or_none
from ...types import Mention, Sentence
from .affiliations import (CAPITAL, _NATIONAL, _area, _own_titles, _posted_in, appositives, chinese_official,
                           from_elsewhere, international_officer, international_seats, title_areas)
from .arguments import LEAD_CHARS, _chain_targets, _coming, _held_places, _place_groups, dateline_place, \
    lead_event_places
from .contests import lead_paragraph
from .context import _Context, _Event, _home_country, _is_foreign, _named
from .passages import _clause_bounds, paragraph_start

# a session of the event: 在(本届)…开幕式上, 在论坛期间, 在致辞中
_SESSIONS = "开幕式|开班式|闭幕式|论坛|大会|峰会|仪式|典礼|招待会|座谈会|发布会|研讨会|对话会|交流会|推介会|见面会|欢迎会|庆典"
_AT_SESSION = re.compile(r"在(?:本届|此次|这次|该|当天的?|昨天的?)?[^，。；：！？]{0,30}?"
                         r"(?:" + _SESSIONS + r"|开营式|结业式|会议|晚会|致辞|发言|演讲|[^，。；：！？]{2}会|(?<=在)会)"
                         r"(?:上|中|期间)")
# the same opening the sentence without 在 (座谈会上，…): 「座谈会上，某某、某省委书记某某先后发言」
_OPENING_SESSION = re.compile(r"[\s\u3000]*(?:本届|此次|这次|当天的?)?(?:" + _SESSIONS + r")(?:上|中)[，,]")
# what the person does there: a speech
# verbs of speaking, for a speaker at a session (_SPEAKS) and a foreigner in the report (_SPEAKS_NOW)
_SPEECH = r"说|表示|指出|认为|称|强调|介绍|致辞|发言|坦言|感慨|评价"
_SPEAKS = re.compile(r"[^，。；：！？“”]{0,10}?(?:" + _SPEECH + r"|发了言|插话)"
                     r"|就[^，。；：！？“”]{1,40}?(?:发言|发了言|作了发言)")     # (就本地经济形势…发了言)
# between two names of a list: 、, 和, 与, 及 and the second one's titles
_LISTED = re.compile(r"(?:、|和|与|及)[^，。；：！？“”]{0,30}")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_PAST_YEAR = re.compile(r"去年|前年|上届|上一届")
_OTHER_TIME = re.compile(r"[0-9０-９一二三四五六七八九十〇]{2,4}年|去年|前年|上届|上一届|首届")


def _posted_abroad(ctx: _Context, spans: list[tuple[int, int]]) -> bool:
    """Whether the titles at ``spans`` post their holder abroad (中国驻圣保罗总领事): an envoy at work."""
    return any("驻" in ctx.text[lo:hi] for lo, hi in spans)


def _at_seat(ctx: _Context, person: Mention, places: list[Mention]) -> bool:
    """Whether ``places`` hold the seat of an international body the titles of ``person`` name."""
    return bool({p.key for p in places} & international_seats(ctx, person))


def _titled_speaker(ctx: _Context, sentence: Sentence, person: Mention,
                    says: re.Pattern[str]) -> list[tuple[int, int]]:
    """The titles of ``person`` when ``sentence`` tells them speaking in person (``says`` right after the
    name, outside quotations); none for a person with no title, an envoy posted abroad, or words sent
    from afar (视频, 贺信 before the verb)."""
    said = says.match(ctx.text, person.end)
    if ctx.in_quote(person.start) or said is None:
        return []
    spans = appositives(ctx, person)
    if not spans or _posted_abroad(ctx, spans) or _FROM_AFAR.search(ctx.text, sentence.start, said.end()):
        return []
    return spans


def event_speaker_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    text = ctx.text
    opening = _OPENING_SESSION.match(text, sentence.start, sentence.end)
    sessions = [m for m in [*([opening] if opening else []), *_AT_SESSION.finditer(text, sentence.start, sentence.end)]
                if not ctx.in_quote(m.start()) and not _OTHER_TIME.search(m.group())
                and not any(m.start() < p.start < m.end() for p in ctx.places)]
    if not sessions:
        return
    places = _held_this_year(ctx, sessions[0].start())
    abroad = bool(places) and all(_is_foreign(p) for p in places)
    if not places or not abroad and not all(p.key.startswith("cn:") for p in places):
        return
    named = _named(ctx, sentence.start, sentence.end)
    # speaking right after the name, or after the session written right after it (某某11日在某会上强调)
    speaking = [bool(_SPEAKS.match(text, p.end)) or any(
        p.end <= m.start() <= p.end + 6 and not re.search("[，。；]", text[p.end:m.start()]) and _SPEAKS.match(text, m.end())
        for m in sessions) for p in named]
    for k in range(len(named) - 2, -1, -1):
        # 「甲、乙在开班仪式上发言」: a name listed before a speaker's (their titles between) speaks too
        if not speaking[k] and speaking[k + 1] and _LISTED.fullmatch(text, named[k].end, named[k + 1].start):
            speaking[k] = True
    for person, speaks in zip(named, speaking):
        if ctx.in_quote(person.start) or not speaks:
            continue
        # the session in the person's clause or opening the sentence before it
        if not any(m.end() <= person.start and not re.search("[。；]", text[m.end():person.start])
                   or person.end <= m.start() and not re.search("[，。；]", text[person.end:m.start()])
                   for m in sessions):
            continue
        if abroad:
            # at a session abroad: a Chinese official, or a foreigner (one at home is dropped later as
            # for any visit), but no envoy posted abroad (中国驻圣保罗总领事: at work in the region)
            if _posted_abroad(ctx, appositives(ctx, person)) or not (
                    chinese_official(ctx, person) or ctx.person_countries.get(person.key, "geo:CN") != "geo:CN"
                    or international_officer(ctx, person)):      # (联合国秘书长某某在会上表示)
                continue
            if international_officer(ctx, person) and _at_seat(ctx, person, places):
                continue          # 「联合国教科文组织总干事某某在仪式上致辞」 in 巴黎: at work, at the body's seat
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)
        elif from_elsewhere(ctx, person, places[-1]):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


def _held_now(ctx: _Context, before: int) -> list[Mention]:
    """The places in China of the event the lead reports as held (before ``before``) in the year of
    the report; none for an event abroad or one the lead recalls (「2014年11月，首届某大会在某地举行」)."""
    places = _held_this_year(ctx, before)
    return places if all(p.key.startswith("cn:") for p in places) else []


# a group the lead tells on a trip to a place: 「某访学班的学员们走进某省某市」「学员们甫抵青岛」
_TOURING = re.compile(r"(?:学员|记者|媒体人|媒体朋友|嘉宾|外宾|使节|专家|学者|青年|营员|留学生|友人|团员)们?(?:一行)?"
                      r"[^，。；：！？“”]{0,6}?(?:走进|来到|抵达|甫抵|到达|走访|探访|参观|前往|赴)$")


def _toured_now(ctx: _Context) -> list[Mention]:
    """The places in China of the trip of a group (学员们, 外宾, 记者们) the lead (the first two body
    paragraphs) tells this year: 「…访学班部分学员走进某省某市某县。」"""
    if ctx.tour is None:
        ctx.tour = _lead_tour(ctx)          # once per document
    return ctx.tour


def _lead_tour(ctx: _Context) -> list[Mention]:
    para = lead_paragraph(ctx)
    if para is None:
        return []
    for sentence in ctx.analysis.sentences:
        if sentence.paragraph < para or sentence.start >= LEAD_CHARS:
            continue
        if sentence.paragraph > para + 1:
            break
        if _another_year(ctx, sentence):
            continue
        for m in ctx.places:
            if not sentence.start <= m.start < sentence.end or ctx.in_quote(m.start):
                continue
            cs, _ = _clause_bounds(ctx.text, sentence, m.start)
            if _TOURING.search(ctx.text, cs, m.start):
                chain = _place_groups(ctx.places, m.start, sentence.end, ctx.text)[0]
                places = [p for p in _chain_targets(chain) if p.key != "geo:CN"]
                if places and all(p.key.startswith("cn:") for p in places):
                    return places
    return []


def _held_this_year(ctx: _Context, before: int) -> list[Mention]:
    """The places of the event the lead reports as held (before ``before``) in the year of the report,
    in China or abroad."""
    places = lead_event_places(ctx, before)
    if not places:
        return []
    if _another_year(ctx, ctx.analysis.sentence_at(places[0].start)):
        return []
    return places


def _another_year(ctx: _Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` writes a year before the report's, or 去年/上届 (a recalled occasion); a later
    year names a goal, not an occasion (以“落实2030年可持续发展议程”为主题的论坛)."""
    year = ctx.analysis.doc.date.year if ctx.analysis.doc.date else None
    return any(year is None or int(y) < year for y in _YEAR.findall(ctx.text, sentence.start, sentence.end)) \
        or _PAST_YEAR.search(ctx.text, sentence.start, sentence.end) is not None


# a sentence that only lists who attended: 「某某、某某、某某出席。」「某副主席某某出席会议并讲话。」
_ATTENDED = re.compile(r"(?:等[0-9一二三四五六七八九十百千余多]+(?:名|位)[^，。；：！？“”]{0,8}?|等|分别|也|还)?(?:应邀)?"
                       r"(?:率团|率代表团)?(?:出席|参加)(?:会议|活动|开幕式|座谈会|仪式|典礼|大会|论坛|"
                       r"[^，。；：！？“”]{0,10}(?:仪式|会议|大会|开幕式))?(?:并(?:讲话|致辞|发言|作报告))?。")
_ATTENDED_LIST = re.compile(r"[^。；：！？“”在于]*")


def attendee_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A sentence after the lead that only names those who attended its event (「甲、乙、丙出席。」):
    each who came from elsewhere (:func:`affiliations.from_elsewhere`) was at the event's place."""
    text = ctx.text
    named = _named(ctx, sentence.start, sentence.end)
    if not named or ctx.in_quote(named[0].start):
        return
    body = text[sentence.start:sentence.end].rstrip()
    end = sentence.start + len(body)
    attended = _ATTENDED.search(text, named[-1].end, end)
    if attended is None or attended.end() != end or not _ATTENDED_LIST.fullmatch(text, sentence.start, attended.start()):
        return
    places = _held_this_year(ctx, sentence.start)
    if places and all(_is_foreign(p) for p in places):
        # 「某外长会在老挝万象举行。…柬埔寨副首相兼外交大臣某某、泰国外长某某出席。」: those of another
        # country than the event's (China's officials too), not envoys, came
        country = _home_country(places[-1])
        for person in named:
            nation = ctx.person_countries.get(person.key) or ("geo:CN" if chinese_official(ctx, person) else "")
            posted = _posted_in(ctx, person, country) or _posted_abroad(ctx, appositives(ctx, person))
            if nation and nation != country and not posted:     # (中国驻圣保罗总领事: an envoy at his post)
                yield _Event(person, tuple(places), (attended.start(), attended.end()), sentence, current=True)
        return
    if not places or not all(p.key.startswith("cn:") for p in places):
        return
    place = places[-1]
    # 「赵某、周某、张某出席。」 with no titles anywhere: officials of the central state, whom news names
    # bare, came with the central official the lead reports there (not to an event in the capital)
    central_lead = not _in_capital(place) and any(
        chinese_official(ctx, q) and from_elsewhere(ctx, q, place) for q in ctx.persons if q.end <= sentence.start)
    for person in named:
        bare = central_lead and not appositives(ctx, person) and not ctx.person_countries.get(person.key) \
            and (person.start == sentence.start or ctx.text[person.start - 1] in "、，,和")
        if bare or from_elsewhere(ctx, person, place):
            yield _Event(person, tuple(places), (attended.start(), attended.end()), sentence, current=True)


def _in_capital(place: Mention) -> bool:
    gaz = load_or_none()
    return gaz is None or _area(gaz, place.key) == CAPITAL


# a report put together from several places (综合本报驻外记者报道): its voices were not at the event
_COMPILED = re.compile(r"综合|驻外记者|连线|视频")
# a roundup of reactions (国际社会高度评价…, …引起热烈反响): its voices were at the event only when
# the article says some were (与会嘉宾认为)
_REACTIONS = re.compile(r"反响|评价|盛赞|热议|点赞")
_ATTENDING = re.compile(r"与会|参会|出席")
# speaking, right after the name, or after what the words are about (对某某表示肯定, 对此积极回应)
# (在参观采访后表示, 在接受采访时说; not 在回国后, 在视频连线中: said from elsewhere)
_SPEAKS_NOW = re.compile(r"(?:在(?![^，。；：！？“”]{0,16}?(?:回国|回到|返回|视频|电话|连线|线上|网上|声明))"
                         r"[^，。；：！？“”]{1,16}?(?:后|时|中|期间))?"
                         r"(?:(?:对[^，。；：！？“”]{1,20}?)?(?:表示|给予|高度评价|盛赞|称赞|赞扬|回应)|"
                         + _SPEECH + r"|赞叹|感叹|赞道|告诉记者)")


# a press conference held where the lead says (国新办在武汉举行新闻发布会), not by video
_BRIEFING = re.compile(r"(?:新闻|记者)?发布会|记者会|吹风会")
_REMOTE_BRIEFING = re.compile(r"视频|电话|网络|线上|连线")


# a message sent to the event, not a speech there
_FROM_AFAR = re.compile(r"视频|连线|电视电话|贺信|致信|书面")


def reported_speaker_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A foreigner introduced with a title who speaks in a report on an event the lead tells as held in
    China this year (「某论坛在北京开幕。…越南国防部长某某表示，…」) was at the event, though no session
    is named.  Not in a report put together from abroad (综合本报驻外记者报道) or a roundup of
    reactions that names no attendee, nor for a foreigner whose titles name a place or body in China
    (北京某大学外籍教授: at home).  A Chinese official from elsewhere (a central official outside the
    capital, another province's) only when the lead's event is a press conference held there: in
    reports of other events they speak from afar as often (a congratulatory letter, a video link)."""
    text = ctx.text
    speakers = [p for p in _named(ctx, sentence.start, sentence.end)
                if not ctx.in_quote(p.start) and _SPEAKS_NOW.match(text, p.end)]
    if not speakers:
        return
    places = _held_now(ctx, sentence.start) or _toured_now(ctx)
    if not places:
        return
    lead = ctx.analysis.sentence_at(places[0].start)
    head = text[:lead.end]
    if _COMPILED.search(head) or _REACTIONS.search(head) and not _ATTENDING.search(text):
        return
    # the lead's event is a press conference: those who speak in the report present it
    briefing = _BRIEFING.search(text, lead.start, lead.end) is not None and not _REMOTE_BRIEFING.search(text, lead.start, lead.end)
    for person in speakers:
        spans = appositives(ctx, person)
        if ctx.person_countries.get(person.key, "geo:CN") != "geo:CN":
            if any(area.startswith("cn:") for lo, hi in spans for _, area in title_areas(ctx, lo, hi)):
                continue          # (北京某大学外籍教授: at home)
        elif not briefing and not international_officer(ctx, person):
            continue              # a Chinese official speaks from afar as often as at the event (an
                                  # international body's officer came: 联合国儿童基金会副执行主任某某表示)
        if _FROM_AFAR.search(text, sentence.start, _SPEAKS_NOW.match(text, person.end).end()):
            continue              # 「某某通过视频向座谈会的召开表示祝贺，某某表示」 (not 「某某认为，某某在贺信中…」)
        if not spans:
            continue
        if from_elsewhere(ctx, person, places[-1]):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


# a body named in a person's titles: 中国某研究会(常务理事), 某省某厅(副厅长)
_BODY = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:研究会|协会|学会|联合会|委员会|代表团|厅|局|部|委|院|所|中心|办公室|大学|学院|集团|公司|银行)")
# the lead says a body holds or brings the event: 由某厅主办, 某研究会…举行, 邀请某协会专家
_ORGANISES = re.compile(r"主办|举办|举行|承办|邀请|组织|率团|率领")
_ORGANISER_PARAGRAPHS = 6


def _speakers_abroad(ctx: _Context, sentence: Sentence, keep: Callable[[Mention], bool] = lambda p: True
                     ) -> tuple[list[Mention], list[Mention], Sentence] | None:
    """The persons ``sentence`` names as speaking now (and ``keep``), the places abroad of the event the
    lead reports as held this year, and the lead's sentence that names them; None without either."""
    speakers = [p for p in _named(ctx, sentence.start, sentence.end)
                if not ctx.in_quote(p.start) and _SPEAKS_NOW.match(ctx.text, p.end) and keep(p)]
    places = _held_this_year(ctx, sentence.start) if speakers else []
    if not places or not all(_is_foreign(p) for p in places):
        return None
    return speakers, places, ctx.analysis.sentence_at(places[0].start)


def organiser_speaker_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """One who speaks in a report on an event the lead tells as held abroad this year, whose titles name a
    body the lead says holds the event or was invited to it (「…推介会29日晚在吉隆坡举行。此次推介会由
    某省某厅主办。…某省某厅副厅长某某表示」, 「某代表团与中国某研究会在纽约举行吹风会…中国某研究会常务理事
    某某介绍」), was at the event: the body's own people present it.  Not an envoy posted there, nor
    words sent from afar."""
    text = ctx.text
    found = _speakers_abroad(ctx, sentence)
    if found is None:
        return
    speakers, places, lead = found
    if sentence.paragraph > lead.paragraph + _ORGANISER_PARAGRAPHS or _COMPILED.search(text, 0, lead.end):
        return
    # the lead's paragraph and the next one: where the organisers are named
    told = [s for s in ctx.analysis.sentences if lead.paragraph <= s.paragraph <= lead.paragraph + 1 and s.end <= sentence.start]
    if not told or not _ORGANISES.search(text, told[0].start, told[-1].end):
        return
    lead_text = text[told[0].start:told[-1].end]
    for person in speakers:
        spans = _titled_speaker(ctx, sentence, person, _SPEAKS_NOW)
        if not spans:
            continue
        bodies = {m.group() for lo, hi in spans for k in range(lo, hi)
                  for m in [_BODY.match(text, k, hi)] if m is not None and len(m.group()) >= 4}
        if any(_organises(lead_text, body) for body in bodies):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


def _organises(lead: str, body: str) -> bool:
    """Whether ``lead`` names ``body`` in a clause that says it holds the event or was invited to it."""
    for m in re.finditer(re.escape(body), lead):
        lo = max([lead.rfind(c, 0, m.start()) for c in "，。；：！？"]) + 1
        ends = [k for k in (lead.find(c, m.end()) for c in "，。；：！？") if k >= 0]
        if _ORGANISES.search(lead, lo, min(ends) if ends else len(lead)):
            return True
    return False


# the lead tells that people came to the event abroad: 出席, 与会, 参会 (not 参加: a firm 参加 a fair)
_ATTENDED_ABROAD = re.compile(r"出席|与会|参会")


# words given to the paper's reporter, who may have asked anywhere in the region
_TO_THE_REPORTER = re.compile(r"(?:对|向|接受)[^，。；：！？“”]{0,6}记者|告诉[^，。；：！？“”]{0,6}记者")


def abroad_speaker_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A titled person of a third country (neither the host's nor posted there) who speaks in a report
    on an event the lead tells as held abroad this year, a lead that says who attended it
    (「某特别外长会在老挝万象举行。…东盟各国外长出席。…泰国外长某某说」), was at the event.  Not in a
    report put together from several places or a roundup of reactions, not for words given to the
    paper's reporter (对本报记者表示) or in a statement (在一份声明中表示)."""
    text = ctx.text
    found = _speakers_abroad(ctx, sentence, lambda p: bool(ctx.person_countries.get(p.key))
                             and not _TO_THE_REPORTER.match(text, p.end))
    if found is None:
        return
    speakers, places, lead = found
    para_end = max(s.end for s in ctx.analysis.sentences if s.paragraph == lead.paragraph)
    head = text[:lead.end]
    if _COMPILED.search(head) or _REACTIONS.search(head) or not _ATTENDED_ABROAD.search(text, lead.start, para_end):
        return
    host = _home_country(places[-1])
    for person in speakers:
        nation = ctx.person_countries.get(person.key)
        spans = appositives(ctx, person)
        if not spans or nation == host or _posted_in(ctx, person, host) \
                or _posted_abroad(ctx, spans):
            continue
        yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


def briefing_abroad_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """「本报印度金奈…电 …两国领导人在印度金奈举行第二次非正式会晤。会晤结束后，外交部副部长某某向媒体介绍了
    会晤情况」: an officer of China's central state who speaks in the lead's paragraph of a report filed from
    the place abroad where the lead's event is held this year was there, with the delegation; not an
    envoy posted there, nor words sent from afar."""
    text = ctx.text
    lead = lead_paragraph(ctx)
    place = dateline_place(ctx)
    if lead is None or sentence.paragraph != lead or place is None or not _is_foreign(place):
        return
    places = _held_this_year(ctx, sentence.start)
    if not places or not all(_is_foreign(p) for p in places) or place.key not in {p.key for p in places}:
        return
    for person in _named(ctx, sentence.start, sentence.end):
        spans = _titled_speaker(ctx, sentence, person, _SPEAKS)
        if any(_NATIONAL.search(text, _own_titles(ctx, lo, hi), hi) for lo, hi in spans):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


def paragraph_event_speaker_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A paragraph after the lead that opens on an event held abroad (「欧洲议会日前在法国某城举行全会，其间
    就某议题进行辩论。」): a person of another country or an international body who speaks in the
    paragraph's later sentences (「某委员会负责某事务的委员某某表示」) was at it; not the host's own people,
    an envoy posted there, an officer at the body's seat, nor words to a reporter or sent from afar."""
    text = ctx.text
    lead = lead_paragraph(ctx)
    if lead is None or sentence.paragraph <= lead:
        return
    opening = ctx.analysis.sentence_at(paragraph_start(ctx.analysis, sentence))
    if opening.index == sentence.index:
        return
    held = [places for places, at, _ in _held_places(ctx, opening.start, opening.end) if not _coming(text, at)]
    if len(held) != 1 or not held[0] or not all(_is_foreign(p) for p in held[0]) or _another_year(ctx, opening):
        return
    places = held[0]
    host = _home_country(places[-1])
    for person in _named(ctx, sentence.start, sentence.end):
        if not _titled_speaker(ctx, sentence, person, _SPEAKS_NOW) or _TO_THE_REPORTER.match(text, person.end) \
                or _posted_in(ctx, person, host):
            continue
        nation = ctx.person_countries.get(person.key)
        if nation and nation != host and nation != "geo:CN" or international_officer(ctx, person) \
                and not _at_seat(ctx, person, places):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)


# being at the event as a witness: 观礼, 在观礼台上, 现场聆听/观看/见证, 受邀参加 (not 视频 or 电视 watching)
_WITNESSED = re.compile(r"观礼|现场(?:聆听|观看|见证)|(?:受邀|应邀)(?:参加|出席)|"
                        r"参加了?(?!过)[^，。；：！？“”]{0,8}?(?:庆典|游行|阅兵|庆祝大会|招待会|开幕式|闭幕式)")
# watching from afar: a screen, a broadcast
_REMOTE_WATCH = re.compile(r"视频|电视|直播|屏幕|网上|线上")


# being at the event told by the witness in their own words (“我在现场…”，某某说; 某某说，在观礼台上，目睹…):
# 在现场, 现场聆听, 亲眼见证/目睹, 身在, 在观礼台上, 站在…城楼
_WITNESSED_SPOKEN = re.compile(r"在现场|现场(?:聆听|观看|见证)|亲眼(?:见证|目睹|看到)|身在|观礼|站在[^，。；！？“”]{0,6}?城楼")
_SAYS = re.compile(r"[^，。；：！？“”]{0,4}?(?:" + _SPEECH + r")[:：，,]?")


def _spoken_witness(ctx: _Context, sentence: Sentence, person: Mention) -> bool:
    """The person tells in their own words being at the event: a cue inside a quotation they are the
    speaker of, or in the words after their verb of saying in the same sentence."""
    text = ctx.text
    said = _SAYS.match(text, person.end)
    for m in _WITNESSED_SPOKEN.finditer(text, sentence.start, sentence.end):
        if ctx.in_quote(m.start()):
            speaker = ctx.quote_speaker(m.start())
            if speaker is not None and speaker.key == person.key and not _REMOTE_WATCH.search(
                    text, *ctx.quote_at(m.start())):
                return True
        elif said is not None and m.start() >= said.end():
            return True
    return False


def witness_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """A person told as witnessing the event the lead reports as held in China this year, in the clause
    that names them (「香港导演某某参加观礼」「某某现场聆听了讲话」「受邀参加庆祝大会，某公司董事长某某感触很深」),
    was at its place when they came from elsewhere (:func:`affiliations.from_elsewhere`)."""
    text = ctx.text
    cues = [m for m in _WITNESSED.finditer(text, sentence.start, sentence.end)
            if not ctx.in_quote(m.start()) and not _OTHER_TIME.search(m.group())]
    spoken = _WITNESSED_SPOKEN.search(text, sentence.start, sentence.end) is not None
    if not (cues or spoken) or (cues and _REMOTE_WATCH.search(text, sentence.start, sentence.end)):
        return
    places = _held_now(ctx, sentence.start)
    if not places:
        return
    opening = _clause_bounds(text, sentence, sentence.start)[1]
    for person in _named(ctx, sentence.start, sentence.end):
        if ctx.in_quote(person.start):
            continue
        lo, hi = _clause_bounds(text, sentence, person.start)
        # the cue in the person's clause, or in the sentence's opening clause right before it
        # (「受邀参加庆祝大会，某公司董事长某某感触很深」), or in the person's own words
        if (any(lo <= m.start() < hi or (m.start() < opening and lo == opening + 1) for m in cues)
                or (spoken and _spoken_witness(ctx, sentence, person))) \
                and from_elsewhere(ctx, person, places[-1]):
            yield _Event(person, tuple(places), (person.start, person.end), sentence, current=True)
