"""The tests of the term-missing excuses that need more than one expression (`term_excuses.EXCUSES` calls them)."""
from __future__ import annotations

from collections.abc import Callable

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.term_case import Case, outside, stop_words
from zhen_qa.checks.term_cut_by_block import cut_by_block
from zhen_qa.checks.term_head_kept import head_kept
from zhen_qa.checks.term_heading_short import heading_shortened, sibling_head_left
from zhen_qa.checks.term_modifier_word import MARKS as _MARKS
from zhen_qa.checks.term_named_head import written_in_full
from zhen_qa.checks.term_other_kind import another_kind
from zhen_qa.checks.term_reheaded import head_glossed, reheaded
from zhen_qa.checks.term_rendered import (
    DISEASE_BACKREF,
    en2zh,
    is_disease,
    modifies_a_noun,
    names_a_disease,
    referred_back,
    zh2en,
)
from zhen_qa.checks.term_section_named import left_to_section, unexplained
from zhen_qa.checks.term_sentence_moved import names_concept
from zhen_qa.checks.term_sibling import sibling_said
from zhen_qa.checks.term_subject_part import part_left
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.document import Sentence


def page_subject_may_be_left(c: Case) -> bool:
    """Whether the subject of the whole page pair may excuse the term (`Discourse.topic`'s `page`): on documentation
    (`FileContext.writes_code`), and where the target names no glossary concept the source of the bead does not: a
    page's subject said as another term (启动参数 where the English says "global parameter", on the startup parameter
    page) is a wrong term, not one left to the context; nor where any other English word stands in the term's place
    (`Case.replaced`, `strict`: "Table rows support sorting" for 表格组件支持排序 on a component page)."""
    return c.file.writes_code and names_nothing_else(c) and not c.replaced(strict=True)


TOPIC_CLOSE_SHARE = 1 / 3
"""Largest share of a bead's English content words the Chinese may leave unsaid for the English to count as a close
translation of it (`topic_said_otherwise`): in a free rewrite, unsaid words are the rule and mark no place."""


def topic_said_otherwise(c: Case) -> bool:
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
    unsaid, content = unexplained(" ".join(s.text.text for s in c.bead.tgt_sentences), source_text(c), zh2en())
    return bool(unsaid) and len(unsaid) <= TOPIC_CLOSE_SHARE * content


def heading_left_to_page(c: Case) -> bool:
    """Whether a heading's term is left to the page by the other side's heading saying only the rest of the term's
    heading (`term_heading_short`), the concept named on both sides throughout the page (`Discourse.recurring`):
    ## 推理服务 = "## Service", "## Offline batch inference" = ## 离线批处理 on a page about inference. Tried where
    the page's subject may be (`page_subject_may_be_left`)."""
    forms = c.en_forms if c.h.lang == "zh" else c.zh_forms
    others = [f for o in c.bead.src_hits if o.sentence is c.h.sentence
              for k in o.match.concepts if k not in c.h.match.concepts for f in forms(k)]
    own = [f for k in c.h.match.concepts for f in forms(k)]
    return (heading_shortened(c.h, c.bead.tgt_sentences, c.file.writes_code, others, zh2en(), en2zh(),
                              c.file.ctx.manuscript)
            or sibling_head_left(c.h, c.bead.tgt_sentences, c.file.writes_code, others, own, zh2en(),
                                 c.file.ctx.manuscript)) \
        and c.file.discourse.recurring(set(c.h.match.concepts), c.h.sentence)


def heads_elsewhere(c: Case, k: Concept) -> int:
    """How many times the hit's Chinese sentence has the head of a Chinese form of the concept of three characters
    or more (its last two: 资源 of 静态资源) outside the terms: 丢失这个状态 beside 全局状态."""
    return max((c.source_masked.count(f[-2:]) for f in k.accepted("zh") if len(f) >= 3), default=0)


def named_in_full(c: Case, k: Concept) -> list[str]:
    """The English forms of `k` of two words or more that the English of the file wrote in a bead before the hit's,
    no other concept's form with the same head written after them (`term_named_head.written_in_full`)."""
    return written_in_full(k.accepted("en"), {k.id}, c.file.discourse.en_hits_before(c.h.sentence))


def source_text(c: Case) -> str:
    """The text of the bead's source sentences (those of its matches where the bead does not give them)."""
    sentences = c.bead.src_sentences or list(dict.fromkeys(o.sentence for o in c.bead.src_hits))
    return " ".join(s.text.text for s in sentences)


def page_text(c: Case) -> str:
    """The whole text of the file the hit's sentence is in (its page)."""
    source = c.h.sentence.text.source
    return source.text if source is not None else c.h.sentence.text.text


def modified(c: Case) -> tuple[str, ...]:
    """The lexicon's Chinese words for the English word right after the hit, when the hit modifies it
    (`modifies_a_noun`: "Consumer instance information" gives 实例 for "instance")."""
    if not modifies_a_noun(c.h):
        return ()
    after = c.h.sentence.text.text[c.h.match.end:].split()
    return en2zh().get(stem(after[0].strip(_MARKS + "|").lower()), ()) if after else ()


def reheaded_case(c: Case) -> bool:
    return c.unnamed and any(reheaded(k.accepted("zh"), c.evidence.text) for k in c.concepts) \
        and (not c.slipped()
             or any(head_glossed(k.accepted("zh"), k.accepted("en"), c.evidence.text, zh2en()) for k in c.concepts))


def sibling(c: Case) -> str:
    if not c.unnamed:
        return ""
    sibling = next((w for k in c.concepts
                    if (w := sibling_said(k.accepted("zh"), c.evidence.text, zh2en(), en2zh()))), "")
    # not where another word stands in the term's compound (周转物质 for "turnover mechanism"): the sibling (机理)
    # renders the English's other "mechanism"
    return sibling if sibling and not c.slipped(outside(c.evidence.text, sibling, c.concepts)) \
        and not c.replaced_beside((sibling,)) else ""


def referred_back_case(c: Case) -> bool:
    named = c.file.named(c.tgt)
    return bool(named) and (c.tgt == "en" or not names_a_disease(c.glossary, c.bead.tgt_hits)
                              and not DISEASE_BACKREF.search(c.source_masked)) \
        and referred_back(c.concepts, c.evidence.text, named, c.tgt)


def another_kind_case(c: Case) -> bool:
    concept = c.glossary.concept(c.cid)
    return another_kind(c.h, concept, c.evidence.text, zh2en(), stop_words()) \
        and not any(o.match.concept_id == c.cid and o is not c.h
                    and not another_kind(o, concept, c.evidence.text, zh2en(), stop_words())
                    for o in c.bead.src_hits)


def names_hit(c: Case, lang: str) -> Callable[[Sentence], bool]:
    """Whether a sentence names the hit's concepts: by the file's term matches or its `lang` renderings."""
    return names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()), c.renderings, lang)


def names_nothing_else(c: Case) -> bool:
    """Whether the target of the bead names no glossary concept its source does not: a concept said as another term
    is a wrong term, not one left to the context (as `page_subject_may_be_left`)."""
    named = {k for h in c.bead.src_hits for k in h.match.concepts}
    return all(k in named for h in c.bead.tgt_hits for k in h.match.concepts)


def section_named(c: Case) -> bool:
    """Whether the Chinese term is left to the heading of its section, which names the concept on both sides, its
    English saying nothing the Chinese does not (`term_section_named`)."""
    own = names_concept(c.h.match.concepts, lambda s: c.file.hits.get(id(s), ()),
                        [f for k in c.h.match.concepts for f in c.zh_forms(k)], "zh")
    return left_to_section(c.h, source_text(c), c.bead.tgt_sentences, c.file.ctx.manuscript, c.file.writes_code,
                           own, names_hit(c, "en"), zh2en())


def head_kept_case(c: Case) -> bool:
    index = c.file.zh_positions.get(id(c.h.sentence), -1)
    return index >= 1 and head_kept(c.h, c.evidence.text, c.renderings, c.file.zh_beads, index)


def agent(c: Case) -> bool:
    """Whether the Chinese hit names an agent or device by 器 after it (可视化器, 推理器; `term_code_named`)."""
    text, end = c.h.sentence.text.text, c.h.match.end
    return text[end:end + 1] == "器"


def part_left_case(c: Case) -> bool:
    glossary = c.glossary
    return part_left(c.file.subject, c.h, c.bead.tgt_hits, glossary.concept,
                     lambda k: is_disease(glossary.concept(k))) and not c.slipped()


def cut_by_block_case(c: Case) -> bool:
    """Whether the term is said by the other half of a Chinese sentence cut by a JSX/HTML block
    (`term_cut_by_block`): the Chinese half after the block for an English term of the first half's bead, the English
    of the first half's bead for a Chinese term of the half after it where the first half does not name the concept
    itself (one English term renders one Chinese one)."""
    if not c.file.writes_code:
        return False
    zh = c.file.ctx.sentences("zh")
    if c.tgt == "zh":
        k = c.file.zh_positions.get(id(c.bead.tgt_sentences[-1]), -1) if c.bead.tgt_sentences else -1
        return 0 <= k < len(zh) - 1 and cut_by_block(zh[k], zh[k + 1]) and names_hit(c, "zh")(zh[k + 1])
    k = c.file.zh_positions.get(id(c.h.sentence), -1)
    if k < 1 or not cut_by_block(zh[k - 1], zh[k]) or names_hit(c, "zh")(zh[k - 1]):
        return False  # a first half naming the concept itself has the English term for its own (review55 R6)
    names = names_hit(c, "en")
    return any(zh[k - 1] in z and any(names(e) for e in en) for _p, _b, z, en in c.file.ctx.aligned_beads())

