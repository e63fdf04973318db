from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.glossary.formats import load
from zhen_qa.glossary.formats.headers import parse_columns, role_of
from zhen_qa.manuscript.errors import InputError


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def pairs(path: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(c.zh, c.en) for c in load(path, **kwargs).concepts]  # type: ignore[arg-type]


@pytest.mark.parametrize("header", ["zh,en", "zh-CN,en-US", "zh_CN,en_GB", "ZH-HANS,EN", "Chinese,English",
                                    "中文,英文", "Chinese term,English term", "zh-TW,en-gb",
                                    "Term [zh-CN],Term [en]", "Source Term (zh-CN),Target Term (en-US)",
                                    "Target Term (zh-CN),Source Term (en-US)", "术语（中文）,术语（英文）"])
def test_columns_named_by_language(tmp_path: Path, header: str) -> None:
    assert pairs(write(tmp_path, "g.csv", f"{header}\n干细胞,stem cell\n")) == [("干细胞", "stem cell")]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_delimiter_is_sniffed_from_the_header(tmp_path: Path, sep: str) -> None:
    text = sep.join(["English", "Chinese", "Comment"]) + "\n" + sep.join(["stem cell", "干细胞", "a, b"]) + "\n"
    g = load(write(tmp_path, "g.csv", text))
    assert [(c.zh, c.en, c.note) for c in g.concepts] == [("干细胞", "stem cell", "a, b" if sep != "," else "a")]


def test_source_target_language_found_from_the_text(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", "source,target\nstem cell,干细胞\nsecretome,分泌组\n")
    assert pairs(p) == [("干细胞", "stem cell"), ("分泌组", "secretome")]
    p = write(tmp_path, "h.csv", "Source Term,Target Term\n干细胞,stem cell\n")
    assert pairs(p) == [("干细胞", "stem cell")]


def test_source_string_with_language_columns_per_row(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", "sourceString,targetString,sourceLang,targetLang\n"
                                 "stem cell,干细胞,en-US,zh-Hans\n"
                                 "分泌组,secretome,zh_CN,en\n"
                                 "stem cell,cellule souche,en,fr\n")
    g = load(p)
    assert [(c.zh, c.en) for c in g.concepts] == [("干细胞", "stem cell"), ("分泌组", "secretome")]
    assert [(pr.kind, pr.message) for pr in g.problems] == [
        ("other-language", "1 row not Chinese-English skipped: en-? (1)")]


def test_two_chinese_columns_fold_traditional_and_simplified(tmp_path: Path) -> None:
    g = load(write(tmp_path, "g.csv", "en,zh-CN,zh-TW\nstem cell,干细胞,幹細胞\nsecretome,分泌组,分泌體\n"))
    assert [(c.zh, c.zh_admitted) for c in g.concepts] == [("干细胞", ()), ("分泌组", ("分泌體",))]
    assert g.problems == ()


def test_columns_option_names_the_term_columns(tmp_path: Path) -> None:
    p = write(tmp_path, "g.csv", "Term,Translation,Remark\nstem cell,干细胞,x\n")
    assert pairs(p, columns={"en": "Term", "zh": "Translation"}) == [("干细胞", "stem cell")]
    with pytest.raises(InputError, match="--columns names 'Termx', which is not in the header"):
        load(p, columns={"en": "Termx", "zh": "Translation"})


def test_parse_columns_and_roles() -> None:
    assert parse_columns("zh=中文 名, en=English") == {"zh": "中文 名", "en": "English"}
    with pytest.raises(ValueError, match="ROLE=COLUMN"):
        parse_columns("fr=x")
    assert [role_of(h) for h in ("Part of speech", "Definition", "notes", "Term ID", "colour")] == [
        "pos", "definition", "note", "id", ""]
    assert [role_of(h) for h in ("Description [en]", "Part of Speech [zh-CN]", "Colour [en]", "Term [fr]")] == [
        "definition", "pos", "", ""]


def test_definition_and_part_of_speech_are_kept(tmp_path: Path) -> None:
    c = load(write(tmp_path, "g.csv", "en,zh,definition,pos\nassay,测定,A test.,noun\n")).concepts[0]
    assert (c.definition, c.details) == ("A test.", ("partOfSpeech noun",))


def test_chinese_cell_listing_alternatives_with_full_width_commas(tmp_path: Path) -> None:
    g = load(write(tmp_path, "g.csv", "English;Chinese\nDietician;饮食专家，营养专家\nTrauma;损伤；（心理）创伤\n"))
    assert [(c.zh, c.zh_admitted) for c in g.concepts] == [("饮食专家", ("营养专家",)), ("损伤", ("（心理）创伤",))]
    assert [p.kind for p in g.problems] == ["several-preferred", "several-preferred"]


@pytest.mark.parametrize("name", ["g.csv", "g.tsv", "g.xlsx"])
def test_a_term_with_a_full_width_comma_survives_a_round_trip(tmp_path: Path, name: str) -> None:
    from zhen_qa.glossary.formats import save
    from zhen_qa.glossary.model import Concept, Glossary

    saying = Concept(id="c1", zh="一不做，二不休", en="in for a penny, in for a pound", zh_admitted=("损伤；创伤",))
    plain = Concept(id="c2", zh="干细胞", en="stem cell", zh_deprecated=("幹細胞，干细胞株",))
    path = str(tmp_path / name)
    save(Glossary.build([saying, plain]), path)
    g = load(path)
    assert g.concepts == (saying, plain)
    assert g.problems == ()


def test_a_file_using_bars_keeps_full_width_commas_inside_terms(tmp_path: Path) -> None:
    g = load(write(tmp_path, "g.csv", "English,Chinese\nDietician,饮食专家|营养专家\nsaying,一不做，二不休\n"))
    assert [(c.zh, c.zh_admitted) for c in g.concepts] == [("饮食专家", ("营养专家",)), ("一不做，二不休", ())]
