"""Which term-missing excuses earn their keep: `python benchmarks/excuses.py CORPUS[=FOLDER]... [--ablate] [--list]
[--only EXCUSE,...]`.

Corpora are precision.py's (names, folders, glossaries and labels alike). Each file is checked as precision.py checks
it, counting by excuse of `checks.term_excuses` the candidate term-missing findings it was the first to silence (a
candidate: a source term whose concept has no listed form on the other side of its bead; the first excuse that
applies silences it and later ones are not asked, so one candidate counts once).

With --ablate, each excuse that silenced something is switched off alone and the files where it did are checked
again (a file where it silenced nothing is unchanged without it). Findings are matched by place and subject, (file,
line, rule, concept) (for a finding of no concept, its message stands for the concept), not by wording: a concept
missing in many sentences is summarised in one finding whose wording moves when one more sentence lacks it, and that
is the same finding `reworded`, not a new one. The findings that appear are looked up in the corpus's labels: T, a
real defect the excuse hides; F, a false finding it saves; ?, unlabelled (most: the excuse came before anyone
labelled what it silences). `gone` counts findings that left (a summary that moved to another line leaves one place
and appears at the other). --list prints the findings that appear; --only ablates the named excuses alone.
Switching an excuse off is for measuring only: the command line cannot do it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from precision import HERE, Corpus, corpus_of, key, load_labels  # noqa: E402  (benchmarks/ is the script's folder)

from zhen_qa.checks.run import Flags, run_check  # noqa: E402
from zhen_qa.checks.term_excuses import EXCUSES, switched  # noqa: E402
from zhen_qa.report.findings import Finding  # noqa: E402

Place = tuple[str, int, str, str]  # (file, line, rule, concept): one finding whatever its wording


def place(f: Finding) -> Place:
    """Where a finding is and what about: (file name, line, rule, concept), the message for a finding of no concept."""
    concept = dict(f.data).get("concept")
    return Path(f.location.path).name, f.location.line, f.rule, concept if isinstance(concept, str) else f.message


def by_place(findings: list[Finding]) -> dict[Place, list[Finding]]:
    """Findings grouped by `place` (two of one place are rare: the same concept twice on a line)."""
    out: dict[Place, list[Finding]] = {}
    for f in findings:
        out.setdefault(place(f), []).append(f)
    return out


def check(zh: Path, corpus: Corpus, off: frozenset[str] = frozenset()) -> tuple[dict[Place, list[Finding]],
                                                                               Counter[str]]:
    """The findings of one file by place, and by excuse the candidates each silenced, with `off` switched off."""
    en = zh.with_name(zh.name[: -len(corpus.zh_suffix)] + corpus.en_suffix)
    gloss = str(HERE / "glossaries" / f"{corpus.glossary}.csv")
    with switched(off) as silenced:
        report = run_check([str(zh)], str(en), Flags(glossaries=(gloss,)))
    return by_place([f for fr in report.files for f in fr.findings]), silenced


def compared(base: dict[Place, list[Finding]], found: dict[Place, list[Finding]]
             ) -> tuple[list[Finding], int, int]:
    """What switching an excuse off changed: the findings that appear (at a place `base` lacks, or beyond its count
    there), how many left, and how many stayed at their place with another wording (`reworded`). Within a place
    (a paragraph file keeps an abstract on one line) the findings unchanged in column and wording are paired first,
    the rest in order."""
    appeared: list[Finding] = []
    gone = reworded = 0
    for p in base.keys() | found.keys():
        was, now = list(base.get(p, [])), []
        for f in found.get(p, []):
            same = next((i for i, b in enumerate(was) if (b.location.column, b.message) ==
                         (f.location.column, f.message)), None)
            if same is None:
                now.append(f)
            else:
                del was[same]
        appeared.extend(now[len(was):])
        gone += max(0, len(was) - len(now))
        reworded += min(len(was), len(now))
    return appeared, gone, reworded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", help="NAME or NAME=FOLDER, as for precision.py")
    ap.add_argument("--ablate", action="store_true", help="switch each excuse off in turn and label what appears")
    ap.add_argument("--list", action="store_true", help="with --ablate: print the findings that appear")
    ap.add_argument("--only", type=lambda v: frozenset(v.split(",")), help="with --ablate: switch off only these "
                    "excuses (comma-separated), one at a time")
    args = ap.parse_args()
    if args.only and (unknown := args.only - {e.name for e in EXCUSES}):
        ap.error(f"no such excuse: {', '.join(sorted(unknown))}")
    silenced: dict[str, Counter[str]] = {e.name: Counter() for e in EXCUSES}  # excuse -> corpus -> candidates
    appeared: dict[str, Counter[str]] = {e.name: Counter() for e in EXCUSES}  # excuse -> T/F/?/gone/reworded -> n
    listed: list[str] = []
    for arg in args.corpora:
        corpus = corpus_of(arg)
        labels = load_labels(HERE / "labels" / f"{corpus.name}.tsv")
        for zh in sorted(corpus.folder.glob(corpus.zh_glob)):
            base, counts = check(zh, corpus)
            for name, n in counts.items():
                silenced[name][corpus.name] += n
            if not args.ablate:
                continue
            for name in (e.name for e in EXCUSES if counts[e.name] and (not args.only or e.name in args.only)):
                found, _ = check(zh, corpus, frozenset({name}))
                new, gone, reworded = compared(base, found)
                appeared[name]["gone"] += gone
                appeared[name]["reworded"] += reworded
                for f in new:
                    k = key(f)
                    label = labels.get(k, "?")
                    appeared[name][label] += 1
                    if args.list:
                        listed.append(f"  {name}: {label} {corpus.name} {k[0]}:{k[2]}:{k[3]} {f.message[:120]}")
    head = f"{'excuse':24s} {'side':4s} {'silenced':>8s}" + ("     T     F     ?  gone  rewd" if args.ablate else "")
    print(head + "  by corpus")
    for e in EXCUSES:
        by_corpus = silenced[e.name]
        row = f"{e.name:24s} {e.side:4s} {sum(by_corpus.values()):8d}"
        if args.ablate:
            row += "".join(f" {appeared[e.name][c]:5d}" for c in ("T", "F", "?", "gone", "reworded"))
        print(row + "  " + " ".join(f"{c}:{n}" for c, n in by_corpus.most_common()))
    print("\n".join(listed))


if __name__ == "__main__":
    main()
