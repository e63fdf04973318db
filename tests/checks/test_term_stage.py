"""Tests of checks.term_stage: an environment said in English by its stage alone (生产环境构建 = "production build")."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary

G = Glossary.build([Concept("environment", "环境", "environment"),
                    Concept("production-mode", "生产模式", "production mode", en_admitted=("production",))], "g.csv")
"""The stage word may itself be listed for another concept ("production" admitted for 生产模式)."""


def test_the_production_environment_said_as_production_is_no_finding() -> None:
    zh = ["默认情况下，生产环境构建会将 worker 脚本输出成一个独立的文件。"]
    en = ["By default, the worker script is emitted as a separate file in the production build."]
    assert only(run(G, zh, en), "term-missing") == []
    zh = ["`build` 命令会构建出可用于开发环境的文件。"]
    assert only(run(G, zh, ["The `build` command builds files for dev by default."]), "term-missing") == []


def test_an_environment_the_english_names_no_stage_of_or_without_a_stage_is_still_reported() -> None:
    en = ["By default, the worker script is emitted as a separate file in the build."]
    (f,) = only(run(G, ["默认情况下，生产环境构建会将 worker 脚本输出成一个独立的文件。"], en), "term-missing")
    assert "环境" in f.message
    en = ["The script runs in production and in the browser."]
    (f,) = only(run(G, ["脚本可以在运行环境和浏览器中执行。"], en), "term-missing")  # no stage before 环境
    assert "环境" in f.message
