"""The term-missing excuses for a term said by another form of its words: derived, combined, joined or fused, a
compound's head or part, or inside another term.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from functools import partial

from zhen_qa.checks.presence_words import en_compound, en_negated, en_verb
from zhen_qa.checks.term_abbrev_built import built_on
from zhen_qa.checks.term_abbrev_kept import kept_with_neighbour
from zhen_qa.checks.term_case import said_en, word_of
from zhen_qa.checks.term_compound_head import compound_head_said
from zhen_qa.checks.term_crossing import crossed_in, crossing_said
from zhen_qa.checks.term_derived import combined_said, derived_said, said_again, verb_said, verb_said_again
from zhen_qa.checks.term_enclosed import enclosed
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuse_functions import heads_elsewhere, named_in_full
from zhen_qa.checks.term_glued import glued_in
from zhen_qa.checks.term_head import head_said
from zhen_qa.checks.term_inner import act_said_by_inner, inside_other
from zhen_qa.checks.term_inner_object import object_inside_said
from zhen_qa.checks.term_joined import joined_rendered
from zhen_qa.checks.term_modifier_word import other_or_displaced as _other_or_displaced
from zhen_qa.checks.term_modifier_word import part_short as _part_short
from zhen_qa.checks.term_modifier_word import renders_a_word as _renders_a_word
from zhen_qa.checks.term_modifier_word import without_hit as _without_hit
from zhen_qa.checks.term_named_head import NAMED_HEAD_MIN
from zhen_qa.checks.term_object import object_said
from zhen_qa.checks.term_of_phrase import of_phrase_said, parts_kept
from zhen_qa.checks.term_rendered import zh2en
from zhen_qa.checks.term_strat_unit import unit_swapped

FORMS: tuple[Excuse, ...] = (
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
                                                                 _renders_a_word(c), heads_elsewhere(c, k))
                                          for k in c.concepts),
           '心肺复苏 as "resuscitation", 低温治疗 as "hypothermia": the classifying adjective left out'),
    Excuse("named-head", "en",
           lambda c: any(c.evidence.has_en_head(named_in_full(c, k), _other_or_displaced(c), _renders_a_word(c),
                                                heads_elsewhere(c, k), shortest=NAMED_HEAD_MIN)
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
)
