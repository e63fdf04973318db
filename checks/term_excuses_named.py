"""The term-missing excuses for a term named otherwise: a literal rendering, a near concept, a code, a name, an
abbreviation or initialism, a stage or a version number.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from functools import partial

from zhen_qa.checks.term_case import said_en, stop_words
from zhen_qa.checks.term_closed import compound_glossed
from zhen_qa.checks.term_closed_compound import compound_said
from zhen_qa.checks.term_coded import code_names_kind, coded_in_en, coded_in_zh
from zhen_qa.checks.term_compound_whole import compound_whole
from zhen_qa.checks.term_contracted import contracted_name
from zhen_qa.checks.term_design import design_said
from zhen_qa.checks.term_drug_class import class_said
from zhen_qa.checks.term_event import dated_event
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_expanded import written_out
from zhen_qa.checks.term_forms import initialism_in
from zhen_qa.checks.term_histology import histology_said
from zhen_qa.checks.term_initialism_marked import marked_initialism
from zhen_qa.checks.term_kind import kind_said
from zhen_qa.checks.term_name_clipped import name_clipped
from zhen_qa.checks.term_near_concept import near_said
from zhen_qa.checks.term_outbreak import OUTBREAK_ZH, event_said, names_the_epidemic, outbreak_said
from zhen_qa.checks.term_overall import object_left, overall_left
from zhen_qa.checks.term_overlap import overlapped, shares_words
from zhen_qa.checks.term_regimen_kept import kept_combination_named
from zhen_qa.checks.term_rendered import (
    en2zh,
    inside_a_name,
    modifier_rendered,
    part_of_another_word,
    regimen_named,
    regimen_rendered,
    transliterated_in,
    zh2en,
)
from zhen_qa.checks.term_same_code import same_code
from zhen_qa.checks.term_screening_test import screening_by_test
from zhen_qa.checks.term_sequence_of import sequence_of
from zhen_qa.checks.term_setting import setting_said
from zhen_qa.checks.term_setting_drug import setting_drug_said
from zhen_qa.checks.term_stage import stage_said
from zhen_qa.checks.term_standard_abbrev import standard_abbreviation_in
from zhen_qa.checks.term_state_of import state_said
from zhen_qa.checks.term_swapped import swapped
from zhen_qa.checks.term_title_named import retitled_by_name
from zhen_qa.checks.term_version_number import numbered_version
from zhen_qa.checks.term_word_sense import word_sense_rendered

NAMED: tuple[Excuse, ...] = (
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
)
