from __future__ import annotations

import pytest

from graph.documents import Skipped, decode, read_document, read_documents
from graph.errors import InputError

TEXT = "新华社北京3月24日电 习近平来到定西。"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
])
def test_decode_detects_encoding(data, encoding):
    text, found = decode(data, "a.txt")
    assert text == TEXT
    assert found == encoding


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\r\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (not text)"),
    (b"\xef\xbb\xbf\xff\xfe abc", "undecodable bytes at offset 3"),
    ("正文".encode("utf-8") + b"\xff\xff\x80", "undecodable bytes at offset 6"),
])
def test_decode_rejects_bad_bytes_with_reason(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt")
    assert info.value.path == "bad.txt"
    assert reason in info.value.reason


def test_read_document_normalises_line_endings_and_keeps_name(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("第一行\r\n第二行\r第三行".encode("utf-8"))
    doc = read_document(p)
    assert doc.id == "a.txt"
    assert doc.text == "第一行\n第二行\n第三行"


def test_missing_path_names_the_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file or directory"):
        list(read_documents([tmp_path / "nope.txt"]))


def test_folder_skips_bad_files_and_keeps_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_documents([tmp_path]))
    assert [i.id for i in items if not isinstance(i, Skipped)] == ["b.txt", "sub/a.txt"]
    assert [(i.path.endswith("empty.txt"), i.reason) for i in items if isinstance(i, Skipped)] == [(True, "empty file")]


def test_strict_makes_a_bad_file_fatal(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        list(read_documents([tmp_path], strict=True))
