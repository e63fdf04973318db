"""A program's message quoted after the word that introduces it: 编译报错: type not registered yet?, 运行应用时提示:
Runtime error: mmf vi init failed. The reader searches for the message as the program prints it, so the Chinese
keeps it in English, as it would inside quotation marks; it is no English left untranslated.

A printed message is a shape, not only a position (review61 R24): 提示/错误 also label a callout or prose
(提示：Make sure the cable is connected…, 常见错误：…), so the English must read as a message (`_MESSAGE_FORM`) and
address no reader (`_ADDRESSED`), unless the aligned English quotes it (`kept_literals.quoted_beside`, over the
aligned English joined, so a quotation the sentence splitter cut in two counts); and a callout label at the
sentence's start (`_CALLOUT`) introduces no message.

A message also stands on a line of its own that both pages give alike (`copied_message`): the heading of an entry
about an error (`### service discovery error` over `` `ErrServiceDiscovery`, 服务发现错误 ``, an FAQ's `### context
canceled by business` over **原因**：…, an FAQ's `### telnet: connect to address 127.0.0.1: Connection refused` in the
`source: detail` form programs print, a heading the exception printed under it repeats), a block-quote line after the
sentence that introduces it (通常会有这样的报错： / > not enough arguments in call to iprot.ReadStructBegin), or a line
that opens with an exception class (`com.sun.tools.attach.AttachNotSupportedException: Unable to open socket file`)."""
from __future__ import annotations

import re

from zhen_qa.checks.kept_literals import quoted_beside
from zhen_qa.checks.sentence_parts import Parts
from zhen_qa.manuscript.document import Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN, HAN_RUN_RE

__all__ = ["copied_message", "quoted_message"]

_INTRODUCED = LazyPattern(r"(?:报错|提示|错误|出错|日志)(?:信息|内容|消息)?[ \t]*[:：]?[ \t]*\Z")
"""A word that introduces a message a program printed (报错 "reports the error", 提示 "prompts", 错误, 出错, 日志
"log"), a colon or blanks after it, right before the place. Not 输出 or 显示: "输出：" labels a description, which
is prose."""

_CALLOUT = LazyPattern(r"[\s#>*_]*(?:提示|注意|说明|错误|日志)[ \t]*[:：][ \t]*")
"""A callout label opening the sentence (提示：…, 注意：…): a Tip or Note, whose English is prose left in English."""
_MESSAGE_FORM = LazyPattern(r"[a-z]|[^\n]*?(?:\b[A-Za-z][\w ]{0,30}:\s|\b\w+(?:Error|Exception)\b|/\w+/)")
"""What a printed message looks like: lower-case from its first letter (`type not registered yet?`, `cvimodel built
for …`), a `word: detail` head (`Runtime error: …`, `app exit with code: 1`), an error or exception class, a path."""
_ADDRESSED = LazyPattern(r"\b(?:you|your|please)\b", re.I)
"""Second person or a request: a sentence addressed to the reader, an instruction, not the program's output."""


def quoted_message(text: str, start: int, end: int, english: str = "") -> bool:
    """Whether the English run `text[start:end]` is a program's message the sentence quotes: it stands right after a
    word that introduces printed output (`_INTRODUCED`) and runs to the end of the sentence. English the Chinese
    sentence goes on after (编译报错 when the build fails, 请 check the log) or that no such word introduces
    (## Supported Platforms) is prose left in English."""
    # what follows the English words to the sentence's end has no Chinese: the rest of a path
    # (`/maixapp/tmp/last_run.log`), closing quotes, final punctuation
    intro = _INTRODUCED.search(text, max(0, start - 12), start)
    if intro is None or HAN_RUN_RE.search(text, end) is not None:
        return False
    if _CALLOUT.fullmatch(text, 0, start):
        return False
    run = text[start:end]
    if quoted_beside(run, [english]):
        return True  # the English page shows it as a message ("Startup tracing is in progress, …"): the Chinese
        # keeping it bare quotes it too
    return _MESSAGE_FORM.match(run) is not None and _ADDRESSED.search(run) is None


_LINE_MESSAGE = LazyPattern(rf"[^A-Za-z{HAN}]*[a-z][^{HAN}]*?(?<![.!?。！？])\s*")
"""A line that reads as a printed message: lower-case from its first letter (`service discovery error`, `codec msg
type not match with thriftCodec`), no Han, no final stop. A heading or quoted line of English prose is written in
sentence or title case (### Configure the client), or ends as a sentence."""
_ERROR_NAMED = LazyPattern(r"[\s*_]*`(?:Err[A-Z]\w*|\w+(?:Error|Exception))`")
"""An error's identifier in a code span opening the section under the heading (`ErrServiceDiscovery`, …): the
heading is that error's message."""
_OUTPUT_WORD = LazyPattern(r"报错|提示|错误|出错|日志")
"""The words of `_INTRODUCED` (a program's output), anywhere in the clause that introduces a quoted line."""
_ASKED = LazyPattern(r"[^A-Za-z]*(?:how|why|what|when|where|which|who)\b", re.I)
"""A heading that opens with a question word is a question a page answers (### how to set the rpc timeout), never
an error's message."""
_ARTICLE = LazyPattern(r"\b(?:the|a|an)\b", re.I)
"""An article: prose (### why the connection is reset by the server); error strings (rpc timeout, service discovery
error) are written without one."""
_INTRO_DEIXIS = LazyPattern(r"报错|如下|这样|以下|下面")
"""报错 (the verb), or a word pointing at what follows (如下, 这样): with an output word (`_OUTPUT_WORD`) the clause
introduces the output itself. 常见的错误 ("common mistakes"), 小提示 ("tip"), 更新日志 ("changelog") name no output."""
_SOURCE_DETAIL = LazyPattern(r"([a-z][\w .-]{0,40}?):\s+(?=\S)")
"""A heading in the `source: detail` form programs print (`telnet: connect to address 127.0.0.1: Connection refused`):
lower-case words, a colon, the detail. The head is group 1 (an article in it marks prose: `the fix: …`). The form
alone is no evidence: a lower-case instruction heading has it too (`step 1: check that the process is running`)."""
_PRINTED_DETAIL = LazyPattern(
    r"[^\n]*?(?:\S:\s"  # a second `field: ` (`connect to address …: Connection refused`, `type mismatch: 11 …`)
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"  # an IPv4 address
    r"|\b[\w.-]+:\d+\b"  # host:port
    r"|\b[a-z][\w+.-]*://"  # a URL
    r"|(?<![\w/])\.{0,2}/[\w.-]+/)")  # a path (`/tmp/agent/`, `./logs/`)
"""What marks the detail of a `source: detail` heading as a program's output rather than an instruction: a further
`field: ` of the message, an address or a path. A bare number is not enough (`step 2: install java 8`)."""
_PROGRAM_HEAD = LazyPattern(r"[a-z][\w+-]*")
"""The head of a message a program prints with its name (`telnet`, `ssh`, `frugal`): one token. A prose label is
two words or a number (`step 1`, `part 2`)."""
_CODE_SPAN_WORD = LazyPattern(r"(?<!`)`(?:\$[ \t]+)?([A-Za-z][\w+-]*)")
"""The first word of a code span (`telnet 127.0.0.1 3658`, `frugal.Pretouch`, `$ ssh host`): a command or a call."""
_FENCED = LazyPattern(r"^[ \t]*(```|~~~)[^\n]*\n(.*?)^[ \t]*\1", re.M | re.S)
_COMMAND_LINE = LazyPattern(r"^[ \t]*(?:\$[ \t]+)?([A-Za-z][\w+-]*)", re.M)
"""The first word of a line in a fenced code block, after a shell prompt: the command the line runs."""
_EXCEPTION_LINE = LazyPattern(r"[A-Za-z_$][\w$]*(?:\.[\w$]+)*(?:Error|Exception):\s")
"""A line that opens with an error or exception class and a colon (`com.sun.tools.attach.AttachNotSupportedException:
Unable to open socket file: …`): what a JVM or a log prints, never a sentence of prose."""
_CLAUSE_END = LazyPattern(r"[。！？；]")
_BLOCK_QUOTE = LazyPattern(r"[ \t]*>")
_CLOSING_MARKUP = LazyPattern(r"[\s*_]+\Z")


def _quote_line(s: Sentence) -> bool:
    """Whether the sentence starts on a Markdown block-quote line (`> …`)."""
    source, at = s.text.source.text, s.text.offsets[0]
    return _BLOCK_QUOTE.match(source, source.rfind("\n", 0, at) + 1) is not None


def _introduced(before: str) -> bool:
    """Whether the block before ends with a colon and its last clause names printed output (`_OUTPUT_WORD`) and
    points at it (`_INTRO_DEIXIS`): 通常会有这样的报错：, **只能报错**：, Client 端报错信息如下：,
    日志信息如下（…）：."""
    if not _ends_with_colon(before):
        return False
    clause = _CLAUSE_END.split(_CLOSING_MARKUP.sub("", before)[:-1])[-1]
    return _OUTPUT_WORD.search(clause) is not None and _INTRO_DEIXIS.search(clause) is not None


def _cited_on_page(s: Sentence, text: str) -> bool:
    """Whether the page writes `text` elsewhere inside a code span or quotation marks (参考上文 `context deadline
    earlier than timeout` 排查方法): the page itself treats the words as a literal."""
    source = s.text.source.text
    return any(f"{a}{text}{b}" in source for a, b in (("`", "`"), ('"', '"'), ("“", "”")))


def copied_message(sentences: list[Sentence], parts: Parts) -> bool:
    """Whether a line the Chinese page gives as the English page does is a program's message, kept verbatim on both
    pages: it reads as a message (`_LINE_MESSAGE`, `_ADDRESSED`) and stands where a message stands: a block-quote
    line after a sentence that introduces printed output (`_introduced`), or a heading whose section opens with the
    error's identifier (`_ERROR_NAMED`) and reads as no question or prose (`_ASKED`, `_ARTICLE`), that the page
    cites as a literal elsewhere (`_cited_on_page`), that reads `source: detail` with evidence of printed output
    (`_printed`: in its detail or a code block of its section) or that the exception under it prints
    (`_printed_below`); or a line that opens with an exception class (`_EXCEPTION_LINE`) whose detail carries
    printed output's marks (`_PRINTED_DETAIL`) or that a colon introduces (`_ends_with_colon`). English prose left in
    the Chinese page (### configure the client over Chinese text, ### step 1: check that the process is running, a
    quoted paragraph of instructions) has none of these and stays reported."""
    if not sentences:
        return False
    text = " ".join(s.text.text for s in sentences).strip()
    if not _LINE_MESSAGE.fullmatch(text) or _ADDRESSED.search(text):
        return False
    first = sentences[0]
    kind = parts.kind(first)
    if kind == "heading":
        after = parts.beside(first, 1)
        named = _ERROR_NAMED.match(after) is not None and not _ASKED.match(text) and not _ARTICLE.search(text)
        code = parts.code_beside(first, 0) + parts.code_beside(first, 1)
        page = first.text.source.text
        return named or _cited_on_page(first, text) or _printed(text, code, page) or _printed_below(text, after)
    if kind == "paragraph" and (m := _EXCEPTION_LINE.match(text)) is not None:
        return _PRINTED_DETAIL.match(text, m.end()) is not None or _ends_with_colon(parts.beside(first, -1))
    return kind == "paragraph" and _quote_line(first) and _introduced(parts.beside(first, -1))


def _ends_with_colon(before: str) -> bool:
    """Whether the block before ends with a colon (控制台会打印：, the console prints:): it introduces what follows."""
    return _CLOSING_MARKUP.sub("", before).endswith((":", "："))


def _printed(text: str, code: str, page: str) -> bool:
    """Whether a heading reads as a message in the `source: detail` form (`_SOURCE_DETAIL`) whose head is no question
    and has no article, with evidence that a program printed it: a code block of its section (`code`: after the
    heading or after the block under it) prints the heading's text, or its head is a program's name (one token,
    `_PROGRAM_HEAD`, that the page runs or calls in code, `_commands`: `telnet 127.0.0.1 3658`) and its detail
    carries what printed output carries (`_PRINTED_DETAIL`: a second field, an address, a path). An FAQ entry titled
    by the error it is about. A prose heading is written in sentence or title case, or has no such head (### the fix:
    restart the agent), or a plain detail nothing prints (### step 1: check that the target process is running), or
    a label for its head, which no code on the page runs, whatever its detail holds (### step 2: connect to
    127.0.0.1 and run …, ### note: the logs are written to ~/logs/…; review64 R3)."""
    m = _SOURCE_DETAIL.match(text)
    if m is None or _ASKED.match(text) or _ARTICLE.search(m.group(1)):
        return False
    if text in code:
        return True
    head = m.group(1)
    return (_PROGRAM_HEAD.fullmatch(head) is not None and head in _commands(page)
            and _PRINTED_DETAIL.match(text, m.end()) is not None)


def _commands(page: str) -> set[str]:
    """The words the page runs or calls in code: the first word of each code span and of each line of its fenced
    code blocks (`telnet 127.0.0.1 3658`, `frugal.EncodeObject(..)`, `$ ssh host`). A prose label (note, tip) is
    no such word."""
    words = {m.group(1) for m in _CODE_SPAN_WORD.finditer(page)}
    for block in _FENCED.finditer(page):
        words.update(m.group(1) for m in _COMMAND_LINE.finditer(block.group(2)))
    return words


def _printed_below(text: str, after: str) -> bool:
    """Whether the block under a heading prints an error or exception whose message holds the heading's words
    (### target process not responding over `…AttachNotSupportedException: Unable to open socket file: target process
    not responding`): the heading quotes that message."""
    m = _EXCEPTION_LINE.search(after)
    return m is not None and text in after[m.end():]
