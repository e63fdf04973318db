"""An English term listed where the Chinese counts the parts its headings below name (`term_announced_list`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_announced_list import announced_count, listed_before_colon

GLOSSARY = "w,写入器,writer\nr,读取器,reader\n"
ZH = ("# 架构\n\n系统由多个组件组成，它们通过网络相互通信。\n\n"
      "Acme 的部署架构主要分为三部分:\n\n### 写入器 Writer\n\n负责把数据写入存储。\n\n"
      "### 读取器 Reader\n\n负责从存储中读出数据。\n\n### 存储 Store\n\n负责保存数据。\n")
EN = ("# Architecture\n\nThe system has several components that talk to each other over the network.\n\n"
      "The main Acme components are writers, readers, and stores:\n\n### Writer\n\nIt writes the data to the store.\n\n"
      "### Reader\n\nIt reads the data from the store.\n\n### Store\n\nIt keeps the data.\n")


def test_parts_the_chinese_counts_and_names_in_the_headings_below(tmp_path: Path) -> None:
    """"components are writers, readers, and stores:" = 主要分为三部分: before ### 写入器 Writer, ### 读取器 Reader:
    the Chinese names each listed part in its heading."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "en") == []


def test_a_chinese_sentence_without_a_count_keeps_the_findings(tmp_path: Path) -> None:
    zh = ZH.replace("主要分为三部分:", "主要包括以下组件:")
    # writers and readers: one finding for the sentence pair, naming both (gc56, `missing_fold`)
    assert page_term_lines(tmp_path, zh, EN, GLOSSARY, "en") == [5]


def test_headings_that_do_not_name_the_term_keep_the_finding(tmp_path: Path) -> None:
    zh = ZH.replace("### 读取器 Reader", "### 查询 Query").replace("负责从存储中读出数据。", "负责查询数据。")
    en = EN.replace("### Reader", "### Query").replace("It reads the data from the store.", "It queries the data.")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]  # readers: no heading 读取器 any more


def test_a_term_dropped_in_a_full_sentence_keeps_the_finding(tmp_path: Path) -> None:
    """The English names writers in a sentence of its own, not a list before a colon: the Chinese drops them."""
    zh = ZH.replace("Acme 的部署架构主要分为三部分:", "Acme 的部署架构主要分为三部分。")
    en = EN.replace("The main Acme components are writers, readers, and stores:",
                    "The main Acme components are writers, readers, and stores.")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]  # writers and readers, one finding (missing_fold)


def test_the_count_and_the_list_item() -> None:
    assert announced_count("Acme 的部署架构主要分为四部分:") == 4 and announced_count("共有 3 个组件：") == 3
    assert announced_count("主要组件如下：") == 0 and announced_count("分为四部分。") == 0
    text = "The main components are writers, readers, and stores:"
    assert listed_before_colon(text, text.index("writers"), text.index("writers") + 7)
    assert not listed_before_colon("The writers are fast.", 4, 11)
