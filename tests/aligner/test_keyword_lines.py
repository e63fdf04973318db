"""Unlabelled keyword lines after an abstract: never paired with prose, so a missing English side is reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.keyword_lines import list_groups
from zhen_qa.checks.engine import check_manuscript

ZH_KEYWORDS = "味道；判断；决策；情绪；隐喻"
EN_KEYWORDS = "Taste; judgment; decision-making; emotion; metaphor"
ZH = ("味道不仅是一种感觉，它还潜在地影响着人们对他人、道德和风险的判断，并改变着人们在日常生活中的选择与决策。"
      "已有研究存在样本较小、测量方法不统一等问题，未来研究可以从情绪和隐喻两个角度继续检验味道影响判断和决策的机制。\n"
      + ZH_KEYWORDS + "\n")
EN = ("Taste is more than a sensation. It quietly shapes how people judge others, morality and risk, "
      "and changes the choices people make in daily life. Existing studies have small samples and "
      "inconsistent measures. Future research could examine emotion and metaphor. "
      "Both may explain how taste affects judgment and decision-making.\n")


def test_groups_keep_closing_keyword_lines_apart() -> None:
    abstract_zh, abstract_en = "本研究调查了睡眠。", "This study surveyed sleep."
    assert list_groups([abstract_zh, ZH_KEYWORDS], [abstract_en, EN_KEYWORDS]) == ([0, 1], [0, 1])
    assert list_groups([abstract_zh, ZH_KEYWORDS], [abstract_en]) == ([0, 1], [0])
    assert list_groups([abstract_zh, ZH_KEYWORDS], [EN_KEYWORDS]) == ([0, 1], [1])
    assert list_groups([abstract_zh], [abstract_en, EN_KEYWORDS]) == ([0], [0, 1])  # the Chinese list is missing
    run_together = "味道判断决策情绪隐喻"  # its separators lost
    assert list_groups([abstract_zh, run_together], [abstract_en, EN_KEYWORDS]) == ([0, 1], [0, 1])
    assert list_groups([abstract_zh, ZH_KEYWORDS + "。"], [abstract_en, EN_KEYWORDS + "."]) == ([0, 1], [0, 1])
    assert list_groups([abstract_zh], [abstract_en]) is None
    assert list_groups([ZH_KEYWORDS], [EN_KEYWORDS]) is None  # nothing but a list: nothing to keep it from


def _untranslated(zh: str, en: str) -> list[str]:
    findings = check_manuscript(build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False))
    return [f"{f.location.line}:{f.message}" for f in findings if f.rule == "untranslated"]


def test_clean_abstract_with_keywords_has_no_untranslated() -> None:
    assert _untranslated(ZH, EN + EN_KEYWORDS + "\n") == []


def test_missing_english_keyword_line_is_reported() -> None:
    # the English abstract says the Chinese in more sentences: as prose, the keyword line was paired with the last
    found = _untranslated(ZH, EN)
    assert len(found) == 1 and found[0].startswith("2:") and ZH_KEYWORDS in found[0]


def test_missing_english_abstract_is_one_finding_beside_the_keyword_line() -> None:
    zh = "味道影响判断和决策。味道不仅是一种感觉，它还潜在地影响着人们对他人、道德和风险的判断。\n" + ZH_KEYWORDS + "\n"
    found = _untranslated(zh, EN_KEYWORDS + "\n")
    assert len(found) == 1 and found[0].startswith("1:2 sentences in a row")


def test_word_closing_the_abstract_and_opening_the_keywords_is_no_repetition() -> None:
    # the abstract lost its final full stop (PDF extraction): its last word and the first keyword are two blocks
    zh = ("石斛属植物含有多种具有抗肿瘤活性的成分，本文综述了这些成分的抗肿瘤作用及其机制，并展望了今后的研究方向。"
          "本文可为从石斛中开发新的抗肿瘤药物提供理论依据，也可为合理有效地利用石斛资源提供科学依据。\n"
          "石斛属，抗肿瘤，活性成分，作用机制\n")
    en = ("Dendrobium contains many components with antitumor activity. This article reviews the antitumor effects of "
          "these components and their mechanisms, and looks ahead to future research. It could provide a theoretical "
          "basis for developing new antitumor medicine from Dendrobium, and a scientific basis for the rational and "
          "effective use of Dendrobium\nDendrobium, antitumor, active ingredient, mechanism of action\n")
    findings = check_manuscript(build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False))
    assert [f.rule for f in findings if f.rule in ("repeated-char", "untranslated", "extra-target")] == []


def test_moved_passages_are_rejoined_only_inside_a_group() -> None:
    from zhen_qa.aligner.pairing import Pairing, _rejoined
    from zhen_qa.manuscript.document import Bead, Pair, Role, Sentence
    from zhen_qa.manuscript.source import MappedText, SourceText

    def sentence(text: str, lang: str) -> Sentence:
        return Sentence(MappedText.span(SourceText(f"{lang}.txt", text), 0, len(text)), lang, Role.PARAGRAPH)

    def pair_all(zh: object, en: object, groups: object = None, *, paragraphs: bool = False,
                 en_blocks: object = None, zh_blocks: object = None, written: object = None) -> list[Bead]:
        return [Bead((0,), (0,), 1.0)]  # a second alignment that finds the leftovers to be counterparts

    pair = Pair("body", (sentence("本研究调查了睡眠。", "zh"), sentence(ZH_KEYWORDS, "zh")),
                (sentence("This study surveyed sleep.", "en"), sentence("It also looked at anxiety.", "en")),
                (Bead((0,), (0,), 0.6), Bead((), (1,), 0.5), Bead((1,), (), 0.5)))
    opts = Pairing(align=pair_all)
    assert Bead((1,), (1,), 1.0) in _rejoined(pair, opts).beads  # without groups the keyword line is "moved"
    assert _rejoined(pair, opts, ([0, 1], [0, 0])).beads == pair.beads  # the list and the prose stay apart


def test_missing_chinese_keyword_line_is_one_finding_naming_it() -> None:
    found = _untranslated(ZH.replace(ZH_KEYWORDS + "\n", ""), EN + EN_KEYWORDS + "\n")
    assert found == [f"2:the Chinese keyword line (关键词) is missing: the English keywords (line 2) have no Chinese "
                     f"keywords: {EN_KEYWORDS}"]


def test_a_chinese_keyword_line_whose_separators_were_lost_pairs_with_the_english_one() -> None:
    zh = ZH.replace(ZH_KEYWORDS, "味道判断决策情绪隐喻")
    findings = check_manuscript(build_from_texts(zh, EN + EN_KEYWORDS + "\n", "zh.txt", "en.txt", presplit=False))
    assert [f.rule for f in findings if f.rule in ("untranslated", "extra-target")] == []
