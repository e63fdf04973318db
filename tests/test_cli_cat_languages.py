"""Other-language CAT files as a translator meets them, written by translate-toolkit (the library CAT tools' files
are read with): named, one clear line and exit 2 for `check` and `terms`; in a folder, skipped with a note."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = [("The cell secretome is studied.", "Das Zellsekretom wird untersucht."),
         ("Results are shown.", "Die Ergebnisse werden gezeigt.")]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _xliff_de(path: Path) -> Path:
    from translate.storage import xliff

    store = xliff.xlifffile(sourcelanguage="en", targetlanguage="de")  # type: ignore[no-untyped-call]
    for source, target in PAIRS:
        store.addsourceunit(source).target = target  # type: ignore[no-untyped-call]
    path.write_bytes(bytes(store))
    return path


def _tmx_fr(path: Path) -> Path:
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage="en", targetlanguage="fr")  # type: ignore[no-untyped-call]
    for source, target in PAIRS:
        store.addtranslation(source, "en", target, "fr")  # type: ignore[no-untyped-call]
    path.write_bytes(bytes(store))
    return path


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """The bundled Chinese-English XLIFF beside an English-German XLIFF and an English-French TMX."""
    dest = tmp_path / "cat"
    dest.mkdir()
    shutil.copy(SAMPLES / "secretome.xlf", dest)
    _xliff_de(dest / "de.xlf")
    _tmx_fr(dest / "fr.tmx")
    return dest


@pytest.mark.parametrize("command", ["check", "terms"])
@pytest.mark.parametrize("name, languages", [("de.xlf", "en -> de"), ("fr.tmx", "en, fr")])
def test_a_named_other_language_cat_file_is_one_line_and_exit_2(folder: Path, command: str, name: str,
                                                                languages: str) -> None:
    result = run(command, str(folder / name))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"zhen-qa: error: {folder / name}: its languages are {languages}; zhen-qa checks Chinese-English files only"]
    assert result.stdout == ""


def test_terms_skips_other_language_cat_files_in_a_folder_with_a_note(folder: Path) -> None:
    alone = run("terms", str(folder / "secretome.xlf"))
    result = run("terms", str(folder))
    assert result.exit_code == alone.exit_code == 0
    assert result.stdout == alone.stdout and "分泌组" in result.stdout
    assert result.stderr.splitlines()[:2] == [
        f"zhen-qa: note: {folder / 'de.xlf'}: skipped: not Chinese-English (languages en→de)",
        f"zhen-qa: note: {folder / 'fr.tmx'}: skipped: not Chinese-English (languages en, fr)"]
    assert "error" not in result.stderr


def test_check_skips_an_english_french_tmx_in_a_folder(folder: Path) -> None:
    result = run("check", str(folder))
    assert result.exit_code == 1  # the Chinese-English XLIFF's findings
    note = f"zhen-qa: note: {folder / 'fr.tmx'}: skipped: not Chinese-English (languages en, fr)"
    assert note in result.stderr.splitlines()
    assert "fr.tmx" not in result.stdout and "secretome.xlf" in result.stdout


def test_a_tmx_with_chinese_english_units_and_a_french_one_is_read_for_chinese_english(tmp_path: Path) -> None:
    from translate.storage import tmx

    store = tmx.tmxfile(sourcelanguage="en", targetlanguage="zh-CN")  # type: ignore[no-untyped-call]
    store.addtranslation("Results are shown in Table 2.", "en", "结果见表 1。", "zh-CN")  # type: ignore[no-untyped-call]
    store.addtranslation("Results are shown.", "en", "Les résultats.", "fr")  # type: ignore[no-untyped-call]
    path = tmp_path / "multi.tmx"
    path.write_bytes(bytes(store))
    result = run("check", str(path))
    assert result.exit_code == 1 and "its languages" not in result.stderr
    assert "[number-mismatch]" in result.stdout and "[untranslated] no Chinese for: Results are shown." in result.stdout
