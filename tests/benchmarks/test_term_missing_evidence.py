"""The term-missing evidence study's features (benchmarks/term_missing_evidence.py), on small inputs of our own."""
from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import pytest  # noqa: E402
import term_missing_evidence as study  # noqa: E402

from tests.checks.terms_kit import CHEMO, gl  # noqa: E402
from tests.checks.terms_kit import term_missing as messages  # noqa: E402
from zhen_qa.aligner.lexicon import load_lexicon  # noqa: E402
from zhen_qa.checks import term_missing  # noqa: E402


def test_importing_the_study_changes_no_check() -> None:
    assert term_missing.summarise.__module__ == "zhen_qa.checks.missing_summary"
    assert term_missing._unexplained.__module__ == "zhen_qa.checks.term_missing"
    assert study._record not in term_missing.WATCHERS


def test_the_study_records_the_candidates_through_term_missings_public_watchers() -> None:
    study._captured.clear()
    study._capture()
    study._capture()  # once only
    try:
        assert term_missing.WATCHERS.count(study._record) == 1
        found = messages(gl(CHEMO), ["患者接受化疗。"], ["Patients received surgery."])
        assert found == ["「化疗」 has no “chemotherapy” in the aligned English"]
        ((_ctx, missed, occurrences, _unlisted),) = study._captured
        assert [(m.source_text, m.tgt) for m in missed] == [("化疗", "en")]
        assert sum(occurrences.values()) == 1
    finally:
        term_missing.WATCHERS.remove(study._record)
        study._captured.clear()


def test_a_documentation_set_is_given_with_its_folder(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        study._labels("antd")  # no folder written into the study
    name, root, pairs, gloss, _label = study._labels(f"antd={tmp_path}")
    assert (name, root, pairs, gloss) == ("antd", tmp_path, [], "antd")


def test_the_clause_holding_the_term_is_cut_at_clause_punctuation() -> None:
    zh = "组件库每周发布一个补丁版本，每月发布一个新版本。"
    a, b = study.clause_at(zh, "zh", zh.index("每月"))
    assert zh[a:b] == "每月发布一个新版本。"
    en = "We release a patch every week, and a new version every month."
    a, b = study.clause_at(en, "en", en.index("version"))
    assert en[a:b] == "and a new version every month."


def test_excess_is_the_source_side_longer_than_the_document_ratio_predicts() -> None:
    ratio = math.log(31 / 11)  # the document writes about 3 English characters a Chinese one
    short_english = study.excess("一二三四五六七八九十", "abcdefghij", ratio, "en")
    assert short_english > 0.9  # a third of the English the document would write: the Chinese side is long
    assert abs(study.excess("一二三四五六七八九十", "a" * 30, ratio, "en")) < 0.01
    assert study.excess("一二三四五六七八九十", "abcdefghij", ratio, "zh") < -0.9  # from the English: short


def test_coverage_counts_the_clause_words_the_target_renders() -> None:
    lex = load_lexicon()
    found, glossed = study.coverage("我们需要更新文档", "zh", "We need to update the documentation.", lex)
    assert glossed >= 2 and found == glossed
    found, glossed = study.coverage("每月发布新版本", "zh", "We need to update the documentation.", lex)
    assert glossed >= 2 and found == 0
