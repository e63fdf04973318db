"""The fixes that are certain, taken from a check's findings.

Only three kinds of finding carry a replacement that needs no judgement:
- `term-variant`: a deprecated term becomes the concept's preferred term (the glossary decided it);
- `punctuation-width`: half-width punctuation inside Chinese becomes full-width (and the reverse in
  English), as the typography check suggests;
- `repeated-char`: an accidental doubling, but only of words that are never doubled on purpose
  (的的, 了了, "the the"); 一一, 谢谢, "that that" are left for a person.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from zhen_qa.manuscript.source import Location
from zhen_qa.report.edits import Edit, findings_fixed, non_overlapping
from zhen_qa.report.findings import Finding

if TYPE_CHECKING:  # pragma: no cover
    from zhen_qa.checks.run import Flags

FIXABLE = ("term-variant", "punctuation-width", "repeated-char")
"""Rules whose suggestion `fix` applies."""

NEVER_DOUBLED_ZH = frozenset("的了是在和与及对将被把从于为而其之以或也就都")
"""Chinese function characters that a correct text never doubles."""
NEVER_DOUBLED_EN = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "is", "are", "for", "with", "by",
                              "from", "as", "at"})
"""English words whose doubling is always a slip."""


FULL_WIDTH_CLOSING = frozenset("，。：；！？、）")
"""Full-width punctuation that carries its own spacing: a space typed after it goes with the fix."""


def _with_trailing_spaces(loc: Location, line: str) -> Location:
    """`loc` widened over the ASCII spaces that follow it when Chinese text comes next."""
    end = loc.end_column - 1
    stop = end
    while stop < len(line) and line[stop] == " ":
        stop += 1
    if stop == end or stop >= len(line) or line[stop].isascii():
        return loc
    return replace(loc, end_column=stop + 1)


_BRACKET_WIDTHS = {("(", "（"), (")", "）"), ("（", "("), ("）", ")")}
"""(bracket, the same bracket in the other width)."""


def _bracket_pair(original: str, replacement: str) -> bool:
    """Whether a punctuation-width finding is a bracket pair (its span from an opening bracket to its closing one,
    its suggestion the pair in the other width): its fix changes the two brackets only, leaving the source between
    (markup, escapes) as it is."""
    return (len(original) >= 2 and len(replacement) >= 2 and (original[0], replacement[0]) in _BRACKET_WIDTHS
            and (original[-1], replacement[-1]) in _BRACKET_WIDTHS)


def _pair_edits(f: Finding, last_line: str) -> list[Edit]:
    """The two edits of a bracket pair's finding: its opening and its closing bracket, each in the other width (a
    space typed after a full-width closing bracket goes with it, as for a single one). `last_line` is the line of
    the closing bracket (the pair's only line, or its last across a line break)."""
    loc, suggestion = f.location, f.suggestion or ""
    first = replace(loc, end_line=loc.line, end_column=loc.column + 1)
    last = replace(loc, line=loc.end_line, column=loc.end_column - 1)
    if suggestion[-1] in FULL_WIDTH_CLOSING:
        last = _with_trailing_spaces(last, last_line)
    return [Edit(first, suggestion[0], f.rule, f.message, loc), Edit(last, suggestion[-1], f.rule, f.message, loc)]


def _pair_across_lines(f: Finding, lines: Sequence[str]) -> list[Edit]:
    """The two edits of a bracket pair's finding whose brackets are on different lines (hard-wrapped text), when the
    text at both ends is the pair's brackets in the width its suggestion corrects; none otherwise."""
    loc, suggestion = f.location, f.suggestion or ""
    if len(suggestion) < 2 or not 1 <= loc.end_line <= len(lines) or loc.column < 1 or loc.end_column < 2:
        return []
    first_line, last_line = lines[loc.line - 1], lines[loc.end_line - 1]
    opening = first_line[loc.column - 1:loc.column]
    closing = last_line[loc.end_column - 2:loc.end_column - 1]
    if (opening, suggestion[0]) not in _BRACKET_WIDTHS or (closing, suggestion[-1]) not in _BRACKET_WIDTHS:
        return []
    return _pair_edits(f, last_line)


def _matches_case(original: str, replacement: str) -> str:
    """Keep a sentence-initial capital of the replaced English term ("Alzheimer disease" stays capitalised)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _certain(f: Finding, original: str) -> str | None:
    """The replacement text when the finding's fix is certain, else None."""
    if f.suggestion is None or f.location.end_line != f.location.line:
        return None
    if f.rule == "term-variant":
        data = dict(f.data)
        if data.get("status") != "deprecated" or not data.get("concept"):
            return None
        return _matches_case(original, f.suggestion) if f.lang == "en" else f.suggestion
    if f.rule == "punctuation-width":
        return f.suggestion
    if f.rule == "repeated-char":
        unit = f.suggestion
        if unit in NEVER_DOUBLED_ZH or unit.lower() in NEVER_DOUBLED_EN:
            return unit if not original[:1].isupper() else _matches_case(original, unit)
    return None


def each_place(findings: Iterable[Finding]) -> Iterable[Finding]:
    """The findings with one that stands for many places (a document's half-width punctuation, its data's
    `places`) given as one finding per place, its location and suggestion that place's."""
    for f in findings:
        places = dict(f.data).get("places") if f.data else None
        if not places:
            yield f
            continue
        for loc, suggestion in places:
            yield replace(f, location=loc, suggestion=suggestion, data=())


def certain_edits(findings: Iterable[Finding], texts: dict[str, list[str]],
                  select: Iterable[str] = ()) -> list[Edit]:
    """Edits for the findings whose fix is certain, restricted to `select` rules when given.

    `texts` maps each path to its lines as the reader read them (to see the text a finding covers).
    """
    wanted = set(select) or set(FIXABLE)
    edits: list[Edit] = []
    for f in each_place(findings):
        if f.rule not in FIXABLE or f.rule not in wanted:
            continue
        lines = texts.get(f.location.path)
        loc = f.location
        if lines is None or not 1 <= loc.line <= len(lines):
            continue
        if f.rule == "punctuation-width" and loc.end_line != loc.line:
            edits.extend(_pair_across_lines(f, lines))
            continue
        line = lines[loc.line - 1]
        original = line[loc.column - 1:loc.end_column - 1]
        replacement = _certain(f, original)
        if replacement is None or replacement == original:
            continue
        if f.rule == "punctuation-width" and _bracket_pair(original, replacement):
            edits.extend(_pair_edits(f, line))
            continue
        if f.rule == "punctuation-width" and replacement in FULL_WIDTH_CLOSING:
            loc = _with_trailing_spaces(loc, line)  # "分泌组, 以" -> "分泌组，以", not "分泌组， 以"
        edits.append(Edit(loc, replacement, f.rule, f.message))
    return non_overlapping(edits)


_LATEX_SPECIALS = {"#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&", "_": r"\_", "{": r"\{", "}": r"\}",
                   "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}
"""What LaTeX needs to print each of its special characters as text."""


_XML_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_UNICODE_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "utf16"})


def _xml_ascii_only(path: str) -> bool:
    """True when an XML file declares an encoding other than UTF-8/UTF-16 (us-ascii, iso-8859-1): its characters
    beyond ASCII are written as character references (&#20998;), and a replacement must be too."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(200)
    except OSError:
        return False
    m = _XML_ENCODING.match(head)
    return m is not None and m.group(1).decode("ascii").lower() not in _UNICODE_ENCODINGS


def written_as(replacement: str, path: str) -> str:
    """The replacement as the file must spell it: XML escaped in XLIFF and TMX (characters beyond ASCII as
    references, &#x5206;, in a file that declares an encoding that cannot hold them), a PO string's quotes and
    backslashes escaped, LaTeX's special characters escaped ("R&D" is `R\\&D`); other text as it is."""
    from zhen_qa.manuscript.reader import LATEX_SUFFIXES, XLIFF_SUFFIXES

    lower = path.lower()
    if lower.endswith((*XLIFF_SUFFIXES, ".tmx")):
        escaped = replacement.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if _xml_ascii_only(path):
            escaped = "".join(ch if ch.isascii() else f"&#x{ord(ch):X};" for ch in escaped)
        return escaped
    if lower.endswith(".po"):
        return replacement.replace("\\", "\\\\").replace('"', '\\"')
    if lower.endswith(LATEX_SUFFIXES):
        return "".join(_LATEX_SPECIALS.get(ch, ch) for ch in replacement)
    return replacement


def _source_side(report_files: Sequence[str]) -> dict[str, str]:
    """The language of the source side of each CAT file ("zh" or "en"): a CAT file's source segments are the
    original's text, which the translation is checked against, not edited (CAT tools refuse a changed source)."""
    from zhen_qa.manuscript.cat import is_cat_file, read_units

    return {p: "zh" if read_units(p, include_locked=True).zh_source else "en" for p in report_files if is_cat_file(p)}


@dataclass(frozen=True)
class FileFix:
    """One file's fixes: the edits applied, and the file's bytes (and text, for text files) before and after."""

    path: str
    edits: tuple[Edit, ...]
    new_bytes: bytes
    old_text: str | None = None
    new_text: str | None = None
    in_source: int = 0
    """Certain fixes of findings in a CAT file's source segments, left alone (the original's text)."""

    @property
    def changed(self) -> bool:
        """True when at least one edit applies."""
        return bool(self.edits)


def plan_fixes(paths: Sequence[str], en_path: str | None, flags: Flags, select: Iterable[str] = (), *,
               skipped: list[str] | None = None, notes: list[str] | None = None) -> list[FileFix]:
    """Check the manuscripts and work out each file's certain fixes; no file is written here. With `skipped`, a
    CAT file in other languages is left out even when named, and listed there ("PATH: skipped: not Chinese-English
    (languages …)"). `notes` receives the check's notes on how each file was read ("PATH: empty file: nothing to
    check"), as `check` prints them."""
    from zhen_qa.checks.run import run_check
    from zhen_qa.manuscript.reader import read_source
    from zhen_qa.report.docx_fix import tracked_changes
    from zhen_qa.report.edits import apply_to_text
    from zhen_qa.report.places import is_word

    if skipped is None:
        report = run_check(paths, en_path, flags)
    else:
        from zhen_qa.checks.run import RunFailure
        from zhen_qa.manuscript.errors import InputError

        failures: list[RunFailure] = []
        report = run_check(paths, en_path, flags, failures=failures, skip_other_languages=True)
        for failure in failures:
            if not failure.skipped:
                raise InputError(failure.message)  # an unreadable file stops `fix`, as without `skipped`
            skipped.append(f"{failure.path}: {failure.message}")
    if notes is not None:
        from zhen_qa.checks.run import DIRECTION_NOTE

        notes.extend(note if note.startswith(f"{fr.path}:") else f"{fr.path}: {note}"
                     for fr in report.files for note in fr.notes if not note.startswith(DIRECTION_NOTE))
    files = [p for fr in report.files for p in (fr.path, fr.en_path) if p]
    read = {b.text.source.path for fr in report.files for b in fr.blocks}  # a LaTeX main file's inputs too
    files += sorted({f.location.path for f in report.findings} & read - set(files))
    texts = {p: read_source(p).text.split("\n") for p in files}
    source = _source_side(files)
    findings = [f for f in report.findings if source.get(f.location.path) != f.lang]
    edits = [replace(e, replacement=written_as(e.replacement, e.location.path))
             for e in certain_edits(findings, texts, select)]
    left = certain_edits([f for f in report.findings if source.get(f.location.path) == f.lang], texts, select)
    out: list[FileFix] = []
    for path in files:
        mine = tuple(e for e in edits if e.location.path == path)
        in_source = sum(findings_fixed(e for e in left if e.location.path == path).values())
        if is_word(path):
            new_bytes, _applied = tracked_changes(path, mine) if mine else (b"", 0)
            out.append(FileFix(path, mine, new_bytes, in_source=in_source))
            continue
        with open(path, "rb") as fh:
            data = fh.read()
        new_bytes, old, new = apply_to_text(data, mine, path)
        out.append(FileFix(path, mine, new_bytes, old, new, in_source))
    return out
