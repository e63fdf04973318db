"""The engine: every rule's scope (the roles it skips) is applied in one place, for every module."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.checks.aligned import BeadSpec, build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.engine import RoleMap, check_manuscript, module_scope
from zhen_qa.checks.registry import CHECK_MODULES, RULES
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.document import Block, Manuscript, Role
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Rule, Scope

GOOD = ("干细胞分泌组在临床上有广泛应用。", "The stem cell secretome has broad clinical use.")

EXAMPLES: dict[str, list[BeadSpec]] = {
    "term-variant": [(["本文讨论再生医疗的进展。"], ["This review covers regenerative medicine."])],
    "term-inconsistent": [(["胞外囊泡。"], ["Extracellular vesicles."]),
                          (["细胞外囊泡。"], ["Extracellular vesicles."]),
                          (["胞外囊泡。"], ["Extracellular vesicles."])],
    "term-missing": [(["本文讨论再生医学的进展。"], ["This review covers tissue repair."])],
    "term-forbidden": [(["阿尔茨海默病是常见病。"], ["Alzheimer disease is common."])],
    "untranslated": [([GOOD[0]], [GOOD[1]]), (["这一句没有翻译。"], [])],
    "extra-target": [([GOOD[0]], [GOOD[1]]), ([], ["This sentence has no Chinese."])],
    "untranslated-span": [(["Smith J, Jones K. Secretome of stem cells in humans. Cell. 2020"], [GOOD[1]])],
    "punctuation-width": [(["分泌组包括生长因子, 细胞因子和胞外囊泡。"], [GOOD[1]])],
    "repeated-char": [(["一一些研究表明分泌组有效。"], [GOOD[1]])],
}
"""For every rule with a scope, a manuscript on which it fires when the text is a paragraph."""

SCOPED = [rule for rule in RULES if rule.scope.skip]


def _found(rule: Rule, role: Role, glossary: Glossary) -> list[str]:
    return [f.rule for f in check_manuscript(build(EXAMPLES[rule.id], role=role), glossary, select=[rule.id])]


def test_every_scoped_rule_has_an_example() -> None:
    assert SCOPED and {rule.id for rule in SCOPED} <= set(EXAMPLES)


@pytest.mark.parametrize("rule", SCOPED, ids=[rule.id for rule in SCOPED])
def test_engine_respects_every_rules_scope(rule: Rule, sample: Glossary) -> None:
    assert rule.id in _found(rule, Role.PARAGRAPH, sample)  # the example is real: in scope, the rule fires
    for role in sorted(rule.scope.skip):
        assert _found(rule, role, sample) == [], role


def test_module_reads_only_roles_all_its_rules_skip() -> None:
    a = Rule("a", RULES[0].severity, "", scope=Scope(frozenset({Role.REFERENCE, Role.CITATION})))
    b = Rule("b", RULES[0].severity, "", scope=Scope(frozenset({Role.REFERENCE})))
    assert module_scope([a, b]).skip == {Role.REFERENCE}
    assert module_scope([]).skip == frozenset()
    assert all(module_scope(m.RULES).skip <= rule.scope.skip for m in CHECK_MODULES for rule in m.RULES)


def test_context_sentences_and_blocks_keep_to_the_scope() -> None:
    ms = build([([GOOD[0]], [GOOD[1]])], role=Role.REFERENCE)
    assert CheckContext(ms).sentences("zh") and CheckContext(ms).blocks()
    scoped = CheckContext(ms, scope=Scope(frozenset({Role.REFERENCE})))
    assert scoped.sentences("zh") == [] and scoped.blocks() == []
    assert list(scoped.aligned_beads())  # alignment is structure: beads keep every sentence


def test_role_map_finds_the_role_at_a_location() -> None:
    ms = build([([GOOD[0]], [GOOD[1]])], role=Role.CITATION)
    roles = RoleMap(ms)
    assert roles.role_at(ms.pairs[0].zh[0].location) is Role.CITATION
    assert roles.role_at(ms.pairs[0].en[0].text.location(5, 9)) is Role.CITATION
    assert roles.role_at(replace(ms.pairs[0].zh[0].location, path="other.txt")) is None


def test_role_map_reads_roles_of_texts_joined_from_pieces() -> None:
    src = SourceText.from_text("zh.txt", "分泌组很重要。\n页眉\n它调节炎症。")
    joined = MappedText.join([MappedText.span(src, 0, 7), MappedText.span(src, 11, 17)])
    ms = Manuscript("zh.txt", (src,), (Block(Role.ABSTRACT, "zh", joined), Block(Role.FURNITURE, "zh",
                                                                                   MappedText.span(src, 8, 10))))
    roles = RoleMap(ms)
    assert [roles.role_at(src.location(k, k + 1)) for k in (0, 8, 12)] == [Role.ABSTRACT, Role.FURNITURE,
                                                                         Role.ABSTRACT]
    assert roles.role_at(src.location(7, 8)) is None  # the line break: no block there
