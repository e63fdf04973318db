"""The count of term-missing rows one rendering decision would join (benchmarks/term_missing_groups.py), on small
pages of our own."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import pytest  # noqa: E402
import term_missing_groups as groups  # noqa: E402

FILLER = (("我们读取文件。", "We read the file."), ("我们写入结果。", "We write the result."),
          ("程序结束。", "The program ends."))


def _page(beads: tuple[tuple[str, str], ...], rows: list[tuple[int, str]], term: str = "启动",
          renderings: tuple[str, ...] = ("start",)) -> groups.Page:
    cands = tuple(groups.Candidate(b, "startup", "en", 10 + b, v, "", term, renderings) for b, v in rows)
    return groups.Page("set", "page.zh.md", beads, cands)


def test_one_word_standing_in_two_beads_of_a_concept_and_nowhere_else_is_one_choice() -> None:
    beads = FILLER + (("主进程启动工作进程。", "The master forks the workers."),
                      ("代理进程由主进程启动。", "The agent is forked by the master."))
    found = groups.choices(_page(beads, [(3, "F"), (4, "F")]))
    assert [(c.word, len(c.members), c.group) for c in found] == [("fork", 2, 2)]


def test_a_word_the_whole_page_says_is_no_choice() -> None:
    # "master" stands in the two beads and in three others: the page's topic, not a rendering of 启动
    beads = (("主进程读取文件。", "The master reads the file."), ("主进程写入结果。", "The master writes the result."),
             ("主进程结束。", "The master ends."), ("主进程启动工作进程。", "The master spawns workers."),
             ("代理进程由主进程启动。", "The agent comes from the master."))
    assert groups.choices(_page(beads, [(3, "F"), (4, "F")])) == []


def test_a_word_the_chinese_says_itself_is_no_choice() -> None:
    # "tasks" renders 任务 of each Chinese sentence: it is no rendering of the missing 启动
    beads = FILLER + (("主进程启动任务。", "The master has tasks."), ("代理启动任务。", "The agent has tasks."))
    assert all(c.word != "task" for c in groups.choices(_page(beads, [(3, "F"), (4, "F")])))
    beads = FILLER + (("主进程启动。", "The master has tasks."), ("代理启动。", "The agent has tasks."))
    assert [c.word for c in groups.choices(_page(beads, [(3, "F"), (4, "F")]))] == ["task"]  # nothing accounts for it


def test_a_one_off_substitute_is_no_choice() -> None:
    beads = FILLER + (("主进程启动工作进程。", "The master forks the workers."),)
    assert groups.choices(_page(beads, [(3, "T")])) == []


def test_the_glossary_form_beside_a_sentence_that_leaves_it_to_the_context() -> None:
    own = FILLER + (("服务随后启动。", "The service then starts."), ("然后启动它。", "Then run it."))
    page = _page(own, [(4, "F")])
    assert not groups.neighbour_form(page, page.candidates[0])  # the neighbour's "starts" is its own 启动's
    spare = FILLER + (("服务随后就绪。", "The service then starts."), ("然后启动它。", "Then run it."))
    page = _page(spare, [(4, "F")])
    assert groups.neighbour_form(page, page.candidates[0])
    far = FILLER + (("服务随后就绪。", "The service then starts."), ("它会打开端口。", "It opens the port."),
                    ("然后启动它。", "Then run it."))
    page = _page(far, [(5, "F")])
    assert not groups.neighbour_form(page, page.candidates[0])  # two beads away: no neighbour


def test_report_counts_rows_groups_and_joins(capsys: pytest.CaptureFixture[str]) -> None:
    beads = FILLER + (("主进程启动工作进程。", "The master forks the workers."),
                      ("代理进程由主进程启动。", "The agent is forked by the master."),
                      ("然后启动它。", "Then run it."))
    totals = groups.report([_page(beads, [(3, "F"), (4, "F"), (5, "T")])])["set"]
    assert totals["rows F"] == 2 and totals["rows T"] == 1
    assert totals["in page groups F"] == 2 and totals["in page groups T"] == 1
    assert totals["choice rows"] == 2 and totals["choice saves"] == 1 and totals["choice T rows"] == 0
    assert "启动 -> fork\t2/3\tFF" in capsys.readouterr().out  # the join is printed with its word and labels
