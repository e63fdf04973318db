"""A paired text whose English is not a translation of its Chinese: one finding, not one per sentence.

An abstract printed beside an English abstract of another text (a journal's English abstract of a different
version, an introduction pasted in its place) is aligned sentence by sentence all the same, and every bead then
differs in numbers and terms: seven findings for one defect (a ChinaXiv paper whose English abstract is about the
outbreak while the Chinese reports an experiment). A pair of prose is taken as unrelated when no bead of it scores as
a translation (`MAX_BEAD_SCORE`) and its two sides share almost no translation evidence
(`frontmatter.evidence` below `frontmatter.MIN_EVIDENCE`, the title test's bound); it is reported once, as
`pair-mismatch`, and the findings that compare its aligned sentences (numbers, terms, citations, untranslated and
extra sentences) are left out: they follow from the one defect.
"""
from __future__ import annotations

from collections.abc import Sequence

from zhen_qa.aligner.markdown_units import structured
from zhen_qa.checks.frontmatter import MIN_EVIDENCE, PAIR_MISMATCH, evidence
from zhen_qa.manuscript.document import Bead, Manuscript, Pair, Sentence, written_run
from zhen_qa.manuscript.keyword_lines import is_keyword_line
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding

MAX_BEAD_SCORE = 0.4
"""A pair is unrelated only when every bead of its prose scores below this (a cheap first test; the evidence decides).
Over the paragraph abstracts of chinaxiv-heldout, medline, wmt21-para and wmtbio-para (270 pairs) the best prose bead
of a translated abstract scores 0.447 or more, but for two ChinaXiv abstracts the English renders in part (0.319,
0.373; their evidence 0.36 and 0.57); the unrelated one's best 0.263 (evidence 0.10, next lowest of any pair 0.26)."""
MIN_SENTENCES = 3
"""Fewest Chinese and English sentences of a pair judged: a title or a line of two sentences is too short to tell."""
COMPARING = frozenset({"number-mismatch", "alignment-doubt", "citation-mismatch", "term-missing", "term-forbidden",
                       "untranslated", "extra-target"})
"""Rules that compare the two sides of a bead: in an unrelated pair their findings restate its one defect."""
_BASES = ("title", "keywords")
"""Sections the front-matter check judges on their own (a title) or that are lists (keywords)."""


def unrelated(pair: Pair) -> tuple[list[Sentence], list[Sentence], float] | None:
    """A pair of prose that is not a translation: its prose sentences, each side, and their translation evidence; None
    when it is one (or too short to tell). Keyword lines (`manuscript.keyword_lines`) are no prose: an unrelated
    abstract may still close with its own paper's keywords, translated. A bead that reads as a translation settles it
    first (a long document is never read further)."""
    if pair.section.split(" ")[0] in _BASES or len(pair.zh) < MIN_SENTENCES or len(pair.en) < MIN_SENTENCES:
        return None
    if any(b.zh and b.en and b.score >= MAX_BEAD_SCORE and _prose(pair, b) for b in pair.beads):
        return None
    zh = [s for s in pair.zh if not is_keyword_line(s.text.text, "zh")]
    en = [s for s in pair.en if not is_keyword_line(s.text.text, "en")]
    if len(zh) < MIN_SENTENCES or len(en) < MIN_SENTENCES or not any(b.zh and b.en and _prose(pair, b)
                                                                     for b in pair.beads):
        return None
    score = evidence(" ".join(s.text.text for s in zh), " ".join(s.text.text for s in en))
    return (zh, en, score) if score < MIN_EVIDENCE else None


def _prose(pair: Pair, b: Bead) -> bool:
    """No sentence of bead `b` is a keyword line."""
    return not any(is_keyword_line(pair.zh[i].text.text, "zh") for i in b.zh) \
        and not any(is_keyword_line(pair.en[j].text.text, "en") for j in b.en)


def one_defect(manuscript: Manuscript, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each unrelated pair's comparing findings replaced by one `pair-mismatch` finding. Structured
    Markdown is left as it is: a documentation section is short and freely worded ("I try to make it not rather
    slow" for 我尽力让它不要太慢), and its sections are paired by their headings, not guessed."""
    out = list(findings)
    if structured(manuscript.blocks):
        return out
    for pair in manuscript.pairs:
        found = unrelated(pair)
        if found is None:
            continue
        zh, en, score = found
        out = restating_left_out(out, COMPARING, [s.text.location() for s in (*zh, *en)])
        out.append(_finding(zh, en, score))
    return out


def restating_left_out(findings: Sequence[Finding], rules: frozenset[str], spans: Sequence[Location]
                       ) -> list[Finding]:
    """`findings` less those of `rules` that lie inside `spans` (`inside`) and sum up no sentence beyond them
    (`beyond`): they restate the one defect the spans are reported for; order kept."""
    return [f for f in findings if f.rule not in rules or not inside(f.location, spans) or beyond(f, spans)]


def inside(loc: Location, spans: Sequence[Location]) -> bool:
    """The finding starts and ends in the spans (same file): a finding that reaches past them (a run of untranslated
    sentences that goes on into a keyword line) says more than the one defect."""
    start, end = (loc.line, loc.column), (loc.end_line, loc.end_column)
    return any(loc.path == s.path and (s.line, s.column) <= start < (s.end_line, s.end_column) for s in spans) \
        and any(loc.path == s.path and (s.line, s.column) < end <= (s.end_line, s.end_column) for s in spans)


def beyond(f: Finding, spans: Sequence[Location]) -> bool:
    """A finding that sums up sentences (`data["sentences"]`: term-missing of a concept in several sentences) one of
    which lies outside the spans: the keyword line of an unrelated abstract, translated but for a term."""
    sentences = dict(f.data).get("sentences")
    if not isinstance(sentences, list):
        return False
    points = [Location(f.location.path, s["line"], s["column"], s["end_line"], s["end_column"])
              for s in sentences if isinstance(s, dict) and {"line", "column", "end_line", "end_column"} <= s.keys()]
    return any(not inside(loc, spans) for loc in points)


def _finding(zh: Sequence[Sentence], en: Sequence[Sentence], score: float) -> Finding:
    """One `pair-mismatch` finding spanning the English prose."""
    first, last = en[0].text.location(), en[-1].text.location()
    loc = first.through(last) \
        if first.path == last.path else first
    n = len(zh)
    return Finding(rule=PAIR_MISMATCH.id, severity=PAIR_MISMATCH.severity,
                   message=f"the English shares almost nothing with the Chinese ({n} sentences, evidence "
                           f"{score:.2f}; no sentence pair reads as a translation): is it the text of another work? "
                           f"Its sentences are not compared one by one",
                   location=loc, lang="en", excerpt=written_run(en)[:200],
                   related=zh[0].location, data=(("evidence", round(score, 3)),))
