"""The venue table of recurring events and the visits read from events named by their edition."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.gazetteer import load
from graph.pipeline import analyze_text
from graph.types import Visit
from graph.extract.visits.venues import DATA, read_table, venue_at

OCT_2019 = dt.date(2019, 10, 21)


def test_every_shipped_line_names_a_place_of_the_gazetteer() -> None:
    gaz = load()
    keys = [line.split("\t")[4 if line.startswith("edition") else 2] for line in DATA.read_text(encoding="utf-8").splitlines()
            if line.startswith(("edition", "series"))]
    assert keys and [k for k in keys if gaz.get(k) is None] == []
    tab = read_table()
    assert sum(len(e) for e in tab.editions.values()) + len(tab.series) == len(keys)


def test_a_bad_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "events.tsv"
    bad.write_text("name\tfair\t某博会\nseries\tfair\tcn:310000\tsoon\t1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"events\.tsv:2: bad event line"):
        read_table(bad)


@pytest.mark.parametrize("text,key,year", [
    ("在第二十三届奥运会上", "geo:city:5368361", 1984),          # an ordinal
    ("在汉城奥运会上", "geo:city:1835848", 1988),                 # a host, its former name
    ("在伦敦奥运会上", "geo:city:2643743", 2012),                 # the host's last edition
    ("在洛杉矶奥运会上", "geo:city:5368361", 1984),               # (the coming one is more than 7 years off)
    ("2010年温哥华冬奥会上", "geo:city:6173331", 2010),           # a year
    ("首届进博会开幕式上", "cn:310000", 2018),                    # a series held at one place
    ("第二届世界互联网大会", "cn:330483100", 2015),
    ("本届军运会上", "cn:420100", 2019),                          # a bare name in a report of its days
    ("进博会上", "cn:310000", None),                              # a series, its edition not told
])
def test_the_venue_and_year_of_an_event_named(text: str, key: str, year: int | None) -> None:
    v = venue_at(text, 0, len(text), OCT_2019)
    assert v is not None and (v.key, v.year) == (key, year)


@pytest.mark.parametrize("text,date", [
    ("东京奥运会", OCT_2019),                 # to come within the years games are awarded ahead
    ("2020年东京奥运会", OCT_2019),
    ("北京冬奥会", OCT_2019),
    ("第二届进博会", OCT_2019),               # the report's year, its days still ahead
    ("第三届进博会", OCT_2019),
    ("军运会", dt.date(2019, 10, 10)),        # a bare name before the days of its edition
    ("奥运会", OCT_2019),                     # which edition, the text does not say
])
def test_no_venue_for_an_edition_to_come_or_left_open(text: str, date: dt.date) -> None:
    assert venue_at(text, 0, len(text), date) is None


def _visits(text: str, date: dt.date = OCT_2019) -> set[tuple]:
    return {(f.visitor.name, f.place.name, f.year, f.confidence) for f in analyze_text(text, date=date).facts
            if isinstance(f, Visit)}


@pytest.mark.parametrize("text,expected", [
    # a clause that is only the games' frame, then results
    ("在雅典奥运会上，运动员王小红获得跆拳道金牌，运动员李晓燕摘得银牌。",
     {("王小红", "雅典", 2004), ("王小红", "希腊", 2004), ("李晓燕", "雅典", 2004), ("李晓燕", "希腊", 2004)}),
    # a title of the games before the name
    ("火炬由2008年北京奥运会举重冠军张明华举起。", {("张明华", "北京市", 2008)}),
    # a verb of winning, its subject; the games joined to it by 和 share it
    ("美国选手凯特·伍兹此前夺得2010年温哥华冬奥会和2014年索契冬奥会冠军。",
     {("凯特·伍兹", p, y) for p, y in (("温哥华", 2010), ("加拿大", 2010), ("索契", 2014), ("俄罗斯", 2014))}),
    # the person described after 的
    ("决赛中，曾夺得伦敦奥运会个人花剑冠军的意大利选手卡拉·罗西开局占据主动。",
     {("卡拉·罗西", "伦敦", 2012), ("卡拉·罗西", "英国", 2012)}),
])
def test_games_won_or_entered(text: str, expected: set[tuple]) -> None:
    assert {v[:3] for v in _visits(text)} >= expected


def test_a_frame_of_games_gives_the_edition_s_year_not_the_report_s() -> None:
    # (the frame reader of named events asks the venue table: not 2019, the report's year)
    assert {v[:3] for v in _visits("运动员张明华在伦敦奥运会上夺得金牌。")} == {("张明华", "伦敦", 2012), ("张明华", "英国", 2012)}
    assert not _visits("运动员张明华在东京奥运会上夺得金牌。")


def test_a_joint_name_is_no_venue_the_table_s_is() -> None:
    # 中国—东盟博览会: not China as a whole (the first member of a joint name) but the fair's city
    assert {v[:2] for v in _visits("国家主席王建国出席中国—东盟博览会开幕式。")} == {("王建国", "南宁市")}


def test_a_venue_the_text_does_not_write_is_a_weaker_fact() -> None:
    found = _visits("国家主席王建国在首届进博会开幕式上发表主旨演讲。")
    assert ("王建国", "上海市", 2018, 0.8) in found
    found = _visits("在伦敦奥运会上，运动员张明华获得金牌。")
    assert ("张明华", "伦敦", 2012, 1.0) in found


@pytest.mark.parametrize("text", [
    "运动员张明华正在备战东京奥运会。",                          # an edition to come
    "运动员张明华有望在伦敦奥运会上夺得金牌。",                  # hoped for
    "国家主席王建国通过视频在首届进博会开幕式上致辞。",          # from afar
    "商务部副部长王建国介绍了外国企业参加第二届进博会的情况。",  # another subject
    "国家主席王建国连续两年出席进博会开幕式。",                  # editions the text leaves undated
])
def test_no_visit_to_an_event_not_attended(text: str) -> None:
    assert not {v for v in _visits(text) if v[1] in ("上海市", "伦敦", "东京", "英国", "日本")}


def test_every_seat_of_an_international_body_is_a_place_of_the_gazetteer() -> None:
    from graph.extract.visits.affiliations import _seat_table
    seats, pattern = _seat_table()
    gaz = load()
    assert pattern is not None and "联合国教科文组织" in seats
    assert sorted({k for ks in seats.values() for k in ks if gaz.get(k) is None}) == []


def test_the_lead_s_event_named_by_its_edition_is_held_at_its_venue() -> None:
    # the lead names an edition of the report's days and no place: its venue is where the report's
    # speakers were, as weak a fact as the venue (and China with it)
    text = ("　　第七届世界军人运动会开幕式18日晚举行，各国运动员齐聚一堂。\n"
            "　　赛场上观众热情，意大利击剑选手卡拉·罗西说，气氛就像奥运会一样热烈。\n")
    assert {v for v in _visits(text, dt.date(2019, 10, 22)) if v[0] == "卡拉·罗西"} == {
        ("卡拉·罗西", "武汉市", 2019, 0.8), ("卡拉·罗西", "中国", 2019, 0.8)}
    # an edition of another year is no event of the report
    assert not _visits(text.replace("第七届", "第六届"), dt.date(2019, 10, 22))
