"""Study (stop 44, guess44): how well each feature of origin_study.py's table tells the original side.

    python benchmarks/origin_analyse.py /work/s44/guess44-features.tsv
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict

MIXED = ("medline", "wmtbio", "wmt")  # "wmt" is wmt21 (family() drops the digits)


def family(s: str) -> str:
    s = s.replace("-heldout", "").replace("-para", "")
    if s in ("paramed-dev", "paramed") or s.startswith("nejm"):
        return "nejm"
    if s in ("ecc", "ecc2", "fresh43", "fresh44"):
        return "pdq"
    return re.sub(r"\d+$", "", s) if not s.startswith("chinaxiv") else s


# decide on DECIDE families, report on the rest (whole families, so -para twins never straddle the split)
DECIDE = {"wmtbio", "nejm", "tico", "hit", "acs", "chinaxiv", "chinaxiv2", "chinaxiv3"}


def auc(xs: list[float], ys: list[int]) -> float:
    """P(x of a zh-origin document > x of an en-origin one), ties half."""
    pos = [x for x, y in zip(xs, ys) if y]
    neg = [x for x, y in zip(xs, ys) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main(path: str) -> None:
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    feats = [k for k in rows[0] if k not in ("set", "file", "origin", "han", "enwords", "beads")]
    for r in rows:
        r["fam"] = family(r["set"])
        r["part"] = "decide" if r["fam"] in DECIDE else "report"
        r["y"] = r["origin"] == "zh"
    print(f"documents {len(rows)}; zh-origin {sum(r['y'] for r in rows)}")
    groups = {
        "all": rows,
        "mixed sets (both directions, same genre)": [r for r in rows if r["fam"] in MIXED],
        "decide half": [r for r in rows if r["part"] == "decide"],
        "report half": [r for r in rows if r["part"] == "report"],
    }
    print("\n## AUC per feature (P(zh-origin doc scores higher); 0.5 = no signal, far from 0.5 either way = signal)")
    print("feature\t" + "\t".join(groups))
    for f in feats:
        cells = [f"{auc([float(r[f]) for r in g], [r['y'] for r in g]):.3f}" for g in groups.values()]
        print(f + "\t" + "\t".join(cells))
    print("\n## medians per family and origin")
    fams: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        fams[(r["fam"], r["origin"])].append(r)
    show = ["pron", "de", "bei", "jinxing", "zh_gloss", "en_gloss", "han_per_word", "sent_ratio", "split_bias",
            "zh_comma", "zh_ref", "en_ref", "en_pron"]
    print("family\torigin\tn\t" + "\t".join(show))
    for (fam, o), g in sorted(fams.items()):
        med = [sorted(float(r[f]) for r in g)[len(g) // 2] for f in show]
        print(f"{fam}\t{o}\t{len(g)}\t" + "\t".join(f"{m:.2f}" for m in med))
    # one threshold per feature, chosen on the decide half; accuracy on the report half
    print("\n## best single threshold per feature (chosen on decide half), accuracy decide / report / mixed-report")
    dec, rep = groups["decide half"], groups["report half"]
    mixed_rep = [r for r in rep if r["fam"] in MIXED]
    best: list[tuple[float, str, float, int]] = []
    for f in feats:
        vals = sorted({float(r[f]) for r in dec})
        top = (0.0, 0.0, 1)
        for t in vals:
            for sgn in (1, -1):
                # balanced accuracy: the halves are mostly en-origin
                tp = [((float(r[f]) > t) if sgn == 1 else (float(r[f]) <= t)) == r["y"] for r in dec if r["y"]]
                tn = [((float(r[f]) > t) if sgn == 1 else (float(r[f]) <= t)) == r["y"] for r in dec if not r["y"]]
                bal = (sum(tp) / len(tp) + sum(tn) / len(tn)) / 2
                if bal > top[0]:
                    top = (bal, t, sgn)
        bal, t, sgn = top

        def pred(r: dict[str, str], t: float = t, sgn: int = sgn, f: str = f) -> bool:
            return (float(r[f]) > t) if sgn == 1 else (float(r[f]) <= t)

        def bacc(g: list[dict[str, str]]) -> str:
            z = [pred(r) == r["y"] for r in g if r["y"]]
            e = [pred(r) == r["y"] for r in g if not r["y"]]
            return f"zh {sum(z)}/{len(z)} en {sum(e)}/{len(e)}"
        print(f"{f}\t{'>' if sgn == 1 else '<='} {t:.3f} -> zh\tdecide bal {bal:.3f}\treport {bacc(rep)}\t"
              f"mixed-report {bacc(mixed_rep)}")
        best.append((bal, f, t, sgn))





def per_family_auc(path: str) -> None:
    """AUC per feature inside each family that holds both origins (the only genre-controlled test)."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    feats = [k for k in rows[0] if k not in ("set", "file", "origin", "han", "enwords", "beads")]
    fams = ["medline", "wmtbio", "wmt21"]
    print("\n## AUC inside each mixed family (wmtbio = WMT18/19 + its -para twin; wmt21 likewise)")
    print("feature\t" + "\t".join(fams))
    for f in feats:
        cells = []
        for fam in fams:
            g = [r for r in rows if family(r["set"]) == fam or (fam == "wmt21" and r["set"].startswith("wmt21"))]
            cells.append(f"{auc([float(r[f]) for r in g], [r['origin'] == 'zh' for r in g]):.3f} (n={len(g)})")
        print(f + "\t" + "\t".join(cells))


VOTES = (("pron", "<=", 0.0), ("bei", "<=", 0.0), ("split_bias", ">", 0.12), ("zh_dun", ">", 2.212))


def rule(path: str, need: int) -> None:
    """Vote of the four best single thresholds of the decide half; 'zh' when >= need agree, 'en' when <= 4-need,
    else don't know. Accuracy and coverage per family."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    print(f"\n## combined vote {VOTES}: zh when >= {need} of 4, en when <= {4 - need}, else don't know")
    print("family\tpart\torigin\tn\tcovered\tright\taccuracy")
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        v = sum((float(r[f]) > t) if op == ">" else (float(r[f]) <= t) for f, op, t in VOTES)
        guess = "zh" if v >= need else "en" if v <= 4 - need else None
        fam = family(r["set"])
        part = "decide" if fam in DECIDE else "report"
        for k in (by[(fam, part, r["origin"])], tot[part]):
            k[0] += 1
            k[1] += guess is not None
            k[2] += guess == r["origin"]
    for (fam, part, o), (n, c, ok) in sorted(by.items()):
        print(f"{fam}\t{part}\t{o}\t{n}\t{c}\t{ok}\t{ok / c if c else float('nan'):.3f}")
    for part, (n, c, ok) in tot.items():
        print(f"TOTAL\t{part}\t-\t{n}\t{c}\t{ok}\t{ok / c if c else float('nan'):.3f}")


EN_SIDE = {"en_gloss", "en_ref", "en_pron", "en_the", "en_of", "en_respectively", "en_performed", "en_article",
           "en_ttr", "en_wordlen", "han_per_word"}
BEAD_SIDE = {"n12", "n21", "n10", "n01", "split_bias", "sent_ratio", "ratio_cv"}


def batch(path: str, sizes: tuple[int, ...] = (5, 10), draws: int = 200) -> None:
    """Batch-level probe: random groups of k same-origin documents inside each mixed family, each feature pooled
    (weighted by Han characters, English words or beads), AUC per feature; groups overlap, so the AUCs are inflated."""
    import random

    rows = [r for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t")
            if r["set"] != "wmt21-para-heldout"]  # the same documents as wmt21-heldout
    feats = [k for k in rows[0] if k not in ("set", "file", "origin", "han", "enwords", "beads")]
    rng = random.Random(44)
    print("\n## batch probe: six strongest features (AUC) per mixed family and group size")
    for fam in MIXED:
        docs = [r for r in rows if family(r["set"]) == fam]
        for k in sizes:
            vals: dict[str, tuple[list[float], list[int]]] = {f: ([], []) for f in feats}
            for o in ("zh", "en"):
                pool = [r for r in docs if r["origin"] == o]
                for _ in range(draws):
                    g = rng.sample(pool, k)
                    for f in feats:
                        w = "enwords" if f in EN_SIDE else "beads" if f in BEAD_SIDE else "han"
                        vals[f][0].append(sum(float(r[f]) * float(r[w]) for r in g) / sum(float(r[w]) for r in g))
                        vals[f][1].append(o == "zh")
            res = sorted(((abs(auc(*vals[f]) - 0.5), f, auc(*vals[f])) for f in feats), reverse=True)[:6]
            print(fam, f"k={k}", " ".join(f"{f}:{a:.2f}" for _, f, a in res))


if __name__ == "__main__":
    main(sys.argv[1])
    per_family_auc(sys.argv[1])
    rule(sys.argv[1], 3)
    rule(sys.argv[1], 4)
    batch(sys.argv[1])
