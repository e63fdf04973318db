"""Markdown is read as Markdown: only prose reaches the checks, at its exact place in the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.checks.run import Flags, check_file
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, SourceText

EN_BODY = "# Guide\n\nThe secretome contains growth factors and cytokines.\n"


def _blocks(text: str, path: str = "doc.md") -> list[tuple[str, str, int, int]]:
    return [(b.role.value, b.text.text, b.location.line, b.location.column)
            for b in markdown_blocks(SourceText.from_text(path, text))]


def _check(tmp_path: Path, zh: str, en: str = EN_BODY, suffix: str = ".md") -> list[tuple[str, int, int]]:
    zh_path, en_path = tmp_path / f"zh{suffix}", tmp_path / f"en{suffix}"
    zh_path.write_text(zh, encoding="utf-8")
    en_path.write_text(en, encoding="utf-8")
    result = check_file(str(zh_path), str(en_path), Flags())
    return [(f.rule, f.location.line, f.location.column) for f in result.findings]


def test_prose_keeps_its_offsets_and_markup_is_left_out() -> None:
    text = "# 指南\n\n分泌组含有**生长因子**，见[文档](https://x.org/a_b)和 `code()`。\n"
    blocks = _blocks(text)
    assert blocks[0] == ("heading", "指南", 1, 3)
    role, prose, line, column = blocks[1]
    assert (role, line, column) == ("paragraph", 3, 1)
    assert prose == f"分泌组含有生长因子，见文档和 {CODE_PLACEHOLDER}。"
    block = markdown_blocks(SourceText.from_text("doc.md", text))[1]
    at = block.text.text.index("文档")
    loc = block.text.location(at, at + 2)
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (3, 17, 3, 19)


def test_front_matter_code_html_and_jsx_are_not_prose() -> None:
    text = (
        "---\ntitle: Secretome, a guide\n---\n\n# 指南\n\n<Tip warning={true}>\n\n注意分泌组。\n\n</Tip>\n\n"
        "```python\nprint('English left in, here, and there')\n```\n\n<!-- a comment, in English words -->\n"
    )
    prose = [b[1] for b in _blocks(text, "doc.mdx")]
    assert prose == ["指南", "注意分泌组。"]


def test_table_cells_list_items_and_alt_text_are_prose() -> None:
    text = "# 表\n\n| 名称 | 说明 |\n|---|---|\n| 分泌组 | 活性成分 |\n\n- 第一项\n- 第二项\n\n![示意图](img/a.png)\n"
    prose = [(b[1], b[2], b[3]) for b in _blocks(text)]
    assert ("活性成分", 5, 9) in prose
    assert ("第二项", 8, 3) in prose
    assert ("示意图", 10, 3) in prose


def test_a_manuscript_without_headings_keeps_numbered_sections() -> None:
    blocks = markdown_blocks(SourceText.from_text("m.md", "标题\n\n1. 引言\n\n正文一句。\n"))
    assert [(b.role, b.text.text) for b in blocks if b.role is Role.HEADING] == [(Role.HEADING, "1. 引言")]


@pytest.mark.parametrize(
    "zh",
    [
        "# 指南\n\n分泌组含有生长因子和细胞因子。\n\n```\nthe quick brown fox jumps over, the lazy dog\n```\n",
        "# 指南\n\n分泌组含有生长因子和细胞因子，运行 `the quick brown fox jumps over`。\n",  # inline code
        "# 指南\n\n分泌组含有生长因子和细胞因子，见 https://example.org/the,quick,brown,fox 。\n",  # bare URL
        "# 指南\n\n分泌组含有[生长因子](https://example.org/the_quick(brown)fox,jumps)和细胞因子。\n",  # link target
        "# 指南\n\n<div class=\"the quick brown fox, jumps\">分泌组含有生长因子和细胞因子。</div>\n",  # HTML
        "---\ntitle: the quick brown fox jumps over, the lazy dog\n---\n\n# 指南\n\n分泌组含有生长因子和细胞因子。\n",
        '+++\ntitle = "the quick brown fox jumps over, the lazy dog"\nweight = 3\n+++\n\n'
        "# 指南\n\n分泌组含有生长因子和细胞因子。\n",
    ],
    ids=["code-block", "inline-code", "url", "link-target", "html", "front-matter", "toml-front-matter"],
)
def test_no_finding_inside_markup(tmp_path: Path, zh: str) -> None:
    assert _check(tmp_path, zh) == []


def test_hugo_toml_front_matter_is_no_text_but_the_page_after_it_is(tmp_path: Path) -> None:
    """The `+++` block's settings differ by design (weight 3 and 2, 指南 and Guide) and give nothing; a defect in the
    body under it is still reported, at its line."""
    zh = '+++\ntitle = "指南"\nweight = 3\n+++\n\n# 指南\n\n分泌组含有生长因子,和细胞因子。\n'
    en = '+++\ntitle = "Guide"\nweight = 2\n+++\n\n' + EN_BODY
    assert _check(tmp_path, zh, en) == [("punctuation-width", 8, 10)]


def test_front_matter_under_a_blank_line_gives_no_term_form_but_the_prose_does(tmp_path: Path) -> None:
    """The page's URL alias in YAML front matter that a blank line precedes (`aliases: "/sofa-rpc/docs/…"`, Hugo)
    is a setting, not a second spelling of the product's prose name SOFARPC; the same two spellings in the page's
    sentences are still a term inconsistency."""
    front = '\n---\ntitle: "指南"\naliases: "/sofa-rpc/docs/Guide"\n---\n\n# 指南\n\n'
    zh = front + "SOFARPC 提供多种负载均衡算法。\n\nSOFARPC 支持随机算法。\n"
    en = ('\n---\ntitle: "Guide"\naliases: "/sofa-rpc/docs/Guide"\n---\n\n# Guide\n\n'
          "SOFARPC provides several load balancing algorithms.\n\nSOFARPC supports the random algorithm.\n")
    assert [rule for rule, *_ in _check(tmp_path, zh, en)] == []
    en_mixed = en.replace("SOFARPC supports", "sofa-rpc supports")
    assert [(rule, line) for rule, line, _ in _check(tmp_path, zh, en_mixed)] == [("term-inconsistent", 11)]


def test_an_untranslated_list_item_between_thematic_breaks_under_a_blank_line_is_reported(tmp_path: Path) -> None:
    """A page that opens with a blank line, a thematic break, a heading and a list (no `key: value` line: no front
    matter) is read as text: the list item with no English is still reported (review68 R1)."""
    zh = ("\n---\n\n# 入门\n\n- 先下载安装包。\n- 再编辑配置文件。\n- 最后运行测试并确认所有用例都已通过。\n\n---\n\n"
          "本页介绍如何安装。\n")
    en = ("\n---\n\n# Getting started\n\n- First download the package.\n- Then edit the configuration file.\n\n---\n\n"
          "This page describes how to install.\n")
    assert [(rule, line) for rule, line, _ in _check(tmp_path, zh, en)] == [("untranslated", 8)]


def test_no_finding_inside_mdx_components(tmp_path: Path) -> None:
    zh = ('<CourseBanner chapter={4}\n  notebooks={[\n    {label: "Google Colab, the quick brown fox", value: "x"},\n'
          "]} />\n\n# 指南\n\n{#if fw === 'pt'}\n\n分泌组含有生长因子和细胞因子。\n\n{/if}\n")
    assert _check(tmp_path, zh, EN_BODY.replace("\n\n", "\n\n{#if fw === 'pt'}\n\n", 1), ".mdx") == []


def test_prose_findings_point_into_the_file(tmp_path: Path) -> None:
    zh = "# 指南\n\n分泌组含有**生长因子**,和 `x` 细胞因子。\n"
    assert _check(tmp_path, zh) == [("punctuation-width", 3, 14)]


def test_suppression_comments_keep_working(tmp_path: Path) -> None:
    zh = "# 指南\n\n<!-- zhen-qa-disable-next-line punctuation-width -->\n分泌组含有生长因子,和细胞因子。\n"
    assert _check(tmp_path, zh) == []


def test_headings_pair_sections_even_when_reordered(tmp_path: Path) -> None:
    zh = "# 钩子\n\n## CheckpointHook\n\n保存权重。\n\n## LoggerHook\n\n记录日志。\n"
    en = "# Hooks\n\n## LoggerHook\n\nIt records logs.\n\n## CheckpointHook\n\nIt saves checkpoints.\n"
    zh_path, en_path = tmp_path / "zh.md", tmp_path / "en.md"
    zh_path.write_text(zh, encoding="utf-8")
    en_path.write_text(en, encoding="utf-8")
    pairs = check_file(str(zh_path), str(en_path), Flags()).pairs
    by_section = {p.section: (p.zh[-1].text.text, p.en[-1].text.text) for p in pairs}
    assert by_section["CheckpointHook"] == ("保存权重。", "It saves checkpoints.")
    assert by_section["LoggerHook"] == ("记录日志。", "It records logs.")


def test_english_titles_of_linked_web_pages_and_slug_alt_text_are_not_prose() -> None:
    text = ("# 参考\n\n- [bug: when apisix starts, etcd starts to time out](https://github.com/a/b/issues/1)\n"
            "- [加密存储字段](https://example.org/enc)\n- 详见 [the etcd docs](https://etcd.io) 一节。\n\n"
            "![openmmlab-2 0-arch](https://x.org/a.png)\n")
    prose = [(b[1], b[2], b[3]) for b in _blocks(text)]
    assert prose == [("参考", 1, 3), ("加密存储字段", 4, 4), ("详见 the etcd docs 一节。", 5, 3)]


def test_blocks_carry_their_markdown_structure() -> None:
    text = "# 表\n\n说明。\n\n- 第一项\n\n| 名称 | 说明 |\n|---|---|\n| `a_b` | 活性成分 |\n"
    parts = [(b.text.text, b.part) for b in markdown_blocks(SourceText.from_text("doc.md", text))]
    assert [(t, p.kind, p.row, p.column, p.key) for t, p in parts if p] == [
        ("表", "heading", -1, -1, ""), ("说明。", "paragraph", -1, -1, ""), ("第一项", "item", -1, -1, ""),
        ("名称", "cell", 0, 0, "名称"), ("说明", "cell", 0, 1, "名称"),
        (CODE_PLACEHOLDER, "cell", 1, 0, "`a_b`"), ("活性成分", "cell", 1, 1, "`a_b`"),
    ]


def test_presplit_markdown_takes_each_line_of_prose_as_a_sentence(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    zh, en = tmp_path / "zh.md", tmp_path / "en.md"
    zh.write_text("---\ntitle: x\n---\n# 指南\n\n分泌组含有生长因子。\n它促进愈合。\n\n```\nprint('a, b')\n```\n",
                  encoding="utf-8")
    en.write_text("# Guide\n\nThe secretome contains growth factors.\nIt promotes healing.\n", encoding="utf-8")
    m = load_manuscript(str(zh), str(en), presplit=True)
    got = [([m.pairs[0].zh[i].text.text for i in b.zh], [m.pairs[0].en[j].location.line for j in b.en])
           for b in m.pairs[0].beads]
    assert got == [(["指南"], [1]), (["分泌组含有生长因子。"], [3]), (["它促进愈合。"], [4])]


def test_container_fences_and_heading_id_markers_are_markup() -> None:
    """VitePress/markdown-it containers (`::: tip 提示` … `:::`, `::: code-group`) are the site's furniture, and a
    heading's `%{#id}%` (the Chinese Vue docs' form) is its id: neither is prose (fresh45, pinia)."""
    zh = "# 指南\n\n::: tip 提示\n分泌组含有生长因子。\n:::\n\n## 纯 Nuxt 2 %{#nuxt-2-without-bridge}%\n\n正文。\n"
    blocks = _blocks(zh)
    assert [(role, text) for role, text, _l, _c in blocks] == [
        ("heading", "指南"), ("paragraph", "分泌组含有生长因子。"), ("heading", "纯 Nuxt 2"), ("paragraph", "正文。")]
    en = "# Guide\n\n::: code-group\n\n```sh\nnpm i\n```\n\n:::\n\n:::warning\nThe secretome is here.\n:::\n"
    assert [text for _r, text, _l, _c in _blocks(en)] == ["Guide", "The secretome is here."]
    # only a pair of percent signs is the id's: a heading's own percentage before a plain id stays
    assert [text for _r, text, _l, _c in _blocks("# 结果\n\n## 有效率达到50%{#rate}\n\n正文。\n")] == [
        "结果", "有效率达到50%", "正文。"]


def test_text_after_a_containers_attributes_is_its_first_paragraph() -> None:
    """dumi/antd write `:::success{title=解决办法} 你可以参照…`: the fence and attributes are furniture, the text after
    them is prose the reader sees (it was hidden with the fence line)."""
    zh = "# 指南\n\n:::success{title=解决办法} 你可以参照这篇文章里的做法。\n:::\n\n:::info{title=💡}\n正文。\n:::\n"
    assert [text for _r, text, _l, _c in _blocks(zh)] == ["指南", "你可以参照这篇文章里的做法。", "正文。"]


def test_a_line_of_links_pairs_with_the_line_linking_the_same_addresses(tmp_path: Path) -> None:
    """`[在演练场中试一试](URL)` is `[Try it in the Playground](URL)`: the same address on both sides anchors the pair
    where the two short texts alone do not (fresh45, pinia: 4 false untranslated)."""
    url = "https://play.example.org/#eNqNVM1O3DAQfpVpVGkXQWIQLYfVgqCIQ3toq9JjLsEZWNPEtuzJstUqb9IH6HP1STq2k"
    zh = (f"# 指南\n\n分泌组含有生长因子和细胞因子，它们调节细胞的增殖。\n\n[在演练场中试一试]({url}1)\n\n"
          f"外泌体携带蛋白质和核酸，参与细胞间通讯。\n\n[在演练场中试一试]({url}2)\n")
    en = (f"# Guide\n\nThe secretome contains growth factors and cytokines that regulate cell proliferation.\n\n"
          f"[Try it in the Playground]({url}1)\n\n"
          f"Exosomes carry proteins and nucleic acids and take part in communication between cells.\n\n"
          f"[Try it in the Playground]({url}2)\n")
    assert [f for f in _check(tmp_path, zh, en) if f[0] in ("untranslated", "extra-target")] == []


def test_a_section_number_glued_to_its_heading_word_keeps_the_heading(tmp_path: Path) -> None:
    # `### 1.Glossary` (no space after the number) read as one identifier dropped the heading, so the English had one
    # section less and every section after it paired with the wrong Chinese one
    text = "## Design\n\nIntro.\n\n### 1.Glossary\n\nWords.\n\n### 2.Module introduction\n\nModules.\n"
    headings = [b[1] for b in _blocks(text) if b[0] == Role.HEADING.value]
    assert headings == ["Design", "1.Glossary", "2.Module introduction"]
    assert [b[1] for b in _blocks("# Files\n\nSee:\n\n- config.yaml\n- log_format\n")] == ["Files", "See:"]
    zh = ("## 设计\n\n我们先认识一下常用的名词。\n\n### 名词解释\n\n"
          "**流程定义**：通过拖拽任务节点形成的有向无环图。\n\n**任务实例**：任务节点的实例化，标识某个具体的任务。\n\n"
          "### 模块介绍\n\n- master 模块，提供工作流管理服务。\n\n- worker 模块，提供任务执行服务。\n")
    en = ("## Design\n\nLet us first understand the commonly used terms.\n\n### 1.Glossary\n\n**Process definition**: "
          "a directed acyclic graph formed by dragging task nodes.\n\n**Task instance**: the instantiation of a task\n"
          "node, which identifies a specific task.\n\n### 2.Module introduction\n\n- master module, provides workflow "
          "management.\n\n- worker module, provides task execution.\n")
    assert [f for f in _check(tmp_path, zh, en) if f[0] in ("untranslated", "extra-target")] == []



def test_a_file_name_alt_text_inside_a_paragraph_is_no_prose() -> None:
    # 如\n![python_context_param](…): the image's file name was read as a sentence and reported untranslated
    text = "# 例子\n\n如\n![python_context_param](img/python_context_param.png)\n\n见 ![架构图](a.png) 所示。\n"
    assert [b[1] for b in _blocks(text)] == ["例子", "如", "见 架构图 所示。"]


def test_the_index_ending_an_alt_text_that_is_the_image_files_name_is_no_number() -> None:
    """`![事务消息1](../picture/事务消息1.png)`: the alt text is the file's name, its 1 the image's index in a series,
    read as a citation 1 and a number 2 to find in the other page. The alt's words stay prose (a Chinese name left in
    the English page is reported); an alt text that is not the file's name keeps its number."""
    text = ("# 事务消息\n\n![事务消息1](../picture/事务消息1.png)\n\n"
            "![消费者扩容2](<./pic/消费者扩容2.jpeg> \"图\")\n\n![Consumer scaling](img/Consumer%20scaling.png)\n\n"
            "![事务消息流程图2](../picture/tx1.png)\n")
    assert [b[1] for b in _blocks(text)] == [
        "事务消息", "事务消息", "消费者扩容", "Consumer scaling", "事务消息流程图2"]


ROW_ZH = ("# 属性\n\n下表列出了属性。\n\n| 属性 | 描述 |\n| --- | --- |\n"
          "| mode | 定义如何处理不可行走的表面。<ul><li>PreventClimbing："
          "阻止角色攀爬不可行走的斜坡，但不会强制其他移动（默认）</li><li>PreventClimbingAndForceSliding："
          "阻止角色攀爬不可行走的斜坡，并强制角色沿斜坡滑下</li></ul> |\n")
ITEMS_EN = ("<ul><li>PreventClimbing: Prevents the character from climbing unwalkable slopes but doesn't force other "
            "movements (default)</li><li>PreventClimbingAndForceSliding: Prevents the character from climbing "
            "unwalkable slopes and forces the character to slide down</li></ul> |\n")


def test_a_cell_lead_sentence_before_an_html_list_pairs_with_the_english_one(tmp_path: Path) -> None:
    """The lead sentence of a cell that goes on with an HTML list is translated: the English cell's lead sentence,
    glued to the first item before, is its own sentence now (galacean characterController zh 61, fresh56 A8)."""
    (tmp_path / "p.zh.md").write_text(ROW_ZH, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(
        "# Properties\n\nThe table lists the properties.\n\n| Property | Description |\n| --- | --- |\n"
        "| mode | Defines how to handle unwalkable surfaces." + ITEMS_EN, encoding="utf-8")
    r = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    assert [f.message for f in r.findings if f.rule == "untranslated"] == []


def test_a_cell_lead_sentence_the_english_cell_lacks_is_still_reported(tmp_path: Path) -> None:
    """The English cell has the list only: the Chinese lead sentence has no English and is reported."""
    (tmp_path / "p.zh.md").write_text(ROW_ZH, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(
        "# Properties\n\nThe table lists the properties.\n\n| Property | Description |\n| --- | --- |\n"
        "| mode | " + ITEMS_EN, encoding="utf-8")
    r = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    lead = "no English for: 定义如何处理不可行走的表面。"
    assert [f.message for f in r.findings if f.rule == "untranslated"] == [lead]


URL_EN = "# Nuxt\n\nNuxt is a meta framework for Vue. Learn more about Nuxt at https://nuxt.com. {}\n"
URL_ZH = ("# Nuxt\n\nNuxt 是一个基于 Vue 的元框架。要了解更多关于 Nuxt 的信息，请访问 https://nuxt.com 。"
          "本指南适用于 Nuxt 3.11 版本。\n")


def test_a_bare_url_leaves_the_sentence_end_after_it(tmp_path: Path) -> None:
    assert _check(tmp_path, URL_ZH, URL_EN.format("This guide is accurate as of Nuxt 3.11.")) == []


def test_a_sentence_missing_after_a_bare_url_is_still_reported(tmp_path: Path) -> None:
    assert [rule for rule, _line, _col in _check(tmp_path, URL_ZH, URL_EN.format(""))] == ["untranslated"]


def test_a_bare_url_keeps_its_path_and_query() -> None:
    blocks = _blocks("# A\n\nSee https://x.org/a_b?q=1#top for details.\n")
    assert blocks[1][1] == "See  for details."


GLUED_ZH = "# Nuxt\n\nNuxt 是一个基于 Vue 的元框架。\n\nhttps://nuxt.com上的迁移指南说明了旧版本的全部用法和升级步骤。\n"


def test_chinese_glued_after_a_bare_url_is_prose() -> None:
    blocks = _blocks("# A\n\n详见https://nuxt.com本指南适用于 Nuxt 3.11 版本。\n\n见https://x.y/z中的说明。\n")
    assert blocks[1][1] == "详见本指南适用于 Nuxt 3.11 版本。"
    assert blocks[2][1] == "见中的说明。"


def test_a_han_path_segment_or_fragment_stays_in_the_url() -> None:
    text = "# A\n\n见 https://baike.baidu.com/item/绝对路径/481185 和 https://a.b/c#创建-rslib-项目 的说明。\n"
    blocks = _blocks(text)
    assert blocks[1][1] == "见  和  的说明。"


def test_chinese_glued_after_a_trailing_slash_is_prose() -> None:
    text = "# A\n\n下载地址：https://example.com/下载页面提供了所有版本的安装包。\n\n详见https://example.com/docs/中的说明，谢谢。\n"
    blocks = _blocks(text)
    assert blocks[1][1] == "下载地址：下载页面提供了所有版本的安装包。"
    assert blocks[2][1] == "详见中的说明，谢谢。"


def test_a_han_path_segment_ending_the_text_a_bracket_or_a_query_value_stays_in_the_url() -> None:
    blocks = _blocks("# A\n\n见 https://a.b/?q=搜索&x=1 和 https://a.b/路径\n\n参数见 (https://a.b/c#参数) 一节。\n")
    assert blocks[1][1] == "见  和"
    assert blocks[2][1] == "参数见 () 一节。"  # an ASCII closing mark ends the segment


SLASH_ZH = "# 下载\n\n请从官网下载。\n\nhttps://example.com/下载页面提供了所有版本的安装包和校验文件。\n"


def test_a_missing_sentence_glued_after_a_trailing_slash_is_reported(tmp_path: Path) -> None:
    assert [rule for rule, _line, _col in _check(tmp_path, SLASH_ZH, "# Download\n\nDownload it from the site.\n")] == [
        "untranslated"]


def test_a_missing_sentence_glued_after_a_bare_url_is_reported(tmp_path: Path) -> None:
    assert _check(tmp_path, GLUED_ZH, "# Nuxt\n\nNuxt is a meta framework for Vue.\n") == [("untranslated", 5, 17)]


def test_a_translated_sentence_glued_after_a_bare_url_is_no_finding(tmp_path: Path) -> None:
    en = ("# Nuxt\n\nNuxt is a meta framework for Vue.\n\n"
          "The migration guide at https://nuxt.com explains every use of the old versions and the upgrade steps.\n")
    assert _check(tmp_path, GLUED_ZH, en) == []


QUOTE_ZH = "> 引用的说明。\n>\n> 这是一段没有标题的引用\n"
QUOTE_EN = ">\n> A quoted note without a heading\n"


def test_a_quoted_line_of_a_headingless_file_is_no_heading() -> None:
    assert [role for role, *_rest in _blocks(QUOTE_ZH)] == ["paragraph", "paragraph"]
    assert [role for role, *_rest in _blocks(QUOTE_EN)] == ["paragraph"]


def _quote_check(tmp_path: Path, zh: str, en: str) -> "tuple[list[str], list[str]]":
    (tmp_path / "q.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "q.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "q.zh.md"), str(tmp_path / "q.en.md"), Flags())
    return [n for n in result.notes if "section structure" in n], [f.rule for f in result.findings]


def test_a_headingless_quote_gives_no_section_note(tmp_path: Path) -> None:
    notes, _rules = _quote_check(tmp_path, "> 引用。\n>\n> 1M 上下文\n", ">\n> 1 million tokens\n")
    assert notes == []


def test_a_quoted_line_with_no_english_is_still_reported(tmp_path: Path) -> None:
    assert _quote_check(tmp_path, QUOTE_ZH, QUOTE_EN) == ([], ["untranslated"])


def test_a_pasted_manuscript_line_still_reads_as_a_heading() -> None:
    assert _blocks("引言\n\n分泌组含有生长因子和细胞因子，是再生医学研究的热点。\n")[0][0] in ("title", "heading")


BOM_EN = ("---\ntitle: Setup\n---\n\n\ufeffThe service reads its settings when it starts.\n\n## Profiles\n\n"
          "Add these lines to the settings file:\n\n```properties\nactive=dev\n```\n\n"
          "With this setting only the development profile is active. Other profiles are left switched off.\n")
BOM_ZH = ("---\ntitle: 设置\n---\n\n服务启动时读取它的设置。\n\n## 配置\n\n在设置文件中加入以下几行：\n\n"
          "```properties\nactive=dev\n```\n\n"
          "有了这个设置，只有开发配置处于激活状态，其他配置保持关闭。\n")


def test_a_byte_order_mark_after_the_front_matter_keeps_the_page_structured() -> None:
    """A body saved with a BOM and joined to its front matter: the mark is no prose, and each block keeps its
    Markdown part and its line (the mark at the head of the prose once shifted every later block by a character)."""
    blocks = markdown_blocks(SourceText.from_text("en.md", BOM_EN))
    assert [(b.text.text[:12], b.location.line, b.part and b.part.kind) for b in blocks] == [
        ("The service ", 5, "paragraph"), ("Profiles", 7, "heading"), ("Add these li", 9, "paragraph"),
        ("With this se", 15, "paragraph")]
    assert blocks[0].location.column == 2  # after the mark


def test_a_paragraph_left_out_of_a_page_whose_english_holds_a_byte_order_mark_is_reported(tmp_path: Path) -> None:
    assert ("extra-target", 15, 1) not in _check(tmp_path, BOM_ZH, BOM_EN)
    deleted = BOM_ZH[:BOM_ZH.rindex("有了")].rstrip("\n") + "\n"
    assert ("extra-target", 15, 1) in _check(tmp_path, deleted, BOM_EN)
