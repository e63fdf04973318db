"""term-missing: a glossary term with none of its renderings in the aligned other language.

A concept present on the other side of a bead in any form (even deprecated, leniently found by `checks.presence`) is
rendered, and one the other side says otherwise, leaves to the context or does not need is excused by the first
applying excuse of the ordered registry `term_excuses.EXCUSES`; a deficit must hold over the
bead and its neighbours (`term_balance`); a concept missing in many sentences is one finding (`missing_summary`).
term-missing starts only from preferred or admitted forms (a deprecated form is already a term-variant).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from zhen_qa.checks import term_balance
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.missing_column import table_column
from zhen_qa.checks.missing_joined import joined
from zhen_qa.checks.missing_summary import Missed, by_concept, summarise
from zhen_qa.checks.presence_kept import kept_in_prose, left_in_english
from zhen_qa.checks.renderings import MIN_SUPPORT, Bead, Renderings
from zhen_qa.checks.renderings_assoc import associated
from zhen_qa.checks.term_case import Case
from zhen_qa.checks.term_context import BeadContext, FileContext, masked_text
from zhen_qa.checks.term_excuses import excuse_for
from zhen_qa.checks.term_forms import in_dotted_name
from zhen_qa.checks.term_hits import NOT_REFERENCES, Hit, bead_sides, q
from zhen_qa.checks.term_kept_written import kept_as_written
from zhen_qa.checks.term_nested import nested_rendering, said_apart
from zhen_qa.checks.term_rendered import en2zh, general_alternative_hit, refers_back, zh2en
from zhen_qa.glossary.model import Concept, Glossary, TermStatus
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity

TERM_MISSING = Rule(
    "term-missing",
    Severity.WARNING,
    "A glossary term has none of its preferred or admitted renderings in the aligned other language.",
    preconditions="aligned beads only; the concept in any form on the other side counts as rendered; "
    "a concept missing in many sentences of a file is one finding",
    scope=NOT_REFERENCES,
)

Candidates = Callable[[CheckContext, list[Missed], Counter[tuple[str, str, str]],
                       dict[tuple[str, str, str], list[tuple[int, ...]]]], None]
WATCHERS: list[Candidates] = []
"""Functions `missing` calls with each file's candidates as it hands them to `summarise`: the context, the candidates
the file's learned renderings leave, the occurrences of each (path, concept, target language) and the beads lacking
its listed rendering (`unlisted`). A study of the candidates appends one (benchmarks/term_missing_evidence.py); no
check does, and a watcher must not change what it is given."""


def missing(ctx: CheckContext, glossary: Glossary, hits: dict[int, list[Hit]],
            in_phrases: Sequence[Hit] = ()) -> list[Finding]:
    """term-missing findings, one per concept where it is missing in many sentences (`missing_summary`).

    `in_phrases`: the matches inside a fixed phrase rendering another Chinese word (`term_fixed_phrase.phrase_hits`),
    no term matches, blanked in the target's evidence as well: "For instance" says no 实例 either.

    Both ways (a Chinese term whose English lacks its rendering, and an English term whose Chinese does) unless the
    source language is known (`Options.source`, else a CAT file's own): then from the source's terms only, as a
    translator checks. A term found in the target only is no finding then; where the source's term is missing too, the
    finding is the source's, naming what the target has instead ("(it has 「化疗」)")."""
    source = ctx.options.source or ctx.manuscript.source_lang  # the original's language, when known
    missed: list[Missed] = []
    occurrences: Counter[tuple[str, str, str]] = Counter()
    file = FileContext(glossary, ctx, hits)  # named concepts, abbreviations, discourse, subject: built on first use
    before: set[str] = set()  # concepts the English of the bead before names (what "it" may refer to)
    balance: term_balance.Balance | None = None  # built for the first candidate finding
    unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]] = {}  # beads lacking a concept's listed rendering
    learned: dict[tuple[str, str, str], Counter[str]] = {}  # the file's own renderings, by the beads they render
    excused: Counter[tuple[str, str, str]] = Counter()  # beads an excuse says the concept otherwise in, no word learned
    in_columns: Counter[tuple[str, str, str, tuple[int, int]]] = Counter()  # the rows of a table column naming it
    blanked: dict[int, list[Hit]] = {}
    for h in in_phrases:
        blanked.setdefault(id(h.sentence), []).append(h)
    for zh_hits, en_hits, zh, en in bead_sides(ctx, hits, before, refers_back):
        for src_hits, tgt in ((zh_hits, "en"), (en_hits, "zh")):
            for cid in {h.match.concept_id for h in src_hits if h.match.status is not TermStatus.DEPRECATED}:
                occurrences[(src_hits[0].location.path, cid, tgt)] += 1
            for cell in {(h.match.concept_id, table_column(h.sentence, h.match.start)) for h in src_hits
                         if h.match.status is not TermStatus.DEPRECATED}:
                if cell[1] is not None:
                    in_columns[(src_hits[0].location.path, cell[0], tgt, cell[1])] += 1
        kept = set(before)  # `bead_sides` moves `before` on
        placed: set[int] = set()  # the candidates whose term the Chinese keeps in English or replaces in its place
        in_phrase = [h for s in en for h in blanked.get(id(s), ())]
        forward = _unrendered(file, BeadContext("en", zh_hits, en_hits, en, kept, zh, in_phrase), unlisted, learned,
                              placed, excused)
        backward = _unrendered(file, BeadContext("zh", en_hits, zh_hits, zh, kept, en), unlisted, learned, placed,
                               excused)
        if forward or backward:  # a real deficit over the bead and its neighbours, not a term moved next door
            if balance is None:
                balance = term_balance.Balance(ctx.manuscript, {sid: [h.match for h in hs] for sid, hs in hits.items()},
                                               blanked={sid: [h.match for h in hs] for sid, hs in blanked.items()})
            forward, backward = (_deficits(glossary, balance, found, occurrences, placed)
                                 for found in (forward, backward))
        en_text = " ".join(s.text.text for s in en)
        zh_text = "".join(s.text.text for s in zh)
        # both sides have a concept the other lacks: most likely one mistranslation, so one finding, from the
        # source's term when the direction is known (the target's wrong term is named in it), else from the Chinese
        both = bool(forward and backward)
        if source != "en":
            has = ", ".join(q(h.surface, "en") for h, _r in backward) if both else ""
            tail = f" (it has {has})" if has else ""
            for h, renderings in forward:
                missed.append(Missed(_missing_finding(h, renderings, "en", en[0].location, tail), h.match.concept_id,
                                     h.match.form, h.surface, "en", en_text, renderings, bead=_key(en), has=has,
                                     sentence=h.sentence.text.text, span=(h.match.start, h.match.end),
                                     cell=table_column(h.sentence, h.match.start),
                                     heading=_headings(h.sentence, en), beside=_beside(h.sentence, zh)))
            if both or source == "zh":  # from a Chinese source, a term found in the English only is no finding
                continue
        for h, renderings in backward:  # from an English source, a term found in the Chinese only is no finding
            variant = None if both else near_variant(renderings, zh_text)
            if variant and _glossed_in(variant, en_text, h.surface):
                variant = None  # 高血糖 beside 高血压 where the English says "hyperglycemia": its own word, no variant
            has = (", ".join(q(f.surface, "zh") for f, _r in forward) if both
                   else q(variant, "zh") if variant else "")
            tail = f" (it has {has})" if has else ""
            missed.append(Missed(_missing_finding(h, renderings, "zh", zh[0].location, tail), h.match.concept_id,
                                 h.match.form, h.surface, "zh", zh_text, renderings, bead=_key(zh), has=has,
                                 sentence=h.sentence.text.text, span=(h.match.start, h.match.end),
                                 cell=table_column(h.sentence, h.match.start),
                                 heading=_headings(h.sentence, zh), beside=_beside(h.sentence, en)))
    candidates = _unexplained(ctx, hits, missed, unlisted, learned)
    for watch in WATCHERS:
        watch(ctx, candidates, occurrences, unlisted)
    taken = {lang: glossary.term_keys(lang) for lang in ("zh", "en")}
    return joined(candidates, summarise(candidates, occurrences, learned, excused, taken), in_columns)


def _headings(source: Sentence, target: list[Sentence]) -> bool:
    """Whether a term's sentence is a heading aligned with one heading (`missing_headings`)."""
    return source.role is Role.HEADING and len(target) == 1 and target[0].role is Role.HEADING


def _beside(source: Sentence, side: list[Sentence]) -> str:
    """The bead's other source sentences, joined (`Missed.beside`)."""
    return " ".join(s.text.text for s in side if s is not source)


def _key(sentences: list[Sentence]) -> tuple[int, ...]:
    return tuple(id(s) for s in sentences)


def _unexplained(ctx: CheckContext, hits: dict[int, list[Hit]], missed: list[Missed],
                 unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]],
                 learned: dict[tuple[str, str, str], Counter[str]]) -> list[Missed]:
    """The candidate findings left once the file's own renderings are learned (`checks.renderings`): a bead that
    lacks the listed rendering but has the word this translator keeps using for the concept renders it.

    `unlisted[(path, concept, tgt)]` are the beads whose source names the concept and whose target has none of its
    listed forms (found rendered otherwise or not): the evidence learning draws on. The learned words of each
    (path, concept, tgt) are counted into `learned`, once per bead they render (`missing_summary` says so)."""
    groups = by_concept(missed)
    if all(len(unlisted.get(k, ())) <= MIN_SUPPORT for k in groups):
        return missed  # no concept lacks its listed rendering in enough beads to learn from
    learners: dict[str, Renderings] = {}
    beads: dict[str, list[Bead]] = {"en": [], "zh": []}
    for _pair, _bead, zh, en in ctx.aligned_beads():
        for src, tgt, lang in ((zh, en, "en"), (en, zh, "zh")):
            tgt_hits = [h for s in tgt for h in hits.get(id(s), ())]
            concepts = frozenset(c for s in src for h in hits.get(id(s), ()) for c in h.match.concepts)
            named = frozenset(c for h in tgt_hits if h.match.status is not TermStatus.DEPRECATED
                              for c in h.match.concepts)
            beads[lang].append(Bead(_key(tgt), masked_text(tgt, tgt_hits), concepts, src[0].location.path, named))
    from zhen_qa.aligner.lexicon import load_lexicon  # loaded already where the document was aligned

    lexicon = load_lexicon()
    for lang, found in beads.items():
        learners[lang] = Renderings(found, lang, lexicon.zh2en, lexicon.en2zh)
    dropped: set[int] = set()
    for k, group in groups.items():
        evidence = unlisted.get(k, [])
        if len(evidence) <= MIN_SUPPORT:
            continue
        learner = learners[group[0].tgt]
        for m in group:
            others = [b for b in dict.fromkeys(evidence) if b != m.bead]
            word = learner.learned(m.concept, m.bead, others, m.source_form, m.renderings) \
                or associated(learner, m.concept, m.bead, others, m.renderings)
            if word:
                dropped.add(id(m))
                learned.setdefault(k, Counter())[word] += 1
    return [m for m in missed if id(m) not in dropped]


def _deficits(glossary: Glossary, balance: term_balance.Balance, found: list[tuple[Hit, tuple[str, ...]]],
              occurrences: Counter[tuple[str, str, str]], placed: set[int]) -> list[tuple[Hit, tuple[str, ...]]]:
    """The candidate findings whose concept the other language names fewer times over the bead and its neighbours
    (`term_balance`). A bead balanced by its neighbour is taken out of the concept's occurrences too: it is neither
    missing nor rendered as listed there, so the summary of a concept missing in many sentences is unchanged."""
    kept = []
    for h, renderings in found:
        if id(h) in placed:  # the term stands in English, or another word stands, where it is: not moved next door
            kept.append((h, renderings))
        elif balance.short([glossary.concept(c) for c in h.match.concepts], h.lang, h.sentence):
            kept.append((h, renderings))
        else:
            occurrences[(h.location.path, h.match.concept_id, "en" if h.lang == "zh" else "zh")] -= 1
    return kept


def _unrendered(file: FileContext, bead: BeadContext,
                unlisted: dict[tuple[str, str, str], list[tuple[int, ...]]],
                learned: dict[tuple[str, str, str], Counter[str]],
                placed: set[int], excused: Counter[tuple[str, str, str]]) -> list[tuple[Hit, tuple[str, ...]]]:
    """First hit of each preferred/admitted source concept with no form at all on the target side.

    A target form counts when the matcher found it or, leniently, when `checks.presence` finds it
    in the target text (inside a longer word, inflected or derived, split by spaces or hyphens), outside
    the matches of listed terms: 分泌组 inside a matched 分泌组学 is that other concept, not evidence — unless the
    longer concept holds this one in both languages (辅助化疗 "adjuvant chemotherapy" holds 化疗, `term_nested`).
    Otherwise the first excuse of `term_excuses.EXCUSES` that applies to the case (`term_case.Case`: the hit, the
    `file`'s context and the `bead`'s) silences it: a disease named elsewhere referred back to by "disease", a term
    inside the full name of an abbreviation the file defines, a concept the English leaves to the context
    (`term_implied`), and so on. Each bead whose target has no listed form of a concept is noted in `unlisted` (what
    `checks.renderings` learns from); one an excuse says by the file's own word (`Excuse.learns`: the object's word,
    `term_object`) is counted in `learned` under that word, any other excused one in `excused` (said otherwise:
    `missing_summary` weighs it with the missing beads, so an excuse never breaks a summary up). In a
    page pair that is documentation (`FileContext.documentation`: Markdown with a code block or code spans in
    several blocks, no front matter), an English term the Chinese keeps in its prose
    (`presence_kept.left_in_english`: 上游client的request) renders the concept (issue 11, class 7; stop
    69), unless the glossary lists that English word among the concept's deprecated Chinese terms (stop 70,
    `_deprecated_english`: kept in any case or number, `presence_kept.kept_in_prose`, it stands where the term
    should). Elsewhere such a term (护理服务quality) asks no excuse, and its hit is noted in `placed`: it stands
    where it is, so no neighbour's term balances it (`_deficits`); so is an English term no excuse
    silences whose Chinese has another word in its place by the file's own phrases with it
    (`Case.replaced_in_phrase`, `term_slot_zh`: 伴侣物质样本 for "couple therapy sample" where the file writes
    伴侣疗法) or by the English word right beside it (`Case.replaced_beside`: 肌肉物质 for "Muscle
    development"), replaced there, not moved next door.
    """
    glossary, tgt, src_hits = file.glossary, bead.tgt, bead.src_hits
    seen: set[str] = set()
    out: list[tuple[Hit, tuple[str, ...]]] = []
    for h in src_hits:
        cid = h.match.concept_id
        if cid in seen or bead.present.intersection(h.match.concepts) or h.match.status is TermStatus.DEPRECATED:
            continue
        if h.lang == "en" and in_code_name_of(h.sentence.text.text, h.match.start, h.match.end):
            continue  # dataset in dataset.arrow or dataset_info.json: a file's or property's name, no term
        seen.add(cid)
        # a homonym (the term listed by several concepts) is rendered by any of its concepts' renderings
        concepts = [glossary.concept(c) for c in h.match.concepts]
        renderings = tuple(dict.fromkeys(r for c in concepts for r in c.accepted(tgt)))
        if not renderings:
            continue
        evidence = bead.evidence
        found = False
        for concept in concepts:
            forms = concept.accepted(tgt) + (_zh_deprecated(concept) if tgt == "zh" else concept.en_deprecated)
            if forms and (evidence.has_zh(forms) or bead.split_by_de(forms) if tgt == "zh"
                          else evidence.has_en(forms, concept.case_sensitive)
                          or bead.code.has_en(forms, concept.case_sensitive)):
                found = True
                break
        if found or any(nested_rendering(glossary, c, bead.tgt_hits, tgt, src_hits)
                        or said_apart(h, c, glossary, src_hits, bead.tgt_hits) for c in concepts):
            continue
        banned = _deprecated_english(concepts) if tgt == "zh" else ()
        kept_english = tgt == "zh" and (left_in_english(
            _with_inflection([f for c in concepts for f in c.accepted("en")], h.surface), evidence.text, en2zh(),
            file.usage) or bool(banned) and kept_in_prose(banned, evidence.text))
        if kept_english and file.documentation and not banned:
            continue  # documentation keeping the English term in its Chinese prose renders it (issue 11, class 7)
        unlisted.setdefault((h.location.path, cid, tgt), []).append(_key(bead.tgt_sentences))
        if kept_english and not kept_as_written(h.sentence, h.match.start, h.match.end, bead.tgt_sentences):
            excuse = None  # the term left in English in the Chinese: no excuse of a term left out or said otherwise
            placed.add(id(h))
        else:
            case = Case(file, bead, h, concepts, renderings)
            excuse = excuse_for(case)  # the first of `term_excuses.EXCUSES`
            if excuse is None and tgt == "zh" and (case.replaced_in_phrase() or case.replaced_beside()):
                placed.add(id(h))  # another word in the term's phrase or compound (`term_slot_zh`): replaced, not moved
        if excuse is not None:
            if excuse[1]:  # the file's own word for the concept (`Excuse.learns`)
                _learn(learned, (h.location.path, cid, tgt), excuse[1])
            else:
                excused[(h.location.path, cid, tgt)] += 1
            continue
        if general_alternative_hit(glossary, h, file.abbrevs):
            # a general word the glossary admits as an alternative starts no finding; another use of the
            # concept in the bead (the preferred form, a specific alternative) still does
            kept = next((o for o in src_hits if o.match.concept_id == cid and o.match.status is not
                         TermStatus.DEPRECATED and not general_alternative_hit(glossary, o, file.abbrevs)), None)
            if kept is None:
                continue
            h = kept
        out.append((h, renderings))
    return out


def _zh_deprecated(concept: Concept) -> tuple[str, ...]:
    """The deprecated Chinese terms that say a concept (a deprecated form is found and reported as such), less its
    own English words where the glossary lists them there (`Concept.english_in_zh_deprecated`): the Chinese keeping
    the word in any case or number ("labels" for a deprecated "label") then lacks the term."""
    english = {t.casefold() for t in concept.english_in_zh_deprecated()}
    if not english:
        return concept.zh_deprecated
    return tuple(t for t in concept.zh_deprecated if t.casefold() not in english)


def _deprecated_english(concepts: Sequence[Concept]) -> tuple[str, ...]:
    """The English terms of `concepts` the glossary also lists among their deprecated Chinese terms
    (`Concept.english_deprecated_in_zh`): words the Chinese must translate, so kept in its prose in any case or number
    (Labels, Label, labels for "label": `presence_kept.kept_in_prose`) they render nothing and stand where the term
    should, which no excuse of a term left out or referred back explains (review70 R3)."""
    return tuple(t for c in concepts for t in c.english_in_zh_deprecated())


def in_code_name_of(text: str, start: int, end: int) -> bool:
    """Whether the English text[start:end] is part of a name of code: joined by a dot to a word (`in_dotted_name`:
    dataset.arrow, output.polyfill) or by an underscore (dataset_info.json, cache_size)."""
    return in_dotted_name(text, start, end) or text[end:end + 1] == "_" or text[max(0, start - 1):start] == "_"


def _with_inflection(forms: list[str], surface: str) -> list[str]:
    """The glossary's English forms and the hit's own surface when it inflects them (environments, pull requests):
    the word the Chinese may keep as the English writes it. A form in another case is the form itself (a lower-cased
    corpus's "ct" is the glossary's CT, a name Chinese keeps)."""
    return forms if surface.lower() in {f.lower() for f in forms} else [*forms, surface]


def _learn(learned: dict[tuple[str, str, str], Counter[str]] | None, key: tuple[str, str, str], word: str) -> None:
    """Count `word` as the file's own rendering of a concept in one more bead (`key`: file, concept, target
    language): a free rendering the summary weighs as such (`missing_summary`)."""
    if learned is not None:
        learned.setdefault(key, Counter())[word] += 1


















def near_variant(renderings: tuple[str, ...], zh_text: str) -> str | None:
    """A Chinese word or run of words of the target as long as a listed rendering of three or more characters and
    differing from it in one character only, not the first: a near variant said where the term should be (临床实验
    for 临床试验, 个人防护设备 for 个人防护装备, 淋巴癌 for 淋巴瘤, a dropped or mistyped character), the wrong term a
    reviewer looks for; None when there is none. It starts and ends where jieba's words do (益生功 of 益生功能 is no
    variant of 益生菌); two characters in common out of four (临床表现 beside 临床试验) make another word, and so does
    another first character (尚流行 "still circulating" beside 大流行)."""
    from zhen_qa.aligner.jieba_base import cut  # loaded already where the document was aligned

    sizes = [len(r) for r in renderings if len(r) >= 3 and HAN_RUN_RE.fullmatch(r)]
    if not sizes:
        return None
    runs: list[str] = HAN_RUN_RE.findall(zh_text)
    for run in runs:
        edges, at = {0}, 0
        for word in cut(run):
            at += len(word)
            edges.add(at)
        for rendering in renderings:
            size = len(rendering)
            if size not in sizes:
                continue
            for i in sorted(edges):
                word = run[i:i + size]
                if len(word) == size and i + size in edges and word not in renderings and word[0] == rendering[0] \
                        and sum(a != b for a, b in zip(word, rendering)) == 1:
                    return word
    return None


def _glossed_in(word: str, en_text: str, term: str) -> bool:
    """Whether the English says a lexicon sense of the Chinese word other than the missing term's own: the word
    renders something else the English has (高血糖 = "hyperglycemia" beside a missing "hypertension"), so it is no
    near variant written for the term (淋巴癌 = "lymphoma" for 淋巴瘤 stays one)."""
    from zhen_qa.aligner.lexicon import en_stems

    said = set(zh2en().get(word, ())) & set(en_stems(en_text))
    return bool(said - set(en_stems(term)))


def _missing_finding(h: Hit, renderings: tuple[str, ...], tgt: str, related: Location, tail: str) -> Finding:
    shown = " / ".join(q(r, tgt) for r in renderings[:3])
    other = "English" if tgt == "en" else "Chinese"
    msg = f"{q(h.surface, h.lang)} has no {shown} in the aligned {other}{tail}"
    return Finding(TERM_MISSING.id, TERM_MISSING.severity, msg, h.location, h.lang, h.excerpt,
                   suggestion=renderings[0], related=related,
                   data=(("concept", h.match.concept_id), ("form", h.match.form), ("expected", list(renderings))))
