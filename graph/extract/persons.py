"""Person recogniser: personal names found from titles, cue words and jieba tags.

jieba's ``nr`` tag alone is weak (it splits transliterated names and misses many
Chinese ones), so a name is accepted only in a *cue context*:

* title before the name: 「国家主席习近平」「法国总统马克龙」「村民李四说」;
* name before a title: 「习近平总书记」「王五书记」;
* a jieba-tagged name followed by a speech/visit verb or 「陪同」: 「肖捷、何立峰陪同考察」;
* a name opening a clause: before 在 and a place (「王小明在巴黎出席…」), said to hold a post
  (「谌磊是某医院的一名护士」), a surname and a word before a speech verb (「段莹莹说，」), or a rare
  three-character name with a common surname before a verb (「，苏炳添未能…」);
* names listed after the first one a title introduces (「擎旗手甲、乙和丙」), or before 等 or a count
  and a post (「甲、乙等主力球员」); after a title, a transliterated name with middle dots whatever
  jieba tags its parts, and a Chinese name jieba cuts otherwise when the document writes it again
  (「女孩甘如意…甘如意是…」).

A name's length is mended from its other occurrences (徐军|美 always followed by 美; 龚静|刚 an adverb).

A name accepted once is then tagged wherever it occurs in the document.  A title
alone (「总书记」) is never a person mention; :func:`title_references` lets the
visits extractor link such short references to the person named with the title.

Lexicons are shipped, user-extensible data files under ``graph/extract/data/``:
``titles.txt``, ``surnames.txt``, ``transliteration.txt`` and ``tibetan_name_parts.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..registry import recogniser
from ..types import Analysis, Mention
from .cue_words import is_common_word, word_frequency, word_tag

DATA = Path(__file__).parent / "data"
TITLE_CLASSES = ("leader", "foreign", "role", "cue")

# Characters that end a Chinese given name read after a surname (function words, verbs).
_GIVEN_STOP = set(
    "在说的和与同及等是为也都就还又到来赴对向给从率一会出主陪先已曾亲专今昨前后上下中内外"
    "了着过将要把被让使由以于而且或之其这那每各该本此某们年月日时分秒个位名次号"
    "表指强介认告回称讲道称问答笑谈看走进考调视察慰看望访抵达入住参观出席举行代说"
    "、，。；：！？“”‘’（）《》〈〉【】—…·.,;:!?()[]<> \u3000\n\t"
    "0123456789０１２３４５６７８９〇一二三四五六七八九十百千万亿"
)
# Final characters that show a "name" is really an organisation or place word.
_BAD_END = set("委党部局会省市县区村镇乡州盟旗们厅处院校司所队组团社街路家业方面国级长员站楼")
# Verbs and words after a bare jieba name that make it a person (speech, visit, 陪同 ...).
_CUE_AFTER = (
    "说", "表示", "指出", "强调", "介绍", "认为", "告诉", "回忆", "回忆道", "坦言", "感慨",
    "讲述", "陪同", "会见", "会晤", "会谈", "出席", "主持", "考察", "调研", "视察", "来到", "前往",
    "抵达", "访问", "看望", "慰问", "致信", "致电", "同志", "一行", "夫妇", "作为",
    "先后发言", "分别发言", "应邀",
)
# classifiers of animals and things: a "name" right after one is no person (只白天鹅, 头牛)
_COUNTED_BEFORE = set("只头匹条棵株尾羽")
# after a 、-list of names (and 等): 「丁某、杨某、王某等参加上述活动」「甲、乙、丙赶赴武汉」
_LIST_CUE_AFTER = ("参加", "出席", "赶赴", "奔赴", "赶往", "飞赴", "飞抵", "到达", "驰援", "出访")
_MEETINGS = ("会见", "会谈", "会晤")
# a counted group of people after 等 (等5名队员, 等十余位专家)
_COUNTED_PEOPLE = re.compile(r"[0-9一二两三四五六七八九十百千多余几]+(?:名|位)")
# Words never read as names even when jieba tags them nr.
_NOT_NAMES = {
    "关怀", "关爱", "关切", "关注", "关心", "高兴", "江南", "孔雀",
    "高度", "万元", "金色", "黄金", "白色", "江山", "和平", "安全", "明确", "石油", "文化",
    "华为", "马上", "方向", "方式", "武装", "龙头", "高标准", "高质量", "常态", "成果",
    "司机", "司法", "国家", "国际", "国务", "海外", "海上", "乌克兰", "关键", "关心",
    "于是", "向前", "白宫", "贺信", "贺电", "贺词", "贺函", "和谐", "宁静", "平安", "平台", "齐心", "安排", "康复", "温暖", "温馨",
}
# Characters never inside a name read from context, and surnames that are also common function words.
_HARD_STOP = set("的在说是了着过们等")
_WEAK_SURNAMES = set("和与同及向于从以为对将把被让由但都")
_PLACE_SUFFIX = set("村镇乡县市省区州盟旗")
_FOREIGN_STOP = ("访华", "会见", "会晤", "举行", "一行", "夫妇", "表示", "亲自", "由衷")
# characters of transliteration only after another (Russian and Czech zh: 德日格拉佐娃, 米纳日; Russian
# -ten-: 科斯坚纽克), inside the name or last in it; not before the words they begin after a name (某某日前,
# 日本, 日内瓦; 某某坚持, whose 持 transliterates nothing)
_INNER_TRANSLIT = "日坚"
_INNER_STOP = ("日本", "日内", "日里", "日利")
# …or last, before a clause mark or a word that follows a name (特使米纳日。 米纳日先生, 米纳日代表)
_INNER_LAST = re.compile(r"[。，、；：）]|先生|女士|代表|表示")


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]          # title -> class
    surnames: frozenset[str]
    common_surnames: frozenset[str]     # the most frequent single surnames (surnames.txt lists them first)
    translit: frozenset[str]
    title_re: re.Pattern[str]
    tibetan: frozenset[str] = frozenset()     # two-character elements of Tibetan names


def _read_words(path: Path) -> list[str]:
    words: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            words.extend(line.split())
    return words


COMMON_SURNAMES = 150      # how many of surnames.txt's first entries are common (王 … 凌)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles: dict[str, str] = {}
    with open(DATA / "titles.txt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2 or parts[1] not in TITLE_CLASSES:
                raise ValueError(
                    f"titles.txt line {n}: {line!r}; expected '<title> <class>' with class in {', '.join(TITLE_CLASSES)}"
                )
            titles[parts[0]] = parts[1]
    surnames = _read_words(DATA / "surnames.txt")
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=lambda t: (-len(t), t)))
    return Lexicon(
        titles=titles,
        surnames=frozenset(surnames),
        common_surnames=frozenset(surnames[:COMMON_SURNAMES]),
        translit=frozenset("".join(_read_words(DATA / "transliteration.txt"))),
        title_re=re.compile(alternation),
        tibetan=frozenset(w for w in _read_words(DATA / "tibetan_name_parts.txt") if len(w) == 2),
    )


def transliteration_letters() -> frozenset[str]:
    """The characters of transliterated foreign names (``transliteration.txt``), for place names too."""
    return lexicon().translit


@lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba

    from ..segment import pos_tokenizer

    return pos_tokenizer(jieba.Tokenizer())


@dataclass(frozen=True)
class _Tok:
    word: str
    flag: str
    start: int
    end: int


def pos_tokens(text: str, offset: int = 0) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = offset
    for pair in _pos_tokenizer().cut(text):
        toks.append(_Tok(pair.word, pair.flag, pos, pos + len(pair.word)))
        pos += len(pair.word)
    return toks


# the last token list converted, by identity: the recognisers of one document ask for it several times
_CONVERTED: list = [None, None, []]


def document_tokens(analysis: Analysis) -> list[_Tok]:
    """The document's POS tokens: the pipeline's own (segmented once per document) when present."""
    toks = analysis.tokens
    if toks and toks[0].pos and toks[0].start == 0 and toks[-1].end == len(analysis.doc.text):
        if _CONVERTED[0] is toks and _CONVERTED[1] == len(toks):
            return list(_CONVERTED[2])
        converted = [_Tok(t.text, t.pos, t.start, t.end) for t in toks]
        _CONVERTED[:] = [toks, len(toks), converted]
        return list(converted)
    return pos_tokens(analysis.doc.text)


def ends_in_title(text: str) -> bool:
    """Whether ``text`` ends with a title of the lexicon (「…司长」, 「成员、国家卫健委疾控局局长」)."""
    return any(m.end() == len(text) for m in lexicon().title_re.finditer(text))


def _surname_at(text: str, i: int, lex: Lexicon) -> int:
    """Length of the surname starting at ``i`` (2 for compound surnames, 0 if none)."""
    if text[i:i + 2] in lex.surnames:
        return 2
    if i < len(text) and text[i] in lex.surnames:
        return 1
    return 0


def _plausible(name: str, lex: Lexicon) -> bool:
    if len(name) < 2 or name in _NOT_NAMES or name in lex.titles or name[1:] in lex.titles:
        return False              # 刘|女士, 王|老师: a surname and a title, no given name
    if len(name) == 2 and name[0] == name[1]:
        return False              # 齐齐, 明明: a doubled character is an adverb, not a surname and a name
    if name[-1] in _BAD_END and not _soft_final(name):
        return False
    if len(name) == 3 and name[-1] in _UNIT_END and is_common_word(name[:2], 50):
        return False            # 呼吸科, 麻醉科 (jieba tags them as names): a department, not a person
    if len(name) == 2 and is_common_word(name, 100) and name[0] not in lex.common_surnames \
            and not all(c in lex.translit for c in name):
        return False            # 少先队员|满怀, 委员|廉政: an ordinary word after a post (but 研究员|周密, 总统|普京)
    return all("\u4e00" <= c <= "\u9fff" or c in "·—" for c in name) and name[0] != "—" and name[-1] != "—"


_UNIT_END = set("科室组处部局所系")
# 「国家主席习近平特使」: the name before an envoy's title is the sender's, not the envoy's
_ENVOYS = ("特使", "特别代表")
# given names often end in 国, 方 or 业 (王卫国, 项尔方, 张立业); a three-character name may, unless
# its last two characters are a group or sector word (书记|各国, 主任|双方, 局长|企业)
_SOFT_END = set("国方业")
_GROUP_FINALS = frozenset(
    "各国 两国 全国 我国 本国 中国 外国 多国 大国 强国 祖国 回国 出国 美国 英国 法国 德国 韩国 泰国 "
    "双方 各方 多方 对方 我方 官方 一方 地方 军方 警方 东方 西方 南方 北方 前方 后方 远方 校方 院方 "
    "企业 行业 产业 就业 创业 农业 工业 专业 商业 事业 毕业 物业 各业 实业 营业 林业 渔业".split())


def _soft_final(name: str) -> bool:
    if len(name) == 3 and name[1] == name[2] and name[1] not in _GIVEN_STOP:
        return True               # 侯|路路: a doubled given name is no place or unit word
    return len(name) == 3 and name[-1] in _SOFT_END and name[1:] not in _GROUP_FINALS \
        and name[1] not in _GIVEN_STOP



def _tokens_ok(s: int, e: int, starts: dict[int, _Tok]) -> bool:
    """Whether ``[s, e)`` is made of jieba name tokens or single characters (not a common word)."""
    i, verbs = s, 0
    while i < e:
        tok = starts.get(i)
        if tok is None:
            return False
        if not (tok.flag.startswith("nr") or len(tok.word) == 1) or tok.end > e:
            return False
        if i > s and tok.flag in _FUNCTION_FLAGS:
            return False        # 村民|都|很…: an adverb or particle is no given name
        verbs += tok.flag.startswith("v")
        i = tok.end
    return verbs < 2            # 儿子|来|吃: two verbs are no name


_FUNCTION_FLAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "y", "e"})


# what may follow a full personal name (a case marker, a speech verb, a list or clause break)
_NAME_END = ("在", "说", "率", "、", "，", "。", "和", "与", "同", "等", "也", "的", "是", "表", "介", "告", "带", "为", "随", "以", "：", "；", "—",
             "（", "")


# lone verbs beyond _GIVEN_STOP that follow a name as its predicate (某某听、某某去，…)
_PREDICATE_VERBS = frozenset("叹听想去有能跟")
# a day right after a name: 某某|17日|在京…, 某某|十五日
# prepositions jieba may glue to a name's last character (张雁|彬向|现场嘉宾介绍)
_GLUED_PREPOSITIONS = set("向对把被给跟在")
_DAY_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}日")


def _place_tagged_given(text: str, i: int, sl: int, starts: dict[int, _Tok]) -> bool:
    """Whether the surname of length ``sl`` at ``i`` is a word of its own followed by a two-character word
    jieba's model tags as a place that neither its dictionary nor the gazetteer holds, closed like a name
    (by a verb, an adverb, a preposition, a time word or a mark): 冯|德塞(ns)|日前."""
    tok, given = starts.get(i), starts.get(i + sl)
    if tok is None or len(tok.word) != sl or given is None or len(given.word) != 2 or given.flag != "ns" \
            or word_frequency(given.word) != 0 or _place_name(given.word):
        return False
    end = given.end
    return _subject_after(end, starts) or getattr(starts.get(end), "flag", "") == "t" or text[end:end + 1] in _NAME_END


# an officer's rank written right after the name (某部新闻发言人某某大校介绍)
_MILITARY_RANK = re.compile(r"(?:大校|上校|中校|少校|少将|中将|上将)(?!军)")


def _chinese_after(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok], strict: bool = False) -> str | None:
    """A Chinese name starting at ``i`` (surname + one or two given-name characters).

    ``strict`` (after leader titles) accepts only a name jieba tags as one, or a lone name-tagged
    surname and a two-character given name closed like a name.
    """
    if text[i:i + 2] in lex.tibetan and text[i + 2:i + 4] in lex.tibetan:
        return text[i:i + 4]      # 晋美|旺措: a Tibetan name has no surname
    sl = _surname_at(text, i, lex)
    if not sl:
        return None
    tok = starts.get(i)
    glued = starts.get(i - 1)
    if tok is None and glued is not None and glued.flag == "nr" and glued.end - i in (2, 3) \
            and text[glued.end:glued.end + 1] in _NAME_END:
        return text[i:glued.end]      # 主管护|师刘丽|；: jieba glued the title's last character to the name
    if tok is None and glued is not None and glued.end == i + 1 and sl == 1 and len(glued.word) == 2 \
            and glued.flag != "ns":   # (主任何|立峰, 店主张|小梅; not 地处|长江|源头: a place of its own)
        given = starts.get(i + 1)     # 首席技术|官王|海峰|介绍: jieba glued the surname to the title's last character
        if given is not None and len(given.word) in (1, 2) and given.flag[:1] == "n" and given.flag != "nrt" \
                and not is_common_word(given.word, 1000) and _closed(text, given.end, _NAME_END):
            return text[i:given.end]
    if tok and tok.flag.startswith("nr") and 2 <= len(tok.word) <= 4 and tok.flag != "nrt" \
            and text[i] not in "和与同及" and not is_common_word(tok.word, 1000) \
            and not (len(tok.word) == 4 and (is_common_word(tok.word[:2], 1000) or is_common_word(tok.word[2:], 1000))):
        # (和援鄂, 严格遵守 and 齐齐亮相 are jieba nr words too)
        word = tok.word
        if len(word) == 3 and word[-1] in "说在和的是等与同也访赴抵":
            return word[:2]           # 王林|访: a verb glued to the name
        nxt = starts.get(tok.end)
        if len(word) == 2 and nxt and nxt.word == "和" and _DAY_AFTER.match(text, nxt.end):
            word += nxt.word          # 魏凤|和|17日: no conjunction joins a name to a date
        elif len(word) == 2 and nxt and nxt.flag.startswith("nr") and len(nxt.word) == 1:
            word += nxt.word          # 李鹏|宇
        elif len(word) == 2 and word[1] in lex.surnames and nxt and nxt.flag[:1] in ("n", "a") and len(nxt.word) == 2 \
                and not is_common_word(nxt.word, 100) \
                and (text[nxt.end:nxt.end + 1] in _NAME_END or text[nxt.end:nxt.end + 1].isdigit()):
            word += nxt.word          # 林郑|月娥: a married name with both surnames
        elif len(word) == 2 and nxt and len(nxt.word) == 1 and (nxt.flag in ("j", "ng", "n", "ag", "zg") or nxt.word == "之") \
                and (text[nxt.end:nxt.end + 1] in _NAME_END + ("\n",) or getattr(starts.get(nxt.end), "flag", "") == "p"):
            word += nxt.word          # 余留|芬|在, 李德|成|对, 卢仰|之|说: a lone character before a clause
            #                           boundary or a preposition ends the name
        elif len(word) == 2 and nxt and len(nxt.word) == 1 and nxt.word not in _GIVEN_STOP \
                and nxt.flag not in _FUNCTION_FLAGS and "\u4e00" <= nxt.word <= "\u9fff" \
                and (after := starts.get(nxt.end)) is not None and len(after.word) >= 2 \
                and (after.flag.startswith("v") or len(after.word) == 4 and after.flag in ("i", "l", "n")
                     and word_frequency(after.word) > 0 and text[after.end:after.end + 1] in ("，", "。", "：", "“")):
            word += nxt.word          # 赵德|发|结合: a lone character between the name and a verb ends the name;
            #                           so does a four-character set phrase closing the clause (余留|芬|百感交集|，)
        elif len(word) == 2 and nxt and len(nxt.word) == 2 and nxt.word[1] in _GLUED_PREPOSITIONS \
                and nxt.word[0] not in _GIVEN_STOP and "\u4e00" <= nxt.word[0] <= "\u9fff" \
                and not is_common_word(nxt.word, 100) \
                and (after := starts.get(nxt.end)) is not None and after.flag[:1] in ("n", "r", "v", "s", "f"):
            word += nxt.word[0]       # 张雁|彬向|现场, 张雁|彬在|致辞: jieba glued the name's last character to the preposition after it
        elif len(word) == 2 and nxt and len(nxt.word) == 1 and nxt.flag == "v" and nxt.word not in _GIVEN_STOP \
                and nxt.word not in _PREDICATE_VERBS \
                and text[nxt.end:nxt.end + 1] in ("、", "，", "。", "；") and ends_in_title(text[max(0, i - 12):i]):
            word += nxt.word          # 副局长任荣|发|，: a verb character closed by a list mark after a title is
            #                           the name's last (not 某某|说|，)
        return word
    if strict:
        # 委员长|栗(nr)|战书(n)|主持: a lone name-tagged surname and a two-character given name, closed
        # like a name; or a given name of transliteration characters jieba's model tags as a place no
        # gazetteer knows (总干事|谭(zg)|德塞(ns)|日前: a foreign name whose first character is a surname)
        if sl == 1 and (_surname_and_word(text, i, i + 3, starts)
                        or _place_tagged_given(text, i, sl, starts) and all(c in lex.translit for c in text[i + 1:i + 3])):
            return text[i:i + 3]
        return None
    if tok and len(tok.word) == 3 and tok.flag in ("ns", "nz", "n") and sl == 1 and text[i] not in _WEAK_SURNAMES \
            and tok.word[-1] not in _BAD_END and tok.word[-1] not in _PLACE_SUFFIX and not set(tok.word) & _HARD_STOP \
            and not is_common_word(tok.word, 15) and not _place_name(tok.word):
        return tok.word           # 院士|钟南山(ns)|不辞辛劳: a name jieba reads whole as a place or noun,
        #                           not a dictionary word (全天候, 满意度, 纪念馆)
    if text[i] in _WEAK_SURNAMES:
        # 「主攻于鋆炜就飞赴…」: a weak surname (于, 向 …) only with two given-name characters cut
        # into single characters and closed by a clause mark or a cue word (「局长于今年」 is no name)
        cand, end = text[i:i + 3], i + 3
        given = [starts.get(i + 1), starts.get(i + 2)]
        if len(cand) == 3 and all("\u4e00" <= c <= "\u9fff" for c in cand) and not set(cand) & _HARD_STOP \
                and all(t is not None and len(t.word) == 1 for t in given) \
                and _closed(text, end, ("、", "，", "就", "也", "在", "等", "和")):
            return cand
        return None
    # 「省委书记胡和平、省长刘国中陪同下」: a name closed by 、 or a cue verb may contain any character
    for glen in (2, 1):
        end = i + sl + glen
        cand = text[i:end]
        if _cuts_word(text, i, end, starts) or is_common_word(cand, 1000):
            continue              # 研究生|毕业|后来|到, 村医|普遍存在: the name would cut a word in two
        if tok is not None and tok.end == end and not tok.flag.startswith("nr") and is_common_word(cand, 300) \
                and text[end:end + 1] in ("、", "等"):
            continue              # 华侨|华人|、, 市民|公约|、: an ordinary word listed, not a name
        if len(cand) == sl + glen and all("\u4e00" <= c <= "\u9fff" for c in cand) and not (set(cand) & _HARD_STOP):
            if _closed(text, end, ("、", "等", "在", "家")) or _MILITARY_RANK.match(text, end):
                return cand       # (发言人|申进科|大校: a post before the name, a rank after it)
    j = i + sl
    given = ""
    while j < len(text) and len(given) < 2 and text[j] not in _GIVEN_STOP and "\u4e00" <= text[j] <= "\u9fff":
        given += text[j]
        j += 1
    if not given:
        return None
    end = i + sl + len(given)
    if not _tokens_ok(i, end, starts) and not _surname_and_word(text, i, end, starts):
        if _closed_by_adverb(text, i, sl, end, starts):
            return text[i:end]    # 老兵|王国(ns)|辉|就, 队长|毛|天一(b)|刚: an adverb of one character closes the name
        if tok and len(tok.word) == 2 and sl == 1 and text[i] in lex.common_surnames and tok.flag[:1] in ("n", "a") \
                and word_frequency(tok.word) == 0 and _subject_after(tok.end, starts):
            return tok.word       # 队员|文川(n)|开始: a word jieba's dictionary lacks, a common surname and one
            #                       character, followed by a verb, an adverb or a preposition
        if end == i + sl + 2 and _place_tagged_given(text, i, sl, starts):
            return text[i:end]    # 会长|冯|德塞(ns)|日前: a given name jieba's model tags as a place no gazetteer knows
        return None
    return text[i:end]


# adverbs of one character that open the predicate right after a subject's name (not 也: 石井裕也 is one
# Japanese name)
_CLOSING_ADVERBS = frozenset("就刚便都还又才已曾很正")


def _closed_by_adverb(text: str, i: int, sl: int, end: int, starts: dict[int, _Tok]) -> bool:
    """A one-character surname and a two-character given name that jieba cuts any way, but whose last
    character ends a word right before a one-character adverb (就, 刚, 很 …), not a common word."""
    adverb = starts.get(end)
    return sl == 1 and end - i == 3 and i in starts and adverb is not None and adverb.word in _CLOSING_ADVERBS \
        and adverb.flag[:1] == "d" and text[i] not in _WEAK_SURNAMES and not is_common_word(text[i + 1:end], 300) \
        and not any(t.flag in _FUNCTION_FLAGS for j in range(i + 1, end) if (t := starts.get(j)) is not None)


def _subject_after(end: int, starts: dict[int, _Tok]) -> bool:
    """Whether a verb, an adverb or a preposition of two characters or more follows ``end``."""
    nxt = starts.get(end)
    return nxt is not None and len(nxt.word) >= 2 and nxt.flag.startswith(_SUBJECT_FOLLOWERS)


# words told to someone right after a name: 某某对本报记者说, 某某向记者介绍; a date: 某某1月30日从…
_SPOKEN_TO = re.compile(r"(?:对|向)[^，。；：“”]{0,8}?(?:说|表示|介绍|讲述|坦言)|[0-9０-９]{1,2}月[0-9０-９]{1,2}日")


def _surname_and_word(text: str, i: int, end: int, starts: dict[int, _Tok]) -> bool:
    """村民|龚(nr)|兴旺(ns)|和: a surname jieba tags as a name and a two-character noun as the given
    name, closed by a clause mark, a conjunction, words told to someone (对记者说) or a date (no verb:
    主任|张|开会 is no name)."""
    sur, given = starts.get(i), starts.get(i + 1)
    return sur is not None and len(sur.word) == 1 and sur.flag.startswith("nr") \
        and given is not None and given.end == end and len(given.word) == 2 \
        and given.flag[:1] in ("n", "a", "t") and given.flag not in _FUNCTION_FLAGS \
        and ((text[end:end + 1] in _NAME_END and text[end:end + 1] != "")
             or any(text.startswith(w, end) for w in _CUE_AFTER) or _DAY_AFTER.match(text, end) is not None
             or _SPOKEN_TO.match(text, end) is not None)


def _cuts_word(text: str, start: int, end: int, starts: dict[int, _Tok]) -> bool:
    """Whether a name at [start, end) would cut a word in two: one word covers it and more (普遍存在),
    or a word runs past its end other than into a one-character mark (部长黄坤|明在 is a name,
    毕业|后来|到 is none; 村民徐海|成家: 家 closes the name)."""
    for j in range(end - 1, start - 1, -1):
        if j in starts:
            tok = starts[j]
            if tok.end <= end:
                return False
            if j == start:
                return True
            return not (tok.end == end + 1 and text[end] in "、等在家说")
    return False


# adverbs jieba glues to the last part of a name (耶夫曾|在, 金则|盛赞)
_GLUED_ADVERBS = set("曾则也还又就都才便已")
# single words that end a transliterated part even when their characters transliterate too
_PART_STOP = set("说在的是和与同及等对向为表了着过将把被让由以于也都就还又到来赴率陪")


def _translit_part(word: str, lex: Lexicon) -> bool:
    """A word of transliteration characters only that may be part of a name: not an ordinary word of
    such characters (特别 after 科尔茹姆巴耶夫)."""
    return all(c in lex.translit for c in word) and (len(word) == 1 or not is_common_word(word, 1000))


def _one_dot(name: str) -> str:
    """``name`` with its middle dots written one way (• and ‧ as ·)."""
    return name.replace("•", "·").replace("‧", "·")


def _dotted_after(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A transliterated name with middle dots right after a title, whose parts jieba need not tag as
    names (研究员塔法兹瓦·穆格瓦迪|对记者说): each part is made of name-tagged words, words of
    transliteration characters only and single characters other than function words."""
    def part_end(j: int, limit: int) -> int:
        k = j
        while k < len(text) and k - j < limit:
            tok = starts.get(k)
            if tok is None or tok.word in _PART_STOP or not (
                    tok.flag.startswith("nr") or _translit_part(tok.word, lex)
                    or (len(tok.word) == 1 and tok.word not in _GIVEN_STOP and "\u4e00" <= tok.word <= "\u9fff")):
                break
            if tok.flag in _FUNCTION_FLAGS and not (k > j and all(c in lex.translit for c in tok.word)):
                break             # 拉|那(r)|利维鲁: a transliteration character inside a part is no pronoun
            k = tok.end
        if k < len(text) and k > j and k - 1 > j and text[k - 1] in _GLUED_ADVERBS and text[k - 2] in lex.translit:
            return k - 1          # 阿法纳西|耶夫曾|在: an adverb jieba glued to the last part
        tok = starts.get(k)
        if tok is not None and k > j and len(tok.word) >= 2 and tok.word[-1] in _GLUED_ADVERBS \
                and all(c in lex.translit for c in tok.word[:-1]):
            return tok.end - 1    # 察|金则|盛赞: the same in a word jieba did not tag as a name
        return k

    end = part_end(i, 6)
    first = starts.get(i)
    if end == i and first is not None and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", first.word) \
            and first.flag not in _FUNCTION_FLAGS:
        end = first.end           # 丈夫|大卫(n)|·柯鲁克: between a title and a dot, any one word
    if end - i < 2 or text[end:end + 1] not in _DOT or lex.title_re.search(text, i, end):
        return None
    parts = 1
    while text[end:end + 1] in _DOT:
        j = part_end(end + 1, 8)
        if j == end + 1:
            break
        end, parts = j, parts + 1
    return _one_dot(text[i:end]) if parts > 1 else None


def _repeated_after(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A surname and two given-name characters after a title that jieba cuts otherwise (甘|如意,
    洪家|勇, 谭|德塞), accepted when the document writes the same three characters again and they
    neither cut a word nor start with an ordinary word across the surname (员工|宿舍楼)."""
    sl = _surname_at(text, i, lex)
    if sl != 1 or text[i] in _WEAK_SURNAMES:
        return None
    end = i + 3
    cand = text[i:end]
    if len(cand) < 3 or not all("\u4e00" <= c <= "\u9fff" for c in cand) or set(cand[1:]) & _GIVEN_STOP:
        return None
    first = starts.get(i)
    if first is None or (len(first.word) > 1 and not first.flag.startswith("nr") and is_common_word(first.word, 20)):
        return None
    if first.end > end or (end not in starts and end < len(text)):
        return None               # the three characters cut a word
    if text.count(cand) < 2 or is_common_word(cand, 20) or cand[1:] in lex.titles:
        return None
    return cand


# what follows a name that opens a clause as its subject: 某某在…, 某某说, 某某表示
_SUBJECT_AFTER = re.compile(r"在|说|表示|指出|强调|认为|介绍|坦言")


def _repeated_pair_after(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A common surname and one given-name character after a title (主席|万钢|宣读), accepted when the
    document opens a clause with the same two characters elsewhere, as its subject (万钢在致辞中表示),
    and they are no ordinary word and cut none."""
    cand = text[i:i + 2]
    if len(cand) < 2 or cand[0] not in lex.common_surnames or cand[0] in _WEAK_SURNAMES \
            or not "\u4e00" <= cand[1] <= "\u9fff" or cand[1] in _GIVEN_STOP or cand[1] in _BAD_END:
        return None
    first = starts.get(i)
    if first is None or first.end != i + 2 or (i + 2 < len(text) and i + 2 not in starts) \
            or is_common_word(cand, 1000) or cand in lex.titles:
        return None
    for m in re.finditer(re.escape(cand), text):
        if m.start() != i and _clause_start(text, m.start()) and _SUBJECT_AFTER.match(text, m.end()):
            return cand
    return None


def _cuts_title(text: str, start: int, end: int, lex: Lexicon) -> bool:
    return any((t := lex.title_re.match(text, k)) is not None and t.end() > end for k in range(start + 1, end))


def _listed_after(text: str, end: int, lex: Lexicon, starts: dict[int, _Tok]) -> Iterator[str]:
    """Chinese names joined by 、 (and a last one by 和/与) to a name that ends at ``end``: the names
    a title before the first covers.  An item of two or three characters that is no name (江南) is
    passed over."""
    marks = ("、", "，", "。", "等", "和", "；", "）", ")")
    while text[end:end + 1] == "、":
        item = re.match(r"[\u4e00-\u9fff]{2,4}(?=[、，。；等和）)])", text[end + 1:end + 6])
        name = _chinese_after(text, end + 1, lex, starts)
        if name and len(name) == 2 and not _closed(text, end + 3, marks) and _closed(text, end + 4, marks) \
                and text[end + 3] not in _GIVEN_STOP and "\u4e00" <= text[end + 3] <= "\u9fff":
            name = text[end + 1:end + 4]       # 涂李(nr)|响(v)|、: the list mark closes the third character
        if name and len(name) <= 3 and (_closed(text, end + 1 + len(name), marks)
                                         or text.startswith("分别", end + 1 + len(name))
                                         or _verb_after_last(text, end + 1, name, starts)):
            yield name
            end += 1 + len(name)
        elif item is not None:
            end += 1 + len(item.group())
        else:
            return
    if text[end:end + 1] in ("和", "与"):
        # 「球员王曦雨和王欣瑜在天津…」: the last name of the list after 和
        name = _chinese_after(text, end + 1, lex, starts)
        if name and len(name) in (2, 3) and (_closed(text, end + 1 + len(name), ("在", "，", "。", "、", "也", "都"))
                                             or text.startswith("分别", end + 1 + len(name))
                                             or _verb_after_last(text, end + 1, name, starts)):
            yield name


def _verb_after_last(text: str, start: int, name: str, starts: dict[int, _Tok]) -> bool:
    """「选手甲、乙和丙|成为…」: the last name of a list closed by a verb of two characters or more that
    jieba reads as a word of its own right after it."""
    tok, first = starts.get(start + len(name)), starts.get(start)
    return tok is not None and tok.flag.startswith("v") and len(tok.word) >= 2 \
        and first is not None and first.end <= start + len(name)


def _closed(text: str, end: int, marks: tuple[str, ...]) -> bool:
    """Whether a name candidate ending at ``end`` is closed by one of ``marks`` or a cue word (说, 表示 …)."""
    return text[end:end + 1] in marks or any(text.startswith(w, end) for w in _CUE_AFTER)


def _foreign_after(text: str, i: int, lex: Lexicon) -> str | None:
    j = i
    while j < len(text) and j - i < 20 and (text[j] in lex.translit or (text[j] in "·•‧" and j > i) or (
            text[j] in _INNER_TRANSLIT and j > i and not text.startswith(_INNER_STOP, j)
            and (text[j + 1:j + 2] in lex.translit or _INNER_LAST.match(text, j + 1)))):
        if any(text.startswith(w, j) for w in _FOREIGN_STOP):
            break
        j += 1
    if j - i > 2 and text[j - 1] == "于" and re.match(r"[0-9０-９今本当近同次上下明]", text[j:j + 1]):
        j -= 1                    # 「…总统某某于2019年10月24日…」: 于 opens the time, it ends no name
    name = _one_dot(text[i:j].rstrip("·•‧"))
    return name if len(name) >= 2 else None


def _translit_words_before(text: str, end: int, lex: Lexicon, ends: dict[int, _Tok]) -> tuple[str, int]:
    """The words of transliteration characters that run back from ``end`` (at most six characters with a
    conjunction jieba glued to the first: 和班达|里), and where they start."""
    start = end
    while (tok := ends.get(start)) is not None and end - tok.start <= 6:
        body = tok.word[1:] if tok.word[0] in "和与同及" and len(tok.word) >= 2 else tok.word
        if not body or not all(c in lex.translit for c in body):
            break
        start = tok.start
        if body != tok.word:
            break
    return text[start:end], start


def _foreign_before(analysis: Analysis, end: int, lex: Lexicon, ends: dict[int, _Tok]) -> str | None:
    """A transliterated name of two to five characters right before a foreign title (某某|总统), where
    jieba reads it as one word ending there; not a place (巴西|总统; but a name only a small town abroad
    has is a person's: 加尼|总统), nor the short form of a place the article names (埃塞|总统 where it
    writes 埃塞俄比亚), nor an ordinary word."""
    text = analysis.doc.text
    tok = ends.get(end)
    if tok is None:
        return None
    word, start = tok.word, tok.start
    if len(word) == 1 and word in lex.translit:
        word, start = _translit_words_before(text, end, lex, ends)   # 和班达|里|总统: jieba cut the name
    if word[0] in "和与同及" and len(word) >= 3:
        word, start = word[1:], start + 1     # 和普京|总统: jieba glued the conjunction to the name
    elif start > 0 and text[start - 1] in lex.translit \
            and not any(m.kind == "place" and m.end == start for m in analysis.mentions):
        return None               # the run goes on before the word (not a country's name): a name cut elsewhere
    if not 2 <= len(word) <= 5 or not all(c in lex.translit for c in word):
        return None
    if any(m.kind == "place" and (m.start <= start and m.end >= end or len(m.text) > len(word) and m.text.startswith(word))
           for m in analysis.mentions) \
            or (_foreign_place_name(word) and not _small_town_name(word)) \
            or (is_common_word(word, 100) and not word_tag(word).startswith("nr")):
        return None               # (普京 is a frequent word of jieba's, but tagged as a name)
    return word


def _to_word_end(name: str, start: int, starts: dict[int, _Tok]) -> str:
    """A transliterated ``name`` without the first characters of a verb or adverb its end runs into
    (总统费尔南德斯|提|出: jieba reads 提出 across the end; 米歇尔|坦言, tagged a noun), or without a verb it ends with
    (米佐塔基斯|赞扬)."""
    end = start + len(name)
    for cut in range(end - 2, start + 2, -1):
        tok = starts.get(cut)
        if tok is not None and tok.end == end and tok.flag[:1] == "v" and len(tok.word) >= 2:
            return name[:cut - start].rstrip(_DOT)
    for cut in range(end - 1, start + 2, -1):
        tok = starts.get(cut)
        if tok is not None and tok.end > end and (tok.flag[:1] in ("v", "d", "p") or tok.word in _CUE_AFTER) \
                and len(tok.word) >= 2:
            return name[:cut - start].rstrip(_DOT)
    return name


def _tagged_run(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A transliterated name of three characters or more after a foreign title that jieba reads only in
    part as a name (古|特雷斯), closed by a clause break, a cue verb or a day."""
    run = _foreign_after(text, i, lex)
    if run is None or len(run) < 3:
        return None
    end = i + len(run)
    if not (text[end:end + 1] in _NAME_END or any(text.startswith(w, end) for w in _CUE_AFTER + _FOREIGN_STOP)
            or _DAY_AFTER.match(text, end)):
        return None               # (部长哈尔|比|举行会谈: the run ends where 举行, 会见, 访华 … begin)
    words = _whole_words(i, end, starts)
    if words is None:
        return None               # the run cuts a word: not a name of its own
    return run if any(tok.flag.startswith("nr") for tok in words) else None


def _whole_words(start: int, end: int, starts: dict[int, _Tok]) -> list[_Tok] | None:
    """The words that make up ``[start, end)``, or None when the span cuts a word."""
    words, j = [], start
    while j < end:
        tok = starts.get(j)
        if tok is None or tok.end > end:
            return None
        words.append(tok)
        j = tok.end
    return words


# what closes a transliterated name read after a post with no name tag at all: a speech or a list mark
_UNTAGGED_END = re.compile(r"(?:表示|说|在|，|。|、)")


def _untagged_run(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A transliterated name of three to six characters right after a post that jieba tags as no name at
    all (总裁|拉加|德|在, 主席|因凡蒂诺|在函中说): transliteration characters only, whole words, none of them
    an ordinary word, and closed by a speech verb, 在 or a clause or list mark."""
    run = _foreign_after(text, i, lex)
    if run is None or not 3 <= len(run) <= 6 or "·" in run or not _UNTAGGED_END.match(text, i + len(run)):
        return None
    words = _whole_words(i, i + len(run), starts)
    if words is None or any(is_common_word(tok.word, 100) for tok in words):
        return None               # the run cuts a word, or holds an ordinary one (主席|马上|说)
    return run


# what a surname and one more character do not make a name with (李家, 王们, 张方)
_NOT_GIVEN_ALONE = set("家们方面国级部")


def _speaker_after_title(text: str, i: int, lex: Lexicon, starts: dict[int, _Tok]) -> str | None:
    """A word of two or three characters jieba tags as a name, beginning with a surname, right after a
    post and right before a speech verb (党委书记|鹿心社|说, 副市长|王路|介绍): a name, whatever its last
    character (which ``_plausible`` holds against names elsewhere: 社, 家, 旗, 路 end units, trades and
    streets); not a surname with 家, 们 or 方 (李家: a family, 王方: a side)."""
    tok = starts.get(i)
    if tok is None or tok.flag != "nr" or len(tok.word) not in (2, 3) or not _surname_at(tok.word, 0, lex) \
            or len(tok.word) == 2 and tok.word[1] in _NOT_GIVEN_ALONE:
        return None
    nxt = starts.get(tok.end)
    if nxt is None or nxt.word not in _SPEECH_AFTER or is_common_word(tok.word, 100) or tok.word in _NOT_NAMES \
            or tok.word[1:] in lex.titles:
        return None               # (王|女士: a surname and a form of address, no name)
    return tok.word


_DOT = "·•‧"
_DOT_CHARS = frozenset(_DOT)


def _dotted_names(text: str, toks: list[_Tok], title_re: re.Pattern[str] | None = None,
                  translit: frozenset[str] = frozenset()) -> Iterator[str]:
    """Runs of name-tagged words (nr, nrt, nrfg) around middle dots, at least two characters on each side;
    right before a title the first part may be any word of two to four characters (塞古|ns ·杜尔总统).
    A word of transliteration characters only counts as name-tagged (芭芭拉|z ·哈里森, 卡赞扎|基斯|nz)."""
    def named(tok: _Tok) -> bool:
        return tok.flag.startswith("nr") or (len(tok.word) >= 2 and all(c in translit for c in tok.word)
                                            and not is_common_word(tok.word, 100))

    def between_dots(r: int) -> bool:
        # 安娜·玛利亚·玛图特: a word of transliteration characters alone between two dots is a part,
        # however common (玛利亚)
        return 0 < r < len(toks) - 1 and toks[r - 1].word in _DOT and toks[r + 1].word in _DOT \
            and all(c in translit for c in toks[r].word)

    k = 0
    while k < len(toks):
        if toks[k].word not in _DOT:
            k += 1
            continue
        left = k
        while left > 0 and named(toks[left - 1]) and toks[k].start - toks[left - 1].start <= 6 and (
                left == k or not is_common_word(toks[left - 1].word, 100)
                and (all(c in translit for c in toks[left - 1].word) or not is_common_word(toks[left - 1].word, 20))):
            left -= 1             # (连胜|马克·威廉姆斯, 盛赞|劳尔·卡斯特罗: an ordinary word farther from the dot is no part of the name)
        if left == k and k > 0 and title_re is not None and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", toks[k - 1].word) \
                and k + 2 < len(toks) and toks[k + 1].flag.startswith("nr") \
                and title_re.match(text, toks[k + 1].end):
            left = k - 1
        parts: list[tuple[int, int]] = []
        right = k
        while right < len(toks) and toks[right].word in _DOT:
            r = right + 1
            while r < len(toks) and (named(toks[r]) or between_dots(r)) and toks[r].end - toks[right + 1].start <= 6:
                r += 1
            if r == right + 1:
                break
            parts.append((toks[right + 1].start, toks[r - 1].end))
            right = r
        if left < k and parts and toks[k].start - toks[left].start >= 2 and all(e - s >= 2 for s, e in parts):
            yield _one_dot(text[toks[left].start:parts[-1][1]])
        k = max(right, k + 1)


def _chinese_before(text: str, end: int, lex: Lexicon, ends: dict[int, _Tok],
                    starts: dict[int, _Tok]) -> tuple[str, int] | None:
    tok = ends.get(end)
    if tok and len(tok.word) == 2 and is_common_word(tok.word, 1000) and not text.startswith(_HONORIFICS, end):
        return None               # 荣誉|教授, 陆军|参谋长: a frequent word before a post, even one jieba tags
        #                           nr (before 先生, 女士 … it is a name: 鲁迅|先生)
    if tok and tok.flag.startswith("nr") and 2 <= len(tok.word) <= 4 and _surname_at(tok.word, 0, lex):
        return tok.word, tok.start
    if tok and len(tok.word) == 3 and tok.flag in ("t", "nz") and _surname_at(tok.word, 0, lex) == 1 \
            and tok.word[0] not in _WEAK_SURNAMES:      # (not 和普京|总统: 和 joins two names there)
        return tok.word, tok.start    # 周恩来|总理: jieba knows the name as a word but tags it otherwise
    for length in (3, 2):
        s = end - length
        if s < 0:
            continue
        cand = text[s:end]
        if _surname_at(cand, 0, lex) and not any(c in _GIVEN_STOP for c in cand) \
                and (_tokens_ok(s, end, starts) or (length == 3 and _surname_and_rare_word(text, s, end, starts, lex))):
            return cand, s
    return None


# descriptors that also follow a name as its form of address (某某医生, 某某护士)
_CUES_AFTER = ("医生", "护士", "大夫", "护士长")
# forms of address that follow a personal name and nothing else (a post may follow a modifier:
# 荣誉教授, 陆军参谋长)
_HONORIFICS = ("先生", "女士", "同志", "夫人", "小姐")


# particles jieba glues to the surname that follows them (审议了|栗, 会见|了栗)
_GLUED_BEFORE = set("了对向与和由把被将给")


def _surname_and_rare_word(text: str, s: int, end: int, starts: dict[int, _Tok], lex: Lexicon) -> bool:
    """审议了栗|战书|委员长: a surname (alone, or glued to a particle before it) and a rare
    two-character word right before a title: a name jieba cut as a word."""
    if text[s] in _WEAK_SURNAMES:
        return False
    alone = starts.get(s)
    glued = starts.get(s - 1)
    surname = (alone is not None and len(alone.word) == 1) or (
        glued is not None and glued.end == s + 1 and glued.word[0] in _GLUED_BEFORE
        and not is_common_word(glued.word, 100))    # 了解|战书: 解 is no surname in 了解
    given = starts.get(s + 1)
    return surname and given is not None and given.end == end and len(given.word) == 2 \
        and given.flag not in _FUNCTION_FLAGS and given.word[-1] not in _BAD_END \
        and not is_common_word(given.word, 1000)


_HOME = ("中国", "我国", "中华人民共和国", "中方", "国家", "国务院")


@lru_cache(maxsize=1024)
def _country_of(key: str) -> str:
    """The key of the country a place is in (geo:city:… → geo:FR; '' when none is known)."""
    from ..gazetteer import load

    return load().country_of(key)


def _country_before(analysis: Analysis, start: int) -> str:
    """The key of the foreign country written before a title, right before it (「印度总理」) or before
    the body the title belongs to (「法国宪法委员会主席」), else ""."""
    text = analysis.doc.text
    for m in analysis.mentions:
        lead = m.attr("lead_place") if m.kind == "organization" else None
        if lead and lead.startswith("geo:") and m.end == start:
            country = lead if lead.count(":") == 1 else _country_of(lead)
            if country and country != "geo:CN":
                return country.split(":")[1]    # 法国宪法委员会|主席, 法国里昂某商会|会长: named after its country
        if m.kind == "place" and m.key.startswith("geo:") and m.key != "geo:CN" and not posted_to(text, m.start):
            if m.end == start or (m.end < start and _ORGAN_BETWEEN.fullmatch(text[m.end:start])):
                return m.key.split(":")[1] if m.key.count(":") == 1 else (m.attr("chain") or "").split("|")[0][4:]
    return _party_country_before(text, start)


def _party_country_before(text: str, start: int) -> str:
    """The foreign country opening the name of a party whose post comes before the title at ``start``,
    a country the place recogniser leaves inside the party's name (老挝人民革命党中央总书记、国家主席):
    the code, else ""."""
    lo = max(0, start - _MAX_APPOSITIVE)
    opens = [m.end() for m in TITLES_START.finditer(text, lo, start)]
    lo = opens[-1] if opens else lo
    for key, end in _countries_opening(text, lo, start):
        if "党" in text[end:start] and _ORGAN_BETWEEN.fullmatch(text, end, start):
            return key.split(":")[1] if key != "geo:CN" and key.count(":") == 1 else ""
    return ""


def _countries_opening(text: str, start: int, stop: int) -> Iterator[tuple[str, int]]:
    """The countries whose standard name (no ordinary word) opens ``text`` at ``start`` (ending before
    ``stop``), each with the end of its name, shortest first."""
    from ..gazetteer import load, strong_form

    for n in range(2, min(8, stop - start) + 1):
        word = text[start:start + n]
        keys = {r.key for r in _foreign_places_named(word) if r.level == "country" and strong_form(load(), word, r.key)}
        if len(keys) == 1:
            yield keys.pop(), start + n


# what may open the next post of a list of one country's officers (、财政|部长, 、|外长): a body of
# that country, not ours nor an international one (联合国副|秘书长)
_LISTED_POST = re.compile(r"(?!.*(?:中国|我国|中方|驻|联合国|国际|世界|组织|欧盟|非盟|东盟))[\u4e00-\u9fff]{0,6}")


# 中国驻某国|大使, 我国驻某地|总领事: an envoy of China, named like any Chinese official
_CHINESE_ENVOY = re.compile(r"(?:(?<![\u4e00-\u9fff])|中国|我国|中华人民共和国)驻[\u4e00-\u9fff]{1,12}$")


def posted_to(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows 驻 (中国驻法国大使, 驻某国使馆): where the post is, not whose."""
    return text[max(0, start - 1):start] == "驻"


# between a country and a title: another post and 、 or 兼 (某国|总理特使、前|总统, 某国|副总理兼|国防部长), the name of a body (法国|宪法委员会|
# 主席, 美国|国会众议院|议长, 某国|国民会议|副主席), a word that dates or ranks the post (美国|前|国务卿, 某国|国防部第二|部长), and the
# portfolio of a minister (美国|财政|部长)
_ORGAN_BETWEEN = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:特使|特别代表|代表|部长|主席|总理|首相|大臣|总统|议长|顾问)(?:、|兼)|"
                            r"[\u4e00-\u9fff]{0,8}?(?:党|党中央)总书记、)?"
                            r"(?:[\u4e00-\u9fff]{0,8}(?:委员会|议会|会议|国会|众议院|参议院|政府|内阁|外交部|国防部|"
                            r"财政部|部|党|组织|银行|基金会|协会|大学|法院|院))?(?:前|原|时任|现任|第[一二三四五六七八九十])?"
                            r"(?:财政|外交|国防|内政|内务|商务|贸易|经济|司法|卫生|教育|农业|工业|能源|交通|文化|旅游|环境|劳工|安全)?")


def _foreign_country_before(analysis: Analysis, start: int, ends: dict[int, _Tok]) -> bool:
    """Whether a foreign country (or 时任) precedes the title at ``start``."""
    for m in analysis.mentions:
        if m.kind == "place" and m.end in (start, start - 1):
            # 中国驻|法国|大使: the country of the post, not of the envoy
            return m.key.startswith("geo:") and m.key != "geo:CN" and not posted_to(analysis.doc.text, m.start)
    if _country_before(analysis, start):
        return True             # 法国|宪法委员会|主席
    tok = ends.get(start)
    if tok and tok.flag in ("ns", "nrt") and tok.word not in _HOME and tok.word[-1] not in _PLACE_SUFFIX \
            and not posted_to(analysis.doc.text, tok.start):
        return True
    return analysis.doc.text[max(0, start - 2):start] == "时任"


def _country_right_before(analysis: Analysis, start: int) -> bool:
    """A foreign country written right before ``start`` (肯尼亚|选手)."""
    return any(m.kind == "place" and m.end == start and m.attr("level") == "country" and m.key != "geo:CN"
               for m in analysis.mentions)


@lru_cache(maxsize=4096)
def _foreign_place_name(word: str) -> bool:
    """Whether ``word`` is the full name of a country or a foreign city in the gazetteer."""
    return bool(_foreign_places_named(word))


def _foreign_places_named(word: str) -> list:
    from ..gazetteer import load

    return [r for r in load().lookup(word) if r.name == word and r.level in ("country", "foreign-city", "foreign-state")]


@lru_cache(maxsize=4096)
def _place_name(word: str) -> bool:
    """Whether ``word`` is the name (full or short) of any place in the gazetteer."""
    from ..gazetteer import load

    return bool(load().lookup(word))


def _town_stem(word: str) -> bool:
    """Whether ``word`` names a place of the gazetteer, alone or with a unit's suffix (张江: 张江镇)."""
    return any(_place_name(word + suffix) for suffix in ("", "镇", "乡", "街道", "村", "县", "区", "市"))


def _ends_words(text: str, word: str, starts: dict[int, _Tok]) -> bool:
    """Whether every occurrence of ``word`` in ``text`` ends a name: where a jieba word starts that is
    no lone character going on the name (李|新民, 王斌|来|、, 魏凤|和|、: 李新民, 王斌来, 魏凤和)."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        nxt = starts.get(end)
        if end < len(text) and nxt is None:
            return False
        if nxt is not None and len(nxt.word) == 1 and "\u4e00" <= nxt.word <= "\u9fff" and (
                nxt.flag not in _FUNCTION_FLAGS or text[nxt.end:nxt.end + 1] in ("、", "，", "。", "；", "")):
            return False
        i = text.find(word, i + 1)
    return True


def _small_town_name(word: str) -> bool:
    """A foreign place name that is only a small town's: often a person's name too (几内亚总统杜尔, not
    the Belgian town Dour)."""
    places = _foreign_places_named(word)
    return bool(places) and all(r.level == "foreign-city" and r.population < _TOWN_POPULATION for r in places)


_TOWN_POPULATION = 100_000


# what closes a one-character foreign given name after a title (泰国外长某说, 泰国外长某、缅甸…)
_ONE_CHARACTER_CLOSE = re.compile(r"说|表示|指出|强调|认为|、")


# what ends a place's name rather than a person's (丁李湾, 伍家嘴)
_PLACE_FINALS = frozenset("湾嘴村庄屯寨坪岭沟洼塘")
# a place before 的 that is where the person named after it lives (家住某区的某某)
_LIVES_AT = frozenset(("家住", "住在", "来自", "生活在"))


def _described_name(toks: list[_Tok], k: int) -> bool:
    """「获得奥运冠军的某某，」「在东莞务工的某某，」: a two- or three-character word jieba tags as a
    name, no dictionary word, written after a 的 that closes what describes it and before a comma or
    、 (not after a time word: 「过去的某洛，」 is a place then and now; not after a place, unless the
    place is where the person lives: 「家住某区的某某，」)."""
    tok = toks[k]
    if tok.flag not in ("nr", "nrfg") or not 2 <= len(tok.word) <= 3 or word_frequency(tok.word) > 0:
        return False
    if tok.word[-1] in _PLACE_FINALS or k < 2 or k + 1 >= len(toks):
        return False
    if toks[k - 1].word != "的" or toks[k + 1].word not in ("，", "、") or toks[k - 2].flag == "t":
        return False
    # 「某镇的某梅、某碓和某村」: after a place, a village of it, unless the place is where one lives
    return not toks[k - 2].flag.startswith("ns") or any(t.word in _LIVES_AT for t in toks[max(0, k - 8):k - 2])


def find_names(analysis: Analysis) -> dict[str, set[str]]:
    """Names accepted in a cue context, each with the set of titles seen next to it."""
    lex = lexicon()
    text = analysis.doc.text
    toks = document_tokens(analysis)
    starts = {t.start: t for t in toks}
    ends = {t.end: t for t in toks}
    names: dict[str, set[str]] = {}
    place_starts = {m.start for m in analysis.mentions if m.kind == "place"}
    place_ends = {m.end for m in analysis.mentions if m.kind == "place"}

    def accept(name: str | None, title: str | None, country: str = "", at: int | None = None) -> None:
        if at is not None and name and _cuts_title(text, at, at + len(name), lex):
            return                # 副秘书长|任副|主任: a title starts inside the name and runs past it
        if name and _plausible(name, lex) and (not _foreign_place_name(name) or country and _whole_name_at(name, at)):
            names.setdefault(name, set())
            if title:
                names[name].add(title)
            if country:
                names[name].add("@" + country)

    def _whole_name_at(name: str, at: int | None) -> bool:
        # 阿根廷|总统 is a country; but a small town's name after the title of a foreign country's
        # officer is a person's when no name part follows it (几内亚总统杜尔|访华, not 主席普拉|昌达)
        if at is None or not _small_town_name(name):
            return False
        nxt = starts.get(at + len(name))
        return nxt is not None and not nxt.flag.startswith("nr") and nxt.word[:1] not in lex.translit

    listed: tuple[int, str] = (-1, "")      # where the last name read after a title ends, and its country
    for m in lex.title_re.finditer(text):
        title, cls = m.group(), lex.titles[m.group()]
        nation = _country_before(analysis, m.start())
        if not nation and text[listed[0]:listed[0] + 1] == "、" \
                and _LISTED_POST.fullmatch(text, listed[0] + 1, m.start()):
            nation = listed[1]    # 美国贸易代表某某、财政部长某某: the next of a list keeps the country of the first
        # title before the name
        after = None
        if cls in ("foreign", "leader") and (nation or _foreign_country_before(analysis, m.start(), ends)):
            after = _foreign_after(text, m.end(), lex)
        elif cls in ("cue", "role") and _country_right_before(analysis, m.start()):
            after = _foreign_after(text, m.end(), lex)      # 肯尼亚选手基普乔格: a foreign name after any title
            after = after if after and len(after) >= 3 and _closed(text, m.end() + len(after), _NAME_END) else None
            tok = starts.get(m.end())
            if after is None and tok is not None and tok.flag in ("nr", "nrt") and len(tok.word) == 2 \
                    and all(c in lex.translit for c in tok.word) and not is_common_word(tok.word, 100) \
                    and not _foreign_place_name(tok.word) and text[tok.end:tok.end + 1] not in lex.translit \
                    and text[tok.end:tok.end + 1] not in _DOT_CHARS:
                after = tok.word  # 奥地利选手|蒂姆(nrt)|发起: a two-character name jieba reads whole (not 拉德|克里夫,
                #                   a longer one cut)
        if after is None and cls == "role" and nation:
            # 缅甸国际合作部部长|觉丁|和…: a post of a foreign body, a transliterated name jieba tags as one
            run = _foreign_after(text, m.end(), lex)
            words = _whole_words(m.end(), m.end() + len(run), starts) if run else None
            if words and any(t.flag.startswith("nr") for t in words) and _closed(text, m.end() + len(run), _NAME_END):
                after = run
        if after is None:
            strict = cls in ("foreign", "leader") and not _CHINESE_ENVOY.search(text, max(0, m.start() - 16), m.start())
            after = _chinese_after(text, m.end(), lex, starts, strict=strict)   # (中国驻某国大使 is a post of ours)
            if cls in ("foreign", "leader"):
                run = _foreign_after(text, m.end(), lex)
                if run and (after is None or len(run) > len(after)) and (starts.get(m.end()) or _Tok("", "", 0, 0)).flag.startswith("nr"):
                    after = run
        if after is None and cls in ("foreign", "leader"):
            tok = starts.get(m.end())
            if tok and tok.flag in ("nr", "nrt", "nrfg", "x"):
                after = _foreign_after(text, m.end(), lex)
                if after is None and tok.flag in ("nr", "nrt") and len(tok.word) >= 3 and cls == "foreign" \
                        and _foreign_country_before(analysis, m.start(), ends) and not is_common_word(tok.word, 100):
                    after = tok.word      # 泰国公主|诗琳通: a name jieba reads whole, of characters not transliterating
            elif cls == "foreign":
                after = _tagged_run(text, m.end(), lex, starts)     # 秘书长|古|特雷斯|表示
        if cls in ("cue", "role"):
            run = _tagged_run(text, m.end(), lex, starts)          # 「医生坎普尔说」「主席格林伯格率领」
            if run and (after is None or len(run) > len(after)):
                after = run
        if after is None and cls in ("foreign", "leader", "role"):
            after = _untagged_run(text, m.end(), lex, starts)      # 「总裁拉加德在…」: no name tag at all
        if after is None and cls in ("foreign", "leader") and nation and text[m.end():m.end() + 1] in lex.translit \
                and _ONE_CHARACTER_CLOSE.match(text, m.end() + 1):
            after = text[m.end()]         # 泰国外长|某|说, 泰国外长|某|、某国外长…: a one-character given name
            names.setdefault(after, set()).update((title, "@" + nation))    # (accept() wants two characters)
        if (after is None or not _plausible(after, lex)) and cls != "foreign":
            spoken = _speaker_after_title(text, m.end(), lex, starts)
            if spoken is not None:     # 「区委书记李跃旗说」: a name may end in 旗, 社, 家 … (which accept()
                names.setdefault(spoken, set()).add(title)    # refuses, so it is taken here)
                after = spoken
        if after is None and cls != "leader":
            after = _repeated_after(text, m.end(), lex, starts)    # 「女孩甘如意」, later 「甘如意是…」
        if after is None:
            after = _repeated_pair_after(text, m.end(), lex, starts)   # 「主席万钢宣读」, later 「万钢在…表示」
        dotted = _dotted_after(text, m.end(), lex, starts)
        if dotted and (after is None or len(dotted) > len(after)):
            after = dotted                # 「主任乔纳森·以赛亚表示」: the parts need no name tags after a title
        if after is None and cls in ("leader", "role") and text[m.end():m.end() + 1] == "的":
            tok = starts.get(m.end() + 1)
            if tok is not None and tok.flag.startswith("nr"):
                # 「担任县委书记的王明，」; a lone surname jieba tags as a name (队长的|李|新民) needs the loose reading
                after = _chinese_after(text, m.end() + 1, lex, starts, strict=len(tok.word) > 1)
        if after and text[m.end() + len(after):m.end() + len(after) + 1] in ("·", "•", "‧"):
            after = _foreign_after(text, m.end(), lex) or after   # 「部长马丁·古斯曼」: 马 is a surname too
        country = nation if cls != "cue" else ""
        if country == "JP":
            jp = _kanji_name_after(text, m.end())
            if jp and (after is None or len(jp) > len(after)):
                after = jp                # 日本前首相福田康夫: jieba reads a place (福田) and a name (康夫)
        elif country in _HANJA_NAMES and _surname_at(text, m.end(), lex) == 1:
            run = _kanji_name_after(text, m.end(), _HANJA_NAMES[country])
            if run and (after is None or len(run) > len(after)):
                after = run               # 韩国外长康京和|认为, 越南副总理兼外长范平明|出席: jieba cuts them (康京|和)
        if after and len(after) > 2:
            after = _to_word_end(after, m.end(), starts)     # 总统费尔南德斯|提出: 提 starts a word
        if after and title in _NAMING and text[m.end() + len(after):m.end() + len(after) + 1] not in "，。；、":
            after = None          # 「一个名叫谷里的乡村」: the name of a thing
        accept(after, title, nation, at=m.end())
        if after:
            listed = (m.end() + len(after), nation)
        if after and cls != "leader":
            for name in _listed_after(text, m.end() + len(after), lex, starts):
                accept(name, None)      # 「擎旗手郭凤通、涂李响、王子赫」: the names listed after the first
        # name before the title
        if (cls != "cue" or title in _CUES_AFTER) and title[0] not in _PLACE_SUFFIX and title not in _ENVOYS:
            before = _chinese_before(text, m.start(), lex, ends, starts)
            if before and cls == "cue" and (is_common_word(before[0], 20) or text[before[1] - 1:before[1]] == "“"):
                before = None     # 「“索道医生”」「祝福医生和…」: a word before a descriptor, not a name
            if before:
                # (not 塞古·|杜尔|总统: the last part of a dotted name, read whole elsewhere)
                if text[m.start() - len(before[0]) - 1:m.start() - len(before[0])] not in ("·", "•", "‧"):
                    accept(before[0], title)
            elif cls in ("foreign", "leader"):
                run = _foreign_before(analysis, m.start(), lex, ends)
                if run and _foreign_place_name(run):
                    names.setdefault(run, set()).add(title)     # 加尼|总统: a small town's name (accept() refuses it)
                elif run:
                    accept(run, title)    # 「某某总统就任以来两次访华」: a transliterated name before the title
    # 「巴哈古丽·托勒恒」: name-tagged words joined by a middle dot are one (transliterated) name
    for name in _dotted_names(text, toks, lex.title_re, lex.translit):
        accept(name, None)
    # 「李缘、邵婷、李梦、韩旭等主力球员」「武桐桐、张茹两位年轻球员」: a list of names before 等 or a
    # count, then a post
    for m in _NAME_LIST.finditer(text):
        post = lex.title_re.search(text, m.end(), m.end() + 8)
        leaders = _LEADERS_AFTER_LIST.match(text, m.end())
        if leaders is None and (post is None or lex.titles[post.group()] not in ("cue", "role")
                                or re.search(r"[，。；：、]", text[m.end():post.start()])):
            continue
        pos = m.start(1)
        items = m.group(1).split("、")
        if leaders is not None:
            # (the names of a list of leaders may be words too: 汪洋)
            for item in items:
                if len(item) in (2, 3) and _surname_at(item, 0, lex) and item[0] not in _WEAK_SURNAMES:
                    names.setdefault(item, set())
            continue
        if any(is_common_word(item, 100) for item in items):
            continue              # 「小麦、玉米、水稻等种粮农民」: things, not people
        for item in items:
            if _chinese_after(text, pos, lex, starts) == item:
                accept(item, None)
            pos += len(item) + 1
    # 「滕玥（军队支援湖北医疗队医生）：」: a name opening its line or clause, its post in brackets after it
    for m in re.finditer(r"(?:^|(?<=[，。；：\s]))([\u4e00-\u9fff]{2,3})[（(]([^（）()\n]{2,30})[）)]", text):
        cand = m.group(1)
        if _surname_at(cand, 0, lex) and cand[0] not in _WEAK_SURNAMES and ends_in_title(m.group(2)) \
                and _chinese_after(text, m.start(1), lex, starts) == cand:
            accept(cand, None)
    # 「苗华一行」: a name between a clause break and 一行
    for m in re.finditer(r"(?:^|(?<=[，。；：、\s（(]))([\u4e00-\u9fff]{2,3})一行", text):
        cand = m.group(1)
        if _surname_at(cand, 0, lex) and cand[0] not in _WEAK_SURNAMES:
            accept(cand, None)
    # 「王珊珊攻入两球」「吴海燕、李影各入一球」「唐佳丽在开场不久就攻破对方球门」: names opening a
    # clause whose verb is a goal scored
    for name in _scorers(text, lex):
        accept(name, None)
    for name in _medallists(text, lex):
        accept(name, None)
    # bare jieba names in a cue context (a 、-list before a cue verb counts)
    for k, tok in enumerate(toks):
        if not tok.flag.startswith("nr") or not 2 <= len(tok.word) <= 4:
            continue
        if tok.flag != "nrt" and not _surname_at(tok.word, 0, lex):
            continue
        if tok.flag == "nrt" and k > 0 and _translit_word(toks[k - 1], lex):
            # 阿斯|卡尔|强调, 希尔|高|拉米|表示: the tail of a longer transliterated name, read whole
            # from a clause mark or a title
            j = k
            while j > 0 and _translit_word(toks[j - 1], lex) and tok.end - toks[j - 1].start <= 8:
                j -= 1
            before = text[toks[j].start - 1:toks[j].start] if toks[j].start > 0 else "，"
            if before in "，。；：、“（ \u3000\n" or ends_in_title(text[max(0, toks[j].start - 8):toks[j].start]):
                tok = _Tok(text[toks[j].start:tok.end], "nrt", toks[j].start, tok.end)
            else:
                continue
        if _foreign_place_name(tok.word):
            continue              # jieba tags 慕尼黑, 达沃斯 as names: 「王毅在慕尼黑会见…」
        if is_common_word(tok.word, 1000):
            continue              # 「穿越重重|封锁|来到」: an ordinary word jieba tags as a name
        if len(tok.word) == 4 and not word_tag(tok.word[:2]).startswith("nr") \
                and is_common_word(tok.word[:2], 100) and is_common_word(tok.word[2:], 100):
            continue              # 「应邀出席|nr」: two ordinary words jieba tags as one name
        if text[tok.start - 1:tok.start] in _COUNTED_BEFORE and tok.start > 0:
            continue              # 「成千上万只白天鹅来到这里」: counted animals or things, not a person
        if tok.start in place_ends and tok.word[-1] in _SITE_END:
            continue              # 「来到某县某镇白莺山考察」: a hill or lake of the place written before it
        k2 = k + 1
        while k2 + 1 < len(toks) and toks[k2].word == "、" and toks[k2 + 1].flag.startswith("nr"):
            k2 += 2
        if k2 < len(toks) and toks[k2].word == "等" and _COUNTED_PEOPLE.match(text, toks[k2].end):
            accept(tok.word, None)    # 「李奎等5名队员」「张三等3位专家」: the first of a counted group of people
            continue
        listed = k2 > k + 1 or (k > 0 and toks[k - 1].word == "、")
        if k2 < len(toks) and toks[k2].word in ("等", "等人"):
            k2 += 1
        if k2 < len(toks) and (_cue_word(toks[k2].word, _CUE_AFTER) or (listed and _cue_word(toks[k2].word, _LIST_CUE_AFTER))
                               or (toks[k2].word == "参加" and text.startswith(_MEETINGS, toks[k2].end))):
            accept(tok.word, None)    # (「王毅参加会见。」: present at a leader's meeting)
        elif k2 < len(toks) and toks[k2].word in ("和", "及") and (k2 > k + 1 or toks[k - 1].word == "、") and re.match(
                r"[^，。；、]{1,20}?陪同", text[toks[k2].end:toks[k2].end + 24]):
            accept(tok.word, None)    # 「丁薛祥、肖捷、赵克志和国家卫生健康委负责同志陪同考察」
        elif 2 <= len(tok.word) <= 3 and tok.flag == "nr" and k2 == k + 1 and k2 < len(toks) \
                and toks[k2].word == "是" and (_clause_start(text, tok.start) or _AGE_BEFORE.search(text, max(0, tok.start - 16), tok.start)) \
                and _holds_post(text, toks[k2].end, lex):
            accept(tok.word, None)    # 「谌磊是火神山医院的一名护士。」「1998年出生的某某是…的一位护士」: a post
        elif len(tok.word) == 3 and tok.flag == "nr" and k2 == k + 1 and k2 < len(toks) and toks[k2].word == "在" \
                and _clause_start(text, tok.start) and toks[k2].end in place_starts:
            accept(tok.word, None)    # 「王小明在巴黎出席…」: a name opening a clause, then 在 and a place
        elif _clause_subject(text, toks, k):
            accept(tok.word, None)    # 「，苏炳添未能闯入决赛」: a rare three-character name opening a clause, a verb after it
        elif _described_name(toks, k):
            accept(tok.word, None)    # 「获得奥运冠军的某某，」「家住某区的某某、」: a name no dictionary holds, after 的
        elif tok.word in analysis.known_names and (len(tok.word) > 2 or _ends_words(text, tok.word, starts)):
            accept(tok.word, None)    # a name another article of the run gives with a title (a two-character
            #                           one only where no word runs on past it: not 李|新民, 李新民's)
    # 「王毅参加会见。」「彭渝每天都要…」: a name jieba tags (nr) wherever the document writes it, at least
    # twice, and opening a clause at least once
    for word in _repeated_clause_names(text, toks, starts, lex):
        accept(word, None)
    # 「。某某诺夫强调，」: a transliterated name the document writes more than once, opening a clause
    # before a speech verb
    for name in _repeated_translit_speakers(text, lex, {m.start for m in analysis.mentions}):
        accept(name, None)
    # 「段莹莹说，」: a surname and a two-character word opening a clause before a speech verb
    for k in range(len(toks) - 2):
        sur, given, verb = toks[k], toks[k + 1], toks[k + 2]
        if len(sur.word) == 1 and _surname_at(sur.word, 0, lex) and sur.word not in _WEAK_SURNAMES \
                and len(given.word) == 2 and given.flag[:1] in ("a", "n", "t") and given.flag != "ns" \
                and given.word[-1] not in _BAD_END and given.word[-1] not in "人们" \
                and not is_common_word(given.word, 1000) and verb.word in _SPEECH_AFTER \
                and _clause_start(text, sur.start):
            accept(sur.word + given.word, None)
    # 「许双双说，」: a surname and a doubled character opening a clause before a speech verb, whatever jieba
    # tags the pair (双双|m); not a kin word (金妈妈说) nor an adverb (常常说)
    for m in _DOUBLED_SPEAKER.finditer(text):
        sur, given = m.group(1), m.group(2)
        if _clause_start(text, m.start(1)) and sur in lex.surnames and sur not in _WEAK_SURNAMES \
                and given not in _KIN_WORDS and word_tag(given) != "d":
            accept(sur + given, None)
    # 「（拉脱维亚）某某·某某」: a contributor's byline, the author's country in brackets on a line of its own
    for m in AUTHOR_LINE.finditer(text):
        country = next((p.key for p in analysis.mentions if p.kind == "place" and p.start == m.start(1)
                        and p.end == m.end(1) and p.attr("level") == "country"), None)
        if country is not None and country.count(":") == 1:
            accept(m.group(2), None, country.split(":")[1] if country != "geo:CN" else "")
    # 「某某（中国某协会主席）」: a contributor's byline, the author's post in brackets after the name
    for m in TITLED_AUTHOR_LINE.finditer(text):
        if _surname_at(m.group(1), 0, lex) and ends_in_title(m.group(2)):
            accept(m.group(1), None)
    for name in _list_fellows(text, names, lex, place_starts):
        accept(name, None)
    for name in _tagged_fellows(text, names, lex, starts, place_starts):
        accept(name, None)
    for name in _kin_pair(text, lex, place_starts):
        accept(name, None)
    for name in _team_members(text, lex, place_starts, names):
        accept(name, None)
    for name in _slash_pairs(text, lex, starts):
        accept(name, None)
    for name in _beaten(text, lex, starts):
        accept(name, None)
    for name in _joined_names(text, toks, lex):
        accept(name, None)
    _dotted_wholes(text, names, starts, lex)
    _settle_lengths(text, names, starts)
    for name, marks in names.items():
        if not any(t.startswith("@") for t in marks):
            country = next(filter(None, (_appositive_country(analysis, m.start(), names)
                                         or _delegation_country(analysis, m.end())
                                         for m in re.finditer(re.escape(name), text))), "")
            if country:
                marks.add("@" + country)     # 吉尔吉斯斯坦《某报》第一副总编辑某某: of that country
    return names


# where the titles before a name begin: a clause mark, a space, the end of a dateline (新华社某地某日电);
# not 《》 nor 、 (吉尔吉斯斯坦《某报》副总编辑某某, 某国某党主席、总统某某)
TITLES_START = re.compile(r"[，。；：！？“”（）\s\u3000]|\d+日电")
# words of an appositive that say nothing of the person's nationality: China's, a posting, a place
# where the person is or goes (在美国工作的, 赴日), an overseas Chinese (华侨, 华人)
_NOT_NATIONALITY = re.compile(r"驻|中国|我国|中方|华|在|赴|前往|到|留学|旅")
# what ends another person's titles before the name's own: 印度总理某某和|国家主席某某
# (not one inside an organ's name: 马尔代夫通信、科学和技术部国务部长某某)
_JOINED = re.compile(r"(?:和|与|同|及)(?![\u4e00-\u9fff]{1,8}?(?:部|局|署|委员会|研究所|研究院))")
_MAX_APPOSITIVE = 30
# a verb of meeting a guest: the guest's titles begin after it (某某在京会见|某国某党主席某某: the host's
# frame, 在京, says nothing of the guest's nationality)
_MEETS = re.compile(r"(?:会见|会晤|接见|宴请)了?")


def _appositive_country(analysis: Analysis, start: int, names: dict[str, set[str]]) -> str:
    """The foreign country of the titles written right before a name when they name one and no other
    person (菲律宾外交部主管政策的副部长某某, 吉尔吉斯斯坦《某报》第一副总编辑某某): the code, else ""."""
    text = analysis.doc.text
    lo = max(0, start - _MAX_APPOSITIVE)
    opens = [m.end() for m in TITLES_START.finditer(text, lo, start) if not _quoted_inside(text, m.start(), lo, start)]
    lo = opens[-1] if opens else lo
    # (栗战书会见|土库曼斯坦某会议副主席某某: the titles begin after another name or a conjunction)
    cuts = [m.end() for m in _JOINED.finditer(text, lo, start)]
    cuts += [m.end() for m in _MEETS.finditer(text, lo, start)]
    cuts += [i + len(n) for n in names for i in [text.rfind(n, lo, start)] if i >= 0]
    lo = max([lo, *cuts])
    span = text[lo:start]
    if not span or not ends_in_title(span) or _NOT_NATIONALITY.search(span):
        return ""
    found = {m.key for m in analysis.mentions if m.kind == "place" and lo <= m.start and m.end <= start
             and m.attr("level") == "country"}
    found |= {lead for m in analysis.mentions if m.kind == "organization" and lo <= m.start and m.end <= start
              for lead in [m.attr("lead_place") or ""] if lead.startswith("geo:")}    # 阿曼报业集团|副总编辑
    if not found:
        found = _countries_written(span)     # 塞尔维亚|前进党主席、总统: a country inside a party's name
    if len(found) != 1:
        return ""
    key = found.pop()
    return key.split(":")[1] if key != "geo:CN" and key.count(":") == 1 else ""


# 「由某某率领的墨西哥议会代表团」: the delegation a person heads, the country opening its name
_HEADS_DELEGATION = re.compile(r"率领的([^，。；：、“”（）]{2,24}?)(?:代表团|访华团|访问团)")


def _delegation_country(analysis: Analysis, end: int) -> str:
    """The foreign country of the delegation the person whose name ends at ``end`` heads, when the
    delegation's name opens on a country (由某某率领的日本遗孤感恩访华团): the code, else ""."""
    text = analysis.doc.text
    m = _HEADS_DELEGATION.match(text, end)
    if m is None:
        return ""
    key = next((p.key for p in analysis.mentions if p.kind == "place" and p.start == m.start(1)
                and p.attr("level") == "country"), "")
    if not key:               # a country the recogniser leaves inside a party's name (委内瑞拉统一社会主义党)
        key = next((k for k, _ in _countries_opening(text, m.start(1), m.end(1))), "")
    return key.split(":")[1] if key.startswith("geo:") and key != "geo:CN" and key.count(":") == 1 else ""


def _quoted_inside(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the quotation mark at ``i`` belongs to a pair closed between ``lo`` and ``hi``: a quoted
    name inside the titles (泰国某研究院泰中“一带一路”合作研究中心主任某某), not where they begin."""
    if text[i] == "“":
        return "”" in text[i + 1:hi]
    if text[i] == "”":
        return "“" in text[lo:i]
    return False


def _countries_written(span: str) -> set[str]:
    """The keys of the countries whose standard names (no ordinary words) the text ``span`` writes."""
    from ..gazetteer import load, strong_form

    out = set()
    for i in range(len(span) - 1):
        for n in range(2, min(8, len(span) - i) + 1):
            word = span[i:i + n]
            out |= {r.key for r in _foreign_places_named(word) if r.level == "country" and strong_form(load(), word, r.key)}
    return out


def _translit_word(tok: _Tok, lex: Lexicon) -> bool:
    """Whether ``tok`` may be part of a transliterated name: transliteration characters only, no
    title (德国总理|nr) nor place, and name-tagged or no ordinary word of two characters or more."""
    return all(c in lex.translit for c in tok.word) and not _foreign_place_name(tok.word) \
        and not ends_in_title(tok.word) \
        and (tok.flag.startswith("nr") or len(tok.word) == 1 or not is_common_word(tok.word, 100))


# a 、-list of two- to four-character items between clause marks
_ITEM_LIST = re.compile(r"(?:^|(?<=[，。；：\s（“]))((?:(?:(?!等)[\u4e00-\u9fff]){2,4}、)+(?:(?!等)[\u4e00-\u9fff]){2,4})(?=等|[，。；、]|" +
                        "|".join(c for c in _CUE_AFTER if len(c) >= 2) + ")")


def _item_spans(m: re.Match[str]) -> list[tuple[str, int]]:
    """The items of an ``_ITEM_LIST`` match and where each starts."""
    spans, pos = [], m.start(1)
    for item in m.group(1).split("、"):
        spans.append((item, pos))
        pos += len(item) + 1
    return spans


def _list_fellows(text: str, names: dict[str, set[str]], lex: Lexicon, place_starts: set[int]) -> Iterator[str]:
    """「栗战书、汪洋、王沪宁出席」: in a 、-list whose other items are all accepted names (at least two), a
    two- or three-character item opening with a surname is a name too, though jieba cut it (栗|战书), and
    so is a four-character item of no surname and no ordinary word (a Tibetan name: 切阳什姐)."""
    for m in _ITEM_LIST.finditer(text):
        spans = _item_spans(m)
        unknown = [(item, at) for item, at in spans if item not in names]
        if len(unknown) != 1 or len(spans) - 1 < 2:
            continue
        item, at = unknown[0]
        if at in place_starts or is_common_word(item, 100):
            continue
        if len(item) <= 3 and _surname_at(item, 0, lex) and item[0] not in _WEAK_SURNAMES and item[-1] not in _BAD_END:
            yield item
        elif len(item) == 4 and not _surname_at(item, 0, lex) and not set(item[1:3]) & lex.common_surnames \
                and not is_common_word(item[:2], 100) and not is_common_word(item[2:], 100):
            # (not a word before a name: 追授|徐辉, 以|汤素兰)
            yield item            # 「刘某、切阳什姐、蔡某」: a Tibetan or Yi name of four characters, no surname


def _tagged_fellows(text: str, names: dict[str, set[str]], lex: Lexicon, starts: dict[int, _Tok],
                    place_starts: set[int]) -> Iterator[str]:
    """「王某某、李影、张馨也制造了威胁」: in a 、-list with an accepted name, the other items jieba reads
    as one name-tagged word each (a surname and one or two characters, no ordinary word) are names too."""
    for m in _ITEM_LIST.finditer(text):
        items = _item_spans(m)
        if not any(item in names for item, _ in items):
            continue
        unknown = [(item, at) for item, at in items if item not in names]
        tagged = [item for item, at in unknown
                  if (tok := starts.get(at)) is not None and tok.word == item and tok.flag in ("nr", "nrfg")
                  and 2 <= len(item) <= 3 and _surname_at(item, 0, lex) and item[0] not in _WEAK_SURNAMES
                  and at not in place_starts and not is_common_word(item, 100)]
        if unknown and len(tagged) == len(unknown):
            yield from tagged


# two or three people named together as a couple or as kin: 某甲、某乙夫妇, 某甲和某乙夫妻俩, 甲、乙、丙三兄弟
_KIN = re.compile(r"[两三四]?(?:夫妇|夫妻|姐妹|兄弟|母女|母子|父女|父子)")
_KIN_JOINT = "、和"
_KIN_OPEN = "的与和同跟"


def _kin_pair(text: str, lex: Lexicon, place_starts: set[int]) -> Iterator[str]:
    """The names of a couple or of kin written before 夫妇, 夫妻, 姐妹, 兄弟 … and joined by 、 or 和: each
    two or three characters opening with a surname (the first one after a boundary: punctuation, 的, 与
    or a title), none an ordinary word or a place, or none of them is read."""
    for m in _KIN.finditer(text):
        items: list[tuple[int, int]] = []
        end = m.start()
        while len(items) < 3:
            sep = next((end - n - 1 for n in (2, 3) if end - n - 1 >= 0 and text[end - n - 1] in _KIN_JOINT
                        and all("\u4e00" <= c <= "\u9fff" for c in text[end - n:end])), None)
            if sep is None:
                break
            items.append((sep + 1, end))
            end = sep
        if not items:
            continue
        first = next(((end - n, end) for n in (3, 2) if end - n >= 0
                      and all("\u4e00" <= c <= "\u9fff" for c in text[end - n:end])
                      and (end - n == 0 or not "\u4e00" <= text[end - n - 1] <= "\u9fff" or text[end - n - 1] in _KIN_OPEN
                           or ends_in_title(text[max(0, end - n - 8):end - n]))), None)
        if first is None:
            continue
        names = [text[s:e] for s, e in [first, *items]
                 if _surname_at(text, s, lex) and text[s] not in _WEAK_SURNAMES and s not in place_starts
                 and text[e - 1] not in _BAD_END and not is_common_word(text[s:e], 100)]
        if len(names) == len(items) + 1:      # (not 某某和几个老姐妹: every item a name)
            yield from names


# the members a team is made of or led by: 由甲、乙、丙和丁组成的中国队, 他和甲、乙组成的中国队, 由甲、乙领军的…队
_COMPOSED = re.compile(r"(?:由|(?<=[他她])和)((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}(?:[、和][\u4e00-\u9fff]{2,3}))"
                       r"(?:(?:共同)?组成|领军|领衔)的"
                       r"[^，。；：、“”]{0,12}?(?:队|组合|团队|小组|战队)")
# a team's starting line-up: 中国女篮的先发阵容为甲、乙、丙、丁和戊。
_LINEUP_LIST = re.compile(r"(?:先发|首发)(?:阵容|名单)(?:为|是|：)((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}"
                          r"(?:[、和][\u4e00-\u9fff]{2,3}))(?=[，。；])")


def _team_members(text: str, lex: Lexicon, place_starts: set[int], known: dict[str, set[str]]) -> Iterator[str]:
    """The names of a team's members written 由甲、乙和丙组成的…队 or listed as its starting line-up
    (先发阵容为甲、乙、丙): each two or three characters opening with a surname (和 too right after 、:
    某某、和浩琴), none an ordinary word or a place, or none is read.  A name already read elsewhere
    in the document counts whatever its last character (某震业)."""
    for m in [*_COMPOSED.finditer(text), *_LINEUP_LIST.finditer(text)]:
        items: list[tuple[int, str]] = []
        pos = m.start(1)
        for part in m.group(1).split("、"):
            if len(part) >= 5 and "和" in part[2:4]:      # 丙和丁: the conjunction joins the last two
                cut = part.index("和", 2)
                items += [(pos, part[:cut]), (pos + cut + 1, part[cut + 1:])]
            else:
                items.append((pos, part))
            pos += len(part) + 1
        names = [name for at, name in items
                 if 2 <= len(name) <= 3 and _surname_at(text, at, lex) and at not in place_starts
                 and (text[at] not in _WEAK_SURNAMES or text[at - 1] == "、")
                 and (name[-1] not in _BAD_END or name in known) and not is_common_word(name, 100)]
        if len(items) >= 2 and len(names) == len(items):
            yield from names


# countries whose people's names are written in Chinese characters with a Chinese surname, and their lengths
_HANJA_NAMES = {"KR": (3,), "KP": (3,), "VN": (3, 4)}


# verbs of beating or losing a match, the opponent named right after them (以4∶0战胜|某某, 负于|某某): the
# first four open a slash pair too (战胜丙/丁); the contest reader's opponents extend them
BEATEN_VERBS = ("战胜", "击败", "不敌", "负于", "惜败于", "输给", "败给", "力克")
_PAIR_BEATEN = BEATEN_VERBS[:4]

# a pair of players named with a slash after what makes them one (中国组合甲/乙, 5号种子甲/乙)
_PAIR_END = set("的和与以在、，。；：（也都则")
_PAIR = re.compile(r"(?=(?:组合|种子|搭档|选手|球员|(?P<open>" + "|".join(_PAIR_BEATEN) +
                   r"|[，。；：\s]|^))(?P<first>[\u4e00-\u9fff·]{2,8}?)/)", re.MULTILINE)
# without such a word before it, a pair tells its match right after it (甲/乙以6∶4、6∶2战胜…, …战胜丙/丁组合);
# after a verb of beating or losing it is the opponent (…以2∶1战胜丙/丁，晋级八强)
_PAIR_PLAYS = re.compile(r"以[0-9０-９]|组合|" + "|".join(_PAIR_BEATEN) + "|晋级")


def _slash_pairs(text: str, lex: Lexicon, starts: dict[int, _Tok]) -> Iterator[str]:
    """「中国组合王某/柳某以196.75分排名第三」「3号种子徐某/梅里某某以2∶0获胜」: a doubles or pairs team
    written as two names joined by a slash; each is a Chinese name or a transliterated one."""
    for m in _PAIR.finditer(text):
        pair = []
        slash = m.end("first")
        for at, end in ((m.start("first"), slash), (slash + 1, None)):
            name = _chinese_after(text, at, lex, starts)
            if end is None and _surname_at(text, at, lex) == 1:
                # the second name ends where a particle or a mark follows (曹某/谢思埸|的表现)
                name = next((text[at:at + n] for n in (3, 2) if text[at + n:at + n + 1] in _PAIR_END), name)
            elif end is not None and _surname_at(text, at, lex) and 2 <= end - at <= 3:
                name = text[at:end]   # the first name runs to the slash (陈芋汐/…)
            foreign = _foreign_after(text, at, lex)
            if foreign and (name is None or len(foreign) > len(name)) and "·" not in foreign[-1:]:
                name = foreign
                if len(name) > 3 and word_tag(text[at + len(name) - 1:at + len(name) + 1]) in ("c", "p"):
                    name = name[:-1]      # 达布劳斯基|因为: a conjunction its last character begins
            if name is None or (end is not None and at + len(name) != end):
                break
            pair.append(name)
        if len(pair) == 2 and (m.group("open") is None or m.group("open") in _PAIR_BEATEN
                               or _PAIR_PLAYS.match(text, slash + 1 + len(pair[1]))):
            yield from pair


# a result with the opponent right after it (以4∶0战胜|某某|，): the opponent is named
_BEATEN = re.compile("(?:" + "|".join(BEATEN_VERBS) + ")了?")


def _beaten(text: str, lex: Lexicon, starts: dict[int, _Tok]) -> Iterator[str]:
    """「某某以4∶0战胜朱某某，」: a Chinese name of two or three characters right after a verb of beating or
    losing and closed by a clause or list mark (not 战胜强敌: an ordinary word)."""
    for m in _BEATEN.finditer(text):
        name = _chinese_after(text, m.end(), lex, starts)
        if name and len(name) in (2, 3) and text[m.end() + len(name):m.end() + len(name) + 1] in ("，", "。", "、", "；") \
                and not is_common_word(name, 1000):
            yield name


_JOINS = ("和", "与", "及")


def _joined_names(text: str, toks: list[_Tok], lex: Lexicon) -> Iterator[str]:
    """「宋某某、张某某和彭某紧张投入…」「某甲和某乙双双打破…」: two or more words jieba tags as names, each a
    surname and one or two characters, joined by 、 and a closing 和/与/及 (or by 、 alone before 分别:
    「甲、乙分别夺得…」), opening a clause."""
    k = 0
    while k < len(toks):
        first = toks[k]
        if first.start and text[first.start - 1] not in "，。；：\n “":
            k += 1
            continue
        items, j = [first], k + 1
        while j + 1 < len(toks) and toks[j].word in ("、",) + _JOINS:
            items.append(toks[j + 1])
            j += 2
            if toks[j - 2].word in _JOINS:
                break
        closed = toks[j - 2].word in _JOINS or j < len(toks) and toks[j].word == "分别"   # (甲、乙分别夺得…)
        if len(items) >= 2 and closed and all(
                t.flag == "nr" and 2 <= len(t.word) <= 3 and _surname_at(t.word, 0, lex)
                and t.word[0] not in _WEAK_SURNAMES and not is_common_word(t.word, 100) for t in items):
            yield from (t.word for t in items)
        k = j if j > k + 1 else k + 1


def _kanji_name_after(text: str, i: int, lengths: tuple[int, ...] = (3, 4, 5)) -> str | None:
    """A Japanese name after a title (three to five characters written in kanji: 菅义伟, 福田康夫), the
    shortest run that a name boundary or a cue word closes (Korean and Vietnamese names: ``lengths``)."""
    for n in lengths:
        run = text[i:i + n]
        if len(run) == n and all("\u4e00" <= c <= "\u9fff" for c in run) and not set(run) & _HARD_STOP \
                and _closed(text, i + n, _NAME_END + ("及",)):
            return run
    return None


def _cue_word(word: str, cues: tuple[str, ...]) -> bool:
    """``word`` is one of ``cues`` or a word jieba glues from one (出席会议, 主持会议, 表示感谢):
    two-character cues only, so that 说 does not take 说明."""
    return word in cues or any(len(c) >= 2 and word.startswith(c) for c in cues)


_SITE_END = set("坊巷弄桥湖山河园城寺庙")
_ORG_AFTER = ("公司", "集团", "股份", "传动", "科技", "品牌")


_TRANSLIT_SPEAKER = re.compile(r"(?:(?<=[，。；：\n\u3000”])|^)([\u4e00-\u9fff]{3,6}?)"
                               r"(?=说|表示|认为|指出|强调|透露|介绍|坦言|敦促|呼吁|告诉)")


def _repeated_translit_speakers(text: str, lex: Lexicon, read: set[int]) -> Iterator[str]:
    """Runs of three to six transliteration characters opening a clause before a speech verb
    (「针对局势恶化，某某诺夫强调」), that the document writes at least twice: a foreign name no title
    introduced where it was read; not where a place or an organisation was read, nor an ordinary word."""
    for m in _TRANSLIT_SPEAKER.finditer(text):
        word = m.group(1)
        if all(c in lex.translit for c in word) and m.start(1) not in read and not is_common_word(word, 100) \
                and text.count(word) >= 2 and not _foreign_place_name(word):
            yield word


def _repeated_clause_names(text: str, toks: list[_Tok], starts: dict[int, _Tok], lex: Lexicon) -> Iterator[str]:
    """Chinese names (a surname and one or two characters) outside jieba's dictionary that it tags ``nr``
    at every occurrence, written at least twice, once opening a clause and once before a verb, an adverb
    or a preposition."""
    tagged: dict[str, list[_Tok]] = {}
    for tok in toks:
        if tok.flag == "nr" and 2 <= len(tok.word) <= 3 and _surname_at(tok.word, 0, lex) == 1 \
                and tok.word[0] not in _WEAK_SURNAMES and tok.word not in _NOT_NAMES:
            tagged.setdefault(tok.word, []).append(tok)
    for word, occ in sorted(tagged.items()):
        if len(occ) < 2 or text.count(word) != len(occ) or word_frequency(word) > 0 \
                or not any(_clause_start(text, t.start) for t in occ) or _foreign_place_name(word):
            continue              # (a word of jieba's dictionary is no unknown name: 安全感, 黄家湖)
        if word[-1] in _BAD_END or word[-1] in _SITE_END or any(text.startswith(_ORG_AFTER, t.end) for t in occ):
            continue              # 某紫坊, 某瑞传动公司: the name of a place or a company
        if any(starts[t.end].flag[:1] in "vdp" for t in occ if t.end in starts):
            yield word            # a subject at least once: 王毅|参加, 刘洋|还


# a line of its own with a country in brackets and a name (「（埃及）某某·某某」)
AUTHOR_LINE = re.compile(r"^[^\S\n]*[（(]([\u4e00-\u9fff]{2,10})[）)]([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,12}(?:[·•—－][\u4e00-\u9fff]{1,12}){1,3})[^\S\n]*$",
                         re.M)
# a contributor's byline on a line of its own: the name, then the author's post in brackets (checked by
# the reader: a title ends it)
TITLED_AUTHOR_LINE = re.compile(r"^[^\S\n]*([\u4e00-\u9fff]{2,4})[（(]([^（）()\n]{2,30})[）)][^\S\n]*$", re.M)


# cues that name anything, a person only when the name closes the clause (她的名字叫刘雪梅，)
_NAMING = ("名叫", "名字叫")

# a 、-list of two- or three-character items opening a clause (or after 除了, 包括 …), then 等 or a count
# a list of leaders: 甲、乙、丙等党和国家领导人, 甲、乙等领导同志 (领导人 alone is no title: 领导人祝贺…)
_LEADERS_AFTER_LIST = re.compile(r"(?<=等)(?:党和国家|党和国家其他|中央|国家|其他)?领导(?:人|同志)")
_NAME_LIST = re.compile(r"(?:^|(?<=[，。；：\s（“])|(?<=除了|包括|其中|还有|以及|拥有))((?!除了|包括|其中|还有|以及|拥有)(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})"
                        r"(?:等|[两二三四五六七八九十0-9]+[位名])")

# a goal scored (攻入两球, 攻破对方球门, 梅开二度, 各入一球, 各有一球入账)
GOAL_SCORED = re.compile(r"攻入|攻破|打进|打入|踢进|射进|破门(?!而入)|梅开二度|上演帽子戏法|首开纪录|扳平比分|扳回一球|[各再又]?[入进][一两二三]球|[各再又]?有[一两二三]球入账")
# what may stand between a scorer's name and the goal: 在开场不久就, 在第30分钟
_BEFORE_GOAL = re.compile(r"(?:先后|相继|分别|都|均)?(?:在[^，。；：、]{1,10}?)?[就也又再]?")


_LISTED_SHORT = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[、和])*)([\u4e00-\u9fff]{2,3}?)"
                           r"(?=[在就也又再各都均成顺最联共一]|先后|相继|分别|$)")
_LISTED_LONG = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[、和])*)([\u4e00-\u9fff]{2,3})")


def _listed_subjects(text: str, verb_at: int, lex: Lexicon, filler: re.Pattern[str]) -> list[str]:
    """The names (a surname and one or two characters each, joined by 、 or 和) that are the whole of the
    clause ending at ``verb_at`` but for ``filler`` after them (先后, 在第30分钟就); none when any item is no
    such name."""
    start = max(text.rfind(c, 0, verb_at) for c in "，。；：”\n\u3000 ") + 1
    clause = text[start:verb_at]
    # the last name ends where the filler begins (刘某|成功卫冕), else it is three characters (刘一成|攻入)
    items = next((m for m in (_LISTED_SHORT.match(clause), _LISTED_LONG.match(clause))
                  if m is not None and filler.fullmatch(clause, m.end())), None)
    if items is None:
        return []
    names = [n for n in re.split("[、和]", items.group(1)) if n] + [items.group(2)]
    if all(_surname_at(n, 0, lex) and n[0] not in _WEAK_SURNAMES and not is_common_word(n, 100)
           and not set(n[1:]) & _GIVEN_STOP for n in names):
        return names
    return []


def _scorers(text: str, lex: Lexicon) -> Iterator[str]:
    """Names (surname + one or two characters, a list of them) opening a clause whose verb is a goal
    (「张馨、王珊珊和唐佳丽先后破门」)."""
    for m in GOAL_SCORED.finditer(text):
        yield from _listed_subjects(text, m.start(), lex, _BEFORE_GOAL)


# a medal or a title won: 获得…金牌, 摘得…冠军, 夺得了女子73公斤级的金牌, 卫冕，
_MEDAL_WON = re.compile(r"(?:获得|摘得|夺得|斩获|赢得|摘取|夺取|问鼎|卫冕)了?[^，。；：]{0,20}?(?:金牌|银牌|铜牌|冠军|亚军|季军|奖牌)"
                        r"|卫冕(?=[，。；])")
# what may stand between the medallists' names and the medal: 在本届世锦赛中成功, 联手, 分别
_BEFORE_MEDAL = re.compile(r"(?:先后|相继|分别|都|均|共同|一起)?(?:在[^，。；：、]{1,10}?[中上])?(?:成功|顺利|最终|联手)?[就也又再]?")


def _medallists(text: str, lex: Lexicon) -> Iterator[str]:
    """Names (a surname and one or two characters, a list of them) that are the whole of their clause before
    a medal or a title won: 「，陈某获得跆拳道72公斤以上级金牌，罗某摘得67公斤级金牌」, after a quoted
    nickname too: 「“七届元老”某某在本届世锦赛中成功卫冕，」."""
    for m in _MEDAL_WON.finditer(text):
        yield from _listed_subjects(text, m.start(), lex, _BEFORE_MEDAL)


# characters that end a three-character name candidate but are often an adverb after a
# two-character name (龚静|刚|进入, 王芳|也|来了)
_ADVERB_FINALS = set("刚就也还又才正便已曾将都再却")


# single characters that end a part of a dotted name read next to one found (就, 一, 说 …)
_DOT_PART_END = set("就也还又才都再却曾将已正便在说的了着过是和与及等对向从把被给为一")
_CLAUSE_MARKS = set("，。；：！？、“”（）《》\n\u3000 ")
# words of these tags end it too: verbs, adverbs, adjectives, idioms (领取, 兴致勃勃, 感叹道)
_DOT_PART_END_FLAGS = set("vdail")


def _part_after_dot(text: str, j: int, starts: dict[int, _Tok], lex: Lexicon) -> int:
    """The end of the name part that begins at ``j``, right after a middle dot: any words up to an
    ordinary word (表示, 有些), a function character (就, 一) or a mark, whatever jieba tags them
    (乔纳森·|以|赛亚|表示, 阿布拉·|孜亚|吾|墩|有些)."""
    k = j
    while k < len(text) and k - j < 8:
        tok = starts.get(k)
        if tok is None or not all("\u4e00" <= c <= "\u9fff" for c in tok.word):
            break
        if len(tok.word) >= 2 and not tok.flag.startswith("nr") and not _translit_part(tok.word, lex) and (
                is_common_word(tok.word, 1000) or tok.flag[:1] in _DOT_PART_END_FLAGS):
            break
        if len(tok.word) == 1 and k > j and tok.word in _DOT_PART_END:
            break
        k = tok.end
    return k


def _part_before_dot(text: str, j: int, ends: dict[int, _Tok]) -> int:
    """The start of the name part that ends at ``j``, right before a middle dot, opening a clause or
    following a title (一大早，|帕里|旦|·玉素甫; 主席|日瓦丁|·…); ``j`` when there is none.  ``ends``:
    the tokens by their end."""
    k = j
    while k > 0 and j - k < 6:
        tok = ends.get(k)
        if tok is None or not all("\u4e00" <= c <= "\u9fff" for c in tok.word) or tok.word in _DOT_PART_END \
                or (len(tok.word) >= 2 and is_common_word(tok.word, 1000) and not tok.flag.startswith("nr")):
            break
        k = tok.start
        if text[k - 1:k] in _CLAUSE_MARKS or ends_in_title(text[max(0, k - 8):k]):
            return k
    return j


def _dotted_wholes(text: str, names: dict[str, set[str]], starts: dict[int, _Tok], lex: Lexicon) -> None:
    """A name read next to a middle dot is part of a dotted name (乔纳森|·以赛亚, 帕里旦·|玉素甫): the
    whole name is a name too, read with the part on the dot's other side."""
    dotted = [m.span() for n in names if any(c in _DOT for c in n) for m in re.finditer(re.escape(n), text)]
    ends = {t.end: t for t in starts.values()}
    for name in sorted(names):
        if any(c in _DOT for c in name):
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
            if any(a <= s and e <= b for a, b in dotted):
                continue          # (劳尔 inside 劳尔·卡斯特罗, already read whole)
            if text[e:e + 1] in _DOT:
                end = _part_after_dot(text, e + 1, starts, lex)
                if end - (e + 1) >= 2 and text[end:end + 1] not in _DOT:
                    names.setdefault(_one_dot(text[s:end]), set()).update(names[name])
            if s > 0 and text[s - 1:s] in _DOT:
                begin = _part_before_dot(text, s - 1, ends)
                if s - 1 - begin >= 2 and text[begin - 1:begin] not in _DOT:
                    names.setdefault(_one_dot(text[begin:e]), set()).update(names[name])


def _settle_lengths(text: str, names: dict[str, set[str]], starts: dict[int, _Tok]) -> None:
    """Mend a name's length from its other occurrences in the document.

    A dotted name read inside a longer one (伊尔·… in 雅伊尔·…) is dropped.
    A two-character name always followed by the same character, a name character standing alone at
    least once (徐军|美, …徐军美|带领 …), is three characters long; a three-character name ending in an
    adverb (龚静刚|进入) is two long when the document also writes those two without it.
    """
    dotted = [n for n in names if "·" in n]
    for name in dotted:
        if any(len(o) > len(name) and o.endswith(name) and o[-len(name) - 1] != "·" for o in dotted):
            names.pop(name)       # 伊尔·梅西亚斯·博索纳罗 read inside 雅伊尔·梅西亚斯·博索纳罗
    for name in sorted(names):
        if "·" in name or name not in names:
            continue
        if len(name) == 2:
            ends = [m.end() for m in re.finditer(re.escape(name), text)]
            follow = {text[e:e + 1] for e in ends}
            if len(ends) < 2 or len(follow) != 1:
                continue
            c = follow.pop()
            if not ("\u4e00" <= c <= "\u9fff") or c in _GIVEN_STOP or c in _BAD_END or c in _HARD_STOP:
                continue
            alone = any((tok := starts.get(e)) is not None and len(tok.word) == 1 for e in ends)
            if alone and name + c not in names:
                names[name + c] = names.pop(name)
        elif len(name) == 3 and name[2] in _ADVERB_FINALS and name[:2] not in names:
            if any(text[m.end():m.end() + 1] != name[2] for m in re.finditer(re.escape(name[:2]), text)):
                names[name[:2]] = names.pop(name)


# after 是: a unit, then 的 or 一名/一位, then a post closing the clause (是火神山医院的一名护士。, 是某旅行社的领队，)
_ROLE_PREDICATE = re.compile(r"[^，。；：、“”]{0,20}?(?:的)?(?:一名|一位|一个|的)([\u4e00-\u9fff]{2,4})[，。；]")


def _holds_post(text: str, pos: int, lex: Lexicon) -> bool:
    m = _ROLE_PREDICATE.match(text, pos)
    return m is not None and lex.titles.get(m.group(1)) in ("cue", "role")

_SPEECH_AFTER = ("说", "表示", "介绍", "告诉", "回忆", "坦言", "感慨", "说道")
_DOUBLED_SPEAKER = re.compile(r"([\u4e00-\u9fff])(([\u4e00-\u9fff])\3)(?=" + "|".join(_SPEECH_AFTER) + ")")
# doubled kin words that follow a surname as a form of address (金妈妈, 王奶奶), not a given name
_KIN_WORDS = frozenset({"妈妈", "爸爸", "奶奶", "爷爷", "姥姥", "姥爷", "婆婆", "公公", "姐姐", "哥哥", "弟弟",
                        "妹妹", "叔叔", "伯伯", "舅舅", "嫂嫂", "宝宝", "娃娃", "太太"})


# an age or birth written before a name opening a clause (1998年出生的, 今年28岁的, 90后的)
_AGE_BEFORE = re.compile(r"(?:^|[，。；：！？\n\u3000 “”（])[^，。；：！？]{0,10}(?:岁|出生|后)的$")


def _clause_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in "，。；：！？、\n\u3000 “”（"


# a word after a clause's subject: a verb, an adverb or a preposition (not the 摄 of a photo credit)
_SUBJECT_FOLLOWERS = ("v", "d", "p")
_RARE_NAME = 20


def _clause_subject(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether the three-character word jieba tags as a name at ``toks[k]`` is the subject of a
    clause: opening it (「，苏炳添未能…」「。王峥夺得…」), or closing a relative clause with 的 before the
    clause it is the subject of (「获得世锦赛冠军的王堂林，获得…」).

    A verb, an adverb or a preposition follows it, or its comma (not the 摄 of a photo credit); the
    clause opens with a mark other than 、 (an item of a list) and “ (quoted sayings: “谈象色变”); the
    name starts with a common surname; neither the word, its first two characters nor its last two
    are an ordinary word (安全感, 何时能, 盖|房子); it names no people of a place (那洛人) or site
    (查干湖); and the text never writes its first two characters without the third (程俊|难掩 where
    the article names 程俊 elsewhere: jieba took the verb's first character into the name).
    """
    tok = toks[k]
    if len(tok.word) != 3 or tok.flag not in ("nr", "nrfg") or k + 1 >= len(toks):
        return False
    nxt, word = toks[k + 1], tok.word
    before = text[tok.start - 1:tok.start]
    if before == "的" and nxt.word == "，" and k + 2 < len(toks):
        nxt = toks[k + 2]         # 「…冠军的王堂林，获得…」
    elif not _clause_start(text, tok.start) or before in ("、", "“"):
        return False
    tail = word[1:]
    return (nxt.flag.startswith(_SUBJECT_FOLLOWERS) and nxt.word != "摄"
            and word[0] in lexicon().common_surnames and word[-1] not in _SITE_END and word[-1] != "人"
            and word_frequency(word) < _RARE_NAME and not is_common_word(word[:2], 100)
            and not (is_common_word(tail, 200) and not word_tag(tail).startswith(("nr", "nz")))
            and text.count(word[:2]) == text.count(word))


def _short_forms(text: str, names: dict[str, set[str]]) -> None:
    """The last part of a dotted name (马丁·古斯曼 → 古斯曼) is a name too where the text uses it
    alone; so is the first part (伊莎白·柯鲁克 → 伊莎白) where the text uses it alone and never the last."""
    for name in list(names):
        parts = name.split("·")
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        if len(last) >= 2 and last not in names and text.count(last) > text.count(name):
            names[last] = set(names[name])
        elif len(first) >= 2 and first not in names and last not in names \
                and text.count(first) > text.count(name):
            names[first] = set(names[name])


def person_mentions(analysis: Analysis, names: dict[str, set[str]]) -> Iterator[Mention]:
    """Every occurrence of the accepted names that does not overlap a place or a longer name."""
    text = analysis.doc.text
    places = [(m.start, m.end) for m in analysis.mentions if m.kind == "place"]
    _short_forms(text, names)
    taken: list[tuple[int, int]] = []
    canonical = _canonical_names(names, text)
    for name in sorted(names, key=lambda n: (-len(n), n)):
        label = canonical[name]
        marks = names[name] | names[label]
        titles = sorted(t for t in marks if not t.startswith("@"))
        attrs = (("titles", "|".join(titles)),) if titles else ()
        countries = sorted(t[1:] for t in marks if t.startswith("@"))
        if countries:
            attrs += (("country", f"geo:{countries[0]}"),)
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            # a name inside a place name is not a person (马龙 in 马龙区, 阿根廷|总统 read as a name)
            if any(a <= s and e <= b for a, b in places):
                continue
            taken.append((s, e))
            yield Mention(
                kind="person", text=name, start=s, end=e, key=f"person:{label}", name=label,
                doc_id=analysis.doc.id, source="persons", attrs=attrs,
            )


def _canonical_names(names: dict[str, set[str]], text: str = "") -> dict[str, str]:
    """A full transliterated name 「雅伊尔·梅西亚斯·博索纳罗」 is keyed by its short form 「博索纳罗」
    when the document also uses the short form.  When full names of different people share the
    family name (伊莎白·柯鲁克 and 大卫·柯鲁克), each keeps its own key and the family name alone
    stands for the one the text names most often."""
    dotted = [name for name in names if "·" in name]
    by_last: dict[str, list[str]] = {}
    for name in dotted:
        by_last.setdefault(name.rsplit("·", 1)[-1], []).append(name)

    def same(a: str, b: str) -> bool:
        pa, pb = set(a.split("·")), set(b.split("·"))
        return pa <= pb or pb <= pa or a.endswith(b) or b.endswith(a)

    # two people: neither name holds the other (雅伊尔·博索纳罗 is 雅伊尔·梅西亚斯·博索纳罗)
    shared = {last for last, full in by_last.items() if any(not same(a, b) for a in full for b in full)}
    out = {}
    for name in names:
        short = name.rsplit("·", 1)[-1]
        out[name] = short if short != name and short in names and short not in shared else name
    for last in shared:
        if last in names:
            fulls = sorted((n for n in dotted if n.rsplit("·", 1)[-1] == last),
                           key=lambda n: (-text.count(n), text.find(n), n))
            out[last] = fulls[0]
    firsts: dict[str, list[str]] = {}
    for name in dotted:
        if name.split("·", 1)[0] in names:
            firsts.setdefault(name.split("·", 1)[0], []).append(name)
    for first, full in firsts.items():
        # 伊莎白 → 伊莎白·柯鲁克: the first part alone is the same person, unless two full names begin
        # with it (玛亚姆·萨利姆 and her father 萨利姆·艾哈迈德·萨利姆 share 萨利姆 otherwise)
        if len(full) == 1 and first not in shared:
            out[first] = out[full[0]]
    return out


def reusable_name(name: str, titles: str = "") -> bool:
    """Whether a name read with ``titles`` (``|``-joined) in one article may be read where another writes
    it bare and jieba tags it as a name: three or four characters, a common surname first or
    transliteration characters only, and no ordinary word (not 幸福感, 农家乐, which a title may precede);
    or two characters jieba's dictionary lacks, a common surname first, read after a post (院长|某某,
    not a descriptor: 学生|齐聚), neither a place's name (张江: 张江镇) nor an anonymised one (张某)."""
    lex = lexicon()
    if len(name) == 2:
        return name[0] in lex.common_surnames and word_frequency(name) == 0 and name[1] != "某" \
            and not _town_stem(name) and any(lex.titles.get(t) in ("role", "leader", "foreign")
                                               for t in titles.split("|"))
    return 3 <= len(name) <= 4 and not is_common_word(name, 20) and not is_common_word(name[:2], 100) \
        and (name[0] in lex.common_surnames or all(c in lex.translit for c in name))


@recogniser("persons", order=50)
def recognise_persons(analysis: Analysis) -> Iterable[Mention]:
    names = find_names(analysis)
    return sorted(person_mentions(analysis, names), key=lambda m: (m.start, m.end))


def title_references(analysis: Analysis) -> dict[str, str]:
    """Map each leader/foreign title to the person most often named with it in the document.

    Used to link 「总书记」「总统」 or 「习总书记」 to a named person.  Ties go to the person
    named first.
    """
    counts: dict[str, dict[str, tuple[int, int]]] = {}
    for m in analysis.mentions:
        if m.kind != "person":
            continue
        for title in filter(None, (m.attr("titles") or "").split("|")):
            if lexicon().titles.get(title) == "cue":
                continue          # 「记者」「村民」 alone do not point to one person
            n, first = counts.setdefault(title, {}).get(m.name, (0, m.start))
            counts[title][m.name] = (n + 1, min(first, m.start))
    return {
        title: min(per.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]
        for title, per in counts.items()
    }
