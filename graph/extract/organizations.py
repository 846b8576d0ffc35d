"""Recognise companies and other organisations, and merge the names of one company.

Companies (``kind="company"``, key ``company:<name>``) come from these cues, all
driven by the data files in ``data/``:

1. a legal-form ending (…股份有限公司, …有限公司) or a class noun (…集团, …公司, …厂:
   a factory only with a place, a name or a number in it, 沈阳第一机床厂, not 制鞋厂)
   after a proper name; the name starts after the last left-boundary word
   (位于江苏省苏州高新区的|莱克电气公司);
2. enumerations closed by a company-class head noun: 引进A、B、C等行业龙头企业,
   以A、B等为代表的头部企业, 与A、B等企业成功签约, A、B 2家企业, 以A、B为龙头;
3. A、B、C总部 / X总部 (central SOEs' headquarters);
4. every other occurrence in the document of a name found above or of its short
   form (甲乙股份 → 甲乙, 中国甲乙集团 → 甲乙) unless that is a common word;
5. the lexicon of well-known companies (``data/company_names.txt``, see
   ``company_names.py``): 中国石化, 中石油, 高通, TCL with no cue at all;
6. a name right before a business post and its holder's name (甲乙科技|总经理|王某,
   某某中国|总裁|李某: the region cut off); a department, club or park there is no company;
7. a name an industry word ends, right before a plant or offices (走进甲乙科技的办公大楼,
   甲乙数控的装配车间), not a place's or a park's.

Organisations that are not companies (管委会, 局, 市委, 大学, 医院, 研究所 …) are
``kind="organization"`` with key ``org:<name>``; they win over a company reading.

``resolve_companies`` (the ``company`` resolver) merges names whose core is the
same: the name without legal form, place prefix and trailing industry words
(甲乙 / 甲乙股份 / 某市甲乙; 甲乙 / 中国甲乙 / 中国甲乙集团). The longest
well-formed name becomes the canonical key, except for a lexicon company: its names (and
names whose core is the core of exactly one lexicon company) take the lexicon's full name.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterator

from ..gazetteer import chinese_unit, is_municipality, last_written, load_or_none
from ..registry import recogniser, resolver
from ..types import Analysis, Mention, Sentence
from .company_names import BUILDINGS, is_place_name, lexicon, lexicon_mentions, lexicon_name, lexicon_prefixes
from .cue_words import CJK, is_common_word, read_rows, read_words, word_tag
from .parks import park_suffixes
from .persons import lexicon as person_lexicon

_NAME_CHARS = f"{CJK}A-Za-z0-9（）()·&"
_STOP_CHARS = set("，。、；：“”‘’《》「」！？!?,;:\n\t 　")
_MAX_LEGAL = 24
_MAX_HEAD = 10


@functools.lru_cache(maxsize=1)
def _company_endings() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1] if len(r) > 1 else "head") for r in read_rows("company_suffixes.txt")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=1)
def _org_endings() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1] if len(r) > 1 else "free") for r in read_rows("org_suffixes.txt")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.lru_cache(maxsize=1)
def _ending_re() -> re.Pattern[str]:
    endings = sorted({e for e, _ in _company_endings()} | {e for e, _ in _org_endings()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(e) for e in endings))


@functools.lru_cache(maxsize=1)
def _left_stops() -> tuple[str, ...]:
    return tuple(sorted(read_words("company_left_stops.txt"), key=len, reverse=True))


def _name_start(a: Analysis, lo: int, s: int, limit: int, stop_verbs: bool = False, whole_words: bool = False) -> int:
    """Where a name ending at ``s`` begins: after punctuation or a boundary word (a whole jieba
    token, so 和 in 协和 does not count); with ``stop_verbs`` also after a verb; with ``whole_words``
    a name word the length limit would cut in two is taken whole."""
    text = a.doc.text
    starts, ends, verbs, function_words = _token_bounds(a)
    b = s
    while b > lo and s - b < limit:
        ch = text[b - 1]
        if ch in _STOP_CHARS or not re.match(f"[{_NAME_CHARS}]", ch):
            break
        if ch == "的" and text[b:b + 1] != "士":
            break               # 位于某保税港区的|甲乙供应链有限公司: names hold no 的 (but 的士公司)
        if ch in "）)":
            opened = max(text.rfind("（", lo, b - 1), text.rfind("(", lo, b - 1))
            if opened >= 0 and re.search("记者|通讯员|摄影|摄", text[opened:b]):
                break           # 「（记者某某）甲乙股份有限公司」: a reporter's credit, not part of the name
        if _opens_name(a, lo, b):
            b -= 1                  # 「，和|记|黄埔医药…有限公司」: no conjunction opens a clause before one character
            continue
        if any(text.endswith(w, lo, b) and b - len(w) >= lo
               and (not starts or (b in ends and (b - len(w) in starts or len(w) >= 2)))
               for w in _left_stops()):
            break
        if (stop_verbs and b in verbs and not _trade_word_before(a, b)) \
                or (b < s and b in function_words and not _place_word_before(a, b)):
            break
        b -= 1
    b = _past_glued_preposition(a, b, s)
    if whole_words and s - b >= limit and starts and b not in starts:
        word = next((t for t in a.tokens if t.start < b < t.end), None)
        if word is not None and word.pos in _NAME_TAGS and word.start >= lo and "公司" not in text[word.start:s]:
            b = word.start          # 莫尔森·库尔斯啤酒酿造|公司: the length limit cut a name in two
        elif word is not None:
            b = min(word.end, s)    # 某某集|团上海…总厂: no name starts inside a word
    return b


# prepositions jieba may glue to the name word after them (由盛虹|集团): no name begins with them
_GLUED_OPENERS = ("由", "被", "把", "将")


def _past_glued_preposition(a: Analysis, b: int, s: int) -> int:
    """``b`` moved past a preposition inside the name's span that jieba glued to a name word after it
    (该项目|由盛虹|集团 is 盛虹集团)."""
    by_start = _tokens_by_start(a)
    for i in range(s - 3, b - 1, -1):
        word = by_start.get(i)
        if word is not None and word.end <= s and word.text[:1] in _GLUED_OPENERS and word.pos in _NAME_TAGS \
                and len(word.text) >= 3:
            return i + 1
    return b


def _opens_name(a: Analysis, lo: int, b: int) -> bool:
    """Whether the one-character conjunction or preposition before ``b`` (和, 同, 与) opens a clause and
    is followed by a word of one character: the first character of a name (和记黄埔, 同丰种业), since
    nothing before it could be joined."""
    text = a.doc.text
    if b - 1 < lo or text[b - 1] not in "和同与及" or not (b - 1 == lo or text[b - 2] in _STOP_CHARS):
        return False
    word = _tokens_by_start(a).get(b)
    return word is not None and len(word.text) == 1 and word.pos not in _FUNCTION_POS and word.pos != "x"


def _trade_word_before(a: Analysis, b: int) -> bool:
    """Whether the verb ending at ``b`` is a trade word of company names (设备制造|总厂, 某某投资|公司)."""
    by_start = _tokens_by_start(a)
    return any((tok := by_start.get(b - k)) is not None and tok.end == b and tok.text in read_words("company_industry_words.txt")
               for k in (2, 3, 4))


def _place_word_before(a: Analysis, b: int) -> bool:
    """Whether the word ending at ``b`` is a city's or county's name that jieba tags as a function word
    (大连|d, 定远|d, 任县|r: 大连远洋渔业有限公司 begins with 大连), not a direction word (南部|f)."""
    by_start = _tokens_by_start(a)
    for k in (2, 3):
        tok = by_start.get(b - k)
        if tok is not None and tok.end == b:
            return tok.pos != "f" and is_place_name(tok.text)
    return False


# parts of speech of words (2+ characters) that end the text before a name: prepositions,
# conjunctions, adverbs, pronouns, time and direction words, particles
_FUNCTION_POS = ("p", "c", "d", "r", "t", "f", "u", "uj", "ul", "uz", "ug", "ud", "y", "e")


# parts of speech that end the text before a name whatever their length (由, 和, 着, 了)
_ALWAYS_STOP_POS = ("p", "c", "uz", "ul", "ug", "uj", "ud")


# per token list: (the list, its length, starts, ends, verb ends, function-word ends, tokens by start);
# keyed by the list's identity, so that a lookup costs no hashing of the whole token sequence
_TOKEN_INDEX: dict[int, tuple] = {}


def _token_index(a: Analysis) -> tuple:
    tokens = a.tokens
    hit = _TOKEN_INDEX.get(id(tokens))
    if hit is not None and hit[0] is tokens and hit[1] == len(tokens):
        return hit
    if len(_TOKEN_INDEX) >= 4:
        _TOKEN_INDEX.clear()
    hit = (tokens, len(tokens), frozenset(t.start for t in tokens), frozenset(t.end for t in tokens),
           frozenset(t.end for t in tokens if t.pos == "v" and len(t.text) >= 2),
           frozenset(t.end for t in tokens if (t.pos in _FUNCTION_POS and len(t.text) >= 2)
                     or t.pos in _ALWAYS_STOP_POS),
           {t.start: t for t in tokens})
    _TOKEN_INDEX[id(tokens)] = hit
    return hit


def _tokens_by_start(a: Analysis) -> dict:
    return _token_index(a)[6]


def _token_bounds(a: Analysis) -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int]]:
    """Token starts and ends, ends of verbs and ends of function words (cached per token list)."""
    return _token_index(a)[2:6]


def _after_former(a: Analysis, b: int, s: int) -> int:
    """A name after 原 (former) written as a word of its own starts after it (原|中国人民保险公司,
    原|沈阳市某某厂), not in 原平市, 原子能 (one word with what follows)."""
    word = _tokens_by_start(a).get(b)
    if word is not None and word.text == "原" and s - b >= 3 and b + 1 in _token_bounds(a)[0]:
        return b + 1
    return b


# the last unit of an address written before a company's name (某省某县某镇|某某社区|某某有限公司)
_ADDRESS_UNIT = ("社区", "村", "镇", "乡", "街道")


def _cut_before_place(a: Analysis, b: int, s: int) -> int:
    """Start the name at a place written inside it when a common word or a verb precedes the place
    (影响|广西玉林玉柴集团, 营业执照交到|杭州丽旭信息科技有限公司), or an address that ends in a
    township, community or village unit (某省某县某镇某某社区|贵州某某米业有限公司)."""
    text = a.doc.text
    verb_ends = _token_bounds(a)[2]
    if _known_brand_first(a, b, s):
        return b                  # 某某(brand)控股|长沙|某某食品有限公司: the parent's name begins the name
    if is_place_name(text[b:b + 2]):
        cut = max((p for p in range(b + 2, s - 1) if text.endswith(_ADDRESS_UNIT, b, p)
                   and any(is_place_name(text[p:q]) for q in range(p + 2, min(s, p + 6)))), default=None)
        if cut is not None:
            return cut            # (the last unit: 某镇|长沙村|江西某某公司, not 某镇|长沙村…)
    for p in range(b + 2, s - 1):
        if is_place_name(text[b:p]):
            continue              # 杭州|东方雨虹: a place before is part of the name, not a word to cut off
        if is_common_word(text[b:p], 100) or text[b:p] in read_words("company_left_stops.txt") or p in verb_ends:
            for q in range(min(s, p + 6), p + 1, -1):
                if is_place_name(text[p:q]):
                    return p
    return b


@functools.lru_cache(maxsize=1)
def _generic_endings() -> tuple[str, ...]:
    return tuple(r[0] for r in read_rows("company_generic_words.txt") if len(r) > 1 and r[1] == "end")


def _bad_short_name(a: Analysis, pre: str, b: int, s: int, e: int) -> bool:
    """A class noun's name part that is no proper name: 跨国公司, 犯罪集团, 第71集团(军), 2018年集团."""
    single = [t for t in a.tokens if t.start == b and t.end == s]
    if a.doc.text[s:e] == "银行" and re.search(r"[^城村农]商业$", pre) and _own_name(a, b, s - 2):
        return False            # 浙江泰隆|商业银行: a commercial bank with a name of its own (not 城市商业银行)
    if pre.endswith(_generic_endings()) or re.search(r"\d", pre) is not None or a.doc.text[e:e + 1] == "军":
        return True
    if a.doc.text[s:e] == "银行":
        return False            # bank names are often ordinary words: 民生银行, 交通银行, 招商银行
    if single and single[0].pos == "n" and is_common_word(pre, 100):
        return True             # 饲料公司, 油田公司, 家政公司: a kind of business named by its trade, no brand
    return is_common_word(pre, 1000) if single else _all_common_words(a, b, s)


def _own_name(a: Analysis, b: int, s: int) -> bool:
    """Whether [b, s) holds a name of its own: a word tagged as a name (浙江|泰隆), or after a place
    word two or more characters that jieba leaves as single characters, no word it knows (浙江|稠|州)."""
    inside = [t for t in a.tokens if b <= t.start and t.end <= s]
    if any(t.pos in ("nr", "nz") for t in inside):
        return True
    rest = inside[1:]
    return bool(inside) and inside[0].pos == "ns" and len(rest) >= 2 and all(len(t.text) == 1 and t.pos not in _FUNCTION_POS
                                                                           for t in rest)


def _is_generic(name: str, threshold: int = 300) -> bool:
    generic = read_words("company_generic_words.txt")
    if name in generic or any(name.endswith(g) and len(g) >= 1 and name[: -len(g)] in ("", *generic)
                              for g in generic):
        return True
    return is_common_word(name, threshold)


_NAME_TAGS = ("nr", "nrt", "nz", "ns")


def _item_shape_ok(item: str) -> bool:
    """Length, characters and endings of a possible company name (not yet whether it is a name)."""
    if not 2 <= len(item) <= 16 or not re.fullmatch(f"[{_NAME_CHARS}]+", item):
        return False
    if re.fullmatch(r"[0-9A-Za-z]+", item) or re.search(r"\d{2,}", item) or item[0].isdigit():
        return False
    for row in read_rows("company_item_endings.txt"):
        where = row[1] if len(row) > 1 else "end"
        if (where == "inside" and row[0] in item) or item.endswith(row[0]):
            return False
    if any(e in item for e, _ in _org_endings() if len(e) >= 2) or any(w in item for w in ("高校", "校区")):
        return False
    return not any(ch in item for ch in "和及与的") and item[0] not in "几数某这那该各每"


def _name_like(item: str) -> bool:
    """A dictionary word tagged as a name (华为), or a word that is neither in the dictionary with
    another tag (饮用水, 交通运输) nor an ordinary word (阳光, 化工)."""
    tag = word_tag(item)
    if tag:
        return tag in _NAME_TAGS
    return not _is_generic(item)


def _valid_item(item: str) -> bool:
    return _item_shape_ok(item) and _name_like(item)


def _accepted_items(a: Analysis, spans: list[tuple[int, str]]) -> list[bool]:
    """Items of one list: names, plus ordinary words when most of the list are names (华为、浪潮),
    never industry or class words (煤炭、化工、建材 stay out)."""
    items = [it for _, it in spans]
    shaped = [_item_shape_ok(i) for i in items]
    named = [ok and (word_tag(i) in _NAME_TAGS or (_name_like(i) and not _all_common_words(a, b, b + len(i))))
             for ok, (b, i) in zip(shaped, spans)]
    n_shaped = sum(shaped)
    mostly_names = len(items) > 1 and n_shaped and 2 * sum(named) >= n_shaped
    blocked = read_words("company_industry_words.txt") | read_words("company_generic_words.txt")
    return [nm or (ok and mostly_names and i not in blocked) for ok, nm, i in zip(shaped, named, items)]


def _known_brand_first(a: Analysis, start: int, end: int) -> bool:
    """Whether the span begins with a whole word that is a lexicon company's name, followed by
    more of the name (东风|资产管理有限公司: the brand is an ordinary word, the rest a trade)."""
    ends = _token_bounds(a)[1]
    return any(k in ends for k in lexicon_prefixes(a.doc.text, start, min(end - 2, start + 7) - start))


def _industry_words_only(pre: str) -> bool:
    """Whether ``pre`` is written with trade words of ``data/company_industry_words.txt`` alone (种业,
    新能源科技): the kind of a company, not its name."""
    words = read_words("company_industry_words.txt")
    reach = {0}
    for i in range(len(pre)):
        if i in reach:
            reach |= {i + len(w) for w in words if pre.startswith(w, i)}
    return len(pre) in reach


def _all_common_words(a: Analysis, start: int, end: int) -> bool:
    """True when the span is made of ordinary words only (改革创新 = 改革 + 创新), not a name."""
    if not a.tokens:
        return False
    inside = [t for t in a.tokens if t.end > start and t.start < end]
    if any(t.pos in _NAME_TAGS or (t.start == start and len(t.text) >= 2 and is_place_name(t.text)
                                   and not is_common_word(t.text, 1000)) for t in inside):
        return False            # 北京市地铁运营, 大理|n 旅游: a place or a name makes it specific
    pieces = [a.doc.text[max(t.start, start):min(t.end, end)] for t in inside]
    return bool(pieces) and all(len(w) >= 2 and is_common_word(w, 200) for w in pieces)


def _strip_left(a: Analysis, begin: int, item: str) -> str:
    """The enumeration's first item without the verb or preposition before it
    (引进比亚迪 → 比亚迪, 涌现出中国信科 → 中国信科)."""
    best = 0
    starts, ends, _, _ = _token_bounds(a)
    for w in _left_stops():
        i = item.rfind(w)
        aligned = not starts or (i == 0 and not _starts_function_word(a, begin, len(w))) \
            or (begin + i in starts and begin + i + len(w) in ends)
        if i >= 0 and aligned and i + len(w) > best and len(item) - (i + len(w)) >= 2:
            best = i + len(w)
    inside = [t for t in a.tokens if t.end <= begin + len(item) - 2 and len(t.text) >= 2 and (
        (t.pos == "v" and begin <= t.start and t.end > begin + best)          # 对接|服务…, 涌现出|…
        or (t.pos in _FUNCTION_POS and begin + best <= t.start))]
    if inside:
        best = inside[-1].end - begin
    if item[best:best + 1] in ("了", "过", "着") and len(item) - best >= 3:
        best += 1                 # 引进|了立|讯: jieba glued the aspect particle to the name
    return item[best:]


def _starts_function_word(a: Analysis, pos: int, n: int) -> bool:
    """True when the ``n`` characters at ``pos`` begin a longer function word or verb
    in the dictionary (同 of 同时|甲乙智能 is no stop word of its own; 以 of 以甲|乙, a name cut badly, is)."""
    return any(t.start == pos and t.end > pos + n and word_tag(t.text) in (*_FUNCTION_POS, "v")
               for t in a.tokens)


def _mention(a: Analysis, kind: str, start: int, end: int, how: str) -> Mention:
    name = a.doc.text[start:end]
    prefix = "company" if kind == "company" else "org"
    return Mention(kind, name, start, end, f"{prefix}:{name}", name, a.doc.id, "organizations", (("cue", how),))


# -- cue 1: endings ----------------------------------------------------------------------------
def _by_endings(a: Analysis, sent: Sentence, places: list[Mention]) -> Iterator[Mention]:
    text = a.doc.text
    company_kind = dict(_company_endings())
    org_kind = dict(_org_endings())
    for m in _ending_re().finditer(text, sent.start, sent.end):
        s, e = m.span()
        ending = m.group()
        if ending in company_kind:
            word = _tokens_by_start(a).get(s)
            if (word is not None and word.end > e and is_common_word(word.text, 100)) or text[e:e + 1] == "化":
                continue        # 某某公司|银行卡, 垦区集团化: the ending begins a longer ordinary word
            if ending == "股份" and (text[e:e + 1] in _SHARE_AFTER
                                   or re.search(r"(?:持有|持股|购买|转让|出售)[^，。；]{0,6}$", text[max(0, s - 12):s])):
                continue        # 股份制企业, 持有某某股份: shares, not a company's short name
            if ending == "厂" and (text[s - 1:s] in _NOT_A_FACTORY or text[e:e + 1] in "商房区长家"
                                  or _STREET_AFTER.match(text, e)):
                continue        # 工厂, 进厂, 水厂, 该厂; 厂商, 厂房, 厂区, 厂长; 草厂四条胡同: no factory's name
            # 集团公司 / 公司 after 分 子 母 (分公司) are parts, not names
            legal = company_kind[ending] == "legal"
            if text.count("（", sent.start, s) > text.count("）", sent.start, s) and text[e:e + 1] in "）)":
                continue        # 中国对外贸易运输（集团）总公司: the ending is inside brackets
            b = _name_start(a, sent.start, s, _MAX_LEGAL if legal else _MAX_HEAD, stop_verbs=not legal, whole_words=True)
            if legal:
                b = _through_stop(a, sent.start, b, s)
            b = _cut_before_place(a, b, s)
            b = _snap_to_mention(a, b, s)
            b = _after_former(a, b, s)
            if not legal:       # 某经开区|甲乙公司: a short name starts after a park, never takes it in
                b = max([b] + [m.end for m in a.mentions if m.kind == "park" and b <= m.start and m.end < s])
            pre = text[b:s]
            if ending in _VENUE_HEADS and (not _named_site(a, b, s) or re.search("[某家开搞被困]", pre)):
                continue            # 武汉某酒店, 上百家商场, 山里开民宿: no venue's name
            if ending == "厂" and (pre[-1:] in "分车" or not _named_site(a, b, s)
                                  or re.search("[她他我你]|污水|垃圾", pre) or pre.count("（") != pre.count("）")):
                continue            # 制鞋厂, 焦化厂: a kind of factory; 下料分厂: a part of one; 污水处理厂
            if not legal and _starts_with_function_word(a, b, s):
                continue            # 调动全集团, 好几家公司, 但会通过公司
            if b > sent.start and text[b - 1] in _DISTRIBUTIVE:
                continue            # 各保险公司, 每家航空公司: a class of companies, not a name
            if len(pre) < 2 or (not legal and (_is_generic(pre, 10 ** 6 if ending == "银行" else 1000)
                                                or (_only_place(pre, b, s, places) and ending != "银行")
                                                or (_country_name(pre) and ending != "银行")
                                                or _bad_short_name(a, pre, b, s, e))):
                continue
            if (legal or len(pre) >= 4) and _all_common_words(a, b, s) and not _known_brand_first(a, b, s):
                continue            # 房地产开发有限公司, 信托投资公司, 跨境物流公司: a kind of company
            if not legal and _industry_words_only(pre):
                continue            # 种业公司, 新能源科技公司: trades only, no name
            if pre.count("（") != pre.count("）") or pre.count("(") != pre.count(")"):
                # a bracket opened before the name: the name starts inside it (（中国移动通信集团湖北有限公司）),
                # unless a clause came first (外商直接投资（不含银行、…）)
                opened = max(pre.rfind("（"), pre.rfind("(")) + 1
                if re.search("[）)]", text[b + opened:e]) or re.match(r"不含|包括|含|除", pre[opened:]) \
                        or len(pre) - opened < 2:
                    continue
                b, pre = b + opened, pre[opened:]
            if _DESCRIBED.search(pre):
                continue            # an anonymous or generic company (某镇|一个乐器厂, 国内首家…保险公司, 四大…集团)
            if re.search(r"[0-9一二三四五六七八九十两几数多]家$", pre):
                continue            # 保利商业三家|公司: a count of companies, not a name
            if text[max(sent.start, b - 2):b] in ("一家", "这家", "那家") and not any(
                    t.pos in _NAME_TAGS or not word_tag(t.text) for t in a.tokens if b <= t.start and t.end <= s):
                continue            # 新开一家|机械制造有限公司: a kind of company described, no name
            if not legal and pre[-1] in "分子母总" and ending == "公司" and not _inside_word(a, s - 1, s):
                continue            # 分公司, 子公司 (but 微电子|公司: 子 ends a word of the name)
            yield _mention(a, "company", b, e, "ending")
        else:
            if (nxt := _ending_re().match(text, e)) is not None and company_kind.get(nxt.group()) == "legal":
                continue            # 某某铁路某局|集团有限公司: the bureau is part of the company's name
            word = _tokens_by_start(a).get(s)
            if word is not None and word.end > e and is_common_word(word.text, 100):
                continue            # 开发区|党组织, 大学生: the ending begins a longer ordinary word
            b = _name_start(a, sent.start, s, 16, stop_verbs=True)
            pre = text[b:s]
            if pre.count("（") > pre.count("）") or pre.count("(") > pre.count(")"):
                opened = max(pre.rfind("（"), pre.rfind("(")) + 1
                b, pre = b + opened, pre[opened:]   # 「某某（中国某协会主席）」: the name starts inside the bracket
            if len(pre) < 2 or (org_kind[ending] == "place" and not _starts_with_place(b, s, places)):
                continue
            if org_kind[ending] == "place" and not any(p.start == b and 2 <= s - p.end <= 4 for p in places):
                continue
            if pre in read_words("company_generic_words.txt"):
                continue
            if _COUNTED.search(pre):
                continue            # 「东乡族自治县一所小学」: a counted noun is not a name
            yield _mention(a, "organization", b, e, "ending")


# words that end the text before a name but may stand inside a legal name, when what follows them
# is no name by itself: 某某企业|集团股份有限公司, 天|和|卫生材料有限公司 (jieba's conjunction)
_INSIDE_LEGAL = ("企业", "和", "与")


def _through_stop(a: Analysis, lo: int, b: int, s: int) -> int:
    """Where a legal name ending at ``s`` begins when the boundary word at ``b`` left no name of its
    own (nothing, or only ordinary words): on past the word, up to the next boundary."""
    text = a.doc.text
    if s - b >= 2 and not _all_common_words(a, b, s):
        return b
    word = next((w for w in _INSIDE_LEGAL if text.endswith(w, lo, b)), None)
    if word is None or b - len(word) - 1 < lo or not re.match(f"[{_NAME_CHARS}]", text[b - len(word) - 1]):
        return b
    end = b - len(word)
    start = _name_start(a, lo, end, _MAX_LEGAL - (s - b) - len(word), stop_verbs=True, whole_words=True)
    words = [t for t in a.tokens if start <= t.start and t.end <= end]
    if start == end or any(t.pos == "r" for t in words) or not any(t.pos in _NAME_TAGS for t in words):
        return b                  # 他和|卫生材料有限公司, 医疗和|卫生材料有限公司: no name before the word
    return start


# a company described, not named: 某…, 国内首家专业科技保险公司, 中国四大国有金融保险集团, 某镇一个乐器厂,
# 外国银行, 外商独资银行, 著名大公司, 合作五星级酒店, 某省内银行 (the banks within a province), 全线首个梁厂,
# 最大梁厂, and gangs (某某反革命集团, 犯罪集团)
_DESCRIBED = re.compile(r"^(?:这个|那个|著名|知名|大型|中小型|中型|小型)|某|首家|第[一二三四五六七八九十0-9]+家|[二三四五六七八九十两几]大|一个|一家|"
                        r"[这那]家|外国|外资|外商|中外合资|[一二三四五]星级|(?:省|市|县|区|境|国)内$|首个|^最大|"
                        r"(?:反革命|犯罪|贩毒|诈骗|走私|恐怖|传销|利益)$")


# what stands before 厂 when it names no factory: 工厂 (any plant), verbs (进厂, 出厂, 设厂, 返厂),
# utilities (水厂, 电厂) and words for size, age or reference (小厂, 新厂, 该厂, 全厂)
_NOT_A_FACTORY = frozenset("工进出返设驻找回入到办建开小新老旧全该本每各个家水电")
# a street named after an old factory (草厂四条胡同)
_STREET_AFTER = re.compile(r"[一二三四五六七八九十0-9]*(?:条|胡同|路|街|巷|村|桥|社区|小区)")

# businesses named by their venue (某某大酒店, 某某商场, 某某民宿): a name needed as for factories
_VENUE_HEADS = ("大酒店", "酒店", "宾馆", "商场", "民宿")


def _named_site(a: Analysis, b: int, s: int) -> bool:
    """A factory's or a venue's name holds a proper name (a place, a word tagged as a name, a numeral as
    in 第一机床厂, 一厂), not only words for what it makes or is (制鞋, 焦化, 污水处理)."""
    text = a.doc.text
    if any(m.kind == "place" and b <= m.start < s for m in a.mentions) or re.search("[一二三四五六七八九第]", text[b:s]):
        return True
    return any(t.pos in _NAME_TAGS for t in a.tokens if t.end > b and t.start < s and len(t.text) >= 2)


# what follows 股份 when it means shares (股份制, 股份比例), not a company's short name (某某股份)
_SHARE_AFTER = set("制权比额数")

# a numeral or demonstrative and a classifier right before the ending: 一所(小学), 这家(医院)
_COUNTED = re.compile(r"[一二两三四五几某这那每各该此][所家个座间处名位]$")

# characters before a class noun that make it a class of companies (各保险公司, 每家公司)
_DISTRIBUTIVE = "各每诸"


def _inside_word(a: Analysis, start: int, end: int) -> bool:
    """True when [start, end) ends a token of two or more characters that begins before ``start``."""
    return any(t.end == end and t.start < start for t in a.tokens)


def _snap_to_mention(a: Analysis, b: int, s: int) -> int:
    """A name never starts inside a place or park: take the whole of it (徽省… → 安徽省…, 开区… → 长沙经开区…)."""
    for m in a.mentions:
        if m.kind in ("place", "park") and m.start < b < m.end and m.end <= s:
            return m.start
    return b


def _starts_with_function_word(a: Analysis, b: int, s: int) -> bool:
    first = next((t for t in a.tokens if t.start <= b < t.end), None)
    if first is None or first.start != b or first.end > s:
        return False
    if len(first.text) == 1:          # unknown names are cut into characters: 正|花|集团
        return first.pos in _ALWAYS_STOP_POS or first.pos == "v"
    return first.pos in _FUNCTION_POS or first.pos in ("v", "vn", "m", "q")


@functools.lru_cache(maxsize=4096)
def _country_name(name: str) -> bool:
    """A country's name alone (柬埔寨|公司: a company of that country, none named)."""
    gaz = load_or_none()
    return gaz is not None and any(r.level == "country" for r in gaz.lookup(name))


def _only_place(pre: str, b: int, s: int, places: list[Mention]) -> bool:
    return any(p.start == b and p.end == s for p in places)


def _starts_with_place(b: int, s: int, places: list[Mention]) -> bool:
    return any(p.start == b and p.end < s for p in places)


# -- cue 2 and 3: enumerations ---------------------------------------------------------------------
_ITEM = f"(?:(?!等)[{_NAME_CHARS}]){{2,20}}"
_SHORT_ITEM = f"(?:(?!等)[{_NAME_CHARS}]){{2,6}}"


@functools.lru_cache(maxsize=1)
def _heads() -> str:
    return "|".join(re.escape(h) for h in sorted(read_words("company_heads.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _enumeration_res() -> tuple[re.Pattern[str], ...]:
    heads = _heads()
    lst = f"({_ITEM}(?:[、]{_ITEM})+)"
    short_lst = f"({_SHORT_ITEM}(?:[、]{_SHORT_ITEM})+)"
    gap = ("(?:为代表的)?(?:一批|一大批|多家|[0-9一二两三四五六七八九十]+多?家)?"
           "[^，。；：、“”的都是在了需要与和0-9]{0,6}?")
    one_or_more = f"({_ITEM}(?:[、]{_ITEM})*)"
    count = "(?:[0-9一二两三四五六七八九十]+多?(?:家|个))"
    return (
        re.compile(f"{one_or_more}等{gap}(?:{heads})"),                             # A、B等行业龙头企业
        re.compile(f"{lst}{count}(?:[^，。；：、“”]{{0,6}}?)(?:{heads})"),           # A、B 2家企业
        re.compile(f"以{one_or_more}(?:等)?为(?:龙头|代表的[^，。；：]{{0,8}}?(?:{heads}))"),   # 以A、B为龙头
        re.compile(f"包括{one_or_more}(?:等)?在内的{gap}(?<![全本该各我贵])(?:{heads})"),   # 包括A、B在内的多家企业
        re.compile(f"(?<![{_NAME_CHARS}]){short_lst}总部"),                          # A、B、C总部
        re.compile(f"与{lst}(?:等)?(?:企业)?(?:成功)?(?:签订|签约|签署)"),                 # 与A、B签订…
        re.compile(f"{short_lst}等[^，。；：“”]{{0,14}}?项目的?(?:相继|陆续|先后|顺利)?(?:投产|建成|落地)"),  # A、B等…项目的投产
    )


_REGIONAL_HQ = re.compile("(?:华南|华北|华东|华中|华西|西南|西北|东北|中国|亚太|大中华|全球)(?:区)?$")


# 等 and a trade right before the class noun (甲、乙等生产企业): the items are the companies of that trade
_TRADE_KIND = re.compile(r"等(?:生产|制造|加工|供应|销售|经营)(?:企业|厂家|厂商|公司)")


def _brand_like(item: str) -> bool:
    """A short item that is no noun of the dictionary and no frequent word (纳爱斯, not 口罩, 防护服,
    医用隔离面罩): a brand, not a product."""
    return 2 <= len(item) <= 4 and word_tag(item) not in ("n", "vn", "nz") and not is_common_word(item, 10)


def _enumerations(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    text = a.doc.text
    for pattern in _enumeration_res():
        for m in pattern.finditer(text, sent.start, sent.end):
            start = m.start(1)
            tail = text[m.end(1):m.end()]
            if "项目" not in tail and any(w in tail for w in read_words("company_product_cues.txt")) \
                    and not (_TRADE_KIND.fullmatch(tail) and all(_brand_like(i) for i in m.group(1).split("、"))):
                continue        # 口罩、防护服等应急物资生产企业: products, not companies (but 甲、乙等生产企业)
            raw = m.group(1).split("、")
            single = len(raw) == 1
            if single and pattern is _enumeration_res()[0] and re.fullmatch("等(?:" + _heads() + ")", m.group()[len(m.group(1)):]):
                continue        # 在阜阳老家等公司通知: one item and a bare class noun is no list
            offset, spans, dropped = start, [], -1
            for i, item in enumerate(raw):
                begin = offset
                if i == 0:
                    stripped = _strip_left(a, begin, item)
                    begin += len(item) - len(stripped)
                    if stripped != item and is_common_word(stripped, 1000):
                        dropped = begin   # 英诺创新|空间: a verb inside a name, not before it; no name left
                    item = stripped
                spans.append((begin, item))
                offset = begin + len(item) + 1
            if text.startswith("总部", m.end(1)):   # 某某华南|总部: the region of a headquarters is no name
                spans = [(b, _REGIONAL_HQ.sub("", i) if len(_REGIONAL_HQ.sub("", i)) >= 2 else i) for b, i in spans]
            for (begin, item), ok in zip(spans, _accepted_items(a, spans)):
                if ok and begin != dropped and not (single and _all_common_words(a, begin, begin + len(item))):
                    yield _mention(a, "company", begin, begin + len(item), "enumeration")


# kinds of company written right before a list of their names (医药企业甲、乙、丙; 三大连锁超市甲、乙)
_LIST_HEADS = ("企业", "药企", "车企", "房企", "超市", "商超", "电商", "巨头", "厂商", "运营商")
_HEADED_LIST = re.compile(f"(?:{'|'.join(_LIST_HEADS)})((?:[{_NAME_CHARS}]{{2,8}}、)+[{_NAME_CHARS}]{{2,10}})")
_NOT_IN_NAMES_POS = ("v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "y", "e", "r", "f", "m", "q",
                     "ad", "a", "l", "i")


def _named_item(a: Analysis, b: int, item: str) -> bool:
    """Clear signs of a company name: a whole word or first word tagged as a brand, an abbreviation or a
    transliteration (中百, 四药, 雅士利国际), or an industry word ending it (以岭药业)."""
    first = next((t for t in a.tokens if t.start == b), None)
    tags = {word_tag(item), first.pos if first is not None else ""}
    return bool(tags & {"nz", "nt", "j", "nr", "nrt"}) or _industry_word(item) is not None


def _industry_word(name: str) -> str | None:
    """The longest industry word that ends ``name`` after something else (甲乙|新能源), if any."""
    words = [w for w in read_words("company_industry_words.txt") if name.endswith(w) and len(name) > len(w)]
    return max(words, key=lambda w: (len(w), w)) if words else None


def _headed_lists(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    """Names listed right after the kind of company they are (抗病毒药品生产企业甲、乙、丙已满负荷生产):
    every item whole words with no verb, particle or number among them (the last cut before the word
    it runs into), at least two of them names rather than ordinary words or places."""
    text = a.doc.text
    starts, ends, _, _ = _token_bounds(a)
    places = [(m.start, m.end) for m in a.mentions if m.kind == "place"]
    for m in _HEADED_LIST.finditer(text, sent.start, sent.end):
        spans, offset = [], m.start(1)
        for item in m.group(1).split("、"):
            spans.append((offset, item))
            offset += len(item) + 1
        b, last = spans[-1]
        cut = next((t.start for t in a.tokens if b < t.start < b + len(last) and t.pos in _NOT_IN_NAMES_POS), None)
        if cut is not None:
            spans[-1] = (b, text[b:cut])
        if any(b not in starts or b + len(i) not in ends or word_tag(i).startswith("nr") for b, i in spans):
            continue        # a list cut inside words, or of persons (企业家甲、乙), is no list of companies
        if any(t.pos in _NOT_IN_NAMES_POS for b, i in spans for t in a.tokens if b <= t.start and t.end <= b + len(i)):
            continue        # 企业|提供规划设计、土地整理: deeds, not names
        ok = [good and not _all_common_words(a, b, b + len(i)) and not any(ps <= b and b + len(i) <= pe for ps, pe in places)
              for (b, i), good in zip(spans, _accepted_items(a, spans))]
        if sum(ok) < 2 or sum(good and _named_item(a, b, i) for (b, i), good in zip(spans, ok)) < 2:
            continue
        for (b, item), good in zip(spans, ok):
            if good:
                yield _mention(a, "company", b, b + len(item), "enumeration")


_HQ = re.compile(f"([{_NAME_CHARS}]{{2,8}})总部")


def _headquarters(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    text = a.doc.text
    for m in _HQ.finditer(text, sent.start, sent.end):
        b = _name_start(a, sent.start, m.end(1), 8)
        name = text[b:m.end(1)]
        if len(name) >= 2 and _valid_item(name) and name.startswith("中国"):
            yield _mention(a, "company", b, m.end(1), "headquarters")


# -- cue: a company's plant or offices (甲乙科技的装配车间, 甲乙数控厂区) ------------------------------------
_SITE = re.compile(f"((?:(?!的|装配|生产|加工|制造|总装|包装)[{_NAME_CHARS}]){{2,12}})(?:的)?(?:装配|生产|加工|制造|总装|包装)?"
                   f"(?:车间|厂区|厂房|生产线|办公大楼|总部大楼|生产基地)")


def _industry_name(a: Analysis, b: int, e: int) -> bool:
    """Whether ``text[b:e]`` is a name an industry word ends (甲乙|数控), whole words, not generic
    and not opening with a function word, a number or an adjective."""
    starts, ends, _, _ = _token_bounds(a)
    name = a.doc.text[b:e]
    industry = _industry_word(name)
    first = next((t for t in a.tokens if t.start == b), None)
    return not (industry is None or len(name) - len(industry) < 2 or b not in starts or e not in ends
                or not _valid_item(name) or _is_generic(name, 300) or _all_common_words(a, b, e)
                or (first is not None and first.pos in _FUNCTION_POS + ("m", "a", "d")))


def _plants(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    """A name written right before a company's plant or offices (走进甲乙科技的办公大楼, 甲乙数控的装配车间)
    when an industry word ends it; not a place or park alone."""
    text = a.doc.text
    for m in _SITE.finditer(text, sent.start, sent.end):
        b = _name_start(a, sent.start, m.end(1), 12, stop_verbs=True)
        b = _snap_to_mention(a, b, m.end(1))
        name = text[b:m.end(1)]
        if not _industry_name(a, b, m.end(1)):
            continue            # 一排排自动化, 宝马集团海外最大: no name an industry word ends
        if any(x.surface in name for x in park_suffixes()) or any((p.kind == "place" and p.start <= b and m.end(1) <= p.end)
               or (p.kind == "park" and p.start < m.end(1) and b < p.end) for p in a.mentions):
            continue            # 某市的厂区, 甲乙工业园|智能车间: a place's or a park's plants, no company
        yield _mention(a, "company", b, m.end(1), "plant")


# -- cue: a name said to be a company (甲乙石化是福建省最大的聚丙烯生产企业) ---------------------------------
_SAID_TO_BE = re.compile(f"([{_NAME_CHARS}]{{2,12}}?)(?:也|则|就)?是[^，。；：“”是]{{0,24}}?(?:企业|公司|车企|药企|厂家|厂商)(?=[，。；])")


def _said_to_be(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    """A name opening its clause that the clause calls a company (甲乙石化是…最大的…生产企业), when an
    industry word ends it, like a plant's owner."""
    text = a.doc.text
    for m in _SAID_TO_BE.finditer(text, sent.start, sent.end):
        b = _name_start(a, sent.start, m.end(1), 12, stop_verbs=True)
        if b > sent.start and text[b - 1] not in "，；：）)　 \n":
            continue            # not at the start of its clause
        if not _industry_name(a, b, m.end(1)):
            continue
        if any(p.kind in ("place", "park", "organization") and p.start < m.end(1) and b < p.end for p in a.mentions):
            continue            # 某市化工|是…, 某园区|是…: a place, a park or a body, not a company
        yield _mention(a, "company", b, m.end(1), "said-to-be")


# -- cue: a company's executive (甲乙科技|总经理|王某) --------------------------------------------------
# posts held only in a business (a 主任, 书记 or 院长 heads any body; a 董事长 heads a company)
_EXECUTIVE = re.compile("(?:副|高级副|常务副|执行副|执行|联席|荣誉|名誉|首席)?(?:董事长|董事局主席|董事会主席|总经理|总裁|首席执行官|"
                        "执行董事|联合创始人|创始人|CEO)(?:兼(?:总裁|总经理|首席执行官|CEO))?")
# a business's region written between its name and the post (某某中国区|总裁): not part of the name
_REGION_TAIL = re.compile("(?:中国区|大中华区|亚太区|全球|中国公司|中国)$")
# what ends a department, a region, a club or a chain of posts rather than a business (事业部, 湘鄂区,
# 乐团, 某网, 兼): a post there belongs to a unit or a body, not to a company named before it
_NOT_BUSINESS_TAIL = ("部", "区", "室", "处", "科", "局", "网", "团", "联", "兼", "论坛", "俱乐部", "业务", "传播",
                      "代理", "专务", "荣誉", "园", "园区", "着", "籍")


def _executives(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    """A name right before a business post that a person's name follows (知存科技总经理王某,
    曙光云计算集团副总裁徐某): a company's name, once the region (中国区, 大中华区) is cut off."""
    text = a.doc.text
    surnames = person_lexicon().surnames
    for m in _EXECUTIVE.finditer(text, sent.start, sent.end):
        s, e = m.span()
        after = text[e:e + 3]
        if not (after[:1] in surnames or after[:2] in surnames) or text[e:e + 1] == "的":
            continue            # the post is not followed by its holder's name
        if not re.fullmatch(f"[{CJK}]{{2,3}}", after) and not re.match(f"[{CJK}]{{2,3}}[^{CJK}]", text[e:e + 4]):
            if not re.match(f"[{CJK}]{{2,3}}(?:说|表示|介绍|告诉|称|认为|坦言|透露)", text[e:e + 6]):
                continue
        b = _name_start(a, sent.start, s, 12)
        named = False           # a brand jieba reads as a verb (知存|科技) stays; a common verb before any
        for t in a.tokens:      # name ends the text before the name (见到|极米科技, but 曙光云|计算|集团)
            if not (b <= t.start and t.end < s):
                continue
            if t.pos.startswith("v") and not named and (
                    is_common_word(t.text, 100) or (len(t.text) == 1 and t.text in "是任为据让请找")):
                b = t.end
            named = named or t.pos in _NAME_TAGS or t.pos == "nt"
        b = _snap_to_mention(a, b, s)
        name = text[b:s]
        cut = _REGION_TAIL.search(name)
        if cut is not None and cut.start() >= 2:
            name = name[:cut.start()]
        end = b + len(name)
        if name.endswith(_NOT_BUSINESS_TAIL) or "公司" in name[:-2] or "兼" in name or name[:1] in ("（", "("):
            continue            # 某集团战略投资部|总经理, 互联网公司某某|创始人
        first = next((t for t in a.tokens if t.start == b), None)
        if len(name) < 2 or not _item_shape_ok(name) or (first is not None and first.pos in _FUNCTION_POS):
            continue
        if _is_generic(name, 1000) or _all_common_words(a, b, end) or (b > 0 and text[b - 1] in _DISTRIBUTIVE):
            continue            # 公司副总裁, 该集团总裁: no name
        if any((p.kind == "place" and p.start == b and p.end == end)
               or (p.kind == "park" and p.start < end and b < p.end) for p in a.mentions):
            continue            # 某市|董事长: a place alone is no company; a park's manager is no company's
        if _is_generic(legal_stripped(name) or name, 1000):
            continue            # 科技股份有限公司|总经理
        yield _mention(a, "company", b, end, "executive")


# -- place + brand + industry word (南通中天科技, 苏州恒立电子) ------------------------------------------
@functools.lru_cache(maxsize=1)
def _brand_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_words("company_industry_words.txt"), key=len, reverse=True))
    return re.compile(f"([{CJK}]{{2,3}}?)({words})")


# industry words too general to make a name after a place on their own
_WEAK_INDUSTRY = frozenset({"发展", "投资", "国际", "技术", "信息", "网络", "智能", "环保", "生物", "传媒", "农业", "食品",
                            "材料"})


# the company's own workshop or staff right after its name (某某数控|检测室, 某某化工|经办人)
_WORKPLACE_AFTER = re.compile(r"(?:车间|检测室|实验室|展厅|生产线|厂区|厂房|老板|员工|工人|经办人|董事长|总经理|负责人|创始人)")


def _brand_at(a: Analysis, sent: Sentence, pos: int) -> re.Match[str] | None:
    """``<brand><industry word>`` starting at ``pos`` (中天科技, 逸动科技) when it ends at a word boundary,
    the brand is no ordinary word, place or clause, and the industry word is specific enough."""
    text = a.doc.text
    m = _brand_re().match(text, pos, sent.end)
    if m is None:
        return None
    after = text[m.end():m.end() + 2]
    following = [t for t in a.tokens if t.start == m.end()]
    if not (not after or not re.match(f"[{CJK}]", after) or after[0] in "的在是将已从也还等"
            or after in ("集团", "公司") or (following and following[0].pos[:1] in ("v", "d", "p", "c", "t"))
            or _WORKPLACE_AFTER.match(text, m.end(), sent.end)):
        return None             # the name would go on: no brand boundary here (but 某某数控|检测室, |经办人)
    brand = m.group(1)
    if is_common_word(brand, 300) or is_place_name(brand) or any(ch in "的和与及在等是了个" for ch in brand):
        return None
    inner = [t for t in a.tokens if t.start < m.end(1) and t.end > pos]
    if inner and (inner[0].start != pos or any(t.pos.startswith(("v", "p", "c", "d", "u", "m", "q")) for t in inner)):
        return None             # 苏州|对接服务生物医药: a clause, not a name
    if m.group(2) in _WEAK_INDUSTRY or is_common_word(brand + m.group(2), 300) \
            or _all_common_words(a, m.start(1), m.end(1)):
        return None             # 株洲|高质量发展 is no company
    return m


def _place_brands(a: Analysis, sent: Sentence, places: list[Mention]) -> Iterator[Mention]:
    """A city or county (or a municipality), a brand and an industry word: 南通|中天科技, 苏州|恒立电子."""
    for p in places:
        if not (sent.start <= p.start and p.end < sent.end) or (
                p.attr("level") not in ("prefecture", "county") and not is_municipality(p.key)):     # (天津|大沽化工)
            continue
        m = _brand_at(a, sent, p.end)
        if m is not None:       # (also called with its place: 大连科德数控)
            yield _mention(a, "company", p.end, m.end(), "place-brand").with_attrs(
                [("alias", a.doc.text[p.start:m.end()])])


# what follows a brand of data/company_local_brands.txt when it is a service, not the unit (移动支付,
# 电信运营商, 电信|物|联网, 邮政|储蓄银行, 电信诈骗)
_NOT_UNIT_AFTER = re.compile(r"支付|运营|物|通信|业务|用户|网络|诈骗|储蓄|编码|快递|终端|互联网")


def _local_units(a: Analysis, places: list[Mention]) -> Iterator[Mention]:
    """A province or city of China right before a brand of ``company_local_brands.txt`` written as a
    word of its own: that company's unit there (湖北|移动, 黑龙江省|邮政)."""
    brands = read_words("company_local_brands.txt")
    ends = {p.end: p for p in places if p.key.startswith("cn:") and p.attr("level") in ("province", "prefecture")}
    for tok in a.tokens:
        p = ends.get(tok.start)
        if p is not None and tok.text in brands and not _NOT_UNIT_AFTER.match(a.doc.text, tok.end):
            yield _mention(a, "company", p.start, tok.end, "local-unit")


# -- short forms and propagation ------------------------------------------------------------------
@functools.lru_cache(maxsize=4096)
def legal_stripped(name: str) -> str:
    """``name`` without its legal-form ending and bracketed place (金葵农业（云南）股份有限公司 → 金葵农业)."""
    name = re.sub(r"[（(][^）)]*[）)]", "", name)
    for ending, _ in _company_endings():
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


def _place_stripped(name: str) -> str:
    """``name`` without a leading 中国/省/市/县 name (株洲中天 → 中天) when the rest is a proper name."""
    changed = True
    while changed:
        changed = False
        for n in range(min(6, len(name) - 2), 1, -1):
            head, rest = name[:n], name[n:]
            if (head in ("中国", "中华") or (is_place_name(head) and not _ordinary_phrase(rest))) \
                    and not is_common_word(rest, 100) and rest not in read_words("company_industry_words.txt") \
                    and not (rest[:1] in "省市" and is_place_name(head + rest[0])):   # (贵州|省蔬菜: no cut in a place)
                name, changed = rest, True
                break
    return name


def _ordinary_phrase(text: str) -> bool:
    """Whether ``text`` reads as two-character ordinary words only (重型|机械, 资产|管理): a trade, not a
    brand, so the place before it is what tells one such company from another (徐州|重型机械, 太原|重型机械)."""
    return len(text) >= 4 and len(text) % 2 == 0 and word_tag(text[:2]) not in _NAME_TAGS + ("nt",) and all(
        is_common_word(text[i:i + 2], 100) for i in range(0, len(text), 2))


def _industry_stripped(name: str) -> str:
    words = sorted(read_words("company_industry_words.txt"), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for w in words:
            rest = name[: -len(w)]
            if name.endswith(w) and len(rest) >= 2 and not is_common_word(rest, 100):
                name, changed = rest, True
                break
    return name


def company_core(name: str) -> str:
    """The part of a company name that identifies it (中国甲乙集团 → 甲乙, 甲乙股份 → 甲乙)."""
    return _industry_stripped(_place_stripped(legal_stripped(name)))


def short_forms(name: str) -> list[str]:
    """Shorter names of the same company that may be used alone in the text."""
    forms = [legal_stripped(name), _place_stripped(legal_stripped(name)), company_core(name)]
    return [f for f in dict.fromkeys(forms) if f != name and len(f) >= 2 and not is_common_word(f, 100)]


_BUILDING = re.compile(r"[^，。；：！？、“”的\s]{0,4}?(?:" + BUILDINGS + ")")


def _propagate(a: Analysis, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    text = a.doc.text
    names: dict[str, None] = {}
    for m in found:
        if m.kind == "company":
            names[m.text] = None
            for f in short_forms(m.text):
                names[f] = None
    out: list[Mention] = []
    spans = list(taken) + [(m.start, m.end) for m in found]
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for occ in re.finditer(re.escape(name), text):
            s, e = occ.span()
            if any(not (e <= x or s >= y) for x, y in spans) or _BUILDING.match(text, e):
                continue          # (某某大厦, 某某科技馆: a building named after the company)
            out.append(_mention(a, "company", s, e, "repeat"))
            spans.append((s, e))
    return out


# -- cue: a name in quotation marks right before the class noun (位于某地的“甲乙”公司) -----------------------
_QUOTED_NAME = re.compile(f"“([{_NAME_CHARS}]{{2,10}})”(?:公司|集团)")
# what may stand right before a quoted company name: 的“甲乙”公司, 在“甲乙”公司, 与“甲乙”公司
_QUOTE_OPENERS = "的在了与和到是由向"


def _quoted_names(a: Analysis, sent: Sentence) -> Iterator[Mention]:
    """「走进位于合肥市高新区的“甲乙互联”公司」: the quoted words are the company's name, unless they are
    ordinary words only or modify a kind of company (科技“独角兽”公司)."""
    text = a.doc.text
    for m in _QUOTED_NAME.finditer(text, sent.start, sent.end):
        b, e = m.span(1)
        before = text[m.start() - 1:m.start()]
        if re.match(f"[{CJK}]", before) and before not in _QUOTE_OPENERS:
            continue            # 科技“独角兽”公司: a word in quotes that modifies a kind of company
        if not _all_common_words(a, b, e) and not is_common_word(m.group(1), 1000):
            yield _mention(a, "company", b, e, "quoted")


def find_organizations(a: Analysis) -> list[Mention]:
    places = [m for m in a.mentions if m.kind == "place"]
    found: list[Mention] = []
    for sent in a.sentences:
        found.extend(_by_endings(a, sent, places))
        found.extend(_enumerations(a, sent))
        found.extend(_headed_lists(a, sent))
        found.extend(_headquarters(a, sent))
        found.extend(_executives(a, sent))
        found.extend(_plants(a, sent))
        found.extend(_said_to_be(a, sent))
        found.extend(_place_brands(a, sent, places))
        found.extend(_quoted_names(a, sent))
    found.extend(_local_units(a, places))
    found = _with_lexicon(a, found)
    found = _without_party_bodies(found)
    chosen = _non_overlapping(found)
    parks = [(m.start, m.end) for m in a.mentions if m.kind == "park"]
    chosen = [m for m in chosen if not any(s <= m.start and m.end <= e for s, e in parks)]
    at: dict[int, list[Mention]] = {}       # places and parks by their start, longest first
    for m in sorted((m for m in a.mentions if m.kind in ("place", "park")), key=lambda m: m.start - m.end):
        at.setdefault(m.start, []).append(m)
    chosen = _subsidiaries(a, chosen, at)
    chosen = [_with_park(_with_prefix_alias(a, _with_branch(a, m, at), at), at) for m in chosen]
    chosen = sorted(chosen + _abbreviations(a, chosen, parks), key=lambda m: (m.start, m.end))
    return _short_references(sorted(chosen + _propagate(a, chosen, parks), key=lambda m: (m.start, m.end)))


def _short_references(found: list[Mention]) -> list[Mention]:
    """「杭州豪悦护理公司…豪悦公司会上反映」: a company named in the article by the start of the core
    of exactly one longer company name of the article (豪悦 of 豪悦护理) is that company."""
    cores: dict[str, str] = {}
    for m in found:
        if m.kind == "company" and m.attr("cue") != "abbreviation":
            cores.setdefault(m.key, company_core(m.key.split(":", 1)[1]))
    out = []
    for m in found:
        core = cores.get(m.key)
        if core is not None and len(core) >= 2 and legal_stripped(m.text) == core and not is_common_word(core, 100):
            longer = {k for k, c in cores.items() if k != m.key and c != core and c.startswith(core)}
            same = {k for k, c in cores.items() if k != m.key and c == core}
            if len(longer) == 1 and not same:   # (a name of the same core is the resolver's to join)
                key = longer.pop()
                m = Mention(m.kind, m.text, m.start, m.end, key, key.split(":", 1)[1], m.doc_id, m.source, m.attrs)
        out.append(m)
    return out


# bodies of a company's staff written after its name (某某集团|党委): the company is the entity meant
_PARTY_BODIES = ("党委", "党组", "纪委", "工会", "团委", "党支部", "党总支")


def _without_party_bodies(found: list[Mention]) -> list[Mention]:
    """An organisation that is a company's party committee or union gives way to the company."""
    companies = {(m.start, m.end) for m in found if m.kind == "company"}
    return [m for m in found if not (m.kind == "organization" and m.text.endswith(_PARTY_BODIES) and any(
        (m.start, m.end - len(b)) in companies for b in _PARTY_BODIES if m.text.endswith(b)))]


_ABBREVIATION = re.compile(r"[（(](?:以下|下文|下)?简称[：:]?[“\"「]?([^”\"」）)，,、。]{2,10}?)[”\"」]?[）)]")


def _abbreviations(a: Analysis, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A short name the text defines (某某供应链管理有限公司（以下简称“某某供应链”）) is the same
    company wherever it is written."""
    text = a.doc.text
    spans = list(taken) + [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for m in found:
        d = _ABBREVIATION.match(text, m.end) if m.kind == "company" else None
        if d is None or is_common_word(d.group(1), 300):
            continue
        for occ in re.finditer(re.escape(d.group(1)), text):
            s, e = occ.span()
            if any(not (e <= x or s >= y) for x, y in spans):
                continue
            out.append(Mention("company", d.group(1), s, e, m.key, m.name, a.doc.id, "organizations",
                               (("cue", "abbreviation"),)))
            spans.append((s, e))
    return out


def _longest_at(at: dict[int, list[Mention]], pos: int, end: int, kinds: tuple[str, ...]) -> Mention | None:
    """The longest place or park (of ``kinds``) starting at ``pos`` and ending before ``end``."""
    return next((p for p in at.get(pos, ()) if p.kind in kinds and p.end < end), None)


def _with_prefix_alias(a: Analysis, m: Mention, at: dict[int, list[Mention]]) -> Mention:
    """A company's name written after its places (某省某市|甲乙医用制品有限公司, 某省某市|甲乙农业公司) is also
    called without them, and from its innermost place on."""
    if m.kind != "company" or m.attr("cue") != "ending":
        return m
    pos, park, prefix = m.start, None, None
    while (nxt := _longest_at(at, pos, m.end, ("place", "park"))) is not None:
        pos, park, prefix = nxt.end, (nxt if nxt.kind == "park" else park), nxt
    rest = a.doc.text[pos:m.end]
    if prefix is None:
        return m
    attrs: list[tuple[str, str]] = []
    if len(rest) >= 4 and not _is_generic(legal_stripped(rest), 1000) \
            and any(rest.endswith(e) for e, _k in _company_endings()):
        attrs.append(("alias", rest))
        last = _innermost_start(a, prefix)      # where the last place before the name is written innermost
        if last > m.start:      # 山东潍坊|寿光旺林农业公司: also from the innermost place on
            attrs.append(("alias", a.doc.text[last:m.end]))
    if park is not None:        # 某市高新区|甲乙制造有限公司, 某经开区|集团公司: the company is in that park
        attrs += park_attrs(park)
    return m.with_attrs(attrs) if attrs else m


def _innermost_start(a: Analysis, place: Mention) -> int:
    """Where the innermost unit of a chain of places is written (山东潍坊|寿光 → the offset of 寿光)."""
    gaz = load_or_none()
    if gaz is None or place.kind != "place":
        return place.start
    return max(place.start, last_written(gaz, place.key, a.doc.text, place.start, place.end))


def park_attrs(park: Mention) -> list[tuple[str, str]]:
    """Attributes that keep a park written at the start of a longer name (某高新区|管委会,
    某市高新区|甲乙制造有限公司), which the longer mention hides; ``located_in`` reads it back."""
    return [("prefix_park", park.key), ("prefix_park_end", str(park.end)), ("prefix_park_name", park.name),
            ("prefix_park_start", str(park.start))] + [("prefix_park." + k, v) for k, v in park.attrs]


def _with_park(m: Mention, at: dict[int, list[Mention]]) -> Mention:
    """An organisation named after its park (某经开区|管委会) keeps the park; one named after a
    country (法国|宪法委员会) keeps the country's key as ``lead_place`` (the nationality of its officers)."""
    if m.kind != "organization":
        return m
    park = _longest_at(at, m.start, m.end, ("park",))
    lead = _longest_at(at, m.start, m.end, ("place",))
    attrs = (park_attrs(park) if park is not None else []) + ([("lead_place", lead.key)] if lead is not None else [])
    return m.with_attrs(attrs) if attrs else m


_BRANCH = re.compile(f"[{CJK}]{{0,3}}?(?:分行|支行|分公司|营业部)")
# a bank's branch named without a place: two to six characters of a name, then 支行 (not 各支行, 下属支行)
_BANK = re.compile(r"(?:银行|[工农中建交招]行)$")
# a legal company's unit in a country abroad: 某某股份有限公司|柬埔寨|公司 (or 分公司)
_LEGAL_UNIT_PARENT = ("有限公司", "集团公司", "总公司")
_UNIT_ABROAD = re.compile(r"(?:分公司|公司)(?![一-鿿]{0,2}(?:市场|客户|业务|合作))")
_NAMED_BRANCH = re.compile(f"(?![下所该某多])(?:(?!分行|各)[{CJK}]){{2,6}}?支行")


def _with_branch(a: Analysis, m: Mention, at: dict[int, list[Mention]]) -> Mention:
    """A company followed by a place and 分行/支行/分公司 is that branch (某银行|无锡|分行, 某银行|深圳前海|分行):
    one company of its own, with the place it is in."""
    if m.kind != "company":
        return m
    place = next(iter(at.get(m.end, ())), None)
    if place is None and _BANK.search(m.text) and (named := _NAMED_BRANCH.match(a.doc.text, m.end)) is not None:
        name = a.doc.text[m.start:named.end()]   # 某银行|万达|支行: a branch named after a street or a plaza
        return Mention("company", name, m.start, named.end(), f"company:{name}", name, a.doc.id, "organizations",
                       (("branch_of", m.text), ("cue", "branch")))
    if place is None:
        place = _place_in_branch_word(a, m.end)
    if place is None:
        return m
    tail = _BRANCH.match(a.doc.text, place.end)
    if place.kind == "place" and place.attr("level") == "country":
        # 某某集团股份有限公司|柬埔寨|公司: a legal name's unit in a country abroad (not 某公司|美国|市场)
        tail = _UNIT_ABROAD.match(a.doc.text, place.end) if m.text.endswith(_LEGAL_UNIT_PARENT) else None
    if tail is None or tail.end() - m.start > _MAX_LEGAL + 8:
        return m
    end = tail.end()
    name = a.doc.text[m.start:end]
    attrs = (("branch_of", m.text), ("branch_place", place.key), ("branch_place_end", str(place.end)),
             ("branch_place_start", str(place.start)), ("cue", "branch"))
    return Mention("company", name, m.start, end, f"company:{name}", name, a.doc.id, "organizations", attrs)


_BRANCH_WORD = re.compile(r"(?:分行|支行|分公司)$")
_BRANCH_PLACE_LEVELS = ("province", "prefecture", "county")


def _place_in_branch_word(a: Analysis, pos: int) -> Mention | None:
    """The place that begins a word jieba reads whole at ``pos`` (某银行|北京分行): a city, county or
    province of the gazetteer right before 分行, 支行 or 分公司, as a place mention."""
    i = bisect.bisect_left(a.tokens, pos, key=lambda t: t.start)
    word = a.tokens[i] if i < len(a.tokens) and a.tokens[i].start == pos else None
    tail = _BRANCH_WORD.search(word.text) if word is not None else None
    gaz = load_or_none()
    if tail is None or gaz is None or not 2 <= tail.start() <= 4:
        return None
    name = word.text[:tail.start()]
    year = a.doc.date.year if a.doc.date else None
    rec = chinese_unit(gaz, name, _BRANCH_PLACE_LEVELS, year)
    if rec is None:
        return None
    return Mention("place", name, pos, pos + len(name), rec.key, rec.name, a.doc.id, "organizations",
                   (("level", rec.level),))


def _subsidiaries(a: Analysis, chosen: list[Mention], at: dict[int, list[Mention]]) -> list[Mention]:
    """A well-known company's name right before a legal name that begins with a place is one
    company, that company's subsidiary there (中国某化|洛阳工程有限公司, 某某集团|湖北有限公司)."""
    out: list[Mention] = []
    for m in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.kind == m.kind == "company" \
                and prev.attr("cue") == "lexicon" and m.attr("cue") == "ending" \
                and any(p.kind == "place" and p.attr("level") != "country" for p in at.get(m.start, ())) \
                and m.end - prev.start <= _MAX_LEGAL + 8:
            name = a.doc.text[prev.start:m.end]
            out[-1] = Mention("company", name, prev.start, m.end, f"company:{name}", name, a.doc.id,
                              "organizations", (("cue", "ending"), ("parent", prev.text)))
            continue
        out.append(m)
    return out


def _with_lexicon(a: Analysis, found: list[Mention]) -> list[Mention]:
    """``found`` and the lexicon's company names; an organisation with the very span of a lexicon
    name (中铁十一局 read as a 局) gives way to the company."""
    lexical = lexicon_mentions(a, [(m.start, m.end) for m in found if m.kind == "company"])
    spans = {(m.start, m.end) for m in lexical}
    return [m for m in found if m.kind != "organization" or (m.start, m.end) not in spans] + lexical


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    # organisations first (a 管委会 is never a company), then longer spans
    order = sorted(mentions, key=lambda m: (m.kind != "organization", m.start - m.end, m.start))
    chosen: list[Mention] = []
    for m in order:
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end))


@recogniser("organizations", order=40)
def recognise_organizations(analysis: Analysis) -> Iterator[Mention]:
    yield from find_organizations(analysis)


# -- resolution -----------------------------------------------------------------------------------
def _rank(name: str) -> tuple:
    legal = any(name.endswith(e) for e, k in _company_endings())
    return (legal, len(name), name)


@functools.lru_cache(maxsize=1)
def _lexicon_cores() -> dict[str, str]:
    """Core -> full name, for the cores of exactly one lexicon company's names (大唐 → 中国大唐集团有限公司)."""
    owners: dict[str, set[str]] = {}
    for form, full in lexicon().names.items():
        owners.setdefault(company_core(form), set()).add(full)
    return {core: next(iter(fulls)) for core, fulls in owners.items() if len(fulls) == 1}


def _place_prefix(name: str) -> str:
    """The places a company's name begins with, without 中国 and 省/市 (湖南省港务集团 → 湖南)."""
    bare = legal_stripped(name)
    prefix = bare[:len(bare) - len(_place_stripped(bare))]
    return prefix.removeprefix("中国").removeprefix("中华").rstrip("省市")


def _other_places(name: str, core: str, full: str) -> bool:
    """Whether ``name`` begins with another place than every form of the lexicon company ``full`` that
    shares its core (湖南省港务集团 and 上海港务集团; 福州市地铁集团 and 深圳市地铁集团): distinct companies
    of one trade, whatever their cores share."""
    mine = _place_prefix(name)
    if not mine:
        return False
    places = _core_form_places(core, full)
    return bool(places) and all(theirs and not (mine.startswith(theirs) or theirs.startswith(mine)) for theirs in places)


@functools.lru_cache(maxsize=1024)
def _core_form_places(core: str, full: str) -> tuple[str, ...]:
    """The leading places of the lexicon company ``full``'s forms whose core is ``core``."""
    return tuple(_place_prefix(f) for f, owner in lexicon().names.items() if owner == full and company_core(f) == core)


def _unit_free(name: str) -> str:
    """``name`` without the 省 or 市 of the province or city it begins with (贵州省蔬菜 → 贵州蔬菜): the
    article writes the same company both ways."""
    for n in (2, 3, 4):
        head, unit = name[:n], name[n:n + 1]
        if unit in ("省", "市") and len(name) - n - 1 >= 2 and is_place_name(head) and is_place_name(head + unit):
            return head + name[n + 1:]
    return name


@resolver("company")
def resolve_companies(mentions: list[Mention]) -> dict[str, str]:
    """Map each company key to the key of the longest well-formed name with the same core, or to
    the lexicon's full name when the name (or its core) is one of a lexicon company's."""
    groups: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.kind != "company":
            continue
        name = m.key.split(":", 1)[1] if ":" in m.key else m.name
        core = company_core(name)
        if core in read_words("company_industry_words.txt"):
            core = name
        parent = m.attr("branch_of")
        if parent and name.startswith(parent) and (owner := lexicon_name(parent)) is not None:
            # 邮储银行|北京分行 and 中国邮政储蓄银行|北京分行: one branch of one lexicon company
            groups.setdefault(("branch", owner + name[len(parent):]), set()).add(name)
            continue
        full = lexicon_name(name)
        if full is None and (owner := _lexicon_cores().get(core)) is not None and not _other_places(name, core, owner):
            full = owner
        groups.setdefault(("lexicon", full) if full else ("core", core), set()).add(name)
    where = {n: key for key, names in groups.items() for n in names}

    def join(one: tuple[str, str], other: tuple[str, str]) -> None:
        kept, gone = (other, one) if other[0] == "lexicon" else (one, other)   # (a lexicon company keeps its name)
        groups[kept] |= groups.pop(gone)
        where.update({n: kept for n in groups[kept]})

    for name in sorted(where):
        # the same name with and without the 省/市 of its leading place (贵州省蔬菜集团, 贵州蔬菜集团)
        other = _unit_free(name)
        if other != name and other in where and where[other] != where[name]:
            join(where[name], where[other])
    for name in sorted(where):
        # 省投资集团 (the province's, named bare) is the one 某省投资集团 written in full, when there is one
        if name[:1] in ("省", "市"):
            fuller = {where[n] for n in where if len(n) > len(name) and n.endswith(name)
                      and is_place_name(n[:len(n) - len(name) + 1]) and where[n] != where[name]}
            if len(fuller) == 1:
                join(fuller.pop(), where[name])
    out: dict[str, str] = {}
    for (how, group), names in groups.items():
        best = group if how == "lexicon" else max(names, key=_rank)
        for n in sorted(names):
            out[f"company:{n}"] = f"company:{best}"
    return dict(sorted(out.items()))
