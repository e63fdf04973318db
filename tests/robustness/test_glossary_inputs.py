"""Bad glossaries through the CLI: exit 2 with file, line and field; hostile TBX is refused quickly, leaking nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.glossaries import workbook
from tests.measure import measured
from tests.robustness.conftest import assert_clean_error, run_cli

HEADER = "id,zh,en,zh_admitted,en_admitted,zh_deprecated,en_deprecated,note\n"

BAD_CSV = [
    # (content, needles of the one error line); problems are warnings, errors with --strict
    ("id,zh,en,colour\nsecretome,分泌组,secretome,red\n", ("line 1", "column 'colour' not understood")),
    ("id,zh,en,zh\nsecretome,分泌组,secretome,分泌组\n", ("line 2", "field zh_admitted", "listed twice")),
    ("id,zh,en\nsecretome,分泌组,secretome,extra\n", ("line 2", "4 cells, the header has 3 columns")),
    (HEADER + "secretome,分泌组,secretome,,,分泌物||分泌体,,\n", ("line 2", "field zh_deprecated", "empty term")),
    (HEADER + "secretome,分泌组,secretome,, | ,,,\n", ("line 2", "field en_admitted", "empty term")),
    (HEADER + "secretome,,,,,,,note only\n", ("line 2", "field term", "has no terms")),
    (HEADER + "a,分泌组,secretome,,,分泌组,,\n", ("line 2", "field zh_deprecated", "listed twice")),
    (HEADER + "a,分泌组,secretome,,,,,\na,外泌体,exosome,,,,,\n", ("line 3", "field id", "duplicate id")),
    (HEADER + "a,分泌组|分泌体,secretome,,,,,\n", ("line 2", "field zh", "2 preferred terms")),
    ("id,zh,en,case_sensitive\nwho,世卫组织,WHO,maybe\n", ("line 2", "field case_sensitive", "true or false")),
]


@pytest.mark.parametrize("content, needles", BAD_CSV)
@pytest.mark.parametrize("command", ["validate", "check"])
def test_glossary_problems_are_errors_with_strict(
    tmp_path: Path, sample_dir: Path, content: str, needles: tuple[str, ...], command: str
) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(content, encoding="utf-8")
    if command == "validate":
        result = run_cli("glossary", "validate", "--strict", path)
    else:
        result = run_cli("check", sample_dir / "manuscript.md", "--glossary", path, "--strict")
    assert_clean_error(result, "terms.csv", *needles)


@pytest.mark.parametrize("content, needles", BAD_CSV)
def test_glossary_problems_are_listed_by_validate_with_exit_1(tmp_path: Path, content: str,
                                                              needles: tuple[str, ...]) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(content, encoding="utf-8")
    result = run_cli("glossary", "validate", path)
    assert result.exit_code == 1, result.output
    lines = result.stdout.strip().splitlines()
    first, summary = lines[0], lines[-1]
    assert all(n in first for n in needles), first
    assert "1 problem (" in summary
    # a file whose every row is skipped has no concept left: that is said as a note between the two
    assert all(": note: no concepts" in line for line in lines[1:-1]), lines


def test_missing_term_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("id,zh\nsecretome,分泌组\n", encoding="utf-8")
    assert_clean_error(run_cli("glossary", "validate", path), "terms.csv", "line 1", "no Chinese and English term")


def test_tsv_errors_name_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "terms.tsv"
    path.write_text("id\tzh\ten\na\t分泌组\tsecretome\nb\t\t\n", encoding="utf-8")
    assert_clean_error(run_cli("glossary", "validate", "--strict", path), "terms.tsv", "line 3", "field term")


@pytest.mark.parametrize(
    "content, line",
    [
        ('id,zh,en\na,"分泌组,secretome\nb,外泌体,exosome\n', 2),
        ('id,zh,en\na,分泌组,secretome\nb,"外泌体"x,exosome\n', 3),
    ],
    ids=["never-closed", "text-after-closing-quote"],
)
def test_unbalanced_quotes_name_file_and_line(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(content, encoding="utf-8")
    assert_clean_error(run_cli("glossary", "validate", path), "terms.csv", f"line {line}", "quote")


def test_unbalanced_quotes_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text('id,zh,en\na,"分泌组,secretome\nb,外泌体,exosome\n', encoding="utf-8")
    assert_clean_error(run_cli("glossary", "validate", path), "terms.csv", "line 2", "field zh")


def test_row_with_missing_columns_is_refused_with_strict(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("id,zh,en\nsecretome,分泌组\n", encoding="utf-8")
    assert_clean_error(run_cli("glossary", "validate", "--strict", path), "terms.csv", "line 2", "2 cells")


def test_duplicate_id_between_two_glossaries_names_file_and_line(tmp_path: Path, sample_dir: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("id,zh,en\na,分泌组,secretome\n", encoding="utf-8")
    second.write_text("id,zh,en\nb,干细胞,stem cell\na,分泌组,secretion\n", encoding="utf-8")
    result = run_cli("check", sample_dir / "manuscript.md", "--glossary", first, "--glossary", second, "--strict")
    line = assert_clean_error(result, "second.csv", "line 3", "field id")
    assert "+" not in line.split(":")[1]


@pytest.mark.parametrize(
    "rows, row, field",
    [
        ([["id", "zh", "en"], ["a", "分泌组", "secretome"], ["a", "分泌物", "secretion"]], 3, "id"),
        ([["id", "zh", "en", "zh_admitted"], ["a", "分泌组", "secretome", "分泌体||"]], 2, "zh_admitted"),
    ],
    ids=["duplicate-id", "empty-term"],
)
def test_malformed_xlsx_names_file_row_and_field(tmp_path: Path, rows: list[list[str]], row: int, field: str) -> None:
    path = workbook(tmp_path / "terms.xlsx", rows)
    assert_clean_error(run_cli("glossary", "validate", "--strict", path), "terms.xlsx", f"row {row}",
                       f"field {field}")


TBX_ENTRY = """<?xml version="1.0" encoding="UTF-8"?>
{doctype}<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<text><body>
<conceptEntry id="secretome">
<langSec xml:lang="zh"><termSec><term>{zh}</term>
<termNote type="administrativeStatus">{status}</termNote></termSec></langSec>
<langSec xml:lang="en"><termSec><term>secretome</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def _tbx(tmp_path: Path, doctype: str = "", zh: str = "分泌组", status: str = "preferredTerm-admn-sts") -> Path:
    path = tmp_path / "terms.tbx"
    path.write_text(TBX_ENTRY.format(doctype=doctype, zh=zh, status=status), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "kwargs, line, field",
    [({"zh": " "}, 5, "term"), ({"status": "favouriteTerm"}, 6, "administrativeStatus")],
    ids=["empty-term", "unknown-status"],
)
def test_malformed_tbx_names_file_line_and_field(tmp_path: Path, kwargs: dict, line: int, field: str) -> None:
    path = _tbx(tmp_path, **kwargs)
    assert_clean_error(run_cli("glossary", "validate", "--strict", path), "terms.tbx", f"line {line}",
                       f"field {field}")


def test_tbx_that_is_not_well_formed_names_the_line(tmp_path: Path) -> None:
    path = _tbx(tmp_path, zh="分泌组</langSec>")
    assert_clean_error(run_cli("glossary", "validate", path), "terms.tbx", "line 5", "not well-formed")


SECRET = "TOP-SECRET-7f3a9c"


def _xxe_documents(secret: Path) -> dict[str, str]:
    dtd = secret.with_suffix(".dtd")
    dtd.write_text(f'<!ENTITY leak SYSTEM "file://{secret}">', encoding="utf-8")
    return {
        "internal-subset": f'<!DOCTYPE tbx [<!ENTITY leak SYSTEM "file://{secret}">]>\n',
        "parameter-entity": f'<!DOCTYPE tbx [<!ENTITY % p SYSTEM "file://{dtd}"> %p;]>\n',
        "external-dtd": f'<!DOCTYPE tbx SYSTEM "file://{dtd}">\n',
    }


@pytest.mark.parametrize("kind", ["internal-subset", "parameter-entity", "external-dtd"])
def test_xxe_to_a_local_file_leaks_nothing_into_any_output(tmp_path: Path, sample_dir: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = _tbx(tmp_path, doctype=_xxe_documents(secret)[kind], zh="&leak;")
    outputs: list[str] = []
    for args in (
        ("glossary", "validate", path),
        ("glossary", "show", path),
        ("glossary", "convert", path, tmp_path / "out.csv"),
        ("check", sample_dir / "manuscript.md", "--glossary", path, "--format", "json"),
        ("check", sample_dir / "manuscript.md", "--glossary", path, "--format", "html", "-o", tmp_path / "r.html"),
    ):
        result = run_cli(*args)
        assert result.exit_code in (0, 1, 2), (args, result.exception)
        assert "Traceback" not in result.output and "internal error" not in result.stderr, result.stderr
        outputs += [result.stdout, result.stderr]
    outputs += [p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.glob("*") if p.name != secret.name
                and p.is_file() and p.suffix in (".csv", ".html")]
    assert not [o for o in outputs if SECRET in o]


def test_xxe_is_refused_with_one_clear_line(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = _tbx(tmp_path, doctype=_xxe_documents(secret)["internal-subset"], zh="&leak;")
    assert_clean_error(run_cli("glossary", "validate", path), "terms.tbx", "entit")


def _billion_laughs(levels: int = 10) -> str:
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]
    return "<!DOCTYPE tbx [\n" + "\n".join(decls) + "\n]>\n"


@pytest.mark.parametrize("command", ["validate", "check"])
def test_billion_laughs_is_refused_in_under_a_second(tmp_path: Path, sample_dir: Path, command: str) -> None:
    path = _tbx(tmp_path, doctype=_billion_laughs(), zh="&lol9;")
    args = ("glossary", "validate", path) if command == "validate" else (
        "check", sample_dir / "manuscript.md", "--glossary", path)
    warm = tmp_path / "warm"
    warm.mkdir()
    assert run_cli("glossary", "validate", _tbx(warm)).exit_code == 0  # imports warmed outside the timing
    with measured() as work:
        result = run_cli(*args)
    assert_clean_error(result, "terms.tbx")
    assert work.cpu < 1.0, work


def test_quadratic_blowup_is_refused(tmp_path: Path) -> None:
    doctype = f'<!DOCTYPE tbx [<!ENTITY big "{"x" * 100_000}">]>\n'
    path = _tbx(tmp_path, doctype=doctype, zh="&big;" * 1000)
    warm = tmp_path / "warm"
    warm.mkdir()
    assert run_cli("glossary", "validate", _tbx(warm)).exit_code == 0  # imports warmed outside the measure
    with measured() as work:
        assert_clean_error(run_cli("glossary", "validate", path), "terms.tbx")
    assert work.cpu < 1.0, work


def test_binary_glossary_is_not_called_a_manuscript(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(b"id,zh,en\x00\x01\x02")
    line = assert_clean_error(run_cli("glossary", "validate", path), "terms.csv", "binary")
    assert "manuscript" not in line


def test_control_characters_from_the_file_keep_the_error_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(b"id,zh,en,\x01\x0b\x01\n")
    assert_clean_error(run_cli("glossary", "validate", "--strict", path), "terms.csv", "line 1", "not understood")
