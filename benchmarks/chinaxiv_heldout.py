"""Build the held-out ChinaXiv set: Chinese journal articles' abstracts and keywords with their English abstracts.

    python benchmarks/chinaxiv_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `DreamBlooms/ChinaXiv-201601-to-202209` (fetch tool:
`github:DreamBlooms/ChinaXiv-201601-to-202209`, which returns a git dir): the preprints and archived journal papers
of ChinaXiv (the Chinese Academy of Sciences' preprint server, 2016-2022), each converted from its PDF to Markdown by
MinerU, one file `md/ChinaXiv-YYYYMM.NNNNNVN.md` a paper. A Chinese paper carries its Chinese abstract and keywords
(摘要 …, 关键词 …) and, as Chinese journals require, the English abstract and keywords the authors (and the
journal's editors) wrote for it (Abstract …, Key words …): published translations of scientific prose, a source,
authors and journals (心理科学进展, 广西植物, 中国组织工程研究 …) new to this project; none of this text was checked or
read by it before this measurement. Licence: CC BY 4.0 (the repository's LICENSE and README: "Copyright by Authors
and CAS ChinaXiv"). Measurement only: never copy the text into this repository.

Rules fixed before any check ran. Papers of 2020 (`md/ChinaXiv-2020*.md`, in name order, each paper once: its last
version) whose Chinese abstract names a clinical or health subject (患者, 临床, 病例, 疾病, 治疗, 医院, 感染, 肿瘤,
健康 or 症状) are taken when exactly one Chinese abstract and one English abstract are found, each one paragraph,
the Chinese with at least 80 Chinese characters, the English with at least 400 characters and no Chinese character,
neither abstract holding MinerU's LaTeX math (`$`) (a formula rebuilt from the PDF is not what the authors wrote),
and both keyword lines are found. An abstract is the paragraph after its label (摘要 / 【摘要】 / Abstract /
ABSTRACT, with or without a Markdown `#`, a colon, or the text on the label's own line); keywords the line labelled
关键词 / 关键字 / Key words / Keywords. Labels and colons are dropped, and so is what MinerU glued to the end of a
keyword line from the lines after it (a Chinese Library Classification code, document code or DOI: 中图分类号 …,
分类号 …, 文献标识码 …, doi:…); the text is otherwise as MinerU extracted it (a missing space after an English comma
or period, English words glued together, OCR slips such as 7O for 70 are kept). Titles are not used (MinerU glues
the English title to the authors and affiliations). Each paper is one document pair, `OUT_FOLDER/cx-NNN.zh` / `.en`
(NNN its order): line 1 the abstract, line 2 the keywords, with `cx-NNN.gold` `[i]:[i]` (the published pairs
`benchmarks/defects.py` injects defects into). At most LIMIT papers, as stored at COMMIT (the snapshot measured
first; the newest commit if that one is absent). `python benchmarks/precision.py
chinaxiv-heldout=/tmp/chinaxiv-heldout` checks them two-file style without `--presplit`, with the hand-written
`benchmarks/glossaries/chinaxiv.csv` (written from the Chinese side before any check ran).
"""
from __future__ import annotations

import argparse
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from heldout_io import pinned, show, write_line_pairs  # benchmarks/ is the script's folder

COMMIT = "b13a740d2705c884af43414b8399202fbc996858"
LIMIT = 40
Rows = tuple[list[str], list[str]]
"""A paper's Chinese and English lines (abstract, keywords)."""
SUBJECT = re.compile("患者|临床|病例|疾病|治疗|医院|感染|肿瘤|健康|症状")
CJK = re.compile(r"[\u4e00-\u9fff]")
ZH_ABSTRACT = re.compile(r"^#*\s*【?摘\s*要】?\s*[：:]?\s*(.*)$")
EN_ABSTRACT = re.compile(r"^#*\s*(?:Abstract|ABSTRACT)\s*[：:.]?\s*(.*)$")
ZH_KEYWORDS = re.compile(r"^#*\s*【?关键[词字]】?\s*[：:]?\s*(.+)$")
EN_KEYWORDS = re.compile(r"^#*\s*(?:Key ?words|KEY ?WORDS|Keywords)\s*[：:]?\s*(.+)$", re.IGNORECASE)


METADATA = re.compile(r"\s*(?:中图分类号|分类号|文献标识码|doi:).*$")


def labelled(lines: list[str], label: re.Pattern[str]) -> list[str]:
    """The paragraph after each line the label opens (the rest of that line, or the next non-empty line)."""
    out = []
    for i, line in enumerate(lines):
        m = label.match(line.strip())
        if not m:
            continue
        text = m.group(1).strip()
        if not text:
            rest = [x.strip() for x in lines[i + 1:i + 3] if x.strip()]
            text = rest[0] if rest else ""
        out.append(text)
    return out


def clinical(zh: str) -> bool:
    """The Chinese abstract names a clinical or health subject (SUBJECT): the subject rule of the sets before
    chinaxiv8-heldout."""
    return bool(SUBJECT.search(zh))


def pair(source: str, about: Callable[[str], bool] = clinical) -> tuple[list[str], list[str]] | None:
    """(Chinese rows, English rows) of one paper, or None when the rules above pass it over (`about`: the subject
    rule on the Chinese abstract)."""
    lines = source.splitlines()
    zh_abs, en_abs = labelled(lines, ZH_ABSTRACT), labelled(lines, EN_ABSTRACT)
    zh_kw, en_kw = labelled(lines, ZH_KEYWORDS), labelled(lines, EN_KEYWORDS)
    if len(zh_abs) != 1 or len(en_abs) != 1 or not zh_kw or not en_kw:
        return None
    zh, en = zh_abs[0], en_abs[0]
    if len(CJK.findall(zh)) < 80 or len(en) < 400 or CJK.search(en) or "$" in zh + en:
        return None
    if not about(zh) or CJK.search(en_kw[0]) or not CJK.search(zh_kw[0]):
        return None
    return [zh, METADATA.sub("", zh_kw[0])], [en, METADATA.sub("", en_kw[0])]


def latest(names: list[str], years: tuple[str, ...] = ("2020",)) -> list[str]:
    """The papers' files of `years` in name order, each paper once: its last version (V2 over V1)."""
    last: dict[str, tuple[int, str]] = {}
    for name in names:
        m = re.fullmatch(r"md/ChinaXiv-((\d{4})\d\d\.\d+)V(\d+)\.md", name)
        if not m or m.group(2) not in years:
            continue
        if m.group(1) not in last or int(m.group(3)) > last[m.group(1)][0]:
            last[m.group(1)] = (int(m.group(3)), name)
    return [last[paper][1] for paper in sorted(last)]


def revision(git_dir: str) -> str:
    """COMMIT, the snapshot measured, or the newest commit if that one is absent."""
    return pinned(git_dir, COMMIT)


def arguments(doc: str | None) -> tuple[str, Path]:
    """(GIT_DIR, OUT_FOLDER) of a ChinaXiv builder's command line (`doc`: its module docstring); a call without
    them, or with a GIT_DIR git cannot read, ends with argparse's usage and an error line, exit 2."""
    ap = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0] if doc else None)
    ap.add_argument("git_dir", help="git dir of DreamBlooms/ChinaXiv-201601-to-202209 (the fetch tool's)")
    ap.add_argument("out", type=Path, help="folder the document pairs are written to")
    args = ap.parse_args()
    if subprocess.run(["git", f"--git-dir={args.git_dir}", "rev-parse", "--verify", "-q", "HEAD^{commit}"],
                      capture_output=True).returncode != 0:
        ap.error(f"{args.git_dir}: not a git dir with a commit")
    return args.git_dir, args.out


def papers(git_dir: str, rev: str, years: tuple[str, ...], keep: Callable[[Rows], bool] = lambda rows: True,
           limit: int = LIMIT, about: Callable[[str], bool] = clinical) -> Iterator[tuple[str, Rows]]:
    """(file name, `pair` rows) of the first `limit` papers of `years` at `rev` that `pair` takes (with the subject
    rule `about`) and `keep` accepts: what each ChinaXiv builder reads."""
    names = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", rev, "md/"],
                           check=True, capture_output=True, text=True).stdout.split()
    taken = 0
    for name in latest(names, years):
        rows = pair(show(git_dir, rev, name), about)
        if rows is None or not keep(rows):
            continue
        taken += 1
        yield name, rows
        if taken == limit:
            break


def main() -> None:
    git_dir, out = arguments(__doc__)
    out.mkdir(parents=True, exist_ok=True)
    taken, rev = 0, revision(git_dir)
    for taken, (name, rows) in enumerate(papers(git_dir, rev, ("2020",)), 1):
        write_line_pairs(out / f"cx-{taken:03d}", rows[0], rows[1])
        print(f"cx-{taken:03d}\t{name}")
    print(f"{out}: {taken} documents, {2 * taken} Chinese lines, from {rev}")


if __name__ == "__main__":
    main()
