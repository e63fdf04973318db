"""A table row's subject left to the row by the English definition cell (`term_row_subject`, gc56 B7: galacean's
eye shader `| Sclera（巩膜） | 巩膜是眼球外层的不透明膜 |` = `| **Sclera** | The opaque outer layer of the eyeball
|`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check

GLOSSARY = "sclera,巩膜,sclera\niris,虹膜,iris\n"
CODE = "\n\n运行 `make` 即可。\n"
CODE_EN = "\n\nRun `make`.\n"
HEAD = "| 部位 | 说明 |\n| --- | --- |\n"
HEAD_EN = "| Part | Description |\n| --- | --- |\n"


def test_the_row_subject_restated_in_the_chinese_definition_is_said_by_the_row(tmp_path: Path) -> None:
    zh = HEAD + "| Sclera（巩膜） | 巩膜是眼球外层的不透明膜，通常叫做眼白 |\n" + CODE
    en = HEAD_EN + "| **Sclera** | The opaque outer layer of the eyeball, commonly known as the white of the eye |\n" \
        + CODE_EN
    assert _check(tmp_path, zh, en, GLOSSARY) == []  # fails before: 「巩膜」 has no “sclera” in the aligned English


def test_a_row_about_another_thing_or_a_term_not_the_subject_is_still_missing(tmp_path: Path) -> None:
    """Real defects of the same shape: the English row's first cell names another part, or the Chinese definition
    names a term that is not the row's subject (虹膜 in the sclera's row) and the English drops it."""
    en = HEAD_EN + "| **Pupil** | The opaque outer layer of the eyeball, commonly known as the white of the eye |\n" \
        + CODE_EN
    zh = HEAD + "| Sclera（巩膜） | 巩膜是眼球外层的不透明膜，通常叫做眼白 |\n" + CODE
    assert len(_check(tmp_path, zh, en, GLOSSARY)) >= 1
    zh2 = HEAD + "| Sclera（巩膜） | 包围虹膜的不透明膜，通常叫做眼白 |\n" + CODE
    en2 = HEAD_EN + "| **Sclera** | The opaque layer around it, commonly known as the white of the eye |\n" + CODE_EN
    found = _check(tmp_path, zh2, en2, GLOSSARY)
    assert len(found) == 1 and "虹膜" in found[0]
