"""An English term said in Chinese by the head of its Chinese form under the English term's own modifier.

English names a treatment in full under its modifier ("induction chemotherapy", "regular chemotherapy"); Chinese
often keeps the modifier and says only the head the term's Chinese form ends with (诱导治疗 "induction therapy",
正规抗结核治疗): the modifier tells which kind of the head is meant, as the context does where English keeps only the
head (`term_head`, the other direction). It is a rendering only where
- the head is an ending of a listed Chinese form, HEAD_MIN characters or more (治疗 of 化学治疗), that the CC-CEDICT
  lexicon glosses with the English form's head: its last word, or the end of a one-word classical compound
  ("chemo-therapy": therapy);
- the word right before the English term is a content word, not a verb's participle ("received chemotherapy" is
  接受化疗, whose 接受治疗 would name no kind), and the Chinese has a word the lexicon glosses with it (诱导:
  induce), followed by the head, right after it or after what the therapy acts against (正规抗结核治疗: 抗 and at
  most GAP_MAX characters), and no term of another concept there (the text is masked: 诱导放疗 is radiotherapy,
  not the chemotherapy's head).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import one_begins_other
from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.script import HAN_RUN_RE

HEAD_MIN = 2
"""Fewest characters of the Chinese head (治疗; a single character names too many things)."""
_AGAINST = "抗"
"""What may stand between the modifier's Chinese and the head: 抗 "anti-" and what the therapy acts against (抗结核治疗
"antituberculous therapy", the Chinese name of a drug therapy); any other word there names another kind of therapy
(标准靶向治疗 is targeted therapy, not "standard chemotherapy")."""
GAP_MAX = 3
"""Most Han characters after 抗 (抗结核, 抗病毒)."""
COMPOUND_REST = 3
"""Fewest letters before the head inside a one-word English form (chemo-therapy)."""
MODIFIER_MIN = 4
"""Fewest letters of the English modifier word (not "new", "any")."""

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
_VERB_FORM = re.compile(r"(?:ed|ing)$")


def modifier_before(sentence: str, start: int, stop_words: frozenset[str]) -> str:
    """The English word right before a term starting at `start`, lower-cased, when it may be the term's modifier:
    MODIFIER_MIN letters or more, no stop word, no participle in -ed or -ing; or ""."""
    m = _WORD_BEFORE.search(sentence[:start])
    word = m.group(1).lower() if m else ""
    if len(word) < MODIFIER_MIN or word in stop_words or _VERB_FORM.search(word):
        return ""
    return word


def headed(zh_forms: Iterable[str], en_forms: Iterable[str], modifier: str, text: str,
           zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the (masked) Chinese text says the head of a Chinese form under the Chinese of the English modifier
    (see the module docstring)."""
    if not modifier:
        return False
    heads = _heads(zh_forms, en_forms, zh2en)
    if not heads:
        return False
    folded = zh_key(text)
    for run in HAN_RUN_RE.findall(folded):
        for i in range(len(run)):
            for n in (4, 3, 2):
                word = run[i:i + n]
                if len(word) < n or not any(_glosses(g, modifier) for g in zh2en.get(word, ())):
                    continue
                rest = run[i + n:]
                gap = len(_AGAINST) + GAP_MAX if rest.startswith(_AGAINST) else 0
                if any(rest.find(h, 0, gap + len(h)) >= 0 for h in heads):
                    return True
    return False


def _heads(zh_forms: Iterable[str], en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The endings of the Chinese forms (HEAD_MIN characters or more, not the whole form) that the lexicon glosses
    with the head of an English form."""
    from zhen_qa.aligner.lexicon import stem

    ends = []
    for form in en_forms:
        words = fold_en(form, lower=True).split()
        if words and words[-1].isalpha():
            ends.append((stem(words[-1]), len(words) == 1))
    out = []
    for key in map(zh_key, zh_forms):
        for k in range(1, len(key) - HEAD_MIN + 1):
            part = key[k:]
            if any(_head_of(g, word, single) for g in zh2en.get(part, ()) for word, single in ends):
                out.append(part)
    return out


def _head_of(gloss: str, word: str, single: bool) -> bool:
    """Whether a lexicon gloss stem is the head of an English form's last word: the word itself, or the end of a
    one-word compound with COMPOUND_REST letters or more before it (therapi ends chemotherapi)."""
    if len(gloss) < 4:
        return False
    if _glosses(gloss, word):
        return True
    if not single:
        return False
    return len(word) - len(gloss) >= COMPOUND_REST and word.endswith(gloss)


def _glosses(gloss: str, word: str) -> bool:
    """A lexicon gloss stem names an English word: one begins the other, four letters or more (induc, induction)."""
    return one_begins_other(gloss, word, 4)
