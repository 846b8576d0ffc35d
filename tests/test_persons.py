"""Person recognition: names in cue contexts, foreign names after titles, no title-only persons."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import lexicon_error

from graph.documents import make_document
from graph.extract.persons import lexicon, recognise_persons, title_references
from graph.sentences import split_sentences
from graph.types import Analysis


def analyse(text: str) -> Analysis:
    doc = make_document(text, "t")
    a = Analysis(doc, split_sentences(doc.text, doc.id))
    a.mentions = list(recognise_persons(a))
    return a


def names(text: str) -> set[str]:
    return {m.name for m in analyse(text).mentions}


CASES = [
    # a name opening its line, its post in brackets after it
    ("张晓茜（中部战区总医院重症救治室护士）：\n　　我们每天都很忙。", {"张晓茜"}),
    # title before the name, Chinese and foreign
    ("国家主席习近平会见法国总统马克龙。", {"习近平", "马克龙"}),
    ("同俄罗斯总统普京举行会晤。", {"普京"}),
    ("塞尔维亚总统武契奇亲自迎接。", {"武契奇"}),
    ("时任斐济总理姆拜尼马拉马以一场传统仪式欢迎贵宾。", {"姆拜尼马拉马"}),
    ("中共中央政治局常委、国务院副总理韩正9日到河北雄安新区调研。", {"韩正"}),
    # 和 before a day is the end of the name, not a conjunction; a transliterated run closed by 举行
    ("国务委员兼国防部长魏凤和17日在京与文莱国防部第二部长哈尔比举行会谈。", {"魏凤和", "哈尔比"}),
    # China's envoy posted to a country is named like any Chinese official
    ("中国驻法国大使卢沙野在致辞中说。", {"卢沙野"}),
    ("中国驻苏丹大使马新民说。", {"马新民"}),
    ("美国驻华大使布兰斯塔德表示。", {"布兰斯塔德"}),
    # cue nouns before the name
    ("村民李发顺说，日子越来越好。", {"李发顺"}),
    ("在老党员马国元的家中，总书记坐在炕上。", {"马国元"}),
    ("沈阳市副市长李鹏宇说。", {"李鹏宇"}),
    ("男孩索克林在医院过了生日。", {"索克林"}),
    # a 、-list of names before 等参加: those who took part
    ("张伟、王芳、李强等参加上述活动。", {"张伟", "王芳", "李强"}),
    # counted animals are no persons
    ("每年10月，会有成千上万只白天鹅来到这里越冬。", set()),
    # the first of a counted group of people
    ("李奎等5名队员率先进入病区。", {"李奎"}),
    # a verb jieba glues to the name (王林|访哈)
    ("副院长王林访哈义诊。", {"王林"}),
    # name before the title
    ("习近平总书记来到村里。", {"习近平"}),
    # a foreign title before a transliteration jieba reads only in part as a name
    ("联合国秘书长古特雷斯表示支持。", {"古特雷斯"}),
    ("联合国秘书长古德雷斯4日对媒体表示支持。", {"古德雷斯"}),   # a day closes the run too
    # a name-tagged word right after transliteration characters is the tail of a longer name, read
    # whole after a title (玛丽特|二世, 别|尔德|穆夫), never alone (穆夫)
    ("女王玛丽特二世表示，要合作。", {"玛丽特二世"}),
    ("总统别尔德穆夫表示，要合作。", {"别尔德穆夫"}),
    ("联合国秘书长特别顾问表示。", set()),
    # a transliteration stops before the verb it runs into; a country before a title is no name
    ("阿根廷总统费尔南德斯提出新方案。", {"费尔南德斯"}),
    # the last part of a dotted name, used alone later, is the same person (keyed by the short form)
    ("阿根廷经济部长马丁·古斯曼表示。本月初，古斯曼在罗马。", {"古斯曼"}),
    # a Tibetan name: two name elements, no surname
    ("该团由协会秘书长晋美旺措任团长。", {"晋美旺措"}),
    # name-tagged words joined by a middle dot, with no cue at all
    ("领舞的是来自新疆的古丽娜·托勒恒。", {"古丽娜·托勒恒"}),
    # an ordinary word jieba tags as a name before the first part is no part of it (盛赞|nr 安德烈·…)
    ("当地媒体盛赞安德烈·马尔科夫为两国友谊作出的贡献。", {"安德烈·马尔科夫"}),
    # a transliterated name after a post that jieba tags as no name at all (卡|n 塔里亚|ns), closed by a speech
    ("某银行行长卡塔里亚表示，前景良好。", {"卡塔里亚"}),
    ("某党主席马上表示，会议开始。", set()),                  # 马上: an ordinary word, no name
    # a name jieba reads whole between a post and a speech verb, whatever its last character
    ("某县县委书记孙立社说，项目进展顺利。", {"孙立社"}),
    ("某协会会长赵永家说，今年收成好。", {"赵永家"}),
    # and a two-character one (路 ends streets elsewhere)
    ("某市人民政府常务副市长张路介绍，展会将同步举行。", {"张路"}),
    # a name between a post and an officer's rank (发言人|某某|大校), however jieba cuts it
    ("某部新闻发言人申立科大校10月13日在北京介绍。", {"申立科"}),
    ("市民王女士说，很方便。", set()),                         # a surname and a form of address
    # a common word of transliteration characters between two dots is a middle part (·玛利亚·)
    ("当代文学中，安娜·玛利亚·索托莱是一位独特的作家。", {"安娜·玛利亚·索托莱"}),
    # right before a title, the first part of a dotted name may be tagged as any word (塞古|ns)
    ("1960年9月，塞古·杜尔总统访问中国。", {"塞古·杜尔"}),
    # a title, 的, then the name: 「时任县委书记的王明」
    ("时任县委书记的王明带队访问日本。", {"王明"}),
    ("感谢总书记的关怀和市长的支持。", set()),
    # names closed by 、 or a cue verb
    ("在陕西省委书记胡和平、省长刘国中陪同下考察。", {"胡和平", "刘国中"}),
    ("肖捷、何立峰陪同考察。", {"肖捷", "何立峰"}),
    ("丁薛祥、杨洁篪、王毅、何立峰等陪同人员同机抵达。", {"丁薛祥", "杨洁篪", "王毅", "何立峰"}),
    # a title alone, a verb after 代表, a function word as surname: no person
    ("总书记来到村里，同乡亲们握手。", set()),
    ("高标准并不代表高成本，更不代表高消耗。", set()),
    ("中国援塞抗疫医疗专家和物资抵达贝尔格莱德机场。", set()),
    ("在习近平书记关怀下，欢乐与美好绽放。", {"习近平"}),
    # a dotted name after a title whose first part looks Chinese (马 is a surname): the whole
    # name is read, keyed by its short form (not 马丁)
    ("经济部长马丁·古斯曼表示支持。", {"古斯曼"}),
    # a lone last character before a clause boundary belongs to the name (余留|芬|在)
    ("村党委书记余留芬在北京参加大会。", {"余留芬"}),
    # a foreign city that jieba tags as a name is not a person
    ("国务委员王毅在慕尼黑会见各方代表。", {"王毅"}),
    # adverbs after a cue word are no given name; a department jieba tags as a name is no person
    ("这支队伍的村民都很年轻。", set()),
    ("湘雅二医院呼吸科教授肖奎说。", {"肖奎"}),
    # an age before 的 is a cue
    ("即将23岁的张之臻凭借外卡亮相。", {"张之臻"}),
    # 队员 is a cue word like 村民
    ("1月25日凌晨，队员宋彩萍终于结束了第一天的工作。", {"宋彩萍"}),
    # a weak surname after a title: two single given-name characters closed by a clause word
    ("4天之后，天津女排主攻于鋆炜就飞赴塞尔维亚。", {"于鋆炜"}),
    ("局长于今年3月到任。", set()),
    ("主任于近日表示。", set()),
    # given names ending in 国, 方 or 业; a group or sector word after a title is none
    ("村支书项尔方说，好多人都晕倒在工地上。", {"项尔方"}),
    ("局长赵振国说，全国都在看。", {"赵振国"}),
    ("书记各国代表团团长说。", set()),
    ("主任双方都表示同意。", set()),
    # a surname jieba tags as a name and a two-character noun as the given name (龚|兴旺)
    ("太和村村民龚兴旺，和工友们一起乘车。", {"龚兴旺"}),
    # … or by words told to someone (对本报记者说); not by 对 alone (对此很满意)
    ("项目负责人李艳红对本报记者说，目前进展顺利。", {"李艳红"}),
    ("项目负责人李艳红对此很满意。", set()),
    ("第一书记孔青山讲述扶贫故事。", {"孔青山"}),
    # a surname and a word opening a clause before a speech verb
    ("段莹莹说，她很高兴。", {"段莹莹"}),
    ("全村人说，这是好事。", set()),
    # a name read next to a middle dot is read with the part on its other side, whatever jieba tags it
    ("政治新闻部主任乔纳森·以赛亚表示，很好。", {"乔纳森·以赛亚"}),
    ("达康村村民阿布拉·孜亚吾墩有些发愁。", {"阿布拉·孜亚吾墩"}),
    ("古巴领导人劳尔·卡斯特罗领取了勋章。", {"劳尔·卡斯特罗"}),        # (not 卡斯特罗领取)
    # a surname and a doubled character, whatever jieba tags the pair (许|双双|m), not a kin word nor an adverb
    ("“全运会不设项。”许双双说，她获得小组第一。", {"许双双"}),
    ("金妈妈说，日子越过越好。", set()),
    ("，常常说起当年的事。", set()),
    ("我虽不懂中文，但镜头告诉我很多。", set()),
    # a name said to hold a post (是…的一名护士)
    ("谌磊是火神山医院的一名护士。", {"谌磊"}),
    ("“我们一起走。”闫春友是某旅行社的领队，他带着旅行团。", {"闫春友"}),   # a clause opening after a quote
    # a doubled given name; a title's last character glued to the name (主管护|师刘丽); a lone
    # character jieba tags as a morpheme ends the name before a dash
    ("硕士研究生侯路路，还在整理样品。", {"侯路路"}),
    ("肝胆科主管护师刘丽；照片的场景很动人。", {"刘丽"}),
    ("贵州省应急管理厅干部黄玉洁——", {"黄玉洁"}),
    # a name does not cut a word in two (毕业|后来, 普遍存在, 江华|正在); 于 before a date ends a name
    ("伍某学的是化工，1994年，研究生毕业后来到大庆。", set()),
    ("带着村医普遍存在的疑问，记者来到了都安。", set()),
    ("中宣部部长黄坤明在浙江调研。", {"黄坤明"}),
    # descriptors of who a person is (亲历者, 受害者, 国手, 得主, 华裔) before a name
    ("两弹一星工程的亲历者高振东，讲述了自己的故事。", {"高振东"}),
    ("中国前乒乓国手何晓梅、比利时名将出席。", {"何晓梅"}),
    ("男子500米铜牌得主闫宏宇在短距离项目展现出较高水准。", {"闫宏宇"}),
    ("德国华裔马文博参观后感慨道，先祖们很了不起。", {"马文博"}),
    ("巴西总统雅伊尔·梅西亚斯·博索纳罗于2019年10月24日访华。", {"雅伊尔·梅西亚斯·博索纳罗"}),
    ("闫春友是北京某旅行社的领队，他带着旅行团出发了。", {"闫春友"}),
    ("美国国防部长马克·埃斯珀再度访问阿富汗。", {"马克·埃斯珀"}),
    # the name before an envoy's title is the sender's
    ("国家主席习近平特使、国家副主席王岐山出席庆典。", {"习近平", "王岐山"}),
    # a surname glued to a particle and a rare word before a title (审议了|栗|战书|委员长); not 了解
    ("会议审议了栗战书委员长访问三国的书面报告。", {"栗战书"}),
    ("会议了解战书委员长的意见。", set()),
    # an ordinary word listed after a cue title is no name; a name jieba reads as one still is
    ("海外华侨华人、留学生代表出席了招待会。", set()),
    ("修订完善市民公约、乡规民约。", set()),
    ("医生高明、护士李红出席。", {"高明", "李红"}),
    # a frequent word before a post is a modifier of the post, not a name (荣誉|教授, 陆军|参谋长); before
    # a form of address it is a name
    ("北京某大学终身荣誉教授王明远表示，发展很快。", {"王明远"}),
    ("会见某国陆军参谋长卡西姆。", {"卡西姆"}),
    ("正如鲁迅先生所说，要敢于担当。", {"鲁迅"}),
    # after a leader's title, a lone name-tagged surname and a two-character noun closed by a cue
    # verb, a case marker or a day (主席|王|全胜|23日): the title alone is no name
    ("全国政协主席王全胜23日主持会议。", {"王全胜"}),
    ("国家副主席黄金叶在北京会见客人。", {"黄金叶"}),
    ("总理高度重视，主席马上部署。", set()),
    # 随 closes a name (施娟|美|随); an ordinary word jieba tags as a name is none (重重|封锁|来到)
    ("护士施娟美随浙江医疗队驰援武汉。", {"施娟美"}),
    ("夫妇二人穿越重重封锁来到解放区。", set()),
    ("万钢宣读主席贺信并致辞。", set()),                  # 主席|贺信: a letter, not 贺 and a given name
    ("时任钻井队队长的李新民带领钻井队走出国门。", {"李新民"}),   # 队长的|李|新民: a lone surname tagged as a name
    # a name jieba tags at every occurrence, written twice, opening a clause and before a verb or adverb
    ("在武汉市金银潭医院，彭渝每天都要忙到晚上10点多。说起家人，彭渝哽咽了。", {"彭渝"}),
    ("在武汉市金银潭医院，彭渝每天都要忙到晚上10点多。", set()),          # once is not enough
    ("静逸河水南侧，一片名为朱紫坊的古民居。朱紫坊引进漆文化。", set()),   # a quarter's name
    ("王毅参加会见。", {"王毅"}),                     # present at a leader's meeting
]


@pytest.mark.parametrize("text,expected", CASES)
def test_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_every_occurrence_is_tagged_once_a_name_is_known() -> None:
    a = analyse("国务院副总理韩正9日到雄安调研。韩正在容城县察看。韩正强调。")
    assert [m.text for m in a.mentions] == ["韩正", "韩正", "韩正"]
    assert all(m.key == "person:韩正" for m in a.mentions)


def test_full_transliterated_name_is_keyed_by_its_short_form() -> None:
    a = analyse("巴西总统博索纳罗今起访华。巴西联邦共和国总统雅伊尔·梅西亚斯·博索纳罗将于24日抵达。")
    assert {m.key for m in a.mentions} == {"person:博索纳罗"}


def test_first_part_of_a_transliterated_name_is_the_same_person() -> None:
    a = analyse("伊莎白·柯鲁克教授住在北京。伊莎白微笑着回忆。伊莎白前往河北。")
    assert len({m.key for m in a.mentions}) == 1 and len(a.mentions) == 3
    # a family name two dotted names share: the daughter's first name stays hers, not her father's
    a = analyse("玛亚姆·萨利姆说。她的父亲、前总理萨利姆·艾哈迈德·萨利姆出席。玛亚姆来到北京。玛亚姆说。")
    assert {m.key for m in a.mentions if m.text == "玛亚姆"} == {"person:玛亚姆·萨利姆"}


def test_a_shared_family_name_keeps_two_people_apart() -> None:
    a = analyse("伊莎白·柯鲁克和丈夫大卫·柯鲁克来到中国。伊莎白·柯鲁克教授住在北京。柯鲁克说。伊莎白前往河北。")
    keys = {m.text: m.key for m in a.mentions if m.kind == "person"}
    assert keys["伊莎白"] == keys["伊莎白·柯鲁克"] == "person:伊莎白·柯鲁克"
    assert keys["大卫·柯鲁克"] == "person:大卫·柯鲁克"
    assert keys["柯鲁克"] == "person:伊莎白·柯鲁克"     # the one the text names most often
    # two forms of one person's name (the same first name) are not two people
    a = analyse("巴西总统雅伊尔·博索纳罗访华。巴西总统雅伊尔·梅西亚斯·博索纳罗抵达。博索纳罗说。")
    assert {m.key for m in a.mentions if m.kind == "person"} == {"person:博索纳罗"}


def test_titles_are_recorded_and_referenced() -> None:
    a = analyse("习近平总书记来到北京。总书记说，要关心农民工。法国总统马克龙访华。")
    assert title_references(a) == {"总书记": "习近平", "总统": "马克龙"}
    assert a.mentions[0].attr("titles") == "总书记"


def test_lexicon_rejects_a_bad_class(tmp_path, monkeypatch) -> None:
    import graph.extract.persons as persons

    error = lexicon_error(persons, monkeypatch, tmp_path, "titles.txt", "总书记 boss\n")
    assert "leader, foreign, role, cue" in str(error)
    assert lexicon().titles["总书记"] == "leader"


@pytest.mark.parametrize("text,expected", [
    ("将舞台留给了一个人——肯尼亚选手基普乔格。", {"基普乔格"}),
    ("海军五项的巴西选手菲利西奥说，很高兴。", {"菲利西奥"}),
    # dotted names whose parts jieba tags otherwise (芭芭拉|z, 卡赞扎|基斯|nz)
    ("美中人民友好协会前会长芭芭拉·哈里森——", {"芭芭拉·哈里森"}),
    ("希腊著名文学家尼可斯·卡赞扎基斯曾两次访问中国。", {"尼可斯·卡赞扎基斯"}),
    ("20岁的瑞典选手杜普兰蒂斯以6米17的成绩夺冠。", {"杜普兰蒂斯"}),     # 以 closes the name
])
def test_a_transliterated_name_after_a_cue_noun_and_a_foreign_country(text: str, expected: set[str]) -> None:
    from graph.pipeline import analyze_text

    a = analyze_text(text, only=["places", "persons"])
    assert {m.name for m in a.mentions if m.kind == "person"} == expected


@pytest.mark.parametrize("text,expected", [
    # posts and occupations of the wider title lexicon
    ("欧洲江西总商会会长朱爱莲说，中国发展很快。", {"朱爱莲"}),
    ("著名作家赵德发结合其长篇小说谈创作。", {"赵德发"}),
    ("浪潮集团董事长兼CEO孙丕恕感触很深。", {"孙丕恕"}),
    # names listed after the first one a title introduces
    ("走在方队前方的擎旗手郭凤通、涂李响、王子赫，高擎党旗。", {"郭凤通", "涂李响", "王子赫"}),
    # the last of the list closed by 分别 (甲、乙分别以…)
    ("中国选手王嘉东、黄常渠分别以8米15和8米12的成绩获得冠、亚军。", {"王嘉东", "黄常渠"}),
    # a verb character closed by the sentence's end after a title is the name's last (球员|张雅|繁|。)
    ("首轮就战胜了上届冠军、中国球员张雅繁。", {"张雅繁"}),
    ("两位“00后”球员王曦雨和王欣瑜在天津公开赛一路闯入次轮。", {"王曦雨", "王欣瑜"}),     # the last after 和
    # a list of names before 等 or a count, then a post
    ("除了李缘、邵婷、李梦、韩旭等主力球员之外，", {"李缘", "邵婷", "李梦", "韩旭"}),
    ("其中，刘虹、切阳什姐、蔡泽林等队员正在训练。", {"刘虹", "切阳什姐", "蔡泽林"}),   # a four-character item too
    ("中国队选手王小丽、仁措吉姆和陈小静成为焦点。", {"王小丽", "陈小静"}),   # …and a name after it, after 和
    # names opening a clause whose verb is a goal
    ("王珊珊攻入两球，吴海燕、李影各入一球。", {"王珊珊", "吴海燕", "李影"}),
    ("唐佳丽在开场不久就攻破对方球门。", {"唐佳丽"}),
    ("张馨、王珊珊和唐佳丽先后破门。", {"张馨", "王珊珊", "唐佳丽"}),
    # a last name whose third character could open the words after it (成功, 一起) is read whole
    ("　　比赛中，闵卫成攻入一球。", {"闵卫成"}),
    ("民警联系锁匠破门而入。", set()),
    ("国家主席习近平应邀出席会晤。", {"习近平"}),          # 应邀出席|nr: two ordinary words, no name
    ("联合国秘书长多特雷斯应邀出席会议。", {"多特雷斯"}),    # 多|特雷斯|应邀出席: 应邀 closes the name
    ("那年冬天，我和助手汪立成、宋佳琪留在农场。", {"汪立成", "宋佳琪"}),   # 助手: a cue noun like 同事
    ("武桐桐、张茹两位年轻球员也将出现在赛场上。", {"武桐桐", "张茹"}),
    ("会见了塔吉克斯坦第一副总理赛义德一行。", {"赛义德"}),                  # 义 of Arabic names (Saeed)
    ("某某总台台长慎海雄，某省委副书记出席。", {"慎海雄"}),                    # a rare surname (慎)
    ("拥有闫小丞、郑明华、王京、国家宁等年轻选手的中国队。", {"闫小丞", "郑明华", "王京", "国家宁"}),  # 拥有 before the list
    # a four-character item of no surname among names is a name (a Tibetan one); not a word before a name
    ("全国妇联决定，追授徐辉、黄和艳、姜娜三位同志。", {"黄和艳", "姜娜"}),
    ("她的名字叫刘雪梅，原籍山东泰安。", {"刘雪梅"}),
    ("希腊总理基里亚科斯·米佐塔基斯赞扬中国。", {"基里亚科斯·米佐塔基斯"}),     # a verb the name ran into
    ("（本报记者赵兵、崔佳、申琳、江南、赵婀娜、王昊男）", {"赵兵", "崔佳", "申琳", "赵婀娜", "王昊男"}),  # 江南 passed over
    # a name after a title that jieba cuts otherwise, written again in the document
    ("1996年出生的女孩甘如意到达武汉。甘如意是荆州人。", {"甘如意"}),
    ("世界卫生组织总干事谭德塞15日赶赴慕尼黑。谭德塞发言。", {"谭德塞"}),
    # … and a common surname and one character, written again opening a clause as its subject
    ("某学会主席万岭宣读贺信并致辞。万岭在致辞中表示，要搭建平台。", {"万岭"}),
    # a transliterated name after any title, dotted or jieba-tagged in part
    ("心脏中心医生坎普尔说。", {"坎普尔"}),
    ("报业集团高级研究员塔法兹瓦·穆格瓦迪对记者说。", {"塔法兹瓦·穆格瓦迪"}),
    ("巴基斯坦总理伊姆兰·汗举行会谈。", {"伊姆兰·汗"}),
    ("首席执行官卢卡斯·拉卡萨去年曾赴华。", {"卢卡斯·拉卡萨"}),
    # a company officer's post: Chinese and transliterated names alike
    ("公司首席运营官马丁·伯格说。某公司首席财务官李卫东说，收入增加。", {"马丁·伯格", "李卫东"}),
    ("首席执行官李卫东说。苹果公司首席执行官库克说。", {"李卫东", "库克"}),
    # jieba glued the surname to the post's last character (官王|海林, 主任何|建平, 店主张|小芳)
    ("公司首席技术官王海林介绍，平台很好。委员会主任何建平表示，经济向好。", {"王海林", "何建平"}),
    ("67岁的店主张小芳也学起了外语。兵站地处长江源头，海拔很高。", {"张小芳"}),   # not 处长|江…
    ("委员会董事会主席格林伯格率领的访华团。", {"格林伯格"}),
    ("香港特区行政长官林郑月娥4日会同各方。", {"林郑月娥"}),
])
def test_names_after_posts_and_occupations(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "推着腿脚不便的儿子来吃，已经一年多。",            # 来|吃: a verb pair after a kin noun
    "一线医护人员和援鄂医疗队员免费开放。",            # 和援鄂 (jieba nr) after a weak surname
    "协助分管教育工作的副秘书长任副主任。",            # 任副|主任: the name would cut a title
    "市民刘女士对此深有体会。",                        # a surname and a title
    "督促返京干部职工严格遵守防控规定。",              # 严格遵守 (jieba nr)
    "空军某雷达站指导员李军说。",                      # 雷达站 before a title is a unit
    "包括北京、上海等地的专家都来了。",                # places listed before 等 and a post
    "对小麦、玉米、水稻等种粮农民发放补贴。",          # crops listed before 等 and a post
    "我出生在一个名叫谷里的乡村。",                    # the name of a thing
    "校长隐瞒自己和妻子曾经前往武汉的情况。",          # 曾经 is a word
])
def test_no_name_in_ordinary_words_after_titles(text: str) -> None:
    assert names(text) <= {"李军"}


def test_a_name_length_is_mended_from_its_other_occurrences() -> None:
    # 徐军|美: every occurrence of the two characters goes on with the same third
    assert names("前方指挥部指挥长徐军美，同时担任院长。在这里，徐军美带领团队。") == {"徐军美"}
    # 龚静|刚|进入: an adverb after a two-character name the document also writes alone
    assert names("医疗队最小的成员、22岁的龚静刚进入病房时很紧张。龚静如此说。") == {"龚静"}


def test_a_transliterated_name_written_twice_and_opening_a_clause_before_a_speech_verb() -> None:
    text = "联合国特别协调员向安理会汇报局势。针对局势恶化，姆拉德维奇强调，和谈是唯一出路。姆拉德维奇还敦促各方克制。"
    assert "姆拉德维奇" in names(text)
    # once only, or a place, is no name
    assert "姆拉德维奇" not in names("针对局势恶化，姆拉德维奇强调，和谈是唯一出路。")
    assert "阿尔巴尼亚" not in names("阿尔巴尼亚表示支持。阿尔巴尼亚还呼吁各方克制。")
    # a name read inside a longer one: 馆长|沙布罗维奇, not the city 长沙
    text = "博物馆创始人、馆长沙布罗维奇表示，展览延期。沙布罗维奇介绍说，古琴很珍贵。"
    assert "沙布罗维奇" in names(text)


def test_a_transliterated_name_before_a_leader_s_title() -> None:
    assert names("伦古总统就任以来两次访华。") == {"伦古"}
    assert "伦古" not in names("巴西总统就任以来两次访华。")
    # 和 that jieba glues to the next name joins two names; it begins none
    assert "和普京" not in names("习近平主席和普京总统会谈。")
    # a name jieba cuts into words of transliteration characters (和班达|里|总统)
    assert "班达里" in names("习近平主席和班达里总统共同出席。")
    assert names("这里总统府的灯火通明。") == set()


def test_the_short_form_of_a_country_the_article_names_is_no_name_before_a_title() -> None:
    from graph.pipeline import analyze_text
    a = analyze_text("埃塞俄比亚积极支持中方。埃塞总统和总理高度赞赏中国政府。")
    assert not any(m.kind == "person" and m.text == "埃塞" for m in a.mentions)


def test_a_rare_last_character_closing_the_name() -> None:
    """「副主任宁吉喆，」: jieba leaves 喆 alone (zg); it still ends the name before the comma."""
    assert "宁吉喆" in names("国家发展改革委副主任宁吉喆，财政部副部长廖岷参加磋商。")


def _persons(text: str) -> set[str]:
    from graph.pipeline import analyze_text
    return {m.name for m in analyze_text(text).mentions if m.kind == "person"}


def test_names_listed_before_a_cue_verb_jieba_glues_to_its_object() -> None:
    """「某某、某某出席会议」: jieba reads 出席会议 as one word; it is still the cue after the list."""
    assert {"詹国平", "岳志明"} <= _persons("会议由周明华主持，詹国平、岳志明出席会议。")


def test_a_listed_name_jieba_cuts_is_read_among_names() -> None:
    # 郎|文章: a surname and an ordinary word, between two names in a 、-list
    assert "郎文章" in _persons("会议由周明华主持，郎文章、詹国平、岳志明出席会议。")
    # one name beside it is not enough, and an ordinary word is no name
    assert "郎文章" not in _persons("会议由周明华主持，郎文章、詹国平出席会议。")
    assert "小麦" not in _persons("会议由周明华主持，小麦、詹国平、岳志明出席会议。")


def test_a_japanese_name_after_a_title() -> None:
    """Japanese names are three to five characters; jieba may read a place inside one (森田|和夫)."""
    assert "森田和夫" in _persons("日本前首相森田和夫感慨万千。")
    assert "森田和夫" in _persons("外交部长会见日本前首相森田和夫及出席论坛的日方代表。")


def test_a_lone_character_before_a_preposition_ends_the_name() -> None:
    # 李德|华|对: jieba reads a two-character name and leaves the third alone before 对
    assert "李德华" in names("研究员李德华对制度作了系统介绍。")
    # 刘远|之|说: 之 closes a given name when a boundary follows it
    assert "刘远之" in names("对口帮扶干部刘远之说，变化很大。")


def test_korean_and_vietnamese_names_after_a_title_of_their_country() -> None:
    # jieba cuts them (朴海|和, 阮|文明); they are three (or, for Vietnam, four) characters with a surname
    assert "朴海和" in _persons("韩国外长朴海和认为，西方国家应当正确面对。")
    assert "阮文明" in _persons("越南副总理兼外长阮文明出席。")
    # a Chinese official's name is read as before
    assert "王海明" in _persons("外长王海明认为，合作前景广阔。")


def test_transliteration_characters_from_foreign_place_names() -> None:
    # 绍, 叶, 申 are frequent in transliterations (绍伊古, 叶利钦); a name runs to its end
    assert "绍伊诺" in _persons("俄罗斯国防部长绍伊诺指出，军备竞赛加剧。")
    assert "叶尔梅克巴诺夫" in _persons("哈萨克斯坦国防部长叶尔梅克巴诺夫出席。")
    # a speech word tagged a noun ends the run (米罗歇|坦言), a trailing dot goes with the cut
    assert "米罗歇" in _persons("对此，欧洲理事会主席米罗歇坦言，这是最艰难的一次。")


def test_the_next_of_a_list_of_one_country_s_officers_keeps_its_country() -> None:
    from graph.extract.persons import find_names
    from graph.pipeline import analyze_text
    found = find_names(analyze_text("刘海与美国贸易代表莱特斯、财政部长姆努克在华盛顿举行新一轮磋商。"))
    assert "@US" in found["姆努克"]
    visitors = {f.visitor.name for f in analyze_text("国务院副总理刘海与美国贸易代表莱特斯、财政部长姆努克在华盛顿举行新一轮磋商。",
                                                     date=dt.date(2019, 10, 11)).facts if hasattr(f, "visitor")}
    assert visitors == {"刘海"}           # the hosts are at home
    # an international body's officer in the list is not that country's
    found = find_names(analyze_text("美国贸易代表莱特斯、联合国副秘书长刘振华出席开幕式。"))
    assert not any(t.startswith("@") for t in found.get("刘振华", set()))


def test_a_name_jieba_reads_whole_as_a_place_after_a_post() -> None:
    """院士|钟南山(ns): one three-character word with a surname, no place of the gazetteer and no
    dictionary word, after a post (the tokens are given, so the test does not hang on jieba's dictionary)."""
    from graph.extract import persons as P
    lex = lexicon()
    text = "院士钟北岭不辞辛劳"
    starts = {2: P._Tok("钟北岭", "ns", 2, 5), 5: P._Tok("不辞辛劳", "i", 5, 9)}
    assert P._chinese_after(text, 2, lex, starts) == "钟北岭"
    for word, flag in (("满意度", "ns"), ("全天候", "n"), ("钟祥市", "ns")):
        t = "主任" + word + "不变"
        assert P._chinese_after(t, 2, lex, {2: P._Tok(word, flag, 2, 5)}) is None


def test_names_listed_before_a_trip_verb() -> None:
    # 「甲、乙、丙赶赴武汉」: a 、-list of names before a verb of travel
    assert {"田立阳", "臧志涛", "孙志强"} <= _persons("大年初三，田立阳、臧志涛、孙志强赶赴武汉支援医院建设。")
    # an ordinary word in such a list is no name
    assert "师生" not in _persons("大年初三，师生赶赴武汉支援医院建设。")


def test_a_verb_character_closed_by_a_list_mark_after_a_title_ends_the_name() -> None:
    # jieba tags the last character of 某荣发 as a verb; a title before and a list mark after make it the name's
    assert "任荣发" in _persons("国家税务总局副局长任荣发，浙江省委常委周江勇等出席开幕式。")
    assert "王立发" in _persons("局长李建成、省长王立发、市长张力出席。")
    # any title of the lexicon, a cue as well as a post (记者周立发、; 队员孙珍花，)
    assert {"周立发", "王敏"} <= _persons("（记者周立发、王敏）")
    assert "孙珍花" in _persons("医疗队队员孙珍花，安抚着病人。")
    # a speech verb after a name is no part of it
    assert "王荣" in _persons("副局长王荣说，会议开得很好。")


def test_a_two_character_name_jieba_does_not_know_after_a_title_before_a_verb() -> None:
    # 文川 is no word of jieba's dictionary: a common surname and one character, then a verb
    assert names("援鄂医疗队队员文川开始给患者查房。") == {"文川"}
    # an ordinary word after the title is no name (和平, 白天 are dictionary words)
    assert names("医院副主任医师和平第一个报名。") == set()


def test_a_name_before_a_doctor_s_or_nurse_s_form_of_address() -> None:
    assert names("湖北医疗队张柳医生在日记里说，患者很好。") == {"张柳"}
    # a nickname in quotes and an ordinary word before the descriptor are no names
    assert names("他被人们称为“索道医生”。我们祝福医生和他们的家人。") == set()


def test_the_last_name_of_a_list_after_a_title_closed_by_a_verb() -> None:
    assert {"王丽", "张敏", "李娜"} <= _persons("中国队选手王丽、张敏和李娜成为焦点。")
    assert {"王丽", "张敏", "李娜"} <= _persons("中国队选手王丽、张敏、李娜成为焦点。")
    assert "李娜" in _persons("（本报记者王丽、张敏、李娜报道）")


@pytest.mark.parametrize("text, expected", [
    # a rare three-character name opening a clause, a verb, an adverb or a preposition after it
    ("由于受伤病影响，钱炳添未能闯入男子百米决赛。", {"钱炳添"}),
    ("比赛结束后，韩雨萌为中国队收获了一枚金牌。", {"韩雨萌"}),
    # closing a relative clause with 的, the subject of the clause after its comma
    ("获得奥运会游泳冠军的钱炳添，获得女排世界杯冠军的韩雨萌，率先走进会场。", {"钱炳添", "韩雨萌"}),
])
def test_a_name_opening_a_clause_as_its_subject(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # jieba took the first character of the verb into the name: the text writes the name without it
    "“我准备大干一场！”程俊难掩兴奋。程俊投资热情很高。",
    "这是一场硬仗。王琼冲在最前。王琼是社区书记。",
    # a quoted saying, an item of a list, a word with no common surname
    "野象分布区群众“谈象色变”。",
    "朵朵盛开。格桑花开放了。",
])
def test_no_clause_subject_name_from_a_glued_verb_a_saying_or_a_rare_surname(text: str) -> None:
    assert not names(text) - {"程俊", "王琼"}
    assert not any(len(n) == 3 for n in names(text))


@pytest.mark.parametrize("text, expected", [
    # 历, 热, 别 and 嘎 transliterate (亚历…, 热…, …别科夫, …嘎)
    ("墨西哥通讯社国际部副主任亚历杭德罗·萨扎感叹道：“很好。”", {"亚历杭德罗·萨扎"}),
    ("吉尔吉斯斯坦总统热别达科夫表示，两国关系很好。", {"热别达科夫"}),
    ("蒙古国总统巴图勒嘎表示，两国关系很好。", {"巴图勒嘎"}),      # 嘎, of Mongolian names
    # an ordinary word of transliteration characters after a dotted name is no part of it
    ("《某国实业报》总编辑阿利克·莫尔巴耶夫特别强调，合作很重要。", {"阿利克·莫尔巴耶夫"}),
])
def test_transliteration_characters_and_words(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # spokesmen, members of parliament, diplomats, analysts and publishers before their names
    ("外交部发言人钱晓宁宣布：应邀访华。", {"钱晓宁"}),
    ("立法会议员葛小帆近日表示，要立法。", {"葛小帆"}),
    ("英国内政大臣帕尔特赞赏中方的措施。", {"帕尔特"}),      # the minister of a monarchy
    ("智利外长马瓦略对本报记者说，很好。", {"马瓦略"}),   # 略 ends Spanish names (-llo)
    # the head of a broadcaster (总台台长, 电视台台长); 台长 alone is no title (在田庄台长大)
    ("中央某某总台台长王海峰，浙江省长李家明出席。", {"王海峰", "李家明"}),
    ("他自幼在田庄台长大。", set()),
    ("蒙古人民党总书记巴雅尔格楞表示，很好。", {"巴雅尔格楞"}),   # 楞 ends Mongolian ones
    ("德国技术分析师乌尔多·森德曼说，很好。", {"乌尔多·森德曼"}),
    # an adverb jieba glues to the last part of a dotted name is no part of it
    ("俄罗斯外交官叶夫根·马纳西耶夫曾在中国工作。", {"叶夫根·马纳西耶夫"}),
    ("国际知名出版家理查德·察金则盛赞此书。", {"理查德·察金"}),
])
def test_commentators_and_officials_after_their_posts(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, name, country", [
    # the one foreign country the titles before a name give is the person's
    ("访学班学员代表吉尔吉斯斯坦《某某晚报》第一副总编辑妮娜·萨博洛娃在北京的开班仪式上发言。", "妮娜·萨博洛娃", "geo:KG"),
    ("第八轮比赛，某某意外负于美国16岁小将叶小雯，排名落至第三。", "叶小雯", "geo:US"),
    # posts joined by 、 are one person's; a body named after its country gives it
    ("王明会见南非副总统、非国大副主席马布提亚，表示欢迎。", "马布提亚", "geo:ZA"),
    ("访学班学员代表、阿曼报业集团副总编辑哈米德·萨利赫在开班仪式上发言。", "哈米德·萨利赫", "geo:OM"),
    # a country written inside a party's name the recognisers leave unread
    ("10月14日，塞尔维亚前进党主席、总统米洛维奇在贝尔格莱德会见中共中央书记处书记王明。", "米洛维奇", "geo:RS"),
    # a place where the person works or studies says nothing of the nationality
    ("在美国工作的工程师张明说，很好。", "张明", None),
    # 和 inside a ministry's name joins no two persons' titles; a permanent secretary is a post
    ("马尔代夫教育、科学和技术部国务部长易卜拉欣·纳西尔表示，很好。", "易卜拉欣·纳西尔", "geo:MV"),
    ("塞浦路斯交通通信工程部常务秘书安德烈亚斯·帕帕斯感慨，很好。", "安德烈亚斯·帕帕斯", "geo:CY"),
    ("俄罗斯联邦通信、信息技术和大众传媒监督局局长安娜·伊万诺娃说，很好。", "安娜·伊万诺娃", "geo:RU"),
    # a name in quotation marks inside the titles does not begin them
    ("泰国国家研究院泰中“一带一路”合作研究中心主任素拉猜·汶吉表示，很好。", "素拉猜·汶吉", "geo:TH"),
    # a country inside the name of a party whose post comes first (某国某党中央总书记、国家主席)
    ("老挝人民革命党中央总书记、国家主席坎本就到湖南考察。", "坎本", "geo:LA"),
    # the country opening the name of the delegation the person heads
    ("王明会见了由议会论坛外方团长胡安·佩雷斯率领的墨西哥议会代表团。", "胡安·佩雷斯", "geo:MX"),
    ("王明会见了由议会论坛外方团长胡安·佩雷斯率领的代表团。", "胡安·佩雷斯", None),
    ("王明会见由党的第一副主席胡安·佩雷斯率领的委内瑞拉统一社会主义党高级代表团。", "胡安·佩雷斯", "geo:VE"),
])
def test_the_country_of_the_titles_before_a_name(text: str, name: str, country: str | None) -> None:
    from graph.pipeline import analyze_text
    persons = {m.text: m.attr("country") for m in analyze_text(text).mentions if m.kind == "person"}
    assert name in persons and persons[name] == country


def test_an_ordinary_two_character_word_after_a_post_is_no_name() -> None:
    # 满 is a surname, but not a common one: 满怀 after 队员 is a verb
    assert names("社会主义建设时期，少先队员满怀热情，用点滴贡献。") == set()
    assert names("商务部研究院研究员周密认为，通过技术创新可以。") == {"周密"}    # a common surname


def test_names_one_article_gives_with_a_title_are_read_bare_in_the_others(tmp_path) -> None:
    from graph.pipeline import build
    (tmp_path / "a.txt").write_text("新华社北京2月3日电  游泳运动员钱炳东在比赛中获得冠军。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("本报北京2月4日电  钱炳东和队友一起训练。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("本报北京2月5日电  提升居民幸福感作为重点。\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("本报北京2月6日电  幸福感和获得感明显提升。\n", encoding="utf-8")
    alone = build([tmp_path / "b.txt"]).analyses
    run = build([tmp_path]).analyses
    persons = {doc: {m.name for m in a.mentions if m.kind == "person"} for doc, a in run.items()}
    assert not any(m.kind == "person" for m in alone["b.txt"].mentions)
    assert persons["b.txt"] == {"钱炳东"}
    # an ordinary word read as a name after a post (居民|幸福感) spreads to no other article
    assert persons["d.txt"] == set()


def test_two_character_names_given_with_a_post_are_read_bare_in_the_other_articles(tmp_path) -> None:
    from graph.pipeline import build
    (tmp_path / "a.txt").write_text("新华社北京2月3日电  副院长韩鹏在会上讲话。学生郑珂参加比赛。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("本报北京2月4日电  韩鹏和同事们一起研究方案。\n", encoding="utf-8")
    # a name read after a descriptor only (学生) is not carried over; nor one a character goes on (韩鹏飞)
    (tmp_path / "c.txt").write_text("本报北京2月5日电  郑珂和同学们一起研究方案。\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("本报北京2月6日电  韩鹏飞、王强一起研究方案。\n", encoding="utf-8")
    run = build([tmp_path]).analyses
    persons = {doc: {m.name for m in a.mentions if m.kind == "person"} for doc, a in run.items()}
    assert "韩鹏" in persons["b.txt"]
    assert "郑珂" not in persons["c.txt"]
    assert "韩鹏" not in persons["d.txt"]


def test_name_tagged_words_listed_with_a_name() -> None:
    # 王珊珊 is read after 球员; 李影 and 张馨 are jieba name words listed with her
    text = "中国女足球员王珊珊在上半时射门。攻击线上，王珊珊、李影、张馨也制造了不少威胁。"
    assert {"王珊珊", "李影"} <= names(text)
    # a list with no name read is left alone
    assert "李影" not in names("攻击线上，红队、李影、蓝队也制造了不少威胁。")


def test_a_couple_or_kin_named_together_are_names() -> None:
    assert {"苏云海", "王金兰"} <= names("　　洛南县高耀镇王岭村的苏云海、王金兰夫妇通过体温检测。")
    assert {"危小龙", "危小凤", "危小超"} <= names("武汉江夏的危小龙、危小凤、危小超三兄弟立即报名。")
    assert {"赵明远", "田维书"} <= names("村民赵明远和田维书夫妻有着30多年的党龄。")
    # a list that is not all names gives none (某某和几个老姐妹)
    assert "公树林" not in names("　　公树林和几个老姐妹相约在非遗文化馆。")


def test_the_members_a_team_is_made_of_are_names() -> None:
    assert {"吴佳怡", "郑晓蕾", "钱文柏", "和秋燕"} <= names("由吴佳怡、郑晓蕾、钱文柏、和秋燕组成的中国队夺得金牌。")
    assert {"吴佳怡", "郑晓蕾", "钱文柏"} <= names("最终，由吴佳怡、郑晓蕾和钱文柏组成的中国女子重剑队摘得团体赛冠军。")
    assert {"郑晓蕾", "钱文柏"} <= names("最终，他和郑晓蕾、钱文柏组成的中国队夺得冠军。")     # the narrator's team
    # posts or things a body is made of are no names
    assert names("由主席、副主席、秘书长组成的主席会议处理日常工作。") == set()
    # a starting line-up
    assert {"李小缘", "邵婷婷", "孙梦", "钱月汝"} <= names("本场比赛，中国女篮的先发阵容为李小缘、邵婷婷、孙梦和钱月汝。")
    assert names("本场比赛，球队的首发阵容为前锋、后卫、中锋。") == set()
    # the team's leaders (领军, 领衔)
    assert {"闻佳慧", "秦梦瑶"} <= names("本届大赛，由闻佳慧、秦梦瑶领军的中国竞走队发挥优异。")
    # a member whose name ends like a word (业) counts when the text reads it elsewhere
    text = "由潘立新、范嘉业组成的中国队获得亚军。范嘉业以20秒11闯入男子200米决赛。"
    assert {"潘立新", "范嘉业"} <= names(text)
    assert names("由潘立新、范嘉业组成的中国队获得亚军。") == set()


def test_names_joined_by_and_opening_a_clause_are_names() -> None:
    assert {"宋晓萍", "张丽芳", "彭勇"} <= names("到达后，作为护理骨干，宋晓萍、张丽芳和彭勇紧张投入一线工作。")
    assert {"潘志程", "林美珍"} <= names("10月20日，潘志程和林美珍双双打破世界纪录。")
    # words that are not all names give none (the list must open a clause, every item a name)
    assert not {"蓝天", "白云"} & names("山村里，蓝天、白云和绿树相映成趣。")


def test_a_pair_written_with_a_slash_after_what_makes_them_one() -> None:
    assert {"王晓玥", "柳明宇"} <= names("冰舞比赛中，中国组合王晓玥/柳明宇以196.75分排名第三。")
    assert {"陈芋青", "谢思埸"} <= names("双人十米台组合陈芋青/谢思埸的表现也可圈可点。")
    assert {"李帅", "科瓦尔斯基"} <= names("4号种子李帅/科瓦尔斯基因为对手退赛直接晋级。")
    # a slash between things is no pair of names (200公里/小时)
    assert not names("最高时速200公里/小时的列车开通。")
    # without a word before it, a pair that plays right after it (以6∶4…战胜, 战胜…组合)
    assert {"郑晓晓", "克雷茨科娃", "罗索卡", "瓜拉尼"} <= \
        names("在另一场比赛中，郑晓晓/克雷茨科娃以6∶4、6∶2战胜罗索卡/瓜拉尼组合，同样晋级次轮。")
    assert not names("在另一场比赛中，发展/改革都在推进。")
    # right after a verb of beating or losing, the pair is the opponent, whatever follows it
    assert {"哈勒卡", "格尔伯斯"} <= names("而某某/某某首轮则以6∶2、6∶1战胜哈勒卡/格尔伯斯。")


def test_a_name_that_is_the_whole_clause_before_a_medal_won() -> None:
    assert {"罗敏", "梁晓帅"} <= names("在那届奥运会上，罗敏摘得67公斤级金牌，梁晓帅夺得了男子冠军。")
    # a word before the medal is no name (全队获得冠军)
    assert not names("这一年，全队获得冠军。")
    # a name after a quoted nickname, then where and how it won
    assert "葛娟" in names("“六届元老”葛娟在本届世锦赛中成功卫冕，收获了第五枚奖牌。")
    assert "巩立娟" in names("“六届元老”巩立娟在本届世锦赛中成功卫冕，收获了第五枚奖牌。")
    assert "莫宛" in names("\u3000\u3000莫宛夺得女子链球铜牌。")
    assert not names("这一年，全队和教练组在本届比赛中成功卫冕。")


def test_royal_titles_before_a_name() -> None:
    assert "诺罗敦" in names("柬埔寨太后诺罗敦专门致函表示慰问。")
    assert "阿米拉" in names("约旦王妃阿米拉出席了仪式。")


def test_a_name_s_last_character_jieba_glues_to_the_preposition_after_it() -> None:
    # 王雁|彬向|现场: the name is 王雁彬, not 王雁
    assert "王雁彬" in names("新闻局局长王雁彬向现场嘉宾介绍情况。")
    assert "王雁彬" in names("新闻局局长王雁彬在致辞中表示，希望合作。")      # 王雁|彬在|致辞


def test_a_transliterated_name_after_the_post_of_a_foreign_ministry() -> None:
    # 某国某部|部长 is a post of anyone's; with the country of the ministry before it, the name after
    # it is read as a foreigner's (two characters jieba tags as a name), up to the conjunction
    for text in ("秘鲁外贸部部长沃克和智利外长出席。", "秘鲁农业部部长沃克表示，合作很好。"):
        assert "沃克" in _persons(text), text
    # the post of a ministry of ours takes no foreign reading
    assert "沃克" not in _persons("国家外贸部部长沃克表示，合作很好。")


def test_a_name_no_dictionary_holds_after_what_describes_it() -> None:
    # 「…的某某，」: a word jieba tags as a name, no dictionary word, closing a description before a comma
    assert "赵文涛" in names("多次获得全国冠军的赵文涛，今天又站上了领奖台。")
    assert "钱立群" in names("家住武汉市江岸区的钱立群，每天早起锻炼。")
    # not after a time word (a place then and now), nor after a place it belongs to (a list of villages)
    assert "赵文涛" not in names("过去的赵文涛，村里很穷。")
    assert "钱立群" not in names("主要聚居于贺州市的钱立群、大明村和沙田镇。")
    assert "钱立群" not in names("如今的钱立群，美丽经济开新局。")


def test_a_one_character_given_name_after_a_foreign_title() -> None:
    # Thai officials are named by the given name alone (泰国外长某): one character, closed by a verb of
    # saying or 、, after a foreign country's title
    assert "坎" in _persons("泰国外长坎表示，东盟愿与中方合作。")
    assert "坎" in _persons("柬埔寨副首相兼外交大臣布拉索昆、泰国外长坎、缅甸外长出席。")
    # not without a country before the title, nor where the character begins a word
    assert "坎" not in _persons("外长坎表示，东盟愿与中方合作。")
    assert "坎" not in _persons("泰国外长坎坷的一生很传奇。")


def test_a_small_town_s_name_before_a_leader_s_title_is_a_person_s() -> None:
    # a transliterated name that is also a small foreign town's (加尼 is one in GeoNames) is a person's
    # before a leader's title; a city's name is not (巴黎|总统 is no person)
    assert "加尼" in _persons("阿富汗政府重视两国关系。2014年，加尼总统上任不久就选择访问中国。")
    assert not _persons("2014年，巴黎总统府发表声明。")


def test_the_last_name_of_a_list_closed_by_fenbie() -> None:
    # 「选手甲和乙分别获得…」: 分别 closes the name after 和 as 在/也/都 do
    assert {"牛钰明", "孟小蝶"} <= _persons("中国选手牛钰明和孟小蝶分别获得男子、女子冠军。")


def test_a_list_of_leaders_before_dengdang_he_guojia_lingdaoren() -> None:
    # names of a list of leaders, even one that is also a word (汪洋); 领导人 alone is no title
    assert _persons("。张小明、汪洋、李小红等党和国家领导人出席仪式。") == {"张小明", "汪洋", "李小红"}
    assert _persons("。张小明、李小红等领导同志参加活动。") == {"张小明", "李小红"}
    assert _persons("各国领导人祝贺大会召开。") == set()


def test_a_mongolian_name_after_a_foreign_title_is_read_whole() -> None:
    assert _persons("蒙古国国防部长巴特包勒德表示，愿加强合作。") == {"巴特包勒德"}
    # a country before the body of the post (某国|国民会议|副主席)
    assert "巴巴诺夫" in _persons("王小晨17日在京同土库曼斯坦国民会议副主席巴巴诺夫举行会谈。")


def test_a_name_jieba_cuts_across_a_word_closed_by_a_one_character_adverb() -> None:
    # 王国(ns)|辰|就: the surname glued to the first given character, then 就 opening the predicate
    assert "王国辰" in _persons("凌晨，退伍老兵王国辰就开始敲响邻居的家门。")
    assert "王国珲" in _persons("凌晨，退伍老兵王国珲就开始敲门。")
    # 也 ends Japanese given names (裕也): it closes nothing here
    assert "石井裕" not in _persons("日本导演、编剧石井裕也等围绕合作展开讨论。")


def test_a_byline_with_the_authors_post_in_brackets() -> None:
    # 「某某（某协会主席）」 on a line of its own: the author's name, and the body's name without it
    from graph.pipeline import analyze_text
    a = analyze_text("笔谈\n\n　　李大海（中国作家协会副主席）\n　　五年来，我走了很多地方。\n")
    assert ("person", "李大海") in {(m.kind, m.text) for m in a.mentions}
    assert ("organization", "中国作家协会") in {(m.kind, m.text) for m in a.mentions}
    # not a bracket that holds no post
    assert "李大海" not in _persons("笔谈\n\n　　李大海（节选）\n　　五年来，我走了很多地方。\n")


def test_a_russian_zh_inside_a_transliterated_name() -> None:
    # 日 inside a run of transliteration after a title is part of the name; a name before 日前, 日本
    # or 日内瓦 ends before it
    assert "德日卡佐娃" in names("女子花剑个人冠军德日卡佐娃。")
    assert "博日诺" in names("哈萨克斯坦议会下院副议长博日诺在致辞中表示。")
    assert "扎里科" in names("伊朗外长扎里科日前表示。") and "扎里科日" not in names("伊朗外长扎里科日前表示。")
    assert "扎里科" in names("伊朗外长扎里科日本之行。")
    # last in the name before a clause mark or 先生/代表 (Czech ř: 米纳日)
    assert "米纳日" in names("会见捷克总统特使、总统府办公厅主任米纳日。")
    # 坚 likewise, inside a transliterated name only (科斯坚纽克; not 某某坚持)
    assert "萨斯坚纽娃" in names("俄罗斯棋手萨斯坚纽娃说，比赛很激烈。")
    assert "萨斯" in names("俄罗斯总统萨斯坚持认为。") and "萨斯坚" not in names("俄罗斯总统萨斯坚持认为。")


def test_a_given_name_jieba_s_model_tags_as_a_place_nobody_knows() -> None:
    # 会长|冯|德塞(ns)|日前: a two-character given name jieba tags as a place, which no gazetteer holds
    assert "冯德塞" in names("协会会长冯德塞日前表示。")
    assert "范江泽" in names("（综合本报记者付文、范江泽报道）会长范江泽日前表示。")
    # a place the gazetteer knows stays a place (会长|王|兰州 is no name)
    assert "王兰州" not in names("协会会长王兰州日前表示。")
    # after the title of an international body's officer, names are read strictly; a given name of
    # transliteration characters still counts (总干事|谭(zg)|德萨(ns)|日前: a foreign name)
    assert "谭德萨" in names("国际电信联盟总干事谭德萨日前表示，合作前景广阔。")
    # but not a Chinese given name after the same title
    assert "谭兰州" not in names("国际电信联盟总干事谭兰州日前表示。")


def test_a_lone_character_before_a_set_phrase_closing_the_clause_ends_the_name() -> None:
    # 教授|张辉|国|激动不已|，: the character jieba leaves alone is the name's last
    assert "张辉国" in names("教授张辉国激动不已，“太震撼了”。")
    assert "陈辉国" in names("教授陈辉国百感交集，“太震撼了”。")


def test_the_opponent_named_right_after_a_result() -> None:
    # 以4∶0战胜|某某|，: the one beaten (or beaten by) is named, with no title
    assert {"朱雨琪", "王曼琳"} <= names("女单半决赛中，某某以4∶0战胜朱雨琪，另一场以4∶2战胜王曼琳。")
    assert "许文帆" in names("最终，某某以4∶0战胜许文帆，拿到冠军。")
    # an ordinary word after the verb is no name
    assert names("他们战胜强敌，最终夺冠。") == set()


def test_a_two_character_name_jieba_reads_whole_after_a_foreign_country_and_a_post() -> None:
    from graph.pipeline import analyze_text

    def people(text: str) -> set[str]:
        return {m.name for m in analyze_text(text, date=dt.date(2019, 10, 7)).mentions if m.kind == "person"}

    # 奥地利选手|巴姆(nrt)|发起: the country (a place mention) and the post before, a verb after
    assert "巴姆" in people("男单决赛中，赛会头号种子、奥地利选手巴姆发起了有力冲击，最终夺冠。")
    # not the first part of a longer name jieba cuts (拉德|克里夫)
    assert "拉德" not in people("她的成绩比英国选手拉德克里夫于2003年创造的纪录快1秒。")


def test_names_listed_with_a_list_mark_alone_before_fenbie() -> None:
    # 甲、乙分别夺得…: a clause that opens on names joined by 、 and goes on with 分别
    assert {"刘燕", "梁芳"} <= names("中国选手佳绩不断，刘燕、梁芳分别夺得了两个项目的金牌。")
