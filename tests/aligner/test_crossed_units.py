"""Headings and list items the unit aligner crossed with the paragraphs beside them (`blocks._uncrossed`)."""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.align import align as real_align
from zhen_qa.aligner.blocks import align_blocks
from zhen_qa.aligner.pairing import Groups, sentences_of
from zhen_qa.manuscript.document import Bead, Sentence
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText


def _aligned(zh: str, en: str, units: list[Bead]) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """`align_blocks` on two pages whose unit aligner returns `units`; sentences are aligned by the real aligner."""
    calls: list[int] = []

    def align(z: Sequence[str], e: Sequence[str], groups: Groups | None = None, *, paragraphs: bool = False
              ) -> list[Bead]:
        calls.append(len(z))
        if len(calls) == 1:
            return units
        return real_align(z, e, groups=groups, paragraphs=paragraphs)

    return align_blocks(markdown_blocks(SourceText.from_text("zh.md", zh)),
                        markdown_blocks(SourceText.from_text("en.md", en)), sentences_of, align)


def _pairs(zs: list[Sentence], es: list[Sentence], beads: list[Bead]) -> list[tuple[list[str], list[str]]]:
    return [([zs[i].text.text for i in b.zh], [es[j].text.text for j in b.en]) for b in beads]


def test_a_list_item_crossed_with_the_paragraph_before_the_other_item_pairs_with_that_item() -> None:
    """The Chinese of the English paragraph before "- Find duplicate dependencies" is deleted: the unit aligner gave
    the Chinese item 找出重复依赖： that paragraph, and the English item went with the paragraph after it. The two items
    stand at the same place and pair; the English paragraph is left alone (reported)."""
    zh = ("### 减少重复依赖\n\n- 找出重复依赖：\n\n你可以使用 Rsdoctor 检查项目中是否有重复的第三方依赖。\n")
    en = ("### Reduce duplicate dependencies\n\nBundle size optimization matters in production builds, because it "
          "affects every user.\n\n- Find duplicate dependencies\n\n"
          "You can use Rsdoctor to check whether the project has duplicate third-party dependencies.\n")
    zs, es, beads = _aligned(zh, en, [Bead((0,), (0,), 0.2), Bead((1,), (1, 2), 0.5)])
    got = _pairs(zs, es, beads)
    assert ([], ["Bundle size optimization matters in production builds, because it affects every user."]) in got
    assert (["找出重复依赖："], ["Find duplicate dependencies"]) in got


def test_a_heading_crossed_with_the_paragraph_under_the_other_heading_pairs_with_that_heading() -> None:
    """The Chinese under `#### 示例配置` is deleted: the unit aligner paired the Chinese heading with the English
    lead-in under `#### Config`, and that heading with the paragraph before it. Headings of one level at the same
    place pair, in a group of their own; the paragraph before keeps only its own translation."""
    zh = ("## 适配\n\n推荐使用以下两个工具进行单位转换。\n\n#### 示例配置\n\n## 桌面端\n\n组件库默认只适配移动端。\n")
    en = ("## Adaptation\n\nYou can use these two tools to convert units.\n\n#### Config\n\nConfig example:\n\n"
          "## Desktop\n\nThe library only supports mobile devices by default.\n")
    zs, es, beads = _aligned(zh, en, [Bead((0,), (0, 1), 0.4), Bead((1,), (2,), 0.5), Bead((2,), (3,), 0.5),
                                      Bead((3,), (4,), 0.5)])
    got = _pairs(zs, es, beads)
    assert (["示例配置"], ["Config"]) in got
    assert (["推荐使用以下两个工具进行单位转换。"], ["You can use these two tools to convert units."]) in got


def test_headings_of_other_levels_stay_as_the_unit_aligner_paired_them() -> None:
    """A `###` heading is no counterpart of a `####` one: nothing is uncrossed."""
    zh = ("## 适配\n\n推荐使用以下两个工具进行单位转换。\n\n### 示例配置\n")
    en = ("## Adaptation\n\nYou can use these two tools to convert units.\n\n#### Config\n\nConfig example:\n")
    zs, es, beads = _aligned(zh, en, [Bead((0,), (0, 1), 0.4), Bead((1,), (2,), 0.5)])
    got = _pairs(zs, es, beads)
    assert (["示例配置"], ["Config"]) not in got


def test_a_heading_that_took_the_other_heading_and_its_text_leaves_the_text_to_its_own() -> None:
    """The unit aligner paired `#### 示例配置` with `#### Config` and the lead-in under it, and left the Chinese
    lead-in alone, the last unit before a code block both pages have (the group of sentences ends there): headings
    pair with headings, the two lead-ins with each other (`blocks._heading_alone`)."""
    code = "```js\nmodule.exports = {\n  plugins: { autoprefixer: {} },\n};\n```\n"
    zh = ("## 适配\n\n#### PostCSS 示例配置\n\n下面提供了一份基本的 PostCSS 示例配置，可以在此配置的基础上"
          "根据项目需求进行修改。\n\n" + code + "\n> 提示：配置插件时应避免忽略 node_modules 目录。\n")
    en = "## Adaptation\n\n#### PostCSS Config\n\nPostCSS config example:\n\n" + code
    zs, es, beads = _aligned(zh, en, [Bead((0,), (0, 1), 0.5), Bead((1,), (), 0.7), Bead((2,), (), 0.7)])
    got = _pairs(zs, es, beads)
    assert (["PostCSS 示例配置"], ["PostCSS Config"]) in got
    assert (["下面提供了一份基本的 PostCSS 示例配置，可以在此配置的基础上根据项目需求进行修改。"],
            ["PostCSS config example:"]) in got
