"""Tests of checks.term_glossed_other through term-missing: an English glossary word rendering another Chinese word
of its bead ("For example" = 比如 with example listed for 例程)."""
from __future__ import annotations

from tests.checks.terms_kit import gl, missing_with
from zhen_qa.glossary.model import Concept

EXAMPLE = Concept("example", "例程", "example", en_admitted=("examples", "example code"))
IMAGE = Concept("system-image", "镜像", "image", en_admitted=("images", "system image"))
LEVEL = Concept("level", "电平", "level", en_admitted=("levels", "logic level"))
missing = missing_with(gl(EXAMPLE, IMAGE, LEVEL))


def test_the_english_word_renders_another_word_of_the_chinese() -> None:
    assert missing("比如：运行下面的代码。", "For example: run the code below.") == []
    assert missing("摄像头会采集图像并显示。", "The camera captures an image and shows it.") == []
    assert missing("底层驱动已经处理好了。", "The driver at the lower level handles it.") == []


def test_the_concept_left_out_is_still_missing() -> None:
    # nothing in the Chinese is glossed "example": the example program is left out
    assert len(missing("运行下面的代码来测试。", "Run the example below to test it.")) == 1
    # "example" twice, 比如 once: the example program is still missing
    assert len(missing("比如可以运行它来测试。", "For example, you can run the example to test it.")) == 1
    # "image" twice (the picture and the OS image), 图像 once
    assert len(missing("运行后会显示图像。", "After running, flash the image and show the image.")) == 1


def test_a_chinese_term_is_not_excused_by_the_english_words_glosses() -> None:
    # the Chinese-side analogue (og60, withdrawn: review60 R1): 镜像 with "image" nowhere, "picture" glossing 图像
    assert len(missing("请先烧录镜像。", "Please flash the picture first.")) == 1


def test_a_synonym_of_the_concept_or_a_verb_concept_is_still_missing() -> None:
    # 淋巴癌 is glossed "lymphoma" only: the concept said by an unlisted synonym, no word of another sense
    lymphoma = missing_with(gl(Concept("lymphoma", "淋巴瘤", "lymphoma")))
    assert len(lymphoma("他患有淋巴癌。", "He has lymphoma.")) == 1
    # a verb concept (安装 "install"): 装设 beside "install" is a synonym verb
    install = missing_with(gl(Concept("install", "安装", "install")))
    assert len(install("你可以通过 npm 装设它。", "You can install it with npm.")) == 1
