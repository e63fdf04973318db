"""Reading a built manuscript's beads in tests (shared by the aligner test modules)."""
from __future__ import annotations

from zhen_qa.manuscript.document import Manuscript, Sentence


def unpaired(m: Manuscript, lang: str) -> list[Sentence]:
    """The sentences of side `lang` ("zh" or "en") in beads with nothing on the other side, in bead order."""
    out: list[Sentence] = []
    for p in m.pairs:
        sents = p.zh if lang == "zh" else p.en
        for b in p.beads:
            side, other = (b.zh, b.en) if lang == "zh" else (b.en, b.zh)
            if side and not other:
                out += [sents[i] for i in side]
    return out


# A Markdown attributes table whose English has one row more (shared by test_blocks and test_sentence_groups).
ZH_TABLE = """# 属性

| 名称 | 类型 | 描述 |
|---|---|---|
| timeout | integer | 发送数据的超时时间，单位为秒。 |
| ssl_verify | boolean | 如果为 true，则执行 SSL 验证。 |
"""
EN_TABLE = """# Attributes

| Name | Type | Description |
|---|---|---|
| timeout | integer | Timeout for sending data, in seconds. |
| log_format_extra | object | Extra log fields added to the default entry. Ignored when unset. |
| ssl_verify | boolean | If true, perform SSL verification. |
"""


def unpaired_at(m: Manuscript, lang: str) -> list[tuple[int, int, str]]:
    """(line, column, text) of each unpaired sentence of side `lang`."""
    return [(s.location.line, s.location.column, s.text.text) for s in unpaired(m, lang)]
