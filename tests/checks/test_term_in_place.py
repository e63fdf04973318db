"""term-missing's message names the other language's word in the term's place (`term_in_place`)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_in_place import without_in_place
from zhen_qa.glossary.model import Concept

COMPAT = Concept("compat", "兼容", "compatible")
BROWSER = Concept("browser", "浏览器", "browser")


def test_a_chinese_term_names_the_english_word_in_its_place() -> None:
    """兼容旧版浏览器 = "support older browsers": the word after "need" (需要) stands where 兼容 would be."""
    assert term_missing(gl(COMPAT), ["如果你需要兼容旧版浏览器。"], ["If you need to support older browsers."]) == [
        "「兼容」 has no “compatible” in the aligned English (the English says “support” in its place)"]


def test_a_chinese_term_dropped_names_nothing() -> None:
    """The term dropped, nothing placed where it was: still reported, the message names no word."""
    assert term_missing(gl(COMPAT), ["旧版浏览器需要兼容。"], ["Old browsers need it."]) == [
        "「兼容」 has no “compatible” in the aligned English"]


def test_a_name_in_the_terms_place_is_not_named() -> None:
    """"Ant Design cheatsheet" for 组件属性提示插件: two capitalised words are a name, no word for the term."""
    component = Concept("component", "组件", "component")
    assert term_missing(gl(component), ["组件属性提示插件。"], ["Ant Design cheatsheet."]) == [
        "「组件」 has no “component” in the aligned English"]


def test_an_english_term_names_the_chinese_word_in_its_place() -> None:
    """"the settings browser" = 设置面板: the word after 设置 ("settings") stands where 浏览器 would be."""
    assert term_missing(gl(BROWSER), ["打开设置面板。"], ["Open the settings browser."]) == [
        "“browser” has no 「浏览器」 in the aligned Chinese (the Chinese says 「面板」 in its place)"]


def test_an_english_term_dropped_names_nothing() -> None:
    assert term_missing(gl(BROWSER), ["打开设置。"], ["Open the settings browser."]) == [
        "“browser” has no 「浏览器」 in the aligned Chinese"]


def test_without_in_place_gives_the_message_as_it_read_before_the_tail() -> None:
    """The label key's view of a message (`without_in_place`): the named word dropped, nothing else."""
    found = term_missing(gl(COMPAT), ["如果你需要兼容旧版浏览器。"], ["If you need to support older browsers."])
    assert [without_in_place(m) for m in found] == ["「兼容」 has no “compatible” in the aligned English"]
    kept = "「兼容」 has no “compatible” in the aligned English (it has “compatibility”)"
    assert without_in_place(kept) == kept
