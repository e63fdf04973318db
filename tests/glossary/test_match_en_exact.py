"""English term matcher: exact forms, exact offsets, hard boundaries."""
from __future__ import annotations

import pytest

from zhen_qa.glossary.match_en import EnMatcher, inflections, irregular, suffixes, word_mask
from zhen_qa.glossary.model import Concept, Glossary, TermStatus

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


@pytest.mark.parametrize(
    "last,endings",
    [
        ("", ()), ("3", ()), ("cell'", ()), ("mass", ("'",)), ("index", ("es", "es'", "'s")),
        ("buzz", ("es", "es'", "'s")),
        ("church", ("es", "es'", "'s")), ("wish", ("es", "es'", "'s")), ("therapy", ("'s",)), ("THERAPY", ("'s",)),
        ("relay", ("s", "'s", "s'")), ("cell", ("s", "'s", "s'")),
        # issue 13: no endings below 4 letters ("has" is not HA + s) or on function words; acronyms take only "s"
        ("box", ()), ("day", ()), ("y", ()), ("has", ()), ("other", ()), ("HA", ("s",)), ("MSC", ("s",)), ("A", ()),
    ],
)
def test_suffixes_exact(last: str, endings: tuple[str, ...]) -> None:
    assert suffixes(last) == endings


@pytest.mark.parametrize(
    "term,variants",
    [
        ("Alzheimer's disease", ["Alzheimers disease"]),
        ("therapy", ["therapies", "therapies'"]),
        ("gene therapy", ["gene therapies", "gene therapies'"]),
        ("day", []), ("y", []), ("a1y", []),
        ("analysis", ["analyses"]), ("axis", ["axes"]), ("his", []),
        ("medium", ["media"]), ("rum", []),
        ("nucleus", ["nuclei"]), ("bus", []),
        ("antibodies", ["antibody"]), ("ties", []),
        ("vesicles", ["vesicle"]), ("cells", ["cell"]), ("tips", []), ("mass", []), ("cell's", ["cells"]),
    ],
)
def test_irregular_exact(term: str, variants: list[str]) -> None:
    assert irregular(term) == variants


def test_inflections_exact() -> None:
    assert inflections("cell") == ["cell", "cells", "cell's", "cells'"]
    assert inflections("therapy") == ["therapy", "therapy's", "therapies'", "therapies", "therapies'"]
    assert inflections("index") == ["index", "indexes", "indexes'", "index's", "indices'", "indices"]
    assert inflections("box") == ["box"]  # shorter than 4 letters (issue 13)
    assert inflections("MSC") == ["MSC", "MSCs"]
    assert inflections("mass") == ["mass", "mass'"]


def test_word_mask_exact() -> None:
    assert word_mask("ab 分c_1é，Ｘ-") == "ab  c 1é   "
    assert len(word_mask("分泌组(secretome)")) == len("分泌组(secretome)")
    below = "".join(map(chr, range(0x2E80)))  # the path for text without CJK, and the general one, per character
    assert word_mask(below) == "".join(ch if ch.isalnum() else " " for ch in below)
    assert word_mask(below + "分") == word_mask(below) + " "


def find(concepts: list[Concept], text: str) -> list[tuple[int, int, str, str, TermStatus]]:
    """Matches without their homonyms: no test below lists one term in two concepts (see test_homonyms_exact)."""
    found = Glossary.build(concepts).matchers().en.find(text)
    assert [m.others for m in found] == [()] * len(found)
    return [(m.start, m.end, m.concept_id, m.form, m.status) for m in found]


def test_homonyms_exact() -> None:
    concepts = [Concept("a", en="culture", en_deprecated=("cell culture",)), Concept("b", en="cell culture"),
                Concept("c", zh="培养", en_deprecated=("culture",))]
    got = Glossary.build(concepts).matchers().en.find("a cell culture, a culture")
    assert [tuple(m) for m in got] == [(2, 14, "b", "cell culture", P, ("a",)), (18, 25, "a", "culture", P, ("c",))]


SC = Concept("sc", en="stem cell", en_admitted=("progenitor cell",), en_deprecated=("stemcell",))


def test_offsets_of_each_status() -> None:
    text = "A stem cell, a stemcell, a Progenitor Cells."
    assert find([SC], text) == [
        (2, 11, "sc", "stem cell", P), (15, 23, "sc", "stemcell", D), (27, 43, "sc", "progenitor cell", A)]


def test_admitted_form_is_reported_with_its_own_form() -> None:
    c = Concept("msc", en="mesenchymal stem cell", en_admitted=("mesenchymal stromal cell",))
    assert find([c], "mesenchymal stromal cells") == [(0, 25, "msc", "mesenchymal stromal cell", A)]


@pytest.mark.parametrize(
    "text,span",
    [
        ("cell", (0, 4)), ("cells", (0, 5)), ("cell's", (0, 6)), ("cells'", (0, 6)), ("cells.", (0, 5)),
        ("the cell", (4, 8)), ("(cell)", (1, 5)), ("细胞cell细胞", (2, 6)), ("CELL", (0, 4)),
        ("cellar", None), ("xcell", None), ("cell1", None), ("1cell", None), ("cells1", None), ("cellss", None),
    ],
)
def test_boundaries_and_endings(text: str, span: tuple[int, int] | None) -> None:
    got = find([Concept("c", en="cell")], text)
    assert got == ([] if span is None else [(*span, "c", "cell", P)])


def test_y_plural_and_possessives() -> None:
    c = Concept("t", en="therapy")
    text = "therapy therapies therapies' therapy's therapys"
    assert [(s, e) for s, e, *_ in find([c], text)] == [(0, 7), (8, 17), (18, 28), (29, 38)]


def test_leftmost_longest_and_listed_before_variants() -> None:
    concepts = [Concept("gap", en="thermal gap pad", en_deprecated=("gap pad",)), Concept("pad", en="pad")]
    text = "a thermal gap pad, a gap pad, a pad"
    assert find(concepts, text) == [
        (2, 17, "gap", "thermal gap pad", P), (21, 28, "gap", "gap pad", D), (32, 35, "pad", "pad", P)]


def test_overlap_keeps_the_earlier_start() -> None:
    concepts = [Concept("a", en="stem cell"), Concept("b", en="cell therapy")]
    assert find(concepts, "stem cell therapy") == [(0, 9, "a", "stem cell", P)]


def test_case_sensitive_needs_exact_case() -> None:
    concepts = [Concept("who", en="WHO", case_sensitive=True)]
    assert find(concepts, "who WHO Who WHOs") == [(4, 7, "who", "WHO", P), (12, 16, "who", "WHO", P)]


def test_spaces_runs_map_to_original_offsets() -> None:
    text = "x  stem   cells y"
    assert find([SC], text) == [(3, 15, "sc", "stem cell", P)]
    assert find([SC], "  stem cell") == [(2, 11, "sc", "stem cell", P)]


def test_empty_matcher_and_text() -> None:
    assert EnMatcher(Glossary.build([Concept("z", zh="分泌组")])).find("secretome") == []
    assert find([SC], "") == []
    assert len(EnMatcher(Glossary.build([SC]))) == 3


def _hits(concepts: list[Concept], text: str) -> list[tuple[int, int, frozenset[str], TermStatus]]:
    """Matches with every concept they satisfy, whatever concept comes first in the glossary."""
    return [(m.start, m.end, frozenset(m.concepts), m.status)
            for m in Glossary.build(concepts).matchers().en.find(text)]


CASED = [Concept("cased", en="Ab", case_sensitive=True), Concept("plain", en="ab")]


@pytest.mark.parametrize("text, expected", [
    ("an ab here", [(3, 5, frozenset({"plain"}), P)]),  # "ab" is not the case-sensitive "Ab"
    ("an Ab here", [(3, 5, frozenset({"cased", "plain"}), P)]),
    ("an AB here", [(3, 5, frozenset({"plain"}), P)]),
])
def test_one_term_listed_case_sensitively_and_not_gives_the_same_hits_in_any_order(
        text: str, expected: list[tuple[int, int, frozenset[str], TermStatus]]) -> None:
    assert _hits(CASED, text) == expected
    assert _hits(CASED[::-1], text) == expected


@pytest.mark.parametrize("concepts, text, expected", [
    ([Concept("who", en="WHO"), Concept("pron", en="who", en_deprecated=("whom",))],  # an acronym and a word
     "The WHO and who.", [(4, 7, frozenset({"who", "pron"}), P), (12, 15, frozenset({"pron"}), P)]),
    ([Concept("msc", en="MSC"), Concept("misc", en="msc")],
     "MSCs, MSC and msc", [(0, 4, frozenset({"msc"}), P), (6, 9, frozenset({"msc", "misc"}), P),
                           (14, 17, frozenset({"misc"}), P)]),
    ([Concept("msc", en="MSC"), Concept("misc", en_deprecated=("mscs",))],  # one span, two keys: both concepts
     "Many MSCs", [(5, 9, frozenset({"msc", "misc"}), P)]),
    ([Concept("x", en="analysis"), Concept("y", en_deprecated=("analysis",))],  # variants of two concepts
     "two analyses", [(4, 12, frozenset({"x", "y"}), P)]),
])
def test_hits_do_not_depend_on_concept_order(concepts: list[Concept], text: str,
                                             expected: list[tuple[int, int, frozenset[str], TermStatus]]) -> None:
    assert _hits(concepts, text) == expected
    assert _hits(concepts[::-1], text) == expected
