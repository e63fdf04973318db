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


def test_a_word_one_heading_says_is_not_named_for_every_heading(tmp_path: Path) -> None:
    # review59 R7: "### Publish" says no "incidents"; a message naming it as the rendering of both headings sends the
    # translator to line 9 for a word that is not there: the join says the term is left out, no word named
    en = INTRO_EN + PUBLISH_EN + SUBSCRIBE_EN.replace("### Subscribe", "### Subscribe to incidents")
    found = page_term_findings(tmp_path, INTRO + PUBLISH + SUBSCRIBE, en, EVENT)
    assert len(found) == 1
    assert "rendered “incidents”" not in found[0].message  # fails before: "is rendered “incidents” in 2 headings"
    assert "has no “event” / “events” in the aligned English of 2 headings (Chinese lines 9 and 13" in found[0].message
    assert dict(found[0].data)["instead"] is None


def test_a_word_every_heading_says_is_named(tmp_path: Path) -> None:
    # both headings say "incidents" for 事件: that is the page's word for it, named with both lines
    en = INTRO_EN + PUBLISH_EN.replace("### Publish", "### Publish incidents") \
        + SUBSCRIBE_EN.replace("### Subscribe", "### Subscribe to incidents")
    found = page_term_findings(tmp_path, INTRO + PUBLISH + SUBSCRIBE, en, EVENT)
    assert len(found) == 1
    assert "「事件」 is rendered “incidents” in 2 headings (Chinese lines 9 and 13)" in found[0].message


def test_a_part_of_the_listed_rendering_is_not_named_for_headings(tmp_path: Path) -> None:
    # cx59: 社交 is a part of the listed 社交距离 (the term cut short), no other word for "social distancing"
    glossary = "distancing,社交距离,social distancing\n"
    zh = "# 防护\n\n保持社交距离。\n\n社交距离可以减少传播。\n\n请遵守社交距离。\n\n" \
        "### 工作中的社交\n\n戴口罩。\n\n### 学校里的社交\n\n勤洗手。\n\n"
    en = "# Protection\n\nKeep social distancing.\n\nSocial distancing reduces spread.\n\n" \
        "Please follow social distancing.\n\n### Social distancing at work\n\nWear a mask.\n\n" \
        "### Social distancing at school\n\nWash your hands.\n\n"
    found = [f for f in page_term_findings(tmp_path, zh, en, glossary) if f.lang == "en"]
    assert found and all("rendered 「社交」" not in f.message for f in found)
