"""Tests of checks.term_compound_whole: an English one-word term inside a longer English compound that the Chinese
renders whole by a word of its own ("thermal radiation" = 热辐射 where "radiation" is admitted for 放疗)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.glossary.model import Concept

G = gl(Concept("radiotherapy", "放疗", "radiotherapy", zh_admitted=("放射治疗",),
               en_admitted=("radiation therapy", "radiation")))
FIRST_ZH, FIRST_EN = "患者先接受了放疗。", "The patient first received radiotherapy."


def missing(zh: list[str], en: list[str]) -> int:
    return len(only(run(G, [FIRST_ZH, *zh], [FIRST_EN, *en]), "term-missing"))


def test_a_compound_the_chinese_renders_whole_is_another_concept() -> None:
    assert missing(["炉壁散发的热辐射很强。"], ["The furnace wall gives off strong thermal radiation."]) == 0
    assert missing(["工人应避免核辐射。"], ["Workers should avoid nuclear radiation."]) == 0


def test_the_same_compound_elsewhere_in_the_file_is_that_compound_too() -> None:
    zh = ["工人应避免核辐射。", "这台设备不产生射线。"]
    en = ["Workers should avoid nuclear radiation.", "This device produces no nuclear radiation."]
    assert missing(zh, en) == 0


def test_the_term_itself_left_out_is_still_missing() -> None:
    # the one-word term with no compound around it
    assert missing(["随后又接受了手术。"], ["Then he received radiation."]) == 1
    # a compound whose Chinese is not one word of the lexicon: no dictionary fact, still asked
    assert missing(["随后又接受了局部照射。"], ["Then he received local radiation."]) == 1
    # the compound named in another sentence, this one saying the term alone: still missing
    zh = ["工人应避免核辐射。", "随后又接受了手术。"]
    assert missing(zh, ["Workers should avoid nuclear radiation.", "Then he received radiation."]) == 1


def test_a_compound_word_holding_the_term_has_the_concept() -> None:
    g = gl(Concept("radiation", "辐射", "radiation"))
    # 热辐射 holds 辐射: the Chinese names the concept; nothing is missing on either side
    assert only(run(g, ["炉壁散发的热辐射很强。"], ["The furnace wall gives off strong thermal radiation."]),
                "term-missing") == []


def test_a_word_the_dictionary_describes_by_the_compound_renders_other_words() -> None:
    # 蛋氨酸 is glossed "methionine, an essential amino acid": it says "essential amino" only as a description; its
    # other glosses, "methionine" and "acid", are what the English says besides, so it renders those, and
    # "essential" (必需) is missing, neither rendered whole by it (compound-whole) nor glossed by it (zh-gloss)
    from zhen_qa.checks.term_excuses import switched

    g = gl(Concept("essential", "必需", "essential"))
    en = ["Methionine is an essential amino acid for animals.", "Arginine is also essential."]
    for zh in (["蛋氨酸是动物的物质氨基酸。", "精氨酸也是必需的。"], ["蛋氨酸是动物的氨基酸。", "精氨酸也是必需的。"]):
        with switched() as silenced:
            assert len(only(run(g, zh, en), "term-missing")) == 1
        assert silenced == {}
