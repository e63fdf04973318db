"""A documentation heading whose English is the Chinese heading without a term the page names throughout (term-missing,
either side): ## 推理服务 = "## Service", ## 模型量化 = "## Quantization" on a page about quantizing models.

Section headings of a documentation page are short labels, and the English ones are often shorter still: the
generic noun the whole page is about (模型 "model", 推理 "inference", 消息 "message") is said once by the page and left
out of the heading that only names the section's part (服务 "service", 量化 "quantization", 异步 "async"). The reader
of the English heading knows whose service it is from the page. A Chinese term is taken as left to the page when

- the page pair writes code (documentation, `presence.writes_code`),
- the term's sentence is a heading paired with one English heading,
- the Chinese heading says more than the term (two Han characters or more outside it): a heading that is the term
  alone, said with another word ("## Skin" for ## 主题), is the term's own slot (review49b Q4),
- every content word of the English heading says another part of the Chinese heading: the English form of another
  glossary concept the Chinese heading names, a lexicon gloss of a Chinese word outside the term (服务 "service"),
  or a word the Chinese heading writes in Latin letters. "## About skins" for ## 关于主题 puts "skins" in the term's
  place, and keeps its finding,
- and the page names the concept on both sides throughout (`Discourse.recurring`, checked by the excuse).

The same holds the other way, an English heading's term the Chinese heading leaves to the page: ## 离线批处理 =
"## Offline batch inference", every Han character of the Chinese heading in a word saying the rest of the English
heading (the lexicon's Chinese for one of its words, 离线 for "offline", or a Chinese form of another concept it
names, 批处理 for "batch").

A heading with a word of its own, a heading paired with prose, and any sentence that is no heading keep their
findings: a full sentence that drops the term is reported.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from zhen_qa.aligner.lexicon import en_stems, one_begins_other, stem
from zhen_qa.checks.term_abbrev_kept import substring_glosses
from zhen_qa.checks.term_heading_section import SAME_MIN
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_LATIN = LazyPattern(r"[A-Za-z][A-Za-z0-9]*")
REST_MIN = 2
"""Fewest Han characters a Chinese heading has outside the term for the term to be a part of it."""


def heading_shortened(h: Hit, tgt_sentences: Sequence[Sentence], documentation: bool, other_forms: Iterable[str],
                      zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether the heading paired with the heading term `h` says only the rest of the term's heading (see the module
    docstring); `other_forms` are the target-language forms of the other glossary concepts the term's heading
    names."""
    if not documentation or h.sentence.role is not Role.HEADING:
        return False
    if len(tgt_sentences) != 1 or tgt_sentences[0].role is not Role.HEADING:
        return False
    text = h.sentence.text.text
    rest = text[:h.match.start] + " " + text[h.match.end:]
    target = tgt_sentences[0].text.text
    if h.lang == "zh":
        return _en_says_rest(rest, target, other_forms, zh2en)
    return h.lang == "en" and _zh_says_rest(rest, target, other_forms, en2zh)


def _en_says_rest(rest: str, en: str, other_forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether every content word of the English heading `en` says a part of the rest of the Chinese heading (the
    Chinese heading without the term, of REST_MIN Han characters or more)."""
    if len(_HAN.findall(rest)) < REST_MIN:
        return False
    words = en_stems(en)
    said = substring_glosses(rest, zh2en) | {stem(w) for f in other_forms for w in f.split()}
    latin = {stem(w) for w in _LATIN.findall(rest)}
    return bool(words) and all(w in latin or any(one_begins_other(w, g, SAME_MIN) for g in said) for w in words)


def _zh_says_rest(rest: str, zh: str, other_forms: Iterable[str], en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether every Han character of the Chinese heading `zh` is in a word that says a content word of the rest of
    the English heading (the English heading without the term, one content word or more): a Chinese form of
    another concept it names, or the lexicon's Chinese for one of its words (离线批处理 for "Offline batch
    inference", inference the term)."""
    words = en_stems(rest)
    if not words or not _HAN.search(zh):
        return False
    said = sorted({*other_forms, *(g for w in words for g in en2zh.get(w, ()) if len(g) >= 2)}, key=len, reverse=True)
    for g in said:
        zh = zh.replace(g, " ")
    return not _HAN.search(zh)
