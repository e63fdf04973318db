"""The part of a Chinese sentence after a break the Markdown reading joined (line-final ：/；, a link line) that the
bead's English says nothing of (`checks.joined_unsaid`; review59 R5: the joins hid a dropped continuation)."""
from __future__ import annotations

from pathlib import Path

from tests.pages import rules_and_messages

COLON_ZH = ("# 采样\n\n## 配置\n\n采样器决定保留哪些链路。默认情况下，所有链路都会被保留。\n"
            "以下两种采样方式由 Collector 提供：\n"
            "头部采样在链路开始时做出决定，尾部采样在链路结束后根据全部 span 做出决定。\n\n"
            "你可以在配置文件中设置采样率。\n")
COLON_EN_HEAD = ("# Sampling\n\n## Configuration\n\n"
                 "The sampler decides which traces are kept. By default, all traces are kept.\n"
                 "The Collector offers the following two sampling methods:\n")
COLON_EN_TAIL = "\nYou can set the sampling rate in the configuration file.\n"
LINK_ZH = ("# 安装\n\n## Go\n\n更多信息请参阅\n"
           "[Contrib repository](https://github.com/open-telemetry/opentelemetry-go-contrib)\n"
           "该仓库托管了不属于核心 SDK 的插桩库，并由社区维护者负责发布新版本。\n\n安装完成后即可使用。\n")
LINK_EN = ("# Install\n\n## Go\n\nFor more information, see the\n"
           "[Contrib repository](https://github.com/open-telemetry/opentelemetry-go-contrib).\n\n"
           "Once installed, you can use it.\n")
SEMI_ZH = ("# 映射\n\n## 示例\n\n"
           "然后，发往 `1.2.3.4` 的请求会带有 `peer.service` 属性，其值为 `cats-service`；\n"
           "而没有匹配映射的请求不会被添加任何属性，并且会按原样发送到后端服务。\n\n配置完成后重启代理即可。\n")
SEMI_EN = ("# Mapping\n\n## Example\n\n"
           "Then, requests to `1.2.3.4` will have a `peer.service` attribute of `cats-service`.\n\n"
           "Restart the agent after the configuration.\n")


def _untranslated(found: list[tuple[str, str]]) -> list[str]:
    return [m for r, m in found if r == "untranslated"]


def test_a_sentence_after_a_joined_colon_the_english_drops_is_reported(tmp_path: Path) -> None:
    found = _untranslated(rules_and_messages(tmp_path, COLON_ZH, COLON_EN_HEAD + COLON_EN_TAIL))
    assert len(found) == 1 and "头部采样在链路开始时" in found[0]


def test_a_sentence_after_a_joined_link_line_the_english_drops_is_reported(tmp_path: Path) -> None:
    found = _untranslated(rules_and_messages(tmp_path, LINK_ZH, LINK_EN))
    assert len(found) == 1 and "该仓库托管了" in found[0]


def test_a_clause_after_a_joined_semicolon_the_english_drops_is_reported(tmp_path: Path) -> None:
    found = _untranslated(rules_and_messages(tmp_path, SEMI_ZH, SEMI_EN))
    assert len(found) == 1 and "而没有匹配映射的请求" in found[0]


def test_the_faithful_pairs_stay_silent(tmp_path: Path) -> None:
    """The English says the part after the break (as its own sentence, or in the same sentence): its words are in
    the bead's English."""
    both = COLON_EN_HEAD + ("Head sampling decides when a trace starts, and tail sampling decides after the trace "
                            "ends, based on all its spans.\n") + COLON_EN_TAIL
    assert rules_and_messages(tmp_path, COLON_ZH, both) == []
    link_en = LINK_EN.replace(").\n", "). This repository hosts the instrumentation libraries that are not part "
                                      "of the core SDK, and community maintainers release their new versions.\n")
    assert _untranslated(rules_and_messages(tmp_path, LINK_ZH, link_en)) == []
    semi_en = SEMI_EN.replace("`cats-service`.", "`cats-service`; requests without a matching mapping get no "
                                                 "attribute and are sent to the backend service as they are.")
    assert _untranslated(rules_and_messages(tmp_path, SEMI_ZH, semi_en)) == []
