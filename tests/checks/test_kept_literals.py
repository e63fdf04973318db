"""kept_literals: English runs a Chinese sentence keeps as literals (a glossed UI label, a message the English quotes,
a list of CSS keywords), and real English left untranslated in the same shapes, still reported."""
from __future__ import annotations

from tests.checks.aligned import build
from zhen_qa.checks.context import CheckContext
from zhen_qa.checks.kept_literals import glossed_after, keyword_list, markup_sample, quoted_beside
from zhen_qa.checks.untranslated import run

EN = "The console groups similar messages by default."


def spans(zh: str, en: str = EN) -> list[str]:
    return [f.message for f in run(CheckContext(build([([zh], [en])]))) if f.rule == "untranslated-span"]


def test_a_ui_label_glossed_in_brackets_is_kept_on_purpose() -> None:
    zh = "DevTool 默认开启 **Group similar messages in console（对相似日志进行分组）**，相似日志会被聚合。"
    assert spans(zh) == []
    assert glossed_after("Keep all logs on reload（保留全部日志） 即可", 23, "Keep all logs on reload", 5)


def test_an_untranslated_clause_followed_by_a_remark_in_brackets_is_still_reported() -> None:
    zh = "控制台会 group similar messages in the console by default（见图 1），便于阅读。"
    assert len(spans(zh)) == 1
    assert not glossed_after("similar messages in the console（见图）", 31, "similar messages in the console",
                             5)


def test_an_untranslated_clause_followed_by_a_long_note_is_still_reported() -> None:
    """review61 R20: a bracket as long as the run is no rendering of it: a cross-reference (详见第三章的说明图, 9 Han
    for 8 words) or a remark saying none of the run's words leaves the untranslated clause reported."""
    zh = "配置完成后，Restart the device to apply the new settings（详见第三章的说明图）。然后打开应用。"
    en = ("After configuring, restart the device to apply the new settings (see the figure in chapter 3). "
          "Then open the app.")
    assert len(spans(zh, en)) == 1
    remark = ("配置完成后，Restart the device to apply the new settings（这一步在旧版本中经常被用户忽略掉）。"
              "然后打开应用。")
    assert len(spans(remark, en)) == 1


def test_a_message_the_english_quotes_is_kept_on_purpose() -> None:
    zh = "点击按钮后提示：Startup tracing is not enabled, cannot pull trace data"
    en = 'After clicking the button it shows: "Startup tracing is not enabled, cannot pull trace data"'
    assert spans(zh, en) == []
    assert quoted_beside("is not enabled", ["it shows `Startup tracing is not enabled`"])


def test_a_clause_the_english_writes_as_plain_prose_is_still_reported() -> None:
    zh = "点击按钮后 startup tracing is not enabled, cannot pull trace data"
    en = "After clicking the button, startup tracing is not enabled, cannot pull trace data"
    assert len(spans(zh, en)) == 1
    assert not quoted_beside("tracing is not enabled", [en])


def test_css_keywords_written_alike_on_both_pages_are_kept_on_purpose() -> None:
    zh = "从里到外依次是 content-box/ padding-box / border-box / margin-box。"  # the reader drops the bold marks
    en = "From the inside out they are content-box, padding-box, border-box and margin-box."
    assert spans(zh, en) == []


def test_a_list_of_plain_words_or_keywords_the_english_lacks_is_still_reported() -> None:
    assert not keyword_list("content-box / padding-box / border-box", ["From the inside out."])
    assert not keyword_list("the inner box / the padding / the border", ["the inner box, the padding, the border"])
    zh = "从里到外依次是 the inner box, the padding box and the border box。"
    en = "From the inside out they are the inner box, the padding box and the border box."
    assert len(spans(zh, en)) == 1


SAMPLE_EN = "Italics (<em>): <p>We offer more than thirty kinds of rolls, from the <em>house roll</em> to sushi.</p>"


def test_a_markup_sample_the_english_writes_the_same_is_kept() -> None:
    zh = "斜体（<em>）：<p>We offer more than thirty kinds of rolls, from the <em>house roll</em> to sushi.</p>"
    assert spans(zh, SAMPLE_EN) == []
    assert markup_sample("见 <p>we keep it</p>", 5, 15, ["Look at <p>we keep it</p>"])


def test_english_left_outside_an_element_or_unlike_the_english_sample_is_still_reported() -> None:
    changed = "斜体（<em>）：<p>We offer more than thirty sorts of rolls, from the <em>house roll</em> to sushi.</p>"
    assert len(spans(changed, SAMPLE_EN)) == 1  # the sample's words are not the English's: a translation to read
    bare = "斜体（<em>）：We offer more than thirty kinds of rolls, from the house roll to sushi."
    assert len(spans(bare, SAMPLE_EN)) == 1  # no element: English prose left in the Chinese
    assert not markup_sample("见 <p>we keep it</p> 和 we keep it", 22, 32, ["<p>we keep it</p>"])
