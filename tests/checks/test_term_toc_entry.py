"""A table-of-contents entry repeating a heading of its page is no second finding (`term_toc_entry`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines

GLOSSARY = "model,模型,model,,models\ninference,推理,inference,,infer\n"
ZH = ("# 模型部署\n\n本文介绍如何部署一个模型。\n\n- [模型推理](#模型推理)\n- [推理服务](#推理服务)\n\n"
      "## 模型推理\n\n运行下面的命令，用模型做一次推理。\n\n```shell\nlmdeploy chat ./model\n```\n\n"
      "## 推理服务\n\n下面的命令为模型启动一个服务。\n\n```shell\nlmdeploy serve api_server ./model\n```\n\n"
      "服务启动后，可以向模型发送请求。\n")
EN = ("# Model Deployment\n\nThis page shows how to deploy a model.\n\n- [Inference](#inference)\n"
      "- [Service](#service)\n\n## Inference\n\nRun the command below to run inference with the model.\n\n"
      "```shell\nlmdeploy chat ./model\n```\n\n## Service\n\nThe command below starts a service for the model.\n\n"
      "```shell\nlmdeploy serve api_server ./model\n```\n\nAfter the service starts, you can send requests to the"
      " model.\n")
ENTRY = ZH.split("\n").index("- [推理服务](#推理服务)") + 1
HEADING = ZH.split("\n").index("## 推理服务") + 1


def test_the_entry_and_its_heading_are_one_finding_at_the_heading(tmp_path: Path) -> None:
    """推理 missing from "Service" twice, entry and heading: reported once, at the heading."""
    lines = page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh")
    assert HEADING in lines and ENTRY not in lines


def test_an_entry_that_repeats_no_heading_keeps_its_finding(tmp_path: Path) -> None:
    """The English heading says "Inference Service", the entry only "Service": the entry's own defect."""
    en = EN.replace("## Service", "## Inference Service")
    lines = page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")
    assert ENTRY in lines and HEADING not in lines


def test_an_entry_repeating_an_unrelated_heading_of_the_same_text_keeps_its_finding(tmp_path: Path) -> None:
    """The entry "Service" repeats a subsection "### Service" of another section, while the heading it stands for
    says "Inference Service": the two headings are no bead, the entry's finding stays (review55 R2)."""
    sub = "\n\n### 服务\n\n聊天需要一个服务。\n\n"
    zh = ZH.replace("```\n\n## 推理服务", "```" + sub + "## 推理服务")
    en = EN.replace("## Service", "## Inference Service") \
        .replace("```\n\n## Inference Service", "```\n\n### Service\n\nChat needs a service.\n\n## Inference Service")
    assert "### Service" in en and "### 服务" in zh
    entry = zh.split("\n").index("- [推理服务](#推理服务)") + 1
    assert entry in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")
