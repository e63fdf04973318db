"""Repairs of the unit beads of a Markdown section (`aligner.unit_repairs`): headings and list items the unit aligner
crossed with the paragraphs beside them (`uncrossed`, `heading_alone`), a lone heading taking back its heading, a
paragraph after a list, a section one side has, rows paired with prose."""
from __future__ import annotations

from collections.abc import Sequence

from tests.aligner.beads import unpaired
from zhen_qa.aligner.align import align as real_align
from zhen_qa.aligner.blocks import align_blocks
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.pairing import Groups, sentences_of
from zhen_qa.manuscript.document import Bead, Manuscript, Sentence
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText


def _aligned(zh: str, en: str, units: list[Bead]) -> tuple[list[Sentence], list[Sentence], list[Bead]]:
    """`align_blocks` on two pages whose unit aligner returns `units`; sentences are aligned by the real aligner."""
    calls: list[int] = []

    def align(z: Sequence[str], e: Sequence[str], groups: Groups | None = None, *, paragraphs: bool = False,
              en_blocks: object = None, zh_blocks: object = None, written: object = None
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


def _unpaired(m: Manuscript, lang: str) -> list[tuple[int, int, str]]:
    return [(s.location.line, s.location.column, s.text.text) for s in unpaired(m, lang)]


def test_a_table_row_paired_with_a_paragraph_is_a_missing_row() -> None:

    from zhen_qa.aligner.blocks import align_blocks
    from zhen_qa.aligner.pairing import sentences_of
    from zhen_qa.manuscript.document import Bead
    from zhen_qa.manuscript.markdown import markdown_blocks
    from zhen_qa.manuscript.source import SourceText

    zh = markdown_blocks(SourceText.from_text("zh.md", "## 安装\n\n我们提供镜像网站。\n\n使用 npm 安装组件库。\n"))
    en = markdown_blocks(SourceText.from_text(
        "en.md", "## Install\n\nWe provide a mirror website.\n\n| Product | URL |\n|---|---|\n"
                 "| Ant Design Charts | https://charts.example.com |\n\nInstall the library with npm.\n"))
    calls: list[int] = []

    def align(z: Sequence[str], e: Sequence[str], groups: Groups | None = None, *, paragraphs: bool = False,
              en_blocks: object = None, zh_blocks: object = None, written: object = None
              ) -> list[Bead]:
        calls.append(len(z))
        if len(calls) == 1:  # the units: the second paragraph with the table's rows and the last paragraph
            return [Bead((0,), (0,), 0.8), Bead((1,), (1, 2, 3), 0.3)]
        return [Bead((i,), (i,), 0.8) for i in range(min(len(z), len(e)))] \
            + [Bead((), (j,), 0.8) for j in range(len(z), len(e))]

    zs, es, beads = align_blocks(zh, en, sentences_of, align)
    lone = [es[j].text.text for b in beads if not b.zh for j in b.en]
    assert "Ant Design Charts" in lone  # the row has no paragraph for a counterpart: reported by its prose cell
    assert [(zs[b.zh[0]].text.text, es[b.en[0]].text.text) for b in beads if b.zh and b.en] == [
        ("安装", "Install"), ("我们提供镜像网站。", "We provide a mirror website."),
        ("使用 npm 安装组件库。", "Install the library with npm.")]


def test_a_heading_the_other_side_has_none_for_opens_its_own_section() -> None:
    """An English-only section after a warning both pages have (apisix's installation guide): the unit aligner took
    the English warning and the heading after it as one 1-2 bead, so the heading passed for part of the warning's
    translation. A heading at the edge of a unit bead whose other side has no heading leaves the bead, and the
    English-only section it opens is its own group: all of it is reported, the warning still pairs."""
    zh = ("# 安装\n\n## 配置 APISIX\n\n"
          "比如将 APISIX 默认监听端口修改为 8000，其他配置保持默认，你可以这样修改配置文件：\n\n"
          "```yaml\napisix:\n  node_listen: 8000\n```\n\n:::warning\n\n"
          "APISIX 启动时会根据 `config.yaml` 的配置自动生成安装目录下的 `./conf/nginx.conf` 文件并自动启动服务，"
          "请不要手动修改这个文件。\n\n:::\n\n### 更新 Admin API key\n\n"
          "建议修改 Admin API 的 key，保护 APISIX 的安全。\n")
    en = ("# Installation\n\n## Configuring APISIX\n\nFor example, to configure the default listening port of APISIX "
          "to 8000 and keep other configurations as default, your configuration file should look like this:\n\n"
          "```yaml\napisix:\n  node_listen: 8000\n```\n\n:::warning\n\n"
          "The `conf/nginx.conf` file is automatically generated and should not be modified.\n\n:::\n\n"
          "### APISIX deployment modes\n\nAPISIX has three different deployment modes for different use cases. "
          "To learn more and configure deployment modes, see the documentation.\n\n"
          "### Updating Admin API key\n\nIt is recommended to modify the Admin API key to ensure security.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == []
    assert [line for line, _, _ in _unpaired(m, "en")] == [18, 20, 20]


def test_a_heading_alone_in_its_run_opens_no_section() -> None:
    """A heading one side doubles with nothing under it (arco's `## 按需加载` twice) is no section of its own: it stays
    with the paired units beside it, as on 0.26.0, and nothing is reported."""
    zh = ("# 快速上手\n\n## 基础使用\n\n以按钮组件为例，你可以这样引入组件。\n\n## 按需加载\n\n## 按需加载\n\n"
          "组件默认支持按需加载，使用普通的方式引入即可。\n\n## 浏览器兼容性\n\n支持所有现代浏览器。\n")
    en = ("# Quick Start\n\n## Basic Usage\n\nTake the button component as an example, you can import the component "
          "like this.\n\n## Load on Demand\n\nThe components support loading on demand by default, just import them "
          "in the usual way.\n\n## Supported platforms\n\nAll modern browsers are supported.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == [] and _unpaired(m, "en") == []


def _page_findings(zh: str, en: str) -> list[tuple[str, str, int]]:
    import tempfile
    from pathlib import Path

    from zhen_qa.checks.run import Flags, check_file

    with tempfile.TemporaryDirectory() as name:
        zh_path, en_path = Path(name) / "p.zh.md", Path(name) / "p.en.md"
        zh_path.write_text(zh, encoding="utf-8")
        en_path.write_text(en, encoding="utf-8")
        result = check_file(str(zh_path), str(en_path), Flags())
        return [(f.rule, "en" if f.location.path == str(en_path) else "zh", f.location.line) for f in result.findings]


WEBPACK = ("```js\nexport default {\n  chainWebpack(config) {\n"
           "    config.module.rule('asset').exclude.add(REG).end();\n  },\n}\n```\n")
LOADERS_ZH = ("# 常见问题\n\n## 怎么用 WebAssembly\n\n" + WEBPACK + "\n一个实际例子可参见："
              "[discussions/8541](https://github.com/umijs/umi/discussions/8541)\n\n## 怎么自定义 loader\n\n"
              "@@- [discussions/8218](https://github.com/umijs/umi/discussions/8218)\n\n"
              "## 怎么在三方包中使用 css modules\n\n"
              "1. 直接把三方包的源码发布到 npm，不需要编译，Umi 4 支持直接使用。\n\n"
              "### 补充\n\n更多问题请在讨论区提问。\n")
LOADERS_EN = ("# FAQ\n\n## How to use WebAssembly\n\n" + WEBPACK + "\nSee an actual example: [discussions/8541](https://"
              "github.com/umijs/umi/discussions/8541)\n\n## How to customize loaders\n\nDepending on the scenario, you "
              "may need to exclude the file type you need to load from the static asset rules first and then add "
              "your own loader or modify it. Refer to the following examples:\n\n- [discussions/8218](https://github."
              "com/umijs/umi/discussions/8218)\n\n## How to use css modules in third-party packages\n\n1. Directly "
              "publish the source code of third-party packages to npm, no need to compile. Umi 4 supports direct "
              "use.\n\nAsk more questions in the discussions.\n")
LOADERS_TEXT = ("根据场景不同，你可能要先从静态资源规则中排除你需要加载的文件类型，"
                "再添加你自己的 loader 或修改，可参考如下实例：\n\n")


def test_a_lone_heading_takes_back_the_heading_its_text_was_paired_with() -> None:
    """The paragraph under `## 怎么自定义 loader` is deleted: the unit aligner paired that Chinese heading with the
    English paragraph under "## How to customize loaders" and left the English heading alone. The headings pair;
    the English paragraph is reported without Chinese. With the paragraph translated, nothing is reported."""
    assert ("extra-target", "en", 17) in _page_findings(LOADERS_ZH.replace("@@", ""), LOADERS_EN)
    full = LOADERS_ZH.replace("@@", LOADERS_TEXT)
    assert not [f for f in _page_findings(full, LOADERS_EN) if f[0] in ("extra-target", "untranslated")]


DEPS_ZH = ("# 依赖\n\n * JDK >= 1.8\n * Linux、Macos 或其他类 unix 系统\n"
           " * Windows+bash (下载 client 需要 git，通过 WSL、cygwin、Git Bash 任意一种方式均可)\n\n"
           "@@```\nhttp://thrift.apache.org/docs/install/\n```\n")
DEPS_EN = ("# Dependencies\n\n * JDK >= 1.8\n * Linux, Macos or like unix\n * Windows+bash\n\n"
           "Thrift (0.14.1 or higher) must be installed to compile Thrift files into Rust code. "
           "The following is the official installation tutorial, and in the end, you should get a thrift "
           "executable.\n\n```\nhttp://thrift.apache.org/docs/install/\n```\n")
DEPS_TEXT = ("必须安装 thrift（0.14.1 或更高版本）才能将 thrift 文件编译为 Rust 代码。"
             "下面是官方的安装教程，最终，您应该得到一个 thrift 可执行文件。\n\n")


def test_a_paragraph_after_a_list_does_not_join_the_last_items_bead() -> None:
    """The Chinese paragraph after a list is deleted: its English joined the last item's bead (one Chinese item, an
    English item and a paragraph outside the list), and only a number was reported. The items pair; the paragraph
    is reported without Chinese. With it translated, nothing is reported."""
    assert ("extra-target", "en", 7) in _page_findings(DEPS_ZH.replace("@@", ""), DEPS_EN)
    full = DEPS_ZH.replace("@@", DEPS_TEXT)
    assert not [f for f in _page_findings(full, DEPS_EN) if f[0] in ("extra-target", "untranslated")]
