"""Visit extractor: who went where, and in which year.

A visit is read from a *trigger* (a verb of the shipped, user-extensible lexicon
``data/visit_triggers.txt``) and its arguments in the same clause:

* ``move`` verbs take the places that follow them: 「来到酒泉、定西、临夏、兰州等地」 gives
  four visits; a chain 「某市某县某某村」 gives its most specific place (a foreign
  chain 「俄罗斯莫斯科」 keeps the country and the city);
* ``frame`` verbs take the place of a 「在X」/「到X」/「对X进行」 phrase before them
  (「在汶川考察」「正在希腊访问的」), or of a sentence-opening 「在X，」 clause;
* 「访美」「访华」 abbreviations come from ``data/visit_abbreviations.txt``.

The visitor is the nearest person before the trigger (a person mention, a title
linked to the person named with it in the document — 「总书记」, 「习爷爷」 — or a
pronoun carried over from the previous visitor), otherwise a person right after it
(「抵达雄安新区后，习近平总书记…」) or the visitor of the previous sentences.
Persons named with 「陪同」 become companions of the visits of that occasion.

The year comes from a time expression in the sentence, otherwise from the passage
(an earlier explicit year, a section heading such as 「镜头一 2013年 甘肃」, the
previous visit of the same passage) and never from a guess: without any of these
the visit keeps no year.

Not visits: plans, wishes, hypotheses and negations (block words before the
trigger in its clause), video links and screens, home and work places, triggers
inside quotations.  The same (visitor, place, year) in one document is one visit
with all its evidence sentences.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..registry import extractor
from ..types import Analysis, Evidence, Mention, Sentence, TimeExpr, Visit
from .persons import lexicon as person_lexicon
from .persons import title_references

DATA = Path(__file__).parent / "data"
TRIGGER_CLASSES = ("move", "frame", "both", "return", "strict", "leave", "block", "medium", "home", "here")
CLAUSE_BREAK = "，,；;：:。！？!?\n"
ENUM_SEPARATORS = ("、", "和", "及", "与", "以及", "，")
FOREIGN_LEVELS = ("country", "foreign-city", "foreign-state")
PRONOUNS = ("他", "她")
KIN_TITLES = ("爷爷", "伯伯", "奶奶", "阿姨", "大大", "老师", "总书记", "主席", "总理", "总统")
PRESENT_MARKERS = ("而今", "如今", "这次", "此次", "此行", "本次", "这一次")
PAST_MARKERS = ("曾", "当年", "那年", "上次", "此前", "以前", "过去", "早年", "多年前", "那时", "昔日", "早先",
                "当初", "时任", "担任", "多次", "屡次", "每年", "以来", "几次", "数次")


@dataclass(frozen=True)
class Lexicon:
    classes: dict[str, str]
    trigger_re: re.Pattern[str]
    abbreviations: dict[str, tuple[str, str]]

    def words(self, *classes: str) -> tuple[str, ...]:
        return tuple(sorted((w for w, c in self.classes.items() if c in classes), key=lambda w: (-len(w), w)))


def _rows(name: str, width: int) -> Iterator[tuple[int, list[str]]]:
    with open(DATA / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].rstrip("\n")
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != width:
                raise ValueError(f"{name} line {n}: {line!r}; expected {width} tab-separated fields")
            yield n, parts


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    classes: dict[str, str] = {}
    for n, (word, cls) in _rows("visit_triggers.txt", 2):
        if cls not in TRIGGER_CLASSES:
            raise ValueError(f"visit_triggers.txt line {n}: class {cls!r}; valid: {', '.join(TRIGGER_CLASSES)}")
        classes[word] = cls
    abbreviations = {abbr: (key, name) for _, (abbr, key, name) in _rows("visit_abbreviations.txt", 3)}
    verbs = sorted((w for w, c in classes.items() if c in ("move", "frame", "both", "return", "strict", "leave")),
                   key=lambda w: (-len(w), w))
    abbr = "访(?:" + "|".join(re.escape(a) for a in sorted(abbreviations)) + ")"
    return Lexicon(classes, re.compile(abbr + "|" + "|".join(re.escape(v) for v in verbs)), abbreviations)


# ---------------------------------------------------------------------------
# time expressions (fallback until the shared times recogniser is available)
# ---------------------------------------------------------------------------

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def _cn_number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s) and len(s) == 4:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total, unit_seen = 0, False
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _CN_DIGITS.get(head, 1) if head else 1
        ones = _CN_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in _CN_DIGITS) or (tail and tail not in _CN_DIGITS):
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in _CN_DIGITS:
        return _CN_DIGITS[s]
    return None if not unit_seen else total


_NUM = r"[0-9〇零一二三四五六七八九十两]"
_TIME_RE = re.compile(
    rf"(?P<y>(?:1[89]|20)\d\d|[〇零一二三四五六七八九]{{4}})年(?:(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?)?"
    rf"(?:(?:至|到|—|-|～|~)(?:(?P<y2>(?:1[89]|20)\d\d)年)?(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?"
    rf"|(?P<md_m>\d{{1,2}})月(?:(?P<md_d>\d{{1,2}})日(?:(?:至|到|—|-|～|~)(?:(?P<md_m2>\d{{1,2}})月)?(?P<md_d2>\d{{1,2}})日)?)?"
    rf"|(?<![月\d])(?P<day>\d{{1,2}})日(?:(?:至|到|—|-)(?P<day2>\d{{1,2}})日)?"
    rf"|(?P<ago>{_NUM}{{1,3}})(?:多)?年(?:多)?前"
    rf"|(?P<rel>今年|去年|前年|当年|那年|那一年|同年|次年|翌年|第二年|上一年)"
    rf"|(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])(?:年|春节|新春)"
)
_REL_OFFSET = {"今年": 0, "去年": -1, "前年": -2, "上一年": -1}
_CONTEXT_REL = {"当年": 0, "那年": 0, "那一年": 0, "同年": 0, "次年": 1, "翌年": 1, "第二年": 1}


def _date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def fallback_times(text: str, anchor_year: int | None) -> list[TimeExpr]:
    """Time expressions with the year they give (``None`` when it depends on context)."""
    out: list[TimeExpr] = []
    for m in _TIME_RE.finditer(text):
        g = m.groupdict()
        if g["y"]:
            y = _cn_number(g["y"])
            mo = int(g["m"]) if g["m"] else None
            d = int(g["d"]) if g["d"] else None
            begin = _date(y, mo, d)
            finish = None
            if g["d2"]:
                finish = _date(int(g["y2"]) if g["y2"] else y, int(g["m2"]) if g["m2"] else mo, int(g["d2"]))
            gran = "day" if d else ("month" if mo else "year")
            out.append(TimeExpr(m.group(), m.start(), m.end(), y, begin, finish, gran))
        elif g["md_m"]:
            out.append(TimeExpr(m.group(), m.start(), m.end(), None, None, None, "day" if g["md_d"] else "month"))
        elif g["day"]:
            out.append(TimeExpr(m.group(), m.start(), m.end(), None, None, None, "day"))
        elif g["ago"]:
            n = _cn_number(g["ago"])
            y = anchor_year - n if anchor_year is not None and n is not None else None
            out.append(TimeExpr(m.group(), m.start(), m.end(), y, None, None, "relative"))
        elif g["rel"]:
            off = _REL_OFFSET.get(g["rel"])
            y = anchor_year + off if anchor_year is not None and off is not None else None
            out.append(TimeExpr(m.group(), m.start(), m.end(), y, None, None, "relative"))
        elif g["gz"]:
            y = _ganzhi_year(g["gz"], anchor_year)
            out.append(TimeExpr(m.group(), m.start(), m.end(), y, None, None, "year"))
    return out


def _ganzhi_year(name: str, anchor_year: int | None) -> int | None:
    try:
        from .lunar import ganzhi_year
    except ImportError:   # pragma: no cover - lunar helpers ship with the package
        return None
    return ganzhi_year(name, anchor_year)


def _times(analysis: Analysis) -> list[TimeExpr]:
    anchor = analysis.doc.date.year if analysis.doc.date else None
    own = fallback_times(analysis.doc.text, anchor)
    if not analysis.times:
        return own
    # prefer the shared recogniser's expressions; keep ours where it found nothing
    theirs = sorted(analysis.times, key=lambda t: (t.start, t.end))
    extra = [t for t in own if not any(o.start < t.end and t.start < o.end for o in theirs)]
    return sorted(theirs + extra, key=lambda t: (t.start, t.end))


# ---------------------------------------------------------------------------
# document structure: quotes, headings, clauses
# ---------------------------------------------------------------------------

def quote_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"“[^“”]*”|「[^「」]*」|‘[^‘’]*’", text):
        spans.append((m.start(), m.end()))
    return spans


@dataclass(frozen=True)
class Heading:
    start: int
    end: int
    year: int | None
    places: tuple[Mention, ...]


_HEADING_TIME = re.compile(r"((?:1[89]|20)\d\d)年")


def headings(analysis: Analysis) -> list[Heading]:
    """Short lines that give a year and/or a place for the passage below (「镜头一 2013年 甘肃」)."""
    text = analysis.doc.text
    out: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip().lstrip("#").strip()
        if not body or len(body) > 24 or re.search(r"[，。；！？,;!?]", body):
            continue
        ym = _HEADING_TIME.search(body)
        places = tuple(m for m in analysis.mentions if m.kind == "place" and start <= m.start and m.end <= end)
        if ym and places:
            out.append(Heading(start, end, int(ym.group(1)), places))
        elif ym and len(body) <= 12:
            out.append(Heading(start, end, int(ym.group(1)), ()))
    return out


def _clause_bounds(text: str, sentence: Sentence, offset: int) -> tuple[int, int]:
    s = offset
    while s > sentence.start and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    e = offset
    while e < sentence.end and text[e] not in CLAUSE_BREAK:
        e += 1
    return s, e


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

def _level(m: Mention) -> str:
    return m.attr("level") or ""


def _is_foreign(m: Mention) -> bool:
    return m.key.startswith("geo:") and m.key != "geo:CN"


_APPOSITION = ("首都", "首府", "省会", "的首都", "的首府", "的省会")
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
        elif gap in _APPOSITION:
            groups[-1].append(m)      # 「印尼首都雅加达」: a chain with its capital
        elif gap in ENUM_SEPARATORS[:-1] or _MODIFIED_ITEM.fullmatch(gap):
            groups.append([m])
        else:
            break
        pos = m.end
    return groups


_LIST_END = re.compile(r"的|等|两地|三地|各地|一带|地区|考察|调研|视察|看望|慰问|访问|参观|走访|$")


def _list_closed(text: str, end: int, clause_end: int) -> bool:
    """Whether a place list ends at ``end`` (clause end, 等地, a visit verb …)."""
    return bool(_LIST_END.match(text[end:clause_end]))


def _chain_targets(chain: list[Mention]) -> list[Mention]:
    """The places a chain stands for: its most specific place, and the country of a foreign chain.

    A chain is either adjacent mentions or one mention whose ``chain`` attribute lists the
    places written before it (「澳大利亚塔斯马尼亚州」 → ``chain=geo:AU``).
    """
    last = chain[-1]
    if _is_foreign(chain[0]) and _level(chain[0]) == "country" and len(chain) > 1:
        return [chain[0], last]
    head = (chain[0].attr("chain") or "").split("|")[0]
    if head.startswith("geo:") and head.count(":") == 1 and head != "geo:CN" and _is_foreign(chain[0]):
        name = _place_name(head)
        if name:
            m = chain[0]
            country = Mention("place", m.text, m.start, m.end, head, name, m.doc_id, "visits", (("level", "country"),))
            return [country, last]
    return [last]


@lru_cache(maxsize=256)
def _place_name(key: str) -> str | None:
    try:
        from ..gazetteer import load
    except ImportError:   # pragma: no cover
        return None
    rec = load().get(key)
    return rec.name if rec else None


# ---------------------------------------------------------------------------
# visitor
# ---------------------------------------------------------------------------

@dataclass
class _Context:
    analysis: Analysis
    text: str
    lex: Lexicon
    persons: list[Mention]
    places: list[Mention]
    quotes: list[tuple[int, int]]
    title_refs: dict[str, str]
    surname_refs: dict[str, str]
    ref_re: re.Pattern[str] | None
    protagonist: Mention | None = None
    tokens: list = field(default_factory=list)          # the document's POS tokens, loaded on first use
    token_starts: list[int] = field(default_factory=list)
    last_visitor: tuple[int, Mention] | None = None
    events: list["_Event"] = field(default_factory=list)

    def in_quote(self, offset: int) -> bool:
        return any(a < offset < b for a, b in self.quotes)


@dataclass(frozen=True)
class _Event:
    visitor: Mention
    places: tuple[Mention, ...]
    trigger: tuple[int, int]
    sentence: Sentence
    role: str = "visitor"
    nominal: bool = False
    trip_frame: bool = False


def _make_context(analysis: Analysis) -> _Context:
    text = analysis.doc.text
    persons = sorted((m for m in analysis.mentions if m.kind == "person"), key=lambda m: m.start)
    places = sorted((m for m in analysis.mentions if m.kind == "place"), key=lambda m: m.start)
    refs = title_references(analysis)
    surname_refs: dict[str, str] = {}
    for name in _ranked_names(persons, refs):
        surname_refs.setdefault(name[0], name)
    words = set(refs) | {s + k for s in surname_refs for k in KIN_TITLES}
    ref_re = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))) if words else None
    ranked = _ranked_names(persons, refs)
    leaders = set(refs.values())
    protagonist = None
    if ranked and ranked[0] in leaders:
        first = next(m for m in persons if m.name == ranked[0])
        protagonist = Mention("person", first.text, first.start, first.end, first.key, first.name,
                              analysis.doc.id, "visits", (("reference", "protagonist"),))
    return _Context(analysis, text, lexicon(), persons, places, quote_spans(text), refs, surname_refs, ref_re,
                    protagonist)


def _ranked_names(persons: list[Mention], refs: dict[str, str]) -> list[str]:
    """Person names, those linked from a leader title first, then by frequency."""
    counts: dict[str, int] = {}
    for m in persons:
        counts[m.name] = counts.get(m.name, 0) + 1
    leaders = set(refs.values())
    return sorted(counts, key=lambda n: (n not in leaders, -counts[n], n))


def _references(ctx: _Context, start: int, end: int) -> list[Mention]:
    """Person mentions and linked short references (总书记, 习爷爷, 他) inside ``[start, end)``."""
    found = [m for m in ctx.persons if start <= m.start and m.end <= end]
    text = ctx.text
    if ctx.ref_re is not None:
        for r in ctx.ref_re.finditer(text, start, end):
            if any(m.start <= r.start() < m.end or r.start() <= m.start < r.end() for m in found):
                continue
            if any(m.start == r.end() or m.end == r.start() for m in ctx.persons):
                continue          # part of 「省长刘国中」/「习近平总书记」, not a reference of its own
            word = r.group()
            name = ctx.title_refs.get(word) or ctx.surname_refs.get(word[0])
            if name is None:
                continue
            found.append(Mention("person", word, r.start(), r.end(), f"person:{name}", name,
                                 ctx.analysis.doc.id, "visits", (("reference", word),)))
    for p in PRONOUNS:
        for r in re.finditer(p, text[start:end]):
            s = start + r.start()
            if text[s + 1:s + 2] == "们" or ctx.last_visitor is None:
                continue
            v = ctx.last_visitor[1]
            found.append(Mention("person", p, s, s + 1, v.key, v.name, ctx.analysis.doc.id, "visits",
                                 (("reference", p),)))
    return sorted(found, key=lambda m: m.start)


_SPEECH = re.compile(r"(?:表示|说|指出|认为|介绍|称|强调|透露|坦言|感慨|回忆)(?:道)?[，：:]")
_NOT_SUBJECT_BEFORE = ("同", "和", "与", "向", "给", "对", "为", "跟", "把", "被", "让", "请", "看到", "见到")
_NOT_SUBJECT_AFTER = ("的", "家", "们", "等人", "陪同")


def _subject_ok(ctx: _Context, m: Mention, trigger_start: int) -> bool:
    """Whether a person before a trigger can be its actor (not a possessor, object or companion)."""
    text = ctx.text
    after = text[m.end:m.end + 2]
    if any(after.startswith(w) for w in _NOT_SUBJECT_AFTER):
        return False          # 「马国元的家中」「徐海成家」「村民们」「X陪同」
    if _SPEECH.search(text[m.end:trigger_start]):
        return False          # 「伊比什表示，越来越多中国年轻人选择到土耳其度假」: the speaker
    zai = text.rfind("在", max(0, m.start - 20), m.start)
    if zai >= 0 and re.match(r"在[^，。；：]{0,24}?陪同下", text[zai:trigger_start]) \
            and not re.search(r"[，。；：]", text[zai:m.start]):
        return False          # 「在省委书记胡和平、省长刘国中陪同下」
    return not _is_object(ctx, m)


def _visitor(ctx: _Context, sentence: Sentence, trig_start: int, trig_end: int,
             local_only: bool = False) -> Mention | None:
    text = ctx.text
    cs, _ = _clause_bounds(text, sentence, trig_start)
    if re.search(r"我(?!国|省|市|县|区|军|党|校|院|们的)", text[cs:trig_start]) and not ctx.in_quote(trig_start):
        return None               # 「在我第一次访华时」: the speaker, whom the text does not name here
    refs = _references(ctx, sentence.start, trig_start)
    if refs and refs[-1].end == trig_start:
        return refs[-1]          # 「接待法国总统马克龙访华期间」: the person right before the verb acts
    before = [m for m in refs if _subject_ok(ctx, m, trig_start)]
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
        if tail is not None and len(gap) < 24 and not re.search(r"[，。；：]", gap):
            for m in ctx.analysis.mentions:
                if trig_end <= m.start and m.end <= first.start and m.kind in ("place", "organization"):
                    tail = tail.replace(m.text, "")
            if not person_lexicon().title_re.sub("", tail):
                return first      # 「正在北京访问的法国总统马克龙」「到访日内瓦某组织总部的联合国秘书长X」
        if text[clause_end:first.start] in ("，", ",") and _subject_ok(ctx, first, first.end):
            return first
    if local_only:
        return None
    # a clause that opens with a trip verb (「访问柬埔寨，…」) is about the article's protagonist
    cs, _ = _clause_bounds(text, sentence, trig_start)
    if cs == sentence.start and not text[cs:trig_start].strip() and ctx.protagonist is not None \
            and text[trig_start:trig_end] in TRIP_WORDS:
        return ctx.protagonist
    # carried over from the previous sentences (up to three back), unless the sentence has a
    # subject of its own that is not a person (「捷联公司曾开出6辆大巴，…远赴四川」)
    if _non_person_subject(ctx, sentence.start, trig_start) or any(
            t.flag[:1] == "n" and t.flag not in ("nr", "nrfg", "nrt", "ns", "nt") and not _is_time_word(t.word)
            for t in _tokens_between(ctx, cs, trig_start)):
        return None
    if cs == sentence.start and not _TIME_LEAD.search(text[cs:trig_start]) \
            and text[trig_start:trig_end] not in REVISIT_WORDS:
        return None               # 「走进小岗村有机农场，只见…」: the writer's own walk
    idx = sentence.index
    for back in range(idx - 1, max(-1, idx - 4), -1):
        prev = ctx.analysis.sentences[back]
        cands = [m for m in _references(ctx, prev.start, prev.end) if _subject_ok(ctx, m, prev.end)]
        if cands:
            return cands[-1] if not _is_object(ctx, cands[-1]) else cands[0]
    return None


_OBJECT_RE = re.compile(r".*(同|和|与|向|给|对|为|跟|会见|会晤|接见|接待|欢迎|邀请|应|看到|见到|把|被|让|请)([^，。；：、“”]{0,12})$")


_TIME_LEAD = re.compile(r"\d|[一二三四五六七八九十]月|年|日|此后|随后|之后|后来|接着")
REVISIT_WORDS = ("再赴", "再到", "重访", "重返")


def _is_time_word(word: str) -> bool:
    return bool(re.search(r"[年月日时天]$|早春|春天|夏天|秋天|冬天|前夕|期间|之际|当天|上午|下午|晚上", word))


def _non_person_subject(ctx: _Context, start: int, end: int) -> bool:
    """An organisation, or a group or thing noun, before ``end`` in the sentence."""
    if any(m.kind in ("organization", "company") and start <= m.start and m.end <= end for m in ctx.analysis.mentions):
        return True
    return any(t.flag[:1] == "n" and t.word[-1:] in _NON_PERSON_HEADS and t.word not in person_lexicon().titles
               for t in _tokens_between(ctx, start, end))


def _is_object(ctx: _Context, m: Mention) -> bool:
    """A person after a preposition or an object verb, possibly with a title between (「同印度总理莫迪」)."""
    text = ctx.text
    hit = _OBJECT_RE.search(text[max(0, m.start - 14):m.start])
    if hit and hit.group(1) == "同" and text[max(0, m.start - 15):m.start].endswith("陪" + hit.group(0)):
        return False              # 「莫迪总理陪同习近平主席参观」: the person after 陪同 is the visitor
    if not hit:
        return False
    middle = hit.group(2)
    for p in ctx.places:
        if p.end <= m.start and p.start >= m.start - len(middle):
            middle = middle.replace(p.text, "")
    middle = person_lexicon().title_re.sub("", middle)
    return len(middle) <= 2


# ---------------------------------------------------------------------------
# triggers → events
# ---------------------------------------------------------------------------

_PLAN_RE = re.compile(r"即将(?!到来|来临)|(?<!即)将(?!近|军|士|领|其|这|此|之|该|是)|拟于|明年|下个?月|下周|近期")
_RETURN_RE = re.compile(r"结束|回国|启程|返回|返京|离开")
_SINGLE_BLOCK_REACH = 4


def _blocked(ctx: _Context, clause_start: int, trig_start: int, sentence: Sentence, word: str) -> bool:
    """Plans, wishes, hypotheses, negations, remote contact and return trips are not visits."""
    text = ctx.text
    head = re.sub(r"应邀|应[^，。；]{1,20}?邀请", "", text[clause_start:trig_start])
    for w in ctx.lex.words("block"):
        pos = head.rfind(w)
        if pos < 0:
            continue
        if len(w) == 1 and len(head) - pos > _SINGLE_BLOCK_REACH:
            continue          # a one-character block word only right before the verb (将赴, 未到, 不来)
        if w == "不" and head[pos:pos + 2] in ("不断", "不久", "不少", "不远", "不顾", "不辞", "不畏"):
            continue
        if w == "将" and head[pos:pos + 2] in ("将近",):
            continue
        return True
    if _PLAN_RE.search(text[sentence.start:trig_start]):
        return True
    sent = text[sentence.start:sentence.end]
    if any(w in sent for w in ctx.lex.words("medium")):
        return True
    if word in ctx.lex.words("return"):
        prev = ctx.analysis.sentences[max(0, sentence.index - 1)]
        if _RETURN_RE.search(text[prev.start:sentence.end]):
            return True
    return False


def _future(t: TimeExpr, doc_date: dt.date | None) -> bool:
    return doc_date is not None and t.year is not None and t.year > doc_date.year


def _home_after(ctx: _Context, end: int) -> bool:
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
    out: list[Mention] = []
    for chain in groups:
        if _home_after(ctx, chain[-1].end):
            continue
        out.extend(_chain_targets(chain))
    return out


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
        if rec is not None:
            return Mention("place", tok.word[:n], start, start + n, rec[0], rec[1], ctx.analysis.doc.id, "visits",
                           (("level", rec[2]),))
    return None


@lru_cache(maxsize=4096)
def _chinese_record(name: str) -> tuple[str, str, str] | None:
    try:
        from ..gazetteer import load
    except ImportError:   # pragma: no cover
        return None
    recs = [r for r in load().lookup(name) if r.key.startswith("cn:") and r.level in ("province", "prefecture", "county")
            and getattr(r, "valid_to", None) is None]
    return (recs[0].key, recs[0].name, recs[0].level) if len(recs) == 1 else None


def _site_list_places(ctx: _Context, start: int, clause_end: int) -> list[Mention]:
    """Items of a 、-list of sites that open with a place: 「来到研究所、…、海口市江东新区展示中心」."""
    text = ctx.text
    if "、" not in text[start:clause_end]:
        return []
    out: list[Mention] = []
    pos = start
    for item in text[start:clause_end].split("、"):
        groups = _place_groups(ctx.places, pos, pos + len(item), text) if item else []
        if groups and pos > start:
            out.extend(_chain_targets(groups[0]))
        pos += len(item) + 1
    return out


_FRAME_RE = re.compile(r"(?:在|到|赴|对|来)$")
_TIME_PHRASE_END = re.compile(r"(?:时刻|之际|时|期间|下|关头|阶段|以来|之时)$")


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
        last_end = groups[-1][-1].end
        rest = text[last_end:trig_start]
        if lead.endswith("对"):
            if not re.match(r"(?:进行|的)?(?:国事|正式|友好|工作|私人|为期[^，。]{1,4})?$", rest):
                continue          # 「对中国人民表达慰问」 is not 「对尼泊尔进行国事访问」「结束对越南的国事访问」
            rest = rest.lstrip("的")
        if len(rest) > 8 or re.search(r"[的家中里内]", rest[:1] or "x") and not rest.startswith("等"):
            return []
        if _home_after(ctx, last_end):
            return []
        out: list[Mention] = []
        for chain in groups:
            out.extend(_chain_targets(chain))
        return out
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


def _opening_frame(ctx: _Context, sentence: Sentence, clause_start: int) -> list[Mention]:
    """「在X(等地)，」 as the clause before the trigger's clause in the same sentence."""
    text = ctx.text
    s = clause_start - 1
    if s <= sentence.start:
        return []
    ps, pe = _clause_bounds(text, sentence, s - 1)
    body = text[ps:pe]
    if not body.startswith("在"):
        return []
    groups = _place_groups(ctx.places, ps + 1, pe, text)
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
_COMPOUND_VERBS = ("旅游", "度假", "滑雪", "考察", "访问", "调研", "参观", "游览")
_OBJECT_OF_ABBREVIATION = ("接待", "会见", "欢迎", "接见", "邀请")
TRIP_WORDS = ("出访", "访问", "国事访问", "飞赴", "出国")


def _trigger_places(ctx: _Context, sentence: Sentence, word: str, ts: int, te: int,
                    cs: int, ce: int) -> list[Mention]:
    lex = ctx.lex
    text = ctx.text
    if word.startswith("访") and len(word) == 2 and word[1:] in lex.abbreviations:
        if text[max(0, ts - 2):ts] in _OBJECT_OF_ABBREVIATION:
            return []             # 「接待访华国际政要」: the visitors are the object, not named
        key, name = lex.abbreviations[word[1:]]
        return [Mention("place", word[1], ts + 1, te, key, name, ctx.analysis.doc.id, "visits",
                        (("level", "country" if key.startswith("geo:") else "region"),))]
    cls = lex.classes.get(word, "")
    if word in _COMPOUND_VERBS and _COMPOUND_AFTER.match(text, te):
        return []                 # 「旅游胜地」「考察团」: the verb is part of a noun
    places: list[Mention] = []
    if cls in ("move", "both", "return", "strict", "leave"):
        places = _places_after(ctx, sentence, te, ce)
    if cls == "leave":
        return _left_after_a_visit(ctx, sentence, places)
    if not places and cls in ("frame", "both"):
        places = (_frame_places(ctx, sentence, cs, ts) or _abbreviation_frame(ctx, cs, ts)
                  or _opening_frame(ctx, sentence, cs))
    if not places and text[te:te + 2] in ("期间", "时，", "之际"):
        places = _topic_places(ctx, sentence)
    if cls == "strict":
        places = [p for p in places if not p.key.startswith("unresolved:")]
    return places


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
        hit = None
        for n in range(min(8, org.end - pos), 1, -1):
            rec = _foreign_record(ctx.text[pos:pos + n])
            if rec is not None:
                hit = Mention("place", ctx.text[pos:pos + n], pos, pos + n, rec[0], rec[1], ctx.analysis.doc.id,
                              "visits", (("level", rec[2]),))
                break
        if hit is None:
            break
        chain.append(hit)
        pos = hit.end
    return [chain] if chain else []


@lru_cache(maxsize=4096)
def _foreign_record(name: str) -> tuple[str, str, str] | None:
    try:
        from ..gazetteer import load
    except ImportError:   # pragma: no cover
        return None
    recs = [r for r in load().lookup(name) if r.level in ("country", "foreign-city") and r.key != "geo:CN"]
    recs.sort(key=lambda r: (r.level != "country", -getattr(r, "population", 0), r.key))
    return (recs[0].key, recs[0].name, recs[0].level) if recs else None


def _foreign_frames(ctx: _Context, lo: int, hi: int) -> Iterator[tuple[int, list[Mention]]]:
    """「在法国巴黎，…」 clauses between ``lo`` and ``hi`` naming a foreign place."""
    text = ctx.text
    for m in re.finditer("在", text[lo:hi]):
        at = lo + m.start()
        groups = _place_groups(ctx.places, at + 1, hi, text) or _org_prefix_places(ctx, at + 1)
        if not groups or not all(_level(c[0]) in FOREIGN_LEVELS or _is_foreign(c[0]) for c in groups):
            continue
        out: list[Mention] = []
        for chain in groups:
            out.extend(_chain_targets(chain))
        yield at, out


_GROUP_BEFORE = re.compile(r"[批支名位些群]$")
_SETTLE = re.compile(r"开始[^，。]{0,6}工作|值班|成为了?一名|任职(?!仪式|典礼)|挂职|就职(?!仪式|典礼)|定居|落户|扎根|就读|上班|读研|读书|求学|创业|创办|成为[^，。]{0,12}(?:干部|书记|教师|员工|村官|职工)")


def _not_an_actor_visit(ctx: _Context, sentence: Sentence, word: str, ts: int, te: int, cs: int) -> bool:
    """Triggers whose subject is a group or a thing, moves to live or work, and bare 回到 (going home)."""
    text = ctx.text
    if _GROUP_BEFORE.search(text[cs:ts]):
        return True               # 「第十批赴南苏丹维和官兵」
    _, ce = _clause_bounds(text, sentence, ts)
    nxt_end = _clause_bounds(text, sentence, min(ce + 1, sentence.end - 1))[1] if ce + 1 < sentence.end else ce
    if _SETTLE.search(text[te:ce]) or (re.match(r"[，,](?:成为|担任|任|从事|开始|当|做)", text[ce:ce + 3])
                                       and _SETTLE.search(text[ce:nxt_end])):
        return True               # 「来到天城镇，成为该镇一名副科级干部」
    if ctx.lex.classes.get(word) == "return" and not re.search(
            "|".join(ctx.lex.words("frame", "both")), text[te:sentence.end]):
        return True               # 「回到广东」 without 看望/考察 …: going home
    abbreviation = word.startswith("访") and word[1:] in ctx.lex.abbreviations
    if re.search(r"带领|率领|率(?!先)", text[cs:ts]):
        return False              # 「带领一个考察团访问美国」: the leader travels with the group
    if (ctx.lex.classes.get(word) in ("move", "strict", "return") or abbreviation) and ts > cs:
        toks = _tokens_between(ctx, cs, ts)
        tok = toks[-1] if toks else None
        if tok is not None and tok.word[-1:] in _NON_PERSON_HEADS and tok.flag[:1] in ("n", "m") \
                and tok.word not in person_lexicon().titles \
                and not _references(ctx, cs, ts) \
                and (text[tok.start - 1:tok.start] == "的" or len(toks) == 1 or toks[-2].flag[:1] != "v"
                     or toks[-2].word in ("有", "是", "来自")):
            return True           # 「游客到访以色列」「班车抵达安多」「代表团访韩」: the subject is not a person
    return False


# last characters of nouns for groups and things that travel without a named person
_NON_PERSON_HEADS = set("客者员兵生众团队组家车机资船货物品人商足篮排")


def _tokens_between(ctx: _Context, start: int, end: int) -> list:
    from .persons import document_tokens

    if not ctx.tokens:
        ctx.tokens = document_tokens(ctx.analysis)
        ctx.token_starts = [t.start for t in ctx.tokens]
    i = bisect.bisect_left(ctx.token_starts, start)
    out = []
    for t in ctx.tokens[i:]:
        if t.start >= end:
            break
        if t.end <= end:
            out.append(t)
    return out


def _nominal(ctx: _Context, places: list[Mention], clause_end: int) -> bool:
    """「访问太平洋岛国和菲律宾的重要成果」「前往宁夏旅游的游客」: the verb phrase modifies a noun."""
    if not places:
        return False
    tail = ctx.text[max(p.end for p in places):clause_end]
    m = re.match(r"([^，。；的]{0,6})的([^，。；]{0,8})", tail)
    if not m:
        return False
    if re.fullmatch(r"(?:[、和及与][^，。；的]{1,6})*", m.group(1)):
        # 「来到临汾市、太原市的基层派出所」: the places own the site; 「访问南非的中国游客」: a group
        return bool(set(m.group(2)) & _NON_PERSON_HEADS) or bool(re.search(r"成果|协议|时候|期间", m.group(2)))
    return True                   # 「前往宁夏旅游的游客」: a verb phrase before 的 modifies a noun


_GROUP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:指导组|工作组|医疗队|代表团|考察团|分队|小组|团队)")


def _group_after(ctx: _Context, places: list[Mention]) -> bool:
    """「中央赴湖北指导组」「赴南苏丹维和工兵分队」: the verb phrase names a group."""
    return bool(places) and bool(_GROUP_AFTER.match(ctx.text, max(p.end for p in places)))


_HOME_FRAME = re.compile(r"在([^，。；]{2,30}?)(?:家中|家里|家)，")


def _home_visit(ctx: _Context, sentence: Sentence) -> _Event | None:
    """「在张北县德胜村村民徐海成家，总书记和一家人…」: the subject is in someone else's home at a place."""
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


def _events(ctx: _Context) -> Iterator[_Event]:
    text = ctx.text
    lex = ctx.lex
    trip: tuple[Mention, int] | None = None      # (visitor, paragraph) of the last trip abroad
    for sentence in ctx.analysis.sentences:
        sent_text = text[sentence.start:sentence.end]
        found = False
        for tm in lex.trigger_re.finditer(sent_text):
            ts, te = sentence.start + tm.start(), sentence.start + tm.end()
            if ctx.in_quote(ts):
                continue
            word = tm.group()
            cs, ce = _clause_bounds(text, sentence, ts)
            if _blocked(ctx, cs, ts, sentence, word):
                continue
            if _not_an_actor_visit(ctx, sentence, word, ts, te, cs):
                continue
            places = _trigger_places(ctx, sentence, word, ts, te, cs, ce)
            if _group_after(ctx, places):
                continue
            last = max([te, *(p.end for p in places if p.start >= te)])
            if re.match(r"的?(?:邀请|签证|计划|申请|请求|意向)", text[last:last + 4]):
                continue          # 「接受访美邀请」「赴美签证」: the trip is only the name of a document
            if not places and word in TRIP_WORDS:
                # 「首次出访，习近平在俄罗斯莫斯科国际关系学院演讲」
                places = next((p for _, p in _foreign_frames(ctx, te, sentence.end)), [])
            if not places:
                continue
            nominal = lex.classes.get(word) not in ("frame",) and all(p.start >= te for p in places) \
                and _nominal(ctx, places, ce)
            visitor = _visitor(ctx, sentence, ts, te, local_only=nominal)
            if visitor is None:
                continue
            ctx.last_visitor = (ts, visitor)
            found = True
            if word in TRIP_WORDS or word.startswith("访") or any(_is_foreign(p) for p in places):
                trip = (visitor, sentence.paragraph)
            yield _Event(visitor, tuple(places), (ts, te), sentence, nominal=nominal)
        if not found:
            home_visit = _home_visit(ctx, sentence)
            if home_visit is not None:
                found = True
                yield home_visit
        if not found and (trip is None or sentence.paragraph > trip[1] + 1):
            yield from _protagonist_frames(ctx, sentence)
            continue
        if found:
            continue
        # later sentences of a trip passage: 「在德国柏林，驳斥…；在比利时布鲁日，道出…」
        for at, places in _foreign_frames(ctx, sentence.start, sentence.end):
            if ctx.in_quote(at) or _blocked(ctx, _clause_bounds(text, sentence, at)[0], at, sentence, "在"):
                continue
            yield _Event(trip[0], tuple(places), (at, at + 1), sentence, trip_frame=True)


def _elided_subject(ctx: _Context, start: int) -> bool:
    """The clause at ``start`` opens with a verb: its subject is the one the passage is about."""
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
    """「在墨西哥奇琴伊察玛雅文明遗址，领略…；在埃及卢克索神庙，忆及…」 in a passage about the
    article's leading person: a foreign 「在X，」 clause followed by a clause with no subject of its
    own.  The person must be named in this paragraph or the one before."""
    v = ctx.protagonist
    if v is None:
        return
    text = ctx.text
    para_lo = next((s.start for s in ctx.analysis.sentences if s.paragraph >= sentence.paragraph - 1), 0)
    if not _references(ctx, para_lo, sentence.end):
        return
    for at, places in _foreign_frames(ctx, sentence.start, sentence.end):
        cs, ce = _clause_bounds(text, sentence, at)
        if cs != at or ctx.in_quote(at) or ce >= sentence.end or text[ce] not in "，,":
            continue
        if cs > sentence.start and text[cs - 1] not in "；;":
            continue              # only a frame that opens the sentence or an item of a ；-series
        if any(p.key == "geo:CN" for p in places):
            continue
        if not _elided_subject(ctx, ce + 1) or _blocked(ctx, cs, at, sentence, "在"):
            continue
        if re.search(r"工作|任职|留学|求学|生活|出生", text[at:ce + 8]):
            continue
        yield _Event(v, tuple(places), (at, at + 1), sentence, trip_frame=True)


# ---------------------------------------------------------------------------
# years
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _When:
    year: int | None
    begin: dt.date | None = None
    finish: dt.date | None = None


_SINCE = re.compile(r"以来|来|起|至今|以后|之后")


def _explicit_year_before(times: list[TimeExpr], lo: int, hi: int, text: str = "",
                          anchor: int | None = None) -> int | None:
    """The year of the last time expression in ``[lo, hi)`` that states one (2013年, or 今年 with a known anchor)."""
    ys = []
    for t in times:
        if not (lo <= t.start < hi) or t.year is None or (text and _SINCE.match(text, t.end)):
            continue
        if re.match(r"(?:1[89]|20)\d\d|[〇零一二三四五六七八九]{4}", t.text) and t.granularity != "relative":
            ys.append(t.year)
        elif anchor is not None and re.match(r"今年|去年|前年", t.text):
            year, _ = _year_of_time(t, anchor, lambda: None)
            if year is not None:
                ys.append(year)
    return ys[-1] if ys else None


def _paragraph_start(analysis: Analysis, sentence: Sentence) -> int:
    start = sentence.start
    for s in analysis.sentences[: sentence.index + 1][::-1]:
        if s.paragraph != sentence.paragraph:
            break
        start = s.start
    return start


_EXPLICIT_YEAR = re.compile(r"[12]\d\d\d年|[〇零○一二三四五六七八九]{4}年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]")
_MONTH_DAY = re.compile(r"\d{1,2}月|\d{1,2}日|[一二三四五六七八九十]{1,2}月")
_DOC_RELATIVE = re.compile(rf"^(?:今年|去年|前年|上一年|(?P<n>{_NUM}{{1,3}})(?:多)?年(?:多)?前)")


def trusted_year(analysis: Analysis) -> int | None:
    """The document year when the text or the file name states it (not guessed from years in the text)."""
    doc = analysis.doc
    if doc.date is None:
        return None
    if doc.date_source in ("given", "filename", "header"):
        return doc.date.year
    try:
        from .times import filename_date
    except ImportError:   # pragma: no cover
        return None
    named = filename_date(doc.path or doc.id) or filename_date(doc.id)
    if named is not None and abs((named - doc.date).days) < 40:
        return doc.date.year
    head = doc.text[:400]
    if re.search(rf"{doc.date.year}年\s*{doc.date.month}月\s*{doc.date.day}日", head):
        return doc.date.year
    return None


def _year_of_time(t: TimeExpr, anchor: int | None, context: "Callable[[], int | None]") -> tuple[int | None, bool]:
    """The year a time expression gives and whether it needed the passage context."""
    if _EXPLICIT_YEAR.search(t.text):
        if t.year is None:
            m = re.match(r"([12]\d\d\d)年", t.text)
            return (int(m.group(1)) if m else None), False
        return t.year, False
    m = _DOC_RELATIVE.match(t.text)
    if m:
        if anchor is None:
            return None, False
        if m.group("n"):
            n = _cn_number(m.group("n"))
            return (anchor - n if n is not None else None), False
        return anchor + _REL_OFFSET.get(t.text[:2], _REL_OFFSET.get(t.text[:3], 0)), False
    later = re.match(rf"({_NUM}{{1,3}})(?:多)?年(?:多)?后", t.text)
    if later:
        base, n = context(), _cn_number(later.group(1))
        return (base + n if base is not None and n is not None else None), True
    for word, off in _CONTEXT_REL.items():
        if t.text.startswith(word):
            base = context()
            if base is None and t.year is not None and t.granularity != "relative":
                return t.year, True   # the shared recogniser resolved 「次年3月」 from an earlier year
            return (base + off if base is not None else None), True
    if not _MONTH_DAY.match(t.text):
        return anchor, False      # 「春节前」「春节假期」: the document's own year, when it is known
    base = context()
    return (base if base is not None else anchor), True


def _resolve(ctx: _Context, ev: _Event, times: list[TimeExpr], heads: list[Heading],
             previous: list[tuple[_Event, _When]]) -> _When:
    analysis = ctx.analysis
    text = ctx.text
    s = ev.sentence
    ts = ev.trigger[0]
    anchor = trusted_year(analysis)
    head = next((h for h in reversed(heads) if h.end <= ts), None)
    section_start = head.end if head else 0
    para_start = _paragraph_start(analysis, s)
    past = any(w in text[s.start:ts] for w in PAST_MARKERS)

    def context_year() -> int | None:
        y = _explicit_year_before(times, para_start, ts, text, anchor)
        if y is None and previous:
            pe, pw = previous[-1]
            if pe.sentence.start >= max(section_start, _passage_floor(analysis, s)) and pw.year is not None:
                y = pw.year
        if y is None and head is not None:
            y = _explicit_year_before(times, section_start, ts) or head.year
        return y

    own = [t for t in times if s.start <= t.start and t.end <= ts and not _SINCE.match(text, t.end)]
    dated = [t for t in own if t.begin is not None or _EXPLICIT_YEAR.search(t.text)]
    explicit = [t for t in own if _EXPLICIT_YEAR.search(t.text)]
    if own:
        t = explicit[-1] if explicit else (dated[-1] if dated else own[-1])
        year, contextual = _year_of_time(t, None if past else anchor, context_year)
        if year is None:
            return _When(None)
        if not contextual and t.begin is not None and t.year == year:
            return _When(year, t.begin, t.finish)
        return _When(year, *_dates_of(t, year, analysis.doc.date))
    # no time in the sentence: 「而今/这次」 the current trip, else the previous visit of the passage,
    # then the heading
    if past:
        return _When(None)
    if any(w in text[s.start:ts] for w in PRESENT_MARKERS):
        lead = next((w for e, w in previous if e.visitor.key == ev.visitor.key
                     and e.trigger[0] >= _title_block_end(analysis)), None)
        return lead if lead is not None else _When(None)
    if previous:
        pe, pw = previous[-1]
        if pe.sentence.paragraph == s.paragraph and pe.sentence.start >= section_start \
                and pe.visitor.key == ev.visitor.key:
            return _When(pw.year)
    if head is not None:
        return _When(head.year)
    return _When(None)


def context_year_before(times: list[TimeExpr], para_start: int, section_start: int, offset: int,
                        head: Heading | None) -> int | None:
    y = _explicit_year_before(times, para_start, offset)
    if y is None:
        y = _explicit_year_before(times, section_start, offset)
    if y is None and head is not None:
        y = head.year
    return y


def _passage_floor(analysis: Analysis, sentence: Sentence) -> int:
    """The start of the passage a visit may inherit its year from: three paragraphs back."""
    floor = sentence.start
    paras = 0
    for s in analysis.sentences[: sentence.index + 1][::-1]:
        if s.paragraph != sentence.paragraph and s.paragraph < sentence.paragraph - 3:
            break
        floor = s.start
        paras += 1
    return floor


def _dates_of(t: TimeExpr, year: int | None, doc_date: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if year is None:
        return None, None
    m = re.match(r"(\d{1,2})月(\d{1,2})日(?:(?:至|到|—|-|～|~)(?:(\d{1,2})月)?(\d{1,2})日)?", t.text)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        begin = _date(year, mo, d)
        finish = _date(year, int(m.group(3)) if m.group(3) else mo, int(m.group(4))) if m.group(4) else None
        return begin, finish
    m = re.match(r"(\d{1,2})日", t.text)
    if m and doc_date is not None and year == doc_date.year:
        return _date(year, doc_date.month, int(m.group(1))), None
    return None, None


# ---------------------------------------------------------------------------
# companions and the extractor
# ---------------------------------------------------------------------------

_COMPANION_RE = re.compile(r"陪同|随同|参加(?=(?:上述|以上)?(?:活动|调研|考察|视察))|一同(?=考察|调研|视察|出访)")
_TRAILING_GROUP = re.compile(r"(?:和|及|以及)[^，。；、]{1,16}?(?:同志|负责人|人员|代表)等?")
_LIST_BREAK = re.compile(r"[。；：“”]|说|表示|指出|强调|认为|是|了|在|到|将")


def _companions(ctx: _Context) -> list[tuple[Mention, int]]:
    """Persons named with 陪同 (「肖捷、何立峰陪同考察」「在省委书记X陪同下」), with the offset of 陪同."""
    out: list[tuple[Mention, int]] = []
    text = ctx.text
    for m in _COMPANION_RE.finditer(text):
        if ctx.in_quote(m.start()):
            continue
        s = ctx.analysis.sentence_at(m.start())
        if not ctx.lex.trigger_re.search(text, m.end(), s.end) and not re.match(r"参加(?:上述|以上)?活动", text[m.start():m.start() + 6]):
            continue          # 「在班达里陪同下检阅仪仗队」: not accompanying a visit
        cs, _ = _clause_bounds(text, s, m.start())
        zai = text.rfind("在", cs, m.start())
        if zai >= 0 and text[m.end():m.end() + 1] == "下":
            # 「在陕西省委书记胡和平、省长刘国中陪同下」
            out.extend((p, m.start()) for p in ctx.persons if zai < p.start and p.end <= m.start())
            continue
        # 「肖捷、何立峰陪同考察」: a list of names ending right before 陪同
        names = [p for p in ctx.persons if s.start <= p.start and p.end <= m.start()]
        chosen: list[Mention] = []
        edge = m.start()
        for p in reversed(names):
            gap = text[p.end:edge]
            if (gap in ("", "等", "等人") or _TRAILING_GROUP.fullmatch(gap)) if not chosen else gap in ("、", "和", "，"):
                chosen.append(p)
                edge = p.start
            elif chosen and gap[:1] in ("、", "，") and len(gap) <= 40 and not _LIST_BREAK.search(gap):
                # 「丁薛祥，中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪，…等陪同人员」
                chosen.append(p)
                edge = p.start
            else:
                break
        out.extend((p, m.start()) for p in chosen)
    return out


@extractor("visits")
def extract_visits(analysis: Analysis) -> Iterable[Visit]:
    ctx = _make_context(analysis)
    times = _times(analysis)
    heads = headings(analysis)
    resolved: list[tuple[_Event, _When]] = []
    for ev in _events(ctx):
        resolved.append((ev, _resolve(ctx, ev, times, heads, resolved)))
    resolved = _title_years(ctx, resolved)
    resolved = _current_report_years(ctx, resolved)
    if analysis.doc.date is not None:
        resolved = [(e, w) for e, w in resolved if w.year is None or w.year <= analysis.doc.date.year]
    resolved.extend(_heading_visits(ctx, heads, resolved))
    resolved.extend(_companion_events(ctx, resolved))
    return _collapse(analysis, resolved)


def _title_block_end(analysis: Analysis) -> int:
    """End offset of the title lines above the body (short lines before the first long paragraph)."""
    end = 0
    for sent in analysis.sentences:
        para = [x for x in analysis.sentences if x.paragraph == sent.paragraph]
        if sum(len(x.text) for x in para) > 40:
            break
        end = sent.end
    return end


def _title_years(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """A headline visit (「李克强在陕西考察时强调」) takes the year of the lead's visit by the same person."""
    end = _title_block_end(ctx.analysis)
    out: list[tuple[_Event, _When]] = []
    for e, w in resolved:
        if w.year is None and e.trigger[1] <= end:
            later = next((lw for le, lw in resolved if le.trigger[0] > end and le.visitor.key == e.visitor.key
                          and lw.year is not None), None)
            if later is not None:
                w = _When(later.year)
        out.append((e, w))
    return out


SHORT_REPORT = 1500          # characters: a news report this short is about one occasion


def _lead_end(analysis: Analysis, paragraphs: int = 3) -> int:
    """End of the news lead: the title lines and the first ``paragraphs`` paragraphs of the body
    (a short report is all lead)."""
    title_end = _title_block_end(analysis)
    body = [s for s in analysis.sentences if s.start >= title_end]
    if not body:
        return title_end
    if body[-1].end - body[0].start < SHORT_REPORT:
        return body[-1].end
    last = body[0].paragraph + paragraphs - 1
    return max((s.end for s in body if s.paragraph <= last), default=title_end)


def _current_report_years(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """In a dated news report about one current trip, an undated visit takes the document year.

    Only when the document year is stated (dateline or file name), every dated visit of the
    document is of that year, the visit is in the lead (or the report dates a visit within a
    week of publication), and the sentence has no past marker (曾, 当年 …).
    """
    anchor = trusted_year(ctx.analysis)
    if anchor is None or any(w.year not in (None, anchor) for _, w in resolved):
        return resolved
    out = []
    lead_end = _lead_end(ctx.analysis)
    doc_date = ctx.analysis.doc.date
    if doc_date is not None and any(w.begin is not None and abs((w.begin - doc_date).days) <= 7 for _, w in resolved):
        lead_end = len(ctx.text)  # the report of a trip made in the days before publication: one occasion
    for e, w in resolved:
        if w.year is None and not e.nominal and (e.trigger[0] < lead_end or e.trip_frame) \
                and not any(m in e.sentence.text for m in PAST_MARKERS):
            w = _When(anchor)
        out.append((e, w))
    return out


def _heading_visits(ctx: _Context, heads: list[Heading], resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """A heading 「镜头一 2013年 甘肃」 over a passage with a visit of that year adds a visit to its place."""
    out: list[tuple[_Event, _When]] = []
    for i, h in enumerate(heads):
        if not h.places:
            continue
        end = heads[i + 1].start if i + 1 < len(heads) else len(ctx.text)
        inside = [(e, w) for e, w in resolved if h.end <= e.trigger[0] < end and w.year == h.year and e.role == "visitor"]
        if not inside:
            continue
        ev, when = inside[0]
        for place in h.places:
            out.append((_Event(ev.visitor, (place,), (h.start, h.end), ctx.analysis.sentence_at(h.start)), _When(h.year)))
    return out


def _within(place: Mention, country: str) -> bool:
    """Whether ``place`` is ``country`` or written/known inside it (a host does not visit home)."""
    return place.key == country or country in (place.attr("chain") or "").split("|") or place.attr("parent") == country


def _companion_events(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    out: list[tuple[_Event, _When]] = []
    for person, at in _companions(ctx):
        # the occasion: visits of the latest year among the visits before (or in) the 陪同 sentence
        s = ctx.analysis.sentence_at(at)
        others = [(e, w) for e, w in resolved if e.role == "visitor" and e.visitor.key != person.key]
        before = [(e, w) for e, w in others if e.trigger[0] <= s.end] or others
        if not before:
            continue
        year = before[-1][1].year
        main = before[-1][0].visitor.key
        prior = others            # the whole trip: every visit of that person and year
        home = person.attr("country") or ""
        for e, w in prior:
            if w.year == year and e.visitor.key == main:
                places = tuple(p for p in e.places if not home or not _within(p, home))
                if places:
                    out.append((_Event(person, places, (at, at + 2), s, "companion"), w))
    return out


def _collapse(analysis: Analysis, resolved: list[tuple[_Event, _When]]) -> list[Visit]:
    groups: dict[tuple[str, str, int | None, str], list[tuple[_Event, Mention, _When]]] = {}
    for ev, when in resolved:
        for place in ev.places:
            role = ev.role
            k = (ev.visitor.key, place.key, when.year, role)
            groups.setdefault(k, []).append((ev, place, when))
    # a companion who is also a visitor of the same place and year stays a visitor only
    visitors = {(k[0], k[1], k[2]) for k in groups if k[3] == "visitor"}
    visits: list[Visit] = []
    for (vkey, pkey, year, role), items in groups.items():
        if role == "companion" and (vkey, pkey, year) in visitors:
            continue
        items.sort(key=lambda it: it[0].trigger)
        ev0, place0, _ = items[0]
        visitor = ev0.visitor
        if visitor.attr("reference") is not None:
            named = next((it[0].visitor for it in items if it[0].visitor.attr("reference") is None), None)
            visitor = named or visitor
        evidence: dict[tuple[int, int, int], Evidence] = {}
        for ev, place, _ in items:
            lo, hi = min(place.start, ev.trigger[0]), max(place.end, ev.trigger[1])
            if ev.sentence.start <= ev.visitor.start < ev.sentence.end:
                lo, hi = min(lo, ev.visitor.start), max(hi, ev.visitor.end)
            e = analysis.evidence(lo, hi)
            if e.sentence_index not in {k[0] for k in evidence}:
                evidence[(e.sentence_index, e.start, e.end)] = e
        begins = [it[2].begin for it in items if it[2].begin]
        finishes = [it[2].finish or it[2].begin for it in items if it[2].begin]
        visits.append(Visit(
            visitor=visitor, place=place0, year=year,
            start_date=min(begins) if begins else None,
            end_date=max(f for f in finishes if f) if finishes and any(finishes) else None,
            evidence=tuple(evidence[k] for k in sorted(evidence)),
            role=role, source="visits",
        ))
    return sorted(visits, key=lambda v: (v.evidence[0].start, v.visitor.key, v.place.key, v.year or 0, v.role))
