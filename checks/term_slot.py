"""Another word where the term would be: "What type of substance do I have?" for 我患有哪种类型的乳腺癌？

A term the English leaves to the context (the file's subject, `term_implied`, `term_subject`) is left *out*: "What
type do I have?", "medicines to control it". A term *replaced* by a word the Chinese does not say is a
mistranslation, however well the context knows the term. The place of the term in the English is found from its
Chinese neighbour: the word just before the term (类型 of 哪种类型的乳腺癌, 控制 of 控制恶心, 的 skipped) is found in
the English by its dictionary gloss ("type", "control"), and the first content word after it ("substance") is the
word in the term's place. Where no word just before the term is glossed, the first conjunct of a
coordination stands for it (家庭 of 家庭和健康: "families and substance", "and" a stop word), or a Latin code or
abbreviation the English keeps as written (CTGF of CTGF水平: "CTGF substance"). A term that opens its Chinese sentence
(智慧与幸福是人类的普遍追求) has the sentence start for its anchor: the English's first content word is in its place
("Substance and well-being are universal human pursuits"). Where nothing before the term places it, the word just
after it does: the term's place is right beside the English of that word, either side (its head 时间 of 手术时间:
"shorter substance time"; a predicate the English puts before the noun, 进展 of 胃癌进展缓慢: "a slowly progressing
substance"), when that word is written once in the Chinese sentence and glossed once in the English. Not where
the Chinese word before the term has a gloss the English does not use: the English reworded it, and the word beside
the head may be that rewording ("to justify therapy" for 实施淋巴瘤疗法 leaves the term out, the verb taking its
place).

A word in the term's place replaces the term when nothing of the Chinese sentence is a gloss of it (an -ly adverb's
glosses include its adjective's: "slowly" for 缓慢), it is no word of
the term's own English forms ("cancer" for breast cancer, its head, is the term said short) and none of its glosses
ends with the term's last character, its head morpheme ("the next treatment", 治疗, for 下一次化疗: a broader word for
the term, not another thing).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.zh_words import WORD_SIZES

_LINK = "的之"
"""Chinese particles between a modifier and the term (哪种类型的乳腺癌): skipped to find the word before."""
_COORD = ("以及", "和", "与", "及", "或", "、")
"""Coordinating conjunctions and the enumeration comma before a term that is the second conjunct (家庭和健康)."""
_LATIN_END = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{2,})\s*$")
"""A Latin word (a code, an abbreviation) just before the term, kept as written in the English."""
_EN_TOKEN = re.compile(r"[A-Za-z]+|[^\sA-Za-z'\-/]")
"""English words and single marks (a hyphen or slash joins, anti-nausea, so is no boundary)."""
_OPENING = re.compile(r"[\s“\"‘'（(【\[]*")
"""What may come before a term that opens its sentence: spaces, an opening quote or bracket."""
_HYPHENED = re.compile(r"[A-Za-z]+(?:[-/][A-Za-z]+)*|[^\sA-Za-z'\-/]")
"""English words, a hyphenated or slashed compound as one (Age-standardized), and single marks."""
_SEMICOLON = re.compile("[;；]")
"""A clause boundary translators keep: the term and the English of its neighbour are in the same clause."""


def replaced(h: Hit, en_text: str, en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
             en2zh: Mapping[str, tuple[str, ...]], bead_zh: str = "", strict: bool = False) -> bool:
    """Whether the English (`en_text`) has a word the Chinese sentence does not say right where the Chinese term
    `h` would be rendered (see the module docstring). `en_forms` are the term's accepted English forms; `bead_zh`
    the Chinese of the whole bead (the sentence's own where not given). `strict`: a word in the term's place is
    said only as the English of the Chinese word right after the term ("Tables support sorting" for 表格组件支持排序:
    支持), not by a gloss found anywhere in the sentence ("rows", 排 inside 排序) nor ending with the term's head
    morpheme ("elements", 元件 for 组件): where little else shows the term may be left out (a page's subject,
    `term_implied.Discourse.topic`'s `page`), any other noun in its place replaces it."""
    zh = h.sentence.text.text
    own = {stem(w) for f in en_forms for w in re.findall(r"[A-Za-z]+", f.lower())}
    own |= {stem(w) for w in re.findall(r"[A-Za-z]+", zh.lower())}  # a Latin word the Chinese writes (III期)
    slots = [s for s in _slots(h, en_text, zh2en, bead_zh or zh) if s and s not in own]
    if strict:
        after = zh[h.match.end:].lstrip(_LINK)
        next_en = {g for n in WORD_SIZES for g in zh2en.get(after[:n], ()) if len(after) >= n}
        return any(not _is_gloss(slot, next_en) for slot in slots)
    head = h.surface[-1]
    return any(not any(w in zh or w.endswith(head) for w in _glosses(slot, en2zh)) for slot in slots)


def _glosses(slot: str, en2zh: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The Chinese glosses of English stem `slot`, an adverb's (-ly, stem -li) with its adjective's (slowly: slow)."""
    base = en2zh.get(slot[:-2], ()) if slot.endswith("li") and len(slot) > 5 else ()
    return (*en2zh.get(slot, ()), *base)


def _slots(h: Hit, en_text: str, zh2en: Mapping[str, tuple[str, ...]], bead_zh: str) -> list[str]:
    """The words that may stand in the term's place: found from the Chinese before the term (`_slot_after`); where
    none is found there, the words beside the English of the Chinese word after it (`_beside`)."""
    zh = h.sentence.text.text
    before = zh[:h.match.start]
    if _OPENING.fullmatch(before):
        return [_first_word(en_text)]
    slot = _slot_after(before, en_text, zh2en)
    if slot:
        return [slot]
    return [] if _glossed_before(before, zh2en) else _beside(zh, h.match.end, bead_zh, en_text, zh2en)


def _glossed_before(before: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a word just before the term (的 skipped) has a gloss: one the English, then, does not use, having
    reworded it, and the word beside the term's head may be that rewording ("to justify therapy" for 实施淋巴瘤疗法,
    "Resistance inhibits cell apoptosis" for 耐药胃癌细胞抗凋亡): the word after the term places nothing then."""
    text = before.rstrip(_LINK)
    return any(len(text) >= n and bool(zh2en.get(text[-n:])) for n in WORD_SIZES)


def _beside(zh: str, end: int, bead_zh: str, en_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The content words right beside the English of the Chinese word just after the term (ending at `end` in
    sentence `zh`): its head 时间 of 手术时间 ("shorter substance time") or its predicate 进展 of 胃癌进展缓慢
    ("a slowly progressing substance"), no word between. [] where that word is not glossed once in the English,
    written once in the bead's Chinese (`bead_zh`: another of its places may be meant, 患者 twice) or glossed in
    another clause than the term's (semicolons counted: "…in less than 50% of cases; … appropriate patients" for
    …的心脏停搏患者…；…). A word after a plural noun is not the term's place (the term comes before the head it
    modifies: "94,708 cases treated"), nor a word in -s before it (a noun's premodifier is singular: "Resistance
    inhibits cell apoptosis" for 耐药胃癌细胞抗凋亡 has the verb there), nor a word beyond a hyphenated compound's
    other end ("Age-standardized annual")."""
    after = zh[end:].lstrip(_LINK)
    for n in WORD_SIZES:
        word = after[:n]
        glosses = set(zh2en.get(word, ())) if len(word) == n else set()
        if not glosses:
            continue
        matches = list(_HYPHENED.finditer(en_text))
        tokens = [m.group() for m in matches]
        found = [i for i, tok in enumerate(tokens) if any(_is_gloss(p, glosses) for p in re.findall("[A-Za-z]+", tok))]
        if len(found) != 1 or bead_zh.count(word) != 1:
            return []
        i = found[0]
        start = bead_zh.find(zh)
        clause_zh = _SEMICOLON.findall(bead_zh[:start + end] if start >= 0 else zh[:end])
        if len(clause_zh) != len(_SEMICOLON.findall(en_text[:matches[i].start()])):
            return []
        parts = re.findall("[A-Za-z]+", tokens[i])
        at = next(k for k, p in enumerate(parts) if _is_gloss(p, glosses))
        left = tokens[i - 1] if i and at == 0 and not _plural(tokens[i - 1]) else ""
        right = tokens[i + 1] if i + 1 < len(tokens) and at == len(parts) - 1 and not _plural(parts[-1]) else ""
        return [_content(left), _content(right)]
    return []


def _plural(tok: str) -> bool:
    """Whether English word `tok` reads as a plural noun (cases, patients; not class, status, analysis)."""
    low = tok.lower()
    return low.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


def _is_gloss(tok: str, glosses: set[str]) -> bool:
    """Whether English word `tok` is one of the stems `glosses`, or its comparative (short: shorter)."""
    s = stem(tok.lower())
    return s in glosses or any(s in (g + "er", g + "est") for g in glosses if len(g) >= 3)


def _content(tok: str) -> str:
    """The stem of `tok` where it is a content word (no stop word, no preposition `PREPOSITIONS`), else ""."""
    low = tok.lower()
    return stem(low) if tok.isalpha() and low not in STOP_EN and low not in PREPOSITIONS and len(low) > 1 else ""


def _slot_after(before: str, en_text: str, zh2en: Mapping[str, tuple[str, ...]]) -> str:
    """The word in the term's place found from the Chinese before it (`_word_after`), "" where none is found."""
    before = before.rstrip(_LINK)
    conj = next((c for c in _COORD if before.endswith(c)), "")
    for text in (before, before[:-len(conj)]) if conj else (before,):
        for n in WORD_SIZES:
            word = text[-n:]
            glosses = set(zh2en.get(word, ())) if len(word) == n else set()
            if glosses:
                return _word_after(en_text, glosses)
    code = _LATIN_END.search(before)
    return _word_after(en_text, {stem(code.group(1).lower())}) if code else ""


def _first_word(en_text: str) -> str:
    """The stem of the English's first content word (stop words skipped), or "" where a mark comes first."""
    return _content_word(_EN_TOKEN.findall(en_text))


def _content_word(tokens: Sequence[str]) -> str:
    """The stem of the first content word of `tokens` (stop words and single letters skipped, within the clause: a
    mark ends it), or "" where none comes before a mark or the end."""
    for tok in tokens:
        if not tok.isalpha():
            return ""
        low = tok.lower()
        if low not in STOP_EN and len(low) > 1:
            return stem(low)
    return ""


def _word_after(en_text: str, glosses: set[str]) -> str:
    """The stem of the first content word after the first English word glossed by `glosses` (stop words skipped,
    within the clause: a mark ends it), or "" where no word is glossed so or none follows."""
    tokens = _EN_TOKEN.findall(en_text)
    for i, tok in enumerate(tokens):
        if tok.isalpha() and stem(tok.lower()) in glosses:
            return _content_word(tokens[i + 1:])
    return ""
