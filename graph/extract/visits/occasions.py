"""Companions (陪同) and one visit per (visitor, place, year) with all its evidence."""
from __future__ import annotations

import re

from ...types import Analysis, Evidence, Mention, Visit
from ..persons import lexicon as person_lexicon
from .context import _Context, _Event
from .lookup import _ancestor_keys
from .passages import _clause_bounds
from .years import _When, trusted_year
from .venues import TABLE_VENUE_CONFIDENCE


_COMPANION_RE = re.compile(
    r"陪同|随同|参加(?=(?:上述|以上)?(?:活动|调研|考察|视察)|会见|会谈|会晤|磋商|谈判)|(?<=等)参加(?=。)|一同(?=考察|调研|视察|出访)")
# 「王毅参加会见」「丁薛祥、王毅等参加。」 closing the report of a leader's meeting or banquet: present
# there, a companion only of a trip abroad (at home, officials at work)
_AT_MEETING = re.compile(r"参加(?:会[见谈晤]|磋商|谈判|。)")

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
        if not ctx.lex.trigger_re.search(text, m.end(), s.end) and not re.match(
                r"参加(?:(?:上述|以上)?活动|。)", text[m.start():m.start() + 6]):
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


def _within(place: Mention, country: str) -> bool:
    """Whether ``place`` is ``country`` or written/known inside it (a host does not visit home)."""
    return place.key == country or country in (place.attr("chain") or "").split("|") or place.attr("parent") == country


_ARRIVAL = re.compile(r"抵达|到达|飞抵")


def _companion_events(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    out: list[tuple[_Event, _When]] = []
    for person, at in _companions(ctx):
        # the occasion: visits of the latest year among the visits before (or in) the 陪同 sentence
        s = ctx.analysis.sentence_at(at)
        others = [(e, w) for e, w in resolved if e.role == "visitor" and e.visitor.key != person.key]
        before = [(e, w) for e, w in others if e.trigger[0] <= s.end] or others
        if not before:
            continue
        # a trip recalled in another year (「去年我同总理先生在武汉会晤」) is not the report's occasion
        anchor = trusted_year(ctx.analysis)
        current = [(e, w) for e, w in before if w.year == anchor] if anchor is not None else []
        last = (current or before)[-1]
        year = last[1].year
        main = last[0].visitor.key
        prior = others            # the whole trip: every visit of that person and year
        arrivals = [(e, w) for e, w in before if e.visitor.key == main
                    and _ARRIVAL.fullmatch(ctx.text, e.trigger[0], e.trigger[1])]
        if arrivals and _ARRIVAL.search(ctx.text, s.start, s.end):
            prior = arrivals[-1:]  # 「陪同人员同机抵达」: the arrival told last, not the whole trip
        home = person.attr("country") or ""
        abroad_only = _AT_MEETING.match(ctx.text, at) is not None
        if home and any(_within(p, home) for e, w in prior if w.year == year and e.visitor.key == main
                        for p in e.places):
            continue              # 「在莫迪总理陪同下」 in India: the host of the trip's visit to their country
        for e, w in prior:
            if w.year == year and e.visitor.key == main:
                places = tuple(p for p in e.places if (not home or not _within(p, home))
                               and not (abroad_only and (p.key == "geo:CN" or p.key.startswith("cn:"))))
                if places:
                    out.append((_Event(person, places, (at, at + 2), s, "companion"), w))
    return out


# persons doing a thing together with a visitor (「甲同乙国总理乙、丙国副首相丙等外方领导人共同步入会场」
# 「甲和乙国总统乙共同出席开幕式」): where the visitor is, they are
_TOGETHER = re.compile(r"(?:等[^，。；：“”、]{0,8}?)?(?:还|也|又)?(?:共同|一同|一起)(?:步入|出席|参加|观看|见证|参观|考察|调研|视察|"
                       r"走进|来到|登上|为[^，。；：“”]{0,24}?(?:揭幕|揭牌|剪彩|奠基))")
_WITH = ("同", "与", "和")
_PARTNER_GAP = re.compile(r"[^，。；：“”、同与和]{0,14}")      # 乙国总统|乙: the partner's country and post


def _co_actors(ctx: _Context) -> list[tuple[Mention, Mention, int]]:
    """(visitor, partner, offset of 共同) for each person listed right after 同/与/和 and a visitor
    (or a visitor's title: 甲主席和乙国国王乙), closed by 共同/一同/一起 and a verb of attending."""
    lex = person_lexicon()
    out: list[tuple[Mention, Mention, int]] = []
    persons = ctx.persons
    for i, a in enumerate(persons):
        j = a.end
        title = lex.title_re.match(ctx.text, j)
        if title is not None and title.end() - j <= 4:
            j = title.end()
        if ctx.text[j:j + 1] not in _WITH or ctx.in_quote(a.start):
            continue
        s = ctx.analysis.sentence_at(a.start)
        edge, listed = j + 1, []
        for b in persons[i + 1:]:
            if b.start >= s.end:
                break
            gap = ctx.text[edge:b.start]
            if listed and gap[:1] in ("、", "和"):
                gap = gap[1:]
            elif listed:
                break
            if not _PARTNER_GAP.fullmatch(gap):
                break
            listed.append(b)
            edge = b.end
        together = _TOGETHER.match(ctx.text, edge) if listed else None
        if together is not None:
            out.extend((a, b, together.start()) for b in listed if b.key != a.key)
    return out


def _co_actor_events(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """Partners of a visitor at a thing done together (:func:`_co_actors`) are at the visitor's
    place of that time: the visit of the same sentence, else the visitor's last one before it."""
    out: list[tuple[_Event, _When]] = []
    for a, b, at in _co_actors(ctx):
        s = ctx.analysis.sentence_at(at)
        own = [(e, w) for e, w in resolved if e.role == "visitor" and e.visitor.key == a.key and e.trigger[0] < s.end]
        here = [(e, w) for e, w in own if e.sentence.index == s.index]
        chosen = here or own[-1:]
        home = ctx.person_countries.get(b.key) or b.attr("country") or ""
        for e, w in chosen:
            places = tuple(p for p in e.places if not home or not _within(p, home))
            if places:
                out.append((_Event(b, places, (at, at + 2), s), w))
    return out


# words that tell one trip among others (多次, 又, 这次, 当年): an undated trip told with them may be
# another occasion than the one dated trip of the article
_OCCASION_WORDS = re.compile(r"次|每年|又|再|重访|重返|曾|当年|那年|那时|年前|今年")     # 次: 多次, 这次, 首次 …


def _nested(a: str, b: str) -> bool:
    """Whether one of two Chinese places contains the other."""
    if not (a.startswith("cn:") and b.startswith("cn:")) or a == b:
        return False
    return a in _ancestor_keys(b) or b in _ancestor_keys(a)


def _collapse(analysis: Analysis, resolved: list[tuple[_Event, _When]]) -> list[Visit]:
    groups: dict[tuple[str, str, int | None, str], list[tuple[_Event, Mention, _When]]] = {}
    for ev, when in resolved:
        for place in ev.places:
            role = ev.role
            k = (ev.visitor.key, place.key, when.year, role)
            groups.setdefault(k, []).append((ev, place, when))
    # a visit with no year in the same sentence or paragraph as the one dated visit of the same
    # visitor and place is that visit told again (「…近日对波兰进行了访问，这是…首次到访波兰」); so is
    # one anywhere in the article told without a word of another occasion (又, 多次, 这次, 当年 …)
    for k in [k for k in groups if k[2] is None]:
        dated = [d for d in groups if d[:2] == k[:2] and d[3] == k[3] and d[2] is not None]
        if len(dated) != 1:
            continue
        paragraphs = {it[0].sentence.paragraph for it in groups[dated[0]]}
        if all(it[0].sentence.paragraph in paragraphs for it in groups[k]) or not any(
                _OCCASION_WORDS.search(it[0].sentence.text) for it in groups[k]):
            groups[dated[0]].extend(groups.pop(k))
    # an undated visit to a place inside (or around) the places of the visitor's one dated trip, told
    # without a word of another occasion, is part of that trip (某某赴湖北援助医疗队…; 到达武汉后…)
    for k in [k for k in groups if k[2] is None]:
        years = {d[2] for d in groups if d[0] == k[0] and d[3] == k[3] and d[2] is not None}
        if len(years) != 1 or any(_OCCASION_WORDS.search(it[0].sentence.text) for it in groups[k]):
            continue
        year = next(iter(years))
        if any(_nested(k[1], d[1]) for d in groups if d[0] == k[0] and d[2] == year and d[3] == k[3]):
            groups.setdefault((k[0], k[1], year, k[3]), []).extend(groups.pop(k))
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
            if not ev.sentence.start <= place.start < ev.sentence.end:
                lo, hi = ev.trigger       # a place read elsewhere (the address of a home): the sentence told
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
            # a venue only the event table gives (首届进博会 → 上海) is an inference, not the text's word
            confidence=TABLE_VENUE_CONFIDENCE if all(it[1].attr("venue") == "table" for it in items) else 1.0,
        ))
    return sorted(visits, key=lambda v: (v.evidence[0].start, v.visitor.key, v.place.key, v.year or 0, v.role))
