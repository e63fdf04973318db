"""checks.lead_in_again: a short English line pointing at a code block the lead-in before it already introduced."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run

CODE = "```properties\nstorage.type=S3\nstorage.bucket=demo\n```\n"

ZH = f"""# 存储

## 对接对象存储

如果需要把资源上传到对象存储，我们需要修改两个配置文件。可参考如下：

{CODE}
## 结束

完成以上配置后重启服务即可。
"""

EN = f"""# Storage

## Connect object storage

If you want to upload resources to object storage, you need to change two files. You can refer to the following:

config the following fields

{CODE}
## Finish

Restart the service after the configuration above.
"""


def extra(zh: str, en: str) -> list[tuple[int, str]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [(f.location.line, f.excerpt) for f in run(CheckContext(m, options=Options()))
            if f.rule == "extra-target"]


def test_a_second_pointer_at_the_block_the_chinese_introduces_once_is_no_extra() -> None:
    """antd55 (dolphin resource configuration): "You can refer to the following:" then "config the following
    fields" before the block, the Chinese 可参考如下： once: nothing is left out."""
    assert extra(ZH, EN) == []  # fails before: (7, 'config the following fields')


def test_the_only_english_lead_in_keeps_its_finding() -> None:
    """The sentence before does not end in a colon: the pointer is the block's lead-in, and the Chinese has none."""
    en = EN.replace("You can refer to the following:", "Both are read at start.")
    zh = ZH.replace("可参考如下：", "两个文件在启动时读取。")
    assert extra(zh, en) == [(7, "config the following fields")]


def test_a_pointer_where_the_chinese_has_no_lead_in_keeps_its_finding() -> None:
    zh = ZH.replace("可参考如下：", "两个文件在启动时读取。")
    assert extra(zh, EN) != []


def test_a_longer_english_sentence_before_the_block_keeps_its_finding() -> None:
    en = EN.replace("config the following fields", "Then set the following fields in both files to the bucket you use")
    assert extra(ZH, en) != []


def test_a_short_line_saying_more_than_where_the_block_is_keeps_its_finding() -> None:
    """review55 R5: a warning ("Never run the following on production."), a sentence of its own ("Replace the
    bucket name below.") or a lead-in with a condition ("Run the following as root:") is no second pointer."""
    for line in ("Never run the following on production.", "Replace the bucket name below.",
                 "Run the following as root:", "do not change the following fields"):
        assert extra(ZH, EN.replace("config the following fields", line)) == [(7, line)], line
