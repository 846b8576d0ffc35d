"""Time expressions and document dates.

Public API (other extractors rely on it):

* :func:`document_date` — publication date of an article and where it came from.
* :func:`find_dateline` — the dateline (「新华社北京3月24日电」) of a text, if any.
* :func:`opening_dateline` — the dateline that opens a report (after its headline), if any.
* :func:`parse_date_expressions` — every time expression of a plain string,
  normalised against an anchor year / document date.  Works on one sentence.
* :func:`year_context` / :func:`day_context` — the year (day) in force at an
  offset of a document: the most recent explicit one earlier in the same passage.
* :func:`expressions_in` — the normalised expressions of a document span.
* :func:`passages` — the passage spans of a text (split at heading lines).
* recogniser ``times`` (order 10) — yields a :class:`TimeExpr` per expression.

Meaning of :class:`TimeExpr` fields as produced here:

===========  ======================================================================
granularity  meaning of ``year`` / ``begin`` / ``finish``
===========  ======================================================================
"day"        ``begin`` the day (first day of a range), ``finish`` the last day of a
             range (None for a single day); ``year`` = ``begin.year``.  When the
             year cannot be found, ``year``/``begin`` are None (the text still
             holds month and day, see :func:`month_day`).
"month"      ``begin``/``finish`` the first and last day of the month (or of a
             旬, or of a month range); ``year`` as above.
"year"       ``year`` only; ``begin``/``finish`` are None except for a year range
             (「2013—2015年」, 「上世纪80年代」: ``year`` is the first year,
             ``begin`` Jan 1 of it, ``finish`` Dec 31 of the last year).
"relative"   a period open on one side of a date: 「春节前夕」「2030年前」 have only
             ``finish`` (the festival / the end of that year), 「2012年以来」「春节期间」
             「春节过后」 have only ``begin``.  ``year`` is the year of that date.
===========  ======================================================================
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import PurePath
from typing import Iterator

from ..registry import recogniser
from ..types import Analysis, TimeExpr
from . import lunar

# ---------------------------------------------------------------- numerals

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM = "〇零○一二两三四五六七八九"


def cn_int(s: str) -> int | None:
    """Integer value of an Arabic or Chinese numeral up to 99, or a digit-by-digit year (二〇一三 → 2013).

    >>> cn_int("十二"), cn_int("二十一"), cn_int("二〇一三"), cn_int("两")
    (12, 21, 2013, 2)
    """
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    if s and all(c in _CN_DIGITS for c in s):
        value = 0
        for c in s:
            value = value * 10 + _CN_DIGITS[c]
        return value
    if "十" in s and s.count("十") == 1:
        tens, _, units = s.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        u = _CN_DIGITS.get(units, -1) if units else 0
        if t > 0 and u >= 0:
            return t * 10 + u
    return None


# ---------------------------------------------------------------- datelines

_AGENCY = (r"(?:据)?(?:新华社|本报|人民网|新华网|中新社|中新网|央视网|光明网|央广网|中国日报|国际在线|"
           r"经济日报|光明日报|人民日报|工人日报|法治日报|法制日报|[\u4e00-\u9fff]{2,4}(?:日报|晚报|社))")
_DATELINE = re.compile(
    _AGENCY + r"(?P<place>[^\s，。；：“”（）()\d０-９]{0,40}?)\s*"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日[电讯](?![视影脑商网池站力厂器])")


@dataclass(frozen=True)
class Dateline:
    """A news dateline: 「新华社北京3月24日电」 → place 北京, month 3, day 24."""

    text: str
    start: int
    end: int
    place: str
    month: int
    day: int


# a dateline's places, with or without its day: 本报开罗10月3日电, 据新华社安卡拉、大马士革10月22日电, （本报金边电）
_DATELINE_PLACES = re.compile(
    _AGENCY + r"(?P<place>[\u4e00-\u9fff、]{2,24}?)"
    r"(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)?电"
    r"(?![视影脑商网池站力厂器])")


def dateline_places(text: str) -> set[tuple[int, int]]:
    """The spans of the places every dateline of ``text`` names (a list 安卡拉、大马士革 gives each):
    where a report was filed from."""
    spans: set[tuple[int, int]] = set()
    for m in _DATELINE_PLACES.finditer(text.translate(_FULLWIDTH)):
        at = m.start("place")
        for part in m.group("place").split("、"):
            spans.add((at, at + len(part)))
            at += len(part) + 1
    return spans


def find_dateline(text: str) -> Dateline | None:
    """The first dateline in ``text`` (anywhere: some articles put it last), or None.

    Recognised: 「新华社北京3月24日电」「本报昆明1月21日电」「（新华社华盛顿9月30日电」
    「据新华社2月5日电」「人民网北京…电」「本报约翰内斯堡、开罗10月9日电」, with
    Arabic or Chinese numerals.  「本报讯」 carries no date and is not returned.
    """
    for m in _DATELINE.finditer(text.translate(_FULLWIDTH)):
        month, day = cn_int(m["m"]), cn_int(m["d"])
        if month and day and _valid(2000, month, day):
            return Dateline(m.group(), m.start(), m.end(), m["place"].strip("、 "), month, day)
    return None


# characters: a dateline this near the start opens the report (after its headline)
DATELINE_OPENS = 300


def opening_dateline(text: str) -> Dateline | None:
    """The dateline that opens the report ``text`` (within :data:`DATELINE_OPENS` characters of its
    start, after the headline), or None."""
    line = find_dateline(text[:DATELINE_OPENS + 40])
    return line if line is not None and line.start < DATELINE_OPENS else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not 1 <= year <= 9999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NAME_DATE = re.compile(r"(?<![0-9A-Za-z])(19\d\d|20\d\d)[-_.年]?([01]\d)[-_.月]?([0-3]\d)(?!\d)")


def filename_date(name: str) -> dt.date | None:
    """A date written in a file name: ``20191001-01-01.txt``, ``2023-03-25_x.txt`` …; None otherwise.

    The file name (last path component) is searched first, then the whole path.
    """
    for part in (PurePath(name).name, name) if name else ():
        for m in _NAME_DATE.finditer(part):
            found = _date(int(m[1]), int(m[2]), int(m[3]))
            if found:
                return found
    return None


_HEADER_DATE = re.compile(
    r"^[\s（(【\[]*(?P<y>[12]\d{3}|[〇零○一二三四五六七八九]{4})年(?P<m>[01]?\d|十[一二]?|[一二三四五六七八九])月"
    r"(?P<d>[0-3]?\d|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
    r"[\s）)】\]]*(?:(?:星期|周)[一二三四五六日天])?[\s）)】\]]*$")


def header_date(text: str, lines: int = 8) -> dt.date | None:
    """A date standing alone on one of the first ``lines`` non-empty lines:
    「2023年03月25日 星期六」, 「（2023年3月25日）」, 「（二〇一九年十月二十日）」."""
    seen = 0
    for line in text.translate(_FULLWIDTH).split("\n"):
        if not line.strip():
            continue
        m = _HEADER_DATE.match(line.strip())
        if m:
            y, mo, d = cn_int(m["y"]), cn_int(m["m"]), cn_int(m["d"])
            if y and mo and d and (found := _date(y, mo, d)):
                return found
        seen += 1
        if seen >= lines:
            break
    return None


def _year_near(month: int, day: int, target: dt.date) -> dt.date | None:
    """The date with ``month``/``day`` nearest to ``target`` (previous, same or next year)."""
    options = [d for y in (target.year - 1, target.year, target.year + 1) if (d := _date(y, month, day))]
    return min(options, key=lambda d: (abs((d - target).days), d > target)) if options else None


def latest_text_year(text: str) -> int | None:
    """The latest year of a dated expression written in the text, or None.

    Only years written with a month, a day or a festival count (「2013年2月2日」
    「2023年5月」「2023年农历小年」): a bare year (「2020年」) is too often a target
    (「到2020年全面建成小康社会」) — on corpus datelines the latest bare year is
    the publication year in only a third of the articles.  Open periods
    (「2012年以来」「2030年前」) are left out.  「截至2025年底」 states a closed
    year: the text is from 2026 or later.
    """
    years = []
    for f in _scan(text, None, None, 0, None):
        if f.explicit_year is None:
            continue
        if _closed_year(text, f.expr):
            years.append(f.explicit_year + 1)
        elif not f.target and f.expr.granularity != "year":
            years.append(f.explicit_year)
    return max(years) if years else None


def _closed_year(text: str, expr: TimeExpr) -> bool:
    """「截至2025年底」「截止2018年末」: a year reported as over."""
    return text[max(0, expr.start - 2):expr.start] in ("截至", "截止") and expr.text.endswith(("底", "末"))


def document_date(text: str, name: str = "") -> tuple[dt.date | None, str]:
    """Publication date of an article and its source: ``(date, source)``.

    ``source`` is one of:

    * ``"dateline"`` — month and day from the dateline (:func:`find_dateline`);
      the year, in order of trust, from a full date in the text with the same
      month and day (「2023年3月24日」, unless the text states later years, i.e.
      it is a past anniversary, nor more than a year away from a file-name
      date), from the date in ``name`` (the dateline year
      nearest to it: 「12月31日电」 in ``20200101-…`` is 2019-12-31), or from the
      latest year the text states (:func:`latest_text_year`).  A dateline whose
      year cannot be found gives ``(None, "none")``.
    * ``"filename"`` — no dateline; a date in the file name (:func:`filename_date`).
    * ``"text"`` — no dateline nor file-name date; a date on its own header line
      near the top (:func:`header_date`).
    * ``"none"`` — nothing found; the date is None.
    """
    text = text.translate(_FULLWIDTH)
    from_name = filename_date(name)
    line = find_dateline(text)
    if line is not None:
        found = _dateline_year(text, line, from_name)
        return (found, "dateline") if found else (None, "none")
    if from_name:
        return from_name, "filename"
    header = header_date(text)
    if header:
        return header, "text"
    return None, "none"


def _dateline_year(text: str, line: Dateline, from_name: dt.date | None) -> dt.date | None:
    stated = [f for f in _scan(text, None, None, 0, None) if f.explicit_year is not None and not f.target]
    latest = max((f.explicit_year for f in stated), default=None)
    full = [f.explicit_year for f in stated if f.expr.granularity == "day" and f.expr.begin is not None
            and (f.expr.begin.month, f.expr.begin.day) == (line.month, line.day)]
    consistent = from_name is None or abs(max(full, default=0) - from_name.year) <= 1
    if full and max(full) >= (latest or 0) and consistent:
        return _date(max(full), line.month, line.day)
    if from_name:
        return _year_near(line.month, line.day, from_name)
    near = [f.explicit_year for f in stated if _shortly_before(f.expr, line)]
    year = max(near) if near and max(near) >= (latest or 0) else latest_text_year(text)
    return _date(year, line.month, line.day) if year else None


def _shortly_before(expr: TimeExpr, line: Dateline) -> bool:
    """A dated expression up to four months before (or two weeks after) the dateline's month/day:
    「2019年9月25日」 in a 「9月30日电」 article is most likely recent news of the same year."""
    if expr.begin is None or expr.granularity not in ("day", "month"):
        return False
    same_year = _date(expr.begin.year, line.month, min(line.day, 28))
    return same_year is not None and -15 <= (same_year - expr.begin).days <= 120


# ---------------------------------------------------------------- grammar

_Y = r"(?:(?<![\d.])[12]\d{3}(?![\d.])|(?<![〇零○一二三四五六七八九十])[〇零○一二三四五六七八九]{4})"
_M = r"(?:(?<![\d.])(?:1[0-2]|0?[1-9])(?![\d.])|十[一二]?|[一二三四五六七八九])"
_D = r"(?:(?<![\d.])(?:3[01]|[12]\d|0?[1-9])(?![\d.])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_TO = r"\s?(?:至|到|——|—|–|－|-|~|～)\s?"
_GZ = f"[{lunar.STEMS}][{lunar.BRANCHES}]"
_ZODIAC = f"[{lunar.ANIMALS}]"

_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2}
_CTX_YEAR = {"当年": 0, "同年": 0, "次年": 1, "翌年": 1}
_REL_DAY = {"今天": 0, "昨天": -1, "前天": -2, "明天": 1}
_CTX_DAY = {"当天": 0, "当日": 0, "同日": 0, "同一天": 0, "当晚": 0, "当夜": 0, "次日": 1, "翌日": 1,
            "第二天": 1, "前一天": -1}
_CTX_MONTH = {"本月": 0, "当月": 0, "同月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1, "次月": 1}

_TOD = "凌晨|清晨|早晨|早上|一大早|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|晚|夜"
_SEASONS = ("前后|左右|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度|早春|初春|仲春|暮春|春天|春季|初夏|盛夏|仲夏|夏天|夏季|"
            "初秋|仲秋|深秋|金秋|秋天|秋季|初冬|隆冬|深冬|寒冬|冬天|冬季|岁末|年初|年底|年末|年中|初|底|末|春|夏|秋|冬|度")
_XUN = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}

_FEST_NAMES = "|".join(sorted(lunar.FESTIVALS, key=len, reverse=True))
_FEST_EVE = "前夕|之前|以前|前|将至|即将到来之际|到来之际|来临之际|即将来临之际|临近"
_FEST_AFTER = "过后|之后|以后|后"
_FEST_DURING = "期间|假期|长假|黄金周|前后"

# a count of years or days not inside a longer number (3年前, 十年后, 4天之后), and its Chinese numerals
_COUNT_START = r"(?<![\d几数多十百千万两一二三四五六七八九])"
_CN_COUNT = r"[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]"

RE = {
    "year_range": re.compile(rf"(?P<y>{_Y})年?{_TO}(?P<y2>{_Y})年(?P<du>度)?"),
    "year": re.compile(rf"(?P<y>{_Y})年(?!代|龄|纪|级|薪|终奖|均|轻|[多余来间])"),
    "rel_year": re.compile(r"(?<![提之以此目日过失])(?P<r>今年|本年|去年|前年|明年|后年)(?![均龄轻代])"),
    "ctx_year": re.compile(r"(?<![不相共])(?P<r>当年|同年|次年|翌年)(?![龄级代])"),
    "ganzhi": re.compile(rf"(?P<gz>{_GZ})(?:年)?(?:(?P<zo>{_ZODIAC})年)?"),
    "zodiac": re.compile(rf"(?<![\u4e00-\u9fff]{{2}}[十生属])(?P<zo>{_ZODIAC})年"),
    "month_range": re.compile(rf"(?P<m>{_M})月?{_TO}(?P<m2>{_M})月(?:份)?"),
    "month": re.compile(rf"(?P<m>{_M})月(?:份)?"),
    "day": re.compile(rf"(?P<d>{_D})(?P<unit>[日号])"),
    "to_date": re.compile(rf"{_TO}(?:(?P<y>{_Y})年)?(?:(?P<m>{_M})月)?(?:(?P<d>{_D})[日号])?"),
    "festival": re.compile(rf"(?:农历)?(?P<f>{_FEST_NAMES})(?:(?P<before1>前一天)|(?P<after1>后一天)|(?P<eve>{_FEST_EVE})|"
                           rf"(?P<after>{_FEST_AFTER})|(?P<during>{_FEST_DURING})|(?:当天|当晚|当日|这天|那天|之夜|夜))?"),
    "ago": re.compile(rf"{_COUNT_START}(?P<n>\d{{1,3}}|{_CN_COUNT}|半个世纪|一个世纪|半世纪)"
                      r"(?:个)?(?:年)?(?P<dir>前|后|之前|之后|以前|以后)(?P<today>的今天)?"),
    # 「今天的中国」「美好的明天」 are figurative: only 「今天上午」「昨天，」 … count
    "decade": re.compile(r"(?:(?P<c>上|本|[12]\d|十[九八]|二十|二十一)(?:个)?世纪)?(?P<lo>[二三四五六七八](?=[三四五六七八九]十))?(?P<d>[1-9]0|[二三四五六七八九]十)年代"
                         r"(?P<part>初期|初|中期|中后期|后期|末期|末|中叶)?|(?<!\d)(?P<y>1[5-9]\d0|20[0-9]0)年代"),
    "rel_day": re.compile(rf"(?<!的)(?:今天(?={_TOD})|(?:昨天|前天|明天)(?=[，,]|{_TOD}))"),
    "ctx_day": re.compile("|".join(sorted(_CTX_DAY, key=len, reverse=True))),
    # 「4天之后」「两天后」: days after the last day written
    "days_after": re.compile(rf"{_COUNT_START}(?P<n>\d{{1,2}}|{_CN_COUNT})天(?:之后|以后|后)"),
    "ctx_month": re.compile("|".join(sorted(_CTX_MONTH, key=len, reverse=True))),
    "tod": re.compile(_TOD),
    "season": re.compile(_SEASONS),
    "since": re.compile(r"以来|至今"),
    "before": re.compile(r"(?:以前|之前|前)(?![\d一二三四五六七八九十两半])"),
    "xun": re.compile(r"上旬|中旬|下旬|初|底|末"),
}
_SAME_YEAR_REACH = 80   # 「当年」 within this many characters of a stated year is that year
_FESTIVAL_REACH = 200   # a festival this close after a stated year is that year's
_HABITUAL = ("每年", "每逢", "每到", "每当", "每个", "年年", "历年")
_NOT_AFTER_DAY = re.compile(r"以内|之内|内|均|游|左右|多|余|以上|以下|元|万|个|间")
_NOT_AFTER_HAO = re.compile(r"[线楼院令文机门馆车站口位场台桥公]")
_NOT_BEFORE_NUM = "第每数近多前后个余续逾超达约共计仅单周"
_FEST_FIRST = "".join(sorted({name[0] for name in lunar.FESTIVALS} | {"农"}))
_TRIGGERS = re.compile(rf"[\d{CN_NUM}十半今本去前明后当同次翌昨上下第{lunar.STEMS}{lunar.ANIMALS}{_FEST_FIRST}]")


@dataclass(frozen=True)
class _Found:
    """One expression with the facts the context tracker needs."""

    expr: TimeExpr
    explicit_year: int | None = None   # a year written in the expression itself (2013年, 二〇一三年)
    sets_year: bool = False            # this expression changes the year in force
    target: bool = False               # a target/open period (2030年前, 2012年以来, ranges)


@dataclass
class _State:
    """Context while scanning one passage."""

    year: int | None                   # year in force
    explicit: bool                     # year stated in the text (not just the document year)
    doc: dt.date | None                # document date (anchor of 今年, 3年前, 今天)
    day: dt.date | None = None         # last day stated
    year_at: int = -10**6              # offset where the year in force was last stated
    day_end: dt.date | None = None     # end of the last stated range


def month_day(text: str) -> tuple[int | None, int | None]:
    """(month, day) written in an expression text (「2月13日」 → (2, 13), 「19日下午」 → (None, 19))."""
    t = text.translate(_FULLWIDTH)
    m = re.search(rf"({_M})月", t)
    d = re.search(rf"({_D})[日号]", t)
    return (cn_int(m[1]) if m else None, cn_int(d[1]) if d else None)


# ---------------------------------------------------------------- scanner

def _scan(text: str, anchor_year: int | None, anchor_date: dt.date | None, offset: int,
          anchor_day: dt.date | None) -> list[_Found]:
    """Scan ``text`` left to right, tracking the context; offsets are shifted by ``offset``."""
    surface, text = text, text.translate(_FULLWIDTH)
    year = anchor_year if anchor_year is not None else (anchor_date.year if anchor_date else None)
    explicit = anchor_year is not None and (anchor_date is None or anchor_year != anchor_date.year)
    state = _State(year, explicit, anchor_date, anchor_day)
    found: list[_Found] = []
    pos = 0
    while (trigger := _TRIGGERS.search(text, pos)) is not None:
        pos = trigger.start()
        hit = _match_at(text, pos, state)
        if hit is None:
            pos += 1
            continue
        _update(state, hit)
        expr = replace(hit.expr, text=surface[hit.expr.start:hit.expr.end])
        found.append(replace(hit, expr=_shift(expr, offset)))
        pos = hit.expr.end
    return found


def _shift(expr: TimeExpr, offset: int) -> TimeExpr:
    return replace(expr, start=expr.start + offset, end=expr.end + offset) if offset else expr


def _update(state: _State, hit: _Found) -> None:
    e = hit.expr
    if hit.sets_year and e.year is not None:
        state.year, state.explicit, state.year_at = e.year, True, e.end
    if e.granularity == "day" and e.begin is not None:
        state.day, state.day_end = e.begin, e.finish


def _match_at(text: str, pos: int, st: _State) -> _Found | None:
    for rule in (_festival_rule, _decade_rule, _year_rule, _month_rule, _day_rule, _relative_rule):
        hit = rule(text, pos, st)
        if hit is not None:
            return hit
    return None


def _expr(text: str, start: int, end: int, year: int | None, begin: dt.date | None = None,
          finish: dt.date | None = None, granularity: str = "year") -> TimeExpr:
    return TimeExpr(text[start:end], start, end, year, begin, finish, granularity)


def _habitual(text: str, pos: int) -> bool:
    return text[max(0, pos - 2):pos] in _HABITUAL or text[max(0, pos - 4):pos].startswith(_HABITUAL)


# --- festivals (with an optional year prefix) -------------------------------

def _year_prefix(text: str, pos: int, st: _State) -> tuple[int, int | None, str] | None:
    """A year written before a festival: (end, year, kind) with kind abs/rel/ctx/lunar."""
    if m := RE["year"].match(text, pos):
        return m.end(), cn_int(m["y"]), "abs"
    if m := RE["rel_year"].match(text, pos):
        return m.end(), (st.doc.year + _REL_YEAR[m["r"]]) if st.doc else None, "rel"
    if m := RE["ctx_year"].match(text, pos):
        return m.end(), (st.year + _CTX_YEAR[m["r"]]) if st.explicit and st.year else None, "ctx"
    if m := RE["ganzhi"].match(text, pos):
        return m.end(), lunar.ganzhi_year(m["gz"], st.year), "lunar"
    if m := RE["zodiac"].match(text, pos):
        return m.end(), lunar.zodiac_year(m["zo"], st.year), "lunar"
    return None


def _festival_rule(text: str, pos: int, st: _State) -> _Found | None:
    prefix = _year_prefix(text, pos, st)
    fest_at = prefix[0] if prefix else pos
    m = RE["festival"].match(text, fest_at)
    if m is None or not _festival_ok(text, m):
        return None
    if _habitual(text, pos):
        return _Found(_expr(text, pos, m.end(), None, granularity="relative"), target=True)
    name = lunar.FESTIVALS[m["f"]].name
    day = _festival_day(name, prefix, st, pos)
    begin = finish = None
    granularity = "relative"
    if day is None:
        granularity = "day" if not (m["eve"] or m["after"] or m["during"]) else "relative"
    elif m["eve"]:
        finish = day
    elif m["after"]:
        begin = day + dt.timedelta(days=1)
    elif m["during"]:
        begin = day
    else:
        shift = -1 if m["before1"] else (1 if m["after1"] else 0)
        begin, granularity = day + dt.timedelta(days=shift), "day"
    year = day.year if day else None
    explicit = prefix[1] if prefix and prefix[2] == "abs" else None
    return _Found(_expr(text, pos, m.end(), year, begin, finish, granularity), explicit, explicit is not None)


def _festival_ok(text: str, m: re.Match) -> bool:
    f, before, after = m["f"], text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
    if f == "小年" and (before in ("大", "小") or after in ("轻", "级", "纪")):
        return False
    if text[m.end():m.end() + 2] in ("介绍", "表示") or after == "说":
        return False   # a person named 谷春节 / 文新春
    return not (f in ("中秋", "端午", "七夕") and before in ("大", "小"))


def _festival_day(name: str, prefix: tuple[int, int | None, str] | None, st: _State,
                  pos: int) -> dt.date | None:
    """The festival of the year written before it, else of the year stated shortly before
    (within :data:`_FESTIVAL_REACH` characters), else the one nearest to the document date."""
    if prefix is not None:
        return lunar.festival_date(name, prefix[1]) if prefix[1] is not None else None
    recent = pos - st.year_at <= _FESTIVAL_REACH or st.doc is None
    if st.explicit and st.year and recent:
        return lunar.festival_date(name, st.year)
    if st.doc:
        return lunar.nearest_festival(name, st.doc)
    return None


# --- dates: year, month, day and ranges -------------------------------------

def _year_rule(text: str, pos: int, st: _State) -> _Found | None:
    if m := RE["year_range"].match(text, pos):
        y1, y2 = cn_int(m["y"]), cn_int(m["y2"])
        if y1 and y2 and _plausible_year(y1) and y1 < y2 <= y1 + 50:
            end, finish = m.end(), dt.date(y2, 12, 31)
            if (mm := RE["month"].match(text, end)) and (month := cn_int(mm["m"])) and 1 <= month <= 12:
                end, finish = mm.end(), _month_end(y2, month, None)   # 「2014年至2019年6月」
            return _Found(_expr(text, pos, end, y1, dt.date(y1, 1, 1), finish), y1, False, True)
    m = RE["year"].match(text, pos)
    if m is None:
        if (r := RE["rel_year"].match(text, pos)) or (r := RE["ctx_year"].match(text, pos)):
            return _relative_year(text, pos, r, st)
        if (g := RE["ganzhi"].match(text, pos)) and "年" in g.group():
            return _Found(_expr(text, pos, g.end(), lunar.ganzhi_year(g["gz"], st.year)))
        return None
    year = cn_int(m["y"])
    if year is None or not _plausible_year(year) or _quantity_context(text, pos, m.end()):
        return None
    return _after_year(text, pos, m.end(), year, st, explicit=True)


def _plausible_year(year: int) -> bool:
    return 1000 <= year <= 2100


def _quantity_context(text: str, start: int, end: int) -> bool:
    """「近2000年」「2000年历史」: a number of years, not a year."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 3]
    return (before[-1:] in tuple("近约逾超达了") or before.endswith(("长达", "超过", "历经", "经过", "有着"))
            or after.startswith(("历史", "的历史", "文明", "的文明", "传统")))


def _relative_year(text: str, pos: int, m: re.Match, st: _State) -> _Found:
    word = m["r"]
    if word in _REL_YEAR:
        year = st.doc.year + _REL_YEAR[word] if st.doc else None
    elif word == "当年" and pos - st.year_at > _SAME_YEAR_REACH and not RE["month"].match(text, m.end()):
        year = None   # 「总书记当年…」 far from a stated year means "back then": unknown
    else:
        year = st.year + _CTX_YEAR[word] if st.explicit and st.year else None
    if year is None:
        return _unanchored(text, pos, m.end())
    return _after_year(text, pos, m.end(), year, st, explicit=False)


def _unanchored(text: str, pos: int, end: int) -> _Found:
    """「次年3月」 without a year in force: keep the whole span, year unknown."""
    granularity = "year"
    if mm := RE["month"].match(text, end):
        end, granularity = mm.end(), "month"
        if (dm := RE["day"].match(text, end)) and dm["unit"] == "日":
            end, granularity = dm.end(), "day"
    return _Found(_expr(text, pos, end, None, granularity=granularity))


# the start of a period after 自/从 and a year: 自2017年开始, 从2017年起
_FROM_ON = re.compile(r"开始|起(?![来草步飞])")


def _after_year(text: str, pos: int, end: int, year: int, st: _State, explicit: bool) -> _Found:
    """What follows 「2013年」 / 「去年」: a month (and day), a season, 以来, 前, a range …"""
    ex = year if explicit else None
    if (mm := RE["month_range"].match(text, end)) or (mm := RE["month"].match(text, end)):
        hit = _month_day(text, pos, mm, year, st)
        if hit is not None:
            return replace(hit, explicit_year=ex, sets_year=True)
    if m := RE["since"].match(text, end):
        return _Found(_expr(text, pos, m.end(), year, dt.date(year, 1, 1), None, "relative"), ex, False, True)
    if text[pos - 1:pos] in ("自", "从") and _FROM_ON.match(text, end):
        # 「自2017年开始」「从2017年起」: a period since then, not the year of what follows (the expression is
        # the year alone: the word after it still tells the period to its readers)
        return _Found(_expr(text, pos, end, year, dt.date(year, 1, 1), None, "relative"), ex, False, True)
    stop = end
    if m := RE["season"].match(text, end):
        stop = m.end()
    elif (m := RE["before"].match(text, end)) and year >= 1950:
        return _Found(_expr(text, pos, m.end(), year, None, dt.date(year, 12, 31), "relative"), ex, False, True)
    future = explicit and st.doc is not None and year > st.doc.year
    target = future or text[max(0, pos - 1):pos] in ("到", "至") or text[stop:stop + 2] in ("目标", "远景")
    return _Found(_expr(text, pos, stop, year), ex, explicit and not target, target)


def _month_rule(text: str, pos: int, st: _State) -> _Found | None:
    mm = RE["month_range"].match(text, pos) or RE["month"].match(text, pos)
    if mm is None or text[pos - 1:pos] in tuple(_NOT_BEFORE_NUM) or text[pos - 1:pos] in ("个", "每"):
        return None
    return _month_day(text, pos, mm, None, st)


def _month_day(text: str, pos: int, mm: re.Match, year: int | None, st: _State) -> _Found | None:
    """A month (range) possibly followed by a day (range) and a time of day, after an optional year."""
    month = cn_int(mm["m"])
    if not month or not 1 <= month <= 12:
        return None
    chinese = not mm["m"].isdigit()
    if "m2" in mm.groupdict() and mm["m2"]:
        return _month_span(text, pos, mm.end(), year, month, cn_int(mm["m2"]), st)
    dm = RE["day"].match(text, mm.end())
    if dm is None or not (day := cn_int(dm["d"])) or (dm["unit"] == "号" and _NOT_AFTER_HAO.match(text, dm.end())):
        if chinese and year is None:
            return None   # 「十月」 alone is too ambiguous (十月革命, 一月一次)
        return _month_span(text, pos, mm.end(), year, month, None, st)
    if not _valid(2000, month, day):
        return None
    y = year if year is not None else _infer_year(month, day if day <= 28 else 28, st)
    begin = _date(y, month, day)
    end, finish = dm.end(), None
    if tm := RE["to_date"].match(text, end):
        finish, end = _range_end(tm, begin, end) if begin else (None, end)
    if t := RE["tod"].match(text, end):
        end = t.end()
    if s := RE["since"].match(text, end):
        return _Found(_expr(text, pos, s.end(), y, begin, None, "relative"), None, year is None and y is not None)
    return _Found(_expr(text, pos, end, begin.year if begin else y, begin, finish, "day"), None,
                  year is None and begin is not None and st.explicit)


def _range_end(tm: re.Match, begin: dt.date, end: int) -> tuple[dt.date | None, int]:
    """The end of 「2月2日至5日」「1月30日至2月2日」「2013年12月30日至2014年1月2日」."""
    if not tm["d"]:
        return None, end
    y2 = cn_int(tm["y"]) if tm["y"] else begin.year
    m2 = cn_int(tm["m"]) if tm["m"] else begin.month
    finish = _date(y2, m2 or 0, cn_int(tm["d"]) or 0)
    if finish is None or not begin < finish <= begin + dt.timedelta(days=366):
        return None, end
    return finish, tm.end()


def _month_span(text: str, pos: int, end: int, year: int | None, month: int, month2: int | None,
                st: _State) -> _Found | None:
    if month2 is not None and not month < month2 <= 12:
        return None
    y = year if year is not None else _infer_year(month, None, st, month2)
    first, last_month, stop = 1, month2 or month, end
    last = None
    if month2 is None and (x := RE["xun"].match(text, end)):
        stop = x.end()
        if x.group() in _XUN:
            first, last = _XUN[x.group()]
    elif s := RE["since"].match(text, end):
        begin = _date(y, month, 1)
        return _Found(_expr(text, pos, s.end(), y, begin, None, "relative"), None, False, True)
    begin = _date(y, month, first)
    finish = _month_end(y, last_month, last) if y is not None else None
    return _Found(_expr(text, pos, stop, y, begin, finish, "month"), None, year is None and begin is not None and st.explicit)


def _month_end(year: int, month: int, last: int | None) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return nxt if last is None or last > nxt.day else dt.date(year, month, last)


def _infer_year(month: int, day: int | None, st: _State, last_month: int | None = None) -> int | None:
    """Year of a month/day (or month span) written without one.

    The year in force when it was stated in the text; else the year that puts
    the period nearest to the document date (the past wins ties: 「1至9月」 in an
    October article is this year's, 「12月28日」 in a January one last year's).
    """
    if st.explicit and st.year is not None:
        if st.day and st.day.month >= 10 and month <= 3 and st.day.year == st.year:
            return st.year + 1   # 「12月30日 … 1月2日」 crosses into the next year
        return st.year
    if st.doc is None:
        return st.year

    def distance(year: int) -> tuple[int, bool]:
        first = dt.date(year, month, day or 1)
        last = first if day else _month_end(year, last_month or month, None)
        if first <= st.doc <= last:
            return 0, False
        return min(abs((first - st.doc).days), abs((last - st.doc).days)), first > st.doc
    return min((st.doc.year - 1, st.doc.year, st.doc.year + 1), key=distance)


def _day_rule(text: str, pos: int, st: _State) -> _Found | None:
    dm = RE["day"].match(text, pos)
    if dm is None or dm["unit"] != "日" or not dm["d"].isdigit():
        return None
    if text[pos - 1:pos] in tuple(_NOT_BEFORE_NUM) or _NOT_AFTER_DAY.match(text, dm.end()):
        return None
    day = int(dm["d"])
    begin = _day_only(day, st)
    end = dm.end()
    finish = None
    if begin and (tm := RE["to_date"].match(text, end)) and tm["d"] and not tm["m"] and not tm["y"]:
        finish, end = _range_end(tm, begin, end)
    if t := RE["tod"].match(text, end):
        end = t.end()
    year = begin.year if begin else (st.year if st.explicit else None)
    return _Found(_expr(text, pos, end, year, begin, finish, "day"))


def _day_only(day: int, st: _State) -> dt.date | None:
    """「19日」: the month of the last stated day (or of its range end), else the document month nearest."""
    if st.day is not None:
        options = [d for ref in (st.day, st.day_end) if ref and (d := _date(ref.year, ref.month, day))]
        inside = [d for d in options if st.day_end and st.day <= d <= st.day_end]
        return (inside or options or [None])[0]
    if st.doc is not None:
        options = []
        for shift in (-1, 0, 1):
            y, m = divmod(st.doc.month - 1 + shift, 12)
            if d := _date(st.doc.year + y, m + 1, day):
                options.append(d)
        return min(options, key=lambda d: (abs((d - st.doc).days), d > st.doc)) if options else None
    return None


# --- decades -------------------------------------------------------------------

_CENTURY_WORDS = {"十九": 19, "十八": 18, "二十": 20, "二十一": 21}


def _decade_rule(text: str, pos: int, st: _State) -> _Found | None:
    """「上世纪80年代」「20世纪90年代初」「1980年代」: a ten-year range (year = its first year)."""
    m = RE["decade"].match(text, pos)
    if m is None:
        return None
    if m["y"]:
        first = last = int(m["y"])
    else:
        last = _decade_start(m["c"], cn_int(m["d"]) or 0, st)
        if last is None:
            return None
        first = last - 10 if m["lo"] else last   # 「六七十年代」: the 1960s and 1970s
    return _Found(_expr(text, pos, m.end(), first, dt.date(first, 1, 1), dt.date(last + 9, 12, 31)), None, False, True)


def _decade_start(century: str | None, decade: int, st: _State) -> int | None:
    now = st.doc.year if st.doc else None
    if century == "上":
        base = (now // 100 - 1) * 100 if now else 1900
    elif century == "本":
        base = now // 100 * 100 if now else None
    elif century:
        number = int(century) if century.isdigit() else _CENTURY_WORDS[century]
        base = (number - 1) * 100
    else:
        base = 1900 if decade >= 30 else None   # 「20年代」 alone: 1920s or 2020s?
    return base + decade if base is not None else None


# --- relative expressions -----------------------------------------------------

def _relative_rule(text: str, pos: int, st: _State) -> _Found | None:
    if m := RE["ago"].match(text, pos):
        return _ago(text, pos, m, st)
    if (m := RE["days_after"].match(text, pos)) and st.day is not None and (n := cn_int(m["n"])) is not None:
        return _day_expr(text, pos, m.end(), st.day + dt.timedelta(days=n))   # 「1月14日…。4天之后，…」
    if m := RE["rel_day"].match(text, pos):
        day = st.doc + dt.timedelta(days=_REL_DAY[m.group()[:2]]) if st.doc else None
        return _day_expr(text, pos, m.end(), day)
    if m := RE["ctx_day"].match(text, pos):
        # 「当天」 without a stated day is the document date; 「次日」 then has no reference
        ref = st.day or (st.doc if _CTX_DAY[m.group()] == 0 else None)
        day = ref + dt.timedelta(days=_CTX_DAY[m.group()]) if ref else None
        return _day_expr(text, pos, m.end(), day, st.year if st.explicit else None)
    if m := RE["ctx_month"].match(text, pos):
        ref = st.day or st.doc
        if ref is None:
            return _Found(_expr(text, pos, m.end(), None, granularity="month"))
        y, mo = divmod(ref.month - 1 + _CTX_MONTH[m.group()], 12)
        year = ref.year + y
        return _Found(_expr(text, pos, m.end(), year, dt.date(year, mo + 1, 1), _month_end(year, mo + 1, None), "month"))
    return None


def _day_expr(text: str, pos: int, end: int, day: dt.date | None, year: int | None = None) -> _Found:
    if t := RE["tod"].match(text, end):
        end = t.end()
    return _Found(_expr(text, pos, end, day.year if day else year, day, None, "day"))


_CENTURY = {"半个世纪": 50, "半世纪": 50, "一个世纪": 100}


def _ago(text: str, pos: int, m: re.Match, st: _State) -> _Found | None:
    """「3年前」「十年前」「半个世纪后」: N years before the document date / after the year in force."""
    n = _CENTURY.get(m["n"]) or cn_int(m["n"])
    span = m.group()
    if n is None or "年" not in span and m["n"] not in _CENTURY:
        return None
    back = m["dir"] in ("前", "之前", "以前")
    if m["today"]:   # 「70年前的今天」: this day, N years earlier / later
        day = _date(st.doc.year + (-n if back else n), st.doc.month, st.doc.day) if st.doc else None
        return _Found(_expr(text, pos, m.end(), day.year if day else None, day, None, "day"))
    if back:
        year = st.doc.year - n if st.doc else None
    else:   # 「半个世纪后」 counts from the narrated year, not from the publication date
        year = st.year + n if st.explicit and st.year else None
    return _Found(_expr(text, pos, m.end(), year))


# ---------------------------------------------------------------- public parsing

def parse_date_expressions(text: str, anchor_year: int | None = None, anchor_date: dt.date | None = None,
                           *, offset: int = 0, anchor_day: dt.date | None = None) -> list[TimeExpr]:
    """Every time expression of ``text``, normalised, in text order.

    * ``anchor_year`` — the year in force at the start of ``text`` (use
      :func:`year_context` for a sentence of a document).  Month/day
      expressions without a year take the most recent explicit year written
      earlier in ``text``, else ``anchor_year``.  An anchor equal to the year
      of ``anchor_date`` counts as the document year: a month/day then gets
      the year that puts it nearest to ``anchor_date`` (「12月28日」 in a
      2020-01-02 article is 2019-12-28).
    * ``anchor_date`` — the document date: anchor of 今年/去年/前年/明年,
      「3年前」, 今天/昨天; without it those get ``year=None``.
    * ``anchor_day`` — the last day stated before ``text`` (:func:`day_context`):
      anchor of 「19日下午」「当天」「次日」「4天之后」.  Within ``text`` the last day written
      takes over.  Without any, 「当天」 is the document date.
    * ``offset`` is added to every ``start``/``end`` (pass ``sentence.start``
      to get document offsets).

    Not dates (never returned): 「3000多米」「24小时」「70周年」「十五五」「十八大以来」
    「5个月」「2000年历史」.  Habitual festivals (「每年春节前夕」) are returned
    with ``year=None``.
    """
    return [f.expr for f in _scan(text, anchor_year, anchor_date, offset, anchor_day)]


# ---------------------------------------------------------------- passages & context

_HEADING_PUNCT = re.compile(r"[。！？；，,：:!?;]")


def is_heading(line: str) -> bool:
    """A heading line: short (≤ 30 characters) without sentence punctuation
    (「镜头一 2013年 甘肃」, 「回访」, 「## 推动共同发展」)."""
    s = line.strip(" \t　#>*")
    return 0 < len(s) <= 30 and not _HEADING_PUNCT.search(s)


def passages(text: str) -> list[tuple[int, int]]:
    """Passage spans ``(start, end)`` covering ``text``: a new passage starts at every heading line."""
    spans, start, pos = [], 0, 0
    for line in text.split("\n"):
        if is_heading(line) and pos > start:
            spans.append((start, pos))
            start = pos
        pos += len(line) + 1
    spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class _Passage:
    start: int
    end: int
    found: tuple[_Found, ...]


@lru_cache(maxsize=32)
def _document_scan(text: str, date: dt.date | None) -> tuple[_Passage, ...]:
    out, day = [], None
    for start, end in passages(text):
        found = _scan(text[start:end], None, date, start, day)
        day = next((f.expr.begin for f in reversed(found) if f.expr.granularity == "day" and f.expr.begin), day)
        out.append(_Passage(start, end, tuple(found)))
    return tuple(out)


def _passage_at(analysis: Analysis, offset: int) -> _Passage:
    scan = _document_scan(analysis.doc.text, analysis.doc.date)
    for p in scan:
        if p.start <= offset < p.end:
            return p
    return scan[-1]


def year_context(analysis: Analysis, offset: int) -> int | None:
    """The year in force at ``offset`` of the document.

    The most recent explicit year written before ``offset`` in the same passage
    (「2013年」, 「2013年2月2日」, a heading 「镜头一 2013年 甘肃」; not targets
    such as 「到2035年」「2030年前」「2012年以来」 nor years after the document
    date); else the document year; else None.  Passages are delimited by
    heading lines (:func:`passages`).
    """
    year = None
    for f in _passage_at(analysis, offset).found:
        if f.expr.end > offset:
            break
        if f.sets_year and f.expr.year is not None:
            year = f.expr.year
    if year is not None:
        return year
    return analysis.doc.date.year if analysis.doc.date else None


def day_context(analysis: Analysis, offset: int) -> dt.date | None:
    """The last day stated before ``offset`` (first day of a range), or None.

    Unlike the year, the day carries across headings: 「当天」「19日」 after a
    sub-heading still refer to the last date written.
    """
    day = None
    for p in _document_scan(analysis.doc.text, analysis.doc.date):
        for f in p.found:
            if f.expr.end > offset:
                return day
            if f.expr.granularity == "day" and f.expr.begin is not None:
                day = f.expr.begin
    return day


def expressions_in(analysis: Analysis, start: int, end: int) -> list[TimeExpr]:
    """The normalised time expressions of the document lying inside ``[start, end)``
    (the same records the ``times`` recogniser yields, with full document context)."""
    return [f.expr for p in _document_scan(analysis.doc.text, analysis.doc.date)
            if p.start < end and p.end > start for f in p.found
            if f.expr.start >= start and f.expr.end <= end]


@recogniser("times", order=10)
def recognise_times(analysis: Analysis) -> Iterator[TimeExpr]:
    """Every time expression of the document, normalised with ``analysis.doc.date`` as anchor."""
    for p in _document_scan(analysis.doc.text, analysis.doc.date):
        for f in p.found:
            yield f.expr
