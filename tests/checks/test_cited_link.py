"""checks.cited_link: English in the text of a link to another site's document, linked with the same text by the
English page, is the cited document's title; English in a link to a page of the site, in a link the English page
words otherwise, or outside a link is still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

TITLE = "How to write a small configuration parser by hand"
ZH = f"""# 解析器

关于如何设计解析器，可以参考 [{TITLE}](https://example.org/guide.pdf) 中的第三章。

解析器会逐行读取输入。
"""
EN = f"""# Parsers

For how to design a parser, see chapter 3 of [{TITLE}](https://example.org/guide.pdf).

The parser reads its input line by line.
"""


def _spans(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.message for f in check_manuscript(ms, select=["untranslated-span"])]


def test_the_title_of_a_cited_document_linked_alike_is_no_finding() -> None:
    assert _spans(ZH, EN) == []


def test_a_title_wrapped_to_the_next_line_inside_the_link_is_no_finding() -> None:
    wrapped = TITLE.replace("Writing ", "Writing\n")
    assert _spans(ZH.replace(TITLE, wrapped), EN.replace(TITLE, wrapped)) == []


def test_english_link_text_to_a_page_of_the_site_is_still_reported() -> None:
    """A relative address: the linked page is the site's own, which the Chinese page names in Chinese."""
    assert _spans(ZH.replace("https://example.org/guide.pdf", "./guide.md"),
                  EN.replace("https://example.org/guide.pdf", "./guide.md")) != []


def test_link_text_the_english_page_words_otherwise_is_still_reported() -> None:
    en = EN.replace(f"[{TITLE}]", "[the parser guide]")
    assert _spans(ZH, en) != []


def test_the_same_words_outside_the_link_are_still_reported() -> None:
    zh = ZH.replace(f"[{TITLE}](https://example.org/guide.pdf)", f"{TITLE}（见 [链接](https://example.org/guide.pdf)）")
    assert _spans(zh, EN) != []


def test_english_link_text_to_a_place_in_source_code_is_still_reported() -> None:
    """A link to lines of a source file: its text describes the code in the page's words, no title (karmada
    configure-controllers 85, a T row)."""
    address = "https://example.org/repo/blob/main/pkg/parser/reader.go#L82-L94"
    assert _spans(ZH.replace("https://example.org/guide.pdf", address),
                  EN.replace("https://example.org/guide.pdf", address)) != []
