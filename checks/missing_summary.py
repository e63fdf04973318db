"""term-missing, summarised: one finding for a concept missing in many aligned sentences of a document.

When the same glossary concept lacks its rendering in MIN_SENTENCES or more aligned sentences of one
file, more than it has it, the entry (or the translation's way of saying it) is at fault once, not per sentence
(a translator who says 孕妇 "women" or "mothers" in seven sentences and "pregnant women" in two made one
choice): one finding at the first place, saying how many sentences and on which lines of the side that has the term
(the Chinese lines of a Chinese term), and, when the CC-CEDICT lexicon can name it, the rendering the document uses
instead ("「试验」 is rendered “trial” in 3 sentences (Chinese lines 2, 5 and 9); the glossary says “assay”").
The per-sentence findings stay in its `data`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass

from zhen_qa.checks.missing_alike import instead_rendering, rendered_alike
from zhen_qa.checks.missing_fold import fold, sentence_places
from zhen_qa.checks.missing_headings import headings_alike
from zhen_qa.report.findings import Finding
from zhen_qa.report.places import lines_words

MIN_SENTENCES = 2
"""Fewest sentences missing one concept before they are reported as one finding (when they are the majority)."""

MAX_LINES_SHOWN = 12
"""Most line numbers a summary names; the rest are counted (all are in its `data`)."""

@dataclass(frozen=True)
class Missed:
    """One per-sentence term-missing finding with what summarising needs."""

    finding: Finding
    concept: str
    source_form: str
    """The source term as listed in the glossary (the lexicon is looked up with it)."""
    source_text: str
    """The term as written in the source sentence."""
    tgt: str
    target_text: str
    renderings: tuple[str, ...]
    _: KW_ONLY  # the rest by keyword: one reordered field would silently swap a bool and a string (second59 S22)
    bead: tuple[int, ...] = ()
    """Identity of the bead (the ids of its target sentences), for learning the file's own renderings."""
    has: str = ""
    """What the target has in the term's place, as the finding says it ("(it has 「流感」)" has 「流感」: another listed
    term, a near variant of the listed form), or "": a summary says it too, with its lines."""
    sentence: str = ""
    """The text of the source sentence the term stands in (`missing_joined` compares them)."""
    span: tuple[int, int] = (0, 0)
    """Where the term stands in `sentence` (start and end offsets)."""
    cell: tuple[int, int] | None = None
    """Where the term stands in a Markdown table (`missing_column.table_column`: the table's first offset, the
    column), None outside tables: the column's findings are joined (`missing_joined`)."""
    heading: bool = False
    """Whether the term stands in a heading aligned with a heading alone (`missing_headings` joins such findings)."""
    beside: str = ""
    """The other source sentences of the bead, joined: with `sentence` less the term, the source words that may
    account for a word of the target (`missing_alike.left_over`)."""


def by_concept(missed: Sequence[Missed]) -> dict[tuple[str, str, str], list[Missed]]:
    """The candidate findings by (file, concept, target language), in order."""
    groups: dict[tuple[str, str, str], list[Missed]] = {}
    for m in missed:
        groups.setdefault((m.finding.location.path, m.concept, m.tgt), []).append(m)
    return groups


def summarise(missed: Sequence[Missed], occurrences: Counter[tuple[str, str, str]],
              learned: Mapping[tuple[str, str, str], Counter[str]] | None = None,
              excused: Mapping[tuple[str, str, str], int] | None = None,
              taken: Mapping[str, Collection[str]] | None = None) -> list[Finding]:
    """The findings to report: per sentence (those of one bead and direction folded into one, `missing_fold`), except
    one per (file, concept, direction) missing in many sentences.

    `occurrences[(path, concept, tgt)]` counts the aligned beads whose source side has the concept; `learned`
    the words of the file's own renderings (`checks.renderings`) in beads that are not reported for them: those
    beads are not rendered as listed either, so they weigh with the missing ones when deciding whether the file
    made one choice, and the one finding names the word. `excused` counts the beads an excuse of `term_excuses`
    says the concept otherwise in (left to the context, said by another word): not rendered as listed either, they
    weigh with the missing ones too, though they are no position of the finding. So whether a concept is one
    finding does not depend on which of its beads an excuse takes: excusing one bead of a summary leaves one
    summary naming the rest, never one finding per remaining sentence.

    A finding that says what the target has instead (`Missed.has`: another glossary term, a near variant of the
    listed form) names a wrong word in that sentence; a summary keeps it, with its lines ("...; it has 「流感」 in
    lines 1, 3 and 7"; `data["has"]`).

    A concept rendered as listed in most beads is reported sentence by sentence, except where every one of those
    sentences says the same other word for it (`missing_alike`: one choice of the translator's, one finding naming
    the word; `taken[lang]` holds the keys of the glossary's terms in each language: no such word renders them), or
    where every one is a heading aligned with a heading (`missing_headings`: one heading style, one finding).
    """
    out: list[Finding] = []
    singles: list[Missed] = []
    for key, items in by_concept(missed).items():
        words = (learned or {}).get(key, Counter())
        free = sum(words.values())
        otherwise = (excused or {}).get(key, 0)
        rendered = max(0, occurrences.get(key, len(items) + free + otherwise) - len(items) - free - otherwise)
        if len(items) < MIN_SENTENCES or rendered >= len(items) + free + otherwise:  # mostly as listed: one by one
            keys = (taken or {}).get(items[0].tgt, ())
            alike = rendered_alike(items, keys) if len(items) >= MIN_SENTENCES else None
            if alike is not None:
                unit = "headings" if headings_alike(items) else "sentences"
                out.append(_one(items, rendered, words, otherwise, alike, unit, alike=True))
            elif headings_alike(items):  # one heading style; no word named: headings in beads (`in_beads`) are what
                # `rendered_alike` asks, so `other_word` already said None there (a named word comes from the branch
                # above, review59 R7)
                out.append(_one(items, rendered, words, otherwise, None, unit="headings"))
            else:
                singles.extend(items)
            continue
        out.append(_one(items, rendered, words, otherwise, instead_rendering(items)))
    return fold(singles) + out


_LANG = {"zh": "Chinese", "en": "English"}


def _q(term: str, lang: str) -> str:
    return f"「{term}」" if lang == "zh" else f"“{term}”"


def _one(items: list[Missed], rendered: int, learned: Counter[str], otherwise: int = 0,
         instead: str | None = None, unit: str = "sentences", alike: bool = False) -> Finding:
    """One finding for `items`; `instead` is the word the message names as the rendering used (a page summary: the one
    most of them say, `instead_rendering`; a join of `missing_alike` or `missing_headings`: the one every one of
    them says, `other_word`), if any; `alike` whether it joins one rendering choice (`data["alike"]`); `unit` what
    they are ("headings": `missing_headings`)."""
    first = items[0]
    src = "en" if first.tgt == "zh" else "zh"
    n = len(items)
    shown = " / ".join(_q(r, first.tgt) for r in first.renderings[:3])
    notes = [f"as listed in {rendered}"] if rendered else []
    notes += [f"as {_q(w, first.tgt)} in {c}" for w, c in sorted(learned.items(), key=lambda wc: (-wc[1], wc[0]))]
    notes += [f"otherwise in {otherwise}"] if otherwise else []
    where = f"{_LANG[src]} {_lines(items)}"  # the lines of the side that has the term, not the aligned side's
    if instead:
        message = f"{_q(first.source_text, src)} is rendered {_q(instead, first.tgt)} in {n} {unit} ({where}); " \
                  f"the glossary says {shown}"
        if notes:
            message += f" (rendered {', '.join(notes)})"
    else:
        other = _LANG[first.tgt]
        message = f"{_q(first.source_text, src)} has no {shown} in the aligned {other} of {n} {unit} ({where}" \
                  + (f"; rendered {', '.join(notes)})" if notes else ")")
    has = _has(items)
    if has:  # the wrong word of a sentence is the point of its finding: kept, with its lines
        message += "; it has " + "; ".join(f"{w} in {lines_words(first.finding.location.path, ls, MAX_LINES_SHOWN)}"
                                           for w, ls in has.items())
    f = first.finding
    data = dict(f.data)
    data.update({"sentences": sentence_places(items), "count": n, "rendered": rendered, "instead": instead,
                 "learned": dict(learned), "otherwise": otherwise, "has": has})
    if alike:
        data["alike"] = instead
    return Finding(f.rule, f.severity, message, f.location, f.lang, f.excerpt, suggestion=f.suggestion,
                   related=f.related, data=tuple(data.items()))


def _has(items: Sequence[Missed]) -> dict[str, list[int]]:
    """What the target has instead in the sentences whose findings say it, with their lines, in order."""
    has: dict[str, list[int]] = {}
    for m in items:
        if m.has:
            has.setdefault(m.has, []).append(m.finding.location.line)
    return has


def _lines(items: Sequence[Missed]) -> str:
    """Where the sentences are: "lines 3, 8 and 12" (the first MAX_LINES_SHOWN, then how many more), in a Word
    document "paragraphs 3, 8 and 12"."""
    path = items[0].finding.location.path
    return lines_words(path, [m.finding.location.line for m in items], MAX_LINES_SHOWN)
