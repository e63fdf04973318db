"""A block quote paired with a paragraph that is no quote on weak evidence is taken apart (`aligner.quote_pairs`)."""
from __future__ import annotations

from tests.aligner.beads import unpaired
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.quote_pairs import QUOTE_SCORE, QuoteBlocks, quotes_apart
from zhen_qa.manuscript.document import Bead, Block
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

TIP_ZH = ("> 提示：组件库默认支持摇树优化，因此你不需要配置任何插件，"
          "未使用的脚本代码会被自动移除，但样式文件无法通过这种方式优化。\n\n")
TIP_EN = ("> Tip: the library supports tree shaking by default, so you don't need to configure any plugins, the unused "
          "script code will be removed automatically, but style files cannot be optimized this way.\n\n")
# A Chinese paragraph the English page has no paragraph for (a real untranslated paragraph of the page).
LOCAL_ZH = "除了在应用上全局注册，你也可以在单个页面中局部注册，详见注册章节。\n\n"
PAGE_ZH = ("# 快速上手\n\n## 引入组件\n\n### 方法一. 常规用法\n\n下面是注册组件的用法示例：\n\n"
           "```js\napp.use(Button);\n```\n\n" + LOCAL_ZH + TIP_ZH + "### 方法二. 按需引入样式\n\n"
           "在基于 Vite 的项目中使用时，可以使用自动导入插件，它可以自动引入组件和对应的样式。\n")
PAGE_EN = ("# Quickstart\n\n## Usage\n\n### Basic Usage\n\nThe basic usage of registering components:\n\n```js\n"
           "app.use(Button);\n```\n\n" + TIP_EN + "### Import styles on demand\n\nIf you are using Vite, you can use "
           "the auto import plugin, which imports the components and their styles automatically.\n")


def _units(text: str, path: str) -> list[list[Block]]:
    """The paragraph units of a structured page (one with a heading: the heading itself left out)."""
    return [[b] for b in markdown_blocks(SourceText.from_text(path, "# T\n\n" + text))][1:]


def test_a_quote_paired_one_to_one_with_a_plain_paragraph_on_weak_evidence_is_taken_apart() -> None:
    zu = _units("说明。\n\n组件库也支持局部注册。\n", "zh.md")
    eu = _units("Note.\n\n> Tip: tree shaking is on by default.\n", "en.md")
    beads = [Bead((0,), (0,), 0.6), Bead((1,), (1,), QUOTE_SCORE - 0.05)]
    out, apart = quotes_apart(beads, zu, eu)
    assert out == [Bead((0,), (0,), 0.6), Bead((1,), (), QUOTE_SCORE - 0.05), Bead((), (1,), QUOTE_SCORE - 0.05)]
    assert apart == {((1,), ()), ((), (1,))}


def test_a_quote_rendered_as_a_quote_or_paired_on_good_evidence_stays() -> None:
    zu = _units("> 提示：默认开启摇树优化。\n\n组件库也支持局部注册。\n", "zh.md")
    eu = _units("> Tip: tree shaking is on by default.\n\n> Note: local registration works too.\n", "en.md")
    both_quotes = [Bead((0,), (0,), 0.1)]
    assert quotes_apart(both_quotes, zu, eu) == (both_quotes, set())
    well_scored = [Bead((1,), (1,), QUOTE_SCORE + 0.1)]  # a tip translated without its mark says its words
    assert quotes_apart(well_scored, zu, eu) == (well_scored, set())
    settled = [Bead((1,), (1,), 1.0)]
    assert quotes_apart(settled, zu, eu) == (settled, set())
    wider = [Bead((0, 1), (1,), 0.1)]  # not 1-1: a quote and a paragraph together with one English quote
    assert quotes_apart(wider, zu, eu) == (wider, set())


def test_a_deleted_tip_leaves_its_english_quote_unpaired_beside_a_chinese_paragraph_without_english() -> None:
    deleted = PAGE_ZH.replace(TIP_ZH, "")
    assert deleted != PAGE_ZH
    m = build_from_texts(deleted, PAGE_EN, "zh.md", "en.md", presplit=False)
    assert [s.text.text[:20] for s in unpaired(m, "en")] == ["Tip: the library sup"]
    assert [s.text.text[:10] for s in unpaired(m, "zh")] == ["除了在应用上全局注册"]


def test_the_page_with_its_tip_pairs_the_tips() -> None:
    m = build_from_texts(PAGE_ZH, PAGE_EN, "zh.md", "en.md", presplit=False)
    assert unpaired(m, "en") == []
    assert [s.text.text[:10] for s in unpaired(m, "zh")] == ["除了在应用上全局注册"]  # the page's own defect
    # the tip translated without its quote mark (a faithful rendering) still pairs with the English quote
    plain = build_from_texts(PAGE_ZH.replace("> 提示：", "提示："), PAGE_EN, "zh.md", "en.md", presplit=False)
    assert unpaired(plain, "en") == []


def test_quote_blocks_tell_a_quoted_sentence_from_a_plain_one() -> None:
    m = build_from_texts(PAGE_ZH, PAGE_EN, "zh.md", "en.md", presplit=False)
    quotes = QuoteBlocks(m.blocks)
    zh = {s.text.text[:4]: s for p in m.pairs for s in p.zh}
    en = {s.text.text[:4]: s for p in m.pairs for s in p.en}
    assert quotes.quoted(zh["提示：组"]) is True and quotes.quoted(zh["除了在应"]) is False
    assert quotes.differ(zh["除了在应"], en["Tip:"]) and not quotes.differ(zh["提示：组"], en["Tip:"])
