"""term_menu_path: a Chinese term inside a 【…】 menu path item the English writes as its own menu path in a code span
(用户点击【资源中心】-【任务组管理】 = "clicks `Resources -> Task Group Management`"; dolphin-heldout-g, gm57)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_lines
from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.checks.term_menu_path import in_menu_path
from zhen_qa.checks.term_rendered import zh2en
from zhen_qa.glossary.model import Concept, Glossary

CENTER = "resource-center,资源中心,resource center,,\n"
GROUP = "task-group,任务组,task group,,\n"
CODE = "\n\n运行 `make`。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_a_term_in_a_menu_path_item_is_the_interface_label(tmp_path: Path) -> None:
    zh = "用户点击【资源中心】-【任务组管理】-新建任务组。\n" + CODE
    en = "The user clicks `Resources -> Task Group Management -> Create Task Group`.\n" + CODE_EN
    assert _check(tmp_path, zh, en, CENTER) == []  # fails before: 「资源中心」 has no “resource center”


def test_a_term_in_the_prose_or_without_an_english_path_is_still_missing(tmp_path: Path) -> None:
    prose = "资源中心用于管理文件，点击【任务组管理】-【新建】。\n" + CODE  # the term in the prose, outside the path
    en = "It manages files: click `Task Group Management -> Create`.\n" + CODE_EN
    assert len(_check(tmp_path, prose, en, CENTER)) == 1
    zh = "用户点击【资源中心】-【任务组管理】-新建任务组。\n" + CODE
    dropped = "The user clicks Task Group Management to create a task group.\n" + CODE_EN  # no menu path
    assert len(_check(tmp_path, zh, dropped, CENTER)) == 1


def test_the_menu_path_shapes() -> None:
    zh = "点击【资源中心】>【任务组管理】"
    none = Glossary.build([])
    assert in_menu_path(zh, 3, 7, "Click **Resources > Task Group Management**", none, zh2en())
    assert not in_menu_path("点击【资源中心】按钮", 3, 7, "Click `Resources -> Task Group`", none, zh2en())  # one item
    assert not in_menu_path(zh, 3, 7, "Click `Resources`", none, zh2en())  # the English writes one label, no path
    # a path of another length: no item pairs with 【资源中心】
    assert not in_menu_path(zh, 3, 7, "Click `Resources -> Task Group Management -> Create`", none, zh2en())
    group = Glossary.build([Concept(id="task-group", zh="任务组", en="task group")])
    # the English item at the term's place names another listed concept
    assert not in_menu_path(zh, 3, 7, "Click `Task Group Resources -> Task Group Management`", group, zh2en())


def test_a_menu_path_pointing_at_another_menu_keeps_its_finding(tmp_path: Path) -> None:
    """review57 R7: "Project Management" where 【资源中心】 stands — the English path is another menu (the item shares
    no gloss with 资源中心), the slip the missing term reveals; the same path with "Resources" is the label."""
    zh = "用户点击【资源中心】-【任务组管理】-【任务组配置】，再点击创建任务组。\n" + CODE
    other = "The user clicks `Project Management -> Task Group Management -> Task Group Configuration`, then clicks" \
            " create task group.\n" + CODE_EN
    assert page_term_lines(tmp_path, zh, other, CENTER + GROUP, "zh") == [1]  # fails before: 0 findings
    same = other.replace("Project Management", "Resources")
    assert page_term_lines(tmp_path, zh, same, CENTER + GROUP, "zh") == []
    # the other items must correspond too: a path through other menus is another path
    elsewhere = same.replace("Task Group Management -> Task Group Configuration", "Alert Rules -> Alert Group")
    assert page_term_lines(tmp_path, zh, elsewhere, CENTER + GROUP, "zh") == [1]
