"""Markdown sections matched by the Latin words their headings keep, and by order where those words mislead."""
from __future__ import annotations

from zhen_qa.aligner.build import build_from_texts

_CODE = "```bash\n$ tool run --limit 1\nstarted in 30 ms\n```\n\n"

# a Chinese heading keeps "Class" of an English heading nine sections on (`### Exclude the specified class`), while
# the heading in its place says "Classes" and its body is only the command both pages print
_SHIFT_ZH = ("# 工具\n\n## 使用参考\n\n### 启动 Demo\n\n先启动示例程序。\n\n### 指定 Class 最大匹配数量\n\n" + _CODE
             + "### 观察函数的参数\n\n这里只看函数的参数。\n\n### 按照耗时过滤\n\n只输出耗时超过一秒的调用。\n\n"
             "### 观察当前对象\n\n用关键字访问当前对象的属性。\n\n### 排除掉指定的类\n\n所有命令都支持排除参数。\n\n"
             "### 使用 -v 参数\n\n打印更多的信息。\n")
_SHIFT_EN = ("# Tool\n\n## Usage\n\n### Start Demo\n\nStart the demo program first.\n\n"
             "### Specify the max number of matched Classes\n\n" + _CODE
             + "### Check parameters\n\nOnly the parameters of the method are checked here.\n\n"
             "### Filter by time cost\n\nOnly calls that take more than one second are printed.\n\n"
             "### Check the current object\n\nUse the keyword to read a field of the current object.\n\n"
             "### Exclude the specified class\n\nEvery command supports the exclude option.\n\n"
             "### Use the -v option\n\nPrint more information.\n")


def _heads(zh: str, en: str) -> list[tuple[str, str]]:
    m = build_from_texts(zh, en, "zh.md", "en.md", presplit=False)
    return [(p.zh[0].text.text if p.zh else "", p.en[0].text.text if p.en else "") for p in m.pairs]


def _partners(zh: str, en: str) -> dict[str, list[str]]:
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


def test_a_heading_keeping_a_word_of_a_later_heading_in_order_does_not_shift_the_sections_between() -> None:
    heads = _heads(_SHIFT_ZH, _SHIFT_EN)
    assert ("指定 Class 最大匹配数量", "Specify the max number of matched Classes") in heads
    assert ("排除掉指定的类", "Exclude the specified class") in heads
    partners = _partners(_SHIFT_ZH, _SHIFT_EN)
    assert partners["这里只看函数的参数。"] == ["Only the parameters of the method are checked here."]
    assert partners["所有命令都支持排除参数。"] == ["Every command supports the exclude option."]


_MISSING_ZH = ("# 工具\n\n## 启动 Demo\n\n先启动示例程序。\n\n## 常见问题\n\n如果程序无法连接，请检查网络设置。"
               "防火墙也可能拦截连接。\n\n## 排除 Class 的方法\n\n所有命令都支持排除参数，可以排除掉指定的类。\n\n"
               "## 结束\n\n退出时输入停止命令。\n")
_MISSING_EN = ("# Tool\n\n## Start Demo\n\nStart the demo program first.\n\n## Exclude a class\n\nEvery command "
               "supports the exclude option, which excludes the specified class.\n\n{extra}"
               "## Stop\n\nType the stop command to exit.\n")


def test_a_kept_word_anchor_its_body_confirms_still_pairs() -> None:
    # the Chinese has a section the English lacks before the heading that keeps "Class", the English one the Chinese
    # lacks after it: by order neither neighbour puts `## Exclude a class` in its place, but its body translates the
    # Chinese section's, so the anchor stands
    en = _MISSING_EN.format(extra="## Appendix\n\nThe appendix lists the release history. Each release names its "
                                  "date.\n\n")
    assert ("排除 Class 的方法", "Exclude a class") in _heads(_MISSING_ZH, en)
    partners = _partners(_MISSING_ZH, en)
    assert partners["所有命令都支持排除参数，可以排除掉指定的类。"] == [
        "Every command supports the exclude option, which excludes the specified class."]


def test_a_section_the_english_lacks_before_a_kept_word_heading_is_still_left_without_english() -> None:
    # the real defect of the shape: a section missing from the translation shifts the headings after it by one
    en = _MISSING_EN.format(extra="")
    partners = _partners(_MISSING_ZH, en)
    assert partners["排除 Class 的方法"] == ["Exclude a class"] and partners["结束"] == ["Stop"]
    assert partners["如果程序无法连接，请检查网络设置。"] == [] and partners["防火墙也可能拦截连接。"] == []


# the same outline numbered from different levels: the Chinese page's sections are `###` (its principles `####`),
# the English page's `##` (`###`); the Chinese page also keeps a section the English lacks (公众号)
_DEEPER_ZH = ("工具简介。\n\n### 目标\n\n我们希望让部署更加简单。\n\n"
              "#### 原则\n\n* 简单：不过度设计；\n* 高效：提高迭代效率；\n\n"
              "### 特性\n\n* 日志：统一的日志接口；\n* 配置：支持多个数据源；\n\n### 社区\n\n欢迎加入讨论组。\n\n"
              "### 公众号\n\n关注我们的公众号。\n")
_DEEPER_EN = ("About the tool.\n\n## Goals\n\nWe want deployment to be simpler.\n\n### Principles\n\n"
              "* Simple: no over-design;\n* Efficient: faster iterations;\n\n"
              "## Features\n\n* Logging: one logging interface;\n* Configuration: several data sources;\n\n"
              "## Community\n\nJoin the discussion group.\n")


def test_headings_one_level_apart_on_every_section_pair_the_same_sections() -> None:
    partners = _partners(_DEEPER_ZH, _DEEPER_EN)
    assert partners["日志：统一的日志接口；"] == ["Logging: one logging interface;"]
    assert partners["简单：不过度设计；"] == ["Simple: no over-design;"]
    assert partners["欢迎加入讨论组。"] == ["Join the discussion group."]


def test_a_feature_the_english_lacks_stays_unpaired_under_headings_one_level_apart() -> None:
    en = _DEEPER_EN.replace("* Configuration: several data sources;\n", "")
    partners = _partners(_DEEPER_ZH, en)
    assert not partners.get("配置：支持多个数据源；")
    assert partners["日志：统一的日志接口；"] == ["Logging: one logging interface;"]


def test_a_title_on_one_page_only_is_no_offset_of_the_outline() -> None:
    zh = "# 工具\n\n## 安装\n\n先安装命令行工具。\n\n## 使用\n\n运行一次检查。\n\n## 反馈\n\n欢迎提交问题。\n"
    en = ("## Install\n\nInstall the command-line tool first.\n\n## Usage\n\nRun one check.\n\n"
          "## Feedback\n\nIssues are welcome.\n")
    partners = _partners(zh, en)
    assert partners["运行一次检查。"] == ["Run one check."]
    assert partners["欢迎提交问题。"] == ["Issues are welcome."]
