"""A Chinese heading whose English heading is a made-up name of its own: another title, not terms dropped
(`term_title_named`, excuse `title-named`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines

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
    """"# W8A8 LLM Deployment": the title translated, 模型 dropped from it."""
    en = EN.replace("# SmoothQuant", "# W8A8 LLM Deployment")
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
