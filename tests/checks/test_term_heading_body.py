"""A documentation heading's term that the other side's heading leaves out while the section under it says it
(`term_heading_body`), and the headings that keep their findings."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings, page_term_lines
from zhen_qa.checks.run import Flags, check_file

GLOSSARY = "inference,推理,inference,,\n"
ZH = "# 部署\n\n运行 `lmdeploy serve` 即可。\n\n## 推理服务\n\n启动后即可发送推理请求。\n\n## 其他\n\n其他内容。\n"
EN = "# Deploy\n\nRun `lmdeploy serve`.\n\n## Service\n\nOnce started, you can send inference requests.\n\n" \
     "## Others\n\nOther things.\n"


def test_a_chinese_heading_term_the_english_section_says_is_rendered(tmp_path: Path) -> None:
    """## 推理服务 = "## Prediction Service", the English section under it saying "inference": "service" translates
    服务 and "prediction" is a word of the title's own, where 推理 stands; a title written freely (the labelled
    documentation headings of this shape were rejected by the reviewer); not reported."""
    assert page_term_lines(tmp_path, ZH, EN.replace("## Service", "## Prediction Service"), GLOSSARY, "zh") == []


def test_an_english_heading_term_the_chinese_section_says_is_rendered(tmp_path: Path) -> None:
    """"## Inference Service" = ## 对外服务 (service to the outside), the Chinese section under it saying 推理: the
    mirror."""
    zh, en = ZH.replace("## 推理服务", "## 对外服务"), EN.replace("## Service", "## Inference Service")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == []


def test_a_heading_cut_short_is_reported(tmp_path: Path) -> None:
    """## 推理服务 = "## Service": the Chinese heading word for word with the term deleted, the shape of a
    translator's drop, though the section says inference; reported."""
    assert page_term_lines(tmp_path, ZH, EN, GLOSSARY, "zh") == [5]


def test_an_english_heading_cut_short_is_reported(tmp_path: Path) -> None:
    """"## Inference Service" = ## 服务: the mirror; reported though the Chinese section says 推理."""
    zh, en = ZH.replace("## 推理服务", "## 服务"), EN.replace("## Service", "## Inference Service")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_a_concept_dropped_from_heading_and_section_alike_is_reported(tmp_path: Path) -> None:
    """The English section does not say inference either: the concept is dropped, reported once at the heading."""
    en = EN.replace("send inference requests", "send requests")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [5]


def test_an_english_concept_dropped_from_heading_and_section_alike_is_reported(tmp_path: Path) -> None:
    zh = ZH.replace("## 推理服务", "## 服务").replace("发送推理请求", "发送请求")
    en = EN.replace("## Service", "## Inference Service")
    assert page_term_lines(tmp_path, zh, en, GLOSSARY, "en") == [5]


def test_a_heading_writing_the_term_deformed_is_reported(tmp_path: Path) -> None:
    """## 使用模块联合 for "## Use Module Federation" (listed 模块联邦), the Chinese section saying 模块联邦: the
    heading writes part of the term and changes the rest, a deformed term; reported."""
    glossary = "mf,模块联邦,Module Federation,,\n"
    zh = "# 构建\n\n运行 `rslib build` 即可。\n\n## 使用模块联合\n\n库可以用模块联邦共享代码。\n\n" \
         "## 其他\n\n其他内容。\n"
    en = "# Build\n\nRun `rslib build`.\n\n## Use Module Federation\n\n" \
         "A library can share code with Module Federation.\n\n## Others\n\nOther things.\n"
    assert page_term_lines(tmp_path, zh, en, glossary, "en") == [5]
    assert page_term_lines(tmp_path, zh.replace("## 使用模块联合", "## 使用共享"), en, glossary, "en") == []


def test_an_english_heading_writing_the_term_deformed_is_reported(tmp_path: Path) -> None:
    """"## Enable State Relay" for ## 开启应用状态保留 (listed "application state preservation"), the English section
    saying it: "state" is part of the term, "relay" changes the rest; reported."""
    glossary = "asp,应用状态保留,application state preservation,,\n"
    zh = "# 故障\n\n运行 `karmadactl` 即可。\n\n## 开启应用状态保留\n\n迁移时可以开启应用状态保留。\n\n" \
         "## 其他\n\n其他内容。\n"
    en = "# Failover\n\nRun `karmadactl`.\n\n## Enable State Relay\n\n" \
         "You can enable application state preservation for a migration.\n\n## Others\n\nOther things.\n"
    assert page_term_lines(tmp_path, zh, en, glossary, "zh") == [5]


def test_a_heading_paired_with_another_sections_title_is_reported(tmp_path: Path) -> None:
    """## 推理服务 paired with "## Configuration", whose section sets a port and says nothing of inference: another
    section's title; reported."""
    en = EN.replace("## Service\n\nOnce started, you can send inference requests.",
                    "## Configuration\n\nSet the port in the configuration file.")
    assert page_term_lines(tmp_path, ZH, en, GLOSSARY, "zh") == [5]


def test_a_heading_naming_another_glossary_concept_is_reported(tmp_path: Path) -> None:
    """"## Training Service" for ## 推理服务 names the glossary's *training*, which the Chinese heading does not: a
    wrong term, reported."""
    glossary = GLOSSARY + "training,训练,training,,\n"
    en = EN.replace("## Service", "## Training Service")
    assert page_term_lines(tmp_path, ZH, en, glossary, "zh") == [5]


def test_a_deprecated_form_in_the_heading_stays_reported(tmp_path: Path) -> None:
    """"## Reasoning Service" with *reasoning* deprecated for 推理: the glossary's point, reported as a forbidden form
    (`term-forbidden`)."""
    header = "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated"
    glossary = "inference,推理,inference,,,,reasoning\n"
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "p.zh.md").write_text(ZH, encoding="utf-8")
    (folder / "p.en.md").write_text(EN.replace("## Service", "## Reasoning Service"), encoding="utf-8")
    (folder / "g.csv").write_text(header + "\n" + glossary, encoding="utf-8")
    result = check_file(str(folder / "p.zh.md"), str(folder / "p.en.md"), Flags(glossaries=(str(folder / "g.csv"),)))
    assert [(f.rule, f.location.line) for f in result.findings if f.rule.startswith("term-")] == [("term-forbidden", 5)]


def test_a_heading_of_a_manuscript_without_code_keeps_its_finding(tmp_path: Path) -> None:
    """A thesis's section title: no documentation, reported where the heading drops the term."""
    zh, en = ZH.replace("`lmdeploy serve`", "部署命令"), EN.replace("`lmdeploy serve`", "the command")
    assert [f.location.line for f in page_term_findings(tmp_path, zh, en, GLOSSARY) if f.lang == "zh"] == [5]
