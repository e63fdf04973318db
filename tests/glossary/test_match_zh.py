from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhen_qa.glossary.match_zh import ZhMatcher
from zhen_qa.glossary.model import Concept, Glossary, TermStatus


def spans(matcher: ZhMatcher, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start:m.end], m.concept_id, m.status.value) for m in matcher.find(text)]


def test_longest_match_wins(sample: Glossary) -> None:
    zh = sample.matchers().zh
    assert spans(zh, "分泌物组疗法") == [("分泌物组", "secretome", "deprecated")]
    assert spans(zh, "干细胞分泌组学研究") == [("干细胞", "sc", "preferred"), ("分泌组学", "secretomics", "preferred")]
    assert spans(zh, "间充质干细胞") == [("间充质干细胞", "msc", "preferred")]


def test_positions_are_offsets_into_the_text(sample: Glossary) -> None:
    text = "本文：再生医疗与分泌组。"
    found = sample.matchers().zh.find(text)
    assert [(m.start, m.end, m.form) for m in found] == [(3, 7, "再生医疗"), (8, 11, "分泌组")]
    assert found[0].status is TermStatus.DEPRECATED


def test_word_splitting_match_is_rejected(sample: Glossary) -> None:
    zh = sample.matchers().zh
    assert spans(zh, "肝病毒感染") == []  # 肝|病毒
    assert spans(zh, "肝病患者") == [("肝病", "liver", "preferred")]
    # 分泌物组 would cut 组成; the shorter 分泌物 is the match
    assert spans(zh, "对分泌物组成成分的免疫反应") == [("分泌物", "secretome", "deprecated")]


def test_term_ending_in_comparative_bi_is_not_matched_in_a_comparison() -> None:
    g = Glossary.build([Concept("hr", "风险比", "hazard ratio"), Concept("or", "比值比", "odds ratio"),
                        Concept("risk", "风险", "risk"), Concept("pl", "安慰剂", "placebo")])
    zh = g.matchers().zh
    # "the risk of death was lower than with placebo": 风险 + the preposition 比, the shorter term matches
    assert spans(zh, "治疗组的死亡风险比安慰剂组低。") == [("风险", "risk", "preferred"), ("安慰剂", "pl", "preferred")]
    assert spans(zh, "其风险比对照组增加了20%") == [("风险", "risk", "preferred")]
    assert spans(zh, "A组风险比B组高出一倍") == [("风险", "risk", "preferred")]
    assert spans(zh, "比值比比安慰剂组高")[0] == ("比值比", "or", "preferred")  # the second 比 compares
    # the term itself, with its own predicate, a copula, a coordination or a bracket after it
    for text in ("死亡的风险比为0.71。", "风险比显著降低，", "风险比低于1", "风险比和比值比均较高", "风险比（HR）较低",
                 "校正后风险比是0.8", "风险比降低了", "风险比提示死亡率较低"):
        assert spans(zh, text)[0] == ("风险比", "hr", "preferred"), text
    assert ("比值比", "or", "preferred") in spans(zh, "风险比和比值比均较高")


def test_a_compared_noun_may_start_with_the_first_character_of_a_predicate_word() -> None:
    g = Glossary.build([Concept("hr", "风险比", "hazard ratio"), Concept("risk", "风险", "risk")])
    zh = g.matchers().zh
    # 接受 "receive" is no 接近 "close to", 支架 "stent" no 支持 "support": nouns that the 比 compares with
    assert spans(zh, "死亡风险比接受安慰剂后低41%。") == [("风险", "risk", "preferred")]
    assert spans(zh, "再狭窄风险比支架组高。") == [("风险", "risk", "preferred")]
    for text in ("风险比接近1，", "风险比相似", "风险比表明疗效较好", "风险比支持治疗组较优"):
        assert spans(zh, text)[0] == ("风险比", "hr", "preferred"), text


def test_term_inside_a_compound_word_is_kept(sample: Glossary) -> None:
    assert spans(sample.matchers().zh, "人类胚胎干细胞衍生") == [("干细胞", "sc", "preferred")]


def test_traditional_text_matches_simplified_glossary(sample: Glossary) -> None:
    text = "間充質幹細胞的分泌組與阿爾茨海默病"
    found = sample.matchers().zh.find(text)
    assert [(text[m.start:m.end], m.form) for m in found] == [
        ("間充質幹細胞", "间充质干细胞"), ("分泌組", "分泌组"), ("阿爾茨海默病", "阿尔茨海默病")]


def test_simplified_text_matches_traditional_glossary() -> None:
    g = Glossary.build([Concept("ev", "細胞外囊泡", "extracellular vesicle")])
    found = g.matchers().zh.find("细胞外囊泡")
    assert [(m.start, m.end, m.form) for m in found] == [(0, 5, "細胞外囊泡")]


def test_full_and_half_width_latin_match() -> None:
    g = Glossary.build([Concept("a", "MSC外泌体", "MSC exosome"), Concept("b", "ｍｉＲ-１２１", "miR-121")])
    zh = g.matchers().zh
    assert spans(zh, "ＭＳＣ外泌体和miR-121") == [("ＭＳＣ外泌体", "a", "preferred"), ("miR-121", "b", "preferred")]


def test_empty_glossary_and_text() -> None:
    zh = Glossary.build([Concept("a", en="stem cell")]).matchers().zh
    assert zh.find("干细胞") == []
    assert Glossary.build([Concept("a", "干细胞")]).matchers().zh.find("") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="分泌物组学成干细胞肝病毒間充質幹ＭＳＣ外泌体，。 a", max_size=40))
def test_matches_are_ordered_disjoint_and_equal_their_terms(sample: Glossary, text: str) -> None:
    from zhen_qa.glossary.normalize import fold_zh

    found = sample.matchers().zh.find(text)
    last = 0
    for m in found:
        assert last <= m.start < m.end <= len(text)
        assert fold_zh(text[m.start:m.end]) == fold_zh(m.form)
        last = m.end


def test_one_character_term_only_as_a_whole_word_and_not_in_a_locative_frame() -> None:
    zh = Glossary.build([Concept("china", "中", "China"), Concept("ca", "钙", "calcium")]).matchers().zh
    assert [(m.start, m.end, m.concept_id) for m in zh.find("在本研究中，中、美两国补充钙。")] == [
        (6, 7, "china"), (13, 14, "ca")]
    assert zh.find("在试验中观察钙化") == []


def test_grammatical_one_character_term_never_matches() -> None:
    zh = Glossary.build([Concept("none", "無", "none"), Concept("row", "行", "row")]).matchers().zh
    assert zh.find("差异无统计学意义。") == []
    assert [(m.start, m.end) for m in zh.find("选中的行被删除；行和列")] == [(3, 4), (8, 9)]


def test_choices_only_skips_texts_without_a_concept_that_has_a_choice_of_forms() -> None:
    concepts = [Concept("sc", "干细胞", "stem cell"), Concept("liver", "肝病", "liver disease"),
                Concept("ev", "细胞外囊泡", "extracellular vesicle", zh_admitted=("胞外囊泡",)),
                Concept("regen", "再生医学", "regenerative medicine", zh_deprecated=("再生医疗",))]
    full = Glossary.build(concepts).matchers().zh
    lean = Glossary.build(concepts).matchers().zh
    texts = ["干细胞与肝病。", "胞外囊泡来自干细胞。", "肝病毒感染。", "再生医疗：干细胞治疗肝病。", "干细胞疗法。"]
    for text in texts:
        everything = full.find(text)
        chosen = lean.find(text, choices_only=True)
        if any(m.concept_id in ("ev", "regen") for m in everything):
            assert chosen == everything  # a text with a choice gets every match (they decide where others start)
        else:
            assert chosen == []
    assert [len(full.find(t)) for t in texts] == [2, 2, 0, 3, 1]
    assert [len(lean.find(t, choices_only=True)) for t in texts] == [0, 2, 0, 3, 0]
    assert lean._added == full._added  # the terms seen join jieba's dictionary all the same, in the same order
    assert lean._jieba().total == full._jieba().total


def test_candidates_start_at_the_shortest_key_and_reach_the_end_of_the_text() -> None:
    zh = Glossary.build([Concept("sc", "干细胞", "stem cell"), Concept("msc", "间充质干细胞", "MSC"),
                         Concept("hsc", "造血干细胞", "HSC")]).matchers().zh
    assert zh._shortest == 3
    assert zh._candidates("间充质干细胞与干细胞，干细") == [(0, [6]), (3, [6]), (7, [10])]
    assert zh._candidates("造血干细胞") == [(0, [5]), (2, [5])]
    assert zh._candidates("干细") == []
    assert [(m.start, m.end) for m in zh.find("间充质干细胞与干细胞，干细")] == [(0, 6), (7, 10)]


def test_terms_of_unconfirmed_texts_join_jieba_in_order_before_the_next_confirmation() -> None:
    """Without a concept that has a choice of forms, `choices_only` texts are left unscanned; their terms still
    join the dictionary, in the order first seen, before any later text is confirmed."""
    concepts = [Concept("sc", "干细胞", "stem cell"), Concept("liver", "肝病", "liver disease"),
                Concept("virus", "病毒", "virus"), Concept("hep", "肝病毒", "hepatovirus")]
    texts = ["干细胞与肝病。", "肝病毒感染。", "病毒和干细胞。"]
    eager = Glossary.build(concepts).matchers().zh
    lazy = Glossary.build(concepts).matchers().zh
    for text in texts:
        eager.find(text)
        assert lazy.find(text, choices_only=True) == []
    assert lazy._added == set() and lazy._unscanned == texts  # nothing looked for yet
    last = "肝病毒与干细胞，病毒。"
    assert lazy.find(last) == eager.find(last)
    assert lazy._added == eager._added and not lazy._unscanned and not lazy._queue
    tk_lazy, tk_eager = lazy._jieba(), eager._jieba()
    assert tk_lazy.total == tk_eager.total
    assert {w: tk_lazy.FREQ[w] for w in lazy._added} == {w: tk_eager.FREQ[w] for w in eager._added}


def test_find_all_equals_find_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batched walk (`zh_trie`, numpy) gives every text the matches `find` gives it, in the same jieba state."""
    import zhen_qa.glossary.match_zh as match_zh

    monkeypatch.setattr(match_zh, "BATCH_CHARS", 0)  # walk with numpy however short the texts
    concepts = [Concept("sc", "干细胞", "stem cell"), Concept("msc", "间充质干细胞", "MSC"),
                Concept("liver", "肝病", "liver disease"), Concept("mid", "中", "middle"),
                Concept("ev", "细胞外囊泡", "extracellular vesicle", zh_admitted=("胞外囊泡",)),
                Concept("exo", "MSC外泌体", "MSC exosome"), Concept("regen", "再生医學", zh_deprecated=("再生医疗",))]
    texts = ["间充质干细胞与干细胞，干细", "", "肝病毒感染。", "hMSC外泌体和ＭＳＣ外泌体", "在细胞中表达。中与美",
             "再生醫學：胞外囊泡来自干细胞。", "再生医疗", "干细胞疗法。", "細胞外囊泡"]
    flags = [False, True, True, False, True, True, True, False, True]
    one = Glossary.build(concepts).matchers().zh
    batch = Glossary.build(concepts).matchers().zh
    want = [one.find(t, c) for t, c in zip(texts, flags)]
    assert batch.find_all(texts, flags) == want
    assert any(want) and batch._added == one._added
    assert batch._jieba().total == one._jieba().total


def test_trie_finds_every_occurrence_of_every_key() -> None:
    from zhen_qa.glossary.zh_trie import KeyTrie

    keys = ["干细胞", "干细", "细胞", "胞", "间充质干细胞", "a1", "𠀀字"]
    prefixes = {k[:i]: False for k in keys for i in range(1, len(k))}
    prefixes.update({k: True for k in keys})
    texts = ["间充质干细胞与干细胞", "", "胞胞", "xa1𠀀字间充质干", "细胞" * 5]
    got = KeyTrie(prefixes).occurrences(texts)
    for text, (starts, ends) in zip(texts, got):
        want = sorted((i, j) for i in range(len(text)) for j in range(i + 1, len(text) + 1) if text[i:j] in keys)
        assert list(zip(starts, ends)) == want


def test_unscanned_texts_past_the_bound_are_scanned_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past UNSCANNED_CHARS the waiting texts are scanned (with numpy past BATCH_CHARS): the terms wait in the
    order first seen, as if each text had been scanned when given."""
    import zhen_qa.glossary.match_zh as match_zh

    concepts = [Concept("sc", "干细胞", "stem cell"), Concept("liver", "肝病", "liver disease"),
                Concept("virus", "病毒", "virus"), Concept("hep", "肝病毒", "hepatovirus")]
    texts = ["病毒和干细胞。", "肝病毒感染。", "干细胞与肝病。"] * 3
    eager = Glossary.build(concepts).matchers().zh
    for text in texts:
        eager._candidates(match_zh.fold_zh(text))
    for batch in (0, 1 << 20):
        monkeypatch.setattr(match_zh, "UNSCANNED_CHARS", 10)
        monkeypatch.setattr(match_zh, "BATCH_CHARS", batch)
        lazy = Glossary.build(concepts).matchers().zh
        for text in texts:
            assert lazy.find(text, choices_only=True) == []
        assert lazy._unscanned == texts[-1:]  # the rest were scanned on the way
        lazy._scan_unscanned()
        assert lazy._queue == eager._queue == ["病毒", "干细胞", "肝病", "肝病毒"]


def test_kangxi_radicals_read_as_the_characters_they_stand_for() -> None:
    """导⼊ (the Kangxi radical ⼊ U+2F0A for 入) and ⽣成 (⽣ U+2F63 for 生), as a PDF copy writes them: the
    reader sees 导入 and 生成, and so does term matching, at the original positions."""
    g = Glossary.build([Concept("import", "导入", "import"), Concept("gen", "生成", "generate")])
    assert spans(g.matchers().zh, "请导⼊证书，再⽣成密钥。") == [("导⼊", "import", "preferred"),
                                                                ("⽣成", "gen", "preferred")]
