"""A run of sentences a reordered rewrite leaves misaligned: one finding for the misalignment, not one per bead.

Where the English says a Chinese sentence further on than the alignment can reach (`aligner.crossings`: the lexicon
finds the sentence's translation in another doubtful bead, better than in its own, and that English sentence's own
Chinese translates it worse), the findings that compare the crossed sentences with their wrong partners restate
that misalignment: the Chinese sentence "has no English" or lacks a term or number its translation holds, the English
sentence that translates it "has no Chinese". They are replaced by one `alignment-doubt` finding (information)
spanning the run's Chinese, naming where the crossed sentence's English is and keeping the replaced findings' places
and messages in its data. A reviewer rejects each of them for one reason (the counterpart is elsewhere), and reading
the run as a whole is the one thing to do. An English sentence of the run that no Chinese sentence of the pair says
(`aligner.crossings.unsaid_sentences`: it shares at most a stem with each; the background an author's English adds)
is named in the message: paired with Chinese it does not translate, no other finding reports it.

A crossing from a Chinese sentence the aligner left unpaired (`aligner.crossings.amid_doubt`) counts only when it
folds that sentence's own `untranslated` finding: one naming several sentences in a row is not folded, and the run
would then say the sentence's English is elsewhere beside a finding saying it has none.

What the crossing does not explain stands: a sentence of the run no English says (the results an English abstract
leaves out), a term or number the crossed English lacks too (missing from the translation, not just from the wrong
partner), a finding that names several terms or sentences, and everything outside the runs. A well-aligned bead with
a dropped term or a changed number has no crossing (its own partner translates it best), and its finding stands.
Structured Markdown is left as it is, as `unrelated.one_defect` leaves it: its sections are paired by their headings
and rendered freely.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zhen_qa.aligner.crossings import Crossing, crossings, runs, unsaid_sentences
from zhen_qa.aligner.markdown_units import structured
from zhen_qa.checks.numbers import ALIGNMENT_DOUBT
from zhen_qa.checks.presence import en_present, zh_present
from zhen_qa.checks.unrelated import COMPARING, inside
from zhen_qa.manuscript.document import Manuscript, Pair, Sentence, written_run
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.report.findings import Finding

if TYPE_CHECKING:
    from zhen_qa.glossary.model import Glossary

_UNPAIRED = frozenset({"untranslated", "extra-target", "alignment-doubt"})
"""Rules whose claim is that a sentence has no counterpart (or a doubtful one): a crossing gives it one."""
_NUMBER = LazyPattern(r"\d+(?:\.\d+)?")


def one_misalignment(manuscript: Manuscript, findings: Sequence[Finding],
                     glossary: "Glossary | None" = None) -> list[Finding]:
    """`findings` with the comparing findings inside each misaligned run replaced by one `alignment-doubt` finding;
    the glossary's translation pairs add to the lexicon's evidence, as they add to the aligner's."""
    out = list(findings)
    if structured(manuscript.blocks):
        return out
    pairs = glossary.translation_pairs() if glossary is not None else []
    for pair in manuscript.pairs:
        if not pair.beads:
            continue
        zh_texts, en_texts = [s.text.text for s in pair.zh], [s.text.text for s in pair.en]
        found = [c for c in crossings(zh_texts, en_texts, pair.beads, pairs)
                 if _paired(pair, c.zh) or _answers_untranslated(out, pair.zh[c.zh], pair.en[c.en], glossary)]
        for lo, hi in runs(found):
            crossed = [c for c in found if lo <= c.beads[0] <= hi]
            folded = [f for f in out if any(_explained(f, pair.zh[c.zh], pair.en[c.en], glossary) for c in crossed)]
            if not folded:
                continue  # nothing reported there: the run is no finding of its own
            out = [f for f in out if f not in folded]
            beads = pair.beads[lo:hi + 1]
            zh = [pair.zh[i] for b in beads for i in b.zh]
            en = [pair.en[j] for b in beads for j in b.en]
            added = [pair.en[j] for j in unsaid_sentences(zh_texts, en_texts, pair.beads, (lo, hi), found, pairs)]
            out.append(_finding(pair, zh, en, crossed, folded, added))
    return out


def _paired(pair: Pair, i: int) -> bool:
    """Whether Chinese sentence `i` of `pair` has English in its bead."""
    return any(i in b.zh and b.en for b in pair.beads)


def _answers_untranslated(findings: Sequence[Finding], zh: Sentence, en: Sentence,
                          glossary: "Glossary | None") -> bool:
    """Whether the crossing of the unpaired Chinese sentence `zh` with `en` folds an `untranslated` finding of that
    sentence alone. A finding naming several sentences in a row is not folded (`_explained`): a crossing from one of
    them would leave it saying the sentence has no English beside the run's finding saying where its English is, so
    such a crossing does not count (review59 R2: cx10-038-d1, cx10-040-d3)."""
    return any(f.rule == "untranslated" and _explained(f, zh, en, glossary) for f in findings)


def _explained(f: Finding, zh: Sentence, en: Sentence, glossary: "Glossary | None" = None) -> bool:
    """Whether finding `f` is one the crossing of Chinese sentence `zh` with English sentence `en` explains: it lies
    in one of them and says what that sentence's counterpart shows is not missing. A sentence "without" English or
    Chinese (`untranslated`, `extra-target`) or a doubted pairing has its counterpart when that carries every number
    of it (an English aim naming the model but not the method's 93 and 369 leaves the method and results
    untranslated); a missing term or number is explained only when the counterpart holds it (an expected form of the
    term as term-missing finds one in its own bead, `_term_held`; every differing number), else it is missing from
    the translation too, and the finding stands."""
    side = {"zh": zh, "en": en}.get(f.lang)
    if side is None or f.rule not in COMPARING or not inside(f.location, [side.text.location()]) \
            or "sentences" in dict(f.data):
        return False
    other = (en if side is zh else zh).text.text
    data = dict(f.data)
    if f.rule in _UNPAIRED:  # its counterpart carries its numbers: a rendering, not a part of it (the aim
        return _held(side.text.text, other)  # without the method's sample sizes and the results)
    if f.rule == "term-missing":
        expected = data.get("expected")
        return isinstance(expected, list) and _term_held([str(e) for e in expected], other, f.lang,
                                                         _case_sensitive(glossary, data.get("concept")))
    if f.rule == "number-mismatch":
        numbers = [n.strip() for key in ("zh_numbers", "en_numbers") for n in str(data.get(key, "")).split("|")]
        held = set(_NUMBER.findall(other))
        return all(n in held for n in numbers if n) and any(numbers)
    return False


def _term_held(expected: list[str], other: str, lang: str, case_sensitive: bool) -> bool:
    """Whether the counterpart `other` holds one of a missing term's `expected` forms as the term check finds a
    rendering in its own bead (`checks.presence`): English words whole at their start, with their endings ("lab" in
    "laboratory", "exploratory behaviours"), never inside another word ("lab" in "collaborative", "RNA" in "mRNA",
    "AI" in "again": a term really dropped there stays missing); a Chinese form anywhere in the Chinese."""
    return en_present(expected, other, case_sensitive) if lang == "zh" else zh_present(expected, other)


def _case_sensitive(glossary: "Glossary | None", concept: object) -> bool:
    """Whether the glossary matches the concept's forms in their case (an acronym listed so), as term-missing does."""
    return glossary is not None and isinstance(concept, str) and glossary.concept(concept).case_sensitive


def _held(text: str, other: str) -> bool:
    """Every number `text` writes is in `other` too."""
    held = set(_NUMBER.findall(other))
    return all(n in held for n in _NUMBER.findall(text))


def _finding(pair: Pair, zh: Sequence[Sentence], en: Sequence[Sentence], crossed: Sequence[Crossing],
             folded: Sequence[Finding], added: Sequence[Sentence] = ()) -> Finding:
    """One `alignment-doubt` finding spanning the run's Chinese; the findings it stands for are kept in its data
    (`data["sentences"]`: each one's place and message, as `missing_fold` keeps them), so a tool locating a defect by
    position still finds it. The run's English sentences no Chinese sentence says (`added`,
    `aligner.crossings.unsaid_sentences`) are named in the message with their places, and listed in `data["added"]`:
    sentences paired with Chinese they do not translate, which no other finding reports."""
    first, last = zh[0].text.location(), zh[-1].text.location()
    loc = first.through(last) if first.path == last.path else first
    c = max(crossed, key=lambda x: x.shared)
    said = pair.en[c.en].text.location()
    return Finding(rule=ALIGNMENT_DOUBT.id, severity=ALIGNMENT_DOUBT.severity,
                   message=f"the English of 「{pair.zh[c.zh].text.text[:20]}…」 is at line {said.line}, column "
                           f"{said.column}, outside its bead: these {len(zh)} Chinese and "
                           f"{len(en)} English sentences are paired doubtfully (the English is written in another "
                           f"order or split otherwise); check them as a whole ({len(folded)} "
                           f"finding{'s' if len(folded) > 1 else ''} against the wrong sentence left out)"
                           f"{_added(added)}",
                   location=loc, lang="zh", excerpt=written_run(zh)[:200],
                   related=en[0].location,
                   data=(("crossings", len(crossed)), ("shared", c.shared), ("folded", len(folded)),
                         ("sentences", _places(folded)),
                         ("added", [{"line": s.text.location().line, "column": s.text.location().column,
                                     "text": s.text.text} for s in added])))


def _added(added: Sequence[Sentence]) -> str:
    """The message's clause naming the English sentences the Chinese lacks, empty when there are none."""
    if not added:
        return ""
    named = ", ".join(f"「{s.text.text[:40]}…」 (line {s.text.location().line}, column {s.text.location().column})"
                      for s in added)
    return f"; the English adds {len(added)} sentence{'s' if len(added) > 1 else ''} the Chinese lacks: {named}"


def _places(folded: Sequence[Finding]) -> list[dict[str, Any]]:
    """Each folded finding's place, rule and message."""
    return [{"line": f.location.line, "column": f.location.column, "end_line": f.location.end_line,
             "end_column": f.location.end_column, "path": f.location.path, "rule": f.rule, "message": f.message}
            for f in folded]
