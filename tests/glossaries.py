"""Small glossaries built in code for the tests (never read from ../shared)."""
from __future__ import annotations

from pathlib import Path

import xlsxwriter

from zhen_qa.glossary.model import Concept


def workbook(path: Path, rows: list[list[str]]) -> str:
    """Write `rows` to the first sheet of a new .xlsx at `path`; return the path as a string."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()
    return str(path)


def sample_concepts() -> list[Concept]:
    """The sample glossary's concepts, plus a case-sensitive one."""
    return [
        Concept("secretome", "分泌组", "secretome", zh_deprecated=("分泌物", "分泌体", "分泌物组"),
                note="all secreted molecules"),
        Concept("secretomics", "分泌组学", "secretomics"),
        Concept("regen", "再生医学", "regenerative medicine", zh_deprecated=("再生医疗",)),
        Concept("ad", "阿尔茨海默病", "Alzheimer's disease", zh_deprecated=("阿尔茨海默氏症",),
                en_deprecated=("Alzheimer disease",)),
        Concept("pd", "帕金森病", "Parkinson's disease", zh_deprecated=("帕金森氏症",)),
        Concept("msc", "间充质干细胞", "mesenchymal stem cell", en_admitted=("mesenchymal stromal cell",)),
        Concept("ev", "细胞外囊泡", "extracellular vesicle", zh_admitted=("胞外囊泡",)),
        Concept("exo", "外泌体", "exosome"),
        Concept("sc", "干细胞", "stem cell"),
        Concept("liver", "肝病", "liver disease"),
        Concept("gap", "", "thermal gap pad", en_deprecated=("gap pad",)),
        Concept("who", "世卫组织", "WHO", case_sensitive=True),
    ]
