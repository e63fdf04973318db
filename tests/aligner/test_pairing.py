"""Pairing by role, order and numbering, with the real aligner inside each pair."""
from __future__ import annotations

from pathlib import Path

from tests.texts import ARTICLE
from zhen_qa.aligner.build import build_from_texts, load_manuscript


def test_front_matter_pairs_by_role(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        ARTICLE
        + "\n引用本文 / Article Citation:\n张三. 分泌组. 医学. 2024;1:1-5.\nSan Zhang. Secretome. Med. 2024;1:1-5.\n",
        encoding="utf-8",
    )
    m = load_manuscript(str(path))
    by = {p.section: p for p in m.pairs}
    assert list(by) == ["title", "authors", "affiliations", "abstract", "keywords", "citation"]
    keywords = by["keywords"]
    assert [s.text.text for s in keywords.zh] == ["分泌组", "再生医学", "临床应用"]
    assert [s.text.text for s in keywords.en] == ["secretome", "regenerative medicine", "clinical use"]
    assert [(b.zh, b.en) for b in keywords.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    abstract = by["abstract"]
    assert [(b.zh, b.en) for b in abstract.beads] == [((0,), (0,)), ((1,), (1,))]
    assert by["citation"].zh[0].text.text.startswith("张三.")


def test_body_without_english_becomes_top_level_monolingual_sections(tmp_path: Path) -> None:
    text = ARTICLE.replace("2. 结论", "2. 结论\n\n2.1. 小节\n\n小节的内容。")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    m = load_manuscript(str(path))
    assert [s.heading for s in m.monolingual] == ["1. 引言", "2. 结论"]
    second = m.monolingual[1]
    assert len(second.sentences) == 2  # 分泌组前景广阔。 and the subsection's 小节的内容。
    assert not any(p.section.startswith(("1.", "2.")) for p in m.pairs)


def test_two_files_pair_sections_by_number() -> None:
    zh = "1. 引言\n\n分泌组很重要。\n\n2. 方法\n\n我们研究了120例患者。\n"
    en = "1. Introduction\n\nThe secretome is important.\n\n2. Methods\n\nWe studied 120 patients.\n"
    m = build_from_texts(zh, en, presplit=False)
    assert [p.section for p in m.pairs] == ["1. 引言", "2. 方法"]
    methods = m.pairs[1]
    assert [s.text.text for s in methods.en] == ["2. Methods", "We studied 120 patients."]
    assert methods.en[1].location.path == "en.txt" and methods.en[1].location.line == 7


def test_presplit_two_files_align_line_by_line_with_a_deletion() -> None:
    zh = "心血管疾病是主要的健康问题。\n每年约有1800万人死于心血管疾病。\n这相当于全球死亡人数的31%。\n"
    en = "Cardiovascular disease is a major health problem.\nThis is 31% of all deaths worldwide.\n"
    m = build_from_texts(zh, en)
    (pair,) = m.pairs
    assert pair.section == "body"
    assert [(b.zh, b.en) for b in pair.beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_a_latin_word_shared_with_another_heading_does_not_reorder_sections() -> None:
    # `使用 Design Token` translates `Consume Design Token`; `## Design Token` is the English of 基本概念: pairing by
    # order keeps as many Latin words in common, so the same words elsewhere are no evidence of a reordering
    zh = "## 使用 Design Token\n\n在组件中读取变量。\n\n## 静态消费（如 less）\n\n在 less 中使用变量。\n\n" \
         "## 基本概念\n\n变量是设计的最小单位。\n"
    en = "## Consume Design Token\n\nRead the tokens in a component.\n\n## Static consume (e.g. less)\n\n" \
         "Use the tokens in less.\n\n## Design Token\n\nA token is the smallest unit of a design.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert [(p.section, p.en[0].text.text) for p in m.pairs] == [
        ("使用 Design Token", "Consume Design Token"), ("静态消费（如 less）", "Static consume (e.g. less)"),
        ("基本概念", "Design Token")]


def test_headings_that_keep_their_latin_words_reorder_sections() -> None:
    zh = "## autoPrefixer\n\n自动添加前缀。\n\n## `@layer` 样式降权\n\n使用层降低优先级。\n"
    en = "## `@layer`\n\nUse a layer to lower the priority.\n\n## autoPrefixer\n\nAdd prefixes automatically.\n"
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    assert [(p.zh[-1].text.text, p.en[-1].text.text) for p in m.pairs] == [
        ("自动添加前缀。", "Add prefixes automatically."), ("使用层降低优先级。", "Use a layer to lower the priority.")]


def test_front_matter_guessed_on_one_side_returns_to_its_place_in_the_body() -> None:
    # two files without labels or headings: paragraphs guessed to be a title or affiliations (a number first and
    # 中心/医院 in it) are prose again, and must come back where the file has them, not before the body
    zh = ("本研究比较了两种治疗方案。\n\n分类变量采用卡方检验进行比较。\n\n所有分析均采用双侧检验。\n\n"
          "两组的基线特征达到良好平衡。\n\n5年时，各中心共有120例患者完成随访，其中医院甲的患者占一半。\n\n"
          "两组的不良事件发生率相似。\n")
    en = ("This study compared two treatment regimens.\n\nCategorical variables were compared with the chi-square "
          "test.\n\nAll analyses were two-sided.\n\nBaseline characteristics were well balanced between the groups."
          "\n\nAt 5 years, 120 patients at the centers had completed follow-up, half of them at hospital A.\n\n"
          "The rates of adverse events were similar in the two groups.\n")
    m = build_from_texts(zh, en, presplit=False)
    (pair,) = m.pairs
    assert [s.location.line for s in pair.zh] == [1, 3, 5, 7, 9, 11]
    assert [(b.zh, b.en) for b in pair.beads] == [((i,), (i,)) for i in range(6)]


def test_reading_and_pairing_a_long_text_reads_no_enum_member_a_line(tmp_path: Path) -> None:
    """On Python 3.11 `Role.HEADING` runs EnumType's `__getattr__` hook (~900 instructions): the per-line and
    per-block loops compare with members bound once (they read 40 a line of a plain text before)."""
    import enum
    import sys

    from zhen_qa.manuscript.document import Role
    from zhen_qa.manuscript.structure import LineKind

    reads: list[str] = []

    class Counting(enum.EnumMeta):
        def __getattribute__(cls, name: str) -> object:
            if not name.startswith("_"):
                reads.append(sys._getframe(1).f_code.co_name)
            return type.__getattribute__(cls, name)

    path = tmp_path / "long.txt"
    path.write_text("".join(f"第{k}节。神说，要有光，就有了光。\n" for k in range(1000)), encoding="utf-8")
    load_manuscript(str(path))  # imports and compiles first
    classes = (Role, LineKind)
    for cls in classes:
        cls.__class__ = Counting
    try:
        ms = load_manuscript(str(path))
    finally:
        for cls in classes:
            cls.__class__ = enum.EnumMeta
    assert len(ms.sentences("zh")) >= 1000
    assert len(reads) < 50, sorted(set(reads))


def _untranslated(m: object) -> list[str]:
    from zhen_qa.checks.engine import check_manuscript

    return [f"{f.location.line}:{f.message}" for f in check_manuscript(m) if f.rule == "untranslated"]  # type: ignore[arg-type]


def test_chinese_keywords_without_english_keywords_are_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("\n".join(line for line in ARTICLE.splitlines() if not line.startswith("Keywords")),
                    encoding="utf-8")
    found = [f for f in _untranslated(load_manuscript(str(path))) if "keywords" in f]
    assert len(found) == 1 and "the 3 Chinese keywords" in found[0] and "分泌组, 再生医学, 临床应用" in found[0]


def test_labelled_chinese_keywords_without_english_in_two_files() -> None:
    zh = "摘要：本研究调查了城市居民的睡眠质量。结果表明，睡眠不足与焦虑显著相关。\n关键词：睡眠质量；焦虑；城市居民\n"
    en = ("Abstract: This study surveyed the sleep quality of urban residents. The results show that lack of sleep is "
          "significantly associated with anxiety.\n")
    assert _untranslated(build_from_texts(zh, en, presplit=False)) == [
        "2:the 3 Chinese keywords (line 2) have no English keywords: 睡眠质量, 焦虑, 城市居民"]
    assert _untranslated(build_from_texts(zh, en + "Keywords: sleep quality; anxiety; urban residents\n",
                                          presplit=False)) == []


def test_sections_before_the_first_heading_match_stay_before_it() -> None:
    # one heading keeps its Latin words on both sides (19A19B), the Chinese has a heading more (结语): the sections
    # before the match join it in file order, so the title still pairs with the title, never with the closing lines
    zh = "新冠病毒的基因组分析报告\n\n本报告分析了公开的基因组。\n\n结语\n\n病毒在全球传播。\n\n19A19B\n\n" \
         "这些分支在全球分布。\n\n最后我们总结了疫情。\n"
    en = "A genomic analysis of the novel coronavirus\n\nThis report analyses public genomes.\n\n" \
         "The virus spread worldwide.\n\n19A19B\n\nThese clades are distributed worldwide.\n\n" \
         "Finally we summarise the epidemic.\n"
    m = build_from_texts(zh, en, presplit=False)
    for pair in m.pairs:
        zh_lines = [s.location.line for s in pair.zh]
        en_lines = [s.location.line for s in pair.en]
        assert zh_lines == sorted(zh_lines) and en_lines == sorted(en_lines)
        ends = [(max((pair.zh[i].location.line for i in b.zh), default=None),
                 max((pair.en[j].location.line for j in b.en), default=None)) for b in pair.beads]
        paired = [(z, e) for z, e in ends if z is not None and e is not None]
        assert paired == sorted(paired)  # no crossing
    first = next(p for p in m.pairs if any(s.location.line == 1 for s in p.zh))
    bead = next(b for b in first.beads if any(first.zh[i].location.line == 1 for i in b.zh))
    assert [first.en[j].location.line for j in bead.en] == [1]


def test_a_moved_section_under_a_page_title_pairs_with_its_partner() -> None:
    # one `###` more on one side merged every section into the page's `#` title (one section a side), and the
    # `## HTML5 Mode` the English puts first, the Chinese last, was left alone on both sides; a Chinese heading
    # keeps its names (Hash 模式 for Hash Mode), so the names pair the sections
    zh = ("# 历史模式\n\n选择一种历史模式。\n\n## Hash 模式\n\n它在网址前使用一个井号。\n\n"
          "## Memory 模式\n\n它不与网址交互。\n\n## HTML5 模式\n\n网址看起来很正常。\n\n这就尴尬了。\n\n"
          "## 服务器\n\n### Apache\n\n写一条重写规则。\n")
    en = ("# History modes\n\nChoose a history mode.\n\n## HTML5 Mode\n\nThe URL looks normal.\n\nNow that's ugly.\n\n"
          "## Hash Mode\n\nIt uses a hash character before the URL.\n\n## Memory mode\n\nIt does not touch the URL.\n\n"
          "## Servers\n\n### Apache\n\nWrite a rewrite rule.\n\n### Azure\n\nAdd a configuration file.\n")
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    heads = [(p.zh[0].text.text, p.en[0].text.text) for p in m.pairs]
    assert ("HTML5 模式", "HTML5 Mode") in heads and ("Hash 模式", "Hash Mode") in heads
    html5 = next(p for p in m.pairs if p.zh[0].text.text == "HTML5 模式")
    assert all(b.zh and b.en for b in html5.beads)


_LAG_ZH = ("## CLI 安装\n\n使用包管理器全局安装命令行工具，然后运行初始化命令创建一个新项目。\n\n"
           "## 在 Vite 中使用\n\n在构建配置文件中引入插件，然后在插件数组中调用它。"
           "开发服务器启动后，组件会被按需自动导入。\n\n"
           "## FAQ\n\n如果样式没有生效，请检查是否引入了全局样式文件。如果类型提示缺失，请重启编辑器。\n")
_LAG_EN = ("## CLI Installation\n\nInstall the command line tool globally with your package manager, then run the init "
           "command to create a new project.\n\n## Usage\n\nImport the plugin in your build config file and call it in "
           "the plugins array. Once the dev server starts, components are imported automatically on demand.\n\n"
           "## FAQ\n\nIf styles do not take effect, check that the global style file is imported. If type hints are "
           "missing, restart your editor.\n\n## {options}\n\nThe plugin accepts an options object. Set the resolvers "
           "option to choose which component libraries are resolved, and the dts option to generate type "
           "declarations.\n")


def _partners(zh: str, en: str) -> dict[str, list[str]]:
    """Each sentence's aligned sentences (both languages), by its text."""
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    out: dict[str, list[str]] = {}
    for p in m.pairs:
        for b in p.beads:
            zs, es = [p.zh[i].text.text for i in b.zh], [p.en[j].text.text for j in b.en]
            for s in zs:
                out[s] = es
            for s in es:
                out[s] = zs
    return out


def test_a_heading_keeping_a_name_of_a_later_english_heading_does_not_pair_against_its_body() -> None:
    # review50b S7: the English gained a section (`## Vite Plugin Options`) the Chinese lacks; `## 在 Vite 中使用`
    # keeps its one name, but its translation is `## Usage`: the kept-word anchor crossed FAQ↔FAQ, so the translated
    # Usage section was left without Chinese and the untranslated options section hidden. With and without a page
    # title, and with a two-word English heading (`## Vite Options`, "vite" half of it).
    for title_zh, title_en, options in (("# 快速上手\n\n", "# Getting Started\n\n", "Vite Plugin Options"),
                                        ("", "", "Vite Plugin Options"),
                                        ("# 快速上手\n\n", "# Getting Started\n\n", "Vite Options")):
        partners = _partners(title_zh + _LAG_ZH, title_en + _LAG_EN.format(options=options))
        assert partners["Import the plugin in your build config file and call it in the plugins array."]
        assert partners["The plugin accepts an options object."] == []
