"""Inline tags of CAT units: the target must keep the source's tags, and close each one after it opens.

An inline tag stands for markup of the file the CAT tool rebuilds (a bold run, a link, Angular's interpolation
`<x id="INTERPOLATION"/>`, OmegaT's `<g0>`…`</g0>`): a tag the target drops loses the value or the formatting, an
extra one repeats it, and a closing tag before its opening one (or two pairs that cross) cannot be written back,
so the tool refuses to export the file. QA tools report these as one "tag mismatch" (Xbench, Verifika, memoQ QA);
this is a rule of its own beside `placeholder-mismatch` because the objects differ: placeholders are text the
program reads in the string, tags are the file format's markup, compared by element and id (a target may
reorder them), never by their text. Markup a string carries as text (HTML in a program's PO strings or Xcode
XLIFF, Mallard in an itstool PO: `manuscript.text_tags`) is compared the same way. A finding points at the tag: the
first one the target adds or closes out of order, else the first one it drops, where it is in the source.
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.quote import LANGUAGE_NAMES, clipped, differences
from zhen_qa.manuscript.document import InlineTag, Sentence, span_of
from zhen_qa.manuscript.source import Location
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

TAG_MISMATCH = Rule(
    "tag-mismatch",
    Severity.ERROR,
    "An inline tag of a CAT unit (<x/>, <g>, <ph>, <bpt>/<ept>, OmegaT's <g0>, HTML such as <b> written in the "
    "string) is missing from its translation, added to it, or closed before it opens: the CAT tool cannot rebuild "
    "the file as it was, or the page loses its markup.",
    preconditions="CAT files only (XLIFF, TMX, PO); units with a target; tags are compared by element and id "
                  "(markup written as text by element name), in any order",
)

RULES: tuple[Rule, ...] = (TAG_MISMATCH,)



def _expected(case: str, source: dict[str, Counter[str]]) -> Counter[str] | None:
    """The tags a target case of an ICU message must hold: the source's same case, else its "other" at the same
    place (a Chinese plural has only "other"; an English "one" has no Chinese case to match); None when the source
    has neither."""
    if case in source:
        return source[case]
    head, _, _last = case.rpartition("/")
    other = f"{head}/other" if head else "other"
    return source.get(other)


def _differences(src_tags: Sequence[InlineTag], tgt_tags: Sequence[InlineTag]) -> tuple[list[str], list[str]]:
    """(keys missing from the target, keys extra in it), as multisets. Tags inside the cases of an ICU message are
    compared case by case (each case repeats its tags, and languages have different cases); the rest as a whole."""
    src: dict[str, Counter[str]] = {}
    tgt: dict[str, Counter[str]] = {}
    for tags, out in ((src_tags, src), (tgt_tags, tgt)):
        for t in tags:
            if t.key or t.role == "case":
                out.setdefault(t.case, Counter())[t.key] += bool(t.key)
    missing: list[str] = []
    extra: list[str] = []
    for case in sorted(set(src) | set(tgt)):
        if not case:
            want, have = src.get("", Counter()), tgt.get("", Counter())
        elif case in tgt:
            expected = _expected(case, src)
            if expected is None:
                continue
            want, have = expected, tgt[case]
        else:
            continue  # a source case the target does not have (an English "one")
        missing += list((want - have).elements())
        extra += list((have - want).elements())
    cased_src = {k for case, c in src.items() if case for k in +c}
    if cased_src and not any(case for case in tgt):  # the target dropped the ICU message's cases altogether
        missing += sorted(cased_src - set(tgt.get("", Counter())))
    return missing, extra



def _misnested(tags: Sequence[InlineTag]) -> list[InlineTag]:
    """The closing tags whose pair closes before it opens or crosses another pair ("<g0>…</g1>…</g0>"), in order
    (one per tag as shown); a pair missing one of its tags is left to the count."""
    opened: dict[str, int] = Counter(t.pair for t in tags if t.role == "open")
    closed: dict[str, int] = Counter(t.pair for t in tags if t.role == "close")
    complete = {p for p in opened if opened[p] == closed.get(p, 0)}
    stack: list[InlineTag] = []
    bad: dict[str, InlineTag] = {}
    for tag in tags:
        if tag.role == "alone" or tag.pair not in complete:
            continue
        if tag.role == "open":
            stack.append(tag)
            continue
        if stack and stack[-1].pair == tag.pair:
            stack.pop()
            continue
        bad.setdefault(tag.shown, tag)  # closes before it opens, or while another pair opened after it is still open
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].pair == tag.pair:
                del stack[k]
                break
    return list(bad.values())


def _listed(tags: list[str]) -> str:
    return ", ".join(tags)


def _nth(tags: Sequence[InlineTag], key: str, n: int) -> InlineTag | None:
    """The `n`th tag (0-based) of `tags` with `key`, else its last one."""
    same = [t for t in tags if t.key == key]
    return same[min(n, len(same) - 1)] if same else None


def _pointed(missing: list[str], extra: list[str], nested: list[InlineTag], src_tags: Sequence[InlineTag],
             tgt_tags: Sequence[InlineTag]) -> tuple[InlineTag, bool] | None:
    """The tag a finding points at, and whether it is the source's: the first tag of the target that is extra
    or closes out of order (an extra key's occurrences past the source's count), else the first of the source's
    that the target drops (past the target's count); None when the tags' places are not known."""
    in_target = [t for t in nested if t.at is not None] + _past_count(extra, tgt_tags, src_tags)
    if in_target:
        return min(in_target, key=lambda t: t.at or (0, 0)), False
    in_source = _past_count(missing, src_tags, tgt_tags)
    return (min(in_source, key=lambda t: t.at or (0, 0)), True) if in_source else None


def _past_count(keys: list[str], tags: Sequence[InlineTag], other: Sequence[InlineTag]) -> list[InlineTag]:
    """For each of `keys` (once), the first of its tags in `tags` past the other side's count of it, where its
    place is known: the occurrence the other side lacks."""
    out = []
    for key in dict.fromkeys(keys):
        tag = _nth(tags, key, sum(t.key == key for t in other))
        if tag is not None and tag.at is not None:
            out.append(tag)
    return out


def tag_place(tag: InlineTag, sentences: Sequence[Sentence]) -> tuple[Location, str] | None:
    """Where `tag` is, as the reports show it: from the tag's markup through the character after it (the first
    character, for a tag before the text; from the last one, for a tag after it), and an excerpt of the text
    around that place."""
    assert tag.at is not None
    start, end = tag.at
    text = next((s.text for s in reversed(sentences) if s.text.offsets and s.text.offsets[0] <= start),
                sentences[0].text)
    if not text.text:
        return None
    i = bisect.bisect_left(text.offsets, start)  # the characters before the tag
    n = len(text.text)
    source = text.source
    if i == 0:
        location = text.location(0, 1)
    elif i < n:
        location = source.location(start, text.end_of(i))
    else:
        location = source.location(text.offsets[n - 1], max(end, text.end_of(n - 1)))
    return location, excerpt_around(text.text, i, i)


def run(ctx: CheckContext) -> Iterator[Finding]:
    """One finding per CAT unit whose target's inline tags differ from its source's or are wrongly nested."""
    ms = ctx.manuscript
    source_lang = ms.source_lang or "zh"
    target_lang = "en" if source_lang == "zh" else "zh"
    for pair in ms.pairs:
        if pair.tags is None:
            continue
        source = pair.zh if source_lang == "zh" else pair.en
        target = pair.en if source_lang == "zh" else pair.zh
        if not source or not target:
            continue  # an untranslated unit is `untranslated`, once
        src_tags, tgt_tags = pair.tags
        if not src_tags and not tgt_tags:
            continue
        shown = {t.key: t.shown for t in (*src_tags, *tgt_tags) if t.key}
        missing_keys, extra_keys = _differences(src_tags, tgt_tags)
        missing = [shown[k] for k in missing_keys]
        extra = [shown[k] for k in extra_keys]
        nested_tags = [] if _misnested(src_tags) else _misnested(tgt_tags)
        nested = [t.shown for t in nested_tags]
        if not missing and not extra and not nested:
            continue
        parts = differences(missing, extra, source_lang, target_lang)
        if nested:
            parts.append(f"{_listed(nested)} in the {LANGUAGE_NAMES[target_lang]} "
                         f"close{'s' if len(nested) == 1 else ''} before {'its' if len(nested) == 1 else 'their'} "
                         "opening tag or across another pair")
        text = " ".join(s.text.text for s in target)
        location, lang, excerpt, related = span_of(target), target_lang, excerpt_around(text, 0, 0), span_of(source)
        pointed = _pointed(missing_keys, extra_keys, nested_tags, src_tags, tgt_tags)
        place = tag_place(pointed[0], source if pointed[1] else target) if pointed is not None else None
        if pointed is not None and place is not None:
            location, excerpt = place
            if pointed[1]:  # a dropped tag: where it is in the source, the target as the other side
                lang, related = source_lang, span_of(target)
        yield Finding(TAG_MISMATCH.id, TAG_MISMATCH.severity, "; ".join(parts) + ": " + clipped(text),
                      location, lang, excerpt, related=related,
                      data=(("missing", missing), ("extra", extra), ("misnested", nested)))
