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


def test_a_stage_word_the_english_says_for_another_chinese_word_is_no_rendering() -> None:
    """review51 R8: "dev server" renders 开发服务器 and "unit test" 单元测试; the environment ("in development") is
    lost and stays reported; the English saying the stage once more than the Chinese has it elsewhere excuses."""
    zh = ["在开发环境下，构建产物不会被压缩，开发服务器会自动重启。"]
    (f,) = only(run(G, zh, ["Build outputs are not minified, and the dev server restarts automatically."]),
                "term-missing")
    assert "环境" in f.message
    zh = ["请先在测试环境中验证新版本，然后再运行单元测试。"]
    en = ["Verify the new version first, then run the unit test."]
    (f,) = only(run(G, zh, en), "term-missing")
    assert "环境" in f.message
    en = ["In development, build outputs are not minified, and the dev server restarts automatically."]
    assert only(run(G, ["在开发环境下，构建产物不会被压缩，开发服务器会自动重启。"], en), "term-missing") == []
