"""Discovered term inconsistencies: forms that look like one term written several ways, glossary or not.

Reported as `term-inconsistent` with `data.origin` = "discovered" (severity from the configuration,
info by default). Groups whose forms the glossary already decides are left to the glossary's rules, and so are the
source segments of a CAT file (XLIFF, TMX, PO translated from one language): "dialog" beside "dialogue" in the English
a translator was handed is not theirs to respell; the variants of their own language still are.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence

from zhen_qa.aligner.jieba_base import expect
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.term_component_name import component_names
from zhen_qa.checks.term_hyphen_code import written_as_code
from zhen_qa.checks.term_script import out_of_script
from zhen_qa.glossary.discover.collect import Collector, FormStat, context_of
from zhen_qa.glossary.discover.groups import FINALS, Settings, VariantGroup, find_groups
from zhen_qa.glossary.model import Concept, Glossary, en_key, zh_key
from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.report.findings import Finding, Scope
from zhen_qa.report.places import line_name

AUTHOR_WORDING = Scope(frozenset({Role.REFERENCE, Role.CITATION, Role.FURNITURE, Role.AUTHORS, Role.AFFILIATIONS}))
"""What discovery counts, within the rule's scope: not blocks whose wording is not the author's to make
consistent (quoted titles, names, addresses). A setting of the statistics, not of the rule: term-inconsistent
from the glossary still counts citation and front-matter blocks."""


SPELLED_OUT = frozenset({Role.KEYWORDS, Role.TITLE})
"""Where a full name is written out by convention even after its abbreviation was defined (a keyword list
names the concept, not the abbreviation; titles avoid abbreviations): not a reuse of the full name."""


_LISTING = LazyPattern(r"(?<!\S)[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*){0,3}\s*:[^.!?:]*,[^.!?:]*,[^.!?:]*$")
"""A labelled list ending a sentence ("Target Audience: gastroenterologists, emergency department clinicians,
surgeons, ..."): a title-case label of up to four words, a colon and three items or more, no sentence end."""


def spelled_out(sentence: Sentence) -> bool:
    """Whether full names are written out in the sentence by convention (`SPELLED_OUT` roles, or a labelled list,
    which names things as a keyword list does), so that one written after its abbreviation is no reuse."""
    return sentence.role in SPELLED_OUT or bool(_LISTING.search(sentence.text.text.rstrip()))


def _q(term: str, lang: str) -> str:
    return f"「{term}」" if lang == "zh" else f"“{term}”"


def collect(ctx: CheckContext, tags: dict[str, str] | None = None) -> tuple[Collector, list[Sentence], list[Sentence]]:
    """Statistics of the manuscript's forms; sentence keys are indices into the returned lists.

    `tags` (jieba's part-of-speech tags) makes the collector gather candidate terms of any shape too,
    as the draft glossary of `zhen-qa terms` needs; without them, only the forms variant groups can hold
    are recorded (`Collector.groups_only`)."""
    partners = ctx.partners()
    collector = Collector(FINALS, tags, groups_only=tags is None)
    zh_sents = ctx.sentences("zh", AUTHOR_WORDING)
    en_sents = ctx.sentences("en", AUTHOR_WORDING)
    zh_texts = [s.text.text for s in zh_sents]
    expect(sum(map(len, zh_texts)))  # a long text is segmented by rjieba from the start
    english = [" ".join(e.text.text for e in partners[id(s)]) if id(s) in partners else "" for s in zh_sents]
    for i, text in enumerate(zh_texts):
        collector.add_zh(text, i, english[i])
    missing = collector.missing_folds()
    if missing:  # Simplified forms of Traditional ones recorded: counted from the start
        for i in holding(zh_texts, missing):
            collector.add_zh(zh_texts[i], i, english[i], only=missing)
    for i, s in enumerate(en_sents):
        collector.add_en(s.text.text, i, not spelled_out(s))
    return collector, zh_sents, en_sents


def holding(texts: Sequence[str], forms: Iterable[str]) -> list[int]:
    """Indices of the texts that hold one of `forms` (forms without a line break), in order.

    Each form is searched for once in the texts joined by line breaks, not in every text: a second pass for a
    handful of forms over 40,000 sentences (Bible 006) then reads the few that hold one."""
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    found: set[int] = set()
    for form in forms:
        at = joined.find(form) if form else -1
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            found.add(k)
            at = joined.find(form, starts[k + 1]) if k + 1 < len(starts) else -1  # on from the next text
    return sorted(found)


def decided(glossary: Glossary | None, lang: str) -> frozenset[str]:
    """Comparison keys of every term in `lang` ("zh" or "en") the glossary lists."""
    return glossary.term_keys(lang) if glossary is not None else frozenset()


def run(ctx: CheckContext) -> Iterator[Finding]:
    """term-inconsistent findings for discovered variant groups not already decided by the glossary."""
    if not ctx.options.discover_terms:
        return
    collector, zh_sents, en_sents = collect(ctx)
    decided_keys: dict[str, frozenset[str]] = {}  # by language, once a group of that language needs them
    reported: list[VariantGroup] = []
    given = ctx.manuscript.source_lang  # a CAT file's source: the translator's to translate, not to respell
    for group in find_groups(collector.stats, Settings()):
        if group.lang == given:
            continue
        if group.lang not in decided_keys:
            decided_keys[group.lang] = decided(ctx.glossary, group.lang)
        known = decided_keys[group.lang]
        key = zh_key if group.lang == "zh" else en_key
        if any(key(f) not in known for f in group.forms):
            reported.append(group)
    uses = recount([g for g in reported if g.lang == "zh"], zh_sents, collector.stats.zh)
    scripts = [g for g in reported if g.lang == "zh" and set(g.kinds) == {"script"}]
    if len(scripts) < MIN_SCRIPT_GROUPS:
        scripts = []
    en_texts: list[str] | None = None
    for group in reported:
        if group in scripts:
            continue
        if group.lang == "en" and len(group.forms) == 2:
            en_texts = en_texts if en_texts is not None else [s.text.text for s in en_sents]
            table_en = collector.stats.en_forms()
            shown = [s.text.text[a:b] for s, a, b in (_span(table_en[f], en_sents) for f in group.forms)]
            pages = list({s.text.source.path: s.text.source.text for s in en_sents}.values())
            if component_names(shown, en_texts, pages):
                continue  # karmada-agent beside "Karmada Agent": the component's identifier and its prose name
            if written_as_code(shown, en_texts + [s.text.text for s in zh_sents], pages):
                continue  # barcode-scanner beside `tauri add barcode-scanner`: the package's name, no spelling
        if group.lang == "zh":
            table: Mapping[str, FormStat] = {f: uses.get(f, collector.stats.zh[f]) for f in group.forms}
            yield _finding(ctx, _by_count(group, table, zh_sents), table, zh_sents)
        else:
            yield _finding(ctx, group, collector.stats.en_forms(), en_sents)
    if scripts:
        table = {f: uses.get(f, collector.stats.zh[f]) for g in scripts for f in g.forms}
        yield script_finding(ctx, [_by_count(g, table, zh_sents) for g in scripts], table, zh_sents)


def recount(groups: Sequence[VariantGroup], sents: Sequence[Sentence],
            recorded: Mapping[str, FormStat]) -> dict[str, FormStat]:
    """Each Chinese form of the groups counted as the glossary's matcher counts a term: leftmost-longest and
    confirmed by jieba with the forms in its dictionary (a private one). Discovery's own counts come from jieba's
    plain segmentation, which misses a form whose last character starts the next word (阿尔茨海默|病患者), so the
    counts a finding showed differed from those of a glossary listing the same forms.

    A recorded form that is a group's form and one more character (分泌组学 "secretomics" for 分泌组) is matched too
    and not counted, as discovery does not count a form glued to the next character. A group whose forms differ
    only in script (one comparison key) keeps discovery's counts; so does a form the matcher never confirms."""
    concepts: list[Concept] = []
    for k, g in enumerate(groups):
        if len({zh_key(f) for f in g.forms}) == len(g.forms):
            concepts.append(Concept(f"discovered-{k}", zh=g.forms[0], zh_admitted=g.forms[1:]))
    if not concepts:
        return {}
    forms = {f for c in concepts for f, _s, _f in c.terms("zh")}
    longer = {r for r in recorded if len(r) > 1 and r[:-1] in forms and r not in forms}
    concepts.extend(Concept(f"longer-{k}", zh=r) for k, r in enumerate(sorted(longer)))
    matcher = Glossary.build(concepts, path="discovered").matchers().zh
    out: dict[str, FormStat] = {}
    for i, s in enumerate(sents):
        text = s.text.text
        for m in matcher.find(text):
            if m.form in longer:
                continue
            stat = out.get(m.form)
            if stat is None:
                stat = out[m.form] = FormStat(0, (i, m.start, m.end), context_of(text, m.start, m.end))
            stat.count += 1
    return out


def _by_count(group: VariantGroup, table: Mapping[str, FormStat], sents: Sequence[Sentence]) -> VariantGroup:
    """The group with its forms in `table`'s order of use: most used first, then, for one word written in two
    scripts, the form its sentence's script agrees with (`term_script.out_of_script`: 減少 in a simplified sentence
    is the form to change, whichever came first), then first used."""
    one_word = len({fold_zh(f) for f in group.forms}) == 1

    def slip(f: str) -> bool:
        if not one_word:
            return False
        sentence, start, end = _span(table[f], sents)
        return out_of_script(sentence.text.text, start, end)

    order = sorted(group.forms, key=lambda f: (-table[f].count, slip(f), table[f].first[:2], group.forms.index(f)))
    return VariantGroup(group.lang, tuple(order), group.kinds, group.evidence)


def _span(stat: FormStat, sents: Sequence[Sentence]) -> tuple[Sentence, int, int]:
    index, start, end = stat.first
    assert isinstance(index, int)
    return sents[index], start, end


def _finding(ctx: CheckContext, group: VariantGroup, table: Mapping[str, FormStat],
             sents: list[Sentence]) -> Finding:
    lang = group.lang
    stats = [table[f] for f in group.forms]
    spans = [_span(st, sents) for st in stats]
    locs = [s.text.location(a, b) for s, a, b in spans]
    shown = [s.text.text[a:b] for s, a, b in spans]
    rarest = min(range(len(stats)), key=lambda i: (stats[i].count, -i))
    parts = [f"{shown[i]} ×{st.count} ({line_name(locs[i].path, locs[i].line)})" for i, st in enumerate(stats)]
    msg = f"{len(stats)} forms of {_q(shown[0], lang)} (discovered; use one): " + ", ".join(parts)
    detail = [{"lang": lang, "form": shown[i], "status": "majority" if i == 0 else "minority", "count": st.count,
               "first": {"line": locs[i].line, "column": locs[i].column}} for i, st in enumerate(stats)]
    return Finding("term-inconsistent", ctx.options.discovered_severity, msg, locs[rarest], lang,
                   stats[rarest].context, suggestion=shown[0],
                   data=(("origin", "discovered"), ("forms", detail), ("kinds", list(group.kinds)),
                         ("evidence", list(group.evidence))))


MIN_SCRIPT_GROUPS = 2
"""Discovered groups differing only in script (Traditional beside Simplified characters) from which a document gets
one finding for them all instead of one each."""


def script_finding(ctx: CheckContext, groups: Sequence[VariantGroup], table: Mapping[str, FormStat],
                   sents: list[Sentence]) -> Finding:
    """One term-inconsistent finding for every word a document writes in both Traditional and Simplified characters
    (調查 beside 调查, 狀況 beside 状况): one defect, the text's mixed script, which one conversion fixes, not one
    finding a word (issue 11: one defect, one finding). It stands at the earliest use of a minority form and lists
    each word's forms; its suggestion is that word's majority form."""
    minority = []
    forms: list[dict[str, object]] = []  # each form as `_finding` lists them (the archive's terminology reads them)
    for g in groups:
        stats = [table[f] for f in g.forms]
        spans = [_span(st, sents) for st in stats]
        locs = [s.text.location(a, b) for s, a, b in spans]
        shown = [s.text.text[a:b] for s, a, b in spans]
        forms += [{"lang": "zh", "form": shown[i], "status": "majority" if i == 0 else "minority", "count": st.count,
                   "first": {"line": locs[i].line, "column": locs[i].column}} for i, st in enumerate(stats)]
        part = " / ".join(f"{shown[i]} ×{st.count} ({line_name(locs[i].path, locs[i].line)})"
                          for i, st in enumerate(stats))
        rarest = min(range(len(stats)), key=lambda i: (stats[i].count, -i))
        minority.append(((locs[rarest].line, locs[rarest].column), locs[rarest], stats[rarest].context, shown[0],
                         part))
    minority.sort(key=lambda m: m[0])  # in reading order of the forms to change
    _at, loc, context, suggestion, _part = minority[0]
    msg = (f"{len(groups)} words in both Traditional and Simplified characters (discovered; use one script): "
           + "; ".join(m[4] for m in minority))
    detail = [{"lang": "zh", "forms": list(g.forms)} for g in groups]
    return Finding("term-inconsistent", ctx.options.discovered_severity, msg, loc, "zh", context,
                   suggestion=suggestion, data=(("origin", "discovered"), ("forms", forms), ("groups", detail),
                                                ("kinds", ["script"])))

