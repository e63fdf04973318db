"""A Chinese term that modifies the noun after it, the English saying that noun without the term, the concept named
on both sides just before (term-missing).

Chinese repeats the subject of a passage as the modifier of each noun it qualifies; English says the noun and leaves
whose it is to the sentence before. After 失眠 = "insomnia" in the sentences before, 在常规失眠治疗的基础上 is "On the
basis of conventional treatment"; after 解脂耶氏酵母 = "Yarrowia lipolytica", 解脂耶氏酵母双极出芽的分子调控机制 is
"the molecular regulation pathway of the bipolar budding". The English keeps the thing the Chinese phrase names (the
treatment, the budding) and nothing of the sentence is missing: which one it is, the reader has just been told.

`modifier_left` holds when all of these do:

- the Chinese term is a modifier: a word of the lexicon (`HEAD_SIZES` Han characters, the longest first) follows it
  with nothing between (no 的: a possessor is `term_possessor`'s, no conjunction: 家庭和健康 is a coordination);
  where a second lexicon word follows that one, the two may be a compound whose head is the second (共情研究方法:
  方法, said as "the existing methodologies");
- the English of the bead says one of those words (a stem of it is a gloss of it, or begins with one): the phrase's
  thing is rendered;
- nothing the Chinese does not say stands where the term would be rendered, beside each English word saying the
  noun (no -ly word: an adverb renders a predicate, 水平异常高表达 = "abnormally high expression", not a noun). Where a
  lexicon word stands right before the term (常规 of 常规失眠治疗, 现有 of 现有共情研究方法), the English word right
  before the noun says it ("conventional treatment", "the existing methodologies"): the phrase keeps its own
  qualifier and drops only the concept named before ("grafting" alone for 采用抗病砧木嫁接 drops "with
  disease-resistant rootstocks", a qualified kind of the thing, which the context does not supply). Elsewhere a
  determiner, demonstrative or possessive stands right before it (`_REFERENCE`: "the bipolar budding"), the English
  pointing back: not any function word ("by substance people whose families" has "whose" before the noun it found),
  not another content word ("stage II patients" for II期结肠癌患者, where a summary's subject left out is
  `Discourse.topic`'s to judge with its own bounds; "noise increased" for 小部件增加了噪音, where the word after the
  term is a verb and the term the subject the English dropped). And no "of"/"for" follows it (`_COMPLEMENT`:
  English puts the qualifier there, "the treatment of substance", which a gloss cannot check). "conventional substance
  treatment" puts another word in the term's place. (This is the term's place here, not `Case.replaced`'s: that one
  finds it from the English of the Chinese word before the term, and where the term is left out the word after that
  is the modified noun itself — "the existing methodologies" for 现有共情研究方法, read there as a replacement — while
  it does not see "conventional substance treatment", the lexicon glossing 常规 as "convention", at all);
- the bead reads as a translation (its score is `term_sentence_moved.WEAK_SCORE` or more): in a pair of sentences that
  do not translate each other (an author's background sentence beside the Chinese method), a general noun after the
  term ("influences" for 影响) says nothing of the phrase, and the term is missing with the rest of the sentence;

and, in `checks.term_excuses`, the English has no slip of the term, and the concept is named on both sides in one of
the beads just before (`Discourse.established_before`): there is something the context supplies; and it supplies one
owner (`one_candidate`): no other concept is named on both sides in those beads ("patients with both insomnia and
depression": then "The treatment used cognitive behavioural therapy" for 失眠治疗采用认知行为疗法 may be either's, and
the term was what told the reader), and the term's Chinese sentence says the noun only once (…，抑郁治疗采用药物治疗:
the sentence names the thing twice, its modifiers tell the two apart, whatever the glossary lists).

A term with no word after it (常规治疗无法缓解失眠, the thing itself), a term whose phrase the English does not say
(the whole phrase dropped: the noun's gloss is missing too), a term replaced by a word the Chinese does not say, a
qualified term whose qualifier goes with it, and a term named only further on or on one side keep the finding.
"""
from __future__ import annotations

from collections.abc import Mapping

from zhen_qa.aligner.lexicon import stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_sentence_moved import WEAK_SCORE
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

HEAD_SIZES = (4, 3, 2)
"""Lengths of the Chinese word after the term tried as the noun it modifies, longest first (one character is too
ambiguous: 中, 后, 的)."""
_NOT_A_HEAD = frozenset("的之和与及或、等")
"""Characters that start no modified noun (a particle, a conjunction, an enumeration mark, 等 "and so on") and that
no noun the term modifies holds: 中的 of 同簇中的美国病例 is the lexicon's 中的 "hit the target", 中 + the particle 的
read as a word."""
_REFERENCE = frozenset({"a", "an", "the", "this", "that", "these", "those", "such", "its", "their"})
"""Determiners, demonstratives and possessive pronouns: the words before a noun that point to it (as
`term_head_kept`'s), the only function words that may stand where the term was ("the bipolar budding")."""
_COMPLEMENT = frozenset({"of", "for"})
"""Prepositions after a noun whose object may hold what the term said ("the treatment of insomnia", "the ability of
ADSCs to promote … regeneration" for 促血管及神经再生能力): a noun they follow is not judged."""
COMPOUND_WORDS = 2
"""Lexicon words after the term read as the noun it modifies: the first, and the one after it where the two make a
compound (研究方法 "research method", said as "methodologies")."""
PREFIX_MIN = 4
"""Shortest lexicon stem matched as a prefix of an English word's stem (convention: conventional)."""
_TOKEN = LazyPattern(r"[A-Za-z]+(?:'s)?|[^\sA-Za-z]")
"""English words (a possessive kept with its word) and single marks, which end a phrase."""


def modified_nouns(text: str, end: int, zh2en: Mapping[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The English stems of the lexicon word right after a term ending at `end` of the Chinese `text` and, where
    another lexicon word follows that one directly, of that word too (a compound's head: 方法 of 共情研究方法); none
    where a particle, a mark or the sentence's end follows the term."""
    out: list[tuple[str, ...]] = []
    at = end
    while len(out) < COMPOUND_WORDS and at < len(text) and text[at] not in _NOT_A_HEAD:
        word = _word_after(text, at, zh2en)
        if not word:
            break
        out.append(zh2en[word])
        at += len(word)
    return out


def modifier_left(h: Hit, en_text: str, score: float, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese term `h` modifies the noun right after it and the English of its bead (`en_text`, the bead
    scoring `score`) says that noun (see the module docstring; the context and the term's place are
    `checks.term_excuses`' to ask)."""
    if h.lang != "zh" or score < WEAK_SCORE:
        return False
    zh = h.sentence.text.text
    nouns = modified_nouns(zh, h.match.end, zh2en)
    if not nouns:
        return False
    before = _word_before(zh, h.match.start, zh2en)
    tokens = [t.lower() for t in _TOKEN.findall(en_text)]
    heads = [i for i, t in enumerate(tokens) if t[0].isalpha() and not t.endswith("ly")
             and any(_glossed(t, set(glosses)) for glosses in nouns)]
    return bool(heads) and all(
        i > 0 and (_glossed(tokens[i - 1], set(before)) if before else tokens[i - 1] in _REFERENCE)
        and not (i + 1 < len(tokens) and tokens[i + 1] in _COMPLEMENT)
        for i in heads)


def one_candidate(h: Hit, established: set[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the context leaves the noun Chinese term `h` modifies one owner: no concept but the term's is named on
    both sides in the beads just before (`established`: "patients with both insomnia and depression" — then "the
    treatment" may be either's), and the term's Chinese sentence says that noun nowhere else (失眠治疗采用认知行为疗法，
    抑郁治疗采用药物治疗: the sentence names the thing twice, and the term is what tells the two apart)."""
    if established - set(h.match.concepts):
        return False
    zh = h.sentence.text.text
    word = _word_after(zh, h.match.end, zh2en)
    return bool(word) and zh.count(word) == 1


def _word_after(zh: str, end: int, zh2en: Mapping[str, tuple[str, ...]]) -> str:
    """The lexicon word (`HEAD_SIZES` Han characters, the longest first) starting right after a term ending at `end`
    of Chinese `zh`, "" where none does."""
    return next((w for size in HEAD_SIZES if len(w := zh[end:end + size]) == size
                 and all(is_han(ch) and ch not in _NOT_A_HEAD for ch in w) and zh2en.get(w)), "")


def _word_before(zh: str, start: int, zh2en: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The English stems of the lexicon word (`HEAD_SIZES` Han characters) ending right before a term starting at
    `start` of Chinese `zh`, () where none does."""
    for size in HEAD_SIZES:
        word = zh[max(0, start - size):start]
        if len(word) == size and all(is_han(ch) for ch in word) and (glosses := zh2en.get(word)):
            return glosses
    return ()


def _glossed(token: str, glosses: set[str]) -> bool:
    """Whether English `token` is one of the stems `glosses`, or begins with one of PREFIX_MIN letters or more."""
    s = stem(token.removesuffix("'s"))
    return s in glosses or any(len(g) >= PREFIX_MIN and s.startswith(g) for g in glosses)
