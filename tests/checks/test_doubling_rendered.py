"""Whether the English renders a doubled Chinese word, or a run of clauses written twice, each time."""
from __future__ import annotations

from zhen_qa.checks.doubling_rendered import rendered_apart, run_rendered_twice

RUN = "本文方法的准确率最高，模型的收敛速度最快"
CHINESE = f"在训练数据集上，{RUN}，在测试数据集上，{RUN}。"


def test_a_run_named_twice_by_the_english_is_rendered_twice() -> None:
    assert run_rendered_twice(RUN, CHINESE, "On the training set our method has the highest accuracy and the fastest "
                              "convergence; on the test set it also has the highest accuracy and the fastest "
                              "convergence.")


def test_a_run_named_once_is_not() -> None:
    assert not run_rendered_twice(RUN, CHINESE, "On the training and test sets our method has the highest accuracy "
                                  "and the fastest convergence.")


ZH = "保留所有你添加的自定义定义，而不必重新定义它们。"


def test_a_word_and_the_doubled_word_rendered_apart() -> None:
    """自定义 + 定义 beside "custom definitions": a gloss of 自定义's own (custom) and one of 定义's. "operating" is a
    gloss of 操作, a part of 操作系统: "operating system" renders one word, not 操作系统 and 系统. The Chinese's other
    定义 (重新定义) is rendered by "redefine", a word holding the gloss."""
    assert rendered_apart("自定义", "定义", ZH, "keep all the custom definitions you added without having to "
                          "redefine them")
    assert not rendered_apart("自定义", "定义", ZH, "keep all the custom commands you added")
    assert not rendered_apart("自定义", "定义", ZH, "keep all the definitions you added")
    assert not rendered_apart("操作系统", "系统", "升级操作系统系统。", "upgrade the operating system")


def test_a_gloss_that_renders_another_copy_of_the_unit_is_not_the_doubled_one() -> None:
    """R3 (review62 nu/d): "definitions" renders 模块中原有的定义, the Chinese's other 定义; nothing is left for the
    doubled one."""
    zh = "它会保留你添加的自定义定义命令，而不会影响模块中原有的定义。"
    assert not rendered_apart("自定义", "定义", zh, "It keeps the custom commands you added, without touching the "
                              "definitions already in the module.")
    assert not rendered_apart("自定义", "定义", ZH, "keep all the custom definitions you added")


def test_the_units_gloss_must_be_the_next_word_not_hyphened_to_the_words() -> None:
    """R3 (review62 nu/a, nu/b): "custom-defined" is one rendering of 自定义; "custom commands and definitions" puts
    the gloss elsewhere, and "user-defined custom commands" writes it before."""
    zh = "保留所有你添加的自定义定义命令。"
    assert not rendered_apart("自定义", "定义", zh, "keeps all the custom-defined commands you added")
    assert not rendered_apart("自定义", "定义", zh, "keeps all the custom commands and definitions you added")
    assert not rendered_apart("自定义", "定义", zh, "keeps all the user-defined custom commands you added")
    assert rendered_apart("自定义", "定义", zh, "keeps all the custom definition commands you added")
