"""checks.untranslated_keywords: English keywords without Chinese ones are one untranslated finding that says
which way the Chinese keyword line fails."""
from __future__ import annotations

from pathlib import Path

from zhen_qa.checks.engine import check_manuscript

FRONT_ZH = ("分泌组在组织修复中的作用\n\n李明远，王晓岚\n\n"
            "摘要：再生医学致力于恢复受损组织的结构与功能。间充质干细胞分泌组含有多种活性成分。\n\n")


FRONT_EN = ("The role of the secretome in tissue repair\n\nMingyuan Li, Xiaolan Wang\n\n"
            "Abstract: Regenerative medicine aims to restore damaged tissues. The mesenchymal stem cell secretome "
            "contains many active components.\n\nKeywords: secretome; mesenchymal stem cell; regenerative medicine\n")


MISSING_ZH_KEYWORDS = ("the Chinese keyword line (关键词) is missing: the English keywords (line {}) have no Chinese "
                       "keywords: secretome, mesenchymal stem cell, regenerative medicine")


def _missing(ms: object) -> list[tuple[str, int, str, str]]:
    return [(f.severity.value, f.location.line, f.lang, f.message)
            for f in check_manuscript(ms, select=["untranslated", "extra-target"])]  # type: ignore[arg-type]


def test_english_keywords_without_a_chinese_keyword_line_name_the_missing_line_in_one_file(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    def missing(text: str) -> list[tuple[str, int, str, str]]:
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
        return _missing(load_manuscript(str(path)))

    assert missing(FRONT_ZH + FRONT_EN + "\n1. 引言\n\n正文只有中文。\n") == [
        ("warning", 13, "en", MISSING_ZH_KEYWORDS.format(13))]
    assert missing(FRONT_ZH + "关键词：分泌组；间充质干细胞；再生医学\n\n" + FRONT_EN) == []
    assert missing(FRONT_ZH + "主题词：分泌组；间充质干细胞；再生医学\n\n" + FRONT_EN) == []  # medical journals' label


def test_english_keywords_without_a_chinese_keyword_line_in_two_files() -> None:
    from zhen_qa.aligner.build import build_from_texts

    ms = build_from_texts(FRONT_ZH, FRONT_EN, "zh.txt", "en.txt", presplit=False)
    assert _missing(ms) == [("warning", 7, "en", MISSING_ZH_KEYWORDS.format(7))]


def test_a_documentation_sections_last_sentence_of_terms_is_prose_not_keywords(tmp_path: Path) -> None:
    """A section a heading opens (not 摘要/Abstract) does not close with an abstract's keyword line: its last English
    sentence without Chinese, a list of terms, is extra-target, not "the Chinese keyword line is missing". An
    unheaded two-file abstract still names its missing keyword line (the test above)."""
    from zhen_qa.checks.run import Flags, check_file

    zh = "# 接口\n\n## 1. 完整查询\n\n**POST** `/rag`\n\n## 请求体\n\n请求体是一个 JSON 对象。\n"
    en = ("# API\n\n## 1. Complete Query\n\n**POST** `/rag`\n\nExecute a full pipeline including keyword "
          "extraction, graph retrieval, vector search, reranking, and answer generation.\n\n## Request Body\n\n"
          "The request body is a JSON object.\n")
    (tmp_path / "p.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "p.en.md").write_text(en, encoding="utf-8")
    result = check_file(str(tmp_path / "p.zh.md"), str(tmp_path / "p.en.md"), Flags())
    assert [(f.rule, f.lang, f.location.line, f.message[:14]) for f in result.findings] == [
        ("extra-target", "en", 7, "no Chinese for")]


def test_a_chinese_keyword_line_whose_keywords_run_together_is_named_as_such(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    def missing(keywords: str) -> list[tuple[str, int, str, str]]:
        path = tmp_path / "a.txt"
        path.write_text(FRONT_ZH + f"关键词：{keywords}\n\n" + FRONT_EN, encoding="utf-8")
        return _missing(load_manuscript(str(path)))

    glued = missing("分泌组间充质干细胞再生医学")
    assert [m[:3] for m in glued] == [("warning", 15, "en")]
    assert glued[0][3].startswith("the Chinese keywords (line 7) are run together without separators: "
                                  "分泌组间充质干细胞再生医学; the English keywords (line 15) have no Chinese item "
                                  "of their own: ")
    assert "is missing" not in glued[0][3]
    fewer = missing("分泌组；再生医学")
    assert [m[3] for m in fewer] == [
        "1 English keyword (line 15) has no Chinese keyword: mesenchymal stem cell (the Chinese keyword line, line 7, "
        "lists 2: 分泌组, 再生医学)"]


def test_chinese_keywords_separated_by_spaces_are_items(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    for keywords in ("分泌组 间充质干细胞 再生医学", "分泌组\u3000间充质干细胞\u3000再生医学",
                     "分泌组  间充质干细胞  再生医学"):
        path = tmp_path / "a.txt"
        path.write_text(FRONT_ZH + f"关键词：{keywords}\n\n" + FRONT_EN, encoding="utf-8")
        assert _missing(load_manuscript(str(path))) == [], keywords


def test_a_chinese_keyword_line_written_in_english_is_named_as_such(tmp_path: Path) -> None:
    from zhen_qa.aligner.build import load_manuscript

    path = tmp_path / "a.txt"
    path.write_text(FRONT_ZH + "关键词：secretome；mesenchymal stem cell；regenerative medicine\n\n" + FRONT_EN,
                    encoding="utf-8")
    assert [m[3] for m in _missing(load_manuscript(str(path)))] == [
        "the Chinese keyword line (关键词, line 7) gives its keywords in English: secretome, mesenchymal stem cell, "
        "regenerative medicine; the English keywords (line 15) have no Chinese keywords"]
