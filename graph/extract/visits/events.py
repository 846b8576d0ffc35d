"""Triggers → visit events: blocking (plans, negations, video links), non-actors, protagonist frames."""
from __future__ import annotations

import datetime as dt
import re
from typing import Generator, Iterator

from ...types import Mention, Sentence, TimeExpr
from ..persons import ends_in_title, lexicon as person_lexicon
from .arguments import (EVENT_VERBS, PAST_DATE, SPEECHES, TRIP_WORDS, _chain_targets, _foreign_frames, _place_groups,
                        _trigger_places, dateline_place, lead_event_at_home)
from .context import DELEGATIONS, _Context, _Event, _NON_PERSON_HEADS, _home_country, _is_foreign, _named, _references, _tokens_between
from .dates import _times
from .passages import _clause_bounds
from .guests import guest_events
from .teams import team_events
from .affiliations import _TITLE_AFTER, affiliation_events, at_home, chinese_official, from_elsewhere
from .contests import contest_events
from .datelined import headline_tour_events
from .editions import edition_events
from .frames import author_frame_events, frame_subject_events
from .held import held_event_events
from .speakers import (abroad_speaker_events, attendee_events, briefing_abroad_events, event_speaker_events,
                       organiser_speaker_events, paragraph_event_speaker_events, reported_speaker_events,
                       witness_events)
from .squads import squad_contest_events, squad_events
from .triggers import block_word_in, negates
from .visitor import _only_titles, _reported_speaker, _visitor, elided_in_quote


# after 将, characters that make it no future (将近, 将军, 将士, 将其 …)
_NOT_WILL_AFTER = "近军士领其这此之该是"
_PLAN_RE = re.compile(r"即将(?!到来|来临)|(?<!即)将(?![" + _NOT_WILL_AFTER + r"])|拟于|明年|下个?月|下周|近期")

_RETURN_RE = re.compile(r"结束|回国|启程|返回|返京|离开")

_SINGLE_BLOCK_REACH = 4


def _blocked(ctx: _Context, clause_start: int, trig_start: int, sentence: Sentence, word: str) -> bool:
    """Plans, wishes, hypotheses, negations, remote contact and return trips are not visits."""
    text = ctx.text
    head = re.sub(r"应邀|应[^，。；]{1,20}?邀请", "", text[clause_start:trig_start])
    if _under_way(ctx, clause_start, trig_start):
        head = _WILL.sub("", head)
    for w in ctx.lex.words("block"):
        pos = head.rfind(w)
        if pos < 0:
            continue
        if len(w) == 1 and len(head) - pos > _SINGLE_BLOCK_REACH:
            continue          # a one-character block word only right before the verb (将赴, 未到, 不来)
        if w == "不" and not negates(head, pos):
            continue
        if w == "将" and head[pos + 1:pos + 2] in _NOT_WILL_AFTER:
            continue              # 将近, 张某将军, 将士: no future
        return True
    lead = text[sentence.start:trig_start]
    titles = [(t.start(), t.end()) for t in person_lexicon().title_re.finditer(lead)]
    if any(not any(a <= p.start() < b for a, b in titles) for p in _PLAN_RE.finditer(lead)) \
            and not _under_way(ctx, sentence.start, trig_start):
        return True               # (小将, 老将: part of a title, no future)
    if _PREPARED.search(text, trig_start, sentence.end):
        return True               # 「…的国事访问意义重大，…为访问做好各方面准备」: a visit still prepared for
    eve = _ON_THE_EVE.match(text, trig_start, sentence.end)
    if eve is not None and not _TRIP_OVER.search(eve.group()):
        return True               # 「在对尼泊尔进行国事访问前夕」: the trip has not begun (but 结束访问回国前夕)
    about = text.rfind("就", sentence.start, trig_start)
    if about >= 0 and _BRIEFED.search(text, trig_start, sentence.end) and not re.search("[，。；]", text[about:trig_start]) \
            and text[about + 1:about + 2] not in ("是", "在", "要", "会", "能", "已", "将", "地", "像", "此"):
        return True               # 「外交部28日就某某出席…并对某国进行正式访问举行吹风会」: the trip is a briefing's topic
    for w in ctx.lex.words("medium"):
        for m in re.finditer(re.escape(w), text[sentence.start:sentence.end]):
            pos = sentence.start + m.start()
            if pos < trig_start or not re.search(r"[，；]", text[trig_start:pos]):
                return True       # 「在北京调研…，并视频连线湖北武汉」: a later clause's video link is another act
    if word in ctx.lex.words("return"):
        prev = ctx.analysis.sentences[max(0, sentence.index - 1)]
        if _RETURN_RE.search(text[prev.start:sentence.end]):
            return True
    return False



# a briefing or statement whose topic (就…) the trip is
_BRIEFED = re.compile(r"(?:举行|召开)[^，。；]{0,12}?(?:吹风会|发布会|记者会|通气会)|答记者问|回答[^，。；]{0,4}提问|应询|答问")


# the eve of a trip, told from before it (访问前夕); a trip over by then (结束访问回国前夕) is made
_ON_THE_EVE = re.compile(r"[^，。；]{0,20}?前夕")
_TRIP_OVER = re.compile(r"结束|回国|离开|返回|返京|回京")
# a visit the rest of the sentence prepares for
_PREPARED = re.compile(r"为[^，。；]{0,24}?(?:做好|作好|进行)[^，。；]{0,8}准备|筹备[^，。；]{0,6}访问")
_FROM_HOME = re.compile(r"从[^，。；]{0,12}(?:老家|家乡|故乡)")
_GROUP_BEFORE = re.compile(r"[批支名位些群]$|[一二两三四五六七八九十几数多][家户口]人?$")

_SETTLE = re.compile(r"开始[^，。]{0,6}工作|参加[^，。]{0,4}工作|值班|上过班|打工|打过工|找活|找工作|务工|谋生|成为了?一名|任职(?!仪式|典礼)|挂职|就职(?!仪式|典礼)|定居|落户|扎根|就读|上班|读研|读书|求学|(?<!创新)创业(?!大赛|教育|园|基地|孵化|项目|板|者|服务|团队)|创办|加盟|一干就是|工作至今|成为[^，。]{0,12}(?:干部|书记|教师|员工|村官|职工)")


# a delegation as the clause's subject: 「交流团在…会见」「代表团还访问了…」「该团先后走访…」
_DELEGATION_WORDS = (r"(?:该团|全团|" + DELEGATIONS + r")(?:还|先后|随后|又|一行|也|此后|并|首先|接着|随即|"
                     r"于[^，。；在]{1,12}?)*")
_DELEGATION = re.compile(r"^(?:[^，。；]{0,8}?[的，])?" + _DELEGATION_WORDS + r"(?:在[^，。；]{0,16})?$")
# a delegation named with its own name (中国藏文化|交流团先后访问…): only where its head is named nearby
_NAMED_DELEGATION = re.compile(r"^[^，。；的]{0,10}?" + _DELEGATION_WORDS + r"(?:在[^，。；]{0,16})?$")


_JOINED = re.compile(r"以及|[、和与及]")

# the appositive of an international body's officer (世卫组织总干事, 联合国秘书长)
_INTERNATIONAL_BODY = re.compile(r"组织|联合国|总干事|秘书处|理事会")


def _international_officer(text: str, person: Mention, floor: int) -> bool:
    """Whether the title right before ``person`` (after ``floor``) is an international body's: met or
    speaking at its seat, no visitor there."""
    return _INTERNATIONAL_BODY.search(text, max(floor, person.start - 16), person.start) is not None


# a title written after a leader's name (李克强总理), not one that names another person (习近平特使)
_TITLE_AFTER_NAME = re.compile(_TITLE_AFTER.pattern + r"|副委员长|副主席|主席|总统|副总统|首相|部长|外长")


def _joint_subjects(ctx: _Context, visitor: Mention, cs: int, ts: int) -> list[Mention]:
    """Persons joined to the visitor by 、, 和, 与, 及 or 以及 (titles may stand before each name) in the
    clause before the trigger: they are its subjects too."""
    if not (cs <= visitor.start < ts) or visitor.attr("reference"):
        return []
    titles = person_lexicon().title_re
    refs = _named(ctx, cs, ts)
    i = next((k for k, m in enumerate(refs) if m.start == visitor.start), None)
    if i is None:
        return []

    def joined(a: Mention, b: Mention) -> bool:
        after = _TITLE_AFTER_NAME.match(ctx.text, a.end, b.start)    # (李某总理、栗某委员长; not 习近平特使、…)
        joint = _JOINED.match(ctx.text, after.end() if after else a.end, b.start)
        if joint is None:
            return False
        gap = ctx.text[joint.end():b.start]
        rest = titles.sub("", gap)
        for q in ctx.places:      # (a posting: 、中国驻某国|大使)
            if joint.end() <= q.start and q.end <= b.start:
                rest = rest.replace(q.text, "", 1)
        rest = rest.replace("驻", "", 1)
        # (a short body before the title: 以及北约|秘书长, 、某国|国防部长)
        return not rest or (re.fullmatch(r"[\u4e00-\u9fff]{1,4}", rest) is not None and gap.startswith(rest)
                            and gap != rest and not re.search(r"[的他她我们其这那该]", rest))

    out: list[Mention] = []
    k = i
    while k > 0 and joined(refs[k - 1], refs[k]):
        k -= 1
        out.append(refs[k])
    k = i
    while k + 1 < len(refs) and joined(refs[k], refs[k + 1]):
        k += 1
        out.append(refs[k])
    first = min([visitor, *out], key=lambda m: m.start)
    gap = ctx.text[cs + 1:first.start]
    if first is refs[0] and ctx.text[cs:cs + 1] in ("和", "与") and ctx.text[cs - 1:cs] in ("，", ",") \
            and (not gap or (ends_in_title(gap) and len(gap) <= 16)):
        # 「某医疗队组长、某医院主任甲，和某医院院长乙作为第一批专家前往武汉」: the clause before is the first subject
        before = _named(ctx, max(0, cs - 60), cs - 1)
        if before and before[-1].end == cs - 1:
            out.append(before[-1])
    last = max(m.end for m in [visitor, *out])
    if out and re.search(r"陪同|带领|率领|和[^，。]{0,6}一起", ctx.text[last:ts]):
        return []                 # companions and guides are told by their own rules
    return [m for m in out if m.key != visitor.key]


_AGE = re.compile(r"[0-9一二三四五六七八九十]{1,3}岁的")


def _colon_list(ctx: _Context, sentence: Sentence, visitor: Mention, te: int) -> list[Mention]:
    """The persons listed after the visitor when a colon after the trigger opens the list and each
    item is a name with only an age, titles and bodies before it (…的身影：72岁的某院院士甲，64岁的
    某院首席研究员乙，…)."""
    text = ctx.text
    colon = text.rfind("：", te, visitor.start)
    if colon < 0 or _named(ctx, colon, visitor.end)[:1] != [visitor]:
        return []
    out: list[Mention] = []
    prev = visitor
    for m in _named(ctx, visitor.end, sentence.end):
        gap = text[prev.end:m.start]
        if not gap or gap[0] not in "，、" or re.search(r"[：:；;。]", gap):
            break
        lead = _AGE.match(text, prev.end + 1)
        start = lead.end() if lead else prev.end + 1
        if not _only_titles(ctx, start, m.start, "、"):
            break
        out.append(m)
        prev = m
    return [m for m in out if m.key != visitor.key]


def _listed_guests(ctx: _Context, sentence: Sentence, visitor: Mention, te: int) -> list[Mention]:
    """「与来华出席某论坛的甲国国防大臣A、乙国国防部长B…会谈」: when the trip verb is a relative clause
    on the visitor named after it, the persons listed with A, each after 、 and a post, are described
    by it too."""
    text = ctx.text
    if visitor.start < te or "的" not in text[te:visitor.start]:
        return []
    out: list[Mention] = []
    prev = visitor
    for m in _named(ctx, visitor.end, sentence.end):
        gap = text[prev.end:m.start]
        if not gap.startswith("、") or re.search(r"[，。；：“”的]", gap) or len(gap) > 21 \
                or not (gap == "、" or ends_in_title(gap[1:])):
            break
        out.append(m)
        prev = m
    return [m for m in out if m.key != visitor.key]


def _delegation_subject(ctx: _Context, sentence: Sentence, cs: int, ts: int) -> Mention | None:
    """The head of the article's delegation when the delegation is the subject of the trigger."""
    head = ctx.delegation_head
    if head is None or _references(ctx, cs, ts):
        return None
    if _DELEGATION.search(ctx.text[cs:ts]):
        return head
    if _NAMED_DELEGATION.search(ctx.text[cs:ts]) and abs(_paragraph(ctx, head.start) - sentence.paragraph) <= 1:
        return head
    # 「访问期间，交流团还接受了…采访，在巴黎…介绍」: the delegation is the subject of an earlier clause
    # of the sentence, and no one is named between it and the trigger
    for lead in _DELEGATION_LEAD.finditer(ctx.text, sentence.start, cs):
        if (lead.start() == sentence.start or ctx.text[lead.start() - 1] in "，；") \
                and not _references(ctx, lead.end(), ts):
            return head
    return None


_DELEGATION_LEAD = re.compile(_DELEGATION_WORDS)


def _paragraph(ctx: _Context, offset: int) -> int:
    sentence = ctx.analysis.sentence_at(offset)
    return sentence.paragraph if sentence is not None else -1


# frame triggers that are also nouns of an activity someone runs or carries out
_ACTIVITY_NOUNS = ("检查", "旅游")
_ACTIVITY_BEFORE = re.compile(r"(?:搞起?|发展|经营|生态|乡村|全域|体温|健康|身体|核酸)[^，。；]{0,2}$")


def _not_an_actor_visit(ctx: _Context, sentence: Sentence, word: str, ts: int, te: int, cs: int) -> bool:
    """Triggers whose subject is a group or a thing, moves to live or work, and bare 回到 (going home)."""
    text = ctx.text
    head = text[cs:ts]
    if ctx.lex.classes.get(word) == "back" and "从" in head:
        head = head[:head.rindex("从")]     # the subject stands before 从: 「某某兄弟三家|从武汉返回」
    if _GROUP_BEFORE.search(head):
        return True               # 「第十批赴南苏丹维和官兵」「某某兄弟三家从武汉返回」
    _, ce = _clause_bounds(text, sentence, ts)
    nxt_end = _clause_bounds(text, sentence, min(ce + 1, sentence.end - 1))[1] if ce + 1 < sentence.end else ce
    settled = _SETTLE.search(text[ts:ce]) or (re.match(r"[，,](?:成为|担任|任|从事|开始|当|做|加盟)", text[ce:ce + 3])
                                              and _SETTLE.search(text[ce:nxt_end]))
    if settled and not (settled.group() == "加盟" and any(ts <= p.start < ce and _is_foreign(p) for p in ctx.places)):
        return True               # 「来到天城镇，成为该镇一名副科级干部」「在北京参加公安工作」 (but an athlete who
                                  # goes abroad to join a club went there: 「某某抵达泰国，加盟某某俱乐部」)
    if _FROM_HOME.search(text, cs, ts) and not re.search(
            "|".join(ctx.lex.words("frame", "both")), text[te:sentence.end]):
        return True               # 「1998年，某某从赤峰老家来到北京」: leaving home to live elsewhere, no errand told
    if ctx.lex.classes.get(word) == "return" and not re.search(
            "|".join(ctx.lex.words("frame", "both")), text[te:sentence.end]):
        return True               # 「回到广东」 without 看望/考察 …: going home
    if word in _ACTIVITY_NOUNS and _ACTIVITY_BEFORE.search(text, cs, ts):
        return True               # 「进行体温检查」「搞起生态旅游」: an activity carried out at home, no visit
    abbreviation = ctx.lex.abbreviation(word) is not None
    if re.search(r"带领|率领|率(?!先)|随(?![后着即时便之])", text[cs:ts]):
        return False              # 「带领一个考察团访问美国」「随浙江医疗队驰援武汉」: the person travels with the group
    if (ctx.lex.classes.get(word) in ("move", "strict", "far", "return") or abbreviation) and ts > cs:
        toks = _tokens_between(ctx, cs, ts)
        tok = toks[-1] if toks else None
        if tok is not None and tok.word[-1:] in _NON_PERSON_HEADS and tok.flag[:1] in ("n", "m") \
                and tok.word not in person_lexicon().titles \
                and not _references(ctx, cs, ts) \
                and (text[tok.start - 1:tok.start] == "的" or len(toks) == 1 or toks[-2].flag[:1] != "v"
                     or toks[-2].word in ("有", "是", "来自")):
            return True           # 「游客到访以色列」「班车抵达安多」「代表团访韩」: the subject is not a person
    return False


# the speech or instructions a leader gave on a trip, named after it
_SPEECH_OF_TRIP = re.compile(r"(?:时|期间)?(?:的|所作的|发表的)?重要(?:讲话|指示)")


def _nominal(ctx: _Context, places: list[Mention], clause_end: int) -> bool:
    """「访问太平洋岛国和菲律宾的重要成果」「前往宁夏旅游的游客」: the verb phrase modifies a noun."""
    if not places:
        return False
    tail = ctx.text[max(p.end for p in places):clause_end]
    if _SPEECH_OF_TRIP.match(tail):
        return True               # 「习近平总书记视察江西重要讲话精神」: the speech of a trip told before
    m = re.match(r"([^，。；的]{0,6})的([^，。；]{0,8})", tail)
    after = max(p.end for p in places) + m.end() if m else 0
    if not m or (not m.group(2) and re.match(r"[。！？；]", ctx.text[after:after + 1] or "。")):
        return False              # 「习近平是…离开金奈抵达加德满都的。」: 是…的 tells a trip, modifies nothing
    if re.fullmatch(r"(?:[、和及与][^，。；的]{1,6})*", m.group(1)):
        # 「来到临汾市、太原市的基层派出所」: the places own the site; 「访问南非的中国游客」: a group
        return bool(set(m.group(2)) & _NON_PERSON_HEADS) or bool(re.search(r"成果|协议|时候|期间", m.group(2)))
    return True                   # 「前往宁夏旅游的游客」: a verb phrase before 的 modifies a noun


def _note_plan(ctx: _Context, sentence: Sentence, word: str, ts: int, te: int, cs: int, ce: int) -> None:
    """Remember a trip told as coming (「习近平即将开始对尼泊尔进行国事访问」): the article's other
    undated words on that trip (「习近平主席对尼泊尔的访问」) speak of it too."""
    if word not in TRIP_WORDS and ctx.lex.classes.get(word) not in ("move", "both"):
        return
    if not _PLAN_WORDS.search(ctx.text, cs, te):
        return
    date = ctx.analysis.doc.date
    if date is not None and any(cs <= t.start < sentence.end and _begun(t, date) and ctx.text[t.end:t.end + 1] != "电"
                                for t in _times(ctx.analysis)):
        return                    # 「将于10月24日至26日…访问」, 「将率团访问某地，于10月24日至26日…」 in an article of
                                  # 24 October: the trip is under way (not the day of a dateline: 「…10月8日电」)
    places = _trigger_places(ctx, sentence, word, ts, te, cs, ce) or [
        p for p in ctx.places if cs <= p.start and p.end <= ce and p.key != "geo:CN"
        and re.search(r"[对赴往]$", ctx.text[max(cs, p.start - 1):p.start])]
    visitor = _visitor(ctx, sentence, ts, te) if places else None
    if visitor is not None:       # (and the country of a city abroad: 「将率团访问华盛顿」, headline 「赴美」)
        ctx.planned |= {(visitor.key, k) for p in places for k in (p.key, _home_country(p)) if k}


_WILL = re.compile(r"将于|将(?!近)")
_RECEIVES = ("会见", "会晤", "接见")      # the host before the verb, the guests after it


def _under_way(ctx: _Context, start: int, trig_start: int) -> bool:
    """「将于10月8日至13日对中国进行正式访问」 in an article of 8 October: a coming trip whose days
    have begun by the publication day is under way."""
    date = ctx.analysis.doc.date
    plan = list(_WILL.finditer(ctx.text, start, trig_start))
    if date is None or not plan:
        return False
    after = plan[-1].end()
    return any(after <= t.start < trig_start and _begun(t, date) for t in _times(ctx.analysis))


def _begun(t: TimeExpr, date: dt.date) -> bool:
    """Whether a day or range starts on or before ``date`` (a bare 10月24日 read in ``date``'s year)."""
    if t.begin is not None:
        return t.begin <= date
    m = re.match(r"(\d{1,2})月(\d{1,2})日", t.text)
    return m is not None and t.year in (None, date.year) and (int(m.group(1)), int(m.group(2))) <= (date.month, date.day)


_PLAN_WORDS = re.compile(r"即将|将要|将于|将(?=[^，。；]{0,6}(?:访问|出访|前往|赴|出席))|拟|计划|准备")


def _cleft(ctx: _Context, clause_start: int, trig_start: int) -> bool:
    """「某某是今年5月前往中国做的手术」: 是…的 after a person tells when or how that person went; the
    verb phrase before 的 does not modify the noun after it."""
    m = re.search(r"是[^，。；是]{0,12}$", ctx.text[clause_start:trig_start])
    if m is None:
        return False
    at = clause_start + m.start()
    return any(p.end == at for p in ctx.persons)


_GROUP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:指导组|督导组|工作组|专家组|医疗队|救援队|代表团|考察团|分队|小组|团队|团(?![结圆聚拜年]))")


def _group_after(ctx: _Context, places: list[Mention]) -> bool:
    """「中央赴湖北指导组」「赴南苏丹维和工兵分队」: the verb phrase names a group."""
    return bool(places) and bool(_GROUP_AFTER.match(ctx.text, max(p.end for p in places)))


_HOME_FRAME = re.compile(r"在([^，。；]{2,30}?)(?:家中|家里|家)，")


def _home_visit(ctx: _Context, sentence: Sentence) -> _Event | None:
    """「在某县某村村民张三家，总书记和一家人…」: the subject is in someone else's home at a place."""
    text = ctx.text
    m = _HOME_FRAME.match(text, sentence.start)
    if not m or ctx.in_quote(m.start()):
        return None
    owner = [p for p in ctx.persons if m.start(1) <= p.start and p.end <= m.end(1)]
    groups = _place_groups(ctx.places, m.start(1), m.end(1), text)
    if not owner or not groups:
        return None
    refs = _references(ctx, m.end(), sentence.end)
    if not refs or refs[0].start != m.end() or refs[0].key in {o.key for o in owner}:
        return None               # the clause after the home must open with the visitor
    return _Event(refs[0], tuple(_chain_targets(groups[0])), (m.start(), m.end(1)), sentence)


_BARE_GO = ("去",)
# plain 去 is spoken of plans and habits as often as of trips: it counts after a date of the past
# (去年, 2018年, 3月) or as 去了/去过, never after a blocking word of the lexicon (打算, 将 …) or
# these words of duty, ability and request
_NOT_GONE = re.compile(r"要求|要|本来|本是|只等|得|应该|能|可以")
_BOARDED = re.compile(r"(?:踏上|登上|坐上|乘上|搭上)了?$")


def _goes_to_a_place(ctx: _Context, ts: int, te: int) -> bool:
    """「去达州看望…」「去了省内的扬州、无锡」: 去 (or 去了/去过) with a place right after it, not the
    second half of a word (过去, 回去, 失去)."""
    text = ctx.text
    if text[ts - 1:ts] and text[ts - 1] in "过回出进上下失除来离死":
        return False
    head = text[ctx.analysis.sentence_at(ts).start:ts]
    boarded = _BOARDED.search(head) is not None      # 「踏上了去武汉的列车」: on the way
    done = text[te:te + 1] in ("了", "过")
    end = _places_end(ctx, ts, te, "")
    purpose = end is not None and _PURPOSE_AFTER.match(text, end) is not None     # 去中国考察
    if _NOT_GONE.search(head) or any(block_word_in(head, w) for w in ctx.lex.words("block")) \
            or not (done or boarded or purpose or PAST_DATE.search(head)):
        return False              # 「要求去武汉」「打算去云南」「得坐车去北京看」: no trip told as made
    pos = te + 1 if done else te
    nxt = next((p for p in ctx.places if p.start >= pos), None)
    return nxt is not None and (nxt.start == pos or bool(re.fullmatch(r"[^，。；、]{0,4}的", text[pos:nxt.start])))


_BARE_ARRIVE = ("到",)
# 到 as the second half of a word (达到, 来到 is a trigger of its own), or after a verb it completes
_TO_AFTER = "来回达得收想遇提找做看听等直受感拿传送报转搬运交写说谈讲寄调派分延推"
# what follows the place when 到 tells an arrival: 到武汉后, 到北京时, 到达州的第二天
_ARRIVAL_AFTER = re.compile(r"(?:后|以后|之后|时|的当天|的第[一二三四五六七八九十百0-9]{1,4}天|第二天|当天)")


# what one goes to a place to do, right after the places (到武汉探亲, 到南京、上海等地沟通联络)
_PURPOSE_AFTER = re.compile(r"(?:等地|等)?(?:探亲|出差|旅游|旅行|游玩|度假|观光|考察|调研|视察|参观|访问|拜访|看望|探望|慰问|"
                            r"支援|参加|出席|开会|演出|参赛|比赛|采访|采风|讲学|沟通|联络|督导|指导|走访|实习|培训|进修|交流|集训|学习|开展)")


def _places_end(ctx: _Context, ts: int, te: int, not_after: str) -> int | None:
    """The end of the places written right after a bare verb at ``ts``–``te`` (a chain or a list:
    到湖北武汉后, 到南京、上海等地沟通), or None when none is, or the verb is the second half of a word
    (its character before in ``not_after``)."""
    text = ctx.text
    if text[ts - 1:ts] and text[ts - 1] in not_after:
        return None
    if not any(p.start == te for p in ctx.places):
        return None
    return _place_groups(ctx.places, te, len(text), text)[-1][-1].end


# what stands right before 到了 when it tells an arrival (已到了潜江, 我和同学们到了北京, ，到了武汉后)
_ARRIVED_BEFORE = re.compile(r"[，,；\s]|已|才|便|就|又|刚|终于|们")


def _arrived_at_a_place(ctx: _Context, ts: int, te: int) -> bool:
    """「蒋某到武汉后」「到北京时」: bare 到 with its place right after it and the arrival's time after the
    place, or what one went there to do (到武汉探亲); never as part of another word (达到, 提到, 收到).
    「到了」 with its place right after it is an arrival after a clause's start, an adverb or a group of
    people (已到了潜江, 我和同学们到了北京), never after another verb (带到了, 意识到了)."""
    text = ctx.text
    if text.startswith("了", te):
        before = text[ts - 1:ts]
        person = any(p.end == ts for p in ctx.persons)
        return (person or bool(before and _ARRIVED_BEFORE.match(before))) \
            and _places_end(ctx, ts, te + 1, "") is not None
    end = _places_end(ctx, ts, te, _TO_AFTER)
    if end is None:
        return False
    if text[ts - 1:ts] in ("刚", "一", "才") and text[end:end + 1] in ("，", ","):
        return True               # 「刚到鄂州，某某就被分到…」「一到武汉，…」: just arrived
    return bool(_ARRIVAL_AFTER.match(text, end) or _PURPOSE_AFTER.match(text, end))


_BARE_COME = ("来",)
# what 来 completes or closes (年来, 以来, 从…来, 回来, 带来, 迎来), and what it starts before a place (来自)
_COME_AFTER = "年以从回出进起原本后向带换迎招引请拉派传发寄送"
# what tells 来 a trip made, right before it: 第一次来, 每次来, 刚来, 是来…的, 特意来
_COME_BEFORE = re.compile(r"(?:第[一二三四五六七八九十0-9]+次|[首初每]次|刚刚|刚|专程|特意|特地|是)$")


def _came_to_a_place(ctx: _Context, ts: int, te: int) -> bool:
    """「来北京参加会议」「第一次来广州」「刚来上海」: bare 来 with its place right after it and what one came
    to do or the time of coming after the places, or a trip made told before it; never 来自, 以来, 年来."""
    text = ctx.text
    end = _places_end(ctx, ts, te, _COME_AFTER)
    if end is None:
        return False
    return bool(_COME_BEFORE.search(text, max(0, ts - 6), ts) or _ARRIVAL_AFTER.match(text, end)
                or _PURPOSE_AFTER.match(text, end))


def _own_quoted_trip(ctx: _Context, sentence: Sentence, ts: int) -> bool:
    """A trip the speaker of a quotation tells in the first person (“我曾去过北京”，某某说)."""
    quoted = ctx.quote_at(ts)
    cs, _ = _clause_bounds(ctx.text, sentence, ts)
    return quoted is not None and (_OWN_TRIP.search(ctx.text, max(cs, quoted[0]), ts) is not None
                                   or elided_in_quote(ctx, sentence, ts)) \
        and ctx.quote_speaker(ts) is not None


def _named_in_quote(ctx: _Context, sentence: Sentence, ts: int) -> bool:
    """A trip told inside a quotation of someone named in it as the clause's subject (“…习近平主席在访问
    尼泊尔时提出了…”): what the quoted speaker reports, not the speaker's own trip."""
    quoted = ctx.quote_at(ts)
    cs, _ = _clause_bounds(ctx.text, sentence, ts)
    lo = max(cs, quoted[0]) if quoted is not None else ts
    return quoted is not None and any(lo <= p.start and p.end <= ts for p in ctx.persons)


# the speaker as the subject right before the verb (我曾去过, 我们赶赴; not 我们曾有队员去)
_OWN_TRIP = re.compile(r"我们?[^，。；：“”有让派请叫使送给带]{0,8}$")


def _events(ctx: _Context) -> Iterator[_Event]:
    text = ctx.text
    lex = ctx.lex
    trip: tuple[Mention, int] | None = None      # (visitor, paragraph) of the last trip abroad
    for sentence in ctx.analysis.sentences:
        sent_text = text[sentence.start:sentence.end]
        found = False
        for tm in lex.trigger_re.finditer(sent_text):
            ts, te = sentence.start + tm.start(), sentence.start + tm.end()
            if ctx.in_quote(ts) and not _own_quoted_trip(ctx, sentence, ts) \
                    and not _named_in_quote(ctx, sentence, ts):
                continue
            word = tm.group()
            if word in _BARE_GO and not _goes_to_a_place(ctx, ts, te):
                continue          # 去年, 去世, 过去: 去 is a trip only with its place right after it
            if word in _BARE_ARRIVE and not _arrived_at_a_place(ctx, ts, te):
                continue          # 达到, 提到, 直到: 到 is an arrival only as 到某地后/时
            if word in _BARE_COME and not _came_to_a_place(ctx, ts, te):
                continue          # 70年来中国, 来自: 来 is a trip only as 来北京参加…, 第一次来广州
            cs, ce = _clause_bounds(text, sentence, ts)
            if _blocked(ctx, cs, ts, sentence, word):
                _note_plan(ctx, sentence, word, ts, te, cs, ce)
                continue
            head = _delegation_subject(ctx, sentence, cs, ts)
            if head is not None:
                places = _trigger_places(ctx, sentence, word, ts, te, cs, ce)
                if places:        # 「交流团在法国斯特拉斯堡会见了…」: the delegation's head went
                    found = True
                    yield _Event(head, tuple(places), (ts, te), sentence)
                continue
            if _not_an_actor_visit(ctx, sentence, word, ts, te, cs):
                continue
            if lex.classes.get(word) == "abroad":
                for ev in guest_events(ctx, sentence, ts, te, cs, ce):   # 在北京会见法国…主席某某
                    found = True
                    yield ev
            places = _trigger_places(ctx, sentence, word, ts, te, cs, ce)
            if _group_after(ctx, places):
                continue
            last = max([te, *(p.end for p in places if p.start >= te)])
            if re.match(r"的?(?:邀请|签证|计划|申请|请求|意向)", text[last:last + 4]):
                continue          # 「接受访美邀请」「赴美签证」: the trip is only the name of a document
            if not places and word in TRIP_WORDS:
                # 「首次出访，习近平在俄罗斯莫斯科国际关系学院演讲」
                places = next((p for _, p in _foreign_frames(ctx, te, sentence.end)), [])
            if not places and word in EVENT_VERBS:
                found |= (yield from _attended_at_home(ctx, sentence, ts, te, cs))
                continue
            if not places:
                continue
            nominal = lex.classes.get(word) not in ("frame",) and all(p.start >= te for p in places) \
                and _nominal(ctx, places, ce) and not _cleft(ctx, cs, ts) and not _BOARDED.search(text, cs, ts)
            if lex.classes.get(word) == "abroad":
                # 「古斯曼与IMF总裁格奥尔基耶娃在意大利罗马会面」: everyone named before the place met there
                parties = _meeting_parties(ctx, cs, min(p.start for p in places))
                joint = re.search(r"我(?:和|同|与|跟)", text[cs:parties[0].start]) if parties else None
                if joint is not None and _only_titles(ctx, cs + joint.end(), parties[0].start):
                    speaker = _reported_speaker(ctx, sentence, cs)     # 「某某指出，去年我和总理先生在武汉会晤」
                    if speaker is not None and speaker.key not in {m.key for m in parties}:
                        parties.insert(0, speaker)
                countries = {_home_country(p) for p in places}
                if parties and word in _RECEIVES:
                    # 「瑞士联邦主席毛雷尔在伯尔尼会见国务委员兼外长王毅」: the host receives the guests named after
                    # the verb (not an international body's officer, met at its seat: 在华盛顿会见国际货币基金组织总裁某某);
                    # a Chinese official abroad meets locals (刘鹤在华盛顿会见美中贸委会会长某某), or guests
                    # of a third country (王岐山在东京会见巴基斯坦总统某某)
                    visiting = any(chinese_official(ctx, m) for m in parties) and all(_is_foreign(p) for p in places)
                    parties += [m for m in _references(ctx, te, ce) if m.key not in {p.key for p in parties}
                                and not _international_officer(text, m, te)
                                and (not visiting or ctx.person_countries.get(m.key, "geo:CN") not in {*countries, "geo:CN"})]
                home = [p for p in places if not _is_foreign(p)]
                parties = [m for m in parties if all(from_elsewhere(ctx, m, p) for p in home)]
                if parties:
                    ctx.last_visitor = (ts, parties[0])
                    found = True
                    away = [m for m in parties if ctx.person_countries.get(m.key) not in countries]
                    if away:
                        trip = (away[0], sentence.paragraph)
                    for person in parties:
                        yield _Event(person, tuple(places), (ts, te), sentence)
                    continue
            visitor = _visitor(ctx, sentence, ts, te, local_only=nominal)
            if visitor is None:
                continue
            if lex.classes.get(word) == "abroad" and not all(
                    _is_foreign(p) or from_elsewhere(ctx, visitor, p) for p in places):
                continue          # 「李克强在北京会见…」: a meeting where one works
            if lex.classes.get(word) == "abroad" and dateline_place(ctx) in places and not chinese_official(ctx, visitor):
                continue          # a meeting at the dateline's place abroad: a visiting Chinese official's only
            if lex.classes.get(word) == "away" and ctx.person_countries.get(visitor.key) in {
                    _home_country(p) for p in places}:
                continue          # a foreign coach training in his own country
            # attending an event the article told of before (held 在X): the report's event
            attended = word in EVENT_VERBS and all(p.end <= sentence.start for p in places)
            if word in EVENT_VERBS and all(at_home(ctx, visitor, p) for p in places):
                # 「某某会议23日在北京召开。某某总书记出席会议」: a meeting where one works (but those
                # listed with the host may have come: 「某某、中国驻某国大使某某…出席了活动」)
                for other in _joint_subjects(ctx, visitor, cs, ts):
                    if not all(at_home(ctx, other, p) for p in places):
                        found = True
                        yield _Event(other, tuple(places), (ts, te), sentence, current=attended)
                continue
            if word in SPEECHES and not ctx.person_countries.get(visitor.key) \
                    and _international_officer(text, visitor, 0):
                continue          # 「世卫组织总干事某某在发言中」: an organisation's head may speak at its seat
            ctx.last_visitor = (ts, visitor)
            found = True
            if word in TRIP_WORDS or lex.abbreviation(word) is not None or any(_is_foreign(p) for p in places):
                trip = (visitor, sentence.paragraph)
            yield _Event(visitor, tuple(places), (ts, te), sentence, nominal=nominal, current=attended)
            for other in [*_joint_subjects(ctx, visitor, cs, ts), *_colon_list(ctx, sentence, visitor, te),
                          *_listed_guests(ctx, sentence, visitor, te)]:
                # 「张三和李四在武汉参观」, 「在武汉…，有一群…的身影：甲，乙，丙……」
                yield _Event(other, tuple(places), (ts, te), sentence, nominal=nominal, current=attended)
        yield from team_events(ctx, sentence)
        yield from contest_events(ctx, sentence)
        yield from edition_events(ctx, sentence)
        yield from frame_subject_events(ctx, sentence, lambda cs, pos: _blocked(ctx, cs, pos, sentence, "在"))
        yield from author_frame_events(ctx, sentence, lambda cs, pos: _blocked(ctx, cs, pos, sentence, "在"))
        yield from event_speaker_events(ctx, sentence)
        yield from held_event_events(ctx, sentence)
        yield from headline_tour_events(ctx, sentence)
        yield from attendee_events(ctx, sentence)
        yield from reported_speaker_events(ctx, sentence)
        yield from abroad_speaker_events(ctx, sentence)
        yield from organiser_speaker_events(ctx, sentence)
        yield from paragraph_event_speaker_events(ctx, sentence)
        yield from briefing_abroad_events(ctx, sentence)
        yield from witness_events(ctx, sentence)
        yield from squad_contest_events(ctx, sentence)
        yield from squad_events(ctx, sentence, lambda cs, pos: _blocked(ctx, cs, pos, sentence, "前往"))
        for ev in affiliation_events(ctx, sentence):
            yield ev
            for other in _colon_list(ctx, sentence, ev.visitor, ev.trigger[1]):   # …的身影：甲，乙，丙
                yield _Event(other, ev.places, ev.trigger, sentence, current=ev.current)
        if not found:
            home_visit = _home_visit(ctx, sentence)
            if home_visit is not None:
                found = True
                yield home_visit
        if found:
            continue
        if trip is None or sentence.paragraph > trip[1] + 1:
            yield from _protagonist_frames(ctx, sentence)
            continue
        # later sentences of a trip passage: 「在德国汉堡，会见…；在荷兰海牙，出席…」
        for at, places in _foreign_frames(ctx, sentence.start, sentence.end):
            cs, ce = _clause_bounds(text, sentence, at)
            if ctx.in_quote(at) or _blocked(ctx, cs, at, sentence, "在"):
                continue
            if not _FRAME_LEAD.fullmatch(text[cs:at]):
                continue          # 「土美双方同意在叙利亚东北部停火」: the clause has a subject of its own
            if _OWN_SUBJECT_AFTER.match(text, ce + 1) or any(p.start == ce + 1 for p in ctx.persons):
                continue          # 「在美国某地举行的比赛中，来自某大学的甲、乙…夺得」「…邀请赛中，乙以…」: others act there
            yield _Event(trip[0], tuple(places), (at, at + 1), sentence)    # of the trip's year, not the report's


# 出席|招待会的还有：<list>: the attendees listed after the colon
_ALSO_ATTENDING = re.compile(r"[^，。；：]{0,12}?的(?:还|也)?有[：:]")


def _attended_at_home(ctx: _Context, sentence: Sentence, ts: int, te: int, cs: int) -> Generator[_Event, None, bool]:
    """「第七届某某运动会18日晚在湖北省武汉市开幕。国家主席某某出席开幕式…」: those who attend the
    meeting the lead reports as held in China and came from elsewhere (foreigners, officials of
    another province or of the central state) were there; the host's own officials were at home."""
    places = lead_event_at_home(ctx, ctx.text[ts:te], ts, te)
    if not places:
        return False
    listed = _ALSO_ATTENDING.match(ctx.text, te, sentence.end)
    if listed is not None:        # 「出席招待会的还有：甲、乙，某特别行政区行政长官丙」: those from elsewhere went
        found = False
        for person in _named(ctx, listed.end(), sentence.end):
            if from_elsewhere(ctx, person, places[-1]):
                found = True
                yield _Event(person, tuple(places), (ts, te), sentence, current=True)
        return found
    visitor = _visitor(ctx, sentence, ts, te)
    if visitor is None:
        return False
    ctx.last_visitor = (ts, visitor)
    found = False
    for person in [visitor, *_joint_subjects(ctx, visitor, cs, ts), *_named_clauses_before(ctx, sentence, cs)]:
        if from_elsewhere(ctx, person, places[-1]):
            found = True
            yield _Event(person, tuple(places), (ts, te), sentence, current=True)
    return found


def _named_clauses_before(ctx: _Context, sentence: Sentence, cs: int) -> list[Mention]:
    """「组委会主席、国务院副总理甲，中央书记处书记乙出席开幕式」: clauses before the verb's clause
    that hold only a person with titles are more of its subjects."""
    out: list[Mention] = []
    end = cs - 1
    while end > sentence.start and ctx.text[end] in "，,":
        person = next((p for p in ctx.persons if p.end == end), None)
        if person is None:
            break
        lo = max(ctx.text.rfind(ch, sentence.start, person.start) for ch in "，,；：。")
        lo = max(lo + 1, sentence.start)
        if lo < person.start and not ends_in_title(ctx.text[lo:person.start].lstrip("\u3000 ")):
            break
        out.append(person)
        end = lo - 1
    return out


_PARTNER_BEFORE = re.compile(r"^[^，。；、（）()]{0,12}(?:与|同|和|跟|、)[^，。；、（）()]{0,12}$")


def _meeting_parties(ctx: _Context, clause_start: int, place_start: int) -> list[Mention]:
    """The person right before 「在X」 and those joined to it by 与/同/和 (「A与B在罗马会面」).

    Persons in a 陪同 phrase are not parties, nor is anyone after a speech verb."""
    refs = [m for m in _references(ctx, clause_start, place_start)
            if not re.match(r"的|家|们|等人|陪同", ctx.text[m.end:m.end + 2])]
    if not refs:
        return []
    text = ctx.text
    parties = [refs[-1]]
    for m in reversed(refs[:-1]):
        if not _PARTNER_BEFORE.search(text[m.end:parties[0].start]):
            break
        parties.insert(0, m)
    if re.search(r"[，。；：（）()]", text[parties[-1].end:place_start]):
        return []
    return parties


# a clause that opens on a subject of its own (来自某大学的甲、乙…): others act there
_OWN_SUBJECT_AFTER = re.compile(r"来自[^，。；：“”]{1,16}的")
# what may come before the 「在X」 of a trip passage in its clause: times and adverbs, no subject
_FRAME_LEAD = re.compile(r"(?:[\d一二三四五六七八九十]+[月日号]|当天|次日|随后|此后|之后|其间|期间|上午|下午|晚上|晚间|"
                         r"当晚|同日|同一天|当地时间|还|又|也|先后|分别|并|而|则|\s)*")


def _elided_subject(ctx: _Context, start: int) -> bool:
    """The clause at ``start`` opens with a verb: its subject is the one the passage is about."""
    if any(p.start == start for p in ctx.persons):
        return False              # 「…邀请赛中，某某以…夺得」: a name the recogniser read opens it (whatever jieba's tags)
    toks = _tokens_between(ctx, start, min(len(ctx.text), start + 10))
    if not toks or toks[0].start != start or toks[0].word in ("是", "有"):
        return False
    first = toks[0]
    if first.flag[:1] == "v":
        return True
    if first.flag in ("r", "nr", "nrfg", "nrt", "ns", "nt", "nz", "s", "t", "m") or first.flag[:1] not in ("n", "a", "d"):
        return False              # 「在日本，人们…」「在巴黎，当地…」: the clause has its own subject
    # a noun-tagged first word is the subject when a verb follows it (人们 喜欢); jieba also
    # tags some verbs as nouns (领略 文明), which are then followed by their object
    return len(toks) < 2 or toks[1].flag[:1] != "v"


def _protagonist_frames(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """「在秘鲁马丘比丘古城遗址，领略…；在约旦佩特拉古城，忆及…」 in a passage about the
    article's leading person: a foreign 「在X，」 clause followed by a clause with no subject of its
    own.  The person must be named in this paragraph or the one before."""
    v = ctx.protagonist
    if v is None:
        return
    text = ctx.text
    para_lo = next((s.start for s in ctx.analysis.sentences if s.paragraph >= sentence.paragraph - 1), 0)
    if not any(m.key == v.key for m in _references(ctx, para_lo, sentence.end)):
        return
    for at, places in _foreign_frames(ctx, sentence.start, sentence.end):
        cs, ce = _clause_bounds(text, sentence, at)
        if cs != at or ctx.in_quote(at) or ce >= sentence.end or text[ce] not in "，,":
            continue
        if cs > sentence.start and text[cs - 1] not in "；;":
            continue              # only a frame that opens the sentence or an item of a ；-series
        if any(p.key == "geo:CN" for p in places):
            continue
        if not _elided_subject(ctx, ce + 1) or _blocked(ctx, cs, at, sentence, "在") \
                or _blocked(ctx, ce + 1, _clause_bounds(text, sentence, ce + 1)[1], sentence, "在"):
            continue              # (「在金奈，某某将同…」: the clause after the frame tells a plan)
        if re.search(r"工作|任职|留学|求学|生活|出生", text[at:ce + 8]):
            continue
        yield _Event(v, tuple(places), (at, at + 1), sentence, current=True)
