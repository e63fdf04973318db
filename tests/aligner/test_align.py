from __future__ import annotations

import pytest

import zhen_qa.aligner.align as A
from zhen_qa.aligner.align import align

ZH = ["患者接受了化疗。", "今天天气很好。", "我们在北京见面。", "他们讨论了癌症的治疗。"]
EN = ["The patients accepted chemotherapy.", "The weather is fine today.", "We met in Beijing.",
      "They discussed the treatment of cancer."]


def pairs(beads):
    return [(b.zh, b.en) for b in beads]


def check_cover(beads, n: int, m: int, max_side: int = 3) -> None:
    zs = [i for b in beads for i in b.zh]
    es = [j for b in beads for j in b.en]
    assert zs == list(range(n)) and es == list(range(m))
    assert all(len(b.zh) <= max_side and len(b.en) <= max_side for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_one_to_one() -> None:
    beads = align(ZH, EN)
    assert pairs(beads) == [((k,), (k,)) for k in range(4)]
    check_cover(beads, 4, 4)


def test_english_split_in_two_gives_one_to_two() -> None:
    en = [EN[0], "The weather is fine.", "It is a fine day today.", EN[2], EN[3]]
    beads = align(ZH, en)
    assert ((1,), (1, 2)) in pairs(beads)
    check_cover(beads, 4, 5)


def test_extra_english_sentence_is_a_null_bead_with_high_confidence() -> None:
    en = EN[:2] + ["Xylophones are rarely tuned by volcanologists."] + EN[2:]
    beads = align(ZH, en)
    p = pairs(beads)
    assert ((), (2,)) in p and ((2,), (3,)) in p
    null = beads[p.index(((), (2,)))]
    assert null.score > 0.7


def test_empty_inputs() -> None:
    assert align([], []) == []
    assert pairs(align(ZH[:2], [])) == [((0,), ()), ((1,), ())]
    assert pairs(align([], EN[:1])) == [((), (0,))]
    with pytest.raises(ValueError):
        align(ZH, EN, max_side=0)


def test_glossary_pairs_add_evidence() -> None:
    zh = ["分泌组很重要。", "我们在北京见面。"]
    en = ["We met in Beijing.", "The secretome matters."]
    # crossed order: 分泌组 cannot pair with its translation, so it is a 1-0 bead; with the
    # glossary a translation exists, so the confidence that it is untranslated drops
    with_g = {(b.zh, b.en): b.score for b in align(zh, en, glossary_pairs=[("分泌组", "secretome")])}
    without = {(b.zh, b.en): b.score for b in align(zh, en)}
    assert ((0,), ()) in with_g and ((0,), ()) in without
    assert with_g[((0,), ())] < without[((0,), ())] - 0.1


def test_long_document_uses_corridor_and_stays_correct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(A, "FULL_LIMIT", 200)
    zh = ZH * 15
    en = EN * 15
    beads = align(zh, en)
    check_cover(beads, 60, 60)
    assert sum(1 for b in beads if len(b.zh) == 1 and b.zh == b.en) >= 55


ABSTRACT_ZH = ["本研究评估了二甲双胍对2型糖尿病患者血糖控制的效果。", "我们纳入了240名患者，随机分为两组。",
               "治疗组患者每日服用二甲双胍，对照组患者服用安慰剂。", "主要终点是12周时糖化血红蛋白的变化。",
               "治疗组患者的糖化血红蛋白下降了1.2%。", "对照组患者的糖化血红蛋白没有明显变化。",
               "两组患者的不良事件发生率相似。", "二甲双胍能有效改善2型糖尿病患者的血糖控制。"]
ABSTRACT_EN = ["This study evaluated the effect of metformin on glycemic control in patients with type 2 diabetes.",
               "We enrolled 240 patients and randomly assigned them to two groups.",
               "Patients in the treatment group took metformin daily, and patients in the control group took placebo.",
               "The primary end point was the change in glycated hemoglobin at 12 weeks.",
               "Glycated hemoglobin decreased by 1.2% in the treatment group.",
               "Glycated hemoglobin did not change significantly in the control group.",
               "The incidence of adverse events was similar in the two groups.",
               "Metformin effectively improves glycemic control in patients with type 2 diabetes."]


@pytest.mark.parametrize("k", range(len(ABSTRACT_EN)))
def test_deleted_english_sentence_gives_a_confident_one_to_zero_bead(k: int) -> None:
    en = ABSTRACT_EN[:k] + ABSTRACT_EN[k + 1:]
    beads = align(ABSTRACT_ZH, en)
    expected = [((i,), (i if i < k else i - 1,)) for i in range(len(ABSTRACT_ZH)) if i != k]
    assert ((k,), ()) in pairs(beads)
    assert [p for p in pairs(beads) if p[1]] == expected
    null = beads[pairs(beads).index(((k,), ()))]
    assert null.score > 0.4


def test_clean_abstract_has_no_null_beads() -> None:
    assert all(b.zh and b.en for b in align(ABSTRACT_ZH, ABSTRACT_EN))


def test_a_speech_split_in_english_stays_in_one_bead() -> None:
    zh = ["他走进屋里。", "男孩笑道：“投不投降？你输了。”", "他摇了摇头。"]
    en = ["He went into the room.", "'Surrender?", "You have lost,' laughed the boy.", "He shook his head."]
    assert ((1,), (1, 2)) in pairs(align(zh, en))


def test_quote_cost_keeps_bead_ends_out_of_one_sided_open_quotations(monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.aligner.scorers.length import Length

    # length evidence alone puts a bead end after "It will soon be dark." (inside the English quotation only)
    monkeypatch.setattr(A, "SCORERS", ((Length(), 1.0),))
    monkeypatch.setattr(A, "join_nulls", lambda path, similarity, max_side, **_: path)  # the search's own path
    zh = ["他说：“我们走吧。天快黑了，路又远。”", "她点了点头，站起身来，拿起了包。"]
    en = ["'Let us go.", "It will soon be dark.", "The road is long.'", "She nodded, stood up and picked up her bag."]
    monkeypatch.setattr(A, "QUOTE_CUT", 0.0)
    assert ((0,), (1,)) in pairs(align(zh, en))
    monkeypatch.setattr(A, "QUOTE_CUT", 1.0)
    beads = align(zh, en)
    assert all(b.en[-1] >= 2 for b in beads if b.zh and b.en)
    check_cover(beads, 2, 4)


def test_cyclic_collector_is_paused_while_aligning_and_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: list[bool] = []
    load = A.load_lexicon
    monkeypatch.setattr(A, "load_lexicon", lambda: seen.append(gc.isenabled()) or load())
    was = gc.isenabled()
    try:
        gc.enable()
        beads = align(ZH[:2], EN[:2])
        assert gc.isenabled() and [(b.zh, b.en) for b in beads] == [((0,), (0,)), ((1,), (1,))]
        if not gc.get_freeze_count():  # what the alignment made is in the oldest generation, not traversed again
            assert any(o is beads for o in gc.get_objects(generation=2))
        gc.disable()
        align(ZH[:2], EN[:2])
        assert not gc.isenabled()  # a caller's choice is kept
        gc.enable()
        with pytest.raises(ValueError):
            align(ZH[:2], EN[:2], groups=([0], [0]))
        assert gc.isenabled()  # also after an error
        gc.freeze()
        frozen = gc.get_freeze_count()
        align(ZH[:2], EN[:2])
        assert gc.get_freeze_count() >= frozen > 0  # what a caller froze stays frozen
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
    assert seen == [False, False, False, False]


def test_one_long_chinese_sentence_written_as_five_english_ones_is_one_bead() -> None:
    # a Chinese sentence of commas the English writes as five sentences: beyond MAX_SIDE, within WIDE_SIDE
    zh = [ZH[0], "我们在北京见面，讨论了癌症的治疗，患者接受了化疗，天气很好，会议在下午结束。", ZH[3]]
    en = [EN[0], "We met in Beijing.", "We discussed the treatment of cancer.", "The patients accepted chemotherapy.",
          "The weather was fine.", "The meeting ended in the afternoon.", EN[3]]
    beads = align(zh, en)
    assert pairs(beads) == [((0,), (0,)), ((1,), (1, 2, 3, 4, 5)), ((2,), (6,))]
    assert ((1,), (1, 2, 3, 4, 5)) not in pairs(align(zh, en, max_side=A.MAX_SIDE))


def test_groups_keep_beads_inside_one_group() -> None:
    zh = ["我们训练模型。", "我们保存模型。"]
    en = ["We train the model.", "We save the model."]
    assert [(b.zh, b.en) for b in align(zh, en)] == [((0,), (0,)), ((1,), (1,))]
    crossed = align(zh, en, groups=([0, 1], [1, 1]))  # the first Chinese sentence may not pair with anything
    assert [(b.zh, b.en) for b in crossed if b.zh and b.en] == [((1,), (1,))]


def test_written_texts_must_give_one_text_a_sentence() -> None:
    with pytest.raises(ValueError):
        align(["你好。"], ["Hello."], paragraphs=True, zh_blocks=[0], en_blocks=[0], written=(["你好。"], []))
    # given whole, the written texts leave a plain pair as it is
    assert [(b.zh, b.en) for b in align(["你好。"], ["Hello."], written=(["你好。"], ["Hello."]))] == [((0,), (0,))]
