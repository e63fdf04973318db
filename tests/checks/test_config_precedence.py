"""Configuration: every key's exact value, defaults, precedence of flags, discovery order and error messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.checks.config import Config, find_config, load_config
from zhen_qa.checks.context import Options
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Severity

RULES = frozenset({"term-variant", "untranslated", "extra-target"})


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_of_an_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "zhen-qa.toml", "")
    cfg = load_config(path, RULES)
    assert cfg == Config(path, (), (), (), {}, "warning", Options(allow_original_in_parentheses=True,
                                                                     cjk_latin_space=None))
    assert Config().fail_on == "warning" and Config().path is None


def test_every_key(tmp_path: Path) -> None:
    path = write(tmp_path / "zhen-qa.toml", (
        'glossary = ["a.csv", "sub/b.tbx"]\nselect = ["term-variant", "untranslated"]\nignore = ["extra-target"]\n'
        'fail-on = "never"\nallow-original-in-parentheses = false\ncjk-latin-space = false\n'
        '[severity]\nuntranslated = "info"\nterm-variant = "error"\n'
    ))
    cfg = load_config(path, RULES)
    assert cfg.path == path
    assert cfg.glossaries == (str(tmp_path / "a.csv"), str(tmp_path / "sub" / "b.tbx"))
    assert cfg.select == ("term-variant", "untranslated") and cfg.ignore == ("extra-target",)
    assert cfg.fail_on == "never"
    assert cfg.severity == {"untranslated": Severity.INFO, "term-variant": Severity.ERROR}
    assert cfg.options.allow_original_in_parentheses is False and cfg.options.cjk_latin_space is False


def test_single_strings_and_normalised_paths(tmp_path: Path) -> None:
    text = 'glossary = "../terms.csv"\nselect = "untranslated"\ncjk-latin-space = true\n'
    path = write(tmp_path / "zhen-qa.toml", text)
    cfg = load_config(path, RULES)
    assert cfg.glossaries == (str(tmp_path.parent / "terms.csv"),)
    assert cfg.select == ("untranslated",) and cfg.options.cjk_latin_space is True


def test_unknown_rules_allowed_without_a_catalog(tmp_path: Path) -> None:
    path = write(tmp_path / "zhen-qa.toml", 'select = ["anything"]\n[severity]\nanything = "error"\n')
    cfg = load_config(path)
    assert cfg.select == ("anything",) and cfg.severity == {"anything": Severity.ERROR}


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_every_fail_on_value(tmp_path: Path, fail_on: str) -> None:
    assert load_config(write(tmp_path / "zhen-qa.toml", f'fail-on = "{fail_on}"\n'), RULES).fail_on == fail_on


def test_flags_take_precedence_only_when_given() -> None:
    cfg = Config("c.toml", ("g.csv",), ("untranslated",), ("extra-target",), {}, "info")
    assert cfg.merged() == cfg
    assert cfg.merged(select=None, ignore=[], glossaries=(), fail_on=None) == cfg
    merged = cfg.merged(select=("term-variant",), fail_on="error", glossaries=("h.csv",))
    assert merged == Config("c.toml", ("h.csv",), ("term-variant",), ("extra-target",), {}, "error")
    assert cfg.merged(fail_on="never").fail_on == "never"
    # False and 0 are values, not "absent"
    opts = Options(allow_original_in_parentheses=False)
    assert cfg.merged(options=opts).options is opts


def test_zhen_qa_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.zhen-qa]\nfail-on = "error"\n')
    write(tmp_path / "zhen-qa.toml", 'fail-on = "info"\n')
    assert find_config(str(tmp_path)) == str(tmp_path / "zhen-qa.toml")
    assert find_config(str(tmp_path / "m.md")) == str(tmp_path / "zhen-qa.toml")


def test_nearest_folder_wins(tmp_path: Path) -> None:
    write(tmp_path / "zhen-qa.toml", "")
    (tmp_path / "a").mkdir()
    write(tmp_path / "a" / "pyproject.toml", '[tool.zhen-qa]\nfail-on = "error"\n')
    assert find_config(str(tmp_path / "a" / "m.md")) == str(tmp_path / "a" / "pyproject.toml")
    cfg = load_config(str(tmp_path / "a" / "pyproject.toml"), RULES)
    assert cfg.fail_on == "error"


def test_pyproject_without_table_gives_defaults_when_loaded(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.other]\nkey = 1\n')
    assert load_config(path, RULES).fail_on == "warning"


def test_no_config_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d").mkdir()
    monkeypatch.chdir(tmp_path / "d")
    found = find_config("m.md")  # a bare file name: its folder is the working directory
    assert found is None or not found.startswith(str(tmp_path))


@pytest.mark.parametrize(
    "content, message",
    [
        ('colour = "red"\n', (
            r"unknown key 'colour' \(known: admitted-synonyms, allow-original-in-parentheses, cjk-latin-space,"
            r" discover-terms, discovered-severity, fail-on, glossary, ignore, select, severity, source\)$"
        )),
        ('ignore = ["nope"]\n', r"unknown rule 'nope' \(see `zhen-qa rules`\)"),
        ('select = 3\n', r"'select' must be a string or a list of strings"),
        ('ignore = [1]\n', r"'ignore' must be a string or a list of strings"),
        ('severity = "error"\n', r"'severity' must be a table"),
        ('[severity]\nnope = "error"\n', r"severity: unknown rule 'nope'"),
        ('[severity]\nuntranslated = "fatal"\n', r"severity.untranslated: 'fatal' is not error, warning or info"),
        ('fail-on = "sometimes"\n', r"fail-on: 'sometimes' is not one of error, warning, info, never"),
        ('cjk-latin-space = "yes"\n', r"cjk-latin-space must be true or false"),
        ('allow-original-in-parentheses = 1\n', r"allow-original-in-parentheses must be true or false"),
    ],
)
def test_error_messages(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path / "zhen-qa.toml", content)
    with pytest.raises(InputError, match=message) as exc:
        load_config(path, RULES)
    assert str(exc.value).startswith(f"{path}: ")


def test_unreadable_file(tmp_path: Path) -> None:
    path = str(tmp_path / "missing.toml")
    with pytest.raises(InputError) as exc:
        load_config(path, RULES)
    assert str(exc.value) == f"{path}: cannot read: No such file or directory"


def test_pyproject_without_any_tool_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(path, RULES) == Config(path)
