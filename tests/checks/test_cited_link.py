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


def _linked_alike(zh_sentence: str, en_sentence: str) -> list[str]:
    zh = f"# 工具\n\n{zh_sentence}\n\n工具会逐行读取输入。\n"
    en = f"# Tool\n\n{en_sentence}\n\nThe tool reads its input line by line.\n"
    return _spans(zh, en)


def test_a_phrase_of_the_sentence_kept_as_link_text_is_still_reported() -> None:
    """An instruction the English page links with the same words is English left untranslated, not a title."""
    link = "[fetch the newest build from the downloads page](https://example.org/tool/builds)"
    assert _linked_alike(f"第一步，请 {link} 并放到任意文件夹。",
                         f"First, {link} and put it into any folder.") != []


def test_link_text_speaking_to_the_reader_is_still_reported() -> None:
    link = "[start a discussion on our mailing list](https://example.org/tool/list)"
    assert _linked_alike(f"如有疑问，可以 {link} 联系我们。", f"If in doubt, {link} to reach us.") != []


def test_a_verb_phrase_in_a_citing_frame_is_still_reported() -> None:
    link = "[fetch the newest build](https://example.org/tool/builds)"
    assert _linked_alike(f"详见 {link}。", f"See {link}.") != []


def test_a_title_written_as_a_name_outside_a_citing_frame_is_no_finding() -> None:
    link = "[Tiny Config Format specification](https://example.org/tcf/spec.md)"
    assert _linked_alike(f"如想生成符合 {link} 的文件，需要先安装工具。",
                         f"To write a file that follows the {link}, install the tool first.") == []


def test_a_lower_case_title_in_a_citing_frame_or_quotation_marks_is_no_finding() -> None:
    link = "[notes on parsing configuration by hand](https://example.org/notes.html)"
    en = f"More in {link}."
    assert _linked_alike(f"更多内容参考 {link}。", en) == []
    assert _linked_alike(f"更多内容可以看《{link}》。", en) == []
