"""The tupu command end to end, through its main() and the installed console script."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(SEEDS), "--out", str(out), "-q"]) == 0
    return out


def test_build_writes_every_output(built):
    for name in ("graph.ttl", "graph.html", "report.json", "neo4j/import.cypher"):
        assert (built / name).stat().st_size > 0, name
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["documents"] == 5 and report["skipped"] == []
    assert report["totals"]["relations"]["visits"] > 0
    assert report["totals"]["relations"]["located_in_text"] > 0


def test_build_is_byte_identical_across_runs(built, tmp_path):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
    for name in ("graph.ttl", "report.json"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def query(built, sparql, capsys):
    assert main(["query", sparql, "--graph", str(built / "graph.ttl"), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["results"]["bindings"]


def test_readme_visit_example_finds_dingxi_2013(built, capsys):
    rows = query(built, """
        PREFIX tp: <https://w3id.org/tupu/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?year ?place WHERE {
          ?v a tp:Visit ; tp:visitor ?p ; tp:place ?pl .
          ?p rdfs:label "习近平"@zh . ?pl rdfs:label ?place .
          OPTIONAL { ?v tp:year ?year }
        }""", capsys)
    found = {(r["place"]["value"], r.get("year", {}).get("value")) for r in rows}
    assert ("定西市", "2013") in found


def test_readme_company_example_finds_a_company_in_a_park(built, capsys):
    rows = query(built, """
        PREFIX tp: <https://w3id.org/tupu/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?park ?company WHERE {
          ?c a tp:Company ; tp:locatedIn ?k ; rdfs:label ?company .
          ?k a tp:Park ; rdfs:label ?park .
        }""", capsys)
    found = {(r["company"]["value"], r["park"]["value"]) for r in rows}
    assert any(c.startswith("贝特瑞") and "祥云" in p for c, p in found), found


def test_missing_input_is_one_line_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"tupu: error: {tmp_path / 'nope'}: no such file or directory"
    assert not (tmp_path / "o").exists()


def test_min_confidence_keeps_weak_located_in_facts_only_when_asked(built, tmp_path):
    every = tmp_path / "every"
    assert main(["build", str(SEEDS), "--out", str(every), "-q", "--min-confidence", "0"]) == 0
    counts = [json.loads((d / "report.json").read_text(encoding="utf-8"))["totals"]["relations"]["located_in_text"]
              for d in (built, every)]
    assert 0 < counts[0] < counts[1]          # the default leaves out facts only a passage suggests


@pytest.mark.parametrize("value", ["2", "-0.1", "high"])
def test_bad_min_confidence_names_the_value_and_the_range(value, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["build", str(SEEDS), "--out", str(tmp_path / "o"), "--min-confidence", value])
    err = capsys.readouterr().err
    assert f"'{value}' is not a confidence; give a number from 0 to 1" in err
    assert not (tmp_path / "o").exists()


def test_bad_file_in_folder_is_reported_and_rest_built(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "003_46adc884de154f12.txt", src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK")
    (src / "latin.txt").write_bytes("正文".encode("utf-8") + b"\xff\xfe\xfa\xfb")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    reasons = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file (not text)"
    assert reasons["latin.txt"].startswith("undecodable bytes at offset")
    assert [d["id"] for d in report["documents"]] == ["good.txt"]


def test_strict_stops_on_bad_file(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["build", str(tmp_path), "--strict", "--out", str(tmp_path / "o"), "-q"]) == 2
    assert "empty.txt: empty file" in capsys.readouterr().err


def test_gbk_article_is_read(tmp_path):
    (tmp_path / "gbk.txt").write_bytes((SEEDS / "003_46adc884de154f12.txt").read_text(encoding="utf-8")
                                       .encode("gb18030"))
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "--out", str(out), "-q"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"][0]["encoding"] == "gb18030"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_dir(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    assert main(["build", str(SEEDS), "--out", str(locked / "out")]) == 2
    assert "not writable" in capsys.readouterr().err


def test_output_path_that_is_a_file(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["build", str(SEEDS), "--out", str(blocker / "out")]) == 2
    assert "is not a directory" in capsys.readouterr().err


def test_interrupted_write_keeps_previous_graph(built, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = (out / "graph.ttl").read_bytes()
    import rdflib

    def interrupted(self, *args, **kwargs):   # stop the build in the middle of writing graph.ttl
        raise KeyboardInterrupt
    monkeypatch.setattr(rdflib.Graph, "serialize", interrupted)
    assert main(["build", str(SEEDS / "003_46adc884de154f12.txt"), "--out", str(out), "-q"]) == 130
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in built.iterdir())


def test_console_script_runs():
    exe = shutil.which("tupu") or str(Path(sys.executable).parent / "tupu")
    if not Path(exe).exists():
        pytest.skip("tupu console script not installed (run pip install .)")
    done = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "build" in done.stdout


def test_eval_scores_adjudicated_gold_unless_asked_for_the_first_annotation_only(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("2019年5月，国家主席王明来到武汉考察。", encoding="utf-8")
    gold = {"doc": "a.txt", "visits": [{"visitor": "王明", "place": "武汉市", "year": 2019},
                                       {"visitor": "王明", "place": "长沙市", "year": 2019, "adjudicated": True}]}
    (tmp_path / "visits.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")

    def strict_row(*extra: str) -> list[str]:
        assert main(["eval", "--devset", str(tmp_path), "--root", str(tmp_path), "--relation", "visits", *extra]) == 0
        return next(line.split() for line in capsys.readouterr().out.splitlines()
                    if "(visitor, place, year)" in line)

    assert strict_row()[-3:] == ["1", "0", "1"]                       # tp fp fn: the adjudicated visit missed
    assert strict_row("--annotated-only")[-3:] == ["1", "0", "0"]


def test_eval_scores_only_the_held_out_batches_asked_for(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("2019年5月，国家主席王明来到武汉考察。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2019年5月，国家主席李强来到长沙考察。", encoding="utf-8")
    records = [{"doc": "a.txt", "heldout": True, "heldout_batch": 3,
                "visits": [{"visitor": "王明", "place": "武汉市", "year": 2019}]},
               {"doc": "b.txt", "heldout": True, "heldout_batch": 7,
                "visits": [{"visitor": "李强", "place": "长沙市", "year": 2019},
                           {"visitor": "李强", "place": "湘潭市", "year": 2019}]}]
    (tmp_path / "visits.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                           encoding="utf-8")

    def strict_row(*extra: str) -> list[str]:
        assert main(["eval", "--devset", str(tmp_path), "--root", str(tmp_path), "--relation", "visits", *extra]) == 0
        return next(line.split() for line in capsys.readouterr().out.splitlines()
                    if "(visitor, place, year)" in line)

    assert strict_row()[-3:] == ["2", "0", "1"]
    assert strict_row("--batches", "5-9")[-3:] == ["1", "0", "1"]     # batch 7 only
    assert strict_row("--batches", "3")[-3:] == ["1", "0", "0"]       # batch 3 only
    with pytest.raises(SystemExit):
        main(["eval", "--devset", str(tmp_path), "--batches", "9-5"])
    assert "bad batch range '9-5'" in capsys.readouterr().err


def test_eval_counts_the_missed_visits_by_cause(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("2019年5月，国家主席王明来到武汉考察。", encoding="utf-8")
    gold = {"doc": "a.txt", "heldout": True,
            "visits": [{"visitor": "王明", "place": "武汉市", "year": 2019},
                       {"visitor": "王明", "place": "武汉市", "year": 2018},
                       {"visitor": "王明", "place": "长沙市", "year": 2019}]}
    (tmp_path / "visits.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "--devset", str(tmp_path), "--root", str(tmp_path), "--relation", "visits", "--causes"]) == 0
    out = capsys.readouterr().out
    assert "visits held-out: 2 missed (administrative places), by cause" in out
    counts = {line[:26].strip(): int(line[26:32]) for line in out.splitlines() if line.startswith("  ")}
    assert counts["wrong year"] == 1 and counts["place not recognised"] == 1 and sum(counts.values()) == 2
