"""Read manuscript files (.md, .txt, .docx) into SourceTexts, within stated limits."""
from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from zhen_qa.manuscript.errors import InputError
from zhen_qa.manuscript.source import MAX_TEXT_BYTES, SourceText

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.manuscript.document import Block

TEXT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".text")
DOCX_SUFFIXES = (".docx",)
LATEX_SUFFIXES = (".tex", ".ltx")
XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
QT_SUFFIXES = (".ts",)
"""Qt Linguist's files (TypeScript shares the extension: a folder search takes only those with a <TS> root)."""
CAT_SUFFIXES = XLIFF_SUFFIXES + (".tmx", ".po") + QT_SUFFIXES
"""Files of CAT tools, read by `manuscript.cat` (imported only for them)."""
MAX_LINE_CHARS = 2_000_000
"""Longest line accepted (characters): longer lines are not manuscripts but data dumps."""


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        if path == "-":  # the usual spelling of standard input, which is no file name here
            raise InputError("-: standard input is not read as a manuscript; give the file, or /dev/stdin") from None
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if os.path.isdir(path):
        raise InputError(f"{path}: is a folder, not a manuscript file")
    if size > MAX_TEXT_BYTES:
        raise InputError(
            f"{path}: {size / 2**20:.1f} MiB is more than the limit of {MAX_TEXT_BYTES // 2**20} MiB; "
            "split the manuscript"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)  # bounded: devices and pipes report size 0 (/dev/zero never ends)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(
            f"{path}: more than the limit of {MAX_TEXT_BYTES // 2**20} MiB; split the manuscript"
        )
    return data


def _read_docx(path: str) -> SourceText:
    """Paragraphs of a .docx, one per line: line N is the N-th paragraph (tables where they stand, cell by cell),
    then text boxes, footnotes and endnotes (`manuscript.word.document_lines`)."""
    from zhen_qa.manuscript.archive import DOCX, check_archive  # .docx only

    check_archive(path, DOCX)
    import docx  # python-docx; imported lazily, it is slow to import

    try:
        document = docx.Document(path)
    except Exception as exc:  # python-docx raises assorted errors on broken packages
        raise InputError(f"{path}: not a readable .docx ({_docx_problem(exc)}); open it in Word or LibreOffice "
                         "and save it again as .docx") from None
    from docx.text.paragraph import Paragraph

    from zhen_qa.manuscript.word import document_lines, paragraph_text
    from zhen_qa.manuscript.word_breaks import line_breaks

    word_lines = document_lines(document)
    paragraphs = [Paragraph(line.element, document._body) for line in word_lines]
    lines = [paragraph_text(line.element).replace("\n", " ").replace("\r", " ") for line in word_lines]
    parts = frozenset(i for i, line in enumerate(word_lines) if line.first)
    hard, cells, levels = line_breaks(paragraphs, lines)
    return SourceText.from_text(path, "\n".join(lines), hard | parts, cells, parts, frozenset(levels),
                                tuple(sorted(levels.items())))


def _docx_problem(exc: Exception) -> str:
    """What a python-docx failure means for the user, without exception class names."""
    name = type(exc).__name__
    if name == "KeyError":
        return "the document part word/document.xml is missing"
    if name in ("XMLSyntaxError", "ParseError"):
        return "its XML is damaged"
    if name == "BadZipFile":
        return "the zip container is damaged"
    if name == "PackageNotFoundError":
        return "it is not a Word package"
    if "content type" in str(exc).lower():
        return "it is not a Word document (perhaps a spreadsheet or template)"
    return "its contents could not be read"


SAVE_AS_DOCX = "save it as .docx (Word or LibreOffice: Save As; or soffice --headless --convert-to docx FILE)"
_OTHER_DOCUMENTS = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"is a Word 97-2003 document (.doc) or another old Office "
                     f"file; {SAVE_AS_DOCX}"),
                    (b"%PDF", "is a PDF: zhen-qa reads text, not pages; convert it to .docx or text first"),
                    (b"{\\rtf", f"is an RTF document; {SAVE_AS_DOCX}"))
"""(leading bytes, what the file is and what to do) of the documents an editor is sent that are no manuscript zhen-qa
reads: said by name instead of "binary data" (or, for RTF, read as text full of control words)."""


def _other_document(path: str, data: bytes) -> str:
    """What to say of a document in a format zhen-qa does not read, by its leading bytes, else ""."""
    for magic, what in _OTHER_DOCUMENTS:
        if data.startswith(magic):
            return f"{path}: {what}"
    if data[:4] == b"PK\x03\x04":
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:100]:
            return f"{path}: is an OpenDocument text (.odt); {SAVE_AS_DOCX}"
        return f"{path}: is a zip archive; only .docx archives are read (rename it if it is one)"
    return ""


PROPERTIES_SUFFIXES = (".properties",)


def _properties_source(path: str, data: bytes) -> SourceText:
    """A Java `.properties` file decoded as the usual text (UTF-8, a byte-order mark, GB18030 when it reads as
    Chinese: `source.decode`), else as ISO-8859-1, the format's own encoding (`Properties.load(InputStream)`, and
    `PropertyResourceBundle`'s fallback since Java 9): `Café` written as byte E9 is read, not refused."""
    try:
        return SourceText.from_bytes(path, data)
    except InputError:
        if b"\x00" in data:
            raise
        return SourceText.from_text(path, data.decode("iso-8859-1"))


def read_source(path: str, *, units: bool = False) -> SourceText:
    """Read one manuscript file; raise InputError with a one-line message when it is unusable. `units` marks a file
    the caller reads as units already paired (`SourceText.units`: the CAT and message readers)."""
    lower = path.lower()
    if lower.endswith(DOCX_SUFFIXES):
        return _read_docx(path)  # a PDF or .doc given a .docx name is named there (`archive.DOCX`)
    data = _read_bytes(path)
    other = _other_document(path, data)
    if other:
        raise InputError(other)
    source = _properties_source(path, data) if lower.endswith(PROPERTIES_SUFFIXES) else \
        SourceText.from_bytes(path, data)
    longest = max((b - a for a, b in source.line_spans()), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(
            f"{path}: a line of {longest} characters is longer than the limit of {MAX_LINE_CHARS}; "
            "is this a manuscript?"
        )
    return dataclasses.replace(source, units=True) if units else source


def document_blocks(source: SourceText) -> list["Block"]:
    """The blocks of a read file, by its form: Markdown is parsed as Markdown, other text by lines."""
    if source.path.lower().endswith((".md", ".markdown", ".mdx")):
        from zhen_qa.manuscript.markdown import markdown_blocks

        return markdown_blocks(source)
    from zhen_qa.manuscript.structure import parse_blocks

    return parse_blocks(source)


def presplit_blocks(source: SourceText, lang: str) -> list["Block"]:
    """One block per non-blank line (files with one sentence a line); in Markdown, per line of prose."""
    from zhen_qa.manuscript.document import Block, Role
    from zhen_qa.manuscript.source import MappedText

    blocks: list[Block] = []
    if source.path.lower().endswith((".md", ".markdown", ".mdx")):
        from dataclasses import replace

        from zhen_qa.manuscript.markdown import markdown_blocks

        for b in markdown_blocks(source):  # markup, code and front matter stay out; headings still pair sections
            text, start = b.text.text, 0
            for piece in text.split("\n"):
                stripped = piece.strip()
                if stripped:
                    a = start + piece.index(stripped)
                    blocks.append(replace(b, text=b.text.slice(a, a + len(stripped)), part=None))
                start += len(piece) + 1
        return blocks
    for start, end in source.line_spans():
        line = source.text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        a = start + line.index(stripped)
        blocks.append(Block(Role.PARAGRAPH, lang, MappedText.span(source, a, a + len(stripped))))
    return blocks
