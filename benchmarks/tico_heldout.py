"""Build the held-out TICO-19 (COVID-19 journal articles) zh/en documents from a fetched git dir; see precision.py.

    python benchmarks/tico_heldout.py GIT_DIR OUT_FOLDER

The source is the TICO-19 translation benchmark (Anastasopoulos et al. 2020, "TICO-19: the Translation Initiative
for COvid-19"; `github:tico-19/tico-19.github.io`, which returns a git dir; its translations are released under
CC0, the English sources under their own open licences: PubMed Central open-access articles, Wikipedia CC BY-SA;
never copy it into this repository). Its translation memory `data/TM/all.en-zh.tmx` holds the 3071 English
sentences of the benchmark's 30 source documents, each with its Chinese (simplified) translation made by
professional translators (Translators without Borders and its partner language service providers) and reviewed,
one TMX unit a sentence, numbered `DOC:N` in document order, the source URL in a note.

This builder keeps the documents that are of the kind of paramed-dev, journal articles in medicine: the six
PubMed Central articles `PubMed_6` ... `PubMed_11` (939 sentences; reviews and research articles on SARS-CoV-2 and
COVID-19), and the two medical Wikipedia articles written like a review, `wiki_9` "Coronavirus disease 2019" (231)
and `wiki_5` "Coronavirus" (125). The other documents (CMU's spoken doctor-patient questions, Wikinews, Wikivoyage,
an executive order, the pandemic's social impact) are not manuscripts of that kind and are left out.
The text is taken as published: XML entities decoded, nothing else changed (the PMC pages' zero-width spaces and
doubled figure references, "Fig. \u200bFig.1,1", are in the source on both sides). Chinese and English are
separated by spaces in this translation style (`2019 冠状病毒疾病 (COVID-19)`), with half-width brackets; that is
how the translators delivered it.

Each document is cut, in order, into pieces of BLOCK sentences (the last piece of a document holds the rest;
a rest of fewer than MIN_REST sentences joins the piece before it), written to OUT_FOLDER as `pubmed7-01.zh` /
`.en` / `.gold` (one sentence a line, the gold `[i]:[i]`: the benchmark's 1-1 sentence pairs, which
`benchmarks/defects.py` injects defects into): 44 pieces, 1295 Chinese lines. Checked two-file style without
`--presplit` by `benchmarks/precision.py tico-heldout=/tmp/tico-heldout` with its own hand-written glossary
`benchmarks/glossaries/tico.csv` (written from the Chinese side before any check ran). None of these sentences is
in any earlier set (paramed, WMT biomedical Medline abstracts, NEJM).
"""
from __future__ import annotations

import argparse
import html
import re
import subprocess
from pathlib import Path

from heldout_io import write_line_pairs  # benchmarks/ is the script's folder

BLOCK, MIN_REST = 30, 10
TMX = "data/TM/all.en-zh.tmx"
DOCS = {"PubMed_6": "pubmed6", "PubMed_7": "pubmed7", "PubMed_8": "pubmed8", "PubMed_9": "pubmed9",
        "PubMed_10": "pubmed10", "PubMed_11": "pubmed11", "wiki_9": "wiki9", "wiki_5": "wiki5"}
"""TICO-19 document id -> prefix of its pieces' names."""
UNIT = re.compile(r'<tu tuid="([^":]+):(\d+)">\s*<prop type="note">[^<]*</prop>\s*'
                  r'<tuv xml:lang="en">\s*<seg>(.*?)</seg></tuv>\s*<tuv xml:lang="zh"><seg>(.*?)</seg></tuv>', re.S)


def units(git_dir: str) -> dict[str, list[tuple[int, str, str]]]:
    """Document id -> its (number, English, Chinese) sentences in document order."""
    text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{TMX}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    out: dict[str, list[tuple[int, str, str]]] = {}
    for doc, num, en, zh in UNIT.findall(text):
        out.setdefault(doc, []).append((int(num), clean(en), clean(zh)))
    for rows in out.values():
        rows.sort()
    return out


def clean(seg: str) -> str:
    """A TMX segment as one line of plain text."""
    return " ".join(html.unescape(seg).split("\n")).strip()


def pieces(n: int) -> list[range]:
    """Consecutive ranges of BLOCK rows covering n rows; a short rest joins the piece before it."""
    starts = list(range(0, n, BLOCK))
    out = [range(s, min(s + BLOCK, n)) for s in starts]
    if len(out) > 1 and len(out[-1]) < MIN_REST:
        last = out.pop()
        out[-1] = range(out[-1].start, last.stop)
    return out


def write_pieces(out: Path, prefix: str, rows: list[tuple[int, str, str]]) -> tuple[int, int]:
    """Write rows (number, English, Chinese) as documents PREFIX-01, PREFIX-02, ... of `pieces`; (documents, lines)."""
    spans = pieces(len(rows))
    for n, span in enumerate(spans, 1):
        write_line_pairs(out / f"{prefix}-{n:02d}", [rows[i][2] for i in span], [rows[i][1] for i in span])
    return len(spans), len(rows)


def build(description: str, prefixes: dict[str, str], seen_docs: tuple[str, ...] = (), seen_name: str = "") -> None:
    """The command line of a TICO-19 builder: write the documents `prefixes` names (TICO-19 id -> prefix of its
    pieces' names) cut into pieces, leaving out every sentence whose Chinese or English text is in a document of
    `seen_docs` (the sets built before, named `seen_name` in the summary line)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("git_dir")
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs = units(args.git_dir)
    seen = {text for doc in seen_docs for row in docs[doc] for text in row[1:]}
    total = count = dropped = 0
    for doc, prefix in prefixes.items():
        rows = [row for row in docs[doc] if row[1] not in seen and row[2] not in seen]
        dropped += len(docs[doc]) - len(rows)
        written, lines = write_pieces(args.out, prefix, rows)
        count += written
        total += lines
    left_out = f" ({dropped} sentences of {seen_name} left out)" if seen_docs else ""
    print(f"{args.out}: {count} documents, {total} Chinese lines{left_out}")


def main() -> None:
    build(__doc__.splitlines()[0], DOCS)


if __name__ == "__main__":
    main()
