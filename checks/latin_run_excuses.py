"""The excuses of a run of English words in Chinese text that is no English left untranslated: a name or a title, a
list of code words, package names or a word's forms, an acronym's long form, a command line, a species name."""
from __future__ import annotations

import re

from zhen_qa.aligner.lexicon import STOP_EN
from zhen_qa.checks.option_values import list_items
from zhen_qa.checks.presence_kept import kept_name
from zhen_qa.checks.term_rendered import en2zh
from zhen_qa.manuscript.lazy_re import LazyPattern

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ACRONYM = LazyPattern(r"(?<![A-Za-z])[A-Z][A-Z0-9]{2,9}(?![A-Za-z])")


_NAME_PARTICLES = frozenset("de la le du des di da del della van von der den dos das".split())
"""Lower-case particles of Western personal names (nobiliary and family-name particles): a run whose only lower-case
words are these, starting with a capital, is a name (Fernandez de la Vega), not English prose."""
_TITLE_MINOR = frozenset("a an the and or nor but for of in on at to by with from as via vs".split())
"""The words English title case leaves in lower case (articles, coordinating conjunctions, short prepositions)."""


COMMAND_LINE = LazyPattern(r"[a-z][\w.\-]*(?:[ \t]+[\w.\-/=]+)*?[ \t]+--?[A-Za-z][\w\-]*(?=[ \t]|$)")
"""A command line: a program's name in lower case, then words and an option (`-m`, `--user`) standing on its own:
python3.10 -m pip install paddlepaddle, written in Chinese prose without a code span. English prose writes no
option; a dash it writes joins words (well-known) or stands between spaces."""


def name_or_title(words: list[str]) -> bool:
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


def one_word_items(run: str, code_words: frozenset[str]) -> bool:
    """Whether a Latin run is a list of single words separated by commas or semicolons, each a word of the page's
    code (env, source, transform, sink: the sections of the config file the page shows): names of sections, keys
    or options, not English left untranslated. A list of words no code writes (a program's search keywords
    calculation;arithmetic left in English) stays reported."""
    items = list_items(run)
    return len(items) > 1 and all(LATIN_WORD.fullmatch(item) and item in code_words for item in items)


NAMED_ITEMS_MIN = 3
"""Fewest items of a list of single words before it may be a list of names (`named_items`)."""


def named_items(run: str) -> bool:
    """Whether a Latin run is a list of NAMED_ITEMS_MIN or more single words separated by commas or semicolons, at
    least half of them words no dictionary has (`presence_kept.kept_name` by the lexicon: torchvision, diffusers,
    torchaudio beside timm and transformers): the names of packages, tools or modules, which a Chinese sentence
    lists as written (gc56 A1, colossalai lazy_init). A list of dictionary words (calculation;arithmetic, env,
    source, transform, sink without the code that names them) is English left untranslated and stays reported."""
    items = list_items(run)
    if len(items) < NAMED_ITEMS_MIN or not all(LATIN_WORD.fullmatch(item) for item in items):
        return False
    lexicon = en2zh()
    return 2 * sum(kept_name(item, lexicon) for item in items) >= len(items)


_INFLECTIONS = ("s", "es", "d", "ed", "ing")
"""English inflectional endings: what a word's listed forms add to it (close, closes, closed)."""


def word_forms(run: str) -> bool:
    """Whether a Latin run is a list of three or more single lower-case words separated by commas or semicolons, each
    of which is another's inflected form or has one in the list (close, closes, closed, fix, fixes, fixed): a list
    of a word's forms cites the words themselves (the keywords GitHub reads, search terms), literals the reader types
    as written, not English prose left untranslated. A list of different words (calculation;arithmetic, a program's
    search keywords left in English) stays reported."""
    items = list_items(run)
    if len(items) < 3 or not all(LATIN_WORD.fullmatch(item) and item.islower() for item in items):
        return False
    forms = set(items)
    return all(any(w + end in forms or w.endswith(end) and w[:-len(end)] in forms for end in _INFLECTIONS)
               for w in items)


def expands_acronym(run: str, text: str) -> bool:
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


_AUTHORITY_WORDS = frozenset({"et", "al", "ex", "in", "and", "var", "subsp", "ssp", "f", "emend", "nom", "nov", "sp"})
"""Lower-case words of a botanical or zoological authority and rank (Sheue et al., ex, var., subsp.)."""


def species_name(words: list[str]) -> bool:
    """Latin words that form a scientific name (Kandelia obovata, a capitalised genus and a lower-case epithet)
    followed only by its authority (Sheue, Liu; L.; Ruiz & Pav.): names, not English prose left untranslated.
    An epithet is never an English function word (Journal of Thoracic Oncology is no species)."""
    if len(words) < 2 or not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    epithet, rest = words[1], words[2:]
    if not epithet.isalpha() or not epithet.islower() or len(epithet) < 3 or epithet in STOP_EN:
        return False
    return all(w[:1].isupper() or w.lower() in _AUTHORITY_WORDS for w in rest)
