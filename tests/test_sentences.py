from __future__ import annotations

import pytest

from graph.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("习近平来到定西。他看望群众！", ["习近平来到定西。", "他看望群众！"]),
    ("他说：“好。”然后走了", ["他说：“好。”", "然后走了"]),
    ("标题\n\n　　正文第一句。", ["标题", "正文第一句。"]),
    ("镜头一 2013年 甘肃\n陇原大地，天寒地冻。", ["镜头一 2013年 甘肃", "陇原大地，天寒地冻。"]),
    ("真的吗？？是的……", ["真的吗？？", "是的……"]),
])
def test_split_sentences(text, expected):
    sentences = split_sentences(text, "d")
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(expected)))


def test_paragraphs_are_counted_by_line():
    sentences = split_sentences("一。二。\n\n三。\n四。", "d")
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]
