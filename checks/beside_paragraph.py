"""The English named beside an untranslated Chinese run, taken a paragraph at a time.

An untranslated finding names the English-only sentence right beside its Chinese run (`untranslated`'s
side-by-side rule: one place for a reviewer, a stale or misplaced paragraph and the English it stands for), and that
sentence is not reported again as extra-target. A replaced paragraph has more than one English sentence
(stdout_stderr_exit_codes: the Chinese keeps an older 请注意，文件重定向作用于表达式范围… where the English now has
"Semicolons follow defined pipeline behavior. In the following example, …"): the sentence beside the Chinese was
named, its paragraph's first sentence still reported, two findings for one defect. Here the named sentence brings
the English-only sentences of its own paragraph with it. English-only sentences of other paragraphs (a section the
Chinese drops beside a stale sentence) stay reported: a paragraph break ends what one finding names.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_BREAK = LazyPattern(r"\n[ \t]*\n|```|~~~")
"""What ends a paragraph in the source between two sentences: a blank line or a code fence."""


def one_paragraph(first: Sentence, second: Sentence) -> bool:
    """Whether two consecutive sentences of one file stand in one paragraph: the same source, nothing between them
    but text without a blank line or a code fence."""
    a, b = first.text, second.text
    if a.source is not b.source or not len(a.offsets) or not len(b.offsets):
        return False
    end, start = a.offsets[-1] + 1, b.offsets[0]
    return end <= start and not _BREAK.search(a.source.text, end, start)


def with_paragraph(pair: Pair, named: Iterable[int]) -> set[int]:
    """The English-only beads `named` beside untranslated Chinese runs, each with the English-only beads next to it
    whose sentences stand in its paragraph (`one_paragraph`), on either side, up to a bead with Chinese or a break."""
    beads = pair.beads
    out: set[int] = set()

    def en_only(k: int) -> bool:
        return 0 <= k < len(beads) and bool(beads[k].en) and not beads[k].zh

    for n in named:
        out.add(n)
        for step in (-1, 1):
            k = n
            while en_only(k + step):
                nearer, further = (beads[k].en[0], beads[k + step].en[-1]) if step < 0 else (
                    beads[k].en[-1], beads[k + step].en[0])
                first, second = (pair.en[further], pair.en[nearer]) if step < 0 else (pair.en[nearer],
                                                                                        pair.en[further])
                if not one_paragraph(first, second):
                    break
                k += step
                out.add(k)
    return out
