"""lookalike-char: Kangxi radicals and CJK compatibility ideographs standing for ordinary Han characters.

A PDF or a design tool's copy may write 导⼊ with the Kangxi radical ⼊ (U+2F0A) for 入 (U+5165), ⽣成 with ⽣ for 生:
the page looks right, but search, copy into other tools, spell checking and term matching do not find the word.
`manuscript.lookalike` tells which characters stand for another (NFKC maps each to one ordinary character). One
finding per line, from the first such character to the last, names each and the character it stands for; the
suggestion is that span with the ordinary characters. The input is never changed."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from zhen_qa.checks.typography_texts import Text
from zhen_qa.manuscript.lookalike import LOOKALIKE_RE, ordinary
from zhen_qa.manuscript.source import Location, MappedText
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

LOOKALIKE_CHAR = Rule(
    "lookalike-char",
    Severity.WARNING,
    "Kangxi radicals or CJK compatibility ideographs standing for ordinary Han characters (⽣成 for 生成, 导⼊ for "
    "导入): they look the same but break search, copy and term matching.",
    preconditions="characters Unicode's NFKC maps to one ordinary Han character, and the radicals-supplement forms "
                  "drawn as a whole character (⻓ for 长)",
)

_Hit = tuple[MappedText, int, Location]
"""A text, the index of a look-alike character in it, and the character's location."""


def _hits(texts: Iterable[Text]) -> Iterator[_Hit]:
    """Every look-alike character of the texts, where the text may report it."""
    for mt, _lang, keep in texts:
        for m in LOOKALIKE_RE.finditer(mt.text):
            i = m.start()
            if ordinary(mt.text[i]) is not None and (keep is None or i in keep):
                yield mt, i, mt.location(i, i + 1)


def lookalike_chars(texts: Iterable[Text]) -> Iterator[Finding]:
    """One lookalike-char finding per line holding look-alike characters."""
    texts = [t for t in texts if LOOKALIKE_RE.search(t[0].text)]  # most texts hold none: one search, in C
    lines: dict[tuple[str, int], list[tuple[_Hit, str]]] = {}
    langs: dict[int, str] = {id(mt): lang for mt, lang, _keep in texts}
    for hit in _hits(texts):
        lines.setdefault((hit[2].path, hit[2].line), []).append((hit, langs[id(hit[0])]))
    for (_path, _line), hits in sorted(lines.items()):
        hits.sort(key=lambda h: h[0][2].column)
        (mt, first, start), lang = hits[0]
        (last_mt, last, end), _lang = hits[-1]
        seen = dict.fromkeys(mt_.text[i] for (mt_, i, _loc), _l in hits)
        named = ", ".join(f"{ch} (U+{ord(ch):04X}) for {ordinary(ch)}" for ch in seen)
        plural = "s" if len(seen) > 1 else ""
        suggestion = None
        if last_mt is mt:
            span = mt.text[first:last + 1]
            suggestion = "".join(ordinary(ch) or ch for ch in span)
        yield Finding(LOOKALIKE_CHAR.id, LOOKALIKE_CHAR.severity,
                      f"look-alike character{plural} standing for ordinary Han character{plural}: {named}; "
                      "search, copy and term matching do not find the word",
                      start.through(end), "en" if lang == "en" else "zh", excerpt_around(mt.text, first, first + 1),
                      suggestion=suggestion)
