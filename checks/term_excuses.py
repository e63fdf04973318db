"""The excuses of term-missing: the ordered ways a source term without a listed rendering on the other side of its
bead is still rendered, left to the context, or no term at all (`Excuse`, `EXCUSES`).

A candidate finding (`term_case.Case`) is reported unless an excuse applies; the first that applies silences it
(`excuse_for`). Order is behaviour: an excuse that learns a word (the file's own rendering of the concept, which
`missing_summary` weighs) learns it only when it is the first to apply. Each excuse is tried only on its side (the
target language, the one lacking the rendering, or both).

Benchmarks can count what each excuse silences and switch excuses off (`switched`); the command line never does.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from zhen_qa.checks.term_case import Case
from zhen_qa.checks.term_excuse import Excuse
from zhen_qa.checks.term_excuses_context import CONTEXT
from zhen_qa.checks.term_excuses_forms import FORMS
from zhen_qa.checks.term_excuses_headings import HEADINGS
from zhen_qa.checks.term_excuses_kept import KEPT
from zhen_qa.checks.term_excuses_named import NAMED
from zhen_qa.checks.term_excuses_worded import WORDED

EXCUSES: tuple[Excuse, ...] = (*KEPT, *WORDED, *FORMS, *NAMED, *HEADINGS, *CONTEXT)
"""Every excuse, in the order they are tried: the groups in this order, each in its own order."""


@dataclass
class _Switch:
    """What benchmarks asked for (`switched`): the excuses switched off, and by excuse the candidates silenced."""

    off: frozenset[str]
    silenced: Counter[str] = field(default_factory=Counter)


_switch: _Switch | None = None
_TRIED = {tgt: tuple(e for e in EXCUSES if e.tried_on(tgt)) for tgt in ("zh", "en")}


def excuse_for(case: Case) -> tuple[Excuse, str] | None:
    """The first excuse that applies to the case, with the word it learns ("" for none); None: report it."""
    switch = _switch
    for excuse in _TRIED[case.tgt]:
        if switch is not None and excuse.name in switch.off:
            continue
        said = excuse.test(case)
        if said:
            if switch is not None:
                switch.silenced[excuse.name] += 1
            return excuse, said if isinstance(said, str) else ""
    return None


@contextmanager
def switched(off: Iterable[str] = ()) -> Iterator[Counter[str]]:
    """For benchmarks only: within the block the named excuses are off, and the counter yielded counts, by excuse,
    the candidate findings each was the first to silence. Unknown names are a ValueError."""
    global _switch
    names = frozenset(off)
    unknown = names - {e.name for e in EXCUSES}
    if unknown:
        raise ValueError(f"no such excuse: {', '.join(sorted(unknown))}")
    previous, _switch = _switch, _Switch(names)
    try:
        yield _switch.silenced
    finally:
        _switch = previous
