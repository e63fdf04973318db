"""The Nextstrain held-out builder's fixed cleaning rules, on a small narrative written here."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import nextstrain_heldout as builder  # noqa: E402

NARRATIVE = """---
title: "报告 2020-03-13"
authors:
  - A. Person
abstract: "这份报告将每周更新。"
---
<!-- Translators: only the text after : -->

# [目录](https://nextstrain.org/ncov?d=tree)

* [背景资料](https://nextstrain.org/n?n=2).
* **关于抽样**

```auspiceMainDisplayMarkdown
# 报告摘要
我们分析了 410</tag> 个基因组，
结果见下。<br><br>第二段 ![图](x.png) 说明 _很重要_。
```

<div>
  <a href="https://x.org"><img src="y.png"/> 冠状病毒的背景知识 </a>
</div>
!!!
# [科学贡献人员](https://nextstrain.org/ncov?d=map&c=author)
实验室名单
"""

ENGLISH = """---
title: Report 2020-03-13.
abstract: "Updated weekly."
---
# [Contents](https://nextstrain.org/ncov?d=tree)
We analyzed 410</tag> genomes
and show
the results below.
See [the paper](https://doi.org/10.1016/S0140-6736(20)30154-9/fulltext) &times; 2.
# [Scientific credit](https://nextstrain.org/ncov?c=author)
Lab lists
"""


def test_sections_keep_prose_and_stop_at_the_credits() -> None:
    assert builder.sections(NARRATIVE, chinese=True) == [
        ["报告 2020-03-13", "这份报告将每周更新。"],
        ["目录", "背景资料.", "关于抽样"],
        ["报告摘要", "我们分析了 410 个基因组，结果见下。", "第二段 说明 很重要。", "冠状病毒的背景知识"],
    ]


def test_english_lines_of_a_block_are_joined_with_a_space_and_links_keep_their_text() -> None:
    assert builder.sections(ENGLISH, chinese=False) == [
        ["Report 2020-03-13.", "Updated weekly."],
        ["Contents", "We analyzed 410 genomes and show the results below. See the paper × 2."],
    ]
