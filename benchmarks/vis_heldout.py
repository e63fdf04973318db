"""Build the held-out CDC Vaccine Information Statements and their Chinese translations from a fetched git dir.

    python benchmarks/vis_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `hallixrap/llm-translation-study` (fetch tool:
`github:hallixrap/llm-translation-study`, which returns a git dir), folder `data/extracted_text/immunize/`
(`english/NAME.txt`, `chinese/chinese_simplified_NAME.txt`): the CDC's Vaccine Information Statements (US public
domain) and the Simplified Chinese translations Immunize.org (the Immunization Action Coalition) publishes, as the
study extracted them from the PDFs (about one paragraph a line, some lines broken where the PDF wrapped them). Research
use; never copy them into this repository. None of this text was checked or read by this project before this
measurement; the source, the translators and the genre (patient information on a vaccine) are new to it.

Seven of the eleven Chinese translations are of an older edition than the English in the source ("This
translation is out of date", 8/6/21 against 1/31/2025); only the four whose edition date equals the English one
are used (DOCS: HPV 8/6/2021, PCV 5/29/2025, PPSV23 5/29/2025, recombinant zoster 2/04/2022). Each side is
cleaned by rules fixed before any check ran: the PDFs' furniture is dropped (running heads and feet, `VACCINE
INFORMATION STATEMENT`, the "Many vaccine information statements are available in ..." notice in English,
Spanish and Chinese, the HHS/CDC logo lines `U.S. Department of` / `Health and Human Services` / `Centers for
Disease Control and Prevention`, and every line after the last `www.cdc.gov/vaccines` bullet, the form's
office-use foot), and a line the PDF broke is joined to the one before. In English when the line does not end a
sentence and the next line starts with a lower-case letter (outside a list: after a line ending in a colon,
before one ending a sentence) or with a digit after a line of at least 60 characters, and the title's "What You
Need to Know". In Chinese when the line does not end in 。？！：； and ends in a comma, has an unclosed parenthesis
or ends in a Latin acronym after a space (`决定将 HPV`), or the next line starts with （、。，）, a digit or `www`, or
(outside a list) the next line starts with a Latin letter after a Chinese line of at least 15 characters; the
break becomes a space where it falls between a Chinese character and a Latin letter or digit (`HPV` / `疫苗`), as
the translators space them. Written to OUT_FOLDER as `vis-NAME.zh` / `vis-NAME.en` (UTF-8, LF), without gold
(the sides differ in line count; defects.py then takes the 1-1 beads of their own clean alignment). 4 documents,
160 Chinese lines; `benchmarks/precision.py vis-heldout=/tmp/vis-heldout` checks them two-file style without
`--presplit`, with the hand-written `benchmarks/glossaries/vis.csv` (written from the Chinese side before any
check ran).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from heldout_io import show  # benchmarks/ is the script's folder

FOLDER = "data/extracted_text/immunize"
DOCS = ("hpv", "pcv", "ppsv", "zoster_recombinant")
"""The translations of the same edition as the English."""
FURNITURE = re.compile(
    r"^(VACCINE INFORMATION STATEMENT|Vaccine Information Statement( \(Interim\))?|Vaccine Information Statement ●.*"
    r"|.*VIS [–-] Simplified Chinese.*|Simplified Chinese( translation provided by .*)?|U\.S\. Department of"
    r"|Health and Human Services|Centers for Disease Control and Prevention|42 U\.S\.C\. § 300aa-26|\d+/\d+/\d{4}"
    r"|OFFICE USE ONLY.*|Many vaccine information statements are.*|available in Spanish and other languages.*"
    r"|Hojas de información.*|许多疫苗信息声明均提供.*)$")
ZH_END = re.compile(r"[。？！：；]$")
EN_END = re.compile(r"[.?!:]$")
ZH_NEXT = re.compile(r"^([（、。，）]|\d|www)")
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_TAIL = re.compile(r"[\u4e00-\u9fff，] ?[A-Z][A-Za-z0-9-]*$")


def clean(text: str) -> list[str]:
    """The non-blank lines without the PDF furniture, cut after the last CDC website bullet."""
    out = [s.strip() for s in text.splitlines() if s.strip() and not FURNITURE.match(s.strip())]
    last = max((i for i, s in enumerate(out) if "cdc.gov/vaccines" in s), default=len(out) - 1)
    return out[:last + 1]


def joins_zh(line: str, nxt: str, listing: bool) -> bool:
    """Whether a Chinese line was broken by the PDF before `nxt` (inside a list, only by the sure signs)."""
    if ZH_END.search(line):
        return False
    if line.endswith("，") or line.count("（") + line.count("(") > line.count("）") + line.count(")"):
        return True
    if ZH_NEXT.match(nxt) or LATIN_TAIL.search(line):
        return True
    return not listing and nxt[0].isascii() and nxt[0].isalpha() and len(line) >= 15 and bool(CJK.search(line))


def joins_en(line: str, nxt: str, listing: bool) -> bool:
    """Whether an English line was broken by the PDF before `nxt` (list items are never joined)."""
    if nxt.startswith("What You Need to Know"):
        return True
    if EN_END.search(line):
        return False
    return (nxt[0].islower() and not listing) or (nxt[0].isdigit() and len(line) >= 60)


def join(lines: list[str], zh: bool) -> list[str]:
    """Lines with the PDF's breaks undone (Chinese joined without a space, English with one).

    A line ending in a colon opens a list (its items end in no full stop and may start in lower case); a line ending
    a sentence or the title closes it."""
    out: list[str] = []
    listing = False
    for s in lines:
        if out and (joins_zh(out[-1], s, listing) if zh else joins_en(out[-1], s, listing)):
            mixed = zh and bool(CJK.match(out[-1][-1])) != bool(CJK.match(s[0])) and (
                out[-1][-1].isascii() and out[-1][-1].isalnum() or s[0].isascii() and s[0].isalnum())
            out[-1] += " " + s if not zh or mixed else s
        else:
            out.append(s)
        if out[-1].endswith(("：", ":")):
            listing = True
        elif out[-1].endswith(("。", ".", "？", "?", "Know")):
            listing = False
    return out


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in DOCS:
        en = join(clean(show(git_dir, "HEAD", f"{FOLDER}/english/{name}.txt")), zh=False)
        zh = join(clean(show(git_dir, "HEAD", f"{FOLDER}/chinese/chinese_simplified_{name}.txt")), zh=True)
        stem = out / f"vis-{name}"
        stem.with_suffix(".zh").write_text("".join(z + "\n" for z in zh), encoding="utf-8")
        stem.with_suffix(".en").write_text("".join(e + "\n" for e in en), encoding="utf-8")
        total += len(zh)
    print(f"{out}: {len(DOCS)} documents, {total} Chinese lines")


if __name__ == "__main__":
    main()
