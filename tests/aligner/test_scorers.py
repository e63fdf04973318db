from __future__ import annotations

import math

import numpy as np
import pytest

from zhen_qa.aligner.lexicon import Lexicon, load_lexicon
from zhen_qa.aligner.scorers.anchors import NEUTRAL, Anchors, anchor_lists, item_anchors, section_anchors
from zhen_qa.aligner.scorers.base import Analysis, SparseCosine, rows_to_csr
from zhen_qa.aligner.scorers.length import K, Length, log_ratio, z_value
from zhen_qa.aligner.scorers.lexical import EnToZh, ZhToEn
from zhen_qa.aligner.search import Band

ZH = ["患者接受了化疗。", "今天天气很好。", "我们在北京见面。"]
EN = ["The patients accepted chemotherapy.", "The weather is fine today.", "We met in Beijing."]


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


def pair_matrix(scorer, zh: list[str], en: list[str], lexicon: Lexicon | None) -> np.ndarray:
    doc = Analysis(zh, en, lexicon)
    band = Band.full(len(zh), len(en))
    prep = scorer.prepare(doc, band, 2)
    I, J = np.meshgrid(np.arange(1, len(zh) + 1), np.arange(1, len(en) + 1), indexing="ij")
    return prep.score(1, 1, I.ravel(), J.ravel()).reshape(len(zh), len(en))


@pytest.mark.parametrize("scorer", [ZhToEn(), EnToZh()])
def test_lexical_translations_beat_other_pairs(scorer, lexicon: Lexicon) -> None:
    s = pair_matrix(scorer, ZH, EN, lexicon)
    assert np.all((s >= 0) & (s <= 1 + 1e-9))
    for i in range(3):
        assert s[i].argmax() == i and s[:, i].argmax() == i
        assert s[i, i] > 0.2


def test_lexical_merge_is_not_rewarded_for_an_unrelated_sentence(lexicon: Lexicon) -> None:
    doc = Analysis(ZH[:1], EN[:2], lexicon)
    prep = ZhToEn().prepare(doc, Band.full(1, 2), 2)
    one = prep.score(1, 1, np.array([1]), np.array([1]))[0]
    merged = prep.score(1, 2, np.array([1]), np.array([2]))[0]
    assert merged < one


def test_glossary_pair_creates_evidence(lexicon: Lexicon) -> None:
    zh, en = ["分泌组很重要。"], ["The secretome matters."]
    without = pair_matrix(ZhToEn(), zh, en, lexicon)[0, 0]
    with_g = pair_matrix(ZhToEn(), zh, en, lexicon.with_glossary([("分泌组", "secretome")]))[0, 0]
    assert with_g > without


def test_anchors_numbers_and_latin_tokens() -> None:
    zh = ["HER2阳性患者占18%。", "共有2,400名患者。", "没有数字。"]
    en = ["HER2-positive patients were 18%.", "There were 2400 patients.", "No numbers here."]
    za, ea = anchor_lists(zh, en)
    assert "l:her2" in za[0] and "l:her2" in ea[0] and "n:18%" in za[0] and "n:18%" in ea[0]
    assert "l:patients" not in ea[0]  # ordinary English words are not anchors
    s = pair_matrix(Anchors(), zh, en, None)
    assert s[0, 0] > 0.5 and s[1, 1] > 0.5
    assert s[0, 1] == 0.0 and s[1, 0] == 0.0
    assert s[2, 2] == NEUTRAL


def test_bracketed_section_labels_are_anchors_of_both_languages() -> None:
    assert section_anchors("【结果/结论】智库建设需要积淀。", "zh") == ["s:results", "s:conclusions"]
    assert section_anchors("[Result/conclusion] Building think tanks takes time.", "en") == [
        "s:results", "s:conclusions"]
    assert section_anchors("[Purpose/significance] We study it.", "en") == ["s:objective", "s:significance"]
    # a citation, a label inside the sentence or an unknown bracketed word is no section label
    for text, lang in (("[12] showed it.", "en"), ("We saw [Results] later.", "en"), ("[Note] See below.", "en"),
                       ("本文【结果】见下。", "zh"), ("【注】见下。", "zh")):
        assert section_anchors(text, lang) == [], text
    zh = ["【局限】主题选取宽泛时准确性下降。", "【结论】该方法可用于识别疾病关联。"]
    en = ["[Limitations] Broad topics lower the precision.", "[Conclusions] The method can find related diseases."]
    s = pair_matrix(Anchors(), zh, en, None)
    assert s[0, 0] > 0.5 and s[1, 1] > 0.5  # the same section
    assert s[0, 1] == 0.0 and s[1, 0] == 0.0  # different sections


def test_bracketed_enumerators_are_item_anchors_of_both_languages() -> None:
    assert item_anchors("结果表明：(1)公园主要分布在东部；（2）分形特征明显。") == ["i:1", "i:2"]
    assert item_anchors("(3） The distribution varies among provinces.") == ["i:3"]
    # a number in brackets that is no list item: a quantity, a citation, a name's digits
    for text in ("共纳入患者(12)例。", "as reported [3].", "IL-(6) was high.", "患者(n=30)"):
        assert item_anchors(text) == [], text
    zh = ["（2）国家森林公园系统分形特征明显。", "（3）国家森林公园省际间分布差异明显。"]
    en = ["(2) The fractal characteristics of the parks are obvious.", "(3) The parks vary among provinces."]
    s = pair_matrix(Anchors(), zh, en, None)
    assert s[0, 0] > 0.5 and s[1, 1] > 0.5  # the same item
    assert s[0, 1] == 0.0 and s[1, 0] == 0.0  # item (2) is not translated by item (3)


def test_length_prefers_plausible_ratio() -> None:
    zh = ["这是一个中等长度的句子。"]
    en = ["This is a sentence of medium length.", "Short.",
          "This is a very long English sentence that goes on and on and on far beyond what the Chinese says."]
    s = pair_matrix(Length(), zh, en, None)[0]
    assert s[0] > 0.8 and s[0] > s[1] and s[0] > s[2]


def test_sparse_cosine_merged_bead_equals_cosine_of_sums() -> None:
    rng = np.random.default_rng(0)
    Zd = rng.random((5, 7)) * (rng.random((5, 7)) > 0.5)
    Ed = rng.random((6, 7)) * (rng.random((6, 7)) > 0.5)
    cos = SparseCosine(rows_to_csr([dict(enumerate(r)) for r in Zd], 7),
                       rows_to_csr([dict(enumerate(r)) for r in Ed], 7), Band.full(5, 6), 3)
    for a, b, i, j in [(1, 1, 1, 1), (2, 3, 4, 5), (3, 2, 5, 6), (1, 3, 2, 3)]:
        z, e = Zd[i - a:i].sum(0), Ed[j - b:j].sum(0)
        expect = z @ e / np.sqrt((z @ z) * (e @ e))
        got = cos.cosine(a, b, np.array([i]), np.array([j]))[0]
        assert got == pytest.approx(expect, rel=1e-5)



def test_sparse_cosine_in_a_narrow_band_equals_dense_sums() -> None:
    """Rows of different window widths (a corridor) are stored one after the other: every bead ending at a
    band node still reads its own cells."""
    from zhen_qa.aligner.search import corridor, ending_nodes

    rng = np.random.default_rng(1)
    n, m, S = 40, 30, 3
    Zd = rng.random((n, 9)) * (rng.random((n, 9)) > 0.6)
    Ed = rng.random((m, 9)) * (rng.random((m, 9)) > 0.6)
    band = corridor([(0, 0), (4, 1), (6, 6), (10, 8)], n, m, 4, width=2)
    assert len(set((band.hi - band.lo).tolist())) > 2
    cos = SparseCosine(rows_to_csr([dict(enumerate(r)) for r in Zd], 9),
                       rows_to_csr([dict(enumerate(r)) for r in Ed], 9), band, S)
    Z32, E32 = Zd.astype(np.float32), Ed.astype(np.float32)
    checked = 0
    for a in range(1, S + 1):
        for b in range(1, S + 1):
            _, I, J = ending_nodes(band, band.offsets(), a, b)
            dot, _, _ = cos.dot_and_norms(a, b, I, J)
            for i, j, d in zip(I, J, dot):
                expect = sum(float(Z32[r] @ E32[c]) for r in range(i - a, i) for c in range(j - b, j))
                assert d == pytest.approx(expect, rel=1e-5, abs=1e-6)
                checked += 1
    assert checked > 1000


def test_feature_cosine_is_the_cosine_of_sums_and_neutral_where_both_sides_are_empty() -> None:
    """Sparse features (most sentences have none): every bead of every type gets the cosine of its summed vectors,
    0 where one side has no feature, the neutral score where neither has."""
    from zhen_qa.aligner.scorers.base import FeatureCosine
    from zhen_qa.aligner.search import corridor, ending_nodes

    rng = np.random.default_rng(2)
    n, m, S = 60, 50, 3
    Zd = rng.random((n, 5)) * (rng.random((n, 5)) > 0.9)
    Ed = rng.random((m, 5)) * (rng.random((m, 5)) > 0.9)
    band = corridor([(0, 0), (5, 4), (10, 9), (15, 13)], n, m, 4, width=3)
    feat = FeatureCosine(SparseCosine(rows_to_csr([{k: v for k, v in enumerate(r) if v} for r in Zd], 5),
                                      rows_to_csr([{k: v for k, v in enumerate(r) if v} for r in Ed], 5), band, S),
                         NEUTRAL)
    Z32, E32 = Zd.astype(np.float32), Ed.astype(np.float32)
    seen = set()
    for a in range(1, S + 1):
        for b in range(1, S + 1):
            _, I, J = ending_nodes(band, band.offsets(), a, b)
            for i, j, got in zip(I, J, feat.score(a, b, I, J)):
                z, e = Z32[i - a:i].sum(0), E32[j - b:j].sum(0)
                if not z.any() and not e.any():
                    expect, kind = NEUTRAL, "neutral"
                elif not z.any() or not e.any():
                    expect, kind = 0.0, "one side"
                else:
                    expect, kind = float(z @ e) / np.sqrt(float(z @ z) * float(e @ e)), "both"
                assert got == pytest.approx(expect, rel=1e-5, abs=1e-6)
                seen.add((kind, expect > 0))
    assert {("neutral", True), ("one side", False), ("both", True), ("both", False)} <= seen


def test_names_spelled_in_pinyin(lexicon: Lexicon) -> None:
    from zhen_qa.aligner.scorers.names import Names, name_lists

    zh = ["陈清扬把我拽住。", "我们在北京见面。", "二是一个数字。"]
    en = ["Chen Qingyang held me back.", "We met in Beijing.", "Er is not a name here, Two is."]
    za, ea = name_lists(zh, en, lexicon.readings)
    assert za == [["chen", "qingyang"], ["beijing"], []]  # a single character never spells "Er"
    assert ea[0] == ["chen", "qingyang"] and ea[2] == []
    s = pair_matrix(Names(), zh, en, lexicon)
    assert s[0, 0] > 0.9 and s[1, 1] > 0.9 and s[0, 1] == 0.0


def test_speech_quote_state_carries_across_english_sentences() -> None:
    from zhen_qa.aligner.scorers.speech import en_quoted

    quoted, total, open_after = en_quoted(
        ["The boy laughed.", "'Well?", "Had enough?", "Give in?' he said.", "It's done."]
    )
    assert list(quoted[:3]) == [0.0, 5.0, 10.0]  # 'Well? inside, Had enough? inside without a mark
    assert 0 < quoted[3] < total[3]  # "he said" is narration
    assert list(open_after) == [False, True, True, False, False]
    assert quoted[4] == 0.0  # an apostrophe opens no quotation


def test_speech_chinese_quotes_and_scores() -> None:
    from zhen_qa.aligner.scorers.speech import Speech, zh_quoted

    zh = ["他笑道：“你好！", "我们走吧。”", "两人走了。"]
    quoted, total = zh_quoted(zh)
    assert quoted[1] == total[1] and quoted[2] == 0 and 0 < quoted[0] < total[0]
    en = ["'Hello!' he laughed.", "'Let's go.'", "The two of them left."]
    doc = Analysis(zh, en)
    assert Speech().useful(doc)
    s = pair_matrix(Speech(), zh, en, None)
    assert s[1, 1] == pytest.approx(1.0) and s[2, 2] == pytest.approx(1.0)
    assert s[1, 2] == pytest.approx(0.0) and s[2, 1] == pytest.approx(0.0)


def test_speech_unused_without_quotes() -> None:
    from zhen_qa.aligner.scorers.speech import Speech

    assert not Speech().useful(Analysis(ZH, EN))


def test_gloss_matrices_weights_by_hand() -> None:
    from zhen_qa.aligner.scorers.lexical import gloss_matrices

    S, T = gloss_matrices([["a", "a"], ["b"]], [["x"], ["y", "x"]], {"a": ("x", "zzz"), "b": ("q",)})
    S, T = S.toarray(), T.toarray()
    assert S.shape == T.shape
    idf1, idf2 = np.log(3 / 1.5), np.log(3 / 2.5)  # seen in one of two sentences / in both
    x = int(np.nonzero(T[0])[0][0])  # x: the only item of the first target sentence
    assert T[0, x] == pytest.approx(idf2, rel=1e-5) and T[1].sum() == pytest.approx(idf2 + idf1, rel=1e-5)
    assert S[0, x] == pytest.approx(2 * idf1, rel=1e-5)  # "zzz" is not in the target document: one sense
    b_cols = np.nonzero(S[1])[0]
    assert len(b_cols) == 1 and T[:, b_cols[0]].sum() == 0  # b has no translation there: a private column


def test_zh_open_follows_quotes_across_sentences() -> None:
    from zhen_qa.aligner.scorers.speech import zh_open

    assert list(zh_open(["他道：“好啊？", "走吧。”", "「来」他说。"])) == [True, False, False]


def test_zh_open_a_missing_closing_mark_does_not_leak() -> None:
    from zhen_qa.aligner.scorers.speech import zh_open

    assert list(zh_open(["他道：“好，你过来！", "“韦小宝道：“是！”", "他走了。"])) == [False, False, False]


def test_a_quotation_never_closed_is_a_stray_mark() -> None:
    from zhen_qa.aligner.scorers.speech import MAX_OPEN, zh_open

    zh = ["他说：“好。"] + ["天很冷。"] * (MAX_OPEN + 3)
    assert not zh_open(zh).any()
    assert zh_open(["他说：“好。", "走吧。”"]).tolist() == [True, False]


def test_sparse_cosine_of_few_feature_rows_equals_the_full_sums() -> None:
    """With features in few sentences (anchors, names), beads of all-zero rows are not read: the dot products
    are the full sums, bit for bit."""
    from zhen_qa.aligner.search import corridor, ending_nodes

    rng = np.random.default_rng(2)
    n, m, S = 60, 50, 3
    Zd = np.zeros((n, 5))
    Ed = np.zeros((m, 5))
    for r in rng.choice(n, 6, replace=False):
        Zd[r, rng.integers(5)] = rng.random()
    for r in rng.choice(m, 6, replace=False):
        Ed[r, rng.integers(5)] = rng.random()
    Zd[10, 1] = Ed[8, 1] = 1.0  # at least one shared feature inside the band
    band = corridor([(0, 0), (5, 4), (10, 9), (15, 13)], n, m, 4, width=3)
    cos = SparseCosine(rows_to_csr([dict(enumerate(r)) for r in Zd], 5),
                       rows_to_csr([dict(enumerate(r)) for r in Ed], 5), band, S)
    assert cos.live is not None and 0 < cos.live.sum() < n / 4
    positive = 0
    for a in range(1, S + 1):
        for b in range(1, S + 1):
            _, I, J = ending_nodes(band, band.offsets(), a, b)
            dot, _, _ = cos.dot_and_norms(a, b, I, J)
            full = cos._dot(a, b, I, J)
            assert np.array_equal(dot, full) and np.array_equal(np.signbit(dot), np.signbit(full))
            positive += int((dot > 0).sum())
    assert positive > 0


def test_char_lengths_drop_exactly_what_a_whitespace_pattern_matches() -> None:
    import re
    import sys

    from zhen_qa.aligner.scorers.length import char_lengths

    spaces = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", ch))
    assert " " in spaces and "\u3000" in spaces and "\x85" in spaces and "\u200b" not in spaces
    texts = ["", "a b", "分泌组 是\u3000什么", spaces, "x" + spaces + "y\u200bz", "\x1c\x1d\x1e\x1fq"]
    assert list(char_lengths(texts)) == [float(len(re.sub(r"\s+", "", t))) for t in texts]


def test_length_z_value_is_zero_at_the_ratio_and_negative_for_short_english() -> None:
    mu = log_ratio(20.0, 30.0)
    assert math.isclose(mu, math.log((30.0 + K) / (20.0 + K)))
    assert z_value(20.0, 30.0, mu) == 0.0
    assert z_value(20.0, 10.0, mu) < 0 < z_value(20.0, 60.0, mu)
    # a longer Chinese text has the smaller spread: the same ratio off is further off
    assert z_value(200.0, 100.0, 0.0) < z_value(20.0, 10.0, 0.0)
