"""A documentation heading whose English is the Chinese heading without a term the page names throughout (term-missing,
either side): ## 推理服务 = "## Service", ## 模型量化 = "## Quantization" on a page about quantizing models.

Section headings of a documentation page are short labels, and the English ones are often shorter still: the
generic noun the whole page is about (模型 "model", 推理 "inference", 消息 "message") is said once by the page and left
out of the heading that only names the section's part (服务 "service", 量化 "quantization", 异步 "async"). The reader
of the English heading knows whose service it is from the page. A Chinese term is taken as left to the page when

- the page pair writes code (documentation, `presence_usage.writes_code`),
- the term's sentence is a heading paired with one English heading,
- the Chinese heading says more than the term (two Han characters or more outside it): a heading that is the term
  alone, said with another word ("## Skin" for ## 主题), is the term's own slot (review49b Q4),
- the term is the modifier that opens the Chinese heading, the rest its head after it (no Han character before the
  term): Chinese puts the head last, so a term after a verb or a modifier is what the heading is about, not a
  generic noun left to the page (## 启用张量并行 = "## Enable", ## 模型推理 = "## Model" keep their findings,
  review55 R3),
- every content word of the English heading says another part of the Chinese heading: the English form of another
  glossary concept the Chinese heading names, a lexicon gloss of a Chinese word outside the term (服务 "service"),
  or a word the Chinese heading writes in Latin letters. "## About skins" for ## 关于主题 puts "skins" in the term's
  place, and keeps its finding,
- no other heading of the term's side is the term's heading with another word in the term's place (## 训练配置
  beside ## 推理配置), and no other heading of the other side reads as the shortened one: the term is then what
  tells two sections apart, not the page's (review55 R1),
- and the page names the concept on both sides throughout (`Discourse.recurring`, checked by the excuse).

The same holds the other way, an English heading's term the Chinese heading leaves to the page: ## 离线批处理 =
"## Offline batch inference", every Han character of the Chinese heading in a word saying the rest of the English
heading (the lexicon's Chinese for one of its words, 离线 for "offline", or a Chinese form of another concept it
names, 批处理 for "batch"), with the same two conditions on the page's other headings ("## Inference Configuration"
= ## 配置 beside "## Training Configuration" keeps its finding).

A heading with a word of its own, a heading paired with prose, and any sentence that is no heading keep their
findings: a full sentence that drops the term is reported.

A Chinese term that is the head of its heading is left to the parent section where every sibling heading shares it
(`sibling_head_left`): under ## 1. TCP, ### 1.1 异步消息 and ### 1.2 广播消息 = "### 1.1 ASYNC" and "### 1.2
BROADCAST". The shared head says what the whole group is about, so it tells no two siblings apart; the modifiers do,
and the English keeps them. It holds only when two or more siblings (same level, same parent heading) all end with
the term after a rest of REST_MIN Han characters or more, the English heading says that rest (as above), and none of
the English siblings writes the concept: one English sibling that keeps "messages" makes the others' drop a slip,
reported. A single heading whose head is dropped (## 模型推理 = "## Model", review55 R3) keeps its finding.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from zhen_qa.aligner.lexicon import en_stems, one_begins_other, stem
from zhen_qa.checks.term_abbrev_kept import substring_glosses
from zhen_qa.checks.term_heading_section import SAME_MIN
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.document import Manuscript, Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_LATIN = LazyPattern(r"[A-Za-z][A-Za-z0-9]*")
_WORD = LazyPattern(r"[\u4e00-\u9fffA-Za-z]")
_NUMBERING = LazyPattern(r"[\d.\s]*")
REST_MIN = 2
"""Fewest Han characters a Chinese heading has outside the term for the term to be a part of it."""


def heading_shortened(h: Hit, tgt_sentences: Sequence[Sentence], documentation: bool, other_forms: Iterable[str],
                      zh2en: Mapping[str, tuple[str, ...]], en2zh: Mapping[str, tuple[str, ...]],
                      manuscript: Manuscript) -> bool:
    """Whether the heading paired with the heading term `h` says only the rest of the term's heading (see the module
    docstring); `other_forms` are the target-language forms of the other glossary concepts the term's heading
    names, `manuscript` the page pair whose other headings are compared."""
    if not documentation or h.sentence.role is not Role.HEADING:
        return False
    if len(tgt_sentences) != 1 or tgt_sentences[0].role is not Role.HEADING:
        return False
    text = h.sentence.text.text
    rest = text[:h.match.start] + " " + text[h.match.end:]
    target = tgt_sentences[0].text.text
    if h.lang == "zh":
        if _HAN.search(text[:h.match.start]) or len(_HAN.findall(text[h.match.end:])) < REST_MIN:
            return False
        said = _en_says_rest(rest, target, other_forms, zh2en)
    else:
        said = h.lang == "en" and _zh_says_rest(rest, target, other_forms, en2zh)
    return said and not _tells_sections_apart(h, tgt_sentences[0], manuscript)


def sibling_head_left(h: Hit, tgt_sentences: Sequence[Sentence], documentation: bool, other_forms: Iterable[str],
                      forms: Iterable[str], zh2en: Mapping[str, tuple[str, ...]], manuscript: Manuscript) -> bool:
    """Whether the Chinese heading term `h` is the head every sibling heading shares, left out by the English
    siblings (see the module docstring); `forms` are the concept's English forms, `other_forms` the English forms of
    the other concepts the heading names."""
    if not documentation or h.lang != "zh" or h.sentence.role is not Role.HEADING:
        return False
    if len(tgt_sentences) != 1 or tgt_sentences[0].role is not Role.HEADING:
        return False
    text = h.sentence.text.text
    term = text[h.match.start:h.match.end]
    if text[h.match.end:].strip() or not _en_says_rest(text[:h.match.start], tgt_sentences[0].text.text,
                                                       other_forms, zh2en):
        return False
    zh_siblings = _siblings(h.sentence, manuscript)
    if len(zh_siblings) < 2 or not all(_heading_text(o).endswith(term)
                                       and len(_HAN.findall(_heading_text(o)[:-len(term)])) >= REST_MIN
                                       for o in zh_siblings):
        return False
    said = [set(en_stems(f)) for f in forms if en_stems(f)]
    return not any(any(w <= set(en_stems(o.text.text)) for w in said) for o in _siblings(tgt_sentences[0], manuscript))


def _level(s: Sentence) -> int:
    """A Markdown heading's level (the #s opening its line), 0 where its line opens with none."""
    line = s.text.source.line(s.location.line).lstrip()
    return len(line) - len(line.lstrip("#"))


def _siblings(s: Sentence, manuscript: Manuscript) -> list[Sentence]:
    """The headings of `s`'s side at its level under its parent heading (the last heading of a lower level before
    it), `s` included, in order; [] for a heading whose level is unknown."""
    level = _level(s)
    if not level:
        return []
    group: list[Sentence] = []
    found = False
    for o in manuscript.sentences(s.lang):
        if o.role is not Role.HEADING or o.location.path != s.location.path:
            continue
        n = _level(o)
        if n and n < level:
            if found:
                break
            group = []
        elif n == level:
            group.append(o)
            found = found or o is s
    return group if found else []


def _heading_text(s: Sentence) -> str:
    """A heading's text without its leading section number ("1.2 广播消息" -> "广播消息")."""
    text = s.text.text.strip()
    number = _NUMBERING.match(text)
    return text[number.end():] if number else text


def _tells_sections_apart(h: Hit, target: Sentence, manuscript: Manuscript) -> bool:
    """Whether another heading of the term's side is its heading with another word in the term's place (训练配置
    beside 推理配置), or another heading of the target's side reads as the target heading: the term is what tells
    two sections apart (review55 R1)."""
    text = h.sentence.text.text
    number = _NUMBERING.match(text.lstrip())
    lead = len(text) - len(text.lstrip()) + (number.end() if number else 0)
    before, after = text[lead:h.match.start].lower(), text[h.match.end:].strip().lower()
    term = text[h.match.start:h.match.end].strip().lower()
    for o in manuscript.sentences(h.lang):
        if o.role is not Role.HEADING or o is h.sentence:
            continue
        other = _heading_text(o).lower()
        if len(other) > len(before) + len(after) and other.startswith(before) and other.endswith(after):
            word = other[len(before):len(other) - len(after)].strip()
            if _WORD.search(word) and word != term:
                return True
    shortened = _heading_text(target).lower()
    return any(o.role is Role.HEADING and o is not target and _heading_text(o).lower() == shortened
               for o in manuscript.sentences(target.lang))


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
