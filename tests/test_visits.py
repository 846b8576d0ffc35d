"""Visit extraction: (sentence → expected (visitor, place, year) facts), with hand-made place mentions.

Places are given by hand (surface → key, name, level) so that these tables test the
visit rules only; persons come from the person recogniser; times from the visits
module's own fallback.  A few end-to-end checks use the whole pipeline.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from conftest import lexicon_error

from graph.documents import make_document
from graph.pipeline import analyze_text
from graph.extract.persons import recognise_persons
from graph.extract.visits import extract_visits, fallback_times, lexicon
from graph.sentences import split_sentences
from graph.types import Analysis, Mention, Visit

PLACES = {
    "酒泉": ("cn:620900", "酒泉市", "prefecture"),
    "定西市": ("cn:621100", "定西市", "prefecture"),
    "定西": ("cn:621100", "定西市", "prefecture"),
    "临夏": ("cn:622900", "临夏回族自治州", "prefecture"),
    "兰州": ("cn:620100", "兰州市", "prefecture"),
    "渭源县": ("cn:621123", "渭源县", "county"),
    "元古堆村": ("village:cn:621123/元古堆村", "元古堆村", "village"),
    "甘肃": ("cn:620000", "甘肃省", "province"),
    "西安": ("cn:610100", "西安市", "prefecture"),
    "咸阳": ("cn:610400", "咸阳市", "prefecture"),
    "延安": ("cn:610600", "延安市", "prefecture"),
    "梁家河村": ("village:cn:610622/梁家河村", "梁家河村", "village"),
    "北京": ("cn:110000", "北京市", "province"),
    "天津": ("cn:120000", "天津市", "province"),
    "河南": ("cn:410000", "河南省", "province"),
    "福建": ("cn:350000", "福建省", "province"),
    "浙江": ("cn:330000", "浙江省", "province"),
    "德胜村": ("village:cn:130722/德胜村", "德胜村", "village"),
    "张家口": ("cn:130700", "张家口市", "prefecture"),
    "雄安": ("region:雄安新区", "雄安新区", "region"),
    "凉山州": ("cn:513400", "凉山彝族自治州", "prefecture"),
    "印度": ("geo:IN", "印度", "country"),
    "尼泊尔": ("geo:NP", "尼泊尔", "country"),
    "日本": ("geo:JP", "日本", "country"),
    "希腊": ("geo:GR", "希腊", "country"),
    "俄罗斯": ("geo:RU", "俄罗斯", "country"),
    "莫斯科": ("geo:city:524901", "莫斯科", "foreign-city"),
    "法国": ("geo:FR", "法国", "country"),
    "巴黎": ("geo:city:2988507", "巴黎", "foreign-city"),
    "德国": ("geo:DE", "德国", "country"),
    "柏林": ("geo:city:2950159", "柏林", "foreign-city"),
    "哥斯达黎加": ("geo:CR", "哥斯达黎加", "country"),
    "东京": ("geo:city:1850147", "东京", "foreign-city"),
    "欧洲": ("region:欧洲", "欧洲", "continent"),
    "山西省临汾市": ("cn:141000", "临汾市", "prefecture"),
    "太原市": ("cn:140100", "太原市", "prefecture"),
    "印尼": ("geo:ID", "印度尼西亚", "country"),
    "雅加达": ("geo:city:1642911", "雅加达", "foreign-city"),
    "南苏丹": ("geo:SS", "南苏丹", "country"),
    "以色列": ("geo:IL", "以色列", "country"),
    "越南": ("geo:VN", "越南", "country"),
    "河内": ("geo:city:1581130", "河内", "foreign-city"),
    "老挝": ("geo:LA", "老挝", "country"),
    "墨西哥": ("geo:MX", "墨西哥", "country"),
    "埃及": ("geo:EG", "埃及", "country"),
    "宁夏": ("cn:640000", "宁夏回族自治区", "province"),
    "土耳其": ("geo:TR", "土耳其", "country"),
    "瑞士": ("geo:CH", "瑞士", "country"),
    "日内瓦": ("geo:city:2660646", "日内瓦", "foreign-city"),
    "巴西": ("geo:BR", "巴西", "country"),
    "美国": ("geo:US", "美国", "country"),
    "布宜诺斯艾利斯": ("geo:city:3435910", "布宜诺斯艾利斯", "foreign-city"),
    "江西省": ("cn:360000", "江西省", "province"),
    "临夏州": ("cn:622900", "临夏回族自治州", "prefecture"),
    "东乡族自治县": ("cn:622926", "东乡族自治县", "county"),
    "兰州市": ("cn:620100", "兰州市", "prefecture"),
    "七里河区": ("cn:620103", "七里河区", "county"),
    "武汉": ("cn:420100", "武汉市", "prefecture"),
    "萨摩亚": ("geo:WS", "萨摩亚", "country"),
    "上海": ("cn:310000", "上海市", "province"),
    "湖北": ("cn:420000", "湖北省", "province"),
    "黄冈": ("cn:421100", "黄冈市", "prefecture"),
    "波兰": ("geo:PL", "波兰", "country"),
    "慕尼黑": ("geo:city:2867714", "慕尼黑", "foreign-city"),
    "杭州": ("cn:330100", "杭州市", "prefecture"),
    "澳大利亚": ("geo:AU", "澳大利亚", "country"),
    "巴基斯坦": ("geo:PK", "巴基斯坦", "country"),
}
_PLACE_RE = re.compile("|".join(sorted(PLACES, key=len, reverse=True)))


def analyse(text: str, date: dt.date | None = dt.date(2023, 1, 20)) -> Analysis:
    doc = make_document(text, "t")
    doc = replace(doc, date=date, date_source="given" if date else "none")
    a = Analysis(doc, split_sentences(doc.text, doc.id))
    a.mentions = [Mention("place", m.group(), m.start(), m.end(), PLACES[m.group()][0], PLACES[m.group()][1],
                          "t", "test", (("level", PLACES[m.group()][2]),))
                  for m in _PLACE_RE.finditer(doc.text)]
    a.mentions = sorted(a.mentions + list(recognise_persons(a)), key=lambda m: m.start)
    return a


def facts(text: str, date: dt.date | None = dt.date(2023, 1, 20)) -> set[tuple]:
    return {(v.visitor.name, v.place.name, v.year) for v in extract_visits(analyse(text, date))}


X = "习近平"
CASES = [
    # enumerations and the year of the sentence
    ("2013年2月2日至5日，习近平总书记来到酒泉、定西、临夏、兰州等地，深入乡村调研。",
     {(X, "酒泉市", 2013), (X, "定西市", 2013), (X, "临夏回族自治州", 2013), (X, "兰州市", 2013)}),
    # a chain keeps its most specific place
    ("2013年2月，习近平总书记来到海拔2400多米的定西市渭源县元古堆村。", {(X, "元古堆村", 2013)}),
    # 在X考察 frame, headline without a year takes the lead's year
    ("李克强在西安考察时强调\n\n新华社西安10月15日电 10月14日至15日，国务院总理李克强在西安、咸阳考察。",
     {("李克强", "西安市", 2023), ("李克强", "咸阳市", 2023)}, dt.date(2023, 10, 16)),
    # a foreign chain keeps the country and the city; 访问 …期间 with a topic place
    ("2014年，习近平主席出访欧洲多国。在法国巴黎，他谈及中国睡狮论。在德国柏林，驳斥国强必霸的逻辑。",
     {(X, "欧洲", 2014), (X, "法国", 2014), (X, "巴黎", 2014), (X, "德国", 2014), (X, "柏林", 2014)}),
    ("哥斯达黎加，2013年6月访问期间，习近平主席来到一个普通的咖啡种植园。", {(X, "哥斯达黎加", 2013)}),
    # the visitor after the verb
    ("2019年11月12日，正在希腊访问的习近平主席走进雅典卫城博物馆。", {(X, "希腊", 2019)}),
    # a relative clause over a long office: the person named after it visits
    ("对于协议，正在访问日本的美国政府某事务特别代表扎尔梅·哈利勒扎德表示乐观。", {("扎尔梅·哈利勒扎德", "日本", 2023)}),
    ("抵达雄安后，习近平总书记首先乘车察看启动区建设进展。", {(X, "雄安新区", 2023)}),
    # abbreviations
    ("2012年，习近平作为国家副主席访美，同老朋友们再见面。", {(X, "美国", 2012)}),
    ("国家副主席王岐山于10月21日至25日对日进行友好访问。", {("王岐山", "日本", 2023)}, dt.date(2023, 10, 28)),
    # a month after the month of publication is of the year before
    ("国家副主席王岐山11月对日本进行友好访问。", {("王岐山", "日本", 2022)}),
    # … and an undated visit in that paragraph takes no year from the publication date
    ("新华社北京1月20日电\n\n这一年，两国交往密切。国家副主席王岐山11月对日本进行友好访问。俄罗斯总统普京访华。",
     {("王岐山", "日本", 2022), ("普京", "中国", None)}),
    ("接待法国总统马克龙访华期间，两国签署文件。", {("马克龙", "中国", 2023)}),
    # title and surname references linked to the named person
    ("习近平总书记来到北京。2016年，总书记来到天津。", {(X, "北京市", None), (X, "天津市", 2016)}),
    ("习近平总书记看望了她。2018年，习爷爷来到凉山州。", {(X, "凉山彝族自治州", 2018)}),
    # relative years against the document date, and a year from an earlier sentence
    ("10年前，习近平总书记来到元古堆村。", {(X, "元古堆村", 2013)}),
    ("去年，王毅访问日本。", {("王毅", "日本", 2022)}),
    ("2015年2月13日至16日，习近平总书记来到延安。2月13日一大早，习近平总书记前往梁家河村看望村民。",
     {(X, "延安市", 2015), (X, "梁家河村", 2015)}),
    # a recalled visit without a year keeps none
    ("习近平总书记曾来到延安。", {(X, "延安市", None)}),
    # the place a 「这里」 points back to
    ("10月的雄安秋高气爽，韩正来到这里考察新区铁路枢纽规划。", {("韩正", "雄安新区", 2023)}, dt.date(2023, 10, 28)),
    # lists whose places own the sites, capitals in apposition
    ("公安部部长赵克志先后来到山西省临汾市、太原市的基层公安派出所调研。", {("赵克志", "临汾市", 2023), ("赵克志", "太原市", 2023)}),
    ("国家副主席王岐山赴印尼首都雅加达出席佐科总统连任就职仪式。",
     {("王岐山", "印度尼西亚", 2023), ("王岐山", "雅加达", 2023)}),
    # someone else's home at a place, with the visitor opening the next clause
    ("2017年1月，习近平总书记来到张家口。在德胜村村民徐海成家，总书记和一家人算起收支账。",
     {(X, "张家口市", 2017), (X, "德胜村", 2017)}),
    # leaving a place at the end of a visit, and 「结束对X的国事访问」
    ("当地时间13日，国家主席习近平在结束对越南的国事访问后离开河内，抵达老挝。",
     {(X, "越南", 2023), (X, "河内", 2023), (X, "老挝", 2023)}),
    # the visitor after 「正在X访问的」 with a nationality and a title between
    ("正在北京访问的法国总统马克龙出席了开幕式。", {("马克龙", "北京市", 2023), ("马克龙", "中国", 2023)}),
    # a meeting at home is no trip for the host; the foreign guest came
    ("国家主席习近平在北京会见美国总统特朗普。", {("特朗普", "北京市", 2023), ("特朗普", "中国", 2023)}),
    # a leader travelling at the head of a group
    ("1985年，县委书记习近平带领一个农业考察团访问日本。", {(X, "日本", 1985)}),
    # a passage about the article's leader: 「在X，<verb>…；在Y，<verb>…」 with no subject of its own
    ("“我访问过许多地方。”习近平主席这样说。\n\n在墨西哥一处古老遗址，领略文明相遇；在埃及的神庙，忆及交往历史。",
     {(X, "墨西哥", None), (X, "埃及", None)}, None),
    # a tourist is a visitor too
    ("春节假期，在北京，广东游客杨嵩和妻子尽情享受着滑雪的酣畅。", {("杨嵩", "北京市", 2023)}),
    # 赴/抵/来 with a one-character abbreviation (来 only with 华, 京, 沪)
    ("巴西总统博索纳罗来华进行国事访问。", {("博索纳罗", "中国", 2023)}),
    ("国务委员兼外长王毅抵沪出席论坛。", {("王毅", "上海市", 2023)}),
    # a meeting abroad: everyone joined by 与/同 before 「在X」, not a person in their own country
    ("本月中旬，巴西外长阿劳霍与IMF总裁格奥尔基耶娃在瑞士日内瓦会面。",
     {("阿劳霍", "瑞士", 2023), ("阿劳霍", "日内瓦", 2023),
      ("格奥尔基耶娃", "瑞士", 2023), ("格奥尔基耶娃", "日内瓦", 2023)}),
    ("17日，法国总统马克龙与德国总理默克尔在巴黎会晤。", {("默克尔", "法国", 2023), ("默克尔", "巴黎", 2023)}),
    # the partner written at length between the place and the verb (在X同某国某党总书记某某会谈)
    ("中联部副部长吴晓明18日在日内瓦同瑞士社会民主党主席团成员阿尔瓦雷斯会谈。",
     {("吴晓明", "瑞士", 2023), ("吴晓明", "日内瓦", 2023)}),
    # the place inside the name of the event attended
    ("国务院总理李克强出席二十国集团领导人布宜诺斯艾利斯峰会。", {("李克强", "布宜诺斯艾利斯", 2023)}),
    # the place at the head of a site's or an organ's name
    ("国务院总理李克强来到长沙市第一医院看望医护人员。", {("李克强", "长沙市", 2023)}),
    ("中央纪委书记赵乐际在江西省和南昌市纪委监委与干部座谈。", {("赵乐际", "江西省", 2023), ("赵乐际", "南昌市", 2023)}),
    # presiding over a meeting at a place
    ("国务院副总理张明华在西安主持召开防汛工作会议。", {("张明华", "西安市", 2023)}),
    # a list goes on after a site the gazetteer does not know
    ("公安部部长赵克志还到临夏州东乡族自治县一所小学、兰州市七里河区一个社区，看望干部群众。",
     {("赵克志", "东乡族自治县", 2023), ("赵克志", "七里河区", 2023)}),
    ("武汉大学人民医院医生王丽主动请缨，驰援武汉。", {("王丽", "武汉市", 2023)}),
    ("护士施丽随浙江医疗队驰援武汉。", {("施丽", "武汉市", 2023)}),      # travelling with a group
    ("医生王丽主动报名参加支援武汉医疗队。", {("王丽", "武汉市", 2023)}),   # a member of the team
    # a 他/她 opening the clause stands for the one person the sentence names before it
    ("医生王丽是西安某医院副主任，忍着悲痛，她主动报名加入支援武汉的医疗队。", {("王丽", "武汉市", 2023)}),
    ("医生王丽告诉护士李娜，她主动报名加入支援武汉的医疗队。", set()),
    ("医生王丽是西安某医院副主任，她主动报名加入支援武汉的医疗队。", {("王丽", "武汉市", 2023)}),   # (the name near)
    # a contest won where it was held; an award of a meeting is no contest
    ("2019年，选手王丽夺得了在莫斯科举行的锦标赛冠军。", {("王丽", "莫斯科", 2019), ("王丽", "俄罗斯", 2019)}),
    ("2019年，选手王丽夺得了在莫斯科召开的会议的表彰。", set()),
    # a hospital of the place and its ward between the place and the verb; work there is no visit
    ("在武汉某某医院重症监护室支援的护士施丽说，很累。", {("施丽", "武汉市", 2023)}),
    ("护士施丽在武汉某某医院重症监护室工作。", set()),
    # a member named right after a team sent to help a place (援鄂, 支援湖北): at that place
    ("宁波援鄂医疗队队长、宁波市第一医院副院长王小明介绍了情况。", {("王小明", "湖北省", 2023)}),
    # a long appositive of titles; a unit called a treatment group (救治组) is no patient
    ("山东首批援助湖北医疗队危重救治组组长、某某医科大学附属省立医院东院重症医学科副主任任小生说。",
     {("任小生", "湖北省", 2023)}),
    ("军队支援湖北医疗队队员夏海珍在病房工作。", {("夏海珍", "湖北省", 2023)}),
    # the one city inside the team's province the article's staff go to: the member went there too
    ("1200名军队医护人员抵达武汉。\n\n军队支援湖北医疗队队员马小兰在病房工作。",
     {("马小兰", "湖北省", 2023), ("马小兰", "武汉市", 2023)}),
    # not when the staff go to two cities of it, nor when the article only helps one (支援武汉的医生)
    ("甲医疗队抵达武汉。乙医疗队驰援黄冈。\n\n军队支援湖北医疗队队员马小兰在病房工作。",
     {("马小兰", "湖北省", 2023)}),
    ("一位支援武汉的医生感慨万千。\n\n北京某医院支援湖北医疗队医生马小兰在日记里写道。",
     {("马小兰", "湖北省", 2023)}),
    # a person told as medical staff who goes to help (a past word after the verb does not undate it)
    ("得知王小明作为医疗队员支援武汉，昔日的同学发来信息。", {("王小明", "武汉市", 2023)}),
    ("王小明虽然未能作为首批医疗队员奔赴武汉，但已投入工作。", set()),
    ("医生王小明是第一批驰援湖北的医疗队队员，已工作多日。", {("王小明", "湖北省", 2023)}),
    # 援 alone before the place's abbreviation (援鄂医疗队); not 声援, whose people stay home
    ("医生王小明是国家援鄂医疗队队员、某医院副主任医师。", {("王小明", "湖北省", 2023)}),
    ("医生王小明是声援湖北的医疗队队员。", set()),
    ("连续奋战在一线的青海省赴武汉医疗队队员王小明火线入党。", {("王小明", "武汉市", 2023)}),
    # a player named by the position she plays
    ("联赛落幕4天之后，天津女排主攻王小明就飞赴日本。", {("王小明", "日本", 2023)}),
    ("副院长王小明将组派医疗队支援武汉的通知转发到群里。", set()),
    ("援湖北黄冈的湖南医疗队株洲救援队队长刘毅脱下防护服。", {("刘毅", "黄冈市", 2023)}),
    ("副省长王五赴鄂看望医护人员。", {("王五", "湖北省", 2023)}),            # a province's abbreviation
    # a home visited: its place from where its owner lives, or from its address written elsewhere
    ("去年春节前夕，省长刘国中来到村民王小明家。\n\n王小明就住在临夏州东乡族自治县。",
     {("刘国中", "东乡族自治县", 2022)}),
    ("——回访甘肃临夏州东乡族自治县某某村王小明家\n\n2019年，省长刘国中来到王小明家。",
     {("刘国中", "东乡族自治县", 2019)}),
    # a home not named by its owner (来到小院, 来我们家): the one home of the document with an address;
    # a date right before 来到 is the day of the visit, not a start (「2014年来」 is since)
    ("——回访甘肃临夏州东乡族自治县某某村洪小明家\n\n洪小明就住在临夏州东乡族自治县。\n\n"
     "省长刘国中于2019年12月13日来到小院。", {("刘国中", "东乡族自治县", 2019)}),
    ("省长刘国中于2019年12月13日来到小院。", set()),            # no home with an address
    # visits over a span of years have no one year
    ("2016年至今，几内亚总统孔戴三次赴华。", {("孔戴", "中国", None)}),
    # a new paragraph opening with a walk of the writer's carries no earlier person over
    ("68岁的张阿姨一边放声歌唱，一边按动快门。\n\n10月3日下午，走进重庆市荣昌区万灵古镇。", set()),
    # a member named later by role alone belongs to the team named just before, told as current
    ("300名医护人员火速驰援武汉。\n\n医疗队队员王小明说，一切顺利。", {("王小明", "武汉市", 2023)}),
    ("第一批援鄂医疗队抵达。\n\n凌晨3点，队员李小红结束了工作。", {("李小红", "湖北省", 2023)}),
    ("甘肃支援湖北医疗队队员张小琴（藏族）——", {("张小琴", "湖北省", 2023)}),   # a heading: the report's year
    # the headline's team holds for the article; a member named with titles after a unit of it, and the
    # place the unit is named after (某支援队大悟分队队长、某医院主任李四)
    # present at a leader's meeting: a companion of the leader's trip abroad, at work at home
    ("国家主席习近平12日在河内会见越南总理阮春福。\n\n王毅参加会见。",
     {(X, "河内", 2023), (X, "越南", 2023), ("王毅", "河内", 2023), ("王毅", "越南", 2023)}),
    ("国务院总理李克强25日在人民大会堂会见来华访问的巴西总统博索纳罗。\n\n王毅参加会见。",
     {("博索纳罗", "北京市", 2023), ("博索纳罗", "中国", 2023)}),
    # 「某某等参加。」 closing a banquet's report: the same
    ("国家主席习近平12日在河内出席越南国家主席举行的欢迎宴会。\n\n王毅、何立峰等参加。",
     {(X, "河内", 2023), (X, "越南", 2023), ("王毅", "河内", 2023), ("王毅", "越南", 2023),
      ("何立峰", "河内", 2023), ("何立峰", "越南", 2023)}),
    ("国家主席习近平25日在人民大会堂出席欢迎宴会。\n\n王毅、何立峰等参加。", set()),
    ("某省派出医疗队员援助湖北——\n\n第一段。\n\n第二段。\n\n第三段。\n\n"
     "指挥部接到某省支援队大悟分队队长、某医院肺病科主任刘凤英的电话。",
     {("刘凤英", "大悟县", 2023), ("刘凤英", "湖北省", 2023)}),
    ("某省派出医疗队员援助湖北——\n\n第一段。\n\n第二段。\n\n第三段。\n\n"
     "某医院的护士、医疗队最小的成员、22岁的王小明说，很紧张。", {("王小明", "湖北省", 2023)}),
    ("某省派出医疗队员援助湖北——\n\n第一段。\n\n第二段。\n\n第三段。\n\n"
     "医疗队治愈出院的患者王小明说，感谢。", set()),
    # a lead (the first indented paragraph) telling where the staff went holds for the article too
    ("某省累计派出医疗队员——\n\n　　1月25日以来，某省先后组建12批医疗队，驰援湖北一线。\n\n　　第二段。\n\n"
     "　　第三段。\n\n　　第四段。\n\n　　医疗队领队王小明说，困难不小。", {("王小明", "湖北省", 2023)}),
    ("某省累计派出医疗队员——\n\n　　1月25日以来，某省先后组建12批医疗队。\n\n　　第二段。\n\n"
     "　　第三段。\n\n　　第四段。\n\n　　医疗队领队王小明说，困难不小。", set()),
    ("今年3月，习近平主席对法国进行成功国事访问。", {(X, "法国", 2023)}),      # an adjective before 国事访问
    ("23岁的王小明在武汉夺冠。", {("王小明", "武汉市", 2023)}),              # competing at a venue
    ("疫情暴发后，武汉某医院的医师王小明，正在上海某医院进修学习。", {("王小明", "上海市", 2023)}),  # 某某，正在X
    ("湖北某大学学生王小红这样记录自己在上海的实习时光。", {("王小红", "上海市", 2023)}),   # 在X的…
    ("湖北某大学教授王小红在上海的家中接受了采访。", set()),                  # … not a home there
    ("第5批赴南苏丹（某地）维和步兵营教导员王小明说，很激动。", {("王小明", "南苏丹", 2023)}),  # a bracket after the place
    # 多次 of another verb says nothing of the trip (多次请战|赴湖北: asked many times, went once, now)
    ("新华社武汉2月18日电 疫情发生后，医生王小明多次请战赴湖北。", {("王小明", "湖北省", 2023)}, dt.date(2023, 2, 19)),
    ("中国选手林小峰在慕尼黑田径世锦赛中勇夺季军。", {("林小峰", "慕尼黑", 2023), ("林小峰", "德国", 2023)}),  # 勇夺, like 夺得
    # a foreign guest received in China was there (the host, at home, was not)
    ("外交部长王毅16日在北京会见法国宪法委员会主席法比尤斯。",
     {("法比尤斯", "北京市", 2023), ("法比尤斯", "中国", 2023)}),
    ("委员长栗战书9日在人民大会堂会见巴基斯坦总理伊姆兰·汗。",
     {("伊姆兰·汗", "北京市", 2023), ("伊姆兰·汗", "中国", 2023)}),          # a venue of the capital
    # a guest who holds an international body's post
    ("国务委员王毅24日在北京会见欧盟外交与安全政策高级代表卡塔丽娜。",
     {("卡塔丽娜", "北京市", 2023), ("卡塔丽娜", "中国", 2023)}),
    # … after other titles of theirs, listed with 、
    ("国务委员王毅24日在北京会见欧盟委员会副主席、欧盟外交与安全政策高级代表卡塔丽娜。",
     {("卡塔丽娜", "北京市", 2023), ("卡塔丽娜", "中国", 2023)}),
    # the head of a delegation the text says came to China (访华), whatever the nationality
    ("总理李克强在人民大会堂会见某某贸易委员会董事会主席钱伯斯率领的访华代表团。",
     {("钱伯斯", "北京市", 2023), ("钱伯斯", "中国", 2023)}),
    # the head of a foreign delegation received: the delegation's name gives the nationality
    ("副委员长刘五在人民大会堂会见了由某委员会主席、议会论坛外方团长胡安·佩雷斯率领的墨西哥议会代表团一行。",
     {("胡安·佩雷斯", "北京市", 2023), ("胡安·佩雷斯", "中国", 2023)}),
    ("总理李克强在人民大会堂同来华进行工作访问的法国总理菲利普举行会谈。",        # 同 <guest> 举行会谈
     {("菲利普", "北京市", 2023), ("菲利普", "中国", 2023)}),
    ("连日来，副总理孙春兰率中央指导组督促指导武汉等地完善防控。", {("孙春兰", "武汉市", 2023)}),  # 指导 X等地
    # 近日 is the report's own days; 「自2013年以来」 is a period, not the year; told twice, one visit
    ("法国总统马克龙近日对波兰进行了访问，这是自2013年以来法国总统首次到访波兰。", {("马克龙", "波兰", 2023)}),
    ("国务委员王毅抵达日内瓦。", {("王毅", "瑞士", 2023), ("王毅", "日内瓦", 2023)}),  # a city abroad implies its country
    # two trips joined by 、: the nearer frame holds the second verb; the inviters are no subjects
    ("国家主席习近平应印度总理莫迪和尼泊尔总统班达里邀请，分别赴印度出席会晤、对尼泊尔进行国事访问。",
     {(X, "印度", 2023), (X, "尼泊尔", 2023)}),
    # the person whose ceremony is attended is no subject of the visit after it
    ("国家副主席王岐山赴印尼出席佐科总统连任就职仪式并对印尼进行友好访问。", {("王岐山", "印度尼西亚", 2023)}),
    ("1999年，省长刘国中在上海参加了会议。", {("刘国中", "上海市", 1999)}),  # 参加 in a 在X frame
    # a later clause of a trip passage with a subject of its own is not the traveller's
    ("2019年，习近平主席出访欧洲。双方同意在法国巴黎举办论坛。", {(X, "欧洲", 2019)}),
    # 是…的 tells the trip: the verb phrase before 的 modifies no noun
    ("国家主席习近平是在结束对俄罗斯的访问后离开莫斯科抵达柏林的。",
     {(X, "俄罗斯", 2023), (X, "莫斯科", 2023), (X, "柏林", 2023), (X, "德国", 2023)}),
    # companions who arrive with the visitor (同机抵达) took part in that arrival, not the whole trip
    ("国家主席习近平抵达莫斯科。习近平在莫斯科会见了总统。随后，习近平抵达柏林。王毅等陪同人员同机抵达。",
     {(X, "俄罗斯", 2023), (X, "莫斯科", 2023), (X, "柏林", 2023), (X, "德国", 2023),
      ("王毅", "柏林", 2023), ("王毅", "德国", 2023)}),
    # those who attend an event held 在X, told in the sentence before, were at X
    ("庆祝大会10日在北京举行。副主席王强出席并讲话。", {("王强", "北京市", 2023)}),
    # persons doing a thing together with a visitor (甲同乙、丙等外方领导人共同步入会场) are where the
    # visitor is; not a host at home, nor persons doing nothing together
    ("闭幕式10日在北京举行。副主席王强出席并讲话。王强同俄罗斯总理米舒斯京、法国总理菲利普等外方领导人共同步入会场。",
     {("王强", "北京市", 2023), ("米舒斯京", "北京市", 2023), ("米舒斯京", "中国", 2023),
      ("菲利普", "北京市", 2023), ("菲利普", "中国", 2023)}),
    ("闭幕式10日在北京举行。副主席王强出席并讲话。王强同俄罗斯总理米舒斯京、法国总理菲利普等外方领导人发表讲话。",
     {("王强", "北京市", 2023)}),
    ("副主席王强在莫斯科出席开幕式。王强同俄罗斯总理米舒斯京共同参观展览。",
     {("王强", "俄罗斯", 2023), ("王强", "莫斯科", 2023)}),
    # leaving home on an errand of a trip
    ("1998年，村民王小文从老家来到北京旅游。", {("王小文", "北京市", 1998)}),
    # 初到 (first arriving)
    ("副主任医师李蕊，初到武汉时，主动要求第一个值班。", {("李蕊", "武汉市", 2023)}),
    # bare 到 with its place and the arrival's time after it
    ("主任李明到武汉后立即投入救治。", {("李明", "武汉市", 2023)}),
    # a member told after the name, comma and 是 (某某，是首批支援湖北医疗队员中…)
    ("护士王芳，是首批23名支援湖北医疗队员中年龄最小的一位。", {("王芳", "湖北省", 2023)}),
    # membership told before the name, across a comma
    ("护士王芳出发了。作为第十四批援助湖北医疗队的队员，王芳在病房忙碌。", {("王芳", "湖北省", 2023)}),
    # 「某某加入了支援湖北医疗队」「某某又出现在赴湖北援助医疗队里」: a member too
    ("护士王芳加入了支援湖北医疗队，奔赴一线。", {("王芳", "湖北省", 2023)}),
    ("这次，护士王芳又出现在赴湖北援助医疗队里。", {("王芳", "湖北省", 2023)}),
    # coming back from a trip: the place after 从, a trip's errand between it and the verb
    ("凌晨，主任彭小勇才从黄冈会诊完赶回来。", {("彭小勇", "黄冈市", 2023)}),
    ("记者刘伟从福建出差回来，写下了报道。", {("刘伟", "福建省", 2023)}),
    # 和 inside a village's name is no preposition: the villager is the subject
    ("1月17日，太和村村民龚兴旺，和工友们一起乘坐免费专车，前往武汉。", {("龚兴旺", "武汉市", 2023)}),
    # a name opening a clause, then 在 and a place, needs no title
    ("1月5日，王小明在巴黎出席联合国教科文组织大会。", {("王小明", "法国", 2023), ("王小明", "巴黎", 2023)}),
    # a trip told as coming, dated on or before the publication day, is under way: its later
    # undated mention counts (the article is of 2023-01-20)
    ("应邀请，巴西总统博索纳罗将于1月20日至22日对日本进行国事访问。此系博索纳罗总统首次对日本进行国事访问。",
     {("博索纳罗", "日本", 2023)}),
    # a member of a team sent to a province, told 在 a city of it in the same sentence, is there too
    ("医生王芳是第一批驰援湖北的医疗队队员，1月4日出发，现已在武汉金银潭医院奋战多日。",
     {("王芳", "湖北省", 2023), ("王芳", "武汉市", 2023)}),
    # a city of that province told as the member's home is no second visit
    ("医生王芳是第一批驰援湖北的医疗队队员。王芳老家在湖北黄冈，在武汉读了大学。", {("王芳", "湖北省", 2023)}),
    # 她 two paragraphs after the last visitor is someone else (here someone the text does not name)
    ("护士王芳1月3日驰援武汉。\n\n医院一切正常。\n\n今年44岁的她，2008年赴河南抗震救灾。", {("王芳", "武汉市", 2023)}),
    ("护士王芳1月3日驰援武汉。今年44岁的她，2008年赴河南抗震救灾。",
     {("王芳", "武汉市", 2023), ("王芳", "河南省", 2008)}),
    # an inspection is a visit, whatever it checks
    ("1月5日，省长王小明到定西进行安全检查。", {("王小明", "定西市", 2023)}),
    # a trip made every year since a year: one visit in each year up to the report's
    ("从2020年起，研究生侯路路每年夏天来到张家口，和同事们早出晚归。",
     {("侯路路", "张家口市", 2020), ("侯路路", "张家口市", 2021), ("侯路路", "张家口市", 2022),
      ("侯路路", "张家口市", 2023)}),
    # 曾 leaves a bare month undated, not a year counted from the report
    ("去年11月，记者王小明曾来到北京。", {("王小明", "北京市", 2022)}),
    ("11月，记者王小明曾来到北京。", {("王小明", "北京市", None)}),
    # setting off to a place (出发到)
    ("领队王小明带着旅行团1月11日从国内出发到俄罗斯。", {("王小明", "俄罗斯", 2023)}),
    # the head of a delegation goes where the delegation goes
    ("该团由协会秘书长王小明任团长。交流团在法国巴黎会见了议员。代表团还访问了德国。",
     {("王小明", "法国", 2023), ("王小明", "巴黎", 2023), ("王小明", "德国", 2023)}),
    # ... also a delegation called by its own name, its head named nearby (not a troupe's head far away)
    ("中国某文化交流团先后访问法国、德国。该团由协会秘书长王小明任团长。",
     {("王小明", "法国", 2023), ("王小明", "德国", 2023)}),
    ("艺术团团长王小明说，很高兴。\n\n第二段。\n\n第三段。\n\n某省作协组织作家代表团赴法国交流。", set()),
    # ... a working group's head named by its title (督导组组长), the group told there in a time span
    ("督导组组长王小明说，要抓落实。中央第九督导组于3月初至4月中旬深入甘肃、宁夏进行督导。",
     {("王小明", "甘肃省", 2023), ("王小明", "宁夏回族自治区", 2023)}, dt.date(2023, 5, 2)),
    # ... but not in a roundup of several groups, each with its own head
    ("第一督导组组长王小明说，要抓落实。第二督导组组长李大华说，要重实效。督导组先后深入甘肃、宁夏。", set()),
    # a video link in a later clause is another act: the inspection before it was made in person
    ("2月10日，习近平总书记在北京调研指导疫情防控工作，并视频连线湖北武汉抗击疫情前线。",
     {(X, "北京市", 2020)}, dt.date(2020, 2, 11)),
    # boarding the train to a place; helping in a place (在X支援)
    ("护士陈林叶接到通知后，就踏上了去武汉的列车。", {("陈林叶", "武汉市", 2023)}),
    ("医师卢毅荣在武汉支援期间，妻子给他发信息。", {("卢毅荣", "武汉市", 2023)}),
    # the verb describes the person named after it (给在X支援的护士长某某)
    ("护理部副主任宋彩萍给在武汉某医院支援的护士长唐棠发微信。", {("唐棠", "武汉市", 2023)}),
    # attending the meeting an article's lead reports as held abroad (a city named with its country)
    ("第五十六届慕尼黑安全会议在德国南部城市慕尼黑举行，500多名代表参会。与会嘉宾展开讨论。"
     "国务委员兼外长王毅应邀出席会议。", {("王毅", "德国", 2023), ("王毅", "慕尼黑", 2023)}),
    # … held at home: those who came from elsewhere (central officials, titled persons joined by ，)
    ("第七届某某运动会18日晚在湖北武汉隆重开幕。\n　　晚上8时，全场响起掌声。\n"
     "　　组委会主席、国务院副总理王小明，中央书记处书记李大华出席开幕式。",
     {("王小明", "武汉市", 2023), ("李大华", "武汉市", 2023)}),
    # … but not the host province's own officials
    ("第七届某某运动会18日晚在湖北武汉隆重开幕。\n　　晚上8时，全场响起掌声。\n"
     "　　湖北省委书记王小明出席开幕式。", set()),
    # … and those who speak at it (致辞), but only at home and from elsewhere, and not by video
    ("第七届某某运动会18日晚在湖北武汉隆重开幕。\n　　晚上8时，全场响起掌声。\n"
     "　　组委会主席、中央军委副主席王小明致辞。湖北省委书记李大华致辞。国务委员张大力视频致辞。",
     {("王小明", "武汉市", 2023)}),
    ("第五十六届某某会议在德国南部城市慕尼黑举行。\n　　会场座无虚席。\n　　某组织总干事王小明在致辞中表示欢迎。",
     set()),
    # a central official at a meeting in the capital is at work (and 张近平 is no group, for its 近)
    ("某某工作会议23日在北京召开。张近平总书记出席会议并发表讲话。", set()),
    ("某某运动会18日晚在湖北武汉开幕。中央军委主席张近平出席开幕式。", {("张近平", "武汉市", 2023)}),
    # a team member told 在 a place inside the team's province, the place written before the name
    ("在武汉某医院，四川省援鄂医疗队委员、某医院副主任张传涛说。",
     {("张传涛", "湖北省", 2023), ("张传涛", "武汉市", 2023)}),
    # a person introduced by an institution of one province and told 在 a place of another
    ("1月30日，上海某医院重症医学科护士长徐璟，在武汉某医院，通过远程连线入党。", {("徐璟", "武汉市", 2020)},
     dt.date(2020, 2, 2)),
    ("在武汉某方舱医院，来自上海某医院的急诊科主任医师陈旭峰也开始了工作。", {("陈旭峰", "武汉市", 2023)}),
    # membership told after more about the same person (今年41岁，是…护士长，也是…医疗队…中的一员)
    ("护士长伍严骏说，很累。伍严骏今年41岁，是甘肃省人民医院护士长，也是甘肃首批支援湖北医疗队137名队员中的一员。",
     {("伍严骏", "湖北省", 2023)}),
    # a squad's trip, then a member named by role
    ("中国女足于1月19日抵达澳大利亚。中国女足主教练贾秀全5日并没有安排户外训练。", {("贾秀全", "澳大利亚", 2023)}),
    ("某省赴湖北援助医疗队出发了。医疗队的另一位医生王小明与我联系上。", {("王小明", "湖北省", 2023)}),
    # a peacekeeping unit named after where it serves, then a member's role and name
    ("中国第十八批赴俄罗斯维和工兵分队扫雷监督员王小明说，讲话鼓舞人心。", {("王小明", "俄罗斯", 2023)}),
    # 此次 before the verb, past the lead of a long report: the occasion of the report, of its year
    ("　　" + "病房里很忙，大家都在坚持工作。" * 110 + "\n" + "　　病房里很忙。\n" * 4
     + "　　他介绍，医生王小明此次驰援武汉，已工作多日。", {("王小明", "武汉市", 2023)}),
    # an undated trip to the place of the report's dated trips (its scene) is of that time
    ("　　" + "病房里很忙，大家都在坚持工作。" * 110 + "\n" + "　　2月1日，医生王大华抵达武汉。\n" * 4
     + "　　医生王小明接到命令后，直接从医院奔赴武汉。", {("王大华", "武汉市", 2023), ("王小明", "武汉市", 2023)},
     dt.date(2023, 2, 20)),
    # a later 「在X，」 of an undated trip passage is of the trip's time, not the report's (in a feature
    # that writes other years: one that writes none tells of its own time only)
    ("　　" + "钻井队在国内很有名，大家都在坚持工作。" * 90 + "\n" + "　　钻井队1978年组建。\n" + "　　钻井队很忙。\n" * 4
     + "　　队长王小明带领钻井队走出国门，来到俄罗斯。\n　　“干出高水平。”在俄罗斯，他们打出多口优质井。",
     {("王小明", "俄罗斯", None)}),
    # 他 right after a speaker's 说， is the speaker
    ("火神山医院护士王小明说，那天他和战友来到武汉，希望尽些力。", {("王小明", "武汉市", 2023)}),
    # a host abroad receives a guest named after the verb: the guest was there; the host, a head of state
    # away from his capital (Bern), travelled too, but not one in his capital
    ("瑞士总统毛雷尔在日内瓦会见国务委员兼外长王毅。",
     {("王毅", "瑞士", 2023), ("王毅", "日内瓦", 2023), ("毛雷尔", "日内瓦", 2023)}),
    ("法国总统马克龙在巴黎会见国务委员兼外长王毅。", {("王毅", "法国", 2023), ("王毅", "巴黎", 2023)}),
    ("德国某公司总裁马克龙在慕尼黑会见国务委员兼外长王毅。", {("王毅", "德国", 2023), ("王毅", "慕尼黑", 2023)}),
    # an adverb before 进行 in a 对X frame
    ("今年3月，习近平主席对日本成功进行国事访问。", {(X, "日本", 2019)}, dt.date(2019, 10, 8)),
    # the leader whose envoy travels does not travel
    ("国家主席习近平特使、国家副主席王岐山赴东京出席庆典。日本感谢习近平主席委派王岐山副主席作为特使出席庆典并对日本进行友好访问。",
     {("王岐山", "东京", 2023), ("王岐山", "日本", 2023)}),
    # the delegation is the subject of an earlier clause; the official it met is no visitor, nor the
    # article's protagonist
    ("该团由协会秘书长王强任团长。交流团在法国巴黎会见了欧洲委员会人权与法治总司司长吉亚库莫普罗斯。"
     "访问期间，交流团还接受了记者采访，在柏林向师生们介绍情况。",
     {("王强", "法国", 2023), ("王强", "巴黎", 2023), ("王强", "德国", 2023), ("王强", "柏林", 2023)}),
    # 主任 inside 副主任委员 is part of the title of the person named after it, no reference to
    # someone else the article calls 主任
    ("会议在德国慕尼黑举行。世卫组织卫生紧急项目执行主任迈克尔·瑞安说。互动环节，与会的副主任委员傅莹提问。",
     {("傅莹", "德国", 2023), ("傅莹", "慕尼黑", 2023)}),
    # 赶往, and a verb of experience (去过) that tells of an earlier occasion, undated
    ("接到通知，护士刘丽当晚就赶往武汉。", {("刘丽", "武汉市", 2023)}),
    ("护士刘丽去过武汉。", {("刘丽", "武汉市", None)}),
    # a member of a group named after the place it was sent to (中央赴湖北指导组), named after titles
    ("中央赴湖北指导组成员、国家卫健委疾控局局长常继乐接受记者采访。", {("常继乐", "湖北省", 2023)}),
    # a contest named after its place (天津|公开赛) is at that place; 将 inside a title (小将) is no plan
    ("两位小将王明和李华在天津公开赛一路闯入女单次轮。", {("王明", "天津市", 2023), ("李华", "天津市", 2023)}),
    ("小将段莹莹在武汉网球公开赛捧起女双冠军奖杯。", {("段莹莹", "武汉市", 2023)}),
    # persons joined by 、 or 和 before the trigger are all its subjects; those who accompany are not
    ("护士王芳和李华来到武汉。", {("王芳", "武汉市", 2023), ("李华", "武汉市", 2023)}),
    ("市长王芳、书记李华在杭州考察。", {("王芳", "杭州市", 2023), ("李华", "杭州市", 2023)}),
    # 创新创业 in an event's name is no settling down
    ("国务院副总理孙春兰在杭州调研高等教育并出席大学生创新创业大赛有关活动。", {("孙春兰", "杭州市", 2023)}),
    # a squad told at a place abroad, then a member named by role
    ("中国女篮在柏林进行的资格赛中获胜。中国女篮队长邵婷在关键时刻挺身而出。", {("邵婷", "柏林", 2023), ("邵婷", "德国", 2023)}),
    # those listed as attending the lead's event abroad, of another country and not envoys posted there
    ("新华社河内10月29日电 某书越南文版首发式29日在越南河内举行。中共中央宣传部副部长梁言明、中国驻越南大使熊波、"
     "越南外长范明山等260余名中外来宾出席活动。", {("梁言明", "河内", 2023), ("梁言明", "越南", 2023)}),
    # bare 到 with what one went there to do (探亲, 出差, 沟通联络 …) after the places
    ("1月20日，居民王芳到武汉探亲。", {("王芳", "武汉市", 2023)}),
    ("共产党员王小明到杭州、上海等地沟通联络。", {("王小明", "杭州市", 2023), ("王小明", "上海市", 2023)}),
    ("居民王芳到武汉工作。", set()),
    # 到了 with its place right after it, after an adverb, a person or a clause's start; not after a verb
    ("1月20日，护士王芳已到了武汉。", {("王芳", "武汉市", 2023)}),
    ("1月20日，护士王芳把口罩带到了武汉。", set()),
    # a trip verb with no subject inside a quotation that names no one before it: the speaker's trip
    ("“除夕报名，正月初二出发，初三凌晨4点抵达上海。”护士长王芳说。", {("王芳", "上海市", 2023)}),
    # … not a place word pointing back (the speaker's workplace may be meant), nor a trip made a topic
    ("护士长王芳告诉记者：“来到这里，就要竭尽全力。这次驰援武汉是一次联动。”", set()),
    # bare 到 and the day counted from the arrival
    ("1月17日，是护士长王芳到武汉的第二十四天。", {("王芳", "武汉市", 2023)}),
    # a trip noun after its place (X之行), not one modifying a noun
    ("2019年，画家王小明开启了他的首次日本之行。", {("王小明", "日本", 2019)}),
    ("2019年，画家王小明出版新书，书中是首次日本之行的所见所闻。", set()),
    # bare 来 with what one came to do, or a trip made told before it; never 年来, 来自, 从…来
    ("1月20日，居民王芳来上海参加活动。", {("王芳", "上海市", 2023)}),
    ("2019年，教授王小明第一次来上海。", {("王小明", "上海市", 2019)}),
    ("教授王小明说，近年来上海发展很快。", set()),
    ("居民王芳从河南来上海打工。", set()),
    # a dated report's undated trip in a paragraph written of another year is of that year, not the report's
    ("新华社北京1月19日电 1993年，教授王小明加入研究团队。研究队伍中有许多研究人员，王小明到上海后同他们协调研究事宜。",
     {("王小明", "上海市", 1993)}),
    # … but not for a year inside a quotation, nor when the sentence says it is now
    ("新华社北京1月19日电 “2008年汶川地震，全国援助四川。”教授王小明说。如今，他再度来到北京。", {("王小明", "北京市", 2023)}),
    # a birth year dates the person, not the trip
    ("2月3日下午，1996年出生的女孩甘如意终于到达武汉。甘如意是荆州人。", {("甘如意", "武汉市", 2023)},
     dt.date(2023, 2, 8)),
]


@pytest.mark.parametrize("case", CASES)
def test_visits(case: tuple) -> None:
    text, expected, *date = case          # an undated document when a third item is given
    assert facts(text, *date) == expected


NOT_VISITS = [
    # a police rank ending in 队长 (副中队长) is no role in the medical team named before
    "某医院支援湖北医疗队130人飞赴武汉。\n\n与此同时，交警莲花大队副中队长王小强正带领民警检查车辆。",
    "国台办发言人马晓明2月4日就某某访美应询表示，一个中国原则是根本前提。",   # the trip is the topic of a reply
    "习近平总书记在北京通过视频连线看望慰问福建基层干部群众。",           # video link
    "习近平总书记在北京察看大屏幕上的浙江电站运行情况。",                  # a screen
    "如果总书记再到德胜村看看，我会给他念念新账本。",                      # hypothetical
    "国家主席习近平将于10月11日至13日赴印度出席会晤。",                   # plan
    "习近平主席原则同意明年春天对日本进行国事访问。",                      # plan (next year)
    "习近平总书记期待再来到延安。",                                       # wish
    "王毅没有来到东京。",                                                 # negation
    "习近平主席对日本的国事访问意义重大，中方愿同日方保持密切沟通，为访问做好各方面准备。",   # prepared for
    "范勇提前回到河南老家过年。",                                         # home
    "习近平在结束对印度的访问后，回到北京。",                              # a return trip
    "“浙江这些年来变化很大，我们都看到了。”习近平说。",                   # quotation about a place
    "习近平回忆当年在福建工作的情景。",                                    # work place
    "代表团来到北京参观。",                                               # a group, no named person
    "总书记来到北京。",                                                   # a title nobody in the text bears
    "中国第十批赴南苏丹维和工兵分队官兵热议讲话。",                        # a group (批)
    "2019年有超过15万人次中国游客到访以色列。",                            # a group subject
    "前往宁夏旅游的马来西亚游客人数同比增长。",                            # the verb phrase modifies a group
    "1998年，宋学文从老家来到北京，成为一名快递员。",                      # moving to work
    "创始人伊比什表示，越来越多中国年轻人选择到土耳其度假。",              # the speaker is not the visitor
    "1969年，习近平离开北京，前往延安插队。",                               # leaving home, not a visit
    "王毅表示，他不会接受任何访日邀请。",                                   # an invitation is not a trip
    "习近平主席这样说。\n\n在日本，人们喜欢樱花。",                        # the 「在X，」 clause has its own subject
    "习近平主席这样说。\n\n他说，在法国工作期间，结识了很多朋友。",          # not the opening clause
    "国家主席习近平在北京会见来访的客人。",                                # no guest of known nationality named
    "副委员长刘五在人民大会堂会见由甲乙率领的日本遗孤感恩访华团。",        # 访华团 names a group
    "副总理胡春华考察了中国援萨摩亚医疗项目。",                            # the donor of a project
    "来日方长，总理李强说。",                                             # 来日 is a word, not 来+日本
    "1989年，民警刘振基在北京参加公安工作。",                              # starting work is not a visit
    "援藏干部王小明在拉萨工作多年。",                                      # a posting, not a team sent to help
    "宁波援鄂医疗队出发，家属李明前来送行。",                              # the person is not a member
    "省长刘国中来到村民王小明家。",                                          # a home whose place is not given
    # a team named long before (three paragraphs) is no longer the team of a member named by role
    "第一批援鄂医疗队抵达。\n\n好。\n\n好。\n\n好。\n\n队员李小红结束了工作。",
    "作家王小明从北京来到深圳，加盟周刊担任主编，一干就是11年。",           # moving to work
    "这支队伍的队员都很年轻。",                                            # 都很 is no name
    # coming back from studies or from home, or a group of households coming back
    "教授张华从北京大学毕业后选择回到家乡。",
    "主任王强从咸宁老家紧急返回。",
    "村民张小明兄弟三家从武汉返回，在家聚餐。",
    # a group attends, not a named person; the reporter credited in brackets is no actor
    "会议在北京举行。副主席王强主持，各国外长出席。",
    "（记者王强）论坛12日在北京举行，嘉宾近50人出席。",
    # 到 inside other words; a team's patient is no member
    "主任李明提到武汉时很激动。",
    "产量达到北京的两倍。",
    "第三批支援湖北医疗队治愈出院首个重症患者胡先生说，很感谢。",
    "工人唐小诗到深圳后在工厂上过班。",                                    # moving to work
    "1998年，村民王小文从老家来到北京。",                                  # leaving home, no errand told
    # a task to go is no trip made
    "出发前，护士王芳只是给妈妈打电话说有任务需要驰援武汉。",
    # activities run or carried out where one lives or works
    "在北京某小区门口，社区干部王芳正在对进出群众进行体温检查。",
    "在张家口某村，村民王芳和老伴儿就着自家梯田搞起生态旅游。",
    # a delegation whose head the article does not name
    "交流团在法国巴黎会见了议员。代表团还访问了德国。",
    # a meeting the lead reports as held at home: who attends it later in the article may live there
    "论坛在杭州举行，嘉宾参会。与会嘉宾展开讨论。副主席王强出席会议。",
    # 在X that sets a circumstance, or inside what someone says, tells no one's whereabouts
    "上海某医院护士长王芳表示，在武汉同事的帮助下，工作很顺利。",
    "上海某医院护士长王芳，在武汉问题上很有经验。",
    "在上海某会议即将召开前夕，武汉某医院院长王芳接受了专访。",
    # a trip told as coming and dated after the publication day stays a plan in its later mention
    "应邀请，巴西总统博索纳罗将于1月24日至26日对日本进行国事访问。此系博索纳罗总统首次对日本进行国事访问。",
    "为贯彻落实习近平总书记重要指示精神，中央指导组赴湖北实地指导。",       # his instructions, the group's trip
    "副主席王强在京会见了来华参加论坛的客人。",                            # the host meets the guest who came
    "经习近平主席批准增派的医护人员全部抵达武汉。",                        # approved by him, made by others
    # 李克强 meets the guest who came to China; the guest is not named near the verb
    "新华社北京10月8日电 国务院总理李克强8日同来华出席会议的各国代表举行会谈。",
    # a team named after its place is no site the person reached
    "1月27日傍晚，菜农秦大安骑着电动三轮车，终于到达国家中医医疗队、上海医疗救援队驻地。秦大安说。",
    "儿子出生后，村民白永龙跑到武汉四处找活干。",                        # looking for work
    "厂长周运杰让采购员紧急赶往杭州，蹲守一周才买到布。",                  # someone else is sent
    "中央赴湖北指导组受习近平总书记委托来到一线。",                        # the group acts on his behalf
    "总干事王强在简报会上介绍了赴杭州考察专家组的情况。",                  # a group named by its trip
    "2019年，申亮亮生前所在旅作为工兵分队赴杭州执行任务。",                # his unit, after his death
    "她希望疫情早日结束，护士王芳也能重返武汉。",                          # a wish
    "中国女排正在北京进行封闭训练。中国女排队长朱婷说，状态不错。",          # a squad at home
    "（记者章念生、吴乐珺、胡泽曦）当地时间9日下午，代表团抵达柏林。",        # reporters credited
    "因为钢琴家安德烈·瓦兹高烧，作为替补的我在九十分钟之内赶到机场，飞到柏林。",   # the writer goes
]


@pytest.mark.parametrize("text", NOT_VISITS)
def test_not_visits(text: str) -> None:
    assert facts(text) == set()


def test_heading_gives_place_and_year_to_its_passage() -> None:
    text = "镜头一 2013年 甘肃\n\n陇原大地，天寒地冻。习近平总书记来到定西，深入乡村。\n\n镜头二 2015年 陕西\n"
    assert facts(text) == {(X, "甘肃省", 2013), (X, "定西市", 2013)}


def test_repeated_visits_are_separate_and_one_occasion_is_one_visit() -> None:
    text = ("3月23日，习近平总书记再赴雄安。这次再到雄安，习近平总书记主持召开座谈会。"
            "2017年早春，习近平总书记第一次来到雄安。2019年再赴雄安，正值转型。"
            "2023年5月，总书记第三次来到雄安。")
    visits = extract_visits(analyse(text, None))
    assert {(v.place.name, v.year) for v in visits} == {
        ("雄安新区", None), ("雄安新区", 2017), ("雄安新区", 2019), ("雄安新区", 2023)}
    current = next(v for v in visits if v.year is None)
    assert [e.sentence_index for e in current.evidence] == [0, 1]


def test_dates_and_companions() -> None:
    text = ("新华社西安10月15日电 10月14日至15日，国务院总理李克强在西安考察。"
            "肖捷、何立峰陪同考察。")
    visits = extract_visits(analyse(text, dt.date(2019, 10, 15)))
    main = next(v for v in visits if v.visitor.name == "李克强")
    assert (main.start_date, main.end_date, main.role) == (dt.date(2019, 10, 14), dt.date(2019, 10, 15), "visitor")
    assert {(v.visitor.name, v.role) for v in visits if v.role == "companion"} == {("肖捷", "companion"),
                                                                                 ("何立峰", "companion")}


def test_companions_who_take_part() -> None:
    text = "新华社杭州10月27日电 全国政协主席汪洋25日至26日在浙江调研。全国政协副主席兼秘书长夏宝龙参加调研。"
    visits = extract_visits(analyse(text, dt.date(2019, 10, 27)))
    assert {(v.visitor.name, v.place.name, v.year, v.role) for v in visits} == {
        ("汪洋", "浙江省", 2019, "visitor"), ("夏宝龙", "浙江省", 2019, "companion")}


def test_an_undated_mention_of_the_one_dated_trip_is_that_trip() -> None:
    text = "2018年10月23日，习近平总书记来到德胜村考察。\n\n村民们很高兴。\n\n习近平总书记来到德胜村村民王小明家中。"
    assert facts(text) == {(X, "德胜村", 2018)}
    # told as one trip among others, it stays apart
    assert facts(text.replace("习近平总书记来到德胜村村民", "习近平总书记又来到德胜村村民")) == {
        (X, "德胜村", 2018), (X, "德胜村", None)}


def test_a_coming_trip_whose_days_have_begun_is_under_way() -> None:
    text = "应国务院总理李克强邀请，所罗门群岛总理梅纳西·索加瓦雷将于10月8日至13日对中国进行正式访问。"
    found = {(v.visitor.name, v.place.name, v.year) for v in analyze_text(text, date=dt.date(2019, 10, 8)).facts
             if isinstance(v, Visit)}
    assert found == {("梅纳西·索加瓦雷", "中国", 2019)}
    later = [v for v in analyze_text(text, date=dt.date(2019, 10, 7)).facts if isinstance(v, Visit)]
    assert later == []          # published the day before: still a plan


def test_fallback_times() -> None:
    got = [(t.text, t.year, t.begin, t.finish) for t in fallback_times("2013年2月2日至5日；十年前；癸卯春节", 2023)]
    assert got == [("2013年2月2日至5日", 2013, dt.date(2013, 2, 2), dt.date(2013, 2, 5)),
                   ("十年前", 2013, None, None), ("癸卯春节", 2023, None, None)]


def test_trigger_lexicon_rejects_a_bad_class(tmp_path, monkeypatch) -> None:
    import graph.extract.visits.triggers as triggers

    error = lexicon_error(triggers, monkeypatch, tmp_path, "visit_triggers.txt", "来到\tgo\n")
    assert "valid: move" in str(error)
    assert lexicon().classes["来到"] == "move"


def test_pipeline_end_to_end() -> None:
    from graph.pipeline import analyze_text

    a = analyze_text("镜头一 2013年 甘肃\n\n2013年2月2日至5日，习近平总书记来到酒泉、定西、临夏、兰州等地，深入乡村、企业、社区调研考察。",
                     date=dt.date(2023, 1, 20))
    got = {(f.visitor.name, f.place.key, f.year) for f in a.facts if hasattr(f, "visitor")}
    assert (X, "cn:621100", 2013) in got
    assert (X, "cn:620000", 2013) in got


def test_an_abbreviation_place_has_its_gazetteer_level() -> None:
    # 赴鄂 stands for a province, 赴京 for a province-level city: not a region
    visits = extract_visits(analyse("副省长王五赴鄂看望医护人员。省长李四赴京出席会议。"))
    assert {(v.place.key, v.place.attr("level")) for v in visits} == {("cn:420000", "province"),
                                                                      ("cn:110000", "province")}


def _full(text: str, date: dt.date = dt.date(2020, 2, 5)) -> set[tuple]:
    """Visits of ``text`` through the whole pipeline (real gazetteer and person recogniser)."""
    from graph.pipeline import analyze_text
    return {(f.visitor.name, f.place.name, f.year) for f in analyze_text(text, date=date).facts
            if isinstance(f, Visit)}


def test_an_abbreviation_the_article_defines_in_a_dated_sentence() -> None:
    # 中哈 in an article naming 哈萨克斯坦: 访哈 is a visit there, in a dated sentence only
    text = "中国与哈萨克斯坦是友好邻邦，中哈关系不断发展。2013年9月，习近平主席访哈并提出倡议。"
    assert ("习近平", "哈萨克斯坦", 2013) in _full(text)
    assert not any(p == "哈萨克斯坦" for _, p, _y in _full(text.replace("2013年9月，", "此次")))
    # the verb naming a group of travellers is no trip
    assert _full("中国和埃及友好，中埃合作深入。2018年访埃中国公民达50万人次。") == set()
    # 来 + the abbreviation the article defines, as 来华
    assert ("王林", "哈萨克斯坦", 2018) in _full("中国与哈萨克斯坦友好，中哈合作深入。2018年，副院长王林来哈义诊。")


def test_the_person_named_after_a_trip_clause_with_titles_between() -> None:
    # after the clause's comma, the person's titles: a team sent to help, a hospital, a unit in Latin letters
    text = "到达武汉市江夏区第一人民医院才几天，江苏援鄂医疗队队长、南京某医院ICU副主任王建华已经嗓音沙哑。"
    assert ("王建华", "江夏区", 2020) in _full(text)
    # not a subject of the trip clause's own (妻子前往), nor a scene set with 在
    assert not any(p == "武汉市" for _, p, _y in _full("得知妻子前往武汉的消息，丈夫王建华发来信息。"))
    assert _full("2月8日下午，在琼海市博鳌镇某项目施工现场，负责人王建华不停接到电话。") == set()


def test_an_institution_named_after_a_city_tells_where_its_staff_come_from() -> None:
    text = "在湖北省随州市某医院，南昌大学第一附属医院主任护师王建华正为一线医务人员培训。"
    assert _full(text) == {("王建华", "随州市", 2020)}
    assert _full("在湖北省武汉市某医院，武汉大学中南医院主任护师王建华正为一线医务人员培训。") == set()


def test_training_abroad_is_a_trip_training_at_home_is_work() -> None:
    text = "其中，王建华、李国强等队员正随外教马里奥·罗西在意大利训练，张立等队员则在江苏南京训练。"
    assert _full(text) == {("王建华", "意大利", 2020), ("李国强", "意大利", 2020)}
    # a foreign coach training in his own country went nowhere
    assert _full("意大利教练马里奥·罗西在意大利训练队员。") == set()


def test_going_somewhere_to_experience_life_there() -> None:
    assert _full("1971年底，小提琴演奏家王建华曾跟随乐团到延安体验生活。") == {("王建华", "延安市", 1971)}


def test_an_undated_mention_of_a_trip_the_article_tells_as_coming_is_that_trip() -> None:
    text = ("在国家主席习近平即将开始对尼泊尔进行国事访问前夕，尼泊尔总统接受了专访。"
            "她表示，习近平主席对尼泊尔的访问，将进一步巩固两国间的信任。")
    assert not any(p == "尼泊尔" for _, p, _y in _full(text))
    # a trip told as made stays
    made = text.replace("她表示，习近平主席对尼泊尔的访问，将", "2017年，习近平主席对尼泊尔的访问，曾")
    assert ("习近平", "尼泊尔", 2017) in _full(made)


def test_the_person_accompanied_is_the_visitor_in_a_frame_after_a_time_word() -> None:
    # 「此次在金奈，」: a time word before the frame; X陪同Y参观: Y visits, the host stays home
    text = "印度总理莫迪和国家主席习近平会晤。此次在金奈，莫迪总理陪同习近平主席参观古寺庙。"
    assert _full(text, dt.date(2019, 10, 13)) == {("习近平", "印度", 2019), ("习近平", "金奈", 2019)}


def test_a_visit_to_a_company_named_with_its_city_is_a_visit_to_the_city() -> None:
    assert ("习近平", "沈阳市", 2020) in _full("总书记习近平来到沈阳第一机床厂考察。")
    # a city and its district at the head of the name: the district
    assert ("王强", "新城区", 2020) in _full("书记王强来到西安市新城区人民法院考察。")


def test_a_year_right_before_laihua_is_the_year_of_the_trip() -> None:
    assert ("特朗普", "中国", 2017) in _full("美国总统特朗普2017年来华进行国事访问。")


def test_shi_de_after_a_person_tells_how_that_person_went() -> None:
    # 是…的: the verb phrase before 的 does not modify the noun after it
    assert ("彭塞拉", "中国", 2020) in _full("柬埔寨的男孩彭塞拉是今年5月前往中国做的手术。")


def test_a_time_word_closes_the_place_list_of_a_visit() -> None:
    got = _full("美国国务卿蓬佩奥在访问哈萨克斯坦期间利用涉疆问题、中国对哈投资进行挑拨。")
    assert got == {("蓬佩奥", "哈萨克斯坦", 2020)}


def test_a_name_jieba_tags_as_another_word_before_a_title() -> None:
    assert ("周恩来", "几内亚", 1964) in _full("中几关系源远流长。1964年1月，周恩来总理访几，受到热烈欢迎。几内亚人民难忘。")


def test_qu_with_its_place_right_after_it() -> None:
    assert ("王小明", "达州市", 2019) in _full("去年，记者王小明去达州看望老战友。", dt.date(2020, 2, 5))
    assert _full("去年张三在家过年。过去北京很远。", dt.date(2020, 2, 5)) == set()


def test_traces_over_years_sum_up_travels_without_a_year() -> None:
    got = _full("副所长彭加木说。他的足迹先后踏遍云南、福建、甘肃等10多个省区。", dt.date(2019, 10, 8))
    assert got == {("彭加木", "云南省", None), ("彭加木", "福建省", None), ("彭加木", "甘肃省", None)}


def test_the_first_person_of_a_signed_contribution_is_its_author() -> None:
    text = ("国际人士谈发展成就\n"
            "　　中国发展经验弥足珍贵\n"
            "　　（埃及）西夏姆·宰迈提\n"
            "　　2015年，我陪同母亲一起去北京、西安等地旅行。\n"
            "　　（作者为某协会秘书长，本报记者采访整理）\n"
            "　　在我第一次访华时，我还年轻。\n")
    a = analyze_text(text, date=dt.date(2020, 2, 5))
    author = [m for m in a.mentions if m.kind == "person" and m.text == "西夏姆·宰迈提"]
    assert author and author[0].attr("country") == "geo:EG"      # the byline's country is the author's
    found = {(v.visitor.name, v.place.name, v.year) for v in a.facts if isinstance(v, Visit)}
    # after the closing note the 我 is no longer the author's
    assert found == {("西夏姆·宰迈提", "北京市", 2015), ("西夏姆·宰迈提", "西安市", 2015),
                     ("西夏姆·宰迈提", "中国", 2015)}


def test_the_author_is_the_subject_of_clauses_after_one_with_me_or_before_it() -> None:
    text = ("国际人士谈发展成就\n"
            "　　中国发展经验弥足珍贵\n"
            "　　（埃及）西夏姆·宰迈提\n"
            "　　在我担任部长期间，曾多次来华，前往福建、浙江考察。\n"
            "　　2012年第一次去上海时，我拍了一张照片。\n"
            "　　我告诉他们，后来去了天津。\n")
    found = _pipeline_visits(text, dt.date(2020, 2, 5))
    assert {("西夏姆·宰迈提", "福建省", None), ("西夏姆·宰迈提", "浙江省", None),
            ("西夏姆·宰迈提", "上海市", 2012)} <= found
    # a pronoun between the writer and the verb: someone else went
    assert not any(place == "天津市" for _, place, _ in found)


def test_a_foreign_writer_told_at_a_place_in_their_own_words_was_there() -> None:
    text = ("国际人士谈发展成就\n"
            "　　中国发展经验弥足珍贵\n"
            "　　（埃及）西夏姆·宰迈提\n"
            "　　2004年4月，我对中国进行国事访问。我在上海看到，许多建筑高耸入云。"
            "在北京、西安等地，我和当地官员进行深入沟通。\n"
            "　　我在开罗工作多年。\n")
    found = _pipeline_visits(text, dt.date(2020, 2, 5))
    assert {("西夏姆·宰迈提", "上海市", 2004), ("西夏姆·宰迈提", "北京市", 2004),
            ("西夏姆·宰迈提", "西安市", 2004)} <= found
    # the writer's own country and settled life are no visits
    assert not any(place == "开罗" for _, place, _ in found)


@pytest.mark.parametrize("text,expected", [
    ("2019年3月，记者王小明来到北京西站。", {("王小明", "北京市", 2019)}),   # a landmark named after its city
    ("2019年3月，记者王小明去过大城市。", set()),                           # 大城|市 is no landmark of 大城县
    ("2019年3月，记者王小明来到中山路。", set()),                           # a street named after a city
])
def test_a_landmark_named_after_its_city(text: str, expected: set) -> None:
    found = {(v.visitor.name, v.place.name, v.year) for v in analyze_text(text, date=dt.date(2020, 2, 5)).facts
             if isinstance(v, Visit)}
    assert found == expected


def _pipeline_visits(text: str, date: dt.date) -> set:
    return {(v.visitor.name, v.place.name, v.year) for v in analyze_text(text, date=date).facts
            if isinstance(v, Visit)}


@pytest.mark.parametrize("text,expected", [
    # a list of places goes on in the clauses after a comma that hold nothing else
    ("2019年10月，国务院副总理王小明先后来到那曲市比如县、色尼区，拉萨市达孜区、城关区，山南市贡嘎县，深入贫困乡村看望群众。",
     {("王小明", p, 2019) for p in ("比如县", "色尼区", "达孜区", "城关区", "贡嘎县")}),
    # ... but not into a clause that is more than places
    ("2019年10月，国务院副总理王小明来到比如县，拉萨市的干部群众热情欢迎。", {("王小明", "比如县", 2019)}),
    # a foreign guest met 在京 (Beijing), whose title is dated or ranked (前, 第二)
    ("新华社北京10月17日电  国务委员兼国防部长魏凤和17日在京与文莱国防部第二部长哈尔比举行会谈。",
     {("哈尔比", "北京市", 2019), ("哈尔比", "中国", 2019)}),
    ("国务院总理李克强17日在北京会见美国前国务卿基辛格。", {("基辛格", "北京市", 2019), ("基辛格", "中国", 2019)}),
    ("外长王毅30日在北京会见埃塞俄比亚总理特使、前总统穆拉图。", {("穆拉图", "北京市", 2019), ("穆拉图", "中国", 2019)}),
    # 「甲，和乙作为…前往」: the person before the comma is a subject too
    ("10月11日，某医疗队组长、某医院急诊科主任张大伟，和某医院院长刘清河作为第一批专家前往武汉。",
     {("张大伟", "武汉市", 2019), ("刘清河", "武汉市", 2019)}),
])
def test_lists_guests_and_joint_subjects(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 18)) == expected


@pytest.mark.parametrize("text,expected", [
    # 对某国等10个非洲国家进行访问: the country named, not the region counted after it
    ("1964年，国务院总理周小来对几内亚等10个非洲国家进行访问。", {("周小来", "几内亚", 1964)}),
    # a span over two years dates no one visit of the tour
    ("1963年底至1964年初，国务院总理周小来对几内亚进行访问。", {("周小来", "几内亚", None)}),
    # a list of places closed by a preposition opening the errand (与知名学者沟通)
    ("2019年，研究员王晓东数次奔赴上海、南京与知名学者沟通。", {("王晓东", "上海市", 2019), ("王晓东", "南京市", 2019)}),
])
def test_list_ends(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 18)) == expected


def test_a_list_after_a_colon_shares_the_place_of_its_first_person() -> None:
    text = ("　　在武汉抗疫的战场上，有一群专家的身影：72岁的中国工程院院士、天津某大学校长张大伟，"
            "64岁的中国科学院院士、中国某科学院首席研究员仝小伟，52岁的中国某科学院院长黄大鹏……他们既是院士，也是战士。")
    assert _pipeline_visits(text, dt.date(2020, 2, 26)) == {(n, "武汉市", 2020) for n in ("张大伟", "仝小伟", "黄大鹏")}
    # a list item with more than titles before the name ends the list
    text = "　　在武汉抗疫的战场上，有一群专家的身影：天津某大学校长张大伟，还有在北京坚守的院长黄大鹏。"
    assert _pipeline_visits(text, dt.date(2020, 2, 26)) == {("张大伟", "武汉市", 2020)}


def test_a_paragraph_opening_with_this_year_takes_the_year_written_before() -> None:
    text = ("　　2019年，两国关系取得了新发展。\n"
            "　　这一年，两国高层交往密切。希腊总统帕夫洛普洛斯对华进行国事访问。\n")
    assert _pipeline_visits(text, dt.date(2020, 2, 10)) == {("帕夫洛普洛斯", "中国", 2019)}
    # without the opening, an undated visit in the lead is the report's own
    assert _pipeline_visits(text.replace("这一年，", ""), dt.date(2020, 2, 10)) == {("帕夫洛普洛斯", "中国", 2020)}


def test_those_who_compete_at_the_contest_the_lead_reports_were_there() -> None:
    lead = ("　　本报北京2月27日电  当地时间26日，在卡塔尔首都多哈进行的某某网球公开赛展开单打第三轮的比赛。"
            "中国球员王小丽以2∶0战胜荷兰名将贝尔滕斯，晋级八强。\n")
    assert _pipeline_visits(lead, dt.date(2020, 2, 27)) == {
        (n, p, 2020) for n in ("王小丽", "贝尔滕斯") for p in ("多哈", "卡塔尔")}
    # a young player (小将) is no plan (将)
    young = lead.replace("中国球员王小丽", "中国小将王小丽")
    assert ("贝尔滕斯", "多哈", 2020) in _pipeline_visits(young, dt.date(2020, 2, 27))
    # far from the lead the report has moved on (other seasons, other contests)
    later = lead + "".join(f"　　第{i}段。\n" for i in range(6)) + "　　中国球员张小红以2∶1战胜对手，晋级四强。\n"
    assert not any(v[0] == "张小红" for v in _pipeline_visits(later, dt.date(2020, 2, 27)))
    # a named star (名将) still competes; a squad that will compete has not yet
    assert ("丁小宁", "多哈", 2020) in _pipeline_visits(lead.replace("中国球员王小丽", "中国名将丁小宁"), dt.date(2020, 2, 27))
    planned = lead.replace("中国球员王小丽以2∶0战胜荷兰名将贝尔滕斯，晋级八强。", "西班牙队将派出以阿尔巴·托伦斯领衔的阵容参赛。")
    assert not any(v[0] == "阿尔巴·托伦斯" for v in _pipeline_visits(planned, dt.date(2020, 2, 27)))
    # no contest in the lead: no such visit
    assert _pipeline_visits("　　中国球员王小丽以2∶0战胜荷兰名将贝尔滕斯，晋级八强。\n", dt.date(2020, 2, 27)) == set()
    # the clause of the result opens on the score: its subject is the one before it
    scored = lead.replace("中国球员王小丽以2∶0战胜", "中国球员王小丽延续了良好状态，以2∶0战胜")
    assert ("王小丽", "多哈", 2020) in _pipeline_visits(scored, dt.date(2020, 2, 27))


def test_the_leg_of_a_series_named_after_its_place_abroad() -> None:
    lead = ("　　本报北京2月10日电 （记者某某）当地时间9日，某赛季短道速滑世界杯德国德累斯顿站比赛结束。中国队收获1金2银1铜。"
            "王小威通过长距离领滑，凭借超强的体能，取得了男子1500米金牌。\n"
            "　　中国队小将曲小雨在本次比赛中表现抢眼，夺得女子500米银牌。"
            "由范小新、韩小桐组成的中国队在女子接力决赛中以第二名的成绩冲线。\n")
    found = _pipeline_visits(lead, dt.date(2020, 2, 10))
    assert {n for n, p, y in found if p == "德累斯顿" and y == 2020} == {"王小威", "曲小雨", "范小新", "韩小桐"}
    assert ("王小威", "德国", 2020) in found
    # one who speaks after the game was at it
    coach = lead + "　　中国队主教练张小全赛后表示，队员发挥出色。\n"
    assert ("张小全", "德累斯顿", 2020) in _pipeline_visits(coach, dt.date(2020, 2, 10))
    # a leg to come is no contest of the report
    planned = lead.replace("站比赛结束", "站比赛将于下周开赛")
    assert not any(p == "德累斯顿" for _, p, _y in _pipeline_visits(planned, dt.date(2020, 2, 10)))
    # 站的比赛全部结束: the same, with 的 and an adverb
    ended = lead.replace("站比赛结束", "站的比赛全部结束")
    assert ("王小威", "德累斯顿", 2020) in _pipeline_visits(ended, dt.date(2020, 2, 10))


def test_both_sides_of_a_drawn_game_at_the_lead_s_contest_but_one_at_home() -> None:
    # (the American, at home in the United States, is no visitor)
    lead = ("　　本报北京2月9日电  北京时间9日，第二届某某杯国际象棋女子精英赛在美国圣路易斯结束第二轮的角逐，"
            "中国棋手王小君经过70多回合的鏖战，与美国棋手安娜·克鲁丝在本轮弈成和局。王小君在首轮打平了乌克兰名将穆兹丘娃。\n")
    found = _pipeline_visits(lead, dt.date(2020, 2, 9))
    assert {(n, p) for n, p, _y in found if p == "圣路易斯"} == {("王小君", "圣路易斯"), ("穆兹丘娃", "圣路易斯")}


def test_a_sentence_of_a_games_report_that_names_the_wider_city() -> None:
    lead = ("　　19日上午，武汉江夏区国防园射击场馆内，紧张激烈的赛况令人屏息。男子手枪团体项目进入最后关头。\n"
            "　　武汉晴朗的天空下，由王小华、李小武组成的中国队，在空军五项飞行比赛中夺得金牌。\n")
    found = _pipeline_visits(lead, dt.date(2019, 10, 20))
    assert {("王小华", "武汉市", 2019), ("李小武", "武汉市", 2019)} <= found
    assert not any(p == "江夏区" for _, p, _y in found)       # the lead's venue is not theirs


def test_scorers_and_a_list_of_competitors_at_the_lead_s_contest() -> None:
    lead = ("　　本报北京2月7日电  7日，中国女足在澳大利亚悉尼迎来预选赛的首场比赛，球队以6∶1大胜对手。\n"
            "　　上半时，张小馨、王小珊和唐小丽先后破门，吴小燕、李小影各有一球入账。\n")
    assert _pipeline_visits(lead, dt.date(2020, 2, 7)) == {
        (n, p, 2020) for n in ("张小馨", "王小珊", "唐小丽", "吴小燕", "李小影") for p in ("悉尼", "澳大利亚")}
    # a locksmith breaking a door in (破门而入) scores nothing
    assert _pipeline_visits(lead.replace("先后破门", "破门而入"), dt.date(2020, 2, 7)) == {
        (n, p, 2020) for n in ("吴小燕", "李小影") for p in ("悉尼", "澳大利亚")}
    # a 、-list of those who enter (参赛) competes
    chess = ("　　本报北京2月6日电  2020年某某国际象棋公开赛日前在直布罗陀落幕。\n"
             "　　此次中国共有王小皓、李小荻、陈小琪等7名棋手参赛。\n")
    assert {v[0] for v in _pipeline_visits(chess, dt.date(2020, 2, 6))} == {"王小皓", "李小荻", "陈小琪"}
    # breaking a record (打破…纪录) is a result, in a clause of its own too
    record = ("　　本报北京10月22日电  第七届某某运动会于10月18日晚在湖北省武汉市开幕。10月21日，中国军人潘小程打破世界纪录，"
              "中国女选手卢小嫔以2分10秒09的成绩，打破女子在该项目的世界纪录。\n")
    assert {v[0] for v in _pipeline_visits(record, dt.date(2019, 10, 22))} == {"潘小程", "卢小嫔"}


def test_talks_held_abroad_and_who_took_part() -> None:
    # talks named at length; 华盛顿 is the capital; those who take part in the talks went too
    text = ("　　国务院副总理刘鹤与美国财政部长姆努钦在华盛顿举行新一轮中美经贸高级别磋商。\n"
            "　　外交部副部长郑泽光、商务部副部长王小文参加磋商。\n")
    assert _pipeline_visits(text, dt.date(2019, 10, 11)) == {
        (n, p, 2019) for n in ("刘鹤", "郑泽光", "王小文") for p in ("华盛顿", "美国")}
    # an international body's officer met at its seat is no visitor
    met = "　　国务院副总理刘鹤在华盛顿会见国际货币基金组织总裁格奥尔基耶娃。\n"
    assert _pipeline_visits(met, dt.date(2019, 10, 11)) == {("刘鹤", "华盛顿", 2019), ("刘鹤", "美国", 2019)}


def test_talks_the_lead_tells_under_a_dateline_abroad_are_held_at_its_place() -> None:
    lead = ("　　本报华盛顿10月10日电  当地时间10月10日上午，国务院副总理王小衡与美国贸易代表莱特希泽"
            "开始新一轮中美经贸磋商。\n")
    assert _pipeline_visits(lead, dt.date(2019, 10, 11)) == {("王小衡", "华盛顿", 2019)}
    # filed from home, the talks have no place
    assert _pipeline_visits(lead.replace("华盛顿", "北京"), dt.date(2019, 10, 11)) == set()
    # the host, met in his own country, is no visitor
    host = "　　本报华盛顿10月10日电  10日上午，美国贸易代表莱特希泽同国务院副总理王小衡举行磋商。\n"
    assert not any(v[0] == "莱特希泽" for v in _pipeline_visits(host, dt.date(2019, 10, 11)))
    # a sentence that names another country tells of more than the dateline's place
    tour = ("　　本报加德满都10月13日电  11日至13日，国家主席王小衡赴印度出席非正式会晤、"
            "对尼泊尔进行国事访问，同各方会谈。\n")
    assert ("王小衡", "加德满都", 2019) not in _pipeline_visits(tour, dt.date(2019, 10, 13))
    # nor when the sentence gives the trip a place of its own (the country visited)
    visit = "　　本报内罗毕10月19日电  中共中央委员王小衡率团访问肯尼亚，分别会见了肯尼亚国民议会代议长。\n"
    assert _pipeline_visits(visit, dt.date(2019, 10, 19)) == {("王小衡", "肯尼亚", 2019)}
    # a dateline of 2019-2022 names Kazakhstan's capital 努尔苏丹 (not 苏丹, Sudan)
    kz = "　　本报努尔苏丹10月12日电  中共中央政治局委员王小衡同哈萨克斯坦反腐败署署长会谈。\n"
    assert _pipeline_visits(kz, dt.date(2019, 10, 12)) == {("王小衡", "阿斯塔纳", 2019)}


def test_a_guest_met_after_a_relative_clause_of_the_trip_to_china_and_its_event() -> None:
    text = "新华社北京10月22日电  中央军委副主席王小衡22日在八一大楼会见来华出席第九届北京某某论坛的越南国防部长吴春生。"
    assert _pipeline_visits(text, dt.date(2019, 10, 22)) == {("吴春生", "中国", 2019), ("吴春生", "北京市", 2019)}
    # unnamed guests met are no visitors
    assert _pipeline_visits("王小衡接待访华国际政要，介绍有关情况。", dt.date(2019, 10, 22)) == set()


def test_guests_listed_after_a_relative_clause_of_their_trip() -> None:
    text = ("国务委员兼国防部长王小衡20日在北京，分别与来华出席某某论坛的柬埔寨副首相兼国防大臣迪塔班、"
            "新加坡国防部长黄小宏、乌干达国防和退役军人事务部长姆韦瓦杰会见会谈。")
    assert {v[0] for v in _pipeline_visits(text, dt.date(2019, 10, 20)) if v[1] == "中国"} == {"迪塔班", "黄小宏", "姆韦瓦杰"}
    # the host named before is no guest; a clause after the list ends it
    assert not any(v[0] == "王小衡" for v in _pipeline_visits(text, dt.date(2019, 10, 20)))
    cut = text.replace("、新加坡国防部长黄小宏", "，并听取了新加坡国防部长黄小宏")
    assert "黄小宏" not in {v[0] for v in _pipeline_visits(cut, dt.date(2019, 10, 20))}


def test_a_host_who_accompanies_a_visitor_in_their_own_country_is_no_companion() -> None:
    text = ("　　本报加德满都10月13日电  国家主席习近平11日抵达印度金奈。13日，习近平抵达尼泊尔加德满都。\n"
            "　　在金奈期间，习近平主席在印度总理莫迪陪同下参观古寺庙群。\n")
    assert not any(v[0] == "莫迪" for v in _pipeline_visits(text, dt.date(2019, 10, 11)))


def test_the_person_a_section_heading_names_opens_its_first_paragraph() -> None:
    text = ("　　今天，我们走近几位医护人员。\n　　某省人民医院护士长王小骏——\n　　“绝不退缩”\n"
            "　　1月28日下午3点抵达武汉，29日晚上接管病区。\n")
    assert _pipeline_visits(text, dt.date(2020, 2, 27)) == {("王小骏", "武汉市", 2020)}
    # without the dash the line is no heading of a section: nobody carries over
    assert _pipeline_visits(text.replace("——", "。"), dt.date(2020, 2, 27)) == set()


def test_entrants_and_those_from_elsewhere_at_the_lead_s_contest() -> None:
    lead = ("　　有这样一群人。27日至29日，第六届全国某某职业技能大赛在浙江嘉兴举行。\n"
            + "".join(f"　　第{i}段。\n" for i in range(4)))
    text = lead + "　　在竹编赛场，来自四川的选手王小碧正在编织。按摩项目的参赛选手沈小超手法娴熟。\n"
    assert _pipeline_visits(text, dt.date(2019, 10, 29)) == {("王小碧", "嘉兴市", 2019), ("沈小超", "嘉兴市", 2019)}
    # one who comes from the contest's own place came from nowhere
    assert _pipeline_visits(lead + "　　来自嘉兴的选手王小碧正在编织。\n", dt.date(2019, 10, 29)) == set()


def test_a_trip_one_failed_to_make_farther_before_the_verb() -> None:
    went = "护士王小雨作为首批医疗队员奔赴武汉，投入救治工作。"
    assert ("王小雨", "武汉市", 2020) in _pipeline_visits(went, dt.date(2020, 2, 4))
    failed = "护士王小雨虽然未能作为首批医疗队员奔赴武汉，但她已经投入门诊工作。"
    assert _pipeline_visits(failed, dt.date(2020, 2, 4)) == set()
    assert _pipeline_visits(failed.replace("未能", "没能"), dt.date(2020, 2, 4)) == set()


def test_speakers_at_a_session_of_the_lead_s_event_abroad() -> None:
    lead = "　　据新华社法国尼斯10月8日电  第四届某某文化论坛7日在法国尼斯正式开幕，300多位与会嘉宾展开对话。\n"
    guest = lead + "　　法国前总理马克·拉法尔在致辞中表示，文化交流意义重大。\n"
    assert ("马克·拉法尔", "尼斯", 2019) in _pipeline_visits(guest, dt.date(2019, 10, 9))
    # an envoy posted abroad is at work there
    envoy = lead + "　　中国驻法国大使王小野在致辞中表示，文化交流意义重大。\n"
    assert not any(v[0] == "王小野" for v in _pipeline_visits(envoy, dt.date(2019, 10, 9)))


def test_an_international_officer_speaking_at_a_meeting_abroad_not_at_the_body_s_seat() -> None:
    lead = "　　为期两天的某某问题国际会议2月18日在{}闭幕。"
    said = "联合国{}安娜·科斯塔在会上表示，应采取更多行动。\n"
    # 在会上: a session of the lead's meeting; an officer of an international body came to it
    assert {(p, y) for n, p, y in _pipeline_visits(lead.format("伊斯兰堡") + said.format("副秘书长"), dt.date(2020, 2, 19))
            if n == "安娜·科斯塔"} == {("伊斯兰堡", 2020), ("巴基斯坦", 2020)}
    # … but is at work at the body's seat (联合国教科文组织 in 巴黎)
    assert not _pipeline_visits(lead.format("巴黎") + said.format("教科文组织总干事"), dt.date(2020, 2, 19))
    # a parliament's foreign affairs committee (国际事务委员会) is no international body
    officer = "俄罗斯联邦委员会（议会上院）国际事务委员会副主席卢卡申在会上表示，应采取更多行动。\n"
    assert not any(n == "卢卡申" for n, p, y in _pipeline_visits(lead.format("莫斯科") + officer, dt.date(2020, 2, 19)))


def test_one_whose_titles_name_the_body_that_holds_the_event_abroad_was_there() -> None:
    lead = ("　　新华社吉隆坡10月29日电  某省文化旅游推介会29日晚在马来西亚首都吉隆坡举行。\n"
            "　　此次推介会由某省文化和旅游厅主办，主题是文化旅游共前进。\n")
    said = lead + "　　某省文化和旅游厅副厅长王小野表示，合作前景广阔。\n"
    assert {(p, y) for n, p, y in _pipeline_visits(said, dt.date(2019, 10, 30)) if n == "王小野"} == {
        ("吉隆坡", 2019), ("马来西亚", 2019)}
    # a body the lead names but not as the one that holds the event: a commentator elsewhere
    other = lead.replace("由某省文化和旅游厅主办", "由某省旅游协会主办") + "　　某省文化和旅游厅副厅长王小野表示，合作前景广阔。\n"
    assert not any(n == "王小野" for n, p, y in _pipeline_visits(other, dt.date(2019, 10, 30)))
    # an envoy posted there is at work
    envoy = lead + "　　某省文化和旅游厅原副厅长、中国驻马来西亚大使馆参赞王小野表示，合作前景广阔。\n"
    assert not any(n == "王小野" for n, p, y in _pipeline_visits(envoy, dt.date(2019, 10, 30)))


def test_an_event_held_here_is_at_the_place_its_sentence_opens_on() -> None:
    lead = "　　10月的杭州，金秋送爽，第四届某某合作论坛日前在这里举行。来自19个国家和地区的300余名中外嘉宾参加。\n"
    said = lead + "　　阿尔及利亚新闻部部长哈桑·拉贝德表示，期待加强交流。\n"
    assert {(p, y) for n, p, y in _pipeline_visits(said, dt.date(2019, 10, 20))} == {("杭州市", 2019), ("中国", 2019)}
    # an event still to come here is no event of the report
    assert _pipeline_visits(said.replace("日前在这里举行", "将在这里举行"), dt.date(2019, 10, 20)) == set()


def test_an_international_body_s_officer_speaking_at_the_lead_s_forum_in_china() -> None:
    lead = ("　　10月24日—25日，以“落实2030年可持续发展议程”为主题的首届某某论坛在北京召开，"
            "约500位中外来宾探讨了落实2030年议程的经验。\n")
    said = lead + "　　联合国儿童基金会副执行主任奥马尔·阿卜杜表示，中国的成就令人鼓舞。\n"
    # (a later year names a goal: the forum is this year's)
    assert {(p, y) for n, p, y in _pipeline_visits(said, dt.date(2019, 10, 28)) if n.endswith("阿卜杜")} == {
        ("北京市", 2019), ("中国", 2019)}
    # a sports federation named by its short form (国际乒联, 国际军体)
    for body in ("国际乒联", "国际军体"):
        sport = lead + f"　　{body}秘书长奥马尔·阿卜杜认为，中国的成就令人鼓舞。\n"
        assert ("北京市", 2019) in {(p, y) for n, p, y in _pipeline_visits(sport, dt.date(2019, 10, 28)) if n.endswith("阿卜杜")}
    # one who sends a video message was not there
    video = lead + "　　国际奥委会主席托马斯·巴克通过视频向论坛表示祝贺，托马斯·巴克表示，中国发挥了重要作用。\n"
    assert _pipeline_visits(video, dt.date(2019, 10, 28)) == set()
    # a Chinese state body with 国际 in its name is no international body
    home = lead + "　　国务院发展研究中心国际技术经济研究所顾问委员会主任王小光表示，要加快转型。\n"
    assert _pipeline_visits(home, dt.date(2019, 10, 28)) == set()


def test_speakers_and_panelists_at_the_meeting_the_lead_reports_abroad() -> None:
    lead = "　　本报慕尼黑2月17日电  2月14日至16日，第五十六届某某安全会议在德国南部城市慕尼黑举行。\n"
    said = lead + "　　在当天下午的一场讨论中，美国国会众议院议长佩洛西在发言中要求各国远离某公司。\n"
    assert _pipeline_visits(said, dt.date(2020, 2, 17)) == {("佩洛西", "慕尼黑", 2020), ("佩洛西", "德国", 2020)}
    # a session of the meeting 「某某参加的对话活动中」, with a list joined by 以及 and bodies before titles
    panel = lead + "　　15日，在一场美国国务卿蓬佩奥、国防部长埃斯珀以及北约秘书长斯托尔滕贝格参加的对话活动中，美方继续指责。\n"
    assert {v[0] for v in _pipeline_visits(panel, dt.date(2020, 2, 17))} == {"蓬佩奥", "埃斯珀", "斯托尔滕贝格"}
    # an international body's head speaks at its seat
    seat = "　　本报日内瓦2月5日电  某某执行委员会会议5日在瑞士日内瓦举行。\n　　世卫组织总干事谭德塞在发言中强调合作。\n"
    assert _pipeline_visits(seat, dt.date(2020, 2, 5)) == set()
    # at home a speech at a meeting told before is no visit (often told of the past)
    home = "　　本报北京9月30日电  国家体委在北京召开了誓师大会。运动员王小明作为代表在誓师大会上发言。\n"
    assert _pipeline_visits(home, dt.date(2019, 9, 30)) == set()


def test_those_listed_as_also_attending_the_lead_s_event_who_came_from_elsewhere() -> None:
    text = ("　　本报北京9月30日电  庆祝某某周年招待会30日晚在人民大会堂隆重举行。国务院副总理韩正出席招待会。\n"
            "　　出席招待会的还有：丁薛祥、王晨，香港特别行政区行政长官林郑月娥，澳门特别行政区行政长官崔世安。\n")
    # the central officials are at work in the capital; the chief executives came from elsewhere
    assert _pipeline_visits(text, dt.date(2019, 9, 30)) == {("林郑月娥", "北京市", 2019), ("崔世安", "北京市", 2019)}
    # a celebration (庆祝大会) like any meeting
    rally = ("　　本报北京10月1日电  庆祝某某成立70周年大会在京隆重举行。\n"
             "　　出席庆祝大会的还有：丁薛祥、王晨，香港特别行政区行政长官林郑月娥。\n")
    assert _pipeline_visits(rally, dt.date(2019, 10, 1)) == {("林郑月娥", "北京市", 2019)}


def test_talks_in_the_great_hall_and_who_took_part() -> None:
    text = ("　　本报北京10月25日电  国家主席习近平25日在人民大会堂同巴西总统博索纳罗会谈。\n"
            "　　丁薛祥、杨洁篪、王毅等参加。\n")
    # the guest is in Beijing; those who take part, named without titles, are at work there
    assert _pipeline_visits(text, dt.date(2019, 10, 25)) == {("博索纳罗", "北京市", 2019), ("博索纳罗", "中国", 2019)}


def test_an_ambassador_posted_to_china_attends_the_lead_s_event_at_work() -> None:
    text = ("　　本报北京10月9日电  庆祝某某周年招待会9日在人民大会堂举行。\n"
            "　　俄罗斯驻华大使杰尼索夫出席招待会并致辞，法国前总理拉法兰出席招待会。\n")
    assert _pipeline_visits(text, dt.date(2019, 10, 9)) == {("拉法兰", "北京市", 2019), ("拉法兰", "中国", 2019)}


def test_a_team_member_is_in_the_city_of_their_paragraph() -> None:
    """A city of the team's province that the member's paragraph names is where the member is."""
    lead = ("某省累计派出医疗队员——\n\n　　1月25日以来，某省先后组建12批医疗队，驰援湖北一线。\n\n　　第二段。\n\n"
            "　　第三段。\n\n　　第四段。\n\n")
    assert _pipeline_visits(lead + "　　医疗队接管了黄石市阳新县人民医院重症病房。医疗队队员李小红介绍，患者病情稳定。",
                            dt.date(2020, 2, 19)) == {("李小红", "阳新县", 2020), ("李小红", "湖北省", 2020)}
    # a city of another province is not the team's
    assert _pipeline_visits(lead + "　　李小红的家在浙江省杭州市。医疗队队员李小红介绍，患者病情稳定。",
                            dt.date(2020, 2, 19)) == {("李小红", "湖北省", 2020)}


def test_staff_of_a_hospital_elsewhere_belong_to_the_article_team() -> None:
    """In an article whose team went to help a place, a doctor or nurse of a hospital of a place outside
    it came with the team; staff of a hospital inside it are local, and a title without a place says nothing."""
    lead = "援鄂医疗队纪实——\n\n　　1月25日以来，某省先后组建12批医疗队，驰援湖北一线。\n\n"
    date = dt.date(2020, 2, 19)
    assert _pipeline_visits(lead + "　　四川攀枝花市米易县人民医院呼吸科医生刘小林接到电话。", date) == \
        {("刘小林", "湖北省", 2020)}
    assert _pipeline_visits(lead + "　　武汉市金银潭医院院长张小宇介绍了情况。", date) == set()
    assert _pipeline_visits(lead + "　　某医院呼吸科医生刘小林接到电话。", date) == set()


def test_a_hill_after_its_township_is_no_visitor() -> None:
    """「来到某县某镇白莺山考察」: a name-like hill written right after its township is no person."""
    assert _pipeline_visits("会有上万名茶商来到云县漫湾镇白莺山考察购茶。", dt.date(2020, 2, 24)) == set()


@pytest.mark.parametrize("text,expected", [
    # jieba joins a country and a leader's title into one word (日本首相, 英国首相): the country still
    # gives the leader's nationality, so a leader at home is no visitor and a guest's trip abroad stands
    ("2月28日，日本首相安倍晋三在东京会见中共中央政治局委员杨洁篪。",
     {("杨洁篪", "东京", 2020), ("杨洁篪", "日本", 2020)}),
    ("英国首相约翰逊2月27日抵达北京访问。", {("约翰逊", "北京市", 2020), ("约翰逊", "中国", 2020)}),
])
def test_a_country_joined_to_a_title(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2020, 2, 28)) == expected


@pytest.mark.parametrize("text,expected", [
    # a trip the speaker of a quotation tells in the first person, the speaker named after or before it
    ("“我曾去过北京、上海和南京等城市，惊叹于中国的快速发展。”贾瓦利说。",
     {("贾瓦利", "北京市", None), ("贾瓦利", "上海市", None), ("贾瓦利", "南京市", None)}),
    ("派出所民警李小杰说：“我们赶赴莒县将嫌疑人抓获。”", {("李小杰", "莒县", 2019)}),
    ("“我多次来到浙江，看到了很大变化。”习近平说。", {(X, "浙江省", None)}),   # many times: no one year
    # not someone else's trip, a wish, or a quotation nobody is named as saying
    ("俱乐部主席王小杰对记者表示，“我们曾有队员去中国训练，这就是合作的开始。”", set()),
    ("“我想去北京看看。”王小红说。", set()),
    ("“总书记来到我们村，大家很高兴。”王小红说。", set()),
    ("“我曾去过北京、上海等城市。”", set()),
])
def test_a_trip_told_in_the_first_person_in_a_quotation(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 15)) == expected


def test_a_chinese_official_speaking_at_the_event_abroad() -> None:
    """The lead reports an event held abroad: a speaker whose title names a Chinese body is a guest there;
    the ambassador posted there (驻) and the host are not."""
    lead = ("　　新华社地拉那10月19日电  纪录片授权播出签字仪式19日在阿尔巴尼亚首都地拉那举行。\n"
            "　　中国驻阿尔巴尼亚大使周小鼎表示，希望纪录片能为阿人民打开一扇窗口。\n"
            "　　阿尔巴尼亚广播电视台台长盖尔奇在仪式上致辞。\n")
    assert _pipeline_visits(lead + "　　中国国家广播电视总局国际合作司副司长周小红在签字仪式上致辞说，活动很重要。",
                            dt.date(2019, 10, 19)) == {("周小红", "地拉那", 2019), ("周小红", "阿尔巴尼亚", 2019)}
    assert _pipeline_visits(lead, dt.date(2019, 10, 19)) == set()


def test_a_body_jieba_names_as_the_subject_takes_no_visitor_over() -> None:
    """「民盟中央|nt 在重庆举办…，赴某陈列馆参观」: the body acts; the person of the sentence before does not."""
    text = "习近平总书记强调要团结。去年11月下旬，民盟中央在重庆举办主题教育活动，赴红岩魂陈列馆参观学习。"
    assert _pipeline_visits(text, dt.date(2020, 2, 5)) == set()


def test_guests_as_a_group_take_no_visitor_over() -> None:
    """「让各国嘉宾走进泉州古城」: a group of guests goes, not the person of the sentence before."""
    text = "导演陈小忠来到福州。本届电影节活动多角度传播中国文化，让各国嘉宾走进泉州古城。"
    assert _pipeline_visits(text, dt.date(2019, 10, 15)) == {("陈小忠", "福州市", 2019)}


def test_those_listed_with_an_envoy_at_an_event_abroad() -> None:
    """「某某、中国驻某国大使某某和各界代表逾百人出席了活动」: the official from home attended the lead's
    event (its city, the lead's more precise form of the headline's country); the envoy posted there did not."""
    text = ("某纪录片推介会在秘鲁举行\n\n"
            "　　新华社利马10月20日电  当地时间20日上午，某纪录片推介会在秘鲁首都利马举行。\n"
            "　　中国国家电影局副局长周大明、中国驻秘鲁大使梁小宇和来自秘鲁文化部等机构的代表逾80人出席了活动。\n")
    assert _pipeline_visits(text, dt.date(2019, 10, 20)) == {("周大明", "秘鲁", 2019), ("周大明", "利马", 2019)}


def test_an_athlete_who_joins_a_club_abroad() -> None:
    """Joining a foreign club is going there: 「某某抵达泰国，加盟某某俱乐部」, 「某某加盟土耳其的某某俱乐部」,
    and the club one joined, told as this season's; moving to a post at home is still no visit."""
    assert _pipeline_visits("2月3日，排球运动员李小燕抵达泰国，加盟当地一家女排俱乐部。", dt.date(2020, 2, 20)) \
        == {("李小燕", "泰国", 2020)}
    assert _pipeline_visits("2016年奥运会后，排球名将王晓红在教练的推荐下，加盟土耳其的某某银行俱乐部。",
                            dt.date(2020, 2, 20)) == {("王晓红", "土耳其", 2016)}
    assert _pipeline_visits("江西女排主攻刘小静加盟的斯洛文尼亚某某俱乐部本赛季排名垫底。", dt.date(2020, 2, 20)) \
        == {("刘小静", "斯洛文尼亚", 2020)}
    assert _pipeline_visits("排球运动员李小燕希望将来加盟意大利的俱乐部。", dt.date(2020, 2, 20)) == set()
    assert _pipeline_visits("2018年，王小军来到天城镇，加盟当地一家合作社。", dt.date(2020, 2, 20)) == set()


def test_a_name_after_an_age_said_to_hold_a_post() -> None:
    """「1998年出生的某某是某支援湖北医疗队最年轻的一位护士」: a name said to hold a post after its age."""
    text = "1998年出生的陈晓婉是浙江支援湖北医疗队最年轻的一位护士，她记录下忙碌的一天。"
    assert _pipeline_visits(text, dt.date(2020, 2, 28)) == {("陈晓婉", "湖北省", 2020)}


def test_just_arrived_at_a_place() -> None:
    """「刚到鄂州，某某就被分到…」: bare 到 after 刚/一/才 and before a comma is an arrival."""
    text = "护士王晓丽随队出发。刚到宜昌，王晓丽就被分到当地医院的感染科。"
    assert _pipeline_visits(text, dt.date(2020, 2, 27)) == {("王晓丽", "宜昌市", 2020)}
    assert _pipeline_visits("护士王晓丽刚到家，就接到了电话。", dt.date(2020, 2, 27)) == set()


def test_a_member_of_the_group_sent_named_with_posts() -> None:
    """「赴某省的检查组…」 then 「检查组成员、某委员会副主任委员某某」, and 「随队出征的某协会副主席某某」 after a
    squad's arrival: members of the group that went there."""
    text = ("检查期间，赴吉林省的执法检查组随机抽查了一所高校。\n"
            "　　检查组成员、全国人大某委员会副主任委员周晓军问院长：“有什么变化吗？”")
    assert _pipeline_visits(text, dt.date(2019, 10, 11)) == {("周晓军", "吉林省", 2019)}
    text = ("中国女排已于1月29日上午抵达新西兰。\n"
            "　　随队出征的中国足协副主席孙晓雯1月30日在接受采访时表示，球队会配合。")
    assert _pipeline_visits(text, dt.date(2020, 2, 4)) == {("孙晓雯", "新西兰", 2020)}


def test_attending_an_event_named_with_where_it_is_held() -> None:
    """「出席了(某机构)在某地举行的新闻发布会」: the event's place, written after the verb."""
    assert _pipeline_visits("前不久，工程师吴晓辉参加了国新办在武汉举行的第三场新闻发布会。", dt.date(2020, 2, 27)) \
        == {("吴晓辉", "武汉市", 2020)}
    assert _pipeline_visits("9月30日，前国务委员陈国栋出席在巴黎举行的悼念活动。", dt.date(2019, 10, 1)) \
        == {("陈国栋", "巴黎", 2019), ("陈国栋", "法国", 2019)}


def test_a_trip_that_is_the_topic_of_a_briefing() -> None:
    """「外交部28日就某某出席…并对某国进行正式访问举行吹风会」: the trip is still to come; nor is a past summit
    named after its city where the coming meeting is said to carry its results forward."""
    text = ("本报北京10月28日电  外交部28日就国务院总理王国强出席某组织会议并对乌兹别克斯坦进行正式访问举行中外媒体吹风会。"
            "王国强总理赴乌出席某组织总理会议对落实今年6月比什凯克峰会成果具有重要意义。")
    assert not any(p == "比什凯克" for _, p, _ in _pipeline_visits(text, dt.date(2019, 10, 28)))
    assert ("王国强", "乌兹别克斯坦", 2019) not in _pipeline_visits(text.split("。")[0] + "。", dt.date(2019, 10, 28))


def test_members_listed_after_a_team() -> None:
    assert _pipeline_visits("　　军队支援湖北医疗队王晓新、钟月红夫妇", dt.date(2020, 2, 20)) \
        == {("王晓新", "湖北省", 2020), ("钟月红", "湖北省", 2020)}
    # a patient the team treated is no member
    text = "　　军队支援湖北医疗队治愈患者王晓新、钟月红夫妇"
    assert _pipeline_visits(text, dt.date(2020, 2, 20)) == set()


def test_the_leader_of_a_team_sent() -> None:
    """「某某率中央赴湖北指导组深入一线」: the leader went with the team."""
    assert _pipeline_visits("国务院副总理王晓东率中央赴湖北指导组深入一线，督促武汉抓好防控。", dt.date(2020, 2, 6)) \
        == {("王晓东", "湖北省", 2020)}


def test_an_undated_visit_inside_the_one_dated_trip() -> None:
    """「某某又出现在赴湖北援助医疗队里」 (2020), then 「某某到达武汉后…」: the same trip, of its year."""
    text = "这次，护士王晓丽又出现在赴湖北援助医疗队里。王晓丽到达武汉后，跟家里都是电报式联系。"
    assert _pipeline_visits(text, dt.date(2020, 2, 19)) == {("王晓丽", "湖北省", 2020), ("王晓丽", "武汉市", 2020)}


def test_a_host_named_with_a_body_of_their_country() -> None:
    """「尼泊尔联邦议会联邦院主席某某」 is Nepali: no visitor at home in Kathmandu."""
    text = "本报加德满都10月12日电  国家主席习近平12日在加德满都下榻饭店会见尼泊尔联邦议会联邦院主席蒂米尔西纳。"
    assert {v for v, _, _ in _pipeline_visits(text, dt.date(2019, 10, 12))} == {"习近平"}


@pytest.mark.parametrize("text,expected", [
    # a central official meets or receives people outside the capital: went there
    ("新华社武汉10月19日电  国家主席王国强18日在武汉分别接见了某部队党代会代表。", {("王国强", "武汉市", 2019)}),
    ("国务院总理李建华18日在上海会见了来华访问的外宾。", {("李建华", "上海市", 2019)}),
    # an official of another province meets in Wuhan: came from elsewhere
    ("浙江省委书记张建国18日在武汉会见了湖北省客人。", {("张建国", "武汉市", 2019)}),
    # ... but not where one works: the capital for a central official, one's own province
    ("国务院总理李建华18日在北京会见了来华访问的外宾。", set()),
    ("湖北省委书记王建新18日在武汉会见了外宾。", set()),
])
def test_a_meeting_in_china_by_one_who_came_from_elsewhere(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 19)) == expected


def test_a_trip_recalled_in_china_leaves_the_report_s_trip_abroad_its_year() -> None:
    """A headline trip abroad takes the lead's year even when the speech recalls last year's meeting at
    home; those who took part in the report's activities went abroad, not to last year's place."""
    text = ("王国强同印度总理卡普尔在金奈继续举行会晤\n"
            "本报印度金奈10月12日电  国家主席王国强12日在金奈同印度总理卡普尔继续举行会晤。\n"
            "王国强指出，去年我和总理先生在武汉成功会晤以来，两国关系迈入新阶段。\n"
            "李建华、张建国等参加上述活动。")
    visits = _pipeline_visits(text, dt.date(2019, 10, 12))
    assert {("王国强", "金奈", 2019), ("王国强", "印度", 2019), ("卡普尔", "武汉市", 2018),
            ("李建华", "金奈", 2019), ("张建国", "印度", 2019)} <= visits
    assert not {v for v in visits if v[1] == "武汉市" and v[0] in ("李建华", "张建国")}


def test_a_person_named_like_a_small_foreign_town() -> None:
    """几内亚总统杜尔: 杜尔 is also a Belgian town of 17,000, too small to veto the name after a title."""
    assert _pipeline_visits("1960年，几内亚总统杜尔访华，成为首位访华的非洲国家元首。", dt.date(2019, 10, 8)) \
        == {("杜尔", "中国", 1960)}


@pytest.mark.parametrize("text,expected", [
    # a Chinese official abroad meets locals: only the official went there
    ("国务院副总理王建新在美国华盛顿会见美中贸委会会长艾伦。", {("王建新", "美国", 2019), ("王建新", "华盛顿", 2019)}),
    # ... but a guest of a third country came there too
    ("国家副主席王建新还在东京会见了巴基斯坦总统阿尔维。",
     {("王建新", "日本", 2019), ("王建新", "东京", 2019), ("阿尔维", "日本", 2019), ("阿尔维", "东京", 2019)}),
    # a host at home receives a guest, who went there
    ("瑞士联邦主席毛雷尔在伯尔尼会见国务委员兼外长王建新。", {("王建新", "瑞士", 2019), ("王建新", "伯尔尼", 2019)}),
    # the trip in a relative clause is the guest's, not the host's
    ("国务院总理李建华18日在北京会见了来华访问的法国客人。", set()),
])
def test_who_went_to_a_meeting_abroad(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 19)) == expected


def test_a_place_list_closed_by_bing() -> None:
    """「访问甲、乙、丙并在乙出席…」: 并 closes the list; its last item is visited too."""
    text = "审议王建国委员长访问阿塞拜疆、哈萨克斯坦、俄罗斯并在哈出席会议情况的书面报告。"
    assert _pipeline_visits(text, dt.date(2019, 10, 14)) >= {("王建国", p, 2019) for p in ("阿塞拜疆", "哈萨克斯坦", "俄罗斯")}


@pytest.mark.parametrize("text,expected", [
    # a 他/她 opening the sentence is the subject; the nouns after the verb are objects
    ("医生王晓丽接到了任务。当天下午，她就作为医疗队护理组组长，带着队伍抵达了武汉。", {("王晓丽", "武汉市", 2020)}),
    # ... not when the pronoun owns the subject (她父亲) or speaks
    ("医生王晓丽接到了任务。她父亲去年来到北京。", set()),
    ("医生王晓丽接到了任务。她告诉记者，父亲去年来到北京。", set()),
])
def test_a_pronoun_opening_the_sentence(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2020, 2, 4)) == expected


def test_a_contest_whose_lead_opens_with_its_place_and_local_time() -> None:
    """「英国某地当地时间2月23日，随着…战胜中国球员某某…，本次赛事落幕」: the contest's place."""
    text = ("斯诺克单局限时赛落幕\n"
            "　　英国沃特福德当地时间2月23日，随着英格兰选手霍尔特战胜中国球员王小龙，捧起冠军奖杯，本次赛事落幕。"
            "本次比赛，中国球员表现出色，王小龙、李大海2名球员晋级四强。\n"
            "　　上个月王小龙在欧洲大师赛上发挥出色，连胜马克·威廉姆斯晋级决赛。\n")
    visits = _pipeline_visits(text, dt.date(2020, 2, 25))
    assert {("王小龙", "沃特福德", 2020), ("王小龙", "英国", 2020)} <= visits
    assert not any(v[0].endswith("威廉姆斯") for v in visits)


@pytest.mark.parametrize("text,expected", [
    # a count of the places closes the list: 和丙三国
    ("俄罗斯外长拉夫罗夫近日先后访问古巴、墨西哥和委内瑞拉三国。",
     {("拉夫罗夫", p, 2020) for p in ("古巴", "墨西哥", "委内瑞拉")}),
    # a meeting named after a major foreign city frames the verb
    ("国家主席王国强同埃及总统塞西在二十国集团领导人大阪峰会期间会面。",
     {(v, p, 2020) for v in ("王国强", "塞西") for p in ("大阪", "日本")}),
])
def test_lists_closed_by_a_count_and_meetings_named_after_a_city(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2020, 2, 11)) == expected


@pytest.mark.parametrize("text,expected", [
    # names joined with their titles after them are joint subjects
    ("9月，王建国总理、李建华委员长相继访俄，全面落实两国元首达成的共识。",
     {("王建国", "俄罗斯", 2019), ("李建华", "俄罗斯", 2019)}),
    # trips counted before the verb are several occasions: no year from the report
    ("作为重要伙伴，俄罗斯总统普金两次赴华参加国际合作高峰论坛。", {("普金", "中国", None)}),
])
def test_joint_subjects_with_titles_after_and_counted_trips(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 3)) == expected


def test_a_foreign_name_jieba_reads_whole_after_a_royal_title() -> None:
    """泰国公主|诗琳通: a name of characters that do not transliterate, read whole by jieba."""
    text = "9月29日上午，国家主席王国强向泰国公主诗琳通颁授勋章。1981年，诗琳通首次访问中国。"
    assert ("诗琳通", "中国", 1981) in _pipeline_visits(text, dt.date(2019, 10, 3))


@pytest.mark.parametrize("text,expected", [
    # 我 in speech reported without quotes is the speaker named before the verb of saying
    ("王国强指出，2018年11月，我同太平洋岛国领导人在巴布亚新几内亚举行会晤，一致同意建立伙伴关系。",
     {("王国强", "巴布亚新几内亚", 2018)}),
    ("王小明表示，我去年到过北京。", {("王小明", "北京市", 2018)}),
    ("国家主席王国强指出，去年我同法国总统马克龙在广州会晤。", {("王国强", "广州市", 2018), ("马克龙", "广州市", 2018),
                                                         ("马克龙", "中国", 2018)}),
    # ... not when the sentence opens with something else before the speaker
    ("据报道，王小明表示，我去年到过北京。", set()),
])
def test_first_person_in_speech_reported_without_quotes(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2019, 10, 22)) == expected


@pytest.mark.parametrize("text,expected", [
    # a name opening its line with its team and role in brackets after it
    ("滕晓玥（军队支援湖北医疗队医生）：\n　　在这里，我们每天都很忙。", {("滕晓玥", "湖北省", 2020)}),
    # ... not a patient treated by the team
    ("患者王某（由支援湖北医疗队救治）出院了。", set()),
])
def test_a_member_with_the_team_in_brackets_after_the_name(text: str, expected: set) -> None:
    assert _pipeline_visits(text, dt.date(2020, 2, 9)) == expected


def test_those_from_elsewhere_attend_the_event_the_lead_reports_named_by_its_kind() -> None:
    lead = "本报北京10月1日电  庆祝活动10月1日晚在北京天安门广场盛大举行。"
    # 联欢活动, 颁奖仪式: the lead's event named by a modified kind
    assert ("林海", "北京市", 2020) in _full(lead + "浙江省委书记林海出席联欢活动。", dt.date(2020, 10, 2))
    assert ("林海", "北京市", 2020) in _full(lead + "浙江省委书记林海出席颁奖仪式。", dt.date(2020, 10, 2))
    # the capital's own officials were at home
    assert _full(lead + "北京市委书记林海出席联欢活动。", dt.date(2020, 10, 2)) == set()


def test_an_event_the_lead_announces_for_later_is_not_yet_attended() -> None:
    text = ("某博览会将于11月5日至10日在上海举行。国家主席习近平将于11月5日出席开幕式。"
            "外国政要认为，习近平主席连续两年出席博览会开幕式，体现了支持。")
    assert not any(p == "上海市" for _, p, _y in _full(text, dt.date(2019, 10, 30)))
    held = text.replace("将于11月5日至10日在上海举行", "11月5日在上海开幕").replace("将于11月5日", "5日")
    assert ("习近平", "上海市", 2019) in _full(held, dt.date(2019, 11, 6))


def test_a_birth_year_in_brackets_dates_the_person_not_the_trip() -> None:
    heading = "　　王丽（1995年生）——\n　　王丽是某医院的护士。2月4日，王丽跟着救援队抵达武汉。"
    assert _full(heading, dt.date(2020, 2, 17)) == {("王丽", "武汉市", 2020)}
    inline = "护士王丽（1995年生），2月4日跟着救援队抵达武汉。"
    assert _full(inline, dt.date(2020, 2, 17)) == {("王丽", "武汉市", 2020)}


def test_a_headline_trip_the_lead_tells_as_coming_is_not_yet_made() -> None:
    text = ("王林应邀赴美举行新一轮经贸磋商\n\n　　新华社北京10月8日电  国务院副总理王林将率团访问华盛顿，"
            "于10月10日至11日同美方举行新一轮磋商。")
    assert _full(text, dt.date(2019, 10, 9)) == set()
    # the days have begun by the publication day: under way
    assert ("王林", "美国", 2019) in _full(text, dt.date(2019, 10, 10))


def test_the_eve_of_a_trip_is_before_it() -> None:
    assert _full("10月11日，在对尼泊尔进行国事访问前夕，国家主席王林发表署名文章。", dt.date(2019, 10, 11)) == set()
    # the eve of going home from a trip: the trip is made
    assert ("王林", "法国", 2019) in _full("在结束对法国的访问回国前夕，王林主席接受了采访。", dt.date(2019, 10, 11))


def test_that_trip_is_the_trip_told_last() -> None:
    text = ("　　2017年，美国专家约翰·史密斯受邀前往北京参与学术会议。\n　　他说，中国的发展令人惊叹。\n"
            "　　那次访华，史密斯在上海参观了医学实验室。")
    assert ("史密斯", "上海市", 2017) in _full(text, dt.date(2020, 2, 17))


def test_a_contest_abroad_the_headline_names_with_its_city() -> None:
    text = ("多哈田径世锦赛上，收获3金3银3铜\n中国队创最佳战绩\n\n"
            "　　中国队在多哈田径世锦赛上取得了最佳战绩。\n"
            "　　创造历史的中国队选手王丽、张晓梅和陈静成为焦点。")
    found = _full(text, dt.date(2019, 10, 8))
    assert {("王丽", "多哈", 2019), ("张晓梅", "多哈", 2019), ("王丽", "卡塔尔", 2019)} <= found
    # a list item the recogniser leaves unread (a four-character name) does not end the list
    listed = _full(text.replace("张晓梅和陈静", "仁措吉姆和陈小静"), dt.date(2019, 10, 8))
    assert {("王丽", "多哈", 2019), ("陈小静", "多哈", 2019)} <= listed
    # a contest of another year
    assert not any(p == "多哈" for _, p, _y in _full(text.replace("多哈田径世锦赛上", "2015年多哈田径世锦赛上"),
                                                      dt.date(2019, 10, 8)))


def test_a_festival_of_a_year_counted_back() -> None:
    # 「4年前的春节前夕」: the festival of 2016 in a report of 2020, not this year's
    assert _full("4年前的春节前夕，习近平总书记到江西井冈山市看望慰问乡亲。", dt.date(2020, 2, 7)) == \
        {("习近平", "井冈山市", 2016)}


def test_persons_opening_the_clause_after_a_place_frame() -> None:
    # 「在X，A同B…」: a Chinese official and the foreign leader joined to him were at X, abroad
    text = "两国关系稳步发展。\n　　在金奈，国家主席王林同印度总理莫迪就地区形势深入沟通。"
    assert ("王林", "金奈", 2019) in _full(text, dt.date(2019, 10, 13))
    # a plan (将), a stand named after a place at an expo, a remote session: not there
    assert ("王林", "金奈", 2019) not in _full(text.replace("王林同", "王林将同"), dt.date(2019, 10, 13))
    expo = "国务院总理李华参观世界园艺博览会。\n　　在西藏展区，李华详细询问了藜麦的产量。"
    assert not any(p == "西藏自治区" for _, p, _y in _full(expo, dt.date(2019, 10, 10)))
    # in China, only a person from elsewhere: a central official outside the capital
    lecture = "8月16日，在新疆，宣讲团成员、全国政协文化文史和学习委员会副主任郑立新介绍了人民政协的历史。"
    assert ("郑立新", "新疆维吾尔自治区", 2019) in _full(lecture, dt.date(2019, 10, 24))
    assert _full(lecture.replace("全国政协文化文史和学习委员会副主任", "新疆维吾尔自治区政协副主席"),
                 dt.date(2019, 10, 24)) == set()


def test_speakers_at_the_event_the_lead_reports() -> None:
    lead = "新华社石家庄10月12日电  第十届华文媒体论坛12日在石家庄开幕。"
    # a central official speaking at its opening came from elsewhere; listed speakers speak too
    assert ("陈丽华", "石家庄市", 2019) in _full(lead + "全国人大常委会副委员长陈丽华在开幕式上指出，媒体作用重要。",
                                             dt.date(2019, 10, 13))
    both = lead + "学员代表、吉尔吉斯斯坦《晚报》副总编辑阿丽莎·诺娃、阿曼报业集团副总编辑哈桑·马赫迪在开幕式上发言。"
    found = _full(both, dt.date(2019, 10, 13))
    assert {("阿丽莎·诺娃", "石家庄市", 2019), ("哈桑·马赫迪", "石家庄市", 2019)} <= found
    # an appraisal is words spoken there too (如此评价)
    assert ("罗伯托·马里尼", "石家庄市", 2019) in _full(
        lead + "12日，在开幕式上，国际媒体理事会主席罗伯托·马里尼如此评价。", dt.date(2019, 10, 13))
    # the host's own official is at home; a forum of another year is another event
    assert _full(lead + "河北省副省长王明在开幕式上致辞。", dt.date(2019, 10, 13)) == set()
    assert not any(v == "陈丽华" for v, _p, _y in _full(
        lead + "全国人大常委会副委员长陈丽华在2015年的论坛上指出，媒体作用重要。", dt.date(2019, 10, 13)))


def test_speakers_listed_after_a_session_opening_the_sentence() -> None:
    lead = "本报北京10月27日电  （记者张洋）纪念某同志诞辰130周年座谈会27日在北京人民大会堂举行。\n"
    text = lead + "　　座谈会上，中央党史和文献研究院院长刘建国、北京大学党委书记陈志远、河北省委书记王东明先后发言。"
    # each speaker's own titles tell where he comes from, not those of the speakers listed before him
    assert _full(text, dt.date(2019, 10, 28)) == {("王东明", "北京市", 2019)}
    # speaking on a topic (就…发了言), listed names speaking too
    told = text.replace("先后发言", "就本地经济形势、下一步工作打算发了言")
    assert _full(told, dt.date(2019, 10, 28)) == {("王东明", "北京市", 2019)}


def test_a_general_is_no_future() -> None:
    # 将军 after a name: the 将 of a rank, not of a plan
    text = "1983年，时任国防部部长王海涛将军视察四川省绵阳市梓潼县时即兴赋诗。"
    assert ("王海涛", "梓潼县", 1983) in _full(text, dt.date(2019, 10, 28))
    assert _full(text.replace("将军视察", "将视察"), dt.date(2019, 10, 28)) == set()


def test_members_of_a_squad_that_travels() -> None:
    text = ("　　预选赛将在塞尔维亚进行。中国女篮主教练王建华表示，球队准备充分。"
            "在那场比赛中拿到23分的韩国女篮球员金秀英展现了实力。"
            "除了刘佳怡、赵雪等主力球员之外，年轻球员也将出场。"
            "球员陈敏曾入选国家队。浙江籍的陈敏受疫情影响，此次未能随球队出征。"
            "中国女篮一行已于2月1日前往塞尔维亚进行适应性训练。")
    found = _full(text, dt.date(2020, 2, 6))
    assert {("王建华", "塞尔维亚", 2020), ("刘佳怡", "塞尔维亚", 2020), ("赵雪", "塞尔维亚", 2020)} <= found
    # an opponent, and a player who stayed at home
    assert not any(v in ("金秀英", "陈敏") for v, _p, _y in found)
    # a trip still planned
    assert not any(p == "塞尔维亚" for _v, p, _y in _full(text.replace("一行已于2月1日前往", "一行将于2月10日前往"),
                                                        dt.date(2020, 2, 6)))


def test_foreign_guests_met_in_jing() -> None:
    # 在京(分别)会见: Beijing, written 京 before the verb; a title joined by 兼 still names the country
    text = ("　　新华社北京10月22日电  国务委员兼国防部长王林21日在京分别会见出席香山论坛的"
            "拉脱维亚副总理兼国防部长帕布里斯、亚美尼亚国防部长马尔科夫。")
    found = _full(text, dt.date(2019, 10, 22))
    assert {("帕布里斯", "北京市", 2019), ("马尔科夫", "北京市", 2019), ("帕布里斯", "中国", 2019)} <= found
    assert not any(v == "王林" for v, _p, _y in found)      # the host meets guests at home
    # a party's chief whose country opens the party's name: the host's 在京 says nothing of the guest's
    # nationality
    party = "　　本报北京2月27日电  某部部长王林27日在京会见塞尔维亚社会党主席、政府第一副总理兼外长米洛维奇。"
    assert {("米洛维奇", "北京市", 2020), ("米洛维奇", "中国", 2020)} <= _full(party, dt.date(2020, 2, 28))
    # the Central Military Commission's building is in the capital
    army = "　　新华社北京10月8日电  中央军委副主席王林8日在八一大楼会见巴基斯坦陆军参谋长米洛维奇。"
    assert ("米洛维奇", "北京市", 2019) in _full(army, dt.date(2019, 10, 9))


def test_a_central_official_speaking_at_a_meeting_the_dateline_places() -> None:
    text = ("某某强调扎实推进专项斗争\n\n　　本报西安10月12日电  （记者李明）中共中央政治局委员、中央政法委书记王林"
            "11日在全国专项斗争第二次推进会上强调，要坚持问题导向。")
    assert ("王林", "西安市", 2019) in _full(text, dt.date(2019, 10, 13))
    # a meeting held by video, and an official of the dateline's own province, went nowhere
    assert _full(text.replace("推进会上", "电视电话推进会上"), dt.date(2019, 10, 13)) == set()
    local = text.replace("中共中央政治局委员、中央政法委书记", "陕西省委书记")
    assert not any(v == "王林" for v, _p, _y in _full(local, dt.date(2019, 10, 13)))
    # an officer of a central party department or state office (中央宣传部, 国家某某办) works in the capital too
    office = text.replace("中共中央政治局委员、中央政法委书记", "中央宣传部副部长、国家某某办主任")
    assert ("王林", "西安市", 2019) in _full(office, dt.date(2019, 10, 13))
    # a bare 在会上 names no meeting of the lead
    recalled = ("　　2014年11月，首届某大会在浙江乌镇举行。\n　　中央军委主席王林在会上发表重要讲话强调，要加强建设。")
    assert _full(recalled, dt.date(2020, 2, 1)) == set()


def test_speakers_at_an_event_named_with_its_city() -> None:
    # the lead names the event with its city and says it opened; its speakers from elsewhere were there
    text = ("　　新华社太原10月22日电  国务院副总理王林22日出席2019年太原能源低碳发展论坛开幕式。\n"
            "　　捷克前总理索博卡、联合国副秘书长刘振华在开幕式上致辞。")
    found = _full(text, dt.date(2019, 10, 23))
    assert ("索博卡", "太原市", 2019) in found
    # an event to come is not attended yet
    coming = text.replace("22日出席2019年太原能源低碳发展论坛开幕式", "表示，2019年太原能源低碳发展论坛将于下月开幕")
    assert not any(v == "索博卡" for v, _p, _y in _full(coming, dt.date(2019, 10, 23)))


def test_a_date_without_a_year_does_not_take_the_year_of_another_person_s_trip_told_before() -> None:
    text = ("　　新华社维也纳10月18日电  10月17日，奥地利总统范德洛伦会见中共中央政治局委员王海明。\n"
            "　　王海明说，去年总统先生访华期间，两国元首确立了伙伴关系。\n"
            "　　应奥地利政府邀请，王海明率中共代表团于10月15日开始访问奥地利。\n")
    years = {(v, p): y for v, p, y in _pipeline_visits(text, dt.date(2019, 10, 18))}
    assert years.get(("王海明", "奥地利")) == 2019


def test_a_trip_of_someone_named_inside_a_quotation() -> None:
    """A quotation may report a third person's trip; its speaker is no visitor, nor are wishes."""
    day = dt.date(2019, 10, 16)
    assert _pipeline_visits("　　他说：“王海明主席在访问尼泊尔时提出了很多措施。”", day) == {("王海明", "尼泊尔", 2019)}
    assert _pipeline_visits("　　他说：“我们期待王海明主席访问尼泊尔。”", day) == set()
    assert _pipeline_visits("　　他说：“如果王海明主席再来尼泊尔，我们会很高兴。”", day) == set()


def test_a_working_group_led_by_a_named_official_is_its_leader_s_trip() -> None:
    text = ("　　新华社武汉2月6日电  国务院副总理王海明6日率中央指导组在武汉市检查疫情防控工作。\n"
            "　　江汉区是防控的关键区域之一。指导组来到江汉区疫情指挥部，看望值守人员。\n")
    assert ("王海明", "江汉区", 2020) in _pipeline_visits(text, dt.date(2020, 2, 6))


def test_a_post_said_of_the_subject_is_neither_a_reference_nor_a_subject_of_its_own() -> None:
    """「作为某医院呼吸内科主任医师，自1月27日到达武汉…」: 主任医师 says what the subject is; it does not
    point to someone else titled 主任, and the hospital in it is not the clause's subject."""
    text = ("　　呼吸科主任张海珠也在紧张工作。张海珠说，很忙。\n"
            "　　已到知天命之年的丁立民，在北京医疗队里算是“叔叔辈”的。作为首都医科大学附属北京某某医院呼吸内科主任医师，"
            "自1月27日到达武汉投入战“疫”以来，他已在这里坚守了20余天。丁立民和同事们进入病区。丁立民说，很好。\n")
    assert _pipeline_visits(text, dt.date(2020, 2, 19)) == {("丁立民", "武汉市", 2020)}


def test_attendees_listed_after_the_lead() -> None:
    lead = ("本报兰州10月12日电  （记者李青）中共中央政治局委员、中央统战部部长王晓东11日在全国某某工作推进会上强调，"
            "要做好有关工作。\n")
    found = _full(lead + "　　吴伟明、赵建华出席。", dt.date(2019, 10, 12))
    # named bare beside a central official away from the capital: central officials too, they came with him
    assert {("吴伟明", "兰州市", 2019), ("赵建华", "兰州市", 2019)} <= found
    # the host province's secretary is at home
    found = _full(lead + "　　国家民委主任陈国平、甘肃省委书记刘永红出席。", dt.date(2019, 10, 12))
    assert ("陈国平", "兰州市", 2019) in found and not any(v == "刘永红" for v, _p, _y in found)
    # a sentence that does more than list those who attended is not read so
    assert not any(v == "吴伟明" for v, _p, _y in _full(lead + "　　吴伟明、赵建华在会后出席。", dt.date(2019, 10, 12)))


def test_attendees_in_the_capital_named_bare_stay_at_home() -> None:
    lead = "本报北京10月12日电  （记者李青）中共中央政治局委员、中央统战部部长王晓东11日在全国某某工作推进会上强调，要做好有关工作。\n"
    assert not any(v == "吴伟明" for v, _p, _y in _full(lead + "　　吴伟明、赵建华出席。", dt.date(2019, 10, 12)))


def test_a_title_of_the_name_listed_before_is_not_ones_own() -> None:
    lead = "据新华社澳门10月14日电  （记者李青）第八届某某论坛14日在澳门揭幕。\n"
    text = lead + "　　全国政协副主席陈国平、澳门特区行政长官林志华、某组织秘书长马丁·科斯塔等出席论坛开幕式。"
    found = _full(text, dt.date(2019, 10, 14))
    assert ("陈国平", "澳门特别行政区", 2019) in found
    assert not any(v == "林志华" for v, _p, _y in found)   # Macao's own head, not a national official


def test_an_undated_trip_told_in_the_situation_of_the_report_takes_its_year() -> None:
    filler = "多国政府和民众通过各种方式向中国捐赠物资，表示愿同中方加强合作，共同维护地区和全球公共卫生安全。" * 10
    text = ("新华社北京2月20日电  各国纷纷以不同方式表达对中国的支持，国际组织也作出积极评价，认为中国的举措有力有效。\n"
            + "".join(f"　　{filler}\n" for _ in range(4))
            + "　　某国首相林达更是在疫情严峻时期到访中国，以示支持。")
    assert ("林达", "中国", 2020) in _full(text, dt.date(2020, 2, 20))
    # without it the text gives no year
    assert ("林达", "中国", None) in _full(text.replace("在疫情严峻时期", "曾经"), dt.date(2020, 2, 20))


def test_an_undated_trip_in_a_report_opened_by_its_dateline_is_of_the_report_s_year() -> None:
    filler = "会议听取了有关方面的工作汇报，审议了多项法律草案和决定草案，并就下一步工作作出部署。" * 10
    body = "".join(f"　　{filler}\n" for _ in range(4)) + "　　会议审议了王建华委员长访问智利、秘鲁情况的书面报告。"
    report = "新华社北京10月21日电  某委员会第十次会议21日在北京举行。\n" + body
    assert ("王建华", "智利", 2019) in _full(report, dt.date(2019, 10, 22))
    # a feature with no dateline recalls other years as freely: the trip keeps no year
    assert ("王建华", "智利", None) in _full("某委员会第十次会议近日举行，回顾了2016年以来的工作。\n" + body,
                                             dt.date(2019, 10, 22))
    assert ("王建华", "智利", None) in _full("某委员会第十次会议近日举行，回顾了去年的工作。\n" + body,
                                             dt.date(2019, 10, 22))
    # … unless it writes no other year anywhere: then it tells of its own time only
    assert ("王建华", "智利", 2019) in _full("某委员会第十次会议近日举行。\n" + body, dt.date(2019, 10, 22))


def test_the_head_of_a_forward_command_sent_to_help_a_city() -> None:
    text = "某省对口支援黄石前方指挥部总指挥李建国介绍，医疗队员来自全省58家医疗机构。"
    assert _pipeline_visits(text, dt.date(2020, 2, 19)) == {("李建国", "黄石市", 2020)}


def test_those_named_after_an_opening_event_held_at_a_place_came_there() -> None:
    text = "当地时间5日，在法国里昂举行的击剑大奖赛上，中国选手王建华获得女子重剑冠军。"
    assert _full(text) == {("王建华", "法国", 2020), ("王建华", "里昂", 2020)}
    # a player of the host country was at home, and an event after a venue's name is not held at a place
    assert _full("当地时间5日，在法国里昂举行的击剑大奖赛上，法国选手马里奥·罗西获得冠军。") == set()
    assert _full("在杭州举行的博览会上，浙江省副省长李国强表示，展会办得很好。") == set()
    text = "20日下午在杭州举行的博览会上，湖北省副省长李国强表示，展会办得很好。"
    assert _full(text) == {("李国强", "杭州市", 2020)}
    # a contest played (进行的) there; in a town the gazetteer lacks, whose country is known (a Dutch
    # player in the Netherlands is at home)
    text = "当地时间14日，在荷兰多雷赫布进行的一场室内田径邀请赛中，王建华以7秒21的成绩夺得冠军。"
    assert _full(text) == {("王建华", "荷兰", 2020), ("王建华", "多雷赫布", 2020)}
    assert _full(text.replace("王建华", "荷兰选手扬·德弗里斯")) == set()
    # a birth year told before is not the year of the contest told after it
    text = ("日前在法国里昂举行的室内田径赛中，出生于2001年的小将王建华获得冠军。"
            "当地时间2月14日，在荷兰多雷赫布进行的一场邀请赛中，李国强以7秒21的成绩夺得冠军。")
    assert ("李国强", "多雷赫布", 2020) in _full(text)


def test_results_since_the_contest_opened_weeks_before_the_report_are_of_its_year() -> None:
    text = ("巩立英夺得世锦赛金牌\n\n　　本报多哈10月4日电  （记者李青）当地时间3日晚，在2019年多哈田径世锦赛女子铅球决赛中，"
            "中国选手巩立英以19米55的成绩夺得冠军。\n　　自2017年开始，她已夺取连续3届钻石联赛总冠军。\n"
            "　　自9月27日开赛以来，中国选手佳绩不断，刘晓虹、梁小瑞分别夺得了女子20公里竞走和女子50公里竞走的金牌。")
    found = _pipeline_visits(text, dt.date(2019, 10, 5))
    assert {("刘晓虹", "多哈", 2019), ("梁小瑞", "多哈", 2019)} <= found
    # since a day years before the report (以来 after 2015年3月), the results are of no one year
    old = text.replace("自9月27日开赛以来", "自2015年3月开赛以来")
    assert not any(v == "刘晓虹" and y == 2019 for v, _p, y in _pipeline_visits(old, dt.date(2019, 10, 5)))


def test_a_headline_tour_in_a_report_filed_from_a_city_outside_the_capital() -> None:
    text = ("王晓东率中央指导组指导工作\n坚持重症轻症并重\n\n　　新华社武汉2月19日电  （记者李青）连日来，中央指导组指导地方救治患者。"
            "中共中央政治局委员、国务院副总理王晓东说，要全力以赴。\n")
    assert _pipeline_visits(text, dt.date(2020, 2, 20)) == {("王晓东", "武汉市", 2020)}
    # filed from the capital (the desk files every kind of report), or the headline names another place
    assert _pipeline_visits(text.replace("新华社武汉", "新华社北京"), dt.date(2020, 2, 20)) == set()
    assert _pipeline_visits(text.replace("坚持重症轻症并重", "加强黄冈患者救治"), dt.date(2020, 2, 20)) == set()
    # the host's own official at home
    local = text.replace("中共中央政治局委员、国务院副总理王晓东", "湖北省委书记王晓东")
    assert _pipeline_visits(local, dt.date(2020, 2, 20)) == set()


def test_a_country_s_mission_abroad_is_not_in_that_country() -> None:
    # 中国驻某国使馆: China sent the mission; a post where one stays (驻地) is no mission
    assert _full("1月下旬，萨摩亚总理图伊拉来到中国驻萨使馆，表达慰问。") == set()
    assert _full("1月下旬，萨摩亚总理图伊拉来到中国驻地，表达慰问。") == {("图伊拉", "中国", 2020)}


def test_the_topic_of_an_inspection_between_its_place_and_its_verb() -> None:
    text = "日前，王建华在福建就乡村振兴和基层党建工作开展情况进行调研。"
    assert _full(text) == {("王建华", "福建省", 2020)}


def test_an_officer_of_a_country_named_before_two_posts_joined_by_jian() -> None:
    # 柬埔寨副首相兼外交大臣某某: the country before 副首相兼 is the officer's, who came to the event abroad
    a = analyze_text("本报万象2月21日电 2月20日，第五次外长会在老挝万象举行。国务委员兼外长王明和老挝外长沙伦达共同主持，"
                     "柬埔寨副首相兼外交大臣布拉索恩、越南副总理兼外长范明山出席。", date=dt.date(2023, 2, 21))
    found = {(v.visitor.name, v.place.name) for v in a.facts if isinstance(v, Visit)}
    assert {("布拉索恩", "万象"), ("布拉索恩", "老挝")} <= found
    assert not any(name == "沙伦达" for name, _ in found)


def test_the_reporters_credited_after_a_dateline_are_no_travellers() -> None:
    from graph.pipeline import analyze
    doc = replace(make_document("本报重庆2月11日电 （王明来、刘新宇）2月11日下午，重庆市赴湖北省孝感市对口支援队出征，"
                                "158名同志火速驰援。", "t"), date=dt.date(2020, 2, 11))
    a = analyze(doc, known_names=frozenset({"刘新宇"}))
    assert "刘新宇" in {m.name for m in a.mentions if m.kind == "person"}
    assert not [v for v in a.facts if isinstance(v, Visit)]


def test_a_trip_told_in_an_age_of_history_has_no_year_of_the_report() -> None:
    a = analyze_text("上世纪70年代，某国对外友好协会秘书长安德烈·卡拉维奇首次访问中国。", date=dt.date(2023, 2, 21))
    assert {(v.visitor.name, v.place.name, v.year) for v in a.facts if isinstance(v, Visit)} == \
        {("安德烈·卡拉维奇", "中国", None)}


def test_a_head_of_state_meeting_a_guest_in_his_own_capital_made_no_trip() -> None:
    a = analyze_text("新华社贝尔格莱德10月14日电  10月14日，塞尔维亚前进党主席、总统米洛维奇在贝尔格莱德会见"
                     "中共中央书记处书记王明。", date=dt.date(2019, 10, 15))
    assert {(v.visitor.name, v.place.name) for v in a.facts if isinstance(v, Visit)} == \
        {("王明", "塞尔维亚"), ("王明", "贝尔格莱德")}
    # a capital the country table spells otherwise than the city table (Brasilia / Brasília)
    assert _full("巴西总统博索纳罗在巴西利亚会见了来访的客人。", dt.date(2019, 10, 25)) == set()


def test_a_titled_foreigner_speaking_in_a_report_on_an_event_in_china_was_there() -> None:
    lead = "新华社北京10月21日电  （记者李青）第九届某某论坛21日在北京开幕。\n"
    speech = "　　越南国防部长阿里·卡里姆表示，本届论坛的议题很重要。\n"
    assert ("卡里姆", "北京市", 2019) in _full(lead + speech, dt.date(2019, 10, 21))
    # a foreign teacher of a university in Beijing is at home there
    teacher = "　　北京某某大学加拿大籍教授阿里·卡里姆表示，本届论坛的议题很重要。\n"
    assert not any(v == "卡里姆" for v, _p, _y in _full(lead + teacher, dt.date(2019, 10, 21)))
    # voices gathered by correspondents abroad were not at the event
    compiled = "本报北京10月21日电  综合本报驻外记者报道：第九届某某论坛21日在北京开幕。\n"
    assert not any(v == "卡里姆" for v, _p, _y in _full(compiled + speech, dt.date(2019, 10, 21)))
    # nor were the voices of a roundup of reactions that names no attendee
    roundup = "国际社会热烈反响\n　　第九届某某论坛21日在北京开幕。\n"
    assert not any(v == "卡里姆" for v, _p, _y in _full(roundup + speech, dt.date(2019, 10, 21)))
    # words about something said (对某某表示肯定, 对此积极回应) are speaking too
    about = "　　越南国防部长阿里·卡里姆对本届论坛搭建的交流平台表示充分肯定。\n"
    assert ("阿里·卡里姆", "北京市", 2019) in _full(lead + about, dt.date(2019, 10, 21))
    # speaking after a visit or during an interview (在参观后表示), not after going home (在回国后表示)
    after = "　　越南国防部长阿里·卡里姆在参观采访后表示，本届论坛的议题很重要。\n"
    assert ("阿里·卡里姆", "北京市", 2019) in _full(lead + after, dt.date(2019, 10, 21))
    home = after.replace("在参观采访后", "在回国后")
    assert not any(v == "阿里·卡里姆" for v, _p, _y in _full(lead + home, dt.date(2019, 10, 21)))
    # the lead may give the place only inside the forum's name, which the place recogniser leaves unread
    named = "　　10月21日至22日，第五届北京某某论坛举行。\n"
    assert ("卡里姆", "北京市", 2019) in _full(named + speech, dt.date(2019, 10, 23))
    # (not an ordinary word that is also a county's name: 中非|合作|论坛 is no forum in 合作市)
    named = "　　10月21日至22日，第五届中非合作论坛举行。\n"
    assert not any(p == "合作市" for _v, p, _y in _full(named + speech, dt.date(2019, 10, 23)))


def test_an_official_from_elsewhere_speaking_at_the_press_conference_the_lead_reports_was_there() -> None:
    lead = "本报武汉2月28日电  （记者李青）28日下午，国新办在武汉举行新闻发布会。\n"
    speech = "　　国家卫生健康委副主任王建华介绍，救治工作进展顺利。\n"
    day = dt.date(2020, 2, 28)
    assert ("王建华", "武汉市", 2020) in _full(lead + speech, day)
    # not a Chinese official speaking in a report on another kind of event (he may speak from afar), nor
    # at a briefing held by video link, nor the host's own officials at home
    others = ["本报武汉2月28日电  （记者李青）第五届某某论坛28日在武汉开幕。\n" + speech,
              lead.replace("在武汉举行新闻发布会", "在武汉以视频方式举行新闻发布会") + speech,
              lead + "　　湖北省卫生健康委副主任王建华介绍，救治工作进展顺利。\n"]
    assert [{v for v, _p, _y in _full(text, day)} & {"王建华"} for text in others] == [set(), set(), set()]


def test_a_titled_speaker_of_a_third_country_at_an_event_the_lead_reports_abroad_was_there() -> None:
    lead = "本报慕尼黑2月15日电  （记者李青）第五届某某安全论坛14日在德国慕尼黑举行，多国外长出席。\n"
    speech = "　　印度外长阿里·卡里姆表示，多边主义很重要。\n"
    day = dt.date(2020, 2, 15)
    assert {("卡里姆", "慕尼黑", 2020), ("卡里姆", "德国", 2020)} <= _full(lead + speech, day)
    # not the host country's own people, nor words given to the reporter, nor a lead that says nobody came
    others = [lead + "　　德国外长阿里·卡里姆表示，多边主义很重要。\n",
              lead + "　　印度外长阿里·卡里姆对本报记者表示，多边主义很重要。\n",
              lead.replace("，多国外长出席", "") + speech]
    assert [{v for v, _p, _y in _full(text, day)} & {"阿里·卡里姆", "卡里姆"} for text in others] == [set(), set(), set()]


def test_an_officer_of_a_central_news_organisation_speaking_at_an_event_away_from_the_capital_came_there() -> None:
    lead = "本报深圳10月29日电  （记者李青）2019某某发展论坛29日在深圳举行。\n"
    speech = "　　人民日报社副总编辑王建华在致辞中指出，融合发展很重要。\n"
    day = dt.date(2019, 10, 30)
    assert ("王建华", "深圳市", 2019) in _full(lead + speech, day)
    # in the capital, where the paper is, he is at home
    home = lead.replace("本报深圳", "本报北京").replace("在深圳举行", "在北京举行")
    assert not any(v == "王建华" for v, _p, _y in _full(home + speech, day))


def test_an_event_the_lead_dates_last_year_is_not_the_reports_event() -> None:
    lead = "　　去年4月，第八届某某论坛在武汉举行。\n"
    speech = "　　越南国防部长阿里·卡里姆表示，论坛的议题很重要。\n"
    assert not any(v == "卡里姆" for v, _p, _y in _full(lead + speech, dt.date(2019, 10, 21)))


def test_the_members_of_a_squad_competing_in_a_contest_held_abroad_were_there() -> None:
    text = ("　　2月8日，在塞尔维亚贝尔格莱德举行的奥运会预选赛中，中国女篮以64∶62击败西班牙女篮，"
            "在韩国首尔举行的花样滑冰四大洲锦标赛上，中国组合夺冠。\n"
            "　　下半时，中国女篮经过调整，中锋张海燕在攻防两端发力。中国女篮主教练李国强说，很好。\n"
            "　　中国花滑队总教练王建军介绍，全队实行了严格的防控措施。\n")
    found = _full(text, dt.date(2020, 2, 10))
    assert {("张海燕", "贝尔格莱德", 2020), ("李国强", "贝尔格莱德", 2020)} <= found
    # the coach of another squad of the article was not with this one
    assert not any(v == "王建军" and p == "贝尔格莱德" for v, p, _y in found)
    # a contest of another year is another occasion
    earlier = text.replace("2月8日，在塞尔维亚", "2016年，在塞尔维亚")
    assert not any(p == "贝尔格莱德" for _v, p, _y in _full(earlier, dt.date(2020, 2, 10)))
    # the year of the tournament whose qualifier is played is not the year of the match
    qualifier = text.replace("举行的奥运会预选赛中", "举行的2024年巴黎奥运会女篮预选赛中")
    assert ("张海燕", "贝尔格莱德", 2020) in _full(qualifier, dt.date(2020, 2, 10))


def test_a_contest_reported_from_its_city_is_held_at_the_dateline_s_place() -> None:
    text = ("中国代表团夺金势头不减\n\n　　本报武汉10月22日电  （记者李青）22日，某某运动会进入第四个比赛日，中国代表团在田径等项目上都有金牌入账。\n"
            "　　69米34，中国选手王秋燕夺得了本届运动会中国代表团在田径项目中的首枚金牌。\n")
    day = dt.date(2019, 10, 23)
    assert ("王秋燕", "武汉市", 2019) in _full(text, day)
    # a result with the event between the verb and the title (获得50公斤级冠军)
    more = text + "　　在摔跤赛场，中国选手李红梅获得50公斤级冠军。\n"
    assert ("李红梅", "武汉市", 2019) in _full(more, day)
    # an entrant named as a member of a national team (中国队队员)
    entrant = text + "　　在上午进行的跳伞比赛中，中国队队员赵小燕表现突出。\n"
    assert ("赵小燕", "武汉市", 2019) in _full(entrant, day)
    # not a report the desk files from the capital, nor a lead that tells of no day of play
    others = [text.replace("本报武汉", "本报北京"),
              text.replace("进入第四个比赛日，中国代表团在田径等项目上都有金牌入账", "筹备工作进展顺利")]
    assert [{p for v, p, _y in _full(t, day) if v == "王秋燕"} for t in others] == [set(), set()]


def test_an_international_body_s_officer_speaking_at_an_event_in_china_came_there() -> None:
    lead = "本报北京10月9日电  （记者李青）某某博览会闭幕式10月9日晚在北京延庆隆重举行。\n"
    found = _full(lead + "　　闭幕式上，国际展览局秘书长马可·罗西、某某协会主席王建军分别致辞。", dt.date(2019, 10, 10))
    assert ("马可·罗西", "延庆区", 2019) in found
    # a Chinese body named international is at home in the capital like any other
    found = _full(lead.replace("北京延庆", "北京") + "　　闭幕式上，中国国际贸易促进委员会会长王建军致辞。", dt.date(2019, 10, 10))
    assert not any(v == "王建军" for v, _p, _y in found)
    # nor is a committee of a Chinese institute whose name holds 国际 (某中心国际某某研究所顾问委员会)
    found = _full(lead.replace("北京延庆", "北京") + "　　闭幕式上，国务院发展研究中心国际技术经济研究所顾问委员会主任王建军致辞。",
                  dt.date(2019, 10, 10))
    assert not any(v == "王建军" for v, _p, _y in found)


def test_places_listed_as_where_the_travellers_work_are_no_visits() -> None:
    text = "　　村民王建国今年50岁。2月25日，王建国乘坐专列前往上海、杭州等地返岗复工。"
    assert not _full(text, dt.date(2020, 2, 26))
    assert ("王建国", "杭州市", 2020) in _full(text.replace("返岗复工", "参观"), dt.date(2020, 2, 26))


def test_an_undated_trip_takes_the_year_its_paragraph_wrote_before_it() -> None:
    filler = "中国取得的经济社会发展成就，是人类历史上最成功的发展成就之一，值得各国研究和借鉴。" * 8
    text = ("　　（法国）让·杜邦\n" + "".join(f"　　{filler}\n" for _ in range(3))
            + "　　（俄罗斯）安德烈·彼得罗夫\n"
            "　　1985年秋天，我如愿前往某某大学交流学习。当时，中国已经开启了改革开放进程。我和同学们到了北京，感觉到了活力。\n"
            "　　1990年，我再次前往中国，去南京攻读博士学位。\n")
    found = _full(text, dt.date(2020, 2, 5))
    assert ("彼得罗夫", "北京市", 1985) in found or ("安德烈·彼得罗夫", "北京市", 1985) in found
    # trips counted or spread over years keep no year of the paragraph's
    counted = text.replace("我和同学们到了北京", "我和同学们两次到了北京")
    assert not any(y == 1985 for _v, p, y in _full(counted, dt.date(2020, 2, 5)) if p == "北京市")


def test_those_the_writer_urges_or_sends_travel_not_the_writer() -> None:
    text = ("　　（巴基斯坦）阿里·汗\n"
            "　　2019年，我和同事们参加了一个项目。我积极鼓励巴基斯坦优秀青年来华留学。\n")
    assert not any(p == "中国" for _v, p, _y in _full(text, dt.date(2020, 2, 5)))


def test_bare_go_with_what_one_went_to_do_after_the_places() -> None:
    day = dt.date(2019, 10, 16)
    assert ("张建国", "合肥市", None) in _pipeline_visits("　　董事张建国经常去安徽合肥考察交流。", day)
    # a plan is no trip
    assert _pipeline_visits("　　董事张建国打算去安徽合肥考察交流。", day) == set()


def test_bare_to_with_study_or_exchange_after_the_place() -> None:
    day = dt.date(2020, 2, 23)
    assert ("辛巴", "中国", 2011) in _pipeline_visits("　　印度学生辛巴2011年到中国学习汉语，之后考入某某大学。", day)


def test_a_witness_of_the_event_the_lead_reports_came_there_from_elsewhere() -> None:
    lead = "新华社北京10月2日电  （记者李青）庆祝大会1日在北京天安门广场隆重举行。\n"
    date = dt.date(2019, 10, 2)
    found = _full(lead + "　　湖南省某市公安局支队长王建军参加观礼，“我感到特别骄傲。”\n", date)
    assert ("王建军", "北京市", 2019) in found
    found = _full(lead + "　　法国某某商会会长陈国栋现场聆听了讲话，他表示，很受鼓舞。\n", date)
    assert ("陈国栋", "北京市", 2019) in found
    found = _full(lead + "　　马来西亚某某协会副会长陈国栋满怀喜悦地参加了70周年庆典。\n", date)
    assert ("陈国栋", "北京市", 2019) in found
    # an event of another year is another occasion
    found = _full(lead + "　　马来西亚某某协会副会长陈国栋参加了1999年的庆典。\n", date)
    assert not any(v == "陈国栋" for v, _p, _y in found)
    # watching on television is no witness at the place
    found = _full(lead + "　　法国某某商会会长陈国栋在电视上现场观看了大会，他表示，很受鼓舞。\n", date)
    assert not any(v == "陈国栋" for v, _p, _y in found)
    # nor is one of the host city, at home there
    found = _full(lead + "　　北京市某区公安局支队长王建军参加观礼，“我感到特别骄傲。”\n", date)
    assert not any(v == "王建军" for v, _p, _y in found)



def test_a_witness_telling_in_their_own_words_being_at_the_event() -> None:
    lead = "新华社北京10月2日电  （记者李青）庆祝大会1日在北京天安门广场隆重举行。\n"
    date = dt.date(2019, 10, 2)
    # the words after the verb of saying, or a quotation the person is the speaker of
    for words in ("表示，身在天安门广场，心潮澎湃。", "说，在观礼台上，目睹国旗升起，他很自豪。",
                  "表示，“我在现场深切地感受到祖国的强大。”"):
        found = _full(lead + "　　湖南省某市公安局支队长王建军" + words + "\n", date)
        assert ("王建军", "北京市", 2019) in found, words
    # words watching from afar, and words of no witness, are not
    for words in ("表示，“在电视上现场观看大会让我心潮澎湃。”", "表示，很受鼓舞。"):
        found = _full(lead + "　　湖南省某市公安局支队长王建军" + words + "\n", date)
        assert not any(v == "王建军" for v, _p, _y in found), words
    # an institution named after a city abroad gives its officer's country (法国里昂|某某商会 → 法国)
    found = _full(lead + "　　法国里昂某某商会会长陈国栋表示，“现场聆听讲话让我心潮澎湃。”\n", date)
    assert ("陈国栋", "北京市", 2019) in found
    # and the nationality of its officer, as of one named after the country (a foreigner in China)
    found = _full(lead + "　　法国里昂某某商会会长陈国栋表示，很受鼓舞。\n", date)
    assert ("陈国栋", "中国", 2019) in found


def test_titled_foreigners_speaking_in_the_report_of_a_group_tour_the_lead_tells_were_there() -> None:
    """「某研修班的学员们走进某省某市」 in the lead: a foreigner introduced with a title who speaks later
    in the report was on the tour, at its place."""
    head = "“我们看到了真实的乡村”\n"
    lead = "　　10月上旬，某某国际研修班的学员们走进江西省赣州市于都县。\n"
    speech = "　　秘鲁《新闻报》编辑卡洛斯·门多萨感叹道：“这里的变化真大！”\n"
    day = dt.date(2019, 10, 12)
    assert {("卡洛斯·门多萨", "于都县", 2019), ("卡洛斯·门多萨", "中国", 2019)} <= _full(head + lead + speech, day)
    # not when the lead tells no group's trip, nor a trip of another year, nor a speaker at home in China
    others = [head + "　　10月上旬，江西省赣州市于都县的学员们变化很大。\n" + speech,
              head + lead.replace("10月上旬", "2015年10月") + speech,
              head + lead + speech.replace("秘鲁《新闻报》编辑", "于都县某中学外籍教师")]
    assert [{v for v, _p, _y in _full(text, day)} & {"卡洛斯·门多萨"} for text in others] == [set(), set(), set()]


def test_without_hesitation_is_no_negation() -> None:
    """毫不犹豫 holds a 不 that negates nothing of the trip; a plain 不 before the verb still does."""
    day = dt.date(2020, 2, 20)
    assert _full("　　护士王晓丽毫不犹豫地赶赴武汉。\n", day) == {("王晓丽", "武汉市", 2020)}
    assert _full("　　医生王晓丽是西安某医院副主任，她毫不犹豫地加入省首批驰援湖北医疗队。\n", day) \
        == {("王晓丽", "湖北省", 2020)}
    assert _full("　　护士王晓丽不赶赴武汉。\n", day) == set()


def test_a_rush_to_a_city_is_a_trip_but_not_to_a_village() -> None:
    # 赶到 (a "far" verb): a city or province reached in haste, a modifier before it allowed
    assert ("王建华", "岳阳市", 1998) in _full("1998年夏，王建华赶到汛情严重的岳阳，和群众一同抗洪。")
    assert ("李小红", "长沙市", 2020) in _full("护士李小红连夜赶到长沙，投入救治工作。")
    # a village, town or neighbourhood reached in haste is often a local errand
    assert _full("天刚亮，李小红就赶到平江县某镇某村，为村民送药。") == set()


def test_an_adjective_opening_a_quoted_clause_is_no_subject() -> None:
    # 近的/远的 (the near ones, the far ones): the speaker's own trips, told without a subject (and
    # 不少, many, negates nothing)
    text = "“这几年走了不少地方，近的去了省内的苏州，远的跑到昆明。”王秀英说。"
    assert {("王秀英", "苏州市"), ("王秀英", "昆明市")} <= {(v, p) for v, p, _y in _full(text)}
    # a noun still is a subject of its own: the son went, not the speaker
    assert not any(p == "苏州市" for _, p, _y in _full("“孙女去了省内的苏州。”王秀英说。"))


def test_a_relative_after_the_speakers_i_is_the_one_who_went() -> None:
    # 我儿子去了…: the son went, not the speaker; 我去了… is the speaker's own trip
    assert not any(p == "苏州市" for _, p, _y in _full("“我儿子去了省内的苏州。”王秀英说。"))
    assert not any(p == "苏州市" for _, p, _y in _full("“我同事前往苏州支援。”王秀英说。"))
    assert any(p == "苏州市" for v, p, _y in _full("“我去了省内的苏州。”王秀英说。") if v == "王秀英")


def test_a_contest_whose_lead_opens_on_its_venue() -> None:
    # 「某日晚，某市某体育中心游泳馆内，…比赛…」: the places before the venue are the contest's
    text = ("游泳比赛中国队再添金牌\n\n"
            "　　10月20日晚，长沙某某体育中心游泳馆内，200米自由泳项目是当晚某某运动会游泳比赛的重头戏。"
            "中国选手王秋燕和李红梅分别获得女子、男子冠军。\n")
    day = dt.date(2019, 10, 21)
    assert {("王秋燕", "长沙市", 2019), ("李红梅", "长沙市", 2019)} <= _full(text, day)
    # not a lead that opens on a place with no venue, nor a venue with no contest told
    for other in (text.replace("体育中心游泳馆内", "街头"),
                  text.replace("200米自由泳项目是当晚某某运动会游泳比赛的重头戏", "市民们正在锻炼身体")):
        assert not any(p == "长沙市" for _v, p, _y in _full(other, day))


def test_the_i_of_a_section_signed_with_the_authors_post_in_brackets() -> None:
    text = ("心系人民\n\n　　李大海（中国作家协会副主席）\n"
            "　　2017年，我带领青年作家深入西藏采风。\n"
            "　　我家从爷爷那辈开始来到大连，居住在大连。\n")
    found = _full(text, dt.date(2019, 10, 17))
    assert ("李大海", "西藏自治区", 2017) in found
    # 我家 (my family) moved there: not the writer's trip
    assert not any(p == "大连市" for _v, p, _y in found)


def test_a_chinese_leader_titled_zhuxi_after_the_name_meeting_away_from_the_capital() -> None:
    # 某某主席 (主席 after the name) is the state's chair, at home only in the capital
    text = "去年4月，王建国主席同某国总理阿卜杜拉在武汉举行首次非正式会晤。"
    assert ("王建国", "武汉市", 2018) in _full(text, dt.date(2019, 10, 11))
    assert not any(v == "王建国" for v, _p, _y in _full(text.replace("武汉", "北京"), dt.date(2019, 10, 11)))


def test_the_leader_whose_letter_is_read_is_not_the_speaker() -> None:
    # 宣读某某主席致大会的贺信并致辞: the letter is his, the speech is the reader's
    text = ("本报青岛10月19日电  某某峰会19日在山东青岛开幕。国务院副总理李大海出席开幕式，"
            "宣读王建国主席致大会的贺信并致辞。")
    found = _full(text, dt.date(2019, 10, 20))
    assert not any(v == "王建国" for v, _p, _y in found)
    # nor is a body's chair named after 主席 the leader titled 主席 elsewhere in the text
    text = ("王建国主席致信祝贺。本报温州10月26日电  某某大会26日在浙江温州开幕。"
            "全国政协副主席、中国科协主席万钢宣读贺信并致辞。")
    assert not any(v == "王建国" for v, _p, _y in _full(text, dt.date(2019, 10, 27)))


def test_going_to_a_place_to_carry_out_work() -> None:
    # 到某地开展… (bare 到 with what is done there), as 到某地调研/支援
    text = "李大海、王建华两位院士领衔的专家团队到长沙开展救治工作。"
    assert {("李大海", "长沙市"), ("王建华", "长沙市")} <= {(v, p) for v, p, _y in _full(text)}
    # 达到/做到 are no trips
    assert _full("今年的救治工作做到长沙开展的水平。") == set()


def test_a_game_begun_abroad_and_its_starting_line_up() -> None:
    lead = "　　当地时间6日，某某奥运会女篮预选赛比赛在塞尔维亚贝尔格莱德开始。中国女篮战胜英国女篮。\n"
    play = "　　本场比赛，中国女篮的先发阵容为孙小雯、邵丽、钱梦。替补上场的中国队中锋韩小旭成为亮点。\n"
    found = _full(lead + play, dt.date(2020, 2, 7))
    assert {(v, "贝尔格莱德", 2020) for v in ("孙小雯", "邵丽", "钱梦", "韩小旭")} <= found
    # a start told in a quotation is no contest's place (「我们是在西班牙开始集训的」)
    quoted = ("　　2月18日晚，北京某某队在亚冠联赛小组赛中亮相。主教练张小全赛前表示，“我们是在西班牙开始集训的。”\n"
              "　　比赛中，中国队中锋韩小旭表现出色。\n")
    assert not any(v == "韩小旭" for v, _p, _y in _full(quoted, dt.date(2020, 2, 20)))


def test_the_leg_of_a_series_held_in_a_country_is_at_its_city() -> None:
    text = ("　　北京时间9日凌晨，在德国举行的某某室内巡回赛杜塞尔多夫站的比赛中，20岁的瑞典选手安德森以6米17的成绩夺冠。\n")
    found = _full(text, dt.date(2020, 2, 10))
    assert {("安德森", "杜塞尔多夫", 2020), ("安德森", "德国", 2020)} <= found
    # a leg in another country's city is not the held country's
    other = text.replace("在德国举行", "在波兰举行")
    assert not any(p == "杜塞尔多夫" for _v, p, _y in _full(other, dt.date(2020, 2, 10)))


def test_a_frame_s_list_goes_on_after_a_site_the_gazetteer_lacks() -> None:
    text = "国务院总理李克强到湖南某某洞村、福建宁德考察扶贫工作。"
    assert {("李克强", "湖南省", 2019), ("李克强", "宁德市", 2019)} <= _full(text, dt.date(2019, 10, 18))
    # an item that opens with no place ends the list: the frame holds no place then
    other = "国务院总理李克强到湖南某某洞村、有关企业考察扶贫工作。"
    assert not any(p == "宁德市" for _v, p, _y in _full(other, dt.date(2019, 10, 18)))


def test_the_speech_of_a_trip_is_no_trip_of_the_report_s_year() -> None:
    text = "　　全力推动习近平总书记视察江西重要讲话精神落地生根。\n"
    found = _full(text, dt.date(2020, 2, 17))
    assert ("习近平", "江西省", None) in found and ("习近平", "江西省", 2020) not in found


def test_an_opening_frame_of_an_event_held_named_after_its_city() -> None:
    text = "　　在2019年10月13日举行的芝加哥马拉松上，肯尼亚选手基普罗蒂奇以2小时14分04秒的成绩夺得女子组冠军。\n"
    found = _full(text, dt.date(2020, 2, 27))
    assert {("基普罗蒂奇", "芝加哥", 2019), ("基普罗蒂奇", "美国", 2019)} <= found
    # a frame that names no event after its place is no such frame (在…举行的会议上 names none)
    other = "　　在2019年10月13日举行的会议上，肯尼亚选手基普罗蒂奇夺得女子组冠军。\n"
    assert not any(p == "芝加哥" for _v, p, _y in _full(other, dt.date(2020, 2, 27)))


def test_a_trip_passage_does_not_go_on_where_others_act() -> None:
    text = ("　　在2019年10月13日举行的芝加哥马拉松上，中国选手张小三以2小时14分04秒的成绩夺得女子组冠军。"
            "2019年2月9日，在美国克莱姆森举行的一场室内田径比赛中，来自美国某大学的甲乙丙、丁戊己以3分01秒的成绩夺得冠军。\n")
    found = _full(text, dt.date(2020, 2, 27))
    assert ("张小三", "芝加哥", 2019) in found and not any(p == "克莱姆森" for _v, p, _y in found)


def test_a_quoted_name_between_a_frame_s_place_and_its_verb() -> None:
    text = "4月16日，习近平总书记在重庆召开解决“两不愁三保障”突出问题座谈会时指出，要逐一研究。"
    assert ("习近平", "重庆市", 2019) in _full(text, dt.date(2019, 10, 17))
    # a time after the place (在英国“脱欧”后) is no frame of the verb
    after = "法国总统马克龙近日对波兰进行了访问。波兰外长表示，马克龙在英国“脱欧”后立即对波兰进行访问。"
    assert not any(p == "英国" for _v, p, _y in _full(after, dt.date(2020, 2, 10)))


def test_an_event_that_closed_at_a_place_and_a_national_organisation_s_official_there() -> None:
    lead = ("　　本报嘉兴10月29日电  由某部主办的第六届全国某某技能大赛在浙江嘉兴落幕，50位选手脱颖而出。\n"
            "　　中国残联副主席王小凯在闭幕式上表示，大赛的举办将激发热情。\n")
    assert ("王小凯", "嘉兴市", 2019) in _full(lead, dt.date(2019, 10, 30))
    assert ("王小凯", "嘉兴市", 2019) in _full(lead.replace("中国残联", "中国记协"), dt.date(2019, 10, 30))
    # the same official at an event held in the capital is at work
    capital = lead.replace("本报嘉兴", "本报北京").replace("在浙江嘉兴落幕", "在北京落幕")
    assert not any(v == "王小凯" for v, _p, _y in _full(capital, dt.date(2019, 10, 30)))


def test_a_contest_framed_by_its_year_and_the_place_it_is_named_after() -> None:
    lead = ("　　本报北京2月9日电  北京时间9日，在2020年美国某某巡回赛中，中国单板滑雪选手王小宇以92分的成绩获得冠军。\n"
            "　　今年的比赛共有8位选手参加，除了王小宇外，西班牙选手卡斯特罗等都获得了参赛资格。\n")
    found = _full(lead, dt.date(2020, 2, 10))
    assert {("王小宇", "美国", 2020), ("卡斯特罗", "美国", 2020)} <= found
    # a contest of another year named so is no contest of the report
    assert not any(p == "美国" for _v, p, _y in _full(lead.replace("在2020年", "在2015年"), dt.date(2020, 2, 10)))
    # the opening frame of a sentence: 在<year><city><contest>中，
    doha = ("　　本报多哈10月4日电  当地时间3日晚，在2019年多哈田径世锦赛女子铅球决赛中，"
            "中国选手、卫冕冠军王小娇以19米55的成绩夺冠。\n")
    assert ("王小娇", "多哈", 2019) in _full(doha, dt.date(2019, 10, 4))


def test_a_point_of_view_is_no_place() -> None:
    text = ("中国驻美大使呼吁——\n\n　　本报洛杉矶2月4日电  中国驻美国大使王天明日前在一场论坛上表示，中美应加强协调。\n"
            "　　王天明说，中美关系处在重要关口。\n　　在美国眼中，世界究竟能不能成一个命运共同体？\n")
    assert not any(p == "美国" for _v, p, _y in _full(text, dt.date(2020, 2, 5)))


def test_a_moment_of_a_place_s_people_is_no_place() -> None:
    # a trip passage abroad: a frame 「在<place>…的关键时刻，」 is a time, not the place of the trip
    lead = "　　本报慕尼黑2月14日电  2月14日，国务委员兼外长王小明在慕尼黑会见德国总统卡尔·穆勒。\n"
    moment = lead + "　　卡尔·穆勒表示，在中国人民抗击疫情的关键时刻，我代表德国人民表示慰问。\n"
    assert ("王小明", "慕尼黑", 2020) in _full(moment, dt.date(2020, 2, 15))
    assert not any(v == "王小明" and p == "中国" for v, p, _y in _full(moment, dt.date(2020, 2, 15)))


def test_a_frame_at_a_village_and_the_feature_s_one_dated_day() -> None:
    # a long feature revisiting a village: the leader's day there is dated once, years before the
    # report; a 「在<village>，某某指出」 beyond the lead is that day, not the report's year
    text = ("古村新貌（回访）\n——回访威信县双河苗族彝族乡青石大塆\n"
            "　　离开县城，乘车进山，见绿缓缓涌上来，又缓缓伏下去，半小时后，青石大塆到了，村口的池塘映着黑瓦黄墙。\n"
            "　　2018年5月6日，王小川总书记沿着村间小路，走进一家家小店，了解乡村旅游和乡村振兴的情况。\n"
            "　　转机起于2014年。那一年，村子入选传统村落名录，县里随后规划发展全域旅游，为村里修路排水。\n"
            + "　　如今，村里的小店越开越多，游客络绎不绝，乡亲们的日子越过越红火，外出的年轻人也陆续回来了。\n" * 30 +
            "　　在青石大塆，王小川总书记指出，依托红色文化资源和绿色生态资源发展乡村旅游，是振兴乡村的好做法。\n")
    found = _full(text, dt.date(2020, 2, 17))
    assert ("王小川", "青石大塆", 2018) in found
    assert not any(y == 2020 for _v, _p, y in found)
    # a point of view held in a village (在某村党支部书记某某看来) is no frame
    view = "　　在威信县双河苗族彝族乡偏岩村党支部书记李小田看来，王小川总书记的讲话道出了群众心声。\n"
    assert not any(v == "王小川" for v, _p, _y in _full(view, dt.date(2020, 2, 6)))


def test_a_contest_named_after_its_city_told_as_played_in_the_lead() -> None:
    # filed from the capital: the lead names the contest after its city abroad and tells it as played;
    # both players of each doubles pair (甲/乙) competed there
    text = ("某城网球赛女双比赛\n\n　　本报北京2月19日电  当地时间18日，迪拜网球锦标赛展开女双首轮的争夺，"
            "中国组合王小帅/韩小蕴以2∶1战胜跨国组合沃拉科娃/利斯卡，晋级次轮。\n")
    found = _full(text, dt.date(2020, 2, 19))
    assert {(v, "迪拜", 2020) for v in ("王小帅", "韩小蕴", "沃拉科娃", "利斯卡")} <= found
    # a contest of another year so named is none of the report's
    past = _full(text.replace("迪拜网球锦标赛展开", "2018年迪拜网球锦标赛展开"), dt.date(2020, 2, 19))
    assert not any(p == "迪拜" for _v, p, _y in past)



def test_a_paragraph_that_opens_on_an_event_abroad_and_its_foreign_speakers() -> None:
    text = ("国际社会呼吁加强合作\n\n　　本报北京2月17日电  联合国秘书长日前表示，中国政府为抗击疫情付出了巨大努力。\n"
            "　　欧洲议会日前在法国斯特拉斯堡举行全会，其间就疫情议题进行辩论。欧盟委员会负责平等事务的委员海伦娜·达尔表示，"
            "欧委会已采取切实措施。\n")
    found = _full(text, dt.date(2020, 2, 18))
    # (a full transliterated name is keyed by its family name when jieba reads that as a name)
    assert {("达尔", "斯特拉斯堡", 2020), ("达尔", "法国", 2020)} <= found
    # words to the paper's reporter, or an event to come, put no one there
    assert not any(v == "达尔" for v, _p, _y in _full(text.replace("达尔表示", "达尔对本报记者表示"), dt.date(2020, 2, 18)))
    assert not any(v == "达尔" for v, _p, _y in _full(text.replace("日前在法国", "将于下月在法国"), dt.date(2020, 2, 18)))


def test_one_who_narrowly_loses_at_the_lead_s_contest_and_the_winner() -> None:
    text = ("国际象棋世界杯赛\n\n　　本报北京10月7日电  2019年国际象棋男子世界杯赛决赛日前在俄罗斯结束。"
            "中国棋手丁小人在快棋加赛中惜败于阿塞拜疆棋手拉迪科夫，获得亚军。\n")
    assert {("丁小人", "俄罗斯", 2019), ("拉迪科夫", "俄罗斯", 2019)} <= _full(text, dt.date(2019, 10, 7))


def test_a_clause_that_introduces_someone_new_is_not_the_previous_name_s() -> None:
    # 「…甲，还有刚刚在多哈…夺得冠军的乙」: the one who won is 乙 (here unread), never 甲
    text = ("　　本报北京10月17日电  本届运动会，俄罗斯队中有不少名将，有女子花剑个人冠军格拉佐娃，"
            "还有刚刚在多哈田径世锦赛夺得女子跳高冠军的某某某。\n")
    assert not any(v == "格拉佐娃" and p == "多哈" for v, p, _y in _full(text, dt.date(2019, 10, 17)))


def test_a_frame_of_a_trip_passage_whose_clause_names_its_own_subject() -> None:
    # in a passage about one athlete's trips, 「在美国某城进行的…邀请赛中，乙以…夺得」 is 乙's, not hers
    text = ("　　本报北京2月19日电  中国女子撑竿跳高选手徐小琴近来状态不错，当地时间2月15日，她在法国兰斯举行的一场比赛中摘得银牌。\n"
            "　　取得佳绩的不止徐小琴一人。当地时间2月14日，在美国华盛顿进行的一场室内田径邀请赛中，梁小晶以7秒21的成绩夺得女子60米项目的冠军。\n")
    found = _full(text, dt.date(2020, 2, 20))
    assert ("徐小琴", "兰斯", 2020) in found
    assert not any(v == "徐小琴" and p == "华盛顿" for v, p, _y in found)


def test_the_opponent_faced_at_the_lead_s_contest() -> None:
    # 「甲的对手是…球员乙」「丙面对…球员丁」: the opponents named so competed there too
    text = ("　　本报北京2月10日电  2020某某国际网球巡回赛10日在泰国展开女单首轮的较量，中国选手郑小赛和尤小迪击败各自对手。\n"
            "　　4号种子郑小赛的对手是世界排名第183位的塞尔维亚球员科斯蒂卡，郑小赛进入状态较慢。"
            "世界排名第210位的中国球员尤小迪面对从资格赛突围的澳大利亚球员佩雷纳，最终获胜。\n")
    found = _full(text, dt.date(2020, 2, 11))
    assert {("科斯蒂卡", "泰国", 2020), ("佩雷纳", "泰国", 2020), ("郑小赛", "泰国", 2020)} <= found


def test_staff_listed_after_what_they_do_at_a_place_of_the_article_s_team() -> None:
    # an article of a team sent to 湖北: 「在武汉参与抗击疫情的一线医护人员甲、乙等4位同志」 were at 武汉
    text = ("　　本报北京2月25日电  2月25日，某某大学第三医院支援湖北医疗队临时党总支召开党员发展大会。"
            "在武汉参与抗击新冠肺炎疫情的一线医护人员沈小宁、张佳楠、李小云等3位同志成为预备党员。\n")
    found = _full(text, dt.date(2020, 2, 26))
    assert {("沈小宁", "武汉市", 2020), ("李小云", "武汉市", 2020), ("张佳楠", "湖北省", 2020)} <= found
    # not without the article's team sent there
    alone = "　　本报北京2月25日电  在武汉参与抗击新冠肺炎疫情的一线医护人员沈小宁、张佳楠等同志成为预备党员。\n"
    assert not any(v == "沈小宁" for v, _p, _y in _full(alone, dt.date(2020, 2, 26)))


def test_titles_before_a_name_never_hold_another_name_and_its_office() -> None:
    # 「王小川总书记先后走进村民|阿木家」: 总书记 is 王小川's, so the villager at home in his village is no visitor
    text = ("　　2018年2月，王小川总书记先后走进村民吉洛也求、节别阿木两户贫困家庭看望。\n"
            "　　在威信县双河苗族彝族乡偏岩村安置点，村民吉洛也求家传出了清脆悦耳的童音。\n")
    assert not any(v.startswith("吉洛") for v, _p, _y in _full(text, dt.date(2019, 10, 1)))


def test_the_envoy_of_a_title_holder_is_not_the_holder() -> None:
    # 「某某先生作为总统特使访华」: the envoy came, not the president the article names elsewhere
    text = ("　　新华社北京2月27日电  国务院副总理王小华27日在中南海会见捷克总统特使、总统府办公厅主任米纳卡。\n"
            "　　王小华表示，米纳卡先生作为总统特使访华，带来捷方的慰问。米纳卡代表泽卡总统向中方表达慰问。\n")
    found = _full(text, dt.date(2020, 2, 28))
    assert ("米纳卡", "中国", 2020) in found
    assert not any(v == "泽卡" for v, _p, _y in found)


def test_the_place_in_the_name_of_the_event_attended_but_not_of_a_qualifier() -> None:
    day = dt.date(2020, 2, 20)
    found = _full("　　国家主席王林出席二十国集团领导人约翰内斯堡峰会。", day)
    assert ("王林", "约翰内斯堡", 2020) in found
    # a qualifier of a tournament named after its city is played elsewhere
    found = _full("　　澳大利亚女足主教练米洛维奇19日公布了参加东京奥运会亚洲区预选赛附加赛的球员名单。", day)
    assert not any(p == "东京" for _v, p, _y in found)


def test_a_place_in_the_standings_of_the_lead_s_contest_is_a_result() -> None:
    text = ("　　本报北京2月6日电  （记者李青）国际滑联某某锦标赛于6日在韩国首尔开赛。"
            "在双人滑短节目的较量中，中国选手王小梅/李小军以75.96分排名第二。\n")
    found = _pipeline_visits(text, dt.date(2020, 2, 7))
    assert {("王小梅", "首尔", 2020), ("李小军", "首尔", 2020)} <= found
    # a world ranking describes a player; it tells of no result
    ranked = text.replace("在双人滑短节目的较量中，中国选手王小梅/李小军以75.96分排名第二。",
                          "赛前，世界排名第三的王小梅表示，状态不错。")
    assert not any(v == "王小梅" for v, _p, _y in _pipeline_visits(ranked, dt.date(2020, 2, 7)))


def test_a_list_of_leader_titles_before_a_foreign_name_refers_to_no_one_else() -> None:
    text = ("　　本报万象2月20日电  （记者李青）2月20日，老挝人民革命党中央总书记、国家主席本米洛在万象会见国务委员兼外长李华。\n"
            "　　本米洛请李华转达对王林总书记的问候，王林总书记表示感谢。\n")
    found = _full(text, dt.date(2020, 2, 21))
    assert ("李华", "万象", 2020) in found
    # 总书记 belongs to the name after 、国家主席: not China's head of state named later
    assert not any(v == "王林" for v, _p, _y in found)


def test_results_a_few_paragraphs_after_the_lead_are_at_its_contest() -> None:
    lead = "　　本报北京2月10日电 （记者某某）当地时间9日，某赛季短道速滑世界杯德国德累斯顿站比赛结束。中国队收获1金2银1铜。\n"
    filler = "　　比赛中，队员们表现稳定，教练组对成绩表示满意。\n"
    result = "　　女子1000米决赛中，中国选手曲小雨夺得银牌。\n"
    found = _pipeline_visits(lead + filler * 4 + result, dt.date(2020, 2, 10))
    assert ("曲小雨", "德累斯顿", 2020) in found
    # further on, a report turns to other contests and seasons
    assert not any(v == "曲小雨" for v, _p, _y in _pipeline_visits(lead + filler * 6 + result, dt.date(2020, 2, 10)))


def test_the_chair_of_a_national_body_seated_in_the_capital_attends_at_home() -> None:
    text = ("　　本报北京10月25日电  （记者李青）25日，中国奥委会在北京举行了纪念某某40周年座谈会。"
            "中国奥委会主席王林参加座谈会并讲话。\n")
    assert not any(v == "王林" for v, _p, _y in _full(text, dt.date(2019, 10, 26)))
    # in a province's capital he came from elsewhere
    away = text.replace("本报北京", "本报成都").replace("在北京举行", "在成都举行")
    assert ("王林", "成都市", 2019) in _full(away, dt.date(2019, 10, 26))


def test_a_central_officer_briefing_at_the_lead_s_event_abroad_was_there() -> None:
    text = ("　　本报印度金奈10月12日电  （记者李青）2019年10月11日至12日，国家主席王林同印度总理米迪在印度金奈举行非正式会晤。"
            "会晤结束后，外交部副部长赵小明向媒体介绍了会晤情况。\n")
    assert ("赵小明", "金奈", 2019) in _full(text, dt.date(2019, 10, 13))
    # an ambassador posted there is at work
    posted = text.replace("外交部副部长赵小明", "中国驻印度大使赵小明")
    assert not any(v == "赵小明" for v, _p, _y in _full(posted, dt.date(2019, 10, 13)))
