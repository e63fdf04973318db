"""Term-discovery benchmark: injected variants found (recall per kind) and discovered groups on clean text.

    python benchmarks/discovery.py [--corpus seed|paramed|medline|all] [--per-kind N] [--kinds K,...] [--seed S]

For each document the clean manuscript is checked with `term-inconsistent` only: every discovered group
is printed with its label from benchmarks/labels/discovery.tsv (accept / reject / ? when unlabelled).
Then, for every kind of variant (discovery_variants.KINDS: script, disease, morpheme, spelling, hyphen,
abbreviation), up to N injections are tried one at a time: a form the document uses at least twice has
one occurrence (two, half the time, when it has four or more) replaced by a real variant. An injection
counts as found when one discovered term-inconsistent finding names both the original and the variant.
Recall is printed per kind and corpus, then per kind.
"""
from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from discovery_variants import KINDS, RARE, Injection, corpus_words, injections  # noqa: E402

from zhen_qa.aligner.build import load_manuscript  # noqa: E402
from zhen_qa.checks.discover import AUTHOR_WORDING  # noqa: E402
from zhen_qa.checks.engine import check_manuscript  # noqa: E402
from zhen_qa.glossary.discover.en_variants import MIN_REUSES  # noqa: E402

SHARED = Path(os.environ.get("ZHEN_QA_SHARED", "/work/shared"))
LABELS = Path(__file__).resolve().parent / "labels" / "discovery.tsv"
Doc = tuple[str, str, str | None, bool]  # name, zh path, en path, presplit

def documents(corpus: str) -> list[Doc]:
    """The documents of a corpus: (name, zh path, en path or None, presplit)."""
    docs: list[Doc] = []
    if corpus in ("seed", "all"):
        docs.append(("seed", str(SHARED / "seed" / "secretome-review.txt"), None, False))
    if corpus in ("paramed", "all"):
        for zh in sorted((SHARED / "data" / "align" / "paramed-dev").glob("*.zh")):
            docs.append((f"paramed/{zh.stem}", str(zh), str(zh.with_suffix(".en")), True))
    if corpus in ("medline", "all"):
        for zh in sorted((SHARED / "data" / "real" / "medline").glob("*.zh.txt")):
            name = zh.name[: -len(".zh.txt")]
            docs.append((f"medline/{name}", str(zh), str(zh.with_name(name + ".en.txt")), False))
    return docs


def groups(zh: str, en: str | None, presplit: bool) -> list[list[str]]:
    """Forms of every discovered term-inconsistent finding of a manuscript."""
    ms = load_manuscript(zh, en, presplit=presplit)
    found = check_manuscript(ms, None, select=("term-inconsistent",))
    return [[d["form"] for d in dict(f.data)["forms"]] for f in found if dict(f.data).get("origin") == "discovered"]


def prose(zh: str, en: str | None, presplit: bool) -> tuple[set[int], set[int]]:
    """Offsets of the characters discovery reads (Chinese, English), each in its own file."""
    ms = load_manuscript(zh, en, presplit=presplit)
    out: tuple[set[int], set[int]] = (set(), set())
    for side, lang in zip(out, ("zh", "en")):
        for s in ms.sentences(lang):
            if AUTHOR_WORDING.admits(s.role):
                side.update(s.text.offsets)
    return out


def load_labels() -> dict[tuple[str, str], str]:
    """(document, forms joined by |) -> accept or reject."""
    labels: dict[tuple[str, str], str] = {}
    if LABELS.exists():
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                doc, forms, label = line.split("\t")[:3]
                labels[(doc, forms)] = label
    return labels


def _key(forms: list[str]) -> str:
    return "|".join(sorted(f.lower() for f in forms))


def inject(text: str, item: Injection, rng: random.Random) -> str:
    """The text with one (or, for frequent forms, sometimes two) occurrences of the original replaced; an
    abbreviation's full name always in two places (`en_variants.MIN_REUSES`: a full name written out once more
    after its definition is a reminder reviewers accept, labelled false 23 times in 25 on real translations)."""
    k = 2 if len(item.offsets) >= 4 and rng.random() < 0.5 else 1
    if item.kind == "abbreviation":
        k = MIN_REUSES
    for at in sorted(rng.sample(item.offsets, k), reverse=True):
        assert text.startswith(item.original, at), (item, at)
        text = text[:at] + item.variant + text[at + len(item.original):]
    return text


def pick(items: list[Injection], per_kind: int, kinds: tuple[str, ...], rng: random.Random) -> list[Injection]:
    """Up to `per_kind` injections of each kind, each of another original form."""
    rng.shuffle(items)
    out: list[Injection] = []
    for kind in kinds:
        used: set[str] = set()
        for item in items:
            if item.kind == kind and item.original not in used and len(used) < per_kind * RARE.get(kind, 1):
                used.add(item.original)
                out.append(item)
    return out


def main() -> None:
    """Run the benchmark and print the clean-text groups, the recall per kind and the totals."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="all", choices=("seed", "paramed", "medline", "all"))
    ap.add_argument("--per-kind", type=int, default=1, help="injections tried per kind and document")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds to inject")
    ap.add_argument("--no-clean", action="store_true", help="skip the clean-text groups")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    rng = random.Random(args.seed)
    labels = load_labels()
    verdicts: Counter[str] = Counter()
    rejected_docs: Counter[str] = Counter()
    tried: Counter[tuple[str, str]] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    docs = documents(args.corpus)
    vocabulary = corpus_words([Path(d[1]).read_text(encoding="utf-8") for d in documents("all")])
    for name, zh, en, presplit in docs:
        corpus = name.split("/")[0]
        if not args.no_clean:
            for forms in groups(zh, en, presplit):
                label = labels.get((name, _key(forms)), "?")
                verdicts[label] += 1
                rejected_docs[name] += label == "reject"
                print(f"clean\t{name}\t{_key(forms)}\t{label}", flush=True)
        zh_text = Path(zh).read_text(encoding="utf-8")
        en_text = Path(en).read_text(encoding="utf-8") if en else zh_text  # one file: its English is in it
        zh_prose, en_prose = prose(zh, en, presplit)
        with tempfile.TemporaryDirectory() as tmp:
            for item in pick(injections(zh_text, en_text, zh_prose, en_prose, vocabulary), args.per_kind, kinds, rng):
                if en is None:  # one file holds both sides
                    zh_new = en_new = inject(zh_text, item, rng)
                else:
                    zh_new = inject(zh_text, item, rng) if item.lang == "zh" else zh_text
                    en_new = inject(en_text, item, rng) if item.lang == "en" else en_text
                zp = os.path.join(tmp, "doc.zh" + Path(zh).suffix)
                Path(zp).write_text(zh_new, encoding="utf-8")
                ep = None
                if en:
                    ep = os.path.join(tmp, "doc.en" + Path(en).suffix)
                    Path(ep).write_text(en_new, encoding="utf-8")
                want = {item.original.lower(), item.variant.lower()}
                hit = any(want <= {f.lower() for f in g} for g in groups(zp, ep, presplit))
                tried[corpus, item.kind] += 1
                found[corpus, item.kind] += hit
                print(f"inject\t{name}\t{item.kind}\t{item.original} -> {item.variant}\t{'found' if hit else 'MISSED'}",
                      flush=True)
    for corpus, kind in sorted(tried):
        print(f"recall {corpus} {kind}: {found[corpus, kind]}/{tried[corpus, kind]}")
    for kind in kinds:
        t = sum(v for (_c, k), v in tried.items() if k == kind)
        f = sum(v for (_c, k), v in found.items() if k == kind)
        print(f"recall {kind}: {f}/{t} = {f / max(1, t):.3f}")
    total_t, total_f = sum(tried.values()), sum(found.values())
    print(f"recall overall: {total_f}/{total_t} = {total_f / max(1, total_t):.3f}")
    if not args.no_clean:
        print(f"clean groups: {sum(verdicts.values())} in {len(docs)} documents ({dict(verdicts)}); "
              f"most rejected in one document: {max(rejected_docs.values(), default=0)}")


if __name__ == "__main__":
    main()
