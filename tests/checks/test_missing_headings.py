"""missing_headings: a term several headings of a page leave out, each aligned with a heading alone, is one finding
naming each heading (eventmesh-heldout-g sdk-java/02-http: ### 事件发送 = "### Publish", ### 事件订阅 = "### Subscribe",
事件 = event listed; gm59)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_findings

EVENT = "event,事件,event,,events\n"
# the page renders the term as listed in most sentences: no page summary (`missing_summary`)
INTRO = "# 客户端\n\n客户端发送事件到服务端。\n\n服务端保存事件。\n\n每个事件都有编号。\n\n"
INTRO_EN = "# Client\n\nThe client sends events to the server.\n\nThe server stores the events.\n\n" \
    "Each event has a number.\n\n"
PUBLISH = "### 事件发送\n\n调用 `publish` 方法。\n\n"
PUBLISH_EN = "### Publish\n\nCall the `publish` method.\n\n"
SUBSCRIBE = "### 事件订阅\n\n调用 `subscribe` 方法。\n\n"
SUBSCRIBE_EN = "### Subscribe\n\nCall the `subscribe` method.\n\n"


def test_a_term_several_headings_leave_out_is_one_finding(tmp_path: Path) -> None:
    found = page_term_findings(tmp_path, INTRO + PUBLISH + SUBSCRIBE, INTRO_EN + PUBLISH_EN + SUBSCRIBE_EN, EVENT)
    assert len(found) == 1  # fails before: one finding a heading
    assert "in the aligned English of 2 headings (Chinese lines 9 and 13" in found[0].message
    assert [s["line"] for s in dict(found[0].data)["sentences"]] == [9, 13]  # every heading kept in its data


def test_a_term_a_sentence_drops_too_keeps_each_finding(tmp_path: Path) -> None:
    # a real drop in running text beside a heading that leaves the term out: each its own finding, as before
    dropped = "客户端可以批量发送事件。\n\n"
    dropped_en = "The client can send in batches.\n\n"
    found = page_term_findings(tmp_path, INTRO + PUBLISH + dropped, INTRO_EN + PUBLISH_EN + dropped_en, EVENT)
    assert [f.location.line for f in found] == [9, 13]
    assert all(f.message == "「事件」 has no “event” / “events” in the aligned English" for f in found)


def test_headings_whose_english_reads_the_same_keep_each_finding(tmp_path: Path) -> None:
    # the term tells the two sections apart (review55 R1): each heading a defect of its own, each its own finding
    zh = INTRO + PUBLISH + SUBSCRIBE
    en = INTRO_EN + PUBLISH_EN + SUBSCRIBE_EN.replace("### Subscribe", "### Publish")
    found = page_term_findings(tmp_path, zh, en, EVENT)
    assert [f.location.line for f in found] == [9, 13]
