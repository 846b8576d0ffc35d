"""Chinese lunisolar calendar helpers: festivals, sexagenary (干支) and zodiac years.

Thin wrapper over :mod:`lunardate` (valid for Gregorian years 1900-2099).  All
functions return ``None`` outside that range instead of raising.

* :func:`festival_date` — the Gregorian date of a lunar festival
  (春节, 除夕, 元宵节, 小年 …) in the *festival season* of a Gregorian year.
* :func:`ganzhi_year` / :func:`zodiac_year` — the Gregorian year that a 干支
  name (癸卯) or a zodiac animal (兔) designates, chosen near an anchor year.
"""
from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

from lunardate import LunarDate

STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"

# When no anchor year is known, a 干支 name is read in the cycle 1984 (甲子) – 2043.
DEFAULT_CYCLE_START = 1984


@dataclass(frozen=True)
class Festival:
    """A festival on lunar ``month``/``day`` (Gregorian when ``solar``); ``shift`` days after it (除夕 = 春节 - 1)."""

    name: str
    month: int
    day: int
    shift: int = 0
    solar: bool = False


# Surface forms (longest first when matched) → festival.  Month-12 festivals
# (腊八, 小年, 除夕) fall in January/February before the Spring Festival.
FESTIVALS: dict[str, Festival] = {
    "春节": Festival("春节", 1, 1),
    "农历新年": Festival("春节", 1, 1),
    "新春": Festival("春节", 1, 1),
    "大年初一": Festival("春节", 1, 1),
    "正月初一": Festival("春节", 1, 1),
    "除夕": Festival("除夕", 1, 1, -1),
    "大年三十": Festival("除夕", 1, 1, -1),
    "年三十": Festival("除夕", 1, 1, -1),
    "农历小年": Festival("小年", 12, 23),
    "小年": Festival("小年", 12, 23),
    "腊八节": Festival("腊八", 12, 8),
    "腊八": Festival("腊八", 12, 8),
    "元宵节": Festival("元宵节", 1, 15),
    "元宵佳节": Festival("元宵节", 1, 15),
    "正月十五": Festival("元宵节", 1, 15),
    "端午节": Festival("端午节", 5, 5),
    "端午": Festival("端午节", 5, 5),
    "七夕": Festival("七夕", 7, 7),
    "中秋节": Festival("中秋节", 8, 15),
    "中秋": Festival("中秋节", 8, 15),
    "重阳节": Festival("重阳节", 9, 9),
    # Gregorian holidays share the machinery (前夕, 期间 …)
    "元旦": Festival("元旦", 1, 1, solar=True),
    "妇女节": Festival("妇女节", 3, 8, solar=True),
    "劳动节": Festival("劳动节", 5, 1, solar=True),
    "五一劳动节": Festival("劳动节", 5, 1, solar=True),
    "儿童节": Festival("儿童节", 6, 1, solar=True),
    "建军节": Festival("建军节", 8, 1, solar=True),
    "教师节": Festival("教师节", 9, 10, solar=True),
    "国庆节": Festival("国庆节", 10, 1, solar=True),
    "国庆": Festival("国庆节", 10, 1, solar=True),
}


def _first_month_days() -> dict[str, Festival]:
    """The days of the first lunar month people date by (大年初二, 正月初六, 正月十八); 正月初一 and
    正月十五 are festivals of their own above."""
    digits = "一二三四五六七八九十"
    out: dict[str, Festival] = {}
    for day in (d for d in range(2, 21) if d != 15):
        name = "正月" + ("初" + digits[day - 1] if day <= 10 else "十" + digits[day - 11] if day < 20 else "二十")
        out[name] = Festival(name, 1, day)
        if day <= 10:
            out["大年" + name[2:]] = Festival(name, 1, day)
    return out


FESTIVALS.update(_first_month_days())


def _solar(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2099:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return LunarDate(year, month, day).toSolarDate()
    except ValueError:
        return None


def spring_festival(year: int) -> dt.date | None:
    """Gregorian date of the Spring Festival (正月初一) that falls in Gregorian ``year``."""
    return _solar(year, 1, 1)


def festival_date(name: str, year: int) -> dt.date | None:
    """Gregorian date of festival ``name`` (a key of :data:`FESTIVALS`) in the festival season of ``year``.

    ``year`` is the Gregorian year of the Spring Festival the season belongs to:
    month-12 festivals (腊八, 小年) and 除夕 are those *before* that Spring
    Festival, so ``festival_date("除夕", 2023)`` is 2023-01-21 and
    ``festival_date("小年", 2023)`` is 2023-01-14; other festivals are in lunar
    year ``year`` (``festival_date("中秋节", 2023)`` is 2023-09-29).
    Gregorian holidays (元旦, 国庆节 …) are simply that day of ``year``.
    Returns None for an unknown name or a lunar festival outside 1900-2099.
    """
    fest = FESTIVALS.get(name)
    if fest is None:
        return None
    if fest.solar:
        return dt.date(year, fest.month, fest.day) if 1 <= year <= 9999 else None
    lunar_year = year - 1 if fest.month == 12 else year
    day = _solar(lunar_year, fest.month, fest.day)
    return day + dt.timedelta(days=fest.shift) if day else None


def ganzhi_name(year: int) -> str:
    """The 干支 name of Gregorian/lunar ``year`` (2023 → 癸卯)."""
    return STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12]


def _nearest(candidates: list[int], anchor: int) -> int:
    return min(candidates, key=lambda y: (abs(y - anchor), -y))


def ganzhi_year(name: str, anchor_year: int | None = None) -> int | None:
    """The year named by the two-character 干支 ``name`` nearest to ``anchor_year``.

    The cycle repeats every 60 years; without an anchor the 1984-2043 cycle is
    used.  Returns None when ``name`` is not a valid 干支 pair (e.g. 甲丑).
    """
    if len(name) != 2 or name[0] not in STEMS or name[1] not in BRANCHES:
        return None
    first = next((y for y in range(DEFAULT_CYCLE_START, DEFAULT_CYCLE_START + 60) if ganzhi_name(y) == name), None)
    if first is None:
        return None
    if anchor_year is None:
        return first
    return _nearest([first + 60 * k for k in range(-3, 4)], anchor_year)


def zodiac_year(animal: str, anchor_year: int | None) -> int | None:
    """The year of zodiac ``animal`` (牛) nearest to ``anchor_year`` (2021 for 牛 near 2021); None without anchor."""
    if anchor_year is None or len(animal) != 1 or animal not in ANIMALS:
        return None
    index = ANIMALS.index(animal)
    base = anchor_year - ((anchor_year - 4) % 12) + index
    return _nearest([base - 12, base, base + 12], anchor_year)


def nearest_festival(name: str, anchor: dt.date) -> dt.date | None:
    """The occurrence of festival ``name`` nearest to ``anchor`` (ties go to the past one)."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := festival_date(name, y))]
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
