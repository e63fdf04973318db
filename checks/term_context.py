"""What the excuses of term-missing read beyond one candidate: the file's context (`FileContext`, built once per file)
and a bead's, seen from the side that lacks the rendering (`BeadContext`, built once per bead and side).

Each part is computed when an excuse (or term-missing itself) first asks for it and kept: most files have no
candidate finding, and most candidates are excused before the costly parts (the file's defined abbreviations, each
Chinese sentence with its bead's English, the glossary's Chinese terms by key) are needed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.presence import Evidence, masked
from zhen_qa.checks.presence_code import code_spans, code_words
from zhen_qa.checks.presence_de_split import zh_split_by_de
from zhen_qa.checks.presence_names import defined_abbreviations, zh_defined_abbreviations
from zhen_qa.checks.presence_usage import is_documentation, kept_as_usage, writes_code
from zhen_qa.checks.term_abbrev import with_term_abbreviations
from zhen_qa.checks.term_code_word import page_code_words, written_by_code
from zhen_qa.checks.term_crossing import zh_terms
from zhen_qa.checks.term_hits import Hit
from zhen_qa.checks.term_implied import Discourse
from zhen_qa.checks.term_rendered import is_disease
from zhen_qa.checks.term_sentence_moved import Near, nearby
from zhen_qa.checks.term_subject import SubjectDisease
from zhen_qa.glossary.model import Concept, Glossary
from zhen_qa.manuscript.document import Sentence


@dataclass(frozen=True, eq=False)
class FileContext:
    """One file's context for term-missing: its check context `ctx`, the `glossary` and the term matches `hits` (id
    of a sentence -> its matches), with what they imply computed on first use."""

    glossary: Glossary
    ctx: CheckContext
    hits: dict[int, list[Hit]]

    @cached_property
    def named_in_en(self) -> set[str]:
        """The concepts the English names anywhere in the file."""
        return {c for hs in self.hits.values() for h in hs if h.lang == "en" for c in h.match.concepts}

    @cached_property
    def named_in_zh(self) -> set[str]:
        """The concepts the Chinese names anywhere in the file."""
        return {c for hs in self.hits.values() for h in hs if h.lang == "zh" for c in h.match.concepts}

    @cached_property
    def named_in_han(self) -> set[str]:
        """The concepts the Chinese names in Han characters: a Latin abbreviation kept in the Chinese (ICU) is no
        Chinese name competing with a translator's own."""
        return {c for hs in self.hits.values() for h in hs if h.lang == "zh" and not h.surface.isascii()
                for c in h.match.concepts}

    @cached_property
    def sibling_concepts(self) -> dict[str, frozenset[str]]:
        """Concept id -> its sibling concepts in the glossary, one English word's noun and activity (trace and
        tracing: `term_near_concept.near_concepts`); not `near`, the beads around a sentence."""
        from zhen_qa.checks.term_near_concept import near_concepts

        return near_concepts(self.glossary)

    def named(self, lang: str) -> set[str]:
        """The concepts language `lang` names anywhere in the file."""
        return self.named_in_en if lang == "en" else self.named_in_zh

    @cached_property
    def abbrevs(self) -> dict[str, str]:
        """The abbreviations the file defines, ABBR -> full name: the Chinese's, then the English's (the English name
        wins), then those the glossary's English terms spell (`term_abbrev`)."""
        abbrevs = zh_defined_abbreviations(s.text.text for s in self.ctx.sentences("zh"))
        abbrevs.update(defined_abbreviations(s.text.text for s in self.ctx.sentences("en")))
        with_term_abbreviations(abbrevs, (s.text.text for s in self.ctx.sentences("en")),
                                lambda: self.glossary.term_keys("en"))
        return abbrevs

    @cached_property
    def discourse(self) -> Discourse:
        """What the aligned beads name on either side, in order (`term_implied`)."""
        return Discourse(self.ctx, self.hits)

    @cached_property
    def subject(self) -> SubjectDisease:
        """The subject disease of each file pair (`term_subject`)."""
        glossary = self.glossary
        return SubjectDisease(self.discourse, cache(lambda c: is_disease(glossary.concept(c))))

    @cached_property
    def zh_index(self) -> Mapping[str, list[Concept]]:
        """The glossary's Chinese terms by key (`term_crossing`)."""
        return zh_terms(self.glossary.concepts)

    @cached_property
    def near(self) -> dict[int, Near]:
        """id of each sentence of a bead with both sides -> its bead's score, the other side of the bead and of the
        beads around it (`term_sentence_moved`)."""
        return nearby(self.ctx.manuscript)

    @cached_property
    def zh_positions(self) -> dict[int, int]:
        """id of each Chinese sentence of the file -> its position among them (and in `zh_beads`)."""
        return {id(s): i for i, s in enumerate(self.ctx.sentences("zh"))}

    @cached_property
    def bead_texts(self) -> dict[str, str]:
        """The text of the file's beads by language, one bead a line (`term_same_code`: where a language names a
        code by a term elsewhere)."""
        return {"zh": "\n".join(z for z, _e in self.zh_beads), "en": "\n".join(e for _z, e in self.zh_beads)}

    @cached_property
    def english(self) -> str:
        """The file's English sentences joined by spaces: what its reader has been told (`term_overall`)."""
        return " ".join(s.text.text for s in self.ctx.sentences("en"))

    @cached_property
    def _usage(self) -> dict[str, bool]:
        return {}

    @cached_property
    def writes_code(self) -> bool:
        """Whether either file of the pair writes code (`presence_usage.writes_code`): documentation."""
        sources = {id(s.text.source): s.text.source.text for side in ("zh", "en") for s in self.ctx.sentences(side)}
        return any(writes_code(text) for text in sources.values())

    @cached_property
    def documentation(self) -> bool:
        """Whether the pair is documentation by what a manuscript does not do in passing (`presence_usage.
        is_documentation`: Markdown, no front matter, a code block or code spans in several blocks of each language);
        stricter than `writes_code`."""
        return is_documentation(self.ctx.manuscript.sources, self.ctx.manuscript.blocks)

    @cached_property
    def code_words(self) -> frozenset[str]:
        """The words of the pair's code blocks, lower-cased (`term_code_word.page_code_words`)."""
        return page_code_words(self.ctx.manuscript.blocks)

    def kept_here(self, form: str) -> bool:
        """Whether the file's Chinese keeps the English `form` as its own usage (`kept_as_usage`) or as a word the
        page's code writes (`term_code_word`: 在job配置中 beside `job.mode = "BATCH"`)."""
        return self.kept_as_usage(form) or written_by_code(form, self.code_words)

    @property
    def usage(self) -> Callable[[str], bool] | None:
        """`kept_here` where the pair is documentation (`writes_code`), else None: a manuscript without code has
        no usage of English words in its Chinese, a word kept there twice is left in English twice."""
        return self.kept_here if self.writes_code else None

    def kept_as_usage(self, form: str) -> bool:
        """Whether the file's Chinese keeps the English `form` as its own usage (`presence_usage.kept_as_usage`)."""
        key = form.lower()
        if key not in self._usage:
            self._usage[key] = kept_as_usage(key, (s.text.text for s in self.ctx.sentences("zh")))
        return self._usage[key]

    @cached_property
    def zh_beads(self) -> list[tuple[str, str]]:
        """Each Chinese sentence of the file, in order, with the English of its bead ("" for a sentence left
        unpaired): where an abbreviation may be kept, and what renders it there (`term_abbrev_kept`)."""
        home = {id(s): " ".join(e.text.text for e in en) for _p, _b, zh, en in self.ctx.aligned_beads() for s in zh}
        return [(s.text.text, home.get(id(s), "")) for s in self.ctx.sentences("zh")]


@dataclass(frozen=True, eq=False)
class BeadContext:
    """One aligned bead seen from the side that may lack a rendering: target language `tgt`, the source's matches
    `src_hits`, the target's sentences `tgt_sentences` and matches `tgt_hits`, `before`, the concepts the English
    of the bead before names (what "it" may refer to), the source's sentences `src_sentences` (those of its
    matches where not given), and `blanked`, the target's words that are no term match and no evidence either (a
    glossary word inside a fixed phrase rendering another Chinese word: `term_fixed_phrase`)."""

    tgt: str
    src_hits: list[Hit]
    tgt_hits: list[Hit]
    tgt_sentences: list[Sentence]
    before: set[str]
    src_sentences: list[Sentence] = field(default_factory=list)
    blanked: list[Hit] = field(default_factory=list)

    @cached_property
    def present(self) -> set[str]:
        """The concepts the target's matches name."""
        return {c for h in self.tgt_hits for c in h.match.concepts}

    @cached_property
    def evidence(self) -> Evidence:
        """The target text with the target's term matches and `blanked` words blanked (`checks.presence`)."""
        return Evidence(masked_text(self.tgt_sentences, self.tgt_hits + self.blanked))

    @cached_property
    def code(self) -> Evidence:
        """The target's inline code written as words (`presence_code.code_words`: a UI label, a menu path), as
        evidence of its own: text the reader sees, which the prose view holds as placeholders."""
        source = {id(h.sentence): h.sentence for h in self.src_hits}.values()
        return Evidence(code_words(self.tgt_sentences, {c for s in source for c in code_spans(s)}))

    def split_by_de(self, forms: Iterable[str]) -> bool:
        """Whether a target sentence writes a Chinese form split by 的 (`presence_de_split.zh_split_by_de`), its matches
        kept whole."""
        forms = tuple(forms)
        return any(zh_split_by_de(forms, s.text.text, [(h.match.start, h.match.end) for h in self.tgt_hits
                                                        if h.sentence is s]) for s in self.tgt_sentences)

    @cached_property
    def whole(self) -> str:
        """The target sentences' text joined by spaces, term matches kept."""
        return " ".join(s.text.text for s in self.tgt_sentences)

    @cached_property
    def source_text(self) -> str:
        """The source sentences' text joined by spaces, term matches kept."""
        sentences = self.src_sentences or list({id(h.sentence): h.sentence for h in self.src_hits}.values())
        return " ".join(s.text.text for s in sentences)


def masked_text(sentences: list[Sentence], hits: list[Hit]) -> str:
    """The sentences' text joined by spaces, with every term match blanked out (by NUL characters)."""
    return " ".join(masked(s.text.text, [h.match for h in hits if h.sentence is s]) for s in sentences)
