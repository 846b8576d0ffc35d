"""Write every output of a build into one directory: graph.ttl, graph.html, neo4j/, report.json."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from .errors import OutputError
from .pipeline import BuildResult

OUTPUTS = ("graph.ttl", "graph.html", "neo4j", "report.json")


def check_writable(out: Path) -> None:
    """Fail before a long build, not after it, when ``out`` cannot be created or written."""
    probe = out
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{out}: cannot write output, {probe} is not a directory")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: cannot write output, {probe} is not writable")


def build_report(result: BuildResult) -> dict:
    """Per-document counts, skipped files, totals per class and relation, graph analytics."""
    from .analytics import stats

    kg = result.kg
    documents = []
    for doc_id in sorted(result.analyses):
        a = result.analyses[doc_id]
        kinds = Counter(m.kind for m in a.mentions)
        facts = Counter(type(f).__name__ for f in a.facts)
        documents.append({
            "id": doc_id, "path": a.doc.path, "encoding": a.doc.encoding,
            "date": a.doc.date.isoformat() if a.doc.date else None, "date_source": a.doc.date_source,
            "characters": len(a.doc.text), "sentences": len(a.sentences),
            "mentions": dict(sorted(kinds.items())),
            "visits": facts.get("Visit", 0), "located_in": facts.get("LocatedIn", 0),
        })
    classes = Counter(e.kind for e in kg.entities.values())
    relations = {
        "visits": len(kg.visits),
        "located_in_text": sum(1 for f in kg.located_in.values() if f.source == "text"),
        "located_in_gazetteer": sum(1 for f in kg.located_in.values() if f.source == "gazetteer"),
    }
    return {
        "documents": documents,
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "totals": {"documents": len(result.analyses), "skipped": len(result.skipped),
                   "characters": result.characters, "entities": dict(sorted(classes.items())),
                   "relations": relations},
        "analytics": stats(kg),
    }


def _replace_dir(tmp: Path, final: Path) -> None:
    """Swap a fully written directory into place; the old one is removed only after the new one is there."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old")
        if old.exists():
            shutil.rmtree(old)
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old)


def write_outputs(result: BuildResult, out: Path) -> dict[str, Path]:
    """Write all outputs atomically (temp file + rename): an interrupted build leaves the old files intact."""
    from .atomic import atomic_write_text
    from .export.html import write_html
    from .export.neo4j import write_neo4j
    from .export.rdf import write_turtle

    check_writable(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = {name: out / name for name in OUTPUTS}
        write_turtle(result.kg, paths["graph.ttl"])
        write_html(result.kg, paths["graph.html"])
        tmp = Path(tempfile.mkdtemp(prefix=".neo4j.", dir=out))
        try:
            write_neo4j(result.kg, tmp)
            _replace_dir(tmp, paths["neo4j"])
        finally:
            if tmp.exists():
                shutil.rmtree(tmp)
        report = build_report(result)
        atomic_write_text(paths["report.json"], json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    except OSError as e:
        raise OutputError(f"{e.filename or out}: cannot write output ({e.strerror or e})") from e
    return paths
