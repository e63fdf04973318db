"""Discovered term-inconsistent findings: positions, counts, glossary precedence, severity setting."""
from __future__ import annotations

from tests.checks.terms_kit import manuscript
from zhen_qa.checks import terms
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.report.findings import Severity

ZH = ["帕金森病患者的症状。", "帕金森病的治疗。", "帕金森氏症患者。"]
EN = ["Symptoms of Parkinson's disease.", "Treatment of Parkinson's disease.", "Parkinson's disease patients."]


def discovered(glossary: Glossary | None = None, options: Options | None = None):  # type: ignore[no-untyped-def]
    ctx = CheckContext(manuscript(ZH, EN, [((i,), (i,)) for i in range(3)]), glossary, options or Options())
    return [f for f in terms.run(ctx) if f.rule == "term-inconsistent"]


def test_group_reported_at_the_minority_form_with_counts_and_majority_suggestion() -> None:
    (f,) = discovered()
    assert (f.location.line, f.location.column, f.location.end_column) == (3, 1, 6)
    assert f.severity is Severity.INFO and f.suggestion == "帕金森病"
    data = dict(f.data)
    assert data["origin"] == "discovered"
    assert [(d["form"], d["count"], d["first"]["line"], d["first"]["column"]) for d in data["forms"]] == [
        ("帕金森病", 2, 1, 1), ("帕金森氏症", 1, 3, 1)]


def test_forms_the_glossary_decides_are_not_reported_twice() -> None:
    g = Glossary.build([Concept("pd", "帕金森病", "Parkinson's disease", zh_deprecated=("帕金森氏症",))], "g.csv")
    assert discovered(g) == []


def test_severity_and_switch_are_configurable() -> None:
    assert [f.severity for f in discovered(options=Options(discovered_severity=Severity.WARNING))] == [
        Severity.WARNING]
    assert discovered(options=Options(discover_terms=False)) == []


def test_configuration_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from zhen_qa.checks.config import load_config
    from zhen_qa.manuscript.errors import InputError

    cfg = tmp_path / "zhen-qa.toml"
    cfg.write_text('discover-terms = false\ndiscovered-severity = "warning"\n', encoding="utf-8")
    opts = load_config(str(cfg)).options
    assert (opts.discover_terms, opts.discovered_severity) == (False, Severity.WARNING)
    cfg.write_text('discovered-severity = "loud"\n', encoding="utf-8")
    with pytest.raises(InputError, match="discovered-severity"):
        load_config(str(cfg))


def _abstract_findings(tmp_path, keywords: str, last: str = "A database can be built on NVM."):  # type: ignore[no-untyped-def]
    """English discovered term-inconsistent findings of a one-file article with an NVM abstract."""
    from zhen_qa.aligner.build import load_manuscript
    from zhen_qa.checks.engine import check_manuscript

    text = ("非易失性内存的数据库\n\n"
            "摘要：非易失性内存（NVM）是新的存储介质。NVM 支持字节寻址。数据库可以建在 NVM 上。\n\n"
            "关键词：非易失性内存，数据库\n\n"
            "Databases on non-volatile memory\n\n"
            f"Abstract: Non-volatile memory (NVM) is a new storage medium. NVM is byte-addressable. {last}\n\n"
            f"Keywords: {keywords}\n")
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    findings = check_manuscript(load_manuscript(str(path)), None)
    return [f for f in findings if f.rule == "term-inconsistent" and f.lang == "en"]


def test_a_full_name_in_the_keywords_is_not_a_reuse_of_its_abbreviation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _abstract_findings(tmp_path, "non-volatile memory, database") == []


def test_a_full_name_written_again_in_the_abstract_is_still_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    again = "A database can be built on non-volatile memory. Non-volatile memory is fast."
    found = _abstract_findings(tmp_path, "NVM, database", again)
    assert len(found) == 1 and "NVM" in found[0].message


def test_decided_keys_are_those_of_the_asked_language() -> None:
    from zhen_qa.checks.discover import decided
    from zhen_qa.glossary.model import en_key, zh_key

    g = Glossary.build([Concept("pd", "帕金森病", "Parkinson's disease", zh_deprecated=("帕金森氏症",))], "g.csv")
    assert decided(g, "zh") == {zh_key("帕金森病"), zh_key("帕金森氏症")}
    assert decided(g, "en") == {en_key("Parkinson's disease")}
    assert decided(None, "zh") == frozenset()


def test_a_glossary_deciding_one_form_leaves_the_group_reported() -> None:
    g = Glossary.build([Concept("pd", "帕金森病", "Parkinson's disease")], "g.csv")
    (f,) = discovered(g)
    assert f.suggestion == "帕金森病"


def test_a_full_name_in_a_labelled_list_is_no_reuse_of_its_abbreviation() -> None:
    """"Target Audience: ..., emergency department clinicians, ..." names things as a keyword list does."""
    en = ["Patients were sent home from the emergency department (ED).", "Diagnoses made in the ED were excluded.",
          "Most ED visits were short."]
    listing = ("Target Audience: gastroenterologists, emergency department clinicians, emergency department "
               "nurses, and surgeons")
    prose = "Later the emergency department was closed and the emergency department staff left."

    def found(last: str) -> list[str]:
        ctx = CheckContext(manuscript(["甲。", "乙。", "丙。", "丁。"], en + [last], [((i,), (i,)) for i in range(4)]),
                           None, Options())
        return [f.message for f in terms.run(ctx) if f.rule == "term-inconsistent"]

    assert found(listing) == []
    assert len(found(prose)) == 1  # written again in a sentence: the abbreviation's other form


def _discovered_in(zh: list[str], en: list[str]):  # type: ignore[no-untyped-def]
    ctx = CheckContext(manuscript(zh, en, [((i,), (i,)) for i in range(len(zh))]), None, Options())
    return [f for f in terms.run(ctx) if f.rule == "term-inconsistent"]


def test_counts_are_those_a_glossary_listing_the_forms_would_give() -> None:
    # jieba cuts 阿尔茨海默|病患者: discovery's segmentation sees the form once; the glossary's matcher three times
    zh = ["阿尔茨海默病是一种疾病。", "阿尔茨海默病患者的记忆。", "阿尔茨海默病患者进行了治疗。",
          "阿尔茨海默氏症的病因。"]
    en = ["Alzheimer's disease is a disease.", "Memory of Alzheimer's disease patients.",
          "Alzheimer's disease patients were treated.", "The cause of Alzheimer's disease."]
    (f,) = _discovered_in(zh, en)
    forms = [(d["form"], d["count"], d["first"]["line"]) for d in dict(f.data)["forms"]]
    assert forms == [("阿尔茨海默病", 3, 1), ("阿尔茨海默氏症", 1, 4)]
    assert "阿尔茨海默病 ×3 (line 1)" in f.message


def test_a_form_glued_to_one_more_character_is_another_word_and_not_counted() -> None:
    # 分泌组学 (secretomics) holds 分泌组 (secretome) but is not a use of it, with or without a glossary
    zh = ["干细胞分泌组学在医学中。", "分泌组学的进展。", "分泌组的治疗作用。", "分泌物的治疗作用。",
          "分泌组在再生中。"]
    en = ["Stem cell secretomics in medicine.", "Advances in secretomics.", "Therapeutic effect of the secretome.",
          "Therapeutic effect of the secretome.", "The secretome in regeneration."]
    (f,) = _discovered_in(zh, en)
    counts = {d["form"]: d["count"] for d in dict(f.data)["forms"]}
    assert counts == {"分泌组": 2, "分泌物": 1}


def test_holding_names_the_texts_that_hold_a_form_in_order() -> None:
    from zhen_qa.checks.discover import holding

    texts = ["分泌组很重要。", "", "细胞分泌物。", "医院和医院。", "细胞", "外基质。"]
    assert holding(texts, {"医院", "分泌"}) == [0, 2, 3]
    assert holding(texts, {"胞外"}) == []  # a form never runs from one text into the next
    assert holding(texts, {"外基质"}) == [5] and holding(texts, {"细"}) == [2, 4]
    assert holding(texts, set()) == [] and holding([], {"医院"}) == []


def test_a_simplified_form_of_a_traditional_one_is_counted_in_every_sentence_from_the_start() -> None:
    zh = ["两家医院参与研究。", "另一家医院。", "在醫院接受治療。", "病人回到醫院。", "医院很大。"]
    en = ["Two hospitals took part.", "Another hospital.", "Treated in hospital.", "Back to hospital.",
          "The hospital is big."]
    ctx = CheckContext(manuscript(zh, en, [((i,), (i,)) for i in range(len(zh))]), None, Options())
    (f,) = [f for f in terms.run(ctx) if f.rule == "term-inconsistent"]
    assert [(d["form"], d["count"], d["first"]["line"]) for d in dict(f.data)["forms"]] == [
        ("医院", 3, 1), ("醫院", 2, 3)]


def _po(tmp_path, entries: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    from zhen_qa.manuscript.cat import read_cat

    body = 'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    body += "".join(f'msgid "{en}"\nmsgstr "{zh}"\n\n' for en, zh in entries)
    path = tmp_path / "app.zh_CN.po"
    path.write_text(body, encoding="utf-8")
    return read_cat(str(path))


def test_the_source_of_a_cat_file_is_not_the_translators_to_respell(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the English of a PO file is what the translator was given: "dialog" beside "dialogue" is not theirs to fix
    ms = _po(tmp_path, [("Open the dialog box now.", "立即打开对话框。"), ("Close the dialogue box.", "关闭对话框。"),
                        ("The dialog box is open.", "对话框已打开。")])
    assert ms.source_lang == "en"
    assert [f for f in terms.run(CheckContext(ms, None, Options())) if f.rule == "term-inconsistent"] == []
    # their own language's variants still are
    ms = _po(tmp_path, [("Symptoms of Parkinson's disease.", "帕金森病患者的症状。"),
                        ("Treatment of Parkinson's disease.", "帕金森病的治疗。"),
                        ("Parkinson's disease patients.", "帕金森氏症患者。")])
    (f,) = [f for f in terms.run(CheckContext(ms, None, Options())) if f.rule == "term-inconsistent"]
    assert f.lang == "zh" and f.suggestion == "帕金森病"


def test_words_in_both_scripts_are_one_finding_for_the_document() -> None:
    # a Simplified text with Traditional characters mixed in: one defect (the script), one finding listing each word
    zh = ["两家医院参与研究。", "在醫院接受治療。", "儿童的状况。", "兒童很多。", "医院和儿童。"]
    en = ["Two hospitals took part.", "Treated in hospital.", "The condition of children.", "Many children.",
          "Hospitals and children."]
    (f,) = _discovered_in(zh, en)
    assert f.message.startswith("2 words in both Traditional and Simplified characters (discovered; use one script)")
    assert "医院 ×2 (line 1) / 醫院 ×1 (line 2)" in f.message and "儿童 ×2 (line 3) / 兒童 ×1 (line 4)" in f.message
    assert (f.location.line, f.suggestion) == (2, "医院")  # the first form to change, and its majority form
    assert [(d["form"], d["count"]) for d in dict(f.data)["forms"]] == [
        ("医院", 2), ("醫院", 1), ("儿童", 2), ("兒童", 1)]  # every form, as a group's finding lists them
    # one such word alone keeps its own finding
    (f,) = _discovered_in(zh[:2] + ["医院。"], en[:3])
    assert f.message.startswith("2 forms of 「医院」 (discovered; use one)")
