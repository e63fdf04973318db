"""The term-missing excuses for a term left to the page's headings: a table-of-contents entry, the section or parent
heading, a label under a heading, parts announced, a product or compound named throughout.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from zhen_qa.checks.term_announced_list import parts_announced
from zhen_qa.checks.term_case import stop_words
from zhen_qa.checks.term_compound_named import compound_named
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuse_functions import names_hit
from zhen_qa.checks.term_heading_label_zh import heading_label_zh
from zhen_qa.checks.term_heading_parent import heading_left_to_parent
from zhen_qa.checks.term_heading_section import heading_left_to_section
from zhen_qa.checks.term_product_name import product_named_throughout
from zhen_qa.checks.term_rendered import en2zh, zh2en
from zhen_qa.checks.term_section_label import label_under_heading
from zhen_qa.checks.term_sentence_moved import names_concept
from zhen_qa.checks.term_toc_entry import toc_entry

HEADINGS: tuple[Excuse, ...] = (
    Excuse("toc-entry", "both", lambda c: toc_entry(c.h, c.bead.tgt_sentences, c.file.ctx),
           '- [模型量化](#模型量化) = "- [Quantization](#quantization)": a table-of-contents entry repeating a heading,'
           ' whose own bead reports or excuses the term (one defect, one finding; `term_toc_entry`)'),
    Excuse("heading-section", "en",
           lambda c: heading_left_to_section(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                             names_hit(c, "en"), zh2en()),
           '## 配置主题 = "## Basic Usage", whose section says "customize theme": a documentation heading\'s term left'
           ' to the section under it'),
    Excuse("heading-label-zh", "zh",
           lambda c: heading_label_zh(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                      names_hit(c, "zh"), en2zh(), stop_words(),
                                      [f for k in c.h.match.concepts for f in c.en_forms(k)],
                                      [f for k in c.concepts for f in k.accepted("zh")]),
           '"## Design Token" = ## 基本概念, whose section says Design Token: an English heading\'s term left to the'
           ' section under the Chinese heading, a label of its own'),
    Excuse("heading-parent", "en",
           lambda c: heading_left_to_parent(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                            names_hit(c, "en")),
           '### 通过 npm 安装 = "### npm" under "## Install": a sub-heading\'s term said once by the English parent'
           ' heading'),
    Excuse("label-under-heading", "en",
           lambda c: label_under_heading(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                         names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                                                       [f for k in c.concepts for f in k.accepted("zh")], "zh"),
                                         names_hit(c, "en"))
           and not c.replaced(),
           '1、对于支持隐式类型提升的情况 = "1. For Supported Case" under "How to Use Type Promotion"'
           ' (三、…隐式类型提升使用方法说明): a short label\'s term left to the heading above, which names it in both'
           ' languages (`term_section_label`)'),
    Excuse("parts-announced", "zh",
           lambda c: parts_announced(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, names_hit(c, "zh")),
           '"components are Producers, Consumers, …:" = 主要分为四部分: before ### 生产者 Producer, ### 消费者'
           ' Consumer, …: a listed part the Chinese counts and names in the headings below (`term_announced_list`)'),
    Excuse("product-named", "both",
           lambda c: product_named_throughout(
               [(k.en, k.note) for k in c.concepts], c.file.ctx.manuscript, c.file.writes_code,
               names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                             [f for k in c.concepts for f in k.accepted("zh")], "zh"),
               names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                             [f for k in c.concepts for f in k.accepted("en")], "en")),
           '飞桨的类型提升规则 = "Type Promotion Rules": the documented product\'s name (PaddlePaddle), which the page'
           ' names throughout on both sides, left implicit (`term_product_name`)'),
    Excuse("compound-named", "both",
           lambda c: compound_named(c.h, c.bead.src_hits, c.bead.tgt_hits, c.file.writes_code, c.file.zh_beads,
                                    c.en_forms, zh2en()),
           '修改主题变量 = "Customize Design Token", twice on the page: the term opens a longer word the English names'
           ' by another concept\'s term, on either side'),
)
