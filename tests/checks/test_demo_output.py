"""A Markdown demo's rendered output, the same on both pages by design, is not reported as left untranslated."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts
from zhen_qa.checks.context import CheckContext, Options
from zhen_qa.checks.untranslated import run

ZH = """# Markdown 扩展

## 自定义容器

自定义容器可以通过它们的类型、标题和内容来定义。

**输入**

```md
::: info
This is an info box of the demo.
:::
```

**输出**

::: info
This is an info box of the demo.
:::

## 转义

可以用带有 `v-pre` 指令的元素包裹插值来转义：

```md
This <span v-pre>{{ will be displayed as-is }}</span>
```

**输出**

<div class="escape-demo">
  <p>This <span v-pre>{{ will be displayed as-is }}</span></p>
</div>

## 其他

This sentence was left in English by the translator.
"""
EN = """# Markdown Extensions

## Custom Containers

Custom containers can be defined by their types, titles, and contents.

**Input**

```md
::: info
This is an info box of the demo.
:::
```

**Output**

::: info
This is an info box of the demo.
:::

## Escaping

You can escape Vue interpolations by wrapping them in an element with the `v-pre` directive:

```md
This <span v-pre>{{ will be displayed as-is }}</span>
```

**Output**

<div class="escape-demo">
  <p>This <span v-pre>{{ will be displayed as-is }}</span></p>
</div>

## Other

This sentence was left in English by the translator.
"""


def _found(zh: str, en: str) -> list[tuple[str, str, int]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [(f.rule, f.location.path, f.location.line)
            for f in run(CheckContext(m, options=Options())) if f.rule.startswith("untranslated")]


def test_a_demos_rendered_output_is_not_untranslated() -> None:
    # the output repeats the code block just above it on both pages; the English under "## 其他" is a real slip
    assert _found(ZH, EN) == [("untranslated-span", "en.md", 37)]


def test_the_same_text_after_a_heading_or_not_in_the_block_above_is_reported() -> None:
    # a heading between the block and the text: another part of the page, not the demo's output
    zh = ZH.replace("**输出**\n\n::: info", "## 输出\n\n::: info")
    en = EN.replace("**Output**\n\n::: info", "## Output\n\n::: info")
    assert ("untranslated-span", "en.md", 18) in _found(zh, en)
    # the block above holds other text
    zh = ZH.replace("```md\n::: info\nThis is an info box of the demo.", "```md\n::: info\nSome other text here.")
    en = EN.replace("```md\n::: info\nThis is an info box of the demo.", "```md\n::: info\nSome other text here.")
    assert ("untranslated-span", "en.md", 18) in _found(zh, en)
