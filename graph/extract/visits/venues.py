"""Where a named recurring event was held: 「首届进博会」 → 上海 in 2018, 「第二十三届奥运会」 → 洛杉矶 in
1984, 「伦敦奥运会」 → 伦敦 in 2012, 「第二届世界互联网大会」 → 乌镇 in 2015.

The shipped, user-extensible table ``data/event_venues.tsv`` names the events, the place a series is
always held at, and the host and year of each edition of games that move.  The edition a mention
means is read from what is written before the event's name: a year (2010年温哥华冬奥会), an ordinal
(第七届世界军人运动会) or a host (伦敦奥运会: the host's last edition before the report, none when
one is coming within seven years).  A bare name (军运会) means an edition only in a report of the days
it was held.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...gazetteer import load
from ...gazetteer.store import lexicon_rows
from ...types import Mention
from ..times import cn_int

DATA = Path(__file__).resolve().parents[1] / "data" / "event_venues.tsv"
# the confidence of a visit to a venue the text does not write (首届进博会 → 上海): known from the table
TABLE_VENUE_CONFIDENCE = 0.8
# a report of the days an edition was held may still tell of it a fortnight later
_REPORTED_DAYS_AFTER = 15
# games are awarded to their host this many years ahead
_AWARDED_AHEAD = 7


@dataclass(frozen=True)
class Edition:
    event: str
    ordinal: int | None
    year: int
    venue: str                  # gazetteer key
    hosts: tuple[str, ...]      # how the host is written before the event's name
    first_day: dt.date | None = None
    last_day: dt.date | None = None


@dataclass(frozen=True)
class Series:
    event: str
    venue: str
    first_year: int
    per_year: int               # editions a year (0: not yearly)


@dataclass(frozen=True)
class EventTable:
    names: dict[str, str]       # written name → event
    series: dict[str, Series]
    editions: dict[str, tuple[Edition, ...]]
    name_re: re.Pattern[str] | None


@dataclass(frozen=True)
class Venue:
    """A known event's name at ``[start, end)`` (with what is written before it: year, ordinal, host)
    and its venue; ``year`` is the edition's when the text tells which edition it is."""

    start: int
    end: int
    key: str
    year: int | None
    event: str
    moving: bool                # games held at a place of their own each edition


def _day(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def read_table(path: Path = DATA) -> EventTable:
    """Read the event table, skipping the lines whose venue the gazetteer lacks."""
    gaz = load()
    names: dict[str, str] = {}
    series: dict[str, Series] = {}
    editions: dict[str, list[Edition]] = {}
    for n, line, cols in lexicon_rows(path):
        kind = cols[0]
        try:
            if kind == "name":
                for alias in cols[2].split("|"):
                    names[alias] = cols[1]
            elif kind == "series":
                if gaz.get(cols[2]) is not None:
                    series[cols[1]] = Series(cols[1], cols[2], int(cols[3]), int(cols[4]))
            elif kind == "edition":
                if gaz.get(cols[4]) is not None:
                    ordinal = None if cols[2] == "-" else int(cols[2])
                    days = cols[6:8] + ["", ""]
                    editions.setdefault(cols[1], []).append(Edition(
                        cols[1], ordinal, int(cols[3]), cols[4], tuple(cols[5].split("|")),
                        _day(days[0]), _day(days[1])))
            else:
                raise ValueError(f"unknown kind {kind!r} (valid: name, series, edition)")
        except (IndexError, ValueError) as e:
            raise ValueError(f"{path}:{n}: bad event line {line!r}: {e}") from None
    name_re = re.compile("|".join(re.escape(a) for a in sorted(names, key=lambda a: (-len(a), a)))) if names else None
    return EventTable(names, series, {k: tuple(v) for k, v in editions.items()}, name_re)


@lru_cache(maxsize=1)
def table() -> EventTable:
    return read_table()


# what after a tournament's name makes it one of its qualifiers (2022年卡塔尔世界杯预选赛, 东京奥运会亚洲区
# 预选赛附加赛): played elsewhere and earlier than the tournament
QUALIFIER = re.compile(r"[^，。；！？、“”]{0,14}?(?:预选赛|资格赛|外围赛)")

_YEAR = re.compile(r"((?:19|20)\d\d)年(?:的)?$")
_ORDINAL = re.compile(r"(?:第([0-9一二两三四五六七八九十]{1,4})|(首))届$")


def _edition_named(eds: tuple[Edition, ...], text: str, start: int, lo: int,
                   date: dt.date | None) -> tuple[int, Edition | None]:
    """The edition of moving games whose name starts at ``start`` (``lo``: how far back its
    modifiers may reach), and where the written name begins."""
    host = next(((h, e) for e in eds for h in e.hosts if text.endswith(h, lo, start)), None)
    begin = start - len(host[0]) if host else start
    ordinal = _ORDINAL.search(text, lo, begin)
    if ordinal is not None:
        begin = ordinal.start()
        n = 1 if ordinal.group(2) else cn_int(ordinal.group(1))
        return begin, next((e for e in eds if e.ordinal == n and (host is None or host[1].venue == e.venue)), None)
    year = _YEAR.search(text, lo, begin)
    if year is not None:
        y = int(year.group(1))
        # (a postponed edition keeps its year's name: 2020年东京奥运会)
        return year.start(), next((e for e in eds if abs(e.year - y) <= (1 if host else 0)
                                   and (host is None or host[1].venue == e.venue)), None)
    if host is not None:
        if date is None:
            return begin, None
        # the host's last edition before the report, unless one is coming within the years games are
        # awarded ahead (东京奥运会 in 2019 is the coming one; 洛杉矶奥运会, 1984's)
        hosted = [e for e in eds if e.venue == host[1].venue]
        if any(_to_come(e, date) and e.year - date.year <= _AWARDED_AHEAD for e in hosted):
            return begin, None
        past = [e for e in hosted if not _to_come(e, date)]
        return begin, max(past, key=lambda e: e.year) if past else None
    if date is not None:
        held = [e for e in eds if _reported(e, date)]
        return begin, held[0] if len(held) == 1 else None
    return begin, None


def _reported(ed: Edition, date: dt.date) -> bool:
    """Whether a report of ``date`` falls in the days of the edition (or the fortnight after)."""
    return ed.first_day is not None and ed.last_day is not None \
        and ed.first_day <= date <= ed.last_day + dt.timedelta(days=_REPORTED_DAYS_AFTER)


def _to_come(ed: Edition, date: dt.date | None) -> bool:
    """Whether the edition was still to come at the report's date."""
    return date is not None and (ed.year > date.year or (ed.first_day is not None and ed.first_day > date))


def venue_at(text: str, start: int, end: int, date: dt.date | None) -> Venue | None:
    """The first known event named inside ``[start, end)`` and its venue, with the edition's year
    when the text tells it.  None for an edition still to come or of moving games whose edition
    the text leaves open."""
    tab = table()
    if tab.name_re is None:
        return None
    for m in tab.name_re.finditer(text, start, end):
        event = tab.names[m.group()]
        lo = max(start, m.start() - 16)
        cut = max(text.rfind(c, lo, m.start()) for c in "，。；：、“”《》（）")
        lo = max(lo, cut + 1)
        if event in tab.editions and event not in tab.series:
            begin, ed = _edition_named(tab.editions[event], text, m.start(), lo, date)
            if ed is not None and not _to_come(ed, date):
                return Venue(begin, m.end(), ed.venue, ed.year, event, True)
            continue
        s = tab.series.get(event)
        if s is None:
            continue
        year: int | None = None
        begin = m.start()
        ordinal = _ORDINAL.search(text, lo, begin)
        if ordinal is not None:
            begin = ordinal.start()
            n = 1 if ordinal.group(2) else cn_int(ordinal.group(1))
            year = s.first_year + (n - 1) // s.per_year if n and s.per_year else None
        written = _YEAR.search(text, lo, begin)
        if written is not None:
            begin, year = written.start(), int(written.group(1))
        if year is None and ordinal is None and date is not None:
            held = [e for e in tab.editions.get(event, ()) if _reported(e, date)]
            year = held[0].year if len(held) == 1 else None      # 世界互联网大会 in a report of its days
        if year is not None and date is not None and year >= date.year:
            dated = [e for e in tab.editions.get(event, ()) if e.year == year and e.first_day is not None]
            if not dated or _to_come(dated[0], date):
                continue          # an edition to come, or of the report's year not known to be over
        return Venue(begin, m.end(), s.venue, year, event, False)
    return None


def venue_places(venue: Venue, text: str, doc_id: str) -> list[Mention]:
    """The venue as visit places over the event's name: the place (and the country of a city abroad),
    each carrying the edition's year when known."""
    gaz = load()
    rec = gaz.get(venue.key)
    if rec is None:
        return []
    span = text[venue.start:venue.end]
    # the place written in the event's name (伦敦奥运会, 博鳌亚洲论坛), or known from the table only (首届进博会)
    written = any(n and n in span for n in (rec.name, *rec.aliases, *_host_names(venue.key)))
    attrs: tuple[tuple[str, str], ...] = (("level", rec.level), ("venue", "written" if written else "table"))
    if venue.year is not None:
        attrs += (("edition_year", str(venue.year)),)
    out = [Mention("place", span, venue.start, venue.end, rec.key, rec.name, doc_id, "visits", attrs)]
    country = gaz.country_of(rec.key) if rec.level == "foreign-city" else ""
    crec = gaz.get(country) if country else None
    if crec is not None:
        cattrs = (("implied", "1"), ("level", "country"), *attrs[1:])
        out.insert(0, Mention("place", span, venue.start, venue.end, crec.key, crec.name, doc_id, "visits", cattrs))
    return out


@lru_cache(maxsize=256)
def _host_names(key: str) -> tuple[str, ...]:
    """How the table writes the host ``key`` before an event's name (里约, 汉城)."""
    return tuple(sorted({h for eds in table().editions.values() for e in eds if e.venue == key for h in e.hosts}))


def edition_year(places: tuple[Mention, ...] | list[Mention]) -> int | None:
    """The year of the edition the places are the venue of, when they all carry one."""
    years = {p.attr("edition_year") for p in places}
    if len(years) != 1 or None in years or "" in years:
        return None
    return int(next(iter(years)))
