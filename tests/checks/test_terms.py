from __future__ import annotations

from zhen_qa.checks import terms as checks
from zhen_qa.checks.context import CheckContext
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Role, Sentence
from zhen_qa.manuscript.source import MappedText, SourceText
from zhen_qa.report.findings import Finding, Severity


def manuscript(zh: list[str], en: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> Manuscript:
    """One source file: the zh sentences one per line, a blank line, then the en sentences."""
    text = "\n".join(zh) + "\n\n" + "\n".join(en) + "\n"
    source = SourceText.from_text("t.md", text)
    sentences: list[Sentence] = []
    pos = 0
    for i, line in enumerate(zh + en):
        start = text.index(line, pos)
        pos = start + len(line)
        sentences.append(Sentence(MappedText.span(source, start, pos), "zh" if i < len(zh) else "en", Role.PARAGRAPH))
    pair = Pair("document", tuple(sentences[:len(zh)]), tuple(sentences[len(zh):]),
                tuple(Bead(z, e, 1.0) for z, e in beads))
    return Manuscript("t.md", (source,), (), (pair,))


def run(glossary: Glossary, zh: list[str], en: list[str], beads=None) -> list[Finding]:
    if beads is None:
        beads = [((i,), (i,)) for i in range(len(zh))]
    return list(checks.run(CheckContext(manuscript(zh, en, beads), glossary)))


def only(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def test_rules_are_the_catalog_ids() -> None:
    assert [r.id for r in checks.RULES] == ["term-variant", "term-inconsistent", "term-missing", "term-forbidden"]


def test_no_glossary_no_findings(sample: Glossary) -> None:
    ctx = CheckContext(manuscript(["再生医疗。"], ["Regenerative medicine."], [((0,), (0,))]), None)
    assert list(checks.run(ctx)) == []


def test_term_variant_reports_position_and_suggestion(sample: Glossary) -> None:
    found = only(run(sample, ["本文讨论再生医疗的进展。"], ["This review covers regenerative medicine."]),
                 "term-variant")
    assert len(found) == 1
    f = found[0]
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 5, 9)
    assert f.suggestion == "再生医学" and f.severity is Severity.WARNING and f.lang == "zh"
    assert "再生医疗" in f.message and f.excerpt == "本文讨论再生医疗的进展。"


def test_term_variant_passes_preferred_and_longer_terms(sample: Glossary) -> None:
    findings = run(
        sample, ["本文讨论再生医学与分泌组学。"], ["This review covers regenerative medicine and secretomics."]
    )
    assert only(findings, "term-variant") == []


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


def test_term_missing_both_directions(sample: Glossary) -> None:
    zh = ["外泌体介导修复。", "方法如下。", "结果如下。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The methods follow.", "The results follow.", "The exosome is key."]
    found = only(run(sample, zh, en), "term-missing")
    assert [(f.lang, f.location.line, f.suggestion) for f in found] == [("zh", 1, "exosome"), ("en", 9, "外泌体")]
    assert found[0].related is not None and found[0].related.line == 6


def test_term_missing_weighs_the_neighbouring_beads(sample: Glossary) -> None:
    # the translator moved the term into the next sentence: the bead lacks it, the translation does not
    zh = ["外泌体介导修复。", "这是结论。", "方法如下。"]
    en = ["Vesicles mediate repair.", "The exosome is key to this.", "The methods follow."]
    assert only(run(sample, zh, en), "term-missing") == []
    # a real deficit stays: the Chinese names the term twice, the English once
    zh = ["外泌体介导修复。", "外泌体是关键。", "方法如下。"]
    assert [(f.lang, f.location.line) for f in only(run(sample, zh, en), "term-missing")] == [("zh", 1)]
    # the neighbour is too far (two beads away): the bead is judged with its next bead only
    zh = ["外泌体介导修复。", "结果如下。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The results follow.", "The exosome is key."]
    assert [f.lang for f in only(run(sample, zh, en), "term-missing")] == ["zh", "en"]


def test_term_missing_uses_the_whole_bead(sample: Glossary) -> None:
    zh = ["外泌体介导修复，效果显著。"]
    en = ["Repair is mediated.", "Exosomes do it well."]
    assert only(run(sample, zh, en, beads=[((0,), (0, 1))]), "term-missing") == []


def test_term_missing_one_finding_for_a_substitution(sample: Glossary) -> None:
    found = only(run(sample, ["干细胞分泌组学研究。"], ["Stem cell secretome research."]), "term-missing")
    assert len(found) == 1 and "secretomics" in found[0].message and "secretome" in found[0].message


def test_term_forbidden_instead_of_variant(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病是一种疾病。"], ["Alzheimer disease is a disease."])
    forbidden = only(found, "term-forbidden")
    assert len(forbidden) == 1
    f = forbidden[0]
    assert f.severity is Severity.ERROR and f.suggestion == "Alzheimer's disease"
    assert (f.location.line, f.location.column, f.location.end_column) == (3, 1, 18)
    assert f.related is not None and f.related.line == 1
    assert only(found, "term-variant") == [] and only(found, "term-missing") == []


def test_term_forbidden_passes_with_preferred_rendering(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病是一种疾病。"], ["Alzheimer's disease is a disease."])
    assert only(found, "term-forbidden") == [] and only(found, "term-variant") == []


def test_english_deprecated_without_chinese_concept_is_a_variant(sample: Glossary) -> None:
    found = run(sample, ["这是一种疾病。"], ["Alzheimer disease is a disease."])
    assert [f.rule for f in found] == ["term-variant"] and found[0].lang == "en"


def test_seed_like_document(sample: Glossary) -> None:
    zh = [
        "干细胞分泌组学在再生医疗中的应用。",
        "分泌组在再生医学中的作用越来越大，分泌物组疗法也显示出希望。",
        "如阿尔茨海默氏症、帕金森氏症和帕金森病。",
        "间充质干细胞分泌体的治疗对分泌物组成成分有影响。",
    ]
    en = ["Stem cell secretomics in regenerative medicine.", "The secretome matters in regenerative medicine.",
          "Such as Alzheimer's disease and Parkinson's disease.", "The MSC secretome therapy affects components."]
    findings = run(sample, zh, en)
    got = [(f.location.line, f.location.column, f.location.end_column) for f in only(findings, "term-variant")]
    expected = []
    for line, term in [(1, "再生医疗"), (2, "分泌物组"), (3, "阿尔茨海默氏症"), (3, "帕金森氏症"), (4, "分泌体"),
                       (4, "分泌物")]:
        column = zh[line - 1].index(term) + 1
        expected.append((line, column, column + len(term)))
    assert got == expected
    inconsistent = {dict(f.data).get("concept") for f in only(findings, "term-inconsistent")}
    assert inconsistent <= {None}  # deprecated mixtures are term-variant's; discovered groups have no concept
    assert not any(f.location.line == 1 and f.location.column == 4 for f in findings)  # 分泌组 inside 分泌组学


def test_deprecated_english_quoted_in_chinese_is_a_variant(sample: Glossary) -> None:
    found = run(sample, ["阿尔茨海默病(Alzheimer disease)是一种疾病。"], ["Alzheimer's disease is a disease."])
    assert [(f.rule, f.lang, f.location.column, f.suggestion) for f in found] == [
        ("term-variant", "en", 8, "Alzheimer's disease")]


def test_term_missing_counts_a_chinese_term_inside_a_longer_word() -> None:
    g = Glossary.build([Concept("safety", "安全", "safety"), Concept("sample", "样本", "sample")], "g.csv")
    found = only(run(g, ["我们没有观察到新的安全性问题。", "增加样本量。"],
                     ["There were no new safety issues.", "The sample size was increased."]), "term-missing")
    assert found == []


def test_term_missing_counts_english_inflections_and_spacing() -> None:
    g = Glossary.build([Concept("sys", "系统", "system"), Concept("sc", "干细胞", "stem cell")], "g.csv")
    found = only(run(g, ["按照分类系统分期。", "干细胞治疗。"],
                     ["Staged by the classification system15.", "Stem-cells therapy."]), "term-missing")
    assert found == []


def test_term_missing_still_reports_an_absent_rendering() -> None:
    g = Glossary.build([Concept("safety", "安全", "safety")], "g.csv")
    found = only(run(g, ["评估安全性。"], ["The safety was assessed."]), "term-missing")
    assert found == []
    found = only(run(g, ["评估疗效。"], ["The safety was assessed."]), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "安全")]


def test_term_missing_ignores_a_form_inside_another_listed_term(sample: Glossary) -> None:
    # 分泌组 inside the matched 分泌组学 is the other concept, not a rendering of "secretome"
    found = only(run(sample, ["分泌组学研究。"], ["Secretome research."]), "term-missing")
    assert len(found) == 1 and found[0].lang == "zh" and "(it has “Secretome”)" in found[0].message


def test_term_missing_in_many_sentences_is_one_finding_naming_the_rendering_used() -> None:
    g = Glossary.build([Concept("assay", "实验", "assay")])
    zh = ["本实验纳入患者。", "实验持续两年。", "该实验有效。", "实验结束。"]
    en = ["This experiment enrolled patients.", "The experiments lasted two years.", "The experiment group responded.",
          "The experiment ended."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == "「实验」 is rendered “experiment” in 4 sentences; the glossary says “assay”"
    assert (f.location.line, f.location.column, f.location.end_column) == (1, 2, 4)
    data = dict(f.data)
    assert (data["count"], data["rendered"], data["instead"]) == (4, 0, "experiment")
    assert [(s["line"], s["column"], s["related"]["line"]) for s in data["sentences"]] == [
        (1, 2, 6), (2, 1, 7), (3, 2, 8), (4, 1, 9)]


def test_term_missing_summary_without_a_lexicon_rendering() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = ["本试验纳入患者。", "试验持续两年。", "试验组有效。"]
    en = ["This trial enrolled patients.", "The trial lasted two years.", "The trial group responded."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.message == "「试验」 has no “assay” in the aligned English of 3 sentences"


def test_term_missing_in_few_sentences_stays_per_sentence() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay")])
    zh = ["本试验纳入患者。", "试验持续两年。", "试验组有效。"]
    en = ["This assay enrolled patients.", "The trial lasted two years.", "The assay group responded."]
    assert [(f.location.line, f.message) for f in only(run(g, zh, en), "term-missing")] == [
        (2, "「试验」 has no “assay” in the aligned English")]


def test_homonym_is_satisfied_by_either_concepts_rendering() -> None:
    g = Glossary.build([Concept("assay", "试验", "assay"), Concept("trial", "试验", "trial")])
    assert only(run(g, ["本试验纳入患者。"], ["This trial enrolled patients."]), "term-missing") == []


def test_an_initialism_after_its_expansion_is_one_usage_not_two_forms() -> None:
    g = Glossary.build([Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))], "g.csv")
    zh = ["风险比为0.51（95%置信区间，0.34～0.77）。", "风险比为0.43（95%置信区间，0.24～0.77）。"]
    en = ["The hazard ratio was 0.51 (95% confidence interval [CI], 0.34 to 0.77).",
          "The hazard ratio was 0.43 (95% CI, 0.24 to 0.77)."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    assert checks.is_initialism("CI", "confidence interval") and not checks.is_initialism("CT", "confidence interval")


def test_an_abbreviation_with_letters_from_inside_its_words_is_one_usage() -> None:
    assert checks.is_initialism("MDS", "myelodysplastic syndrome")  # fails before: initials only (MS)
    assert checks.is_initialism("HBsAg", "hepatitis B surface antigen")
    assert checks.is_initialism("DH", "Department of Health")
    assert not checks.is_initialism("MS", "myelodysplastic syndrome and leukemia")  # leukemia gives no letter
    assert not checks.is_initialism("SMD", "myelodysplastic syndrome")  # out of order
    assert not checks.is_initialism("Mds", "myelodysplastic syndrome")  # one capital: a word, not an abbreviation
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


def test_a_disease_the_english_named_before_may_be_called_disease() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部癌症。", "多数患者被诊断为局部晚期鼻咽癌。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.",
          "Most patients receive a diagnosis of locoregionally advanced disease."]
    assert only(run(g, zh, en), "term-missing") == []


def test_a_disease_replaced_by_another_word_is_still_missing() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部癌症。", "多数患者被诊断为局部晚期鼻咽癌。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.",
          "Most patients receive a diagnosis of locoregionally advanced substance."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert (f.location.line, f.location.column) == (2, 13)


def test_a_disease_named_by_its_chinese_morpheme_may_be_called_the_illness_or_the_patients() -> None:
    """"schizophrenia" has no English disease ending, 精神分裂症 has the Chinese one (症); "the illness", "this
    condition" and "the patients" refer back to it once the English has named it (issue 11, anaphors)."""
    g = Glossary.build([Concept("scz", "精神分裂症", "schizophrenia")], "g.csv")
    zh = ["精神分裂症的病因出现得很早。", "方法如下。", "结果如下。", "补充胆碱可能预防精神分裂症。"]
    for said in ("the illness", "this condition", "the patients"):
        en = ["Schizophrenia begins early.", "The methods follow.", "The results follow.",
              f"Choline may alter the course of {said}."]
        assert only(run(g, zh, en), "term-missing") == [], said
    # a bare "patients" or a word in the term's place is no reference back
    for said in ("patients", "the substance"):
        en = ["Schizophrenia begins early.", "The methods follow.", "The results follow.",
              f"Choline may alter the course of {said}."]
        (f,) = only(run(g, zh, en), "term-missing")
        assert f.location.line == 4, said
    # nor is it when the English never names the disease
    en = ["It begins early.", "The methods follow.", "The results follow.", "Choline may alter the illness."]
    assert len(only(run(g, zh, en), "term-missing")) == 2


def test_a_chinese_contraction_with_its_long_form_is_one_usage() -> None:
    """放疗 contracts 放射治疗 (its characters in order) the way CI abbreviates confidence interval."""
    g = Glossary.build([Concept("rt", "放疗", "radiotherapy", zh_admitted=("放射治疗",))], "g.csv")
    zh = ["患者接受放疗。", "随访期间给予放射治疗。"]
    en = ["Patients received radiotherapy.", "Radiotherapy was given during follow-up."]
    assert only(run(g, zh, en), "term-inconsistent") == []
    assert checks.is_contraction("放疗", "放射治疗") and checks.is_contraction("总生存", "总生存期")
    assert not checks.is_contraction("可信区间", "置信区间") and not checks.is_contraction("治疗", "放射治疗")


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


def test_a_term_inside_an_abbreviation_the_english_defines_is_rendered_by_it() -> None:
    g = Glossary.build([Concept("leuk", "白血病", "leukemia")], "g.csv")
    zh = ["本研究分析浆细胞白血病（PCL）患者的特征。", "30例浆细胞白血病患者入组。", "30例白血病患者入组。"]
    en = ["We studied patients with plasma cell leukemia(PCL).", "Thirty patients with PCL were enrolled.",
          "Thirty patients with CLL were enrolled."]
    (f,) = only(run(g, zh, en), "term-missing")  # CLL is not defined in the document: still missing
    assert f.location.line == 3
    # the other way: the English term, the Chinese keeps the defined abbreviation
    g2 = Glossary.build([Concept("leuk", "白血病", "leukemia")], "g.csv")
    assert only(run(g2, ["本研究分析浆细胞白血病（PCL）患者。", "30例PCL患者入组。"],
                    ["We studied plasma cell leukemia (PCL).", "Thirty patients with plasma cell leukemia."]),
                "term-missing") == []


def test_a_classical_compound_renders_the_plain_word() -> None:
    """血小板减少 = thrombocytopenia: medical English names it with the Greek for platelet."""
    g = Glossary.build([Concept("plt", "血小板", "platelet")], "g.csv")
    assert only(run(g, ["诱导化疗组血小板减少发生率更高。"], ["Thrombocytopenia was more frequent after induction."]),
                "term-missing") == []
    (f,) = only(run(g, ["诱导化疗组血小板减少发生率更高。"], ["Anemia was more frequent after induction."]),
                "term-missing")
    assert f.lang == "zh"


def test_a_chinese_rendering_with_a_modifier_inside() -> None:
    """"median overall survival (OS) time" -> 总体中位生存时间: 总…生存 with 体中位 between."""
    g = Glossary.build([Concept("os", "总生存期", "overall survival", zh_admitted=("总生存",))], "g.csv")
    assert only(run(g, ["全部患者总体中位生存时间为10.5个月。"], ["The median overall survival time was 10.5 months."]),
                "term-missing") == []
    (f,) = only(run(g, ["全部患者中位随访时间为10.5个月。"], ["The median overall survival time was 10.5 months."]),
                "term-missing")
    assert f.lang == "en"


def test_a_term_inside_a_name_transliterated_in_pinyin_is_rendered() -> None:
    """升血小板胶囊 is "Sheng-Xue-Xiao-Ban Capsule (SXXBC)": 血小板 is spelled, not translated, also via SXXBC."""
    g = Glossary.build([Concept("plt", "血小板", "platelet")], "g.csv")
    zh = ["比较升血小板胶囊的效果。", "升血小板胶囊组改善率为40%。", "血小板计数升高。"]
    en = ["We compared Sheng-Xue-Xiao-Ban Capsule (SXXBC).", "The improvement rate was 40% with SXXBC.",
          "Counts rose."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert f.location.line == 3  # the plain 血小板 of the third sentence is missing from its English
    from zhen_qa.aligner.lexicon import load_lexicon
    from zhen_qa.checks.presence import transliterated

    readings = load_lexicon().readings
    assert transliterated("血小板", "xuexiaoban tablets", readings)
    assert not transliterated("血小板", "Xue capsule", readings)


def _g(*concepts: Concept) -> Glossary:
    return Glossary.build(list(concepts), "g.csv")


CHEMO = Concept("chemo", "化疗", "chemotherapy")
MARROW = Concept("marrow", "骨髓", "bone marrow")
CI = Concept("ci", "置信区间", "confidence interval", en_admitted=("CI",))
AE = Concept("ae", "不良事件", "adverse event")
DDP = Concept("ddp", "顺铂", "cisplatin")


def test_an_english_compound_with_a_combining_form_renders_the_term() -> None:
    zh = ["免疫化疗可使患者获得长期缓解。"]
    assert only(run(_g(CHEMO), zh, ["Immunochemotherapeutic approaches lead to remission."]), "term-missing") == []
    (f,) = only(run(_g(CHEMO), zh, ["Immunological approaches lead to remission."]), "term-missing")
    assert f.lang == "zh"


def test_a_multiword_term_said_in_part_is_rendered() -> None:
    """The words apart (bone and marrow) or the distinctive first word with another head (confidence limits)."""
    g = _g(MARROW, CI)
    zh = ["骨与骨髓移植临床试验网络资助该研究。", "所有亚组的95%置信区间上限均小于1.00。"]
    en = ["The bone and marrow transplant network funded the study.",
          "The upper 95% confidence limits of all subgroups were below 1.00."]
    assert only(run(g, zh, en), "term-missing") == []
    en_wrong = ["The transplant network funded the study.", "The upper limits of all subgroups were below 1.00."]
    assert len(only(run(g, zh, en_wrong), "term-missing")) == 2


def test_a_generic_treatment_word_does_not_render_a_named_treatment() -> None:
    """Medical English says "treatment" and "therapy" everywhere: they are no evidence for chemotherapy."""
    zh = ["患者接受了诱导化疗。", "诱导化疗组的生存率较标准治疗组高。"]
    en = ["Patients received induction chemotherapy.", "Survival was higher than with standard therapy."]
    assert len(only(run(_g(CHEMO), zh, en), "term-missing")) == 1


def test_a_pronoun_for_what_the_sentence_before_named() -> None:
    g = Glossary.build([Concept("npc", "鼻咽癌", "nasopharyngeal carcinoma")], "g.csv")
    zh = ["鼻咽癌是一种头颈部肿瘤。", "估计全世界有13万鼻咽癌患者。"]
    en = ["Nasopharyngeal carcinoma is a head and neck cancer.", "It affected an estimated 130,000 patients."]
    assert only(run(g, zh, en), "term-missing") == []
    # the pronoun does not excuse a concept the sentence before did not name
    zh2 = ["研究共纳入多个中心。", "估计全世界有13万鼻咽癌患者。"]
    en2 = ["The trial enrolled several centers.", "It affected an estimated 130,000 patients."]
    assert len(only(run(g, zh2, en2), "term-missing")) == 1
    # nor a pronoun inside the sentence, which may refer to anything
    en3 = ["Nasopharyngeal carcinoma is a head and neck cancer.", "Doctors saw 130,000 patients in their clinics."]
    assert len(only(run(g, zh, en3), "term-missing")) == 1


def test_a_demonstrative_before_a_chinese_term_refers_back() -> None:
    """该不良事件: the translator names what the English refers back to; the English needs no term."""
    zh = ["不良事件较常见。", "一例患者死亡，该不良事件被判定与药物无关。"]
    en = ["Adverse events were common.", "One patient died; the death was judged unrelated to the drug."]
    assert only(run(_g(AE), zh, en), "term-missing") == []
    zh_plain = ["不良事件较常见。", "一例患者死亡，不良事件被判定与药物无关。"]
    assert len(only(run(_g(AE), zh_plain, en), "term-missing")) == 1
    zh_its = ["不良事件较常见。", "一例患者死亡，其不良事件被判定与药物无关。"]  # 其 = its: the English says it too
    assert len(only(run(_g(AE), zh_its, en), "term-missing")) == 1


def test_a_drug_standing_for_its_regimen() -> None:
    """同步顺铂化疗 = "concurrent cisplatin": the modifier renders the compound, unless the English has a term
    the Chinese lacks (a wrong head)."""
    zh = ["93例患者完成了3个周期的同步顺铂化疗。"]
    assert only(run(_g(CHEMO, DDP), zh, ["93 patients completed three cycles of concurrent cisplatin."]),
                "term-missing") == []
    found = only(run(_g(CHEMO, DDP, MARROW), zh, ["93 patients completed three cycles of cisplatin bone marrow."]),
                 "term-missing")
    assert found


def test_a_regimen_named_for_its_treatment() -> None:
    """CHOP方案化疗 = "the CHOP regimen": 方案 joined to the treatment term and "regimen" in the English."""
    zh = ["分析患者应用R-CHOP方案化疗的缓解率。"]
    assert only(run(_g(CHEMO), zh, ["The remission rate of patients treated by the R-CHOP regimen was analysed."]),
                "term-missing") == []
    # "regimen" without 方案 beside the term, or 方案 without "regimen": still missing
    assert len(only(run(_g(CHEMO), ["分析患者化疗的缓解率和用药方案。"],
                        ["The remission rate and the drug regimen were analysed."]), "term-missing")) == 1
    assert len(only(run(_g(CHEMO), zh, ["The remission rate of patients treated by R-CHOP was analysed."]),
                    "term-missing")) == 1


def test_an_english_term_rendered_by_its_head_without_the_modifier() -> None:
    """"OS" / "overall survival" as 生存时间 or 生存率: the Chinese keeps the head (生存, which the lexicon
    glosses "survival") and drops the modifier 总 it takes as understood."""
    g = Glossary.build([Concept("os", "总生存期", "overall survival", zh_admitted=("总生存",), en_admitted=("OS",))],
                       "g.csv")
    for zh, en in (("遗传学异常对生存时间的影响无统计学意义。", "Genetic abnormalities did not affect the OS."),
                   ("加用该药可提高生存率。", "Adding the drug increases overall survival.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], zh
    # another endpoint is no rendering of the head
    (f,) = only(run(g, ["加用该药可提高缓解率。"], ["Adding the drug increases overall survival."]), "term-missing")
    assert f.lang == "en"
    # 不良反应 ("adverse reaction") keeps no part the lexicon glosses "event": "adverse event" is missing
    (f,) = only(run(_g(AE), ["常见不良反应为腹泻。"], ["The most common adverse event was diarrhea."]), "term-missing")
    assert f.lang == "en"


def test_a_numbered_abbreviation_defines_its_family() -> None:
    """IIV3 defined as "trivalent inactivated influenza vaccine (IIV3)": IIV in the Chinese is that vaccine."""
    g = Glossary.build([Concept("flu", "流感", "influenza")], "g.csv")
    zh = ["我国已批准三价灭活流感疫苗（IIV3）。", "孕妇在孕期的任一阶段均可接种IIV。"]
    en = ["China has licensed trivalent inactivated influenza vaccine (IIV3).",
          "Influenza vaccine is recommended for pregnant women during any trimester."]
    assert only(run(g, zh, en), "term-missing") == []
    zh_other = ["我国已批准三价灭活流感疫苗（IIV3）。", "孕妇在孕期的任一阶段均可接种HPV。"]
    (f,) = only(run(g, zh_other, en), "term-missing")
    assert f.lang == "en" and f.location.line == 5  # the second English sentence


HYPERTENSION = Concept("htn", "高血压", "hypertension")


def test_an_english_compound_term_rendered_by_a_contracted_chinese_form() -> None:
    """"portal hypertension" is 门静脉高压: the Chinese contracts 高血压 to 高压 (first and last characters kept)."""
    g = Glossary.build([HYPERTENSION], "g.csv")
    for zh in ("肝硬化患者常并发门静脉高压。", "本例患者出现颅高压症状。"):
        assert only(run(g, [zh], ["Patients with cirrhosis often develop portal hypertension."]),
                    "term-missing") == [], zh
    # another condition keeps no contraction of the term: still missing
    (f,) = only(run(g, ["肝硬化患者常并发腹水。"], ["Patients with cirrhosis often develop portal hypertension."]),
                "term-missing")
    assert f.lang == "en"


def test_a_chinese_term_shortened_by_its_derivational_morpheme() -> None:
    """死亡 for "mortality" (死亡率 less 率); not 死亡率 contracted to two unrelated characters."""
    g = Glossary.build([Concept("mort", "死亡率", "mortality", zh_admitted=("病死率",))], "g.csv")
    assert only(run(g, ["该方案可减少死亡与残障。"], ["The regimen may decrease the mortality and morbidity."]),
                "term-missing") == []
    assert len(only(run(g, ["该方案可减少残障。"], ["The regimen may decrease the mortality and morbidity."]),
                    "term-missing")) == 1
    # at most half of the characters dropped: 非癌 is no form of 非小细胞肺癌
    g2 = Glossary.build([Concept("nsclc", "非小细胞肺癌", "non-small cell lung cancer")], "g.csv")
    assert len(only(run(g2, ["取非癌组织作为对照。"], ["Non-small cell lung cancer tissue was the control."]),
                    "term-missing")) == 1


def test_a_lexicon_translation_of_the_english_term_in_the_chinese() -> None:
    """中药 is "traditional Chinese medicine" in the lexicon, rendered inside a compound (中药复方, "... medicine
    compound"); 生活 + 品質 "quality of life" in Traditional script, where the wording is Taiwan's."""
    g = Glossary.build([Concept("tcm", "中医", "traditional Chinese medicine"),
                        Concept("qol", "生活质量", "quality of life")], "g.csv")
    assert only(run(g, ["中药复方治疗骨髓增生异常综合征的研究。"],
                    ["Study of a traditional Chinese medicine compound for myelodysplastic syndrome."]),
                "term-missing") == []
    assert only(run(g, ["病患的生活品質明顯改善。"], ["The patients' quality of life improved markedly."]),
                "term-missing") == []
    # 生活 alone glosses "life" but not "quality": still missing
    (f,) = only(run(g, ["病患的生活明顯改善。"], ["The patients' quality of life improved markedly."]), "term-missing")
    assert f.lang == "en"
    # a synonym in place of the glossary's term, in Simplified script and not inside a compound, is what the
    # glossary is there to catch: 淋巴癌 (the lexicon's "lymphoma") for 淋巴瘤
    g2 = Glossary.build([Concept("ly", "淋巴瘤", "lymphoma")], "g.csv")
    (f,) = only(run(g2, ["五种癌症：肺癌、霍奇金淋巴癌和口咽癌。"], ["Five cancers: lung cancer, Hodgkin lymphoma, and "
                                                     "oropharyngeal cancer."]), "term-missing")
    assert f.lang == "en"


def test_an_english_term_said_as_another_part_of_speech() -> None:
    """抑郁症 as "depressive disorders" / "depressed individuals": the English says the term as an adjective."""
    g = Glossary.build([Concept("dep", "抑郁症", "depression", zh_admitted=("抑郁",))], "g.csv")
    for en in ("Depressive disorders are common among the elderly.", "Depressed individuals are common here."):
        assert only(run(g, ["抑郁症在老年人中很常见。"], [en]), "term-missing") == [], en
    (f,) = only(run(g, ["抑郁症在老年人中很常见。"], ["Anxiety disorders are common among the elderly."]),
                "term-missing")
    assert f.lang == "zh"


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
    assert checks.is_other_part_of_speech("prognosis", "prognostic")
    assert not checks.is_other_part_of_speech("randomized", "randomised")  # a spelling, not a part of speech
    assert checks.is_elaboration("凋亡", "细胞凋亡") and not checks.is_elaboration("凋亡", "死亡")


def test_a_chinese_match_inside_another_word_the_english_renders() -> None:
    """腺癌 in 前列腺癌 is 前列腺 ("prostate") + 癌: "prostate cancer" renders it, adenocarcinoma is not missing."""
    g = Glossary.build([Concept("adc", "腺癌", "adenocarcinoma")], "g.csv")
    zh = ["本文综述其在肺癌和前列腺癌中的诊断价值。"]
    assert only(run(g, zh, ["We review its diagnostic value in lung and prostate cancer."]), "term-missing") == []
    (f,) = only(run(g, zh, ["We review its diagnostic value in lung and breast cancer."]), "term-missing")
    assert f.lang == "zh"


def test_a_disease_the_chinese_named_before_may_be_called_tumour() -> None:
    """肿瘤病人 for "lung cancer patients" in a document whose Chinese names 肺癌: the generic noun refers back."""
    g = Glossary.build([Concept("lc", "肺癌", "lung cancer")], "g.csv")
    zh = ["肺癌是常见的恶性肿瘤。", "我们测定了27位肿瘤病人的氨基酸浓度。"]
    en = ["Lung cancer is a common malignancy.", "We measured amino acids in 27 lung cancer patients."]
    assert only(run(g, zh, en), "term-missing") == []
    # a document whose Chinese never names the disease: 肿瘤 is no rendering of it
    zh2 = ["恶性肿瘤很常见。", "我们测定了27位肿瘤病人的氨基酸浓度。"]
    en2 = ["Malignancy is common.", "We measured amino acids in 27 lung cancer patients."]
    (f,) = only(run(g, zh2, en2), "term-missing")
    assert f.lang == "en"
    # a generic noun beside other diseases named (胃癌等癌症) is their category, not the lung cancer
    g2 = Glossary.build([Concept("lc", "肺癌", "lung cancer"), Concept("gc", "胃癌", "gastric cancer")], "g.csv")
    zh3 = ["肺癌是常见的恶性肿瘤。", "最常见的癌症是胃癌和肝癌。"]
    en3 = ["Lung cancer is a common malignancy.", "The most common are gastric cancer, lung cancer and liver cancer."]
    (f,) = only(run(g2, zh3, en3), "term-missing")
    assert f.lang == "en" and f.location.line == 5  # the second English sentence
    # nor is it where the English has a generic noun of its own ("cancers"), which the Chinese one renders
    zh4 = ["肺癌是常见的恶性肿瘤。", "最常见的五种癌症包括淋巴癌。"]
    en4 = ["Lung cancer is a common malignancy.", "The five most common cancers include lung cancer."]
    assert len(only(run(g, zh4, en4), "term-missing")) == 1


def test_a_demonstrative_before_the_noun_phrase_of_a_chinese_term() -> None:
    """这一肺腺癌的新标准 = "this new guideline": the demonstrative takes the term with its one-character modifier."""
    g = Glossary.build([Concept("adc", "腺癌", "adenocarcinoma")], "g.csv")
    zh = ["腺癌是常见的病理类型。", "这一肺腺癌的新标准已被广泛采用。"]
    en = ["Adenocarcinoma is a common type.", "This new guideline has been widely adopted."]
    assert only(run(g, zh, en), "term-missing") == []
    zh2 = ["腺癌是常见的病理类型。", "肺腺癌的新标准已被广泛采用。"]
    assert len(only(run(g, zh2, en), "term-missing")) == 1


def test_a_general_word_admitted_as_an_alternative_starts_no_term_missing() -> None:
    """"outcome" admitted for 预后 lets a translator write it, but not every outcome is a prognosis: 关系的结局, 胎儿的
    发育 and 手术效果 render "outcome" without 预后. The preferred form in the same sentence still checks, and 预后
    is still rendered by "outcome" the other way."""
    g = Glossary.build([Concept("prognosis", "预后", "prognosis", en_admitted=("prognostic", "outcome"))], "g.csv")
    for zh, en in (("研究评估了关系的结局。", "The study assessed relationship outcomes."),
                   ("胎儿的发育良好。", "The fetal outcome was good."),
                   ("手术效果满意。", "The surgical outcome was satisfactory.")):
        assert only(run(g, [zh], [en]), "term-missing") == [], en
    # the preferred form and a specific alternative keep the check, also beside the general word
    found = only(run(g, ["手术效果满意。"], ["The surgical outcome and the prognosis were good."]), "term-missing")
    assert len(found) == 1 and "prognosis" in found[0].message
    assert len(only(run(g, ["手术效果满意。"], ["Prognostic factors were studied."]), "term-missing")) == 1
    # the Chinese term is rendered by the admitted word
    assert only(run(g, ["患者预后良好。"], ["The patients' outcome was good."]), "term-missing") == []
    assert len(only(run(g, ["患者预后良好。"], ["The patients were well."]), "term-missing")) == 1


def test_specific_alternatives_and_abbreviations_keep_the_term_missing_check() -> None:
    """"shingles" has one other sense (a roof tile, 木瓦): it names 带状疱疹 and keeps the check; so does a phrase
    ("total knee replacement") and an abbreviation, whatever the lexicon makes of its letters."""
    g = Glossary.build([Concept("hz", "带状疱疹", "herpes zoster", en_admitted=("shingles",)),
                        Concept("tkr", "全膝关节置换术", "total knee arthroplasty",
                                en_admitted=("total knee replacement", "TKA"))], "g.csv")
    assert len(only(run(g, ["患者出现皮疹。"], ["The patient developed shingles."]), "term-missing")) == 1
    assert len(only(run(g, ["患者接受了手术。"], ["The patient had a total knee replacement."]),
                    "term-missing")) == 1
    assert len(only(run(g, ["患者接受了手术。"], ["The patient had a TKA."]), "term-missing")) == 1


def test_a_general_chinese_word_admitted_as_an_alternative_starts_no_term_missing() -> None:
    """结果 admitted for "outcome" is also the fruit, the result and the end: 研究结果 ("the findings") is no
    clinical outcome. The preferred 结局 keeps the check."""
    g = Glossary.build([Concept("outcome", "结局", "outcome", zh_admitted=("结果",))], "g.csv")
    assert only(run(g, ["研究结果表明该方法有效。"], ["The findings show that the method works."]),
                "term-missing") == []
    assert len(only(run(g, ["主要结局为死亡。"], ["The primary end point was death."]), "term-missing")) == 1


def test_general_alternative_reads_the_lexicon_senses() -> None:
    assert checks.general_alternative("outcome", "en", ("预后",))
    assert not checks.general_alternative("shingles", "en", ("带状疱疹",))
    assert not checks.general_alternative("total knee replacement", "en", ("全膝关节置换术",))
    assert checks.general_alternative("结果", "zh", ("outcome",))
    assert not checks.general_alternative("抑郁", "zh", ("depression",))  # despondent, gloomy: two senses


def test_a_term_heading_a_name_the_chinese_abbreviates_is_rendered_by_the_abbreviation() -> None:
    """急性淋巴细胞白血病（ALL）: the English may say ALL without defining it (issue 11: an abbreviation stands for the
    term); not when the English defines the abbreviation itself with another name, nor for a name the term
    does not end."""
    g = Glossary.build([Concept("leuk", "白血病", "leukemia"), Concept("ct", "化疗", "chemotherapy")], "g.csv")
    zh = ["探讨急性淋巴细胞白血病（ALL）患者的疗效。"]
    assert only(run(g, zh, ["To study the efficacy in ALL patients."]), "term-missing") == []
    (f,) = only(run(g, zh, ["To study the efficacy in acute lymphoblastic substance (ALL) patients."]),
                "term-missing")
    assert f.lang == "zh" and f.suggestion == "leukemia"
    (f,) = only(run(g, ["探讨化疗后肺癌（NSCLC）患者的疗效。"], ["To study the efficacy in NSCLC patients."]),
                "term-missing")
    assert f.suggestion == "chemotherapy"


def test_a_chemotherapy_named_by_its_drug_is_rendered_by_the_drug() -> None:
    """使用硼替佐米化疗 = "treated with bortezomib", 紫杉醇方案化疗 = "paclitaxel" (issue 11: implied by the regimen);
    not 以硼替佐米为主的化疗方案 (the regimen and its -based lost), nor an English without a drug name."""
    g = Glossary.build([Concept("chemo", "化疗", "chemotherapy"), Concept("mm", "多发性骨髓瘤", "multiple myeloma",
                                                                       en_admitted=("MM",))], "g.csv")
    en = ["Twenty of the 85 patients treated with bortezomib developed herpes zoster."]
    assert only(run(g, ["85例使用硼替佐米化疗的患者中20例发生带状疱疹。"], en), "term-missing") == []
    # an English term the Chinese keeps in English (MM) is no term the Chinese lacks
    assert only(run(g, ["85例使用硼替佐米化疗的MM患者中20例发生带状疱疹。"],
                    ["Twenty of the 85 MM patients treated with bortezomib developed herpes zoster."]),
                "term-missing") == []
    assert only(run(g, ["85例接受紫杉醇方案化疗的患者中20例发生带状疱疹。"],
                    ["Twenty of the 85 patients who received paclitaxel developed herpes zoster."]),
                "term-missing") == []
    assert len(only(run(g, ["85例接受以硼替佐米为主的化疗方案的患者中20例发生带状疱疹。"], en), "term-missing")) == 1
    assert len(only(run(g, ["85例使用硼替佐米化疗的患者中20例发生带状疱疹。"],
                        ["Twenty of the 85 treated patients developed herpes zoster."]), "term-missing")) == 1
    # a modifier before the term is no drug: 联合化疗 with a drug named elsewhere in the sentence
    assert len(only(run(g, ["帕妥珠单抗联合化疗可改善患者的结局。"],
                        ["Pertuzumab added to substance improved outcomes."]), "term-missing")) == 1


def test_a_bead_balanced_by_its_neighbour_does_not_count_as_rendered_in_the_summary(sample: Glossary) -> None:
    """Missing in three sentences and moved into the next sentence in a fourth: one finding for the three."""
    zh = ["外泌体介导修复。", "方法如下。", "结果如下。"] * 3 + ["外泌体介导修复。", "这是结论。"]
    en = ["Vesicles mediate repair.", "The methods follow.", "The results follow."] * 3 + \
        ["Vesicles mediate repair.", "The exosome is key."]
    (f,) = only(run(sample, zh, en), "term-missing")
    assert dict(f.data)["count"] == 3 and dict(f.data)["rendered"] == 0


def test_an_initialism_the_glossary_does_not_list_renders_the_term() -> None:
    """Results sections write the common measures bare: "HR" for hazard ratio, "PEs" for pulmonary embolisms."""
    g = Glossary.build([Concept("hr", "风险比", "hazard ratio"), Concept("pe", "肺栓塞", "pulmonary embolism")],
                       "g.csv")
    zh = ["首次恶化的风险较低（风险比，0.70）。", "共发生3例肺栓塞。"]
    assert only(run(g, zh, ["The risk of a first worsening was lower (HR, 0.70).", "Three PEs occurred."]),
                "term-missing") == []
    # another initialism, or none, leaves the term missing
    found = only(run(g, zh, ["The risk of a first worsening was lower (OR, 0.70).", "Three DVTs occurred."]),
                 "term-missing")
    assert sorted(f.location.line for f in found) == [1, 2]
