"""A draft glossary from merged form statistics: candidate terms, their English renderings, variant groups.

Each variant group becomes one concept (the majority form preferred, the others deprecated); each other
candidate term seen at least `min_count` times becomes a concept of its own. English renderings come from
the aligned sentences: the content words most specific to the term's sentences. Every term belongs to one
concept, so the draft always passes `glossary validate`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from zhen_qa.aligner.lexicon import STOP_EN, stem
from zhen_qa.glossary.discover.collect import FormStat, Stats
from zhen_qa.glossary.discover.groups import Settings, VariantGroup, find_groups
from zhen_qa.glossary.model import Concept, Glossary, en_key, zh_key

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
MIN_ALIGNED = 2
"""Aligned sentences a rendering needs (one sentence cannot tell the term's words from the others)."""
MIN_UNLISTED = 4
"""Aligned sentences a rendering needs when the dictionary does not give its word for the term."""
MIN_SCORE = 0.3
"""Least association (co-occurrences² / (term's aligned sentences × the word's)) of a rendering."""
MAX_TERMS = 500
"""Most candidate terms (besides variant groups) in one draft, most frequent first."""


@dataclass(frozen=True)
class DraftEntry:
    """One concept of the draft with the counts behind it."""

    concept: Concept
    counts: tuple[tuple[str, int], ...]
    """(form, occurrences) of each form, preferred first."""
    context: str


def _glosses(form: str) -> frozenset[str]:
    """English stems CC-CEDICT gives for the form and its jieba words."""
    from zhen_qa.aligner.jieba_base import cut
    from zhen_qa.aligner.lexicon import load_lexicon

    table = load_lexicon().zh2en
    return frozenset(s for w in (form, *cut(form)) for s in table.get(w, ()))


def rendering(form: str, stat: FormStat, df: dict[str, int]) -> str:
    """The English words most specific to the aligned sentences of a form ("" without aligned English).

    A word the dictionary gives for the form counts from two aligned sentences; any other word needs
    `MIN_UNLISTED` (a word that merely recurs beside the term in two sentences is not its rendering).
    """
    if stat.aligned < MIN_ALIGNED or not stat.samples:
        return ""
    listed = _glosses(form)
    scored = sorted(((c * c / (stat.aligned * max(1, df.get(s, 1))) * (2 if s in listed else 1), s)
                     for s, c in stat.english.items()
                     if c >= (MIN_ALIGNED if s in listed else MIN_UNLISTED) and c * 2 >= stat.aligned
                     and c * 2 >= df.get(s, 0)), reverse=True)  # a word used mostly elsewhere is not the term's
    if not scored or scored[0][0] < MIN_SCORE:
        return ""
    keep = {s for score, s in scored[:3] if score >= scored[0][0] * 0.6}
    for sample in stat.samples:
        words = [(m.group(), stem(m.group().lower())) for m in _WORD.finditer(sample)]
        hits = [i for i, (_w, st) in enumerate(words) if st in keep]
        if not hits:
            continue
        first = min(hits, key=lambda i: -(words[i][1] == scored[0][1]))
        a = b = first
        while a - 1 >= 0 and words[a - 1][1] in keep and first - (a - 1) < 4:
            a -= 1
        while b + 1 < len(words) and words[b + 1][1] in keep and b + 1 - first < 4:
            b += 1
        phrase = " ".join(w for w, _s in words[a:b + 1])
        if phrase.lower() not in STOP_EN:
            return phrase if phrase.isupper() else _singular(phrase.lower(), stat.samples)
    return ""


def _singular(phrase: str, samples: list[str]) -> str:
    """The phrase without a plural -s when the samples also use it singular (secretomes -> secretome)."""
    if phrase.endswith("s") and not phrase.endswith("ss"):
        one = phrase[:-1]
        if any(re.search(rf"\b{re.escape(one)}\b", t, re.IGNORECASE) for t in samples):
            return one
    return phrase


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "term"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _nested(form: str, stat: FormStat, terms: dict[str, FormStat]) -> bool:
    """A candidate almost always seen inside one longer candidate (干细胞分 in 干细胞分泌组)."""
    return any(len(other) > len(form) and form in other and o.count * 10 >= stat.count * 8
               for other, o in terms.items())


def build_draft(stats: Stats, min_count: int = 2, settings: Settings | None = None) -> list[DraftEntry]:
    """Concepts of a draft glossary: variant groups first (by size of use), then candidate terms by count."""
    groups = find_groups(stats, settings)
    entries: list[DraftEntry] = []
    ids: set[str] = set()
    zh_owned: set[str] = set()
    en_owned: set[str] = set()
    rendered: list[str] = []

    def en_free(term: str) -> str:
        if not term or en_key(term) in en_owned:
            return ""
        en_owned.add(en_key(term))
        return term

    for g in sorted(groups, key=lambda g: -sum(_table(stats, g)[f].count for f in g.forms)):
        table = _table(stats, g)
        if g.lang == "zh":
            merged = FormStat(0, table[g.forms[0]].first, table[g.forms[0]].context)
            for f in g.forms:
                merged.merge(table[f])
            en = en_free(rendering(g.forms[0], merged, stats.en_df))
            concept = Concept(_slug(en or f"variants-{len(entries) + 1}", ids), zh=g.forms[0], en=en,
                              zh_deprecated=g.forms[1:], note=_note(g, table))
            zh_owned.update(zh_key(f) for f in g.forms)
            rendered.extend(g.forms if en else ())
        else:
            if any(en_key(f) in en_owned for f in g.forms):
                continue
            en_owned.update(en_key(f) for f in g.forms)
            concept = Concept(_slug(g.forms[0], ids), en=g.forms[0], en_deprecated=g.forms[1:], note=_note(g, table))
        entries.append(DraftEntry(concept, tuple((f, table[f].count) for f in g.forms), table[g.forms[0]].context))
    ranked = sorted(((f, st) for f, st in stats.terms.items() if st.count >= min_count),
                    key=lambda item: (-item[1].count, item[0]))
    for form, st in ranked[:MAX_TERMS]:
        if zh_key(form) in zh_owned or _nested(form, st, stats.terms) or any(t in form for t in rendered):
            continue  # a listed term inside would be masked by this longer entry (干细胞 in 干细胞分泌组)
        zh_owned.add(zh_key(form))
        en = en_free(rendering(form, st, stats.en_df))
        if en:
            rendered.append(form)
        concept = Concept(_slug(en or f"term-{len(entries) + 1}", ids), zh=form, en=en,
                          note=f"×{st.count}; e.g. {st.context}")
        entries.append(DraftEntry(concept, ((form, st.count),), st.context))
    return entries


def _table(stats: Stats, group: VariantGroup) -> Mapping[str, FormStat]:
    return stats.zh if group.lang == "zh" else stats.en_forms()


def _note(group: VariantGroup, table: Mapping[str, FormStat]) -> str:
    counts = ", ".join(f"{f} ×{table[f].count}" for f in group.forms)
    return f"variants found: {counts} ({', '.join(group.evidence)}); e.g. {table[group.forms[-1]].context}"


def draft_glossary(entries: list[DraftEntry], path: str = "draft") -> Glossary:
    """The draft as a validated Glossary (for the CSV, TSV, TBX and XLSX writers)."""
    return Glossary.build([e.concept for e in entries], path)


def to_json(entries: list[DraftEntry]) -> bytes:
    """The draft as JSON: one object per concept with its terms, counts and note."""
    import json

    rows = [{"id": e.concept.id, "zh": e.concept.zh, "en": e.concept.en,
             "zh_deprecated": list(e.concept.zh_deprecated), "en_deprecated": list(e.concept.en_deprecated),
             "counts": dict(e.counts), "note": e.concept.note} for e in entries]
    return (json.dumps({"terms": rows}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_text(entries: list[DraftEntry]) -> bytes:
    """The draft as one line per concept: counts, preferred = English, deprecated forms."""
    lines = []
    for e in entries:
        c = e.concept
        forms = " | ".join(f"{f} ×{n}" for f, n in e.counts)
        line = f"{forms}" + (f" = {c.en}" if c.en else "")
        if c.zh_deprecated or c.en_deprecated:
            line += "  (deprecated: " + " | ".join(c.zh_deprecated + c.en_deprecated) + ")"
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")
