"""The term-missing excuses for a term kept as written: in the original language, as code, a link's or a menu's
label, by its initials or the short form the English glosses.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from zhen_qa.checks.term_code_class import classes_code, classes_name
from zhen_qa.checks.term_code_headed import code_name_headed
from zhen_qa.checks.term_code_kept import code_kept
from zhen_qa.checks.term_code_named import written_in_chinese
from zhen_qa.checks.term_contracted_form import contracted_form_said
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuse_functions import page_text, source_text
from zhen_qa.checks.term_gloss_kept import gloss_kept
from zhen_qa.checks.term_initials_kept import initials_kept
from zhen_qa.checks.term_kept_written import kept_as_written
from zhen_qa.checks.term_link_title import in_link_to_same_page
from zhen_qa.checks.term_menu_path import in_menu_path, written_source
from zhen_qa.checks.term_mixed_form import mixed_form_said
from zhen_qa.checks.term_modifier_word import times_said as _times_said
from zhen_qa.checks.term_rendered import en2zh, zh2en

KEPT: tuple[Excuse, ...] = (
    Excuse("kept-original", "zh",
           lambda c: not any(k.english_deprecated_in_zh() for k in c.concepts)
           and c.evidence.has_original((*c.concepts[-1].accepted("en"), c.h.surface), en2zh(), c.file.usage),
           "the term kept in the original language: 95% CI inside the Chinese (as the English writes it: 🤗 Datasets);"
           " not where the glossary lists the English word among the concept's deprecated Chinese terms"),
    Excuse("mixed-form", "zh",
           lambda c: any(mixed_form_said(k.accepted("zh"), (*k.accepted("en"), c.h.surface), c.whole,
                                         c.file.usage, zh2en()) for k in c.concepts),
           '"Schema Registry" = Schema 注册中心 (模式注册 listed), the page keeping Schema in English: the term written'
           ' half in its English words, half in the listed Chinese (`term_mixed_form`)'),
    Excuse("code-kept", "zh",
           lambda c: code_kept((*(f for k in c.concepts for f in k.accepted("en")), c.h.surface), c.renderings,
                               c.bead.tgt_sentences, written_in_chinese(c.h.sentence, c.h.match.end),
                               c.h.sentence),
           "只有在 `upstream` 被请求时 / when the upstream is hit: the term kept as code in the Chinese"),
    Excuse("code-name-headed", "zh",
           lambda c: code_name_headed(c.h.sentence.text.text, c.h.match.start,
                                      (r for k in c.concepts for r in k.accepted("zh")), c.bead.tgt_sentences),
           '"The `Animator` Component" = `动画控制组件`: the class noun after a code name, said inside the Chinese'
           ' code span that names the thing (`term_code_headed`)'),
    Excuse("kept-written", "zh",
           lambda c: kept_as_written(c.h.sentence, c.h.match.start, c.h.match.end, c.bead.tgt_sentences),
           '在 [format](/config/lib/format) 为 `esm` 时, `| milliseconds | 剩余毫秒 |`: a link\'s text or a table key'
           ' both sides write, a name kept as written'),
    Excuse("link-title", "both",
           lambda c: c.file.writes_code
           and in_link_to_same_page(c.h.sentence, c.h.match.start, c.h.match.end, c.bead.tgt_sentences),
           '`[Training Booster](../basics/booster_api.md)` = `[booster 使用](../basics/booster_api.md)`: each side'
           ' names the page both link by its own title (`term_link_title`)'),
    Excuse("menu-path", "en",
           lambda c: in_menu_path(c.h.sentence.text.text, c.h.match.start, c.h.match.end,
                                  " ".join(written_source(s) for s in c.bead.tgt_sentences), c.glossary, zh2en()),
           '用户点击【资源中心】-【任务组管理】 = "clicks `Resources -> Task Group Management`": each page gives the'
           ' menu labels its own interface shows (`term_menu_path`)'),
    Excuse("initials-kept", "zh",
           lambda c: c.file.writes_code and initials_kept(c.h.surface, c.evidence.text, _times_said(c),
                                                          source_text(c)),
           '"The consumption mode of Message Queue" = MQ的消费模式: a capitalised name written by its initials in the'
           ' Chinese of documentation (`term_initials_kept`)'),
    Excuse("contracted-form", "zh",
           lambda c: c.file.writes_code and any(
               contracted_form_said(k.accepted("zh"), k.accepted("en"), c.evidence.text, _times_said(c), zh2en())
               for k in c.concepts),
           '"General Time Series Database Concepts" = 时序数据库通用概念: 时间序列 contracted to 时序, glossed "time"'
           ' (`term_contracted_form`)'),
    Excuse("gloss-kept", "zh",
           lambda c: c.file.writes_code and gloss_kept(c.h.surface, c.evidence.text, _times_said(c), source_text(c),
                                                        page_text(c)),
           '"if the pathPattern matches a database (db)" = 匹配到 db: the term named by the short form the English'
           ' gives it in brackets (`term_gloss_kept`)'),
    Excuse("code-class", "both",
           lambda c: classes_code(c.h.sentence, c.h.match.start, c.bead.tgt_sentences, c.h.match.end),
           '启用 `ldap-auth-advanced` 插件 = "with `ldap-auth-advanced`": the class noun one side adds after a'
           ' code name both sides write'),
    Excuse("name-class", "en",
           lambda c: c.file.writes_code
           and classes_name(c.h.sentence, c.h.match.start, c.bead.tgt_sentences, c.h.match.end),
           'Huggingface transformers模型 = "Huggingface transformers supported by …", LRU策略 = "LRU is applied": the'
           ' class noun the Chinese adds after a name the English writes alone (`term_code_class.classes_name`)'),
)
