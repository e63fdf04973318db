"""A Chinese sentence cut by a JSX or HTML block: the term on the other side of the block (term-missing).

Documentation may set a component inside a sentence: 在你 clone 了 antd 的代码并且使用 / <InstallDependencies
npm='$ npm install' …> / 安装完依赖后，你还可以运行下面几个常用的命令：. Markdown reads the component as a block, so
the two halves are two paragraphs (as they must be: a paragraph ending without punctuation before a table or an
image is as often finished, 列的名称为 col / <table>, and nothing in the Chinese tells the two apart). The English
says the whole sentence before the block ("After you clone the antd code and use following commands to install
dependencies:"), and its term 依赖 is in the Chinese half after it. A term is taken as rendered across the block when

- the page pair writes code (documentation),
- a Chinese sentence of a paragraph ends unfinished (its last character a Han character, letter or digit, no
  punctuation; a heading never is) and the next Chinese sentence, of a paragraph, comes after one or more blocks of
  JSX/HTML only (`cut_by_block`),
- an English term of the bead of the first half is named by the second half, or a Chinese term of the second half
  by the English of the bead of the first where the first half's Chinese does not name the concept itself (点击后会
  弹出依赖面板 / <img …/> / 选择要升级的依赖。: the first half's "dependency" renders its own 依赖, one English term
  cannot stand for two Chinese ones, review55 R6).

A Chinese sentence ending in punctuation before the block, a block of prose or code between, or a second half that
does not name the term keeps the finding.
"""
from __future__ import annotations

from zhen_qa.manuscript.document import Role, Sentence
from zhen_qa.manuscript.lazy_re import LazyPattern

_UNFINISHED = LazyPattern(r"[\u4e00-\u9fffA-Za-z0-9]\s*$")
_MARKUP_GAP = LazyPattern(r"(?:[ \t]*\n){2,}(?:[ \t]*<[^\n]*(?:\n[ \t]*\S[^\n]*)*(?:[ \t]*\n){2,})+[ \t]*")
"""What lies between the two halves: blank lines, then blocks whose first character is a tag's "<", each followed
by blank lines."""


def cut_by_block(before: Sentence, after: Sentence) -> bool:
    """Whether `after` continues the unfinished Chinese sentence `before` past JSX/HTML blocks (module docstring)."""
    if before.text.source is not after.text.source or not len(before.text.offsets) or not len(after.text.offsets):
        return False
    if before.role is not Role.PARAGRAPH or after.role is not Role.PARAGRAPH:
        return False  # a heading ends without punctuation: # 带参数的动态路由匹配 over <VueSchoolLink …/> is finished
    if not _UNFINISHED.search(before.text.text):
        return False
    end, start = before.text.offsets[-1] + 1, after.text.offsets[0]
    return end < start and bool(_MARKUP_GAP.fullmatch(before.text.source.text[end:start]))
