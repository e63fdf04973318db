"""checks.latin_run_excuses: runs of English words in Chinese text that are names, titles, lists of code words or
forms, an acronym's long form, a command line or a species name, not English left untranslated."""
from __future__ import annotations

from pathlib import Path

from tests.checks.untranslated_kit import EN, GOOD, findings, rows
from zhen_qa.checks.run import Flags, check_file


def test_long_form_of_an_acronym_the_sentence_uses_is_fine() -> None:
    for zh in ("STRING，即 Search Tool for the Retrieval of Interaction Gene/Proteins，是一个数据库。",
               "我们称这个模型为BTFG模型，为Balanced Triadic Factor Graph Model的缩写。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    # an acronym the run does not spell, or none at all: still English left in the Chinese
    for zh in ("我们使用BTFG模型，the model was trained on many graphs。",
               "我们称这个模型为BTFG，the balanced triadic factor graph model。"):
        assert len(findings([([zh], [GOOD[1]])], "untranslated-span")) == 1, zh


def test_capitalised_names_in_chinese_are_fine() -> None:
    for zh in ("图1.2 展示了 Toyota Human Support Robot 的外观。",
               "常用的作图工具有 WinFig, Tpx, Ipe, Dia, Inkscape, jPicEdt 等。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    lower = "图1.2 展示了 the robot used in our lab 的外观。"
    assert len(findings([([lower], [GOOD[1]])], "untranslated-span")) == 1


def test_a_surname_with_lower_case_particles_is_a_name_not_english_prose() -> None:
    for zh in ("Fernandez de la Vega和Lueker给出了首个线形时间逼近策略。",
               "该相互作用即 Johannes Diderik van der Waals 提出的范德华力。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    prose = "Fernandez de la Vega和Lueker给出了 the first linear time scheme 的证明。"
    assert len(findings([([prose], [GOOD[1]])], "untranslated-span")) == 1


def test_a_name_in_title_case_is_a_name_not_english_prose() -> None:
    """English title case keeps articles, conjunctions and short prepositions low: a run capitalised otherwise, its
    last word too, names a company, a work or a product (theses: three such findings were false)."""
    for zh in ("未来可以考虑使用 Physics of Acoustic Company 的前置放大器。",
               "图中是电影 Guardians of the Galaxy 的海报。",
               "我们设计了 Math and Reasoning Prompt 模板。"):
        assert findings([([zh], [GOOD[1]])], "untranslated-span") == [], zh
    for zh in ("可以考虑使用 Physics of the acoustic company 的前置放大器。",  # a content word in lower case
               "我们认为 The robot was used in our Lab 的结论。",  # a sentence: its verb is low
               "我们设计了 Math and reasoning prompts for the model 模板。"):
        assert len(findings([([zh], [GOOD[1]])], "untranslated-span")) == 1, zh


def test_a_species_name_with_its_authority_is_not_english_left_in_the_chinese() -> None:
    for zh in ("研究对象为秋茄Kandelia obovata Sheue, Liu & Yong及其伴生种。",
               "采集桐花树Aegiceras corniculatum Blanco et al.样品。"):
        assert rows([([zh], [EN])], "untranslated-span") == [], zh
    zh = "研究对象为 Kandelia obovata was sampled in spring 及其伴生种。"  # the name inside an English clause
    assert len(rows([([zh], [EN])], "untranslated-span")) == 1


def test_a_title_kept_in_english_inside_title_marks_is_not_untranslated() -> None:
    zh = "其修订稿发表于《Journal of Thoracic Oncology》，新版分期于2017年实施。"
    assert rows([([zh], [EN])], "untranslated-span") == []
    zh = "其修订稿发表于 Journal of the Thoracic Oncology Society 上，新版分期于2017年实施。"  # no title marks
    assert rows([([zh], [EN])], "untranslated-span") == []  # title case: a name all the same (docs47)
    zh = "其修订稿发表于 the journal of the thoracic oncology society 上，新版分期于2017年实施。"
    assert len(rows([([zh], [EN])], "untranslated-span")) == 1  # no marks, no capitals: English words


def test_a_list_of_the_pages_code_names_is_not_english_left_in_the_chinese(tmp_path: Path) -> None:
    """A Chinese sentence listing the sections of the config file the page shows (env, source, transform, sink)
    keeps names, not English prose; the same list with no code on the page (a program's keywords left in English),
    or words joined by spaces, stays reported."""
    code = "```hocon\nenv {\n  parallelism = 1\n}\nsource {\n}\ntransform {\n}\nsink {\n}\n```\n\n"

    def left(zh_line: str, with_code: bool) -> list[str]:
        zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
        zh.write_text("# 配置\n\n" + (code if with_code else "") + "## 模块\n\n" + zh_line
                      + "不同的模块具有不同的功能。\n", encoding="utf-8")
        en.write_text("# Config\n\n" + (code if with_code else "") + "## Modules\n\n"
                      + "As you can see, the config file contains several sections: env, source, transform, sink. "
                        "Different modules have different functions.\n", encoding="utf-8")
        return [f.message for f in check_file(str(zh), str(en), Flags()).findings if f.rule == "untranslated-span"]

    assert left("正如你看到的，配置文件包括几个部分：env, source, transform, sink。", True) == []
    assert left("正如你看到的，配置文件包括几个部分：env, source, transform, sink。", False) == [
        'English left in the Chinese: "env, source, transform, sink"']
    assert left("正如你看到的，配置文件包括几个部分：env source, transform sink。", True) == [
        'English left in the Chinese: "env source, transform sink"']


def test_a_command_line_in_chinese_prose_is_code_not_english_left() -> None:
    """python3.10 -m pip install paddlepaddle written without a code span: a program, its option (-m) and its
    arguments, typed as they are; English prose left in the Chinese, with no option, is still reported."""
    zh = "例如您想使用 python3.10 的环境，则安装命令为 python3.10 -m pip install paddlepaddle。"
    en = "For example, to use python3.10, the install command is python3.10 -m pip install paddlepaddle."
    assert rows([([zh], [en])], "untranslated-span") == []
    zh = "则安装命令为 pip install --user paddlepaddle，然后 please install the package again。"
    (row,) = rows([([zh], [en])], "untranslated-span")
    assert "please install the package again" in row[5]


def test_a_list_of_a_words_inflected_forms_is_cited_not_english_left() -> None:
    """关键词包括：close, closes, closed, fix, fixes, fixed: the keywords a reader types, each word listed with its
    inflections, cited as words; a list of different words (search keywords) and prose after the list are still
    reported."""
    en = "Keywords include: close, closes, closed, fix, fixes, fixed, please choose the appropriate word."
    zh = "关键词包括：close, closes, closed, fix, fixes, fixed，请选择合适的词汇。"
    assert rows([([zh], [en])], "untranslated-span") == []
    zh = "关键词包括：close, fix, resolve, merge, revert，请选择合适的词汇。"
    assert len(rows([([zh], [en])], "untranslated-span")) == 1
    zh = "关键词包括：close, closes, closed, fix, please choose the appropriate word。"
    assert len(rows([([zh], [en])], "untranslated-span")) == 1


def test_a_list_of_package_names_is_no_english_left_in_the_chinese() -> None:
    """gc56 A1 (colossalai lazy_init): 我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec
    中的模型 lists packages, most of them words no dictionary has. A list of dictionary words is still English left."""
    en = "We tested models in torchvision, diffusers, timm, transformers, torchaudio and torchrec."
    zh = "我们测试了 torchvision, diffusers, timm, transformers, torchaudio 和 torchrec 中的模型。"
    assert rows([([zh], [en])], "untranslated-span") == []  # fails before: English left in the Chinese
    left = "我们测试了 calculation, arithmetic, geometry, algebra, statistics 和 torchrec 中的模型。"
    assert len(rows([([left], [en])], "untranslated-span")) == 1
