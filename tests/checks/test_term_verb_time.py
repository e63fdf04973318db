"""Tests of checks.term_verb_time: 运行时 read as "when … runs", the English saying the verb."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_verb_time import in_time_clause, verb_clause_said, verbs_of
from zhen_qa.glossary.model import Concept

RUNTIME = Concept("runtime", "运行时", "runtime", en_admitted=("runtimes",))
GLOSSARY = gl(RUNTIME)


def missing(zh: str, en: str) -> list[str]:
    return term_missing(GLOSSARY, [zh], [en])


def test_a_when_clause_the_english_says_by_the_verb_is_no_finding() -> None:
    assert missing("目前，在 iOS 设备上运行时，此改进不会自动应用。",
                   "Currently this improvement does not apply when running on iOS devices.") == []
    assert missing("默认情况下，当应用程序已经在运行时启动新实例，不会采取任何操作。",
                   "By default, when you start a new instance while the application is already running, "
                   "nothing happens.") == []
    assert missing("构建需要一些时间，但在后续运行时要快得多。",
                   "Building takes some time but is significantly faster on subsequent runs.") == []


def test_at_runtime_dropped_is_still_missing() -> None:
    # the same Chinese shape meaning "at runtime": an English without the verb, or with the verb for another 运行
    # outside a clause of time, keeps the finding
    assert len(missing("允许宿主应用在运行时注入自定义实现。",
                       "It allows the host app to inject custom implementations on startup.")) == 1
    assert len(missing("在运行时加载插件，然后运行。", "Load the plugin, then run it.")) == 1


def test_a_runtime_outside_a_when_clause_is_still_missing() -> None:
    # no 在/当 opens a clause the 时 closes: 运行时 is the runtime, whatever verb the English says
    text = "启动后，JavaScript 运行时负责加载代码。"
    at = text.index("运行时")
    assert not verb_clause_said(text, at, at + 3, ["runtime"], "When it runs, JavaScript loads the code.")
    assert len(missing(text, "When it runs, JavaScript loads the code.")) == 1


def test_the_parts() -> None:
    assert verbs_of(["runtime", "run time", "compile-time", "runtimes", "time"]) == {"run", "compile"}
    text = "当 Bundle 尝试在一个较低版本的 Lynx Engine 上运行时，系统会报错"
    at = text.index("运行时")
    assert in_time_clause(text, at, at + 3)
    assert not in_time_clause("JavaScript 运行时会执行代码。", 11, 14)
    assert verb_clause_said(text, at, at + 3, ["runtime"], "If you try to run a Bundle on a lower version, it fails.")
    assert not verb_clause_said(text, at, at + 3, ["runtime"], "A Bundle on a lower version fails at run time.")


def test_a_runtime_a_localizer_follows_is_still_missing() -> None:
    # review62 R5: 在 Node.js 运行时中 is "in the Node.js runtime" (中 after 时 makes it the noun); an English that
    # says "when running" renders it wrongly and keeps the finding
    zh = "在 Node.js 运行时中，插件会被自动加载。"
    en = "When running Node.js, plugins are loaded automatically."
    assert len(missing(zh, en)) == 1
    for tail in ("中", "里", "内", "的内存里", "之中"):
        text = f"在运行时{tail}，插件被加载。"
        assert not in_time_clause(text, 1, 4), tail


def test_a_when_clause_a_verb_or_subject_follows_is_no_finding() -> None:
    # the 时 closes the clause and a word of its own follows (上传 a verb, 内存 a subject): still the clause
    assert missing("当应用在运行时上传文件，进度会显示在状态栏。",
                   "When the app is running, uploaded files show their progress in the status bar.") == []
    text = "在运行时内存不足，程序会退出。"
    assert in_time_clause(text, 1, 4)
