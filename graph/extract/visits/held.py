"""Those at an event a sentence opens with as held at a place:
「在韩国首尔举行的花样滑冰四大洲锦标赛上，中国组合甲/乙第六次捧起冠军奖杯」.

The opening 在<place>举行的<event>上 (or 进行的, and 中, 期间) puts the persons named in the clause after it at
the place, when they came from elsewhere: for a place in China a person
:func:`affiliations.from_elsewhere` says came there (a foreigner, an official of another province,
a central official outside the capital); abroad, a person of another country (Chinese when the
article gives no other) and not posted there.  An event that only follows the place (在首尔的一场
比赛中, 在上海召开的…) is left to the other rules.
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Mention, Sentence
from .affiliations import _posted_in, from_elsewhere
from .arguments import _chain_targets
from .context import _Context, _Event, _home_country, _named

# after the place: 举行的 (进行的: a contest played there), the event's name, and 上/中/期间 closing the
# opening clause
_HELD = re.compile(r"(?:举行|进行)的[^，。；：！？“”]{1,40}?(?:上|中|期间)[，,]")
_HELD_VERBS = ("举行的", "进行的")
# the clause the persons are named in ends at the next clause mark
_CLAUSE_END = re.compile(r"[，,。；！？]")


def held_event_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    text = ctx.text
    if not any(text.find(v, sentence.start, sentence.end) >= 0 for v in _HELD_VERBS):
        return                    # (most sentences: no event held anywhere, no need to look at the places)
    places = [q for q in ctx.places if sentence.start < q.start < sentence.end]
    for i, q in enumerate(places):
        if text[q.start - 1] != "在" or ctx.in_quote(q.start):
            continue
        chain = [q]               # 在韩国首尔举行的: the chain of places right after 在
        for nxt in places[i + 1:]:
            if nxt.start != chain[-1].end:
                break
            chain.append(nxt)
        held = _HELD.match(text, chain[-1].end, sentence.end)
        if held is None:
            continue
        stop = _CLAUSE_END.search(text, held.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        place = chain[-1]
        targets = tuple(_chain_targets(chain))
        for person in _named(ctx, held.end(), clause_end):
            if not ctx.in_quote(person.start) and _came(ctx, person, place):
                yield _Event(person, targets, (q.start - 1, held.end()), sentence)
        return


def _came(ctx: _Context, person: Mention, place: Mention) -> bool:
    abroad = _home_country(place)
    if not abroad:
        return from_elsewhere(ctx, person, place)
    return ctx.person_countries.get(person.key, "geo:CN") != abroad and not _posted_in(ctx, person, abroad)
