"""Another word where the English term would be in the Chinese: 眼科物质 for "ophthalmology training" (培训).

`term_slot`'s counterpart for a Chinese target (an English source term whose Chinese lacks every listed form).
A term the Chinese leaves to the context (the file's subject, a definite noun phrase given before) is left
*out*: 眼科的 for "ophthalmology training", the head dropped, or 该病 ("this disease"). A term *replaced* by a
word the English does not say is a mistranslation, however well the context knows the term.

The term's place in the Chinese is found from its English neighbours, the nearest content word either side of
it in its clause (stop words such as "of", "the", "and" skipped; a mark ends the search), located in the
Chinese by its dictionary glosses (of a British spelling, the American one's: "programmes" as "programs", 课程 or
计划) or, for a Latin code the Chinese keeps (CTGF), as written, at as many places
as the English writes the word (found another number of times, it places nothing). Chinese keeps an English
premodifier's order (眼科培训, 翼状胬肉样本), so the term's place is the Chinese word just after the English of
the word before it ("ophthalmology training": 眼科 → the word after) and just before the English of the word
after it ("pterygium samples": 样本 → the word before), the particles 的/之 and a coordinator (和, 与, 、)
skipped; where both are found, once each and in that order, the words between them ("most training
programs": 大多数 and 计划 side by side leave the term out, 大多数物质计划 has 物质 in its place). One found
alone places the term where the English has no word on the other side whose rendering is not found: the word
before 计划 alone would be 大多数, the rendering of "most", which the dictionary does not gloss so. A
preposition between places nothing: it may turn the order round ("analysis of samples" = 样本分析, "half of
the sample" = 一半的样本).

A Chinese word (jieba's, two Han characters or more) in the term's place replaces the term when no gloss of it
is an English word of the sentence, it is no part of a listed Chinese form of the term nor holds one (浆细胞
of 浆细胞白血病 is the term said short), it does not end with a listed form's last character, its head
morpheme (治疗 for 化疗: a broader word for the term, not another thing), no gloss of it is the term's own
English head ("disease" for "celiac disease"), and it opens with no demonstrative (该病, 此药, 其: referred
back). A word the dictionary does not gloss is no evidence either way and replaces nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from zhen_qa.aligner.lexicon import STOP_EN, STOP_ZH, american_stem, en_stems, stem
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.script import HAN_RUN_RE

_EN_TOKEN = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]")
"""English words (a hyphenated compound as one), numbers and single marks."""
_ZH_TOKEN = re.compile(rf"{HAN_RUN_RE.pattern}|[A-Za-z][A-Za-z0-9\-]*|\d+(?:\.\d+)?|\S")
"""Runs of Han characters (cut into jieba's words), Latin words and codes, numbers and single marks."""
MIN_PHRASE = 2
"""How many times the file must write two characters beside the term for them to be a phrase of it (`_beside`)."""
_SKIPPED = frozenset(("的", "之", "和", "与", "及", "以及", "或", "、"))
"""Chinese particles and coordinators between the English neighbour's rendering and the term's place."""
_TURNING = frozenset(("of", "for", "in", "on", "with", "among", "from", "by", "at", "to"))
"""Prepositions after which Chinese may put the phrase before its head (analysis of samples = 样本分析)."""
_DEMONSTRATIVE = ("该", "此", "其", "这", "那", "本", "上述", "前者", "后者", "两者", "二者")
"""What opens a Chinese word that refers back (该病, 此药, 本研究): the concept said by reference, not replaced."""
_HAN = re.compile(HAN_RUN_RE.pattern)


def replaced(h: Hit, zh_text: str, zh_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
             en2zh: Mapping[str, tuple[str, ...]], file_zh: Sequence[str] = ()) -> bool:
    """Whether the Chinese (`zh_text`) has a word the English sentence does not say right where the English term `h`
    would be rendered (see the module docstring). `zh_forms` are the term's listed Chinese forms; `file_zh`, the
    file's Chinese sentences, place the term beside the words the file writes it with (`_beside`)."""
    said, forms, head = _term(h, zh_forms)
    words = _zh_words(zh_text)
    slots = _slots(h, h.sentence.text.text, words, en2zh) + _beside(words, forms, file_zh)
    return any(_another(w, said, forms, head, zh2en) for w in slots)


def replaced_in_phrase(h: Hit, zh_text: str, zh_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
                      file_zh: Sequence[str]) -> bool:
    """Whether the Chinese has a word the English sentence does not say in the term's place as the file's own
    phrases with the term place it (`_beside`) — without the English neighbours' slots, which may fall in another
    clause the bead holds ("chemotherapy was analyzed" beside 生存分析, "survival analysis")."""
    said, forms, head = _term(h, zh_forms)
    return any(_another(w, said, forms, head, zh2en) for w in _beside(_zh_words(zh_text), forms, file_zh))


def replaced_beside(h: Hit, zh_text: str, zh_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
                    en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the Chinese has a word the English sentence does not say in the term's place as an English word right
    beside the term places it: the term's own compound ("Muscle development" = 肌肉物质, "interactive relationship" =
    物质关系), whose order Chinese keeps, so the word there stands for the term — not a term moved into the next
    sentence. Only `replaced`'s slots from a neighbour with no word between it and the term (a stop word or a
    preposition between, "combined with chemotherapy was analyzed", may put the neighbour's rendering in another
    clause of the bead)."""
    said, forms, head = _term(h, zh_forms)
    slots = _slots(h, h.sentence.text.text, _zh_words(zh_text), en2zh, beside=True)
    return any(_another(w, said, forms, head, zh2en) for w in slots)


def _term(h: Hit, zh_forms: Iterable[str]) -> tuple[set[str], list[str], str]:
    """What both tests ask of the English term `h`: the stems its sentence says (a British spelling's with the American
    one's, as the dictionary glosses it), the term's listed Chinese forms, and
    the stem of the term's last English word (its head)."""
    term_words = re.findall(r"[A-Za-z]+", h.surface)
    stems = en_stems(h.sentence.text.text)
    return ({*stems, *map(american_stem, stems)}, [f for f in zh_forms if f],
            stem(term_words[-1].lower()) if term_words else "")


def _beside(words: list[str], forms: list[str], file_zh: Sequence[str]) -> list[str]:
    """The Chinese words in the term's place by the file's own phrases with it: where the file writes two Han
    characters right before a listed form (伴侣疗法, 眼科培训) the word right after them in the bead, and where it
    writes two right after one (家庭功能, 体系 of 卫生体系) the word right before them (伴侣物质样本, 物质功能: the
    term's phrase with another word in the term's place). Only a phrase of the file: the two characters stand beside
    a form in at least half the places the file writes them (接种 of 接种流感疫苗 is a verb the file writes before
    many objects, 手术 of 手术乳腺癌患者 a noun of many phrases), and a phrase the file writes MIN_PHRASE times at
    least: a short abstract writes its light verb twice (通过元分析 … 通过合并, 进行元分析 … 进行合并), which is half
    the places, and no phrase (review49 R6). Particles and coordinators (`_SKIPPED`) are no such characters."""
    if not file_zh:
        return []
    before, after = _phrases(tuple(forms), tuple(file_zh))
    out = []
    for i, word in enumerate(words):
        if i > 0 and len(words[i - 1]) >= 2 and words[i - 1][-2:] in before:
            out.append(word)
        if i + 1 < len(words) and len(words[i + 1]) >= 2 and words[i + 1][:2] in after:
            out.append(word)
    return out


@lru_cache(maxsize=64)
def _phrases(forms: tuple[str, ...], file_zh: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The two characters the file writes right before and right after the term's forms as a phrase of it (see
    `_beside`), found once per term and file: `_beside` is asked for every English hit of the term."""
    beside: Counter[tuple[str, bool]] = Counter()  # (characters, before the form) -> times beside a form
    for sentence in file_zh:
        for form in forms:
            at = sentence.find(form)
            while at >= 0:
                left, right = sentence[max(0, at - 2):at], sentence[at + len(form):at + len(form) + 2]
                for chars, is_before in ((left, True), (right, False)):
                    if len(chars) == 2 and _HAN.fullmatch(chars) and not any(c in _SKIPPED for c in chars):
                        beside[(chars, is_before)] += 1
                at = sentence.find(form, at + 1)
    if not beside:
        return frozenset(), frozenset()
    written = Counter(chars for sentence in file_zh for chars in {c for c, _b in beside}
                      for _m in re.finditer(re.escape(chars), sentence))
    before = frozenset(chars for (chars, is_before), n in beside.items()
                       if is_before and n >= MIN_PHRASE and 2 * n >= written[chars])
    after = frozenset(chars for (chars, is_before), n in beside.items()
                      if not is_before and n >= MIN_PHRASE and 2 * n >= written[chars])
    return before, after


def _zh_words(text: str) -> list[str]:
    """The Chinese text as words: jieba's for each run of Han characters, Latin words, numbers and marks."""
    from zhen_qa.aligner.jieba_base import cut  # loaded already where the document was aligned

    out: list[str] = []
    for m in _ZH_TOKEN.finditer(text):
        tok = m.group()
        out.extend(cut(tok) if _HAN.fullmatch(tok) else [tok])
    return out


def _neighbours(h: Hit, en: str) -> list[tuple[str, bool, bool, bool]]:
    """The English content words nearest the term on each side within its clause, each with whether it comes
    before the term, whether a preposition stands between (which may turn the Chinese order round) and whether it
    stands right beside the term (no word between)."""
    out = []
    for before, toks in ((True, reversed(_EN_TOKEN.findall(en[:h.match.start]))),
                         (False, iter(_EN_TOKEN.findall(en[h.match.end:])))):
        turned, skipped = False, False
        for tok in toks:
            low = tok.lower()
            if not (tok[0].isalpha()):
                break
            if low in _TURNING:
                turned = True
            if low in STOP_EN or len(low) < 2:
                skipped = True
                continue
            out.append((tok, before, turned, not skipped))
            break
    return out


def _places(tok: str, en: str, words: list[str], en2zh: Mapping[str, tuple[str, ...]]) -> list[tuple[int, int]]:
    """The spans of Chinese words (start, end index) rendering English word `tok`: a Latin code as written, else a
    gloss of two characters or more written as one word or two; [] unless found as many times as the English
    (`en`) writes the word, in any inflection ("family members … families": 家庭 twice; another count leaves the
    place open)."""
    if tok.isupper() and len(tok) >= 2:
        found = [(i, i + 1) for i, w in enumerate(words) if w.lower() == tok.lower()]
    else:
        key = stem(tok.lower())
        glosses = {g for g in en2zh.get(key) or en2zh.get(american_stem(key), ()) if len(g) >= 2}
        found = [(i, i + n) for n in (1, 2) for i in range(len(words) - n + 1) if "".join(words[i:i + n]) in glosses]
    spans = {s: (s, e) for s, e in sorted(found, key=lambda span: span[1], reverse=True)}  # the shorter at a start
    key = stem(tok.lower())
    times = sum(1 for t in _EN_TOKEN.findall(en) if t.lower() == tok.lower() or stem(t.lower()) == key)
    return sorted(spans.values()) if len(spans) == times else []


def _slots(h: Hit, en: str, words: list[str], en2zh: Mapping[str, tuple[str, ...]], beside: bool = False) -> list[str]:
    """The Chinese words in the term's place: between the renderings of the English words before and after the
    term where both are found once, in that order (particles skipped; none between: the term left out); else after
    the rendering of the word before, before the rendering of the word after, where the English has no word on the
    other side whose rendering is not found (it may be that word: "Most training programs" = 大多数计划, 大多数 not
    glossed "most"). None from a word a preposition stands between. With `beside`, only the word right after (or
    right before) the rendering of a neighbour standing right beside the term and found once (`replaced_beside`),
    which only an unfound word right beside it on the other side blocks."""
    near = {before: (tok, turned, next_to) for tok, before, turned, next_to in _neighbours(h, en)}
    placed = {before: _places(tok, en, words, en2zh) for before, (tok, turned, _n) in near.items() if not turned}
    left, right = placed.get(True, []), placed.get(False, [])
    if beside:
        # one place only: a neighbour written twice ("coronavirus apps … coronavirus pandemic") puts the other
        # occurrence's word (应用程序) beside one of its renderings too
        left, right = (left if len(left) == 1 and near[True][2] else []), \
            (right if len(right) == 1 and near[False][2] else [])
    elif len(left) == 1 and len(right) == 1 and left[0][1] <= right[0][0]:
        return [w for w in words[left[0][1]:right[0][0]] if w not in _SKIPPED]
    # an unfound word on the other side may be the word found there; with `beside`, only one right beside the term
    # ("Most training programs"): one across a stop word or coordinator ("characterization and interactive
    # relationship") is another phrase
    blocks = {side: not spans and (not beside or near[side][2]) for side, spans in placed.items()}
    out = []
    if not blocks.get(False):
        out += [_next(words, span[1], 1) for span in left]
    if not blocks.get(True):
        out += [_next(words, span[0] - 1, -1) for span in right]
    return [w for w in out if w]


def _next(words: list[str], i: int, step: int) -> str:
    """The first word from index `i` on in direction `step` that is no particle or coordinator (`_SKIPPED`)."""
    while 0 <= i < len(words) and words[i] in _SKIPPED:
        i += step
    return words[i] if 0 <= i < len(words) else ""


def _another(word: str, said: set[str], forms: list[str], head: str, zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese word `word` says another thing than the term (see the module docstring)."""
    if len(word) < 2 or not _HAN.fullmatch(word) or word in STOP_ZH or word.startswith(_DEMONSTRATIVE):
        return False
    if any(word in f or f in word or word[-1] == f[-1] for f in forms):
        return False
    glosses = set(zh2en.get(word, ()))
    return bool(glosses) and not (glosses & said) and head not in glosses
