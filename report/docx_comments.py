"""The words of zhen-qa's Word comments: one finding's comment, and one comment on the same slip recurring on a line.

A comment is built from its parts (`CommentParts`: what was found, the suggestion, where the finding is when it is
not in the commented document, the other language's place), so a comment on several findings can keep a part they
share once and give each finding its own otherwise, whatever the parts are called in the comment's text.
Comments carry plain text only (`xml_safe`); no field is ever built from manuscript text.
"""
from __future__ import annotations

from dataclasses import dataclass

from zhen_qa.report.findings import Finding, window
from zhen_qa.report.places import describe_place, line_name, more_on_line
from zhen_qa.report.safetext import xml_safe

AROUND = {"zh": 6, "en": 15}
"""Characters quoted on each side of a grouped comment's places, by the language of the text (enough to find each
with Word's Find: six Han characters are a few words, six letters not one)."""


@dataclass(frozen=True)
class CommentParts:
    """One finding's comment, part by part; `lines()` is its text, a paragraph a part."""

    head: str
    """`rule (severity): message`."""
    suggestion: str | None = None
    found_in: str | None = None
    """Where the finding is, when that is another file than the commented document (or after its body)."""
    other: str | None = None
    """Where the finding's counterpart in the other language is (`English: line 13, column 1.`, with the file's name
    when it is another file), named by its language: a bilingual file holds both, and "Related" did not say which."""

    def lines(self) -> list[str]:
        """The comment's paragraphs, XML-safe."""
        lines = [self.head]
        if self.suggestion:
            lines.append(f"Suggestion: {self.suggestion}")
        lines += [part for part in (self.found_in, self.other) if part]
        return [xml_safe(line) for line in lines]


def _other_language(f: Finding) -> str:
    """The name of the language of `f.related`: the other language than the finding's (`Finding.related`)."""
    return "Chinese" if f.lang == "en" else "English"


def _other(f: Finding) -> str | None:
    if f.related is None or f.related == f.location:
        return None
    return f"{_other_language(f)}: {describe_place(f.related, with_path=f.related.path != f.location.path)}."


def comment_parts(f: Finding, main_path: str) -> CommentParts:
    """The parts of `f`'s comment in the reviewed copy of `main_path`."""
    found_in = f"Found in {describe_place(f.location)}." if f.location.path != main_path else None
    return CommentParts(f"{f.rule} ({f.severity.value}): {f.message}", f.suggestion or None, found_in, _other(f))


def comment_text(f: Finding, main_path: str) -> list[str]:
    """The comment's paragraphs: rule and message, the suggestion, where the other language's text is."""
    return comment_parts(f, main_path).lines()


def group_text(group: list[Finding], main_path: str, text: str) -> list[str]:
    """The paragraphs of one comment on several findings of one rule on one line (`text`, the line's text) of the
    commented document or of the other language's file: the rule, the message once when they all say the same, then
    each place (`character 24: …医学, 和…`), and the suggestion and other language once when shared, else on each
    place."""
    first = group[0]
    path, line = first.location.path, first.location.line
    where, unit = more_on_line(path, 2, line)
    if path != main_path:  # the other language's file: say which file and line
        where = f"in {path}, {line_name(path, line)}"
    same = len({f.message for f in group}) == 1
    said = f"{first.message}, " if same else ""
    head = f"{first.rule} ({first.severity.value}): {said}{len(group)} places {where}:"
    parts = [comment_parts(f, main_path) for f in group]
    one_suggestion = len({p.suggestion for p in parts}) == 1
    one_other = len({p.other for p in parts}) == 1
    places = []
    for f, p in zip(group, parts):
        a, b = f.location.column - 1, max(f.location.end_column - 1, f.location.column)
        item = f"{unit[:-1]} {f.location.column}: " + ("" if same else f"{f.message}: ") + \
            f"“{window(text, a, min(b, len(text)), AROUND.get(f.lang, AROUND['zh']))}”"
        if p.suggestion and not one_suggestion:
            item += f" (suggestion: {p.suggestion})"
        if f.related is not None and not one_other:
            other = f.related.path != f.location.path
            item += f" ({_other_language(f)}: {describe_place(f.related, with_path=other)})"
        places.append(item)
    shared = CommentParts(head, parts[0].suggestion if one_suggestion else None, None,
                          parts[0].other if one_other else None)
    lines = shared.lines()
    return lines[:1] + [xml_safe(item) for item in places] + lines[1:]
