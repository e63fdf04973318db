"""missing_alike: a concept a page renders by the same other word in every sentence lacking the listed rendering is
one finding naming the word (eventmesh-heldout-g sdk-java/02-http: 信息 for "message" twice where 消息 is listed and
written three times; gm59)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings
from zhen_qa.checks.missing_alike import rendered_alike
from zhen_qa.checks.missing_summary import Missed
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Severity

MESSAGE = "message,消息,message,,messages\n"
# the page renders the term as listed in most sentences: no page summary (`missing_summary`)
LISTED = "客户端发送消息。\n\n服务端接收消息。\n\n消息被保存到存储中。\n\n"
LISTED_EN = "The client sends a message.\n\nThe server receives the message.\n\nThe message is saved to the store.\n\n"
TAIL = "运行 `make` 即可。\n"
TAIL_EN = "Run `make` to finish.\n"


def test_one_other_word_in_every_sentence_is_one_finding(tmp_path: Path) -> None:
    zh = LISTED + "回调地址会收到一条信息。\n\n控制器解析回调信息。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives a message.\n\nThe controller parses the callback message.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE)
    assert len(found) == 1  # fails before: one finding a sentence
    assert "is rendered 「信息」 in 2 sentences (English lines 7 and 9)" in found[0].message
    assert "rendered as listed in 3" in found[0].message
    assert [s["line"] for s in dict(found[0].data)["sentences"]] == [7, 9]  # every sentence kept in its data


def test_a_sentence_without_the_word_keeps_each_finding(tmp_path: Path) -> None:
    # a real drop: the second sentence has nothing for "message"; the two misses are two findings, as before
    zh = LISTED + "回调地址会收到一条信息。\n\n控制器解析回调。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives a message.\n\nThe controller parses the callback message.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE)
    assert [f.location.line for f in found] == [7, 9]
    assert all("has no 「消息」" in f.message for f in found)


def test_a_word_another_concept_lists_is_no_rendering_choice(tmp_path: Path) -> None:
    # 信息 is the listed rendering of "information", which each English sentence names too: it renders that concept
    zh = LISTED + "回调地址会收到信息。\n\n控制器解析回调信息。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives the message information.\n\nThe controller parses the callback " \
        "message information.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE + "information,信息,information\n")
    assert found and all("has no 「消息」" in f.message for f in found)  # one an excuse takes; none joined


def test_a_word_the_source_sentence_says_itself_keeps_each_finding(tmp_path: Path) -> None:
    # review59 R1: 信息 renders "information", a word of the English sentence's own, in both sentences; nothing is
    # left over for "message", dropped twice: two real drops, two findings, no "rendered 「信息」"
    zh = LISTED + "回调地址会收到用户信息。\n\n网关会转发设备信息。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives a message with the user information.\n\nThe gateway forwards a " \
        "message with the device information.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE)
    assert [f.location.line for f in found] == [7, 9]  # fails before: one finding, "rendered 「信息」 in 2 sentences"
    assert all("has no 「消息」" in f.message for f in found)


def test_a_word_the_chinese_sentence_says_itself_keeps_each_finding(tmp_path: Path) -> None:
    # review59 R1, the mirror: "information" renders 信息 of the Chinese sentence, not 消息, dropped twice
    zh = LISTED + "回调地址会收到带有用户信息的消息。\n\n网关会转发带有设备信息的消息。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives the user information.\n\nThe gateway forwards the device " \
        "information.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE)
    assert [f.location.line for f in found] == [7, 9]  # fails before: one finding, "rendered “information”"
    assert all("has no “message” / “messages”" in f.message for f in found)


def test_a_word_said_once_more_than_the_source_accounts_for_is_a_rendering_choice(tmp_path: Path) -> None:
    # the same sentences with 信息 written once more each time (a message of information): one is left over for
    # "message" in both, the translator's choice: one finding naming it
    zh = LISTED + "回调地址会收到用户信息的信息。\n\n网关会转发设备信息的信息。\n\n" + TAIL
    en = LISTED_EN + "The callback URL receives a message with the user information.\n\nThe gateway forwards a " \
        "message with the device information.\n\n" + TAIL_EN
    found = page_term_findings(tmp_path, zh, en, MESSAGE)
    assert len(found) == 1
    assert "is rendered 「信息」 in 2 sentences (English lines 7 and 9)" in found[0].message


def _missed(line: int, target: str, renderings: tuple[str, ...]) -> Missed:
    finding = Finding("term-missing", Severity.WARNING, "m", Location("p.en.md", line, 1, line, 2), "en", "")
    return Missed(finding, "c", "application failover", "application failover", "zh", target, renderings,
                  bead=(line,))


def test_a_part_of_the_listed_rendering_is_no_other_word() -> None:
    # karmada application-failover: 应用 is the listed 应用故障迁移 cut short, not another word for it (no group)
    items = [_missed(9, "应用级故障迁移", ("应用故障迁移",)), _missed(195, "应用故障转移", ("应用故障迁移",))]
    assert rendered_alike(items, frozenset()) is None
    other = [_missed(9, "应用程序的切换", ("故障迁移",)), _missed(195, "应用的切换", ("故障迁移",))]
    assert rendered_alike(other, frozenset()) == "应用"  # a word of its own is a rendering choice
