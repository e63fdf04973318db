"""Unpaired sentences: untranslated (a Chinese sentence without English) and extra-target (an English sentence
without Chinese), one finding a run, a condensed Chinese reported once, a sentence beside one named in its finding."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from zhen_qa.aligner.code_anchors import CodeAnchors
from zhen_qa.checks.clause_beside import carried_beside
from zhen_qa.checks.component_rendered import rendered_by_component
from zhen_qa.checks.context import Options
from zhen_qa.checks.heading_gloss import gloss_heading_dropped
from zhen_qa.checks.kept_quotation import kept_quotations
from zhen_qa.checks.latin_in_chinese import LETTER
from zhen_qa.checks.lead_in_again import points_again
from zhen_qa.checks.link_given_bare import given_bare
from zhen_qa.checks.names_beside import names_beside
from zhen_qa.checks.note_beside import note_said_before
from zhen_qa.checks.pointer_split import pointer_split
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.short_answer import answered_beside
from zhen_qa.checks.translatable import kept_name, nothing_to_translate
from zhen_qa.checks.translators_note import bracketed_note, translators_note
from zhen_qa.checks.unit_split import split_in_unit
from zhen_qa.checks.untranslated_findings import EXTRA_TARGET, UNTRANSLATED, listing, run_span
from zhen_qa.checks.untranslated_keywords import chinese_keywords, keywords_without_chinese, may_close_abstract
from zhen_qa.manuscript.document import Bead, Pair, Role
from zhen_qa.manuscript.keyword_lines import is_keyword_line
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.manuscript.structure import DOTTED_NUMBER
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import line_name, span_words


def _has_words(text: str) -> bool:
    return bool(LETTER.search(text) or HAN_RUN_RE.search(text))  # shared patterns: no Han class compiled for this


def _neighbour(pair: Pair, index: int, lang: str) -> Location | None:
    """Location of the `lang` sentence nearest to bead `index`: the last one before it, else the next."""
    sentences = pair.en if lang == "en" else pair.zh

    def side(bead: Bead) -> tuple[int, ...]:
        return bead.en if lang == "en" else bead.zh

    for bead in reversed(pair.beads[:index]):
        if side(bead):
            return sentences[side(bead)[-1]].location
    for bead in pair.beads[index + 1:]:
        if side(bead):
            return sentences[side(bead)[0]].location
    return None


CONDENSED_MIN = 3
"""Fewest English sentences without a Chinese counterpart in a pair before they may be one finding."""
CONDENSED_SHARE = 0.2
"""...and the least share of the pair's English sentences they must be: the Chinese condenses the English."""


def unpaired(pair: Pair, options: Options, english_source: bool = False,
              code: CodeAnchors | None = None) -> Iterator[Finding]:
    """untranslated per sentence; extra-target per sentence, or once for a pair whose Chinese condenses; an English
    sentence without a counterpart right beside a reported Chinese one is named in its finding, not reported.
    `english_source`: the file says English is the source (a CAT file), so English without Chinese is untranslated;
    `code`: the code blocks both pages have (`_side_by_side`)."""
    beside = _side_by_side(pair, options, code)
    extra: list[Finding] = []
    for f in _unpaired_sentences(pair, options, beside, english_source):
        if f.rule == EXTRA_TARGET.id:
            extra.append(f)
        else:
            yield f
    worded = sum(1 for s in pair.en if _has_words(s.text.text))
    listed = [s for f in extra for s in _listed(f)]
    # one run is one omitted passage, reported where it is; many sentences left out here and there: condensed
    if len(extra) > 1 and len(listed) >= CONDENSED_MIN and len(listed) >= CONDENSED_SHARE * worded:
        yield _condensed(extra, listed, worded)
    else:
        yield from extra


def _reported_zh(pair: Pair, bead: Bead, options: Options) -> bool:
    """A Chinese-only bead that `untranslated` reports (confident, with words, not its heading said again, not a
    translator's note that the page is a translation, `translators_note`, nor one in brackets, `bracketed_note`).
    Its words must be words to translate: a sentence holding nothing a translator renders (`_nothing_to_render`: no
    Han; single letters, tokens with a digit, identifiers) is kept as written, never translated, so no English for
    it is no untranslated sentence — the stray letter PDF extraction leaves after an abstract ("…先决条件。 D"), an
    item label "(b)" or a version "v2.1" standing alone."""
    return (not bead.en and bead.score >= options.untranslated_min_confidence
            and any(_has_words(pair.zh[i].text.text) and not _nothing_to_render(pair.zh[i].text.text)
                    for i in bead.zh) and not _restates_heading(pair, bead)
            and not all(translators_note(pair.zh[i].text.text) for i in bead.zh)  # 本文为中文翻译版本
            and not all(bracketed_note(pair.zh[i].text.text) for i in bead.zh)  # （译者注：…）
            and not _gloss_heading_dropped(pair, bead)
            and not given_bare(pair, bead))  # 可以参考 [Select 属性](…) where the English line is the address


def _nothing_to_render(text: str) -> bool:
    """A Chinese sentence without Han holding nothing a translator renders (`nothing_to_translate`). Han text is no
    such sentence even when it holds a digit: written without spaces it is one token, 患者26例临床分析."""
    return not HAN_RUN_RE.search(text) and nothing_to_translate(text)


def _gloss_heading_dropped(pair: Pair, bead: Bead) -> bool:
    """A Chinese heading 精确一次（exactly-once） whose English heading `### exactly-once` the reader dropped as a slug
    (`heading_gloss`)."""
    if len(bead.zh) != 1 or pair.zh[bead.zh[0]].role is not Role.HEADING or not pair.en:
        return False
    english = pair.en[0].text.source.text
    return gloss_heading_dropped(pair.zh[bead.zh[0]].text.text, english, (s.text.text for s in pair.en))


_HEADING_NUMBER = LazyPattern(rf"^\s*(?:{DOTTED_NUMBER}\.?|[一二三四五六七八九十]+[、.])\s*")
"""The number a heading opens with, taken off before its words are compared (### 2. 启动 Broker): a section number
(`manuscript.structure.DOTTED_NUMBER`) or a Chinese numeral with 、 or a period."""
_LEAD_IN = LazyPattern(r"(.+?)(?:如下)?[：:]")
_STOPPED = LazyPattern(r"(.+?)[。.]?")
LEAD_IN_EXTRA = 2
"""Most characters a lead-in adds to its heading's words (事务消息发送步骤如下： under ## 事务消息步骤: 发送)."""


def _restates_heading(pair: Pair, bead: Bead) -> bool:
    """A section's first sentence alone in its bead that says its heading again: the heading itself (### 2. 启动
    Broker, then 启动 Broker。) or a lead-in made of it (示例代码如下： under ## 示例代码, 事务消息发送步骤如下： under
    ## 事务消息步骤). It adds nothing the heading does not say: the English page has the heading only."""
    if len(bead.zh) != 1 or bead.zh[0] == 0:
        return False
    heading, sentence = pair.zh[bead.zh[0] - 1], pair.zh[bead.zh[0]]
    if heading.role is not Role.HEADING or sentence.role is Role.HEADING:
        return False
    words = "".join(_HEADING_NUMBER.sub("", heading.text.text).split())
    text = "".join(sentence.text.text.split())
    if not words:
        return False
    stopped = _STOPPED.fullmatch(text)
    if stopped and stopped.group(1) == words:
        return True
    lead = _LEAD_IN.fullmatch(text)
    if not lead or len(lead.group(1)) - len(words) > LEAD_IN_EXTRA:
        return False
    rest = iter(lead.group(1))
    return all(ch in rest for ch in words)  # the heading's characters in order, a word or two added


def _side_by_side(pair: Pair, options: Options, code: CodeAnchors | None = None) -> dict[int, int]:
    """{index of a reported Chinese-only bead: index of the English-only bead right beside it}, each bead used once.

    A Chinese sentence without English next to an English sentence without Chinese is one place for a reviewer to
    look, whatever it is: a wrong or misplaced English sentence, or two counterparts the alignment could not pair
    (a sentence moved across a paragraph or line boundary). One finding, on the Chinese, names both. Not when a code
    block both pages have (`code`) lies between the two: they are at two places (the English lead-in
    "PostCSS config example:" before the code, whose Chinese was deleted, and a Chinese tip after it).
    """
    beads = pair.beads
    out: dict[int, int] = {}
    taken: set[int] = set()
    for k, bead in enumerate(beads):
        if not _reported_zh(pair, bead, options):
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(beads) and n not in taken and beads[n].en and not beads[n].zh and not (
                    code is not None and code.apart(pair.zh[bead.zh[0]], pair.en[beads[n].en[0]])):
                out[k] = n
                taken.add(n)
                break
    return out


def _listed(f: Finding) -> list[dict[str, Any]]:
    """The English sentences an extra-target finding names: those of a run, or its one sentence."""
    sentences = dict(f.data).get("sentences")
    if sentences is not None:
        return list(sentences)
    return [{"line": f.location.line, "column": f.location.column, "text": f.excerpt}]


def _condensed(extra: list[Finding], listed: list[dict[str, Any]], worded: int) -> Finding:
    """One extra-target finding for a pair whose Chinese condenses (merges, summarises or omits) the English.

    A free or condensed translation leaves many English sentences without a Chinese sentence of their
    own; reporting each is noise, reporting none hides that the Chinese is not a full translation.
    """
    first = extra[0]
    lines = sorted({s["line"] for s in listed})
    where = span_words(first.location.path, lines[0], lines[-1])
    msg = (f"{len(listed)} of {worded} English sentences ({where}) have no Chinese sentence of their own: "
           f"the Chinese condenses, merges or omits them; first: {clipped(listed[0]['text'], 60)}")
    return Finding(EXTRA_TARGET.id, EXTRA_TARGET.severity, msg, first.location, "en", listed[0]["text"],
                   related=first.related, data=(("condensed", True), ("count", len(listed)),
                                                ("sentences", listed)))


GROUP_MIN = 2
"""Fewest Chinese sentences without English in a row (consecutive 1-0 beads) reported as one finding."""


def _unpaired_sentences(pair: Pair, options: Options, beside: dict[int, int],
                        english_source: bool = False) -> Iterator[Finding]:
    named = set(beside.values())
    kept = kept_quotations(pair).zh  # `> (in §3) JSON text SHALL …` kept before `> 翻译：JSON 文本应该…`
    run: list[int] = []  # consecutive reported Chinese-only beads
    extra: list[int] = []  # consecutive English-only beads
    for i, bead in enumerate(pair.beads):
        if (_reported_zh(pair, bead, options) and not carried_beside(pair, i) and not rendered_by_component(pair, i)
                and not answered_beside(pair, i)  # 有的。 beside "Yes. An offline version …"
                and not note_said_before(pair, i)  # 。（仅当字段为 optional 时合法） = "… (only valid if …)."
                and not (english_source and split_in_unit(pair, i))  # 为什么需要测试呢？又为什么是现在呢？
                and not all(k in kept for k in bead.zh if _has_words(pair.zh[k].text.text))):
            run.append(i)
            yield from _extra_run(pair, extra, english_source)
            extra = []
            continue
        yield from _untranslated_run(pair, run, beside)
        run = []
        if bead.en and not bead.zh and i not in named and not points_again(pair, i) and not carried_beside(pair, i) \
                and not names_beside(pair, i) and not pointer_split(pair, i):  # "It can be TTHeader, …"; "Here is …:"
            extra.append(i)
            continue
        yield from _extra_run(pair, extra, english_source)
        extra = []
    yield from _untranslated_run(pair, run, beside)
    yield from _extra_run(pair, extra, english_source)


def _extra_run(pair: Pair, run: list[int], english_source: bool) -> Iterator[Finding]:
    """The findings of a run of consecutive English-only beads: one per sentence, or one for the run when it holds
    GROUP_MIN sentences or more (a paragraph or passage the Chinese leaves out is one omission; the finding spans it
    and lists its sentences). In a CAT file translated from English they are source segments left untranslated."""
    if not run:
        return
    rule = UNTRANSLATED if english_source else EXTRA_TARGET
    related = _neighbour(pair, run[0], "zh")
    sentences = [pair.en[j] for i in run for j in pair.beads[i].en if _has_words(pair.en[j].text.text)]
    if english_source:  # a source segment of placeholders, identifiers and units is left as it is on purpose
        sentences = [s for s in sentences if not nothing_to_translate(s.text.text)
                     and not (pair.source_shown and kept_name(s.text.text))]  # Qt shows a finished empty one
    # the pair's last, in an abstract: its keyword line
    closing = run[-1] == len(pair.beads) - 1 and not english_source and may_close_abstract(pair.section)
    if sentences and all(s.role is Role.KEYWORDS or closing and is_keyword_line(s.text.text, "en")
                         for s in sentences):
        yield keywords_without_chinese(sentences, related, chinese_keywords(pair))
        return
    if len(sentences) < GROUP_MIN:
        for s in sentences:
            yield Finding(rule.id, rule.severity, f"no Chinese for: {clipped(s.text.text)}", s.location, "en",
                          s.text.text, related=related)
        return
    where, lines = run_span(sentences)
    msg = f"{len(sentences)} sentences in a row ({lines}) have no Chinese: {clipped(sentences[0].text.text, 60)}"
    yield Finding(rule.id, rule.severity, msg, where, "en", sentences[0].text.text, related=related,
                  data=(("count", len(sentences)), ("sentences", listing(sentences))))


def _untranslated_run(pair: Pair, run: list[int], beside: dict[int, int]) -> Iterator[Finding]:
    """The findings of a run of consecutive Chinese-only beads: one per sentence, or one for the run when it holds
    GROUP_MIN sentences or more (one defect, one finding: a section, a paragraph or a list the English leaves out,
    or a passage the alignment could not pair; the finding spans it and lists its sentences)."""
    if not run:
        return
    sentences = [pair.zh[j] for i in run for j in pair.beads[i].zh if _has_words(pair.zh[j].text.text)]
    related, note = _neighbour(pair, run[0], "en"), ""
    data: tuple[tuple[str, Any], ...] = ()
    near = [beside[i] for i in run if i in beside]
    if near:
        english = [pair.en[j] for j in pair.beads[near[0]].en]
        related = english[0].location
        note = (f" (the English beside it, {line_name(related.path, related.line)}, has no Chinese either: a wrong or "
                f"misplaced sentence, or its counterpart: {clipped(english[0].text.text, 60)})")
        data = (("beside", listing(english)),)
    if len(sentences) < GROUP_MIN:
        for s in sentences:
            yield Finding(UNTRANSLATED.id, UNTRANSLATED.severity, f"no English for: {clipped(s.text.text)}{note}",
                          s.location, "zh", s.text.text, related=related, data=data)
        return
    where, lines = run_span(sentences)
    n = len(sentences)
    head = sentences[0].text.text if sentences[0].role is Role.HEADING else ""
    keywords = sentences[0].role is Role.KEYWORDS
    msg = (f"section '{head}' ({lines}, {n} sentences) has no English counterpart" if head else
           f"the {n} Chinese keywords ({lines}) have no English keywords: "
           f"{clipped(', '.join(s.text.text for s in sentences))}" if keywords else
           f"{n} sentences in a row ({lines}) have no English counterpart: {clipped(sentences[0].text.text, 60)}")
    data = data + (("count", n), ("sentences", listing(sentences))) + ((("heading", head),) if head else ())
    yield Finding(UNTRANSLATED.id, UNTRANSLATED.severity, msg + note, where, "zh", sentences[0].text.text,
                  related=related, data=data)
