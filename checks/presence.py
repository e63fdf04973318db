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

`Evidence` asks the questions; the forms' patterns are its neighbours': `presence_en` (English forms),
`presence_derived` (other parts of speech), `presence_modifier` (heads and classifying modifiers), `presence_zh`
(Chinese forms), `presence_kept` (English kept inside Chinese text).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence

from zhen_qa.aligner.lexicon import STOP_EN, one_begins_other
from zhen_qa.checks.presence_derived import (
    CLASSICAL_FORMS,
    apart_pattern,
    classical_adjective,
    classical_pattern,
    derivational_stem,
    derived_pattern,
    graphic_pattern,
    plural_pattern,
    word_pattern,
)
from zhen_qa.checks.presence_en import dehyphenated, en_pattern, en_stem
from zhen_qa.checks.presence_kept import english_kept
from zhen_qa.checks.presence_modifier import CLASSIFIER, HEAD_WORD_MIN, PART_MIN, in_modifier_place
from zhen_qa.checks.presence_zh import (
    HEAD_MIN,
    SHORT_MIN,
    SPACE,
    ZH_AGENT_HEADS,
    ZH_PROCESS_WORDS,
    ZH_SUFFIXES,
    contraction_pattern,
    partly_masked,
    splits,
    spread_pattern,
    zh_key,
)
from zhen_qa.glossary.model import TermMatch
from zhen_qa.glossary.normalize import fold_en, fold_zh
from zhen_qa.manuscript.script import HAN_RUN_RE, is_han


def masked(text: str, matches: Sequence[TermMatch]) -> str:
    """`text` with every term match blanked out (by NUL characters): what is left is evidence outside them."""
    if not matches:
        return text
    chars = list(text)
    for m in matches:
        chars[m.start:m.end] = "\0" * (m.end - m.start)
    return "".join(chars)


def _any_en(forms: list[str], folded: str, case_sensitive: bool) -> bool:
    """Whether any English form occurs in the folded text (`en_pattern`)."""
    for form in forms:
        pattern = en_pattern(form, case_sensitive)
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
            self._zh = SPACE.sub("", fold_zh(self.text))
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
            pattern = en_pattern(form, case_sensitive)
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
                spans.extend(m.span() for m in word_pattern(en_stem(words[0])).finditer(folded))
            spans.extend(m.span() for m in apart_pattern(tuple(en_stem(w) for w in words)).finditer(folded))
        return _places(spans)

    def has_en_head(self, forms: Iterable[str], other: Callable[[int], bool] | None = None,
                    rendered: Callable[[int], bool] | None = None, elsewhere: int = 0,
                    shortest: int | None = None) -> bool:
        """True if the English says the head of a form whose other words are classifying adjectives
        (`CLASSIFIER`) without them: "hypothermia" for therapeutic hypothermia, "resuscitated" for cardiopulmonary
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
            if len(words) < 2 or len(words[-1]) < fewest or not all(CLASSIFIER.search(w) for w in words[:-1]):
                continue
            head = words[-1]
            short = len(head) < PART_MIN
            pattern = plural_pattern(head) if short else word_pattern(derivational_stem(head))
            said = 0
            for m in pattern.finditer(text):
                before = text[:m.start()].split()[-1:]
                if not before or "-" in before[0] or not CLASSIFIER.search(before[0]) \
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
        return any(spread_pattern(key).search(folded) for key in map(zh_key, forms) if len(key) >= 3)

    def has_classical(self, forms: Iterable[str]) -> bool:
        """True if the English has the Greek or Latin combining form of an English form (platelet: thrombocyt-).

        Medical English names a finding by a classical compound (thrombocytopenia: too few platelets;
        hepatomegaly: a large liver), which renders the plain word of the glossary.
        """
        folded = self._folded_en()
        return any(classical_pattern(stem).search(folded)
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
        from zhen_qa.aligner.lexicon import stem

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
        full = SPACE.sub("", fold_zh(whole)) if whole else folded
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
            if any(len(m.group()) * 2 >= len(key) for m in contraction_pattern(key).finditer(folded)):
                return True  # at most half the characters dropped: 非癌 is not 非小细胞肺癌
            if full is not folded and any(partly_masked(folded[m.start():m.end()], len(key))
                                          for m in contraction_pattern(key).finditer(full)):
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
        full = SPACE.sub("", fold_zh(whole)) if whole else folded
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
        for run in HAN_RUN_RE.finditer(folded):
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
        as the -gram record it makes and back (`graphic_pattern`: mammography, mammograms).

        The stem keeps DERIVED_MIN letters or more, so short words do not meet unrelated ones.
        """
        folded = self._folded_en()
        for form in forms:
            word = fold_en(form, lower=True)
            if " " in word or "-" in word:
                continue
            base = derivational_stem(word)
            if base != word and derived_pattern(base).search(folded):
                return True
            adjective = classical_adjective(word)
            if adjective and word_pattern(adjective).search(folded):
                return True  # anaphylaxis: "an anaphylactic reaction"
            record = graphic_pattern(word)
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
        for parts in splits(key, zh2en):
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


def _places(spans: list[tuple[int, int]]) -> int:
    """The number of places [start, end) spans cover, overlapping spans counted as one place."""
    count, reach = 0, -1
    for start, end in sorted(spans):
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


_LATIN_WORD = re.compile(r"[A-Za-z]+")


_JOIN = re.compile(r"[ \t-]+")
"""What may stand between the adjacent words of an English phrase (allergic reactions, risk-ratio)."""


def _glosses(stem: str, word: str) -> bool:
    """A lexicon gloss stem names an English word: one begins the other, four letters or more (surviv, survival)."""
    return one_begins_other(stem, word, 4)


def en_present(forms: Iterable[str], text: str, case_sensitive: bool = False) -> bool:
    """True if any English form occurs in text, leniently (see the module docstring)."""
    return Evidence(text).has_en(forms, case_sensitive)


def zh_present(forms: Iterable[str], text: str) -> bool:
    """True if any Chinese form occurs in text, leniently: as a substring, script, width and spaces folded."""
    return Evidence(text).has_zh(forms)
