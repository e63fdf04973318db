"""A program's message quoted after the word that introduces it: 编译报错: type not registered yet?, 运行应用时提示:
Runtime error: mmf vi init failed. The reader searches for the message as the program prints it, so the Chinese
keeps it in English, as it would inside quotation marks; it is no English left untranslated.

A printed message is a shape, not only a position (review61 R24): 提示/错误 also label a callout or prose
(提示：Make sure the cable is connected…, 常见错误：…), so the English must read as a message (`_MESSAGE_FORM`) and
address no reader (`_ADDRESSED`), unless the aligned English quotes it (`_quoted_beside`); and a callout label at the
sentence's start (`_CALLOUT`) introduces no message."""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

__all__ = ["quoted_message"]

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


_QUOTED = LazyPattern(r'"([^"\n]+)"|“([^”\n]+)”|`([^`\n]+)`')
"""A stretch the English puts in quotation marks or a code span."""


def _quoted_beside(run: str, english: str) -> bool:
    """Whether the aligned English quotes the run as it reads (`"Startup tracing is in progress, please try again
    later"`): the English page shows it as a message, so the Chinese keeping it bare quotes it too."""
    bare = run.strip(" \t.。!?")
    return bool(bare) and any(bare in "".join(g for g in m.groups() if g) for m in _QUOTED.finditer(english))


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
    if _quoted_beside(run, english):
        return True
    return _MESSAGE_FORM.match(run) is not None and _ADDRESSED.search(run) is None
