"""Code blocks both pages have as anchors of the unit alignment (`aligner.code_anchors`, `unit_pairs.pair_units`)."""
from __future__ import annotations

from pathlib import Path

from tests.pages import checked_pages
from zhen_qa.aligner.code_anchors import coded_apart, codes, places, shared
from zhen_qa.aligner.unit_pairs import code_cuts
from zhen_qa.manuscript.document import Bead
from zhen_qa.manuscript.markdown import markdown_blocks
from zhen_qa.manuscript.source import SourceText

CODE = ("```js\n// postcss.config.js\nmodule.exports = {\n  plugins: {\n    'postcss-pxtorem': {\n"
        "      rootValue: 37.5,\n    },\n  },\n};\n```\n")


def _findings(tmp_path: Path, zh: str, en: str) -> list[tuple[str, str, int]]:
    return [(f.rule, "zh" if f.location.path.endswith("zh.md") else "en", f.location.line)
            for f in checked_pages(tmp_path, zh, en)]


def test_the_code_of_a_block_is_kept_without_comments_and_chinese_strings() -> None:
    blocks = markdown_blocks(SourceText.from_text("zh.md", (
        "# 标题\n\n下面是示例：\n\n```js\n// 1. 引入组件\nimport { Button } from 'vant'; // 按钮\n"
        "console.log('你好');\n\napp.use(Button);\n```\n\n注册后即可使用。\n")))
    code = "import { Button } from 'vant';\napp.use(Button);"
    assert codes([[b] for b in blocks]) == [("", ""), ("", code), (code, "")]
    assert places(codes([[b] for b in blocks])) == [(1.5, code)]


def test_shared_code_is_code_found_once_on_each_side() -> None:
    zh = places([("", "a"), ("a", "b"), ("", "b"), ("c", "")])
    en = places([("c", ""), ("", "a"), ("", ""), ("", "")])
    assert zh == [(0.5, "a"), (1.5, "b"), (2.5, "b"), (2.5, "c")]
    assert shared(zh, en) == [(0.5, 1.5), (2.5, -0.5)]


def test_an_english_lead_in_to_code_whose_chinese_was_deleted_is_reported(tmp_path: Path) -> None:
    """The Chinese paragraph before the code block is deleted; after the code the Chinese page has a tip the English
    page lacks. The English lead-in is before the code, the tip after it: they do not pair, and the lead-in is not
    named in the tip's finding either (a code block both pages have lies between them)."""
    zh = ("# 适配\n\n## 示例配置\n\n" + CODE + "\n> 提示：在配置插件时，同样应避免忽略 node_modules 目录，"
          "否则组件的样式将无法被正确编译。\n\n## 其他尺寸\n\n"
          "如果设计稿的尺寸不是 375，而是 750 或其他大小，可以调整 rootValue 配置。\n")
    en = ("# Adaptation\n\n## Config Example\n\nHere is a basic PostCSS config example that you can adapt to the needs "
          "of your project.\n\n" + CODE + "\n## Other Sizes\n\nIf the size of the design draft is 750 or other sizes, "
          "you can adjust the rootValue.\n")
    found = _findings(tmp_path, zh, en)
    assert ("extra-target", "en", 5) in found
    assert ("untranslated", "zh", 16) in found



def test_code_blocks_in_a_row_are_each_their_own_anchor() -> None:
    """Two code blocks with nothing worded between them are one place, each block its own code (joined, they would
    match neither block of a page that keeps the paragraph between them)."""
    assert places([("", "a\nb"), ("a\nb", "c\n\nd"), ("c\n\nd", "")]) == [(0.5, "a\nb"), (1.5, "c"), (1.5, "d")]


INSTALL = "```shell\nBUILD_EXT=1 pip install .\n```\n"
PLAIN = "```shell\npip install .\n```\n"


def test_a_paragraph_deleted_between_two_code_blocks_is_reported(tmp_path: Path) -> None:
    """The Chinese paragraph between two code blocks is deleted: the Chinese page has the blocks in a row. Each is
    still the English page's copy, so the English paragraph between them pairs with nothing (it took the Chinese
    paragraph after the second block before)."""
    zh = ("# 安装\n\n从源码安装：\n\n" + INSTALL + "\n" + PLAIN + "\n如果您在使用 CUDA 10.2，您仍然可以从源码安装。\n")
    en = ("# Installation\n\nInstall from source:\n\n" + INSTALL + "\nIf you don't want to install and enable CUDA "
          "kernel fusion, just don't specify the `BUILD_EXT`:\n\n" + PLAIN + "\nFor users with CUDA 10.2, you can "
          "still build from source.\n")
    found = _findings(tmp_path, zh, en)
    assert ("extra-target", "en", 9) in found
    translated = zh.replace(PLAIN, "如果您不想启用 CUDA 内核融合，可以不添加 `BUILD_EXT`：\n\n" + PLAIN)
    assert not [f for f in _findings(tmp_path, translated, en) if f[0] in ("extra-target", "untranslated")]


JAVA_ZH = ("```java\npublic enum ExtensionFactory {\n  ;\n    public static <T> T getExtension(Class<T> type) {\n"
           "    }\n}\n```\n")
JAVA_EN = ("```java\npublic enum ExtensionFactory {\n    public static <T> T getExtension(Class<T> type) {\n"
           "        /* ... */\n    }\n}\n```\n")


def test_a_lead_in_before_edited_code_does_not_join_the_chinese_after_it(tmp_path: Path) -> None:
    """The two pages' code blocks differ (a line one has, a comment), so they anchor nothing; still each page has
    code there, and the English lead-in before it, whose Chinese was deleted, does not pair with the Chinese
    sentence after the Chinese code."""
    zh = "# ExtensionFactory\n\n" + JAVA_ZH + "\n所有需要获取扩展实现的地方都应该通过 ExtensionFactory 获取。\n"
    en = ("# ExtensionFactory\n\nExtensionFactory is a factory used to get the SPI extension instance which contains "
          "a static method `getExtension(Class<T> type)`.\n\n" + JAVA_EN + "\nIf you want to get the extension "
          "instance, you should use ExtensionFactory.\n")
    found = _findings(tmp_path, zh, en)
    assert ("extra-target", "en", 3) in found
    translated = zh.replace(JAVA_ZH, "ExtensionFactory 是获取 SPI 扩展实例的工厂，包含一个静态方法 "
                                     "`getExtension(Class<T> type)`。\n\n" + JAVA_ZH)
    assert not [f for f in _findings(tmp_path, translated, en) if f[0] in ("extra-target", "untranslated")]


LOTTIE_ZH = "```typescript\nconst lottie = entity.addComponent(LottieAnimation);\nlottie.resource = res;\n```\n"
LOTTIE_EN = ("```typescript\n// Add the component\nconst lottie = entity.addComponent(\n  LottieAnimation\n);\n"
             "lottie.resource = res;\n```\n")


def test_a_unit_bead_is_cut_at_code_one_side_has_between_its_units(tmp_path: Path) -> None:
    """The unit aligner paired one Chinese paragraph after its code with an English paragraph before the English
    code and the heading after it; the English lead-in is on the far side of the code: left alone, reported."""
    zh = ("# 动画\n\n" + LOTTIE_ZH + "\n另外，动画组件还提供了 2 个 API 来控制动画的播放和暂停，如下：\n\n"
          "| API | 说明 |\n| --- | --- |\n| play | 播放动画 |\n")
    en = ("# Animation\n\nTo dynamically create a Lottie component:\n\n" + LOTTIE_EN + "\n## API Methods\n\n"
          "| API | Description |\n| --- | --- |\n| play | Play the animation |\n")
    found = _findings(tmp_path, zh, en)
    assert ("extra-target", "en", 3) in found


BREAK = ("```python\ndef break_usage(x):\n    for idx, val in enumerate(x):\n        if val == 2.0:\n"
         "            return idx\n```\n")


def test_an_english_sentence_running_on_across_code_is_not_cut_from_its_chinese(tmp_path: Path) -> None:
    """"When you execute" + code + "the result is `1`": one English sentence around the code, which the Chinese
    says in one sentence after the code. It runs on (no closing mark, lower case after): the bead is not cut."""
    zh = ("# 控制流\n\n使用样例：\n\n" + BREAK + "\n当输入 x = [1.0, 2.0, 3.0] 时，"
          "执行 paddle.jit.to_static(break_usage) 输出的结果是 1。\n")
    en = ("# Control flow\n\nExamples:\n\n" + BREAK + "\nWhen you execute\n\n```python\n"
          "paddle.jit.to_static(break_usage)(paddle.to_tensor([1.0, 2.0, 3.0]))\n```\n\nthe result is `1`.\n")
    assert not [f for f in _findings(tmp_path, zh, en) if f[0] in ("extra-target", "untranslated")]


def test_code_blocks_in_a_row_whose_copies_a_heading_parts_anchor_nothing() -> None:
    """Two blocks in a row on the Chinese page (one place, 3.5); on the English page their copies stand at 0.5 and
    2.5 with a heading (unit 1) between them: the English moved a block, and neither anchors. Without the heading
    between them, each anchors its copy."""
    zh = places([("", ""), ("", ""), ("", ""), ("", "a\n\nb")])
    en = places([("", "a"), ("a", ""), ("", "b")])
    assert shared(zh, en, ([], [1])) == []
    assert shared(zh, en, ([], [])) == [(3.5, 0.5), (3.5, 2.5)]


BARREL = "```js\nexport * from './Button';\nexport const API_VERSION = '1.0';\n```\n"
SRC = "```js\nimport { API_VERSION } from './components';\nconsole.log(API_VERSION);\n```\n"
STAR = "```js\nexport * from './Button';\nexport * from './Card';\n```\n"
BUTTON = "```js\nimport { Button } from './components';\nconsole.log(Button);\n```\n"


def test_code_blocks_in_a_row_the_other_page_shows_under_two_headings_cut_nothing() -> None:
    """The English page drops the Chinese 不推荐 code block and the list after it and shows the barrel block there
    instead; the Chinese shows that block later, in a row with the `src/index.js` block, under the next heading.
    The run moved: its blocks cut nothing (anchored, the barrel block pulled the Chinese heading, lead-in and
    example sentence before the English barrel block, where the list the English lacks lost its finding: rspack
    lazy-barrel). The blocks both pages show alone at one place still cut."""
    zh = ("# 星号重导出\n\n星号重导出未完全优化，仍然是一个性能问题。\n\n" + STAR + "\n"
          "在以下情况下，lazy barrel 仍会构建星号重导出：\n\n1. barrel 文件不是无副作用的，或者\n"
          "2. 你导入的特定导出在 barrel 的具名导出中未找到\n\n## 仍可优化的情况\n\n"
          "Lazy barrel 将跳过构建星号重导出仅当导入的标识符在具名导出中找到。\n\n优化生效的场景示例：\n\n"
          + BARREL + "\n" + SRC + "\n在这种情况下，不构建任何模块。\n\n失效的示例：\n\n" + BUTTON
          + "\n在这种情况下，必须构建 `./Button.js`。\n")
    en = ("# Star re-exports\n\nStar re-exports are not fully optimized and remain a performance concern.\n\n"
          + BARREL + "\n## When it can still optimize\n\nLazy barrel will skip building star re-exports only when the "
          "imported specifier is found in the named exports.\n\nExample scenario where optimization works:\n\n" + SRC
          + "\nIn this case, no modules are built.\n\nExample where it fails:\n\n" + BUTTON
          + "\nIn this case, `./Button.js` must be built.\n")
    zu = [[b] for b in markdown_blocks(SourceText.from_text("p.zh.md", zh))]
    eu = [[b] for b in markdown_blocks(SourceText.from_text("p.en.md", en))]
    button = ([k for k, u in enumerate(zu) if "失效" in u[0].text.text][0] + 0.5,
              [k for k, u in enumerate(eu) if "fails" in u[0].text.text][0] + 0.5)
    assert code_cuts(zu, eu) == [button]


SPAN_CODE = '```java\npublic void myMethod(@SpanAttribute("p1") String p1) {\n}\n```\n'
SPAN_ZH = ("# 注解\n\n## 添加属性\n\n"
           "当为带有注解的方法创建 Span 时，方法调用的参数值可以自动作为属性添加到所创建的 Span 中。\n"
           "只需在方法参数上添加 `@SpanAttribute` 注解即可：\n\n" + SPAN_CODE + "\n")
SPAN_AFTER_ZH = "除非在注解中指定参数名，否则属性名将从形参名派生。\n"
SPAN_EN = ("# Annotations\n\n## Adding attributes\n\nWhen a span is created for an annotated method, the values of the "
           "arguments to the method invocation can be\nautomatically added as attributes to the created span. Simply "
           "annotate the method parameters with the\n`@SpanAttribute` annotation:\n\n" + SPAN_CODE + "\nUnless "
           "specified as an argument to the annotation, the attribute name will be derived from the formal parameter "
           "names.\n")


def test_a_paragraph_cut_into_units_counts_the_code_after_it_once() -> None:
    """The two lines of a Chinese paragraph, each ending its sentence, are two units of one Markdown block (one
    `Part`): the code after the block is the last unit's, the code before it the first unit's."""
    blocks = markdown_blocks(SourceText.from_text("zh.md", "# 注解\n\n" + SPAN_CODE + "\n" + SPAN_ZH.split(
        "## 添加属性\n\n")[1] + SPAN_AFTER_ZH))
    units = [[b] for b in blocks][1:]
    assert [b.text.text[:4] for b in blocks[1:]] == ["当为带有", "只需在方", "除非在注"]
    code = 'public void myMethod(@SpanAttribute("p1") String p1) {\n}'
    assert codes(units) == [(code, ""), ("", code), (code, "")]
    assert places(codes(units)) == [(-0.5, code), (1.5, code)]


def test_the_english_after_code_whose_chinese_was_deleted_is_reported_beside_a_paragraph_cut_into_units(
        tmp_path: Path) -> None:
    """The Chinese paragraph after the code block is deleted: the English after the code has no Chinese (before,
    the code anchored nothing, and the Chinese paragraph's second line took the English after the code)."""
    assert _findings(tmp_path, SPAN_ZH, SPAN_EN) == [("extra-target", "en", 14)]
    assert _findings(tmp_path, SPAN_ZH + SPAN_AFTER_ZH, SPAN_EN) == []


def test_a_lone_unit_is_coded_apart_only_with_code_right_after_it() -> None:
    """`coded_apart` (A2): an English lead-in with its own example right after it is past a code block from what
    follows it, so it joins no lead-in pair after that block; a lone heading or paragraph with no code after it
    still may (the unit aligner's glue)."""
    blocks = markdown_blocks(SourceText.from_text("en.md", (
        "# Records\n\nUse the items command to iterate over each pair:\n\n```nu\n{a: 1} | items {|k, v| $k }\n```\n\n"
        "### Floats\n\nAlternatively, transpose the record into a table:\n\n```nu\n{a: 1} | transpose k v\n```\n")))
    units = [[b] for b in blocks]
    assert [coded_apart(Bead((), (k,), 0.0), [], units) for k in range(len(units))] == [False, True, False, True]
    assert not coded_apart(Bead((0,), (1,), 1.0), units, units)  # a pair is no lone unit
