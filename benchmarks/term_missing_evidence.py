"""The document's own evidence on each term-missing candidate, beside its label: does it tell a dropped clause or a
slip from the free writing the labels reject?

    python benchmarks/term_missing_evidence.py OUT.tsv SET=FOLDER [SET=FOLDER ...]

SET is a documentation set checked with its glossary (antd, vant, rsbuild, rslib, mddocs, mddocs-heldout; the runs
`docs.sh SET-g` measures), given with its folder (`antd=/tmp/antd-heldout`, `mddocs=../shared/data/real/mddocs`), or
a corpus of `benchmarks/precision.py` (nextstrain-heldout, fresh44-heldout, ...), named as precision.py takes it
(`NAME` or `NAME=FOLDER`). Every per-sentence candidate `term_missing` hands to `missing_summary` (through its public
`WATCHERS` list) is written to OUT.tsv with its label (when it is the reported finding) and these features; the
distributions of the labelled ones, true against false, are printed.

- `excess`: how much longer the source side of the bead is than the document's own length ratio predicts (log; the
  ratio over the file's aligned beads, as `aligner.own_ratio` measures it): a dropped clause leaves the source long.
- `cov_share`: the share of the content words of the clause holding the term (cut at clause punctuation) that the
  target has by a CC-CEDICT gloss or as written (a Latin word kept): a clause with no counterpart scores 0.
  `rest_share`: the same over the sentence's other clauses.
- `other`: a CC-CEDICT gloss of the term, not a listed rendering, found in the target (the term said another way).
- `c_share`: the share of the file's beads naming the concept in the source whose target has a listed rendering;
  `f_share`: the same over all concepts of the file in that direction.
- page features: `p_std` (spread of the beads' log length ratios), `p_cov` (gloss coverage of the Chinese by the
  English over the page), `p_unal` (share of Chinese sentences in no aligned bead), `p_rate` (candidates a bead).
"""
from __future__ import annotations

import csv
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from zhen_qa.aligner.lexicon import Lexicon, en_stems, load_lexicon, zh_tokens  # noqa: E402
from zhen_qa.checks import term_missing  # noqa: E402
from zhen_qa.checks.run import Flags, check_file  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_SETS = {  # name -> (labels, glossary); the folder is given on the command line
    "mddocs": ("mddocs", "mddocs"),
    "mddocs-heldout": ("mddocs-heldout", "mddocs-heldout"),
    "antd": ("antd-heldout", "antd"),
    "vant": ("vant-heldout", "vant"),
    "rsbuild": ("rsbuild-heldout", "rsbuild"),
    "rslib": ("rslib-heldout", "rslib"),
}
ZH_CLAUSE = re.compile(r"[，。；：！？!?;:]")
EN_CLAUSE = re.compile(r"[,;:.!?](?:\s|$)| - | — ")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_.-]+")
HAN = re.compile(r"[\u4e00-\u9fff]")
COLUMNS = ["set", "page", "rule", "line", "col", "verdict", "reported", "concept", "term", "renderings", "excess",
           "cov_share", "rest_share", "other", "c_occ", "c_share", "f_share", "p_std", "p_cov", "p_unal", "p_rate",
           "note", "src", "tgt"]

_captured: list[tuple[Any, list[Any], Counter[tuple[str, str, str]], dict[tuple[str, str, str], list[Any]]]] = []


def _record(ctx: Any, missed: list[Any], occurrences: Counter[tuple[str, str, str]],
            unlisted: dict[tuple[str, str, str], list[Any]]) -> None:
    """Record a file's candidates, occurrences and unlisted beads as `term_missing` hands them to `summarise`."""
    _captured.append((ctx, list(missed), Counter(occurrences), dict(unlisted)))


def _capture() -> None:
    """Watch `term_missing`'s candidates (its public `WATCHERS` list), once."""
    if _record not in term_missing.WATCHERS:
        term_missing.WATCHERS.append(_record)


def chars(text: str) -> int:
    """Characters but white space."""
    return len(re.sub(r"\s", "", text))


def log_ratio(zh: str, en: str) -> float:
    """Log of English to Chinese characters (one added to each)."""
    return math.log((chars(en) + 1) / (chars(zh) + 1))


def excess(zh: str, en: str, doc_ratio: float, tgt: str) -> float:
    """How much longer the source side is than the document's ratio predicts (log): the Chinese when the English is
    the target, else the English."""
    bead = log_ratio(zh, en)
    return doc_ratio - bead if tgt == "en" else bead - doc_ratio


def clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of `text`, cut after clause punctuation."""
    cuts = [0, *(m.end() for m in (ZH_CLAUSE if lang == "zh" else EN_CLAUSE).finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def clause_at(text: str, lang: str, start: int) -> tuple[int, int]:
    """The clause of `text` holding position `start`."""
    return next(((a, b) for a, b in clauses(text, lang) if a <= start < b), (0, len(text)))


def coverage(clause: str, lang: str, target: str, lex: Lexicon, term: str = "") -> tuple[int, int]:
    """(found, glossed): content words of a clause (the term left out) the target has by a gloss or as written."""
    found = glossed = 0
    if lang == "zh":
        stems, low = set(en_stems(target)), target.lower()
        for w in LATIN.findall(clause):
            glossed += 1
            found += w.lower() in low
        for tok in zh_tokens(clause.replace(term, " ") if term else clause, lex):
            glosses = set(lex.zh2en.get(tok, ()))
            if glosses:
                glossed += 1
                found += bool(glosses & stems)
        return found, glossed
    rest = re.sub(re.escape(term), " ", clause, flags=re.I) if term else clause
    low = target.lower()
    for s in set(en_stems(rest)):
        words = [w for w in lex.en2zh.get(s, ()) if w]
        if s in low:
            glossed, found = glossed + 1, found + 1
        elif words:
            glossed += 1
            found += any(w in target for w in words)
    return found, glossed


def _share(found: int, glossed: int) -> float:
    return found / glossed if glossed else -1.0


def _labels(arg: str) -> tuple[str, Path, list[tuple[Path, Path]], str,
                             Callable[[Any, str, str], tuple[str, str]]]:
    """A set's name, folder, (zh, en) pairs, glossary, and a function giving a reported finding's (verdict, note),
    from its argument: `SET=FOLDER` for a documentation set, `NAME` or `NAME=FOLDER` for a corpus of precision.py."""
    name, _, folder = arg.partition("=")
    if name in DOC_SETS:
        if not folder or not Path(folder).is_dir():
            sys.exit(f"{name}: give the set's folder, {name}=FOLDER (see this script's docstring)")
        root = Path(folder)
        labels_name, gloss = DOC_SETS[name]
        doc: dict[tuple[str, str, int, int], tuple[str, str]] = {}
        for row in csv.reader((HERE / "labels" / f"{labels_name}.tsv").open(encoding="utf-8"), delimiter="\t"):
            if len(row) >= 5 and not row[0].startswith("#") and row[0] != "page":
                doc[(row[0], row[1], int(row[2]), int(row[3]))] = (row[4], row[5] if len(row) > 5 else "")
        pairs = [(zh, zh.with_name(zh.name.replace(".zh.", ".en."))) for zh in sorted(root.rglob("*.zh.md*"))]

        def doc_label(f: Any, page: str, side: str) -> tuple[str, str]:
            return doc.get((page, f"{f.rule}@{side}", f.location.line, f.location.column), ("?", ""))

        return name, root, pairs, gloss, doc_label
    import precision

    corpus = precision.corpus_of(arg)
    journal: dict[tuple[str, str, int, int, str], tuple[str, str]] = {}
    for row in csv.reader((HERE / "labels" / f"{name}.tsv").open(encoding="utf-8"), delimiter="\t"):
        if len(row) >= 6 and not row[0].startswith("#"):
            journal[(row[0], row[1], int(row[2]), int(row[3]), row[4])] = (row[5], row[6] if len(row) > 6 else "")
    pairs = [(zh, zh.with_name(zh.name[: -len(corpus.zh_suffix)] + corpus.en_suffix))
             for zh in sorted(corpus.folder.glob(corpus.zh_glob))]

    def journal_label(f: Any, page: str, side: str) -> tuple[str, str]:
        return journal.get(precision.key(f), ("?", ""))

    return name, corpus.folder, pairs, corpus.glossary, journal_label


def _page_features(beads: Mapping[tuple[int, ...], tuple[str, str]], lex: Lexicon, ctx: Any
                   ) -> tuple[float, float, float, float]:
    """(document log ratio, spread of the beads' log ratios, gloss coverage, share of Chinese sentences unaligned)."""
    zh_all = "".join(z for z, _e in beads.values())
    en_all = " ".join(e for _z, e in beads.values())
    ratios = [log_ratio(z, e) for z, e in beads.values() if chars(z) >= 4]
    mean = sum(ratios) / len(ratios) if ratios else 0.0
    spread = math.sqrt(sum((x - mean) ** 2 for x in ratios) / len(ratios)) if ratios else 0.0
    found = glossed = 0
    for z, e in beads.values():
        f, g = coverage(z, "zh", e, lex)
        found, glossed = found + f, glossed + g
    han = sum(1 for p in ctx.manuscript.pairs for s in p.zh if HAN.search(s.text.text))
    aligned = sum(1 for _p, _b, zs, _es in ctx.aligned_beads() for s in zs)
    return log_ratio(zh_all, en_all), spread, _share(found, glossed), (1 - aligned / han) if han else 0.0


def rows_of(arg: str, lex: Lexicon) -> list[list[Any]]:
    """One row a candidate of the set named by `arg` (see `_labels`)."""
    name, root, pairs, gloss, label = _labels(arg)
    flags = Flags(glossaries=(str(HERE / "glossaries" / f"{gloss}.csv"),))
    out: list[list[Any]] = []
    for zh, en in pairs:
        if not en.exists():
            continue
        page = str(zh.relative_to(root))
        _captured.clear()
        result = check_file(str(zh), str(en), flags)
        reported = {(f.location.path, f.location.line, f.location.column): f for f in result.findings
                    if f.rule == "term-missing"}
        for ctx, missed, occ, unlisted in _captured:
            beads: dict[tuple[int, ...], tuple[str, str]] = {}
            lines: dict[tuple[int, ...], tuple[list[Any], list[Any]]] = {}
            for _p, _b, zs, es in ctx.aligned_beads():
                texts = ("".join(s.text.text for s in zs), " ".join(s.text.text for s in es))
                for side in (zs, es):
                    beads[tuple(id(s) for s in side)] = texts
                    lines[tuple(id(s) for s in side)] = (zs, es)
            unique = {tuple(id(s) for s in zs): beads[tuple(id(s) for s in zs)] for zs, _es in lines.values()}
            doc_ratio, spread, p_cov, p_unal = _page_features(unique, lex, ctx)
            rate = len(missed) / max(1, len(unique))
            for m in missed:
                out.append(_row(name, page, zh, m, beads, lines, occ, unlisted, reported, label, lex,
                                (doc_ratio, spread, p_cov, p_unal, rate)))
        print(name, page, len(out), file=sys.stderr, flush=True)
    return out


def _row(name: str, page: str, zh: Path, m: Any, beads: Mapping[tuple[int, ...], tuple[str, str]],
         lines: Mapping[tuple[int, ...], tuple[list[Any], list[Any]]], occ: Counter[tuple[str, str, str]],
         unlisted: Mapping[tuple[str, str, str], list[Any]], reported: Mapping[tuple[str, int, int], Any],
         label: Callable[[Any, str, str], tuple[str, str]], lex: Lexicon,
         page_features: tuple[float, float, float, float, float]) -> list[Any]:
    f = m.finding
    side = "zh" if f.location.path == str(zh) else "en"
    shown = reported.get((f.location.path, f.location.line, f.location.column))
    verdict, note = label(shown, page, side) if shown is not None else ("-", "")
    zt, et = beads.get(m.bead, ("", ""))
    zs, es = lines.get(m.bead, ([], []))
    src_lang = "zh" if m.tgt == "en" else "en"
    target = et if m.tgt == "en" else zt
    sentence = next((s.text.text for s in (zs if src_lang == "zh" else es) if s.location.line == f.location.line),
                    zt if src_lang == "zh" else et)
    at = max(0, sentence.find(m.source_text) if src_lang == "zh" else sentence.lower().find(m.source_text.lower()))
    a, b = clause_at(sentence, src_lang, at)
    found, glossed = coverage(sentence[a:b], src_lang, target, lex, m.source_text)
    rest_found = rest_glossed = 0
    for c, d in clauses(sentence, src_lang):
        if (c, d) != (a, b) and sentence[c:d].strip():
            rf, rg = coverage(sentence[c:d], src_lang, target, lex, m.source_text)
            rest_found, rest_glossed = rest_found + rf, rest_glossed + rg
    if m.tgt == "en":
        glosses = (set(lex.zh2en.get(m.source_form, ())) | set(lex.zh2en.get(m.source_text, ()))) \
            - {s for r in m.renderings for s in en_stems(r)}
        other = sorted(glosses & set(en_stems(et)))
    else:
        words = {w for s in en_stems(m.source_form) for w in lex.en2zh.get(s, ())} - set(m.renderings)
        other = sorted(w for w in words if len(w) > 1 and w in zt)
    key = (f.location.path, m.concept, m.tgt)
    c_occ, c_unl = occ.get(key, 0), len(set(unlisted.get(key, [])))
    f_occ = sum(v for (_p, _c, t), v in occ.items() if t == m.tgt and v > 0)
    f_unl = sum(len(set(v)) for (_p, _c, t), v in unlisted.items() if t == m.tgt)
    doc_ratio, spread, p_cov, p_unal, rate = page_features
    return [name, page, f"{f.rule}@{side}", f.location.line, f.location.column, verdict, int(shown is not None),
            m.concept, m.source_text, "|".join(m.renderings[:3]), f"{excess(zt, et, doc_ratio, m.tgt):.2f}",
            f"{_share(found, glossed):.2f}", f"{_share(rest_found, rest_glossed):.2f}", "|".join(other[:3]), c_occ,
            f"{(c_occ - c_unl) / c_occ if c_occ else -1:.2f}", f"{(f_occ - f_unl) / f_occ if f_occ else -1:.2f}",
            f"{spread:.2f}", f"{p_cov:.2f}", f"{p_unal:.2f}", f"{rate:.2f}", note[:100],
            sentence[:300].replace("\t", " "), target[:300].replace("\t", " ")]


BINS: dict[str, Sequence[float]] = {
    "excess": (-0.25, 0, 0.1, 0.2, 0.3, 0.5, 0.75), "cov_share": (-1, 0, 0.2, 0.34, 0.5, 0.67, 0.8),
    "rest_share": (-1, 0, 0.2, 0.34, 0.5, 0.67, 0.8), "c_share": (0, 0.2, 0.34, 0.5, 0.67, 0.8),
    "f_share": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9), "p_std": (0.2, 0.3, 0.4, 0.5, 0.6),
    "p_cov": (0.3, 0.4, 0.5, 0.6, 0.7), "p_rate": (0.05, 0.1, 0.2, 0.3, 0.5),
}


def distributions(rows: Sequence[Mapping[str, str]]) -> list[str]:
    """Each feature's counts by bin, true and false reported candidates apart."""
    labelled = [r for r in rows if r["reported"] == "1" and r["verdict"] in ("T", "F")]
    out = [f"reported and labelled: {Counter(r['verdict'] for r in labelled)}"]
    for feature, bins in [*BINS.items(), ("other", (0,))]:
        out.append(feature)
        for verdict in "TF":
            counts: Counter[str] = Counter()
            values = [float(bool(r[feature])) if feature == "other" else float(r[feature])
                      for r in labelled if r["verdict"] == verdict]
            for x in values:
                counts[next((f"<={b:g}" for b in bins if x <= b), f">{bins[-1]:g}")] += 1
            cells = [f"<={b:g}" for b in bins] + [f">{bins[-1]:g}"]
            out.append(f"  {verdict} n={len(values)}: " + "  ".join(f"{c}:{counts[c]}" for c in cells))
    return out


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    _capture()
    lex = load_lexicon()
    rows = [row for arg in sys.argv[2:] for row in rows_of(arg, lex)]
    with Path(sys.argv[1]).open("w", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print("\n".join(distributions([dict(zip(COLUMNS, map(str, r))) for r in rows])))


if __name__ == "__main__":
    main()
