"""Inline tags of CAT units: the target must keep the source's tags, and close each one after it opens.

An inline tag stands for markup of the file the CAT tool rebuilds (a bold run, a link, Angular's interpolation
`<x id="INTERPOLATION"/>`, OmegaT's `<g0>`…`</g0>`): a tag the target drops loses the value or the formatting, an
extra one repeats it, and a closing tag before its opening one (or two pairs that cross) cannot be written back,
so the tool refuses to export the file. QA tools report these as one "tag mismatch" (Xbench, Verifika, memoQ QA);
this is a rule of its own beside `placeholder-mismatch` because the objects differ: placeholders are text the
program reads in the string, tags are the file format's markup, compared by element and id (a target may
reorder them), never by their text.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.quote import LANGUAGE_NAMES, clipped, differences
from zhen_qa.manuscript.document import InlineTag, span_of
from zhen_qa.report.findings import Finding, Rule, Severity, excerpt_around

TAG_MISMATCH = Rule(
    "tag-mismatch",
    Severity.ERROR,
    "An inline tag of a CAT unit (<x/>, <g>, <ph>, <bpt>/<ept>, OmegaT's <g0>) is missing from its translation, "
    "added to it, or closed before it opens: the CAT tool cannot rebuild the file as it was.",
    preconditions="CAT files only (XLIFF, TMX); units with a target; tags are compared by element and id, in any "
                  "order",
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



def _misnested(tags: Sequence[InlineTag]) -> list[str]:
    """The shown opening tags whose pair closes before it opens or crosses another pair ("<g0>…</g1>…</g0>"), in
    order; a pair missing one of its tags is left to the count."""
    opened: dict[str, int] = Counter(t.pair for t in tags if t.role == "open")
    closed: dict[str, int] = Counter(t.pair for t in tags if t.role == "close")
    complete = {p for p in opened if opened[p] == closed.get(p, 0)}
    stack: list[InlineTag] = []
    bad: list[str] = []
    for tag in tags:
        if tag.role == "alone" or tag.pair not in complete:
            continue
        if tag.role == "open":
            stack.append(tag)
            continue
        if stack and stack[-1].pair == tag.pair:
            stack.pop()
            continue
        bad.append(tag.shown)  # closes before it opens, or while another pair opened after it is still open
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].pair == tag.pair:
                del stack[k]
                break
    return list(dict.fromkeys(bad))


def _listed(tags: list[str]) -> str:
    return ", ".join(tags)


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
        nested = [] if _misnested(src_tags) else _misnested(tgt_tags)
        if not missing and not extra and not nested:
            continue
        parts = differences(missing, extra, source_lang, target_lang)
        if nested:
            parts.append(f"{_listed(nested)} in the {LANGUAGE_NAMES[target_lang]} "
                         f"close{'s' if len(nested) == 1 else ''} before {'its' if len(nested) == 1 else 'their'} "
                         "opening tag or across another pair")
        text = " ".join(s.text.text for s in target)
        yield Finding(TAG_MISMATCH.id, TAG_MISMATCH.severity, "; ".join(parts) + ": " + clipped(text),
                      span_of(target), target_lang, excerpt_around(text, 0, 0), related=span_of(source),
                      data=(("missing", missing), ("extra", extra), ("misnested", nested)))
