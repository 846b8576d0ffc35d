"""Foreign guests received in China: 「王五在北京会见法国宪法委员会主席某某」 → 某某 visited 北京 and China.

A meeting verb of the ``abroad`` class (会见, 会晤, 会谈, 会面) with a 「在X」 frame naming a Chinese
place before it: every person of a known foreign nationality (their title says so: 「法国…主席」)
named after the verb in its clause, or joined to the host by 与/同 before the place, was at X
(and so in China: ``_in_china`` adds it for every foreign visitor).
The host, who meets guests at home, is not a visitor.  A guest of no known nationality counts too
when the titles after the verb name an international body's post (会见欧盟…高级代表某某) or the guest
heads a delegation the text says came to China (某某率领的访华代表团); both visited China.
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Mention, Sentence
from .arguments import _chain_targets, _place_groups, capital_venue, implied_country
from .affiliations import _INTERNATIONAL, _own_titles
from .context import _Context, _Event, _references

# what may stand between the place and the verb: a venue and 举行/亲切
_VENUE = re.compile(r"(?:人民大会堂|钓鱼台国宾馆|中南海|[^，。；：、]{0,6}?(?:宾馆|会议中心|大厦|会堂|会馆))?"
                    r"[^，。；：、]{0,4}?(?:举行|亲切)?$")


_WITH_GUEST = re.compile(r"[^，。；：、]{0,6}?(?:同|与)([^。；：]{2,80}?)(?:举行|进行)?$")


# the head of a delegation that came to China: 某某率领的访华代表团
_HEADS_VISITORS = re.compile(r"率领的[^，。；：]{0,12}?访华[^，。；：]{0,8}?团")


def _international_post(ctx: _Context, start: int, person: Mention) -> bool:
    """Whether the titles between ``start`` (the verb) and ``person`` name an international body's post
    (会见欧盟外交与安全政策高级代表某某, 会见欧盟委员会副主席、联合国副秘书长某某), for a person of no known
    nationality.  The titles are those after any person named before ``person``."""
    start = _own_titles(ctx, start, person.start)     # 会见甲、欧盟…高级代表乙: 乙's titles only
    return not ctx.person_countries.get(person.key) and _INTERNATIONAL.search(ctx.text, start, person.start) is not None \
        and not re.search(r"[，。；：]", ctx.text[start:person.start])


def _foreign(ctx: _Context, person: Mention) -> bool:
    """Whether ``person`` has a foreign nationality, or heads a delegation the text says came to China."""
    country = ctx.person_countries.get(person.key, "")
    return (bool(country) and country != "geo:CN") or _HEADS_VISITORS.match(ctx.text, person.end) is not None


def guest_events(ctx: _Context, sentence: Sentence, trig_start: int, trig_end: int,
                 clause_start: int, clause_end: int) -> Iterator[_Event]:
    text = ctx.text
    at = text.rfind("在", clause_start, trig_start)
    if at < 0:
        return
    groups = _place_groups(ctx.places, at + 1, trig_start, text)
    capital = capital_venue(ctx, at + 1, trig_start)
    if groups and groups[0][0].start == at + 1:
        chain = groups[0]
    elif capital is not None:        # 在人民大会堂会见, 在京会见: in Beijing
        chain = [capital]
    else:
        return
    if any(not p.key.startswith("cn:") for p in chain):
        return
    venue = _VENUE.match(text, chain[-1].end, trig_start)
    guests: list[Mention] = []
    if venue is None or venue.end() != trig_start:
        # 「在人民大会堂同来华访问的某国总理某某举行会谈」: the guest between 同/与 and 举行
        joint = _WITH_GUEST.match(text, chain[-1].end, trig_start)
        if joint is None or joint.end() != trig_start:
            return
        guests = [p for p in _references(ctx, joint.start(1), joint.end(1)) if _foreign(ctx, p)]
    guests += [p for p in _references(ctx, trig_end, clause_end) if _foreign(ctx, p) or _international_post(ctx, trig_end, p)]
    guests += [p for p in _references(ctx, clause_start, at)
               if _foreign(ctx, p) and re.search(r"与|同|和|跟", text[p.end:at])]
    places = tuple(_chain_targets(chain))
    china = (implied_country(chain[-1], "geo:CN", "中国"),)
    for guest in dict.fromkeys(guests):
        # China is added later for a guest of foreign nationality (not for those who go with them), and
        # here for the head of a 访华团 or an international body's officer
        national = bool(ctx.person_countries.get(guest.key))
        yield _Event(guest, places + (() if national else china), (trig_start, trig_end), sentence)
