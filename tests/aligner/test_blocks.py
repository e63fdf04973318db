"""Block-by-block alignment of structured Markdown: units first, sentences inside paired units, rows by column."""
from __future__ import annotations

from tests.aligner.beads import unpaired
from zhen_qa.aligner.align import align
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.manuscript.document import Manuscript

ZH_TABLE = """# 属性

| 名称 | 类型 | 描述 |
|---|---|---|
| timeout | integer | 发送数据的超时时间，单位为秒。 |
| ssl_verify | boolean | 如果为 true，则执行 SSL 验证。 |
"""
EN_TABLE = """# Attributes

| Name | Type | Description |
|---|---|---|
| timeout | integer | Timeout for sending data, in seconds. |
| log_format_extra | object | Extra log fields added to the default entry. Ignored when unset. |
| ssl_verify | boolean | If true, perform SSL verification. |
"""


def _unpaired(m: Manuscript, lang: str) -> list[tuple[int, int, str]]:
    return [(s.location.line, s.location.column, s.text.text) for s in unpaired(m, lang)]


def test_missing_table_row_is_reported_by_its_prose_cells_only() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == []
    assert _unpaired(m, "en") == [
        (6, 31, "Extra log fields added to the default entry."),
        (6, 76, "Ignored when unset."),
    ]  # not the value cells "object" of that row


def test_paired_rows_pair_cell_by_column() -> None:
    m = build_from_texts(ZH_TABLE, EN_TABLE, "zh.md", "en.md", presplit=False)
    pairs = {(p.zh[b.zh[0]].text.text, p.en[b.en[0]].text.text) for p in m.pairs for b in p.beads if b.zh and b.en}
    assert ("如果为 true，则执行 SSL 验证。", "If true, perform SSL verification.") in pairs
    assert ("类型", "Type") in pairs


def test_one_sentence_units_pair_even_without_dictionary_evidence() -> None:
    zh = "# 说明\n\n**注意：**\n\n这个函数会修改原数据集。\n"
    en = "# Notes\n\n**Notice:**\n\nThis function modifies the original dataset in place.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "zh") == [] and _unpaired(m, "en") == []


def test_missing_paragraph_is_still_reported() -> None:
    zh = "# 数据\n\n数据集提供了加载数据的方法。\n\n最后，我们保存模型。\n"
    en = ("# Data\n\nThe dataset provides methods to load data.\n\n"
          "Caching makes the second load much faster than the first.\n\nFinally, we save the model.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "en") == [(5, 1, "Caching makes the second load much faster than the first.")]
    assert _unpaired(m, "zh") == []


def test_groups_keep_beads_inside_one_group() -> None:
    zh = ["我们训练模型。", "我们保存模型。"]
    en = ["We train the model.", "We save the model."]
    assert [(b.zh, b.en) for b in align(zh, en)] == [((0,), (0,)), ((1,), (1,))]
    crossed = align(zh, en, groups=([0, 1], [1, 1]))  # the first Chinese sentence may not pair with anything
    assert [(b.zh, b.en) for b in crossed if b.zh and b.en] == [((1,), (1,))]


def test_dropped_exclamation_is_not_a_missing_sentence() -> None:
    zh = "# 结果\n\n模型已经上传到仓库中了，我们可以下载它。\n"
    en = "# Results\n\nThe model has been uploaded to the repository, so we can download it. Great!\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert _unpaired(m, "en") == [] and _unpaired(m, "zh") == []


def test_a_table_row_paired_with_a_paragraph_is_a_missing_row() -> None:
    from collections.abc import Sequence

    from zhen_qa.aligner.blocks import align_blocks
    from zhen_qa.aligner.pairing import Groups, sentences_of
    from zhen_qa.manuscript.document import Bead
    from zhen_qa.manuscript.markdown import markdown_blocks
    from zhen_qa.manuscript.source import SourceText

    zh = markdown_blocks(SourceText.from_text("zh.md", "## 安装\n\n我们提供镜像网站。\n\n使用 npm 安装组件库。\n"))
    en = markdown_blocks(SourceText.from_text(
        "en.md", "## Install\n\nWe provide a mirror website.\n\n| Product | URL |\n|---|---|\n"
                 "| Ant Design Charts | https://charts.example.com |\n\nInstall the library with npm.\n"))
    calls: list[int] = []

    def align(z: Sequence[str], e: Sequence[str], groups: Groups | None = None, *, paragraphs: bool = False
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
