"""Uses of an English form that are no writer's choice of spelling for term-inconsistent's respellings
(`term_faced`): a form written for another concept's Chinese on the page, and a product's message quoted in a
status-code table row."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import only, run
from zhen_qa.checks.run import Flags, check_file
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.report.findings import Finding

SERIES = [Concept("series", "时间序列", "timeseries", en_admitted=("time series",)),
          Concept("point", "测点", "measurement", en_admitted=("measurement point",))]


def test_a_spelling_written_for_another_concepts_chinese_is_no_respelling() -> None:
    """"time series" renders 时间序列 and "timeseries" renders 测点 (the glossary's `measurement`) on one page: two
    Chinese terms the page keeps apart, not one term spelt two ways (iotdb-heldout-g Common-Concepts, R8)."""
    g = Glossary.build(SERIES, "g.csv")
    zh = ["数据点按时间排列形成时间序列。", "时间序列可以画成曲线。", "每个设备有多个测点。", "测点可以设置别名。",
          "删除测点。"]
    en = ["Data points in time order form a time series.", "A timeseries can be drawn as a curve.",
          "Each device has several timeseries.", "A timeseries can have an alias.", "Delete the timeseries."]
    assert only(run(g, zh, en), "term-inconsistent") == []  # failed on ea6d1c7a: timeseries ×4 / time series ×1


def test_both_spellings_facing_the_concepts_chinese_are_still_reported() -> None:
    """The real slip: "time series" and "timeseries" both render 时间序列, the preferred spelling leading."""
    g = Glossary.build(SERIES, "g.csv")
    zh = ["数据点按时间排列形成时间序列。", "时间序列可以画成曲线。", "每个时间序列有一个名字。", "删除时间序列。"]
    en = ["Data points in time order form a time series.", "A timeseries can be drawn as a curve.",
          "Each timeseries has a name.", "Delete the timeseries."]
    (f,) = only(run(g, zh, en), "term-inconsistent")
    assert "time series ×1" in f.message


def _page(tmp_path: Path, zh: str, en: str, glossary: str) -> list[Finding]:
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "g.csv").write_text("id,zh,en,zh_admitted,en_admitted\n" + glossary, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"),
                        Flags(glossaries=(str(tmp_path / "g.csv"),)))
    return [f for f in result.findings if f.rule == "term-inconsistent"]


def test_a_products_message_beside_its_code_constant_is_the_products_spelling(tmp_path: Path) -> None:
    """A status-code table quotes the messages the product prints (`| 503 | SERIES_EXISTS | Timeseries already
    exists |`), spelt as it spells them; the prose's "time series" is the writer's (iotdb-heldout-g Status-Codes)."""
    zh = ("# 状态码\n\n写入数据之前需要先注册时间序列。\n\n| 状态码 | 名称 | 说明 |\n| --- | --- | --- |\n"
          "| 503 | SERIES_EXISTS | 时间序列已存在 |\n| 504 | SERIES_DELETING | 时间序列正在删除 |\n"
          "| 609 | ALIGNED_SERIES_ERROR | 对齐时间序列错误 |\n")
    en = ("# Status codes\n\nRegister the time series before writing data.\n\n| Code | Name | Description |\n"
          "| --- | --- | --- |\n| 503 | SERIES_EXISTS | Timeseries already exists |\n"
          "| 504 | SERIES_DELETING | Timeseries is being deleted |\n"
          "| 609 | ALIGNED_SERIES_ERROR | Meet error in aligned timeseries |\n")
    glossary = "series,时间序列,timeseries,,time series\n"
    assert _page(tmp_path, zh, en, glossary) == []  # failed on ea6d1c7a: timeseries ×3 / time series ×1
    (tmp_path / "b").mkdir()
    prose = en.replace("Meet error in aligned timeseries", "Meet error in aligned series").replace(
        "| 504 | SERIES_DELETING | Timeseries is being deleted |", "| 504 | deleting | Timeseries is being deleted |")
    (f,) = _page(tmp_path / "b", zh.replace("SERIES_DELETING", "deleting"), prose, glossary)
    assert "time series ×1" in f.message  # a table without a code constant in the row: the writer's spelling
