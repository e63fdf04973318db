"""Tests of checks.term_context (a file's and a bead's context for term-missing, built on first use and kept) and of
the `Case` that carries them to the excuses (checks.term_case), old field names included."""
from __future__ import annotations

from typing import Any

import pytest

from tests.checks.terms_kit import AE, CHEMO, gl, manuscript, term_missing
from zhen_qa.checks import term_context
from zhen_qa.checks import term_missing as term_missing_module
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_case import Case
from zhen_qa.checks.term_context import BeadContext, FileContext
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept, Glossary

ICU = Concept("icu", "重症监护病房", "intensive care unit", zh_admitted=("ICU",), en_admitted=("ICU",))
PCL = Concept("pcl", "浆细胞白血病", "plasma cell leukemia")
GLOSSARY = gl(CHEMO, ICU, PCL, AE)
ZH = ["患者接受了化疗。", "ICU床位不足。", "未配对的一句。"]
EN = ["The patients received chemotherapy and had plasma cell leukemia (PCL).", "ICU beds were short."]


def file_of(glossary: Glossary, zh: list[str], en: list[str],
            beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> FileContext:
    """The term-missing context of one small manuscript, its hits found by the glossary's matchers."""
    ctx = CheckContext(manuscript(zh, en, beads), glossary)
    matchers = glossary.matchers()
    hits: dict[int, list[Hit]] = {}
    for lang in ("zh", "en"):
        for s in ctx.sentences(lang):
            found = matchers.zh.find(s.text.text) if lang == "zh" else matchers.en.find(s.text.text)
            hits[id(s)] = [Hit(s, m, lang) for m in found]
    return FileContext(glossary, ctx, hits)


@pytest.fixture
def file() -> FileContext:
    return file_of(GLOSSARY, ZH, EN, [((0,), (0,)), ((1,), (1,))])


def test_the_file_names_concepts_by_language_and_in_han(file: FileContext) -> None:
    assert file.named("zh") == file.named_in_zh == {"chemo", "icu"}
    assert file.named("en") == file.named_in_en == {"chemo", "icu", "pcl"}
    assert file.named_in_han == {"chemo"}  # ICU kept in the Chinese is no Chinese name


def test_the_file_context_is_computed_on_first_use_and_kept(file: FileContext) -> None:
    lazy = ("named_in_en", "named_in_zh", "named_in_han", "abbrevs", "discourse", "subject", "zh_index", "zh_beads")
    assert not set(lazy) & set(vars(file))  # nothing costly is built with the context
    for name in lazy:
        assert getattr(file, name) is getattr(file, name)
    assert file.abbrevs["PCL"] == "plasma cell leukemia"
    assert "重症监护病房" in file.zh_index


def test_each_chinese_sentence_has_its_beads_english(file: FileContext) -> None:
    assert file.zh_beads == [(ZH[0], EN[0]), (ZH[1], EN[1]), (ZH[2], "")]  # the unpaired sentence has none


def bead_of(file: FileContext, k: int, tgt: str = "en") -> BeadContext:
    """Bead `k` of the one-to-one file seen from target language `tgt`."""
    zh, en = file.ctx.sentences("zh")[k], file.ctx.sentences("en")[k]
    zh_hits, en_hits = file.hits[id(zh)], file.hits[id(en)]
    if tgt == "en":
        return BeadContext("en", zh_hits, en_hits, [en], {"ae"})
    return BeadContext("zh", en_hits, zh_hits, [zh], {"ae"})


def test_the_bead_blanks_its_targets_matches(file: FileContext) -> None:
    bead = bead_of(file, 0)
    assert bead.present == {"chemo", "pcl"}
    assert "chemotherapy" not in bead.evidence.text and "received" in bead.evidence.text
    assert bead.whole == EN[0] and bead.evidence is bead.evidence


def case_of(file: FileContext, bead: BeadContext) -> Case:
    h = bead.src_hits[0]
    concepts = [file.glossary.concept(c) for c in h.match.concepts]
    return Case(file, bead, h, concepts, tuple(r for c in concepts for r in c.accepted(bead.tgt)))


def test_the_shorthands_of_a_case_read_the_file_and_the_bead(file: FileContext) -> None:
    bead = bead_of(file, 1, "zh")
    case = case_of(file, bead)
    assert case.glossary is file.glossary and case.tgt == "zh" and case.evidence is bead.evidence
    assert case.cid == "icu" and case.whole == ZH[1]


def test_the_case_says_an_english_term_unnamed_in_han(file: FileContext) -> None:
    assert case_of(file, bead_of(file, 1, "zh")).unnamed  # ICU: the Chinese writes it only in Latin letters
    assert not case_of(file, bead_of(file, 0, "zh")).unnamed  # chemotherapy: 化疗
    assert not case_of(file, bead_of(file, 1, "en")).unnamed  # only an English term lacking its Chinese


def test_term_missing_builds_one_file_context_and_its_abbreviations_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[FileContext] = []
    calls: list[int] = []

    def made(*args: Any) -> FileContext:
        built.append(FileContext(*args))
        return built[-1]

    real = term_context.zh_defined_abbreviations

    def counted(texts: Any) -> dict[str, str]:
        calls.append(1)
        return real(texts)

    monkeypatch.setattr(term_missing_module, "FileContext", made)
    monkeypatch.setattr(term_context, "zh_defined_abbreviations", counted)
    zh = ["患者接受了化疗。", "天气很好。", "浆细胞白血病很少见。"]
    en = ["Patients received surgery.", "The weather is fine.", "Asthma is rare."]  # two candidates, none excused
    assert len(term_missing(GLOSSARY, zh, en)) == 2
    assert len(built) == 1 and calls == [1]
    built.clear()
    calls.clear()
    assert term_missing(GLOSSARY, ["化疗有效。"], ["Chemotherapy worked."]) == []
    assert len(built) == 1 and calls == []  # no candidate: the abbreviations are never read
