"""term-inconsistent: a glossary concept written in two or more accepted forms of one language in a document."""
from __future__ import annotations

import re
from collections.abc import Iterator

from zhen_qa.checks.irregular_verbs import irregular_base
from zhen_qa.checks.presence_kept import kept_name
from zhen_qa.checks.term_forms import (
    in_camel_name,
    in_code_name,
    in_code_string,
    in_dotted_name,
    is_adjective,
    is_clipped_phrase,
    is_clipping,
    is_contraction,
    is_elaboration,
    is_genus_abbreviation,
    is_initialism,
    is_other_part_of_speech,
    is_phrasal_noun,
    is_phrase_part_of_speech,
    is_word_abbreviation,
)
from zhen_qa.checks.term_hits import NOT_REFERENCES, Hit, q
from zhen_qa.checks.term_rendered import en2zh
from zhen_qa.checks.term_titles import in_quoted_title
from zhen_qa.checks.term_verb_use import verb_of_noun
from zhen_qa.checks.term_written import competing
from zhen_qa.glossary.match_en import inflections
from zhen_qa.glossary.model import Glossary, TermStatus
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.report.findings import Finding, Rule, Severity
from zhen_qa.report.places import line_name

TERM_INCONSISTENT = Rule(
    "term-inconsistent",
    Severity.INFO,
    "More than one accepted form of a glossary concept, or forms that look like one term written several "
    "ways (discovered without a glossary), in a document.",
    preconditions="one finding per concept or discovered group per document; a mixture whose minority "
    "forms are all deprecated is left to term-variant",
    scope=NOT_REFERENCES,
)

_RANK = {TermStatus.PREFERRED: 0, TermStatus.ADMITTED: 1, TermStatus.DEPRECATED: 2}


def _styles(forms: list[str], originals: tuple[str, ...] = (), aliases: frozenset[str] = frozenset()) -> list[str]:
    """The forms, a short form counted with its long form: "95% confidence interval (CI)" then "CI" is one usage,
    and so are 放射治疗 and 放疗, coronavirus and CoV, H. pylori and Helicobacter pylori, influenza and flu, liver
    transplantation and liver transplant (a word of the phrase clipped), 凋亡 and 细胞凋亡, prognosis and
    prognostic (noun and adjective), a noun phrase and its verb phrase (学校关闭, 关闭学校),
    and, in Chinese, the English abbreviation the glossary also gives for the concept (`originals`: 肺炎球菌结合疫苗
    (PCV), then PCV), which the Chinese keeps as the English text does; and a form the text itself introduces as
    another name of one used before it (`aliases`: "Rare diseases, also known as orphan diseases")."""
    kept = _plain_styles(forms, originals)
    named = [f for f in kept if f not in aliases]
    return named if named else kept


def _plain_styles(forms: list[str], originals: tuple[str, ...]) -> list[str]:
    """`_styles` but for aliases."""
    return [f for f in forms if not any(_counts_with(f, g, originals) for g in forms if g != f)]


def _counts_with(f: str, g: str, originals: tuple[str, ...]) -> bool:
    """Whether form `f` is counted with form `g` (`_styles`: one usage, `g` the one kept)."""
    return (is_initialism(f, g) or is_contraction(f, g) or is_elaboration(f, g)
            or is_word_abbreviation(f, g) or is_clipping(f, g)
            or is_clipped_phrase(f, g)
            or is_genus_abbreviation(f, g)
            or (is_other_part_of_speech(f, g) and _second(f, g))
            or (is_phrase_part_of_speech(f, g) and _second(f, g))
            or (is_phrasal_noun(f, g) and len(f) > len(g))
            or (is_reordering(f, g) and f > g)
            or (is_inflection(f, g) and (len(f), f) > (len(g), g))
            or (f in originals and f.isascii() and not g.isascii())
            or _kept_abbreviation(f, g, originals))


def same_word(f: str, p: str) -> bool:
    """Whether English form `f` is the word or phrase `p` in another grammatical form or part of speech, or said
    longer or shorter by whole words: its inflections and verb forms (started, logs, logging of log: `is_verb_form`
    leaves bases under VERB_BASE_MIN letters out because "red" is no form of "re", but `p` here is a form the glossary
    lists, so -s, -ed and -ing built on it are that word's), its noun or adjective (`is_other_part_of_speech`), the
    closed noun of it as a phrasal verb (startup of start: `is_phrasal_noun`), "start up" of "start". Not its
    initialisms, clippings or contractions: another way of writing the term, which a page may mix."""
    return f == p or is_inflection(f, p) or _short_verb_form(f, p) or is_other_part_of_speech(f, p) \
        or is_phrase_part_of_speech(f, p) or is_phrasal_noun(f, p) or is_elaboration(f, p) or is_elaboration(p, f)


def _short_verb_form(f: str, g: str) -> bool:
    """Whether one-word `f` is `g` with -s, -ed or -ing (a final consonant doubled: logging, logged; log)."""
    f, g = f.lower(), g.lower()
    if not (f.isalpha() and g.isalpha()) or len(f) <= len(g) or not f.startswith(g):
        return False
    rest = f[len(g):]
    return rest in ("s", "es", "ed", "ing") or rest in (g[-1] + "ed", g[-1] + "ing")


def _kept_abbreviation(f: str, g: str, originals: tuple[str, ...]) -> bool:
    """Whether the Chinese form `f` is an English form of the concept (`originals`, an abbreviation: D2D) kept before
    the Chinese head that ends the Chinese form `g` (D2D 通信 for 端到端通信, after 端到端（Device-to-Device，简称D2D）
    通信): the short form of `g`, as PCV kept in Chinese is that of 肺炎球菌结合疫苗."""
    if f.isascii() or g.isascii():
        return False
    for o in originals:
        if not (o.isascii() and len(f) > len(o) and f.startswith(o)) or f[len(o)].isalnum() and f[len(o)].isascii():
            continue
        head = f[len(o):].strip()
        if head and not any(c.isascii() for c in head) and g.endswith(head) and len(g) > len(head):
            return True
    return False


_ALIAS = LazyPattern(r"\W{0,3}(?:(?:(?:is|are|was|were)\s+)?(?:also|often|commonly|sometimes)\s+"
                     r"(?:known\s+as|called|termed|named|referred\s+to\s+as)|a\.k\.a\.?"
                     r"|(?:又|也|亦|或|通常|常)被?称为?|又名|也叫|俗称|简称)\W{0,3}", re.IGNORECASE)
"""What introduces another name of the thing just named: "X, also known as Y", "X is also called Y", X，又称"Y",
X（简称Y）."""

_ALSO = LazyPattern(r"\W{0,3}(?:or|and|或|和|、)\W{0,3}", re.IGNORECASE)
"""What joins a second alias to the first: "X is also called Y or Z"."""

_OPEN = LazyPattern(r"\s*[(（]\s*")
_CLOSE = LazyPattern(r"\s*[)）]")


def aliases(hits: list[Hit]) -> frozenset[str]:
    """Forms the text introduces as another name of a form right before them in the same sentence ("Rare diseases,
    also known as “orphan diseases”"; 罕见病，又称“孤儿病”; "Atrial fibrillation is also called A-fib or atrial fib",
    each name of the list), and the short form of an abbreviation it defines in
    parentheses (`_defined`): the writer declares the two one concept, and using either afterwards is no
    inconsistency of the translation."""
    by_sentence: dict[int, list[Hit]] = {}
    for h in hits:
        by_sentence.setdefault(id(h.sentence), []).append(h)
    out: set[str] = set()
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if b.match.form != a.match.form and b.match.start >= a.match.end \
                        and _ALIAS.fullmatch(a.sentence.text.text, a.match.end, b.match.start):
                    out.add(b.match.form)
                elif _defined(a, b):
                    out.add(min(a.match.form, b.match.form, key=len))
        for a in sorted(group, key=lambda h: h.match.start):  # "also called A-fib or atrial fib": the list goes on
            if a.match.form in out:
                for b in group:
                    if b.match.form != a.match.form and b.match.start >= a.match.end \
                            and _ALSO.fullmatch(a.sentence.text.text, a.match.end, b.match.start):
                        out.add(b.match.form)
    return frozenset(out)


def _defined(a: Hit, b: Hit) -> bool:
    """Whether the English form `b` stands in parentheses right after the English form `a` and one of them is
    shorter: the text defines an abbreviation by its full name ("novel coronavirus (nCoV)", "nCoV (novel
    coronavirus)"), declaring the two one name, however the short form is built (nCoV is no initialism of the
    words). In Chinese an abbreviation the glossary gives only as a Chinese form stays a choice of the translation
    (肺炎球菌结合疫苗 (PCV), then PCV: `_styles`' originals)."""
    text = a.sentence.text.text
    return a.match.form.isascii() and b.match.form.isascii() and len(b.match.form) != len(a.match.form) \
        and b.match.start >= a.match.end and bool(_OPEN.fullmatch(text, a.match.end, b.match.start)) \
        and bool(_CLOSE.match(text, b.match.end))


def is_reordering(a: str, b: str) -> bool:
    """Whether two Chinese forms are the same two words in the other order (学校关闭 "school closures", 关闭学校
    "close schools"; 疫苗接种 / 接种疫苗): a noun phrase and a verb-object phrase of one concept, which a sentence
    chooses by its grammar, not two names for it. Each part has two characters or more."""
    if len(a) != len(b) or len(a) < 4 or a == b or a.isascii():
        return False
    return any(b == a[k:] + a[:k] for k in range(2, len(a) - 1))


def is_inflection(a: str, b: str) -> bool:
    """Whether two English forms are one term in another grammatical number: dairy cow and dairy cows, therapy and
    therapies, analysis and analyses (`glossary.match_en.inflections`, the variants the matcher itself accepts for a
    term). A glossary may list the plural as an admitted form; the sentence, not the writer, chooses between them."""
    if a == b or not a.isascii() or not b.isascii():
        return False
    a, b = sorted((a.lower(), b.lower()), key=len)
    if b in (a + "s", a + "es") or a.endswith("y") and b == a[:-1] + "ies":
        return True  # the matcher leaves words under four letters uninflected (cow, cows)
    if is_participle_pair(a, b) or is_verb_form(a, b):
        return True
    return a in (f.lower() for f in inflections(b)) or b in (f.lower() for f in inflections(a))


PARTICIPLE_STEM_MIN = 4
"""Letters a verb's stem keeps before -ed / -ing for the two to count as one verb (schedul-ed, schedul-ing)."""


def is_participle_pair(a: str, b: str) -> bool:
    """Whether two English forms are one verb's past and present participles, the other words alike: "scheduled" and
    "scheduling" ("instantiated by manual start or scheduled scheduling"), "planned task" and "planning task" (the
    doubled consonant stays in both). A glossary listing both as forms of one concept lists a verb; the sentence,
    not the writer, chooses the participle. The stem must have PARTICIPLE_STEM_MIN letters (not "need"/"nothing")."""
    words_a, words_b = a.lower().split(), b.lower().split()
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    if len(differ) != 1:
        return False
    ed, ing = sorted(differ[0], key=lambda w: not w.endswith("ed"))
    return (ed.endswith("ed") and ing.endswith("ing") and ed[:-2] == ing[:-3]
            and len(ed[:-2]) >= PARTICIPLE_STEM_MIN and ed[:-2].isalpha())


VERB_BASE_MIN = 4
"""Letters a verb's base must have for its -s/-ed/-ing forms to be recognised (bake, plan; not use, set, red)."""


def _verb_bases(word: str) -> set[str]:
    """The bases a word can be an -s, -ed or -ing form of, or the word itself: baked -> bake (silent e dropped),
    planning -> plan (final consonant doubled), copied -> copy, built -> build (`irregular_verbs`); bases under
    VERB_BASE_MIN letters are left out."""
    out = {word}
    if (base := irregular_base(word)) is not None:
        out.add(base)
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            out.add(stem)
            if ending in ("ing", "ed"):
                out.add(stem + "e")
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                    out.add(stem[:-1])
            if ending in ("ed", "es") and stem.endswith("i"):
                out.add(stem[:-1] + "y")
    return {b for b in out if len(b) >= VERB_BASE_MIN and b.isalpha()}


def is_verb_form(a: str, b: str) -> bool:
    """Whether two English forms are one verb in two of its forms, the other words alike: bake, bakes, baked and
    baking (gc56, galacean bake-blender: the glossary admits all four for 烘焙 and the page uses each where its
    grammar asks: "bake the lighting", "baking settings", "the baked textures"). The base form, the -s form and the
    participles of a verb are chosen by the sentence, not by the writer; two different words (bake / render, bake /
    roast) share no base and stay a mixture."""
    words_a, words_b = a.lower().split(), b.lower().split()
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return len(differ) == 1 and bool(_verb_bases(differ[0][0]) & _verb_bases(differ[0][1]))


def _second(f: str, g: str) -> bool:
    """Which of a noun and its adjective counts with the other: the longer (prognostic with prognosis), or the
    adjective where both are as long, as a Greek -sis noun and its -tic adjective always are (zoonosis,
    zoonotic; thrombosis, thrombotic), so that one of them is always left to count."""
    return len(f) > len(g) or len(f) == len(g) and is_adjective(f)


def _mirrored(lang: str, forms: dict[tuple[str, str], list[Hit]], partners: dict[int, list[Sentence]]) -> bool:
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


def _contracted_in(text: str, long: str) -> bool:
    """Whether `text` writes Chinese `long` contracted (`is_contraction`, first and last characters kept: 限制酶 for
    限制性核酸内切酶, 放疗 for 放射治疗)."""
    start = text.find(long[0])
    while start >= 0:
        for end in range(start + 2, min(len(text), start + len(long) - 1) + 1):
            if text[end - 1] == long[-1] and is_contraction(text[start:end], long):
                return True
        start = text.find(long[0], start + 1)
    return False


def _contraction_rendered(forms: dict[tuple[str, str], list[Hit]], partners: dict[int, list[Sentence]],
                          styles: list[str], zh_forms: tuple[str, ...]) -> bool:
    """Whether one English form renders every use of the concept's Chinese term and the other English forms stand
    only in beads whose Chinese writes the term contracted, a short form the glossary does not list: the source
    names the thing long and short, and the translation follows it ("Restriction endonucleases" for
    限制性核酸内切酶, then "restriction enzymes" wherever the Chinese writes 限制酶)."""
    facing = {id(p) for (lg, _f), hs in forms.items() if lg == "zh"
              for h in hs for p in partners.get(id(h.sentence), ())}
    used = {f: hs for (lg, f), hs in forms.items() if lg == "en"}
    answering = [f for f, hs in used.items() if any(id(h.sentence) in facing for h in hs)]
    if not facing or len(_styles(answering)) != 1 or _styles(answering)[0] not in styles:
        return False
    rest = [h for f, hs in used.items() if f not in answering for h in hs]
    return bool(rest) and all(
        any(_contracted_in(p.text.text, long) for p in partners.get(id(h.sentence), ()) for long in zh_forms)
        for h in rest)


def _preferred_leads(forms: dict[tuple[str, str], list[Hit]], lang: str, styles: list[str],
                     preferred_form: str = "") -> bool:
    """Whether the preferred form of `lang` is used at least as often as any other accepted form: then the other
    forms are synonyms the glossary admits, used now and then beside the form it prefers (nasopharyngeal carcinoma
    ×8, nasopharyngeal cancer ×1; radiotherapy and radiation therapy once each), which is no inconsistency for the
    translation to fix. A mixture is reported where an admitted form outnumbers the preferred one or admitted forms
    are mixed without it: the suggestion, the preferred form, then unifies the document.

    Where the preferred form is written, it is counted with every use of it in another form (`_usage_counts`,
    `same_word`): its inflections and parts of speech (start, started, startup; log, logs, logging) and its phrases
    ("start up"); a style that absorbed it (`_styles` keeps "start up" for "start") no longer hides it. Where it is
    not written, an admitted form that is it said shorter by whole words ("output" for the preferred "build
    output", once the page has said what it builds) stands for it. Another admitted style counts as before, its own
    uses only (router ×6 beside route ×3 leads, however often "routing" adds to route): a second word for the
    concept outnumbering the preferred one is still a mixture, and so is one noun spelt open and closed among the
    preferred form's uses (setup / set up: review55 R4)."""
    counts = _usage_counts(forms, lang, styles, preferred_form)
    if counts is None:
        return False
    preferred, others = counts
    return preferred >= max(others, default=0)


def _usage_counts(forms: dict[tuple[str, str], list[Hit]], lang: str, styles: list[str],
                  preferred_form: str) -> tuple[int, list[int]] | None:
    """The uses of the preferred form and of each other style of `lang` (`_preferred_leads`); None when neither the
    preferred form nor a shorter form of it is used, or its uses hold one noun spelt open and closed."""
    used = {f: len(hs) for (lg, f), hs in forms.items()
            if lg == lang and hs[0].match.status is not TermStatus.DEPRECATED}
    written = any(forms[(lang, f)][0].match.status is TermStatus.PREFERRED for f in used)
    if not (written and lang == "en"):
        shorter = [f for f in styles if forms[(lang, f)][0].match.status is TermStatus.PREFERRED
                   or (preferred_form and is_elaboration(f, preferred_form))]
        return (used[shorter[0]], [used[s] for s in styles]) if shorter else None
    group = [f for f in used if forms[(lang, f)][0].match.status is TermStatus.PREFERRED
             or same_word(f, preferred_form)]
    closed = [re.sub(r"[\s-]", "", f.lower()) for f in group]
    if len(set(closed)) < len(closed):
        return None
    others = [used[s] for s in styles if s not in group]
    if others:  # another word competes: the preferred word's own part of speech only (review63b R34)
        group = [f for f in group if forms[(lang, f)][0].match.status is TermStatus.PREFERRED
                 or own_part_of_speech(f, preferred_form)]
    return sum(used[f] for f in group), others


def own_part_of_speech(f: str, p: str) -> bool:
    """Whether English form `f` is the word `p` in its own part of speech: `p` itself, its inflections and verb
    forms (start, starts, started, starting; log, logs, logged) — not its noun or adjective (startup of start,
    validator of validate: `is_other_part_of_speech`, `is_phrasal_noun`, `is_phrase_part_of_speech`). Where another
    admitted word competes ("launch" ×2 beside "start" ×1), the noun "startup" ×2 is no use of the verb the other
    word replaces, and adding it would hide the mixture."""
    if f == p or is_inflection(f, p) or _short_verb_form(f, p) or is_verb_form(f, p):
        return True
    return not (is_other_part_of_speech(f, p) or is_phrasal_noun(f, p) or is_phrase_part_of_speech(f, p))


def kept_in_chinese(hit: Hit, partners: dict[int, list[Sentence]]) -> bool:
    """Whether the Chinese aligned with an English hit writes the hit's words as the English does (whole words, any
    case): Rsbuild's Chinese keeps "Browserslist" wherever its English says it, and says 浏览器范围 where the English
    says "browser range". A form both languages write is the thing's name in the source, not a rendering the
    translation chose, so it makes no mixture with the glossary's other forms of the concept. Only a name kept so
    counts (review49 R3): written in the Chinese with a capital or a digit (Browserslist, CamelCase), or a word the
    lexicon has no Chinese for (`presence_kept.kept_name`); a lower-case dictionary word the Chinese leaves in English
    (这个 dataset 很大) is a word left untranslated, and the English "dataset" / "data set" is still a mixture."""
    words = re.findall(r"[A-Za-z0-9]+", hit.surface)
    if not words:
        return False
    pattern = re.compile(r"(?<![A-Za-z0-9])" + r"[\s-]*".join(map(re.escape, words)) + r"(?![A-Za-z0-9])", re.I)
    kept = [m.group() for p in partners.get(id(hit.sentence), ()) if p.lang == "zh"
            for m in pattern.finditer(p.text.text)]
    return bool(kept) and (any(_NAME_MARK.search(k) for k in kept) or kept_name(hit.match.form, en2zh()))


_NAME_MARK = re.compile(r"[A-Z0-9]")
"""What makes an English form kept in the Chinese a name as written there: a capital or a digit."""


def inconsistent(glossary: Glossary, order: list[Hit], partners: dict[int, list[Sentence]] | None = None,
                 synonyms: bool = False) -> Iterator[Finding]:
    """Concepts used in two or more accepted forms of one language; deprecated forms are term-variant's.

    Which forms compete (`term_written.competing`): one term spelt two ways (plugin / plug-in, optimise /
    optimize) always; one term written fuller and shorter (local area network / local network) where the
    preferred form does not lead (`_preferred_leads`); two different words the glossary accepts (start / launch,
    invocation / call, 错误处理 / 异常处理) only with `synonyms` (`Options.admitted_synonyms`): admitted means
    either may be used, and the form a writer must not use is deprecated (term-variant's).

    Not a mixture: a short form with its long form (CI / confidence interval, 放疗 / 放射治疗), nor a
    translation whose minority forms mirror minority forms of its source in the same beads (`_mirrored`); an
    abbreviation inside a hyphenated name of codes (CoV in SARS-CoV-2, `in_code_name`) is no use of a form.
    """
    by_concept: dict[str, dict[tuple[str, str], list[Hit]]] = {}
    for hit in order:
        if hit.lang == "en" and in_code_name(hit.sentence.text.text, hit.match.start, hit.match.end):
            continue  # CoV in SARS-CoV-2: part of a fixed name, no choice of form
        if hit.lang == "en" and in_dotted_name(hit.sentence.text.text, hit.match.start, hit.match.end):
            continue  # output in output.polyfill: a property path, no choice of form
        if hit.lang == "en" and in_camel_name(hit.sentence.text.text, hit.match.start, hit.match.end) \
                and not in_camel_name(hit.match.form, 0, len(hit.match.form)):
            continue  # TimeSeries in a model's name (timeseries listed): the name's spelling, no choice of form
        if hit.lang == "en" and in_code_string(hit.sentence.text.text, hit.match.start, hit.match.end):
            continue  # "create timeseries root.sg.d1.s1 …": a statement's keyword in code, no choice of form
        if hit.lang == "en" and in_quoted_title(hit.sentence.text.text, hit.match.start, hit.match.end):
            continue  # 'How to Read Phylogenies': another work's title, no choice of form
        if hit.lang == "en" and verb_of_noun(hit, glossary.concept(hit.match.concept_id).preferred("en") or ""):
            continue  # "used to store" beside the glossary's noun "storage": the verb, no form of the noun
        if hit.lang == "en" and partners is not None and kept_in_chinese(hit, partners):
            continue  # Browserslist, written so in its Chinese too: the name both languages use, no choice of form
        forms = by_concept.setdefault(hit.match.concept_id, {})
        forms.setdefault((hit.lang, hit.match.form), []).append(hit)
    for cid, forms in by_concept.items():
        accepted: dict[str, list[str]] = {}
        for (lg, form), hs in forms.items():
            if hs[0].match.status is not TermStatus.DEPRECATED:
                accepted.setdefault(lg, []).append(form)
        originals = glossary.concept(cid).accepted("en")
        named = {lang: aliases([h for (lg, _f), hs in forms.items() if lg == lang for h in hs])
                 for lang in ("zh", "en")}
        styles = {lang: _styles(accepted.get(lang, []), originals if lang == "zh" else (), named[lang])
                  for lang in ("zh", "en")}
        rivals = {lang: competing(styles[lang]) for lang in ("zh", "en")}
        shown = {lang: styles[lang] if synonyms else rivals[lang][0] if len(rivals[lang][0]) > 1
                 else rivals[lang][1] for lang in ("zh", "en")}
        mixed = [lang for lang in ("zh", "en") if len(rivals[lang][0]) > 1 or len(shown[lang]) > 1
                 and not _preferred_leads(forms, lang, styles[lang], glossary.concept(cid).preferred(lang) or "")]
        if partners is not None:
            zh_forms = glossary.concept(cid).accepted("zh")
            mixed = [lang for lang in mixed if not _mirrored(lang, forms, partners) and not (
                lang == "en" and _contraction_rendered(forms, partners, styles["en"], zh_forms))]
        if not mixed:
            continue
        listed = sorted(((lang, form), hs) for (lang, form), hs in forms.items() if lang in mixed)
        listed.sort(key=lambda item: (item[0][0] != "zh", _RANK[item[1][0].match.status], -len(item[1])))
        # the finding points at the first use of the least preferred accepted form: the place to fix first
        if not synonyms:  # the forms that compete and those counted with them, not the glossary's other words
            listed = [((lang, form), hs) for (lang, form), hs in listed if any(
                form == s or _counts_with(form, s, originals if lang == "zh" else ()) for s in shown[lang])]
        candidates = [item for item in listed if item[1][0].match.status is not TermStatus.DEPRECATED
                      and item[0][1] in _styles([f for (lg, f), _h in listed if lg == item[0][0]],
                                                originals if item[0][0] == "zh" else (), named[item[0][0]])]
        worst = max(candidates, key=lambda item: (_RANK[item[1][0].match.status], -len(item[1])))[1][0]
        concept = glossary.concept(cid)
        parts = [f"{form} ×{len(hs)} ({line_name(hs[0].location.path, hs[0].location.line)})"
                 for (_lang, form), hs in listed]
        preferred = concept.preferred(worst.lang)
        msg = f"{len(listed)} forms of {q(preferred or worst.match.form, worst.lang)}: " + ", ".join(parts)
        detail = [
            {"lang": lang, "form": form, "status": hs[0].match.status.value, "count": len(hs),
             "first": {"line": hs[0].location.line, "column": hs[0].location.column}}
            for (lang, form), hs in listed
        ]
        yield Finding(TERM_INCONSISTENT.id, TERM_INCONSISTENT.severity, msg,
                      worst.location, worst.lang, worst.excerpt, suggestion=preferred or None,
                      data=(("origin", "glossary"), ("concept", cid), ("forms", detail)))
