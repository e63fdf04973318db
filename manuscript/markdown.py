"""Read Markdown (and MDX) as Markdown: only prose reaches the checks, every character keeps its offset.

The file is parsed with markdown-it-py (CommonMark, tables, front matter, footnotes). Raw HTML and MDX/JSX tags,
HTML comments, MDX expressions (`{...}`, MDX pages only: `markdown_flavor`), code, URLs, link destinations, footnote
markers (parsed or left as text), heading-anchor markers, Hugo container shortcodes and front matter are markup.
What is left (paragraphs, headings, list items, table cells, link text, image alt text, footnotes) is assembled into
a prose view, one line per source line and a blank line between Markdown blocks, whose characters map back to the
file; soft line breaks that only wrap a Chinese sentence (after a line-final colon, around a line holding only a
link) are joined there (`markdown_wraps`). The view goes through the same block classification as plain text
(labels, furniture, front-matter roles), and the blocks are mapped back to the original file.

A file with Markdown headings is structured Markdown: each Markdown block is its own block and list
markers are markup. A file without any (a manuscript pasted into a .md file) keeps the plain-text
reading of paragraphs: a paragraph may continue across page furniture, and ordered-list numbers stay
as text, so "1. 引言" is still a numbered section heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from zhen_qa.manuscript.document import Block, Part, Role
from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.markdown_flavor import is_mdx
from zhen_qa.manuscript.markdown_inline import InlineWalker, drop, list_tags
from zhen_qa.manuscript.markdown_markup import fenced_lines, markup_mask, masked_text
from zhen_qa.manuscript.markdown_wraps import join_wrapped
from zhen_qa.manuscript.script import HAN, HAN_RUN_RE
from zhen_qa.manuscript.source import MappedText, SourceText

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
_WIDE = f"{HAN}\u3000-\u303f\uff00-\uffef"
_SEGMENT_CHAR = "[^\\s/#?&<>()\\[\\]{}\"'\u3000-\u303f\uff00-\uffef]"
_HAN_SEGMENT = f"(?<=[/#=?&+_\\-{HAN}])[{HAN}](?={_SEGMENT_CHAR}*(?:[/#?&\\s)\\]}}>\"'*~`]|\\Z))"
"""A Han character of an address: in a path segment, query value or fragment of its own, which ends at `/`, `#`, `?`,
`&`, a space, an ASCII closing mark (`)`, `]`, a quote, emphasis or code markup) or the end of the text, never at a
full-width mark (`https://a.b/下载页面提供了安装包。` is prose glued after a trailing slash)."""
_URL_CHAR = f"(?:[^\\s<>()\\[\\]{{}}\"'{_WIDE}]|{_HAN_SEGMENT})"
_URL_END = f"(?:[^\\s<>()\\[\\]{{}}\"'?!.,:;*_~{_WIDE}]|{_HAN_SEGMENT})"
_URL = LazyPattern(f"(?:https?|ftp)://{_URL_CHAR}*{_URL_END}|www\\.[\\w-]+\\.{_URL_CHAR}*{_URL_END}", re.I)
"""A bare web address, without the punctuation that ends it (GFM autolinks leave a trailing `.`, `,`, `:`, `?`, `!`
out: "Learn more at https://nuxt.com. This guide …" keeps its sentence end), and without the Chinese glued after it
(`详见https://nuxt.com本指南适用于…`: the Chinese is prose the reader reads, link or not). A Han character belongs to
the address only where it starts or continues a path segment, query value or fragment of its own
(`/item/绝对路径/481185`, `#创建-rslib-项目`) that ends as a segment does (`_HAN_SEGMENT`), never straight after the
address's Latin letters, digits or dots; a full-width punctuation mark or ideographic space always ends it."""
_FOOTNOTE_MARK = LazyPattern(r"\[\^[^\]\s]{1,40}\]:?")
"""A Markdown footnote marker (`filesystem[^1]`, `[^note]:`) left as text: its definition lacks the colon (`[^1] due
to …`) or is missing, so the parser made no footnote of it. Footnote syntax, never a citation number: the parsed
footnotes' markers are markup already (`InlineWalker`), these are too."""
_BOM = LazyPattern("\ufeff")
"""A byte-order mark inside the file (a page whose body was saved with one and joined to its front matter): no prose
character. Kept, it opened the prose view when it stood before the page's first words, and the view read as a file
lost it (`SourceText.from_text` drops a leading BOM): every later block was one character off its Markdown part,
and the page was read without its structure (headings, paragraphs and code as plain lines, their line numbers off)."""
_ANCHOR = LazyPattern(r"\s*\[\[[^\]\n]*\]\]|\s*(?:%\{#[\w:.-]+\}%|\{#[\w:.-]+\})|\s*\{\s*#[\w:.-]+\s*\}")
"""A heading's id: `{#id}` (VitePress, Pandoc), `%{#id}%` (the Chinese Vue/Pinia docs' translated-heading form),
`[[id]]`. The percent signs go only as a pair: `50%{#rate}` keeps its percent."""
_IDENTIFIER = LazyPattern(r"\.?[\w\-]+(?:[./:@][\w\-]+)*(?:[./:@][\w\-]+|\.\([\w\-]+(?:\|[\w\-]+)+\))"
                          r"|\.[A-Za-z][\w\-]*|[a-z]+(?:_[a-z0-9]+)+|\S*_\S*")
"""A block that is one identifier (upstream.checks.type, log_format, foo_ca.crt) is a value, not prose; so is a file
name, a dot file or a name with its extensions to choose from (.umirc.ts, .env, global.(css|less|sass|scss))."""
_SLUG = LazyPattern(r"[a-z0-9]+(?:-[a-z0-9]+)+")
"""A file-name slug (openmmlab-2-arch), as image alt text often is."""
_NUMBERED_WORD = LazyPattern(r"\d{1,3}\.[A-Z][a-z]+")
"""A section number glued to a capitalised word (`### 1.Glossary`, a heading missing its space): a word, not an
identifier (no file, module or key starts with a number and a capital)."""
_NOISE = LazyPattern(r"\d\ufe0f?\u20e3|^\s*\[![A-Za-z]+\]\s*|^\s*[(（]\d{1,2}[)）]\s*|^\s*\d{1,2}\)\s+")
"""Keycap digits (2️⃣), a GitHub alert marker ([!TIP]) and an enumeration label ((1), 1)) opening a block."""
_ORDERED = LazyPattern(r"[ \t>]*(\d{1,9}[.)])[ \t]")


@lru_cache(maxsize=2)
def _parser(mdx: bool = False) -> "MarkdownIt":
    """markdown-it-py for CommonMark with tables, front matter and footnotes, built on first use.

    MDX (`mdx`) has no indented code blocks (MDX 2 turns them off): text indented four spaces or more, as prose
    inside `<Tabs>`/`<TabItem>`/`<Steps>` usually is, is a paragraph, and a fence, heading or list stays one at any
    indentation (markdown-it-py's block rules stop counting indentation once the `code` rule is off)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    md.disable("text_join")  # keep escapes and entities as their own tokens, so text tokens are source text
    if mdx:
        md.disable("code")
    return md


@dataclass
class _View:
    """The prose view under construction: characters, their file offsets and Markdown block numbers."""

    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    units: list[int] = field(default_factory=list)
    parts: dict[int, Part] = field(default_factory=dict)
    """Markdown block number -> where that block sits (table cell, list item, ...)."""
    quoted: set[int] = field(default_factory=set)
    """The Markdown block numbers inside a block quote."""

    def add(self, ch: str, offset: int, unit: int) -> None:
        self.chars.append(ch)
        self.offsets.append(offset)
        self.units.append(unit)

    def end_block(self) -> None:
        """Close the current block with a blank line (two newlines)."""
        last = self.offsets[-1] if self.offsets else 0
        for _ in range(2):
            self.add("\n", last, -1)


def _identifiers_only(prose: str) -> bool:
    """True for text of identifiers and slugs only (`log_format`, `openmmlab-2 0-arch`): a value, not prose."""
    if HAN_RUN_RE.search(prose):
        return False
    return all((_IDENTIFIER.fullmatch(t) or _SLUG.fullmatch(t)) and not _NUMBERED_WORD.fullmatch(t)
               for t in prose.split())


def _external_title(children: "list[Token]", prose: str) -> bool:
    """True for a block that is only an English link to a web page (`- [bug: etcd times out](https://…/7078)`).

    Its text is the title of the page it links to, quoted as that page has it (GitHub issue and pull-request
    titles, papers): left in English on purpose, so neither untranslated nor to be aligned.
    """
    kept = [c for c in children if not (c.type == "text" and not c.content.strip()) and c.type != "softbreak"]
    if len(kept) < 3 or kept[0].type != "link_open" or kept[-1].type != "link_close":
        return False
    if sum(c.type == "link_open" for c in kept) != 1:
        return False
    href = str(kept[0].attrs.get("href", ""))
    return bool(re.match(r"https?://", href)) and not HAN_RUN_RE.search(prose)


def _prose_view(source: SourceText, structured: bool, mdx: bool) -> _View:
    """The prose view of a Markdown file (see the module docstring)."""
    text = source.text
    mask = markup_mask(source, mdx)
    masked = masked_text(text, mask) if any(mask) else text
    tokens = _parser(mdx).parse(masked)
    breaks = list_tags(text, mask)
    starts = source.line_starts
    view = _View()
    heading = 0
    ordered: str | None = None
    unit = 0
    tables = rows = columns = -1
    width = first = 0  # columns of the current table (its header's); its first unit
    blank: set[tuple[int, int]] = set()  # (row, column) of the current table's blank cells
    key = ""
    items = 0  # depth of list items
    quotes = 0  # depth of block quotes
    code: list[str] = []  # the code blocks since the last unit
    for tok in tokens:
        if tok.type in ("fence", "code_block"):
            code.append(code_key(tok.content))
        if tok.type in ("blockquote_open", "blockquote_close"):
            quotes += 1 if tok.type == "blockquote_open" else -1
        if tok.type == "heading_open":
            heading = int(tok.tag[1:])
        elif tok.type == "heading_close":
            heading = 0
        elif tok.type == "table_open":
            tables, rows, first, blank = tables + 1, -1, unit + 1, set()
        elif tok.type == "table_close":
            _set_shape(view, range(first, unit + 1), (rows + 1, width), frozenset(blank))
            rows = columns = -1
        elif tok.type == "tr_open":
            rows, columns, key = rows + 1, -1, ""
        elif tok.type in ("td_open", "th_open"):
            columns += 1
            width = columns + 1 if rows == 0 else width
        elif tok.type == "list_item_open":
            items += 1
        elif tok.type == "list_item_close":
            items -= 1
        if tok.type == "inline" and columns >= 0 and not tok.content.strip():
            blank.add((rows, columns))
        if tok.type == "inline" and columns == 0:
            key = tok.content.strip()
        elif tok.type == "list_item_open" and tok.map and not structured and tok.markup in ".)":
            m = _ORDERED.match(text, starts[tok.map[0]])
            ordered = m.group(1) if m else None
        if tok.type != "inline" or not tok.map:
            continue
        a = starts[tok.map[0]]
        b = starts[tok.map[1]] if tok.map[1] < len(starts) else len(text)
        chars, offsets = _inline_prose(tok, masked, mask, a, b, breaks, structured, bool(heading))
        prose = "".join(chars).strip()
        if not prose or structured and (_identifiers_only(prose) or _external_title(tok.children or [], prose)):
            ordered = None
            before = view.parts.get(unit)
            if prose and columns < 0 and before is not None:  # an item or link line kept as it is: its links
                view.parts[unit] = replace(before, quoted=before.quoted + _anchors(tok.children or []))
            continue
        unit += 1
        if quotes:
            view.quoted.add(unit)
        code_before = CODE_JOIN.join(c for c in code if c)
        if code_before and unit - 1 in view.parts:
            view.parts[unit - 1] = replace(view.parts[unit - 1], code_after=code_before)
        code = []
        if columns >= 0:
            view.parts[unit] = Part("cell", tables, rows, columns, key, code=code_before)
        else:
            kind = "heading" if heading else "item" if items else "paragraph"
            view.parts[unit] = Part(kind, anchors=_anchors(tok.children or []) if kind == "item" else (), level=heading,
                                    links=_only_links(tok.children or []) if kind != "heading" else (),
                                    code=code_before)
        _add_block(view, unit, chars, offsets, heading, ordered,
                   text.find(ordered, a, b) if ordered and not heading else -1)
        if not heading:
            ordered = None  # written with this block; a heading leaves it to the block after
    if any(code) and unit in view.parts:  # code after the last block
        view.parts[unit] = replace(view.parts[unit], code_after=CODE_JOIN.join(c for c in code if c))
    return view


def _inline_prose(tok: "Token", masked: str, mask: bytearray, a: int, b: int, breaks: frozenset[int],
                  structured: bool, heading: bool) -> tuple[list[str], list[int]]:
    """The prose characters of an inline token spanning masked[a:b] and their file offsets: its text walked
    (`InlineWalker`), byte-order marks, web addresses and footnote marks dropped, wrapped lines joined, a heading's
    anchor dropped and, in a structured page, its noise."""
    walker = InlineWalker(masked, mask, a, b, breaks)
    walker.walk(tok.children or [])
    chars, offsets = drop(*drop(*drop(walker.chars, walker.offsets, _BOM), _URL), _FOOTNOTE_MARK)
    chars, offsets = join_wrapped(chars, offsets, masked, structured, walker.hard_breaks)
    if heading:
        chars, offsets = drop(chars, offsets, _ANCHOR)
    if structured:
        chars, offsets = drop(chars, offsets, _NOISE)
    return chars, offsets


def _add_block(view: _View, unit: int, chars: list[str], offsets: list[int], heading: int, ordered: str | None,
               found: int) -> None:
    """Write block `unit` to the view: a heading's `#` marks, or an ordered list item's number (`found`: where the
    item's line writes it, -1 if not), then its characters and a blank line."""
    if heading:
        for _ in range(heading):
            view.add("#", offsets[0], unit)
        view.add(" ", offsets[0], unit)
    elif ordered:
        pos = found if found >= 0 else offsets[0]
        for k, ch in enumerate(ordered + " "):
            view.add(ch, pos + min(k, len(ordered) - 1), unit)
    for ch, off in zip(chars, offsets):
        view.add(ch, off, unit if ch != "\n" else -1)
    view.end_block()


_GLUE = LazyPattern(r"[\s,;:.!?，、；：。！？·|/()（）-]*")
"""What may stand between the links of a block made of links only (separators, an author after a title)."""


def _only_links(children: "list[Token]") -> tuple[str, ...]:
    """The web addresses of a block whose text is all link text (`- [如何成为贡献者](https://…) [@a](https://…)`), in
    order; () when any text stands outside the links or a link is not to a web page."""
    out: list[str] = []
    depth = 0
    for tok in children:
        if tok.type == "link_open":
            href = str(tok.attrs.get("href", ""))
            if not re.match(r"https?://", href):
                return ()
            out.append(href)
            depth += 1
        elif tok.type == "link_close":
            depth -= 1
        elif not depth and tok.type not in ("softbreak", "hardbreak") and not (
                tok.type == "text" and _GLUE.fullmatch(tok.content)):
            return ()
    return tuple(out)


def _set_shape(view: _View, units: range, shape: tuple[int, int], blank: frozenset[tuple[int, int]]) -> None:
    """Give the cells among `units` (a table's) the table's (rows, columns) and blank cells."""
    for unit in units:
        part = view.parts.get(unit)
        if part is not None and part.kind == "cell":
            view.parts[unit] = replace(part, shape=shape, blank=blank)


_COMMENT = LazyPattern(r"(?:^|\s)(?://|#|--|<!--|/\*)(?:\s.*)?$|^\s*\*(?:\s.*)?$")
"""A comment to the end of a code line (`// 1. 引入你需要的组件`, `# 安装`, ` * @param`): a translation rewrites it."""


CODE_JOIN = "\n\n"
"""What joins the code blocks between the same two blocks in `Part.code`/`Part.code_after`: `code_key` keeps no
blank line, so it parts blocks, never the lines of one."""


def code_key(code: str) -> str:
    """A code block as its translation keeps it: its lines without comments, stripped, blank lines and lines with Han
    characters (a string shown to the reader, translated) left out."""
    lines = (_COMMENT.sub("", line).strip() for line in code.split("\n"))
    return "\n".join(line for line in lines if line and not HAN_RUN_RE.search(line))


def _anchors(children: "list[Token]") -> tuple[str, ...]:
    """Link targets and inline-code spans of an inline token's children, in order."""
    out: list[str] = []
    for tok in children:
        if tok.type == "link_open":
            out.append(str(tok.attrs.get("href", "")))
        elif tok.type == "code_inline":
            out.append("`" + tok.content.strip())
    return tuple(a for a in out if a.strip("`"))


def _split_units(block: Block, units: list[int]) -> list[Block]:
    """The block cut where its characters change Markdown block (structured files only)."""
    view_offsets = block.text.offsets
    pieces: list[tuple[int, int]] = []
    start = 0
    current = -1
    for k, off in enumerate(view_offsets):
        u = units[off]
        if u < 0 or u == current:
            continue
        if current >= 0:
            pieces.append((start, k))
        start, current = k, u
    pieces.append((start, len(view_offsets)))
    if len(pieces) == 1:
        return [block]
    out: list[Block] = []
    for a, b in pieces:
        part = block.text.slice(a, b)
        stripped = part.text.strip()
        if not stripped:
            continue
        lead = part.text.index(stripped)
        out.append(Block(block.role, block.lang, part.slice(lead, lead + len(stripped)), block.section, block.label))
    return out


def has_headings(source: SourceText) -> bool:
    """True when the file has ATX (`# Title`) or setext (`Title` over `===`) headings outside code."""
    fenced = fenced_lines(source)
    lines = source.text.split("\n")
    for n, line in enumerate(lines):
        if n in fenced:
            continue
        if re.match(r" {0,3}#{1,6}[ \t]+\S", line):
            return True
        if n and re.fullmatch(r" {0,3}(=+|-{2,})[ \t]*", line) and lines[n - 1].strip() and n - 1 not in fenced:
            if not re.match(r"\s*([-*+]|\d+[.)])\s|\s*$|\s*[|>]", lines[n - 1]) and not line.strip().startswith("-"):
                return True
            if line.strip().startswith("="):
                return True
    return False


_GUESSED = (Role.TITLE, Role.AUTHORS, Role.AFFILIATIONS, Role.HEADING)
"""The roles the plain-text reading of a Markdown file without headings guesses from a line's shape (a manuscript
pasted into a .md file: a short first line is its title, a short line without a stop a heading). A line inside a
block quote is never one: a `>` quote is quoted matter, not the page's title, names or a section heading of its own
(`> 引用。` / `> 1M 上下文` made two "sections" of a headingless quote, and a section note)."""


def prose_lines(source: SourceText) -> str:
    """The file's prose view as text: one line a source line of prose, a blank line between Markdown blocks, markup
    (tags, code, front matter) left out; what a line-shape test such as "one sentence a line" should read."""
    return "".join(_prose_view(source, has_headings(source), is_mdx(source)).chars)


def markdown_blocks(source: SourceText) -> list[Block]:
    """Blocks of a Markdown file: prose only, each mapped to its place in the file."""
    from zhen_qa.manuscript.script import detect_lang
    from zhen_qa.manuscript.structure import parse_blocks

    structured = has_headings(source)
    view = _prose_view(source, structured, is_mdx(source))
    pseudo = SourceText.from_text(source.path, "".join(view.chars))
    out: list[Block] = []
    for block in parse_blocks(pseudo):
        parts = _split_units(block, view.units) if structured else [block]
        for part in parts:
            mapped = MappedText(part.text.text, [view.offsets[o] for o in part.text.offsets], source)
            label = part.label
            if part.role is Role.HEADING:
                stripped = mapped.text.lstrip("# ")
                mapped = mapped.slice(len(mapped.text) - len(stripped), len(mapped.text))
                label = label.lstrip("# ") if label.startswith("#") else label
            if not structured and part.role in _GUESSED and part.text.offsets and (
                    view.units[part.text.offsets[0]] in view.quoted):
                part = replace(part, role=Role.PARAGRAPH)  # a quoted line is no heading of the page
            lang = detect_lang(mapped.text) if len(parts) > 1 else part.lang
            where = view.parts.get(view.units[part.text.offsets[0]]) if structured and part.text.offsets else None
            out.append(Block(part.role, lang, mapped, part.section.lstrip("# "), label, where))
    return out
