"""Determinism: byte-identical JSON whatever the order of files, the job count or the hash seed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.conftest import run_cli

CLI = Path(__file__).resolve().parents[2] / "cli.py"


@pytest.fixture()
def corpus(sample_dir: Path) -> list[str]:
    """Three manuscripts in the sample folder (its config and glossary apply to all)."""
    text = (sample_dir / "manuscript.md").read_text(encoding="utf-8")
    (sample_dir / "b-variant.md").write_text(text.replace("分泌组", "分泌物", 3).replace("2022", "2021"),
                                             encoding="utf-8")
    (sample_dir / "a-short.md").write_text(
        "摘要: 间充质干细胞分泌组含有120种蛋白,分泌体的批次差异仍是问题。\n\n"
        "Abstract: The mesenchymal stem cell secretome contains 210 proteins. Batch variation remains.\n",
        encoding="utf-8")
    return [str(sample_dir / n) for n in ("manuscript.md", "b-variant.md", "a-short.md")]


def _json(*args: str) -> bytes:
    result = run_cli("check", *args, "--format", "json")
    assert result.exit_code in (0, 1), (result.stderr, result.exception)
    return result.stdout_bytes


def test_same_json_whatever_the_order_of_files_and_jobs(corpus: list[str]) -> None:
    reference = _json(*corpus)
    assert reference.count(b'"path"') > 3
    for order in (corpus[::-1], [corpus[1], corpus[2], corpus[0]]):
        for jobs in ("1", "2"):
            assert _json(*order, "--jobs", jobs) == reference, (order, jobs)


def test_folder_and_glob_give_the_same_json_as_the_files(corpus: list[str]) -> None:
    folder = os.path.dirname(corpus[0])
    reference = _json(*corpus)
    assert _json(folder) == reference
    assert _json(os.path.join(folder, "*.md"), "--jobs", "2") == reference


def test_repeated_file_is_checked_once(corpus: list[str]) -> None:
    assert _json(corpus[0], corpus[0]) == _json(corpus[0])


def test_same_output_across_processes_and_hash_seeds(corpus: list[str]) -> None:
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
        proc = subprocess.run([sys.executable, str(CLI), "check", *corpus, "--format", "json", "--jobs", seed],
                              capture_output=True, env=env, timeout=120, cwd=os.path.dirname(corpus[0]))
        assert proc.returncode in (0, 1), proc.stderr.decode("utf-8", "replace")
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]


def test_two_file_mode_is_deterministic(tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.md", tmp_path / "en.md"
    zh.write_text(
        "1. 引言\n\n心血管疾病每年造成约1800万人死亡。这相当于全球死亡的31%。\n\n2. 方法\n\n我们研究了120例患者。\n",
        encoding="utf-8",
    )
    en.write_text("1. Introduction\n\nCardiovascular diseases cause about 18 million deaths each year. "
                  "This is 31% of all deaths.\n\n2. Methods\n\nWe studied 210 patients.\n", encoding="utf-8")
    first = _json(str(zh), "--en", str(en))
    assert _json(str(zh), "--en", str(en), "--jobs", "2") == first
    assert _json(str(zh), "--en", str(en)) == first
