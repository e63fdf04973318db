"""Term-discovery benchmark: injected variants found (recall) and discovered groups on clean text (judged).

    python benchmarks/discovery.py [--corpus seed|paramed|medline|all] [--per-doc N] [--seed S]

For each document the clean manuscript is checked with `term-inconsistent` only: every discovered group
is printed with its label from benchmarks/labels/discovery.tsv (accept / reject / ? when unlabelled).
Then variants are injected, one at a time, by replacing one occurrence of a form used at least twice
with a real variant of it: Traditional characters (分泌组 -> 分泌組), 病/症 and an inserted 氏 in
eponymous disease names, 综合征 -> 综合症, 组 -> 物组 in -omes, 梗死 -> 梗塞, and in the English
American -> British spelling (tumor/tumour, analyze/analyse, center/centre, labeled/labelled,
hemoglobin/haemoglobin) and hyphenation (follow-up -> followup, non-small -> nonsmall). An injection
counts as found when one term-inconsistent finding names both the original and the variant.
"""
from __future__ import annotations

import argparse
import logging
import os
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhen_qa.aligner.build import load_manuscript  # noqa: E402
from zhen_qa.checks.engine import check_manuscript  # noqa: E402
from zhen_qa.glossary.normalize import fold_zh  # noqa: E402

SHARED = Path(os.environ.get("ZHEN_QA_SHARED", "/work/shared"))
LABELS = Path(__file__).resolve().parent / "labels" / "discovery.tsv"
Doc = tuple[str, str, str | None, bool]  # name, zh path, en path, presplit

_ZH_RULES: tuple[tuple[str, str, str], ...] = (
    ("disease", r"综合征", "综合症"),
    ("omics", r"(蛋白质|代谢|转录)组(?!学|织|成|合)", r"\1物组"),
    ("omics", r"梗死", "梗塞"),
)
_EN_RULES: tuple[tuple[str, str, str], ...] = (
    ("spelling", r"\b([a-z]{3,})iz(e|es|ed|ing|ation|ations)\b", r"\1is\2"),
    ("spelling", r"\b([a-z]{2,}l)yz(e|es|ed|ing)\b", r"\1ys\2"),
    ("spelling", r"\b(tum|behavi|col|fav|lab|hum)or(s)?\b", r"\1our\2"),
    ("spelling", r"\b(cent|fib|lit|met)er(s)?\b", r"\1re\2"),
    ("spelling", r"\b([a-z]{3,}[ae])l(ed|ing)\b", r"\1ll\2"),
    ("spelling", r"\b(h|an|leuk|isch)em", r"\1aem"),
    ("spelling", r"\besophag", "oesophag"),
    ("hyphen", r"\b(non|pre|post|co|re|anti|multi|inter|intra|sub|follow)-([a-z]{3,})\b", r"\1\2"),
)


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


def injections(zh_text: str, en_text: str, rng: random.Random) -> Iterator[tuple[str, str, str, str, int]]:
    """(kind, lang, original, variant, offset) of every possible injection, shuffled."""
    out: list[tuple[str, str, str, str, int]] = []
    for lang, text, rules in (("zh", zh_text, _ZH_RULES), ("en", en_text, _EN_RULES)):
        for kind, pattern, repl in rules:
            for m in re.finditer(pattern, text):
                original = m.group()
                if text.count(original) >= 2:
                    out.append((kind, lang, original, m.expand(repl), m.start()))
    from zhen_qa.aligner.jieba_base import cut

    at = 0
    for word in cut(zh_text):
        trad = _traditional(word)
        if len(word) >= 2 and trad != word and zh_text.count(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
            out.append(("script", "zh", word, trad, at))
        if len(word) >= 4 and word.endswith("病") and zh_text.count(word) >= 2:
            out.append(("disease", "zh", word, word[:-1] + "氏症", at))
        at += len(word)
    rng.shuffle(out)
    seen: set[tuple[str, str]] = set()
    for item in out:
        if (item[2], item[3]) not in seen:
            seen.add((item[2], item[3]))
            yield item


_S2T: dict[str, str] = {}


def _traditional(word: str) -> str:
    if not _S2T:
        import opencc

        path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STCharacters.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                src, _tab, targets = line.rstrip("\n").partition("\t")
                target = targets.split(" ")[0]
                if len(src) == 1 and len(target) == 1 and fold_zh(target) == src:
                    _S2T[src] = target
    return "".join(_S2T.get(ch, ch) for ch in word)


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


def main() -> None:
    """Run the benchmark and print the clean-text groups, the recall per kind and the totals."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="all", choices=("seed", "paramed", "medline", "all"))
    ap.add_argument("--per-doc", type=int, default=2, help="injections tried per document")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    rng = random.Random(args.seed)
    labels = load_labels()
    verdicts: Counter[str] = Counter()
    rejected_docs: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    docs = documents(args.corpus)
    for name, zh, en, presplit in docs:
        for forms in groups(zh, en, presplit):
            label = labels.get((name, _key(forms)), "?")
            verdicts[label] += 1
            rejected_docs[name] += label == "reject"
            print(f"clean\t{name}\t{_key(forms)}\t{label}")
        zh_text = Path(zh).read_text(encoding="utf-8")
        en_text = Path(en).read_text(encoding="utf-8") if en else ""
        with tempfile.TemporaryDirectory() as tmp:
            for kind, lang, original, variant, at in list(injections(zh_text, en_text, rng))[: args.per_doc]:
                zh_new, en_new = zh_text, en_text
                if lang == "zh":
                    zh_new = zh_text[:at] + zh_text[at:].replace(original, variant, 1)
                else:
                    en_new = en_text[:at] + en_text[at:].replace(original, variant, 1)
                zp = os.path.join(tmp, "doc.zh" + Path(zh).suffix)
                Path(zp).write_text(zh_new, encoding="utf-8")
                ep = None
                if en:
                    ep = os.path.join(tmp, "doc.en" + Path(en).suffix)
                    Path(ep).write_text(en_new, encoding="utf-8")
                hit = any(original.lower() in [f.lower() for f in g] and variant.lower() in [f.lower() for f in g]
                          for g in groups(zp, ep, presplit))
                tried[kind] += 1
                found[kind] += hit
                print(f"inject\t{name}\t{kind}\t{original} -> {variant}\t{'found' if hit else 'MISSED'}")
    total_t, total_f = sum(tried.values()), sum(found.values())
    for kind in sorted(tried):
        print(f"recall {kind}: {found[kind]}/{tried[kind]}")
    print(f"recall overall: {total_f}/{total_t} = {total_f / max(1, total_t):.3f}")
    print(f"clean groups: {sum(verdicts.values())} in {len(docs)} documents ({dict(verdicts)}); "
          f"most rejected in one document: {max(rejected_docs.values(), default=0)}")


if __name__ == "__main__":
    main()
