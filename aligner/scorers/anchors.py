"""Anchors shared by both sides: numbers (normalised across scripts), Latin tokens and acronyms, URLs, the
bracketed section labels of structured abstracts (【结果】 = [Results]).

Numbers come from `aligner.numbers.extract_numbers` (2,400 = 2400, 18% = 百分之十八,
1800万 = 18 million); words in digits weigh more than number words. Latin tokens count only
when the token occurs in the Chinese document too (MSC, HER2, iPSC, gene names), so ordinary
English words are not anchors. The score is the cosine of the summed anchor vectors, and
0.5 (no evidence either way) when neither side of a bead has an anchor.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from zhen_qa.aligner.citations import CACHE_SIZE
from zhen_qa.aligner.list_markers import enumerators
from zhen_qa.aligner.number_words_en import numberless_en
from zhen_qa.aligner.numbers import extract_numbers, number_key
from zhen_qa.aligner.scorers.base import Analysis, FeatureCosine, Scorer, feature_cosine
from zhen_qa.aligner.search import Band
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN

_URL = LazyPattern(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+", re.I)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")

NEUTRAL = 0.5
"""Score of a bead with no anchors on either side."""


def number_anchors(text: str, lang: str, cache: bool = True) -> list[str]:
    """Keys of the numbers in `text` ("n:2400", "n:18%", "n:1.5-2"); word forms get a "w" prefix. `cache`: as
    for `extract_numbers`."""
    out = []
    for mention in extract_numbers(text, lang, cache=cache):
        key = "-".join(number_key(v) for v in mention.endpoints())
        if getattr(mention, "percent", False):
            key += "%"
        out.append(("n:" if mention.written == "digits" else "nw:") + key)
    return out


def number_values(text: str, lang: str) -> set[str]:
    """The numbers `text` writes, digits and words alike: `number_anchors`' keys without their "n:"/"nw:" prefix."""
    return {k.split(":", 1)[1] for k in number_anchors(text, lang)}


def _may_hold_url(text: str) -> bool:
    """False when `text` cannot hold a match of _URL (each has "://", "www." in any case, or "10.")."""
    return "://" in text or "10." in text or "www." in text.lower()


def url_anchors(text: str) -> list[str]:
    """URLs and DOIs, lower-cased without trailing punctuation."""
    if not _may_hold_url(text):
        return []
    return ["u:" + m.group(0).rstrip(".,;)）。").lower() for m in _URL.finditer(text)]


def latin_tokens(text: str) -> list[str]:
    """Lower-cased Latin tokens of `text` (HER2-positive -> her2, positive)."""
    return [t.lower() for t in _LATIN.findall(_URL.sub(" ", text) if _may_hold_url(text) else text)]


_ZH_LABEL = LazyPattern(r"\s*[【\[［]([" + HAN + r"/、]{2,9})[】\]］]")
_EN_LABEL = LazyPattern(r"\s*\[([A-Za-z][A-Za-z /&,]{2,39})\]")
SECTION_KEYS = {
    "目的": "objective", "意义": "significance", "背景": "background", "方法": "methods", "过程": "process",
    "结果": "results", "结论": "conclusions", "局限": "limitations",
    "objective": "objective", "objectives": "objective", "purpose": "objective", "aim": "objective",
    "aims": "objective", "significance": "significance", "background": "background", "method": "methods",
    "methods": "methods", "process": "process", "result": "results", "results": "results",
    "conclusion": "conclusions", "conclusions": "conclusions", "limitation": "limitations",
    "limitations": "limitations",
}
"""Words of a structured abstract's bracketed section labels (【目的/意义】, [Purpose/significance]) -> one key a
section for both languages."""


def section_anchors(text: str, lang: str) -> list[str]:
    """Keys ("s:results") of the bracketed section label a sentence starts with: 【结果/结论】 and
    [Result/conclusion] head the same part of a structured abstract whatever the sentences around them say."""
    m = (_ZH_LABEL if lang == "zh" else _EN_LABEL).match(text)
    if m is None:
        return []
    words = [w.strip().lower() for w in m.group(1).replace("、", "/").replace("&", "/").replace(",", "/").split("/")]
    return ["s:" + SECTION_KEYS[w] for w in words if w in SECTION_KEYS]


def item_anchors(text: str) -> list[str]:
    """Keys ("i:2") of the bracketed enumerators opening clauses of a sentence (`list_markers.enumerators`): item (2) of
    a list in running text is translated by item (2), whatever its words (结果表明：(1)…；(2)… and "(1) … (2) …")."""
    return ["i:" + k for k in enumerators(text)]


def anchor_lists(zh: Sequence[str], en: Sequence[str]) -> tuple[list[list[str]], list[list[str]]]:
    """Anchor keys of every sentence on both sides. The numbers of a document of more sentences than their cache
    holds are read without it (Bible 006: 72,687 sentences, 19 MB of cache that the checks could not reuse); an
    English sentence `numberless_en` clears is not read for numbers."""
    cache = len(zh) + len(en) <= CACHE_SIZE
    zh_latin = [latin_tokens(s) for s in zh]
    shared = {t for toks in zh_latin for t in toks}
    za = [number_anchors(s, "zh", cache) + url_anchors(s) + section_anchors(s, "zh") + item_anchors(s)
          + ["l:" + t for t in toks] for s, toks in zip(zh, zh_latin)]
    ea = [(number_anchors(s, "en", cache) if not none else []) + url_anchors(s) + section_anchors(s, "en")
          + item_anchors(s) + (["l:" + t for t in latin_tokens(s) if t in shared] if shared else [])
          for s, none in zip(en, numberless_en(en))]
    return za, ea


class Anchors(Scorer):
    """Numbers, shared Latin tokens and URLs."""

    name = "anchors"

    def prepare(self, doc: Analysis, band: Band, max_side: int) -> FeatureCosine:
        """Extract anchors of both sides and the band's dot products."""
        za, ea = anchor_lists(doc.zh, doc.en)
        # a number written in words ("nw:") is weaker evidence than digits
        return feature_cosine(za, ea, band, max_side, NEUTRAL, lambda k: 0.5 if k.startswith("nw:") else 1.0)
