"""Exit codes of the command line: 0 clean, 1 findings, 2 bad input, 3 internal error, 130 interrupted."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhen_qa import cli
from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    """A copy of the bundled sample folder (manuscript, glossary, zhen-qa.toml)."""
    shutil.copytree(SAMPLES, tmp_path / "samples")
    return tmp_path / "samples" / "manuscript.md"


def _raise(exc: BaseException) -> object:
    def boom(*_args: object, **_kwargs: object) -> object:
        raise exc

    return boom


def test_documented_values() -> None:
    assert (cli.EXIT_CLEAN, cli.EXIT_FINDINGS, cli.EXIT_INPUT, cli.EXIT_INTERNAL, cli.EXIT_INTERRUPTED) == (
        0, 1, 2, 3, 130)


def test_clean_0_and_findings_1(tmp_path: Path, sample: Path) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text("分泌组研究\n\nSecretome research\n", encoding="utf-8")
    assert run("check", str(clean), "--fail-on", "warning").exit_code == 0
    assert run("check", str(sample)).exit_code == 1


def test_bad_input_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert result.stderr.startswith("zhen-qa: error: ") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("glossary, why", [("odd.csv", "line 1: no Chinese and English term columns"),
                                            ("missing.csv", "no such file")])
def test_a_bad_glossary_named_on_the_command_line_is_one_error_naming_it_as_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, glossary: str, why: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd.csv").write_text("a;b\n分泌组;secretome\n", encoding="utf-8")
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / "papers" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "papers" / name).write_text("分泌组研究\n\nSecretome research\n", encoding="utf-8")
    result = run("check", "papers", "--glossary", glossary)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"zhen-qa: error: {glossary}: {why}")  # not each manuscript's path before it
    assert len(result.stderr.splitlines()) == 1 and result.stderr.count(why) == 1 and result.stdout == ""


@pytest.mark.parametrize("config, why", [('glossary = ["odd.csv"]\n', "odd.csv: line 1: no Chinese and English"),
                                         ('select = ["bogus"]\n', "zhen-qa.toml: unknown rule 'bogus'")])
def test_a_bad_configuration_or_its_glossary_is_one_error_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, why: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "zhen-qa.toml").write_text(config, encoding="utf-8")
    (tmp_path / "papers" / "odd.csv").write_text("a;b\n分泌组;secretome\n", encoding="utf-8")
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / "papers" / name).write_text("分泌组研究\n\nSecretome research\n", encoding="utf-8")
    result = run("check", "papers")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"zhen-qa: error: papers/{why}")  # relative, and once: not per manuscript
    assert len(result.stderr.splitlines()) == 1 and result.stderr.count(why) == 1


@pytest.mark.parametrize(
    "exc, code, message",
    [
        (RuntimeError("boom"), 3, "zhen-qa: error: internal error (RuntimeError: boom); rerun with ZHEN_QA_DEBUG=1"),
        (KeyboardInterrupt(), 130, "zhen-qa: error: interrupted"),
    ],
    ids=["internal", "interrupt"],
)
def test_internal_error_3_and_interrupt_130(sample: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException,
                                            code: int, message: str) -> None:
    monkeypatch.delenv("ZHEN_QA_DEBUG", raising=False)
    monkeypatch.setattr("zhen_qa.checks.run.run_check", _raise(exc))
    result = run("check", str(sample))
    assert result.exit_code == code
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_xlsx_to_a_terminal_is_refused_with_2(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_is_terminal", lambda _stream: True)
    result = run("check", str(sample), "--format", "xlsx")
    assert result.exit_code == 2
    assert result.stderr == "zhen-qa: error: xlsx output is binary: write it to a file with --output REPORT.xlsx\n"
    assert result.stdout == ""


def test_xlsx_to_a_file_or_a_pipe_is_written(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert run("check", str(sample), "--format", "xlsx", "--output", str(out)).exit_code == 1
    assert out.read_bytes()[:2] == b"PK"
    piped = run("check", str(sample), "--format", "xlsx")  # CliRunner's stdout is not a terminal
    assert piped.exit_code == 1 and piped.stdout_bytes[:2] == b"PK"
