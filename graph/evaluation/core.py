"""Shared pieces of evaluation: scores, gold files, locating and building the annotated documents."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set, predicted: set, label: str = "") -> None:
        """Count one document's gold and predicted items; remember the misses for the report."""
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        where = f"{label}: " if label else ""
        self.notes.extend(f"{where}false positive {item}" for item in sorted(predicted - gold, key=str))
        self.notes.extend(f"{where}missed {item}" for item in sorted(gold - predicted, key=str))


def load_gold(path: str | Path) -> list[dict]:
    """Records of a JSONL gold file; a malformed line raises InputError naming the line."""
    records = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{number}", f"invalid JSON ({e.msg})") from e
    return records


def locate(ref: str, root: Path, corpus: Path) -> Path:
    """The file a gold record's ``doc`` names: ``seeds/…`` under ``root``, ``corpus:…`` under ``corpus``."""
    if ref.startswith("corpus:"):
        return corpus / ref[len("corpus:"):]
    return root / ref


def doc_id_of(ref: str) -> str:
    """The document id a build gives the file of ``ref`` when built on its own: its file name."""
    return Path(ref.split(":", 1)[-1]).name


def containers(kg, subject_kinds: tuple[str, ...], container_kinds: tuple[str, ...] | None = None) -> dict:
    """Entity key → the keys it is located in (every located-in fact of the graph, text or
    gazetteer), for subjects of ``subject_kinds`` and containers of ``container_kinds`` (any)."""
    parents: dict = {}
    for (subject, container) in kg.located_in:
        if subject[0] in subject_kinds and (container_kinds is None or container[0] in container_kinds):
            parents.setdefault(subject, set()).add(container)
    return parents


def above(parents: dict, key, stop=None) -> set:
    """Every key ``key`` lies in, directly or through others (``tp:locatedIn+``), not going through
    ``stop`` (the subject itself, should the facts form a cycle)."""
    seen: set = set()
    todo = list(parents.get(key, ()))
    while todo:
        up = todo.pop()
        if up in seen or up == stop:
            continue
        seen.add(up)
        todo.extend(parents.get(up, ()))
    return seen
