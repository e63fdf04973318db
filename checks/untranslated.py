"""Untranslated content: unpaired sentences (untranslated, extra-target) and untranslated spans."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from zhen_qa.aligner.code_anchors import CodeAnchors
from zhen_qa.aligner.markdown_units import structured
from zhen_qa.checks import bead_unsaid, clause_unsaid, code_cut, partly_unsaid
from zhen_qa.checks.container_titles import english_titles
from zhen_qa.checks.context import CheckContext, target_is_source
from zhen_qa.checks.demo_output import DemoOutput
from zhen_qa.checks.frontmatter import chinese_in_english, english_in_chinese
from zhen_qa.checks.han_in_english import han_in_english
from zhen_qa.checks.joined_unsaid import findings as joined_unsaid
from zhen_qa.checks.kept_quotation import kept_quotations
from zhen_qa.checks.latin_in_chinese import code_words, latin_in_chinese
from zhen_qa.checks.moved_passages import elsewhere
from zhen_qa.checks.quote import clipped
from zhen_qa.checks.quoted_message import copied_message
from zhen_qa.checks.sentence_parts import Parts
from zhen_qa.checks.table_copies import CellCopy, grouped
from zhen_qa.checks.untranslated_findings import EXTRA_TARGET, UNTRANSLATED, UNTRANSLATED_SPAN
from zhen_qa.checks.untranslated_headings import kept_heading
from zhen_qa.checks.untranslated_identical import cell_copy, identical
from zhen_qa.checks.untranslated_unpaired import unpaired
from zhen_qa.report.findings import Finding, Rule

RULES: tuple[Rule, ...] = (UNTRANSLATED, EXTRA_TARGET, UNTRANSLATED_SPAN)


def _spans(ctx: CheckContext) -> Iterator[Finding]:
    opts = ctx.options
    done: set[int] = set()  # ids of sentences already reported (untranslated or identical)
    parts = Parts(ctx.manuscript.blocks)
    english_source = ctx.manuscript.source_lang == "en"
    english_chinese = chinese_in_english(ctx.manuscript.pairs) | english_in_chinese(ctx.manuscript.pairs)
    # `wrong-language` says it once
    demo = DemoOutput()  # a Markdown demo's rendered copy of the code block above it: the same on both pages
    code = code_words(ctx.manuscript.blocks)
    cells: list[CellCopy] = []  # copied table cells: one finding per column or table (`table_copies`)
    for pair in ctx.manuscript.pairs:
        kept = kept_quotations(pair).zh  # an English quotation kept in the Chinese page beside its translation
        for bead in pair.beads:
            if bead.zh and all(i in kept for i in bead.zh):
                done.update(id(pair.zh[i]) for i in bead.zh)
                done.update(id(pair.en[j]) for j in bead.en)
                continue
            zh = [pair.zh[i] for i in bead.zh]
            en = [pair.en[i] for i in bead.en]
            if zh and not en:
                done.update(id(s) for s in zh)  # reported as untranslated: no span finding
                continue
            if len(zh) == 1 and len(en) == 1 and parts.kind(zh[0]) == "heading" and kept_heading(zh[0], en[0]) \
                    and not copied_message(zh, parts):  # `### rpc timeout` over `ErrRPCTimeout`: a message
                done.update(id(s) for s in zh + en)
                yield Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity,
                              f'English left in the Chinese: heading "{clipped(zh[0].text.text)}" (the English '
                              "page's heading, not a name or a term the page writes in English)",
                              zh[0].text.location(0, None), "zh", zh[0].text.text, related=en[0].location)
                continue
            if zh and en and target_is_source(zh, en):  # the same text on both sides: one finding or none
                done.update(id(s) for s in zh + en)
                if id(pair) not in english_chinese and not all(demo(s) for s in zh) and (
                        f := identical(zh, en, parts, english_source)):
                    if (cell := cell_copy(f, zh, en, parts)) is not None:
                        cells.append(cell)
                    else:
                        yield f
                continue
            rel_zh = zh[0].location if zh else None
            rel_en = en[0].location if en else None
            for s in en:
                yield from han_in_english(s, opts, rel_zh, zh)
            for i, s in zip(bead.zh, zh):
                if not demo(s) and i not in kept:
                    yield from latin_in_chinese(s, opts, rel_en, code.get(s.text.source.path, frozenset()),
                                                [e.text.text for e in en], en)
            done.update(id(s) for s in zh + en)
    yield from grouped(cells)
    for sec in ctx.manuscript.monolingual:
        for s in sec.sentences:
            if id(s) not in done and not demo(s):
                yield from latin_in_chinese(s, opts, code_words=code.get(s.text.source.path, frozenset()))
    for where, title, line in english_titles(ctx.manuscript):  # `::: warning Deprecated since version 2`
        yield Finding(UNTRANSLATED_SPAN.id, UNTRANSLATED_SPAN.severity,
                      f'English left in the Chinese: container title "{clipped(title)}"', where, "zh", line)


def _overlap(a: Finding, b: Finding) -> bool:
    """Whether two findings' spans share a character (line and column, end exclusive)."""
    x, y = a.location, b.location
    return (x.line, x.column) < (y.end_line, y.end_column) and (y.line, y.column) < (x.end_line, x.end_column)


def run(ctx: CheckContext) -> Iterable[Finding]:
    """Findings of untranslated, extra-target and untranslated-span."""
    english_source = ctx.manuscript.source_lang == "en"
    code = CodeAnchors(ctx.manuscript.blocks, ctx.manuscript.sources)
    clauses = not english_source and structured(ctx.manuscript.blocks)
    lone: list[Finding] = []  # unpaired runs of every section: a passage moved across sections is one finding
    mu = partly_unsaid.doc_ratio(ctx.manuscript.pairs) if clauses else 0.0
    for pair in ctx.manuscript.pairs:
        lone.extend(unpaired(pair, ctx.options, english_source, code))
        if clauses:
            yield from clause_unsaid.findings(pair, EXTRA_TARGET.id, EXTRA_TARGET.severity)
            yield from code_cut.findings(pair, EXTRA_TARGET.id, EXTRA_TARGET.severity)
            if not english_source:
                yield from bead_unsaid.findings(pair, UNTRANSLATED.id, UNTRANSLATED.severity)
        if not english_source:
            joined = list(joined_unsaid(pair, UNTRANSLATED.id, UNTRANSLATED.severity))
            yield from joined
            if clauses:  # one finding a stretch: a part after a joined break is named there
                yield from (f for f in partly_unsaid.findings(pair, UNTRANSLATED.id, UNTRANSLATED.severity, mu)
                            if not any(_overlap(f, g) for g in joined))
    yield from lone if english_source else elsewhere(lone)
    yield from _spans(ctx)


__all__ = ["RULES", "run"]
