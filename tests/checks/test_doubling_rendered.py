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


def test_a_word_and_the_doubled_word_rendered_apart() -> None:
    """自定义 + 定义 beside "custom definitions": a gloss of 自定义's own (custom) and one of 定义's. "operating" is a
    gloss of 操作, a part of 操作系统: "operating system" renders one word, not 操作系统 and 系统."""
    assert rendered_apart("自定义", "定义", "keep all the custom definitions you added")
    assert not rendered_apart("自定义", "定义", "keep all the custom commands you added")
    assert not rendered_apart("自定义", "定义", "keep all the definitions you added")
    assert not rendered_apart("操作系统", "系统", "upgrade the operating system")
