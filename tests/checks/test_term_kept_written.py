"""A term documentation keeps in its Chinese as the English writes it where it is no prose (`term_kept_written`):
the text of a link both sides write, the key cell of a table row. No term is missing there; a word left in the
Chinese prose still is.

The tests marked "class 7" were turned round by the lead's decision at stop 69 (issue 11, class 7: a term kept in
the original language is a rendering of the concept, not a missing term); they expected a term-missing finding
before."""
from __future__ import annotations

from pathlib import Path

from tests.checks.terms_kit import only, run
from tests.checks.terms_kit import page_term_missing as _check
from zhen_qa.glossary.model import Concept, Glossary

_CODE = "\n\n运行 `rslib build` 即可。\n"
_CODE_EN = "\n\nRun `rslib build`.\n"
_FENCE = "\n\n```bash\nrslib build\n```\n"


def test_a_term_kept_as_the_text_of_a_link_both_sides_write_is_kept(tmp_path: Path) -> None:
    """在 [format](/config/format) 为 `esm` 时: the option's name, linked to its page on both sides, is kept as the
    English writes it; the same word in the Chinese prose outside a link is English left untranslated."""
    glossary = "output-format,输出格式,output format,,format\n"
    en = "When [format](/config/format) is `esm`, the styles are bundled." + _CODE_EN
    assert _check(tmp_path, "在 [format](/config/format) 为 `esm` 时，样式会被打包。" + _CODE, en, glossary) == []
    # Class 7 (module docstring): in a page pair that writes code, the word outside a link renders the term too.
    assert _check(tmp_path, "在 format 为 `esm` 时，样式会被打包。" + _CODE, en, glossary) == []
    assert len(_check(tmp_path, "在 format 为 esm 时，样式会被打包。", "When format is esm, the styles are bundled.",
                      glossary)) == 1  # no code: a manuscript leaving the word in English


def test_a_page_title_left_in_english_as_link_text_renders_the_term_in_documentation(tmp_path: Path) -> None:
    """review50 R4 said a link text of several words is a page title a translation renders ([带参数的动态路由匹配]),
    so left in English it was a missing term; by the stop-69 decision (issue 11, class 7) documentation keeping it in
    English renders the term, and only a manuscript without code reports it. Words the link's target spells are a
    name (a label: [good first issues](…label:"good first issue"))."""
    glossary = "route,路由,route\n"
    zh = "请先阅读 [dynamic route matching](./dynamic.md)。" + _CODE
    en = "First read [dynamic route matching](./dynamic.md)." + _CODE_EN
    assert len(_check(tmp_path, zh, en, glossary)) == 1  # one code span in passing: no documentation (review69 R1)
    # Class 7 (module docstring): in documentation (a page pair with a code block) the link text kept in English renders
    # "route" (the title left in English is no term-missing finding any more; review50 R4 is reversed by that decision).
    assert _check(tmp_path, zh.replace(_CODE, _FENCE), en.replace(_CODE_EN, _FENCE), glossary) == []
    zh = "请先阅读 [dynamic route matching](./dynamic-route-matching.md)。" + _FENCE  # S5: the page file's slug
    en = "First read [dynamic route matching](./dynamic-route-matching.md)." + _FENCE
    assert _check(tmp_path, zh, en, glossary) == []
    assert len(_check(tmp_path, "请先阅读 [dynamic route matching](./dynamic.md)。",
                      "First read [dynamic route matching](./dynamic.md).", glossary)) == 1  # no code: reported
    zh = "请先阅读 [dynamic route](https://example.com/issues?q=label:dynamic+route)。" + _CODE
    en = "First read [dynamic route](https://example.com/issues?q=label:dynamic+route)." + _CODE_EN
    assert _check(tmp_path, zh, en, glossary) == []


def test_a_term_kept_as_a_directory_its_path_shows_is_kept(tmp_path: Path) -> None:
    """删除原先 fluid operators 目录 … `paddle/fluid/operators/a.cc`: the words are the directory's name, as the path in
    the same sentence writes it; a lone "operators" in the prose, or words no path of the sentence joins, are English
    left untranslated."""
    glossary = "operator,算子,operator\n"
    en = ("Delete the files under the original fluid operators directory, such as "
          "`paddle/fluid/operators/a.cc`." + _CODE_EN)
    zh = "删除原先 fluid operators 目录以下相应文件，如 `paddle/fluid/operators/a.cc`。" + _CODE
    assert _check(tmp_path, zh, en, glossary) == []
    for zh in ("删除原先 operators 目录以下相应文件，如 `paddle/fluid/operators/a.cc`。" + _CODE,
               "删除原先 phi operators 目录以下相应文件，如 `paddle/fluid/operators/a.cc`。" + _CODE):
        # Class 7 (module docstring): in a page pair that writes code, the word kept in the prose renders the term.
        assert _check(tmp_path, zh, en, glossary) == [], zh
    assert len(_check(tmp_path, "删除原先 fluid 目录以下相应文件，如 `paddle/fluid/operators/a.cc`。" + _CODE, en,
                      glossary)) == 1  # the term dropped: still reported


def test_a_term_kept_as_a_table_key_both_sides_write_is_kept() -> None:
    """| milliseconds | 剩余毫秒 |, each cell a bead of its own: the row's key is the property's name, which the Chinese
    table keeps as the English does; the English's second "milliseconds" is rendered by 毫秒. A key the Chinese
    writes otherwise (ms) does not keep the term."""
    glossary = Glossary.build([Concept("millisecond", "毫秒", "millisecond", en_admitted=("ms",))], "t")
    found = run(glossary, ["milliseconds", "剩余毫秒"], ["milliseconds", "Remain milliseconds"])
    assert only(found, "term-missing") == []
    found = run(glossary, ["毫秒数", "剩余"], ["milliseconds", "Remain milliseconds"])
    assert len(only(found, "term-missing")) == 1


def test_only_a_name_both_sides_write_whole_is_kept_as_written() -> None:
    """The unit: a link's whole text, or a whole sentence without Han characters, both sides write."""
    from zhen_qa.checks.term_kept_written import kept_as_written
    from zhen_qa.manuscript.document import Role, Sentence
    from zhen_qa.manuscript.source import MappedText, SourceText

    def sentence(text: str, lang: str) -> Sentence:
        return Sentence(MappedText.span(SourceText.from_text("t.md", text), 0, len(text)), lang, Role.PARAGRAPH)

    en = sentence("When [format](/config/format) is set", "en")
    at = en.text.text.index("format")
    assert kept_as_written(en, at, at + 6, [sentence("在 [format](/config/format) 为", "zh")])
    assert not kept_as_written(en, at, at + 6, [sentence("在 format 为", "zh")])
    assert not kept_as_written(en, at, at + 6, [sentence("在[输出格式](/config/format)为", "zh")])
    cell = sentence("milliseconds", "en")
    assert kept_as_written(cell, 0, 12, [sentence("milliseconds", "zh")])
    assert not kept_as_written(cell, 0, 12, [sentence("milliseconds 毫秒", "zh")])


def test_an_identifier_the_chinese_keeps_as_code_is_kept(tmp_path: Path) -> None:
    """您需要通过配置 `PropagationPolicy` 来接管资源 / "you need to configure PropagationPolicy to take over the
    resources": the English writes the API kind's name, the Chinese keeps that name as code; the glossary's 分发策略
    is the concept in prose. A code span naming another kind (`OverridePolicy`), or none, is still a missing
    term."""
    glossary = "propagation-policy,分发策略,PropagationPolicy,,propagation policy\n"
    en = "Then you need to configure PropagationPolicy to take over the resources." + _CODE_EN
    assert _check(tmp_path, "那么，您需要通过配置 `PropagationPolicy` 来接管相应资源。" + _CODE, en, glossary) == []
    zh = "那么，您需要通过配置 `OverridePolicy` 来接管相应资源。" + _CODE
    assert len(_check(tmp_path, zh, en, glossary)) == 1
    assert len(_check(tmp_path, "那么，您需要通过配置来接管相应资源。" + _CODE, en, glossary)) == 1  # dropped
