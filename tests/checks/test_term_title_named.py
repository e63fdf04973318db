"""A Chinese heading whose English heading is a made-up name of its own: another title, not terms dropped
(`term_title_named`, excuse `title-named`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from zhen_qa.checks.term_excuses import switched

HEADING_BODY = ("heading-body",)
"""The excuse that takes a heading's term where the other heading is a title of its own and the section under it says
the term (`term_heading_body`, hd61): off in the tests of this module's own guards whose shapes it now takes
(a word of the heading's own in the term's place), so that they still test this module."""

GLOSSARY = ("model,模型,model,,models\ndeployment,部署,deployment,,deploy\n"
            "quantization,量化,quantization,,quantize|quantized\n")
ZH = ("# W8A8 LLM 模型部署\n\n本文介绍如何量化并部署一个模型。\n\n```shell\nlmdeploy lite smooth_quant ./m\n```\n\n"
      "量化后的模型可以直接部署。\n\n量化需要校准数据。\n\n量化会降低显存占用。\n\n量化只需几分钟。\n")
EN = ("# SmoothQuant\n\nThis page shows how to quantize and deploy a model.\n\n"
      "```shell\nlmdeploy lite smooth_quant ./m\n```\n\nThe quantized model can be deployed directly.\n\n"
      "Quantization needs calibration data.\n\nQuantization lowers memory use.\n\nQuantization takes minutes.\n")


def test_a_heading_retitled_by_a_name_is_no_term_missing(tmp_path: Path) -> None:
    """# W8A8 LLM 模型部署 = "# SmoothQuant": neither 模型 nor 部署 is reported at the title (fails before)."""
    assert 1 not in page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh")


def test_a_heading_with_an_ordinary_word_is_reported(tmp_path: Path) -> None:
    """"# W8A8 LLM Models": the title translated in ordinary words, 部署 dropped from it. (Not 模型 after "LLM": a
    class noun after a name the English writes alone is gc56's `name-class` excuse.)"""
    en = EN.replace("# SmoothQuant", "# W8A8 LLM Models")
    assert 1 in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


def test_a_name_the_chinese_heading_writes_is_no_new_title(tmp_path: Path) -> None:
    """# SmoothQuant 模型部署 = "# SmoothQuant": the name is the Chinese's too, the terms dropped after it."""
    zh = ZH.replace("# W8A8 LLM 模型部署", "# SmoothQuant 模型部署")
    assert 1 in page_term_lines(tmp_path, zh, EN, GLOSSARY, "zh")


def test_a_body_sentence_said_by_a_name_is_reported(tmp_path: Path) -> None:
    """The real defect in a body sentence: 量化后的模型可以直接部署。 = "The quantized thing can be used directly."
    keeps its findings (the excuse is for headings only)."""
    en = EN.replace("The quantized model can be deployed directly.", "The quantized thing can be used directly.")
    line = ZH.split("\n").index("量化后的模型可以直接部署。") + 1
    assert line in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


def test_a_name_built_of_the_headings_words_is_no_new_title(tmp_path: Path) -> None:
    """"# ModelServer" for # W8A8 LLM 模型部署: "Model" says 模型, so the name renders the heading, and 部署 is
    missing from it (as # 字段映射 = "# TypeMapper" in test_term_code_agent)."""
    en = EN.replace("# SmoothQuant", "# ModelServer")
    assert 1 in page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh")


SECTION_ZH = ("# LMDeploy 使用指南\n\n本文介绍如何量化并部署一个模型。\n\n## 量化模型\n\n量化前需要准备校准数据。\n\n"
              "```shell\nlmdeploy lite auto_awq ./m\n```\n\n量化后的模型可以直接部署。\n\n## 部署模型\n\n"
              "使用下面的命令部署量化后的模型。\n\n```shell\nlmdeploy serve api_server ./m\n```\n\n"
              "部署后即可通过接口访问模型。\n")
SECTION_EN = ("# LMDeploy User Guide\n\nThis page shows how to quantize and deploy a model.\n\n## TurboMind\n\n"
              "Prepare the calibration data before quantization.\n\n```shell\nlmdeploy lite auto_awq ./m\n```\n\n"
              "The quantized model can be deployed directly.\n\n## Deploy the Model\n\n"
              "Use the command below to deploy the quantized model.\n\n```shell\nlmdeploy serve api_server ./m\n"
              "```\n\nAfter deployment the model can be accessed through the API.\n")


def test_a_section_heading_replaced_by_a_name_is_reported(tmp_path: Path) -> None:
    """## 量化模型 = "## TurboMind" under the page's title (review56 R5): a section heading replaced by a product
    name the Chinese page never writes is a copy-paste slip, not the page titled by its method; 量化 keeps its
    finding (fails before: the excuse took any heading)."""
    assert 5 in page_term_lines(tmp_path, SECTION_ZH, SECTION_EN, GLOSSARY, "zh")


def test_a_level_one_heading_after_the_title_is_no_page_title(tmp_path: Path) -> None:
    """A second `#` heading is a section of the page, not its title: # 量化模型 = "# TurboMind" after the title
    keeps its finding."""
    zh = SECTION_ZH.replace("## 量化模型", "# 量化模型")
    en = SECTION_EN.replace("## TurboMind", "# TurboMind")
    assert 5 in page_term_lines(tmp_path, zh, en, GLOSSARY, "zh")


def test_a_page_title_of_level_two_is_reported(tmp_path: Path) -> None:
    """A page whose first heading is `##` has no title of its own: ## W8A8 LLM 模型部署 = "## SmoothQuant" is a
    section heading and keeps its findings."""
    with switched(off=HEADING_BODY):
        assert 1 in page_term_lines(tmp_path, "#" + ZH, "#" + EN, GLOSSARY, "zh")
