"""The term-missing excuses for a term left to the context: referred back, an anaphor, the subject or topic said
before, a sentence moved, a class or head left out, a code name.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from zhen_qa.checks.presence_names import abbreviated
from zhen_qa.checks.presence_words import en_fused
from zhen_qa.checks.term_both import referred_here
from zhen_qa.checks.term_class_left import en_head_left, zh_class_left
from zhen_qa.checks.term_clause_moved import moved_clause_said
from zhen_qa.checks.term_code_named import code_named, written_in_chinese
from zhen_qa.checks.term_course import course_said
from zhen_qa.checks.term_defined_otherwise import defined_otherwise
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuse_functions import (
    agent,
    another_kind_case,
    cut_by_block_case,
    head_kept_case,
    heading_left_to_page,
    names_hit,
    names_nothing_else,
    page_subject_may_be_left,
    part_left_case,
    referred_back_case,
    section_named,
    topic_said_otherwise,
)
from zhen_qa.checks.term_following import pointed_at_following
from zhen_qa.checks.term_given import given_again
from zhen_qa.checks.term_given_inside import given_inside
from zhen_qa.checks.term_harm import harm_said
from zhen_qa.checks.term_joined import starts_a_compound
from zhen_qa.checks.term_modifier_word import head_under_other as _head_under_other
from zhen_qa.checks.term_other_form import other_form_said
from zhen_qa.checks.term_owner import owner_left
from zhen_qa.checks.term_participle import participle_said
from zhen_qa.checks.term_possessor import possessor_referred
from zhen_qa.checks.term_purpose import purpose_of_noun
from zhen_qa.checks.term_rendered import anaphor, en2zh, head_only, names_a_disease, zh2en
from zhen_qa.checks.term_sentence_moved import moved_sentence_said
from zhen_qa.checks.term_site_left import site_left
from zhen_qa.checks.term_the_virus import the_virus
from zhen_qa.checks.term_this_disease import this_disease
from zhen_qa.checks.term_this_subject import this_subject
from zhen_qa.checks.term_this_thing import named_as, this_thing
from zhen_qa.checks.term_user import user_left
from zhen_qa.checks.term_variant_inside import inside_variant
from zhen_qa.checks.term_virus_abbrev import family_in_name
from zhen_qa.checks.term_zero_subject import restated_subject

CONTEXT: tuple[Excuse, ...] = (
    Excuse("referred-back", "both", referred_back_case,
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
    Excuse("cut-by-block", "both", cut_by_block_case,
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
                        or page_subject_may_be_left(c)
                        and (c.file.discourse.topic(set(c.h.match.concepts), c.h.sentence, page=True)
                             or heading_left_to_page(c)))
           and not c.slipped() and not c.replaced() and not purpose_of_noun(c.h, c.concepts)
           and not _head_under_other(c) and not topic_said_otherwise(c),
           '结肠癌 named where the English of a colon cancer summary says "the disease" or nothing'
           ' (not what a noun is for: "groups for peer support", `term_purpose`; not the head under another'
           ' modifier: "Infection tendon rupture" for 跟腱断裂, `_head_under_other`); on a documentation page also'
           ' a concept the page names throughout, left out of a shortened heading: ## 推理服务 = "## Service"'
           ' (`heading_left_to_page`)'),
    Excuse("section-named", "en",
           lambda c: section_named(c) and names_nothing_else(c)
           and not c.slipped() and not c.replaced() and not purpose_of_noun(c.h, c.concepts)
           and not _head_under_other(c),
           '和数据类型相关的参数是… = "… are the relevant parameters" under "### 数据类型" = "### data type": a body'
           ' sentence\'s term left to its section\'s heading, which names it in both languages (`term_section_named`)'),
    Excuse("subject-left", "both",
           lambda c: c.file.subject.left(c.h, c.bead.tgt_hits) and not c.slipped()
           and not c.replaced(),
           'III期胃癌患者 = "stage III patients" in a gastric cancer piece: the file\'s disease implied'),
    Excuse("part-left", "both", part_left_case,
           '结肠癌 where the English of a colorectal cancer summary names no disease: a part of its subject'),
    Excuse("another-kind", "zh", another_kind_case,
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
    Excuse("head-kept", "en", head_kept_case,
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
           lambda c: moved_sentence_said(c.h, c.file.near.get(id(c.h.sentence)), names_hit(c, c.tgt)),
           '提出…自我控制…的假设 paired with an added quotation; "proposes the hypothesis that … self-control …" is the'
           ' next bead: a free rewrite\'s sentence translated in a neighbouring bead'),
    Excuse("en-fused", "en", lambda c: any(en_fused(c.evidence.text, k.accepted("en")) for k in c.concepts),
           '肝癌 = "hepatocarcinoma" (listed "hepatocellular carcinoma"): two words fused by the first\'s'
           ' combining form'),
    Excuse("defined-otherwise", "zh",
           lambda c: any(defined_otherwise(c.h, k.accepted("en"), c.file.abbrevs) for k in c.concepts),
           '"acute stress disorder (ASD)" where the glossary\'s ASD is autism spectrum disorder: another name'),
    Excuse("code-named", "en", lambda c: code_named(c.renderings, c.bead.tgt_sentences, agent(c),
                                                         written_in_chinese(c.h.sentence, c.h.match.end),
                                                         starts_a_compound(c.h)),
           "执行器 = `Runner`, 优化器封装 = OptimWrapper: the object named by its identifier in the English"),
    Excuse("following-pointed", "en",
           lambda c: pointed_at_following(c.h.sentence.text.text, c.h.match.start, c.whole),
           '使用以下命令导入它们： = "Import them using:": the term named as what the sentence introduces, the English'
           ' introducing it by its colon (`term_following`)'),
)
