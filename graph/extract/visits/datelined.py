"""The person a headline tells at work on a tour, in a report filed from where it took place:
「某某率中央指导组指导工作」 over 「新华社武汉2月19日电 …」.

A headline (the lines before the first body paragraph) that names a person followed in the same clause
by a verb of an inspection (指导, 考察, 调研, 视察, 督导, 看望, 慰问, 检查) and names no other place, over a report
whose opening dateline is one place in China outside the capital, puts the person there when they came
from elsewhere (:func:`affiliations.from_elsewhere`: a central official, another province's).  The
paper's desk in the capital files reports of every kind, so a dateline of the capital tells nothing.
"""
from __future__ import annotations

import re
from typing import Iterator

from ...types import Sentence
from .affiliations import CAPITAL, from_elsewhere
from .arguments import dateline_place
from .contests import lead_paragraph
from .context import _Context, _Event, _named

# what the person does on the tour, in the headline's clause after the name
_TOURS = re.compile(r"[^，。；：！？“”、]{0,12}?(?:指导|考察|调研|视察|督导|看望|慰问|检查)")


def headline_tour_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    lead = lead_paragraph(ctx)
    if lead is None or sentence.paragraph >= lead:
        return                    # (only headline lines)
    place = dateline_place(ctx)
    if place is None or not place.key.startswith("cn:") or place.key == CAPITAL:
        return
    text = ctx.text
    headline_end = next(s.start for s in ctx.analysis.sentences if s.paragraph >= lead)
    if any(p.start < headline_end and p.key != place.key for p in ctx.places):
        return                    # the headline names a place of its own
    for person in _named(ctx, sentence.start, sentence.end):
        tour = _TOURS.match(text, person.end, sentence.end)
        if tour is not None and from_elsewhere(ctx, person, place):
            yield _Event(person, (place,), tour.span(), sentence, current=True)
