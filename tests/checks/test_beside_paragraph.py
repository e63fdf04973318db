"""An untranslated Chinese paragraph beside an English paragraph without Chinese: one finding names the English
paragraph, all its sentences (nushell stdout_stderr_exit_codes zh 104 / en 102: an older Chinese paragraph in place
of the English one). English paragraphs further on, not beside it, stay reported."""
from __future__ import annotations

from dataclasses import replace

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.beside_paragraph import with_paragraph
from zhen_qa.checks.engine import check_manuscript
from zhen_qa.manuscript.document import Bead

EN = """# Redirection

Also, any expression can be used for the file path, as long as it is a string value:
```nu
use std
cat unknown.txt o+e> (std null-device)
```

Semicolons follow defined pipeline behavior. In the following example, the first external command prints to stdout,
and the second external command stdout becomes the output of the parentheses-subexpression and gets piped into
`out.txt`.
```nu
(nu -c 'print hello'; nu -c 'print world') o> test.txt
```

To combine the output, scope them into a block and execute it with `do`:
```nu
let text = "hello\nworld"
do { $text | head -n 1; $text | tail -n 1 } o> out.txt
```

This external command behavior is in contrast to native Nushell expressions where the first command's stdout gets
discarded:
```nu
('hello'; 'world') o> test.txt
```
"""
ZH = """# 重定向

此外，任何表达式都可以用作文件路径，只要它是字符串值：

```nu
use std
cat unknown.txt o+e> (std null-device)
```

请注意，文件重定向作用于表达式范围，并应用于表达式中的所有外部命令。在下面的示例中，`out.txt` 将包含 `hello\nworld`：

```nu
let text = "hello\nworld"
($text | head -n 1; $text | tail -n 1) o> out.txt
```

表达式内部的管道和额外的文件重定向将覆盖从外部应用的任何文件重定向。
"""
SPLIT_EN = EN.replace("behavior. In the following", "behavior.\n\nIn the following")
"""The English paragraph cut in two: the first is a paragraph of its own."""
MORE_EN = """
## Pipes

A regular pipe after an external command redirects its stdout. The stderr stays on the terminal unless you redirect it.
"""
MORE_ZH = """
## 管道

"""


def _unpaired(zh: str, en: str) -> list[tuple[str, str, int]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return sorted((f.rule, f.lang, f.location.line) for f in check_manuscript(m, None)
                  if f.rule in ("untranslated", "extra-target"))


def test_a_replaced_paragraph_is_one_finding_naming_its_english() -> None:
    assert _unpaired(ZH, EN) == [("untranslated", "zh", 10)]


def test_english_without_chinese_elsewhere_is_still_reported() -> None:
    """A real omission: the English paragraph of the next section has no Chinese, and nothing is beside it."""
    assert _unpaired(ZH + MORE_ZH, EN + MORE_EN) == [("extra-target", "en", 31), ("untranslated", "zh", 10)]


def test_with_paragraph_stops_at_a_paragraph_break() -> None:
    """The English-only sentences beside the Chinese are taken with the named one only inside its paragraph: with
    the English paragraph cut in two, the first paragraph's sentence stays apart (reported on its own)."""
    for en, expected in ((EN, {9}), (SPLIT_EN, {11})):
        pair = build_from_texts(ZH, en, "zh.md", "en.md", presplit=False).pairs[0]
        beads = (Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((), (2,), 0.0), Bead((), (3,), 0.0),
                 Bead((2,), (), 0.0), Bead((3,), (4,), 1.0), Bead((4,), (5,), 1.0))
        pair = replace(pair, beads=beads)
        lines = {pair.en[j].location.line for k in with_paragraph(pair, [3]) for j in pair.beads[k].en}
        assert lines == expected | {pair.en[3].location.line}
