"""A documentation heading's term left to the page by an English heading saying only the rest of the Chinese heading
(`term_heading_short`, the `topic` excuse)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_excuses import switched

HEADING_BODY = ("heading-body",)
"""The excuse that takes a heading's term where the other heading is a title of its own and the section under it says
the term (`term_heading_body`, hd61): off in the tests of this module's own guards whose shapes it now takes
(a word of the heading's own in the term's place), so that they still test this module."""

GLOSSARY = "model,模型,model,,models\ninference,推理,inference,,infer\n"
ZH = ("# 模型部署\n\n本文介绍如何部署一个模型。\n\n## 模型推理\n\n运行下面的命令，用模型做一次推理。\n\n"
      "```shell\nlmdeploy chat ./model\n```\n\n这个模型的推理速度很快。\n\n批量推理时，模型会合并请求。\n\n"
      "## 推理服务\n\n下面的命令为模型启动一个服务。\n\n```shell\nlmdeploy serve api_server ./model\n```\n\n"
      "服务启动后，可以向模型发送推理请求。\n")
EN = ("# Model Deployment\n\nThis page shows how to deploy a model.\n\n## Inference\n\n"
      "Run the command below to run inference with the model.\n\n```shell\nlmdeploy chat ./model\n```\n\n"
      "Inference with this model is fast.\n\nIn batch inference the model merges requests.\n\n"
      "## Service\n\nThe command below starts a service for the model.\n\n"
      "```shell\nlmdeploy serve api_server ./model\n```\n\n"
      "After the service starts, you can send inference requests to the model.\n")
HEADING = ZH.split("\n").index("## 推理服务") + 1


def test_a_heading_shortened_to_its_head_on_a_page_naming_the_term_throughout(tmp_path: Path) -> None:
    """## 推理服务 = ## Service, inference named on both sides in four sentences of the page."""
    assert HEADING not in page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh")


def test_a_full_sentence_dropping_the_term_is_reported(tmp_path: Path) -> None:
    """The same page, a body sentence that drops 推理: not a heading, reported."""
    zh = ZH.replace("下面的命令为模型启动一个服务。", "下面的命令启动一个推理服务。")
    en = EN.replace("The command below starts a service for the model.", "The command below starts a service.")
    line = zh.split("\n").index("下面的命令启动一个推理服务。") + 1
    assert line in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_an_english_heading_with_a_word_in_the_terms_place_is_reported(tmp_path: Path) -> None:
    """"## Chat Service": "chat" says nothing of the Chinese heading, it stands where 推理 was."""
    with switched(off=HEADING_BODY):
        en = EN.replace("## Service", "## Chat Service")
        assert HEADING in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


def test_a_heading_that_is_the_term_alone_is_reported(tmp_path: Path) -> None:
    """## 推理 = ## Service: the heading is the term, said with another word."""
    zh = ZH.replace("## 推理服务", "## 推理")
    assert HEADING in page_term_lines(tmp_path, zh, EN, GLOSSARY, "zh")


def test_a_term_the_page_names_only_once_or_twice_is_reported(tmp_path: Path) -> None:
    """Inference named on both sides in two sentences only: not a concept of the whole page."""
    zh = ZH.replace("这个模型的推理速度很快。", "这个模型很快。").replace("批量推理时", "批量处理时")
    en = EN.replace("Inference with this model is fast.", "This model is fast.") \
        .replace("In batch inference", "In batch processing")
    assert HEADING in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_an_english_heading_term_the_chinese_heading_leaves_to_the_page(tmp_path: Path) -> None:
    """## 离线服务 = "## Offline Inference Service": the English heading's term left to the page by the Chinese."""
    zh = ZH.replace("## 推理服务", "## 离线服务")
    en = EN.replace("## Service", "## Offline Inference Service")
    assert HEADING not in page_term_lines(tmp_path, zh, en, GLOSSARY, "en")


def test_a_chinese_heading_with_a_word_of_its_own_keeps_the_english_term_missing(tmp_path: Path) -> None:
    """## 聊天服务 = "## Inference Service": 聊天 says nothing of the English heading, it stands where inference was."""
    with switched(off=HEADING_BODY):
        zh = ZH.replace("## 推理服务", "## 聊天服务")
        en = EN.replace("## Service", "## Inference Service")
        assert HEADING in page_term_lines(tmp_path, zh, en, GLOSSARY, "en")


def test_a_term_that_tells_two_sibling_headings_apart_is_reported(tmp_path: Path) -> None:
    """## 聊天服务 beside ## 推理服务, "## Chat Service" beside "## Service": 推理 is what tells the two sections apart,
    not a noun left to the page (review55 R1)."""
    zh = ZH.replace("## 模型推理", "## 聊天服务")
    en = EN.replace("## Inference", "## Chat Service")
    assert HEADING in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_a_shortened_heading_that_repeats_another_heading_is_reported(tmp_path: Path) -> None:
    """Two English headings "## Service" on one page: the term dropped from the second leaves them the same
    (review55 R1)."""
    en = EN.replace("## Inference", "## Service")
    assert HEADING in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


def test_an_english_term_that_tells_two_sibling_headings_apart_is_reported(tmp_path: Path) -> None:
    """## 离线服务 = "## Offline Inference Service" beside "## Offline Chat Service": inference tells the two apart
    (review55 R1, the other way)."""
    zh = ZH.replace("## 模型推理", "## 离线聊天服务").replace("## 推理服务", "## 离线服务")
    en = EN.replace("## Inference", "## Offline Chat Service").replace("## Service", "## Offline Inference Service")
    assert HEADING in page_term_lines(tmp_path, zh, en, GLOSSARY, "en")


def test_a_term_after_a_verb_is_reported(tmp_path: Path) -> None:
    """## 启动推理 = "## Start": the term is the verb's object, "Start" a truncated heading (review55 R3)."""
    zh = ZH.replace("## 推理服务", "## 启动推理")
    en = EN.replace("## Service", "## Start")
    assert HEADING in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_a_term_that_is_the_headings_head_is_reported(tmp_path: Path) -> None:
    """## 模型推理 = "## Model": the heading's head dropped, only its modifier said (review55 R3)."""
    en = EN.replace("## Inference", "## Model")
    line = ZH.split("\n").index("## 模型推理") + 1
    assert line in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


SIB_GLOSSARY = ("message,消息,message,,messages\nasync,异步,asynchronous,,async\nbroadcast,广播,broadcast,,\n"
                "client,客户端,client,,clients\n")
_CLIENT = ("连接", "重试", "关闭", "读取配置", "写日志", "退出")
_CLIENT_EN = ("connects", "retries", "closes", "reads its configuration", "writes a log", "exits")
SIB_ZH = ("# 运行示例\n\n本文介绍如何收发消息。\n\n```shell\n./start.sh\n```\n\n## 0. 客户端\n\n"
          + "".join(f"客户端会{w}。\n\n" for w in _CLIENT) + "## 1. TCP\n\n### 1.1 异步消息\n\n"
          "启动消费端，接收异步消息。\n\n启动发送端，发送异步消息。\n\n### 1.2 广播消息\n\n"
          "启动消费端，接收广播消息。\n\n启动发送端，发送广播消息。\n")
SIB_EN = ("# Run the demo\n\nThis page shows how to send and receive messages.\n\n```shell\n./start.sh\n```\n\n"
          "## 0. Client\n\n" + "".join(f"The client {w}.\n\n" for w in _CLIENT_EN)
          + "## 1. TCP\n\n### 1.1 ASYNC\n\nStart the consumer to receive async messages.\n\n"
          "Start the producer to send async messages.\n\n### 1.2 BROADCAST\n\n"
          "Start the consumer to receive broadcast messages.\n\nStart the producer to send broadcast messages.\n")
FIRST = SIB_ZH.split("\n").index("### 1.1 异步消息") + 1
SECOND = SIB_ZH.split("\n").index("### 1.2 广播消息") + 1


def test_a_head_every_sibling_heading_shares_is_left_to_the_parent(tmp_path: Path) -> None:
    """### 1.1 异步消息 / ### 1.2 广播消息 = "1.1 ASYNC" / "1.2 BROADCAST": 消息 tells no two siblings apart."""
    lines = page_term_lines(tmp_path, SIB_ZH, SIB_EN, SIB_GLOSSARY, "zh")
    assert FIRST not in lines and SECOND not in lines


def test_a_head_one_english_sibling_keeps_is_reported(tmp_path: Path) -> None:
    """"1.2 Broadcast messages" keeps the head: dropping it from "1.1 ASYNC" is a slip, reported."""
    en = SIB_EN.replace("### 1.2 BROADCAST", "### 1.2 Broadcast messages")
    assert FIRST in page_term_lines(tmp_path, SIB_ZH, en, SIB_GLOSSARY, "zh")


def test_a_head_no_sibling_shares_is_reported(tmp_path: Path) -> None:
    """### 1.2 广播事件 beside ### 1.1 异步消息: 消息 is this heading's own head, dropped (review55 R3)."""
    zh = SIB_ZH.replace("### 1.2 广播消息", "### 1.2 广播事件")
    assert FIRST in page_term_lines(tmp_path, zh, SIB_EN, SIB_GLOSSARY, "zh")


def test_a_dropped_head_in_a_body_sentence_is_still_reported(tmp_path: Path) -> None:
    """The real defect of the same words: a body sentence that drops 消息 keeps its finding."""
    en = SIB_EN.replace("Start the producer to send async messages.", "Start the producer to send async.")
    line = SIB_ZH.split("\n").index("启动发送端，发送异步消息。") + 1
    assert line in page_term_lines(tmp_path, SIB_ZH, en, SIB_GLOSSARY, "zh")
