"""Study (stop 47, term47): features of every term-missing finding, to see which separate true from false.

    python benchmarks/term_missing_features.py CORPUS[=FOLDER]... > features.tsv

Corpora are precision.py's. For each term-missing finding (checked as precision.py checks, labels looked up the
same way) one TSV row: set, label, file:line:col, direction (the side of the source term: "zh" = a Chinese term
lacking its English), whether it is a summary, then document-level counts, read from the two files' text:
`src_n` sentences of the source file naming the concept (any listed form of its source language), `tgt_n` sentences
of the target file with a listed rendering (found leniently, as term-missing finds one, `checks.presence`),
`agree` the document's glossary agreement (`agreement`), `len_ratio` English words per 100 Han characters of the
whole document, and `origin` the document's known origin (precision.py's `source_of`). Then the finding's bead
(`bead_features`): its shape and alignment score, its length ratio, whether a neighbouring bead's target has a
listed rendering, how many of the other concepts its source names its target renders.

    python benchmarks/term_missing_features.py --table features.tsv [more.tsv ...]

prints, for each feature, how many true and false findings take each value (a feature that separates them has
values with few true findings and many false ones). No product code uses this.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from precision import HERE, corpus_of, key, load_labels, source_of  # noqa: E402

from zhen_qa.checks import context as _context  # noqa: E402
from zhen_qa.checks.presence import Evidence  # noqa: E402
from zhen_qa.checks.run import Flags, run_check  # noqa: E402
from zhen_qa.glossary.formats import load  # noqa: E402
from zhen_qa.glossary.model import Concept, Glossary  # noqa: E402

_ZH_END = re.compile(r"(?<=[。！？；])")
_EN_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")


def sentences(text: str, lang: str) -> list[str]:
    """The text cut at sentence ends (roughly: a study, not the product's segmenter)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s for s in (_ZH_END if lang == "zh" else _EN_END).split(line) if s.strip())
    return out


def count(concept: Concept, lang: str, sents: list[str]) -> int:
    """Sentences holding a listed (preferred or admitted) form of the concept in `lang`."""
    forms = concept.accepted(lang)
    if not forms:
        return 0
    n = 0
    for s in sents:
        ev = Evidence(s)
        if ev.has_zh(forms) if lang == "zh" else ev.has_en(forms, concept.case_sensitive):
            n += 1
    return n


def agreement(glossary: Glossary, zh: list[str], en: list[str]) -> float:
    """Sum over the glossary's concepts of min(zh, en) sentence counts over the sum of max(zh, en): 1.0 when every
    concept is named as often on both sides, low when a free translation renders few terms as listed."""
    both = either = 0
    for c in glossary.concepts:
        a, b = count(c, "zh", zh), count(c, "en", en)
        both += min(a, b)
        either += max(a, b)
    return both / either if either else 1.0


_BEADS: list[tuple[object, list, list]] = []  # (bead, zh sentences, en sentences) of the last file checked
_original = _context.CheckContext.aligned_beads


def _recording(self):  # type: ignore[no-untyped-def]
    """`CheckContext.aligned_beads`, each bead also kept in `_BEADS` (the first time the file's beads are walked)."""
    seen = []
    for item in _original(self):
        seen.append((item[1], item[2], item[3]))
        yield item
    if seen and (not _BEADS or _BEADS[0][1][0].location.path != seen[0][1][0].location.path):
        _BEADS[:] = seen


def _record_beads() -> None:
    """Make every check record its file's beads in `_BEADS` (the study's run only: importing changes nothing)."""
    _context.CheckContext.aligned_beads = _recording  # type: ignore[method-assign]


def _inside(loc, sents) -> bool:  # type: ignore[no-untyped-def]
    for s in sents:
        a = s.location
        if a.path == loc.path and (a.line, a.column) <= (loc.line, loc.column) <= (a.end_line, a.end_column):
            return True
    return False


def lexicon_said(source_term: str, src: str, concept: Concept, target_text: str) -> int:
    """1 when the target says the source term by a CC-CEDICT sense other than the glossary's renderings: for a
    Chinese term, a gloss stem of it (not a stem of a listed English form) among the English's stems; for an English
    term, a Chinese headword of two or more characters glossing one of its content words, not a listed form, inside
    the Chinese. A word swapped in by the recall injector ("substance") is no sense of the term."""
    from zhen_qa.aligner.lexicon import en_stems, load_lexicon

    lexicon = load_lexicon()
    if src == "zh":
        listed = {x for r in concept.accepted("en") for x in en_stems(r)}
        senses = set(lexicon.zh2en.get(source_term, ())) - listed
        return int(bool(senses & set(en_stems(target_text))))
    listed_zh = set(concept.accepted("zh"))
    for st in en_stems(source_term):
        for head in lexicon.en2zh.get(st, ()):
            if len(head) >= 2 and head not in listed_zh and head in target_text:
                return 1
    return 0


def part_shared(tgt: str, concept: Concept, target_text: str) -> int:
    """1 when the target has a word sharing a distinctive part of a listed rendering without the rendering itself:
    in Chinese two characters of it in a row (啮齿类 for 啮齿动物, 生物标记物 for 生物标志物), in English a word of
    five or more letters of it inside a longer or other word (myofibers for "muscle fibers", nonpolyposis for
    "polyp")."""
    forms = concept.accepted(tgt)
    if tgt == "zh":
        return int(any(r[i:i + 2] in target_text for r in forms for i in range(len(r) - 1)
                       if _HAN.match(r[i]) and _HAN.match(r[i + 1])))
    words = {w.lower() for w in _WORD.findall(target_text)}
    parts = {w.lower()[:max(5, len(w) - 2)] for r in forms for w in _WORD.findall(r) if len(w) >= 5}
    return int(any(p in w for p in parts for w in words))


def bead_features(f, concept: Concept, glossary: Glossary) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """Shape "zh-en" and score of the finding's bead, its length ratio (English words per 100 Han) over the
    document's, whether a neighbouring bead's target has a listed rendering (`near`), and of the other glossary
    concepts the bead's source names, how many have a listed rendering in its target (`others`: "k/n")."""
    src, tgt = f.lang, "en" if f.lang == "zh" else "zh"
    for i, (bead, zh, en) in enumerate(_BEADS):
        if not _inside(f.location, zh if src == "zh" else en):
            continue
        def text(ss):  # type: ignore[no-untyped-def]
            return (" " if ss and ss[0].lang == "en" else "").join(x.text.text for x in ss)
        ztxt, etxt = text(zh), text(en)
        ratio = 100 * len(_WORD.findall(etxt)) / max(1, len(_HAN.findall(ztxt)))
        near = 0
        for j in (i - 1, i + 1):
            if 0 <= j < len(_BEADS):
                other = _BEADS[j][2] if tgt == "en" else _BEADS[j][1]
                if count(concept, tgt, [text(other)]):
                    near = 1
        stxt, ttxt = (ztxt, etxt) if src == "zh" else (etxt, ztxt)
        named = [c for c in glossary.concepts if c.id != concept.id and count(c, src, [stxt])]
        rendered = [c for c in named if count(c, tgt, [ttxt])]
        term = str(dict(f.data).get("form", ""))
        said = lexicon_said(term, src, concept, ttxt)
        return (f"{len(zh)}-{len(en)}", f"{bead.score:.2f}", f"{ratio:.1f}", str(near), f"{len(rendered)}/{len(named)}",
                str(said), str(part_shared(tgt, concept, ttxt)))
    return ("?", "?", "?", "?", "?", "?", "?")


def _deficit(r: dict[str, str]) -> str:
    """Whether the target side of the bead is short for the document (a true omission shortens it)."""
    if r["bead_ratio"] in ("?", None):
        return "?"
    bead, doc = float(r["bead_ratio"]), float(r["len_ratio"])
    x = bead / doc if r["dir"] == "zh" else doc / max(bead, 1.0)
    return "short<0.8" if x < 0.8 else "long>1.25" if x > 1.25 else "as-doc"


def _others(r: dict[str, str]) -> str:
    if r["others"] in ("?", None):
        return "?"
    a, b = map(int, r["others"].split("/"))
    return "none-named" if b == 0 else "all-rendered" if a == b else "some-rendered"


TABLE = {
    "direction (source term's language)": lambda r: r["dir"],
    "direction is the document's origin": lambda r: "?" if r["origin"] == "?" else str(r["dir"] == r["origin"]),
    "summary of several sentences": lambda r: r["summary"],
    "bead shape": lambda r: r["shape"],
    "bead score < 0.4": lambda r: "?" if r["score"] in ("?", None) else str(float(r["score"]) < 0.4),
    "target side short/long for the document": _deficit,
    "rendering in a neighbouring bead": lambda r: r["near"],
    "target names it as often as source (document)": lambda r: str(int(r["tgt_n"]) >= int(r["src_n"])),
    "target never names it (document)": lambda r: str(int(r["tgt_n"]) == 0),
    "source names it once (document)": lambda r: str(int(r["src_n"]) == 1),
    "document glossary agreement < 0.5": lambda r: str(float(r["agree"]) < 0.5),
    "other concepts of the bead": _others,
    "near variant named (it has ...)": lambda r: str("(it has" in r["message"]),
    "target says a lexicon sense of the term": lambda r: r.get("lexicon_said") or "?",
    "target shares a distinctive part of a rendering": lambda r: r.get("part_shared") or "?",
}


def table(paths: list[str]) -> None:
    """Per feature, the true and false findings by value (nextstrain left out: its 221 are all false)."""
    import csv
    from collections import Counter

    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            rows += [r for r in csv.DictReader(fh, delimiter="\t")
                     if r["label"] in ("T", "F") and not r["set"].startswith("nextstrain")]
    print(f"{len(rows)} findings: {sum(r['label'] == 'T' for r in rows)} T, {sum(r['label'] == 'F' for r in rows)} F")
    for name, feature in TABLE.items():
        counts = Counter((feature(r), r["label"]) for r in rows)
        values = sorted({v for v, _label in counts})
        print(f"{name}: " + "; ".join(f"{v} {counts[(v, 'T')]} T / {counts[(v, 'F')]} F" for v in values))


def main() -> None:
    if sys.argv[1:2] == ["--table"]:
        table(sys.argv[2:])
        return
    _record_beads()
    print("set\tlabel\tplace\tdir\tsummary\tsrc_n\ttgt_n\tagree\tlen_ratio\torigin\tshape\tscore\tbead_ratio"
          "\tnear\tothers\tlexicon_said\tpart_shared\tmessage")
    for arg in sys.argv[1:]:
        corpus = corpus_of(arg)
        labels = load_labels(HERE / "labels" / f"{corpus.name}.tsv")
        gloss_path = str(HERE / "glossaries" / f"{corpus.glossary}.csv")
        glossary = load(gloss_path)
        for zh in sorted(corpus.folder.glob(corpus.zh_glob)):
            en = zh.with_name(zh.name[: -len(corpus.zh_suffix)] + corpus.en_suffix)
            report = run_check([str(zh)], str(en), Flags(glossaries=(gloss_path,)))
            found = [f for fr in report.files for f in fr.findings if f.rule == "term-missing"]
            if not found:
                continue
            zh_text, en_text = zh.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
            zs, es = sentences(zh_text, "zh"), sentences(en_text, "en")
            agree = agreement(glossary, zs, es)
            ratio = 100 * len(_WORD.findall(en_text)) / max(1, len(_HAN.findall(zh_text)))
            for f in found:
                data = dict(f.data)
                concept = glossary.concept(str(data["concept"]))
                src = f.lang
                tgt = "en" if src == "zh" else "zh"
                src_n = count(concept, src, zs if src == "zh" else es)
                tgt_n = count(concept, tgt, es if tgt == "en" else zs)
                k = key(f)
                print("\t".join(map(str, (
                    corpus.name, labels.get(k, "?"), f"{k[0]}:{k[2]}:{k[3]}", src, int("sentences" in data),
                    src_n, tgt_n, f"{agree:.2f}", f"{ratio:.1f}", source_of(corpus, zh.name) or "?",
                    *bead_features(f, concept, glossary), f.message[:120]))), flush=True)


if __name__ == "__main__":
    main()
