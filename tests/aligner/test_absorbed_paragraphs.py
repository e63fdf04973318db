"""An English paragraph absorbed whole into the bead of a Chinese sentence that renders another English paragraph
(`aligner.absorbed_paragraphs`): split off, so that a paragraph whose Chinese was deleted is reported."""
from __future__ import annotations

from tests.aligner.beads import unpaired_at
from zhen_qa.aligner.absorbed_paragraphs import renders_nothing
from zhen_qa.aligner.build import build_from_texts
from zhen_qa.aligner.lexicon import load_lexicon

P = "\ufffc"  # a code span, as the sentence text masks it

EXAMPLE_ZH = "这个示例里通过`lazy`参数将`Reader`对象设置为了流式模式, 因此调用`read()`方法时不会一次载入整个文件"
LIMITS_ZH = ("由于内部的缓存大小的限制, 如果一次读取的数据量大于缓冲区的大小时, 还是会阻塞在`read`方法中, "
             "因此可以通过`remaining()`方法来获取缓冲区剩余空间的大小, 需要注意该方法返回的单位为`块`, "
             "通过`block_size()`方法可以将`块`转换为`字节`")
EXAMPLE_EN = ("In this example, the `Reader` object is set to streaming mode via the `lazy` parameter. Therefore, "
              "calling the `read()` method does not load the whole file at once.")
LIMITS_EN = ("Due to internal buffer size limitations, if the amount of data read at once exceeds the buffer size, "
             "`read` may still block. Note that this method returns the size in **blocks**, which can be converted "
             "to **bytes** using `block_size()`:")


def _page(head: str, intro: str, paragraphs: list[str]) -> str:
    code = "```python\nreader = Reader(path, lazy=True)\ndata = reader.read()\n```"
    tail = "```python\nleft = reader.remaining()\n```"
    return "\n\n".join([head, intro, code, *paragraphs, tail]) + "\n"


def _zh(paragraphs: list[str]) -> str:
    return _page("# 流式读取", "读取大文件时可以使用流式接口：", paragraphs)


def _en(paragraphs: list[str]) -> str:
    return _page("# Streaming reads", "Large files can be read with the streaming interface:", paragraphs)


def _masked(text: str) -> str:
    return "".join(P if k % 2 else part for k, part in enumerate(text.split("`"))).replace("**", "")


def test_an_english_paragraph_whose_chinese_was_deleted_is_reported_beside_a_long_chinese_sentence() -> None:
    """The Chinese of the example paragraph deleted: the next Chinese paragraph, one long comma sentence, is long
    enough for both English paragraphs and shares `read()`, 方法 and 阻塞 with the first, so the search put both into
    its bead (1-4) and nothing was unpaired. The first English paragraph says nothing of the Chinese the second does
    not, and every clause of the Chinese says more of the second: it is split off and reported."""
    en = _en([EXAMPLE_EN, LIMITS_EN])
    m = build_from_texts(_zh([LIMITS_ZH]), en, "zh.md", "en.md", presplit=False)
    assert [line for line, _col, _text in unpaired_at(m, "en")] == [10, 10]
    assert unpaired_at(m, "zh") == []
    # the faithful page: both paragraphs paired with their own Chinese
    m = build_from_texts(_zh([EXAMPLE_ZH, LIMITS_ZH]), en, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [] and unpaired_at(m, "zh") == []


def test_a_chinese_paragraph_that_renders_both_english_paragraphs_keeps_them_in_its_bead() -> None:
    """A translator who merges the two English paragraphs into one Chinese paragraph renders the first in a clause
    of its own (流式模式, 载入整个文件): that clause says more of the first paragraph, nothing is split off."""
    merged = EXAMPLE_ZH + ", " + LIMITS_ZH
    assert not renders_nothing(_masked(EXAMPLE_EN), _masked(LIMITS_EN), _masked(merged), load_lexicon())
    m = build_from_texts(_zh([merged]), _en([EXAMPLE_EN, LIMITS_EN]), "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [] and unpaired_at(m, "zh") == []


def test_the_chinese_must_lean_to_the_kept_english_clause_by_clause() -> None:
    lexicon = load_lexicon()
    zh, kept, absorbed = _masked(LIMITS_ZH), _masked(LIMITS_EN), _masked(EXAMPLE_EN)
    assert renders_nothing(absorbed, kept, zh, lexicon)
    # a clause the kept English says nothing of (载入整个文件, the absorbed paragraph's words): it may render it
    assert not renders_nothing(absorbed, kept, zh + ", 因此不会一次载入整个文件", lexicon)
    # a Chinese of one clause that says as much of both (方法, 阻塞): a tie is no evidence
    assert not renders_nothing("Calling the method does not block the thread.", "The method may still block.",
                               "会阻塞在方法中", lexicon)
    # a clause that says a word of only the absorbed paragraph (因为 "because"): the absorbed paragraph may render it
    assert not renders_nothing("This will fail, because the device does not have access to the computer's disk.",
                               "A common mistake: someone saves an image file on the computer and then tries to read "
                               "that file in the device code.",
                               "所以常见的问题是有人在电脑上保存了文件，然后在设备上读取这个文件，这样当然是找不到文件的，"
                               "因为设备上没有这个文件", lexicon)
    # too little to tell: an alt text, a discourse phrase, a note of a few words, English written in Chinese
    for short in ("Image", "For example:", "Auto translate by google.", "图片 buffer size limit example"):
        assert not renders_nothing(short, kept, zh, lexicon)
    # a name of the Chinese only the absorbed paragraph writes: it renders that part of the Chinese
    assert not renders_nothing(absorbed + " See ReaderOptions for the defaults.", kept, zh + ", 参见 ReaderOptions",
                               lexicon)


def test_lines_of_one_markdown_paragraph_are_no_paragraph_absorbed_whole() -> None:
    """The reader makes a block of each line of some paragraphs; two lines with no blank line between them are one
    Markdown paragraph, which one Chinese sentence may render whole (its lexicon blind to the first line): nothing is
    split at the line, whatever the clause test says."""
    en = _en([EXAMPLE_EN + "\n" + LIMITS_EN])
    m = build_from_texts(_zh([LIMITS_ZH]), en, "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [] and unpaired_at(m, "zh") == []


def test_a_name_of_the_chinese_the_absorbed_paragraph_writes_in_another_form_is_its_rendering() -> None:
    """tsfile in the Chinese, "tsfiles" in the English sentence outside the run (iotdb Data-Recovery): a name only
    that sentence writes, compared by stems."""
    assert not renders_nothing("The repair task will scan all tsfiles and repair some bad files.",
                               "Start a repair task to scan all files created before current time.",
                               "启动一个数据修复任务，扫描创建修复任务的时间之前产生的 tsfile 文件"
                               "并修复有乱序错误的文件。",
                               load_lexicon())


RETRY_ZH = ("# 重试\n\n客户端会自动重试失败的请求，最多重试三次，每次失败后两次重试之间的间隔会增加，"
            "超过次数后客户端把最后一次错误返回给调用方。\n")
RETRY_MERGED = "The client automatically retries each failed request for you."
RETRY_EN = ("The client retries a failed request at most three times, the interval between two retries grows after "
            "each failure, and after the last retry the client returns the last error to the caller.")


def test_a_word_of_the_chinese_the_absorbed_paragraph_writes_in_another_form_keeps_the_bead() -> None:
    """自动 glosses "automatic" (stem automatic); "automatically" stems to automaticalli (review62 R9): the first
    English paragraph renders 客户端会自动重试失败的请求 of the merged Chinese paragraph, a word only it writes,
    compared by a shared beginning, so it stays in the bead."""
    lexicon = load_lexicon()
    zh = RETRY_ZH.split("\n\n")[1].strip()
    assert not renders_nothing(RETRY_MERGED, RETRY_EN, zh, lexicon)
    m = build_from_texts(RETRY_ZH, f"# Retry\n\n{RETRY_MERGED}\n\n{RETRY_EN}\n", "zh.md", "en.md", presplit=False)
    assert unpaired_at(m, "en") == [] and unpaired_at(m, "zh") == []


def test_an_adverb_of_a_word_the_chinese_does_not_say_keeps_no_bead() -> None:
    """The same comparison where the Chinese lacks the word: with 会自动重试失败的请求 left out of the Chinese, the
    paragraph "The client automatically retries…" says no word of the Chinese that the other paragraph does not, and
    is reported; the deleted example paragraph with "automatically" added matches no word of the long Chinese
    sentence (no 自动 there) and is still split off."""
    lexicon = load_lexicon()
    dropped = "客户端最多重试三次，每次失败后两次重试之间的间隔会增加，超过次数后客户端把最后一次错误返回给调用方。"
    assert renders_nothing(RETRY_MERGED, RETRY_EN, dropped, lexicon)
    m = build_from_texts(f"# 重试\n\n{dropped}\n", f"# Retry\n\n{RETRY_MERGED}\n\n{RETRY_EN}\n", "zh.md", "en.md",
                         presplit=False)
    assert [text for _line, _col, text in unpaired_at(m, "en")] == [RETRY_MERGED]
    example = _masked(EXAMPLE_EN.replace("is set to", "is automatically set to"))
    assert renders_nothing(example, _masked(LIMITS_EN), _masked(LIMITS_ZH), lexicon)
