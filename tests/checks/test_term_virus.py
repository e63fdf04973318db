"""Tests of checks.term_virus: a virus said by the name of the disease it causes."""
from __future__ import annotations

from tests.checks.terms_kit import gl, only, run
from zhen_qa.checks.term_virus import causes
from zhen_qa.glossary.model import Concept

VIRUS = Concept("virus", "新型冠状病毒", "novel coronavirus", en_admitted=("SARS-CoV-2",))
DISEASE = Concept("disease", "新型冠状病毒肺炎", "novel coronavirus pneumonia", en_admitted=("NCP", "COVID-19"))
FLU = Concept("flu", "流行性感冒", "influenza")


def test_the_glossary_ties_a_virus_to_the_disease_named_after_it() -> None:
    assert causes(VIRUS, DISEASE)
    assert not causes(DISEASE, VIRUS)
    assert not causes(VIRUS, FLU)


def test_the_virus_said_as_the_disease_virus() -> None:
    # "NCP virus specific IgM" for 新型冠状病毒特异性IgM: the translator's name for the virus
    zh = ["新型冠状病毒特异性IgM抗体多在发病3-5天后出现阳性。"]
    en = ["NCP virus specific IgM becomes detectable around 3-5 days after onset."]
    assert only(run(gl(VIRUS, DISEASE), zh, en), "term-missing") == []


def test_the_infection_said_by_the_disease() -> None:
    # 新型冠状病毒感染 "novel coronavirus infection" is the disease: "NCP", either way
    zh = ["新型冠状病毒感染轻型表现需与其他上呼吸道感染相鉴别。"]
    en = ["The mild manifestations of NCP need to be distinguished from other upper respiratory tract infections."]
    assert only(run(gl(VIRUS, DISEASE), zh, en), "term-missing") == []


def test_the_disease_virus_said_by_the_virus_without_its_qualifier() -> None:
    # "NCP virions" = 冠状病毒颗粒: the virus named with 新型 left out
    zh = ["电镜下上皮细胞胞质内可见冠状病毒颗粒。"]
    en = ["On electron microscopy, cytoplasmic NCP virions are observed in the epithelium."]
    assert only(run(gl(VIRUS, DISEASE), zh, en), "term-missing") == []


def test_a_real_omission_is_still_reported() -> None:
    # the disease alone, with no "virus" after it and no 感染 in the Chinese, does not say the virus
    zh = ["新型冠状病毒核酸检测阳性的患者应隔离。"]
    en = ["Patients with NCP should be isolated."]
    found = only(run(gl(VIRUS, DISEASE), zh, en), "term-missing")
    assert ("zh", "novel coronavirus") in [(f.lang, f.suggestion) for f in found]
    # another disease's virus does not say this one
    zh = ["新型冠状病毒特异性IgM抗体多在发病3-5天后出现阳性。"]
    en = ["Influenza virus specific IgM becomes detectable around 3-5 days after onset."]
    found = only(run(gl(VIRUS, DISEASE, FLU), zh, en), "term-missing")
    assert ("zh", "novel coronavirus") in [(f.lang, f.suggestion) for f in found]
    # a Chinese that names neither the virus nor its disease leaves the disease missing
    zh = ["患者应隔离。"]
    en = ["Patients with NCP should be isolated."]
    found = only(run(gl(VIRUS, DISEASE), zh, en), "term-missing")
    assert [(f.lang, f.suggestion) for f in found] == [("en", "新型冠状病毒肺炎")]
