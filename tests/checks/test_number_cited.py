"""number-mismatch: citation markers flattened onto the text are not numbers."""
from __future__ import annotations

from tests.checks.numbers_kit import check


def test_a_number_glued_to_a_citation_in_the_chinese_is_there() -> None:
    zh = "自身抗体是抗胶原蛋白链的非胶原结构域72。"
    assert check(zh, "The autoantibody is expressed against the noncollagenous domain 7 of the chain.2") == []
    (f,) = check(zh, "The autoantibody is expressed against the noncollagenous domain 6 of the chain.2")
    assert f.rule == "number-mismatch" and '"6"' in f.message


def test_flattened_references_are_not_numbers_nor_changed_names() -> None:
    assert check("存在ALK重排134,135，且预后较差。", "ALK rearrangements134,135 were associated with it.") == []
    assert check("维生素B1有效31。", "Vitamin B131 was effective.") == []
    (f,) = check("维生素B1有效。", "Vitamin B131 was effective.")  # no reference 31: the name changed
    assert '"B131"' in f.message
    (g,) = check("共纳入134,135例。", "A total of 134,136 patients were enrolled.")
    assert '"134,135"' in g.message


def test_a_number_and_a_citation_glued_together_split_on_the_other_sides_evidence() -> None:
    # a reference then a number: 31 is the English "version31" (a flattened superscript), 5 the "5-item"
    zh = "该量表改编自英文版315项评分。"
    assert check(zh, "The scale was adapted from the English version31 of the 5-item score.") == []
    # a number then a reference, cited at the end or glued to an acronym the Chinese writes bare
    assert check("阿司匹林组的需治疗人数为1842。", "The number needed to treat was 18 with aspirin.42") == []
    en = "The number needed to treat was 15 with bystander CPR37 and more."
    assert check("旁观者CPR的需治疗人数为1537。", en) == []
    # without the English citation the digits are one changed number
    (f,) = check(zh, "The scale was adapted from the English version of the 5-item score.")
    assert '"315"' in f.message and '"5"' in f.message
    # a reference the Chinese cites itself is not glued onto its number
    (g,) = check("该量表改编自英文版315项评分31。", "It was adapted from the English version31 of the 5-item score.")
    assert '"315"' in g.message
    # digits after a bracket are a number unless the other side cites them (411,534 cases, a changed 411,535)
    (h,) = check("（ABC研究）411,534例患者入组。", "The ABC study enrolled 411,535 patients.")
    assert '"411,534"' in h.message


def test_a_list_written_with_other_separators_is_the_same_list() -> None:
    # FGF21 and references 22, 23 flattened: one comma lost in the Chinese
    en = "including fibroblast growth factor 21,22,23 and others."
    assert check("包括成纤维细胞生长因子2122，23，以及其他因子。", en) == []
    # a citation list the corpus spaced, read as two thousands numbers
    assert check("这些信息与临床变量相互独立65,101 , 103,107，因此有用。",
                 "This is orthogonal to clinical variables, 65,101,103,107 and therefore useful.") == []
    # a digit changed is no longer the same list
    assert check("包括成纤维细胞生长因子2122，24，以及其他因子。", en)


def test_a_reference_glued_onto_a_name_the_other_side_separates() -> None:
    # B1 and reference 31 flattened into B131; the English keeps the comma: "aflatoxin B1,31"
    zh = "肝癌的原因是否为暴露于黄曲霉毒素B131，紫外线如何造成黑色素瘤。"
    en = "whether a carcinoma arose through exposure to aflatoxin B1,31 how ultraviolet light shaped a melanoma."
    assert check(zh, en) == []
    assert check(zh, en.replace("B1,31", "B1,32"))  # another reference: not the same text
