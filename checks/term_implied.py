"""A term the English leaves to the context: established in the discourse and carried by the sentence's structure.

Journal English names a comparison arm, a regimen or an end point once and then lets the sentence carry it; the
Chinese translation, by its own norms, names it again ("less common in the dapagliflozin group" for
达格列净组低于安慰剂组). The translation is faithful and there is nothing to fix, so term-missing does not report it.
Two things must hold together (`Discourse.implied`):

- the concept is *established*: named on both sides within RADIUS aligned beads before or after, in the same
  section pair (a reader of either language knows it from there);
- the English sentence has a structure that carries it, one of
  - an *implicit arm*: the Chinese term heads a comparison arm (安慰剂组, 化疗组) of a sentence comparing two or
    more arms, and the English names fewer arms (group, arm, cohort) than the Chinese does;
  - a *combination left whole*: the term is one member of a combination (纳武利尤单抗联合伊匹单抗) none of whose
    members the English names (a summary sentence that says "improved versus chemotherapy");
  - a *definite head*: the English refers to the term by a determiner and the head of its English form ("the end
    point" for the primary end point);
  - a *population left out*: the term names a population (心脏停搏患者) and the English names no people at all.

An English term that is the subject of a sentence continuing the one before (both sides open with a conjunction),
where the bead before names the concept on both sides (`Discourse.continued`), needs no Chinese: Chinese leaves out
the subject the sentence before established ("Or, chemo might be taken by mouth" = 或者口服片剂或胶囊).

A concept that is the *subject* of the file pair (`Discourse.topic`: of the concepts named on both sides, the one
named in the most aligned beads, in at least TOPIC_MIN of them and TOPIC_SHARE of the pair's beads; the colon cancer
of a colon cancer summary) is left to the context wherever one side
does not name it ("survival in stage II patients" for II期结肠癌患者的生存率), whatever the sentence's structure:
both readers know the subject. `term_missing` still reports it where the other side writes the term with a slip
(`term_near`: 临床实验 for 临床试验), which is the listed term mistyped, not the subject implied.

An arm the English names by its role ("the control group" for 安慰剂组; "the treatment arm" for 他莫昔芬组, the only
arm the Chinese sentence names: `role_named_arm`) needs no context: the role says which arm it is. A term replaced by
another word is still missing: the English then names as many arms, names another member of the combination, or has
the other word where the head would be.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

RADIUS = 2
"""Aligned beads either side in which a concept named on both sides counts as established."""
TOPIC_SHARE = 0.2
"""Least share of a file's aligned beads that name a concept, on each side, for it to be the file's subject."""
TOPIC_MIN = 4
"""Fewest aligned beads naming the concept on each side for it to be the subject (a short file proves nothing)."""

_OPENING = LazyPattern(r"\s*(?:and|or|but|then|also)\s*,?\s+(?:the\s+)?", re.I)
"""What comes before a term that opens a sentence continuing the one before, as its subject: a conjunction ("Or,
chemo might be taken by mouth"), perhaps the article."""
_ZH_CONTINUING = LazyPattern(r"\s*(?:或者|或是|或|而且|并且|但是|但|然后|也)")
"""A conjunction opening a Chinese sentence that continues the one before (或者口服片剂或胶囊): its subject is that
sentence's."""
_ZH_ARM = LazyPattern(r"(?<![分小亚每各两本该此全])组(?![织成合间别分建装])")
"""组 ending a comparison arm (安慰剂组, 达格列净组), not 组织 "tissue", 组间 "between groups", 每组 "each group"."""
_ARM_AFTER = LazyPattern(r"(?:治疗)?组(?![织成合间别分建装])")
"""What follows a term that names an arm: 安慰剂组, 化疗组, 免疫治疗组."""
_EN_ARM = LazyPattern(r"(?<![A-Za-z])(?:groups?|arms?|cohorts?)(?![A-Za-z])", re.I)
_NOT_AN_ARM = LazyPattern(r"(?:between-|(?:each|per|either|both|all|two|three)\s+(?:[a-z]+\s+)?)$", re.I)
"""Before an arm noun that names no arm: "between-group difference", "in either treatment group", "per group"."""
_EN_TREATED = LazyPattern(r"(?<![A-Za-z])(?:with|versus|vs\.?|than|over)\s+"
                          r"(?!(?:no|any|each|all|both|either|respect|regard|the\s+exception)(?![A-Za-z]))(?=[A-Za-z])",
                          re.I)
"""A preposition before a treatment compared ("with chemotherapy", "versus placebo"), not before a number or a
quantifier ("vs. 12.2", "with no difference", "with respect to")."""
_HAVING = LazyPattern(r"(?<![A-Za-z])(?:patients|those|participants|persons|people|women|men|children|adults|cases"
                      r"|subjects|individuals)\s+$", re.I)
"""Before "with" that means having ("patients with PD-L1 expression"), not a treatment."""
ARM_REACH = 40
"""Characters after such a preposition within which an arm noun makes it the same arm ("than in the placebo group")."""
_JOINER = LazyPattern(r"\s*(?:联合|加用|加|与|和|及|\+|、|/)\s*$")
"""What joins the members of a combination (纳武利尤单抗联合伊匹单抗, 卡铂+紫杉醇)."""
_DETERMINER = r"(?<![A-Za-z])(?:the|this|that|these|those|such|each|both)\s+"
HEAD_MIN = 6
"""Fewest letters of a one-word head a determiner refers back with ("the combination"; not "the point")."""


def named_on_both(sides: Sequence[tuple[set[str], set[str]]]) -> dict[str, int]:
    """Concept -> the aligned beads naming it, counted on the side naming it less (0 for a concept the English never
    names), over the (Chinese, English) concept sets of a file pair's beads."""
    zh_n = Counter(c for zh, _en in sides for c in zh)
    en_n = Counter(c for _zh, en in sides for c in en)
    return {c: min(n, en_n[c]) for c, n in zh_n.items()}


def _subject(sides: Sequence[tuple[set[str], set[str]]]) -> frozenset[str]:
    """The subject of a run of beads (`Discourse.topic`): the concepts named on both sides in the most beads, in at
    least TOPIC_MIN and TOPIC_SHARE of them; none where no concept is named enough."""
    both = named_on_both(sides)
    top = max(both.values(), default=0)
    return frozenset(c for c, n in both.items() if n == top) if top >= max(TOPIC_MIN, TOPIC_SHARE * len(sides)) \
        else frozenset()


def _start(h: Hit) -> int:
    """Where a match starts in its sentence (to put one sentence's matches in text order)."""
    return h.match.start


class Discourse:
    """The concepts each aligned bead names on either side, in document order, to ask what is established."""

    def __init__(self, ctx: CheckContext, hits: dict[int, list[Hit]], radius: int = RADIUS) -> None:
        self._ctx = ctx
        self._hits = hits
        self._radius = radius
        self._beads: list[tuple[int, set[str], set[str]]] = []
        self._en_hits: list[list[Hit]] = []
        self._texts: list[tuple[str, str]] = []
        self._index: dict[int, int] | None = None
        self._subjects: dict[int, frozenset[str]] | None = None
        self._page_subject: frozenset[str] | None = None

    def _indexed(self) -> dict[int, int]:
        """id of each sentence of an aligned bead -> the bead's index (built on first need: most runs never ask)."""
        if self._index is None:
            self._index = {}
            for pair, _bead, zh, en in self._ctx.aligned_beads():
                k = len(self._beads)
                named = [{c for s in side for h in self._hits.get(id(s), ()) for c in h.match.concepts}
                         for side in (zh, en)]
                self._beads.append((id(pair), named[0], named[1]))
                self._en_hits.append([h for s in en for h in sorted(self._hits.get(id(s), ()), key=_start)])
                self._texts.append((" ".join(s.text.text for s in zh), " ".join(s.text.text for s in en)))
                for s in (*zh, *en):
                    self._index[id(s)] = k
        return self._index

    def _around(self, sentence: Sentence, before: int | None, after: int | None) -> list[tuple[set[str], set[str]]]:
        """The concepts (Chinese, English) of the aligned beads of the file pair of `sentence` from `before` beads
        before its bead to `after` beads after it (None: to the file pair's edge), its own bead left out; none for a
        sentence of no aligned bead."""
        k = self._indexed().get(id(sentence))
        if k is None:
            return []
        pair = self._beads[k][0]
        lo = 0 if before is None else max(0, k - before)
        hi = len(self._beads) if after is None else min(len(self._beads), k + after + 1)
        return [(zh, en) for j, (p, zh, en) in enumerate(self._beads[lo:hi], start=lo) if j != k and p == pair]

    def established(self, ids: set[str], sentence: Sentence) -> bool:
        """Whether a concept of `ids` is named in Chinese and in English in the beads near the bead of `sentence`."""
        near = self._around(sentence, self._radius, self._radius)
        return any(ids & zh for zh, _en in near) and any(ids & en for _zh, en in near)

    def established_before(self, ids: set[str], sentence: Sentence) -> bool:
        """Whether a concept of `ids` is named in Chinese and in English in one of the RADIUS aligned beads before the
        bead of `sentence`, in its file pair: what a definite noun phrase there may refer back to."""
        return any(ids & zh and ids & en for zh, en in self._around(sentence, self._radius, 0))

    def named_before(self, ids: set[str], sentence: Sentence, lang: str) -> bool:
        """Whether a concept of `ids` is named on the `lang` side ("zh" or "en") of an aligned bead before the bead of
        `sentence`, in its file pair: what a restated subject may restate (`term_zero_subject`)."""
        return any(ids & (zh if lang == "zh" else en) for zh, en in self._around(sentence, None, 0))

    def en_hits_before(self, sentence: Sentence) -> list[Hit]:
        """The term matches of the English side of the aligned beads before the bead of `sentence`, in its file pair,
        in text order: the terms the English reader has been given by then (`term_named_head`)."""
        k = self._indexed().get(id(sentence))
        if k is None:
            return []
        pair = self._beads[k][0]
        return [h for j in range(k) if self._beads[j][0] == pair for h in self._en_hits[j]]

    def texts_before(self, sentence: Sentence) -> list[tuple[str, str]]:
        """The Chinese and English text of each aligned bead before the bead of `sentence`, in its file pair, in
        order: how the page has rendered a phrase by then (`term_compound_head`)."""
        k = self._indexed().get(id(sentence))
        if k is None:
            return []
        pair = self._beads[k][0]
        return [self._texts[j] for j in range(k) if self._beads[j][0] == pair]

    def named_elsewhere(self, ids: set[str], sentence: Sentence) -> bool:
        """Whether a concept of `ids` is named on both sides of another aligned bead of the file pair of
        `sentence` (anywhere in it: a reader of either language knows it from there)."""
        return any(ids & zh and ids & en for zh, en in self._around(sentence, None, None))

    def continued(self, h: Hit, zh_sentences: Sequence[Sentence]) -> bool:
        """Whether an English term (`h`) opens a sentence that continues the one before as its subject ("Or, chemo
        might be taken by mouth"), the Chinese of the bead (`zh_sentences`) opening with a conjunction too, where
        the bead before names the concept on both sides: Chinese leaves out a subject the sentence before
        established (或者口服片剂或胶囊), as English says "it"; the Chinese needs no term of its own."""
        if h.lang != "en" or not _OPENING.fullmatch(h.sentence.text.text[:h.match.start]) \
                or not any(_ZH_CONTINUING.match(s.text.text) for s in zh_sentences):
            return False
        k = self._indexed().get(id(h.sentence))
        if not k:
            return False
        (pair, _zh, _en), (before, zh, en) = self._beads[k], self._beads[k - 1]
        ids = set(h.match.concepts)
        return pair == before and bool(ids & zh) and bool(ids & en)

    def topic(self, ids: set[str], sentence: Sentence, page: bool = False) -> bool:
        """Whether a concept of `ids` is the subject of the file pair of `sentence`: of the concepts named on both
        sides, the one named in the most aligned beads (counted on the side naming it less), in at least TOPIC_MIN
        and TOPIC_SHARE of them (a colon cancer summary naming 结肠癌 throughout). Only the subject: a concept that
        merely recurs (the summary's chemotherapy) can be left out by mistake, and is reported.

        With `page` (documentation, `FileContext.writes_code`) the subject of the whole page pair counts as well as
        its section pair's: a page is one text whose sections are paired one by one for the alignment only, and the
        page's subject (组件 on a component library's FAQ) is no section's when each section names it once or twice.
        Without it, whether a page's subject was excused depended on whether its sections could be paired (antd's
        FAQ, 42 Chinese and 40 English sections, aligned as one body until its headings anchored the sections)."""
        k = self._indexed().get(id(sentence))
        if k is None:
            return False
        if self._subjects is None:
            self._subjects = self._subjects_by_pair()
        if not ids.isdisjoint(self._subjects[self._beads[k][0]]):
            return True
        if not page:
            return False
        if self._page_subject is None:
            self._page_subject = _subject([(zh, en) for _p, zh, en in self._beads])
        return not ids.isdisjoint(self._page_subject)

    def recurring(self, ids: set[str], sentence: Sentence) -> bool:
        """Whether a concept of `ids` is named on both sides of at least TOPIC_MIN aligned beads of the page of
        `sentence` (all its file pairs, as `topic`'s `page`): one of the things the page is about, its subject or
        not, which a short label of the page may leave out (`term_heading_short`); False for a sentence of no
        aligned bead."""
        if self._indexed().get(id(sentence)) is None:
            return False
        return any(n >= TOPIC_MIN for c, n in named_on_both([(zh, en) for _p, zh, en in self._beads]).items()
                   if c in ids)

    def pair_of(self, sentence: Sentence) -> int | None:
        """The file pair (its id) of the aligned bead holding `sentence`, None for a sentence of no aligned bead."""
        k = self._indexed().get(id(sentence))
        return None if k is None else self._beads[k][0]

    def sides_by_pair(self) -> dict[int, list[tuple[set[str], set[str]]]]:
        """The concepts each aligned bead names in Chinese and in English, bead by bead, by file pair (id)."""
        self._indexed()
        beads: dict[int, list[tuple[set[str], set[str]]]] = {}
        for p, zh, en in self._beads:
            beads.setdefault(p, []).append((zh, en))
        return beads

    def _subjects_by_pair(self) -> dict[int, frozenset[str]]:
        """The subject of each file pair (`topic`; several where they tie, none where no concept is named enough)."""
        return {p: _subject(sides) for p, sides in self.sides_by_pair().items()}

    def implied(self, h: Hit, concepts: Sequence[Concept], src_hits: Sequence[Hit], tgt_hits: Sequence[Hit],
                zh_text: str, en_text: str) -> bool:
        """Whether a Chinese term the English lacks is left to the context (see the module docstring)."""
        if role_named_arm(h, zh_text, en_text):
            return True
        ids = {c.id for c in concepts}
        if not self.established(ids, h.sentence):
            return False
        return implicit_arm(h, zh_text, en_text) or whole_combination(h, src_hits, tgt_hits, self, en_text) \
            or definite_head(concepts, en_text) or population_left_out(h, en_text)


def implicit_arm(h: Hit, zh_text: str, en_text: str) -> bool:
    """The Chinese term heads a comparison arm of a sentence comparing two or more, and the English names fewer arms."""
    text = h.sentence.text.text
    if not _ARM_AFTER.match(text, h.match.end):
        return False
    zh_arms = len(_ZH_ARM.findall(zh_text))
    return zh_arms >= 2 and english_arms(en_text) < zh_arms


def english_arms(text: str) -> int:
    """How many arms an English text names: arm nouns ("the dapagliflozin group", not "between-group"), and the
    prepositions that introduce a treatment compared ("17.1 months with nivolumab ... 13.9 months with
    chemotherapy", "advantage over standard therapy"; not before a number, "vs. 12.2 months", nor where an arm
    noun follows, counted already, nor "with" after people, "patients with PD-L1 expression")."""
    nouns = [m for m in _EN_ARM.finditer(text) if not _NOT_AN_ARM.search(text, 0, m.start())]
    introduced = [m for m in _EN_TREATED.finditer(text)
                  if not any(0 <= n.start() - m.end() <= ARM_REACH for n in nouns)
                  and not _HAVING.search(text, 0, m.start())]
    return len(nouns) + len(introduced)


_EN_ROLE_ARM = LazyPattern(r"(?<![A-Za-z])(?:control|comparator|comparison)\s+(?:groups?|arms?)(?![A-Za-z])", re.I)
_ZH_CONTROL = "对照"


_EN_TREATED_ARM = LazyPattern(r"(?<![A-Za-z])(?:treatment|treated|intervention|experimental|active)\s+(?:groups?|arms?)"
                              r"(?![A-Za-z])", re.I)
"""An arm named by the role of the treated: "the treatment arm", "the intervention group"."""


def role_named_arm(h: Hit, zh_text: str, en_text: str) -> bool:
    """The Chinese term heads an arm (安慰剂组) that the English names by its role ("the control group"), and the
    Chinese sentence has no arm of that name (对照组) the English role could be rendering instead; or the term heads
    the only arm of the Chinese sentence (他莫昔芬组) and the English names it as the treated one ("the treatment
    arm")."""
    if not _ARM_AFTER.match(h.sentence.text.text, h.match.end):
        return False
    if _ZH_CONTROL not in zh_text and _EN_ROLE_ARM.search(en_text):
        return True
    return len(_ZH_ARM.findall(zh_text)) == 1 and bool(_EN_TREATED_ARM.search(en_text))


def _members(h: Hit, src_hits: Sequence[Hit]) -> list[Hit]:
    """The Chinese terms of the combination `h` is in (joined by `_JOINER`, in one sentence), `h` included."""
    text = h.sentence.text.text
    same = sorted((o for o in src_hits if o.sentence is h.sentence), key=lambda o: o.match.start)
    k = next(i for i, o in enumerate(same) if o is h)
    out = [h]
    for step in (-1, 1):
        i = k
        while 0 <= i + step < len(same):
            a, b = (same[i + step], same[i]) if step < 0 else (same[i], same[i + step])
            if a.match.end > b.match.start or not _JOINER.match(text[a.match.end:b.match.start]):
                break
            i += step
            out.append(same[i])
    return out


def whole_combination(h: Hit, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit], discourse: Discourse,
                      en_text: str) -> bool:
    """The term is one member of a combination none of whose members the English names, each established."""
    members = _members(h, src_hits)
    if len(members) < 2:
        return False
    named = {c for t in tgt_hits for c in t.match.concepts}
    folded = fold_en(en_text, lower=True)
    for m in members:
        if named.intersection(m.match.concepts) or m.match.form.lower() in folded:
            return False
        if not discourse.established(set(m.match.concepts), m.sentence):
            return False
    return True


_ZH_PEOPLE = LazyPattern(r"(?:患者|病人|病例|人群)")
EN_PEOPLE = LazyPattern(r"(?<![A-Za-z])(?:patients?|people|persons?|individuals?|those|survivors?|victims?|cases?"
                         r"|subjects?|participants?|children|adults|women|men|populations?|groups?)(?![A-Za-z])", re.I)
"""English that names people: a population said by its noun, or by "groups" (易感人群 "susceptible groups")."""


def population_left_out(h: Hit, en_text: str) -> bool:
    """The Chinese term names a population (心脏停搏患者 "patients with cardiac arrest") that the English leaves out
    whole: no people at all in the English sentence ("bystander contribution to favorable outcomes"). A group is
    people: "substance groups" for 易感人群 keeps the population and loses the term."""
    return bool(_ZH_PEOPLE.match(h.sentence.text.text, h.match.end)) and not EN_PEOPLE.search(en_text)


def definite_head(concepts: Sequence[Concept], en_text: str) -> bool:
    """The English refers to the term by a determiner and the head of an English form of it ("the end point")."""
    folded = fold_en(en_text, lower=True)
    for c in concepts:
        for form in c.accepted("en"):
            words = fold_en(form, lower=True).split()
            for k in range(1, len(words)):
                head = words[k:]
                if len(head) == 1 and len(head[0]) < HEAD_MIN:
                    continue
                if re.search(_DETERMINER + r"\s+".join(map(re.escape, head)) + r"s?(?![A-Za-z])", folded):
                    return True
    return False
