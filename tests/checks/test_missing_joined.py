"""term-missing joins the findings of one defect within a page (`missing_joined`): two terms side by side in one
phrase missing from the same English, and the same term missing from a sentence pair the page repeats."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings

GLOSSARY = "model,模型,model,,models\ninference,推理,inference,,infer\nconfig,配置,configuration,,config\n"
ZH = ("# 部署\n\n本文介绍部署的步骤。\n\n每个模型都有一个数据类型。\n\n数据类型决定了权重的大小。\n\n"
      "## 启动\n\n下面的命令启动一个与 OpenAI 接口兼容的模型推理服务。\n\n"
      "```shell\nlmdeploy serve api_server ./m\n```\n\n"
      "## 版本一\n\n和数据类型相关的参数是 `weight_type`。它们不可被修改。\n\n"
      "## 版本二\n\n和数据类型相关的参数是 `weight_type`。它们不可被修改。\n")
EN = ("# Deployment\n\nThis page shows the steps of deployment.\n\nEvery model has a data type.\n\n"
      "The data type decides the size of the weights.\n\n## Start\n\n"
      "The command below starts an OpenAI-compatible server.\n\n"
      "```shell\nlmdeploy serve api_server ./m\n```\n\n## Version one\n\n"
      "`weight_type` is the relevant parameter. It cannot be changed.\n\n## Version two\n\n"
      "`weight_type` is the relevant parameter. It cannot be changed.\n")
DT = "datatype,数据类型,data type,,dtype\n"
PHRASE = ZH.split("\n").index("下面的命令启动一个与 OpenAI 接口兼容的模型推理服务。") + 1
COPIES = [i + 1 for i, line in enumerate(ZH.split("\n")) if line.startswith("和数据类型相关")]


def _zh(tmp_path: Path, zh: str, en: str, glossary: str = GLOSSARY + DT) -> list[tuple[int, str]]:
    return [(f.location.line, f.message) for f in page_term_findings(tmp_path, zh, en, glossary) if f.lang == "zh"]


def test_two_terms_of_one_phrase_missing_together_are_one_finding(tmp_path: Path) -> None:
    """模型推理服务 = "an OpenAI-compatible server": one phrase said otherwise, one finding naming both terms."""
    found = [(line, m) for line, m in _zh(tmp_path, ZH, EN) if line == PHRASE]
    assert len(found) == 1
    assert "「模型」" in found[0][1] and "「推理」" in found[0][1]


def test_two_terms_apart_in_one_sentence_are_both_named(tmp_path: Path) -> None:
    """模型 and 推理 in two clauses of one sentence, both dropped: two omissions, named in the one finding of the
    sentence pair (`missing_fold` groups a pair's term-missing findings, as same-rule findings of a line are grouped),
    each with its own position; not merged as one phrase ("beside it")."""
    zh = ZH.replace("下面的命令启动一个与 OpenAI 接口兼容的模型推理服务。", "下面的命令加载模型，然后启动推理服务。")
    en = EN.replace("The command below starts an OpenAI-compatible server.",
                    "The command below loads it, then starts a server.")
    line = zh.split("\n").index("下面的命令加载模型，然后启动推理服务。") + 1
    (message,) = [m for n, m in _zh(tmp_path, zh, en) if n == line]
    assert "「模型」" in message and "「推理」" in message and "beside it" not in message


def test_a_phrase_dropped_whole_is_still_reported(tmp_path: Path) -> None:
    """The real defect of the same shape: the English drops the phrase (and everything else names it rendered)."""
    en = EN.replace("The command below starts an OpenAI-compatible server.", "The command below starts.")
    assert PHRASE in [n for n, _m in _zh(tmp_path, ZH, en)]


def test_a_term_missing_from_a_repeated_sentence_pair_is_one_finding(tmp_path: Path) -> None:
    """The page repeats 和数据类型相关的参数是… with the same English: one finding at the first, naming the copy."""
    found = [(n, m) for n, m in _zh(tmp_path, ZH, EN) if n in COPIES]
    assert [n for n, _m in found] == [COPIES[0]]
    assert f"again at Chinese line {COPIES[1]}" in found[0][1]


def test_a_copy_translated_differently_keeps_its_own_finding(tmp_path: Path) -> None:
    """The second copy's English differs (another sentence pair): each pair is its own defect."""
    en = EN[::-1].replace("`weight_type` is the relevant parameter."[::-1],
                          "`weight_type` is the one parameter."[::-1], 1)[::-1]
    assert [n for n, _m in _zh(tmp_path, ZH, en) if n in COPIES] == COPIES
