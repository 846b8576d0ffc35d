"""The per-document state of the visit extractor: mentions, references (titles, pronouns), tokens."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from ...gazetteer import load_or_none, strong_form
from ...types import Analysis, Mention, Sentence
from ..persons import AUTHOR_LINE, TITLED_AUTHOR_LINE, lexicon as person_lexicon, title_references
from .lookup import _chinese_record, _country_of
from .passages import quote_spans
from .triggers import Lexicon, document_lexicon, lexicon


FOREIGN_LEVELS = ("country", "foreign-city", "foreign-state")

PRONOUNS = ("他", "她")

KIN_TITLES = ("爷爷", "伯伯", "奶奶", "阿姨", "大大", "老师", "总书记", "主席", "总理", "总统")


def _level(m: Mention) -> str:
    return m.attr("level") or ""


def _is_foreign(m: Mention) -> bool:
    return m.key.startswith("geo:") and m.key != "geo:CN"


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
    last_team: tuple[tuple[Mention, ...], int] | None = None   # places helped by the last team named, its paragraph
    headline_team: tuple[Mention, ...] | None = None   # places helped by the team the headline names
    events: list["_Event"] = field(default_factory=list)
    person_countries: dict[str, str] = field(default_factory=dict)   # person key → geo: key of the nationality
    planned: set[tuple[str, str]] = field(default_factory=set)       # (person key, place key) of trips told as plans
    delegation_head: Mention | None = None     # the person the article names as head of its delegation
    authors: list[tuple[int, int, Mention]] = field(default_factory=list)   # (start, end, author) of signed sections
    contest: object = False     # the lead's contest (places, sentence) or None, once looked up (contests.py)
    tour: list | None = None    # the places of the group trip the lead tells, once looked up (speakers.py)
    lead_events: dict = field(default_factory=dict)    # the lead's event places, by where the lead is cut (arguments.py)

    def author_at(self, offset: int) -> Mention | None:
        """The author of the signed section (「（埃及）某某」 … 「（作者为…）」) that holds ``offset``."""
        return next((a for s, e, a in self.authors if s <= offset < e), None)

    def in_quote(self, offset: int) -> bool:
        return any(a < offset < b for a, b in self.quotes)

    def quote_at(self, offset: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.quotes if a < offset < b), None)

    def quote_speaker(self, offset: int) -> Mention | None:
        """The person a quotation holding ``offset`` is said by: named right after it before a verb of
        saying (“…”某某说), or right before it after one (某某说：“…”)."""
        span = self.quote_at(offset)
        if span is None:
            return None
        a, b = span
        after = next((m for m in self.persons if b <= m.start <= b + 12 and not m.attr("reference")), None)
        if after is not None and _QUOTE_GAP.fullmatch(self.text, b, after.start) \
                and _SAID_AFTER.match(self.text, after.end):
            return after
        before = [m for m in self.persons if max(0, a - 30) <= m.start and m.end <= a]
        if before and _SAID_BEFORE.fullmatch(self.text, before[-1].end, a):
            return before[-1]
        return None


@dataclass(frozen=True)
class _Event:
    visitor: Mention
    places: tuple[Mention, ...]
    trigger: tuple[int, int]
    sentence: Sentence
    role: str = "visitor"
    nominal: bool = False
    current: bool = False        # told as going on at the time of the report: an undated one takes its year


def _make_context(analysis: Analysis) -> _Context:
    text = analysis.doc.text
    persons = sorted((m for m in analysis.mentions if m.kind == "person"), key=lambda m: m.start)
    places = sorted([*(m for m in analysis.mentions if m.kind == "place"), *_embedded_places(analysis)],
                    key=lambda m: m.start)
    refs = title_references(analysis)
    surname_refs: dict[str, str] = {}
    for name in _ranked_names(persons, refs):
        surname_refs.setdefault(name[0], name)
    words = set(refs) | {s + k for s in surname_refs for k in KIN_TITLES}
    ref_re = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))) if words else None
    ranked = _ranked_names(persons, refs)
    leaders = set(refs.values())
    protagonist = None
    head = _delegation_head(text, persons)
    lead = ranked[0] if ranked and ranked[0] in leaders else None
    named = Counter(m.name for m in persons)
    if head is not None and (lead is None or named[head.name] >= named[lead]):
        lead = head.name            # the head of the article's delegation, named as often as its first leader
    if lead is not None:
        first = next(m for m in persons if m.name == lead)
        protagonist = Mention("person", first.text, first.start, first.end, first.key, first.name,
                              analysis.doc.id, "visits", (("reference", "protagonist"),))
    countries = {m.key: m.attr("country") for m in persons if m.attr("country")}
    country_names = {m.name: (m.key, m.name) for m in places if m.attr("level") == "country"}
    lex = document_lexicon(lexicon(), text, country_names)
    return _Context(analysis, text, lex, persons, places, quote_spans(text), refs, surname_refs, ref_re,
                    protagonist, person_countries=countries, delegation_head=head,
                    authors=_author_sections(text, persons))


# the note that closes a signed contribution: 「（作者为某国前总统，本报记者某某采访整理）」
_AUTHOR_NOTE = re.compile(r"[（(]作者(?:为|系|是)")


def _author_sections(text: str, persons: list[Mention]) -> list[tuple[int, int, Mention]]:
    """Signed contributions: from an author's byline line (「（拉脱维亚）某某」, 「某某（某协会主席）」) to the note that
    closes it, the next byline or the end of the text; the 我 of a section is its author."""
    # (the line's span and the author's name in it: 「（某国）某某」, 「某某（某协会主席）」)
    lines = sorted([*((m.span(), m.span(2)) for m in AUTHOR_LINE.finditer(text)),
                    *((m.span(), m.span(1)) for m in TITLED_AUTHOR_LINE.finditer(text))])
    out: list[tuple[int, int, Mention]] = []
    for i, ((_, line_end), (a, b)) in enumerate(lines):
        author = next((p for p in persons if p.start == a and p.end == b), None)
        if author is None:
            continue
        end = lines[i + 1][0][0] if i + 1 < len(lines) else len(text)
        note = _AUTHOR_NOTE.search(text, line_end, end)
        out.append((line_end, note.start() if note is not None else end, author))
    return out


# 「该团由某某任团长」「以某某为团长的代表团」「某某率(领)…代表团」「某某率中央指导组」「团长某某」
_HEAD_AFTER = re.compile(r"(?:任|担任|为)(?:团长|领队)")
# the groups a named person leads on a trip: delegations and working groups (the visit extractor's
# events read the same groups as a clause's subject)
DELEGATIONS = "代表团|交流团|考察团|访问团|团组|指导组|督导组|督查组|考察组|调研组"
_LEADS = re.compile(r"(?:[0-9０-９一二三四五六七八九十]{1,3}日)?率(?:领)?[^，。；]{0,20}?(?:" + DELEGATIONS + "|党政代表团)")


# 「督导组组长某某」: the head named by the group's title
_HEAD_TITLE = re.compile(r"(?:团长|(?:" + DELEGATIONS + r")组长)$")


def _delegation_head(text: str, persons: list[Mention]) -> Mention | None:
    """The head of the delegation an article is about: named with 任团长, 率…代表团 or as the only
    person titled its head (团长, 督导组组长; a roundup of several groups names several)."""
    titled = {m.key for m in persons if _HEAD_TITLE.search(text, max(0, m.start - 8), m.start)}
    for m in persons:
        if (len(titled) == 1 and m.key in titled) or _HEAD_AFTER.match(text, m.end) or _LEADS.match(text, m.end):
            return m
    return None


# 三亚市纪委, 定西市政府: the place recogniser leaves an organ's name whole (flat annotation)
_ORGAN_AFTER_PLACE = re.compile(r"(?<=[省市县区州盟旗])(?=纪委|监委|委(?!员)|政府|人大|政协|党委)")


def _inner_unit(name: str, n: int, outer: str) -> tuple[int, tuple[str, str, str]] | None:
    """A county-level unit of ``outer`` written right after it in ``name`` (西安市|新城区|…): its end and record."""
    gaz = load_or_none()
    if gaz is None:
        return None
    for end in range(min(len(name) - 2, n + 6), n + 1, -1):
        if name[end - 1] not in "县区市旗":
            continue
        recs = [r for r in gaz.lookup(name[n:end]) if r.parent == outer and r.valid_to is None]
        if len(recs) == 1:
            return end, (recs[0].key, recs[0].name, recs[0].level)
    return None


def _strong_short_form(name: str, key: str) -> bool:
    """A short form the gazetteer holds as no ordinary word (沈阳, 石家庄; not 东方, 大连)."""
    gaz = load_or_none()
    return gaz is not None and strong_form(gaz, name, key)


def _embedded_places(analysis: Analysis) -> list[Mention]:
    """Places written at the head of a park or organisation name, for visit arguments only:
    「海口市江东新区展示中心」→ 海口市, 「长沙市第一医院」→ 长沙市, 「三亚市纪委监委」→ 三亚市.

    The recognisers annotate flat (the longer name wins), so these places are not mentions
    of their own; a visit to the named site is a visit to its place."""
    text = analysis.doc.text
    doc_id = analysis.doc.id
    out: list[Mention] = []

    def add(start: int, end: int, key: str, name: str, level: str) -> None:
        out.append(Mention("place", text[start:end], start, end, key, name, doc_id, "visits",
                           (("level", level), ("embedded", "1"))))

    taken = [(m.start, m.end) for m in analysis.mentions]
    for m in analysis.mentions:
        if m.kind == "park" and m.attr("place") and m.attr("place_start"):
            start, end = int(m.attr("place_start")), int(m.attr("place_end"))
            add(start, end, m.attr("place"), m.attr("place_name") or text[start:end], m.attr("place_level") or "")
        elif m.kind in ("organization", "company"):
            for n in range(min(8, len(m.text) - 2), 1, -1):
                rec = _chinese_record(m.text[:n])
                if rec is not None and (m.text[n - 1] in "省市县区州盟旗" or _strong_short_form(m.text[:n], rec[0])):
                    add(m.start, m.start + n, *rec)       # 长沙市第一医院; 沈阳|第一机床厂
                    inner = _inner_unit(m.text, n, rec[0])
                    if inner is not None:                 # 西安市|新城区|人民法院: the district, chained
                        add(m.start + n, m.start + inner[0], *inner[1])
                    break
    for hit in _ORGAN_AFTER_PLACE.finditer(text):
        end = hit.end()
        for a in range(max(0, end - 9), end - 1):
            if any(s < end and a < e for s, e in taken):
                continue
            rec = _chinese_record(text[a:end])
            if rec is not None:
                add(a, end, *rec)
                break
    return out


def _home_country(place: Mention) -> str:
    """The ``geo:`` key of the country a foreign place is in ('' for Chinese places)."""
    if not _is_foreign(place):
        return ""
    return place.key if _level(place) == "country" else _country_of(place.key)


def _ranked_names(persons: list[Mention], refs: dict[str, str]) -> list[str]:
    """Person names, those linked from a leader title first, then by frequency."""
    counts: dict[str, int] = {}
    for m in persons:
        counts[m.name] = counts.get(m.name, 0) + 1
    leaders = set(refs.values())
    return sorted(counts, key=lambda n: (n not in leaders, -counts[n], n))


# the last character of a body's short name (某某协会, 某某科协, 某某委员会): a post right after it is the body's
_BODY_ENDS = set("协会院委部局联盟社团")


# a title holder's stand-in or staff named after the title: 总统特使, 主席夫人, 总理助理 (not 代表 alone:
# 「总书记代表党中央…」 is the holder acting)
_ACTING_FOR = re.compile(r"特使|特别代表|夫人|助理|顾问|办公厅|府")


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
            if _in_title_chain(ctx, r.start(), r.end()):
                continue          # 「副主任委员傅莹」: 主任 is part of the title of the person named after it
            if _ACTING_FOR.match(text, r.end()):
                continue          # 「某某先生作为总统特使访华」: the president's envoy, not the president
            word = r.group()
            if text[r.start() - 1:r.start()] in _BODY_ENDS and person_lexicon().titles.get(word) == "leader":
                continue          # 「中国科协主席某某」: the post of a body, not the leader's title alone
            name = ctx.title_refs.get(word) or ctx.surname_refs.get(word[0])
            if name is None:
                continue
            found.append(Mention("person", word, r.start(), r.end(), f"person:{name}", name,
                                 ctx.analysis.doc.id, "visits", (("reference", word),)))
    for p in PRONOUNS:
        for r in re.finditer(p, text[start:end]):
            s = start + r.start()
            if text[s + 1:s + 2] == "们":
                continue
            sent_at = ctx.analysis.sentence_at
            speaker = _speaker_before(ctx, s)
            if speaker is not None:
                v = speaker       # 「护士某某说，那天他和战友来到武汉」: the speaker speaks of himself
            elif ctx.last_visitor is None or sent_at(s).paragraph - sent_at(ctx.last_visitor[0]).paragraph > 1:
                continue          # 他/她 far from the last visitor's paragraph: someone the text named since
            else:
                v = ctx.last_visitor[1]
            found.append(Mention("person", p, s, s + 1, v.key, v.name, ctx.analysis.doc.id, "visits",
                                 (("reference", p),)))
    return sorted(found, key=lambda m: m.start)


def _named(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The persons named by name inside ``[start, end)`` (not their short references: 总书记, 他)."""
    return [m for m in _references(ctx, start, end) if not m.attr("reference")]


# between a closing quotation mark and its speaker (titles: ”护士长某某说), and what follows them
_QUOTE_GAP = re.compile(r"[^，。；：“”！？]{0,10}")
_SAID_AFTER = re.compile(r"(?:说|表示|介绍|回忆|告诉|感慨|坦言|笑着说)")
_SAID_BEFORE = re.compile(r"[^，。；“”]{0,8}?(?:说|表示|介绍|回忆|告诉记者|感慨|坦言)(?:道)?[：:，,]")
_SAID = re.compile(r"(?:说|表示|介绍|回忆|告诉记者)[，,：:][^，。；：“”]{0,6}$")


def _speaker_before(ctx: _Context, pos: int) -> Mention | None:
    """The person who opens the sentence of ``pos`` as a speaker right before it (某某说，那天他…)."""
    sent = ctx.analysis.sentence_at(pos)
    before = [m for m in ctx.persons if sent.start <= m.start and m.end <= pos]
    said = _SAID.match(ctx.text, before[-1].end, pos) if before else None
    return before[-1] if said is not None and said.end() == pos else None


def _in_title_chain(ctx: _Context, start: int, end: int) -> bool:
    """Whether the title at ``[start, end)`` runs on (through more titles) into a person's name, or
    is part of a longer title (副|主任, 主任|医师)."""
    titles = person_lexicon().title_re
    if start > 0 and ctx.text[start - 1] in "副总":
        return True
    for k in range(0, 5):       # 呼吸内科|主任医师: a longer title of the lexicon holds it
        m = titles.match(ctx.text, start - k) if start - k >= 0 else None
        if m is not None and m.end() >= end and m.end() - m.start() > end - start:
            return True
    pos = end
    # (through 、 too: 某国党中央总书记、国家主席|某某: the titles of one person, listed)
    while (m := titles.match(ctx.text, pos + (ctx.text[pos:pos + 1] in ("、", "兼")))) is not None and m.end() - end <= 16:
        pos = m.end()
    return pos > end and any(p.start == pos for p in ctx.persons)


# last characters of nouns for groups and things that travel without a named person
_NON_PERSON_HEADS = set("客宾者员兵生众团队组家车机资船货物品人商足篮排")


def _tokens_between(ctx: _Context, start: int, end: int) -> list:
    from ..persons import document_tokens

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
