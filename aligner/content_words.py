"""Content words of a Chinese sentence: the rare words that name what it is about, and whether an English text has them.

A topic or framing sentence (本文就纵向数据分析的话题做了介绍。, 下面就…做一介绍。) says of its own only words of
everyday Chinese — this paper, below, topic, introduce, do — which a translator who folds it into the next sentence
writes as framing of his own ("Here we review…", "In this review we cover…") that the lexicon does not pair; a
sentence with a content of its own names things (胶囊 capsule, 止血 hemostasis, 卷烟 cigarette), and its English
names them too. How rare a word is in general Chinese is read from jieba's dictionary counts (the general corpus it
was built from): a content word is one of at most CONTENT_COUNT there. Only words the lexicon glosses count: a word it
cannot gloss says nothing either way. Academic framing has rare words too
(旨在, 概述, 简要, 综述, 本文), but they are verbs, adverbs and pointers, not nouns (`noun`): the things a sentence
names are its content. A word is said when the English has a stem of one of its glosses or of the same word with
another ending (`kin`); a word only one Chinese sentence writes, said by the English beside that sentence's bead, is
that sentence's, moved (`ContentWords.moved`).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from zhen_qa.aligner.jieba_base import base_tokenizer, word_tag
from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.aligner.scorers.base import Analysis
from zhen_qa.aligner.scorers.lexical import MAX_SENSES, doc_counts

CONTENT_COUNT = 1000
"""A Chinese word is a content word when jieba's dictionary counts it at most this many times (of 60 million): words
naming things (血小板 195, 胶囊 172, 止血 317, 卷烟 315, 适中 465, 衡量 919, 通路 126); the everyday words of framing
and discourse are more common (介绍 8,926, 话题 1,943, 下面 3,980, 研究 35,029, 探讨 1,368, 阐述 1,330, 做 50,331). Some
framing words of academic Chinese are rare too (本文 506, 综述 106, 概述 508, 旨在 801): the test asks for two missing
content words (`unspoken.CONTENT_UNSAID`), one of them a noun (`noun`), which those are not."""
KIN_MIN = 6
"""Fewest letters of the shorter of two English stems for one that begins the other to be the same word with another
ending (`lexicon.one_begins_other`): psychiatri / psychiatric, statist / statistical, vaccin / vaccination; a
shorter stem begins too many words (car / care / career)."""


def general_count(word: str) -> int:
    """jieba's dictionary count of `word` (0 when it does not know it)."""
    tok = base_tokenizer()
    tok.load_chars(word[:2])
    return int(tok.FREQ.get(word, 0))


class ContentWords:
    """The content words of a document's Chinese sentences, with the English stems each glosses into."""

    def __init__(self, doc: Analysis) -> None:
        self._doc = doc
        self._present: dict[str, int] | None = None
        self._glossed: dict[str, tuple[str, ...]] = {}
        self._writers: dict[str, int] | None = None

    def _stems(self, token: str) -> tuple[str, ...]:
        """English stems of the document that `token` glosses into (the lexical scorer's senses); when the document's
        English has none of them, all the lexicon's (the word is known, its translation is not there); () when the
        lexicon does not know it."""
        if token not in self._glossed:
            if self._present is None:
                vocab, C, _w = doc_counts(self._doc, "en")
                df = np.bincount(C.indices, minlength=C.shape[1])
                self._present = {t: int(df[k]) for t, k in vocab.items()}
            present = self._present
            senses = tuple(dict.fromkeys(self._doc.lexicon.zh2en.get(token, ())))
            found = sorted((t for t in senses if t in present), key=lambda t: -present[t])[:MAX_SENSES]
            self._glossed[token] = tuple(found) or senses
        return self._glossed[token]

    def unsaid(self, k: int, rest: tuple[int, int], english: Sequence[int]) -> tuple[int, int, int]:
        """(content words of Chinese sentence k that sentences [rest) do not write and the lexicon glosses, how many of
        them English sentences `english` do not say (`_said`: no stem of theirs, nor of the same word), how many of
        those are nouns: `noun`)."""
        tokens = self._doc.zh_tokens
        others = {t for i in range(*rest) for t in tokens[i]}
        stems = {s for j in english for s in self._doc.en_stems[j]}
        mine = [t for t in dict.fromkeys(tokens[k]) if t not in others and _rare(t) and self._stems(t)]
        missing = [t for t in mine if not self._said(t, stems)]
        return len(mine), len(missing), sum(1 for t in missing if noun(t))

    def _said(self, token: str, stems: set[str]) -> bool:
        """English `stems` have a stem of one of `token`'s glosses, or of the same word (`kin`: the gloss
        "psychiatri" of 精神科 for "psychiatric")."""
        return any(s in stems or any(kin(s, e) for e in stems) for s in self._stems(token))

    def moved(self, k: int, rest: tuple[int, int], english: Sequence[int], beside: Sequence[int]) -> tuple[int, int]:
        """(how many of Chinese sentence k's own content words that English sentences `english` lack (as `unsaid`
        counts them) English sentences `beside` say, by a stem of the same word (`kin`), where no Chinese sentence of
        the document but k writes the word nor glosses into that English stem; how many of those are nouns: `noun`).
        Only k's Chinese can have given the English that word: the translator moved it out of k's rendering into the
        English beside it (a topic sentence folded into its neighbours: 下面对精神科纵向数据的统计分析策略加以评述。
        with "many psychiatric researchers" in the English before, whose Chinese says 许多研究人员). A deleted
        translation's words are said next door only where another Chinese sentence writes them, or a word of the same
        sense, too (medline en2zh-doc13: 卷烟 "cigarettes" in the sentence before, 非法卷烟 in its Chinese; 香烟 there
        would gloss "cigarette" as well), or by chance, one word of several (适中 "moderate" beside "this moderately
        sized illicit market": review58 R3): the moved words only leave the missing ones, and the rest are counted
        again (`unspoken.unspoken`)."""
        tokens = self._doc.zh_tokens
        if self._writers is None:
            writers: dict[str, int] = {}
            for toks in tokens:
                for t in set(toks):
                    writers[t] = writers.get(t, 0) + 1
            self._writers = writers
        others = {t for i in range(*rest) for t in tokens[i]}
        stems = {s for j in english for s in self._doc.en_stems[j]}
        lone = [t for t in dict.fromkeys(tokens[k]) if t not in others and self._writers.get(t, 0) == 1 and _rare(t)
                and self._stems(t) and not self._said(t, stems)]
        if not lone:
            return 0, 0
        glossed = {g for i, toks in enumerate(tokens) if i != k for t in set(toks)
                   for g in self._doc.lexicon.zh2en.get(t, ())}
        near = {e for j in beside for e in self._doc.en_stems[j]
                if e not in glossed and not any(kin(g, e) for g in glossed)}
        gone = [t for t in lone if self._said(t, near)]
        return len(gone), sum(1 for t in gone if noun(t))

    def points(self, k: int) -> bool:
        """Chinese sentence k writes a pronoun (`pronoun`) that is rare in general Chinese (CONTENT_COUNT): a pointer
        of the written register (本文 this paper, 为此 to this end, 本章 this chapter, 该文 that article) at the
        document or at what its neighbour says, its own or shared with the neighbour (本文…。本文探讨了…). Such a
        sentence announces what the paper does about what is said next door; its unrendered words are the
        announcement's (梳理 sort out, 评述 comment, 误区 pitfalls), not a content the English lost."""
        return any(pronoun(t) for t in dict.fromkeys(self._doc.zh_tokens[k]) if _rare(t))


def kin(a: str, b: str) -> bool:
    """Two English stems are one word's: equal, or one begins the other and the shorter has KIN_MIN letters or more
    (the lexicon's gloss "psychiatri" of 精神科 for the English's "psychiatric")."""
    return a == b or one_begins_other(a, b, KIN_MIN)


def _rare(word: str) -> bool:
    """`word` has two characters or more and jieba's dictionary counts it at most CONTENT_COUNT times."""
    return len(word) > 1 and general_count(word) <= CONTENT_COUNT


def noun(word: str) -> bool:
    """jieba's dictionary tags `word` a noun or a name (n, nr, ns, nt, nz, …; not vn, a verb used as a noun): what a
    sentence is about (卷烟, 胶囊, 血小板), where the rare words of framing are verbs, adverbs and pointers (旨在 v,
    概述 v, 综述 vn, 简要 a, 本文 r)."""
    return word_tag(word).startswith("n")


def pronoun(word: str) -> bool:
    """jieba's dictionary tags `word` a pronoun (r: 本文, 为此, 本章, 该文; also 该国, 此类): it points at what is named
    elsewhere (`ContentWords.points`)."""
    return word_tag(word).startswith("r")
