"""checks.untranslated: its rules, and what the run reads: roles it skips, beads of each pair apart, no span finding
on an unpaired sentence."""
from __future__ import annotations

from tests.checks.aligned import BeadSpec, build
from tests.checks.untranslated_kit import EN, GOOD, ZH, loc, whole
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.untranslated import RULES, run
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Role
from zhen_qa.report.findings import Finding


def test_rule_ids() -> None:
    assert [r.id for r in RULES] == ["untranslated", "extra-target", "untranslated-span"]


def test_no_span_finding_on_untranslated_sentence() -> None:
    ms = build([([GOOD[0]], [GOOD[1]]), (["This sentence was never translated at all。"], [])])
    fs = list(run(CheckContext(ms)))
    assert [f.rule for f in fs] == ["untranslated"]


def test_reference_sentences_are_skipped() -> None:
    """The rule's scope, applied by the engine: the same English in a paragraph is reported."""
    beads = [(["Smith J, Jones K. Secretome of stem cells in humans. Cell. 2020"], [GOOD[1]])]
    def spans(role: Role) -> list[str]:
        return [f.rule for f in check_manuscript(build(beads, role=role), select=["untranslated-span"])]

    assert spans(Role.PARAGRAPH) == ["untranslated-span"]
    assert spans(Role.REFERENCE) == []


def test_skipped_roles_in_a_pair() -> None:
    """The rules' scope (applied by the engine, issue 17) leaves citations out of every untranslated rule."""
    from zhen_qa.checks.engine import check_manuscript
    from zhen_qa.checks.untranslated import RULES
    from zhen_qa.manuscript.document import Role

    beads: list[BeadSpec] = [(["这一句没有翻译 with some english words here。"], []),
                             (["参考。"], ["The 分泌组 here."])]
    ids = [rule.id for rule in RULES]
    assert check_manuscript(build(beads, role=Role.CITATION), select=ids) == []
    # the same pair as body text: the findings the scope removes
    assert [(f.rule, loc(f.location)) for f in check_manuscript(build(beads), select=ids)] == [
        ("untranslated-span", ("en.txt", 1, 5, 1, 8)), ("untranslated", ("zh.txt", 1, 1, 1, 38))]


def test_beads_of_two_pairs_are_kept_apart() -> None:
    ms = build([([ZH], [EN]), (["这一句没有翻译。"], [])])
    pair = ms.pairs[0]
    second = Pair("other", pair.zh, pair.en, (Bead((0,), (), 1.0), Bead((1,), (0,), 1.0)))
    ms2 = Manuscript(ms.path, ms.sources, ms.blocks, (pair, second))
    got: list[Finding] = [f for f in run(CheckContext(ms2)) if f.rule == "untranslated"]
    assert [(f.location.line, loc(f.related)) for f in got] == [
        (2, whole("en.txt", 1, EN)), (1, whole("en.txt", 1, EN))]
