"""Place recognition: (text, expected) tables for chains, short forms, ambiguity, false friends, foreign places."""
from __future__ import annotations

import pytest

from graph.gazetteer import load
from graph.pipeline import analyze_text


def places(text: str) -> list[tuple[str, str]]:
    a = analyze_text(text, only=["places"])
    return [(m.text, m.key) for m in a.mentions if m.kind == "place"]


def place_keys(text: str) -> list[str]:
    return [key for _, key in places(text)]


@pytest.mark.parametrize("text,expected", [
    # a chain written together is one mention with the most specific key
    ("总书记来到定西市渭源县元古堆村看望群众。", [("定西市渭源县元古堆村", "village:cn:621123/元古堆村")]),
    ("他到过甘肃定西。", [("甘肃定西", "cn:621100")]),
    ("我们在北京市朝阳区采访。", [("北京市朝阳区", "cn:110105")]),
    ("考察团来到延安市延川县文安驿镇梁家河村。", [("延安市延川县文安驿镇梁家河村", "village:cn:610622103/梁家河村")]),
    # a renamed township (清水乡 is now 清水镇) is found under its county by its stem
    ("她来到腾冲市清水乡三家村中寨司莫拉佤族村。",
     [("腾冲市清水乡三家村中寨司莫拉佤族村", "village:cn:530581113/三家村中寨司莫拉佤族村")]),
    ("美国艾奥瓦州马斯卡廷的老朋友", [("美国艾奥瓦州马斯卡廷", "geo:city:4868404")]),
])
def test_chains(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("威信县通过深入推进村级组织建设", ["cn:530629"]),          # a clause before 村 is no village name
    ("威信县双河苗族彝族乡偏岩村", ["village:cn:530629201/偏岩村"]),
    ("湖北武汉返村的人员", ["cn:420100"]),                       # a one-character stem needs a township
    # a natural village named by the land (塆, 屯, 寨, 沟, 嘎查) right after its township
    ("威信县双河苗族彝族乡青石大塆", ["village:cn:530629201/青石大塆"]),
    ("威信县双河苗族彝族乡青石沟村", ["village:cn:530629201/青石沟村"]),
    ("威信县双河苗族彝族乡发展产业", ["cn:530629201"]),           # no land word: no village
    ("威信县双河苗族彝族乡在沟里", ["cn:530629201"]),             # a clause, not a name
])
def test_villages_need_a_name(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("走进映秀镇，在汶川", ["cn:513221102", "cn:513221"]),       # its county in the paragraph
    # 乌镇镇 is written 乌镇, a name 陕西 gives a township of its own in full: the province decides
    ("浙江乌镇举行大会", ["cn:330483100"]),
    ("陕西乌镇举行大会", ["cn:610828103"]),
    ("水乡乌镇举行大会", []),                                      # without its county or province
    ("汶川县映秀镇", ["cn:513221102"]),
])
def test_townships_need_their_county(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("鲁贡镇的乡亲们种下了新茶。", ["cn:522325105"]),     # a full name no other township bears
    ("江风海韵长寿乡，宜居宜业。", []),                    # its stem is an ordinary word
    ("推进小城镇建设。", []),                              # an ordinary word
    ("努力振兴乡村。", []),                                # 振兴|乡村: not a word of its own
])
def test_a_township_with_a_name_of_its_own_stands_alone(text, expected):
    assert place_keys(text) == expected


def test_chain_attributes():
    a = analyze_text("总书记来到定西市渭源县元古堆村。", only=["places"])
    m = a.mentions[0]
    assert m.name == "元古堆村"
    assert m.attr("level") == "village" and m.attr("parent") == "cn:621123"
    assert m.attr("chain") == "cn:621100|cn:621123"


@pytest.mark.parametrize("text,expected", [
    ("定西是甘肃中部的城市，定西市近年发展很快。", ["cn:621100", "cn:620000", "cn:621100"]),
    ("内蒙古和广西的代表", ["cn:150000", "cn:450000"]),
    ("凉山州和凉山彝族自治州是一个地方", ["cn:513400", "cn:513400"]),
    ("新疆、西藏、宁夏", ["cn:650000", "cn:540000", "cn:640000"]),
    ("吉林和海南", ["cn:220000", "cn:460000"]),           # a province over a city with the same short form
])
def test_short_forms_share_the_full_key(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("朝阳区的居民", ["unresolved:朝阳区"]),
    ("北京的朝阳区", ["cn:110000", "cn:110105"]),
    ("吉林长春的朝阳区", ["cn:220100", "cn:220104"]),
    ("本报北京10月1日电 朝阳区今天举行活动。", ["cn:110000", "cn:110105"]),   # the dateline city decides
    ("和平区的学校", ["unresolved:和平区"]),
    ("天津市和平区的学校", ["cn:120101"]),
    ("鼓楼区的居民", ["unresolved:鼓楼区"]),
    ("在南京，鼓楼区的居民", ["cn:320100", "cn:320106"]),
    ("福建福州鼓楼区", ["cn:350102"]),
    ("新华社南京10月1日电 鼓楼区举行活动", ["cn:320100", "cn:320106"]),
    ("辽宁朝阳的发展", ["cn:211300"]),
    ("青海的牧区。广东和海南10省", ["cn:630000", "cn:440000", "cn:460000"]),   # a province unless its namesake's
    ("青海省海南州的牧区", ["cn:632500"]),                                      # region is in the same sentence
    # a prefecture and its seat (or a county) of one name: the containing unit without other context
    ("和田的红枣", ["cn:653200"]),
    # a former name: the unit that had it last (繁昌县 became 繁昌区 in 2020)
    ("安徽省繁昌县税务局", ["cn:340222"]),
    ("铁岭的冬天", ["cn:211200"]),
    # 新田县's 龙泉镇 is now 龙泉街道: the county named in the paragraph decides
    ("新田县推行联系制度。龙泉镇秀富里村排名第一。", ["cn:431128", "village:cn:431128001/秀富里村"]),
])
def test_ambiguous_names_follow_context(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a city's short name that is also a word, listed next to a city of the same province
    ("鄂州、黄石、孝感等地加强防控。", ["cn:420700", "cn:420200", "cn:420900"]),
    ("孝感、黄冈两地", ["cn:420900", "cn:421100"]),
    # or right after a verb of travel or a preposition of place
    ("书记来到黄石调研。", ["cn:420200"]),
    ("我们在大连举行会议。", ["cn:210200"]),
    ("他来到雄县调研。", ["cn:130638"]),
    ("新材料项目落户和县。", ["cn:340523"]),
    ("新工厂坐落于和县。", ["cn:340523"]),
])
def test_city_short_names_that_are_words_in_a_list_or_after_travel(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("我去了大连。", ["cn:210200"]),            # 大连|d: listed in place_words.txt, it stands alone
    ("孝感今年新增病例。", ["cn:420900"]),
])
def test_place_words_stand_alone(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text", ["天下大同的理想", "开封了一瓶酒", "包头巾的妇女"])
def test_city_short_names_that_are_words_stay_words(text):
    assert place_keys(text) == []


@pytest.mark.parametrize("text", [
    "推进中国式现代化",
    "一座新城矗立于华北平原之上",
    "他毕业于北京四中",
    "他在中山大学读书",
    "中国银行和中国移动",
    "记者王海林报道",
    "人民更加幸福平安",
    "城区的道路",
    "中非合作论坛",
    "在发展中国家",
    "农村和乡村振兴",
    "泰国民主党主席表示",                     # a country inside a party's name
    "甘肃省委书记",                            # an organ of the province: an organisation
    "中国政府高度重视",
    "在呼和浩特市儿童福利院里",               # inside an institution's name
    "前往井冈山革命烈士陵园",
    "北京冬奥会筹办工作",                     # inside an event's name
    "沪剧《敦煌女儿》首演",                   # inside the title of a work
    "组织群众发展乡村产业",                   # 发展乡 + 村
    "私营个体经济就业人员占城镇就业人员比重",   # 占城镇 + 就业
    "萨赫勒中部地区面临粮食危机",             # a foreign division named 中部
    "江风海韵长寿乡",                         # a township name alone, without its county nearby
    "部分村医追问",                           # 部分村 is no village
    "腾讯、阿里、小米等企业落户",               # 阿里 the company, not the prefecture
    "聚集龙头企业和政、产、学、研各界人士",       # 企业|和|政: a conjunction, not 和政(县)
])
def test_false_friends_make_no_place(text):
    assert place_keys(text) == []


@pytest.mark.parametrize("text,expected", [
    ("长三角和京津冀、粤港澳大湾区", ["region:长三角", "region:京津冀", "region:粤港澳大湾区"]),
    ("东南亚和中东地区", ["region:东南亚", "region:中东"]),
    ("华北地区的降雨", ["region:华北"]),
    ("习近平赴雄安新区考察", ["region:雄安新区"]),
    ("深汕特别合作区建设", ["region:深汕特别合作区"]),
    ("上海浦东新区", ["cn:310115"]),
    ("西咸新区的秦汉新城不断优化", ["region:西咸新区"]),     # 新城 glued to 秦汉 is no 新城区
])
def test_regions_and_new_areas(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("访问美国和乌兹别克斯坦", ["geo:US", "geo:UZ"]),
    ("在俄罗斯莫斯科", ["geo:city:524901"]),
    ("访问澳大利亚塔斯马尼亚州时", ["geo:adm1:AU.TAS"]),          # known as 塔斯曼尼亚: one character apart
    ("访问澳大利亚卡彭塔利亚州时", ["geo:adm1:AU.卡彭塔利亚州"]),    # an unknown state gets a synthetic key
    ("乌兹别克斯坦总统访问撒马尔罕", ["geo:UZ", "geo:city:1216265"]),
    ("巴黎和东京", ["geo:city:2988507", "geo:city:1850147"]),
    # a smaller city: after a travel verb, or on its own when the segmenter reads it as one place word
    ("到访日内瓦世卫组织总部", ["geo:city:2660646"]),
    ("他说日内瓦很美", ["geo:city:2660646"]),
])
def test_foreign_places(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a dateline's place is the place the report was filed from, however ordinary a word it is
    ("本报开罗3月5日电  （记者甲）会议闭幕。", ["geo:city:360630"]),
    ("（本报安卡拉、大马士革3月5日电）", ["geo:city:323786", "geo:city:170654"]),
    ("形势仍然严峻。（本报柏林电）", ["geo:city:2950159"]),
    ("会议在开罗举行。", ["geo:city:360630"]),          # 在 and a city of some size
    # a large city whose name jieba reads as a personal name stands when its country is named in the report
    ("俄罗斯经济持续增长。\n\n许多游客到了莫斯科。", ["geo:RU", "geo:city:524901"]),
    # 首都|柏林 holds 都柏林 across the word boundary: the capital is 柏林
    ("大会在德国首都柏林开幕。", ["geo:DE", "geo:city:2950159"]),
])
def test_weak_foreign_cities_with_support(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text", [
    "许多游客到了莫斯科。",                    # no country named: the name alone is not enough
    "他们说本报开罗这个词很怪。",              # no dateline without its 电
])
def test_weak_foreign_cities_without_support(text):
    assert "geo:city:524901" not in place_keys(text) and "geo:city:360630" not in place_keys(text)


def test_chain_of_a_synthetic_foreign_state_has_its_country_as_parent():
    a = analyze_text("访问澳大利亚卡彭塔利亚州时", only=["places"])
    state = [m for m in a.mentions if m.attr("level") == "foreign-state"][0]
    assert state.attr("parent") == "geo:AU" and state.name == "卡彭塔利亚州"


def test_a_chinese_short_name_right_after_a_foreign_country_is_a_place_of_that_country():
    # 韩国平昌: Korea's 平昌, not 平昌县 of Sichuan; written after a Chinese province it is the county
    a = analyze_text("比赛在韩国平昌结束。四川平昌的干部来了。", only=["places"])
    got = {(m.text, m.key, m.name, m.attr("parent")) for m in a.mentions if m.kind == "place"}
    assert ("平昌", "geo:city:KR.平昌", "平昌", "geo:KR") in got and ("四川平昌", "cn:511923", "平昌县", None) in got


def test_a_transliterated_town_after_a_foreign_country_where_an_event_is_held():
    # 在荷兰某某结束: a town of that country the gazetteer lacks; not without 在, nor without the event
    a = analyze_text("世界杯荷兰站于当地时间16日在荷兰多雷赫布结束。", only=["places"])
    got = {(m.text, m.key, m.attr("parent"), m.attr("level")) for m in a.mentions if m.kind == "place"}
    assert ("荷兰多雷赫布", "geo:city:NL.多雷赫布", "geo:NL", "foreign-city") in got
    # the gazetteer knows the country such a town is in, as for a division abroad (平昌 of Korea)
    gaz = load()
    assert gaz.country_of("geo:city:NL.多雷赫布") == "geo:NL" and gaz.country_of("geo:city:KR.平昌") == "geo:KR"
    assert [r.key for r in gaz.ancestors("geo:city:NL.多雷赫布")] == ["geo:NL"]
    assert place_keys("荷兰多雷赫布的风车很美。") == ["geo:NL"]
    assert place_keys("他在荷兰多雷赫布。") == ["geo:NL"]


def test_zones_are_not_places():
    assert place_keys("石家庄高新技术产业开发区的企业") == ["cn:130100"]


def test_mentions_carry_level_and_code():
    a = analyze_text("渭源县的发展", only=["places"])
    m = a.mentions[0]
    assert (m.name, m.attr("level"), m.attr("code"), m.source) == ("渭源县", "county", "621123", "places")


def test_repeated_village_keeps_its_key():
    keys = place_keys("来到渭源县元古堆村。元古堆村变了样，元古堆的乡亲们笑了。")
    assert keys == ["village:cn:621123/元古堆村"] * 3


def test_title_after_unit_keeps_the_place_short():
    assert places("定西市长表示") == [("定西", "cn:621100")]


def test_evaluation_scores_spans_and_keys():
    from graph.evaluation.places import evaluate

    text = "总书记来到定西市渭源县元古堆村。朝阳区的居民。"
    a = analyze_text(text, doc_id="d.txt", only=["places"])
    gold = [{"doc": "seeds/d.txt", "upto": 20, "places": [
        {"text": "定西市渭源县元古堆村", "start": 5, "end": 15, "key": "village:cn:621123/元古堆村"},
        {"text": "朝阳区", "start": 16, "end": 19, "key": None},
    ]}]
    exact, overlap, resolution = evaluate(gold, {"d.txt": a})
    assert (exact.tp, exact.fp, exact.fn) == (2, 0, 0)
    assert (overlap.tp, overlap.fp, overlap.fn) == (2, 0, 0)
    assert (resolution.tp, resolution.fp) == (2, 0)            # null gold key: unresolved is right
    gold[0]["places"][1]["key"] = "cn:110105"
    assert evaluate(gold, {"d.txt": a})[2].fp == 1


def test_unresolved_mentions_list_their_candidates():
    m = analyze_text("朝阳区的居民", only=["places"]).mentions[0]
    assert m.key == "unresolved:朝阳区" and m.attr("level") == "county"
    assert set(m.attr("candidates").split("|")) >= {"cn:110105", "cn:220104"}


@pytest.mark.parametrize("text,expected", [
    ("澜沧江源园区位于青海。", ["青海"]),          # the river named after the county
    ("记者来到澜沧县采访。", ["澜沧县"]),
])
def test_a_river_or_bay_named_after_a_place_is_not_that_place(text: str, expected: list[str]) -> None:
    assert [m.text for m in analyze_text(text, only=["places"]).mentions] == expected


def test_the_short_name_of_an_autonomous_prefecture_is_the_prefecture() -> None:
    m = analyze_text("习近平总书记在湖南湘西考察。", only=["places"]).mentions
    assert [(x.text, x.key) for x in m] == [("湖南湘西", "cn:433100")]


def test_a_township_after_its_county_even_when_its_name_reads_as_a_word():
    # 柳|市镇: alone the name reads as an ordinary word; after its county (or city) it is the township,
    # and so are its later mentions in the document
    assert place_keys("浙江温州乐清柳市镇，柳市镇发展很快。") == ["cn:330382114", "cn:330382114"]
    assert place_keys("浙江温州柳市镇，企业很多。") == ["cn:330382114"]
    assert place_keys("柳市镇发展很快。") == []


@pytest.mark.parametrize("text,expected", [
    # a country before an ordinary word that opens with a transliteration character (维和, 基地) stands
    ("中国第十八批赴黎巴嫩维和工兵分队出发。", ["geo:CN", "geo:LB"]),
    # … but not before the rest of a transliterated name
    ("莫斯科维奇说。", []),
])
def test_a_country_before_a_transliteration_character(text, expected):
    assert place_keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a venue or transport hub read as one word with its city: the city is where it is
    ("联欢活动在北京天安门广场举行。", ["cn:110000"]),
    ("一架班机飞抵广州白云机场。", ["cn:440100"]),
    # a school or hospital named after a city says nothing of where a person went
    ("他考入南京大学。", []),
])
def test_a_place_read_as_one_word_with_a_venue_in_it(text, expected):
    assert place_keys(text) == expected


def test_the_mainland_form_of_a_capital_geonames_writes_otherwise():
    # GeoNames writes 阿迪斯阿贝巴; the mainland standard form is 亚的斯亚贝巴
    assert place_keys("峰会在埃塞俄比亚首都亚的斯亚贝巴举行。") == ["geo:ET", "geo:city:344979"]


def test_northern_ireland_is_not_the_republic_of_ireland() -> None:
    from graph.pipeline import analyze_text
    # (names of foreign divisions need the country near them)
    a = analyze_text("强风持续影响英国北部。北爱尔兰和苏格兰地区发布了暴风雪黄色警报。")
    assert [(m.text, m.key) for m in a.mentions if m.kind == "place"] == [
        ("英国", "geo:GB"), ("北爱尔兰", "geo:adm1:GB.NIR"), ("苏格兰", "geo:adm1:GB.SCT")]


def test_a_place_before_a_verb_and_an_event_is_where_it_is_done() -> None:
    # 在悉尼|征战|奥运会预选赛: not the name of the event (北京冬奥会 stays inside its name, above)
    assert [name for name, _key in places("在悉尼征战奥运会预选赛的中国女足表现出色。")][:1] == ["悉尼"]
    # an institution's name may hold a verb: the place stays inside it (某地|开放|大学)
    assert place_keys("他在江苏开放大学学习") == []
