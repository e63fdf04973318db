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

**原因**：业务代码调用了 `cancel` 函数，框架会附加额外的信息。

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

After updating the dependencies, you may see errors like:

> not enough arguments in call to iprot.ReadStructBegin

Please pin the version of the dependency.
"""


def test_error_messages_kept_on_both_pages_are_not_copies() -> None:
    """An error entry's heading over the error's identifier (`ErrServiceDiscovery`) or a troubleshooting label
    (**原因**：), and a quoted line after 通常会有这样的报错：, are the program's text, the same in both pages."""
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
