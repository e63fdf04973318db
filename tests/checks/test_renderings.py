"""Tests of checks.renderings: a translator's own renderings of a concept, learned from one file's beads."""
from __future__ import annotations

from zhen_qa.checks.renderings import Bead, Renderings, en_tokens, linked, near_variant, zh_tokens

ZH2EN = {"孕妇": ("pregnant", "woman"), "间歇": ("intermittent",), "新冠肺炎": ("covid",)}
EN2ZH = {"covid": ("新冠肺炎",), "soap": ("肥皂", "皂"), "show": ("显示",)}


def beads(lang: str, rows: list[tuple[str, set[str]]], named: frozenset[int] = frozenset()) -> Renderings:
    found = [Bead((k,), text, frozenset(c), "f", frozenset(c) if k in named else frozenset())
             for k, (text, c) in enumerate(rows)]
    return Renderings(found, lang, ZH2EN, EN2ZH)


def test_tokens() -> None:
    assert en_tokens("The Women, and 19 mothers") == {"woman": "women", "mother": "mothers"}
    assert set(zh_tokens("皂液\0洗手")) == {"皂液", "洗手"}
    assert "间歇组" in zh_tokens("間歇組")  # script folded


def test_linked() -> None:
    assert linked("women", "en", "孕妇", ["pregnant woman"], ZH2EN, EN2ZH)  # a word of the listed rendering
    assert linked("covid", "en", "肺炎", ["pneumonia"], ZH2EN, EN2ZH)  # its Chinese holds the term
    assert not linked("showed", "en", "孕妇", ["pregnant woman"], ZH2EN, EN2ZH)
    assert linked("间歇", "zh", "intermittent fasting", ["间歇性禁食"], ZH2EN, EN2ZH)
    assert linked("皂液", "zh", "soaps", ["肥皂液"], {}, {}) and linked("皂液", "zh", "soaps", ["洗剂"], ZH2EN, EN2ZH)
    assert not linked("研究", "zh", "soaps", ["洗剂"], ZH2EN, EN2ZH)


PW = ("孕妇", ("pregnant woman",))


def test_a_word_kept_for_the_concept_is_learned() -> None:
    r = beads("en", [("Women were at higher risk.", {"pw"}), ("Most women recovered.", {"pw"}),
                     ("Symptoms in women were mild.", {"pw"}), ("The virus spread.", set())])
    assert r.learned("pw", (0,), [(1,), (2,)], *PW) == "women"


def test_a_word_nothing_ties_to_the_term_is_not_learned() -> None:
    r = beads("en", [("It showed risk.", {"pw"}), ("It showed recovery.", {"pw"}), ("It showed mildness.", {"pw"}),
                     ("The virus spread.", set())])
    assert r.learned("pw", (0,), [(1,), (2,)], *PW) is None


def test_one_other_bead_is_not_evidence() -> None:
    # an injected or dropped word in one sentence is never learned
    r = beads("en", [("Women were at risk.", {"pw"}), ("Most women recovered.", {"pw"}), ("It spread.", set())])
    assert r.learned("pw", (0,), [(1,)], *PW) is None
    assert r.learned("pw", (0,), [(1,), (2,)], *PW) is None  # the other bead lacks the word


def test_a_word_common_outside_the_concept_is_not_learned() -> None:
    rows = [("Women were at risk.", {"pw"}), ("Most women recovered.", {"pw"}), ("Women were mild.", {"pw"})]
    rows += [("Women number one.", set())]
    assert beads("en", rows).learned("pw", (0,), [(1,), (2,)], *PW) == "women"  # 3 with, 1 without
    rows += [("Women again.", set())]
    assert beads("en", rows).learned("pw", (0,), [(1,), (2,)], *PW) is None  # 3 with, 2 without: not twice as often


def test_chinese_short_form_is_learned() -> None:
    r = beads("zh", [("间歇组体重下降。", {"if"}), ("间歇组的依从性较低。", {"if"}), ("间歇方案更简单。", {"if"}),
                     ("对照组没有变化。", set())])
    assert r.learned("if", (0,), [(1,), (2,)], "intermittent fasting", ("间歇性禁食",)) in {"间歇", "间歇组"}


def test_near_variant_of_the_listed_rendering_is_learned_only_where_the_file_never_writes_the_listed_form() -> None:
    assert near_variant("三项临床实验显示", ["临床试验"])
    assert near_variant("羟基氯喹治疗", ["羟氯喹"])
    assert not near_variant("间歇组体重下降", ["间歇性禁食"])
    rows = [(f"临床实验第{k}阶段。", {"ct"}) for k in "一二三"] + [("临床试验没有变化。", {"ct"})]
    listed = ("clinical trial", ("临床试验",))
    assert beads("zh", rows, named=frozenset({3})).learned("ct", (0,), [(1,), (2,)], *listed) is None  # mixed: a slip
    assert beads("zh", rows).learned("ct", (0,), [(1,), (2,)], *listed) in {"临床", "临床实", "临床实验"}


def test_the_lexicon_tables_are_not_read_whole_to_be_kept() -> None:
    # the lexicon's shard tables read every shard to tell their length: keeping them must not ask it
    class Lazy(dict):  # type: ignore[type-arg]
        def __len__(self) -> int:
            raise AssertionError("the whole table was read")

    table = Lazy({"间歇": ("intermittent",)})
    r = Renderings([], "zh", zh2en=table, en2zh=table)
    assert r.zh2en is table and r.en2zh is table


def test_sizes_count_a_files_beads_and_those_naming_the_concept() -> None:
    beads = [Bead((1,), "疫情", frozenset({"outbreak"}), "a"), Bead((2,), "病例", frozenset(), "a"),
             Bead((3,), "疫情", frozenset({"outbreak"}), "b")]
    r = Renderings(beads, "zh")
    assert r.sizes("a", "outbreak") == (2, 1)
    assert r.sizes("b", "outbreak") == (1, 1)
    assert r.sizes("a", "cluster") == (2, 0)
