"""Lenient evidence that a concept is rendered in a text: the question term-missing asks of the other side.

Reporting a term *use* (term-variant, term-inconsistent) must be strict: a match that splits a word is a
false report. Deciding that a concept is *absent* must be lenient instead, or every derived word becomes
a false term-missing: the Chinese 安全性 renders "safety" although jieba will not confirm 安全 inside it.
So here
- a Chinese form is present when it occurs anywhere in the folded text (inside a longer word, across a
  word boundary, or split by spaces: 安全 in 安全性, 样本 in 样本量, 神经 系统);
- an English form is present when its words occur in order, each with any ending (inflections and
  derivations: sample/samples, system/systemic, analysis/analyses), separated by spaces, hyphens or
  nothing (stem cell, stem-cell, stemcell, "stem  cell"), the first one starting a Latin word or after a
  combining form ending in o (immunochemotherapeutic, radiochemotherapy); digits may follow (a footnote
  mark glued to the word: "system15").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN, one_begins_other
from zhen_qa.checks.presence_coordinated import coordinated_with_kept
from zhen_qa.glossary.model import TermMatch
from zhen_qa.glossary.normalize import fold_en, fold_zh
from zhen_qa.manuscript.english_plurals import IRREGULAR_PLURALS, SINGULARS
from zhen_qa.manuscript.script import HAN_RUN_RE, is_han

STEM_ENDINGS = ("ies", "is", "es", "us", "um", "y", "e", "s")
"""Endings dropped from an English word before matching any ending (longest first)."""

MIN_STEM = 4
"""Shortest stem left after dropping an ending ("safety" -> "safet"; "safe" stays "safe")."""

_SPACE = re.compile(r"\s+")


def en_stem(word: str) -> str:
    """The part of a lower-case English word that every inflection and most derivations share."""
    word = word.rstrip("'")
    if word.endswith("'s"):
        word = word[:-2]
    for ending in STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


PREFIXES = ("co", "pre", "post", "anti")
"""Prefixes that make a word about the same concept (coprimary end points: two primary end points; prechemotherapy:
before the chemotherapy; postoperative; antiplatelet therapy acts on platelets); not non- or un-, which negate it."""

PREFIXED_MIN = 5
"""Fewest letters of a form's first word stem that a prefix may come before."""

_MODIFIER_SUFFIX = "al"
"""The adjective ending a modifier may have or lack (tumor mutational / mutation burden): dropped from every word
of a multiword form but its last, the head, when DERIVED_MIN letters stay."""


def _modifier_stem(word: str) -> str:
    """A non-final word of a multiword form without its adjective ending (mutational -> mutation)."""
    if word.endswith(_MODIFIER_SUFFIX) and len(word) - len(_MODIFIER_SUFFIX) >= DERIVED_MIN:
        return word[:-len(_MODIFIER_SUFFIX)]
    return en_stem(word)


@lru_cache(maxsize=131072)
def _en_pattern(form: str, case_sensitive: bool) -> re.Pattern[str] | None:
    written = fold_en(form, lower=not case_sensitive).split()
    words = [_modifier_stem(w) for w in written[:-1]] + [en_stem(w) for w in written[-1:]]
    if not all(words):
        return None
    verb = _participle_stem(written[-1])
    parts = [_or_irregular(spelled(w), plain) for w, plain in zip(words, written, strict=True)]
    if verb is not None and len(written) == 1 and written[0].endswith("ing"):
        parts[-1] = spelled(verb) + _OTHER_PARTICIPLE  # timing: timed (an -ed adjective's -ing is another sense:
        # embedded / embedding, distributed / distributing; review50b S11)
    elif verb is not None and len(written) > 1 and len(verb) >= MIN_STEM:
        parts[-1] = _PASSIVE + spelled(verb) + _VERB_ENDING  # data fetching: data fetch, the data is being fetched
    body = r"[A-Za-z']*[\s']*".join(parts)
    # immuno+chemotherapy: a combining form; co+primary, pre+chemotherapy: a prefix (`PREFIXES`), before a word of
    # PREFIXED_MIN letters (not anti+body)
    prefix = "|(?:" + "|".join(PREFIXES) + ")-?" if len(words[0]) >= PREFIXED_MIN else ""
    return re.compile(rf"(?<![A-Za-z0-9])(?:[A-Za-z]{{3,}}o-?{prefix})?" + body)


_OTHER_NUMBER = {**IRREGULAR_PLURALS, **SINGULARS}
"""An irregular noun's other number (mouse: mice, mice: mouse), which no ending reaches from the form's stem."""


def _or_irregular(part: str, word: str) -> str:
    """A form word's pattern `part` that also admits the word's irregular other number as a whole word ("mice" for
    mouse, "teeth" for tooth, "men" for man; not "mental"), capitalised as the word is."""
    other = _OTHER_NUMBER.get(word.lower())
    if other is None:
        return part
    if word[:1].isupper():
        other = other.capitalize()
    return rf"(?:{part}|{other}(?![A-Za-z]))"


PARTICIPLE_MIN = 3
"""Fewest letters of a verb's stem before -ing or -ed (`_participle_stem`: tim- of timing, fetch- of fetching)."""

_OTHER_PARTICIPLE = r"(?:ing|ed(?![\s-]*(?:out|in|up|off|on|down|over|back|away)\b))"
"""A one-word form's -ing or -ed, not the -ed of a phrasal verb ("timed out" is 超时, not timing: review50b S3)."""

_VERB_ENDING = r"(?:e|s|es|ed|ing)?(?![A-Za-z])"
"""A verb's own endings after its stem, and no other: "error handler" (an agent noun) is not error handling
(review50b S11)."""

_PASSIVE = r"(?:(?:is|are|was|were|be|been|being)\s+)*"
"""Auxiliaries a passive puts between a multiword form's noun and its verb ("the data is being fetched")."""


def _participle_stem(word: str) -> str | None:
    """The verb stem of an English word ending in -ing or -ed (fetch of fetching, tim of timing and timed, schedul
    of scheduled), None for another word. A verb's -ing and -ed forms are one word said as noun, adjective or
    participle ("timing", "a timed workflow", "can be timed"), which the sentence chooses by its grammar; its bare
    form is another word when the stem is short (time, a noun), so a one-word form admits only the two."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= PARTICIPLE_MIN and word[:-len(ending)].isalpha():
            return word[:-len(ending)]
    return None


def spelled(word: str) -> str:
    """A regular expression for a word that admits its British and American spellings alike: ae/oe or e
    (haemoglobin, oesophageal, foetal, leukaemia), our or or (tumour, behaviour, favourable), is or iz, ys or yz
    (sanitiser, randomised, analyse). Only letters are loosened, and only by what one spelling adds to the other."""
    out: list[str] = []
    i = 0
    while i < len(word):
        two = word[i:i + 2]
        if two in ("ae", "oe"):
            out.append(two[0] + "?e")
            i += 2
        elif word[i] == "e" and (i == 0 or word[i - 1] not in "aeiou"):
            out.append("[ao]?e")
            i += 1
        elif two == "ou" and word[i:i + 3] == "our" and i >= 2:
            out.append("ou?r")
            i += 3
        elif two == "or" and i >= 2:
            out.append("ou?r")
            i += 2
        elif word[i] in "sz" and i > 0 and word[i - 1] in "iy" and (i == len(word) - 1 or word[i + 1] in "aei"):
            out.append("[sz]")
            i += 1
        else:
            out.append(re.escape(word[i]))
            i += 1
    return "".join(out)


@lru_cache(maxsize=131072)
def zh_key(form: str) -> str:
    """A Chinese form as `Evidence` compares it: script and width folded, spaces removed."""
    return _SPACE.sub("", fold_zh(form))


def masked(text: str, matches: Sequence[TermMatch]) -> str:
    """`text` with every term match blanked out (by NUL characters): what is left is evidence outside them."""
    if not matches:
        return text
    chars = list(text)
    for m in matches:
        chars[m.start:m.end] = "\0" * (m.end - m.start)
    return "".join(chars)


def _any_en(forms: list[str], folded: str, case_sensitive: bool) -> bool:
    """Whether any English form occurs in the folded text (`_en_pattern`)."""
    for form in forms:
        pattern = _en_pattern(form, case_sensitive)
        if pattern is not None and pattern.search(folded):
            return True
    return False


class Evidence:
    """One side of a bead, folded once on demand and asked whether concepts' forms occur in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._zh: str | None = None
        self._en: dict[bool, str] = {}
        self._dehyphen: dict[bool, str | None] = {}
        self._glossed: dict[str, list[tuple[int, int]]] | None = None

    def _folded_zh(self) -> str:
        """The text as the Chinese forms are looked for in it (script, width and spaces folded), folded once."""
        if self._zh is None:
            self._zh = _SPACE.sub("", fold_zh(self.text))
        return self._zh

    def _folded_en(self, case_sensitive: bool = False) -> str:
        """The text as the English forms are looked for in it (`fold_en`, lower-cased unless `case_sensitive`),
        folded once for each."""
        folded = self._en.get(case_sensitive)
        if folded is None:
            folded = self._en[case_sensitive] = fold_en(self.text, lower=not case_sensitive)
        return folded

    def has_zh(self, forms: Iterable[str]) -> bool:
        """True if any Chinese form occurs, leniently: as a substring, script, width and spaces folded."""
        folded = self._folded_zh()
        return any(key and key in folded for key in map(zh_key, forms))

    def count_zh(self, forms: Iterable[str]) -> int:
        """How many places of the text hold a Chinese form, found as `has_zh` finds one (overlapping finds are one)."""
        folded = self._folded_zh()
        spans: list[tuple[int, int]] = []
        for key in {k for k in map(zh_key, forms) if k}:
            start = folded.find(key)
            while start >= 0:
                spans.append((start, start + len(key)))
                start = folded.find(key, start + 1)
        return _places(spans)

    def count_en(self, forms: Iterable[str], case_sensitive: bool = False) -> int:
        """How many places of the text hold an English form, found as `has_en` finds one (overlapping finds are one)."""
        folded = self._folded_en(case_sensitive)
        spans: list[tuple[int, int]] = []
        for form in set(forms):
            pattern = _en_pattern(form, case_sensitive)
            if pattern is not None:
                spans.extend(m.span() for m in pattern.finditer(folded))
        return _places(spans)

    def has_en(self, forms: Iterable[str], case_sensitive: bool = False) -> bool:
        """True if any English form occurs, leniently: words in order, any endings, any spacing; a one-word form
        also with a hyphen inside or as a suspended prefix (`dehyphenated`: "anti-viral", "corona- viruses")."""
        forms = list(forms)
        if _any_en(forms, self._folded_en(case_sensitive), case_sensitive):
            return True
        again = self._dehyphenated(case_sensitive)  # only when the text as written has none of them
        return again is not None and _any_en(forms, again, case_sensitive)

    def _dehyphenated(self, case_sensitive: bool = False) -> str | None:
        """The text as `has_en` looks for forms in it a second time (`dehyphenated`, then folded), or None when it
        has no hyphen to take out; computed once for each case setting."""
        if case_sensitive not in self._dehyphen:
            text = dehyphenated(self.text) if "-" in self.text else self.text
            self._dehyphen[case_sensitive] = fold_en(text, lower=not case_sensitive) if text != self.text else None
        return self._dehyphen[case_sensitive]


    def has_en_part(self, forms: Iterable[str]) -> bool:
        """True if a form of two or more words is there in part: its words apart ("bone and marrow"), or its
        distinctive first word with another head ("confidence limits", "radiation" for radiation therapy).

        Only for a term that may be rendered loosely; a first word counts when it has PART_MIN letters.
        """
        return self.count_en_part(forms) > 0

    def count_en_part(self, forms: Iterable[str]) -> int:
        """How many places of the text hold a form in part, found as `has_en_part` finds one (overlapping finds are
        one): "the healthy control group … and controls" once for a Chinese term said twice leaves one unsaid."""
        folded = self._folded_en()
        spans: list[tuple[int, int]] = []
        for form in forms:
            words = fold_en(form, lower=True).split()
            if len(words) < 2:
                continue
            if len(words[0]) >= PART_MIN:
                spans.extend(m.span() for m in _word_pattern(en_stem(words[0])).finditer(folded))
            spans.extend(m.span() for m in _apart_pattern(tuple(en_stem(w) for w in words)).finditer(folded))
        return _places(spans)

    def has_en_head(self, forms: Iterable[str], other: Callable[[int], bool] | None = None,
                    rendered: Callable[[int], bool] | None = None, elsewhere: int = 0,
                    shortest: int | None = None) -> bool:
        """True if the English says the head of a form whose other words are classifying adjectives
        (`_CLASSIFIER`) without them: "hypothermia" for therapeutic hypothermia, "resuscitated" for cardiopulmonary
        resuscitation, "an out-of-hospital arrest" for cardiac arrest.

        A text leaves out the adjective that classifies its subject once the context gives it, as Chinese leaves
        out a modifier (`has_zh_head`). Not where another classifying adjective stands before the head ("colorectal
        cancer" is no rendering of gastric cancer), nor for a noun modifier ("hazard ratio", "lung cancer": the
        modifier is the term). A head of PART_MIN letters or more may have another ending (resuscitat-ed); a shorter
        one of HEAD_WORD_MIN letters or more counts only as itself or its plural ("asset formats" for static asset
        formats: not "assetPrefix", a word it begins).
        `other`, where given, says whether the word before the head starting at an index of the text is another
        modifier (`term_other_modifier`): "institutions medicine" is no rendering of internal medicine.
        A shorter head (a common noun of the prose: state, asset, staff, trial) counts only where the word before it
        is a function word, hyphenated, or renders a word of the Chinese sentence (`rendered`; without it, any word
        does): a content word rendering nothing stands in the modifier's place ("remote assets", "cleaning staff"
        for 静态资源, 医务人员), not a verb taking the head as its object (`in_modifier_place`: "to import assets", "or
        inspecting asset information"); and only where the English says it more times than the Chinese has the
        head outside the term (`elsewhere`: "the state" renders 这个状态 in 全局状态保存在 store 中…丢失这个状态,
        not the dropped 全局状态). A long head is not asked this (rec53 tried: "bystander resuscitation" for
        旁观者实施的心肺复苏 and "primary debulking surgery" for 初始肿瘤细胞减灭术 render words the lexicon does not
        gloss so).
        `shortest` is the fewest letters of the head (None: HEAD_WORD_MIN; `term_named_head` asks about shorter heads of
        terms the file's English writes in full).
        """
        text = self.text.lower()  # as written: a hyphenated modifier (out-of-hospital) is one word here
        fewest = HEAD_WORD_MIN if shortest is None else shortest
        for form in forms:
            words = fold_en(form, lower=True).split()
            if len(words) < 2 or len(words[-1]) < fewest or not all(_CLASSIFIER.search(w) for w in words[:-1]):
                continue
            head = words[-1]
            short = len(head) < PART_MIN
            pattern = _plural_pattern(head) if short else _word_pattern(derivational_stem(head))
            said = 0
            for m in pattern.finditer(text):
                before = text[:m.start()].split()[-1:]
                if not before or "-" in before[0] or not _CLASSIFIER.search(before[0]) \
                        and not (other is not None and other(m.start())):
                    if short and rendered is not None and in_modifier_place(text, m.start()) \
                            and not rendered(m.start()):
                        continue
                    said += 1
                    if not short or said > elsewhere:
                        return True
        return False

    def has_zh_spread(self, forms: Iterable[str]) -> bool:
        """True if a Chinese form of 3+ characters occurs with a few characters inserted between its own.

        Chinese inserts modifiers inside a term it renders (总生存 in 总体中位生存时间, "median overall
        survival time"; a Latin name counts as one character: 确诊 COVID-19 病例); only for the question whether an
        English term has a Chinese rendering.
        """
        folded = self._folded_zh()
        return any(_spread_pattern(key).search(folded) for key in map(zh_key, forms) if len(key) >= 3)

    def has_classical(self, forms: Iterable[str]) -> bool:
        """True if the English has the Greek or Latin combining form of an English form (platelet: thrombocyt-).

        Medical English names a finding by a classical compound (thrombocytopenia: too few platelets;
        hepatomegaly: a large liver), which renders the plain word of the glossary.
        """
        folded = self._folded_en()
        return any(_classical_pattern(stem).search(folded)
                   for form in forms for stem in CLASSICAL_FORMS.get(form.lower(), ()))

    def has_zh_head(self, zh_forms: Iterable[str], en_forms: Iterable[str],
                    zh2en: Mapping[str, tuple[str, ...]]) -> bool:
        """True if the Chinese has the head of a term without its modifier: the part of a Chinese form that the
        lexicon glosses as the last word of a multiword English form (生存 of 总生存期 for "overall survival").

        A translation often drops the modifier it takes as understood (生存时间 for "OS"); only for the question
        whether an English term has a Chinese rendering. The part has HEAD_MIN characters or more; a gloss names the
        head as `_glosses` says or, in a form of modifiers and a noun (no stop word: not "quality of life"), as the
        head's own stem, however short (病例: "cas", of "confirmed cases").
        """
        from zhen_qa.aligner.lexicon import STOP_EN, stem

        words = [w for w in (fold_en(f, lower=True).split() for f in en_forms) if len(w) >= 2]
        heads = {w[-1] for w in words}
        if not heads:
            return False
        # the last word is the head only in a form of modifiers and a noun: not "life" of "quality of life"
        stems = {stem(w[-1]) for w in words if STOP_EN.isdisjoint(w)}
        folded = self._folded_zh()
        for key in map(zh_key, zh_forms):
            for n in range(HEAD_MIN, len(key)):
                for k in range(len(key) - n + 1):
                    part = key[k:k + n]
                    if part in folded and any(g in stems or _glosses(g, h) for g in zh2en.get(part, ())
                                              for h in heads):
                        return True
        return False

    def has_zh_shortened(self, forms: Iterable[str], whole: str = "") -> bool:
        """True if a Chinese form of 3+ characters occurs shortened: contracted to its first and last characters and
        some between, in order (高压 of 高血压: 门静脉高压 "portal hypertension"), or without a final derivational
        morpheme (死亡 of 死亡率, 抑郁 of 抑郁症: Chinese drops the "rate" or "disorder" that English "mortality" and
        "depression" leave unsaid) or a final process word (`ZH_PROCESS_WORDS`: 血栓 of 血栓形成). The shortened form
        keeps SHORT_MIN characters or more.

        `whole` is the text unmasked (the same length): a contraction (shorter than the form) is looked for there too,
        since the matcher may have taken a part of it for another term (新冠状病毒, contracted from 新型冠状病毒, holds
        冠状病毒 "coronavirus"); not one wholly inside a match, which is another term (分泌组 in 分泌组学).
        """
        folded = self._folded_zh()
        full = _SPACE.sub("", fold_zh(whole)) if whole else folded
        if len(full) != len(folded):
            full = folded
        for key in map(zh_key, forms):
            if len(key) < 3:
                continue
            if key[-1] in ZH_SUFFIXES and len(key) - 1 >= SHORT_MIN and key[:-1] in folded:
                return True
            if any(key.endswith(t) and len(key) - len(t) >= SHORT_MIN and key[:-len(t)] in folded
                   for t in ZH_PROCESS_WORDS):
                return True  # 深静脉血栓 for 深静脉血栓形成 "deep-vein thrombosis"
            if any(len(m.group()) * 2 >= len(key) for m in _contraction_pattern(key).finditer(folded)):
                return True  # at most half the characters dropped: 非癌 is not 非小细胞肺癌
            if full is not folded and any(_partly_masked(folded[m.start():m.end()], len(key))
                                          for m in _contraction_pattern(key).finditer(full)):
                return True  # a contraction part of which was matched, never one wholly inside a match (分泌组学)
        return False

    def has_zh_coordinated(self, forms: Iterable[str], is_word: Callable[[str], bool], whole: str = "") -> bool:
        """True if a Chinese form is one member of a coordinated contraction sharing its head: 放化疗 holds 放疗
        and 化疗 (radiotherapy and chemotherapy), 化放疗 the same, 肝肾功能 holds 肝功能. The form is its first
        character and a head; the text has that character, one more Han character and the head, and the other
        member (the added character and the head) is a word (`is_word`: the lexicon's or the glossary's).

        `whole` is the text unmasked (the same length): the other member, with the shared head, may be a term
        matched and masked itself (放疗 in 化放疗); the form's first character is still looked for outside matches."""
        folded = self._folded_zh()
        full = _SPACE.sub("", fold_zh(whole)) if whole else folded
        if len(full) != len(folded):
            full = folded
        for key in map(zh_key, forms):
            if len(key) < 2 or not HAN_RUN_RE.fullmatch(key):
                continue
            first, head = key[0], key[1:]
            start = folded.find(first)
            while start >= 0:
                other = full[start + 1:start + 2]
                if other and is_han(other) and full.startswith(head, start + 2) and is_word(other + head):
                    return True
                start = folded.find(first, start + 1)
        return False

    def has_zh_gloss(self, en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]],
                     said_elsewhere: Container[str] = frozenset()) -> bool:
        """True if adjacent words of the Chinese are glossed by the lexicon with every content word of an English
        form (中药 "traditional Chinese medicine"; 生活 + 品质 "quality of life", the Taiwan wording of 生活质量).

        The lexicon's glosses of a word are the stems of all its senses; every stem of the English form must be
        among the glosses of one run of adjacent words (of 2 to 4 characters), each giving at least one.
        `said_elsewhere`: the stems the English says outside the form; a word whose other glosses are all among them
        renders those words, not the form (蛋氨酸, glossed "methionine, an essential amino acid", where the English
        says "methionine" and "amino acid" beside a missing "essential").
        """
        from zhen_qa.aligner.lexicon import en_stems

        glossed = self._glossed
        if glossed is None:
            glossed = self._glossed = self._glossed_words(zh2en)
        folded = self._folded_zh()
        for form in en_forms:
            wanted = frozenset(en_stems(form))
            if not wanted or not all(stem in glossed for stem in wanted):
                continue  # most forms: some word of the form has no gloss in the text at all
            words: dict[tuple[int, int], set[str]] = {}
            for stem in wanted:
                for span in glossed[stem]:
                    other = set(zh2en.get(folded[span[0]:span[1]], ())) - wanted
                    if other and all(g in said_elsewhere for g in other):
                        continue  # the word renders other words of the English
                    words.setdefault(span, set()).add(stem)
            runs: dict[int, list[set[str]]] = {}  # end -> the stems of each run of adjacent words ending there
            for (a, b), got in sorted(words.items()):
                for gained in [got] + [g | got for g in runs.get(a, ())]:
                    if gained == wanted:
                        return True
                    runs.setdefault(b, []).append(gained)
        return False

    def count_zh_gloss(self, en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> int:
        """How many places of the Chinese hold a word the lexicon glosses with each content word of an English form
        (the words `has_zh_gloss` builds its runs from; overlapping words are one place), the most of any form: 负相关
        ("negative correlation") once for "negative" said twice by the English leaves one "negative" unrendered."""
        from zhen_qa.aligner.lexicon import en_stems

        glossed = self._glossed
        if glossed is None:
            glossed = self._glossed = self._glossed_words(zh2en)
        counts = [min(_places(glossed.get(stem, [])) for stem in wanted)
                  for form in en_forms if (wanted := frozenset(en_stems(form)))]
        return max(counts, default=0)

    def _glossed_words(self, zh2en: Mapping[str, tuple[str, ...]]) -> dict[str, list[tuple[int, int]]]:
        """Lexicon gloss stem -> (start, end) of the words of 2-4 Han characters of the folded Chinese it glosses."""
        folded = self._folded_zh()
        out: dict[str, list[tuple[int, int]]] = {}
        for run in han_word().finditer(folded):
            text, base = run.group(), run.start()
            for i in range(len(text) - 1):
                for size in (2, 3, 4):
                    if i + size > len(text):
                        break
                    for stem in zh2en.get(text[i:i + size], ()):
                        out.setdefault(stem, []).append((base + i, base + i + size))
        return out

    def has_en_derived(self, forms: Iterable[str]) -> bool:
        """True if an English one-word form occurs as another part of speech: its derivational stem followed by
        another suffix (depression: depressive, depressed; complication: complicated; mortality: mortal), a
        classical noun as its adjective (`classical_adjective`: anaphylaxis, anaphylactic), or a -graphy technique
        as the -gram record it makes and back (`_graphic_pattern`: mammography, mammograms).

        The stem keeps DERIVED_MIN letters or more, so short words do not meet unrelated ones.
        """
        folded = self._folded_en()
        for form in forms:
            word = fold_en(form, lower=True)
            if " " in word or "-" in word:
                continue
            base = derivational_stem(word)
            if base != word and _derived_pattern(base).search(folded):
                return True
            adjective = classical_adjective(word)
            if adjective and _word_pattern(adjective).search(folded):
                return True  # anaphylaxis: "an anaphylactic reaction"
            record = _graphic_pattern(word)
            if record is not None and record.search(folded):
                return True  # mammography: "annual mammograms"
        return False

    def has_zh_agent_stem(self, forms: Iterable[str]) -> bool:
        """True if a Chinese form that names an agent by its action and a class morpheme (`ZH_AGENT_HEADS`: 抗凝药
        "anticoagulant", 利尿剂 "diuretic") occurs without that morpheme: its action stem (抗凝 in 抗凝治疗).

        English uses such an agent noun as a modifier ("anticoagulant therapy", "diuretic treatment"); Chinese then
        says the action with the head noun of the phrase (抗凝治疗 "anticoagulation treatment"), not the drug
        class. Only for an English term that modifies a noun; the stem keeps SHORT_MIN characters or more.
        """
        folded = self._folded_zh()
        return any(key.endswith(head) and len(key) - len(head) >= SHORT_MIN and key[:-len(head)] in folded
                   for key in map(zh_key, forms) for head in ZH_AGENT_HEADS)

    def has_en_literal(self, zh_term: str, en_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
        """True if the English says a phrase the Chinese term also renders: a homonym of the glossary's sense.

        The term splits into words the lexicon knows, glossed in order by adjacent English words, and either the
        last of those is the head of an English form of the concept (风险 + 比 as "risk ratio" beside the
        glossary's "hazard ratio"; 眼 + 压 as "eye pressure" for intraocular pressure: a sibling with the same
        head), or the term is a lexicon word glossed by each of them (过敏 + 反应 as "allergic reactions", a sense
        of 过敏反应, where the glossary pairs it with anaphylaxis). Chinese compounds put the modifier
        before the head as English noun phrases do, so a rendering word by word keeps the order. A lexicon synonym
        of another shape (霍奇金淋巴癌 for 淋巴瘤) is no such phrase: keeping to a glossary is what it is for.
        """
        from zhen_qa.aligner.lexicon import stem

        words = [(m.group().lower(), m.start(), m.end()) for m in _LATIN_WORD.finditer(self.text)]
        if len(words) < 2:
            return False
        adjacent = [bool(_JOIN.fullmatch(self.text[a[2]:b[1]])) for a, b in zip(words, words[1:])]
        stems = [(w, stem(w)) for w, _a, _b in words]
        heads = {stem(fold_en(f, lower=True).split()[-1]) for f in en_forms if " " in f.strip()}

        def glossed(k: int, part: str) -> bool:
            w, s = stems[k]
            return any(g in (w, s) or _glosses(g, w) or _glosses(g, s) for g in zh2en[part])

        key = zh_key(zh_term)
        for parts in _splits(key, zh2en):
            n = len(parts)
            for i in range(len(words) - n + 1):
                if all(adjacent[i + k] for k in range(n - 1)) \
                        and all(glossed(i + k, part) for k, part in enumerate(parts)) \
                        and (stems[i + n - 1][1] in heads
                             or key in zh2en and all(glossed(i + k, key) for k in range(n))):
                    return True
        return False

    def has_original(self, forms: Iterable[str], en2zh: Mapping[str, tuple[str, ...]] | None = None,
                     usage: Callable[[str], bool] | None = None) -> bool:
        """True if an English form is kept as written inside the Chinese text, whole words, in any case (95% CI in
        置信区间's place). With the lexicon's `en2zh`, only a form Chinese keeps as a name counts, a rendering
        (`kept_name`: PCR, Hardy-Weinberg, "ci" in a lower-cased corpus, ubrogepant): a form of dictionary words
        (death, efficacy) kept in lower case in the Chinese (患者death的常见原因) is an English word left
        untranslated; capitalised it is part of a name (PowerChek Coronavirus, National Vaccine Injury Compensation
        Program). `usage` says whether the file's Chinese keeps a form as its own usage (`kept_as_usage`): then it
        is kept there as a name is."""
        return any(named for named, _prose in english_kept(forms, self.text, en2zh, usage))


def kept_name(form: str, en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether Chinese text may keep an English form as written: a name or code the glossary writes with a capital
    or a digit (CI, PCR, Hardy-Weinberg), or a form with a content word the lexicon (`en2zh`, by stem) has no Chinese
    for (a new drug's name, ubrogepant, which NEJM's Chinese keeps; stop words such as "of" and "to" are no content).
    Dictionary words in lower case (death, quality, ease of use) have their Chinese: kept in English they are left
    untranslated."""
    from zhen_qa.aligner.lexicon import STOP_EN, stem

    return bool(_KEPT_NAME.search(form)) or any(stem(w) not in en2zh for w in re.findall(r"[a-z]+", form.lower())
                                                 if w not in STOP_EN)


DE_PART_MIN = 2
"""Fewest characters of either part of a Chinese form split by 的 (`zh_split_by_de`): 命名 + 路由."""


def zh_split_by_de(forms: Iterable[str], text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether `text` writes a Chinese form of two words split by 的 (命名的路由 for 命名路由 "named route"): Chinese
    puts 的 between a modifier and its head as it likes, and the term stays the term. Each part has DE_PART_MIN
    characters or more; no term match of the text (`spans`) crosses the edges of what is found, so a longer word
    there (命名的路由器, "a named router") is no rendering. A match inside it (路由) is part of the term."""
    for key in map(zh_key, forms):
        for i in range(DE_PART_MIN, len(key) - DE_PART_MIN + 1):
            split = key[:i] + "的" + key[i:]
            start = text.find(split)
            while start >= 0:
                end = start + len(split)
                if _opens_phrase(text, start) and not any(a < start < b or a < end < b for a, b in spans):
                    return True
                start = text.find(split, start + 1)
    return False


NEGATIONS = frozenset("未非不无没")
"""Characters that negate the word after them (未命名 "unnamed", 非对称 "asymmetric")."""


def _opens_phrase(text: str, start: int) -> bool:
    """Whether a word starts at `start` of `text`: the text begins there, or after a character that is no Han, or
    jieba cuts the run of Han characters there and the two words before hold no negation (重命名的路由 "renamed",
    未命名的路由 "unnamed", 没有命名的路由, 不需要命名的路由 "not named" are other words: review50b S1, S8)."""
    if start == 0 or not is_han(text[start - 1]):
        return True
    run_start = start
    while run_start > 0 and is_han(text[run_start - 1]):
        run_start -= 1
    run_end = start
    while run_end < len(text) and is_han(text[run_end]):
        run_end += 1
    at, before = run_start, ["", ""]
    for word in cut(text[run_start:run_end]):
        if at >= start:
            break
        at, before = at + len(word), [before[-1], word]
    return at == start and not NEGATIONS & set("".join(before))  # 没有 / 不需要 命名的路由 (review50b S8)


def left_in_english(forms: Iterable[str], zh_text: str, en2zh: Mapping[str, tuple[str, ...]],
                    usage: Callable[[str], bool] | None = None) -> bool:
    """Whether Chinese text keeps an English form that is no `kept_name` as a word of its prose, outside brackets
    (患者death的常见原因, 抗tumor): the term left untranslated, neither left out nor said otherwise. An English gloss in
    brackets after the Chinese (生长素（growth factor）) is not prose, nor an address (cancer.org/chemotherapy), nor
    a word the file's Chinese keeps as its own usage (`usage`, see `kept_as_usage`)."""
    return any(prose and not named for named, prose in english_kept(forms, zh_text, en2zh, usage))


def english_kept(forms: Iterable[str], zh_text: str, en2zh: Mapping[str, tuple[str, ...]] | None,
                 usage: Callable[[str], bool] | None = None) -> Iterator[tuple[bool, bool]]:
    """Each place Chinese text keeps an English form as written (whole words, any case), as (named, prose): named
    when it stands there as a name (`kept_name`, or `_named_here` in the text as written: a capital, a software noun
    after it, code such as fit() and cache_size; every place when `en2zh` is None; or a word the file's Chinese keeps
    as its own usage, `usage`), prose when no bracket, address or code span holds it (生长素（growth factor）,
    cancer.org/chemotherapy, `cache`: no words of the prose). A place the prose writes the form as parts of a
    CamelCase name (`camel_parts`: ConsumerGroup for "consumer group") is a name there. The one view of both questions:
    `Evidence.has_original` (a place named) and `left_in_english` (a place in the prose that is no name)."""
    prose: str | None = None
    for form in forms:
        if not form.strip():
            continue
        kept: bool | None = None
        for m in _kept_pattern(form).finditer(zh_text):
            if kept is None:
                kept = en2zh is None or kept_name(form, en2zh)
            if prose is None:
                prose = _prose(zh_text)
            named = kept or _named_here(m, zh_text, usage, en2zh) or (usage is not None and usage(m.group()))
            yield named, prose[m.start():m.end()] == m.group()
        if any(True for _ in camel_parts(form, zh_text)):
            yield True, True  # ConsumerGroup for "consumer group", JobEnvConfig's Job: the name written as one word


def _prose(zh_text: str) -> str:
    """The text with its brackets, addresses and code spans blanked (spaces, so offsets stay)."""
    prose = _ADDRESS.sub(lambda m: " " * len(m.group()), _BRACKETED.sub(lambda m: " " * len(m.group()), zh_text))
    return _CODE_SPAN.sub(lambda m: " " * len(m.group()), prose)


KEPT_USAGE_MIN_SENTENCES = 2
"""Chinese sentences of a file that must keep an English word, set off from the Han characters, before it is the
file's own usage (`kept_as_usage`)."""


def writes_code(source_text: str) -> bool:
    """Whether a file's text writes code, as documentation does: an inline code span (`cache`) or a fenced block.
    Only such a file keeps English words in its Chinese as its own usage (`kept_as_usage`) and names packages by
    hyphenated runs (`code_like_run`); a manuscript without code that keeps "chemotherapy" in its Chinese twice, or
    writes anti-tumor there, leaves the term in English."""
    return _WRITTEN_CODE.search(source_text) is not None


_WRITTEN_CODE = re.compile(r"(?<!`)``(?:[^`'\n]|'(?!'))+``(?!`)|(?<!`)`[^`'\n][^`\n]*`(?!`)|^\s*(?:```|~~~)", re.M)
"""A code span of one or two backticks, or a fence; not LaTeX's ``quoted'' text (two backticks opening, two
apostrophes closing), which a thesis writes in prose (review48b DG1)."""


def kept_as_usage(form: str, zh_texts: Iterable[str]) -> bool:
    """Whether the Chinese of a file keeps the English `form` as its own usage, not as a slip: standing alone (not
    the part of a name: European-American) in KEPT_USAGE_MIN_SENTENCES sentences or more, in any case and glued to
    the Han characters or not (RocketMQ's 创建 Topic and 指定topic、tag, SeaTunnel's source和sink), and at least once
    typeset as Chinese technical writing sets a word it keeps on purpose: set off from the Han characters by a
    space or a punctuation mark (定义不同的 environment，, Runner 与 model) or capitalised as the product names its
    object (创建 Topic, 同一类Producer的集合). Documentation keeps such words on purpose (the option, the object, the
    concept as the code names it); a translator's slip is one word in one sentence, glued to the characters in
    lower case each time it recurs (患者death的, death率)."""
    pattern = _kept_pattern(form)
    count, typeset = 0, False
    for text in zh_texts:
        alone = [m for m in pattern.finditer(text) if not _joined(text, m.start(), m.end())]
        if alone:
            count += 1
            typeset = typeset or any(_set_off(text, m.start(), m.end()) or not m.group().islower() for m in alone)
            if count >= KEPT_USAGE_MIN_SENTENCES and typeset:
                return True
    return False


def camel_parts(form: str, text: str) -> Iterator[tuple[int, int]]:
    """Where the prose of `text` writes the English `form` as parts of a name joined in CamelCase, outside code
    spans (ConsumerGroup for "consumer group", # JobEnvConfig for "Job Env Config", TagA, a tag's example name):
    the words each start a part with a capital, the run itself starts with one. A run that starts in lower case
    (topicName, updateTopic) or stands in a code span (`sourceTable`) is an identifier of code, which names its
    variable or command, not the concept."""
    words = [w.lower() for w in form.split()]
    if not words or not all(w.isalpha() and w.isascii() for w in words):
        return
    prose = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)
    for run in _CAMEL_RUN.finditer(prose):
        parts = list(_CAMEL_PART.finditer(run.group()))
        if len(parts) < 2:
            continue
        lowered = [p.group().lower() for p in parts]
        for i in range(len(parts) - len(words) + 1):
            last = lowered[i + len(words) - 1]
            if lowered[i:i + len(words) - 1] == words[:-1] and last in (words[-1], words[-1] + "s", words[-1] + "es"):
                yield run.start() + parts[i].start(), run.start() + parts[i + len(words) - 1].end()


def _joined(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a hyphenated, dotted or scoped name (European-American, react-component)."""
    return _JOINED_BEFORE.search(text, 0, start) is not None or _JOINED_AFTER.match(text, end) is not None


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has no Han character right before or after it (a space, a mark, an edge instead)."""
    return not (start > 0 and is_han(text[start - 1])) and not (end < len(text) and is_han(text[end]))


def _named_here(m: re.Match[str], text: str, usage: Callable[[str], bool] | None = None,
                en2zh: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Whether an English form kept inside Chinese text is a name there, not a word left untranslated: written with
    a capital (the journal Cell, PowerChek Coronavirus), or named as a thing of software by the noun after it (将
    timeout 参数设为 30 秒, 打开 cache 选项: documentation keeps a parameter's or option's name as the code spells
    it), or part of an identifier or an empty call (cache_size, fit()): code, or of a code-like run
    (`code_like_run`: @rc-component/picker, upstream.node.host); not a term before a bracket (chemotherapy(CT) is
    the word left in English, glossed). A run joined by hyphens only (react-component, static-style-extract) is a
    package's or key's name only in documentation (`docs`: a file that writes code) and only when it does not start
    with a prefix (anti-tumor, non-small-cell: an English compound left in the prose, in any file). In
    documentation (a file with `usage`, which writes code) a word kept beside a code span or a name, or in a phrase
    the file keeps as its usage, is a word of a name of several (`in_kept_phrase`: 启用了 gRPC gateway,
    `bert-base-cased` checkpoint), and a word coordinated with one the file keeps is one of its set of names
    (`presence_coordinated.coordinated_with_kept`: 图数据（vertex 和 edge）)."""
    docs = usage is not None
    return m.group()[:1].isupper() or _SOFTWARE_NOUN.match(text, m.end()) is not None \
        or text[m.end():m.end() + 1] == "_" or text[m.end():m.end() + 2] == "()" \
        or text[max(0, m.start() - 1):m.start()] == "_" \
        or code_like_run(text, m.start(), m.end(), docs) \
        or (usage is not None and in_kept_phrase(text, m.start(), m.end(), en2zh, usage)) \
        or (usage is not None and coordinated_with_kept(text, m.start(), m.end(), usage))


def in_kept_phrase(text: str, start: int, end: int, en2zh: Mapping[str, tuple[str, ...]] | None = None,
                   usage: Callable[[str], bool] | None = None) -> bool:
    """Whether the English word text[start:end] kept in Chinese text is a word of a name of several kept whole, as
    documentation keeps the names of features, protocols and models: it stands, set off by spaces only, beside an
    inline code span (与 `bert-base-cased` checkpoint 相关) or a word that is a name (`kept_name` with the lexicon
    `en2zh`, a capital or digit without it: 启用了 gRPC gateway), or the two words are a phrase the file keeps as
    its usage (`usage`, see `kept_as_usage`). Two dictionary words left in the prose once (在 production build 时,
    review49 R14) are English left untranslated, as one word is (患者death的)."""
    before = _PHRASE_BEFORE.search(text, 0, start)
    after = _PHRASE_AFTER.match(text, end)
    for near, phrase in ((before, None if before is None else text[before.start():end]),
                         (after, None if after is None else text[start:after.end()])):
        if near is None or phrase is None:
            continue
        word = near.group("word")
        if word is None:
            return True  # a code span beside it
        if (_KEPT_NAME.search(word) is not None if en2zh is None else kept_name(word, en2zh)) \
                or (usage is not None and usage(" ".join(phrase.split()))) or _titled_in(phrase, text):
            return True
    return False


def _titled_in(phrase: str, text: str) -> bool:
    """Whether the text also writes the phrase with a capital, as a title names it (关于 asset modules 的更多介绍，
    请参考 [Rspack - Asset modules](…)): the phrase kept in lower case beside it is that name."""
    return any(m.group()[:1].isupper() for m in _kept_pattern(" ".join(phrase.split())).finditer(text))


def code_like_run(text: str, start: int, end: int, docs: bool) -> bool:
    """Whether text[start:end] is part of a run of Latin letters, digits and joining marks that is a name of code:
    the run joins by a dot, slash, at sign or underscore or holds a digit (@rc-component/picker, upstream.node.host,
    vue-i18n); joined by hyphens only, it is one in documentation (`docs`) when its first part is no prefix
    (react-component yes; anti-tumor, non-small-cell, co-primary no: English compounds)."""
    if not _joined(text, start, end):
        return False
    a, b = start, end
    while a > 0 and _RUN_CHAR.match(text[a - 1]):
        a -= 1
    while b < len(text) and _RUN_CHAR.match(text[b]):
        b += 1
    run = text[a:b].strip("-./")
    if _CODE_MARK.search(run):
        return True
    first = run.split("-", 1)[0].lower()
    return docs and first not in HYPHEN_PREFIXES


def _places(spans: list[tuple[int, int]]) -> int:
    """The number of places [start, end) spans cover, overlapping spans counted as one place."""
    count, reach = 0, -1
    for start, end in sorted(spans):
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


CLASSICAL_FORMS: dict[str, tuple[str, ...]] = {
    "platelet": ("thrombocyt",), "white blood cell": ("leukocyt", "leucocyt"), "red blood cell": ("erythrocyt",),
    "blood": ("hemat", "haemat"), "bone marrow": ("myelo",),
    "liver": ("hepat",), "kidney": ("nephr", "renal"), "lung": ("pulmon", "pneumo"), "heart": ("cardi",),
    "bone": ("oste",), "skin": ("derm", "cutane"), "stomach": ("gastr",), "brain": ("cerebr", "encephal"),
    "blood vessel": ("vascul", "angio"), "muscle": ("myo",), "nerve": ("neur",), "joint": ("arthr",),
    "breast": ("mammar",), "eye": ("ophthalm",), "spleen": ("splen",), "intestine": ("enter",),
}
"""Plain English words (lower case) and the classical combining forms medical English builds from them."""


ZH_SUFFIXES = frozenset("率症性度量")
"""Final Chinese morphemes that derive a term from a word (死亡率 "death rate", 抑郁症, 安全性, 满意度, 采食量 "feed
intake", the amount of 采食 "feeding")."""

ZH_AGENT_HEADS = ("药物", "药", "剂")
"""Final Chinese morphemes that make an action an agent's class name (抗凝 + 药 "anticoagulant", 利尿 + 剂
"diuretic", 降压 + 药物 "antihypertensive"): longest first."""

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_JOIN = re.compile(r"[ \t-]+")
"""What may stand between the adjacent words of an English phrase (allergic reactions, risk-ratio)."""

LITERAL_MAX = 4
"""Most characters of one Chinese word in a literal rendering (`Evidence.has_en_literal`)."""


def _splits(key: str, zh2en: Mapping[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Ways to split a Chinese key into two or more words the lexicon glosses."""
    out: list[tuple[str, ...]] = []

    def walk(start: int, parts: tuple[str, ...]) -> None:
        if start == len(key):
            if len(parts) >= 2:
                out.append(parts)
            return
        for end in range(start + 1, min(len(key), start + LITERAL_MAX) + 1):
            if key[start:end] in zh2en:
                walk(end, parts + (key[start:end],))

    if len(key) <= 8:
        walk(0, ())
    return out


ZH_PROCESS_WORDS = ("形成",)
"""Final Chinese words that name a condition as a process ("formation": 血栓形成 "thrombosis"), which Chinese often
leaves unsaid (深静脉血栓 for deep-vein thrombosis) as English does in "thrombus"."""

SHORT_MIN = 2
"""Fewest characters of a shortened Chinese form (`Evidence.has_zh_shortened`)."""

@lru_cache(maxsize=1)
def han_word() -> re.Pattern[str]:
    """Runs of Han characters (`manuscript.script.HAN_RUN_RE`)."""
    return HAN_RUN_RE

_DERIVATIONAL = ("ations", "ation", "ions", "ion", "ities", "ity", "ives", "ive", "ed", "ing", "al", "ic", "s")
"""English suffixes that change a word's part of speech (longest first): depress-ion, depress-ive, mortal-ity."""

_GRAPHIC = re.compile(r"([a-z]{3,}o)gra(?:phy|ms?)")
"""A classical compound in -o-graphy (a recording technique) or -o-gram (its record): mammo-graphy, mammo-gram; at
least three letters before the -o- (not pro-gram)."""


@lru_cache(maxsize=4096)
def _graphic_pattern(word: str) -> re.Pattern[str] | None:
    """Any word of a technique's family for a -graphy or -gram noun (`_GRAPHIC`): the record or records it makes, the
    technique, its adjective or practitioner (mammography, mammogram(s), mammographic, mammographer), or None.

    Medical English names the examination by either noun ("annual mammograms", "an annual mammography"), so the one
    says the other's concept."""
    m = _GRAPHIC.fullmatch(word)
    if m is None:
        return None
    return re.compile(r"(?<![A-Za-z])" + re.escape(m.group(1)) + r"gra(?:ms?|ph[a-z]*)(?![A-Za-z])")

DERIVED_MIN = 6
"""Fewest letters of a derivational stem (`derivational_stem`): depress, complicat, mortal."""


def derivational_stem(word: str) -> str:
    """A lower-case English word without a derivational suffix (`_DERIVATIONAL`), or the word itself."""
    for suffix in _DERIVATIONAL:
        if word.endswith(suffix) and len(word) - len(suffix) >= DERIVED_MIN:
            return word[: -len(suffix)]
    return word


_CLASSICAL_ADJECTIVES = (("gnosis", "gnostic"), ("xis", "ctic"), ("sis", "tic"), ("ia", "ic"))
"""Greek and Latin noun endings and the adjective endings of the same stems (first match): prognosis / prognostic,
anaphylaxis / anaphylactic, thrombosis / thrombotic, ischemia / ischemic."""


CLASSICAL_MIN = 7
"""Fewest letters of a classical noun made an adjective (`classical_adjective`): not crisis / critical."""


def classical_adjective(word: str) -> str | None:
    """The adjective medical English makes from a classical noun of CLASSICAL_MIN letters or more
    (`_CLASSICAL_ADJECTIVES`), or None."""
    if len(word) < CLASSICAL_MIN:
        return None
    for noun, adjective in _CLASSICAL_ADJECTIVES:
        if word.endswith(noun):
            return word[:-len(noun)] + adjective
    return None


@lru_cache(maxsize=4096)
def _derived_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])" + re.escape(stem) + r"[a-z]+")


@lru_cache(maxsize=16384)
def _partly_masked(span: str, size: int) -> bool:
    """A contraction of a form of `size` characters, as the masked text has it (`span`): shorter than the form, at
    least half of it, part of it a match (NUL) and part not."""
    return size > len(span) >= size / 2 and "\0" in span and bool(span.strip("\0"))


def _contraction_pattern(key: str) -> re.Pattern[str]:
    """The first and last characters of a key with some of those between, in order (高血压 -> 高血?压)."""
    middle = "".join(re.escape(ch) + "?" for ch in key[1:-1])
    return re.compile(f"{re.escape(key[0])}{middle}{re.escape(key[-1])}")


HEAD_MIN = 2
"""Fewest characters of the head part of a Chinese form (`Evidence.has_zh_head`): a single character is no term."""


def _glosses(stem: str, word: str) -> bool:
    """A lexicon gloss stem names an English word: one begins the other, four letters or more (surviv, survival)."""
    return one_begins_other(stem, word, 4)


_CLASSIFIER = re.compile(r"(?:ic|ac|al|ar|ary|ory|ive|ous)$")
"""English adjective endings of a classifying modifier (therapeutic, cardiac, cardiopulmonary, ocular, invasive):
the kind of the head noun, which the context may give."""

PART_MIN = 6
"""Fewest letters of a multiword term's first word that stands for the term by itself (radiation, confidence)."""


HEAD_WORD_MIN = 5
"""Fewest letters of the head noun `Evidence.has_en_head` takes alone for a term whose modifiers classify it: a
shorter head names too little (case, data), and one under PART_MIN only as the word itself (asset, assets)."""


_VERB_SLOT = re.compile(r"(?:\b(?:to|will|would|can|could|may|might|must|should|shall)\s+[a-z]+"
                        r"|(?:^|[,;:]|\b(?:and|or))\s*[a-z]+ing)\s+$")
"""A verb right before a word ending the text: after the infinitive's "to" or a modal ("to import "), or an -ing
form opening a clause or a list item ("or inspecting "): the word after is its object, not a modified noun (a
participle after a determiner or preposition, "of cleaning staff", modifies it)."""


def in_modifier_place(text: str, start: int) -> bool:
    """Whether the word before index `start` of lower-case English `text` stands in the place of a modifier of the
    word starting there: a content word (`_content_word`), not hyphenated, nor a verb taking that word as its object
    (`_VERB_SLOT`: "to import assets", "or inspecting asset information")."""
    before = text[:start].split()[-1:]
    return bool(before) and "-" not in before[0] and _content_word(before[0]) and not _VERB_SLOT.search(text[:start])


def _content_word(word: str) -> bool:
    """Whether an English word as written (lower case) is a content word: letters, three or more, not a stop word
    nor a preposition."""
    word = word.strip("\"'()[],.;:*`#")
    return len(word) >= 3 and word.isalpha() and word not in STOP_EN and word not in PREPOSITIONS


@lru_cache(maxsize=4096)
def _plural_pattern(word: str) -> re.Pattern[str]:
    """The lower-case word itself or its plural, as a whole word."""
    return re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?:s|es)?(?![A-Za-z])")


@lru_cache(maxsize=4096)
def _word_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])" + re.escape(stem) + r"[a-z]*(?![A-Za-z])")


@lru_cache(maxsize=4096)
def _apart_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    """The words in order with up to two words between each (bone and marrow, bone or bone marrow)."""
    gap = r"[a-z]*(?:[\s,\-]+[a-z]+){0,2}[\s,\-]+"
    return re.compile(r"(?<![A-Za-z])" + gap.join(re.escape(w) for w in stems) + r"[a-z]*(?![A-Za-z])")


@lru_cache(maxsize=4096)
def _classical_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:[a-z]*o)?" + re.escape(stem))  # a word, or after a linking o: hepatosplen-


@lru_cache(maxsize=16384)
def _spread_pattern(key: str) -> re.Pattern[str]:
    """The key's characters with up to three inserted between each two: a character, or a Latin name or number as
    one word (确诊 COVID-19 病例 for 确诊病例 "confirmed cases": the disease named inside the term)."""
    return re.compile(r"(?:[^，。；！？,;A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9.\-]*){0,3}".join(re.escape(ch) for ch in key))


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
"""A bracketed span: Chinese glosses a term in English there (表皮生长因子（epidermal growth factor）)."""
_ADDRESS = re.compile(r"[A-Za-z0-9][\w.~:/?#@&=%+-]*[./][A-Za-z0-9][\w.~:/?#@&=%+-]*", re.ASCII)
"""A web or mail address or a path (cancer.org/chemotherapy): no words of the prose."""
_SOFTWARE_NOUN = re.compile(r"(?:\s+|[`'\"]\s*)(?:参数|选项|属性|字段|组件|函数|变量|命令|配置项|接口|事件|插槽|钩子|"
                            r"指令|模块|关键字|键名|开关)")
"""The nouns by which documentation names a thing of software it calls by its code name (timeout 参数, cache 选项,
onChange 事件, loading 属性): the English word before them is that name, kept. Only set off by a space or a quote,
as documentation writes a code name in Chinese prose: 草根theory方法, 心血管 left as "cardiovascular事件", is a
word left in English before a general noun (方法 "method" is no software noun at all)."""
_CODE_SPAN = re.compile(r"`[^`\n]*`")
"""A code span (把 `cache` 设为 true): code as written, no words of the prose."""
_JOINED_BEFORE = re.compile(r"[A-Za-z0-9][-./@]$")
_JOINED_AFTER = re.compile(r"[-./][A-Za-z0-9]")
"""A word joined by a hyphen, dot, slash or at sign to another (react-component, @rc-component/picker,
upstream.node.host): a package's, a file's or a key's name, kept as written, no word of the prose."""
_PHRASE_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9])(?P<word>[A-Za-z][A-Za-z0-9]*)|\ufffc)[ \t]+$")
_PHRASE_AFTER = re.compile(r"[ \t]+(?:(?P<word>[A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9])|\ufffc)")
"""An English word or a code span's placeholder (`manuscript.source.CODE_PLACEHOLDER`) before or after a kept word,
across spaces only: the two are one phrase of the text."""
_RUN_CHAR = re.compile(r"[A-Za-z0-9@./_-]")
_CODE_MARK = re.compile(r"[@/_0-9]|[A-Za-z0-9]\.[A-Za-z0-9]")
"""What makes a joined run code rather than an English compound: an at sign, slash, underscore, digit, or a dot
between two characters of the run (a sentence's full stop after a word is no such dot)."""
HYPHEN_PREFIXES = frozenset((*PREFIXES, "non", "multi", "sub", "inter", "intra", "semi", "self", "re", "de", "un",
                             "over", "under", "cross", "well", "long", "short", "high", "low", "mid", "pro",
                             "counter", "extra", "ultra", "micro", "macro", "mono", "poly", "bi", "tri"))
"""First parts that make a hyphenated run an English compound, not a package's name (anti-tumor, non-small-cell,
self-reported, follow-up's kind: PREFIXES and the common prefixes and combining words of English compounds)."""
_CAMEL_RUN = re.compile(r"(?<![A-Za-z0-9_.@/-])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?![A-Za-z0-9_.@/-])")
"""A run of Latin letters and digits that starts with a capital and holds a small letter, standing alone (not part
of a dotted, scoped or joined name): a CamelCase name (ConsumerGroup, JobEnvConfig) or one word (Topic)."""
_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+")
"""A part of a CamelCase name: a capitalised word, an initialism (MQ in DefaultMQProducer, A in TagA), digits."""
_KEPT_NAME = re.compile(r"[A-Z0-9]")
"""What a glossary's English form holds when it is a name or code Chinese text keeps as written: a capital, a digit."""


@lru_cache(maxsize=65536)
def _kept_pattern(form: str) -> re.Pattern[str]:
    """The form kept as written, whole words in any case, in either grammatical number: Rsbuild's Chinese writes
    "这些 environments 配置" (the configuration key) where its English says "these environment configurations"."""
    body = r"\s+".join(re.escape(w) for w in form.split())
    return re.compile(r"(?<![A-Za-z0-9])" + body + r"(?:e?s)?(?![A-Za-z])", re.I)


_SUSPENDED = re.compile(r"((?<![A-Za-z-])[A-Za-z]+-(?:\s*,)?\s+(?:(?:and|or)\s+)?(?:[A-Za-z]+-(?:\s*,)?\s+"
                        r"(?:(?:and|or)\s+)?)*)([A-Za-z]+)")
"""Suspended prefixes and the word they share: "filo-, pneumo-, and corona- viruses"."""
_IN_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_PREFIX = re.compile(r"([A-Za-z]+)-")


def dehyphenated(text: str) -> str:
    """The text with each suspended prefix written onto the word it shares, which follows ("filo- and corona-
    viruses" -> "filoviruses, coronaviruses viruses") and every hyphen inside a word taken out ("anti-viral",
    "lock-downs"): a one-word form is written so too. Not for offsets (the length changes)."""
    def expand(m: re.Match[str]) -> str:
        head = m.group(2)
        return ", ".join(p + head for p in _PREFIX.findall(m.group(1))) + " " + head

    return _IN_WORD_HYPHEN.sub("", _SUSPENDED.sub(expand, text))


def en_present(forms: Iterable[str], text: str, case_sensitive: bool = False) -> bool:
    """True if any English form occurs in text, leniently (see the module docstring)."""
    return Evidence(text).has_en(forms, case_sensitive)


def zh_present(forms: Iterable[str], text: str) -> bool:
    """True if any Chinese form occurs in text, leniently: as a substring, script, width and spaces folded."""
    return Evidence(text).has_zh(forms)
