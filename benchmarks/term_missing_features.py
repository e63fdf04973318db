"""Study (stop 47, term47): features of every term-missing finding, to see which separate true from false.

    python benchmarks/term_missing_features.py CORPUS[=FOLDER]... > features.tsv

Corpora are precision.py's. For each term-missing finding (checked as precision.py checks, labels looked up the
same way) one TSV row: set, label, file:line:col, direction (the side of the source term: "zh" = a Chinese term
lacking its English), whether it is a summary, then document-level counts, read from the two files' text:
`src_n` sentences of the source file naming the concept (any listed form of its source language), `tgt_n` sentences
of the target file with a listed rendering (found leniently, as term-missing finds one, `checks.presence`),
`agree` the document's glossary agreement (`agreement`), `len_ratio` English words per 100 Han characters of the whole document, and
`origin` the document's known origin (precision.py's `source_of`). No product code uses this.
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


_context.CheckContext.aligned_beads = _recording  # type: ignore[method-assign]


def _inside(loc, sents) -> bool:  # type: ignore[no-untyped-def]
    for s in sents:
        a = s.location
        if a.path == loc.path and (a.line, a.column) <= (loc.line, loc.column) <= (a.end_line, a.end_column):
            return True
    return False


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
        return (f"{len(zh)}-{len(en)}", f"{bead.score:.2f}", f"{ratio:.1f}", str(near), f"{len(rendered)}/{len(named)}")
    return ("?", "?", "?", "?", "?")


def main() -> None:
    print("set\tlabel\tplace\tdir\tsummary\tsrc_n\ttgt_n\tagree\tlen_ratio\torigin\tshape\tscore\tbead_ratio"
          "\tnear\tothers\tmessage")
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
