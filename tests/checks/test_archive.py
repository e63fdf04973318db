"""Archive runs on a real local Dask cluster: same results as one process, failures stay local, resume."""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from zhen_qa.checks.runner import NO_HTTP_PORT, Failure, call, run_ordered
from zhen_qa.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ZH = "干细胞分泌物研究\n\n摘要：分泌组在再生医疗中很重要，样本数为42。\n"
EN = "Stem cell secretome research\n\nAbstract: The secretome matters in regenerative medicine; 42 samples.\n"


def _square(x: int) -> int:
    if x == 3:
        raise ValueError("three is bad")
    return x * x


def test_runner_keeps_order_and_turns_errors_into_failures() -> None:
    out = list(run_ordered(_square, [(1,), (2,), (3,), (4,)]))
    assert [item for item, _ in out] == [(1,), (2,), (3,), (4,)]
    assert [r for _, r in out if not isinstance(r, Failure)] == [1, 4, 16]
    failure = out[2][1]
    assert isinstance(failure, Failure) and not failure.bad_input and "three is bad" in failure.message
    assert call(_square, (5,)) == 25


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A scheduler and two worker processes on 127.0.0.1, as `dask scheduler` + `dask worker` would give."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None,
                      scheduler_kwargs=NO_HTTP_PORT) as c:
        yield c.scheduler_address


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "journal"
    root.mkdir()
    shutil.copy(SAMPLES / "manuscript.md", root / "sample.md")
    shutil.copy(SAMPLES / "glossary.csv", tmp_path / "glossary.csv")
    (root / "art1.zh.txt").write_text(ZH, encoding="utf-8")
    (root / "art1.en.txt").write_text(EN, encoding="utf-8")
    (root / "art2.txt").write_text(ZH.replace("分泌物", "分泌组") + "\n" + EN, encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01 not text")
    return root


def _run(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cluster_results_equal_one_process(cluster: str, archive: Path) -> None:
    glossary = archive.parent / "glossary.csv"
    one = _run("check", archive, "--glossary", glossary, "--format", "json")
    many = _run("check", archive, "--glossary", glossary, "--format", "json", "--scheduler", cluster)
    assert one.exit_code == many.exit_code == 2  # broken.txt is bad input; the others are still checked
    assert "broken.txt: not a text manuscript" in many.output
    body = lambda out: json.loads(out[out.index("{"):out.rindex("}") + 1])  # noqa: E731 - stderr shares the stream
    assert body(one.output) == body(many.output)
    files = [(f["path"], "failure" in f) for f in body(many.output)["summary"]["files"]]
    assert files == [(str(archive / "art1.zh.txt"), False), (str(archive / "art2.txt"), False),
                     (str(archive / "broken.txt"), True), (str(archive / "sample.md"), False)]
    assert body(many.output)["summary"]["files"][0]["en_path"] == str(archive / "art1.en.txt")


def test_archive_outputs_and_resume(cluster: str, archive: Path, tmp_path: Path) -> None:
    glossary = archive.parent / "glossary.csv"
    out = tmp_path / "out"
    first = _run("check", archive, "--glossary", glossary, "--out-dir", out, "--scheduler", cluster)
    assert first.exit_code == 2, first.output
    assert "0 reused" in first.output and "1 failed" in first.output
    findings = pl.read_parquet(out / "findings" / "*.parquet")
    one = json.loads(_run("check", archive / "art1.zh.txt", "--en", archive / "art1.en.txt", "--glossary", glossary,
                          "--format", "json").output)
    mine = findings.filter(pl.col("manuscript") == str(archive / "art1.zh.txt"))
    assert sorted(zip(mine["rule"], mine["line"], mine["column"])) == sorted(
        (f["rule"], f["line"], f["column"]) for f in one["findings"])
    pairs = pl.read_parquet(out / "pairs" / "*.parquet")
    assert "Stem cell secretome research" in pairs["en"].to_list()
    from translate.storage.tmx import tmxfile

    with open(out / "aligned.tmx", "rb") as fh:
        units = tmxfile(fh.read()).units
    assert any(u.source == "干细胞分泌物研究" and u.target == "Stem cell secretome research" for u in units)
    terms = pl.read_csv(out / "terminology.csv")
    row = terms.filter((pl.col("concept") == "secretome") & (pl.col("form") == "分泌物"))
    where = row["where"].to_list()[0].split("; ")
    assert str(archive / "art1.zh.txt") in where and str(archive / "art2.txt") not in where  # art2 says 分泌组
    assert row["articles"].to_list() == [len(where)] and row["occurrences"].to_list()[0] >= len(where)
    assert json.loads((out / "failures.jsonl").read_text(encoding="utf-8").splitlines()[0])["path"].endswith(
        "broken.txt")
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "findings").iterdir()}
    (archive / "art2.txt").write_text(ZH + "\n" + EN, encoding="utf-8")  # changed: must be checked again
    second = _run("check", archive, "--glossary", glossary, "--out-dir", out, "--resume", "--scheduler", cluster)
    assert "2 reused" in second.output, second.output
    after = {p.name: p.stat().st_mtime_ns for p in (out / "findings").iterdir()}
    kept = [name for name in stamps if name.startswith(("art1", "sample"))]
    assert len(kept) == 2 and all(after[name] == stamps[name] for name in kept)
    assert len(after) == len(stamps) + 1  # art2 with its new content got a new part


def test_archive_mode_takes_fail_on_from_the_configuration(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    root.mkdir()
    (root / "art.txt").write_text(ZH.replace("：", ": ") + "\n" + EN, encoding="utf-8")  # half-width ":": a warning
    assert _run("check", root, "--out-dir", tmp_path / "a").exit_code == 1
    (root / "zhen-qa.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert _run("check", root, "--out-dir", tmp_path / "b").exit_code == 0
    assert _run("check", root, "--out-dir", tmp_path / "c", "--fail-on", "warning").exit_code == 1


def test_results_written_inside_the_checked_folder_are_not_checked_next_time(tmp_path: Path) -> None:
    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    out = tmp_path / "results"
    args = ["check", str(tmp_path), "--out-dir", str(out), "--fail-on", "never"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert (out / "aligned.tmx").exists()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "aligned.tmx" not in again.stdout and "in 1 file " in again.stdout


def test_the_archive_says_its_files_notes_and_names_a_failure_in_summary_json(tmp_path: Path) -> None:
    """Stop 45's walk: archive mode dropped the notes `check` prints on how a file was read ("empty file: nothing to
    check"), and summary.json showed a file that could not be read as `"error": 0, "total": 0`, a clean file: its
    failure message was overwritten by the count of error findings. The notes go to stderr (again on --resume, from
    the manifest) and into summary.json; a failure is `"failure"`, as in check's JSON summary."""
    root = tmp_path / "journal"
    root.mkdir()
    (root / "art.txt").write_text(ZH + "\n" + EN, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "broken.txt").write_bytes(b"\x00\x01 not text")
    out = tmp_path / "out"
    for extra in ((), ("--resume",)):
        result = CliRunner().invoke(main, ["check", str(root), "--out-dir", str(out), *extra])
        assert result.exit_code == 2, result.output
        assert f"zhen-qa: note: {root / 'empty.txt'}: empty file: nothing to check" in result.stderr.splitlines()
    rows = {Path(f["path"]).name: f for f in json.loads((out / "summary.json").read_text(encoding="utf-8"))["files"]}
    assert rows["broken.txt"]["failure"].startswith(f"{root / 'broken.txt'}: not a text manuscript")
    assert rows["empty.txt"]["notes"] == ["empty file: nothing to check"] and "failure" not in rows["empty.txt"]
    assert "notes" not in rows["art.txt"] and "failure" not in rows["art.txt"]
