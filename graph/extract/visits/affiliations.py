"""A person introduced by an institution of one province or country and told 在 a place of another.

「上海复旦大学附属中山医院重症医学科护士长徐璟，在武汉金银潭医院，…」: the appositive before the name
says where the person comes from (上海), the 在 phrase where the person is (武汉): a place in another
province (or abroad) is a place the person went to.  Not when the appositive tells a posting (驻,
援藏), nor for home, studies or work right after the place (在武汉工作, 在北京读书).

The same titles tell whether a person who attends a meeting in China came from elsewhere
(:func:`from_elsewhere`: a foreigner, an official of another province, a central official outside
the capital) or attends it where they work (:func:`at_home`: an official of the place's province, a
central official in the capital).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ...gazetteer import context_parent, load_or_none
from ...gazetteer.store import lexicon_rows
from ...types import Mention, Sentence
from ..persons import TITLES_START, ends_in_title, posted_to
from .arguments import VIEWPOINT_WORDS, _home_after, settled_after
from .context import _Context, _Event, _home_country

# where an appositive before a name begins: a clause mark
_APPOSITIVE_START = re.compile(r"[，。；：！？“”（）\n、]")
# a posting, not a trip: 中国驻美国大使, 援藏干部, 挂职
_POSTED = re.compile(r"驻|援藏|援疆|挂职|派驻|常驻")
# home, studies or work right after 在 + a place, and jobs taken there (在北京打工, 在上海当老师)
_SETTLED_AFTER = settled_after(("打工", "务工", "上班", "当", "任"))
_MAX_APPOSITIVE = 40


def _area(gaz, key: str) -> str | None:
    """The province of a place in China (China itself for 中国), the country of a place abroad; a
    village's is its township's."""
    if key.startswith("village:"):
        parent = context_parent(key)
        return _area(gaz, parent) if parent else None
    if key.startswith("cn:"):
        rec = gaz.get(key)
        if rec is None:
            return None
        if rec.level == "province":
            return rec.key
        return next((r.key for r in gaz.ancestors(key) if r.level == "province"), None)
    if key.startswith("geo:") and key.count(":") == 1:
        return key
    if key.startswith("geo:"):
        return gaz.country_of(key) or None      # 里昂 → 法国
    return None


def _apart(home: str, there: str) -> bool:
    """Whether two areas differ: provinces of China compare with each other, China with abroad."""
    china = ("geo:CN",)
    if home in china or there in china:
        return (home in china) != (there in china or there.startswith("cn:"))
    return home != there


# 在X… phrases that set a circumstance, not a place where someone is (在中国专家的帮助下, 在香港问题上)
_CIRCUMSTANCE = re.compile(r"[^，。；：]*?(?:(?:帮助|支持|领导|指导|关心|带领|推动|影响|背景|情况|条件|框架)下|"
                           r"问题上|方面|前夕|之际|以来|"
                           + VIEWPOINT_WORDS + ")")          # (在某村党支部书记某某看来: a view, not a place)
_SPEECH = re.compile(r"表示|说|指出|认为|称|强调|介绍|透露")
# what may open the sentence before a 「在X，」 frame: a time
_TIME_LEAD = re.compile(r"(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:当日|当天|近日|日前|今天|昨天|[上下]午|晚上|凌晨)?[，,]?$")


def affiliation_events(ctx: _Context, sentence: Sentence) -> Iterator[_Event]:
    """Visits of persons whose appositive names a place of one province (or country) and who are
    told 在 a place of another in the same sentence: in a 「在X，」 frame opening it, or in a 「，在X」
    phrase of their own clause right after the name (adverbs may follow the comma: 某某，正在上海某医院进修;
    the phrase may go on with 的: 在重庆的实习时光, not 在上海的家中)."""
    gaz = load_or_none()
    if gaz is None:
        return
    text = ctx.text
    for p in ctx.persons:
        if not (sentence.start <= p.start < sentence.end) or ctx.in_quote(p.start):
            continue
        lo = max(sentence.start, p.start - _MAX_APPOSITIVE)
        marks = [m.end() for m in _APPOSITIVE_START.finditer(text, lo, p.start) if m.group() != "、"]
        lo = marks[-1] if marks else lo
        appositive = text[lo:p.start]
        if not ends_in_title(appositive) or _POSTED.search(appositive):
            continue              # no title right before the name, or a posting (中国驻美国大使)
        home = next((m for m in ctx.places if lo <= m.start and m.end <= p.start), None)
        home_area = _area(gaz, home.key) if home is not None else None
        if home_area is None:
            continue
        q = _where(ctx, sentence, p, lo)
        if q is None or text.startswith("《", q.end) or _DWELLING_AFTER.match(text, q.end) or _SETTLED_AFTER.match(text, q.end) \
                or _home_after(ctx, q.end):   # 在尼泊尔《某报》发表: a publication of the place
            continue
        area = _area(gaz, q.key)
        if area is not None and _apart(home_area, area):
            yield _Event(p, (q,), (q.start - 1, q.start), sentence, current=True)


# a home of the person's at the place (在上海的家中, 在北京的寓所): no trip; other things 的 the place are
# where the person was (在重庆的实习时光, 在泰国的联赛中)
_DWELLING_AFTER = re.compile(r"的(?:家|寓所|住所|住处|居所|宿舍)")
# 「某某，已经在荆门市连续奋战」: adverbs between the comma after the name and 在
_ADVERBS_AFTER_COMMA = re.compile(r"[，,](?:已经|已|正|仍然|仍|还|都|也|一直|目前|此刻|如今)+")


def _where(ctx: _Context, sentence: Sentence, p: Mention, lo: int) -> Mention | None:
    """The place of the 「在X」 phrase that tells where ``p`` is, if the sentence has one."""
    text = ctx.text
    for q in ctx.places:
        if not (sentence.start <= q.start < sentence.end) or text[q.start - 1:q.start] != "在" or ctx.in_quote(q.start):
            continue
        clause_end = min([i for i in (text.find(ch, q.end, sentence.end) for ch in "，,；。！？") if i >= 0] or [sentence.end])
        if _CIRCUMSTANCE.match(text, q.end, clause_end):
            continue              # 在中国专家的帮助下, 在香港问题上, 在对尼泊尔进行国事访问前夕
        if q.end <= lo:           # 「在武汉某医院，某省某医院医生某某…」: a frame opening the sentence
            head = text[sentence.start:q.start - 1]
            if _TIME_LEAD.fullmatch(head) and not any(m.start >= clause_end and m.end <= lo for m in ctx.persons):
                return q
            continue
        if q.start > p.end:       # 「某某，在武汉某医院，…」「某某在武汉某医院…」: the person's own clause
            gap = text[p.end:q.start - 1]
            if gap in ("", "，", ",") or _ADVERBS_AFTER_COMMA.fullmatch(gap) or (
                    len(gap) <= 6 and not re.search(r"[，,；。]", gap) and not _SPEECH.search(gap)):
                if "举行" not in text[q.end:clause_end] and "举办" not in text[q.end:clause_end]:
                    return q
            return None
    return None


# bodies of the central state whose names are China's alone
_CHINESE_STATE_BODIES = r"中共中央|中央政治局|国务院|全国人大|全国政协|国家主席|国家副主席|中央军委|国务委员|中央书记处|中央纪委|国家监委"
# bodies of the central state and party, and the central news organisations (人民日报社, 新华社 …): an
# officer of one works in the capital
_NATIONAL = re.compile(r"总书记|副总理|总理|委员长|政治局常委|" + _CHINESE_STATE_BODIES + r"|最高人民法院|最高人民检察院|"
                       r"国家[\u4e00-\u9fff]{1,8}?(?:委员会|委|部|总局|局|署|办)|中央[\u4e00-\u9fff]{1,6}?(?:部|办)|"
                       r"中宣部|中组部|中联部|人民日报社|新华社|中央广播电视总台|光明日报社|经济日报社|求是杂志社|"
                       r"(?:外交|国防|商务|财政|教育|科技|公安|民政|司法|交通运输|文化和旅游|农业农村|水利|"
                       r"生态环境|自然资源|应急管理|工业和信息化|人力资源和社会保障|住房和城乡建设)部|"
                       # the national people's organisations, seated in the capital
                       r"中国(?:残联|科协|文联|作协|侨联|记协|红十字会总会|奥委会)|全国(?:总工会|妇联|工商联|台联)|共青团中央|团中央")
CAPITAL = "cn:110000"
_CHINESE_STATE = re.compile(_CHINESE_STATE_BODIES)


def appositives(ctx: _Context, person: Mention) -> list[tuple[int, int]]:
    """The spans of the titles written right before each mention of ``person`` (「中共中央政治局委员、
    国务院副总理」某某)."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for m in ctx.persons:
        if m.key != person.key:
            continue
        lo = max(0, m.start - _MAX_APPOSITIVE)
        marks = [x.end() for x in TITLES_START.finditer(text, lo, m.start)]
        lo = marks[-1] if marks else lo
        # (titles hold another name only in a list that shares them: 「某特区行政长官甲、候任行政长官乙」;
        # 「某某总书记先后走进村民|乙」 are not 乙's)
        lo = max([lo, *(_after_own_title(text, q.end) for q in ctx.persons
                        if lo <= q.start and q.end <= m.start and q is not m and not text.startswith("、", q.end))])
        if lo < m.start and ends_in_title(text[lo:m.start]):
            out.append((lo, m.start))
        after = _TITLE_AFTER.match(text, m.end)
        if after is not None:     # 某某总书记, 某某总理
            out.append((m.end, after.end()))
    return out


# central offices written after a name (某某总书记, 某某总理)
_TITLE_AFTER = re.compile(r"总书记|副总理|总理|国务委员|委员长|主席")


def _after_own_title(text: str, end: int) -> int:
    """Where a name ending at ``end`` and the office written after it (某某总书记) end."""
    after = _TITLE_AFTER.match(text, end)
    return after.end() if after is not None else end


def from_elsewhere(ctx: _Context, person: Mention, place: Mention) -> bool:
    """Whether ``person`` came to ``place`` (in China) from elsewhere: a foreigner, a person whose
    title names a place of another province, or an official of the central state at an event
    outside the capital.  Not when a title names the place's own province (the host's officials)."""
    return _where_from(ctx, person, place) == "elsewhere"


def at_home(ctx: _Context, person: Mention, place: Mention) -> bool:
    """Whether ``place`` (in China) is where ``person`` works: a title names its province, or the
    person is an official of the central state and the place is in the capital."""
    return _where_from(ctx, person, place) == "home"


def _where_from(ctx: _Context, person: Mention, place: Mention) -> str:
    gaz = load_or_none()
    there = _area(gaz, place.key) if gaz is not None else None
    if there is None or not there.startswith("cn:"):
        abroad = _home_country(place)
        if abroad and _posted_in(ctx, person, abroad):
            return "home"         # 中国驻摩洛哥大使 at an event in Rabat: posted there, at work
        return "unknown"          # (China as a whole, or abroad)
    spans = appositives(ctx, person)
    if any("驻华" in ctx.text[lo:hi] for lo, hi in spans):
        return "home"             # 某国驻华大使: posted to China, at work there
    country = ctx.person_countries.get(person.key)
    if country and country != "geo:CN":
        return "elsewhere"
    homes = set()
    for lo, hi in spans:
        # the place or institution nearest the name: 「某院长甲、北京大学党委书记乙、河北省委书记丙」 — 丙's is
        # 河北, not the places in the titles of those listed before him
        found = title_areas(ctx, lo, hi)
        if found:
            homes.add(max(found)[1])
    if there in homes:
        return "home"             # 湖北省委书记 at an event in Wuhan
    if homes:
        return "elsewhere"        # 浙江省委书记 at an event in Wuhan
    if any(_INTERNATIONAL.search(ctx.text, _own_titles(ctx, lo, hi), hi) for lo, hi in spans):
        return "elsewhere"        # 国际展览局秘书长, 联合国副秘书长: an international body's officer came
    if any(_NATIONAL.search(ctx.text, _own_titles(ctx, lo, hi), hi) or ctx.text[lo:hi] == "主席" for lo, hi in spans):
        # (主席 written after the name, 某某主席, is the state's; a body's chair is titled before it)
        # the capital itself, not one of its outer districts (某某出席在延庆区举行的闭幕式)
        return "home" if place.key == CAPITAL else "elsewhere"
    return "unknown"


def title_areas(ctx: _Context, lo: int, hi: int) -> list[tuple[int, str]]:
    """The areas (a province of China, a country abroad) of the places and of the institutions named
    after a place that the titles at ``[lo, hi)`` write, each with where it is written."""
    gaz = load_or_none()
    if gaz is None:
        return []
    found = [(q.start, a) for q in ctx.places if lo <= q.start and q.end <= hi
             for a in [_area(gaz, q.key)] if a is not None and a != "geo:CN"]
    found += [(q.start, a) for q in ctx.analysis.mentions if q.kind == "organization"
              and lo <= q.start and q.end <= hi
              for a in [_leading_area(q.text) or _abroad_area(gaz, q.attr("lead_place"))] if a is not None]
    return found


def _abroad_area(gaz, key: str | None) -> str | None:
    """The country of a place abroad an institution's name begins with (法国里昂|华人总商会 → 法国)."""
    return _area(gaz, key) if key and key.startswith("geo:") and key != "geo:CN" else None


# an international body's title (联合国副秘书长, 国际展览局秘书长, 世界卫生组织总干事), not a Chinese body
# named international (中国国际贸易促进委员会)
_INTERNATIONAL = re.compile(r"(?<!中国)(?<!全国)(?<!中华)(?:联合国|国际(?!在线|事务)(?:(?!研究所|研究院|中心|大学|学院)[\u4e00-\u9fff]){0,10}?(?:组织|协会|联合会|理事会|委员会|局|联盟|奥委会|"
                            r"[足篮泳田乒雪滑冰羽排体]联)|国际军体(?=秘书长|主席|副主席)"
                            r"|世界(?:卫生|贸易|知识产权|气象|旅游|海关)组织|世界银行|欧盟|非盟|东盟秘书)")


def _own_titles(ctx: _Context, lo: int, hi: int) -> int:
    """Where the titles of the name at ``hi`` begin inside the span ``[lo, hi)``: after the name of
    another person listed before it (「全国政协副主席甲、澳门特区行政长官乙」: 乙's are 澳门特区行政长官)."""
    return max([lo, *(q.end for q in ctx.persons if lo <= q.start and q.end < hi)])


@lru_cache(maxsize=4096)
def _leading_area(name: str) -> str | None:
    """The province of the one Chinese city or province an institution's name begins with, when no
    place mention shows it (南昌|大学第二附属医院 → 江西省, 上海|复旦大学… → 上海市)."""
    gaz = load_or_none()
    if gaz is None:
        return None
    for n in (4, 3, 2):
        if len(name) <= n + 1:
            continue
        recs = [r for r in gaz.lookup(name[:n]) if r.key.startswith("cn:") and getattr(r, "valid_to", None) is None
                and r.level in ("province", "prefecture", "county")]
        upper = [r for r in recs if r.level != "county"]
        areas = {_area(gaz, r.key) for r in upper}
        if len(areas) == 1:
            return areas.pop()    # (南昌: the city, not the county; 河北: the province, not 天津's 河北区)
    return None


def chinese_official(ctx: _Context, person: Mention) -> bool:
    """Whether ``person`` is of China: a Chinese national, or titled by a body of the central state
    whose name is China's alone (not 委员长 or 总理, titles of other states too)."""
    country = ctx.person_countries.get(person.key)
    return country == "geo:CN" or not country and any(
        _CHINESE_STATE.search(ctx.text, lo, hi) for lo, hi in appositives(ctx, person))


def international_officer(ctx: _Context, person: Mention) -> bool:
    """Whether ``person`` is titled by an international body (联合国副秘书长, 国际奥委会主席) and is no
    official of China (not 某研究所国际…委员会主任 of a Chinese state body, nor the Chinese side's head of
    a joint body: 中国和世界卫生组织联合考察组中方组长)."""
    spans = appositives(ctx, person)
    return any(_INTERNATIONAL.search(ctx.text, lo, hi) and "中方" not in ctx.text[lo:hi] for lo, hi in spans) \
        and not chinese_official(ctx, person)


SEATS = Path(__file__).resolve().parents[1] / "data" / "international_seats.tsv"


@lru_cache(maxsize=1)
def _seat_table() -> tuple[dict[str, frozenset[str]], re.Pattern[str] | None]:
    """Body name → the keys of its seats, and a pattern of the names (longest first)."""
    seats: dict[str, frozenset[str]] = {}
    for n, line, cols in lexicon_rows(SEATS):
        if len(cols) != 2 or not cols[0] or not cols[1]:
            raise ValueError(f"{SEATS}:{n}: bad line {line!r}: want names<TAB>seat keys")
        for name in cols[0].split("|"):
            seats[name] = frozenset(cols[1].split("|"))
    names = sorted(seats, key=lambda w: (-len(w), w))
    return seats, (re.compile("|".join(map(re.escape, names))) if names else None)


def international_seats(ctx: _Context, person: Mention) -> frozenset[str]:
    """The seats of the international bodies the titles of ``person`` name (联合国教科文组织总干事 → 巴黎):
    there the officer is at work."""
    seats, pattern = _seat_table()
    if pattern is None:
        return frozenset()
    out: set[str] = set()
    for lo, hi in appositives(ctx, person):
        for m in pattern.finditer(ctx.text, lo, hi):
            out |= seats[m.group()]
    return frozenset(out)


def _posted_in(ctx: _Context, person: Mention, country: str) -> bool:
    """Whether a title of ``person`` posts them to ``country`` (中国驻摩洛哥大使, 驻某国代表)."""
    return any(lo <= q.start < hi and posted_to(ctx.text, q.start) and _home_country(q) == country
               for lo, hi in appositives(ctx, person) for q in ctx.places)
