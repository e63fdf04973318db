"""What the typography checks read: every sentence, the parts of blocks no sentence covers, and block labels.

A character is checked once: in its sentence when it has one, else in its block (checked in context, reported only
where no sentence reaches), and a passage that repeats another or copies its source is left to the findings of the
original (`untranslated-span`).
"""
from __future__ import annotations

from collections.abc import Iterator

from zhen_qa.checks.context import CheckContext
from zhen_qa.manuscript.document import Role
from zhen_qa.manuscript.source import MappedText
from zhen_qa.report.findings import Scope

OWN_TYPOGRAPHY = Scope(frozenset({Role.REFERENCE, Role.CITATION, Role.FURNITURE}))
"""Reference entries, citation metadata and page furniture keep the journal's own typography."""

Text = tuple[MappedText, str, "frozenset[int] | None"]
"""A text to check, its language, and the character indices findings may start at (None: all)."""


def typography_texts(ctx: CheckContext) -> Iterator[Text]:
    """Every sentence, then blocks where no sentence covers them, and the labels of labelled blocks."""
    covered: dict[str, bytearray] = {}  # per file, 1 where a sentence covers the character

    def mask(mt: MappedText) -> bytearray:
        m = covered.get(mt.source.path)
        if m is None:  # not setdefault: that would allocate a file-sized bytearray on every call
            m = covered[mt.source.path] = bytearray(len(mt.source.text))
        return m

    copied = ctx.copied()  # a target that copies its source is one finding (untranslated-span), not more
    for lang in ("zh", "en"):
        for s in ctx.sentences(lang):
            m, offsets = mask(s.text), s.text.offsets
            if isinstance(offsets, range) and offsets.step == 1:
                m[offsets.start:offsets.stop] = b"\x01" * len(offsets)
            else:
                for o in offsets:
                    m[o] = 1
            if id(s) not in copied:
                yield s.text, s.lang, None
    for pair in ctx.manuscript.pairs:  # a repeated passage is covered by its original's findings
        for s in (s for dup in pair.duplicates for s in dup.copy):
            m = mask(s.text)
            for o in s.text.offsets:
                m[o] = 1
    for block in ctx.blocks():
        if not block.text.text:
            continue
        mt = block.text
        m = mask(mt)
        offsets = mt.offsets  # the block's characters' mask values, read in C (most blocks are covered whole)
        here = m[offsets.start:offsets.stop] if isinstance(offsets, range) and offsets.step == 1 else \
            bytes(map(m.__getitem__, offsets))
        free = frozenset(k for k, c in enumerate(here) if not c) if 0 in here else frozenset()
        if free:
            yield mt, block.lang, free  # checked in context, reported only where sentences don't reach
        if block.label:
            start = mt.offsets[0]
            line_start = mt.source.text.rfind("\n", 0, start) + 1
            label = MappedText.span(mt.source, line_start, start)
            if label.text.strip() and not m[line_start]:
                yield label, block.lang, None
