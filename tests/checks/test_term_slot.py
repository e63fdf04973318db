"""Tests of checks.term_slot through term-missing: a term left to the context is left out, not replaced."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.glossary.model import Concept

GASTRIC = Concept("gastric", "胃癌", "gastric carcinoma")
NAMED = [
    ("胃癌是常见的恶性肿瘤。", "Gastric carcinoma is a common malignancy."),
    ("胃癌的发病率在亚洲较高。", "The incidence of gastric carcinoma is high in Asia."),
    ("胃癌的早期诊断很重要。", "Early diagnosis of gastric carcinoma is important."),
    ("手术是胃癌的主要治疗方法。", "Surgery is the main treatment for gastric carcinoma."),
]
FILLER = [(f"本研究纳入了{n}例患者。", f"The study enrolled {n} patients.") for n in range(20, 36)]
ASKED = "我患有哪种类型的胃癌？"


def missing(en: str) -> list[str]:
    pairs = [*NAMED, *FILLER, (ASKED, en)]
    return term_missing(gl(GASTRIC), [z for z, _e in pairs], [e for _z, e in pairs])


def test_the_files_disease_left_out_is_implied() -> None:
    assert missing("What type do I have?") == []


def test_a_broader_word_in_its_place_is_the_term_said_short() -> None:
    # "cancer" glosses 癌, the head morpheme of 胃癌
    assert missing("What type of cancer do I have?") == []


def test_another_word_in_its_place_is_missing() -> None:
    assert missing("What type of substance do I have?") == [
        "「胃癌」 has no “gastric carcinoma” in the aligned English"]


def test_the_second_conjunct_replaced_is_missing() -> None:
    # 吸烟和胃癌: no word just before 胃癌 is glossed; the first conjunct 吸烟 ("smoking") is, and the word after it
    # and "and" is in the term's place
    zh = "吸烟和胃癌的关系尚不清楚。"
    assert missing_in(zh, "The link between smoking and substance is unclear.") == [
        "「胃癌」 has no “gastric carcinoma” in the aligned English"]
    assert missing_in(zh, "The link with smoking is unclear.") == []


def test_the_word_after_a_kept_code_replacing_the_term_is_missing() -> None:
    # EBV胃癌: the code the English keeps as written places the term right after it
    zh = "EBV胃癌患者的预后较好。"
    assert missing_in(zh, "EBV substance patients have a better prognosis.") == [
        "「胃癌」 has no “gastric carcinoma” in the aligned English"]
    assert missing_in(zh, "EBV patients have a better prognosis.") == []


def missing_in(zh: str, en: str) -> list[str]:
    """The term-missing messages of the gastric carcinoma file with one more sentence pair."""
    pairs = [*NAMED, *FILLER, (zh, en)]
    return term_missing(gl(GASTRIC), [z for z, _e in pairs], [e for _z, e in pairs])


def test_a_term_opening_its_sentence_replaced_by_the_englishs_first_word_is_missing() -> None:
    # 胃癌与吸烟: nothing before the term; the sentence start is the anchor, "Substance" in its place
    zh = "胃癌与吸烟的关系尚不清楚。"
    assert missing_in(zh, "Substance and smoking are linked in ways that are unclear.") == [
        "「胃癌」 has no “gastric carcinoma” in the aligned English"]
    # left out, the English opening with a word the Chinese says (关系 "relation"), is the topic left to context
    assert missing_in(zh, "The relation with smoking is unclear.") == []


def test_the_word_beside_the_english_of_the_word_after_the_term_is_in_its_place() -> None:
    # 其胃癌组织: no word before 胃癌 is glossed (其 is one character); 组织 after it is ("tissue"), and the word
    # right beside "tissue" is in the term's place, whatever word it is
    zh = "其胃癌组织中该蛋白表达升高。"
    for word in ("substance", "widget", "Lymph"):
        assert missing_in(zh, f"The protein was raised in its {word} tissue.") == [
            "「胃癌」 has no “gastric carcinoma” in the aligned English"], word
    # left out: the word beside "tissue" is a stop word, or one the Chinese says (蛋白 "protein")
    assert missing_in(zh, "The protein was raised in its tissue.") == []
    assert missing_in(zh, "Tissue protein was raised.") == []


def test_the_word_after_a_predicate_said_before_it_is_in_the_terms_place() -> None:
    # 其胃癌进展缓慢: the English of 进展 ("progressing") may have the term's place after it, English word order
    zh = "其胃癌进展缓慢。"
    assert missing_in(zh, "It is a slowly progressing substance.") == [
        "「胃癌」 has no “gastric carcinoma” in the aligned English"]
    # left out: the word beside "progressing" is an adverb of a word the Chinese says (缓慢 "slow")
    assert missing_in(zh, "It is slowly progressing.") == []


def test_no_latin_word_the_chinese_writes_preposition_or_word_after_a_plural_is_in_the_terms_place() -> None:
    reported = ["「胃癌」 has no “gastric carcinoma” in the aligned English"]
    # III of III期 is written in the Chinese: "stage III patients" leaves the disease to the file's subject
    zh = "至多15%的III期胃癌患者可单纯行手术治愈。"
    assert missing_in(zh, "As many as 15% of stage III patients can be cured by surgery alone.") == []
    assert missing_in(zh, "As many as 15% of stage III substance patients can be cured by surgery alone.") == reported
    # a preposition is in no noun's place ("going through treatment" for 接受胃癌治疗)
    zh = "并非每个接受胃癌治疗的患者都有相同的副作用。"
    assert missing_in(zh, "Not everyone going through treatment will have the same side effects.") == []
    # the term comes before the plural head it modifies, not after it ("cases treated")
    zh = "其胃癌病例共94例。"
    assert missing_in(zh, "There were 94 cases treated.") == []
    assert missing_in(zh, "There were 94 substance cases treated.") == reported


def test_the_english_of_the_word_after_in_another_clause_or_compound_places_no_word() -> None:
    reported = ["「胃癌」 has no “gastric carcinoma” in the aligned English"]
    # "patients" is in the clause after the semicolon, the term (and its 患者, "cases") before it
    zh = "遗憾的是，只有不到50%的胃癌患者接受手术；而使用化疗的比例甚至更低。"
    assert missing_in(zh, "Unfortunately, surgery is provided in less than 50% of cases; chemotherapy is used even"
                          " less often, in appropriate patients.") == []
    assert missing_in(zh, "Unfortunately, surgery is provided in less than 50% of substance patients; chemotherapy"
                          " is used even less often.") == reported
    # "annual" is beside the compound "Age-standardized", not beside "Age"
    zh = "其胃癌年龄标化发病率各不相同。"
    assert missing_in(zh, "Age-standardized annual incidence rates vary widely.") == []
