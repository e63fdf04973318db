"""Terminology checks: term-variant, term-inconsistent, term-missing and term-forbidden.

Deprecated English terms quoted inside Chinese sentences are term-variant findings too.
One defect gives one finding: an English deprecated rendering whose bead has the concept on the
Chinese side is term-forbidden (not also term-variant); a concept present on the other side of a
bead in any form (even deprecated) is not term-missing; term-missing starts only from preferred or
admitted forms (a deprecated form is already a term-variant).
"""
from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from zhen_qa.checks import discover, term_balance
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.missing_summary import Missed, summarise
from zhen_qa.checks.presence import (
    DERIVED_MIN,
    Evidence,
    abbreviated,
    defined_abbreviations,
    masked,
    transliterated,
    zh_defined_abbreviations,
)
from zhen_qa.glossary.discover.abbrev import spells
from zhen_qa.glossary.model import Concept, Glossary, Matchers, TermMatch, TermStatus
from zhen_qa.glossary.normalize import fold_zh
from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import TERM_EXCERPT_CONTEXT, Finding, Rule, Scope, Severity, window

NOT_REFERENCES = Scope(frozenset({Role.REFERENCE}))
"""Reference-list entries quote other works' titles verbatim: their terms are not the author's to change."""

TERM_VARIANT = Rule(
    "term-variant",
    Severity.WARNING,
    "A deprecated glossary term is used; the preferred term is suggested.",
    preconditions="English deprecated renderings with the concept on the Chinese side are term-forbidden",
    scope=NOT_REFERENCES,
)
TERM_INCONSISTENT = Rule(
    "term-inconsistent",
    Severity.INFO,
    "More than one accepted form of a glossary concept, or forms that look like one term written several "
    "ways (discovered without a glossary), in a document.",
    preconditions="one finding per concept or discovered group per document; a mixture whose minority "
    "forms are all deprecated is left to term-variant",
    scope=NOT_REFERENCES,
)
TERM_MISSING = Rule(
    "term-missing",
    Severity.WARNING,
    "A glossary term has none of its preferred or admitted renderings in the aligned other language.",
    preconditions="aligned beads only; the concept in any form on the other side counts as rendered; "
    "a concept missing in many sentences of a file is one finding",
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

@dataclass(frozen=True)
class _Hit:
    """One term match in one sentence."""

    sentence: Sentence
    match: TermMatch
    lang: str

    @property
    def location(self) -> Location:
        return self.sentence.text.location(self.match.start, self.match.end)

    @property
    def surface(self) -> str:
        return self.sentence.text.text[self.match.start:self.match.end]

    @property
    def excerpt(self) -> str:
        text = self.sentence.text.text
        return window(text, self.match.start, self.match.end, TERM_EXCERPT_CONTEXT).replace("\n", " ")


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


def _q(term: str, lang: str) -> str:
    return f"「{term}」" if lang == "zh" else f"“{term}”"


def run(ctx: CheckContext) -> Iterable[Finding]:
    """All terminology findings of one manuscript (only discovered inconsistencies without a glossary)."""
    glossary = ctx.glossary
    if glossary is None or not len(glossary):
        return sorted(discover.run(ctx), key=Finding.sort_key)
    matchers = glossary.matchers()
    hits: dict[int, list[_Hit]] = {}
    order: list[_Hit] = []
    # outside aligned beads a Chinese match serves only term-variant and term-inconsistent: there only concepts with
    # a choice of Chinese forms matter, and the matcher confirms only the texts that hold one (choices_only)
    aligned = {id(s) for _pair, _bead, zh, _en in ctx.aligned_beads() for s in zh}
    for lang in ("zh", "en"):
        sentences = ctx.sentences(lang)
        if not sentences:
            continue  # each matcher is built only if its language occurs
        if lang == "zh":
            all_matches = matchers.zh.find_all([s.text.text for s in sentences],
                                               [id(s) not in aligned for s in sentences])
        else:
            all_matches = [matchers.en.find(s.text.text) for s in sentences]
        for sentence, found_matches in zip(sentences, all_matches):
            found = [_Hit(sentence, m, lang) for m in found_matches]
            hits[id(sentence)] = found
            order.extend(found)
    # English terms quoted inside Chinese sentences ("阿尔茨海默病(Alzheimer disease)"): term-variant only
    embedded = [_Hit(s, m, "en") for s in ctx.sentences("zh")
                for m in _latin_matches(matchers, s.text.text) if m.status is TermStatus.DEPRECATED]
    forbidden = list(_forbidden(ctx, glossary, hits))
    forbidden_at = {(f.location, f.lang) for f in forbidden}
    out: list[Finding] = []
    counts = Counter((h.match.concept_id, h.lang, h.match.form) for h in order)
    out.extend(_variants(glossary, order + embedded, forbidden_at, counts))
    out.extend(forbidden)
    out.extend(_missing(ctx, glossary, hits))
    out.extend(_inconsistent(glossary, order, ctx.partners()))
    out.extend(discover.run(ctx))
    out.sort(key=Finding.sort_key)
    return out


def _variants(glossary: Glossary, order: list[_Hit], skip: set[tuple[Location, str]],
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
        msg = f"deprecated term {_q(hit.surface, hit.lang)}"
        if n:
            m = counts[(concept.id, hit.lang, preferred)]
            msg += f" ×{n} in this document" + (f" ({_q(preferred, hit.lang)} ×{m})" if m else "")
        if preferred:
            msg += f"; use {_q(preferred, hit.lang)}"
        yield Finding(TERM_VARIANT.id, TERM_VARIANT.severity, msg, loc, hit.lang, hit.excerpt,
                      suggestion=preferred or None,
                      data=(("concept", concept.id), ("form", hit.match.form), ("status", "deprecated"),
                            ("count", n), ("preferred_count", counts[(concept.id, hit.lang, preferred)])))


def _bead_sides(ctx: CheckContext, hits: dict[int, list[_Hit]], before: set[str] | None = None,
                ) -> Iterator[tuple[list[_Hit], list[_Hit], list[Sentence], list[Sentence]]]:
    """Aligned beads with a term match on either side; `before`, when given, is kept as the concepts named
    in the English of the previous aligned bead while each bead is handled."""
    previous: set[str] = set()
    for _pair, _bead, zh, en in ctx.aligned_beads():
        zh_hits = [h for s in zh for h in hits.get(id(s), ())]
        en_hits = [h for s in en for h in hits.get(id(s), ())]
        if before is not None:
            before.clear()
            before.update(previous)
            previous = {c for h in en_hits for c in h.match.concepts}
        if zh_hits or en_hits:
            yield zh_hits, en_hits, zh, en


def _forbidden(ctx: CheckContext, glossary: Glossary, hits: dict[int, list[_Hit]]) -> Iterator[Finding]:
    for zh_hits, en_hits, _zh, _en in _bead_sides(ctx, hits):
        zh_by_concept: dict[str, _Hit] = {}
        for h in zh_hits:
            zh_by_concept.setdefault(h.match.concept_id, h)
        for h in en_hits:
            if h.match.status is not TermStatus.DEPRECATED or h.match.concept_id not in zh_by_concept:
                continue
            concept = glossary.concept(h.match.concept_id)
            zh_hit = zh_by_concept[h.match.concept_id]
            preferred = concept.preferred("en")
            msg = f"{_q(zh_hit.surface, 'zh')} rendered as deprecated {_q(h.surface, 'en')}"
            if preferred:
                msg += f"; use {_q(preferred, 'en')}"
            yield Finding(TERM_FORBIDDEN.id, TERM_FORBIDDEN.severity, msg, h.location, "en", h.excerpt,
                          suggestion=preferred or None, related=zh_hit.location,
                          data=(("concept", concept.id), ("form", h.match.form), ("zh", zh_hit.surface)))


def _missing(ctx: CheckContext, glossary: Glossary, hits: dict[int, list[_Hit]]) -> list[Finding]:
    """term-missing findings, one per concept where it is missing in many sentences (`missing_summary`)."""
    missed: list[Missed] = []
    occurrences: Counter[tuple[str, str, str]] = Counter()
    named_in_en = {c for hs in hits.values() for h in hs if h.lang == "en" for c in h.match.concepts}
    named_in_zh = {c for hs in hits.values() for h in hs if h.lang == "zh" for c in h.match.concepts}
    abbrevs = zh_defined_abbreviations(s.text.text for s in ctx.sentences("zh"))
    abbrevs.update(defined_abbreviations(s.text.text for s in ctx.sentences("en")))  # the English name, if any
    before: set[str] = set()  # concepts the English of the bead before names (what "it" may refer to)
    balance: term_balance.Balance | None = None  # built for the first candidate finding
    for zh_hits, en_hits, zh, en in _bead_sides(ctx, hits, before):
        for src_hits, tgt in ((zh_hits, "en"), (en_hits, "zh")):
            for cid in {h.match.concept_id for h in src_hits if h.match.status is not TermStatus.DEPRECATED}:
                occurrences[(src_hits[0].location.path, cid, tgt)] += 1
        forward = _unrendered(glossary, zh_hits, en_hits, "en", en, named_in_en, abbrevs, set(before))
        backward = _unrendered(glossary, en_hits, zh_hits, "zh", zh, named_in_zh, abbrevs)
        if forward or backward:  # a real deficit over the bead and its neighbours, not a term moved next door
            if balance is None:
                balance = term_balance.Balance(ctx.manuscript, {sid: [h.match for h in hs] for sid, hs in hits.items()})
            forward, backward = (_deficits(glossary, balance, found, occurrences) for found in (forward, backward))
        en_text = " ".join(s.text.text for s in en)
        zh_text = "".join(s.text.text for s in zh)
        # both sides have a concept the other lacks: most likely one mistranslation, so one finding
        tail = f" (it has {', '.join(_q(h.surface, 'en') for h, _r in backward)})" if forward and backward else ""
        for h, renderings in forward:
            missed.append(Missed(_missing_finding(h, renderings, "en", en[0].location, tail), h.match.concept_id,
                                 h.match.form, h.surface, "en", en_text, renderings))
        if forward and backward:
            continue
        for h, renderings in backward:
            missed.append(Missed(_missing_finding(h, renderings, "zh", zh[0].location, ""), h.match.concept_id,
                                 h.match.form, h.surface, "zh", zh_text, renderings))
    return summarise(missed, occurrences)


def _deficits(glossary: Glossary, balance: term_balance.Balance, found: list[tuple[_Hit, tuple[str, ...]]],
              occurrences: Counter[tuple[str, str, str]]) -> list[tuple[_Hit, tuple[str, ...]]]:
    """The candidate findings whose concept the other language names fewer times over the bead and its neighbours
    (`term_balance`). A bead balanced by its neighbour is taken out of the concept's occurrences too: it is neither
    missing nor rendered as listed there, so the summary of a concept missing in many sentences is unchanged."""
    kept = []
    for h, renderings in found:
        if balance.short([glossary.concept(c) for c in h.match.concepts], h.lang, h.sentence):
            kept.append((h, renderings))
        else:
            occurrences[(h.location.path, h.match.concept_id, "en" if h.lang == "zh" else "zh")] -= 1
    return kept


_DISEASE_NAME = re.compile(
    r"(?:carcinoma|cancer|disease|syndrome|tumou?r|leuka?emia|lymphoma|sarcoma|melanoma|infection|disorder|itis)$",
    re.I)
_DISEASE_BACKREF = re.compile(r"(?<![A-Za-z])(?:disease|cancer|tumou?r|malignancy|illness)s?(?![A-Za-z])", re.I)
"""The generic noun an English text uses for a disease it has named ("locoregionally advanced disease")."""
_ZH_DISEASE_BACKREF = LazyPattern(r"肿瘤|癌症|疾病|[该本此]病")
"""The generic noun a Chinese text uses for a disease it has named (肿瘤患者 for the lung cancer patients)."""
_TREATMENT_NAME = re.compile(r"therapy$", re.I)
"""A treatment's English name (chemotherapy, radiation therapy): a drug may stand for it (`_modifier_rendered`)."""
_PRONOUN = LazyPattern(r"\s*(?:it|its|they|their)(?![A-Za-z])", re.I)
"""A sentence-initial pronoun, which refers back to what the sentence before named ("... nasopharyngeal
carcinoma. It affected ...")."""
@functools.lru_cache(maxsize=1)
def _zh_demonstrative() -> re.Pattern[str]:
    """A demonstrative right before a Chinese term (该不良事件): the translator names what the source refers back to.
    Not the possessive 其 (其功效 = "its efficacy"), after which the English names the term too. Compiled on first
    need (its Han range takes about 1 ms; most runs never ask)."""
    return re.compile(r"(?:该|此|这|这些|这种|这类|这一|上述|此类)[\u4e00-\u9fff]?$")


_ZH_DISEASE_NAME = ("病", "症", "炎", "癌", "瘤", "综合征")
"""The final morpheme of a Chinese disease name (精神分裂症, 白血病, 腹膜炎, 肺癌, 淋巴瘤): it says what the English
name does not always say ("schizophrenia", "leukemia")."""
@functools.lru_cache(maxsize=1)
def _en_definite_backref() -> re.Pattern[str]:
    """A definite noun phrase an English text uses for a disease it has named, or for the people who have it ("the
illness" is `_DISEASE_BACKREF`'s; "this condition", "the patients" for 126例次腹膜炎). Only after a determiner: a
bare "patients" is in nearly every clinical sentence, and "substance patients" is a term replaced, not referred to.
    Compiled on first use (only a candidate finding asks)."""
    return re.compile(
        r"(?<![A-Za-z])(?:the|this|that|these|those|such)\s+(?:condition|disorder|patients|cases)(?![A-Za-z])", re.I)


def _is_disease(c: Concept) -> bool:
    """Whether a concept names a disease: an English disease name or a Chinese one (`_ZH_DISEASE_NAME`)."""
    return any(_DISEASE_NAME.search(f) for f in c.accepted("en")) or \
        any(f.endswith(_ZH_DISEASE_NAME) for f in c.accepted("zh"))


def _names_a_disease(glossary: Glossary, hits: list[_Hit]) -> bool:
    """Whether the hits name a disease (`_is_disease`): then a generic noun beside them
    (肺癌、肝癌等癌症) is the category, not a word standing for the disease named before. Nor is it when the English
    has a generic noun of its own ("non-AIDS-defining cancers"): the Chinese one renders that."""
    return any(_is_disease(glossary.concept(h.match.concept_id)) for h in hits)


def _referred_back(concepts: list[Concept], text: str, named: set[str], lang: str = "en") -> bool:
    """A disease the document names elsewhere in this language, referred to here by a generic noun (disease,
    cancer, the illness, this condition, the patients; 肿瘤, 疾病, 该病)."""
    if not any(c.id in named and _is_disease(c) for c in concepts):
        return False
    if lang == "en":
        return bool(_DISEASE_BACKREF.search(text) or _en_definite_backref().search(text))
    return bool(_ZH_DISEASE_BACKREF.search(text))


def _anaphor(h: _Hit, concepts: list[Concept], text: str, named: set[str], before: set[str]) -> bool:
    """The concept is referred back to, not named, on one side: a pronoun starting the English for what the
    English bead before names ("It affected ..."), or a demonstrative before the Chinese term (该不良事件) for a
    concept the English names elsewhere; the English then needs no term of its own."""
    ids = {c.id for c in concepts}
    if ids & before and _PRONOUN.match(text):
        return True
    lead = h.sentence.text.text[max(0, h.match.start - 3):h.match.start]
    return bool(ids & named) and bool(_zh_demonstrative().search(lead))


def _unrendered(glossary: Glossary, src_hits: list[_Hit], tgt_hits: list[_Hit], tgt: str,
                tgt_sentences: list[Sentence], named: set[str] | None = None,
                abbrevs: dict[str, str] | None = None,
                before: set[str] | None = None) -> list[tuple[_Hit, tuple[str, ...]]]:
    """First hit of each preferred/admitted source concept with no form at all on the target side.

    A target form counts when the matcher found it or, leniently, when `checks.presence` finds it
    in the target text (inside a longer word, inflected or derived, split by spaces or hyphens), outside
    the matches of listed terms: 分泌组 inside a matched 分泌组学 is that other concept, not evidence.
    A disease named elsewhere in the English (`named`: concept ids) is rendered by "disease" or "cancer",
    and a term inside the full name of an abbreviation the English defines (`abbrevs`: ABBR -> full name,
    "plasma cell leukemia (PCL)") by the abbreviation, in either language (30例PCL患者). A concept
    referred back to (`_anaphor`; `before`: concepts the English of the previous bead names) needs no term.
    """
    present = {c for h in tgt_hits for c in h.match.concepts}
    seen: set[str] = set()
    out: list[tuple[_Hit, tuple[str, ...]]] = []
    evidence: Evidence | None = None
    for h in src_hits:
        cid = h.match.concept_id
        if cid in seen or present.intersection(h.match.concepts) or h.match.status is TermStatus.DEPRECATED:
            continue
        seen.add(cid)
        # a homonym (the term listed by several concepts) is rendered by any of its concepts' renderings
        concepts = [glossary.concept(c) for c in h.match.concepts]
        renderings = tuple(dict.fromkeys(r for c in concepts for r in c.accepted(tgt)))
        if not renderings:
            continue
        evidence = evidence or Evidence(_masked_text(tgt_sentences, tgt_hits))
        found = False
        for concept in concepts:
            forms = concept.accepted(tgt) + (concept.zh_deprecated if tgt == "zh" else concept.en_deprecated)
            if forms and (evidence.has_zh(forms) if tgt == "zh" else evidence.has_en(forms, concept.case_sensitive)):
                found = True
                break
        if found:
            continue
        if tgt == "zh" and evidence.has_original(concept.accepted("en")):
            continue  # the term kept in the original language: 95% CI inside the Chinese
        if tgt == "zh" and any(evidence.has_zh_spread(c.accepted("zh")) for c in concepts):
            continue  # 总生存 with a modifier inside: 总体中位生存时间
        if tgt == "zh" and any(evidence.has_zh_head(c.accepted("zh"), c.accepted("en"), _zh2en()) for c in concepts):
            continue  # "overall survival" as 生存率: the modifier dropped, the head rendered
        if tgt == "zh" and any(evidence.has_zh_shortened(c.accepted("zh")) for c in concepts):
            continue  # 门静脉高压 for "portal hypertension", 死亡 for "mortality"
        if tgt == "zh" and (_modifies_a_noun(h) or _traditional(evidence.text)) \
                and any(evidence.has_zh_gloss(c.accepted("en"), _zh2en()) for c in concepts):
            continue  # "traditional Chinese medicine compound" = 中药复方; 生活品質 (Taiwan) = "quality of life"
        if tgt == "en" and any(evidence.has_en_derived(c.accepted("en")) for c in concepts):
            continue  # 抑郁症 as "depressive disorders"
        if tgt == "en" and any(evidence.has_classical(c.accepted("en")) for c in concepts):
            continue  # 血小板减少 = thrombocytopenia
        if tgt == "en" and any(evidence.has_en_part(c.accepted("en")) for c in concepts):
            continue  # 骨髓 in "bone and marrow transplant", 可信区间 as "confidence limits"
        if tgt == "en" and _modifier_rendered(h, concepts, src_hits, tgt_hits, present, evidence.text):
            continue  # 顺铂化疗 = "cisplatin": the drug names the regimen
        if tgt == "en" and _part_of_another_word(h, evidence.text):
            continue  # 腺癌 in 前列腺癌, "prostate cancer": the match is part of 前列腺 and 癌
        if tgt == "en" and _regimen_rendered(h, concepts, evidence.text):
            continue  # CHOP方案化疗 = "CHOP regimen"
        if tgt == "en" and _initialism_in(renderings, evidence.text):
            continue  # "HR" for hazard ratio, "PEs" for pulmonary embolisms: an initialism the glossary does not list
        if tgt == "en" and _transliterated(h.surface, evidence.text, abbrevs):
            continue  # 升血小板胶囊 = Sheng-Xue-Xiao-Ban Capsule (SXXBC)
        if named and (tgt == "en" or not _names_a_disease(glossary, tgt_hits)
                      and not _DISEASE_BACKREF.search(_masked_text([h.sentence], src_hits))) \
                and _referred_back(concepts, evidence.text, named, tgt):
            continue  # "disease" for the nasopharyngeal carcinoma named before; 肿瘤 for 肺癌
        if tgt == "en" and named is not None and _anaphor(h, concepts, evidence.text, named, before or set()):
            continue
        if abbrevs and abbreviated(concepts, evidence.text, abbrevs):
            continue
        if _general_alternative(glossary, h, abbrevs):
            # a general word the glossary admits as an alternative starts no finding; another use of the
            # concept in the bead (the preferred form, a specific alternative) still does
            kept = next((o for o in src_hits if o.match.concept_id == cid and o.match.status is not
                         TermStatus.DEPRECATED and not _general_alternative(glossary, o, abbrevs)), None)
            if kept is None:
                continue
            h = kept
        out.append((h, renderings))
    return out


GENERAL_MIN = 3
"""Lexicon senses unrelated to a concept that make one of its admitted alternatives a general word
(`general_alternative`): "outcome" (胜负, 结果, 输赢, ... for 预后) has 6, "shingles" (木瓦 for 带状疱疹) 1."""


def _general_alternative(glossary: Glossary, h: _Hit, abbrevs: dict[str, str] | None) -> bool:
    """Whether a hit is an admitted alternative that is a general word (`general_alternative`), not the preferred
    form and not an abbreviation the glossary or the document defines (CI, OS are initialisms, not words)."""
    if h.match.status is not TermStatus.ADMITTED:
        return False
    concept = glossary.concept(h.match.concept_id)
    form = h.match.form
    if h.lang == "en" and (form in (abbrevs or {}) or form.isupper()
                           or is_initialism(form, concept.preferred("en"))):
        return False
    other = tuple(t for t, _s, _f in concept.terms("zh" if h.lang == "en" else "en"))
    return general_alternative(form, h.lang, other)


@functools.lru_cache(maxsize=4096)
def general_alternative(form: str, lang: str, other: tuple[str, ...]) -> bool:
    """Whether a term of one word is a general word in the lexicon (CC-CEDICT): GENERAL_MIN or more of its senses
    are unrelated to `other`, the concept's terms in the other language. An English word's senses are the
    Chinese headwords it glosses, unrelated when they share no character with those terms ("outcome": 结果,
    输赢, 终局 for 预后); a Chinese word's are its gloss stems, unrelated when no English term's stem begins
    one or is begun by it (结果: bear, fruit, conclusion, end for "outcome").

    An admitted alternative is a permission to render the concept so, not evidence that every use of the word is
    the concept: "relationship outcomes" is 关系的结局, not 预后. Looked up only for a candidate finding.
    """
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon

    lexicon = load_lexicon()
    if lang == "en":
        stems = en_stems(form)
        if len(stems) != 1:
            return False  # a phrase ("total knee replacement") names one thing
        chars = set("".join(fold_zh(t) for t in other))
        unrelated = [z for z in lexicon.en2zh.get(stems[0], ()) if not chars.intersection(z)]
    else:
        wanted = {s for t in other for s in en_stems(t)}
        unrelated = [g for g in lexicon.zh2en.get(fold_zh(form).strip(), ())
                     if not any(g.startswith(w[:4]) or w.startswith(g[:4]) for w in wanted)]
    return len(unrelated) >= GENERAL_MIN


def _modifier_rendered(h: _Hit, concepts: list[Concept], src_hits: list[_Hit], tgt_hits: list[_Hit],
                       present: set[str], text: str = "") -> bool:
    """A Chinese treatment term compounded with the drug before it (顺铂化疗, 紫杉醇方案化疗), which the English names.

    English lets a drug stand for its regimen ("concurrent cisplatin" for 同步顺铂化疗, "treated with bortezomib" for
    使用硼替佐米化疗): the treatment is said by the drug, not missing. The drug is a glossary term whose concept the
    English renders, or a Chinese name right before the term (方案 between them allowed; not 以…为主的化疗) where
    the English `text` has a drug name (`_drug_name`). Only for a treatment (an English form ending in "therapy"),
    and not when the English has a term the Chinese lacks: then the head may have been rendered wrongly.
    """
    if not any(_TREATMENT_NAME.search(f) for c in concepts for f in c.accepted("en")):
        return False
    src = {c for o in src_hits for c in o.match.concepts}
    kept = Evidence(" ".join(dict.fromkeys(o.sentence.text.text for o in [h, *src_hits])))
    if any(not src.intersection(t.match.concepts) and not kept.has_original([t.match.form]) for t in tgt_hits):
        return False  # an English term the Chinese lacks (kept in English inside the Chinese, as MM, it has it)
    if any(o.match.end == h.match.start and o.sentence is h.sentence and present.intersection(o.match.concepts)
           for o in src_hits):
        return True
    before = h.sentence.text.text[:h.match.start].removesuffix(_ZH_REGIMEN)
    return _compounds(before) and bool(_drug_name().search(text))


@functools.lru_cache(maxsize=1)
def _drug_name() -> re.Pattern[str]:
    """An anticancer drug's international nonproprietary name, by the WHO stem of its class (cis-platin,
    pacli-taxel, borte-zomib, ritu-ximab, gem-citabine, ...): what a Chinese X化疗 names when the English says X.
    Compiled on first use (only a candidate finding asks)."""
    return re.compile(
        r"(?<![A-Za-z])[A-Za-z]{2,}(?:platin|taxel|rubicin|mycin|zomib|tinib|citabine|fosfamide|poside|tecan|trexed|"
        r"trexate|mustine|stine|uracil|parib|ciclib|lidomide|mab)(?![A-Za-z])", re.I)


_NOT_A_NAME = frozenset("的之为主和及与或、用受予行")
"""Characters that end a phrase before a treatment term, not a drug name (以X为主的化疗, 接受化疗, 进行化疗)."""


def _compounds(before: str) -> bool:
    """Whether the text right before a Chinese treatment term is a drug's name it compounds with: two Han characters
    or more, not ending in a function word (`_NOT_A_NAME`), whose last two the lexicon does not know as a word. A
    drug's Chinese name is a transliteration (硼替佐米, 紫杉醇, 顺铂: 佐米, 杉醇, 顺铂 are no words), a modifier
    is a word (联合化疗 "combination chemotherapy", 辅助化疗 "adjuvant", 诱导化疗 "induction", 标准化疗)."""
    return len(before) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in before[-2:]) \
        and before[-1] not in _NOT_A_NAME and before[-2:] not in _zh2en()


_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)")


def _modifies_a_noun(h: _Hit) -> bool:
    """An English term right before a content word ("traditional Chinese medicine compound"): it modifies another
    noun, and the translation may render the compound as a whole with its own words (中药复方)."""
    from zhen_qa.aligner.lexicon import STOP_EN

    m = _NEXT_WORD.match(h.sentence.text.text, h.match.end)
    return m is not None and len(m.group(1)) > 2 and m.group(1).lower() not in STOP_EN


def _traditional(text: str) -> bool:
    """Chinese text written in Traditional characters (fold_zh changes some): its regional wording may differ
    from a glossary's (生活品質 in Taiwan for the mainland 生活质量)."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    changed = sum(a != b for a, b in zip(han, fold_zh("".join(han))))
    return changed * 10 >= len(han) > 0


def _part_of_another_word(h: _Hit, text: str) -> bool:
    """A Chinese match that a lexicon word crosses (starts before it and ends inside it, or the reverse), where the
    English translates both that word and the rest of the match: 腺癌 in 前列腺癌 is 前列腺 ("prostate") + 癌
    ("cancer"), not adenocarcinoma."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon  # loaded already where the document was aligned

    zh2en = load_lexicon().zh2en
    sentence = h.sentence.text.text
    start, end = h.match.start, h.match.end
    stems: set[str] | None = None
    for k in range(max(0, start - 3), end):
        for size in (2, 3, 4):
            stop = k + size
            if stop > len(sentence) or not (k < start < stop < end or start < k < end < stop):
                continue
            glosses = zh2en.get(sentence[k:stop])
            rest = zh2en.get(sentence[stop:end] if k < start else sentence[start:k])
            if glosses and rest:
                if stems is None:
                    stems = set(en_stems(text))
                if stems.intersection(glosses) and stems.intersection(rest):
                    return True
    return False


_ZH_REGIMEN = "方案"
_EN_REGIMEN = LazyPattern(r"(?<![A-Za-z])regimens?(?![A-Za-z])", re.I)


def _regimen_rendered(h: _Hit, concepts: list[Concept], text: str) -> bool:
    """A Chinese treatment term joined to 方案 ("regimen": CHOP方案化疗, 化疗方案) with "regimen" in the English.

    The regimen says the treatment: "CHOP regimen" is the CHOP chemotherapy. Only for a treatment (an
    English form ending in "therapy").
    """
    if not any(_TREATMENT_NAME.search(f) for c in concepts for f in c.accepted("en")):
        return False
    sentence = h.sentence.text.text
    joined = sentence[max(0, h.match.start - 2):h.match.start] == _ZH_REGIMEN or \
        sentence[h.match.end:h.match.end + 2] == _ZH_REGIMEN
    return joined and bool(_EN_REGIMEN.search(text))


def _zh2en() -> Mapping[str, tuple[str, ...]]:
    """The lexicon's Chinese word -> English stems table (loaded already where the document was aligned)."""
    from zhen_qa.aligner.lexicon import load_lexicon

    return load_lexicon().zh2en


def _transliterated(term: str, text: str, abbrevs: dict[str, str] | None) -> bool:
    """The English spells the Chinese term in pinyin, itself or in the full name of an abbreviation it uses."""
    from zhen_qa.aligner.lexicon import load_lexicon  # loaded already where the document was aligned

    readings = load_lexicon().readings
    fulls = [full for abbr, full in (abbrevs or {}).items() if abbr in text]
    return transliterated(term, " ; ".join([text, *fulls]), readings)


def _masked_text(sentences: list[Sentence], hits: list[_Hit]) -> str:
    """The sentences' text joined by spaces, with every term match blanked out (by NUL characters)."""
    return " ".join(masked(s.text.text, [h.match for h in hits if h.sentence is s]) for s in sentences)


def _missing_finding(h: _Hit, renderings: tuple[str, ...], tgt: str, related: Location, tail: str) -> Finding:
    shown = " / ".join(_q(r, tgt) for r in renderings[:3])
    other = "English" if tgt == "en" else "Chinese"
    msg = f"{_q(h.surface, h.lang)} has no {shown} in the aligned {other}{tail}"
    return Finding(TERM_MISSING.id, TERM_MISSING.severity, msg, h.location, h.lang, h.excerpt,
                   suggestion=renderings[0], related=related,
                   data=(("concept", h.match.concept_id), ("form", h.match.form), ("expected", list(renderings))))


_RANK = {TermStatus.PREFERRED: 0, TermStatus.ADMITTED: 1, TermStatus.DEPRECATED: 2}
_WORD = re.compile(r"[A-Za-z]+")
@functools.lru_cache(maxsize=1)
def _all_han() -> re.Pattern[str]:
    """Han characters only, compiled on first use (only contraction pairs ask)."""
    return re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


_SKIPPED = frozenset({"of", "and", "the", "in", "for", "to", "with", "on", "by", "a", "an"})
"""Words an abbreviation may leave out ("Department of Health" DH)."""


_CAPITALISED = LazyPattern(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{1,9}(?![A-Za-z0-9])")
"""A word that starts with a capital letter (an initialism has two or more: HR, PEs, HBsAg)."""


def _initialism_in(forms: Iterable[str], text: str) -> bool:
    """Whether `text` writes one of the English `forms` (of two words or more) as its initialism, in the singular
    or the plural: "HR" = hazard ratio, "PEs" = pulmonary embolisms. Results sections use the common ones bare."""
    longs = [f for f in forms if " " in f.strip() or "-" in f]
    if not longs:
        return False
    for word in _CAPITALISED.findall(text):
        for short in (word, word[:-1]) if word.endswith("s") else (word,):
            if any(is_initialism(short, f) for f in longs):
                return True
    return False


def is_initialism(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long`: CI of "confidence interval", MDS of "myelodysplastic syndrome", HBsAg of
    "hepatitis B surface antigen". Every word of `long` but a function word gives its first letter, in order; a
    word may give more letters of its own after it (myelo-Dysplastic, antiGen), as biomedical abbreviations do
    (`glossary.discover.abbrev.spells`, which discovery's definitions use too). `short` is one run of letters with
    two capitals or more; CT is not "confidence interval" (no I)."""
    words = _WORD.findall(long)
    if len(words) < 2 or not short.isalpha() or sum(c.isupper() for c in short) < 2 or not short[0].isupper():
        return False
    return spells(words, short.lower(), stop=_SKIPPED)


def is_contraction(short: str, long: str) -> bool:
    """Whether Chinese `short` is `long` contracted: its characters in order, the first kept (放疗 of 放射治疗).

    Chinese shortens a term by keeping some of its characters (放射治疗 -> 放疗, 总生存期 -> 总生存,
    流行性感冒 -> 流感), the way English writes an initialism: the two are one term written long and short.
    """
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0] or not _all_han().fullmatch(short + long):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


_ADJECTIVE = re.compile(r"(?:ic|ical|tic|ive|al|ous|ant|ent|ary)$")
"""English adjective endings (prognostic, apoptotic, mutant): with a noun of the same stem, another part of speech."""


def is_other_part_of_speech(a: str, b: str) -> bool:
    """Whether two one-word English forms are one term as noun and adjective: the same stem of DERIVED_MIN
    letters, only one of them ending as an adjective (prognosis / prognostic, apoptosis / apoptotic)."""
    a, b = a.lower(), b.lower()
    if " " in a + b or bool(_ADJECTIVE.search(a)) == bool(_ADJECTIVE.search(b)):
        return False
    n = len(os.path.commonprefix([a, b]))
    return n >= DERIVED_MIN - 1 and n >= min(len(a), len(b)) - 3


def is_elaboration(short: str, long: str) -> bool:
    """Whether `long` is `short` with a modifier or qualifier of its own: 细胞凋亡 of 凋亡, "diabetes mellitus" of
    "diabetes" (whole words; in Chinese a dictionary word of two characters or more). The writer says the same
    term more or less fully, not another form."""
    if len(short) >= len(long):
        return False
    if _all_han().fullmatch(short + long):
        extra = long[:-len(short)] if long.endswith(short) else long[len(short):] if long.startswith(short) else ""
        return len(extra) >= 2 and _is_word(extra)  # 细胞 + 凋亡; not 细 + 胞外囊泡 (a contraction of 细胞外)
    words, longer = short.lower().split(), long.lower().split()
    n = len(words)
    return n < len(longer) and (longer[:n] == words or longer[-n:] == words)


def _is_word(text: str) -> bool:
    from zhen_qa.aligner.jieba_base import is_word  # jieba's dictionary, loaded already where the text was read

    return is_word(text)


def _styles(forms: list[str]) -> list[str]:
    """The forms, a short form counted with its long form: "95% confidence interval (CI)" then "CI" is one usage,
    and so are 放射治疗 and 放疗, 凋亡 and 细胞凋亡, prognosis and prognostic (noun and adjective)."""
    return [f for f in forms if not any(is_initialism(f, g) or is_contraction(f, g) or is_elaboration(f, g)
                                        or (is_other_part_of_speech(f, g) and len(f) > len(g))
                                        for g in forms if g != f)]


def _mirrored(lang: str, forms: dict[tuple[str, str], list[_Hit]], partners: dict[int, list[Sentence]]) -> bool:
    """Whether each use of a minority form of `lang` faces a minority form of the other language in its bead.

    A translation that follows its source's own variation (radiotherapy ... radiation therapy ->
    放疗 ... 放射治疗 in the same sentence) is faithful: the mixture is the source's, not the translation's.
    """
    other = "en" if lang == "zh" else "zh"
    mine = {f: hs for (lg, f), hs in forms.items() if lg == lang}
    theirs = {f: hs for (lg, f), hs in forms.items() if lg == other}
    if len(mine) < 2 or len(theirs) < 2:
        return False
    major_mine = max(mine, key=lambda f: len(mine[f]))
    major_theirs = max(theirs, key=lambda f: len(theirs[f]))
    minority_at = {id(h.sentence) for f, hs in theirs.items() if f != major_theirs for h in hs}
    for form, hs in mine.items():
        if form == major_mine:
            continue
        for h in hs:
            if not any(id(s) in minority_at for s in partners.get(id(h.sentence), ())):
                return False
    return True


def _preferred_leads(forms: dict[tuple[str, str], list[_Hit]], lang: str, styles: list[str]) -> bool:
    """Whether the preferred form of `lang` is used at least as often as any other accepted form: then the other
    forms are synonyms the glossary admits, used now and then beside the form it prefers (nasopharyngeal carcinoma
    ×8, nasopharyngeal cancer ×1; radiotherapy and radiation therapy once each), which is no inconsistency for the
    translation to fix. A mixture is reported where an admitted form outnumbers the preferred one or admitted forms
    are mixed without it: the suggestion, the preferred form, then unifies the document."""
    counts = {form: len(forms[(lang, form)]) for form in styles}
    preferred = [form for form in styles if forms[(lang, form)][0].match.status is TermStatus.PREFERRED]
    return bool(preferred) and counts[preferred[0]] >= max(counts.values())


def _inconsistent(glossary: Glossary, order: list[_Hit],
                  partners: dict[int, list[Sentence]] | None = None) -> Iterator[Finding]:
    """Concepts used in two or more accepted forms of one language; deprecated forms are term-variant's.

    Not a mixture: a short form with its long form (CI / confidence interval, 放疗 / 放射治疗), nor a
    translation whose minority forms mirror minority forms of its source in the same beads (`_mirrored`).
    """
    by_concept: dict[str, dict[tuple[str, str], list[_Hit]]] = {}
    for hit in order:
        forms = by_concept.setdefault(hit.match.concept_id, {})
        forms.setdefault((hit.lang, hit.match.form), []).append(hit)
    for cid, forms in by_concept.items():
        accepted: dict[str, list[str]] = {}
        for (lg, form), hs in forms.items():
            if hs[0].match.status is not TermStatus.DEPRECATED:
                accepted.setdefault(lg, []).append(form)
        mixed = [lang for lang in ("zh", "en") if len(_styles(accepted.get(lang, []))) > 1
                 and not _preferred_leads(forms, lang, _styles(accepted[lang]))]
        if partners is not None:
            mixed = [lang for lang in mixed if not _mirrored(lang, forms, partners)]
        if not mixed:
            continue
        listed = sorted(((lang, form), hs) for (lang, form), hs in forms.items() if lang in mixed)
        listed.sort(key=lambda item: (item[0][0] != "zh", _RANK[item[1][0].match.status], -len(item[1])))
        # the finding points at the first use of the least preferred accepted form: the place to fix first
        candidates = [item for item in listed if item[1][0].match.status is not TermStatus.DEPRECATED
                      and item[0][1] in _styles([f for (lg, f), _h in listed if lg == item[0][0]])]
        worst = max(candidates, key=lambda item: (_RANK[item[1][0].match.status], -len(item[1])))[1][0]
        concept = glossary.concept(cid)
        parts = [f"{form} ×{len(hs)} (line {hs[0].location.line})" for (_lang, form), hs in listed]
        preferred = concept.preferred(worst.lang)
        msg = f"{len(listed)} forms of {_q(preferred or worst.match.form, worst.lang)}: " + ", ".join(parts)
        detail = [
            {"lang": lang, "form": form, "status": hs[0].match.status.value, "count": len(hs),
             "first": {"line": hs[0].location.line, "column": hs[0].location.column}}
            for (lang, form), hs in listed
        ]
        yield Finding(TERM_INCONSISTENT.id, TERM_INCONSISTENT.severity, msg,
                      worst.location, worst.lang, worst.excerpt, suggestion=preferred or None,
                      data=(("origin", "glossary"), ("concept", cid), ("forms", detail)))
