"""checks.quoted_message.copied_message: a program's message both pages keep verbatim on a line of its own (a heading
of an entry about an error, a block-quote line after the sentence that introduces it) is no untranslated copy; English
prose the Chinese page copies on such a line is still reported."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript


def _spans(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.excerpt for f in check_manuscript(ms, select=["untranslated-span"])]


ZH_ERRORS = """# 异常说明

## 异常类型

### service discovery error

`ErrServiceDiscovery`, 服务发现错误，具体错误见报错信息。

### rpc timeout

`ErrRPCTimeout`, RPC 调用超时，具体错误见报错信息。

### context canceled by business

**原因**：业务代码调用了 `cancel` 函数，框架会附加额外的信息。超时报错的排查参考上文 `context canceled by business`。

更新依赖后，通常会有这样的报错：

> not enough arguments in call to iprot.ReadStructBegin

请固定依赖的版本。
"""
EN_ERRORS = """# Exceptions

## Exception types

### service discovery error

`ErrServiceDiscovery`, service discovery error, see the error message for details.

### rpc timeout

`ErrRPCTimeout`, RPC timeout, see the error message for details.

### context canceled by business

**Cause**: the business code called the `cancel` function, and the framework appends more information.
For a timeout error see `context canceled by business` above.

After updating the dependencies, you may see errors like:

> not enough arguments in call to iprot.ReadStructBegin

Please pin the version of the dependency.
"""


def test_error_messages_kept_on_both_pages_are_not_copies() -> None:
    """An error entry's heading over the error's identifier (`ErrServiceDiscovery`) or cited on the page as a literal
    (`context canceled by business`), and a quoted line after 通常会有这样的报错：, are the program's text, the same in
    both pages."""
    assert _spans(ZH_ERRORS, EN_ERRORS) == []


ZH_PROSE = """# 服务发现

## 使用方式

### configure the service discovery

首先需要实现 `Resolver` 接口，然后通过 Option 指定。

### rpc timeout

客户端会在超时后重试。

如下：

> the client retries the call three times before it reports the error

以上是默认的行为。
"""
EN_PROSE = """# Service discovery

## Usage

### configure the service discovery

First implement the `Resolver` interface, then pass it by an Option.

### rpc timeout

The client retries after a timeout.

As follows:

> the client retries the call three times before it reports the error

This is the default behaviour.
"""


def test_english_prose_copied_on_a_heading_or_quote_line_is_still_reported() -> None:
    """The same shapes without a message's place: a lower-case English heading over plain Chinese prose, a two-word
    heading with no error named under it, a quoted English sentence after a colon that introduces no output."""
    assert sorted(_spans(ZH_PROSE, EN_PROSE)) == [
        "configure the service discovery", "rpc timeout",
        "the client retries the call three times before it reports the error"]


ZH_FAQ = """# 超时处理

## 常见问题

### how to set the rpc timeout

`ErrRPCTimeout` 表示调用超时，可以通过 `WithRPCTimeout` 设置超时时间。

### why the connection is reset by the server

**原因**：服务端的空闲超时比客户端短，连接被服务端关闭。

## 使用建议

使用连接池时有一些常见的错误：

> forgetting to close the response body leaks the connection

升级之前请阅读更新日志：

> the default timeout of the client was changed from 1s to 3s

小提示：

> the timeout can also be set for a single call with callopt
"""
EN_FAQ = """# Timeout handling

## FAQ

### how to set the rpc timeout

`ErrRPCTimeout` means the call timed out; set the timeout with `WithRPCTimeout`.

### why the connection is reset by the server

**Cause**: the idle timeout of the server is shorter than the client's, so the server closes the connection.

## Suggestions

Some common mistakes when using the connection pool:

> forgetting to close the response body leaks the connection

Read the changelog before upgrading:

> the default timeout of the client was changed from 1s to 3s

Tip:

> the timeout can also be set for a single call with callopt
"""


def test_prose_beside_an_error_or_after_a_word_of_mistakes_is_still_reported() -> None:
    """A question heading or a heading with an article over an error identifier or a cause label is prose, not the
    error's message; 常见的错误 ("common mistakes"), 更新日志 ("changelog") and 小提示 ("tip") name no output, so the
    English lines quoted after them are untranslated prose (review62b R22, R23)."""
    assert sorted(_spans(ZH_FAQ, EN_FAQ)) == [
        "forgetting to close the response body leaks the connection",
        "how to set the rpc timeout",
        "the default timeout of the client was changed from 1s to 3s",
        "the timeout can also be set for a single call with callopt",
        "why the connection is reset by the server"]


def test_a_message_is_quoted_where_the_aligned_english_quotes_its_words_as_kept_literals_asks() -> None:
    """mend62 S1: one test of "the aligned English quotes this run" (`kept_literals.quoted_beside`), here over the
    aligned English joined: the words in order inside one quotation, whatever the punctuation between them. An
    instruction after 提示 that the English does not quote (it addresses the reader: please) is still prose."""
    from zhen_qa.checks.quoted_message import quoted_message

    text = "点击按钮后提示：Startup tracing is in progress, please try again later"
    start = text.index("Startup")
    quoted = 'Clicking the button shows: "Startup tracing is in progress." ; "Please try again later."'
    assert quoted_message(text, start, len(text), 'Clicking the button shows: "' + text[start:] + '"')
    assert not quoted_message(text, start, len(text), "Clicking the button shows that tracing is in progress.")
    assert not quoted_message(text, start, len(text), quoted)  # two quotations: the words are in neither whole


ZH_PRINTED = """# 常见问题

### 日志在哪里？

日志文件在 `~/logs/agent.log`。

### ssh: connect to host 10.0.0.5 port 22: Connection timed out

1. 用 `ssh -v 10.0.0.5` 查看连接在哪一步停下。
2. 检查目标机器的防火墙。

### unable to attach to the target process

java.io.IOException: Attach failed: unable to attach to the target process

请确认当前用户和目标进程的用户一致。

### 版本不兼容

升级后启动时，控制台会打印：

org.example.agent.IncompatibleVersionException: plugin api 2 is older than the agent
"""
EN_PRINTED = """# FAQ

### Where is the log?

The log file is `~/logs/agent.log`.

### ssh: connect to host 10.0.0.5 port 22: Connection timed out

1. Run `ssh -v 10.0.0.5` to see where the connection stops.
2. Check the firewall of the target machine.

### unable to attach to the target process

java.io.IOException: Attach failed: unable to attach to the target process

Make sure the current user owns the target process.

### Incompatible versions

After an upgrade the console prints at startup:

org.example.agent.IncompatibleVersionException: plugin api 2 is older than the agent
"""


def test_a_printed_message_as_an_faq_heading_or_an_exception_line_is_no_copy() -> None:
    """An FAQ heading in the `source: detail` form a program the page runs prints (ssh: connect to host …), a
    heading the exception printed under it repeats, and a line that opens with an exception class are the program's
    text on both pages."""
    assert _spans(ZH_PRINTED, EN_PRINTED) == []


ZH_PROSE_COLON = """# 常见问题

### the fix: restart the agent after the upgrade

升级之后需要重启。

### unable to attach to the target process

请确认当前用户和目标进程的用户一致。

### 版本

the agent prints the version of each plugin when it starts

### Step 2: install the plugin

执行安装命令。
"""
EN_PROSE_COLON = """# FAQ

### the fix: restart the agent after the upgrade

Restart after the upgrade.

### unable to attach to the target process

Make sure the current user owns the target process.

### Versions

the agent prints the version of each plugin when it starts

### Step 2: install the plugin

Run the install command.
"""


def test_english_prose_with_a_colon_or_without_the_exception_below_is_still_reported() -> None:
    """A heading whose head before the colon has an article, a message-like heading no exception below repeats, a
    lower-case English sentence left on a paragraph line, and a capitalised `Step 2: …` heading are prose the Chinese
    page leaves in English: still reported."""
    assert sorted(_spans(ZH_PROSE_COLON, EN_PROSE_COLON)) == [
        "Step 2: install the plugin",
        "the agent prints the version of each plugin when it starts",
        "the fix: restart the agent after the upgrade",
        "unable to attach to the target process"]


ZH_STEPS = """# 常见问题

## 连接失败

### step 1: make sure the agent port is still open

请确认代理的端口仍然开放，并且没有被别的程序占用。

### step 2: install java 8 on the host

在主机上安装 Java。
"""
EN_STEPS = """# FAQ

## Connection fails

### step 1: make sure the agent port is still open

Make sure the agent port is still open and no other program holds it.

### step 2: install java 8 on the host

Install Java on the host.
"""


def test_a_lower_case_instruction_heading_in_the_words_colon_detail_form_is_still_reported() -> None:
    """review64 R3: a lower-case heading `step 1: make sure …` left in English on the Chinese page has the `words:
    detail` form of a printed message but nothing printed output carries (no second field, no address or path, no
    code block or exception under it printing it; a bare number is no such evidence): an instruction left
    untranslated, still reported."""
    assert sorted(_spans(ZH_STEPS, EN_STEPS)) == [
        "step 1: make sure the agent port is still open",
        "step 2: install java 8 on the host"]


ZH_LABELS = """# 常见问题

## 连接失败

### note: the agent keeps its logs in ~/logs/agent/ by default

默认情况下，代理把日志写在用户目录下。可以用 `agent --log-dir` 改变位置。

### step 3: connect to 10.0.0.5:3658 and open the console

连接到目标机器并打开控制台。

### tip: the settings page is at http://localhost:8563/settings

设置页面的地址见上。

```
$ agent --log-dir /tmp/logs
```
"""
EN_LABELS = """# FAQ

## Connection fails

### note: the agent keeps its logs in ~/logs/agent/ by default

By default the agent writes its logs under the home folder. Change it with `agent --log-dir`.

### step 3: connect to 10.0.0.5:3658 and open the console

Connect to the target machine and open the console.

### tip: the settings page is at http://localhost:8563/settings

The address of the settings page is above.

```
$ agent --log-dir /tmp/logs
```
"""


def test_a_label_heading_whose_detail_holds_an_address_or_path_is_still_reported() -> None:
    """review64 R3, second round: an English instruction or note heading left on the Chinese page (`note: … in
    ~/logs/agent/ …`, `step 3: connect to 10.0.0.5:3658 …`, `tip: … at http://…`) carries an address or a path as
    a printed message does, but its head is a label (a word with a number, or a word no code on the page runs), not
    the program that prints the message: still reported, while the page runs another program in code."""
    assert sorted(_spans(ZH_LABELS, EN_LABELS)) == [
        "note: the agent keeps its logs in ~/logs/agent/ by default",
        "step 3: connect to 10.0.0.5:3658 and open the console",
        "tip: the settings page is at"]


ZH_PRINTED_BELOW = """# 常见问题

### go: cannot find main module

在错误的目录下构建时，会看到：

```
$ go build
go: cannot find main module, but found .git/config
```

请在模块的根目录下构建。

### agent: cannot write to /var/log/agent/

运行 `agent --check-dirs` 检查日志目录的权限。
"""
EN_PRINTED_BELOW = """# FAQ

### go: cannot find main module

When you build in the wrong folder you see:

```
$ go build
go: cannot find main module, but found .git/config
```

Build from the module's root.

### agent: cannot write to /var/log/agent/

Run `agent --check-dirs` to check the permissions of the log folder.
"""


def test_a_words_colon_detail_heading_with_printed_evidence_is_no_copy() -> None:
    """A `source: detail` heading the code block of its section prints, or whose head is a program the page runs
    in code (`agent --check-dirs`) and whose detail holds a path, is the program's message kept on both pages: no
    copy left in English."""
    assert _spans(ZH_PRINTED_BELOW, EN_PRINTED_BELOW) == []


ZH_WORD_IN_CODE = """# 指南

### build and run the server

请先安装依赖，然后构建：

```
# build and run the server
make && ./server
```
"""
EN_WORD_IN_CODE = """# Guide

### build and run the server

Install the dependencies first, then build:

```
# build and run the server
make && ./server
```
"""


def test_a_lower_case_heading_a_code_block_below_holds_is_still_reported_without_the_message_form() -> None:
    """The code-block evidence serves only a heading in the `source: detail` form: a lower-case word heading left in
    English (### build and run the server) over a code block whose comment holds the words is still reported."""
    assert _spans(ZH_WORD_IN_CODE, EN_WORD_IN_CODE) == ["build and run the server"]


ZH_EXCEPTION_PROSE = """# 常见问题

## 启动失败

如果启动时报错，请先检查插件的版本。

org.example.agent.PluginLoadException: this means the plugin folder is not on the class path, so add it first

## 连接失败

启动后连接失败时，控制台会打印：

org.example.agent.ConnectException: connection refused by the agent

请确认代理已经启动。
"""
EN_EXCEPTION_PROSE = """# FAQ

## Startup fails

If an error is reported at startup, check the version of the plugin first.

org.example.agent.PluginLoadException: this means the plugin folder is not on the class path, so add it first

## Connection fails

When the connection fails after startup, the console prints:

org.example.agent.ConnectException: connection refused by the agent

Make sure the agent is running.
"""


def test_an_exception_class_opening_a_line_of_english_prose_is_still_reported() -> None:
    """A line that opens with an exception class but goes on in prose left in English (no second field, address or
    path in its detail, no colon introducing it) is reported; the same form after 控制台会打印： is the printed line."""
    assert _spans(ZH_EXCEPTION_PROSE, EN_EXCEPTION_PROSE) == [
        "org.example.agent.PluginLoadException: this means the plugin folder is not on the class path, so add it first"]
