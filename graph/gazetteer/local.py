"""Places the gazetteer lacks, found from their context.

* villages written after their county or township (某某县某某村, 某某市某某乡某某村);
* townships renamed since the statistical codes (清水乡 → 清水镇, 龙泉镇 → 龙泉街道), and townships
  written after their county whose names alone read as ordinary words (乐清|柳市镇);
* first-level divisions of a country written after it (美国得克萨斯州);
* later mentions of such places in the same document (某某村, 某某).
"""
from __future__ import annotations

import re
from typing import Iterator

from . import Gazetteer, PlaceRecord
from .cues import HAN, UNIT_CHARS, VILLAGE_STOP, Found, TextView
from .resolve import WEIGHT_PARAGRAPH, Context

VILLAGE_RE = re.compile(rf"[{HAN}]{{1,6}}?村(?:[{HAN}]{{1,3}}?(?:寨|屯|组)(?:[{HAN}]{{2,8}}?村)?)?")
TOWNSHIP_RE = re.compile(rf"([{HAN}]{{1,5}}?)(乡|镇|街道|苏木)")
TOWNSHIP_UNITS = ("镇", "乡", "街道", "苏木")
GENERIC_VILLAGE = re.compile(r"(^|^一[名个位些家户]|部分|农|乡|山|渔|贫困|示范|重点|行政|自然|城中|边境|特色|旅游|文明|传统|古|新|"
                             r"搬迁|移民|社区|中心|全国|美丽|生态|富裕|先进|样板|试点|帮扶|定点|包)$")
STATE_RE = re.compile(rf"[{HAN}]{{1,6}}?[州省]")
# natural villages named by the land, written right after their township (某乡某某大塆, 某镇某某嘎查)
HAMLET_RE = re.compile(rf"[{HAN}]{{2,4}}?(?:塆|屯|寨|沟|峪|嘎查)(?![{HAN}]?[村乡镇])")


def renamed_township(gaz: Gazetteer, name: str, context: Context) -> str | None:
    """龙泉镇 in an article about 新田县, whose township is now 龙泉街道: the county's township of that stem."""
    m = TOWNSHIP_RE.fullmatch(name)
    if not m:
        return None
    counties = sorted(((w, k) for k, w in context.weights.items()
                       if (rec := gaz.get(k)) is not None and rec.level == "county"), reverse=True)
    for weight, county in counties:
        found = [r.key for r in gaz.children(county) if r.level == "township" and r.name != name
                 and TOWNSHIP_RE.fullmatch(r.name) and TOWNSHIP_RE.fullmatch(r.name).group(1) == m.group(1)]
        if len(found) == 1 and weight >= WEIGHT_PARAGRAPH:
            return found[0]
    return None


def _village_name(doc: TextView, start: int, after_township: bool = False) -> str:
    m = VILLAGE_RE.match(doc.text, start)
    if not m and after_township:
        m = HAMLET_RE.match(doc.text, start)
        if m and not _has_function_word(doc, start, m.end()) and not set(m.group(0)) & VILLAGE_STOP \
                and not GENERIC_VILLAGE.search(m.group(0)[:2]):
            return m.group(0)
        return ""
    if not m:
        return ""
    name = m.group(0)
    first = name[:name.index("村")]
    if len(first) < 2 and not after_township:
        return ""                              # 武汉返村: a one-character stem only right after a township
    if any(ch in VILLAGE_STOP for ch in name) or GENERIC_VILLAGE.search(first) or set(first) & set("乡镇"):
        return ""
    if len(first) > 5 or _has_function_word(doc, start, start + len(first)):
        return ""                              # 威信县通过深入推进村…: a clause, not a village name
    return name


def _has_function_word(doc: TextView, start: int, end: int) -> bool:
    for i in range(start, end):
        token = doc.token_at.get(i)
        if token is not None and (token.pos in ("p", "c", "d", "u", "r", "ad")
                                  or (len(token.text) >= 2 and token.pos in ("v", "vn"))):
            return True
    return False


def _township(gaz: Gazetteer, text: str, county: str, start: int) -> tuple[str, int] | None:
    """A township written after its county whose name the gazetteer lacks (清水乡, now 清水镇)."""
    m = TOWNSHIP_RE.match(text, start)
    if not m or set(m.group(1)) & VILLAGE_STOP:
        return None
    stem = m.group(1)
    for rec in gaz.children(county):
        if rec.level == "township" and rec.name[:len(stem)] == stem and rec.name[len(stem):] in ("乡", "镇", "街道", "苏木"):
            return rec.key, m.end()
    return county, m.end()


def add_townships(gaz: Gazetteer, doc: TextView, found: list[Found]) -> list[Found]:
    """A township written right after its county or city (乐清柳市镇, 温州柳市镇) is that township, even when its
    name on its own reads as an ordinary word (柳|市镇); its later mentions in the document are it too."""
    starts = {f.start for f in found}
    towns: dict[str, Found] = {}
    for f in found:
        rec = gaz.get(f.key) if f.key else None
        if rec is None or rec.level not in ("prefecture", "county") or f.end in starts or f.local:
            continue
        counties = [rec] if rec.level == "county" else [r for r in gaz.children(f.key) if r.level == "county"]
        town = next((r for c in counties for r in gaz.children(c.key) if r.level == "township"
                     and len(r.name) >= 3 and doc.text.startswith(r.name, f.end)), None)
        if town is None:
            continue
        f.chain = [*f.chain, f.key] + ([town.parent] if town.parent != f.key else [])
        f.key, f.keys = town.key, [town.key]
        f.text, f.end = f.text + town.name, f.end + len(town.name)
        towns.setdefault(town.name, f)
    taken = [(f.start, f.end) for f in found]
    extra = []
    for name, first in sorted(towns.items()):
        for m in re.finditer(re.escape(name), doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            extra.append(Found(m.start(), m.end(), name, [first.key], False, first.key))
            taken.append((m.start(), m.end()))
    return sorted(found + extra, key=lambda f: f.start)


def add_villages(gaz: Gazetteer, doc: TextView, found: list[Found]) -> None:
    """A village written right after a county or township: 某某县某某村, 某某市某某乡某某村."""
    for f in found:
        rec = gaz.get(f.key) if f.key else None
        if rec is None or rec.level not in ("prefecture", "county", "township") or f.end >= len(doc.text):
            continue
        parent, start = f.key, f.end
        name = _village_name(doc, start, rec.level == "township")
        if not name and rec.level == "county":
            town = _township(gaz, doc.text, f.key, start)
            if town is not None:
                parent, start = town
                name = _village_name(doc, start, True)
        if name:
            f.chain = [*f.chain, f.key] + ([parent] if parent != f.key else [])
            f.parent, f.local, f.level = parent, name, "village"
            f.key = f"village:{parent}/{name}"
            f.text, f.end = doc.text[f.start:start + len(name)], start + len(name)


def add_states(gaz: Gazetteer, doc: TextView, found: list[Found]) -> None:
    """得克萨斯州 / 昆士兰州 after a country name: a first-level division of that country."""
    for f, rec in _lone_countries(gaz, found):
        m = STATE_RE.match(doc.text, f.end)
        if m and not set(m.group(0)) & VILLAGE_STOP and _state_like(gaz, f.key, m.group(0)):
            name = m.group(0)
            known = _similar_state(gaz, f.key, name)
            if known is not None:
                f.chain = [*f.chain, f.key]
                f.key, f.level = known, "foreign-state"
                f.text, f.end = f.text + name, m.end()
            else:
                _extend_abroad(f, f"geo:adm1:{rec.code}.{name}", name, m.end(), "foreign-state")


def _lone_countries(gaz: Gazetteer, found: list[Found]) -> Iterator[tuple[Found, PlaceRecord]]:
    """The mentions of a country with no other mention written right after them, and their records."""
    starts = {f.start for f in found}
    for f in found:
        rec = gaz.get(f.key) if f.key else None
        if rec is not None and rec.level == "country" and f.end not in starts:
            yield f, rec


def _extend_abroad(f: Found, key: str, name: str, end: int, level: str) -> None:
    """Make ``f`` (a country) the place of the country named ``name`` written after it, up to ``end``."""
    f.chain = [*f.chain, f.key]
    f.parent, f.local, f.level = f.key, name, level
    f.key = key
    f.text, f.end = f.text + name, end


def add_foreign_localities(gaz: Gazetteer, found: list[Found]) -> None:
    """韩国平昌: a short name of a Chinese unit written right after a foreign country (no mark between) is
    a place of that country the gazetteer lacks (平昌 of Korea, not 平昌县 of Sichuan)."""
    for prev, f in zip(found, found[1:]):
        rec = gaz.get(prev.key) if prev.key else None
        if rec is None or rec.level != "country" or prev.key == "geo:CN" or f.start != prev.end \
                or not (f.key or "").startswith("cn:") or f.text[-1] in UNIT_CHARS or f.local:
            continue
        f.chain = [prev.key]
        f.parent, f.local, f.level = prev.key, f.text, "foreign-city"
        f.key = f"geo:city:{rec.code}.{f.text}"


# what a contest or meeting does at its place: 在荷兰某某结束, 在德国某某举行
_HELD_AFTER = re.compile(r"举行|结束|开幕|闭幕|进行|召开|落幕|开赛|收官|展开")


def add_foreign_towns(gaz: Gazetteer, doc: TextView, found: list[Found], letters: frozenset[str]) -> None:
    """在荷兰多德雷赫特结束: a run of transliteration (``letters``) right after a foreign country that
    在 opens, and right before what an event does there, is a town of that country the gazetteer lacks."""
    text = doc.text
    for f, rec in _lone_countries(gaz, found):
        if f.key == "geo:CN" or text[f.start - 1:f.start] != "在":
            continue
        j = f.end
        while j < len(text) and j - f.end < 7 and text[j] in letters:
            j += 1
        name = text[f.end:j]
        if len(name) < 3 or not _HELD_AFTER.match(text, j) or gaz.lookup(name):
            continue
        _extend_abroad(f, f"geo:city:{rec.code}.{name}", name, j, "foreign-city")


def _state_like(gaz: Gazetteer, country: str, name: str) -> bool:
    """The country names its divisions with this suffix (日本厚生劳动省 is a ministry) and it is no Chinese place."""
    suffixes = {r.name[-1] for r in gaz.children(country) if r.level == "foreign-state"}
    return name[-1] in suffixes and not any(r.key.startswith("cn:") for r in gaz.lookup(name))


def _similar_state(gaz: Gazetteer, country: str, name: str) -> str | None:
    """A known division whose name differs by one transliteration character (得克萨斯 / 德克萨斯)."""
    stem = name[:-1]
    found = []
    for rec in gaz.children(country):
        other = rec.name[:-1] if rec.name[-1] in "州省" else rec.name
        if rec.level == "foreign-state" and len(other) == len(stem) >= 3:
            if sum(a != b for a, b in zip(other, stem)) <= 1:
                found.append(rec.key)
    return found[0] if len(found) == 1 else None


def add_repeats(doc: TextView, found: list[Found]) -> list[Found]:
    """Later mentions of villages and foreign states found once in the document."""
    known = {f.local: f for f in found if f.local}
    for f in found:                          # 某某 for 某某村, once the village is known
        if f.level == "village" and f.local.endswith("村") and len(f.local) >= 4 and "村" not in f.local[:-1]:
            known.setdefault(f.local[:-1], f)
    taken = [(f.start, f.end) for f in found]
    extra = []
    for name, first in sorted(known.items(), key=lambda item: (-len(item[0]), item[0])):
        for m in re.finditer(re.escape(name), doc.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            extra.append(Found(m.start(), m.end(), name, [first.key], False, first.key, parent=first.parent,
                               local=name, level=first.level))
            taken.append((m.start(), m.end()))
    return sorted(found + extra, key=lambda f: f.start)
