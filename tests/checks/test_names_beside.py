"""checks.names_beside: a short English sentence that only names what the neighbouring Chinese sentence names (code
spans, link targets, Latin names) and its English leaves out renders that part of the Chinese; an English sentence
that says more, names what the bead's English says already, or names what the Chinese lacks is still reported."""
from __future__ import annotations

import pytest

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.engine import check_manuscript

ZH = "\n".join([
    '# 调用工具',
    '',
    '## 参数',
    '',
    '- `-transport`：指定传输协议类型。可以是 `TTHeader`、`Framed` 或 `TTHeaderFramed`，'
    '如不指定则为默认的 `Buffered`。',
    '- `-idl-path`：指定 IDL 文件的路径，必须是一个存在的文件。',
    '',
    '## 定义',
    '',
    '相较其他语言，必须定义 go_package，它只需指定包名，相当于 thrift 的 namespace，'
    '如：go_package = “pbdemo”。',
    '',
    '**注意：** 部分信息需要依赖传输协议（TTHeader 或 HTTP2）和对应的 Metahandler，'
    '如果是 Thrift 配置方式见 [这里](/zh/docs/tool/protocol/#thrift)。',
    '',
])
EN = "\n".join([
    '# Calling tool',
    '',
    '## Parameters',
    '',
    '- `-transport`: Specifies the transport protocol type. It can be TTHeader, Framed, or TTHeaderFramed. '
    'If not specified, the default is Buffered.',
    '- `-idl-path`: Specifies the path to the IDL file, which must be an existing file.',
    '',
    '## Definitions',
    '',
    'Unlike other languages, `go_package` must be defined. Only the package name needs to be specified, '
    'similar to the namespace of thrift. For example: `go_package = "pbdemo"`.',
    '',
    '**Note:** Some information needs to rely on the transport protocol (TTHeader or HTTP2) and corresponding '
    'MetaHandler. Please refer to [here](/docs/tool/protocol/#thrift).',
    '',
])


def _extra(zh: str, en: str) -> list[str]:
    ms = build_from_texts(zh, en, "a.zh.md", "a.en.md", presplit=False)
    return [f.excerpt for f in check_manuscript(ms, select=["extra-target"])]


def test_a_sentence_naming_only_what_the_chinese_beside_it_names_is_translated() -> None:
    """kitex kitexcall en 120, protobuf en 51, acquire_rpcinfo en 13: the values, the example and the link are the
    Chinese sentence's, which the paired English leaves out."""
    assert _extra(ZH, EN) == []


def test_a_sentence_saying_more_than_the_names_is_still_reported() -> None:
    en = EN.replace("It can be TTHeader, Framed, or TTHeaderFramed.",
                    "It can be TTHeader, Framed, or TTHeaderFramed, and the server must always use the same one.")
    assert ("It can be TTHeader, Framed, or TTHeaderFramed, and the server must always use the same one."
            in _extra(ZH, en))


def test_names_the_paired_english_gives_already_are_still_reported() -> None:
    """The bead's English names the values itself: the short sentence says them again, it renders nothing."""
    en = EN.replace("If not specified, the default is Buffered.",
                    "The protocol is TTHeader, Framed, or TTHeaderFramed; if not specified, the default is Buffered.")
    assert "It can be TTHeader, Framed, or TTHeaderFramed." in _extra(ZH, en)


def test_an_example_or_link_the_chinese_lacks_is_still_reported() -> None:
    """An added example (a value the Chinese does not write) and a link to another page are the English's own."""
    en = EN.replace('`go_package = "pbdemo"`', '`go_package = "kitexdemo"`').replace(
        "(/docs/tool/protocol/#thrift)", "(/docs/tool/codec/#frugal)")
    found = _extra(ZH, en)
    assert 'For example: `go_package = "kitexdemo"`.' in found and "Please refer to here." in found


@pytest.mark.parametrize(("rendering", "claim"), [
    ("It can be TTHeader, Framed, or TTHeaderFramed.", "Never use TTHeader, Framed, or TTHeaderFramed."),
    ('For example: `go_package = "pbdemo"`.', 'Do not set `go_package = "pbdemo"`.'),
    ("It can be TTHeader, Framed, or TTHeaderFramed.", "TTHeaderFramed is deprecated."),
    ("It can be TTHeader, Framed, or TTHeaderFramed.", "Framed is faster than TTHeader."),
    ("It can be TTHeader, Framed, or TTHeaderFramed.", "It must be TTHeader, Framed, or TTHeaderFramed."),
    ("It can be TTHeader, Framed, or TTHeaderFramed.", "It can be TTHeader 3, Framed, or TTHeaderFramed."),
])
def test_a_sentence_of_names_that_makes_a_claim_is_still_reported(rendering: str, claim: str) -> None:
    """review63 R1 (/tmp/review63/kx/b d, f, g, h, i): a negation, a modal, a word the Chinese beside does not say
    ("deprecated", "faster") or a number it does not write is a claim of the English's own, not the rendering of the
    Chinese sentence's names."""
    en = EN.replace(rendering, claim)
    assert en != EN
    assert claim in _extra(ZH, en)
