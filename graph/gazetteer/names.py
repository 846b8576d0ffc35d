"""Rules that derive the short forms of Chinese administrative names.

Short forms are generated, never typed in one by one: 定西市 → 定西,
凉山彝族自治州 → 凉山 / 凉山州, 内蒙古自治区 → 内蒙古, 渭源县 → 渭源.
The build script and the tests share these rules.
"""
from __future__ import annotations

import re

# The 56 officially recognised ethnic groups (names without 族), longest first
# so that 蒙古 is tried before 蒙 and 哈萨克 before 哈.
ETHNIC_GROUPS: tuple[str, ...] = tuple(sorted((
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗",
    "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山",
    "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
    "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
), key=len, reverse=True))

_ETHNIC = "|".join(ETHNIC_GROUPS)
AUTONOMOUS_RE = re.compile(rf"^(?P<stem>.+?)(?:(?:{_ETHNIC})族|维吾尔)*自治(?P<unit>区|州|县|旗)$")

# A stem made only of these characters is a generic word (城区, 郊区, 东区, 市中区 …):
# such a name is only a place when its parent is written next to it.
GENERIC_STEM_CHARS = frozenset("东西南北中城郊矿新老市区关上下前后内外")

# Unit suffixes, longest first, with the level they usually denote.
UNIT_SUFFIXES: tuple[str, ...] = ("特别行政区", "自治区", "自治州", "自治县", "自治旗",
                                  "地区", "街道", "省", "市", "县", "区", "州", "盟",
                                  "旗", "镇", "乡")


def is_generic(name: str) -> bool:
    """True for names such as 城区, 郊区, 城关区, 市中区 whose stem is a common word."""
    stem = strip_unit(name)
    return stem == name[:0] or stem in UNIT_SUFFIXES or all(ch in GENERIC_STEM_CHARS for ch in stem)


def strip_unit(name: str) -> str:
    """The name without its unit suffix (and without ethnic groups before 自治…)."""
    m = AUTONOMOUS_RE.match(name)
    if m:
        return m.group("stem")
    for suffix in UNIT_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def short_forms(name: str, level: str) -> list[str]:
    """Common short forms of a Chinese administrative unit's standard name.

    Only stems of two characters or more are produced (县 names of one character
    such as 和县 keep their full form only); townships get none, except that a township whose
    name doubles its unit is written with one (乌镇镇 → 乌镇).
    """
    if level == "township":
        return [name[:-1]] if name[-2:] in ("镇镇", "乡乡") and len(name) >= 3 else []
    if level not in ("province", "prefecture", "county"):
        return []
    forms: list[str] = []
    m = AUTONOMOUS_RE.match(name)
    if m:
        stem, unit = m.group("stem"), m.group("unit")
        forms.append(stem)
        if unit in ("州", "县") and name != stem + "自治" + unit:
            forms.append(stem + unit)          # 凉山州, 澜沧县
    elif name.endswith("特别行政区"):
        forms.append(name[: -len("特别行政区")])
    elif name.endswith("地区") and level == "prefecture":
        forms.append(name[:-2])
    elif name[-1:] in ("省", "市", "县", "区", "盟", "旗"):
        forms.append(name[:-1])
    return [f for f in dict.fromkeys(forms) if len(f) >= 2 and f != name]
