"""Park recognition: (sentence, expected parks as (surface, key, place key)) tables and negatives."""
from __future__ import annotations

import pytest

from graph.extract.parks import find_parks, park_suffixes, short_place_name
from graph.pipeline import analyze_text
from graph.types import Analysis, Document
from graph.sentences import split_sentences


def parks_of(text: str) -> list[tuple[str, str, str | None]]:
    a = analyze_text(text, only=["places", "parks"])
    return [(m.text, m.key, m.attr("place")) for m in a.mentions if m.kind == "park"]


PARKS = [
    # a zone known by a nickname (data/park_aliases.txt), located where the lexicon says
    ("华星光电、天马微电子等企业落户武汉光谷。", [("武汉光谷", "park:武汉东湖新技术开发区", "cn:420100")]),
    ("光谷的企业复工了。", [("光谷", "park:武汉东湖新技术开发区", "cn:420100")]),
    ("湖北光谷的企业复工了。", [("光谷", "park:武汉东湖新技术开发区", "cn:420100")]),
    # a zone the lexicon lists, read by its suffix without a place before it
    ("东湖高新区的企业复工了。", [("东湖高新区", "park:武汉东湖新技术开发区", "cn:420100")]),
    # a park's own name in quotes before the suffix
    ("董事长向“动力谷”园区负责人提出请求。", [("“动力谷”园区", "park:动力谷园区", None)]),
    # seed-style sentences (seeds 000/001/002) and composed ones
    ("在曲靖经开区，以隆基、亿纬锂能等为代表的头部企业发挥作用。",
     [("曲靖经开区", "park:曲靖经济技术开发区", "cn:530300")]),
    ("推动曲靖经济技术开发区一年倍增。",
     [("曲靖经济技术开发区", "park:曲靖经济技术开发区", "cn:530300")]),
    ("曲靖市经开区新建了一批标准厂房。",
     [("曲靖市经开区", "park:曲靖经济技术开发区", "cn:530300")]),
    ("祥云经开区建成全省首个一体化项目。",
     [("祥云经开区", "park:祥云经济技术开发区", "cn:532923")]),
    ("富源县产业园区，厂房宽敞明亮。",
     [("富源县产业园区", "park:富源产业园区", "cn:530325")]),
    ("硅光伏产业重点分布在曲靖高新区。",
     [("曲靖高新区", "park:曲靖高新技术产业开发区", "cn:530300")]),
    ("位于江苏省苏州高新区的一家电器企业复工了。",
     [("苏州高新区", "park:苏州高新技术产业开发区", "cn:320500")]),
    ("由宣城现代服务业产业园区与街道共建承接平台。",
     [("宣城现代服务业产业园区", "park:宣城现代服务业产业园区", "cn:341800")]),
    ("打造昭阳经开区千亿级的总体工业发展架构。",
     [("昭阳经开区", "park:昭阳经济技术开发区", "cn:530602")]),
    ("苏州工业园区引进了一批外资项目。",
     [("苏州工业园区", "park:苏州工业园区", "cn:320500")]),
    # a bare name before a strong suffix, after a boundary
    ("吴江区副区长、汾湖高新区管委会副主任介绍。",
     [("汾湖高新区", "park:汾湖高新技术产业开发区", None)]),
    # three characters jieba knows as a place, or ending in a landform, before a strong suffix
    ("城陵矶综合保税区内，企业纷纷复工。", [("城陵矶综合保税区", "park:城陵矶综合保税区", None)]),
    ("位于梅山湾保税港区的仓库内，工人正忙碌。", [("梅山湾保税港区", "park:梅山湾保税港区", None)]),
    # a new area's short name and its own suffix: the new area (its city is the place)
    ("前海合作区党工委抽调100名党员。", [("前海合作区", "park:前海深港现代服务业合作区", "cn:440300")]),
    # a company's campus in a city, named by its brand
    ("蓝思科技浏阳园区的生产线已满负荷运行。", [("蓝思科技浏阳园区", "park:蓝思科技浏阳园区", "cn:430181")]),
    ("在甲乙重工长沙第一产业园，工人们加紧生产。", [("甲乙重工长沙第一产业园", "park:甲乙重工长沙第一产业园", "cn:430100")]),
    # a name outside the place written first is no place here (宁波|杭州湾新区, not 杭州)
    ("在宁波杭州湾新区，汽车产业集群引擎重新轰鸣。", [("宁波杭州湾新区", "park:杭州湾新区", "cn:330200")]),
    # a province before a named zone: the province is the place, not part of the name
    ("国务院批复同意雄安高新技术产业开发区升级为国家级。",
     [("雄安高新技术产业开发区", "park:雄安高新技术产业开发区", "region:雄安新区")]),
    # 中国（city）name: a national park; the key is the city's short name and the suffix
    ("中国（青岛）软件谷揭牌运营。", [("中国（青岛）软件谷", "park:青岛软件谷", "cn:370200")]),
    # weak suffixes after a province, city or county and a name (the text read as one place
    # mention, 福建省漳州, stays whole; the key leaves the province out)
    ("福建省漳州石化产业基地内，几套装置满负荷运行。",
     [("福建省漳州石化产业基地", "park:漳州石化产业基地", "cn:350600")]),
    # a rank between the place and the name is no clause; the key leaves it out
    ("安吉国家级绿色发展试验区获批。", [("安吉国家级绿色发展试验区", "park:安吉绿色发展试验区", "cn:330523")]),
    # a city and 软件园 alone name a park
    ("这家位于西安软件园内的孵化器减免房租。", [("西安软件园", "park:西安软件园", "cn:610100")]),
    # a park two countries run, named 中 + the other's first character, in that country
    ("考察团参观白俄罗斯中白工业园。", [("中白工业园", "park:中白工业园", "geo:BY")]),
    # a well-known company's campus in a foreign city
    ("海尔浦那工业园已成为合作样板。", [("海尔浦那工业园", "park:海尔浦那工业园", "geo:city:1259229")]),
    # export processing zones, new industrial towns and science cities
    ("金桥出口加工区的企业增多。", [("金桥出口加工区", "park:金桥出口加工区", None)]),
    ("固安产业新城吸引企业。", [("固安产业新城", "park:固安产业新城", "cn:131022")]),
    ("合肥滨湖科学城建设提速。", [("合肥滨湖科学城", "park:滨湖科学城", "cn:340100")]),
    # a unit abolished long ago (晋东南地区, 1981-1985) before the park names no place that could hold it
    ("地处晋东南革命老区的潞城经济技术开发区，是全省首个开发区。",
     [("潞城经济技术开发区", "park:潞城经济技术开发区", "cn:140406")]),
    # a verb of settling before a park's own name, no place written
    ("一批企业落户纳金科技产业园。", [("纳金科技产业园", "park:纳金科技产业园", None)]),
    ("企业入驻临港松江科技城。", [("临港松江科技城", "park:临港松江科技城", None)]),
]


@pytest.mark.parametrize("text,expected", PARKS)
def test_parks(text: str, expected: list) -> None:
    assert parks_of(text) == expected


NOT_PARKS = [
    "同济医院光谷院区收治患者。",                              # a campus named after the zone
    "中关村大街上车来车往。",                                  # a street named after the zone
    "光谷广场人来人往。",                                      # a square named after the zone
    "2019中关村论坛在北京开幕。",                              # an event named after the zone
    "深圳光谷的企业复工了。",                                  # another city's name before the nickname
    "打造“创新型”开发区。",                                    # a kind of zone in quotes, not its name
    "今年全国新设综合保税区5个。",                              # 新设 is a verb, not a name
    "昌吉市公安局高新区派出所民警值守。",                        # an office of the city, not a park's name
    "对危险化学品企业、化工园区或化工集中区组织排查。",      # generic category, no place
    "推进省域副中心城市、城乡融合发展示范区建设。",          # no place
    "曲靖推进城乡融合发展示范区建设。",                      # a clause, not a name
    "全市6个省级产业园区新建绿美园区点位35个。",             # 新建 is a weak place reading
    "2018年成为广东首批省级现代农业产业园。",                # a category (首批省级)
    "习近平总书记赴雄安新区考察。",                          # a national new area is a place
    "这里是全国重要的石化产业基地。",                        # a weak suffix without a place
    "东莞松山湖新材料产业基地正在建设。",                    # a weak suffix after a township
    "设立创新发展试验区。",
    "全国性保税区政策出台。",                                # a common word before a strong suffix
    "他说这个示范性新区很重要。",                            # three characters that are no place name
    "中小工业园发展很快。",                                  # 中 + a character that starts no country named
    "华夏幸福根据不同产业新城的定位招商。",                  # a clause (根据) before the suffix
    "一批企业落户高端装备产业园。",                          # a kind of park after a settle verb, no name
    "项目落户数字经济产业园。",
]


@pytest.mark.parametrize("text", NOT_PARKS)
def test_not_parks(text: str) -> None:
    assert parks_of(text) == []


def test_short_and_full_forms_share_one_key() -> None:
    a = analyze_text("曲靖经开区发展迅速。曲靖经济技术开发区获得表彰。曲靖市经济技术开发区再创佳绩。",
                     only=["places", "parks"])
    keys = {m.key for m in a.mentions if m.kind == "park"}
    assert keys == {"park:曲靖经济技术开发区"}


def test_generic_short_form_joins_the_one_fuller_park_of_the_document() -> None:
    a = analyze_text("株洲高新技术产业开发区成立多年。如今，株洲开发区企业众多。", only=["places", "parks"])
    assert {m.key for m in a.mentions if m.kind == "park"} == {"park:株洲高新技术产业开发区"}
    # two fuller candidates: the short form stays its own park
    a = analyze_text("株洲高新技术产业开发区和株洲经济技术开发区都在扩建。株洲开发区企业众多。", only=["places", "parks"])
    assert "park:株洲开发区" in {m.key for m in a.mentions if m.kind == "park"}


def test_every_occurrence_of_a_found_park_is_a_mention() -> None:
    a = analyze_text("将临港新片区打造成特殊经济功能区。上海自贸区临港新片区正式揭牌。", only=["places", "parks"])
    found = [(m.text, m.key) for m in a.mentions if m.kind == "park"]
    key = "park:中国（上海）自由贸易试验区临港新片区"       # the full name from data/park_aliases.txt
    assert found.count(("临港新片区", key)) == 2


def test_place_attributes_point_into_the_text() -> None:
    a = analyze_text("在大理白族自治州，祥云经开区正加速构建绿色产业集群。", only=["places", "parks"])
    park = next(m for m in a.mentions if m.kind == "park")
    start, end = int(park.attr("place_start")), int(park.attr("place_end"))
    assert a.doc.text[start:end] == park.attr("place_text") == "祥云"
    assert park.attr("place_name") == "祥云县"


class FakeRecord:
    def __init__(self, key: str, name: str, level: str, parent: str = "") -> None:
        self.key, self.name, self.level, self.parent, self.aliases, self.former = key, name, level, parent, (), False


class FakeGazetteer:
    """The three calls parks.py makes, over two places."""

    def __init__(self) -> None:
        self.records = {"cn:1": FakeRecord("cn:1", "甲乙市", "prefecture"),
                        "cn:2": FakeRecord("cn:2", "丙丁县", "county", "cn:1")}

    def lookup(self, name: str) -> list:
        return [r for r in self.records.values() if name in (r.name, r.name[:-1])]

    def get(self, key: str):
        return self.records.get(key)

    def ancestors(self, key: str) -> list:
        rec = self.records.get(key)
        return [self.records[rec.parent]] if rec is not None and rec.parent else []


def test_works_with_any_gazetteer_offering_lookup_get_ancestors() -> None:
    text = "甲乙经开区和丙丁县工业园区都在扩建。"
    a = Analysis(Document("t", "t", text, "utf-8"), split_sentences(text, "t"))
    found = [(m.text, m.key, m.attr("place")) for m in find_parks(a, FakeGazetteer())]
    assert found == [("甲乙经开区", "park:甲乙经济技术开发区", "cn:1"),
                     ("丙丁县工业园区", "park:丙丁工业园区", "cn:2")]


def test_short_place_names() -> None:
    assert short_place_name("曲靖市", "prefecture") == "曲靖"
    assert short_place_name("大理白族自治州", "prefecture") == "大理"
    assert short_place_name("富源县", "county") == "富源"


def test_suffix_lexicon_is_longest_first() -> None:
    lengths = [len(s.surface) for s in park_suffixes()]
    assert lengths == sorted(lengths, reverse=True)
    assert {s.canonical for s in park_suffixes() if s.surface == "经开区"} == {"经济技术开发区"}


def test_a_park_after_a_chain_of_places_is_also_called_from_its_innermost_place() -> None:
    from graph.pipeline import analyze_text
    a = analyze_text("山西省运城市稷山县经济技术开发区企业复工。", only=["places", "parks"])
    park = next(m for m in a.mentions if m.kind == "park")
    assert "稷山县经济技术开发区" in park.aliases()


def test_a_park_taking_in_a_place_mention_keeps_the_shorter_text_as_an_alias() -> None:
    parks = [m for m in analyze_text("在四川省达州市高新区，企业纷纷复工。").mentions if m.kind == "park"]
    assert [(m.text, m.key, m.attr("alias")) for m in parks] == [
        ("四川省达州市高新区", "park:达州高新技术产业开发区", "达州市高新区")]


@pytest.mark.parametrize("text,expected", [
    ("记者来到山东省安丘市大汶河旅游开发区采访。", {"大汶河旅游开发区", "安丘市大汶河旅游开发区"}),
    ("武汉东湖高新区的企业复工了。", {"东湖高新区"}),
    ("苏州工业园区的企业复工了。", set()),            # a bare kind of zone after the place is no name
    ("曲靖经开区的企业复工了。", set()),
])
def test_a_park_named_after_its_place_is_also_called_by_its_own_name(text: str, expected: set) -> None:
    parks = [m for m in analyze_text(text).mentions if m.kind == "park"]
    assert len(parks) == 1 and set(parks[0].aliases()) == expected


def test_a_park_the_statistical_codes_list_lies_in_the_unit_they_put_it_under() -> None:
    parks = [m for m in analyze_text("天津港保税区的企业复工了。").mentions if m.kind == "park"]
    assert [(m.text, m.attr("place"), m.attr("place_name")) for m in parks] == [("天津港保税区", "cn:120116", "滨海新区")]


def test_a_common_place_word_may_name_a_park() -> None:
    parks = [m.text for m in analyze_text("实验室由市政府、东湖高新区、某公司共建。").mentions if m.kind == "park"]
    assert parks == ["东湖高新区"]


def test_a_place_name_outside_the_county_written_first_names_the_park() -> None:
    # 滨海 is also a former name of a district elsewhere in the same city: here it names the park of 慈溪
    parks = [m for m in analyze_text("在浙江省宁波慈溪滨海开发区，企业纷纷复工。").mentions if m.kind == "park"]
    assert [(m.attr("place_name"), "宁波慈溪滨海开发区" in m.aliases()) for m in parks] == [("慈溪市", True)]


def test_the_alias_lexicon_names_a_bad_row() -> None:
    from graph.extract.parks import alias_rows
    from graph.gazetteer import load

    with pytest.raises(ValueError, match="expected alias, full name and place key"):
        alias_rows([("光谷", "武汉东湖新技术开发区")], load())
    with pytest.raises(ValueError, match="'cn:999999' of '光谷' is not in the gazetteer"):
        alias_rows([("光谷", "武汉东湖新技术开发区", "cn:999999")], load())
    assert alias_rows([("光谷", "某区", "cn:420100")], load()) == (("光谷", "某区", "cn:420100"),)


def test_a_nickname_found_once_is_not_read_again_inside_a_venue_s_name() -> None:
    # 光谷 read as the zone in one sentence; 光谷广场 elsewhere is a square, not another mention of it
    found = parks_of("甲乙公司落户光谷。夜晚的光谷广场灯火通明。")
    assert [m[0] for m in found] == ["光谷"]


def test_a_park_written_right_after_the_park_it_lies_in_is_also_named_by_both() -> None:
    parks = [m for m in analyze_text("挂牌仅一个多月的上海自贸区临港新片区一片繁忙景象。").mentions if m.kind == "park"]
    inner = next(m for m in parks if m.text == "临港新片区")
    assert "上海自贸区临港新片区" in inner.aliases()
    # two parks apart from each other give no such alias
    apart = [m for m in analyze_text("上海自贸区和临港新片区一片繁忙景象。").mentions if m.kind == "park"]
    assert all("上海自贸区临港新片区" not in m.aliases() for m in apart)


def test_a_park_named_with_its_host_place_in_brackets() -> None:
    assert parks_of("甲乙（富裕）现代农业产业园投产。") == [("甲乙（富裕）现代农业产业园", "park:甲乙（富裕）现代农业产业园", "cn:230227")]
    # the name opens after the last boundary before the bracket
    assert [p[0] for p in parks_of("高铁站旁边的东莞东坑（乐昌）产业转移工业园复工。")] == ["东莞东坑（乐昌）产业转移工业园"]
    # 中国（某市）… stays the national park form, named by its city
    assert [p[1] for p in parks_of("建设中国（南昌）人力资源产业园。")] == ["park:南昌人力资源产业园"]
