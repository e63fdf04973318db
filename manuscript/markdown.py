"""Read Markdown (and MDX) as Markdown: only prose reaches the checks, every character keeps its offset.

The file is parsed with markdown-it-py (CommonMark, tables, front matter, footnotes). Raw HTML and
MDX/JSX tags, HTML comments, MDX expressions (`{...}`, `.mdx` only), code, URLs, link destinations,
footnote and heading-anchor markers and front matter are markup. What is left (paragraphs, headings,
list items, table cells, link text, image alt text, footnotes) is assembled into a prose view, one line
per source line and a blank line between Markdown blocks, whose characters map back to the file. The
view goes through the same block classification as plain text (labels, furniture, front-matter roles),
and the blocks are mapped back to the original file.

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
from zhen_qa.manuscript.source import CODE_PLACEHOLDER, MappedText, SourceText

if TYPE_CHECKING:  # pragma: no cover
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
MAX_TAG_SCAN = 4_000
"""Longest span (characters) an HTML/JSX tag or MDX expression may have; longer is not markup."""
VERBATIM_TAGS = frozenset({"script", "style", "pre", "code", "svg", "math", "textarea", "kbd", "samp"})
"""HTML elements whose content is not prose either."""

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_TAG_START = re.compile(r"<(/?)([A-Za-z][\w.:-]*)")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>()\[\]{}\"'，。；）]+|www\.[\w-]+\.[^\s<>()\[\]{}\"'，。；）]+", re.I)
_ANCHOR = re.compile(r"\s*\[\[[^\]\n]*\]\]|\s*\{#[\w:.-]+\}|\s*\{\s*#[\w:.-]+\s*\}")
_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_ESM = re.compile(
    r"(?:import\s[^\n]*?\bfrom\s*['\"][^\n]*|import\s*['\"][^\n]*|export\s+(?:const|let|default|function)\b[^\n]*)$"
)
"""An MDX/Docusaurus ESM line (import ... from '...', export const ...)."""
_MATH = re.compile(r"\$\$.+?\$\$(?:\s*\\\))?", re.S)
_IDENTIFIER = re.compile(r"[\w\-]+(?:[./:@][\w\-]+)+|[a-z]+(?:_[a-z0-9]+)+|\S*_\S*")
"""A block that is one identifier (upstream.checks.type, log_format, foo_ca.crt) is a value, not prose."""
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
"""A file-name slug (openmmlab-2-arch), as image alt text often is."""
_NOISE = re.compile(r"\d\ufe0f?\u20e3|^\s*\[![A-Za-z]+\]\s*|^\s*[(（]\d{1,2}[)）]\s*|^\s*\d{1,2}\)\s+")
"""Keycap digits (2️⃣), a GitHub alert marker ([!TIP]) and an enumeration label ((1), 1)) opening a block."""
_ORDERED = re.compile(r"[ \t>]*(\d{1,9}[.)])[ \t]")


@lru_cache(maxsize=1)
def _parser() -> "MarkdownIt":
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    md.disable("text_join")  # keep escapes and entities as their own tokens, so text tokens are source text
    return md


def _skip_quoted(text: str, i: int, end: int) -> int:
    """Index after the string literal starting at text[i] (a quote), or `end`."""
    j = text.find(text[i], i + 1, end)
    return end if j < 0 else j + 1


def _tag_end(text: str, i: int, limit: int) -> int:
    """End of the HTML/JSX tag starting at text[i] ("<"), -1 when it does not close as a tag."""
    depth = 0
    j = i + 1
    while j < limit:
        ch = text[j]
        if ch in "\"'" and depth == 0 or ch == "`" and depth:
            j = _skip_quoted(text, j, limit)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return j + 1
        elif ch == "<" and depth <= 0:
            return -1
        elif ch == "\n" and depth <= 0 and text.startswith("\n", j + 1):
            return -1  # a blank line ends any tag
        j += 1
    return -1


def _brace_end(text: str, i: int, limit: int) -> int:
    """End of the MDX expression starting at text[i] ("{"), -1 when it does not close."""
    depth = 0
    j = i
    while j < limit:
        ch = text[j]
        if ch in "\"'`" and depth:
            j = _skip_quoted(text, j, limit)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def _fenced_lines(source: SourceText) -> set[int]:
    """0-based numbers of lines inside fenced code (fences included)."""
    inside: set[int] = set()
    fence = ""
    for n, (a, b) in enumerate(source.line_spans()):
        m = _FENCE.match(source.text, a, b)
        if fence:
            inside.add(n)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not source.text[a:b].strip(
                " `~"
            ):
                fence = ""
        elif m and not (m.group(1)[0] == "`" and "`" in source.text[m.end():b]):
            fence = m.group(1)
            inside.add(n)
    return inside


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def markup_mask(source: SourceText, mdx: bool) -> bytearray:
    """1 for every character of an HTML/JSX tag, comment, verbatim element or (MDX) expression."""
    text = source.text
    n = len(text)
    mask = bytearray(n)
    fenced = _fenced_lines(source)
    starts = source.line_starts
    line = 0
    i = 0
    while i < n:
        while line + 1 < len(starts) and starts[line + 1] <= i:
            line += 1
        if line in fenced:
            i = starts[line + 1] if line + 1 < len(starts) else n
            continue
        ch = text[i]
        end = -1
        if i == starts[line] and ch in "ie" and (m := _ESM.match(text, i, _line_end(text, i))):
            end = m.end()
        elif ch == "\\" and text.startswith("\\($$", i) and (m := _MATH.match(text, i + 2, min(n, i + MAX_TAG_SCAN))):
            end = m.end()
        elif ch == "$" and text.startswith("$$", i) and (m := _MATH.match(text, i, min(n, i + MAX_TAG_SCAN))):
            end = m.end()
        elif ch == "`":
            run = 1
            while i + run < n and text[i + run] == "`":
                run += 1
            close = text.find("`" * run, i + run, min(n, i + MAX_TAG_SCAN))
            i = close + run if close >= 0 else i + run
            continue
        if ch == "<":
            if text.startswith("<!--", i):
                close = text.find("-->", i + 4)
                end = close + 3 if close >= 0 else n
            else:
                m = _TAG_START.match(text, i)
                if m:
                    end = _tag_end(text, i, min(n, i + MAX_TAG_SCAN))
                    name = m.group(2).lower()
                    if end > 0 and not m.group(1) and name in VERBATIM_TAGS and text[end - 2] != "/":
                        window = text[end:end + 50 * MAX_TAG_SCAN].lower()
                        close = window.find(f"</{name}")
                        if close >= 0:
                            end = _tag_end(text, end + close, min(n, end + close + MAX_TAG_SCAN))
                elif re.match(r"<(?:https?|ftp|mailto):[^\s<>]*>|<[\w.+-]+@[\w.-]+>", text[i:i + 2000]):
                    end = text.index(">", i) + 1
        elif ch == "{" and mdx:
            end = _brace_end(text, i, min(n, i + MAX_TAG_SCAN))
        if end > i:
            for j in range(i, end):
                if text[j] != "\n":
                    mask[j] = 1
            i = end
            continue
        i += 1
    return mask


@dataclass
class _View:
    """The prose view under construction: characters, their file offsets and Markdown block numbers."""

    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    units: list[int] = field(default_factory=list)
    parts: dict[int, Part] = field(default_factory=dict)
    """Markdown block number -> where that block sits (table cell, list item, ...)."""

    def add(self, ch: str, offset: int, unit: int) -> None:
        self.chars.append(ch)
        self.offsets.append(offset)
        self.units.append(unit)

    def end_block(self) -> None:
        """Close the current block with a blank line (two newlines)."""
        last = self.offsets[-1] if self.offsets else 0
        for _ in range(2):
            self.add("\n", last, -1)


class _Inline:
    """Walks the children of one inline token, finding each in the source from a cursor."""

    def __init__(self, text: str, mask: bytearray, start: int, end: int) -> None:
        self.text, self.mask, self.cursor, self.end = text, mask, start, end
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def _find(self, needle: str) -> int:
        pos = self.text.find(needle, self.cursor, self.end) if needle else -1
        return pos

    def keep(self, content: str) -> None:
        pos = self._find(content)
        if pos < 0:
            return
        for k in range(pos, pos + len(content)):
            if not self.mask[k]:
                self.chars.append(self.text[k])
                self.offsets.append(k)
        self.cursor = pos + len(content)

    def skip(self, content: str) -> None:
        pos = self._find(content)
        if pos >= 0:
            self.cursor = pos + len(content)

    def skip_destination(self) -> None:
        """Move past `](url "title")`, `][ref]` or `]` that closes link text or alt text."""
        pos = self._find("]")
        if pos < 0:
            return
        j = pos + 1
        if j < self.end and self.text[j] == "(":
            depth = 0
            while j < self.end:
                ch = self.text[j]
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                elif ch in "\"'" and depth == 1 and self.text[j - 1] in " \t\n":
                    j = _skip_quoted(self.text, j, self.end) - 1
                j += 1
        elif j < self.end and self.text[j] == "[":
            close = self.text.find("]", j, self.end)
            j = close + 1 if close >= 0 else j
        self.cursor = j

    def walk(self, children: "list[Token]") -> None:
        i = 0
        while i < len(children):
            tok = children[i]
            kind = tok.type
            if kind == "text":
                self.keep(tok.content)
            elif kind == "text_special":
                pos = self._find(tok.markup)
                if pos >= 0 and not self.mask[pos]:
                    for ch in tok.content.replace("\r", ""):  # an entity may stand for several characters
                        self.chars.append(ch)
                        self.offsets.append(pos + 1 if tok.info == "escape" else pos)
                    self.cursor = pos + len(tok.markup)
            elif kind in ("softbreak", "hardbreak"):
                pos = self._find("\n")
                if pos >= 0:
                    self.chars.append("\n")
                    self.offsets.append(pos)
                    self.cursor = pos + 1
            elif kind == "code_inline":
                pos = self._find(tok.markup)
                if pos >= 0 and not self.mask[pos]:
                    # code stands in the sentence as one opaque object; a bare number stays a number
                    value = tok.content.strip() if _NUMBER.fullmatch(tok.content.strip()) else CODE_PLACEHOLDER
                    for k, ch in enumerate(value):
                        self.chars.append(ch)
                        self.offsets.append(pos + len(tok.markup) + (k if value != CODE_PLACEHOLDER else 0))
                    self.cursor = pos + len(tok.markup)
                self.skip(tok.content.strip() or tok.markup)
                self.skip(tok.markup)
            elif kind == "html_inline":
                self.skip(tok.content)
            elif kind == "link_open" and tok.markup == "autolink":
                while i < len(children) and children[i].type != "link_close":
                    i += 1
                self.skip(">")
            elif kind == "link_open":
                self.skip("[")
            elif kind == "link_close":
                self.skip_destination()
            elif kind == "image":
                self.skip("![")
                self.walk(tok.children or [])
                self.skip_destination()
            elif kind == "footnote_ref":
                self.skip("]")
            i += 1


def _drop(chars: list[str], offsets: list[int], pattern: re.Pattern[str]) -> tuple[list[str], list[int]]:
    """The characters not matched by `pattern` (URLs, heading anchors)."""
    text = "".join(chars)
    cut = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not cut:
        return chars, offsets
    keep_c: list[str] = []
    keep_o: list[int] = []
    prev = 0
    for a, b in cut + [(len(text), len(text))]:
        keep_c.extend(chars[prev:a])
        keep_o.extend(offsets[prev:a])
        prev = b
    return keep_c, keep_o


def _masked_text(text: str, mask: bytearray) -> str:
    """The text with markup blanked, offsets unchanged: a line of markup only becomes blank, markup on a line
    with prose becomes zero-width spaces (blanks there would turn the prose into an indented code block)."""
    out: list[str] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if any(mask[start:end]):
            prose = any(not mask[k] and not line[k - start].isspace() for k in range(start, end))
            blank = "\u200b" if prose else " "
            out.append("".join(blank if mask[k] else line[k - start] for k in range(start, end)))
        else:
            out.append(line)
        start = end + 1
    return "\n".join(out)


def _identifiers_only(prose: str) -> bool:
    """True for text of identifiers and slugs only (`log_format`, `openmmlab-2 0-arch`): a value, not prose."""
    if re.search(r"[\u3400-\u9fff]", prose):
        return False
    return all(_IDENTIFIER.fullmatch(t) or _SLUG.fullmatch(t) for t in prose.split())


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
    return bool(re.match(r"https?://", href)) and not re.search(r"[\u3400-\u9fff]", prose)


def _prose_view(source: SourceText, structured: bool, mdx: bool) -> _View:
    """The prose view of a Markdown file (see the module docstring)."""
    text = source.text
    mask = markup_mask(source, mdx)
    masked = _masked_text(text, mask) if any(mask) else text
    tokens = _parser().parse(masked)
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
    for tok in tokens:
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
        walker = _Inline(masked, mask, a, b)
        walker.walk(tok.children or [])
        chars, offsets = _drop(walker.chars, walker.offsets, _URL)
        if heading:
            chars, offsets = _drop(chars, offsets, _ANCHOR)
        if structured:
            chars, offsets = _drop(chars, offsets, _NOISE)
        prose = "".join(chars).strip()
        if not prose or structured and (_identifiers_only(prose) or _external_title(tok.children or [], prose)):
            ordered = None
            before = view.parts.get(unit)
            if prose and items and columns < 0 and before is not None:  # a list item kept as it is: its links
                view.parts[unit] = replace(before, quoted=before.quoted + _anchors(tok.children or []))
            continue
        unit += 1
        if columns >= 0:
            view.parts[unit] = Part("cell", tables, rows, columns, key)
        else:
            kind = "heading" if heading else "item" if items else "paragraph"
            view.parts[unit] = Part(kind, anchors=_anchors(tok.children or []) if kind == "item" else (), level=heading,
                                    links=_only_links(tok.children or []) if kind != "heading" else ())
        if heading:
            for _ in range(heading):
                view.add("#", offsets[0], unit)
            view.add(" ", offsets[0], unit)
        elif ordered:
            pos = text.find(ordered, a, b)
            pos = pos if pos >= 0 else offsets[0]
            for k, ch in enumerate(ordered + " "):
                view.add(ch, pos + min(k, len(ordered) - 1), unit)
            ordered = None
        for ch, off in zip(chars, offsets):
            view.add(ch, off, unit if ch != "\n" else -1)
        view.end_block()
    return view


_GLUE = re.compile(r"[\s,;:.!?，、；：。！？·|/()（）-]*")
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
    fenced = _fenced_lines(source)
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


def markdown_blocks(source: SourceText) -> list[Block]:
    """Blocks of a Markdown file: prose only, each mapped to its place in the file."""
    from zhen_qa.manuscript.script import detect_lang
    from zhen_qa.manuscript.structure import parse_blocks

    structured = has_headings(source)
    view = _prose_view(source, structured, source.path.lower().endswith(".mdx"))
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
            lang = detect_lang(mapped.text) if len(parts) > 1 else part.lang
            where = view.parts.get(view.units[part.text.offsets[0]]) if structured and part.text.offsets else None
            out.append(Block(part.role, lang, mapped, part.section.lstrip("# "), label, where))
    return out
