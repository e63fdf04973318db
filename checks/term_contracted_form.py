"""An English term the Chinese says by the contraction of its four-character listed form (term-missing, English
terms): "General Time Series Database Concepts" = 时序数据库通用概念, 时间序列 listed for "time series".

Chinese contracts a four-character term made of two two-character words to the first character of each (时间序列 ->
时序, 北京大学 -> 北大), and documentation writes the contraction as the term's everyday name. Where the Chinese of the
bead writes the listed form's first and third characters together, and the lexicon glosses that contraction with
the stem of one of the English term's words (时序: "time"), the term is said, contracted. A contraction the lexicon
glosses otherwise (characters that happen to meet), a form that is not four Han characters, or a Chinese that writes
the contraction fewer times than the English says the term (one 时序 for "time series" twice: one is dropped) keeps
the finding. The excuse is tried on documentation only (`FileContext.writes_code`), where the class was seen.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from zhen_qa.aligner.lexicon import en_stems
from zhen_qa.manuscript.script import is_han

FORM_CHARS = 4
"""The length of a listed form contracted to two characters (two words of two)."""


def contraction(form: str) -> str:
    """The two-character contraction of a four-Han-character form (时间序列 -> 时序), or ""."""
    if len(form) != FORM_CHARS or not all(is_han(ch) for ch in form):
        return ""
    return form[0] + form[2]


def contracted_form_said(zh_forms: Iterable[str], en_forms: Iterable[str], zh_text: str, said: int,
                         zh2en: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether `zh_text` writes the contraction of a four-character Chinese form, glossed by `zh2en` with the stem of
    a word of an English form, at least `said` times (the times the English says the term; see the module
    docstring)."""
    wanted = {s for f in en_forms for s in en_stems(f)}
    for form in zh_forms:
        short = contraction(form)
        if short and not wanted.isdisjoint(zh2en.get(short, ())) and 0 < said <= zh_text.count(short):
            return True
    return False
