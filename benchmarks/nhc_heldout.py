"""Build the held-out COVID-19 clinical protocol (China's NHC, Trial Version 7) and its English translation.

    python benchmarks/nhc_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `combatogether/covid.websage.cn` (fetch tool:
`github:combatogether/covid.websage.cn`, which returns a git dir), a volunteer site that republished, side by side,
the *Diagnosis and Treatment Protocol for Novel Coronavirus Pneumonia (Trial Version 7)* of China's National Health
Commission and National Administration of Traditional Chinese Medicine (新型冠状病毒肺炎诊疗方案（试行第七版）,
March 2020) with its published English translation: `config/data1.js`, `data2.js`, `data3.js`, each a JavaScript
template string of tab-separated rows `aNNNN<TAB>Chinese<TAB>English<TAB>kind`, one row a heading (kind T1-T4) or a
paragraph or list item (P), 215 rows from etiology to the discharge criteria (`data4.js`, the site's own
self-protection advice, and `data5.js`, its menu, are not the protocol and are not used). A clinical guideline
written by physicians and its English edition: neither journal text nor patient education, and a source, translators
and genre new to this project; none of this text was checked or read by it before this measurement. The protocol is
a Chinese government document; the repository's licence (Apache-2.0) covers the site. Measurement only: never copy
the text into this repository.

Rules fixed before any check ran: a cell quoted because it holds a line break (`"…\n     …"`, one in
the English) loses its quotes and its break; runs of spaces inside a cell (the Word export's double
spaces, `belong  to`, `56℃  30分钟`) become one space; nothing else is changed (the Chinese keeps
its OCR slips, 类便 for 粪便, 俱戴 for 佩戴, and its heading 三、病理改变根据 that swallowed the next
paragraph's first word, as published). Each top-level section (kind T1: 一、病原学特点 …
十一、出院标准和出院后注意事项, and 中医治疗) is one document, `OUT_FOLDER/nhc-NN.zh` / `.en` (NN its
order), one row a line, with `nhc-NN.gold` giving `[i]:[i]` (the rows are the published paragraph
pairs, the reference pairs `benchmarks/defects.py` injects defects into). 12 documents, 215 Chinese
lines, as stored at COMMIT (the snapshot measured first; the newest commit if that one is absent).
`python benchmarks/precision.py nhc-heldout=/tmp/nhc-heldout` checks them two-file style without
`--presplit`, with the hand-written `benchmarks/glossaries/nhc.csv` (34 concepts, written from the
Chinese side before any check ran).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from heldout_io import pinned, show, write_line_pairs  # benchmarks/ is the script's folder

COMMIT = "182264c1c96fd0de5f0389fe10b3183a49bc8824"
FILES = ("config/data1.js", "config/data2.js", "config/data3.js")
"""The protocol's rows, in order (data4.js and data5.js are the site's own text)."""
SPACES = re.compile(r"\s+")


def cell(text: str) -> str:
    """One cell as published: quotes of a multi-line cell and its line breaks dropped, runs of spaces made one."""
    text = text.strip()
    if len(text) > 1 and text.startswith('"') and text.endswith('"') and "\n" in text:
        text = text[1:-1]
    return SPACES.sub(" ", text).strip()


def rows(source: str) -> list[tuple[str, str, str]]:
    """(kind, Chinese, English) of each row of one data file's template string."""
    body = source[source.index("`") + 1:source.rindex("`")]
    out = []
    for item in body.split("\na"):
        if not item.strip():
            continue
        _, zh, en, kind = item.split("\t")
        out.append((kind.strip(), cell(zh), cell(en)))
    return out


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    rev = pinned(git_dir, COMMIT)
    sections: list[list[tuple[str, str, str]]] = []
    for path in FILES:
        for row in rows(show(git_dir, rev, path)):
            if row[0] == "T1" or not sections:
                sections.append([])
            sections[-1].append(row)
    out.mkdir(parents=True, exist_ok=True)
    for number, section in enumerate(sections, 1):
        write_line_pairs(out / f"nhc-{number:02d}", [zh for _, zh, _ in section], [en for _, _, en in section])
    lines = sum(len(s) for s in sections)
    print(f"{out}: {len(sections)} documents, {lines} Chinese lines, from {rev}")


if __name__ == "__main__":
    main()
