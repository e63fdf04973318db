"""Mergeable statistics of the term-like forms of a text: counts, first positions, neighbours, English evidence."""
from __future__ import annotations

import re
from collections import ChainMap, Counter
from collections.abc import Hashable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from zhen_qa.aligner.jieba_base import cut
from zhen_qa.aligner.lexicon import STOP_ZH, en_stems
from zhen_qa.glossary.discover.abbrev import Abbreviations
from zhen_qa.glossary.normalize import fold_zh, zh_foldable
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

Where = tuple[Hashable, int, int]
"""Where a form was first seen: the caller's key of the sentence, start and end offsets in its text."""

HAN_RUN = HAN_RUN_RE
EN_WORD = re.compile(r"[A-Za-z]+(?:[-\u2010\u2011][A-Za-z]+)*")
TEMPLATE = LazyPattern(r"\{\{.*?\}\}|\{%.*?%\}")
"""Template markup ({{target: data-zoom}}, {% include %}): names for a program, not prose."""
_CAMEL = re.compile(r"[a-z][A-Z]")


def _kept_latin(text: str) -> frozenset[str]:
    """Stems of the Latin words a Chinese sentence keeps as written (a drug name, a cell line: ubrogepant, A549):
    the aligned English has them because the Chinese does, so they are no rendering of the Chinese forms beside
    them (安慰剂组 and 安慰剂首剂 both next to "ubrogepant" are not one term for it)."""
    return frozenset(en_stems(" ".join(EN_WORD.findall(text)))) if EN_WORD.search(text) else frozenset()


def is_identifier(text: str, start: int, end: int) -> bool:
    """True when the word text[start:end] is a program name, not a word: camelCase (dataZoom), part of a
    dotted or snake_case name (series.label, log_format) or glued to a digit or `$`."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _CAMEL.search(text, start, end) or before in "_$" and before or after in "_$" and after:
        return True
    if before.isdigit() or after.isdigit():
        return True
    dotted_before = before == "." and start >= 2 and (text[start - 2].isalnum() or text[start - 2] in "_$")
    dotted_after = after == "." and end + 1 < len(text) and (text[end + 1].isalpha() or text[end + 1] in "_$*")
    return dotted_before or dotted_after


def prose_words(text: str) -> list[re.Match[str]]:
    """The English words of a text that are words: identifiers and template markup left out."""
    templates = [m.span() for m in TEMPLATE.finditer(text)] if "{" in text else []
    return [m for m in EN_WORD.finditer(text) if not is_identifier(text, m.start(), m.end())
            and not any(a <= m.start() < b for a, b in templates)]

_ONE_ACRONYM = r"[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*"
_ACRONYM = re.compile(rf"\(\s*{_ONE_ACRONYM}(?:\s*[/,;]\s*{_ONE_ACRONYM})*\s*\)")
"""An acronym in parentheses, or several: (HEALTH), (ReSeqTB), (CheckMate-227), (DP-PPT/DP-3T)."""
_CAPITALISED = re.compile(r"\b[A-Z]")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019-]*")
NAME_LINKS = frozenset("of with and for the in on to versus vs or a an at by from".split())
"""Lower-case words a capitalised name may hold between its capitalised words."""


def named_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every title-case name with its own acronym after it, the acronym left out: "Hip Fracture
    Evaluation with Alternatives of Total Hip Arthroplasty versus Hemi-Arthroplasty (HEALTH)". A trial, study,
    database or body names itself: its spelling is its owners', not a form the writer chose, so discovery does not
    count its words (the acronym stays: it may be an abbreviation the text uses). Two capitalised words or more, a
    sentence's first word not counted. Without an acronym, a longer title-case run inside prose is a name too
    (`_title_runs`: "the European Centre for Disease Prevention and Control" beside "the Center for Systems
    Science" are two bodies' spellings, not a writer's Centre/Center)."""
    out: list[tuple[int, int]] = []
    for acronym in _ACRONYM.finditer(text):
        start, capitals, k = acronym.start(), 0, acronym.start()
        before = list(_NAME_WORD.finditer(text, 0, k))
        for m in reversed(before):
            if text[m.end():k].strip():
                break  # punctuation between: the name ends here
            word = m.group()
            if word[0].isupper():
                if not text[:m.start()].rstrip() or text[:m.start()].rstrip()[-1] in ".!?:;":
                    break  # a sentence's first word: capitalised anyway
                capitals += 1
                start = m.start()
            elif word not in NAME_LINKS:
                break
            k = m.start()
        if capitals >= 2:
            out.append((start, acronym.start()))
    return out + [(a, b) for a, b in _title_runs(text) if not any(a < y and x < b for x, y in out)]


NAME_CAPITALS = 4
"""Capitalised words (a sentence's first not counted) that make a title-case run inside prose a name without an
acronym after it: "the European Centre for Disease Prevention and Control", "Johns Hopkins University Center for
Systems Science and Engineering"."""


def _title_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words (with `NAME_LINKS` between) holding `NAME_CAPITALS` capitalised
    words, in a sentence that has lower-case words of its own beside it (a title-case heading is no name)."""
    words = list(_NAME_WORD.finditer(text))
    if not any(w.group()[0].islower() and w.group() not in NAME_LINKS for w in words):
        return []
    runs: list[list[tuple[re.Match[str], str]]] = [[]]
    for k, w in enumerate(words):
        word = w.group()
        before = text[:w.start()].rstrip()
        kind = ("first" if not before or before[-1] in ".!?:;" else "capital") if word[0].isupper() else (
            "link" if word in NAME_LINKS else "")
        if not kind:
            runs.append([])
            continue
        if runs[-1] and text[words[k - 1].end():w.start()].strip():
            runs.append([])  # punctuation between: the run ends
        runs[-1].append((w, kind))
    out: list[tuple[int, int]] = []
    for run in runs:
        while run and (run[0][1] == "link" or run[0][1] == "first" and len(run) > 1 and run[1][1] == "link"):
            run.pop(0)  # "Updates from the European Centre ...": the name starts at European
        while run and run[-1][1] == "link":
            run.pop()
        if sum(1 for _w, kind in run if kind == "capital") >= NAME_CAPITALS:
            out.append((run[0][0].start(), run[-1][0].end()))
    return out


FUNCTION_CHARS = frozenset("由对从后前时可能会来到将被向于为与及和或中上下里如即像使让给至自每各某诸"
                           "的了是在也都就把等之其这那此该着过地得所以而并则即又但很还更最均较仍亦已需应皆尚")
"""Single-character tokens that end a term rather than extend it (分泌组的, 分泌组在)."""

NOUN_TAGS = frozenset({"vn", "an", "j", "b", "eng"})
"""Part-of-speech tags (besides n*) that end a term: verbal and adjectival nouns, abbreviations."""
BAD_START = frozenset("dpcurmqfyezo")
"""First letters of tags that do not start a term (verbs, adverbs, prepositions, pronouns, numerals, ...)."""

MAX_TOKENS = 4
"""Most jieba tokens in one Chinese form."""
MIN_CHARS, MAX_CHARS = 2, 10
"""Length bounds of a Chinese form (characters)."""
FINAL_CHARS = frozenset("组物体病症征学疗剂素质型类性度药法术")
"""Term-final morphemes whose forms need neighbours as evidence (zh_variants.FINALS)."""


@lru_cache(maxsize=1)
def _recordable() -> frozenset[str]:
    """The characters a form recorded by a lean pass holds one of: a final morpheme or a character `fold_zh` changes
    (one set, so a sentence is read once to learn it holds neither)."""
    return FINAL_CHARS | zh_foldable()
MAX_NEIGHBOUR_COUNTS = 64
"""Occurrences of a form whose neighbours are counted (more add nothing but time)."""
SAMPLES = 3
"""Aligned English texts kept per form."""
CONTEXT = 12
"""Characters kept on each side of a form in its example context."""


@dataclass
class FormStat:
    """What one form does in a text: how often, where first, beside which words, aligned with which English."""

    count: int
    first: Where
    context: str
    neighbours: Counter[str] = field(default_factory=Counter)
    english: Counter[str] = field(default_factory=Counter)
    """English content stems of the aligned sentences of the form's occurrences (once per sentence)."""
    aligned: int = 0
    """Occurrences in a sentence with an aligned English side."""
    samples: list[str] = field(default_factory=list)
    """A few aligned English texts (for the rendering of a draft glossary)."""

    def merge(self, other: FormStat) -> None:
        """Add another text's statistics of the same form (the first position stays this one's)."""
        self.count += other.count
        self.neighbours.update(other.neighbours)
        self.english.update(other.english)
        self.aligned += other.aligned
        self.samples.extend(other.samples[:SAMPLES - len(self.samples)])


@dataclass
class Stats:
    """Form statistics of one or more texts; `merge` joins files in order."""

    zh: dict[str, FormStat] = field(default_factory=dict)
    en: dict[str, FormStat] = field(default_factory=dict)
    """English word forms (lower case; hyphenated words and the word pairs that may spell them open)."""
    terms: dict[str, FormStat] = field(default_factory=dict)
    """Candidate terms of any shape (noun phrases), collected only for a draft glossary."""
    en_df: Counter[str] = field(default_factory=Counter)
    """In how many aligned Chinese sentences each English stem occurs on the English side."""
    abbreviations: dict[str, str] = field(default_factory=dict)
    """Full name (lower case) -> the abbreviation defined for it."""
    expansions: dict[str, FormStat] = field(default_factory=dict)
    """Full names written again after their abbreviation was defined (lower case; not definitions)."""

    def en_forms(self) -> ChainMap[str, FormStat]:
        """English forms with the full names written again (those counted as reuses, not as word pairs)."""
        return ChainMap(self.expansions, self.en)

    def merge(self, other: Stats) -> None:
        """Add another text's statistics."""
        for mine, theirs in ((self.zh, other.zh), (self.en, other.en), (self.terms, other.terms),
                             (self.expansions, other.expansions)):
            for form, stat in theirs.items():
                if form in mine:
                    mine[form].merge(stat)
                else:
                    mine[form] = FormStat(stat.count, stat.first, stat.context, Counter(stat.neighbours),
                                          Counter(stat.english), stat.aligned, list(stat.samples))
        self.en_df.update(other.en_df)
        for full, abbr in other.abbreviations.items():
            self.abbreviations.setdefault(full, abbr)


def context_of(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def _neighbour(toks: tuple[str, ...], k: int, step: int) -> str:
    """The content token at k, or past one stop token (分泌组的治疗 -> 治疗); "" when none."""
    for _ in range(2):
        if not 0 <= k < len(toks):  # tokens of one Han run: all Han
            return ""
        if toks[k] not in STOP_ZH:
            return toks[k]
        k += step
    return ""


class Collector:
    """Collects `Stats` sentence by sentence."""

    def __init__(self, finals: frozenset[str], tags: dict[str, str] | None = None, groups_only: bool = False) -> None:
        self.finals = finals
        self.tags = tags
        """jieba's part-of-speech tags by word: given, candidate terms of any shape are collected too."""
        self.groups_only = groups_only and tags is None
        """Record only the Chinese forms a variant group can hold (`zh_variants`): those ending in a final
        morpheme, those with a character folded to another script, and (`missing_folds`, a second pass) the forms
        these fold to. Most forms of a long text are none of these: its runs without a final or a foldable
        character are not even segmented."""
        self.stats = Stats()
        self._abbr = Abbreviations()
        self._folds: set[str] = set()
        """groups_only: what the recorded forms with a foldable character fold to."""

    def _term(self, toks: tuple[str, ...], i: int, j: int, length: int) -> bool:
        """A noun phrase worth listing: ends in a noun (or a term-final morpheme), starts with no verb or adverb."""
        assert self.tags is not None
        if length < 3 or length > 8:
            return False
        last, first = self.tags.get(toks[j - 1], "n"), self.tags.get(toks[i], "n")  # unknown words: names, terms
        ends = last[:1] == "n" or last in NOUN_TAGS or toks[j - 1] in self.finals
        return ends and first[:1] not in BAD_START

    def missing_folds(self) -> set[str]:
        """groups_only: the forms that recorded forms fold to and that are not recorded (pass them as `only`)."""
        return {f for f in self._folds if f not in self.stats.zh}

    def add_zh(self, text: str, key: Hashable, english: str = "",  # noqa: C901
               only: AbstractSet[str] | None = None) -> None:
        """One Chinese sentence; `english` is the text aligned with it ("" when none).

        `only`: a second pass over the same sentences that records these forms alone (`missing_folds`)."""
        if only is not None and not any(f in text for f in only):
            return
        zh = self.stats.zh
        stems = frozenset(en_stems(english)) - _kept_latin(text) if english else frozenset()
        if stems and only is None:
            self.stats.en_df.update(stems)
        seen: set[str] = set()
        terms = self.stats.terms if self.tags is not None else None
        add = self._add_zh_form
        lean = self.groups_only or only is not None
        if lean and only is None and _recordable().isdisjoint(text):
            return  # no form of this sentence can be recorded: no final morpheme, nothing to fold
        whole = fold_zh(text)  # character by character: the fold of a run is the run's slice of it
        for run in HAN_RUN.finditer(text):
            raw = run.group()
            folded = whole[run.start():run.end()]
            plain = folded == raw
            if lean and (not any(f in raw for f in only) if only is not None
                         else plain and FINAL_CHARS.isdisjoint(raw)):
                continue  # no form of this run can be recorded
            toks = cut(folded)  # length-preserving: Traditional text segments like Simplified
            offs = [run.start()]
            for tok in toks:
                offs.append(offs[-1] + len(tok))
            n = len(toks)
            stop = [tok in STOP_ZH for tok in toks]
            # glued[k]: token k is one character that binds to its neighbours (not a function character)
            glued = [len(tok) == 1 and tok not in FUNCTION_CHARS for tok in toks]
            glued.append(False)  # nothing after the run
            recorded: set[int] = set()
            for i in range(n):
                if stop[i] or (i and glued[i - 1]):
                    continue  # 充质干细胞 in 间充质干细胞: starts inside a longer word
                start = offs[i]
                for j in range(i + 1, min(n, i + MAX_TOKENS) + 1):
                    if stop[j - 1]:
                        break
                    end = offs[j]
                    if end - start > MAX_CHARS:
                        break
                    if end - start < MIN_CHARS or glued[j]:
                        continue  # glued[j]: 分泌组 in 分泌组学, part of a longer compound
                    form = text[start:end]
                    if lean and not self._wanted(form, plain, only, run.start(), start, folded):
                        continue
                    aligned = english if form not in seen else ""
                    add(zh, form, text, key, start, end, toks, i, j, stems, aligned)
                    if terms is not None and self._term(toks, i, j, end - start):
                        add(terms, form, text, key, start, end, toks, i, j, stems, aligned)
                    seen.add(form)
                    if j == i + 1:
                        recorded.add(i)
            for i, tok in enumerate(toks):  # two-character words inside compounds: for script variants
                if len(tok) == 2 and i not in recorded and tok not in STOP_ZH:
                    form = text[offs[i]:offs[i + 1]]
                    if lean and not self._wanted(form, plain, only, run.start(), offs[i], folded):
                        continue
                    self._add_zh_form(zh, form, text, key, offs[i], offs[i + 1], toks, i, i + 1, frozenset(), "")

    def _wanted(self, form: str, plain: bool, only: AbstractSet[str] | None, base: int, start: int,
                folded: str) -> bool:
        """Whether a lean pass records `form` (at `start` of the sentence; `folded`: its run from `base`, folded)."""
        if only is not None:
            return form in only
        if form[-1] in FINAL_CHARS:
            return True
        if plain:
            return False
        fold = folded[start - base:start - base + len(form)]
        if fold == form:
            return False
        self._folds.add(fold)
        return True

    @staticmethod
    def _add_zh_form(table: dict[str, FormStat], form: str, text: str, key: Hashable, start: int, end: int,
                     toks: tuple[str, ...], i: int, j: int, stems: frozenset[str], english: str) -> None:
        stat = table.get(form)
        if stat is None:
            stat = table[form] = FormStat(0, (key, start, end), context_of(text, start, end))
        stat.count += 1
        if stat.count <= MAX_NEIGHBOUR_COUNTS and form[-1] in FINAL_CHARS:  # enough evidence; stems need them
            before = _neighbour(toks, i - 1, -1)
            if before:
                stat.neighbours["<" + before] += 1
            after = _neighbour(toks, j, 1)
            if after:
                stat.neighbours[">" + after] += 1
        if stems:
            stat.aligned += 1
            if english:  # once per sentence
                stat.english.update(stems)
                if len(stat.samples) < SAMPLES:
                    stat.samples.append(english)

    def add_en(self, text: str, key: Hashable, expansions: bool = True) -> None:
        """One English sentence: its words, and the word pairs after which a hyphenated form could be spelt open.

        `expansions` False: a full name written out here is not counted as a reuse of a defined abbreviation
        (keyword lists and titles spell names out by convention)."""
        en = self.stats.en
        words = prose_words(text)
        if "(" in text or len(_CAPITALISED.findall(text)) > NAME_CAPITALS:
            names = named_spans(text)
            if names:
                words = [m for m in words if not any(a <= m.start() < b for a, b in names)]
        for k, m in enumerate(words):
            form = m.group().lower()
            self._add_en_form(en, form, text, key, m.start(), m.end(), words, k, k + 1)
            if k + 1 < len(words) and text[m.end():words[k + 1].start()] == " ":
                nxt = words[k + 1]
                pair = form + " " + nxt.group().lower()
                self._add_en_form(en, pair, text, key, m.start(), nxt.end(), words, k, k + 2)
        for full, start, end in self._abbr.reuses(text) if expansions else ():
            stat = self.stats.expansions.get(full)
            if stat is None:
                stat = self.stats.expansions[full] = FormStat(0, (key, start, end), context_of(text, start, end))
            stat.count += 1
        for full, abbr in self._abbr.define(text):
            self.stats.abbreviations.setdefault(full, abbr)

    @staticmethod
    def _add_en_form(en: dict[str, FormStat], form: str, text: str, key: Hashable, start: int, end: int,
                     words: list[re.Match[str]], i: int, j: int) -> None:
        stat = en.get(form)
        if stat is None:
            stat = en[form] = FormStat(0, (key, start, end), context_of(text, start, end))
        stat.count += 1
        if j < len(words) and not text[words[j - 1].end():words[j].start()].strip():
            stat.neighbours[">" + words[j].group().lower()] += 1
        if i > 0 and not text[words[i - 1].end():words[i].start()].strip():
            stat.neighbours["<" + words[i - 1].group().lower()] += 1
