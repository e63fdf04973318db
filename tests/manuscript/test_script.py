"""One Han character class for every package: the basic block, extension A, compatibility and extensions B-H."""
from __future__ import annotations

import re

import pytest

from zhen_qa.manuscript.script import HAN, detect_lang, han_count, has_digit, is_han


@pytest.mark.parametrize("ch", ["中", "㐀", "豈", "𠮷", "𪜀", "𰀀", "𱍐"])
def test_han(ch: str) -> None:
    assert is_han(ch) and re.fullmatch(f"[{HAN}]", ch)


@pytest.mark.parametrize("ch", ["a", "，", "。", "ア", "한", "1", "\U000323b0"])
def test_not_han(ch: str) -> None:
    assert not is_han(ch)


def test_extension_b_text_is_chinese() -> None:
    assert detect_lang("𠮷野家𠮷野家") == "zh"


def test_no_module_writes_its_own_han_class() -> None:
    """Han ranges (from extension A's U+3400) are written once, in manuscript/script.py; a module that needs
    another range says why beside it (jieba's own \\u4e00-\\u9fd5)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    packages = ("aligner", "checks", "glossary", "manuscript", "report", "zhen_qa")
    own = [f"{p.relative_to(root)}:{n}" for package in packages for p in sorted((root / package).rglob("*.py"))
           if p.name != "script.py"
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if re.search(r"\\u3400|\\u4dbf|[\u3400-\u4dbf]-", line)]
    assert own == []


@pytest.mark.parametrize("text", ["𠮷野家", "豈", "䶵"])
def test_every_han_test_of_the_packages_takes_extension_and_compatibility_characters(text: str) -> None:
    from zhen_qa.aligner.unit_folds import word_count
    from zhen_qa.checks.presence_zh import han_word
    from zhen_qa.checks.term_forms import all_han
    from zhen_qa.glossary.discover.collect import HAN_RUN

    assert han_word().fullmatch(text) and all_han().fullmatch(text) and HAN_RUN.fullmatch(text)
    assert word_count(text) == len(text) / 2
    assert not re.fullmatch(f"[{HAN}]", "\u4dc0")  # a hexagram symbol inside U+3400-U+9FFF is no Han character


@pytest.mark.parametrize("ch", ["\u3400", "\uf900", "\U00020bb7"])
def test_the_han_classes_inside_patterns_take_every_han_character(ch: str) -> None:
    # the classes that once read only U+4E00-U+9FFF: a list of items sharing their last character, a demonstrative
    # before a term, a marked modifier, a LaTeX comment's prose words
    from zhen_qa.checks.number_evidence import list_counts
    from zhen_qa.checks.term_initialism_marked import _ZH_MARKED
    from zhen_qa.checks.term_rendered import _zh_demonstrative
    from zhen_qa.manuscript.latex import _PROSE_WORDS

    assert list_counts(f"分为甲{ch}、乙{ch}和丙{ch}") == {3}
    assert _zh_demonstrative().search(f"该{ch}")
    assert _ZH_MARKED.search(f"软{ch}型")
    assert len(_PROSE_WORDS.findall(f"{ch}{ch} 中{ch}")) == 2


def test_has_digit_is_any_character_isdigit() -> None:
    """`has_digit` answers as `any(c.isdigit() for c in text)` (its regular expression first, for speed): ASCII and
    full-width digits, Arabic-Indic ones, and superscripts (isdigit, not \\d) too."""
    for text in ("", "no digits here.", "p < 0.05", "共１２例", "٣ items", "m²", "x¹", "二十世纪九十年代", "第三章。"):
        assert has_digit(text) == any(c.isdigit() for c in text), text


def test_han_count_counts_what_is_han_says() -> None:
    for text in ("", "abc", "本文 uses 3 种方法。", "\u3400\U00020000x\uf900", "。！？"):
        assert han_count(text) == sum(1 for c in text if is_han(c)), text


NARROW_HAN_LEFT = {"aligner/orphan_repeats.py", "checks/term_code_named.py", "checks/term_cut_by_block.py",
                   "checks/term_gene.py", "checks/term_heading_short.py", "checks/term_other_sense.py",
                   "checks/term_regimen_kept.py", "checks/term_this_thing.py", "checks/term_user.py"}
"""Modules that still write the basic block U+4E00-U+9FFF by hand (stop 64: edited by others that stop); the
list may only shrink."""


def test_no_new_module_writes_the_basic_han_block_by_hand() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    packages = ("aligner", "checks", "glossary", "manuscript", "report", "zhen_qa")
    narrow = {str(p.relative_to(root)) for package in packages for p in sorted((root / package).rglob("*.py"))
              if p.name != "script.py" and "\\u4e00-\\u9fff" in p.read_text(encoding="utf-8")}
    assert narrow <= NARROW_HAN_LEFT


@pytest.mark.parametrize("ch", ["\u3400", "\uf900", "\U00020bb7"])
def test_the_classes_swapped_at_stop_64_take_every_han_character(ch: str) -> None:
    # a bracketed list item, a glued section number, a bracketed label, a run of a repeated clause, a numbered noun
    from zhen_qa.aligner.list_markers import _BRACKET_LIST
    from zhen_qa.aligner.scorers.anchors import _ZH_LABEL
    from zhen_qa.checks.citation_series import _BEFORE
    from zhen_qa.checks.clause_beside import _HAN_RUN
    from zhen_qa.checks.number_implied import _ZH_CLASSIFIER, _ZH_LAST_JOIN
    from zhen_qa.checks.number_lists import _ZH_GLUED_ITEM

    assert _BRACKET_LIST.search(f"见（1）{ch}甲")
    assert _ZH_LABEL.match(f"【{ch}甲】")
    assert _BEFORE.search(f"如{ch}{ch}{ch}{ch}")
    assert _HAN_RUN.search(ch * 40)
    assert _ZH_CLASSIFIER.match(f"例{ch}") and _ZH_LAST_JOIN.search(f"{ch}和{ch}")
    assert _ZH_GLUED_ITEM.match(f"1.2{ch}")
