"""Terminology checks: term-variant, term-inconsistent, term-missing and term-forbidden.

Deprecated English terms quoted inside Chinese sentences are term-variant findings too.
One defect gives one finding: an English deprecated rendering whose bead has the concept on the
Chinese side is term-forbidden (not also term-variant); a concept present on the other side of a
bead in any form (even deprecated) is not term-missing; term-missing starts only from preferred or
admitted forms (a deprecated form is already a term-variant).

The rules are split by job: `term_missing` and `term_inconsistent` (with `term_forms`, when two forms are one
usage), `term_rendered` (the ways a term is said without a glossary form), `term_hits` (the matches they share);
this module finds the matches (an English word inside a fixed phrase rendering another Chinese word of its bead,
"for instance" = 例如, is none: `term_fixed_phrase`), reports term-variant and term-forbidden, and joins the rules.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from zhen_qa.checks import discover
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_fixed_phrase import phrase_hits
from zhen_qa.checks.term_hits import NOT_REFERENCES, Hit, bead_sides, q
from zhen_qa.checks.term_inconsistent import TERM_INCONSISTENT, inconsistent
from zhen_qa.checks.term_missing import TERM_MISSING, missing
from zhen_qa.checks.term_other_sense import deprecated_in_other_sense
from zhen_qa.checks.urls import in_spans, url_spans
from zhen_qa.glossary.model import Glossary, Matchers, TermMatch, TermStatus
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity

TERM_VARIANT = Rule(
    "term-variant",
    Severity.WARNING,
    "A deprecated glossary term is used; the preferred term is suggested.",
    preconditions="English deprecated renderings with the concept on the Chinese side are term-forbidden",
    scope=NOT_REFERENCES,
)
TERM_FORBIDDEN = Rule(
    "term-forbidden",
    Severity.ERROR,
    "A deprecated English rendering translates a glossary concept present on the Chinese side.",
    preconditions="aligned beads only",
    scope=NOT_REFERENCES,
)

RULES: tuple[Rule, ...] = (TERM_VARIANT, TERM_INCONSISTENT, TERM_MISSING, TERM_FORBIDDEN)

_NON_CJK_RUN = re.compile(r"[^\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")
"""A run of text without CJK characters or full-width forms (one class of 29,000 characters: 13 M instructions to
compile; a run that holds a letter is what `[^...]*[A-Za-z][^...]*` found, at twice the cost)."""
_LETTER = re.compile(r"[A-Za-z]")


def _latin_matches(matchers: Matchers, text: str) -> Iterator[TermMatch]:
    """English term matches in the Latin runs of a Chinese sentence, with offsets into the sentence."""
    if not _LETTER.search(text):
        return  # no run holds a letter
    for run in _NON_CJK_RUN.finditer(text):
        if not _LETTER.search(run.group()):
            continue
        for m in matchers.en.find(run.group()):
            yield m._replace(start=m.start + run.start(), end=m.end + run.start())


def run(ctx: CheckContext) -> Iterable[Finding]:
    """All terminology findings of one manuscript (only discovered inconsistencies without a glossary)."""
    glossary = ctx.glossary
    if glossary is None or not len(glossary):
        return sorted(discover.run(ctx), key=Finding.sort_key)
    matchers = glossary.matchers()
    hits: dict[int, list[Hit]] = {}
    order: list[Hit] = []
    # outside aligned beads a Chinese match serves only term-variant and term-inconsistent: there only concepts with
    # a choice of Chinese forms matter, and the matcher confirms only the texts that hold one (choices_only)
    aligned = {id(s) for _pair, _bead, zh, _en in ctx.aligned_beads() for s in zh}
    for lang in ("zh", "en"):
        sentences = ctx.sentences(lang)
        if not sentences:
            continue  # each matcher is built only if its language occurs
        if lang == "zh":
            all_matches = matchers.find_zh_all([s.text.text for s in sentences],
                                               [id(s) not in aligned for s in sentences])
        else:
            all_matches = [matchers.en.find(s.text.text) for s in sentences]
        for sentence, found_matches in zip(sentences, all_matches):
            urls = url_spans(sentence.text.text) if found_matches else []
            found = [Hit(sentence, m, lang) for m in found_matches if not (urls and in_spans(urls, m.start, m.end))]
            hits[id(sentence)] = found
            order.extend(found)
    in_phrases = list(phrase_hits(ctx, hits, glossary))
    phrased = {id(h) for h in in_phrases}
    if phrased:
        order = [h for h in order if id(h) not in phrased]
        for key, found in hits.items():
            hits[key] = [h for h in found if id(h) not in phrased]
    # English terms quoted inside Chinese sentences ("阿尔茨海默病(Alzheimer disease)"): term-variant only
    embedded = [Hit(s, m, "en") for s in ctx.sentences("zh")
                for m in _latin_matches(matchers, s.text.text) if m.status is TermStatus.DEPRECATED]
    forbidden = list(_forbidden(ctx, glossary, hits))
    forbidden_at = {(f.location, f.lang) for f in forbidden}
    forbidden_at.update((h.location, h.lang) for h in deprecated_in_other_sense(bead_sides(ctx, hits), glossary))
    out: list[Finding] = []
    counts = Counter((h.match.concept_id, h.lang, h.match.form) for h in order)
    out.extend(_variants(glossary, order + embedded, forbidden_at, counts))
    out.extend(forbidden)
    out.extend(missing(ctx, glossary, hits, in_phrases))
    out.extend(inconsistent(glossary, order, ctx.partners(), synonyms=ctx.options.admitted_synonyms))
    out.extend(discover.run(ctx))
    out.sort(key=Finding.sort_key)
    return out


def _variants(glossary: Glossary, order: list[Hit], skip: set[tuple[Location, str]],
              counts: Counter[tuple[str, str, str]]) -> Iterator[Finding]:
    """One finding per deprecated use, with the document counts of the form and of the preferred term."""
    for hit in order:
        if hit.match.status is not TermStatus.DEPRECATED:
            continue
        loc = hit.location
        if (loc, hit.lang) in skip:
            continue
        concept = glossary.concept(hit.match.concept_id)
        preferred = concept.preferred(hit.lang)
        n = counts[(concept.id, hit.lang, hit.match.form)]
        msg = f"deprecated term {q(hit.surface, hit.lang)}"
        if n:
            m = counts[(concept.id, hit.lang, preferred)]
            msg += f" ×{n} in this document" + (f" ({q(preferred, hit.lang)} ×{m})" if m else "")
        if preferred:
            msg += f"; use {q(preferred, hit.lang)}"
        yield Finding(TERM_VARIANT.id, TERM_VARIANT.severity, msg, loc, hit.lang, hit.excerpt,
                      suggestion=preferred or None,
                      data=(("concept", concept.id), ("form", hit.match.form), ("status", "deprecated"),
                            ("count", n), ("preferred_count", counts[(concept.id, hit.lang, preferred)])))


def _forbidden(ctx: CheckContext, glossary: Glossary, hits: dict[int, list[Hit]]) -> Iterator[Finding]:
    for zh_hits, en_hits, _zh, _en in bead_sides(ctx, hits):
        zh_by_concept: dict[str, Hit] = {}
        for h in zh_hits:
            zh_by_concept.setdefault(h.match.concept_id, h)
        for h in en_hits:
            if h.match.status is not TermStatus.DEPRECATED or h.match.concept_id not in zh_by_concept:
                continue
            concept = glossary.concept(h.match.concept_id)
            zh_hit = zh_by_concept[h.match.concept_id]
            preferred = concept.preferred("en")
            msg = f"{q(zh_hit.surface, 'zh')} rendered as deprecated {q(h.surface, 'en')}"
            if preferred:
                msg += f"; use {q(preferred, 'en')}"
            yield Finding(TERM_FORBIDDEN.id, TERM_FORBIDDEN.severity, msg, h.location, "en", h.excerpt,
                          suggestion=preferred or None, related=zh_hit.location,
                          data=(("concept", concept.id), ("form", h.match.form), ("zh", zh_hit.surface)))
