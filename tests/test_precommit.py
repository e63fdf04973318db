"""The pre-commit hook, run by the real pre-commit framework (`pre-commit try-repo`) on this repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GLOSSARY = (
    "id,zh,en,zh_deprecated\nsecretome,分泌组,secretome,分泌物|分泌体\nregen,再生医学,regenerative medicine,再生医疗\n"
)
CLEAN = (
    "间充质干细胞分泌组研究\n"
    "\n"
    "Mesenchymal stem cell secretome research\n"
    "\n"
    "关键词：分泌组，再生医学\n"
    "\n"
    "Keywords: secretome; regenerative medicine\n"
)
DIRTY = CLEAN.replace("干细胞分泌组研究", "干细胞分泌物研究")


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def hook_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for pre-commit with its own cache, shared by the tests so the hook installs once."""
    if shutil.which("git") is None:
        pytest.fail("git is needed to run pre-commit")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit try-repo needs this repository's history")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path_factory.mktemp("pre-commit-home"))
    # the hook's zhen-qa is a fresh install, whose lexicon and jieba dictionary files have new paths: the shards it
    # builds (~36 MB) are keyed by those paths, so in the suite's shared cache every run would add a set no later run
    # reads; they go with this module's temporary folder instead
    env["ZHENQA_CACHE_DIR"] = str(tmp_path_factory.mktemp("zhen-qa-cache"))
    env["NO_COLOR"] = "1"
    return env


def test_the_hooks_install_keeps_its_caches_apart_from_the_suites(hook_env: dict[str, str]) -> None:
    shared = os.environ["ZHENQA_CACHE_DIR"]  # tests/conftest.py: the suite's cache, kept between runs
    own = Path(hook_env["ZHENQA_CACHE_DIR"])
    assert own.is_dir() and not list(own.iterdir())
    assert Path(shared).resolve() not in (own.resolve(), *own.resolve().parents)


def _project(tmp: Path, manuscript: str) -> Path:
    """A temporary git repository holding a manuscript, its glossary and zhen-qa.toml."""
    repo = tmp / "project"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "paper.md").write_text(manuscript, encoding="utf-8")
    (repo / "docs" / "glossary.csv").write_text(GLOSSARY, encoding="utf-8")
    (repo / "docs" / "zhen-qa.toml").write_text('glossary = ["glossary.csv"]\n', encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    return repo


def _try_repo(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    # No --ref: try-repo then installs the hook from the working tree (tracked files with their uncommitted
    # changes, in a shadow commit), so the test exercises the code under test, not the last commit.
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "zhen-qa",
           "--verbose", "--files", *(files or ("docs/paper.md",))]
    return subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_hook_fails_on_findings_and_prints_them(tmp_path: Path, hook_env: dict[str, str]) -> None:
    result = _try_repo(_project(tmp_path, DIRTY), hook_env)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "zhen-qa (bilingual manuscript check)" in out and "Failed" in out
    assert "docs/paper.md:1:7: warning [term-variant]" in out
    assert "分泌物" in out


@pytest.mark.slow
def test_hook_passes_clean_manuscript(tmp_path: Path, hook_env: dict[str, str]) -> None:
    result = _try_repo(_project(tmp_path, CLEAN), hook_env)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "Passed" in out
    assert "[term-variant]" not in out


def test_the_hooks_match_every_format_check_reads_in_a_folder() -> None:
    import re

    import yaml

    from zhen_qa.checks.jobs import MANUSCRIPT_SUFFIXES

    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()):
        files = re.compile(hook["files"])
        assert [s for s in MANUSCRIPT_SUFFIXES if not files.search(f"docs/paper{s}")] == [], hook["id"]
        assert files.search("docs/PAPER.TEX") and files.search("docs/zh-CN.PO")
        assert not files.search("setup.py") and not files.search("docs/paper.md.bak")


DIRTY_TEX = "\\section{引言}\n间充质干细胞分泌物研究进展。\n"
DIRTY_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
  <trans-unit id="u1"><source>分泌物含有生长因子。</source><target>The secretome contains growth factors.</target>
  </trans-unit>
 </body></file></xliff>
"""


@pytest.mark.slow
def test_hook_checks_latex_and_xliff_files(tmp_path: Path, hook_env: dict[str, str]) -> None:
    repo = _project(tmp_path, CLEAN)
    (repo / "docs" / "paper.tex").write_text(DIRTY_TEX, encoding="utf-8")
    (repo / "docs" / "strings.xlf").write_text(DIRTY_XLIFF, encoding="utf-8")
    _git(repo, "add", ".")
    result = _try_repo(repo, hook_env, "docs/paper.tex", "docs/strings.xlf")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "docs/paper.tex:2:" in out and "docs/strings.xlf:" in out and "[term-variant]" in out


FRENCH_PO = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Secretome research"\n'
             'msgstr "Recherche sur le sécrétome"\n')


@pytest.mark.slow
def test_hook_skips_a_staged_file_in_other_languages_with_a_note(tmp_path: Path, hook_env: dict[str, str]) -> None:
    repo = _project(tmp_path, CLEAN)
    (repo / "docs" / "fr.po").write_text(FRENCH_PO, encoding="utf-8")
    _git(repo, "add", ".")
    result = _try_repo(repo, hook_env, "docs/paper.md", "docs/fr.po")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out  # a French catalogue beside the manuscripts does not block the commit
    assert "zhen-qa: note: docs/fr.po: skipped: not Chinese-English (languages target fr, source not declared)" in out


ZH_MESSAGES = '{"files": "{count, plural, one {# 个文件} other {# 个文件}", "save": "保存"}\n'
EN_MESSAGES = '{"files": "{count, plural, one {# file} other {# files}}", "save": "Save"}\n'


@pytest.mark.slow
def test_hook_checks_a_staged_pair_of_json_message_files_and_skips_package_json(
        tmp_path: Path, hook_env: dict[str, str]) -> None:
    """The hook's pattern takes `.json`: locale files staged together are checked as a pair, and a JSON file with
    no pair (package.json) is skipped with a note instead of failing the commit, which is why `.json` was left out."""
    repo = _project(tmp_path, CLEAN)
    (repo / "locales").mkdir()
    (repo / "locales" / "zh.json").write_text(ZH_MESSAGES, encoding="utf-8")
    (repo / "locales" / "en.json").write_text(EN_MESSAGES, encoding="utf-8")
    (repo / "package.json").write_text('{"name": "app", "version": "1.0.0"}\n', encoding="utf-8")
    _git(repo, "add", ".")
    note = "zhen-qa: note: package.json: skipped: no translation pair"
    alone = _try_repo(repo, hook_env, "docs/paper.md", "package.json")
    out = alone.stdout + alone.stderr
    assert alone.returncode == 0 and note in out, out
    result = _try_repo(repo, hook_env, "docs/paper.md", "locales/zh.json", "locales/en.json", "package.json")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "locales/zh.json:1:12: error [placeholder-mismatch]" in out and "is not closed" in out and note in out


@pytest.mark.slow
def test_hook_checks_a_chinese_locale_file_staged_alone_against_its_english_on_disk(
        tmp_path: Path, hook_env: dict[str, str]) -> None:
    """The commonest locale commit: a translator edits and stages only locales/zh.json. The hook names it alone; its
    English, committed before, is found on disk and the pair is checked: the unclosed plural fails the commit (it
    was skipped as "no translation pair"). package.json staged alone still passes with the note."""
    repo = _project(tmp_path, CLEAN)
    (repo / "locales").mkdir()
    (repo / "locales" / "zh.json").write_text(ZH_MESSAGES.replace("}\", \"save", "}}\", \"save"), encoding="utf-8")
    (repo / "locales" / "en.json").write_text(EN_MESSAGES, encoding="utf-8")
    (repo / "package.json").write_text('{"name": "app", "version": "1.0.0"}\n', encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "locales")
    (repo / "locales" / "zh.json").write_text(ZH_MESSAGES, encoding="utf-8")  # the translator's slip
    _git(repo, "add", "locales/zh.json")
    result = _try_repo(repo, hook_env, "locales/zh.json")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "locales/zh.json:1:12: error [placeholder-mismatch]" in out and "is not closed" in out
    assert "skipped" not in out
    alone = _try_repo(repo, hook_env, "package.json")
    out = alone.stdout + alone.stderr
    assert alone.returncode == 0 and "zhen-qa: note: package.json: skipped: no translation pair" in out, out
