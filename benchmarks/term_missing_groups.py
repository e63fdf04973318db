"""How many reported term-missing rows would "one rendering decision, one finding" join, and with which word?

    python benchmarks/term_missing_groups.py [--dump OUT.jsonl] SET=FOLDER [SET=FOLDER ...]
    python benchmarks/term_missing_groups.py --read OUT.jsonl

SET is a documentation set checked with its glossary (`egg=/tmp/egg-heldout`: labels
`labels/SET-heldout.tsv`, glossary `glossaries/SET.csv`, as `docs.sh SET-g` measures), or a corpus of
`benchmarks/precision.py` (as `term_missing_evidence.py` takes it). Every per-sentence candidate `term_missing` hands
to `missing_summary` (through its public `WATCHERS` list) that the run reports one by one is kept with its label and
its bead; `--dump` writes them with the page's beads (JSON lines), `--read` counts from such a file without checking.

The question (stop 65, gm65): a translator who renders a glossary concept by a word of their own in several sentences
of a page made one decision; reported once it is one row, not N. Per set it prints
- `rows`: the reported per-sentence rows (T / F), and how many share their (page, concept, direction) with another
  (`in page groups`): no page-level grouping can join the others;
- `choice`: the rows a co-occurrence grouping joins: a target word standing in CHOICE_BEADS or more beads of the
  group, making up CHOICE_SHARE or more of the page's beads that have it (the word belongs to the concept's beads,
  as Dice over the page's beads would say), no stem of a listed rendering, said in each bead more often than the
  source's other words account for (`missing_alike.left_over`, approximated by the lexicon); each joined group is
  printed with the word it would name, its labels and the label notes, so the word can be judged;
- `neighbour`: the rows whose bead's neighbour (before or after) has a listed rendering its own source does not
  name (the "left to context beside the glossary form" shape of G4).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHOICE_BEADS = 2
"""Fewest different beads of one (page, concept, direction) that must say the same word before they are joined."""

CHOICE_SHARE = 0.5
"""Smallest share of the page's beads saying the word that must be beads of the group (the word is the concept's)."""

_LATIN = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Candidate:
    """One reported per-sentence term-missing row: its bead (index into the page's beads) and label."""

    bead: int
    concept: str
    tgt: str
    line: int
    verdict: str
    note: str
    term: str
    renderings: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    """A page's aligned beads, (Chinese text, English text) each, and its reported per-sentence candidates."""

    set: str
    name: str
    beads: tuple[tuple[str, str], ...]
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Choice:
    """The candidates of one page group a co-occurrence grouping joins, and the word it would name."""

    page: Page
    word: str
    members: tuple[Candidate, ...]
    group: int
    """How many candidates the (page, concept, direction) group has."""


def _tokens(text: str, lang: str) -> set[str]:
    from zhen_qa.checks.renderings import en_tokens, zh_tokens

    return set(en_tokens(text) if lang == "en" else zh_tokens(text))


def _left_over(word: str, zh: str, en: str) -> bool:
    """Whether the English of a bead says an English word (a stem) more often than the Chinese accounts for it: kept
    as written, or a CC-CEDICT gloss of one of its words (`missing_alike.left_over`, over the whole bead)."""
    from zhen_qa.aligner.lexicon import load_lexicon, stem, zh_tokens

    lexicon = load_lexicon()
    said = sum(1 for w in _LATIN.findall(en) if stem(w.lower()) == word)
    accounted = sum(1 for w in _LATIN.findall(zh) if stem(w.lower()) == word)
    accounted += sum(1 for t in zh_tokens(zh, lexicon) if word in lexicon.zh2en.get(t, ()))
    return said > accounted


def groups(page: Page) -> dict[tuple[str, str], list[Candidate]]:
    """The page's candidates by (concept, target language), in order."""
    out: dict[tuple[str, str], list[Candidate]] = {}
    for c in page.candidates:
        out.setdefault((c.concept, c.tgt), []).append(c)
    return out


def choices(page: Page) -> list[Choice]:
    """The joins a co-occurrence grouping makes on a page (see the module docstring), one per page group at most."""
    from zhen_qa.aligner.lexicon import en_stems

    side = {"en": 1, "zh": 0}
    out: list[Choice] = []
    on_page: dict[str, Counter[str]] = {}
    for (_concept, tgt), items in groups(page).items():
        beads = {c.bead for c in items}
        if len(beads) < CHOICE_BEADS:
            continue
        if tgt not in on_page:
            on_page[tgt] = Counter(t for b in page.beads for t in _tokens(b[side[tgt]], tgt))
        listed = {s for r in items[0].renderings for s in en_stems(r)} if tgt == "en" else set()
        said: Counter[str] = Counter(t for b in beads for t in _tokens(page.beads[b][side[tgt]], tgt))
        best: tuple[int, float, int, str] | None = None
        for word, n in said.items():
            if n < CHOICE_BEADS or word in listed or n / on_page[tgt][word] < CHOICE_SHARE:
                continue
            if tgt == "zh" and any(word in r or r in word for r in items[0].renderings):
                continue
            if tgt == "en" and not all(_left_over(word, *page.beads[b]) for b in beads
                                       if word in _tokens(page.beads[b][1], "en")):
                continue
            rank = (n, n / on_page[tgt][word], len(word), word)
            if best is None or rank > best:
                best = rank
        if best is not None:
            word = best[3]
            members = tuple(c for c in items if word in _tokens(page.beads[c.bead][side[tgt]], tgt))
            out.append(Choice(page, word, members, len(items)))
    return out


def neighbour_form(page: Page, c: Candidate) -> bool:
    """Whether the bead before or after the candidate's has a listed rendering in its target while its source does
    not name the term: the glossary form stands beside the sentence that leaves it to the context."""
    from zhen_qa.aligner.lexicon import en_stems

    tgt, src = (1, 0) if c.tgt == "en" else (0, 1)
    for i in (c.bead - 1, c.bead + 1):
        if not 0 <= i < len(page.beads):
            continue
        target, source = page.beads[i][tgt], page.beads[i][src]
        if c.tgt == "en":
            stems = set(en_stems(target))
            has = any(set(en_stems(r)) <= stems for r in c.renderings)
            named = c.term in source
        else:
            has = any(r in target for r in c.renderings)
            named = c.term.lower() in source.lower()
        if has and not named:
            return True
    return False


def report(pages: Iterable[Page]) -> dict[str, Counter[str]]:
    """Counts by set (printed with every join): rows, rows in page groups, joined rows and the rows a join saves,
    T rows joined, neighbour rows; by verdict where it says so."""
    totals: dict[str, Counter[str]] = {}
    for page in pages:
        t = totals.setdefault(page.set, Counter())
        for (_c, _tgt), items in groups(page).items():
            for c in items:
                t[f"rows {c.verdict}"] += 1
                t[f"in page groups {c.verdict}"] += len(items) >= 2
                t[f"neighbour {c.verdict}"] += neighbour_form(page, c)
        for ch in choices(page):
            verdicts = "".join(c.verdict for c in ch.members)
            t["choice joins"] += 1
            t["choice rows"] += len(ch.members)
            t["choice saves"] += len(ch.members) - 1
            t["choice T rows"] += verdicts.count("T")
            notes = " || ".join(c.note.removeprefix("glossary run: ")[:70] for c in ch.members)
            print(f"{page.set}\t{page.name}\t{ch.members[0].term} -> {ch.word}\t{len(ch.members)}/{ch.group}\t"
                  f"{verdicts}\t{[c.line for c in ch.members]}\t{notes}")
    return totals


def _pages_of(arg: str, dump: Any) -> list[Page]:
    """Check a set with its glossary and keep its pages (written to `dump` as JSON lines when given)."""
    import precision
    import term_missing_evidence as tme

    from zhen_qa.checks.run import Flags, check_file

    name, _, folder = arg.partition("=")
    if folder and name not in precision.CORPORA:  # a documentation set: its labels and glossary by its name
        tme.DOC_SETS.setdefault(name, (f"{name}-heldout", name))
    name, root, pairs, gloss, label = tme._labels(arg)
    tme._capture()
    flags = Flags(glossaries=(str(tme.HERE / "glossaries" / f"{gloss}.csv"),))
    out: list[Page] = []
    for zh, en in pairs:
        if not en.exists():
            continue
        name_of_page = str(zh.relative_to(root))
        tme._captured.clear()
        result = check_file(str(zh), str(en), flags)
        reported = {(f.location.path, f.location.line, f.location.column): f for f in result.findings
                    if f.rule == "term-missing"}
        for ctx, missed, _occ, _unlisted in tme._captured:
            beads: list[tuple[str, str]] = []
            index: dict[tuple[int, ...], int] = {}
            for _p, _b, zs, es in ctx.aligned_beads():
                index[tuple(id(s) for s in es)] = index[tuple(id(s) for s in zs)] = len(beads)
                beads.append(("".join(s.text.text for s in zs), " ".join(s.text.text for s in es)))
            cands = []
            for m in missed:
                f = m.finding
                shown = reported.get((f.location.path, f.location.line, f.location.column))
                if shown is None or dict(shown.data).get("count") or m.bead not in index:
                    continue  # not reported, or reported within a summary: no per-sentence row
                verdict, note = label(shown, name_of_page, "zh" if f.location.path == str(zh) else "en")
                cands.append(Candidate(index[m.bead], m.concept, m.tgt, f.location.line, verdict, note,
                                       m.source_text, tuple(m.renderings)))
            page = Page(name, name_of_page, tuple(beads), tuple(cands))
            out.append(page)
            if dump is not None:
                dump.write(json.dumps({"set": page.set, "page": page.name, "beads": page.beads,
                                       "candidates": [c.__dict__ for c in cands]}, ensure_ascii=False) + "\n")
        print(name, name_of_page, file=sys.stderr, flush=True)
    return out


def read(path: Path) -> list[Page]:
    """The pages of a `--dump` file."""
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        cands = tuple(Candidate(**{**c, "renderings": tuple(c["renderings"])}) for c in d["candidates"])
        beads = tuple((zh, en) for zh, en in d["beads"])
        pages.append(Page(d["set"], d["page"], beads, cands))
    return pages


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="SET=FOLDER (see the docstring)")
    parser.add_argument("--dump", type=Path, help="write the pages and candidates here (JSON lines)")
    parser.add_argument("--read", type=Path, help="count from a --dump file instead of checking")
    args = parser.parse_args(argv)
    if args.read:
        pages = read(args.read)
    else:
        dump = args.dump.open("w", encoding="utf-8") if args.dump else None
        pages = [p for arg in args.sets for p in _pages_of(arg, dump)]
        if dump is not None:
            dump.close()
    for name, t in report(pages).items():
        print(name, " ".join(f"{k}: {v}" for k, v in sorted(t.items())))


if __name__ == "__main__":
    main()
