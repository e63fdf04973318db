"""Variant generators for the discovery benchmark: real variants of terms a document uses at least twice.

Each generator yields `Injection`s: the kind, the side, the original form, its variant and the offsets of
the original's occurrences (the benchmark replaces one or more of them). Kinds:

- script: Simplified -> Traditional characters (OpenCC's character table), 分泌组 -> 分泌組;
- disease: X病 -> X症, and for eponyms (jieba tags X a name) X氏病 / X氏症; 综合征 -> 综合症;
- morpheme: a final morpheme swapped within a set of close synonyms (组/物/体, 剂/药, 法/术, 性/度),
  kept only where CC-CEDICT knows the new form as a word or another document of the corpora uses it;
- spelling: American <-> British spelling from the word lists below (written for this benchmark,
  independent of the rules in glossary/discover/en_variants.py);
- hyphen: a hyphen removed (follow-up -> followup after a prefix, well-known -> well known otherwise)
  or inserted after a prefix (noninvasive -> non-invasive);
- abbreviation: a "full name (ABBR)" definition, then the full name written again where ABBR was, in two places
  (`en_variants.MIN_REUSES`; the abbreviation still used elsewhere).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from zhen_qa.glossary.discover.en_variants import MIN_REUSES
from zhen_qa.glossary.normalize import fold_zh

KINDS = ("script", "disease", "morpheme", "spelling", "hyphen", "abbreviation")
RARE = {"disease": 3, "morpheme": 3}
"""Kinds few documents offer: that many times --per-kind injections of them per document."""


@dataclass(frozen=True)
class Injection:
    """One possible injection: `variant` may replace any of the original's occurrences at `offsets`."""

    kind: str
    lang: str
    original: str
    variant: str
    offsets: tuple[int, ...]


# --- Chinese ---------------------------------------------------------------------------------------------

MORPHEME_SETS = ("组物体", "剂药", "法术", "性度")
PRODUCTIVE = frozenset({("性", "度"), ("剂", "药"), ("药", "剂"), ("法", "术")})
"""Swaps real when the stem is a word of two characters or more (止痛剂/止痛药), for 性 -> 度 an adjective
(敏感性/敏感度, not 转移性/转移度)."""
HAN = re.compile(r"[\u4e00-\u9fff]+")


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """(word, POS flag, offset) of jieba's segmentation with tags."""
    import jieba.posseg as posseg

    out: list[tuple[str, str, int]] = []
    for run in HAN.finditer(text):
        at = run.start()
        for p in posseg.cut(run.group()):
            out.append((p.word, p.flag, at))
            at += len(p.word)
    return out


def _flag(word: str) -> str:
    """jieba's POS flag of a word alone ("" when it is cut in several)."""
    import jieba.posseg as posseg

    cut = list(posseg.cut(word))
    return cut[0].flag if len(cut) == 1 else ""


def _words() -> frozenset[str]:
    from zhen_qa.aligner.lexicon import load_lexicon

    return frozenset(load_lexicon().zh2en)


def _spans(toks: list[tuple[str, str, int]]) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Offsets of each word and of each word + a following one-character word (阿尔茨海默 + 病), POS flags."""
    spans: dict[str, list[int]] = {}
    flags: dict[str, str] = {}
    for k, (w, flag, at) in enumerate(toks):
        spans.setdefault(w, []).append(at)
        flags.setdefault(w, flag)
        if k + 1 < len(toks) and toks[k + 1][2] == at + len(w) and len(toks[k + 1][0]) == 1 and len(w) >= 2:
            spans.setdefault(w + toks[k + 1][0], []).append(at)  # 阿尔茨海默 + 病, 分泌 + 组
            flags.setdefault(w + toks[k + 1][0], "x" + flag)
    return spans, flags


def corpus_words(texts: list[str]) -> frozenset[str]:
    """The words (and word + one-character word forms) of a corpus: forms its texts really use."""
    out: set[str] = set()
    for text in texts:
        out.update(_spans(_tokens(text))[0])
    return frozenset(out)


def zh_injections(text: str, corpus: frozenset[str] = frozenset()) -> Iterator[Injection]:
    """Script, disease and morpheme injections of a Chinese text; `corpus`: forms other texts use."""
    spans, flags = _spans(_tokens(text))
    words = _words() | corpus
    for form, offs in spans.items():
        if len(offs) < 2 or len(form) < 2:
            continue
        trad = traditional(form)
        if trad != form and len(form) >= 2 and flags[form][:1] != "x":
            yield Injection("script", "zh", form, trad, tuple(offs))
        stem, final = form[:-1], form[-1]
        if final == "病" and len(stem) >= 2 and not stem.endswith("氏"):
            name = flags.get(stem, flags[form].lstrip("x"))[:2] == "nr"
            for v in (stem + "症",) + ((stem + "氏病", stem + "氏症") if name else ()):
                if v not in text:
                    yield Injection("disease", "zh", form, v, tuple(offs))
        if form.endswith("综合征"):
            yield Injection("disease", "zh", form, form[:-1] + "症", tuple(offs))
        if len(stem) >= 2:
            for group in MORPHEME_SETS:
                if final not in group:
                    continue
                for other in group:
                    v = stem + other
                    real = v in words or ((final, other) in PRODUCTIVE and stem in words
                                          and (final != "性" or _flag(stem)[:1] == "a"))
                    if other != final and v not in text and real:
                        yield Injection("morpheme", "zh", form, v, tuple(offs))


_S2T: dict[str, str] = {}


def traditional(word: str) -> str:
    """The word in Traditional characters (one character for one; OpenCC's table)."""
    if not _S2T:
        import opencc

        path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STCharacters.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                src, _tab, targets = line.rstrip("\n").partition("\t")
                target = targets.split(" ")[0]
                if len(src) == 1 and len(target) == 1 and fold_zh(target) == src:
                    _S2T[src] = target
    return "".join(_S2T.get(ch, ch) for ch in word)


# --- English ---------------------------------------------------------------------------------------------

_VERBS_IZE = """organ recogn real util optim minim maxim character random standard normal hospital immun
    steril neutral local visual stabil special emphas summar categor general apolog critic final author
    synthes metabol mobil capital central polar ion fertil vaporiz harmon memor prioritiz custom""".split()
_VERBS_YZE = "anal paral catal hydrol dial electrol".split()
_OUR = "tumor color behavior favor labor humor odor vapor rumor honor neighbor flavor harbor vigor".split()
_RE = "center fiber liter meter theater caliber saber".split()
_LL = "label model travel cancel signal level channel fuel total counsel".split()
_AE = {"hemoglobin": "haemoglobin", "hematology": "haematology", "hematoma": "haematoma", "hemorrhage":
       "haemorrhage", "anemia": "anaemia", "leukemia": "leukaemia", "ischemia": "ischaemia", "ischemic":
       "ischaemic", "anesthesia": "anaesthesia", "anesthetic": "anaesthetic", "pediatric": "paediatric",
       "orthopedic": "orthopaedic", "hematopoietic": "haematopoietic", "esophagus": "oesophagus",
       "esophageal": "oesophageal", "edema": "oedema", "estrogen": "oestrogen", "fetal": "foetal", "fetus":
       "foetus", "diarrhea": "diarrhoea", "hemodialysis": "haemodialysis", "hemolysis": "haemolysis",
       "septicemia": "septicaemia", "hypoxemia": "hypoxaemia", "glycemic": "glycaemic", "hyperglycemia":
       "hyperglycaemia", "hypoglycemia": "hypoglycaemia", "anemic": "anaemic", "gynecology": "gynaecology",
       "etiology": "aetiology", "hemostasis": "haemostasis", "hematuria": "haematuria", "leukocyte":
       "leucocyte", "tumorigenesis": "tumourigenesis", "color": "colour", "gray": "grey", "aging": "ageing",
       "program": "programme", "defense": "defence", "license": "licence", "catalog": "catalogue",
       "sulfur": "sulphur", "dialog": "dialogue", "analog": "analogue", "skeptical": "sceptical",
       "practice": "practise", "mold": "mould", "plow": "plough", "enrollment": "enrolment", "fulfill":
       "fulfil"}


def spelling_pairs() -> dict[str, str]:
    """American -> British word forms (inflected), both directions added by the caller."""
    pairs: dict[str, str] = dict(_AE)
    for stem in _VERBS_IZE:
        for suf in ("e", "es", "ed", "ing", "ation", "ations", "er", "ers"):
            pairs[stem + "iz" + suf] = stem + "is" + suf
    for stem in _VERBS_YZE:
        for suf in ("e", "es", "ed", "ing", "er", "ers"):
            pairs[stem + "yz" + suf] = stem + "ys" + suf
    for w in _OUR:
        for suf in ("", "s", "al", "ed", "ing", "less"):
            pairs[w + suf] = w[:-2] + "our" + suf
    for w in _RE:
        for suf in ("", "s"):
            pairs[w + suf] = w[:-2] + "re" + suf
    for w in _LL:
        for suf in ("ed", "ing", "er", "ers"):
            pairs[w + suf] = w + "l" + suf
    for a, b in list(_AE.items()):
        if a[-1] not in "sy":
            pairs.setdefault(a + "s", b + "s")
    return pairs


PREFIXES = ("non", "pre", "post", "co", "re", "anti", "multi", "inter", "intra", "sub", "semi", "over", "under",
            "self", "micro", "macro", "mid", "e")
_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")
_ABBR_DEF = re.compile(r"\(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)")
_SKIP = frozenset("of and the in for to with on by a an".split())


def _case(model: str, word: str) -> str:
    return word.capitalize() if model[:1].isupper() else word


def _mid_sentence(full: str, before: str) -> str:
    """A full name that opened a sentence as written inside one (Idiopathic thrombocytopenic purpura -> idiopathic)."""
    words = full.split()
    opens = not before.rstrip() or before.rstrip()[-1] in ".!?:"
    if opens and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        return full[0].lower() + full[1:]
    return full


def full_name(before: str, abbr: str) -> str:
    """The words just before "(ABBR)" whose initials spell ABBR (stop words may sit inside), or ""."""
    letters = [c.lower() for c in abbr if c.isalpha()]
    if letters and letters[-1] == "s" and abbr[-1] == "s":
        letters.pop()
    words = re.findall(r"[A-Za-z][A-Za-z0-9'-]*", before)[-12:]
    want = list(letters)
    taken = 0
    for w in reversed(words):
        taken += 1
        if w.lower() in _SKIP:
            continue
        parts = [p for p in w.split("-") if p]
        initials = [p[0].lower() for p in parts]
        if want[-len(initials):] == initials:
            del want[-len(initials):]
        elif want and want[-1] == initials[0]:
            want.pop()
        else:
            return ""
        if not want:
            if words[-taken].lower() in _SKIP:
                return ""
            m = re.search(r"\s*".join(re.escape(x) for x in words[-taken:]) + r"\s*$", before)
            return m.group().strip() if m else ""
    return ""


def en_injections(text: str) -> Iterator[Injection]:
    """Spelling, hyphen and abbreviation injections of an English text."""
    words: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        words.setdefault(m.group(), []).append(m.start())
    lower = {w.lower() for w in words}
    pairs = spelling_pairs()
    both = {**pairs, **{b: a for a, b in pairs.items()}}
    for w, offs in words.items():
        if len(offs) < 2:
            continue
        lw = w.lower()
        if lw in both and both[lw] not in lower:
            yield Injection("spelling", "en", w, _case(w, both[lw]), tuple(offs))
        if "-" in w and w.count("-") == 1:
            head, tail = w.split("-")
            if head.lower() in PREFIXES and head.lower() + tail.lower() not in lower:
                yield Injection("hyphen", "en", w, head + tail, tuple(offs))
            elif head.lower() not in PREFIXES and len(head) > 2 and len(tail) > 2:
                yield Injection("hyphen", "en", w, head + " " + tail, tuple(offs))
        elif "-" not in w and w.islower():
            for p in PREFIXES:
                if len(p) > 1 and lw.startswith(p) and len(lw) - len(p) >= 5 and lw[len(p):] in lower:
                    if p + "-" + lw[len(p):] not in lower:
                        yield Injection("hyphen", "en", w, p + "-" + w[len(p):], tuple(offs))
    for m in _ABBR_DEF.finditer(text):
        abbr = m.group(1)
        full = full_name(text[max(0, m.start() - 160):m.start()], abbr)
        if not full or len(full.split()) < 2:
            continue
        later = [o for o in words.get(abbr, []) if o > m.end()]
        if len(later) > MIN_REUSES:  # the full name written in MIN_REUSES places, the abbreviation still used
            before = text[:m.start()].rstrip()[: -len(full)]
            yield Injection("abbreviation", "en", abbr, _mid_sentence(full, before), tuple(later))


def injections(zh_text: str, en_text: str, zh_prose: set[int], en_prose: set[int],
               corpus: frozenset[str] = frozenset()) -> list[Injection]:
    """Every possible injection of a document, at occurrences inside prose (offsets given per side)."""
    out: list[Injection] = []
    for lang, items, prose in (("zh", zh_injections(zh_text, corpus), zh_prose),
                               ("en", en_injections(en_text), en_prose)):
        for item in items:
            offs = tuple(o for o in item.offsets if o in prose and o + len(item.original) - 1 in prose)
            if len(offs) >= 2:
                out.append(Injection(item.kind, lang, item.original, item.variant, offs))
    return out
