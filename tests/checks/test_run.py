"""checks.run: the report signature is built from the resolved settings that change results."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from zhen_qa.aligner import lexicon
from zhen_qa.checks import run as run_module
from zhen_qa.checks.run import Flags, run_signature
from zhen_qa.glossary.discover import groups
from zhen_qa.manuscript.errors import InputError
from zhen_qa.report.findings import Severity


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "paper.md").write_text("摘要：分泌组很重要。\n\nAbstract: The secretome matters.\n", encoding="utf-8")
    (tmp_path / "zhen-qa.toml").write_text("", encoding="utf-8")
    return tmp_path


def _signature(folder: Path, flags: Flags | None = None) -> dict[str, object]:
    run_module._config_for.cache_clear()
    return run_signature(flags or Flags(), [str(folder / "paper.md")])


def test_same_settings_give_the_same_signature(folder: Path) -> None:
    assert _signature(folder) == _signature(folder)
    assert _signature(folder, Flags(severity={"term-missing": Severity.ERROR})) == \
        _signature(folder, Flags(severity={"term-missing": Severity.ERROR}))


@pytest.mark.parametrize("config", [
    "cjk-latin-space = true",
    "allow-original-in-parentheses = false",
    "discover-terms = false",
    'discovered-severity = "warning"',
    '[severity]\nterm-inconsistent = "error"',
    'select = ["term-variant"]',
    'ignore = ["repeated-char"]',
])
def test_each_configured_setting_changes_the_signature(folder: Path, config: str) -> None:
    before = _signature(folder)
    (folder / "zhen-qa.toml").write_text(config + "\n", encoding="utf-8")
    assert _signature(folder) != before


@dataclass(frozen=True)
class _OtherDiscovery(groups.Settings):
    min_score: int = 3


Change = Callable[[pytest.MonkeyPatch], Flags]


@pytest.mark.parametrize("change", [
    lambda mp: Flags(severity={"term-missing": Severity.ERROR}),
    lambda mp: Flags(presplit=True),
    lambda mp: (mp.setattr(lexicon, "LEXICON_VERSION", "0"), Flags())[1],
    lambda mp: (mp.setattr(lexicon, "lexicon_digest", lambda: "0" * 16), Flags())[1],
    lambda mp: (mp.setattr(groups, "Settings", _OtherDiscovery), Flags())[1],
], ids=["severity-flag", "presplit", "lexicon-version", "lexicon-file", "discover-settings"])
def test_each_run_setting_changes_the_signature(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                 change: Change) -> None:
    before = _signature(folder)
    assert _signature(folder, change(monkeypatch)) != before


def test_a_new_option_is_in_the_signature_without_code(folder: Path) -> None:
    cfg = run_module.resolve_config(str(folder / "paper.md"), Flags())
    changed = replace(cfg, options=replace(cfg.options, untranslated_min_confidence=0.5))
    assert run_module.settings_signature(changed) != run_module.settings_signature(cfg)


def test_a_parallel_run_builds_the_glossary_matchers_once_before_the_workers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.checks import runner
    from zhen_qa.glossary import cache
    from zhen_qa.glossary.formats import CACHE_SIZE_LIMIT
    from zhen_qa.glossary.match_en import EnMatcher
    from zhen_qa.glossary.match_zh import ZhMatcher

    monkeypatch.setenv("ZHENQA_CACHE_DIR", str(tmp_path / "cache"))
    glossary = tmp_path / "g.csv"
    glossary.write_text("id,zh,en\nsecretome,分泌组,secretome\n", encoding="utf-8")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("摘要：分泌组很重要。\n\nAbstract: The secretome matters.\n", encoding="utf-8")
    key = cache.key_of([str(glossary)], CACHE_SIZE_LIMIT, repr([]))
    assert key is not None
    seen: list[tuple[object, object]] = []

    def in_process(fn: Callable[..., object], tasks: list[tuple[str, str | None, Flags]], **_kw: object):  # type: ignore[no-untyped-def]
        seen.append((cache.load(key, "zh"), cache.load(key, "en")))  # what a worker finds when it starts
        for task in tasks:
            yield task, fn(*task)

    monkeypatch.setattr(runner, "run_ordered", in_process)
    run_module._config_for.cache_clear()
    run_module.load_glossaries.cache_clear()
    report = run_module.run_check([str(tmp_path / "a.md"), str(tmp_path / "b.md")],
                                  flags=Flags(glossaries=(str(glossary),)), jobs=2)
    assert len(report.files) == 2
    assert len(seen) == 1
    assert isinstance(seen[0][0], ZhMatcher) and isinstance(seen[0][1], EnMatcher)


def test_a_manuscript_is_read_and_checked_with_the_cyclic_collector_paused(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from zhen_qa.aligner import build
    from zhen_qa.checks import engine

    seen: list[tuple[str, bool]] = []
    load, check = build.load_manuscript, engine.check_manuscript
    monkeypatch.setattr(build, "load_manuscript",
                        lambda *a, **k: seen.append(("read", gc.isenabled())) or load(*a, **k))
    monkeypatch.setattr(engine, "check_manuscript",
                        lambda *a, **k: seen.append(("check", gc.isenabled())) or check(*a, **k))
    was = gc.isenabled()
    try:
        gc.enable()
        run_module._config_for.cache_clear()
        result = run_module.check_file(str(folder / "paper.md"), None, Flags())
        assert gc.isenabled()  # on again for what follows (rendering, the next file)
        assert result.pairs and seen == [("read", False), ("check", False)]
        with pytest.raises(InputError):
            run_module.check_file(str(folder / "missing.md"), None, Flags())
        assert gc.isenabled()  # also after a file that cannot be read
    finally:
        (gc.enable if was else gc.disable)()


def test_a_failure_that_names_no_file_is_said_with_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhen_qa.checks.run import RunFailure

    good, deep = tmp_path / "a.md", tmp_path / "deep.tex"
    good.write_text("摘要：分泌组很重要。\n\nAbstract: The secretome matters.\n", encoding="utf-8")
    deep.write_text("\\documentclass{article}\n", encoding="utf-8")
    real = run_module.check_file

    def check_file(path: str, en: str | None, flags: Flags):  # type: ignore[no-untyped-def]
        if path.endswith(".tex"):
            raise RecursionError  # what a LaTeX file nested 20,000 braces deep does to the parser
        return real(path, en, flags)

    monkeypatch.setattr(run_module, "check_file", check_file)
    failures: list[RunFailure] = []
    report = run_module.run_check([str(good), str(deep)], failures=failures)
    assert [f.message for f in failures] == [f"{deep}: input too deeply nested to process"]
    assert [fr.error for fr in report.files] == [None, f"{deep}: input too deeply nested to process"]
    with pytest.raises(InputError, match=f"^{deep}: input too deeply nested"):
        run_module.run_check([str(deep)])


def test_an_empty_file_is_said_alone_and_as_one_side_of_a_translation(tmp_path: Path) -> None:
    from zhen_qa.checks.run import check_file

    empty, zh, en = tmp_path / "empty.md", tmp_path / "zh.md", tmp_path / "en.md"
    empty.write_text("", encoding="utf-8")
    zh.write_text("分泌组含有生长因子。\n", encoding="utf-8")
    en.write_text("The secretome contains growth factors.\n", encoding="utf-8")
    assert check_file(str(empty), None, Flags()).notes == ("empty file: nothing to check",)
    missing_english = check_file(str(zh), str(empty), Flags())
    assert f"{empty} is an empty file: no sentence of this file has a counterpart" in missing_english.notes
    assert [f.rule for f in missing_english.findings] == ["untranslated"]
    missing_chinese = check_file(str(empty), str(en), Flags())
    assert f"empty file: no sentence of {en} has a counterpart" in missing_chinese.notes


def test_an_empty_file_beside_a_chinese_one_given_as_english_is_the_english_side(tmp_path: Path) -> None:
    from zhen_qa.checks.run import check_file

    empty, zh = tmp_path / "empty.md", tmp_path / "zh.md"
    empty.write_text("\n", encoding="utf-8")
    zh.write_text("分泌组含有多种生长因子，可促进组织修复。再生医学发展迅速，前景广阔。\n", encoding="utf-8")
    result = check_file(str(empty), str(zh), Flags())  # the arguments swapped: the Chinese given with --en
    assert f"{empty} is empty and {zh} is Chinese: checked the other way round" in result.notes
    assert [(f.rule, f.lang, f.location.path) for f in result.findings] == [("untranslated", "zh", str(zh))]
