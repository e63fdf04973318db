"""Which accepted forms of one glossary concept compete as ways of writing one term, and which are other words.

A glossary lists several accepted forms of a concept for two reasons: to match the ways one term is written
(plugin, plug-in; optimise, optimize; WiFi, Wi-Fi) and to admit synonyms a writer may choose between (start,
launch; invocation, call; 错误处理, 异常处理). A page mixing two spellings of one term is a slip an editor unifies
whatever the glossary admits, as discovery reports it without a glossary; a page using two admitted words is
using the choice the glossary gave it (a form the writer must not use is deprecated: term-variant). Forms that
differ by inflection or part of speech (start, started, startup) are one usage already (`term_inconsistent._styles`).
"""
from __future__ import annotations

from collections.abc import Collection

from zhen_qa.checks.term_rendered import en2zh
from zhen_qa.glossary.discover.en_variants import PARTICLES, spelling_key
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


def is_respelling(a: str, b: str) -> bool:
    """Whether two different forms are one term spelt two ways (`written_key`): the spellings an editor unifies.
    In Chinese only width and script (內容 / 内容): a compound with one character otherwise (服务端 / 服务器, 运行时 /
    运行期, 仪表板 / 仪表盘) changes a morpheme, another word the lexicon lists, not a spelling of the same one."""
    return a != b and written_key(a) == written_key(b)


def phrasal_verb_of(a: str, b: str) -> str | None:
    """The closed or hyphenated form of the two where the other is its phrasal verb, else None: "log in" / login,
    "back up" / backup, "set up" / setup, "plug in" / plug-in. The open form, a word the lexicon lists followed by a
    particle (`en_variants.PARTICLES`), is the verb; the closed one its noun or adjective (Log in to the console; the
    login page): two parts of speech, each written as English writes it, no spelling mixture — unless the closed
    form is used as a verb too (`competing`'s `closed_verbs`: "to backup resources")."""
    for open_, closed in ((a, b), (b, a)):
        words = open_.lower().split(" ")
        if len(words) == 2 and words[1] in PARTICLES and words[0].isalpha() and " " not in closed \
                and written_key(closed) == written_key(open_) and words[0] in en2zh():
            return closed
    return None


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


def _respelt(a: str, b: str, closed_verbs: Collection[str]) -> bool:
    """`is_respelling`, a phrasal verb beside its closed noun (`phrasal_verb_of`) only where the closed form is also
    used as a verb (in `closed_verbs`): then the verb is the one word spelt two ways."""
    if not is_respelling(a, b):
        return False
    closed = phrasal_verb_of(a, b)
    return closed is None or closed in closed_verbs


def competing(styles: list[str], closed_verbs: Collection[str] = (),
              apart: Collection[str] = ()) -> tuple[list[str], list[str]]:
    """The styles (forms of one language, one usage each) that are one term written two ways: respelt
    (`is_respelling`, reported whatever the counts; a phrasal verb and its closed noun only where the closed form
    stands as a verb too, `closed_verbs`) and shortened (`is_shortened`, reported where the preferred form does not
    lead, as any admitted form was before); styles that share no writing with another are the glossary's synonyms.
    A form in `apart` renders another term on the page (`term_faced.renders_other`): no respelling of this one."""
    kept = [f for f in styles if f not in apart]
    respelt = [f for f in kept if any(_respelt(f, g, closed_verbs) for g in kept)]
    shortened = [f for f in styles if any(is_shortened(f, g) for g in styles)]
    return respelt, shortened
