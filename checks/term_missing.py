"""term-missing: a glossary term with none of its renderings in the aligned other language.

A concept present on the other side of a bead in any form (even deprecated, leniently found by `checks.presence`) is
rendered, and so is one the other side says in one of the ways `term_rendered` knows; a deficit must hold over the
bead and its neighbours (`term_balance`); a concept missing in many sentences is one finding (`missing_summary`).
term-missing starts only from preferred or admitted forms (a deprecated form is already a term-variant).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache, partial

from zhen_qa.checks import term_balance
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.missing_summary import Missed, by_concept, summarise
from zhen_qa.checks.presence import Evidence, masked, zh_key
from zhen_qa.checks.presence_names import abbreviated, defined_abbreviations, zh_defined_abbreviations
from zhen_qa.checks.presence_words import en_combining, en_compound, en_negated, en_verb
from zhen_qa.checks.renderings import MIN_SUPPORT, Bead, Renderings
from zhen_qa.checks.term_abbrev import with_term_abbreviations
from zhen_qa.checks.term_abbrev_built import built_on
from zhen_qa.checks.term_abbrev_kept import kept_with_neighbour
from zhen_qa.checks.term_applied import applied_said
from zhen_qa.checks.term_closed import compound_glossed
from zhen_qa.checks.term_closed_compound import compound_said
from zhen_qa.checks.term_coded import code_names_kind, coded_in_en, coded_in_zh
from zhen_qa.checks.term_contracted import contracted_name
from zhen_qa.checks.term_crossing import crossed_in, crossing_said, zh_terms
from zhen_qa.checks.term_derived import combined_said, derived_said
from zhen_qa.checks.term_design import design_said
from zhen_qa.checks.term_disease_virus import disease_by_virus
from zhen_qa.checks.term_drug_class import class_said
from zhen_qa.checks.term_event import dated_event
from zhen_qa.checks.term_expanded import written_out
from zhen_qa.checks.term_forms import initialism_in
from zhen_qa.checks.term_gene import gene_named
from zhen_qa.checks.term_given import given_again
from zhen_qa.checks.term_given_inside import given_inside
from zhen_qa.checks.term_glued import glued_in
from zhen_qa.checks.term_head import head_said
from zhen_qa.checks.term_headed import headed, modifier_before
from zhen_qa.checks.term_histology import histology_said
from zhen_qa.checks.term_hits import NOT_REFERENCES, Hit, bead_sides, q
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.checks.term_initialism_marked import marked_initialism
from zhen_qa.checks.term_inner import act_said_by_inner, inside_other
from zhen_qa.checks.term_joined import ends_a_compound, joined_in_chinese, joined_rendered, starts_a_compound
from zhen_qa.checks.term_kind import kind_said
from zhen_qa.checks.term_near import edits, near_en, near_zh
from zhen_qa.checks.term_object import object_said
from zhen_qa.checks.term_other_form import other_form_said
from zhen_qa.checks.term_other_kind import another_kind
from zhen_qa.checks.term_outbreak import outbreak_said
from zhen_qa.checks.term_overall import overall_left
from zhen_qa.checks.term_overlap import overlapped
from zhen_qa.checks.term_owner import owner_left
from zhen_qa.checks.term_possessor import possessor_referred
from zhen_qa.checks.term_regimen_kept import kept_combination_named
from zhen_qa.checks.term_reheaded import head_glossed, reheaded
from zhen_qa.checks.term_rendered import (
    DISEASE_BACKREF,
    anaphor,
    en2zh,
    general_alternative_hit,
    head_only,
    inside_a_name,
    is_disease,
    modifier_rendered,
    modifies_a_noun,
    names_a_disease,
    part_of_another_word,
    referred_back,
    refers_back,
    regimen_named,
    regimen_rendered,
    traditional,
    transliterated_in,
    zh2en,
)
from zhen_qa.checks.term_same_code import same_code
from zhen_qa.checks.term_setting import setting_said
from zhen_qa.checks.term_setting_drug import setting_drug_said
from zhen_qa.checks.term_sibling import sibling_said, suffix_swapped
from zhen_qa.checks.term_slot import replaced
from zhen_qa.checks.term_standard_abbrev import standard_abbreviation_in
from zhen_qa.checks.term_state_of import state_said
from zhen_qa.checks.term_subject import SubjectDisease
from zhen_qa.checks.term_subject_part import part_left
from zhen_qa.checks.term_swapped import swapped
from zhen_qa.checks.term_the_virus import the_virus
from zhen_qa.checks.term_this_disease import this_disease
from zhen_qa.checks.term_user import user_left
from zhen_qa.checks.term_virus import virus_by_disease
from zhen_qa.checks.term_zero_subject import restated_subject
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity

TERM_MISSING = Rule(
    "term-missing",
    Severity.WARNING,
    "A glossary term has none of its preferred or admitted renderings in the aligned other language.",
    preconditions="aligned beads only; the concept in any form on the other side counts as rendered; "
    "a concept missing in many sentences of a file is one finding",
    scope=NOT_REFERENCES,
)

def missing(ctx: CheckContext, glossary: Glossary, hits: dict[int, list[Hit]]) -> list[Finding]:
    """term-missing findings, one per concept where it is missing in many sentences (`missing_summary`)."""
    missed: list[Missed] = []
    occurrences: Counter[tuple[str, str, str]] = Counter()
    named_in_en = {c for hs in hits.values() for h in hs if h.lang == "en" for c in h.match.concepts}
    named_in_zh = {c for hs in hits.values() for h in hs if h.lang == "zh" for c in h.match.concepts}
    # a Latin abbreviation kept in the Chinese (ICU) is no Chinese name competing with a translator's own
    named_in_han = {c for hs in hits.values() for h in hs if h.lang == "zh" and not h.surface.isascii()
                    for c in h.match.concepts}
    abbrevs = zh_defined_abbreviations(s.text.text for s in ctx.sentences("zh"))
    abbrevs.update(defined_abbreviations(s.text.text for s in ctx.sentences("en")))  # the English name, if any
    with_term_abbreviations(abbrevs, (s.text.text for s in ctx.sentences("en")), lambda: glossary.term_keys("en"))
    before: set[str] = set()  # concepts the English of the bead before names (what "it" may refer to)
    balance: term_balance.Balance | None = None  # built for the first candidate finding
    discourse = Discourse(ctx, hits)
    subject = SubjectDisease(discourse, cache(lambda c: is_disease(glossary.concept(c))))
    unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]] = {}  # beads lacking a concept's listed rendering
    learned: dict[tuple[str, str, str], Counter[str]] = {}  # the file's own renderings, by the beads they render
    zh_index = cache(lambda: zh_terms(glossary.concepts))  # listed Chinese terms, for a term crossing a match
    zh_file = cache(lambda: _zh_beads(ctx))  # where an abbreviation may be kept, and what renders it there
    for zh_hits, en_hits, zh, en in bead_sides(ctx, hits, before, refers_back):
        for src_hits, tgt in ((zh_hits, "en"), (en_hits, "zh")):
            for cid in {h.match.concept_id for h in src_hits if h.match.status is not TermStatus.DEPRECATED}:
                occurrences[(src_hits[0].location.path, cid, tgt)] += 1
        forward = _unrendered(glossary, zh_hits, en_hits, "en", en, named_in_en, abbrevs, set(before), discourse,
                              unlisted, learned, subject=subject, zh_index=zh_index)
        backward = _unrendered(glossary, en_hits, zh_hits, "zh", zh, named_in_zh, abbrevs, discourse=discourse,
                               unlisted=unlisted, learned=learned, named_in_han=named_in_han, subject=subject,
                               zh_file=zh_file)
        if forward or backward:  # a real deficit over the bead and its neighbours, not a term moved next door
            if balance is None:
                balance = term_balance.Balance(ctx.manuscript, {sid: [h.match for h in hs] for sid, hs in hits.items()})
            forward, backward = (_deficits(glossary, balance, found, occurrences) for found in (forward, backward))
        en_text = " ".join(s.text.text for s in en)
        zh_text = "".join(s.text.text for s in zh)
        # both sides have a concept the other lacks: most likely one mistranslation, so one finding
        tail = f" (it has {', '.join(q(h.surface, 'en') for h, _r in backward)})" if forward and backward else ""
        for h, renderings in forward:
            missed.append(Missed(_missing_finding(h, renderings, "en", en[0].location, tail), h.match.concept_id,
                                 h.match.form, h.surface, "en", en_text, renderings, _key(en)))
        if forward and backward:
            continue
        for h, renderings in backward:
            missed.append(Missed(_missing_finding(h, renderings, "zh", zh[0].location, ""), h.match.concept_id,
                                 h.match.form, h.surface, "zh", zh_text, renderings, _key(zh)))
    return summarise(_unexplained(ctx, hits, missed, unlisted, learned), occurrences, learned)


def _zh_beads(ctx: CheckContext) -> list[tuple[str, str]]:
    """Each Chinese sentence and the English of its bead ("" for a sentence left unpaired)."""
    home = {id(s): " ".join(e.text.text for e in en) for _p, _b, zh, en in ctx.aligned_beads() for s in zh}
    return [(s.text.text, home.get(id(s), "")) for s in ctx.sentences("zh")]


def _key(sentences: list[Sentence]) -> tuple[int, ...]:
    return tuple(id(s) for s in sentences)


def _unexplained(ctx: CheckContext, hits: dict[int, list[Hit]], missed: list[Missed],
                 unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]],
                 learned: dict[tuple[str, str, str], Counter[str]]) -> list[Missed]:
    """The candidate findings left once the file's own renderings are learned (`checks.renderings`): a bead that
    lacks the listed rendering but has the word this translator keeps using for the concept renders it.

    `unlisted[(path, concept, tgt)]` are the beads whose source names the concept and whose target has none of its
    listed forms (found rendered otherwise or not): the evidence learning draws on. The learned words of each
    (path, concept, tgt) are counted into `learned`, once per bead they render (`missing_summary` says so)."""
    groups = by_concept(missed)
    if all(len(unlisted.get(k, ())) <= MIN_SUPPORT for k in groups):
        return missed  # no concept lacks its listed rendering in enough beads to learn from
    learners: dict[str, Renderings] = {}
    beads: dict[str, list[Bead]] = {"en": [], "zh": []}
    for _pair, _bead, zh, en in ctx.aligned_beads():
        for src, tgt, lang in ((zh, en, "en"), (en, zh, "zh")):
            tgt_hits = [h for s in tgt for h in hits.get(id(s), ())]
            concepts = frozenset(c for s in src for h in hits.get(id(s), ()) for c in h.match.concepts)
            named = frozenset(c for h in tgt_hits if h.match.status is not TermStatus.DEPRECATED
                              for c in h.match.concepts)
            beads[lang].append(Bead(_key(tgt), _masked_text(tgt, tgt_hits), concepts, src[0].location.path, named))
    from zhen_qa.aligner.lexicon import load_lexicon  # loaded already where the document was aligned

    lexicon = load_lexicon()
    for lang, found in beads.items():
        learners[lang] = Renderings(found, lang, lexicon.zh2en, lexicon.en2zh)
    dropped: set[int] = set()
    for k, group in groups.items():
        evidence = unlisted.get(k, [])
        if len(evidence) <= MIN_SUPPORT:
            continue
        learner = learners[group[0].tgt]
        for m in group:
            others = [b for b in dict.fromkeys(evidence) if b != m.bead]
            word = learner.learned(m.concept, m.bead, others, m.source_form, m.renderings)
            if word:
                dropped.add(id(m))
                learned.setdefault(k, Counter())[word] += 1
    return [m for m in missed if id(m) not in dropped]


def _deficits(glossary: Glossary, balance: term_balance.Balance, found: list[tuple[Hit, tuple[str, ...]]],
              occurrences: Counter[tuple[str, str, str]]) -> list[tuple[Hit, tuple[str, ...]]]:
    """The candidate findings whose concept the other language names fewer times over the bead and its neighbours
    (`term_balance`). A bead balanced by its neighbour is taken out of the concept's occurrences too: it is neither
    missing nor rendered as listed there, so the summary of a concept missing in many sentences is unchanged."""
    kept = []
    for h, renderings in found:
        if balance.short([glossary.concept(c) for c in h.match.concepts], h.lang, h.sentence):
            kept.append((h, renderings))
        else:
            occurrences[(h.location.path, h.match.concept_id, "en" if h.lang == "zh" else "zh")] -= 1
    return kept


def _unrendered(glossary: Glossary, src_hits: list[Hit], tgt_hits: list[Hit], tgt: str,
                tgt_sentences: list[Sentence], named: set[str] | None = None,
                abbrevs: dict[str, str] | None = None,
                before: set[str] | None = None,
                discourse: Discourse | None = None,
                unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]] | None = None,
                learned: dict[tuple[str, str, str], Counter[str]] | None = None,
                named_in_han: set[str] | None = None,
                subject: SubjectDisease | None = None,
                zh_index: Callable[[], Mapping[str, list[Concept]]] | None = None,
                zh_file: Callable[[], list[tuple[str, str]]] | None = None,
                ) -> list[tuple[Hit, tuple[str, ...]]]:
    """First hit of each preferred/admitted source concept with no form at all on the target side.

    A target form counts when the matcher found it or, leniently, when `checks.presence` finds it
    in the target text (inside a longer word, inflected or derived, split by spaces or hyphens), outside
    the matches of listed terms: 分泌组 inside a matched 分泌组学 is that other concept, not evidence.
    A disease named elsewhere in the English (`named`: concept ids) is rendered by "disease" or "cancer",
    and a term inside the full name of an abbreviation the English defines (`abbrevs`: ABBR -> full name,
    "plasma cell leukemia (PCL)") by the abbreviation, in either language (30例PCL患者). A concept
    referred back to (`anaphor`; `before`: concepts the English of the previous bead names) needs no term, nor
    does one the English leaves to the context (`discourse`, see `term_implied`). Each bead whose target has no
    listed form of a concept is noted in `unlisted` (what `checks.renderings` learns from); one whose English says
    the concept by its object's word (`term_object`) is counted in `learned` under that word. `zh_index` gives the
    glossary's Chinese terms by key (`term_crossing`), `zh_file` the Chinese sentences with their beads' English
    (`term_abbrev_kept`).
    """
    present = {c for h in tgt_hits for c in h.match.concepts}
    seen: set[str] = set()
    out: list[tuple[Hit, tuple[str, ...]]] = []
    evidence: Evidence | None = None

    def zh_forms(c: str) -> tuple[str, ...]:
        return glossary.concept(c).accepted("zh")

    def en_forms(c: str) -> tuple[str, ...]:
        return glossary.concept(c).accepted("en")

    for h in src_hits:
        cid = h.match.concept_id
        if cid in seen or present.intersection(h.match.concepts) or h.match.status is TermStatus.DEPRECATED:
            continue
        seen.add(cid)
        # a homonym (the term listed by several concepts) is rendered by any of its concepts' renderings
        concepts = [glossary.concept(c) for c in h.match.concepts]
        renderings = tuple(dict.fromkeys(r for c in concepts for r in c.accepted(tgt)))
        if not renderings:
            continue
        evidence = evidence or Evidence(_masked_text(tgt_sentences, tgt_hits))
        found = False
        for concept in concepts:
            forms = concept.accepted(tgt) + (concept.zh_deprecated if tgt == "zh" else concept.en_deprecated)
            if forms and (evidence.has_zh(forms) if tgt == "zh" else evidence.has_en(forms, concept.case_sensitive)):
                found = True
                break
        if found:
            continue
        if unlisted is not None:
            unlisted.setdefault((h.location.path, cid, tgt), []).append(_key(tgt_sentences))
        if tgt == "zh" and evidence.has_original(concept.accepted("en")):
            continue  # the term kept in the original language: 95% CI inside the Chinese
        if tgt == "zh" and any(evidence.has_zh_spread(c.accepted("zh")) for c in concepts):
            continue  # 总生存 with a modifier inside: 总体中位生存时间
        if tgt == "zh" and any(evidence.has_zh_head(c.accepted("zh"), c.accepted("en"), zh2en()) for c in concepts):
            continue  # "overall survival" as 生存率: the modifier dropped, the head rendered
        if tgt == "zh" and any(headed(c.accepted("zh"), c.accepted("en"), _modifier(h), evidence.text, zh2en())
                               for c in concepts):
            continue  # "induction chemotherapy" = 诱导治疗: the head under the English modifier
        whole = " ".join(s.text.text for s in tgt_sentences)
        if tgt == "zh" and any(evidence.has_zh_coordinated(c.accepted("zh"), _word_of(glossary), whole)
                               for c in concepts):
            continue  # "radiation therapy" in 放化疗 (放疗 and 化疗 sharing 疗)
        if tgt == "zh" and any(evidence.has_zh_shortened(c.accepted("zh")) for c in concepts):
            continue  # 门静脉高压 for "portal hypertension", 死亡 for "mortality"
        if tgt == "zh" and gene_named(h, whole, zh2en()):
            continue  # "RET gene mutation" = RET基因, "driver mutations" = 驱动基因: the alteration said by its gene
        if virus_by_disease(h, concepts, src_hits, tgt_hits, evidence.text, glossary.concepts,
                            glossary.concept):
            continue  # "NCP virus" for 新型冠状病毒, 新型冠状病毒感染 = "NCP": the virus named by its disease
        if disease_by_virus(h, src_hits, tgt_hits, names_a_disease(glossary, [h]), _stop_words()):
            continue  # 新型冠状病毒肺炎病例 = "case of the novel coronavirus": the disease named by its virus
        if tgt == "zh" and applied_said([h.match.form], evidence.text, zh2en()):
            continue  # 外照射 "external irradiation" for "external-beam radiation therapy": what the therapy applies
        # in all the file's Chinese, but for an abbreviation: 重症监护室 beside ICU is one name and its short form
        unnamed = tgt == "zh" and named_in_han is not None and named_in_han.isdisjoint(h.match.concepts)
        if unnamed and any(reheaded(c.accepted("zh"), evidence.text) for c in concepts) \
                and (not _slipped(evidence.text, concepts, tgt)
                     or any(head_glossed(c.accepted("zh"), c.accepted("en"), evidence.text, zh2en())
                            for c in concepts)):
            continue  # 乳腺X线检查 for "mammography" (listed 乳腺X线摄影) where the file never writes the listed form
        sibling = next((w for c in concepts
                        if (w := sibling_said(c.accepted("zh"), evidence.text, zh2en(), en2zh()))), "") \
            if unnamed else ""
        if sibling and not _slipped(_outside(evidence.text, sibling, concepts), concepts, tgt):
            # 疫情 for "pandemic" (listed 大流行, both glossed "epidemic") in a file that never writes the listed form
            _learn(learned, (h.location.path, cid, tgt), sibling)
            continue
        if tgt == "zh" and joined_in_chinese(glossary, concepts, src_hits, tgt_hits, tgt_sentences):
            continue  # "pneumococcal disease" = 肺炎球菌病, though 肺炎 in it is matched as pneumonia
        if tgt == "zh" and (modifies_a_noun(h) or traditional(evidence.text)) \
                and any(evidence.has_zh_gloss(c.accepted("en"), zh2en()) for c in concepts):
            continue  # "traditional Chinese medicine compound" = 中药复方; 生活品質 (Taiwan) = "quality of life"
        if tgt == "zh" and modifies_a_noun(h) and any(evidence.has_zh_agent_stem(c.accepted("zh")) for c in concepts):
            continue  # "anticoagulant therapy" = 抗凝治疗: the agent noun as a modifier, its action in Chinese
        if tgt == "en" and any(evidence.has_en_derived(c.accepted("en")) for c in concepts):
            continue  # 抑郁症 as "depressive disorders"
        if tgt == "en" and any(derived_said(evidence.text, c.accepted("en")) for c in concepts):
            continue  # 精神分裂症患者 as "schizophrenes", 过敏 as "allergic": the noun's ending swapped
        if tgt == "en" and ends_a_compound(h) and any(combined_said(evidence.text, c.accepted("en")) for c in concepts):
            continue  # 心理神经机制 = "neuropsychological mechanisms": neural as neuro- starting a closed compound
        if tgt == "en" and zh_index is not None \
                and crossing_said(h, zh_index(), partial(_said_en, evidence, present)):
            continue  # 跨文化适应压力 = "acculturative stress": 文化适应 crosses the matched 跨文化 (`term_crossing`)
        if tgt == "zh" and any(crossed_in(c.accepted("zh"), tgt_hits) for c in concepts):
            continue  # "acculturation" = 跨文化适应, the matcher keeping 跨文化 there (`term_crossing`)
        if tgt == "zh" and built_on(h, evidence.text):
            continue  # "multidimensional CCT (i.e., MCCT)" = 多维…MCCT: the longer abbreviation kept in the Chinese
        if tgt == "zh" and zh_file is not None and kept_with_neighbour(h, zh_file(), zh2en()) \
                and not _slipped(evidence.text, concepts, tgt):
            continue  # "personality traits of PTSD" = PTSD 易感性人格特质 in another sentence: the clause recast
        if tgt == "en" and any(glued_in(evidence.text, c.accepted("en"), c.case_sensitive) for c in concepts):
            continue  # "Theinfectious disease" for 传染病: the term glued to the word before it (PDF extraction)
        if tgt == "en" and any(en_compound(evidence.text, c.accepted("en")) for c in concepts):
            continue  # 亚基因组 = "subgenomic", α 冠状病毒 = "alphacoronavirus": the term inside a compound word
        if tgt == "en" and starts_a_compound(h) and any(en_combining(evidence.text, c.accepted("en"))
                                                        for c in concepts):
            continue  # 化疗栓塞术 = "chemoembolization": the compound built on the term's combining form
        if tgt == "en" and joined_rendered(h, concepts, src_hits, tgt_hits, tgt_sentences):
            continue  # 氯喹 in 羟基氯喹 = "hydroxychloroquine", 接种疫苗 = "vaccinated": a match renders the whole
        if tgt == "en" and any(en_verb(evidence.text, c.accepted("en")) for c in concepts):
            continue  # 突变 = "mutated": an -ation noun said by its verb
        if tgt == "en" and any(en_negated(evidence.text, c.accepted("en")) for c in concepts):
            continue  # 无症状 = "no symptoms", "symptomless": a negative adjective said with a separate negation
        if tgt == "en" and any(evidence.has_classical(c.accepted("en")) for c in concepts):
            continue  # 血小板减少 = thrombocytopenia
        if tgt == "en" and any(evidence.has_en_part(c.accepted("en")) for c in concepts):
            continue  # 骨髓 in "bone and marrow transplant", 可信区间 as "confidence limits"
        if tgt == "en" and any(evidence.has_en_head(c.accepted("en")) for c in concepts):
            continue  # 心肺复苏 as "resuscitation", 低温治疗 as "hypothermia": the classifying adjective left out
        if tgt == "en" and any(head_said(c.accepted("zh"), c.accepted("en"), evidence.text,
                                              _masked_text([h.sentence], src_hits), zh2en()) for c in concepts) \
                and not _slipped(evidence.text, concepts, tgt):
            continue  # 确诊病例 = "new cases", 危险因素 = "these and other factors": the shared head, modifier implied
        said = object_said(h, concepts, src_hits, tgt_hits, en_forms) \
            if tgt == "en" else ""
        if said:  # 接种 HPV 疫苗 = "get HPV vaccine": the act said by its object's word (vaccination: vaccine)
            _learn(learned, (h.location.path, cid, tgt), said)
            continue
        said = act_said_by_inner(h, concepts, src_hits, tgt_hits, zh_forms) \
            if tgt == "en" else ""
        if said:  # 重组带状疱疹疫苗接种 = "recombinant shingles vaccine": the act said by the object inside its term
            _learn(learned, (h.location.path, cid, tgt), said)
            continue
        if tgt == "zh" and inside_other(h, src_hits, tgt_hits, zh_forms,
                                        en_forms):
            continue  # "the person getting the vaccine" = 接受疫苗接种的人: 疫苗 inside the surplus 疫苗接种
        if tgt == "en" and evidence.has_en_literal(h.surface, renderings, zh2en()):
            continue  # 风险比 said "risk ratio", 过敏反应 "allergic reactions": the term's other sense, word by word
        if tgt == "en" and modifier_rendered(h, concepts, src_hits, tgt_hits, present, evidence.text):
            continue  # 顺铂化疗 = "cisplatin": the drug names the regimen
        if tgt == "en" and part_of_another_word(h, evidence.text):
            continue  # 腺癌 in 前列腺癌, "prostate cancer": the match is part of 前列腺 and 癌
        if (coded_in_en if tgt == "en" else coded_in_zh)(h, evidence.text, zh2en(), _stop_words()):
            continue  # "leukemia cells" = K562细胞, 肺腺癌A549细胞 = "A549 cells": the code names the kind
        if tgt == "zh" and any(written_out(c.accepted("zh"), whole, zh2en()) for c in concepts):
            continue  # "severely affected areas" = 疫情严重地区: 疫区 written out as the words its characters stand for
        if tgt == "zh" and any(compound_glossed(c.accepted("en"), evidence, zh2en(), en2zh()) for c in concepts):
            continue  # "the city lockdown" = 封城 ("to lock down a city"): the closed compound glossed by its parts
        if tgt == "zh" and any(swapped(c.accepted("zh"), h.surface, whole, zh2en()) for c in concepts):
            continue  # 酒精搓手液 = "alcohol-based hand rubs" (listed 洗手液): a morpheme said by the English's word
        if tgt == "zh" and design_said(h, concepts, evidence, zh2en()):
            continue  # "a large cohort study" = 大型……队列: the study named by its design noun alone
        if tgt == "zh" and outbreak_said(h, whole, zh_forms):
            continue  # "in the time of coronavirus" = 疫情期间: the virus names its outbreak, 疫情 in Chinese
        if tgt == "zh" and dated_event(h, whole, zh2en()):
            continue  # "the 2009 H1N1 flu pandemic" = 2009年H1N1流感: the event named by its date and disease
        if overlapped(h, tgt_hits, zh_forms):
            continue  # 俯卧位机械通气 = "prone position ventilation": 机械通气 inside 俯卧位通气
        if same_code(h, src_hits, tgt_hits):
            continue  # N95 口罩 = "N95 respirators": one coded object, each side naming its kind by a listed term
        if tgt == "en" and code_names_kind(h, src_hits, en_forms, whole,
                                           _stop_words()):
            continue  # 再接种 PPSV23 疫苗 = "before getting PPSV23": the vaccine's code name says the vaccine
        if tgt == "en" and inside_a_name(h, evidence.text, renderings):
            continue  # 肺炎 in 新型冠状病毒肺炎 = "COVID-19": the part rendered with the whole name
        if tgt == "en" and contracted_name(h, evidence.text, renderings):
            continue  # 冠状病毒 in 新型冠状病毒肺炎 = "COVID" (新冠肺炎): the name contracted, the term among its parts
        if tgt == "en" and state_said(h, renderings, evidence.text, zh2en()):
            continue  # 国家紧急状态 = "a national emergency": "state of emergency" said by its noun under the modifier
        if tgt == "en" and regimen_rendered(h, concepts, evidence.text):
            continue  # CHOP方案化疗 = "CHOP regimen"
        if tgt == "en" and regimen_named(h, concepts, src_hits, tgt_hits, evidence.text):
            continue  # 联合化疗 = "cisplatin/doxorubicin", FOLFOX化疗方案 = "FOLFOX": the regimen named
        if tgt == "en" and compound_said(h, renderings, evidence.text, zh2en(), en2zh()):
            continue  # 近距离放射治疗 = "brachytherapy": the modified term as one closed compound on its head
        if tgt == "en" and kept_combination_named(h, concepts, evidence.text):
            continue  # 5-FU-左旋咪唑辅助化疗 = "5-FU-levamisole": the combination named, one drug kept in letters
        if kind_said(h, concepts, tgt_hits, glossary.concept):
            continue  # 辅助化疗 = "the addition of chemotherapy": the broader listed term, its kind left to context
        if tgt == "en" and overall_left(h, concepts, evidence.text):
            continue  # 总生存 = "no survival ... benefit": the measure without its unmarked qualifier "overall"
        if tgt == "en" and setting_said(h, concepts, evidence.text):
            continue  # 全身化疗 = "systemic therapy", 二线化疗 = "second-line regimens": the setting and a generic noun
        if tgt == "en" and setting_drug_said(h, concepts, evidence.text):
            continue  # 同步化疗 = "concurrent with infusional 5-FU": the setting and the drug the sentence names
        if tgt == "en" and class_said(h, concepts, evidence.text, en2zh()):
            continue  # 含铂类双药化疗 = "a platinum-based doublet": the regimen named by its drug class
        if tgt == "en" and histology_said(h, concepts, evidence.text, zh2en()):
            continue  # 小细胞肺癌 = "small cell carcinoma": the cancer named by its histology, the organ implied
        if tgt == "en" and initialism_in(renderings, evidence.text):
            continue  # "HR" for hazard ratio, "PEs" for pulmonary embolisms: an initialism the glossary does not list
        if tgt == "en" and marked_initialism(h, renderings, evidence.text, zh2en()):
            continue  # 软式乙状结肠镜 = "FS": the initialism of the term and its marked modifier (软式, flexible)
        if tgt == "en" and standard_abbreviation_in(concepts, evidence.text):
            continue  # 阿司匹林 = "ASA": a drug by the standard abbreviation no text defines
        if tgt == "en" and transliterated_in(h.surface, evidence.text, abbrevs):
            continue  # 升血小板胶囊 = Sheng-Xue-Xiao-Ban Capsule (SXXBC)
        if named and (tgt == "en" or not names_a_disease(glossary, tgt_hits)
                      and not DISEASE_BACKREF.search(_masked_text([h.sentence], src_hits))) \
                and referred_back(concepts, evidence.text, named, tgt):
            continue  # "disease" for the nasopharyngeal carcinoma named before; 肿瘤 for 肺癌
        if tgt == "zh" and this_disease(evidence.text) and names_a_disease(glossary, [h]) \
                and not names_a_disease(glossary, tgt_hits):
            continue  # 本病属于…… = "The COVID-19 belongs to ...": "this disease", the one the English names
        if tgt == "en" and named is not None and anaphor(h, concepts, evidence.text, named, before or set()):
            continue
        if tgt == "en" and named is not None \
                and the_virus(h, tgt_hits, evidence.text, named, zh_forms):
            continue  # 新型冠状病毒 = "the virus", the coronavirus the English names elsewhere
        if abbrevs and abbreviated(concepts, evidence.text, abbrevs):
            continue
        if tgt == "zh" and head_only(h, concepts, evidence):
            continue  # "fibrosis" (admitted for liver fibrosis) as 纤维化, the head of 肝纤维化
        if tgt == "en" and discourse is not None \
                and discourse.implied(h, concepts, src_hits, tgt_hits, h.sentence.text.text,
                                      " ".join(s.text.text for s in tgt_sentences)):
            continue  # "less common in the dapagliflozin group" for 达格列净组低于安慰剂组 (安慰剂 named nearby)
        if tgt == "zh" and discourse is not None \
                and given_again(h, discourse, concepts, evidence.text, zh2en(), en2zh()) \
                and not _slipped(evidence.text, concepts, tgt):
            continue  # "Results of the meta-analysis are" = 结果发现, 元分析 named on both sides just before
        if tgt == "zh" and discourse is not None and discourse.continued(h, tgt_sentences):
            continue  # "Or, chemo might be taken by mouth" = 或者口服片剂或胶囊: the subject established before
        if tgt == "en" and discourse is not None and owner_left(h, evidence.text) \
                and discourse.named_elsewhere(set(h.match.concepts), h.sentence):
            continue  # 肺癌危险也增加 = "The risk increases": whose risk, the file says elsewhere
        if tgt == "en" and user_left(h, evidence.text):
            continue  # 阿司匹林用药者 = "users", 未接受他莫昔芬治疗的患者 = "untreated women": the drug left to context
        if discourse is not None and discourse.topic(set(h.match.concepts), h.sentence) \
                and not _slipped(evidence.text, concepts, tgt) and not _replaced(h, renderings, evidence.text):
            continue  # 结肠癌 named where the English of a colon cancer summary says "the disease" or nothing
        if subject is not None and subject.left(h, tgt_hits) and not _slipped(evidence.text, concepts, tgt) \
                and not _replaced(h, renderings, evidence.text):
            continue  # III期胃癌患者 = "stage III patients" in a gastric cancer piece: the file's disease implied
        if subject is not None \
                and part_left(subject, h, tgt_hits, glossary.concept, lambda c: is_disease(glossary.concept(c))) \
                and not _slipped(evidence.text, concepts, tgt):
            continue  # 结肠癌 where the English of a colorectal cancer summary names no disease: a part of its subject
        if tgt == "zh" and another_kind(h, glossary.concept(cid), evidence.text, zh2en(), _stop_words()) \
                and not any(o.match.concept_id == cid and o is not h
                            and not another_kind(o, glossary.concept(cid), evidence.text, zh2en(), _stop_words())
                            for o in src_hits):
            continue  # "metabolic pathways" beside 代谢: not the "signaling pathway" that admits "pathway"
        if tgt == "zh" and discourse is not None and restated_subject(h, tgt_sentences, discourse):
            continue  # "The elucidation of this neural mechanism will" = 这将: a subject the Chinese leaves out
        if tgt == "en" and discourse is not None and possessor_referred(h, evidence.text, discourse, zh2en()):
            continue  # 奶牛葡萄糖的生理功能 = "its physiological functions": the possessor referred back to
        if tgt == "zh" and zh_file is not None and given_inside(h, concepts, tgt_sentences, zh_file, zh2en(), en2zh()):
            continue  # "Results of the meta-analysis" = 结果发现, 元分析 given just before inside 元分析法
        if tgt == "zh" and any(other_form_said(c.accepted("zh"), c.accepted("en"), h.match.form, evidence.text, zh2en())
                               for c in concepts):
            continue  # "neural mechanism" = 神经基础: the listed other form "neural basis" said word for word
        if general_alternative_hit(glossary, h, abbrevs):
            # a general word the glossary admits as an alternative starts no finding; another use of the
            # concept in the bead (the preferred form, a specific alternative) still does
            kept = next((o for o in src_hits if o.match.concept_id == cid and o.match.status is not
                         TermStatus.DEPRECATED and not general_alternative_hit(glossary, o, abbrevs)), None)
            if kept is None:
                continue
            h = kept
        out.append((h, renderings))
    return out


def _learn(learned: dict[tuple[str, str, str], Counter[str]] | None, key: tuple[str, str, str], word: str) -> None:
    """Count `word` as the file's own rendering of a concept in one more bead (`key`: file, concept, target
    language): a free rendering the summary weighs as such (`missing_summary`)."""
    if learned is not None:
        learned.setdefault(key, Counter())[word] += 1


def _said_en(evidence: Evidence, present: set[str], c: Concept) -> bool:
    """Whether the English says the concept: matched (`present`), in a listed form found leniently, or derived."""
    forms = c.accepted("en")
    return c.id in present or bool(forms) and (evidence.has_en(forms, c.case_sensitive)
                                               or evidence.has_en_derived(forms) or derived_said(evidence.text, forms))


def _stop_words() -> frozenset[str]:
    """The lexicon's English stop words (loaded already where the document was aligned)."""
    from zhen_qa.aligner.lexicon import STOP_EN

    return STOP_EN


def _modifier(h: Hit) -> str:
    """The English word before an English term that may be its modifier (`term_headed.modifier_before`)."""
    return modifier_before(h.sentence.text.text, h.match.start, _stop_words())


def _outside(text: str, sibling: str, concepts: list[Concept]) -> str:
    """The Chinese text with the sibling word (`term_sibling`) blanked where it holds a listed form cut short but is
    no slip of it as a whole: 流行 inside 流行病 is that word, not 大流行 mistyped; 淋巴癌 for 淋巴瘤, one character
    off, stays to be asked."""
    forms = [zh_key(f) for c in concepts for f in c.accepted("zh")]
    if any(edits(sibling, f, 1) <= 1 for f in forms) and not suffix_swapped(sibling, forms):
        return text  # 创造性 for 创造力 is the stem with another suffix (`suffix_swapped`), blanked as a word
    return text.replace(sibling, "\0" * len(sibling))


def _replaced(h: Hit, renderings: tuple[str, ...], text: str) -> bool:
    """Whether the English has another word where the Chinese term `h` would be (`term_slot`): left to the
    context, a term is left out, not replaced."""
    return h.lang == "zh" and replaced(h, text, renderings, zh2en(), en2zh())


def _slipped(text: str, concepts: list[Concept], tgt: str) -> bool:
    """Whether the target text has a listed form of the concept with a slip (`term_near`): 临床实验 for 临床试验,
    "distant learning"; in Chinese also the English form kept with one ("ACD" for ASD)."""
    en = [f for c in concepts for f in c.accepted("en")]
    if tgt == "en":
        return near_en(text, en)
    return near_zh(text, [f for c in concepts for f in c.accepted("zh")]) or near_en(text, en)


def _word_of(glossary: Glossary) -> Callable[[str], bool]:
    """Whether a Chinese text is a word: the lexicon's, or a form the glossary lists (放疗, which CC-CEDICT lacks)."""
    keys, lexicon = glossary.term_keys("zh"), zh2en()
    return lambda word: word in keys or word in lexicon


def _masked_text(sentences: list[Sentence], hits: list[Hit]) -> str:
    """The sentences' text joined by spaces, with every term match blanked out (by NUL characters)."""
    return " ".join(masked(s.text.text, [h.match for h in hits if h.sentence is s]) for s in sentences)


def _missing_finding(h: Hit, renderings: tuple[str, ...], tgt: str, related: Location, tail: str) -> Finding:
    shown = " / ".join(q(r, tgt) for r in renderings[:3])
    other = "English" if tgt == "en" else "Chinese"
    msg = f"{q(h.surface, h.lang)} has no {shown} in the aligned {other}{tail}"
    return Finding(TERM_MISSING.id, TERM_MISSING.severity, msg, h.location, h.lang, h.excerpt,
                   suggestion=renderings[0], related=related,
                   data=(("concept", h.match.concept_id), ("form", h.match.form), ("expected", list(renderings))))
