"""One excuse of term-missing (`Excuse`): a named, sided test of a candidate finding, with an example it silences."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from zhen_qa.checks.term_case import Case

Side = Literal["zh", "en", "both"]


@dataclass(frozen=True)
class Excuse:
    """One reason a candidate term-missing finding is no finding.

    `side` is the target language it is tried on ("zh": an English term lacking its Chinese; "en": a Chinese term
    lacking its English; "both"). `test` says whether it applies: True, or the word the file renders the concept by
    (a non-empty string, learned as the file's own rendering; `learns`). `example` is a case it silences."""

    name: str
    side: Side
    test: Callable[[Case], bool | str]
    example: str
    learns: bool = False

    def tried_on(self, tgt: str) -> bool:
        """Whether the excuse is tried where the target language is `tgt`."""
        return self.side == "both" or self.side == tgt

