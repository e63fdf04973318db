"""Evidence from names that a concept is rendered: abbreviations a text defines and names transliterated in pinyin.

"plasma cell leukemia (PCL)" makes PCL render 白血病; 急性淋巴细胞白血病（ALL）makes ALL render it in Chinese;
升血小板胶囊 is rendered by "Sheng-Xue-Xiao-Ban Capsule". Split from `presence`, whose `Evidence` finds the forms
themselves.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.glossary.discover.abbrev import Abbreviations
from zhen_qa.glossary.model import Concept
from zhen_qa.glossary.normalize import fold_en, fold_zh
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import is_han

_NUMBERED = LazyPattern(r"([A-Za-z]{2,})-?\d{1,2}")
"""An abbreviation with a type number (IIV3, HPV16, IL-6): its letters name the family (IIV, HPV)."""


def defined_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations the English defines as "full name (ABBR)": ABBR -> full name (discover.abbrev's reading).

    A numbered abbreviation defines its family too: "trivalent inactivated influenza vaccine (IIV3)" is read
    "inactivated influenza vaccine" for IIV3, so IIV is the same name without its type.
    """
    found = Abbreviations()
    out: dict[str, str] = {}
    for text in texts:
        if "(" in text:
            for full, abbr in found.define(text):
                out.setdefault(abbr, full)
    for abbr, full in list(out.items()):
        m = _NUMBERED.fullmatch(abbr)
        if m:
            out.setdefault(m.group(1), full)
    return out


_PARENTHESISED_ABBR = re.compile(r"[（(]\s*(?:[^（）()]*?[,，;；]\s*)?([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*[)）]")
"""An abbreviation in parentheses, maybe after the English name: （ALL）, （non-small cell lung cancer, NSCLC）."""


def zh_defined_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations the Chinese defines as 全称（ABBR）: ABBR -> the run of Han characters right before it (the full
    name and maybe words before it: only its end is trusted, see `abbreviated`): 急性淋巴细胞白血病（ALL）,
    非小细胞肺癌（non-small cell lung cancer, NSCLC）; the run goes on over one or two Latin letters or digits between
    Han characters (乳腺X线摄影（MMG）: the name is not 线摄影)."""
    out: dict[str, str] = {}
    for text in texts:
        if "（" not in text and "(" not in text:
            continue
        for m in _PARENTHESISED_ABBR.finditer(text):
            end = len(text[:m.start()].rstrip())
            start = end
            while start > 0:
                if is_han(text[start - 1]):
                    start -= 1
                    continue
                inner = _INNER_LATIN.search(text, 0, start)  # X of 乳腺X线摄影, B of B超: inside the name
                if inner is None or start == end or inner.start() == 0 or not is_han(text[inner.start() - 1]):
                    break
                start = inner.start()
            if end - start >= 2:
                out.setdefault(m.group(1), text[start:end])
    return out


_INNER_LATIN = re.compile(r"[A-Za-z0-9]{1,2}$")
"""One or two Latin letters or digits inside a Chinese name, Han on both sides (乳腺X线摄影, B超, 2型糖尿病)."""
_SPACE_OR_HYPHEN = re.compile(r"[\s-]")
"""What an abbreviation written by its parts may have between them, squeezed out for the quick test."""


def abbreviated(concepts: Iterable[Concept], text: str, abbrevs: dict[str, str]) -> bool:
    """True if the text (either language) uses a defined abbreviation whose full name holds a concept.

    "30 patients diagnosed as PCL" renders 白血病 when the document defined "plasma cell leukemia (PCL)": an English
    full name holds one of the concept's English forms. "ALL" renders 白血病 when the Chinese defined
    急性淋巴细胞白血病（ALL）: a Chinese full name (`zh_defined_abbreviations`) ends with one of its Chinese forms,
    the head of the name. An abbreviation the text defines itself ("acute substance (AL)") stands for the name
    written there, not for the document's. A mixed-case abbreviation of two or more parts is written by its parts
    too, in any case, joined by a hyphen, a space or nothing (`_parts_pattern`: ZeroDP as "zero-dp").
    """
    squeezed = _SPACE_OR_HYPHEN.sub("", text).lower()  # the quick test of an abbreviation written by its parts
    if not any(a in text or a.lower() in squeezed for a in abbrevs):
        return False
    fulls = [full for abbr, full in abbrevs.items()
             if (_abbr_pattern(abbr).search(text) or _parts_pattern(abbr).search(text))
             and not _defined_here(abbr).search(text)]
    if not fulls:
        return False
    concepts = list(concepts)
    han = [full for full in fulls if any(is_han(ch) for ch in full)]  # a Chinese name, maybe with X of X线
    if any(fold_zh(full).endswith(zh_key(f)) for full in han for c in concepts for f in c.accepted("zh") if f):
        return True
    evidence = Evidence(" ; ".join(f for f in fulls if f not in han))
    return any(evidence.has_en(c.accepted("en"), c.case_sensitive) for c in concepts)


@lru_cache(maxsize=4096)
def _defined_here(abbr: str) -> re.Pattern[str]:
    """The abbreviation in parentheses, as a definition writes it: "(AL)", "（急性白血病，AL）"."""
    return re.compile(r"[(（][^()（）]*(?<![A-Za-z0-9])" + re.escape(abbr) + r"\s*[)）;；,，]")


@lru_cache(maxsize=4096)
def _abbr_pattern(abbr: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(abbr) + r"(?![A-Za-z])")


_PART = LazyPattern(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+")
"""One part of a mixed-case abbreviation: a capitalised word (Zero), a run of capitals (DP), lower case, digits."""

PART_MIN = 2
"""Fewest characters of each part of a mixed-case abbreviation written by its parts (`_parts_pattern`)."""

_NEVER = re.compile(r"(?!)")


@lru_cache(maxsize=4096)
def _parts_pattern(abbr: str) -> re.Pattern[str]:
    """A mixed-case abbreviation the Chinese defines (零冗余优化器数据并行（ZeroDP）) as the English may spell it by its
    parts: any case, a hyphen, a space or nothing between them ("zero-dp", "Zero DP"). Only an abbreviation with a
    lower-case letter and a capital after it, of two or more parts of PART_MIN characters or more: a run of capitals
    (ALL, PCL) is matched as written only, since its lower-case spelling is a word ("all")."""
    parts = _PART.findall(abbr)
    if (len(parts) < 2 or "".join(parts) != abbr or not any(ch.islower() for ch in abbr)
            or any(len(p) < PART_MIN for p in parts)):
        return _NEVER
    return re.compile(r"(?<![A-Za-z0-9])" + r"[-\s]?".join(map(re.escape, parts)) + r"(?![A-Za-z0-9])", re.I)


_LATIN_TOKEN = re.compile(r"[a-z]+")


def transliterated(term: str, text: str, readings: Mapping[str, tuple[str, ...]]) -> bool:
    """True if the English spells a Chinese term of 2+ characters in pinyin, a syllable a word or run together.

    Names of Chinese medicines and places are transliterated: 升血小板胶囊 is "Sheng-Xue-Xiao-Ban
    Capsule", so 血小板 is rendered there though "platelet" is not written. `readings`: toneless
    pinyin of single characters (`aligner.lexicon.Lexicon.readings`).
    """
    options = [readings.get(ch, ()) for ch in term]
    if len(term) < 2 or not all(options):
        return False
    tokens = _LATIN_TOKEN.findall(fold_en(text, lower=True))
    n = len(options)
    for i in range(len(tokens)):
        if i + n <= len(tokens) and all(tokens[i + k] in options[k] for k in range(n)):
            return True  # xue xiao ban, xue-xiao-ban
        if _spells(tokens[i], options):
            return True  # xuexiaoban
    return False


def _spells(word: str, options: list[tuple[str, ...]]) -> bool:
    """Whether `word` is the syllables of `options` run together, in order (one reading per character)."""
    if not options:
        return not word
    return any(word.startswith(o) and _spells(word[len(o):], options[1:]) for o in options[0])
