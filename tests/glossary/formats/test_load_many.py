from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import load, load_many
from zhen_qa.manuscript.errors import InputError

HEADER = "id,zh,en\n"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_concepts_of_every_file_are_merged(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "sec,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "sc,干细胞,stem cell\n")
    g = load_many([a, b])
    assert [c.id for c in g.concepts] == ["sec", "sc"]
    assert g.checksum == load_many([b, a]).checksum


def test_term_in_two_files_is_a_homonym(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "secretome,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "sc,干细胞,stem cell\nsecretion,分泌组,secretion\n")
    g = load_many([a, b])
    assert g.problems == ()
    (m,) = g.matchers().zh.find("分泌组")
    assert (m.concept_id, m.others) == ("secretome", ("secretion",))


def test_duplicate_id_across_files_is_renumbered_naming_both_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "x,外泌体,exosome\n")
    g = load_many([a, b])
    assert [c.id for c in g.concepts] == ["x", "x-2"]
    assert [str(p) for p in g.problems] == [f"{b}: line 2, field id: duplicate id 'x' (first at {a}: line 2); "
                                            "renumbered 'x-2'"]
    with pytest.raises(InputError, match="duplicate id 'x'"):
        load_many([a, b], strict=True)


def test_problem_inside_one_file_names_that_file_alone(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    b = write(tmp_path, "b.csv", HEADER + "y,外泌体,exosome\ny,外泌体,exosomes\n")
    g = load_many([a, b])
    assert [str(p) for p in g.problems] == [f"{b}: line 3, field id: duplicate id 'y' (first at line 2); "
                                            "renumbered 'y-2'"]


def test_same_file_twice_is_read_once_and_one_file_is_plain_load(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER + "x,分泌组,secretome\n")
    assert load_many([a, str(tmp_path / "." / "a.csv")]).checksum == load(a).checksum
    assert load_many([a]).path == a
    assert len(load_many([])) == 0
