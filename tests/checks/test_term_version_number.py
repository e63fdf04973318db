"""A Chinese term right after a version number the English writes (`term_version_number`): the version named by its
number, no term left out."""
from __future__ import annotations

from tests.checks.terms_kit import only, run
from zhen_qa.glossary.model import Concept, Glossary

GLOSSARY = Glossary.build([Concept("version", "版本", "version"), Concept("component", "组件", "component"),
                           Concept("ce", "社区版", "Community Edition")], "t")


def _missing(zh: str, en: str) -> list[str]:
    return [f.message for f in only(run(GLOSSARY, [zh], [en]), "term-missing")]


def test_a_version_named_by_its_number_is_rendered() -> None:
    assert _missing("相较于 Kit 2.6.1 版本，Kit 3.0.0 版本的体积下降了。",
                    "Compared with Kit 2.6.1, the size of Kit 3.0.0 has been reduced.") == []
    assert _missing("自从 6.0 版本以来，我们提供了新的方案。", "Since 6.0, we provide a new way.") == []
    assert _missing("# 2.x 版本介绍", "# 2.x Release Note") == []


def test_a_version_without_its_number_in_the_english_is_missing() -> None:
    # the English drops the number with the noun, or the Chinese noun follows a word, not a number
    assert len(_missing("自从 6.0 版本以来，我们提供了新的方案。", "We now provide a new way.")) == 1
    assert len(_missing("每周我们会发布一个 patch 版本。", "We release every week.")) == 1
    # one use after a number, another after a word: the second is still to be rendered
    assert len(_missing("Kit 3.0.0 版本之后会发布一个 patch 版本。", "After Kit 3.0.0 we release a patch.")) == 1
    # a plain count is no version number
    assert len(_missing("我们维护 3 版本。", "We maintain 3.")) == 1


def test_a_term_after_a_version_number_that_is_no_version_noun_is_missing() -> None:
    # the number names the release, not the components: the English drops 组件 (review49 R1)
    assert len(_missing("Vant 4.0 组件支持暗色模式。", "Vant 4.0 supports dark mode.")) == 1
    # an edition is more than the release its number names (review49b Q3)
    assert len(_missing("GitLab 16.0 社区版支持该功能。", "GitLab 16.0 supports the feature.")) == 1
