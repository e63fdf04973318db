"""Tests of checks.term_inconsistent: one concept in several accepted forms; which forms are one usage."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.checks.term_forms import is_contraction, is_elaboration, is_initialism, is_other_part_of_speech
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.report.findings import Severity


def test_deprecated_mixture_is_term_variant_with_counts_not_term_inconsistent(sample: Glossary) -> None:
    zh = ["分泌组很重要。", "分泌物组也很重要。", "分泌组和分泌物组不同。"]
    en = ["The secretome matters.", "The secretome matters too.", "The secretome differs."]
    findings = run(sample, zh, en)
    assert only(findings, "term-inconsistent") == []  # one defect, one finding (issue 11, cause 11)
    variants = only(findings, "term-variant")
    assert [(f.location.line, f.location.column) for f in variants] == [(2, 1), (3, 5)]
    assert "×2 in this document (「分泌组」 ×2)" in variants[0].message
    assert dict(variants[0].data)["count"] == 2


def test_term_inconsistent_info_for_admitted_and_silent_when_consistent(sample: Glossary) -> None:
    zh = ["胞外囊泡。", "细胞外囊泡。", "胞外囊泡。"]  # the admitted form outnumbers the preferred one
    en = ["Extracellular vesicles.", "Extracellular vesicles.", "Extracellular vesicles."]
    found = only(run(sample, zh, en), "term-inconsistent")
    assert [f.severity for f in found] == [Severity.INFO]
    assert dict(found[0].data)["origin"] == "glossary" and found[0].suggestion == "细胞外囊泡"
    assert only(run(sample, ["细胞外囊泡。", "细胞外囊泡。", "细胞外囊泡。"], en), "term-inconsistent") == []


def test_an_admitted_synonym_beside_the_preferred_majority_is_no_mixture(sample: Glossary) -> None:
    """The glossary admits the other form: used now and then beside the preferred one it is no inconsistency."""
    en = ["Extracellular vesicles.", "Extracellular vesicles.", "Extracellular vesicles."]
    assert only(run(sample, ["细胞外囊泡。", "胞外囊泡。", "细胞外囊泡。"], en), "term-inconsistent") == []
    assert only(run(sample, ["细胞外囊泡。", "胞外囊泡。"], en[:2]), "term-inconsistent") == []  # a tie


def test_an_initialism_after_its_expansion_is_one_usage_not_two_forms() -> None:
    g = Glossary.build([Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))], "g.csv")
    zh = ["风险比为0.51（95%置信区间，0.34～0.77）。", "风险比为0.43（95%置信区间，0.24～0.77）。"]
    en = ["The hazard ratio was 0.51 (95% confidence interval [CI], 0.34 to 0.77).",
          "The hazard ratio was 0.43 (95% CI, 0.24 to 0.77)."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    assert is_initialism("CI", "confidence interval") and not is_initialism("CT", "confidence interval")


def test_an_abbreviation_with_letters_from_inside_its_words_is_one_usage() -> None:
    assert is_initialism("MDS", "myelodysplastic syndrome")  # fails before: initials only (MS)
    assert is_initialism("HBsAg", "hepatitis B surface antigen")
    assert is_initialism("DH", "Department of Health")
    assert not is_initialism("MS", "myelodysplastic syndrome and leukemia")  # leukemia gives no letter
    assert not is_initialism("SMD", "myelodysplastic syndrome")  # out of order
    assert not is_initialism("Mds", "myelodysplastic syndrome")  # one capital: a word, not an abbreviation
    mds = Concept("mds", "骨髓增生异常综合征", "myelodysplastic syndrome", en_admitted=("MDS",))
    g = Glossary.build([mds], "g.csv")
    zh = ["骨髓增生异常综合征患者18例。", "骨髓增生异常综合征的诊断。", "骨髓增生异常综合征的治疗。"]
    en = ["There were 18 cases of myelodysplastic syndrome.", "The diagnosis of MDS.", "The treatment of MDS."]
    assert only(run(g, zh, en), "term-inconsistent") == []


def test_two_spelled_out_forms_are_still_inconsistent() -> None:
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", en_admitted=("radiation therapy", "RT"))], "g.csv")
    zh = ["患者接受放疗。", "放疗后随访。", "放疗后复查。"]
    en = ["Patients received radiotherapy (RT).", "Follow-up after radiation therapy.",
          "Review after radiation therapy."]
    (f,) = only(run(g, zh, en), "term-inconsistent")
    assert (f.location.line, f.location.column) == (6, 17)
    assert f.message.startswith("3 forms of “radiotherapy”")


def test_a_chinese_contraction_with_its_long_form_is_one_usage() -> None:
    """放疗 contracts 放射治疗 (its characters in order) the way CI abbreviates confidence interval."""
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", zh_admitted=("放射治疗",))], "g.csv")
    zh = ["患者接受放疗。", "随访期间给予放射治疗。"]
    en = ["Patients received radiotherapy.", "Radiotherapy was given during follow-up."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    assert is_contraction("放疗", "放射治疗") and is_contraction("总生存", "总生存期")
    assert not is_contraction("可信区间", "置信区间") and not is_contraction("治疗", "放射治疗")


def test_two_chinese_forms_that_are_not_contractions_are_inconsistent() -> None:
    g = Glossary.build([Concept("ci", "置信区间", "confidence interval", zh_admitted=("可信区间",))], "g.csv")
    zh = ["风险比为0.51（95%可信区间，0.34～0.77）。", "风险比为0.43（95%置信区间，0.24～0.77）。",
          "风险比为0.45（95%可信区间，0.25～0.77）。"]
    en = ["The hazard ratio was 0.51 (95% confidence interval, 0.34 to 0.77).",
          "The hazard ratio was 0.43 (95% confidence interval, 0.24 to 0.77).",
          "The hazard ratio was 0.45 (95% confidence interval, 0.25 to 0.77)."]
    (f,) = only(run(g, zh, en), "term-inconsistent")
    assert "可信区间 ×2" in f.message and "置信区间 ×1" in f.message


def test_a_mixture_that_mirrors_the_source_in_the_same_beads_is_faithful() -> None:
    """The English varies (radiotherapy ... radiation therapy) and the Chinese follows it bead for bead."""
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", zh_admitted=("射线治疗",),
                                en_admitted=("radiation therapy",))], "g.csv")
    zh = ["患者接受射线治疗。", "放疗后随访。", "随访期间给予射线治疗。"]
    en = ["Patients received radiation therapy.", "Follow-up after radiotherapy.", "Radiation therapy was given later."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    # the same Chinese mixture against an English that never varies is the translation's own
    en_plain = ["Patients received radiotherapy.", "Follow-up after radiotherapy.", "Radiotherapy was given later."]
    (f,) = only(run(g, zh, en_plain), "term-inconsistent")
    assert f.lang == "zh" and "射线治疗 ×2" in f.message


def test_a_term_with_and_without_its_qualifier_is_one_usage() -> None:
    """"Diabetes mellitus (DM)" then "diabetes": the same term said more or less fully, not two forms."""
    g = Glossary.build([Concept("dm", "糖尿病", "diabetes", en_admitted=("diabetes mellitus", "diabetic disease"))],
                       "g.csv")
    zh = ["糖尿病（DM）是常见病。", "糖尿病患者增多。"]
    assert only(run(g, zh, ["Diabetes mellitus (DM) is common.", "Patients with diabetes increase."]),
                "term-inconsistent") == []
    (f,) = only(run(g, zh + ["糖尿病是慢性病。"], ["Diabetic disease is common.", "Patients with diabetes increase.",
                                                 "Diabetic disease is chronic."]), "term-inconsistent")
    assert f.lang == "en"  # two different wordings, the admitted one the more frequent: two forms


def test_noun_and_adjective_or_a_fuller_form_are_one_usage() -> None:
    """prognosis / prognostic are two parts of speech; 凋亡 / 细胞凋亡 the term with and without its qualifier."""
    g = Glossary.build([Concept("prog", "预后", "prognosis", en_admitted=("prognostic",)),
                        Concept("apo", "凋亡", "apoptosis", zh_admitted=("细胞凋亡",))], "g.csv")
    zh = ["预后因素与细胞凋亡有关。", "凋亡与预后相关。"]
    en = ["Prognostic factors relate to apoptosis.", "Apoptosis relates to the prognosis."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    assert is_other_part_of_speech("prognosis", "prognostic")
    assert not is_other_part_of_speech("randomized", "randomised")  # a spelling, not a part of speech
    assert is_elaboration("凋亡", "细胞凋亡") and not is_elaboration("凋亡", "死亡")


def test_a_greek_noun_and_its_adjective_of_the_same_length_are_one_usage() -> None:
    """thrombosis / thrombotic: -sis and -tic have as many letters, so length cannot say which counts with which."""
    g = Glossary.build([Concept("thr", "血栓形成", "thrombosis", en_admitted=("thrombotic",))], "g.csv")
    zh = ["血栓形成事件少见。", "血栓形成风险较低。", "血栓形成与手术有关。"]
    en = ["Thrombotic events were rare.", "The thrombotic risk was low.", "Thrombosis was related to surgery."]
    assert only(run(g, zh, en), "term-inconsistent") == []
