"""Two listed terms on one code: an object named by its code, each side naming its kind with a term of its own.

A product is named by a code (N95, FFP2, KN95) and a noun of its kind; the two languages may pick different nouns
for one object: N95 口罩 is "N95 respirators" (口罩, listed as "mask"; "respirator", listed as 呼吸器). Where a term
stands right after a code (perhaps a short modifier between: N95 过滤口罩, "N95 filtering facepiece respirators";
perhaps several codes: N95 或 FFP2 口罩, "N95 or FFP2 respirator") and the other side has a listed term of another
concept right after the same code, both name that one object: neither is missing. The other side's noun must be a
listed term: a free word after the code may be the term replaced ("N95 substance"), which stays reported. A code
the glossary lists (COVID-19, a disease name) is no product code: the noun after it is then another thing
("COVID-19 pandemic" and COVID-19 死亡病例, deaths), which `term_coded` says too.

What stands between the code and a term is a modifier of the coded noun: a function word there (在, 已, 是; "is",
"of") ends the noun phrase, and the term after it is no name of the coded object ("CRISPR/Cas9 system is not only",
Ucp2基因在小鼠, "in the mouse"). And a file whose target text names the code by the term's own listed form elsewhere
(CT55蛋白 in the next sentence) names the object by that term: another listed term after the code here (CT55物质,
"material") is the term replaced, not the other language's choice of noun.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from zhen_qa.aligner.lexicon import zh_function_word
from zhen_qa.checks.term_hits import Hit
from zhen_qa.manuscript.script import HAN

_CODE = r"[A-Za-z]+-?\d[A-Za-z0-9]*"
"""A product code: letters, then a digit (N95, FFP2, KN95)."""
ZH_GAP = 4
"""Most Han characters of a modifier between the code and a Chinese term (过滤 of N95 过滤口罩)."""
EN_GAP = 2
"""Most words of a modifier between the code and an English term ("filtering facepiece")."""
_ZH_LEAD = re.compile(rf"(?<![A-Za-z0-9-])({_CODE}(?:\s*(?:或|和|及|与|、|/)\s*{_CODE})*)\s*([{HAN}]{{0,{ZH_GAP}}})$")
_EN_LEAD = re.compile(
    rf"(?<![A-Za-z0-9-])({_CODE}(?:\s*(?:,|/|or|and)\s*{_CODE})*)\s+((?:[A-Za-z-]+\s+){{0,{EN_GAP}}})$")
EN_FUNCTION = frozenset(
    "is are was were be been being am has have had do does did not in of to for with by on at from into onto "
    "than which that who whom whose when where while as".split())
"""English words that end a coded noun phrase between the code and a term (a verb, a preposition, a relative)."""
_WHOLE = re.compile(_CODE)


def same_code(h: Hit, src_hits: Sequence[Hit], tgt_hits: Sequence[Hit],
              texts: Mapping[str, str] | None = None,
              forms: Callable[[Hit, str], Sequence[str]] | None = None) -> bool:
    """Whether the term `h` stands right after a code and a listed term of another concept stands right after the
    same code in the other language (`tgt_hits`: the other side's matches): one coded object (see the module
    docstring). `src_hits` are the source side's matches: a code the glossary lists is no product code.
    `texts` (the file's whole text by language) and `forms` (a hit's listed forms in a language) say where a language
    of the file names the code by the other language's term elsewhere (the target by `h`'s, `h`'s language by the
    other side's): that language's name for the object is that term, so the two are no choice of nouns."""
    code = _code_before(h, src_hits)
    if not code:
        return False
    src, tgt = h.lang, "zh" if h.lang == "en" else "en"
    if texts is not None and forms is not None and _names_code(texts.get(tgt, ""), code, forms(h, tgt), tgt):
        return False
    return any(not set(o.match.concepts) & set(h.match.concepts) and _code_before(o, tgt_hits) == code
               and not (texts is not None and forms is not None
                        and _names_code(texts.get(src, ""), code, forms(o, src), src))
               for o in tgt_hits)


def _names_code(text: str, code: str, forms: Sequence[str], lang: str) -> bool:
    """Whether `text` writes the code with one of the forms right after it (a short modifier allowed between)."""
    gap = rf"\s*[{HAN}]{{0,{ZH_GAP}}}?" if lang == "zh" else rf"\s+(?:[A-Za-z-]+\s+){{0,{EN_GAP}}}?"
    return any(re.search(rf"(?<![A-Za-z0-9-]){re.escape(code)}{gap}{re.escape(f)}", text, flags=re.I)
               for f in forms if f)


def _code_before(h: Hit, hits: Sequence[Hit]) -> str:
    """The first code (folded) of the codes right before a term, short modifier allowed between, or "": none there,
    or one inside a listed term's match."""
    text = h.sentence.text.text
    m = (_ZH_LEAD if h.lang == "zh" else _EN_LEAD).search(text, 0, h.match.start)
    if m is None:
        return ""
    start, end = m.start(1), m.end(1)
    if _ends_phrase(m.group(2), h.lang):
        return ""
    if any(o.sentence is h.sentence and o.match.start < end and start < o.match.end for o in hits):
        return ""
    first = _WHOLE.match(text, start)
    return first.group(0).lower() if first else ""


def _ends_phrase(gap: str, lang: str) -> bool:
    """Whether the text between a code and a term holds a function word: a `ZH_FUNCTION` character standing as a
    word of its own (not inside a dictionary word with its neighbour: 以上, 对应, 使用 are modifiers of the product),
    an English `EN_FUNCTION` word ("is", "in" end the noun phrase), or a coordinator not followed by a word referring
    back to the code (`_coordinated`: N95和外科口罩 = "N95 and surgical masks" is two objects, "N95 or equivalent
    respirators" one kind)."""
    if _coordinated(gap, lang):
        return True
    if lang == "zh":
        return zh_function_word(gap)
    return any(w.lower() in EN_FUNCTION for w in gap.split())


ZH_COORDINATORS = ("以及", "或者", "和", "与", "及", "或")
EN_COORDINATORS = frozenset({"and", "or", "nor"})
ZH_REFERS_BACK = ("同等", "以上", "以下", "类似", "相当", "相应", "对应", "同类", "更高")
EN_REFERS_BACK = frozenset({"equivalent", "better", "higher", "above", "similar", "comparable", "greater",
                            "superior", "stronger", "equal"})
"""Words after a coordinator that refer back to the code's product (N95或同等口罩, "N95 or equivalent"): one kind."""


def _coordinated(gap: str, lang: str) -> bool:
    """Whether a coordinator in the gap joins a second object of its own (外科 "surgical"), not a word referring
    back to the coded one (`ZH_REFERS_BACK`, `EN_REFERS_BACK`): review50b S10."""
    if lang == "zh":
        for c in ZH_COORDINATORS:
            at = gap.find(c)
            if at >= 0:
                return not gap[at + len(c):].startswith(ZH_REFERS_BACK)
        return False
    words = [w.lower().strip(",") for w in gap.split()]
    return any(w in EN_COORDINATORS and (i + 1 >= len(words) or words[i + 1] not in EN_REFERS_BACK)
               for i, w in enumerate(words))


