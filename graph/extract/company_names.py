"""The lexicon of well-known company names (``data/company_names.txt``).

Each line is ``<full name> TAB <alias>|<alias>…``; see the file's header for the marks.  The
organisation recogniser reads every occurrence of a full name or alias as a company mention
(``lexicon_mentions``) and the company resolver maps them all to the full name
(``lexicon_name``), so 中石化, 中国石化 and 中国石油化工集团有限公司 are one node.

Where a name may be read:

* it starts on a jieba token boundary and ends on one (中国|石化|与 …, not 中国石化工 …), or a
  company class noun or legal form follows it (高通公司, 美的集团); Latin names are not
  glued to other Latin letters or digits;
* a *cued* alias (marked ``*``, of 2 characters, an ordinary word or a place) needs that class
  noun, an enumeration in which it stands next to another company (华为、小米、联想), or to open
  a clause before a verb of what companies do (；百度成立…基金);
* no sector word follows (中国石化|行业, 中国移动|市场 is the industry, not the company), nor a
  platform, shop or product word (京东商城, 腾讯会议, 淘宝、京东等电商平台), and the name is not
  part of a longer quoted phrase (做“水上特斯拉”的);
* the longest name at a position wins, and the later longer-mention rules of the recogniser
  (an organisation, place or park that contains the name) still apply.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..gazetteer import load_or_none
from ..types import Analysis, Mention
from .cue_words import is_common_word, read_rows, read_words

DATA = Path(__file__).resolve().parent / "data"
FILE = "company_names.txt"

# ordinary words of at least this jieba frequency are cued aliases unless marked "!"
_COMMON = 1000
# words after a name that make it an industry (中国石化行业, 中国移动市场) rather than the company
_SECTOR_WORDS = ("业", "行业", "产业", "工业", "市场", "进口", "出口", "消费", "需求", "储量", "产量", "价格")
_BUSINESS = set("务绩主")         # 业务, 业绩, 业主: the company's business, not a sector
_LATIN = re.compile(r"[A-Za-z0-9]")
# a building or venue named after a company (某某大厦, 某某科技馆, 某某世贸博览馆), written after its name
BUILDINGS = "科技馆|博物馆|纪念馆|展览馆|博览馆|会展中心|展览中心|大厦|大楼|体育馆|体育场|剧院|剧场"
# a platform, shop, product or building of the company rather than the company: 京东商城, 腾讯会议, 某某大厦,
# 京东家电专卖店, 淘宝、京东等电商平台
_PRODUCT = re.compile(r"(?:平台|商城|会议|APP|App|app|[^，。；：！？、“”的\s]{0,4}?(?:" + BUILDINGS + r")"
                      r"|[^，。；：！？、“”的\s]{0,4}?(?:专卖店|旗舰店|门店|网店)"
                      r"|(?:、[^、，。；：！？“”]{1,10})*等[^，。；：！？、“”]{0,8}?(?:平台|商城))")


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, str]           # full name or alias -> full name
    cued: frozenset[str]            # names that need a company cue or an enumeration
    lengths: tuple[int, ...]        # lengths of the names, longest first
    first: frozenset[str] = frozenset()     # the characters the names begin with


@functools.lru_cache(maxsize=8192)
def is_place_name(name: str) -> bool:
    """Whether ``name`` is a country, province, prefecture or county in the gazetteer."""
    gaz = load_or_none()
    try:
        return bool(gaz is not None and [r for r in gaz.lookup(name)
                                         if getattr(r, "level", "") in ("country", "province", "prefecture", "county")])
    except Exception:   # noqa: BLE001
        return False


def _is_cued(form: str, mark: str) -> bool:
    if mark == "*" or is_place_name(form):
        return True
    if mark == "!":
        return False
    return len(form) <= 2 or is_common_word(form, _COMMON)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The parsed lexicon; ``ValueError`` names the line of a malformed entry."""
    path = DATA / FILE
    names: dict[str, str] = {}
    cued: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            fields = [x.strip() for x in line.split("\t")]
            if len(fields) > 2 or not fields[0]:
                raise ValueError(f"{path}:{lineno}: expected <full name> TAB <alias>|<alias>…, got {line!r}")
            full = fields[0]
            forms = [(full, "")]
            for raw in (fields[1].split("|") if len(fields) > 1 and fields[1] else []):
                alias, mark = raw.strip(), ""
                if alias[-1:] in ("*", "!"):
                    alias, mark = alias[:-1], alias[-1]
                if not alias or re.search(r"[\s*!|]", alias):
                    raise ValueError(f"{path}:{lineno}: bad alias {raw!r} of {full}")
                forms.append((alias, mark))
            for form, mark in forms:
                if form in names and names[form] != full:
                    raise ValueError(f"{path}:{lineno}: {form!r} is already a name of {names[form]}")
                names[form] = full
                if form != full and _is_cued(form, mark):
                    cued.add(form)
    return Lexicon(names, frozenset(cued), tuple(sorted({len(n) for n in names}, reverse=True)),
                   frozenset(n[0] for n in names))


def lexicon_prefixes(text: str, start: int, longest: int) -> list[int]:
    """The ends of the lexicon names of 2 to ``longest`` characters that begin at ``start``, shortest first."""
    names = lexicon().names
    return [start + k for k in range(2, min(longest, len(text) - start) + 1) if text[start:start + k] in names]


def lexicon_name(name: str) -> str | None:
    """The full name of the lexicon company that ``name`` is a form of, or None."""
    from .organizations import legal_stripped
    names = lexicon().names
    for form in (name, legal_stripped(name), re.sub(r"[（(][^）)]*[）)]", "", name)):
        if form in names:
            return names[form]
    return None


@functools.lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    endings = sorted({r[0] for r in read_rows("company_suffixes.txt") if r[0] != "银行"}, key=len, reverse=True)
    return re.compile("|".join(re.escape(e) for e in endings))


def _mention(a: Analysis, start: int, end: int) -> Mention:
    name = a.doc.text[start:end]
    return Mention("company", name, start, end, f"company:{name}", name, a.doc.id, "organizations",
                   (("cue", "lexicon"),))


# what a company does as the subject of a clause (百度成立…基金, 小米发布…): a cued alias opening the
# clause before one of these verbs is the company
_ACTS = re.compile(r"(?:也|还|已|则|近日|日前|随即|随后|第一时间)?(?:积极|主动|紧急|迅速|全力)?"
                   r"(?:成立|设立|宣布|发布|推出|捐赠|捐款|捐资|投资|收购|上线|开通|入驻|落户|联合|启动|研发|投产|上市|"
                   r"带动|发起|驰援|表示，)")
_CLAUSE_MARKS = "，。；：、“（ \u3000\n"
# a unit of a company right after a cued alias, perhaps after the unit's place (百度|创新中心,
# 默克|广东|创新中心, 苏宁|南京|总部, 农行|福建省|分行): the alias names the company
_UNIT_AFTER = re.compile(r"(?:创新中心|研发中心|研究院|总部|工厂|生产基地|分公司|子公司|中国区|分行|支行)")


# an officer's post right after a cued alias (百度|首席技术官, 某某|董事长): the alias names the company
_POST_AFTER = re.compile(r"(?:(?:高级|执行|常务)?副?(?:董事长|总裁|总经理)|首席[\u4e00-\u9fff]{1,4}官|CEO|(?:联合)?创始人|董事会)")


def lexicon_mentions(a: Analysis, companies: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Company mentions of lexicon names in ``a``; ``companies`` are spans of companies found
    by the other cues (for a cued alias listed next to one of them)."""
    lex = lexicon()
    text = a.doc.text
    starts = frozenset(t.start for t in a.tokens)
    ends = frozenset(t.end for t in a.tokens)
    found: list[tuple[int, int]] = []
    waiting: list[tuple[int, int]] = []           # cued aliases without a cue: enumeration check
    for sent in a.sentences:
        pos = sent.start
        while pos < sent.end:
            hit = _longest_at(a, lex, pos, sent.end, starts, ends) if text[pos] in lex.first else None
            if hit is None:
                pos += 1
                continue
            end, cued_only = hit
            if cued_only and (pos == sent.start or text[pos - 1] in _CLAUSE_MARKS) and _ACTS.match(text, end, sent.end):
                cued_only = False     # 「；百度成立…专项基金」: a clause whose subject acts as a company
            if cued_only and _UNIT_AFTER.match(text, _after_place(a, end), sent.end):
                cued_only = False     # 「默克广东创新中心」: a unit of the company
            if cued_only and _POST_AFTER.match(text, end, sent.end):
                cued_only = False     # 「百度首席技术官某某」: an officer of the company
            if not (_in_longer_quote(text, sent.start, sent.end, pos, end) or _PRODUCT.match(text, end, sent.end)):
                (waiting if cued_only else found).append((pos, end))
            pos = end
    known = list(companies) + found
    changed = True
    while changed and waiting:
        changed = False
        for span in list(waiting):
            if any(_listed_next(text, span, other) for other in known):
                waiting.remove(span)
                found.append(span)
                known.append(span)
                changed = True
    return [_mention(a, s, e) for s, e in sorted(found)]


def _after_place(a: Analysis, pos: int) -> int:
    """The end of the place written at ``pos``, else ``pos``."""
    return next((m.end for m in a.mentions if m.kind == "place" and m.start == pos), pos)


def _longest_at(a: Analysis, lex: Lexicon, pos: int, limit: int, starts: frozenset[int],
                ends: frozenset[int]) -> tuple[int, bool] | None:
    """The end of the longest name readable at ``pos`` (a position whose character begins a lexicon
    name: ``lex.first``) and whether it still needs an enumeration."""
    text = a.doc.text
    for n in lex.lengths:
        end = pos + n
        form = text[pos:end]
        if end > limit or form not in lex.names:
            continue
        latin = bool(_LATIN.match(form[0]))
        if latin and pos > 0 and _LATIN.match(text[pos - 1]):
            continue
        if not latin and starts and pos not in starts and not (
                len(form) >= 4 and form not in lex.cued and pos - 1 in starts and text[pos - 1] in _GLUE):
            continue                                # (上海有中|芯国际: jieba glued a verb to a long name)
        suffix = _suffix_re().match(text, end, limit)
        if suffix is not None:
            return suffix.end(), False              # 美的集团, 高通公司, 中国石化集团公司
        if _LATIN.match(form[-1]):
            if _LATIN.match(text[end:end + 1]):
                continue
        elif starts and end not in ends:
            continue
        if text.startswith(_SECTOR_WORDS, end) and text[end + 1:end + 2] not in _BUSINESS:
            continue
        other = _other_industry(text, form, end, lex.names[form], ends)
        if other is not None:
            return other, False                     # 中兴|汽车 is not 中兴通讯: a company of its own
        return end, form in lex.cued
    return None


# one-character verbs and prepositions jieba may glue to the first character of a name (有中|芯国际)
_GLUE = frozenset("有在是和与及对向从把被为将由让给")


# words news writes loosely after any brand (华为科技, 某某集团控股): no sign of another company
_LOOSE_WORDS = frozenset({"股份", "控股", "科技", "技术", "实业", "国际", "发展", "投资", "信息", "网络", "智能"})


@functools.lru_cache(maxsize=1)
def _distinct_industry_words() -> tuple[str, ...]:
    return tuple(sorted((w for w in read_words("company_industry_words.txt") if w not in _LOOSE_WORDS),
                        key=len, reverse=True))


def _other_industry(text: str, form: str, end: int, full: str, ends: frozenset[int]) -> int | None:
    """The end of ``form`` + an industry word its lexicon company's full name does not have after
    it (中兴|汽车 for 中兴通讯股份有限公司), written as one name: a different company of that brand."""
    for word in _distinct_industry_words():
        if text.startswith(word, end) and (not ends or end + len(word) in ends) and form + word not in full:
            return end + len(word)
    return None


def _in_longer_quote(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """True when the name is part of a longer quoted phrase (做“水上特斯拉”的…, “京东商城”)."""
    opened = text.rfind("“", lo, start)
    if opened < 0 or text.rfind("”", lo, start) > opened:
        return False
    closed = text.find("”", end, hi)
    # (a quoted speech, which holds clauses, is no phrase: “…一大批企业，如腾讯微信总部…”)
    return closed >= 0 and (opened + 1, closed) != (start, end) and not re.search(r"[，。；！？]", text[opened:closed])


def _listed_next(text: str, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """True when ``span`` and ``other`` are neighbouring items of one list (A、B)."""
    return (other[1] + 1 == span[0] and text[other[1]] == "、") or \
        (span[1] + 1 == other[0] and text[span[1]] == "、")
