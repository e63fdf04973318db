"""Reading manuscript bytes into text, with positions that refer to the original file.

Decoding and newline normalisation never move a character to another line or column:
CRLF, CR and LF each end one line, a BOM is not counted, and columns are Unicode code points.
So an offset into the normalised text converts to the (line, column) of the original file.
"""
from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from zhen_qa.manuscript.errors import InputError

_WIDENED = re.compile("[\uff01-\uff5e]")
"""Full-width forms of ASCII characters (U+FF01-U+FF5E = U+0021-U+007E + 0xFEE0), which a reader may have written for
a half-width character of the file (`MappedText.as_written`)."""


@dataclass(frozen=True, order=True)
class Location:
    """A span in a file: 1-based line and column (code points), end inclusive-exclusive column."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def through(self, last: "Location") -> "Location":
        """The span from this location's start to the end of `last` (in the same file)."""
        return Location(self.path, self.line, self.column, last.end_line, last.end_column)


CODE_PLACEHOLDER = "\ufffc"
"""What inline code becomes in the prose view of Markdown (`manuscript.markdown`): one object replacement
character, not text to check. Here, not in `markdown`, so that reports can restore code without importing the
Markdown reader."""

def code_span(mt: "MappedText", index: int) -> tuple[int, str] | None:
    """The inline code span that the placeholder mt.text[index] stands for, as (the number of backticks of its
    fence, its content as the source writes it), None when the source has no backticks there: the placeholder's
    offset points at the start of the span's content. The one walk of the source for `inline_code` and the report's
    `codetext.code_at`."""
    src = mt.source.text
    start = mt.offsets[index]
    n = 0
    while start - n - 1 >= 0 and src[start - n - 1] == "`":
        n += 1
    if n == 0:
        return None
    end = src.find("`" * n, start)
    return n, src[start:end if end >= 0 else len(src)]


def inline_code(mt: "MappedText", index: int) -> str:
    """The content of the inline code span that the placeholder mt.text[index] stands for ("" when the source has no
    backticks there)."""
    span = code_span(mt, index)
    return "" if span is None else span[1].strip()


def code_written(mt: "MappedText") -> str:
    """`mt`'s text with each inline code span's placeholder written as the span's content (`inline_code`): what the
    sentence writes, a name in a code span (`IOBufBuilder`) the same text as the name written bare. A placeholder
    whose source has no backticks there (code the reader marked otherwise) stays."""
    if CODE_PLACEHOLDER not in mt.text:
        return mt.text
    return "".join((inline_code(mt, i) or ch) if ch == CODE_PLACEHOLDER else ch for i, ch in enumerate(mt.text))


MAX_TEXT_BYTES = 20 * 1024 * 1024
"""Largest manuscript accepted (bytes); beyond it reading stops with a clear message.

Measured (2 cores, `check --format json`, the sample repeated): 1 MB 4.9 s / 0.3 GB, 4 MB 13 s / 0.6 GB,
10 MB 32 s / 1.3 GB; linear, so 20 MiB is about 70 s and 2.7 GB, while 100 MB would need ~6 min and ~13 GB.
"""


BIG5_MIN_HAN = 6
"""Fewest Han characters before the bytes are judged to be Big5 (shorter texts are taken as GB18030)."""


def _level1_share(chars: list[str], codec: str, lead_range: tuple[int, int]) -> float:
    """Share of `chars` in the codec's first, most frequent level (by the lead byte of their encoding)."""
    hits = 0
    for c in chars:
        try:
            lead = c.encode(codec)[0]
        except UnicodeEncodeError:
            continue
        hits += lead_range[0] <= lead <= lead_range[1]
    return hits / len(chars) if chars else 0.0


def _looks_big5(data: bytes, gb_text: str) -> bool:
    """True when the bytes read as Big5 give common characters and as GB18030 give rare ones.

    Real text is mostly made of each standard's first level (Big5 A440-C67E: 5,401 frequent characters;
    GB2312 B0A1-D7F9: 3,755). Big5 bytes read as GB18030 scatter over rare characters, kana and box
    drawing; GBK text read as Big5 rarely decodes, and when it does it is no more frequent than chance.
    """
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError:
        return False
    big5_han = [c for c in big5_text if "\u4e00" <= c <= "\u9fff"]
    if len(big5_han) < BIG5_MIN_HAN:
        return False
    gb_chars = [c for c in gb_text if "\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff"
                or "\u2500" <= c <= "\u257f"]
    return (_level1_share(big5_han, "big5", (0xA4, 0xC6)) >= 0.85
            and _level1_share(gb_chars, "gb2312", (0xB0, 0xD7)) < 0.6)


def _utf16_without_bom(data: bytes) -> bool:
    """True when NUL-bearing bytes read as UTF-16 (either order) give text: no NUL, every character printable or a
    line end, and a third of them or more ASCII or Han (what a UTF-16 file saved without its byte-order mark holds)."""
    if len(data) % 2 or len(data) < 4:
        return False
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or not all(c.isprintable() or c in "\r\n\t" for c in text):
            continue
        common = sum(c < "\x7f" or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
                     for c in text)
        han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
        if common * 3 >= len(text) and (not han or _frequent_share(han) >= UTF16_MIN_FREQUENT):
            return True
    return False


UTF16_MIN_FREQUENT = 0.6
"""Share of the Han characters of bytes read as UTF-16 that must be frequent ones before they are taken for UTF-16
text: Chinese text is mostly made of them (over 0.9), while ASCII bytes paired with a NUL read as UTF-16 give Han
characters spread over the whole block ("abc\\0def" gives 扡 and 敤), about a third of them frequent."""


def _frequent_share(han: list[str]) -> float:
    """Share of `han` in the first level of GB2312 or of Big5 (the 3,755 and 5,401 most frequent characters)."""
    return sum(_level1_share([c], "gb2312", (0xB0, 0xD7)) or _level1_share([c], "big5", (0xA4, 0xC6))
               for c in han) / len(han)


def _looks_western(text: str) -> bool:
    """True when GB18030 text is Latin text of a Windows code page read as Chinese: every non-ASCII character it
    gives stands right after a Latin letter, where a two-byte pair swallowed the letter after ’ or é ("patient’s" ->
    "patient抯"). Chinese text runs Han characters together, so few of them follow a letter."""
    wide = [i for i, c in enumerate(text) if c >= "\x80"]
    latin = sum(1 for i in wide if i and text[i - 1].isascii() and text[i - 1].isalpha())
    return bool(wide) and latin >= 0.9 * len(wide)


def _western_bytes(data: bytes) -> bool:
    """True when bytes that GB18030 cannot read are Western text (Windows-1252): its accented letters and curly quotes
    stand mostly alone between ASCII characters ("résumé", "“quoted”"), where the bytes of Chinese text run in pairs
    (GBK, or UTF-8 with a broken byte, read as Windows-1252 gives runs such as "ÖÐÎÄ")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    wide = [i for i, c in enumerate(text) if c >= "\x80"]
    alone = sum(1 for i in wide if (i == 0 or text[i - 1] < "\x80") and (i + 1 == len(text) or text[i + 1] < "\x80"))
    return bool(wide) and alone >= 0.75 * len(wide)


def decode(data: bytes, path: str = "<bytes>", what: str = "manuscript") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030; raise InputError otherwise.

    `what` names the kind of file in the binary-data message ("manuscript", "glossary", ...).
    """
    # "give a .md, .txt or .docx file" read as a riddle on binary.txt, which was one: say what to save it as
    advice = "save it as UTF-8 text (.md, .txt) or as Word (.docx)" if what == "manuscript" else "save it as UTF-8 text"
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise InputError(f"{path}: UTF-32 text is not read; re-save the file as UTF-8")  # its LE BOM opens as UTF-16's
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text = _strict(data, "utf-16", path)
        if "\x00" in text:
            raise InputError(f"{path}: not a text {what} (binary data or NUL characters); {advice}")
        return text
    if b"\x00" in data:
        if _utf16_without_bom(data):
            raise InputError(f"{path}: looks like UTF-16 without a byte-order mark, which is not read; re-save the "
                             "file as UTF-8")
        raise InputError(f"{path}: not a text {what} (binary data or NUL bytes); {advice}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        _refuse_cut_short(e, len(data), path)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if _looks_big5(data, text):
        raise InputError(f"{path}: looks like Big5 (traditional Chinese), which is not read; re-save the file as UTF-8")
    if (text and _looks_western(text)) or (not text and _western_bytes(data)):
        raise InputError(f"{path}: looks like Western text (Windows-1252 or Latin-1), which is not read; re-save the "
                         "file as UTF-8")
    try:
        if not text:
            return data.decode("gb18030")
        return text
    except UnicodeDecodeError as e:
        _refuse_cut_short(e, len(data), path)
        raise InputError(
            f"{path}: cannot decode as UTF-8, UTF-16 (with BOM) or GB18030; re-save the file as UTF-8"
        ) from None


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        _refuse_cut_short(e, len(data), path)
        raise InputError(f"{path}: invalid {encoding} data; re-save the file as UTF-8") from None


def _refuse_cut_short(error: UnicodeDecodeError, size: int, path: str) -> None:
    """An InputError when the bytes decode but for a character cut at the very end: a file copied or downloaded
    short (a truncated XLIFF was told "cannot decode as UTF-8 ...; re-save the file as UTF-8", which it was)."""
    if error.reason in _CUT_SHORT and error.end == size:
        raise InputError(f"{path}: ends in the middle of a character ({error.encoding.upper()}): the file looks cut "
                         "short; copy, download or export it again") from None


_CUT_SHORT = ("unexpected end of data", "truncated data", "incomplete multibyte sequence")
"""How the UTF-8, UTF-16 and GB18030 decoders say the data stops inside a character."""


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; every other character stays where it was on its line."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class SourceText:
    """The decoded, newline-normalised text of one file and a way back to its lines and columns."""

    path: str
    text: str
    line_starts: tuple[int, ...] = field(repr=False, default=())
    hard_lines: frozenset[int] = field(repr=False, default=frozenset())
    """0-based lines that begin a new paragraph whatever the line before says (a Word document's table cells, list
    items, headings: `manuscript.word_breaks`); plain text has none, its lines join by their text."""
    cell_lines: frozenset[int] = field(repr=False, default=frozenset())
    """0-based lines that are a table cell's text: a cell that is not in `hard_lines` continues its row's paragraph
    (after a space, whatever the language), and a cell is never a heading, label or page number."""
    part_lines: frozenset[int] = field(repr=False, default=frozenset())
    """0-based lines that begin a text of their own after the body (a Word footnote, endnote, text box): a paragraph
    that is no reference entry, whatever section the body ended in."""
    heading_lines: frozenset[int] = field(repr=False, default=frozenset())
    """0-based lines that head a section by their Word style or outline level (Heading 1, 标题 1): a heading whatever
    its text, except a label (摘要, Keywords) that its style sets apart."""
    heading_levels: tuple[tuple[int, int], ...] = field(repr=False, default=())
    """(0-based line, level) of each line of `heading_lines` (Heading 1 is 1): a heading deeper than the body's top
    section headings (a Heading 2 under Heading 1 chapters, a Heading 3 under Heading 2 sections below a title in
    Heading 1) heads a subsection, reported within its section as a numbered 3.1 is within 3."""
    units: bool = field(repr=False, default=False)
    """True when the file was read as units already paired (a CAT file's, or a message file's keys: the reader that
    read it says so, `reader.read_source(path, units=True)`): the checks of program strings (placeholders, tags, a
    line's label) read its sentences, and findings carry the unit's id."""

    @classmethod
    def from_text(cls, path: str, text: str, hard_lines: frozenset[int] = frozenset(),
                  cell_lines: frozenset[int] = frozenset(), part_lines: frozenset[int] = frozenset(),
                  heading_lines: frozenset[int] = frozenset(),
                  heading_levels: tuple[tuple[int, int], ...] = ()) -> "SourceText":
        """Build from already-decoded text (newlines are normalised here)."""
        if text.startswith("\ufeff"):
            text = text[1:]
        text = normalise_newlines(text)
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return cls(path=path, text=text, line_starts=tuple(starts), hard_lines=hard_lines,
                   cell_lines=cell_lines, part_lines=part_lines, heading_lines=heading_lines,
                   heading_levels=heading_levels)

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> "SourceText":
        """Decode bytes (see `decode`) and build."""
        return cls.from_text(path, decode(data, path))

    def line_spans(self) -> Iterator[tuple[int, int]]:
        """(start, end) offsets of every line, newline excluded, in order."""
        starts = self.line_starts
        last = len(starts) - 1
        for i, start in enumerate(starts):
            yield start, (starts[i + 1] - 1 if i < last else len(self.text))

    def line(self, number: int) -> str:
        """The text of 1-based line `number`, newline excluded ("" for a line the text does not have), without
        splitting the whole text."""
        if not 1 <= number <= len(self.line_starts):
            return ""
        start = self.line_starts[number - 1]
        end = self.line_starts[number] - 1 if number < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset into `text`."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_start(self, offset: int) -> int:
        """The offset of the first character of the line holding character `offset`."""
        return self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]

    def offset(self, line: int, column: int) -> int | None:
        """The character offset into `text` of a 1-based line and column (`line_col`'s inverse); None for a line
        the text does not have."""
        if not 1 <= line <= len(self.line_starts):
            return None
        return self.line_starts[line - 1] + max(column, 1) - 1

    def location(self, start: int, end: int) -> Location:
        """Location of text[start:end] (end exclusive); an empty span has end == start."""
        line, col = self.line_col(start)
        end_line, end_col = self.line_col(max(start, end))
        return Location(self.path, line, col, end_line, end_col)


@dataclass(frozen=True)
class MappedText:
    """A piece of text assembled from one source, with each character's offset in that source.

    Blocks joined across page furniture and sentences cut out of blocks are MappedTexts, so
    any span inside them still resolves to the original line and column.
    """

    text: str
    offsets: Sequence[int]
    source: SourceText
    ends: Sequence[int] | None = None
    """Where each character ends in the source, for a text in which some character is written with more than one
    source character (a decoded XML entity `&amp;` or `&#x5206;`, a PO escape `\\"`); None: each character is one
    source character (ends at its offset + 1)."""

    @classmethod
    def span(cls, source: SourceText, start: int, end: int) -> "MappedText":
        """The contiguous source text[start:end]."""
        return cls(source.text[start:end], range(start, end), source)

    def slice(self, start: int, end: int) -> "MappedText":
        """Characters [start, end) of this text, still mapped to the source."""
        ends = self.ends[start:end] if self.ends is not None else None
        return MappedText(self.text[start:end], self.offsets[start:end], self.source, ends)

    def end_of(self, index: int) -> int:
        """The source offset just after character `index` (the whole of an entity or escape that wrote it)."""
        return self.ends[index] if self.ends is not None else self.offsets[index] + 1

    def start_offset(self) -> int | None:
        """The source offset of the first character; None for an empty text."""
        return int(self.offsets[0]) if len(self.offsets) else None

    def end_offset(self) -> int | None:
        """The source offset right after the last character's offset (`offsets[-1] + 1`, not `end_of`: a sentence's
        stretch of the file as its offsets place it); None for an empty text."""
        return int(self.offsets[-1]) + 1 if len(self.offsets) else None

    def as_written(self) -> str:
        """The text with each character the reader widened for the checks put back as the file writes it (a LaTeX
        keyword list's separator "a, b" is read as "a，b": the template typesets it), for what a user is shown;
        the same length as `text`, so positions in one are positions in the other."""
        if not _WIDENED.search(self.text):
            return self.text
        src = self.source.text
        out = list(self.text)
        for i, ch in enumerate(self.text):
            if "\uff01" <= ch <= "\uff5e":
                at = self.offsets[i]
                if at < len(src) and self.end_of(i) == at + 1 and ord(src[at]) == ord(ch) - 0xFEE0:
                    out[i] = src[at]
        return "".join(out)

    def location(self, start: int = 0, end: int | None = None) -> Location:
        """Location in the original file of characters [start, end) of this text."""
        n = len(self.text)
        if end is None:
            end = n
        if n == 0:
            return self.source.location(0, 0)
        start = min(max(start, 0), n - 1)
        end = min(max(end, start + 1), n)
        stop = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return self.source.location(self.offsets[start], stop)

    @staticmethod
    def join(parts: Sequence["MappedText"], sep: str = "") -> "MappedText":
        """Concatenate parts of one source; separator characters map to the following part's start."""
        if not parts:
            raise ValueError("nothing to join")
        if len(parts) == 1:
            return parts[0]  # its offsets stay a range where they are one: no list of a block's every offset
        text: list[str] = []
        offsets: list[int] = []
        exact = any(part.ends is not None for part in parts)
        ends: list[int] = []
        for i, part in enumerate(parts):
            if i and sep:
                text.append(sep)
                anchor = part.offsets[0] if len(part.offsets) else offsets[-1] if offsets else 0
                offsets.extend([anchor] * len(sep))
                if exact:
                    ends.extend([anchor + 1] * len(sep))
            text.append(part.text)
            offsets.extend(part.offsets)
            if exact:
                ends.extend(part.ends if part.ends is not None else [o + 1 for o in part.offsets])
        return MappedText("".join(text), offsets, parts[0].source, ends if exact else None)


class MappedBuilder:
    """A MappedText put together a character at a time, each with the span of the source that writes it (a reader
    that decodes escapes and entities: `i18n_json`, `i18n_android`, `i18n_resx`, `i18n_strings`, `i18n_yaml`)."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []

    def __len__(self) -> int:
        return len(self.chars)

    def append(self, text: str, start: int, end: int) -> None:
        """Put `text` (one character, or what one escape decodes to) written by source.text[start:end]."""
        self.chars.append(text)
        self.offsets.append(start)
        self.ends.append(end)

    def copy(self, start: int, end: int) -> None:
        """Put source.text[start:end] as written, each character at its own place."""
        for i in range(start, end):
            self.append(self.source.text[i], i, i + 1)

    def build(self, lo: int = 0, hi: int | None = None) -> MappedText:
        """The text put, or pieces [lo, hi) of it."""
        return MappedText("".join(self.chars[lo:hi]), self.offsets[lo:hi], self.source, self.ends[lo:hi])
