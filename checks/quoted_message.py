"""A program's message quoted after the word that introduces it: 编译报错: type not registered yet?, 运行应用时提示:
Runtime error: mmf vi init failed. The reader searches for the message as the program prints it, so the Chinese
keeps it in English, as it would inside quotation marks; it is no English left untranslated."""
from __future__ import annotations

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE

__all__ = ["quoted_message"]

_INTRODUCED = LazyPattern(r"(?:报错|提示|错误|出错|日志)(?:信息|内容|消息)?[ \t]*[:：]?[ \t]*\Z")
"""A word that introduces a message a program printed (报错 "reports the error", 提示 "prompts", 错误, 出错, 日志
"log"), a colon or blanks after it, right before the place. Not 输出 or 显示: "输出：" labels a description, which
is prose."""


def quoted_message(text: str, start: int, end: int) -> bool:
    """Whether the English run `text[start:end]` is a program's message the sentence quotes: it stands right after a
    word that introduces printed output (`_INTRODUCED`) and runs to the end of the sentence. English the Chinese
    sentence goes on after (编译报错 when the build fails, 请 check the log) or that no such word introduces
    (## Supported Platforms) is prose left in English."""
    # what follows the English words to the sentence's end has no Chinese: the rest of a path
    # (`/maixapp/tmp/last_run.log`), closing quotes, final punctuation
    return _INTRODUCED.search(text, max(0, start - 12), start) is not None and HAN_RUN_RE.search(text, end) is None
