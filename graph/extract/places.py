"""Place recognition: gazetteer look-up, context disambiguation, chains, villages, foreign states.

Pipeline inside one document:

1. every gazetteer form is matched (longest first) and filtered: short forms must
   coincide with jieba word boundaries, a place followed by 大学/银行/路/平原 …
   names something else, and generic or ordinary-word forms (城区, 平安) are weak;
2. unambiguous strong mentions form the context; shared names (朝阳区) and weak
   forms are decided by it (``graph.gazetteer.resolve``) or left unresolved; a city whose
   short name is also a word (黄石, 孝感) stands when listed next to a city of the same
   province or right after a verb of travel or 从/在; a name written as a dateline's place
   (本报开罗3月5日电) is that place, and a large foreign city whose name jieba reads as a
   personal name (莫斯科) stands when its country is named anywhere in the report, and a
   township written in full with a name no other place bears stands alone;
3. adjacent places where each lies in the previous (定西市渭源县) merge into one
   mention; a village written after a county or township (…县…村) extends it;
4. a transliterated name + 州/省 after a country becomes a foreign state.

The text cues live in ``graph.gazetteer.cues``, places found from context
(villages, renamed townships, foreign states) in ``graph.gazetteer.local``.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..gazetteer import MAJOR_CITY_POPULATION, Form, Gazetteer, PlaceRecord
from ..gazetteer.cues import (HAN, ORGAN_AFTER, TRANSLITERATED_TAIL, UNIT_CHARS, Found, TextView, acceptable, glued,
                              in_party_name)
from ..gazetteer.local import (TOWNSHIP_UNITS, add_foreign_localities, add_foreign_towns, add_repeats, add_states,
                               add_townships, add_villages, renamed_township)
from ..gazetteer.matcher import Hit, Matcher, default_matcher
from ..gazetteer.names import is_generic
from ..gazetteer.resolve import (WEIGHT_DATELINE, WEIGHT_DOCUMENT, WEIGHT_PARAGRAPH, WEIGHT_SENTENCE,
                                 Context, choose, related)
from ..registry import recogniser
from .cue_words import is_common_word, word_tag
from .persons import transliteration_letters
from .times import dateline_places
from ..types import Analysis, Mention

DATELINE_RE = re.compile(rf"([{HAN}]{{2,12}}?)(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
                         rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日电")
FOREIGN = ("country", "foreign-state", "foreign-city")


def _candidates(gaz: Gazetteer, hit: Hit) -> tuple[list[str], bool]:
    """Keys a hit may denote after preferring current over former units, full over short forms."""
    forms: list[Form] = list(hit.forms)
    recs = {f.key: gaz.get(f.key) for f in forms}
    current = [f for f in forms if recs[f.key] is not None and not recs[f.key].former]
    if not current and forms:              # 繁昌县 (a district since 2020): the unit that existed last
        last = max(recs[f.key].valid_to or 0 for f in forms)
        current = [f for f in forms if (recs[f.key].valid_to or 0) == last]
    forms = current
    home = [f for f in forms if recs[f.key].level not in ("foreign-state", "foreign-city")]
    if home and len(home) < len(forms) and any(recs[f.key].level != "country" for f in home):
        forms = home                       # 西北地区: the region rather than a foreign territory
    if any(f.full for f in forms):
        forms = [f for f in forms if f.full]
    strong = [f for f in forms if not f.weak]
    if strong and len(strong) < len(forms):
        forms = strong
    cities = [f for f in forms if recs[f.key].level == "foreign-city"]
    if cities and len(cities) < len(forms):
        countries = {gaz.country_of(f.key) for f in cities}
        others = [f for f in forms if f not in cities]
        if all(recs[f.key].level == "foreign-state" and recs[f.key].parent in countries for f in others):
            forms = cities                 # 撒马尔罕: the city rather than the region named after it
        else:
            forms = others
    weak = all(f.weak or _minor_city(recs[f.key]) for f in forms)
    return sorted(f.key for f in forms), weak


def _minor_city(rec: PlaceRecord | None) -> bool:
    return rec is not None and rec.level == "foreign-city" and rec.population < MAJOR_CITY_POPULATION


def _match(doc: TextView, matcher: Matcher) -> list[Found]:
    gaz = matcher.gazetteer
    out: list[Found] = []
    i, text, prev_end = 0, doc.text, -1
    while i < len(text):
        hits = matcher.at(text, i) if text[i] in matcher.first_chars else []
        taken = None
        for hit in hits:
            keys, weak = _candidates(gaz, hit)
            full = any(f.full for f in hit.forms if f.key in keys)
            level = gaz.get(keys[0]).level if keys else ""
            if weak and not full and hit.start != prev_end and glued(doc, hit.start) \
                    and not SETTLE_BEFORE.search(text[max(0, hit.start - 5):hit.start]):
                continue            # (落地|海珠 is a district after a verb of settling, not a phrase's end)
            if weak and level in FOREIGN and hit.start != prev_end \
                    and hit.start < doc.token_end_at.get(hit.start, hit.start) < hit.end:
                continue            # 首都|柏林 holds 都柏林: a weak foreign name that starts inside a word is not there
            if keys and acceptable(doc, hit, full, matcher, prev_end) and not (
                    (level == "country" and in_party_name(text, hit.end))
                    or (level in FOREIGN and text[hit.end:hit.end + 1] in TRANSLITERATED_TAIL
                        and not _word_after(doc, hit.end))):
                taken = _shrink(gaz, doc, Found(hit.start, hit.end, hit.text, keys, weak, full=full))
                break
        if taken is None:
            i += 1
            continue
        out.append(taken)
        prev_end = taken.end
        i = taken.end if taken.end > i else i + 1
    return out


def _word_after(doc: TextView, end: int) -> bool:
    """Whether an ordinary word of two or more characters starts at ``end`` (黎巴嫩|维和, not 某某|维奇)."""
    tok = doc.token_at.get(end)
    return tok is not None and len(tok.text) >= 2 and is_common_word(tok.text, 100)


def _shrink(gaz: Gazetteer, doc: TextView, f: Found) -> Found:
    """定西市长 → the place is 定西 (the unit character belongs to 市长)."""
    if f.text[-1] in UNIT_CHARS and ORGAN_AFTER.match(doc.text[f.end:f.end + 3]):
        short = f.text[:-1]
        keys = [k for k in f.keys if (rec := gaz.get(k)) is not None and short in rec.aliases]
        if keys and len(short) >= 2:
            return Found(f.start, f.end - 1, short, keys, f.weak, full=False)
    return f


def _dateline_span(text: str) -> tuple[int, int]:
    m = DATELINE_RE.search(text[:300])
    return (m.start(1), m.end(1)) if m else (-1, -1)


def _context(doc: TextView, found: list[Found], at: Found, dateline: tuple[int, int]) -> Context:
    sent, para = doc.where(at.start)
    weights: dict[str, int] = {}
    for f in found:
        if f.key is None or f is at or f.key.startswith("unresolved:"):
            continue
        s, p = doc.where(f.start)
        w = WEIGHT_SENTENCE if s == sent else WEIGHT_PARAGRAPH if p == para else WEIGHT_DOCUMENT
        if dateline[0] <= f.start < dateline[1]:
            w = max(w, WEIGHT_DATELINE)
        for key in [f.key, *f.chain]:
            weights[key] = max(weights.get(key, 0), w)
    return Context(weights)


def _resolve(gaz: Gazetteer, doc: TextView, found: list[Found]) -> list[Found]:
    for f in found:
        if len(f.keys) == 1 and not f.weak:
            f.key = f.keys[0]
    doc_keys = {f.key for f in found if f.key}
    dateline = _dateline_span(doc.text)
    datelines = dateline_places(doc.text)
    kept: list[Found] = []
    previous: Found | None = None
    for i, f in enumerate(found):
        prev_key = previous.key if previous is not None and previous.end == f.start else None
        if f.key is None and prev_key is not None and not any(related(gaz, k, prev_key) for k in f.keys):
            # 浙江|乌镇: the place right before holds a township of that name that the form's preferred
            # readings (a township of another province called 乌镇 in full) lack
            inside = sorted({form.key for form in gaz.forms(f.text) if related(gaz, form.key, prev_key)
                             and (rec := gaz.get(form.key)) is not None and rec.level == "township"})
            if len(inside) == 1:
                f.keys = inside
        if f.key is None:
            context = _context(doc, found, f, dateline)
            key = choose(gaz, f.keys, context, prev_key) or renamed_township(gaz, f.text, context)
            if f.weak:
                supported = key is not None and (_supported(gaz, key, context, doc_keys, prev_key)
                                                 or (f.start, f.end) in datelines
                                                 or _unique_township(gaz, doc, f, key)
                                                 or _after_travel_verb(gaz, doc.text, f.start, key, f.full)
                                                 or _tagged_foreign_city(gaz, doc, f, key)
                                                 or _listed_with_sibling(gaz, doc.text, found, i, previous, key)
                                                 or _settled_in(gaz, doc.text, f.start, key, context))
                if not supported:
                    continue
                doc_keys.add(key)           # later weak mentions of the same place are supported
            if key is None and not f.full:
                continue                   # an ambiguous short form without context is rarely a place
            f.key = key if key is not None else f"unresolved:{f.text}"
        kept.append(f)
        previous = f
    return kept


_LIST_SEPARATORS = ("、", "和", "及", "与")

# 「阿里、小米等都选择落地海珠」: a district's short name after a verb of settling, in an article that
# names the district's city, is the district
SETTLE_BEFORE = re.compile(r"(?:落地|落户|入驻|扎根|总部设在|位于|地处)$")


def _settled_in(gaz: Gazetteer, text: str, start: int, key: str, context: Context) -> bool:
    rec = gaz.get(key)
    if rec is None or rec.level != "county" or not SETTLE_BEFORE.search(text[max(0, start - 5):start]):
        return False
    return context.weights.get(rec.parent, 0) >= WEIGHT_DOCUMENT


def _listed_with_sibling(gaz: Gazetteer, text: str, found: list[Found], i: int, previous: Found | None,
                         key: str) -> bool:
    """A weak form listed next to a place of the same level and parent (鄂州、黄石、孝感等地): the list is
    one of places, so the form is the place too."""
    rec = gaz.get(key)
    if rec is None or rec.level not in ("prefecture", "county"):
        return False
    neighbours = []
    if previous is not None and previous.key and text[previous.end:found[i].start] in _LIST_SEPARATORS:
        neighbours.append(previous.key)
    if i + 1 < len(found):
        nxt = found[i + 1]
        if text[found[i].end:nxt.start] in _LIST_SEPARATORS and len(nxt.keys) == 1 and not nxt.weak:
            neighbours.append(nxt.keys[0])
    for k in neighbours:
        other = gaz.get(k)
        if other is not None and other.key != key and other.level == rec.level and other.parent == rec.parent:
            return True
    return False


# A foreign city right after a verb of travel (抵达万象, 飞抵达卡) is that city, not the ordinary word;
# 「在慕尼黑会见」: after 在, a full foreign city name of some size is the city.
TRAVEL_BEFORE = re.compile(r"(?:抵达|飞抵|到达|前往|离开|飞赴|转赴|赶赴|出访|访问|到访|造访|赴)$")
LOCATIVE_BEFORE = re.compile(r"在$")
LOCATIVE_MIN_POPULATION = 300_000


# A Chinese city or county whose name is also a word or too short to stand alone (黄石, 孝感, 雄县) right
# after a verb of travel or location or a preposition of place (来到黄石, 从孝感, 落户和县) is that place.
DOMESTIC_TRAVEL_BEFORE = re.compile(r"(?:来到|回到|前往|抵达|到达|飞抵|赶赴|奔赴|飞赴|驰援|支援|走进|赴|从|在|"
                                    r"落户|位于|地处|坐落于)$")


def _after_travel_verb(gaz: Gazetteer, text: str, start: int, key: str, full: bool = False) -> bool:
    rec = gaz.get(key)
    if rec is not None and (rec.level == "prefecture" or (
            rec.level == "county" and full and not is_generic(rec.name)
            and (word_tag(rec.name) == "ns" or not is_common_word(rec.name, 100)))):
        return bool(DOMESTIC_TRAVEL_BEFORE.search(text[max(0, start - 3):start]))
    if rec is None or rec.level not in ("foreign-city", "country"):
        return False
    before = text[max(0, start - 3):start]
    return bool(TRAVEL_BEFORE.search(before)) or (
        bool(LOCATIVE_BEFORE.search(before)) and rec.population >= LOCATIVE_MIN_POPULATION)


def _tagged_foreign_city(gaz: Gazetteer, doc: TextView, f: Found, key: str) -> bool:
    """A smaller foreign city whose full name (three characters or more) the segmenter reads as one
    place word (日内瓦|ns): a transliteration of that length is rarely an ordinary word."""
    rec = gaz.get(key)
    tok = doc.token_at.get(f.start)
    return (rec is not None and rec.level == "foreign-city" and len(f.text) >= 3 and f.text == rec.name
            and tok is not None and tok.end == f.end and tok.pos == "ns")


def _supported(gaz: Gazetteer, key: str, context: Context, doc_keys: set[str], prev_key: str | None) -> bool:
    """A weak form (新城, 临安, a small foreign town) needs its parent, a place inside it, or itself nearby."""
    if prev_key is not None and related(gaz, key, prev_key):
        return True
    rec = gaz.get(key)
    if key in doc_keys:
        return True
    if rec is not None and rec.level == "township":
        return _township_supported(gaz, rec, context)
    parent = rec.parent if rec is not None else ""
    # a large foreign city written in full (莫斯科, 柏林): its country anywhere in the report
    if _large_city(rec) and context.weights.get(gaz.country_of(key), 0) >= WEIGHT_DOCUMENT:
        return True
    return any(w >= WEIGHT_PARAGRAPH and k != key and (k == parent or gaz.is_within(k, key))
               for k, w in context.weights.items())


def _large_city(rec: PlaceRecord | None) -> bool:
    return rec is not None and rec.level == "foreign-city" and rec.population >= MAJOR_CITY_POPULATION


def _unique_township(gaz: Gazetteer, doc: TextView, f: Found, key: str) -> bool:
    """A township written with its full name that no other place in the country bears (栽麻镇), as a
    word of its own, and neither the name nor its stem an ordinary word (not 长寿乡, 小城镇, 振兴|乡村)."""
    rec = gaz.get(key)
    if rec is None or rec.level != "township" or f.text != rec.name or len(rec.name) < 3 \
            or not rec.name.endswith(TOWNSHIP_UNITS):
        return False              # (farms, forestry bureaus and airports are township-level units too)
    if len({form.key for form in gaz.forms(f.text)}) != 1:
        return False
    if doc.token_starts and not (f.start in doc.token_starts and f.end in doc.token_ends):
        return False
    stem = next(rec.name[:-len(u)] for u in TOWNSHIP_UNITS if rec.name.endswith(u))
    return not is_common_word(rec.name) and not is_common_word(stem)


def _township_supported(gaz: Gazetteer, rec: PlaceRecord, context: Context) -> bool:
    """A township needs its county or prefecture in the paragraph (its province in the sentence).

    Units with a short or unusual name (雪乡, 乌镇, 大兴国际机场) only count right after their county.
    """
    if len(rec.name) <= 2 or not rec.name.endswith(TOWNSHIP_UNITS) or is_generic(rec.name):
        return False
    for anc in gaz.ancestors(rec.key):
        if anc.level == "country":
            break
        need = WEIGHT_SENTENCE if anc.level == "province" else WEIGHT_PARAGRAPH
        if context.weights.get(anc.key, 0) >= need:
            return True
    return False


def _chains(gaz: Gazetteer, found: list[Found]) -> list[Found]:
    """Merge adjacent places where each lies inside the previous one."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (last is not None and last.end == f.start and last.key and f.key and not last.local
                and not f.key.startswith("unresolved:")
                and any(r.key == last.key for r in gaz.ancestors(f.key))):
            out[-1] = Found(last.start, f.end, last.text + f.text, f.keys, False, f.key,
                            chain=[*last.chain, last.key])
        else:
            out.append(f)
    return out


def _mention(gaz: Gazetteer, doc_id: str, f: Found) -> Mention:
    rec = gaz.get(f.key) if f.key else None
    attrs: list[tuple[str, str]] = []
    if rec is not None:
        name = rec.name
        attrs.append(("level", rec.level))
        if rec.code:
            attrs.append(("code", rec.code))
    else:
        name = f.local or f.text
        if f.level:
            attrs.append(("level", f.level))
        if f.parent:
            attrs.append(("parent", f.parent))
        if f.key and f.key.startswith("unresolved:"):
            levels = {r.level for k in f.keys if (r := gaz.get(k)) is not None}
            if len(levels) == 1:
                attrs.append(("level", levels.pop()))
            attrs.append(("candidates", "|".join(f.keys)))
    if f.chain:
        attrs.append(("chain", "|".join(f.chain)))
    return Mention(kind="place", text=f.text, start=f.start, end=f.end, key=f.key or f"unresolved:{f.text}",
                   name=name, doc_id=doc_id, source="places", attrs=tuple(attrs))


def find_places(analysis: Analysis, matcher: Matcher | None = None) -> list[Mention]:
    """Place mentions of one analysed document, in text order."""
    matcher = matcher or default_matcher()
    gaz = matcher.gazetteer
    doc = TextView(analysis)
    found = _resolve(gaz, doc, _match(doc, matcher))
    found = _chains(gaz, found)
    found = add_townships(gaz, doc, found)
    add_villages(gaz, doc, found)
    add_states(gaz, doc, found)
    add_foreign_localities(gaz, found)
    add_foreign_towns(gaz, doc, found, transliteration_letters())
    found = add_repeats(doc, found)
    return [_mention(gaz, analysis.doc.id, f) for f in found]


@recogniser("places", order=20)
def recognise_places(analysis: Analysis) -> Iterator[Mention]:
    yield from find_places(analysis)
