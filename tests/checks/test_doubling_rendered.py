"""Whether the English renders a doubled Chinese word, or a run of clauses written twice, each time."""
from __future__ import annotations

from zhen_qa.checks.doubling_rendered import run_rendered_twice

RUN = "本文方法的准确率最高，模型的收敛速度最快"
CHINESE = f"在训练数据集上，{RUN}，在测试数据集上，{RUN}。"


def test_a_run_named_twice_by_the_english_is_rendered_twice() -> None:
    assert run_rendered_twice(RUN, CHINESE, "On the training set our method has the highest accuracy and the fastest "
                              "convergence; on the test set it also has the highest accuracy and the fastest "
                              "convergence.")


def test_a_run_named_once_is_not() -> None:
    assert not run_rendered_twice(RUN, CHINESE, "On the training and test sets our method has the highest accuracy "
                                  "and the fastest convergence.")
