"""Soft line breaks inside one Markdown paragraph that do not end a Chinese sentence.

Documentation sites wrap their Chinese source at a fixed column (80 in Hugo sites such as opentelemetry.io), so a
sentence often runs over two or three source lines; the rendered page shows one paragraph. The plain-text block
reading ends a paragraph where a line ends in a clause-final mark or the language changes, which is right for a
manuscript laid out line by line, but inside a Markdown paragraph two such breaks are only the wrap:

- a line that ends in a full-width colon (`…为解决同样的问题而创建的：` / `缺乏一种标准的方法…`) or semicolon
  (`…其值为 `cats-service`；` / `而发往…`) in a file structured by Markdown headings, before a line with Chinese in
  it: the rendered sentence goes on after the mark (；/; join clauses of one sentence in both languages, `segment`).
  What a colon announces as a block of its own (a list, a code block, a table, a heading) is a Markdown block of its
  own, so it never reaches here; a hard break (`<br>`: two trailing spaces or a backslash) still ends the line, and
  so does a line without Chinese (English left after the colon stays a line of its own, to be reported), a line that
  opens an item typed without list syntax (`（1）…；`, `7. …` after a paragraph, which Markdown reads as the
  paragraph's lines), a line that opens with a label (`**规则**：…`) and a line that is only a label (`> **注意：**`,
  `注意：`): the English reader keeps those lines apart as well. A ； ends a line wider than any wrap
  (`WRAP_COLUMNS`): a paragraph typed on one line.
- a line that holds only a Markdown link (`[Contrib repository](https://…)`, maybe with `，` after it) between the
  lines of a Chinese sentence (`例如，如果要安装由` / link / `维护的插桩库，…`): its English link text is a name in the
  sentence, not an English paragraph. A line before it that ends its sentence (。！？) keeps its end.

`join_wrapped` turns such breaks of the prose view into one line (a space, or nothing between two Chinese
characters, as the block reading joins wrapped Chinese lines).
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.script import HAN_RUN_RE, is_wide

_LINK_LINE = LazyPattern(r"[ \t]*!?\[[^\[\]\n]+\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"\n]*\")?\)"
                         r"[ \t]*[，、,;；)）]?[ \t]*")
"""A source line that is one Markdown link (or image) and at most a clause mark or a closing bracket after it."""
_ITEM_OR_LABEL = LazyPattern(r"[ \t>]*(?:[（(]?[0-9０-９]{1,2}[)）.、．]|[（(][一二三四五六七八九十a-zA-Z][)）]"
                              r"|[①-⑳•·]|[-*+][ \t]|(?:\*\*|__)[^*_\n]{1,16}(?:\*\*|__)?[ \t]*[：:])")
"""A line opening an item typed without list syntax or a bold label: `（1）检查…`, `7. 生产者…`, `① …`,
`**规则**：…`. The markers are those of the pages bcfb0c54 kept apart (rocketmq 04access zh 64, iotdb Backup-Tool
zh 116) and the usual Chinese enumerations (①-⑳, (一)-(十), •·); a line opening with another marker (㈠, Ⅰ.) is
joined to a line before it that ends in ：/；, so its English must say it (`checks.joined_unsaid` asks)."""
_LABEL_ONLY = LazyPattern(r"[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^\s*_：:]{1,12}(?:\*\*|__)?[ \t]*[：:]"
                          r"(?:\*\*|__)?[ \t]*")
"""A line that is only a label and its colon: `> **注意：**`, `注意：`, `**规则**：` (paddle jit/debugging zh 209,
review59 R5's 注意：). Twelve characters: the labels of the otel/paddle/iotdb pages are 2-6; a longer line before its
colon is a clause of the sentence (以下两种采样方式由 Collector 提供：), which the wrap goes on."""
WRAP_COLUMNS = 100
"""Widest source line (display columns, a Chinese character two) a wrap at a fixed column leaves (80 on most sites,
with a word or a link that would not fit); a longer line is a paragraph typed on one line, and its break the
author's: after a ；there (`…冗余存储了VertexId；` / a new point), a sentence the author ended with the wrong mark."""
_SENTENCE_END = "。！？.!?"
"""Marks after which a line's sentence has ended: the next line starts another."""
_COLON = "：:；;"
"""A colon or a semicolon at a Chinese line's end, which the wrap put there."""
_SEMICOLON = "；;"


def _columns(line: str) -> int:
    """Display width of a source line: two columns for a Chinese character or full-width mark, one for the rest."""
    return sum(2 if is_wide(ch) else 1 for ch in line.rstrip())


def _source_line(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the source line holding `offset` (end at its newline)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _joins(text: str, before: str, after: str, newline: int, structured: bool) -> bool:
    """Whether the soft break at `newline` (between the view lines `before` and `after`) is only the wrap (a hard
    break never is: `join_wrapped` keeps those)."""
    core = before.rstrip()
    if not core or core[-1] in _SENTENCE_END or not after.strip():
        return False
    colon = core[-1] in _COLON
    if colon and not structured:
        return False
    a, b = _source_line(text, newline - 1 if newline else 0)
    c, d = _source_line(text, newline + 1)
    if colon:
        if not (HAN_RUN_RE.search(core) and HAN_RUN_RE.search(after)) or (
                core[-1] in _SEMICOLON and _columns(text[a:b]) > WRAP_COLUMNS):
            return False  # an English line after the colon is no Chinese sentence going on: left in English?
        return not (_ITEM_OR_LABEL.match(text, c, d) or _LABEL_ONLY.fullmatch(text, a, b))
    if "](" in text[c:d] and _LINK_LINE.fullmatch(text, c, d):
        return HAN_RUN_RE.search(before) is not None
    return "](" in text[a:b] and _LINK_LINE.fullmatch(text, a, b) is not None and HAN_RUN_RE.search(after) is not None


def join_wrapped(chars: list[str], offsets: list[int], text: str, structured: bool,
                 hard_breaks: Collection[int] = frozenset()) -> tuple[list[str], list[int]]:
    """The prose of one inline token with its wrap-only soft breaks joined (see the module docstring). `text` is the
    file's (masked) source the offsets point into; `hard_breaks` the offsets of its newlines that end a hard break
    (`InlineWalker.hard_breaks`, as markdown-it parsed them): those lines stay apart."""
    if "\n" not in chars:
        return chars, offsets
    view = "".join(chars)
    out_c: list[str] = []
    out_o: list[int] = []
    line_start = 0
    for k, ch in enumerate(chars):
        if ch != "\n":
            out_c.append(ch)
            out_o.append(offsets[k])
            continue
        nxt = view.find("\n", k + 1)
        before, after = view[line_start:k], view[k + 1:len(view) if nxt < 0 else nxt]
        line_start = k + 1
        if offsets[k] in hard_breaks or not _joins(text, before, after, offsets[k], structured):
            out_c.append(ch)
            out_o.append(offsets[k])
            continue
        prev = before.rstrip()[-1:]
        first = after.lstrip()[:1]
        if not (prev and first and is_wide(prev) and is_wide(first)):
            out_c.append(" ")
            out_o.append(offsets[k])
    return out_c, out_o


def mark_joins(text: str, offsets: Sequence[int], source: str) -> list[int]:
    """Indexes k of a sentence's `text` (its characters at `offsets` in the file's `source`) after which this module
    joined a break: the source between characters k and k+1 holds a newline, and character k is a line-final
    colon or semicolon, or the line before or after the break is a link line. The reading joins them (a wrapped
    paragraph is read as it renders); a check may still ask whether the English says what follows
    (`checks.joined_unsaid`)."""
    out: list[int] = []
    for k in range(len(text) - 1):
        a, b = offsets[k], offsets[k + 1]
        newline = source.find("\n", a, b)
        if newline < 0:
            continue
        if text[k] in _COLON:
            out.append(k)
            continue
        c, d = _source_line(source, newline + 1)
        e, f = _source_line(source, newline - 1 if newline else 0)
        if (("](" in source[c:d] and _LINK_LINE.fullmatch(source, c, d))
                or ("](" in source[e:f] and _LINK_LINE.fullmatch(source, e, f))):
            out.append(k)
    return out
