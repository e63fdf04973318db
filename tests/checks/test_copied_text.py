"""checks.copied_text: a copy the other side gives unchanged is text to translate, or a copy by design (names,
build directives, option and error headings, list items and table cells of values)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.aligned import build
from tests.checks.untranslated_kit import rows, spans
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.checks.untranslated import run
from zhen_qa.checks.untranslated_identical import LEFT_IN_ENGLISH
from zhen_qa.manuscript.document import Role


def test_an_identical_list_item_is_a_copy_by_design_unless_it_is_prose() -> None:
    from zhen_qa.aligner.build import build_from_texts

    zh = ("# 示例\n\n提交信息示例如下。\n\n- docs: fix typo in quickstart\n- fix(Button): incorrect style\n"
          "- This is another media query example.\n\n| 参数 | 类型 |\n| --- | --- |\n| time | number |\n")
    en = ("# Examples\n\nCommit message examples are as follows.\n\n- docs: fix typo in quickstart\n"
          "- fix(Button): incorrect style\n- This is another media query example.\n\n| Param | Type |\n| --- | --- |\n"
          "| time | number |\n")
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    # the commit messages and the table cell are the same in both pages by design; the sentence is prose
    assert [(f.location.line, f.message) for f in spans] == [(7, LEFT_IN_ENGLISH)]


def test_list_items_are_known_from_markdown_structure_only() -> None:
    """A "- " line of a plain-text file (or of a Markdown file without headings, read as plain text) is not a
    list item the reader knows of: an identical line of words there is reported like any other copy."""
    from zhen_qa.aligner.build import build_from_texts

    zh = "提交信息示例如下。\n\n- docs: fix typo in quickstart\n"
    en = "Commit message examples are as follows.\n\n- docs: fix typo in quickstart\n"
    spans = {suffix: [f.location.line for f in check_manuscript(
        build_from_texts(zh, en, f"a.zh.{suffix}", f"a.en.{suffix}", presplit=False), select=["untranslated-span"])]
        for suffix in ("txt", "md")}
    assert spans == {"txt": [3], "md": [3]}


def test_a_file_name_heading_kept_on_both_sides_is_no_untranslated_text() -> None:
    """A directory-structure page's headings name files (.umirc.ts, .env, global.(css|less|sass|scss)): the same in
    both pages by design, not English left in the Chinese; a prose heading kept in English still is."""
    from zhen_qa.aligner.build import build_from_texts

    def spans(heading: str) -> list[str]:
        zh = f"# 目录结构\n\n### {heading}\n\n这个文件用于配置项目。\n"
        en = f"# Directory structure\n\n### {heading}\n\nThis file configures the project.\n"
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.rule for f in check_manuscript(ms, select=["untranslated-span"])]

    for name in (".umirc.ts", ".env", "global.(css|less|sass|scss)", "src/pages"):
        assert spans(name) == [], name
    assert spans("Configure the whole project here") == ["untranslated-span"]


def test_an_option_heading_with_its_value_type_is_the_same_in_both_pages_by_design() -> None:
    """A configuration reference writes every option under a heading `### name [type]`; the option group's heading
    (`### common options [string]`) is written the same way as the option names and kept in both pages. A prose
    heading kept in English without a value type is still reported."""
    from zhen_qa.aligner.build import build_from_texts

    def spans(heading: str) -> list[int]:
        zh = ("# 过滤器\n\n## 属性\n\n### include_fields [array]\n\n需要保留的字段列表。\n\n"
              f"### {heading}\n\n转换插件的常见参数，请参考文档了解详情。\n\n## 示例\n\n下面是一个例子。\n")
        en = ("# Filter\n\n## Options\n\n### include_fields [array]\n\nThe list of fields to keep.\n\n"
              f"### {heading}\n\nTransform plugin common parameters, please refer to the docs for details.\n\n"
              "## Example\n\nHere is an example.\n")
        ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
        return [f.location.line for f in check_manuscript(ms, select=["untranslated-span"])]

    assert spans("common options [string]") == []
    assert spans("common options [Enum]") == []
    assert spans("common options for every transform plugin") == [9]


def test_an_faq_heading_quoting_an_error_message_is_a_literal() -> None:
    """An FAQ heading that quotes the error the reader sees (an exception line, `No module named 'x'`, a loader's
    `symbol … not defined in file libx.so.1`) is given the same in both pages on purpose; an English heading of
    words left in the Chinese page (### Installation guide) is still reported."""
    from zhen_qa.aligner.build import build_from_texts

    headings = ["### ModuleNotFoundError: No module named 'flash_attn'", "### No module named 'engine.config'",
                "### RuntimeError: CUDA runtime error: out of memory /src/utils/allocator.h",
                "### symbol cudaMalloc version libcudart.so.11.0 not defined in file libcudart.so.11.0",
                "### Installation guide"]
    zh_text = ["请先安装这个依赖包。", "请升级到最新的版本。", "请减小缓存的比例。", "请检查驱动的版本。",
               "请按照步骤安装。"]
    en_text = ["Please install the package first.", "Please upgrade to the latest version.",
               "Please reduce the cache ratio.", "Please check the driver version.", "Please follow the steps."]
    zh = "# 常见问题\n\n" + "".join(f"{h}\n\n{t}\n\n" for h, t in zip(headings, zh_text))
    en = "# FAQ\n\n" + "".join(f"{h}\n\n{t}\n\n" for h, t in zip(headings, en_text))
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    spans = [f for f in check_manuscript(ms, select=["untranslated-span"])]
    assert [f.excerpt for f in spans] == ["Installation guide"]


def test_identical_proper_names_are_not_an_untranslated_copy() -> None:
    """A line of product names is the same in both languages; a copied sentence of prose is reported."""
    names = "ClearML | Neptune | Weights & Biases | MLflow | DVCLive"
    assert rows([([names], [names])], "untranslated-span") == []
    prose = "Weights and Biases records every run"
    assert [r[5] for r in rows([([prose], [prose])], "untranslated-span")] == [
        "left in English: the Chinese repeats the English text"]


def test_a_comparison_of_names_is_not_an_untranslated_copy() -> None:
    """Names joined by "vs." (a comparison heading) are kept letter for letter by the Chinese page; "versus" or
    "and" between them is an English word, and the copy stays reported."""
    names = "RocketMQ vs. ActiveMQ vs. Kafka"
    assert rows([([names], [names])], "untranslated-span") == []
    worded = "RocketMQ and ActiveMQ"
    assert [r[5] for r in rows([([worded], [worded])], "untranslated-span")] == [
        "left in English: the Chinese repeats the English text"]


def test_identical_keywords_are_reported_even_as_names() -> None:
    """Keywords the Chinese side left in English are a defect, capitalised or not."""

    names = "Mobile Manipulation Robot, Mobile Manipulator"
    ctx = CheckContext(build([([names], [names])], role=Role.KEYWORDS), options=Options())
    assert [f.message for f in run(ctx) if f.rule == "untranslated-span"] == [
        "left in English: the Chinese repeats the English text"]
    assert rows([([names], [names])], "untranslated-span") == []


def test_a_build_directive_naming_an_identifier_is_no_untranslated_copy(tmp_path: Path) -> None:
    """gc56 A2 (colossalai distributed_optimizers): `{{ autodoc:colossalai.nn.optimizer.X }}` on both pages is a line
    the documentation build fills in, kept as code is. A directive holding words is text, and its copy reported."""
    def copies(directives: str) -> list[str]:
        zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
        tail = "\n<!-- doc-test-command: colossalai run --nproc_per_node 4 demo.py  -->\n\n"
        zh.write_text("</table>\n" + tail + "## API 参考\n\n" + directives, encoding="utf-8")
        en.write_text("</table>\n" + tail + "## API Reference\n\n" + directives, encoding="utf-8")
        return [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "untranslated-span"]

    api = "".join(f"{{{{ autodoc:colossalai.nn.optimizer.{m} }}}}\n" for m in (
        "distributed_adafactor.DistributedAdaFactor", "distributed_lamb.DistributedLamb",
        "distributed_galore.DistGaloreAwamW", "distributed_came.DistributedCAME"))
    assert copies(api) == []  # fails before: the English is identical to the Chinese
    note = "{{ note: the optimizer state is distributed over all ranks }}\n"
    assert copies(note + api) == ["left in English: the Chinese repeats the English text"]


ZH_TABLE = """# 小部件

## 选项

| 选项 | 说明 | 默认值 |
| --- | --- | --- |
| name | 小部件的名字 | - |
| order | Order in which the widget loads | 0 |
| enabled | 是否启用缓存 | true |
"""


EN_TABLE = """# Widgets

## Options

| Option | Description | Default |
| --- | --- | --- |
| name | The widget's name | - |
| order | Order in which the widget loads | 0 |
| enabled | Whether the cache is enabled | true |
"""


def test_a_description_cell_left_in_english_in_a_translated_column_is_reported() -> None:
    assert spans(ZH_TABLE, EN_TABLE) == [(8, 11, "Order in which the widget loads")]


def test_a_cell_in_a_column_the_chinese_table_never_translates_is_a_value() -> None:
    zh = ZH_TABLE.replace("小部件的名字", "The widget's name").replace("是否启用缓存", "Whether the cache is enabled")
    assert spans(zh, EN_TABLE) == []


def test_a_value_cell_without_function_words_is_not_prose() -> None:
    zh = ZH_TABLE.replace("Order in which the widget loads", "last two major versions")
    en = EN_TABLE.replace("Order in which the widget loads", "last two major versions")
    assert spans(zh, en) == []


COMPARISON = """| Product | Client | Ordering | Storage | Benchmark |
| --- | --- | --- | --- | --- |
| Alpha | Java, C++, Go | Supported, with a sync mode to avoid loss | Not Supported | tp1 / ratio 0.8 / bs 256 |
| Beta | Java, Scala etc. | Ensure ordering of records within a shard | Supported | tp1 / ratio 0.9 / bs 128 |
"""


def test_prose_cells_of_a_table_the_chinese_page_leaves_in_english_are_reported() -> None:
    """A comparison table copied whole into the Chinese page, header row included (no cell has Chinese): its cells
    of prose are untranslated; its values and names (language lists, Not Supported, benchmark settings) are not."""
    zh = "# 对比\n\n下表比较了两种产品的特性。\n\n" + COMPARISON
    en = "# Comparison\n\nThe table compares the features of the two products.\n\n" + COMPARISON
    # both cells of prose are in the Ordering column: one finding for the column (`table_copies`)
    assert spans(zh, en) == [(7, 27, "Supported, with a sync mode to avoid loss")]
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    (f,) = [f for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated-span"]
    assert [(c["line"], c["text"]) for c in dict(f.data)["sentences"]] == [
        (7, "Supported, with a sync mode to avoid loss"), (8, "Ensure ordering of records within a shard")]


def test_a_cell_of_prose_in_an_english_table_is_words_not_identifiers() -> None:
    from zhen_qa.checks.copied_text import _english_table_prose

    assert _english_table_prose("Supported, with a sync mode to avoid loss")
    assert _english_table_prose("The role of nodes in the cluster, available types are [master, worker]")
    assert not _english_table_prose("authenticator: org.acme.auth.Standard, config: {tokens: conf/server}")
    assert not _english_table_prose("tp1 / ratio 0.8 / bs 256") and not _english_table_prose("Java, Scala etc.")


def test_an_english_column_of_a_table_with_a_chinese_header_stays_a_value() -> None:
    """The same rows under a translated header row: the Chinese page worked on the table and kept the columns in
    English by choice (a column left in English throughout), nothing reported."""
    zh = "# 对比\n\n下表比较了两种产品的特性。\n\n" + COMPARISON.replace(
        "| Product | Client | Ordering | Storage | Benchmark |", "| 产品 | 客户端 | 顺序 | 存储 | 基准 |")
    en = "# Comparison\n\nThe table compares the features of the two products.\n\n" + COMPARISON
    assert spans(zh, en) == []


def test_example_data_under_identifier_headers_is_a_copy() -> None:
    """A table of example data the Chinese page shows as the English does (header cells c1_string, c1_integer):
    its values are the program's data, the same in both pages by design, even a string value of words."""
    table = ("| data | c1_string | c1_integer | c1_float |\n| --- | --- | --- | --- |\n"
             "| too much content not to show | this is a string | 42 | 3.14 |\n")
    zh = "# 示例\n\n那么数据结果表将会像这样。\n\n" + table
    en = "# Example\n\nThe result table will look like this.\n\n" + table
    assert spans(zh, en) == []


def test_type_values_and_log_messages_of_an_english_table_are_literals() -> None:
    """Tables both pages keep in English, header included, whose columns hold values or a program's text (Type:
    `list of strings`, `map of int to duration`; Message: `connection refused by server`): code and output a
    Chinese page quotes as they are, no prose left untranslated."""
    params = ("| Name | Type | Default |\n| --- | --- | --- |\n| hosts | list of strings | none |\n"
              "| retry | map of int to duration | see below |\n")
    log = ("| Level | Message |\n| --- | --- |\n| WARN | connection refused by server |\n"
           "| ERROR | failed to load the config file |\n")
    zh = "# 配置\n\n下表列出了客户端的参数。\n\n" + params + "\n日志中可能出现以下信息：\n\n" + log
    en = ("# Configuration\n\nThe table below lists the parameters of the client.\n\n" + params
          + "\nThe log may show the following messages:\n\n" + log)
    assert spans(zh, en) == []
