"""Time expressions for visits when the shared times recogniser has not run (tests, ``only=`` pipelines)."""
from __future__ import annotations

import datetime as dt
import re

from ...types import Analysis, TimeExpr


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
        from ..lunar import ganzhi_year
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
    # 「2013年以来」 is a period up to now, never the year of a visit
    return sorted((t for t in theirs + extra if not _PERIOD_SINCE.search(t.text)), key=lambda t: (t.start, t.end))


_PERIOD_SINCE = re.compile(r"(?:以来|至今)$")
