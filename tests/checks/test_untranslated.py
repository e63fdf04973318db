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


# an invented abstract, one paragraph a side (the Medline layout): the third Chinese sentence is written as two
# English sentences
_ABSTRACT_ZH = ("目的：探讨维生素D缺乏与儿童哮喘的关系。方法：选取120例哮喘儿童和100例健康儿童，测定血清维生素D水平。"
                "结果：哮喘组维生素D水平明显低于对照组，维生素D缺乏的儿童夜间咳嗽症状更严重，更容易住院。"
                "多因素分析显示，维生素D水平与肺功能呈正相关。结论：维生素D缺乏可能是儿童哮喘的危险因素。")
_ABSTRACT_EN = ("Objective: To explore the relationship between vitamin D deficiency and childhood asthma. "
                "Methods: Serum vitamin D levels were measured in 120 children with asthma and 100 healthy children. "
                "Results: Vitamin D levels in the asthma group were significantly lower than in the control group. "
                "Children lacking vitamin D had more severe night cough symptoms and were more often hospitalized. "
                "Multivariate analysis showed a positive correlation between vitamin D levels and lung function. "
                "Conclusion: Vitamin D deficiency may be a risk factor for childhood asthma.")


def _paragraph_findings(zh: str, en: str) -> list[tuple[str, str]]:
    from zhen_qa.aligner.build import build_from_texts

    ms = build_from_texts(zh, en, "a.zh.txt", "a.en.txt", presplit=False)
    return [(f.rule, f.excerpt) for f in check_manuscript(ms, None, select=["untranslated", "extra-target"])]


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


XLIFF_COPY = """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="zh-CN" datatype="plaintext" original="x">
    <body>
      <trans-unit id="u1">
        <source>Select the files you want to delete from the list.</source>
        <target>Select the files you want to delete from the list.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


ROAD_ZH = ("基于深度学习的遥感图像道路提取方法\n\n摘要：道路提取是遥感图像解译的重要任务。"
           "现有方法在遮挡区域的提取效果较差。本文提出一种结合注意力机制的道路提取网络。该网络在编码器中引入多尺度特征融合模块。"
           "在两个公开数据集上的实验表明，该方法的交并比分别提高了2.3%和1.8%。\n")
ROAD_EN = ("Road extraction from remote sensing images based on deep learning\n\nAbstract: Road extraction is an "
           "important and challenging task in the interpretation of high-resolution remote sensing images for many "
           "applications. Existing methods, however, still perform rather poorly in regions where roads are occluded "
           "by trees, buildings and their shadows. In this paper, we propose a novel road extraction network that "
           "combines an attention mechanism with a carefully designed decoder. The network introduces a multi-scale "
           "feature fusion module into the encoder so as to capture both local details and global context. "
           "Experiments conducted on two public benchmark datasets show that the intersection over union of the "
           "proposed method is improved by 2.3% and 1.8%, respectively. {added}\n")


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
