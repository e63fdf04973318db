"""A product's name its documentation page names throughout, left implicit in a bead (`term_product_name`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_product_name import is_product_name

GLOSSARY = "acme,橡果,AcmeFlow,,Acme,AcmeFlow\nflow,数据流,data flow,,,AcmeFlow\n"
NOTED = "id,zh,en,zh_admitted,en_admitted,note"
"""The header of a glossary whose rows are filed under the product (the note column)."""
ZH = ("# 橡果简介\n\n橡果是一个数据处理框架，可以通过 `acme.run()` 启动。\n\n## 橡果的调度规则\n\n"
      "橡果会按照注册顺序调度每个任务。\n\n橡果在开启缓存后，任务的运行速度会明显提升。\n\n"
      "```python\nacme.run()\n```\n")
EN = ("# About AcmeFlow\n\nAcmeFlow is a data processing framework, started with `acme.run()`.\n\n"
      "## Scheduling Rules\n\nAcmeFlow schedules every task in the order it was registered.\n\n"
      "When the cache is enabled, tasks run much faster.\n\n```python\nacme.run()\n```\n")


def test_the_products_name_left_implicit_where_the_page_names_it_throughout(tmp_path: Path) -> None:
    """## 橡果的调度规则 = "## Scheduling Rules", 橡果在开启缓存后 = "When the cache is enabled": the page names the
    product in three sentences or more on each side."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh", NOTED) == []


def test_a_page_that_names_the_product_once_keeps_the_finding(tmp_path: Path) -> None:
    """The English names the product in one sentence only: the drop may be the one place it is said."""
    en = EN.replace("AcmeFlow is a data", "It is a data").replace("AcmeFlow schedules", "It schedules")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh", NOTED) == [5]


def test_a_lower_case_term_named_throughout_keeps_the_finding(tmp_path: Path) -> None:
    """数据流 = "data flow" is no product's name: dropped in a full sentence, it is reported however often the page
    says it."""
    zh = ZH.replace("任务的运行速度", "数据流的运行速度").replace("调度每个任务", "调度每个数据流")
    zh = zh.replace("数据处理框架", "数据流框架")
    en = EN.replace("schedules every task", "schedules every data flow").replace("data processing", "data flow")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "zh", NOTED) == [9]


def test_a_products_name_is_one_capitalised_word_with_a_capital_inside() -> None:
    assert is_product_name(["PaddlePaddle", "Paddle"]) and is_product_name(["RocketMQ"])
    assert not is_product_name(["Paddle"]) and not is_product_name(["data flow"]) and not is_product_name(["API"])


def test_a_class_name_admitted_for_a_lower_case_term_is_no_product(tmp_path: Path) -> None:
    """行类型 = "row kind", admitted RowKind (the class of the code): the page names it throughout, but the English
    that misspells it (RowKink) drops the term, a real finding; only the preferred English can make a product."""
    glossary = "row-kind,行类型,row kind,,RowKind\n"
    zh = ("# 行类型过滤\n\n每一行都有行类型，可以通过 `row.kind()` 读取。\n\n"
          "## 行类型说明\n\n行类型决定了数据的写入方式。\n\n源端生成的数据的行类型是 `INSERT`。\n\n"
          "```python\nrow.kind()\n```\n")
    en = ("# Filter by RowKind\n\nEvery row has a RowKind, read with `row.kind()`.\n\n## About RowKind\n\n"
          "The RowKind decides how the data is written.\n\nThe RowKink of the generated data is `INSERT`.\n\n"
          "```python\nrow.kind()\n```\n")
    assert page_term_lines(tmp_path, zh, en, glossary, "zh") == [9]


def test_a_component_the_glossary_lists_is_no_product(tmp_path: Path) -> None:
    """名字服务器 = NameServer, a component of the product the glossary is not filed under: a page about producers
    that names it in three sentences on each side and drops it in a fourth (生产者启动后，会从名字服务器获取路由信息。 =
    "After a producer starts, it gets the routing information.") keeps the finding."""
    glossary = "ns,名字服务器,NameServer,,\nproducer,生产者,producer,,producers\n"
    zh = ("# 生产者\n\n生产者负责发送消息。\n\n```java\n"
          "DefaultMQProducer producer = new DefaultMQProducer(\"group\");\n```\n\n"
          "生产者需要配置名字服务器的地址。\n\n生产者可以同时连接多个名字服务器。\n\n生产者发送消息前会检查主题。\n\n"
          "生产者失败时会重试。\n\n生产者启动后，会从名字服务器获取路由信息。\n\n名字服务器的地址可以写在配置文件中。\n")
    en = ("# Producer\n\nA producer sends messages.\n\n```java\n"
          "DefaultMQProducer producer = new DefaultMQProducer(\"group\");\n```\n\n"
          "A producer needs the address of NameServer.\n\nA producer can connect to several NameServer instances.\n\n"
          "A producer checks the topic before it sends a message.\n\nA producer retries when it fails.\n\n"
          "After a producer starts, it gets the routing information.\n\n"
          "The NameServer address can be set in the configuration file.\n")
    assert page_term_lines(tmp_path, zh, en, glossary, "zh") == [17]
