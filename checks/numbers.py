"""number-mismatch: numbers compared within each aligned bead after normalisation."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from zhen_qa.aligner.numbers import NumberMention, number_key
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.kept_quotation import kept_quotations
from zhen_qa.checks.latin_in_chinese import code_words, latin_in_chinese
from zhen_qa.checks.number_beads import (
    Bead,
    Mention,
    Side,
    code_names,
    label_names,
    read_side,
    surplus,
    unmatched,
)
from zhen_qa.checks.number_changed import (
    changed_digits,
    changed_duration,
    compound_durations,
    one_changed,
    pairs_not_fractions,
    restated_repeat,
    same_quantities,
    shared_magnitude,
    spaced_thousands,
)
from zhen_qa.checks.number_cited import (
    flattened_citation_lists,
    glued_to_citation,
    lost_separators,
    split_citations,
)
from zhen_qa.checks.number_converted import converted
from zhen_qa.checks.number_dates import dotted_months, short_years
from zhen_qa.checks.number_implied import (
    arms_named,
    context_years,
    dated_names,
    demonstrative_counts,
    event_days,
    implied_durations,
    listed,
    namely_counts,
    one_in,
)
from zhen_qa.checks.number_lists import break_enumerators, glued_enumerators, same_openings, section_labels
from zhen_qa.checks.number_names import changed_names
from zhen_qa.checks.number_restated import future_years, reconcile, stated_elsewhere, the_rest, totals_restated
from zhen_qa.checks.number_suffixed import as_written, suffixed_magnitudes
from zhen_qa.checks.number_unit_cut import across_cuts
from zhen_qa.manuscript.document import Pair, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity

NUMBER_MISMATCH = Rule(
    "number-mismatch",
    Severity.WARNING,
    "A number in one language has no counterpart in the aligned sentence of the other.",
    preconditions="aligned beads only (never on untranslated sentences); citation markers are not numbers; "
    "one finding per bead listing every differing number",
)


ALIGNMENT_DOUBT = Rule(
    "alignment-doubt",
    Severity.INFO,
    "Most numbers of an aligned bead differ: the sentences are probably not counterparts (check the alignment).",
    preconditions="replaces the bead's number-mismatch finding",
)


RULES: tuple[Rule, ...] = (NUMBER_MISMATCH, ALIGNMENT_DOUBT)


DOUBT_MIN = 3
"""Fewest differing numbers in a bead before the bead itself is doubted."""


DOUBT_SHARE = 0.5
"""Share of a bead's digit numbers that must differ for the alignment to be doubted instead."""


_EXCERPT = 80


_GARBLED = re.compile(r"[0-9Oo.]*[Oo][0-9Oo.]*(?![A-Za-z])")
"""The rest of a token whose digits an OCR slip broke with the letter O ("200O", "2Ooo", "2O1O", "0.O5"): the
number read stops at the letter."""


def _repaired(m: Mention) -> str | None:
    """The key of the number `m` heads when OCR garbled its token with a letter O for a zero (`_GARBLED`: "200O" is
    2000, "2O1O" 2010), else None. Its difference from the other side is the slip, no sign that the sentences are
    not counterparts."""
    s, n = m
    text = s.text.text
    if isinstance(n.value, tuple) or n.percent or n.end >= len(text) or text[n.end] not in "Oo.":
        return None
    g = _GARBLED.match(text, n.end)
    if g is None or not any(c in "Oo" for c in text[n.end:n.end + 2]):
        return None
    token = (text[n.start:n.end] + g.group()).replace("O", "0").replace("o", "0").rstrip(".")
    try:
        return number_key(float(token.replace(",", "")))
    except ValueError:
        return None


def _differing(miss: list[Mention], other: list[Mention]) -> list[Mention]:
    """The numbers of `miss` that differ from the other side beyond an OCR slip: not garbled themselves
    (`_repaired`), nor the value a garbled number of the other side (`other`) reads once repaired."""
    repaired = {_repaired(m) for m in other} - {None}
    return [m for m in miss if _repaired(m) is None and number_key(m[1].endpoints()[0]) not in repaired]



def _once(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each value among `mentions`: a number one side says twice (上述6种…上述6种, the English
    saying it once) is one difference to the alignment doubt, and one changed rendering of it one more, not three
    unrelated numbers. The bead's total still counts every mention, so a bead is doubted no more often than before:
    only a doubt that rested on a repeated number becomes the number-mismatch it is."""
    seen: set[tuple[str, ...]] = set()
    out: list[Mention] = []
    for m in mentions:
        key = tuple(number_key(v) for v in m[1].endpoints())
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out



def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"



def _excerpt(sentences: list[Sentence]) -> str:
    return " ".join(s.text.text for s in sentences)



def _finding(main: Mention, lang: str, message: str, related: Location | None, data: dict[str, str]) -> Finding:
    s, n = main
    return Finding(
        rule=NUMBER_MISMATCH.id,
        severity=NUMBER_MISMATCH.severity,
        message=message,
        location=s.text.location(n.start, n.end),
        lang=lang,
        excerpt=s.text.text,
        related=related,
        data=tuple(data.items()),
    )



def _bead(zh: list[Sentence], en: list[Sentence]) -> Bead:
    zh_side, en_side = read_side(zh, "zh"), read_side(en, "en")
    label_names(zh_side, en_side)
    label_names(en_side, zh_side)
    code_names(zh_side, en_side)
    code_names(en_side, zh_side)
    pairs_not_fractions(zh_side, en_side)
    pairs_not_fractions(en_side, zh_side)
    spaced_thousands(zh_side, en_side)
    spaced_thousands(en_side, zh_side)
    b = Bead(zh, en, zh_side, en_side, unmatched(zh_side, en_side), unmatched(en_side, zh_side),
              bool(surplus(zh_side, en_side) and surplus(en_side, zh_side)))
    changed_names(b.zh, b.en, b.miss_en, b.miss_zh)
    if b.miss_en or b.miss_zh:
        lost_separators(b)
        converted(b)
        suffixed_magnitudes(b)  # 1M = "1 million", 7B = "7 billion"
    if b.miss_en or b.miss_zh:
        break_enumerators(b)  # "… <br> 3. 如果 …": a cell's list item 3
        same_openings(b)  # "1.3 is …" beside "1.3 是…": one token, read as a label on one side only
    if b.miss_en:
        section_labels(b)
    if b.miss_zh:
        glued_enumerators(b)  # "and 3)finally suggests": the list's item 3
    if b.miss_en and b.miss_zh:
        split_citations(b)
        shared_magnitude(b)
        compound_durations(b)
        same_quantities(b)
    if b.miss_zh:
        one_in(b)
        listed(b)
        glued_to_citation(b)
    if b.miss_en or b.miss_zh:
        event_days(b)
        flattened_citation_lists(b)
        implied_durations(b)
    if b.miss_zh:
        dated_names(b)
    if b.miss_en or b.miss_zh:
        context_years(b)
        dotted_months(b)  # 目前（2024.7） = "As of July 2024"
    if b.miss_en and b.miss_zh:
        short_years(b)  # 自14年完成后 = "since 2014"
    if b.miss_en and not b.miss_zh:
        namely_counts(b)
        demonstrative_counts(b)
        arms_named(b)
    if not b.changed:
        restated_repeat(b)
    elif not b.miss_en and not b.miss_zh:
        one_changed(b)
    if not b.miss_en and not b.miss_zh and (surplus(b.zh_side, b.en_side) or surplus(b.en_side, b.zh_side)):
        changed_duration(b)
    return b



def _quoted(mentions: list[Mention]) -> str:
    return ", ".join(f'"{t}"' for t in dict.fromkeys(as_written(m) for m in mentions))



def _described(mentions: list[Mention], side: Side, other: Side, here: str, where: str) -> list[str]:
    """'"3", "5" in the Chinese are missing from the English', grouped by what is wrong with each number."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_absence(m[1], side, other, where), []).append(m)
    return [f"{_quoted(ms)} in the {here} {'is' if len({as_written(m) for m in ms}) == 1 else 'are'} {absent}"
            for absent, ms in groups.items()]



_PROSE_WORD = LazyPattern(r"[A-Za-z]{2,}")
ENGLISH_PASSAGE_WORDS = 12
"""Fewest English words of a Chinese-side bead without a Han character for it to be an English passage left in the
Chinese page (a table cell of values, `| 1920x1080 |`, has few)."""


def _english_passage(sentences: list[Sentence], reported: Callable[[Sentence], bool]) -> bool:
    """Whether the Chinese side of a bead is an English passage left in the Chinese page that untranslated-span
    reports: no Han character, ENGLISH_PASSAGE_WORDS words or more, and every sentence of it reported (`reported`,
    untranslated-span's own predicate). Its numbers compared with the English page's are two English versions
    compared, a second finding on the one defect. A passage untranslated-span excuses (a quoted program message, a
    block quotation, kept names) is no defect of its own, so a changed number in it is still reported (review61 R28)."""
    text = " ".join(s.text.text for s in sentences)
    return (HAN_RUN_RE.search(text) is None and len(_PROSE_WORD.findall(text)) >= ENGLISH_PASSAGE_WORDS
            and all(reported(s) for s in sentences))


def _findings(b: Bead, reported: Callable[[Sentence], bool]) -> Iterator[Finding]:
    """At most one finding per bead: every differing number in one message, or one alignment doubt."""
    zh, en, miss_en, miss_zh = b.zh, b.en, b.miss_en, b.miss_zh
    if not miss_en and not miss_zh or _english_passage(zh, reported):
        return
    zh_text, en_text = _excerpt(zh), _excerpt(en)
    data: dict[str, str] = {"zh": zh_text, "en": en_text}
    if miss_en:
        data["zh_number"] = miss_en[0][1].text
        data["zh_numbers"] = " | ".join(n.text for _s, n in miss_en)
    if miss_zh:
        data["en_number"] = miss_zh[0][1].text
        data["en_numbers"] = " | ".join(n.text for _s, n in miss_zh)
    zh_differing, en_differing = _differing(miss_en, miss_zh), _differing(miss_zh, miss_en)
    differing = len(zh_differing) + len(en_differing)  # every mention, as the doubt's message counts them
    zh_values, en_values = _once(zh_differing), _once(en_differing)
    # a number changed by one digit (16.6 / 16.7) is one difference, and evidence the pairing is right
    differences = len(zh_values) + len(en_values) - changed_digits(zh_values, en_values)
    total = sum(1 for side in (b.zh_side, b.en_side) for m in side.mentions if m[1].written == "digits"
                and _repaired(m) is None)
    if differences >= DOUBT_MIN and differences > DOUBT_SHARE * total:
        main = miss_en[0] if miss_en else miss_zh[0]
        lang = "zh" if miss_en else "en"
        msg = (f"{differing} of the {total} numbers of these sentences differ: the sentences may not be "
               f"counterparts (check the alignment): {_short(en_text if lang == 'zh' else zh_text)}")
        yield replace(_finding(main, lang, msg, (en if lang == "zh" else zh)[0].location, data),
                      rule=ALIGNMENT_DOUBT.id, severity=ALIGNMENT_DOUBT.severity)
        return
    if len(miss_en) == len(miss_zh) == 1:  # a number changed in translation: one finding, on the English
        a, e = miss_en[0], miss_zh[0]
        msg = f'"{as_written(a)}" in the Chinese is "{as_written(e)}" in the English: {_short(en_text)}'
        yield _finding(e, "en", msg, a[0].text.location(a[1].start, a[1].end), data)
        return
    parts = _described(miss_en, b.zh_side, b.en_side, "Chinese", "English")
    parts += _described(miss_zh, b.en_side, b.zh_side, "English", "Chinese")
    if miss_en:
        yield _finding(miss_en[0], "zh", "; ".join(parts) + f": {_short(en_text)}", en[0].location, data)
    else:
        yield _finding(miss_zh[0], "en", "; ".join(parts) + f": {_short(zh_text)}", zh[0].location, data)



def _times(k: int) -> str:
    return {1: "once", 2: "twice"}.get(k, f"{k} times")



def _absence(n: NumberMention, side: Side, other: Side, where: str) -> str:
    """"missing from the English", or "there twice but once in the English" when only the count differs."""
    keys = [number_key(v) for v in n.endpoints()]
    if all(other.counts[k] for k in keys):
        k = max(keys, key=lambda k: side.counts[k] - other.counts[k])
        return f"there {_times(side.counts[k])} but {_times(other.counts[k])} in the {where}"
    return f"missing from the {where}"



def run(ctx: CheckContext) -> Iterable[Finding]:
    """Number-mismatch findings of every aligned bead of the manuscript, pair by pair."""
    beads: list[Bead] = []
    last: Pair | None = None
    code = code_words(ctx.manuscript.blocks)

    def reported(s: Sentence) -> bool:
        """Whether untranslated-span reports English left in this Chinese sentence."""
        return any(latin_in_chinese(s, ctx.options, code_words=code.get(s.text.source.path, frozenset())))

    quoted: frozenset[int] = frozenset()
    # each pair's beads, all read before any is reported: a CAT unit's numbers may be another unit's
    # (`number_unit_cut`)
    groups: list[tuple[Pair, list[Bead]]] = []
    for pair, bead, zh, en in ctx.aligned_beads():
        if pair is not last:
            if beads:
                if last is not None:
                    groups.append((last, beads))
                beads = []
            quoted = kept_quotations(pair).en
        last = pair
        b = _bead(zh, en)
        if not b.miss_en and all(j in quoted for j in bead.en):  # the translation of an English quotation the
            b.miss_zh.clear()  # Chinese page keeps right before it: the quotation's own words hold its numbers
        beads.append(b)
    if beads and last is not None:
        groups.append((last, beads))
    across_cuts(groups)
    for _, group in groups:
        yield from _pair_findings(group, reported)



def _pair_findings(beads: list[Bead], reported: Callable[[Sentence], bool]) -> Iterator[Finding]:
    """Findings of the consecutive aligned beads of one pair, after cross-bead reconciliation."""
    reconcile(beads)
    totals_restated(beads)
    the_rest(beads)
    stated_elsewhere(beads)
    future_years(beads)
    for b in beads:
        yield from _findings(b, reported)
