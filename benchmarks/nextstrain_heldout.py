"""Build the held-out Nextstrain COVID-19 situation reports and their Chinese translations, from a fetched git dir.

    python benchmarks/nextstrain_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `nextstrain/narratives` (fetch tool: `github:nextstrain/narratives`, which
returns a git dir): the Markdown "narratives" of the Nextstrain project, in particular its weekly *Genomic
epidemiology of novel coronavirus* situation reports of 2020 (Fred Hutch, Biozentrum Basel, CZI; written by the
scientists of the project) and the tutorial *How to interpret the phylogenetic trees*, each translated into Simplified
Chinese by named volunteer translators (the front matter's `translators:` list; scientists and students, credited by
name; the narrative is CC-BY, its front matter says so). Taken: the 14 reports `ncov_sit-rep_zh_DATE.md` with the
English `ncov_sit-rep_DATE.md` of the same date (2020-01-25 to 2020-08-14), and `trees-background_zh.md` with
`trees-background.md`. Public-health science written for the public (genomic surveillance, transmission, phylogenetics,
what you can do): neither journal text nor a clinical guideline, and a source, translators and genre new to this
project; none of this text was checked or read by it before this measurement. Measurement only: never copy the text
into this repository.

Rules fixed before any check ran (the same for both languages): the title and abstract of the front matter are the
first two lines (the 2020-08-14 report's abstract is empty, so its second line is blank on both sides), the rest of the
front matter is dropped; HTML comments (the notes to translators) are dropped; the
text stops at the first top-level heading that links to the author map (`c=author`: "Scientific credit", the
laboratory lists that follow are names, not prose); code-fence lines, `<div>` lines and blank lines end a block, and
so do `<br>` (the slides' paragraph breaks); a heading line and each list item are blocks of their own; the other
consecutive lines of a block are one line (joined with a space in English; without one in Chinese where the break
follows a Chinese character or full-width punctuation). In each block images are dropped, a link keeps its text only,
HTML tags (and the reports' `</tag>` number markers) are dropped and HTML entities decoded (`&times;`), heading
hashes and list markers are dropped, then emphasis marks (`**`, `__`, and `*`/`_` around a word or phrase), runs of
spaces become one; a block with no letter and no Chinese character left is dropped.
The English is the newest text at COMMIT, which for some reports may be a later revision than the one translated.

Each narrative is one document, `OUT_FOLDER/nextstrain-DATE.zh` / `.en` (`nextstrain-trees` for the tutorial), one
block a line; where both sides have the same number of top-level sections and the same number of blocks in each
section, `.gold` gives `[i]:[i]`, the reference pairs `benchmarks/defects.py` injects defects into (the others get no
gold; defects.py then takes the 1-1 beads of their own clean alignment). As stored at COMMIT (the snapshot measured
first; the newest commit if that one is absent).
`python benchmarks/precision.py nextstrain-heldout=/tmp/nextstrain-heldout` checks them two-file style without
`--presplit`, with the hand-written `benchmarks/glossaries/nextstrain.csv` (35 concepts, written from the Chinese side
before any check ran).
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

from heldout_io import pinned, show, write_document  # benchmarks/ is the script's folder

COMMIT = "20a6e6580fe09dcd64f5dee0a82e2e4f9ba0764c"
ZH_FILE = re.compile(r"^(ncov_sit-rep_zh_(\d{4}-\d\d-\d\d)|trees-background_zh)\.md$")
COMMENT = re.compile(r"<!--.*?-->", re.S)
FRONT = re.compile(r"^---\n(.*?)\n---\n", re.S)
BREAK = re.compile(r"<br\s*/?>", re.I)
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*\)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
EMPHASIS = re.compile(r"(?<![\w*_])([*_])(\S|\S.*?\S)\1(?![\w*_])")
HEADING = re.compile(r"^\s*#+\s+")
ITEM = re.compile(r"^\s*([*+-]|\d+\.)\s+")
PROSE = re.compile(r"[A-Za-z\u4e00-\u9fff]")
CJK_END = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$")


def front_lines(front: str) -> list[str]:
    """The title and the abstract of a narrative's front matter."""
    out = []
    for key in ("title", "abstract"):
        found = re.search(rf"^{key}:\s*(.*)$", front, re.M)
        if found:
            out.append(found.group(1).strip().strip('"').strip())
    return out


def clean(text: str) -> str:
    """One block's prose: images, link targets, HTML tags, emphasis, heading hashes and list markers dropped."""
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = html.unescape(TAG.sub("", text))
    text = ITEM.sub("", HEADING.sub("", text))
    text = EMPHASIS.sub(r"\2", text.replace("**", "").replace("__", ""))
    return re.sub(r"\s+", " ", text).strip()


def join(parts: list[str], chinese: bool) -> str:
    """The lines of one block as one line."""
    out = ""
    for part in parts:
        part = part.strip()
        if not out:
            out = part
        elif chinese and CJK_END.search(out):
            out += part
        else:
            out += " " + part
    return out


def sections(text: str, chinese: bool) -> list[list[str]]:
    """The narrative as top-level sections of prose lines (the front matter's title and abstract the first)."""
    front = FRONT.match(text)
    head = front_lines(front.group(1)) if front else []
    body = COMMENT.sub("", text[front.end():] if front else text)
    out: list[list[str]] = [head]
    block: list[str] = []

    def close() -> None:
        if block:
            line = clean(join(block, chinese))
            if PROSE.search(line):
                out[-1].append(line)
            block.clear()

    for raw in body.split("\n"):
        for n, piece in enumerate(BREAK.split(raw)):
            if n:
                close()
            line = piece.rstrip()
            stripped = line.strip()
            if line.startswith("# "):
                if "c=author" in line:
                    close()
                    return out
                close()
                out.append([])
                block.append(line)
                close()
            elif not stripped or stripped.startswith("```") or re.fullmatch(r"</?div[^>]*>", stripped):
                close()
            elif HEADING.match(line) or ITEM.match(line):
                close()
                block.append(line)
                if HEADING.match(line):
                    close()
            else:
                block.append(line)
    close()
    return out


def narratives(git_dir: str, rev: str) -> list[tuple[str, str, str]]:
    """(document name, Chinese path, English path) of every translated narrative at rev."""
    names = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", rev],
                           check=True, capture_output=True).stdout.decode("utf-8").split("\n")
    out = []
    for name in sorted(names):
        found = ZH_FILE.match(name)
        if found:
            stem = f"nextstrain-{found.group(2)}" if found.group(2) else "nextstrain-trees"
            out.append((stem, name, name.replace("_zh", "")))
    return out


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    rev = pinned(git_dir, COMMIT)
    out.mkdir(parents=True, exist_ok=True)
    total = gold = 0
    docs = narratives(git_dir, rev)
    for stem_name, zh_path, en_path in docs:
        zh_sec = sections(show(git_dir, rev, zh_path), chinese=True)
        en_sec = sections(show(git_dir, rev, en_path), chinese=False)
        zh = [line for sec in zh_sec for line in sec]
        en = [line for sec in en_sec for line in sec]
        stem = out / stem_name
        if write_document(stem, zh, en, aligned=[len(s) for s in zh_sec] == [len(s) for s in en_sec]):
            gold += len(zh)
        total += len(zh)
    print(f"{out}: {len(docs)} documents, {total} Chinese lines ({gold} with gold by position), from {rev}")


if __name__ == "__main__":
    main()
