from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.glossaries import sample_concepts
from zhen_qa.glossary.formats import load, save, validate
from zhen_qa.glossary.model import Glossary
from zhen_qa.manuscript.errors import InputError

HEADER = "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def test_reads_cells_and_pipes(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", HEADER + 'sec,分泌组,secretome,,,分泌物|分泌体| 分泌物组 ,,"note, with comma"\n')
    g = load(p)
    c = g.concept("sec")
    assert (c.zh, c.en, c.zh_deprecated, c.note) == ("分泌组", "secretome", ("分泌物", "分泌体", "分泌物组"),
                                                      "note, with comma")


def test_round_trip_csv_and_tsv(tmp_path: Path) -> None:
    g = Glossary.build(sample_concepts())
    for name in ("out.csv", "out.tsv"):
        path = str(tmp_path / name)
        save(g, path)
        again = load(path)
        assert again.checksum == g.checksum
        assert again.concept("who").case_sensitive
    assert "\t" in (tmp_path / "out.tsv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_bom_and_gb18030_are_read(tmp_path: Path) -> None:
    p = write(tmp_path, "bom.csv", "\ufeff" + HEADER + "a,干细胞,stem cell,,,,,\n")
    assert load(p).concept("a").zh == "干细胞"
    p = write(tmp_path, "gb.csv", HEADER + "a,干细胞,stem cell,,,,,\n", encoding="gb18030")
    assert load(p).concept("a").zh == "干细胞"


@pytest.mark.parametrize("text, expected", [
    (HEADER + 'a,"干细胞,stem cell,,,,,\n',
     "g.csv: line 2, field zh: the quote that opens this cell is never closed; add the closing quote"),
    (HEADER + 'a,干细胞,stem cell,,,,,\nb,祖细胞,"progenitor,,,,,\nc,x,y,,,,,\n',
     "g.csv: line 3, field en: the quote that opens this cell is never closed"),
    (HEADER + 'a,"干"细胞,stem cell,,,,,\n', "g.csv: line 2, field zh: text after the closing quote"),
    (HEADER + 'a,干细胞,"stem ""cell""\r\nline",,,,,"x"y\r\n', "g.csv: line 3, field note: text after the closing"),
    ('id,"zh\n', "g.csv: line 1, field 2: the quote that opens this cell is never closed"),
    ("", "g.csv: line 1: empty file"),
    ("id,zh\n", "g.csv: line 1: no Chinese and English term columns in the header (id, zh)"),
    ("id;Term;Comment\na;x;y\n",
     "g.csv: line 1: no Chinese and English term columns in the header (id, Term, Comment)"),
    ("source,target\nstem cell,cellule souche\nassay,essai\n",  # a translate-toolkit table of another pair
     "g.csv: no Chinese in the source and target columns (no cell has a Han character)"),
])
def test_unreadable_files_are_one_error_naming_line_and_field(tmp_path: Path, text: str, expected: str) -> None:
    p = write(tmp_path, "g.csv", text)
    with pytest.raises(InputError) as err:
        load(p)
    assert str(err.value).replace(str(tmp_path) + "/", "").startswith(expected)


@pytest.mark.parametrize("text, kind, expected", [
    (HEADER + "a,干细胞,stem cell,,,x||y,,\n", "empty-term", "g.csv: line 2, field zh_deprecated: empty term"),
    (HEADER + "a,干细胞,stem cell,,,,,\nb,祖细胞,,,,干细胞|,,\n", "empty-term",
     "g.csv: line 3, field zh_deprecated: empty term between '|' separators; skipped"),
    ("id,zh,en,colour\na,干细胞,stem cell,red\n", "unknown-column",
     "g.csv: line 1: column 'colour' not understood; ignored"),
    (HEADER + "a,干细胞|祖细胞,stem cell,,,,,\n", "several-preferred",
     "g.csv: line 2, field zh: 2 preferred terms; the first kept as preferred, the others as admitted"),
    (HEADER + "a,干细胞,stem cell,,,干细胞,,\n", "duplicate-term",
     "g.csv: line 2, field zh_deprecated: term '干细胞' in concept 'a': listed twice; merged (kept in field zh)"),
    (HEADER + "a,干细胞,stem cell,,Stem cell ,,,\n", "duplicate-term",
     "g.csv: line 2, field en_admitted: term 'Stem cell' in concept 'a': same term as 'stem cell'; merged"),
    ("id,zh,en\na,干细胞,stem cell\na,祖细胞,progenitor\n", "duplicate-id",
     "g.csv: line 3, field id: duplicate id 'a' (first at line 2); renumbered 'a-2'"),
    ("id,zh,en\nsecretome,分泌组\n", "row-width",
     "g.csv: line 2: 2 cells, the header has 3 columns; missing cells taken as empty"),
    ("id,zh,en\na,分泌组,secretome,,x\n", "row-width",
     "g.csv: line 2: 5 cells, the header has 3 columns; extra cells ignored"),
    ("id,zh,en,case_sensitive\na,分泌组,secretome,maybe\n", "bad-value",
     "g.csv: line 2, field case_sensitive: expected true or false, got 'maybe'; taken as false"),
    ("id,zh,en\na,,\n", "no-terms", "g.csv: line 2, field term: concept 'a' has no terms; skipped"),
])
def test_problems_are_repaired_and_reported_or_errors_when_strict(tmp_path: Path, text: str, kind: str,
                                                                   expected: str) -> None:
    p = write(tmp_path, "g.csv", text)
    problems = load(p).problems
    assert [pr.kind for pr in problems] == [kind]
    assert str(problems[0]).replace(str(tmp_path) + "/", "").startswith(expected)
    with pytest.raises(InputError) as err:
        load(p, strict=True)
    assert str(err.value).replace(str(tmp_path) + "/", "").startswith(expected)


def test_empty_id_cell_gets_the_line_number(tmp_path: Path) -> None:
    g = load(write(tmp_path, "g.csv", HEADER + ',干细胞,stem cell,,,,,\n'))
    assert [c.id for c in g.concepts] == ["c2"] and g.problems == ()


def test_line_numbers_count_multiline_cells(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", HEADER + 'a,干细胞,stem cell,,,,,"two\nlines"\nb,祖细胞,,,,x|,,\n')
    assert [str(pr).rsplit("/", 1)[-1] for pr in load(p).problems] == [
        "g.csv: line 4, field zh_deprecated: empty term between '|' separators; skipped"]


def test_homonyms_load_and_validate_clean(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", HEADER + "a,干细胞,stem cell,,,,,\nb,幹細胞,stem-cell,,,,,\n")
    assert validate(p) == []
    g = load(p)
    assert [c.id for c in g.concepts] == ["a", "b"]
    (m,) = g.matchers().en.find("a stem cell")
    assert (m.concept_id, m.others) == ("a", ("b",))


def test_unknown_extension_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown glossary format '.json'"):
        load(write(tmp_path, "g.json", "{}"))


def test_a_folder_is_not_called_an_unknown_format(tmp_path: Path) -> None:
    # `--glossary terms/` was told "unknown glossary format '(no extension)'"; terms.csv/ the same with '.csv' read
    for name in ("terms", "terms.csv"):
        (tmp_path / name).mkdir()
        with pytest.raises(InputError, match=f"{name}: is a folder, not a glossary file"):
            load(str(tmp_path / name))


def test_binary_glossary_is_called_a_glossary(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"id,zh,en\x00\x01\x02")
    with pytest.raises(InputError) as err:
        load(str(path))
    assert str(err.value) == f"{path}: not a text glossary (binary data or NUL bytes); save it as UTF-8 text"


@settings(max_examples=300, deadline=None)
@given(body=st.text(alphabet='a,"\n\r\t 分|', max_size=40))
def test_any_quoting_gives_concepts_or_one_input_error(tmp_path_factory: pytest.TempPathFactory, body: str) -> None:
    path = tmp_path_factory.mktemp("q") / "g.csv"
    path.write_text("id,zh,en\n" + body, encoding="utf-8", newline="")
    try:
        load(str(path))
    except InputError as exc:
        assert "\n" not in str(exc)
        assert "unbalanced quotes?" not in str(exc), str(exc)  # every quote problem is located


def test_tsv_row_width_is_checked_with_quoted_tabs_allowed(tmp_path: Path) -> None:
    ok = write(tmp_path, "ok.tsv", 'id\tzh\ten\tnote\na\t分泌组\tsecretome\t"a\tnote"\n')
    assert load(ok).concept("a").note == "a\tnote"
    short = write(tmp_path, "short.tsv", "id\tzh\ten\nb\t外泌体\n")
    assert str(load(short).problems[0]).endswith("short.tsv: line 2: 2 cells, the header has 3 columns; missing "
                                                  "cells taken as empty")
