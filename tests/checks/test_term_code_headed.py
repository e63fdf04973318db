"""A class noun after a code name said inside the Chinese code span of the name (`term_code_headed`, gc56 B8:
galacean's "The `Animator` Component" = `动画控制组件`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check

GLOSSARY = "component,组件,component\n"
CODE = "\n\n运行 `make` 即可。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_the_class_noun_inside_the_chinese_code_span_is_said(tmp_path: Path) -> None:
    zh = "`动画控制组件` 的作用是读取数据并播放动画。" + CODE
    en = "The `Animator` Component reads the data and plays the animation." + CODE_EN
    assert _check(tmp_path, zh, en, GLOSSARY) == []  # fails before: “Component” has no 「组件」


def test_a_chinese_code_span_without_the_rendering_leaves_the_term_missing(tmp_path: Path) -> None:
    """The real defect of the same shape: the Chinese code span names another thing (a controller, 控制器), the
    component is not said."""
    en = "The `Animator` Component reads the data and plays the animation." + CODE_EN
    assert len(_check(tmp_path, "`动画控制器` 的作用是读取数据并播放动画。" + CODE, en, GLOSSARY)) == 1
    # the English term not after a code span: a Chinese code string holding the word is no rendering (review49 R7)
    assert len(_check(tmp_path, "点击 `切换组件` 按钮后读取数据。" + CODE,
                      "Click the button to switch the component and read the data." + CODE_EN, GLOSSARY)) == 1
