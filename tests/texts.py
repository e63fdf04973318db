"""Small manuscripts written for the tests, shared by more than one test module."""
from __future__ import annotations

from pathlib import Path

ARTICLE = """\

干细胞分泌组的临床应用：现状与展望

张三^{1,2}

¹某某大学医学院, 北京 100000; ²某某研究所, 上海 200000

摘要: 分泌组是细胞分泌的分子集合。本文综述其临床应用。

关键词: 分泌组, 再生医学, 临床应用

Clinical use of the stem cell secretome: status and outlook

San Zhang^{1,2}

¹School of Medicine, Some University, Beijing 100000, China; ²Some Institute, Shanghai 200000, China

Abstract: The secretome is the set of molecules a cell secretes. This review covers its clinical use.

Keywords: secretome, regenerative medicine, clinical use

1. 引言

随着对干细胞分泌组理解的加深,

收稿日期: 2023-10-30; 修回日期: 2024-3-17

通讯作者/Corresponding author: 张三/San Zhang, E-mail: zhang-
san@example.org

图1. 分泌组的主要应用领域。

研究人员正在探索其临床潜力⁽¹⁾。

2. 结论

分泌组前景广阔。

参考文献

1. Mason C, Dunnill P. A brief definition of regenerative medicine. Regen Med. 2008;3:1-5.
2. Trounson A. Stem cell therapies
- in clinical trials. Cell Stem Cell. 2011;9:4-9.
"""


def thesis_with_chapter(folder: Path, chapter_text: str) -> tuple[Path, Path]:
    """A LaTeX main file in `folder` that `\\input`s data/chap01.tex holding `chapter_text`: (main, chapter)."""
    (folder / "data").mkdir()
    main_tex, chapter = folder / "main.tex", folder / "data" / "chap01.tex"
    main_tex.write_text("\\documentclass{ctexbook}\n\\begin{document}\n\\input{data/chap01}\n\\end{document}\n",
                        encoding="utf-8")
    chapter.write_text(chapter_text, encoding="utf-8")
    return main_tex, chapter
