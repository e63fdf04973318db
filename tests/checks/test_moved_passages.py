"""checks.moved_passages: a passage the English gives in another section of the page is one low-severity finding
where the Chinese has it (not untranslated there and extra-target where the English has it); a passage the English
page lacks is still reported as missing."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.report.findings import Finding, Severity

ZH = "\n".join([
    "# Frugal",
    "",
    "## 使用方法",
    "",
    "### Kitex 集成",
    "",
    "说明：",
    "",
    "1. Server 端和 Client 端 **可以独立使用** frugal；",
    "2. 如 Server 端开启 Frugal，需确保 Client 端指定了 Framed 或 TTHeaderFramed 协议；",
    "3. 如使用 slim 模板，必须指定 PayloadCodec 为开启 frugal；",
    "",
    "#### 生成脚手架",
    "",
    "Kitex 命令行工具内建了集成 frugal 的能力。",
    "",
])
EN = "\n".join([
    "# Frugal",
    "",
    "## Usage",
    "",
    "Note:",
    "",
    "1. Frugal **can be used independently** on either server side or client side.",
    "2. If Frugal is enabled on the server side, make sure that Framed (or TTHeaderFramed) is enabled on the client "
    "side.",
    "3. If slim template is used, PayloadCodec must be specified to enable frugal.",
    "",
    "### Kitex Integration",
    "",
    "#### Scaffold Generation",
    "",
    "The Kitex Command Line tool has built-in frugal integration.",
    "",
])


def _unpaired(zh: str, en: str) -> list[Finding]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return list(check_manuscript(ms, select=["untranslated", "extra-target"]))


def test_a_passage_moved_across_a_heading_is_one_low_severity_finding() -> None:
    found = _unpaired(ZH, EN)
    assert [(f.rule, f.lang, f.location.line, f.severity) for f in found] == [
        ("untranslated", "zh", 7, Severity.INFO)]
    assert "the English page has this passage at line 5" in found[0].message


def test_a_passage_the_english_page_lacks_is_still_missing() -> None:
    """The English list deleted: nothing elsewhere renders it, so the Chinese list is untranslated (a warning), and an
    unrelated English note left alone elsewhere does not take its place."""
    en = EN.replace("Note:\n\n1. Frugal **can be used independently** on either server side or client side.\n"
                    "2. If Frugal is enabled on the server side, make sure that Framed (or TTHeaderFramed) is enabled "
                    "on the client side.\n3. If slim template is used, PayloadCodec must be specified to enable "
                    "frugal.\n", "See the examples repository for a complete client and server.\n")
    found = _unpaired(ZH, en)
    assert ("untranslated", "zh", 7, Severity.WARNING) in [(f.rule, f.lang, f.location.line, f.severity)
                                                          for f in found]
    assert not any("another place" in f.message for f in found)


def test_one_sentence_on_the_same_topic_is_no_moved_passage() -> None:
    """kitex acquire_rpcinfo with a Chinese paragraph deleted (the recall run): the true untranslated sentence about
    synchronous use and the English of the deleted paragraph (use in a new goroutine) share names and topic words, and
    the aligner pairs them given alone; one sentence pair is no passage, so both stay reported."""
    zh = "\n".join([
        "# 获取 RPCInfo",
        "",
        "## 同步使用",
        "",
        "同步的使用方式是指用户没有在新起的 Goroutine 里获取 RPCInfo。",
        "",
        "## 异步使用",
        "",
        "- **方式一**：使用 Kitex 提供的 rpcinfo.FreezeRPCInfo 复制初始的 RPCInfo 再使用。",
        "",
    ])
    en = "\n".join([
        "# Get RPCInfo",
        "",
        "## Synchronous usage",
        "",
        "## Asynchronous usage",
        "",
        "If you need to get RPCInfo in the new goroutine, there are two ways to use it.",
        "",
        "- **Method 1:** Use the rpcinfo.FreezeRPCInfo provided by Kitex to copy the initial RPCInfo and then use it.",
        "",
    ])
    found = [(f.rule, f.location.line, f.severity) for f in _unpaired(zh, en)]
    assert ("untranslated", 5, Severity.WARNING) in found
    assert ("extra-target", 7, Severity.INFO) in found
