"""Tests of checks.term_verb_use: an English noun term used as a verb, the Chinese saying the verb (输出 for
"will output")."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary

G = Glossary.build([Concept("build-output", "产物", "output"), Concept("install", "安装", "install")], "g.csv")


def test_the_noun_used_as_a_verb_rendered_by_the_lexicons_verb_is_no_finding() -> None:
    zh, en = ["运行测试命令后，工具输出如下："], ["After the test command runs, the tool will output the following:"]
    assert only(run(G, zh, en), "term-missing") == []
    zh, en = ["把这些文件当做资源输出到目录中。"], ["Treat these files as assets and output them to the directory."]
    assert only(run(G, zh, en), "term-missing") == []


def test_the_noun_as_a_noun_a_verb_not_rendered_or_the_glossarys_own_dictionary_verb_is_still_reported() -> None:
    en = ["The polyfill is included in the output."]
    (f,) = only(run(G, ["这个 polyfill 会被打包进去并输出。"], en), "term-missing")  # a noun where it stands
    assert "output" in f.message
    en = ["After the test command runs, the tool will output the following:"]
    (f,) = only(run(G, ["运行测试命令后，工具显示如下："], en), "term-missing")  # no word for the verb
    assert "output" in f.message
    en = ["You can install it with npm."]
    (f,) = only(run(G, ["你可以通过 npm 装设它。"], en), "term-missing")  # 安装 is the lexicon's "install"
    assert "install" in f.message


def test_a_synonym_of_a_glossary_verb_in_its_place_is_still_reported() -> None:
    """review51 R9: 打包 is listed for "bundle"; 包裹 ("wrap, bundle") shares the glosses wrap/package with it, a
    synonym in the glossary verb's place, where 输出 and 产物 share none."""
    g = Glossary.build([Concept("bundle", "打包", "bundle")], "g.csv")
    zh = ["默认情况下，Rsbuild 会将所有模块包裹成一个文件。"]
    en = ["By default, Rsbuild will bundle all modules into one file."]
    (f,) = only(run(g, zh, en), "term-missing")
    assert "bundle" in f.message
