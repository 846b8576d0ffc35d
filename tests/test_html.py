from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import tempfile

import pytest

from graph.export.html import CLASS_STYLE, strip_remote_resources, to_html, write_html

EVIL_NAME = '张<script>alert("x")</script>三"\'&'
EVIL_SENTENCE = '句子<script>document.title="pwned"</script>结束'


@pytest.fixture
def evil_kg(small_kg):
    person = small_kg.entities[("person", "person:张三")]
    person.label = EVIL_NAME
    person.aliases = {'<img src=x onerror=alert(1)>'}
    for v in small_kg.visits.values():
        if v.visitor == person.id and v.year:
            v.evidence = [dataclasses.replace(v.evidence[0], sentence=EVIL_SENTENCE)]
    return small_kg


def data_arrays(page: str) -> tuple[list[dict], list[dict]]:
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page).group(1))
    return nodes, edges


def test_no_remote_resources(small_kg):
    page = to_html(small_kg)
    attrs = re.findall(r"""\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", page, flags=re.IGNORECASE)
    assert not [a for a in attrs if a.lower().startswith(("http:", "https:", "//"))]
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "vis.Network" in page and len(page) > 100_000, "vis-network must be inlined"


def test_strip_remote_resources_removes_tags():
    page = ('<head><link rel="stylesheet" href="https://cdn.example/x.css">\n<script\n src="http://cdn.example/x.js"\n>'
            '</script><script>var a = 1;</script></head>')
    assert strip_remote_resources(page) == "<head>\n<script>var a = 1;</script></head>"


def test_labels_and_tooltips_are_escaped(evil_kg):
    page = to_html(evil_kg)
    # no article text becomes markup: the only <script> tags are the page's own
    assert "<script>alert" not in page and "<script>document.title" not in page
    assert "<img src=x" not in page
    nodes, edges = data_arrays(page)
    person = next(n for n in nodes if n["label"] == EVIL_NAME)   # the canvas label is the raw name
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;三&quot;&#x27;&amp;" in person["title"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in person["title"]
    assert "<script" not in person["title"] and "<img" not in person["title"]
    titles = " ".join(e["title"] for e in edges)
    assert "句子&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;结束" in titles
    assert "<script" not in titles


def test_legend_colours_and_sizes(small_kg):
    page = to_html(small_kg)
    assert 'id="tupu-legend"' in page
    for colour, en, zh in CLASS_STYLE.values():
        assert f"{zh} {en}" in page and colour in page
    nodes, edges = data_arrays(page)
    by_label = {n["label"]: n for n in nodes}
    assert by_label["张三"]["color"] == CLASS_STYLE["person"][0]
    assert by_label["杭州经济技术开发区"]["color"] == CLASS_STYLE["park"][0]
    assert by_label["余杭区"]["size"] > by_label["新华社"]["size"]     # sized by degree
    labels = sorted(e["label"] for e in edges)
    assert labels == ["locatedIn"] * 4 + ["visited", "visited 2019", "visited 2019"]
    assert '"iterations": 200' in page and "setOptions({physics: {enabled: false}})" in page


def test_write_html_is_deterministic(small_kg, tmp_path):
    write_html(small_kg, tmp_path / "a.html")
    write_html(small_kg, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


PROBE = """<script>
setTimeout(function () {
  var out = {nodes: nodes.length, edges: edges.length, title: document.title,
             scripts: document.querySelectorAll("script").length,
             tips: nodes.get().map(function (n) { return n.title && n.title.textContent; })};
  var pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 500);
</script></body>"""


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium not installed")
def test_renders_in_headless_chromium(evil_kg, tmp_path):
    page = to_html(evil_kg)
    scripts = page.count("<script>")
    path = tmp_path / "probe.html"
    path.write_text(page.replace("</body>", PROBE), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--virtual-time-budget=3000", "--dump-dom", path.as_uri()],
            capture_output=True, text=True, timeout=60).stdout
    probe = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL).group(1)
                       .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["nodes"] == 9 and probe["edges"] == 7
    assert probe["title"] == "Tupu 图谱"                      # the evidence sentence's script did not run
    assert probe["scripts"] == scripts + 1                     # our probe is the only extra script
    assert any(EVIL_NAME in (t or "") for t in probe["tips"])  # shown as text in the tooltip
