"""One candidate term-missing finding: a source term whose concept has no listed form on the other side of its bead,
with everything the excuses of `term_excuses` read (`Case`), and the small helpers they share.

A case carries its file's context (`case.file`, `term_context.FileContext`: built once per file) and its bead's
(`case.bead`, `term_context.BeadContext`: once per bead and side); costly parts of both, and the case's own (the
source sentence with its matches blanked, whether the file's Chinese names the concept in Han characters), are
computed when an excuse first asks for them, once.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from zhen_qa.checks.presence import Evidence
from zhen_qa.checks.presence_zh import zh_key
from zhen_qa.checks.term_context import BeadContext, FileContext, masked_text
from zhen_qa.checks.term_derived import derived_said
from zhen_qa.checks.term_headed import modifier_before
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_near import edits, near_en, near_zh
from zhen_qa.checks.term_rendered import en2zh, zh2en
from zhen_qa.checks.term_sibling import suffix_swapped
from zhen_qa.checks.term_slot import replaced
from zhen_qa.checks.term_slot_zh import replaced as replaced_zh
from zhen_qa.checks.term_slot_zh import replaced_beside, replaced_in_phrase
from zhen_qa.glossary.model import Concept, Glossary

__all__ = ["BeadContext", "Case", "FileContext", "masked_text"]


@dataclass(frozen=True, eq=False)
class Case:
    """A source hit `h` whose concepts (`concepts`, a homonym's several) have none of their listed forms
    (`renderings`, in the target language) in the target sentences of its bead (`bead`), in a file (`file`).

    `glossary`, `tgt`, `evidence` and `whole` are shorthands for the file's and the bead's; an excuse reads the rest
    as `case.file.…` (named concepts, abbreviations, discourse, subject, zh_index, zh_beads) and `case.bead.…`
    (src_hits, tgt_hits, tgt_sentences, present, before)."""

    file: FileContext
    bead: BeadContext
    h: Hit
    concepts: list[Concept]
    renderings: tuple[str, ...]

    @property
    def glossary(self) -> Glossary:
        """The file's glossary."""
        return self.file.glossary

    @property
    def tgt(self) -> str:
        """The target language, the one lacking the rendering."""
        return self.bead.tgt

    @property
    def evidence(self) -> Evidence:
        """The target text with the target's term matches blanked (`checks.presence`)."""
        return self.bead.evidence

    @property
    def whole(self) -> str:
        """The target sentences' text joined by spaces, term matches kept."""
        return self.bead.whole

    @property
    def cid(self) -> str:
        """The hit's concept id."""
        return self.h.match.concept_id

    @cached_property
    def source_masked(self) -> str:
        """The hit's own sentence with every source term match blanked out."""
        return masked_text([self.h.sentence], self.bead.src_hits)

    @cached_property
    def unnamed(self) -> bool:
        """An English term whose concept the file's Chinese never writes in Han characters (an abbreviation kept in
        the Chinese, ICU beside 重症监护室, is no Chinese name)."""
        return self.tgt == "zh" and self.file.named_in_han.isdisjoint(self.h.match.concepts)

    def zh_forms(self, c: str) -> tuple[str, ...]:
        """The accepted Chinese forms of concept `c`."""
        return self.glossary.concept(c).accepted("zh")

    def en_forms(self, c: str) -> tuple[str, ...]:
        """The accepted English forms of concept `c`."""
        return self.glossary.concept(c).accepted("en")

    def accepted_forms(self, o: Hit, lang: str) -> list[str]:
        """The accepted forms in language `lang` of the concepts hit `o` matches."""
        return [f for k in o.match.concepts for f in self.glossary.concept(k).accepted(lang)]

    def slipped(self, text: str | None = None) -> bool:
        """Whether the target text (or `text`) has a listed form of the concepts with a slip (`slipped`)."""
        return slipped(self.evidence.text if text is None else text, self.concepts, self.tgt)

    def replaced_in_phrase(self) -> bool:
        """Whether an English term's Chinese has another word where the file's own phrases with the term place it
        (`term_slot_zh.replaced_in_phrase`); False for a Chinese term."""
        return self.h.lang == "en" and replaced_in_phrase(
            self.h, self.whole, [f for k in self.concepts for f in k.accepted("zh")], zh2en(),
            [z for z, _e in self.file.zh_beads])

    def replaced_beside(self, also: Sequence[str] = ()) -> bool:
        """Whether an English term's Chinese has another word where an English word right beside the term places it
        (`term_slot_zh.replaced_beside`: 肌肉物质 for "Muscle development"), none of the words `also` (a word the
        Chinese says for the term, taken as its form); False for a Chinese term."""
        return self.h.lang == "en" and replaced_beside(
            self.h, self.whole, [*(f for k in self.concepts for f in k.accepted("zh")), *also], zh2en(), en2zh())

    def replaced(self, strict: bool = False) -> bool:
        """Whether the target has another word where the source term would be: in an English target
        (`replaced_in`; `strict`, `term_slot.replaced`'s), in a Chinese one (`term_slot_zh`)."""
        if self.h.lang == "en":
            return replaced_zh(self.h, self.whole, [f for k in self.concepts for f in k.accepted("zh")], zh2en(),
                               en2zh(), [z for z, _e in self.file.zh_beads])
        bead_zh = "".join(z for z, e in self.file.zh_beads if e == self.whole) if self.h.lang == "zh" else ""
        return replaced_in(self.h, self.renderings, self.evidence.text, bead_zh, strict)


def stop_words() -> frozenset[str]:
    """The lexicon's English stop words (loaded already where the document was aligned)."""
    from zhen_qa.aligner.lexicon import STOP_EN

    return STOP_EN


def modifier(h: Hit) -> str:
    """The English word before an English term that may be its modifier (`term_headed.modifier_before`)."""
    return modifier_before(h.sentence.text.text, h.match.start, stop_words())


def outside(text: str, sibling: str, concepts: list[Concept]) -> str:
    """The Chinese text with the sibling word (`term_sibling`) blanked where it holds a listed form cut short but is
    no slip of it as a whole: 流行 inside 流行病 is that word, not 大流行 mistyped; 淋巴癌 for 淋巴瘤, one character
    off, stays to be asked."""
    forms = [zh_key(f) for c in concepts for f in c.accepted("zh")]
    if any(edits(sibling, f, 1) <= 1 for f in forms) and not suffix_swapped(sibling, forms):
        return text  # 创造性 for 创造力 is the stem with another suffix (`suffix_swapped`), blanked as a word
    return text.replace(sibling, "\0" * len(sibling))


def replaced_in(h: Hit, renderings: tuple[str, ...], text: str, bead_zh: str = "", strict: bool = False) -> bool:
    """Whether the English has another word where the Chinese term `h` would be (`term_slot`): left to the
    context, a term is left out, not replaced. `bead_zh`: the bead's whole Chinese, where it is known; `strict`:
    `term_slot.replaced`'s."""
    return h.lang == "zh" and replaced(h, text, renderings, zh2en(), en2zh(), bead_zh, strict)


def slipped(text: str, concepts: list[Concept], tgt: str) -> bool:
    """Whether the target text has a listed form of the concept with a slip (`term_near`): 临床实验 for 临床试验,
    "distant learning"; in Chinese also the English form kept with one ("ACD" for ASD)."""
    en = [f for c in concepts for f in c.accepted("en")]
    if tgt == "en":
        return near_en(text, en)
    return near_zh(text, [f for c in concepts for f in c.accepted("zh")]) or near_en(text, en)


def said_en(evidence: Evidence, present: set[str], c: Concept) -> bool:
    """Whether the English says the concept: matched (`present`), in a listed form found leniently, or derived."""
    forms = c.accepted("en")
    return c.id in present or bool(forms) and (evidence.has_en(forms, c.case_sensitive)
                                               or evidence.has_en_derived(forms) or derived_said(evidence.text, forms))


def word_of(glossary: Glossary) -> Callable[[str], bool]:
    """Whether a Chinese text is a word: the lexicon's, or a form the glossary lists (放疗, which CC-CEDICT lacks)."""
    keys, lexicon = glossary.term_keys("zh"), zh2en()
    return lambda word: word in keys or word in lexicon

