"""Tupu (图谱): a knowledge-graph builder for Chinese news.

Library API::

    from graph import build, analyze_text
    result = build(["seeds"])          # BuildResult: .kg, .analyses, .skipped
    from graph.outputs import write_outputs
    write_outputs(result, Path("out"))
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyze_text", "build", "read_documents", "__version__"]


def __getattr__(name: str):
    # heavy imports (jieba, rdflib) only when the API is used
    if name in ("analyze_text", "build"):
        from . import pipeline
        return getattr(pipeline, name)
    if name == "read_documents":
        from .documents import read_documents
        return read_documents
    raise AttributeError(name)
