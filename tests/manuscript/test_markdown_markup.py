"""Markup that the Markdown parser leaves in the text: tags, comments, verbatim elements, MDX, math, fences."""
from __future__ import annotations

import time

from zhen_qa.manuscript.markdown_markup import (
    MAX_TAG_SCAN,
    fenced_lines,
    markup_mask,
    mask_indented_html_tables,
    masked_text,
)
from zhen_qa.manuscript.source import SourceText


def _marked(text: str, mdx: bool = False) -> str:
    mask = markup_mask(SourceText.from_text("a.md", text), mdx)
    return "".join(c for c, m in zip(text, mask) if m)


def test_tags_comments_and_verbatim_elements_are_markup() -> None:
    text = '正文<span class="x">词</span><!-- 注释 -->尾<code>a < b</code>。'
    assert _marked(text) == '<span class="x"></span><!-- 注释 --><code>a < b</code>'


def test_expressions_are_markup_in_mdx_only() -> None:
    text = "值为 {props.value} 。"
    assert _marked(text, mdx=True) == "{props.value}"
    assert _marked(text) == ""


def test_an_unclosed_angle_bracket_is_text() -> None:
    assert _marked("a < b and c > d\n\nnext") == ""
    assert _marked("<div" + " x" * MAX_TAG_SCAN + ">") == ""


def test_fenced_code_is_left_to_the_parser() -> None:
    text = "text\n```\n<b>code</b>\n```\n<b>x</b>"
    assert fenced_lines(SourceText.from_text("a.md", text)) == {1, 2, 3}
    assert _marked(text) == "<b></b>"


def test_masked_text_keeps_offsets_and_blanks_markup_only_lines() -> None:
    text = "<div>\n词<b>语</b>\n</div>"
    mask = markup_mask(SourceText.from_text("a.md", text), False)
    out = masked_text(text, mask)
    assert len(out) == len(text)
    assert out.split("\n") == ["     ", "词\u200b\u200b\u200b语\u200b\u200b\u200b\u200b", "      "]


def test_a_vitepress_snippet_import_line_is_markup() -> None:
    # `<<< @/snippets/x.js#region{1,2} [title]` puts a file's code in the page: it was read as an English sentence
    line = "<<< @/snippets/snippet-with-region.js#snippet{1,2 ts:line-numbers} [snippet with region]"
    text = "代码如下：\n\n" + line + "\n\n  <<< ./a.ts\n"
    assert _marked(text) == line + "  <<< ./a.ts"
    assert _marked("若 a <<< b 则。\n<<<\n") == ""  # inside a line, or with nothing after it: text


def test_hugo_shortcodes_are_markup_and_the_prose_between_them_is_not() -> None:
    """`{{< tabpane >}}`, `{{% tab header="…" %}}` and a shortcode whose parameters run over lines are the site's
    markup, both pages share them (otel-heldout fresh59 S1); the text between an opening and a closing shortcode is
    prose the reader sees."""
    text = ('{{< tabpane text=true >}} {{% tab header="Gradle (`build.gradle`)" lang=Gradle %}}\n\n'
            '{{% config_option name="a.b"\ndefault="GET,POST"\n%}} Note that the list is fixed. '
            '{{% /config_option %}}\n\n{{% /tab %}} {{< /tabpane >}}')
    assert _marked(text) == ('{{< tabpane text=true >}}{{% tab header="Gradle (`build.gradle`)" lang=Gradle %}}'
                             '{{% config_option name="a.b"default="GET,POST"%}}{{% /config_option %}}'
                             '{{% /tab %}}{{< /tabpane >}}')


def test_an_unclosed_shortcode_or_a_shortcode_in_code_is_left_alone() -> None:
    assert _marked("{{< tabpane\n\nThe text goes on.") == ""
    assert _marked("Replace `{{% param vers %}}` with the version.") == ""


def test_a_shortcode_the_file_never_closes_stays_text() -> None:
    """`{{% spec_status "API" … %}}` renders content in its place (no `{{% /spec_status %}}`): not markup."""
    assert _marked('- {{% spec_status "API" "otel/trace/api" %}}\n\n{{% tab x %}} a {{% /tab %}}') == \
        "{{% tab x %}}{{% /tab %}}"


def test_hugo_toml_front_matter_is_markup_and_the_page_after_it_is_not() -> None:
    """Hugo's `+++` front matter (title, weight, chapter) is the page's settings, as YAML's `---` block is: both
    language pages share most of it, so it is no text to check (elasticjob-heldout fresh66c C-FM)."""
    text = '+++\ntitle = "部署指南"\nweight = 3\n+++\n\n## 部署步骤\n'
    assert _marked(text) == '+++title = "部署指南"weight = 3+++'


def test_yaml_front_matter_under_blank_lines_is_markup() -> None:
    """A page that opens with a blank line and then its `---` settings (Hugo skips the blank lines and reads them as
    front matter) is not a thematic break over a setext heading of `title:` and `aliases:`: the block is markup."""
    text = '\n---\ntitle: "负载均衡"\naliases: "/sofa-rpc/docs/Load-Balance"\n---\n\n## 使用方式\n'
    assert _marked(text) == '---title: "负载均衡"aliases: "/sofa-rpc/docs/Load-Balance"---'
    nested = '\n\n---\ntitle: 指南\ntags:\n  - rpc\n- 其他\n#注释\n\n---\n正文。\n'
    assert _marked(nested) == "---title: 指南tags:  - rpc- 其他#注释---"


def test_a_thematic_break_over_prose_under_blank_lines_stays_text() -> None:
    """Only a block of YAML lines is front matter: prose between two `---` lines at the top (a thematic break and a
    setext heading of a sentence) is read, so an untranslated sentence there is still reported; and a `---` block
    after text is never front matter."""
    assert _marked('\n---\n这一页介绍负载均衡的配置。\n---\n\n正文。\n') == ""
    assert _marked('\n---\ntitle: "负载均衡"\n这一页介绍配置。\n---\n') == ""
    assert _marked('正文。\n\n---\ntitle: "负载均衡"\n---\n') == ""


def test_a_heading_and_a_list_between_thematic_breaks_under_blank_lines_stay_text() -> None:
    """Front matter is a YAML mapping: its first line is `key: value` (or `key:`), and a list is only a key's value.
    A heading (`# 快速开始`, a comment to YAML but a heading on the page) and a list between two thematic breaks at
    the top of the page are page text, so an untranslated item there is still read (review68 R1)."""
    assert _marked('\n---\n\n# 快速开始\n\n- 安装依赖。\n- 修改配置。\n\n---\n\n正文。\n') == ""
    assert _marked('\n---\n- 安装依赖。\n- 修改配置。\n---\n') == ""
    assert _marked('\n---\ntitle: 快速开始\n# 快速开始\n---\n') == ""
    assert _marked('\n---\ntitle: 快速开始\n\n- 安装依赖。\n---\n') == ""


def test_plus_lines_that_are_not_a_leading_closed_block_stay_text() -> None:
    """Only a `+++` block that opens the file and closes is front matter: an unclosed one, or `+++` later in the page,
    is text (a real untranslated line there is still read)."""
    assert _marked('+++\ntitle = "部署指南"\n\n## 部署步骤\n') == ""
    assert _marked('## 部署步骤\n\n+++\nweight = 3\n+++\n') == ""


def test_an_apostrophe_in_an_mdx_comment_is_no_string_quote() -> None:
    text = "{/* TODO: link the guide when it's made */}\n\nThe plugin is available in Rust.\n"
    assert _marked(text, mdx=True) == "{/* TODO: link the guide when it's made */}"


def test_a_quoted_string_in_an_mdx_expression_is_still_skipped_as_a_string() -> None:
    text = "{props.label ?? 'a } b'} and the text after it's read.\n"
    assert _marked(text, mdx=True) == "{props.label ?? 'a } b'}"


def test_unclosed_output_tables_are_scanned_once() -> None:
    # second60 S2: each opening without a closing tag after it scanned to the end of the text (8,000: 35 s)
    text = "    x\n" + '<table class="dataframe">\n    a\n' * 8000
    mask = bytearray(len(text))
    started = time.process_time()
    mask_indented_html_tables(text, mask)
    assert time.process_time() - started < 3.0 and not any(mask)
    closed = text + "</table>\n"
    mask = bytearray(len(closed))
    mask_indented_html_tables(closed, mask)
    assert sum(mask) == len("    a") * 8000  # the closed table's indented lines, not the line before it


def test_the_fallback_text_inside_a_video_or_audio_element_is_markup() -> None:
    """`<video …>` / `Classifier Result video` / `</video>`: the text inside is what a browser without video support
    shows instead, never on the page, so it is no prose (an identical English line in both pages was reported as
    English left in the Chinese). Prose after the element, English left in the Chinese page, stays prose."""
    text = ('<video controls src="/static/a.mp4" type="video/mp4">\nClassifier Result video\n</video>\n\n'
            "Left in English here.\n\n<audio src=\"a.wav\">Your browser has no audio</audio>后文。\n")
    marked = _marked(text)
    assert "Classifier Result video" in marked and "Your browser has no audio" in marked
    assert "Left in English here." not in marked and "后文" not in marked


def test_a_media_tag_named_in_prose_masks_nothing_after_it() -> None:
    """review61 R25: `<video>` named in a sentence opens no element (not first on its line, no `src`/`controls`), so
    the prose up to a later real `</video>` stays prose; an element closes before the next blank line; a JSX
    `<Audio>` component (capitalised) shows its children."""
    text = ("页面中可以用 <video> 标签播放视频。\n\n播放前需要先把视频文件复制到设备。\n\n帧率最高 30 帧。\n\n"
            '<video controls src="/static/demo.mp4">\nDemo video\n</video>\n\n'
            "<video>\nunclosed here\n\nLater prose.\n</video>\n\n"
            '<Audio id="antd-audio">如何发音？</Audio>\n')
    marked = _marked(text)
    assert "播放前需要" not in marked and "30 帧" not in marked and "标签播放视频" not in marked
    assert "Demo video" in marked
    assert "Later prose." not in marked and "如何发音" not in marked
