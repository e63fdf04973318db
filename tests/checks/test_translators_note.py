"""A Chinese page's note that it is a translation of the English page is not a sentence left untranslated."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.translators_note import bracketed_note, translators_note
from zhen_qa.checks.untranslated import run

EN = """# Widgets

Every widget needs a unique name, which is shown in the console.

The cache takes effect in the order it was registered.
"""


def untranslated(zh: str) -> list[tuple[int, str]]:
    m = build_from_texts(zh, EN, "zh.md", "en.md", presplit=False)
    return [(f.location.line, f.excerpt) for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated"]


def page(note: str) -> str:
    return f"""# 小部件

> {note}

每个小部件都需要一个唯一的名字，名字会显示在控制台里。

缓存按照注册的顺序生效。
"""


def test_a_note_that_the_page_is_a_translation_of_the_english_is_not_reported() -> None:
    assert untranslated(page("本文为中文翻译版本，内容基于英文版进行，我们欢迎您随时提出修改建议。")) == []


def test_another_sentence_only_the_chinese_page_has_is_still_reported() -> None:
    assert [line for line, _ in untranslated(page("每个小部件在注册之后都会写入日志，便于排查启动失败的问题。"))] == [3]


def test_translators_note_reads_the_page_and_what_it_was_translated_from() -> None:
    assert translators_note("本文为中文翻译版本，内容基于英文版进行。")
    assert translators_note("本页译自英文原文，如有出入以英文版为准。")
    assert translators_note("本文档由英文版翻译而来。")
    assert not translators_note("本文介绍如何把英文文档翻译成中文。")  # the page's subject, not a note about it
    assert not translators_note("机器翻译的英文原文质量较差。")


def test_a_papers_sentence_on_translating_english_data_is_no_note() -> None:
    """review53 R10: a machine-translation paper's contribution names English data and a translation model, not a
    version of the page; its missing English is reported."""
    assert not translators_note("本文基于英文新闻语料训练了一个神经机器翻译模型，并在三个测试集上进行了评估。")
    assert not translators_note("本文根据英语原文的翻译质量建立了评价体系。")
    zh = ("神经机器翻译在低资源语言上的表现仍然有限。本文基于英文新闻语料训练了一个神经机器翻译模型，并在三个测试集上"
          "进行了评估。实验结果表明，该模型的BLEU值比基线系统提高了2.3。")
    en = ("Neural machine translation still performs poorly on low-resource languages. Experimental results show "
          "that the BLEU score of the model was 2.3 higher than that of the baseline system.")
    m = build_from_texts(zh, en, "zh.txt", "en.txt", presplit=False)
    found = [f.excerpt for f in run(CheckContext(m, options=Options())) if f.rule == "untranslated"]
    assert any("神经机器翻译模型" in e for e in found)


def test_a_bracketed_translators_note_of_its_own_has_no_english() -> None:
    body = "每个小部件都需要一个唯一的名字，名字会显示在控制台里。{}\n\n缓存按照注册的顺序生效。\n"
    marked = untranslated("# 小部件\n\n" + body.format("（译者注：名字就像人的身份证号码，不能重复。）"))
    unmarked = untranslated("# 小部件\n\n" + body.format("（名字就像人的身份证号码，不能重复。）"))
    assert marked == []
    assert [e for _, e in unmarked if "身份证" in e]  # an aside the English lacks, not marked as a note: reported


def test_bracketed_note_needs_the_mark_at_its_start_or_end() -> None:
    assert bracketed_note("（译者注：好比金窝银窝不如自己的狗窝）。")
    assert bracketed_note("（这一节可以跳过，译注）")
    assert not bracketed_note("（例如，降低亮度，或使用一些柔和的阴影。）")
    assert not bracketed_note("他说（译者注：好）。")  # a sentence with a note inside is the page's sentence
