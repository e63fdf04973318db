"""Configuration discovery and validation."""
from __future__ import annotations

from pathlib import Path

import pytest

from zhen_qa.checks.config import find_config, load_config
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Severity

RULES = frozenset({"term-variant", "untranslated", "extra-target"})


def test_found_from_the_files_folder_upward(tmp_path: Path) -> None:
    (tmp_path / "zhen-qa.toml").write_text('glossary = ["terms.csv"]\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    manuscript = deep / "m.md"
    manuscript.write_text("x", encoding="utf-8")
    assert find_config(str(manuscript)) == str(tmp_path / "zhen-qa.toml")
    cfg = load_config(str(tmp_path / "zhen-qa.toml"), RULES)
    assert cfg.glossaries == (str(tmp_path / "terms.csv"),)  # relative to the config file


def test_pyproject_table_counts_only_when_it_has_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.zhen-qa]\nselect = ["term-variant"]\nfail-on = "error"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    found = find_config(str(sub / "m.md"))
    assert found == str(tmp_path / "pyproject.toml")
    cfg = load_config(found, RULES)
    assert cfg.select == ("term-variant",) and cfg.fail_on == "error"


def test_severity_overrides_and_flags_win(tmp_path: Path) -> None:
    path = tmp_path / "zhen-qa.toml"
    path.write_text('ignore = "extra-target"\n[severity]\nuntranslated = "error"\n')
    cfg = load_config(str(path), RULES)
    assert cfg.severity == {"untranslated": Severity.ERROR}
    assert cfg.merged(ignore=("term-variant",), fail_on=None).ignore == ("term-variant",)
    assert cfg.merged(ignore=(), fail_on=None).ignore == ("extra-target",)


@pytest.mark.parametrize(
    "content, message",
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('select = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
        ('[severity]\nuntranslated = "fatal"\n', "severity.untranslated"),
        ('fail-on = "sometimes"\n', "fail-on"),
        ("glossary = [1, 2]\n", "'glossary' must be"),
        ("glossary = [\n", "invalid TOML"),
    ],
)
def test_bad_configuration_names_the_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "zhen-qa.toml"
    path.write_text(content)
    with pytest.raises(InputError, match=message) as exc:
        load_config(str(path), RULES)
    assert str(path) in str(exc.value)


def test_admitted_synonyms_is_off_unless_set(tmp_path: Path) -> None:
    path = tmp_path / "zhen-qa.toml"
    path.write_text("fail-on = \"error\"\n")
    assert load_config(str(path), RULES).options.admitted_synonyms is False
    path.write_text("admitted-synonyms = true\n")
    assert load_config(str(path), RULES).options.admitted_synonyms is True
    path.write_text("admitted-synonyms = \"yes\"\n")
    with pytest.raises(InputError, match="admitted-synonyms must be true or false"):
        load_config(str(path), RULES)
