"""A Chinese sentence cut by a JSX block: the term in its half across the block (`term_cut_by_block`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.term_cut_by_block import cut_by_block
from zhen_qa.manuscript.document import Sentence

GLOSSARY = "dependency,依赖,dependency,,\n"
ZH = ("# 开发\n\n推荐使用 `npm` 作为包管理工具。\n\n在你 clone 了代码并且使用\n\n"
      "<Install npm='$ npm install'></Install>\n\n"
      "安装完依赖后，你还可以运行下面几个常用的命令：\n\n<Run npm='$ npm start'></Run>\n\n启动后即可访问网站。\n")
EN = ("# Develop\n\n`npm` is recommended as the package manager.\n\n"
      "After you clone the code and use following commands to install dependencies:\n\n"
      "<Install npm='$ npm install'></Install>\n\nYou can also run these common commands:\n\n"
      "<Run npm='$ npm start'></Run>\n\nThen open the site.\n")


def test_an_english_term_said_by_the_chinese_half_after_a_block_is_rendered(tmp_path: Path) -> None:
    """antd55 (antd contributing): 在你 clone 了 antd 的代码并且使用 / <InstallDependencies …> / 安装完依赖后 for
    "… to install dependencies:"; the Chinese term after the block has the English of the cut sentence's bead."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en") == []  # fails before: [5]
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == []  # fails before: [9]


def test_a_code_block_between_the_halves_keeps_the_finding(tmp_path: Path) -> None:
    """A fenced code block, not a component, between: the reader's two paragraphs are two sentences."""
    fence = "```bash\nnpm install\n```"
    zh, en = (text.replace("<Install npm='$ npm install'></Install>", fence) for text in (ZH, EN))
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_a_half_after_the_block_without_the_term_keeps_the_finding(tmp_path: Path) -> None:
    """The English says "dependencies" in a full sentence; the Chinese drops it on both sides of the block."""
    zh = ZH.replace("安装完依赖后", "安装完成后")
    assert page_term_lines(tmp_path, zh, EN, GLOSSARY, "en") == [5]


def test_only_an_unfinished_sentence_before_markup_blocks_is_cut() -> None:
    """A sentence ending in punctuation before the block, or prose between, is no cut."""
    def sentences(zh: str) -> list[Sentence]:
        m = build_from_texts(zh, EN, "zh.md", "en.md", presplit=False)
        return [s for p in m.pairs for s in p.zh]

    found = sentences(ZH)
    assert cut_by_block(found[2], found[3]) and not cut_by_block(found[1], found[2])
    finished = sentences(ZH.replace("并且使用\n", "并且使用。\n"))
    assert not cut_by_block(finished[2], finished[3])
    prose = sentences(ZH.replace("<Install npm='$ npm install'></Install>", "下面的命令"))
    assert not any(cut_by_block(a, b) for a, b in zip(prose, prose[1:]))
    heading = sentences("# 动态路由匹配\n\n<SchoolLink title='video' />\n\n我们需要把路由映射到同一个组件。\n")
    assert heading[0].text.text.endswith("匹配") and not cut_by_block(heading[0], heading[1])  # a heading is finished


def test_a_first_half_naming_the_term_itself_keeps_the_second_halfs_finding(tmp_path: Path) -> None:
    """review55 R6: 点击工具栏的按钮后会弹出依赖面板 / <img …/> / 在面板中选择要升级的依赖。 for "… open the dependency
    panel." / "Select the ones to upgrade in the panel.": the first half's "dependency" renders its own 依赖."""
    zh = "# 依赖管理\n\n点击工具栏的按钮后会弹出依赖面板\n\n<img src='panel.png' />\n\n在面板中选择要升级的依赖。\n"
    en = ("# Dependency management\n\nClick the toolbar button to open the dependency panel.\n\n"
          "<img src='panel.png' />\n\nSelect the ones to upgrade in the panel.\n")
    fence = "```json\n{ \"dependencies\": {} }\n```\n\n"
    zh, en = (text.replace("\n\n", "\n\n" + fence, 1) for text in (zh, en))
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh") == [11]
