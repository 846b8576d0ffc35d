"""The year and dates of each visit event: sentence, passage, heading, title and current-report years."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from ...types import Analysis, Mention, Sentence, TimeExpr
from ..times import opening_dateline
from .context import _Context, _Event, _home_country
from .dates import _CONTEXT_REL, _NUM, _REL_OFFSET, _cn_number, _date
from .passages import Heading, paragraph_start
from .venues import QUALIFIER, edition_year


PRESENT_MARKERS = ("而今", "如今", "这次", "此次", "此行", "本次", "这一次")

# a year counted back from the report's (4年前, 去年, 前年), which dates a festival or month written after it
_YEARS_AGO = re.compile(r"[0-9一二两三四五六七八九十]+年前|去年|前年")

# a trip told before (「2017年，我受邀前往北京…。那次访华，我在北京参观了…」): that trip's year
THAT_TRIP_MARKERS = ("那次", "那一次", "那趟", "该次")

PAST_MARKERS = ("曾", "当年", "那年", "上次", "此前", "以前", "过去", "早年", "多年前", "那时", "昔日", "早先",
                "当初", "时任", "担任", "屡次", "每年", "以来", "至今", "几次", "数次",
                # ages of history (元代时, 上世纪80年代): long before the report
                "古代", "上世纪", "汉代", "唐代", "宋代", "元代", "明代", "清代", "汉朝", "唐朝", "宋朝", "元朝", "明朝", "清朝")


# verbs that sum up travels over years (足迹踏遍…): no one trip, so no year from the report's date
SUMMARY_WORDS = ("踏遍", "走遍", "足迹遍及", "足迹遍布")


@dataclass(frozen=True)
class _When:
    year: int | None
    begin: dt.date | None = None
    finish: dt.date | None = None
    open_span: bool = False     # the text gives a span of years (2016年至今, 1963年底至1964年初): no one year


_SINCE = re.compile(r"以来|来(?![到过访我咱华京沪])|起|至今|以后|之后")     # 「2014年来」 is since; 「…日来到」「2017年来华」 a visit
# a time followed by a life event dates the person, not the trip (1996年出生的女孩某某到达…, 某某（1995年生）)
_LIFE_EVENT = re.compile(r"出生|生人|生(?=[）)，,；—])|入伍|参军|毕业|入党|参加工作")
# or a birth told before it (出生于2001年的小将某某)
_BORN_BEFORE = ("出生于", "生于")


def _trip_time(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` may date a trip: not the start of a period (2014年以来), a life event, nor the year
    of a tournament whose qualifiers are told (2022年卡塔尔世界杯预选赛: the tournament's year, later than
    the matches)."""
    return not (_SINCE.match(text, t.end) or _LIFE_EVENT.match(text, t.end)
                or text[max(0, t.start - 3):t.start].endswith(_BORN_BEFORE)
                or t.granularity == "year" and QUALIFIER.match(text, t.end))


# words for the days the report covers
_NEWS_NOW = re.compile(r"近日|日前|近期|连日来|当天|今天|昨天|今日|昨日")


def _explicit_year_before(times: list[TimeExpr], lo: int, hi: int, text: str = "",
                          anchor: int | None = None) -> int | None:
    """The year of the last time expression in ``[lo, hi)`` that states one (2013年, or 今年 with a known anchor)."""
    ys = []
    for t in times:
        if not (lo <= t.start < hi) or t.year is None or (text and not _trip_time(text, t)):
            continue
        if re.match(r"(?:1[89]|20)\d\d|[〇零一二三四五六七八九]{4}", t.text) and t.granularity != "relative":
            ys.append(t.year)
        elif anchor is not None and re.match(r"今年|去年|前年", t.text):
            year, _ = _year_of_time(t, anchor, lambda: None)
            if year is not None:
                ys.append(year)
    return ys[-1] if ys else None


# how long before the report a period told as going on since a date (自9月27日开赛以来) is still its own days
_RECENT_SINCE_DAYS = 60


def _past_marked(text: str, start: int, end: int, times: list[TimeExpr], doc_date: dt.date | None) -> bool:
    """Whether ``[start, end)`` holds a past marker (曾, 当年, 以来 …); not 以来 after a day in the weeks
    before the report (「自9月27日开赛以来，…」 in a report of October 5: the report's own contest)."""
    words = [w for w in PAST_MARKERS if w in text[start:end]]
    if words != ["以来"] or doc_date is None or text.count("以来", start, end) > 1:
        return bool(words)
    since = text.find("以来", start, end)
    day = next((t for t in times if start <= t.start and t.end <= since and since - t.end <= 6
                and t.begin is not None and t.granularity in ("day", "relative")), None)
    return day is None or not 0 <= (doc_date - day.begin).days <= _RECENT_SINCE_DAYS


def _experienced(text: str, ev: _Event) -> bool:
    """A verb of experience (去过, 到过) tells of an earlier occasion, not the current trip."""
    return text[ev.trigger[0]:ev.trigger[1]].endswith("过")


_EXPLICIT_YEAR = re.compile(r"[12]\d\d\d年|[〇零○一二三四五六七八九]{4}年|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]")

_MONTH_DAY = re.compile(r"\d{1,2}月|\d{1,2}日|[一二三四五六七八九十]{1,2}月")

_DOC_RELATIVE = re.compile(rf"^(?:今年|去年|前年|上一年|(?P<n>{_NUM}{{1,3}})(?:多)?年(?:多)?前)")


def trusted_year(analysis: Analysis) -> int | None:
    """The document year when the text or the file name states it (not guessed from years in the text)."""
    doc = analysis.doc
    if doc.date is None:
        return None
    if doc.date_source in ("given", "filename", "header"):
        return doc.date.year
    try:
        from ..times import filename_date
    except ImportError:   # pragma: no cover
        return None
    named = filename_date(doc.path or doc.id) or filename_date(doc.id)
    if named is not None and abs((named - doc.date).days) < 40:
        return doc.date.year
    head = doc.text[:400]
    if re.search(rf"{doc.date.year}年\s*{doc.date.month}月\s*{doc.date.day}日", head):
        return doc.date.year
    return None


def _year_of_time(t: TimeExpr, anchor: int | None, context: "Callable[[], int | None]",
                  doc_month: int | None = None) -> tuple[int | None, bool]:
    """The year a time expression gives and whether it needed the passage context.

    A month with no year (「11月」) later than the month of publication (``doc_month``) is of the
    year before: a visit told as done cannot lie in the months still to come."""
    if _EXPLICIT_YEAR.search(t.text):
        if t.year is None:
            m = re.match(r"([12]\d\d\d)年", t.text)
            return (int(m.group(1)) if m else None), False
        return t.year, False
    m = _DOC_RELATIVE.match(t.text)
    if m:
        if anchor is None:
            return None, False
        if m.group("n"):
            n = _cn_number(m.group("n"))
            return (anchor - n if n is not None else None), False
        return anchor + _REL_OFFSET.get(t.text[:2], _REL_OFFSET.get(t.text[:3], 0)), False
    later = re.match(rf"({_NUM}{{1,3}})(?:多)?年(?:多)?后", t.text)
    if later:
        base, n = context(), _cn_number(later.group(1))
        return (base + n if base is not None and n is not None else None), True
    for word, off in _CONTEXT_REL.items():
        if t.text.startswith(word):
            base = context()
            if base is None and t.year is not None and t.granularity != "relative":
                return t.year, True   # the shared recogniser resolved 「次年3月」 from an earlier year
            return (base + off if base is not None else None), True
    if not _MONTH_DAY.match(t.text):
        return anchor, False      # 「春节前」「春节假期」: the document's own year, when it is known
    base = context()
    if base is None and anchor is not None and doc_month is not None:
        month = re.match(r"(\d{1,2}|[一二三四五六七八九十]{1,2})月", t.text)
        n = _cn_number(month.group(1)) if month else None
        if n is not None and doc_month < n <= 12:
            return anchor - 1, True
    return (base if base is not None else anchor), True


_RELATIVE_TO_REPORT = re.compile(r"去年|前年|今年|\d+年前|[一二两三四五六七八九十]+年前")


def _resolve(ctx: _Context, ev: _Event, times: list[TimeExpr], heads: list[Heading],
             previous: list[tuple[_Event, _When]]) -> _When:
    edition = edition_year(ev.places)
    if edition is not None:
        return _When(edition)     # 「在首届进博会上」: the year of the edition the event's name tells
    analysis = ctx.analysis
    text = ctx.text
    s = ev.sentence
    ts = ev.trigger[0]
    anchor = trusted_year(analysis)
    head = next((h for h in reversed(heads) if h.end <= ts), None)
    section_start = head.end if head else 0
    para_start = paragraph_start(analysis, s)
    past = _past_marked(text, s.start, ts, times, analysis.doc.date) or _experienced(text, ev)

    def that_year() -> int | None:   # 「2019年，…。 这一年，…某某对华进行国事访问」: the year written last before
        if _THAT_YEAR.match(text, para_start) is None:
            return None
        return _explicit_year_before(times, section_start, para_start, text, anchor)

    def context_year() -> int | None:
        y = _explicit_year_before(times, para_start, ts, text, anchor)
        if y is None:
            y = that_year()
        if y is None and previous:
            pe, pw = previous[-1]
            # (not another person's trip told in another paragraph: 「去年总统先生访华期间…」 then 「某某于
            # 10月15日开始访问某国」 is this year's)
            if pe.sentence.start >= max(section_start, _passage_floor(analysis, s)) and pw.year is not None \
                    and (pe.visitor.key == ev.visitor.key or pe.sentence.paragraph == s.paragraph):
                y = pw.year
        if y is None and head is not None:
            y = _explicit_year_before(times, section_start, ts) or head.year
        return y

    since = [t for t in times if s.start <= t.start and t.end <= ts and _SINCE.match(text, t.end)]
    if any(_EXPLICIT_YEAR.search(t.text) and t.year is not None and anchor is not None and t.year < anchor
           for t in since):
        return _When(None, open_span=True)   # 「2016年至今，某某三次赴华」: visits over several years, none dated
    own = [t for t in times if s.start <= t.start and t.end <= ts and _trip_time(text, t)]
    dated = [t for t in own if t.begin is not None or _EXPLICIT_YEAR.search(t.text)]
    explicit = [t for t in own if _EXPLICIT_YEAR.search(t.text)]
    if len(explicit) >= 2 and explicit[-2].year != explicit[-1].year \
            and re.fullmatch(r"[至到—\-－~～]", text[explicit[-2].end:explicit[-1].start]):
        return _When(None, open_span=True)   # 「1963年底至1964年初，某某访问…」: a span over two years
    if own:
        t = explicit[-1] if explicit else (dated[-1] if dated else own[-1])
        before = next((u for u in own if u.end <= t.start and text[u.end:t.start] in ("", "的") and u.year is not None
                       and _YEARS_AGO.search(u.text)), None)
        if before is not None:
            t = before            # 「4年前的春节前夕」: the festival of the year counted back, not this year's
        doc_month = analysis.doc.date.month if analysis.doc.date is not None else None
        # 曾 makes a bare month's year unknown, not a year counted from the report (去年11月他曾来到北京)
        relative = _RELATIVE_TO_REPORT.search(t.text) is not None
        year, contextual = _year_of_time(t, anchor if relative or not past else None, context_year, doc_month)
        if year is None:
            return _When(None)
        if not contextual and t.begin is not None and t.year == year:
            return _When(year, t.begin, t.finish)
        return _When(year, *_dates_of(t, year, analysis.doc.date))
    # no time in the sentence: 「而今/这次」 the current trip, 「那次」 the trip told last, else the previous
    # visit of the passage, then the heading
    if any(w in text[s.start:ts] for w in THAT_TRIP_MARKERS):
        told = next((w for e, w in reversed(previous) if e.visitor.key == ev.visitor.key and w.year is not None), None)
        return _When(told.year) if told is not None else _When(None)
    if past:
        return _When(None)
    if anchor is not None and _NEWS_NOW.search(text[s.start:ts]):
        return _When(anchor)      # 「某国总统近日对波兰进行了访问」: the report's own days
    if any(w in text[s.start:ts] for w in PRESENT_MARKERS):
        lead = next((w for e, w in previous if e.visitor.key == ev.visitor.key
                     and e.trigger[0] >= _title_block_end(analysis)), None)
        return lead if lead is not None else _When(None)
    if previous:
        pe, pw = previous[-1]
        if pe.sentence.paragraph == s.paragraph and pe.sentence.start >= section_start \
                and pe.visitor.key == ev.visitor.key:
            return _When(pw.year)
    if (y := that_year()) is not None:
        return _When(y)
    if head is not None:
        return _When(head.year)
    if anchor is not None and not _MANY_TIMES.search(text, s.start, s.end):
        # 「1985年秋天，我如愿前往某大学交流学习。…我和同学们到了北京」: the year the paragraph wrote last
        # before the trip (not for trips counted or spread over years: 两次赴华, 近几年)
        y = _paragraph_year(ctx, ev, times, anchor)
        if y is not None and y < anchor:
            return _When(y)
    return _When(None)


# trips told as repeated or spread over a time: no one year of the paragraph is theirs
_MANY_TIMES = re.compile(r"(?<!第)(?:[0-9]+|[两二三四五六七八九十几多数]+)次|近几年|近年|这些年|多年|几年来|常年|每年|经常|屡次|频繁")


# a paragraph opening that points back to the year written before it
_THAT_YEAR = re.compile(r"\s*(?:这一年|这年|那一年|同一年)[，,里中]")


def context_year_before(times: list[TimeExpr], para_start: int, section_start: int, offset: int,
                        head: Heading | None) -> int | None:
    y = _explicit_year_before(times, para_start, offset)
    if y is None:
        y = _explicit_year_before(times, section_start, offset)
    if y is None and head is not None:
        y = head.year
    return y


def _passage_floor(analysis: Analysis, sentence: Sentence) -> int:
    """The start of the passage a visit may inherit its year from: three paragraphs back."""
    floor = sentence.start
    paras = 0
    for s in analysis.sentences[: sentence.index + 1][::-1]:
        if s.paragraph != sentence.paragraph and s.paragraph < sentence.paragraph - 3:
            break
        floor = s.start
        paras += 1
    return floor


def _dates_of(t: TimeExpr, year: int | None, doc_date: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if year is None:
        return None, None
    m = re.match(r"(\d{1,2})月(\d{1,2})日(?:(?:至|到|—|-|～|~)(?:(\d{1,2})月)?(\d{1,2})日)?", t.text)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        begin = _date(year, mo, d)
        finish = _date(year, int(m.group(3)) if m.group(3) else mo, int(m.group(4))) if m.group(4) else None
        return begin, finish
    m = re.match(r"(\d{1,2})日", t.text)
    if m and doc_date is not None and year == doc_date.year:
        return _date(year, doc_date.month, int(m.group(1))), None
    return None, None


def _title_block_end(analysis: Analysis) -> int:
    """End offset of the title lines above the body (short lines before the first long paragraph)."""
    end = 0
    for sent in analysis.sentences:
        para = [x for x in analysis.sentences if x.paragraph == sent.paragraph]
        if sum(len(x.text) for x in para) > 40:
            break
        end = sent.end
    return end


def _title_years(ctx: _Context, resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """A headline visit (「李克强在陕西考察时强调」) takes the year of the lead's visit by the same person
    to the same country (not of a visit recalled elsewhere: 「去年…在武汉会晤」 under a headline in India)."""
    end = _title_block_end(ctx.analysis)
    out: list[tuple[_Event, _When]] = []
    for e, w in resolved:
        if w.year is None and e.trigger[1] <= end:
            countries = {_country(p) for p in e.places}
            later = next((lw for le, lw in resolved if le.trigger[0] > end and le.visitor.key == e.visitor.key
                          and lw.year is not None and countries & {_country(p) for p in le.places}), None)
            if later is not None:
                w = _When(later.year)
        out.append((e, w))
    return out


SHORT_REPORT = 1500          # characters: a news report this short is about one occasion


def _lead_end(analysis: Analysis, paragraphs: int = 3) -> int:
    """End of the news lead: the title lines and the first ``paragraphs`` paragraphs of the body
    (a short report is all lead)."""
    title_end = _title_block_end(analysis)
    body = [s for s in analysis.sentences if s.start >= title_end]
    if not body:
        return title_end
    if body[-1].end - body[0].start < SHORT_REPORT:
        return body[-1].end
    last = body[0].paragraph + paragraphs - 1
    return max((s.end for s in body if s.paragraph <= last), default=title_end)


# 「此次驰援武汉」: this time, the occasion the report is about
_THIS_TIME = re.compile(r"此次|这次|此番|本次")
# the situation going on at the time of the report, told in the trip's sentence: 疫情发生后…赴湖北,
# 在疫情严峻时期到访 (an undated trip then is of the report's year)
_ONGOING = re.compile(r"疫情(?:发生|暴发|爆发)(?:后|以来)|疫情(?:严峻|蔓延|肆虐)(?:时期|之际|时|期间)|(?:抗击|阻击)[^，。；]{0,6}疫情|"
                      r"疫情防控(?:一线|期间|工作中)|抗疫一线|战“?疫”?一线")
# trips counted or habitual before the verb (两次赴华, 多次到访, 经常去): several occasions, not this report's one
_COUNTED_TRIPS = re.compile(r"(?:(?<!第)(?:[两三四五六七八九十几多数]|[0-9]{1,2})次|经常|常常|时常|屡次)(?:来|前来|专程)?$")


def _country(place: Mention) -> str:
    """The country of a place: China for places in China, else the foreign country's key."""
    return _home_country(place) or "geo:CN"


def _opens_with_dateline(analysis: Analysis) -> bool:
    return opening_dateline(analysis.doc.text) is not None


def _current_report_years(ctx: _Context, resolved: list[tuple[_Event, _When]],
                          times: list[TimeExpr]) -> list[tuple[_Event, _When]]:
    """In a dated news report about one current trip, an undated visit takes the document year.

    Only when the document year is stated (dateline or file name), every dated visit of the
    same visitor and of the same paragraph is of that year, the visit is in the lead (or the report dates a visit within a
    week of publication, or the event is told as current: a trip frame, a team member, 此次/这次 before
    the verb, the situation of the report in its sentence (疫情发生后), a trip to a place of the report's
    own trips dated in that year; or the document is a news report opened by its dateline), the
    sentence has no past marker (曾, 当年 …); when its paragraph wrote another year before it, the visit
    takes that year (「1936年，某某在莫斯科…。西安事变前后，某某到南京…」).
    """
    anchor = trusted_year(ctx.analysis)
    if anchor is None:
        return resolved
    # a visitor with a visit dated in another year (a recalled trip) keeps undated visits to the same
    # country undated; another person's recalled trip (「去年11月，习近平主席…会晤」), or a trip
    # recalled to another country (「去年…在武汉会晤」 in a report from India), says nothing about this one
    recalled = {(e.visitor.key, _country(p)) for e, w in resolved if w.year not in (None, anchor) for p in e.places}
    # a paragraph that dates a visit in another year tells of that time (「这一年…11月访问…」)
    # (not a games' edition named as a title won: 「曾夺得2010年某某冬奥会冠军」 says nothing of the time told)
    past_paragraphs = {e.sentence.paragraph for e, w in resolved
                       if w.year not in (None, anchor) and edition_year(e.places) is None}
    out = []
    lead_end = _lead_end(ctx.analysis)
    doc_date = ctx.analysis.doc.date
    if doc_date is not None and any(w.begin is not None and abs((w.begin - doc_date).days) <= 7 for _, w in resolved):
        lead_end = len(ctx.text)  # the report of a trip made in the days before publication: one occasion
    # the places of the report's own trips (dated in its year): another undated trip there is of that time
    scene = {p.key for e, w in resolved if w.year == anchor and w.begin is not None for p in e.places}
    # a news report opened by its dateline (本报北京10月21日电 …) tells of its own days throughout; a
    # feature without one recalls other years as freely as this one
    report = _opens_with_dateline(ctx.analysis)
    # a report that writes no other year anywhere (no 2003年, 去年, 3年前, 当年) tells of its own time only
    one_time = _one_time(ctx, times, anchor)
    dated = _dated_subjects(ctx, times)
    for e, w in resolved:
        if w.year is None and not w.open_span and not e.nominal \
                and not any((e.visitor.key, _country(p)) in recalled for p in e.places) \
                and e.sentence.paragraph not in past_paragraphs \
                and ctx.text[e.trigger[0]:e.trigger[1]] not in SUMMARY_WORDS \
                and (report or one_time or e.trigger[0] < lead_end or e.current or (e.places and all(p.key in scene for p in e.places))
                     or _THIS_TIME.search(ctx.text, max(e.sentence.start, e.trigger[0] - 12), e.trigger[0])
                     or _ONGOING.search(ctx.text, e.sentence.start, e.sentence.end)) \
                and not _past_marked(ctx.text, e.sentence.start, e.trigger[0], times, doc_date) \
                and not _COUNTED_TRIPS.search(ctx.text, max(e.sentence.start, e.trigger[0] - 6), e.trigger[0]) \
                and not _experienced(ctx.text, e):
            told = dated.get(e.visitor.key, set())
            own_time = None
            if not report and e.trigger[0] >= lead_end and len(told) == 1 and min(told) < anchor:
                own_time = min(told)   # a feature that dates the person's day there once, in another year
            w = _When(_paragraph_year(ctx, e, times, anchor) or own_time or anchor)
        out.append((e, w))
    return out


def _dated_subjects(ctx: _Context, times: list[TimeExpr]) -> dict[str, set[int]]:
    """Person key → the years of sentences that open with a dated time and then the person as subject,
    outside quotations (「2019年9月16日，某某总书记沿着…走进…」)."""
    out: dict[str, set[int]] = {}
    for t in times:
        if t.year is None or not _EXPLICIT_YEAR.search(t.text) or ctx.in_quote(t.start):
            continue
        s = ctx.analysis.sentence_at(t.start)
        if ctx.text[s.start:t.start].strip("\u3000 \n") or not ctx.text.startswith(("，", ","), t.end):
            continue
        person = next((p for p in ctx.persons if t.end < p.start <= t.end + 12), None)
        if person is not None and not re.search(r"[，。；：、“”,]", ctx.text[t.end + 1:person.start]):
            out.setdefault(person.key, set()).add(t.year)
    return out


_OTHER_TIMES = re.compile(r"去年|前年|当年|那年|那时|年前|年代|世纪")


def _one_time(ctx: _Context, times: list[TimeExpr], anchor: int) -> bool:
    """Whether the document dates nothing in a year other than ``anchor``, nor counts years back."""
    return all(t.year in (None, anchor) for t in times) and _OTHER_TIMES.search(ctx.text) is None


def _paragraph_year(ctx: _Context, ev: _Event, times: list[TimeExpr], anchor: int) -> int | None:
    """The year the paragraph of an undated trip writes last before it, outside quotations, unless the
    trip's sentence says it is now: the paragraph tells of that time (「1936年，某某在莫斯科…。西安事变前后，
    某某到南京…」; not 「经历了2003年非典疫情，…。如今，他再度来到中国」)."""
    s = ev.sentence
    if any(w in ctx.text[s.start:ev.trigger[0]] for w in PRESENT_MARKERS):
        return None
    told = [t for t in times if not ctx.in_quote(t.start)]
    return _explicit_year_before(told, paragraph_start(ctx.analysis, s), ev.trigger[0], ctx.text, anchor)


def _heading_visits(ctx: _Context, heads: list[Heading], resolved: list[tuple[_Event, _When]]) -> list[tuple[_Event, _When]]:
    """A heading 「镜头一 2013年 甘肃」 over a passage with a visit of that year adds a visit to its place."""
    out: list[tuple[_Event, _When]] = []
    for i, h in enumerate(heads):
        if not h.places:
            continue
        end = heads[i + 1].start if i + 1 < len(heads) else len(ctx.text)
        inside = [(e, w) for e, w in resolved if h.end <= e.trigger[0] < end and w.year == h.year and e.role == "visitor"]
        if not inside:
            continue
        ev, when = inside[0]
        for place in h.places:
            out.append((_Event(ev.visitor, (place,), (h.start, h.end), ctx.analysis.sentence_at(h.start)), _When(h.year)))
    return out
