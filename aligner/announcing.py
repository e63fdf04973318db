"""Announcing sentences: a Chinese topic sentence that says what the text does next, folded into its neighbour's
English.

An abstract or an introduction often announces its review before giving it:
下面对精神科纵向数据的常见统计误区加以评述。 followed by 文章探讨了纵向数据分析中使用的不同数据集结构、缺失数据的分类和
处理…. A translator may write the two as one English sentence ("How such data should be analysed is reviewed, covering
the different dataset structures …"): the announcement has no English sentence of its own, and its words (误区,
评述) have no counterpart the lexicon knows, so the search or the *silent* orphan test leaves it alone and it is
reported untranslated. It is not: its act (reviewing) is in the English, and its topic is the next sentence's
content. A lone Chinese sentence (a 1-0 bead) joins the
neighbouring bead when

- it announces (`announcement`): its last predicate is a speaking-about verb (综述, 评述, 介绍, 讨论, 论述, 概述 …)
  headed by 对/就/围绕 … 进行/加以/做/展开, or it opens with 本文/下面/以下 … and ends with such a verb;
- the neighbouring bead's Chinese sentence next to it restates the announced topic: MIN_SHARED or more of the topic's
  two-character words (Han bigrams) are in it. A content sentence with the same frame (对患者进行随访, 对数据进行分析)
  has no speaking-about verb; one that discusses something the next sentence does not carry is no announcement of it;
- the bead's English says more speaking-about verbs (`_EN_SPEAKING`: reviewed, discussed, covering …) than the
  bead's Chinese has without the announcing sentence (`_ZH_SPEAKING`), and one of them is the announcing verb's own
  act (`_ACTS`: 综述 → review/summarise/outline, 介绍 → introduce/describe, 讨论 → discuss/explore …) that no word
  of the bead's Chinese renders (the lexicon glosses none of the bead's Chinese words into it): the announcing act
  itself is in the English. A translation that drops the announcing sentence keeps the neighbour's own verbs only
  ("The article explores …" for 文章探讨了…; "their efficacy and safety are described" for 文章描述了其疗效与安全性,
  beside a dropped 本文对…进行综述。, is 描述's, and no review; "We examined …" for 我们检测了… beside a dropped
  下面对…进行介绍。 is no introducing): it is still reported, as is an announcement beside a bead whose Chinese does
  not carry its topic.

The joined bead keeps at most `max_side` Chinese sentences and one group.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.lexicon import Lexicon, one_begins_other, token_glosses, zh_tokens
from zhen_qa.aligner.refine import Groups, PathBead, in_one_group
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

_ZH_VERBS = "综述|评述|述评|介绍|讨论|探讨|论述|阐述|概述|回顾|总结"
"""Verbs of speaking about a subject: what a review, a section or an article does with its topic. Closed list (al59,
review58 R6): the predicates of the 62 announcing sentences found in the journal sets and theses (wmtbio, chinaxiv7-9,
medline, theses-heldout …). A sentence announcing with another verb (本文描述了…, 下面对…进行说明。) is no
announcement here: it is left alone and, its English dropped, still reported."""
_OPENERS = "本文|本章|本节|下面|以下|下文"
"""What opens a sentence about the text itself (this article, this chapter, below): the announcing sentences' openers
in the same scan (al59); 在此/这里/此处 (here) open the 对… frame only."""
_ANNOUNCING = LazyPattern(
    r"(?:(?:" + _OPENERS + r"|在此|这里|此处)[，,]?\s*)?(?:将|拟|主要|首先|重点|简要|再)?\s*"
    r"(?:对|就|围绕)(?P<topic>[^。！？；;，,]{2,40}?)\s*(?:进行|加以|做|作|展开)了?\s*"
    r"(?:简要|简单|系统|全面|详细|深入|初步|一些|一个)?(?:的)?\s*(?P<verb>" + _ZH_VERBS + r")[。.！!]?\s*"
    r"|(?:" + _OPENERS + r")[，,]?\s*(?:将|拟|主要|首先|重点|简要)?\s*(?P<act>" + _ZH_VERBS + r")了?"
    r"(?P<object>[^。！？；;，,]{2,40}?)[。.！!]?\s*")
"""A sentence that announces what follows: 对/就/围绕 + topic + 进行/加以/做/展开 + speaking-about verb at its end
(下面对…的常见统计误区加以评述。, 本文围绕…展开论述。), or 本文/下面/以下 + the verb + its object (本文综述了…).
It is one clause (no comma): a sentence that goes on after its announcement
(本文首先介绍该模型的基本原理，并以道德判断为例说明…) says content of its own. The adverbs before the verb
(简要/系统/详细 … 评述: briefly, systematically, in detail) are those of the same scan; another adverb there makes the
sentence no announcement (left alone, reported when its English is dropped)."""
_ZH_SPEAKING = LazyPattern(_ZH_VERBS)
_EN_STEMS = "review|discuss|describ|introduc|summari[sz]|outlin|comment|explor|examin|cover|address|elaborat"
"""Stems of English verbs of speaking about a subject: the renderings of `_ZH_VERBS` in the English of the al59 scan's
announcing sentences (and of review58 R6's en3: "is reviewed, covering"). "present", "report" and "show" are not
among them (al59): they say a study's results as often as a text's topic, and would count a neighbour's own content
as the announcement's act."""
_EN_SPEAKING = LazyPattern(
    r"(?<![A-Za-z])(?P<done>" + _EN_STEMS + r")(?:ed|ing)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:we|this\s+(?:article|paper|review|chapter|section|study|work))\s+(?:[a-z]+ly\s+)?"
    r"(?P<does>" + _EN_STEMS + r")(?:es|e|s)?(?![A-Za-z])",
    re.IGNORECASE)
"""English verbs of speaking about a subject (`_EN_STEMS`), as verbs: -ed or -ing (is reviewed, covering, are
discussed), or after we / this article (we review, this paper describes, we comment on). A noun of the same stem is
content the neighbour's Chinese may say in other words (a systematic review = 系统评价, a physical examination =
体格检查, coverage): not counted. The named groups hold the verb's stem (review, describ, summaris)."""
_ACTS: dict[str, tuple[str, ...]] = {
    "综述": ("review", "summari", "outlin"), "述评": ("review", "comment"), "回顾": ("review", "summari"),
    "概述": ("summari", "outlin", "review"), "总结": ("summari", "review"), "评述": ("review", "comment"),
    "介绍": ("introduc", "describ"), "阐述": ("describ", "elaborat", "discuss"),
    "论述": ("discuss", "review", "elaborat", "address"), "讨论": ("discuss", "explor", "address"),
    "探讨": ("discuss", "explor", "address")}
"""The English stems (`_EN_SPEAKING`'s) that say each announcing verb's own act: reviewing a field (综述 is
"reviews", "summarises"), introducing or describing it (介绍), discussing it (讨论). Other speaking verbs are
another act: "described" is no review, "examined" no introducing; counted beside an announcement of another act,
they are the neighbour's own content (文章描述了…, 我们检测了…) and would hide a dropped announcement. Fitted to
review59 R4's probes (os, bmd: "described"/"examined" beside a dropped 综述/介绍 announcement) and to the scan's
folded announcements; a verb without an entry here has no act, so it never joins."""
_GLOSS_LEAST = 5
"""Letters a gloss and an English stem share from their start to be one word's (summari / summariz, describ): the
shortest stem of `_EN_STEMS` (cover) is five letters, so no two different stems pass as one."""
_SEPARATORS = LazyPattern(r"[的与和及、，,或等中对该此其这本]")
"""Function characters between the content words of a topic, and demonstratives (该模型, 其机制): no bigram has them.
Chosen on the topics of the al59 scan (纵向数据的常见统计误区 → 纵向数据 / 常见统计误区); a function word outside the
class (于, 在) stays inside a bigram, which then matches no neighbour: a missed join, never a hidden finding."""
MIN_SHARED = 2
"""Two-character words of the announced topic the neighbouring sentence must have: one shared word (数据) is any
two sentences of a paper on data."""


def announcement(sentence: str) -> tuple[str, str] | None:
    """(the topic, the speaking-about verb) a Chinese sentence announces (`_ANNOUNCING`, the whole sentence), or
    None."""
    m = _ANNOUNCING.fullmatch(sentence.strip())
    if m is None:
        return None
    return m.group("topic") or m.group("object"), m.group("verb") or m.group("act")


def _bigrams(text: str) -> set[str]:
    return {run[k:k + 2] for part in _SEPARATORS.split(text) for run in HAN_RUN_RE.findall(part)
            for k in range(len(run) - 1)}


def restates(topic: str, sentence: str) -> bool:
    """`sentence` carries MIN_SHARED or more of the topic's two-character words."""
    return len({b for b in _bigrams(topic) if b in sentence}) >= MIN_SHARED


def _glosses(text: str, lexicon: Lexicon) -> set[str]:
    """The English stems the lexicon glosses a Chinese sentence's words into (an unknown word by its pieces)."""
    return {g for tok in zh_tokens(text, lexicon) for g in token_glosses(tok, lexicon.zh2en)}


def _says_more(zh: Sequence[str], en: Sequence[str], bead: PathBead, verb: str, lexicon: Lexicon) -> bool:
    """The bead's English says more speaking-about verbs than its Chinese has, and one of them is `verb`'s own act
    (`_ACTS`) that no word of the bead's Chinese glosses into: the announcement's, not the bead's own."""
    said = [(m.group("done") or m.group("does")).lower() for j in range(bead[1], bead[3])
            for m in _EN_SPEAKING.finditer(en[j])]
    if len(said) <= sum(len(_ZH_SPEAKING.findall(zh[i])) for i in range(bead[0], bead[2])):
        return False
    acts = [v for v in said if v.startswith(_ACTS.get(verb, ()))]
    if not acts:
        return False
    glossed = {g for i in range(bead[0], bead[2]) for g in _glosses(zh[i], lexicon)}
    return any(not any(one_begins_other(v, g, _GLOSS_LEAST) for g in glossed) for v in acts)


def join_announcing(path: list[PathBead], zh: Sequence[str], en: Sequence[str], lexicon: Lexicon, max_side: int,
                    groups: Groups | None = None) -> list[PathBead]:
    """The path with each lone announcing Chinese sentence joined to the neighbouring bead that restates its topic
    and whose English says the announcement (see the module docstring); the bead after it is tried first."""
    out = list(path)
    k = 0
    while k < len(out):
        x = out[k]
        found = announcement(zh[x[0]]) if x[2] - x[0] == 1 and x[3] == x[1] else None
        if found is not None:
            topic, verb = found
            for n, near in ((k + 1, x[2]), (k - 1, x[0] - 1)):
                if not 0 <= n < len(out):
                    continue
                y = out[n]
                if y[0] == y[2] or y[1] == y[3] or y[2] - y[0] + 1 > max_side or not restates(topic, zh[near]):
                    continue
                grown = (min(x[0], y[0]), y[1], max(x[2], y[2]), y[3])
                if in_one_group(grown, groups) and _says_more(zh, en, y, verb, lexicon):
                    out[min(k, n)] = grown
                    del out[max(k, n)]
                    k = min(k, n)
                    break
        k += 1
    return out
