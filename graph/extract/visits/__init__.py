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
inside quotations, except a trip the quotation's named speaker tells in the first
person (“我曾去过北京”，某某说).  The same (visitor, place, year) in one document is one
visit with all its evidence sentences.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ...gazetteer import capitals, load_or_none
from ...registry import extractor
from ...types import Analysis, Mention, Visit
from .arguments import PAST_DATE, _home_after, implied_country, settled_after
from .affiliations import appositives, international_officer
from .context import _Context, _Event, _home_country, _make_context
from .dates import _times, fallback_times
from .events import _events
from .occasions import _co_actor_events, _collapse, _companion_events
from .passages import headings
from .triggers import lexicon
from .years import _When, _current_report_years, _heading_visits, _resolve, _title_years, trusted_year


@extractor("visits")
def extract_visits(analysis: Analysis) -> Iterable[Visit]:
    ctx = _make_context(analysis)
    times = _times(analysis)
    heads = headings(analysis)
    resolved: list[tuple[_Event, _When]] = []
    for ev in _events(ctx):
        resolved.append((ev, _resolve(ctx, ev, times, heads, resolved)))
    resolved = _title_years(ctx, resolved)
    resolved = _current_report_years(ctx, resolved, times)
    if analysis.doc.date is not None:
        resolved = [(e, w) for e, w in resolved if w.year is None or w.year <= analysis.doc.date.year]
    resolved = [(e, w) for e, w in resolved if not _the_planned_trip(ctx, e, w)]
    resolved = [item for e, w in resolved for item in _repeated_years(ctx, e, w)]
    resolved.extend(_heading_visits(ctx, heads, resolved))
    resolved.extend(_companion_events(ctx, resolved))
    resolved.extend(_co_actor_events(ctx, resolved))
    resolved.extend(_inside_events(ctx, resolved))
    resolved = [(_in_china(ctx, _away_from_home(ctx, ev)), w) for ev, w in resolved]
    return _collapse(analysis, [(ev, w) for ev, w in resolved if ev.places])


# words that tell a trip as made (成功访问, 访问了, 已抵达, 结束访问)
_DONE = re.compile(r"了|过|已|曾|成功|圆满|结束|抵达|到达")


def _the_planned_trip(ctx: _Context, ev: _Event, when: _When) -> bool:
    """An undated mention of a trip the article tells as coming (「在习近平即将对尼泊尔进行国事访问前夕…
    习近平主席对尼泊尔的访问，将…」): the same trip, not one made."""
    if not ctx.planned or ev.role != "visitor":
        return False
    if not all((ev.visitor.key, p.key) in ctx.planned for p in ev.places):
        return False
    date = ctx.analysis.doc.date
    if when.year is not None and (date is None or when.year != date.year):
        return False
    s = ev.sentence
    return not _DONE.search(ctx.text, s.start, s.end) and not PAST_DATE.search(ctx.text, s.start, s.end)


# 「从2017年起，某某每年夏天来到这里」: trips repeated every year since a year
_SINCE_YEAR = re.compile(r"(?:从|自)?((?:19|20)\d\d)年(?:起|开始|以来|至今|来)")
_EVERY_YEAR = re.compile(r"每年|年年")
_MAX_REPEATED_YEARS = 10


def _repeated_years(ctx: _Context, ev: _Event, when: _When) -> list[tuple[_Event, _When]]:
    """An undated trip told as made every year since a year (从2017年起…每年…来到): one trip in each
    year from then to the report's; otherwise the trip as it is."""
    date = ctx.analysis.doc.date
    if when.year is not None or date is None:
        return [(ev, when)]
    s = ev.sentence
    since = _SINCE_YEAR.search(ctx.text, s.start, ev.trigger[0])
    first = int(since.group(1)) if since is not None else None
    if first is None or not date.year - _MAX_REPEATED_YEARS <= first <= date.year:
        return [(ev, when)]
    if _EVERY_YEAR.search(ctx.text, since.end(), ev.trigger[0]):
        return [(ev, _When(y)) for y in range(first, date.year + 1)]
    return [(ev, when)]             # 「2016年至今，某某三次赴华」: which year each was the text does not say


# home, studies or work right after 在 + a place, or before 在 (老家在, 住在)
_HOME_AFTER = settled_after(("上大学", "买房"))
_HOME_BEFORE = re.compile(r"(?:家|住|生|长大|工作|生活|定居|读书|上学|扎根)$")


def _inside_events(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """A visitor who went to a province or city and is then told 在 a place inside it, in a sentence
    that names the visitor (「某某是第一批驰援湖北的医疗队队员，…现已在武汉市金银潭医院奋战多日」,
    「在武汉某医院，某省援鄂医疗队队员某某说」):
    that place is visited too, on the same occasion."""
    gaz = load_or_none()
    if gaz is None:
        return []
    areas: dict[str, list[tuple[_Event, _When, str]]] = {}
    for ev, when in resolved:
        if ev.role != "visitor":
            continue
        for p in ev.places:
            rec = gaz.get(p.key)
            if rec is not None and rec.level in ("province", "prefecture"):
                areas.setdefault(ev.visitor.key, []).append((ev, when, p.key))
    out: list[tuple[_Event, _When]] = []
    text = ctx.text
    for person in ctx.persons:
        trips = areas.get(person.key)
        if not trips or ctx.in_quote(person.start):
            continue
        sentence = ctx.analysis.sentence_at(person.start)
        for q in ctx.places:
            if not (sentence.start <= q.start < sentence.end) or text[q.start - 1:q.start] != "在" \
                    or person.start <= q.start < person.end:
                continue
            if text.startswith("的", q.end) or not q.key.startswith("cn:") or _HOME_BEFORE.search(text, max(0, q.start - 6), q.start - 1) \
                    or _HOME_AFTER.match(text, q.end) or _home_after(ctx, q.end):
                continue          # 「老家在湖北随州」「在武汉读了大学」: home, studies or work
            ancestors = {r.key for r in gaz.ancestors(q.key)}
            trip = next(((ev, when) for ev, when, key in trips if key in ancestors
                         and ev.sentence.paragraph <= sentence.paragraph), None)
            if trip is not None:
                out.append((replace(trip[0], places=(q,), trigger=(q.start - 1, q.start), sentence=sentence),
                            trip[1]))
    return out


def _in_china(ctx: _Context, ev: _Event) -> _Event:
    """A foreign visitor at a place in China also visited China (「正在北京访问的某国总统某某」), and so
    did an international body's officer (联合国副秘书长某某)."""
    home = ctx.person_countries.get(ev.visitor.key)
    if home == "geo:CN" or any(p.key == "geo:CN" for p in ev.places):
        return ev
    if not home and not international_officer(ctx, ev.visitor):
        return ev
    inside = next((p for p in ev.places if p.key.startswith("cn:")), None)
    if inside is None:
        return ev
    china = implied_country(inside, "geo:CN", "中国")
    if inside.attr("venue") == "table":     # (as weak as the venue it follows from: 军运会 → 武汉 → China)
        china = replace(china, attrs=china.attrs + (("venue", "table"),))
    return replace(ev, places=ev.places + (china,))


def _away_from_home(ctx: _Context, ev: _Event) -> _Event:
    """The event without the places in the visitor's own country (「土耳其总统埃尔多安…在安卡拉举行会晤」),
    except, for one who holds a national office, a place away from the capital (「印度总理莫迪在金奈会晤」)."""
    home = ctx.person_countries.get(ev.visitor.key)
    if not home:
        return ev
    national = None
    keep = []
    for p in ev.places:
        if _home_country(p) != home:
            keep.append(p)
        elif p.key != home and p.key not in capitals(home):
            if national is None:
                national = _national_office(ctx, ev.visitor)
            if national:
                keep.append(p)
    return replace(ev, places=tuple(keep))


_NATIONAL_OFFICE = re.compile(r"(?:总统|总理|首相|国王|女王|王储|外长|外交部长|外交大臣|国务卿|议长|副总统|副总理)$")


def _national_office(ctx: _Context, person: Mention) -> bool:
    """Whether a title written right before ``person`` is an office of the state (总统, 总理, 外长 …)."""
    return any(_NATIONAL_OFFICE.search(ctx.text, lo, hi) for lo, hi in appositives(ctx, person))


__all__ = ["extract_visits", "fallback_times", "lexicon", "trusted_year"]
