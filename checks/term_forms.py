"""When two written forms of a term are one usage: an initialism and its expansion (CI, confidence interval), a
Chinese contraction (放疗 of 放射治疗), a noun and its adjective (prognosis, prognostic), a term with and without its
qualifier (凋亡, 细胞凋亡). term-inconsistent counts such forms as one style; term-missing takes an initialism of
the term for its rendering."""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable

from zhen_qa.checks.presence_derived import DERIVED_MIN
from zhen_qa.glossary.discover.abbrev import spells
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

_WORD = re.compile(r"[A-Za-z]+")
_COMPOUND = LazyPattern(r"[A-Za-z]+(?:-[A-Za-z]+)*")
"""A word or a hyphenated compound of words (First-Frame): one initial in some initialisms."""


@functools.lru_cache(maxsize=1)
def all_han() -> re.Pattern[str]:
    """Runs of Han characters (`manuscript.script.HAN_RUN_RE`: its `fullmatch` says a text is Han only)."""
    return HAN_RUN_RE


_SKIPPED = frozenset({"of", "and", "the", "in", "for", "to", "with", "on", "by", "a", "an"})
"""Words an abbreviation may leave out ("Department of Health" DH)."""


_CAPITALISED = LazyPattern(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{1,9}(?![A-Za-z0-9])")
"""A word that starts with a capital letter (an initialism has two or more: HR, PEs, HBsAg)."""


def initialism_in(forms: Iterable[str], text: str) -> bool:
    """Whether `text` writes one of the English `forms` (of two words or more) as its initialism, in the singular
    or the plural: "HR" = hazard ratio, "PEs" = pulmonary embolisms. Results sections use the common ones bare."""
    longs = [f for f in forms if " " in f.strip() or "-" in f]
    if not longs:
        return False
    for word in _CAPITALISED.findall(text):
        for short in (word, word[:-1]) if word.endswith("s") else (word,):
            if any(is_initialism(short, f) for f in longs):
                return True
    return False


def is_initialism(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long`: CI of "confidence interval", MDS of "myelodysplastic syndrome", HBsAg of
    "hepatitis B surface antigen". Every word of `long` but a function word gives its first letter, in order; a
    word may give more letters of its own after it (myelo-Dysplastic, antiGen), as biomedical abbreviations do
    (`glossary.discover.abbrev.spells`, which discovery's definitions use too). `short` is one run of letters with
    two capitals or more, its parts maybe joined by hyphens (RT-PCR of "reverse transcription polymerase chain
    reaction"); CT is not "confidence interval" (no I). Its first letter may be a lower-case initial before the
    capitals, as biomedical initialisms write a modifier's (tACS of "transcranial alternating current stimulation",
    fMRI, rTMS, mRNA); not before a mixed-case contraction (nCoV of "novel coronavirus" is a word abbreviation)."""
    words = _WORD.findall(long)
    short = short.replace("-", "")
    if len(words) < 2 or not short.isalpha() or sum(c.isupper() for c in short) < 2 \
            or not (short[0].isupper() or short[1:].isupper()):
        return False
    if spells(words, short.lower(), stop=_SKIPPED):
        return True
    # a hyphenated compound may give one initial (IFR of "Instant First-Frame Rendering"), as a word does
    compounds = _COMPOUND.findall(long)
    return len(compounds) < len(words) and len(compounds) >= 2 and spells(
        [c.replace("-", "") for c in compounds], short.lower(), stop=_SKIPPED)


_GENUS_SHORT = re.compile(r"([A-Z])\.\s*([a-z][a-z-]+)")


def is_genus_abbreviation(short: str, long: str) -> bool:
    """Whether `short` is the binomial `long` with its genus cut to the initial, as biology writes it after the first
    use: "H. pylori" of "Helicobacter pylori", "E. coli" of "Escherichia coli"."""
    m = _GENUS_SHORT.fullmatch(short.strip())
    parts = long.split()
    return m is not None and len(parts) == 2 and parts[0][0] == m.group(1) and parts[1] == m.group(2) \
        and len(parts[0]) > 1


def is_word_abbreviation(short: str, long: str) -> bool:
    """Whether `short` abbreviates the one word `long`: its letters in order, the first kept, two capitals or more
    (CoV of coronavirus). English abbreviates a long word
    the way it abbreviates a phrase (`is_initialism`) and Chinese contracts a term (`is_contraction`): the two are
    one term written long and short."""
    if not short.isalpha() or not long.isalpha() or sum(c.isupper() for c in short) < 2 \
            or len(short) >= len(long) or short[0].lower() != long[0].lower():
        return False
    rest = iter(long.lower())
    return all(ch in rest for ch in short.lower())


_CODE = re.compile(r"[A-Za-z0-9]*(?:[0-9][A-Za-z0-9]*|[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*)")
"""A component of a code name: a number, or letters with two capitals or more (SARS, 2, 229E, L1, CoV)."""

_COMPONENT = re.compile(r"[A-Za-z0-9]+")
_LAST_COMPONENT = re.compile(r"[A-Za-z0-9]+$")


def in_code_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], itself a code (`_CODE`), is a component of a hyphenated name made of codes: CoV in
    SARS-CoV-2 or MERS-CoV, PD in PD-L1. Such a name is fixed, one word of its own: the abbreviation inside it is
    no choice of the writer between the abbreviation and the spelled-out term (coronavirus)."""
    if not _CODE.fullmatch(text[start:end]):
        return False
    left = _LAST_COMPONENT.search(text, 0, start - 1) if start > 1 and text[start - 1] == "-" else None
    right = _COMPONENT.match(text, end + 1) if text[end:end + 1] == "-" else None
    return any(m is not None and bool(_CODE.fullmatch(m.group())) for m in (left, right))


def in_dotted_name(text: str, start: int, end: int) -> bool:
    """Whether the English text[start:end] is joined by a dot to a word on either side, with no space: a property
    path or file name (`output` in output.polyfill or output.target, a configuration key written in link text).
    Such a name is fixed, a name of code: no choice of the writer between the term's forms. The segment after the
    dot starts lower-case: a citation's number after a stop ("radiation therapy.12") or a sentence glued to the next
    ("therapy.The") is no path (review48b G1)."""
    before = start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_")
    after = text[end:end + 1] == "." and end + 1 < len(text) and (text[end + 1].islower() or text[end + 1] == "_")
    return text[start:end].isascii() and (before or after)


_WORD_RUN = LazyPattern(r"[A-Za-z0-9_]*")
_INNER_CAPITAL = LazyPattern(r"[a-z0-9][A-Z]")
_QUOTED = LazyPattern(r'"[^"\n]*"')
_DOTTED_PATH = LazyPattern(r"[\w\\]+\.[\w\\]+\.[\w\\]+")


def in_camel_name(text: str, start: int, end: int) -> bool:
    """Whether the English text[start:end], written without a space, stands in a word with a capital inside it: a
    name or identifier in CamelCase (TimeSeries in "# TimeSeries Large Model", CreateTimeSeries). Such a word is
    spelled as the name is, not chosen between the term's forms (timeseries / time series); the same form written
    in prose in lower case is a use of a form."""
    if " " in text[start:end] or not text[start:end].isascii():
        return False
    left = _WORD_RUN.search(text[:start][::-1])
    right = _WORD_RUN.match(text, end)
    word = (left.group()[::-1] if left else "") + text[start:end] + (right.group() if right else "")
    return bool(_INNER_CAPITAL.search(word))


def in_code_string(text: str, start: int, end: int) -> bool:
    """Whether the English text[start:end] stands inside a double-quoted string that holds a dotted path of three
    parts or more (a statement passed to code: "create timeseries root.sg.d1.status with datatype=BOOLEAN"): the
    statement's keyword, not the writer's choice between the term's forms."""
    return any(m.start() < start and end < m.end() and _DOTTED_PATH.search(m.group())
               for m in _QUOTED.finditer(text))


CLIPPING_MIN = 3
"""Fewest letters of an English clipping (`is_clipping`): flu, lab."""


def is_clipping(short: str, long: str) -> bool:
    """Whether the lower-case word `short` is the one word `long` clipped: a run of its letters kept whole, three or
    more (flu of influenza, chemo of chemotherapy, lab of laboratory). English clips a long word as Chinese
    contracts one (流感 of 流行性感冒): the same word in a shorter register, not another term. A clipping drops a
    syllable or more, three letters at least: program of programme, dialog of dialogue, analog of analogue are the
    US and UK spellings of one word, the very mixture term-inconsistent reports (review48b F1)."""
    return short.isalpha() and short.islower() and long.isalpha() and CLIPPING_MIN <= len(short) \
        and len(short) + CLIPPING_MIN <= len(long) and short in long.lower()


def is_clipped_phrase(short: str, long: str) -> bool:
    """Whether the English phrase `short` is the phrase `long` with one of its words clipped (`is_clipping`) and the
    others the same: "liver transplant" of "liver transplantation", "chemo regimen" of "chemotherapy regimen". The
    head word said shorter ("a liver transplant", "the transplantation") is the same term in a shorter register,
    as flu is of influenza, not another form. Inside a phrase only the word's end is clipped (transplant of
    transplantation, chemo of chemotherapy): "tumor marker" and "tumor biomarker" are two words, not one clipped."""
    words, longer = short.split(), long.split()
    if len(words) < 2 or len(words) != len(longer):
        return False
    differ = [(a.lower(), b.lower()) for a, b in zip(words, longer) if a.lower() != b.lower()]
    return len(differ) == 1 and is_clipping(*differ[0]) and differ[0][1].startswith(differ[0][0])


def is_contraction(short: str, long: str) -> bool:
    """Whether Chinese `short` is `long` contracted: its characters in order, the first kept (放疗 of 放射治疗).

    Chinese shortens a term by keeping some of its characters (放射治疗 -> 放疗, 总生存期 -> 总生存,
    流行性感冒 -> 流感), the way English writes an initialism: the two are one term written long and short.
    """
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0] or not all_han().fullmatch(short + long):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


_ADJECTIVE = re.compile(r"(?:ic|ical|tic|ive|al|ous|ant|ent|ary|ory)$")
"""English adjective endings (prognostic, apoptotic, mutant, inflammatory): with a noun of the same stem, another
part of speech."""


def is_adjective(word: str) -> bool:
    """Whether an English word ends as an adjective (`_ADJECTIVE`: prognostic, zoonotic, mutant)."""
    return bool(_ADJECTIVE.search(word.lower()))


def is_gerund(a: str, b: str) -> bool:
    """Whether one of two one-word English forms is the other's -ing form (nudge / nudging, screen / screening,
    stop / stopping): a verb and the noun it makes, which a sentence chooses by its grammar."""
    return _verb_and(a, b, "ing")


def is_participle(a: str, b: str) -> bool:
    """Whether one of two one-word English forms is the other's -ed form (quantize / quantized, deploy /
    deployed, submit / submitted): a verb and its participle (a quantized model), which a sentence chooses by its
    grammar, like `is_gerund`'s -ing form."""
    return _verb_and(a, b, "ed")


def _verb_and(a: str, b: str, ending: str) -> bool:
    """Whether one of two one-word English forms is the other (a verb) with `ending` ("ing", "ed"), a final e
    dropped or a final consonant doubled before it (use / used, stop / stopping)."""
    a, b = a.lower(), b.lower()
    if len(a) > len(b):
        a, b = b, a
    if " " in a + b or len(a) < DERIVED_MIN - 1 or not b.endswith(ending):
        return False
    stem = b[:-len(ending)]
    return a in (stem, stem + "e") or (len(stem) > 2 and stem[-1] == stem[-2] and a == stem[:-1])


_NOUN_OF = re.compile(r"(?:ation|ition|ion|ment|ity)$")
"""Endings that make a noun of a verb or adjective (registration, installation, migration, compatibility)."""


def is_nominalisation(a: str, b: str) -> bool:
    """Whether one of two one-word English forms is the noun the other makes with a noun ending (`_NOUN_OF`):
    register / registration, install / installation, migrate / migration, compatible / compatibility. The two
    share all but the shorter's last two letters (a final e or -er, -le), and that is DERIVED_MIN - 1 letters or
    more; the longer adds only the ending (and the -r-/-il- it carries). A verb or adjective and its noun, which
    a sentence chooses by its grammar, like `is_gerund`'s."""
    a, b = sorted((a.lower(), b.lower()), key=len)
    if " " in a + b or "-" in a + b or a == b:
        return False
    n = len(os.path.commonprefix([a, b]))
    if n < DERIVED_MIN - 1 or n < len(a) - 2 or _NOUN_OF.search(a):
        return False
    rest = b[n:]
    ending = _NOUN_OF.search(rest)
    return ending is not None and len(rest) - len(ending.group()) <= 2


def is_other_part_of_speech(a: str, b: str) -> bool:
    """Whether two one-word English forms are one term as noun and adjective: the same stem of DERIVED_MIN
    letters, only one of them ending as an adjective (prognosis / prognostic, apoptosis / apoptotic); or as a verb
    and its -ing noun (`is_gerund`), its -ed participle (`is_participle`) or another noun it makes
    (`is_nominalisation`: register / registration,
    initialize / initialization, compatible / compatibility): the sentence chooses the part of speech, no writer's
    mixture."""
    if is_gerund(a, b) or is_participle(a, b) or is_nominalisation(a, b):
        return True
    a, b = a.lower(), b.lower()
    if " " in a + b or bool(_ADJECTIVE.search(a)) == bool(_ADJECTIVE.search(b)):
        return False
    n = len(os.path.commonprefix([a, b]))
    return n >= DERIVED_MIN - 1 and n >= min(len(a), len(b)) - 3


def is_phrase_part_of_speech(a: str, b: str) -> bool:
    """Whether two English phrases of as many words are one term with one word in another part of speech
    (`is_other_part_of_speech`), the others the same: "fault-tolerant" and "fault tolerance" (a hyphen is a space),
    "lazy loaded" and "lazy loading"; two words also in the other order, a noun phrase and its verb phrase ("data
    fetching", "fetch data"), as Chinese reorders 学校关闭 and 关闭学校. The sentence chooses by its grammar, no
    writer's mixture of two names."""
    words, others = (re.split(r"[\s-]+", x.lower().strip()) for x in (a, b))
    if len(words) < 2 or len(words) != len(others):
        return False
    orders = [others] + ([others[::-1]] if len(words) == 2 else [])
    for order in orders:
        differ = [(x, y) for x, y in zip(words, order) if x != y]
        if len(differ) == 1 and is_other_part_of_speech(*differ[0]):
            return True
    return False


def is_elaboration(short: str, long: str) -> bool:
    """Whether `long` is `short` with a modifier or qualifier of its own: 细胞凋亡 of 凋亡, "diabetes mellitus" of
    "diabetes" (whole words; in Chinese a dictionary word of two characters or more). The writer says the same
    term more or less fully, not another form."""
    if len(short) >= len(long):
        return False
    if all_han().fullmatch(short + long):
        extra = long[:-len(short)] if long.endswith(short) else long[len(short):] if long.startswith(short) else ""
        return len(extra) >= 2 and _is_word(extra)  # 细胞 + 凋亡; not 细 + 胞外囊泡 (a contraction of 细胞外)
    words, longer = short.lower().split(), long.lower().split()
    n = len(words)
    return n < len(longer) and (longer[:n] == words or longer[-n:] == words)


def _is_word(text: str) -> bool:
    from zhen_qa.aligner.jieba_base import is_word  # jieba's dictionary, loaded already where the text was read

    return is_word(text)


PARTICLES = ("up", "down", "out", "off", "in", "over", "back")
"""The adverbs of phrasal verbs whose noun is written closed (start up / startup, set up / setup, back up / backup)."""
PHRASAL_BASE_MIN = 3
"""Letters the verb of a phrasal noun must have (log in / login; not a two-letter word)."""


def is_phrasal_noun(a: str, b: str) -> bool:
    """Whether one of two one-word English forms is the noun of a phrasal verb written closed and the other is that
    verb without its adverb: startup and start, setup and set, login and log. A glossary that lists the verb and
    its noun for one concept lists one term in two parts of speech; the sentence chooses ("to start the app", "the
    startup script"). The open phrase ("set up") beside the closed noun is not taken: "the set up" is the noun's
    most common misspelling, which from the two forms alone a phrasal verb cannot be told from (review55 R4)."""
    a, b = sorted((a.lower(), b.lower()), key=len, reverse=True)  # a: the closed noun
    if not (a.isalpha() and b.isalpha()) or a == b:
        return False
    return any(a == b + particle for particle in PARTICLES) and len(b) >= PHRASAL_BASE_MIN
