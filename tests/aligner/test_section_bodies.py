"""Agreement of a Chinese and an English section body through the lexicon."""
from __future__ import annotations

from zhen_qa.aligner.section_bodies import body_agreement
from zhen_qa.manuscript.document import Block, Role
from zhen_qa.manuscript.source import MappedText, SourceText


def _blocks(text: str, lang: str) -> list[Block]:
    source = SourceText.from_text(f"{lang}.md", text)
    return [Block(Role.PARAGRAPH, lang, MappedText.span(source, 0, len(text)))]


def test_the_body_a_chinese_section_translates_agrees_more_than_a_neighbour() -> None:
    zh = _blocks("在构建配置文件中引入插件，然后在插件数组中调用它。开发服务器启动后，组件会被按需自动导入。", "zh")
    usage = _blocks("Import the plugin in your build config file and call it in the plugins array. Once the dev "
                    "server starts, components are imported automatically on demand.", "en")
    options = _blocks("The plugin accepts an options object. Set the resolvers option to choose which component "
                      "libraries are resolved, and the dts option to generate type declarations.", "en")
    assert body_agreement(zh, usage) > body_agreement(zh, options) > 0
    assert body_agreement(zh, []) == 0.0
