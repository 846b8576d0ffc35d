"""The segmenter's faster tagging of unknown runs gives jieba's own tags."""
from __future__ import annotations

import jieba
import jieba.posseg
import pytest

from graph import posdecode
from graph.segment import Segmenter

# runs of characters, most of which jieba's dictionary lacks: invented names (Chinese and
# transliterated), rare words, single characters, mixed with ordinary words
RUNS = ["钱莫伦", "阿卜杜拉赫曼诺夫", "赵晓蕾", "孙珍花", "哈尔比", "古德雷斯", "斯", "的",
        "乌尔扎别科娃", "欧阳晓晓说", "卡拉米斯表示", "云顶山岚", "嘎玛措姆", "潘乐乐乐", "沙伦赛敦觉丁"]

TEXT = ("本报讯（记者钱莫伦、赵晓蕾）近日，乌尔扎别科娃率团来到嘎玛措姆村，同村民欧阳晓晓交流。"
        "古德雷斯4日表示，卡拉米斯将于下月访问云顶山岚。Tupu 2019年10月统计：3.5万人次。\n"
        "“沙伦赛敦觉丁”说，哈尔比和潘乐乐乐都来了。")


@pytest.mark.parametrize("run", RUNS)
def test_decode_finds_jiebas_best_path(run: str) -> None:
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi

    score, path = viterbi(run, char_state_tab_P, start_P, trans_P, emit_P)
    assert posdecode.decode(run) == (score, path)


def test_segmenter_tags_like_a_plain_jieba_tokenizer() -> None:
    plain = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    expected = [(p.word, p.flag) for p in plain.cut(TEXT)]
    seg = Segmenter()
    for _ in range(2):                       # the second time from the memo
        assert [(t.text, t.pos) for t in seg.tokens(TEXT)] == expected
    assert seg._pos.memo                     # the unknown runs were remembered
    seg.forget()
    assert not seg._pos.memo
    assert [(t.text, t.pos) for t in seg.tokens(TEXT)] == expected
    offsets = [(t.start, t.end) for t in seg.tokens(TEXT)]
    assert offsets[0][0] == 0 and offsets[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(offsets, offsets[1:]))
