"""Which accepted forms of one glossary concept compete as ways of writing one term, and which are other words.

A glossary lists several accepted forms of a concept for two reasons: to match the ways one term is written
(plugin, plug-in; optimise, optimize; WiFi, Wi-Fi) and to admit synonyms a writer may choose between (start,
launch; invocation, call; 错误处理, 异常处理). A page mixing two spellings of one term is a slip an editor unifies
whatever the glossary admits, as discovery reports it without a glossary; a page using two admitted words is
using the choice the glossary gave it (a form the writer must not use is deprecated: term-variant). Forms that
differ by inflection or part of speech (start, started, startup) are one usage already (`term_inconsistent._styles`).
"""
from __future__ import annotations

from zhen_qa.checks.term_forms import all_han
from zhen_qa.glossary.discover.en_variants import spelling_key
from zhen_qa.glossary.model import zh_key
from zhen_qa.manuscript.lazy_re import LazyPattern

_SEPARATORS = LazyPattern(r"[\s\-\u2010\u2011]+")
"""What an English term's words are written apart by: spaces and hyphens (front-end, front end, frontend)."""


def written_key(form: str) -> str:
    """One key for the spellings of one term: Chinese with width and script folded (內容, 内容); English in lower
    case, hyphens and spaces removed and British spellings made American (Life-cycle, lifecycle; optimise,
    optimize; thrift-binary, thrift binary)."""
    if not form.isascii() and not any(c.isascii() and c.isalpha() for c in form):
        return zh_key(form)
    return "".join(spelling_key(w) for w in _SEPARATORS.split(form.lower()) if w)


RESPELT_ZH_MIN = 3
"""Characters a Chinese compound must have for one character written otherwise to be a spelling of it (仪表板 /
仪表盘); in two characters one changed is another word (目录 / 条目)."""


def is_respelling(a: str, b: str) -> bool:
    """Whether two different forms are one term spelt two ways (`written_key`), or, in Chinese, one compound of
    RESPELT_ZH_MIN characters or more written with one character otherwise, the rest the same (仪表板 / 仪表盘,
    可信区间 / 置信区间, 特异度 / 特异性): the variant spellings of one word an editor unifies, not two words
    (错误处理 / 异常处理 change a word of two characters)."""
    if a == b:
        return False
    if written_key(a) == written_key(b):
        return True
    return len(a) == len(b) >= RESPELT_ZH_MIN and bool(all_han().fullmatch(a + b)) \
        and sum(x != y for x, y in zip(a, b)) == 1


def is_shortened(a: str, b: str) -> bool:
    """Whether one form is the other with a part left out inside it, not a word added at an end (which
    `term_forms.is_elaboration` counts as the same term said more fully): "local network" of "local area network"
    (whole words, in order), 胞外囊泡 of 细胞外囊泡 or 宫颈癌 of 子宫颈癌 (characters, a run of the longer). The
    one term written fuller or shorter, not two words."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return False
    if short.isascii() and long.isascii():
        words, longer = short.lower().split(), long.lower().split()
        if len(words) < 2 or len(words) >= len(longer):
            return False
        rest = iter(longer)
        return all(w in rest for w in words)
    return not short.isascii() and not long.isascii() and len(short) >= 2 and short in long


def competing(styles: list[str]) -> tuple[list[str], list[str]]:
    """The styles (forms of one language, one usage each) that are one term written two ways: respelt
    (`is_respelling`, reported whatever the counts) and shortened (`is_shortened`, reported where the preferred
    form does not lead, as any admitted form was before); styles that share no writing with another are the
    glossary's synonyms, no mixture."""
    respelt = [f for f in styles if any(is_respelling(f, g) for g in styles)]
    shortened = [f for f in styles if any(is_shortened(f, g) for g in styles)]
    return respelt, shortened
