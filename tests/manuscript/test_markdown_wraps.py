"""Soft line breaks that only wrap a Chinese sentence inside a Markdown paragraph (`manuscript.markdown_wraps`), Hugo
shortcodes and footnote markers left as text, read end to end (otel-heldout, fresh59's classes P1c, L1, S1, C1)."""
from __future__ import annotations

from pathlib import Path

from tests.pages import rules_and_messages
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.markdown_wraps import join_wrapped
from zhen_qa.manuscript.source import SourceText


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.role.value, b.text.text) for b in markdown_blocks(SourceText.from_text("doc.md", text))]


COLON_ZH = ("# 历史\n\nOpenTelemetry 是一个开源项目，由两个项目合并而成。原来这两个项目都是为解决同样的问题而创建的：\n"
            "缺乏一种标准的方法来为代码进行插桩并将遥测数据发送到后端。\n")
LINK_ZH = ("# 安装\n\n每个插桩库是一个独立的 Go 包。例如，如果要安装由\n"
           "[Contrib repository](https://github.com/open-telemetry/opentelemetry-go-contrib)\n"
           "维护的插桩库，可以运行以下命令。\n")


def test_a_line_final_colon_inside_a_paragraph_does_not_end_the_sentence() -> None:
    """The wrap put the colon at the line's end; the rendered sentence goes on (what-is-opentelemetry zh 82)."""
    assert _blocks(COLON_ZH) == [
        ("heading", "历史"),
        ("paragraph", "OpenTelemetry 是一个开源项目，由两个项目合并而成。原来这两个项目都是为解决同样的问题而创建的："
                      "缺乏一种标准的方法来为代码进行插桩并将遥测数据发送到后端。"),
    ]


def test_a_line_final_semicolon_inside_a_paragraph_does_not_end_the_sentence() -> None:
    """； joins clauses of one sentence (zero-code/java/agent/instrumentation/_index zh 27)."""
    assert _blocks("# 映射\n\n然后，发往甲的请求会带有乙属性；\n而发往丙的请求会带有丁属性。\n") == [
        ("heading", "映射"), ("paragraph", "然后，发往甲的请求会带有乙属性；而发往丙的请求会带有丁属性。")]


def test_a_colon_before_a_list_or_a_hard_break_still_ends_its_line() -> None:
    assert _blocks("# 历史\n\n以下问题可以帮助你判断：\n- 问题一\n- 问题二\n") == [
        ("heading", "历史"), ("paragraph", "以下问题可以帮助你判断："), ("paragraph", "问题一"),
        ("paragraph", "问题二")]
    assert _blocks("# 历史\n\n以下两点：  \n第一点。\n") == [
        ("heading", "历史"), ("paragraph", "以下两点："), ("paragraph", "第一点。")]


def test_a_recorded_hard_break_keeps_a_line_the_wrap_would_join() -> None:
    """`join_wrapped` reads the hard breaks from the walker's record: the same source line, its newline recorded as
    a hard break, stays a line of its own; not recorded, it is joined."""
    text = "原来这两个项目都是为解决同样的问题而创建的：\n缺乏一种标准的方法。"
    chars, offsets = list(text), list(range(len(text)))
    newline = text.index("\n")
    assert "\n" not in join_wrapped(chars, offsets, text, True)[0]
    assert "\n" in join_wrapped(chars, offsets, text, True, {newline})[0]


def test_a_marker_or_a_label_outside_the_closed_patterns_is_joined() -> None:
    """`_ITEM_OR_LABEL` and `_LABEL_ONLY` are closed: an item opened by ㈠ (no marker of theirs) is joined to the
    line before its ；, and a bold line of more than twelve characters before its colon is a clause, not a label."""
    assert _blocks("# 校验\n\n步骤：\n㈠检查白名单；\n㈡校验签名。\n")[2:] == [
        ("paragraph", "㈠检查白名单； ㈡校验签名。")]
    assert _blocks("# 日志\n\n> **以下两种采样方式由收集器提供：**\n> 日志中包括了源代码等信息。\n")[1:] == [
        ("paragraph", "以下两种采样方式由收集器提供：日志中包括了源代码等信息。")]


def test_an_item_a_label_or_a_one_line_paragraph_after_the_mark_keeps_its_line() -> None:
    """Lines Markdown reads as one paragraph that the English reader keeps apart too: items typed without list
    syntax (rocketmq 04access zh 64), a bold label opening the next line (iotdb Backup-Tool zh 116), a line that is
    only a label (paddle jit/debugging zh 209), a ； ending a line wider than a wrap (hugegraph desgin-concept
    zh 18)."""
    assert _blocks("# 校验\n\n校验逻辑主要分为以下几步：\n（1）检查白名单；\n（2）校验签名。\n") == [
        ("heading", "校验"), ("paragraph", "校验逻辑主要分为以下几步："), ("paragraph", "（1）检查白名单；"),
        ("paragraph", "（2）校验签名。")]
    assert _blocks("# 规则\n\n* 当路径仅有分号分割时：\n  **规则**：可以只输入一个路径。\n")[1:] == [
        ("paragraph", "当路径仅有分号分割时："), ("paragraph", "规则：可以只输入一个路径。")]
    assert _blocks("# 日志\n\n> **注意：**\n> 日志中包括了源代码等信息。\n")[1:] == [
        ("paragraph", "注意："), ("paragraph", "日志中包括了源代码等信息。")]
    wide = ("顶点属性值通过边指针方式存储时，如果要更新一个顶点特定的属性值直接通过覆盖写入即可，"
            "其弊端是冗余存储了顶点；")
    assert _blocks(f"# 设计\n\n{wide}\n如果要更新边的属性，需要先读后改。\n")[1:] == [
        ("paragraph", wide), ("paragraph", "如果要更新边的属性，需要先读后改。")]


def test_an_english_line_after_a_colon_stays_a_line_of_its_own() -> None:
    """English left after the colon is no Chinese sentence going on: it stays a line, for untranslated-span to see
    (tests/checks/test_statement_caption.py reports it end to end)."""
    assert _blocks("# 显示\n\n显示某一路径的 TTL 的 SQL 语句如下所示：\nShow the TTL of a path pattern\n")[1:] == [
        ("paragraph", "显示某一路径的 TTL 的 SQL 语句如下所示："), ("paragraph", "Show the TTL of a path pattern")]


def test_a_colon_sentence_the_english_lacks_is_still_reported(tmp_path: Path) -> None:
    """The same wrapped sentence with no English: reported, as one sentence."""
    en = "# History\n\nOpenTelemetry is an open source project that is the result of a merger of two projects.\n"
    assert rules_and_messages(tmp_path, COLON_ZH, en) == [
        ("untranslated", "no English for: 原来这两个项目都是为解决同样的问题而创建的："
                         "缺乏一种标准的方法来为代码进行插桩并将遥测数据发送到后端。")]


def test_a_line_holding_only_a_link_does_not_cut_the_chinese_sentence() -> None:
    """`[Contrib repository](…)` on a line of its own is a name in the sentence (languages/go/libraries zh 26)."""
    assert _blocks(LINK_ZH) == [
        ("heading", "安装"),
        ("paragraph", "每个插桩库是一个独立的 Go 包。例如，如果要安装由 Contrib repository 维护的插桩库，"
                      "可以运行以下命令。"),
    ]


def test_a_sentence_ended_before_a_link_line_keeps_its_end() -> None:
    assert _blocks("# 迁移\n\n迁移的步骤如下。\n[迁移指南](/docs/migration/)\n") == [
        ("heading", "迁移"), ("paragraph", "迁移的步骤如下。"), ("paragraph", "迁移指南")]


def test_a_link_line_sentence_the_english_lacks_is_still_reported(tmp_path: Path) -> None:
    en = "# Install\n\nEach instrumentation library is a separate Go package.\n"
    assert rules_and_messages(tmp_path, LINK_ZH, en) == [
        ("untranslated", "no English for: 例如，如果要安装由 Contrib repository 维护的插桩库，可以运行以下命令。")]


SHORTCODE_ZH = ("# 安装\n\n以下命令将拉取一个 Docker 镜像并在容器中运行收集器。\n\n"
                "{{< tabpane text=true >}} {{% tab header=\"Gradle (`build.gradle`)\" lang=Gradle %}}\n\n"
                "```sh\ndocker pull otel/collector\n```\n\n{{% /tab %}} {{< /tabpane >}}\n\n"
                "如果需要从当前工作目录加载自定义配置文件，可以将该文件挂载为一个卷。\n\n")
SHORTCODE_EN = ("# Install\n\nThe following commands pull a Docker image and run the collector in a container.\n\n"
                "{{< tabpane text=true >}} {{% tab header=\"Gradle (`build.gradle`)\" lang=Gradle %}}\n\n"
                "```sh\ndocker pull otel/collector\n```\n\n{{% /tab %}} {{< /tabpane >}}\n\n"
                "To load a custom configuration file from your working directory, mount the file as a volume.\n\n")
ALERT = "{{% alert title=\"Note\" %}} The volume must be readable by the container user. {{% /alert %}}\n"


def test_hugo_shortcodes_both_pages_share_are_no_english_left(tmp_path: Path) -> None:
    """collector/install/docker en 10: the tabpane line the Chinese keeps as it is (fresh59 S1)."""
    assert rules_and_messages(tmp_path, SHORTCODE_ZH, SHORTCODE_EN) == []


def test_english_prose_left_between_two_shortcodes_is_still_reported(tmp_path: Path) -> None:
    zh, en = SHORTCODE_ZH + ALERT, SHORTCODE_EN + ALERT
    assert [rule for rule, _ in rules_and_messages(tmp_path, zh, en)] == ["untranslated-span"]


STATUS_EN = ("# Status\n\nThe status of each signal is shown below.\n\n### Tracing\n\n"
             "The tracing specification is now completely stable.\n\n"
             '- {{% spec_status "API" "otel/trace/api" "Status" %}}\n'
             '- {{% spec_status "SDK" "otel/trace/sdk" "Status" %}}\n')
STATUS_ZH = "# 状态\n\n各信号的状态如下所示。\n\n### 链路 {#tracing}\n\n链路规范现已完全稳定。\n"


def test_a_shortcode_the_file_never_closes_is_content_a_page_can_drop(tmp_path: Path) -> None:
    """`{{% spec_status … %}}` renders a status row in its place: a Chinese page without the rows drops them
    (specs/status, fresh59's true findings); only container delimiters (`{{% tab %}}` … `{{% /tab %}}`) are markup."""
    assert "extra-target" in [rule for rule, _ in rules_and_messages(tmp_path, STATUS_ZH, STATUS_EN)]


FOOTNOTE_ZH = ("# 指标\n\n以下指标默认收集。\n\n- filesystem[^1]\n- memory\n\n"
               "[^1]: 由于与其他预设存在重叠，某些文件系统类型默认会被排除。\n")
FOOTNOTE_EN = ("# Metrics\n\nThe following metrics are collected by default.\n\n- filesystem[^1]\n- memory\n\n"
               "[^1] due to some overlap with other presets some filesystem types are excluded by default.\n")


def test_a_footnote_marker_left_as_text_is_no_citation(tmp_path: Path) -> None:
    """The English footnote lacks its colon, so `[^1]` stays text there (helm/collector en 371, 383, fresh59 C1)."""
    assert rules_and_messages(tmp_path, FOOTNOTE_ZH, FOOTNOTE_EN) == []


def test_a_citation_number_the_chinese_lacks_is_still_reported(tmp_path: Path) -> None:
    en = FOOTNOTE_EN.replace("by default.\n\n-", "by default, as prior work [2] showed.\n\n-")
    zh = FOOTNOTE_ZH.replace("默认收集。", "默认收集，已有工作表明了这一点。")
    assert [rule for rule, _ in rules_and_messages(tmp_path, zh, en)] == ["citation-mismatch"]
