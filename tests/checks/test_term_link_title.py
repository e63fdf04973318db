"""A term in the text of a link to the page the other side links too (`term_link_title`, gc56 B3: colossalai's
`- [Training Booster](../basics/booster_api.md)` = `- [booster 使用](../basics/booster_api.md)`)."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import page_term_missing as _check

GLOSSARY = "training,训练,training\n"
CODE = "\n\n运行 `make` 即可。\n"
CODE_EN = "\n\nRun `make`.\n"


def test_a_link_text_naming_the_same_page_by_its_own_title_drops_no_term(tmp_path: Path) -> None:
    zh = "前置教程：\n\n- [booster 使用](../basics/booster_api.md)\n" + CODE
    en = "Prerequisite:\n\n- [Training Booster](../basics/booster_api.md)\n" + CODE_EN
    assert _check(tmp_path, zh, en, GLOSSARY) == []  # fails before: “Training” has no 「训练」
    # the language segment of the English site's path aside (/en/docs/… = /docs/…)
    assert _check(tmp_path, "前置教程：\n\n- [booster 使用](/docs/booster.md)\n" + CODE,
                  "Prerequisite:\n\n- [Training Booster](/en/docs/booster.md)\n" + CODE_EN, GLOSSARY) == []


def test_a_term_outside_the_link_or_in_a_link_to_another_page_is_still_missing(tmp_path: Path) -> None:
    """Real defects of the same shape: the term dropped from the sentence around the link, or the link text of a
    link to another page."""
    zh = "请先阅读 [booster 使用](../basics/booster_api.md)。\n" + CODE
    en = "Read [Booster](../basics/booster_api.md) before training.\n" + CODE_EN
    assert len(_check(tmp_path, zh, en, GLOSSARY)) == 1
    zh2 = "前置教程：\n\n- [booster 使用](../basics/booster_api.md)\n" + CODE
    en2 = "Prerequisite:\n\n- [Training Booster](../basics/plugins.md)\n" + CODE_EN
    assert len(_check(tmp_path, zh2, en2, GLOSSARY)) == 1
