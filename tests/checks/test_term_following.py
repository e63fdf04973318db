"""Tests of checks.term_following: 以下命令 where the English introduces the block by a colon or a bare "following"."""
from __future__ import annotations

from tests.checks.terms_kit import gl, term_missing
from zhen_qa.checks.term_following import pointed_at_following
from zhen_qa.glossary.model import Concept

COMMAND = Concept("command", "命令", "command", en_admitted=("commands",))
GLOSSARY = gl(COMMAND)


def missing(zh: str, en: str) -> list[str]:
    return term_missing(GLOSSARY, [zh], [en])


def test_the_following_command_introduced_by_a_colon_is_no_finding() -> None:
    assert missing("使用以下命令导入它们：", "Import them using:") == []
    assert missing("所以下面的命令将删除当前目录中的所有文件：",
                   "So the following will remove every file of the current directory:") == []
    assert missing("请在克隆的仓库内运行以下命令：", "Run the following from inside the cloned repository:") == []


def test_another_noun_or_nothing_introduced_is_still_missing() -> None:
    # the English names another thing (a script), introduces nothing, or the Chinese points back, not forward
    assert len(missing("使用以下命令导入它们：", "Import them using the following script:")) == 1
    assert len(missing("使用以下命令导入它们。", "Import them.")) == 1
    assert len(missing("使用该命令导入它们：", "Import them using:")) == 1
    # "the following:" right before the colon: the noun of "the following command:" dropped
    assert len(missing("运行以下命令：", "Run the following:")) == 1


def test_the_parts() -> None:
    text = "你可以使用以下命令以交互模式运行镜像："
    at = text.index("命令")
    assert pointed_at_following(text, at, "You can run the image in interactive mode using:")
    assert not pointed_at_following(text, at, "You can run the image in interactive mode using the following tool:")
    assert not pointed_at_following(text, at, "You can run the image in interactive mode.")
