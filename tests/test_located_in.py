"""Located-in facts: (text, expected (subject, container key, minimum confidence)) tables and negatives."""
from __future__ import annotations

import datetime as dt

import pytest

from graph.evaluation.located_in import evaluate
from graph.pipeline import analyze_text, build_model
from graph.types import LocatedIn

ONLY = ["places", "parks", "organizations", "brand-parks", "located_in"]


def facts_of(text: str) -> dict[tuple[str, str], float]:
    a = analyze_text(text, only=ONLY)
    return {(f.subject.text, f.container.key): f.confidence for f in a.facts if isinstance(f, LocatedIn)}


LOCATED = [
    # a place, then several words of the kind of company, then its name
    ("9月30日，苏州民营上市公司恒瑞新材料股份有限公司发行10亿元绿色公司债券。", [("恒瑞新材料股份有限公司", "cn:320500")]),
    ("9月30日，苏州上市公司恒瑞新材料股份有限公司发行10亿元绿色公司债券。", [("恒瑞新材料股份有限公司", "cn:320500")]),
    # 香港 and 澳门 are cities of province rank, like the municipalities: a subsidiary's seat in brackets
    ("星河展览（香港）有限公司总经理王某介绍了展会的筹备情况。", [("星河展览（香港）有限公司", "cn:810000")]),
    ("其旗下的云帆（澳门）会展集团是澳门企业。", [("云帆（澳门）会展集团", "cn:820000")]),
    # a well-known company written right after its city
    ("赫赫有名的深圳大疆，是全球最大的消费类无人机生产商。", [("大疆", "cn:440300")]),
    # enumeration in a sentence framed by one park (seed 001)
    ("在曲靖经开区，以隆基、亿纬锂能等为代表的头部企业发挥“一企带一链”效应。",
     [("隆基", "park:曲靖经济技术开发区"), ("亿纬锂能", "park:曲靖经济技术开发区"),
      ("曲靖经开区", "cn:530300")]),
    ("在大理白族自治州，祥云经开区正加速构建绿色产业集群，以贝特瑞、鸿新新能源等为代表的一批头部企业带动产业集群加速成型。",
     [("贝特瑞", "park:祥云经济技术开发区"), ("鸿新新能源", "park:祥云经济技术开发区"),
      ("祥云经开区", "cn:532923")]),
    # adjacency and 位于
    ("位于江苏省苏州高新区的莱克电气公司，复工后面临难题。",
     [("莱克电气公司", "park:苏州高新技术产业开发区"), ("苏州高新区", "cn:320500")]),
    ("位于浙江省天台县的浙江银轮机械股份有限公司日前复工。",
     [("浙江银轮机械股份有限公司", "cn:331023")]),
    # settle cues with only a city given: the city, no invented park
    ("随着隆基股份、晶澳科技等行业龙头领军企业纷纷落户，曲靖绿色硅光伏产业实现从无到有。",
     [("隆基股份", "cn:530300"), ("晶澳科技", "cn:530300")]),
    # headquarters moved to a new area
    # a national new area is a park (issue: 新区 is a park kind), in its city or province
    ("中国华能集团，首批疏解到雄安新区的央企总部之一。", [("中国华能集团", "park:雄安新区"), ("雄安新区", "cn:130000")]),
    ("南京江北新区加快建设。", [("南京江北新区", "cn:320100")]),
    ("截至2月19日，前海合作区在地企业中，甲乙科技等273家企业已复工复产。",
     [("甲乙科技", "park:前海深港现代服务业合作区"), ("前海合作区", "cn:440300")]),
    # a park name in a park passage: the park's place prefix
    ("富源县产业园区，厂房宽敞明亮。", [("富源县产业园区", "cn:530325")]),
    # a city at the start of a company's name
    ("昆钢嘉华、昭通安通2家企业通过省级清洁生产合格企业验收。", [("昭通安通", "cn:530600")]),
    # a sentence opening with 在<park>，
    ("在苏州工业园区，纳微科技公司董事长带领团队攻关。",
     [("纳微科技公司", "park:苏州工业园区"), ("苏州工业园区", "cn:320500")]),
    # a city before a named zone: the zone lies in the city
    ("今年进驻珠海横琴新区创业。", [("珠海横琴新区", "cn:440400")]),
    # a company listed among a place's companies; a brand after a city; a site after a company
    ("目前正阳全县已建起花生草场1200多个，还有天润农业、新天地草业等50多家资源综合利用企业。",
     [("天润农业", "cn:411724"), ("新天地草业", "cn:411724")]),
    ("南通中天科技先后实施158项新品种研发技改。", [("中天科技", "cn:320600")]),
    ("引进甲乙科技等龙头企业。甲乙科技南京工厂创下投产纪录。", [("甲乙科技", "cn:320100")]),
    # the cue words
    ("甲乙科技有限公司入驻曲靖经开区。", [("甲乙科技有限公司", "park:曲靖经济技术开发区"), ("曲靖经开区", "cn:530300")]),
    ("曲靖经开区内的甲乙科技有限公司正在扩产。",
     [("甲乙科技有限公司", "park:曲靖经济技术开发区"), ("曲靖经开区", "cn:530300")]),
    ("甲乙集团年产10万吨项目签约落地曲靖经开区。", [("甲乙集团", "park:曲靖经济技术开发区"), ("曲靖经开区", "cn:530300")]),
    ("丙丁集团在祥云经开区建成投产。", [("丙丁集团", "park:祥云经济技术开发区"), ("祥云经开区", "cn:532923")]),
    # a municipality at the start of a company's name
    ("北京市地铁运营有限公司运营总监说。", [("北京市地铁运营有限公司", "cn:110000")]),
    # a province read with the county as one place: the park's text takes it in, its container is the county
    ("安徽肥西县紫蓬山旅游开发区李陵村曾是软弱涣散村。", [("安徽肥西县紫蓬山旅游开发区", "cn:340123")]),
    # a legal name written after a park is in that park; a branch is where its name says
    ("四川省达州市高新区鼓风机制造有限公司复工。",
     [("四川省达州市高新区鼓风机制造有限公司", "park:达州高新技术产业开发区"), ("四川省达州市高新区", "cn:511700")]),
    ("江苏银行无锡分行1月30日获知信息。", [("江苏银行无锡分行", "cn:320200")]),
    ("中国电信湖北省分公司加快5G建设。", [("中国电信湖北省分公司", "cn:420000")]),     # a province's branch
    # a subsidiary's place in brackets or right before 有限公司 (not 瑞安, which only looks like a place)
    ("瑞安森（天津）医疗器械有限公司捐赠物资。", [("瑞安森（天津）医疗器械有限公司", "cn:120000")]),
    ("大众汽车自动变速器天津有限公司复工。", [("大众汽车自动变速器天津有限公司", "cn:120000")]),
    # a city abroad after its country, a major one or one written with 市 begins the name (not a small
    # town that looks like a transliterated name: 施普林格·自然集团)
    ("这些天，美国洛杉矶甲乙物流集团的仓库里一片忙碌。", [("美国洛杉矶甲乙物流集团", "geo:city:5368361")]),
    ("东京电力公司发布公告。", [("东京电力公司", "geo:city:1850147")]),
    ("出版商施普林格·自然集团全球图书业务总裁表示。", []),
    # a company's own stores or plants in a place (在某区有线下门店60家, 在沈阳的两大工厂)
    ("甲乙农业科技公司在小店区有线下门店60家，日均服务居民约2万人次。", [("甲乙农业科技公司", "cn:140105")]),
    # the clause after a company that tells another company's seat (这是总部位于某区的一家企业…) places it nowhere
    ("甲乙航空的一架班机飞抵广州白云机场，这是总部位于北京市东城区的一家企业捐赠的物资。", []),
    # a place inside a well-known company's name is part of the brand (中国太平|保险: not 太平区)
    ("中国太平保险集团1929年在上海创立。", []),
    # 根植 settles like 扎根
    ("甲乙银行依托根植上海、辐射长三角的地域优势，服务企业。", [("甲乙银行", "cn:310000")]),
    # an ordinary word before the legal ending is no seat (资源, not the county 资源县); a city jieba
    # glued to the brand's first character (北京华|博创) still begins the name
    ("内蒙古赤峰资源股份有限公司加紧复工。", [("内蒙古赤峰资源股份有限公司", "cn:150400")]),
    ("授予北京华博创新科技股份有限公司先进称号。", [("北京华博创新科技股份有限公司", "cn:110000")]),
    # ... or a district of that city the address before the name gives
    ("福建厦门市同安区甲乙（厦门）医疗用品有限公司每天生产口罩。",
     [("福建厦门市同安区甲乙（厦门）医疗用品有限公司", "cn:350212")]),
    # a zone named by its nickname, without a settle cue, is said of the city: the companies are in the city
    ("武汉是“中国光谷”所在地，涌现出甲乙科技、丙丁光纤等一大批骨干企业。",
     [("甲乙科技", "cn:420100"), ("丙丁光纤", "cn:420100"), ("中国光谷", "cn:420100")]),
    # a park named in its committee's name is a park all the same, here inside a new area
    ("兰州新区秦川园区管委会主任说。", [("兰州新区秦川园区", "park:兰州新区")]),
    # a brand campus: the company is in it
    ("甲乙科技浏阳园区的生产线已满负荷运行。",
     [("甲乙科技", "park:甲乙科技浏阳园区"), ("甲乙科技浏阳园区", "cn:430181")]),
    # a national new area inside one city that a company settles in is read as a park of that city
    ("甲乙材料有限公司落户南京江北新区。",
     [("甲乙材料有限公司", "park:江北新区"), ("南京江北新区", "cn:320100")]),
    # a park said to lie in a place, or a place said to be its seat
    ("金桥出口加工区位于上海市浦东新区金桥镇。", [("金桥出口加工区", "cn:310115120")]),
    ("上海浦东新区金桥镇是金桥出口加工区所在地。", [("金桥出口加工区", "cn:310115120")]),
    ("位于海珠区的纳金科技产业园已入驻企业50家。", [("纳金科技产业园", "cn:440105")]),
    # a kind of company between the place and the name
    ("社会资本方是临沂民营企业甲乙建设集团有限公司。", [("甲乙建设集团有限公司", "cn:371300")]),
    # a municipality frames a sentence like any city
    ("在北京，甲乙制药公司在春节期间加班生产药品。", [("甲乙制药公司", "cn:110000")]),
    # each company takes the place of its own clause; a region after a name is no place of the clause
    ("甲乙电气公司将在广东建设总装基地，丙丁科技公司的首个实验室将落户北京。", [("丙丁科技公司", "cn:110000")]),
    ("一大批科技型企业，如甲乙、丙丁华南总部等，都选择落户广州。",
     [("甲乙", "cn:440100"), ("丙丁", "cn:440100")]),
    # a company founded in a place; a relative clause that says where it is
    ("博士后出站后，他回到广东，在深圳创办了甲乙医疗科技有限公司。", [("甲乙医疗科技有限公司", "cn:440300")]),
    ("扎根南京的甲乙银行股份有限公司发力绿色金融。", [("甲乙银行股份有限公司", "cn:320100")]),
    ("作为扎根南京的金融生力军，甲乙银行股份有限公司发力绿色金融。", [("甲乙银行股份有限公司", "cn:320100")]),
    # a group's unit named with its city after the group's name
    ("在甲乙集团哈尔滨锅炉厂有限责任公司的生产车间，工人在作业。",
     [("甲乙集团哈尔滨锅炉厂有限责任公司", "cn:230100")]),
    # a well-known company's unit with its city before the unit's own name, after a province too
    ("中车长春轨道客车股份有限公司的车间里，机械手臂正在焊接。", [("中车长春轨道客车股份有限公司", "cn:220100")]),
    ("湖南中车株洲电力机车有限公司推动有序复工复产。", [("湖南中车株洲电力机车有限公司", "cn:430200")]),
    # a zone the statistical codes list as a township-level unit (保税港区, 工业园) is a park in its district
    ("甲乙租赁有限公司落户东疆保税港区。", [("甲乙租赁有限公司", "park:东疆保税港区"), ("东疆保税港区", "cn:120116")]),
    # an address down to a community or village written before a name that begins with a place of its own
    ("在贵州省长顺县广顺镇甲乙社区贵州华远米业有限公司的车间里，机器轰鸣。", [("贵州华远米业有限公司", "cn:522729101")]),
    ("在江西省安远县天心镇长沙村江西华远米业有限公司的车间里，机器轰鸣。",
     [("江西华远米业有限公司", "village:cn:360726103/长沙村")]),
    # a park written twice in the sentence of the settle cue is still its one park
    ("甲乙电子（苏州）有限公司是落户苏州工业园区的第一家外资企业，在苏州工业园区的帮助下，甲乙电子（苏州）有限公司全部复工。",
     [("甲乙电子（苏州）有限公司", "park:苏州工业园区"), ("苏州工业园区", "cn:320500")]),
]


@pytest.mark.parametrize("text,expected", LOCATED)
def test_located_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(facts_of(text)) == sorted(expected)


NOT_LOCATED = [
    # a signing alone is not a location
    "曲靖经开区与甲乙集团、丙丁集团等企业成功签约，签约项目投资近800亿元。",
    "曲靖与山东魏桥、敏实控股、富士康工业互联网签订战略合作框架协议。",
    "甲乙集团与曲靖经开区签约。",
    # government bodies, schools and hospitals are not companies located anywhere
    "富源县工业园区管委会主任孙富华介绍。",
    "曲靖市第一中学和曲靖市第一人民医院都在扩建。",
    # a place-like start that is not a word of the name, and a bracketed place
    "东方航空技术有限公司完成改制。",
    # a city outside the province the name begins with is no seat of the unit
    "湖南中车长春电力机车有限公司推动有序复工复产。",
    "瑞安森（天津）医疗器械有限公司捐赠物资。",
    # 宁德 is part of the brand 宁德时代, not where it is
    "宁德时代、比亚迪等企业发布新品。",
    # a municipality's district called 新区 with no company in it stays a place, not a park
    "上海浦东新区加快建设。",
    # a store and a police branch named after a zone are no parks
    "蔬菜投放点之一的西安某某农场曲江新区店，不少市民前来购买。",
    "武汉市公安局东湖新技术开发区分局九峰派出所民警赶到。",
    # the dateline's place is where the report was filed, not the companies' place
    "本报北京10月17日电  10月中旬，某某巡视组进驻甲乙控股集团有限公司、丙丁集团有限公司。",
]


def test_a_short_name_whose_place_the_article_writes_after_another_province() -> None:
    # 紫金 is a county of Guangdong; the bank is 江苏紫金农村商业银行, so 紫金农商银行 is not in it
    text = "扎根南京的江苏紫金农村商业银行股份有限公司（简称紫金农商银行）发力绿色金融。紫金农商银行新设绿色金融中心。"
    assert not any(k[1] == "cn:441621" for k in facts_of(text))


@pytest.mark.parametrize("text", NOT_LOCATED)
def test_not_located(text: str) -> None:
    assert [k for k in facts_of(text) if not k[1].startswith("cn:")] == []
    assert not any(k[0].endswith(("管委会", "中学", "医院")) for k in facts_of(text))


def test_passage_context_gives_a_lower_confidence() -> None:
    text = ("曲靖市按照全链打造、园区聚集的思路推进工业发展。\n\n"
            "全力打造新能源电池产业集群。引进甲乙时代、丙丁纳米等行业龙头企业，建成正极材料产能。")
    facts = facts_of(text)
    assert set(facts) == {("甲乙时代", "cn:530300"), ("丙丁纳米", "cn:530300")}
    assert all(c < 0.7 for c in facts.values())
    explicit = facts_of("随着甲乙时代等行业龙头企业纷纷落户，曲靖新能源电池产业快速发展。")
    assert explicit[("甲乙时代", "cn:530300")] >= 0.8


def test_a_passage_about_one_park_gives_the_park() -> None:
    text = ("富源县产业园区，厂房宽敞明亮。\n\n"
            "“随着甲飞、乙扬、丙威等铝精深加工制造项目的投产，富源铝加工产业发展势头良好。”管委会主任介绍。")
    facts = facts_of(text)
    assert facts[("甲飞", "park:富源产业园区")] < 0.7
    assert ("甲飞", "cn:530325") not in facts


def test_minimum_confidence_filters_inferred_facts() -> None:
    text = ("曲靖市按照全链打造的思路推进工业发展。\n\n"
            "全力打造新能源电池产业集群。引进甲乙时代、丙丁纳米等行业龙头企业，建成正极材料产能。")
    kg = build_model([analyze_text(text, doc_id="y.txt", only=ONLY)])
    gold = [{"doc": "corpus:rmrb/y.txt", "companies": ["甲乙时代", "丙丁纳米"], "parks": [],
             "located_in": [{"subject": "甲乙时代", "container": "曲靖市"},
                            {"subject": "丙丁纳米", "container": "曲靖市"}]}]
    assert evaluate(gold, kg)[2].tp == 2
    assert evaluate(gold, kg, min_confidence=0.7)[2].tp == 0


def test_evidence_is_the_sentence() -> None:
    a = analyze_text("曲靖市很美。在曲靖经开区，以隆基等为代表的头部企业发挥作用。", only=ONLY)
    fact = next(f for f in a.facts if isinstance(f, LocatedIn) and f.subject.text == "隆基")
    ev = fact.evidence[0]
    assert ev.sentence == a.doc.text[ev.sentence_start:ev.sentence_end] == "在曲靖经开区，以隆基等为代表的头部企业发挥作用。"


def test_evaluation_scores_names_against_labels_and_aliases() -> None:
    a = analyze_text("在曲靖经开区，以隆基股份、亿纬锂能等为代表的头部企业发挥作用。曲靖隆基一期项目车间。",
                     doc_id="x.txt", only=ONLY)
    kg = build_model([a])
    gold = [{"doc": "corpus:rmrb/x.txt", "companies": ["隆基", "亿纬锂能", "宁德时代"], "parks": ["曲靖经开区"],
             "located_in": [{"subject": "隆基", "container": "曲靖经开区"},
                            {"subject": "亿纬锂能", "container": "曲靖经开区"},
                            {"subject": "曲靖经开区", "container": "曲靖市"}]}]
    companies, parks, pairs, _contained = evaluate(gold, kg)
    assert (companies.tp, companies.fp, companies.fn) == (2, 0, 1)
    assert (parks.tp, parks.fp, parks.fn) == (1, 0, 0)
    assert pairs.tp == 3 and pairs.fn == 0
    # 隆基 is also placed in 曲靖 (the caption), which the gold does not list
    assert pairs.fp == 1


def test_the_containment_score_reads_a_company_in_a_park_as_in_the_parks_city() -> None:
    kg = build_model([analyze_text("在曲靖经开区，以乙丙科技等为代表的头部企业发挥作用。", doc_id="z.txt", only=ONLY)])
    gold = [{"doc": "corpus:rmrb/z.txt", "companies": ["乙丙科技"], "parks": ["曲靖经开区"],
             "located_in": [{"subject": "乙丙科技", "container": "曲靖市"}]}]
    *_, pairs, contained = evaluate(gold, kg)
    assert (pairs.tp, pairs.fn) == (0, 1)                 # the gold names the city, the text the park in it
    assert (contained.tp, contained.fn) == (1, 0)
    # the company-in-park pair implies the gold pair and stands for it; the park-in-city pair stays unmatched
    assert (pairs.fp, contained.fp) == (2, 1)


def test_an_article_about_one_park_places_its_companies_there() -> None:
    about_park = ("祥云经开区九成企业已复工\n"
                  "　　接到祥云经开区的通知，甲乙化工有限公司总经理有些犹豫。\n"
                  "　　祥云经开区主动联系丙丁商贸公司，提供免费配送服务。")
    facts = facts_of(about_park)
    assert facts[("甲乙化工有限公司", "park:祥云经济技术开发区")] < 0.5
    assert facts[("丙丁商贸公司", "park:祥云经济技术开发区")] < 0.5
    # an article about a city names partners from elsewhere: no fact without a cue
    about_city = about_park.replace("祥云经开区", "曲靖市")
    assert [k for k in facts_of(about_city) if k[0].endswith("公司")] == []


def test_the_seat_of_the_company_just_named() -> None:
    text = "甲乙塑料包装有限公司原日产口罩5万只。针对这种情况，公司所在地上海杭州湾开发区党组织发出通知。"
    assert facts_of(text)[("甲乙塑料包装有限公司", "park:杭州湾开发区")] >= 0.8
    # 所在的 as 所在地
    text = "成都甲乙科技有限公司发布新品。走进甲乙公司所在的成都高新区，创业氛围浓厚。"
    assert facts_of(text)[("成都甲乙科技有限公司", "park:成都高新技术产业开发区")] >= 0.8


def test_a_paragraph_opening_with_a_place_sets_the_scene() -> None:
    assert ("甲乙环保工程技术有限公司", "cn:370200") in facts_of(
        "　　山东青岛，从事废物处置服务的甲乙环保工程技术有限公司，去年一度陷入资金困境。")
    assert ("杭州甲乙建筑材料有限公司", "cn:330182") in facts_of(      # after a date: 建德市, not 杭州
        "　　2月13日，浙江建德市，杭州甲乙建筑材料有限公司负责人对复工心里没底。")
    # not in the middle of a paragraph
    assert facts_of("　　好。山东青岛，从事废物处置服务的甲乙环保工程技术有限公司，去年一度陷入困境。") == {}


def test_a_company_s_own_seat() -> None:
    facts = facts_of("河南甲乙食品公司发出求助信。甲乙公司所在地——郑州市惠济区与外地对接。")
    assert facts[("河南甲乙食品公司", "cn:410108")] >= 0.8


def test_a_company_named_after_its_park_is_in_the_park() -> None:
    assert ("长沙经开区集团公司", "park:长沙经济技术开发区") in facts_of("一期项目由长沙经开区集团公司代建。")


def test_an_article_about_one_district_places_its_companies_there() -> None:
    about = ("广州黄埔区培育民企创新热情\n"
             "　　走进广州市黄埔区的一家企业。黄埔区重视企业发展。黄埔区新建党组织。\n"
             "　　黄埔区推进企业共建。甲乙机器人公司是行业的佼佼者。黄埔区开展人才行动。")
    assert facts_of(about)[("甲乙机器人公司", "cn:440112")] < 0.5
    # named fewer than five times, the district is no topic
    assert facts_of(about.replace("黄埔区开展人才行动。", "").replace("黄埔区新建党组织。", "")) == {}
    # a headline naming no place: the county the body names eight times and three quarters of the time
    body = "小花生长成大产业\n" + "　　" + "正阳县花生种植面积扩大。" * 7 + "甲乙粮油公司收购花生。正阳县还有加工厂。"
    assert facts_of(body)[("甲乙粮油公司", "cn:411724")] < 0.5
    assert facts_of(body.replace("正阳县还有加工厂。", "")) == {}


@pytest.mark.parametrize("text", [
    # starting production is no location; a place right after a company is that company's site only
    "甲乙能源集团70处煤矿全部开工生产，丙丁电投山东海阳核电机组运行。",
    # a county of another province after a province is part of the brand (江苏|紫金|农商银行)
    "江苏紫金农村商业银行股份有限公司发布公告。",
    # a region named by compass points is no park's place (西南|交大…)
    "西南交大国家大学科技园孵化了一批企业。",
    "长三角生态绿色一体化发展示范区建设加快。",      # nor one named after a region of several provinces
    # setting up a fund is no site; 设立 places a company only with a site after it
    "甲乙集团在武汉设立10亿元医疗物资供给专项基金。",
])
def test_no_fact_at_all(text: str) -> None:
    assert facts_of(text) == {}


@pytest.mark.parametrize("text,expected", [
    # a city followed only by a legal head or a public-utility sector: the company of that city
    ("台州银行加大了对小微企业的支持。", {("台州银行", "cn:331000")}),
    ("福州市地铁集团负责建设。", {("福州市地铁集团", "cn:350100")}),
    ("大连时代的报道。", set()),                       # a brand word after the city
    ("漳州三宝集团股份有限公司开展活动。", {("漳州三宝集团股份有限公司", "cn:350600")}),   # … with a legal head
    # a legal-form bracket is no place; a place that begins a jieba place word (上海浦东) still leads the name
    ("上海仪电（集团）有限公司发布消息。", {("上海仪电（集团）有限公司", "cn:310000")}),
    ("上海浦东投资控股（集团）有限公司总经理说。", {("上海浦东投资控股（集团）有限公司", "cn:310115")}),
])
def test_a_company_named_by_its_city_and_sector_is_in_that_city(text: str, expected: set) -> None:
    assert set(facts_of(text)) == expected


def test_setting_up_a_site_places_the_company() -> None:
    assert set(facts_of("甲乙科技公司在苏州设立研发中心。")) == {("甲乙科技公司", "cn:320500")}


@pytest.mark.parametrize("text,expected", [
    ("特斯拉在上海的超级工厂今年开始施工。", {("特斯拉", "cn:310000")}),             # company 在 place 的 plant
    ("近日，特斯拉重启了在上海的超级工厂。", {("特斯拉", "cn:310000")}),          # a verb of running it first
    ("广东湛江的德国巴斯夫项目开工。", {("巴斯夫", "cn:440800")}),                  # place 的 home country company project
    ("特斯拉在美国的工厂停产。", set()),                                             # a country is too coarse
])
def test_a_company_plant_or_project_told_with_its_place(text: str, expected: set) -> None:
    assert set(facts_of(text)) == expected


def test_a_company_named_by_a_city_and_its_district_is_in_the_district() -> None:
    assert facts_of("广西贺州市平桂区甲乙农业科技有限公司项目经理介绍了情况。") == {
        ("广西贺州市平桂区甲乙农业科技有限公司", "cn:451103"): 0.6}


def test_companies_settling_in_a_district_named_short_in_an_article_on_its_city() -> None:
    got = facts_of("广州发展很快。腾讯、阿里、小米华南总部等，都选择落地海珠。")
    assert {s for s, c in got if c == "cn:440105"} == {"腾讯", "阿里", "小米"}


def test_a_signing_whose_project_settles_in_the_same_sentence_places_the_company() -> None:
    text = "9日，江西鹰潭高新区与东莞市甲乙电子科技有限公司通过视频签约，一个投资20亿元的电缆项目正式落户鹰潭。"
    assert facts_of(text)[("东莞市甲乙电子科技有限公司", "park:鹰潭高新技术产业开发区")] == 0.9
    # a signing alone places nothing
    assert ("东莞市甲乙电子科技有限公司", "park:鹰潭高新技术产业开发区") not in facts_of(
        "9日，江西鹰潭高新区与东莞市甲乙电子科技有限公司通过视频签约。")


def test_a_company_told_as_one_of_a_parks_or_a_places_companies() -> None:
    assert facts_of("甲乙集团有限公司是苏州高新区的一家高科技制造企业。")[
        ("甲乙集团有限公司", "park:苏州高新技术产业开发区")] == 0.9
    assert facts_of("丙丁公司是昆山的一家台资企业。") == {("丙丁公司", "cn:320583"): 0.9}


def test_a_company_named_by_a_city_short_name_that_is_also_a_word() -> None:
    assert facts_of("石家庄甲乙乳业有限公司是河北最大的乳制品加工企业。") == {
        ("石家庄甲乙乳业有限公司", "cn:130100"): 0.6}


def test_a_branch_is_where_its_own_place_says_not_where_its_parent_is() -> None:
    assert facts_of("北京甲乙新材料新泰分公司总经理王某表示，还将加大投入。") == {
        ("北京甲乙新材料新泰分公司", "cn:370982"): 0.6}
    assert facts_of("北京甲乙新材料分公司总经理王某表示，还将加大投入。") == {}


def test_a_campus_named_by_a_company_of_the_article() -> None:
    text = "广西贺州市平桂区甲乙农业科技有限公司经理介绍说，甲乙现代设施农业产业园计划投资约3亿元。"
    got = facts_of(text)
    assert got[("广西贺州市平桂区甲乙农业科技有限公司", "park:甲乙现代设施农业产业园")] == 0.95
    assert got[("甲乙现代设施农业产业园", "cn:451103")] == 0.6       # where its company's name says
    # a campus after a park lies in that park
    got = facts_of("丙丁集团股份有限公司发布年报。广东惠州仲恺高新区丙丁液晶产业园内有一座博物馆。")
    assert ("丙丁液晶产业园", "park:仲恺高新技术产业开发区") in got
    # a park the company builds (…项目) is not its own
    assert not any(c.startswith("park:戊己") for _, c in
                   facts_of("戊己建设集团发布公告。戊己建设集团广州新一代创业园项目经理在工地。"))


def test_an_article_about_one_township_places_its_companies_and_campuses_there() -> None:
    about = ("浙江温州柳市镇——\n电器之都\n"
             "　　浙江温州乐清柳市镇，以电器产销基地闻名。柳市镇企业很多。\n"
             "　　柳市镇全面发力。甲乙集团股份有限公司总裁说：“自动线很好。”甲乙工业园智能车间忙碌。\n"
             "　　柳市镇重视服务。丙丁电器有限公司经理说：“政府常来问问题。”柳市镇发展很快。")
    got = facts_of(about)
    assert got[("丙丁电器有限公司", "cn:330382114")] < 0.5
    assert got[("甲乙工业园", "cn:330382114")] < 0.5
    # the campus holds its own company, no other
    assert ("丙丁电器有限公司", "park:甲乙工业园") not in got


def test_a_sentence_opening_with_a_park_and_nei_frames_its_companies() -> None:
    got = facts_of("2月8日，江苏省连云港石化产业基地内，在甲乙化工有限公司的控制室里，装置满负荷运行。")
    assert ("甲乙化工有限公司", "park:连云港石化产业基地") in got
    # a place opening the sentence without 在 frames nothing
    assert not any(s == "甲乙化工有限公司" for s, _ in facts_of("江苏省连云港市内，甲乙化工有限公司的装置满负荷运行。"))


def test_this_company_located_in_a_place_refers_to_the_company_named_before() -> None:
    got = facts_of("记者来到甲乙（上海）纺织品科技有限公司。\n　　这家位于上海市金山区张堰镇的企业，主产口罩。")
    assert got[("甲乙（上海）纺织品科技有限公司", "cn:310116103")] == 0.8
    assert all(c != "cn:310116103" for _, c in facts_of("这家位于上海市金山区张堰镇的企业，主产口罩。"))
    # what it makes may stand before the head noun (这家位于某市的研磨机生产厂家)
    got = facts_of("甲乙机械有限公司的订单排到了年底。\n　　这家位于泉州的地坪研磨机生产厂家，产品销往全球。")
    assert got[("甲乙机械有限公司", "cn:350500")] == 0.8


def test_yangling_names_the_district() -> None:
    assert facts_of("陕西省将基地选在杨凌农业高新技术产业示范区。") == {
        ("杨凌农业高新技术产业示范区", "cn:610403"): 1.0}


def test_a_new_area_park_is_also_called_with_its_city_or_province() -> None:
    a = analyze_text("为支持企业复工，两江新区建立了企业服务员队伍。", only=ONLY)
    park = next(f.subject for f in a.facts if isinstance(f, LocatedIn) and f.subject.kind == "park")
    assert {"重庆两江新区", "重庆市两江新区"} <= set(park.aliases())


@pytest.mark.parametrize("text,expected", [
    # a well-known company's local unit: the place between its name and 公司
    ("国网孝感供电公司组织抢修。", {("国网孝感供电公司", "cn:420900")}),
    ("国网河南郑州供电公司检修线路。", {("国网河南郑州供电公司", "cn:410100")}),
    ("国网武汉市蔡甸区供电公司巡检。", {("国网武汉市蔡甸区供电公司", "cn:420114")}),
    ("国家电网湖北公司值守。", {("国家电网湖北公司", "cn:420000")}),
    # of two places of one name, the one the article writes in full (昌吉: prefecture and city)
    ("他是国家电网昌吉供电公司员工，负责新疆昌吉市的电力运行。", {("国家电网昌吉供电公司", "cn:652301")}),
    ("中国铁路郑州局集团有限公司洛阳机务段首席技师说。", {("中国铁路郑州局集团有限公司", "cn:410100")}),
    # a province right before 有限公司 is the province (黑龙江, not 龙江县)
    ("由中国移动通信集团黑龙江有限公司提供直播系统。", {("中国移动通信集团黑龙江有限公司", "cn:230000")}),
    ("中国铁路发展很快。", set()),
    # its unit abroad: the country between its name and 公司, with or without a short name of its own
    ("中国建筑集团肯尼亚公司员工王力说。", {("中国建筑集团肯尼亚公司", "geo:KE")}),
    ("国家电网智利南河发电公司资助了学校。", {("国家电网智利南河发电公司", "geo:CL")}),
    # what follows the place is no unit of the company
    ("国家电网湖北电力交易中心成立。", set()),
])
def test_a_national_company_unit_is_in_the_place_its_name_gives(text: str, expected: set) -> None:
    assert set(facts_of(text)) == expected


def test_a_park_written_as_a_district_s_whole_name_is_in_the_city_above_it() -> None:
    # 滨海新区 is a district of Tianjin; 滨海 alone points elsewhere
    assert facts_of("朗读快闪在网红图书馆滨海新区图书馆上演。滨海新区发展很快。") == {("滨海新区", "cn:120000"): 1.0}


def test_a_partner_written_before_a_zone_known_to_lie_elsewhere_is_not_its_place() -> None:
    # the zone's own city, written before it, places it; its partner Macao does not
    assert facts_of("游客在珠海横琴体验联游。") == {("珠海横琴", "cn:440400"): 0.9}
    assert not any(container == "cn:820000" for _, container in facts_of("澳门导游带领“澳门横琴首发团”过境。"))


def test_a_school_named_after_a_zone_is_no_park() -> None:
    assert facts_of("杭州文澜未来科技城第一小学副校长刘学佳说，学校已开课。") == {}
    assert ("杭州未来科技城", "cn:330100") in facts_of("甲乙公司落户杭州未来科技城。")


def test_a_companys_customers_are_not_companies_of_its_place():
    text = "这家来自湖南醴陵的陶瓷企业，客户包括甲乙家居、丙丁咖啡等世界知名品牌。"
    assert not any(k[0] in ("甲乙家居", "丙丁咖啡") for k in facts_of(text))
    # the same list told as the place's companies is placed
    assert ("甲乙家居", "cn:430281") in facts_of("湖南醴陵涌现出甲乙家居、丙丁咖啡等一批龙头企业。")


@pytest.mark.parametrize("text,expected", [
    # the seat of the headquarters written before the company, a country or region alike
    ("总部位于美国的甲乙公司是全球食品领域的领导企业。", {("甲乙公司", "geo:US"): 0.95}),
    ("总部设在香港的甲乙集团拥有分支机构158家。", {("甲乙集团", "cn:810000"): 0.95}),
    # a seat not read as a place: no fact, and not the sentence's other city
    ("总部位于某某斯的甲乙电气公司多年来参与了南京市多个重大工程。", {}),
])
def test_the_seat_of_a_headquarters_before_a_company(text, expected):
    assert facts_of(text) == expected


def test_a_district_merged_away_later_still_holds_companies_in_news_of_its_time():
    text = "　　江干区甲乙科技制造有限公司需要改扩建。"
    a = analyze_text(text, date=dt.date(2020, 2, 25), only=ONLY)
    assert {(f.subject.text, f.container.key) for f in a.facts if isinstance(f, LocatedIn)} == \
        {("江干区甲乙科技制造有限公司", "cn:330104")}
    # in news of today, no: 江干区 was merged into other districts in 2021
    later = analyze_text(text, date=dt.date(2023, 2, 25), only=ONLY)
    assert not [f for f in later.facts if isinstance(f, LocatedIn)]


def test_companies_listed_before_a_kind_of_company_a_place_modifies() -> None:
    # 甲、乙等一批湖北龙头民营企业: the listed companies are in the place (a name we do not read is skipped)
    found = facts_of("会上与甲乙集团、丙丁科技、山河建设、戊己股份等一批湖北龙头民营企业签约。")
    assert {("甲乙集团", "cn:420000"), ("丙丁科技", "cn:420000"), ("戊己股份", "cn:420000")} <= set(found)
    # foreign companies in their country; one name alone, or a kind no place modifies, says nothing
    assert ("甲乙集团", "geo:DE") in facts_of("受影响的包括甲乙集团、丙丁公司等德国车企。")
    assert not any(c == "cn:420000" for _s, c in facts_of("会上与甲乙集团等湖北企业签约。"))
    assert not any(c == "cn:420000" for _s, c in facts_of("甲乙集团、丙丁科技等企业在湖北复工。"))


def test_a_national_company_s_unit_named_with_its_province() -> None:
    # a well-known company's name, a province, a trade of up to four characters and 公司
    assert ("中国电建湖北装备公司", "cn:420000") in facts_of("中国电建湖北装备公司8小时内完成调货。")


def test_companies_that_settle_here_are_in_the_place_written_before() -> None:
    text = ("以某新区为引领，贵州依托水电资源发展大数据产业。"
            "甲乙集团、丙丁科技等一批企业聚集于此，戊己股份等领军企业扎根于此。")
    found = facts_of(text)
    assert {("甲乙集团", "cn:520000"), ("丙丁科技", "cn:520000"), ("戊己股份", "cn:520000")} <= set(found)
    # a place written as a means is not "here"
    means = "中山火炬开发区汇聚了众多企业。\n依托潮州产业转移园的大平台，甲乙集团、丙丁科技等品牌汇聚于此。"
    assert not any(c == "cn:445100" for _s, c in facts_of(means))


def test_a_company_named_after_its_country_abroad() -> None:
    # 某国|甲乙公司: in that country, when its name gives no finer place
    assert ("丹麦甲乙集团", "geo:DK") in facts_of("丹麦甲乙集团宣布在华新建工厂。")
    assert ("美国洛杉矶甲乙物流集团", "geo:US") not in facts_of("美国洛杉矶甲乙物流集团宣布裁员。")
    # China is no such country: a Chinese company's name says nothing by 中国 alone
    assert not any(c == "geo:CN" for _s, c in facts_of("中国甲乙集团宣布扩产。"))


def test_a_company_named_after_its_province_is_there_if_nowhere_finer() -> None:
    from graph.extract.located_in import FRAME, NAME_PREFIX
    assert facts_of("浙江禾川传动机械股份有限公司董事长出席会议。") == {("浙江禾川传动机械股份有限公司", "cn:330000"): NAME_PREFIX}
    # a finer place the text gives wins, and a branch's province is read as before
    assert facts_of("浙江禾川传动机械股份有限公司董事长在会上说，公司在绍兴的工厂已复工。") == {
        ("浙江禾川传动机械股份有限公司", "cn:330600"): FRAME}
    assert facts_of("交通银行湖北省分行负责人说。") == {("交通银行湖北省分行", "cn:420000"): NAME_PREFIX}
    # the banks within a province are no company
    assert facts_of("江西省内银行纷纷推出贷款。") == {}


def test_a_park_opening_the_previous_sentence_after_a_time_gives_the_place_of_a_list_that_settled() -> None:
    text = ("截至2019年7月，富源县产业园区已先后签约11个制造企业，合计投资额超过50亿元。"
            "包括甲飞科技、乙扬材料、江苏丙威等多家行业巨头已落户，将带动上下游企业。")
    facts = facts_of(text)
    assert {("甲飞科技", "park:富源产业园区"), ("江苏丙威", "park:富源产业园区")} <= set(facts)
    assert facts[("甲飞科技", "park:富源产业园区")] < 0.7          # read from the passage, not the sentence
    assert ("江苏丙威", "cn:320000") not in facts                 # not the province of its name


def test_a_verb_before_a_list_is_no_part_of_its_first_name() -> None:
    a = analyze_text("这将使甲歌、乙马逊、丙书等美国互联网巨头受到影响。")
    assert "甲歌" in {m.text for m in a.mentions if m.kind == "company"}


def test_a_company_named_after_a_county_the_article_writes_though_jieba_cuts_across_it() -> None:
    # jieba reads 长|兴业|达: the county's name ends inside a word, but the article writes 长兴县
    text = "长兴县今年新引进项目30个。长兴业达电子有限公司新建的厂房已经投产。"
    assert facts_of(text).get(("长兴业达电子有限公司", "cn:330522"), 0) >= 0.6
