"""The term-missing excuses for a term said by other words of its sentence: spread over the sentence, by its head,
another sense, a sibling word, a verb, an agent or an action.

Part of the ordered registry `term_excuses.EXCUSES` (order is behaviour: see there)."""
from __future__ import annotations

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.checks.term_acronym import acronym_said
from zhen_qa.checks.term_adverb_verb import said_as_adverb_verb
from zhen_qa.checks.term_agent_act import act_for_device
from zhen_qa.checks.term_agent_action import agent_by_action
from zhen_qa.checks.term_applied import applied_said
from zhen_qa.checks.term_bracket_named import named_in_bracket
from zhen_qa.checks.term_case import modifier, stop_words, word_of
from zhen_qa.checks.term_code_agent import compound_spelled
from zhen_qa.checks.term_code_named import identifier_parts
from zhen_qa.checks.term_disease_virus import disease_by_virus
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuse_functions import modified, reheaded_case, sibling, source_text
from zhen_qa.checks.term_gene import gene_named
from zhen_qa.checks.term_headed import headed
from zhen_qa.checks.term_joined import joined_in_chinese
from zhen_qa.checks.term_modifier_word import MARKS as _MARKS
from zhen_qa.checks.term_modifier_word import glosses_spent as _glosses_spent
from zhen_qa.checks.term_modifier_word import times_said as _times_said
from zhen_qa.checks.term_modifier_word import without_hit as _without_hit
from zhen_qa.checks.term_modifier_word import word_before as _word_before
from zhen_qa.checks.term_participle_verb import participle_verb_said
from zhen_qa.checks.term_prefixed import prefixed_word
from zhen_qa.checks.term_rendered import modifies_a_noun, names_a_disease, traditional, zh2en
from zhen_qa.checks.term_row_subject import row_subject_said
from zhen_qa.checks.term_short_word import short_word_said
from zhen_qa.checks.term_straddled import straddled_rendering, straddled_said
from zhen_qa.checks.term_style_adjective import style_adjective
from zhen_qa.checks.term_verb_result import result_verb_said
from zhen_qa.checks.term_verb_time import verb_clause_said
from zhen_qa.checks.term_verb_use import used_as_verb
from zhen_qa.checks.term_virus import virus_by_disease

WORDED: tuple[Excuse, ...] = (
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
    Excuse("reheaded", "zh", reheaded_case,
           '乳腺X线检查 for "mammography" (listed 乳腺X线摄影) where the file never writes the listed form'),
    Excuse("sibling-said", "zh", sibling,
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
                                         .strip(_MARKS), c.evidence.text, _times_said(c), modified(c))
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
                                      source_text(c), c.evidence.text, _times_said(c)) for k in c.concepts),
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
    Excuse("verb-time-clause", "en",
           lambda c: any(verb_clause_said(c.h.sentence.text.text, c.h.match.start, c.h.match.end, k.accepted("en"),
                                          c.whole) for k in c.concepts),
           '在 iOS 设备上运行时 = "when running on iOS devices" (运行时 listed "runtime"): the term read as the'
           ' when-clause its 时 closes, the English saying the verb (`term_verb_time`)'),
)
