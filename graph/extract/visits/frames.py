"""Persons who open the clause after a 「在X，」 frame: 「在金奈，某某主席同某某总理就地区形势深入沟通」.

A sentence that opens (after a time: 当地时间12日，) with 在 and a place, then a comma, sets where
what follows happens; the persons named first in the next clause (with their titles, and those
joined to them by 同/与/和/、) were there.  They went there only if they came from elsewhere:

* abroad: a Chinese official, or a person of another known country (not the place's own people);
* in China: a foreigner, an official of another province, a central official outside the capital
  (:func:`affiliations.from_elsewhere`).

Not when the frame is a circumstance (在某某的帮助下), when the clause tells settled life (工作, 生活),
or when it is blocked (plans, negations, video links).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ...types import Mention, Sentence
from ..persons import ends_in_title
from .affiliations import _CIRCUMSTANCE, _TIME_LEAD, chinese_official, from_elsewhere
from .arguments import _chain_targets, _place_groups, settled_after
from .context import _Context, _Event, _home_country, _is_foreign, _references
from .passages import _clause_bounds

# what may stand between the place and the comma: a venue (在武汉某医院，在维也纳多瑙河畔，), not an
# event the clause dates (在某医院确诊后), nor a stand or session named after the place elsewhere
# (在西藏展区, 在湖北分会场, 在广东代表团)
_VENUE = re.compile(r"(?:(?!后|时|前|以来|之际)[^，。；：“”、]){0,12}$")
_NOT_THERE = re.compile(r"(?:展区|展馆|展台|展厅|展位|会场|代表团|团组|小组)$")
# the joint between two subjects: 同, 与, 和, 、 (titles on either side are read apart)
_JOINT = re.compile(r"(?P<before>[\u4e00-\u9fff]{0,6}?)(?:同|与|和|、)(?P<after>[\u4e00-\u9fff]{0,20})$")
_SETTLED = settled_after(("工作", "任职", "生活", "定居", "出生", "长大", "留学", "求学"))


def _subjects(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The persons opening the clause ``[start, end)``: the first, its titles right before it, and
    those joined to it (titles on either side of the joint)."""
    text = ctx.text
    refs = [m for m in _references(ctx, start, end) if not m.attr("reference")]
    if not refs or start < refs[0].start and not ends_in_title(text[start:refs[0].start]):
        return []
    out = [refs[0]]
    for nxt in refs[1:]:
        m = _JOINT.match(text, out[-1].end, nxt.start)
        if m is None or not all(not part or ends_in_title(part) for part in (m["before"], m["after"])):
            break
        out.append(nxt)
    return out


def frame_subject_events(ctx: _Context, sentence: Sentence,
                         blocked: Callable[[int, int], bool]) -> Iterator[_Event]:
    """``blocked(clause_start, pos)``: whether the words before ``pos`` make it no visit."""
    text = ctx.text
    at = text.find("在", sentence.start, min(sentence.end, sentence.start + 24))
    if at < 0 or ctx.in_quote(at) or not _TIME_LEAD.fullmatch(text[sentence.start:at].lstrip("\u3000 ")):
        return
    groups = _place_groups(ctx.places, at + 1, sentence.end, text)
    if not groups or groups[0][0].start != at + 1:
        return
    chain = groups[0]
    cs, ce = _clause_bounds(text, sentence, at)
    if ce >= sentence.end or text[ce] not in "，," or not _VENUE.match(text, chain[-1].end, ce) \
            or _NOT_THERE.search(text, chain[-1].end, ce) \
            or _CIRCUMSTANCE.match(text, chain[-1].end, ce) or re.search("举行|举办|召开", text[chain[-1].end:ce]):
        return
    places = tuple(t for t in _chain_targets(chain) if t.key != "geo:CN")
    if not places:
        return
    _, next_end = _clause_bounds(text, sentence, ce + 1)
    subjects = _subjects(ctx, ce + 1, next_end)
    if not subjects or subjects[-1].end >= next_end or _SETTLED.match(text, subjects[-1].end):
        return
    if blocked(ce + 1, next_end):
        return                    # (「在金奈期间，某某主席将同某某总理…」: a plan)
    place = places[-1]
    for person in subjects:
        if _is_foreign(place):
            country = ctx.person_countries.get(person.key, "")
            if not (chinese_official(ctx, person) or country and country != _home_country(place)):
                continue
        elif not from_elsewhere(ctx, person, place):
            continue
        yield _Event(person, places, (at, at + 1), sentence, current=True)


# the writer, then adverbs, then 在: 我在上海浦东新区看到…, 我们还在北京参观了…
_WRITER_AT = re.compile(r"我们?(?:曾经|曾|还|也|又|先后|多次|都|就|亲自|专门)*在")
# 在 a place (after a time), then a comma and the writer: 在北京、西安等地，我和当地官员…
_AT_THEN_WRITER = re.compile(r"[，,]\s*我们?(?![国省市县区军党校院])")


def author_frame_events(ctx: _Context, sentence: Sentence,
                        blocked: Callable[[int, int], bool]) -> Iterator[_Event]:
    """The writer of a signed contribution, of a country the byline gives, told 在 a place of another
    country in their own words (「我在上海浦东新区看到…」「在北京、西安等地，我和当地官员…」): they were
    there.  Not in a quotation, not the writer's settled life there (在北京工作), not when blocked."""
    author = ctx.author_at(sentence.start)
    country = ctx.person_countries.get(author.key, "") if author is not None else ""
    if not country or country == "geo:CN":
        return
    text = ctx.text
    for at in (i for i in range(sentence.start, sentence.end) if text[i] == "在"):
        if ctx.in_quote(at):
            continue
        groups = _place_groups(ctx.places, at + 1, sentence.end, text)
        if not groups or groups[0][0].start != at + 1:
            continue
        end = groups[-1][-1].end
        cs, ce = _clause_bounds(text, sentence, at)
        writer = _WRITER_AT.search(text, max(cs, at - 12), at + 1)
        if writer is None or writer.end() != at + 1:
            writer = _AT_THEN_WRITER.match(text, ce) if _VENUE.match(text, end, ce) and \
                _TIME_LEAD.fullmatch(text[cs:at].lstrip("\u3000 ")) else None
        if writer is None or _SETTLED.match(text, end) or _CIRCUMSTANCE.match(text, end, ce) or blocked(cs, at):
            continue
        places = tuple(t for g in groups for t in _chain_targets(g) if _home_country(t) != country)
        if places:
            yield _Event(author, places, (at, at + 1), sentence)
