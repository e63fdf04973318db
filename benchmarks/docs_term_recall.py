"""Injected glossary-term recall on bilingual documentation checked with its glossary.

    python benchmarks/docs_term_recall.py DATA_DIR --glossary GLOSSARY.csv [--per-page 3] [--seed 57]
        [--kinds term-missing term-missing-zh] [--term-mode delete|swap|substance] [--list-misses]

DATA_DIR holds `PAGE.zh.md(x)` + `PAGE.en.md(x)` pairs, as for `precision_mddocs.py`. Each page pair is checked
with the glossary; an injection site is a sentence pair the checker aligned (one bead) where the Chinese side
writes a term of a glossary concept and the English side writes one of that concept's English terms (both as the
glossary's own matchers find them), and no term-missing finding is at that Chinese term already — a rendered term.
In up to `--per-page` sites a page and kind (drawn with a seed from the page's name, so a run is repeatable and
one page's sites do not depend on the others):

- term-missing: every word of the bead's English sentences holding an English term of that concept (inflected or
  inside a longer word, `defects._term_words`) is taken out the way `--term-mode` says; found when a term-missing
  finding places the Chinese term there (its own place, or a place it lists for a summary, a fold or a joined copy,
  `finding_places`);
- term-missing-zh: every Chinese term of that concept in the bead's Chinese sentences (as a substring: 大模型 loses
  its 模型 too) is taken out the same way; found when a term-missing finding places the English term there.

`--term-mode` (as `defects.py`'s): `delete` (the default) deletes the term's words (a space left doubled or before
punctuation goes with them, as `defects._missing_term` tidies, and so does a determiner right before the term that
no head noun follows: "join the cluster to the control plane." -> "join the cluster to.", as a translator drops a
term, never "to the ."; since stop 60, so the figures are not comparable with stop 59's), `swap` puts another word
of the same sentence in their place (an English word of four or more letters, a Chinese jieba word of two or more
Han characters, neither holding a term of the concept; drawn with the seed; a site whose sentence has none is not
tried), `substance` puts "substance" / 物质 there (stop 57's figures). Delete and swap are the honest modes: a
translator who drops a term deletes it or writes a near word. "substance" is a word the other side does not say,
which is exactly what an excuse guarded by "the English says a word the Chinese does not" keys on, so that mode
rewards such guards for the artefact and is kept only to compare with stop 57.

A miss is an injected drop the checker says nothing about at that place: an excuse took it (the excuses that
silenced more candidate findings than on the clean page are counted over the misses, and named per miss with
`--list-misses`), the summary counted it elsewhere, or the alignment moved. This is how much a documentation set's
term excuses cost in real drops, measured on the pages whose false findings they are written for.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from defects import _term_words  # noqa: E402
from precision_mddocs import page_pairs  # noqa: E402

from zhen_qa.checks.run import Flags, check_file, load_glossaries  # noqa: E402
from zhen_qa.checks.term_excuses import switched  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary, TermStatus  # noqa: E402
from zhen_qa.manuscript.document import Sentence  # noqa: E402
from zhen_qa.manuscript.lazy_re import LazyPattern  # noqa: E402
from zhen_qa.manuscript.source import Location  # noqa: E402
from zhen_qa.report.findings import Finding  # noqa: E402
from zhen_qa.report.model import FileResult  # noqa: E402

KINDS = ("term-missing", "term-missing-zh")
"""term-missing: the English loses a term the Chinese writes; term-missing-zh: the Chinese loses it."""

REPLACEMENT = {"term-missing": "substance", "term-missing-zh": "物质"}
"""What takes the term's place in `substance` mode (as `defects.py`'s "substance" mode)."""

TERM_MODES = ("delete", "swap", "substance")
"""How a term is taken out: deleted, another word of the sentence put there, or "substance" / 物质."""

_SWAP_EN = LazyPattern(r"(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])")
"""An English word `swap` may put in a term's place (as `defects._SWAP_WORD`): lower case, four letters or more."""

_WORD = LazyPattern(r"[A-Za-z\u4e00-\u9fff\ufffc]")
"""A letter, a Han character or a code span (U+FFFC in the prose view): what makes a sentence say something once a
term is deleted (`kept_words`; "`Button` 组件" keeps its code)."""

_ALL_HAN = LazyPattern(r"[\u4e00-\u9fff]{2,}")
"""A Chinese word `swap` may put in a term's place: two or more Han characters."""


@dataclass(frozen=True)
class Site:
    """One rendered glossary term in one aligned sentence pair: where to take it out and where it must be reported."""

    kind: str
    concept: str
    edits: tuple[tuple[int, int], ...]
    """(start, end) offsets into the edited file's text of every term of the concept taken out."""
    expect: tuple[Location, ...]
    """Where the kept side writes the term: a term-missing finding at one of these is a hit."""
    text: str
    """The bead's sentence on the side that loses the term (for `--list-misses`)."""
    left: str
    """What the losing side's sentences keep once every term of the concept is taken out (`kept_words`)."""


def _hits(glossary: Glossary, lang: str, sentences: Sequence[Sentence],
          concept: str) -> list[tuple[Sentence, int, int]]:
    """(sentence, start, end) of every listed (not deprecated) term of `concept` in `sentences`."""
    m = glossary.matchers()
    matcher = m.zh if lang == "zh" else m.en
    out = []
    for s in sentences:
        for h in matcher.find(s.text.text):
            if h.concept_id == concept and h.status is not TermStatus.DEPRECATED:
                out.append((s, h.start, h.end))
    return out


def _concepts(glossary: Glossary, lang: str, sentences: Sequence[Sentence]) -> set[str]:
    m = glossary.matchers()
    matcher = m.zh if lang == "zh" else m.en
    return {h.concept_id for s in sentences for h in matcher.find(s.text.text) if h.status is not TermStatus.DEPRECATED}


def _span(s: Sentence, start: int, end: int) -> tuple[int, int]:
    """Source offsets of characters [start, end) of a sentence."""
    return s.text.offsets[start], s.text.end_of(end - 1)


def _taken(c: Concept, lang: str, sentences: Sequence[Sentence]) -> tuple[tuple[tuple[int, int], ...], str]:
    """Source offsets of every word of `sentences` that holds a listed (not deprecated) term of `c` in `lang`, as a
    translator's omission takes them all: each Chinese term as a substring (大模型 loses its 模型 too), each English
    term inflected or inside a longer word (`defects._term_words`: models, quantized); and the text the sentences
    keep without them (joined by spaces)."""
    terms = [t for t, status, _field in c.terms(lang) if status is not TermStatus.DEPRECATED and t]
    out: list[tuple[int, int]] = []
    left: list[str] = []
    for s in sentences:
        text, spans = s.text.text, []
        for t in terms:
            if lang == "zh":
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(t), text)]
            else:
                spans += [(m.start(), m.end()) for m in _term_words(t).finditer(text)]
        end, at = -1, 0
        for a, b in sorted(spans, key=lambda ab: (ab[0], -ab[1])):
            if a >= end:
                out.append(_span(s, a, b))
                left.append(text[at:a])
                end = at = b
        left.append(text[at:] + " ")
    return tuple(out), "".join(left).strip()


def kept_words(site: Site) -> bool:
    """Whether the losing side keeps a word (a letter, a Han character or a code span) once the term is taken out.
    A line that is the term ("## 插件", "Task Instance", "Model") is emptied by a deletion: its bead goes, and what is
    left is a heading or line the other side has and this side lacks (an untranslated or deleted line, other rules'
    defect), not a sentence that lost a term; delete mode does not try such a site (swap mode cannot: the sentence
    has no other word to put there)."""
    return bool(_WORD.search(site.left))


def _site(kind: str, c: Concept, sentences: Sequence[Sentence], expect: tuple[Location, ...]) -> Site:
    """The site taking `c`'s terms out of the losing side's `sentences`, reported at `expect`."""
    lang = "en" if kind == "term-missing" else "zh"
    edits, left = _taken(c, lang, sentences)
    return Site(kind, c.id, edits, expect, " ".join(s.text.text for s in sentences), left)


def sites(result: FileResult, glossary: Glossary) -> Iterator[Site]:
    """Every injection site of a checked page pair, in file order (both kinds)."""
    concepts = {c.id: c for c in glossary.concepts}
    reported = {(p.line, p.column) for f in result.findings if f.rule == "term-missing" for p in finding_places(f)}
    for pair in result.pairs:
        for bead in pair.beads:
            zs, es = [pair.zh[i] for i in bead.zh], [pair.en[j] for j in bead.en]
            if not zs or not es:
                continue
            for concept in sorted(_concepts(glossary, "zh", zs) & _concepts(glossary, "en", es)):
                zh_hits, en_hits = _hits(glossary, "zh", zs, concept), _hits(glossary, "en", es, concept)
                zh_locs = tuple(s.text.location(a, b) for s, a, b in zh_hits)
                en_locs = tuple(s.text.location(a, b) for s, a, b in en_hits)
                if any((loc.line, loc.column) in reported for loc in zh_locs + en_locs):
                    continue  # reported already: no rendered term to take out
                c = concepts[concept]
                yield _site("term-missing", c, es, zh_locs)
                yield _site("term-missing-zh", c, zs, en_locs)


def finding_places(f: Finding) -> list[Location]:
    """Where a term-missing finding says a term is missing: its own place and each place it stands for (a summary's
    or a fold's `data["sentences"]`, a joined copy's `data["with"]`)."""
    out = [f.location]
    data: dict[str, Any] = dict(f.data)
    for key in ("sentences", "with"):
        listed = data.get(key)
        if isinstance(listed, list):
            for p in listed:
                if isinstance(p, dict) and "line" in p and "column" in p:
                    line, column = int(p["line"]), int(p["column"])
                    out.append(Location(f.location.path, line, column, int(p.get("end_line") or line),
                                        int(p.get("end_column") or column)))
    return out


def found(findings: Sequence[Finding], expect: Sequence[Location], path: str) -> bool:
    """Whether a term-missing finding in `path` places a term at one of `expect` (its start inside the term)."""
    for f in findings:
        if f.rule != "term-missing":
            continue
        for p in finding_places(f):
            if p.path != path:
                continue
            for e in expect:
                if p.line == e.line and (e.column <= p.column < e.end_column if e.end_line == e.line
                                         else p.column >= e.column):
                    return True
    return False


_STRANDED = LazyPattern(r"(?i)(?<![A-Za-z0-9_'’-])(?:the|a|an|this|that|these|those|its|our|your|their)[ \t]+\Z")
"""A determiner right before a deleted term (`edited`): "the" in "join the cluster to the control plane"."""

_NO_HEAD = LazyPattern(
    r"[ \t]*(?:\Z|\n(?=[ \t]*(?:\n|\Z))|(?:\n[ \t]*)?(?:[.,;:!?)\]]|(?:of|to|into|onto|by|at|via|through"
    r"|during|within|than|in|on|for|with|from|as|about|like|and|or|but|is|are|was|were|be|been|will|can|may|must"
    r"|should|would|could|has|have|had|does|do|did|that|which|who|using|without|under|over|after|before|between|if|when)(?![A-Za-z0-9_'’-])))",
    re.IGNORECASE)
"""What follows a deleted term when no head noun of the determiner before it does: punctuation, the paragraph's end
(a blank line or the text's end) or a function word, also on the next line of a wrapped paragraph ("to the control
plane." -> "to the ."; "the data type of" -> "the of"; "the telemetry\ndata" keeps its head on the next line)."""


def edited(text: str, edits: Sequence[tuple[int, int]], word: str) -> str:
    """`text` with each span of `edits` replaced by `word` (capitalised where the span began with a capital); with
    an empty `word` (a deletion) the determiner before the span goes too where no head noun follows it (`_STRANDED`,
    `_NO_HEAD`: "join the cluster to the control plane." -> "join the cluster to.", as a translator who drops the
    term writes it, not "to the ."; a determiner that opened the sentence hands its capital on), a space the span
    leaves doubled or before punctuation goes too, as `defects._missing_term` tidies ("Clear the cache." ->
    "Clear."), and so does the space after a span that opens a line or follows one ("Cache keeps" -> "keeps")."""
    out, at, cap = [], 0, False
    for a, b in sorted(edits):
        head = text[at:a]
        if cap and head[:1].islower():
            head = head[:1].upper() + head[1:]
        cap = False
        if not word:
            det = _STRANDED.search(head)
            if det and _NO_HEAD.match(text, b):
                cap = head[det.start()].isupper()
                head = head[:det.start()]
            after = text[b:b + 1]
            if head.endswith(" ") and (after in " ,.;:!?)" or not after):
                head = head[:-1]
            elif after == " " and (not head or head.endswith(("\n", " "))):
                b += 1
        out.append(head)
        out.append(word[:1].upper() + word[1:] if text[a:a + 1].isupper() else word)
        at = b
    rest = text[at:]
    out.append(rest[:1].upper() + rest[1:] if cap else rest)
    return "".join(out)


def swap_word(site: Site, glossary: Glossary, rng: random.Random) -> str | None:
    """Another word of the sentence losing the term, to put in its place (`swap` mode), or None when it has none: an
    English word of four or more lower-case letters or a Chinese jieba word of two or more Han characters, holding
    no term of the site's concept (the sentence with the concept's terms cut out is what is drawn from)."""
    c = next(c for c in glossary.concepts if c.id == site.concept)
    lang = "en" if site.kind == "term-missing" else "zh"
    terms = [t for t, status, _field in c.terms(lang) if status is not TermStatus.DEPRECATED and t]
    text = site.text
    if lang == "en":
        for t in terms:
            text = _term_words(t).sub(" ", text)
        words = set(_SWAP_EN.findall(text))
    else:
        from zhen_qa.aligner.jieba_base import import_jieba

        for t in terms:
            text = text.replace(t, "，")
        words = {w for w in import_jieba().lcut(text) if _ALL_HAN.fullmatch(w)}
    words -= {t.lower() for t in terms}
    return rng.choice(sorted(words)) if words else None


def replacement(site: Site, mode: str, glossary: Glossary, seed: int, page: str) -> str | None:
    """What takes the site's term's place in `mode` ("" to delete it), or None when the site is not tried: `swap`
    finds no word, or a deletion would leave the line with none (`kept_words`)."""
    if mode == "delete":
        return "" if kept_words(site) else None
    if mode == "substance":
        return REPLACEMENT[site.kind]
    return swap_word(site, glossary, random.Random(f"{seed}:{site.kind}:{page}:{site.concept}:{site.edits}"))


def checked(zh: Path, en: Path, flags: Flags) -> tuple[FileResult, Counter[str]]:
    """The check of a page pair and, by term-missing excuse, the candidate findings each silenced."""
    with switched() as silenced:
        result = check_file(str(zh), str(en), flags)
        return result, Counter(silenced)


@dataclass(frozen=True)
class Injected:
    """What the check of a page pair with one site's term taken out said about it."""

    found: bool
    """A term-missing finding places the kept term (`found`)."""
    silenced: Counter[str]
    """The candidate findings each term-missing excuse silenced."""
    named: bool
    """Not found, but a term-missing finding of the losing side's sentence names the kept term as what that side has
    instead of another concept (`named_instead`)."""


def inject(zh: Path, en: Path, site: Site, flags: Flags, tmp: Path,
           word: str | None = None) -> tuple[bool, Counter[str]]:
    """Check the page pair with the site's term replaced by `word` ("" deletes it; default "substance" / 物质): is
    it reported at the kept term? And the candidate findings each term-missing excuse silenced."""
    got = injected(zh, en, site, flags, tmp, word)
    return got.found, got.silenced


def injected(zh: Path, en: Path, site: Site, flags: Flags, tmp: Path, word: str | None = None) -> Injected:
    """`inject`, with whether a finding names the kept term as the other side's word instead (`named_instead`)."""
    zh_text, en_text = zh.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
    if word is None:
        word = REPLACEMENT[site.kind]
    losing = en_text if site.kind == "term-missing" else zh_text
    if site.kind == "term-missing":
        en_text = edited(en_text, site.edits, word)
    else:
        zh_text = edited(zh_text, site.edits, word)
    z2, e2 = tmp / ("page.zh" + zh.suffix), tmp / ("page.en" + en.suffix)
    z2.write_text(zh_text, encoding="utf-8")
    e2.write_text(en_text, encoding="utf-8")
    result, silenced = checked(z2, e2, flags)
    kept, lost = (str(z2), str(e2)) if site.kind == "term-missing" else (str(e2), str(z2))
    expect = tuple(Location(kept, e.line, e.column, e.end_line, e.end_column) for e in site.expect)
    ok = found(result.findings, expect, kept)
    kept_text = zh_text if site.kind == "term-missing" else en_text
    lines = {losing[:a].count("\n") + 1 for a, _b in site.edits}
    named = not ok and named_instead(result.findings, lost, lines, surfaces(kept_text, site.expect))
    return Injected(ok, silenced, named)


def surfaces(text: str, places: Sequence[Location]) -> set[str]:
    """The text at each one-line place of `text` (1-based line and column, end column exclusive)."""
    rows = text.split("\n")
    return {rows[p.line - 1][p.column - 1:p.end_column - 1] for p in places
            if p.end_line == p.line and 0 < p.line <= len(rows)}


def named_instead(findings: Sequence[Finding], path: str, lines: set[int], terms: set[str]) -> bool:
    """Whether a term-missing finding placed in `path` on one of `lines` names one of `terms` as what that sentence's
    other side has instead: where both sides of a bead lack a concept the other names, term-missing reports one
    finding, from the Chinese term, with the English term it takes for that term's wrong rendering in its tail ("「倒
    计时」 has no “countdown” … (it has “milliseconds”)", `term_missing`'s `both`). Such a finding flags the line and
    names the dropped term's partner, but as another concept's mistranslation: counted apart, not as found."""
    quoted = {f"“{t}”" for t in terms if t}
    for f in findings:
        if f.rule != "term-missing" or "has “" not in f.message:
            continue
        tail = f.message[f.message.index("has “"):]
        if any(p.path == path and p.line in lines for p in finding_places(f)) and any(q in tail for q in quoted):
            return True
    return False


def chosen(all_sites: Sequence[Site], kind: str, page: str, per_page: int, seed: int) -> list[Site]:
    """Up to `per_page` sites of `kind`, drawn with a seed from the page's name (one site a concept and sentence)."""
    own = [s for s in all_sites if s.kind == kind]
    rng = random.Random(f"{seed}:{kind}:{page}")
    rng.shuffle(own)
    return own[:per_page]


def main() -> None:
    """Inject term drops into every page pair and count the ones reported at their place."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--glossary", type=Path, action="append", required=True,
                    help="check with this glossary (repeatable), as `check --glossary` does")
    ap.add_argument("--per-page", type=int, default=3, help="sites a page and kind (default 3)")
    ap.add_argument("--seed", type=int, default=57)
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--term-mode", choices=TERM_MODES, default="delete",
                    help="how a term is taken out: deleted (default), another word of the sentence put there, or "
                         "'substance' / 物质 (stop 57's figures)")
    ap.add_argument("--list-misses", action="store_true", help="print each injected drop not reported")
    args = ap.parse_args()
    if not args.data.is_dir():
        sys.exit(f"docs_term_recall: no directory {args.data}")
    for g in args.glossary:
        if not g.is_file():
            sys.exit(f"docs_term_recall: no glossary file {g}")
    paths = tuple(str(g.resolve()) for g in args.glossary)
    flags = Flags(glossaries=paths)
    glossary = load_glossaries(paths)
    hit: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    named: Counter[str] = Counter()  # misses a finding names as the other side's word instead (`named_instead`)
    untried: Counter[str] = Counter()  # sites `replacement` does not try (an emptied line; swap: no word to put in)
    misses: list[str] = []
    hiding: Counter[str] = Counter()  # the excuses silencing more candidates than on the clean page, over the misses
    with tempfile.TemporaryDirectory() as name:
        for zh, en in page_pairs(args.data):
            page = str(zh.relative_to(args.data))
            base, base_silenced = checked(zh, en, flags)
            all_sites = list(sites(base, glossary))
            for kind in args.kinds:
                for site in chosen(all_sites, kind, page, args.per_page, args.seed):
                    word = replacement(site, args.term_mode, glossary, args.seed, page)
                    if word is None:
                        untried[kind] += 1
                        continue
                    tried[kind] += 1
                    got = injected(zh, en, site, flags, Path(name), word)
                    ok, silenced = got.found, got.silenced
                    hit[kind] += ok
                    named[kind] += got.named
                    if not ok:
                        hid = sorted((silenced - base_silenced).keys()) or ["(no excuse)"]
                        if got.named:
                            hid.append("named instead")
                        hiding.update(hid)
                        place = site.expect[0]
                        side = "zh" if kind == "term-missing" else "en"
                        put = f" [{word}]" if word else ""
                        misses.append(f"{page} {kind} {site.concept} at {side} {place.line}:{place.column}{put} "
                                      f"(excused: {', '.join(hid)}): {site.text[:100]}")
    total, n = sum(hit.values()), sum(tried.values())
    parts = ", ".join(f"{k} {hit[k]}/{tried[k]}" for k in args.kinds)
    print(f"glossary term recall ({args.term_mode}) {total}/{n} ({total / max(n, 1):.3f}): {parts}")
    if sum(untried.values()):
        print(f"sites not tried in {args.term_mode} mode (left out of the count above: the line is only the term, "
              "or swap has no word to put there): " + ", ".join(f"{k} {untried[k]}" for k in args.kinds))
    if sum(named.values()):
        print("misses a finding names as the other side's word instead (`named_instead`, not counted found): "
              + ", ".join(f"{k} {named[k]}" for k in args.kinds))
    if hiding:
        print("misses by excuse: " + ", ".join(f"{k} {v}" for k, v in hiding.most_common()))
    if args.list_misses:
        for line in misses:
            print(f"  missed: {line}")


if __name__ == "__main__":
    main()
