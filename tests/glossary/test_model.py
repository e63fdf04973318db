from __future__ import annotations

import pytest

from tests.glossaries import sample_concepts
from zhen_qa.glossary.model import Concept, Glossary, TermStatus, concept_problems
from zhen_qa.manuscript.errors import InputError


def test_terms_lists_statuses_in_order() -> None:
    c = Concept("x", "分泌组", "secretome", zh_admitted=("分泌组群",), zh_deprecated=("分泌物",))
    assert [(t, s) for t, s, _f in c.terms("zh")] == [
        ("分泌组", TermStatus.PREFERRED), ("分泌组群", TermStatus.ADMITTED), ("分泌物", TermStatus.DEPRECATED)]
    assert c.preferred("en") == "secretome"
    assert c.accepted("zh") == ("分泌组", "分泌组群")


def test_checksum_ignores_order_and_changes_with_content() -> None:
    a = Glossary.build(sample_concepts())
    b = Glossary.build(list(reversed(sample_concepts())))
    assert a.checksum == b.checksum and a.checksum.startswith("sha256:")
    changed = sample_concepts()
    changed[0] = Concept("secretome", "分泌组", "secretomes")
    assert Glossary.build(changed).checksum != a.checksum


def test_translation_pairs_cover_accepted_terms_only() -> None:
    g = Glossary.build(sample_concepts())
    pairs = g.translation_pairs()
    assert ("间充质干细胞", "mesenchymal stromal cell") in pairs
    assert ("胞外囊泡", "extracellular vesicle") in pairs
    assert not any(zh == "分泌物" for zh, _en in pairs)
    assert not any(en == "Alzheimer disease" for _zh, en in pairs)


def test_term_claimed_by_two_concepts_is_a_homonym_and_loads() -> None:
    concepts = [Concept("a", "分泌组", "secretome"), Concept("b", "分泌物", "secretion", zh_admitted=("分泌組",))]
    g = Glossary.build(concepts, "g.csv", ["line 2", "line 3"], strict=True)
    (m,) = g.matchers().zh.find("分泌組")
    assert (m.concept_id, m.concepts) == ("a", ("a", "b"))


def test_preferred_and_deprecated_at_once_keeps_the_preferred() -> None:
    g = Glossary.build([Concept("a", "分泌组", "secretome", zh_deprecated=("分泌组",))], "g.csv", ["line 2"])
    assert g.concept("a").zh_deprecated == ()
    assert [str(p) for p in g.problems] == [
        "g.csv: line 2, field zh_deprecated: term '分泌组' in concept 'a': listed twice; merged (kept in field zh)"]
    with pytest.raises(InputError, match="listed twice"):
        Glossary.build([Concept("a", "分泌组", "secretome", zh_deprecated=("分泌组",))], "g.csv", strict=True)


def test_case_hyphen_and_script_variants_in_one_concept_merge() -> None:
    g = Glossary.build([Concept("a", "干细胞", "stem cell", zh_admitted=("幹細胞",), en_admitted=("Stem-Cell",))])
    c = g.concept("a")
    assert (c.zh_admitted, c.en_admitted) == ((), ())
    assert [p.kind for p in g.problems] == ["duplicate-term"]  # the script variant is silent


def test_duplicate_and_empty_ids_and_empty_concepts() -> None:
    problems = concept_problems([Concept("a", "甲"), Concept("a", "乙"), Concept(" ", "丙"), Concept("d")])
    assert problems == [
        "glossary: concept 2, field id: duplicate id 'a' (first at concept 1); renumbered 'a-2'",
        "glossary: concept 3, field id: empty id; renumbered 'c3'",
        "glossary: concept 4, field term: concept 'd' has no terms; skipped",
    ]


def test_matchers_are_built_once() -> None:
    g = Glossary.build(sample_concepts())
    assert g.matchers() is g.matchers()
    zh, en = g.matchers()
    assert zh.find("分泌组")[0].concept_id == "secretome"
    assert en.find("secretome")[0].concept_id == "secretome"


def test_pickles_without_its_matchers() -> None:
    import pickle

    g = Glossary.build(sample_concepts())
    assert g.matchers().zh.find("肝病毒和肝病")  # builds the matchers and a jieba tokenizer
    again = pickle.loads(pickle.dumps(g))
    assert again == g and again.checksum == g.checksum
    assert [m.form for m in again.matchers().zh.find("肝病毒和肝病")] == ["肝病"]


def test_pickled_glossary_carries_its_checksum_not_its_matchers() -> None:
    import pickle

    g = Glossary.build([Concept("s", "分泌组", "secretome", zh_deprecated=("分泌物",))], "g.csv")
    g.matchers().zh.find("分泌物")
    back = pickle.loads(pickle.dumps(g))
    assert "checksum" in vars(back) and back.checksum == g.checksum  # not worked out again after loading
    assert "_matchers" not in vars(back)
    assert back == g


def test_concept_pickles_its_id_and_the_fields_set() -> None:
    """The defaults stay out of the pickle (the class holds them); an unpickled concept equals the original."""
    import pickle

    plain = Concept("c1", "分泌组", "secretome")
    full = Concept("c2", "分泌组", "secretome", zh_admitted=("分泌蛋白组",), en_admitted=("secretomics",),
                   zh_deprecated=("分泌物",), en_deprecated=("secretion",), note="n", case_sensitive=True,
                   definition="d", details=("x",))
    assert plain.__getstate__() == {"id": "c1", "zh": "分泌组", "en": "secretome"}
    assert Concept("c3").__getstate__() == {"id": "c3"}
    for c in (plain, full, Concept("c3")):
        back = pickle.loads(pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == c and hash(back) == hash(c) and back.accepted("zh") == c.accepted("zh")
    assert len(full.__getstate__()) == 11


def test_english_deprecated_in_zh_is_an_english_term_listed_among_the_deprecated_chinese_terms() -> None:
    """A termbase saying the Chinese must not keep the English word lists that word as a deprecated Chinese term
    (stop 70): any of the concept's English terms, in any case; a deprecated Chinese word alone says nothing of it."""
    assert Concept("label", zh="标签", en="label", zh_deprecated=("Label",)).english_deprecated_in_zh()
    assert Concept("label", zh="标签", en="label", en_admitted=("labels",),
                   zh_deprecated=("标记", "labels")).english_deprecated_in_zh()
    assert not Concept("label", zh="标签", en="label", zh_deprecated=("标记",)).english_deprecated_in_zh()
    assert not Concept("label", zh="标签", en="label").english_deprecated_in_zh()
    assert not Concept("label", zh="标签", en="label", en_deprecated=("label",)).english_deprecated_in_zh()
