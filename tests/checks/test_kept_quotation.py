"""checks.kept_quotation: an English quotation the Chinese page keeps in its original words with its translation
right after it is no untranslated content and no changed number; English pasted in place of the translation, a kept
quotation whose translation is missing and a number the translation changes are still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.kept_quotation import kept_quotations

QUOTE = "(in §4) A configuration file SHALL be written in plain text. Each key may appear at most once."
ZH = f"""# 配置文件

规范是这样说的：

> {QUOTE}
>
> 翻译：配置文件应该以纯文本书写。每个键最多出现一次。

本工具逐行读取配置文件，并在出错时报告行号。
"""
EN = f"""# Configuration files

The specification says:

> {QUOTE}

The tool reads the configuration file line by line and reports the line number on an error.
"""
RULES = ["untranslated", "untranslated-span", "number-mismatch"]


def _findings(zh: str, en: str) -> list[tuple[str, str]]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [(f.rule, f.lang) for f in check_manuscript(ms, select=RULES)]


def test_a_quotation_kept_beside_its_translation_is_no_finding() -> None:
    assert _findings(ZH, EN) == []


def test_the_kept_sentences_and_the_english_they_quote() -> None:
    ms = build_from_texts(ZH, EN, "a.zh.md", "a.en.md", presplit=False)
    pair = ms.pairs[0]
    kept = kept_quotations(pair)
    assert [pair.zh[i].text.text.split()[0] for i in sorted(kept.zh)] == ["(in"]
    assert " ".join(pair.en[j].text.text for j in sorted(kept.en)) == QUOTE


def test_english_pasted_in_place_of_the_translation_is_still_reported() -> None:
    """No Chinese translation after the English (the Chinese after it translates the next paragraph): the
    translator left the quotation untranslated, one finding on the copy."""
    zh = ZH.replace(">\n> 翻译：配置文件应该以纯文本书写。每个键最多出现一次。\n", "")
    assert [rule for rule, _lang in _findings(zh, EN)] == ["untranslated-span"]


def test_a_kept_quotation_whose_english_page_pairs_it_elsewhere_is_still_reported() -> None:
    """The English page quotes it after a paragraph the Chinese renders first: the Chinese right after the
    quotation translates that paragraph, not the quotation; the quotation stays English left in the Chinese."""
    zh = ZH.replace(">\n> 翻译：配置文件应该以纯文本书写。每个键最多出现一次。\n", "")
    en = EN.replace("The tool reads the configuration file line by line and reports the line number on an error.\n",
                    "")
    assert _findings(zh, en) != []


def test_a_number_the_translation_changes_is_still_reported() -> None:
    zh = ZH.replace("每个键最多出现一次", "每个键最多出现 3 次")
    assert ("number-mismatch", "en") in _findings(zh, EN) or ("number-mismatch", "zh") in _findings(zh, EN)


def test_an_english_paragraph_left_above_its_translation_outside_a_block_quote_is_still_reported() -> None:
    """The page's own English text the translator forgot to delete above the translation (no block quote: no
    quotation) is English left in the Chinese page (karmada add-new-api 49, a T row)."""
    zh = ZH.replace(f"> {QUOTE}\n>\n> 翻译：", f"{QUOTE}\n\n")
    en = EN.replace(f"> {QUOTE}", QUOTE)
    assert _findings(zh, en) != []
