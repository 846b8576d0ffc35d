"""Read articles from files and folders: encoding detection, document ids, publication dates."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import InputError
from .types import Document

TEXT_SUFFIXES = (".txt",)
_BINARY_CONTROLS = set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode article bytes as UTF-8 (with or without BOM) or GB18030; raise InputError otherwise."""
    if not data.strip():
        raise InputError(path, "empty file")
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _BINARY_CONTROLS for b in sample) > len(sample) * 0.05:
        raise InputError(path, "binary file (not text)")
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8-sig", data[3:]
    else:
        encoding, body = "utf-8", data
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError as utf8_error:
        if encoding == "utf-8-sig":
            raise InputError(path, f"undecodable bytes at offset {utf8_error.start + 3} "
                                   "(file starts with a UTF-8 BOM but is not UTF-8)") from utf8_error
        try:
            return body.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as e:
            raise InputError(path, f"undecodable bytes at offset {utf8_error.start} "
                                   "(neither UTF-8 nor GB18030/GBK)") from e


def normalise_text(text: str) -> str:
    """Line endings to ``\\n``; offsets in every record refer to this normalised text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Read one article file; raise InputError naming the file and the reason."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(path), "no such file or directory")
    if p.is_dir():
        raise InputError(str(path), "is a directory (give files to read_document, folders to read_documents)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e
    text, encoding = decode(data, str(path))
    text = normalise_text(text)
    return make_document(text, doc_id or p.name, str(path), encoding)


def make_document(text: str, doc_id: str, path: str = "", encoding: str = "utf-8") -> Document:
    """A Document from text already in memory; the publication date is read from the text and name."""
    from .extract.times import document_date

    date, source = document_date(text, Path(path).name if path else doc_id)
    return Document(doc_id, path or doc_id, text, encoding, date, source)


def iter_files(inputs: list[str | Path]) -> Iterator[tuple[Path, str]]:
    """(path, doc id) for every article file under ``inputs``; folders are walked recursively in name order.

    Missing inputs raise InputError at once: a typo in a path should not yield an empty graph.
    """
    seen: dict[str, Path] = {}
    for item in inputs:
        root = Path(item)
        if not root.exists():
            raise InputError(str(item), "no such file or directory")
        if root.is_dir():
            files = sorted((p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES),
                           key=lambda p: p.relative_to(root).as_posix())
            pairs = [(p, p.relative_to(root).as_posix()) for p in files]
        else:
            pairs = [(root, root.name)]
        for p, doc_id in pairs:
            if doc_id in seen and seen[doc_id].resolve() != p.resolve():
                doc_id = p.as_posix()
            if doc_id in seen:
                continue
            seen[doc_id] = p
            yield p, doc_id


def read_documents(inputs: list[str | Path], strict: bool = False) -> Iterator[Document | Skipped]:
    """Documents from files and folders; unreadable files become ``Skipped`` (or raise when ``strict``)."""
    for path, doc_id in iter_files(inputs):
        try:
            yield read_document(path, doc_id)
        except InputError as e:
            if strict:
                raise
            yield Skipped(str(path), e.reason)

