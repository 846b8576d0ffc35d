"""The packaged gazetteer: records, keys, containment, short forms, zones, foreign places."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graph.gazetteer import PlaceRecord, capitals, load
from graph.gazetteer.names import is_generic, short_forms


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.mark.parametrize("name,level,expected", [
    ("定西市", "prefecture", ["定西"]),
    ("甘肃省", "province", ["甘肃"]),
    ("内蒙古自治区", "province", ["内蒙古"]),
    ("广西壮族自治区", "province", ["广西"]),
    ("新疆维吾尔自治区", "province", ["新疆"]),
    ("香港特别行政区", "province", ["香港"]),
    ("凉山彝族自治州", "prefecture", ["凉山", "凉山州"]),
    ("积石山保安族东乡族撒拉族自治县", "county", ["积石山", "积石山县"]),
    ("锡林郭勒盟", "prefecture", ["锡林郭勒"]),
    ("大兴安岭地区", "prefecture", ["大兴安岭"]),
    ("渭源县", "county", ["渭源"]),
    ("和县", "county", []),
    ("清水镇", "township", []),
    ("柳镇镇", "township", ["柳镇"]),          # a township whose name doubles its unit is written with one
    ("石乡乡", "township", ["石乡"]),
])
def test_short_forms(name, level, expected):
    assert short_forms(name, level) == expected


@pytest.mark.parametrize("name,expected", [("城区", True), ("郊区", True), ("市中区", True), ("城关区", True),
                                           ("朝阳区", False), ("河东区", False)])
def test_generic_names(name, expected):
    assert is_generic(name) is expected


@pytest.mark.parametrize("key,name,level,parent", [
    ("geo:CN", "中国", "country", ""),
    ("cn:620000", "甘肃省", "province", "geo:CN"),
    ("cn:621100", "定西市", "prefecture", "cn:620000"),
    ("cn:621123", "渭源县", "county", "cn:621100"),
    ("cn:110105", "朝阳区", "county", "cn:110000"),          # a district directly under a municipality
    ("cn:810000", "香港特别行政区", "province", "geo:CN"),
    ("cn:710000", "台湾省", "province", "geo:CN"),
    ("geo:US", "美国", "country", ""),
    ("geo:adm1:US.IA", "艾奥瓦州", "foreign-state", "geo:US"),
    ("region:长三角", "长三角", "region", "geo:CN"),
    ("region:雄安新区", "雄安新区", "new-area", "cn:130000"),
])
def test_records(gaz, key, name, level, parent):
    rec = gaz.get(key)
    assert isinstance(rec, PlaceRecord)
    assert (rec.name, rec.level, rec.parent) == (name, level, parent)


def test_ancestors_reach_the_country(gaz):
    assert [r.key for r in gaz.ancestors("cn:621123")] == ["cn:621100", "cn:620000", "geo:CN"]
    township = gaz.lookup("清源镇")
    assert any(r.parent == "cn:621123" for r in township)
    assert [r.name for r in gaz.ancestors("geo:adm1:US.IA")] == ["美国"]


@pytest.mark.parametrize("name,key", [("定西", "cn:621100"), ("定西市", "cn:621100"), ("甘肃", "cn:620000"),
                                      ("内蒙古", "cn:150000"), ("广西", "cn:450000"), ("凉山", "cn:513400"),
                                      ("凉山州", "cn:513400"), ("美国", "geo:US"), ("乌兹别克斯坦", "geo:UZ"),
                                      ("马斯卡廷", "geo:city:4868404"), ("襄樊", "cn:420600")])
def test_lookup_current_first(gaz, name, key):
    assert gaz.lookup(name)[0].key == key


def test_former_units_have_years(gaz):
    rec = gaz.get("cn:110103")                     # 崇文区, merged into 东城区 in 2010
    assert rec.name == "崇文区" and rec.former and rec.valid_to == 2010 and rec.parent == "cn:110000"


def test_zones_are_listed_but_not_places(gaz):
    zones = gaz.zones()
    names = {z.name for z in zones}
    assert "石家庄高新技术产业开发区" in names
    assert all(z.level == "zone" for z in zones)
    assert gaz.lookup("石家庄高新技术产业开发区") == []
    assert gaz.get("cn:310115").level == "county"   # 浦东新区 is a real district


def test_shared_names_have_several_records(gaz):
    assert {r.key for r in gaz.lookup("朝阳区")} >= {"cn:110105", "cn:220104"}


def test_load_is_fast_in_a_fresh_process():
    code = "import time; t=time.perf_counter(); import graph.gazetteer as g; g.load(); print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 2.0            # ~0.1-0.2 s on the dev machine; generous for a loaded CI


def test_cache_and_parse_agree(tmp_path, monkeypatch):
    from graph.gazetteer import DATA_DIR, read
    from graph.gazetteer.store import read_cached

    monkeypatch.setenv("TUPU_CACHE_DIR", str(tmp_path))
    first = read_cached(DATA_DIR)                 # parses and writes the cache
    assert list(tmp_path.glob("gazetteer-*.marshal"))
    second = read_cached(DATA_DIR)                # reads the cache
    parsed = read(DATA_DIR)
    assert len(first) == len(second) == len(parsed)
    assert second.forms("定西") == parsed.forms("定西")
    assert second.get("cn:621123") == parsed.get("cn:621123")


@pytest.mark.parametrize("key,expected", [
    ("village:cn:621123/元古堆村", ["渭源县", "定西市", "甘肃省", "中国"]),
    ("village:cn:710000/台北市/某村", ["台北市", "台湾省", "中国"]),
    ("geo:adm1:AU.卡彭塔利亚州", ["澳大利亚"]),
    ("geo:adm1:US.IA", ["美国"]),
])
def test_ancestors_of_context_keys(gaz, key, expected):
    assert [r.name for r in gaz.ancestors(key)] == expected


@pytest.mark.parametrize("form,label", [
    ("柬埔寨", "柬埔寨"), ("柬埔塞", "柬埔寨"),          # iso-codes zh_CN typo kept as an alias only
    ("加德满都", "加德满都"),                            # GeoNames writes it in traditional characters
    ("清奈", "金奈"), ("塔斯曼尼亚", "塔斯马尼亚州"), ("危地马拉", "危地马拉"),
    ("可伦坡", "科伦坡"), ("科伦坡", "科伦坡"),
    ("仁川", "仁川"), ("仁川广域市", "仁川"),             # a Korean city without its rank (广域市)
    ("琦玉县", "埼玉县"), ("蒙大拿州", "蒙大拿州"), ("南卡罗莱那州", "南卡罗来纳州"),
])
def test_foreign_names_have_mainland_labels(gaz, form, label):
    assert [r.name for r in gaz.lookup(form)][:1] == [label]


def test_alias_lexicon_can_set_the_label(tmp_path):
    import shutil

    from graph.gazetteer import DATA_DIR, read
    for name in ("cn.tsv.gz", "world.tsv.gz"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "aliases.tsv").write_text("geo:FR\t=法兰西\ngeo:FR\t法兰\n", encoding="utf-8")
    gaz = read(tmp_path)
    rec = gaz.get("geo:FR")
    assert rec.name == "法兰西" and "法国" in rec.aliases
    assert [r.key for r in gaz.lookup("法国")] == [r.key for r in gaz.lookup("法兰")] == ["geo:FR"]


@pytest.mark.parametrize("name,key", [("沈北新区", "cn:210113"), ("梁园区", "cn:411402"), ("浦东新区", "cn:310115")])
def test_districts_named_like_zones_are_counties(gaz, name, key):
    # only the statistical codes (71–80) mark development zones; a district called …新区/…园区 is a district
    assert [(r.key, r.level) for r in gaz.lookup(name)][:1] == [(key, "county")]


def test_place_words_lexicon_makes_short_forms_strong(tmp_path):
    import shutil

    from graph.gazetteer import DATA_DIR, read
    for name in ("cn.tsv.gz", "world.tsv.gz"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    before = read(tmp_path)
    assert [f.weak for f in before.forms("大连")] == [True]       # jieba tags 大连 as an adverb
    (tmp_path / "place_words.txt").write_text("# comment\n大连 任县\n", encoding="utf-8")
    after = read(tmp_path)
    assert [f.weak for f in after.forms("大连")] == [False]
    assert all(f.weak for f in after.forms("任县"))               # a former county stays weak


def test_capitals_name_each_country_s_capital_and_any_other_seat_of_government() -> None:
    gaz = load()
    assert {gaz.get(k).name for k in capitals("geo:IN")} == {"新德里"}
    assert {gaz.get(k).name for k in capitals("geo:NL")} == {"阿姆斯特丹", "海牙"}
    assert capitals("geo:XX") == frozenset()
    # capitals the country table spells without accents or otherwise (Brasilia / Brasília, Ulaanbaatar / Ulan Bator)
    assert {gaz.get(k).name for k in capitals("geo:BR")} == {"巴西利亚"}
    assert {gaz.get(k).name for k in capitals("geo:MN")} == {"乌兰巴托"}
    assert {gaz.get(k).name for k in capitals("geo:CR")} == {"圣何塞"}
    assert len(capitals("geo:KZ")) == 1       # a seat that is also the capital, once
    # capitals GeoNames gives no Chinese name
    assert {gaz.get(k).name for k in capitals("geo:MM")} == {"内比都"}
    assert {gaz.get(k).name for k in capitals("geo:SS")} == {"朱巴"}


@pytest.mark.parametrize("form,key", [
    ("泰米尔纳德邦", "geo:adm1:IN.TN"),     # iso-codes' zh_CN gives this name to Sikkim
    ("锡金邦", "geo:adm1:IN.SK"),
    ("古吉拉特邦", "geo:adm1:IN.GJ"),       # missing from iso-codes' zh_CN
    ("奥里萨邦", "geo:adm1:IN.OD"),         # the state's former name
    ("北爱尔兰", "geo:adm1:GB.NIR"),        # not 北|爱尔兰, the Republic
    ("苏格兰", "geo:adm1:GB.SCT"),
    ("庆尚北道", "geo:adm1:KR.47"),
    ("黑森州", "geo:adm1:DE.HE"),
])
def test_first_level_divisions_iso_codes_misses_have_their_names(gaz, form, key):
    assert [r.key for r in gaz.lookup(form)] == [key]
