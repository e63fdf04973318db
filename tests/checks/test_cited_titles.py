"""Reading-list entries kept in English on both sides (`checks.cited_titles`)."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.cited_titles import dated_citation
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.untranslated import run


def spans(zh: str, en: str) -> list:
    return [f for f in run(CheckContext(build([([zh], [en])]))) if f.rule == "untranslated-span"]


def test_a_listed_work_with_its_date_is_a_citation() -> None:
    entry = "New virus surging in Asia rattles scientists Nature news 2020-01-20"
    assert dated_citation(entry)
    assert spans(entry, entry) == []


def test_an_undated_copy_or_prose_ending_in_a_date_is_still_reported() -> None:
    title = "New virus surging in Asia rattles scientists"
    assert len(spans(title, title)) == 1
    prose = "The outbreak grew quickly. Cases were reported on 2020-01-20"
    assert not dated_citation(prose)
    assert len(spans(prose, prose)) == 1
    assert not dated_citation("Report 2020-13-40")
