"""Study (stop 44, guess44): per-document features that may tell the original side from the translation.

Writes one TSV row per document: set, file, true origin (precision.py's source_of), then features. Bead counts come
from zhen-qa's aligner on segmented sentences (the sets' .gold files align lines, which hides splits). No product
code uses this.

    python benchmarks/origin_study.py paramed-dev medline $(cat /tmp/s44/sets) > /tmp/s44/guess44/features.tsv
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from precision import corpus_of, source_of  # noqa: E402

from zhen_qa.aligner.align_files import align_files  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
# an English gloss after a Chinese term: 非小细胞肺癌（NSCLC） / 上皮间质转化（epithelial-mesenchymal transition, EMT）
ZH_GLOSS = re.compile(r"[\u4e00-\u9fff][（(]\s*[A-Za-z][^）)]{0,80}[）)]")
EN_GLOSS = re.compile(r"[（(][^）)]*[\u4e00-\u9fff][^）)]*[）)]")
REF = re.compile(r"\[\d+(?:[,，\-–]\s*\d+)*\]|\^\d+")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
DET = re.compile(r"这些|那些|这个|那个|这种|该|此")
YI_CL = re.compile(r"一(?:个|种|项|名|位|次|些)")
PREP = re.compile(r"通过|对于|作为|基于|关于|由于")
ZAI_ZHONG = re.compile(r"在[^，。；]{1,15}中")
PERFORMED = re.compile(r"\b(?:was|were)\s+(?:performed|carried out|conducted)\b", re.I)
EN_PRON = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "our", "you", "your"}


def read(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]


def beads_of(zh: Path, en: Path) -> tuple[list[tuple[int, int]], list[tuple[str, str]]]:
    """Bead shapes (zh count, en count) and each 1-1 bead's texts."""
    pair = align_files(str(zh), str(en)).pair
    ones = [(pair.zh[b.zh[0]].text.text, pair.en[b.en[0]].text.text) for b in pair.beads
            if len(b.zh) == 1 and len(b.en) == 1]
    return [(len(b.zh), len(b.en)) for b in pair.beads], ones


def features(zh_lines: list[str], en_lines: list[str], beads: list[tuple[int, int]],
             pairs: list[tuple[str, str]]) -> dict[str, float]:
    zt, et = "\n".join(zh_lines), "\n".join(en_lines)
    han = max(1, len(HAN.findall(zt)))
    words = WORD.findall(et)
    nw = max(1, len(words))
    low = [w.lower() for w in words]
    k = 1000 / han
    nb = max(1, len([b for b in beads if b[0] and b[1]]))
    f = {
        "han": han, "enwords": nw, "beads": nb,
        "pron": sum(zt.count(c) for c in "他她它") * k,
        "qi": zt.count("其") * k,
        "de": zt.count("的") * k,
        "bei": zt.count("被") * k,
        "jinxing": zt.count("进行") * k,
        "zh_gloss": len(ZH_GLOSS.findall(zt)) * k,
        "en_gloss": len(EN_GLOSS.findall(et)) * 1000 / nw,
        "zh_comma": zt.count("，") * k,
        "zh_dun": zt.count("、") * k,
        "zh_semi": (zt.count("；") + zt.count(";")) * k,
        "zh_ascii_paren": (zt.count("(")) / max(1, zt.count("(") + zt.count("（")),
        "zh_ref": len(REF.findall(zt)) * k,
        "en_ref": len(REF.findall(et)) * 1000 / nw,
        "han_per_word": han / nw,
        "en_pron": sum(w in EN_PRON for w in low) * 1000 / nw,
        "en_the": low.count("the") * 1000 / nw,
        "en_of": low.count("of") * 1000 / nw,
        "n12": sum(1 for a, b in beads if a == 1 and b >= 2) / nb,
        "n21": sum(1 for a, b in beads if a >= 2 and b == 1) / nb,
        "n10": sum(1 for a, b in beads if a and not b) / max(1, len(beads)),
        "n01": sum(1 for a, b in beads if b and not a) / max(1, len(beads)),
    }
    f["det"] = len(DET.findall(zt)) * k
    f["yi_cl"] = len(YI_CL.findall(zt)) * k
    f["prep"] = len(PREP.findall(zt)) * k
    f["zai_zhong"] = len(ZAI_ZHONG.findall(zt)) * k
    f["fenbie"] = zt.count("分别") * k
    f["en_respectively"] = low.count("respectively") * 1000 / nw
    f["en_performed"] = len(PERFORMED.findall(et)) * 1000 / nw
    f["en_article"] = sum(w in ("a", "an", "the") for w in low) * 1000 / nw
    f["en_ttr"] = len(set(low[:300])) / max(1, len(low[:300]))
    f["en_wordlen"] = sum(map(len, words)) / nw
    ratios = [len(HAN.findall(z)) / max(1, len(WORD.findall(e))) for z, e in pairs if z and e]
    mean = sum(ratios) / max(1, len(ratios))
    f["ratio_cv"] = (sum((r - mean) ** 2 for r in ratios) / max(1, len(ratios))) ** 0.5 / mean if mean else 0.0
    f["sent_ratio"] = sum(b for _, b in beads) / max(1, sum(a for a, _ in beads))
    f["split_bias"] = f["n12"] - f["n21"]
    return f


def main(args: list[str]) -> None:
    header = None
    for arg in args:
        corpus = corpus_of(arg)
        for zh in sorted(corpus.folder.glob(corpus.zh_glob)):
            en = zh.with_name(zh.name[: -len(corpus.zh_suffix)] + corpus.en_suffix)
            if not en.exists():
                continue
            origin = source_of(corpus, zh.name) or "?"
            try:
                f = features(read(zh), read(en), *beads_of(zh, en))
            except Exception as exc:  # a study: one bad file must not end the table
                print(f"{zh}: {exc}", file=sys.stderr)
                continue
            if header is None:
                header = list(f)
                print("\t".join(["set", "file", "origin", *header]))
            print("\t".join([corpus.name, zh.name, origin, *(f"{f[h]:.4f}" for h in header)]), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
