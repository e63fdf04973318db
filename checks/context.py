"""What every check receives: the aligned manuscript, the glossary and the settings."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from zhen_qa.manuscript.document import Bead, Block, Manuscript, Pair, Sentence
from zhen_qa.manuscript.script import HAN
from zhen_qa.report.findings import Finding, Rule, Scope, Severity

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.glossary.model import Glossary


@dataclass(frozen=True)
class Options:
    """House-style settings that shape what the checks report (from zhen-qa.toml)."""

    allow_original_in_parentheses: bool = True
    """Accept "secretome (分泌组)": a Chinese term in parentheses after its English rendering."""
    cjk_latin_space: bool | None = None
    """House style for spacing between Chinese and Latin text: True require, False forbid, None don't check."""
    untranslated_min_confidence: float = 0.0
    """Minimum aligner score of a 1-0 bead for `untranslated` (beads are already confident by construction)."""
    discover_terms: bool = True
    """Report forms that look like one term written several ways, without a glossary (checks.discover)."""
    discovered_severity: Severity = Severity.INFO
    """Severity of discovered `term-inconsistent` findings."""
    admitted_synonyms: bool = False
    """Report a document mixing two different words the glossary accepts for one concept (start / launch) as
    `term-inconsistent`, as it reports one term spelt two ways (plugin / plug-in) always: for a glossary that admits
    synonyms only so that they are recognised, where the house wants one of them (`admitted-synonyms`)."""
    source: str | None = None
    """The language translated from ("zh" or "en"; `--source`, `source` in zhen-qa.toml): glossary terms are checked
    from the source to the target only (`term-missing`). None: from the file when it says (a CAT file), else both
    ways, since which side is the original is not known."""


@dataclass
class CheckContext:
    """Input of one check run over one manuscript.

    `scope` is set by the engine to the roles the running module's rules apply to; `sentences` and
    `blocks` keep to it, while `manuscript.pairs` and `aligned_beads` keep every sentence (alignment is
    structure: a bead is not cut by roles).
    """

    manuscript: Manuscript
    glossary: "Glossary | None" = None
    options: Options = field(default_factory=Options)
    scope: Scope = Scope()

    def sentences(self, lang: str, scope: Scope | None = None) -> list[Sentence]:
        """Sentences of one language in file order, in this context's scope (and in `scope` if given)."""
        out = self.manuscript.sentences(lang)
        for sc in (self.scope, scope):
            if sc is not None and sc.skip:
                out = [s for s in out if sc.admits(s.role)]
        return out

    def blocks(self) -> list[Block]:
        """The manuscript's blocks in this context's scope."""
        return [b for b in self.manuscript.blocks if self.scope.admits(b.role)]

    def aligned_beads(self) -> Iterator[tuple[Pair, Bead, list[Sentence], list[Sentence]]]:
        """Beads with sentences on both sides (the precondition of number, citation and term checks).

        A bead whose English is a copy of its Chinese is left out: `untranslated-span` reports it, once.
        """
        for pair in self.manuscript.pairs:
            for bead in pair.beads:
                if bead.zh and bead.en:
                    zh, en = [pair.zh[i] for i in bead.zh], [pair.en[i] for i in bead.en]
                    if not target_is_source(zh, en):
                        yield pair, bead, zh, en

    def partners(self) -> dict[int, list[Sentence]]:
        """id of each sentence of an aligned bead (`aligned_beads`) -> the other language's sentences of its bead."""
        out: dict[int, list[Sentence]] = {}
        for _pair, _bead, zh, en in self.aligned_beads():
            for s in zh:
                out[id(s)] = en
            for s in en:
                out[id(s)] = zh
        return out

    def copied(self) -> set[int]:
        """Ids of the sentences of beads whose target is a copy of the source (one defect, one finding)."""
        out: set[int] = set()
        for pair in self.manuscript.pairs:
            for bead in pair.beads:
                zh, en = [pair.zh[i] for i in bead.zh], [pair.en[i] for i in bead.en]
                if zh and en and target_is_source(zh, en):
                    out.update(id(s) for s in zh + en)
        return out


@functools.lru_cache(maxsize=1)
def _plain_word() -> re.Pattern[str]:
    """A Latin word or a Han character, compiled on first use (only a target equal to its source asks)."""
    return re.compile(r"(?<![\w.\-/@])[A-Za-z]{2,}(?![\w.\-/@])|[" + HAN + r"]")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def target_is_source(zh: list[Sentence], en: list[Sentence]) -> bool:
    """True when the English of a bead is its Chinese copied (three words or more; identifiers are not words)."""
    src, tgt = _norm(" ".join(s.text.text for s in zh)), _norm(" ".join(s.text.text for s in en))
    return src == tgt and len(_plain_word().findall(src)) >= 3


class CheckModule(Protocol):
    """A family of checks: a tuple of rules and a function producing findings."""

    RULES: tuple[Rule, ...]

    def run(self, ctx: CheckContext) -> Iterable[Finding]:  # pragma: no cover - protocol
        """Findings of this family's rules."""
        ...

