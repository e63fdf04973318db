"""An English term said again by a definite noun phrase about a concept the Chinese named just before inside a longer
word (term-missing).

`term_given` lets "Results of the meta-analysis are as follows" stand for 结果发现 when the meta-analysis is named on
both sides in the beads just before; it asks the glossary matcher, which does not match a term inside a longer word
of the segmentation: 本研究运用元分析法整合了…… ("a meta-analytic method") names 元分析 all the same, and the English
of that bead says "A meta-analysis was conducted". `given_inside` asks the same question with the concept found
leniently (`checks.presence`: a listed form as a substring of the Chinese, any listed English form) in the GIVEN_BEADS
Chinese sentences before the bead and their English. The referent is given on both sides; the Chinese leaves it to the
context. Not where the Chinese of the bead says the concept by another word of its sense (`term_sibling`), as in
`term_given`.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from zhen_qa.checks.presence import en_present, zh_present
from zhen_qa.checks.term_given import after_definite, no_sibling
from zhen_qa.checks.term_hits import Hit
from zhen_qa.glossary.model import Concept
from zhen_qa.manuscript.document import Sentence

GIVEN_BEADS = 2
"""Chinese sentences before the bead's first in which the concept counts as given (`term_implied.RADIUS` beads)."""


def given_inside(h: Hit, concepts: Sequence[Concept], zh_sentences: Sequence[Sentence],
                 zh_file: Callable[[], list[tuple[str, str]]], zh2en: Mapping[str, tuple[str, ...]],
                 en2zh: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether English hit `h` follows a definite determiner, a Chinese sentence among the GIVEN_BEADS before the
    bead's (`zh_sentences`; `zh_file`: each Chinese sentence of the file and its bead's English) has a listed Chinese
    form of the concept leniently and its English a listed English form, and the bead's Chinese has no word sharing
    a sense with a listed Chinese form."""
    if not zh_sentences or not after_definite(h):
        return False
    rows = zh_file()
    first = zh_sentences[0].text.text
    at = next((i for i, (zh, _en) in enumerate(rows) if zh == first), None)
    if at is None:
        return False
    zh_forms = [f for c in concepts for f in c.accepted("zh")]
    en_forms = [f for c in concepts for f in c.accepted("en")]
    if not any(zh_present(zh_forms, zh) and en_present(en_forms, en) for zh, en in rows[max(0, at - GIVEN_BEADS):at]):
        return False
    return no_sibling(concepts, "".join(s.text.text for s in zh_sentences), zh2en, en2zh)
