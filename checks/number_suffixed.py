"""A number written with a magnitude letter on one side and a magnitude word on the other (number-mismatch): 1M 上下文
长度 = "a context length of 1 million tokens", "7B models" = 70亿参数的模型.

Technical writing glues K, M or B to a number for thousand, million or billion (1M tokens, a 7B model, 1.5K rows);
the number reader takes the digits alone (1, 7, 1.5), as it must (the letter may be a unit: 40G, 8M of memory), so
"1M" and "1 million" read as 1 and 1,000,000 and each side reports the other's number missing. They are one
number: the letter is the magnitude the other side writes as a word. A mention missing from one side is dropped only
where the other side writes digits glued to a magnitude letter (`_SUFFIXED`) whose value, the digits times the
letter's magnitude (`MAGNITUDE`), is the mention's value, endpoint by endpoint; the digits of such a glued number
are dropped where the other side holds that value. "1M" beside "2 million", or "1M" beside "1 thousand", keeps both
findings.
"""
from __future__ import annotations

from zhen_qa.aligner.number_mention import number_key
from zhen_qa.checks.number_beads import Bead, Mention
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

MAGNITUDE = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}
"""The magnitude letters of technical writing: thousand, million, billion (lower-case m and b are units: metres,
bits). Origin: gx60 (stop 60) on lmdeploy-heldout, where M and B are the only glued letters (long_context: 1M =
"1 million"; model sizes 7B, 8B, 13B, 30B, 70B, e.g. get_started, quantization/w4a16); k/K is the same notation for
thousand (128K context lengths), added by analogy, not from a measured page. B is also bytes (8B): a glued number
only ever drops a *missing* mention whose value it equals, so "8B" beside "8 bytes" (both read 8) and beside
"8 billion" give nothing, while "8B" beside "9 bytes" or "9 billion" is still reported."""

_SUFFIXED = LazyPattern(r"(?<![A-Za-z0-9_.])(\d+(?:\.\d+)?)([kKMB])(?![A-Za-z0-9])")
"""Digits glued to a magnitude letter that no other letter follows (1M, 7B, 1.5K; not 8MB, 3Mbps or 1M2)."""


def _glued(sentences: list[Sentence]) -> list[tuple[int, int, float]]:
    """(sentence id, start of the digits, value) of each number glued to a magnitude letter in `sentences`."""
    return [(id(s), m.start(1), float(m.group(1)) * MAGNITUDE[m.group(2)])
            for s in sentences for m in _SUFFIXED.finditer(s.text.text)]


def _same(a: float, b: float) -> bool:
    """Whether two values are one number as the number checks compare them (`number_key`: nine significant digits;
    1.1 * 1e6 is 1,100,000)."""
    return number_key(a) == number_key(b)


def _glued_value(m: Mention, glued: list[tuple[int, int, float]]) -> float | None:
    """The value of the glued number whose digits are mention `m`, else None."""
    s, n = m
    return next((v for sid, start, v in glued if sid == id(s) and start == n.start and not isinstance(n.value, tuple)),
                None)


def suffixed_magnitudes(b: Bead) -> None:
    """Drop the missing mentions that are one number with a glued magnitude letter on the other side (see the module
    docstring)."""
    zh_glued, en_glued = _glued(b.zh), _glued(b.en)
    if not zh_glued and not en_glued:
        return
    for glued, own_miss, other_miss in ((zh_glued, b.miss_en, b.miss_zh), (en_glued, b.miss_zh, b.miss_en)):
        if not glued:
            continue
        values = [v for _sid, _start, v in glued]
        said = [m for m in other_miss if all(any(_same(w, v) for v in values) for w in m[1].endpoints())]
        for m in said:
            other_miss.remove(m)
        other_values = [w for m in said for w in m[1].endpoints()]
        for m in list(own_miss):
            v = _glued_value(m, glued)
            if v is not None and any(_same(v, w) for w in other_values):
                own_miss.remove(m)


_VERSION_REST = LazyPattern(r"(?:\.\d+)+")
"""The groups of a dotted version after the two the number reader keeps: ".4" of "1.2.4", read as 1.2."""


def as_written(m: Mention) -> str:
    """Mention `m` as the page writes it: its digits with the magnitude letter glued to them ("128K", "70B"), so that a
    message quoting it names the magnitude the other side got wrong; a version whole ("1.2.4", which the reader
    takes as 1.2), so that it names the version the page gives, not a number the page never writes; other mentions
    as read. For messages only: which numbers differ is decided on the values read."""
    s, n = m
    text = s.text.text
    if isinstance(n.value, tuple):
        return n.text
    g = _SUFFIXED.match(text, n.start)
    if g is not None and g.end(1) == n.end:
        return n.text + g.group(2)
    rest = _VERSION_REST.match(text, n.end) if n.text == text[n.start:n.end] else None
    return n.text + rest.group() if rest is not None else n.text
