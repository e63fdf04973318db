"""Markup in a Markdown file that markdown-it-py does not take apart: HTML/JSX tags and comments, verbatim HTML
elements, MDX expressions and ESM lines, display math, fenced code, VitePress snippet imports, the
delimiters of Hugo container shortcodes, Hugo's TOML front matter (`+++` … `+++`; markdown-it-py's front-matter
plugin takes only YAML's `---`), and YAML front matter under blank lines (the plugin takes it only on the first line;
Hugo, Jekyll and Hexo skip the blank lines before it).

`markup_mask` marks every character of such markup (line breaks excepted) so the reader can blank it before
parsing (`masked_text`) and skip it when collecting prose. Scans are bounded (`MAX_TAG_SCAN`): a stray `<` or
`{` that does not close soon is text, not markup.
"""
from __future__ import annotations

import re

from zhen_qa.manuscript.lazy_re import LazyPattern
from zhen_qa.manuscript.source import SourceText

MAX_TAG_SCAN = 4_000
"""Longest span (characters) an HTML/JSX tag or MDX expression may have; longer is not markup."""
VERBATIM_TAGS = frozenset({"script", "style", "pre", "code", "svg", "math", "textarea", "kbd", "samp"})
"""HTML elements whose content is not prose either."""
MEDIA_TAGS = frozenset({"video", "audio"})
"""HTML media elements: their content is their `<source>` and `<track>` tags and the fallback a browser without media
support shows instead ("Classifier Result video"), never on the page the reader sees. Only an element is taken so
(`_media_end`), not the tag named in prose ("可以用 <video> 标签播放视频") nor a JSX component (`<Audio>`)."""
_MEDIA_ATTR = LazyPattern(r"\s(?:src|controls)\b")

_FENCE = LazyPattern(r" {0,3}(`{3,}|~{3,})")
_MDX_FENCE = LazyPattern(r"[ \t]*(`{3,}|~{3,})")
"""A fence in an .mdx file: at any indentation (MDX has no indented code blocks, so a fence inside an indented
`<TabItem>` is still a fence)."""
_TAG_START = LazyPattern(r"<(/?)([A-Za-z][\w.:-]*)")
_ESM = LazyPattern(
    r"(?:import\s[^\n]*?\bfrom\s*['\"][^\n]*|import\s*['\"][^\n]*|export\s+(?:const|let|default|function)\b[^\n]*)$"
)
"""An MDX/Docusaurus ESM line (import ... from '...', export const ...)."""
_SNIPPET = LazyPattern(r" {0,3}<<<[ \t]+[@./\w][^\n]*$")
"""A VitePress snippet import (`<<< @/snippets/snippet.js#region{1,2} [title]`): the site puts a file's code there."""
_MATH = LazyPattern(r"\$\$.+?\$\$(?:\s*\\\))?", re.S)
_CONTAINER = LazyPattern(r" {0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]*[ \t]*)?(?:\{[^}\n]*\}|\[[^\]\n]*\])"
                         r"| {0,3}:{3,}(?:[ \t]*[A-Za-z][^\n]*|[ \t]*)$")
"""A custom-container fence (markdown-it-container, VitePress, Docusaurus admonitions, Pandoc fenced divs):
`:::warning`, `::: code-group`, `::: tip 提示`, `:::` closing: the fence, its type and a VitePress title are the site's
furniture. After attributes (`:::success{title=解决办法} 你可以参照…`, dumi/antd) the rest of the line is the
container's first paragraph, prose the reader sees."""
_TOML_FRONT = LazyPattern(r"\A\ufeff?\+\+\+[ \t]*\n(?:.*\n)*?\+\+\+[ \t]*(?:\n|\Z)")
"""Hugo's TOML front matter: a `+++` line first in the file, the page's settings (`title = "…"`, `weight = 2`), up to
the next `+++` line. Metadata, not page text, as YAML front matter is: both languages' pages share most of it."""
_LATE_YAML_FRONT = LazyPattern(r"\A\ufeff?(?:[ \t]*\n)+---[ \t]*\n((?:.*\n)*?)---[ \t]*(?:\n|\Z)")
"""YAML front matter after blank lines at the top of the file (a page written `\n---\ntitle: "…"\n---`): Hugo's
page parser skips leading white space and reads the block as the page's settings, where CommonMark would read a
thematic break and a setext heading of the settings' text (`aliases: "/sofa-rpc/docs/…"` as a heading). Group 1 is
the block's text; it is front matter only when it reads as a YAML mapping (`_is_yaml_mapping`)."""
_YAML_KEY = LazyPattern(r"[A-Za-z_][\w.-]*[ \t]*:([ \t].*)?$")
"""A line of a YAML mapping: `key: value`, or `key:` opening a nested value (group 1 blank)."""
_YAML_INDENTED = LazyPattern(r"[ \t]+\S")
"""An indented line: a nested value's continuation."""
_YAML_ITEM = LazyPattern(r"-(?:[ \t].*)?$")
"""A block-sequence item at the margin: YAML only as the value of a `key:` line above it."""
_ATX_HEADING = LazyPattern(r" {0,3}#{1,6}(?:[ \t]|$)")
"""A Markdown ATX heading (`# 快速开始`): a comment to YAML, but a heading on the page; a front-matter block never
holds one (a comment written `#注释` stays a comment)."""
_SHORTCODE = LazyPattern(r"\{\{([<%])\s*(/?)\s*([\w./-]+)")
"""A Hugo shortcode's opening delimiter and name: `{{< tabpane text=true >}}`, `{{% alert title="Note" %}}`,
`{{% /tab %}}` (a closing one)."""


def paired_shortcodes(text: str) -> frozenset[str]:
    """Names of the shortcodes the file closes (`{{% /tab %}}`): containers, whose delimiters are markup."""
    return frozenset(m.group(3) for m in _SHORTCODE.finditer(text) if m.group(2))


def _shortcode_end(text: str, i: int, limit: int, paired: frozenset[str]) -> int:
    """End of the Hugo container shortcode delimiter starting at text[i] (`{{<` or `{{%`), -1 when it is no such
    delimiter or does not close before `limit` or a blank line.

    A container's delimiters are markup as an HTML tag is (`{{< tabpane >}}`, `{{% tab header="Gradle" %}}`, the
    parameter lines of a multi-line `{{% config_option name=… default=… %}}`): the site renders the frame, both pages
    share it, and the prose the reader sees stands between the opening and the closing delimiter. A shortcode the file
    never closes (`{{% spec_status "API" "otel/trace/api" %}}`, `{{% param vers %}}`) renders content of its own in
    its place, so it stays text: a page that drops it drops what it shows."""
    m = _SHORTCODE.match(text, i)
    if m is None or m.group(3) not in paired:
        return -1
    close = (">" if m.group(1) == "<" else "%") + "}}"
    j = m.end()
    while j < limit:
        ch = text[j]
        if ch == '"':
            j = skip_quoted(text, j, limit)
            continue
        if text.startswith(close, j):
            return j + 3
        if ch == "\n" and text.startswith("\n", j + 1):
            return -1  # a blank line ends any shortcode
        j += 1
    return -1


def skip_quoted(text: str, i: int, end: int) -> int:
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
            j = skip_quoted(text, j, limit)
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
    """End of the MDX expression starting at text[i] ("{"), -1 when it does not close.

    A JavaScript comment inside it (`{/* TODO: … when it's made */}`) has no strings: its apostrophe is no quote."""
    depth = 0
    j = i
    while j < limit:
        ch = text[j]
        if ch == "/" and depth and text.startswith("/*", j):
            close = text.find("*/", j + 2, limit)
            j = limit if close < 0 else close + 2
            continue
        if ch in "\"'`" and depth:
            j = skip_quoted(text, j, limit)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def fenced_lines(source: SourceText, mdx: bool | None = None) -> set[int]:
    """0-based numbers of lines inside fenced code (fences included); `mdx` (default: an .mdx file) takes fences at
    any indentation."""
    fence_re = _MDX_FENCE if (source.path.lower().endswith(".mdx") if mdx is None else mdx) else _FENCE
    inside: set[int] = set()
    fence = ""
    for n, (a, b) in enumerate(source.line_spans()):
        m = fence_re.match(source.text, a, b)
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


def _is_yaml_mapping(block: str) -> bool:
    """Whether the lines between the `---` lines read as a YAML mapping, the page's settings: the first line with text
    is `key: value` (or `key:`); a margin list item (`- rpc`) follows a `key:` line or another item (the key's value);
    other lines are indented continuations, blank, or `#`-comments that are no Markdown heading. Anything else —
    a sentence ("这一页介绍配置。"), a heading, a list that no key opens — is page text between thematic breaks."""
    opened = ""  # "" before the first key; "key" after `key: value`; "open" after `key:`; "item" in its list
    for line in block.splitlines():
        if not line.strip():
            continue
        if _ATX_HEADING.match(line):
            return False
        if line.startswith("#"):
            continue
        if key := _YAML_KEY.match(line):
            opened = "key" if (key.group(1) or "").strip() else "open"
        elif not opened:
            return False
        elif _YAML_ITEM.match(line):
            if opened not in ("open", "item"):
                return False
            opened = "item"
        elif not _YAML_INDENTED.match(line):
            return False
    return bool(opened)


def late_yaml_front_end(text: str) -> int:
    """End of the YAML front matter that blank lines precede at the top of `text` (`_LATE_YAML_FRONT`), 0 if none."""
    front = _LATE_YAML_FRONT.match(text)
    if front is None or not _is_yaml_mapping(front.group(1)):
        return 0
    return front.end()


def markup_mask(source: SourceText, mdx: bool) -> bytearray:
    """1 for every character of an HTML/JSX tag, comment, verbatim element or (MDX) expression."""
    text = source.text
    n = len(text)
    mask = bytearray(n)
    fenced = fenced_lines(source, mdx)
    paired = paired_shortcodes(text) if "{{" in text else frozenset()
    starts = source.line_starts
    line = 0
    i = 0
    front_end = 0
    if text[:4].lstrip("\ufeff").startswith("+++") and (front := _TOML_FRONT.match(text)):
        front_end = front.end()
    elif text[:1] in ("\n", "\r", " ", "\t", "\ufeff"):
        front_end = late_yaml_front_end(text)
    for j in range(front_end):
        if text[j] != "\n":
            mask[j] = 1
    i = front_end
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
        elif i == starts[line] and ch in " :" and (m := _CONTAINER.match(text, i, _line_end(text, i))):
            end = m.end()
        elif i == starts[line] and ch in " <" and (m := _SNIPPET.match(text, i, _line_end(text, i))):
            end = m.end()
        elif ch == "\\" and text.startswith("\\($$", i) and (m := _MATH.match(text, i + 2, min(n, i + MAX_TAG_SCAN))):
            end = m.end()
        elif ch == "$" and text.startswith("$$", i) and (m := _MATH.match(text, i, min(n, i + MAX_TAG_SCAN))):
            end = m.end()
        elif ch == "{" and text.startswith(("{{<", "{{%"), i):
            end = _shortcode_end(text, i, min(n, i + MAX_TAG_SCAN), paired)
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
                    if end > 0 and not m.group(1) and m.group(2) in MEDIA_TAGS and text[end - 2] != "/":
                        end = _media_end(text, i, end, m.group(2))
                    elif end > 0 and not m.group(1) and name in VERBATIM_TAGS and text[end - 2] != "/":
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
    if mdx:
        mask_indented_html_tables(text, mask)
    return mask


def _media_end(text: str, start: int, tag_end: int, name: str) -> int:
    """End of the media element whose opening tag is text[start:tag_end] (through its `</video>`), or `tag_end` (the
    tag alone is markup) when it is no element: an element opens an HTML block (only blanks before it on its line, as
    CommonMark's HTML-block start condition reads it) or carries a media element's attributes (`src`, `controls`),
    and closes before the next blank line (where a Markdown HTML block ends); the name is matched case-sensitively
    (`<Audio>` is a JSX component whose children are shown)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() and not _MEDIA_ATTR.search(text, start, tag_end):
        return tag_end
    blank = text.find("\n\n", tag_end)
    close = text.find(f"</{name}", tag_end, blank if blank >= 0 else min(len(text), tag_end + 50 * MAX_TAG_SCAN))
    if close < 0:
        return tag_end
    found = _tag_end(text, close, min(len(text), close + MAX_TAG_SCAN))
    return found if found > 0 else tag_end


_OUTPUT_TABLE = LazyPattern(r"^ {0,3}<table\b[^<>\n]*\bclass=[\"'][^\"'\n]*\bdataframe\b[^<>\n]*>.*?^[ \t]*</table\s*>",
                            re.M | re.S)
"""An HTML table a program wrote: it opens as an HTML block (a line starting with `<table`, as CommonMark's HTML
block start condition reads it, not a `<table>` mentioned in a code span) and carries its generator's markup
(pandas' `to_html` writes `class="dataframe"`), and it closes on a line of its own. Case-sensitive on purpose: the
pattern is keyed to the generator's own markup, which is lower case (`<table border="1" class="dataframe">`), and in
MDX, JSX tags are case-sensitive: a capitalised `<Table>` is a component the page imports, not HTML (second60 S15)."""
_INDENTED = LazyPattern(r"^(?: {4,}|\t)[^\n]*", re.M)


def mask_indented_html_tables(text: str, mask: bytearray) -> None:
    """Mark the lines indented four spaces or more inside an HTML table of program output (MDX only).

    An .mdx file has no indented code blocks (`markdown._parser`), which makes prose indented inside `<TabItem>` prose;
    but an HTML table pasted as generated output (a pandas DataFrame's `to_html`, its rows indented by the generator)
    was kept out of the prose by that indentation, as it still is in a .md file: its cells are the program's data,
    written the same on both pages. Its indented lines stay out of the prose. A hand-written HTML or JSX table (no
    generator markup) is prose however its rows are indented, and so is every line between two code-span mentions
    of `<table>` and `</table>`."""
    last = text.rfind("</table")
    if "dataframe" not in text or last < 0:
        return
    # an opening after the last closing tag can close nowhere: without this bound each unclosed opening scanned to the
    # end of the text (quadratic: 8,000 unclosed openings took 35 s; second60 S2)
    for table in _OUTPUT_TABLE.finditer(text, 0, _line_end(text, last)):
        for line in _INDENTED.finditer(text, table.start(), table.end()):
            for j in range(line.start(), line.end()):
                mask[j] = 1


def masked_text(text: str, mask: bytearray) -> str:
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
