"""Tests of checks.term_same_code through term-missing (a Hit needs a whole bead): two listed terms on one code."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with, term_missing
from zhen_qa.glossary.model import Concept

MASK = Concept("mask", "口罩", "face mask", en_admitted=("mask",))
RESPIRATOR = Concept("resp", "呼吸器", "respirator")
G = gl(MASK, RESPIRATOR)


missing = missing_with(G)


def test_one_coded_object_named_by_a_listed_term_of_each_side() -> None:
    """KN95 口罩 = "KN95 respirators": the code names one object; each side's noun is a listed term."""
    assert missing("护士应佩戴 KN95 口罩。", "Nurses should wear KN95 respirators.") == []
    # a short modifier between the code and the noun, several codes
    assert missing("护士应佩戴 KN95 过滤口罩。", "Nurses should wear KN95 filtering facepiece respirators.") == []
    assert missing("护士应佩戴 KN95 或 FFP3 口罩。", "Nurses should wear a KN95 or FFP3 respirator.") == []


def test_a_term_missing_after_a_code_is_still_reported() -> None:
    """The English noun after the code replaced by a free word, or another code: the term is missing."""
    assert len(missing("护士应佩戴 KN95 口罩。", "Nurses should wear KN95 substance.")) == 1
    # another code, or none: 口罩 and "respirators" are two things (one finding for the pair)
    for zh, en in (("护士应佩戴 KN95 口罩。", "Nurses should wear FFP3 respirators."),
                   ("护士应佩戴口罩。", "Nurses should wear respirators.")):
        assert [m.endswith("(it has “respirators”)") for m in missing(zh, en)] == [True], en


PROTEIN = Concept("protein", "蛋白", "protein")
MATERIAL = Concept("material", "物质", "material")
MOUSE = Concept("mouse", "小鼠", "mouse")
PROBE = Concept("probe", "探针", "probe")
SYSTEM = Concept("system", "系统", "system")
ONLY = Concept("only", "不仅仅", "not only")
G2 = gl(PROTEIN, MATERIAL, MOUSE, PROBE, SYSTEM, ONLY)


def test_a_function_word_after_the_code_ends_the_coded_noun() -> None:
    """Ucp2基因在小鼠 ("in the mouse"), "Cas9 system is not only": the term after the function word names no coded
    object, so the other side's term after the code excuses nothing."""
    found = missing_with(G2)("我们用物质研究Ucp2基因在小鼠中的表达。",
                             "The Ucp2 probe was used to study its expression in the mouse.")
    assert any("“probe”" in m for m in found), found
    found = missing_with(G2)("Cas9 系统已物质是一种工具。", "The Cas9 system is not only a tool.")
    assert any("“not only”" in m for m in found), found


def test_the_file_naming_the_code_by_the_term_elsewhere_keeps_the_finding() -> None:
    """CT55物质 ("material") for "CT55 protein" where the Chinese writes CT55蛋白 in the next sentence: the file names
    the object by the term, another listed term after the code is the term replaced."""
    found = term_missing(G2, ["我们制备了针对CT55物质的抗体。", "CT55蛋白的结构仍不清楚。"],
                         ["We prepared antibodies against CT55 protein.", "The structure of CT55 protein is unclear."])
    assert any("“protein”" in m for m in found), found
    # without the other sentence, two listed nouns on one code stay one object
    assert missing_with(G2)("我们制备了针对CT55物质的抗体。", "We prepared antibodies against CT55 protein.") == []


def test_a_modifier_of_the_coded_product_is_no_function_word() -> None:
    """review50 R1: "N95 or equivalent respirators", N95对应口罩, KN95以上口罩 — "or", 对 of 对应, 以 of 以上 modify the
    coded product; the two listed nouns after the code still name one object."""
    g = gl(RESPIRATOR, MASK)
    for zh, en in (("护士应佩戴N95或同等口罩。", "Nurses should wear N95 or equivalent respirators."),
                   ("护士应佩戴N95对应口罩。", "Nurses should wear N95 or better respirators."),
                   ("护士应佩戴KN95以上口罩。", "Nurses should wear KN95 respirators.")):
        assert missing_with(g)(zh, en) == [], (zh, en)


def test_a_coordinated_second_object_is_no_coded_product() -> None:
    """review50b S10: N95和外科口罩 / "N95 and surgical respirators": the term heads a second, uncoded object (a
    surgical mask is no respirator); the English changed its kind, a replaced term."""
    g = gl(RESPIRATOR, MASK)
    for zh, en in (("医护人员应佩戴N95以及外科口罩。", "Health workers should wear N95 and surgical respirators."),
                   ("医护人员应佩戴N95或者外科口罩。", "Health workers should wear N95 or surgical respirators."),
                   ("医护人员应佩戴N95和外科口罩。", "Health workers should wear N95 and surgical respirators.")):
        assert len(missing_with(g)(zh, en)) == 1, (zh, en)
