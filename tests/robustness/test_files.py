"""Files: inputs are opened read-only and never modified, --output is atomic, missing files are named."""
from __future__ import annotations

import builtins
import hashlib
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.conftest import assert_clean_error, run_cli


def _state(folder: Path) -> dict[str, tuple[str, int, int]]:
    """sha256, mtime (ns) and mode of every file under folder."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            st = path.stat()
            out[str(path)] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_mode)
    return out


def _two_file_inputs(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    zh, en = folder / "zh.md", folder / "en.md"
    zh.write_text("1. 引言\n\n间充质干细胞分泌组含有120种蛋白。分泌物批次差异仍是问题。\n", encoding="utf-8")
    en.write_text("1. Introduction\n\nThe secretome contains 210 proteins. Batch variation remains a problem.\n",
                  encoding="utf-8")
    return zh, en


def test_inputs_are_never_modified(sample_dir: Path, tmp_path: Path) -> None:
    zh, en = _two_file_inputs(sample_dir / "two")
    before = _state(sample_dir)
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        ("check", sample_dir / "manuscript.md", "--format", "json", "-o", out / "r.json", "--export-tmx",
         out / "r.tmx"),
        ("check", sample_dir / "manuscript.md", "--format", "html", "-o", out / "r.html"),
        ("check", sample_dir / "manuscript.md", "--format", "xlsx", "-o", out / "r.xlsx"),
        ("check", sample_dir / "manuscript.md", "--write-baseline", out / "baseline.json"),
        ("check", zh, "--en", en, "--glossary", sample_dir / "glossary.tbx", "--format", "sarif"),
        ("align", zh, en, "--format", "tsv", "--glossary", sample_dir / "glossary.csv"),
        ("glossary", "convert", sample_dir / "glossary.csv", out / "g.tbx"),
        ("glossary", "validate", sample_dir / "glossary.tbx"),
    ]
    for args in runs:
        result = run_cli(*args)
        assert result.exit_code in (0, 1), (args, result.stderr, result.exception)
    assert _state(sample_dir) == before
    assert {p.name for p in out.iterdir()} == {"r.json", "r.tmx", "r.html", "r.xlsx", "baseline.json", "g.tbx"}


def test_inputs_are_opened_read_only(sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    zh, en = _two_file_inputs(sample_dir / "two")
    inputs = {str(p.resolve()) for p in sample_dir.rglob("*") if p.is_file()}
    opened: list[tuple[str, str]] = []
    real_open = builtins.open

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) in inputs:
            opened.append((os.path.realpath(file), mode))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    for args in (("check", sample_dir / "manuscript.md", "--format", "json"),
                 ("check", zh, "--en", en, "--glossary", sample_dir / "glossary.tbx")):
        result = run_cli(*args)
        assert result.exit_code in (0, 1), (result.stderr, result.exception)
    assert {Path(p).name for p, _mode in opened} >= {"manuscript.md", "zh.md", "en.md", "glossary.tbx"}
    assert all(set(mode) <= {"r", "b", "t"} for _p, mode in opened), opened


def test_read_only_inputs_work(sample_dir: Path) -> None:
    for path in sample_dir.iterdir():
        path.chmod(0o444)
    try:
        before = _state(sample_dir)
        result = run_cli("check", sample_dir / "manuscript.md", "--format", "json")
        assert result.exit_code == 1, (result.stderr, result.exception)
        assert json.loads(result.stdout)["findings"]
        assert _state(sample_dir) == before
    finally:
        for path in sample_dir.iterdir():
            path.chmod(0o644)


def _old_report(tmp_path: Path) -> Path:
    out = tmp_path / "report.json"
    out.write_text('{"old": "report"}\n', encoding="utf-8")
    return out


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def test_output_is_left_intact_when_the_renderer_fails(sample_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.report import render as report_render

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise RuntimeError("renderer crashed half-way")

    out = _old_report(tmp_path)
    monkeypatch.setattr(report_render, "render", broken)
    result = run_cli("check", sample_dir / "manuscript.md", "--format", "json", "-o", out)
    assert result.exit_code == 3  # an internal error
    assert out.read_text(encoding="utf-8") == '{"old": "report"}\n'
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")],
                         ids=["interrupted", "disk-full"])
def test_output_is_left_intact_when_writing_is_interrupted(sample_dir: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           failure: BaseException) -> None:
    written: list[int] = []
    real_fsync = os.fsync

    def interrupted(fd: int) -> None:  # the temporary file is fully written, then the run stops before the rename
        written.append(os.fstat(fd).st_size)
        raise failure

    out = _old_report(tmp_path)
    monkeypatch.setattr(os, "fsync", interrupted)
    result = run_cli("check", sample_dir / "manuscript.md", "--format", "json", "-o", out)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert written and written[0] > 100  # the new report had been written to a temporary file
    assert result.exit_code == (130 if isinstance(failure, KeyboardInterrupt) else 2), (result.stderr, result.exception)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == '{"old": "report"}\n'
    assert not _leftovers(tmp_path)


def test_successful_output_replaces_the_old_report(sample_dir: Path, tmp_path: Path) -> None:
    out = _old_report(tmp_path)
    result = run_cli("check", sample_dir / "manuscript.md", "--format", "json", "-o", out)
    assert result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert not _leftovers(tmp_path)


@pytest.mark.parametrize(
    "args, named",
    [
        (("check", "{tmp}/missing.md"), "missing.md"),
        (("check", "{sample}", "--en", "{tmp}/missing-en.md"), "missing-en.md"),
        (("check", "{sample}", "--glossary", "{tmp}/missing.csv"), "missing.csv"),
        (("check", "{sample}", "--config", "{tmp}/missing.toml"), "missing.toml"),
        (("check", "{sample}", "--baseline", "{tmp}/missing.json"), "missing.json"),
        (("check", "{tmp}/nothing-*.md"), "nothing-*.md"),
        (("align", "{tmp}/missing-zh.md", "{sample}"), "missing-zh.md"),
        (("glossary", "validate", "{tmp}/missing.tbx"), "missing.tbx"),
        (("glossary", "convert", "{tmp}/missing.xlsx", "{tmp}/out.csv"), "missing.xlsx"),
    ],
)
def test_missing_file_exits_2_naming_it(sample_dir: Path, tmp_path: Path, args: tuple[str, ...], named: str) -> None:
    filled = [a.format(tmp=tmp_path, sample=sample_dir / "manuscript.md") for a in args]
    assert_clean_error(run_cli(*filled), named)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
@pytest.mark.parametrize("which", ["manuscript.md", "glossary.csv", "zhen-qa.toml"])
def test_unreadable_file_exits_2_naming_it(sample_dir: Path, which: str) -> None:
    path = sample_dir / which
    path.chmod(0)
    try:
        assert_clean_error(run_cli("check", sample_dir / "manuscript.md"), which)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_output_into_a_missing_folder_names_the_output(sample_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.json"
    line = assert_clean_error(run_cli("check", sample_dir / "manuscript.md", "-o", out), str(out))
    assert ".tmp" not in line


def test_output_that_is_a_folder_names_the_output(sample_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    line = assert_clean_error(run_cli("check", sample_dir / "manuscript.md", "-o", out), str(out))
    assert ".tmp" not in line
    assert not _leftovers(tmp_path)


def test_control_characters_in_a_file_name_keep_the_error_on_one_line(tmp_path: Path) -> None:
    assert_clean_error(run_cli("check", tmp_path / "new\nline.md"), "no such file")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_file_among_several_is_named_whatever_the_job_count(sample_dir: Path, jobs: str) -> None:
    (sample_dir / "b-binary.md").write_bytes(b"\x00\x01\x02")
    (sample_dir / "c-copy.md").write_bytes((sample_dir / "manuscript.md").read_bytes())
    result = run_cli("check", sample_dir, "--jobs", jobs)
    assert_clean_error(result, "b-binary.md", "not a text manuscript")


@pytest.mark.parametrize("which", ["manuscript.md", "glossary.csv", "zhen-qa.toml"])
def test_permission_denied_exits_2_naming_the_file(sample_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                   which: str) -> None:
    """Like the chmod 000 test, but also when running as root: opening the file raises PermissionError."""
    denied = str((sample_dir / which).resolve())
    real_open = builtins.open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)
    line = assert_clean_error(run_cli("check", sample_dir / "manuscript.md"), which)
    assert "ermission denied" in line
