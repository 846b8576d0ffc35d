"""Members of a team sent to a place: 「援鄂医疗队队员张三」「支援湖北医疗队队长、某医院副院长李四」.

A team named after the place it went to help (援/支援/驰援 + a place or a one-character
abbreviation of ``data/visit_abbreviations.txt`` + 医疗队, 救援队, 专家组 …) puts the person
named right after it, joined only by titles and 、, at that place: the team went there, and so
did its members.  Long postings (援藏干部, 援疆工作队) are work, not visits, and are left out.
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Mention, Sentence
from .arguments import _chain_targets, _place_groups, abbreviation_place
from .context import _Context, _Event

_HELP = re.compile(r"(?:支援|驰援|援助|援)")
_TEAM = re.compile(r"(?:的)?[^，。；、“”（）]{0,10}?(?:医疗救援队|医疗队|救援队|医疗分队|专家组|医疗组|护理队|医护队)")
# what may stand between the team and the member: roles and titles, joined by 、
_ROLES = re.compile(r"[^，。；：:“”（）()]{0,30}")
_MAX_GAP = 30


def _place_after(ctx: _Context, pos: int) -> tuple[list[Mention], int] | None:
    """The places helped, written right at ``pos``: a chain of place mentions or an abbreviation."""
    groups = _place_groups(ctx.places, pos, len(ctx.text), ctx.text)
    if groups and groups[0][0].start == pos:
        chain = groups[0]
        return _chain_targets(chain), chain[-1].end
    abbr = ctx.lex.abbreviations.get(ctx.text[pos:pos + 1])
    if abbr is not None and abbr[0].startswith("cn:"):
        return [abbreviation_place(ctx, pos, *abbr)], pos + 1
    return None


def team_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """Visits of team members named in ``sentence``."""
    text = ctx.text
    for h in _HELP.finditer(text, sentence.start, sentence.end):
        if ctx.in_quote(h.start()) or (h.group() == "援" and text[h.start() - 1:h.start()] in ("支", "驰")):
            continue
        found = _place_after(ctx, h.end())
        if found is None:
            continue
        places, pos = found
        team = _TEAM.match(text, pos, sentence.end)
        if team is None:
            continue
        member = next((p for p in ctx.persons if team.end() <= p.start <= team.end() + _MAX_GAP
                       and p.end <= sentence.end), None)
        if member is None or not _ROLES.fullmatch(text[team.end():member.start]):
            continue
        yield _Event(member, tuple(places), (h.start(), team.end()), sentence)
