"""The Word review of a CAT file: a table of its units, each finding a comment on the segment's characters."""
from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from tests.report.test_docx_review import anchored_texts
from zhen_qa.cli import main

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
  <trans-unit id="u1">
   <source>分泌组含有<g id="1">生长因子</g>。</source>
   <target>The secretome contains <g id="1">growth factors</g>.</target>
  </trans-unit>
  <trans-unit id="u2">
   <source>已有350项试验。</source>
   <target>About 530 trials.</target>
  </trans-unit>
  <trans-unit id="u3">
   <source>再生医学发展迅速。</source>
   <target></target>
  </trans-unit>
 </body></file>
</xliff>
"""


def test_a_cat_file_is_reviewed_as_a_table_of_its_units_with_findings(tmp_path: Path) -> None:
    """By default only the units with a finding are rows, each keeping its number among the checked units and its id
    (the reviewer finds it in the CAT tool by them); a paragraph says how many units had none and how to list all."""
    path = tmp_path / "a.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    out = tmp_path / "r.docx"
    CliRunner().invoke(main, ["check", str(path), "-o", str(out)], catch_exceptions=False)
    document = docx.Document(str(out))
    (table,) = document.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [["#", "Unit", "Source (Chinese)", "Target (English)"],
                    ["2", "u2", "已有350项试验。", "About 530 trials."],
                    ["3", "u3", "再生医学发展迅速。", ""]]
    assert any(p.text.startswith("1 unit without findings is not shown (check --all-units lists every unit)")
               for p in document.paragraphs)
    assert sorted(anchored_texts(out).values()) == ["530", "再生医学发展迅速。"]


def test_a_cat_file_without_findings_has_no_table_but_says_so(tmp_path: Path) -> None:
    path = tmp_path / "a.xlf"
    path.write_text(XLIFF.replace("530", "350").replace("<target></target>", "<target>Fast.</target>"),
                    encoding="utf-8")
    out = tmp_path / "r.docx"
    CliRunner().invoke(main, ["check", str(path), "-o", str(out), "--select", "number-mismatch"],
                       catch_exceptions=False)
    document = docx.Document(str(out))
    assert not document.tables
    assert any(p.text.startswith("3 units without findings are not shown") for p in document.paragraphs)


def test_a_cat_file_is_reviewed_as_a_table_of_units(tmp_path: Path) -> None:
    """One row a unit (number, id, source, target, the markup left out), not the XML lines; the number-mismatch
    comment sits on "530" of the target, the untranslated one on the source of the unit without a target."""
    path = tmp_path / "a.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    out = tmp_path / "r.docx"
    result = CliRunner().invoke(main, ["check", str(path), "-o", str(out), "--all-units"], catch_exceptions=False)
    assert result.exit_code == 1
    document = docx.Document(str(out))
    (table,) = document.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [["#", "Unit", "Source (Chinese)", "Target (English)"],
                    ["1", "u1", "分泌组含有生长因子。", "The secretome contains growth factors."],
                    ["2", "u2", "已有350项试验。", "About 530 trials."],
                    ["3", "u3", "再生医学发展迅速。", ""]]
    assert not any("<trans-unit" in p.text for p in document.paragraphs)
    assert sorted(anchored_texts(out).values()) == ["530", "再生医学发展迅速。"]


def test_the_review_says_what_was_left_out_and_include_locked_checks_it(tmp_path: Path) -> None:
    """A locked Trados segment is not in the table, a note above it says so; --include-locked puts it back."""
    from tests.manuscript.test_cat import SDL_LOCKED

    path = tmp_path / "a.sdlxliff"
    path.write_text(SDL_LOCKED, encoding="utf-8")
    out = tmp_path / "r.docx"
    CliRunner().invoke(main, ["check", str(path), "-o", str(out), "--all-units"], catch_exceptions=False)
    document = docx.Document(str(out))
    assert any(p.text.startswith("Note: 1 locked segment not checked") for p in document.paragraphs)
    assert [row.cells[1].text for row in document.tables[0].rows][1:] == ["t1:2"]
    result = CliRunner().invoke(main, ["check", str(path), "--include-locked"], catch_exceptions=False)
    assert "number-mismatch" in result.output and "locked" not in result.output


def test_a_unit_number_of_four_digits_is_not_broken_over_lines(tmp_path: Path) -> None:
    """The number column was 1 cm whatever the numbers: LibreOffice showed unit 196 of gnome-calculator's PO file as
    "19" over "6". It is as wide as the largest number shown needs (the unit id column gives the difference up), so
    the four columns still fill the 17.6 cm between the margins."""
    from docx.shared import Cm

    units = "".join(f'<trans-unit id="u{k}"><source>第{k}项。</source><target>Item {k}.</target></trans-unit>'
                    for k in range(1, 1235))
    bad = '<trans-unit id="last"><source>已有350项试验。</source><target>About 530 trials.</target></trans-unit>'
    path = tmp_path / "a.xlf"
    path.write_text(XLIFF.split("<body>")[0] + "<body>" + units + bad + " </body></file>\n</xliff>\n",
                    encoding="utf-8")
    out = tmp_path / "r.docx"
    CliRunner().invoke(main, ["check", str(path), "-o", str(out), "--select", "number-mismatch"],
                       catch_exceptions=False)
    (table,) = docx.Document(str(out)).tables
    assert [c.text for c in table.rows[1].cells][:2] == ["1235", "last"]
    grid = [col.width for col in table.columns]
    assert grid[0] >= Cm(1.7) and abs(sum(grid) - Cm(17.6)) < Cm(0.01), [g.cm for g in grid]
    assert all(cell.width == grid[k] for row in table.rows for k, cell in enumerate(row.cells))


def test_all_units_without_a_word_review_is_a_usage_error_and_without_a_cat_file_a_note(tmp_path: Path) -> None:
    """--all-units shapes the Word review of a CAT file only: with any other output it is a usage error (exit 2,
    one line) instead of being ignored, and a Word review of manuscripts alone says it had nothing to list."""
    path = tmp_path / "a.xlf"
    path.write_text(XLIFF, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--all-units"])
    assert result.exit_code == 2
    assert "--all-units goes with the Word review of a CAT file (-o REVIEW.docx or --format docx)" in result.output
    result = CliRunner().invoke(main, ["check", str(path), "--all-units", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 2
    zh, en = tmp_path / "b.zh.txt", tmp_path / "b.en.txt"
    zh.write_text("再生医学发展迅速。\n", encoding="utf-8")
    en.write_text("Regenerative medicine is growing fast.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(zh), "--en", str(en), "-o", str(tmp_path / "r.docx"),
                                       "--all-units"], catch_exceptions=False)
    assert "note: --all-units lists the units of CAT files" in result.output
