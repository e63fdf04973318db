"""Untranslated content: unpaired sentences (untranslated, extra-target) and untranslated spans."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from zhen_qa.aligner.code_anchors import CodeAnchors
from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.aligner.markdown_units import structured
from zhen_qa.checks import clause_unsaid
from zhen_qa.checks.cited_titles import dated_citation, numbered_reference
from zhen_qa.checks.clause_beside import carried_beside
from zhen_qa.checks.component_rendered import rendered_by_component
from zhen_qa.checks.container_titles import english_titles
from zhen_qa.checks.context import CheckContext, Options, target_is_source
from zhen_qa.checks.demo_output import DemoOutput
from zhen_qa.checks.frontmatter import chinese_in_english, english_in_chinese
from zhen_qa.checks.heading_gloss import gloss_heading_dropped
from zhen_qa.checks.joined_unsaid import findings as joined_unsaid
from zhen_qa.checks.kept_literals import glossed_after, keyword_list, quoted_beside
from zhen_qa.checks.lead_in_again import points_again
from zhen_qa.checks.link_given_bare import given_bare
from zhen_qa.checks.option_values import list_items, option_values
from zhen_qa.checks.presence import kept_name
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.quoted_message import quoted_message
from zhen_qa.checks.quoted_passages import in_block_quotation
from zhen_qa.checks.short_answer import answered_beside
from zhen_qa.checks.statement_caption import statement_caption
from zhen_qa.checks.table_copies import CellCopy, grouped
from zhen_qa.checks.term_rendered import en2zh
from zhen_qa.checks.translatable import nothing_to_translate
from zhen_qa.checks.translators_note import translators_note
from zhen_qa.checks.untranslated_headings import kept_heading
from zhen_qa.checks.urls import URL as _URL
from zhen_qa.manuscript.document import Bead, Block, Pair, Part, Role, Sentence
from zhen_qa.manuscript.keyword_lines import is_keyword_line, is_unseparated_terms
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN as _HAN
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.manuscript.structure import DOTTED_NUMBER, EN_ABSTRACT, ZH_ABSTRACT, ZH_KEYWORDS
from zhen_qa.report.findings import Finding, Rule, Scope, Severity
from zhen_qa.report.places import line_name, span_words

NOT_QUOTED = Scope(frozenset({Role.REFERENCE, Role.CITATION}))
"""References and citation blocks quote works as published, in whichever language they were written."""

UNTRANSLATED = Rule(
    "untranslated",
    Severity.WARNING,
    "A Chinese sentence of a paired section has no English counterpart (in a CAT file translated from English: an "
    "English source segment has no Chinese).",
    preconditions="1-0 beads of paired sections; the sentence has words; an English sentence without a counterpart "
    "right beside it is named in the finding; consecutive sentences without English (a section, a paragraph, a "
    "list) are one finding spanning them",
    scope=NOT_QUOTED,
)
EXTRA_TARGET = Rule(
    "extra-target",
    Severity.INFO,
    "An English sentence of a paired section has no Chinese counterpart.",
    preconditions="0-1 beads of paired sections; the sentence has words; not beside a reported untranslated "
    "sentence (that finding names it); consecutive sentences without Chinese are one finding spanning them",
    scope=NOT_QUOTED,
)
UNTRANSLATED_SPAN = Rule(
    "untranslated-span",
    Severity.WARNING,
    "Chinese left in the English, an English sentence left in the Chinese, or a target identical to its source.",
    preconditions="not on sentences already reported as untranslated; references and citation blocks skipped",
    scope=NOT_QUOTED,
)

RULES: tuple[Rule, ...] = (UNTRANSLATED, EXTRA_TARGET, UNTRANSLATED_SPAN)

MIN_LATIN_WORDS = 4
"""A Latin-script run in Chinese text is reported from this many ordinary words."""

_HAN_RUN = re.compile(r"[" + _HAN + r"]+(?:[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20·]+[" + _HAN + r"]+)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_LETTER = re.compile(r"[A-Za-z]")
_JOINED = re.compile(r"[A-Za-z0-9][./][A-Za-z]")
"""Names joined by a slash or a dot with no space (message/notification/Modal.confirm): API names, not words."""
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*(?:[ \t,;:./&+\-]+[A-Za-z0-9][A-Za-z0-9'’\-]*)*")
_OPEN, _CLOSE = "([（【［", ")]）】］"


def _has_words(text: str) -> bool:
    return bool(_LETTER.search(text) or HAN_RUN_RE.search(text))  # shared patterns: no Han class compiled for this


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


def _unpaired(pair: Pair, options: Options, english_source: bool = False,
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
    translator's note that the page is a translation: `translators_note`)."""
    return (not bead.en and bead.score >= options.untranslated_min_confidence
            and any(_has_words(pair.zh[i].text.text) for i in bead.zh) and not _restates_heading(pair, bead)
            and not all(translators_note(pair.zh[i].text.text) for i in bead.zh)  # 本文为中文翻译版本
            and not _gloss_heading_dropped(pair, bead)
            and not given_bare(pair, bead))  # 可以参考 [Select 属性](…) where the English line is the address


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
    run: list[int] = []  # consecutive reported Chinese-only beads
    extra: list[int] = []  # consecutive English-only beads
    for i, bead in enumerate(pair.beads):
        if (_reported_zh(pair, bead, options) and not carried_beside(pair, i) and not rendered_by_component(pair, i)
                and not answered_beside(pair, i)):  # 有的。 beside "Yes. An offline version …"
            run.append(i)
            yield from _extra_run(pair, extra, english_source)
            extra = []
            continue
        yield from _untranslated_run(pair, run, beside)
        run = []
        if bead.en and not bead.zh and i not in named and not points_again(pair, i) and not carried_beside(pair, i):
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
        sentences = [s for s in sentences if not nothing_to_translate(s.text.text)]
    # the pair's last, in an abstract: its keyword line
    closing = run[-1] == len(pair.beads) - 1 and not english_source and _may_close_abstract(pair.section)
    if sentences and all(s.role is Role.KEYWORDS or closing and is_keyword_line(s.text.text, "en")
                         for s in sentences):
        yield _keywords_without_chinese(sentences, related, _chinese_keywords(pair))
        return
    if len(sentences) < GROUP_MIN:
        for s in sentences:
            yield Finding(rule.id, rule.severity, f"no Chinese for: {clipped(s.text.text)}", s.location, "en",
                          s.text.text, related=related)
        return
    where, lines = _span(sentences)
    msg = f"{len(sentences)} sentences in a row ({lines}) have no Chinese: {clipped(sentences[0].text.text, 60)}"
    yield Finding(rule.id, rule.severity, msg, where, "en", sentences[0].text.text, related=related,
                  data=(("count", len(sentences)), ("sentences", _listing(sentences))))


UNHEADED = ("body", "document")
"""Sections of a pair that no heading named: the whole text, or what stands before the first heading."""


def _may_close_abstract(section: str) -> bool:
    """Whether the last sentence of a pair named `section` may be an unlabelled keyword line: the pair is an
    abstract (a front-matter pair, `abstract 2`, or a section headed 摘要/Abstract) or has no heading (a two-file
    abstract is the whole text). A section some other heading opens (a documentation page's `1. Complete RAG
    Query`, a thesis's chapter) does not end in the keywords of an abstract: a sentence of terms there is prose."""
    name = section.strip()
    return (name in UNHEADED or name.split(" ")[0] in ("abstract", "keywords") or ZH_ABSTRACT.match(name) is not None
            or EN_ABSTRACT.match(name) is not None)


def _chinese_keywords(pair: Pair) -> list[Sentence]:
    """The Chinese keyword items of a pair: its keyword-role sentences, or else its last sentence when that is a bare
    keyword line or a run of terms whose separators were lost (an abstract printed one paragraph a line)."""
    items = [s for s in pair.zh if s.role is Role.KEYWORDS]
    if items or not pair.zh:
        return items
    last = pair.zh[-1].text.text
    return [pair.zh[-1]] if is_keyword_line(last, "zh") or is_unseparated_terms(last) else []


def _after_chinese_label(s: Sentence) -> bool:
    """Whether the sentence is on a line that opens with the Chinese keywords label (关键词：…)."""
    offsets = s.text.offsets
    if not len(offsets):
        return False
    source = s.text.source
    return ZH_KEYWORDS.match(source.text[source.line_start(offsets[0]):offsets[0]]) is not None


def _keywords_without_chinese(sentences: list[Sentence], related: Location | None,
                              chinese: list[Sentence]) -> Finding:
    """One `untranslated` warning for English keywords with no Chinese keyword: the list journals require in both
    languages. With no Chinese keyword line it is missing (the mirror of "the Chinese keywords have no English
    keywords"); with one, it lists fewer keywords, or runs them together without separators (干细胞分泌组再生医学
    is one item), and the message says which and where."""
    where, lines = _span(sentences)
    n = len(sentences)
    english = clipped(', '.join(s.text.text for s in sentences))
    in_english = [s for s in sentences if _after_chinese_label(s)]
    if in_english and not chinese:  # 关键词：Tinker；Robotics Learning (a thesis that gives them in English only)
        first, last = in_english[0].location, in_english[-1].location
        rest = [s for s in sentences if s not in in_english]
        msg = (f"the Chinese keyword line (关键词, {span_words(first.path, first.line, last.end_line)}) gives its "
               f"keywords in English: {clipped(', '.join(s.text.text for s in in_english))}" +
               (f"; the English keywords ({_span(rest)[1]}) have no Chinese keywords" if rest else ""))
        missing = "zh-keywords-in-english"
    elif not chinese:
        msg = (f"the Chinese keyword line (关键词) is missing: the English keywords ({lines}) have no Chinese "
               f"keywords: {english}")
        missing = "zh-keywords"
    else:
        zh_where = span_words(chinese[0].location.path, chinese[0].location.line, chinese[-1].location.end_line)
        listed = clipped(", ".join(s.text.text for s in chinese))
        glued = len(chinese) == 1 and is_unseparated_terms(chinese[0].text.text)
        if glued:
            msg = (f"the Chinese keywords ({zh_where}) are run together without separators: {listed}; the English "
                   f"keywords ({lines}) have no Chinese item of their own: {english}")
        else:
            msg = (f"{n} English keyword{'s' if n > 1 else ''} ({lines}) {'have' if n > 1 else 'has'} no Chinese "
                   f"keyword: {english} (the Chinese keyword line, {zh_where}, lists {len(chinese)}: {listed})")
        missing = "zh-keyword-items"
    return Finding(UNTRANSLATED.id, UNTRANSLATED.severity, msg, where, "en", sentences[0].text.text,
                   related=related, data=(("count", n), ("missing", missing), ("sentences", _listing(sentences))))


def _span(sentences: list[Sentence]) -> tuple[Location, str]:
    """The location from the first sentence to the end of the last, and its lines in words ("lines 3-5")."""
    first, last = sentences[0].location, sentences[-1].location
    where = first.through(last)
    return where, span_words(where.path, where.line, where.end_line)


def _listing(sentences: list[Sentence]) -> list[dict[str, Any]]:
    """The sentences as a finding's data lists them: line, column and text of each."""
    return [{"line": s.location.line, "column": s.location.column, "text": s.text.text} for s in sentences]


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
        data = (("beside", _listing(english)),)
    if len(sentences) < GROUP_MIN:
        for s in sentences:
            yield Finding(UNTRANSLATED.id, UNTRANSLATED.severity, f"no English for: {clipped(s.text.text)}{note}",
                          s.location, "zh", s.text.text, related=related, data=data)
        return
    where, lines = _span(sentences)
    n = len(sentences)
    head = sentences[0].text.text if sentences[0].role is Role.HEADING else ""
    keywords = sentences[0].role is Role.KEYWORDS
    msg = (f"section '{head}' ({lines}, {n} sentences) has no English counterpart" if head else
           f"the {n} Chinese keywords ({lines}) have no English keywords: "
           f"{clipped(', '.join(s.text.text for s in sentences))}" if keywords else
           f"{n} sentences in a row ({lines}) have no English counterpart: {clipped(sentences[0].text.text, 60)}")
    data = data + (("count", n), ("sentences", _listing(sentences))) + ((("heading", head),) if head else ())
    yield Finding(UNTRANSLATED.id, UNTRANSLATED.severity, msg + note, where, "zh", sentences[0].text.text,
                  related=related, data=data)


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands inside a pair of brackets after some Latin text, with nothing Latin beside it
    inside them: "secretome (分泌组)", and the several forms of one gloss, "Wuhan pneumonia" (武汉(漢)肺炎/武肺)."""
    a = _enclosing(text, start - 1, -1, _OPEN, _CLOSE)
    b = _enclosing(text, end, 1, _CLOSE, _OPEN)
    if a is None or b is None:
        return False
    return bool(re.search(r"[A-Za-z]", text[:a]))


def _enclosing(text: str, i: int, step: int, bracket: str, nested: str) -> int | None:
    """The index of the bracket that encloses position `i`, scanning from it by `step` (-1: back to the opening
    `bracket`, skipping pairs closed by `nested`; 1: on to the closing one); None at Latin letters or digits on the
    way, or at the text's edge."""
    depth = 0
    while 0 <= i < len(text):
        ch = text[i]
        if ch in nested:
            depth += 1
        elif ch in bracket:
            if depth == 0:
                return i
            depth -= 1
        elif ch.isascii() and ch.isalnum():
            return None
        i += step
    return None


_LABELLED = re.compile(r"(?<![A-Za-z])(?:in\s+)?(?:(?:simplified|traditional)\s+)?(?:Chinese|Mandarin|Cantonese)"
                       r"\s*[:：]?\s*[\"'“‘]?$", re.I)
"""A language label right before a Chinese run in English ("Huo-Yan" (Chinese: 火眼, or "Fire Eye" in English)):
the English cites the original on purpose, as it does in brackets."""


def _labelled(text: str, start: int) -> bool:
    """True if the Chinese run at `start` is introduced by a language label ("Chinese: 火眼", "in Mandarin 武肺")."""
    return bool(_LABELLED.search(text, max(0, start - 40), start))


def han_in_english(s: Sentence, options: Options, related: Location | None = None) -> Iterator[Finding]:
    """Chinese runs left in an English sentence (an allowed "secretome (分泌组)" or "(Chinese: 火眼, ...)" is
    skipped)."""
    text = s.text.text
    runs = [m for m in _HAN_RUN.finditer(text)
            if not (options.allow_original_in_parentheses
                    and (_in_parentheses(text, m.start(), m.end()) or _labelled(text, m.start())))]
    if runs:
        yield _left(s, runs, "Chinese left in the English", "en", related)


MAX_RUNS_SHOWN = 3
"""Runs quoted in the message of a sentence that leaves several in the other language; the rest are counted."""


def _left(s: Sentence, runs: list[re.Match[str]], what: str, lang: str, related: Location | None) -> Finding:
    """One finding for the runs of one sentence left in the other language (one defect, one finding: a segment
    pasted untranslated is not reported once per run), at the first run, quoting the first MAX_RUNS_SHOWN."""
    quoted = ", ".join(f'"{clipped(m.group(0))}"' for m in runs[:MAX_RUNS_SHOWN])
    more = f" and {len(runs) - MAX_RUNS_SHOWN} more" if len(runs) > MAX_RUNS_SHOWN else ""
    data = (("runs", [{"column": s.text.location(m.start(), m.end()).column, "text": m.group(0)} for m in runs]),) \
        if len(runs) > 1 else ()
    first = runs[0]
    return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, f"{what}: {quoted}{more}",
                   s.text.location(first.start(), first.end()), lang, s.text.text, related=related, data=data)


def _ordinary(word: str) -> bool:
    """A word that reads as running English: not an acronym, symbol, gene or formula (MSC, iPSC, CD34, IL-6)."""
    core = word.strip("'’-")
    if len(core) < 2 or any(c.isdigit() for c in core):
        return False
    return core[1:].islower()


def latin_in_chinese(s: Sentence, options: Options, related: Location | None = None,
                     code_words: frozenset[str] = frozenset(), english: list[str] | None = None) -> Iterator[Finding]:
    """Long runs of ordinary English words left in a Chinese sentence; `code_words`, the words of the page's code
    blocks (`code_words`), name what a list of single words may list; `english`, the texts of the aligned English
    sentences, show which runs the source cites as literals (`kept_literals`) and which messages it quotes
    (`quoted_message`)."""
    beside = english or []
    joined = " ".join(beside)  # quoted_message reads the aligned English as one text
    if not _LETTER.search(s.text.text):
        return  # every run starts with a letter (and the URL pattern would try each character of the sentence)
    if not HAN_RUN_RE.search(s.text.text) and in_block_quotation(s):
        return  # an English passage in a LaTeX quote environment: quoted in its own language (a prompt, a motto);
        # a Chinese sentence quoted there keeps its run checks (实验结果主要取决于 the quality of training data)
    text = _URL.sub(lambda m: " " * len(m.group(0)), s.text.text)
    runs: list[re.Match[str]] = []
    for m in _LATIN_RUN.finditer(text):
        words = [w for tok in m.group(0).split() if not _JOINED.search(tok) for w in _LATIN_WORD.findall(tok)]
        ordinary = sum(_ordinary(w) for w in words)
        if ordinary < MIN_LATIN_WORDS:
            continue
        if glossed_after(text, m.end(), m.group(0), ordinary):
            continue  # Group similar messages in console（对相似日志进行分组）: a UI label as shown, then rendered
        if quoted_beside(m.group(0), beside):
            continue  # 提示：Startup tracing is not enabled: the message the English cites in quotation marks
        if keyword_list(m.group(0), beside):
            continue  # content-box / padding-box / border-box: CSS keywords, written alike on both pages
        if _inside_brackets(text, m.start()):
            continue  # 纽约心脏学会（New York Heart Association，NYHA）: the original name glossed in brackets
        if _inside_quotes(text, m.start()):
            continue  # 出现 "failed to fetch data" 的错误: an error message or UI string quoted as it reads;
            # 发表于《Journal of Thoracic Oncology》: a title kept in its language inside title marks
        if quoted_message(text, m.start(), m.end(), joined):
            continue  # 编译报错: type not registered yet?: the program's message, quoted as it prints it
        if _species_name(words):
            continue  # 秋茄Kandelia obovata Sheue, Liu: a scientific name with its authors, written in Latin by rule
        if _name_or_title(words):
            continue  # no all-lowercase word: a name (Toyota Human Support Robot) or names (Ipe, Inkscape, jPicEdt);
            # lower-case name particles only: a surname (Fernandez de la Vega, van der Waals, Ludwig van Beethoven);
            # title case: a company's or a work's name (Physics of Acoustic Company, Guardians of the Galaxy)
        if _one_word_items(m.group(0), code_words):
            continue  # 配置文件包括几个部分：env, source, transform, sink: the sections of the config shown above
        if _named_items(m.group(0)):
            continue  # 我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec 中的模型: packages
        if _word_forms(m.group(0)):
            continue  # 关键词包括：close, closes, closed, fix, fixes, fixed: words cited with their inflections
        if _expands_acronym(m.group(0), text):
            continue  # STRING，即 Search Tool for the Retrieval of ...: what the acronym stands for
        if option_values(m.group(0), text[:m.start()]):
            continue  # 例如： long, default, ISO8601, yyyy-MM-dd HH:mm:ss: the values an option takes, typed as written
        if _COMMAND_LINE.match(m.group(0)):
            continue  # 安装命令为 python3.10 -m pip install paddlepaddle: a command typed as it is, not English
        runs.append(m)
    if runs:
        yield _left(s, runs, "English left in the Chinese", "zh", related)


_ACRONYM = LazyPattern(r"(?<![A-Za-z])[A-Z][A-Z0-9]{2,9}(?![A-Za-z])")


_NAME_PARTICLES = frozenset("de la le du des di da del della van von der den dos das".split())
"""Lower-case particles of Western personal names (nobiliary and family-name particles): a run whose only lower-case
words are these, starting with a capital, is a name (Fernandez de la Vega), not English prose."""
_TITLE_MINOR = frozenset("a an the and or nor but for of in on at to by with from as via vs".split())
"""The words English title case leaves in lower case (articles, coordinating conjunctions, short prepositions)."""


_COMMAND_LINE = LazyPattern(r"[a-z][\w.\-]*(?:[ \t]+[\w.\-/=]+)*?[ \t]+--?[A-Za-z][\w\-]*(?=[ \t]|$)")
"""A command line: a program's name in lower case, then words and an option (`-m`, `--user`) standing on its own:
python3.10 -m pip install paddlepaddle, written in Chinese prose without a code span. English prose writes no
option; a dash it writes joins words (well-known) or stands between spaces."""


def _name_or_title(words: list[str]) -> bool:
    """Whether a Latin run's words are a name, not English prose: it starts with a capital and its only lower-case
    words are name particles (Fernandez de la Vega), or it is in title case, its last word capitalised too and its
    only lower-case words the minor words title case keeps low (Physics of Acoustic Company, Guardians of the Galaxy,
    Math and Reasoning Prompt): the name of a company, a work or a product, which Chinese text keeps as it is. A
    sentence left in English has lower-case content words (the robot used in our lab)."""
    if not words or words[0].islower():
        return False
    lower = [w for w in words if w.islower()]
    if all(w in _NAME_PARTICLES for w in lower):
        return True
    return not words[-1].islower() and all(w in _TITLE_MINOR or w in _NAME_PARTICLES for w in lower)


def _one_word_items(run: str, code_words: frozenset[str]) -> bool:
    """Whether a Latin run is a list of single words separated by commas or semicolons, each a word of the page's
    code (env, source, transform, sink: the sections of the config file the page shows): names of sections, keys
    or options, not English left untranslated. A list of words no code writes (a program's search keywords
    calculation;arithmetic left in English) stays reported."""
    items = list_items(run)
    return len(items) > 1 and all(_LATIN_WORD.fullmatch(item) and item in code_words for item in items)


NAMED_ITEMS_MIN = 3
"""Fewest items of a list of single words before it may be a list of names (`_named_items`)."""


def _named_items(run: str) -> bool:
    """Whether a Latin run is a list of NAMED_ITEMS_MIN or more single words separated by commas or semicolons, at
    least half of them words no dictionary has (`presence.kept_name` by the lexicon: torchvision, diffusers,
    torchaudio beside timm and transformers): the names of packages, tools or modules, which a Chinese sentence
    lists as written (gc56 A1, colossalai lazy_init). A list of dictionary words (calculation;arithmetic, env,
    source, transform, sink without the code that names them) is English left untranslated and stays reported."""
    items = list_items(run)
    if len(items) < NAMED_ITEMS_MIN or not all(_LATIN_WORD.fullmatch(item) for item in items):
        return False
    lexicon = en2zh()
    return 2 * sum(kept_name(item, lexicon) for item in items) >= len(items)


_INFLECTIONS = ("s", "es", "d", "ed", "ing")
"""English inflectional endings: what a word's listed forms add to it (close, closes, closed)."""


def _word_forms(run: str) -> bool:
    """Whether a Latin run is a list of three or more single lower-case words separated by commas or semicolons, each
    of which is another's inflected form or has one in the list (close, closes, closed, fix, fixes, fixed): a list
    of a word's forms cites the words themselves (the keywords GitHub reads, search terms), literals the reader types
    as written, not English prose left untranslated. A list of different words (calculation;arithmetic, a program's
    search keywords left in English) stays reported."""
    items = list_items(run)
    if len(items) < 3 or not all(_LATIN_WORD.fullmatch(item) and item.islower() for item in items):
        return False
    forms = set(items)
    return all(any(w + end in forms or w.endswith(end) and w[:-len(end)] in forms for end in _INFLECTIONS)
               for w in items)


_CODE_WORD = re.compile(r"[A-Za-z_][\w\-]*")


def code_words(blocks: Iterable[Block]) -> dict[str, frozenset[str]]:
    """Per file (its path), the words of the code blocks between its blocks (`Part.code`, `Part.code_after`)."""
    out: dict[str, set[str]] = {}
    for b in blocks:
        if b.part is not None and (b.part.code or b.part.code_after):
            out.setdefault(b.location.path, set()).update(_CODE_WORD.findall(b.part.code + "\n" + b.part.code_after))
    return {path: frozenset(words) for path, words in out.items()}


def _expands_acronym(run: str, text: str) -> bool:
    """True when `run` spells out an acronym of three or more letters that `text` uses (BTFG: Balanced Triadic
    Factor Graph Model): the run begins with the acronym's first letter and holds its letters in order, each
    later than the last (Schwartz & Hearst's test for an abbreviation's long form)."""
    for acronym in set(_ACRONYM.findall(text)):
        if acronym in run or run[0].upper() != acronym[0]:
            continue
        j = len(run)
        for i in range(len(acronym) - 1, 0, -1):
            j = run.lower().rfind(acronym[i].lower(), 1, j)
            if j < 0:
                break
        else:
            return True
    return False


def _inside_brackets(text: str, start: int) -> bool:
    """True when an opening bracket before `start` is still open there (Chinese text glossing a name)."""
    depth = 0
    for ch in reversed(text[:start]):
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            if depth == 0:
                return True
            depth -= 1
    return False


def _inside_quotes(text: str, start: int) -> bool:
    """True when a quotation mark before `start` is still open there ("…", “…”, 「…」, 『…』)."""
    before = text[:start]
    if before.count('"') % 2:
        return True
    return any(before.rfind(a) > before.rfind(b) for a, b in ("“”", "「」", "『』", "《》", "〈〉"))


_AUTHORITY_WORDS = frozenset({"et", "al", "ex", "in", "and", "var", "subsp", "ssp", "f", "emend", "nom", "nov", "sp"})
"""Lower-case words of a botanical or zoological authority and rank (Sheue et al., ex, var., subsp.)."""


def _species_name(words: list[str]) -> bool:
    """Latin words that form a scientific name (Kandelia obovata, a capitalised genus and a lower-case epithet)
    followed only by its authority (Sheue, Liu; L.; Ruiz & Pav.): names, not English prose left untranslated.
    An epithet is never an English function word (Journal of Thoracic Oncology is no species)."""
    if len(words) < 2 or not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    epithet, rest = words[1], words[2:]
    if not epithet.isalpha() or not epithet.islower() or len(epithet) < 3 or epithet in STOP_EN:
        return False
    return all(w[:1].isupper() or w.lower() in _AUTHORITY_WORDS for w in rest)


_FRONT = frozenset({Role.TITLE, Role.ABSTRACT, Role.KEYWORDS})
"""Front matter the Chinese side must give in Chinese: an English copy there is reported even as names."""


_KEPT_CONNECTIVES = frozenset({"vs"})
"""Lower-case Latin words Chinese text writes as they are between names: "vs." (RocketMQ vs. ActiveMQ vs. Kafka,
a comparison heading the Chinese page keeps letter for letter), no word of English prose."""


def _reads_as_text(sentences: list[Sentence], parts: "_Parts") -> bool:
    """Front matter, Chinese, or Latin prose (at least one lower-case word). A line of proper names the same in
    both languages in a page's body (ClearML | Neptune | Weights & Biases) is not a copy left untranslated."""
    if any(s.role in _FRONT for s in sentences):
        return True
    text = " ".join(s.text.text for s in sentences)
    if _HAN_RUN.search(text):
        return True
    words = re.findall(r"[A-Za-z]{2,}", text)
    if not any(w.islower() and w not in _KEPT_CONNECTIVES for w in words):
        return False  # names only: ClearML | Neptune; RocketMQ vs. ActiveMQ vs. Kafka
    if _BUILD_DIRECTIVES.fullmatch(text.strip()):
        return False  # `{{ autodoc:colossalai.nn.optimizer.X }}`: the docs build fills it in, a line of code
    if parts.kind(sentences[0]) == "heading" and _OPTION_HEADING.fullmatch(text.strip()):
        return False  # `### common options [string]`: written like the option-name headings beside it
    if parts.kind(sentences[0]) == "heading" and _ERROR_HEADING.search(text):
        return False  # `### ModuleNotFoundError: No module named 'x'`: the error an FAQ entry is about, quoted
    # a list item or a table cell is a copy by design (commit-message examples "fix(Button): incorrect style",
    # quoted issue titles, type signatures) unless it is a sentence of prose with its final stop, or a cell of
    # prose in a column the Chinese table translates elsewhere
    if parts.kind(sentences[0]) not in _COPY_KINDS or len(words) >= 3 and bool(_SENTENCE_END.search(text)):
        return True
    return len(sentences) == 1 and _prose_cell(sentences[0], parts)


def _prose_cell(s: Sentence, parts: "_Parts") -> bool:
    """A table cell left in English in a column the Chinese page translates: not the header row nor the key
    column (names and identifiers both tables keep), another body cell of its column has Chinese (a column left
    in English throughout a table the Chinese page translates is the project's choice, whatever its header says),
    and the cell reads as prose: three or more plain words, one an English function word (Order in which the
    plugin runs), not a value (last 2 versions, array[string]). In a table with no Chinese at all, header row
    included, the page left the whole table untranslated: its cells of prose are reported
    (`_english_table_prose`), except in a column of values or literals (`_LITERAL_HEADER`: Type, Default, Message)."""
    part = parts.part(s)
    if part is None or part.kind != "cell" or part.row < 1 or part.column < 1:
        return False
    if parts.english_table(s, part):
        return not parts.literal_column(s, part) and _english_table_prose(s.text.text)
    if not parts.translated_column(s, part):
        return False
    words = s.text.text.split()
    plain = [w for w in words if _PLAIN.fullmatch(w)]
    return len(plain) >= 3 and len(plain) == len(words) and any(w.lower() in STOP_EN for w in plain)


def _english_table_prose(text: str) -> bool:
    """A cell of a table the Chinese page leaves in English throughout, header row included (a comparison table
    copied whole: `Supported, with async producer`), that reads as a phrase of prose: three or more words, two of
    them lower-case words of three or more letters (a translator translates those), every word holding a letter
    and none an identifier (a dotted or snake_case name, an assignment). Values and names (`Java, C++, Go`, `Not
    Supported`, `col 3 is`, `tp1 / ratio 0.8 / bs 256`, `authenticator: org.apache.auth.Standard`) stay copies."""
    tokens = _CODE_SPAN.sub(" ", text).split()
    if len(tokens) < 3 or not all(re.search(r"[A-Za-z]", t) for t in tokens):
        return False  # a value: a number or a sign stands as a word (`tp1 / ratio 0.8 / bs 256`, `$1600`)
    if any(_IDENTIFIER_TOKEN.search(t) for t in tokens):
        return False  # a value written with identifiers (`authenticator: org.apache.auth.Standard, config: {…}`)
    lower = [w for t in tokens for w in re.findall(r"[A-Za-z]+", t) if len(w) >= 3 and w.islower() and w != "etc"]
    return len(lower) >= 2


_IDENTIFIER_TOKEN = LazyPattern(r"[A-Za-z0-9]\.[A-Za-z]|\w_\w|=")
"""A dotted name (org.apache.auth), a snake_case name or an assignment inside a word: an identifier or a setting."""


_CODE_SPAN = LazyPattern(r"`[^`]*`|\S*://\S*")
"""An inline code span or a web address: code and addresses, no words of prose."""


_PLAIN = LazyPattern(r"[A-Za-z][a-z'’\-]*[,.;:]?")
"""A plain English word in a cell: letters, lower case after the first, a trailing stop or comma at most."""


_OPTION_HEADING = LazyPattern(
    r"(?i)[^\[\]]+\s\[(?:string|str|array|list|map|int|integer|long|double|float|number|bool|boolean|object|enum"
    r"|config|duration|bytes|char)(?:\[\]|<[^<>]*>)?\]")
"""A configuration reference's option heading: a name and its value type in brackets (`include_fields [array]`,
`common options [string]`). The page writes every option under such a heading, the option group's name the same
way as the option names (identifiers kept in both languages): the heading is the same in both pages by design."""


_BUILD_DIRECTIVES = LazyPattern(r"(?:\{\{\s*[A-Za-z][\w-]*\s*:\s*[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*\}\}\s*)+")
"""One or more documentation-build template directives naming a dotted identifier ({{ autodoc:colossalai.nn.optimizer
.DistributedLamb }}, colossalai's API pages; gc56 A2): the build writes the API's reference there; both pages keep the
line as it is, as they keep a line of code. A directive holding words ({{ note: Read this first }}) is text."""

_ERROR_HEADING = LazyPattern(
    r"^\W*(?:[A-Z]\w*(?:Error|Exception)(?::|$)|No module named\b"
    r"|.*\b[\w-]+\.so(?:\.\d+)*\b.*\bnot (?:found|defined)\b)")
"""A heading that quotes an error message (an FAQ entry's title is the error the reader searches for): an
exception line (`RuntimeError: …`, `ModuleNotFoundError: …`), Python's `No module named '…'`, a dynamic loader's
`… libcudart.so.11.0 not defined` / `libnccl.so.2 not found`. It is the program's text, the same in both pages."""


_COPY_KINDS = frozenset({"item", "cell"})
"""Markdown parts (`Part.kind`) whose text a page may give the same in both languages by design."""


class _Parts:
    """The Markdown part (`Block.part`) a sentence belongs to, looked up by its first character's source offset
    among the blocks of its file (blocks of one file do not overlap; they are sorted here by offset, since the
    manuscript lists a table row's key cell after the row's other cells)."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self._starts: dict[int, list[int]] = {}
        self._blocks: dict[int, list[Block]] = {}
        self._translated: set[tuple[int, int, int]] = set()  # (source, table, column) with a Chinese cell
        self._chinese_tables: set[tuple[int, int]] = set()  # (source, table) with a Chinese cell, header included
        self._worded: Counter[tuple[int, int]] = Counter()  # (source, table): header cells of plain words
        self._width: dict[tuple[int, int], int] = {}  # (source, table): its columns
        self._literal: set[tuple[int, int, int]] = set()  # (source, table, column) headed Type, Default, Message…
        self._header: dict[tuple[int, int, int], str] = {}  # (source, table, column): its header cell's text
        by_source: dict[int, list[Block]] = {}
        for b in blocks:
            if b.part is not None and len(b.text.offsets):
                by_source.setdefault(id(b.text.source), []).append(b)
                if b.part.kind == "cell":
                    table = (id(b.text.source), b.part.table)
                    self._width[table] = b.part.shape[1]
                    if b.part.row == 0:
                        self._header[(table[0], table[1], b.part.column)] = b.text.text.strip()
                    if b.part.row == 0 and _WORDED_HEADER.fullmatch(b.text.text.strip()):
                        self._worded[table] += 1
                    if b.part.row == 0 and _LITERAL_HEADER.fullmatch(b.text.text.strip()):
                        self._literal.add((*table, b.part.column))
                if b.part.kind == "cell" and _HAN_RUN.search(b.text.text):
                    self._chinese_tables.add((id(b.text.source), b.part.table))
                    if b.part.row > 0:
                        self._translated.add((id(b.text.source), b.part.table, b.part.column))
        for source, found in by_source.items():
            found.sort(key=lambda b: b.text.offsets[0])
            self._blocks[source] = found
            self._starts[source] = [b.text.offsets[0] for b in found]

    def part(self, sentence: Sentence) -> Part | None:
        """The Markdown part of the block the sentence starts in; None outside structured Markdown (plain text, a
        Markdown file without headings: no part is known there)."""
        mapped = sentence.text
        starts = self._starts.get(id(mapped.source))
        if not starts or not len(mapped.offsets):
            return None
        at = mapped.offsets[0]
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            return None
        block = self._blocks[id(mapped.source)][k]
        return block.part if at <= block.text.offsets[-1] else None

    def code_after(self, sentence: Sentence) -> str:
        """The code blocks right after the sentence (`Part.code_after`) when it ends its block, else ""."""
        mapped = sentence.text
        part = self.part(sentence)
        if part is None or not part.code_after:
            return ""
        starts = self._starts[id(mapped.source)]
        block = self._blocks[id(mapped.source)][bisect.bisect_right(starts, mapped.offsets[0]) - 1]
        return part.code_after if mapped.offsets[-1] >= block.text.offsets[-1] else ""

    def kind(self, sentence: Sentence) -> str:
        """"paragraph", "heading", "item" or "cell"; "" outside structured Markdown."""
        part = self.part(sentence)
        return part.kind if part is not None else ""

    def translated_column(self, sentence: Sentence, part: Part) -> bool:
        """Whether a body cell (not the header row) of the sentence's table column (in its file) has Chinese."""
        return (id(sentence.text.source), part.table, part.column) in self._translated

    def english_table(self, sentence: Sentence, part: Part) -> bool:
        """Whether no cell of the sentence's table (in its file), header row included, has Chinese, and most of its
        header cells are plain words (Client SDK, Message Filter): a table of words left in English, not example
        data under identifiers (c1_string, c1_boolean) whose values are the same in both pages by design."""
        table = (id(sentence.text.source), part.table)
        return table not in self._chinese_tables and 2 * self._worded[table] > self._width.get(table, 0)

    def chinese_table(self, sentence: Sentence, part: Part) -> bool:
        """Whether a cell of the sentence's table (in its file), header row included, has Chinese."""
        return (id(sentence.text.source), part.table) in self._chinese_tables

    def header(self, sentence: Sentence, part: Part) -> str:
        """The text of the header cell of the sentence's table column (in its file), "" when it has none."""
        return self._header.get((id(sentence.text.source), part.table, part.column), "")

    def literal_column(self, sentence: Sentence, part: Part) -> bool:
        """Whether the header of the sentence's table column names a value or a literal (`_LITERAL_HEADER`)."""
        return (id(sentence.text.source), part.table, part.column) in self._literal


_LITERAL_HEADER = LazyPattern(
    r"(?i)(?:(?:default|data|value|return|field|example|sample|log|error|output)\s+)?"
    r"(?:type|default|value|example|sample|message|output|log|format|syntax|signature)s?")
"""A header cell naming a column of values or literals (Type, Default Value, Example, Message, Log Message,
Output): its cells are code (`list of strings`, `map of int to duration`) or a program's text a page quotes as the
program prints it (`connection refused by server`), not prose a translator translates."""


_WORDED_HEADER = LazyPattern(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*)*")
"""A header cell of plain words (Client SDK, Ordered Message), no identifier (c1_string) or value."""


_SENTENCE_END = LazyPattern(r"[A-Za-z0-9)][.!?][\"'”’)\]]*\s*$")


def _identical(zh: list[Sentence], en: list[Sentence], parts: _Parts, english_source: bool) -> Finding | None:
    """The finding of a bead whose English is its Chinese (the sentences are both checked then), or None. It is
    on the target's side, the copy: the English unless the source is English (a CAT unit's `<target>` left as a
    copy of its English `<source>`, `--source en`)."""
    if not _reads_as_text(zh, parts):  # identifiers (foo_ca.crt, a.b.c) are not words; copies by design
        return None
    if all(dated_citation(s.text.text) for s in en):  # a listed work's title, source and date: a citation
        return None
    if numbered_reference(" ".join(s.text.text for s in en)):  # `[1] authors. title. venue, year` (the English
        return None  # cut after `et al.` and the title's stop): a reference list kept in its language
    if len(en) == 1 and statement_caption(en[0].text.text, parts.code_after(en[0])):  # `show all ttl` above the
        return None  # block that runs it: the statement's syntax, code
    if english_source:
        return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, "the Chinese is identical to the English",
                       zh[0].text.location(0, None), "zh", zh[0].text.text, related=en[0].location)
    text = " ".join(s.text.text for s in en)
    han = sum(len(run) for run in HAN_RUN_RE.findall(text))
    chinese = han > len(_LETTER.findall(text))  # mostly Han: a Chinese text the English copies
    return Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity, LEFT_IN_CHINESE if chinese else LEFT_IN_ENGLISH,
                   en[0].text.location(0, None), "en", en[0].text.text, related=zh[0].location)


LEFT_IN_ENGLISH = "left in English: the Chinese repeats the English text"
"""The message of an English sentence the Chinese gives unchanged (what is wrong: the Chinese side is to be
translated)."""
LEFT_IN_CHINESE = "left in Chinese: the English repeats the Chinese text"
"""...and of Chinese text the English gives unchanged (a target segment left as a copy of its Chinese source: the
English side is to be translated)."""


def _cell_copy(f: Finding, zh: list[Sentence], en: list[Sentence], parts: _Parts) -> CellCopy | None:
    """The copied table cell an English-side finding reports (`table_copies` groups them by column), or None when
    the English is no table cell. A copy whose Chinese is no table cell is not known to sit in a column copied
    throughout: it counts as in a translated column (kept as its own finding)."""
    part = parts.part(en[0])
    if f.lang != "en" or part is None or part.kind != "cell":
        return None
    header, zh_part = parts.header(en[0], part), parts.part(zh[0])
    if zh_part is None or zh_part.kind != "cell":
        return CellCopy(f, part, header, whole=False, translated=True)
    return CellCopy(f, part, header, whole=not parts.chinese_table(zh[0], zh_part),
                    translated=parts.translated_column(zh[0], zh_part))


def _spans(ctx: CheckContext) -> Iterator[Finding]:
    opts = ctx.options
    done: set[int] = set()  # ids of sentences already reported (untranslated or identical)
    parts = _Parts(ctx.manuscript.blocks)
    english_source = ctx.manuscript.source_lang == "en"
    english_chinese = chinese_in_english(ctx.manuscript.pairs) | english_in_chinese(ctx.manuscript.pairs)
    # `wrong-language` says it once
    demo = DemoOutput()  # a Markdown demo's rendered copy of the code block above it: the same on both pages
    code = code_words(ctx.manuscript.blocks)
    cells: list[CellCopy] = []  # copied table cells: one finding per column or table (`table_copies`)
    for pair in ctx.manuscript.pairs:
        for bead in pair.beads:
            zh = [pair.zh[i] for i in bead.zh]
            en = [pair.en[i] for i in bead.en]
            if zh and not en:
                done.update(id(s) for s in zh)  # reported as untranslated: no span finding
                continue
            if len(zh) == 1 and len(en) == 1 and parts.kind(zh[0]) == "heading" and kept_heading(zh[0], en[0]):
                done.update(id(s) for s in zh + en)
                yield Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity,
                              f'English left in the Chinese: heading "{clipped(zh[0].text.text)}" (the English '
                              "page's heading, not a name or a term the page writes in English)",
                              zh[0].text.location(0, None), "zh", zh[0].text.text, related=en[0].location)
                continue
            if zh and en and target_is_source(zh, en):  # the same text on both sides: one finding or none
                done.update(id(s) for s in zh + en)
                if id(pair) not in english_chinese and not all(demo(s) for s in zh) and (
                        f := _identical(zh, en, parts, english_source)):
                    if (cell := _cell_copy(f, zh, en, parts)) is not None:
                        cells.append(cell)
                    else:
                        yield f
                continue
            rel_zh = zh[0].location if zh else None
            rel_en = en[0].location if en else None
            for s in en:
                yield from han_in_english(s, opts, rel_zh)
            for s in zh:
                if not demo(s):
                    yield from latin_in_chinese(s, opts, rel_en, code.get(s.text.source.path, frozenset()),
                                                [e.text.text for e in en])
            done.update(id(s) for s in zh + en)
    yield from grouped(cells)
    for sec in ctx.manuscript.monolingual:
        for s in sec.sentences:
            if id(s) not in done and not demo(s):
                yield from latin_in_chinese(s, opts, code_words=code.get(s.text.source.path, frozenset()))
    for where, title, line in english_titles(ctx.manuscript):  # `::: warning Deprecated since version 2`
        yield Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity,
                      f'English left in the Chinese: container title "{clipped(title)}"', where, "zh", line)


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Findings of untranslated, extra-target and untranslated-span."""
    english_source = ctx.manuscript.source_lang == "en"
    code = CodeAnchors(ctx.manuscript.blocks, ctx.manuscript.sources)
    clauses = not english_source and structured(ctx.manuscript.blocks)
    for pair in ctx.manuscript.pairs:
        yield from _unpaired(pair, ctx.options, english_source, code)
        if clauses:
            yield from clause_unsaid.findings(pair, EXTRA_TARGET.id, EXTRA_TARGET.severity)
        if not english_source:
            yield from joined_unsaid(pair, UNTRANSLATED.id, UNTRANSLATED.severity)
    yield from _spans(ctx)


__all__ = ["RULES", "run", "han_in_english", "latin_in_chinese"]
