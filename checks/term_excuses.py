"""The excuses of term-missing: the ordered ways a source term without a listed rendering on the other side of its
bead is still rendered, left to the context, or no term at all (`Excuse`, `EXCUSES`).

A candidate finding (`term_case.Case`) is reported unless an excuse applies; the first that applies silences it
(`excuse_for`). Order is behaviour: an excuse that learns a word (the file's own rendering of the concept, which
`missing_summary` weighs) learns it only when it is the first to apply. Each excuse is tried only on its side (the
target language, the one lacking the rendering, or both).

Benchmarks can count what each excuse silences and switch excuses off (`switched`); the command line never does.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from zhen_qa.aligner.lexicon import en_stems, stem
from zhen_qa.checks.presence_names import abbreviated
from zhen_qa.checks.presence_words import en_compound, en_fused, en_negated, en_verb
from zhen_qa.checks.term_abbrev_built import built_on
from zhen_qa.checks.term_abbrev_kept import kept_with_neighbour
from zhen_qa.checks.term_acronym import acronym_said
from zhen_qa.checks.term_adverb_verb import said_as_adverb_verb
from zhen_qa.checks.term_agent_act import act_for_device
from zhen_qa.checks.term_agent_action import agent_by_action
from zhen_qa.checks.term_announced_list import parts_announced
from zhen_qa.checks.term_applied import applied_said
from zhen_qa.checks.term_both import referred_here
from zhen_qa.checks.term_bracket_named import named_in_bracket
from zhen_qa.checks.term_case import Case, modifier, outside, said_en, stop_words, word_of
from zhen_qa.checks.term_class_left import en_head_left, zh_class_left
from zhen_qa.checks.term_clause_moved import moved_clause_said
from zhen_qa.checks.term_closed import compound_glossed
from zhen_qa.checks.term_closed_compound import compound_said
from zhen_qa.checks.term_code_agent import compound_spelled
from zhen_qa.checks.term_code_class import classes_code, classes_name
from zhen_qa.checks.term_code_headed import code_name_headed
from zhen_qa.checks.term_code_kept import code_kept
from zhen_qa.checks.term_code_named import code_named, identifier_parts, written_in_chinese
from zhen_qa.checks.term_coded import code_names_kind, coded_in_en, coded_in_zh
from zhen_qa.checks.term_compound_head import compound_head_said
from zhen_qa.checks.term_compound_named import compound_named
from zhen_qa.checks.term_compound_whole import compound_whole
from zhen_qa.checks.term_contracted import contracted_name
from zhen_qa.checks.term_contracted_form import contracted_form_said
from zhen_qa.checks.term_course import course_said
from zhen_qa.checks.term_crossing import crossed_in, crossing_said
from zhen_qa.checks.term_cut_by_block import cut_by_block
from zhen_qa.checks.term_defined_otherwise import defined_otherwise
from zhen_qa.checks.term_derived import combined_said, derived_said, said_again, verb_said, verb_said_again
from zhen_qa.checks.term_design import design_said
from zhen_qa.checks.term_disease_virus import disease_by_virus
from zhen_qa.checks.term_drug_class import class_said
from zhen_qa.checks.term_enclosed import enclosed
from zhen_qa.checks.term_event import dated_event
from zhen_qa.checks.term_expanded import written_out
from zhen_qa.checks.term_forms import initialism_in
from zhen_qa.checks.term_gene import gene_named
from zhen_qa.checks.term_given import given_again
from zhen_qa.checks.term_given_inside import given_inside
from zhen_qa.checks.term_gloss_kept import gloss_kept
from zhen_qa.checks.term_glued import glued_in
from zhen_qa.checks.term_harm import harm_said
from zhen_qa.checks.term_head import head_said
from zhen_qa.checks.term_head_kept import head_kept
from zhen_qa.checks.term_headed import headed
from zhen_qa.checks.term_heading_label_zh import heading_label_zh
from zhen_qa.checks.term_heading_parent import heading_left_to_parent
from zhen_qa.checks.term_heading_section import heading_left_to_section
from zhen_qa.checks.term_heading_short import heading_shortened, sibling_head_left
from zhen_qa.checks.term_histology import histology_said
from zhen_qa.checks.term_initialism_marked import marked_initialism
from zhen_qa.checks.term_initials_kept import initials_kept
from zhen_qa.checks.term_inner import act_said_by_inner, inside_other
from zhen_qa.checks.term_inner_object import object_inside_said
from zhen_qa.checks.term_joined import joined_in_chinese, joined_rendered, starts_a_compound
from zhen_qa.checks.term_kept_written import kept_as_written
from zhen_qa.checks.term_kind import kind_said
from zhen_qa.checks.term_link_title import in_link_to_same_page
from zhen_qa.checks.term_menu_path import in_menu_path, written_source
from zhen_qa.checks.term_mixed_form import mixed_form_said
from zhen_qa.checks.term_modifier_word import MARKS as _MARKS
from zhen_qa.checks.term_modifier_word import glosses_spent as _glosses_spent
from zhen_qa.checks.term_modifier_word import head_under_other as _head_under_other
from zhen_qa.checks.term_modifier_word import other_or_displaced as _other_or_displaced
from zhen_qa.checks.term_modifier_word import part_short as _part_short
from zhen_qa.checks.term_modifier_word import renders_a_word as _renders_a_word
from zhen_qa.checks.term_modifier_word import times_said as _times_said
from zhen_qa.checks.term_modifier_word import without_hit as _without_hit
from zhen_qa.checks.term_modifier_word import word_before as _word_before
from zhen_qa.checks.term_name_clipped import name_clipped
from zhen_qa.checks.term_named_head import NAMED_HEAD_MIN, written_in_full
from zhen_qa.checks.term_near_concept import near_said
from zhen_qa.checks.term_object import object_said
from zhen_qa.checks.term_of_phrase import of_phrase_said, parts_kept
from zhen_qa.checks.term_other_form import other_form_said
from zhen_qa.checks.term_other_kind import another_kind
from zhen_qa.checks.term_outbreak import OUTBREAK_ZH, event_said, names_the_epidemic, outbreak_said
from zhen_qa.checks.term_overall import object_left, overall_left
from zhen_qa.checks.term_overlap import overlapped, shares_words
from zhen_qa.checks.term_owner import owner_left
from zhen_qa.checks.term_participle import participle_said
from zhen_qa.checks.term_participle_verb import participle_verb_said
from zhen_qa.checks.term_possessor import possessor_referred
from zhen_qa.checks.term_prefixed import prefixed_word
from zhen_qa.checks.term_product_name import product_named_throughout
from zhen_qa.checks.term_purpose import purpose_of_noun
from zhen_qa.checks.term_regimen_kept import kept_combination_named
from zhen_qa.checks.term_reheaded import head_glossed, reheaded
from zhen_qa.checks.term_rendered import (
    DISEASE_BACKREF,
    anaphor,
    en2zh,
    head_only,
    inside_a_name,
    is_disease,
    modifier_rendered,
    modifies_a_noun,
    names_a_disease,
    part_of_another_word,
    referred_back,
    regimen_named,
    regimen_rendered,
    traditional,
    transliterated_in,
    zh2en,
)
from zhen_qa.checks.term_row_subject import row_subject_said
from zhen_qa.checks.term_same_code import same_code
from zhen_qa.checks.term_screening_test import screening_by_test
from zhen_qa.checks.term_section_label import label_under_heading
from zhen_qa.checks.term_section_named import left_to_section, unexplained
from zhen_qa.checks.term_sentence_moved import moved_sentence_said, names_concept
from zhen_qa.checks.term_sequence_of import sequence_of
from zhen_qa.checks.term_setting import setting_said
from zhen_qa.checks.term_setting_drug import setting_drug_said
from zhen_qa.checks.term_short_word import short_word_said
from zhen_qa.checks.term_sibling import sibling_said
from zhen_qa.checks.term_site_left import site_left
from zhen_qa.checks.term_stage import stage_said
from zhen_qa.checks.term_standard_abbrev import standard_abbreviation_in
from zhen_qa.checks.term_state_of import state_said
from zhen_qa.checks.term_straddled import straddled_rendering, straddled_said
from zhen_qa.checks.term_strat_unit import unit_swapped
from zhen_qa.checks.term_style_adjective import style_adjective
from zhen_qa.checks.term_subject_part import part_left
from zhen_qa.checks.term_swapped import swapped
from zhen_qa.checks.term_the_virus import the_virus
from zhen_qa.checks.term_this_disease import this_disease
from zhen_qa.checks.term_this_subject import this_subject
from zhen_qa.checks.term_this_thing import named_as, this_thing
from zhen_qa.checks.term_title_named import retitled_by_name
from zhen_qa.checks.term_toc_entry import toc_entry
from zhen_qa.checks.term_user import user_left
from zhen_qa.checks.term_variant_inside import inside_variant
from zhen_qa.checks.term_verb_result import result_verb_said
from zhen_qa.checks.term_verb_use import used_as_verb
from zhen_qa.checks.term_version_number import numbered_version
from zhen_qa.checks.term_virus import virus_by_disease
from zhen_qa.checks.term_virus_abbrev import family_in_name
from zhen_qa.checks.term_word_sense import word_sense_rendered
from zhen_qa.checks.term_zero_subject import restated_subject
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.document import Sentence

Side = Literal["zh", "en", "both"]


@dataclass(frozen=True)
class Excuse:
    """One reason a candidate term-missing finding is no finding.

    `side` is the target language it is tried on ("zh": an English term lacking its Chinese; "en": a Chinese term
    lacking its English; "both"). `test` says whether it applies: True, or the word the file renders the concept by
    (a non-empty string, learned as the file's own rendering; `learns`). `example` is a case it silences."""

    name: str
    side: Side
    test: Callable[[Case], bool | str]
    example: str
    learns: bool = False

    def tried_on(self, tgt: str) -> bool:
        """Whether the excuse is tried where the target language is `tgt`."""
        return self.side == "both" or self.side == tgt


# --- the excuses that need more than one expression -------------------------------------------------------------


def _page_subject_may_be_left(c: Case) -> bool:
    """Whether the subject of the whole page pair may excuse the term (`Discourse.topic`'s `page`): on documentation
    (`FileContext.writes_code`), and where the target names no glossary concept the source of the bead does not: a
    page's subject said as another term (启动参数 where the English says "global parameter", on the startup parameter
    page) is a wrong term, not one left to the context; nor where any other English word stands in the term's place
    (`Case.replaced`, `strict`: "Table rows support sorting" for 表格组件支持排序 on a component page)."""
    return c.file.writes_code and _names_nothing_else(c) and not c.replaced(strict=True)


TOPIC_CLOSE_SHARE = 1 / 3
"""Largest share of a bead's English content words the Chinese may leave unsaid for the English to count as a close
translation of it (`_topic_said_otherwise`): in a free rewrite, unsaid words are the rule and mark no place."""


def _topic_said_otherwise(c: Case) -> bool:
    """Whether, on documentation, the English of the bead of a Chinese term is a close translation of it (at most
    TOPIC_CLOSE_SHARE of its content words unsaid by the Chinese, `term_section_named.unexplained`) that still says a
    content word the Chinese does not. In a sentence rendered word for word, a word nothing in the Chinese says stands
    where the term went missing ("basic methods for substance Turbomind" for 调试 TurboMind 的基本方法), a wrong
    rendering that `Case.replaced`, looking at the term's slot only, does not see; a subject left implicit leaves
    the English with nothing extra. A freely written English (antd's FAQ: "How to disable motion?") has many words
    the Chinese does not say and marks no place: the page's subject may be left out of it, as before. Journals keep
    `topic` as it was: their subject is left as a general noun the Chinese does not write ("the disease" for
    结肠癌)."""
    if not c.file.writes_code or c.h.lang != "zh" or not c.bead.tgt_sentences:
        return False
    unsaid, content = unexplained(" ".join(s.text.text for s in c.bead.tgt_sentences), _source_text(c), zh2en())
    return bool(unsaid) and len(unsaid) <= TOPIC_CLOSE_SHARE * content


def _heading_left_to_page(c: Case) -> bool:
    """Whether a heading's term is left to the page by the other side's heading saying only the rest of the term's
    heading (`term_heading_short`), the concept named on both sides throughout the page (`Discourse.recurring`):
    ## 推理服务 = "## Service", "## Offline batch inference" = ## 离线批处理 on a page about inference. Tried where
    the page's subject may be (`_page_subject_may_be_left`)."""
    forms = c.en_forms if c.h.lang == "zh" else c.zh_forms
    others = [f for o in c.bead.src_hits if o.sentence is c.h.sentence
              for k in o.match.concepts if k not in c.h.match.concepts for f in forms(k)]
    own = [f for k in c.h.match.concepts for f in forms(k)]
    return (heading_shortened(c.h, c.bead.tgt_sentences, c.file.writes_code, others, zh2en(), en2zh(),
                              c.file.ctx.manuscript)
            or sibling_head_left(c.h, c.bead.tgt_sentences, c.file.writes_code, others, own, zh2en(),
                                 c.file.ctx.manuscript)) \
        and c.file.discourse.recurring(set(c.h.match.concepts), c.h.sentence)


def _heads_elsewhere(c: Case, k: Concept) -> int:
    """How many times the hit's Chinese sentence has the head of a Chinese form of the concept of three characters
    or more (its last two: 资源 of 静态资源) outside the terms: 丢失这个状态 beside 全局状态."""
    return max((c.source_masked.count(f[-2:]) for f in k.accepted("zh") if len(f) >= 3), default=0)


def _named_in_full(c: Case, k: Concept) -> list[str]:
    """The English forms of `k` of two words or more that the English of the file wrote in a bead before the hit's,
    no other concept's form with the same head written after them (`term_named_head.written_in_full`)."""
    return written_in_full(k.accepted("en"), {k.id}, c.file.discourse.en_hits_before(c.h.sentence))


def _source_text(c: Case) -> str:
    """The text of the bead's source sentences (those of its matches where the bead does not give them)."""
    sentences = c.bead.src_sentences or list(dict.fromkeys(o.sentence for o in c.bead.src_hits))
    return " ".join(s.text.text for s in sentences)


def _page_text(c: Case) -> str:
    """The whole text of the file the hit's sentence is in (its page)."""
    source = c.h.sentence.text.source
    return source.text if source is not None else c.h.sentence.text.text


def _modified(c: Case) -> tuple[str, ...]:
    """The lexicon's Chinese words for the English word right after the hit, when the hit modifies it
    (`modifies_a_noun`: "Consumer instance information" gives 实例 for "instance")."""
    if not modifies_a_noun(c.h):
        return ()
    after = c.h.sentence.text.text[c.h.match.end:].split()
    return en2zh().get(stem(after[0].strip(_MARKS + "|").lower()), ()) if after else ()


def _reheaded(c: Case) -> bool:
    return c.unnamed and any(reheaded(k.accepted("zh"), c.evidence.text) for k in c.concepts) \
        and (not c.slipped()
             or any(head_glossed(k.accepted("zh"), k.accepted("en"), c.evidence.text, zh2en()) for k in c.concepts))


def _sibling(c: Case) -> str:
    if not c.unnamed:
        return ""
    sibling = next((w for k in c.concepts
                    if (w := sibling_said(k.accepted("zh"), c.evidence.text, zh2en(), en2zh()))), "")
    # not where another word stands in the term's compound (周转物质 for "turnover mechanism"): the sibling (机理)
    # renders the English's other "mechanism"
    return sibling if sibling and not c.slipped(outside(c.evidence.text, sibling, c.concepts)) \
        and not c.replaced_beside((sibling,)) else ""


def _referred_back(c: Case) -> bool:
    named = c.file.named(c.tgt)
    return bool(named) and (c.tgt == "en" or not names_a_disease(c.glossary, c.bead.tgt_hits)
                              and not DISEASE_BACKREF.search(c.source_masked)) \
        and referred_back(c.concepts, c.evidence.text, named, c.tgt)


def _another_kind(c: Case) -> bool:
    concept = c.glossary.concept(c.cid)
    return another_kind(c.h, concept, c.evidence.text, zh2en(), stop_words()) \
        and not any(o.match.concept_id == c.cid and o is not c.h
                    and not another_kind(o, concept, c.evidence.text, zh2en(), stop_words())
                    for o in c.bead.src_hits)


def _names(c: Case, lang: str) -> Callable[[Sentence], bool]:
    """Whether a sentence names the hit's concepts: by the file's term matches or its `lang` renderings."""
    return names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()), c.renderings, lang)


def _names_nothing_else(c: Case) -> bool:
    """Whether the target of the bead names no glossary concept its source does not: a concept said as another term
    is a wrong term, not one left to the context (as `_page_subject_may_be_left`)."""
    named = {k for h in c.bead.src_hits for k in h.match.concepts}
    return all(k in named for h in c.bead.tgt_hits for k in h.match.concepts)


def _section_named(c: Case) -> bool:
    """Whether the Chinese term is left to the heading of its section, which names the concept on both sides, its
    English saying nothing the Chinese does not (`term_section_named`)."""
    own = names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                        [f for k in c.h.match.concepts for f in c.zh_forms(k)], "zh")
    return left_to_section(c.h, _source_text(c), c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                           own, _names(c, "en"), zh2en())


def _head_kept(c: Case) -> bool:
    index = c.file.zh_positions.get(id(c.h.sentence), -1)
    return index >= 1 and head_kept(c.h, c.evidence.text, c.renderings, c.file.zh_beads, index)


def _agent(c: Case) -> bool:
    """Whether the Chinese hit names an agent or device by 器 after it (可视化器, 推理器; `term_code_named`)."""
    text, end = c.h.sentence.text.text, c.h.match.end
    return text[end:end + 1] == "器"


def _part_left(c: Case) -> bool:
    glossary = c.glossary
    return part_left(c.file.subject, c.h, c.bead.tgt_hits, glossary.concept,
                     lambda k: is_disease(glossary.concept(k))) and not c.slipped()


def _cut_by_block(c: Case) -> bool:
    """Whether the term is said by the other half of a Chinese sentence cut by a JSX/HTML block
    (`term_cut_by_block`): the Chinese half after the block for an English term of the first half's bead, the English
    of the first half's bead for a Chinese term of the half after it where the first half does not name the concept
    itself (one English term renders one Chinese one)."""
    if not c.file.writes_code:
        return False
    zh = c.file.ctx.sentences("zh")
    if c.tgt == "zh":
        k = c.file.zh_positions.get(id(c.bead.tgt_sentences[-1]), -1) if c.bead.tgt_sentences else -1
        return 0 <= k < len(zh) - 1 and cut_by_block(zh[k], zh[k + 1]) and _names(c, "zh")(zh[k + 1])
    k = c.file.zh_positions.get(id(c.h.sentence), -1)
    if k < 1 or not cut_by_block(zh[k - 1], zh[k]) or _names(c, "zh")(zh[k - 1]):
        return False  # a first half naming the concept itself has the English term for its own (review55 R6)
    names = _names(c, "en")
    return any(zh[k - 1] in z and any(names(e) for e in en) for _p, _b, z, en in c.file.ctx.aligned_beads())


EXCUSES: tuple[Excuse, ...] = (
    Excuse("kept-original", "zh",
           lambda c: c.evidence.has_original((*c.concepts[-1].accepted("en"), c.h.surface), en2zh(),
                                             c.file.usage),
           "the term kept in the original language: 95% CI inside the Chinese (as the English writes it: 🤗 Datasets)"),
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
                                                          _source_text(c)),
           '"The consumption mode of Message Queue" = MQ的消费模式: a capitalised name written by its initials in the'
           ' Chinese of documentation (`term_initials_kept`)'),
    Excuse("contracted-form", "zh",
           lambda c: c.file.writes_code and any(
               contracted_form_said(k.accepted("zh"), k.accepted("en"), c.evidence.text, _times_said(c), zh2en())
               for k in c.concepts),
           '"General Time Series Database Concepts" = 时序数据库通用概念: 时间序列 contracted to 时序, glossed "time"'
           ' (`term_contracted_form`)'),
    Excuse("gloss-kept", "zh",
           lambda c: c.file.writes_code and gloss_kept(c.h.surface, c.evidence.text, _times_said(c), _source_text(c),
                                                        _page_text(c)),
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
    Excuse("zh-spread", "zh", lambda c: any(c.evidence.has_zh_spread(k.accepted("zh")) for k in c.concepts),
           "总生存 with a modifier inside: 总体中位生存时间"),
    Excuse("zh-head", "zh",
           lambda c: any(c.evidence.has_zh_head(k.accepted("zh"), k.accepted("en"), zh2en()) for k in c.concepts),
           '"overall survival" as 生存率: the modifier dropped, the head rendered'),
    Excuse("headed", "zh",
           lambda c: any(headed(k.accepted("zh"), k.accepted("en"), modifier(c.h), c.evidence.text, zh2en())
                         for k in c.concepts),
           '"induction chemotherapy" = 诱导治疗: the head under the English modifier'),
    Excuse("zh-coordinated", "zh",
           lambda c: any(c.evidence.has_zh_coordinated(k.accepted("zh"), word_of(c.glossary), c.whole)
                         for k in c.concepts),
           '"radiation therapy" in 放化疗 (放疗 and 化疗 sharing 疗)'),
    Excuse("zh-shortened", "zh",
           lambda c: any(c.evidence.has_zh_shortened(k.accepted("zh"), c.whole) for k in c.concepts),
           '门静脉高压 for "portal hypertension", 死亡 for "mortality"'),
    Excuse("gene-named", "zh", lambda c: gene_named(c.h, c.whole, zh2en()),
           '"RET gene mutation" = RET基因, "driver mutations" = 驱动基因: the alteration said by its gene'),
    Excuse("virus-by-disease", "both",
           lambda c: virus_by_disease(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.evidence.text,
                                      c.glossary.concepts, c.glossary.concept),
           '"NCP virus" for 新型冠状病毒, 新型冠状病毒感染 = "NCP": the virus named by its disease'),
    Excuse("disease-by-virus", "both",
           lambda c: disease_by_virus(c.h, c.bead.src_hits, c.bead.tgt_hits, names_a_disease(c.glossary, [c.h]),
                                      stop_words()),
           '新型冠状病毒肺炎病例 = "case of the novel coronavirus": the disease named by its virus'),
    Excuse("applied-said", "zh", lambda c: applied_said([c.h.match.form], c.evidence.text, zh2en()),
           '外照射 "external irradiation" for "external-beam radiation therapy": what the therapy applies'),
    Excuse("reheaded", "zh", _reheaded,
           '乳腺X线检查 for "mammography" (listed 乳腺X线摄影) where the file never writes the listed form'),
    Excuse("sibling-said", "zh", _sibling,
           '疫情 for "pandemic" (listed 大流行, both glossed "epidemic") in a file that never writes the listed form',
           learns=True),
    Excuse("joined-in-chinese", "zh",
           lambda c: joined_in_chinese(c.glossary, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.bead.tgt_sentences),
           '"pneumococcal disease" = 肺炎球菌病, though 肺炎 in it is matched as pneumonia'),
    Excuse("zh-gloss", "zh",
           lambda c: (modifies_a_noun(c.h) or traditional(c.evidence.text))
           and any(c.evidence.has_zh_gloss(k.accepted("en"), zh2en(), frozenset(en_stems(_without_hit(c))))
                   and not _glosses_spent(c, k) for k in c.concepts),
           '"traditional Chinese medicine compound" = 中药复方; 生活品質 (Taiwan) = "quality of life"'),
    Excuse("short-word", "zh",
           lambda c: any(short_word_said(k.accepted("zh"), k.accepted("en"), c.evidence.text, _times_said(c), zh2en())
                         for k in c.concepts),
           '"the old version of the DatetimePicker" = 旧版的 DatetimePicker: 版本 shortened to 版 inside a word the'
           ' lexicon glosses "version" (`term_short_word`)'),
    Excuse("verb-used", "zh", lambda c: used_as_verb(c.h, c.concepts, c.evidence.text, zh2en()),
           '"Rstest will output the following" = Rstest 输出如下 ("output" listed for 产物): the noun used as a verb,'
           ' the Chinese saying the verb (`term_verb_use`)'),
    Excuse("agent-stem", "zh",
           lambda c: modifies_a_noun(c.h) and any(c.evidence.has_zh_agent_stem(k.accepted("zh")) for k in c.concepts),
           '"anticoagulant therapy" = 抗凝治疗: the agent noun as a modifier, its action in Chinese'),
    Excuse("agent-action", "zh",
           lambda c: any(agent_by_action(k.accepted("zh"), _word_before(c.h.sentence.text.text, c.h.match.start)
                                         .strip(_MARKS), c.evidence.text, _times_said(c), _modified(c))
                         for k in c.concepts),
           '"the Consumer side" = 消费端, "Push Consumer" = Push消费: the agent of 消费者 named by its action'
           ' (`term_agent_action`)'),
    Excuse("device-act", "en",
           lambda c: c.file.writes_code
           and any(act_for_device(k.accepted("zh"), k.accepted("en"), c.h.sentence.text.text, c.h.match.end,
                                  c.evidence.text, _times_said(c)) for k in c.concepts),
           '事件监听器功能 = "the event listening feature": the device of 监听器 (software) said by its act, both'
           ' modifying a noun, in documentation (`term_agent_act`; 处理器性能 "processing performance" is not)'),
    Excuse("row-subject", "en",
           lambda c: c.file.writes_code
           and any(row_subject_said(c.h.sentence, c.h.match.start, k.accepted("zh"), k.accepted("en"),
                                    c.bead.tgt_sentences) for k in c.concepts),
           '`| Sclera（巩膜） | 巩膜是眼球外层的不透明膜 |` = `| **Sclera** | The opaque outer layer |`: the row\'s'
           ' subject, named by both first cells, left to the row by the English definition (`term_row_subject`)'),
    Excuse("style-adjective", "en",
           lambda c: any(style_adjective(k.accepted("en"), c.h.sentence.text.text, c.h.match.end, c.evidence.text,
                                         _times_said(c)) for k in c.concepts),
           '插件式存储后端 = "Pluggable Storage Backends": the term made an adjective by 式, said by the adjective of'
           ' its English word (`term_style_adjective`)'),
    Excuse("bracket-named", "en",
           lambda c: named_in_bracket(c.h.sentence.text.text, c.h.match.start, c.h.match.end, c.evidence.text),
           '投递等级（delay level） = "delay level": the term inside a word the Chinese names in English in a bracket,'
           ' the English writing that name (`term_bracket_named`)'),
    Excuse("straddled", "en",
           lambda c: straddled_said(c.h.sentence.text.text, c.h.match.start, c.h.match.end,
                                    [f for k in c.concepts for f in k.accepted("en")], c.whole, zh2en()),
           '时序数据集 = "time series dataset" (时序数据 listed "time series data"): the term running into a'
           ' longer word (数据集), the English gluing that word\'s one English word to the term\'s last'
           ' (`term_straddled`)'),
    Excuse("participle-verb", "zh",
           lambda c: any(participle_verb_said(c.h.surface, k.accepted("zh"), c.h.sentence.text.text, c.whole)
                         for k in c.concepts),
           '"the tensor dynamically distributed in the storage space" = 张量动态分布在存储空间内 (分布式 listed): the'
           ' adjective term used as the verb\'s participle, the Chinese saying the verb (`term_participle_verb`)'),
    Excuse("acronym", "en",
           lambda c: any(acronym_said(k.accepted("en"), c.h.sentence.text.text, c.h.match.start, c.h.match.end,
                                      _source_text(c), c.evidence.text, _times_said(c)) for k in c.concepts),
           '为了避免内存不足 = "to avoid OOM", 大模型的推理 = "LLM inference": the term inside the Chinese words of a'
           ' standard computing acronym\'s phrase (out of memory, large language model), the English writing the'
           ' acronym the Chinese does not (`term_acronym`)'),
    Excuse("adverb-verb", "en",
           lambda c: any(said_as_adverb_verb(k.accepted("en"), c.whole) for k in c.concepts),
           '不是所有的模型都可以懒惰初始化 = "Not all models can be lazily initialized" (懒惰初始化 listed "lazy'
           ' initialization"): the term said as a verb phrase, its adjective as the adverb (`term_adverb_verb`)'),
    Excuse("straddled-rendering", "zh",
           lambda c: straddled_rendering(c.h, c.concepts, c.glossary, c.bead.tgt_hits, zh2en()),
           '"Time Series Dataset" = 时序数据集: the English term, the first words of the rendering of a Chinese term'
           ' that straddles a longer word (时序数据 + 数据集, `term_straddled`)'),
    Excuse("prefixed-word", "en",
           lambda c: any(prefixed_word(k.accepted("en"), c.h.sentence.text.text, c.h.match.start, c.evidence.text,
                                       _times_said(c), zh2en()) for k in c.concepts),
           '子查询 = "subquery", 多租户 = "multitenancy": the term after a prefix character, said inside one English'
           ' word of that prefix and its own word (`term_prefixed`)'),
    Excuse("code-agent", "en",
           lambda c: any(compound_spelled(k.accepted("en"), c.h.sentence.text.text, c.h.match.start,
                                          identifier_parts(c.bead.tgt_sentences), zh2en()) for k in c.concepts),
           '# 字段映射 = # FieldMapper: the compound spelled whole by an identifier, the term as its agent noun'
           ' (`term_code_agent`)'),
    Excuse("result-verb", "en",
           lambda c: any(result_verb_said(k.accepted("zh"), k.accepted("en"), c.h.sentence.text.text, c.h.match.end,
                                          c.evidence.text, zh2en()) for k in c.concepts),
           '来转换为TableSchema = "to convert to TableSchema" (转换 listed "transform"): the term as the general verb'
           ' of a result, said by another of its senses (`term_verb_result`)'),
    Excuse("en-derived", "en", lambda c: any(c.evidence.has_en_derived(k.accepted("en")) for k in c.concepts),
           '抑郁症 as "depressive disorders"'),
    Excuse("derived-said", "en",
           lambda c: any(derived_said(c.evidence.text, k.accepted("en")) for k in c.concepts)
           and not any(said_again(_without_hit(c), k.accepted("en"), zh2en()) for k in c.concepts),
           '精神分裂症患者 as "schizophrenes", 过敏 as "allergic": the noun\'s ending swapped'),
    Excuse("verb-said", "en",
           lambda c: any(verb_said(c.evidence.text, k.accepted("en")) for k in c.concepts)
           and not any(verb_said_again(_without_hit(c), k.accepted("en"), zh2en()) for k in c.concepts),
           '大量吸烟的人 as "high-intensity smokers": the -ing noun said by its verb\'s agent noun'),
    Excuse("combined-said", "en",
           lambda c: any(combined_said(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '心理神经机制 = "neuropsychological mechanisms", 神经机制 = "neurophysiological mechanisms": neural as'
           ' neuro- starting a closed compound'),
    Excuse("crossing-said", "en",
           lambda c: crossing_said(c.h, c.file.zh_index, partial(said_en, c.evidence, c.bead.present),
                                   word_of(c.glossary)),
           '跨文化适应压力 = "acculturative stress": 文化适应 crosses the matched 跨文化 (`term_crossing`)'),
    Excuse("crossed-in", "zh", lambda c: any(crossed_in(k.accepted("zh"), c.bead.tgt_hits) for k in c.concepts),
           '"acculturation" = 跨文化适应, the matcher keeping 跨文化 there (`term_crossing`)'),
    Excuse("abbrev-built", "zh", lambda c: built_on(c.h, c.evidence.text),
           '"multidimensional CCT (i.e., MCCT)" = 多维…MCCT: the longer abbreviation kept in the Chinese'),
    Excuse("kept-with-neighbour", "zh",
           lambda c: kept_with_neighbour(c.h, c.file.zh_beads, zh2en()) and not c.slipped(),
           '"personality traits of PTSD" = PTSD 易感性人格特质 in another sentence: the clause recast'),
    Excuse("strat-unit", "zh",
           lambda c: any(unit_swapped(c.evidence.text, k.accepted("zh"), k.accepted("en")) for k in c.concepts),
           '"Paleocene" = 古新统 where the glossary lists 古新世: the rock unit of the time name (`term_strat_unit`)'),
    Excuse("glued", "en",
           lambda c: any(glued_in(c.evidence.text, k.accepted("en"), k.case_sensitive) for k in c.concepts),
           '"Theinfectious disease" for 传染病: the term glued to the word before it (PDF extraction)'),
    Excuse("en-compound", "en", lambda c: any(en_compound(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '亚基因组 = "subgenomic", α 冠状病毒 = "alphacoronavirus": the term inside a compound word'),
    Excuse("joined-rendered", "en",
           lambda c: joined_rendered(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.bead.tgt_sentences),
           '氯喹 in 羟基氯喹 = "hydroxychloroquine", 接种疫苗 = "vaccinated": a match renders the whole'),
    Excuse("en-verb", "en", lambda c: any(en_verb(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '突变 = "mutated": an -ation noun said by its verb'),
    Excuse("en-negated", "en", lambda c: any(en_negated(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '无症状 = "no symptoms", "symptomless": a negative adjective said with a separate negation'),
    Excuse("of-phrase", "en",
           lambda c: any(of_phrase_said(parts_kept(c.bead.tgt_sentences, c.bead.tgt_hits, c.renderings, c.tgt),
                                        k.accepted("en")) for k in c.concepts),
           '结肠癌 = "carcinoma of the colon": a two-word term said as its head with an of-phrase (its modifier'
           ' may be a listed term of its own: 组件库 = "a library of components")'),
    Excuse("classical", "en", lambda c: any(c.evidence.has_classical(k.accepted("en")) for k in c.concepts),
           "血小板减少 = thrombocytopenia"),
    Excuse("en-part", "en", lambda c: any(c.evidence.has_en_part(k.accepted("en")) for k in c.concepts)
           and not _part_short(c),
           '骨髓 in "bone and marrow transplant", 可信区间 as "confidence limits"'),
    Excuse("en-head", "en", lambda c: any(c.evidence.has_en_head(k.accepted("en"), _other_or_displaced(c),
                                                                 _renders_a_word(c), _heads_elsewhere(c, k))
                                          for k in c.concepts),
           '心肺复苏 as "resuscitation", 低温治疗 as "hypothermia": the classifying adjective left out'),
    Excuse("named-head", "en",
           lambda c: any(c.evidence.has_en_head(_named_in_full(c, k), _other_or_displaced(c), _renders_a_word(c),
                                                _heads_elsewhere(c, k), shortest=NAMED_HEAD_MIN)
                         for k in c.concepts),
           '系统发生树 = "the tree" where the file\'s English writes "phylogenetic tree": a short head for the term'
           ' the file names in full (`term_named_head`)'),
    Excuse("compound-head", "en",
           lambda c: any(compound_head_said(c.h, k.accepted("en"), c.evidence.text,
                                            c.file.discourse.texts_before(c.h.sentence), zh2en())
                         for k in c.concepts),
           '元数据模板不一致 = "Template is not consistent" where rows above pair 元数据模板 with'
           ' "schema template": the head for the compound the page gave in full (`term_compound_head`)'),
    Excuse("head-said", "en",
           lambda c: any(head_said(k.accepted("zh"), k.accepted("en"), c.evidence.text, c.source_masked, zh2en(),
                                   _other_or_displaced(c))
                         for k in c.concepts) and not c.slipped(),
           '确诊病例 = "new cases", 危险因素 = "these and other factors": the shared head, modifier implied'),
    Excuse("object-said", "en", lambda c: object_said(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.en_forms),
           '接种 HPV 疫苗 = "get HPV vaccine": the act said by its object\'s word (vaccination: vaccine)', learns=True),
    Excuse("act-said-by-inner", "en",
           lambda c: act_said_by_inner(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.zh_forms),
           '重组带状疱疹疫苗接种 = "recombinant shingles vaccine": the act said by the object inside its term',
           learns=True),
    Excuse("object-inside", "en",
           lambda c: object_inside_said(c.h, c.concepts, c.evidence.text, c.source_masked, zh2en()),
           '吸烟 = "tobacco use", "cigarette smoke": the act said by its object, 烟 inside the Chinese term'),
    Excuse("inside-other", "zh", lambda c: inside_other(c.h, c.bead.src_hits, c.bead.tgt_hits, c.zh_forms, c.en_forms),
           '"the person getting the vaccine" = 接受疫苗接种的人: 疫苗 inside the surplus 疫苗接种'),
    Excuse("enclosed", "zh", lambda c: enclosed(c.h, c.bead.tgt_hits, c.en_forms),
           '"auricular acupoint sticking" = 耳穴贴压 (listed "auricular point sticking"): "acupoint sticking"'
           ' (穴位贴敷) inside another concept\'s name said with a word varied'),
    Excuse("en-literal", "en", lambda c: c.evidence.has_en_literal(c.h.surface, c.renderings, zh2en()),
           '风险比 said "risk ratio", 过敏反应 "allergic reactions": the term\'s other sense, word by word'),
    Excuse("near-concept", "both",
           lambda c: near_said(c.h, c.file.sibling_concepts, c.bead.src_hits, c.bead.tgt_hits),
           '"metrics and traces" = 指标和追踪 (追踪 listed for tracing): a near concept, a variant at most'),
    Excuse("modifier-rendered", "en",
           lambda c: modifier_rendered(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.bead.present,
                                       c.evidence.text),
           '顺铂化疗 = "cisplatin": the drug names the regimen'),
    Excuse("sequence-of", "both",
           lambda c: sequence_of(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.bead.present,
                                 c.glossary.concept),
           '基因组序列 = "genomes", "genome sequences" = 基因组: the molecule names its sequence (`term_sequence_of`)'),
    Excuse("screening-by-test", "en",
           lambda c: screening_by_test(c.h, c.concepts, c.bead.src_hits, c.glossary.concept,
                                       partial(said_en, c.evidence, c.bead.present), c.whole, stop_words()),
           '乳腺X线摄影筛查 = "receive mammograms annually": the screening said by its test'),
    Excuse("part-of-another-word", "en", lambda c: part_of_another_word(c.h, c.evidence.text),
           '腺癌 in 前列腺癌, "prostate cancer": the match is part of 前列腺 and 癌'),
    Excuse("coded-in-en", "en", lambda c: coded_in_en(c.h, c.evidence.text, zh2en(), stop_words()),
           '肺腺癌A549细胞 = "A549 cells": the code names the kind'),
    Excuse("coded-in-zh", "zh", lambda c: coded_in_zh(c.h, c.evidence.text, zh2en(), stop_words()),
           '"leukemia cells" = K562细胞: the code names the kind'),
    Excuse("written-out", "zh", lambda c: any(written_out(k.accepted("zh"), c.whole, zh2en()) for k in c.concepts),
           '"severely affected areas" = 疫情严重地区: 疫区 written out as the words its characters stand for'),
    Excuse("word-sense", "zh",
           lambda c: word_sense_rendered(c.h, c.concepts, c.bead.src_hits, c.evidence.text, en2zh(), zh2en()),
           '"radiation exposure" = 射线暴露 ("radiation" admitted for 放疗): the word in its own sense, rendered'),
    Excuse("compound-glossed", "zh",
           lambda c: any(compound_glossed(k.accepted("en"), c.evidence, zh2en(), en2zh()) for k in c.concepts),
           '"the city lockdown" = 封城 ("to lock down a city"): the closed compound glossed by its parts'),
    Excuse("swapped", "zh",
           lambda c: any(swapped(k.accepted("zh"), c.h.surface, c.whole, zh2en()) for k in c.concepts),
           '酒精搓手液 = "alcohol-based hand rubs" (listed 洗手液): a morpheme said by the English\'s word'),
    Excuse("design-said", "zh", lambda c: design_said(c.h, c.concepts, c.evidence, zh2en()),
           '"a large cohort study" = 大型……队列: the study named by its design noun alone'),
    Excuse("outbreak-said", "zh", lambda c: outbreak_said(c.h, c.whole, c.zh_forms),
           '"in the time of coronavirus" = 疫情期间: the virus names its outbreak, 疫情 in Chinese'),
    Excuse("event-said", "zh", lambda c: OUTBREAK_ZH if not c.slipped()
           and (c.unnamed or not any(names_the_epidemic(c.zh_forms(k)) for k in c.h.match.concepts))
           and event_said(c.h, c.evidence.text, c.bead.source_text, c.bead.src_hits, c.zh_forms) else "",
           '"the outbreak is concentrated in Wuhan" = 疫情集中在武汉 (listed 暴发): one 疫情 says one event',
           learns=True),
    Excuse("dated-event", "zh", lambda c: dated_event(c.h, c.whole, zh2en()),
           '"the 2009 H1N1 flu pandemic" = 2009年H1N1流感: the event named by its date and disease'),
    Excuse("overlapped", "both", lambda c: overlapped(c.h, c.bead.tgt_hits, c.zh_forms),
           '俯卧位机械通气 = "prone position ventilation": 机械通气 inside 俯卧位通气'),
    Excuse("shares-words", "zh", lambda c: shares_words(c.h, c.bead.tgt_hits, c.en_forms, c.zh_forms, c.file.zh_beads),
           '"data type promotion" = 隐式类型提升: "data type" shares "type" with "type promotion", the phrase the'
           ' Chinese names (`term_overlap`)'),
    Excuse("same-code", "both",
           lambda c: same_code(c.h, c.bead.src_hits, c.bead.tgt_hits, c.file.bead_texts, c.accepted_forms),
           'N95 口罩 = "N95 respirators": one coded object, each side naming its kind by a listed term'),
    Excuse("code-names-kind", "en", lambda c: code_names_kind(c.h, c.bead.src_hits, c.en_forms, c.whole, stop_words()),
           '再接种 PPSV23 疫苗 = "before getting PPSV23": the vaccine\'s code name says the vaccine'),
    Excuse("inside-a-name", "en", lambda c: inside_a_name(c.h, c.evidence.text, c.renderings),
           '肺炎 in 新型冠状病毒肺炎 = "COVID-19": the part rendered with the whole name'),
    Excuse("name-clipped", "en",
           lambda c: name_clipped(c.h, c.evidence.text, [f for k in c.concepts for f in k.accepted("en")]),
           'TurboQuant 量化 = "TurboQuant": the method\'s made-up name says the term clipped (`term_name_clipped`)'),
    Excuse("title-named", "en", lambda c: retitled_by_name(c.h, c.bead.tgt_sentences, c.file.writes_code,
                                                                 [f for k in c.concepts for f in k.accepted("en")],
                                                                 zh2en(), c.file.ctx.manuscript.blocks),
           '# W8A8 LLM 模型部署 = "# SmoothQuant": the English heading is a name of its own, another title'
           ' (`term_title_named`)'),
    Excuse("contracted-name", "en", lambda c: contracted_name(c.h, c.evidence.text, c.renderings),
           '冠状病毒 in 新型冠状病毒肺炎 = "COVID" (新冠肺炎): the name contracted, the term among its parts'),
    Excuse("state-said", "en", lambda c: state_said(c.h, c.renderings, c.evidence.text, zh2en()),
           '国家紧急状态 = "a national emergency": "state of emergency" said by its noun under the modifier'),
    Excuse("regimen-rendered", "en", lambda c: regimen_rendered(c.h, c.concepts, c.evidence.text),
           'CHOP方案化疗 = "CHOP regimen"'),
    Excuse("regimen-named", "en",
           lambda c: regimen_named(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits, c.evidence.text),
           '联合化疗 = "cisplatin/doxorubicin", FOLFOX化疗方案 = "FOLFOX": the regimen named'),
    Excuse("compound-said", "en", lambda c: compound_said(c.h, c.renderings, c.evidence.text, zh2en(), en2zh()),
           '近距离放射治疗 = "brachytherapy": the modified term as one closed compound on its head'),
    Excuse("compound-whole", "zh",
           lambda c: bool(compound_whole(c.h, c.evidence.text, c.zh_forms(c.cid), zh2en(), stop_words(),
                                         c.file.zh_beads)),
           '"ionizing radiation" = 电离辐射 where "radiation" is admitted for 放疗: another compound, rendered whole'),
    Excuse("kept-combination", "en", lambda c: kept_combination_named(c.h, c.concepts, c.evidence.text),
           '5-FU-左旋咪唑辅助化疗 = "5-FU-levamisole": the combination named, one drug kept in letters'),
    Excuse("kind-said", "both", lambda c: kind_said(c.h, c.concepts, c.bead.tgt_hits, c.glossary.concept),
           '辅助化疗 = "the addition of chemotherapy": the broader listed term, its kind left to context'),
    Excuse("overall-left", "en", lambda c: overall_left(c.h, c.concepts, c.evidence.text),
           '总生存 = "no survival ... benefit": the measure without its unmarked qualifier "overall"'),
    Excuse("object-left", "en",
           lambda c: object_left(c.h, c.concepts, c.evidence.text, c.file.english),
           '戒烟 = "cessation rates" in a summary whose English names smoking: the act\'s object left to the context',
           learns=True),
    Excuse("setting-said", "en", lambda c: setting_said(c.h, c.concepts, c.evidence.text, c.whole),
           '全身化疗 = "systemic therapy", 二线化疗 = "second-line regimens": the setting and a generic noun'),
    Excuse("setting-drug-said", "en", lambda c: setting_drug_said(c.h, c.concepts, c.evidence.text),
           '同步化疗 = "concurrent with infusional 5-FU": the setting and the drug the sentence names'),
    Excuse("class-said", "en", lambda c: class_said(c.h, c.concepts, c.evidence.text, en2zh()),
           '含铂类双药化疗 = "a platinum-based doublet": the regimen named by its drug class'),
    Excuse("histology-said", "en", lambda c: histology_said(c.h, c.concepts, c.evidence.text, zh2en()),
           '小细胞肺癌 = "small cell carcinoma": the cancer named by its histology, the organ implied'),
    Excuse("initialism", "en", lambda c: initialism_in(c.renderings, c.evidence.text),
           '"HR" for hazard ratio, "PEs" for pulmonary embolisms: an initialism the glossary does not list'),
    Excuse("marked-initialism", "en", lambda c: marked_initialism(c.h, c.renderings, c.evidence.text, zh2en()),
           '软式乙状结肠镜 = "FS": the initialism of the term and its marked modifier (软式, flexible)'),
    Excuse("standard-abbreviation", "en", lambda c: standard_abbreviation_in(c.concepts, c.evidence.text),
           '阿司匹林 = "ASA": a drug by the standard abbreviation no text defines'),
    Excuse("transliterated", "en", lambda c: transliterated_in(c.h.surface, c.evidence.text, c.file.abbrevs),
           "升血小板胶囊 = Sheng-Xue-Xiao-Ban Capsule (SXXBC)"),
    Excuse("stage-said", "en", lambda c: stage_said(c.h, c.whole),
           '生产环境构建 = "the production build": the environment said by its stage alone (`term_stage`)'),
    Excuse("version-number", "en", lambda c: numbered_version(c.h, c.bead.src_hits, c.whole),
           'Vant 4.0.0 版本 = "Vant 4.0.0", 自从 5.0 版本以来 = "Since 5.0": the version named by its number'),
    Excuse("toc-entry", "both", lambda c: toc_entry(c.h, c.bead.tgt_sentences, c.file.ctx),
           '- [模型量化](#模型量化) = "- [Quantization](#quantization)": a table-of-contents entry repeating a heading,'
           ' whose own bead reports or excuses the term (one defect, one finding; `term_toc_entry`)'),
    Excuse("heading-section", "en",
           lambda c: heading_left_to_section(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                             _names(c, "en"), zh2en()),
           '## 配置主题 = "## Basic Usage", whose section says "customize theme": a documentation heading\'s term left'
           ' to the section under it'),
    Excuse("heading-label-zh", "zh",
           lambda c: heading_label_zh(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                      _names(c, "zh"), en2zh(), stop_words(),
                                      [f for k in c.h.match.concepts for f in c.en_forms(k)],
                                      [f for k in c.concepts for f in k.accepted("zh")]),
           '"## Design Token" = ## 基本概念, whose section says Design Token: an English heading\'s term left to the'
           ' section under the Chinese heading, a label of its own'),
    Excuse("heading-parent", "en",
           lambda c: heading_left_to_parent(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                            _names(c, "en")),
           '### 通过 npm 安装 = "### npm" under "## Install": a sub-heading\'s term said once by the English parent'
           ' heading'),
    Excuse("label-under-heading", "en",
           lambda c: label_under_heading(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                                         names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                                                       [f for k in c.concepts for f in k.accepted("zh")], "zh"),
                                         _names(c, "en"))
           and not c.replaced(),
           '1、对于支持隐式类型提升的情况 = "1. For Supported Case" under "How to Use Type Promotion"'
           ' (三、…隐式类型提升使用方法说明): a short label\'s term left to the heading above, which names it in both'
           ' languages (`term_section_label`)'),
    Excuse("parts-announced", "zh",
           lambda c: parts_announced(c.h, c.bead.tgt_sentences, c.file.ctx.manuscript, _names(c, "zh")),
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
    Excuse("referred-back", "both", _referred_back,
           '"disease" for the nasopharyngeal carcinoma named before; 肿瘤 for 肺癌'),
    Excuse("this-disease", "zh",
           lambda c: this_disease(c.evidence.text) and names_a_disease(c.glossary, [c.h])
           and not names_a_disease(c.glossary, c.bead.tgt_hits),
           '本病属于…… = "The COVID-19 belongs to ...": "this disease", the one the English names'),
    Excuse("anaphor", "en",
           lambda c: anaphor(c.h, c.concepts, c.evidence.text, c.file.named(c.tgt), c.bead.before),
           '"It affected ..." for a concept the English bead before names; 该不良事件 for one the English names'),
    Excuse("the-virus", "en",
           lambda c: the_virus(c.h, c.bead.tgt_hits, c.evidence.text, c.file.named(c.tgt), c.zh_forms),
           '新型冠状病毒 = "the virus", the coronavirus the English names elsewhere'),
    Excuse("abbreviated", "both",
           lambda c: bool(c.file.abbrevs) and abbreviated(c.concepts, c.evidence.text, c.file.abbrevs),
           '"30 patients diagnosed as PCL" for 白血病 where "plasma cell leukemia (PCL)" is defined'),
    Excuse("head-only", "zh", lambda c: head_only(c.h, c.concepts, c.evidence),
           '"fibrosis" (admitted for liver fibrosis) as 纤维化, the head of 肝纤维化'),
    Excuse("implied", "en",
           lambda c: c.file.discourse.implied(c.h, c.concepts, c.bead.src_hits, c.bead.tgt_hits,
                                              c.h.sentence.text.text, c.whole),
           '"less common in the dapagliflozin group" for 达格列净组低于安慰剂组 (安慰剂 named nearby)'),
    Excuse("continued", "zh", lambda c: c.file.discourse.continued(c.h, c.bead.tgt_sentences),
           '"Or, chemo might be taken by mouth" = 或者口服片剂或胶囊: the subject established before'),
    Excuse("cut-by-block", "both", _cut_by_block,
           '在你 clone 了 antd 的代码并且使用 / <InstallDependencies …> / 安装完依赖后 = "… use following commands to'
           ' install dependencies:": the term in the Chinese half across a JSX block (`term_cut_by_block`)'),
    Excuse("owner-left", "en",
           lambda c: owner_left(c.h, c.evidence.text)
           and c.file.discourse.named_elsewhere(set(c.h.match.concepts), c.h.sentence),
           '肺癌危险也增加 = "The risk increases": whose risk, the file says elsewhere'),
    Excuse("site-left", "en",
           lambda c: site_left(c.h, c.evidence.text)
           and c.file.discourse.named_elsewhere(set(c.h.match.concepts), c.h.sentence),
           '骨髓CTGF水平 = "CTGF levels", bone marrow named on both sides before: where the marker is measured, left to'
           ' context'),
    Excuse("user-left", "en", lambda c: user_left(c.h, c.evidence.text),
           '阿司匹林用药者 = "users", 未接受他莫昔芬治疗的患者 = "untreated women": the drug left to context'),
    Excuse("topic", "both",
           lambda c: (c.file.discourse.topic(set(c.h.match.concepts), c.h.sentence)
                        or _page_subject_may_be_left(c)
                        and (c.file.discourse.topic(set(c.h.match.concepts), c.h.sentence, page=True)
                             or _heading_left_to_page(c)))
           and not c.slipped() and not c.replaced() and not purpose_of_noun(c.h, c.concepts)
           and not _head_under_other(c) and not _topic_said_otherwise(c),
           '结肠癌 named where the English of a colon cancer summary says "the disease" or nothing'
           ' (not what a noun is for: "groups for peer support", `term_purpose`; not the head under another'
           ' modifier: "Infection tendon rupture" for 跟腱断裂, `_head_under_other`); on a documentation page also'
           ' a concept the page names throughout, left out of a shortened heading: ## 推理服务 = "## Service"'
           ' (`_heading_left_to_page`)'),
    Excuse("section-named", "en",
           lambda c: _section_named(c) and _names_nothing_else(c)
           and not c.slipped() and not c.replaced() and not purpose_of_noun(c.h, c.concepts)
           and not _head_under_other(c),
           '和数据类型相关的参数是… = "… are the relevant parameters" under "### 数据类型" = "### data type": a body'
           ' sentence\'s term left to its section\'s heading, which names it in both languages (`term_section_named`)'),
    Excuse("subject-left", "both",
           lambda c: c.file.subject.left(c.h, c.bead.tgt_hits) and not c.slipped()
           and not c.replaced(),
           'III期胃癌患者 = "stage III patients" in a gastric cancer piece: the file\'s disease implied'),
    Excuse("part-left", "both", _part_left,
           '结肠癌 where the English of a colorectal cancer summary names no disease: a part of its subject'),
    Excuse("another-kind", "zh", _another_kind,
           '"metabolic pathways" beside 代谢: not the "signaling pathway" that admits "pathway"'),
    Excuse("clause-moved", "en",
           lambda c: moved_clause_said(c.h, c.file.zh_beads, c.renderings, c.concepts, c.bead.src_hits),
           '…CHOP/EPOCH方案化疗的缓解率。 = "The remission rate ... CHOP/EPOCH was analyzed": the next bead'),
    Excuse("course", "zh", lambda c: course_said(c.h, c.whole, c.bead.tgt_hits, c.zh_forms),
           '"2 to 4 courses" of chemotherapy = 2-4个疗程: the therapy counted by its courses'),
    Excuse("variant-inside", "both", lambda c: inside_variant(c.h, c.bead.tgt_hits, c.zh_forms),
           '隔离 in 社交隔离 = "social distancing": inside a one-character variant of another concept\'s listed form'),
    Excuse("family-in-name", "both", lambda c: family_in_name(c.h, c.bead.src_hits, c.whole, c.en_forms(c.cid)),
           'MERS冠状病毒 = "MERS-CoV": the virus family spelled inside a name the English abbreviates'),
    Excuse("participle", "en", lambda c: participle_said(c.evidence.text, c.en_forms(c.cid)),
           '采样 = "sampled", 输入 = "introduced": the action noun said by its past participle'),
    Excuse("zero-subject", "zh",
           lambda c: restated_subject(c.h, c.bead.tgt_sentences, c.file.discourse),
           '"The elucidation of this neural mechanism will" = 这将: a subject the Chinese leaves out'),
    Excuse("possessor", "en",
           lambda c: possessor_referred(c.h, c.evidence.text, c.file.discourse, zh2en()),
           '奶牛葡萄糖的生理功能 = "its physiological functions": the possessor referred back to'),
    Excuse("head-kept", "en", _head_kept,
           '评估结核病项目的效果 = "the evaluation of a program\'s effectiveness" after 结核病项目 = "tuberculosis'
           ' programs": the compound referred back to by its head'),
    Excuse("this-subject", "en",
           lambda c: this_subject(c.h, c.evidence.text, zh2en())
           and c.file.discourse.established_before(set(c.h.match.concepts), c.h.sentence) and not c.replaced(),
           '他莫昔芬的使用增加了…… = "this benefit was accompanied by ...", tamoxifen named on both sides just before:'
           ' the subject referred back to by a demonstrative'),
    Excuse("given-again", "zh",
           lambda c: (given_again(c.h, c.file.discourse, c.concepts, c.evidence.text, zh2en(), en2zh())
                      and not c.slipped()
                      or given_inside(c.h, c.concepts, c.bead.tgt_sentences, lambda: c.file.zh_beads, zh2en(),
                                      en2zh()))
           and not c.replaced(),
           '"Results of the meta-analysis are" = 结果发现, 元分析 named on both sides just before (matched, or'
           ' found inside 元分析法 and its English: `term_given_inside`); not where another word stands in the'
           ' term\'s place (`term_slot_zh`)'),
    Excuse("other-form", "zh",
           lambda c: any(other_form_said(k.accepted("zh"), k.accepted("en"), c.h.match.form, c.evidence.text,
                                         zh2en()) for k in c.concepts),
           '"neural mechanism" = 神经基础: the listed other form "neural basis" said word for word'),
    Excuse("this-thing", "zh",
           lambda c: bool(nouns := this_thing(c.whole))
           and any(named_as((*k.accepted("zh"), *k.accepted("en")), nouns, "".join(z for z, _e in c.file.zh_beads))
                   for k in c.concepts)
           and c.file.discourse.established_before(set(c.h.match.concepts), c.h.sentence),
           '"resting-state fMRI" = 该技术 ("this technique"), fMRI named on both sides before: referred back to'),
    Excuse("both-referred", "zh",
           lambda c: referred_here(c.whole)
           and c.file.discourse.established_before(set(c.h.match.concepts), c.h.sentence),
           '"the directions of ingroup favoritism and ingroup derogation" = 两者的方向, the two named on both sides'
           ' before: referred back to'),
    Excuse("class-left", "zh",
           lambda c: any(zh_class_left(k.accepted("zh"), c.h.surface, c.evidence.text) for k in c.concepts),
           '"gastroparesis" = 胃瘫 (listed 胃瘫综合征): the class noun the English name leaves unsaid left out'),
    Excuse("head-left", "en",
           lambda c: any(en_head_left(k.accepted("en"), c.evidence.text) for k in c.concepts)
           and c.file.discourse.named_before(set(c.h.match.concepts), c.h.sentence, "en"),
           '五行音乐疗法 = "five elements music" after "five elements music therapy": the head noun left out'),
    Excuse("harm-said", "both", lambda c: harm_said(c.h, c.evidence.text),
           '"a complication of antipsychotics" = 抗精神病药物的不良反应: the harm named by the word its setting uses'),
    Excuse("sentence-moved", "both",
           lambda c: moved_sentence_said(c.h, c.file.near.get(id(c.h.sentence)), _names(c, c.tgt)),
           '提出…自我控制…的假设 paired with an added quotation; "proposes the hypothesis that … self-control …" is the'
           ' next bead: a free rewrite\'s sentence translated in a neighbouring bead'),
    Excuse("en-fused", "en", lambda c: any(en_fused(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '肝癌 = "hepatocarcinoma" (listed "hepatocellular carcinoma"): two words fused by the first\'s'
           ' combining form'),
    Excuse("defined-otherwise", "zh",
           lambda c: any(defined_otherwise(c.h, k.accepted("en"), c.file.abbrevs) for k in c.concepts),
           '"acute stress disorder (ASD)" where the glossary\'s ASD is autism spectrum disorder: another name'),
    Excuse("code-named", "en", lambda c: code_named(c.renderings, c.bead.tgt_sentences, _agent(c),
                                                         written_in_chinese(c.h.sentence, c.h.match.end),
                                                         starts_a_compound(c.h)),
           "执行器 = `Runner`, 优化器封装 = OptimWrapper: the object named by its identifier in the English"),
)


@dataclass
class _Switch:
    """What benchmarks asked for (`switched`): the excuses switched off, and by excuse the candidates silenced."""

    off: frozenset[str]
    silenced: Counter[str] = field(default_factory=Counter)


_switch: _Switch | None = None
_TRIED = {tgt: tuple(e for e in EXCUSES if e.tried_on(tgt)) for tgt in ("zh", "en")}


def excuse_for(case: Case) -> tuple[Excuse, str] | None:
    """The first excuse that applies to the case, with the word it learns ("" for none); None: report it."""
    switch = _switch
    for excuse in _TRIED[case.tgt]:
        if switch is not None and excuse.name in switch.off:
            continue
        said = excuse.test(case)
        if said:
            if switch is not None:
                switch.silenced[excuse.name] += 1
            return excuse, said if isinstance(said, str) else ""
    return None


@contextmanager
def switched(off: Iterable[str] = ()) -> Iterator[Counter[str]]:
    """For benchmarks only: within the block the named excuses are off, and the counter yielded counts, by excuse,
    the candidate findings each was the first to silence. Unknown names are a ValueError."""
    global _switch
    names = frozenset(off)
    unknown = names - {e.name for e in EXCUSES}
    if unknown:
        raise ValueError(f"no such excuse: {', '.join(sorted(unknown))}")
    previous, _switch = _switch, _Switch(names)
    try:
        yield _switch.silenced
    finally:
        _switch = previous
