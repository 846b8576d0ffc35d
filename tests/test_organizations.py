"""Company and organisation recognition, and the company resolver."""
from __future__ import annotations

import pytest
from conftest import lexicon_error

from graph.extract.organizations import company_core, resolve_companies, short_forms
from graph.pipeline import analyze_text
from graph.types import Mention


def of_kind(text: str, kind: str) -> list[str]:
    a = analyze_text(text, only=["places", "parks", "organizations"])
    return [m.text for m in a.mentions if m.kind == kind]


COMPANIES = [
    # a name opening its clause that the clause calls a company, ended by an industry word
    ("本报福州2月12日电  （记者颜珂）甲乙石化是福建省最大的聚丙烯生产企业。", ["甲乙石化"]),
    ("保利物业、保利商业三家公司共同承担服务。", ["保利物业", "保利商业"]),     # the count is no part of a name
    # a place before a name that starts with another place's name (杭州|东方雨虹: 东方 is a city too)
    ("杭州东方雨虹建筑材料有限公司负责人对复工心里没底。", ["杭州东方雨虹建筑材料有限公司"]),
    # a cued alias (an ordinary word too) opening a clause before what companies do
    ("阿里巴巴设立专项基金；百度成立总规模3亿元的专项基金。", ["阿里巴巴", "百度"]),
    # legal names, brackets, class nouns
    ("金葵农业（云南）股份有限公司总经理告诉笔者。", ["金葵农业（云南）股份有限公司"]),
    ("云南能投威信信源有限公司车间一角。", ["云南能投威信信源有限公司"]),
    ("位于江苏省苏州高新区的莱克电气公司复工了。", ["莱克电气公司"]),
    # a name in quotation marks before the class noun; not a quoted word modifying a kind of company
    ("走进位于某市高新区的“甲乙互联”公司，牌子格外醒目。", ["甲乙互联"]),
    ("众多科技“独角兽”公司将创建和腾飞。", []),
    ("位于洋浦保税港区的甲乙供应链管理（中国）有限公司仓库内，工人正忙碌。", ["甲乙供应链管理（中国）有限公司"]),
    # a branch: company, place, 分行/支行/分公司
    ("民生银行深圳前海分行出台六项措施。", ["民生银行深圳前海分行"]),
    ("甲乙集团无锡分公司负责生产。", ["甲乙集团无锡分公司"]),
    # brands of a kind of business; a verb jieba reads inside the first name leaves no name (英诺创新|空间)
    ("盒马鲜生宣布，联合云海肴、西贝、探鱼等餐饮品牌共享员工。", ["盒马鲜生", "云海肴", "西贝", "探鱼"]),
    ("英诺创新空间、中关村E谷等一批孵化器品牌汇聚于此。", ["中关村E谷"]),
    ("打造云茶、山地黑肉鸡等特色品牌。", []),
    # a building named after a company is no mention of it (nor of a name the article gives in full)
    ("中国核工业集团有限公司成立60周年。中国核工业科技馆坐落于北京西南郊。", ["中国核工业集团有限公司"]),
    # a venue whose name goes on after the company's (某某|世贸博览馆) is no mention of it either
    ("中国保利集团有限公司主办的博览会在广州保利世贸博览馆开幕。", ["中国保利集团有限公司"]),
    # a name an industry word ends, right before a plant or offices
    ("走进黑格科技的办公大楼，迎面走来一群人。", ["黑格科技"]),
    ("走进学校的办公大楼。一排排自动化生产线正在运转。", []),
    # a well-known company's subsidiary: its name, then a legal name beginning with a place
    ("中石化洛阳工程有限公司承担设计。", ["中石化洛阳工程有限公司"]),
    ("在邻居李金柚农业科技有限公司里，车间像个厨房。", ["李金柚农业科技有限公司"]),
    ("高新区负责人将营业执照交到杭州丽旭信息科技有限公司负责人手上。", ["杭州丽旭信息科技有限公司"]),
    ("零部件供应不足，成了影响广西玉林玉柴集团产出的主要问题。", ["广西玉林玉柴集团"]),
    ("中国华能集团，首批疏解到雄安新区的央企总部之一。", ["中国华能集团"]),
    # enumerations with a company-class head noun
    ("引进宁德时代、德方纳米、亿纬锂能、远景科技等行业龙头企业，建成正极材料产能。",
     ["宁德时代", "德方纳米", "亿纬锂能", "远景科技"]),
    ("在曲靖经开区，以隆基、亿纬锂能等为代表的头部企业发挥作用。", ["隆基", "亿纬锂能"]),
    ("与云天化集团、杜氏集团、贵酒集团、上海友升等企业成功签约。",
     ["云天化集团", "杜氏集团", "贵酒集团", "上海友升"]),
    ("昆钢嘉华、昭通安通2家企业通过省级清洁生产合格企业验收。", ["昆钢嘉华", "昭通安通"]),
    ("以合盛铝业、旗滨玻璃为龙头，绿色硅全产业链项目稳步推进。", ["合盛铝业", "旗滨玻璃"]),
    ("包括甲乙鲜生、丙丁、戊己在内的多家企业推出了外卖服务。", ["甲乙鲜生", "丙丁", "戊己"]),
    ("包括三一重工在内的长沙工程机械企业复工。", ["三一重工"]),
    ("包括王小林在内的全公司员工加班。", []),
    # an aspect particle jieba glues to the first item is no part of the name (引进|了立|讯)
    ("昆山引进了立讯、富士康等台资企业。", ["立讯", "富士康"]),
    ("“中国星网、中国中化、中国华能总部，83家央企子公司有序迁移注册。",
     ["中国星网", "中国中化", "中国华能"]),
    ("随着甲飞、乙扬、丙威等铝精深加工制造项目的投产，产业势头良好。", ["甲飞", "乙扬", "丙威"]),
    # dictionary words tagged as names, and common words among names
    ("吸引华为、浪潮等高科技企业入驻。", ["华为", "浪潮"]),
    ("君乐宝、鲁花两个知名大企业落户正阳。", ["君乐宝", "鲁花"]),
    # apposition: the class noun before the name is not part of it
    ("工程建设单位上海东航投资有限公司负责施工。", ["上海东航投资有限公司"]),
    ("世界500强企业日本电装公司将增资。", ["日本电装公司"]),
    # banks are companies; the central bank is not
    ("民生银行首席研究员温彬说，中国人民银行行长易纲说。", ["民生银行"]),
    ("严彬旗下华彬集团捐赠物资。", ["华彬集团"]),
    ("北京市地铁运营有限公司运营总监说。", ["北京市地铁运营有限公司"]),
    # a city, a brand and an industry word
    ("南通中天科技的工作人员解开谜题。", ["中天科技"]),
    # a short form used again in the same document (caption)
    ("引进隆基股份、晶澳科技等行业龙头企业。曲靖隆基一期项目生产车间。",
     ["隆基股份", "晶澳科技", "隆基"]),
    # the left boundary stops at a whole function word or a verb governing the companies
    ("同时瑞麟智能、欣拓机器人等一批绿色企业落户。", ["瑞麟智能", "欣拓机器人"]),
    ("他们又组织晨光电子、华拓智能等企业复工。", ["晨光电子", "华拓智能"]),
    ("省商务厅会同青州银行设立专项贷款。", ["青州银行"]),
    # 子 ending a word of the name is no 子公司
    ("记者走进昆明瑞拓微电子公司的车间。", ["昆明瑞拓微电子公司"]),
    # a short name begins after a park written before it
    ("祥云经开区主动联系丙丁商贸公司。", ["丙丁商贸公司"]),
    # a company after 一家 keeps its name, not the counter
    ("他创办了一家华远科技有限公司。", ["华远科技有限公司"]),
    # names listed right after their kind of company, the last cut before the verb
    ("抗病毒药品生产企业华远药业、康泰药业、中百已满负荷生产。", ["华远药业", "康泰药业", "中百"]),
    # a company's party committee or union: the company is the entity meant
    ("甲乙集团党委书记、董事长张三说。", ["甲乙集团"]),
    ("丙丁股份有限公司工会主席说。", ["丙丁股份有限公司"]),
    # a bureau inside a legal name is part of it
    ("由中国铁路甲乙局集团有限公司开发的系统。", ["中国铁路甲乙局集团有限公司"]),
    # a name before a business post that its holder's name follows, even a name jieba reads as a
    # verb; a common verb before it is cut off, a region after it (中国) too
    ("鸿途科技总经理王绍华表示，新政让企业感到温暖。", ["鸿途科技"]),
    ("记者见到星澜科技董事长钟波时，他正在车间。", ["星澜科技"]),
    ("安德森中国总裁余锋说，市场在恢复。", ["安德森"]),
    ("晨光电器执行总裁张伟说，订单增加。", ["晨光电器"]),
    # a reporter's credit in brackets, a verb of entering or an ownership word before the name
    ("本报电（记者王五）丰源药业股份有限公司日前宣布。", ["丰源药业股份有限公司"]),
    ("记者步入丰源水泥有限责任公司的厂区。", ["丰源水泥有限责任公司"]),
    ("国企华远集团投资建设。", ["华远集团"]),
    # a factory named with a place, a name or a number
    ("苏州刺绣总厂和镇湖绣品厂的产品。", ["苏州刺绣总厂", "镇湖绣品厂"]),
    ("沈阳第一机床厂建于1935年。", ["沈阳第一机床厂"]),
    # a business named by its venue, with a name in it
    ("福清融侨大酒店和天虹商场恢复营业。", ["福清融侨大酒店", "天虹商场"]),
    # a county's name that jieba tags as a function word begins the legal name (定远|d)
    ("先在定远皇竹牧业科技有限公司搞个示范点。", ["定远皇竹牧业科技有限公司"]),
    ("大连远洋渔业有限公司今年扩产。", ["大连远洋渔业有限公司"]),
    # a city (or a municipality), a brand and an industry word, before its workshop or staff
    ("在南京康尼机电检测室，显示器实时监测地铁门。", ["康尼机电"]),
    ("大连科德数控的装配车间里，装夹声此起彼伏。", ["科德数控"]),
    ("天津大沽化工经办人说，手续简化了。", ["大沽化工"]),
    # a department's head: the company before the department, not the department
    ("华远集团战略投资部总经理李明说，订单增加。", ["华远集团"]),
    # a lexicon brand that is an ordinary word, then a trade: a subsidiary's legal name; a brand and
    # 控股 before the subsidiary's city; a role written before the company in apposition
    ("东风携旗下东风资产管理有限公司捐赠消毒机械。", ["东风资产管理有限公司"]),
    ("康师傅控股沈阳顶好食品有限公司的食堂复工。", ["康师傅控股沈阳顶好食品有限公司"]),
    ("总出品人华夏影视发行有限公司董事长说。", ["华夏影视发行有限公司"]),
    ("批准甲乙网联公司银行卡清算机构筹备申请。", ["甲乙网联公司"]),      # 银行卡: no bank's name
    # a commercial bank with a name of its own; a place jieba tags as a noun begins a name (大理|n)
    ("浙江泰隆商业银行行长王官明满是信心。", ["浙江泰隆商业银行"]),
    ("浙江稠丰商业银行行长说，贷款增加。", ["浙江稠丰商业银行"]),
    # brands listed before 等 and a trade's class noun (等生产企业)
    ("日化行业中，纳宝、立洁、浪达等生产企业加班加点复工生产。", ["纳宝", "立洁", "浪达"]),          # 浙江|稠|丰: characters jieba knows no word of
    # 原 (former) before a name is no part of it (but 原平 is a city)
    ("这家企业的前身是原沈阳市华远机械厂。", ["沈阳市华远机械厂"]),
    ("原平市华远公司复工。", ["原平市华远公司"]),
    # an address down to a community or village before a name that begins with a place of its own
    ("在江西省安远县天心镇长沙村江西华远米业有限公司的车间里，机器轰鸣。", ["江西华远米业有限公司"]),
    ("儿子放弃了在大理旅游集团的工作。", ["大理旅游集团"]),
    # a long transliterated name before 公司 is not cut by the length limit
    ("莫尔森·库尔斯啤酒酿造公司位于美国。", ["莫尔森·库尔斯啤酒酿造公司"]),
    # a province or city of China right before a brand of company_local_brands.txt: the brand's unit there
    ("中兴通讯和湖北移动对接，当天开通基站。", ["中兴通讯", "湖北移动"]),
    ("由内蒙古邮政承载运输。", ["内蒙古邮政"]),
    # a preposition jieba glues to the name after it (项目|由鸿泰|集团)
    ("该项目由鸿泰集团投资建设。", ["鸿泰集团"]),
]


@pytest.mark.parametrize("text,expected", COMPANIES)
def test_companies(text: str, expected: list[str]) -> None:
    assert of_kind(text, "company") == expected


NOT_COMPANIES = [
    # companies described, not named: anonymous (某), foreign in general, famous, rated by stars
    "国内某保险公司的产品已经上线。",
    "允许外国银行在中国境内设立外商独资银行。",
    "他曾在一家著名大公司任职。",
    "游客可入住合作五星级酒店。",
    # a kind of business named by its trade (an ordinary noun), no brand
    "当地的饲料公司和油田公司都已复工。",
    # a lexicon alias that is also the name of an industry (澳门博彩 of 澳门博彩控股) needs its cue
    "澳门特区政府宣布暂停澳门博彩企业和娱乐场所运营。",
    "对于疫情防控必需、公共事业运行必需、群众生活必需等重点企业尽快复工复产。",   # what the companies are needed for
    "服务由三家公司共同承担。",                                                   # a count of companies
    "镇上新开一家机械制造有限公司。",                      # a kind of company described, no name
    "浙报集团、浙江长兴传媒集团等传统媒体集团转型。",      # media groups are news organisations
    # deeds and troubles listed after 企业 as their subject; kinds of bank
    "部分企业缺工严重、稳岗压力大。",
    "企业用工难、交通物流难。",
    "帮助企业提供规划设计、土地整理等服务。",
    "与农商银行等银行金融机构合作，多家村镇银行参与。",
    # place and ownership words, sectors and project vehicles before a class noun
    "当地银行还为他们提供了紧急贷款。",
    "支持驻区银行机构开展业务。",
    "前海管理局对局属公司物业减免租金。",
    "汇君城社区居委会与果蔬公司合作。",
    "该校成立的高科技创业公司已达30家左右。",
    "与政府方出资代表组成PPP项目公司。",
    "该公司负责人说，子公司和分公司都已复工。",                # generic 公司
    "依托铅锌、硅矿、煤炭等优势资源发展工业。",                # head noun is not a company class
    "煤炭、化工、建材等企业加快转型。",                        # industries, not names
    "包装材料、注塑件、开关等元器件都需要上游企业提供。",      # the head is too far
    "以改革创新为引领增强内生发展动力。",                      # abstract nouns
    "深入乡村、企业、社区调研考察。",
    "习近平总书记来到北京地铁施工现场、派出所、出租客运公司。",
    "加快旗滨光伏、合盛水电硅等工业项目建设。",                # projects
    "警方打掉一个恶势力犯罪集团。",                            # crime groups
    "第71集团军某旅开展训练。",                                # army groups
    "中国100大跨国公司名单发布。",                             # a class with numbers
    "涉及饮用水、粮食等市场供应类企业保持平稳运行。",          # goods, not names
    "以这几部重点影片为代表的主旋律影片热映。",
    "城市商业银行获得定向降准。",
    "中国商业银行资产规模扩大，湖北农村商业银行增加投放。",     # a country's banks, a kind of bank
    "口罩、防护服、医用隔离面罩等生产企业加班加点。",             # products before 等生产企业
    "踏上建设国际化现代金融保险集团的新征程。",              # a sector, not a name
    "一个科技型初创公司获得融资。",
    "房地产开发有限公司要依法纳税。",
    "市里还动员纺织、家电、建材等企业扩大生产。",              # a verb, then industries
    "监管部门向各财产保险公司下发通知。",                      # 各X公司 is a class of companies
    "中国足协将不再持有中超股份。",                            # shares held, not a company
    "创办市场化股份制企业的浪潮。",                            # 股份制: a kind of ownership
    "民航局协调各航空公司增加运力。",
    "一家创投公司投资了它。",                                  # venture capital: a kind of company
    # measures listed before 等…企业; 以…为代表 not of companies; a city and a sector
    "国家还应在税收减免、社保返还等方面给予民营企业更多支持。",
    "优化证照办理、办税、银行开户等事关企业投资经营的关键环节。",   # matters concerning companies
    "从以关汉卿为代表的元曲四大家说起。",
    "徐州半导体、苏州纳米材料等新兴产业壮大。",
    # kinds of factory, a factory's part, a plant, goods leaving a plant, a utility
    "村里的制鞋厂和焦化厂都关了。",
    "下料分厂完成任务。",
    "这家智能工厂很先进。",
    "产品顺利出厂，工人有序返厂。",
    "城东污水处理厂投入运行。",
    "武汉某酒店被征用，上百家商场关门。",                      # no venue's name
    "回访北京东城区前门街道草厂四条胡同。",                    # a street named after an old factory
    # business posts with no name before them, or held in a park or a party
    "该集团总裁王强说，订单增加。",
    "公司副总经理王强说，订单增加。",
    "他是中国共产党的主要创始人之一。",
    "圣彼得堡俄中商务园总经理陈志刚说，很忙。",
    "广州旧厂改造关停搬迁落后企业310家。",        # 旧厂: old factories, no name
    "重点支持地方法人银行发放贷款。",              # ordinary words before 银行: a kind of bank
    "2019年外商直接投资（不含银行、证券、保险）增长。",   # a bracketed clause, no name
    "形成了线下实体银行与线上虚拟银行齐头并进的格局。",   # kinds of bank
    "要从根源上优化中小银行的治理结构。",
    "委托银行发放贷款，成立水务集团和大数据公司。",
    # a company described, not named (首家, 四大, 一个), and 集团化
    "2018年成立国内首家专业科技保险公司。",
    "某集团是中国四大国有金融保险集团之一。",
    "江苏省沭阳县桑墟镇一个乐器厂的工人在打磨。",
    "要以垦区集团化、农场企业化为主线。",
    "城市商业银行获得定向降准。",
    "中国商业银行资产规模扩大，湖北农村商业银行增加投放。",     # a country's banks, a kind of bank
    "口罩、防护服、医用隔离面罩等生产企业加班加点。",             # products before 等生产企业
    "踏上建设国际化现代金融保险集团的新征程。",              # a sector, not a name
    "要降低单位土地生产经营、资源消耗等企业的成本。",
    "韩国移动支付技术日益发达。",           # a service after the brand, a country before it
    "种业公司将农民所需的种子送到家。",      # trade words alone: the kind of a company
    "市民可以通过网络银行办理业务。",
    "月球车将向西南移动。",
]


@pytest.mark.parametrize("text", NOT_COMPANIES)
def test_not_companies(text: str) -> None:
    assert of_kind(text, "company") == []


ORGANIZATIONS = [
    ("富源县工业园区管委会主任孙富华介绍。", ["富源县工业园区管委会"]),
    ("曲靖市发改委相关负责人表示。", ["曲靖市发改委"]),
    ("云南省生态环境科学研究院联合清华大学先行建设了数据库。", ["云南省生态环境科学研究院", "清华大学"]),
    ("北京协和医院国家医学中心正在建设。", ["北京协和医院国家医学中心"]),
    # media groups are news organisations
    ("甲乙新媒体集团技术总监说。", ["甲乙新媒体集团"]),
    ("院长参加了甲乙电视台的直播。", ["甲乙电视台"]),
    # an ending that begins a longer ordinary word names nothing (开发区|党组织)
    ("所在地上海杭州湾开发区党组织发出通知。", []),
]


@pytest.mark.parametrize("text,expected", ORGANIZATIONS)
def test_organizations_are_not_companies(text: str, expected: list[str]) -> None:
    assert of_kind(text, "organization") == expected
    assert of_kind(text, "company") == []


CORES = [
    ("隆基股份", "隆基"), ("隆基", "隆基"), ("曲靖隆基", "隆基"),
    ("中国华能集团", "华能"), ("中国华能", "华能"), ("华能", "华能"),
    ("鸿新新能源", "鸿新"), ("贝特瑞新材料集团股份有限公司", "贝特瑞"),
    ("金葵农业（云南）股份有限公司", "金葵"),
    # a common word is never a core: these stay distinct
    ("阳光能源", "阳光能源"), ("信义玻璃", "信义玻璃"), ("远景科技", "远景科技"), ("远景能源", "远景能源"),
]


@pytest.mark.parametrize("name,core", CORES)
def test_company_core(name: str, core: str) -> None:
    assert company_core(name) == core


def _m(name: str, doc: str = "d") -> Mention:
    return Mention("company", name, 0, len(name), f"company:{name}", name, doc, "organizations")


def test_resolver_merges_forms_and_keeps_the_longest_well_formed_name() -> None:
    mapping = resolve_companies([_m("隆基"), _m("隆基股份", "e"), _m("曲靖隆基"),
                                 _m("丙丁"), _m("中国丙丁", "e"), _m("中国丙丁集团"),
                                 _m("云南中晟"), _m("云南锂电"), _m("远景科技"), _m("远景能源")])
    assert mapping["company:隆基"] == mapping["company:曲靖隆基"] == mapping["company:隆基股份"]
    assert mapping["company:丙丁"] == mapping["company:中国丙丁"] == "company:中国丙丁集团"
    # distinct companies sharing a prefix stay apart
    assert mapping["company:云南中晟"] != mapping["company:云南锂电"]
    assert mapping["company:远景科技"] != mapping["company:远景能源"]


def test_a_short_name_of_one_longer_company_of_the_article_is_that_company() -> None:
    a = analyze_text("生产口罩的杭州甲乙护理公司一度着急。甲乙公司会上反映物流难。", only=["places", "parks", "organizations"])
    assert {m.key for m in a.mentions if m.kind == "company"} == {"company:杭州甲乙护理公司"}
    # two longer names start the same way: the short one stays its own
    a = analyze_text("甲乙护理公司和甲乙化工公司都复工了。甲乙公司会上反映物流难。", only=["places", "parks", "organizations"])
    assert "company:甲乙公司" in {m.key for m in a.mentions if m.kind == "company"}


def test_a_place_before_a_trade_tells_companies_apart() -> None:
    """徐州|重型机械 and 太原|重型机械: the rest is ordinary words, so the place stays in the core and
    the two companies are not merged; a brand after the place is still the core (曲靖|隆基)."""
    assert company_core("徐州重型机械有限公司") != company_core("太原重型机械集团有限责任公司")
    assert company_core("曲靖隆基") == "隆基"
    assert company_core("中国人寿保险股份有限公司") == company_core("中国人寿保险（集团）公司")


def test_short_forms_skip_common_words() -> None:
    assert "隆基" in short_forms("隆基股份")
    assert "索恩格" in short_forms("索恩格汽车部件（中国）有限公司")    # industry words and brackets dropped
    assert "阳光" not in short_forms("阳光能源")


# -- the lexicon of well-known companies ---------------------------------------------------------------
LEXICON_COMPANIES = [
    # a cued alias (an ordinary word too) opening a clause before what companies do
    ("阿里巴巴设立专项基金；百度成立总规模3亿元的专项基金。", ["阿里巴巴", "百度"]),
    ("今年三月，中国石化在沿海新建一座加油站。", ["中国石化"]),
    ("中石油和国家电投的代表出席了签约仪式。", ["中石油", "国家电投"]),
    ("华润万家的门店旁边，吉利汽车和海尔智家各开了一家体验店。", ["华润万家", "吉利汽车", "海尔智家"]),
    ("这条隧道由中国铁建旗下的中铁十一局承建。", ["中国铁建", "中铁十一局"]),
    ("TCL与高通、达能在展会上发布了新品。", ["TCL", "高通", "达能"]),
    # a short or ordinary alias needs a class noun, or a list next to another company
    ("美的集团和格力、小米、联想一起参展。", ["美的集团", "格力", "小米", "联想"]),
    # a subsidiary's unit keeps the parent's name, not a cut-off piece
    ("中国石化某油田分公司的工人正在检修。", ["中国石化"]),
    # an officer's post right after a cued alias
    ("百度首席技术官介绍，该平台提供了完备的框架。", ["百度"]),
    # a lexicon brand with an industry word its company's name lacks is another company of that brand
    ("长城汽车、中兴汽车在当地布局。", ["长城汽车", "中兴汽车"]),
    ("中兴通讯发布新品，华为科技也来了。", ["中兴通讯", "华为"]),
    # policy banks are companies
    ("国家开发银行将做好专项融资服务。", ["国家开发银行"]),
    # a listed company's short name ends in 股份
    ("甲乙股份公共事务部负责人回想起当晚的情景。", ["甲乙股份"]),
    # a long name jieba glued to the verb before it (有中|芯国际); names inside a quoted speech
    ("广东有华为，上海有中芯国际。", ["华为", "中芯国际"]),
    ("“一大批企业，如腾讯微信总部，都来了。”书记说。", ["腾讯"]),
    # a name that starts inside a bracket opened before it
    ("　　（中国移动通信集团湖北有限公司党委书记、董事长  范小衡）", ["中国移动通信集团湖北有限公司"]),
    # a cued alias before a unit of the company, perhaps after the unit's place
    ("在生物岛上，默克广东创新中心正在装修。", ["默克"]),
    ("吸引了百度创新中心入驻。", ["百度"]),
    # a cued alias opening a clause, acting as a company (还积极带动…, 表示，…)
    ("与此同时，伊利还积极带动上下游企业共同出力。", ["伊利"]),
]


@pytest.mark.parametrize("text,expected", LEXICON_COMPANIES)
def test_lexicon_companies(text: str, expected: list[str]) -> None:
    assert of_kind(text, "company") == expected


LEXICON_ORDINARY_WORDS = [
    "他吃了一个苹果，又喝了一碗小米粥。",              # 苹果 is no alias, 小米 is cued
    "这道菜的美的味道让人联想到家乡。",                # 美的, 联想: cued aliases without a cue
    "登上长城，远眺理想中的风景。",
    "中国石油行业的需求持续增长。",                    # the industry, not the company
    "中国建筑文化源远流长。",                          # 中国建筑 is cued
    "中国石油大学的学生参加了比赛。",                  # inside an organisation's name
    "农户通过网购、京东等电商平台卖出了大米。",        # a platform, a shop, a product
    "他在京东家电专卖店买了冰箱，又用腾讯会议开了会。",
    "这家企业被称为“草原上的特斯拉”。",               # part of a longer quoted phrase
]


@pytest.mark.parametrize("text", LEXICON_ORDINARY_WORDS)
def test_lexicon_aliases_that_are_ordinary_words(text: str) -> None:
    assert of_kind(text, "company") == []


def test_lexicon_aliases_resolve_to_one_company_named_by_its_full_name() -> None:
    mapping = resolve_companies([_m("中石化"), _m("中国石化", "e"), _m("中国石油化工集团有限公司"),
                                 _m("中国石化集团", "f"), _m("中石油"), _m("中国石油"), _m("大唐")])
    sinopec = "company:中国石油化工集团有限公司"
    assert mapping["company:中石化"] == mapping["company:中国石化"] == mapping["company:中国石化集团"] == sinopec
    assert mapping["company:中国石油化工集团有限公司"] == sinopec
    # distinct companies stay apart, a core of one lexicon company joins it
    assert mapping["company:中石油"] == mapping["company:中国石油"] == "company:中国石油天然气集团有限公司"
    assert mapping["company:大唐"] == "company:中国大唐集团有限公司"


def test_lexicon_resolution_in_the_graph() -> None:
    from graph.pipeline import build_model
    a = analyze_text("中石化与高通签约。中国石化表示，双方将扩大合作。",
                     only=["places", "parks", "organizations"])
    kg = build_model([a])
    sinopec = kg.find("中石化", "company")
    assert [e.label for e in sinopec] == ["中国石油化工集团有限公司"]
    assert sinopec[0].names() >= {"中石化", "中国石化"}
    assert [e.label for e in kg.find("高通", "company")] == ["高通公司"]


def _with_lexicon(monkeypatch, tmp_path, content: str) -> None:
    from graph.extract import company_names, organizations
    (tmp_path / company_names.FILE).write_text(content, encoding="utf-8")
    monkeypatch.setattr(company_names, "DATA", tmp_path)
    company_names.lexicon.cache_clear()
    organizations._lexicon_cores.cache_clear()


@pytest.fixture
def restore_lexicon():
    from graph.extract import company_names, organizations
    yield
    company_names.lexicon.cache_clear()
    organizations._lexicon_cores.cache_clear()


def test_user_extended_lexicon(monkeypatch, tmp_path, restore_lexicon) -> None:
    _with_lexicon(monkeypatch, tmp_path, "# mine\n甲乙丙丁科技有限公司\t甲乙丙丁|甲乙*\n")
    assert of_kind("记者走访了甲乙丙丁的新车间。", "company") == ["甲乙丙丁"]
    assert of_kind("甲乙两人走进车间。", "company") == []
    assert of_kind("甲乙集团扩建车间。", "company") == ["甲乙集团"]
    mapping = resolve_companies([_m("甲乙丙丁"), _m("甲乙集团")])
    assert set(mapping.values()) == {"company:甲乙丙丁科技有限公司"}


@pytest.mark.parametrize("content,message", [
    ("甲公司\t乙|丙\t丁\n", "expected <full name>"),
    ("甲公司\t乙*!\n", "bad alias"),
    ("甲公司\t乙乙\n丙公司\t乙乙\n", "already a name of 甲公司"),
])
def test_lexicon_rejects_bad_lines(monkeypatch, tmp_path, restore_lexicon, content: str, message: str) -> None:
    from graph.extract import company_names
    error = lexicon_error(company_names, monkeypatch, tmp_path, company_names.FILE, content)
    assert message in str(error)


def test_a_defined_short_name_is_the_same_company_wherever_written() -> None:
    a = analyze_text("甲乙供应链管理（中国）有限公司（以下简称“甲乙供应链”）开始复工。甲乙供应链总经理说，订单很多。")
    companies = [(m.text, m.key) for m in a.mentions if m.kind == "company"]
    assert companies == [("甲乙供应链管理（中国）有限公司", "company:甲乙供应链管理（中国）有限公司"),
                         ("甲乙供应链", "company:甲乙供应链管理（中国）有限公司"),
                         ("甲乙供应链", "company:甲乙供应链管理（中国）有限公司")]


def test_a_legal_name_after_its_places_is_also_called_without_them() -> None:
    a = analyze_text("江西省高安市丙丁医用制品有限公司紧急扩产。")
    [m] = [m for m in a.mentions if m.kind == "company"]
    assert m.attr("alias") == "丙丁医用制品有限公司"
    # a short name (…公司) too, and from the innermost place of a chain on
    a = analyze_text("山东潍坊寿光丙丁农业公司复工了。")
    [m] = [m for m in a.mentions if m.kind == "company"]
    assert {"丙丁农业公司", "寿光丙丁农业公司"} <= set(m.aliases())


@pytest.mark.parametrize("text,expected", [
    # a boundary word inside a legal name that leaves no name of its own after it
    ("已参展多届的广西甲乙企业集团股份有限公司带来新产品。", ["广西甲乙企业集团股份有限公司"]),
    ("他是河南天和卫生材料有限公司总经理。", ["河南天和卫生材料有限公司"]),
    # … but not past a pronoun or ordinary words, nor when the name after the word stands
    ("他和卫生材料有限公司签约。", []),
    ("引进了医疗和卫生材料有限公司。", []),
    ("当地龙头企业甲乙科技有限公司投产。", ["甲乙科技有限公司"]),
])
def test_a_boundary_word_inside_a_legal_name(text, expected):
    assert of_kind(text, "company") == expected


@pytest.mark.parametrize("text,expected", [
    # a one-character conjunction opening a clause before a one-character word opens the name
    ("　　和记甲乙医药（上海）有限公司副总裁王某说。", ["和记甲乙医药（上海）有限公司"]),
    ("在某县某镇，同丰种业有限公司的机器轰鸣。", ["同丰种业有限公司"]),
    # … not before a word of its own
    ("他表示，和甲乙科技有限公司的合作很顺利。", ["甲乙科技有限公司"]),
])
def test_a_conjunction_opening_a_clause_may_open_a_name(text, expected):
    assert of_kind(text, "company") == expected


def test_a_core_shared_with_a_lexicon_company_of_another_place_is_another_company() -> None:
    # 湖南省港务集团 and the lexicon's 上海港务集团 share the core 港务: two ports' companies, not one
    mentions = [Mention("company", n, 0, len(n), f"company:{n}", n) for n in ("湖南省港务集团", "福州市地铁集团")]
    out = resolve_companies(mentions)
    assert out["company:湖南省港务集团"] == "company:湖南省港务集团"
    assert out["company:福州市地铁集团"] == "company:福州市地铁集团"
    # a subsidiary named with its city still joins a lexicon company whose names give no other place
    m = Mention("company", "石家庄君乐宝乳业有限公司", 0, 12, "company:石家庄君乐宝乳业有限公司", "石家庄君乐宝乳业有限公司")
    assert resolve_companies([m])["company:石家庄君乐宝乳业有限公司"] == "company:君乐宝乳业集团有限公司"


def test_a_trip_verb_before_a_listed_company_is_not_part_of_its_name() -> None:
    a = analyze_text("河北省工信厅赴甲乙集团丙丁药业、戊己药业等企业调研督导。")
    names = {m.text for m in a.mentions if m.kind == "company"}
    assert "甲乙集团丙丁药业" in names and not any(n.startswith("河北") for n in names)


@pytest.mark.parametrize("text", [
    "全线首个梁厂和最大梁厂近期分别通过验收。",
    "审判林彪、江青反革命集团案主犯。",
    "警方打掉一个诈骗集团。",
])
def test_described_factories_and_gangs_are_no_companies(text: str) -> None:
    assert not [m for m in analyze_text(text).mentions if m.kind == "company"]


def test_a_trade_verb_inside_a_name_and_a_name_cut_by_the_length_limit() -> None:
    names = lambda t: {m.text for m in analyze_text(t).mentions if m.kind == "company"}   # noqa: E731
    # 制造 is a verb, and a trade word of company names: it does not end the name before 总厂
    assert "上海精工设备制造总厂" in names("上海精工设备制造总厂的工程师说。")
    # a size word describes a kind of company
    assert not names("德清县有中小型钢琴制造公司200多家。")
    # the length limit never leaves a name starting inside a word (某某集|团上海…)
    assert not any(n.startswith("团") for n in names("中国船舶重工集团公司大连造船厂的工人说。"))


def test_a_country_s_name_alone_before_a_class_noun_names_no_company() -> None:
    assert not [m for m in analyze_text("我们和柬埔寨公司合作。").mentions if m.kind == "company"]
    # a name after the country is still one
    assert [m.text for m in analyze_text("我们和柬埔寨吴哥科技公司合作。").mentions if m.kind == "company"] == ["柬埔寨吴哥科技公司"]


def test_a_bank_branch_named_without_a_place() -> None:
    names = lambda t: [m.text for m in analyze_text(t).mentions if m.kind == "company"]   # noqa: E731
    assert names("他在农业银行万达支行办理贷款。") == ["农业银行万达支行"]
    # a bank's branches in general are no branch's name
    assert names("工商银行下属支行都开门。") == ["工商银行"]
    assert "邮储银行北京分行各支行" not in names("邮储银行北京分行各支行都开门。")


def test_a_legal_company_s_unit_in_a_country_abroad() -> None:
    names = lambda t: [m.text for m in analyze_text(t).mentions if m.kind == "company"]   # noqa: E731
    assert names("中国建筑股份有限公司阿尔及利亚分公司承建。") == ["中国建筑股份有限公司阿尔及利亚分公司"]
    # a market abroad is no unit
    assert "甲乙科技有限公司美国市场" not in names("甲乙科技有限公司美国市场开拓顺利。")


def test_a_name_with_and_without_the_unit_of_its_leading_place_is_one_company() -> None:
    # the article writes 贵州省蔬菜集团 and 贵州蔬菜集团 for one company; 贵州省 is no brand of another
    mapping = resolve_companies([_m("云南蔬菜集团"), _m("云南省蔬菜集团"), _m("四川省蔬菜集团")])
    assert mapping["company:云南蔬菜集团"] == mapping["company:云南省蔬菜集团"] == "company:云南省蔬菜集团"
    assert mapping["company:四川省蔬菜集团"] != mapping["company:云南省蔬菜集团"]


def test_a_branch_whose_place_jieba_reads_with_its_tail_and_a_cued_bank_alias_before_a_branch() -> None:
    names = lambda t: [m.text for m in analyze_text(t).mentions if m.kind == "company"]   # noqa: E731
    # jieba reads 北京分行 as one word: the place inside it still makes the branch
    assert names("中国邮政储蓄银行北京分行开通绿色通道。") == ["中国邮政储蓄银行北京分行"]
    # a cued alias (农行*) with a place and 分行 after it names the company's branch
    assert names("农行福建省分行发放贷款。") == ["农行福建省分行"]


def test_a_lexicon_company_s_branch_written_with_the_short_and_the_full_name_is_one() -> None:
    def branch(name: str, parent: str) -> Mention:
        return Mention("company", name, 0, len(name), f"company:{name}", name, "d", "organizations",
                       (("branch_of", parent), ("cue", "branch")))

    mapping = resolve_companies([branch("邮储银行北京分行", "邮储银行"), branch("中国邮政储蓄银行北京分行", "中国邮政储蓄银行"),
                                 branch("邮储银行上海分行", "邮储银行")])
    assert mapping["company:邮储银行北京分行"] == mapping["company:中国邮政储蓄银行北京分行"] \
        == "company:中国邮政储蓄银行北京分行"
    assert mapping["company:邮储银行上海分行"] != mapping["company:邮储银行北京分行"]


def test_trade_words_jieba_tags_as_verbs_inside_a_group_s_name() -> None:
    # 创意 is a trade of a name (甲乙|创意|科技集团), not a verb that ends it
    assert of_kind("江西华豪创意科技集团总裁王立说，产品很好。", "company") == ["江西华豪创意科技集团"]
