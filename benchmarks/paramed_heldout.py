"""Build the held-out ParaMed documents (doc5-doc12) from a fetched ParaMed git dir; see precision.py.

    python benchmarks/paramed_heldout.py GIT_DIR OUT_FOLDER

ParaMed's `data/manual_align_input.tar.gz` holds 12 NEJM article pairs, one sentence a line, tokenized
(Chinese words and punctuation separated by spaces, Moses escapes such as `@-@` and `&#91;` in the English).
doc1-doc4 are ../shared/data/align/paramed-dev; the others are written to OUT_FOLDER, detokenized the way
paramed-dev was: a single space is dropped next to a Chinese character or full-width punctuation (runs of
spaces were spaces of the original and stay), digit groups `2 , 400` are joined, Moses escapes undone.
"""
from __future__ import annotations

import html
import io
import re
import subprocess
import sys
import tarfile
from pathlib import Path

DEV = {"doc1", "doc2", "doc3", "doc4"}


def wide(ch: str) -> bool:
    """A Chinese character or full-width punctuation mark (a space next to one is a token separator)."""
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x3000 <= o <= 0x303F or ch in "“”‘’…—")


def detok_zh(line: str) -> str:
    """One tokenized Chinese line as running text."""
    out: list[str] = []
    for part in re.split(r"( {2,})", html.unescape(line)):
        if part.startswith("  "):
            out.append(part)
            continue
        toks = part.split(" ")
        text = toks[0]
        for tok in toks[1:]:
            text += tok if not (text and tok) or wide(text[-1]) or wide(tok[0]) else " " + tok
        out.append(text)
    return re.sub(r"(\d) , (\d{3})(?!\d)", r"\1,\2", "".join(out))


def detok_en(line: str) -> str:
    """One Moses-tokenized English line as running text."""
    text = html.unescape(line.replace(" @-@ ", "-").replace("@-@", "-"))
    text = re.sub(r" ([.,;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r'" (.*?) "', r'"\1"', text)


def main() -> None:
    git_dir, out = sys.argv[1], Path(sys.argv[2])
    blob = subprocess.run(["git", f"--git-dir={git_dir}", "show", "HEAD:data/manual_align_input.tar.gz"],
                          check=True, capture_output=True).stdout
    out.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            stem, _, lang = name.partition(".")
            if not member.isfile() or stem in DEV or lang not in ("zh", "en"):
                continue
            fh = tar.extractfile(member)
            assert fh is not None
            detok = detok_zh if lang == "zh" else detok_en
            lines = fh.read().decode("utf-8").splitlines()
            (out / name).write_text("".join(detok(line) + "\n" for line in lines), encoding="utf-8")
            print(f"{out / name}: {len(lines)} lines")


if __name__ == "__main__":
    main()
