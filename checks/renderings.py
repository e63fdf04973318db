"""A translator's own renderings of a concept, learned from the aligned beads of one file.

A glossary written by hand lists one or two renderings; a translator who renders a concept freely but correctly
does so the same way again (孕妇 as "women" once "pregnant women" has been said, 间歇 for 间歇性禁食 after its first
mention, "soaps" as 皂液). A word (English) or a run of 2-4 Han characters (Chinese) of the other language is this
translator's rendering of a concept when it stands, outside every glossary term, in the judged bead and in
MIN_SUPPORT or more *other* beads of the file that name the concept on the source side without its listed rendering,
and seldom in the beads that do not name it (SPECIFICITY), and when the CC-CEDICT lexicon or the glossary ties it to
the concept (`linked`: a word of the listed rendering, a gloss of the term, a word holding the term). So
- a word injected or dropped in one sentence is never learned (it has no other beads);
- a concept always rendered as listed teaches nothing: the words that merely come with it (a verb, a modifier)
  are never taken for its rendering, since only beads that lack the listed rendering are evidence;
- a word that merely recurs in a short file ("showed") is no rendering: nothing ties it to the term;
- a form within one edit of a listed Chinese rendering in a file that also writes the listed form (临床实验 beside
  临床试验, 羟基氯喹 beside 羟氯喹) mixes two spellings of one term, which the glossary is there to settle: a bead
  that has one learns nothing. A file that never writes the listed form has chosen the variant (间歇性断食 throughout
  for 间歇性禁食).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.manuscript.script import HAN, HAN_RUN_RE

MIN_SUPPORT = 2
"""Fewest other beads lacking the listed rendering that must have a word before it is learned for the concept."""

SPECIFICITY = 2
"""A learned word stands at least this many times as often in beads naming the concept as in beads that do not."""

_EN_WORD = re.compile(r"[a-z][a-z0-9]{2,}")
_ZH_SIZES = (2, 3, 4)

_EN_FUNCTION = frozenset("""
the and for with was were are has have had not but its his her their they them this that these those from into
than then there which who whom whose what when where while how why also been being can could may might will would should
shall all any each both some such more most other only very our out over under about after before between during
per via one two three four five six seven eight nine ten
""".split())
"""English function words and number words: never a rendering of a concept."""


@dataclass(frozen=True)
class Bead:
    """One aligned bead as learning sees it: its target side with every glossary match blanked out, the concepts
    its source side names, and the file it belongs to."""

    key: tuple[int, ...]
    """Identity of the bead (the ids of its target sentences)."""
    text: str
    concepts: frozenset[str]
    path: str
    named: frozenset[str] = frozenset()
    """The concepts its target side names by a listed (not deprecated) form."""


def en_tokens(text: str) -> dict[str, str]:
    """English content words of a text: the lexicon's stem (women, woman: woman; cooled, cooling: cool) -> the
    word as written (lower case)."""
    from zhen_qa.aligner.lexicon import stem

    out: dict[str, str] = {}
    for w in _EN_WORD.findall(text.lower()):
        if w not in _EN_FUNCTION and not w.isdigit():
            out.setdefault(stem(w), w)
    return out


def zh_tokens(text: str) -> dict[str, str]:
    """Runs of 2-4 Han characters of a text (script and width folded), each standing for itself."""
    out: dict[str, str] = {}
    for run in HAN_RUN_RE.findall(zh_key(text)):
        for n in _ZH_SIZES:
            for k in range(len(run) - n + 1):
                out.setdefault(run[k:k + n], run[k:k + n])
    return out


@lru_cache(maxsize=4096)
def _near_pattern(form: str) -> re.Pattern[str]:
    """A Chinese form with one character changed, dropped or added (临床实验 for 临床试验, 羟基氯喹 for 羟氯喹)."""
    alts = set()
    for k in range(len(form)):
        head, tail = re.escape(form[:k]), re.escape(form[k + 1:])
        alts.add(f"{head}[{HAN}]{tail}")
        if 0 < k < len(form) - 1:
            alts.add(head + tail)
    for k in range(1, len(form)):
        alts.add(f"{re.escape(form[:k])}[{HAN}]{re.escape(form[k:])}")
    return re.compile("|".join(sorted(alts)))


def near_variant(text: str, forms: Iterable[str]) -> bool:
    """Whether a Chinese text has a form of 3+ characters with one character changed, dropped or added."""
    folded = zh_key(text)
    return any(_near_pattern(key).search(folded) for key in map(zh_key, forms) if len(key) >= 3)


def linked(token: str, lang: str, term: str, listed: Sequence[str],
           zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the lexicon or the glossary ties a word of the target language to a source term.

    English word (`lang` "en", a Chinese term): a word of a listed rendering ("women" for pregnant women), a gloss
    of the term (孕妇: pregnant, woman), or a word whose Chinese holds the term ("COVID" as 新冠肺炎 for 肺炎).
    Chinese word (an English term): a part of a listed rendering (间歇 of 间歇性禁食), a word the lexicon glosses
    with a word of the term (间歇: intermittent), or one holding a Chinese word of the term (皂液: 皂 "soap").
    """
    from zhen_qa.aligner.lexicon import en_stems, stem

    if lang == "en":
        s = stem(token)
        if s in {x for r in listed for x in en_stems(r)} or s in zh2en.get(zh_key(term), ()):
            return True
        key = zh_key(term)
        return len(key) >= 2 and any(key in g or len(g) >= 2 and g in key for g in en2zh.get(s, ()))
    if any(token in zh_key(r) for r in listed):
        return True
    stems = set(en_stems(term))
    if stems.intersection(zh2en.get(token, ())):
        return True
    return any(g in token for s in stems for g in en2zh.get(s, ()))


class Renderings:
    """The beads of one direction of a manuscript, asked for the learned rendering of a concept in one bead."""

    def __init__(self, beads: Sequence[Bead], lang: str, zh2en: Mapping[str, tuple[str, ...]] | None = None,
                 en2zh: Mapping[str, tuple[str, ...]] | None = None) -> None:
        self.lang = lang
        # `is None`, not `or`: the lexicon's tables read every shard to tell their length (truthiness)
        self.zh2en: Mapping[str, tuple[str, ...]] = zh2en if zh2en is not None else {}
        self.en2zh: Mapping[str, tuple[str, ...]] = en2zh if en2zh is not None else {}
        self.beads: Mapping[tuple[int, ...], Bead] = {b.key: b for b in beads}
        """The beads by key (the ids of their target sentences)."""
        self._tokens: dict[tuple[int, ...], dict[str, str]] = {}
        self._with: dict[tuple[str, str], Counter[str]] = {}
        self._without: dict[tuple[str, str], Counter[str]] = {}
        self._sizes: dict[tuple[str, str], tuple[int, int]] = {}

    def tokens(self, key: tuple[int, ...]) -> dict[str, str]:
        """The candidate words of a bead's target side, computed once."""
        got = self._tokens.get(key)
        if got is None:
            text = self.beads[key].text
            got = self._tokens[key] = en_tokens(text) if self.lang == "en" else zh_tokens(text)
        return got

    def counts(self, path: str, concept: str) -> tuple[Counter[str], Counter[str]]:
        """How many beads of the file have each word: those naming the concept, those not naming it."""
        k = (path, concept)
        if k not in self._with:
            with_c: Counter[str] = Counter()
            without: Counter[str] = Counter()
            for b in self.beads.values():
                if b.path == path:
                    (with_c if concept in b.concepts else without).update(self.tokens(b.key).keys())
            self._with[k], self._without[k] = with_c, without
        return self._with[k], self._without[k]

    def sizes(self, path: str, concept: str) -> tuple[int, int]:
        """How many beads the file has, and how many of them name the concept (counted once per file and concept)."""
        k = (path, concept)
        got = self._sizes.get(k)
        if got is None:
            in_file = [b for b in self.beads.values() if b.path == path]
            got = self._sizes[k] = (len(in_file), sum(1 for b in in_file if concept in b.concepts))
        return got

    def _writes(self, path: str, concept: str) -> bool:
        """Whether some bead of the file names the concept by a listed form on the target side."""
        return any(b.path == path and concept in b.named for b in self.beads.values())

    def learned(self, concept: str, judged: tuple[int, ...], others: Sequence[tuple[int, ...]],
                term: str, listed: Sequence[str]) -> str | None:
        """The word of the judged bead that renders the concept by the file's evidence, or None.

        `others` are the other beads of the file that name the concept without its listed rendering; `term` is
        the source term, `listed` the concept's listed renderings in the target language.
        """
        if len(others) < MIN_SUPPORT or judged not in self.beads:
            return None
        bead = self.beads[judged]
        if self.lang == "zh" and self._writes(bead.path, concept) and near_variant(bead.text, listed):
            return None
        support: Counter[str] = Counter()
        for o in others:
            if o in self.beads and o != judged:
                support.update(self.tokens(o).keys())
        with_c, without = self.counts(bead.path, concept)
        best: tuple[int, int, str] | None = None
        for token, surface in self.tokens(judged).items():
            n = support[token]
            if n >= MIN_SUPPORT and with_c[token] >= SPECIFICITY * without[token] \
                    and linked(surface, self.lang, term, listed, self.zh2en, self.en2zh):
                rank = (n, len(token), surface)
                if best is None or rank > best:
                    best = rank
        return None if best is None else best[2]
