"""Time expressions and document dates: tables of composed sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from graph.extract import lunar
from graph.extract.times import (cn_int, day_context, document_date, expressions_in, filename_date,
                                 find_dateline, header_date, month_day, parse_date_expressions, passages,
                                 recognise_times, year_context)
from graph.registry import RECOGNISERS
from graph.types import Analysis, Document

D = dt.date
DOC = D(2023, 1, 20)


def last(text: str, anchor_date: dt.date | None):
    """The last expression of ``text`` (earlier ones only set the context)."""
    found = parse_date_expressions(text, None, anchor_date)
    assert found, text
    return found[-1]


# (text, anchor_date, expected span, year, begin, finish, granularity)
SINGLE = [
    ("2013年2月2日至5日，他来到甘肃。", None, "2013年2月2日至5日", 2013, D(2013, 2, 2), D(2013, 2, 5), "day"),
    ("2022年1月26日至27日赴山西考察", None, "2022年1月26日至27日", 2022, D(2022, 1, 26), D(2022, 1, 27), "day"),
    ("2014年1月26日至28日", DOC, "2014年1月26日至28日", 2014, D(2014, 1, 26), D(2014, 1, 28), "day"),
    ("会议于2019年12月30日至2020年1月2日召开", None, "2019年12月30日至2020年1月2日", 2019,
     D(2019, 12, 30), D(2020, 1, 2), "day"),
    ("3月30日至4月2日，代表团访问了三国", D(2019, 5, 1), "3月30日至4月2日", 2019, D(2019, 3, 30), D(2019, 4, 2), "day"),
    ("3月23日，春意渐浓", D(2023, 3, 24), "3月23日", 2023, D(2023, 3, 23), None, "day"),
    ("3月23日，春意渐浓", None, "3月23日", None, None, None, "day"),
    ("12月28日，工程竣工", D(2020, 1, 3), "12月28日", 2019, D(2019, 12, 28), None, "day"),
    ("二〇一三年十二月二十日", None, "二〇一三年十二月二十日", 2013, D(2013, 12, 20), None, "day"),
    ("（二〇一九年十月二十日）", None, "二〇一九年十月二十日", 2019, D(2019, 10, 20), None, "day"),
    ("1985年，他来到正定", None, "1985年", 1985, None, None, "year"),
    ("2013年早春，总书记来到", None, "2013年早春", 2013, None, None, "year"),
    ("2014年春天出访欧洲", None, "2014年春天", 2014, None, None, "year"),
    ("2022年度报告显示", None, "2022年度", 2022, None, None, "year"),
    ("2023年5月，雄安处在", None, "2023年5月", 2023, D(2023, 5, 1), D(2023, 5, 31), "month"),
    ("2022年11月中旬，会议召开", None, "2022年11月中旬", 2022, D(2022, 11, 11), D(2022, 11, 20), "month"),
    ("今年1—8月，全省出口增长", D(2019, 10, 1), "今年1—8月", 2019, D(2019, 1, 1), D(2019, 8, 31), "month"),
    ("2013—2015年，累计投资", None, "2013—2015年", 2013, D(2013, 1, 1), D(2015, 12, 31), "year"),
    ("今年，全村脱贫", DOC, "今年", 2023, None, None, "year"),
    ("今年，全村脱贫", None, "今年", None, None, None, "year"),
    ("去年，全村脱贫", DOC, "去年", 2022, None, None, "year"),
    ("前年建成", DOC, "前年", 2021, None, None, "year"),
    ("明年将投产", DOC, "明年", 2024, None, None, "year"),
    ("去年3月5日，工程开工", DOC, "去年3月5日", 2022, D(2022, 3, 5), None, "day"),
    ("上次来是在3年前", D(2023, 3, 24), "3年前", 2020, None, None, "year"),
    ("十年前，总书记看到", DOC, "十年前", 2013, None, None, "year"),
    ("两年前的那个冬天", DOC, "两年前", 2021, None, None, "year"),
    ("那是10年前的事", DOC, "10年前", 2013, None, None, "year"),
    ("3年前", None, "3年前", None, None, None, "year"),
    ("半个世纪后，我重访故地", DOC, "半个世纪后", None, None, None, "year"),
    ("1969年他来到这里，半个世纪后重访故地", None, "半个世纪后", 2019, None, None, "year"),
    ("癸卯春节前夕，总书记看望群众", DOC, "癸卯春节前夕", 2023, None, D(2023, 1, 22), "relative"),
    ("癸卯春节前夕，总书记看望群众", None, "癸卯春节前夕", 2023, None, D(2023, 1, 22), "relative"),
    ("春节前夕，他来到村里", DOC, "春节前夕", 2023, None, D(2023, 1, 22), "relative"),
    ("春节前，他来到村里", D(2019, 12, 20), "春节前", 2020, None, D(2020, 1, 25), "relative"),
    ("2023年农历小年将至，广场上", None, "2023年农历小年将至", 2023, None, D(2023, 1, 14), "relative"),
    ("除夕，一家人团聚", D(2023, 1, 10), "除夕", 2023, D(2023, 1, 21), None, "day"),
    ("2013年除夕前一天", None, "2013年除夕前一天", 2013, D(2013, 2, 8), None, "day"),
    ("元宵节当晚", DOC, "元宵节当晚", 2023, D(2023, 2, 5), None, "day"),
    # the days of the first lunar month
    ("大年初二，他带队来到武汉", D(2020, 2, 23), "大年初二", 2020, D(2020, 1, 26), None, "day"),
    ("正月十八，他回到村里", D(2020, 2, 23), "正月十八", 2020, D(2020, 2, 11), None, "day"),
    ("2019年中秋节", None, "2019年中秋节", 2019, D(2019, 9, 13), None, "day"),
    ("国庆节前夕，他来到北京", D(2019, 9, 28), "国庆节前夕", 2019, None, D(2019, 10, 1), "relative"),
    ("2020年元旦，他来到北京", None, "2020年元旦", 2020, D(2020, 1, 1), None, "day"),
    ("今年春节过后，他将返回岗位", DOC, "今年春节过后", 2023, D(2023, 1, 23), None, "relative"),
    ("2012年以来，累计投资", None, "2012年以来", 2012, D(2012, 1, 1), None, "relative"),
    ("力争2030年前达到峰值", None, "2030年前", 2030, None, D(2030, 12, 31), "relative"),
    ("昨天上午，他来到", DOC, "昨天上午", 2023, D(2023, 1, 19), None, "day"),
    ("当天下午，他来到", DOC, "当天下午", 2023, D(2023, 1, 20), None, "day"),
    ("本月，该市出台", DOC, "本月", 2023, D(2023, 1, 1), D(2023, 1, 31), "month"),
    ("30日，闭幕式举行", D(2019, 10, 1), "30日", 2019, D(2019, 9, 30), None, "day"),
    ("1至9月共收到来信", D(2019, 10, 29), "1至9月", 2019, D(2019, 1, 1), D(2019, 9, 30), "month"),
    ("5月，工程开工", D(2020, 2, 20), "5月", 2020, D(2020, 5, 1), D(2020, 5, 31), "month"),
    ("12月，工程开工", D(2020, 2, 20), "12月", 2019, D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("2014年至2019年6月，法院审结", None, "2014年至2019年6月", 2014, D(2014, 1, 1), D(2019, 6, 30), "year"),
    ("70年前的今天，他宣告", D(2019, 10, 1), "70年前的今天", 1949, D(1949, 10, 1), None, "day"),
    ("1999年前后，湖里出现", None, "1999年前后", 1999, None, None, "year"),
    ("上世纪80年代，他在正定工作", DOC, "上世纪80年代", 1980, D(1980, 1, 1), D(1989, 12, 31), "year"),
    ("20世纪90年代初", None, "20世纪90年代初", 1990, D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("上世纪六七十年代的登山者", D(2019, 10, 2), "上世纪六七十年代", 1960, D(1960, 1, 1), D(1979, 12, 31), "year"),
    ("1990年代", None, "1990年代", 1990, D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("80年代的老房子", None, "80年代", 1980, D(1980, 1, 1), D(1989, 12, 31), "year"),
    ("第二天就回复了", DOC, "第二天", None, None, None, "day"),
    ("１９８５年", None, "１９８５年", 1985, None, None, "year"),
]


@pytest.mark.parametrize("text,anchor,span,year,begin,finish,gran", SINGLE)
def test_single_expression(text, anchor, span, year, begin, finish, gran):
    e = last(text, anchor)
    assert (e.text, e.year, e.begin, e.finish, e.granularity) == (span, year, begin, finish, gran)
    assert text[e.start:e.end] == e.text


NOT_DATES = [
    "翻过海拔3000多米山梁", "建成5GW光伏项目", "编制“十五五”规划", "24小时营业", "新中国成立70周年",
    "党的十八大以来", "历经5个月建设", "有着2000年历史的古城", "近2000年来", "每日三餐", "今天的中国",
    "更加美好的明天", "今天，中国巍然屹立", "连续3日降雨", "30日内完成", "他在3号线上", "大小年明显", "20年代",
    "十月革命", "一月一次", "代表不同年代的歌曲", "小小年纪", "总经理谷春节介绍", "5000多年文明",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert parse_date_expressions(text, None, DOC) == []


def test_habitual_festival_has_no_year():
    found = parse_date_expressions("每年农历新年前夕，他总会看望群众", None, DOC)
    assert [(e.text, e.year, e.finish) for e in found] == [("农历新年前夕", None, None)]


# Context: the year in force and the last stated day inside one string.
CONTEXT = [
    ("2015年2月13日至16日，他来到延安。2月13日一大早，他前往村里。", None,
     [("2015年2月13日至16日", 2015, D(2015, 2, 13)), ("2月13日一大早", 2015, D(2015, 2, 13))]),
    ("2020年1月19日至21日，春节前夕，他赴云南考察。19日下午，他来到村里。", DOC,
     [("2020年1月19日至21日", 2020, D(2020, 1, 19)), ("春节前夕", 2020, None), ("19日下午", 2020, D(2020, 1, 19))]),
    ("2013年12月30日他来到这里。1月2日，他又去了县城。", None,
     [("2013年12月30日", 2013, D(2013, 12, 30)), ("1月2日", 2014, D(2014, 1, 2))]),
    ("2022年10月23日，大会闭幕。次日，他出席活动。", None,
     [("2022年10月23日", 2022, D(2022, 10, 23)), ("次日", 2022, D(2022, 10, 24))]),
    # days after the last day written (not after a bare year)
    ("2020年1月14日，联赛落幕。4天之后，她飞赴塞尔维亚。", None,
     [("2020年1月14日", 2020, D(2020, 1, 14)), ("4天之后", 2020, D(2020, 1, 18))]),
    ("2020年1月30日，他出发。两天后，他抵达武汉。", None,
     [("2020年1月30日", 2020, D(2020, 1, 30)), ("两天后", 2020, D(2020, 2, 1))]),
    ("2020年，两天后他抵达武汉。", None, [("2020年", 2020, None)]),
    ("2012年12月，他说了这番话。次年3月，他出访俄罗斯。", None,
     [("2012年12月", 2012, D(2012, 12, 1)), ("次年3月", 2013, D(2013, 3, 1))]),
    ("2014年，他升任队长。当年，公司扩大规模。", DOC,
     [("2014年", 2014, None), ("当年", 2014, None)]),
    ("2021年2月3日至5日，牛年春节即将到来之际，他来到贵州。", None,
     [("2021年2月3日至5日", 2021, D(2021, 2, 3)), ("牛年春节即将到来之际", 2021, None)]),
    ("2016年，她入职医院。" + "她工作认真。" * 40 + "大年初一，她仍在值班。", D(2020, 2, 1),
     [("2016年", 2016, None), ("大年初一", 2020, D(2020, 1, 25))]),
    ("到2035年，基本实现现代化。3月5日，会议召开。", D(2023, 3, 6),
     [("2035年", 2035, None), ("3月5日", 2023, D(2023, 3, 5))]),
    # a period since a year (自2017年开始, 从2017年起) does not date what follows it
    ("自2017年开始，她已夺得3个冠军。自9月27日开赛以来，佳绩不断。", D(2019, 10, 4),
     [("2017年", 2017, D(2017, 1, 1)), ("9月27日", 2019, D(2019, 9, 27))]),
    ("从2017年起，他每年夏天来到这里。9月27日，他又来了。", D(2019, 10, 4),
     [("2017年", 2017, D(2017, 1, 1)), ("9月27日", 2019, D(2019, 9, 27))]),
]


@pytest.mark.parametrize("text,anchor,expected", CONTEXT)
def test_context_inside_a_string(text, anchor, expected):
    found = parse_date_expressions(text, None, anchor)
    assert [(e.text, e.year, e.begin) for e in found] == expected


def test_anchor_year_and_day_and_offset():
    found = parse_date_expressions("19日下午，他来到村里", 2020, DOC, offset=100, anchor_day=D(2020, 1, 19))
    assert [(e.text, e.start, e.end, e.begin) for e in found] == [("19日下午", 100, 105, D(2020, 1, 19))]
    found = parse_date_expressions("2月13日，他来到村里", 2015, DOC)
    assert found[0].begin == D(2015, 2, 13)


def test_month_day_and_numerals():
    assert month_day("2月13日") == (2, 13)
    assert month_day("19日下午") == (None, 19)
    assert (cn_int("十二"), cn_int("二十一"), cn_int("二〇一三"), cn_int("两"), cn_int("x")) == (12, 21, 2013, 2, None)


# ---------------------------------------------------------------- lunar

@pytest.mark.parametrize("name,year,expected", [
    ("春节", 2023, D(2023, 1, 22)), ("除夕", 2023, D(2023, 1, 21)), ("小年", 2023, D(2023, 1, 14)),
    ("元宵节", 2013, D(2013, 2, 24)), ("中秋节", 2023, D(2023, 9, 29)), ("春节", 2020, D(2020, 1, 25)),
    ("未知节", 2023, None), ("春节", 1800, None),
])
def test_festival_date(name, year, expected):
    assert lunar.festival_date(name, year) == expected


def test_ganzhi_and_zodiac():
    assert lunar.ganzhi_name(2023) == "癸卯"
    assert lunar.ganzhi_year("癸卯") == 2023
    assert lunar.ganzhi_year("癸卯", 1960) == 1963
    assert lunar.ganzhi_year("甲丑") is None
    assert lunar.zodiac_year("牛", 2022) == 2021
    assert lunar.zodiac_year("兔", 2023) == 2023
    assert lunar.zodiac_year("兔", None) is None


# ---------------------------------------------------------------- document dates

DOC_DATES = [
    ("新华社北京3月24日电 记者报道，2023年3月24日，会议召开。", "", D(2023, 3, 24), "dateline"),
    ("本报昆明1月21日电（记者张三）昨天，会议召开。", "20200122-01-01.txt", D(2020, 1, 21), "dateline"),
    ("本报北京12月31日电 会议召开。", "20200101-04-02.txt", D(2019, 12, 31), "dateline"),
    ("（新华社华盛顿9月30日电（记者李四）会谈举行。", "20191001-03-01.txt", D(2019, 9, 30), "dateline"),
    ("人民网北京10月9日电 2019年10月8日，博览会闭幕。", "", D(2019, 10, 9), "dateline"),
    ("本报约翰内斯堡、开罗10月9日电 多国举行活动。", "20191010-03-05.txt", D(2019, 10, 9), "dateline"),
    # a past anniversary with the dateline's month/day does not decide the year
    ("2016年3月24日，会议审议规划。2023年5月，他再次来到。新华社北京3月24日电", "", D(2023, 3, 24), "dateline"),
    ("新华社北京3月24日电 会议召开。", "", None, "none"),
    ("2023年5月，他来到这里。截至2025年底，全国共建成100个。新华社北京3月24日电", "", D(2026, 3, 24), "dateline"),
    ("新华社北京10月1日电 1949年10月1日，开国大典举行。", "20191002-01-01.txt", D(2019, 10, 1), "dateline"),
    ("本报讯 会议召开。", "2023-03-25_news.txt", D(2023, 3, 25), "filename"),
    ("会议召开。", "20191001-01-01.txt", D(2019, 10, 1), "filename"),
    ("标题\n2023年03月25日 星期六\n正文。", "abc.txt", D(2023, 3, 25), "text"),
    ("中共中央关于某事的意见\n（二〇一九年十月二十日）\n正文。", "", D(2019, 10, 20), "text"),
    ("2013年2月2日至5日，总书记来到甘肃。", "000_c3c11e6e4fdb97c8.txt", None, "none"),
]


@pytest.mark.parametrize("text,name,date,source", DOC_DATES)
def test_document_date(text, name, date, source):
    assert document_date(text, name) == (date, source)


def test_dateline_fields():
    line = find_dateline("正文。\n新华社河北雄安新区3月24日电\n")
    assert (line.place, line.month, line.day, line.text) == ("河北雄安新区", 3, 24, "新华社河北雄安新区3月24日电")
    assert find_dateline("本报讯（记者）会议召开，电视台报道。") is None


def test_filename_and_header_dates():
    assert filename_date("corpus/2019-10/20191001-01-01.txt") == D(2019, 10, 1)
    assert filename_date("000_c3c11e6e4fdb97c8.txt") is None
    assert filename_date("20191341-01.txt") is None
    assert header_date("第一行\n\n（2023年3月25日）\n") == D(2023, 3, 25)
    assert header_date("他说2023年3月25日会议召开。") is None


# ---------------------------------------------------------------- document context

ARTICLE = """情牵人民

镜头一 2013年 甘肃

2013年2月2日至5日，总书记来到甘肃。2月3日，他来到村里。当天下午，他召开座谈会。

回访

10年前，总书记来到这里。3月5日，村里举行活动。

镜头二 2015年 陕西

2月13日一大早，他来到延安。
"""


def analysis(text: str, date: dt.date | None) -> Analysis:
    return Analysis(Document("t", "t", text, "utf-8", date, "given" if date else "none"))


def test_passages_split_at_headings():
    spans = passages(ARTICLE)
    starts = [ARTICLE[s:e].strip().split("\n")[0] for s, e in spans]
    assert starts == ["情牵人民", "镜头一 2013年 甘肃", "回访", "镜头二 2015年 陕西"]


def test_year_and_day_context():
    a = analysis(ARTICLE, D(2023, 1, 20))
    at = ARTICLE.index
    assert year_context(a, at("2月3日")) == 2013
    assert day_context(a, at("当天下午")) == D(2013, 2, 3)
    assert year_context(a, at("10年前")) == 2023       # new passage: the document year
    assert year_context(a, at("2月13日")) == 2015      # heading year
    assert year_context(a, at("情牵")) == 2023
    assert day_context(a, at("10年前")) == D(2013, 2, 3)   # days carry across headings
    assert year_context(analysis(ARTICLE, None), at("10年前")) is None


def test_recogniser_and_expressions_in():
    a = analysis(ARTICLE, D(2023, 1, 20))
    assert RECOGNISERS["times"].order == 10
    found = list(recognise_times(a))
    table = {e.text: (e.year, e.begin) for e in found}
    assert table["当天下午"] == (2013, D(2013, 2, 3))
    assert table["10年前"] == (2013, None)
    assert table["3月5日"] == (2023, D(2023, 3, 5))
    assert table["2月13日一大早"] == (2015, D(2015, 2, 13))
    assert all(ARTICLE[e.start:e.end] == e.text for e in found)
    assert found == sorted(found, key=lambda e: e.start)
    start, end = ARTICLE.index("回访"), ARTICLE.index("镜头二")
    assert [e.text for e in expressions_in(a, start, end)] == ["10年前", "3月5日"]


def test_dateline_places_gives_each_place_of_every_dateline():
    from graph.extract.times import dateline_places
    text = "（本报安卡拉、大马士革3月5日电）会议闭幕。据新华社柏林电 会谈举行。本报讯 天气晴。"
    spans = sorted(dateline_places(text))
    assert [text[s:e] for s, e in spans] == ["安卡拉", "大马士革", "柏林"]
