"""benchmarks/theses.py: the false-finding rate per 100 Chinese lines, and bad input (one clear line, exit 2)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import theses  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "theses.py"

MAIN = r"""\documentclass{ctexart}
\begin{document}
\section{绪论}
本文研究视频摘要方法。
这里是第二行中文，句末有句号。

\begin{equation}
x = y + 1
\end{equation}

\input{chap}
\end{document}
"""

CHAP = r"""\section{方法}
我们提出了一种新方法,它很有效。
% 注释行：不算
"""


def test_the_rate_counts_chinese_prose_lines_and_labelled_false_findings(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    thesis = tmp_path / "root" / "one"
    thesis.mkdir(parents=True)
    (thesis / "main.tex").write_text(MAIN, encoding="utf-8")
    (thesis / "chap.tex").write_text(CHAP, encoding="utf-8")
    theses.run(str(tmp_path / "root"), None, None)
    out = capsys.readouterr().out
    finding = next(line for line in out.splitlines() if "punctuation-width" in line)
    key = "\t".join(("one", "main.tex", "punctuation-width", finding.split()[1]))
    labels = tmp_path / "labels.tsv"
    labels.write_text(key + "\tfalse\n", encoding="utf-8")
    theses.run(str(tmp_path / "root"), str(labels), None)
    out = capsys.readouterr().out
    # the two headings and three prose lines hold Chinese; the equation, the comment and the commands do not
    assert "false per 100 Chinese lines 20.00 (1 on 5 lines)" in out
    assert "all: 0/1 = 0.000; unlabelled: 0; false per 100 Chinese lines 20.00 (1 on 5 lines)" in out


def test_the_rate_is_zero_on_no_lines() -> None:
    assert theses.per_100(0, 0) == "false per 100 Chinese lines 0.00 (0 on 0 lines)"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)


def test_a_missing_set_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "theses12-heldout"), "--labels", str(tmp_path / "none.tsv"))
    assert done.returncode == 2
    missing = tmp_path / "theses12-heldout"
    assert done.stderr.strip().splitlines() == [
        f"theses: no folder {missing} (a set not built? see benchmarks/README, rebuilding the sets)"]


def test_a_missing_glossary_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _run(str(tmp_path), "--glossary", str(tmp_path / "none.csv"))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"theses: no glossary file {tmp_path / 'none.csv'}"
