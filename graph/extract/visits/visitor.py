"""Who makes the visit: the subject of a trigger, a person right after it, or the carried-over visitor."""
from __future__ import annotations

import re

from ...types import Mention, Sentence
from ..persons import ends_in_title, lexicon as person_lexicon
from .arguments import TRIP_WORDS
from .context import _Context, _NON_PERSON_HEADS, _references, _tokens_between
from .passages import _clause_bounds


_SPEECH = re.compile(r"(?:表示|说|指出|认为|介绍|称|强调|透露|坦言|感慨|回忆)(?:道)?[，：:]")


_NOT_SUBJECT_AFTER = ("的", "家", "们", "等人", "陪同", "生前", "所在")
# what a person's name (and title) owns when written right before it: words and instructions
_POSSESSED = re.compile(r"(?:的|致[^，。；：“”]{0,12}?)?(?:(?:重要)?(?:指示|讲话|批示|论述|部署|指示精神|讲话精神|回信|贺信)|"
                        r"批准|同意|决定|邀请)")


def _subject_ok(ctx: _Context, m: Mention, trigger_start: int) -> bool:
    """Whether a person before a trigger can be its actor (not a possessor, object or companion)."""
    text = ctx.text
    after = text[m.end:m.end + 2]
    if any(after.startswith(w) for w in _NOT_SUBJECT_AFTER):
        return False          # 「王五的家中」「张三家」「村民们」「X陪同」
    rest = person_lexicon().title_re.sub("", text[m.end:m.end + 8], count=1) if text[m.end:m.end + 1] else ""
    if _POSSESSED.match(rest):
        return False          # 「贯彻落实习近平总书记重要指示精神，中央指导组赴…」「宣读某某主席致大会的贺信并致辞」:
                              # the words are his, the trip or the speech not
    if _BYLINE.search(text, max(0, m.start - 30), m.start):
        return False          # 「（记者某某、某某）会议12日在纽约举行」: the reporters credited, not actors
    if _CAUSE.search(text, m.end, trigger_start):
        return False          # 「某某让采购员紧急赶往江苏」: someone else is sent
    if _SPEECH.search(text[m.end:trigger_start]):
        return False          # 「伊比什表示，越来越多中国年轻人选择到土耳其度假」: the speaker
    zai = text.rfind("在", max(0, m.start - 20), m.start)
    if zai >= 0 and re.match(r"在[^，。；：]{0,24}?陪同下", text[zai:trigger_start]) \
            and not re.search(r"[，。；：]", text[zai:m.start]):
        return False          # 「在省委书记胡和平、省长刘国中陪同下」
    if _INVITER_BEFORE.search(text, max(0, m.start - 30), m.start) and _INVITER_AFTER.match(text, m.end):
        return False          # 「应印度共和国总理莫迪和尼泊尔总统班达里邀请，…」: the host who invites
    if _ATTENDED_BEFORE.search(text, max(0, m.start - 12), m.start) and _CEREMONY_AFTER.match(text, m.end):
        return False          # 「出席佐科总统连任就职仪式」: the person whose ceremony is attended
    return not _is_object(ctx, m)


_INVITER_BEFORE = re.compile(r"应[^，。；：]{0,28}$")
_INVITER_AFTER = re.compile(r"[^，。；：]{0,28}?邀请")
_ATTENDED_BEFORE = re.compile(r"(?:出席|参加)[^，。；：]{0,10}$")
_CEREMONY_AFTER = re.compile(r"[^，。；：]{0,12}?(?:仪式|典礼|婚礼|葬礼|宴会|招待会)")


# a clause that opens by introducing someone (还有…的乙): its verb is not the previous clause's subject's
_EXISTENTIAL = re.compile(r"\s*(?:还有|也有|另有|更有|既有)")


def _visitor(ctx: _Context, sentence: Sentence, trig_start: int, trig_end: int,
             local_only: bool = False) -> Mention | None:
    text = ctx.text
    cs, _ = _clause_bounds(text, sentence, trig_start)
    me = _FIRST_PERSON.search(text, cs, trig_start)
    if me is not None and not ctx.in_quote(trig_start):
        if _SENDS.search(text, me.end(), trig_start):
            return None           # 「我积极鼓励某国优秀青年来华留学」: those sent or urged travel, not the writer
        # 「习近平指出，去年我和总理先生在武汉会晤」: the speaker of reported speech; else 「在我第一次访华时」:
        # the writer, named only if the section is signed
        return _reported_speaker(ctx, sentence, cs) or ctx.author_at(trig_start)
    author = ctx.author_at(trig_start)
    if author is not None and not ctx.in_quote(trig_start) and _writer_before(ctx, sentence, cs, trig_start):
        return author             # 「在我担任总理期间，曾多次来华，前往湖南、四川…」: the writer, the clauses' subject
    quoted = ctx.quote_at(trig_start)
    if quoted is not None:                   # 「“我曾去过北京、上海”，某某说」: the speaker, of their own trip
        lo = max(cs, quoted[0])
        if _FIRST_PERSON.search(text, lo, trig_start) or elided_in_quote(ctx, sentence, trig_start):
            return ctx.quote_speaker(trig_start)
        # “…习近平主席在访问尼泊尔时提出…”: someone named inside the quotation as the clause's subject
        named = [m for m in _references(ctx, lo, trig_start) if m.start >= lo and _subject_ok(ctx, m, trig_start)]
        return named[-1] if named else None
    if _OBJECT_BEFORE_VERB.search(text[cs:trig_start]) or (
            text.startswith("的", trig_end) and _OBJECT_BEFORE_RELATIVE.search(text, cs, trig_start)):
        local_only = True         # 「李克强同来华出席…的总理」「会见了来华访问的法国客人」: the subject meets the visitor
    refs = _references(ctx, sentence.start, trig_start)
    # 「接待法国总统马克龙访华期间」: the person right before the verb acts (not one after 随:
    # 「甲、乙等队员正随外教丙在某地训练」, the list is the subject)
    if refs and refs[-1].end == trig_start and not _WITH_GUIDE.search(text, max(cs, refs[-1].start - 10), refs[-1].start):
        return refs[-1]
    if text.startswith("的", trig_end) and re.search(r"[给向对为替]", text[cs:trig_start]):
        named = _named_right_after(ctx, sentence, trig_end + 1)
        if named is not None:    # 「某某给在武汉某医院支援的护士长某某发微信」: the verb describes who is named after it
            return named
    before = [m for m in refs if _subject_ok(ctx, m, trig_start)]
    if _EXISTENTIAL.match(text, cs, trig_start) and not any(m.start >= cs for m in before):
        before = []               # 「…甲，还有刚刚在多哈…夺得冠军的乙」: a clause that introduces someone new
    if before and _FIRST_PERSON.search(text, before[-1].end, trig_start) and not ctx.in_quote(trig_start):
        return ctx.author_at(trig_start)    # 「因为钢琴家某某高烧，作为替补的我…飞到芝加哥」: the writer goes
    if before and not local_only:
        return before[-1]
    if before and len(text[before[-1].end:trig_start]) <= 4 and person_lexicon().title_re.fullmatch(
            text[before[-1].end:trig_start]):
        return before[-1]         # 「习近平主席访问太平洋岛国和菲律宾的成果」
    # 「正在希腊访问的习近平主席」 / 「抵达雄安新区后，习近平总书记…」 / 「春节前考察北京，习近平总书记…」
    after = _references(ctx, trig_end, sentence.end)
    if after:
        first = after[0]
        gap = text[trig_end:first.start]
        _, clause_end = _clause_bounds(text, sentence, trig_end)
        if gap.endswith("的") and len(gap) < 20:
            return first
        tail = gap[gap.rfind("的") + 1:] if "的" in gap else None
        if tail is not None and len(gap) < 24 and not re.search(r"[，。；：]", gap) \
                and _only_titles(ctx, first.start - len(tail), first.start, "兼"):
            return first          # 「正在北京访问的法国总统马克龙」「到访日内瓦某组织总部的联合国秘书长X」
        if local_only and tail is not None and len(gap) < 32 and not re.search(r"[，。；：“”]", gap) \
                and len(tail) <= 16 and ends_in_title(tail) and not re.search(r"[他她我们其这那该]", tail):
            return first          # 「与来华出席某论坛的某国国防大臣X会谈」: the guest met, a post of a foreign body
        cs, _ = _clause_bounds(text, sentence, trig_start)
        if tail is not None and len(gap) < 32 and not re.search(r"[，。；：“”]", gap) \
                and text[cs:trig_start].strip() in _RELATIVE_LEADS and ends_in_title(tail):
            return first          # 「正在访问某国的某国政府某事务特别代表X」: a long office before the name
        if text[clause_end:first.start] in ("，", ",") and _subject_ok(ctx, first, first.end):
            return first
        if text[clause_end:clause_end + 1] in ("，", ",") and 1 < first.start - clause_end <= 30 \
                and _CLAUSE_LEAD.fullmatch(text, cs, trig_start) and text[trig_start:trig_start + 1] != "在" \
                and _only_titles(ctx, clause_end + 1, first.start, "、", teams=True) and _subject_ok(ctx, first, first.end):
            return first          # 「抵达武汉后，某省援鄂医疗队队长、某医院副主任X…」: titles before the name
    if local_only:
        return None
    # a clause that opens with a trip verb (「访问柬埔寨，…」) is about the article's protagonist
    cs, _ = _clause_bounds(text, sentence, trig_start)
    if cs == sentence.start and not text[cs:trig_start].strip() and ctx.protagonist is not None \
            and text[trig_start:trig_end] in TRIP_WORDS:
        return ctx.protagonist
    # carried over from the previous sentences (up to three back), unless the sentence has a
    # subject of its own that is not a person (「捷联公司曾开出6辆大巴，…远赴四川」); a pronoun
    # opening the sentence is its subject (「当天下午，她带着队伍抵达了武汉」: 队伍 is an object)
    if not _pronoun_subject(ctx, sentence, cs, trig_start) and (_non_person_subject(ctx, sentence.start, trig_start) or any(
            t.flag[:1] == "n" and t.flag not in ("nr", "nrfg", "nrt", "ns", "nt") and not _is_time_word(t.word)
            and t.word not in _TRACES for t in _tokens_between(ctx, cs, trig_start))):
        return None
    if cs == sentence.start and not _TIME_LEAD.search(text[cs:trig_start]) \
            and text[trig_start:trig_end] not in REVISIT_WORDS and not _PRONOUN.match(text, cs):
        return None               # 「走进小岗村有机农场，只见…」: the writer's own walk
    idx = sentence.index
    for back in range(idx - 1, max(-1, idx - 4), -1):
        prev = ctx.analysis.sentences[back]
        cands = [m for m in _references(ctx, prev.start, prev.end) if _subject_ok(ctx, m, prev.end)]
        if prev.paragraph != sentence.paragraph and not _section_heading(ctx, prev, sentence):
            # a new paragraph: only the article's protagonist carries over (and the person a section's
            # heading names: 「某医院护士长某某——」 then 「1月28日抵达武汉，…」)
            cands = [m for m in cands if ctx.protagonist is not None and m.key == ctx.protagonist.key]
        if cands:
            return cands[-1] if not _is_object(ctx, cands[-1]) else cands[0]
    return None


# what may open a clause before its subject: a time, a connective
_CLAUSE_LEAD = re.compile(r"(?:[0-9一二三四五六七八九十]+[年月日号]|当天|当晚|当日|次日|随后|此后|之后|后来|那天|那年|"
                          r"[上下]午|晚上|凌晨|深夜|同时|于是|然后|[，,\s])*")
_PRONOUN_AT = re.compile(r"[他她](?!们|人|乡|国|的|说|表示|告诉)")
# what may stand between a clause's subject and its verb
_ADVERBIAL = ("d", "p", "c", "t", "m", "f", "q", "r", "ad", "uj", "ul")


def _pronoun_subject(ctx: _Context, sentence: Sentence, cs: int, trig_start: int) -> bool:
    """Whether a 他/她 opening the sentence (after a time) is the subject of the trip verb at
    ``trig_start``: no speech or other person between, and the verb's clause has no subject of its
    own (its first word, after adverbs, is a verb: 她就作为…组长，带着队伍抵达了武汉)."""
    text = ctx.text
    lead = _CLAUSE_LEAD.match(text, sentence.start)
    pos = lead.end() if lead else sentence.start
    if pos >= trig_start or not _PRONOUN_AT.match(text, pos):
        return False
    if _SPEECH.search(text, pos, trig_start) or _references(ctx, pos, trig_start):
        return False
    start = pos + 1 if cs <= pos else cs
    for t in _tokens_between(ctx, start, trig_start):
        if t.flag[:1] == "v":
            return True
        if t.flag not in _ADVERBIAL and t.flag[:1] not in ("d", "p"):
            return False
    return True


# a person, then a verb of saying and a comma: what follows is their speech, reported without quotes
_REPORTED = re.compile(r"[^，。；：“”]{0,4}?(?:指出|表示|强调|说)[，,]")


def _reported_speaker(ctx: _Context, sentence: Sentence, clause_start: int) -> Mention | None:
    """The person whose unquoted speech holds the clause at ``clause_start`` (某某指出，…我…): named
    at the start of the sentence, before a verb of saying that ends the clause before."""
    text = ctx.text
    refs = _references(ctx, sentence.start, clause_start)
    if not refs:
        return None
    first = refs[0]
    said = _REPORTED.match(text, first.end)
    if said is None or said.end() > clause_start or not _only_titles(ctx, sentence.start, first.start) \
            or "“" in text[sentence.start:clause_start]:
        return None               # (titles may stand before the name: 国家主席某某指出，…)
    return first


# a section heading that ends in a dash (「某医院护士长某某——」)
_HEADING_DASH = re.compile(r"——\s*$")


def _section_heading(ctx: _Context, prev: Sentence, sentence: Sentence) -> bool:
    """Whether ``prev`` is the heading of the section ``sentence`` opens: a line ending in a dash,
    followed by nothing but a subtitle line (no full stop) before ``sentence``'s paragraph."""
    if not _HEADING_DASH.search(prev.text) or sentence.paragraph - prev.paragraph > 2:
        return False
    between = ctx.analysis.sentences[prev.index + 1:sentence.index]
    # (``sentence`` opens its paragraph when the sentence before it lies in another)
    return all(s.paragraph != sentence.paragraph and "。" not in s.text for s in between)


def _only_titles(ctx: _Context, start: int, end: int, separators: str = "", teams: bool = False) -> bool:
    """Whether ``text[start:end]`` holds nothing but titles, places and organisations (and ``separators``;
    with ``teams`` also teams sent somewhere, 援鄂医疗队, and units written in Latin letters, ICU)."""
    rest = ctx.text[start:end]
    for sep in separators:
        rest = rest.replace(sep, "")
    for m in ctx.analysis.mentions:
        if start <= m.start and m.end <= end and m.kind in ("place", "organization"):
            rest = rest.replace(m.text, "")
    if teams:
        rest = _TEAM_OR_UNIT.sub("", rest)
    return not person_lexicon().title_re.sub("", rest)


# a team sent to help a place (援鄂医疗队, 支援湖北医疗队) and a unit named in Latin letters (ICU), in a title
_TEAM_OR_UNIT = re.compile(r"(?:国家|军队)?(?:支援|驰援|援)[\u4e00-\u9fff]{1,4}?(?:医疗队|救援队|专家组)(?:的)?|[A-Z]{2,5}")


def _named_right_after(ctx: _Context, sentence: Sentence, pos: int) -> Mention | None:
    """The person named at ``pos`` after nothing but titles, places and organisations."""
    after = _references(ctx, pos, sentence.end)
    if not after or after[0].start - pos >= 24 or not _only_titles(ctx, pos, after[0].start):
        return None
    return after[0]


# what may open a relative clause whose trip verb describes the person named after it
_RELATIVE_LEADS = ("正在", "前来", "此前", "刚刚", "目前正在")


# a place word pointing back, or 是 making the trip the clause's topic
_HERE_OR_TOPIC = re.compile(r"这里|这儿|此地|当地|是")


def elided_in_quote(ctx: _Context, sentence: Sentence, trig_start: int) -> bool:
    """Whether a trip verb inside a quotation has no subject of its own and the quotation names no one
    before it: the speaker tells their own trip (“除夕报名，正月初二出发，初三凌晨4点抵达孝感。”某某说)."""
    quoted = ctx.quote_at(trig_start)
    if quoted is None:
        return False
    text = ctx.text
    cs, ce = _clause_bounds(text, sentence, trig_start)
    if _someone_between(ctx, quoted[0], trig_start, "他她它你您咱"):
        return False
    if _HERE_OR_TOPIC.search(text, trig_start, ce):
        return False              # “来到这里，就要…”: a place the speaker may work at; “这次驰援武汉是…”: a topic
    return _no_subject(ctx, max(cs, quoted[0] + 1), trig_start)


def _no_subject(ctx: _Context, start: int, verb: int) -> bool:
    """Whether nothing but adverbs, adjectives (近的去了…), times and numbers stands between ``start`` and
    the verb at ``verb``."""
    return all(t.flag in _ADVERBIAL or t.flag[:1] in ("d", "t", "m", "a") for t in _tokens_between(ctx, start, verb))


# the end of a time clause (去上海时, 到北京后)
_WHEN_END = re.compile(r"(?:时|后|期间|之际)$")


def _writer_before(ctx: _Context, sentence: Sentence, cs: int, trig_start: int) -> bool:
    """Whether an earlier clause of the sentence has the writer (我) as its subject, or the clause after a
    time clause does, and the trigger's clause none of its own: nothing but adverbs and times before
    the verb, and no one else named or pronoun between."""
    text = ctx.text
    _, ce = _clause_bounds(text, sentence, trig_start)
    if _WHEN_END.search(text, trig_start, ce) and _FIRST_PERSON.match(text, ce + 1) \
            and not _someone_between(ctx, cs, trig_start):
        return True               # 「1973年第一次去上海时，我在黄浦江畔拍摄了…」: the writer, named after the time clause
    me = list(_FIRST_PERSON.finditer(text, sentence.start, cs))
    if not me or ctx.in_quote(me[-1].start()) or _someone_between(ctx, me[-1].end(), trig_start):
        return False
    return _no_subject(ctx, cs, trig_start)


def _someone_between(ctx: _Context, lo: int, hi: int, pronouns: str = "他她它") -> bool:
    """Whether ``[lo, hi)`` names or refers to someone, or holds one of ``pronouns``."""
    return bool(_references(ctx, lo, hi)) or any(c in pronouns for c in ctx.text[lo:hi])


# the writer urging, inviting or sending others on the trip (鼓励…青年来华, 派…专家赴…)
_SENDS = re.compile(r"(?:鼓励|邀请|欢迎|吸引|动员|号召|推荐|资助|派遣|选派|派出|送)[^，。；：“”]{1,16}$")

# a clause that opens with 他/她 (他的足迹…, 她先后…) is about a person named before, not the writer
_PRONOUN = re.compile(r"[他她](?!们|人|乡|国)")

# a person's traces as the subject of a trip verb (他的足迹踏遍…): the person travels
_TRACES = ("足迹", "身影", "脚步", "脚印")

_OBJECT_BEFORE_VERB = re.compile(r"(?:(?<![陪随一])同|与|跟|会见|接见|接待|欢迎|宴请|邀请)(?:了)?$")

# an object verb, then a relative clause of the trip verb (会见了|来华|访问|的…)
_OBJECT_BEFORE_RELATIVE = re.compile(r"(?:(?<![陪随一])同|与|跟|会见|会晤|接见|接待|欢迎|宴请|邀请)了?[^，。；：、“”的]{1,8}$")

_OBJECT_RE = re.compile(r".*((?<![陪随一])同|和|与|向|给|对|为|跟|(?<![伴跟追尾])随(?![着后即时处便])|会见|会晤|接见|接待|欢迎|邀请|应|看到|见到|把|被|让|请)([^，。；：、“”]{0,12})$")

# a person followed (随 + titles): the followers are the clause's subject
_WITH_GUIDE = re.compile(r"(?<![伴跟追尾])随[^，。；：、“”]{0,8}$")

# a causative verb between a person and the trip: the person sends someone else
_CAUSE = re.compile(r"(?:让|叫|派出?|委派|指派|安排)[^，。；：、的]{1,10}$")

# relatives, companions and the family a 我 before them owns (我儿子去了…, 我同事来到…, 我家…来到: they go,
# not the speaker)
_RELATIVES = ("儿子", "女儿", "孩子", "父亲", "母亲", "父母", "爸", "妈", "丈夫", "妻子", "老伴", "爱人", "老公", "老婆",
              "哥", "姐", "弟", "妹", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "孙子", "孙女", "同事", "朋友",
              "同学", "学生", "家", "亲人", "战友")
_FIRST_PERSON = re.compile(r"我(?!国|省|市|县|区|军|党|校|院|们的|" + "|".join(_RELATIVES) + ")")

# an open bracket crediting reporters before the name (（记者甲、乙）, （本报记者甲）, 电（甲、乙）)
_BYLINE = re.compile(r"(?:[（(][^）)]{0,12}记者|电[\s\u3000\xa0]*[（(])[^）)]*$")

_MET_RE = re.compile(r"(?:会见|会晤|接见|接待|宴请|看望|慰问)了?([^，。；：、“”]{1,28})$")

_TIME_LEAD = re.compile(r"\d|[一二三四五六七八九十]月|年|日|此后|随后|之后|后来|接着")

REVISIT_WORDS = ("再赴", "再到", "重访", "重返")


def _is_time_word(word: str) -> bool:
    return bool(re.search(r"[年月日时天]$|早春|春天|夏天|秋天|冬天|前夕|期间|之际|当天|上午|下午|晚上", word))


# what follows a body that is the subject of its clause
_ORGAN_SUBJECT = re.compile(r"(?:在|于|将|还|也|先后|组织|举办|召开)")


_AS_ROLE = re.compile(r"[\s\u3000]*作为[^，。；：“”]{1,40}[，,]")


def _non_person_subject(ctx: _Context, start: int, end: int) -> bool:
    """An organisation, or a group or thing noun, before ``end`` in the sentence (not inside an opening
    「作为某医院主任医师，」, which says what the subject is)."""
    role = _AS_ROLE.match(ctx.text, start, end)
    if role is not None:
        start = role.end()
    if any(m.kind in ("organization", "company") and start <= m.start and m.end <= end for m in ctx.analysis.mentions):
        return True
    tokens = _tokens_between(ctx, start, end)
    if any(t.flag == "nt" and _ORGAN_SUBJECT.match(ctx.text, t.end) for t in tokens):
        return True               # 「民盟中央|nt 在重庆举办…，赴某陈列馆」: a body jieba names, acting
    return any(t.flag[:1] == "n" and t.word[-1:] in _NON_PERSON_HEADS and t.word not in person_lexicon().titles
               for t in tokens)


def _is_object(ctx: _Context, m: Mention) -> bool:
    """A person after a preposition or an object verb, possibly with a title between (「同印度总理莫迪」)."""
    text = ctx.text
    hit = _OBJECT_RE.search(text[max(0, m.start - 14):m.start])
    if hit and hit.group(1) == "同" and text[max(0, m.start - 15):m.start].endswith("陪" + hit.group(0)):
        return False              # 「莫迪总理陪同习近平主席参观」: the person after 陪同 is the visitor
    met = _MET_RE.search(text[max(0, m.start - 30):m.start])
    if met is not None and ends_in_title(met.group(1)):
        return True               # 「会见了欧洲委员会人权与法治总司司长某某」: a verb's object after a long office
    if not hit:
        return False
    at = max(0, m.start - 14) + hit.start(1)
    if not any(t.start == at for t in _tokens_between(ctx, at, at + len(hit.group(1)))):
        return False              # 「太和村村民某某」: the 和 is inside a word, no preposition
    middle = hit.group(2)
    for p in ctx.places:
        if p.end <= m.start and p.start >= m.start - len(middle):
            middle = middle.replace(p.text, "")
    middle = person_lexicon().title_re.sub("", middle)
    return len(middle) <= 2
