"""Chinese term matcher: exact offsets, Latin edges, compounds, long texts and the segmentation window."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from zhen_qa.glossary.match_zh import ZhMatcher
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.glossary.zh_segment import AHEAD, MARGIN, WINDOW, Scan

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def find(concepts: list[Concept], text: str) -> list[tuple[int, int, str, str, TermStatus]]:
    """Matches without their homonyms: only test_homonyms_exact lists one term in two concepts."""
    found = Glossary.build(concepts).matchers().zh.find(text)
    assert [m.others for m in found] == [()] * len(found)
    return [(m.start, m.end, m.concept_id, m.form, m.status) for m in found]


SEC = Concept("secretome", "分泌组", "secretome", zh_admitted=("分泌蛋白组",), zh_deprecated=("分泌物", "分泌物组"))


def test_each_status_with_offsets() -> None:
    text = "分泌组、分泌蛋白组和分泌物。"
    assert find([SEC], text) == [
        (0, 3, "secretome", "分泌组", P), (4, 9, "secretome", "分泌蛋白组", A), (10, 13, "secretome", "分泌物", D)]


def test_homonyms_exact() -> None:
    """Issue 13: a term listed by two concepts belongs to both; the accepting concept first."""
    concepts = [Concept("t", "培养", "culture"), Concept("u", "细胞培养", zh_deprecated=("培养",))]
    got = Glossary.build(concepts).matchers().zh.find("细胞培养和培养")
    assert [tuple(m) for m in got] == [(0, 4, "u", "细胞培养", P, ()), (5, 7, "t", "培养", P, ("u",))]


def test_one_character_term_only_as_a_whole_word() -> None:
    """Issue 13: 「中」 is not found in the ordinary 在…中 nor inside 中国."""
    mid = [Concept("m", "中", "middle")]
    assert find(mid, "在细胞中表达。中国") == []
    assert find(mid, "中与美") == [(0, 1, "m", "中", P)]


def test_longest_then_next_start() -> None:
    assert find([SEC], "分泌物组分泌组") == [(0, 4, "secretome", "分泌物组", D), (4, 7, "secretome", "分泌组", P)]


@pytest.mark.parametrize(
    "text,want",
    [
        ("MSC外泌体", [(0, 6)]),
        ("hMSC外泌体", []),  # starts inside a Latin word
        ("用MSC外泌体", [(1, 7)]),
        ("1MSC外泌体", []),
        ("(MSC外泌体)", [(1, 7)]),
    ],
)
def test_latin_start_edge(text: str, want: list[tuple[int, int]]) -> None:
    got = find([Concept("a", "MSC外泌体", "MSC exosome")], text)
    assert [(s, e) for s, e, *_ in got] == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("外泌体CD63", [(0, 7)]),
        ("外泌体CD63a", []),  # ends inside a Latin word
        ("外泌体CD63。", [(0, 7)]),
        ("外泌体CD63 阳性", [(0, 7)]),
    ],
)
def test_latin_end_edge(text: str, want: list[tuple[int, int]]) -> None:
    got = find([Concept("b", "外泌体CD63", "CD63 exosome")], text)
    assert [(s, e) for s, e, *_ in got] == want


def test_compound_needs_real_words_around_the_term() -> None:
    sc = [Concept("sc", "干细胞")]
    assert find(sc, "胚胎干细胞") == [(2, 5, "sc", "干细胞", P)]
    # 造血干细胞 is one dictionary word; 造血 is a word of two characters, so the term stands
    assert find(sc, "造血干细胞移植") == [(2, 5, "sc", "干细胞", P)]


def test_term_cut_by_a_word_is_rejected_anywhere_in_a_long_text() -> None:
    liver = [Concept("liver", "肝病", "liver disease")]
    filler = "研究" * 1500  # 3000 characters: past AHEAD and far past WINDOW
    text = "肝病患者。" + filler + "肝病毒感染。" + filler + "肝病患者。"
    got = find(liver, text)
    assert [(s, e) for s, e, *_ in got] == [(0, 2), (len(text) - 5, len(text) - 3)]
    assert 2 * len(filler) > AHEAD > WINDOW + MARGIN


def test_many_candidates_reuse_one_segmentation() -> None:
    g = Glossary.build([Concept("liver", "肝病", "liver disease"), Concept("sc", "干细胞")])
    zh = g.matchers().zh
    text = "肝病毒与肝病、干细胞和肝病毒。"
    assert [(m.start, m.end) for m in zh.find(text)] == [(4, 6), (7, 10)]
    assert zh.jieba_calls == 1


def test_len_counts_distinct_keys() -> None:
    assert len(Glossary.build([SEC]).matchers().zh) == 4


def _scan_with(text: str, bounds: list[int]) -> tuple[ZhMatcher, Scan]:
    """A matcher and a scan of `text` whose whole-text segmentation is `bounds` (set by hand)."""
    zh: ZhMatcher = Glossary.build([Concept("sc", "干细胞")]).matchers().zh
    zh.find("干细胞")
    tk = zh._jieba()
    tk.load_chars(text)  # the lazily filled dictionary: entries of these characters
    scan = Scan(text, tk.FREQ, tk.total)
    scan.w0, scan.w1, scan.bounds = 0, len(text), bounds
    return zh, scan


def test_confirmed_against_a_given_segmentation() -> None:
    text = "胚胎干细胞移植"  # 0..7; the candidate 干细胞 is [2, 5)
    cases = [
        ([0, 2, 5, 7], True),  # one token is the candidate
        ([0, 2, 4, 5, 7], True),  # tokens start and end with it
        ([0, 2, 4, 7], False),  # a token crosses its end
        ([0, 3, 5, 7], False),  # a token crosses its start
        ([0, 5, 7], True),  # inside 胚胎干细胞: the rest, 胚胎, is a word
        ([2, 7], True),  # inside 干细胞移植: the rest, 移植, is a word
        ([0, 7], True),  # inside one token: 胚胎 + term + 移植
    ]
    for bounds, want in cases:
        zh, scan = _scan_with(text, [0, *bounds] if bounds[0] else bounds)
        assert zh._confirmed(scan, 2, 5) is want, bounds
    zh, scan = _scan_with("人胚干细胞移植", [0, 7])
    assert zh._confirmed(scan, 2, 5) is False  # 人胚 is not a word
    zh, scan = _scan_with("胚胎干细胞植移", [0, 7])
    assert zh._confirmed(scan, 2, 5) is False  # 植移 is not a word either
    zh, scan = _scan_with("胚胎干细胞移", [0, 6])
    assert zh._confirmed(scan, 2, 5) is False  # one character left over
    zh, scan = _scan_with("胚胎干细胞移", [0, 2, 6])
    assert zh._confirmed(scan, 2, 5) is False  # same, the token starts with the candidate


def test_compound_ok_rules() -> None:
    freq = {"胚胎": 5, "胚": 9, "零": 0, "胚胎干": 1}
    ok = ZhMatcher._compound_ok
    assert ok("", "", freq) is True
    assert ok("胚胎", "", freq) is True and ok("", "胚胎", freq) is True
    assert ok("胚胎干", "胚胎", freq) is True
    assert ok("胚", "", freq) is False  # one character
    assert ok("零", "", freq) is False and ok("零零", "", {"零零": 0}) is False  # frequency 0
    assert ok("胚胎", "人胚", freq) is False and ok("人胚", "胚胎", freq) is False  # not a word


def test_private_tokenizer_is_logged(debug_messages: Callable[[str], Any]) -> None:
    zh = Glossary.build([SEC]).matchers().zh
    with debug_messages("zhen_qa.glossary.match_zh") as got:
        zh.find("分泌组")
    assert "private jieba tokenizer for 4 glossary terms" in got
