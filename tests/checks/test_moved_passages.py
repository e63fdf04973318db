"""checks.moved_passages: a passage the English gives in another section of the page is one low-severity finding
where the Chinese has it (not untranslated there and extra-target where the English has it); a passage the English
page lacks is still reported as missing."""
from __future__ import annotations

from pytest import MonkeyPatch

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks import moved_passages
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.checks.moved_passages import MAX_RUNS
from zhen_qa.manuscript.source import Location
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


POOL_ZH = "\n".join([
    "# 连接池",
    "",
    "## 配置",
    "",
    "### 参数说明",
    "",
    "注意：",
    "",
    "1. 连接池的最大空闲连接数默认为 10 个；",
    "2. 空闲连接超过 30 秒后会被关闭；",
    "3. 如果开启了长连接，需要在 Client 端设置 `WithLongConnection`；",
    "",
    "#### 示例代码",
    "",
    "下面的代码展示了如何创建一个客户端。",
    "",
])
POOL_EN = "\n".join([
    "# Connection pool",
    "",
    "## Configuration",
    "",
    "Note:",
    "",
    "1. The maximum number of idle connections in the pool is 10 by default.",
    "2. Idle connections are closed after 30 seconds.",
    "3. If long connections are enabled, set `WithLongConnection` on the Client side.",
    "",
    "### Parameters",
    "",
    "#### Sample code",
    "",
    "The code below shows how to create a client.",
    "",
])


def test_a_moved_passage_with_other_numbers_is_still_missing() -> None:
    """review63 R3 (/tmp/review63/kx/m/a): the English list moved above the heading says 100 and 3 where the Chinese
    says 10 and 30; no number check reads either run, so the merge would call a passage with wrong values translated.
    The runs' numbers differ: both findings stay (the Chinese list a warning)."""
    assert [(f.rule, f.severity) for f in _unpaired(POOL_ZH, POOL_EN)] == [("untranslated", Severity.INFO)]
    en = POOL_EN.replace("is 10 by default", "is 100 by default").replace("after 30 seconds", "after 3 seconds")
    found = [(f.rule, f.lang, f.location.line, f.severity) for f in _unpaired(POOL_ZH, en)]
    assert ("untranslated", "zh", 7, Severity.WARNING) in found and ("extra-target", "en", 5, Severity.INFO) in found


def test_a_moved_passage_with_a_code_span_dropped_is_still_missing() -> None:
    en = POOL_EN.replace("set `WithLongConnection` on the Client side", "set it on the Client side")
    found = [(f.rule, f.severity) for f in _unpaired(POOL_ZH, en)]
    assert ("untranslated", Severity.WARNING) in found and ("extra-target", Severity.INFO) in found


def _run(rule: str, lang: str, line: int, texts: list[str]) -> Finding:
    where = Location(f"a.{lang}.md", line, 1, line + len(texts), 1)
    return Finding(rule, Severity.WARNING if lang == "zh" else Severity.INFO, "m", where, lang, texts[0],
                   data=(("sentences", [{"text": t, "line": line + k, "column": 1} for k, t in enumerate(texts)]),))


def test_a_page_with_many_runs_of_each_kind_is_not_searched_for_moved_passages(monkeypatch: MonkeyPatch) -> None:
    """review63 R7: every untranslated run was tried against every extra-target run (quadratic: 91 x 62 runs of two
    mis-paired kitex pages doubled the check). More than MAX_RUNS of each kind is a drifted or mis-paired page: no
    pair is tried, the findings stay as they are."""
    tried: list[int] = []

    def moved(zh: list[str], en: list[str]) -> bool:
        tried.append(1)
        return True

    monkeypatch.setattr(moved_passages, "_moved", moved)
    many = MAX_RUNS + 1
    findings = [_run("untranslated", "zh", 10 * k + 1, [f"第 {k} 段没有英文。"]) for k in range(many)] + [
        _run("extra-target", "en", 10 * k + 1, [f"Paragraph {k} has no Chinese."]) for k in range(many)]
    assert moved_passages.elsewhere(findings) == findings and tried == []
    few = findings[:1] + findings[many:many + 1]
    assert len(moved_passages.elsewhere(few)) == 1 and tried == [1]


def test_the_han_class_takes_extension_and_compatibility_characters() -> None:
    """review63 R2: the module's Han class is manuscript.script's HAN (extension A, compatibility, extension B)."""
    assert all(moved_passages._HAN.fullmatch(ch) for ch in ("㐀", "豈", "𠮷", "中"))
