"""Recognise industrial parks and development zones (株洲经开区, 醴陵市产业园区, 雄安新区).

A park mention is a park suffix from ``data/park_suffixes.txt`` (经开区, 高新区,
产业园区 …) with what stands before it:

* a place (from the places recogniser, else the gazetteer) and an optional name
  between the place and the suffix: 株洲|经开区, 宣城|现代服务业|产业园区;
* for the strong suffixes (新区, 高新区 …) a bare two-character name after a
  boundary: 赴|雄安|新区, 、|汾湖|高新区;
* a park that writes its host city or county in brackets (某某（某县）现代农业产业园): the whole
  name, lying in the bracketed place;
* a national park written 中国（<city>）<suffix> (中国（某市）软件谷); a rank between
  place and name (某县|国家级|甲乙发展试验区) is left out of the key;
* weak suffixes ("admin": 产业基地, 试验区) only after a province, city or county.

The key is the canonical full form: the place's standard short name, the name and
the expanded suffix, so 株洲经开区, 株洲市经济技术开发区 and 株洲经济技术开发区
are one park (``park:株洲经济技术开发区``).  The ``place`` attribute holds the
place key; ``place_text``/``place_start``/``place_end`` where the place was written.
A park written without a place that the statistical codes list as a zone (天津港保税区)
takes the unit they put it under, its own name standing as the evidence.  A park whose
own name follows its place (安丘市|大汶河旅游开发区) keeps that name as an alias.
Once found, every other occurrence of the same surface in the document is a
mention too.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Protocol

from ..gazetteer import chinese_unit, last_written, load_or_none, long_abolished
from ..registry import recogniser
from ..types import Analysis, Mention, Sentence
from .company_names import lexicon_name
from .cue_words import CJK, is_common_word, read_rows, read_words, word_tag


@dataclass(frozen=True)
class ParkSuffix:
    surface: str
    canonical: str
    strength: str          # "strong", "place", "named" or "admin"


STRENGTHS = ("strong", "place", "named", "admin")


@functools.lru_cache(maxsize=1)
def park_suffixes() -> tuple[ParkSuffix, ...]:
    out = []
    for row in read_rows("park_suffixes.txt"):
        if len(row) != 3 or row[2] not in STRENGTHS:
            raise ValueError(f"park_suffixes.txt: bad row {row!r}; expected surface<TAB>canonical<TAB>"
                             f"one of {', '.join(STRENGTHS)}")
        out.append(ParkSuffix(*row))
    return tuple(sorted(out, key=lambda s: -len(s.surface)))


# a store, branch or office named after a park (某超市高新区店, 某银行开发区支行), and a school or
# hospital (某科技城第一小学, 某开发区医院)
_OUTLET_AFTER = re.compile(r"(?:分店|门店|店|支行|分行|营业部|营业厅)(?![铺面])|"
                           r"(?:第[一二三四五六七八九十]+)?(?:小学|中学|学校|幼儿园|医院)")


@functools.lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s.surface) for s in park_suffixes()))


def _suffix(surface: str) -> ParkSuffix:
    return next(s for s in park_suffixes() if s.surface == surface)


# Words that, inside the name between place and suffix, show it is a clause, not a name.
_MOD_STOP_CHARS = set("的和与及、，。；：在等各个是了对把将从向为于被让给也都还又很这那其该每全本有以")
_MAX_MOD = 12
# a national park written 中国（<city>）<name><suffix>; a rank written between the place and the name
_NATIONAL_OPEN, _NATIONAL_CLOSE = "中国（", "）"
_RANKS = ("国家级", "省级")
_BOUNDARY_CHARS = set("，。、；：“”‘’（）《》()「」 \n\t在于赴到至入进和与及对向从将把让使是")
_UNIT_CHARS = "省市县区州旗盟"
# a park-like span that is itself one of these is a place (浦东新区, 雄安新区), left to the places recogniser
_PLACE_LEVELS = ("country", "province", "prefecture", "county", "new-area", "region")
_ADMIN_LEVELS = ("province", "prefecture", "county")


class _Gazetteer(Protocol):   # the part of graph.gazetteer.Gazetteer used here
    def lookup(self, name: str) -> list: ...
    def get(self, key: str): ...
    def ancestors(self, key: str) -> list: ...


def short_place_name(name: str, level: str | None) -> str:
    """The standard short form of a place name (株洲市 → 株洲, 湘西土家族苗族自治州 → 湘西, 醴陵市 → 醴陵)."""
    try:
        from ..gazetteer.names import short_forms
    except ImportError:   # pragma: no cover - the gazetteer package ships with the library
        short_forms = None
    if short_forms is not None and level:
        forms = short_forms(name, level)
        if forms:
            return forms[0]
    if len(name) > 2 and name[-1] in _UNIT_CHARS:
        return name[:-1]
    return name


@dataclass(frozen=True)
class _Place:
    key: str | None
    name: str          # standard name (株洲市) or the surface when unresolved
    short: str         # 株洲
    level: str | None
    start: int
    end: int


def _record_place(rec, start: int, end: int) -> _Place:
    level = getattr(rec, "level", None)
    if level in ("province", "prefecture", "county"):
        short = short_place_name(rec.name, level)
    else:   # regions and new areas: their shortest alias that begins the name (雄安新区 → 雄安)
        prefixes = [x for x in getattr(rec, "aliases", ()) if len(x) >= 2 and rec.name.startswith(x)]
        short = min(prefixes, key=len) if prefixes else rec.name
    return _Place(rec.key, rec.name, short, level, start, end)


def _pick(records: list, context_keys: set[str], gaz: _Gazetteer) -> object | None:
    """One record for a name: the current one, else the one inside a place the document names, else the first."""
    records = [r for r in records if getattr(r, "level", "") not in ("village", "zone", "township")]
    current = [r for r in records if not getattr(r, "former", False)] or records
    if len(current) <= 1:
        return current[0] if current else None
    inside = [r for r in current
              if context_keys & {a.key for a in gaz.ancestors(r.key)} or r.key in context_keys]
    return inside[0] if inside else current[0]


def _place_before(a: Analysis, sent: Sentence, s: int, places: list[Mention],
                  gaz: _Gazetteer | None, context_keys: set[str]) -> _Place | None:
    """The nearest place written before offset ``s`` in the sentence (at most _MAX_MOD+4 chars away: a rank may come between)."""
    best: Mention | None = None
    for m in places:
        if sent.start <= m.start and m.end <= s and s - m.end <= _MAX_MOD + 4:
            if best is None or m.end > best.end:
                best = m
    found: _Place | None = None
    if best is not None and best.attr("level") in ("region", "new-area"):
        admin = [m for m in places if m.end == best.start and m.attr("level") in _ADMIN_LEVELS]
        if admin:            # 珠海|横琴|新区: the city is the place, 横琴 names the park
            best = admin[0]
    elif best is not None and best.attr("level") in _ADMIN_LEVELS and gaz is not None:
        outer = [m for m in places if m.end == best.start and m.attr("level") in _ADMIN_LEVELS
                 and m.key != best.key and m.key not in {x.key for x in gaz.ancestors(best.key)}]
        if outer:            # 某县|滨海|开发区: a place name outside the county written first names the park
            best = outer[0]
    if best is not None:
        rec = gaz.get(best.key) if gaz is not None else None
        if rec is not None:
            found = _compound_place(a, best, rec, gaz, context_keys)
        else:
            found = _Place(best.key, best.name, short_place_name(best.name, best.attr("level")),
                           best.attr("level"), best.start, best.end)
    if gaz is None:
        return found
    # the gazetteer finds places the recogniser left out and ones written closer to the suffix
    text = a.doc.text
    lo = max(sent.start, s - _MAX_MOD - 4, found.end if found else sent.start)
    for q in range(s, lo + 1, -1):            # nearest to the suffix first, then the longest name
        if _ends_inside_word(a, q, s):
            continue
        for p in range(max(lo, q - 8), q - 1):
            name = text[p:q]
            if not re.fullmatch(f"[{CJK}]+", name):
                continue
            if _weak_only(gaz, name):
                continue
            rec = _pick(gaz.lookup(name), context_keys, gaz)
            if rec is not None and found is not None and getattr(rec, "level", "") in ("region", "new-area"):
                continue        # 珠海|横琴新区: the city already found is the place
            if rec is not None and found is not None and found.key and found.level in _ADMIN_LEVELS \
                    and not long_abolished(gaz, found.key) \
                    and rec.key != found.key and found.key not in {x.key for x in gaz.ancestors(rec.key)}:
                continue        # 宁波|杭州湾新区, 慈溪|滨海开发区: a name outside the place written first is no place here
            if rec is not None:
                return _record_place(rec, p, q)
    return found


def _ends_inside_word(a: Analysis, q: int, s: int) -> bool:
    """True when offset ``q`` cuts a word that ends before the suffix at ``s`` (澜沧|江源园区 cuts the
    river 澜沧江); a word running into the suffix (苏州工业园区 as one word) does not count."""
    i = bisect.bisect_right(a.tokens, q, key=lambda t: t.start) - 1
    return 0 <= i < len(a.tokens) and a.tokens[i].start < q < a.tokens[i].end <= s


def _weak_only(gaz: _Gazetteer, name: str) -> bool:
    """True when every reading of ``name`` is a weak form that is also a common word (新建 for 新建区)."""
    forms = getattr(gaz, "forms", None)
    found = forms(name) if forms is not None else []
    return bool(found) and all(f.weak for f in found) and is_common_word(name, 300)


def _compound_place(a: Analysis, best: Mention, rec, gaz: _Gazetteer, context_keys: set[str]) -> _Place:
    """The place of a mention that may join several names (安徽肥西县, 广州南沙, 珠海横琴).

    A province written first is left out of the park's text (安徽|肥西县紫蓬山旅游开发区); a city
    stays in (广州南沙经济技术开发区); a region or new area after a city names the park while the
    city is its place (珠海|横琴新区)."""
    start = best.start
    for form in sorted({rec.name, *getattr(rec, "aliases", ())}, key=len, reverse=True):
        if len(form) >= 2 and best.text.endswith(form):
            start = best.end - len(form)
            break
    outer = _pick(gaz.lookup(a.doc.text[best.start:start]), context_keys, gaz) if start > best.start else None
    if outer is not None and getattr(rec, "level", "") in ("region", "new-area") \
            and getattr(outer, "level", "") in _ADMIN_LEVELS:
        return _record_place(outer, best.start, start)
    if outer is not None and getattr(outer, "level", "") == "province":
        return _record_place(rec, start, best.end)
    if outer is None and start > best.start:      # 浙江省|宁波慈溪|滨海开发区: the province stays out, the city in
        n = _province_at(gaz, a.doc.text, best.start, min(3, start - best.start - 1))
        if n:
            return _record_place(rec, best.start + n, best.end)
    return _record_place(rec, best.start, best.end)


def _province_at(gaz: _Gazetteer, text: str, pos: int, longest: int) -> int:
    """Length of the longest province name (at most ``longest`` characters) written at ``pos``, else 0."""
    return next((n for n in range(longest, 1, -1)
                 if any(getattr(r, "level", "") == "province" for r in gaz.lookup(text[pos:pos + n]))), 0)


def _clause_inside(a: Analysis, start: int, end: int) -> bool:
    """True when a verb, preposition, adverb or conjunction lies inside [start, end) (深圳|要按照先行|示范区)."""
    return any(start <= t.start and t.end <= end and t.pos[:1] in ("v", "p", "d", "c") and t.pos != "vn"
               for t in a.tokens)


_ORGAN_END = re.compile(r"(?:局|委|厅|办|院|所|部|处|政府|法院|检察院)$")


def _valid_modifier(mod: str) -> bool:
    if len(mod) > _MAX_MOD:
        return False
    if mod and not re.fullmatch(f"[{CJK}A-Za-z0-9]+", mod):
        return False
    if any(ch in _MOD_STOP_CHARS for ch in mod):
        return False
    if _ORGAN_END.search(mod):
        return False         # 某市公安局|高新区派出所: an office of the city, not a park's name
    if any(sfx.surface in mod for sfx in park_suffixes() if sfx.strength == "strong"):
        return False         # 上海|自贸区临港|新片区: two parks, not one name
    return not any(w in mod for w in read_words("park_modifier_stopwords.txt"))


def _bare_name(text: str, sent: Sentence, s: int) -> str | None:
    """A bare name before a strong suffix, itself after a boundary: two characters (赴|雄安|新区), or three
    when jieba knows them as a place name or they end in a landform (城陵矶|综合保税区, 某海湾|保税港区)."""
    for n in (3, 2):
        p = s - n
        if p < sent.start:
            continue
        name = text[p:s]
        if not re.fullmatch(f"[{CJK}]{{{n}}}", name):
            continue
        if p > sent.start and text[p - 1] not in _BOUNDARY_CHARS:
            continue
        if name in read_words("park_generic_prefixes.txt") or (is_common_word(name, 300) and word_tag(name) != "ns"):
            continue          # a common word is no name, unless a place word (东湖|高新区)
        if any(ch in _MOD_STOP_CHARS for ch in name):
            continue
        if n == 3 and not (word_tag(name) in ("ns", "nrfg", "nz")
                           or (name[-1] in _LANDFORM_CHARS and not is_common_word(name[:2], 300))):
            continue
        return name
    return None


_LANDFORM_CHARS = "湾港岛山湖河江洲"

# verbs of settling right before a park's own name (落户|纳金科技|产业园, 入驻|某某|科技城)
_SETTLE_INTO = re.compile(r"(?:落户|落户到|落户于|入驻|进驻|落地|迁入|搬进|搬入|坐落于|位于)$|位于[^，。；的]{2,12}的$")


def _settled_name(a: Analysis, sent: Sentence, s: int, places: list[Mention]) -> str | None:
    """A park's own name of two to six characters between a verb of settling and the suffix, with no
    place in it (those are the place rule's) and no clause word; not a generic or common word."""
    text = a.doc.text
    for n in range(6, 1, -1):
        p = s - n
        if p <= sent.start or not _SETTLE_INTO.search(text, max(sent.start, p - 16), p):
            continue
        name = text[p:s]
        if not re.fullmatch(f"[{CJK}A-Za-z]{{{n}}}", name) or any(ch in _MOD_STOP_CHARS for ch in name):
            return None
        if any(p <= m.start < s for m in places) or any(t.start < p < t.end for t in a.tokens):
            return None
        if name in read_words("park_generic_prefixes.txt") or is_common_word(name, 300) \
                or word_tag(name) in ("v", "vn", "a", "d", "m"):
            return None
        words = [t.text for t in a.tokens if p <= t.start and t.end <= s]
        if words and all(is_common_word(w, 300) and word_tag(w) not in ("ns", "nr", "nz") for w in words):
            return None           # 落户|高端装备|产业园: a kind of park, not its name
        return name
    return None


def _mention(a: Analysis, start: int, end: int, canonical: str, place: _Place | None) -> Mention:
    attrs: list[tuple[str, str]] = []
    if place is not None and place.key:
        attrs.append(("place", place.key))
    if place is not None:
        attrs += [("place_end", str(place.end)), ("place_name", place.name),
                  ("place_start", str(place.start)), ("place_text", a.doc.text[place.start:place.end])]
        if place.level:
            attrs.append(("place_level", place.level))
    return Mention("park", a.doc.text[start:end], start, end, f"park:{canonical}", canonical,
                   a.doc.id, "parks", tuple(sorted(attrs)))


# a park named with its host place in brackets: 「某某（某县）现代农业产业园」「某地某镇（某市）产业转移工业园」
_BRACKETED = re.compile(f"([{CJK}]{{2,20}})（([{CJK}]{{2,4}})）([{CJK}]{{0,10}})$")
_NAME_BOUNDARY = _BOUNDARY_CHARS | {"的"}
_BRACKET_LEVELS = ("prefecture", "county")


def _bracketed_park(a: Analysis, sent: Sentence, s: int, e: int, suffix: ParkSuffix,
                    gaz: _Gazetteer | None) -> Mention | None:
    """A park whose name writes its host city or county in brackets before what it is (某某（某县）现代
    农业产业园): the whole name is the park's, the bracketed place is where it lies.  The name before the
    bracket starts after a boundary; the bracket must hold a current city or county of the gazetteer."""
    if gaz is None:
        return None
    text = a.doc.text
    m = _BRACKETED.search(text, max(sent.start, s - 40), s)
    if m is None or any(c in _NAME_BOUNDARY for c in m.group(3)) or "公司" in m.group(3):
        return None               # (某某（苏州）有限公司是落户苏州工业园区…: a company, then another park)
    # the name opens after the last boundary before the bracket (高铁站旁边的|某地某镇（某市）…)
    start = max((i + 1 for i in range(m.start(1), m.end(1)) if text[i] in _NAME_BOUNDARY), default=m.start(1))
    if start == m.start(1) and start > sent.start and text[start - 1] not in _NAME_BOUNDARY:
        return None
    if m.end(1) - start < 2 or text.endswith("中国", start, m.end(1)):
        return None               # (中国（某市）… is the national park form, read by _park_at)
    year = a.doc.date.year if a.doc.date else None
    rec = chinese_unit(gaz, m.group(2), _BRACKET_LEVELS, year)
    if rec is None:
        return None
    place = _record_place(rec, m.start(2), m.end(2))
    return _mention(a, start, e, text[start:s] + suffix.canonical, place)


# a park's name in quotes right before the suffix: 「“动力谷”园区」
_QUOTED_NAME = re.compile(f"[“\"]([{CJK}A-Za-z0-9]{{2,8}})[”\"]$")


def _quoted_park(a: Analysis, sent: Sentence, s: int, e: int, suffix: ParkSuffix) -> Mention | None:
    """「“动力谷”园区」: a name in quotes right before the suffix, not a kind (“创新型”开发区) nor an
    ordinary or generic word."""
    quoted = _QUOTED_NAME.search(a.doc.text, max(sent.start, s - 10), s)
    if quoted is None:
        return None
    name = quoted.group(1)
    if is_common_word(name, 300) or name[-1] in "型式化性级类" or name in read_words("park_generic_prefixes.txt"):
        return None
    return _mention(a, quoted.start(), e, name + suffix.canonical, None)


def find_parks(a: Analysis, gaz: _Gazetteer | None = None) -> list[Mention]:
    """Park mentions of one analysed document (``gaz`` defaults to the shipped gazetteer)."""
    gaz = gaz if gaz is not None else load_or_none()
    text = a.doc.text
    places = [m for m in a.mentions if m.kind == "place"]
    context_keys = {m.key for m in places}
    found: list[Mention] = []
    for sent in a.sentences:
        for match in _suffix_re().finditer(text, sent.start, sent.end):
            s, e = match.span()
            if _OUTLET_AFTER.match(text, e):
                continue          # 某农场曲江新区店: a store named after the area
            suffix = _suffix(match.group())
            m = _bracketed_park(a, sent, s, e, suffix, gaz)
            if m is None:
                m = _park_at(a, sent, s, e, suffix, places, gaz, context_keys)
            if m is None and suffix.strength in ("place", "named", "strong"):
                name = _settled_name(a, sent, s, places)
                if name is not None:      # 入驻|纳金科技|产业园: a settle verb names the park
                    m = _mention(a, s - len(name), e, name + suffix.canonical, None)
            if m is None:
                m = _quoted_park(a, sent, s, e, suffix)
            if m is not None:
                found.append(m)
    found.extend(_bilateral_parks(a, places))
    parks = _non_overlapping([_cover_place(a, m, places, gaz) for m in found])
    zones = _zones_by_name(gaz)
    parks = [_county_place(_alias_place(_zone_place(m, zones, gaz), gaz), gaz) for m in parks]
    parks = sorted(parks + _known_by_alias(a, parks, gaz), key=lambda m: (m.start, m.end))
    return _written_with_parent(a, _merge_generic(_propagate(a, [_innermost_alias(a, _unprefixed_alias(a, m), gaz)
                                                                 for m in parks])))


def _written_with_parent(a: Analysis, parks: list[Mention]) -> list[Mention]:
    """A park written right after the park it lies in (上海自贸区|临港新片区, 某自贸试验区|青岛片区) is also
    named by the two together: that text is one of its aliases."""
    out: list[Mention] = []
    for m in parks:
        outer = out[-1] if out else None
        if outer is not None and outer.end == m.start and outer.key != m.key:
            m = m.with_attrs([("alias", a.doc.text[outer.start:m.end])])
        out.append(m)
    return out


_CAMPUS_AFTER = re.compile(r"院区|校区|分院|分校|门店|站|大街|大道|街道|路(?!演)|小学|中学|论坛|峰会|大会|博览会|展|管委会|发展集团|资本|创新母基金|科学城|科技城|"
                           r"广场|大厦|大楼|剧院|乐团|医院|公园|体育馆|图书馆|博物馆")


@functools.lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str, str], ...]:
    """``data/park_aliases.txt``: (alias, full name, place key), longest alias first."""
    return alias_rows(read_rows("park_aliases.txt"), load_or_none())


def alias_rows(rows, gaz) -> tuple[tuple[str, str, str], ...]:
    """Checked rows of the alias lexicon: three fields, a place key the gazetteer knows."""
    for row in rows:
        if len(row) != 3:
            raise ValueError(f"park_aliases.txt: {chr(9).join(row)!r} has {len(row)} fields; "
                             "expected alias, full name and place key separated by tabs")
        if gaz is not None and gaz.get(row[2]) is None:
            raise ValueError(f"park_aliases.txt: place key {row[2]!r} of {row[0]!r} is not in the gazetteer; "
                             "use the key of a county, city or province (cn:420100 is 武汉市)")
    return tuple(sorted((tuple(r) for r in rows), key=lambda r: -len(r[0])))


def _known_by_alias(a: Analysis, parks: list[Mention], gaz) -> list[Mention]:
    """「光谷」「东湖高新区」: a zone the alias lexicon knows, where no park was read; not right after
    the name of a place that neither contains it nor lies in it (某市光谷 is another city's)."""
    if gaz is None:
        return []
    text = a.doc.text
    taken = [(m.start, m.end) for m in parks]
    places = {m.end: m for m in a.mentions if m.kind == "place"}
    out: list[Mention] = []
    for alias, full, key in _aliases():
        rec = gaz.get(key)
        for occ in re.finditer(re.escape(alias), text):
            s, e = occ.span()
            if any(not (e <= x or s >= y) for x, y in taken) or _CAMPUS_AFTER.match(text, e):
                continue          # 某医院光谷院区, 中关村大街, 光谷广场: a campus, street or venue named after the zone
            before = places.get(s)
            if before is not None and before.key != key and key not in {r.key for r in gaz.ancestors(before.key)} \
                    and before.key not in {r.key for r in gaz.ancestors(key)}:
                continue          # 某市|光谷: another city's (湖北|光谷, 武汉|光谷 are this one)
            taken.append((s, e))
            out.append(Mention("park", alias, s, e, f"park:{full}", full, a.doc.id, "parks",
                               tuple(sorted([*_placed_by_name(rec, s, e, alias), ("nickname", "1")]))))
    return out


def _innermost_alias(a: Analysis, m: Mention, gaz) -> Mention:
    """A park written after a chain of places (山西省运城市|稷山县经济技术开发区) is also called from its
    innermost place on, as written (稷山县经济技术开发区)."""
    key, start, end = m.attr("place"), m.attr("place_start"), m.attr("place_end")
    rec = gaz.get(key) if gaz is not None and key else None
    if rec is None or start is None or end is None:
        return m
    at = last_written(gaz, key, a.doc.text, int(start), int(end))
    if at <= int(start):
        return m
    return m.with_attrs([("alias", a.doc.text[at:m.end])])


@functools.lru_cache(maxsize=4)
def _zones_by_name(gaz) -> dict[str, object]:
    """Development zones the statistical codes list (天津港保税区 under 滨海新区), by name; a name
    shared by zones in different places names none of them.  Built once per gazetteer."""
    listing = getattr(gaz, "zones", None)
    if listing is None:
        return {}
    by_name: dict[str, list] = {}
    for rec in listing():
        by_name.setdefault(rec.name, []).append(rec)
    return {name: recs[0] for name, recs in by_name.items() if len(recs) == 1}


def _zone_place(m: Mention, zones: dict[str, object], gaz) -> Mention:
    """A park written without its place but listed by the statistical codes lies in the unit the
    codes put it under; the park's own name is the evidence."""
    if m.attr("place") or not zones:
        return m
    rec = zones.get(m.text) or zones.get(m.name)
    parent = gaz.get(rec.parent) if rec is not None and rec.parent else None
    if parent is None:
        return m
    return m.with_attrs(_placed_by_name(parent, m.start, m.end, m.text))


def _alias_place(m: Mention, gaz) -> Mention:
    """A park read without its place whose name the alias lexicon lists (东湖|高新区 read by its
    suffix) is the lexicon's zone, in the lexicon's place."""
    if m.attr("place") or gaz is None:
        return m
    row = next((r for r in _aliases() if r[0] in (m.text, m.name)), None)
    rec = gaz.get(row[2]) if row is not None else None
    if rec is None:
        return m
    return replace(m, key=f"park:{row[1]}", name=row[1]).with_attrs(_placed_by_name(rec, m.start, m.end, m.text))


def _county_place(m: Mention, gaz) -> Mention:
    """A park written as the whole name of a district (滨海新区, also 天津市滨海新区) lies in the city
    or province above that district, not where a short form of its first characters points."""
    if gaz is None:
        return m
    recs = [r for r in gaz.lookup(m.text) if not r.former and r.level == "county" and r.name == m.text]
    parent = gaz.get(recs[0].parent) if len(recs) == 1 and recs[0].parent else None
    if parent is None or m.attr("place") == parent.key:
        return m
    kept = tuple((k, v) for k, v in m.attrs if not k.startswith("place"))
    return replace(m, attrs=kept).with_attrs(_placed_by_name(parent, m.start, m.end, m.text))


def _placed_by_name(rec, start: int, end: int, surface: str) -> list[tuple[str, str]]:
    """Place attributes of a park whose own name, at [start, end), is the evidence of where it is."""
    return [("place", rec.key), ("place_end", str(end)), ("place_level", rec.level), ("place_name", rec.name),
            ("place_start", str(start)), ("place_text", surface)]


def _unprefixed_alias(a: Analysis, m: Mention) -> Mention:
    """A park whose own name follows its place (安丘|大汶河旅游开发区, 武汉|东湖高新区) is also called by
    that name alone; a bare kind of zone after the place (苏州|工业园区) is no name of its own."""
    end = m.attr("place_end")
    if end is None or not m.start <= int(m.attr("place_start") or -1) < int(end) < m.end:
        return m
    rest = a.doc.text[int(end):m.end]
    suffix = next((x.surface for x in park_suffixes() if rest.endswith(x.surface)), "")
    stem = rest[:len(rest) - len(suffix)]
    if len(stem) < 2 or stem in read_words("park_generic_prefixes.txt") or stem[0] in "市县区省州" \
            or (is_common_word(stem, 300) and word_tag(stem) not in ("ns", "nz")):
        return m
    return m.with_attrs([("alias", rest)])


def _cover_place(a: Analysis, m: Mention, places: list[Mention], gaz: _Gazetteer | None = None) -> Mention:
    """A park whose text begins inside one place mention (四川省|达州市高新区 read as 四川省达州市 + 高新区)
    takes the whole mention in, so that neither hides the other; the shorter text stays an alias, and
    so does the text after a province written first (浙江省|宁波慈溪滨海开发区)."""
    outer = next((p for p in places if p.start < m.start < p.end <= m.end), None)
    if outer is None:
        return m
    text = a.doc.text
    aliases = [("alias", m.text)]
    n = _province_at(gaz, text, outer.start, min(4, m.start - outer.start)) if gaz is not None else 0
    if n:
        aliases.append(("alias", text[outer.start + n:m.end]))
    return replace(m, text=text[outer.start:m.end], start=outer.start).with_attrs(aliases)


# short forms that drop the kind of zone: 某火炬开发区 for 某火炬高技术产业开发区
_GENERIC_SUFFIXES = ("开发区",)


def _merge_generic(parks: list[Mention]) -> list[Mention]:
    """A park named with a generic suffix is the document's one park with the same name and a
    specific suffix: 「中山火炬开发区」= 「中山火炬高技术产业开发区」 when that is the only match."""
    names = {m.name for m in parks}
    out = []
    for m in parks:
        generic = next((g for g in _GENERIC_SUFFIXES if m.name.endswith(g)), None)
        base = m.name[:-len(generic)] if generic else ""
        fuller = sorted(n for n in names if generic and n != m.name and n.startswith(base) and n.endswith(generic)
                        and len(n) > len(m.name) and len(base) >= 2)
        if len(fuller) == 1:
            m = Mention(m.kind, m.text, m.start, m.end, f"park:{fuller[0]}", fuller[0], m.doc_id, m.source, m.attrs)
        out.append(m)
    return out


_BILATERAL_PARK = re.compile(r"中([\u4e00-\u9fff])(工业园区|产业园区|工业园|产业园|科技园|合作区|合作园区)")


def _bilateral_parks(a: Analysis, places: list[Mention]) -> list[Mention]:
    """A park two countries run, named 中 + the other's first character (白俄罗斯…中白工业园): the
    character must start the name of a country the article names; the park lies in that country."""
    text = a.doc.text
    countries = {m.name: m for m in places if m.attr("level") == "country" and m.key != "geo:CN"}
    after_place = {m.end for m in places}
    out = []
    for m in _BILATERAL_PARK.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] not in _BOUNDARY_CHARS and s not in after_place:
            continue
        named = [c for name, c in countries.items() if name.startswith(m.group(1))]
        if len({c.key for c in named}) != 1:
            continue
        country = named[0]
        place = _Place(country.key, country.name, country.name, "country", country.start, country.end)
        canonical = "中" + m.group(1) + _suffix(m.group(2)).canonical
        out.append(_mention(a, s, m.end(), canonical, place).with_attrs([("bilateral", "1")]))
    return out


def _park_at(a: Analysis, sent: Sentence, s: int, e: int, suffix: ParkSuffix, places: list[Mention],
             gaz: _Gazetteer | None, context_keys: set[str]) -> Mention | None:
    text = a.doc.text
    place = _place_before(a, sent, s, places, gaz, context_keys)
    if place is not None and gaz is not None and any(
            r.level in _PLACE_LEVELS for p in range(place.start, s) for r in gaz.lookup(text[p:e])):
        return None          # the whole span is a place (浦东新区, 雄安新区): the places recogniser's
    if place is not None and place.level == "country":
        place = None            # 中国特色社会主义先行示范区 is no park of China's
    if place is not None and place.level == "new-area" and place.end == s and gaz is not None \
            and place.name.endswith(suffix.canonical):
        rec = gaz.get(place.key) if place.key else None     # 某海|合作区: a new area's short name and a suffix
        parent = gaz.get(rec.parent) if rec is not None and getattr(rec, "parent", None) else None
        where = _record_place(parent, place.start, place.end) if parent is not None else None
        return _mention(a, place.start, e, place.name, where)
    brand = _brand_before(a, sent, place.start) if place is not None and place.level in _ADMIN_LEVELS + ("foreign-city",) \
        and not text.startswith("项目", e) else None     # 某建设集团|广州某创业园项目: a park it builds
    if place is not None and brand is not None and re.fullmatch(f"[{CJK}]{{0,4}}", text[place.end:s]) \
            and not _clause_inside(a, place.end, s):
        # 某某科技|浏阳|园区, 某某重工|长沙第一|产业园: a company's campus in a city, named by the brand
        name = brand + place.short + text[place.end:s] + suffix.canonical
        m = _mention(a, place.start - len(brand), e, name, place)
        return m.with_attrs([("brand", brand)])
    if place is not None:
        start, mod = place.start, text[place.end:s]
        national = text.endswith(_NATIONAL_OPEN, sent.start, place.start) and mod.startswith(_NATIONAL_CLOSE)
        if national:            # 中国（某市）软件谷: a national park, named by its city alone
            start, mod = place.start - len(_NATIONAL_OPEN), mod[len(_NATIONAL_CLOSE):]
        while mod and mod[0] in _UNIT_CHARS and not text[place.start:place.end].endswith(tuple(_UNIT_CHARS)):
            mod = mod[1:]
        rank = next((r for r in _RANKS if mod.startswith(r) and len(mod) > len(r)), "")
        mod = mod[len(rank):]           # 某县|国家级|甲乙试验区: a rank, then the name
        if suffix.strength == "admin" and place.level not in _ADMIN_LEVELS:
            return None         # 某湖|国际机器人|产业基地: a weak suffix needs a province, city or county
        if _valid_modifier(mod) and (mod or suffix.strength not in ("named", "admin") or national) and len(mod) != 1 \
                and (rank or not _clause_inside(a, s - len(mod), s)):
            if len(mod) >= 2 and place.level in _ADMIN_LEVELS and (
                    suffix.strength == "strong" or word_tag(mod) == "ns"):
                return _mention(a, start, e, mod + suffix.canonical, place)    # 珠海|横琴新区, 北京|中关村软件园
            return _mention(a, start, e, place.short + mod + suffix.canonical, place)
    if suffix.strength == "strong":
        name = _bare_name(text, sent, s)
        if name is not None:
            return _mention(a, s - len(name), e, name + suffix.canonical, None)
    return None


# endings of a company brand written before a city and a park suffix (某某科技|长沙|产业园)
_BRAND_ENDINGS = ("科技", "重工", "集团", "股份", "电子", "电气", "汽车", "制造", "机械", "药业", "智能", "光电",
                  "新能源", "新材料", "实业", "控股")


def _brand_before(a: Analysis, sent: Sentence, pos: int) -> str | None:
    """A company brand written right before ``pos``: a lexicon company name, or a name of 3–8
    characters after a boundary that ends in a company word (某某科技, 某某重工)."""
    text = a.doc.text
    for n in range(8, 1, -1):
        b = pos - n
        if b < sent.start:
            continue
        name = text[b:pos]
        if not re.fullmatch(f"[{CJK}A-Za-z]+", name) or any(ch in _MOD_STOP_CHARS for ch in name):
            continue
        if b > sent.start and text[b - 1] not in _BOUNDARY_CHARS:
            continue
        if _clause_inside(a, b, pos) or any(t.start < b < t.end for t in a.tokens):
            continue            # 走进|某某科技…: a verb, or a word cut in two, is no brand's start
        if lexicon_name(name) and not is_common_word(name, 1000):
            return name
        if n >= 3 and name.endswith(_BRAND_ENDINGS) and not is_common_word(name, 300) \
                and not is_common_word(name[:-2], 300):
            return name
    return None


def _non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end))


def _propagate(a: Analysis, found: list[Mention]) -> list[Mention]:
    """Every other occurrence of a found park's surface is the same park."""
    text = a.doc.text
    out = list(found)
    for surface, m in sorted({m.text: m for m in found}.items(), key=lambda kv: -len(kv[0])):
        for occ in re.finditer(re.escape(surface), text):
            if any(not (occ.end() <= o.start or occ.start() >= o.end) for o in out):
                continue
            if m.attr("nickname") and _CAMPUS_AFTER.match(text, occ.end()):
                continue          # (光谷广场: a venue named after the zone, as in _known_by_alias)
            shift = occ.start() - m.start
            attrs = tuple((k, str(int(v) + shift)) if k in ("place_start", "place_end") else (k, v)
                          for k, v in m.attrs)
            out.append(Mention("park", surface, occ.start(), occ.end(), m.key, m.name, a.doc.id, "parks", attrs))
    return sorted(out, key=lambda m: (m.start, m.end))


@recogniser("parks", order=30)
def recognise_parks(analysis: Analysis) -> Iterator[Mention]:
    yield from find_parks(analysis)
